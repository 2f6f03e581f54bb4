"""Claims and events across the corpus: filters, newest first, offsets into the article, near-duplicates apart."""

from __future__ import annotations

import pytest

from newsgraph.corpus import Corpus
from newsgraph.errors import InputError
from newsgraph.types import ArticleRef

from .store_support import add, assert_counts_consistent
from .store_v1_fixture import FIRST, SECOND, analyses


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "corpus.db"
    for analysis, outlet in analyses():
        assert add(path, analysis, outlet=outlet) == "ingested"
    return path


def _keys(records) -> list[tuple[int, str]]:
    return [(r.article.id, r.id) for r in records]


def test_claims_come_newest_first_with_outlet_date_and_offsets(db):
    with Corpus(db) as corpus:
        found = corpus.claims()
    assert _keys(found) == [(2, "c1"), (1, "c2"), (1, "c1")]
    texts = {1: FIRST, 2: SECOND}
    for claim in found:
        assert texts[claim.article.id][claim.start : claim.end] == claim.text
    newest = found[0]
    assert newest.article == ArticleRef(2, "minsk.txt", "Minsk accuses Vilnius", "Eurasia Review", "2026-04-02", near_duplicate=False)
    attributed = found[2]
    assert attributed.source.name == "Rimantas Vaitkus" and FIRST[attributed.source.start : attributed.source.end] == "Rimantas Vaitkus"
    assert attributed.source_id is not None and attributed.status == "attributed" and attributed.kind == "prediction"


def test_unattributed_check_worthy_claims_first_question_of_a_fact_checker(db):
    with Corpus(db) as corpus:
        found = corpus.claims(status="unattributed", checkworthy=0.5)
        assert [(c.article.id, c.text) for c in found] == [(1, "Belarus threatened Lithuania with closing the border crossings at Medininkai.")]
        assert _keys(corpus.claims(status="unattributed")) == [(2, "c1"), (1, "c2")]
        assert corpus.claims(status="quoted") == []


def test_claim_filters_by_source_mention_kind_date_and_outlet(db):
    with Corpus(db) as corpus:
        assert _keys(corpus.claims(source="Vaitkus")) == [(1, "c1")]
        # "about": the claim's text mentions the actor (its own source apart).
        assert _keys(corpus.claims(about="Belarus")) == [(2, "c1"), (1, "c2")]
        assert _keys(corpus.claims(about="Lithuania")) == [(2, "c1"), (1, "c2"), (1, "c1")]
        assert corpus.claims(about="Vaitkus") == []
        assert _keys(corpus.claims(kind="prediction")) == [(1, "c1")]
        assert _keys(corpus.claims(since="2026-04")) == [(2, "c1")]
        assert _keys(corpus.claims(until="2026-03")) == [(1, "c2"), (1, "c1")]
        assert _keys(corpus.claims(outlet="baltic herald", about="Belarus")) == [(1, "c2")]
        assert _keys(corpus.claims(limit=1)) == [(2, "c1")]
        assert corpus.claims(source="Nobody Known") == []


def test_events_filter_by_type_actor_target_and_country(db):
    with Corpus(db) as corpus:
        found = corpus.events()
        assert [(e.article.id, e.type) for e in found] == [(2, "ACCUSE"), (1, "THREATEN")]
        threat = found[1]
        assert FIRST[threat.trigger.start : threat.trigger.end] == "threatened"
        assert FIRST[threat.sentence.start : threat.sentence.end] == threat.sentence.text
        assert (threat.actor.name, threat.actor.country, threat.target.name, threat.target.country) == ("Belarus", "BLR", "Lithuania", "LTU")
        assert threat.actor_id is not None and threat.target_id is not None and threat.article.outlet == "Baltic Herald"
        assert [e.type for e in corpus.events(type="threaten")] == ["THREATEN"]
        assert [e.article.id for e in corpus.events(actor="Belarus")] == [2, 1]
        assert corpus.events(actor="Lithuania") == []
        assert [e.article.id for e in corpus.events(target="Lithuania", since="2026-04-01")] == [2]
        assert [e.article.id for e in corpus.events(country="blr")] == [2, 1]
        assert [e.article.id for e in corpus.events(country="LTU", type="ACCUSE")] == [2]
        assert corpus.events(country="USA") == []


def test_the_dossier_lists_an_actors_claims_and_events(db):
    with Corpus(db) as corpus:
        vaitkus = corpus.dossier("Vaitkus")
        belarus = corpus.dossier("Belarus")
    assert _keys(vaitkus.claims_by) == [(1, "c1")] and vaitkus.events_as_actor == ()
    assert _keys(belarus.claims_about) == [(2, "c1"), (1, "c2")]
    assert [e.type for e in belarus.events_as_actor] == ["ACCUSE", "THREATEN"] and belarus.events_as_target == ()


