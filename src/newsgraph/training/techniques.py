"""Train the persuasion-technique model on the SemEval-2020 Task 11 PTC train split.

Recipe (deterministic: same data and library versions give the same artefact):

1. Read the 371 train articles (``article<ID>.txt``, offsets into the file as it is on disk) and
   ``train-task2-TC.labels``. Set a fixed part aside for validation, never seen by any fit: the
   articles whose id's SHA-256 is divisible by ``VALIDATION_MODULUS`` (70 of 371 articles, 1,069
   of 6,129 spans). With ``all_labelled`` (``--all-labelled``, how the shipped model is made once
   the recipe is chosen: F1 still rose with data at 301 articles) nothing is set aside and every
   step below reads all 371 articles.
2. Learn word clusters without labels from unlabeled news text (:func:`cluster_texts`,
   :func:`build_word_clusters`: PPMI → SVD → k-means at 64, 256 and 1,024 clusters, fixed seed,
   stored in the model), so that the linear model generalises beyond the words of the annotated
   articles; read the shipped word vectors distilled from a sentence encoder
   (:mod:`newsgraph.training.word_vectors`, ``models/word_vectors.npz``; the model records their
   digest) for the dense word-vector features. Parse every article with the newsgraph pipeline and compute the features of
   :mod:`newsgraph.extract.techniques`, with the VADER sentiment lexicon (read from the
   ``vaderSentiment`` package, stored in the model) for the valence features. A token is a
   positive for a technique when at least half of its characters lie in a gold span of that
   technique; a sentence when a gold span of it overlaps the sentence.
3. If asked (``--memes``; off by default: it raised the out-of-fold F1 but lowered the validation
   one), add the SemEval-2021 Task 6 meme texts (``MEME_LABELS`` maps their techniques onto the
   PTC's) to every fit below; they are never scored. Keep features seen at least ``MIN_COUNT``
   times in the fitting part. Token model: one L2 logistic regression per technique by averaged
   SGD (fixed seed) on the window-expanded features, each binary column scaled by its naive-Bayes
   log-count ratio for the technique (:func:`nb_scales`; the weights are stored times the scales,
   so the model read at run time is unchanged in form); sentence model: one L2 logistic regression
   per technique (liblinear), classes balanced.
4. Calibrate on ``FOLDS`` article folds of the fitting part (out-of-fold scores only, mixed as
   the model mixes them: :func:`~newsgraph.extract.techniques.mix_logits`): for each technique,
   the reading whose spans reach the best technique-aware F1 among whole sentences at a
   probability threshold, and token runs seeded at a threshold and grown over neighbours up to a
   margin below it, bridging one weaker token or not (:data:`READINGS`).
5. Span filter, on the same out-of-fold scores: read every technique ``CANDIDATE_SHIFT`` logits
   more freely than its reading, fit a logistic regression that predicts the share of each
   candidate span a gold span of its technique covers (:func:`fit_span_filter`), and choose the
   one cut on that prediction, shared by all techniques, with the best sum of the SI and the
   technique-aware F1 of all techniques together, each over its target (``SI_TARGET``,
   ``TA_TARGET``: a point of technique-aware F1 is worth more than one of SI, as the targets need
   both); the cut is what a calibrated score of 0.5 means. Then, on the candidates kept at the
   cut, the label cuts, one for token-run and one for whole-sentence readings: a kept candidate
   predicted below its label cut is dropped where the other kept candidates cover it (the SI union
   is unchanged; :func:`~newsgraph.extract.techniques.drop_covered_labels`), each cut the one with
   the best out-of-fold technique-aware F1. Then the snap (:func:`fit_snap`): a scorer of each kept
   token run against the phrases overlapping it, cross-fitted over the calibration folds, and its C,
   phrase kinds and margin, the ones with the best out-of-fold technique-aware F1 once the runs move.
6. Fit both models on the whole fitting part. Fitted on more articles, the final model is surer
   of itself than the fold models the readings and the cut were chosen on: it reads more
   candidates per word on unseen news. So, per technique, its scores are lowered by the logit
   offset (:data:`RATE_SHIFTS`) that makes it read as many candidates per word on the PTC's
   unlabeled test articles as the fold models read out of fold (:func:`rate_offsets`; no label is
   involved, and the validation part is not used).
7. Export (float16 weights, ``techniques.npz``), and score the exported model on the validation
   part with the SemEval-2020 formula, beside the every-sentence baseline (when it was held out).

The recipe's held-out figures for a model fitted on all labelled articles come from
:func:`cross_validate`: steps 2-7 run ``CV_FOLDS`` times, each on all folds of the labelled
articles but one and scored on that one (``python -m bench.techniques --cross-validate``).
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from ..errors import InputError
from ..eval.techniques import SpanScore, every_sentence_baseline, merge_intervals, per_technique, score_si, score_technique_aware
from ..extract.techniques import (
    ANY_MIX,
    CANDIDATE_SHIFT,
    SENTENCE_CLUSTER_LEVEL,
    SENTENCE_TO_TOKEN,
    TECHNIQUES,
    TOKEN_TO_SENTENCE,
    VECTOR_FILE,
    WINDOW,
    MAX_PHRASE_UNITS,
    SNAP_KINDS,
    Candidates,
    DocFeatures,
    TechniqueModel,
    Vocabulary,
    WordClusters,
    WordVectors,
    _logit,
    _sigmoid,
    doc_features,
    drop_covered_labels,
    index_rows,
    load_word_vectors,
    mix_logits,
    run_bounds,
    sentence_dense,
    shift_matrix,
    shipped_model_path,
    snap_candidates,
    snap_choices,
    span_candidates,
    token_dense,
)

PTC = "semeval2020-task11-ptc"
MEMES = "semeval2021-task6-memes"
VALIDATION_MODULUS = 5
CV_FOLDS = VALIDATION_MODULUS  # the validation part is cross-validation fold 0 (the same hash, the same modulus)
FOLDS = 3
MIN_COUNT = 2
ALPHA = 1e-5  # L2 strength of each technique's token-level logistic regression
SENTENCE_C = 0.1  # inverse L2 strength of each technique's sentence-level logistic regression
EPOCHS = 8
SEED = 11
POSITIVE_WEIGHT = 3.0  # positives are rare (0.1-3% of tokens): up-weight them so each fit sees them
THRESHOLD_GRID = tuple(float(t) for t in np.round(np.exp(np.linspace(np.log(0.0003), np.log(0.97), 32)), 5))
MARGINS = (0.0, 1.5, 3.0, 4.5, 6.0, 8.0)  # how far below its seed threshold (logits) a token run may grow
TOKEN_POSITIVE_SHARE = 0.5  # a token is inside a gold span when this share of its characters is
SPAN_C = 0.1  # inverse L2 strength of the span filter (on standardised features)
RATE_SHIFTS = tuple(float(d) for d in np.round(np.arange(-2.0, 4.01, 0.1), 2))  # logit offsets tried to match candidate rates
SPAN_CUTS = tuple(float(c) for c in np.round(np.arange(0.02, 0.6, 0.01), 3))  # predicted covered shares tried as the cut
SNAP_CS = (1.0, 0.3, 0.1, 0.03, 0.01, 0.003)  # inverse L2 strengths tried for the snap scorer (on standardised features)
SNAP_MARGINS = (float("inf"), 0.1, 0.05, 0.03, 0.02, 0.01, 0.0, -0.01, -0.02, -0.03)  # score gains tried as the snap margin (inf: no snap)
SNAP_KIND_SETS = (("chunk_nodet",), ("chunk", "chunk_nodet"), ("chunk", "chunk_nodet", "head_left"))  # phrase kinds tried as snap targets
NB_TOKEN, NB_SENTENCE = True, False  # which models scale their sparse columns by naive-Bayes log-count ratios (nb_scales)
NB_SMOOTHING = 1.0  # α added to the positive and negative counts of the naive-Bayes ratios (Wang & Manning's)
NB_CLIP = 3.0  # |log-count ratio| cut here: rare columns' ratios are dominated by the smoothing
NB_SHRINK = 0.5  # share of each scale drawn back to 1 (0: the clipped ratio itself)
SI_TARGET, TA_TARGET = 0.40, 0.25  # the project's SI and technique-aware F1 targets: the span cut weighs each F1 by its own
POLNEAR = "polnear"
FRAMING = "semeval2025-task10-en"
CONLL = "conll2003-en"
CLUSTER_WORDS = 40000  # the most frequent lowercase words that get clusters
CLUSTER_CONTEXTS = 10000  # the most frequent words counted as left and right contexts
CLUSTER_WINDOW = 2  # context words up to this far on each side
CLUSTER_DIMENSIONS = 100  # SVD dimensions of the PPMI matrix that k-means clusters
CLUSTER_SIZES = (64, 256, 1024)  # k-means cluster counts, coarse to fine (like Brown-cluster prefixes)
_CLUSTER_TOKEN = re.compile(r"n't|[^\W_]+(?=n't)|[^\W_]+|[^\w\s]")  # close to spaCy's split of words, "n't" and punctuation

Progress = Callable[[str], None]


# --------------------------------------------------------------------------- data


@dataclass
class Article:
    id: str
    text: str
    spans: list[tuple[str, int, int]]  # (technique, start, end)


def _require(path: Path) -> Path:
    if not path.exists():
        raise InputError(f"{path}: not found (the {PTC} corpus is read from ../shared/data or $NEWSGRAPH_DATA)")
    return path


def load_ptc(corpus: Path) -> list[Article]:
    """The PTC train articles with their technique spans, sorted by article id."""
    labels: dict[str, list[tuple[str, int, int]]] = {}
    known = set(TECHNIQUES)
    with open(_require(corpus / "train-task2-TC.labels"), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4 or fields[1] not in known:
                raise InputError(f"{corpus}/train-task2-TC.labels:{number}: expected article, one of the 14 techniques, start, end")
            labels.setdefault(fields[0], []).append((fields[1], int(fields[2]), int(fields[3])))
    articles = []
    for path in sorted(_require(corpus / "train-articles").glob("article*.txt")):
        article_id = path.stem[len("article"):]
        with open(path, encoding="utf-8", newline="") as handle:  # offsets count \r too, if any
            text = handle.read()
        articles.append(Article(article_id, text, sorted(labels.get(article_id, []), key=lambda s: (s[1], s[2]))))
    if not articles:
        raise InputError(f"{corpus}/train-articles: no article*.txt files")
    return articles


# SemEval-2021 Task 6 (memes) technique names → the PTC label that covers them; the other meme
# techniques (smears, glittering generalities, obfuscation) have no PTC counterpart and are dropped.
MEME_LABELS = {
    "Appeal to authority": "Appeal_to_Authority",
    "Appeal to fear/prejudice": "Appeal_to_fear-prejudice",
    "Bandwagon": "Bandwagon,Reductio_ad_hitlerum",
    "Reductio ad hitlerum": "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-white Fallacy/Dictatorship": "Black-and-White_Fallacy",
    "Causal Oversimplification": "Causal_Oversimplification",
    "Doubt": "Doubt",
    "Exaggeration/Minimisation": "Exaggeration,Minimisation",
    "Flag-waving": "Flag-Waving",
    "Loaded Language": "Loaded_Language",
    "Name calling/Labeling": "Name_Calling,Labeling",
    "Repetition": "Repetition",
    "Slogans": "Slogans",
    "Thought-terminating cliché": "Thought-terminating_Cliches",
    "Whataboutism": "Whataboutism,Straw_Men,Red_Herring",
    "Misrepresentation of Someone's Position (Straw Man)": "Whataboutism,Straw_Men,Red_Herring",
    "Presenting Irrelevant Data (Red Herring)": "Whataboutism,Straw_Men,Red_Herring",
}
MEME_FILES = ("training_set_task2.txt", "dev_set_task2.txt", "test_set_task2.txt")


def load_memes(corpus: Path) -> list[Article]:
    """The SemEval-2021 Task 6 meme texts with their technique spans mapped to PTC labels.

    Extra fitting data only (all three splits: no score is ever taken on memes); ids are prefixed
    ``meme`` so they never meet a PTC article id.
    """
    import json

    articles = []
    for name in MEME_FILES:
        path = corpus / name
        if not path.exists():
            raise InputError(f"{path}: not found (the {MEMES} texts are read beside the PTC; train without them with --no-memes)")
        try:
            with open(path, encoding="utf-8") as handle:
                records = json.load(handle)
            for record in records:
                spans = [(MEME_LABELS[s["technique"]], int(s["start"]), int(s["end"])) for s in record["labels"] if s["technique"] in MEME_LABELS]
                articles.append(Article("meme" + str(record["id"]), record["text"], sorted(spans, key=lambda s: (s[1], s[2]))))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path}: not a SemEval-2021 task-2 file ({error})") from None
    return articles


def load_unlabeled(corpus: Path) -> list[Article]:
    """The PTC test articles (``test-articles/article<ID>.txt``): text only, their labels were never released."""
    articles = []
    for path in sorted(_require(corpus / "test-articles").glob("article*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            articles.append(Article(path.stem[len("article"):], handle.read(), []))
    if not articles:
        raise InputError(f"{corpus}/test-articles: no article*.txt files")
    return articles


def cluster_texts(corpus: Path, labelled: Sequence[Article] | None = None) -> list[str]:
    """The unlabeled news text the word clusters are learned from, in a fixed order.

    The PTC train articles a model is fitted on (``labelled``; by default the fitting part, not the
    validation part) and the PTC test articles, the PolNeAR article texts, the SemEval-2025 Task 10
    English articles (all beside the PTC corpus) and the CoNLL-2003 English sentences (Reuters).
    Only text is read, no label.
    """
    fitted = validation_split(load_ptc(corpus))[0] if labelled is None else labelled
    texts = [a.text for a in fitted] + [a.text for a in load_unlabeled(corpus)]
    root = corpus.parent
    for pattern in (f"{POLNEAR}/*/text/*.txt", f"{FRAMING}/EN/raw-documents/*.txt"):
        paths = sorted(root.glob(pattern))
        if not paths:
            raise InputError(f"{root}/{pattern.split('/')[0]}: no article texts (the word clusters are learned from them)")
        texts += [path.read_text(encoding="utf-8") for path in paths]
    for name in ("eng.train", "eng.testa", "eng.testb"):
        words: list[str] = []
        for line in _require(root / CONLL / name).read_text(encoding="utf-8").splitlines():
            word = line.split(" ")[0]
            if line.strip() and word != "-DOCSTART-":
                words.append(word)
            elif words:
                texts.append(" ".join(words))
                words = []
        if words:
            texts.append(" ".join(words))
    return texts


def _word_lines(texts: Sequence[str]) -> list[list[str]]:
    """The lowercase words of every non-blank line of ``texts``."""
    return [_CLUSTER_TOKEN.findall(line.lower()) for text in texts for line in text.split("\n") if line.strip()]


def _ranked(lines: Sequence[Sequence[str]]) -> list[str]:
    """Every word of ``lines``, most frequent first (ties alphabetically, so the order is fixed)."""
    counts = Counter(word for line in lines for word in line)
    return sorted(counts, key=lambda word: (-counts[word], word))


def frequent_words(texts: Sequence[str], count: int) -> list[str]:
    """The ``count`` most frequent lowercase words of ``texts``, most frequent first: the words that get
    clusters, and those the distilled word vectors are made for (:mod:`newsgraph.training.word_vectors`)."""
    return _ranked(_word_lines(texts))[:count]


def build_word_clusters(texts: Sequence[str]) -> WordClusters:
    """Word clusters learned without labels: PPMI of word–context counts → truncated SVD → k-means.

    Each of the ``CLUSTER_WORDS`` most frequent lowercase words is counted against the
    ``CLUSTER_CONTEXTS`` most frequent words up to ``CLUSTER_WINDOW`` words to its left and to its
    right (left and right kept apart, so word order counts; lines are not crossed); the positive
    pointwise mutual information (context counts smoothed to the power 0.75) is reduced to
    ``CLUSTER_DIMENSIONS`` dimensions, the rows normalised, and k-means (fixed seed) cuts them into
    each of ``CLUSTER_SIZES`` clusters. Deterministic: the same texts give the same table.
    """
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    lines = _word_lines(texts)
    ranked = _ranked(lines)
    words = {word: number for number, word in enumerate(ranked[:CLUSTER_WORDS])}
    contexts = {word: number for number, word in enumerate(ranked[:CLUSTER_CONTEXTS])}
    rows, columns = [], []
    for line in lines:
        word_ids = np.array([words.get(w, -1) for w in line], dtype=np.int64)
        context_ids = np.array([contexts.get(w, -1) for w in line], dtype=np.int64)
        for offset in range(1, CLUSTER_WINDOW + 1):
            for word, context, side in ((word_ids[:-offset], context_ids[offset:], 0), (word_ids[offset:], context_ids[:-offset], 1)):
                both = (word >= 0) & (context >= 0)
                rows.append(word[both])
                columns.append(context[both] * 2 + side)
    row, column = np.concatenate(rows), np.concatenate(columns)
    counted = sparse.csr_matrix((np.ones(len(row)), (row, column)), shape=(len(words), 2 * len(contexts))).tocoo()
    total = counted.data.sum()
    word_share = np.asarray(counted.tocsr().sum(axis=1)).ravel() / total
    context_share = np.asarray(counted.tocsc().sum(axis=0)).ravel() ** 0.75
    context_share /= context_share.sum()
    pmi = np.log(counted.data / total / (word_share[counted.row] * context_share[counted.col]))
    positive = pmi > 0
    ppmi = sparse.csr_matrix((pmi[positive], (counted.row[positive], counted.col[positive])), shape=counted.shape)
    vectors = TruncatedSVD(CLUSTER_DIMENSIONS, algorithm="randomized", n_iter=7, random_state=SEED).fit_transform(ppmi)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    ids = [KMeans(k, n_init=1, max_iter=100, random_state=SEED).fit(vectors).labels_ for k in CLUSTER_SIZES]
    return WordClusters(list(words), np.stack(ids, axis=1))


def cv_fold_of(article_id: str) -> int:
    """The cross-validation fold of an article: its id's SHA-256 modulo CV_FOLDS (fold 0 is the validation part)."""
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % CV_FOLDS


