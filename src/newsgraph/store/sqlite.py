"""The corpus on SQLite (standard library ``sqlite3``): WAL, foreign keys, FTS5, one transaction per article.

Concurrency and crash safety: the database runs in WAL mode with a busy timeout; every write
(an article with all its records, a re-analysis, an alias file) is one ``BEGIN IMMEDIATE``
transaction, so a process killed mid-ingest leaves every committed article intact and nothing
half-written, and two writers take turns instead of corrupting each other. The slow part, the NLP
analysis, happens before the transaction starts.

Counts that queries need fast (articles, outlets, aliases and months per entity) are kept up to
date by adding or subtracting each article's *share* inside its transaction; a near-duplicate has
no share (it is not new evidence).
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import itertools
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError
from ..types import (
    Analysis,
    ArticleRef,
    Claim,
    CoMention,
    CorpusArticle,
    CorpusClaim,
    CorpusEntity,
    CorpusEvent,
    CorpusQuote,
    Document,
    Dossier,
    Entity,
    Event,
    Mention,
    Quote,
    SearchHit,
    Span,
    Speaker,
    Tally,
    Technique,
    TechniqueCount,
    TimeExpr,
    Via,
    to_plain,
)
from . import dedup
from .aliases import AliasGroup
from .base import AddOutcome, ArticleInput, ClaimQuery, EventQuery, QuoteQuery, StoredText, TechniqueQuery, Window
from .codec import compress, decompress, dumps, elide, elide_text, from_plain, loads, restore
from .names import looks_like_acronym, org_key, person_name
from .resolve import (
    ACRONYM,
    NAME,
    PERSON_KEY,
    PIN,
    SURNAME,
    KnownEntity,
    Names,
    Resolver,
    entity_names,
    pin_keys,
    same_group,
)
from .schema import APPLICATION, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_S = 60.0
# A 64 MB page cache and memory-mapped reads: an ingest touches the same index pages article after
# article, a query the same hot pages query after query.
_PERFORMANCE_PRAGMAS = ("PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456", "PRAGMA temp_store = MEMORY")
# Checkpoint the WAL every ~16 MB rather than every 4 MB: fewer pauses during a long ingest.
WAL_CHECKPOINT_PAGES = 4000
# Candidates verified per new article: the articles sharing most LSH bands with it.
MAX_DUPLICATE_CANDIDATES = 20
ALIASES_LISTED = 20
# Co-mentions are counted over an actor's latest articles, at most this many (bounded dossier time).
CO_MENTION_WINDOW = 500
# Full-text search ranks (BM25) the most recently stored matches, at most this many.
SEARCH_WINDOW = 500
SNIPPET_BEFORE = 80
SNIPPET_AFTER = 160


# --------------------------------------------------------------------------- errors


def _describe(error: sqlite3.Error, location: str) -> StoreError:
    """A one-line message for a database failure, saying what the user can do about it."""
    message = str(error)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        text = f"{location}: the database stayed locked by another process for {BUSY_TIMEOUT_S:.0f} s; try again"
    elif "readonly" in lowered or "read-only" in lowered:
        text = f"{location}: cannot write the database (the file or its folder is read-only)"
    elif "unable to open" in lowered:
        text = f"{location}: cannot open the database (its folder is missing or not writable)"
    elif "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        text = f"{location}: not a newsgraph database, or damaged ({message})"
    elif "full" in lowered:
        text = f"{location}: the disk is full"
    elif "disk i/o" in lowered:
        text = f"{location}: disk I/O error while using the database"
    else:
        text = f"{location}: database error: {message}"
    return StoreError(text)


def _translating(method):
    """Turn any sqlite3 error escaping a store method into a one-line StoreError."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise _describe(error, self.location) from None

    return wrapper


def _translating_generator(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            yield from method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise _describe(error, self.location) from None

    return wrapper


# --------------------------------------------------------------------------- opening


def _read_meta(conn: sqlite3.Connection) -> dict[str, str] | None:
    """The meta table, or None when the database has none (empty, or not a corpus)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return None
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def _inspect(path: Path, location: str) -> dict[str, str] | None:
    """Read the schema version of an existing file without writing anything to it.

    Returns the meta table (None for an empty database); refuses a database of a newer schema, a
    file that is not SQLite, and a SQLite database that is not a newsgraph corpus.
    """
    def read(uri: str) -> tuple[dict[str, str] | None, bool]:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            meta = _read_meta(conn)
            tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
            return meta, tables > 0
        finally:
            conn.close()

    uri = path.resolve().as_uri()
    try:
        meta, has_tables = read(f"{uri}?mode=ro")
    except sqlite3.OperationalError as error:
        # A WAL database in a read-only folder cannot be opened normally even for reading; with no
        # -wal file next to it nobody is writing it, so it can be read as immutable.
        if ("readonly" in str(error) or "unable to open" in str(error)) and not Path(f"{path}-wal").exists():
            try:
                meta, has_tables = read(f"{uri}?mode=ro&immutable=1")
            except sqlite3.Error as inner:
                raise _describe(inner, location) from None
        else:
            raise _describe(error, location) from None
    except sqlite3.DatabaseError as error:
        raise _describe(error, location) from None
    if meta is None:
        if has_tables:
            raise StoreError(f"{location}: a SQLite database, but not a newsgraph corpus (no meta table); refusing to touch it")
        return None
    version = int(meta.get("schema_version", "0") or 0)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{location}: written by a newer newsgraph (corpus schema {version}; this version knows up to {SCHEMA_VERSION}); "
            f"upgrade newsgraph to use it - nothing was changed"
        )
    if meta.get("application") not in (None, APPLICATION):
        raise StoreError(f"{location}: not a newsgraph corpus (application {meta.get('application')!r})")
    return meta


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Put the database in WAL mode and return the journal mode it is in. Switching needs the file to itself:
    when another process opens the same new file at that moment (two ``newsgraph ingest`` runs starting on one
    corpus), SQLite can answer "database is locked" at once rather than through the busy timeout, so the switch is
    retried until that timeout has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if ("locked" not in str(error) and "busy" not in str(error)) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _migrate(conn: sqlite3.Connection, location: str) -> None:
    """Bring the schema to ``SCHEMA_VERSION``, each step in one transaction, re-checked under the write lock."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        meta = _read_meta(conn) or {}
        version = int(meta.get("schema_version", "0") or 0)
        if version > SCHEMA_VERSION:
            raise StoreError(f"{location}: written by a newer newsgraph (corpus schema {version}); upgrade newsgraph to use it")
        if version == 0 and conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{location}: a SQLite database, but not a newsgraph corpus; refusing to touch it")
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[step]:
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(step),))
        if version == 0:
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            conn.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [("application", APPLICATION), ("created_at", now), ("near_duplicates", dedup.PARAMETERS)],
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --------------------------------------------------------------------------- an article's share of the counts


@dataclass(slots=True)
class _Share:
    """What one (non-duplicate) article adds to the corpus-wide counts."""

    entity_ids: list[int] = field(default_factory=list)
    mentions: Counter = field(default_factory=Counter)
    quotes: Counter = field(default_factory=Counter)
    about: Counter = field(default_factory=Counter)
    names: set[tuple[int, str, str]] = field(default_factory=set)


def _mentioned_in(
    analysis: Analysis, mapping: dict[str, int], records: Iterable[tuple[tuple[Span, ...], int | None]]
) -> list[tuple[int, int]]:
    """(corpus entity, record index) for each record whose spans hold a mention of an entity other
    than the record's own speaker or source (the second item of each of ``records``)."""
    pairs: list[tuple[int, int]] = []
    mentions_by_entity = [(mapping[e.id], e.mentions) for e in analysis.entities if e.id in mapping]
    for index, (spans, own) in enumerate(records):
        seen: set[int] = set()
        for entity_id, mentions in mentions_by_entity:
            if entity_id == own or entity_id in seen:
                continue
            if any(p.start <= m.start and m.end <= p.end for m in mentions for p in spans):
                seen.add(entity_id)
                pairs.append((entity_id, index))
    return pairs


def _about_pairs(analysis: Analysis, mapping: dict[str, int]) -> list[tuple[int, int]]:
    """(corpus entity, quote index) for each quote whose content mentions an entity other than its speaker."""
    return _mentioned_in(analysis, mapping, (
        (q.parts or (Span(q.start, q.end, q.text),), mapping.get(q.speaker.entity) if q.speaker and q.speaker.entity else None)
        for q in analysis.quotes
    ))


def _claim_about_pairs(analysis: Analysis, mapping: dict[str, int]) -> list[tuple[int, int]]:
    """(corpus entity, claim index) for each claim whose text mentions an entity other than its source."""
    return _mentioned_in(analysis, mapping, (
        ((Span(c.start, c.end, c.text),), mapping.get(c.source.entity) if c.source and c.source.entity else None)
        for c in analysis.claims
    ))


EVENT_ROLES = ("actor", "target", "location")


def _share(analysis: Analysis, mapping: dict[str, int], names: dict[str, Names]) -> _Share:
    share = _Share()
    seen: dict[int, None] = {}
    for entity in analysis.entities:
        entity_id = mapping[entity.id]
        seen.setdefault(entity_id)
        share.mentions[entity_id] += len(entity.mentions)
        told = names[entity.id]
        if told.name:
            share.names.add((entity_id, "name", told.name))
        for label in told.aliases:
            share.names.add((entity_id, "alias", label))
        for label in told.roles:
            share.names.add((entity_id, "role", label))
    for quote in analysis.quotes:
        if quote.speaker and quote.speaker.entity in mapping:
            share.quotes[mapping[quote.speaker.entity]] += 1
    for entity_id, _ in _about_pairs(analysis, mapping):
        share.about[entity_id] += 1
    share.entity_ids = list(seen)
    return share


