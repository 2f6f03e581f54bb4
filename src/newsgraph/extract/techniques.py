"""Persuasion techniques (the 14 SemEval-2020 Task 11 labels), span by span, with a small linear model.

How it reads a document
-----------------------
Two linear models, both trained by ``newsgraph train techniques`` on the PTC corpus (see
docs/models.md), read the parse spaCy already made; no other model runs.

- A **token model** gives every non-space token a probability for each technique (one logistic
  regression per technique). Its features: *unit features* of the token and of its neighbours up
  to ``WINDOW`` tokens away in the same sentence (lowercase form, lemma, POS and fine tag,
  dependency label, shape, suffix, entity type, all-caps "shouting", inside quotation marks, how
  often its lemma recurs in the article, since repetition is a technique), and *context features*
  of the token alone (its head, the word bigrams around it, its place in the sentence, cues of the
  whole sentence: exclamation, question, first/second person, modal, negation, superlative, quote
  marks, length, the title line). Because the model is linear, neighbour features are never
  spelled out: each token's unit features are scored once per window offset and the scores are
  shifted into place.
- A **sentence model** gives every sentence a probability for each technique from its lemmas,
  lemma bigrams, adjectives and adverbs, and the same sentence cues.

Each technique is read at the grain that served it best on held-out training articles: short
ones (loaded language, name calling, repetition, slogans...) as runs of consecutive tokens of one
sentence whose score is at least ``threshold``, clause-sized ones (doubt, causal
oversimplification, black-and-white fallacy...) as whole sentences. Scores are calibrated per
technique so that 0.5 is the operating point that gave the best span F1 on held-out training
articles: lower thresholds find more, less precisely. A token-run span scores the mean of its
tokens. The output is a suggestion for a human reader, not a verdict.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, IS_UPPER, LEMMA, LOWER, ORTH, POS, SENT_START, SHAPE, TAG
from spacy.tokens import Doc

from ..errors import InputError
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
GRAINS = ("tokens", "sentence")  # how a technique's spans are read: token runs or whole sentences

FEATURE_VERSION = 2  # bump when the features change: a model trained on other features is refused
WINDOW = 2  # unit features of neighbours up to this many tokens away (same sentence) count
MODEL_FILE = "techniques.npz"
DISCLAIMER = (
    "Persuasion-technique spans are a statistical model's suggestions for a human reader, not a verdict: "
    "it marks passages that resemble those annotated as persuasion techniques in news training data."
)
TOP_TECHNIQUES = 5

_OPEN_QUOTES = frozenset("“‘«„‹")
_CLOSE_QUOTES = frozenset("”’»›")
_STRAIGHT_QUOTES = frozenset({'"', "''", "``"})
_QUOTE_MARKS = _OPEN_QUOTES | _CLOSE_QUOTES | _STRAIGHT_QUOTES
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_MODALS = frozenset({"must", "should", "need", "ought"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "nobody", "none", "nor"})
_SENTENCE_POS = frozenset({"ADJ", "ADV"})


class TechniqueModelError(RuntimeError):
    """The technique model file is missing, unreadable or made for other features."""


def shipped_model_path() -> Path:
    """Where the model shipped in the package lives."""
    return Path(__file__).resolve().parent.parent / "models" / MODEL_FILE


# --------------------------------------------------------------------------- features


@dataclass
class DocFeatures:
    """The feature view of one document: one row per non-space token ("unit") and per sentence."""

    tokens: list[int]  # doc token index of each unit
    sentence: np.ndarray  # sentence number of each unit
    unit: list[list[str]]  # unit features (scored at every window offset)
    context: list[list[str]]  # context features (scored for the token itself only)
    sentences: list[list[str]]  # features of each sentence of doc.sents
    bounds: list[tuple[int, int]]  # character bounds of each sentence, outer whitespace left out
    starts: np.ndarray  # character offset where each unit starts
    ends: np.ndarray  # character offset where each unit ends
    trimmable: np.ndarray  # unit is punctuation a span should not start or end on


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


def _quote_flags(text: str, orths: list[str], starts: np.ndarray) -> list[bool]:
    """Whether each unit lies inside quotation marks (the marks themselves count as inside).

    Straight double quotes toggle; curly ones open and close; a line break closes everything, so a
    stray mark cannot put the rest of the article in quotes.
    """
    flags = []
    depth = 0
    straight_open = False
    previous_end = None
    for orth, start in zip(orths, starts):
        if previous_end is not None and "\n" in text[previous_end:start]:
            depth, straight_open = 0, False
        previous_end = int(start) + len(orth)
        if orth in _OPEN_QUOTES:
            depth += 1
            flags.append(True)
        elif orth in _CLOSE_QUOTES:
            flags.append(depth > 0 or straight_open or orth == "’")
            depth = max(depth - 1, 0)
        elif orth in _STRAIGHT_QUOTES:
            flags.append(True)
            straight_open = not straight_open
        else:
            flags.append(depth > 0 or straight_open)
    return flags


def _sentence_starts(doc: Doc) -> list[int]:
    """Token index where each sentence of ``doc.sents`` starts (read from the array, no Span objects)."""
    if not len(doc):
        return []
    if not doc.has_annotation("SENT_START"):
        return [0]
    flags = doc.to_array([SENT_START]).astype(np.int64).ravel()
    return [0] + [int(i) for i in np.flatnonzero(flags[1:] == 1) + 1]


def sentence_bounds(doc: Doc, text: str | None = None, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Character bounds of every sentence of ``doc.sents``, outer whitespace left out ((a, a) if blank).

    ``text`` and ``starts`` (``doc.text`` and the sentence start tokens) save recomputing them.
    """
    starts = _sentence_starts(doc) if starts is None else starts
    text = doc.text if text is None else text
    bounds = []
    for number, first in enumerate(starts):
        last = (starts[number + 1] if number + 1 < len(starts) else len(doc)) - 1
        start_char = doc[first].idx
        end_token = doc[last]
        end_char = end_token.idx + len(end_token.text)
        sentence = text[start_char:end_char]
        lead = len(sentence) - len(sentence.lstrip())
        stripped = len(sentence.rstrip())
        bounds.append((start_char + min(lead, stripped), start_char + stripped))
    return bounds