def is_validation(article_id: str) -> bool:
    """The fixed validation part: articles whose id's SHA-256 is divisible by VALIDATION_MODULUS, which
    is cross-validation fold 0."""
    return cv_fold_of(article_id) == 0


def token_labels(doc, features: DocFeatures, spans: Sequence[tuple[str, int, int]]) -> np.ndarray:
    """``(units, techniques)`` 0/1: unit inside a gold span of the technique (≥ half its characters)."""
    labels = np.zeros((len(features.tokens), len(TECHNIQUES)), dtype=np.int8)
    if not spans or not features.tokens:
        return labels
    column = {name: k for k, name in enumerate(TECHNIQUES)}
    starts = np.array([doc[i].idx for i in features.tokens])
    ends = starts + np.array([len(doc[i].text) for i in features.tokens])
    lengths = np.maximum(ends - starts, 1)
    for technique, start, end in spans:
        overlap = np.minimum(ends, end) - np.maximum(starts, start)
        labels[overlap / lengths >= TOKEN_POSITIVE_SHARE, column[technique]] = 1
    return labels


@dataclass
class Parsed:
    """One article, parsed and featurised, with its token and sentence labels."""

    article: Article
    doc: object
    features: DocFeatures
    labels: np.ndarray  # (units, techniques)
    sentence_labels: np.ndarray  # (sentences, techniques)


