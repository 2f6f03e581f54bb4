"""Claims read the quote extractor's reported speech where their own frames leave a sentence with the writer
(``claims._reported_speech``, docs/schema.md "Claims that read the quote extractor's reported speech"): the
sentence's main verb is a verb of saying, not negated, with a clause of its own, said by someone other than the
writer. Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, source_name

# The parser reads "costs" as a noun here, so the claims' own frames find no clause under "say".
_DEALERS = "Fuel dealers in Mombasa say petrol theft at sea costs Kenya more than 200 million dollars a year."


def test_a_group_saying_what_the_parser_misreads_is_attributed():
    claim = claim_holding(analyze("The navy freed the ship. " + _DEALERS), "petrol theft")
    assert claim.status == "attributed"
    assert source_name(claim) == "Fuel dealers"


def test_a_saying_denied_stays_with_the_writer():
    claim = claim_holding(analyze("The deputy mayor did not deny that the voice on the tape was hers."), "voice on the tape")
    assert claim.status == "unattributed" and claim.source is None


def test_an_announced_thing_is_no_proposition():
    claim = claim_holding(analyze("The harbour master announced his retirement on Friday after 31 years."), "retirement")
    assert claim.status == "unattributed" and claim.source is None


def test_what_was_said_in_a_subordinate_clause_stays_with_the_writer():
    text = "The tolls rise in March as hauliers say they lose about 200 shillings on every crossing."
    claim = claim_holding(analyze(text), "tolls rise")
    assert claim.status == "unattributed" and claim.source is None


def test_the_writers_own_saying_stays_with_the_writer():
    claim = claim_holding(analyze("I can say now, with the benefit of hindsight, that the plan was doomed."), "plan was doomed")
    assert claim.status == "unattributed" and claim.source is None


def test_a_content_whose_verb_the_parser_read_as_a_participle_is_the_speakers():
    # the parser reads "crossed" as modifying "trucks" and gives "told" two subjects: trucks and Kinzli
    text = (
        "The 28 trucks crossed from Chad at the Adre border point last week and spent six days on the road, WFP "
        "spokeswoman Leni Kinzli told reporters in Geneva."
    )
    analysis = analyze(text)
    assert [(q.kind, q.speaker.name) for q in analysis.quotes] == [("indirect", "Leni Kinzli")]
    claim = claim_holding(analysis, "28 trucks")
    assert claim.status == "attributed" and source_name(claim) == "Leni Kinzli"


def test_an_apposition_is_no_content():
    analysis = analyze("The minister, Ana Ruiz, told reporters the talks had failed.")
    assert [q.text for q in analysis.quotes] == ["the talks had failed"]


def test_that_said_is_a_discourse_marker_and_a_stressed_thing_no_proposition():
    claim = claim_holding(analyze("That said, the governor cannot win the nomination outright at this point."), "governor cannot")
    assert claim.status == "unattributed" and claim.source is None
    claim = claim_holding(analyze("The former mayor stressed his executive experience and his housing plan."), "executive experience")
    assert claim.status == "unattributed" and claim.source is None
