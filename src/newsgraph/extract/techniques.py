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
  in the VADER lexicon the model carries, and its word clusters at three granularities, learned
  without labels from unlabeled news, so that a cue seen with one word also counts for words used
  alike), *word-vector features*: the token's static word vector, distilled from a sentence encoder
  (:class:`WordVectors`), and the mean vector of its window, so that a cue also counts for words
  the encoder places near it, and *context features* of the token alone (its head,
  the word bigrams around it, its place in the sentence, cues of the whole sentence: exclamation,
  question, first/second person, modal, negation, superlative, quote marks, strongly emotional
  words, length, the title line). Because the model is linear, neighbour features are never
  spelled out: each token's unit features are scored once per window offset and the scores are
  shifted into place.
- A **sentence model** gives every sentence a probability for each technique from its lemmas,
  lemma bigrams, adjectives and adverbs, the word clusters of its words, its mean word vector, and
  the same sentence cues.

The token model has one more output, *any technique*: whether the token lies in a span of any of
the 14, learned from the union of all spans, so it sees every annotated phrase where each
technique sees a few. A quarter of its logit joins every technique's token logit: the boundaries
of propaganda are easier to learn than which technique it is, and each technique reads them.
Then the two models' logits are mixed (:func:`mix_logits`): a token's gains 1.5 times its
sentence's, a sentence's half its best token's, a soft sentence gate for the token model.

Each technique is read the way that served it best on held-out training articles (the model's
``meta`` lists them): as runs of consecutive tokens of one sentence, seeded by tokens scoring at
least a threshold and grown over neighbours that score up to a per-technique margin lower
(annotated phrases are longer than their most telling word), as for loaded language, name
calling, repetition or slogans; or as whole sentences, as for causal oversimplification or
black-and-white fallacy. Candidates are read ``CANDIDATE_SHIFT`` logits below those thresholds,
and a **span filter** (a logistic regression over the technique, how far the span clears its
reading, what both models say of its sentence, its length, and how crowded the sentence and the
article are) predicts the share of each candidate an annotator would have marked; one cut on
that share, chosen for the whole set of spans of held-out training articles, reads as a
calibrated score of 0.5. Lower thresholds keep more candidates, less precisely. Of the kept
spans, a weak one (predicted below a second, per-grain *label cut*) that other kept spans already
cover is dropped (:func:`drop_covered_labels`): the marked text stays the same, one doubtful
label fewer. Last, each kept token run may **snap** to a phrase of its sentence that overlaps it (a noun
chunk, with or without its determiner, or a head with its left modifiers, read from the parse): a
small scorer predicts how well each matches an annotated span, and the run moves when the phrase
scores at least a margin above it (:meth:`TechniqueModel.snap_kept_runs`), since token scores cut
phrases where annotators marked them whole. The output is a suggestion for a human reader, not a verdict.
"""

from __future__ import annotations

import bisect
import io
import json
import math
import re
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
from ..nlp import distinct_strings, doc_text, lowered_strings
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

FEATURE_VERSION = 8  # bump when the features or the scoring change: a model made for others is refused
STRONG_VALENCE = 1.5  # |valence| from which a lexicon word counts as strongly emotional (VADER's scale runs to 4)
WINDOW = 2  # unit features of neighbours up to this many tokens away (same sentence) count
SENTENCE_TO_TOKEN = 1.5  # share of the sentence logit added to a token's (chosen out of fold)
TOKEN_TO_SENTENCE = 0.5  # share of the best token logit added to a sentence's
ANY_MIX = 0.25  # share of the any-technique token logit added to each technique's (chosen out of fold)
SENTENCE_CLUSTER_LEVEL = 1  # the sentence model reads a bag of the word clusters of this level (256 clusters)
VECTOR_SCALE = 0.5  # standard deviations a word-vector dimension spans, beside 0/1 features (chosen out of fold)
CANDIDATE_SHIFT = 2.0  # candidates are read this many logits below each technique's reading threshold
MODEL_FILE = "techniques.npz"
VECTOR_FILE = "word_vectors.npz"  # the distilled word vectors (newsgraph.training.word_vectors), shipped beside the model
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


class FeatureTable:
    """Binary string features of a number of rows, stored column by column.

    Entry ``i`` of a column puts the feature ``prefix + values[codes[i]]`` in row ``rows[i]``, so a
    feature shared by many rows (a word form, a tag, a sentence cue) is spelled once per document,
    not once per token. It reads as a list of rows of feature strings (what training counts, in
    column order within a row) and as a binary matrix over a vocabulary (:meth:`matrix`, what the
    model scores), both from the same columns.
    """

    def __init__(self, n_rows: int) -> None:
        self.n_rows = n_rows
        self.columns: list[tuple[str, list[str], np.ndarray, np.ndarray] | PairColumn] = []
        self._lists: list[list[str]] | None = None

    def add(self, prefix: str, values: list[str], codes, rows) -> None:
        self.columns.append((prefix, values, np.asarray(codes, dtype=np.int64), np.asarray(rows, dtype=np.int64)))
        self._lists = None

    def add_pairs(self, prefix: str, first: list[str], first_codes, separator: str, second: list[str], second_codes, rows) -> None:
        """The feature ``prefix + first[a] + separator + second[b]`` for each coded pair ``(a, b)``, in
        its row; kept unspelled (a :class:`PairColumn`) until training asks for the strings."""
        self.columns.append(PairColumn(
            prefix, separator, first, np.asarray(first_codes, dtype=np.int64), second,
            np.asarray(second_codes, dtype=np.int64), np.asarray(rows, dtype=np.int64)))
        self._lists = None

    def add_flag(self, name: str, mask: np.ndarray) -> None:
        """The feature ``name`` in every row where ``mask`` holds."""
        rows = np.flatnonzero(mask)
        self.add(name, [""], np.zeros(len(rows), dtype=np.int64), rows)

    def lists(self) -> list[list[str]]:
        """Each row's feature strings, spelled out (built once, on first use: training reads them)."""
        if self._lists is None:
            lists: list[list[str]] = [[] for _ in range(self.n_rows)]
            for column in self.columns:
                prefix, values, codes, rows = column.spelled() if isinstance(column, PairColumn) else column
                spelled = [prefix + value for value in values]
                for row, code in zip(rows.tolist(), codes.tolist()):
                    lists[row].append(spelled[code])
            self._lists = lists
        return self._lists

    def __len__(self) -> int:
        return self.n_rows

    def __iter__(self):
        return iter(self.lists())

    def __getitem__(self, row: int) -> list[str]:
        return self.lists()[row]

    def matrix(self, vocabulary: Mapping[str, int]) -> sparse.csr_matrix:
        """Binary rows over ``vocabulary`` (unknown features dropped): each distinct string looked up once."""
        if not isinstance(vocabulary, Vocabulary):
            vocabulary = Vocabulary(vocabulary)  # the model's and the training design's already are
        rows, columns = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        for column in self.columns:
            if isinstance(column, PairColumn):
                ids, entry_rows = vocabulary.pairs(column.prefix, column.separator).find(column), column.rows
            else:
                prefix, values, codes, entry_rows = column
                found = np.fromiter(map(vocabulary.under(prefix).get, values, repeat(-1)), dtype=np.int64, count=len(values))
                ids = found[codes]
            known = ids >= 0
            rows.append(entry_rows[known])
            columns.append(ids[known])
        return _binary_rows(np.concatenate(rows), np.concatenate(columns), self.n_rows, len(vocabulary))


