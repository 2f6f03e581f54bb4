"""Attribution round 21 (from the burned sets unseen22 and unseen23): a person's name set between
commas after an "according to" that describes the source speaks, for quotes and claims; a lone word
the tagger took for a person but that the article puts after a preposition of place, or names as a
place elsewhere, is a place, so that "she said" and "he said" do not find a town (docs/schema.md,
attribution round 21; docs/entities.md round 21). Sentences written for these tests (fiction),
through ``newsgraph.analyze``: the real spaCy pipeline, entity layer and quote model."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_a_name_set_after_a_described_according_to_source_speaks():
    text = (
        "Flooding closed the ferry port at Drelsk on Monday.\n\n"
        "According to the mayor of the northern district, Pavel Krane, the water had risen by a metre overnight."
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "the water had risen")
    assert speaker_name(quote) == "Pavel Krane"
    assert "Krane" not in quote.text
    claim = claim_holding(analysis, "the water had risen")
    assert (claim.status, source_name(claim)) == ("attributed", "Pavel Krane")
    assert "Krane" not in claim.text


def test_a_named_according_to_source_with_a_role_after_it_is_unchanged():
    text = (
        "Flooding closed the ferry port at Drelsk on Monday.\n\n"
        "According to Pavel Krane, the mayor, the water had risen by a metre overnight."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "the water had risen")) == "Pavel Krane"


def test_a_town_that_is_also_a_first_name_is_not_the_she_of_a_quote():
    text = (
        "The Orvel Air strike grounded every flight on Friday.\n\n"
        "Most of the airline's crews are based at the Alexandria hangars, and many live in Alexandria. "
        "A pilot, who asked not to be named, said the crews had been sent home. "
        "Nobody had told them when they would fly again, she said."
    )
    analysis = analyze(text)
    alexandria = [e for e in analysis.entities if e.name == "Alexandria"]
    assert alexandria and all(e.type != "PERSON" for e in alexandria)
    quote = one_quote(analysis, "Nobody had told them")
    assert speaker_name(quote) != "Alexandria"
    claim = claim_holding(analysis, "Nobody had told them")
    assert claim.status == "attributed" and source_name(claim) != "Alexandria"


def test_a_town_passed_through_is_a_place_everywhere():
    text = (
        "Traders blocked the road to Marisela on Monday.\n\n"
        "About 200 lorries pass through Marisela every day. "
        "A driver, who asked not to be named, said the queue was ten kilometres long."
    )
    analysis = analyze(text)
    assert [e.type for e in analysis.entities if e.name == "Marisela"] == ["GPE"]


def test_a_first_name_after_in_with_trust_stays_a_person():
    text = "Voters in the valley said they had lost trust in Marisol after the vote. Marisol said she would stay on."
    analysis = analyze(text)
    assert any(e.name == "Marisol" and e.type == "PERSON" for e in analysis.entities)


def test_a_closing_by_count_phrase_names_the_source_of_the_sentence():
    text = (
        "The port authority of Velmar reopened the eastern quay on Monday. "
        "Some 300 fishing boats use the quay each week, by the authority's count."
    )
    claim = claim_holding(analyze(text), "Some 300 fishing boats")
    assert claim.status == "attributed" and source_name(claim) == "The port authority of Velmar"
    assert "count" not in claim.text


def test_a_closing_by_phrase_without_a_possessor_stays_the_writers():
    claim = claim_holding(analyze("Some 300 fishing boats use the quay each week, by all accounts."), "Some 300 fishing boats")
    assert claim.status == "unattributed"


def test_a_speaking_it_after_a_bodys_account_is_the_body():
    text = (
        "The two ministers spoke by telephone on Tuesday evening. "
        "The Norvian transport ministry's version of the call was brief. "
        'It said the minister had "listened carefully" to the complaints.'
    )
    analysis = analyze(text)
    quote = one_quote(analysis, "listened carefully")
    assert speaker_name(quote) is not None and "ministry" in speaker_name(quote)
    claim = claim_holding(analysis, "listened carefully")
    assert claim.status == "quoted" or claim.status == "attributed"
    assert source_name(claim) is not None and "ministry" in source_name(claim)


def test_a_name_used_for_men_in_one_country_and_women_in_another_fits_he():
    text = (
        "The Velmar fisheries minister, Patrice Okonda, warned that the quay could close again in spring. "
        "About 300 boats use it each week. "
        "He also said the ministry would pay for the repairs."
    )
    quote = one_quote(analyze(text), "the ministry would pay")
    assert speaker_name(quote) == "Patrice Okonda"
    text = (
        "The Velmar harbour chief, Andrea Moretti, warned that the quay could close again in spring. "
        "About 300 boats use it each week. He also said the port would pay for the repairs."
    )
    assert speaker_name(one_quote(analyze(text), "the port would pay")) == "Andrea Moretti"
