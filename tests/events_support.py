"""Helpers for the event tests on whole texts: a fixture that codes a text with the real parser and
entity index, and a lookup of the events on a trigger word."""

from __future__ import annotations

import pytest

from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events


@pytest.fixture(scope="module")
def code(parse):
    """Parse a text and code its events with the real entity index."""

    def run(text):
        doc = parse(text)
        return extract_events(doc, extract_entities(doc))

    return run


def on_trigger(events, word):
    """The events whose trigger holds ``word``; fails when there is none."""
    found = [e for e in events if word in e.trigger.text]
    assert found, f"no event on {word!r} in {[(e.type, e.trigger.text) for e in events]}"
    return found


def codes(event):
    """(actor country, target country) of an event."""
    return (event.actor.country if event.actor else None, event.target.country if event.target else None)


def coded(events, word):
    """(type, actor country, target country) of each event on the trigger word, sorted."""
    return sorted((e.type, *codes(e)) for e in on_trigger(events, word))


def analyzed_events(text: str, published: str = "2026-11-20") -> list[tuple]:
    """(type, trigger, actor country, target country) of the full analysis, which reads times and quotes too."""
    from newsgraph import analyze

    return [(e.type, e.trigger.text, e.actor and e.actor.country, e.target and e.target.country)
            for e in analyze(text, published=published).events]


def analyzed_countries(text: str, published: str = "2026-11-20") -> list[tuple]:
    """(type, actor country, target country) of each of the full analysis's events, in order."""
    return [(e[0], e[2], e[3]) for e in analyzed_events(text, published)]


def analyzed_on(text: str, trigger: str) -> list[tuple]:
    """The full analysis's events (as :func:`analyzed_events` gives them) on one trigger word."""
    return [e for e in analyzed_events(text) if e[1] == trigger]


def analyzed_typed(text: str, type_: str) -> list[tuple]:
    """(actor country, target country) of each of the full analysis's events of one type."""
    return [(e[2], e[3]) for e in analyzed_events(text) if e[0] == type_]


# An undated American story: two paragraphs that name the United States often enough to make it the story's state
AMERICAN_CAMPAIGN = ("The United States heads into the election with the economy slowing. Polls in the United States show a tight race.",
                     "Voters in the United States will decide in November. The United States has not seen such a race since 1960.")


def byline_story(*paragraphs: str) -> str:
    """A newspaper story: a headline and a byline, no dateline to place its people, one paragraph each."""
    return "Report\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n"


def american_story(paragraph: str) -> str:
    """A byline story told in American terms (AMERICAN_CAMPAIGN) with ``paragraph`` between its two paragraphs."""
    return byline_story(AMERICAN_CAMPAIGN[0], paragraph, AMERICAN_CAMPAIGN[1])
