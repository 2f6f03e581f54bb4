"""Time expressions, resolved against the publication date.

SCAFFOLD: returns nothing until the time extractor lands.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..types import TimeExpr


def extract_times(doc: Doc, published: dt.date | None = None) -> tuple[TimeExpr, ...]:
    return ()
