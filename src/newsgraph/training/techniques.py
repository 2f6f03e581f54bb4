"""Train the persuasion-technique model on the SemEval-2020 Task 11 PTC train split.

Recipe (deterministic: same data and versions give the same artefact):

1. Read the 371 train articles (``article<ID>.txt``, offsets into the file as it is on disk) and
   ``train-task2-TC.labels``; set a fixed part aside for validation: the articles whose id's
   SHA-256 is divisible by ``VALIDATION_MODULUS`` (74 of 371, ~20%), never seen by any fit.
2. Parse every article with the newsgraph pipeline and compute the features of
   :mod:`newsgraph.extract.techniques`; a token is a positive for a technique when at least half
   of its characters lie in a gold span of that technique.
3. Keep features seen at least ``MIN_COUNT`` times in the fitting part; fit one L2 logistic
   regression per technique (liblinear, positives up-weighted) on the window-expanded features.
4. Calibrate: out-of-fold token scores over ``FOLDS`` article folds of the fitting part give, for
   each technique, the probability threshold whose spans have the best technique-aware F1 on
   those folds; scores are later shifted so that this threshold reads 0.5.
5. Fit on the whole fitting part, export the weights (float16) and thresholds, and score the
   validation part with the SemEval-2020 formula beside the every-sentence baseline.

Two models come out, the same recipe with and without the pipeline's contextual vectors
(``techniques.npz`` and ``techniques-sparse.npz``): the second serves documents parsed by
another spaCy pipeline.
"""

from __future__ import annotations

import hashlib
import platform
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

from ..errors import InputError
from ..eval.techniques import SpanScore, every_sentence_baseline, per_technique, score_si, score_technique_aware
from ..extract.techniques import (
    DENSE_WINDOW,
    TECHNIQUES,
    WINDOW,
    DocFeatures,
    TechniqueModel,
    dense_block,
    doc_features,
    index_rows,
    shift_matrix,
    shipped_model_path,
    spans_from_scores,
)

PTC = "semeval2020-task11-ptc"
VALIDATION_MODULUS = 5
FOLDS = 3
MIN_COUNT = 2
ALPHA = 1e-5  # L2 strength of each technique's logistic regression
EPOCHS = 8
SEED = 11
POSITIVE_WEIGHT = 3.0  # positives are rare (0.1-3% of tokens): up-weight them so each fit sees them
THRESHOLD_GRID = tuple(np.round(np.exp(np.linspace(np.log(0.02), np.log(0.8), 40)), 4))
TOKEN_POSITIVE_SHARE = 0.5  # a token is inside a gold span when this share of its characters is

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


def is_validation(article_id: str) -> bool:
    """The fixed validation part: articles whose id's SHA-256 is divisible by VALIDATION_MODULUS."""
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % VALIDATION_MODULUS == 0


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
    """One article, parsed and featurised."""

    article: Article
    doc: object
    features: DocFeatures
    labels: np.ndarray


def parse_articles(articles: Sequence[Article], progress: Progress | None = None) -> list[Parsed]:
    """Parse with the newsgraph pipeline (contextual vectors kept) and compute features and labels."""
    from .. import nlp

    parsed = []
    started = time.perf_counter()
    for n, (article, doc) in enumerate(zip(articles, nlp.parse_many(a.text for a in articles)), 1):
        features = doc_features(doc)
        parsed.append(Parsed(article, doc, features, token_labels(doc, features, article.spans)))
        if progress and n % 50 == 0:
            progress(f"parsed {n}/{len(articles)} articles ({time.perf_counter() - started:.0f} s)")
    return parsed


# --------------------------------------------------------------------------- design matrix


