"""Attribution round 44 (tenth probe round: news articles written for the purpose, claims first, read claim by
claim under samples/README.md): "the People's Bank of China" is the bank, not "People"; "…, official figures
published on Thursday show." and "…, the latest data released by the ministry shows." frame the sentence as a
closing "data … show" does; a "they" right after a colon is the plural subject of the clause the colon closes
("Unions see it differently: they say…") in claims and quotes; "A 2016 arbitration ruling found that…" is the
ruling's, as "an inquiry found that…" is, while "the ruling shows that…" stays the writer's (docs/schema.md and
docs/entities.md, round 44).
Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_a_peoples_bank_keeps_its_whole_name():
    text = (
        "Rates held\n\nBEIJING (Reuters) - Markets waited for news on lending rates.\n\n"
        "The People's Bank of China said on Friday that it would keep credit growth steady."
    )
    analysis = analyze(text)
    assert source_name(claim_holding(analysis, "keep credit growth steady")) == "People's Bank of China"
    assert any(e.name == "People's Bank of China" for e in analysis.entities)
    assert not any(e.name == "People" for e in analysis.entities)


def test_a_closing_published_document_frames_the_sentence():
    text = (
        "Rents climb\n\nLISBON (AFP) - Housing costs kept rising this spring.\n\n"
        "Rents in the capital rose 14 percent in a year, official figures published on Tuesday show."
    )
    claim = claim_holding(analyze(text), "Rents in the capital rose")
    assert claim.status == "attributed"
    assert source_name(claim) == "official figures"


def test_a_closing_document_released_by_a_body_is_that_bodys():
    text = (
        "Harvest\n\nKYIV (Reuters) - Farmers brought in the barley early.\n\n"
        "Barley exports fell by a fifth in June, the latest data released by the ministry shows."
    )
    claim = claim_holding(analyze(text), "Barley exports fell")
    assert claim.status == "attributed"
    assert source_name(claim) == "the ministry"


def test_they_after_a_colon_are_the_plural_subject_before_it():
    text = (
        "Port reform\n\nThe government wants to privatise the docks.\n\n"
        "Dockworkers see the plan differently: they say the new owners will cut a third of the jobs."
    )
    analysis = analyze(text)
    assert source_name(claim_holding(analysis, "cut a third of the jobs")) == "Dockworkers"
    assert speaker_name(one_quote(analysis, "cut a third of the jobs")) == "Dockworkers"



def test_a_ruling_that_found_is_the_source_but_one_that_shows_is_not():
    text = (
        "Fishing dispute\n\nOSLO (AFP) - The two neighbours argued over the fjord again.\n\n"
        "A 2019 arbitration ruling found that the fishing grounds belonged to Norway. "
        "The ruling shows that the old treaty was badly drafted."
    )
    analysis = analyze(text)
    found = claim_holding(analysis, "fishing grounds belonged")
    assert found.status == "attributed"
    assert source_name(found) == "A 2019 arbitration ruling"
    assert claim_holding(analysis, "badly drafted").status == "unattributed"
