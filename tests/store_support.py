"""Helpers for the corpus tests: analyses written by hand for fictional articles, with exact offsets.

Store tests need precise control over what an article's analysis says (a "Vladimir V. Putin" here,
a coreference mistake there), which the statistical pipeline cannot promise; these helpers build
``types`` records whose offsets are found in the text, so ``text[start:end]`` always holds.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.store import dedup, open_store
from newsgraph.store.base import ArticleInput
from newsgraph.types import (
    Analysis,
    Article,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Party,
    Quantity,
    Quote,
    Source,
    Span,
    Speaker,
    Technique,
    TimeExpr,
    Via,
)

PIPELINE = "test-pipeline 1"


def _occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` as a whole word or phrase (not inside another word)."""
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


def build(
    text: str,
    entities: list[tuple[str, str, list[str]]],
    quotes: list[tuple[str, str | None]] = (),
    *,
    source: str = "test.txt",
    published: str | None = None,
    title: str | None = None,
) -> Analysis:
    """An analysis of ``text``: ``entities`` are (type, name, [surface forms]); every occurrence of a
    surface form is a mention (longest forms first, no overlaps). ``quotes`` are (content, speaker
    name or None): the content's first occurrence, spoken by the entity of that name, whose nearest
    mention after the quote is the speaker span."""
    claimed: list[tuple[int, int]] = []
    mentions: dict[int, list[Mention]] = defaultdict(list)
    forms = sorted(((form, index) for index, (_, _, surfaces) in enumerate(entities) for form in surfaces), key=lambda f: -len(f[0]))
    for form, index in forms:
        for start in _occurrences(text, form):
            end = start + len(form)
            if any(s < end and start < e for s, e in claimed):
                continue
            claimed.append((start, end))
            mentions[index].append(Mention(start, end, form))
    records = []
    for index, (entity_type, name, _) in enumerate(entities):
        assert mentions[index], f"no mention of {name!r} found in the text"
        records.append(Entity(f"e{index + 1}", name, entity_type, tuple(sorted(mentions[index], key=lambda m: m.start))))
    by_name = {e.name: e for e in records}
    quote_records = []
    for number, (content, speaker_name) in enumerate(quotes, 1):
        start = text.index(content)
        end = start + len(content)
        speaker = None
        if speaker_name is not None:
            entity = by_name[speaker_name]
            after = [m for m in entity.mentions if m.start >= end] or list(entity.mentions)
            mention = after[0]
            speaker = Speaker(entity.id, entity.name, mention.start, mention.end)
        quote_records.append(Quote(f"q{number}", content, start, end, "direct", None, speaker))
    document = Document(hashlib.sha256(text.encode()).hexdigest()[:16], source, title, published, text)
    return Analysis(document=document, entities=tuple(records), quotes=tuple(quote_records), pipeline={"newsgraph": "test"})


def add(db: Path | str, analysis: Analysis, *, outlet: str | None = None, url: str | None = None, raw: str | None = None) -> str:
    """Store an article with its hand-built analysis; returns the outcome status."""
    doc = analysis.document
    article = Article(text=doc.text, source=doc.source, title=doc.title, published=doc.published, url=url, outlet=outlet, raw=raw,
                      raw_format="html" if raw else "text")
    store = open_store(db)
    try:
        return store.add_article(ArticleInput(article, outlet, dedup.fingerprint(doc.text)), analysis, PIPELINE).status
    finally:
        store.close()


