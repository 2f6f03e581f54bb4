"""Round 47 of the event coder: acts not coded, second round, from invented wire stories on summits, swaps, drills,
retaliation and trade disputes (docs/events.md, rule 65).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on, analyzed_typed


def test_a_promised_reciprocation_threatens_who_acted_first():
    # main: no event ("reciprocate" was no trigger)
    text = "Estonia expelled two Russian diplomats on Monday. Moscow said it would reciprocate.\n"
    assert analyzed_typed(text, "THREATEN") == [("RUS", "EST")]


def test_reciprocating_a_gesture_threatens_no_one():
    # guard: a favour returned, with its object, is no threat
    text = "Lithuania said it would reciprocate the goodwill gesture of the Polish government.\n"
    assert analyzed_typed(text, "THREATEN") == []


def test_an_order_to_move_forces_closer_to_a_border_mobilises_them():
    # main: REQUEST ARM → AZE: the order to the state's own army was read as a request
    text = "Armenia's prime minister ordered the army to move closer to the border with Azerbaijan on Sunday.\n"
    assert analyzed_typed(text, "MOBILIZE") == [("ARM", "AZE")]
    assert analyzed_typed(text, "REQUEST") == []


def test_an_order_to_pull_forces_back_is_no_mobilisation():
    # guard: moving back is no advance
    text = "Armenia's prime minister ordered the army to move back from the border with Azerbaijan on Sunday.\n"
    assert analyzed_typed(text, "MOBILIZE") == []


def test_a_state_attending_a_summit_in_a_foreign_capital_meets_its_host():
    # main: no event (the attendance had no partner)
    text = "Sierra Leone attended the summit in Accra on Saturday.\n"
    assert analyzed_typed(text, "CONSULT") == [("SLE", "GHA")]


def test_a_promise_to_attend_a_summit_abroad_is_an_intent_to_meet_its_host():
    # main: no event
    text = "Fiji said on Monday it would attend a regional summit in Apia next month.\n"
    assert analyzed_typed(text, "AGREE") == [("FJI", "WSM")]


def test_a_summit_at_home_or_in_a_city_that_is_no_capital_names_no_host():
    # guards: Kenya does not meet itself; Geneva is no state's capital
    assert analyzed_typed("Kenya attended the summit in Nairobi on Friday.\n", "CONSULT") == []
    assert analyzed_typed("Ghana attended a meeting in Geneva on climate finance.\n", "CONSULT") == []


def test_who_is_prompted_to_act_is_the_actor():
    # main: SANCTION PRK → PRK (the suspension was given to the one who prompted it)
    text = ("North Korea flew dozens of drones over the border on Tuesday, prompting South Korea to suspend a military "
            "agreement with Pyongyang.\n")
    assert analyzed_typed(text, "SANCTION") == [("KOR", "PRK")]


def test_arms_under_one_nationality_are_one_side():
    # main: MOBILIZE "Russian warships"(RUS) → "aircraft"(None) and back: the aircraft were read as a partner
    text = "Russian warships and aircraft held exercises in the Black Sea on Thursday.\n"
    assert [actor for actor, _ in analyzed_typed(text, "MOBILIZE")] == ["RUS"]


def test_arms_of_two_nationalities_stay_two_sides():
    # guard
    text = "Russian warships and Chinese aircraft held joint exercises in the Sea of Japan on Thursday.\n"
    assert sorted(analyzed_typed(text, "COOPERATE")) == [("CHN", "RUS"), ("RUS", "CHN")]


def test_a_dispute_announced_for_the_wto_threatens_the_other_side():
    # main: no event
    text = ("China imposed duties on Australian wine on Monday. Australia's trade minister said Canberra would take "
            "the dispute to the World Trade Organization.\n")
    assert analyzed_typed(text, "THREATEN") == [("AUS", "CHN")]


def test_a_dispute_taken_to_the_icj_on_a_condition_threatens_whoever_must_meet_it():
    # main: ACCUSE BLZ → "International Court of Justice"(IGO), from the "take to court" row
    text = ("Belize said on Friday it would take the matter to the International Court of Justice if Guatemala did not "
            "withdraw its soldiers from the Sarstoon river.\n")
    assert analyzed_typed(text, "THREATEN") == [("BLZ", "GTM")]


def test_a_dispute_taken_to_an_arbiter_in_the_past_is_no_threat():
    # guard: the challenge is coded only when announced
    text = "Chile took the dispute to the World Trade Organization in 2019.\n"
    assert analyzed_typed(text, "THREATEN") == []


def test_a_denied_condition_is_an_ultimatum_aimed_at_who_must_meet_it():
    # main: no event ("would respond if … did not" was read as a stated policy)
    text = "Serbia said it would respond if Kosovo did not pull its special police out of the north.\n"
    assert analyzed_typed(text, "THREATEN") == [("SRB", "XKX")]


def test_a_plain_condition_still_states_a_policy():
    # guard: "if Kosovo attacked" asks nothing of anyone
    text = "Serbia said it would respond if Kosovo attacked.\n"
    assert analyzed_typed(text, "THREATEN") == []


def test_hours_given_to_an_envoy_to_leave_expel_him():
    # main: no event
    text = "Burkina Faso's junta on Tuesday gave the Ivorian ambassador 48 hours to leave the country.\n"
    assert analyzed_typed(text, "SANCTION") == [("BFA", "CIV")]


def test_a_letter_given_to_an_envoy_expels_no_one():
    # guard
    text = "Burkina Faso's junta on Tuesday gave the Ivorian ambassador a letter of protest.\n"
    assert analyzed_typed(text, "SANCTION") == []


def test_a_second_subject_the_parser_joined_to_a_date_acts_in_its_own_clause():
    # main: RETREAT AZE → "eight Azerbaijani detainees"(AZE): the release was given to the first clause's subject
    text = "Azerbaijan freed five Armenian soldiers on Sunday and Armenia released eight Azerbaijani detainees.\n"
    assert sorted(analyzed_typed(text, "RETREAT")) == [("ARM", "AZE"), ("AZE", "ARM")]
    assert analyzed_on(text, "released")[0][2] == "ARM"


def test_a_threat_to_challenge_an_act_at_the_wto_is_aimed_at_its_author():
    # main: THREATEN BGD → "the WTO"(IGO): the trade body judges the dispute, it is no side of it
    text = ("India banned imports of Bangladeshi jute on Monday. Dhaka threatened to challenge the ban at the World Trade "
            "Organization.\n")
    assert analyzed_typed(text, "THREATEN") == [("BGD", "IND")]


def test_a_bare_promise_to_attend_meets_the_host_of_the_meeting_just_named():
    # main: no event ("would attend" had no object)
    text = ("Senegal offered on Monday to host a meeting of West African interior ministers in Saint-Louis next month. "
            "Mauritania's interior ministry said Nouakchott would attend.\n")
    assert analyzed_on(text, "attend") == [("AGREE", "attend", "MRT", "SEN")]


def test_a_bare_promise_to_attend_with_no_meeting_named_meets_no_one():
    # guard
    assert analyzed_typed("Mauritania said on Monday it would attend.\n", "AGREE") == []


def test_a_threat_cited_as_a_reason_is_no_threat_made():
    # main: THREATEN RUS → LVA
    text = "Latvia wants more air-defence systems on its soil, citing the threat from Russia.\n"
    assert analyzed_typed(text, "THREATEN") == []


def test_a_threat_made_stays_a_threat():
    # guard
    text = "Moscow renewed its threat to cut gas supplies to Latvia on Monday.\n"
    assert analyzed_typed(text, "THREATEN") == [("RUS", "LVA")]


def test_hours_the_parser_hangs_on_the_envoy_still_expel_him():
    # main: no event (the parser makes "48 hours" an apposition of the ambassador)
    text = "Niger's military government on Friday gave Benin's ambassador 48 hours to leave the country.\n"
    assert analyzed_typed(text, "SANCTION") == [("NER", "BEN")]


def test_sealing_border_checkpoints_closes_the_border():
    # main: no event (the rows named the border and crossings only)
    text = "Uzbekistan sealed all border checkpoints with Tajikistan on Saturday.\n"
    assert analyzed_typed(text, "SANCTION") == [("UZB", "TJK")]


def test_checkpoints_closed_at_home_are_no_border_closure():
    # guard: police checkpoints in a city
    text = "Police closed several checkpoints in the capital for the holiday.\n"
    assert analyzed_typed(text, "COERCE") == []
