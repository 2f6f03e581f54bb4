"""``newsgraph analyze PATH... | -``"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer

from ..analyze import analyze_many
from ..errors import InputError
from ..ingest import articles_for_analysis
from ..options import DEFAULT_TECHNIQUE_THRESHOLD, Options, parse_date
from . import app


class AnalyzeFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., metavar="PATH... | -", help="Articles to analyse: text, .html/.htm, .jsonl (one article per line), .warc, RSS/Atom feeds; - reads text from standard input."),
    format: AnalyzeFormat = typer.Option(AnalyzeFormat.text, "--format", "-f", help="text: a readable report; json: one object (one input) or a list; jsonl: one object per input."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD: anchors relative dates."),
    title: Optional[str] = typer.Option(None, help="Title of the article."),
    encoding: Optional[str] = typer.Option(None, help="Input encoding (default UTF-8)."),
    technique_threshold: float = typer.Option(DEFAULT_TECHNIQUE_THRESHOLD, help="Persuasion-technique score threshold, 0..1: lower finds more, less precisely."),
) -> None:
    """Analyse articles: entities, quotes with speakers, times, claims, events, persuasion techniques."""
    if not 0.0 <= technique_threshold <= 1.0:
        raise InputError(f"--technique-threshold must be between 0 and 1, not {technique_threshold}")
    base = Options(published=parse_date(published), title=title, technique_threshold=technique_threshold)
    if paths.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    # Read every input first, so a bad path fails before any analysis is printed.
    # .html/.htm, .jsonl, .warc and feeds go through the ingest readers; their title and date fill the options not given.
    inputs = [
        (article.text, base.with_(source=article.source, title=base.title or article.title, published=base.published or parse_date(article.published)))
        for article in articles_for_analysis(paths, encoding)
    ]
    analyses = analyze_many(inputs)

    if format is AnalyzeFormat.jsonl:
        for analysis in analyses:
            sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    elif format is AnalyzeFormat.json:
        dicts = [a.to_dict() for a in analyses]
        json.dump(dicts[0] if len(dicts) == 1 else dicts, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from ..report import print_report

        for analysis in analyses:
            print_report(analysis)
