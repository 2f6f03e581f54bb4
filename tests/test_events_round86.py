"""Round 86 of the event coder (docs/events.md, rule 104): relief flown in loaded planes is aid; a breakaway region
recognised is support; a recall dismissed is a rejection.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, byline_story


def test_planes_flown_loaded_with_relief_deliver_aid():
    text = byline_story("Qatar flew two military transport planes loaded with tents, blankets and medicine to Kabul on Monday.")
    assert analyzed_events(text) == [("AID", "flew", "QAT", "AFG")]


def test_a_breakaway_region_recognised_as_a_state_is_supported():
    text = byline_story("Georgia recalled its ambassador from Managua on Wednesday, a day after Nicaragua recognised the breakaway "
                        "region of Abkhazia as an independent state.")
    assert analyzed_on(text, "recognised") == [("SUPPORT", "recognised", "NIC", "GEO")]


def test_a_recall_dismissed_is_rejected():
    text = byline_story("Somalia recalled its ambassador from Kigali on Wednesday over Rwanda's remarks on Somaliland.",
                        "Kigali dismissed the recall as a misunderstanding.")
    assert analyzed_on(text, "dismissed") == [("REJECT", "dismissed", "RWA", "SOM")]
