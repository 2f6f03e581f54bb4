"""Attribution round 25 (from the burned sets unseen24 to unseen29, with unseen22 and 23): a
that-clause the parser read as the control complement of "told parliament" is still the content; a
sentence read as one noun phrase whose verb follows a set-off relative clause ("X, which is meant to
…, called on Y to …") has that verb as its frame, whether the tagger made it a participle of the noun
or hung it on the clause's last noun (docs/schema.md, attribution round 25). Sentences written for
these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, source_name


def test_a_that_clause_read_as_a_control_complement_of_told_is_the_content():
    text = "The energy minister, Ilona Varga, told parliament that repairs to four substations near Szeged would cost at least €9 million and take until the end of March."
    claim = claim_holding(analyze(text), "would cost at least €9 million")
    assert (claim.status, source_name(claim)) == ("attributed", "Ilona Varga")


def test_the_same_misreading_with_another_speaker():
    text = "The economy minister, Pavel Novak, told parliament that repairs to three pylons near Brno would cost at least €12 million and take until the end of February."
    claim = claim_holding(analyze(text), "three pylons near Brno")
    assert (claim.status, source_name(claim)) == ("attributed", "Pavel Novak")


def test_a_verb_hung_inside_a_long_relative_clause_frames_the_sentence():
    text = "The Lake Chad Basin Commission, which is supposed to share out water among its members and their farmers, called on Niger and Chad to reopen the canal."
    claim = claim_holding(analyze(text), "reopen the canal")
    assert (claim.status, source_name(claim)) == ("attributed", "Lake Chad Basin Commission")


def test_a_verb_after_a_relative_clause_tagged_as_a_participle_of_the_noun_frames_the_sentence():
    text = "The Okavango Basin Commission, which is meant to coordinate water use along the river and its tributaries, called on Angola and Namibia to convene the joint technical commission set up under the 1994 water accord \"without delay\"."
    claim = claim_holding(analyze(text), "Angola and Namibia")
    assert (claim.status, source_name(claim)) == ("attributed", "Okavango Basin Commission")


def test_a_verb_hung_on_the_relative_clauses_last_noun_frames_the_sentence():
    text = "Malawi, whose fishermen depend on the same lake, called on Tanzania to withdraw its patrol boats."
    claim = claim_holding(analyze(text), "withdraw its patrol boats")
    assert (claim.status, source_name(claim)) == ("attributed", "Malawi")


def test_a_deed_after_a_relative_clause_stays_the_writers():
    text = "The farmers, who had waited for rain since June, planted the fields in October."
    claim = claim_holding(analyze(text), "planted the fields")
    assert (claim.status, claim.source) == ("unattributed", None)


def test_a_reduced_relative_inside_the_clause_is_no_frame():
    text = "The union, which represents miners and teachers in the north, signed the accords, drafted in 2019, on Monday."
    claim = claim_holding(analyze(text), "signed the accords")
    assert (claim.status, claim.source) == ("unattributed", None)
