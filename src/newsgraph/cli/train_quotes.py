"""``newsgraph train quotes``: train the quote-candidate model shipped in the package."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from ..errors import InputError
from .train import train_app

DEFAULT_DATA = Path(os.environ.get("NEWSGRAPH_DATA", Path.cwd().parent / "shared" / "data"))


@train_app.command("quotes")
def train_quotes_command(
    data: Path = typer.Option(DEFAULT_DATA, help="Directory holding polnear/ (default: $NEWSGRAPH_DATA or ../shared/data)."),
    out: Optional[Path] = typer.Option(None, help="Where to write the model (default: the one shipped in the package)."),
    c: float = typer.Option(0.3, "--c", help="Inverse L2 regularisation strength of the logistic regression."),
    folds: int = typer.Option(5, help="Article-level cross-validation folds used to choose the threshold."),
    seed: int = typer.Option(13, help="Seed of the folds and the solver."),
    limit: Optional[int] = typer.Option(None, help="Train on a seeded sample of N training articles (quick tries; not for the shipped model)."),
) -> None:
    """Train the quote model on PolNeAR train; print cross-validated content and speaker scores."""
    from ..training.quotes import POLNEAR, train_quotes

    if folds < 2:
        raise InputError(f"--folds must be at least 2, not {folds}")
    if limit is not None and limit < folds:
        raise InputError(f"--limit must be at least --folds ({folds}), not {limit}")
    if c <= 0:
        raise InputError(f"--c must be positive, not {c}")
    corpus = data / POLNEAR if (data / POLNEAR).is_dir() else data
    if not (corpus / "train").is_dir():
        raise InputError(f"{corpus}: no PolNeAR train/ split here (pass --data DIR holding polnear/)")

    def progress(message: str) -> None:
        print(f"[train quotes] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    report = train_quotes(corpus, out, c=c, folds=folds, seed=seed, limit=limit, progress=progress)
    elapsed = time.perf_counter() - started
    chosen = report.cross_validated[report.threshold]
    print(f"model: {report.model_path} ({report.model_path.stat().st_size / 1024:.0f} KiB, {report.features} features)")
    print(f"train: {report.articles} articles, {report.candidates} candidates ({report.positives} positive)")
    for threshold, scores in report.cross_validated.items():
        mark = "  <- chosen" if threshold == report.threshold else ""
        print(
            f"  threshold {threshold:.2f}: cross-validated content P {scores['precision']:.3f} R {scores['recall']:.3f} "
            f"F1 {scores['f1']:.3f}, speaker {scores['speaker_accuracy']:.3f}, end-to-end F1 {scores['end_to_end_f1']:.3f}{mark}"
        )
    print(f"rule-based quotes, held-out content precision (their confidence): {report.rules}")
    print(f"chosen: threshold {report.threshold:.2f}, cross-validated content F1 {chosen['f1']:.3f}, end-to-end F1 {chosen['end_to_end_f1']:.3f}")
    print(f"time: {elapsed:.0f} s ({report.seconds_parse:.0f} s parsing, {report.seconds_fit:.0f} s featurising, cross-validating and fitting)")
