"""PLOVER events: the target found among the trigger's own arguments when no role rule gives one
(``_Coder._argument_country``). Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .test_events import code  # noqa: F401  (code is a fixture)
from .test_events_roles import _pairs


@pytest.mark.parametrize("text, type_, actor, target", [
    # the state whose parties would meet, inside the complement of an intent verb
    ("Indonesia offered to host a meeting of Myanmar's warring factions in Jakarta.", "AGREE", "IDN", "MMR"),
    # the partner named in a content clause
    ("Washington reaffirmed that its defence treaty with the Philippines covers attacks on public vessels.", "SUPPORT", "USA", "PHL"),
    # a state named in a prepositional phrase of the object
    ("Venezuela massed troops and armoured vehicles a few kilometres from the territory of Guyana.", "MOBILIZE", "VEN", "GUY"),
])
def test_a_state_named_among_the_arguments_is_the_target(code, text, type_, actor, target):
    assert (actor, target) in _pairs(code(text), type_)


@pytest.mark.parametrize("text, type_, not_target", [
    # another clause, coordinated with the trigger's, is another statement
    ("Russia rejected the measures as illegal and said they would not affect its cooperation with Iran.", "REJECT", "IRN"),
    # the reason or circumstance is not the target
    ("Minsk asked for the additional troops because of the militarisation of Poland.", "REQUEST", "POL"),
    # the actor's own country is never its target
    ("Kenya's president criticised the slow pace of reforms in Kenya.", "ACCUSE", "KEN"),
])
def test_no_target_from_another_clause_or_the_actor_itself(code, text, type_, not_target):
    pairs = _pairs(code(text), type_)
    assert pairs and all(target != not_target for _, target in pairs)


# ------------------------------------------------------------------ conditional warnings and failed acts


@pytest.mark.parametrize("text", [
    "Poland's defence chief warned that Warsaw would respond if Russian troops moved closer to its frontier.",
    "Poland warned it would retaliate if Russian troops crossed the border.",
])
def test_a_warning_of_a_consequence_on_a_condition_threatens_whoever_must_not_meet_it(code, text):
    assert ("POL", "RUS") in _pairs(code(text), "THREATEN")


def test_a_warning_of_what_will_happen_with_no_condition_stays_a_claim(code):
    assert _pairs(code("Obama warned that the museum would not be a panacea."), "THREATEN") == set()


@pytest.mark.parametrize("text", ["NATO struggles to agree on its own response.", "NATO failed to agree on a response."])
def test_what_an_actor_fails_or_struggles_to_do_did_not_happen(code, text):
    assert _pairs(code(text), "AGREE") == set()


def test_the_two_armies_stand_for_the_pair_of_states_named_before(code):
    text = "Russia and Belarus signed a defence pact on Monday. The two armies will hold joint exercises in September."
    pairs = {pair for event in code(text) if "exercises" in event.trigger.text for pair in [(event.actor.country, event.target.country)]}
    assert pairs == {("RUS", "BLR"), ("BLR", "RUS")}


@pytest.mark.parametrize("text, target", [
    ("After talks with Serbia collapsed, Croatia's president condemned the decision.", "SRB"),
    # two other states in the sentence: the sentence does not say which one
    ("After talks with Serbia and Hungary collapsed, Croatia's president condemned the decision.", None),
])
def test_the_one_other_state_of_the_sentence_is_the_last_resort_target(code, text, target):
    assert ("HRV", target) in _pairs(code(text), "ACCUSE")


def test_a_threat_that_would_target_its_own_state_looks_for_the_other_one(code):
    text = "Lithuania's defence minister warned the government could close two more crossings on the Belarusian border."
    assert _pairs(code(text), "THREATEN") == {("LTU", "BLR")}
