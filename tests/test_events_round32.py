"""Round 32 of the event coder: expulsions told in the passive (docs/events.md, rule 50).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on

DATELINE = "OSLO, Nov 20 (Northern Wire) — "


def test_diplomats_expelled_in_the_passive_are_the_target_and_the_reporting_ministry_expels():
    # main coded the expelled diplomats as the actor ("the troops are the ones moving") against the dateline's state
    text = DATELINE + "The Norwegian foreign ministry said two Belarusian diplomats had been expelled on Tuesday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "expelled")] == [("SANCTION", "NOR", "BLR")]


def test_an_ambassador_ordered_to_leave_in_the_passive_is_expelled_by_the_reporting_ministry():
    # main: a request with no actor aimed at the ambassador
    text = DATELINE + ("The Belarusian ambassador was ordered to leave the country within 72 hours, the Norwegian "
                       "foreign ministry said.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "ordered")] == [("SANCTION", "NOR", "BLR")]


def test_a_state_reporting_its_own_citizens_deported_does_not_become_the_deporter():
    # guard: the deported are the reporting state's own people, so another state deported them
    text = DATELINE + "The Norwegian foreign ministry said 40 Norwegian fishermen had been deported on Tuesday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "deported")] == [("COERCE", None, "NOR")]


def test_troops_stationed_in_the_passive_still_move_themselves():
    # guard: the theme rule the expulsion verbs now leave alone still holds for troops
    text = DATELINE + "The defence ministry said 3,000 Belarusian troops would be stationed near the Lithuanian border.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "stationed")] == [("MOBILIZE", "BLR", "LTU")]