class Vocabulary(dict):
    """A fixed feature vocabulary (feature string → column) that also answers by prefix.

    :meth:`under` gives the features that start with a prefix, keyed by the rest of the string,
    so a column of a :class:`FeatureTable` looks its values up without spelling ``prefix + value``
    once per value, in a dict a fraction of the whole one's size (fewer cache misses: looking up
    the features is most of the technique model's cost). Built per prefix on first use; the
    vocabulary must not change afterwards.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._under: dict[str, dict[str, int]] = {}
        self._pairs: dict[tuple[str, str], PairIndex] = {}
        self._pair_words = PairWords()

    def pairs(self, prefix: str, separator: str) -> "PairIndex":
        """The features ``prefix + left + separator + right``, found by their two words (built on first use)."""
        found = self._pairs.get((prefix, separator))
        if found is None:
            found = self._pairs[prefix, separator] = PairIndex(self.under(prefix), separator, self._pair_words)
        return found

    def under(self, prefix: str) -> Mapping[str, int]:
        """``{rest: column}`` for every feature ``prefix + rest`` (the vocabulary itself for ``""``)."""
        found = self._under.get(prefix)
        if found is None:
            cut = len(prefix)
            found = self._under[prefix] = {f[cut:]: i for f, i in self.items() if f.startswith(prefix)} if prefix else self
        return found


@dataclass(frozen=True)
class PairColumn:
    """Pair features of a :class:`FeatureTable` (word bigrams): entry ``i`` puts the feature
    ``prefix + first[first_codes[i]] + separator + second[second_codes[i]]`` in row ``rows[i]``.

    A document has about as many distinct bigrams as tokens, so spelling each as a string and
    looking it up in the model's vocabulary cost more than all its other features together; the
    model finds them by their two words' numbers instead (:class:`PairIndex`), and only training,
    which counts the strings, spells them (:meth:`spelled`).
    """

    prefix: str
    separator: str
    first: list[str]
    first_codes: np.ndarray
    second: list[str]
    second_codes: np.ndarray
    rows: np.ndarray

    def spelled(self) -> tuple[str, list[str], np.ndarray, np.ndarray]:
        """The column as ``(prefix, distinct pair strings, each entry's code among them, rows)``."""
        values, codes = _pairs(self.first, self.first_codes, self.separator, self.second, self.second_codes)
        return self.prefix, values, codes, self.rows


class PairWords:
    """The numbers of the words of a vocabulary's pair features, shared by all its pair prefixes,
    so that a document's word list, which several pair columns share (left and right bigrams), is
    looked up once (:meth:`numbers` remembers the last list it numbered)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self._last: tuple[list[str], np.ndarray] | None = None

    def number(self, word: str) -> int:
        self._last = None  # a word list numbered before may hold this word
        return self.index.setdefault(word, len(self.index))

    def numbers(self, words: list[str]) -> np.ndarray:
        """Each word's number, -1 for a word no pair feature has."""
        last = self._last
        if last is not None and last[0] is words:
            return last[1]
        found = np.fromiter(map(self.index.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        self._last = (words, found)
        return found


class PairIndex:
    """The pair features of a vocabulary under one prefix (``{left + separator + right: column}``),
    keyed by the numbers of their two words: a document's word pairs are looked up as arrays
    (:meth:`find`), one dictionary lookup per distinct word instead of one per distinct pair.

    A feature whose text holds the separator more than once (a word with a "|" in it) is entered
    under every split, as its string would match each of those pairs.
    """

    SHIFT = 32  # a pair's key: the left word's number in the high bits, the right word's in the low

    def __init__(self, features: Mapping[str, int], separator: str, words: PairWords) -> None:
        keys: list[int] = []
        columns: list[int] = []
        width = len(separator)
        for rest, column in features.items():
            at = rest.find(separator)
            while at != -1:
                keys.append(words.number(rest[:at]) << self.SHIFT | words.number(rest[at + width:]))
                columns.append(column)
                at = rest.find(separator, at + 1)
        self.words = words
        keys_array = np.asarray(keys, dtype=np.int64)
        order = np.argsort(keys_array, kind="stable")
        self.keys = keys_array[order]
        self.columns = np.asarray(columns, dtype=np.int64)[order]

    def find(self, column: PairColumn) -> np.ndarray:
        """Each entry's vocabulary column, -1 for a pair the vocabulary lacks."""
        first = self.words.numbers(column.first)
        second = self.words.numbers(column.second)
        left, right = first[column.first_codes], second[column.second_codes]
        if not len(self.keys) or not len(left):
            return np.full(len(left), -1, dtype=np.int64)
        keys = (left << self.SHIFT) | right
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where((left >= 0) & (right >= 0) & (self.keys[at] == keys), self.columns[at], -1)


@dataclass
class WordClusters:
    """Distributional word clusters at several granularities: lowercase word → one cluster id per level.

    Learned without labels from unlabeled news text (:func:`newsgraph.training.techniques.build_word_clusters`),
    words that occur in the same contexts share a cluster, so a technique cue the annotated
    articles show with one word also counts for its unseen neighbours in meaning. ``ids`` is
    ``(words, levels)``, coarsest level first; a word the table lacks has no cluster.
    """

    words: list[str]
    ids: np.ndarray

    def __post_init__(self) -> None:
        self.ids = np.asarray(self.ids, dtype=np.int16).reshape(len(self.words), -1)
        self._index = {word: number for number, word in enumerate(self.words)}
        self.sizes = [int(size) for size in self.ids.max(axis=0) + 1] if len(self.words) else []

    def lookup(self, words) -> np.ndarray:
        """``(len(words), levels)`` cluster ids of lowercase ``words``, -1 for a word the table lacks."""
        rows = np.fromiter(map(self._index.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        found = np.full((len(rows), len(self.sizes)), -1, dtype=np.int64)
        found[rows >= 0] = self.ids[rows[rows >= 0]]
        return found


@dataclass
class WordVectors:
    """Static word vectors distilled from a sentence encoder: lowercase word → dense vector.

    Made once by :mod:`newsgraph.training.word_vectors` (all-MiniLM-L6-v2, each word encoded alone,
    PCA, int8 with one scale per dimension) and shipped as ``models/word_vectors.npz``, so a cue
    the annotated articles show with one word also counts for words the encoder, which has read
    far more text, places near it. Each dimension is standardised over the table's words and scaled
    by ``VECTOR_SCALE`` (the linear models see them beside 0/1 features); a word the table lacks
    gets zeros.
    """

    words: list[str]
    vectors: np.ndarray  # (words, dimensions) int8
    scale: np.ndarray  # (dimensions,) what one int8 step is worth
    digest: str = ""  # SHA-256 of the file read: a model records the table it was fitted with

    def __post_init__(self) -> None:
        self.vectors = np.asarray(self.vectors, dtype=np.int8).reshape(len(self.words), -1)
        table = self.vectors.astype(np.float32) * np.asarray(self.scale, dtype=np.float32)
        table = (table - table.mean(axis=0)) / np.maximum(table.std(axis=0), 1e-6) * VECTOR_SCALE if len(table) else table
        self._table = np.vstack([table, np.zeros((1, table.shape[1]), dtype=np.float32)]).astype(np.float32)
        self._index = {word: number for number, word in enumerate(self.words)}
        self.dimensions = int(self.vectors.shape[1])

    def lookup(self, words) -> np.ndarray:
        """``(len(words), dimensions)`` standardised vectors of lowercase ``words``, zeros for a word the table lacks."""
        rows = np.fromiter(map(self._index.get, words, repeat(len(self.words))), dtype=np.int64, count=len(words))
        return self._table[rows]

    @classmethod
    def load(cls, path: Path) -> "WordVectors":
        import hashlib

        try:
            data = Path(path).read_bytes()
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                words = bytes(archive["words"]).decode("utf-8").split("\n")
                return cls(words, archive["vectors"], archive["scale"], hashlib.sha256(data).hexdigest())
        except FileNotFoundError:
            raise TechniqueModelError(f"{path}: word vectors not found (made by `python -m newsgraph.training.word_vectors`)") from None
        except (OSError, ValueError, KeyError, EOFError) as error:
            raise TechniqueModelError(f"{path}: not a word-vector table ({error})") from None


def shipped_vectors_path() -> Path:
    """Where the word vectors shipped in the package live."""
    return shipped_model_path().with_name(VECTOR_FILE)


@lru_cache(maxsize=2)
def load_word_vectors(path: str | None = None) -> WordVectors:
    """The word vectors shipped in the package (or those at ``path``)."""
    return WordVectors.load(Path(path) if path else shipped_vectors_path())


@dataclass
class DocFeatures:
    """The feature view of one document: one row per non-space token ("unit") and per sentence."""

    tokens: list[int]  # doc token index of each unit
    sentence: np.ndarray  # sentence number of each unit
    unit: FeatureTable  # unit features (scored at every window offset)
    context: FeatureTable  # context features (scored for the token itself only)
    sentences: FeatureTable  # features of each sentence of doc.sents
    bounds: list[tuple[int, int]]  # character bounds of each sentence, outer whitespace left out
    starts: np.ndarray  # character offset where each unit starts
    ends: np.ndarray  # character offset where each unit ends
    trimmable: np.ndarray  # unit is punctuation a span should not start or end on
    vectors: np.ndarray | None = None  # (units, dimensions) word vector of each unit, if the model reads them
    heads: np.ndarray | None = None  # unit index of each unit's syntactic head (itself for a root): the snap reads phrases
    pos: np.ndarray | None = None  # each unit's coarse POS as an index into UD_POS (len(UD_POS): another)
    dep: np.ndarray | None = None  # each unit's dependency label as an index into SNAP_DEPS (len(SNAP_DEPS): another)
    word_vectors: np.ndarray | None = None  # the vectors of the document's distinct words: ``vectors`` is word_vectors[word_codes]
    word_codes: np.ndarray | None = None  # each unit's row of word_vectors (the model projects each distinct word once)


def window_mean(values: np.ndarray, sentence: np.ndarray) -> np.ndarray:
    """Each row's mean of ``values`` over its window: the rows up to ``WINDOW`` away in its sentence,
    itself included (``sentence``: each unit's sentence number, non-decreasing). By running sums,
    as a loop over offsets costs more than the model on a long article."""
    n = len(values)
    at = np.arange(n)
    low = np.maximum(at - WINDOW, np.searchsorted(sentence, sentence, side="left"))
    high = np.minimum(at + WINDOW, np.searchsorted(sentence, sentence, side="right") - 1) + 1
    sums = np.zeros((n + 1, values.shape[1]))
    np.cumsum(values, axis=0, out=sums[1:])
    return ((sums[high] - sums[low]) / (high - low)[:, None]).astype(np.float32)


def token_dense(features: DocFeatures) -> np.ndarray:
    """``(units, 2 * dimensions)``: each unit's word vector and the mean of those of its window:
    the dense token features."""
    return np.hstack([features.vectors, window_mean(features.vectors, features.sentence)])


def sentence_dense(features: DocFeatures) -> np.ndarray:
    """``(sentences, dimensions)``: the mean word vector of each sentence's units the table knows."""
    vectors = features.vectors
    n_sentences = len(features.bounds)
    known = np.any(vectors != 0, axis=1)
    ends = np.searchsorted(features.sentence, np.arange(n_sentences), side="right")
    sums = np.zeros((len(vectors) + 1, vectors.shape[1] + 1))
    np.cumsum(np.hstack([vectors, known[:, None]]), axis=0, out=sums[1:])
    per_sentence = np.diff(sums[np.r_[0, ends]], axis=0)
    return (per_sentence[:, :-1] / np.maximum(per_sentence[:, -1:], 1)).astype(np.float32)


def _valence_feature(valence: float) -> str:
    """``v=`` sign and strength (1: below 1.5, 2: below 2.5, 3: stronger) of a lexicon word."""
    strength = abs(valence)
    return "v=" + ("n" if valence < 0 else "p") + ("1" if strength < STRONG_VALENCE else "2" if strength < 2.5 else "3")


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


def _quote_flags(text: str, starts: np.ndarray, ends: np.ndarray, marks: Mapping[int, str]) -> np.ndarray:
    """Whether each unit lies inside quotation marks (the marks themselves count as inside).

    ``marks`` maps each unit that is a quotation mark to its text. Straight double quotes toggle;
    curly ones open and close; a line break closes everything, so a stray mark cannot put the rest
    of the article in quotes. Only marks and line breaks change the state, so only they are walked
    through one by one; every other unit takes the state the last of them left.
    """
    n = len(starts)
    breaks = np.zeros(n, dtype=bool)
    newlines = np.array([m.start() for m in re.finditer("\n", text)], dtype=np.int64)
    if n > 1 and len(newlines):
        breaks[1:] = np.searchsorted(newlines, starts[1:]) > np.searchsorted(newlines, ends[:-1])
    events = sorted(set(marks).union(np.flatnonzero(breaks).tolist()))
    flags = np.zeros(n, dtype=bool)
    inside_after = [False]  # the state before the first event, then after each one
    depth = 0
    straight_open = False
    for unit in events:
        if breaks[unit]:
            depth, straight_open = 0, False
        orth = marks.get(unit)
        if orth is None:
            flags[unit] = depth > 0 or straight_open
        elif orth in _OPEN_QUOTES:
            depth += 1
            flags[unit] = True
        elif orth in _CLOSE_QUOTES:
            flags[unit] = depth > 0 or straight_open or orth == "’"
            depth = max(depth - 1, 0)
        else:
            flags[unit] = True
            straight_open = not straight_open
        inside_after.append(depth > 0 or straight_open)
    is_event = np.zeros(n, dtype=bool)
    is_event[events] = True
    state = np.array(inside_after, dtype=bool)[np.searchsorted(np.array(events, dtype=np.int64), np.arange(n), side="right")]
    return np.where(is_event, flags, state)


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


def _pairs(first: list[str], first_codes: np.ndarray, separator: str, second: list[str], second_codes: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Distinct ``first + separator + second`` strings of coded pairs, and each pair's code among them."""
    width = max(len(second), 1)
    distinct, codes = np.unique(first_codes * width + second_codes, return_inverse=True)
    return [first[p // width] + separator + second[p % width] for p in distinct.tolist()], codes.reshape(-1)


def _any_per_sentence(flags: np.ndarray, sentence: np.ndarray, n_sentences: int) -> np.ndarray:
    """Whether any unit of each sentence has its flag set (``sentence``: each unit's sentence number)."""
    return np.bincount(sentence[flags], minlength=n_sentences) > 0


def doc_features(
    doc: Doc, lexicon: Mapping[str, float] | None = None, clusters: WordClusters | None = None, vectors: WordVectors | None = None
) -> DocFeatures:
    """Features of every non-space token and every sentence of ``doc`` (see the module docstring).

    ``lexicon`` (word → sentiment valence, the model's :attr:`TechniqueModel.lexicon`) adds the
    valence features, ``clusters`` (the model's :attr:`TechniqueModel.clusters`) the word-cluster
    features, ``vectors`` (:class:`WordVectors`) each unit's word vector; without them they are left out.

    Token attributes are read in one ``Doc.to_array`` call; every string (a word form, a lemma, a
    bigram) is decoded and spelled once per distinct value in the document, and per-token features
    are arrays of codes into those values (a :class:`FeatureTable`): building strings token by
    token would cost more than the model.
    """
    n_tokens = len(doc)
    strings = doc.vocab.strings
    table = doc.to_array(list(_ATTRS)) if n_tokens else np.zeros((0, len(_ATTRS)), dtype=np.uint64)
    table = table.reshape(n_tokens, len(_ATTRS))
    columns = dict(zip(_ATTRS, table.T))
    units_array = np.flatnonzero(~columns[IS_SPACE].astype(bool))
    units = units_array.tolist()
    n = len(units)
    sentence_starts = _sentence_starts(doc)
    n_sentences = len(sentence_starts)
    sentence_of = np.zeros(n_tokens, dtype=np.int64)
    for number, first in enumerate(sentence_starts):
        sentence_of[first:] = number
    sentence = sentence_of[units_array]

    def decode(keys: np.ndarray) -> tuple[list[str], np.ndarray]:
        """The distinct strings of spaCy string keys, and each key's code among them."""
        return distinct_strings(strings, keys)

    def of_values(values: list, codes: np.ndarray, dtype) -> np.ndarray:
        """A per-value property (one entry per distinct value) spread to every coded entry."""
        return np.array(values, dtype=dtype).reshape(-1)[codes] if len(codes) else np.zeros(0, dtype)

    orth_values, orth_codes = decode(columns[ORTH][units_array])
    lower_values, lower_codes = decode(columns[LOWER][units_array])
    raw_lemmas, raw_lemma_codes = decode(columns[LEMMA][units_array])
    # Lemmas count lowercased: two spellings of one lemma are one lemma (for repetition, bigrams).
    lemma_ids: dict[str, int] = {}
    remap = [lemma_ids.setdefault(lowered, len(lemma_ids)) for lowered in lowered_strings(raw_lemmas)]
    lemma_values = list(lemma_ids)
    lemma_codes = of_values(remap, raw_lemma_codes, np.int64)
    pos_values, pos_codes = decode(columns[POS][units_array])
    tag_values, tag_codes = decode(columns[TAG][units_array])
    dep_values, dep_codes = decode(columns[DEP][units_array])
    shape_values, shape_codes = decode(columns[SHAPE][units_array])
    ent_values, ent_codes = decode(columns[ENT_TYPE][units_array])
    alpha = columns[IS_ALPHA][units_array].astype(bool)
    stop = columns[IS_STOP][units_array].astype(bool)
    upper = columns[IS_UPPER][units_array].astype(bool)
    punct = columns[IS_PUNCT][units_array].astype(bool)
    heads = (np.arange(n_tokens, dtype=np.int64) + columns[HEAD].astype(np.int64))[units_array]
    starts = columns[IDX][units_array].astype(np.int64)
    ends = starts + of_values([len(o) for o in orth_values], orth_codes, np.int64)

    content = alpha & ~stop
    shouting = upper & alpha & (ends - starts > 2)
    quote_mark = of_values([o in _QUOTE_MARKS for o in orth_values], orth_codes, bool)
    first_sentence = int(sentence[0]) if n else 0
    same_after = np.zeros(n, dtype=bool)
    same_after[:-1] = sentence[:-1] == sentence[1:]
    same_before = np.zeros(n, dtype=bool)
    same_before[1:] = same_after[:-1]
    text = doc_text(doc)
    quoted = _quote_flags(text, starts, ends, {int(u): orth_values[orth_codes[u]] for u in np.flatnonzero(quote_mark)})
    if lexicon:
        lower_valence = [lexicon.get(w, math.nan) for w in lower_values]
        lemma_valence = [lexicon.get(w, math.nan) for w in lemma_values]
        valence = of_values(lower_valence, lower_codes, np.float64)
        missing = np.isnan(valence)
        valence[missing] = of_values(lemma_valence, lemma_codes, np.float64)[missing]
        has_valence = ~np.isnan(valence)
    else:
        valence, has_valence = np.zeros(n), np.zeros(n, dtype=bool)

    # Cues of each sentence, shared by its tokens (context features) and by the sentence model.
    def per_sentence(values: list, codes: np.ndarray) -> np.ndarray:
        return _any_per_sentence(of_values(values, codes, bool), sentence, n_sentences)

    sentence_length = np.bincount(sentence, minlength=n_sentences)
    mark_cues = [(per_sentence([w == mark for w in lower_values], lower_codes), cue) for mark, cue in (("!", "s!"), ("?", "s?"))]
    word_cues = [
        (per_sentence([w in words for w in lower_values], lower_codes), cue)
        for words, cue in ((_FIRST_PLURAL, "swe"), (_SECOND_PERSON, "syou"), (_MODALS, "smodal"), (_NEGATIONS, "sneg"))
    ]
    superlative = per_sentence([t in ("JJS", "RBS") for t in tag_values], tag_codes)
    caps = _any_per_sentence(shouting, sentence, n_sentences)
    quote_marks = _any_per_sentence(quote_mark, sentence, n_sentences)
    strong = np.minimum(np.bincount(sentence[has_valence & (np.abs(valence) >= STRONG_VALENCE)], minlength=n_sentences), 3)
    valenced = np.minimum(np.bincount(sentence[has_valence], minlength=n_sentences), 4)
    cue_ids: dict[str, int] = {}
    cue_codes: list[int] = []
    cue_counts: list[int] = []
    for number in range(n_sentences):
        cues = [f"slen={_bucket(int(sentence_length[number]), (3, 7, 15, 30, 50))}"]
        if number == first_sentence:
            cues.append("stitle")
        cues += [cue for flags, cue in mark_cues + word_cues if flags[number]]
        if superlative[number]:
            cues.append("ssup")
        if caps[number]:
            cues.append("scaps")
        if quote_marks[number]:
            cues.append("squote")
        if lexicon:
            cues.append(f"sv={strong[number]}")
        cue_codes += [cue_ids.setdefault(cue, len(cue_ids)) for cue in cues]
        cue_counts.append(len(cues))
    cue_values = list(cue_ids)
    cue_codes_array = np.array(cue_codes, dtype=np.int64)
    cue_counts_array = np.array(cue_counts, dtype=np.int64)
    cue_first = np.cumsum(cue_counts_array) - cue_counts_array

    sentences = FeatureTable(n_sentences)
    sentences.add("", cue_values, cue_codes_array, np.repeat(np.arange(n_sentences), cue_counts_array))
    if lexicon:
        sentences.add("svn=", [str(v) for v in range(5)], valenced, np.arange(n_sentences))
    sat = [_bucket(number - first_sentence, (0, 1, 2, 4)) for number in range(n_sentences)]
    sentences.add("sat=", [str(v) for v in range(5)], sat, np.arange(n_sentences))
    sentences.add("u=", lemma_values, lemma_codes, sentence)
    within_sentence = same_after[:-1]
    sentences.add_pairs("b=", lemma_values, lemma_codes[:-1][within_sentence], "|", lemma_values, lemma_codes[1:][within_sentence], sentence[:-1][within_sentence])
    adjective = of_values([p in _SENTENCE_POS for p in pos_values], pos_codes, bool)
    adjective_lemmas, adjective_codes = np.unique(lemma_codes[adjective], return_inverse=True)  # a few of the lemmas: look up only those
    sentences.add("j=", [lemma_values[code] for code in adjective_lemmas.tolist()], adjective_codes.reshape(-1), sentence[adjective])

    unit = FeatureTable(n)
    unit.add("w=", lower_values, lower_codes, np.arange(n))
    unit.add("l=", lemma_values, lemma_codes, np.arange(n))
    unit.add("p=", pos_values, pos_codes, np.arange(n))
    unit.add("t=", tag_values, tag_codes, np.arange(n))
    unit.add("d=", dep_values, dep_codes, np.arange(n))
    unit.add("s=", [s[:5] for s in shape_values], shape_codes, np.arange(n))
    unit.add("x=", [w[-3:] for w in lower_values], lower_codes, np.arange(n))
    entity = of_values([bool(e) for e in ent_values], ent_codes, bool)
    unit.add("e=", ent_values, ent_codes[entity], np.flatnonzero(entity))
    unit.add_flag("caps", shouting)
    unit.add_flag("q", quoted)
    valence_values, valence_codes = np.unique(valence[has_valence], return_inverse=True)
    unit.add("", [_valence_feature(v) for v in valence_values.tolist()], valence_codes.reshape(-1), np.flatnonzero(has_valence))
    lemma_count = np.bincount(lemma_codes[content], minlength=len(lemma_values))[lemma_codes] if n else np.zeros(0, np.int64)
    repeated = content & (lemma_count > 1)
    unit.add("rep=", [str(v) for v in range(4)], np.searchsorted((2, 3, 5), lemma_count[repeated]), np.flatnonzero(repeated))
    content_units = np.flatnonzero(content)
    seen = np.zeros(n, dtype=bool)
    seen[content_units] = True
    seen[content_units[np.unique(lemma_codes[content_units], return_index=True)[1]]] = False  # a lemma's first use
    unit.add_flag("seen", seen)
    in_title = np.zeros(len(lemma_values), dtype=bool)
    in_title[lemma_codes[content & (sentence == first_sentence)]] = True
    unit.add_flag("intitle", content & in_title[lemma_codes] & (sentence != first_sentence))
    if clusters is not None:
        clustered = clusters.lookup(lower_values)[lower_codes] if n else np.zeros((0, len(clusters.sizes)), np.int64)
        known = np.flatnonzero(clustered[:, 0] >= 0) if clusters.sizes else np.zeros(0, np.int64)
        for level in range(len(clusters.sizes)):
            cluster_values, cluster_codes = np.unique(clustered[known, level], return_inverse=True)
            names = [str(v) for v in cluster_values.tolist()]
            unit.add(f"c{level}=", names, cluster_codes.reshape(-1), known)
            if level == SENTENCE_CLUSTER_LEVEL:
                sentences.add("sc=", names, cluster_codes.reshape(-1), sentence[known])

    context = FeatureTable(n)
    per_unit = cue_counts_array[sentence]
    cue_rows = np.repeat(np.arange(n), per_unit)
    within = np.arange(len(cue_rows)) - np.repeat(np.cumsum(per_unit) - per_unit, per_unit)
    context.add("", cue_values, cue_codes_array[np.repeat(cue_first[sentence], per_unit) + within] if len(cue_rows) else cue_rows, cue_rows)
    head_lemmas, head_lemma_codes = decode(columns[LEMMA][heads])
    context.add("hl=", lowered_strings(head_lemmas), head_lemma_codes, np.arange(n))
    head_poses, head_pos_codes = decode(columns[POS][heads])
    context.add("dh=", *_pairs(dep_values, dep_codes, ">", head_poses, head_pos_codes), np.arange(n))
    words = lower_values + ["<s>", "</s>"]
    before = np.full(n, len(lower_values), dtype=np.int64)
    before[same_before] = lower_codes[:-1][same_after[:-1]]
    after = np.full(n, len(lower_values) + 1, dtype=np.int64)
    after[same_after] = lower_codes[1:][same_after[:-1]]
    context.add_pairs("b-=", words, before, "|", words, lower_codes, np.arange(n))
    context.add_pairs("b+=", words, lower_codes, "|", words, after, np.arange(n))
    place = np.searchsorted((0, 1, 3, 8), units_array - np.asarray(sentence_starts, dtype=np.int64)[sentence]) if n else np.zeros(0, np.int64)
    context.add("pos=", [str(v) for v in range(5)], place, np.arange(n))
    context.add_flag("last", ~same_after)
    # A lemma bigram counts wherever one of its two words is a content word, across sentences too.
    bigram_seen = np.zeros(n, dtype=bool)
    if n > 1:
        bigram_codes = np.unique(lemma_codes[:-1] * max(len(lemma_values), 1) + lemma_codes[1:], return_inverse=True)[1].reshape(-1)
        counted = content[:-1] | content[1:]
        bigram_seen[:-1] = (np.bincount(bigram_codes[counted], minlength=int(bigram_codes.max()) + 1) > 1)[bigram_codes]
    context.add_flag("repbi", same_after & bigram_seen)
    repeated_before = np.zeros(n, dtype=bool)
    repeated_before[1:] = bigram_seen[:-1]
    context.add_flag("repbi-", same_before & repeated_before)

    trimmable = punct & ~quote_mark
    word_vectors = vectors.lookup(lower_values) if vectors is not None else None
    unit_vectors = word_vectors[lower_codes] if word_vectors is not None else None
    unit_of_token = np.arange(n_tokens, dtype=np.int64)
    unit_of_token[units_array] = np.arange(n)
    head_units = unit_of_token[heads]
    head_units[columns[IS_SPACE][heads].astype(bool)] = np.flatnonzero(columns[IS_SPACE][heads].astype(bool))  # a space head: none
    pos_index = of_values([UD_POS.index(p) if p in UD_POS else len(UD_POS) for p in pos_values], pos_codes, np.int64)
    dep_index = of_values([SNAP_DEPS.index(d) if d in SNAP_DEPS else len(SNAP_DEPS) for d in dep_values], dep_codes, np.int64)
    return DocFeatures(
        units, sentence, unit, context, sentences, sentence_bounds(doc, text, sentence_starts), starts, ends, trimmable, unit_vectors, head_units, pos_index, dep_index,
        word_vectors, lower_codes if word_vectors is not None else None
    )


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


def _binary_rows(rows: np.ndarray, columns: np.ndarray, n_rows: int, n_columns: int) -> sparse.csr_matrix:
    """The binary ``(n_rows, n_columns)`` matrix with a 1 at each ``(rows[i], columns[i])`` (repeats count once)."""
    cells = np.sort(rows * n_columns + columns)
    if len(cells) > 1:
        cells = cells[np.append(True, cells[1:] != cells[:-1])]
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(cells // max(n_columns, 1), minlength=n_rows), out=indptr[1:])
    data = np.ones(len(cells), dtype=np.float32)
    return sparse.csr_matrix((data, cells % max(n_columns, 1), indptr), shape=(n_rows, n_columns))


def index_rows(rows: FeatureTable | list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Binary rows over ``vocabulary`` (unknown features are dropped, repeated ones count once)."""
    if isinstance(rows, FeatureTable):
        return rows.matrix(vocabulary)
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    found = np.fromiter(map(vocabulary.get, chain.from_iterable(rows), repeat(-1)), dtype=np.int64, count=int(lengths.sum()))
    known = found >= 0
    return _binary_rows(np.repeat(np.arange(len(rows)), lengths)[known], found[known], len(rows), len(vocabulary))


# --------------------------------------------------------------------------- the model


def _project(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``values @ weights`` for the small dense blocks of the word-vector features, by einsum's own
    loop: a matmul goes to the threaded BLAS, whose threads cost tens of times more CPU than the
    product when the cores are shared."""
    return np.einsum("ij,jk->ik", values, weights).astype(np.float32)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))


def mix_logits(token_logits: np.ndarray, sentence_logits: np.ndarray, sentence: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token and sentence logits of each technique, each told what the other model thinks of the same sentence.

    ``token_logits`` is ``(units, techniques + 1)``: each technique's logit, then the any-technique
    one, of which every technique's gains :data:`ANY_MIX`. Then a token's technique logit gains
    :data:`SENTENCE_TO_TOKEN` times its sentence's logit, and a sentence's gains
    :data:`TOKEN_TO_SENTENCE` times its best token's, so that a loaded word in a sentence the
    sentence model finds plain counts for less (a soft sentence gate), and a sentence holding one
    telling word counts for more. ``sentence`` is each unit's sentence number (units in order).
    Returns ``(units, techniques)`` and ``(sentences, techniques)``.
    """
    token_logits = np.asarray(token_logits, dtype=np.float64)
    token = token_logits[:, :-1] + ANY_MIX * token_logits[:, -1:]
    best = np.full(sentence_logits.shape, -40.0, dtype=np.float64)
    if len(sentence):
        firsts = np.flatnonzero(np.append(True, sentence[1:] != sentence[:-1]))
        best[sentence[firsts]] = np.maximum.reduceat(token, firsts, axis=0)
    return token + SENTENCE_TO_TOKEN * sentence_logits[sentence], sentence_logits + TOKEN_TO_SENTENCE * best


SPAN_FEATURES = 3 * len(TECHNIQUES) + 10  # the span filter's features (see span_candidates)


@dataclass
class Candidates:
    """Candidate spans of one document and the features the span filter scores them by."""

    technique: np.ndarray  # index into TECHNIQUES
    start: np.ndarray
    end: np.ndarray
    x: np.ndarray  # (candidates, SPAN_FEATURES)


def span_candidates(
    features, token_probabilities: np.ndarray, sentence_probabilities: np.ndarray, grains, thresholds, margins, bridges
) -> Candidates:
    """Every technique's spans read :data:`CANDIDATE_SHIFT` logits more freely than its reading, with
    what the span filter weighs: the technique, how far its best and its mean token (or its
    sentence) clear the reading, what the sentence and token models say of the sentence, the span's
    length, how many techniques the sentence holds, the sentence's place, and how many candidates
    the whole document has (an article full of them is a tirade, or a model seeing ghosts).

    Readings as :class:`TechniqueModel` holds them: ``grains`` 0 (token runs, see :func:`run_bounds`,
    with ``margins`` and ``bridges``) or 1 (whole sentences), ``thresholds`` probabilities.
    """
    k_count = len(TECHNIQUES)
    n_sentences = len(features.bounds)
    sentence = features.sentence
    units_in = np.bincount(sentence, minlength=n_sentences)
    token_best = np.zeros((n_sentences, k_count))
    if len(sentence):
        firsts = np.flatnonzero(np.append(True, sentence[1:] != sentence[:-1]))
        token_best[sentence[firsts]] = np.maximum.reduceat(token_probabilities, firsts, axis=0)
    rows: list[tuple] = []  # technique, start, end, sentence, best probability, mean probability, units, reading threshold
    for k in range(k_count):
        low = float(_sigmoid(_logit(thresholds[k]) - CANDIDATE_SHIFT))
        if grains[k] == 1:
            for number in np.flatnonzero(sentence_probabilities[:, k] >= low).tolist():
                start, end = features.bounds[number]
                if end > start:
                    rows.append((k, start, end, number, sentence_probabilities[number, k], token_best[number, k], int(units_in[number]), low))
        else:
            scores = token_probabilities[:, k]
            for start, end, first, last in run_bounds(features, scores, low, float(margins[k]), bool(bridges[k])):
                run = scores[first : last + 1]
                rows.append((k, start, end, int(sentence[first]), run.max(), run.mean(), last - first + 1, low))
    n = len(rows)
    x = np.zeros((n, SPAN_FEATURES))
    if not n:
        empty = np.zeros(0, dtype=np.int64)
        return Candidates(empty, empty, empty, x)
    technique, start, end, number, best, mean, units, low = (np.array(column) for column in zip(*rows))
    # How far the best and the mean token (for a sentence: the sentence, and its best token) clear the reading.
    best, mean = _logit(best) - _logit(low), _logit(mean) - _logit(low)
    at = np.arange(n)
    x[at, technique] = 1.0
    x[at, k_count + technique] = best
    x[at, 2 * k_count + technique] = mean
    techniques_in = np.zeros((n_sentences, k_count), dtype=bool)
    techniques_in[number, technique] = True
    j = 3 * k_count
    x[:, j] = _logit(sentence_probabilities[number, technique])
    x[:, j + 1] = _logit(token_best[number, technique])
    x[:, j + 2] = np.log1p(end - start)
    x[:, j + 3] = np.log1p(units)
    x[:, j + 4] = techniques_in.sum(axis=1)[number]
    x[:, j + 5] = number == (int(sentence[0]) if len(sentence) else 0)
    x[:, j + 6] = number / max(n_sentences, 1)
    x[:, j + 7] = np.log1p(n / max(len(sentence), 1) * 1000)
    x[:, j + 8] = best
    x[:, j + 9] = np.log1p(units_in[number])
    return Candidates(technique.astype(np.int64), start.astype(np.int64), end.astype(np.int64), x)


def drop_covered_labels(starts, ends, shares, label_cuts) -> np.ndarray:
    """Which of one document's kept spans stay once the weak labels that cost the span union nothing go.

    SI scores the union of the spans and ignores their labels (overlapping spans merged), while the
    technique-aware score credits every (span, technique) on its own, at |span ∩ gold| / |span|: a
    span whose predicted covered share is below its label cut (``label_cuts``: one for all, or one
    per span) mostly lowers technique-aware precision, and when it lies inside one merged stretch
    of the other spans still kept it adds nothing to the union. Such spans are dropped, weakest
    first (ties by position); each drop leaves the merged stretches, and so SI, exactly as they
    were. Spans overlap only within a stretch, so the work is the number of spans times the size of
    a stretch (a few, within one sentence).
    """
    starts, ends, shares = np.asarray(starts).tolist(), np.asarray(ends).tolist(), np.asarray(shares, dtype=np.float64).tolist()
    n = len(starts)
    cuts = np.broadcast_to(np.asarray(label_cuts, dtype=np.float64), (n,)).tolist()
    keep = np.ones(n, dtype=bool)
    if n < 2 or all(share >= cut for share, cut in zip(shares, cuts)):
        return keep
    stretches: list[list[int]] = []
    reach = 0
    for i in sorted(range(n), key=lambda i: (starts[i], ends[i])):
        if not stretches or starts[i] >= reach:  # touching spans stay apart, as the SI merge keeps them
            stretches.append([])
            reach = ends[i]
        stretches[-1].append(i)
        reach = max(reach, ends[i])
    for stretch in stretches:
        if len(stretch) < 2:
            continue
        for i in sorted((i for i in stretch if shares[i] < cuts[i]), key=lambda i: (shares[i], starts[i], ends[i], i)):
            a, b = starts[i], ends[i]
            inside, first, last = False, -1, -1
            for j in stretch:  # in start order: merge the others as they come
                if j == i or not keep[j]:
                    continue
                if last < 0 or starts[j] >= last:
                    first, last = starts[j], ends[j]
                else:
                    last = max(last, ends[j])
                if first <= a and last >= b:
                    inside = True
                    break
            if inside:
                keep[i] = False
    return keep



# --------------------------------------------------------------------------- snapping kept token runs to phrases

UD_POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")
_CHUNK_MODIFIERS = ("amod", "compound", "nummod", "poss", "advmod", "nmod", "quantmod", "npadvmod", "det", "predet", "case", "neg")
_DETERMINERS = ("det", "predet", "poss", "case")  # what a chunk without its determiner leaves out
_HEAD_MODIFIERS = ("advmod", "neg", "amod", "compound")
SNAP_DEPS = _CHUNK_MODIFIERS  # the dependency labels the phrases read (the head modifiers are among them)
SNAP_KINDS = ("run", "chunk", "chunk_nodet", "head_left")  # the kept run itself, then the phrase kinds it may snap to
MAX_PHRASE_UNITS = 14  # longer phrases are never snap targets
SNAP_NONE = -5.0  # the token logit a neighbour outside the sentence counts as

def _code_mask(names: tuple[str, ...], among: tuple[str, ...]) -> np.ndarray:
    """A lookup table over the codes of ``among`` (and one more, "another"): True for ``names``."""
    return np.array([name in names for name in among] + [False])


_NOUN = _code_mask(("NOUN", "PROPN"), UD_POS)
_HEADING = _code_mask(("ADJ", "ADV", "VERB", "NOUN", "PROPN"), UD_POS)
_IS_CHUNK_MODIFIER = _code_mask(_CHUNK_MODIFIERS, SNAP_DEPS)
_IS_DETERMINER = _code_mask(_DETERMINERS, SNAP_DEPS)
_IS_HEAD_MODIFIER = _code_mask(_HEAD_MODIFIERS, SNAP_DEPS)
SNAP_FEATURES = len(SNAP_KINDS) * (1 + len(TECHNIQUES)) + 3 * len(TECHNIQUES) + 2 * (len(UD_POS) + 1) + (len(UD_POS) + 1) + 17


def subtree_left(heads: np.ndarray) -> np.ndarray:
    """The first unit of each unit's subtree (``heads``: each unit's head, itself for a root).

    One pass per tree level, each handing every unit's leftmost descendant to its head: a few
    vectorised steps, as sentences are shallow trees."""
    left = np.arange(len(heads))
    child = np.flatnonzero(heads != left)
    for _ in range(len(heads)):
        moved = left.copy()
        np.minimum.at(moved, heads[child], left[child])
        if np.array_equal(moved, left):
            break
        left = moved
    return left


def phrase_lefts(heads: np.ndarray, pos: np.ndarray, dep: np.ndarray) -> np.ndarray:
    """``(units, 3)``: the first unit of the phrase each unit heads, per snap kind after "run" (-1: none).

    - chunk: a noun or proper noun with its left modifiers (adjectives, compounds, numbers,
      possessors, adverbs, determiners, …), the noun alone when it has none;
    - chunk_nodet: the same without determiners, possessors or case markers (when some modifier stays);
    - head_left: an adjective, adverb, verb or noun with its left adverbs, negation, adjectives and compounds.

    Each phrase ends on its head. ``pos`` indexes :data:`UD_POS`, ``dep`` :data:`SNAP_DEPS`.
    """
    n = len(heads)
    left = subtree_left(heads)
    units = np.arange(n)
    out = np.full((n, 3), -1, dtype=np.int64)
    nouns, heading = _NOUN[pos], _HEADING[pos]
    before_head = units < heads
    chunk_mod = before_head & _IS_CHUNK_MODIFIER[dep] & nouns[heads]
    no_det = chunk_mod & ~_IS_DETERMINER[dep]
    head_mod = before_head & _IS_HEAD_MODIFIER[dep] & heading[heads]
    for column, (mods, heads_of_kind, alone) in enumerate(((chunk_mod, nouns, True), (no_det, nouns, False), (head_mod, heading, True))):
        first = np.where(heads_of_kind, units, n)
        np.minimum.at(first, heads[mods], left[mods])
        has = first < n if alone else first < units
        out[has & heads_of_kind, column] = first[has & heads_of_kind]
    return out


def snap_pairs(view, run_first: np.ndarray, run_last: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The (run, candidate) pairs the snap scores: each run itself (kind 0) and every phrase of its
    sentence that overlaps it (kinds of :data:`SNAP_KINDS`), at most :data:`MAX_PHRASE_UNITS` long,
    a phrase reached by two kinds counted once, under the first. ``view`` holds whole sentences'
    units (``sentence``, ``heads`` among them, ``pos``, ``dep``; see :func:`snap_view`). Returns run
    index, first unit, last unit and kind of each pair."""
    sentence = view.sentence
    none = np.zeros(0, dtype=np.int64)
    if not len(run_first):
        return none, none, none, none
    lefts = phrase_lefts(view.heads, view.pos, view.dep)
    # A phrase overlapping a run ends (on its head) between the run's first unit and MAX_PHRASE_UNITS past its last.
    sentence_end = np.searchsorted(sentence, sentence[run_first], side="right") - 1
    high = np.minimum(run_last + MAX_PHRASE_UNITS - 1, sentence_end)
    counts = high - run_first + 1
    run = np.repeat(np.arange(len(run_first)), counts)
    last = run_first[run] + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    runs, firsts, lasts, kinds = [np.arange(len(run_first))], [run_first], [run_last], [np.zeros(len(run_first), dtype=np.int64)]
    for column in range(3):
        first = lefts[last, column]
        ok = (first >= 0) & (first <= run_last[run]) & (last - first < MAX_PHRASE_UNITS) & ~((first == run_first[run]) & (last == run_last[run]))
        ok[ok] = sentence[first[ok]] == sentence[last[ok]]
        runs.append(run[ok]), firsts.append(first[ok]), lasts.append(last[ok]), kinds.append(np.full(int(ok.sum()), column + 1, dtype=np.int64))
    run, first, last, kind = (np.concatenate(part) for part in (runs, firsts, lasts, kinds))
    key = (run * len(sentence) + first) * len(sentence) + last
    _, once = np.unique(key, return_index=True)  # in kind order, so the first kind stays
    once.sort()
    return run[once], first[once], last[once], kind[once]


def snap_features(
    view, token_logits: np.ndarray, run_technique: np.ndarray, run_share_logit: np.ndarray, run_first, run_last, pair_run, pair_first, pair_last, pair_kind
) -> np.ndarray:
    """``(pairs, SNAP_FEATURES)``: what the snap scorer weighs of a candidate span for a kept run:
    its kind and the run's technique (and the two crossed), how the technique's token logits
    (``token_logits``: each unit of ``view``'s logit above its reading threshold) stand inside the candidate
    and inside the run and just outside the candidate, its length, its overlap with the run both
    ways, the span filter's logit of the run, and the POS of its first and last unit and its POS mix.
    Vectorised over the pairs: each span's units are laid end to end once, and reduced span by span."""
    n_pairs = len(pair_run)
    k_count = len(TECHNIQUES)
    n_pos = len(UD_POS) + 1
    x = np.zeros((n_pairs, SNAP_FEATURES))
    if not n_pairs:
        return x
    sentence, starts, ends = view.sentence, view.starts, view.ends
    technique = run_technique[pair_run]
    logits = np.clip(token_logits, -15.0, 15.0)

    def laid_out(first: np.ndarray, last: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each span's size, where its units begin in the layout, and the unit at each place of it."""
        size = last - first + 1
        offsets = np.cumsum(size) - size
        return size, offsets, np.repeat(first - offsets, size) + np.arange(int(size.sum()))

    size, offsets, units = laid_out(pair_first, pair_last)
    values = logits[units, np.repeat(technique, size)]
    mean = np.add.reduceat(values, offsets) / size
    best = np.maximum.reduceat(values, offsets)
    run_size, run_offsets, run_units_laid = laid_out(run_first, run_last)
    run_mean = (np.add.reduceat(logits[run_units_laid, np.repeat(run_technique, run_size)], run_offsets) / run_size)[pair_run]
    rf, rl = run_first[pair_run], run_last[pair_run]
    before_unit, after_unit = np.maximum(pair_first - 1, 0), np.minimum(pair_last + 1, len(sentence) - 1)
    before = np.where((pair_first > 0) & (sentence[before_unit] == sentence[pair_first]), logits[before_unit, technique], SNAP_NONE)
    after = np.where((pair_last + 1 < len(sentence)) & (sentence[after_unit] == sentence[pair_last]), logits[after_unit, technique], SNAP_NONE)
    a, b = starts[pair_first], ends[pair_last]
    ra, rb = starts[rf], ends[rl]
    inter = np.maximum(0, np.minimum(b, rb) - np.maximum(a, ra))
    length, run_length = np.log1p(b - a), np.log1p(rb - ra)
    at = np.arange(n_pairs)
    pos_counts = np.bincount(np.repeat(at, size) * n_pos + view.pos[units], minlength=n_pairs * n_pos).reshape(n_pairs, n_pos)
    x[at, pair_kind] = 1.0
    column = len(SNAP_KINDS)
    x[at, column + pair_kind * k_count + technique] = 1.0
    column += len(SNAP_KINDS) * k_count
    x[at, column + technique] = 1.0
    x[at, column + k_count + technique] = mean
    x[at, column + 2 * k_count + technique] = length
    column += 3 * k_count
    x[at, column + view.pos[pair_first]] = 1.0
    x[at, column + n_pos + view.pos[pair_last]] = 1.0
    column += 2 * n_pos
    x[:, column : column + n_pos] = pos_counts / size[:, None]
    column += n_pos
    x[:, column:] = np.column_stack(
        [
            mean, best, run_mean, mean - run_mean, before, after,
            inter / np.maximum(b - a, 1), inter / np.maximum(rb - ra, 1), length, run_length, np.log((b - a + 1) / (rb - ra + 1)),
            run_share_logit[pair_run],
            np.log1p(np.maximum(rf - pair_first, 0)), np.log1p(np.maximum(pair_first - rf, 0)),
            np.log1p(np.maximum(pair_last - rl, 0)), np.log1p(np.maximum(rl - pair_last, 0)), np.log1p(size),
        ]
    )
    return x


@dataclass
class SnapView:
    """The units of the sentences that hold kept token runs, as the snap reads them (a slice of a
    :class:`DocFeatures`; ``heads`` renumbered among these units, a head outside them read as none)."""

    units: np.ndarray  # the units' numbers in the document
    sentence: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    heads: np.ndarray
    pos: np.ndarray
    dep: np.ndarray


def snap_view(features, run_first: np.ndarray) -> SnapView:
    """The :class:`SnapView` of the sentences of the runs starting at units ``run_first``: the snap
    reads nothing else, so its cost follows the runs, not the document."""
    sentence = features.sentence
    holds_run = np.zeros(int(sentence[-1]) + 1 if len(sentence) else 0, dtype=bool)
    holds_run[sentence[run_first]] = True
    units = np.flatnonzero(holds_run[sentence])
    heads = np.searchsorted(units, features.heads[units])
    at = np.arange(len(units))
    heads = np.where((heads < len(units)) & (units[np.minimum(heads, len(units) - 1)] == features.heads[units]), heads, at)
    return SnapView(units, sentence[units], features.starts[units], features.ends[units], heads, features.pos[units], features.dep[units])


def run_units(features, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first and last unit of spans given by character offsets (spans that start and end on units)."""
    return np.searchsorted(features.starts, start, side="left"), np.searchsorted(features.ends, end, side="left")


def snap_candidates(features, token_probabilities: np.ndarray, thresholds: np.ndarray, technique: np.ndarray, start: np.ndarray, end: np.ndarray, share_logit: np.ndarray):
    """The (run, candidate) pairs of one document's token runs (``technique``, ``start``, ``end``;
    ``share_logit``: the span filter's logit of each) and their features: run index, start, end
    and kind of each pair, and the :func:`snap_features` matrix. ``token_probabilities`` are the
    mixed ones, ``thresholds`` each technique's reading threshold."""
    first, last = run_units(features, start, end)
    if not len(first):
        none = np.zeros(0, dtype=np.int64)
        return none, none, none, none, np.zeros((0, SNAP_FEATURES))
    view = snap_view(features, first)
    first, last = np.searchsorted(view.units, first), np.searchsorted(view.units, last)
    pair_run, pair_first, pair_last, pair_kind = snap_pairs(view, first, last)
    token_logits = _logit(token_probabilities[view.units]) - _logit(np.asarray(thresholds, dtype=np.float64))
    x = snap_features(view, token_logits, technique, share_logit, first, last, pair_run, pair_first, pair_last, pair_kind)
    return pair_run, view.starts[pair_first], view.ends[pair_last], pair_kind, x


def snap_choices(pair_run: np.ndarray, pair_kind: np.ndarray, scores: np.ndarray, n_runs: int, allowed: np.ndarray, margin: float) -> np.ndarray:
    """Per run, the pair it snaps to: its best-scoring candidate of an ``allowed`` kind (a mask over
    :data:`SNAP_KINDS`) when that scores at least ``margin`` above the run itself, else the run's own pair."""
    own = np.full(n_runs, -1, dtype=np.int64)
    own[pair_run[pair_kind == 0]] = np.flatnonzero(pair_kind == 0)
    candidate = np.flatnonzero((pair_kind > 0) & allowed[pair_kind])
    choice = own.copy()
    if len(candidate):
        order = candidate[np.lexsort((-scores[candidate], pair_run[candidate]))]
        firsts = np.flatnonzero(np.append(True, pair_run[order][1:] != pair_run[order][:-1]))
        top = order[firsts]
        runs = pair_run[top]
        better = scores[top] - scores[own[runs]] >= margin
        choice[runs[better]] = top[better]
    return choice


@dataclass
class TechniqueModel:
    """The token and sentence logistic regressions, each technique's reading, and the span filter.

    ``unit_weights`` is ``(2*WINDOW+1, units, techniques + 1)`` (offset -WINDOW first; the last column
    is the any-technique output, see :func:`mix_logits`), ``context_weights`` ``(contexts,
    techniques + 1)``, ``sentence_weights`` ``(sentence features, techniques)``;
    ``grains[k]`` is 0 (token runs) or 1 (whole sentences); ``thresholds[k]`` is the probability
    (of the mixed scores, :func:`mix_logits`) the reading of technique ``k`` starts from;
    ``margins[k]`` (logits) and ``bridges[k]`` (0/1) say how far a token run grows around the tokens
    that reach it (see :func:`run_bounds`); ``span_weights`` and ``span_bias`` score each candidate
    span (:func:`span_candidates`) for the share of it a gold span of its technique would cover,
    and ``span_cut`` is the predicted share that reads as a calibrated score of 0.5; of the spans
    kept, one predicted below the label cut of its technique's grain (``label_cuts``: token runs,
    whole sentences) is dropped when the others already cover it (:func:`drop_covered_labels`;
    none in a model without label cuts); ``lexicon``
    is the VADER word → valence table the valence features read and ``clusters`` the word-cluster
    table the cluster features read (both stored in the model file). ``vectors`` are the shipped
    word vectors (:class:`WordVectors`, read from ``models/word_vectors.npz``; the model file records
    their digest and refuses another table), ``vector_weights`` ``(2 * dimensions, techniques + 1)``
    score the dense token features (:func:`token_dense`) and ``sentence_vector_weights``
    ``(dimensions, techniques)`` the sentence's mean vector (:func:`sentence_dense`).
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
    span_weights: np.ndarray
    span_bias: float
    span_cut: float
    lexicon: dict[str, float]
    meta: dict | None = None
    clusters: WordClusters | None = None
    vectors: WordVectors | None = None
    vector_weights: np.ndarray | None = None
    sentence_vector_weights: np.ndarray | None = None
    label_cuts: np.ndarray | None = None  # (2,): the label cut of token-run and of whole-sentence readings
    snap_weights: np.ndarray | None = None  # (SNAP_FEATURES,): the snap scorer (see snap_kept_runs)
    snap_bias: float = 0.0
    snap_allowed: np.ndarray | None = None  # (len(SNAP_KINDS),) bool: the kinds a run may snap to
    snap_margin: float = 0.0  # how far a phrase must score above its run to replace it

    def token_logits(self, features: DocFeatures) -> np.ndarray:
        """Raw token-model logits, ``(units, techniques + 1)``: each technique's, then any technique's."""
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
        if self.vector_weights is not None:
            # Linear, so the window mean of the projected vectors (K columns) equals the projection
            # of the window mean: the same sum as token_dense @ vector_weights, with fewer columns.
            weights = np.hstack(np.split(self.vector_weights, 2))  # [own | window] columns
            if features.word_vectors is not None:
                projected = _project(features.word_vectors, weights)[features.word_codes]  # each distinct word once
            else:
                projected = _project(features.vectors, weights)
            out += projected[:, :k] + window_mean(projected[:, k:], features.sentence)
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
        out = np.asarray(rows @ self.sentence_weights, dtype=np.float32) + self.sentence_bias
        if self.sentence_vector_weights is not None:
            out += _project(sentence_dense(features), self.sentence_vector_weights)
        return out

    def probabilities(self, features: DocFeatures) -> tuple[np.ndarray, np.ndarray]:
        """Mixed token and sentence probabilities (:func:`mix_logits`): ``(units, K)`` and ``(sentences, K)``."""
        token, sentence = mix_logits(self.token_logits(features), self.sentence_logits(features), features.sentence)
        return _sigmoid(token), _sigmoid(sentence)

    def span_logits(self, x: np.ndarray) -> np.ndarray:
        """The span filter's logits of candidate features: the logit of each predicted covered share."""
        return x @ self.span_weights + self.span_bias

    def calibrated(self, logits: np.ndarray) -> np.ndarray:
        """Calibrated span scores of span-filter logits: 0.5 where the predicted covered share is ``span_cut``."""
        return _sigmoid(logits - _logit(self.span_cut))

    def span_scores(self, x: np.ndarray) -> np.ndarray:
        """Calibrated span scores of candidate features."""
        return self.calibrated(self.span_logits(x))

    def spans(self, doc: Doc, features: DocFeatures, threshold: float = 0.5, text: str | None = None) -> tuple[Technique, ...]:
        """The candidate spans whose calibrated score reaches ``threshold``, but for the weak ones the
        others already cover (:func:`drop_covered_labels`), sorted by position."""
        text = doc_text(doc) if text is None else text
        token, sentence = self.probabilities(features)
        found = span_candidates(features, token, sentence, self.grains, self.thresholds, self.margins, self.bridges)
        logits = self.span_logits(found.x)
        shares = _sigmoid(logits)
        scores = np.round(self.calibrated(logits), 4)
        chosen = scores >= threshold
        if self.label_cuts is not None:
            cuts = self.label_cuts[self.grains[found.technique[chosen]]]
            chosen[chosen] = drop_covered_labels(found.start[chosen], found.end[chosen], shares[chosen], cuts)
        technique, start, end, score = found.technique[chosen], found.start[chosen], found.end[chosen], scores[chosen]
        if self.snap_weights is not None:
            start, end = self.snap_kept_runs(features, token, technique, start, end, logits[chosen])
        kept, seen = [], set()
        for k, a, b, value in sorted(zip(technique.tolist(), start.tolist(), end.tolist(), score.tolist()), key=lambda row: -row[3]):
            if (k, a, b) not in seen:  # two runs snapped to one phrase count once, at the better score
                seen.add((k, a, b))
                kept.append(Technique(TECHNIQUES[k], a, b, text[a:b], value))
        kept.sort(key=lambda t: (t.start, t.end, t.technique))
        return tuple(kept)

    def snap_scores(self, x: np.ndarray) -> np.ndarray:
        """The snap scorer's predicted Jaccard of each candidate with the gold spans of its run's technique."""
        return _sigmoid(x @ self.snap_weights + self.snap_bias)

    def snap_kept_runs(self, features, token_probabilities, technique, start, end, share_logit) -> tuple[np.ndarray, np.ndarray]:
        """``start`` and ``end`` of the kept spans once each token run is replaced by the overlapping
        phrase (:func:`snap_pairs`) the snap scorer prefers, when it scores at least ``snap_margin``
        above the run (:func:`snap_choices`); whole-sentence spans stay. Token runs end where the token
        scores fall, which cuts noun phrases in half or trails a word; the annotators marked phrases."""
        runs = np.flatnonzero(self.grains[technique] == 0)
        if not len(runs):
            return start, end
        pair_run, pair_start, pair_end, pair_kind, x = snap_candidates(
            features, token_probabilities, self.thresholds, technique[runs], start[runs], end[runs], share_logit[runs]
        )
        choice = snap_choices(pair_run, pair_kind, self.snap_scores(x), len(runs), self.snap_allowed, self.snap_margin)
        start, end = start.copy(), end.copy()
        start[runs], end[runs] = pair_start[choice], pair_end[choice]
        return start, end

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
            "span_weights": self.span_weights.astype(np.float64),
            "span_bias_cut": np.array([self.span_bias, self.span_cut], dtype=np.float64),
        }
        if self.label_cuts is not None:
            arrays["label_cuts"] = np.asarray(self.label_cuts, dtype=np.float64)
        if self.snap_weights is not None:
            arrays["snap_weights"] = self.snap_weights.astype(np.float32)
            arrays["snap_bias_margin"] = np.array([self.snap_bias, self.snap_margin], dtype=np.float64)
            arrays["snap_allowed"] = np.asarray(self.snap_allowed, dtype=np.int8)
        if self.clusters is not None:
            arrays["cluster_ids"] = self.clusters.ids.astype(np.int16)
            # The words as one newline-joined byte string: a compact, exact spelling of the table.
            arrays["cluster_words"] = np.frombuffer("\n".join(self.clusters.words).encode("utf-8"), dtype=np.uint8)
        if self.vector_weights is not None:
            arrays["vector_weights"] = self.vector_weights.astype(np.float32)
            arrays["sentence_vector_weights"] = self.sentence_vector_weights.astype(np.float32)
        header = {
            "feature_version": FEATURE_VERSION,
            "window": WINDOW,
            "techniques": list(TECHNIQUES),
            "unit_vocabulary": sorted(self.unit_vocabulary, key=self.unit_vocabulary.get),
            "context_vocabulary": sorted(self.context_vocabulary, key=self.context_vocabulary.get),
            "sentence_vocabulary": sorted(self.sentence_vocabulary, key=self.sentence_vocabulary.get),
            "lexicon": self.lexicon,
            "meta": self.meta or {},
            "vector_digest": self.vectors.digest if self.vector_weights is not None else None,
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
        vectors = None
        if "vector_weights" in arrays:
            vectors = load_word_vectors()
            if vectors.digest != header.get("vector_digest"):
                raise TechniqueModelError(f"{path}: fitted with other word vectors than {shipped_vectors_path()}, retrain it")
        try:
            span_bias, span_cut = arrays["span_bias_cut"].astype(np.float64).tolist()
            snap_bias, snap_margin = arrays["snap_bias_margin"].astype(np.float64).tolist()
            if arrays["snap_weights"].shape != (SNAP_FEATURES,) or arrays["snap_allowed"].shape != (len(SNAP_KINDS),):
                raise ValueError("'snap_weights' of another shape")
            return cls(
                unit_vocabulary=Vocabulary((f, i) for i, f in enumerate(header["unit_vocabulary"])),
                context_vocabulary=Vocabulary((f, i) for i, f in enumerate(header["context_vocabulary"])),
                sentence_vocabulary=Vocabulary((f, i) for i, f in enumerate(header["sentence_vocabulary"])),
                unit_weights=arrays["unit_weights"].astype(np.float32),
                context_weights=arrays["context_weights"].astype(np.float32),
                token_bias=arrays["token_bias"].astype(np.float32),
                sentence_weights=arrays["sentence_weights"].astype(np.float32),
                sentence_bias=arrays["sentence_bias"].astype(np.float32),
                grains=arrays["grains"].astype(np.int64),
                thresholds=arrays["thresholds"].astype(np.float64),
                margins=arrays["margins"].astype(np.float64),
                bridges=arrays["bridges"].astype(np.int64),
                span_weights=arrays["span_weights"].astype(np.float64),
                span_bias=span_bias,
                span_cut=span_cut,
                lexicon={str(word): float(valence) for word, valence in header["lexicon"].items()},
                meta=header.get("meta", {}),
                clusters=WordClusters(bytes(arrays["cluster_words"]).decode("utf-8").split("\n"), arrays["cluster_ids"])
                if "cluster_ids" in arrays
                else None,
                vectors=vectors,
                vector_weights=arrays.get("vector_weights"),
                sentence_vector_weights=arrays.get("sentence_vector_weights"),
                label_cuts=arrays["label_cuts"].astype(np.float64) if "label_cuts" in arrays else None,
                snap_weights=arrays["snap_weights"].astype(np.float64),
                snap_bias=snap_bias,
                snap_allowed=arrays["snap_allowed"].astype(bool),
                snap_margin=snap_margin,
            )
        except (KeyError, ValueError) as error:
            raise TechniqueModelError(f"{path}: incomplete technique model (no {error})") from None


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
    return model.spans(doc, doc_features(doc, model.lexicon, model.clusters, model.vectors), threshold, text)


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
