"""Round 99 of the event coder (docs/events.md, rule 117), from the spurious events of the read sets: "ignored" told
as someone's past conduct in reported speech is no rejection; "approve" is support only of an agreement, a plan, a
bid or a party, not of a tariff, a flight or a trial a state's own body allowed; and a year the parser hung inside the
verb's object dates the act.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_countries, byline_story


def test_ignored_warnings_told_in_reported_speech_are_no_rejection():
    text = byline_story("The Vietnamese coast guard said the Chinese trawlers had ignored repeated warnings to leave.")
    assert not [e for e in analyzed_countries(text) if e[0] == "REJECT"]
    text = byline_story("At home, the government was criticised by the opposition, which said ministers had ignored "
                        "warnings from Ghanaian engineers for a year.")
    assert not [e for e in analyzed_countries(text) if e[0] == "REJECT"]


def test_a_refusal_announced_or_done_is_still_a_rejection():
    text = byline_story("Kenya says it will ignore the East African Court of Justice order.")
    assert [e[0] for e in analyzed_countries(text)] == ["REJECT"]
    text = byline_story("Ghana ignored Togo's demand for talks on Monday.")
    assert ("REJECT", "GHA", "TGO") in analyzed_countries(text)


def test_a_tariff_or_a_trial_a_states_own_body_approved_is_no_support():
    text = byline_story("The trial had been approved by Rwanda's national biosafety committee after four years of study.")
    assert not [e for e in analyzed_countries(text) if e[0] == "SUPPORT"]
    text = byline_story("Burundi rejected the demand. The flights had been approved by the provincial governor, Burundi's "
                        "aviation authority said.")
    assert not [e for e in analyzed_countries(text) if e[0] == "SUPPORT"]


def test_a_bid_or_a_deployment_approved_is_support():
    text = byline_story("The European Union approved Albania's membership bid on Monday.")
    assert analyzed_countries(text) == [("SUPPORT", "IGO", "ALB")]


def test_a_year_the_parser_hung_inside_the_object_still_dates_the_act():
    text = byline_story("Police seized 40 stolen cars at the border on Monday.",
                        "Zambia and Malawi signed an agreement on returning stolen vehicles in 2009, but few have come back.")
    assert not [e for e in analyzed_countries(text) if e[0] == "SUPPORT"]


def test_a_date_of_what_a_party_is_accused_of_does_not_date_the_accusation():
    text = byline_story("Police seized 40 stolen cars at the border on Monday.",
                        "Opposition MP Ama Boateng accused the Zambian government of ignoring warnings from Malawi in 2019.")
    assert [e[0] for e in analyzed_countries(text) if e[0] == "ACCUSE"] == ["ACCUSE"]


def test_a_visitor_met_on_arrival_is_welcomed_not_consulted():
    text = byline_story("The planes, each carrying 40 tonnes of flour, were met on the runway by the provincial governor and "
                        "a Qatari embassy official.")
    assert not [e for e in analyzed_countries(text) if e[0] == "CONSULT"]
    text = byline_story("The Malaysian prime minister met Thailand's prime minister in Songkhla on Friday.")
    assert analyzed_countries(text) == [("CONSULT", "MYS", "THA")]
    # "met with" in a warning is what the warning promises
    text = byline_story("Kenya moved troops to the border. Uganda warned that any crossing would be met with force.")
    assert [e[0] for e in analyzed_countries(text) if e[0] == "THREATEN"] == ["THREATEN"]
