"""Attribution round 34 (from PolNeAR train, real US political news, and the rows a careful reader would also
call wrong under samples/README.md): figures a campaign or company "reported having/raising", a finding that
"disclosures … revealed", the day a frame is set on read as the speaker, a sentence whose irregular past verb
was tagged an adjective, a label that presents a quotation ("Here's Lee in 1994: “…”"), and the idiom "All
told," (docs/schema.md, attribution round 34). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, quotes_holding, source_name, speaker_name


def test_figures_reported_with_a_gerund_are_attributed():
    claim = claim_holding(analyze("The airline reported carrying 4.2 million passengers in June, up from 3.9 million a year earlier."), "4.2 million passengers")
    assert claim.status == "attributed"
    assert source_name(claim) == "The airline"


def test_report_with_a_plain_object_stays_with_the_writer():
    claim = claim_holding(analyze("The two reporters covered the flood for a week and filed a long report on the damage."), "long report")
    assert claim.status == "unattributed"


def test_disclosures_that_reveal_are_a_source():
    claim = claim_holding(analyze("Ticket sales rose sharply over the summer, disclosures filed by the festival on Monday revealed."), "Ticket sales rose")
    assert claim.status == "attributed"
    assert "disclosures" in source_name(claim)


def test_the_day_a_frame_is_set_on_is_not_the_speaker():
    text = (
        "Thursday at Clemson University in Clemson, SC, after winning South Carolina in the Republican "
        "presidential primary, Gov. Ann Miller (R-SC), said, “This is only the beginning.”"
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "only the beginning")) == "Ann Miller"
    assert source_name(claim_holding(analysis, "only the beginning")) == "Ann Miller"


def test_a_past_verb_tagged_as_an_adjective_still_makes_a_claim():
    claim = claim_holding(analyze("The 61-year-old underwent heart surgery in Boston last spring."), "heart surgery")
    assert claim.status == "unattributed"


def test_a_verbless_line_is_still_no_claim():
    assert not analyze("Her long fight for cheaper child care.").claims


@pytest.mark.parametrize("space", [" ", "\u00a0"])  # web copy often puts a no-break space after the colon
def test_a_label_presenting_a_quotation_names_the_person_in_it(space):
    text = (
        "The old speech still reads well today.\n\n"
        f"Here’s Governor Lee in June 1994:{space}“Our party must rest its case on the new realities of the global "
        "economy. The world we face today is a world where what you earn depends on what you learn.”"
    )
    analysis = analyze(text)
    for words in ("new realities of the global economy", "depends on what you learn"):
        claim = claim_holding(analysis, words)
        assert claim.status == "quoted"
        assert source_name(claim) == "Lee"


def test_all_told_is_no_frame():
    analysis = analyze("All told, the storm destroyed more than 300 homes along the coast.")
    claim = claim_holding(analysis, "300 homes")
    assert claim.status == "unattributed"
    assert quotes_holding(analysis, "300 homes") == []


def test_all_officials_told_still_report():
    analysis = analyze("All the officials told reporters that the storm destroyed more than 300 homes.")
    claim = claim_holding(analysis, "300 homes")
    assert claim.status == "attributed"


def test_a_frame_before_a_colon_still_heads_its_sentence():
    claim = claim_holding(analyze("She said she was the only rival to win a district: she also won Leeds in May."), "only rival")
    assert claim.status == "attributed"
    assert source_name(claim) == "She"
    assert "won Leeds" in claim.text


def test_a_view_opening_a_colon_without_a_frame_stays_with_the_writer():
    claim = claim_holding(analyze("The lesson was plain to the engineers: the old dam would not survive another flood."), "old dam")
    assert claim.status == "unattributed"
