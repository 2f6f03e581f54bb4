"""Round 55 of the event coder: main events with no event on their trigger, found coding invented wire stories (an
envoy barred from returning, a minister sent to a capital, troops pulled back across a border or advancing into
villages, a counteroffensive, a town whose control was regained; docs/events.md, rule 73).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed


def test_an_envoy_barred_from_returning_is_a_sanction_on_his_state():
    # "bar" took officials and diplomats but not an ambassador or envoy: the barring was not coded
    text = ("Maritime row\n\n"
            "Kenya barred Somalia's ambassador from returning to Nairobi after the row over the maritime boundary.\n")
    assert analyzed_typed(text, "SANCTION") == [("KEN", "SOM")]



def test_a_minister_sent_to_a_capital_is_a_visit_and_its_talks_are_not_a_second_one():
    # "send envoy" was CONSULT but "send minister" had no row; and talks a coded sending is for stayed a second CONSULT
    # with no actor ("sent an envoy to Kabul for talks")
    text = ("Libya talks\n\n"
            "Turkey sent its defence minister to Tripoli on Sunday for talks with the government.\n")
    assert analyzed_typed(text, "CONSULT") == [("TUR", "LBY")]
    envoy = ("Gulf mediation\n\n"
             "Oman sent an envoy to Sanaa on Monday for consultations with the Houthi leadership.\n")
    assert [event[1] for event in analyzed_events(envoy) if event[0] == "CONSULT"] == ["sent an envoy"]

def test_troops_returning_across_a_border_withdraw():
    # "return" was RETREAT only with what is handed back ("returned five prisoners"), not troops going home
    text = ("Pull-back\n\n"
            "The Ugandan troops returned across the border from Congo on Friday, the army said.\n")
    assert analyzed_typed(text, "RETREAT") == [("UGA", "COD")]


def test_troops_advancing_into_villages_assault_and_a_team_does_not():
    # "advance on" was ASSAULT but "advance into" had no row; a team advancing into a round is no event
    text = ("Incursion\n\n"
            "Rwandan troops advanced into several villages in eastern Congo on Tuesday.\n")
    assert analyzed_typed(text, "ASSAULT") == [("RWA", "COD")]
    sport = ("Cup\n\n"
             "The national team advanced into the semi-finals after beating Ghana.\n")
    assert analyzed_events(sport) == []


def test_a_counteroffensive_launched_is_an_assault():
    # "offensive" was a noun trigger but "counteroffensive" was not: the launch had no event
    text = ("Front line\n\n"
            "Ukraine launched a counteroffensive against Russian forces near Zaporizhzhia on Monday.\n")
    assert analyzed_typed(text, "ASSAULT") == [("UKR", "RUS")]


def test_control_regained_or_seized_is_coerce_like_control_taken():
    # "take control" was COERCE; "regained control" and "seized control" had no row
    text = ("Kidal\n\n"
            "Malian soldiers regained control of the town of Kidal from Tuareg rebels on Tuesday.\n")
    assert [event[:2] for event in analyzed_events(text)] == [("COERCE", "regained control")]
