"""The corpus keeps every record ``analyze`` produced, with its offsets, and gives the same records back."""

from __future__ import annotations

import sqlite3

import pytest

import newsgraph
from newsgraph.corpus import Corpus

from .store_support import PIPELINE, add, full_analysis

ARTICLE = (
    "MINSK, March 14 (Continental Press) - Russian President Vladimir Putin and Belarusian leader Alexander "
    "Lukashenko signed a treaty on Friday creating a joint command for their forces in western Belarus.\n\n"
    "\u201cThe security of the Union State is indivisible,\u201d Putin said at a joint news conference.\n\n"
    "Lukashenko said Minsk had asked for the additional troops. Kremlin aide Yuri Sokolin told reporters the first "
    "units would arrive \u201cwithin weeks\u201d.\n"
)


def test_every_record_comes_back_equal(tmp_path):
    db = tmp_path / "corpus.db"
    analysis = full_analysis()
    assert add(db, analysis, outlet="Baltic Herald") == "ingested"
    with Corpus(db) as corpus:
        stored = corpus.analysis(1)
    assert stored == analysis
    assert stored.to_dict() == analysis.to_dict()


def test_offsets_point_at_the_stored_text(tmp_path):
    db = tmp_path / "corpus.db"
    add(db, full_analysis(), outlet="Baltic Herald")
    with Corpus(db) as corpus:
        text = corpus.analysis(1).document.text
        quotes = corpus.quotes()
    assert quotes
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for part in quote.parts:
            assert text[part.start : part.end] == part.text
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text


def test_the_original_input_is_kept(tmp_path):
    db = tmp_path / "corpus.db"
    html = "<html><head><title>Border</title></head><body><article><p>" + full_analysis().document.text + "</p></article></body></html>"
    add(db, full_analysis(), outlet="Baltic Herald", raw=html)
    with Corpus(db) as corpus:
        assert corpus.raw(1) == html
        assert corpus.article(1).outlet == "Baltic Herald"
    # Compressed in the database, not stored twice in clear.
    conn = sqlite3.connect(db)
    assert len(conn.execute("SELECT raw FROM articles").fetchone()[0]) < len(html.encode())
    conn.close()


def test_global_entity_ids_sit_beside_the_local_records(tmp_path):
    db = tmp_path / "corpus.db"
    add(db, full_analysis(), outlet="Baltic Herald")
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT local_id, entity_id FROM article_entities ORDER BY seq").fetchall()
    speaker = conn.execute("SELECT speaker_entity_id FROM quotes").fetchone()[0]
    claim_source = conn.execute("SELECT source_entity_id FROM claims").fetchone()[0]
    event_actor = conn.execute("SELECT actor_entity_id FROM events").fetchone()[0]
    version = conn.execute("SELECT pipeline_version FROM articles").fetchone()[0]
    conn.close()
    mapping = dict(rows)
    assert [r[0] for r in rows] == ["e1", "e2", "e3"]
    assert speaker == mapping["e1"] and claim_source == mapping["e1"] and event_actor == mapping["e2"]
    assert version == PIPELINE


def test_real_pipeline_analysis_round_trips(tmp_path):
    analysis = newsgraph.analyze(ARTICLE, published="2026-03-14", source="minsk.txt")
    db = tmp_path / "corpus.db"
    add(db, analysis, outlet="Continental Press")
    with Corpus(db) as corpus:
        assert corpus.analysis(1) == analysis
        names = {e.name for e in corpus.entities(top=0)}
    assert {"Vladimir Putin", "Alexander Lukashenko"} <= names


def test_unanalysed_articles_have_no_analysis(tmp_path):
    db = tmp_path / "corpus.db"
    source = tmp_path / "brief.txt"
    source.write_text("Lithuania will double its border patrols, the defence ministry said on Friday.", encoding="utf-8")
    with Corpus(db) as corpus:
        report = corpus.ingest([source], analyze=False)
        assert report.ingested == 1
        assert corpus.analysis(1) is None
        assert corpus.article(1).pipeline_version is None
        assert corpus.stats()["not_analyzed"] == 1


@pytest.mark.parametrize("table", ["articles", "quotes", "claims", "events", "times", "techniques", "mentions", "entities", "aliases"])
def test_every_table_exports(tmp_path, table):
    db = tmp_path / "corpus.db"
    add(db, full_analysis(), outlet="Baltic Herald")
    with Corpus(db) as corpus:
        rows = list(corpus.export(table))
    assert rows
    if "start" in rows[0] and "text" in rows[0]:
        text = full_analysis().document.text
        for row in rows:
            assert text[row["start"] : row["end"]] == row["text"]


def test_a_malformed_analysis_fails_that_article_only(tmp_path):
    import dataclasses

    from newsgraph.errors import InputError

    db = tmp_path / "corpus.db"
    analysis = full_analysis()
    broken = dataclasses.replace(analysis, quotes=(dataclasses.replace(analysis.quotes[0], confidence=float("nan")),))
    with pytest.raises(InputError, match="cannot store the analysis"):
        add(db, broken)
    assert add(db, analysis) == "ingested"
    with Corpus(db) as corpus:
        assert corpus.stats()["articles"] == 1 and corpus.analysis(1) == analysis


def test_texts_are_stored_once_yet_kept_exactly(tmp_path):
    """A record's text equal to its article slice is filled back from the article; one that is not
    (an extractor breaking the contract) is kept as it came."""
    import dataclasses

    db = tmp_path / "corpus.db"
    analysis = full_analysis()
    odd = dataclasses.replace(analysis.techniques[0], text="A SHAMELESS STUNT")
    analysis = dataclasses.replace(analysis, techniques=(odd,))
    add(db, analysis)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM mentions WHERE text IS NOT NULL").fetchone()[0] == 0
    assert conn.execute("SELECT text FROM claims").fetchone()[0] is None
    assert conn.execute("SELECT text FROM techniques").fetchone()[0] == "A SHAMELESS STUNT"
    conn.close()
    with Corpus(db) as corpus:
        assert corpus.analysis(1) == analysis
        assert [row["text"] for row in corpus.export("techniques")] == ["A SHAMELESS STUNT"]
        assert [row["text"] for row in corpus.export("claims")] == [analysis.claims[0].text]
        (event,) = corpus.export("events")
        assert event["sentence"]["text"] == analysis.events[0].sentence.text
