"""``newsgraph train checkworthy``: train the check-worthiness model shipped in the package."""

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


@train_app.command("checkworthy")
def train_checkworthy_command(
    data: Path = typer.Option(DEFAULT_DATA, help="Directory holding claimbuster-checkworthy/ (default: $NEWSGRAPH_DATA or ../shared/data)."),
    out: Optional[Path] = typer.Option(None, help="Where to write the model (default: the one shipped in the package)."),
    seed: int = typer.Option(13, help="Seed of the cross-validation folds and the solver."),
    folds: int = typer.Option(5, help="Cross-validation folds used to choose the regularisation."),
    limit: Optional[int] = typer.Option(None, help="Train on a seeded sample of N training sentences (quick tries; not for the shipped model)."),
) -> None:
    """Train the check-worthiness classifier on ClaimBuster; report held-out precision/recall/F1."""
    from ..training.checkworthy import CLAIMBUSTER, train_checkworthy

    if folds < 2:
        raise InputError(f"--folds must be at least 2, not {folds}")
    if limit is not None and limit < 1:
        raise InputError(f"--limit must be positive, not {limit}")
    corpus = data / CLAIMBUSTER if (data / CLAIMBUSTER).is_dir() else data

    def progress(message: str) -> None:
        print(f"[train checkworthy] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    report = train_checkworthy(corpus, out, seed=seed, folds=folds, limit=limit, progress=progress)
    elapsed = time.perf_counter() - started
    test, base = report.test, report.majority_baseline
    cv = ", ".join(f"C={c:g}: {f1:.3f}" for c, f1 in report.cv_f1.items())
    print(f"model: {report.model_path} ({report.model_path.stat().st_size / 1024:.0f} KiB, {report.features} features)")
    print(f"train: {report.train_size} sentences; cross-validated F1 {cv}; chose C={report.chosen_c:g}")
    print(f"held-out ({report.test_size} sentences, {test.positives} check-worthy): precision {test.precision:.3f} recall {test.recall:.3f} F1 {test.f1:.3f} accuracy {test.accuracy:.3f} AP {test.average_precision:.3f}")
    print(f"majority-class baseline: precision {base.precision:.3f} recall {base.recall:.3f} F1 {base.f1:.3f} accuracy {base.accuracy:.3f}")
    print(f"time: {elapsed:.0f} s ({report.seconds_featurize:.0f} s featurising, {report.seconds_fit:.0f} s fitting); exported-model parity {report.parity_max_diff:.1e}")
