"""Round 92 of the event coder (docs/events.md, rule 110): trade or passage a state stops doing is cut; officials,
diplomats and flights allowed in are a concession, and the visit they are allowed is no meeting of its own; doses and
sets count what they measure ("doses" was lemmatised "dos"); passengers flown back are returned; an airspace closed
"to" another state's airlines is a sanction even when "its own"; a crossing closed with no other state named is aimed
at the state the closer is quarrelling with.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed, byline_story


def test_pumping_stopped_into_another_states_pipeline_is_a_sanction():
    text = byline_story("South Sudan stopped pumping crude on Monday into the pipeline that carries its oil to the Sudanese coast.")
    assert analyzed_on(text, "stopped") == [("SANCTION", "stopped", "SSD", "SDN")]


def test_lorries_no_longer_let_through_are_a_sanction():
    text = byline_story("Chad stopped letting Sudanese lorries through the Adré crossing on Friday.")
    assert analyzed_events(text) == [("SANCTION", "stopped", "TCD", "SDN")]


def test_fighting_stopped_is_no_sanction():
    text = byline_story("Armenian and Azerbaijani troops stopped fighting on Monday evening.")
    assert not analyzed_typed(text, "SANCTION")


def test_consular_officials_allowed_to_visit_are_a_concession_not_a_meeting():
    text = byline_story("Colombia allowed Venezuelan consular officials to visit the detained crew in Cartagena on Thursday morning.")
    assert analyzed_events(text) == [("RETREAT", "allowed", "COL", "VEN")]


def test_a_diplomat_allowed_in_is_not_the_actor_of_the_passive():
    text = byline_story("Its embassy in Asmara said a diplomat had been allowed to see the ship's captain for twenty minutes.")
    assert not [e for e in analyzed_events(text) if e[0] == "RETREAT" and e[2] is None]


def test_doses_of_vaccine_flown_to_two_states_are_aid_to_each():
    text = byline_story("Kenya flew 1.2 million doses of cholera vaccine to Uganda and Tanzania on Monday.")
    assert sorted(analyzed_typed(text, "AID")) == [("KEN", "TZA"), ("KEN", "UGA")]


def test_sets_of_protective_gear_sent_are_aid():
    text = byline_story("The World Health Organization said it had sent 3,000 sets of protective gear and a mobile laboratory to Liberia.")
    assert analyzed_typed(text, "AID") == [("IGO", "LBR")]


def test_doses_are_lemmatised_dose(parse):
    doc = parse("Two million doses arrived.")
    assert doc[2].lemma_ == "dose"


def test_passengers_flown_back_are_returned():
    text = byline_story("Uzbekistan flew the passengers back to Kazakhstan on Saturday.")
    assert analyzed_events(text) == [("RETREAT", "flew the passengers back", "UZB", "KAZ")]


def test_its_own_airspace_closed_to_another_states_airlines_is_a_sanction():
    text = byline_story("Baku answered within hours by closing its own airspace to Armenian airlines.")
    assert analyzed_events(text) == [("SANCTION", "closing its own airspace", "AZE", "ARM")]


def test_a_crossing_closed_after_an_attack_is_aimed_at_the_attackers_state():
    # the crossing is named after a town of the closer's own state, which placed it there
    text = ("Report\n\nZAHEDAN, Nov 29 (Frontier Post) -\n\n"
            "Mortar fire from the Pakistani side of the border killed two Iranian border guards on Friday night. "
            "Iran shelled three Pakistani positions in reply.\n\n"
            "Iran closed the Zahedan crossing to lorries on Saturday morning, leaving some 600 trucks, most of them carrying fuel "
            "and flour for Pakistan, parked along the road. The Iranian foreign ministry summoned Pakistan's charge d'affaires in "
            "Tehran a few hours later.\n")
    assert [e[3] for e in analyzed_on(text, "closed the Zahedan crossing")] == ["PAK"]
