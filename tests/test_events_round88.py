"""Round 88 of the event coder (docs/events.md, rule 106): shipments, imports and exports blocked, and levies or duties
slapped on another state's goods, are sanctions; a counted object ("shipments of Kenyan tea") matches the pattern
its count noun names.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, byline_story


def test_shipments_of_another_states_goods_blocked_are_a_sanction():
    # the count noun was read through to "tea", which no pattern of "block" names
    text = byline_story("Ethiopia blocked shipments of Kenyan tea at the Moyale border post on Monday.")
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("SANCTION", "ETH", "KEN")]


def test_a_levy_slapped_on_imports_is_a_sanction():
    text = byline_story("Zambia slapped a 20 percent levy on imports of South African cement.")
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("SANCTION", "ZMB", "ZAF")]
