"""Corpus storage: the ``Store`` interface (``base.py``) and its SQLite implementation (``sqlite.py``).

``open_store(location)`` picks the implementation from the location: a file path (or
``sqlite:///path``) is SQLite, the embedded default. ``newsgraph.corpus.Corpus`` is the API on top.
"""

from __future__ import annotations

import os

from ..errors import StoreError
from .base import Store

SQLITE_PREFIXES = ("sqlite:///", "sqlite://")


def open_store(location: str | os.PathLike, *, readonly: bool = False) -> Store:
    """Open (``readonly=False``: create or migrate) the corpus at ``location``."""
    text = os.fspath(location)
    if text.startswith(("postgres://", "postgresql://")):
        raise StoreError(f"{text.split('@')[-1]}: PostgreSQL corpora are not supported yet (use a SQLite file path)")
    for prefix in SQLITE_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    if "://" in text:
        raise StoreError(f"{text}: unknown database URL scheme (give a file path)")
    if not text:
        raise StoreError("no database given")
    from .sqlite import SQLiteStore

    return SQLiteStore(text, readonly=readonly)


__all__ = ["Store", "open_store"]
