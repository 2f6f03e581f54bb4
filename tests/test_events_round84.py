"""Round 84 of the event coder (docs/events.md, rule 102): an answer promised in a warning is a threat; entry,
travel and the work of a joint body suspended; carriers barred; criminal cases opened against a party; an envoy
offered goes where he is sent; a body said to run a state is that state's; two offices told apart by their "of"
phrases.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, byline_story


def test_a_warning_that_the_state_would_answer_with_a_measure_is_a_threat():
    # read as a mere statement of what would happen (the speaker's own state answers), the warning was dropped
    text = byline_story("Armenia suspended visa-free entry for Iranian citizens on Thursday. Iran condemned the suspension. A spokesman "
                        "for the Iranian foreign ministry, Reza Amini, warned that Tehran would answer with visas for Armenian lorry drivers.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "IRN", "ARM")]


def test_a_warning_that_the_state_would_draw_conclusions_is_a_threat():
    text = byline_story("Romania delivered patrol boats to Moldova's border police. The Russian foreign ministry warned that Russia would "
                        "draw conclusions about the security of its troops stationed in Transnistria.")
    assert analyzed_on(text, "warned") == [("THREATEN", "warned", "RUS", "MDA")]


def test_visa_free_entry_suspended_for_another_states_citizens_is_a_sanction():
    text = byline_story("Armenia suspended visa-free entry for Iranian citizens on Thursday.")
    assert analyzed_events(text) == [("SANCTION", "suspended", "ARM", "IRN")]


def test_the_work_of_a_joint_commission_suspended_is_a_sanction_on_the_partner():
    text = byline_story("Chile suspended the work of its joint border commission with Bolivia on Saturday.")
    assert analyzed_events(text) == [("SANCTION", "suspended", "CHL", "BOL")]


def test_a_foreign_carrier_barred_from_the_airspace_is_sanctioned():
    text = byline_story("Kazakhstan has barred the Kyrgyz carrier Air Manas from its airspace.")
    assert analyzed_events(text) == [("SANCTION", "barred", "KAZ", "KGZ")]


def test_a_criminal_case_opened_against_a_foreigner_is_an_accusation():
    text = byline_story("Uzbek prosecutors opened a criminal case against the Tajik captain.")
    assert analyzed_events(text) == [("ACCUSE", "opened a criminal case", "UZB", "TJK")]


def test_an_envoy_offered_is_aimed_where_he_would_be_sent():
    # the former president (placed by the dateline) was the target
    text = ("Report\n\nNAIROBI, Dec 1 (Desk) - Uganda's army seized power on Sunday. Kenya, which shares Uganda's longest border, "
            "offered to send a former president as an envoy to Kampala, according to a statement from State House.\n")
    assert analyzed_on(text, "offered") == [("AGREE", "offered", "KEN", "UGA")]


def test_a_body_said_to_run_a_state_is_that_states():
    text = byline_story("The military council now running Guinea rejected the suspension within hours.")
    assert analyzed_events(text) == [("REJECT", "rejected", "GIN", None)]


def test_a_ministry_named_by_its_portfolio_does_not_take_up_another_ministers_state():
    # "the Ministry of External Affairs" took up "Pakistan's railways minister" and was Pakistan's
    text = ("Report\n\nLAHORE, Nov 28 (Desk) - The first train in seven years crossed the border on Friday. \"This is not a peace "
            "treaty,\" Pakistan's railways minister, Sohail Anwar, told reporters on the platform.\n\n"
            "In New Delhi, the Ministry of External Affairs welcomed Islamabad's decision.\n")
    assert analyzed_on(text, "welcomed") == [("SUPPORT", "welcomed", "IND", "PAK")]
