"""Round 93 of the event coder (docs/events.md, rule 111): a body of states that offers its help in words that concern
both states of the story ("both postal services", "surveying the border", "its headquarters for talks") offers it to
each of them, in a quarrel or a joint work alike.

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, byline_story


def _offers(text):
    return sorted(e[3] for e in analyzed_events(text) if e[0] == "AGREE" and e[1] == "offered")


def test_a_body_offering_to_lend_both_services_equipment_offers_it_to_each():
    text = byline_story("Laos suspended all flights from Vietnam on Monday after customs officers found smuggled pills in 40 parcels.",
                        "Vietnam called the suspension unjustified.",
                        "The Universal Postal Union offered to lend both postal services parcel scanners, according to its headquarters in Bern.")
    assert _offers(text) == ["LAO", "VNM"]


def test_a_body_offering_help_with_a_joint_work_offers_it_to_each_partner():
    text = byline_story("Ghana and Togo signed an agreement on Tuesday to build a joint border hospital at Aflao.",
                        "The World Health Organization offered to train the hospital's first 200 nurses in both languages.")
    assert _offers(text) == ["GHA", "TGO"]


def test_a_body_offering_help_to_one_state_offers_it_to_that_one():
    text = byline_story("Estonia expelled two Russian diplomats on Thursday after a cyberattack on its power grid.",
                        "Russia called the expulsions a provocation.",
                        "NATO offered to send cyber experts to Tallinn.")
    assert _offers(text) == ["EST"]
