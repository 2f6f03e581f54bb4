"""RSS and Atom feeds that carry their articles' content: one article per entry.

An entry's text comes from its full content (``content:encoded``, Atom ``content``) or, failing
that, its ``summary``, converted from HTML to paragraphs. Its date is read from the entry's own
date string, so it keeps the outlet's day rather than feedparser's UTC conversion. The outlet is
the feed's title (the channel's name), else the domain of the feed's link or of the entry's URL.

Feed files are parsed whole (feedparser needs the document); feeds are small by nature.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import warnings
from collections.abc import Iterator

import feedparser

from ..types import Article
from .base import ReadFailure, clean_field, domain_of, error_detail, failure
from .dates import DateError, normalize_date
from .html import fragment_to_text, paragraphs_text

FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
SNIFF_BYTES = 2048


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document open an RSS, Atom or RSS 1.0 (RDF) feed."""
    return FEED_ROOT.search(head[:SNIFF_BYTES]) is not None


def read_feed(path: str, data: bytes, encoding: str | None = None, *, skip_if_not_feed: bool = False) -> Iterator[Article | ReadFailure]:
    """Every entry of the feed in ``data`` that has text, in feed order.

    ``skip_if_not_feed``: an XML file that is not a feed is a skipped note (walking a directory)
    rather than a failure (a file the user named).
    """
    # Always bytes: given a string, feedparser would try it as a URL or a file name first.
    headers = None
    if encoding:
        try:
            data.decode(encoding)
        except LookupError:
            yield failure(path, f"{path}: unknown encoding {encoding!r}")
            return
        except UnicodeDecodeError as error:
            yield failure(path, f"{path}: cannot decode as {encoding} (invalid byte 0x{data[error.start]:02x} at offset {error.start})")
            return
        headers = {"content-type": f"application/xml; charset={encoding}"}  # outranks the XML declaration
    try:
        with warnings.catch_warnings():  # feedparser warns about deprecated keys we never use
            warnings.simplefilter("ignore")
            parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    except Exception as error:  # feedparser is lenient, but a broken parser backend can still raise
        yield failure(path, f"{path}: cannot parse feed ({error_detail(error)})")
        return
    if not parsed.get("version") and not parsed.entries:
        reason = f"{path}: not an RSS or Atom feed"
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            reason += f" ({error_detail(parsed.bozo_exception)})"
        yield failure(path, reason, skipped=skip_if_not_feed)
        return
    if not parsed.entries:
        yield failure(path, f"{path}: feed has no entries")
        return

    channel = parsed.feed
    feed_outlet = clean_field(channel.get("title")) or domain_of(channel.get("link"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_article(entry, f"{path}#{number}", feed_outlet)


def _entry_article(entry, source: str, feed_outlet: str | None) -> Article | ReadFailure:
    raw, text = _entry_text(entry)
    if not text.strip():
        return failure(source, f"{source}: entry has no text")
    url = clean_field(entry.get("link"))
    return Article(
        text=text,
        source=source,
        title=clean_field(entry.get("title")),
        published=_entry_date(entry),
        url=url,
        outlet=feed_outlet or domain_of(url),
        author=clean_field(entry.get("author")),
        raw=raw,
        raw_format="feed",
    )


def _entry_text(entry) -> tuple[str, str]:
    """``(raw content, text)``: the longest full content the entry carries, else its summary."""
    candidates = [(item.get("value") or "", item.get("type") or "text/html") for item in entry.get("content") or []]
    candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)
    if summary := entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((summary, detail.get("type") or "text/html"))
    for raw, content_type in candidates:
        text = paragraphs_text(raw) if content_type == "text/plain" else fragment_to_text(raw)
        if text:
            return raw, text
    return "", ""


def _entry_date(entry) -> str | None:
    """The entry's date as the feed wrote it (publication, else last update), as ``YYYY-MM-DD``."""
    for key in ("published", "updated", "created"):
        if value := entry.get(key):
            try:
                return normalize_date(value)
            except DateError:
                pass
        if parsed := entry.get(f"{key}_parsed"):  # feedparser's UTC reading of a form we do not parse
            return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date().isoformat()
    return None
