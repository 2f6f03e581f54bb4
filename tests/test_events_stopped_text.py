"""A text someone kept from being made says nothing: "Hungary blocked a statement condemning…" is Hungary's
rejection, and neither Hungary's condemnation nor anyone's (events.STOPPED_TEXT_VERBS; docs/events.md, Roles).
Sentences written for these tests (fiction), coded with the real parser and entity index."""

from __future__ import annotations

from .events_support import code  # noqa: F401  (fixture)


def test_a_blocked_statement_condemns_nobody(code):
    events = code("Hungary on Thursday blocked a European Union statement condemning the arrest of opposition leaders in Georgia.")
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.trigger.text, e.actor) for e in events]
    assert any(e.type == "REJECT" and e.trigger.text == "blocked" for e in events)


def test_a_vetoed_draft_demands_nothing(code):
    events = code("Russia vetoed a draft resolution demanding that Israel halt its strikes on Gaza.")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger.text, e.actor) for e in events]


def test_an_adopted_resolution_is_its_adopters_act(code):
    events = code("The Security Council adopted a resolution condemning Iran's missile tests.")
    accusations = [e for e in events if e.type == "ACCUSE" and e.trigger.text == "condemning"]
    assert accusations and accusations[0].actor.country == "IGO" and accusations[0].target.country == "IRN"


def test_plural_ministers_are_not_the_state_just_named(code):
    events = code("Israel struck targets in Gaza on Monday. The foreign ministers issued a declaration urging Serbia to respect Kosovo's borders.")
    urging = [e for e in events if e.trigger.text == "urging"]
    assert urging and urging[0].actor.country is None, [(e.type, e.trigger.text, e.actor) for e in events]


def test_a_single_minister_after_a_state_is_that_states(code):
    events = code("Ukraine welcomed the new sanctions. Foreign Minister Andriy Kovalenko thanked the European Union for its support.")
    thanked = [e for e in events if e.trigger.text == "thanked"]
    assert thanked and thanked[0].actor.country == "UKR", [(e.type, e.trigger.text, e.actor) for e in events]


def test_a_pronoun_after_a_capitalised_title_takes_its_country(code):
    text = (
        "\u201cOur allies asked for protection, and they will have it,\u201d the Russian President said at a meeting of his "
        "security council. He accused Poland of \u201cpushing Europe towards a new confrontation\u201d."
    )
    accused = [e for e in code(text) if e.trigger.text == "accused"]
    assert accused and accused[0].actor.country == "RUS" and accused[0].target.country == "POL"


def test_forces_moved_at_home_are_not_aimed_at_their_own_state(code):
    text = (
        "MOSCOW, June 2 (Steppe Wire) \u2014 Russia will deploy missile systems capable of carrying nuclear warheads in "
        "Belarus by the end of the year, the Kremlin said on Monday. Russia has held talks with Belarus since March."
    )
    deployed = [e for e in code(text) if e.trigger.text == "deploy"]
    assert deployed and deployed[0].actor.country == "RUS"
    assert deployed[0].target is None or deployed[0].target.country != "RUS"
