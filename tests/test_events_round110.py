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
    text = byline_story("Moldova is moving toward membership of the European Union in response to Russia's invasion of Ukraine, "
                        "its foreign minister said on Tuesday.")
    assert analyzed_on(text, "invasion") == []


def test_a_war_said_to_do_harm_is_still_the_setting():
    text = byline_story("Russia's war in Ukraine poses the greatest threat to the global economy, the finance minister said on Thursday.")
    assert analyzed_on(text, "war") == []


def test_an_invasion_launched_is_news():
    text = byline_story("Russia launched a full-scale invasion of Ukraine, Ukrainian officials said.")
    assert analyzed_on(text, "launched a full-scale invasion") == [("ASSAULT", "launched a full-scale invasion", "RUS", "UKR")]


# ---------------------------------------------------------------- a headline's "urged to"


def test_a_headlines_urged_to_names_those_urged():
    text = "Ghana urged to lift ban on poultry imports\n\nACCRA - The ban has hurt traders in Togo, officials said on Monday."
    assert [e[2:] for e in analyzed_on(text, "urged")] == [(None, "GHA")]


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
    # in a datelined story "A Senate report" had no actor the report's words name: its body issued it
    text = "WASHINGTON (Reuters) - A Senate report accused China of hacking the computers of a federal regulator."
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "CHN")]


