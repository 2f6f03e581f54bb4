"""Round 95 of the event coder (docs/events.md, rule 113): "Congo" and "Congolese" are the Republic of the Congo's in a
text that names Brazzaville or the Republic and nothing only the Democratic Republic has.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from newsgraph.extract.countries import find_countries

from .events_support import analyzed_events, byline_story


def test_congolese_in_a_brazzaville_story_is_the_republic():
    text = byline_story("The Central African bloc suspended the Republic of the Congo on Friday over its president's term extension.",
                        "Brazzaville answered within hours. The Congolese foreign ministry rejected the suspension and said Congo was "
                        "recalling its ambassador from Libreville.")
    assert sorted({e[2] for e in analyzed_events(text) if e[0] in ("REJECT", "SANCTION") and e[1] != "suspended"}) == ["COG"]


def test_congolese_in_a_kinshasa_story_is_the_democratic_republic(parse):
    doc = parse("Kinshasa accused Rwanda of backing the rebels. The Congolese army said it had retaken the town.")
    assert [m.code for m in find_countries(doc) if m.text == "Congolese"] == ["COD"]


def test_congolese_with_both_capitals_named_stays_the_democratic_republic(parse):
    doc = parse("Officials from Brazzaville and Kinshasa met on the river. The Congolese delegation left early.")
    assert [m.code for m in find_countries(doc) if m.text == "Congolese"] == ["COD"]
