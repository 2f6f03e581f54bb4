"""Round 104 of the event coder (docs/events.md, rule 122), from the dev split of the real-news gold (bench/real_events;
none of its text is here). Real copy gives a politician's verdict in his own words ("“Russia's illegal and unprovoked
war…,” Yellen said"), criticism at home aimed with a preposition ("pushed back on the new rules"), boycotts told as
pulling out of a conference or withdrawing in protest, British and American forces and agencies by their short
names, talks one comes back from, an attack made with a partner, verdicts of "call" and "describe" the parser misreads,
politicians' attacks on each other in words, interviewers' questions, a reception met with, and the press at work.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import AMERICAN_CAMPAIGN, analyzed_countries, analyzed_events, analyzed_on, analyzed_typed, byline_story


def test_a_condemning_adjective_on_what_another_state_owns_is_the_speakers_accusation():
    text = byline_story("“Our greatest challenge today comes from Russia's illegal and unprovoked war against Ukraine,” Treasury "
                        "Secretary Janet Yellen said.")
    assert analyzed_on(text, "illegal and unprovoked war") == [("ACCUSE", "illegal and unprovoked war", "USA", "RUS")]


def test_a_quote_with_no_other_event_is_still_read_for_a_verdict():
    # the sentence has no candidate of the lexicon at all: the coder reads the quotes all the same
    text = byline_story("“Donald Trump's ignorant view of Islam could make both our countries less safe,” Sadiq Khan said.")
    assert analyzed_events(text) == [("ACCUSE", "ignorant view", "GBR", "USA")]


def test_a_pronoun_speaker_is_the_person_of_public_life_the_quote_names():
    text = byline_story("Janet Yellen spoke in Warsaw on Tuesday. “Our greatest challenge comes from Russia's brutal war,” she said.")
    assert analyzed_on(text, "brutal war") == [("ACCUSE", "brutal war", "USA", "RUS")]


def test_a_politicians_verdict_on_a_rival_of_his_own_state_accuses_him():
    text = byline_story("“Donald Trump's racist rhetoric has no place in our politics,” Bernie Sanders said.")
    assert analyzed_typed(text, "ACCUSE") == [("USA", "USA")]


def test_a_clause_that_judges_another_states_act_is_a_verdict():
    text = byline_story("“Hungary's veto is shameful. We will not forget it,” Polish Foreign Minister Radoslaw Sikorski said.")
    assert analyzed_events(text) == [("ACCUSE", "shameful", "POL", "HUN")]


def test_an_analysts_verdict_accuses_no_one():
    text = byline_story("“The Kremlin's brutal war has failed,” said Tom Barrow, an analyst at the Centre for Eastern Studies.")
    assert analyzed_typed(text, "ACCUSE") == []


def test_a_verdict_on_the_speakers_own_state_is_no_accusation():
    assert analyzed_typed(byline_story("“Britain's reckless policy has failed,” David Lammy said."), "ACCUSE") == []


def test_a_fact_told_in_a_quote_is_no_verdict():
    text = byline_story("“Russia has moved 20 tanks to the border,” Lithuanian President Gitanas Nauseda said on Monday.")
    assert analyzed_typed(text, "ACCUSE") == []


def test_a_verdict_after_the_accusation_it_repeats_makes_none_of_its_own():
    text = byline_story("The Kremlin accused Ukraine of shelling the plant. “Kyiv's reckless shelling endangers all of Europe,” "
                        "Kremlin spokesman Dmitry Peskov said.")
    assert analyzed_typed(text, "ACCUSE") == [("RUS", "UKR")]


def test_criticism_at_home_may_be_aimed_with_a_preposition():
    text = byline_story(AMERICAN_CAMPAIGN[0], "Senate Democrats pushed back on the new tariff rules.", AMERICAN_CAMPAIGN[1])
    assert analyzed_on(text, "pushed back on") == [("REJECT", "pushed back on", "USA", "USA")]


def test_pulling_out_of_a_conference_or_forum_is_a_boycott():
    text = byline_story("Treasury Secretary Steven Mnuchin pulled out of the investment conference in Riyadh.")
    assert analyzed_countries(text) == [("SANCTION", "USA", "SAU")]
    assert analyzed_countries(byline_story("France pulled out of the security forum in Moscow.")) == [("SANCTION", "FRA", "RUS")]


def test_withdrawing_in_protest_is_a_boycott_not_a_retreat():
    text = byline_story("France's delegation withdrew in protest when the Iranian minister spoke.")
    assert analyzed_countries(text) == [("SANCTION", "FRA", "IRN")]


def test_british_and_american_forces_and_agencies_by_their_short_names():
    assert analyzed_countries(byline_story("The Royal Navy shadowed a Russian warship through the Channel.")) == [("MOBILIZE", "GBR", "RUS")]
    assert analyzed_countries(byline_story("The RAF accused Russia of reckless flying over the Black Sea.")) == [("ACCUSE", "GBR", "RUS")]
    assert analyzed_countries(byline_story("The NSA accused China of hacking its networks.")) == [("ACCUSE", "USA", "CHN")]


def test_who_returns_from_talks_held_them():
    text = byline_story("Pompeo returned Wednesday night from meetings with Saudi and Turkish leaders in Riyadh and Ankara.")
    assert analyzed_countries(text) == [("CONSULT", "USA", "SAU"), ("CONSULT", "USA", "TUR")]


def test_an_attack_with_a_partner_is_aimed_at_whom_the_partners_phrase_names():
    # the parser hangs "on the … rebels" on the partner: the rebels are the target, the partner is none, and since
    # round 110 (rule 128) the partner strikes too, as the real-news gold codes it
    text = byline_story("Over the weekend the RAF carried out air strikes with U.S. forces on the Iran-backed Houthi rebels in Yemen.")
    assert analyzed_countries(text) == [("ASSAULT", "GBR", "YEM"), ("ASSAULT", "USA", "YEM")]
    # talks with a partner on a subject stay with the partner
    assert analyzed_countries(byline_story("Chad held talks with Sudan on the border crisis.")) == [("CONSULT", "TCD", "SDN")]


def test_strikes_called_barbaric_are_judged_not_called():
    assert ("ACCUSE", "LTU", "RUS") in analyzed_countries(byline_story("Lithuania's president called the Russian strikes barbaric."))
    assert analyzed_typed(byline_story("Lithuania's president called the Russian strikes barbaric."), "PROTEST") == []
    assert analyzed_countries(byline_story("Unions called a general strike for Monday.")) == [("PROTEST", None, None)]


def test_an_act_the_parser_made_a_predicate_of_calling_is_still_judged():
    assert analyzed_countries(byline_story("Poland called the Belarusian move illegal.")) == [("ACCUSE", "POL", "BLR")]
    text = byline_story("Former Mexican President Felipe Calderon called Trump's idea for a border wall stupid and useless.")
    assert analyzed_countries(text) == [("ACCUSE", "MEX", "USA")]
    assert analyzed_countries(byline_story("Lithuania called the decision a victory.")) == []
    assert analyzed_countries(byline_story("Zambia on Wednesday called off next week's meeting with Namibia.")) == [("SANCTION", "ZMB", "NAM")]


def test_the_controller_of_an_infinitive_describes_an_act_as_a_verdict():
    text = byline_story("Bridget Brink, the U.S. ambassador to Ukraine, took to Twitter to describe Putin's order as a sign of weakness and failure.")
    assert analyzed_countries(text) == [("ACCUSE", "USA", "RUS")]
    assert analyzed_countries(byline_story("The note went on to describe the Russian drills as a provocation.")) == []


def test_compromising_computers_is_a_cyber_attack_compromising_on_a_question_a_concession():
    text = byline_story("Chinese hackers compromised the networks of the Czech foreign ministry.")
    assert analyzed_countries(text) == [("ASSAULT", "CHN", "CZE")]
    assert analyzed_countries(byline_story("Serbia compromised on the border question.")) == [("CONCEDE", "SRB", None)]


def test_a_persons_attack_on_a_person_is_words():
    assert analyzed_countries(byline_story("Marco Rubio attacked Donald Trump over his business record.")) == [("ACCUSE", "USA", "USA")]
    text = byline_story("Clinton's aggressive attack on Trump indicates she is pivoting to a general election campaign.")
    assert analyzed_countries(text) == [("ACCUSE", "USA", "USA")]
    assert analyzed_countries(byline_story("Trump has relentlessly attacked her as an unreliable guardian of American workers.")) == [("ACCUSE", "USA", None)]


def test_an_attack_by_a_gunman_or_a_state_stays_violence():
    assert analyzed_countries(byline_story("A gunman attacked the senator outside his home.")) == [("ASSAULT", None, None)]
    assert analyzed_countries(byline_story("Hamas attacked Israel on October 7.")) == [("ASSAULT", "PSE", "ISR")]


def test_a_person_pressed_or_asked_in_an_interview_is_no_request():
    assert analyzed_countries(byline_story("Mr. Trump was pressed on why he had said it was a great honor.")) == []
    text = byline_story("The dominant Republican in the race was pressed by ABC's host, George Stephanopoulos, about his remarks.")
    assert analyzed_typed(text, "REQUEST") == []


def test_a_party_pressed_to_act_or_asked_for_something_is_still_asked():
    assert analyzed_countries(byline_story("Iran was pressed to release the tanker.")) == [("REQUEST", None, "IRN")]
    assert analyzed_countries(byline_story("Ukraine was asked by Germany for more guarantees.")) == [("REQUEST", "DEU", "UKR")]


def test_a_thing_met_with_opposition_met_no_one():
    assert analyzed_countries(byline_story("But such measures have been met with fierce opposition by gay rights supporters.")) == []
    assert analyzed_countries(byline_story("The envoy was met with the opposition leaders in Harare.")) == [("CONSULT", None, "ZWE")]


def test_the_press_at_work_holds_no_talks():
    assert analyzed_countries(byline_story("Newsweek reached out to the Ukrainian Ministry of Energy for comment.")) == []
    text = byline_story("Grassley later walked back his comments while speaking to NBC's Hallie Jackson.")
    assert analyzed_typed(text, "CONSULT") == []
    assert analyzed_countries(byline_story("Putin spoke to Xi by phone on Monday.")) == [("CONSULT", "RUS", "CHN")]


def test_what_a_participle_clause_says_does_not_make_the_subject_act_on_a_state():
    # "calling him a man who cares about America" is said of the person endorsed; the endorser is still the story's own
    text = byline_story(AMERICAN_CAMPAIGN[0], "On Friday, Mr. Carson endorsed Mr. Trump at a news conference, calling him a very "
                        "intelligent man who cares deeply about America.", AMERICAN_CAMPAIGN[1])
    assert analyzed_countries(text) == [("SUPPORT", "USA", "USA")]


def test_a_hope_for_what_a_summit_comes_to_asks_no_one():
    text = byline_story("The summit, which was held in the resort island of Bali, should be a success rather than a failure, the "
                        "Indonesian president added.")
    assert analyzed_typed(text, "REQUEST") == []
    assert analyzed_countries(byline_story("Blinken said Russia should withdraw its troops.")) == [("REQUEST", "USA", "RUS")]
