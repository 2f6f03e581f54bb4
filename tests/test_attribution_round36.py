"""Attribution round 36 (second probe round: news articles written for the purpose, read quote by quote and claim
by claim under samples/README.md): a that-clause the parser hung on a participle of the noun between the cue and
its content ("said in a report seen by Reuters that…"), and a dateline place of several capitals words whose first
word alone the tagger took for an organisation ("SAO PAULO, Dec 10 (Reuters) -"), which "the bank" must not take
up (docs/schema.md, attribution round 36; docs/entities.md, round 36). Sentences written for these tests
(fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


@pytest.mark.parametrize(
    "frame",
    [
        "The water authority said in an internal memo seen by Reuters that",
        "The water authority told councillors in a letter obtained by the Gazette that",
        "The water authority said in a filing made public on Friday that",
    ],
)
def test_that_clause_on_a_document_participle_is_what_was_said(frame):
    analysis = analyze(f"Reservoir plan\n\n{frame} the northern reservoir would be drained in April.")
    assert "water authority" in speaker_name(one_quote(analysis, "reservoir would be drained"))
    claim = claim_holding(analysis, "reservoir would be drained")
    assert claim.status == "attributed"
    assert "water authority" in source_name(claim)


def test_a_relative_clause_on_a_document_participle_is_no_content():
    analysis = analyze("Reservoir plan\n\nThe engineer spoke about a memo written by the authority that the council had rejected.")
    assert not any("council had rejected" == q.text for q in analysis.quotes)
    assert claim_holding(analysis, "council had rejected").status == "unattributed"


@pytest.mark.parametrize("place", ["SAO PAULO", "RIO DE JANEIRO", "BUENOS AIRES"])
def test_dateline_place_split_by_the_tagger_is_not_the_bank(place):
    text = (
        f"Rates on hold\n\n{place}, March 4 (Reuters) - The country's central bank kept its main rate at 9% on Tuesday.\n\n"
        "The vote was split, the bank said in a statement."
    )
    analysis = analyze(text)
    speaker = speaker_name(one_quote(analysis, "vote was split"))
    assert speaker is not None and "bank" in speaker
    assert "bank" in source_name(claim_holding(analysis, "vote was split"))
