"""Round 79 of the event coder (docs/events.md, rule 97): an offer to host talks between the sides named as a pair of
people ("his two counterparts") goes to the last two states, and a vote or a bid blocked is rejected.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on, byline_story




def test_an_offer_to_host_talks_between_two_counterparts_goes_to_both_sides():
    # "his two counterparts" was the target, and took the host's own country
    text = byline_story("Paraguay recalled its ambassador from Brazil on Monday.",
                        "Uruguay's foreign minister, Pablo Moreira, offered to host talks between his two counterparts in Montevideo.")
    assert sorted(e[2:] for e in analyzed_on(text, "offered")) == [("URY", "BRA"), ("URY", "PRY")]


def test_an_offer_between_the_two_governments_keeps_its_sides_when_no_pair_is_found():
    from newsgraph import analyze

    text = byline_story("Kuwait offered to host talks between the two governments on Monday.")
    assert [e.target.name for e in analyze(text).events if e.trigger.text == "offered"] == ["the two governments"]


def test_a_vote_on_a_states_application_blocked_is_rejected():
    # "block" took no vote, application or bid
    text = byline_story("Nigeria blocked a vote on Morocco's application to join the Economic Community of West African States on Thursday.")
    assert analyzed_on(text, "blocked") == [("REJECT", "blocked", "NGA", "MAR")]


def test_aircraft_barred_from_airspace_are_sanctioned():
    # "bar" took no aircraft: the ban had no event
    text = byline_story("Uzbekistan barred all aircraft of Kazakh airlines from its airspace on Sunday.")
    assert analyzed_on(text, "barred") == [("SANCTION", "barred", "UZB", "KAZ")]


def test_a_permanent_representative_recalled_is_a_recall():
    text = byline_story("Georgia recalled its permanent representative to the Council of Europe on Friday.")
    assert [e[:3] for e in analyzed_on(text, "recalled")] == [("SANCTION", "recalled", "GEO")]
