"""Entities of one article: named mentions grouped into actors, with their most complete name.

SCAFFOLD (to be replaced by the entities/coref work): groups NER mentions by exact text and by
surname. The public interface below is what the other extractors rely on.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..types import Entity, Mention

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}


@dataclass(frozen=True, slots=True)
class Ref:
    """What a stretch of text refers to."""

    entity: str
    name: str
    type: str


class EntityIndex:
    """The entities of one document, and a resolver from text spans to them."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._clusters: list[dict] = []
        self._by_span: dict[tuple[int, int], int] = {}
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            key = ent.text.lower()
            index = next(
                (i for i, c in enumerate(self._clusters) if c["type"] == ent.label_ and (c["key"] == key or (ent.label_ == "PERSON" and c["key"].split()[-1] == key.split()[-1]))),
                None,
            )
            if index is None:
                index = len(self._clusters)
                self._clusters.append({"type": ent.label_, "key": key, "name": ent.text, "mentions": []})
            cluster = self._clusters[index]
            if len(ent.text) > len(cluster["name"]):
                cluster["name"], cluster["key"] = ent.text, key
            cluster["mentions"].append(Mention(ent.start_char, ent.end_char, ent.text))
            self._by_span[(ent.start_char, ent.end_char)] = index

    def _ref(self, index: int) -> Ref:
        c = self._clusters[index]
        return Ref(f"e{index + 1}", c["name"], c["type"])

    def resolve(self, start: int, end: int) -> Ref | None:
        """The entity the text at ``start:end`` refers to, or None."""
        for (s, e), index in self._by_span.items():
            if s < end and start < e:
                return self._ref(index)
        return None

    def entities(self) -> tuple[Entity, ...]:
        return tuple(
            Entity(f"e{i + 1}", c["name"], c["type"], tuple(sorted(c["mentions"], key=lambda m: m.start)))
            for i, c in enumerate(self._clusters)
        )


def extract_entities(doc: Doc) -> EntityIndex:
    return EntityIndex(doc)
