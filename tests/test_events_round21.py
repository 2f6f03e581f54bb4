"""Round 21 of the event coder, from the event errors of the burned varied sets bench/unseen22, unseen23,
unseen26 to unseen29, checked on the older development sets (docs/events.md, rule 39).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on as _on

_events = analyzed_events


def test_what_a_carrier_carries_is_what_is_sent():
    assert _on("Spain sent a frigate carrying 50 tonnes of medicine to Mauritania on Friday.", "sent") == [("AID", "sent", "ESP", "MRT")]
    assert _on("Ireland flew two cargo planes carrying blankets and tents into Freetown on Monday.", "flew") == [("AID", "flew", "IRL", "SLE")]
    # flying aircraft that carry nothing is no aid
    assert _on("Ireland flew two fighter jets over Freetown on Monday.", "flew") == []


def test_planes_from_listed_states_act_for_each_and_the_counted_states_are_taken_up():
    text = ("Helicopters from Kenya, Uganda and Tanzania dropped 30 tonnes of food over flooded villages in Somalia on Friday. "
            "Somalia's government thanked the three countries.")
    assert sorted(e[2] for e in _on(text, "dropped 30 tonnes of food")) == ["KEN", "TZA", "UGA"]
    assert sorted(_on(text, "thanked")) == [("SUPPORT", "thanked", "SOM", "KEN"), ("SUPPORT", "thanked", "SOM", "TZA"),
                                            ("SUPPORT", "thanked", "SOM", "UGA")]
    # a count that does not match the states that acted takes up no one
    text = ("Helicopters from Kenya and Uganda dropped 30 tonnes of food over flooded villages in Somalia on Friday. "
            "Somalia's government thanked the three countries.")
    assert [e[3] for e in _on(text, "thanked")] == [None]


def test_a_passive_release_is_by_whoever_held_the_released():
    text = ("Latvian border guards detained 12 Lithuanian fishermen near Daugavpils on Saturday. "
            "Five of the fishermen were released on Sunday.")
    assert _on(text, "released") == [("RETREAT", "released", "LVA", "LTU")]
    # the holder of the released people's country, not the latest holder
    text = ("Estonian police detained 20 Finnish fishermen on Saturday. Latvian police arrested two Estonian drivers in Riga. "
            "Eight of the Finnish fishermen were released on Sunday.")
    assert _on(text, "released") == [("RETREAT", "released", "EST", "FIN")]


def test_an_act_named_in_the_reactors_own_words_answers_the_last_act_on_its_state():
    text = ("Bolivian soldiers detained 30 Peruvian traders at the Desaguadero crossing on Monday. "
            "Peru's trade minister condemned what she called the \u201chumiliating\u201d treatment of the traders.")
    assert _on(text, "condemned") == [("ACCUSE", "condemned", "PER", "BOL")]


def test_three_states_acting_together_pair_each_once_in_the_order_named():
    text = "The coast guards of Ghana, Togo and Benin agreed on Friday to share radar data."
    assert sorted(_on(text, "agreed")) == [("AGREE", "agreed", "GHA", "BEN"), ("AGREE", "agreed", "GHA", "TGO"),
                                           ("AGREE", "agreed", "TGO", "BEN")]


def test_forces_sent_at_a_states_request_are_aid_to_it():
    text = "Senegal dispatched two patrol boats to Banjul at the Gambian government's request."
    assert _on(text, "dispatched") == [("AID", "dispatched", "SEN", "GMB")]
    text = "Norway sent two warships to Tromsø at the request of Finland."
    assert _on(text, "sent") == [("AID", "sent", "NOR", "FIN")]
    # without a request, warships sent are a show of force
    assert [e[0] for e in _on("Norway sent two warships to Tromsø.", "sent two warships")] == ["MOBILIZE"]


def test_two_states_forces_drilling_together_cooperate():
    text = "About 900 Kenyan and Ugandan soldiers began the exercise near Tororo on Monday."
    assert sorted((e[0], e[2], e[3]) for e in _on(text, "began the exercise")) == [("COOPERATE", "KEN", "UGA"), ("COOPERATE", "UGA", "KEN")]
    # one state's forces drilling mobilise
    assert [e[0] for e in _on("Ugandan soldiers began the exercise near Tororo on Monday.", "began the exercise")] == ["MOBILIZE"]


def test_its_across_sentences_is_the_body_that_spoke_not_a_thing_in_what_it_said():
    text = ("Chile's mining ministry said the Bolivian tariffs broke the spirit of the treaty. "
            "Its deputy minister later warned that Chile could close the border to Bolivian lorries.")
    assert [e[2] for e in _on(text, "warned")] == ["CHL"]


def test_a_state_name_the_parser_splits_at_its_and_is_one_party():
    text = "Antigua and Barbuda's prime minister held talks with Dominica's prime minister on Tuesday."
    assert _on(text, "held talks") == [("CONSULT", "held talks", "ATG", "DMA")]


def test_a_states_armed_forces_are_the_states_when_the_tagger_reads_its_name_as_a_person():
    text = ("Planes from Jordan and Algeria landed in Benghazi on Monday with tents and rice. "
            "Jordan's armed forces said they had sent a field hospital team with the first flight.")
    assert [e[2] for e in _on(text, "sent a field hospital team")] == ["JOR"]


def test_a_coordinated_object_the_parser_read_as_a_clause_is_the_object():
    assert _on("Canada imposed travel bans and asset freezes on Friday on nine Nicaraguan judges.", "imposed travel bans") == [
        ("SANCTION", "imposed travel bans", "CAN", "NIC")]


def test_people_handed_to_another_states_authority_are_a_hand_over():
    assert _on("The Spanish navy handed 40 migrants to the Moroccan coast guard on Monday.", "handed") == [
        ("COOPERATE", "handed", "ESP", "MAR")]
    # a note handed to someone is no hand-over of people
    assert all(e[0] != "COOPERATE" for e in _events("Egypt's foreign minister handed the Sudanese ambassador a letter on Monday."))
    assert all(e[0] != "COOPERATE" for e in _events("Chile's deputy foreign minister handed Ambassador Rosa Quispe a note of protest."))


def test_the_head_of_a_mission_ordered_out_is_expelled():
    text = ("Chile's foreign ministry said that the Bolivian consul had broken the law. "
            "On Friday it ordered the deputy head of the Bolivian mission in Santiago to leave the country within 48 hours.")
    assert _on(text, "ordered") == [("SANCTION", "ordered", "CHL", "BOL")]
