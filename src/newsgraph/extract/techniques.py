"""Persuasion techniques (the 14 SemEval-2020 Task 11 labels), span by span, with a small linear model.

How it reads a document
-----------------------
Two linear models, both trained by ``newsgraph train techniques`` on the PTC corpus (see
docs/models.md), read the parse spaCy already made; no other model runs.

- A **token model** gives every non-space token a probability for each technique (one logistic
  regression per technique). Its features: *unit features* of the token and of its neighbours up
  to ``WINDOW`` tokens away in the same sentence (lowercase form, lemma, POS and fine tag,
  dependency label, shape, suffix, entity type, all-caps "shouting", inside quotation marks, how
  often its lemma recurs in the article, since repetition is a technique, and its sentiment valence
  in the VADER lexicon the model carries), and *context features* of the token alone (its head,
  the word bigrams around it, its place in the sentence, cues of the whole sentence: exclamation,
  question, first/second person, modal, negation, superlative, quote marks, strongly emotional
  words, length, the title line). Because the model is linear, neighbour features are never
  spelled out: each token's unit features are scored once per window offset and the scores are
  shifted into place.
- A **sentence model** gives every sentence a probability for each technique from its lemmas,
  lemma bigrams, adjectives and adverbs, and the same sentence cues.

Each technique is read the way that served it best on held-out training articles (the model's
``meta`` lists them): as runs of consecutive tokens of one sentence, seeded by tokens scoring at
least ``threshold`` and grown over neighbours that score up to a per-technique margin lower
(annotated phrases are longer than their most telling word), as for loaded language, name
calling, repetition or slogans; or as whole sentences, as for causal oversimplification,
black-and-white fallacy or appeal to authority. Scores are calibrated per technique so that 0.5 is
the operating point that gave the best span F1 on held-out training articles: lower thresholds
find more, less precisely. A token-run span scores its best token. The output is a suggestion for
a human reader, not a verdict.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np
from scipy import sparse
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, IS_UPPER, LEMMA, LOWER, ORTH, POS, SENT_START, SHAPE, TAG
from spacy.tokens import Doc

from ..errors import InputError
from ..nlp import doc_text
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

FEATURE_VERSION = 3  # bump when the features change: a model trained on other features is refused
STRONG_VALENCE = 1.5  # |valence| from which a lexicon word counts as strongly emotional (VADER's scale runs to 4)
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


def _valence_feature(valence: float) -> str:
    """``v=`` sign and strength (1: below 1.5, 2: below 2.5, 3: stronger) of a lexicon word."""
    strength = abs(valence)
    return "v=" + ("n" if valence < 0 else "p") + ("1" if strength < STRONG_VALENCE else "2" if strength < 2.5 else "3")


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
    for orth, start in zip(orths, np.asarray(starts).tolist()):  # plain ints: numpy scalars are slow one by one
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
    text = doc_text(doc) if text is None else text
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


def doc_features(doc: Doc, lexicon: Mapping[str, float] | None = None) -> DocFeatures:
    """Features of every non-space token and every sentence of ``doc`` (see the module docstring).

    ``lexicon`` (word → sentiment valence, the model's :attr:`TechniqueModel.lexicon`) adds the
    valence features; without it they are left out.

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
        return [strings[key] if key else "" for key in columns[attr][units].tolist()]

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

    content = (alpha & ~stop).tolist()
    shouting = [u and len(o) > 2 for u, o in zip((upper & alpha).tolist(), orths)]
    lemma_count = Counter(lemma for lemma, is_content in zip(lemmas, content) if is_content)
    bigram_count = Counter((lemmas[k], lemmas[k + 1]) for k in range(len(units) - 1) if content[k] or content[k + 1])
    first_sentence = int(sentence[0]) if units else 0
    title_lemmas = {lemma for lemma, s, c in zip(lemmas, sentence.tolist(), content) if s == first_sentence and c}
    text = doc_text(doc)
    quoted = _quote_flags(text, orths, starts)
    valences = [lexicon.get(lower, lexicon.get(lemma)) for lower, lemma in zip(lowers, lemmas)] if lexicon else [None] * len(units)

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
        for words, cue in ((_FIRST_PLURAL, "swe"), (_SECOND_PERSON, "syou"), (_MODALS, "smodal"), (_NEGATIONS, "sneg")):
            if words_lower & words:
                cues.append(cue)
        if any(tag in ("JJS", "RBS") for tag in tags[a:b]):
            cues.append("ssup")
        if any(shouting[a:b]):
            cues.append("scaps")
        if any(o in _QUOTE_MARKS for o in orths[a:b]):
            cues.append("squote")
        if lexicon:
            sentence_valences = [abs(v) for v in valences[a:b] if v is not None]
            cues.append(f"sv={min(sum(v >= STRONG_VALENCE for v in sentence_valences), 3)}")
        cues_of.append(cues)
        sentence_lemmas = lemmas[a:b]
        row = list(cues)
        if lexicon:
            row.append(f"svn={min(len(sentence_valences), 4)}")
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
    # Plain lists for the per-unit loop: indexing numpy arrays one element at a time is slow.
    sentence_list = sentence.tolist()
    head_list = heads.tolist()
    lemma_keys, pos_keys = columns[LEMMA].tolist(), columns[POS].tolist()
    position_features = [
        f"pos={b}" for b in np.searchsorted((0, 1, 3, 8), np.asarray(units, dtype=np.int64) - np.asarray(sentence_starts, dtype=np.int64)[sentence]).tolist()
    ] if n else []
    for k in range(n):
        lower, lemma = lowers[k], lemmas[k]
        feats = ["w=" + lower, "l=" + lemma, "p=" + poses[k], "t=" + tags[k], "d=" + deps[k], "s=" + shapes[k][:5], "x=" + lower[-3:]]
        if ents[k]:
            feats.append("e=" + ents[k])
        if shouting[k]:
            feats.append("caps")
        if quoted[k]:
            feats.append("q")
        if valences[k] is not None:
            feats.append(_valence_feature(valences[k]))
        if content[k]:
            count = lemma_count[lemma]
            if count > 1:
                feats.append(f"rep={_bucket(count, (2, 3, 5))}")
            if lemma in seen:
                feats.append("seen")
            seen.add(lemma)
            if lemma in title_lemmas and sentence_list[k] != first_sentence:
                feats.append("intitle")
        unit_features.append(feats)

        number = sentence_list[k]
        h = head_list[k]
        if h not in head_lemma:
            head_lemma[h] = string(lemma_keys[h]).lower()
            head_pos[h] = string(pos_keys[h])
        ctx = list(cues_of[number])
        ctx.append("hl=" + head_lemma[h])
        ctx.append("dh=" + deps[k] + ">" + head_pos[h])
        same_before = k > 0 and sentence_list[k - 1] == number
        same_after = k + 1 < n and sentence_list[k + 1] == number
        ctx.append("b-=" + (lowers[k - 1] if same_before else "<s>") + "|" + lower)
        ctx.append("b+=" + lower + "|" + (lowers[k + 1] if same_after else "</s>"))
        ctx.append(position_features[k])
        if not same_after:
            ctx.append("last")
        if same_after and bigram_count[(lemma, lemmas[k + 1])] > 1:
            ctx.append("repbi")
        if same_before and bigram_count[(lemmas[k - 1], lemma)] > 1:
            ctx.append("repbi-")
        context_features.append(ctx)
    trimmable = np.array([p and o not in _QUOTE_MARKS for p, o in zip(punct.tolist(), orths)], dtype=bool)
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


def add_shifted(out: np.ndarray, block: np.ndarray, sentence: np.ndarray, offset: int) -> None:
    """``out[i] += block[i + offset]`` where unit ``i + offset`` is in unit ``i``'s sentence: what
    ``shift_matrix(sentence, offset) @ block`` adds, without building the matrix."""
    if offset == 0:
        out += block
    elif offset > 0:
        same = sentence[:-offset] == sentence[offset:]
        out[:-offset][same] += block[offset:][same]
    else:
        same = sentence[-offset:] == sentence[:offset]
        out[-offset:][same] += block[:offset][same]


def index_rows(rows: list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Binary rows over ``vocabulary`` (unknown features are dropped, repeated ones count once)."""
    # Every feature is looked up by one C-level map, not a Python loop: this runs for every token.
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    found = np.fromiter(map(vocabulary.get, chain.from_iterable(rows), repeat(-1)), dtype=np.int64, count=int(lengths.sum()))
    known = found >= 0
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(np.bincount(np.repeat(np.arange(len(rows)), lengths)[known], minlength=len(rows)), out=indptr[1:])
    indices = found[known]
    data = np.ones(len(indices), dtype=np.float32)
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)))
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
    technique ``k``'s grain, that reads as a calibrated score of 0.5; ``margins[k]`` (logits) and
    ``bridges[k]`` (0/1) say how far a token run grows around the tokens that reach the threshold
    (see :func:`run_bounds`); ``lexicon`` is the VADER word → valence table the valence features
    read (stored in the model file, so nothing else is loaded at run time).
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
    margins: np.ndarray
    bridges: np.ndarray
    lexicon: dict[str, float]
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
            add_shifted(out, per_offset[:, slot, :], features.sentence, offset)
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

    def spans(self, doc: Doc, features: DocFeatures, threshold: float = 0.5, text: str | None = None) -> tuple[Technique, ...]:
        token_scores, sentence_scores = self.scores(features)
        return spans_from_scores(doc, features, token_scores, sentence_scores, self, threshold, text)

    def save(self, path: Path) -> None:
        arrays = {
            "unit_weights": self.unit_weights.astype(np.float16),
            "context_weights": self.context_weights.astype(np.float16),
            "token_bias": self.token_bias.astype(np.float32),
            "sentence_weights": self.sentence_weights.astype(np.float16),
            "sentence_bias": self.sentence_bias.astype(np.float32),
            "grains": self.grains.astype(np.int8),
            "thresholds": self.thresholds.astype(np.float64),
            "margins": self.margins.astype(np.float64),
            "bridges": self.bridges.astype(np.int8),
        }
        header = {
            "feature_version": FEATURE_VERSION,
            "window": WINDOW,
            "techniques": list(TECHNIQUES),
            "unit_vocabulary": sorted(self.unit_vocabulary, key=self.unit_vocabulary.get),
            "context_vocabulary": sorted(self.context_vocabulary, key=self.context_vocabulary.get),
            "sentence_vocabulary": sorted(self.sentence_vocabulary, key=self.sentence_vocabulary.get),
            "lexicon": self.lexicon,
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
                margins=arrays["margins"].astype(np.float64),
                bridges=arrays["bridges"].astype(np.int64),
                lexicon={str(word): float(valence) for word, valence in header["lexicon"].items()},
                meta=header.get("meta", {}),
            )
        except KeyError as error:
            raise TechniqueModelError(f"{path}: incomplete technique model (no {error})") from None


def spans_from_scores(
    doc: Doc,
    features: DocFeatures,
    token_scores: np.ndarray,
    sentence_scores: np.ndarray,
    model: "TechniqueModel",
    threshold: float,
    text: str | None = None,
) -> tuple[Technique, ...]:
    """The spans of every technique at ``threshold``, read at the technique's grain, sorted by position."""
    text = doc_text(doc) if text is None else text
    found: list[Technique] = []
    for k, name in enumerate(TECHNIQUES):
        if model.grains[k] == 1:
            found += sentence_spans(text, features, sentence_scores[:, k], name, threshold)
        else:
            found += token_runs(text, features, token_scores[:, k], name, threshold, float(model.margins[k]), bool(model.bridges[k]))
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


def token_runs(
    text: str, features: DocFeatures, scores: np.ndarray, name: str, threshold: float, margin: float = 0.0, bridge: bool = False
) -> list[Technique]:
    """Token runs of one technique (see :func:`run_bounds`), one span each, scored by their best unit."""
    return [
        Technique(name, start, end, text[start:end], round(float(scores[first : last + 1].max()), 4))
        for start, end, first, last in run_bounds(features, scores, threshold, margin, bridge)
    ]


def extension_threshold(threshold: float, margin: float) -> float:
    """The score a unit needs to extend a run: ``margin`` logits below ``threshold``."""
    return float(_sigmoid(_logit(threshold) - margin))


def run_bounds(features, scores: np.ndarray, threshold: float, margin: float = 0.0, bridge: bool = False) -> list[tuple[int, int, int, int]]:
    """``(start, end, first unit, last unit)`` of each token run at ``threshold``.

    Hysteresis: a run is seeded by units scoring ≥ ``threshold`` and grows over the neighbouring
    units of the same sentence that score ≥ :func:`extension_threshold` (``margin`` logits lower),
    because annotated phrases are longer than their most telling word; with ``bridge`` one weaker
    unit between two such units does not break the run. A run never starts or ends on punctuation
    other than quote marks (a dangling comma is not what persuades). ``features`` needs
    ``sentence``, ``trimmable``, ``starts`` and ``ends`` per unit (a :class:`DocFeatures`, or
    several documents' units laid end to end with distinct sentence numbers).
    """
    sentence = features.sentence
    n = len(scores)
    ok = scores >= (extension_threshold(threshold, margin) if margin else threshold)
    if bridge and n > 2:
        ok[1:-1] |= ok[:-2] & ok[2:] & (sentence[:-2] == sentence[2:])
    members = np.flatnonzero(ok)
    if not len(members):
        return []
    # Runs: consecutive members of one sentence. Keep those holding a seed, cut their punctuation ends.
    breaks = np.empty(len(members), dtype=np.int64)
    breaks[0] = 0
    breaks[1:] = (np.diff(members) != 1) | (np.diff(sentence[members]) != 0)
    run = np.cumsum(breaks)
    seeded = np.bincount(run, weights=scores[members] >= threshold, minlength=int(run[-1]) + 1) > 0
    kept = ~features.trimmable[members]
    members, run = members[kept], run[kept]
    if not len(members):
        return []
    runs, first = np.unique(run, return_index=True)
    last = np.append(first[1:], len(run)) - 1
    chosen = seeded[runs]
    firsts, lasts = members[first[chosen]], members[last[chosen]]
    return [
        (int(a), int(b), int(i), int(j))
        for a, b, i, j in zip(features.starts[firsts].tolist(), features.ends[lasts].tolist(), firsts.tolist(), lasts.tolist())
    ]


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
    text = doc_text(doc)
    if not len(doc) or not text.strip():
        return ()
    model = load_model()
    return model.spans(doc, doc_features(doc, model.lexicon), threshold, text)


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
