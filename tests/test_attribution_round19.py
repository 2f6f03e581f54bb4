"""Attribution round 19 (quotes round 19, claims round 18): a frame the parser made the main verb
still speaks for its nearer subject when it interrupts its content; a body's own office or document
named by "according to" is the body; a relative clause after a description of a name goes back to
the name, and a demonym inside a description names no one; "it" after a body that spoke in a
trailing frame is that body, also when the tagger read the body noun as a name; "the company"/"the
secretariat" after an "according to" source is that source (docs/schema.md, quotes round 19 and
claims Round 18; docs/entities.md round 19). Sentences written for these tests (fiction), with the
real spaCy pipeline, the real entity layer and the shipped quote model."""

from __future__ import annotations

import pytest

from .test_claims_continuations import claim_with
from .test_claims_sources import ATTRIBUTED, status_source
from .test_attribution_round18 import holding, speaker_of
from .test_quotes import quotes_of  # noqa: F401  (a fixture: the quotes of a text, offsets checked)


# --------------------------------------------------------------------------- a main-verb frame set inside its content


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "The Lindmark foreign ministry demanded that Oster suspend the decree. "
            "The decree, the ministry said in a statement, breaks a 2001 treaty on fishing rights and “punishes children for their parents’ language”.",
            "punishes children",
        ),
        (
            "The Lindmark foreign ministry protested on Monday. "
            "The toll, the ministry said in a note delivered to the Oster embassy, \"breaks the spirit\" of a 2019 accord.",
            "breaks the spirit",
        ),
        ("The Lindmark health department wrote to hospital managers. Admissions, the department said in a circular, would resume on Monday.", "resume on Monday"),
    ],
)
def test_the_nearer_subject_of_a_main_verb_frame_set_inside_its_content_speaks(quotes_of, text, words):
    name = speaker_of(quotes_of(text), words)
    assert name is not None and ("ministry" in name or "department" in name), name


def test_a_frame_not_set_off_after_its_cue_keeps_its_first_subject(quotes_of):
    # the contrast: no comma after the cue, so "most of them…" is an aside of the subject
    text = "Protest organisers, most of them young people, said they would march again on Tuesday."
    name = speaker_of(quotes_of(text), "march again")
    assert name is not None and "organisers" in name, name


# --------------------------------------------------------------------------- "according to its office"


@pytest.mark.parametrize(
    "text, words, body",
    [
        ("The European Commission offered both governments 40 million euros to rebuild the bridge, according to its office in Brel.",
         "40 million euros", "European Commission"),
        ("The Tarn River Commission offered both governments a joint survey of the channel, according to its secretariat in Oster.",
         "joint survey", "Tarn River Commission"),
    ],
)
def test_a_bodys_own_office_named_by_according_to_is_the_body(quotes_of, text, words, body):
    quotes = quotes_of(text)
    name = speaker_of(quotes, words)
    assert name is not None and body in name, name
    # the content keeps the body, its subject
    assert holding(quotes, words)[0].text.startswith("The ")


def test_another_bodys_office_stays_the_source(quotes_of):
    # the contrast: no "its", so the office is who the text names
    text = "The European Commission offered both governments 40 million euros to rebuild the bridge, according to the mayor's office in Brel."
    name = speaker_of(quotes_of(text), "40 million euros")
    assert name is not None and "Commission" not in name, name


def test_claims_read_a_bodys_own_office_as_the_body(parse):
    text = "The Tarn River Commission offered both governments a joint survey of the channel, according to its secretariat in Oster."
    assert status_source(claim_with(parse, text, "joint survey")) == (ATTRIBUTED, "Tarn River Commission")


# --------------------------------------------------------------------------- "X, the association of Y, which said"


def test_a_relative_clause_after_a_description_of_a_name_goes_back_to_the_name(quotes_of):
    text = (
        "In Brel, the decree was criticised by Omaris, the association of the Lindmark minority, "
        "which said it had not been consulted once in two years of drafting."
    )
    name = speaker_of(quotes_of(text), "not been consulted")
    assert name is not None and "Omaris" in name, name


# --------------------------------------------------------------------------- "it" after a body's trailing frame


def test_it_after_a_body_that_spoke_in_a_trailing_frame_is_that_body(quotes_of):
    text = (
        "Madagascar protested on Monday. Fuel on the ferry was running short, and 40 of those aboard were pupils, "
        "the Malagasy foreign ministry said in a statement. It accused Oster of turning a customs check into \"a floating jail\"."
    )
    name = speaker_of(quotes_of(text), "a floating jail")
    assert name is not None and "ministry" in name, name


# --------------------------------------------------------------------------- "The company said" after "according to"


def test_the_company_after_an_according_to_organisation_is_that_organisation(quotes_of):
    # a guard: here the entity index already finds the company; the rule keeps it when the index types
    # the name otherwise, and must not give "the company" to the bank named two sentences before
    text = (
        "The line was repaired with a loan from the European Investment Bank in 2024. "
        "According to the Lindmark Railways Company, the trip of 64 kilometres took two hours and ten minutes. "
        "The company said all the seats had been sold within an hour."
    )
    name = speaker_of(quotes_of(text), "all the seats")
    assert name is not None and "Lindmark Railways" in name, name


def test_the_secretariat_after_according_to_its_secretariat_is_that_source(quotes_of):
    text = (
        "According to UNESCO's secretariat in Paris, the file was submitted in March. "
        "The secretariat said it does not comment on disputes between member states."
    )
    name = speaker_of(quotes_of(text), "does not comment")
    assert name is not None and "UNESCO" in name, name


# --------------------------------------------------------------------------- a demonym inside a description


def test_a_demonym_describing_an_apposition_names_no_one(quotes_of, parse):
    text = "Residents of Santa Brel, the Ecuadorian village nearest the bridge, say armed men cross the river most weeks."
    name = speaker_of(quotes_of(text), "armed men cross")
    assert name is not None and "Residents" in name, name
    status, source = status_source(claim_with(parse, text, "armed men cross"))
    assert status == ATTRIBUTED and source is not None and "Residents" in source, source