_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, SHAPE, ENT_TYPE, HEAD, IDX, IS_SPACE, IS_ALPHA, IS_STOP, IS_UPPER, IS_PUNCT)


def doc_features(doc: Doc) -> DocFeatures:
    """Features of every non-space token and every sentence of ``doc`` (see the module docstring).

    Token attributes are read in one ``Doc.to_array`` call and their strings looked up once per
    distinct value: building a spaCy ``Token`` per attribute access would cost more than the model.
    """
    n_tokens = len(doc)
    strings = doc.vocab.strings
    cache: dict[int, str] = {}

    def string(key) -> str:
        value = cache.get(key)
        if value is None:
            value = cache[key] = strings[key] if key else ""
        return value

    table = doc.to_array(list(_ATTRS)) if n_tokens else np.zeros((0, len(_ATTRS)), dtype=np.uint64)
    table = table.reshape(n_tokens, len(_ATTRS))
    columns = dict(zip(_ATTRS, table.T))
    is_space = columns[IS_SPACE].astype(bool)
    units = [int(i) for i in np.flatnonzero(~is_space)]
    sentence_starts = _sentence_starts(doc)
    sentence_of = np.zeros(n_tokens, dtype=np.int64)
    for number, first in enumerate(sentence_starts):
        sentence_of[first:] = number
    sentence = sentence_of[units] if units else np.zeros(0, dtype=np.int64)

    def strings_of(attr) -> list[str]:
        return [string(int(key)) for key in columns[attr][units]]

    orths = strings_of(ORTH)
    lowers = strings_of(LOWER)
    lemmas = [lemma.lower() for lemma in strings_of(LEMMA)]
    poses, tags, deps = strings_of(POS), strings_of(TAG), strings_of(DEP)
    shapes, ents = strings_of(SHAPE), strings_of(ENT_TYPE)
    alpha = columns[IS_ALPHA][units].astype(bool)
    stop = columns[IS_STOP][units].astype(bool)
    upper = columns[IS_UPPER][units].astype(bool)
    punct = columns[IS_PUNCT][units].astype(bool)
    heads = (np.arange(n_tokens, dtype=np.int64) + columns[HEAD].astype(np.int64))[units] if units else np.zeros(0, np.int64)
    starts = columns[IDX][units].astype(np.int64) if units else np.zeros(0, np.int64)
    ends = starts + np.array([len(o) for o in orths], dtype=np.int64)

    content = [bool(a and not s) for a, s in zip(alpha, stop)]
    shouting = [bool(u and a and len(o) > 2) for u, a, o in zip(upper, alpha, orths)]
    lemma_count = Counter(lemma for lemma, is_content in zip(lemmas, content) if is_content)
    bigram_count = Counter((lemmas[k], lemmas[k + 1]) for k in range(len(units) - 1) if content[k] or content[k + 1])
    first_sentence = int(sentence[0]) if units else 0
    title_lemmas = {lemma for lemma, s, c in zip(lemmas, sentence, content) if s == first_sentence and c}
    text = doc.text  # Doc.text joins every token: read it once
    quoted = _quote_flags(text, orths, starts)

    # Cues of each sentence, shared by its tokens (context features) and by the sentence model.
    unit_bounds = np.searchsorted(sentence, np.arange(len(sentence_starts) + 1)) if units else np.zeros(len(sentence_starts) + 1, np.int64)
    cues_of: list[list[str]] = []
    sentence_rows: list[list[str]] = []
    for number in range(len(sentence_starts)):
        a, b = int(unit_bounds[number]), int(unit_bounds[number + 1])
        words_lower = set(lowers[a:b])
        cues = [f"slen={_bucket(b - a, (3, 7, 15, 30, 50))}"]
        if number == first_sentence:
            cues.append("stitle")
        for mark, cue in (("!", "s!"), ("?", "s?")):
            if mark in words_lower:
                cues.append(cue)
        for lexicon, cue in ((_FIRST_PLURAL, "swe"), (_SECOND_PERSON, "syou"), (_MODALS, "smodal"), (_NEGATIONS, "sneg")):
            if words_lower & lexicon:
                cues.append(cue)
        if any(tag in ("JJS", "RBS") for tag in tags[a:b]):
            cues.append("ssup")
        if any(shouting[a:b]):
            cues.append("scaps")
        if any(o in _QUOTE_MARKS for o in orths[a:b]):
            cues.append("squote")
        cues_of.append(cues)
        sentence_lemmas = lemmas[a:b]
        row = list(cues)
        row.append(f"sat={_bucket(number - first_sentence, (0, 1, 2, 4))}")
        row += ["u=" + lemma for lemma in sentence_lemmas]
        row += ["b=" + x + "|" + y for x, y in zip(sentence_lemmas, sentence_lemmas[1:])]
        row += ["j=" + lemmas[u] for u in range(a, b) if poses[u] in _SENTENCE_POS]
        sentence_rows.append(row)

    head_lemma = {}
    head_pos = {}
    unit_features: list[list[str]] = []
    context_features: list[list[str]] = []
    seen: set[str] = set()
    n = len(units)
    for k in range(n):
        lower, lemma = lowers[k], lemmas[k]
        feats = ["w=" + lower, "l=" + lemma, "p=" + poses[k], "t=" + tags[k], "d=" + deps[k], "s=" + shapes[k][:5], "x=" + lower[-3:]]
        if ents[k]:
            feats.append("e=" + ents[k])
        if shouting[k]:
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

        number = int(sentence[k])
        h = int(heads[k])
        if h not in head_lemma:
            head_lemma[h] = string(int(columns[LEMMA][h])).lower()
            head_pos[h] = string(int(columns[POS][h]))
        ctx = list(cues_of[number])
        ctx.append("hl=" + head_lemma[h])
        ctx.append("dh=" + deps[k] + ">" + head_pos[h])
        same_before = k > 0 and sentence[k - 1] == number
        same_after = k + 1 < n and sentence[k + 1] == number
        ctx.append("b-=" + (lowers[k - 1] if same_before else "<s>") + "|" + lower)
        ctx.append("b+=" + lower + "|" + (lowers[k + 1] if same_after else "</s>"))
        ctx.append(f"pos={_bucket(units[k] - sentence_starts[number], (0, 1, 3, 8))}")
        if not same_after:
            ctx.append("last")
        if same_after and bigram_count[(lemma, lemmas[k + 1])] > 1:
            ctx.append("repbi")
        if same_before and bigram_count[(lemmas[k - 1], lemma)] > 1:
            ctx.append("repbi-")
        context_features.append(ctx)
    trimmable = np.array([bool(p) and o not in _QUOTE_MARKS for p, o in zip(punct, orths)], dtype=bool)
    return DocFeatures(units, sentence, unit_features, context_features, sentence_rows, sentence_bounds(doc, text, sentence_starts), starts, ends, trimmable)


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


