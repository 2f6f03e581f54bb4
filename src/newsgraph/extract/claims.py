"""Claims: what each sentence asserts, and on whose authority.

SCAFFOLD: returns nothing until the claim extractor lands.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import Claim, Quote, TimeExpr
from .entities import EntityIndex


def extract_claims(doc: Doc, quotes: tuple[Quote, ...], times: tuple[TimeExpr, ...], entities: EntityIndex) -> tuple[Claim, ...]:
    return ()
