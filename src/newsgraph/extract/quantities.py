"""Quantities: numbers with their units ("around 30,000 troops", "$2.5bn", "a third").

SCAFFOLD: returns nothing until the quantity parser lands.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import Quantity


def find_quantities(doc: Doc) -> tuple[Quantity, ...]:
    """Every quantity in the document, in text order; callers keep the ones inside their spans."""
    return ()