def index_rows(rows: list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Binary rows over ``vocabulary`` (unknown features are dropped, repeated ones count once)."""
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
    matrix = sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)), shape=(len(rows), len(vocabulary))
    )
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    return matrix


# --------------------------------------------------------------------------- the model


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))


@dataclass
class TechniqueModel:
    """The token and sentence logistic regressions, each technique's grain, and its calibration.

    ``unit_weights`` is ``(2*WINDOW+1, units, techniques)`` (offset -WINDOW first), ``context_weights``
    ``(contexts, techniques)``, ``sentence_weights`` ``(sentence features, techniques)``;
    ``grains[k]`` is 0 (token runs) or 1 (whole sentences); ``thresholds[k]`` is the probability, on
    technique ``k``'s grain, that reads as a calibrated score of 0.5.
    """

    unit_vocabulary: dict[str, int]
    context_vocabulary: dict[str, int]
    sentence_vocabulary: dict[str, int]
    unit_weights: np.ndarray
    context_weights: np.ndarray
    token_bias: np.ndarray
    sentence_weights: np.ndarray
    sentence_bias: np.ndarray
    grains: np.ndarray
    thresholds: np.ndarray
    meta: dict | None = None

    def token_logits(self, features: DocFeatures) -> np.ndarray:
        """Raw token-model logits, ``(units, techniques)``."""
        n, k = len(features.tokens), len(self.token_bias)
        out = np.tile(self.token_bias.astype(np.float32), (n, 1))
        if n == 0:
            return out
        units = index_rows(features.unit, self.unit_vocabulary)
        # Score each unit's own features once per window offset, then move the scores to the unit
        # that sees them at that offset: the same sum as spelling out every neighbour feature.
        stacked = self._stacked_unit_weights()
        per_offset = np.asarray(units @ stacked, dtype=np.float32).reshape(n, 2 * WINDOW + 1, k)
        for slot, offset in enumerate(range(-WINDOW, WINDOW + 1)):
            block = per_offset[:, slot, :]
            out += block if offset == 0 else shift_matrix(features.sentence, offset) @ block
        out += np.asarray(index_rows(features.context, self.context_vocabulary) @ self.context_weights, dtype=np.float32)
        return out

    def _stacked_unit_weights(self) -> np.ndarray:
        """``(units, offsets * techniques)``: one product scores a unit at every offset (built once)."""
        stacked = getattr(self, "_stacked", None)
        if stacked is None or stacked.shape[0] != len(self.unit_vocabulary):
            stacked = np.ascontiguousarray(self.unit_weights.transpose(1, 0, 2).reshape(len(self.unit_vocabulary), -1))
            self._stacked = stacked
        return stacked

    def sentence_logits(self, features: DocFeatures) -> np.ndarray:
        """Raw sentence-model logits, ``(sentences, techniques)``."""
        rows = index_rows(features.sentences, self.sentence_vocabulary)
        return np.asarray(rows @ self.sentence_weights, dtype=np.float32) + self.sentence_bias

    def scores(self, features: DocFeatures) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated scores (0.5 at each technique's threshold): ``(units, K)`` and ``(sentences, K)``."""
        shift = _logit(self.thresholds)
        return _sigmoid(self.token_logits(features) - shift), _sigmoid(self.sentence_logits(features) - shift)

    def spans(self, doc: Doc, features: DocFeatures, threshold: float = 0.5) -> tuple[Technique, ...]:
        token_scores, sentence_scores = self.scores(features)
        return spans_from_scores(doc, features, token_scores, sentence_scores, self.grains, threshold)

    def save(self, path: Path) -> None:
        arrays = {
            "unit_weights": self.unit_weights.astype(np.float16),
            "context_weights": self.context_weights.astype(np.float16),
            "token_bias": self.token_bias.astype(np.float32),
            "sentence_weights": self.sentence_weights.astype(np.float16),
            "sentence_bias": self.sentence_bias.astype(np.float32),
            "grains": self.grains.astype(np.int8),
            "thresholds": self.thresholds.astype(np.float64),
        }
        header = {
            "feature_version": FEATURE_VERSION,
            "window": WINDOW,
            "techniques": list(TECHNIQUES),
            "unit_vocabulary": sorted(self.unit_vocabulary, key=self.unit_vocabulary.get),
            "context_vocabulary": sorted(self.context_vocabulary, key=self.context_vocabulary.get),
            "sentence_vocabulary": sorted(self.sentence_vocabulary, key=self.sentence_vocabulary.get),
            "meta": self.meta or {},
        }
        arrays["header"] = np.frombuffer(json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
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
        except (OSError, ValueError, KeyError, EOFError) as error:
            raise TechniqueModelError(f"{path}: not a technique model ({error})") from None
        if header.get("feature_version") != FEATURE_VERSION or header.get("window") != WINDOW:
            raise TechniqueModelError(f"{path}: made for other features (version {header.get('feature_version')}), retrain it")
        if tuple(header.get("techniques", ())) != TECHNIQUES:
            raise TechniqueModelError(f"{path}: its techniques are not the 14 SemEval-2020 labels")
        try:
            return cls(
                unit_vocabulary={f: i for i, f in enumerate(header["unit_vocabulary"])},
                context_vocabulary={f: i for i, f in enumerate(header["context_vocabulary"])},
                sentence_vocabulary={f: i for i, f in enumerate(header["sentence_vocabulary"])},
                unit_weights=arrays["unit_weights"].astype(np.float32),
                context_weights=arrays["context_weights"].astype(np.float32),
                token_bias=arrays["token_bias"].astype(np.float32),
                sentence_weights=arrays["sentence_weights"].astype(np.float32),
                sentence_bias=arrays["sentence_bias"].astype(np.float32),
                grains=arrays["grains"].astype(np.int64),
                thresholds=arrays["thresholds"].astype(np.float64),
                meta=header.get("meta", {}),
            )
        except KeyError as error:
            raise TechniqueModelError(f"{path}: incomplete technique model (no {error})") from None


def spans_from_scores(
    doc: Doc,
    features: DocFeatures,
    token_scores: np.ndarray,
    sentence_scores: np.ndarray,
    grains: np.ndarray,
    threshold: float,
) -> tuple[Technique, ...]:
    """The spans of every technique at ``threshold``, read at the technique's grain, sorted by position."""
    text = doc.text  # Doc.text joins every token: read it once
    found: list[Technique] = []
    for k, name in enumerate(TECHNIQUES):
        if grains[k] == 1:
            found += sentence_spans(text, features, sentence_scores[:, k], name, threshold)
        else:
            found += token_runs(text, features, token_scores[:, k], name, threshold)
    found.sort(key=lambda t: (t.start, t.end, t.technique))
    return tuple(found)


def sentence_spans(text: str, features: DocFeatures, scores: np.ndarray, name: str, threshold: float) -> list[Technique]:
    """Every (non-blank) sentence scoring ≥ ``threshold``, whole."""
    found = []
    for number in np.flatnonzero(scores >= threshold):
        start, end = features.bounds[number]
        if end > start:
            found.append(Technique(name, start, end, text[start:end], round(float(scores[number]), 4)))
    return found


def token_runs(text: str, features: DocFeatures, scores: np.ndarray, name: str, threshold: float) -> list[Technique]:
    """Runs of consecutive same-sentence units scoring ≥ ``threshold``, one span each.

    A run never starts or ends on punctuation other than quote marks (a dangling comma is not what
    persuades); its score is the mean over its units.
    """
    return [
        Technique(name, start, end, text[start:end], round(float(scores[first : last + 1].mean()), 4))
        for start, end, first, last in run_bounds(features, scores, threshold)
    ]


def run_bounds(features: DocFeatures, scores: np.ndarray, threshold: float) -> list[tuple[int, int, int, int]]:
    """``(start, end, first unit, last unit)`` of each run :func:`token_runs` makes."""
    above = np.flatnonzero((scores >= threshold) & ~features.trimmable)
    if not len(above):
        return []
    # Punctuation inside a run neither breaks nor ends it: a run breaks where a unit between two
    # kept units scores below the threshold or the sentence changes.
    ok = scores >= threshold
    cumulative_below = np.concatenate(([0], np.cumsum(~ok)))
    gap_below = cumulative_below[above[1:]] - cumulative_below[above[:-1] + 1]
    breaks = np.flatnonzero((gap_below > 0) | (np.diff(features.sentence[above]) != 0)) + 1
    out = []
    for run in np.split(above, breaks):
        first, last = int(run[0]), int(run[-1])
        out.append((int(features.starts[first]), int(features.ends[last]), first, last))
    return out


# --------------------------------------------------------------------------- API


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> TechniqueModel:
    """The model shipped in the package (or the one at ``path``, written by ``newsgraph train techniques``)."""
    return TechniqueModel.load(Path(path) if path else shipped_model_path())


def extract_techniques(doc: Doc, threshold: float = 0.5) -> tuple[Technique, ...]:
    """Spans of ``doc`` that resemble one of the 14 SemEval-2020 persuasion techniques.

    ``threshold`` (0..1) trades precision for recall: 0.5 is the calibrated operating point, lower
    finds more. Spans of different techniques may overlap.
    """
    if not isinstance(threshold, (int, float)) or math.isnan(threshold) or not 0.0 <= threshold <= 1.0:
        raise InputError(f"technique threshold must be between 0 and 1, not {threshold}")
    if not len(doc) or not doc.text.strip():
        return ()
    model = load_model()
    return model.spans(doc, doc_features(doc), threshold)


def summarize_techniques(doc: Doc, techniques: tuple[Technique, ...]) -> dict:
    """How much of the article persuades: sentences touched by a technique span, and the most frequent techniques."""
    bounds = [b for b in sentence_bounds(doc) if b[1] > b[0]]
    starts = [a for a, _ in bounds]
    touched: set[int] = set()
    for technique in techniques:
        number = max(bisect.bisect_right(starts, technique.start) - 1, 0)
        while number < len(bounds) and bounds[number][0] < technique.end:
            if bounds[number][1] > technique.start:
                touched.add(number)
            number += 1
    counts = Counter(t.technique for t in techniques)
    total = len(bounds)
    return {
        "sentences": total,
        "sentences_with_technique": len(touched),
        "share": round(len(touched) / total, 4) if total else 0.0,
        "top": [{"technique": name, "count": count} for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TECHNIQUES]],
        "disclaimer": DISCLAIMER,
    }
