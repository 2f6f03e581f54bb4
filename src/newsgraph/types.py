"""The records newsgraph produces, in one place.

Every extractor, the store, the CLI and the API pass these same frozen dataclasses. Every record
that points at text carries ``start``/``end``: character offsets (Unicode code points) into the
unaltered article text, end exclusive, so ``text[start:end]`` is exactly what the record is about.

``to_dict()`` gives the ``newsgraph/1`` JSON shape documented in docs/schema.md and checked by the
JSON Schema shipped in ``newsgraph/schema/analysis.schema.json``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "newsgraph/1"

QuoteKind = Literal["direct", "indirect", "mixed"]
ClaimStatus = Literal["quoted", "attributed", "unattributed"]
ClaimKind = Literal["fact", "opinion", "prediction"]
TimeType = Literal["exact", "relative", "range", "duration", "unresolved"]
Granularity = Literal["day", "week", "month", "year", "decade"]

# The PLOVER event types newsgraph codes (a subset of the PLOVER ontology, see docs/schema.md).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def to_plain(value: Any) -> Any:
    """Turn records (nested dataclasses, tuples) into JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: every record serialises the same way."""

    def to_dict(self) -> dict[str, Any]:
        return to_plain(self)


# --------------------------------------------------------------------------- spans


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """One place in the text that refers to an entity: a name, a title, a role noun or a pronoun."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """An actor of the article: every mention that refers to it, and its most complete name."""

    id: str
    name: str
    type: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC, ...
    mentions: tuple[Mention, ...]


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True, slots=True)
class Speaker(Record):
    """Who a quote is attributed to: the mention that introduces it, resolved to an entity."""

    entity: str | None  # Entity.id, or None for a speaker the text never names ("a senior official")
    name: str  # canonical name of the entity, or the mention text when there is no entity
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Via(Record):
    """An outlet or person through whom a quote was reported ("X told the New York Times")."""

    entity: str | None
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """Words attributed to someone, or a quoted fragment nobody is said to have spoken.

    ``start``/``end`` cover the content (for a direct quote, including its quote marks); when the
    quote is interrupted by its cue (``"We will," she said, "win."``) ``parts`` lists the content
    pieces and ``start``/``end`` span from the first to the last.
    """

    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: Span | None
    speaker: Speaker | None
    via: tuple[Via, ...] = ()
    confidence: float = 1.0
    parts: tuple[Span, ...] = ()


# --------------------------------------------------------------------------- times, claims


@dataclass(frozen=True, slots=True)
class TimeExpr(Record):
    """A time expression, resolved against the publication date when it is relative."""

    id: str
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 at its granularity: "2022-12-16", "2022-W50", "2022-12", "1997", "199X"
    end_value: str | None  # for ranges and durations anchored in time
    granularity: Granularity | None
    type: TimeType


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """A number with its unit: "around 30,000 troops", "$2.5bn", "a third"."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Source(Record):
    """Who stands behind a claim or reported an event: a person, an organisation, a country, an outlet."""

    entity: str | None
    name: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """A sentence or clause that asserts something, with who stands behind it."""

    id: str
    text: str
    start: int
    end: int
    status: ClaimStatus
    source: Source | None
    kind: ClaimKind
    checkworthy: float
    quantities: tuple[Quantity, ...] = ()
    times: tuple[str, ...] = ()  # TimeExpr ids
    quote: str | None = None  # the Quote id this claim lies in or comes from


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class Party(Record):
    """An event's actor, target or location, with its ISO 3166 alpha-3 country where the text supports one."""

    entity: str | None
    name: str
    country: str | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """Something that happened (or was threatened, promised...) between actors, coded in PLOVER."""

    id: str
    type: str  # one of PLOVER_TYPES
    trigger: Span
    actor: Party | None
    target: Party | None
    time: str | None  # TimeExpr id
    location: Party | None
    quantity: Quantity | None
    sentence: Span
    reported_by: Source | None = None
    confidence: float = 1.0


# --------------------------------------------------------------------------- techniques


@dataclass(frozen=True, slots=True)
class Technique(Record):
    """A passage using a persuasion technique (SemEval-2020 Task 11 label). A suggestion, not a verdict."""

    technique: str
    start: int
    end: int
    text: str
    score: float


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Document(Record):
    """The analysed text, exactly as decoded, with what is known about it."""

    id: str  # stable hash of the text
    source: str  # path, URL or "-"
    title: str | None
    published: str | None  # YYYY-MM-DD
    text: str


@dataclass(frozen=True, slots=True)
class Analysis(Record):
    """Everything newsgraph read in one article. ``to_dict()`` is the ``newsgraph/1`` object."""

    document: Document
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    techniques: tuple[Technique, ...] = ()
    summary: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    pipeline: dict[str, str] = field(default_factory=dict)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        plain = to_plain(self)
        # "schema" first: readers of a JSON stream see the contract before anything else.
        return {"schema": plain.pop("schema"), **plain}


# --------------------------------------------------------------------------- ingestion


@dataclass(frozen=True, slots=True)
class Article(Record):
    """One article as read from its input, before analysis: what the ingest readers return."""

    text: str
    source: str  # path (with "#line" / "#record" for containers), URL or "-"
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    raw: str | None = None  # the original input when it was not plain text (HTML, feed entry)
    raw_format: str = "text"  # text | html | jsonl | warc | feed
