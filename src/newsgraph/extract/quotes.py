"""Quotes: direct, indirect and mixed, with cue, speaker and the outlets they came through.

SCAFFOLD: returns nothing until the quote extractor lands.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import Quote
from .entities import EntityIndex


def extract_quotes(doc: Doc, entities: EntityIndex) -> tuple[Quote, ...]:
    return ()