def _better_name(entity_type: str, candidates: list[tuple[str, int]]) -> str | None:
    """The display name of an entity: its most frequent name, preferring full person names."""
    if not candidates:
        return None
    if entity_type == "PERSON":
        # A full name, the most frequent; on a tie the plainer form ("Vladimir Putin", not "Vladimir V. Putin").
        full = [c for c in candidates if person_name(c[0]).is_full]
        return max(full or candidates, key=lambda c: (c[1], -len(c[0]), c[0]))[0]
    # Organisations and places: the most frequent; on a tie the more explicit form ("European Union", not "EU").
    return max(candidates, key=lambda c: (c[1], len(c[0]), c[0]))[0]


# --------------------------------------------------------------------------- the resolver's view of the database


class _Directory:
    """``resolve.Directory`` over the open write transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def lookup(self, kind: str, key: str) -> list[KnownEntity]:
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.type, e.initials, e.pinned FROM entity_keys k JOIN entities e ON e.id = k.entity_id "
            "WHERE k.kind = ? AND k.key = ?",
            (kind, key),
        ).fetchall()
        return [KnownEntity(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def create(self, name: str, entity_type: str, initials: str) -> KnownEntity:
        cursor = self.conn.execute("INSERT INTO entities(name, type, initials) VALUES (?, ?, ?)", (name, entity_type, initials))
        return KnownEntity(cursor.lastrowid, name, entity_type, initials, False)

    def add_keys(self, entity_id: int, keys: Iterable[tuple[str, str]]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_keys(kind, key, entity_id) VALUES (?, ?, ?)", [(kind, key, entity_id) for kind, key in keys if key]
        )

    def set_initials(self, entity_id: int, initials: str) -> None:
        self.conn.execute("UPDATE entities SET initials = ? WHERE id = ? AND initials = ''", (initials, entity_id))


def _count(value: Any) -> int | None:
    """A sentence count from an analysis summary, or None when it gives none (a hand-made analysis)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _local_key(entity: Entity) -> str:
    return person_name(entity.name).key if entity.type == "PERSON" else org_key(entity.name)


# --------------------------------------------------------------------------- the store

# The fields of an ``ArticleRef`` an articles row gives (``_article_ref``); the evidence flag comes with the records.
_ARTICLE_REF_COLUMNS = "source, title, outlet, published"
# ``q.published`` orders the merge of several scans (``quotes()``); the quote's article is joined in the same scan.
_QUOTE_COLUMNS = (
    "q.id, q.article_id, q.local_id, q.text, q.start, q.end, q.kind, q.speaker_entity_id, q.speaker_name, "
    "q.confidence, q.published, q.data, q.evidence, " + ", ".join(f"a.{c}" for c in _ARTICLE_REF_COLUMNS.split(", "))
)
_ENTITY_COLUMNS = "id, name, type, pinned, articles, outlets, mentions, quotes, about"


