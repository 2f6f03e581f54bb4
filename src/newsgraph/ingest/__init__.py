"""Readers that turn inputs (text, HTML, JSONL, WARC, feeds, directories, stdin) into ``Article`` records.

``read_articles(paths)`` yields, in input order, an ``Article`` for each article read and a
``ReadFailure`` (with a one-line reason) for each input or record that could not be read, so that
one bad file never stops the others. Containers (JSONL, WARC) are streamed, never loaded whole.

What a path is read as:

- a directory: every file under it, recursively, in sorted order; hidden files and folders are
  passed over, and files of unknown type give a ``ReadFailure`` marked ``skipped`` (a note);
- ``-``: JSON Lines on standard input;
- a file, by its extension: ``.txt``; ``.html``/``.htm``/``.xhtml``; ``.jsonl``/``.ndjson`` (also
  gzip-compressed, ``.jsonl.gz``); ``.warc``/``.warc.gz``; ``.xml``/``.rss``/``.atom`` feeds;
- a file with another extension, named explicitly: by its content (a WARC, a feed, an HTML page),
  else as plain text.

The outlet of an article is the input's explicit field, else the site name the page gives, else
the domain of its URL. Dates are ``YYYY-MM-DD``.
"""

from __future__ import annotations

import gzip
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..types import Article
from .base import ReadFailure, failure
from .feeds import looks_like_feed, read_feed
from .html import read_html_file
from .jsonl import read_jsonl_file, read_jsonl_stream
from .text import read_bytes, read_text_article
from .warc import read_warc_file

__all__ = ["ReadFailure", "read_articles", "read_path", "input_format", "articles_for_analysis"]

# Longest suffix first: ".warc.gz" before ".gz".
FORMATS_BY_SUFFIX = {
    ".warc.gz": "warc", ".warc": "warc",
    ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".txt": "text",
}
SNIFF_BYTES = 4096


def read_articles(paths: Iterable[str], encoding: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of ``paths``, in order, with a ``ReadFailure`` for whatever cannot be read.

    ``encoding`` overrides the encoding of every input (by default: UTF-8, or what an HTML page or
    feed declares).
    """
    stdin_read = False
    for path in paths:
        if path == "-":
            if stdin_read:
                yield failure("-", "standard input (-) can be read only once")
                continue
            stdin_read = True
            yield from read_jsonl_stream(sys.stdin.buffer, "-", encoding)
        elif os.path.isdir(path):
            yield from _read_directory(Path(path), encoding, visited=set())
        else:
            yield from read_path(path, encoding)


def input_format(path: str) -> str | None:
    """The format a file's name announces (``text``, ``html``, ``jsonl``, ``warc``, ``feed``), or None."""
    name = os.path.basename(path).lower()
    for suffix, format_name in FORMATS_BY_SUFFIX.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return format_name
    return None


def read_path(path: str, encoding: str | None = None, *, in_directory: bool = False) -> Iterator[Article | ReadFailure]:
    """The articles of one file; a file of unknown type is sniffed (named by the user) or skipped (found in a directory)."""
    format_name = input_format(path)
    if format_name is None:
        if in_directory:
            suffix = Path(path).suffix or "no extension"
            yield failure(path, f"{path}: skipped, not a known article format ({suffix})", skipped=True)
            return
        format_name = _sniff(path)

    if format_name == "jsonl":
        yield from read_jsonl_file(path, encoding)
    elif format_name == "warc":
        yield from read_warc_file(path, encoding)
    elif format_name == "text":
        try:
            yield read_text_article(path, encoding)
        except InputError as error:
            yield failure(path, error)
    else:  # html, feed: whole documents
        try:
            data = read_bytes(path)
        except InputError as error:
            yield failure(path, error)
            return
        if format_name == "html":
            yield read_html_file(path, data, encoding)
        else:
            yield from read_feed(path, data, encoding, skip_if_not_feed=in_directory)


def _sniff(path: str) -> str:
    """What an unlabelled file holds, from its first bytes; plain text when nothing else fits."""
    if not os.path.isfile(path):  # a pipe or device: sniffing would consume what the reader needs
        return "text"
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return "text"  # the text reader reports the error in its own words
    if head.startswith(b"\x1f\x8b"):
        try:
            return "warc" if _gunzip_head(path).startswith(b"WARC/") else "text"
        except (OSError, EOFError):
            return "text"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if looks_like_feed(stripped):
        return "feed"
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "html"
    return "text"


def _gunzip_head(path: str) -> bytes:
    with gzip.open(path, "rb") as handle:
        return handle.read(16)


def _read_directory(directory: Path, encoding: str | None, visited: set[tuple[int, int]]) -> Iterator[Article | ReadFailure]:
    """Every file under ``directory`` in sorted order, descending into sub-folders where they sort."""
    try:
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in visited:  # a symbolic link back up the tree
            return
        visited.add(key)
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except PermissionError:
        yield failure(str(directory), f"{directory}: permission denied")
        return
    except OSError as error:
        yield failure(str(directory), f"{directory}: cannot list ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            is_directory = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_directory = is_file = False
        if is_directory:
            yield from _read_directory(Path(path), encoding, visited)
        elif is_file:
            yield from read_path(path, encoding, in_directory=True)
        elif _is_special(path):
            yield failure(path, f"{path}: skipped, not a regular file", skipped=True)
        else:
            yield failure(path, f"{path}: broken link or unreadable entry")


def _is_special(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def articles_for_analysis(paths: Iterable[str], encoding: str | None = None) -> list[Article]:
    """All the articles ``newsgraph analyze`` was given, or ``InputError`` for the first that cannot be read.

    Unlike ``read_articles`` (made for ingesting corpora, where one bad record must not stop the
    rest), analysis stops at the first bad input, before printing anything. ``-`` and files of no
    known type are plain text, as they always were for ``analyze``; directories are refused.
    """
    articles: list[Article] = []
    for path in paths:
        if path == "-" or input_format(path) in (None, "text"):
            articles.append(read_text_article(path, encoding))
            continue
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory (give the files inside it)")
        for item in read_path(path, encoding):
            if isinstance(item, ReadFailure):
                raise InputError(item.reason)
            articles.append(item)
    return articles
