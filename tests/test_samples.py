"""The sample articles and their gold annotations (samples/README.md): well formed, exact, complete.

The gold is what extractors are measured against, so every span must be an exact substring of its
article, every label must come from the contract's vocabulary, and the set must contain every
phenomenon the extractors are meant to handle.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pycountry
import pytest

from newsgraph.types import PLOVER_TYPES

from .conftest import DATA, SAMPLES

ARTICLES = sorted(SAMPLES.glob("*.txt"))
STEMS = [path.stem for path in ARTICLES]

# SemEval-2020 Task 11 technique names, as the task spells them.
TECHNIQUE_LABELS = {
    "Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
    "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
    "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
}
QUOTE_KEYS = {"text", "speaker", "speaker_mention", "kind", "via", "parts", "occurrence"}
CLAIM_KEYS = {"text", "status", "source", "occurrence"}
TIME_KEYS = {"text", "value", "end_value", "occurrence"}
EVENT_KEYS = {"type", "actor", "actor_country", "target", "target_country", "trigger", "occurrence"}
TIME_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-(SP|SU|FA|WI))?$")
FILE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*-(\d{4}-\d{2}-\d{2})-[a-z0-9-]+$")
DATELINE_DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b")
OPENING_MARKS = "\"“‘"
CLOSING_MARKS = "\"”’"
PRONOUNS = {"he", "she", "it", "they", "He", "She", "It", "They"}


def load_gold(stem: str) -> dict:
    return json.loads((SAMPLES / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def load_text(stem: str) -> str:
    return (SAMPLES / f"{stem}.txt").read_text(encoding="utf-8")


def all_starts(text: str, needle: str) -> list[int]:
    """Every position where ``needle`` starts (overlapping hits included), as README.md defines occurrences."""
    starts, position = [], text.find(needle)
    while position != -1:
        starts.append(position)
        position = text.find(needle, position + 1)
    return starts


def locate(text: str, needle: str, occurrence: int | None) -> tuple[int, int]:
    """Where a gold string lies: it must be unique, or carry the index of its occurrence."""
    starts = all_starts(text, needle)
    assert starts, f"not in the article: {needle!r}"
    if occurrence is None:
        assert len(starts) == 1, f"occurs {len(starts)} times, needs an occurrence index: {needle!r}"
        return starts[0], starts[0] + len(needle)
    assert len(starts) > 1, f"unique, so it must not carry an occurrence index: {needle!r}"
    assert 0 <= occurrence < len(starts), f"occurrence {occurrence} out of range ({len(starts)} hits): {needle!r}"
    return starts[occurrence], starts[occurrence] + len(needle)


def has_word(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty paragraph."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, dict]]:
    return [(stem, load_text(stem), load_gold(stem)) for stem in STEMS]


# --------------------------------------------------------------------------- the set


def test_there_are_enough_samples_and_each_has_gold():
    assert len(ARTICLES) >= 8
    gold = {path.stem for path in (SAMPLES / "gold").glob("*.json")}
    assert gold == set(STEMS), f"articles without gold: {set(STEMS) - gold}; gold without article: {gold - set(STEMS)}"


@pytest.mark.parametrize("stem", STEMS)
def test_article_layout_and_dates(stem):
    raw = (SAMPLES / f"{stem}.txt").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    text = raw.decode("utf-8")
    assert "\r" not in text and "\t" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", "headline, then a blank line"
    assert "\n\n\n" not in text, "paragraphs are separated by exactly one blank line"
    words = len(text.split())
    assert 450 <= words <= 800, f"{words} words"

    gold = load_gold(stem)
    name_date = FILE_NAME.match(stem).group(2)
    dateline = DATELINE_DATE.search(lines[2])
    assert dateline, "the third line is a dateline with a date"
    month = dt.datetime.strptime(dateline.group(1), "%B").month
    dateline_date = dt.date(int(dateline.group(3)), month, int(dateline.group(2))).isoformat()
    assert gold["published"] == dateline_date == name_date
    outlet_slug = re.sub(r"[^a-z0-9]+", "-", gold["outlet"].lower().removeprefix("the ")).strip("-")
    assert stem.startswith(outlet_slug + "-"), "the file name starts with the outlet"


# --------------------------------------------------------------------------- one gold file


@pytest.mark.parametrize("stem", STEMS)
def test_gold_labels_come_from_the_contract(stem):
    gold = load_gold(stem)
    assert set(gold) <= {"published", "outlet", "quotes", "claims", "entities", "times", "events", "techniques"}
    for quote in gold["quotes"]:
        assert set(quote) <= QUOTE_KEYS and {"text", "speaker", "speaker_mention", "kind"} <= set(quote)
        assert quote["kind"] in ("direct", "indirect", "mixed")
        assert all(isinstance(name, str) and name for name in quote.get("via", []))
    for claim in gold["claims"]:
        assert set(claim) <= CLAIM_KEYS and {"text", "status", "source"} <= set(claim)
        assert claim["status"] in ("quoted", "attributed", "unattributed")
        assert (claim["source"] is None) == (claim["status"] == "unattributed"), claim
    for entity in gold["entities"]:
        assert set(entity) == {"name", "mentions"} and entity["name"] and entity["mentions"]
        assert len(set(entity["mentions"])) == len(entity["mentions"]), f"repeated mention form in {entity['name']}"
    names = [entity["name"] for entity in gold["entities"]]
    assert len(set(names)) == len(names)
    for time in gold["times"]:
        assert set(time) <= TIME_KEYS and {"text", "value"} <= set(time)
        for value in filter(None, (time["value"], time.get("end_value"))):
            assert TIME_VALUE.match(value), value
            if len(value) == 10:
                dt.date.fromisoformat(value)
            elif re.fullmatch(r"\d{4}-W\d{2}", value):
                dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
    for event in gold["events"]:
        assert set(event) <= EVENT_KEYS and {"type", "trigger", "actor_country", "target_country"} <= set(event)
        assert event["type"] in PLOVER_TYPES
        for code in (event["actor_country"], event["target_country"]):
            assert code is None or pycountry.countries.get(alpha_3=code), code
    for technique in gold.get("techniques", []):
        assert technique["technique"] in TECHNIQUE_LABELS


@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_span_is_an_exact_substring(stem):
    text, gold = load_text(stem), load_gold(stem)
    for item in gold["quotes"] + gold["claims"] + gold["times"] + gold.get("techniques", []):
        locate(text, item["text"], item.get("occurrence"))
    for event in gold["events"]:
        start, end = locate(text, event["trigger"], event.get("occurrence"))
        assert has_word(text[max(0, start - 1):end + 1], event["trigger"]), "a trigger is a whole word"


@pytest.mark.parametrize("stem", STEMS)
def test_spans_do_not_overlap_within_a_layer(stem):
    """Two claims, two quotes or two times never share characters: each layer segments the text."""
    text, gold = load_text(stem), load_gold(stem)
    for layer in ("quotes", "claims", "times"):
        spans = sorted(locate(text, item["text"], item.get("occurrence")) for item in gold[layer])
        for (_, first_end), (second_start, _) in itertools.pairwise(spans):
            assert first_end <= second_start, f"overlapping {layer} at {second_start}"


@pytest.mark.parametrize("stem", STEMS)
def test_quotes_are_well_formed(stem):
    text, gold = load_text(stem), load_gold(stem)
    for quote in gold["quotes"]:
        content = quote["text"]
        if quote["kind"] == "direct":
            assert content[0] in OPENING_MARKS and content[-1] in CLOSING_MARKS, content
        else:
            assert content[0] not in OPENING_MARKS and content[-1] not in ".", content
        if quote["kind"] == "mixed":
            assert any(mark in content for mark in OPENING_MARKS), "a mixed quote carries a quoted fragment"
        if quote["speaker"] is None:
            assert quote["kind"] == "direct" and quote["speaker_mention"] is None and not quote.get("via")
        else:
            assert quote["speaker_mention"] and has_word(text, quote["speaker_mention"]), quote["speaker_mention"]
        for outlet in quote.get("via", []):
            assert outlet.lower().removeprefix("the ") in text.lower(), outlet
        parts = quote.get("parts")
        if parts is not None:
            assert len(parts) >= 2
            assert content.startswith(parts[0]) and content.endswith(parts[-1])
            position = 0
            for part in parts:  # in order, without overlap
                found = content.find(part, position)
                assert found >= position, part
                position = found + len(part)


@pytest.mark.parametrize("stem", STEMS)
def test_claims_agree_with_quotes(stem):
    """A quoted claim lies inside a direct quote of its source; an attributed claim names a source."""
    text, gold = load_text(stem), load_gold(stem)
    direct = [(locate(text, q["text"], q.get("occurrence")), q["speaker"]) for q in gold["quotes"] if q["kind"] == "direct"]
    speakers = {q["speaker"] for q in gold["quotes"]}
    for claim in gold["claims"]:
        start, end = locate(text, claim["text"], claim.get("occurrence"))
        if claim["status"] == "quoted":
            assert any(q_start < start and end < q_end and claim["source"] == speaker for (q_start, q_end), speaker in direct), claim["text"]
        elif claim["status"] == "attributed":
            assert claim["source"] in speakers or has_word(text, claim["source"]) or claim["source"] in {e["name"] for e in gold["entities"]}, claim["source"]


@pytest.mark.parametrize("stem", STEMS)
def test_entity_mentions_occur_as_words(stem):
    text, gold = load_text(stem), load_gold(stem)
    for entity in gold["entities"]:
        for mention in entity["mentions"]:
            assert has_word(text, mention), f"{entity['name']}: {mention!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_asserting_paragraph_has_claims(stem):
    """The body is annotated throughout: every paragraph after the dateline holds a claim.

    Exempt: wire trailers, and continuation paragraphs of a multi-paragraph quote (which may hold
    only an imperative, "Forgive us if…").
    """
    text, gold = load_text(stem), load_gold(stem)
    claim_spans = [locate(text, c["text"], c.get("occurrence")) for c in gold["claims"]]
    quote_spans = [locate(text, q["text"], q.get("occurrence")) for q in gold["quotes"] if "\n\n" in q["text"]]
    for start, end in paragraphs(text)[2:]:
        if text[start] == "(":  # "(Reporting by ...; editing by ...)"
            continue
        if any(q_start < start and end <= q_end for q_start, q_end in quote_spans):
            continue
        assert any(start <= c_start < end for c_start, _ in claim_spans), text[start:end][:80]


# --------------------------------------------------------------------------- the phenomena the set must cover


def test_quote_marks_straight_and_curly_both_occur(corpus):
    assert any("“" in text and "\"" not in text for _, text, _ in corpus)
    assert any("\"" in text and "“" not in text for _, text, _ in corpus)
    assert any("’" in text for _, text, _ in corpus) and any("'" in text for _, text, _ in corpus)


def test_every_kind_of_quote_is_present(corpus):
    quotes = [(text, q) for _, text, gold in corpus for q in gold["quotes"]]
    kinds = {q["kind"] for _, q in quotes}
    assert kinds == {"direct", "indirect", "mixed"}

    def before(text, q, width=12):
        start, _ = locate(text, q["text"], q.get("occurrence"))
        return text[max(0, start - width):start]

    def after(text, q, width=40):
        _, end = locate(text, q["text"], q.get("occurrence"))
        return text[end:end + width]

    direct = [(t, q) for t, q in quotes if q["kind"] == "direct" and q["speaker"]]
    # Cue after: “…,” the minister said.
    assert any(re.match(r"^ [^.“”\"]{0,40}\b(said|added|told)\b", after(t, q)) for t, q in direct if "parts" not in q)
    # Cue before: She said: “…”
    assert any(before(t, q).endswith("said: ") for t, q in direct)
    # Cue inside: “…,” he said, “…”
    assert any(re.search(r",[”\"] [^.“”\"]+, [“\"]", q["text"]) for _, q in direct if "parts" in q)
    # Continued over paragraphs, and a quote-only paragraph after a quote by the same speaker.
    assert sum("\n\n" in q["text"] for _, q in direct) >= 2
    assert quote_only_paragraphs(corpus) >= 2
    # Scare quotes with no speaker.
    assert sum(q["speaker"] is None for _, q in quotes) >= 3
    # "according to X, …" and an indirect quote interrupted by its cue.
    assert any("According to" in before(t, q, 40) or after(t, q, 20).startswith(", according to") for t, q in quotes if q["kind"] == "indirect")
    assert any("parts" in q for _, q in quotes if q["kind"] == "indirect")


def quote_only_paragraphs(corpus) -> int:
    """Direct quotes that fill a whole paragraph and follow a quote by the same speaker."""
    count = 0
    for _, text, gold in corpus:
        located = sorted((locate(text, q["text"], q.get("occurrence")), q) for q in gold["quotes"])
        paragraph_spans = set(paragraphs(text))
        for (previous_span, previous), (span, quote) in itertools.pairwise(located):
            if span in paragraph_spans and quote["speaker"] and quote["speaker"] == previous["speaker"]:
                count += 1
    return count


def test_speakers_are_named_every_way(corpus):
    mentions = [q["speaker_mention"] for _, _, gold in corpus for q in gold["quotes"] if q["speaker_mention"]]
    speakers = {q["speaker"] for _, _, gold in corpus for q in gold["quotes"]}
    assert any(m in PRONOUNS for m in mentions)
    assert "the Russian President" in mentions and "Lithuania’s defense chief" in mentions and "the minister" in mentions
    assert any(len(m.split()) == 1 and m[0].isupper() and m not in PRONOUNS and m in speakers_surnames(speakers) for m in mentions)


def speakers_surnames(speakers) -> set[str]:
    return {name.split()[-1] for name in speakers if name and len(name.split()) == 2}


def test_quotes_reported_through_outlets(corpus):
    via = {outlet for _, _, gold in corpus for q in gold["quotes"] for outlet in q.get("via", [])}
    assert {"The New York Times", "BBC", "The Guardian", "Reuters"} <= via
    texts = "\n".join(text for _, text, _ in corpus)
    for phrase in ("told the New York Times", "Speaking to the BBC", "The Guardian reported that", "In an interview with Reuters"):
        assert phrase in texts


def test_claims_of_every_status_and_editorial_assertions(corpus):
    statuses = [c["status"] for _, _, gold in corpus for c in gold["claims"]]
    for status in ("quoted", "attributed", "unattributed"):
        assert statuses.count(status) >= 20, status
    unattributed = [c["text"] for _, _, gold in corpus for c in gold["claims"] if c["status"] == "unattributed"]
    assert any("the clearest sign yet" in claim for claim in unattributed)


def test_numbers_money_and_approximate_amounts(corpus):
    texts = "\n".join(text for _, text, _ in corpus)
    for pattern in (r"around 30,000 (Russian )?(troops|soldiers)", r"\$2(\.\d)?bn", r"€\d+(\.\d)?bn", r"\$\d+(\.\d+)? (million|billion)", r"\d+(\.\d)?%",
                    r"\ba third\b", r"\btens of thousands\b", r"\bone in five\b", r"\bbetween [\d,]+ and [\d,]+\b"):
        assert re.search(pattern, texts), pattern


def test_absolute_and_relative_times(corpus):
    times = {t["text"].lower() for _, _, gold in corpus for t in gold["times"]}
    for expression in ("on friday", "last week", "earlier this month", "in 2020", "next year", "next month", "last year", "this week"):
        assert expression in times, expression
    assert any(re.fullmatch(r"(in )?[a-z]+ \d{4}", t) for t in times)  # "in February 2022"
    assert any(t.get("end_value") for _, _, gold in corpus for t in gold["times"])


def test_events_and_persuasion_techniques(corpus):
    event_types = {e["type"] for _, _, gold in corpus for e in gold["events"]}
    assert len(event_types) >= 8
    techniques = {t["technique"] for _, _, gold in corpus for t in gold.get("techniques", [])}
    assert {"Loaded_Language", "Name_Calling,Labeling", "Appeal_to_fear-prejudice", "Flag-Waving", "Slogans"} <= techniques


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(*(words[i:] for i in range(size))))


def test_exactly_one_near_duplicate_pair(corpus):
    """The wire copy and its reprint are near-duplicates; no other two articles are."""
    sets = {stem: shingles(text) for stem, text, _ in corpus}
    similar = []
    for first, second in itertools.combinations(sets, 2):
        jaccard = len(sets[first] & sets[second]) / len(sets[first] | sets[second])
        if jaccard > 0.3:
            similar.append((first, second, jaccard))
    assert len(similar) == 1, similar
    assert similar[0][2] > 0.8


def test_samples_share_no_text_with_the_research_data(corpus):
    """The samples are original: no run of 10 words appears in any shared corpus."""
    if not DATA.exists():
        pytest.skip(f"shared research data not found at {DATA}")
    ours = set().union(*(shingles(text, 10) for _, text, _ in corpus))
    first_words = {shingle[0] for shingle in ours}
    for path in sorted(DATA.rglob("*")):
        if not path.is_file() or path.name == "SOURCE.md" or path.stat().st_size > 200_000_000:
            continue
        words = re.findall(r"\w+", path.read_bytes().decode("utf-8", "replace").lower())
        for i, word in enumerate(words):
            if word in first_words and tuple(words[i:i + 10]) in ours:
                pytest.fail(f"{path.relative_to(DATA)} shares the words {' '.join(words[i:i + 10])!r} with a sample")
