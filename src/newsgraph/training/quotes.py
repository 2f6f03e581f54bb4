"""Train the quote-candidate model (``models/quotes.json``) on PolNeAR.

Data: ``polnear/train`` only (one annotation per article, the first ``.ann`` in sorted order, as
the scorer reads it); ``polnear/dev`` is never read here, it is kept for the benchmark.

Recipe (deterministic for a given corpus, spaCy model and scikit-learn version):

1. parse every training article with the analyser's own pipeline (``nlp.load()``);
2. propose candidates with ``extract.quotes.propose_candidates``; a candidate is positive when
   its content covers at least half of a gold Content and that Content is covered at least half
   by it (the benchmark's matching rule, without the one-to-one constraint);
3. fit an L2 logistic regression (liblinear) on the binary features;
4. choose the acceptance threshold by article-level k-fold cross-validation on the training
   articles: each fold's model extracts quotes from the held-out articles exactly as at run time,
   and the threshold with the best sum of content F1 and end-to-end F1 wins; the same held-out
   runs measure the precision of the rule-based quotes (follow-up paragraphs, fragments, quotes
   led into by a colon or a stance sentence, quotes with no speaker), which becomes their
   ``confidence``;
5. refit on all training articles and export the weights as JSON (rounded, tiny ones dropped).

Speakers are scored without the entity resolver here (names are the mention text): the
resolver only renames speakers, and the PolNeAR speaker rule accepts an overlapping mention.
"""

from __future__ import annotations

import dataclasses
import platform
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..eval.attribution import GoldArticle, PredictedQuote, Scores, coverage, read_split, score_article
from ..extract.quotes import FEATURE_VERSION, MODEL_PATH, QuoteModel, propose_candidates, quotes_from_scored

POLNEAR = "polnear"
DEFAULT_C = 0.3
DEFAULT_FOLDS = 5
DEFAULT_SEED = 13
THRESHOLDS = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60)
RULES = ("follow_up", "fragment", "lead", "unattributed")
MIN_WEIGHT = 1e-3  # weights smaller than this shift no probability by more than a rounding error
SIGNIFICANT_DIGITS = 6


class _NoEntities:
    """Resolves nothing: speakers are named by their mention text."""

    def resolve(self, start: int, end: int, speaker: bool = False):
        return None

    def ref_at_token(self, token):
        return None

    def mentions_in(self, start: int, end: int) -> tuple:
        return ()


@dataclass
class QuoteTrainingReport:
    model_path: Path
    articles: int
    candidates: int
    positives: int
    features: int
    threshold: float
    cross_validated: dict[float, dict[str, float]]
    rules: dict[str, float]
    seconds_parse: float
    seconds_fit: float
    meta: dict = field(default_factory=dict)


def _significant(value: float, digits: int = SIGNIFICANT_DIGITS) -> float:
    return float(f"{value:.{digits}g}")


def _fit(features: Sequence[list[str]], labels: np.ndarray, c: float, seed: int) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features]).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)  # liblinear wants 32-bit indices
    matrix.indptr = matrix.indptr.astype(np.int32)
    classifier = LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=seed)
    classifier.fit(matrix, labels)
    weights = {
        name: _significant(float(w))
        for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0])
        if abs(w) >= MIN_WEIGHT
    }
    return weights, _significant(float(classifier.intercept_[0]))


def label_candidates(article: GoldArticle, doc) -> tuple[list[list[str]], list[int]]:
    """Features and 0/1 labels of every candidate of one article."""
    candidates, _ = propose_candidates(doc)
    features, labels = [], []
    for candidate in candidates:
        prediction = PredictedQuote(candidate.start, candidate.end)
        best = max((coverage(gold, prediction) for gold in article.attributions), default=0.0)
        features.append(candidate.features)
        labels.append(int(best >= 0.5))
    return features, labels


