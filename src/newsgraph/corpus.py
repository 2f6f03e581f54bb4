"""A corpus of analysed news: ingest articles, store every record with its offsets, ask across articles.

```python
from newsgraph.corpus import Corpus

corpus = Corpus("newsgraph.db")
corpus.ingest(["feeds/", "archive.warc.gz"])        # read, analyse, store; returns an IngestReport
corpus.quotes(speaker="Putin", since="2022-01")    # CorpusQuote records, newest first
corpus.dossier("Lukashenko")                       # aliases, roles, quotes by and about, co-mentions
corpus.search('"joint command"')                   # SearchHit records with offsets of the matches
corpus.claims(status="unattributed", checkworthy=0.5)  # CorpusClaim records, newest first
corpus.events(type="THREATEN", actor="Lukashenko")     # CorpusEvent records, newest first
corpus.techniques(by="month")                          # TechniqueCount per month, with sentence shares
```

The command line mirrors this API (``newsgraph ingest``, ``quotes``, ``claims``, ``events``,
``techniques``, ``entities``, ``dossier``, ``search``, ``stats``, ``export``, ``reanalyze``), flag names matching keyword names. The database
is SQLite by default (``store/sqlite.py``); all SQL stays behind the ``store.Store`` interface.

Every quote, claim, event and search hit carries the article it was read from as one field,
``article`` (a ``types.ArticleRef``: id, source, title, outlet, date, near-duplicate flag); its
offsets point into that article's text.

Near-duplicates (wire copies with small edits) are stored and linked to their original but are not
new evidence: they are left out of counts, quotes and search unless ``include_duplicates=True``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, get_args

from .errors import InputError
from .ingest.base import domain_of
from .options import Options
from .store import Store, dedup, open_store
from .store.aliases import AliasGroup, load_alias_file
from .store.base import (
    ENTITY_SORTS,
    EXPORT_TABLES,
    SEARCH_SCOPES,
    TECHNIQUE_GROUPS,
    ArticleInput,
    ClaimQuery,
    EventQuery,
    QuoteQuery,
    TechniqueQuery,
    Window,
)
from .types import (
    PLOVER_TYPES,
    Analysis,
    Article,
    ClaimKind,
    ClaimStatus,
    CorpusArticle,
    CorpusClaim,
    CorpusEntity,
    CorpusEvent,
    CorpusQuote,
    Dossier,
    Failure,
    IngestReport,
    SearchHit,
    TechniqueCount,
)

DEFAULT_DB = "newsgraph.db"
DEFAULT_BATCH = 16

# on_progress(event, source): event is "ingested", "near_duplicate", "already_present",
# "reanalyzed", "skipped" or "failed".
Progress = Callable[[str, str], None]


def pipeline_version() -> str:
    """The version of what analyses articles: newsgraph and the spaCy pipeline, with its version.

    An article analysed by another version is *stale*; ``reanalyze`` brings it up to date.
    """
    from . import __version__, nlp

    name = nlp.model_name()
    try:
        from spacy.util import get_package_version

        model_version = get_package_version(name) or "unknown"
    except Exception:  # noqa: BLE001 - any failure to read metadata just means "unknown"
        model_version = "unknown"
    return f"newsgraph {__version__}; {name} {model_version}"


def outlet_of(article: Article, default: str | None = None) -> str | None:
    """The outlet of an article: as the reader gave it, else the domain of its URL, else ``default``."""
    if article.outlet and article.outlet.strip():
        return " ".join(article.outlet.split())
    return domain_of(article.url) or default


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_bound(value: str | dt.date | None, *, end: bool) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as an inclusive bound: "2022" is from 2022-01-01 (``end``: to 2022-12-31)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = value.strip()
    match = _PARTIAL_DATE.fullmatch(text)
    if not match:
        raise InputError(f"invalid date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            first = dt.date(int(year), int(month), 1)
            if not end:
                return first.isoformat()
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return (following - dt.timedelta(days=1)).isoformat()
        return f"{year}-12-31" if end else f"{year}-01-01"
    except ValueError:
        raise InputError(f"invalid date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD") from None


def _valid_published(value: str | None) -> str | None:
    """A reader's publication date if it is a real YYYY-MM-DD date, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


