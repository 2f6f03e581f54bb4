"""Persuasion techniques (the 14 SemEval-2020 Task 11 labels), span by span, with a small linear model.

How it reads a document
-----------------------
Every non-space token gets a probability for each technique from one logistic regression per
technique (trained by ``newsgraph train techniques`` on the PTC corpus, see docs/models.md). Its
features are cheap views of the parse spaCy already made:

- *unit features* of the token and of its neighbours up to ``WINDOW`` tokens away in the same
  sentence: lowercase form, lemma, POS and fine tag, dependency label, shape, suffix, entity type,
  all-caps ("shouting"), inside quotation marks, and how often its lemma recurs in the article
  (repetition is one of the techniques);
- *context features* of the token alone: its head, the word bigrams around it, where it sits in the
  sentence, and cues of the whole sentence (exclamation, question, first/second person, modal,
  negation, superlative, quote marks, length, the title line);
- *dense features*: the pipeline's own contextual token vectors (``doc.tensor``) of the token and
  its neighbours, and their sentence mean, when the document was parsed by the pipeline the model
  was trained with (otherwise a sparse-only model of the same recipe is used).

Because the model is linear, the neighbour features are never spelled out at run time: each
token's unit features are scored once per window offset and the scores are shifted into place.

Spans are runs of consecutive tokens of one sentence whose calibrated score for a technique is at
least ``threshold``; a span's score is the mean over its tokens. Scores are calibrated per technique
so that 0.5 is the operating point that gave the best span F1 on held-out training articles (see
docs/models.md): lower thresholds find more, less precisely. The output is a suggestion for a
human reader, not a verdict.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from spacy.tokens import Doc

from ..types import Technique

# The SemEval-2020 Task 11 technique names, exactly as the task spells them, in its order.
TECHNIQUES = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)

FEATURE_VERSION = 1  # bump when the features change: a model trained on other features is refused
WINDOW = 2  # unit features of neighbours up to this many tokens away (same sentence) count
DENSE_WINDOW = 1  # contextual vectors of neighbours up to this many tokens away count
MODEL_FILE = "techniques.npz"
DISCLAIMER = (
    "Persuasion-technique spans are a statistical model's suggestions for a human reader, not a verdict: "
    "it marks passages that resemble those annotated in propaganda-technique training data."
)
TOP_TECHNIQUES = 5

_OPEN_QUOTES = frozenset("“‘«„‹")
_CLOSE_QUOTES = frozenset("”’»›")
_TOGGLE_QUOTES = frozenset('"')
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_MODALS = frozenset({"must", "should", "need", "have", "ought"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "nobody", "none", "nor"})


class TechniqueModelError(RuntimeError):
    """The technique model file is missing, unreadable or made for other features."""


def shipped_model_path() -> Path:
    """Where the model shipped in the package lives."""
    return Path(__file__).resolve().parent.parent / "models" / MODEL_FILE


# --------------------------------------------------------------------------- features


@dataclass
class DocFeatures:
    """The feature view of one document: one row per non-space token ("unit")."""

    tokens: list[int]  # doc token index of each unit
    sentence: np.ndarray  # sentence number of each unit
    unit: list[list[str]]  # unit features (scored at every window offset)
    context: list[list[str]]  # context features (scored for the token itself only)
    dense: np.ndarray | None  # (units, width) contextual vectors, or None when the doc has none


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


def _quote_flags(doc: Doc, units: list[int]) -> list[bool]:
    """Whether each unit lies inside quotation marks (the marks themselves count as inside).

    Straight double quotes toggle; curly ones open and close; a paragraph break closes everything,
    so a stray mark cannot put the rest of the article in quotes.
    """
    flags = []
    depth = 0
    straight_open = False
    for i in units:
        token = doc[i]
        text = token.text
        if i > 0 and ("\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and "\n" in doc[i - 1].text)):
            depth, straight_open = 0, False
        first = text[0]
        if first in _OPEN_QUOTES and len(text) == 1 and first != "’":
            depth += 1
            flags.append(True)
        elif first in _CLOSE_QUOTES and len(text) == 1:
            flags.append(depth > 0 or straight_open)
            depth = max(depth - 1, 0)
        elif text in _TOGGLE_QUOTES or text in ("''", "``"):
            flags.append(True)
            straight_open = not straight_open
        else:
            flags.append(depth > 0 or straight_open)
    return flags


def doc_features(doc: Doc, dense_width: int | None = None) -> DocFeatures:
    """Features of every non-space token of ``doc`` (see the module docstring)."""
    units = [t.i for t in doc if not t.is_space]
    sentence_of = np.zeros(len(doc), dtype=np.int64)
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for number, sent in enumerate(sentences):
        sentence_of[sent.start : sent.end] = number
    sentence = sentence_of[units] if units else np.zeros(0, dtype=np.int64)

    lemmas = [doc[i].lemma_.lower() for i in units]
    content = [doc[i].is_alpha and not doc[i].is_stop for i in units]
    lemma_count = Counter(lemma for lemma, is_content in zip(lemmas, content) if is_content)
    bigrams = [(lemmas[k], lemmas[k + 1]) for k in range(len(units) - 1)]
    bigram_count = Counter(b for b, k in zip(bigrams, range(len(bigrams))) if content[k] or content[k + 1])
    seen: set[str] = set()
    first_sentence = int(sentence[0]) if len(units) else 0
    title_lemmas = {lemma for lemma, s, c in zip(lemmas, sentence, content) if s == first_sentence and c}
    quoted = _quote_flags(doc, units)

    sentence_cues = {}
    for number, sent in enumerate(sentences):
        words = [t for t in sent if not t.is_space]
        lowers = {t.lower_ for t in words}
        cues = [f"slen={_bucket(len(words), (3, 7, 15, 30, 50))}"]
        if number == first_sentence:
            cues.append("stitle")
        if "!" in lowers:
            cues.append("s!")
        if "?" in lowers:
            cues.append("s?")
        if lowers & _FIRST_PLURAL:
            cues.append("swe")
        if lowers & _SECOND_PERSON:
            cues.append("syou")
        if lowers & _MODALS:
            cues.append("smodal")
        if lowers & _NEGATIONS:
            cues.append("sneg")
        if any(t.tag_ in ("JJS", "RBS") for t in words):
            cues.append("ssup")
        if any(t.is_upper and len(t) > 2 and t.is_alpha for t in words):
            cues.append("scaps")
        if any(t.text in ('"', "“", "”") for t in words):
            cues.append("squote")
        sentence_cues[number] = (cues, sent.start, sent.end)

    unit_features: list[list[str]] = []
    context_features: list[list[str]] = []
    for k, i in enumerate(units):
        token = doc[i]
        lower = token.lower_
        lemma = lemmas[k]
        feats = [
            "w=" + lower,
            "l=" + lemma,
            "p=" + token.pos_,
            "t=" + token.tag_,
            "d=" + token.dep_,
            "s=" + token.shape_[:5],
            "x=" + lower[-3:],
        ]
        if token.ent_type_:
            feats.append("e=" + token.ent_type_)
        if token.is_upper and len(token) > 2 and token.is_alpha:
            feats.append("caps")
        if quoted[k]:
            feats.append("q")
        if content[k]:
            count = lemma_count[lemma]
            if count > 1:
                feats.append(f"rep={_bucket(count, (2, 3, 5))}")
            if lemma in seen:
                feats.append("seen")
            seen.add(lemma)
            if lemma in title_lemmas and sentence[k] != first_sentence:
                feats.append("intitle")
        unit_features.append(feats)

        head = token.head
        cues, s_start, s_end = sentence_cues[int(sentence[k])]
        ctx = list(cues)
        ctx.append("hl=" + head.lemma_.lower())
        ctx.append("dh=" + token.dep_ + ">" + head.pos_)
        previous_lower = doc[units[k - 1]].lower_ if k > 0 and sentence[k - 1] == sentence[k] else "<s>"
        next_lower = doc[units[k + 1]].lower_ if k + 1 < len(units) and sentence[k + 1] == sentence[k] else "</s>"
        ctx.append("b-=" + previous_lower + "|" + lower)
        ctx.append("b+=" + lower + "|" + next_lower)
        position = i - s_start
        ctx.append(f"pos={_bucket(position, (0, 1, 3, 8))}")
        if i == s_end - 1 or (i + 1 < len(doc) and doc[i + 1].is_space and i + 2 >= s_end):
            ctx.append("last")
        if k + 1 < len(units) and bigram_count[bigrams[k]] > 1:
            ctx.append("repbi")
        if k > 0 and bigram_count[bigrams[k - 1]] > 1:
            ctx.append("repbi-")
        context_features.append(ctx)

    dense = None
    tensor = doc.tensor
    if isinstance(tensor, np.ndarray) and tensor.ndim == 2 and tensor.shape[0] == len(doc) and tensor.shape[1] > 0:
        if dense_width is None or tensor.shape[1] == dense_width:
            dense = np.asarray(tensor[units], dtype=np.float32) if units else np.zeros((0, tensor.shape[1]), np.float32)
    return DocFeatures(units, sentence, unit_features, context_features, dense)


def shift_matrix(sentence: np.ndarray, offset: int) -> sparse.csr_matrix:
    """``P`` with ``(P @ X)[i] = X[i + offset]`` when unit ``i + offset`` is in the same sentence, else 0."""
    n = len(sentence)
    rows = np.arange(n)
    cols = rows + offset
    ok = (cols >= 0) & (cols < n)
    rows, cols = rows[ok], cols[ok]
    same = sentence[rows] == sentence[cols]
    rows, cols = rows[same], cols[same]
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, n))


def dense_block(features: DocFeatures, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The dense features of every unit: standardised vectors at offsets -DENSE_WINDOW..+DENSE_WINDOW, then the sentence mean."""
    vectors = (features.dense - mean) / scale
    parts = []
    for offset in range(-DENSE_WINDOW, DENSE_WINDOW + 1):
        parts.append(vectors if offset == 0 else shift_matrix(features.sentence, offset) @ vectors)
    n = len(features.sentence)
    sentence_mean = np.zeros_like(vectors)
    if n:
        ids, inverse, counts = np.unique(features.sentence, return_inverse=True, return_counts=True)
        sums = np.zeros((len(ids), vectors.shape[1]), dtype=np.float64)
        np.add.at(sums, inverse, vectors)
        sentence_mean = (sums / counts[:, None])[inverse].astype(np.float32)
    parts.append(sentence_mean)
    return np.hstack(parts).astype(np.float32)


