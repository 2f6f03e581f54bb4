"""Attribution round 26 (quotes; from the spurious quotes of the burned sets unseen22 to unseen29): a
free relative ("what …") that a deed acts on is no quote, nor is the relative's own verb: "fired what
appeared to be a missile" reports a launch, not words; "did not answer questions about X" quotes
neither the questions nor X (docs/schema.md, attribution round 26). Sentences
written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze

from .attribution_support import one_quote, quotes_holding, speaker_name


def test_a_deed_on_a_free_relative_is_no_quote():
    text = "The navy fired what appeared to be a cruise missile into the bay near Varna late on Sunday."
    assert quotes_holding(analyze(text), "cruise missile") == []


def test_the_verb_of_the_free_relative_is_no_cue_either():
    text = "Coast guards recovered what appeared to be wreckage of the helicopter off Bastia on Tuesday."
    assert quotes_holding(analyze(text), "wreckage of the helicopter") == []


def test_a_naming_without_quote_marks_inside_the_free_relative_is_no_quote():
    text = "Army engineers built what they describe as a temporary bridge over the Sava."
    assert quotes_holding(analyze(text), "temporary bridge") == []


def test_what_someone_called_in_quote_marks_stays_their_quote():
    text = 'The foreign ministry in Tallinn condemned what it called "a reckless act of sabotage" on Friday.'
    quote = one_quote(analyze(text), "reckless act of sabotage")
    assert (quote.kind, speaker_name(quote)) == ("mixed", "The foreign ministry")


def test_a_speech_verb_before_what_stays_a_quote():
    text = "Port officials in Gdansk said what appeared to be a leaking tanker had been towed out to sea."
    quote = one_quote(analyze(text), "a leaking tanker had been towed out to sea")
    assert quote.kind == "indirect"


def test_explaining_what_a_rule_requires_stays_a_quote():
    text = "The agriculture minister, Petra Lund, explained what the new grazing rules require of herders."
    quote = one_quote(analyze(text), "the new grazing rules require of herders")
    assert speaker_name(quote) == "Petra Lund"


def test_not_answering_questions_about_a_topic_is_no_quote():
    text = "The harbour master did not answer questions about the fuel stocks or about the pilots' contracts."
    analysis = analyze(text)
    assert quotes_holding(analysis, "fuel stocks") == [] and quotes_holding(analysis, "pilots' contracts") == []


def test_answering_that_something_is_so_stays_a_quote():
    text = "The harbour master, Jonas Rask, answered that the fuel stocks would last until spring."
    quote = one_quote(analyze(text), "the fuel stocks would last until spring")
    assert speaker_name(quote) == "Jonas Rask"