class Corpus:
    """A corpus of analysed news in one database (a SQLite file by default).

    Opening is lazy: queries open the database read-only (and refuse a missing one), ingesting
    creates it. Use as a context manager, or call ``close()``.
    """

    def __init__(self, location: str | os.PathLike = DEFAULT_DB):
        self.location = os.fspath(location)
        self._store: Store | None = None
        self._writable = False

    # -- lifecycle

    def _reader(self) -> Store:
        if self._store is None:
            self._store = open_store(self.location, readonly=True)
        return self._store

    def _writer(self) -> Store:
        if self._store is not None and not self._writable:
            self._store.close()
            self._store = None
        if self._store is None:
            self._store = open_store(self.location)
            self._writable = True
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.location!r})"

    # ======================================================================= writing

    def ingest(
        self,
        inputs: Iterable[str | os.PathLike | Article],
        *,
        analyze: bool = True,
        encoding: str | None = None,
        outlet: str | None = None,
        aliases: str | os.PathLike | None = None,
        batch_size: int = DEFAULT_BATCH,
        on_progress: Progress | None = None,
    ) -> IngestReport:
        """Read, analyse and store articles; each article is committed on its own.

        ``inputs`` are paths (files, directories, ``-`` for JSONL on standard input) or ``Article``
        records. An article whose exact text is stored already is skipped; a near-duplicate is
        stored and linked to its original. An input that cannot be read or analysed is reported in
        ``failed`` and the others go on. ``analyze=False`` stores the text only (``reanalyze``
        analyses it later); ``outlet`` is the outlet of articles that name none; ``aliases`` is an
        alias file applied first.
        """
        if batch_size < 1:
            raise InputError("batch_size must be at least 1")
        if isinstance(inputs, (str, os.PathLike, Article)):
            inputs = [inputs]  # one path, not the characters of a path
        store = self._writer()
        if aliases is not None:
            self.pin_aliases(aliases)
        version = pipeline_version() if analyze else None
        counts = {"ingested": 0, "near_duplicate": 0, "already_present": 0}
        failures: list[Failure] = []
        skipped: list[Failure] = []
        notify = on_progress or (lambda event, source: None)

        def fail(source: str, reason: str) -> None:
            failures.append(Failure(source, reason))
            notify("failed", source)

        def flush(pending: list[ArticleInput]) -> None:
            analyses = _analyze_batch([(p.article.text, _options(p.article)) for p in pending]) if analyze else [None] * len(pending)
            for item, analysis in zip(pending, analyses):
                if isinstance(analysis, Failure):
                    fail(analysis.source, analysis.reason)
                    continue
                try:
                    outcome = store.add_article(item, analysis, version)
                except InputError as error:
                    fail(item.article.source, str(error))
                    continue
                counts[outcome.status] += 1
                notify(outcome.status, item.article.source)

        pending: list[ArticleInput] = []
        hashes: set[str] = set()
        for item in _read(inputs, encoding):
            if isinstance(item, Failure):
                fail(item.source, item.reason)
                continue
            if isinstance(item, _Skipped):
                skipped.append(Failure(item.source, item.reason))
                notify("skipped", item.source)
                continue
            if not isinstance(item.text, str) or not item.text.strip():
                fail(item.source, "empty text, nothing to ingest")
                continue
            item = dataclasses.replace(item, published=_valid_published(item.published))
            fingerprint = dedup.fingerprint(item.text)
            if fingerprint.content_hash in hashes or store.contains(fingerprint.content_hash):
                counts["already_present"] += 1
                notify("already_present", item.source)
                continue
            hashes.add(fingerprint.content_hash)
            pending.append(ArticleInput(item, outlet_of(item, outlet), fingerprint))
            if len(pending) >= batch_size:
                flush(pending)
                pending, hashes = [], set()
        if pending:
            flush(pending)
        return IngestReport(
            ingested=counts["ingested"],
            near_duplicates=counts["near_duplicate"],
            already_present=counts["already_present"],
            failed=tuple(failures),
            skipped=tuple(skipped),
        )

    def reanalyze(self, *, all: bool = False, batch_size: int = DEFAULT_BATCH, on_progress: Progress | None = None) -> IngestReport:  # noqa: A002 - mirrors --all
        """Analyse again, from the stored text, every article the current pipeline did not analyse
        (``all=True``: every article). Each article's records are swapped in one transaction."""
        if batch_size < 1:
            raise InputError("batch_size must be at least 1")
        store = self._writer()
        version = pipeline_version()
        notify = on_progress or (lambda event, source: None)
        failures: list[Failure] = []
        done = 0
        ids = store.stale_articles(version, all)
        for start in range(0, len(ids), batch_size):
            stored = [store.stored_text(i) for i in ids[start : start + batch_size]]
            inputs = [(s.text, Options(published=_date(s.published), title=s.title, source=s.source)) for s in stored]
            for item, analysis in zip(stored, _analyze_batch(inputs)):
                if isinstance(analysis, Failure):
                    failures.append(analysis)
                    notify("failed", item.source)
                elif store.replace_analysis(item.id, analysis, version, item.pipeline_version):
                    done += 1
                    notify("reanalyzed", item.source)
                else:
                    notify("skipped", item.source)
        return IngestReport(reanalyzed=done, failed=tuple(failures))

    def pin_aliases(self, aliases: str | os.PathLike | Iterable[AliasGroup]) -> int:
        """Apply an alias / watchlist file (YAML or CSV, see ``store/aliases.py``): its names always
        mean its entity, and article entities so named are moved onto it. Returns how many moved."""
        groups = load_alias_file(aliases) if isinstance(aliases, (str, os.PathLike)) else list(aliases)
        return self._writer().pin(groups)

    # ======================================================================= reading

    def stats(self, *, include_duplicates: bool = False) -> dict[str, Any]:
        """Counts: articles (distinct stored texts, near-duplicates apart), quotes, entities, outlets..."""
        return self._reader().stats(include_duplicates, pipeline_version())

    def article(self, id: int) -> CorpusArticle | None:  # noqa: A002
        return self._reader().article(id)

    def analysis(self, id: int) -> Analysis | None:  # noqa: A002
        """The stored ``Analysis`` of an article, the same records ``analyze`` returned."""
        return self._reader().analysis(id)

    def raw(self, id: int) -> str | None:  # noqa: A002
        """The original input of an article (its HTML, feed entry...), or None for plain text."""
        return self._reader().raw(id)

    def find_entities(self, name: str) -> list[CorpusEntity]:
        """The entities ``name`` may mean, most likely first: those the corpus calls so (by name, alias,
        pinned alias, acronym, or ``#id``), most frequent first, then other persons of that surname."""
        if not name or not name.strip():
            raise InputError("give a name")
        store = self._reader()
        called = store.find_entities(name)
        seen = {e.id for e in called}
        return called + [e for e in store.find_entities(name, surnames=True) if e.id not in seen]

    def _called(self, name: str) -> list[CorpusEntity]:
        """The entities a query name means: those the corpus calls so, else every person of that surname."""
        if not name or not name.strip():
            raise InputError("give a name")
        store = self._reader()
        return store.find_entities(name) or store.find_entities(name, surnames=True)

    def entities(self, *, type: str | None = None, top: int | None = 20, sort: str = "articles", pinned: bool = False) -> list[CorpusEntity]:  # noqa: A002
        """The most present actors: by articles (default), mentions, quotes (spoken), about (quoted about) or outlets."""
        if sort not in ENTITY_SORTS:
            raise InputError(f"sort must be one of {', '.join(ENTITY_SORTS)}, not {sort!r}")
        if top is not None and top < 0:
            raise InputError("top must be 0 (all) or more")
        return self._reader().entities(type.upper() if type else None, top or None, sort, pinned)

    def _ids(self, name: str | int | None) -> tuple[int, ...] | None:
        if name is None:
            return None
        if isinstance(name, int):
            return (name,)
        return tuple(e.id for e in self._called(name))

    def quotes(
        self,
        *,
        speaker: str | int | None = None,
        about: str | int | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        outlet: str | None = None,
        include_duplicates: bool = False,
        limit: int | None = 100,
    ) -> list[CorpusQuote]:
        """The quote index, newest first: quotes by ``speaker``, whose content mentions ``about``,
        published between ``since`` and ``until`` (inclusive; YYYY, YYYY-MM or YYYY-MM-DD), in ``outlet``.

        A name means every entity the corpus calls so ("Putin": Vladimir Putin, and a surname-only
        Putin if some articles never give his first name); when none is, every person of that
        surname. An int is an entity id.
        """
        _check_limit(limit)
        query = QuoteQuery(
            window=self._window(since, until, outlet, include_duplicates),
            speaker_ids=self._ids(speaker),
            about_ids=self._ids(about),
            limit=limit or None,
        )
        if query.speaker_ids == () or query.about_ids == ():
            return []
        return self._reader().quotes(query)

    def _window(self, since, until, outlet: str | None, include_duplicates: bool) -> Window:
        return Window(
            since=date_bound(since, end=False), until=date_bound(until, end=True),
            outlet=" ".join(outlet.split()) if outlet else None, include_duplicates=include_duplicates,
        )

    def claims(
        self,
        *,
        status: str | None = None,
        source: str | int | None = None,
        about: str | int | None = None,
        checkworthy: float | None = None,
        kind: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        outlet: str | None = None,
        include_duplicates: bool = False,
        limit: int | None = 100,
    ) -> list[CorpusClaim]:
        """Claims, newest first: of a ``status`` (quoted, attributed, unattributed), whose ``source`` is an
        actor, whose text mentions ``about``, scored at least ``checkworthy`` (0-1), of a ``kind`` (fact,
        opinion, prediction), published between ``since`` and ``until``, in ``outlet``.

        A fact-checker's first question, unattributed check-worthy claims, is
        ``claims(status="unattributed", checkworthy=0.5)``. Names mean what they mean for ``quotes``.
        """
        _check_limit(limit)
        _one_of("status", status, _choices(ClaimStatus))
        _one_of("kind", kind, _choices(ClaimKind))
        _check_score("checkworthy", checkworthy)
        query = ClaimQuery(
            window=self._window(since, until, outlet, include_duplicates), status=status, kind=kind, checkworthy=checkworthy,
            source_ids=self._ids(source), about_ids=self._ids(about), limit=limit or None,
        )
        if query.source_ids == () or query.about_ids == ():
            return []
        return self._reader().claims(query)

    def events(
        self,
        *,
        type: str | None = None,  # noqa: A002 - mirrors --type
        actor: str | int | None = None,
        target: str | int | None = None,
        country: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        outlet: str | None = None,
        include_duplicates: bool = False,
        limit: int | None = 100,
    ) -> list[CorpusEvent]:
        """Events (PLOVER-coded), newest first: of a ``type`` (ACCUSE, THREATEN...), by ``actor``, against
        ``target``, involving ``country`` (ISO 3166 alpha-3 of the actor, target or location), published
        between ``since`` and ``until``, in ``outlet``."""
        _check_limit(limit)
        event_type = type.strip().upper() if type else None
        _one_of("type", event_type, PLOVER_TYPES)
        code = country.strip().upper() if country else None
        if code is not None and not re.fullmatch(r"[A-Z]{3}", code):
            raise InputError(f"country must be an ISO 3166 alpha-3 code (LTU, BLR, USA...), not {country!r}")
        query = EventQuery(
            window=self._window(since, until, outlet, include_duplicates), type=event_type, actor_ids=self._ids(actor),
            target_ids=self._ids(target), country=code, limit=limit or None,
        )
        if query.actor_ids == () or query.target_ids == ():
            return []
        return self._reader().events(query)

    def techniques(
        self,
        *,
        by: str = "outlet",
        technique: str | None = None,
        outlet: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        threshold: float | None = None,
        top: int = 3,
        include_duplicates: bool = False,
    ) -> list[TechniqueCount]:
        """Persuasion-technique spans per ``by`` (outlet, month or technique), with the share of sentences
        touched by a technique in each outlet or month and its ``top`` techniques (for a technique: its
        top outlets). ``technique`` and ``threshold`` (minimum score) narrow the spans counted; the
        sentence share is then left out (None), since it was counted at analysis time for any technique
        at the analysis threshold. The spans are a model's suggestions, not verdicts."""
        if by not in TECHNIQUE_GROUPS:
            raise InputError(f"by must be one of {', '.join(TECHNIQUE_GROUPS)}, not {by!r}")
        if technique is not None:
            from .extract.techniques import TECHNIQUES

            _one_of("technique", technique, TECHNIQUES)
        _check_score("threshold", threshold)
        if top < 0:
            raise InputError("top must be 0 or more")
        return self._reader().techniques(TechniqueQuery(
            by=by, window=self._window(since, until, outlet, include_duplicates), technique=technique, threshold=threshold, top=top,
        ))

    def dossier(self, name: str | int, *, limit: int = 10, include_duplicates: bool = False) -> Dossier:
        """One actor: aliases and roles seen, quotes by and about them, co-mentioned actors, articles per month.

        ``name`` may mean several entities; the dossier is of the most frequent, and the others are
        listed in ``other_matches``.
        """
        if limit < 1:
            raise InputError("limit must be at least 1")
        store = self._reader()
        # The most frequent of the entities the corpus calls so; others of that surname are listed after.
        matches = [m for m in [store.entity(name)] if m is not None] if isinstance(name, int) else self.find_entities(name)
        if not matches:
            raise InputError(f"no entity named {name!r} in {self.location}")
        dossier = store.dossier(matches[0], limit, include_duplicates)
        return dataclasses.replace(dossier, other_matches=tuple(matches[1:]))

    def search(self, text: str, *, scope: str = "articles", limit: int = 20, include_duplicates: bool = False) -> list[SearchHit]:
        """Full-text search over article titles and texts (``scope="quotes"``: quotes only), best first.

        ``text`` is FTS5 syntax ("exact phrase", OR, NOT, prefix*); text that is not valid syntax is
        searched as plain words. Words match their inflections (porter stemming), case and accents aside.
        BM25 ranks the 500 most recently stored matches (all, when fewer), so that a word found in
        half of a large corpus is still answered fast.
        """
        if scope not in SEARCH_SCOPES:
            raise InputError(f"scope must be one of {', '.join(SEARCH_SCOPES)}, not {scope!r}")
        if limit < 1:
            raise InputError("limit must be at least 1")
        return self._reader().search(text, scope, limit, include_duplicates)

    def export(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of one table as plain dicts (see ``store/export.py`` for the writers)."""
        if table not in EXPORT_TABLES:
            raise InputError(f"unknown table {table!r} (one of {', '.join(EXPORT_TABLES)})")
        return self._reader().export_rows(table)


# --------------------------------------------------------------------------- helpers


def _choices(literal: Any) -> tuple[str, ...]:
    return get_args(literal)


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise InputError("limit must be 0 (all) or more")


def _check_score(name: str, value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise InputError(f"{name} is a score from 0 to 1, not {value}")


def _one_of(name: str, value: str | None, allowed: Iterable[str]) -> None:
    if value is not None and value not in allowed:
        raise InputError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _options(article: Article) -> Options:
    return Options(published=_date(article.published), title=article.title, source=article.source)


@dataclasses.dataclass(frozen=True, slots=True)
class _Skipped:
    """A file the readers left out on purpose (an unknown type found in a directory)."""

    source: str
    reason: str


def _read(inputs: Iterable[str | os.PathLike | Article], encoding: str | None) -> Iterator[Article | Failure | _Skipped]:
    """Articles from paths (through the ingest readers) and Article records, in order."""
    from .ingest import ReadFailure, read_articles

    def paths_then_records() -> Iterator[Article | Failure]:
        run: list[str] = []
        for item in inputs:
            if isinstance(item, Article):
                if run:
                    yield from read_articles(run, encoding)
                    run = []
                yield item
            else:
                run.append(os.fspath(item))
        if run:
            yield from read_articles(run, encoding)

    for item in paths_then_records():
        if isinstance(item, ReadFailure):
            yield (_Skipped if getattr(item, "skipped", False) else Failure)(item.source, item.reason)
        else:
            yield item


def _analyze_batch(items: list[tuple[str, Options]]) -> list[Analysis | Failure]:
    """Analyse a batch; an article whose analysis fails becomes a Failure and the others go on."""
    from . import nlp
    from .analyze import analyze_doc

    texts = [text for text, _ in items]
    try:
        docs = list(nlp.parse_many(texts, batch_size=max(1, len(texts))))
    except Exception:  # noqa: BLE001 - isolate the text that breaks the parser, below
        docs = []
        for text in texts:
            try:
                docs.append(nlp.parse(text))
            except Exception as error:  # noqa: BLE001
                docs.append(error)
    results: list[Analysis | Failure] = []
    for (_, options), doc in zip(items, docs):
        if isinstance(doc, Exception):
            results.append(Failure(options.source, f"cannot parse: {type(doc).__name__}: {doc}"))
            continue
        try:
            results.append(analyze_doc(doc, options))
        except Exception as error:  # noqa: BLE001 - one article's failure must not stop the corpus
            results.append(Failure(options.source, f"analysis failed: {type(error).__name__}: {error}"))
    return results


__all__ = ["Corpus", "DEFAULT_DB", "date_bound", "outlet_of", "pipeline_version"]
