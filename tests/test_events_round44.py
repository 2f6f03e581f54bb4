"""Round 44 of the event coder: the parties of events found, from invented wire stories on the Middle East, South
Asia, East Africa and Central and East Asia filed from a third country's bureau (docs/events.md, rule 62).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed


def test_two_sides_that_clash_on_their_border_fight_each_other():
    # main: each side → "their border" (no country): the "on" phrase of a fight was read as its target
    text = "Uzbek and Kyrgyz troops clashed on their border on Friday, a regional governor said.\n"
    assert sorted(analyzed_typed(text, "ASSAULT")) == [("KGZ", "UZB"), ("UZB", "KGZ")]


def test_a_fight_with_a_named_side_keeps_it():
    # guard: "with" names the other side, the "on" phrase stays a place
    text = "Uzbek troops clashed with Kyrgyz border guards on the frontier on Friday.\n"
    assert sorted(analyzed_typed(text, "ASSAULT")) == [("KGZ", "UZB"), ("UZB", "KGZ")]


def test_a_threat_that_its_own_state_will_act_is_aimed_at_who_acted_on_it():
    # main: THREATEN DJI → DJI (the state named as the doer of the threatened act)
    text = ("Eritrea expelled Djibouti's ambassador on Monday. Djibouti's foreign minister warned that Djibouti would "
            "close the border if the expulsions continued.\n")
    assert analyzed_typed(text, "THREATEN") == [("DJI", "ERI")]


def test_a_threat_by_its_capital_is_aimed_at_who_acted_on_it():
    # main: THREATEN KEN → KEN
    text = ("Uganda seized three Kenyan fishing boats on Lake Victoria. Kenya's foreign minister warned that Nairobi "
            "would recall its ambassador if the boats were not returned.\n")
    assert analyzed_typed(text, "THREATEN") == [("KEN", "UGA")]


def test_a_threat_to_go_to_a_court_abroad_is_aimed_at_the_other_side():
    # main: THREATEN GEO → "an arbitration court"(SWE): the court's city is the venue
    text = ("Azerbaijan cut gas supplies to Georgia on Monday. Tbilisi threatened to take the dispute to an arbitration "
            "court in Stockholm.\n")
    assert analyzed_typed(text, "THREATEN") == [("GEO", "AZE")]


def test_a_threat_to_take_a_state_to_court_keeps_that_state():
    # guard: the state named as taken to court is the target
    text = ("Uganda seized three Kenyan fishing boats on Lake Victoria. Kenya threatened to take Uganda to the East "
            "African Court of Justice in Arusha.\n")
    assert analyzed_typed(text, "THREATEN") == [("KEN", "UGA")]


def test_the_place_a_naming_verb_carries_places_what_it_names():
    # main: ASSAULT PAK → "militant hideouts"(PAK), the dateline's state; the parser hangs "in eastern Afghanistan"
    # on "called"
    text = ("ISLAMABAD, Nov 21 (Reuters) - Pakistani aircraft struck what the military called militant hideouts in "
            "eastern Afghanistan on Friday.\n")
    assert analyzed_typed(text, "ASSAULT") == [("PAK", "AFG")]


def test_a_dated_dateline_with_an_outlet_does_not_hide_the_subject():
    # main: no event (the parser hangs "Kyrgyz" on "Reuters" inside the dateline)
    text = "ASTANA, Dec 2 (Reuters) - Kyrgyz and Kazakh border guards exchanged fire on Wednesday.\n"
    assert sorted(analyzed_typed(text, "ASSAULT")) == [("KAZ", "KGZ"), ("KGZ", "KAZ")]


def test_a_story_at_home_that_names_another_state_more_keeps_its_dateline():
    # guard: a story at home keeps its dateline's state however often it names the U.S.
    text = (
        "AMMAN (Reuters) - Jordan's Islamist opposition said on Monday it would boycott next month's vote.\n"
        "The opposition accused the government of rigging the electoral law.\n"
        "The United States said it was following the dispute.\n"
        "A U.S. official said Washington hoped for a fair vote.\n"
        "The U.S. embassy declined to comment.\n"
    )
    assert analyzed_typed(text, "ACCUSE") == [("JOR", "JOR")]


def test_a_government_saying_its_own_state_should_act_asks_no_one():
    # main: REQUEST USA → USA ("said … should" read as a demand of the state named)
    text = "The U.S. president again said Washington should control the island.\n"
    assert analyzed_typed(text, "REQUEST") == []


def test_the_opposition_saying_its_state_must_act_still_asks():
    # guard: a party outside government asks its own state; a minister asks another
    assert analyzed_typed("Kenya's opposition leader said Kenya must leave the regional force.\n", "REQUEST") == [("KEN", "KEN")]
    assert analyzed_typed("The Ugandan foreign minister said Kenya must return the boats.\n", "REQUEST") == [("UGA", "KEN")]


def test_a_threat_that_his_government_will_act_is_aimed_at_who_acted_on_it():
    # main: THREATEN DJI → "his government"(DJI)
    text = ("Eritrea expelled Djibouti's ambassador on Monday. The Djiboutian foreign minister warned that his "
            "government would close the border if the expulsions continued.\n")
    assert analyzed_typed(text, "THREATEN") == [("DJI", "ERI")]


def test_the_opposition_warning_of_its_own_government_stays_at_home():
    # guard: a speaker outside government warns about the government at home, not the state that acted on it
    text = ("Eritrea expelled Djibouti's ambassador on Monday. Djibouti's opposition leader warned that the government "
            "would fall if the expulsions continued.\n")
    assert analyzed_typed(text, "THREATEN") == [("DJI", "DJI")]


