"""Check-worthiness: how much a sentence looks like a factual claim a fact-checker would verify.

The model is a TF-IDF bag of features over spaCy tokens (words and word pairs with numbers folded
into ``<num>``, part-of-speech tags, entity types, a length bucket) and a logistic regression,
trained by ``newsgraph train checkworthy`` on ClaimBuster (see docs/models.md). It ships as a
small gzipped JSON file, so loading it needs neither pickles nor a particular scikit-learn: the
arithmetic below reproduces ``TfidfVectorizer(sublinear_tf=True, norm="l2")`` followed by
``LogisticRegression.predict_proba``, and training checks that parity before it saves.

Features come from tokens the article's parse already has, so scoring costs no extra spaCy pass;
``score_spans`` scores all sentences of a document in one call.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span

from ..errors import NewsgraphError
from ..nlp import distinct_strings
from .coref import Tokens

MODEL_FORMAT = "newsgraph.checkworthy/1"
MODEL_FILE = "checkworthy.json.gz"
# Bump when claim_features changes: a model trained on other features must not load silently.
FEATURE_VERSION = 1

NUMBER = "<num>"
# Features longer than this many tokens are cut: a 5,000-word "sentence" costs no more than this.
MAX_TOKENS = 200
_LENGTH_BUCKETS = ((5, "len<=5"), (10, "len<=10"), (20, "len<=20"), (40, "len<=40"))
_KEPT_SYMBOLS = frozenset({"%", "$", "€", "£"})


class ModelError(NewsgraphError):
    """A shipped or user-given model file is missing, unreadable or of another format."""


class TokenTable:
    """Per-token attributes of a whole ``Doc`` read once with ``Doc.to_array``, as plain lists.

    Features and claim rules run over lists of strings and ints instead of creating spaCy
    ``Token`` objects again and again: on a 1,000-word article that is most of their cost.
    """

    _ATTRS = ["IDX", "LOWER", "POS", "TAG", "HEAD", "ENT_IOB", "ENT_TYPE", "LIKE_NUM", "IS_PUNCT", "IS_SPACE", "SENT_START"]

    def __init__(self, doc: Doc, tokens: Tokens | None = None):
        """``tokens``: the coreference token table of ``doc`` when the caller has it (the entity
        extractor's); its lists are shared, not decoded again."""
        self.doc = doc
        n = len(doc)
        if n and tokens is not None and tokens.doc is doc:
            array = doc.to_array(["LIKE_NUM", "SENT_START"]).reshape(n, 2)
            self.idx, self.lower, self.pos, self.tag, self.head = tokens.idx, tokens.lower, tokens.pos, tokens.tag, tokens.head
            self.ent_begins = tokens.entity_begins()
            self.ent_type, self.is_punct, self.is_space = tokens.ent, tokens.punct, tokens.space
            tag_features = {tag: "pos=" + tag for tag in set(self.tag)}
            self.tag_feature = list(map(tag_features.__getitem__, self.tag))
            self._finish(n, array[:, 0].astype(bool).tolist(), array[:, 1])
        elif n:
            array = doc.to_array(self._ATTRS)  # uint64: string hashes, and head offsets modulo 2**64
            strings = doc.vocab.strings

            def text_of(column: int, *prefixes: str) -> list[list[str]]:
                """The column's string per token, and the same with each prefix put before it."""
                names, positions = distinct_strings(strings, array[:, column])
                positions = positions.tolist()
                spellings = [names] + [[prefix + name for name in names] for prefix in prefixes]
                return [[spelled[position] for position in positions] for spelled in spellings]

            self.idx: list[int] = array[:, 0].tolist()
            (self.lower,) = text_of(1)
            (self.pos,) = text_of(2)
            self.tag, self.tag_feature = text_of(3, "pos=")  # the feature strings made once per distinct tag
            self.head = (array[:, 4].astype(np.int64) + np.arange(n)).tolist()
            self.ent_begins = (array[:, 5] == 3).tolist()
            (self.ent_type,) = text_of(6)
            self.is_punct = array[:, 8].astype(bool).tolist()
            self.is_space = array[:, 9].astype(bool).tolist()
            self._finish(n, array[:, 7].astype(bool).tolist(), array[:, 10])
        else:
            self.idx, self.lower, self.pos, self.tag, self.head, self.ent_begins = [], [], [], [], [], []
            self.ent_type, self.is_punct, self.is_space, self.word, self.tag_feature = [], [], [], [], []
            self.sentence_starts = []

    def _finish(self, n: int, like_num: list[bool], sentence_start: np.ndarray) -> None:
        """The sentence starts and the words features read (numbers folded to ``NUMBER``)."""
        starts = np.flatnonzero(sentence_start.astype(np.int64) == 1).tolist()
        self.sentence_starts: list[int] = starts if starts and starts[0] == 0 else [0, *starts]
        self.word = [
            NUMBER if like_num[i] or (self.tag[i] == "CD" and any(c.isdigit() for c in self.lower[i])) else self.lower[i]
            for i in range(n)
        ]

    def sentences(self) -> Iterator[Span]:
        """The document's sentences, as ``doc.sents`` gives them but without its per-token walk."""
        bounds = self.sentence_starts + [len(self.idx)]
        for start, end in zip(bounds, bounds[1:]):
            if end > start:
                yield self.doc[start:end]

    def features(self, start: int, end: int) -> list[str]:
        """The features of tokens ``start:end`` (see ``claim_features``)."""
        features: list[str] = []
        words: list[str] = []
        length = 0
        for i in range(start, min(end, len(self.idx))):
            if self.is_space[i]:
                continue
            length += 1
            if length > MAX_TOKENS:
                break
            features.append(self.tag_feature[i])
            if self.ent_begins[i]:
                features.append("ent=" + self.ent_type[i])
            if self.is_punct[i] and self.lower[i] not in _KEPT_SYMBOLS:
                continue
            words.append(self.word[i])
        features.extend(words)
        features.extend(f"{a} {b}" for a, b in zip(words, words[1:]))
        features.append(next((name for limit, name in _LENGTH_BUCKETS if length <= limit), "len>40"))
        return features


def claim_features(tokens: Doc | Span) -> list[str]:
    """The features of one sentence: what both training and scoring see.

    Words (lower-cased, numbers folded to ``<num>``) and adjacent word pairs, one ``pos=`` feature
    per fine-grained tag (comparatives, numbers, past tense, modals carry much of the signal), one
    ``ent=`` feature per named entity, and a length bucket.
    """
    if isinstance(tokens, Doc):
        return TokenTable(tokens).features(0, len(tokens))
    return TokenTable(tokens.doc).features(tokens.start, tokens.end)


class CheckworthyModel:
    """A trained check-worthiness model: feature weights folded with their IDF, and an intercept."""

    def __init__(self, features: dict[str, tuple[float, float]], intercept: float, sublinear_tf: bool = True, metadata: dict | None = None):
        self.idf = {name: idf for name, (idf, _) in features.items()}
        self.coef = {name: coef for name, (_, coef) in features.items()}
        self._weights = {name: (float(idf), float(coef)) for name, (idf, coef) in features.items()}  # one lookup per feature when scoring
        self.intercept = float(intercept)
        self.sublinear_tf = sublinear_tf
        self.metadata = metadata or {}

    # ------------------------------------------------------------------ files

    def to_json(self) -> dict:
        return {
            "format": MODEL_FORMAT,
            "feature_version": FEATURE_VERSION,
            "sublinear_tf": self.sublinear_tf,
            "intercept": self.intercept,
            "features": {name: [self.idf[name], self.coef[name]] for name in sorted(self.idf)},
            "metadata": self.metadata,
        }

    def save(self, path: Path) -> None:
        """Write the model as gzipped JSON; the same model always gives the same bytes."""
        payload = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as handle:
            handle.write(payload)

    @classmethod
    def from_json(cls, obj: dict, origin: str = "model") -> "CheckworthyModel":
        if not isinstance(obj, dict) or obj.get("format") != MODEL_FORMAT:
            raise ModelError(f"{origin}: not a {MODEL_FORMAT} model")
        if obj.get("feature_version") != FEATURE_VERSION:
            raise ModelError(
                f"{origin}: trained on feature version {obj.get('feature_version')}, this newsgraph computes version "
                f"{FEATURE_VERSION}; retrain with `newsgraph train checkworthy`"
            )
        features = {name: (float(idf), float(coef)) for name, (idf, coef) in obj["features"].items()}
        return cls(features, obj["intercept"], bool(obj.get("sublinear_tf", True)), obj.get("metadata") or {})

    @classmethod
    def load(cls, path: Path | str) -> "CheckworthyModel":
        path = Path(path)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                obj = json.load(handle)
        except FileNotFoundError:
            raise ModelError(f"{path}: check-worthiness model not found (train it with `newsgraph train checkworthy`)") from None
        except (OSError, EOFError, ValueError) as error:
            raise ModelError(f"{path}: unreadable check-worthiness model ({error})") from None
        return cls.from_json(obj, str(path))

    # ------------------------------------------------------------------ scoring

    def score_features(self, features: Sequence[str]) -> float:
        """Probability (0..1) that a sentence with these features is check-worthy."""
        weights, sublinear = self._weights, self.sublinear_tf
        squares = dot = 0.0
        known = False
        for name, count in Counter(features).items():  # counted in C, in order of first appearance
            weight = weights.get(name)
            if weight is None:
                continue
            known = True
            value, coef = weight
            if count > 1:
                value *= 1.0 + math.log(count) if sublinear else float(count)
            squares += value * value
            dot += value * coef
        if not known:
            return _sigmoid(self.intercept)
        return _sigmoid(self.intercept + dot / math.sqrt(squares))

    def score_spans(self, spans: Iterable[Span | Doc], table: TokenTable | None = None) -> list[float]:
        """Scores for many spans (or whole docs) at once, in order (``table``: the token table of
        their document, when the caller has one already)."""
        scores = []
        for span in spans:
            doc, start, end = (span, 0, len(span)) if isinstance(span, Doc) else (span.doc, span.start, span.end)
            if table is None or table.doc is not doc:
                table = TokenTable(doc)
            scores.append(self.score_features(table.features(start, end)))
        return scores


def _sigmoid(margin: float) -> float:
    if margin >= 0:
        return 1.0 / (1.0 + math.exp(-margin))
    exp = math.exp(margin)
    return exp / (1.0 + exp)


def shipped_model_path() -> Path:
    """Where the model shipped inside the package lives."""
    return Path(__file__).resolve().parent.parent / "models" / MODEL_FILE


@lru_cache(maxsize=1)
def shipped_model() -> CheckworthyModel:
    """The model shipped in the package, loaded once per process."""
    return CheckworthyModel.load(shipped_model_path())


def score_spans(spans: Iterable[Span], table: TokenTable | None = None) -> list[float]:
    """Check-worthiness of each span with the shipped model."""
    return shipped_model().score_spans(spans, table)
