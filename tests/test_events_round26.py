"""Round 26 of the event coder, from the event errors of the burned varied sets bench/unseen22 to unseen29,
checked on the older development sets (docs/events.md, rule 44).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed as _typed

_events = analyzed_events


_UNDATED_STORY = (
    "Lisbon protests after fishermen are held\n\n"
    "By A. Writer, Tagus Evening Post\n\n"
    "Portugal on Tuesday summoned the Spanish ambassador after police detained two Portuguese fishermen off the Minho estuary.\n\n"
    "Portugal said the men had been in Portuguese waters, and Portugal asked for consular access. "
    "The boats were towed to Vigo in Spain.\n\n"
    "The foreign minister, Tomás Pereira, accused the Spanish coast guard of breaking a 2019 fishing accord.\n"
)


def test_an_office_in_an_undated_story_is_the_story_states():
    # no dateline: the foreign minister the text gives no state is that of the state the story names most
    assert [(e[2], e[3]) for e in _events(_UNDATED_STORY) if e[1] == "accused"] == [("PRT", "ESP")]


def test_police_who_hold_the_story_states_people_are_not_its_own():
    # the police detain Portuguese fishermen: the story's state is what they act on, so they are not given it
    assert [e[2] for e in _events(_UNDATED_STORY) if e[1] == "detained"] == [None]


def test_an_office_takes_no_state_when_two_are_named_as_often():
    text = (
        "Neighbours trade charges over river dam\n\n"
        "By A. Writer, Delta Evening Post\n\n"
        "Egypt and Sudan traded charges on Monday over the flooding of a river dam. "
        "Egypt blamed Sudan for opening the gates, and Sudan blamed Egypt for the silt.\n\n"
        "The water rose by two metres overnight and reached the lower fields by dawn.\n\n"
        "The irrigation minister accused engineers at the dam of ignoring the rain forecasts.\n"
    )
    actors = [e[2] for e in _events(text) if e[0] == "ACCUSE" and e[3] is None]
    assert "EGY" not in actors and "SDN" not in actors


def test_an_office_takes_the_state_named_most():
    text = (
        "Neighbours trade charges over river dam\n\n"
        "By A. Writer, Delta Evening Post\n\n"
        "Egypt traded charges with its neighbour on Monday over the flooding of a river dam. "
        "Egypt blamed Sudan for opening the gates, and Sudan blamed Egypt for the silt.\n\n"
        "The water rose by two metres overnight and reached the lower fields by dawn.\n\n"
        "The irrigation minister accused engineers at the dam of ignoring the rain forecasts.\n"
    )
    assert "EGY" in [e[2] for e in _events(text) if e[0] == "ACCUSE" and e[1] == "accused"]


def test_an_office_whose_clause_names_the_story_state_is_not_given_it():
    text = _UNDATED_STORY.replace(
        "accused the Spanish coast guard of breaking a 2019 fishing accord", "accused Portugal's own coast guard of failing the fishermen"
    )
    assert [e[2] for e in _events(text) if e[1] == "accused"] == [None]
