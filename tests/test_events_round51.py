"""Round 51 of the event coder: errors found coding invented wire stories (a border raid, an air-defence request, a
port deal, freed soldiers, a border clash, a civil war, drills around an island, an expelled ambassador;
docs/events.md, rule 69).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of each text is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed


def test_a_text_that_condemns_a_state_does_not_aim_its_rejection_at_that_state():
    # "objected to a statement condemning Moscow": the objection shields Moscow, it is not aimed at it
    text = ("Bloc split over statement\n\n"
            "Hungary objected to a joint statement condemning Moscow, diplomats said.\n")
    assert analyzed_typed(text, "ACCUSE") == [("HUN", None)]
    text = ("Vote at the assembly\n\n"
            "Slovakia vetoed a resolution criticising Israel on Tuesday.\n")
    assert analyzed_typed(text, "REJECT") == [("SVK", None)]


def test_a_rejection_still_takes_the_state_named_as_its_own_argument():
    text = ("Talks stall\n\n"
            "India rejected a proposal from Pakistan on Tuesday.\n")
    assert analyzed_typed(text, "REJECT") == [("IND", "PAK")]


def test_a_visitor_expected_somewhere_for_talks_holds_them():
    text = ("Envoy heads north\n\n"
            "Norway's foreign minister is expected in Kabul next week for talks with the Taliban.\n")
    assert analyzed_typed(text, "CONSULT") == [("NOR", "AFG")]
    text = ("Envoy heads north\n\n"
            "Norway's foreign minister is due in Kabul on Friday for talks with the Taliban.\n")
    assert analyzed_typed(text, "CONSULT") == [("NOR", "AFG")]


def test_an_expected_decision_is_no_visitor():
    text = ("Brussels waits\n\n"
            "A decision is expected in Brussels for talks with Serbia.\n")
    assert all(e[2] is None for e in analyzed_events(text) if e[0] == "CONSULT")


def test_a_navy_put_on_alert_is_what_is_moved_not_the_target():
    text = ("Aegean tension\n\n"
            "Greece placed its navy on high alert along the border with Turkey.\n")
    assert analyzed_typed(text, "MOBILIZE") == [("GRC", "TUR")]
    text = ("Aegean tension\n\n"
            "Greece put the navy on high alert on Monday.\n")
    assert analyzed_typed(text, "MOBILIZE") == [("GRC", None)]
