"""Persuasion techniques across the corpus: spans per outlet, month or technique, and sentence shares."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.corpus import Corpus
from newsgraph.errors import InputError
from newsgraph.types import Analysis, Tally, Technique

from .store_support import add, build
from .store_v1_fixture import analyses

UNDATED = "Officials said the border talks were a farce from the start.\n"


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "corpus.db"
    for analysis, outlet in analyses():
        assert add(path, analysis, outlet=outlet) == "ingested"
    # An undated article of the first outlet, its one sentence marked.
    undated = build(UNDATED, [], source="undated.txt")
    farce = UNDATED.index("a farce")
    undated = dataclasses.replace(
        undated, techniques=(Technique("Loaded_Language", farce, farce + 7, "a farce", 0.9),),
        summary={"techniques": {"sentences": 1, "sentences_with_technique": 1}},
    )
    assert add(path, undated, outlet="Baltic Herald") == "ingested"
    return path


def _rows(counts) -> list[tuple]:
    return [(c.label, c.spans, c.articles, c.articles_with_technique, c.sentences, c.sentences_with_technique, c.share) for c in counts]


def test_spans_and_sentence_shares_per_outlet_with_top_techniques(db):
    with Corpus(db) as corpus:
        counts = corpus.techniques(by="outlet")
    assert _rows(counts) == [
        ("Baltic Herald", 3, 2, 2, 4, 2, 0.5),
        ("Eurasia Review", 1, 1, 1, 2, 1, 0.5),
    ]
    assert counts[0].top == (Tally("Loaded_Language", 2), Tally("Name_Calling,Labeling", 1))
    assert counts[1].top == (Tally("Name_Calling,Labeling", 1),)


def test_counts_over_time_undated_last(db):
    with Corpus(db) as corpus:
        counts = corpus.techniques(by="month")
        assert _rows(counts) == [
            ("2026-03", 2, 1, 1, 3, 1, 0.3333),
            ("2026-04", 1, 1, 1, 2, 1, 0.5),
            ("undated", 1, 1, 1, 1, 1, 1.0),
        ]
        # A date range leaves undated articles out, as for quotes.
        assert [c.label for c in corpus.techniques(by="month", since="2026-01")] == ["2026-03", "2026-04"]
        assert [c.label for c in corpus.techniques(by="month", outlet="baltic herald")] == ["2026-03", "undated"]


def test_counts_per_technique_list_their_outlets(db):
    with Corpus(db) as corpus:
        counts = corpus.techniques(by="technique")
    assert [(c.label, c.spans, c.articles, c.articles_with_technique, c.share) for c in counts] == [
        ("Loaded_Language", 2, 3, 2, None),
        ("Name_Calling,Labeling", 2, 3, 2, None),
    ]
    assert counts[1].top == (Tally("Baltic Herald", 1), Tally("Eurasia Review", 1))


def test_a_technique_or_threshold_counts_fewer_spans_and_no_sentence_share(db):
    with Corpus(db) as corpus:
        one = corpus.techniques(by="outlet", technique="Name_Calling,Labeling")
        assert _rows(one) == [("Baltic Herald", 1, 2, 1, 4, None, None), ("Eurasia Review", 1, 1, 1, 2, None, None)]
        strong = corpus.techniques(by="outlet", threshold=0.75)
        assert [(c.label, c.spans, c.articles_with_technique, c.share) for c in strong] == [
            ("Baltic Herald", 1, 1, None), ("Eurasia Review", 1, 1, None)]
        assert [t.label for t in strong[0].top] == ["Loaded_Language"]  # the undated article's 0.9 span


def assert_kept_counts_match_the_spans(db) -> None:
    """The per-day counts kept at ingest give what counting the spans themselves gives (a threshold of 0
    keeps every span but takes the counting path)."""
    def fields(counts):
        return [(c.label, c.spans, c.articles, c.articles_with_technique, c.sentences, c.top) for c in counts]

    with Corpus(db) as corpus:
        for by in ("outlet", "month", "technique"):
            for technique in (None, "Loaded_Language"):
                for window in ({}, {"since": "2026-03-20"}, {"outlet": "Baltic Herald"}):
                    kept = corpus.techniques(by=by, technique=technique, **window)
                    counted = corpus.techniques(by=by, technique=technique, threshold=0.0, **window)
                    assert fields(kept) == fields(counted), (by, technique, window)


def test_the_kept_counts_match_the_spans(db, monkeypatch):
    assert_kept_counts_match_the_spans(db)
    import newsgraph.corpus as corpus_module

    def analyse(items):
        # Stand-in for a new pipeline: one technique span fewer in every article, one more sentence.
        results = []
        with Corpus(db) as corpus:
            stored = {corpus.analysis(i).document.source: corpus.analysis(i) for i in (1, 2, 3)}
        for _, options in items:
            old = stored[options.source]
            summary = old.summary["techniques"]
            results.append(dataclasses.replace(old, techniques=old.techniques[1:], summary={
                "techniques": {"sentences": summary["sentences"] + 1, "sentences_with_technique": summary["sentences_with_technique"]}}))
        return results

    monkeypatch.setattr(corpus_module, "pipeline_version", lambda: "test-pipeline 2")
    monkeypatch.setattr(corpus_module, "_analyze_batch", analyse)
    with Corpus(db) as corpus:
        assert corpus.reanalyze().reanalyzed == 3
        assert [(c.label, c.spans, c.sentences) for c in corpus.techniques()] == [("Baltic Herald", 1, 6), ("Eurasia Review", 0, 3)]
    assert_kept_counts_match_the_spans(db)


def test_near_duplicates_do_not_count(db, tmp_path):
    from .test_store_dedup import COPY, WIRE, _analysis

    def marked(analysis: Analysis) -> Analysis:
        start = analysis.document.text.index("irresponsible")
        return dataclasses.replace(
            analysis, techniques=(Technique("Loaded_Language", start, start + 13, "irresponsible", 0.8),),
            summary={"techniques": {"sentences": 10, "sentences_with_technique": 1}},
        )

    assert add(db, marked(_analysis(WIRE, "wire.txt", "2026-05-02")), outlet="Meridian Wire") == "ingested"
    assert add(db, marked(_analysis(COPY, "copy.txt", "2026-05-02")), outlet="Harbor Daily") == "near_duplicate"
    with Corpus(db) as corpus:
        assert "Harbor Daily" not in [c.label for c in corpus.techniques()]
        both = {c.label: c for c in corpus.techniques(include_duplicates=True)}
        assert (both["Harbor Daily"].spans, both["Harbor Daily"].sentences) == (1, 10)
    assert_kept_counts_match_the_spans(db)


def test_the_pipelines_sentence_counts_are_stored(tmp_path):
    from .test_corpus_cli import FICTION

    source = tmp_path / "minsk.txt"
    source.write_text(FICTION["minsk.txt"], encoding="utf-8")
    db = tmp_path / "corpus.db"
    with Corpus(db) as corpus:
        assert corpus.ingest([source]).ingested == 1
        summary = corpus.analysis(1).summary["techniques"]
        (count,) = corpus.techniques(by="month")
    assert summary["sentences"] > 0
    assert (count.label, count.articles, count.sentences, count.sentences_with_technique) == (
        "undated", 1, summary["sentences"], summary["sentences_with_technique"])  # its dateline gives no year


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"by": "author"}, "by must be one of outlet, month, technique"),
        ({"technique": "Propaganda"}, "technique must be one of"),
        ({"threshold": 2.0}, "threshold is a score from 0 to 1"),
        ({"since": "soon"}, "invalid date"),
        ({"top": -1}, "top must be"),
    ],
)
def test_bad_arguments_are_refused_with_a_reason(db, kwargs, message):
    with Corpus(db) as corpus, pytest.raises(InputError, match=message):
        corpus.techniques(**kwargs)