@dataclass
class Design:
    """Vocabularies and dense scaling fixed on the fitting part."""

    unit_vocabulary: dict[str, int]
    context_vocabulary: dict[str, int]
    dense_mean: np.ndarray | None
    dense_scale: np.ndarray | None

    @classmethod
    def fit(cls, items: Sequence[Parsed], min_count: int = MIN_COUNT, dense: bool = True) -> "Design":
        unit_counts: Counter = Counter()
        context_counts: Counter = Counter()
        for item in items:
            for feats in item.features.unit:
                unit_counts.update(feats)
            for feats in item.features.context:
                context_counts.update(feats)

        def vocabulary(counts: Counter) -> dict[str, int]:
            return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}

        mean = scale = None
        if dense and all(item.features.dense is not None for item in items):
            stacked = np.vstack([item.features.dense for item in items]).astype(np.float64)
            mean = stacked.mean(axis=0).astype(np.float32)
            scale = (stacked.std(axis=0) + 1e-6).astype(np.float32)
        return cls(vocabulary(unit_counts), vocabulary(context_counts), mean, scale)

    def matrix(self, features: DocFeatures) -> sparse.csr_matrix:
        """The window-expanded feature matrix of one document, columns in TechniqueModel order."""
        units = index_rows(features.unit, self.unit_vocabulary)
        blocks = [units if offset == 0 else shift_matrix(features.sentence, offset) @ units for offset in range(-WINDOW, WINDOW + 1)]
        blocks.append(index_rows(features.context, self.context_vocabulary))
        if self.dense_mean is not None:
            blocks.append(sparse.csr_matrix(dense_block(features, self.dense_mean, self.dense_scale)))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def model(self, weights: np.ndarray, bias: np.ndarray, thresholds: np.ndarray, pipeline: str, meta: dict) -> TechniqueModel:
        """Cut the fitted ``(features, techniques)`` weights back into the model's blocks."""
        n_units, n_context = len(self.unit_vocabulary), len(self.context_vocabulary)
        slots = 2 * WINDOW + 1
        unit_weights = weights[: slots * n_units].reshape(slots, n_units, -1)
        context_weights = weights[slots * n_units : slots * n_units + n_context]
        dense_weights = weights[slots * n_units + n_context :] if self.dense_mean is not None else None
        return TechniqueModel(
            unit_vocabulary=self.unit_vocabulary,
            context_vocabulary=self.context_vocabulary,
            unit_weights=unit_weights,
            context_weights=context_weights,
            bias=bias,
            thresholds=thresholds,
            dense_weights=dense_weights,
            dense_mean=self.dense_mean,
            dense_scale=self.dense_scale,
            pipeline=pipeline if self.dense_mean is not None else "",
            meta=meta,
        )


def fit_weights(x: sparse.csr_matrix, y: np.ndarray, alpha: float = ALPHA, positive_weight: float = POSITIVE_WEIGHT) -> tuple[np.ndarray, np.ndarray]:
    """One L2 logistic regression per technique column of ``y``: ``(features, techniques)`` weights and biases.

    Stochastic gradient descent with a fixed seed and averaged weights: on ~300k tokens it fits a
    technique in seconds where an exact solver takes minutes, for the same validation F1.
    """
    from sklearn.linear_model import SGDClassifier

    weights = np.zeros((x.shape[1], y.shape[1]), dtype=np.float32)
    bias = np.zeros(y.shape[1], dtype=np.float32)
    for k in range(y.shape[1]):
        target = y[:, k]
        if target.min() == target.max():  # a fold without a single positive: never fire
            bias[k] = -20.0
            continue
        classifier = SGDClassifier(
            loss="log_loss", penalty="l2", alpha=alpha, max_iter=EPOCHS, tol=None, average=True,
            class_weight={0: 1.0, 1: positive_weight}, random_state=SEED,
        )
        classifier.fit(x, target)
        weights[:, k] = classifier.coef_[0]
        bias[k] = classifier.intercept_[0]
    return weights, bias


def _probabilities(x: sparse.csr_matrix, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.asarray(x @ weights) + bias)))


# --------------------------------------------------------------------------- spans and thresholds


def predicted_spans(items: Sequence[Parsed], scores: Sequence[np.ndarray], threshold: float = 0.5) -> list[tuple[str, str, int, int]]:
    """``(article, technique, start, end)`` for every span the scores give at ``threshold``."""
    out = []
    for item, score in zip(items, scores):
        for span in spans_from_scores(item.doc, item.features, score, threshold):
            out.append((item.article.id, span.technique, span.start, span.end))
    return out