def test_near_duplicates_claims_and_events_are_left_out_unless_asked(db):
    from .test_store_dedup import COPY, WIRE, _analysis

    from newsgraph.types import Analysis, Claim, Event, Party, Span

    def with_records(analysis: Analysis) -> Analysis:
        text = analysis.document.text
        sentence = "Dock workers at Port Arlen walked out on Tuesday"
        start = text.index(sentence)
        arlen = next(e for e in analysis.entities if e.name == "Port Arlen")
        mention = next(m for m in arlen.mentions if m.start >= start)
        walked = text.index("walked out")
        return Analysis(
            document=analysis.document, entities=analysis.entities, quotes=analysis.quotes,
            claims=(Claim("c1", sentence, start, start + len(sentence), "unattributed", None, "fact", 0.9),),
            events=(Event("v1", "PROTEST", Span(walked, walked + 10, "walked out"), None,
                          Party(arlen.id, arlen.name, "ARL", mention.start, mention.end), None, None, None,
                          Span(start, start + len(sentence), sentence)),),
            pipeline=analysis.pipeline,
        )

    assert add(db, with_records(_analysis(WIRE, "wire.txt", "2026-05-02")), outlet="Meridian Wire") == "ingested"
    assert add(db, with_records(_analysis(COPY, "copy.txt", "2026-05-02")), outlet="Harbor Daily") == "near_duplicate"
    with Corpus(db) as corpus:
        assert [c.article.outlet for c in corpus.claims(about="Port Arlen")] == ["Meridian Wire"]
        copies = corpus.claims(about="Port Arlen", include_duplicates=True)
        assert sorted((c.article.outlet, c.article.near_duplicate) for c in copies) == [("Harbor Daily", True), ("Meridian Wire", False)]
        assert [e.article.outlet for e in corpus.events(country="ARL")] == ["Meridian Wire"]
        copies = corpus.events(country="ARL", include_duplicates=True)
        assert sorted((e.article.source, e.article.outlet, e.article.near_duplicate) for e in copies) == [
            ("copy.txt", "Harbor Daily", True), ("wire.txt", "Meridian Wire", False)]
    assert_counts_consistent(db)


def test_pinning_an_alias_keeps_claims_about_the_actor(db, tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("- name: Republic of Belarus\n  type: GPE\n  aliases: [Belarus]\n", encoding="utf-8")
    with Corpus(db) as corpus:
        corpus.pin_aliases(aliases)
    with Corpus(db) as corpus:
        assert _keys(corpus.claims(about="Republic of Belarus")) == [(2, "c1"), (1, "c2")]
        assert [e.actor_id for e in corpus.events(actor="Republic of Belarus")] == [corpus.find_entities("Republic of Belarus")[0].id] * 2
    assert_counts_consistent(db)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda c: c.claims(status="rumoured"), "status must be one of quoted, attributed, unattributed"),
        (lambda c: c.claims(kind="gossip"), "kind must be one of fact, opinion, prediction"),
        (lambda c: c.claims(checkworthy=1.5), "checkworthy is a score from 0 to 1"),
        (lambda c: c.claims(since="last week"), "invalid date"),
        (lambda c: c.events(type="INVADE"), "type must be one of"),
        (lambda c: c.events(country="Belarus"), "ISO 3166 alpha-3"),
        (lambda c: c.events(limit=-1), "limit must be"),
    ],
)
def test_bad_filters_are_refused_with_a_reason(db, call, message):
    with Corpus(db) as corpus, pytest.raises(InputError, match=message):
        call(corpus)


def test_reanalysis_swaps_claims_events_and_sentence_counts(db, monkeypatch):
    import dataclasses

    import newsgraph.corpus as corpus_module

    by_source = {analysis.document.source: analysis for analysis, _ in analyses()}

    def analyse(items):
        # Stand-in for a new pipeline that finds no claim or event in the Vilnius article and counts 5 sentences.
        results = []
        for _, options in items:
            analysis = by_source[options.source]
            if options.source == "vilnius.txt":
                analysis = dataclasses.replace(analysis, claims=(), events=(), summary={"techniques": {"sentences": 5, "sentences_with_technique": 1}})
            results.append(analysis)
        return results

    monkeypatch.setattr(corpus_module, "pipeline_version", lambda: "test-pipeline 2")
    monkeypatch.setattr(corpus_module, "_analyze_batch", analyse)
    with Corpus(db) as corpus:
        assert corpus.reanalyze().reanalyzed == 2
        assert _keys(corpus.claims(about="Belarus")) == [(2, "c1")]
        assert [e.article.id for e in corpus.events(country="BLR")] == [2]
        herald = next(c for c in corpus.techniques() if c.label == "Baltic Herald")
        assert (herald.spans, herald.sentences, herald.sentences_with_technique) == (2, 5, 1)
    assert_counts_consistent(db)
