"""One options object shared by the Python API and the CLI (flag names match field names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .errors import InputError

DEFAULT_TECHNIQUE_THRESHOLD = 0.5


@dataclass(frozen=True)
class Options:
    """How to analyse one article.

    ``published`` anchors relative dates ("last Friday"); ``technique_threshold`` trades precision
    for recall in persuasion-technique detection (lower finds more).
    """

    published: dt.date | None = None
    title: str | None = None
    source: str = "-"
    technique_threshold: float = DEFAULT_TECHNIQUE_THRESHOLD

    def with_(self, **changes) -> "Options":
        return replace(self, **changes)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a date) to a date; anything else is a clear input error."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
