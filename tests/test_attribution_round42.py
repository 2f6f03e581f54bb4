"""Attribution round 42 (eighth probe round: news articles written for the purpose, claims first, read claim by
claim under samples/README.md): "released" names a document a later "the report" can take up only when what is
released is a text, not money or people; a headline's "…, report says" whose author the lead names keeps that
author rather than the body's first organisation; "Citing X, the daily Y reported…" is reported by the paper, not
by the participle the parser made its subject; "as reported by X" stands behind the rest of the sentence like
"according to X"; "…, figures from the grain board show." closing a sentence is the board's though the tagger
reads "show" as a noun (docs/schema.md, round 42). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, source_name


def test_released_funds_are_no_report_for_a_later_the_report():
    text = (
        "Storm damage\n\nLISBON (AP) — The storm caused 900 million euros in damage, a report by the regional "
        "government said on Monday.\n\nThe regional governor said Lisbon had released only a third of the promised "
        "aid.\n\nAccording to the report, fishermen lost half of their boats."
    )
    claim = claim_holding(analyze(text), "fishermen lost half")
    assert claim.status == "attributed"
    assert source_name(claim) == "the regional government"


def test_a_headline_report_keeps_the_author_the_lead_names():
    text = (
        "Drought cuts wheat harvest by a quarter, report says\n\nMADRID (AP) — The drought cut the wheat harvest by "
        "a quarter, a report by the farmers' union said on Tuesday.\n\nAt least 200 farms have closed, according "
        "to the Spanish Red Cross."
    )
    claim = claim_holding(analyze(text), "Drought cuts wheat harvest")
    assert claim.status == "attributed"
    assert source_name(claim) == "the farmers' union"


def test_citing_sources_the_paper_reports():
    text = (
        "Bridge closure\n\nCiting two police officers, the Skopje daily Vecer reported that the bridge had been "
        "closed after cracks were found."
    )
    claim = claim_holding(analyze(text), "the bridge had been closed")
    assert claim.status == "attributed"
    assert text[claim.source.start : claim.source.end] == "the Skopje daily Vecer"


def test_as_reported_by_attributes_the_rest_of_the_sentence():
    analysis = analyze(
        "Port strike\n\nAs reported by the state broadcaster TVR, the port of Constanta will stay closed until "
        "Friday.\n\nThe union will meet the minister on Thursday, as reported by the news agency Agerpres.\n\n"
        "The talks ended without a deal, as reported earlier."
    )
    first = claim_holding(analysis, "will stay closed until")
    assert first.status == "attributed" and "TVR" in source_name(first)
    second = claim_holding(analysis, "will meet the minister")
    assert second.status == "attributed" and "Agerpres" in source_name(second)
    assert claim_holding(analysis, "The talks ended").status == "unattributed"


def test_data_from_a_body_show_closing_the_sentence_is_the_bodys():
    analysis = analyze(
        "Wheat exports\n\nWheat exports fell 9 percent in October, figures from the grain board show.\n\n"
        "The band played songs from the show."
    )
    claim = claim_holding(analysis, "Wheat exports fell 9 percent")
    assert claim.status == "attributed" and source_name(claim) == "the grain board"
    assert claim_holding(analysis, "The band played").status == "unattributed"
