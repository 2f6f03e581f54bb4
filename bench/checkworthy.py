"""Check-worthiness model: held-out ClaimBuster figures beside baselines, and out-of-domain CLEF.

``python -m bench.checkworthy`` writes the ``checkworthy`` section of BENCHMARKS.md. It scores the
model shipped in the package (it does not retrain it; ``newsgraph train checkworthy`` does) on:

1. ClaimBuster ``two_class/test.json``, the held-out part (never seen in training or model
   selection): precision, recall and F1 of the check-worthy class at 0.5, accuracy, average
   precision; beside the majority-class baseline and a "mentions a number" rule;
2. CLEF CheckThat! 2019 task 1 test (debate and speech transcripts, ~2% check-worthy), with mean
   average precision over debates, the lab's official measure;
3. CLEF CheckThat! 2020 task 1 test (COVID-19 tweets): out of domain in genre as well.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time

import numpy as np

from bench.common import data_path, stamp, table, write_section


def _scores(model, texts):
    from newsgraph.training.checkworthy import featurize

    return np.array([model.score_features(features) for features in featurize(texts)])


def _rows(name, labels, scores, majority):
    from newsgraph.training.checkworthy import binary_scores

    model_row = binary_scores(labels, (scores >= 0.5).astype(int), scores)
    base_row = binary_scores(labels, [majority] * len(labels))
    return [[name, "newsgraph model", *model_row.as_row()], [name, f"majority class ({majority})", *base_row.as_row()]]


def _mean_average_precision(labels, scores, groups) -> float:
    from sklearn.metrics import average_precision_score

    values = []
    for group in sorted(set(groups)):
        index = [i for i, g in enumerate(groups) if g == group]
        gold = [labels[i] for i in index]
        if any(gold):
            values.append(average_precision_score(gold, [scores[i] for i in index]))
    return float(np.mean(values)) if values else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.checkworthy", description=__doc__.splitlines()[0])
    parser.add_argument("--skip-clef", action="store_true", help="only the ClaimBuster held-out figures")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    from newsgraph.extract.checkworthy import shipped_model, shipped_model_path
    from newsgraph.training.checkworthy import binary_scores, load_claimbuster, load_clef2020_tweets_test

    corpus = data_path("claimbuster-checkworthy")
    model = shipped_model()
    meta = model.metadata
    train, test = load_claimbuster(corpus)
    majority = int(np.bincount([label for _, label in train]).argmax())

    started = time.perf_counter()
    labels = [label for _, label in test]
    scores = _scores(model, [text for text, _ in test])
    rows = _rows("ClaimBuster test.json (held out)", labels, scores, majority)
    has_number = [int(any(ch.isdigit() for ch in text)) for text, _ in test]
    rows.append(["ClaimBuster test.json (held out)", "rule: mentions a number", *binary_scores(labels, has_number).as_row()])

    clef_note = ""
    if not args.skip_clef:
        with open(corpus / "clef19" / "CT19-T1-Test.csv", encoding="utf-8", newline="") as handle:
            ct19 = [(row["text"], int(row["label"]), row["file_name"]) for row in csv.DictReader(handle)]
        ct19_labels = [label for _, label, _ in ct19]
        ct19_scores = _scores(model, [text for text, _, _ in ct19])
        rows += _rows("CLEF 2019 task 1 test (debates)", ct19_labels, ct19_scores, majority)
        ct19_map = _mean_average_precision(ct19_labels, ct19_scores, [debate for _, _, debate in ct19])

        tweets = load_clef2020_tweets_test(corpus)
        tweet_labels = [label for _, label in tweets]
        rows += _rows("CLEF 2020 task 1 test (tweets)", tweet_labels, _scores(model, [text for text, _ in tweets]), majority)
        clef_note = (
            f"\nCLEF 2019 task 1, mean average precision over its {len(set(d for _, _, d in ct19))} test debates "
            f"(the lab's official measure): **{ct19_map:.3f}**. CLEF figures are out of domain (other debates, "
            "other annotators, far fewer positives: the 0.5 threshold, calibrated on ClaimBuster's 25% positives, "
            "is not tuned for them); the CheckThat! 2020 tweets differ in genre as well."
        )
    seconds = time.perf_counter() - started

    size_kib = shipped_model_path().stat().st_size / 1024
    parts = [
        stamp("python -m bench.checkworthy" + (" --skip-clef" if args.skip_clef else "")),
        "",
        f"Model: `{shipped_model_path().name}` ({size_kib:.0f} KiB, {len(model.idf)} features, C={meta.get('C')}), "
        f"trained on {meta.get('train_size')} ClaimBuster sentences (`two_class/train.json` minus sentences also in "
        "`test.json`), model selection by 5-fold cross-validation inside the training part only. Positive class = "
        "check-worthy factual sentence; threshold 0.5. The held-out `test.json` is balanced (351 of 702 positive), so "
        "the majority class of training (not check-worthy) scores accuracy 0.5 and F1 0.",
        "",
        table(["data", "predictor", "sentences", "positives", "precision", "recall", "F1", "accuracy", "average precision"], rows),
        clef_note,
        f"\nScoring all of the above took {seconds:.0f} s (spaCy tagging included).",
    ]
    write_section("checkworthy", "\n".join(parts))
    print("\n".join(parts))


if __name__ == "__main__":
    main()
