"""Round 41 of the event coder: errors found by coding invented wire stories on the Americas, the Middle East, South
Asia and East Africa (docs/events.md, rule 59).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_asset_freezes_and_visa_bans_are_one_sanction_by_the_bloc():
    # main: COERCE with no actor on "bans" (the parser read "freezes" as a verb whose subject is "asset")
    text = "The European Union imposed asset freezes and visa bans on 12 Belarusian officials.\n"
    assert analyzed_typed(text, "SANCTION") == [("IGO", "BLR")]
    assert analyzed_typed(text, "COERCE") == []


def test_asset_freezes_and_travel_bans_by_a_state():
    # main: no event
    text = "Canada imposed asset freezes and travel bans on nine Nicaraguan officials.\n"
    assert analyzed_typed(text, "SANCTION") == [("CAN", "NIC")]


def test_travel_bans_and_asset_freezes_keep_their_sanction():
    # guard: the order the older rule already read
    text = "Canada imposed travel bans and asset freezes on nine Nicaraguan officials.\n"
    assert analyzed_typed(text, "SANCTION") == [("CAN", "NIC")]


def test_two_states_trading_accusations_accuse_each_other():
    # main: no event
    text = "Colombia and Venezuela traded accusations on Monday over the killing of two border guards.\n"
    assert sorted(analyzed_typed(text, "ACCUSE")) == [("COL", "VEN"), ("VEN", "COL")]


def test_trading_barbs_with_a_neighbour_is_an_accusation_not_cooperation():
    # main: COOPERATE PER → CHL ("trade" as commerce)
    text = "Peru traded barbs with Chile over the new fishing rules.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_events(text)] == [("ACCUSE", "PER", "CHL")]


def test_positions_placed_abroad_by_their_own_words_are_not_the_datelines_state():
    # main: ASSAULT IRN → IRN, the Tehran dateline's state
    text = "TEHRAN, Iran (AP) — Iranian artillery shelled positions held by Kurdish rebels in northern Iraq on Monday.\n"
    assert analyzed_typed(text, "ASSAULT") == [("IRN", "IRQ")]


def test_people_are_still_placed_where_they_are_held():
    # guard: protesters at a foreign embassy are held by the host state's police, at home
    text = "ISLAMABAD (Reuters) — Riot police detained 14 protesters who gathered outside the French embassy on Friday.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "detained")] == [("PAK", "PAK")]


def test_what_the_army_called_targets_is_what_was_struck():
    # main: ASSAULT ISR → ISR ("northern Israel" of the clause after, as the object was "what")
    text = ("JERUSALEM (Reuters) — Israeli jets struck what the army called weapons depots in southern Lebanon, hours after "
            "rockets were fired at northern Israel.\n")
    assert [(e[2], e[3]) for e in analyzed_on(text, "struck")] == [("ISR", "LBN")]


def test_an_expulsion_announced_again_does_not_target_the_announcers_state():
    # main: a second SANCTION UGA → UGA on "announced the expulsions" (the Kampala dateline's state)
    text = (
        "KAMPALA (Reuters) — Uganda on Tuesday ordered three Rwandan diplomats to leave the country within 48 hours.\n\n"
        "The foreign minister announced the expulsions at a news conference.\n"
    )
    assert analyzed_typed(text, "SANCTION") == [("UGA", "RWA")]


def test_a_ban_at_home_still_falls_on_the_datelines_state():
    # guard: a first, not retold, measure with no target is done where the story is filed
    text = "KAMPALA (Reuters) — Uganda's interior minister on Tuesday banned all opposition rallies.\n"
    assert [(e[2], e[3]) for e in analyzed_on(text, "banned")] == [("UGA", "UGA")]


def test_rejecting_an_account_answers_whoever_gave_it():
    # main: REJECT ETH with no target
    text = (
        "A Somali army spokesman said Ethiopian troops had fired on Somali positions near Dolow.\n\n"
        "Addis Ababa rejected the account.\n"
    )
    assert [(e[2], e[3]) for e in analyzed_on(text, "rejected")] == [("ETH", "SOM")]


def test_a_summons_after_a_reported_clause_is_the_speakers():
    # main: the summons was the Sudanese soldiers' (SDN → SDN)
    text = ("Egypt's foreign ministry said Sudanese soldiers had detained three Egyptian fishermen and summoned Sudan's "
            "ambassador.\n")
    assert [(e[2], e[3]) for e in analyzed_on(text, "summoned Sudan's ambassador")] == [("EGY", "SDN")]
    assert [(e[2], e[3]) for e in analyzed_on(text, "detained")] == [("SDN", "EGY")]


def test_urging_both_asks_the_pair_just_named():
    # main: REQUEST USA with no target ("both" with no noun of its own)
    text = (
        "Eritrea and Djibouti exchanged fire along their disputed border on Tuesday.\n\n"
        "The United States urged both to pull back their troops.\n"
    )
    assert sorted(analyzed_typed(text, "REQUEST")) == [("USA", "DJI"), ("USA", "ERI")]


def test_both_with_a_noun_of_its_own_is_read_as_before():
    # guard: "both countries" was already the pair
    text = (
        "Eritrea and Djibouti exchanged fire along their disputed border on Tuesday.\n\n"
        "The United States urged both countries to pull back their troops.\n"
    )
    assert sorted(analyzed_typed(text, "REQUEST")) == [("USA", "DJI"), ("USA", "ERI")]