def sentence_labels(features: DocFeatures, spans: Sequence[tuple[str, int, int]]) -> np.ndarray:
    """``(sentences, techniques)`` 0/1: a gold span of the technique overlaps the (non-blank) sentence."""
    labels = np.zeros((len(features.bounds), len(TECHNIQUES)), dtype=np.int8)
    column = {name: k for k, name in enumerate(TECHNIQUES)}
    for number, (a, b) in enumerate(features.bounds):
        if b > a:
            for technique, start, end in spans:
                if start < b and end > a:
                    labels[number, column[technique]] = 1
    return labels


def load_lexicon() -> dict[str, float]:
    """The VADER sentiment lexicon (Hutto & Gilbert 2014, MIT licence), word → mean valence (-4..4).

    Read from the ``vaderSentiment`` package's data file without importing the package (its module
    pulls in ``requests``); the model stores what it read, so no lexicon is needed at run time.
    """
    import importlib.util

    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise InputError("the vaderSentiment package is not installed (pip install vaderSentiment==3.3.2): its lexicon is a training input")
    lexicon = {}
    with open(Path(list(spec.submodule_search_locations)[0]) / "vader_lexicon.txt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[0]:
                lexicon[fields[0]] = round(float(fields[1]), 2)
    return lexicon


def parse_articles(
    articles: Sequence[Article],
    lexicon: dict[str, float],
    progress: Progress | None = None,
    clusters: WordClusters | None = None,
    vectors: WordVectors | None = None,
) -> list[Parsed]:
    """Parse with the newsgraph pipeline and compute features and labels."""
    return featurise(articles, parse_docs(articles, progress), lexicon, clusters, vectors)


# --------------------------------------------------------------------------- design matrices and fits


def _vocabulary(counts: Counter, min_count: int) -> Vocabulary:
    return Vocabulary((f, i) for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count)))


@dataclass
class Design:
    """The feature vocabularies, fixed on the articles a model is fitted on."""

    unit_vocabulary: dict[str, int]
    context_vocabulary: dict[str, int]
    sentence_vocabulary: dict[str, int]

    @classmethod
    def fit(cls, items: Sequence[Parsed], min_count: int = MIN_COUNT) -> "Design":
        units, contexts, sentences = Counter(), Counter(), Counter()
        for item in items:
            for feats in item.features.unit:
                units.update(feats)
            for feats in item.features.context:
                contexts.update(feats)
            for feats in item.features.sentences:
                sentences.update(set(feats))
        return cls(_vocabulary(units, min_count), _vocabulary(contexts, min_count), _vocabulary(sentences, min_count))

    @property
    def token_sparse_columns(self) -> int:
        """The binary columns of :meth:`token_matrix` (the word-vector columns follow them)."""
        return (2 * WINDOW + 1) * len(self.unit_vocabulary) + len(self.context_vocabulary)

    def token_matrix(self, features: DocFeatures) -> sparse.csr_matrix:
        """The window-expanded token features of one document, columns in TechniqueModel order."""
        units = index_rows(features.unit, self.unit_vocabulary)
        blocks = [units if offset == 0 else shift_matrix(features.sentence, offset) @ units for offset in range(-WINDOW, WINDOW + 1)]
        blocks.append(index_rows(features.context, self.context_vocabulary))
        if features.vectors is not None:
            blocks.append(sparse.csr_matrix(token_dense(features)))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def sentence_matrix(self, features: DocFeatures) -> sparse.csr_matrix:
        """The sentence features of one document, then the sentence's mean word vector if it has vectors."""
        rows = index_rows(features.sentences, self.sentence_vocabulary)
        if features.vectors is None:
            return rows
        return sparse.hstack([rows, sparse.csr_matrix(sentence_dense(features))], format="csr", dtype=np.float32)

    def model(
        self,
        token: "Fitted",
        sentence: "Fitted",
        readings: Sequence["Reading"],
        span_filter: "SpanFilter",
        snap: "SnapScorer",
        lexicon: dict[str, float],
        meta: dict,
        clusters: WordClusters | None = None,
        vectors: WordVectors | None = None,
    ) -> TechniqueModel:
        """Cut the fitted token weights back into the model's per-offset, context and word-vector blocks."""
        n_units = len(self.unit_vocabulary)
        slots = 2 * WINDOW + 1
        dense = slots * n_units + len(self.context_vocabulary)  # the first word-vector row, if any
        return TechniqueModel(
            unit_vocabulary=self.unit_vocabulary,
            context_vocabulary=self.context_vocabulary,
            sentence_vocabulary=self.sentence_vocabulary,
            unit_weights=token.weights[: slots * n_units].reshape(slots, n_units, -1),
            context_weights=token.weights[slots * n_units : dense],
            token_bias=token.bias,
            sentence_weights=sentence.weights[: len(self.sentence_vocabulary)],
            sentence_bias=sentence.bias,
            grains=np.array([r.grain for r in readings], dtype=np.int64),
            thresholds=np.array([r.threshold for r in readings], dtype=np.float64),
            margins=np.array([r.margin for r in readings], dtype=np.float64),
            bridges=np.array([r.bridge for r in readings], dtype=np.int64),
            span_weights=span_filter.weights,
            span_bias=span_filter.bias,
            span_cut=span_filter.cut,
            label_cuts=np.array(span_filter.label_cuts, dtype=np.float64),
            snap_weights=snap.weights,
            snap_bias=snap.bias,
            snap_allowed=snap.allowed,
            snap_margin=snap.margin,
            lexicon=lexicon,
            meta=meta,
            clusters=clusters,
            vectors=vectors,
            vector_weights=token.weights[dense:] if vectors is not None else None,
            sentence_vector_weights=sentence.weights[len(self.sentence_vocabulary) :] if vectors is not None else None,
        )


@dataclass
class Fitted:
    weights: np.ndarray  # (features, techniques)
    bias: np.ndarray  # (techniques,)

    def probabilities(self, x: sparse.csr_matrix) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(x @ self.weights) + self.bias, -40, 40)))


def nb_log_ratios(x: sparse.csr_matrix, y: np.ndarray, smoothing: float = NB_SMOOTHING) -> np.ndarray:
    """``(columns, labels)``: each column's naive-Bayes log-count ratio for each label column of ``y``
    (Wang & Manning 2012): ``log((p / |p|_1) / (q / |q|_1))`` with ``p`` (``q``) ``smoothing`` plus the
    number of positive (negative) rows in which the column is non-zero."""
    present = x.copy().tocsr()
    present.data = np.ones_like(present.data, dtype=np.float64)
    positives = np.asarray(present.T @ y.astype(np.float64))
    negatives = np.asarray(present.sum(axis=0)).reshape(-1, 1) - positives
    p, q = smoothing + positives, smoothing + negatives
    return np.log(p / p.sum(axis=0)) - np.log(q / q.sum(axis=0))


def nb_scales(x: sparse.csr_matrix, y: np.ndarray, sparse_columns: int) -> np.ndarray:
    """``(columns, labels)``: the factor each column of ``x`` is scaled by before a label's logistic
    regression: the magnitude of its naive-Bayes log-count ratio (:func:`nb_log_ratios`; its sign
    does not matter to an L2 fit that starts from zero) cut at :data:`NB_CLIP` and drawn
    :data:`NB_SHRINK` of the way back to 1, for the first ``sparse_columns`` (binary) columns;
    1 for the dense word-vector columns after them, which have no counts."""
    scales = np.ones((x.shape[1], y.shape[1]))
    if sparse_columns:
        ratios = np.minimum(np.abs(nb_log_ratios(x[:, :sparse_columns], y)), NB_CLIP)
        scales[:sparse_columns] = NB_SHRINK + (1 - NB_SHRINK) * ratios
    return scales


def _fit_column(classifier, x: sparse.csr_matrix, y: np.ndarray, scales: np.ndarray | None, k: int) -> np.ndarray:
    """Fit ``classifier`` to label column ``k``, on ``x · diag(scales[:, k])`` when ``scales`` is given, and
    return its weights over the raw columns of ``x`` (the fitted ones times the scales)."""
    if scales is None:
        classifier.fit(x, y[:, k])
        return classifier.coef_[0]
    classifier.fit((x @ sparse.diags(scales[:, k].astype(np.float32))).tocsr(), y[:, k])
    return classifier.coef_[0] * scales[:, k]


def fit_token_model(x: sparse.csr_matrix, y: np.ndarray, alpha: float = ALPHA, scales: np.ndarray | None = None) -> Fitted:
    """One L2 logistic regression per technique on tokens, by averaged SGD with a fixed seed.

    On ~300k tokens and ~200k features it fits a technique in seconds where an exact solver takes
    minutes; positives (0.2-3% of tokens) are up-weighted so that every epoch learns from them.
    With ``scales`` (``(features, techniques)``, :func:`nb_scales`) technique ``k`` is fitted on
    ``x · diag(scales[:, k])`` and its weights are stored times ``scales[:, k]``: the same linear
    model over the raw features, whose L2 penalty shrinks each feature by its own evidence.
    """
    from sklearn.linear_model import SGDClassifier

    weights = np.zeros((x.shape[1], y.shape[1]), dtype=np.float32)
    bias = np.full(y.shape[1], -20.0, dtype=np.float32)  # a technique with no positive never fires
    for k in range(y.shape[1]):
        if y[:, k].min() == y[:, k].max():
            continue
        classifier = SGDClassifier(
            loss="log_loss", penalty="l2", alpha=alpha, max_iter=EPOCHS, tol=None, average=True,
            class_weight={0: 1.0, 1: POSITIVE_WEIGHT}, random_state=SEED,
        )
        weights[:, k] = _fit_column(classifier, x, y, scales, k)
        bias[k] = classifier.intercept_[0]
    return Fitted(weights, bias)


