"""Round 89 of the event coder (docs/events.md, rule 107): regret expressed over another party's act is a rebuke, and
regret for an incident stays an apology; people who blockade a crossing or border protest.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, byline_story


def test_regret_over_another_states_decision_is_a_rebuke():
    text = byline_story("Botswana expressed regret over Namibia's decision to close the Ngoma bridge.")
    assert analyzed_events(text) == [("ACCUSE", "expressed regret", "BWA", "NAM")]


def test_regret_for_an_incident_is_still_an_apology():
    # a guard: the rebuke is only for regret over an act another party owns
    text = byline_story("Japan expressed regret for the incident on Tuesday.")
    assert analyzed_events(text) == [("CONCEDE", "expressed regret", "JPN", None)]


def test_farmers_blockading_a_border_crossing_protest():
    # "blockade" was read as a state's coercion of Poland
    text = byline_story("Farmers blockaded the border crossing with Poland on Monday to protest against grain imports.")
    assert [e[0] for e in analyzed_events(text)] == ["PROTEST"]
