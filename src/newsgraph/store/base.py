"""The store interface: everything the ``Corpus`` API asks of a database, and nothing about SQL.

``sqlite.py`` implements it on the standard library's sqlite3; a PostgreSQL store implements the
same protocol. Writes are per article and atomic (one transaction each); reads return ``types``
records.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from ..types import (
    Analysis,
    Article,
    CorpusArticle,
    CorpusClaim,
    CorpusEntity,
    CorpusEvent,
    CorpusQuote,
    Dossier,
    SearchHit,
    TechniqueCount,
)
from .aliases import AliasGroup
from .dedup import Fingerprint

AddStatus = Literal["ingested", "near_duplicate", "already_present"]
EXPORT_TABLES = ("articles", "entities", "aliases", "quotes", "mentions", "claims", "events", "times", "techniques")
ENTITY_SORTS = ("articles", "mentions", "quotes", "about", "outlets")
SEARCH_SCOPES = ("articles", "quotes")
TECHNIQUE_GROUPS = ("outlet", "month", "technique")


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """An article ready to store: as read, with its outlet settled and its fingerprint computed."""

    article: Article
    outlet: str | None
    fingerprint: Fingerprint


@dataclass(frozen=True, slots=True)
class AddOutcome:
    status: AddStatus
    article_id: int
    duplicate_of: int | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class StoredText:
    """What re-analysing a stored article needs."""

    id: int
    text: str
    source: str
    title: str | None
    published: str | None
    pipeline_version: str | None


@dataclass(frozen=True, slots=True)
class Window:
    """Where records come from: a date range (YYYY-MM-DD, inclusive), an outlet, near-duplicates or not."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    include_duplicates: bool = False


@dataclass(frozen=True, slots=True)
class QuoteQuery:
    """Filters of the quote index; entity ids are already resolved from names."""

    window: Window = Window()
    speaker_ids: tuple[int, ...] | None = None  # None: any speaker; (): nobody matches
    about_ids: tuple[int, ...] | None = None
    limit: int | None = 100


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters of the claim listing; entity ids are already resolved from names."""

    window: Window = Window()
    status: str | None = None
    kind: str | None = None
    checkworthy: float | None = None  # at least
    source_ids: tuple[int, ...] | None = None  # None: any source; (): nobody matches
    about_ids: tuple[int, ...] | None = None
    limit: int | None = 100


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of the event listing; entity ids are already resolved from names."""

    window: Window = Window()
    type: str | None = None
    actor_ids: tuple[int, ...] | None = None
    target_ids: tuple[int, ...] | None = None
    country: str | None = None  # ISO 3166 alpha-3, of the actor, target or location
    limit: int | None = 100


@dataclass(frozen=True, slots=True)
class TechniqueQuery:
    """What ``techniques`` counts, and how it groups the counts."""

    by: str = "outlet"  # one of TECHNIQUE_GROUPS
    window: Window = Window()
    technique: str | None = None
    threshold: float | None = None  # spans scored at least this
    top: int = 3


class Store(Protocol):
    location: str

    def close(self) -> None: ...

    # -- writing (each call is one transaction)
    def contains(self, content_hash: str) -> bool: ...

    def add_article(self, item: ArticleInput, analysis: Analysis | None, pipeline_version: str | None) -> AddOutcome: ...

    def stale_articles(self, pipeline_version: str, everything: bool) -> list[int]: ...

    def stored_text(self, article_id: int) -> StoredText: ...

    def replace_analysis(self, article_id: int, analysis: Analysis, pipeline_version: str, expected_version: str | None) -> bool: ...

    def pin(self, groups: list[AliasGroup]) -> int: ...

    # -- reading
    def stats(self, include_duplicates: bool, pipeline_version: str) -> dict[str, Any]: ...

    def article(self, article_id: int) -> CorpusArticle | None: ...

    def analysis(self, article_id: int) -> Analysis | None: ...

    def raw(self, article_id: int) -> str | None: ...

    def find_entities(self, name: str, surnames: bool = False) -> list[CorpusEntity]: ...

    def entity(self, entity_id: int) -> CorpusEntity | None: ...

    def entities(self, entity_type: str | None, top: int | None, sort: str, pinned: bool) -> list[CorpusEntity]: ...

    def quotes(self, query: QuoteQuery) -> list[CorpusQuote]: ...

    def claims(self, query: ClaimQuery) -> list[CorpusClaim]: ...

    def events(self, query: EventQuery) -> list[CorpusEvent]: ...

    def techniques(self, query: TechniqueQuery) -> list[TechniqueCount]: ...

    def dossier(self, entity: CorpusEntity, limit: int, include_duplicates: bool) -> Dossier: ...

    def search(self, text: str, scope: str, limit: int, include_duplicates: bool) -> list[SearchHit]: ...

    def export_rows(self, table: str) -> Iterator[dict[str, Any]]: ...