def test_a_report_named_by_a_world_body_stays_the_bodys():
    text = byline_story("A UN report accused Russia of war crimes.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "IGO", "RUS")]


# ---------------------------------------------------------------- objects that are not the act's


def test_wealth_built_up_is_no_mobilisation():
    text = byline_story("Over the years the former Kenyan minister has built up an impressive net worth.")
    assert [e for e in analyzed_events(text) if e[0] == "MOBILIZE"] == []


def test_forces_built_up_are_a_mobilisation():
    text = byline_story("Russia has built up forces near the border with Finland.")
    assert [e[:3] for e in analyzed_on(text, "built up")] == [("MOBILIZE", "built up", "RUS")]


def test_a_price_charged_is_no_charge_against_anyone():
    text = byline_story("Ukrainian retailers complain they can only charge the price set by the government.")
    assert analyzed_on(text, "charge") == []


def test_people_charged_are_accused():
    text = byline_story("Kenya charged two Ethiopians with espionage.")
    assert analyzed_on(text, "charged") == [("ACCUSE", "charged", "KEN", "ETH")]


# ---------------------------------------------------------------- a gerund's own subject


def test_the_noun_before_a_gerund_after_a_preposition_does_it():
    text = byline_story("Iran is certain to respond to its Israeli enemy assassinating a guest in Tehran.")
    assert [e[:3] for e in analyzed_on(text, "assassinating")] == [("ASSAULT", "assassinating", "ISR")]


def test_a_gerund_with_no_noun_before_it_is_the_verbs_subjects():
    text = byline_story("Serbia answered by recalling its ambassador from Skopje.")
    assert [e[:3] for e in analyzed_on(text, "recalling")] == [("SANCTION", "recalling", "SRB")]


# ---------------------------------------------------------------- a state's advice to its own people


def test_a_warning_to_a_states_own_citizens_is_advice():
    text = byline_story("The US embassy in China issued a health warning to Americans living there.")
    assert [e for e in analyzed_events(text) if e[0] == "THREATEN"] == []


def test_a_warning_to_another_states_citizens_stays_a_threat():
    text = byline_story("Kenya warned Tanzanian traders that their lorries would be seized.")
    assert [e[0] for e in analyzed_on(text, "warned")] == ["THREATEN"]


def test_a_warning_to_ones_own_government_stays_a_threat():
    text = byline_story("Bolivian opposition leader Teodoro Mamani warned the Bolivian government that the blockades would resume.")
    assert [e[0] for e in analyzed_on(text, "warned")] == ["THREATEN"]


# ---------------------------------------------------------------- what did not happen, or is only believed


def test_could_not_bring_themselves_to_back_is_no_support():
    text = american_story("Neither man liked Hillary Clinton, but they couldn't bring themselves to back Donald Trump.")
    assert analyzed_on(text, "back") == []


def test_persuaded_of_a_benefit_is_a_belief():
    text = byline_story("The Kenyan economist, like most of his colleagues, is still persuaded of the benefits of trade with Uganda.")
    assert analyzed_on(text, "persuaded") == []


def test_persuaded_by_a_state_to_act_is_a_request():
    text = byline_story("Ethiopia was persuaded by Kenya to withdraw its troops.")
    assert analyzed_on(text, "persuaded") == [("REQUEST", "persuaded", "KEN", "ETH")]


# ---------------------------------------------------------------- an act its own phrase dates


def test_a_killing_dated_by_its_own_earlier_year_is_history():
    text = byline_story("Germany apologised to Namibia on Sunday for the killing of Herero villagers by German troops in 1904.")
    assert analyzed_on(text, "killing") == []
    assert [e[0] for e in analyzed_on(text, "apologised")] == ["SUPPORT"]


def test_declining_to_provide_data_is_declining_to_speak():
    text = byline_story("The Kenyan government declined to provide data on the Ethiopian workers it deported.")
    assert analyzed_on(text, "declined") == []


# ---------------------------------------------------------------- a helper, and a round of something else


def test_a_state_that_helps_an_invasion_is_not_invaded():
    text = byline_story("Russia invaded, with help from Belarus, in February.")
    assert [e[3] for e in analyzed_on(text, "invaded")] == [None]


def test_a_round_of_a_tournament_is_no_talks():
    text = byline_story("The Kenyan runner won in the first round of the African Championships in Accra.")
    assert [e for e in analyzed_events(text) if e[0] == "CONSULT"] == []


def test_a_round_of_talks_is_talks():
    text = byline_story("Kenya and Ethiopia held a new round of talks in Nairobi.")
    assert sorted(e[2:] for e in analyzed_on(text, "held a new round of talks")) == [("ETH", "KEN"), ("KEN", "ETH")]


# ---------------------------------------------------------------- a wish


def test_coercion_protesters_hope_for_is_no_act():
    text = byline_story("Climate protesters are hoping to shut down the summit in Nairobi on Wednesday.")
    assert analyzed_on(text, "shut down") == []


def test_a_capture_a_state_wants_is_no_act():
    text = byline_story("Russia wants to capture the port of Odesa, Ukrainian officials said.")
    assert analyzed_on(text, "capture") == []


def test_protesters_who_shut_down_a_summit_coerce():
    text = byline_story("Climate protesters shut down the summit in Nairobi on Wednesday.")
    assert [e[0] for e in analyzed_on(text, "shut down")] == ["COERCE"]


def test_seizing_on_a_video_takes_nothing():
    text = american_story("Three days later, Donald Trump seized on the video in a Republican presidential debate.")
    assert analyzed_on(text, "seized") == []


def test_charging_students_a_sum_is_no_charge():
    text = american_story("It slams Trump University for receiving a D rating from the Better Business Bureau while charging "
                          "students more than $30,000.")
    assert analyzed_on(text, "charging") == []


def test_voters_a_campaign_targets_are_its_audience():
    text = american_story("The Super PAC also plans to target Indiana voters via mail and digital ads.")
    assert analyzed_on(text, "target") == []


def test_power_stations_drones_target_are_attacked():
    text = byline_story("Russian drones targeted Ukrainian power stations on Tuesday.")
    assert analyzed_on(text, "targeted") == [("ASSAULT", "targeted", "RUS", "UKR")]


def test_officers_shootings_are_what_the_officers_underwent():
    text = byline_story("WESTERVILLE, Ohio - Police identified a suspect in the two officers' shootings on Sunday.")
    assert [e[2:] for e in analyzed_on(text, "shootings")] == [(None, "USA")]


# ---------------------------------------------------------------- questions put, interviews declined


def test_a_question_put_to_a_candidate_asks_for_nothing():
    text = american_story("Not long after, NBC's Chuck Todd asked the GOP frontrunner about the Twitter kerfuffle.")
    assert analyzed_on(text, "asked") == []


def test_asking_followers_what_they_thought_asks_for_nothing():
    text = american_story("We asked our followers what they thought Hillary Clinton was doing better than Donald Trump.")
    assert analyzed_on(text, "asked") == []


def test_asking_a_state_to_act_is_a_request():
    text = byline_story("Kenya asked Uganda to explain what its troops were doing near the border.")
    assert analyzed_on(text, "asked") == [("REQUEST", "asked", "KEN", "UGA")]


def test_declining_to_be_interviewed_is_declining_to_speak():
    text = american_story("Lael Brainard, a governor of the Federal Reserve, declined to be interviewed for this article.")
    assert analyzed_on(text, "declined") == []


def test_asking_why_puts_a_question():
    text = byline_story("Villagers in Suriname welcomed the raid on the Brazilian dredges but asked why it had taken so long.")
    assert analyzed_on(text, "asked") == []


def test_lawmakers_asking_whether_demand_an_answer():
    text = american_story("Lawmakers in the United States also asked whether the deals required the recipients to cooperate.")
    assert [e[0] for e in analyzed_on(text, "asked")] == ["REQUEST"]


def test_asking_someone_when_is_a_question():
    text = american_story("Ohio Rep. James Jordan asked the inspector general when his team had discovered the message.")
    assert analyzed_on(text, "asked") == []
