"""Quotes round 15: complements that report an act or a question, not a proposition, are no quotes
(docs/schema.md, quotes: "Acts are not quotes"). Sentences written for these tests (fiction), with
the real spaCy pipeline, the real entity layer and the shipped quote model."""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .test_quotes import quotes_of  # noqa: F401  (a fixture: the quotes of a text, offsets checked)


def texts(quotes) -> list[str]:
    return [q.text for q in quotes]


# --------------------------------------------------------------------------- accusations


def test_what_someone_is_accused_of_is_no_quote(quotes_of):
    text = "The port authority on Monday accused the shipping agent of diverting fuel payments into private accounts."
    assert texts(quotes_of(text)) == []


def test_the_accused_is_no_quote_either(quotes_of):
    text = "The Danish Refugee Council accused Croatian border police of forcing dozens of migrants back across the river."
    assert texts(quotes_of(text)) == []


def test_a_charge_with_a_preposition_is_no_quote(quotes_of):
    quotes = quotes_of("Two weeks later, prosecutors in Ostrava charged him with defrauding the creditors of a bankrupt mill.")
    assert texts(quotes) == []


def test_quoted_words_inside_an_accusation_are_the_accusers_fragment(quotes_of):
    text = "Iraq on Friday accused Turkey of “strangling” the Tigris by filling a new reservoir upstream."
    quotes = quotes_of(text)
    assert texts(quotes) == ["“strangling”"]
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker.name == "Iraq"


def test_quoted_words_deep_inside_an_accusation_are_still_the_accusers(quotes_of):
    # the fragment hangs on a second "of", several heads below the accusing verb
    text = ("On Sunday, the interior ministry accused him of working as a reporter without accreditation "
            "and of “filming sensitive sites”.")
    quotes = quotes_of(text)
    assert texts(quotes) == ["“filming sensitive sites”"]
    assert text[quotes[0].speaker.start:quotes[0].speaker.end] == "the interior ministry"


def test_an_accusation_reported_as_a_clause_stays_a_quote(quotes_of):
    text = "The port authority said that the shipping agent had diverted fuel payments into private accounts."
    quotes = quotes_of(text)
    assert texts(quotes) == ["the shipping agent had diverted fuel payments into private accounts"]
    assert quotes[0].kind == "indirect"


# --------------------------------------------------------------------------- commitments


@pytest.mark.parametrize("text", [
    "Thailand and Cambodia agreed on Friday to reopen the main border crossing at Poipet from Monday.",
    "The army's delegation had refused for two weeks to sit in the same room as the rebel negotiators.",
    "The prime minister's office declined to comment.",
    "Hungary had threatened to veto the package for three months.",
])
def test_what_someone_agrees_refuses_declines_or_threatens_to_do_is_no_quote(quotes_of, text):
    assert texts(quotes_of(text)) == []


def test_a_verb_inside_a_refusal_is_no_cue_either(quotes_of):
    # without the refusal as a quote, "extradite" would offer its object as one
    text = "Serbia has refused to extradite Radek Holub, the steel trader wanted in Ostrava for a large fraud."
    assert texts(quotes_of(text)) == []


# --------------------------------------------------------------------------- rebuttals and questions


@pytest.mark.parametrize("text", [
    "Mining Minister Teresa Condori rejected the charge.",
    "The Swedish foreign ministry rejected that reading.",
    "Uzbekistan's energy ministry dismissed the accusation.",
    "The information ministry denied any link between the two matters.",
])
def test_the_bare_object_of_a_rebuttal_is_no_quote(quotes_of, text):
    assert texts(quotes_of(text)) == []


def test_a_denial_with_a_clause_stays_a_quote(quotes_of):
    quotes = quotes_of("The information ministry denied that its officers had crossed the border.")
    assert texts(quotes) == ["its officers had crossed the border"]


@pytest.mark.parametrize("text", [
    "He did not say what those measures would be.",
    "The Romanian government has not said how long the ambassador will stay in Bucharest.",
])
def test_a_question_left_unanswered_is_no_quote(quotes_of, text):
    assert texts(quotes_of(text)) == []


def test_the_question_put_to_a_speaker_is_not_the_speakers_quote(quotes_of):
    text = "Asked whether the cap would be lifted if construction picked up, Whitford said it would be reviewed every year."
    quotes = quotes_of(text)
    assert texts(quotes) == ["it would be reviewed every year"]
    assert quotes[0].speaker.name == "Whitford"


def test_the_topic_put_to_a_speaker_is_not_the_speakers_quote(quotes_of):
    text = ("Asked about the agreement, a spokesman for the Chinese embassy in Nairobi said "
            "China respected Kenya's sovereign choices.")
    quotes = quotes_of(text)
    assert texts(quotes) == ["China respected Kenya's sovereign choices"]


# --------------------------------------------------------------------------- passives, namings, headlines


def test_the_subject_of_a_passive_cue_is_no_quote(quotes_of):
    assert texts(quotes_of("The ban was announced by the trade directorate in a notification late on Friday.")) == []


def test_a_naming_without_quote_marks_is_no_quote(quotes_of):
    text = "The mutineers, who call themselves the National Council for Order, answered within hours."
    assert texts(quotes_of(text)) == []


def test_a_naming_in_quote_marks_is_still_a_fragment(quotes_of):
    quotes = quotes_of("The foreign minister called the sanctions “economic piracy”.")
    assert texts(quotes) == ["“economic piracy”"]
    assert quotes[0].kind == "direct"


def test_a_headline_clause_before_a_semicolon_is_not_the_next_clauses_content(quotes_of):
    text = "EU blacklists Dubai tanker operator over Iranian oil; Tehran vows response"
    assert texts(quotes_of(text)) == []


def test_an_accusation_with_a_quoted_charge_is_reported_speech_not_a_quotation():
    # the quote is a fragment of the accuser's; the claim is the accusation the writer reports
    claims = analyze("The foreign minister accused Turkey of “strangling the Tigris with its new dams upstream”.").claims
    assert [(c.text[:16], c.status, c.source.name) for c in claims] == [("Turkey of “stran", "attributed", "The foreign minister")]


def test_frame_words_before_a_full_quotation_leave_it_quoted():
    claims = analyze("The commission says on its website that “there were issues with the sound in the hall.”").claims
    assert [(c.status, c.source.name) for c in claims] == [("quoted", "The commission")]
