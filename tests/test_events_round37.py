"""Round 37 of the event coder: errors found by coding invented wire stories (docs/events.md, rule 55).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on

PLEDGE_STORY = (
    "NAIROBI (AP) — Kenya on Monday closed its border with Somalia.\n\n"
    "Uganda pledged to send soldiers to reinforce a peacekeeping force in Somalia next month.\n"
)


def test_a_pledge_to_deploy_is_aimed_at_the_state_its_words_place_it_in():
    # main: THREATEN UGA → "NAIROBI"(KEN), the dateline, though the troops go to Somalia
    assert [(e[0], e[2], e[3]) for e in analyzed_on(PLEDGE_STORY, "pledged")] == [("THREATEN", "UGA", "SOM")]


def test_a_pledge_that_names_no_place_keeps_the_dateline():
    # guard: with no place of its own, the act is still placed where the story is filed
    text = "NAIROBI (AP) — Kenya on Monday closed its border with Somalia.\n\nUganda pledged to send soldiers.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "pledged")] == [("THREATEN", "UGA", "KEN")]


def test_the_place_of_a_source_is_not_where_the_act_is_done():
    # guard: "according to the Moroccan army in Mauritania" names who told it, not where the aid went
    text = (
        "DAKAR, May 4 (Reuters) - Senegal recalled its ambassador from Mali on Friday.\n\n"
        "Morocco sent a transport plane with medical supplies from Rabat on Sunday, according to the Moroccan army in "
        "Mauritania.\n"
    )
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "sent")] == [("AID", "MAR", "SEN")]


def test_sending_border_guards_to_a_neighbour_is_a_deployment():
    # main: no event (only troops, soldiers, forces and warships sent were deployments)
    text = "Estonia sent border guards to Latvia on Tuesday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "sent border guards")] == [("MOBILIZE", "EST", "LVA")]


def test_sending_gendarmes_abroad_is_a_deployment():
    # main: no event
    text = "Greece sent gendarmes to Cyprus.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "sent gendarmes")] == [("MOBILIZE", "GRC", "CYP")]
