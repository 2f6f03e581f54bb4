"""``newsgraph train techniques``: train the persuasion-technique model shipped in the package."""

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


@train_app.command("techniques")
def train_techniques_command(
    data: Path = typer.Option(DEFAULT_DATA, help="Directory holding semeval2020-task11-ptc/ (default: $NEWSGRAPH_DATA or ../shared/data)."),
    out: Optional[Path] = typer.Option(None, help="Where to write the model (default: the one shipped in the package)."),
    folds: int = typer.Option(3, help="Article folds of the fitting part used to choose each technique's grain and threshold."),
    limit: Optional[int] = typer.Option(None, help="Fit on the first N articles only (quick end-to-end tries; not for the shipped model)."),
    memes: bool = typer.Option(
        False, help="Add the SemEval-2021 Task 6 meme texts (semeval2021-task6-memes/ beside the PTC) to every fit (off by default: it did not help on validation)."
    ),
    all_labelled: bool = typer.Option(
        False,
        "--all-labelled",
        help=(
            "Fit on all 371 labelled articles, the validation part too (how the shipped model is made: with this little data, "
            "F1 still rises with more articles). Nothing is held out, so no validation score is printed; the recipe's held-out "
            "figures come from `python -m bench.techniques --cross-validate`."
        ),
    ),
) -> None:
    """Train the persuasion-technique model on the PTC train split; report SemEval-2020 span scores on the validation part (unless --all-labelled)."""
    from ..training.techniques import MEMES, PTC, train_techniques

    if folds < 2:
        raise InputError(f"--folds must be at least 2, not {folds}")
    if limit is not None and limit < folds:
        raise InputError(f"--limit must be at least --folds ({folds}), not {limit}")
    corpus = data / PTC if (data / PTC).is_dir() else data
    meme_corpus = (data / MEMES if (data / MEMES).is_dir() else corpus.parent / MEMES) if memes else None

    def progress(message: str) -> None:
        print(f"[train techniques] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    report = train_techniques(corpus, out, folds=folds, limit=limit, memes=meme_corpus, all_labelled=all_labelled, progress=progress)
    elapsed = time.perf_counter() - started
    size = report.model_path.stat().st_size / 1e6
    features = ", ".join(f"{count} {kind}" for kind, count in report.features.items())
    print(f"model: {report.model_path} ({size:.1f} MB; features: {features})")
    extra = f" and {report.extra_texts} meme texts" if report.extra_texts else ""
    out_of_fold = f"{folds}-fold out-of-fold SI F1 {report.span_filter.si:.3f}, technique-aware F1 {report.span_filter.technique_aware:.3f}"
    if report.si is None:
        print(f"fitted on all {report.train_articles} labelled articles ({report.train_spans} spans){extra}; none held out, so no validation score")
        print(f"({out_of_fold}; held-out figures of this recipe: python -m bench.techniques --cross-validate)")
    else:
        print(
            f"fitted on {report.train_articles} articles ({report.train_spans} spans){extra}; "
            f"validated on {report.validation_articles} held-out articles ({report.validation_spans} spans)"
        )
        print(f"{'':24} {'P':>6} {'R':>6} {'F1':>6}")
        for name, score in (
            ("model SI", report.si),
            ("model technique-aware", report.technique_aware),
            ("baseline SI", report.baseline_si),
            ("baseline technique-aware", report.baseline_technique_aware),
        ):
            print(f"{name:24} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")
        print(f"(baseline: every sentence one {report.baseline_label} span)")
        for name, score in report.per_technique.items():
            grain = report.calibration.grains[list(report.per_technique).index(name)]
            print(f"  {name:36} {('tokens', 'sentence')[grain]:8} F1 {score.f1:.3f} (P {score.precision:.3f} R {score.recall:.3f}, {score.gold} gold)")
    print(f"time: {elapsed:.0f} s ({report.seconds_parse:.0f} s parsing, {report.seconds_fit:.0f} s fitting and calibrating); exported-model parity {report.parity_max_diff:.1e}")
