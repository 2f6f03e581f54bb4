"""Round 43 of the event coder: triggers that were not coded, found by coding invented wire stories on Latin America
and the Caribbean, West Africa, Europe and the Pacific told with the light verbs, phrasal verbs and idioms wire copy
uses (docs/events.md, rule 61).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def test_laying_siege_to_a_town_is_coercion():
    # main: no event
    text = "Separatist fighters laid siege to the town of Kidal in Mali for three weeks.\n"
    assert analyzed_typed(text, "COERCE") == [("MLI", "MLI")]


def test_throwing_its_support_behind_a_state():
    # main: no event ("threw its weight behind" was already SUPPORT)
    text = "Nicaragua's government threw its support behind Venezuela on Monday.\n"
    assert analyzed_typed(text, "SUPPORT") == [("NIC", "VEN")]


def test_workers_downing_tools_strike():
    # main: no event on "downed tools"
    text = "Portuguese lorry drivers downed tools on Monday in protest at Spanish port fees.\n"
    assert ("PROTEST", "downed tools", "PRT", "ESP") in analyzed_events(text)


def test_workers_stopping_work_strike():
    # main: no event
    text = "About 4,000 taxi drivers in Lima stopped work on Tuesday.\n"
    assert analyzed_typed(text, "PROTEST") == [("PER", "PER")]


def test_clamping_down_on_a_network_is_coercion():
    # main: no event ("cracked down on" was already COERCE)
    text = "Panama clamped down on Colombian smuggling gangs in the Darien.\n"
    assert analyzed_typed(text, "COERCE") == [("PAN", "COL")]


def test_slapping_export_curbs_on_goods_is_a_sanction():
    # main: no event ("slapped duties" was already SANCTION)
    text = "Chile slapped export curbs on Bolivian lithium on Friday.\n"
    assert analyzed_typed(text, "SANCTION") == [("CHL", "BOL")]


def test_rolling_back_tariffs_is_a_concession():
    # main: no event
    text = "Canada rolled back tariffs on Mexican steel on Wednesday.\n"
    assert analyzed_typed(text, "CONCEDE") == [("CAN", "MEX")]


def test_tearing_up_a_treaty_ends_it_like_scrapping_it():
    # main: no event
    text = "Nicaragua tore up its fisheries treaty with Costa Rica.\n"
    assert analyzed_typed(text, "SANCTION") == [("NIC", "CRI")]


def test_backing_out_of_a_deal_with_a_state_when_of_hangs_on_out():
    # main: no event (the parser hangs "of" on "out", so the phrasal "back out of" never matched)
    text = "Samoa backed out of the fishing deal with Tonga.\n"
    assert analyzed_on(text, "backed out of") == [("REJECT", "backed out of", "WSM", "TON")]


def test_walking_away_from_negotiations_with_a_bloc_is_aimed_at_it():
    # main: REJECT with no target (the "from" phrase hangs on "away"; a state partner was found by other means)
    text = "Norway walked away from the negotiations with the European Union.\n"
    assert analyzed_typed(text, "REJECT") == [("NOR", "IGO")]


def test_cutting_off_cooperation_is_a_sanction():
    # main: COOPERATE with no actor on the noun "cooperation"
    text = "Burkina Faso cut off military cooperation with France on Monday.\n"
    assert analyzed_typed(text, "SANCTION") == [("BFA", "FRA")]
    assert analyzed_typed(text, "COOPERATE") == []


def test_sending_a_minehunter_is_a_deployment():
    # main: no event
    text = "The Netherlands sent a minehunter to the waters off Norway on Tuesday.\n"
    assert analyzed_typed(text, "MOBILIZE") == [("NLD", "NOR")]


def test_shutting_border_crossings_with_a_state():
    # main: no event ("closed" and "shut down" were already coded)
    text = "Ecuador shut its border crossings with Peru on Thursday.\n"
    assert analyzed_typed(text, "SANCTION") == [("ECU", "PER")]


def test_piling_pressure_on_a_state_asks_it_to_act():
    # main: RETREAT by the United States, the asker, on "pull … back"
    text = "Washington piled pressure on Managua to pull its troops back from the border.\n"
    assert analyzed_typed(text, "REQUEST") == [("USA", "NIC")]
    assert analyzed_typed(text, "RETREAT") == []


def test_hitting_back_by_closing_a_border_is_the_closure_not_an_assault():
    # main: ASSAULT TGO → GHA on "hit" besides the closure
    text = "Togo hit back by closing its border to Beninese lorries.\n"
    assert analyzed_typed(text, "ASSAULT") == []
    assert analyzed_typed(text, "SANCTION") == [("TGO", "BEN")]


def test_retaliating_by_expelling_diplomats_is_the_expulsion():
    # main: ASSAULT on "retaliated" besides the expulsion
    text = "Bolivia retaliated by expelling three Peruvian diplomats.\n"
    assert analyzed_typed(text, "ASSAULT") == []
    assert analyzed_typed(text, "SANCTION") == [("BOL", "PER")]


def test_a_retaliation_announced_by_its_means_stays_a_threat():
    # guard: only a retaliation told as done gives way to its means
    text = "Georgia would retaliate by imposing tariffs on Armenian wine.\n"
    assert ("THREATEN", "GEO", "ARM") in [(e[0], e[2], e[3]) for e in analyzed_events(text)]


def test_driving_refugees_back_across_a_river():
    # main: no event (the parser hangs "back" on "across")
    text = "Ghanaian soldiers drove hundreds of Togolese refugees back across the Volta river on Sunday.\n"
    assert analyzed_typed(text, "COERCE") == [("GHA", "TGO")]


def test_chasing_off_a_foreign_ship():
    # main: no event
    text = "Fijian patrol boats chased off a Chinese fishing vessel near Lau on Sunday.\n"
    assert analyzed_typed(text, "COERCE") == [("FJI", "CHN")]


def test_vowing_retaliatory_measures_is_a_threat():
    # main: AGREE ("take measures" read as nothing conflictual)
    text = "Beijing vowed to take retaliatory measures against Lithuania.\n"
    assert analyzed_typed(text, "THREATEN") == [("CHN", "LTU")]
    assert analyzed_typed(text, "AGREE") == []


def test_taking_reciprocal_measures_is_a_sanction():
    # main: no event
    text = "Moscow took reciprocal measures against Latvia on Friday.\n"
    assert analyzed_typed(text, "SANCTION") == [("RUS", "LVA")]


def test_necessary_measures_to_protect_citizens_are_no_retaliation():
    # guard: only retaliatory or reciprocal measures are a measure against someone
    text = "Senegal took all necessary measures to protect its fishermen.\n"
    assert analyzed_typed(text, "SANCTION") == []


def test_blocking_a_foreign_boat_from_a_reef_is_coercion():
    # main: no event ("block" was only a veto of a decision, a resolution or a deal)
    text = "Chinese coast guard ships blocked a Vietnamese fishing boat from approaching the atoll.\n"
    assert analyzed_typed(text, "COERCE") == [("CHN", "VNM")]


def test_preventing_a_ship_from_docking_is_coercion():
    # main: no event
    text = "Venezuelan navy vessels prevented a Trinidadian tanker from reaching the terminal.\n"
    assert analyzed_typed(text, "COERCE") == [("VEN", "TTO")]


def test_blocking_a_deal_is_still_a_veto():
    # guard: the older REJECT reading of "block"
    text = "Poland blocked the trade deal with Brazil.\n"
    assert analyzed_typed(text, "REJECT") == [("POL", "BRA")]
    assert analyzed_typed(text, "COERCE") == []


def test_the_solomons_are_the_solomon_islands():
    # main: the summoned envoy had no country ("the Solomons" was not in the gazetteer)
    text = "Wellington summoned the Solomons' high commissioner on Friday.\n"
    assert analyzed_typed(text, "ACCUSE") == [("NZL", "SLB")]
