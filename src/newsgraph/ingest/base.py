"""What every reader shares: the failure record, one-line reasons, and how an outlet is named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_REASON_CHARS = 300
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input (or one record inside it) that could not be read, and why, in one line.

    ``skipped`` marks a file left out on purpose while walking a directory (an unknown extension,
    an XML file that is not a feed): a note for the user rather than an error.
    """

    source: str
    reason: str
    skipped: bool = False


def one_line(message: object) -> str:
    """``message`` squeezed onto one line and cut to a readable length: reasons end up in logs and terminals."""
    text = _WHITESPACE.sub(" ", str(message)).strip()
    if len(text) > MAX_REASON_CHARS:
        text = text[: MAX_REASON_CHARS - 1].rstrip() + "…"
    return text


def failure(source: str, reason: object, skipped: bool = False) -> ReadFailure:
    return ReadFailure(source, one_line(reason), skipped)


def error_detail(error: BaseException) -> str:
    """A short description of an exception raised by a parser: its message, or its type when it has none."""
    return one_line(error) or type(error).__name__


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, port or credentials ("https://www.bbc.co.uk/news" → "bbc.co.uk")."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") and host.count(".") > 1 else host


def clean_field(value: object) -> str | None:
    """A metadata string with its whitespace squeezed, or None when it is missing or blank."""
    if value is None:
        return None
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return text or None