def fit_sentence_model(x: sparse.csr_matrix, y: np.ndarray, c: float = SENTENCE_C, scales: np.ndarray | None = None) -> Fitted:
    """One L2 logistic regression per technique on sentences (liblinear, classes balanced); ``scales``
    as for :func:`fit_token_model`."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((x.shape[1], y.shape[1]), dtype=np.float32)
    bias = np.full(y.shape[1], -20.0, dtype=np.float32)
    for k in range(y.shape[1]):
        if y[:, k].min() == y[:, k].max():
            continue
        classifier = LogisticRegression(C=c, solver="liblinear", class_weight="balanced")
        weights[:, k] = _fit_column(classifier, x, y, scales, k)
        bias[k] = classifier.intercept_[0]
    return Fitted(weights, bias)


def with_any(labels: np.ndarray) -> np.ndarray:
    """Token labels ``(units, techniques)`` and the any-technique column the token model also learns
    (a unit inside a gold span of any technique): ``(units, techniques + 1)``."""
    return np.hstack([labels, labels.max(axis=1, keepdims=True, initial=0)])


def fit_both(items: Sequence[Parsed], alpha: float = ALPHA, min_count: int = MIN_COUNT) -> tuple[Design, Fitted, Fitted]:
    """The vocabularies of ``items`` and the token and sentence models fitted on them, each with the
    naive-Bayes scaling of its sparse columns where :data:`NB_TOKEN` / :data:`NB_SENTENCE` ask for it."""
    design = Design.fit(items, min_count)
    x, y = sparse.vstack([design.token_matrix(i.features) for i in items], format="csr"), np.vstack([with_any(i.labels) for i in items])
    token = fit_token_model(x, y, alpha, nb_scales(x, y, design.token_sparse_columns) if NB_TOKEN else None)
    x, y = sparse.vstack([design.sentence_matrix(i.features) for i in items], format="csr"), np.vstack([i.sentence_labels for i in items])
    sentence = fit_sentence_model(x, y, SENTENCE_C, nb_scales(x, y, len(design.sentence_vocabulary)) if NB_SENTENCE else None)
    return design, token, sentence


# --------------------------------------------------------------------------- spans and calibration


def gold_spans(items: Sequence[Parsed]) -> list[tuple[str, str, int, int]]:
    return [(item.article.id, t, s, e) for item in items for t, s, e in item.article.spans]


@dataclass
class Units:
    """The units of several articles laid end to end (sentence numbers kept apart), so that token
    runs of a whole collection are read in one vectorised pass of :func:`run_bounds`."""

    article: np.ndarray  # index into ``ids`` of each unit
    sentence: np.ndarray
    trimmable: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    ids: list[str]

    @classmethod
    def of(cls, items: Sequence[Parsed]) -> "Units":
        offsets = np.cumsum([0] + [len(item.features.bounds) + 1 for item in items])
        return cls(
            article=np.concatenate([np.full(len(item.features.tokens), n, dtype=np.int64) for n, item in enumerate(items)] + [np.zeros(0, np.int64)]),
            sentence=np.concatenate([item.features.sentence + offsets[n] for n, item in enumerate(items)] + [np.zeros(0, np.int64)]),
            trimmable=np.concatenate([item.features.trimmable for item in items] + [np.zeros(0, bool)]),
            starts=np.concatenate([item.features.starts for item in items] + [np.zeros(0, np.int64)]),
            ends=np.concatenate([item.features.ends for item in items] + [np.zeros(0, np.int64)]),
            ids=[item.article.id for item in items],
        )


@dataclass(frozen=True)
class Reading:
    """How one technique's spans are read: grain (0 token runs, 1 sentences), probability threshold,
    and for token runs the extension margin (logits) and whether one weak unit is bridged."""

    grain: int
    threshold: float
    margin: float = 0.0
    bridge: int = 0


READINGS = tuple(Reading(0, t, m, b) for t in THRESHOLD_GRID for m in MARGINS for b in (0, 1)) + tuple(Reading(1, t) for t in THRESHOLD_GRID)


def technique_spans(
    items: Sequence[Parsed], units: Units, token_scores: np.ndarray, sentence_scores: Sequence[np.ndarray], k: int, reading: Reading
) -> list[tuple[str, str, int, int]]:
    """``(article, technique, start, end)`` of technique ``k`` read as ``reading`` (the spans
    :func:`~newsgraph.extract.techniques.span_candidates` reads at a shifted threshold, without features).
    ``token_scores`` holds every unit of ``units`` in order; ``sentence_scores`` one array per article."""
    name = TECHNIQUES[k]
    if reading.grain == 0:
        runs = run_bounds(units, token_scores[:, k], reading.threshold, reading.margin, bool(reading.bridge))
        return [(units.ids[units.article[first]], name, start, end) for start, end, first, _ in runs]
    out = []
    for item, score in zip(items, sentence_scores):
        bounds = item.features.bounds
        out += [(item.article.id, name, bounds[n][0], bounds[n][1]) for n in np.flatnonzero(score[:, k] >= reading.threshold) if bounds[n][1] > bounds[n][0]]
    return out


@dataclass
class Calibration:
    readings: list[Reading]  # one per technique
    f1: dict[str, float]  # technique -> out-of-fold technique-aware F1 of its reading
    technique_aware: float  # out-of-fold technique-aware F1 of all techniques together
    si: float  # out-of-fold SI F1 of all techniques together

    @property
    def grains(self) -> np.ndarray:
        return np.array([r.grain for r in self.readings], dtype=np.int64)

    @property
    def thresholds(self) -> np.ndarray:
        return np.array([r.threshold for r in self.readings], dtype=np.float64)


def calibrate(items: Sequence[Parsed], token_probabilities: Sequence[np.ndarray], sentence_probabilities: Sequence[np.ndarray]) -> Calibration:
    """Per technique, the reading (grain, threshold, run extension) with the best technique-aware F1
    of its own spans on out-of-fold scores.

    (Choosing readings for the F1 of all techniques together instead, by coordinate ascent, raised
    the out-of-fold figure but lowered the validation one: it favours a few high-precision crumbs.)
    """
    gold = gold_spans(items)
    units = Units.of(items)
    token_scores = np.vstack(list(token_probabilities)) if len(token_probabilities) else np.zeros((0, len(TECHNIQUES)))
    chosen: list[Reading] = []
    table: dict[str, float] = {}
    for k, name in enumerate(TECHNIQUES):
        gold_k = [g for g in gold if g[1] == name]
        best = (0.0, READINGS[-1])  # a technique no reading finds is read at the strictest one
        for reading in READINGS:
            f1 = score_technique_aware(technique_spans(items, units, token_scores, sentence_probabilities, k, reading), gold_k).f1
            if f1 > best[0] + 1e-9:
                best = (f1, reading)
        table[name] = best[0]
        chosen.append(best[1])
    predicted = [span for k, reading in enumerate(chosen) for span in technique_spans(items, units, token_scores, sentence_probabilities, k, reading)]
    return Calibration(readings=chosen, f1=table, technique_aware=score_technique_aware(predicted, gold).f1, si=score_si(predicted, gold).f1)


def mixed_probabilities(features: DocFeatures, token_probabilities: np.ndarray, sentence_probabilities: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token (techniques + any technique) and sentence probabilities mixed as the shipped model mixes its
    logits (:func:`mix_logits`): ``(units, techniques)`` and ``(sentences, techniques)``."""
    token, sentence = mix_logits(_logit(token_probabilities), _logit(sentence_probabilities), features.sentence)
    return _sigmoid(token), _sigmoid(sentence)


def covered_share(candidates: Candidates, spans: Sequence[tuple[str, int, int]]) -> np.ndarray:
    """The share of each candidate span that gold spans of its technique cover (merged, so ≤ 1)."""
    gold = {name: merge_intervals((s, e) for t, s, e in spans if t == name) for name in TECHNIQUES}
    shares = np.zeros(len(candidates.start))
    for n, (k, start, end) in enumerate(zip(candidates.technique.tolist(), candidates.start.tolist(), candidates.end.tolist())):
        covered = sum(max(0, min(end, b) - max(start, a)) for a, b in gold[TECHNIQUES[k]])
        shares[n] = covered / (end - start)
    return shares


@dataclass
class SpanFilter:
    weights: np.ndarray  # (SPAN_FEATURES,), on the raw candidate features
    bias: float
    cut: float  # predicted covered share that reads as a calibrated score of 0.5
    si: float  # out-of-fold SI F1 of all techniques at the cut
    technique_aware: float  # out-of-fold technique-aware F1 of all techniques at the cut
    label_cuts: tuple[float, float] = (0.0, 0.0)  # token runs, whole sentences: kept spans predicted below are dropped where the others cover them
    label_technique_aware: float = 0.0  # out-of-fold technique-aware F1 once they are (SI is unchanged)


def kept_records(records: Sequence[tuple[str, str, int, int]], shares: np.ndarray, cut: float, label_cuts) -> list[tuple[str, str, int, int]]:
    """The ``(article, technique, start, end)`` candidates predicted at or above ``cut``, but for those
    :func:`~newsgraph.extract.techniques.drop_covered_labels` drops at ``label_cuts`` (one, or one per
    record), article by article."""
    cuts = np.broadcast_to(np.asarray(label_cuts, dtype=np.float64), (len(records),))
    by_article: dict[str, list[int]] = {}
    for n, (record, share) in enumerate(zip(records, shares)):
        if share >= cut:
            by_article.setdefault(record[0], []).append(n)
    kept = []
    for numbers in by_article.values():
        stay = drop_covered_labels([records[n][2] for n in numbers], [records[n][3] for n in numbers], shares[numbers], cuts[numbers])
        kept += [records[n] for n, s in zip(numbers, stay) if s]
    return kept


