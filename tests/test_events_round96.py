"""Round 96 of the event coder (docs/events.md, rule 114): two states, or two states' crews, that begin a work together
(building, laying track, clearing mines, "began work on a bridge") cooperate, each pair once in the order named.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, byline_story


def test_two_states_beginning_to_build_together_cooperate_once():
    text = byline_story("Ghana and Togo on Friday began building a 90-bed hospital straddling their border at Aflao.")
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("COOPERATE", "GHA", "TGO")]


def test_two_states_crews_beginning_work_cooperate():
    text = byline_story("Serbian and Bosnian road crews began work on Thursday on a new bridge over the Drina at Zvornik.")
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("COOPERATE", "SRB", "BIH")]


def test_forces_of_two_states_beginning_to_shell_do_not_cooperate():
    text = byline_story("Russian and Belarusian forces began shelling the town on Monday.")
    assert not [e for e in analyzed_events(text) if e[0] == "COOPERATE"]
