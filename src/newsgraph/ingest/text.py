"""Plain-text input: decode bytes exactly, or say clearly why not."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..errors import EmptyText, InputError
from ..types import Article
from .dates import DateError, normalize_date

DEFAULT_ENCODING = "utf-8"
# A first line is a headline when a blank line follows it and it is no longer than this.
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
# Datelines sit in the first lines of a wire story: "VILNIUS, March 14, 2026 — By Jane Doe, Outlet",
# "MINSK, Belarus, 14 March 2026 (Agency) -", "KYIV/MOSCOW, Nov. 30, 2026 (Reuters) -". The place is in capitals;
# the date follows it.
DATELINE_SEARCH_CHARS = 600
# Capital letters of the Latin alphabets datelines are written in: "BOGOTÁ", "LOMÉ", "SÃO PAULO", "ŁÓDŹ", "BRAȘOV"
# (the extractors' dateline readers share it).
DATELINE_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚ"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{DATELINE_CAPITALS}][{DATELINE_CAPITALS}.'\-/ ]{{1,40}}(?:,[ \t]+[A-Z][A-Za-z.'\- ]{{1,40}})?),[ \t]+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})|(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}))"
    r"(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_BYLINE = re.compile(r"\bBy[ \t]+(?P<author>[^\W\d_][^,\n()]{1,60}?)[ \t]*(?:,|\(|$)", re.MULTILINE)
# "By Sam Okonkwo, Health Correspondent, Northfield Tribune": the author's job is no outlet
_BYLINE_ROLE = re.compile(r"(?i)\b(?:correspondent|writer|reporter|editor|staff|contributor|columnist|bureau chief)s?$")
# "MINSK, 14 March 2026 (Continental Press) —": the outlet in brackets after the date
_BRACKETED_OUTLET = re.compile(r"^[ \t]*\((?P<outlet>[^\W\d_][^()\n]{1,60})\)")


class Dateline(NamedTuple):
    """What a wire-style dateline says; each part None when it does not say it."""

    published: str | None
    author: str | None
    outlet: str | None


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode ``data``; a UTF-8 byte-order mark is dropped, nothing else is changed."""
    name = encoding or DEFAULT_ENCODING
    try:
        codecs.lookup(name)
    except LookupError:
        raise InputError(f"unknown encoding {name!r}") from None
    if encoding is None and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        hint = "" if encoding else "; pass --encoding (e.g. --encoding cp1252)"
        raise InputError(
            f"{source}: cannot decode as {error.encoding} (invalid byte 0x{data[error.start]:02x} at offset {error.start}){hint}"
        ) from None


def read_bytes(path: str) -> bytes:
    """The bytes of ``path`` ("-" is standard input), with one-line errors for the usual failures."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory (give the files inside it)")
    try:
        return p.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def open_input(path: str) -> BinaryIO:
    """``path`` opened for streaming binary reads, with the same one-line errors as ``read_bytes``."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory (give the files inside it)")
    try:
        return open(p, "rb")
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def read_text(path: str, encoding: str | None = None) -> str:
    """Read and decode a text input; empty or whitespace-only text is an error."""
    text = decode(read_bytes(path), path, encoding)
    if not text.strip():
        raise EmptyText(f"{path}: empty text, nothing to analyse")
    return text


def headline(text: str) -> str | None:
    """The text's first line when it stands alone as a headline: short, followed by a blank line and more text."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) < 3 or lines[1].strip() or not lines[2].strip():
        return None
    title = " ".join(lines[0].split())
    if not title or len(title) > MAX_TITLE_CHARS or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return title


def dateline(text: str) -> Dateline:
    """The publication date, author and outlet of a wire-style dateline near the top ("VILNIUS, March
    14, 2026 — By Jane Doe, Baltic Herald"); a date that is no real day gives no date."""
    match = _DATELINE.search(text[:DATELINE_SEARCH_CHARS])
    if match is None:
        return Dateline(None, None, None)
    try:
        published = normalize_date(match["date"])
    except DateError:
        published = None
    rest = match["rest"]
    byline = _BYLINE.search(rest)
    bracketed = _BRACKETED_OUTLET.match(rest)
    outlet = bracketed["outlet"] if bracketed else None
    if outlet is None and byline:
        after = rest[byline.end("author"):].split("(", 1)[0]
        parts = [" ".join(part.split()) for part in after.split(",")]
        named = [part for part in parts if part and part[0].isupper() and not _BYLINE_ROLE.search(part)]
        outlet = named[-1] if named else None
    author = " ".join(byline["author"].split()) if byline else None
    return Dateline(published, author, " ".join(outlet.split()) if outlet else None)


def read_text_article(path: str, encoding: str | None = None) -> Article:
    """A plain-text file as an article, its text exactly as decoded; the headline, if any, is also the
    title, and a dateline gives the publication date, author and outlet."""
    text = read_text(path, encoding)
    published, author, outlet = dateline(text)
    return Article(text=text, source=path, title=headline(text), published=published, author=author, outlet=outlet)
