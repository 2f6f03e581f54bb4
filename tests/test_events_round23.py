"""Round 23 of the event coder, from the event errors of the burned varied sets bench/unseen24 and unseen25
(newly burned) and unseen22, unseen23, unseen26 to unseen29, checked on the older development sets
(docs/events.md, rule 41).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on as _on, analyzed_typed as _typed

_events = analyzed_events


def test_a_rebuke_an_act_draws_from_states_is_theirs_and_aimed_at_the_actor():
    text = "Iran tested a cruise missile on Sunday, drawing sharp criticism from Israel and Saudi Arabia."
    assert sorted(_typed(text, "ACCUSE")) == [("ISR", "IRN"), ("SAU", "IRN")]
    # with no one named as the author of the act drawn on, there is nothing to code
    assert _typed("The decision drew criticism from opposition parties.", "ACCUSE") == []


def test_a_degree_of_alert_is_still_an_alert_and_no_party():
    text = "Armenia put its border units on the highest level of alert on Friday."
    assert _typed(text, "MOBILIZE") == [("ARM", None)]


def test_a_team_of_engineers_sent_to_a_state_is_aid():
    text = "Norway sent a team of electrical engineers to Moldova on Friday."
    assert _typed(text, "AID") == [("NOR", "MDA")]


def test_deliveries_cut_are_a_sanction_and_deliveries_restored_a_retreat():
    assert _typed("Russia cut oil deliveries to Belarus by half on Monday.", "SANCTION") == [("RUS", "BLR")]
    assert _typed("Russia restored oil deliveries to Belarus on Friday.", "RETREAT") == [("RUS", "BLR")]


def test_shadowing_a_foreign_ship_is_a_show_of_force():
    text = "A Norwegian corvette shadowed a Russian intelligence ship off Tromso on Friday."
    assert _typed(text, "MOBILIZE") == [("NOR", "RUS")]


def test_warships_moved_into_waters_are_a_show_of_force_not_an_incursion():
    text = "Turkey moved three frigates into the waters off Cyprus on Sunday."
    assert [e[0] for e in _events(text)] == ["MOBILIZE"]


def test_the_country_is_not_a_bloc_its_summit_or_the_city_it_met_in():
    text = ("DAKAR, Nov 30 - Foreign ministers lifted the sanctions imposed on Burkina Faso at a summit of the African "
            "Union in Addis Ababa on Sunday, a day after the country's junta freed 12 opposition leaders.")
    assert [e[2] for e in _on(text, "freed")] == ["BFA"]


def test_something_founded_jointly_is_cooperation_coded_once_per_pair():
    text = "Uruguay and Paraguay opened a joint customs office at the border on Monday."
    assert _typed(text, "COOPERATE") == [("URY", "PRY")]


def test_an_object_with_no_denies_the_act():
    assert _events("Canada threatens no sanctions against Iran.") == []
    assert _typed("Canada threatens sanctions against Iran.", "THREATEN") == [("CAN", "IRN")]


def test_people_other_than_diplomats_ordered_out_of_the_country_are_expelled():
    text = "Mali ordered the 20 members of a UN human rights team to leave the country within 72 hours."
    assert [e[0] for e in _on(text, "ordered")] == ["COERCE"]
    # a diplomat ordered out is still a sanction
    text = "Mali ordered Ghana's ambassador to leave the country within 72 hours."
    assert [e[0] for e in _on(text, "ordered")] == ["SANCTION"]


def test_a_count_of_people_held_at_home_released_in_the_passive_is_released_by_their_captors():
    text = ("LOME, Nov 22 - Togolese police arrested 30 protesters on Saturday. "
            "Eleven of them were released on Sunday without charge.")
    assert [(e[0], e[2], e[3]) for e in _on(text, "released")] == [("RETREAT", "TGO", "TGO")]
