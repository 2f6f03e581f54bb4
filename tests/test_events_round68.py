"""Round 68 of the event coder: missed main events, second pass (a border closure ordered or announced, a protest an
act draws from a state; docs/events.md, rule 86).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_typed


def test_ordering_the_closure_of_one_s_border_closes_it():
    # "ordered the closure of its border with Benin" was a REQUEST by Niger of Benin: only missions were closed by order
    text = ("Border shut\n\n"
            "NIAMEY — Niger's military government ordered the closure of its border with Benin on Tuesday.\n")
    assert analyzed_events(text) == [("SANCTION", "ordered the closure of its border", "NER", "BEN")]


def test_announcing_the_closure_of_one_s_border_closes_it():
    # no event at all before
    text = ("Border shut\n\n"
            "ACCRA — Ghana announced the closure of its border with Togo on Monday.\n")
    assert analyzed_events(text) == [("SANCTION", "announced the closure of its border", "GHA", "TGO")]


def test_ordering_the_closure_of_schools_closes_nothing_on_anyone():
    # guard: a closure the lexicon does not code as closed on someone stays no coercion
    text = ("Schools shut\n\n"
            "MOSUL — The governor of Nineveh ordered the closure of all schools in the district for three days.\n")
    assert analyzed_typed(text, "COERCE") == []


def test_a_protest_an_act_draws_from_a_state_is_that_state_s_rebuke():
    # "drew a sharp protest from Warsaw" was no event: the protest noun with no doer read as the street's
    text = ("Diplomats expelled\n\n"
            "WARSAW — Belarus's expulsion of 30 Polish diplomats on Monday drew a sharp protest from Warsaw.\n")
    assert ("ACCUSE", "protest", "POL", "BLR") in analyzed_events(text)
    text = ("Sea map\n\n"
            "HANOI — Beijing's new sea map drew protests from Vietnam and Malaysia on Tuesday.\n")
    assert sorted(analyzed_typed(text, "ACCUSE")) == [("MYS", "CHN"), ("VNM", "CHN")]


def test_protests_drawn_from_a_crowd_are_still_in_the_street():
    # guard: students or traders drawn out protest; they rebuke no one as a state does
    text = ("Fuel\n\n"
            "LAGOS — The fuel price rise drew protests from thousands of students in Lagos on Monday.\n")
    assert analyzed_typed(text, "ACCUSE") == []
    assert [e[0] for e in analyzed_events(text)] == ["PROTEST"]


def test_the_closure_of_one_s_airspace_closes_it_on_who_may_not_fly_in():
    # the target was the closure itself, in the actor's own country (MLI→MLI)
    text = ("Airspace shut\n\n"
            "BAMAKO — Mali ordered the closure of its airspace to Ivorian aircraft on Monday.\n")
    assert analyzed_typed(text, "SANCTION") == [("MLI", "CIV")]
