"""Attribution round 35 (probe round: news articles written for the purpose, in wire, regional-paper and analysis
styles, read quote by quote and claim by claim under samples/README.md): a that-clause the parser hung on the noun
of a phrase of time or place between the cue and its content ("told reporters after the vote that…"), an AP
dateline the parser made the subject with the real subject as its apposition ("LIMA (AP) — President X defended…,
saying…"), the writers a byline names taken for "the finance minister" or "she" of the first sentences, and a
verbless headline after a title and a colon ("Ruto aide: no new taxes…") (docs/schema.md, attribution round 35). Sentences written for
these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour master Tom Reyes told reporters after the vote that the ferry terminal would close in May.",
        "The port director, Tom Reyes, told the Gazette after the hearing that the ferry terminal would close in May.",
        "Tom Reyes assured residents during the meeting that the ferry terminal would close in May.",
    ],
)
def test_that_clause_hung_on_a_time_phrase_is_what_was_told(sentence):
    analysis = analyze("Ferry plan\n\n" + sentence)
    assert speaker_name(one_quote(analysis, "ferry terminal would close")) == "Tom Reyes"
    claim = claim_holding(analysis, "ferry terminal would close")
    assert claim.status == "attributed"
    assert source_name(claim) == "Tom Reyes"


def test_a_relative_clause_after_a_time_phrase_is_no_content():
    analysis = analyze("Ferry plan\n\nTom Reyes spoke after the vote that the council had called in March.")
    assert not any("council had called" in q.text for q in analysis.quotes)


@pytest.mark.parametrize("dash", ["\u2014", "-"])
def test_ap_dateline_read_as_subject_is_not_the_speaker(dash):
    text = f"Mining law\n\nLIMA, Peru (AP) {dash} Peruvian President Ana Quispe on Monday defended the new mining law, saying it would bring jobs to the south."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "bring jobs")) == "Ana Quispe"
    claim = claim_holding(analysis, "bring jobs")
    assert claim.status == "attributed"
    assert source_name(claim) == "Ana Quispe"


def test_byline_writer_is_not_the_official_of_the_first_sentence():
    text = "Budget fight\n\nBy Emma Lowe\n\nThe finance minister said on Monday that the budget was too big. She said cuts would follow."
    analysis = analyze(text)
    for words in ("budget was too big", "cuts would follow"):
        claim = claim_holding(analysis, words)
        assert claim.status == "attributed"
        assert source_name(claim) != "Emma Lowe"
        assert "minister" in source_name(claim)


def test_byline_writer_is_not_she():
    text = "Budget fight\n\nBy Hiroshi Tanaka and Emma Lowe\n\nTOKYO, Dec 3 (Reuters) - When the new finance minister arrived, she said the budget was too big."
    claim = claim_holding(analyze(text), "budget was too big")
    assert claim.status == "attributed"
    assert source_name(claim) not in ("Emma Lowe", "Hiroshi Tanaka")


def test_a_named_official_after_a_byline_still_speaks():
    text = "Budget fight\n\nBy Emma Lowe\n\nThe finance minister, Aiko Mori, said on Monday that the budget was too big. She said cuts would follow."
    assert source_name(claim_holding(analyze(text), "cuts would follow")) == "Aiko Mori"


def test_verbless_headline_after_a_title_is_the_titled_persons():
    claim = claim_holding(analyze("Ruto aide: no new taxes before the election\n\nThe treasury is short of cash, officials said."), "no new taxes")
    assert claim.status == "attributed"
    assert source_name(claim) == "Ruto aide"


def test_verbless_headline_after_a_topic_stays_the_writers():
    claim = claim_holding(analyze("Tax plan: no new taxes before the election\n\nThe treasury is short of cash, officials said."), "no new taxes")
    assert claim.status == "unattributed"
