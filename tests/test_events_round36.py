"""Round 36 of the event coder: errors found by coding invented wire stories (docs/events.md, rule 54).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on


def test_ordering_an_envoy_out_expels_him():
    # main: REQUEST CAN → IND (the particle "out" was not read as sending the diplomat out of the country)
    text = "Ottawa ordered out a Peruvian diplomat on Thursday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "ordered")] == [("SANCTION", "CAN", "PER")]


def test_ordering_an_ambassador_out_with_a_deadline_expels_him():
    # main: REQUEST ARG → CHL
    text = "Argentina ordered the Chilean ambassador out within two days.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "ordered")] == [("SANCTION", "ARG", "CHL")]


def test_ordering_an_envoy_out_of_a_meeting_is_no_expulsion():
    # guard: out of the room, not the country
    text = "Poland ordered the Belarusian envoy out of the meeting hall.\n"
    assert [e[0] for e in analyzed_on(text, "ordered")] != ["SANCTION"]


def test_ordering_out_troops_is_no_expulsion():
    # guard: only envoys are sent out of the country by "ordered out"
    text = "The Peruvian president ordered out the army after the floods.\n"
    assert all(e[0] != "SANCTION" for e in analyzed_events(text))


def test_a_states_allies_are_not_that_state():
    # main: AGREE USA → USA ("its allies" took the owner's state)
    text = "Canada said it would work with its allies to patrol the Arctic.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "work with")] == [("CAN", None)]


def test_a_states_neighbours_are_not_that_state():
    # main: REQUEST KEN → KEN
    text = "Kenya urged its neighbours to reopen the border crossings.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "urged")] == [("REQUEST", "KEN", None)]


def test_a_states_own_forces_are_not_the_paramilitary_group_named_before():
    # main: ACCUSE actor "Rapid Support Forces" (the resolver linked "Sudan's army" to the RSF it fights)
    text = ("The army has fought the paramilitary Rapid Support Forces for months.\n\n"
            "Sudan's army accused the RSF of shelling a hospital in Omdurman.\n")
    from newsgraph import analyze

    accusations = [e for e in analyze(text, published="2026-11-20").events if e.trigger.text == "accused"]
    assert [(e.actor.name, e.actor.country) for e in accusations] == [("Sudan's army", "SDN")]


def test_allies_are_not_given_the_state_the_story_is_about():
    # the story is about Iran; "its allies" with no country must not become Iran
    text = ("Iran detained a Danish cargo ship in the Gulf on Monday.\n\n"
            "Iran said the ship had broken shipping rules. Tehran later moved the vessel to Bushehr.\n\n"
            "Denmark said it would work with its allies to secure the crew's release.\n")
    assert [(e[2], e[3]) for e in analyzed_on(text, "work with")] == [("DNK", None)]



def test_ending_a_pact_with_a_state_cuts_relations():
    # main: AGREE (no actor) → ESP on the noun "agreement"; the ending itself was not coded
    text = "Senegal ended its fishing agreement with Spain on Friday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("SANCTION", "SEN", "ESP")]


def test_scrapping_a_pact_cuts_relations():
    # main: AGREE (no actor) → TGO
    text = "Ghana scrapped its defence pact with Togo.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("SANCTION", "GHA", "TGO")]


def test_a_suspended_agreement_is_no_agreement_of_its_own():
    # main: SANCTION SEN → ESP and also AGREE (no actor) → ESP on "agreement"
    text = "Senegal suspended its fishing agreement with Spain on Friday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("SANCTION", "SEN", "ESP")]


def test_a_signed_agreement_stays_an_agreement():
    # guard: only a pact that is ended, suspended or scrapped loses its own event
    text = "Ghana signed a defence pact with Togo on Monday.\n"
    assert [(e[2], e[3]) for e in analyzed_events(text) if e[0] in ("AGREE", "SUPPORT", "COOPERATE")] == [("GHA", "TGO")]


def test_other_countries_are_not_placed_in_the_dateline_state():
    # main: the second target "other countries" took MAR from the Rabat dateline
    text = "RABAT (Reuters) - Morocco will impose tariffs on steel from Turkey and other countries, the minister said.\n"
    assert [(e[2], e[3]) for e in analyzed_events(text)] == [("MAR", "TUR"), ("MAR", None)]


def test_allies_asked_to_act_on_a_state_are_not_that_state():
    # main: REQUEST JPN → JPN; with "its partners" left without a country and no guard, the target fell to RUS of
    # the complement ("Russian oil"): the request is to the partners, not to Russia
    text = "Japan urged its partners to stop buying Russian oil.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "urged")] == [("REQUEST", "JPN", None)]
