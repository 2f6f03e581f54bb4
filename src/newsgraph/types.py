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
Granularity = Literal["day", "week", "month", "season", "year", "decade"]

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
    value: str | None  # ISO 8601 at its granularity: "2022-12-16", "2022-W50", "2022-12", "1997", "199X"; seasons "2022-SU" (TIMEX3)
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


# --------------------------------------------------------------------------- corpus (newsgraph.corpus)


@dataclass(frozen=True, slots=True)
class CorpusArticle(Record):
    """An article stored in a corpus: where it came from, what analysed it, what it duplicates."""

    id: int  # corpus id
    source: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None  # Article.outlet, else the domain of its url, else None
    author: str | None
    duplicate_of: int | None = None  # the original this article near-duplicates (a wire copy)
    similarity: float | None = None  # Jaccard similarity of word 5-shingles to that original
    pipeline_version: str | None = None  # None: stored without analysis (ingest --no-analyze)


@dataclass(frozen=True, slots=True)
class ArticleRef(Record):
    """The article a corpus record (quote, claim, event, search hit) was read from, in one shape.

    Every record read from a stored article carries it as its ``article`` field, so a listing says
    where each record comes from without looking the article up; ``CorpusArticle`` (by ``id``) has
    the rest (URL, author, what it duplicates). The record's offsets point into this article's text.
    """

    id: int  # CorpusArticle id
    source: str  # the article's path (with "#line" / "#record" for containers), URL or "-"
    title: str | None
    outlet: str | None
    published: str | None  # YYYY-MM-DD
    near_duplicate: bool  # a near-duplicate of an earlier article: not new evidence


@dataclass(frozen=True, slots=True)
class CorpusEntity(Record):
    """One actor across a corpus, the names it was seen under and how much it appears.

    Counts leave out near-duplicate articles: a wire story printed ten times is one piece of evidence.
    """

    id: int  # corpus id, stable
    name: str
    type: str
    aliases: tuple[str, ...]  # names seen in the text (most frequent first) and names pinned by an alias file
    articles: int
    outlets: int
    mentions: int
    quotes: int  # quotes it is the speaker of
    about: int  # quotes whose content mentions it
    pinned: bool = False  # named in an analyst's alias file


@dataclass(frozen=True, slots=True)
class CorpusQuote(Record):
    """A quote of the corpus: the article's ``Quote`` with its speaker as a corpus entity, and its article.

    ``start``/``end``, ``parts`` and ``cue`` are offsets into the text of ``article``.
    """

    id: int  # corpus quote id
    article: ArticleRef
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_id: int | None  # CorpusEntity id
    cue: Span | None
    via: tuple[str, ...]
    confidence: float
    parts: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Tally(Record):
    """A label and the number of articles it was seen in (an alias, a role, an outlet, a month)."""

    label: str
    count: int


@dataclass(frozen=True, slots=True)
class CoMention(Record):
    """An actor named in the same articles as another, and in how many."""

    id: int
    name: str
    type: str
    articles: int


@dataclass(frozen=True, slots=True)
class CorpusClaim(Record):
    """A claim of the corpus: the article's ``Claim`` with its source as a corpus entity, and its article.

    ``start``/``end`` and every span inside (``source``, ``quantities``) are offsets into the text of
    ``article``; ``id`` is the claim's id in that article ("c1").
    """

    article: ArticleRef
    id: str
    text: str
    start: int
    end: int
    status: ClaimStatus
    kind: ClaimKind
    checkworthy: float
    source: Source | None  # as the article names it; ``source.entity`` is the article-local id
    source_id: int | None  # CorpusEntity id of the source
    quantities: tuple[Quantity, ...]
    quote: str | None  # the article's Quote id this claim lies in


@dataclass(frozen=True, slots=True)
class CorpusEvent(Record):
    """An event of the corpus: the article's ``Event`` with its actor and target as corpus entities, and its article.

    Every span (``trigger``, ``sentence``, the parties) is an offset into the text of ``article``.
    """

    article: ArticleRef
    id: str  # the event's id in that article ("v1")
    type: str
    trigger: Span
    sentence: Span
    actor: Party | None  # ``actor.entity`` is the article-local id
    actor_id: int | None  # CorpusEntity id
    target: Party | None
    target_id: int | None
    location: Party | None
    quantity: Quantity | None
    time: str | None  # the article's TimeExpr id
    reported_by: Source | None
    confidence: float


@dataclass(frozen=True, slots=True)
class TechniqueCount(Record):
    """Persuasion-technique spans in one group of articles (an outlet, a month, or one technique).

    ``articles`` are the analysed articles of the group (for a technique: of the whole selection),
    those whose analysis counted its sentences, as newsgraph's pipeline always does;
    ``sentences_with_technique`` and ``share`` count sentences touched by any technique at the
    threshold the articles were analysed with, so they are None when a technique or threshold
    filter is given, and for a technique group.
    """

    label: str  # outlet, "YYYY-MM" (or "undated"), or technique name
    spans: int
    articles: int
    articles_with_technique: int  # articles with at least one counted span
    sentences: int | None
    sentences_with_technique: int | None
    share: float | None  # sentences_with_technique / sentences
    top: tuple[Tally, ...] = ()  # most frequent techniques of an outlet or month; outlets of a technique


@dataclass(frozen=True, slots=True)
class Dossier(Record):
    """Everything a corpus says about one actor."""

    entity: CorpusEntity
    aliases: tuple[Tally, ...]
    roles: tuple[Tally, ...]  # titles and role nouns used for it ("President", "the Kremlin leader")
    outlets: tuple[Tally, ...]
    timeline: tuple[Tally, ...]  # articles per month, "YYYY-MM"; "undated" for articles with no date
    quotes_by: tuple[CorpusQuote, ...]  # the latest
    quotes_about: tuple[CorpusQuote, ...]  # the latest
    co_mentioned: tuple[CoMention, ...]  # counted over the actor's latest ``co_mentioned_over`` articles
    co_mentioned_over: int = 0  # all its articles, or the latest 500 for an actor named in more
    other_matches: tuple[CorpusEntity, ...] = ()  # other entities the name could mean
    claims_by: tuple[CorpusClaim, ...] = ()  # the latest claims it stands behind
    claims_about: tuple[CorpusClaim, ...] = ()  # the latest claims whose text mentions it
    events_as_actor: tuple[CorpusEvent, ...] = ()  # the latest
    events_as_target: tuple[CorpusEvent, ...] = ()  # the latest


@dataclass(frozen=True, slots=True)
class SearchHit(Record):
    """An article (or a quote in it) matching a full-text search.

    ``snippet`` is a stretch of the text of ``article`` around the first match; ``matches`` are the
    matched words, as offsets into that text.
    """

    article: ArticleRef
    quote: int | None  # corpus quote id, for a quote hit
    snippet: Span
    matches: tuple[Span, ...]
    score: float  # relevance (BM25), higher is better
    speaker: str | None = None  # for a quote hit


@dataclass(frozen=True, slots=True)
class Failure(Record):
    """An input, record or article that could not be stored, and why (one line)."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class IngestReport(Record):
    """What ``ingest`` or ``reanalyze`` did."""

    ingested: int = 0  # new articles stored (originals)
    near_duplicates: int = 0  # stored, linked to their original, not counted as new evidence
    already_present: int = 0  # exact same text already stored: nothing done
    reanalyzed: int = 0
    failed: tuple[Failure, ...] = ()
    skipped: tuple[Failure, ...] = ()  # files left out on purpose (unknown type in a directory): notes, not errors
