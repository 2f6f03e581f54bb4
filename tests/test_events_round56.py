"""Round 56 of the event coder: parties and their countries in invented wire stories (a border crossing closed, envoys
given days to leave, police taking over municipal offices, shelling in a province the gazetteer did not know, a boat's crew; docs/events.md,
rule 74).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_on


def test_a_crossing_with_a_state_owned_by_its_is_aimed_at_that_state():
    # "its" owns the crossings, so the phrase took the actor's own state (NOR -> NOR)
    text = ("Crossings shut\n\n"
            "Norway has shut three of its five crossings with Russia since March, the justice ministry said.\n")
    assert analyzed_on(text, "shut three of its five crossings") == [("SANCTION", "shut three of its five crossings", "NOR", "RUS")]


def test_control_taken_of_what_the_parser_hangs_on_the_verb():
    # the "of" phrase hangs on "took", so "control" itself (or a word of the phrase) was the target
    from newsgraph import analyze

    text = ("Stations taken over\n\n"
            "Kosovo police took control of four Serb-run police stations in the town of Zubin Potok on Monday.\n")
    taken = [e for e in analyze(text, published="2026-11-20").events if e.trigger.text == "took control"]
    assert [(e.type, e.actor.country, e.target.name, e.target.country) for e in taken] == [
        ("COERCE", "XKX", "four Serb-run police stations", "SRB")]


def test_the_diplomats_take_up_the_diplomats_expelled_before():
    # the plural envoy noun took the story's own state (EST) instead of the diplomats named one sentence before
    text = ("Diplomats expelled\n\n"
            "TALLINN (Reuters) - Estonia expelled two Chinese diplomats on Monday, the foreign ministry said.\n"
            "The ministry gave the diplomats three days to leave.\n")
    assert [target for _, _, _, target in analyzed_on(text, "gave the diplomats")] == ["CHN"]


def test_a_province_the_gazetteer_now_knows_places_the_target():
    # "Kunar" was unknown, so the villages took the dateline's state (PAK)
    text = ("Shelling\n\n"
            "ISLAMABAD (Reuters) - An Afghan official said Pakistani troops had shelled villages in Kunar overnight.\n")
    assert analyzed_on(text, "shelled") == [("ASSAULT", "shelled", "PAK", "AFG")]


def test_its_crew_after_a_boat_is_the_boats():
    # "Its crew" took the subject of the sentence before (the Italian patrol vessel): ITA -> ITA
    text = ("Warning shots\n\n"
            "ROME (Reuters) - The Italian coast guard fired warning shots at a Tunisian trawler on Sunday.\n"
            "A patrol vessel stopped the trawler south of Lampedusa and ordered it to turn back. Its crew then tried to "
            "ram the patrol vessel, the coast guard said.\n")
    assert [(actor, target) for _, _, actor, target in analyzed_on(text, "ram")] == [("TUN", "ITA")]
