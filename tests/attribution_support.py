"""Helpers the attribution-round tests share: find one quote or claim of a full analysis by its words, and name
who the analysis says is behind it."""

from __future__ import annotations


def quotes_holding(analysis, words: str) -> list:
    """The quotes whose text holds ``words``."""
    return [q for q in analysis.quotes if words in q.text]


def one_quote(analysis, words: str):
    """The one quote whose text holds ``words`` (the assertion lists every quote when there is not exactly one)."""
    found = quotes_holding(analysis, words)
    assert len(found) == 1, [(q.text, q.kind, q.speaker) for q in analysis.quotes]
    return found[0]


def speaker_name(quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def claim_holding(analysis, words: str):
    """The one claim whose text holds ``words``."""
    found = [c for c in analysis.claims if words in c.text]
    assert len(found) == 1, [(c.text, c.status, c.source) for c in analysis.claims]
    return found[0]


def source_name(claim) -> str | None:
    return claim.source.name if claim.source is not None else None
