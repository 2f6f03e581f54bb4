"""Round 103 of the event coder (docs/events.md, rule 121), from the dev split of the real-news gold (bench/real_events;
none of its text is here). Real copy gives the doer of a gerund by its preposition ("joined together in opposing the
ban", "criticised Hungary for blocking the package", "among those calling for"), leaves the country of a story's own
politicians and people unsaid when the story is about one state, names regions where it names a person's state
("Alberta Premier Rachel Notley"), and tells a denial repeated up to now as the party's stance.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import AMERICAN_CAMPAIGN, analyzed_countries, analyzed_on, byline_story


def test_a_gerund_after_in_or_to_is_the_act_of_the_verbs_subject():
    text = byline_story("Germany's employers and unions joined together in opposing a European Union ban on gas imports from Russia.")
    assert ("REJECT", "opposing", "DEU", "IGO") in analyzed_on(text, "opposing")
    text = byline_story("Britain opened the door to paying reparations by supporting talks on the issue.")
    assert analyzed_on(text, "supporting") == [("SUPPORT", "supporting", "GBR", None)]


def test_a_gerund_after_for_is_the_act_of_whom_the_verb_blames():
    text = byline_story("The European Commission criticised Hungary for blocking the aid package for Ukraine.")
    assert analyzed_on(text, "blocking") == [("REJECT", "blocking", "HUN", "UKR")]
    assert analyzed_on(text, "criticised") == [("ACCUSE", "criticised", "IGO", "HUN")]


def test_one_among_those_calling_for_something_calls_for_it():
    text = byline_story("Denmark is among those calling for increased defence spending.")
    assert analyzed_on(text, "calling for") == [("REQUEST", "calling for", "DNK", None)]


def test_the_people_and_parties_of_an_undated_story_about_one_state_are_that_states():
    text = byline_story(AMERICAN_CAMPAIGN[0], "Democrats accused the GOP of stoking the issue for political gain. Senator Mark Pellow "
                        "criticised the tax plan.", AMERICAN_CAMPAIGN[1])
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "USA")]
    # the tax plan, a thing the text places nowhere, is the story's state's doing (_domestic_criticism)
    assert analyzed_on(text, "criticised") == [("ACCUSE", "criticised", "USA", "USA")]


def test_a_story_about_two_states_gives_its_people_neither():
    text = byline_story("Russia and the United States traded accusations.", "Senator Mark Pellow criticised Russia.")
    assert analyzed_on(text, "criticised") == [("ACCUSE", "criticised", None, "RUS")]


def test_the_story_state_is_not_always_america():
    text = byline_story("The Philippines heads into the election with the economy slowing. Polls in the Philippines show a tight race.",
                        "Senator Ana Reyes criticised the budget plan.",
                        "Voters in the Philippines will decide in May. The Philippines has not seen such a race since 1986.")
    assert analyzed_on(text, "criticised") == [("ACCUSE", "criticised", "PHL", "PHL")]


def test_the_us_congress_and_parties_are_american_in_a_story_that_names_the_united_states():
    text = byline_story("Russia and the United States traded accusations.", "The Senate blocked a measure to impose new sanctions on Russia. "
                        "Democrats accused the Kremlin of meddling.")
    assert analyzed_on(text, "blocked") == [("REJECT", "blocked", "USA", "RUS")]
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "RUS")]


def test_the_senate_of_a_story_that_never_names_the_united_states_is_no_one_s():
    text = byline_story("The Senate rejected the budget.")
    assert analyzed_on(text, "rejected") == [("REJECT", "rejected", None, None)]


def test_a_province_or_land_in_a_title_places_the_person():
    assert analyzed_on(byline_story("Alberta Premier Rachel Notley criticised Ottawa's plan."), "criticised") == [("ACCUSE", "criticised", "CAN", "CAN")]
    assert analyzed_on(byline_story("Bavaria's premier Markus Seeler criticised Berlin's plan."), "criticised") == [("ACCUSE", "criticised", "DEU", "DEU")]


def test_a_denial_repeated_up_to_now_is_a_stance_held():
    text = byline_story("Moscow has repeatedly denied plans to invade Ukraine.")
    assert analyzed_on(text, "denied") == [("REJECT", "denied", "RUS", "UKR")]


def test_earlier_denials_and_repeated_clashes_stay_background():
    assert analyzed_countries(byline_story("Moscow has previously denied plans to invade Ukraine.")) == []
    assert analyzed_countries(byline_story("Budapest has repeatedly clashed with Brussels over migration.")) == []


def test_the_department_of_state_is_the_us_government():
    text = byline_story("The Department of State condemned the arrest of the journalist by Iran.")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "USA", "IRN")]


CAMPAIGN_WITHOUT_THE_COUNTRY = ("Republicans and the White House traded blame on Tuesday as the GOP pressed its case on Capitol Hill.",)


def test_congress_members_and_the_secretary_of_state_are_american_in_campaign_copy():
    # campaign copy names the parties and the White House, seldom the country
    text = byline_story(*CAMPAIGN_WITHOUT_THE_COUNTRY, "Nearly 140 House members blasted the roundups.")
    assert analyzed_on(text, "blasted") == [("ACCUSE", "blasted", "USA", "USA")]
    text = byline_story("Russia and the United States traded accusations. The United States sent a note.",
                        "The former secretary of State slammed Moscow. Democratic lawmakers accused the Kremlin.")
    assert analyzed_on(text, "slammed") == [("ACCUSE", "slammed", "USA", "RUS")]
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "USA", "RUS")]


def test_a_thing_of_another_state_criticised_at_home_is_not_the_home_states():
    text = byline_story(*CAMPAIGN_WITHOUT_THE_COUNTRY, "Democratic lawmakers slammed the nuclear deal with Iran.")
    assert [event[3] for event in analyzed_on(text, "slammed")] != ["USA"]


def test_a_government_criticising_a_thing_is_not_domestic_criticism():
    text = byline_story("Russia marked the day with parades. Russia's economy grew. Russia's army is large. Russia held talks.",
                        "The Russian foreign ministry condemned the decision.")
    assert analyzed_on(text, "condemned") == [("ACCUSE", "condemned", "RUS", None)]


def test_praise_an_act_wins_is_support_from_those_who_give_it():
    text = byline_story("Moscow's move earned praise from Beijing.")
    assert analyzed_on(text, "praise") == [("SUPPORT", "praise", "CHN", "RUS")]
    text = byline_story("The Biden administration's initiative won praise from environmental groups.")
    assert [event[3] for event in analyzed_on(text, "praise")] == ["USA"]


def test_a_public_person_the_tagger_took_for_an_organisation_keeps_his_state():
    text = byline_story("Vladimir Putin spoke on Monday. Olaf Scholz rejected his demands.")
    assert [event[2] for event in analyzed_on(text, "rejected")] == ["DEU"]


def test_questioning_a_rivals_veracity_and_taking_issue_with_him_are_charges():
    assert analyzed_on(byline_story("Senator Bernie Sanders questioned Mr. Trump's veracity."), "questioned") == [("ACCUSE", "questioned", "USA", "USA")]
    assert analyzed_on(byline_story("Alan Berger took issue with Donald Trump's remarks."), "took issue") == [("ACCUSE", "took issue", None, "USA")]


def test_walking_back_a_remark_and_rescinding_a_ban_concede():
    assert analyzed_on(byline_story("The Kremlin walked back its comment on Finland."), "walked back") == [("CONCEDE", "walked back", "RUS", "FIN")]
    assert [e[:3] for e in analyzed_on(byline_story("Ohio rescinded the ban on Chinese drones."), "rescinded")] == [("CONCEDE", "rescinded", "USA")]


def test_disagreeing_with_a_state_rejects_its_view():
    text = byline_story("Germany disagreed with France over the plan.")
    assert analyzed_on(text, "disagreed with") == [("REJECT", "disagreed with", "DEU", "FRA")]


def test_a_politicians_verdict_on_a_rival_of_his_own_state_accuses_him():
    text = byline_story("Bernie Sanders said Donald Trump was a pathological liar.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "USA")]


def test_a_states_verdict_on_its_own_people_stays_none():
    assert analyzed_on(byline_story("The Kremlin said Navalny was a liar."), "said") == []
