"""Time expressions and quantities: accuracy on annotated text, cost on real news.

``python -m bench.times [--limit N]`` writes the ``times`` section of BENCHMARKS.md:

1. the sample articles' gold times (``samples/gold/*.json``, annotated by the samples' author, not by
   the author of the extractor, but read during development: the extractor adopted its span and
   season conventions, so this is not a blind estimate either) scored with ``newsgraph.eval.times``;
2. the development set ``bench/times_gold.jsonl`` (32 invented wire-style passages, 90 times and
   107 quantities, annotated by the extractor's author: a regression check more than an unbiased
   estimate);
3. the blind set ``bench/times_blind.jsonl`` (bench/times_blind.md: the 40 articles of the blind
   sets bench/unseen..unseen5, annotated for times by a helper from the texts alone and frozen before
   any run; their quantities annotated after the times runs but before any quantity run), as two
   rows in each table: split A (unseen, unseen2, unseen3; its errors may be read and fixed from)
   and split B (unseen4, unseen5; held out: only its totals are reported, never its errors);
4. the cost of ``extract_times`` + ``find_quantities`` per 1,000 words on real news (SemEval-2025
   Task 10 English articles under ``../shared/data``), in CPU time so that a busy machine does not
   inflate it, beside the spaCy parse they run on; and that no article makes either crash.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from bench.common import REPO, data_path, stamp, table, write_section

SAMPLES = REPO / "samples"
DEV_SET = REPO / "bench" / "times_gold.jsonl"
BLIND_SET = REPO / "bench" / "times_blind.jsonl"
BLIND_SPLITS = {"A": ("unseen", "unseen2", "unseen3"), "B": ("unseen4", "unseen5")}
ERRORS_SHOWN = {"A"}  # split B is held out: its errors are never printed
NEWS = "semeval2025-task10-en"


def _time_row(name: str, scores) -> list:
    return [name, scores.gold, scores.predicted, scores.precision, scores.recall, scores.f1, scores.strict_f1, scores.value_accuracy, scores.end_to_end_f1]


def _quantity_row(name: str, scores) -> list:
    return [name, scores.gold, scores.predicted, scores.precision, scores.recall, scores.f1, scores.value_accuracy, scores.unit_accuracy, scores.approximate_accuracy, scores.end_to_end_f1]


def accuracy(nlp) -> tuple[str, list[str]]:
    """Markdown tables for the samples and the development set, and the errors made."""
    from newsgraph.eval.times import QuantityScores, TimeScores, quantity_errors, read_blind_set, read_dev_set, read_sample_times, score_quantities, score_times, time_errors
    from newsgraph.extract.quantities import find_quantities
    from newsgraph.extract.times import extract_times

    errors: list[str] = []
    samples = TimeScores()
    for gold_path in sorted((SAMPLES / "gold").glob("*.json")):
        text_path = SAMPLES / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        published = json.loads(gold_path.read_text(encoding="utf-8")).get("published")
        gold = read_sample_times(gold_path, text)
        predicted = extract_times(nlp.parse(text), dt.date.fromisoformat(published) if published else None)
        samples += score_times(gold, predicted)
        errors += [f"samples/{gold_path.stem}: {line}" for line in time_errors(gold, predicted)]
    dev_times, dev_quantities = TimeScores(), QuantityScores()
    for item in read_dev_set(DEV_SET):
        doc = nlp.parse(item.text)
        predicted_times = extract_times(doc, dt.date.fromisoformat(item.published) if item.published else None)
        predicted_quantities = find_quantities(doc)
        dev_times += score_times(item.times, predicted_times)
        dev_quantities += score_quantities(item.quantities, predicted_quantities)
        errors += [f"dev/{item.id}: {line}" for line in time_errors(item.times, predicted_times) + quantity_errors(item.quantities, predicted_quantities)]
    blind_rows, blind_quantity_rows = [], []
    if BLIND_SET.exists():
        blind = read_blind_set(BLIND_SET, REPO / "bench")
        for split, sets in BLIND_SPLITS.items():
            items = [item for item in blind if item.set in sets]
            if not items:
                continue
            scores, quantity_scores = TimeScores(), QuantityScores()
            for item in items:
                doc = nlp.parse(item.text)
                predicted = extract_times(doc, dt.date.fromisoformat(item.published) if item.published else None)
                predicted_quantities = find_quantities(doc)
                scores += score_times(item.times, predicted)
                quantity_scores += score_quantities(item.quantities, predicted_quantities)
                if split in ERRORS_SHOWN:
                    errors += [
                        f"blind {split} {item.set}/{item.article}: {line}"
                        for line in time_errors(item.times, predicted) + quantity_errors(item.quantities, predicted_quantities)
                    ]
            role = "errors read, fixes written from them" if split in ERRORS_SHOWN else "held out, totals only"
            name = f"blind split {split} ({len(items)} articles of {', '.join(sets)}; gold by another author; {role})"
            blind_rows.append(_time_row(name, scores))
            blind_quantity_rows.append(_quantity_row(name, quantity_scores))
    times_table = table(
        ["gold", "expressions", "predicted", "precision", "recall", "F1", "strict-span F1", "value accuracy", "end-to-end F1"],
        [_time_row("sample articles (10; other annotator, seen in development)", samples), _time_row("development set (32 passages; extractor's author)", dev_times)] + blind_rows,
    )
    quantities_table = table(
        ["gold", "quantities", "predicted", "precision", "recall", "F1", "value acc.", "unit acc.", "approximate acc.", "end-to-end F1"],
        [_quantity_row("development set (32 passages; extractor's author)", dev_quantities)] + blind_quantity_rows,
    )
    return f"Time expressions (scored types: exact, relative, range):\n\n{times_table}\n\nQuantities:\n\n{quantities_table}", errors


def cost(nlp, limit: int) -> str:
    """CPU milliseconds per 1,000 words for the extractors and for the parse, on real news."""
    from newsgraph.extract import times as times_module
    from newsgraph.extract.quantities import find_quantities
    from newsgraph.extract.times import extract_times

    paths = sorted((data_path(NEWS) / "EN" / "raw-documents").glob("*.txt"))[:limit]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    pipeline = nlp.load()
    started = time.process_time()
    docs = [nlp.parse(text, pipeline) for text in texts]
    parse_seconds = time.process_time() - started
    words = sum(1 for doc in docs for token in doc if not token.is_punct and not token.is_space)
    best_times = best_quantities = float("inf")
    found_times = found_quantities = 0
    published = dt.date(2023, 3, 1)  # the corpus has no dates; one fixed date exercises resolution
    for _ in range(5):
        times_module._SCANS.clear()  # measure the scan, not the per-document cache
        started = time.process_time()
        found_times = sum(len(extract_times(doc, published)) for doc in docs)
        middle = time.process_time()
        found_quantities = sum(len(find_quantities(doc)) for doc in docs)
        finished = time.process_time()
        best_times = min(best_times, middle - started)
        best_quantities = min(best_quantities, finished - middle)

    def per_thousand(seconds: float) -> float:
        return seconds * 1000 / words * 1000

    rows = [
        ["spaCy parse (" + nlp.model_name() + ")", per_thousand(parse_seconds), ""],
        ["extract_times", per_thousand(best_times), f"{found_times} expressions"],
        ["find_quantities (after extract_times, sharing its scan)", per_thousand(best_quantities), f"{found_quantities} quantities"],
        ["both", per_thousand(best_times + best_quantities), ""],
    ]
    return (
        f"Cost on {len(docs)} real news articles ({words:,} words, {NEWS}); CPU ms per 1,000 words, best of 5 "
        f"for the extractors (no article raised an error):\n\n" + table(["stage", "CPU ms / 1,000 words", "found"], rows)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.times", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120, help="real news articles for the cost measurement (default 120)")
    parser.add_argument("--errors", action="store_true", help="print every gold disagreement (never those of blind split B)")
    parser.add_argument("--accuracy-only", action="store_true", help="print the accuracy tables only: no cost run, BENCHMARKS.md untouched")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    from newsgraph import nlp

    command = "python -m bench.times" + (f" --limit {args.limit}" if args.limit != 120 else "")
    accuracy_markdown, errors = accuracy(nlp)
    if args.accuracy_only:
        print(accuracy_markdown)
        if args.errors:
            print("\n".join(errors))
        return
    cost_markdown = cost(nlp, args.limit)
    remaining = "\n".join(f"- {line}" for line in errors) if errors else "- (none)"
    write_section(
        "times",
        f"## Time expressions and quantities\n\n{stamp(command)}\n\n{accuracy_markdown}\n\n{cost_markdown}\n\n"
        f"Disagreements with the gold:\n\n{remaining}\n",
    )
    print(accuracy_markdown)
    print(cost_markdown)
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
