"""Round 25 of the event coder, from the event errors of the burned varied sets bench/unseen22 to unseen29,
checked on the older development sets (docs/events.md, rule 43).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed as _typed

_events = analyzed_events


def test_sao_tome_is_the_capital_of_its_state():
    text = "Gabon and Cameroon closed their sea borders with São Tomé for three days."
    assert sorted(_typed(text, "SANCTION")) == [("CMR", "STP"), ("GAB", "STP")]


def test_refugees_sent_home_or_back_are_expelled():
    assert _typed("Tanzania sent 300 Burundian refugees from the Nduta camp home on Monday.", "COERCE") == [("TZA", "BDI")]
    assert _typed("Greece sent back 80 Afghan migrants on two ferries.", "COERCE") == [("GRC", "AFG")]
    # soldiers sent home are no one's expulsion
    assert _typed("Chad sent 200 of its soldiers home from the front.", "COERCE") == []


def test_talks_held_to_their_end_are_talks_of_the_subject():
    text = "Kenya's trade minister ended two days of talks with Ugandan officials on Friday."
    assert _typed(text, "CONSULT") == [("KEN", "UGA")]
    assert _typed(text, "SANCTION") == []
    # talks ended by an agreement: the agreement tells who met, and the talks are no second event
    text = "Peru and Chile agreed on Friday to open a new crossing, ending four days of talks."
    assert _typed(text, "CONSULT") == []


def test_talks_in_another_states_capital_are_talks_with_it():
    assert _typed("Nepal's foreign minister ended three days of talks in New Delhi on Friday.", "CONSULT") == [("NPL", "IND")]
    assert _typed("Kenya's trade minister held talks in Kampala last week.", "CONSULT") == [("KEN", "UGA")]
    # a city that is no capital, or a meeting the subject hosts, names no partner
    assert _typed("Kenya's trade minister held talks in Mombasa last week.", "CONSULT") == []
    assert _typed("Switzerland said it would host a meeting in Nairobi in March.", "CONSULT") == []


def test_it_in_a_second_clause_is_the_first_clauses_body():
    text = ("ACCRA, December 1 - Togo's electoral commission said on Monday that the count had been fair. "
            "The president's office insisted that the vote had been calm, and it urged the opposition to go to the courts.")
    urged = [e for e in _events(text) if e[1] == "urged"]
    assert [(e[0], e[2]) for e in urged] == [("REQUEST", "GHA")]


def test_rations_handed_to_families_are_aid():
    text = "The World Food Programme handed each Malian family a three-month ration on Monday."
    assert _typed(text, "AID") == [("IGO", "MLI")]
    # people handed over to another state's guards are still a hand-over
    assert _typed("The Italian navy handed 80 migrants to the Libyan coast guard.", "COOPERATE") == [("ITA", "LBY")]


def test_goods_seized_in_a_raid_are_no_event_of_their_own():
    text = "Kenyan police arrested 12 people in Mombasa and seized 400 kilograms of heroin."
    assert [e[1] for e in _events(text) if e[0] == "COERCE"] == ["arrested"]
    # a ship, or goods of another state or taken from a party, stay a seizure
    assert _typed("Iran seized a Greek-flagged tanker in the Gulf on Monday.", "COERCE") == [("IRN", "GRC")]
    assert _typed("Israeli police confiscated rifles from Palestinian gunmen in Hebron.", "COERCE") == [("ISR", "PSE")]
