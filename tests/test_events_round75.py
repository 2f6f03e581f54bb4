"""Round 75 of the event coder: a report that promises another state's party harm, a penalty or action on a
condition is a threat, as "warned that…" is (docs/events.md, rule 93).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from .events_support import analyzed_events, analyzed_on


def story(city: str, sentence: str) -> str:
    """A two-line story: a headline, then the sentence under a dateline."""
    return f"Report\n\n{city} - {sentence}\n"


@pytest.mark.parametrize(("city", "sentence", "trigger", "expected"), [
    ("ATHENS", "Greece said Turkey would face consequences over the survey ship.", "said", ("THREATEN", "said", "GRC", "TUR")),
    ("NEW DELHI", "India told Pakistan it would pay a heavy price for the attack.", "told", ("THREATEN", "told", "IND", "PAK")),
    ("ATHENS", "The Greek foreign ministry said Turkish fishermen who entered its waters would face arrest.", "said",
     ("THREATEN", "said", "GRC", "TUR")),
])
def test_harm_or_a_penalty_promised_to_another_state_is_a_threat(city, sentence, trigger, expected):
    # no event: only "warned that…" read a promised penalty as a threat
    assert analyzed_on(story(city, sentence), trigger) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("KAMPALA", "Uganda said it would not hesitate to act if Kenya kept the ban.", ("THREATEN", "said", "UGA", "KEN")),
    ("BELGRADE", "Serbia said it would not stand idly by if Kosovo police entered the north.", ("THREATEN", "said", "SRB", "XKX")),
])
def test_action_vowed_on_a_condition_is_a_threat_to_whoever_must_meet_it(city, sentence, expected):
    assert analyzed_on(story(city, sentence), "said") == [expected]


@pytest.mark.parametrize("sentence", [
    "Economists said Kenyan exporters could face higher tariffs next year.",  # a forecast, not a government's
    "The minister said the farmers would pay a heavy price for the drought.",  # no other state's party
    "The minister said he would not hesitate to resign if the budget failed.",  # no party must meet the condition
])
def test_a_forecast_or_a_vow_about_oneself_is_no_threat(sentence):
    assert [e for e in analyzed_events(story("CITY", sentence)) if e[0] == "THREATEN"] == []
