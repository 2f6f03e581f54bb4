"""Round 85 of the event coder (docs/events.md, rule 103): an appeal the parser hangs on a reported clause is the
speaker's; "the two" as a subject is the pair just named; a panel is a party, and "the panel" takes up the one named
before.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, byline_story


def test_a_call_on_a_state_after_a_reported_clause_is_the_speakers():
    # "called" hung on "were serving", so the prisoners were taken for who called on Astana
    text = byline_story("The Caspian Rights Centre, a Kazakh group that monitored the trial, said at least four other dual nationals "
                        "were serving sentences on similar charges, and called on Astana to review their cases.")
    assert analyzed_on(text, "called on") == [("REQUEST", "called on", "KAZ", "KAZ")]


def test_the_two_after_a_telephone_call_are_the_two_sides_of_it():
    text = byline_story("Qatar's foreign minister telephoned his Omani counterpart on Tuesday evening and the two agreed to form a "
                        "committee on shipping permits.")
    assert sorted(analyzed_on(text, "agreed")) == [("AGREE", "agreed", "OMN", "QAT"), ("AGREE", "agreed", "QAT", "OMN")]


def test_the_two_after_two_states_are_those_states():
    text = byline_story("Kenya and Uganda held talks in Busia on Monday. The two agreed to reopen the border market.")
    assert sorted(analyzed_on(text, "agreed")) == [("AGREE", "agreed", "KEN", "UGA"), ("AGREE", "agreed", "UGA", "KEN")]


def test_a_un_panel_that_accuses_is_a_party_of_the_un():
    text = byline_story("A UN panel of experts said on Tuesday that a Comoros-flagged tanker had carried fuel to Yemen in breach of an "
                        "embargo. The panel accused the Comoros ship registry of ignoring three written warnings.")
    assert analyzed_on(text, "accused") == [("ACCUSE", "accused", "IGO", "COM")]