class SQLiteStore:
    """A corpus in one SQLite file. ``readonly`` stores never write (queries, export)."""

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False):
        self.path = Path(path)
        self.location = str(path)
        self.readonly = readonly
        if self.path.is_dir():
            raise StoreError(f"{self.location}: is a directory, not a database file")
        exists = self.path.exists() and self.path.stat().st_size > 0
        if readonly and not exists:
            raise StoreError(f"{self.location}: no corpus here (create one with: newsgraph ingest PATH... --db {self.location})")
        meta = _inspect(self.path, self.location) if exists else None
        if readonly:
            if meta is not None and int(meta.get("schema_version", "0")) < SCHEMA_VERSION:
                self._upgrade_for_reading(int(meta.get("schema_version", "0")))
            self.conn = self._connect_readonly()
        else:
            if not self.path.parent.exists():
                raise StoreError(f"{self.location}: cannot create the database: folder {self.path.parent} does not exist")
            if not self.path.parent.is_dir():
                raise StoreError(f"{self.location}: cannot create the database: {self.path.parent} is a file, not a folder")
            self.conn = self._connect_writable()
            if meta is None or int(meta.get("schema_version", "0")) < SCHEMA_VERSION:
                try:
                    _migrate(self.conn, self.location)
                except sqlite3.Error as error:
                    self.conn.close()
                    raise _describe(error, self.location) from None
        self._directory = _Directory(self.conn)

    def _upgrade_for_reading(self, version: int) -> None:
        """Migrate an older corpus before reading it: the queries of this version need its tables.

        The upgrade is one transaction, done once; a corpus that cannot be written (a read-only
        file or folder) is refused with what to do rather than read with missing tables.
        """
        try:
            conn = self._connect_writable()
        except StoreError as error:
            raise StoreError(
                f"{self.location}: corpus schema {version} is older than this newsgraph's ({SCHEMA_VERSION}) and cannot be "
                f"upgraded here ({error}); open it once where it is writable, e.g. with newsgraph ingest --db {self.location}"
            ) from None
        try:
            _migrate(conn, self.location)
        except sqlite3.Error as error:
            raise StoreError(
                f"{self.location}: corpus schema {version} is older than this newsgraph's ({SCHEMA_VERSION}) and cannot be "
                f"upgraded here ({_describe(error, self.location)}); open it once where it is writable"
            ) from None
        finally:
            conn.close()

    # -- connections

    def _connect_writable(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, cached_statements=256)
        except sqlite3.Error as error:
            raise _describe(error, self.location) from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            mode = _switch_to_wal(conn)
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.location}: cannot switch the database to WAL mode (journal mode stays {mode})")
            conn.execute("PRAGMA foreign_keys = ON")
            # Durable against a killed process at every commit; a power loss may lose the last commits, never corrupt.
            conn.execute("PRAGMA synchronous = NORMAL")
            for pragma in _PERFORMANCE_PRAGMAS:
                conn.execute(pragma)
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        except sqlite3.Error as error:
            conn.close()
            raise _describe(error, self.location) from None
        return conn

    def _connect_readonly(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(f"{uri}{suffix}", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, cached_statements=256)
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                conn.execute("SELECT COUNT(*) FROM meta").fetchone()
                for pragma in _PERFORMANCE_PRAGMAS:
                    conn.execute(pragma)
                return conn
            except sqlite3.OperationalError as error:
                readonly_wal = "readonly" in str(error) or "unable to open" in str(error)
                if suffix.endswith("immutable=1") or not readonly_wal or Path(f"{self.path}-wal").exists():
                    raise _describe(error, self.location) from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            raise StoreError(f"{self.location}: opened read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ======================================================================= writing

    @_translating
    def contains(self, content_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def _near_duplicate(self, fingerprint: dedup.Fingerprint) -> tuple[int | None, float | None]:
        """The original this text near-duplicates (verified by exact Jaccard), or (None, None)."""
        keys = fingerprint.band_keys
        if not keys:
            return None, None
        rows = self.conn.execute(
            f"SELECT article_id, COUNT(*) AS shared FROM minhash_bands WHERE key IN ({','.join('?' * len(keys))}) "
            f"GROUP BY article_id ORDER BY shared DESC, article_id LIMIT {MAX_DUPLICATE_CANDIDATES}",
            keys,
        ).fetchall()
        best: tuple[int | None, float] = (None, 0.0)
        for article_id, _ in rows:
            text = self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            similarity = dedup.jaccard(fingerprint.shingles, dedup.shingles(text))
            if similarity > best[1] or (similarity == best[1] and best[0] is not None and article_id < best[0]):
                best = (article_id, similarity)
        if best[0] is not None and best[1] >= dedup.NEAR_DUPLICATE_THRESHOLD:
            return best[0], round(best[1], 4)
        return None, None

    @_translating
    def add_article(self, item: ArticleInput, analysis: Analysis | None, pipeline_version: str | None) -> AddOutcome:
        """Store one article (and its analysis) in one transaction; a text already stored is left alone."""
        article = item.article
        if analysis is not None and analysis.document.text != article.text:
            raise InputError(f"{article.source}: the analysis is not of this article's text")
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._transaction():
            row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (item.fingerprint.content_hash,)).fetchone()
            if row:
                return AddOutcome("already_present", row[0])
            duplicate_of, similarity = self._near_duplicate(item.fingerprint)
            cursor = self.conn.execute(
                "INSERT INTO articles(content_hash, doc_id, source, title, published, url, outlet, author, text, raw, raw_format, "
                "duplicate_of, similarity, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item.fingerprint.content_hash, item.fingerprint.content_hash[:16], article.source, article.title,
                    article.published, article.url, item.outlet, article.author, article.text, compress(article.raw),
                    article.raw_format, duplicate_of, similarity, now,
                ),
            )
            article_id = cursor.lastrowid
            if duplicate_of is None and item.fingerprint.band_keys:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO minhash_bands(key, article_id) VALUES (?, ?)",
                    [(key, article_id) for key in item.fingerprint.band_keys],
                )
            if analysis is not None:
                try:
                    self._store_analysis(article_id, analysis, pipeline_version, now)
                except (sqlite3.IntegrityError, TypeError, ValueError, KeyError) as error:
                    # A malformed analysis (a missing field, a NaN score) fails this article only; the
                    # transaction rolls back, so nothing of it is stored.
                    raise InputError(f"{article.source}: cannot store the analysis ({type(error).__name__}: {error})") from None
        status = "near_duplicate" if duplicate_of is not None else "ingested"
        return AddOutcome(status, article_id, duplicate_of, similarity)

    @_translating
    def stale_articles(self, pipeline_version: str, everything: bool) -> list[int]:
        if everything:
            return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE pipeline_version IS NULL OR pipeline_version != ? ORDER BY id", (pipeline_version,)
            )
        ]

    @_translating
    def stored_text(self, article_id: int) -> StoredText:
        row = self.conn.execute(
            "SELECT id, text, source, title, published, pipeline_version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"{self.location}: no article {article_id}")
        return StoredText(*row)

    @_translating
    def replace_analysis(self, article_id: int, analysis: Analysis, pipeline_version: str, expected_version: str | None) -> bool:
        """Swap an article's records for a new analysis, atomically. False when another process got there
        first (the stored pipeline version is no longer ``expected_version``)."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._transaction():
            row = self.conn.execute("SELECT pipeline_version, text FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"{self.location}: no article {article_id}")
            if row[0] != expected_version:
                return False
            if row[1] != analysis.document.text:
                raise StoreError(f"{self.location}: article {article_id}: the analysis is not of the stored text")
            old_ids = self._remove_analysis(article_id)
            self._store_analysis(article_id, analysis, pipeline_version, now)
            self._drop_orphans(old_ids)
        return True

    @_translating
    def pin(self, groups: list[AliasGroup]) -> int:
        """Pin each group's names to one entity, and move article entities so named onto it.

        Returns the number of article entities moved. One transaction for the whole file.
        """
        moved = 0
        with self._transaction():
            for group in groups:
                keys = set().union(*(pin_keys(alias) for alias in group.aliases))
                target = self._pin_target(group)
                key_values = sorted(k for _, k in keys)
                marks = ",".join("?" * len(key_values))
                self.conn.execute(
                    f"DELETE FROM entity_keys WHERE kind = '{PIN}' AND key IN ({marks}) AND entity_id != ?", (*key_values, target.id)
                )
                self._directory.add_keys(target.id, keys)
                self.conn.execute("DELETE FROM entity_names WHERE entity_id = ? AND kind = 'pin'", (target.id,))
                self.conn.executemany(
                    "INSERT OR IGNORE INTO entity_names(entity_id, kind, name, articles) VALUES (?, 'pin', ?, 0)",
                    [(target.id, alias) for alias in group.aliases],
                )
                self.conn.execute(
                    "UPDATE entities SET pinned = 1, name = ?, type = COALESCE(?, type) WHERE id = ?", (group.name, group.type, target.id)
                )
                entity_type = group.type or target.type
                rows = self.conn.execute(
                    f"SELECT article_id, local_id, type FROM article_entities WHERE key IN ({marks}) AND entity_id != ?",
                    (*key_values, target.id),
                ).fetchall()
                by_article: dict[int, dict[str, int]] = defaultdict(dict)
                for article_id, local_id, local_type in rows:
                    if same_group(entity_type, local_type):
                        by_article[article_id][local_id] = target.id
                for article_id, changes in by_article.items():
                    self._remap(article_id, changes)
                    moved += len(changes)
                if not target.type:
                    first = self.conn.execute("SELECT type FROM article_entities WHERE entity_id = ? LIMIT 1", (target.id,)).fetchone()
                    if first:
                        self.conn.execute("UPDATE entities SET type = ? WHERE id = ? AND type = ''", (first[0], target.id))
        return moved

    def _pin_target(self, group: AliasGroup) -> KnownEntity:
        """The entity an alias group pins to: the one already pinned to its name, else the one entity
        the name resolves to, else a new one."""
        own = pin_keys(group.name)
        for _, key in sorted(own):
            pinned = [c for c in self._directory.lookup(PIN, key) if c.pinned]
            if pinned:
                return min(pinned, key=lambda c: c.id)
        if group.type in (None, "PERSON"):
            name = person_name(group.name)
            if name.is_full:
                candidates = [c for c in self._directory.lookup(PERSON_KEY, name.key) if c.full_person]
                if len(candidates) == 1:
                    return candidates[0]
        if group.type != "PERSON":
            candidates = [c for c in self._directory.lookup(NAME, org_key(group.name)) if same_group(c.type, group.type or "")]
            if len(candidates) == 1:
                return candidates[0]
        initials = " ".join(person_name(group.name).initials) if group.type == "PERSON" else ""
        return self._directory.create(group.name, group.type or "", initials)

    # -- per-article records

    def _store_analysis(self, article_id: int, analysis: Analysis, pipeline_version: str | None, now: str) -> None:
        ids = [e.id for e in analysis.entities]
        if len(set(ids)) != len(ids):
            raise InputError(f"{analysis.document.source}: the analysis gives two entities the same id")
        resolver = Resolver(self._directory)
        mapping: dict[str, int] = {}
        names: dict[str, Names] = {}
        for entity in analysis.entities:
            mapping[entity.id], names[entity.id] = resolver.resolve(entity)
        self._insert_records(article_id, analysis, mapping)
        sentences = (analysis.summary or {}).get("techniques") or {}
        self.conn.execute(
            "UPDATE articles SET pipeline_version = ?, pipeline = ?, summary = ?, warnings = ?, analyzed_at = ?, sentences = ?, "
            "technique_sentences = ? WHERE id = ?",
            (pipeline_version, dumps(analysis.pipeline), dumps(analysis.summary), dumps(list(analysis.warnings)), now,
             _count(sentences.get("sentences")), _count(sentences.get("sentences_with_technique")), article_id),
        )
        self._count_techniques(article_id, analysis, +1)
        self._apply(article_id, _share(analysis, mapping, names), +1)

    def _insert_records(self, article_id: int, analysis: Analysis, mapping: dict[str, int]) -> None:
        published, outlet, evidence = self.conn.execute(
            "SELECT COALESCE(published, ''), outlet, duplicate_of IS NULL FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        conn = self.conn
        conn.executemany(
            "INSERT INTO article_entities(article_id, local_id, seq, name, type, key, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article_id, e.id, seq, e.name, e.type, _local_key(e), mapping[e.id]) for seq, e in enumerate(analysis.entities)],
        )
        # Entities pinned by an alias file with no type take the type of what links to them.
        conn.executemany(
            "UPDATE entities SET type = ? WHERE id = ? AND type = ''", [(e.type, mapping[e.id]) for e in analysis.entities]
        )
        text = analysis.document.text
        conn.executemany(
            "INSERT INTO mentions(article_id, seq, local_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article_id, seq, local_id, m.start, m.end, elide_text(m.text, m.start, m.end, text))
                for seq, (local_id, m) in enumerate((e.id, m) for e in analysis.entities for m in e.mentions)
            ],
        )
        quote_ids = []
        for quote in analysis.quotes:
            speaker = quote.speaker
            speaker_id = mapping.get(speaker.entity) if speaker and speaker.entity else None
            data = {"cue": quote.cue, "speaker": speaker, "via": quote.via, "parts": quote.parts}
            cursor = conn.execute(
                "INSERT INTO quotes(article_id, local_id, text, start, end, kind, speaker_entity_id, speaker_name, confidence, "
                "published, outlet, evidence, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id, quote.id, quote.text, quote.start, quote.end, quote.kind, speaker_id,
                    speaker.name if speaker else None, quote.confidence, published, outlet, evidence,
                    dumps({k: to_plain(v) for k, v in data.items()}),
                ),
            )
            quote_ids.append(cursor.lastrowid)
        conn.executemany(
            "INSERT OR IGNORE INTO quote_about(entity_id, published, quote_id) VALUES (?, ?, ?)",
            [(entity_id, published, quote_ids[index]) for entity_id, index in _about_pairs(analysis, mapping)],
        )
        conn.executemany(
            "INSERT INTO times(article_id, seq, local_id, text, start, end, value, end_value, granularity, type) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article_id, seq, t.id, elide_text(t.text, t.start, t.end, text), t.start, t.end, t.value, t.end_value, t.granularity, t.type)
                for seq, t in enumerate(analysis.times)
            ],
        )
        where = (published, outlet, evidence)
        conn.executemany(
            "INSERT INTO claims(article_id, seq, local_id, text, start, end, status, kind, checkworthy, source_entity_id, "
            "quote_local_id, data, published, outlet, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id, seq, c.id, elide_text(c.text, c.start, c.end, text), c.start, c.end, c.status, c.kind, c.checkworthy,
                    mapping.get(c.source.entity) if c.source and c.source.entity else None, c.quote,
                    dumps(elide({"source": to_plain(c.source), "quantities": to_plain(c.quantities), "times": list(c.times)}, text)),
                    *where,
                )
                for seq, c in enumerate(analysis.claims)
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO claim_about(entity_id, published, article_id, seq) VALUES (?, ?, ?, ?)",
            [(entity_id, published, article_id, seq) for entity_id, seq in _claim_about_pairs(analysis, mapping)],
        )
        conn.executemany(
            "INSERT INTO events(article_id, seq, local_id, type, start, end, actor_entity_id, target_entity_id, confidence, data, "
            "published, outlet, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id, seq, ev.id, ev.type, ev.trigger.start, ev.trigger.end,
                    mapping.get(ev.actor.entity) if ev.actor and ev.actor.entity else None,
                    mapping.get(ev.target.entity) if ev.target and ev.target.entity else None,
                    ev.confidence,
                    dumps(elide({k: v for k, v in ev.to_dict().items() if k not in ("id", "type", "confidence")}, text)),
                    *where,
                )
                for seq, ev in enumerate(analysis.events)
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO event_countries(country, published, article_id, seq, role) VALUES (?, ?, ?, ?, ?)",
            [
                (party.country, published, article_id, seq, role)
                for seq, ev in enumerate(analysis.events)
                for role in EVENT_ROLES
                if (party := getattr(ev, role)) is not None and party.country
            ],
        )
        conn.executemany(
            "INSERT INTO techniques(article_id, seq, technique, start, end, text, score, published, outlet, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, seq, t.technique, t.start, t.end, elide_text(t.text, t.start, t.end, text), t.score, *where)
             for seq, t in enumerate(analysis.techniques)],
        )

    def _delete_records(self, article_id: int) -> None:
        conn = self.conn
        conn.execute("DELETE FROM quote_about WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = ?)", (article_id,))
        for table in ("claim_about", "event_countries", "quotes", "mentions", "article_entities", "times", "claims", "events", "techniques"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))

    def _mapping(self, article_id: int) -> dict[str, int]:
        return dict(self.conn.execute("SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,)))

    def _remove_analysis(self, article_id: int) -> set[int]:
        """Subtract an article's share and delete its records; returns the corpus entities it linked to."""
        old = self._load_analysis(article_id)
        if old is None:
            return set()
        mapping = self._mapping(article_id)
        self._count_techniques(article_id, old, -1)
        self._apply(article_id, _share(old, mapping, {e.id: entity_names(e) for e in old.entities}), -1)
        self._delete_records(article_id)
        return set(mapping.values())

    def _count_techniques(self, article_id: int, analysis: Analysis, sign: int) -> None:
        """Add (+1) or subtract (-1) an article's techniques and sentences to the per-day, per-outlet
        counts (near-duplicates are not counted); the article row holds its stored sentence counts."""
        published, outlet, evidence, sentences, touched = self.conn.execute(
            "SELECT COALESCE(published, ''), COALESCE(outlet, ''), duplicate_of IS NULL, sentences, technique_sentences "
            "FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if not evidence:
            return
        counts = Counter(t.technique for t in analysis.techniques)
        self.conn.execute(
            "INSERT INTO technique_totals(published, outlet, articles, articles_with_technique, sentences, technique_sentences, spans) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET articles = articles + excluded.articles, "
            "articles_with_technique = articles_with_technique + excluded.articles_with_technique, "
            "sentences = sentences + excluded.sentences, technique_sentences = technique_sentences + excluded.technique_sentences, "
            "spans = spans + excluded.spans",
            (published, outlet, sign * (sentences is not None), sign * bool(counts), sign * (sentences or 0), sign * (touched or 0),
             sign * sum(counts.values())),
        )
        self.conn.executemany(
            "INSERT INTO technique_counts(published, outlet, technique, spans, articles) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET spans = spans + excluded.spans, articles = articles + excluded.articles",
            [(published, outlet, technique, sign * n, sign) for technique, n in sorted(counts.items())],
        )
        if sign < 0:
            self.conn.execute("DELETE FROM technique_counts WHERE published = ? AND outlet = ? AND articles <= 0", (published, outlet))
            self.conn.execute(
                "DELETE FROM technique_totals WHERE published = ? AND outlet = ? AND articles <= 0 AND articles_with_technique <= 0",
                (published, outlet),
            )

    def _remap(self, article_id: int, changes: dict[str, int]) -> None:
        """Link some of an article's entities to other corpus entities (alias pinning), counts and all."""
        analysis = self._load_analysis(article_id)
        if analysis is None:
            return
        mapping = self._mapping(article_id)
        names = {e.id: entity_names(e) for e in analysis.entities}
        self._apply(article_id, _share(analysis, mapping, names), -1)
        self._delete_records(article_id)
        new_mapping = {**mapping, **changes}
        for local_id, entity_id in changes.items():
            self._directory.add_keys(entity_id, names[local_id].keys)
        self._insert_records(article_id, analysis, new_mapping)
        self._apply(article_id, _share(analysis, new_mapping, names), +1)
        self._drop_orphans(set(mapping.values()) - set(new_mapping.values()))

    def _drop_orphans(self, entity_ids: Iterable[int]) -> None:
        """Delete corpus entities nothing links to any more (unless an alias file pinned them)."""
        for entity_id in entity_ids:
            row = self.conn.execute(
                "SELECT pinned, EXISTS(SELECT 1 FROM article_entities WHERE entity_id = ?) FROM entities WHERE id = ?", (entity_id, entity_id)
            ).fetchone()
            if row is None or row[0] or row[1]:
                continue
            for table, column in (
                ("entity_keys", "entity_id"), ("entity_names", "entity_id"), ("entity_outlets", "entity_id"),
                ("entity_months", "entity_id"), ("entity_articles", "entity_id"), ("quote_about", "entity_id"),
                ("claim_about", "entity_id"),
            ):
                self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (entity_id,))
            self.conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    def _apply(self, article_id: int, share: _Share, sign: int) -> None:
        """Add (+1) or subtract (-1) an article's share of the corpus counts; near-duplicates have none."""
        published, outlet, evidence = self.conn.execute(
            "SELECT COALESCE(published, ''), outlet, duplicate_of IS NULL FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if not evidence or not share.entity_ids:
            return
        conn = self.conn
        ids = share.entity_ids
        conn.executemany(
            "UPDATE entities SET articles = articles + ?, mentions = mentions + ?, quotes = quotes + ?, about = about + ? WHERE id = ?",
            [(sign, sign * share.mentions[i], sign * share.quotes[i], sign * share.about[i], i) for i in ids],
        )
        if sign > 0:
            conn.executemany("INSERT OR IGNORE INTO entity_articles(entity_id, published, article_id) VALUES (?, ?, ?)",
                             [(i, published, article_id) for i in ids])
            upsert = "INSERT INTO {table}({columns}, articles) VALUES ({marks}, 1) ON CONFLICT DO UPDATE SET articles = articles + 1"
        else:
            conn.executemany("DELETE FROM entity_articles WHERE entity_id = ? AND published = ? AND article_id = ?",
                             [(i, published, article_id) for i in ids])
            upsert = "UPDATE {table} SET articles = articles - 1 WHERE ({columns}) = ({marks})"
        if outlet:
            conn.executemany(upsert.format(table="entity_outlets", columns="entity_id, outlet", marks="?, ?"), [(i, outlet) for i in ids])
        month = published[:7]
        conn.executemany(upsert.format(table="entity_months", columns="entity_id, month", marks="?, ?"), [(i, month) for i in ids])
        conn.executemany(
            upsert.format(table="entity_names", columns="entity_id, kind, name", marks="?, ?, ?"), sorted(share.names)
        )
        marks = ",".join("?" * len(ids))
        if sign < 0:
            for table in ("entity_outlets", "entity_names", "entity_months"):
                conn.execute(f"DELETE FROM {table} WHERE entity_id IN ({marks}) AND articles <= 0", ids)
        if outlet:
            conn.execute(
                f"UPDATE entities SET outlets = (SELECT COUNT(*) FROM entity_outlets o WHERE o.entity_id = entities.id) WHERE id IN ({marks})",
                ids,
            )
        self._refresh_names({entity_id: label for entity_id, kind, label in share.names if kind == "name"}, sign)

    def _refresh_names(self, named: dict[int, str], sign: int) -> None:
        """Keep each entity's display name its most frequent (full) name; pinned names are the analyst's.

        Only entities whose ranking may have changed are looked at: one named otherwise than its
        display name (that name gained an article), or whose display name lost an article.
        """
        if not named:
            return
        current = {
            r[0]: r[1:]
            for r in self.conn.execute(f"SELECT id, name, type, pinned FROM entities WHERE id IN ({','.join('?' * len(named))})", list(named))
        }
        for entity_id, label in named.items():
            name, entity_type, pinned = current.get(entity_id, (None, None, True))
            if pinned or (label == name) == (sign > 0):
                continue
            candidates = self.conn.execute(
                "SELECT name, articles FROM entity_names WHERE entity_id = ? AND kind = 'name' AND articles > 0", (entity_id,)
            ).fetchall()
            best = _better_name(entity_type, candidates)
            if best and best != name:
                self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (best, entity_id))

    # -- reading records back

    def _load_analysis(self, article_id: int) -> Analysis | None:
        conn = self.conn
        row = conn.execute(
            "SELECT doc_id, source, title, published, text, pipeline_version, pipeline, summary, warnings FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None or row[5] is None:
            return None
        doc_id, source, title, published, text, _, pipeline, summary, warnings = row
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for local_id, start, end, mention_text in conn.execute(
            "SELECT local_id, start, end, text FROM mentions WHERE article_id = ? ORDER BY seq", (article_id,)
        ):
            mentions[local_id].append(Mention(start, end, text[start:end] if mention_text is None else mention_text))
        entities = tuple(
            Entity(local_id, name, entity_type, tuple(mentions.get(local_id, ())))
            for local_id, name, entity_type in conn.execute(
                "SELECT local_id, name, type FROM article_entities WHERE article_id = ? ORDER BY seq", (article_id,)
            )
        )
        quotes = tuple(
            _quote_record(local_id, quote_text, start, end, kind, confidence, data)
            for local_id, quote_text, start, end, kind, confidence, data in conn.execute(
                "SELECT local_id, text, start, end, kind, confidence, data FROM quotes WHERE article_id = ? ORDER BY id", (article_id,)
            )
        )
        times = tuple(
            TimeExpr(local_id, text[start:end] if time_text is None else time_text, start, end, value, end_value, granularity, time_type)
            for local_id, time_text, start, end, value, end_value, granularity, time_type in conn.execute(
                "SELECT local_id, text, start, end, value, end_value, granularity, type FROM times WHERE article_id = ? ORDER BY seq",
                (article_id,),
            )
        )
        claims = [
            _claim_record(row, text)
            for row in conn.execute(f"SELECT {_CLAIM_FIELDS} FROM claims WHERE article_id = ? ORDER BY seq", (article_id,))
        ]
        events = tuple(
            _event_record(row, text)
            for row in conn.execute(f"SELECT {_EVENT_FIELDS} FROM events WHERE article_id = ? ORDER BY seq", (article_id,))
        )
        techniques = tuple(
            Technique(technique, start, end, text[start:end] if technique_text is None else technique_text, score)
            for technique, start, end, technique_text, score in conn.execute(
                "SELECT technique, start, end, text, score FROM techniques WHERE article_id = ? ORDER BY seq", (article_id,)
            )
        )
        return Analysis(
            document=Document(doc_id, source, title, published, text),
            entities=entities,
            quotes=quotes,
            times=times,
            claims=tuple(claims),
            events=events,
            techniques=techniques,
            summary=loads(summary) or {},
            warnings=tuple(loads(warnings) or ()),
            pipeline=loads(pipeline) or {},
        )

    # ======================================================================= reading

    @_translating
    def article(self, article_id: int) -> CorpusArticle | None:
        row = self.conn.execute(
            "SELECT id, source, title, published, url, outlet, author, duplicate_of, similarity, pipeline_version FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return CorpusArticle(*row) if row else None

    @_translating
    def analysis(self, article_id: int) -> Analysis | None:
        return self._load_analysis(article_id)

    @_translating
    def raw(self, article_id: int) -> str | None:
        row = self.conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        return decompress(row[0]) if row else None

    @_translating
    def stats(self, include_duplicates: bool, pipeline_version: str) -> dict[str, Any]:
        conn = self.conn
        one = lambda sql, *params: conn.execute(sql, params).fetchone()[0]  # noqa: E731
        originals = "" if include_duplicates else " WHERE duplicate_of IS NULL"

        def records(table: str) -> int:
            # All rows minus those of near-duplicates (few, found through the article index): no filtered scan.
            total = one(f"SELECT COUNT(*) FROM {table}")
            if include_duplicates:
                return total
            return total - one(f"SELECT COUNT(*) FROM {table} WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)")

        versions = dict(conn.execute("SELECT COALESCE(pipeline_version, ''), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"))
        near_duplicates = one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL")
        return {
            "articles": one("SELECT COUNT(*) FROM articles") - (0 if include_duplicates else near_duplicates),
            "near_duplicates": near_duplicates,
            "quotes": records("quotes"),
            "entities": one("SELECT COUNT(*) FROM entities" + ("" if include_duplicates else " WHERE articles > 0")),
            "outlets": one(f"SELECT COUNT(DISTINCT outlet) FROM articles{originals}"),
            # Kept per entity at ingest (near-duplicates apart): no scan of the largest table.
            "mentions": one("SELECT COUNT(*) FROM mentions") if include_duplicates else one("SELECT COALESCE(SUM(mentions), 0) FROM entities"),
            "claims": records("claims"),
            "events": records("events"),
            "times": records("times"),
            "techniques": records("techniques"),
            # Over every stored article (through the date index): a copy is dated like its original.
            "first_published": one("SELECT MIN(published) FROM articles WHERE published > ''"),
            "last_published": one("SELECT MAX(published) FROM articles WHERE published > ''"),
            "not_analyzed": versions.get("", 0),
            "stale": sum(n for v, n in versions.items() if v and v != pipeline_version),
            "pipeline_versions": {v: n for v, n in versions.items() if v},
            "schema_version": int(one("SELECT value FROM meta WHERE key = 'schema_version'")),
            "bytes": _file_size(self.path),
        }

    # -- entities

    def _entities_from_rows(self, rows: list[tuple]) -> list[CorpusEntity]:
        if not rows:
            return []
        ids = [r[0] for r in rows]
        aliases: dict[int, list[str]] = defaultdict(list)
        for entity_id, name in self.conn.execute(
            f"SELECT entity_id, name FROM entity_names WHERE entity_id IN ({','.join('?' * len(ids))}) "
            f"AND kind IN ('name', 'alias', 'pin') GROUP BY entity_id, name "
            f"ORDER BY entity_id, MAX(kind = 'pin') AND SUM(articles) = 0, SUM(articles) DESC, name",
            ids,
        ):
            if name not in aliases[entity_id] and len(aliases[entity_id]) < ALIASES_LISTED:
                aliases[entity_id].append(name)
        return [
            CorpusEntity(
                id=r[0], name=r[1], type=r[2], aliases=tuple(aliases.get(r[0], ())), articles=r[4], outlets=r[5], mentions=r[6],
                quotes=r[7], about=r[8], pinned=bool(r[3]),
            )
            for r in rows
        ]

    @_translating
    def entity(self, entity_id: int) -> CorpusEntity | None:
        rows = self.conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id = ?", (entity_id,)).fetchall()
        found = self._entities_from_rows(rows)
        return found[0] if found else None

    @_translating
    def find_entities(self, name: str, surnames: bool = False) -> list[CorpusEntity]:
        """Entities a name may mean, most frequent first: the entities called so (by their name, an alias
        seen in the text, a pinned alias, an acronym); with ``surnames``, every person of that surname."""
        text = " ".join(name.split())
        match = re.fullmatch(r"#(\d+)", text)
        if match:
            found = self.entity(int(match.group(1)))
            return [found] if found else []
        person = person_name(text)
        lookups = [(PIN, person.key), (PIN, org_key(text)), (PERSON_KEY, person.key), (NAME, org_key(text))]
        if looks_like_acronym(text):
            lookups.append((ACRONYM, org_key(text)))
        if surnames and len(person.given) == 1:
            lookups.append((SURNAME, person.key))
        ids = {c.id for kind, key in lookups if key for c in self._directory.lookup(kind, key)}
        if not ids:
            return []
        rows = self.conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id IN ({','.join('?' * len(ids))}) ORDER BY articles DESC, id", sorted(ids)
        ).fetchall()
        return self._entities_from_rows(rows)

    @_translating
    def entities(self, entity_type: str | None, top: int | None, sort: str, pinned: bool) -> list[CorpusEntity]:
        conditions, params = [], []
        if pinned:
            conditions.append("pinned = 1")
        else:
            conditions.append("articles > 0")
        if entity_type:
            conditions.append("type = ?")
            params.append(entity_type)
        limit = f" LIMIT {int(top)}" if top else ""
        rows = self.conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE {' AND '.join(conditions)} ORDER BY {sort} DESC, id{limit}", params
        ).fetchall()
        return self._entities_from_rows(rows)

    # -- quotes

    def _quote_cursors(self, query: QuoteQuery) -> list[Iterator[tuple]]:
        """One cursor per driving index, each ordered newest first; merged by ``quotes()``."""
        conditions, params = _window("q", query.window, "q.evidence = 1")
        order = " ORDER BY q.published DESC, q.id DESC"

        def where(extra: list[str]) -> str:
            parts = extra + conditions
            return " WHERE " + " AND ".join(parts) if parts else ""

        cursors = []
        if query.speaker_ids is not None:
            about = []
            about_params: list[Any] = []
            if query.about_ids is not None:
                marks = ",".join("?" * len(query.about_ids)) or "NULL"
                about = [f"EXISTS (SELECT 1 FROM quote_about qa WHERE qa.quote_id = q.id AND qa.entity_id IN ({marks}))"]
                about_params = list(query.about_ids)
            for speaker_id in query.speaker_ids:
                sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id" + where(
                    ["q.speaker_entity_id = ?"] + about
                ) + order
                cursors.append(self.conn.execute(sql, [speaker_id, *about_params, *params]))
        elif query.about_ids is not None:
            for entity_id in query.about_ids:
                sql = (
                    f"SELECT {_QUOTE_COLUMNS} FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id JOIN articles a ON a.id = q.article_id"
                    + where(["qa.entity_id = ?"]) + " ORDER BY qa.published DESC, qa.quote_id DESC"
                )
                cursors.append(self.conn.execute(sql, [entity_id, *params]))
        else:
            index = "quotes_outlet" if query.window.outlet else "quotes_published"
            sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes q INDEXED BY {index} JOIN articles a ON a.id = q.article_id" + where([]) + order
            cursors.append(self.conn.execute(sql, params))
        return cursors

    @_translating
    def quotes(self, query: QuoteQuery) -> list[CorpusQuote]:
        cursors = self._quote_cursors(query)
        merged = heapq.merge(*cursors, key=lambda r: (r[10], r[0]), reverse=True) if len(cursors) > 1 else iter(cursors[0] if cursors else ())
        seen: set[int] = set()
        rows = []
        for row in merged:
            if row[0] in seen:
                continue
            seen.add(row[0])
            rows.append(row)
            if query.limit and len(rows) >= query.limit:
                break
        for cursor in cursors:
            cursor.close()
        return self._quotes_from_rows(rows)

    def _quotes_from_rows(self, rows: list[tuple]) -> list[CorpusQuote]:
        speaker_ids = sorted({r[7] for r in rows if r[7] is not None})
        names = dict(
            self.conn.execute(f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(speaker_ids))})", speaker_ids)
        ) if speaker_ids else {}
        articles: dict[int, ArticleRef] = {}
        result = []
        for (quote_id, article_id, _local, text, start, end, kind, speaker_id, speaker_name, confidence, _published,
             data, *article) in rows:
            if article_id not in articles:
                articles[article_id] = _article_ref(article_id, *article)
            extra = loads(data)
            result.append(CorpusQuote(
                id=quote_id, article=articles[article_id], text=text, start=start, end=end, kind=kind,
                speaker=names.get(speaker_id, speaker_name) if speaker_id is not None else speaker_name,
                speaker_id=speaker_id,
                cue=from_plain(Span | None, extra.get("cue")),
                via=tuple(v["name"] for v in extra.get("via") or ()),
                confidence=confidence,
                parts=from_plain(tuple[Span, ...], extra.get("parts") or ()),
            ))
        return result

    # -- dossier

    @_translating
    def dossier(self, entity: CorpusEntity, limit: int, include_duplicates: bool) -> Dossier:
        conn = self.conn
        window = Window(include_duplicates=include_duplicates)

        def tallies(sql: str, *params) -> tuple[Tally, ...]:
            return tuple(Tally(label, count) for label, count in conn.execute(sql, params))

        timeline = tallies(
            "SELECT CASE WHEN month = '' THEN 'undated' ELSE month END, articles FROM entity_months "
            "WHERE entity_id = ? AND articles > 0 ORDER BY month = '', month",
            entity.id,
        )
        # Co-mentions over the actor's latest CO_MENTION_WINDOW articles: exact for nearly every actor,
        # a recent window for the few named in thousands of articles (the dossier says which).
        co_mentioned = tuple(
            CoMention(*r)
            for r in conn.execute(
                "WITH recent AS (SELECT article_id FROM entity_articles WHERE entity_id = ? "
                "ORDER BY published DESC, article_id DESC LIMIT ?), "
                "together AS (SELECT ea.entity_id, COUNT(*) AS articles FROM recent "
                "JOIN entity_articles ea INDEXED BY entity_articles_article ON ea.article_id = recent.article_id "
                "WHERE ea.entity_id != ? GROUP BY ea.entity_id ORDER BY articles DESC, ea.entity_id LIMIT ?) "
                "SELECT t.entity_id, e.name, e.type, t.articles FROM together t JOIN entities e ON e.id = t.entity_id "
                "ORDER BY t.articles DESC, t.entity_id",
                (entity.id, CO_MENTION_WINDOW, entity.id, limit),
            )
        )
        return Dossier(
            entity=entity,
            aliases=tallies(
                "SELECT name, SUM(articles) AS seen FROM entity_names WHERE entity_id = ? AND kind IN ('name', 'alias') "
                "GROUP BY name HAVING seen > 0 ORDER BY seen DESC, name LIMIT ?", entity.id, ALIASES_LISTED,
            ),
            roles=tallies(
                "SELECT name, articles FROM entity_names WHERE entity_id = ? AND kind = 'role' AND articles > 0 "
                "ORDER BY articles DESC, name LIMIT ?", entity.id, ALIASES_LISTED,
            ),
            outlets=tallies(
                "SELECT outlet, articles FROM entity_outlets WHERE entity_id = ? ORDER BY articles DESC, outlet LIMIT ?", entity.id, limit
            ),
            timeline=timeline,
            quotes_by=tuple(self.quotes(QuoteQuery(window, speaker_ids=(entity.id,), limit=limit))),
            quotes_about=tuple(self.quotes(QuoteQuery(window, about_ids=(entity.id,), limit=limit))),
            co_mentioned=co_mentioned,
            co_mentioned_over=min(entity.articles, CO_MENTION_WINDOW),
            claims_by=tuple(self.claims(ClaimQuery(window, source_ids=(entity.id,), limit=limit))),
            claims_about=tuple(self.claims(ClaimQuery(window, about_ids=(entity.id,), limit=limit))),
            events_as_actor=tuple(self.events(EventQuery(window, actor_ids=(entity.id,), limit=limit))),
            events_as_target=tuple(self.events(EventQuery(window, target_ids=(entity.id,), limit=limit))),
        )

    # -- the articles of records (quotes, claims, events, search hits)

    def _articles_by_id(self, columns: str, ids: Iterable[int]) -> Iterator[tuple]:
        """``id, columns`` of the articles ``ids``, a few hundred per statement (SQLite caps the
        parameters of one: ``--limit 0`` may list records of every article)."""
        for chunk in _batches(sorted(set(ids)), 500):
            yield from self.conn.execute(f"SELECT id, {columns} FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    def _articles(self, evidence: Iterable[tuple[int, Any]], with_text: bool = False) -> tuple[dict[int, ArticleRef], dict[int, str]]:
        """The ``ArticleRef`` of each article of (article id, evidence flag) pairs and, ``with_text``, the
        articles' texts, read in the same statement (claims and events need both; quotes join their articles).

        The flag (true: not a near-duplicate) comes with the records - a record's ``evidence`` column -
        since ``duplicate_of`` lies behind the text in an articles row, and reading it would walk the
        text's overflow pages.
        """
        flags = dict(evidence)
        refs: dict[int, ArticleRef] = {}
        texts: dict[int, str] = {}
        for article_id, *fields in self._articles_by_id(_ARTICLE_REF_COLUMNS + (", text" if with_text else ""), flags):
            refs[article_id] = _article_ref(article_id, flags[article_id], *fields[:4])
            if with_text:
                texts[article_id] = fields[4]
        return refs, texts

    # -- claims and events

    def _newest_records(
        self, select: str, table: str, conditions: list[str], params: list[Any], limit: int | None,
        driver: tuple[str, Iterable[Any]] | None, side: str | None = None,
    ) -> tuple[list[tuple], dict[int, str], dict[int, ArticleRef]]:
        """Rows of a record table (``"claims c"``; ``select`` starts with its article_id, seq and evidence)
        meeting ``conditions``, newest first, their articles' texts, and their articles.

        ``driver`` (a column and the values asked for: the entities a name means) gives one index scan
        per value, newest first, merged and cut at ``limit``: a name meaning twenty entities costs twenty
        short scans, not a sort of every matching row. ``side`` is a table keyed by article and seq whose
        index drives the scans instead (``claim_about``: claims about an entity; ``event_countries``).
        """
        alias = table.split()[1]
        order, source = alias, table
        if side is not None:
            order = "".join(word[0] for word in side.split("_"))  # claim_about -> ca, event_countries -> ec
            source = f"{side} {order} JOIN {table} ON {alias}.article_id = {order}.article_id AND {alias}.seq = {order}.seq"
        column, values = driver if driver is not None else (None, [None])
        where = ([f"{column} = ?"] if column else []) + conditions
        sql = (f"SELECT {order}.published, {select.removeprefix('SELECT ')} FROM {source}"
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY {order}.published DESC, {order}.article_id DESC, {order}.seq DESC")
        cursors = [self.conn.execute(sql, ([value] if column else []) + params) for value in values]
        key = lambda row: row[:3]  # noqa: E731 - published, article_id, seq
        merged = heapq.merge(*cursors, key=key, reverse=True) if len(cursors) > 1 else iter(cursors[0] if cursors else ())
        rows = [row[1:] for row in _newest(merged, limit, key=lambda row: (row[1], row[2]))]
        for cursor in cursors:
            cursor.close()
        articles, texts = self._articles(((r[0], r[2]) for r in rows), with_text=True)
        return rows, texts, articles

    @_translating
    def claims(self, query: ClaimQuery) -> list[CorpusClaim]:
        """Claims newest first; an index (status, source, outlet, date, or claim_about) gives the order."""
        conditions, params = _window("c", query.window, "c.evidence = 1")
        for column, value in (("c.status = ?", query.status), ("c.kind = ?", query.kind), ("c.checkworthy >= ?", query.checkworthy)):
            if value is not None:
                conditions.append(column)
                params.append(value)
        columns = ", ".join(f"c.{f}" for f in _CLAIM_FIELDS.split(", "))
        select = f"SELECT c.article_id, c.seq, c.evidence, c.source_entity_id, {columns}"
        if query.about_ids is not None:
            if query.source_ids is not None:
                conditions.append(_among("c.source_entity_id", query.source_ids))
                params.extend(query.source_ids)
            rows, texts, articles = self._newest_records(
                select, "claims c", conditions, params, query.limit, ("ca.entity_id", query.about_ids), "claim_about")
        else:
            driver = None if query.source_ids is None else ("c.source_entity_id", query.source_ids)
            rows, texts, articles = self._newest_records(select, "claims c", conditions, params, query.limit, driver)
        result = []
        for article_id, _seq, _evidence, source_id, *fields in rows:
            claim = _claim_record(tuple(fields), texts[article_id])
            result.append(CorpusClaim(
                article=articles[article_id], id=claim.id, text=claim.text, start=claim.start, end=claim.end, status=claim.status,
                kind=claim.kind, checkworthy=claim.checkworthy, source=claim.source, source_id=source_id,
                quantities=claim.quantities, quote=claim.quote,
            ))
        return result

    @_translating
    def events(self, query: EventQuery) -> list[CorpusEvent]:
        """Events newest first; an index (type, actor, target, outlet, date, or event_countries) gives the order."""
        conditions, params = _window("v", query.window, "v.evidence = 1")
        if query.type is not None:
            conditions.append("v.type = ?")
            params.append(query.type)
        columns = ", ".join(f"v.{f}" for f in _EVENT_FIELDS.split(", "))
        select = f"SELECT v.article_id, v.seq, v.evidence, v.actor_entity_id, v.target_entity_id, {columns}"
        # The most selective filter drives the scans (a country, else the actor, else the target); the others filter.
        drivers = [("ec.country", (query.country,) if query.country else None), ("v.actor_entity_id", query.actor_ids),
                   ("v.target_entity_id", query.target_ids)]
        driver = next(((column, values) for column, values in drivers if values is not None), None)
        for column, values in drivers[1:]:
            if values is not None and (column, values) != driver:
                conditions.append(_among(column, values))
                params.extend(values)
        side = "event_countries" if query.country else None
        rows, texts, articles = self._newest_records(select, "events v", conditions, params, query.limit, driver, side)
        result = []
        for article_id, _seq, _evidence, actor_id, target_id, *fields in rows:
            event = _event_record(tuple(fields), texts[article_id])
            result.append(CorpusEvent(
                article=articles[article_id], id=event.id, type=event.type, trigger=event.trigger, sentence=event.sentence,
                actor=event.actor, actor_id=actor_id, target=event.target, target_id=target_id, location=event.location,
                quantity=event.quantity, time=event.time, reported_by=event.reported_by, confidence=event.confidence,
            ))
        return result

    # -- persuasion techniques

    @_translating
    def techniques(self, query: TechniqueQuery) -> list[TechniqueCount]:
        """Technique spans per outlet, month or technique, beside the analysed articles and sentences of each group.

        Read from the per-day, per-outlet counts kept at ingest; a score threshold, or near-duplicates,
        need the spans themselves (a scan of the covering indexes ``techniques_published`` and
        ``articles_sentences``).
        """
        labels = {"outlet": "{0}.outlet", "month": "substr({0}.published, 1, 7)", "technique": "{0}.technique"}
        group = labels[query.by]
        other = labels["outlet" if query.by == "technique" else "technique"]
        article_group = "''" if query.by == "technique" else group
        if query.threshold is None and not query.window.include_duplicates:
            conditions, params = _window("x", query.window, "1")
            span_conditions, span_params = list(conditions), list(params)
            if query.technique is not None:
                span_conditions.append("x.technique = ?")
                span_params.append(query.technique)
            spans_where = " WHERE " + " AND ".join(span_conditions)
            by_technique = query.technique is not None or query.by == "technique"
            spans_sql = (
                f"SELECT {group.format('x')}, SUM(x.spans), SUM(x.articles) FROM technique_counts x{spans_where} GROUP BY 1"
                if by_technique else
                f"SELECT {group.format('x')}, SUM(x.spans), SUM(x.articles_with_technique) FROM technique_totals x{spans_where} GROUP BY 1"
            )
            tops_sql = f"SELECT {group.format('x')}, {other.format('x')}, SUM(x.spans) FROM technique_counts x{spans_where} GROUP BY 1, 2"
            totals_sql = (f"SELECT {article_group.format('x')}, SUM(x.articles), SUM(x.sentences), SUM(x.technique_sentences) "
                          f"FROM technique_totals x WHERE {' AND '.join(conditions)} GROUP BY 1")
            return self._technique_counts(query, spans_sql, span_params, tops_sql, totals_sql, params, missing_sentences=0)
        # From the spans: NULL outlets and dates read as '' to match the kept counts.
        labels = {"outlet": "COALESCE({0}.outlet, '')", "month": "substr(COALESCE({0}.published, ''), 1, 7)", "technique": "{0}.technique"}
        group, other = labels[query.by].format("t"), labels["outlet" if query.by == "technique" else "technique"].format("t")
        conditions, params = _window("t", query.window, "t.evidence = 1")
        if query.technique is not None:
            conditions.append("t.technique = ?")
            params.append(query.technique)
        if query.threshold is not None:
            conditions.append("t.score >= ?")
            params.append(query.threshold)
        where = " WHERE " + " AND ".join(conditions) if conditions else ""
        # The analysed articles of each group (those whose analysis counted its sentences, as the pipeline's
        # always does), and their sentences; near-duplicates apart, as for spans.
        article_conditions, article_params = _window("a", query.window, "a.duplicate_of IS NULL")
        article_where = " AND ".join(["a.sentences IS NOT NULL", *article_conditions])
        article_group = "''" if query.by == "technique" else labels[query.by].format("a")
        return self._technique_counts(
            query,
            f"SELECT {group}, COUNT(*), COUNT(DISTINCT t.article_id) FROM techniques t{where} GROUP BY 1", params,
            f"SELECT {group}, {other}, COUNT(*) FROM techniques t{where} GROUP BY 1, 2",
            f"SELECT {article_group}, COUNT(*), SUM(a.sentences), SUM(a.technique_sentences) "
            f"FROM articles a INDEXED BY articles_sentences WHERE {article_where} GROUP BY 1", article_params,
            missing_sentences=None,
        )

    def _technique_counts(
        self, query: TechniqueQuery, spans_sql: str, span_params: list[Any], tops_sql: str, totals_sql: str, total_params: list[Any],
        missing_sentences: int | None,
    ) -> list[TechniqueCount]:
        """Assemble TechniqueCount records from three grouped queries: (label, spans, articles with a
        span), (label, other label, spans) for the tops, and (label, articles, sentences, touched)."""
        conn = self.conn
        spans = {label: (count, articles) for label, count, articles in conn.execute(spans_sql, span_params)}
        tops: dict[str, list[Tally]] = defaultdict(list)
        for label, name, count in sorted(conn.execute(tops_sql, span_params), key=lambda r: (r[0], -r[2], r[1])):
            if count > 0 and len(tops[label]) < query.top:
                tops[label].append(Tally(name or NO_OUTLET, count))
        totals = {}
        for label, articles, sentences, touched in conn.execute(totals_sql, total_params):
            # Kept counts add 0 sentences for an article that has none counted: no such article, no sentences.
            known = articles > 0 or missing_sentences is None
            totals[label] = (articles, sentences if known else None, touched if known else None)
        filtered = query.technique is not None or query.threshold is not None

        def display(label: str) -> str:
            if query.by == "outlet":
                return label or NO_OUTLET
            if query.by == "month":
                return label or UNDATED
            return label

        result = []
        if query.by == "technique":
            articles, sentences, _ = totals.get("", (0, None, None))
            for label, (count, with_technique) in spans.items():
                if count > 0:
                    result.append(TechniqueCount(label, count, articles, with_technique, sentences, None, None, tuple(tops[label])))
            result.sort(key=lambda c: (-c.spans, c.label))
            return result
        for label in sorted(set(totals) | set(spans)):
            articles, sentences, touched = totals.get(label, (0, None, None))
            count, with_technique = spans.get(label, (0, 0))
            if not articles and not count:
                continue
            touched = None if filtered or sentences is None else touched
            share = round(touched / sentences, 4) if touched is not None and sentences else None
            result.append(TechniqueCount(display(label), count, articles, with_technique, sentences, touched, share, tuple(tops[label])))
        if query.by == "outlet":
            result.sort(key=lambda c: (-c.spans, c.label))
        else:
            result.sort(key=lambda c: (c.label == UNDATED, c.label))
        return result

    # -- full-text search

    @_translating
    def search(self, text: str, scope: str, limit: int, include_duplicates: bool) -> list[SearchHit]:
        """BM25-ranked full-text search (FTS5 syntax: "exact phrase", OR, NOT, prefix*); plain words when
        the text is not valid FTS5 syntax."""
        query = _without_stopwords(" ".join(text.split()))
        if not query:
            raise InputError("search: give some words to search for")
        try:
            return self._search(query, scope, limit, include_duplicates)
        except sqlite3.OperationalError as error:
            message = str(error)
            if not any(sign in message for sign in ("fts5", "syntax", "no such column", "unknown special query")):
                raise
        quoted = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
        return self._search(quoted, scope, limit, include_duplicates)

    def _search(self, query: str, scope: str, limit: int, include_duplicates: bool) -> list[SearchHit]:
        conn = self.conn
        originals = "" if include_duplicates else " AND a.duplicate_of IS NULL"
        # Ranking every match costs time in proportion to the matches (a name in half of 100k articles):
        # BM25 ranks the SEARCH_WINDOW most recently stored matches, read newest first, which bounds it.
        if scope == "quotes":
            window = conn.execute(
                "SELECT q.id, q.article_id, bm25(quotes_fts) FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
                f"JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?{originals} ORDER BY quotes_fts.rowid DESC LIMIT ?",
                (query, SEARCH_WINDOW),
            ).fetchall()
        else:
            window = conn.execute(
                "SELECT NULL, a.id, bm25(articles_fts, 2.0, 1.0) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                f"WHERE articles_fts MATCH ?{originals} ORDER BY articles_fts.rowid DESC LIMIT ?",
                (query, SEARCH_WINDOW),
            ).fetchall()
        rows = sorted(window, key=lambda r: (r[2], -r[1]))[:limit]
        if not rows:
            return []
        # Highlights and texts of the hits in one query each: a MATCH per hit would re-read the index each time.
        table, ids = ("quotes_fts", [r[0] for r in rows]) if scope == "quotes" else ("articles_fts", [r[1] for r in rows])
        column = 0 if scope == "quotes" else 1
        marks = ",".join("?" * len(ids))
        marked = dict(conn.execute(
            f"SELECT rowid, highlight({table}, {column}, ?, ?) FROM {table} WHERE {table} MATCH ? AND rowid IN ({marks})",
            (*_MARKS, query, *ids),
        ))
        hit_articles = {r[1] for r in rows}
        # Without near-duplicates every hit is evidence; with them, only the hits' flags are read (behind their texts).
        evidence = (dict(self._articles_by_id("duplicate_of IS NULL", hit_articles)) if include_duplicates
                    else dict.fromkeys(hit_articles, True))
        articles, texts = self._articles(evidence.items(), with_text=True)
        quotes = {}
        if scope == "quotes":
            quotes = {
                r[0]: r[1:]
                for r in conn.execute(
                    "SELECT q.id, q.start, q.end, COALESCE(e.name, q.speaker_name) FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id "
                    f"WHERE q.id IN ({marks})", ids,
                )
            }
        hits = []
        for quote_id, article_id, rank in rows:
            article_text = texts[article_id]
            speaker = None
            if quote_id is not None:
                quote_start, quote_end, speaker = quotes[quote_id]
                matches = [(quote_start + s, quote_start + e) for s, e in _marked_spans(marked.get(quote_id) or "")]
                window = (quote_start, quote_end)
            else:
                matches = _marked_spans(marked.get(article_id) or "")
                window = (0, len(article_text))
            hits.append(SearchHit(
                article=articles[article_id], quote=quote_id,
                snippet=_snippet(article_text, matches, window), matches=tuple(Span(s, e, article_text[s:e]) for s, e in matches),
                score=round(-rank, 4), speaker=speaker,
            ))
        return hits

    # -- export

    @_translating_generator
    def export_rows(self, table: str) -> Iterator[dict[str, Any]]:
        conn = self.conn
        if table == "articles":
            cursor = conn.execute(
                "SELECT id, source, title, published, url, outlet, author, raw_format, duplicate_of, similarity, pipeline_version, "
                "ingested_at, analyzed_at, text FROM articles ORDER BY id"
            )
        elif table == "entities":
            for batch in _batches(conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities ORDER BY id"), 500):
                for entity in self._entities_from_rows(batch):
                    yield entity.to_dict()
            return
        elif table == "aliases":
            cursor = conn.execute("SELECT entity_id, kind, name, articles FROM entity_names ORDER BY entity_id, kind, articles DESC, name")
        elif table == "quotes":
            cursor = conn.execute(f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id")
            for batch in _batches(cursor, 500):
                for quote in self._quotes_from_rows(batch):
                    # A table row is flat: the article's id as ``article``, its other fields as columns.
                    row = quote.to_dict()
                    article = row.pop("article")
                    yield {**row, "article": article.pop("id"), **article}
            return
        elif table == "mentions":
            cursor = conn.execute(
                f"SELECT m.article_id, m.local_id AS article_entity, ae.entity_id, ae.type, m.start, m.end, {_TEXT.format('m')} "
                "FROM mentions m JOIN article_entities ae ON ae.article_id = m.article_id AND ae.local_id = m.local_id "
                "JOIN articles a ON a.id = m.article_id ORDER BY m.article_id, m.seq"
            )
        elif table == "claims":
            cursor = conn.execute(
                f"SELECT c.article_id, c.local_id AS id, {_TEXT.format('c')}, c.start, c.end, c.status, c.kind, c.checkworthy, "
                "c.source_entity_id, c.quote_local_id AS quote, c.data FROM claims c JOIN articles a ON a.id = c.article_id "
                "ORDER BY c.article_id, c.seq"
            )
        elif table == "events":
            cursor = conn.execute(
                "SELECT article_id, local_id AS id, type, start, end, actor_entity_id, target_entity_id, confidence, data "
                "FROM events ORDER BY article_id, seq"
            )
        elif table == "times":
            cursor = conn.execute(
                f"SELECT t.article_id, t.local_id AS id, {_TEXT.format('t')}, t.start, t.end, t.value, t.end_value, t.granularity, t.type "
                "FROM times t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.seq"
            )
        elif table == "techniques":
            cursor = conn.execute(
                f"SELECT t.article_id, t.technique, t.start, t.end, {_TEXT.format('t')}, t.score "
                "FROM techniques t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.seq"
            )
        else:
            raise InputError(f"unknown table {table!r}")
        columns = [d[0] for d in cursor.description]
        article_text: tuple[int, str] = (0, "")
        for row in cursor:
            record = dict(zip(columns, row))
            if "data" in record:
                if record["article_id"] != article_text[0]:  # rows come grouped by article
                    article_text = (record["article_id"], self.conn.execute(
                        "SELECT text FROM articles WHERE id = ?", (record["article_id"],)).fetchone()[0])
                record.update(restore(loads(record.pop("data")), article_text[1]))
            yield record


# --------------------------------------------------------------------------- helpers

_MARKS = ("\ue000", "\ue001")
# A record's text column, filled from the article when it was not stored twice (SQLite's substr
# counts characters from 1, Python's offsets from 0: both count code points).
_TEXT = "COALESCE({0}.text, substr(a.text, {0}.start + 1, {0}.end - {0}.start)) AS text"

# Words in nearly every article: in a query of plain words they only slow the search down (every
# article must be checked for "the") and do not change which articles rank first.
STOPWORDS = frozenset("a an and are as at be by for from has have in is it its of on or that the this to was were will with".split())
_FTS_SYNTAX = re.compile(r'["*():^+]|\b(?:AND|OR|NOT|NEAR)\b')


def _without_stopwords(query: str) -> str:
    """A plain-word query without its stopwords ("the Republican Party" → "Republican Party"); a query
    using FTS5 syntax (a "phrase", OR, NOT, prefix*) is left exactly as written."""
    if _FTS_SYNTAX.search(query):
        return query
    words = query.split()
    kept = [w for w in words if w.lower() not in STOPWORDS]
    return " ".join(kept or words)


def _article_ref(article_id: int, evidence: Any, source: str, title: str | None, outlet: str | None, published: str | None) -> ArticleRef:
    """The ``ArticleRef`` of an article from its ``_ARTICLE_REF_COLUMNS`` and its evidence flag (true: not a
    near-duplicate): the one place corpus records (quotes, claims, events, search hits) get their article's fields."""
    return ArticleRef(article_id, source, title, outlet, published or None, not evidence)


def _quote_record(local_id: str, text: str, start: int, end: int, kind: str, confidence: float, data: str) -> Quote:
    extra = loads(data)
    return Quote(
        id=local_id, text=text, start=start, end=end, kind=kind,
        cue=from_plain(Span | None, extra.get("cue")),
        speaker=from_plain(Speaker | None, extra.get("speaker")),
        via=from_plain(tuple[Via, ...], extra.get("via") or ()),
        confidence=confidence,
        parts=from_plain(tuple[Span, ...], extra.get("parts") or ()),
    )


# The stored fields of a claim and of an event, in the order ``_claim_record`` / ``_event_record`` read them.
_CLAIM_FIELDS = "local_id, text, start, end, status, kind, checkworthy, quote_local_id, data"
_EVENT_FIELDS = "local_id, type, confidence, data"


def _claim_record(row: tuple, text: str) -> Claim:
    local_id, claim_text, start, end, status, kind, checkworthy, quote_local_id, data = row
    return from_plain(Claim, {
        "id": local_id, "text": text[start:end] if claim_text is None else claim_text, "start": start, "end": end,
        "status": status, "kind": kind, "checkworthy": checkworthy, "quote": quote_local_id, **restore(loads(data), text),
    })


def _event_record(row: tuple, text: str) -> Event:
    local_id, event_type, confidence, data = row
    return from_plain(Event, {"id": local_id, "type": event_type, "confidence": confidence, **restore(loads(data), text)})


def _window(alias: str, window: Window, evidence: str) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) keeping the rows of ``alias`` inside ``window``;
    ``evidence`` is the condition that leaves near-duplicates out."""
    conditions: list[str] = []
    params: list[Any] = []
    if not window.include_duplicates:
        conditions.append(evidence)
    if window.since:
        conditions.append(f"{alias}.published >= ?")
        params.append(window.since)
    if window.until:
        conditions.append(f"{alias}.published <= ? AND {alias}.published != ''")
        params.append(window.until)
    if window.outlet:
        conditions.append(f"{alias}.outlet = ? COLLATE NOCASE")
        params.append(window.outlet)
    return conditions, params


def _among(column: str, ids: tuple[int, ...]) -> str:
    """``column IN (?, ...)`` for ``ids`` (no id: a condition nothing meets)."""
    return f"{column} IN ({','.join('?' * len(ids)) or 'NULL'})"


def _newest(cursor: Iterable[tuple], limit: int | None, key=lambda row: (row[0], row[1])) -> list[tuple]:
    """The first ``limit`` distinct rows of a newest-first cursor (a record found through two of the
    names or roles asked about comes once)."""
    seen: set = set()
    rows = []
    for row in cursor:
        if key(row) in seen:
            continue
        seen.add(key(row))
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


NO_OUTLET = "(no outlet)"
UNDATED = "undated"


_MARK = re.compile("[\ue000\ue001]")


def _marked_spans(marked: str) -> list[tuple[int, int]]:
    """Offsets, in the unmarked text, of the stretches FTS5 highlighted with ``_MARKS``."""
    spans, start = [], None
    for count, match in enumerate(_MARK.finditer(marked)):
        position = match.start() - count  # every marker before this one shifted the text by one
        if match.group() == _MARKS[0]:
            start = position
        elif start is not None:
            spans.append((start, position))
            start = None
    return spans


def _snippet(text: str, matches: list[tuple[int, int]], window: tuple[int, int]) -> Span:
    """A stretch of ``text`` inside ``window`` around the first match, cut at word boundaries."""
    low, high = window
    anchor = matches[0] if matches else (low, low)
    start = max(low, anchor[0] - SNIPPET_BEFORE)
    end = min(high, anchor[1] + SNIPPET_AFTER)
    if start > low:
        space = text.find(" ", start, anchor[0])
        start = space + 1 if space != -1 else start
    if end < high:
        space = text.rfind(" ", anchor[1], end)
        end = space if space != -1 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _batches(cursor: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    iterator = iter(cursor)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