def fit_span_filter(
    items: Sequence[Parsed], token_probabilities: Sequence[np.ndarray], sentence_probabilities: Sequence[np.ndarray], readings: Sequence[Reading]
) -> SpanFilter:
    """Fit the span filter on out-of-fold (mixed) probabilities and choose its cut (recipe step 5).

    The target is a share, not a yes/no: each candidate counts as a positive weighted by its
    covered share and as a negative weighted by the rest, which is the SemEval precision credit
    the span would earn. One cut for all techniques makes the operating point that of the whole
    set of spans (the SI and technique-aware F1 of all techniques), not of each technique alone;
    of :data:`SPAN_CUTS`, the one with the best ``SI / SI_TARGET + technique-aware / TA_TARGET``.
    Then the label cuts (:func:`~newsgraph.extract.techniques.drop_covered_labels`), one for token-run
    and one for whole-sentence readings (a whole sentence earns the recall of every gold span inside
    it, a short run little): of the cut itself (nothing dropped) and the :data:`SPAN_CUTS` above it,
    the token-run cut with the best technique-aware F1 of the spans kept at the cut, sentences
    dropping nothing, then the sentence cut with the token-run cut so chosen. SI is the same at
    every label cut, as no drop changes the union.
    """
    from sklearn.linear_model import LogisticRegression

    grains = [r.grain for r in readings]
    thresholds = [r.threshold for r in readings]
    margins = [r.margin for r in readings]
    bridges = [r.bridge for r in readings]
    blocks, shares, records, record_grains = [], [], [], []
    for item, token, sentence in zip(items, token_probabilities, sentence_probabilities):
        found = span_candidates(item.features, token, sentence, grains, thresholds, margins, bridges)
        blocks.append(found.x)
        record_grains.append(np.asarray(grains, dtype=np.int64)[found.technique])
        shares.append(covered_share(found, item.article.spans))
        records += [(item.article.id, TECHNIQUES[k], a, b) for k, a, b in zip(found.technique.tolist(), found.start.tolist(), found.end.tolist())]
    x = np.vstack(blocks)
    y = np.concatenate(shares)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    standard = (x - mean) / scale
    classifier = LogisticRegression(C=SPAN_C, max_iter=2000)
    classifier.fit(np.vstack([standard, standard]), np.r_[np.ones(len(y)), np.zeros(len(y))], sample_weight=np.r_[y, 1 - y] + 1e-6)
    weights = classifier.coef_[0] / scale
    bias = float(classifier.intercept_[0] - np.dot(classifier.coef_[0], mean / scale))
    predicted = _sigmoid(x @ weights + bias)
    gold = gold_spans(items)
    best = None
    for cut in SPAN_CUTS:
        kept = [record for record, p in zip(records, predicted) if p >= cut]
        si, aware = score_si(kept, gold).f1, score_technique_aware(kept, gold).f1
        if best is None or si / SI_TARGET + aware / TA_TARGET > best.si / SI_TARGET + best.technique_aware / TA_TARGET + 1e-9:
            best = SpanFilter(weights, bias, cut, si, aware)
    sentences = np.concatenate(record_grains) == 1
    best.label_cuts, best.label_technique_aware = (best.cut, best.cut), best.technique_aware
    for grain in (0, 1):
        for label_cut in (c for c in SPAN_CUTS if c > best.cut):
            cuts = tuple(label_cut if g == grain else best.label_cuts[g] for g in (0, 1))
            aware = score_technique_aware(kept_records(records, predicted, best.cut, np.where(sentences, cuts[1], cuts[0])), gold).f1
            if aware > best.label_technique_aware + 1e-9:
                best.label_cuts, best.label_technique_aware = cuts, aware
    return best



def _words(items: Sequence[Parsed]) -> int:
    return max(sum(len(item.article.text.split()) for item in items), 1)


def candidate_rates(items: Sequence[Parsed], probabilities: Sequence[tuple[np.ndarray, np.ndarray]], readings: Sequence[Reading], offset=0.0) -> np.ndarray:
    """Candidate spans per word of each technique, the (mixed) probabilities lowered by ``offset`` logits
    (one for all techniques, or one each)."""
    counts = np.zeros(len(TECHNIQUES))
    arrays = ([r.grain for r in readings], [r.threshold for r in readings], [r.margin for r in readings], [r.bridge for r in readings])
    for item, (token, sentence) in zip(items, probabilities):
        if np.any(offset):
            token, sentence = _sigmoid(_logit(token) - offset), _sigmoid(_logit(sentence) - offset)
        counts += np.bincount(span_candidates(item.features, token, sentence, *arrays).technique, minlength=len(TECHNIQUES))
    return counts / _words(items)


