"""Round 97 of the event coder (docs/events.md, rule 115), from the burned sets unseen65 and unseen67–69: expulsions of
a chargé d'affaires or a minister, warning shots and fire returned to them, acts in a "since" clause of a lasting
state, joint raids, works two states inaugurate, prisoners returned by nationality, "its spokesman" after the party an
earlier sentence acted on, who is sent on an offer, trucks held at a crossing, and "over the weekend" as a date.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_countries, byline_story


def test_expelling_a_charge_d_affaires_is_a_sanction_with_either_apostrophe():
    for apostrophe in ("'", "\u2019"):
        text = byline_story(f"Tegucigalpa expelled the Nicaraguan chargé d{apostrophe}affaires, Luis Ortez, on Friday.")
        assert analyzed_countries(text) == [("SANCTION", "HND", "NIC")]


def test_expelling_a_foreign_minister_from_a_summit_is_a_sanction():
    text = byline_story("Panama expelled Venezuela's foreign minister, Rosa Ibarra, from a regional summit on Thursday.")
    assert analyzed_countries(text) == [("SANCTION", "PAN", "VEN")]


def test_warning_shots_are_a_show_of_force_aimed_at_the_boat_whose_bow_they_cross():
    text = byline_story("A Greek patrol boat fired warning shots across the bow of a Turkish fishing vessel near Lesbos on "
                        "Sunday.")
    assert analyzed_countries(text) == [("MOBILIZE", "GRC", "TUR")]


def test_fire_returned_to_warning_shots_is_a_show_of_force_aimed_back():
    text = byline_story("A Thai gunboat fired warning shots across the bow of a Cambodian patrol boat on Monday, and the "
                        "Cambodian crew fired back with shots of their own.")
    assert analyzed_countries(text) == [("MOBILIZE", "THA", "KHM"), ("MOBILIZE", "KHM", "THA")]


def test_fire_returned_to_an_attack_stays_an_attack():
    text = byline_story("Thai soldiers fired on a Cambodian border post on Monday, and the Cambodian guards fired back.")
    assert ("ASSAULT", "KHM", "THA") in analyzed_countries(text)


def test_acts_in_a_since_clause_of_a_lasting_state_are_background():
    text = byline_story("Ties between the neighbours have been tense since Chad withdrew from a 2019 security pact brokered "
                        "by Khartoum.")
    assert analyzed_countries(text) == []
    text = byline_story("Relations have been frosty since Uganda hosted peace talks between Kinshasa and the rebels.")
    assert analyzed_countries(text) == []


def test_a_since_of_reason_does_not_make_an_act_background():
    text = byline_story("Since the talks failed, Benin expelled two Nigerien diplomats on Monday.")
    assert analyzed_countries(text) == [("SANCTION", "BEN", "NER")]


def test_joint_raids_of_two_states_are_cooperation():
    text = byline_story("Ecuador and Colombia carried out their first joint raids against gold smugglers on Tuesday.")
    assert analyzed_countries(text) == [("COOPERATE", "ECU", "COL"), ("COOPERATE", "COL", "ECU")]


def test_two_states_leaders_inaugurating_a_work_cooperate_once_and_a_button_pressed_asks_nothing():
    text = byline_story("The presidents of Malawi and Mozambique inaugurated a new bridge over the Shire on Friday, pressing "
                        "a button together as the barrier rose.")
    assert analyzed_countries(text) == [("COOPERATE", "MWI", "MOZ")]


def test_one_state_opening_a_bridge_does_not_cooperate():
    text = byline_story("Malawi opened a new bridge over the Shire on Friday.")
    assert not [e for e in analyzed_countries(text) if e[0] == "COOPERATE"]


def test_prisoners_returned_by_nationality_are_released():
    text = byline_story("Georgia handed nine Armenian prisoners to Armenia on Thursday, while Armenia returned six Georgians "
                        "serving sentences for smuggling in its jails.")
    assert ("RETREAT", "ARM", "GEO") in analyzed_countries(text)


def test_migrants_returned_by_nationality_are_not_released_prisoners():
    text = byline_story("Pakistan returned 300 Afghans living without papers in Karachi on Monday.")
    assert not [e for e in analyzed_countries(text) if e[0] == "RETREAT"]


def test_its_spokesman_after_a_government_an_earlier_sentence_acted_on_is_that_governments():
    text = byline_story("The deal has angered Mali's military government, which was not consulted. In a statement, its "
                        "spokesman, Colonel Issa Traoré, accused Nouakchott of acting behind its back.")
    assert analyzed_countries(text) == [("ACCUSE", "MLI", "MRT")]


def test_who_is_sent_on_an_offer_is_no_target():
    text = byline_story("Hackers shut down the website of Ghana's electoral commission on Monday.",
                        "The United States offered to send a team of FBI specialists to help with the investigation.")
    assert ("AGREE", "USA", "USA") not in analyzed_countries(text)


def test_trucks_held_at_a_crossing_are_coerced():
    text = byline_story("Kenyan customs officers have held 40 trucks carrying maize for the World Food Programme at the "
                        "Busia crossing since Saturday.")
    assert analyzed_countries(text) == [("COERCE", "KEN", "IGO")]


def test_a_pullback_over_the_weekend_is_dated_by_the_weekend_not_by_a_year_in_its_since_phrase():
    text = byline_story("Armenia and Azerbaijan pulled their troops back from a strip of the border over the weekend, the "
                        "first withdrawal since clashes in 2021 and 2022.",
                        "Officials inspected the strip on Monday.")
    assert [e for e in analyzed_countries(text, "2026-12-01") if e[0] == "RETREAT"] == [("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")]


def test_an_officeholders_office_as_subject_acts_for_its_state():
    text = byline_story("Suva reacted angrily. The prime minister's office accused Canberra of meddling in the police.")
    assert analyzed_countries(text) == [("ACCUSE", "FJI", "AUS")]
    # an office named by its adjective is a party too (its state is left to the text)
    text = byline_story("The presidential office accused Canberra of meddling.")
    assert [(e[0], e[2]) for e in analyzed_countries(text)] == [("ACCUSE", "AUS")]


def test_an_office_marched_to_is_a_place_not_a_party():
    text = byline_story("About 400 miners marched to the district office in Kitwe on Monday.")
    assert [e[0] for e in analyzed_countries(text)] == ["PROTEST"]


def test_an_offer_with_no_recipient_goes_where_the_storys_aid_goes():
    # the story's quarrel is Nigeria's with Benin; the help goes to Niger
    text = byline_story("Nigeria sent five million litres of fuel to Niger on Monday after a fire shut the Zinder refinery.",
                        "Nigeria also closed its border with Benin on Monday. Benin accused Nigeria of blackmail.",
                        "Algeria offered to send a further two million litres by road.")
    assert [e for e in analyzed_countries(text) if e[0] == "AGREE"] == [("AGREE", "DZA", "NER")]


def test_a_nurse_freed_is_released():
    text = byline_story("A South Korean nurse abducted by gunmen in northern Mozambique was freed on Thursday.")
    assert analyzed_countries(text) == [("RETREAT", None, "KOR")]
