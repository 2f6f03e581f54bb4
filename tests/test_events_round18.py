"""Round 18 of the event coder, from the event errors of bench/unseen12 and bench/unseen13 (development
sets since this round) checked on the older development sets (docs/events.md, rule 36).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import code, coded  # noqa: F401  (code is a fixture)


def test_an_offer_to_host_talks_naming_no_sides_is_made_to_the_storys_two_states(code):
    text = ("Eritrea accused Djibouti on Monday of moving troops to the border. Djibouti rejected the accusation. "
            "Ethiopia offered to host talks in Dire Dawa.")
    assert coded(code(text), "offered") == [("AGREE", "ETH", "DJI"), ("AGREE", "ETH", "ERI")]


def test_pulling_a_delegation_out_of_a_summit_is_a_sanction(code):
    text = "Uganda pulled its delegation out of the regional summit in Nairobi on Thursday."
    assert [event[0] for event in coded(code(text), "pulled")] == ["SANCTION"]


def test_freezing_the_oil_a_state_sends_a_neighbour_is_a_sanction(code):
    text = "Algeria froze the discounted gas it sends to Tunisia by pipeline on Friday."
    assert [event[:2] for event in coded(code(text), "froze")] == [("SANCTION", "DZA")]


def test_a_field_hospital_sent_abroad_is_aid(code):
    assert coded(code("Italy sent a field hospital and six nurses to Libya on Wednesday."), "sent") == [("AID", "ITA", "LBY")]


def test_a_demand_long_after_the_lead_is_aimed_at_the_only_state_dealt_with(code):
    text = ("Ecuador recalled its ambassador from Lima on Sunday after a Peruvian town removed a monument to Ecuadorian "
            "soldiers. The town council said the monument had been put up without a permit. Workers took it down before "
            "dawn. The consulate said it had not been told in advance. Police closed the square for the day. "
            "Quito demanded that the monument be restored.")
    assert coded(code(text), "demanded") == [("REQUEST", "ECU", "PER")]


def test_an_unplaced_opposition_critic_of_a_government_is_of_its_state(code):
    text = ("Paraguay's foreign ministry recalled its ambassador from Brasília on Monday. "
            "The foreign ministry was criticised by the opposition Authentic Radical Party, which said the recall was rash.")
    assert coded(code(text), "criticised") == [("ACCUSE", "PRY", "PRY")]


def test_he_after_a_sentence_told_by_a_spokesman_is_the_spokesman(code):
    text = ("The parcel, Morocco's government spokesman said, had been opened lawfully, and Algerian diplomats had been "
            "warned twice this year. He accused Algerian diplomats of abusing the bag.")
    assert coded(code(text), "accused") == [("ACCUSE", "MAR", "DZA")]


def test_what_a_whether_clause_leaves_open_is_no_event(code):
    text = "Georgia's culture minister did not say whether Tbilisi would accept a joint nomination with Armenia."
    assert not [e for e in code(text) if e.trigger.text.startswith("accept")]


def test_an_act_told_as_ordered_by_someone_is_no_request(code):
    text = ("Burundi has closed four markets along its border to traders from Rwanda. "
            "The closure was ordered by Burundi's interior ministry on Friday.")
    assert [e.type for e in code(text)] == ["SANCTION"]


def test_stopping_buying_or_recognising_a_neighbours_goods_is_a_sanction(code):
    assert coded(code("Belarus stopped buying Lithuanian milk on Monday."), "stopped") == [("SANCTION", "BLR", "LTU")]
    assert coded(code("Mexico has stopped recognising medical degrees from Guatemala."), "stopped") == [("SANCTION", "MEX", "GTM")]
    # stopping an act of one's own is no sanction
    assert not [e for e in code("The police stopped searching the cars.") if e.type == "SANCTION"]


def test_a_minister_named_with_a_title_is_not_the_other_states_minister_after(code):
    text = ("“Four rhinos in two weeks is not bad luck,” Environment Minister Paulus Nghifindaka said in an interview. "
            "He accused Angolan border guards of waving the poachers through. Angola's environment minister denied "
            "the accusation.")
    events = code(text)
    assert coded(events, "accused")[0][1] != "AGO"
    assert coded(events, "denied")[0][:2] == ("REJECT", "AGO")


def test_a_name_with_its_describing_noun_in_apposition_fits_an_object_pattern(code):
    text = "Namibia suspended its part of the Iona–Skeleton Coast transfrontier park agreement with Angola on Wednesday."
    assert coded(code(text), "suspended") == [("SANCTION", "NAM", "AGO")]


def test_a_protest_to_a_state_targets_that_state_whatever_it_is_over(code):
    assert coded(code("Tajikistan has protested to Uzbekistan over a UNESCO nomination."), "protested") == [("ACCUSE", "TJK", "UZB")]
    # a body addressed passes the complaint on to whoever did what it is over
    assert coded(code("Lebanon complained to the UN over two Israeli air raids."), "complained") == [("ACCUSE", "LBN", "ISR")]


def test_an_offer_to_host_experts_from_both_countries_is_made_to_both(code):
    text = ("Tajikistan accused Uzbekistan of claiming the bread. Uzbekistan rejected the charge. "
            "Kazakhstan offered to host experts from both countries in Almaty.")
    assert coded(code(text), "offered") == [("AGREE", "KAZ", "TJK"), ("AGREE", "KAZ", "UZB")]


def test_the_province_takes_up_the_province_a_state_was_named_for(code):
    text = ("Hospitals in South Africa's Free State province have stopped admitting patients referred from Lesotho. "
            "Lesotho's health minister, Mamello Thakane, accused the province of using sick children as debt collectors.")
    assert coded(code(text), "accused") == [("ACCUSE", "LSO", "ZAF")]