def index_rows(rows: list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """One-hot rows over ``vocabulary`` (unknown features are dropped)."""
    indptr = [0]
    indices: list[int] = []
    get = vocabulary.get
    for feats in rows:
        for feature in feats:
            j = get(feature)
            if j is not None:
                indices.append(j)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    matrix = sparse.csr_matrix((data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)), shape=(len(rows), len(vocabulary)))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    return matrix


# --------------------------------------------------------------------------- the model


@dataclass
class TechniqueModel:
    """One logistic regression per technique over the features above, with calibrated thresholds.

    Weights: ``unit_weights`` is ``(2*WINDOW+1, units, techniques)`` (offset -WINDOW first),
    ``context_weights`` ``(contexts, techniques)``, ``dense_weights`` ``(dense features, techniques)``
    or None for the sparse-only variant; ``thresholds`` are the per-technique probabilities that map
    to a calibrated score of 0.5.
    """

    unit_vocabulary: dict[str, int]
    context_vocabulary: dict[str, int]
    unit_weights: np.ndarray
    context_weights: np.ndarray
    bias: np.ndarray
    thresholds: np.ndarray
    dense_weights: np.ndarray | None = None
    dense_mean: np.ndarray | None = None
    dense_scale: np.ndarray | None = None
    pipeline: str = ""  # "name version" of the spaCy pipeline whose doc.tensor the dense weights fit
    meta: dict | None = None

    @property
    def dense_width(self) -> int | None:
        return None if self.dense_mean is None else int(self.dense_mean.shape[0])

    def logits(self, features: DocFeatures, use_dense: bool = True) -> np.ndarray:
        """Raw logits, ``(units, techniques)``."""
        n = len(features.tokens)
        k = len(self.bias)
        out = np.tile(self.bias.astype(np.float32), (n, 1))
        if n == 0:
            return out
        units = index_rows(features.unit, self.unit_vocabulary)
        # Score each unit's own features once per window offset, then move the scores to the unit
        # that sees them at that offset: identical to spelling out the neighbour features.
        per_offset = units @ self.unit_weights.transpose(1, 0, 2).reshape(len(self.unit_vocabulary), -1)
        per_offset = np.asarray(per_offset, dtype=np.float32).reshape(n, 2 * WINDOW + 1, k)
        for slot, offset in enumerate(range(-WINDOW, WINDOW + 1)):
            block = per_offset[:, slot, :]
            out += block if offset == 0 else shift_matrix(features.sentence, offset) @ block
        out += np.asarray(index_rows(features.context, self.context_vocabulary) @ self.context_weights, dtype=np.float32)
        if use_dense and self.dense_weights is not None and features.dense is not None:
            out += dense_block(features, self.dense_mean, self.dense_scale) @ self.dense_weights
        return out

    def calibrated(self, features: DocFeatures, use_dense: bool = True) -> np.ndarray:
        """Scores in 0..1 per unit and technique, 0.5 at each technique's calibrated threshold."""
        shift = np.log(self.thresholds / (1.0 - self.thresholds)).astype(np.float32)
        return 1.0 / (1.0 + np.exp(-(self.logits(features, use_dense) - shift)))

    def save(self, path: Path) -> None:
        arrays = {
            "unit_weights": self.unit_weights.astype(np.float16),
            "context_weights": self.context_weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
            "thresholds": self.thresholds.astype(np.float64),
        }
        if self.dense_weights is not None:
            arrays["dense_weights"] = self.dense_weights.astype(np.float32)
            arrays["dense_mean"] = self.dense_mean.astype(np.float32)
            arrays["dense_scale"] = self.dense_scale.astype(np.float32)
        header = {
            "feature_version": FEATURE_VERSION,
            "window": WINDOW,
            "dense_window": DENSE_WINDOW,
            "techniques": list(TECHNIQUES),
            "unit_vocabulary": sorted(self.unit_vocabulary, key=self.unit_vocabulary.get),
            "context_vocabulary": sorted(self.context_vocabulary, key=self.context_vocabulary.get),
            "pipeline": self.pipeline,
            "meta": self.meta or {},
        }
        arrays["header"] = np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), dtype=np.uint8)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            np.savez_compressed(handle, **arrays)

    @classmethod
    def load(cls, path: Path) -> "TechniqueModel":
        try:
            with np.load(path, allow_pickle=False) as archive:
                header = json.loads(bytes(archive["header"]).decode("utf-8"))
                arrays = {name: archive[name] for name in archive.files if name != "header"}
        except FileNotFoundError:
            raise TechniqueModelError(f"{path}: technique model not found (train one with `newsgraph train techniques`)") from None
        except (OSError, ValueError, KeyError) as error:
            raise TechniqueModelError(f"{path}: not a technique model ({error})") from None
        if header.get("feature_version") != FEATURE_VERSION or header.get("window") != WINDOW or header.get("dense_window") != DENSE_WINDOW:
            raise TechniqueModelError(f"{path}: made for other features (version {header.get('feature_version')}), retrain it")
        if tuple(header.get("techniques", ())) != TECHNIQUES:
            raise TechniqueModelError(f"{path}: its techniques are not the 14 SemEval-2020 labels")
        return cls(
            unit_vocabulary={f: i for i, f in enumerate(header["unit_vocabulary"])},
            context_vocabulary={f: i for i, f in enumerate(header["context_vocabulary"])},
            unit_weights=arrays["unit_weights"].astype(np.float32),
            context_weights=arrays["context_weights"].astype(np.float32),
            bias=arrays["bias"].astype(np.float32),
            thresholds=arrays["thresholds"].astype(np.float64),
            dense_weights=arrays.get("dense_weights"),
            dense_mean=arrays.get("dense_mean"),
            dense_scale=arrays.get("dense_scale"),
            pipeline=header.get("pipeline", ""),
            meta=header.get("meta", {}),
        )


