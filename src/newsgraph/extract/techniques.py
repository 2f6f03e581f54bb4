"""Persuasion techniques (SemEval-2020 Task 11 labels), span by span.

SCAFFOLD: returns nothing until the technique model lands.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import Technique


def extract_techniques(doc: Doc, threshold: float = 0.5) -> tuple[Technique, ...]:
    return ()


def summarize_techniques(doc: Doc, techniques: tuple[Technique, ...]) -> dict:
    return {}