def gold_spans(items: Sequence[Parsed]) -> list[tuple[str, str, int, int]]:
    return [(item.article.id, t, s, e) for item in items for t, s, e in item.article.spans]


def tune_thresholds(items: Sequence[Parsed], probabilities: Sequence[np.ndarray]) -> tuple[np.ndarray, dict[str, float]]:
    """Per technique, the probability threshold whose spans have the best technique-aware F1."""
    gold = gold_spans(items)
    thresholds = np.zeros(len(TECHNIQUES))
    best_f1: dict[str, float] = {}
    for k, name in enumerate(TECHNIQUES):
        gold_k = [g for g in gold if g[1] == name]
        best = (-1.0, THRESHOLD_GRID[-1])
        for threshold in THRESHOLD_GRID:
            spans = []
            for item, p in zip(items, probabilities):
                column = np.zeros_like(p)
                column[:, k] = p[:, k] >= threshold
                for span in spans_from_scores(item.doc, item.features, column, 0.5):
                    spans.append((item.article.id, name, span.start, span.end))
            f1 = score_technique_aware(spans, gold_k).f1
            if f1 > best[0] + 1e-9:
                best = (f1, threshold)
        thresholds[k] = best[1]
        best_f1[name] = best[0]
    return thresholds, best_f1


def calibrated_scores(probabilities: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """The same shift TechniqueModel.calibrated applies: each threshold maps to 0.5."""
    p = np.clip(probabilities, 1e-7, 1 - 1e-7)
    logit = np.log(p / (1 - p)) - np.log(thresholds / (1 - thresholds))
    return 1.0 / (1.0 + np.exp(-logit))


# --------------------------------------------------------------------------- training


@dataclass
class VariantReport:
    name: str
    path: Path
    features: int
    fold_f1: dict[str, float]  # out-of-fold technique-aware F1 at the tuned threshold, per technique
    si: SpanScore
    technique_aware: SpanScore
    per_technique: dict[str, SpanScore]
    thresholds: dict[str, float]
    parity_max_diff: float


@dataclass
class TrainReport:
    train_articles: int
    validation_articles: int
    train_spans: int
    validation_spans: int
    variants: list[VariantReport]
    baseline_label: str
    baseline_si: SpanScore
    baseline_technique_aware: SpanScore
    seconds_parse: float
    seconds_fit: float
    seconds_total: float
    machine: str = field(default_factory=lambda: f"{platform.machine()} Python {platform.python_version()}")


def _fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha256(("fold:" + article_id).encode("utf-8")).hexdigest(), 16) % folds


