"""Round 27 of the event coder, from the event errors of the burned varied sets bench/unseen22 to unseen29,
checked on the older development sets (docs/events.md, rule 45).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on


_COMPLAINT_ABOUT_A_BRIDGE = (
    "Cambodia has asked an international court to rule on a bridge that Laos is building over the river, "
    "officials in Phnom Penh said on Monday.\n\n"
    "Vientiane rejected the complaint on Tuesday.\n"
)

_COMPLAINT_BY_A_THIRD_STATE = (
    "Cambodia has asked an international court to rule on a bridge that Laos is building over the river, "
    "officials in Phnom Penh said on Monday.\n\n"
    "Thailand rejected the complaint on Tuesday.\n"
)


def test_a_denied_complaint_answers_the_request_that_named_the_denier():
    # the request is aimed at the court, but its sentence is about Laos: Laos's denial answers Cambodia
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_COMPLAINT_ABOUT_A_BRIDGE, "rejected")] == [("REJECT", "LAO", "KHM")]


def test_a_complaint_that_names_another_state_is_not_the_deniers():
    # Thailand is not named in the request's sentence: the denial rule leaves the complaint unanswered, and the story's
    # other side (rule 89) is Cambodia, whose complaint it is
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_COMPLAINT_BY_A_THIRD_STATE, "rejected")] == [("REJECT", "THA", "KHM")]


_FILED_FROM_CANBERRA = (
    "CANBERRA, Nov 27 (Southern Wire) - A court in Hanoi jailed an Australian aid worker, Mark Dunn, for five years "
    "on Thursday, three months after police arrested him at his hotel in Ho Chi Minh City.\n\n"
    "Australia said it was deeply disappointed.\n"
)

_ARRESTED_AT_HOME = (
    "CANBERRA, Nov 27 (Southern Wire) - Police arrested two Vietnamese students at a hostel in Sydney on Thursday, "
    "officials said.\n\n"
    "Vietnam said it was deeply disappointed.\n"
)


def test_police_acting_in_another_state_are_not_the_datelines():
    # the police's own place phrase puts them in Vietnam, not in the Australian story's home
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_FILED_FROM_CANBERRA, "arrested")] == [("COERCE", "VNM", "AUS")]


def test_police_acting_at_home_keep_the_datelines_state():
    # a place of the dateline's own state leaves the home rule as it was
    assert [(e[0], e[2], e[3]) for e in analyzed_on(_ARRESTED_AT_HOME, "arrested")] == [("COERCE", "AUS", "VNM")]
