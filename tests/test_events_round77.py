"""Round 77 of the event coder (docs/events.md, rule 95): critics at home of a government named by its title,
weapons fired from a state's side of a border, forces moved measured from another state's border, talks between
sides named by reference, prisoners handed over, offers of forces, and Male as the Maldives' capital.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from .events_support import analyzed_events, analyzed_on, byline_story


def story(city: str, *sentences: str) -> str:
    """A story: a headline, then the sentences under a dateline, one paragraph each."""
    return f"Report\n\n{city} - " + "\n\n".join(sentences) + "\n"




def test_critics_of_a_government_named_by_title_are_its_own_people():
    # the senator had no country
    text = byline_story("The Philippine government thanked Indonesia for 5,000 tonnes of rice on Monday.",
                        "Senator Ramon Cruz accused the government of leaving Leyte to the kindness of neighbours.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "PHL", "PHL")]


def test_a_critic_of_another_states_named_office_takes_no_country_from_it():
    text = story("WINDHOEK", "Namibia suspended a park pact with Angola on Monday.",
                 "A ranger, Petrus Amukoto, accused Angolan border guards of selling horn.")
    assert [e[2] for e in analyzed_on(text, "accused")] != ["AGO"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the parser makes "fired" the main verb and the deed its conjunct: the deed had no actor and was dropped
    ("Mortar rounds fired from the Armenian side of the border killed two Azerbaijani soldiers on Friday.",
     [("ASSAULT", "killed", "ARM", "AZE")]),
    ("Tank shells fired from the Syrian side of the border struck a Turkish army post on Saturday.",
     [("ASSAULT", "struck", "SYR", "TUR")]),
])
def test_a_weapon_fired_from_a_states_side_of_the_border_is_that_states(sentence, expected):
    assert [e for e in analyzed_events(story("BAKU", sentence)) if e[0] == "ASSAULT"] == expected


def test_a_weapon_fired_by_someone_named_stays_theirs():
    text = story("SANAA", "A missile fired by the Houthi rebels hit a Saudi tanker on Monday.")
    assert [e[2] for e in analyzed_events(text) if e[0] == "ASSAULT"] == ["YEM"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the place the forces went, at home or in a third state, was the target
    ("Azerbaijan has deployed two rocket batteries near Ganja, less than 30 kilometres from the Armenian border.", ("AZE", "ARM")),
    ("Russia has moved 30 attack helicopters to an airbase in Belarus's Brest region, some 50 kilometres from the Polish border.",
     ("RUS", "POL")),
])
def test_forces_moved_near_another_states_border_face_it(sentence, expected):
    assert [e[2:] for e in analyzed_events(story("BAKU", sentence)) if e[0] == "MOBILIZE"] == [expected]


def test_forces_moved_to_their_own_border_keep_their_target():
    text = story("NAIROBI", "Kenya deployed troops near the border with Somalia on Monday.")
    assert [e[2:] for e in analyzed_events(text) if e[0] == "MOBILIZE"] == [("KEN", "SOM")]


def test_talks_between_sides_named_by_reference_are_between_the_last_two_states():
    # "between their corps commanders" named no party: the talks were dropped
    text = story("NEW DELHI", "Indian and Chinese troops pulled back from two posts in Ladakh over the weekend, after the "
                              "19th round of talks between their corps commanders ended with an agreement to restore patrols.")
    assert sorted(e[2:] for e in analyzed_on(text, "round")) == [("CHN", "IND"), ("IND", "CHN")]


def test_the_next_meeting_of_two_countries_is_no_event():
    text = story("BISHKEK", "Kazakhstan offered passports to ethnic Kazakhs in Talas on Monday.",
                 "The government says it will raise the decree at the next meeting of the two countries' council.")
    assert [e for e in analyzed_events(text) if e[1] == "meeting"] == []


def test_prisoners_handed_to_their_state_are_released_to_it():
    text = story("TASHKENT", "Uzbekistan's president on Saturday pardoned six Tajik border guards, and Uzbek officers handed "
                             "the men to Tajik officials at the Oybek crossing two hours later.")
    assert analyzed_on(text, "handed") == [("RETREAT", "handed", "UZB", "TJK")]


def test_an_offer_of_forces_to_defend_another_state_is_an_offer():
    # a conflictual complement made the offer a threat
    text = story("TALLINN", "Russia moved 20 attack helicopters to Pskov, a deployment that prompted Finland to offer "
                            "four fighter jets to patrol Estonian skies.")
    assert analyzed_on(text, "offer") == [("AGREE", "offer", "FIN", "EST")]


def test_male_is_the_maldives_capital_in_a_story_on_the_maldives():
    # "Male" (left out of the gazetteer for its other reading) took the story's other state
    text = story("COLOMBO", "India flew 40 doctors into Male on Thursday, and China sent a hospital ship to the Maldives.")
    assert [e[2:] for e in analyzed_on(text, "flew")] == [("IND", "MDV")]


def test_male_is_no_capital_where_the_maldives_are_not_named():
    text = story("NAIROBI", "Male voters queued for hours in Nairobi on Thursday.")
    assert all("MDV" not in e[2:] for e in analyzed_events(text))
