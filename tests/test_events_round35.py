"""Round 35 of the event coder: errors found by coding invented wire stories (docs/events.md, rule 53).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on


def test_an_act_a_halt_names_as_ended_is_no_event_of_its_own():
    # main: SANCTION IRN → RUS and AID IRN → RUS (the supply that was stopped)
    events = analyzed_events("Tehran stopped supplying artillery shells to Moscow last month.\n")
    assert [(e[0], e[2], e[3]) for e in events] == [("SANCTION", "IRN", "RUS")]


def test_an_act_a_demanded_halt_names_is_no_event():
    # main: also AID HRV → SRB, given to the one who asked ("called on Oslo to stop supplying…")
    events = analyzed_events("Croatia called on Oslo to stop supplying radar parts to Serbia.\n")
    assert [(e[0], e[2], e[3]) for e in events] == [("REQUEST", "HRV", "NOR")]


def test_a_halt_keeps_cooperation_that_is_not_its_gerund():
    # guard: a supply told beside a halt, not as what it halts, stays an event
    text = "Pakistan halted talks with Kabul on Monday. Qatar began supplying wheat to Afghanistan on Tuesday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "supplying")] == [("AID", "QAT", "AFG")]


def test_a_venue_named_only_once_is_no_side_of_an_agreement():
    # main: AGREE ETH → CHE ("in Geneva" read as the other side)
    text = "Ethiopia agreed in Geneva on Friday to extend the grain corridor by six months.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "agreed")] == [("AGREE", "ETH", None)]


def test_a_venue_on_the_agreed_act_is_no_side_either():
    # main: AGREE ETH → CHE
    text = "Ethiopia agreed to extend the grain corridor by six months at talks in Geneva.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "agreed")] == [("AGREE", "ETH", None)]


def test_a_venue_whose_state_the_story_names_again_stays_a_side():
    # guard: a pledge made in the capital of a state the story is about is aimed at it
    text = ("South Korea pledged in Dhaka to fund a new flood barrier. Bangladesh has lost thousands of homes to floods, "
            "and Bangladesh thanked Seoul for the pledge.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "pledged")] == [("AGREE", "KOR", "BGD")]


def test_they_after_a_pair_of_states_is_both_states():
    # main: REQUEST ESP → MAR (only the first state of the pair)
    text = ("Spain and Portugal offered firefighting aircraft to Greece on Sunday. "
            "They also urged Morocco to reopen its airspace to relief flights.\n")
    assert sorted((e[0], e[2], e[3]) for e in analyzed_on(text, "urged")) == [("REQUEST", "ESP", "MAR"), ("REQUEST", "PRT", "MAR")]


def test_they_after_the_envoys_of_a_pair_is_both_states():
    # main: REQUEST None → MAR ("They" had no country)
    text = ("The interior ministers of Spain and Portugal promised more patrols on Sunday. "
            "They also urged Morocco to take back migrants who had crossed the strait.\n")
    assert sorted((e[0], e[2], e[3]) for e in analyzed_on(text, "urged")) == [("REQUEST", "ESP", "MAR"), ("REQUEST", "PRT", "MAR")]


def test_they_inside_a_sentence_is_not_taken_up_as_the_pair():
    # guard: a "they" that does not open its sentence is its own clause's, not the pair before
    text = ("Spain and Portugal offered firefighting aircraft to Greece on Sunday. "
            "Greek officials said they would ask Turkey for two more planes.\n")
    assert all(e[2] not in ("ESP", "PRT") for e in analyzed_events(text) if e[1] != "offered")


def test_rejecting_the_demands_a_protest_made_answers_the_protesters():
    # main: REJECT GHA → None (the demand was coded as the march, so nothing answered it)
    text = ("ACCRA, March 3 (Coast Wire) - Thousands of nurses marched through Accra on Tuesday to demand back pay. "
            "Health Minister Kofi Mensah rejected the demands.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "rejected")] == [("REJECT", "GHA", "GHA")]


def test_a_state_named_in_the_act_comes_before_the_dateline_as_its_target():
    # main: ASSAULT UZB → TASHKENT (UZB): the dateline's word stood for the target, the troops' own state
    text = ("TASHKENT, May 2 (Steppe Wire) - Uzbekistan's border service said Uzbek troops had opened fire with mortars "
            "on a Kyrgyz post near the village of Sogment.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "opened fire")] == [("ASSAULT", "UZB", "KGZ")]
