"""Publication dates as the inputs write them, normalised to ``YYYY-MM-DD``.

The date is kept as the outlet wrote it: "2026-03-14T23:30:00-05:00" is 2026-03-14 (the day in
the outlet's own time zone), not converted to UTC. Forms whose day and month could be swapped
("03/04/2026") are refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME_TAIL = r"(?:[\sT,]+.*)?$"
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME_TAIL, re.I)
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME_TAIL, re.I)
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})" + _TIME_TAIL)
_YEAR_LAST = re.compile(r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<year>\d{4})" + _TIME_TAIL)
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})")
# Unix timestamps between 1973 and 2286, in seconds or milliseconds.
_EPOCH_SECONDS = (1e8, 1e10)
_EPOCH_MILLISECONDS = (1e11, 1e13)


class DateError(ValueError):
    """A value that is not a usable publication date; the message says what was expected."""


def normalize_date(value: object) -> str:
    """``value`` (a string, a date, or a Unix timestamp) as ``YYYY-MM-DD``, or ``DateError``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise DateError(f"invalid date {value!r}: expected a date such as 2026-03-14")
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    if not isinstance(value, str):
        raise DateError(f"invalid date {value!r}: expected a date such as 2026-03-14")
    text = value.strip()
    if not text:
        raise DateError("empty date: expected a date such as 2026-03-14")
    parsed = _parse(text)
    if parsed is None:
        raise DateError(f"invalid date {_shorten(text)!r}: expected a date such as 2026-03-14")
    return parsed.isoformat()


def _parse(text: str) -> dt.date | None:
    try:  # ISO 8601 dates and date-times, with "Z" or an offset: the common case.
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    if match := _COMPACT.fullmatch(text):
        return _date(match["year"], match["month"], match["day"], text)
    if match := _YEAR_FIRST.match(text):
        return _date(match["year"], match["month"], match["day"], text)
    if match := (_DAY_MONTH_YEAR.match(text) or _MONTH_DAY_YEAR.match(text)):
        month = MONTHS.get(match["month"].lower())
        return _date(match["year"], month, match["day"], text) if month else None
    if match := _YEAR_LAST.match(text):
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            return _date(match["year"], second, first, text)
        if second > 12 >= first:
            return _date(match["year"], first, second, text)
        raise DateError(f"ambiguous date {_shorten(text)!r}: day and month could be swapped, write it as YYYY-MM-DD")
    try:  # RFC 2822, as feeds and HTTP headers write dates: "Sat, 14 Mar 2026 10:00:00 +0100".
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _date(year: object, month: object, day: object, text: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise DateError(f"invalid date {_shorten(text)!r}: no such day") from None


def _from_timestamp(value: float) -> str:
    if _EPOCH_MILLISECONDS[0] <= value < _EPOCH_MILLISECONDS[1]:
        value /= 1000
    elif not _EPOCH_SECONDS[0] <= value < _EPOCH_SECONDS[1]:
        raise DateError(f"invalid date {value!r}: a number must be a Unix timestamp in seconds or milliseconds")
    return dt.datetime.fromtimestamp(value, dt.timezone.utc).date().isoformat()


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
