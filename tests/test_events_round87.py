"""Round 87 of the event coder (docs/events.md, rule 105): dhows, canoes, pirogues, tankers, freighters and ferries
are boats; a boat's home port names its state; "their crew" in the sentence that seizes boats is the boats' crew.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, byline_story


def test_dhows_seized_and_their_crews_detained_are_of_the_dhows_home_port():
    # the seizure of "two of the dhows" was dropped as goods seized, and "their crew members" took the coast guard's state
    text = byline_story("Mozambique sent two patrol boats to escort 60 fishing dhows from Pemba into Tanzanian waters. By nightfall the "
                        "Tanzanian coast guard had seized two of the dhows off Msimbati and detained their 14 crew members.")
    assert [e for e in analyzed_events(text) if e[0] == "COERCE"] == [("COERCE", "seized", "TZA", "MOZ"), ("COERCE", "detained", "TZA", "MOZ")]


def test_a_navy_tanker_that_delivers_fuel_acts_for_its_state():
    # "tanker" was no vessel, so the tanker was no party
    text = byline_story("A Venezuelan navy tanker delivered 30,000 tonnes of diesel to Havana on Tuesday night.")
    assert analyzed_events(text) == [("AID", "delivered", "VEN", "CUB")]
