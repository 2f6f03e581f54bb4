"""Argument-structure rules of round 5 (generalisation): what wire-service phrasing puts in passives,
nominalisations, prepositional phrases, possessives and headlines (docs/events.md, Roles).

Every sentence here was written for these tests; none is in bench/events_sentences or a development
article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.times import extract_times

from .events_support import code, coded, codes, on_trigger  # noqa: F401  (code is a fixture)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the subject of an infinitive after "allow" is what is allowed
    ("Myanmar allowed UN investigators to enter Rakhine state.", "allowed", [("RETREAT", "MMR", "IGO")]),
    # a building or a target hit is a concrete object
    ("Gunmen stormed a hotel in Kabul.", "stormed", [("ASSAULT", "AFG", "AFG")]),
    # mutual types pair coordinated actors whatever the verb
    ("Greek and Turkish coast guards launched joint patrols in the Aegean.", "patrols",
     [("COOPERATE", "GRC", "TUR"), ("COOPERATE", "TUR", "GRC")]),
    # a definite nominal subject of "be" is an event, not a definition
    ("The visit by the Chinese foreign minister to Pyongyang was the first in five years.", "visit", [("CONSULT", "CHN", "PRK")]),
    # "for" and the owner of its object
    ("Egypt expressed support for Morocco's position.", "support", [("SUPPORT", "EGY", "MAR")]),
    ("China eased visa restrictions for Australian citizens.", "eased", [("CONCEDE", "CHN", "AUS")]),
    ("The prosecutor opened an investigation into Myanmar's army.", "investigation", [("ACCUSE", None, "MMR")]),
    # a nominalised act with its actor named: its "of" phrase is its victim or theme
    ("The expulsion of two Polish diplomats by Belarus angered Warsaw.", "expulsion", [("SANCTION", "BLR", "POL")]),
    # a pattern's noun with a country of its own stands for it
    ("The rebels freed 14 Saudi prisoners.", "freed", [("RETREAT", None, "SAU")]),
    # an object that is an event noun has its own target
    ("Washington threatened tariffs on Mexican goods.", "threatened", [("THREATEN", "USA", "MEX")]),
    # who receives what is handed over
    ("Spain extradited a Russian businessman to the United States.", "extradited", [("COOPERATE", "ESP", "USA")]),
    # a border named by a preposition of the verb
    ("India deployed troops along its border with China.", "deployed", [("MOBILIZE", "IND", "CHN")]),
    ("Russia massed thousands of troops near the Ukrainian border.", "massed", [("MOBILIZE", "RUS", "UKR")]),
    # the partner of a meeting noun in the verb's adverbial, before the topic
    ("In a phone call with the French president, the Egyptian president discussed Gaza.", "discussed", [("CONSULT", "EGY", "FRA")]),
    # a headline's comma for "and"
    ("Brazil, Argentina agree to drop tariffs on auto parts", "agree", [("AGREE", "ARG", "BRA"), ("AGREE", "BRA", "ARG")]),
    # what an act refused to recognise belongs to
    ("Venezuela refused to recognise the ruling of the International Court of Justice.", "refused", [("REJECT", "VEN", "IGO")]),
    # a state's name the tagger reads as a date is still a state
    ("France pulled its troops out of Niger.", "pulled", [("RETREAT", "FRA", "NER")]),
    ("Australia slapped travel bans on Myanmar generals.", "slapped", [("SANCTION", "AUS", "MMR")]),
])
def test_roles_in_wire_phrasing(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_a_demand_reacted_to_is_aimed_at_who_reacts(code):
    events = code("Guatemala turned down a U.S. request to host migrants.")
    assert coded(events, "turned down") == [("REJECT", "GTM", "USA")]
    assert coded(events, "request") == [("REQUEST", "USA", "GTM")]


def test_a_visit_to_a_place_no_state_owns_meets_no_one(code):
    assert code("The Japanese defence minister paid a visit to the Yasukuni shrine.") == ()
    assert coded(code("The Japanese defence minister paid a visit to Seoul."), "visit") == [("CONSULT", "JPN", "KOR")]


def test_a_fight_named_by_its_topic_is_figurative(code):
    assert coded(code("Russia waged a war on Ukraine."), "war") == [("ASSAULT", "RUS", "UKR")]
    assert code("Russia waged a trade war on Ukraine.") == ()


def test_a_generic_attack_in_a_definition_is_no_event(code):
    assert code("An attack on one member is considered an attack on all.") == ()


def test_a_purpose_of_the_same_type_is_the_same_event(code):
    events = code("Thousands of people marched through Belgrade to protest against the government.")
    assert [e.type for e in events] == ["PROTEST"]


def test_an_unnamed_actor_is_placed_by_its_own_phrase(code):
    assert coded(code("Doctors in Nigeria went on strike."), "strike") == [("PROTEST", "NGA", "NGA")]


def test_a_year_after_since_is_a_comparison_not_a_date(parse):
    text = "Poland and Ukraine held talks on Monday. Russian jets struck Kharkiv in the heaviest raid since 2022."
    doc = parse(text)
    events = extract_events(doc, extract_entities(doc), extract_times(doc, dt.date(2026, 12, 3)))
    assert coded(events, "struck") == [("ASSAULT", "RUS", "UKR")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the act named in a passive's adverbial has the agent
    ("Three Afghan soldiers were killed in Pakistani air strikes on Khost province.", "killed", [("ASSAULT", "PAK", "AFG")]),
    # a group the tagger calls NORP with no country is placed where the event is
    ("Islamists attacked a church in northern Nigeria.", "attacked", [("ASSAULT", "NGA", "NGA")]),
    # travel for talks: the place travelled to
    ("The Saudi foreign minister arrived in Tehran on Sunday for talks.", "arrived", [("CONSULT", "SAU", "IRN")]),
    # welcomed someone for talks is a meeting, not praise
    ("Kenya's president welcomed Uganda's president to Nairobi for talks.", "welcomed", [("CONSULT", "KEN", "UGA")]),
    # an offer reacted to is aimed at who reacts
    ("Tehran rejected Washington's offer of direct talks.", "offer", [("AGREE", "USA", "IRN")]),
    # who a meeting gathers is its partner, also in what an offer governs
    ("Qatar offered to host a meeting of Libya's rival governments.", "offered", [("AGREE", "QAT", "LBY")]),
    # the "of" phrase of a visit is the visitor
    ("The visit of the Chinese president to Hanoi lasted two days.", "visit", [("CONSULT", "CHN", "VNM")]),
    # "Visiting X and Y agreed": the parser's gerund reading leaves the names as its object
    ("Visiting Chinese Premier Li Qiang and German Chancellor Olaf Scholz agreed on Monday to expand trade.", "agreed",
     [("AGREE", "CHN", "DEU"), ("AGREE", "DEU", "CHN")]),
])
def test_more_roles_in_wire_phrasing(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_what_a_claim_says_is_not_asserted(code):
    events = code("Syria denied Turkish claims that its army had shelled the border town.")
    assert [e.type for e in events] == ["REJECT"]
    assert coded(code("Syria's army shelled the border town."), "shelled")[0][0] == "ASSAULT"


def test_an_announced_meeting_with_no_partner_is_no_agreement(code):
    assert code("Ministers will meet again in the spring.") == ()
    assert coded(code("Egypt's president will meet the Qatari emir in the spring."), "meet") == [("AGREE", "EGY", "QAT")]


def test_the_place_of_a_place_places_the_event(code):
    assert coded(code("A car bomb killed eight people at a checkpoint in Kabul."), "killed") == [("ASSAULT", "AFG", "AFG")]


def test_them_after_a_pair_of_states_is_the_pair(code):
    events = code("Kyrgyz and Tajik border guards exchanged fire on Friday. Russia urged them to return to negotiations.")
    assert coded(events, "urged") == [("REQUEST", "RUS", "KGZ"), ("REQUEST", "RUS", "TJK")]
    events = code("Kenya and Sudan signed a trade pact in May. Kenya later urged them to ratify it.")
    assert [codes(e) for e in on_trigger(events, "urged")] == [("KEN", "SDN")]  # the actor's own state is not among "them"
    assert coded(code("Police arrested two men. The court later released them."), "released")[0][2] is None


def test_an_event_banned_or_cancelled_does_not_take_place(code):
    events = code("Kenya banned the opposition's rallies.")
    assert [e.type for e in events] == ["COERCE"]
    assert [e.type for e in code("The opposition's rallies drew thousands in Nairobi.")] == ["PROTEST"]


def test_a_region_of_a_state_places_the_event(code):
    assert coded(code("Gunmen killed 12 villagers in an attack in Niger's west."), "killed") == [("ASSAULT", "NER", "NER")]
