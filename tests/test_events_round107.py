"""Round 107 of the event coder (docs/events.md, rule 125), from the dev split of the real-news gold (bench/real_events;
none of its text is here): verdicts on an act whose author the clause does not name ("This is extremely
irresponsible"); a ministry's spokesman speaks for a state office; criticism "come under" from another party, and fire
"come under" by forces; approval voiced; the party and state American copy sets after a member of Congress's name.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import american_story, analyzed_events, analyzed_on, byline_story


# ---------------------------------------------------------------- verdicts on an act with no author named


def test_a_quoted_verdict_on_this_accuses_at_no_one_named():
    text = byline_story("“This is extremely irresponsible,” Chinese Foreign Ministry spokesman Lu Hanwei said.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "CHN", None)]


def test_a_reported_verdict_on_an_act_with_no_author_accuses():
    text = byline_story("Russian presidential spokesman Dmitry Peskov said the deployment would be unjustified.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "RUS", None)]


def test_a_verdict_in_a_quote_of_its_own_sentence_is_the_spokesmans():
    # the spokesman of a state office is titled in office like its minister, and "he" is him
    text = byline_story("Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Hanwei repeated that China opposed hacking.",
                        "“This is extremely irresponsible,” he told reporters.")
    assert analyzed_on(text, "told") == [("ACCUSE", "told", "CHN", None)]


def test_a_verdict_on_what_an_extraposed_it_stands_for_is_none():
    # "it" stands for the infinitive after the verdict, an act no one is said to do
    text = byline_story("“It is unacceptable to shell cities,” Peskov said.")
    assert analyzed_on(text, "said") == []


def test_an_analysts_verdict_on_an_act_with_no_author_is_none():
    text = byline_story("Analyst Jon Hadley said the move was dangerous.")
    assert analyzed_on(text, "said") == []


def test_a_negated_verdict_is_none():
    text = byline_story("Russian presidential spokesman Dmitry Peskov said the deployment was not illegal.")
    assert analyzed_on(text, "said") == []


def test_a_verdict_on_an_act_with_an_author_still_names_the_author():
    text = byline_story("French Foreign Minister Jean-Yves Le Drian said the Australian decision was unacceptable.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "FRA", "AUS")]


# ---------------------------------------------------------------- "come under fire"


def test_a_person_who_comes_under_fire_from_a_party_is_criticised_by_it():
    text = byline_story("Mexico's president has come under fire from Ukrainian lawmakers for his opposition to arms supplies.")
    assert analyzed_on(text, "come under fire") == [("ACCUSE", "come under fire", "UKR", "MEX")]


def test_troops_who_come_under_fire_from_forces_are_attacked_by_them():
    text = byline_story("Ukrainian troops came under fire from Russian forces near Bakhmut.")
    assert analyzed_on(text, "came under fire") == [("ASSAULT", "came under fire", "RUS", "UKR")]


def test_coming_under_fire_from_no_one_named_is_no_event():
    text = byline_story("A Uruguayan patrol boat came under fire last month.")
    assert analyzed_on(text, "came under fire") == []


def test_receiving_tanks_from_a_state_is_still_its_aid():
    text = byline_story("Ukraine received tanks from Germany.")
    assert analyzed_on(text, "received") == [("AID", "received", "DEU", "UKR")]


# ---------------------------------------------------------------- approval voiced


def test_approval_expressed_of_a_plan_supports_its_author():
    text = byline_story("Germany expressed approval of the French plan.")
    assert analyzed_on(text, "expressed approval") == [("SUPPORT", "expressed approval", "DEU", "FRA")]


def test_approval_tweeted_is_support():
    text = american_story("Hillary Clinton tweeted her approval of the filibuster.")
    assert [e[:3] for e in analyzed_on(text, "tweeted her approval")] == [("SUPPORT", "tweeted her approval", "USA")]


# ---------------------------------------------------------------- "(R-Ky.)"


def test_a_member_of_congress_is_american_by_party_and_state_in_brackets():
    text = byline_story("Sen. Tom Harlan (R-Ky.) accused China of stealing American jobs.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "CHN")]


def test_a_member_of_congress_is_american_by_party_and_state_between_commas():
    text = byline_story("Rep. Dana Whitcomb, D-N.Y., accused China of stealing American jobs.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "CHN")]


def test_a_senator_without_party_and_state_has_no_country_of_his_own():
    text = byline_story("Sen. Tom Harlan accused China of stealing American jobs.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", None, "CHN")]


# ---------------------------------------------------------------- "needs to", and demands in a speaker's own words


def test_a_report_that_another_state_needs_to_act_is_a_demand():
    text = byline_story("Russian Foreign Minister Sergei Lavrov said Kyiv needs to stop shelling Donetsk.")
    assert analyzed_on(text, "said") == [("REQUEST", "said", "RUS", "UKR")]


def test_a_report_that_another_state_has_to_act_is_a_demand():
    text = byline_story("Russian Foreign Minister Sergei Lavrov said Kyiv has to withdraw its troops.")
    assert analyzed_on(text, "said") == [("REQUEST", "said", "RUS", "UKR")]


def test_what_a_state_had_to_do_is_no_demand():
    text = byline_story("Russian Foreign Minister Sergei Lavrov said Kyiv had to withdraw its troops.")
    assert [e for e in analyzed_on(text, "said") if e[0] == "REQUEST"] == []


def test_what_a_state_does_not_need_to_do_is_no_demand():
    text = byline_story("Russian Foreign Minister Sergei Lavrov said Kyiv does not need to withdraw its troops.")
    assert analyzed_on(text, "said") == []


def test_a_demand_in_a_quoted_sentence_no_verb_reports_is_the_speakers():
    text = byline_story("Russian Foreign Minister Sergei Lavrov told reporters in Moscow that talks were not possible.",
                        "“We have been patient. Kyiv must stop shelling Donetsk. Only then can we talk,” he said.")
    assert ("REQUEST", "must", "RUS", "UKR") in analyzed_events(text)


def test_what_a_kind_of_party_must_do_in_a_quote_is_no_demand():
    text = byline_story("Russian Foreign Minister Sergei Lavrov told reporters in Moscow that talks were not possible.",
                        "“We have been patient. Countries must respect each other. Only then can we talk,” he said.")
    assert [e for e in analyzed_events(text) if e[0] == "REQUEST"] == []


# ---------------------------------------------------------------- wrongs charged, words called false


def test_a_politician_who_says_a_rival_lied_accuses_him():
    text = american_story("Hillary Clinton said Donald Trump lied about his taxes.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "USA")]


def test_a_state_that_says_another_conspired_accuses_it():
    text = byline_story("The Kremlin said Kyiv had conspired with London to sabotage the pipeline.")
    assert [e for e in analyzed_on(text, "said") if e[0] == "ACCUSE"] == [("ACCUSE", "said", "RUS", "UKR")]


def test_an_analyst_who_says_a_state_lied_accuses_no_one():
    text = byline_story("Analyst Jon Hadley said Kyiv had lied about the attack.")
    assert analyzed_on(text, "said") == []


def test_this_called_a_lie_rejects_the_words_told_before():
    text = byline_story("Britain accused Russia of hacking the ministry.", "“This is a lie,” Kremlin spokesman Dmitry Peskov said.")
    assert analyzed_on(text, "said") == [("REJECT", "said", "RUS", "GBR")]


def test_this_called_nonsense_is_a_rejection_not_an_accusation():
    text = byline_story("“This is total nonsense,” Kremlin spokesman Dmitry Peskov said.")
    assert analyzed_on(text, "said") == [("REJECT", "said", "RUS", None)]


def test_this_called_a_provocation_is_still_an_accusation():
    text = byline_story("“This is a provocation,” Kremlin spokesman Dmitry Peskov said.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "RUS", None)]


def test_this_called_not_false_rejects_nothing():
    text = byline_story("“This is not false,” Kremlin spokesman Dmitry Peskov said.")
    assert [e for e in analyzed_on(text, "said") if e[0] == "REJECT"] == []


# ---------------------------------------------------------------- the cue between the parts of a quote


def test_the_cue_between_the_parts_of_a_quote_is_the_report():
    # "said" lies inside the quote's extent (its first part to its last) but in no part: the speaker's report
    text = american_story("“It's nonsense,” Donald Trump said by telephone. “She lies like crazy about everything.”")
    assert [e[:3] for e in analyzed_on(text, "said")] == [("REJECT", "said", "USA")]


def test_what_is_told_inside_the_quoted_words_stays_the_quotes():
    text = byline_story("“Kyiv attacked our positions,” the Russian defence ministry said. “We will respond.”")
    assert [e for e in analyzed_events(text) if e[1] == "attacked"] == []


# ---------------------------------------------------------------- warnings of another state's danger


def test_a_warning_of_the_threat_from_a_state_accuses_it():
    text = byline_story("Meanwhile, NATO chief Jens Stoltenberg warned in Brussels of the threat from China.")
    assert analyzed_on(text, "warned") == [("ACCUSE", "warned", "IGO", "CHN")]


def test_a_warning_of_a_states_aggression_accuses_it():
    text = byline_story("Polish President Andrzej Duda warned of Russian aggression.")
    assert analyzed_on(text, "warned") == [("ACCUSE", "warned", "POL", "RUS")]


def test_a_warning_of_a_danger_posed_by_a_state_accuses_it():
    text = byline_story("The British defence secretary warned of the danger posed by Russia.")
    assert analyzed_on(text, "warned") == [("ACCUSE", "warned", "GBR", "RUS")]


def test_an_analysts_warning_of_a_threat_accuses_no_one():
    text = byline_story("Analyst Jon Hadley warned of the threat from China.")
    assert [e for e in analyzed_on(text, "warned") if e[0] == "ACCUSE"] == []


def test_a_warning_to_a_state_against_an_act_is_still_a_threat():
    text = byline_story("Moscow warned Kyiv against an offensive.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "RUS", "UKR")]


# ---------------------------------------------------------------- sales blocked


def test_a_sale_blocked_is_withheld_from_its_buyer():
    text = american_story("Congress blocked the sale of fighter jets to Turkey.")
    assert analyzed_on(text, "blocked the sale") == [("SANCTION", "blocked the sale", "USA", "TUR")]


def test_an_export_blocked_is_withheld_from_its_buyer():
    text = byline_story("Germany blocked the export of tanks to Ukraine.")
    assert analyzed_on(text, "blocked the export") == [("SANCTION", "blocked the export", "DEU", "UKR")]


def test_a_bill_blocked_is_still_rejected():
    text = american_story("Senate Republicans blocked the bill on Tuesday.")
    assert [e[0] for e in analyzed_on(text, "blocked the bill")] == ["REJECT"]


def test_a_witness_held_in_contempt_is_accused():
    text = american_story("On Thursday, the House panel held Bryan Pagliano in contempt of Congress for refusing to appear.")
    assert [e[0] for e in analyzed_on(text, "held Bryan Pagliano in contempt")] == ["ACCUSE"]


def test_a_call_for_a_state_to_be_punished_is_a_request():
    # the parser makes "for" the mark of a passive infinitive clause
    text = american_story("Donald Trump called for Russia to be punished.")
    assert [e[:3] for e in analyzed_on(text, "called for")] == [("REQUEST", "called for", "USA")]