@dataclass
class TechniqueTagger:
    """The shipped models, ready to tag a parsed ``Doc``: ``tagger(doc, threshold)`` gives the spans.

    ``full`` uses the pipeline's contextual vectors; ``sparse`` is the same recipe without them, used
    when the document comes from another spaCy pipeline (whose vectors mean something else).
    """

    full: TechniqueModel
    sparse: TechniqueModel

    def scores(self, doc: Doc) -> tuple[DocFeatures, np.ndarray]:
        """The features of ``doc`` and the calibrated score of each unit for each technique."""
        model = self.full if self.full.pipeline == pipeline_id(doc) else self.sparse
        features = doc_features(doc, model.dense_width)
        use_dense = model.dense_weights is not None and features.dense is not None
        if model is self.full and not use_dense:
            model = self.sparse
        return features, model.calibrated(features, use_dense=use_dense)

    def __call__(self, doc: Doc, threshold: float = 0.5) -> tuple[Technique, ...]:
        features, scores = self.scores(doc)
        return spans_from_scores(doc, features, scores, threshold)


def pipeline_id(doc: Doc | None = None) -> str:
    """``"name version"`` of the spaCy pipeline newsgraph parses with (``nlp.model_name()``).

    A ``Doc`` does not name the pipeline that made it; newsgraph makes every ``Doc`` it analyses with
    the configured pipeline, so that is the one whose contextual vectors the document carries.
    """
    return _configured_pipeline()


