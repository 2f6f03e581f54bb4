"""Events in the PLOVER ontology, with actors, targets and their countries.

SCAFFOLD: returns nothing until the event coder lands.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import Event, Quote, TimeExpr
from .entities import EntityIndex


def extract_events(doc: Doc, entities: EntityIndex, times: tuple[TimeExpr, ...], quotes: tuple[Quote, ...]) -> tuple[Event, ...]:
    return ()
