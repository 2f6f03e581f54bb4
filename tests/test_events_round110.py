"""Round 110 of the event coder (docs/events.md, rule 128), from the dev split of the real-news gold (bench/real_events;
none of its text is here): a border closed where the parser makes its length the object; another state's forces an
attack is carried out with.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import american_story, analyzed_events, analyzed_on, byline_story


# ---------------------------------------------------------------- a border given with its length


def test_a_border_given_with_its_length_is_what_is_closed():
    # the parser makes "km" the object and the border its apposition
    text = byline_story("Estonia has closed its entire 294 km (183 mile) border with Russia for a month.")
    assert analyzed_on(text, "closed") == [("SANCTION", "closed", "EST", "RUS")]


def test_a_frontier_is_shut_as_a_border_is():
    text = byline_story("Turkey shut its frontier with Syria on Friday.")
    assert analyzed_on(text, "shut its frontier") == [("SANCTION", "shut its frontier", "TUR", "SYR")]


def test_a_length_with_no_border_beside_it_is_no_border():
    text = byline_story("Estonia has closed 40 km of road along the coast for repairs.")
    assert analyzed_on(text, "closed") == []


# ---------------------------------------------------------------- an attack carried out with a partner


def test_forces_an_attack_is_carried_out_with_attack_too():
    text = byline_story("The French air force carried out air strikes with British forces on rebel camps in northern Mali.")
    assert sorted(analyzed_on(text, "carried out air strikes")) == [
        ("ASSAULT", "carried out air strikes", "FRA", "MLI"), ("ASSAULT", "carried out air strikes", "GBR", "MLI")]


def test_forces_fought_with_are_the_other_side():
    text = byline_story("Armenian troops clashed with Azerbaijani forces on Tuesday.")
    assert sorted(analyzed_on(text, "clashed")) == [("ASSAULT", "clashed", "ARM", "AZE"), ("ASSAULT", "clashed", "AZE", "ARM")]


def test_strikes_with_a_partner_aimed_at_no_one_name_no_second_attacker():
    text = byline_story("The French air force carried out air strikes with British forces in northern Mali.")
    assert [e[2] for e in analyzed_on(text, "carried out air strikes")] == ["FRA"]


# ---------------------------------------------------------------- the war a story is set in


def test_a_war_named_as_a_noun_is_the_setting_not_news():
    text = byline_story("Finland joined NATO in April in response to Russia's invasion of Ukraine, the government said on Monday.")
    assert analyzed_on(text, "invasion") == []


def test_a_war_said_to_do_harm_is_still_the_setting():
    text = byline_story("Russia's war in Ukraine poses the greatest threat to the global economy, the finance minister said on Thursday.")
    assert analyzed_on(text, "war") == []


def test_an_invasion_launched_is_news():
    text = byline_story("Russia launched a full-scale invasion of Ukraine, Ukrainian officials said.")
    assert analyzed_on(text, "launched a full-scale invasion") == [("ASSAULT", "launched a full-scale invasion", "RUS", "UKR")]


# ---------------------------------------------------------------- a headline's "urged to"


def test_a_headlines_urged_to_names_those_urged():
    text = "Ghana urged to lift ban on poultry imports\n\nACCRA - Ghana has been urged to lift its ban on poultry imports from Togo."
    assert analyzed_on(text, "urged")[0][2:] == (None, "GHA")


def test_a_headlines_urged_with_an_object_names_who_urges():
    text = "Togo urged Ghana to lift ban on poultry imports\n\nLOME - Togo on Monday urged Ghana to lift its ban on poultry imports."
    assert {e[2:] for e in analyzed_on(text, "urged")} == {("TGO", "GHA")}


# ---------------------------------------------------------------- amounts


def test_a_great_deal_of_something_is_no_agreement():
    text = byline_story("German authorities had imposed a great deal of security around the arms maker's chief executive.")
    assert [e for e in analyzed_events(text) if e[0] == "AGREE"] == []


# ---------------------------------------------------------------- violence an intent would end


def test_a_plan_proposed_to_halt_fighting_is_an_offer():
    text = byline_story("Brazil last year proposed a plan to halt the fighting in Sudan.")
    assert [e[0] for e in analyzed_on(text, "proposed")] == ["AGREE"]


def test_an_offer_to_end_a_war_is_an_offer():
    text = byline_story("Qatar proposed to end the war between the two militias.")
    assert [e[0] for e in analyzed_on(text, "proposed")] == ["AGREE"]


def test_a_threat_to_launch_strikes_stays_a_threat():
    text = byline_story("Russia threatened to launch strikes on Kyiv.")
    assert [e[0] for e in analyzed_on(text, "threatened")] == ["THREATEN"]


# ---------------------------------------------------------------- declining to speak


def test_declining_to_give_details_is_no_rejection():
    text = byline_story("The Kenyan foreign ministry declined to give details of its talks with Ethiopia.")
    assert analyzed_on(text, "declined") == []


def test_refusing_to_be_drawn_is_no_rejection():
    text = byline_story("The Kenyan foreign minister refused to be drawn on whether Ethiopia would be asked to pay.")
    assert analyzed_on(text, "refused") == []


def test_declining_to_answer_a_question_is_no_rejection():
    text = byline_story("The Kenyan foreign minister declined to respond to a question about the Ethiopian troops.")
    assert analyzed_on(text, "declined") == []


def test_refusing_to_release_prisoners_is_a_rejection():
    text = byline_story("Ethiopia refused to release the Kenyan prisoners.")
    assert [e[0] for e in analyzed_on(text, "refused")] == ["REJECT"]


def test_refusing_to_answer_a_demand_is_a_rejection():
    text = byline_story("Ethiopia refused to respond to Kenya's demands.")
    assert [e[:1] + e[2:] for e in analyzed_on(text, "refused")] == [("REJECT", "ETH", "KEN")]


# ---------------------------------------------------------------- a report a body issued


def test_a_report_named_by_its_body_is_the_bodys():
    text = american_story("A Senate report accused China of hacking the computers of a federal regulator.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "CHN")]


def test_a_report_named_by_a_world_body_stays_the_bodys():
    text = byline_story("A UN report accused Russia of war crimes.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "IGO", "RUS")]