@lru_cache(maxsize=1)
def _configured_pipeline() -> str:
    from spacy.util import get_package_version

    from ..nlp import model_name

    name = model_name()
    return f"{name} {get_package_version(name) or 'unknown'}"


def spans_from_scores(doc: Doc, features: DocFeatures, scores: np.ndarray, threshold: float) -> tuple[Technique, ...]:
    """Runs of same-sentence units whose score for a technique is ≥ ``threshold``, one span each.

    A run never starts or ends on punctuation other than quote marks (a dangling comma or full stop
    is not part of what persuades), and a span's score is the mean over its units.
    """
    text = doc.text
    found: list[Technique] = []
    if not len(features.tokens):
        return ()
    above = scores >= threshold
    for k, name in enumerate(TECHNIQUES):
        column = above[:, k]
        if not column.any():
            continue
        n = len(column)
        u = 0
        while u < n:
            if not column[u]:
                u += 1
                continue
            v = u
            while v + 1 < n and column[v + 1] and features.sentence[v + 1] == features.sentence[u]:
                v += 1
            first, last = u, v
            while first <= last and _is_trimmable(doc[features.tokens[first]]):
                first += 1
            while last >= first and _is_trimmable(doc[features.tokens[last]]):
                last -= 1
            if first <= last:
                start = doc[features.tokens[first]].idx
                end_token = doc[features.tokens[last]]
                end = end_token.idx + len(end_token.text)
                score = float(scores[first : last + 1, k].mean())
                found.append(Technique(technique=name, start=start, end=end, text=text[start:end], score=round(score, 4)))
            u = v + 1
    found.sort(key=lambda t: (t.start, t.end, t.technique))
    return tuple(found)


