"""Round 39 of the event coder: errors found by coding invented wire stories on Europe, East Asia, the Middle
East and the Caucasus (docs/events.md, rule 57).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_evading_sanctions_in_force_is_no_sanction_imposed():
    # main: SANCTION IGO → BLR on "sanctions", though the exporter only broke them
    text = "A court in Milan convicted an exporter of evading European Union sanctions on Belarus.\n"
    assert analyzed_typed(text, "SANCTION") == []
    assert [(e[0], e[2]) for e in analyzed_on(text, "convicted")] == [("COERCE", "ITA")]


def test_a_breached_embargo_is_no_embargo_imposed():
    # main: SANCTION IGO → LBY on "embargo"
    assert analyzed_events("Investigators said the tanker had breached the UN arms embargo on Libya.\n") == []


def test_sanctions_imposed_are_still_coded():
    # guard: only a measure that is broken is skipped
    assert analyzed_typed("The EU imposed sanctions on Belarus on Monday.\n", "SANCTION") == [("IGO", "BLR")]


def test_a_government_rejecting_criticism_answers_the_critic_not_its_own_police():
    # main: REJECT ARM → ARM, the riot police's arrests told just before
    text = (
        "Police detained 25 students in Yerevan on Saturday.\n\n"
        "The European Union called on Armenia to free the students.\n\n"
        "Riot police also detained two journalists on Sunday.\n\n"
        "The Armenian government rejected the criticism.\n"
    )
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "rejected")] == [("REJECT", "ARM", "IGO")]


def test_a_charge_from_another_state_is_answered_before_a_threat():
    # guard: "the charges" are the sanctioning bloc's, not an earlier threat (a first form that preferred any
    # act of words took the threat)
    text = (
        "Russia threatened Kazakhstan with countermeasures on Friday.\n\n"
        "The European Union imposed sanctions on Kazakhstan's state grain company on Monday.\n\n"
        "Kazakhstan denied the charges.\n"
    )
    assert [(e[2], e[3]) for e in analyzed_on(text, "denied")] == [("KAZ", "IGO")]


def test_a_state_that_did_likewise_acts_too_and_is_no_target():
    # main: ACCUSE FIN only, and in longer sentences the second state was the target
    text = "Finland condemned the arrests in Minsk, as did Sweden.\n"
    assert sorted((e[0], e[2]) for e in analyzed_on(text, "condemned")) == [("ACCUSE", "FIN"), ("ACCUSE", "SWE")]


def test_doing_likewise_with_a_pronoun_names_no_new_party():
    # guard: "as it did last year" is the same actor
    text = "Spain sent troops to Mali, as it did last year.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("MOBILIZE", "ESP", "MLI")]


def test_condemning_the_launch_is_aimed_at_who_fired():
    # main: ACCUSE AUS with no target
    text = "North Korea fired a cruise missile toward the Yellow Sea on Monday.\n\nAustralia condemned the launch.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "condemned")] == [("ACCUSE", "AUS", "PRK")]


def test_a_regions_foreign_ministers_act_as_its_bloc_not_the_dateline():
    # main: REQUEST EGY → ISR, the dateline's state
    text = "CAIRO (AP) — Arab foreign ministers called on Israel to halt its raids on Lebanon.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "called on")] == [("REQUEST", "IGO", "ISR")]


def test_a_states_ministers_keep_their_state():
    # guard: "South African" names a state, not a region
    text = "South African ministers called on Israel to halt its raids on Lebanon.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "called on")] == [("ZAF", "ISR")]


def test_workers_held_hostage_are_the_hostages_and_their_release_is_coded():
    # main: ASSAULT NPL → IRQ (the hostages as the hostage takers) and no release
    text = "Three Nepali workers held hostage by militants in Iraq were released on Friday.\n"
    events = analyzed_events(text)
    assert [(e[0], e[2], e[3]) for e in events if e[1] == "held hostage"] == [("ASSAULT", "IRQ", "NPL")]
    assert [(e[0], e[3]) for e in events if e[1] == "released"] == [("RETREAT", "NPL")]


def test_an_engineer_held_hostage_abroad_is_the_one_freed():
    # main: ASSAULT NLD → MLI, and "was freed" gave nothing
    text = "A Dutch engineer held hostage in Mali for a year was freed on Tuesday, officials in The Hague said.\n"
    events = analyzed_events(text)
    assert [(e[0], e[3]) for e in events if e[1] in ("held hostage", "freed")] == [("ASSAULT", "NLD"), ("RETREAT", "NLD")]


def test_rebels_holding_workers_hostage_are_still_the_actor():
    # guard: an active "held hostage" with its own subject and no passive after it keeps its roles
    text = "Rebels in Mali held two Nepali workers hostage for a month.\n"
    assert [(e[0], e[3]) for e in analyzed_events(text) if e[0] in ("ASSAULT", "COERCE")] == [("ASSAULT", "NPL")]



def test_the_state_a_suspect_is_said_to_spy_for_is_not_the_target():
    # main: ACCUSE BLR → POL; Poland is what the charge names, not who is accused: "him", the Latvian driver, is of
    # the story's other side (rule 89)
    text = "Police in Minsk arrested a Latvian lorry driver on Friday.\n\nBelarus accused him of spying for Poland.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "accused")] == [("ACCUSE", "BLR", "LVA")]


def test_the_accused_state_is_still_the_target():
    # guard: the charge phrase is left out only as a fallback; the accused named as object stays the target
    text = "Russia accused Ukraine of shelling Donetsk.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "accused")] == [("ACCUSE", "RUS", "UKR")]
