"""Round 106 of the event coder (docs/events.md, rule 124), from the dev split of the real-news gold (bench/real_events;
none of its text is here): a second subject the parser hangs on the object before it under a reporting verb; vows to
use "all means"; officeholders the people table lacks who judge; hopes expressed for another party's act (CAMEO 024,
an appeal); every state of "ministers from Britain, France, Holland and other countries"; a politician who tells a
state's organ doing a hostile act; reports that call another party's words false; rivals taken on in campaign copy.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import american_story, analyzed_countries, analyzed_on, byline_story


def accusations(text: str) -> list[tuple]:
    return [e for e in analyzed_countries(text) if e[0] == "ACCUSE"]


# ---------------------------------------------------------------- a second subject read as the object's conjunct


def test_a_subject_the_parser_joins_to_the_object_before_it_acts_under_a_reporting_verb():
    # the parser makes "Democrats" a conjunct of "investigation" and "accused" a clause of "said" with no subject
    text = american_story("Republicans said they're increasingly convinced the Justice Department bungled the investigation "
                          "and Democrats accused the GOP of stoking the controversy.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "USA")]


def test_a_subject_the_parser_joins_to_the_object_as_a_subject_acts_itself():
    # the parser makes "the border and Lithuania" the subject of "accused"
    text = byline_story("Poland said Russian troops had crossed the border and Lithuania accused Moscow of a provocation.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "LTU", "RUS")]


# ---------------------------------------------------------------- "all means"


def test_a_vow_to_use_all_means_available_is_a_threat():
    text = byline_story("The Russian president put the army on a wartime footing, ordering a partial mobilisation and vowing to "
                        "use “all means available” in the event of an attack on Russia.")
    assert analyzed_on(text, "vowing") == [("THREATEN", "vowing", "RUS", None)]


def test_a_warning_that_a_state_would_use_all_necessary_means_is_a_threat():
    text = byline_story("Moscow warned that it would use all necessary means to defend itself.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "RUS", None)]


def test_a_vow_to_use_means_of_a_named_kind_is_no_threat():
    text = byline_story("Moscow vowed to use diplomatic means to settle the dispute.")
    assert [e[0] for e in analyzed_on(text, "vowed")] == ["AGREE"]


# ---------------------------------------------------------------- officeholders judge


OFFICEHOLDER = "Finnish Prime Minister Petteri Orpo spoke to the European Parliament on Wednesday."
CLAIM = "He claimed that Moscow is preparing for a long conflict with the West."


def test_a_pronoun_for_an_officeholder_the_people_table_lacks_judges_as_his_state():
    assert analyzed_on(byline_story(OFFICEHOLDER, CLAIM), "claimed") == [("ACCUSE", "claimed", "FIN", "RUS")]


def test_a_pronoun_for_an_analyst_does_not_judge():
    text = byline_story("Mark Kessler, an analyst at a Helsinki institute, spoke on Wednesday.", CLAIM)
    assert analyzed_on(text, "claimed") == []


# ---------------------------------------------------------------- hopes expressed


def test_a_hope_expressed_that_other_states_will_act_is_an_appeal_to_them():
    text = byline_story("The US Treasury Secretary spoke in Bali.",
                        "She expressed hope that India would join the price cap, saying it would serve its own interests.")
    assert analyzed_on(text, "expressed hope") == [("REQUEST", "expressed hope", "USA", "IND")]


def test_a_hope_expressed_for_an_outcome_is_an_appeal_to_no_one():
    text = byline_story("The Japanese foreign minister expressed hope for a peaceful settlement.")
    assert analyzed_on(text, "expressed hope") == [("REQUEST", "expressed hope", "JPN", None)]


# ---------------------------------------------------------------- the states a list names


def test_every_state_of_a_list_ending_in_other_countries_acts():
    text = byline_story("Trade ministers from Britain, France, Holland and other countries had withdrawn from the Riyadh "
                        "conference in protest.")
    assert sorted(e[1] for e in analyzed_countries(text) if e[0] == "SANCTION") == ["FRA", "GBR", "NLD"]


def test_a_plural_the_tagger_reads_as_a_name_still_stands_for_each_state():
    # sentence-initial "Ministers" is tagged a proper noun
    assert sorted(analyzed_countries(byline_story("Ministers from Britain and France condemned Russia."))) == [
        ("ACCUSE", "FRA", "RUS"), ("ACCUSE", "GBR", "RUS")]


def test_a_state_of_two_words_in_a_list_is_one_state():
    text = byline_story("Warships from Guyana, the United States and Trinidad and Tobago began a five-day joint naval exercise "
                        "on Wednesday.")
    pairs = [(a, t) for kind, a, t in analyzed_countries(text) if kind == "COOPERATE"]
    assert ("TTO", "TTO") not in pairs
    assert {a for a, _ in pairs} | {t for _, t in pairs} == {"GUY", "USA", "TTO"}


# ---------------------------------------------------------------- a state's organ charged by a politician


def test_a_politician_who_says_a_states_services_did_a_hostile_act_accuses_the_state():
    text = byline_story("U.S. Democratic presidential candidate Hillary Clinton said Russian intelligence services hacked "
                        "into the party's computers.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "RUS")]


def test_a_military_that_reports_the_enemys_shelling_tells_the_news():
    text = byline_story("Ukraine's military said Russian forces shelled Kharkiv overnight, killing two people.")
    assert analyzed_on(text, "said") == []


# ---------------------------------------------------------------- words called false


def test_a_state_that_calls_anothers_allegations_baseless_rejects_them():
    text = byline_story("Moscow said the British allegations were baseless.")
    assert analyzed_on(text, "said") == [("REJECT", "said", "RUS", "GBR")]


def test_a_claim_called_not_true_is_rejected_as_its_owners():
    text = byline_story("The Kremlin said Ukraine's claims that Russian troops had shelled the plant were not true.")
    assert analyzed_on(text, "said") == [("REJECT", "said", "RUS", "UKR")]


def test_an_analyst_who_calls_claims_false_rejects_nothing():
    text = byline_story("A Warsaw analyst said the Russian claims were false.")
    assert analyzed_on(text, "said") == []


def test_claims_called_true_are_not_rejected():
    text = byline_story("Moscow said the British allegations were true.")
    assert analyzed_on(text, "said") == []


# ---------------------------------------------------------------- rivals taken on


def test_a_rival_taken_on_is_accused():
    text = american_story("Senator Ted Cruz took on Senator Marco Rubio on Sunday.")
    assert analyzed_on(text, "took on") == [("ACCUSE", "took on", "USA", "USA")]


def test_a_role_taken_on_is_no_accusation():
    text = american_story("The new chairman took on the role in March.")
    assert analyzed_on(text, "took on") == []


def test_going_on_offense_against_a_rival_accuses_him():
    text = american_story("Senator Elizabeth Warren went on offense against Republican senators on Monday.")
    assert [e[0] for e in analyzed_on(text, "went on offense")] == ["ACCUSE"]


def test_a_letter_challenging_a_presidents_handling_of_a_war_accuses():
    text = american_story("House Democrats signed a letter challenging the White House's handling of the war.")
    assert [e[0] for e in analyzed_on(text, "challenging")] == ["ACCUSE"]


def test_results_challenged_are_no_accusation():
    # "them" is the results: the rival's pronoun list (@person) is not read for "challenge"
    text = byline_story("The Mozambican opposition leader rejected the results and said his party would challenge them in court.")
    assert "ACCUSE" not in [e[0] for e in analyzed_on(text, "challenge")]


# ---------------------------------------------------------------- names of contempt, criticism fuelled, punishment


def test_a_rival_called_a_liar_is_accused_whatever_the_reason_given_after_it():
    # the reason's own words ("celebrating") would outweigh "pathological liar" in the sentiment lexicon
    text = american_story("Senator Ted Cruz questioned Mr. Trump's record. He called him a ''pathological liar'' for continuing "
                          "to insist the debunked accounts of crowds celebrating in Boston.")
    assert analyzed_on(text, "called") == [("ACCUSE", "called", "USA", "USA")]


def test_a_rival_called_a_friend_is_not_accused():
    text = american_story("Senator Bernie Sanders called Senator Elizabeth Warren a good friend.")
    assert analyzed_on(text, "called") == []


def test_criticism_an_act_fuels_is_the_critics_accusation():
    text = byline_story("The decision has fueled criticism from Beijing.")
    assert analyzed_on(text, "criticism") == [("ACCUSE", "criticism", "CHN", None)]


def test_punishment_a_state_would_impose_on_another_is_a_threat():
    text = byline_story("The American president said he would impose severe punishment on Saudi Arabia if proof emerges.")
    assert analyzed_on(text, "impose severe punishment") == [("THREATEN", "impose severe punishment", "USA", "SAU")]


# ---------------------------------------------------------------- acts called good


def test_an_act_a_public_figure_calls_a_ray_of_hope_is_endorsed():
    text = byline_story("UN Secretary-General Antonio Guterres called the grain deal a ray of hope for the hungry.")
    assert analyzed_on(text, "called") == [("SUPPORT", "called", "IGO", None)]


def test_an_act_called_a_historic_mistake_is_rebuked_not_endorsed():
    text = byline_story("The Japanese prime minister called the agreement a historic mistake.")
    assert [e[0] for e in analyzed_on(text, "called")] == ["ACCUSE"]


def test_an_analyst_who_calls_a_deal_historic_endorses_nothing():
    assert analyzed_on(byline_story("Analysts called the agreement historic."), "called") == []


def test_a_report_that_an_act_of_another_state_is_an_important_step_endorses_its_author():
    text = byline_story("The Japanese foreign minister said the Russian withdrawal was an important step.")
    assert analyzed_on(text, "said") == [("SUPPORT", "said", "JPN", "RUS")]


def test_a_report_that_an_exchange_represented_an_important_step_endorses_it():
    text = byline_story("Turkish President Recep Tayyip Erdogan said this exchange represented “a very important step.”")
    assert analyzed_on(text, "said") == [("SUPPORT", "said", "TUR", None)]


def test_a_victory_claimed_is_no_endorsement():
    text = byline_story("The Honduran foreign minister said the ruling was a victory for the law.")
    assert analyzed_on(text, "said") == []


def test_an_act_said_not_to_be_a_step_forward_is_not_endorsed():
    text = byline_story("Turkish President Recep Tayyip Erdogan said the exchange was not an important step.")
    assert analyzed_on(text, "said") == []


# ---------------------------------------------------------------- support and attacks in campaign copy


def test_a_rival_defended_or_come_to_the_defense_of_is_supported():
    assert analyzed_on(american_story("Former Florida governor Jeb Bush came to Marco Rubio's defense on Sunday."),
                       "came to Marco Rubio's defense") == [("SUPPORT", "came to Marco Rubio's defense", "USA", "USA")]
    assert analyzed_on(american_story("Senator Lindsey Graham defended Donald Trump's remarks."), "defended") == [
        ("SUPPORT", "defended", "USA", "USA")]


def test_a_city_defended_is_no_support():
    assert analyzed_on(byline_story("Ukrainian troops defended the city for three weeks."), "defended") == []


def test_support_thrown_or_rallied_behind_a_candidate_is_aimed_at_him():
    assert analyzed_on(american_story("Governor Chris Christie threw his support behind Donald Trump."), "threw his support") == [
        ("SUPPORT", "threw his support", "USA", "USA")]
    assert analyzed_on(american_story("Several Republican senators rallied behind Mitt Romney."), "rallied behind") == [
        ("SUPPORT", "rallied behind", "USA", "USA")]


def test_campaigning_for_a_candidate_supports_her():
    assert analyzed_on(american_story("Barack Obama campaigned for Hillary Clinton in Ohio."), "campaigned for Hillary Clinton") == [
        ("SUPPORT", "campaigned for Hillary Clinton", "USA", "USA")]


def test_rivals_gone_after_knocked_or_pounced_on_are_accused():
    assert analyzed_on(american_story("Marco Rubio went after Ted Cruz on immigration."), "went after Ted Cruz") == [
        ("ACCUSE", "went after Ted Cruz", "USA", "USA")]
    assert analyzed_on(american_story("Jeb Bush knocked Donald Trump for his comments."), "knocked") == [
        ("ACCUSE", "knocked", "USA", "USA")]
    assert [e[0] for e in analyzed_on(american_story("Democrats pounced on Donald Trump's remarks."), "pounced on")] == ["ACCUSE"]


def test_suspects_gone_after_and_opponents_knocked_down_are_no_accusations():
    assert accusations(byline_story("Police went after the suspects.")) == []
    assert accusations(byline_story("The boxer knocked his opponent down.")) == []


# ---------------------------------------------------------------- crimes named, parts in a war


def test_a_military_that_says_a_states_troops_committed_atrocities_accuses_the_state():
    # a crime named is a charge whoever judges it, where the enemy's shelling reported is the news
    text = byline_story("The Ukrainian army said Russian troops had committed atrocities in Bucha.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "UKR", "RUS")]


def test_a_state_said_to_be_involved_in_the_war_is_accused():
    text = byline_story("Russian Foreign Minister Sergei Lavrov said NATO was directly involved in the conflict.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "RUS", "IGO")]


def test_a_state_said_to_be_involved_in_talks_is_not_accused():
    text = byline_story("Russian Foreign Minister Sergei Lavrov said NATO was involved in the talks.")
    assert analyzed_on(text, "said") == []
