"""Attribution round 30 (claims; from the error rows of the burned sets unseen16 to unseen29): an
"according to X" that closes the sentence after a comma sources the sentence even when the parser hung it
on a relative clause earlier on, and a bare "some"/"many" conjoined after a plural noun that reports speaks
for that group, a figure put by a source before a semicolon is that source's estimate, and "welcomed X as a
sign that …" is the welcomer's view (docs/schema.md, attribution round 30). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, source_name


def test_a_closing_according_to_after_a_whose_clause_sources_the_sentence():
    text = (
        "Ghana, whose cocoa farmers depend on the same rains, offered to host a technical meeting of the three "
        "ministries in Accra next month, according to its foreign ministry."
    )
    claim = claim_holding(analyze(text), "technical meeting")
    assert claim.status == "attributed" and source_name(claim) == "its foreign ministry"


def test_an_according_to_inside_a_relative_clause_stays_with_the_clause():
    text = "The farmers' party, which won 12 percent according to the provisional count, accuses the governor of fraud."
    claim = claim_holding(analyze(text), "accuses the governor")
    assert source_name(claim) != "the provisional count"


def test_some_after_a_group_that_reports_speaks_for_the_group():
    text = (
        "Residents of Kribi say the new port has cut the fish catch by half, "
        "and some have complained of dust on their crops at harvest."
    )
    claim = claim_holding(analyze(text), "complained of dust")
    assert claim.status == "attributed" and source_name(claim) == "Residents of Kribi"


def test_some_after_a_single_speaker_is_not_that_speaker():
    text = "The minister said the port would open in May, and some have doubted it."
    claim = claim_holding(analyze(text), "doubted")
    assert source_name(claim) != "The minister"


def test_an_estimate_before_a_semicolon_is_its_givers():
    text = "Police put the march at 12,000; the union said more than 40,000 had walked. Shops stayed shut."
    analysis = analyze(text)
    estimate = claim_holding(analysis, "put the march")
    assert estimate.status == "attributed" and source_name(estimate) == "Police"
    assert source_name(claim_holding(analysis, "40,000")) == "the union"


def test_a_deed_before_a_semicolon_stays_the_writers():
    text = "Troops closed the bridge at dawn; the ministry said it would reopen on Friday."
    claim = claim_holding(analyze(text), "closed the bridge")
    assert claim.status == "unattributed" and source_name(claim) is None


def test_welcoming_something_as_a_sign_that_is_the_welcomers_view():
    text = "The Maltese fisheries ministry welcomed the ruling as a sign that small states could still win in court."
    claim = claim_holding(analyze(text), "welcomed the ruling")
    assert claim.status == "attributed" and source_name(claim) == "The Maltese fisheries ministry"


def test_welcoming_people_as_guests_stays_the_writers():
    text = "The village welcomed the returning soldiers as heroes on Sunday."
    claim = claim_holding(analyze(text), "welcomed the returning soldiers")
    assert claim.status == "unattributed" and source_name(claim) is None


def test_welcoming_as_and_then_saying_stays_one_reply():
    text = "The Maltese fisheries ministry welcomed the ruling as \"a fair outcome\" and said the boats would sail on Monday."
    analysis = analyze(text)
    reply = claim_holding(analysis, "welcomed the ruling")
    assert reply.status == "attributed" and "boats would sail" in reply.text
    assert not [c for c in analysis.claims if c is not reply and "boats would sail" in c.text]