def full_analysis() -> Analysis:
    """One article with every kind of record: a split quote with cue and via, a claim, an event, a time, a technique."""
    text = (
        "VILNIUS, March 14 (Baltic Herald) - Lithuania will double its border patrols, Defence Minister "
        "Rimantas Vaitkus said on Friday.\n\n"
        "\u201cWe will not wait,\u201d Vaitkus told the Baltic Herald, \u201cfor the first incident.\u201d\n\n"
        "About 2,000 troops will move to the border by April, he said. Critics called it a shameless stunt."
    )
    analysis = build(
        text,
        [("PERSON", "Rimantas Vaitkus", ["Rimantas Vaitkus", "Vaitkus", "Defence Minister", "he"]),
         ("GPE", "Lithuania", ["Lithuania"]), ("ORG", "Baltic Herald", ["Baltic Herald"])],
        source="vaitkus.txt",
        published="2026-03-14",
        title="Lithuania doubles border patrols",
    )
    vaitkus, lithuania, herald = analysis.entities
    first = text.index("\u201cWe will not wait,\u201d")
    second = text.index("\u201cfor the first incident.\u201d")
    second_end = second + len("\u201cfor the first incident.\u201d")
    cue = text.index("told")
    speaker_start = text.index("Vaitkus told")
    herald_mention = herald.mentions[-1]
    quote = Quote(
        id="q1", text=text[first:second_end], start=first, end=second_end, kind="direct",
        cue=Span(cue, cue + 4, "told"), speaker=Speaker(vaitkus.id, vaitkus.name, speaker_start, speaker_start + 7),
        via=(Via(herald.id, herald.name, herald_mention.start, herald_mention.end),), confidence=0.93,
        parts=(Span(first, first + len("\u201cWe will not wait,\u201d"), "\u201cWe will not wait,\u201d"), Span(second, second_end, text[second:second_end])),
    )
    number = text.index("About 2,000 troops")
    april = text.index("April")
    time = TimeExpr("t1", "April", april, april + 5, "2026-04", None, "month", "relative")
    he = text.index(", he said.") + 2
    sentence_end = he + len("he said.")
    quantity = Quantity("About 2,000 troops", number, number + len("About 2,000 troops"), 2000.0, "troops", True)
    claim = Claim(
        id="c1", text=text[number:sentence_end], start=number, end=sentence_end, status="attributed",
        source=Source(vaitkus.id, vaitkus.name, he, he + 2), kind="prediction", checkworthy=0.71,
        quantities=(quantity,), times=("t1",), quote=None,
    )
    move = text.index("move")
    event = Event(
        id="v1", type="MOBILIZE", trigger=Span(move, move + 4, "move"), actor=Party(lithuania.id, lithuania.name, "LTU", lithuania.mentions[0].start, lithuania.mentions[0].end),
        target=None, time="t1", location=None, quantity=quantity, sentence=Span(number, sentence_end, text[number:sentence_end]),
        reported_by=Source(vaitkus.id, vaitkus.name), confidence=0.8,
    )
    stunt = text.index("a shameless stunt")
    technique = Technique("Name_Calling,Labeling", stunt, stunt + len("a shameless stunt"), "a shameless stunt", 0.66)
    return Analysis(
        document=analysis.document, entities=analysis.entities, quotes=(quote,), times=(time,), claims=(claim,), events=(event,),
        techniques=(technique,), summary={"techniques": {"score": 0.2}}, warnings=("a warning",), pipeline={"newsgraph": "test"},
    )


def recount(db: Path | str) -> dict[str, dict]:
    """The corpus-wide counts recomputed from the per-article tables, to compare with the kept ones."""
    conn = sqlite3.connect(db)
    try:
        originals = {r[0]: (r[1] or "", r[2]) for r in conn.execute("SELECT id, published, outlet FROM articles WHERE duplicate_of IS NULL")}
        articles: dict[int, set[int]] = defaultdict(set)
        for article_id, entity_id in conn.execute("SELECT article_id, entity_id FROM article_entities"):
            if article_id in originals:
                articles[entity_id].add(article_id)
        mentions: Counter = Counter()
        for article_id, entity_id in conn.execute(
            "SELECT m.article_id, ae.entity_id FROM mentions m JOIN article_entities ae ON ae.article_id = m.article_id AND ae.local_id = m.local_id"
        ):
            if article_id in originals:
                mentions[entity_id] += 1
        quotes: Counter = Counter()
        for article_id, entity_id in conn.execute("SELECT article_id, speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL"):
            if article_id in originals:
                quotes[entity_id] += 1
        about: Counter = Counter()
        for entity_id, article_id in conn.execute("SELECT qa.entity_id, q.article_id FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id"):
            if article_id in originals:
                about[entity_id] += 1
        outlets: dict[int, Counter] = defaultdict(Counter)
        for entity_id, ids in articles.items():
            for article_id in ids:
                if originals[article_id][1]:
                    outlets[entity_id][originals[article_id][1]] += 1
        expected = {
            entity_id: (len(articles.get(entity_id, ())), mentions[entity_id], quotes[entity_id], about[entity_id], len(outlets.get(entity_id, {})))
            for (entity_id,) in conn.execute("SELECT id FROM entities")
        }
        kept = {r[0]: tuple(r[1:]) for r in conn.execute("SELECT id, articles, mentions, quotes, about, outlets FROM entities")}
        kept_outlets = {(e, o): n for e, o, n in conn.execute("SELECT entity_id, outlet, articles FROM entity_outlets")}
        expected_outlets = {(e, o): n for e, counter in outlets.items() for o, n in counter.items()}
        timeline = {(e, p, a) for e, p, a in conn.execute("SELECT entity_id, published, article_id FROM entity_articles")}
        expected_timeline = {(e, originals[a][0], a) for e, ids in articles.items() for a in ids}
        months = {(e, m): n for e, m, n in conn.execute("SELECT entity_id, month, articles FROM entity_months")}
        expected_months: Counter = Counter()
        for entity_id, ids in articles.items():
            for article_id in ids:
                expected_months[(entity_id, originals[article_id][0][:7])] += 1
        return {
            "entities": (kept, expected),
            "outlets": (kept_outlets, expected_outlets),
            "timeline": (timeline, expected_timeline),
            "months": (months, dict(expected_months)),
        }
    finally:
        conn.close()


def assert_counts_consistent(db: Path | str) -> None:
    for name, (kept, expected) in recount(db).items():
        assert kept == expected, f"kept {name} counts differ from a recount"
