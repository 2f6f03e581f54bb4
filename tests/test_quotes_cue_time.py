"""The time right after a verb of saying tells when it was said: "border guards said on Monday they had stopped 340
crossings" reports "they had stopped 340 crossings", though the parser may hang "on Monday" on "stopped"
(quotes._CandidateBuilder._after_cue_time, docs/schema.md). Sentences written for these tests (fiction), through
``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze


def test_the_date_after_said_is_not_the_content():
    quotes = analyze("Slovak border guards said on Monday they had turned back 210 lorries at the Vysne Nemecke crossing.").quotes
    assert [q.text for q in quotes] == ["they had turned back 210 lorries at the Vysne Nemecke crossing"]


def test_a_date_inside_the_content_stays():
    quotes = analyze("The ministry said the lorries had waited on Monday for nine hours.").quotes
    assert [q.text for q in quotes] == ["the lorries had waited on Monday for nine hours"]
