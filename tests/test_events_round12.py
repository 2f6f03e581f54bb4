"""Round 12 of the event coder, from the errors of the burned blind sets, unseen6 first (docs/events.md, rule 30).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

import pytest

from .events_support import code, coded  # noqa: F401  (code is a fixture)

MOBILISATION = "The Malian government ordered a general mobilisation of its reservists on Tuesday."
STORY = ("The order was read on state television. Officials said the call-up would last three months. "
         "Bamako gave no figure for the number of reservists.")


@pytest.mark.parametrize("dateline", ["DAKAR —", "DAKAR, Dec 1 -"])
def test_a_bureau_dateline_is_no_target_of_a_foreign_actor(code, dateline):
    # a story filed from Dakar that never names Senegal again: Senegal is no side of Mali's call-up
    text = f"{dateline} {MOBILISATION} {STORY}"
    assert coded(code(text), "ordered") == [("MOBILIZE", "MLI", None)]


def test_a_brief_keeps_its_dateline_as_the_place_acted_on(code):
    # one sentence cannot name its country twice; the dateline stays the fallback
    assert coded(code(f"DAKAR — {MOBILISATION}"), "ordered") == [("MOBILIZE", "MLI", "SEN")]


def test_a_dateline_named_again_stays_the_place_acted_on(code):
    text = f"DAKAR — {MOBILISATION} {STORY} Senegal has asked for an explanation."
    assert coded(code(text), "ordered") == [("MOBILIZE", "MLI", "SEN")]


def test_an_opposition_lawmaker_accuses_his_own_government(code):
    text = ("ACCRA — Ghana and Togo agreed on Monday to reopen their shared border. A Togolese opposition lawmaker, "
            "Koffi Agbeko, accused the government of giving away too much.")
    assert coded(code(text), "accused") == [("ACCUSE", "TGO", "TGO")]


def test_a_foreign_minister_accusing_the_government_is_left_alone(code):
    # an office of a state's executive speaks of another government: the target rules decide
    text = ("ACCRA — Ghana and Togo agreed on Monday to reopen their shared border. Togo's foreign minister "
            "accused the government of delaying the talks.")
    assert coded(code(text), "accused") == [("ACCUSE", "TGO", "GHA")]


def test_an_apposition_gives_a_union_its_country(code):
    text = ("JOHANNESBURG — Zambia raised fuel prices by a fifth on Monday. The ZCTU, the country's largest trade "
            "union federation, called on Lusaka to reverse the increase.")
    assert coded(code(text), "called") == [("REQUEST", "ZMB", "ZMB")]


def test_an_offer_to_mediate_is_made_to_both_states_of_the_last_dispute(code):
    text = "ADDIS ABABA — Sudan accused South Sudan of arming rebels in Blue Nile on Monday. Kenya has offered to mediate."
    assert coded(code(text), "offered") == [("AGREE", "KEN", "SDN"), ("AGREE", "KEN", "SSD")]


def test_an_offer_to_mediate_between_named_parties_keeps_them(code):
    text = ("ADDIS ABABA — Sudan accused South Sudan of arming rebels in Blue Nile on Monday. Kenya has offered to "
            "mediate between Khartoum and the rebels.")
    events = [e for e in code(text) if e.trigger.text == "offered"]
    assert {(e.type, e.target.country if e.target else None) for e in events} == {("AGREE", None), ("AGREE", "SDN")}
