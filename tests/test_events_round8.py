"""Round 8 of the event coder: the country of every party. Offices taken up by a kindred noun ("the
junta" after a military government, "the ministry" after its minister, "the army" after its chief), the
expelling state of a passive, the state where an unattributed repression happens, targets owned by
"its", the host of a visit, both sides of a fight with a partner, what is closed "to" someone, persons handed
over to a state, spokespeople of an office, and fewer states of things and mishaps coded as events
(docs/events.md, rule 26).

Every sentence here was written for these tests; none is in bench/events_sentences or a development
article.
"""

from __future__ import annotations

import pytest

from .events_support import code, coded  # noqa: F401  (code is a fixture)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a governing body by another of its names, a ministry by its minister, an office by its head
    ("Guinea's military government dissolved parliament last month. On Monday the junta suspended two French newspapers.",
     "suspended", [("COERCE", "GIN", "FRA")]),
    ("Chile's foreign minister criticised the vote on Monday. The ministry later summoned the Peruvian ambassador.",
     "summoned", [("ACCUSE", "CHL", "PER")]),
    ("Mali's army chief toured the north on Sunday. The army then accused Algeria of sheltering rebels.",
     "accused", [("ACCUSE", "MLI", "DZA")]),
])
def test_an_office_is_taken_up_by_a_kindred_noun(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_a_governing_body_a_state_acts_on_is_not_its_own(code):
    events = code("Germany condemned the junta's arrest of Niger's president.")
    assert coded(events, "condemned")[0][1] == "DEU"
    assert all(actor != "DEU" for _, actor, _ in coded(events, "arrest"))


def test_what_a_party_is_unlikely_to_do_is_not_coded(code):
    events = code("Kenya offered to host talks, an offer that diplomats said the junta was unlikely to accept.")
    assert not [e for e in events if "accept" in e.trigger.text]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the passive of an expulsion names the expelling state in its "from" phrase
    ("Two Lithuanian diplomats were expelled from Belarus on Monday.", "expelled", [("SANCTION", "BLR", "LTU")]),
    # an unattributed repression is the doing of the state it happens in
    ("Canada expressed concern over the arrest of a Canadian journalist in Ethiopia.", "concern", [("ACCUSE", "CAN", "ETH")]),
    # no one attacks what is their own: "its" is the other state's
    ("The Philippines said a Chinese vessel rammed one of its supply boats on Sunday.", "rammed", [("ASSAULT", "CHN", "PHL")]),
    # a host's office is the state of the place the visitor travelled to
    ("Brazil's foreign minister flew to Pretoria on Monday. The minister met President Cyril Ramaphosa on Tuesday.", "met",
     [("CONSULT", "BRA", "ZAF")]),
    ("Kenya's president flew to Kampala on Monday. He met Yoweri Museveni on Tuesday.", "met", [("CONSULT", "KEN", "UGA")]),
    # a fight with a partner of another state has two sides
    ("Indian troops exchanged fire with Pakistani soldiers along the Line of Control.", "exchanged",
     [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")]),
    # lexicon: the head of a mission expelled, intelligence sharing suspended, deliveries stopped, a vessel
    # boarded by forces or intercepted
    ("Burkina Faso expelled the head of the UN mission on Friday.", "expelled", [("SANCTION", "BFA", "IGO")]),
    ("Ecuador suspended intelligence sharing with Colombia.", "suspended", [("SANCTION", "ECU", "COL")]),
    ("Azerbaijan stopped fuel deliveries to Armenia on Tuesday.", "stopped", [("SANCTION", "AZE", "ARM")]),
    ("Eritrean sailors boarded a Yemeni fishing boat in the Red Sea.", "boarded", [("COERCE", "ERI", "YEM")]),
    ("Greece intercepted a Libyan cargo ship off Crete.", "intercepted", [("COERCE", "GRC", "LBY")]),
    # what the actor closes is its own, whom it closes it to the target
    ("Latvia closed its airspace to Russian aircraft on Monday.", "closed", [("SANCTION", "LVA", "RUS")]),
    # a person handed over to a state
    ("Colombia handed over a Venezuelan fugitive to Panama.", "handed", [("RETREAT", "COL", "PAN")]),
    # an embassy or a coalition repeated keeps the country of its first mention
    ("The Russian embassy in Oslo issued a statement on Monday. The embassy accused Norway of hostile acts.", "accused",
     [("ACCUSE", "RUS", "NOR")]),
    # "the group" takes up the organisation named before it as a subject
    ("Hezbollah fired rockets at northern Israel on Sunday. The group also accused Israel of breaking the truce.", "accused",
     [("ACCUSE", "LBN", "ISR")]),
    # a spokesperson speaks for the office named before
    ("Nepal's foreign ministry said on Monday that Indian troops had crossed the border. The spokesman also accused New Delhi of building a road.",
     "accused", [("ACCUSE", "NPL", "IND")]),
])
def test_round8_roles_and_patterns(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_a_fight_within_one_state_keeps_one_direction(code):
    assert coded(code("Striking miners clashed with Bolivian police in Oruro."), "clashed") == [("ASSAULT", "BOL", "BOL")]


@pytest.mark.parametrize("text", [
    # a present-perfect summary over recent years, or since a dated event
    "Turkey has detained dozens of foreign journalists in recent years.",
    "Troops have been deployed along the frontier since the 2020 war.",
    # harm from a mishap
    "Three Indian pilgrims were killed in a bus crash in Nepal.",
])
def test_no_main_event(code, text):
    assert code(text) == ()
