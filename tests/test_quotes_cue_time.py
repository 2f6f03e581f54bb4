"""The time right after a verb of saying tells when it was said: "border guards said on Monday they had stopped 340
crossings" reports "they had stopped 340 crossings", though the parser may hang "on Monday" on "stopped"
(quotes._CandidateBuilder._after_cue_time, docs/schema.md); a title speaker is named with what it heads
(cues.title_of_end). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze


def test_the_date_after_said_is_not_the_content():
    quotes = analyze("Slovak border guards said on Monday they had turned back 210 lorries at the Vysne Nemecke crossing.").quotes
    assert [q.text for q in quotes] == ["they had turned back 210 lorries at the Vysne Nemecke crossing"]


def test_a_date_inside_the_content_stays():
    quotes = analyze("The ministry said the lorries had waited on Monday for nine hours.").quotes
    assert [q.text for q in quotes] == ["the lorries had waited on Monday for nine hours"]


def test_a_title_speaker_is_named_with_what_it_heads():
    text = "The head of Georgia's border police said the checkpoint would reopen. Romania's chief of the general staff said the drill was over."
    analysis = analyze(text)
    expected = ["The head of Georgia's border police", "Romania's chief of the general staff"]
    assert [q.speaker.name for q in analysis.quotes] == expected
    assert [c.source.name for c in analysis.claims] == expected  # the claim's source is named as the speaker is
