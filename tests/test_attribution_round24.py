"""Attribution round 24 (from the burned sets unseen24 to unseen29, with unseen16, 17, 22 and 23): a
speaker whose question aside the parser read as its clause ("X, asked about Y, said…") is a claim's
source too; "called a general strike for Thursday" is a deed; a speaking "it" coordinated with an
earlier verb is that verb's subject; a headline's "as" clause joins events and frames nothing; a
passive's agent that speaks in a relative clause of its own has the sentence; a document noun's bare
past participle ("a statement issued in Accra") is no quote (docs/schema.md, attribution round 24).
Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, quotes_holding, source_name, speaker_name


def test_a_speaker_with_a_question_aside_is_the_claims_source():
    text = "A WHO spokeswoman in Geneva, asked about the outbreak, said the agency had sent a team to Goma."
    claim = claim_holding(analyze(text), "sent a team to Goma")
    assert claim.status == "attributed"
    assert source_name(claim) is not None and "WHO" in source_name(claim)


def test_calling_a_strike_for_a_day_is_a_deed():
    text = "Opposition parties have called a general strike for Thursday."
    claim = claim_holding(analyze(text), "a general strike for Thursday")
    assert (claim.status, claim.source) == ("unattributed", None)


def test_calling_for_something_stays_a_request():
    text = "Opposition parties called for a general strike on Thursday."
    claim = claim_holding(analyze(text), "a general strike")
    assert claim.status == "attributed"


def test_a_speaking_it_coordinated_with_a_named_subject_is_that_subject():
    text = "The finance ministry insisted that the budget was fair, and it urged the unions to return to talks."
    claim = claim_holding(analyze(text), "it urged the unions")
    assert (claim.status, source_name(claim)) == ("attributed", "The finance ministry")


def test_a_headlines_as_clause_frames_nothing():
    text = (
        "Georgia parades new drones in Tbilisi as Russia and Iran protest\n\n"
        "By Liisa Koski | Caucasus Post | Tbilisi, 3 February 2027\n\n"
        "Georgia showed new drones on Sunday."
    )
    claim = claim_holding(analyze(text), "Georgia parades new drones")
    assert (claim.status, claim.source) == ("unattributed", None)


def test_a_body_sentences_as_clause_still_frames_it():
    text = "Georgia paraded new drones in Tbilisi on Sunday.\n\nThe drones are Turkish-made, as the ministry reported."
    claim = claim_holding(analyze(text), "The drones are Turkish-made")
    assert claim.status == "attributed"


def test_a_passives_agent_speaking_in_its_relative_clause_has_the_sentence():
    text = "The march was organised by the Baltic Teachers' Union, which called the pay offer \"an insult to every classroom\"."
    claim = claim_holding(analyze(text), "The march was organised")
    assert (claim.status, source_name(claim)) == ("attributed", "Baltic Teachers' Union")


def test_a_passives_agent_pledging_in_its_relative_clause_does_not():
    text = "The loan was welcomed by the Nordic Investment Bank, which pledged a further 200 million euros in credit."
    claim = claim_holding(analyze(text), "The loan was welcomed")
    assert (claim.status, claim.source) == ("unattributed", None)


def test_a_documents_bare_participle_is_no_quote():
    text = "Customs officers seized 12 tonnes of cocoa, the two governments said in a joint statement issued in Accra and Lomé on Friday."
    analysis = analyze(text)
    assert quotes_holding(analysis, "issued in Accra") == []
    assert len(quotes_holding(analysis, "Customs officers seized 12 tonnes of cocoa")) == 1


def test_a_content_clause_hung_on_the_statement_stays_a_quote():
    text = "The port authority said in a statement that the cranes had been repaired and that the berth would reopen."
    quote = quotes_holding(analyze(text), "the cranes had been repaired")
    assert len(quote) == 1 and speaker_name(quote[0]) is not None
