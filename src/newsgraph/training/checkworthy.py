"""Train the check-worthiness model on ClaimBuster, and the loaders its benchmark shares.

Data: ``claimbuster-checkworthy/two_class/train.json`` to fit (model selection by seeded,
stratified k-fold cross-validation inside it), ``two_class/test.json`` held out for the reported
figures; training sentences whose text also occurs in the test file are dropped so that nothing of
the held-out part is seen. The recipe is deterministic: liblinear logistic regression, fixed fold
seed, sorted features, a gzip file written with a zero timestamp, so the same data and versions
give a byte-identical artefact.
"""

from __future__ import annotations

import csv
import json
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..extract.checkworthy import FEATURE_VERSION, CheckworthyModel, claim_features, shipped_model_path

CLAIMBUSTER = "claimbuster-checkworthy"
DEFAULT_SEED = 13
DEFAULT_FOLDS = 5
C_GRID = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
MIN_DF = 2
# Components the features do not read: skipping them makes featurising the corpus ~2x faster and
# leaves tags and entities exactly as the full pipeline gives them.
UNUSED_COMPONENTS = ("parser", "newsgraph_paragraph_breaks", "lemmatizer")
# Exported weights are rounded to this many significant digits (parity is checked after rounding).
SIGNIFICANT_DIGITS = 7
PARITY_TOLERANCE = 1e-5

Example = tuple[str, int]


# --------------------------------------------------------------------------- data


def _require(path: Path) -> Path:
    if not path.exists():
        raise InputError(f"{path}: not found (the {CLAIMBUSTER} corpus is read from ../shared/data or $NEWSGRAPH_DATA)")
    return path


def _read_claimbuster_json(path: Path) -> list[Example]:
    try:
        items = json.loads(_require(path).read_text(encoding="utf-8"))
        return [(str(item["text"]), int(item["label"])) for item in items]
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a ClaimBuster two_class JSON file ({error})") from None


def load_claimbuster(corpus: Path) -> tuple[list[Example], list[Example]]:
    """(train, held-out test) from ClaimBuster's provided split, with test texts removed from train."""
    train = _read_claimbuster_json(corpus / "two_class" / "train.json")
    test = _read_claimbuster_json(corpus / "two_class" / "test.json")
    held_out = {text.strip().lower() for text, _ in test}
    return [(text, label) for text, label in train if text.strip().lower() not in held_out], test


def load_clef2019_test(corpus: Path) -> list[Example]:
    """CLEF CheckThat! 2019 task 1 test: debate and speech lines, label 1 = check-worthy."""
    with open(_require(corpus / "clef19" / "CT19-T1-Test.csv"), encoding="utf-8", newline="") as handle:
        return [(row["text"], int(row["label"])) for row in csv.DictReader(handle)]