def _is_trimmable(token) -> bool:
    return token.is_punct and token.text not in _OPEN_QUOTES | _CLOSE_QUOTES | _TOGGLE_QUOTES


# --------------------------------------------------------------------------- API


@lru_cache(maxsize=1)
def load_tagger(path: str | None = None) -> TechniqueTagger:
    """The tagger from the package (or from ``path``, a file written by ``newsgraph train techniques``)."""
    full_path = Path(path) if path else shipped_model_path()
    sparse_path = full_path.with_name(full_path.stem + "-sparse" + full_path.suffix)
    return TechniqueTagger(TechniqueModel.load(full_path), TechniqueModel.load(sparse_path))


def extract_techniques(doc: Doc, threshold: float = 0.5) -> tuple[Technique, ...]:
    """Spans of ``doc`` that resemble one of the 14 SemEval-2020 persuasion techniques.

    ``threshold`` (0..1) trades precision for recall: 0.5 is the calibrated operating point, lower
    finds more. Spans of different techniques may overlap.
    """
    if not 0.0 <= threshold <= 1.0 or math.isnan(threshold):
        from ..errors import InputError

        raise InputError(f"technique threshold must be between 0 and 1, not {threshold}")
    if not len(doc):
        return ()
    return load_tagger()(doc, threshold)


def summarize_techniques(doc: Doc, techniques: tuple[Technique, ...]) -> dict:
    """How much of the article persuades: sentences with a technique, and the most frequent ones."""
    sentence_bounds = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()] if doc.has_annotation("SENT_START") else [(0, len(doc.text))]
    starts = [a for a, _ in sentence_bounds]
    touched: set[int] = set()
    import bisect

    for technique in techniques:
        first = max(bisect.bisect_right(starts, technique.start) - 1, 0)
        for number in range(first, len(sentence_bounds)):
            a, b = sentence_bounds[number]
            if a >= technique.end:
                break
            if b > technique.start:
                touched.add(number)
    counts = Counter(t.technique for t in techniques)
    total = len(sentence_bounds)
    return {
        "sentences": total,
        "sentences_with_technique": len(touched),
        "share": round(len(touched) / total, 4) if total else 0.0,
        "top": [{"technique": name, "count": count} for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TECHNIQUES]],
        "disclaimer": DISCLAIMER,
    }
