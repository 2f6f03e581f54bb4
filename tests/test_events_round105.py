"""Round 105 of the event coder (docs/events.md, rule 123), from the dev split of the real-news gold (bench/real_events;
none of its text is here): one harm after another told with a single "was" ("was tortured and beheaded"); acts that
name no one to act on in real copy, where the story's other side is no target the text supports; the acts of American
politics that name no one, which are aimed at home; attacks "ratcheted up".

Every sentence here was written for these tests.
"""

from __future__ import annotations

from .events_support import american_story, analyzed_countries, analyzed_on, byline_story


def test_a_harm_coordinated_with_a_harm_in_the_passive_is_undergone_too():
    # the parser tags "beheaded" a past tense with no subject of its own: it shares the "was" of "tortured"
    text = byline_story("Turkish officials said recordings show that the Saudi journalist was tortured and beheaded inside "
                        "the consulate.")
    assert analyzed_on(text, "beheaded") == [("ASSAULT", "beheaded", None, "SAU")]


def test_an_active_verb_after_a_passive_keeps_its_own_subject_reading():
    # "responded" is no harm: the ministry that was criticised answered, and nothing is undergone
    text = byline_story("The Serbian ministry was criticised by Croatia and responded within hours.")
    assert analyzed_countries(text) == [("ACCUSE", "HRV", "SRB")]


SUMMIT_QUARREL = "Pakistan accused Egypt of stalling the talks at the climate summit in Sharm el-Sheikh."
BACKED_DEAL = "On Sunday, British negotiators backed a last-minute agreement on the payments."


def test_an_act_aimed_at_no_one_in_a_story_of_many_states_stays_aimed_at_no_one():
    # five states named: a summit's story has no one other side for Britain's support to answer
    text = byline_story(SUMMIT_QUARREL, "Bangladesh and the Maldives joined the Pakistani demand for compensation.", BACKED_DEAL)
    assert analyzed_on(text, "backed") == [("SUPPORT", "backed", "GBR", None)]


def test_a_story_of_few_states_still_aims_such_an_act_at_its_other_side():
    # three states named: the rule of the story's other side (rule 89) holds
    assert analyzed_on(byline_story(SUMMIT_QUARREL, BACKED_DEAL), "backed") == [("SUPPORT", "backed", "GBR", "EGY")]


def test_a_threat_in_american_politics_that_names_no_one_is_aimed_at_home():
    text = american_story("One Republican threatened to make the deputy attorney general testify in a public hearing.")
    assert analyzed_on(text, "threatened") == [("THREATEN", "threatened", "USA", "USA")]


def test_a_refusal_in_american_politics_is_aimed_at_home_told_as_a_verb_or_a_noun():
    assert analyzed_on(american_story("Several Democratic senators have refused to cooperate."), "refused") == [
        ("REJECT", "refused", "USA", "USA")]
    assert analyzed_on(american_story("The senator's refusal to answer fully angered Republicans."), "refusal") == [
        ("REJECT", "refusal", "USA", "USA")]


def test_an_act_at_home_that_names_another_state_is_not_aimed_at_home():
    text = american_story("One Republican senator refused to condemn the strikes on Syria.")
    assert analyzed_on(text, "refused") == [("REJECT", "refused", "USA", "SYR")]


def test_a_story_not_about_american_politics_leaves_such_an_act_aimed_at_no_one():
    text = byline_story("One Republican threatened to make the deputy attorney general testify in a public hearing.")
    assert analyzed_on(text, "threatened") == [("THREATEN", "threatened", None, None)]


def test_attacks_ratcheted_up_are_the_attackers():
    text = american_story("Donald Trump on Thursday ratcheted up his attacks on Marco Rubio.")
    assert analyzed_on(text, "ratcheted up his attacks") == [("ACCUSE", "ratcheted up his attacks", "USA", "USA")]



def test_a_body_of_states_warning_of_what_another_state_may_do_accuses_it():
    text = byline_story("NATO Secretary General Jens Stoltenberg warned on Sunday that the Kremlin might use chemical weapons "
                        "in Ukraine.")
    assert analyzed_on(text, "warned") == [("ACCUSE", "warned", "IGO", "RUS")]


def test_a_state_warning_that_it_would_use_its_own_weapons_threatens():
    assert analyzed_on(byline_story("Russia warned that it would use nuclear weapons if attacked."), "warned") == [
        ("THREATEN", "warned", "RUS", None)]


def test_a_pronoun_sayer_judges_as_the_person_of_public_life_it_stands_for():
    text = byline_story("Janet Yellen spoke in Bali on Tuesday. She said Russia's war was illegal.")
    assert analyzed_on(text, "said") == [("ACCUSE", "said", "USA", "RUS")]


def test_a_pronoun_for_no_person_of_public_life_judges_no_one():
    text = byline_story("The analyst Tom Barrow spoke in Warsaw. He said Russia's war was illegal.")
    assert analyzed_on(text, "said") == []


def test_a_warning_that_a_state_is_poised_to_widen_its_war_accuses_it():
    text = byline_story("Ukrainian President Volodymyr Zelensky warned that Russia is poised to expand its war beyond Ukraine.")
    assert analyzed_on(text, "warned") == [("ACCUSE", "warned", "UKR", "RUS")]


def test_a_state_told_it_was_forced_to_act_is_charged_with_nothing():
    assert analyzed_on(byline_story("Poland said Russia was forced to withdraw its troops."), "said") == []


def test_bashing_and_tearing_into_a_rival_accuse_him():
    assert analyzed_on(american_story("President Donald Trump continued bashing Robert Mueller's investigation on Monday."),
                       "bashing") == [("ACCUSE", "bashing", "USA", "USA")]
    assert analyzed_on(american_story("Senator Ted Cruz tore into Marco Rubio at the debate."), "tore into") == [
        ("ACCUSE", "tore into", "USA", "USA")]


def test_a_storm_that_trashed_a_harbour_accuses_no_one():
    assert analyzed_countries(byline_story("The storm trashed the harbour at Gdansk.")) == []


def test_a_call_at_home_for_a_stance_abroad_is_made_at_home():
    text = american_story("Mitch McConnell called for a stronger stance against Russia on the Senate floor.")
    assert analyzed_on(text, "called for") == [("REQUEST", "called for", "USA", "USA")]


def test_a_call_on_another_state_keeps_it_asked():
    assert analyzed_on(american_story("Hillary Clinton called on Russia to stop the hacking."), "called on") == [
        ("REQUEST", "called on", "USA", "RUS")]
