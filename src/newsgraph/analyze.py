"""Analyse one article: ``bare_analyze(text, options)`` returns the records, ``analyze()`` is the
friendly front door, and ``analyze_many()`` parses a stream of articles in batches.

Stages run in dependency order on one parsed ``Doc``: entities (with speaker coreference), quotes,
times, claims (which need quotes and times), events, persuasion techniques.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from . import __version__, nlp
from .errors import EmptyText
from .extract.claims import extract_claims
from .extract.entities import extract_entities
from .extract.events import extract_events
from .extract.quantities import find_quantities
from .extract.quotes import extract_quotes
from .extract.techniques import extract_techniques, summarize_techniques
from .extract.times import extract_times
from .options import Options, parse_date
from .types import Analysis, Document

# Below this share of English function words a text is probably not English (see nlp.english_share).
ENGLISH_SHARE_FLOOR = 0.15
MIN_WORDS_FOR_LANGUAGE_CHECK = 20


def document_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _check_text(text: str, source: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyText(f"{source}: empty text, nothing to analyse")


def analyze_doc(doc: Doc, options: Options) -> Analysis:
    """Run every extractor on a parsed document."""
    text = nlp.doc_text(doc)
    warnings: list[str] = []
    words, english = nlp.language_counts(doc)
    if words >= MIN_WORDS_FOR_LANGUAGE_CHECK and english < ENGLISH_SHARE_FLOOR:
        warnings.append("the text does not look like English: entities, quotes and claims may be incomplete")

    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    times = extract_times(doc, options.published)
    quantities = find_quantities(doc)
    claims = extract_claims(doc, quotes, times, entities, quantities)
    events = extract_events(doc, entities, times, quotes, quantities)
    techniques = extract_techniques(doc, options.technique_threshold)

    document = Document(
        id=document_id(text),
        source=options.source,
        title=options.title,
        published=options.published.isoformat() if options.published else None,
        text=text,
    )
    return Analysis(
        document=document,
        entities=entities.entities(),
        quotes=quotes,
        times=times,
        claims=claims,
        events=events,
        techniques=techniques,
        summary={"techniques": summarize_techniques(doc, techniques)},
        warnings=tuple(warnings),
        pipeline={"newsgraph": __version__, "spacy_model": nlp.model_name()},
    )


def bare_analyze(text: str, options: Options | None = None) -> Analysis:
    """Analyse ``text`` with ``options``; ``text`` is kept exactly as given."""
    options = options or Options()
    _check_text(text, options.source)
    return analyze_doc(nlp.parse(text), options)


def analyze(
    text: str,
    published: str | dt.date | None = None,
    *,
    title: str | None = None,
    source: str = "-",
    technique_threshold: float | None = None,
) -> Analysis:
    """Analyse one article: ``newsgraph.analyze(text, published="2022-12-16").to_dict()``."""
    options = Options(published=parse_date(published), title=title, source=source)
    if technique_threshold is not None:
        options = options.with_(technique_threshold=technique_threshold)
    return bare_analyze(text, options)


_frozen = False


def _freeze_loaded() -> None:
    """Once per process, after the first analysis: move every object alive then out of the cyclic
    garbage collector's sight (``gc.freeze``).

    By then the spaCy pipeline and every extractor's model and lexicons are loaded, for good: a
    few hundred thousand objects that each full collection would otherwise walk again, while the
    extractors allocate enough to trigger collections many times per article (they cost several
    percent of analysis time). Objects are still freed by reference counting as usual.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()  # garbage alive now would never be collected once frozen
        gc.freeze()


def analyze_many(items: Iterable[tuple[str, Options]], batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse ``(text, options)`` pairs in order, parsing them in batches (faster than one by one)."""
    pending: list[tuple[str, Options]] = []

    def flush() -> Iterator[Analysis]:
        docs = nlp.parse_many((text for text, _ in pending), batch_size=batch_size)
        for (_, options), doc in zip(pending, docs):
            analysis = analyze_doc(doc, options)
            _freeze_loaded()
            yield analysis
        pending.clear()

    for text, options in items:
        _check_text(text, options.source)
        pending.append((text, options))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()