def train_techniques(
    corpus: Path,
    out: Path | None = None,
    *,
    folds: int = FOLDS,
    limit: int | None = None,
    alpha: float = ALPHA,
    progress: Progress | None = None,
) -> TrainReport:
    """Train, calibrate, export and validate both model variants (see the module docstring).

    ``limit`` keeps only the first N articles of each part (quick end-to-end tries, not for shipping).
    """
    from .. import nlp

    say = progress or (lambda message: None)
    started = time.perf_counter()
    articles = load_ptc(corpus)
    fit_part = [a for a in articles if not is_validation(a.id)]
    validation_part = [a for a in articles if is_validation(a.id)]
    if limit is not None:
        fit_part, validation_part = fit_part[:limit], validation_part[: max(1, limit // 4)]
    say(f"{len(fit_part)} articles to fit, {len(validation_part)} held out for validation")

    parsed = parse_articles(fit_part + validation_part, say)
    fitting, validation = parsed[: len(fit_part)], parsed[len(fit_part):]
    seconds_parse = time.perf_counter() - started

    nlp_meta = nlp.load().meta
    pipeline = f"{nlp.model_name()} {nlp_meta.get('version', 'unknown')}"
    out = Path(out) if out else shipped_model_path()
    fit_started = time.perf_counter()
    variants = []
    for dense in (True, False):
        name = "full" if dense else "sparse"
        path = out if dense else out.with_name(out.stem + "-sparse" + out.suffix)
        say(f"[{name}] calibrating thresholds on {folds} out-of-fold article folds")
        fold_ids = [_fold_of(item.article.id, folds) for item in fitting]
        oof: list[np.ndarray | None] = [None] * len(fitting)
        for fold in range(folds):
            inside = [item for item, f in zip(fitting, fold_ids) if f != fold]
            design = Design.fit(inside, dense=dense)
            x = sparse.vstack([design.matrix(item.features) for item in inside], format="csr")
            y = np.vstack([item.labels for item in inside])
            weights, bias = fit_weights(x, y, alpha)
            for n, (item, f) in enumerate(zip(fitting, fold_ids)):
                if f == fold:
                    oof[n] = _probabilities(design.matrix(item.features), weights, bias)
            say(f"[{name}] fold {fold + 1}/{folds} fitted ({time.perf_counter() - fit_started:.0f} s)")
        thresholds, fold_f1 = tune_thresholds(fitting, oof)

        design = Design.fit(fitting, dense=dense)
        x = sparse.vstack([design.matrix(item.features) for item in fitting], format="csr")
        y = np.vstack([item.labels for item in fitting])
        weights, bias = fit_weights(x, y, alpha)
        meta = {
            "trained_on": f"{PTC} train, {len(fitting)} articles (validation part: sha256(id) % {VALIDATION_MODULUS} == 0 held out)",
            "recipe": f"averaged SGD L2 logistic regression per technique, alpha={alpha}, {EPOCHS} epochs, seed {SEED}, positive weight {POSITIVE_WEIGHT}, min count {MIN_COUNT}, window ±{WINDOW}, dense window ±{DENSE_WINDOW}, thresholds from {folds}-fold out-of-fold span F1",
            "thresholds": {t: float(v) for t, v in zip(TECHNIQUES, thresholds)},
        }
        model = design.model(weights, bias, thresholds, pipeline, meta)
        model.save(path)
        say(f"[{name}] model written to {path} ({path.stat().st_size / 1e6:.1f} MB); fitted in {time.perf_counter() - fit_started:.0f} s")

        # Validate the exported model (float16 weights, decomposed scoring) exactly as it ships.
        shipped = TechniqueModel.load(path)
        scores, parity = [], 0.0
        for item in validation:
            use_dense = dense and item.features.dense is not None
            calibrated = shipped.calibrated(item.features, use_dense=use_dense)
            reference = calibrated_scores(_probabilities(design.matrix(item.features), weights, bias), thresholds)
            parity = max(parity, float(np.abs(calibrated - reference).max()) if len(calibrated) else 0.0)
            scores.append(calibrated)
        predicted = predicted_spans(validation, scores)
        gold = gold_spans(validation)
        variants.append(
            VariantReport(
                name=name,
                path=path,
                features=x.shape[1],
                fold_f1=fold_f1,
                si=score_si(predicted, gold),
                technique_aware=score_technique_aware(predicted, gold),
                per_technique=per_technique(predicted, gold, TECHNIQUES),
                thresholds=meta["thresholds"],
                parity_max_diff=parity,
            )
        )
    seconds_fit = time.perf_counter() - fit_started

    gold = gold_spans(validation)
    label = Counter(t for item in fitting for t, _, _ in item.article.spans).most_common(1)[0][0]
    sentences = {item.article.id: sentence_bounds(item.doc) for item in validation}
    baseline = every_sentence_baseline(sentences, label)
    return TrainReport(
        train_articles=len(fitting),
        validation_articles=len(validation),
        train_spans=sum(len(item.article.spans) for item in fitting),
        validation_spans=len(gold),
        variants=variants,
        baseline_label=label,
        baseline_si=score_si(baseline, gold),
        baseline_technique_aware=score_technique_aware(baseline, gold),
        seconds_parse=seconds_parse,
        seconds_fit=seconds_fit,
        seconds_total=time.perf_counter() - started,
    )


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Character bounds of each sentence, trailing whitespace left out (what the baseline marks)."""
    bounds = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.rstrip()
        lead = len(text) - len(text.lstrip())
        if stripped.strip():
            bounds.append((sent.start_char + lead, sent.start_char + len(stripped)))
    return bounds
