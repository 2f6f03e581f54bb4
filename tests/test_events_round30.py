"""Round 30 of the event coder, from the event errors of the burned sets bench/unseen16, 17 and 22 to 29,
checked on the older development sets (docs/events.md, rule 48).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed


def test_a_delegation_led_by_a_states_minister_is_that_states():
    text = ("AMMAN, Nov 20 (Desert Ledger) — Lebanon's energy minister, Samir Haddad, said on Monday that the pipeline "
            "tariff was too high.\n\n"
            "A delegation led by the minister, Samir Haddad, flew to Amman on Tuesday for talks with the Jordanian "
            "energy regulator.\n")
    assert [(e[0], e[2]) for e in analyzed_on(text, "flew to Amman on Tuesday for")] == [("CONSULT", "LBN")]


def test_a_delegation_led_by_no_one_named_keeps_no_country():
    # guard: without "led by", the delegation's state is not guessed from the sentence
    text = "ADDIS ABABA, Nov 20 (Rift Wire) — A delegation met Ethiopian officials on Monday to discuss the dam.\n"
    assert [e[2] for e in analyzed_on(text, "met")] in ([], [None], ["ETH"])


def test_a_force_led_by_a_state_acts_for_it():
    text = "BAMAKO, Nov 20 (Niger Bend Wire) — A force led by France attacked rebel positions near Kidal on Monday.\n"
    assert [(e[0], e[2]) for e in analyzed_on(text, "attacked")] == [("ASSAULT", "FRA")]


def test_a_shooting_a_side_says_it_made_only_in_answer_is_no_new_attack():
    text = ("ISLAMABAD, Nov 20 (Indus Wire) — Afghan border guards fired on two Pakistani fuel lorries near Chaman "
            "on Monday.\n\n"
            "An Afghan official told reporters that the guards had opened fire only after the drivers ignored "
            "two warning shots.\n")
    assert analyzed_on(text, "opened fire") == []
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "fired on")] == [("ASSAULT", "AFG", "PAK")]


def test_soldiers_a_ministry_says_only_fired_back_make_no_new_attack():
    text = ("DUSHANBE, Nov 20 (Pamir Wire) — Kyrgyz border guards shelled a Tajik village near Vorukh on Monday.\n\n"
            "Tajikistan's defence ministry said its soldiers had only fired on the Kyrgyz post.\n")
    assert analyzed_on(text, "fired on") == []
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "shelled")] == [("ASSAULT", "KGZ", "TJK")]


def test_an_attack_told_by_the_text_after_another_still_counts():
    # guard: no "only", no reported speech: both attacks are told
    text = ("NEW DELHI, Nov 20 (Ganges Wire) — Pakistani troops opened fire on an Indian post near Poonch on Monday, "
            "and Indian troops fired on Pakistani positions an hour later.\n")
    assert ("ASSAULT", "PAK", "IND") in [(e[0], e[2], e[3]) for e in analyzed_on(text, "opened fire")]


def test_the_security_council_extending_a_missions_mandate_agrees():
    text = ("NEW YORK, Nov 20 (Harbour Wire) — The UN Security Council on Monday extended the mandate of its "
            "peacekeeping force in Lebanon for another year.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "extended")] == [("AGREE", "IGO", "LBN")]


def test_a_parliament_extending_a_commissions_mandate_is_no_event():
    # guard: only the Council or the UN extends a mission's mandate as an agreement with its host
    text = "LIMA, Nov 20 (Andes Wire) — Peru's congress extended the mandate of its ethics commission until June.\n"
    assert analyzed_typed(text, "AGREE") == []


def test_an_arrest_between_states_told_in_a_when_clause_is_coded():
    text = ("KATHMANDU, Nov 20 (Himal Wire) — The pilgrim crossing at Bhittamod had been closed since October 12, when "
            "Indian police arrested four Nepali traders on smuggling charges.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "arrested")] == [("COERCE", "IND", "NPL")]


def test_a_road_closed_at_home_told_in_a_when_clause_stays_background():
    # guard: no act between two states; the clause only dates the blockade
    text = ("KHARTOUM, Nov 20 (Nile Wire) — No food has reached El Fasher since July, when the paramilitary forces "
            "closed the last road into the city.\n")
    assert analyzed_on(text, "closed") == []


def test_a_shooting_only_after_a_provocation_in_reported_speech_is_no_new_attack():
    # "only" bound to "after" rather than to the clause's verb
    text = ("MBABANE, Nov 20 (Lowveld Wire) — Soldiers fired on marchers in Manzini on Saturday, killing three.\n\n"
            "The army commander told reporters that the soldiers had opened fire only after marchers set a police "
            "post alight.\n")
    assert analyzed_on(text, "opened fire") == []
