"""Round 91 of the event coder (docs/events.md, rule 109): a city that only seats an arbitration is no target of the
threat to go there; states that backed a decision together are allies, not the pair "both governments" stands for; an
act called "disproportionate", "out of all proportion" or described as an act of servility is rebuked, and a quoted
name for an act is no act of the speaker's; specialists, divers and rescue boats sent are help; exports halved are a
sanction, and a power company that would cut off both countries threatens them; a river reopened to another state's
vessels is a concession; an acronym the parser took for an auxiliary is the subject; targets on "the Ethiopian side"
of a river lie in Ethiopia; a minister takes up the ministry of the same portfolio named before; consular access is
asked of the state that holds the nationals; a mission ordered to cut its staff is sanctioned.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed, byline_story


def test_a_city_that_seats_an_arbitration_is_no_target_of_the_threat():
    text = byline_story("Kazakhstan refused on Monday to pay a higher transit fee for oil piped across Russia.",
                        "Its energy minister threatened to take the dispute to international arbitration in Geneva.")
    assert [e[3] for e in analyzed_on(text, "threatened")] != ["CHE"]


def test_states_that_backed_a_decision_together_are_not_both_governments():
    text = byline_story("Chad ordered Cameroon's consulate in Moundou on Monday to close within a week.",
                        "Yaoundé rejected the order as an insult.",
                        "Niger and Sudan backed the decision in a joint statement. The African Union urged both governments to settle "
                        "the dispute through talks.")
    assert sorted(e[3] for e in analyzed_on(text, "urged")) == ["CMR", "TCD"]


def test_states_that_signed_together_stay_the_pair_both_governments_stands_for():
    text = byline_story("Kenya and Tanzania signed a border trade agreement in Arusha on Monday.",
                        "The African Union urged both governments to carry it out quickly.")
    assert sorted(e[3] for e in analyzed_on(text, "urged")) == ["KEN", "TZA"]


def test_a_cancellation_called_disproportionate_is_a_rebuke():
    text = byline_story("Ecuador called off a joint naval exercise with Colombia on Tuesday.",
                        "Colombia's foreign ministry called the cancellation \"disproportionate and regrettable\".")
    assert analyzed_on(text, "called") == [("ACCUSE", "called", "COL", "ECU")]


def test_a_decision_called_out_of_all_proportion_is_a_rebuke():
    text = byline_story("Vietnam banned Cambodian pork on Monday after an outbreak of swine fever.",
                        "The Cambodian government called the decision \"out of all proportion\" to an outbreak it says was contained.")
    assert analyzed_on(text, "called") == [("ACCUSE", "called", "KHM", "VNM")]


def test_an_episode_called_a_humiliation_is_a_rebuke():
    text = byline_story("Qatar turned back a Bahraini trade delegation at Doha airport on Sunday.",
                        "Later, in a television interview, Bahrain's trade minister called the episode \"a calculated humiliation\".")
    assert analyzed_on(text, "called") == [("ACCUSE", "called", "BHR", "QAT")]


def test_a_measure_described_as_servility_is_a_rebuke():
    text = byline_story("Panama barred 14 Venezuelan officials from entering the country on Monday.",
                        "The Venezuelan foreign ministry described the measure as \"an act of servility to Washington\".")
    assert analyzed_on(text, "described") == [("ACCUSE", "described", "VEN", "PAN")]


def test_a_note_describing_a_drill_adds_no_rebuke_of_its_own():
    text = byline_story("Oman summoned Yemen's chargé d'affaires and handed him a protest note describing the drill as \"a provocation\".")
    assert not analyzed_on(text, "describing")


def test_a_quoted_name_for_an_act_is_no_act_of_the_speaker():
    text = byline_story("Manila expelled two Chinese diplomats on Sunday.",
                        "Beijing rejected the accusations on Monday. A spokeswoman for the Chinese foreign ministry, Lin Yuqing, said the "
                        "two diplomats had done \"nothing beyond their normal duties\" and called Sunday's expulsions \"a political show "
                        "staged for an audience in Washington\".")
    assert not [e for e in analyzed_events(text) if e[0] == "SANCTION" and e[2] == "CHN"]


def test_cyber_specialists_sent_to_a_capital_are_help():
    text = byline_story("NATO sent six cyber specialists to Skopje on Wednesday after the attack on the tax office.")
    assert analyzed_events(text) == [("AID", "sent six cyber specialists", "IGO", "MKD")]


def test_rescue_boats_sent_across_the_border_are_help():
    text = byline_story("Floods have cut off dozens of villages in southern Mozambique.",
                        "Zimbabwe sent six rescue boats and a team of army divers to Mozambique on Wednesday.")
    assert analyzed_typed(text, "AID") == [("ZWE", "MOZ")]


def test_electricity_exports_halved_are_a_sanction_on_each_buyer():
    text = byline_story("Nigeria's state power company halved its electricity exports to Niger and Benin on Thursday over unpaid bills.")
    assert sorted(analyzed_typed(text, "SANCTION")) == [("NGA", "BEN"), ("NGA", "NER")]


def test_cutting_off_a_state_unless_it_pays_is_a_threat():
    text = byline_story("Nigeria said on Thursday that it would cut off Niger entirely on Dec. 15 unless a payment plan was agreed.")
    assert analyzed_typed(text, "THREATEN") == [("NGA", "NER")]


def test_a_river_reopened_to_another_states_vessels_is_a_concession():
    text = byline_story("Brazil reopened its stretch of the Madeira River to vessels flying Bolivia's flag on Saturday.")
    assert analyzed_typed(text, "CONCEDE") == [("BRA", "BOL")]


def test_an_acronym_opening_a_paragraph_is_the_subject():
    text = byline_story("Sudan and Ethiopia accused each other of breaking the truce in al-Fashaga this week.",
                        "\"We ask the observers to look at what is burning on our side, too.\"",
                        "IGAD urged both governments to pull their heavy guns back behind the agreed line within 72 hours.")
    assert sorted(analyzed_typed(text, "REQUEST")) == [("IGO", "ETH"), ("IGO", "SDN")]


def test_an_acronym_parsed_as_a_passive_auxiliary_is_the_subject(parse):
    doc = parse("IGAD called on both sides to talk.")
    assert (doc[0].pos_, doc[0].dep_) == ("PROPN", "nsubj")


def test_farms_on_a_states_side_of_a_river_lie_in_that_state():
    text = ("Report\n\nKHARTOUM, Dec 2 (Nile Wire) -\n\n"
            "On Sunday, Sudanese artillery shelled farms on the Ethiopian side of the Atbara river, the monitors said.\n")
    assert analyzed_typed(text, "ASSAULT") == [("SDN", "ETH")]


def test_a_minister_takes_up_the_ministry_of_the_same_portfolio():
    text = ("Report\n\nBy Chidi Okafor | Lagos Chronicle | Lagos, 27 November 2026\n\n"
            "Gabon has expelled Amaka Eze, a Nigerian reporter, after three weeks of filming in the north of the country.\n\n"
            "According to a statement from the Gabonese communication ministry, Ms Eze had filmed without a permit. "
            "The communication minister, Paul Ndong, accused her on state radio of \"spreading lies\".\n")
    assert [e[2] for e in analyzed_on(text, "accused")] == ["GAB"]


def test_a_minister_of_another_portfolio_does_not_take_up_a_ministry():
    text = ("Report\n\nBy Ana Horvat | Zagreb Herald | Zagreb, 24 November 2026\n\n"
            "Croatia's fisheries minister resigned on Friday over a leaked recording.\n\n"
            "Zagreb sent an assurance on Sunday, according to the Slovenian ministry.\n\n"
            "The defence minister went further and accused Ljubljana of \"inventing a crisis\".\n")
    assert [e[2] for e in analyzed_on(text, "accused")] == ["HRV"]


def test_consular_access_is_asked_of_the_state_holding_the_nationals():
    text = byline_story("Mozambican police arrested Yusuf Kaliati, Malawi's honorary consul in Beira, on Friday.",
                        "Malawi's foreign ministry demanded immediate consular access to Kaliati and his release.")
    assert analyzed_on(text, "demanded") == [("REQUEST", "demanded", "MWI", "MOZ")]


def test_an_embassy_asks_its_host_for_consular_access():
    text = byline_story("The Vietnamese embassy in Bangkok said it had asked for consular access to the four detained Vietnamese nationals.")
    assert [(e[2], e[3]) for e in analyzed_events(text) if e[0] == "REQUEST"] == [("VNM", "THA")]


def test_a_mission_ordered_to_cut_its_staff_is_sanctioned():
    text = byline_story("Mali ordered Guinea's embassy in Bamako on Friday to cut its staff from 26 to eight within two weeks.")
    assert analyzed_events(text) == [("SANCTION", "ordered", "MLI", "GIN")]
