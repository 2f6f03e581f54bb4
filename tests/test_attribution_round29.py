"""Attribution round 29 (quotes and claims; from the error rows of the burned sets unseen16 to unseen29):
the words on a banner are its holders' quote, "called on X to …" with quoted words in it leaves the
quoted words alone as the caller's fragment, and a body named after a country with a curly possessive
("Bangladesh’s Department of …") is the speaker, not the country (docs/schema.md and docs/entities.md, attribution round
29). Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import claim_holding, one_quote, quotes_holding, source_name, speaker_name


def test_a_banner_carried_by_marchers_is_their_quote():
    text = (
        "In Tamale, about 300 farmers blocked the market road on Monday, waving hoes and carrying a banner "
        "that read \"Our maize, our price\". The regional police said the road reopened at noon."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "Our maize, our price")) == "about 300 farmers"


def test_a_banner_stood_behind_is_its_holders_quote():
    text = "At the ferry terminal on Friday, teachers waited behind a banner that read “Pay us in July”."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "Pay us in July")) == "teachers"


def test_a_banner_held_up_is_no_quote_of_what_was_held():
    text = (
        "Outside the ministry, nurses held up their union cards and a banner that read \"We are not machines\". "
        "Guards watched from the gate."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "We are not machines")) == "nurses"
    assert not quotes_holding(analysis, "union cards")


def test_a_banner_sentence_stays_the_writers_claim():
    text = "At the ferry terminal on Friday, teachers waited behind a banner that read “Pay us in July”."
    claim = claim_holding(analysis := analyze(text), "ferry terminal")
    assert claim.status == "unattributed" and source_name(claim) is None
    assert analysis.quotes  # the banner's words are still a quote of the teachers


def test_quoted_words_in_a_call_on_someone_are_the_callers_fragment():
    text = "The Danube Commission called on both governments to reopen the lock \"without further delay\"."
    analysis = analyze(text)
    quote = one_quote(analysis, "without further delay")
    assert quote.text == "\"without further delay\"" and quote.kind == "direct"
    assert speaker_name(quote) == "Danube Commission"


def test_a_call_on_someone_without_quote_marks_stays_a_quote():
    text = "The Danube Commission called on both governments to reopen the lock before the spring floods."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "to reopen the lock")) == "Danube Commission"


def test_a_body_owned_by_a_country_with_a_curly_possessive_is_the_speaker():
    text = (
        "According to Ghana’s Department of Fisheries Control, inspectors boarded 14 trawlers in October. "
        "The department said the nets had been declared as cargo."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "inspectors boarded")) == "Ghana’s Department of Fisheries Control"
    assert speaker_name(one_quote(analysis, "declared as cargo")) == "Ghana’s Department of Fisheries Control"


def test_a_body_the_tagger_names_apart_from_its_country_keeps_its_entity_name():
    text = "According to Ghana's Department of Fisheries Control, inspectors boarded 14 trawlers in October."
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "inspectors boarded")) == "Department of Fisheries Control"


def test_a_call_whose_quoted_words_are_named_inside_it_stays_a_quote():
    text = "The Danube Commission called on both capitals to end what it called \"a war of memos\"."
    analysis = analyze(text)
    quote = one_quote(analysis, "a war of memos")
    assert quote.kind == "mixed" and speaker_name(quote) == "Danube Commission"


def test_quoted_words_in_a_weakly_scored_appeal_are_the_appellants():
    text = (
        "Tuvalu's prime minister, whose office counts 300 damaged homes, appealed on Sunday for “every boat "
        "we can find” to carry water, because most wells are salty."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "every boat")) == "Tuvalu's prime minister"


def test_a_caller_after_a_relative_aside_speaks_the_quoted_words():
    text = (
        "The Volta River Authority, which is meant to coordinate releases along the river and its tributaries, "
        "called on Ghana and Togo to convene the joint dam committee set up under the 2010 charter \"without delay\"."
    )
    analysis = analyze(text)
    assert speaker_name(one_quote(analysis, "without delay")) == "Volta River Authority"