def bias_shifts(offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How much to lower the token and the sentence model's technique biases so that every mixed logit
    (:func:`mix_logits`) drops by ``offsets``: with token shift ``a`` and sentence shift ``b``, a
    token's drops by ``a + SENTENCE_TO_TOKEN * b`` and a sentence's by ``b + TOKEN_TO_SENTENCE * a``;
    both equal the offset when ``a = d (1 - SENTENCE_TO_TOKEN) / (1 - product)`` and ``b = d (1 -
    TOKEN_TO_SENTENCE) / (1 - product)``."""
    product = SENTENCE_TO_TOKEN * TOKEN_TO_SENTENCE
    offsets = np.asarray(offsets, dtype=np.float64)
    return offsets * (1 - SENTENCE_TO_TOKEN) / (1 - product), offsets * (1 - TOKEN_TO_SENTENCE) / (1 - product)


def rate_offsets(target: np.ndarray, unlabeled: Sequence[Parsed], probabilities: Sequence[tuple[np.ndarray, np.ndarray]], readings: Sequence[Reading]) -> np.ndarray:
    """Per technique, the offset of :data:`RATE_SHIFTS` whose candidate rate on ``unlabeled`` is closest
    to ``target`` (of equally close ones, the smallest: a technique found nowhere keeps offset 0)."""
    shifts = np.array(RATE_SHIFTS)
    rates = np.array([candidate_rates(unlabeled, probabilities, readings, offset) for offset in shifts])
    return shifts[np.argmin(np.abs(rates - target) + 1e-9 * np.abs(shifts)[:, None], axis=0)]


# --------------------------------------------------------------------------- snapping kept token runs to phrases


@dataclass
class SnapRuns:
    """The token runs of several articles the span filter keeps at its cut, with their (run,
    candidate) pairs (:func:`~newsgraph.extract.techniques.snap_candidates`): runs numbered across
    the articles, each pair's run, span, kind, features and target (its character Jaccard with the
    gold spans of the run's technique)."""

    records: list[tuple[str, str, int, int]]  # (article, technique, start, end) of each run
    kept: np.ndarray  # the run stays once the label cuts have dropped the covered ones
    fold: np.ndarray  # calibration fold of each run's article
    pair_run: np.ndarray
    pair_start: np.ndarray
    pair_end: np.ndarray
    pair_kind: np.ndarray
    x: np.ndarray
    target: np.ndarray


def gold_jaccard(technique: Sequence[str], start: np.ndarray, end: np.ndarray, spans: Sequence[tuple[str, int, int]]) -> np.ndarray:
    """Each span's character Jaccard with the (merged) gold spans of its technique that overlap it:
    their covered characters over the stretch from the first start to the last end (0: none overlaps)."""
    merged = {}
    for name in set(technique):
        intervals = merge_intervals((a, b) for t, a, b in spans if t == name)
        merged[name] = (np.array([a for a, _ in intervals], dtype=np.int64), np.array([b for _, b in intervals], dtype=np.int64))
    out = np.zeros(len(start))
    for n, (name, a, b) in enumerate(zip(technique, np.asarray(start).tolist(), np.asarray(end).tolist())):
        starts, ends = merged[name]
        low, high = int(np.searchsorted(ends, a, side="right")), int(np.searchsorted(starts, b, side="left"))
        if high > low:
            inter = np.minimum(ends[low:high], b) - np.maximum(starts[low:high], a)
            out[n] = inter.clip(0).sum() / (max(b, int(ends[high - 1])) - min(a, int(starts[low])))
    return out


def snap_runs(items: Sequence[Parsed], probabilities: Sequence[tuple[np.ndarray, np.ndarray]], readings: Sequence[Reading], span_filter: SpanFilter, fold_ids: Sequence[int]) -> tuple[SnapRuns, list]:
    """The kept token runs of ``items`` read on their (out-of-fold, mixed) ``probabilities`` with the
    readings and the span filter, as :meth:`TechniqueModel.spans` reads them, and their snap pairs;
    with the kept whole-sentence spans, which no snap moves."""
    arrays = ([r.grain for r in readings], [r.threshold for r in readings], [r.margin for r in readings], [r.bridge for r in readings])
    grains, thresholds = np.asarray(arrays[0], dtype=np.int64), np.asarray(arrays[1], dtype=np.float64)
    label_cuts = np.asarray(span_filter.label_cuts, dtype=np.float64)
    records, kept, folds, sentences, parts = [], [], [], [], []
    for item, (token, sentence), fold in zip(items, probabilities, fold_ids):
        found = span_candidates(item.features, token, sentence, *arrays)
        logits = found.x @ span_filter.weights + span_filter.bias
        at_cut = np.flatnonzero(_sigmoid(logits) >= span_filter.cut)
        stay = drop_covered_labels(found.start[at_cut], found.end[at_cut], _sigmoid(logits[at_cut]), label_cuts[grains[found.technique[at_cut]]])
        sentences += [(item.article.id, TECHNIQUES[k], a, b) for k, a, b, s in zip(found.technique[at_cut], found.start[at_cut], found.end[at_cut], stay) if s and grains[k] == 1]
        runs = at_cut[grains[found.technique[at_cut]] == 0]
        stay = stay[grains[found.technique[at_cut]] == 0]
        technique, start, end = found.technique[runs], found.start[runs], found.end[runs]
        pair_run, pair_start, pair_end, pair_kind, x = snap_candidates(item.features, token, thresholds, technique, start, end, logits[runs])
        names = [TECHNIQUES[k] for k in technique[pair_run]]
        parts.append((pair_run + len(records), pair_start, pair_end, pair_kind, x, gold_jaccard(names, pair_start, pair_end, item.article.spans)))
        records += [(item.article.id, TECHNIQUES[k], a, b) for k, a, b in zip(technique.tolist(), start.tolist(), end.tolist())]
        kept.append(stay)
        folds += [fold] * len(runs)
    columns = [np.concatenate(column) for column in zip(*parts)] if parts else [np.zeros(0)] * 6
    return SnapRuns(records, np.concatenate(kept).astype(bool) if kept else np.zeros(0, bool), np.asarray(folds, dtype=np.int64), *columns), sentences


@dataclass
class SnapScorer:
    weights: np.ndarray  # (SNAP_FEATURES,), on the raw pair features
    bias: float
    c: float
    allowed: np.ndarray  # (len(SNAP_KINDS),) bool
    margin: float
    technique_aware_before: float  # cross-fitted technique-aware F1 of the fitting articles' kept spans, unsnapped
    technique_aware: float  # the same, snapped with the chosen constants
    si_before: float
    si: float
    snapped: int  # kept runs the chosen constants move (cross-fitted)
    runs: int


def fit_snap_weights(x: np.ndarray, target: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """A logistic regression of the pairs' Jaccard targets (each pair a positive weighted by its target
    and a negative weighted by the rest, as the span filter's covered share), on standardised
    features, folded back onto the raw ones."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    standard = (x - mean) / scale
    weight = np.r_[target, 1 - target]
    some = weight > 1e-9
    labels = np.r_[np.ones(len(target)), np.zeros(len(target))][some]
    if len(np.unique(labels)) < 2:
        # a fold of a small slice whose pairs all miss the gold (or all hit it): no feature can tell them apart, so
        # every pair gets the fold's share as its score
        share = float(np.clip(target.mean() if len(target) else 0.0, 1e-6, 1 - 1e-6))
        return np.zeros(x.shape[1]), float(np.log(share / (1 - share)))
    classifier = LogisticRegression(C=c, max_iter=2000)
    classifier.fit(np.vstack([standard, standard])[some], labels, sample_weight=weight[some])
    weights = classifier.coef_[0] / scale
    return weights, float(classifier.intercept_[0] - np.dot(classifier.coef_[0], mean / scale))


def snapped_records(runs: SnapRuns, scores: np.ndarray, allowed: np.ndarray, margin: float) -> list[tuple[str, str, int, int]]:
    """The kept runs of ``runs``, each moved to the pair :func:`~newsgraph.extract.techniques.snap_choices` picks (once each)."""
    choice = snap_choices(runs.pair_run, runs.pair_kind, scores, len(runs.records), allowed, margin)
    out = {}
    for n in np.flatnonzero(runs.kept).tolist():
        article, name, _, _ = runs.records[n]
        out[(article, name, int(runs.pair_start[choice[n]]), int(runs.pair_end[choice[n]]))] = True
    return list(out)


def fit_snap(runs: SnapRuns, sentences: Sequence[tuple[str, str, int, int]], gold: Sequence[tuple[str, str, int, int]], folds: int = FOLDS) -> SnapScorer:
    """The snap scorer and its constants (recipe step 5b). For each C of :data:`SNAP_CS` the scorer
    is cross-fitted over the calibration folds (fitted on the pairs of the other folds' runs,
    scoring the fold's), and of every C, kind set (:data:`SNAP_KIND_SETS`) and margin
    (:data:`SNAP_MARGINS`) the one with the best technique-aware F1 of all kept spans, snapped,
    is chosen (no snap on a tie); the scorer is then fitted on every run at that C."""
    pair_fold = runs.fold[runs.pair_run]
    base = list(sentences) + [record for record, kept in zip(runs.records, runs.kept) if kept]
    before_si, before = score_si(base, gold).f1, score_technique_aware(base, gold).f1
    best = (before, SNAP_CS[0], np.zeros(len(SNAP_KINDS), bool), float("inf"), before_si, 0)
    for c in SNAP_CS:
        scores = np.zeros(len(runs.pair_run))
        for fold in range(folds):
            inside = pair_fold == fold
            if inside.any() and (~inside).any():
                weights, bias = fit_snap_weights(runs.x[~inside], runs.target[~inside], c)
                scores[inside] = _sigmoid(runs.x[inside] @ weights + bias)
        for kinds in SNAP_KIND_SETS:
            allowed = np.array([kind in kinds for kind in SNAP_KINDS])
            for margin in SNAP_MARGINS[1:]:
                snapped = snapped_records(runs, scores, allowed, margin)
                aware = score_technique_aware(list(sentences) + snapped, gold).f1
                if aware > best[0] + 1e-9:
                    moved = len(set(record for record, kept in zip(runs.records, runs.kept) if kept) - set(snapped))
                    best = (aware, c, allowed, margin, score_si(list(sentences) + snapped, gold).f1, moved)
    aware, c, allowed, margin, si, moved = best
    weights, bias = fit_snap_weights(runs.x, runs.target, c) if len(runs.pair_run) else (np.zeros(runs.x.shape[1]), 0.0)
    return SnapScorer(weights, bias, c, allowed, margin, before, aware, before_si, si, moved, int(runs.kept.sum()))


# --------------------------------------------------------------------------- training


@dataclass
class TrainReport:
    model_path: Path
    train_articles: int
    validation_articles: int  # 0 when the model is fitted on every labelled article
    train_spans: int
    validation_spans: int
    extra_texts: int  # SemEval-2021 meme texts added to every fit
    features: dict[str, int]
    calibration: Calibration
    span_filter: SpanFilter
    si: SpanScore | None  # on the validation part; None when nothing is held out
    technique_aware: SpanScore | None
    per_technique: dict[str, SpanScore]
    baseline_label: str
    baseline_si: SpanScore | None
    baseline_technique_aware: SpanScore | None
    parity_max_diff: float
    seconds_parse: float
    seconds_fit: float
    seconds_total: float


def _fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha256(("fold:" + article_id).encode("utf-8")).hexdigest(), 16) % folds


def validation_split(articles: Sequence[Article]) -> tuple[list[Article], list[Article]]:
    """(fitting part, validation part) of the PTC train articles."""
    return [a for a in articles if not is_validation(a.id)], [a for a in articles if is_validation(a.id)]


@dataclass
class RecipeFit:
    """What steps 4-6 of the recipe produce from the articles a model is fitted on."""

    design: Design
    token: Fitted  # biases already lowered by the rate offsets
    sentence: Fitted
    calibration: Calibration
    span_filter: SpanFilter
    snap: SnapScorer
    offsets: np.ndarray  # per technique, logits (step 6)
    target_rates: np.ndarray  # candidates per word out of fold
    rates_before: np.ndarray  # candidates per word of the final model on the unlabeled articles, before the offsets
    rates_after: np.ndarray


def fit_recipe(fitting: Sequence[Parsed], extra: Sequence[Parsed], unlabeled: Sequence[Parsed], folds: int = FOLDS, progress: Progress | None = None) -> RecipeFit:
    """Steps 4-6 of the recipe on parsed articles: fold models, readings, span filter, final fit, rate offsets.

    Only ``fitting`` (and ``extra``, never scored) is read with its labels; ``unlabeled`` is read
    without. Training and the cross-validation (:func:`cross_validate`) both fit through here, so the
    cross-validated figures are those of the recipe that ships.
    """
    say = progress or (lambda message: None)
    started = time.perf_counter()
    fold_ids = [_fold_of(item.article.id, folds) for item in fitting]
    token_oof: list = [None] * len(fitting)
    sentence_oof: list = [None] * len(fitting)
    for fold in range(folds):
        design, token, sentence = fit_both([item for item, f in zip(fitting, fold_ids) if f != fold] + list(extra))
        for n, (item, f) in enumerate(zip(fitting, fold_ids)):
            if f == fold:
                token_oof[n] = token.probabilities(design.token_matrix(item.features))
                sentence_oof[n] = sentence.probabilities(design.sentence_matrix(item.features))
        say(f"calibration fold {fold + 1}/{folds} fitted ({time.perf_counter() - started:.0f} s)")
    mixed = [mixed_probabilities(item.features, token, sentence) for item, token, sentence in zip(fitting, token_oof, sentence_oof)]
    calibration = calibrate(fitting, [token for token, _ in mixed], [sentence for _, sentence in mixed])
    say(
        f"readings (out-of-fold technique-aware F1 {calibration.technique_aware:.3f}, SI F1 {calibration.si:.3f}): "
        + ", ".join(f"{t} {('tokens', 'sentence')[r.grain]}@{r.threshold:g}" + (f"-{r.margin:g}{'+bridge' if r.bridge else ''}" if r.grain == 0 else "") for t, r in zip(TECHNIQUES, calibration.readings))
    )
    span_filter = fit_span_filter(fitting, [token for token, _ in mixed], [sentence for _, sentence in mixed], calibration.readings)
    say(
        f"span filter cut {span_filter.cut:g} (out-of-fold technique-aware F1 {span_filter.technique_aware:.3f}, SI F1 {span_filter.si:.3f}); "
        f"label cuts {span_filter.label_cuts[0]:g} (token runs) and {span_filter.label_cuts[1]:g} (sentences) (technique-aware F1 {span_filter.label_technique_aware:.3f}, SI unchanged)"
    )
    runs, sentence_spans = snap_runs(fitting, mixed, calibration.readings, span_filter, fold_ids)
    snap = fit_snap(runs, sentence_spans, gold_spans(fitting), folds)
    say(
        f"snap C={snap.c:g}, kinds {', '.join(k for k, a in zip(SNAP_KINDS, snap.allowed) if a) or 'none'}, margin {snap.margin:g}: "
        f"{snap.snapped} of {snap.runs} kept runs moved, out-of-fold technique-aware F1 {snap.technique_aware_before:.4f} -> {snap.technique_aware:.4f}, "
        f"SI F1 {snap.si_before:.4f} -> {snap.si:.4f} ({time.perf_counter() - started:.0f} s)"
    )

    design, token, sentence = fit_both(list(fitting) + list(extra))
    target = candidate_rates(fitting, mixed, calibration.readings)
    final = [
        mixed_probabilities(item.features, token.probabilities(design.token_matrix(item.features)), sentence.probabilities(design.sentence_matrix(item.features)))
        for item in unlabeled
    ]
    before = candidate_rates(unlabeled, final, calibration.readings)
    offsets = rate_offsets(target, unlabeled, final, calibration.readings)
    token_shift, sentence_shift = bias_shifts(offsets)
    token.bias[: len(TECHNIQUES)] = token.bias[: len(TECHNIQUES)] - token_shift
    sentence.bias = (sentence.bias - sentence_shift).astype(np.float32)
    say(
        f"candidates per 1,000 words: {target.sum() * 1000:.1f} out of fold, {before.sum() * 1000:.1f} by the final model on "
        f"{len(unlabeled)} unlabeled articles; offsets " + ", ".join(f"{t} {o:g}" for t, o in zip(TECHNIQUES, offsets))
    )
    after = candidate_rates(unlabeled, final, calibration.readings, offsets)
    return RecipeFit(design, token, sentence, calibration, span_filter, snap, offsets, target, before, after)


def _nb_description() -> str:
    models = [name for name, on in (("token", NB_TOKEN), ("sentence", NB_SENTENCE)) if on]
    if not models:
        return ""
    return (
        f"the {' and '.join(models)} model{'s' if len(models) > 1 else ''} fitted on sparse columns scaled per technique by "
        f"|naive-Bayes log-count ratio| (smoothing {NB_SMOOTHING:g}, cut at {NB_CLIP:g}, drawn {NB_SHRINK:g} back to 1; "
        f"weights stored times the scales, word-vector columns unscaled); "
    )


def recipe_description(folds: int = FOLDS) -> str:
    """The recipe in one paragraph (the model's ``meta["recipe"]``; the cross-validation result records it too,
    so a benchmark can tell whether the figures it reads are of the shipped model's recipe)."""
    return (
        f"token model: averaged SGD L2 logistic regression per technique, alpha={ALPHA}, {EPOCHS} epochs, seed {SEED}, "
        f"positive weight {POSITIVE_WEIGHT}, window ±{WINDOW}; sentence model: liblinear L2 logistic regression, C={SENTENCE_C}, "
        f"balanced; {_nb_description()}features seen ≥ {MIN_COUNT} times; VADER valence features; word-cluster features of the token and its window "
        f"(3 granularities) and a bag of level-{SENTENCE_CLUSTER_LEVEL} clusters per sentence; the token model also learns "
        f"'any technique' (the union of all spans), {ANY_MIX} × its logit added to each technique's; token and sentence logits "
        f"mixed (token + {SENTENCE_TO_TOKEN} × its sentence's, sentence + {TOKEN_TO_SENTENCE} × its best token's); "
        f"per technique the grain, threshold and "
        f"token-run extension with the best {folds}-fold out-of-fold technique-aware span F1; candidates read "
        f"{CANDIDATE_SHIFT:g} logits below those thresholds, scored by a span filter (logistic regression, C={SPAN_C}, "
        f"target: covered share) with one cut for all techniques, the best out-of-fold SI F1 / {SI_TARGET} + technique-aware F1 / {TA_TARGET}; "
        f"a kept candidate predicted below a label cut (one for token runs, one for sentences, the best out-of-fold technique-aware F1) "
        f"is dropped when it lies inside one merged stretch of the other kept candidates (the SI union unchanged); "
        f"each kept token run snapped to the overlapping phrase (noun chunk, noun chunk without determiner, head with its left "
        f"modifiers; ≤ {MAX_PHRASE_UNITS} tokens) a logistic scorer (target: character Jaccard with gold) prefers by a margin, "
        f"C, phrase kinds and margin chosen on the {folds} calibration folds (C in {SNAP_CS}); "
        f"final model's logits lowered per technique to read as many candidates per word on the unlabeled PTC test "
        f"articles as the fold models read out of fold"
    )


def parse_docs(articles: Sequence[Article], progress: Progress | None = None) -> list:
    """The newsgraph pipeline's parse of each article (features are computed apart: they depend on the word clusters)."""
    from .. import nlp

    docs = []
    started = time.perf_counter()
    for n, doc in enumerate(nlp.parse_many(a.text for a in articles), 1):
        docs.append(doc)
        if progress and n % 50 == 0:
            progress(f"parsed {n}/{len(articles)} articles ({time.perf_counter() - started:.0f} s)")
    return docs


def featurise(articles: Sequence[Article], docs: Sequence, lexicon: dict[str, float], clusters: WordClusters | None, vectors: WordVectors | None) -> list[Parsed]:
    """Features and labels of parsed articles."""
    parsed = []
    for article, doc in zip(articles, docs):
        features = doc_features(doc, lexicon, clusters, vectors)
        parsed.append(Parsed(article, doc, features, token_labels(doc, features, article.spans), sentence_labels(features, article.spans)))
    return parsed


def spans_of(model: TechniqueModel, items: Sequence[Parsed], threshold: float = 0.5) -> list[tuple[str, str, int, int]]:
    """``(article, technique, start, end)`` of every span ``model`` reads in ``items`` at ``threshold``."""
    return [(item.article.id, span.technique, span.start, span.end) for item in items for span in model.spans(item.doc, item.features, threshold)]


def train_techniques(
    corpus: Path,
    out: Path | None = None,
    *,
    folds: int = FOLDS,
    limit: int | None = None,
    memes: Path | None = None,
    all_labelled: bool = False,
    progress: Progress | None = None,
) -> TrainReport:
    """Train, calibrate, export and validate the model (see the module docstring).

    ``all_labelled`` fits on every labelled article, the validation part too, once the recipe has been
    chosen: nothing is held out, so no validation figure is reported (the recipe's held-out figures are
    the cross-validated ones, :func:`cross_validate`). ``limit`` keeps the first N articles of the
    fitting part and N/4 of the validation part (quick end-to-end tries, not for shipping).
    """
    say = progress or (lambda message: None)
    started = time.perf_counter()
    labelled = load_ptc(corpus)
    fit_part, validation_part = (list(labelled), []) if all_labelled else validation_split(labelled)
    if limit is not None:
        fit_part, validation_part = fit_part[:limit], validation_part[: max(1, limit // 4)] if validation_part else []
    if len(fit_part) < folds:
        raise InputError(f"{len(fit_part)} articles to fit: fewer than the {folds} calibration folds")
    extra_part = load_memes(memes) if memes is not None else []
    unlabeled_part = load_unlabeled(corpus)
    if limit is not None:
        extra_part = extra_part[: limit * 4]
        unlabeled_part = unlabeled_part[: max(1, limit // 4)]
    held_out = f"{len(validation_part)} held out for validation" if not all_labelled else "none held out (all labelled articles)"
    say(f"{len(fit_part)} articles to fit (and {len(extra_part)} memes), {held_out}")

    lexicon = load_lexicon()
    clusters_started = time.perf_counter()
    clusters = build_word_clusters(cluster_texts(corpus, labelled=fit_part if all_labelled else None))
    say(f"word clusters of {len(clusters.words)} words learned from unlabeled news ({time.perf_counter() - clusters_started:.0f} s)")
    vectors = load_word_vectors()
    parsed = parse_articles(fit_part + validation_part + extra_part + unlabeled_part, lexicon, say, clusters, vectors)
    fitting, validation = parsed[: len(fit_part)], parsed[len(fit_part) : len(fit_part) + len(validation_part)]
    extra = parsed[len(fit_part) + len(validation_part) : len(parsed) - len(unlabeled_part)]
    unlabeled = parsed[len(parsed) - len(unlabeled_part) :]
    seconds_parse = time.perf_counter() - started

    fit_started = time.perf_counter()
    recipe = fit_recipe(fitting, extra, unlabeled, folds, say)
    calibration, span_filter, offsets = recipe.calibration, recipe.span_filter, recipe.offsets
    seconds_fit = time.perf_counter() - fit_started
    if all_labelled:
        trained_on = (
            f"{PTC} train: all {len(fitting)} labelled articles, none held out (the recipe's held-out figures are "
            f"{CV_FOLDS}-fold cross-validated: python -m bench.techniques --cross-validate)"
        )
    else:
        trained_on = f"{PTC} train: {len(fitting)} articles; validation part (sha256(id) % {VALIDATION_MODULUS} == 0) held out"
    meta = {
        "trained_on": trained_on + (f"; plus {len(extra)} {MEMES} texts (all splits) in every fit" if extra else ""),
        "held_out": "none" if all_labelled else f"validation part: sha256(id) % {VALIDATION_MODULUS} == 0",
        "recipe": recipe_description(folds),
        "word_clusters": (
            f"{len(clusters.words)} lowercase words, {'/'.join(map(str, CLUSTER_SIZES))} clusters: PPMI of word-context counts "
            f"(±{CLUSTER_WINDOW} words, {CLUSTER_CONTEXTS} context words, left and right apart) -> truncated SVD ({CLUSTER_DIMENSIONS} "
            f"dimensions) -> k-means, seed {SEED}; learned without labels from the text of {PTC} train "
            f"({'all labelled articles' if all_labelled else 'fitting part'}) and test "
            f"articles, {POLNEAR}, {FRAMING} and {CONLL} (research-only texts; the model holds the derived word table, no text)"
        ),
        "word_vectors": (
            f"{len(vectors.words)} lowercase words x {vectors.dimensions} dimensions, distilled from all-MiniLM-L6-v2 "
            f"(Apache-2.0; each word encoded alone, mean-pooled, PCA, int8) by newsgraph.training.word_vectors; "
            f"read from models/{VECTOR_FILE} (sha256 {vectors.digest}); features: the token's vector and its window mean "
            f"(±{WINDOW}), and each sentence's mean vector"
        ),
        "lexicon": f"VADER sentiment lexicon ({len(lexicon)} entries, vaderSentiment 3.3.2; Hutto & Gilbert, ICWSM 2014), MIT licence, Copyright (c) 2016 C.J. Hutto",
        "grains": {t: ("tokens", "sentence")[r.grain] for t, r in zip(TECHNIQUES, calibration.readings)},
        "thresholds": {t: r.threshold for t, r in zip(TECHNIQUES, calibration.readings)},
        "margins": {t: r.margin for t, r in zip(TECHNIQUES, calibration.readings) if r.grain == 0},
        "bridges": {t: r.bridge for t, r in zip(TECHNIQUES, calibration.readings) if r.grain == 0},
        "span_cut": span_filter.cut,
        "label_cuts": {"token runs": span_filter.label_cuts[0], "sentences": span_filter.label_cuts[1]},
        "snap": {
            "c": recipe.snap.c,
            "kinds": [k for k, a in zip(SNAP_KINDS, recipe.snap.allowed) if a],
            "margin": recipe.snap.margin if recipe.snap.margin != float("inf") else None,
            "kept_runs_moved_out_of_fold": f"{recipe.snap.snapped} of {recipe.snap.runs}",
        },
        "rate_offsets": {t: float(o) for t, o in zip(TECHNIQUES, offsets)},
        "candidates_per_1000_words": {
            "out_of_fold": round(float(recipe.target_rates.sum()) * 1000, 1),
            "final_model_unlabeled_before_offsets": round(float(recipe.rates_before.sum()) * 1000, 1),
            "final_model_unlabeled_after_offsets": round(float(recipe.rates_after.sum()) * 1000, 1),
        },
        "out_of_fold": {
            "readings": {"technique_aware_f1": round(calibration.technique_aware, 4), "si_f1": round(calibration.si, 4)},
            "span_filter": {"technique_aware_f1": round(span_filter.technique_aware, 4), "si_f1": round(span_filter.si, 4)},
            "label_cuts": {"technique_aware_f1": round(span_filter.label_technique_aware, 4), "si_f1": round(span_filter.si, 4)},
            "snap": {"technique_aware_f1": round(recipe.snap.technique_aware, 4), "si_f1": round(recipe.snap.si, 4)},
        },
        "training_seconds": round(time.perf_counter() - started),
        "training_machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
    }
    design, token, sentence = recipe.design, recipe.token, recipe.sentence
    path = Path(out) if out else shipped_model_path()
    design.model(token, sentence, calibration.readings, span_filter, recipe.snap, lexicon, meta, clusters, vectors).save(path)
    say(f"model written to {path} ({path.stat().st_size / 1e6:.1f} MB)")

    # Score the exported model (float16 weights, decomposed token scoring) exactly as it ships.
    shipped = TechniqueModel.load(path)
    parity = 0.0
    for item in validation or fitting[:5]:  # with nothing held out, parity is checked on fitted articles
        reference = token.probabilities(design.token_matrix(item.features))
        if len(reference):
            parity = max(parity, float(np.abs(_sigmoid(shipped.token_logits(item.features)) - reference).max()))
    label = Counter(t for item in fitting for t, _, _ in item.article.spans).most_common(1)[0][0]
    scores: dict = dict(si=None, technique_aware=None, per_technique={}, baseline_si=None, baseline_technique_aware=None)
    if validation:
        predicted = spans_of(shipped, validation)
        gold = gold_spans(validation)
        baseline = every_sentence_baseline({item.article.id: item.features.bounds for item in validation}, label)
        scores = dict(
            si=score_si(predicted, gold),
            technique_aware=score_technique_aware(predicted, gold),
            per_technique=per_technique(predicted, gold, TECHNIQUES),
            baseline_si=score_si(baseline, gold),
            baseline_technique_aware=score_technique_aware(baseline, gold),
        )
    return TrainReport(
        model_path=path,
        train_articles=len(fitting),
        validation_articles=len(validation),
        train_spans=sum(len(item.article.spans) for item in fitting),
        validation_spans=sum(len(item.article.spans) for item in validation),
        extra_texts=len(extra),
        features={"unit": len(design.unit_vocabulary), "context": len(design.context_vocabulary), "sentence": len(design.sentence_vocabulary)},
        calibration=calibration,
        span_filter=span_filter,
        baseline_label=label,
        parity_max_diff=parity,
        seconds_parse=seconds_parse,
        seconds_fit=seconds_fit,
        seconds_total=time.perf_counter() - started,
        **scores,
    )


# --------------------------------------------------------------------------- cross-validation

CV_THRESHOLDS = (0.5, 0.6)


def _score_record(predicted: Sequence[tuple[str, str, int, int]], gold: Sequence[tuple[str, str, int, int]]) -> dict:
    si, aware = score_si(predicted, gold), score_technique_aware(predicted, gold)
    return {
        "spans": len(predicted),
        "si": {"precision": round(si.precision, 4), "recall": round(si.recall, 4), "f1": round(si.f1, 4)},
        "technique_aware": {"precision": round(aware.precision, 4), "recall": round(aware.recall, 4), "f1": round(aware.f1, 4)},
    }


def cross_validate(corpus: Path, *, folds: int = FOLDS, progress: Progress | None = None, docs: dict | None = None) -> dict:
    """The recipe's held-out figures, estimated over all labelled articles: for each of the CV_FOLDS
    article folds, run the whole recipe (word clusters from the other folds' text and the unlabeled
    news, features, calibration folds, span filter, final fit, rate offsets; :func:`fit_recipe`) on
    the other folds, export the model as it would ship, and score it on the fold. Returns per-fold
    and pooled scores (micro: every fold's predicted and gold spans scored together) at
    CV_THRESHOLDS, as a JSON-ready dict. Refits CV_FOLDS times (3.5-5.5 minutes each on the shared
    2 cores). ``docs`` (article id → parsed doc) skips the parse.

    The word vectors stay the shipped table, whose word list was drawn from the fitting part's text
    with the rest of the unlabeled news: a vocabulary choice without labels, shared by every fold.
    """
    import tempfile

    say = progress or (lambda message: None)
    started = time.perf_counter()
    labelled, unlabeled_part = load_ptc(corpus), load_unlabeled(corpus)
    if docs is None:
        parsed_docs = parse_docs(labelled + unlabeled_part, say)
        docs = {("test:" if n >= len(labelled) else "") + a.id: d for n, (a, d) in enumerate(zip(labelled + unlabeled_part, parsed_docs))}
    lexicon, vectors = load_lexicon(), load_word_vectors()
    fold_of = {a.id: cv_fold_of(a.id) for a in labelled}
    per_fold, pooled_predicted, pooled_gold, pooled_baseline = [], {t: [] for t in CV_THRESHOLDS}, [], []
    for held in range(CV_FOLDS):
        fold_started = time.perf_counter()
        fit_part = [a for a in labelled if fold_of[a.id] != held]
        held_part = [a for a in labelled if fold_of[a.id] == held]
        clusters = build_word_clusters(cluster_texts(corpus, labelled=fit_part))
        fitting = featurise(fit_part, [docs[a.id] for a in fit_part], lexicon, clusters, vectors)
        held_out = featurise(held_part, [docs[a.id] for a in held_part], lexicon, clusters, vectors)
        unlabeled = featurise(unlabeled_part, [docs["test:" + a.id] for a in unlabeled_part], lexicon, clusters, vectors)
        recipe = fit_recipe(fitting, [], unlabeled, folds)
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "techniques.npz"
            recipe.design.model(recipe.token, recipe.sentence, recipe.calibration.readings, recipe.span_filter, recipe.snap, lexicon, {}, clusters, vectors).save(path)
            model = TechniqueModel.load(path)
        gold = gold_spans(held_out)
        pooled_gold += gold
        label = Counter(t for a in fit_part for t, _, _ in a.spans).most_common(1)[0][0]
        baseline = every_sentence_baseline({item.article.id: item.features.bounds for item in held_out}, label)
        pooled_baseline += baseline
        record = {"fold": held, "articles": len(held_out), "gold_spans": len(gold), "fitted_on": len(fitting)}
        record["out_of_fold_span_filter"] = {
            "si_f1": round(recipe.span_filter.si, 4),
            "technique_aware_f1": round(recipe.span_filter.technique_aware, 4),
            "cut": recipe.span_filter.cut,
            "label_cuts": list(recipe.span_filter.label_cuts),
            "technique_aware_f1_after_label_cuts": round(recipe.span_filter.label_technique_aware, 4),
        }
        record["out_of_fold_snap"] = {
            "c": recipe.snap.c,
            "kinds": [k for k, a in zip(SNAP_KINDS, recipe.snap.allowed) if a],
            "margin": recipe.snap.margin if recipe.snap.margin != float("inf") else None,
            "kept_runs_moved": recipe.snap.snapped,
            "kept_runs": recipe.snap.runs,
            "technique_aware_f1": [round(recipe.snap.technique_aware_before, 4), round(recipe.snap.technique_aware, 4)],
            "si_f1": [round(recipe.snap.si_before, 4), round(recipe.snap.si, 4)],
        }
        for threshold in CV_THRESHOLDS:
            predicted = spans_of(model, held_out, threshold)
            pooled_predicted[threshold] += predicted
            record[f"threshold {threshold}"] = _score_record(predicted, gold)
        record["baseline"] = _score_record(baseline, gold) | {"label": label}
        record["seconds"] = round(time.perf_counter() - fold_started)
        per_fold.append(record)
        at = record[f"threshold {CV_THRESHOLDS[0]}"]
        say(f"fold {held}: SI F1 {at['si']['f1']:.4f}, technique-aware F1 {at['technique_aware']['f1']:.4f} ({record['seconds']} s)")
    return {
        "recipe": recipe_description(folds),
        "folds": CV_FOLDS,
        "fold_rule": f"sha256(article id) % {CV_FOLDS} (fold 0 is the validation part)",
        "articles": len(labelled),
        "gold_spans": len(pooled_gold),
        "per_fold": per_fold,
        "pooled": {f"threshold {t}": _score_record(pooled_predicted[t], pooled_gold) for t in CV_THRESHOLDS}
        | {"baseline": _score_record(pooled_baseline, pooled_gold)},
        "pooled_per_technique": {
            name: {"gold": score.gold, "predicted": score.predicted, "precision": round(score.precision, 4), "recall": round(score.recall, 4), "f1": round(score.f1, 4)}
            for name, score in per_technique(pooled_predicted[CV_THRESHOLDS[0]], pooled_gold, TECHNIQUES).items()
        },
        "seconds": round(time.perf_counter() - started),
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
    }
