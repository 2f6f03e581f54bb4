"""Round 98 of the event coder (docs/events.md, rule 116), from the burned sets unseen70–73: a reaction to "the ruling"
is aimed at the court that gave it, visas imposed (again) on a state's citizens are a sanction, an act on a state's own
embassy or consulate concerns the state that hosts it, and a name's past tense after a relative clause set off by
commas is its own act, whatever the parser made of it.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_countries, byline_story


def test_a_reaction_to_the_ruling_is_aimed_at_the_court_that_gave_it():
    text = byline_story("The Central American Court of Justice on Thursday fixed the sea boundary between El Salvador and "
                        "Honduras in the Gulf of Fonseca.",
                        "Honduras rejected the ruling within hours. El Salvador welcomed the judgment.")
    assert analyzed_countries(text) == [("REJECT", "HND", "IGO"), ("SUPPORT", "SLV", "IGO")]


def test_the_court_taken_up_by_its_common_noun_is_the_one_named_before():
    text = byline_story("The International Court of Justice on Monday gave Belize the Sapodilla Cays.",
                        "\u201cThe court has handed our islands to a neighbour,\u201d Guatemala's foreign minister said. "
                        "Belize welcomed the judgment.")
    assert ("SUPPORT", "BLZ", "IGO") in analyzed_countries(text)


def test_visas_imposed_again_on_a_states_citizens_are_a_sanction():
    text = byline_story("Canada reimposed visas on Grenadian citizens on Tuesday, ending eleven years of visa-free travel.")
    assert analyzed_countries(text) == [("SANCTION", "CAN", "GRD")]
    text = byline_story("Japan imposed visas on Peruvian citizens on Monday.")
    assert analyzed_countries(text) == [("SANCTION", "JPN", "PER")]


def test_reopening_an_own_consulate_concerns_the_state_that_hosts_it():
    text = byline_story("Chile reopened its consulate in Caracas on Monday.")
    assert analyzed_countries(text) == [("SUPPORT", "CHL", "VEN")]


def test_a_names_past_tense_after_a_relative_clause_is_its_own_act():
    text = byline_story("Eritrea detained eleven Yemeni fishing boats on Monday.",
                        "Qatar, which funds the port at Hodeidah, offered to host talks between Sanaa and Asmara, "
                        "the Qatari foreign ministry said on Wednesday.")
    assert ("AGREE", "QAT", "YEM") in analyzed_countries(text) and ("AGREE", "QAT", "ERI") in analyzed_countries(text)


def test_a_states_creditors_led_by_states_act_as_those_states_on_it():
    text = byline_story("Zambia's bilateral creditors, led by India and Japan, agreed on Friday to restructure about 3 billion "
                        "dollars of loans.")
    assert analyzed_countries(text) == [("AGREE", "IND", "ZMB"), ("AGREE", "JPN", "ZMB")]


def test_two_states_agreeing_with_no_one_named_still_agree_with_each_other():
    text = byline_story("Russia and China agreed on Monday to hold joint naval drills.")
    assert analyzed_countries(text) == [("AGREE", "RUS", "CHN"), ("AGREE", "CHN", "RUS")]
