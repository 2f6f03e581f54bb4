"""Attribution round 31 (quotes; from the quotes rows of the burned sets unseen16 to unseen29): the passive
subject of a speech verb with a content clause is not its speaker, and a quoted fragment hung on the root noun
of a sentence whose verb the parser read as that noun's modifier after a relative clause belongs to that verb
(docs/schema.md, attribution round 31). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import one_quote, quotes_holding, speaker_name


def test_a_passive_subject_of_a_reporting_clause_is_not_the_speaker():
    text = (
        "The port authority accused the shipping line of hiding “serious defects” in its ferries, "
        "and said a new licence would be considered “once the repairs are done”."
    )
    analysis = analyze(text)
    assert all(speaker_name(q) != "a new licence" for q in analysis.quotes), [(q.text, speaker_name(q)) for q in analysis.quotes]
    quote = one_quote(analysis, "once the repairs are done")
    assert speaker_name(quote) == "The port authority"


def test_a_fragment_after_a_relative_aside_belongs_to_the_offer():
    text = (
        "Norway's foreign minister, who hosted the last round, offered to hold a third meeting on the ferry "
        "routes \"once both delegations have consulted at home\". No date was set."
    )
    quote = one_quote(analyze(text), "once both delegations")
    assert speaker_name(quote) == "Norway's foreign minister"


def test_a_fragment_after_a_relative_aside_and_a_plain_deed_keeps_no_speaker():
    text = "The mayor, who opened the fair, walked past the stalls \"in a hurry\". The rain came at noon."
    quotes = quotes_holding(analyze(text), "in a hurry")
    assert all(speaker_name(q) is None for q in quotes), [(q.text, speaker_name(q)) for q in quotes]


def test_who_was_told_something_is_not_its_speaker():
    text = "The ambassador was told on Monday that the consulate in Tema would close by the end of the month."
    quotes = quotes_holding(analyze(text), "consulate in Tema")
    assert all(speaker_name(q) != "The ambassador" for q in quotes), [(q.text, speaker_name(q)) for q in quotes]
