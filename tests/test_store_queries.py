"""Queries across articles: the quote index, entities, dossiers, full-text search, export, and re-analysis."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from newsgraph.corpus import Corpus, date_bound, outlet_of
from newsgraph.errors import InputError
from newsgraph.store.export import write_csv, write_jsonl, write_table
from newsgraph.types import Article, ArticleRef, Span

from .store_support import add, assert_counts_consistent, build

PEOPLE = [
    ("PERSON", "Rimantas Vaitkus", ["Rimantas Vaitkus", "Vaitkus", "the defence minister"]),
    ("PERSON", "Alexander Lukashenko", ["Alexander Lukashenko", "Lukashenko"]),
    ("GPE", "Lithuania", ["Lithuania"]),
]

ARTICLES = [
    # (text, published, outlet, quotes)
    (
        "Lithuania will double its border patrols, Rimantas Vaitkus said on Friday.\n\n"
        "\u201cLukashenko is testing us every night,\u201d Vaitkus said.\n",
        "2026-03-13", "Baltic Herald", [("\u201cLukashenko is testing us every night,\u201d", "Rimantas Vaitkus")],
    ),
    (
        "Alexander Lukashenko dismissed the patrols.\n\n"
        "\u201cLithuania builds fences because it has nothing else to build,\u201d Lukashenko said in Minsk.\n",
        "2026-03-14", "Eurasia Review", [("\u201cLithuania builds fences because it has nothing else to build,\u201d", "Alexander Lukashenko")],
    ),
    (
        "Rimantas Vaitkus visited the border post near Medininkai.\n\n"
        "\u201cWe will hold every metre,\u201d the defence minister told the guards. Vaitkus later met farmers.\n",
        "2026-04-02", "baltic herald", [("\u201cWe will hold every metre,\u201d", "Rimantas Vaitkus")],
    ),
    (
        "Farmers near the border asked Lithuania for compensation. Rimantas Vaitkus promised to listen.\n\n"
        "\u201cNobody has spoken to us about Vaitkus or his fences,\u201d one farmer said.\n",
        None, "Vistula Post", [("\u201cNobody has spoken to us about Vaitkus or his fences,\u201d", None)],
    ),
]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "corpus.db"
    for number, (text, published, outlet, quotes) in enumerate(ARTICLES, 1):
        entities = [e for e in PEOPLE if any(form in text for form in e[2])]
        add(path, build(text, entities, quotes, source=f"a{number}.txt", published=published, title=f"Article {number}"), outlet=outlet)
    return path


def test_quotes_by_speaker_newest_first_with_outlet_date_and_offsets(db):
    with Corpus(db) as corpus:
        found = corpus.quotes(speaker="Vaitkus")
        assert [(q.article.published, q.article.outlet, q.speaker) for q in found] == [
            ("2026-04-02", "baltic herald", "Rimantas Vaitkus"), ("2026-03-13", "Baltic Herald", "Rimantas Vaitkus"),
        ]
        text = corpus.analysis(found[0].article.id).document.text
        assert text[found[0].start : found[0].end] == found[0].text
        assert found[0].article == ArticleRef(3, "a3.txt", "Article 3", "baltic herald", "2026-04-02", near_duplicate=False)


def test_quote_filters_combine(db):
    with Corpus(db) as corpus:
        assert [q.article.id for q in corpus.quotes(since="2026-03-14")] == [3, 2]
        assert [q.article.id for q in corpus.quotes(until="2026-03")] == [2, 1]
        assert [q.article.id for q in corpus.quotes(since="2026-04", until="2026")] == [3]
        assert [q.article.id for q in corpus.quotes(outlet="BALTIC HERALD")] == [3, 1]
        assert [q.article.id for q in corpus.quotes(speaker="Rimantas Vaitkus", outlet="Baltic Herald", until="2026-03-31")] == [1]
        assert [q.article.id for q in corpus.quotes(limit=2)] == [3, 2]
        assert len(corpus.quotes(limit=0)) == 4
        assert corpus.quotes(speaker="Nobody Atall") == []


def test_quotes_about_an_actor_are_those_whose_content_mentions_them(db):
    with Corpus(db) as corpus:
        about_lukashenko = corpus.quotes(about="Lukashenko")
        assert [q.article.id for q in about_lukashenko] == [1]
        # A speaker's own quote is not "about" them; an unattributed quote naming them is.
        assert [q.article.id for q in corpus.quotes(about="Vaitkus")] == [4]
        assert [q.article.id for q in corpus.quotes(about="Lithuania", speaker="Lukashenko")] == [2]


def test_entities_rank_by_articles_and_filter_by_type(db):
    with Corpus(db) as corpus:
        people = corpus.entities(type="person", top=2)
        assert [(e.name, e.articles, e.outlets, e.quotes) for e in people] == [
            ("Rimantas Vaitkus", 3, 3, 2), ("Alexander Lukashenko", 2, 2, 1),
        ]
        assert corpus.entities(sort="quotes", top=1)[0].name == "Rimantas Vaitkus"
        assert corpus.entities(sort="about", top=1)[0].about == 1
        assert len(corpus.entities(top=0)) == 3
        with pytest.raises(InputError, match="sort must be one of"):
            corpus.entities(sort="fame")


def test_dossier_gathers_one_actor(db):
    with Corpus(db) as corpus:
        dossier = corpus.dossier("Vaitkus", limit=5)
    assert dossier.entity.name == "Rimantas Vaitkus"
    assert [t.label for t in dossier.aliases][:2] == ["Rimantas Vaitkus", "Vaitkus"]
    assert [t.label for t in dossier.roles] == ["the defence minister"]
    assert [(t.label, t.count) for t in dossier.timeline] == [("2026-03", 1), ("2026-04", 1), ("undated", 1)]
    assert [q.article.id for q in dossier.quotes_by] == [3, 1]
    assert [q.article.id for q in dossier.quotes_about] == [4]
    assert [(c.name, c.articles) for c in dossier.co_mentioned] == [("Lithuania", 2), ("Alexander Lukashenko", 1)]
    assert {t.label for t in dossier.outlets} == {"Baltic Herald", "baltic herald", "Vistula Post"}


def test_dossier_of_an_unknown_name_is_a_clear_error(db):
    with Corpus(db) as corpus, pytest.raises(InputError, match="no entity named 'Nobody'"):
        corpus.dossier("Nobody")


def test_search_ranks_highlights_and_points_at_the_matches(db):
    with Corpus(db) as corpus:
        hits = corpus.search("fences")
        assert {h.article.id for h in hits} == {2, 4}
        for hit in hits:
            assert (hit.article.source, hit.article.title) == (f"a{hit.article.id}.txt", f"Article {hit.article.id}")
            text = corpus.analysis(hit.article.id).document.text
            assert hit.matches and all(text[m.start : m.end].lower().startswith("fence") for m in hit.matches)
            assert text[hit.snippet.start : hit.snippet.end] == hit.snippet.text
            assert any(hit.snippet.start <= m.start and m.end <= hit.snippet.end for m in hit.matches)
        assert [h.article.id for h in corpus.search('"hold every metre"')] == [3]
        assert corpus.search("patrol")[0].matches[0].text == "patrols"  # stemmed
        assert corpus.search("U.S. troops") == []  # not FTS5 syntax: searched as plain words, no crash
        quote_hits = corpus.search("fences", scope="quotes")
        assert {(h.article.id, h.speaker) for h in quote_hits} == {(2, "Alexander Lukashenko"), (4, None)}
        with pytest.raises(InputError):
            corpus.search("   ")


def test_export_writes_every_format(db, tmp_path):
    with Corpus(db) as corpus:
        out = io.StringIO()
        assert write_jsonl(corpus.export("quotes"), "quotes", out) == 4
        first = json.loads(out.getvalue().splitlines()[0])
        assert first["speaker"] and isinstance(first["parts"], list)
        out = io.StringIO()
        assert write_csv(corpus.export("entities"), "entities", out) == 3
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert json.loads(rows[0]["aliases"]) and rows[0]["pinned"] == "false"
        path = tmp_path / "quotes.parquet"
        assert write_table(corpus.export("quotes"), "quotes", "parquet", path) == 4
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert table.num_rows == 4 and "speaker_id" in table.column_names


def test_outlets_and_dates(tmp_path):
    assert outlet_of(Article(text="x", source="s", url="https://www.example-news.com/a/1")) == "example-news.com"
    assert outlet_of(Article(text="x", source="s", outlet="  The   Ledger ", url="https://ledger.test/")) == "The Ledger"
    assert outlet_of(Article(text="x", source="s"), "Desk") == "Desk"
    assert date_bound("2024-02", end=True) == "2024-02-29"
    assert date_bound("2024", end=False) == "2024-01-01"
    with pytest.raises(InputError, match="invalid date"):
        date_bound("last week", end=False)


def test_reanalysis_swaps_records_and_keeps_counts(db, monkeypatch):
    """Reanalysis replaces an article's records atomically; counts stay equal to a recount."""
    import newsgraph.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "pipeline_version", lambda: "test-pipeline 2")

    def analyse(items):
        # Stand-in for a better pipeline: Vaitkus is now also quoted in article 4.
        results = []
        for text, options in items:
            number = int(options.source[1])
            _, published, _, quotes = ARTICLES[number - 1]
            entities = [e for e in PEOPLE if any(form in text for form in e[2])]
            if number == 4:
                quotes = [(quotes[0][0], "Rimantas Vaitkus")]
            results.append(build(text, entities, quotes, source=options.source, published=published, title=options.title))
        return results

    monkeypatch.setattr(corpus_module, "_analyze_batch", analyse)
    with Corpus(db) as corpus:
        assert corpus.stats()["stale"] == 4
        report = corpus.reanalyze(batch_size=3)
        assert report.reanalyzed == 4 and not report.failed
        assert corpus.stats()["stale"] == 0
        assert corpus.reanalyze().reanalyzed == 0
        assert corpus.find_entities("Vaitkus")[0].quotes == 3
        assert corpus.reanalyze(all=True).reanalyzed == 4
    assert_counts_consistent(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == 4
    assert conn.execute("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'fences'").fetchone()[0] == 2
    conn.close()


def test_a_failed_analysis_is_reported_and_the_rest_is_stored(tmp_path, monkeypatch):
    import newsgraph.corpus as corpus_module
    from newsgraph.types import Failure

    monkeypatch.setattr(
        corpus_module, "_analyze_batch",
        lambda items: [Failure(o.source, "analysis failed: boom") if "bad" in o.source else build(t, [], source=o.source) for t, o in items],
    )
    for name in ("good.txt", "bad.txt"):
        (tmp_path / name).write_text(f"The text of {name} is a short article about the harbour.", encoding="utf-8")
    with Corpus(tmp_path / "corpus.db") as corpus:
        report = corpus.ingest([tmp_path / "good.txt", tmp_path / "bad.txt"])
        assert report.ingested == 1
        assert [f.reason for f in report.failed] == ["analysis failed: boom"]
        assert corpus.stats()["articles"] == 1


def test_records_are_spans_of_the_article(db):
    with Corpus(db) as corpus:
        for quote in corpus.quotes(limit=0):
            text = corpus.analysis(quote.article.id).document.text
            assert Span(quote.start, quote.end, quote.text) == Span(quote.start, quote.end, text[quote.start : quote.end])
