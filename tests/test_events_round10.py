"""Round 10 of the event coder, from the errors of the four burned blind sets (docs/events.md, rule 28).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

import pytest

from .events_support import code, coded  # noqa: F401  (code is a fixture)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "rejected the charge" is a denial: it answers the accusation aimed at the one who rejects
    ("Armenia accused Azerbaijan of shelling a border village on Monday. Baku rejected the charge within hours.",
     "rejected", [("REJECT", "AZE", "ARM")]),
    ("Ecuador on Friday accused Colombia of sheltering smugglers. The Colombian government rejected the accusation as unfounded.",
     "rejected", [("REJECT", "COL", "ECU")]),
    ("Lithuania asked Poland to reopen the crossing and criticised its new border checks. Poland's interior ministry rejected the criticism.",
     "rejected", [("REJECT", "POL", "LTU")]),
])
def test_rejecting_an_accusation_answers_the_accuser(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_rejecting_a_plan_is_no_denial(code):
    # not an accusation: no accuser to answer, so no target is borrowed from the earlier charge
    events = code("Peru accused Chile of spying on Monday. Chile's congress rejected the budget on Tuesday.")
    assert all(target != "PER" for _, _, target in coded(events, "rejected"))


def test_a_reaction_to_an_act_the_text_keeps_naming_reaches_back_to_it(code):
    # more than ten sentences between the veto and the reaction, but the veto is named in between
    filler = " ".join(f"Delegate {n} spoke about the budget." for n in range(5))
    more = " ".join(f"Delegate {n} spoke about the schedule." for n in range(6, 12))
    text = (f"China vetoed the draft resolution on the mission on Thursday. {filler} "
            f"Diplomats said the veto had surprised the council. {more} Japan condemned the veto.")
    assert coded(code(text), "condemned") == [("ACCUSE", "JPN", "CHN")]


def test_a_reaction_to_an_act_beyond_the_window_and_never_named_again_takes_the_story_s_other_side(code):
    # the veto is not the lede's act (rule 46 takes that up at any distance): out of the reaction rules' reach, the
    # condemnation goes to the state the story's events most involve besides Japan (rule 89), China
    filler = " ".join(f"Delegate {n} spoke about the budget." for n in range(12))
    text = (f"Russia and China held talks on the mission on Wednesday. China vetoed the draft resolution on the mission on Thursday. "
            f"{filler} Japan condemned the veto.")
    assert coded(code(text), "condemned") == [("ACCUSE", "JPN", "CHN")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "both sides" that are no pair of states are one state's two sides: the coordinated parties' state
    ("Bolivia's governing party and the opposition coalition traded blame over the vote on Monday. "
     "The Organization of American States urged both sides to accept the count.", "urged", [("REQUEST", "IGO", "BOL")]),
    # failing a coordinated pair, the state the story is filed from
    ("QUITO, May 4 - Ecuador's opposition boycotted the vote on Monday. The European Union called on both sides to "
     "settle the dispute in the courts.", "called", [("REQUEST", "IGO", "ECU")]),
    # "its two allies" are the last two states named together
    ("Armenia and Azerbaijan traded fire on the border on Sunday. Moscow urged its two allies to show restraint.",
     "urged", [("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")]),
])
def test_both_sides_and_two_allies(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_both_sides_of_two_states_stay_two_states(code):
    events = code("Kenya and Ethiopia signed a border accord on Friday. Britain urged both sides to implement it quickly.")
    assert coded(events, "urged") == [("REQUEST", "GBR", "ETH"), ("REQUEST", "GBR", "KEN")]


@pytest.mark.parametrize("text", [
    "A former deputy mayor of Nakuru pleaded guilty on Tuesday to taking bribes from contractors.",
    "The two Colombian nationals pleaded not guilty to smuggling charges in a Caracas court.",
])
def test_a_plea_in_court_is_no_request(code, text):
    assert not [e for e in code(text) if "plead" in e.trigger.text]


def test_pleading_with_a_state_is_still_a_request(code):
    assert coded(code("The Kenyan president pleaded with Uganda to reopen the border crossing."), "pleaded") == [("REQUEST", "KEN", "UGA")]


def test_a_typographic_apostrophe_does_not_hide_the_envoy(code):
    # "d’affaires" with a curly apostrophe is the lexicon's "d'affaires": the summons is a protest
    events = code("Lithuania’s foreign ministry summoned the Russian chargé d’affaires on Friday over the drone flights.")
    assert coded(events, "summoned") == [("ACCUSE", "LTU", "RUS")]


def test_a_reaction_in_the_passive_takes_up_its_subject(code):
    # "The proposal was rejected by Kinshasa": the proposal is what the reaction answers
    events = code("Angola proposed on Monday a ceasefire between the army and the rebels. The proposal was rejected by Kinshasa.")
    assert coded(events, "rejected") == [("REJECT", "COD", "AGO")]


def test_a_reaction_in_a_relative_clause_answers_the_act_its_antecedent_names(code):
    events = code("Japan approved the sale of 30 patrol boats to Vietnam on Monday, a package that China condemned as provocative.")
    assert coded(events, "condemned") == [("ACCUSE", "CHN", "JPN")]



@pytest.mark.parametrize("text", [
    "Belarusian police arrested two Lithuanian journalists near Grodno on Monday. Lithuania demanded their immediate release.",
    "Belarusian police arrested two Lithuanian journalists on Monday. The Lithuanian foreign minister demanded the release of the two reporters.",
])
def test_a_demand_for_a_release_is_aimed_at_whoever_holds(code, text):
    assert coded(code(text), "demanded") == [("REQUEST", "LTU", "BLR")]
