"""Round 33 of the event coder: envoys told to leave, and envoys sent out of a room (docs/events.md, rule 51).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on

DATELINE = "HELSINKI, Dec 3 (Northern Wire) — "


def test_envoys_told_to_leave_in_the_passive_are_expelled_by_the_reporting_ministry():
    # main: no event ("tell" is a reporting verb, no trigger)
    text = DATELINE + "Three Estonian diplomats in Minsk would be told to leave, the Belarusian foreign ministry said.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "told")] == [("SANCTION", "BLR", "EST")]


def test_a_state_telling_an_ambassador_to_leave_the_country_expels_him():
    text = DATELINE + "Finland told the Belarusian ambassador to leave the country by Friday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "told")] == [("SANCTION", "FIN", "BLR")]


def test_telling_an_envoy_what_one_will_do_oneself_is_no_expulsion():
    # guard: "leave" in a clause with its own subject is the speaker's plan, not an order to the envoy
    text = DATELINE + "The Finnish minister told the Belarusian ambassador he would leave for Brussels on Monday.\n"
    assert [e for e in analyzed_on(text, "told") if e[0] == "SANCTION"] == []


def test_telling_an_envoy_not_to_leave_is_no_expulsion():
    text = DATELINE + "Finnish officials told the Belarusian ambassador not to leave the embassy during the protest.\n"
    assert [e for e in analyzed_on(text, "told") if e[0] == "SANCTION"] == []


def test_an_ambassador_ordered_out_of_a_meeting_is_not_expelled():
    # main: SANCTION (an expulsion); he only had to leave the room
    text = DATELINE + "The chairman of the forum ordered the Belarusian ambassador to leave the meeting after a shouting match.\n"
    assert [e[0] for e in analyzed_on(text, "ordered")] == ["REQUEST"]


def test_an_ambassador_ordered_out_of_the_chamber_in_the_passive_is_not_expelled():
    text = DATELINE + "The Belarusian ambassador was ordered to leave the chamber after he interrupted the Finnish speaker.\n"
    assert "SANCTION" not in [e[0] for e in analyzed_on(text, "ordered")]


def test_an_ambassador_ordered_to_leave_the_country_is_still_expelled():
    # guard: the venue check leaves the expulsion itself alone
    text = DATELINE + "Finland ordered the Belarusian ambassador to leave the country within 48 hours.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "ordered")] == [("SANCTION", "FIN", "BLR")]
