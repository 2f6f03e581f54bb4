"""Round 71 of the event coder: an act that no rule aims at a state is aimed at the story's other side, the state the
story's events most often involve besides the actor's own (docs/events.md, rule 89).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .events_support import analyzed_on

MISSILE = ("Missile launch\n\n"
           "TOKYO - North Korea fired a ballistic missile into the Sea of Japan on Thursday, the Japanese defence ministry "
           "said.\n\n"
           "Japan lodged a protest through diplomatic channels and accused Pyongyang of violating UN resolutions. China "
           "urged all parties to show restraint.\n")


def test_a_protest_that_names_no_one_is_aimed_at_the_story_s_other_side():
    # the target was null: the protest names no one; Japan, as often a party as North Korea, is never its own side
    assert analyzed_on(MISSILE, "lodged a protest") == [("ACCUSE", "lodged a protest", "JPN", "PRK")]


def test_the_side_is_the_state_as_the_text_last_names_it_before_the_act():
    event = next(e for e in analyze(MISSILE, published="2026-12-03").events if e.trigger.text == "lodged a protest")
    assert (event.target.name, MISSILE[event.target.start:event.target.end]) == ("North Korea", "North Korea")
    assert event.target.start < event.trigger.start


def test_a_weapons_test_stays_aimed_at_no_state():
    # guard: a move of forces (MOBILIZE) keeps the target the sentence gives, here a sea of no state
    assert analyzed_on(MISSILE, "fired a ballistic missile") == [("MOBILIZE", "fired a ballistic missile", "PRK", None)]


def test_a_call_on_all_parties_takes_no_side():
    # guard: "all parties" stands for the many sides of a conflict
    assert analyzed_on(MISSILE, "urged") == [("REQUEST", "urged", "CHN", None)]


def test_a_third_state_s_request_in_a_story_of_four_states_is_aimed_at_no_one():
    # this round aimed it at Tanzania (the United States and Tanzania are each a party once, and the text names Tanzania
    # more often); rule 123 reads the story's other side only in a story naming at most three states, and this one
    # names four (tests/test_events_round105.py keeps a story of three)
    text = ("Port deal\n\n"
            "DAR ES SALAAM - Tanzania signed a 30-year lease of the port of Bagamoyo to a Chinese state company on Monday.\n\n"
            "The United States criticised the lease, saying it gave Beijing a foothold on the Indian Ocean. India asked for "
            "guarantees that no warships would use the port. Tanzanian officials said the port would serve trade only.\n")
    assert analyzed_on(text, "asked for") == [("REQUEST", "asked for", "IND", None)]


def test_people_named_without_a_country_take_the_other_side_s():
    # the target, "12 of the marchers", had no country
    text = ("Consulate protest\n\n"
            "LIMA - Hundreds of Bolivian migrants protested outside Bolivia's consulate in Lima on Friday against new visa "
            "fees imposed by Peru.\n\n"
            "Riot police detained 12 of the marchers. Bolivia's foreign ministry demanded their release.\n")
    assert analyzed_on(text, "detained") == [("COERCE", "detained", "PER", "BOL")]


def test_a_story_of_one_state_has_no_other_side():
    # guard: nothing to aim at in a story about Kenya alone
    text = ("Doctors' strike\n\n"
            "NAIROBI - Kenyan doctors extended their strike into a third week on Monday.\n\n"
            "The health ministry offered to pay half of the arrears. The doctors' union rejected the offer, and its "
            "secretary general said talks had collapsed.\n")
    assert analyzed_on(text, "offered") == [("AGREE", "offered", "KEN", None)]



# ------------------------------------------------------------------ offers to host or mediate, made to both sides

WINE_DUTIES = ("Wine duties\n\n"
               "BUENOS AIRES - Brazil imposed duties of 20 percent on Argentine wine on Monday, escalating a row over steel "
               "quotas.\n\n"
               "Argentina accused Brasilia of breaking Mercosur rules and said it would take the case to the bloc's court. "
               "Paraguay offered to host a meeting of Mercosur trade ministers in Asuncion next week.\n")


def test_an_offer_to_host_a_bloc_meeting_is_made_to_both_sides_of_the_quarrel():
    # the target was the ministers (IGO)
    assert sorted(analyzed_on(WINE_DUTIES, "offered")) == [("AGREE", "offered", "PRY", "ARG"), ("AGREE", "offered", "PRY", "BRA")]


def test_an_offer_made_to_one_side_is_made_to_the_other_too():
    # the offer went to Honduras alone (through "the three navies")
    text = ("Boats seized\n\n"
            "TEGUCIGALPA - Nicaraguan coast guard ships seized four Honduran fishing boats in the Gulf of Fonseca on "
            "Sunday.\n\n"
            "Honduras accused Managua of piracy and demanded the release of the 22 fishermen. El Salvador's foreign "
            "ministry called on both governments to settle the matter through dialogue and offered to host a meeting of "
            "the three navies in La Union.\n")
    assert sorted(target for *_, target in analyzed_on(text, "offered")) == ["HND", "NIC"]


def test_talks_between_sides_the_offer_names_are_not_the_quarrel_s():
    # guard: the talks are between Eswatini's government and its unions, not with South Africa
    text = ("Embargo vote\n\n"
            "MBABANE - Southern African leaders voted on Monday for an arms embargo on Eswatini after soldiers fired on "
            "marchers.\n\n"
            "Eswatini accused South Africa of sheltering the march organisers, and Pretoria rejected the charge. Botswana "
            "offered to host talks between Mbabane and the textile unions.\n")
    assert analyzed_on(text, "offered") == [("AGREE", "offered", "BWA", "SWZ")]


def test_no_state_warns_itself():
    # the target was Kazakhstan itself; the threat goes to the story's other side instead
    text = ("Water talks\n\n"
            "ASTANA - Kazakhstan accused Uzbekistan on Monday of drawing too much water from the Syr Darya.\n\n"
            "The Kazakh president warned of consequences.\n")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "KAZ", "UZB")]


@pytest.mark.parametrize("text, trigger", [
    ("Egypt traded charges with Sudan on Monday over the flooding of the dam.", "traded charges"),
    ("Armenia and Azerbaijan traded insults at the summit.", "traded insults"),
    ("Serbia and Kosovo exchanged recriminations over the arrests.", "exchanged recriminations"),
])
def test_charges_traded_are_accusations_not_trade(text, trigger):
    # "traded charges with" was COOPERATE ("trade with"); the others no event
    events = analyzed_on("Row\n\n" + text, trigger)
    assert events and {e[0] for e in events} == {"ACCUSE"}


@pytest.mark.parametrize("text, trigger, actor", [
    ("The decision was criticised by a fishermen's cooperative in Kigoma.", "criticised", "a fishermen's cooperative"),
    ("The levy was condemned by a regional business network.", "condemned", "a regional business network"),
    ("The country's largest insurer rejected the claim.", "rejected", "The country's largest insurer"),
])
def test_bodies_of_many_kinds_act(text, trigger, actor):
    # cooperatives, networks, insurers... were no actor nouns: the events had no actor and were not coded
    events = [e for e in analyze("Row\n\n" + text, published="2026-12-03").events if e.trigger.text == trigger]
    assert [e.actor.name for e in events] == [actor]


@pytest.mark.parametrize("text, expected", [
    ("Kenya warned that Somali militants would be punished.", ("KEN", "SOM")),
    ("Ethiopia warned that Egypt would bear responsibility for any escalation.", ("ETH", "EGY")),
    ("Algeria warned that Morocco was playing with fire.", ("DZA", "MAR")),
])
def test_harm_promised_in_a_warning_is_a_threat(text, expected):
    # these warnings were read as statements (claims) and coded as no event
    assert analyzed_on("Row\n\n" + text, "warned") == [("THREATEN", "warned", *expected)]


def test_a_forecast_about_things_is_still_no_threat():
    # guard
    assert analyzed_on("Row\n\nThe central bank warned that the economy would suffer.", "warned") == []


@pytest.mark.parametrize("text, trigger, expected", [
    ("Niger freed two Nigerian pilgrims on Monday.", "freed", ("RETREAT", "freed", "NER", "NGA")),
    ("Iran released two French pilgrims on Monday.", "released", ("RETREAT", "released", "IRN", "FRA")),
])
def test_people_of_any_kind_freed_are_a_release(text, trigger, expected):
    # pilgrims were not among the release rows' objects
    assert analyzed_on("Row\n\n" + text, trigger) == [expected]


def test_a_statement_released_is_no_release():
    # guard
    assert analyzed_on("Row\n\nMali released the statement on Monday.", "released") == []
