"""Round 90 of the event coder (docs/events.md, rule 108): bus services, trains and ferries suspended are sanctions; jets
that force a flight down coerce it; a released aircraft and its passengers are released; a capital that opens its
sentence places a ministry named by title alone, before the resolver's link; heavy guns pulled back are a
withdrawal offered, not a rejection.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, byline_story


def test_bus_services_to_another_capital_suspended_are_a_sanction():
    text = byline_story("Cambodia has suspended its international bus services to Bangkok after a driver was beaten at the border.")
    assert analyzed_on(text, "suspended") == [("SANCTION", "suspended", "KHM", "THA")]


def test_freight_trains_suspended_on_a_line_to_another_capital_are_a_sanction():
    text = byline_story("Burkina Faso has suspended all freight trains on the Abidjan–Ouagadougou railway.")
    assert analyzed_events(text) == [("SANCTION", "suspended", "BFA", "CIV")]


def test_jets_forcing_a_foreign_airliner_to_land_coerce_it():
    text = byline_story("Two Belarusian fighter jets forced a Lithuanian airliner flying from Vilnius to Kyiv to land in Minsk on Friday.")
    assert analyzed_events(text) == [("COERCE", "forced", "BLR", "LTU")]


def test_an_aircraft_released_with_its_passengers_is_released():
    text = byline_story("Belarus released the aircraft and its passengers late on Friday night.")
    assert [(e[0], e[2]) for e in analyzed_events(text)] == [("RETREAT", "BLR")]


def test_a_ministry_in_a_sentence_opened_by_a_capital_is_that_capitals():
    # the resolver linked "the foreign ministry" to Senegal's, named in the sentence before
    text = byline_story("Senegal's foreign ministry summoned Spain's ambassador on Monday.",
                        "In Madrid, the foreign ministry denied any discrimination.")
    assert [(e[2], e[3]) for e in analyzed_events(text) if e[0] == "REJECT"] == [("ESP", "SEN")]


def test_heavy_guns_pulled_back_on_offer_are_an_offer():
    # "pull back from" was a rejection row, which the offer's complement matched
    text = byline_story("Bangkok offered on Monday to pull its heavy guns back 10 kilometres from the border if Cambodian forces did "
                        "the same.")
    assert [e[0] for e in analyzed_events(text)] == ["AGREE"]
