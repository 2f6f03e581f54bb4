"""Round 94 of the event coder (docs/events.md, rule 112): a town a sentence opens with ("In Belém, …") places the
event there, before the dateline, even when the tagger did not call it a place; an organisation named by a region's
word and the word of a body of governments is a body of that region's states (IGO); police deployed in a passive are
the ones who move.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed


def test_an_opening_town_places_a_crowd_before_the_dateline():
    text = ("Report\n\nPARAMARIBO, Nov 21 (Marowijne Wire) -\n\n"
            "Surinamese troops detained 43 Brazilian gold miners on the Lawa river on Wednesday.\n\n"
            "In Belém, several hundred relatives of the miners marched to the Surinamese consulate on Friday afternoon.\n")
    assert [e[2] for e in analyzed_events(text) if e[0] == "PROTEST"] == ["BRA"]


def test_a_regional_council_of_governments_is_an_igo():
    text = "Report\n\nThe West African Examinations Council urged Ghana to reopen the exam centres.\n"
    assert analyzed_typed(text, "REQUEST") == [("IGO", "GHA")]


def test_police_deployed_in_a_passive_are_the_actor():
    text = "Report\n\nADDIS ABABA, Nov 28 (Horn Wire) -\n\nFederal police were deployed around the refugee camp near Metema on Friday night.\n"
    assert [e[2] for e in analyzed_events(text) if e[0] == "MOBILIZE"] == ["ETH"]
