"""Attribution round 33 (claim sources; from the claims rows of the burned sets unseen16 to unseen29 whose status is
right and source wrong): a "she" taken up from an office described before is that office holder, not the body
that names the office; a spokesperson with a portfolio is named as written; a bare "Another" after "A diplomat
said…" is another diplomat (docs/schema.md, attribution round 33). Sentences written for these tests (fiction),
through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, source_name, speaker_name


def test_she_after_an_office_of_a_body_is_the_office_holder():
    text = (
        "The World Health Organization sent a team to the coast on Monday. "
        "The organisation's director general met the health minister in Lima on Tuesday. "
        "Speaking afterwards, she said the talks had been useful and that the team would stay a month."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "the team would stay a month")
    assert claim.status == "attributed"
    assert source_name(claim) == "The organisation's director general"
    assert speaker_name(one_quote(analysis, "the team would stay a month")) == source_name(claim)


def test_she_after_a_person_described_keeps_the_person():
    text = (
        "Juan Perez ran the port city for ten years. "
        "Prosecutors allege that the former mayor took bribes from two builders. He says the money was a loan."
    )
    claim = claim_holding(analyze(text), "the money was a loan")
    assert source_name(claim) == "Juan Perez"


def test_a_spokesperson_with_a_portfolio_is_named_as_written():
    text = "The European Union's fisheries spokesman said the bloc would review the quotas in March."
    analysis = analyze(text)
    claim = claim_holding(analysis, "review the quotas")
    assert source_name(claim) == "The European Union's fisheries spokesman"
    assert speaker_name(one_quote(analysis, "review the quotas")) == source_name(claim)


def test_a_possessive_spokesperson_without_a_portfolio_still_speaks_for_the_owner():
    claim = claim_holding(analyze("Varga's spokeswoman said the president had signed the decree."), "signed the decree")
    assert source_name(claim) == "Varga"


def test_another_takes_the_noun_of_the_speaker_before():
    text = (
        "One analyst at the bank said the rate cut was overdue. "
        "Another said it had come \"far too early\" for households."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "far too early")
    assert source_name(claim) == "Another analyst"
    assert speaker_name(one_quote(analysis, "far too early")) == "Another analyst"


def test_another_with_its_own_noun_is_left_as_written():
    text = "A farmer said the harvest was late. Another farmer, from the hills, said the rain had come in time."
    claim = claim_holding(analyze(text), "the rain had come in time")
    assert source_name(claim) == "Another farmer"


def test_a_count_speaks_for_the_body_whose_count_it_is():
    text = "Some 12,000 fishermen work the lake each season, according to the border commission's latest count."
    analysis = analyze(text)
    claim = claim_holding(analysis, "12,000 fishermen")
    assert claim.status == "attributed"
    assert source_name(claim) == "the border commission"


def test_the_bloc_is_the_community_the_sentence_names():
    text = (
        "Observers from the East African Community praised the count in Kigali on Monday. "
        "The African Union's observers, in a shorter statement, said the vote had been calm. "
        "The EAC's secretary general will visit the capital on Friday, according to the bloc's secretariat in Arusha."
    )
    claim = claim_holding(analyze(text), "will visit the capital")
    assert source_name(claim) == "East African Community"


def test_a_filing_is_the_work_of_whoever_brought_the_case():
    text = (
        "Ghana has asked the International Tribunal for the Law of the Sea to rule on a fishing zone that Togo "
        "claims, the foreign ministry said on Friday. "
        "The filing, lodged on Monday, accuses Togo of seizing six trawlers inside Ghanaian waters."
    )
    claim = claim_holding(analyze(text), "seizing six trawlers")
    assert claim.status == "attributed"
    assert source_name(claim) == "Ghana"


def test_a_lawsuit_is_its_plaintiffs_for_claims_and_quotes():
    text = "The fishermen's union sued the port authority in March. The lawsuit says the new fees break a 2019 agreement."
    analysis = analyze(text)
    claim = claim_holding(analysis, "the new fees break")
    assert source_name(claim) == "The fishermen's union"
    assert speaker_name(one_quote(analysis, "the new fees break")) == source_name(claim)


def test_a_filing_with_no_case_brought_before_stays_as_written():
    text = "The harbour was quiet on Monday. The filing says the fees doubled in a year."
    claim = claim_holding(analyze(text), "the fees doubled")
    assert source_name(claim) == "The filing"


def test_the_delegation_is_the_delegation_the_sentence_names_in_full():
    text = "The World Bank's delegation in Dhaka offered to fund a second survey of the river, according to a statement from the delegation."
    analysis = analyze(text)
    claim = claim_holding(analysis, "second survey of the river")
    assert source_name(claim) == "The World Bank's delegation"
    assert speaker_name(one_quote(analysis, "second survey of the river")) == source_name(claim)


def test_a_bare_noun_with_no_fuller_subject_stays_as_written():
    text = "Two ferries were cancelled on Monday, according to a statement from the delegation."
    claim = claim_holding(analyze(text), "Two ferries were cancelled")
    assert source_name(claim) == "the delegation"


def test_a_summit_communique_speaks_for_the_body_that_held_the_summit():
    text = (
        "Southern leaders lifted the fuel sanctions on Lesotho at a summit of the Southern African Development "
        "Community in Maputo on Saturday. "
        "The summit's closing communique said the sanctions had done their work and that monitors would visit Maseru."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "monitors would visit Maseru")
    assert source_name(claim) == "Southern African Development Community"
    assert speaker_name(one_quote(analysis, "monitors would visit Maseru")) == source_name(claim)


def test_a_summit_no_body_held_stays_the_summit():
    text = "Leaders met in Maputo on Saturday. The summit's closing communique said monitors would visit Maseru."
    claim = claim_holding(analyze(text), "monitors would visit Maseru")
    assert source_name(claim) != "Southern African Development Community"
    assert "summit" in (source_name(claim) or "")


def test_a_ministry_statement_is_the_ministry_named_before():
    text = (
        "The foreign ministry said the envoy had been handed a protest note. "
        "\"A bridge that is closed without notice is not a neighbourly bridge,\" a ministry statement said."
    )
    analysis = analyze(text)
    claim = claim_holding(analysis, "not a neighbourly bridge")
    assert claim.status == "quoted"
    assert source_name(claim) == "The foreign ministry"
    assert speaker_name(one_quote(analysis, "not a neighbourly bridge")) == source_name(claim)


def test_a_ministry_statement_with_no_ministry_before_stays_as_written():
    text = (
        "The river rose by two metres overnight. "
        "\"A bridge that is closed without notice is not a neighbourly bridge,\" a ministry statement said."
    )
    claim = claim_holding(analyze(text), "not a neighbourly bridge")
    assert source_name(claim) == "a ministry statement"
