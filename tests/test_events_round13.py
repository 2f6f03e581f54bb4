"""Round 13 of the event coder, from the event errors of the seven burned blind sets, unseen7 first
(docs/events.md, rule 31).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from .events_support import code, coded  # noqa: F401  (code is a fixture)


def test_a_sentence_opening_with_a_place_places_its_unplaced_parties(code):
    # filed from Lima, but the sentence is set in Madrid: the party and "the government" are Spanish
    text = ("LIMA, Nov 3 (Andes Wire) - Peru expelled two Spanish diplomats on Monday. In Madrid, the opposition "
            "Socialists called on the government to recall Spain's ambassador.")
    assert coded(code(text), "called") == [("REQUEST", "ESP", "ESP")]


def test_without_an_opening_place_the_dateline_still_places_them(code):
    text = ("LIMA, Nov 3 (Andes Wire) - Peru expelled two Spanish diplomats on Monday. The opposition "
            "Socialists called on the government to recall Peru's ambassador.")
    assert coded(code(text), "called") == [("REQUEST", "PER", "PER")]


def test_a_rebuke_of_a_thing_answers_the_last_state_that_acted_on_the_actor(code):
    text = ("Beijing accused Manila of provoking a clash at the shoal on Sunday. "
            "The Philippine foreign ministry rejected the accusation within hours.")
    assert coded(code(text), "rejected") == [("REJECT", "PHL", "CHN")]


def test_a_refusal_to_act_is_not_made_an_answer_to_the_accuser(code):
    # no thing is rejected: the accuser is not the target of a refusal to attend
    text = ("Beijing accused Manila of provoking a clash at the shoal on Sunday. "
            "The Philippine foreign ministry refused to attend the meeting in Hanoi.")
    assert all(target != "CHN" for _, _, target in coded(code(text), "refused"))


def test_thanks_for_months_of_work_are_one_act_not_a_habit(code):
    text = "Norway's foreign minister thanked the emir of Kuwait for months of patient work on the talks."
    assert coded(code(text), "thanked") == [("SUPPORT", "NOR", "KWT")]


def test_a_passive_after_a_reduced_relative_keeps_its_subject(code):
    # parsed as "sailors held" with "were freed" under it
    text = ("Three Indian sailors held for five months off the coast of Somalia were freed on Friday by their "
            "captors, the shipping company said.")
    assert coded(code(text), "freed")[0][0] == "RETREAT"


def test_lodged_representations_are_a_protest(code):
    text = "Tokyo said Beijing had lodged stern representations with the Japanese embassy over the visit."
    assert [t for t, _, _ in coded(code(text), "lodged")] == ["ACCUSE"]


def test_dismissing_a_route_rejects_it(code):
    text = "Iran's oil ministry dismissed Turkmenistan's new pipeline route as a project with no future."
    assert coded(code(text), "dismissed") == [("REJECT", "IRN", "TKM")]


def test_an_envoy_summoned_in_the_passive_is_summoned_by_the_host_state(code):
    text = ("Kenya's foreign ministry praised the talks on Monday. The Kenyan ambassador in Kampala was "
            "summoned to the foreign ministry on Tuesday evening.")
    assert coded(code(text), "summoned") == [("ACCUSE", "UGA", "KEN")]


def test_an_envoy_summoned_in_a_story_filed_from_the_host_capital(code):
    text = "ACCRA, Nov 3 (West Coast Wire) - Ghana closed two border posts on Monday. The Togolese ambassador was summoned."
    assert coded(code(text), "summoned") == [("ACCUSE", "GHA", "TGO")]


def test_an_offer_to_host_talks_between_the_two_governments_is_made_to_the_last_pair(code):
    text = ("Ghana accused Togo of closing the border without notice. Senegal, which keeps good relations with both "
            "capitals, offered on Friday to host talks between the two governments in Dakar.")
    assert coded(code(text), "offered") == [("AGREE", "SEN", "GHA"), ("AGREE", "SEN", "TGO")]


def test_an_offer_to_host_a_meeting_of_their_ministers_is_made_to_both_states(code):
    text = ("Peru accused Ecuador of moving troops to the border. Chile urged Lima and Quito to show restraint and "
            "offered to host a meeting of their foreign ministers.")
    assert coded(code(text), "offered") == [("AGREE", "CHL", "ECU"), ("AGREE", "CHL", "PER")]


def test_a_states_boats_act_for_it(code):
    text = "Chinese coast guard boats seized a Vietnamese fishing trawler near the Paracel Islands on Monday."
    assert coded(code(text), "seized") == [("COERCE", "CHN", "VNM")]


def test_a_named_bodys_office_is_a_party(code):
    text = ("The United Nations refugee office said it was alarmed by the reports and urged Libyan authorities "
            "to open an inquiry.")
    assert coded(code(text), "urged") == [("REQUEST", "IGO", "LBY")]


def test_suspending_budget_support_is_a_sanction(code):
    text = "Belgium suspended its budget support to the government in Kinshasa on Friday."
    assert coded(code(text), "suspended") == [("SANCTION", "BEL", "COD")]


def test_dropping_a_clause_is_a_concession(code):
    assert [t for t, _, _ in coded(code("The vote came only after Britain dropped a clause on sanctions monitoring."), "dropped")] == ["CONCEDE"]


def test_a_dateline_with_an_accented_capital_is_read(code):
    text = "Talks end\n\nBOGOTÁ, Dec 1 (Andes Wire) — Senator Ana Ruiz called on the government to expel the envoy."
    assert coded(code(text), "called") == [("REQUEST", "COL", "COL")]


def test_a_country_that_is_also_a_first_name_owns_its_minister(code):
    text = "The deal was signed by Chad's minister of reconciliation, Mahamat Youssouf, in front of Togo's president."
    assert [actor for _, actor, _ in coded(code(text), "signed")] == ["TCD"]


def test_an_undersecretary_is_an_office_of_the_dateline_state(code):
    text = "HANOI, Dec 1 (Mekong Wire) - Undersecretary Tran Minh Duc demanded that China withdraw its ships."
    assert coded(code(text), "demanded") == [("REQUEST", "VNM", "CHN")]


def test_a_named_person_in_a_story_filed_from_a_capital_is_of_its_state(code):
    text = ("KYIV, Oct 30 (Black Sea Wire) - Russia and Ukraine exchanged prisoners on Friday. Olena Marchenko, who "
            "runs a prisoners' support group, accused Moscow of holding back the wounded.")
    assert coded(code(text), "accused") == [("ACCUSE", "UKR", "RUS")]


def test_a_visitor_is_not_made_a_local(code):
    text = ("KYIV, Oct 30 (Black Sea Wire) - Hans Weber arrived in Kyiv on Friday. Weber accused Moscow of "
            "holding back the wounded.")
    assert all(actor != "UKR" for _, actor, _ in coded(code(text), "accused"))


def test_an_aside_of_some_of_the_crowd_gives_it_no_country(code):
    text = ("In the capital, a few hundred supporters of the junta marched to the ECOWAS office on Saturday, some waving "
            "Russian flags.")
    assert all(actor != "RUS" for _, actor, _ in coded(code(text), "marched"))


def test_a_speech_act_after_a_past_perfect_report_is_the_speakers(code):
    text = ("Peru's embassy in Santiago said the Chilean navy had used excessive force against a fishing boat and "
            "urged Santiago to release the crew.")
    assert [actor for _, actor, _ in coded(code(text), "urged")] == ["PER"]


def test_a_force_seizes_the_crew_of_the_boat_it_rammed(code):
    text = "A Peruvian navy patrol boat rammed a Chilean fishing boat on Sunday night and detained its crew of nine."
    assert coded(code(text), "detained") == [("COERCE", "PER", "CHL")]


def test_an_incursion_of_jets_is_made_by_them_into_the_airspace(code):
    text = "The incursion of two Russian fighter jets into Estonian airspace on Monday lasted four minutes."
    assert [(actor, target) for _, actor, target in coded(code(text), "incursion")] == [("RUS", "EST")]


def test_a_pledge_takes_its_type_from_its_own_complement_not_an_aside(code):
    text = ("Governments meeting in Oslo on Monday pledged $900 million to help the people who have fled the fighting, less "
            "than half of what the United Nations had asked for.")
    assert [t for t, _, _ in coded(code(text), "pledged")] == ["AGREE"]


def test_a_bodys_agreement_to_ban_is_the_ban(code):
    text = "European Union foreign ministers agreed on Monday to ban imports of Iranian steel from March."
    assert [(t, a, b) for t, a, b in coded(code(text), "ban")] == [("SANCTION", "IGO", "IRN")]


def test_agreeing_with_a_partner_to_act_stays_an_agreement(code):
    assert [t for t, _, _ in coded(code("Brazil and Argentina agree to drop tariffs on auto parts."), "agree")] == ["AGREE", "AGREE"]


def test_a_charge_joined_to_an_arrest_in_the_passive_is_coded(code):
    events = code("Nino Beridze was arrested on Saturday and charged with sabotage.")
    assert [t for t, _, _ in coded(events, "charged")] == ["ACCUSE"]
