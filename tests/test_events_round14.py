"""Round 14 of the event coder, from the event errors of the seven development sets bench/unseen to unseen7
(docs/events.md, rule 32), and the entity repairs it needed.

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from newsgraph.extract.entities import extract_entities

from .events_support import code, coded  # noqa: F401  (code is a fixture)


def test_a_promised_response_threatens_whoever_acted_on_the_state(code):
    text = ("Estonia expelled three Russian diplomats on Tuesday. In a statement, the Russian embassy in Tallinn "
            "said Russia would respond.")
    assert coded(code(text), "respond") == [("THREATEN", "RUS", "EST")]


def test_a_response_told_as_done_is_no_threat(code):
    text = "Estonia expelled three Russian diplomats on Tuesday. Russia responded by closing the Estonian consulate in Pskov."
    assert all(e.trigger.text != "responded" for e in code(text))


def test_answering_questions_or_a_policy_under_a_condition_is_no_threat(code):
    assert not [e for e in code("The ministry said it would respond to the questions on Friday.") if e.trigger.text == "respond"]
    assert not [e for e in code("If Serbia attacks Kosovo, the alliance will respond, its chief said.") if e.trigger.text == "respond"]


def test_reserving_the_right_to_respond_is_a_threat_and_to_travel_is_not(code):
    text = "Latvia expelled two Belarusian diplomats on Monday. Minsk reserved the right to respond, its embassy said."
    assert coded(code(text), "reserved") == [("THREATEN", "BLR", "LVA")]
    text = "Latvia expelled two Belarusian diplomats on Monday. Minsk reserved the right to travel, its embassy said."
    assert not [e for e in code(text) if "reserved" in e.trigger.text]


def test_a_warning_that_the_state_itself_will_respond_is_aimed_at_who_acted(code):
    text = ("The European Union imposed new sanctions on Belarus on Monday. Belarus's foreign ministry called the "
            "measures unlawful and warned that Minsk would respond.")
    assert coded(code(text), "warned") == [("THREATEN", "BLR", "IGO")]


def test_a_speech_act_after_a_past_perfect_passive_report_is_the_speakers(code):
    text = ("Senator Marta Quispe of the opposition said the licences had been granted in secret and accused the "
            "Bolivian government of selling the lake.")
    # the senator's own act; an opposition senator criticising the Bolivian government is Bolivian (rule 36)
    assert coded(code(text), "accused") == [("ACCUSE", "BOL", "BOL")]


def test_an_official_travelling_to_a_capital_consults_its_state(code):
    text = "Kenya's foreign minister travelled to Addis Ababa on Wednesday with a message from her president."
    assert coded(code(text), "travelled") == [("CONSULT", "KEN", "ETH")]


def test_a_trip_to_no_state_is_no_consultation(code):
    assert not [e for e in code("The Egyptian president will travel to Europe next year, his office said.") if "travel" in e.trigger.text]


def test_its_across_sentences_skips_a_subject_inside_a_relative_clause(code):
    text = ("Djibouti, which depends on the port fees Ethiopia pays, has offered to mediate. Its foreign minister "
            "travelled to Asmara on Wednesday.")
    assert coded(code(text), "travelled") == [("CONSULT", "DJI", "ERI")]


def test_an_object_pronoun_linked_to_a_person_is_the_target(code):
    text = ("Egyptian police arrested Joris Bakker, a Dutch photographer, on Saturday. On Sunday, Egypt's interior "
            "ministry accused him of spying.")
    assert coded(code(text), "accused") == [("ACCUSE", "EGY", "NLD")]


def test_both_men_are_the_two_states_envoys_when_they_act(code):
    text = ("Laos and Vietnam agreed on Friday to reopen the Nam Phao crossing. Both men signed a joint statement "
            "setting out the terms.")
    assert coded(code(text), "signed") == [("SUPPORT", "LAO", "VNM"), ("SUPPORT", "VNM", "LAO")]


def test_the_two_men_arrested_are_no_pair_of_states(code):
    text = "Kenya and Ethiopia agreed to patrol the border. The two men were arrested on Monday in Nairobi."
    assert all(target != "ETH" for _, _, target in coded(code(text), "arrested"))


def test_an_offer_to_host_talks_between_governments_goes_to_the_governments(code):
    text = ("Iraq summoned the Turkish ambassador on Tuesday. Several hundred farmers rallied outside the Turkish "
            "consulate in Basra. Qatar offered on Friday to host talks between the two governments in Doha.")
    assert coded(code(text), "offered") == [("AGREE", "QAT", "IRQ"), ("AGREE", "QAT", "TUR")]


def test_a_spokesman_for_the_ministry_serves_the_ministry_named_before(code):
    text = ("Iraq summoned the Turkish ambassador. Turkey's energy ministry said the dam was filled in line with "
            "practice. A spokesman for the ministry accused Baghdad of wasting water.")
    assert coded(code(text), "accused") == [("ACCUSE", "TUR", "IRQ")]


def test_the_mission_takes_up_the_observer_mission_and_its_report_is_answered(code):
    text = ("MAPUTO, Nov 20 - The European Union's election observation mission on Thursday issued a harsh verdict on "
            "Mozambique's election. In its preliminary report, the mission said it had documented irregularities. "
            "The government rejected the report within hours.")
    events = code(text)
    assert coded(events, "verdict") == [("ACCUSE", "IGO", "MOZ")]
    assert coded(events, "rejected") == [("REJECT", "MOZ", "IGO")]


def test_ships_docked_for_a_visit_consult_the_host(code):
    text = "Two Indian Navy ships docked at Mombasa on Wednesday for a four-day visit."
    assert coded(code(text), "visit") == [("CONSULT", "IND", "KEN")]


def test_a_visitor_arriving_for_days_of_talks_holds_them(code):
    text = ("Indonesian President Adi Wirawan arrived in Seoul on Monday for three days of talks with South Korean "
            "President Han Seo-yeon.")
    assert coded(code(text), "talks") == [("CONSULT", "IDN", "KOR")]


def test_a_visit_naming_no_destination_goes_where_the_story_is_filed(code):
    text = ("HANOI, Nov 25 (Red River Times) - The deal was announced during a state visit by the South Korean "
            "president. The contract was signed by the two defence ministers.")
    assert coded(code(text), "visit") == [("CONSULT", "KOR", "VNM")]


def test_parties_gathered_at_a_venue_talk_to_each_other_not_to_the_host(code):
    text = "Envoys from Pakistan and Afghanistan gathered in Istanbul on Thursday for negotiations."
    assert coded(code(text), "negotiations") == [("CONSULT", "AFG", "PAK"), ("CONSULT", "PAK", "AFG")]


def _types(parse, text):
    return {e.name: e.type for e in extract_entities(parse(text)).entities()}


def test_a_full_name_taken_up_by_the_bare_surname_is_a_person(parse):
    text = ("The commission declared Fernando Macuacua of the ruling party the winner. "
            "Zimbabwe congratulated Macuacua on Friday.")
    assert _types(parse, text).get("Fernando Macuacua") == "PERSON"


def test_a_person_the_tagger_ran_into_of_a_party_ends_at_of(parse):
    text = ("Celso Nhantumbo of Podemos came second with 34.8% of the vote. Nhantumbo rejected the results on "
            "Saturday and said his party would appeal.")
    found = _types(parse, text)
    assert found.get("Celso Nhantumbo") == "PERSON" and "Celso Nhantumbo of Podemos" not in found


def test_a_place_name_repeated_whole_is_no_person(parse):
    text = ("Crowds gathered at the Washington Monument on Sunday. Later they walked from the Washington Monument "
            "to the Capitol.")
    assert _types(parse, text).get("Washington Monument") != "PERSON"


def test_coming_second_in_a_vote_is_no_visit(code):
    text = ("MAPUTO, Nov 14 - Celso Nhantumbo of Podemos came second with 34.8%. Nhantumbo rejected the results "
            "and accused the National Elections Commission of fraud.")
    assert coded(code(text), "accused")[0][1] == "MOZ"


def test_a_request_announced_for_later_is_not_made_yet(code):
    text = "His family said they would ask the Dutch embassy in Cairo to recover the phones."
    assert not [e for e in code(text) if e.type == "REQUEST"]


def test_a_call_after_a_reported_would_is_the_speakers_own_act(code):
    text = ("Nepal's commerce minister said the ban would push up prices and called on New Delhi to exempt Nepal "
            "from it.")
    assert coded(code(text), "called on") == [("REQUEST", "NPL", "IND")]


def test_an_opposition_demand_naming_no_one_is_aimed_at_its_government(code):
    text = "MAPUTO, Nov 20 (Limpopo Mirror) - Opposition leader Ernesto Dlamini demanded a recount in three provinces."
    assert coded(code(text), "demanded") == [("REQUEST", "MOZ", "MOZ")]


def test_a_ministers_own_rejection_gets_no_home_target(code):
    text = ("CANBERRA, Nov 12 - Australia's housing minister, Claire Whitford, defended the cap on Wednesday. She "
            "also rejected suggestions that the cap was aimed at voters.")
    assert all(target is None for _, _, target in coded(code(text), "rejected"))


def test_a_named_states_offer_mentioned_again_is_one_event(code):
    text = ("Qatar offered on Friday to host talks between Iran and Afghanistan in Doha. Qatar's offer came in a "
            "statement from its foreign ministry on Sunday evening.")
    assert [e.trigger.text for e in code(text) if e.type == "AGREE"] == ["offered"]


def test_what_a_state_can_do_is_no_act(code):
    assert not [e for e in code('"Argentina can seize one boat," the minister said.') if e.type == "COERCE"]


def test_a_toll_after_a_told_attack_is_no_event_of_its_own(code):
    text = ("NAIROBI, Oct 9 (East Africa Dispatch) - Kenyan police shot dead at least 11 protesters on Thursday, "
            "according to a rights group.\n\nThe group said 214 people had been injured and that several of the dead "
            "had been hit in the back.")
    assert [e.trigger.text for e in code(text)] == ["shot dead"]


def test_a_toll_told_alone_stays_an_attack(code):
    text = "KYIV, Oct 9 - Five people were killed in the shelling of Kherson overnight, the regional governor said."
    assert [e.type for e in code(text) if e.trigger.text == "killed"] == ["ASSAULT"]


def test_a_spokesman_after_a_state_that_spoke_of_itself_is_that_states(code):
    text = ("The European Union imposed sanctions on eight Iranian officials. Iran condemned the decision and said it "
            "would respond. Foreign ministry spokesman Nasser Kanani accused Brussels of obedience to Washington and "
            "said Tehran had never sent drones.")
    assert coded(code(text), "accused") == [("ACCUSE", "IRN", "IGO")]


def test_his_supporters_are_of_the_person_his_stands_for(code):
    text = ("MAPUTO, Nov 14 (Zambezi Herald) - Celso Nhantumbo of Podemos came second with 34.8%. Nhantumbo rejected "
            "the results. On Friday several thousand of his supporters marched on the offices of the elections "
            "commission.")
    assert [actor for _, actor, _ in coded(code(text), "marched")] == ["MOZ"]


def test_approving_an_arms_sale_to_a_state_is_aid_and_a_sale_to_no_one_is_none(code):
    assert coded(code("The United States approved the sale of 400 anti-ship missiles to Taiwan on Tuesday."),
                 "approved") == [("AID", "USA", "TWN")]
    assert not [e for e in code("The ministry approved the sale of the state airline.") if e.type == "AID"]


def test_taking_a_state_to_court_accuses_it(code):
    assert coded(code("Ukraine took Russia to court in 2017."), "took") == [("ACCUSE", "UKR", "RUS")]
