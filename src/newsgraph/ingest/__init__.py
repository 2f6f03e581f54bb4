"""Readers that turn inputs (text, HTML, JSONL, WARC, feeds, directories, stdin) into ``Article`` records.

``read_articles(paths)`` yields, in input order, an ``Article`` for each article read and a
``ReadFailure`` (with a one-line reason) for each input or record that could not be read, so that
one bad file never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..types import Article


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input (or one record inside it) that could not be read, and why, in one line."""

    source: str
    reason: str


def read_articles(paths: Iterable[str], encoding: str | None = None) -> Iterator[Article | ReadFailure]:
    """SCAFFOLD: plain text files only, until the readers land."""
    from ..errors import InputError
    from .text import read_text

    for path in paths:
        try:
            yield Article(text=read_text(path, encoding), source=path)
        except InputError as error:
            yield ReadFailure(path, str(error))
