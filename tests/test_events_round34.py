"""Round 34 of the event coder: the story's setting gives parties their country (docs/events.md, rule 52).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import analyzed_on

# A story with no dateline, as feature and bureau copy often runs: its byline names no place.
BYLINE = "Teachers march on the ministry\n\nBy Staff Writer, Lakeside Gazette\n\n"


def test_bare_police_take_the_state_of_the_place_in_their_clause():
    # main: ASSAULT – → Lilongwe (the police had no country and the city stood for the teachers)
    text = BYLINE + "Police fired tear gas at hundreds of teachers marching on the education ministry in Lilongwe on Tuesday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "fired")] == [("ASSAULT", "MWI", "MWI")]


def test_bare_police_as_a_target_take_the_state_of_a_place_in_their_clause():
    # main: ACCUSE BOL → None
    text = BYLINE + "Student leaders in Cochabamba accused the police of beating marchers with batons on Monday.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "accused")] == [("ACCUSE", "BOL", "BOL")]


def test_a_place_in_a_reported_clause_does_not_set_the_reporter():
    # guard: the arrests in Kenya are the reported clause's place, not the setting of the police who speak of them
    text = ("KAMPALA, June 2 (Lake Wire) - Police said on Tuesday that two suspects had been arrested in Kenya. "
            "Police then accused opposition activists of planning the attack.\n")
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "accused")] == [("ACCUSE", "UGA", "UGA")]


def test_a_place_of_two_states_in_the_clause_gives_no_setting():
    # guard: a clause that names places of two states does not say where the police are
    text = BYLINE + "Police arrested 12 smugglers on the road between Lilongwe and Lusaka on Friday.\n"
    assert [e[2] for e in analyzed_on(text, "arrested")] in ([None], [])


def test_a_sentence_opening_with_a_place_sets_the_next_sentence_of_its_paragraph():
    # main: the police of the dateline's state (MLI)
    text = ("BAMAKO, March 3 (Sahel Wire) - Mali closed its border with Niger on Sunday after an attack near Gao, Mali's "
            "defence ministry said.\n\nIn Niamey, students protested against the closure of the border. Police dispersed them "
            "with tear gas.\n")
    assert [e[2] for e in analyzed_on(text, "dispersed")] == ["NER"]


def test_a_new_paragraph_does_not_carry_the_last_opening_place():
    # guard: the opening place sets only the sentences of its own paragraph
    text = ("BAMAKO, March 3 (Sahel Wire) - Mali closed its border with Niger on Sunday after an attack near Gao, Mali's "
            "defence ministry said.\n\nIn Niamey, students protested against the closure of the border.\n\nPolice "
            "arrested 14 traders for smuggling fuel.\n")
    assert [e[2] for e in analyzed_on(text, "arrested")] == ["MLI"]


MALAWI = (BYLINE + "Malawi's electoral commission declared the incumbent the winner of the presidential vote on Sunday.\n\n"
          "The opposition demanded a recount, saying ballots had been stuffed in several districts.\n\n"
          "Paramilitary forces accused the army of shelling a market in the north.\n\n"
          "Malawi's president called for calm, and Malawi's churches urged both sides to talk.\n")


def test_bare_police_in_a_story_with_no_dateline_are_of_the_state_it_is_about():
    # main: no event (the police had no country, nor the people they arrested)
    text = MALAWI + "\nPolice arrested 30 people after protesters set fire to tyres outside the commission's offices.\n"
    assert [(e[0], e[2]) for e in analyzed_on(text, "arrested")] == [("COERCE", "MWI")]


def test_paramilitary_forces_in_a_story_with_no_dateline_are_of_the_state_it_is_about():
    # main: the paramilitary forces had no country (the army they accuse has none either: an army is not placed)
    assert [(e[0], e[2]) for e in analyzed_on(MALAWI, "accused")] == [("ACCUSE", "MWI")]


def test_police_in_a_story_with_no_dateline_are_not_given_the_state_whose_people_they_detain():
    # guard: the state a story is about may be the one whose people another state's police detained (rule 44)
    text = (BYLINE + "Zambia summoned the Malawian envoy on Monday after police detained three Zambian traders at a market "
            "near the border.\n\nZambia said the traders had papers, and Zambia asked for their release.\n\n"
            "Zambia's foreign minister accused Malawi of harassing traders.\n")
    assert [e[2] for e in analyzed_on(text, "detained")] in ([None], [])


def test_a_place_the_goods_come_from_does_not_place_the_police():
    # guard: a "from" phrase says where the fuel was, not whose police took it
    text = BYLINE + "Police seized 200 litres of fuel smuggled from Zambia on Friday.\n"
    assert [e[2] for e in analyzed_on(text, "seized")] in ([None], [])
