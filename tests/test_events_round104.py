"""Round 104 of the event coder (docs/events.md, rule 122), from the dev split of the real-news gold (bench/real_events;
none of its text is here). Real copy gives a politician's verdict in his own words ("“Russia's illegal and unprovoked
war…,” Yellen said"), criticism at home aimed with a preposition ("pushed back on the new rules"), boycotts told as
pulling out of a conference or withdrawing in protest, and British and American forces and agencies by their short
names.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import analyzed_countries, analyzed_events, analyzed_on, analyzed_typed, byline_story

AMERICAN_CAMPAIGN = ("The United States heads into the election with the economy slowing. Polls in the United States show a tight race.",
                     "Voters in the United States will decide in November. The United States has not seen such a race since 1960.")


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
