"""A writer's summing-up after a reported statement is not part of it: "…, the Kremlin said on Monday, a move that
drew sharp condemnation" (the parser reads "a move" as the object of "said"; quotes._writers_summary,
docs/schema.md). Sentences written for these tests (fiction), through ``newsgraph.analyze``."""

from __future__ import annotations

from newsgraph import analyze


def test_a_move_after_the_cue_is_the_writers():
    text = (
        "Russia will deploy missile systems in Belarus by the end of the year, the Kremlin said on Monday, a move that "
        "drew sharp condemnation from NATO members."
    )
    quotes = analyze(text).quotes
    assert [q.text for q in quotes] == ["Russia will deploy missile systems in Belarus by the end of the year"]


def test_a_sign_after_a_parenthetical_cue_is_the_writers():
    quotes = analyze("The talks were suspended, officials said, a sign that the ceasefire is fragile.").quotes
    assert [q.text for q in quotes] == ["The talks were suspended"]


def test_an_announced_move_is_still_what_was_announced():
    quotes = analyze("The minister announced a move to cut fuel subsidies.").quotes
    assert [q.text for q in quotes] == ["a move to cut fuel subsidies"]
