"""JSON Lines: one article per line, streamed, so a file of any size is read in constant memory.

Each line is an object with ``text`` (plain text, kept exactly) or ``html`` (a page, read like an
``.html`` file), and optionally ``title``, ``url``, ``published`` (or ``date``), ``outlet`` (or
``source``: a name, a URL, or an object with a ``name``) and ``author``. A line that cannot be read
gives a ``ReadFailure`` naming the file and line ("x.jsonl:7: invalid JSON (...)"); the other
lines are still read. Blank lines are ignored. ``.jsonl.gz`` files are decompressed on the fly.
"""

from __future__ import annotations

import codecs
import gzip
import json
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..types import Article
from .base import ReadFailure, clean_field, domain_of, error_detail, failure
from .dates import DateError, normalize_date
from .html import article_from_html
from .text import DEFAULT_ENCODING, open_input

# Field names accepted for each Article field, in order of preference.
TITLE_FIELDS = ("title",)
URL_FIELDS = ("url",)
PUBLISHED_FIELDS = ("published", "date")
OUTLET_FIELDS = ("outlet", "source")
AUTHOR_FIELDS = ("author",)


class LineError(ValueError):
    """One line of a JSONL input that cannot become an article; the message says why."""


def read_jsonl_file(path: str, encoding: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of the JSONL file ``path`` (gzip-compressed when it ends in ``.gz``)."""
    try:
        handle = open_input(path)
    except InputError as error:
        yield failure(path, error)
        return
    with handle:
        stream: BinaryIO = gzip.GzipFile(fileobj=handle, mode="rb") if path.lower().endswith(".gz") else handle
        yield from read_jsonl_stream(stream, path, encoding)


def read_jsonl_stream(stream: BinaryIO, name: str, encoding: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of a binary JSONL stream; ``name`` labels sources ("name#7") and failures ("name:7: ...")."""
    codec = encoding or DEFAULT_ENCODING
    try:
        codecs.lookup(codec)
    except LookupError:
        yield failure(name, f"{name}: unknown encoding {codec!r}")
        return
    line_number = 0
    try:
        for line_number, raw in enumerate(stream, start=1):
            if line_number == 1 and encoding is None and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            location = f"{name}:{line_number}"
            try:
                yield article_from_line(raw, codec, location, f"{name}#{line_number}")
            except LineError as error:
                yield failure(f"{name}#{line_number}", f"{location}: {error}")
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield failure(name, f"{name}: truncated or damaged compressed data after line {line_number} ({error_detail(error)})")
    except OSError as error:
        yield failure(name, f"{name}: cannot read after line {line_number} ({error.strerror or error_detail(error)})")


def article_from_line(raw: bytes, codec: str, location: str, source: str) -> Article | ReadFailure:
    """The article one JSONL line describes; ``LineError`` when the line is not usable."""
    try:
        line = raw.decode(codec)
    except UnicodeDecodeError as error:
        raise LineError(f"cannot decode as {error.encoding} (invalid byte 0x{raw[error.start]:02x} at byte {error.start + 1})") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(f"invalid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise LineError("invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise LineError(f"expected a JSON object, got {_json_type(record)}")

    title = _string_field(record, TITLE_FIELDS)
    url = _string_field(record, URL_FIELDS)
    author = _string_field(record, AUTHOR_FIELDS)
    outlet = _outlet_field(record)
    published = _published_field(record)
    text = record.get("text")
    html = record.get("html")
    for field, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise LineError(f"field {field!r} must be a string, not {_json_type(value)}")

    if text and text.strip():
        return Article(
            text=text, source=source, title=title, published=published, url=url,
            outlet=outlet or domain_of(url), author=author, raw=None, raw_format="jsonl",
        )
    if html and html.strip():
        return article_from_html(
            html, source, label=location, url=url, title=title, published=published,
            outlet=outlet, author=author, raw_format="jsonl",
        )
    if text is None and html is None:
        raise LineError('no "text" or "html" field')
    raise LineError("empty text, nothing to analyse")


def _first(record: dict, names: tuple[str, ...]) -> tuple[str, object]:
    for name in names:
        if record.get(name) is not None:
            return name, record[name]
    return names[0], None


def _string_field(record: dict, names: tuple[str, ...]) -> str | None:
    name, value = _first(record, names)
    if value is None:
        return None
    if not isinstance(value, str):
        raise LineError(f"field {name!r} must be a string, not {_json_type(value)}")
    return clean_field(value)


def _outlet_field(record: dict) -> str | None:
    """The outlet's name: a string, a URL (its domain), or an object with a name (as NewsAPI writes it)."""
    name, value = _first(record, OUTLET_FIELDS)
    if isinstance(value, dict):
        value = value.get("name")
        name = f"{name}.name"
        if value is None:
            return None
    if value is None:
        return None
    if not isinstance(value, str):
        raise LineError(f"field {name!r} must be a string, not {_json_type(value)}")
    if "://" in value:
        return domain_of(value)
    return clean_field(value)


def _published_field(record: dict) -> str | None:
    name, value = _first(record, PUBLISHED_FIELDS)
    if value is None or value == "":
        return None
    try:
        return normalize_date(value)
    except DateError as error:
        raise LineError(f"field {name!r}: {error}") from None


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(type(value), "null")
