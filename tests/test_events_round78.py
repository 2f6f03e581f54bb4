"""Round 78 of the event coder (docs/events.md, rule 96): titles with "vice" kept whole by the tokenizer, a place
closed to another state's ships or people, and officers named by title alone in a story with no dateline.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import load

from .events_support import analyzed_events, analyzed_on, byline_story




@pytest.mark.parametrize("title", ["vice-minister", "vice-president", "Vice-President", "vice-chancellor"])
def test_a_title_with_vice_is_one_token(title):
    assert [t.text for t in load()(f"The {title} spoke.")] == ["The", title, "spoke", "."]


def test_other_hyphenated_words_still_split():
    assert [t.text for t in load()("a well-known vice squad")] == ["a", "well", "-", "known", "vice", "squad"]


def test_an_officer_named_by_a_vice_title_speaks_for_his_state():
    # the parser made the hyphen of "vice-minister" the subject: the accuser had no country
    text = byline_story("Costa Rica barred 31 Nicaraguan officials on Monday.",
                        "Nicaragua's vice-minister for foreign affairs, Rosa Elena Duarte, accused San José of sheltering criminals.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "NIC", "CRI")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the ports were the target
    ("Thailand closed the ports of Phuket to Burmese fishing boats on Monday.", [("SANCTION", "closed", "THA", "MMR")]),
    ("Egypt closed the ports of Alexandria and Port Said to Turkish cargo ships on Monday.", [("SANCTION", "closed", "EGY", "TUR")]),
])
def test_a_place_closed_to_another_states_ships_or_people_is_closed_against_that_state(sentence, expected):
    assert [e for e in analyzed_events(byline_story(sentence)) if e[0] == "SANCTION"] == expected


def test_a_boat_towed_to_a_port_keeps_the_boat_as_its_target():
    text = byline_story("A Senegalese coast guard boat towed the Gambian pirogue to the port of Dakar on Monday.")
    assert [e[3] for e in analyzed_on(text, "towed")] != ["SEN"]


@pytest.mark.parametrize(("paragraphs", "trigger", "expected"), [
    # the foreign minister, named by title and name alone, had no country
    (("Bolivia on Tuesday restricted the movements of Chilean diplomats in La Paz.",
      "\u201cWe will not accept this,\u201d Foreign Minister Ana Pereira told reporters. She accused La Paz of punishing diplomats for a quarrel over water."),
     "accused", [("ACCUSE", "accused", "CHL", "BOL")]),
    (("Bolivia on Tuesday restricted the movements of Chilean diplomats in La Paz.",
      "Foreign Minister Ana Pereira urged La Paz to lift the rule before the summit."),
     "urged", [("REQUEST", "urged", "CHL", "BOL")]),
])
def test_an_officer_named_by_title_alone_speaks_for_the_storys_other_side(paragraphs, trigger, expected):
    assert analyzed_on(byline_story(*paragraphs), trigger) == expected


def test_soldiers_with_no_country_take_no_side():
    text = byline_story("Bolivia on Tuesday restricted the movements of Chilean diplomats in La Paz.",
                        "Soldiers warned the villagers to stay away from the border post.")
    assert all(e[2] is None for e in analyzed_on(text, "warned"))


def test_with_a_dateline_the_officer_is_placed_by_it():
    text = "Report\n\nLA PAZ, Dec 1 (Andes Wire) - Bolivia restricted the movements of Chilean diplomats on Tuesday.\n\n" \
           "Foreign Minister Ana Pereira urged Santiago to withdraw its protest.\n"
    assert [e[2] for e in analyzed_on(text, "urged")] == ["BOL"]