def train_quotes(
    corpus: Path,
    out: Path | None = None,
    *,
    c: float = DEFAULT_C,
    folds: int = DEFAULT_FOLDS,
    seed: int = DEFAULT_SEED,
    limit: int | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> QuoteTrainingReport:
    """Train on ``corpus/train`` (a PolNeAR copy) and write the model to ``out`` (default: shipped)."""
    from .. import nlp

    if folds < 2:
        raise InputError(f"folds must be at least 2, not {folds}")
    articles = read_split(corpus, "train")
    if not articles:
        raise InputError(f"{corpus}/train: no PolNeAR articles found")
    if limit is not None:
        articles = random.Random(seed).sample(articles, min(limit, len(articles)))
        articles.sort(key=lambda a: a.name)

    started = time.perf_counter()
    progress(f"parsing {len(articles)} training articles with {nlp.model_name()}")
    docs = list(nlp.parse_many(a.text for a in articles))
    seconds_parse = time.perf_counter() - started

    fit_started = time.perf_counter()
    per_article = [label_candidates(a, d) for a, d in zip(articles, docs)]
    progress(f"{sum(len(f) for f, _ in per_article)} candidates; cross-validating the threshold on {folds} folds")

    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    fold_of = {index: position % folds for position, index in enumerate(order)}
    totals = {threshold: Scores() for threshold in THRESHOLDS}
    fold_models: list[tuple[int, QuoteModel]] = []
    for fold in range(folds):
        train_features = [f for i, (fs, _) in enumerate(per_article) if fold_of[i] != fold for f in fs]
        train_labels = np.array([y for i, (_, ys) in enumerate(per_article) if fold_of[i] != fold for y in ys])
        weights, bias = _fit(train_features, train_labels, c, seed)
        model = QuoteModel(weights, bias, 0.5, {})
        fold_models.append((fold, model))
        for i in (i for i in range(len(articles)) if fold_of[i] == fold):
            candidates, layout = propose_candidates(docs[i])
            for candidate in candidates:
                candidate.score = model.probability(candidate.features)
            for threshold in THRESHOLDS:
                at = dataclasses.replace(model, threshold=threshold)
                quotes = quotes_from_scored(layout, candidates, at, _NoEntities())
                totals[threshold] += score_article(articles[i], [PredictedQuote.from_quote(q) for q in quotes])
        progress(f"fold {fold + 1}/{folds} done")
    cross_validated = {
        t: {"f1": s.f1, "speaker_accuracy": s.speaker_accuracy, "end_to_end_f1": s.end_to_end_f1, "precision": s.precision, "recall": s.recall}
        for t, s in totals.items()
    }
    threshold = max(THRESHOLDS, key=lambda t: (round(cross_validated[t]["f1"] + cross_validated[t]["end_to_end_f1"], 4), -t))

    # Precision of the rule-based quotes on the held-out folds, at the chosen threshold.
    rule_hits: Counter[str] = Counter()
    rule_counts: Counter[str] = Counter()
    from ..eval.attribution import match
    from ..extract import quotes as quote_module

    for fold, model in fold_models:
        at = dataclasses.replace(model, threshold=threshold, meta={"rules": {r: 1.0 for r in RULES}})
        for i in (i for i in range(len(articles)) if fold_of[i] == fold):
            candidates, layout = quote_module.propose_candidates(docs[i])
            for candidate in candidates:
                candidate.score = at.probability(candidate.features)
            chosen = quote_module.add_uncued(layout, quote_module.select(candidates, threshold, layout.text), at)
            predictions = [PredictedQuote(q.start, q.end) for q in chosen]
            matched = {p for _, p in match(articles[i].attributions, predictions)}
            for index, candidate in enumerate(chosen):
                if candidate.relation in RULES:
                    rule_counts[candidate.relation] += 1
                    rule_hits[candidate.relation] += index in matched
    rules = {r: round(rule_hits[r] / rule_counts[r], 3) if rule_counts[r] else 0.5 for r in RULES}

    progress(f"threshold {threshold}; refitting on all {len(articles)} articles")
    all_features = [f for fs, _ in per_article for f in fs]
    all_labels = np.array([y for _, ys in per_article for y in ys])
    weights, bias = _fit(all_features, all_labels, c, seed)
    seconds_fit = time.perf_counter() - fit_started

    import sklearn
    import spacy

    meta = {
        "data": f"PolNeAR train ({len(articles)} articles, first annotation each)",
        "recipe": f"logistic regression, liblinear, L2, C={c}; threshold by {folds}-fold article CV (seed {seed})",
        "candidates": len(all_labels),
        "positives": int(all_labels.sum()),
        "cross_validated": {str(t): {k: round(v, 4) for k, v in m.items()} for t, m in cross_validated.items()},
        "rules": rules,
        "rule_counts": dict(rule_counts),
        "versions": {"python": platform.python_version(), "spacy": spacy.__version__, "scikit-learn": sklearn.__version__, "spacy_model": nlp.model_name()},
        "feature_version": FEATURE_VERSION,
    }
    model = QuoteModel(weights, bias, threshold, meta)
    path = Path(out) if out is not None else MODEL_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    model.save(path)
    return QuoteTrainingReport(
        model_path=path,
        articles=len(articles),
        candidates=len(all_labels),
        positives=int(all_labels.sum()),
        features=len(weights),
        threshold=threshold,
        cross_validated=cross_validated,
        rules=rules,
        seconds_parse=seconds_parse,
        seconds_fit=seconds_fit,
        meta=meta,
    )