def load_clef2020_tweets_test(corpus: Path) -> list[Example]:
    """CLEF CheckThat! 2020 task 1 test: COVID-19 tweets, last column = check-worthiness."""
    with open(_require(corpus / "clef20" / "task1" / "test-gold.tsv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [(row[3], int(row[-1])) for row in rows[1:] if len(row) >= 6]


# --------------------------------------------------------------------------- features and metrics


def featurize(texts: Sequence[str], nlp=None, batch_size: int = 256) -> list[list[str]]:
    """``claim_features`` of each text, from the same spaCy pipeline the analyser uses."""
    from .. import nlp as nlp_module

    pipeline = nlp or nlp_module.load()
    disabled = [name for name in UNUSED_COMPONENTS if name in pipeline.pipe_names]
    return [claim_features(doc) for doc in pipeline.pipe(texts, batch_size=batch_size, disable=disabled)]


@dataclass(frozen=True)
class BinaryScores:
    """Precision, recall and F1 of the positive class, with accuracy and average precision."""

    n: int
    positives: int
    precision: float
    recall: float
    f1: float
    accuracy: float
    average_precision: float | None = None

    def as_row(self) -> list:
        ap = self.average_precision
        return [self.n, self.positives, self.precision, self.recall, self.f1, self.accuracy, "–" if ap is None else ap]


def binary_scores(gold: Sequence[int], predicted: Sequence[int], scores: Sequence[float] | None = None) -> BinaryScores:
    from sklearn.metrics import average_precision_score

    gold_a = np.asarray(gold, dtype=int)
    pred_a = np.asarray(predicted, dtype=int)
    tp = int(((gold_a == 1) & (pred_a == 1)).sum())
    fp = int(((gold_a == 0) & (pred_a == 1)).sum())
    fn = int(((gold_a == 1) & (pred_a == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    ap = float(average_precision_score(gold_a, np.asarray(scores))) if scores is not None and gold_a.any() else None
    return BinaryScores(len(gold_a), int(gold_a.sum()), precision, recall, f1, float((gold_a == pred_a).mean()), ap)


# --------------------------------------------------------------------------- training


@dataclass
class TrainingReport:
    """What a training run did and measured."""

    model_path: Path
    train_size: int
    test_size: int
    chosen_c: float
    cv_f1: dict[float, float]
    test: BinaryScores
    majority_baseline: BinaryScores
    features: int
    seconds_featurize: float
    seconds_fit: float
    parity_max_diff: float
    notes: list[str] = field(default_factory=list)


def _significant(value: float, digits: int = SIGNIFICANT_DIGITS) -> float:
    return float(f"{value:.{digits}g}")


def _fit(features: list[list[str]], labels: np.ndarray, c: float, seed: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=_identity, min_df=MIN_DF, sublinear_tf=True, norm="l2", dtype=np.float64)
    matrix = vectorizer.fit_transform(features)
    classifier = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=1000)
    classifier.fit(matrix, labels)
    return vectorizer, classifier


def _identity(features: list[str]) -> list[str]:
    return features


def select_c(features: list[list[str]], labels: np.ndarray, seed: int, folds: int, grid: Sequence[float] = C_GRID) -> dict[float, float]:
    """Mean F1 of the positive class over seeded stratified folds, for each regularisation C."""
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    splits = list(splitter.split(np.zeros(len(labels)), labels))
    results: dict[float, float] = {}
    for c in grid:
        f1s = []
        for fit_index, val_index in splits:
            vectorizer, classifier = _fit([features[i] for i in fit_index], labels[fit_index], c, seed)
            predicted = classifier.predict(vectorizer.transform([features[i] for i in val_index]))
            f1s.append(binary_scores(labels[val_index], predicted).f1)
        results[c] = float(np.mean(f1s))
    return results


def export(vectorizer, classifier, metadata: dict) -> CheckworthyModel:
    """The fitted vectoriser and classifier as a ``CheckworthyModel`` (weights rounded)."""
    idf = vectorizer.idf_
    coef = classifier.coef_[0]
    features = {
        name: (_significant(float(idf[index])), _significant(float(coef[index])))
        for name, index in vectorizer.vocabulary_.items()
    }
    return CheckworthyModel(features, _significant(float(classifier.intercept_[0])), True, metadata)


def train_checkworthy(
    corpus: Path,
    out: Path | None = None,
    seed: int = DEFAULT_SEED,
    folds: int = DEFAULT_FOLDS,
    limit: int | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> TrainingReport:
    """Fit, check and save the model; ``limit`` keeps a seeded sample of N training sentences (quick tries)."""
    import sklearn

    out = out or shipped_model_path()
    train, test = load_claimbuster(corpus)
    if limit is not None and limit < len(train):
        # A seeded sample, not the head: the file is sorted by label.
        keep = np.sort(np.random.default_rng(seed).permutation(len(train))[:limit])
        train = [train[i] for i in keep]
    labels = np.array([label for _, label in train], dtype=int)
    if len(set(labels.tolist())) < 2 or min(np.bincount(labels)) < folds:
        raise InputError(f"need at least {folds} training sentences of each class, got {np.bincount(labels, minlength=2).tolist()}")

    progress(f"featurising {len(train)} training and {len(test)} held-out sentences with spaCy")
    started = time.perf_counter()
    train_features = featurize([text for text, _ in train])
    test_features = featurize([text for text, _ in test])
    seconds_featurize = time.perf_counter() - started

    started = time.perf_counter()
    progress(f"choosing C by {folds}-fold cross-validation (seed {seed}) over {list(C_GRID)}")
    cv_f1 = select_c(train_features, labels, seed, folds)
    chosen_c = max(cv_f1, key=lambda c: (round(cv_f1[c], 6), -c))  # ties: the stronger regularisation
    vectorizer, classifier = _fit(train_features, labels, chosen_c, seed)
    seconds_fit = time.perf_counter() - started

    test_labels = [label for _, label in test]
    sklearn_scores = classifier.predict_proba(vectorizer.transform(test_features))[:, 1]
    metadata = {
        "data": f"{CLAIMBUSTER}/two_class/train.json (ClaimBuster, GPL-3.0 repository; upstream research use)",
        "held_out": f"{CLAIMBUSTER}/two_class/test.json",
        "train_size": len(train),
        "seed": seed,
        "folds": folds,
        "C": chosen_c,
        "min_df": MIN_DF,
        "feature_version": FEATURE_VERSION,
        "trained_with": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, Python {platform.python_version()}",
    }
    model = export(vectorizer, classifier, metadata)
    shipped_scores = np.array([model.score_features(features) for features in test_features])
    parity = float(np.abs(shipped_scores - sklearn_scores).max()) if len(test) else 0.0
    if parity > PARITY_TOLERANCE:
        raise RuntimeError(f"exported model disagrees with scikit-learn by {parity:.2e} (> {PARITY_TOLERANCE})")
    model.save(out)

    majority = int(np.bincount(labels).argmax())
    return TrainingReport(
        model_path=out,
        train_size=len(train),
        test_size=len(test),
        chosen_c=chosen_c,
        cv_f1=cv_f1,
        test=binary_scores(test_labels, (shipped_scores >= 0.5).astype(int), shipped_scores),
        majority_baseline=binary_scores(test_labels, [majority] * len(test)),
        features=len(vectorizer.vocabulary_),
        seconds_featurize=seconds_featurize,
        seconds_fit=seconds_fit,
        parity_max_diff=parity,
    )
