"""Corpus commands: ``ingest``, ``reanalyze``, ``stats``, ``quotes``, ``claims``, ``events``, ``techniques``,
``entities``, ``dossier``, ``search``, ``export``.

Each is a thin layer over ``newsgraph.corpus.Corpus``: option names are the keyword names of the
API, ``--format json`` prints the records as plain JSON (lists of records), ``--format text`` a
readable view. Every command takes ``--db`` (default ``./newsgraph.db``, or ``$NEWSGRAPH_DB``).
"""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..corpus import DEFAULT_DB, Corpus
from ..errors import InputError
from ..store.base import ENTITY_SORTS, EXPORT_TABLES, SEARCH_SCOPES, TECHNIQUE_GROUPS
from ..store.export import EXTENSIONS, write_csv, write_jsonl, write_table
from ..types import (
    ArticleRef,
    CorpusClaim,
    CorpusEntity,
    CorpusEvent,
    CorpusQuote,
    Dossier,
    IngestReport,
    SearchHit,
    TechniqueCount,
    to_plain,
)
from . import app

DB_OPTION = typer.Option(DEFAULT_DB, "--db", envvar="NEWSGRAPH_DB", help="The corpus database (SQLite file).")


class Format(str, Enum):
    text = "text"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


FORMAT_OPTION = typer.Option(Format.text, "--format", "-f", help="text: readable; json: plain JSON records.")
# The date and outlet window every listing command shares (``Corpus`` keywords of the same names)
SINCE_OPTION = typer.Option(None, help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL_OPTION = typer.Option(None, help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).")
OUTLET_OPTION = typer.Option(None, help="Published by this outlet.")
NEWEST_LIMIT_OPTION = typer.Option(100, help="At most this many, newest first (0: all).")


def _out() -> Console:
    """Standard output: lines are never wrapped (they may be piped to grep); tables get room when not on a terminal."""
    return Console(soft_wrap=True, highlight=False, width=None if sys.stdout.isatty() else 200)


def _print_json(value: Any) -> None:
    json.dump(to_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --------------------------------------------------------------------------- ingest / reanalyze


class _Rate(ProgressColumn):
    """Articles per second since the start."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


class _Tracker:
    """The live progress bar on standard error, and the counts it shows."""

    LABELS = {
        "ingested": "new", "near_duplicate": "near-dup", "already_present": "present",
        "reanalyzed": "done", "skipped": "skipped", "failed": "failed",
    }

    def __init__(self, enabled: bool, verb: str):
        self.counts: dict[str, int] = {}
        self.verb = verb
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"), _Rate(),
            TimeElapsedColumn(), console=Console(stderr=True), transient=True, disable=not enabled,
        )
        self.task = self.progress.add_task(verb, total=None)

    def __enter__(self) -> "_Tracker":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, event: str, source: str) -> None:
        self.counts[event] = self.counts.get(event, 0) + 1
        summary = " ".join(f"{self.LABELS[k]} {v}" for k, v in self.counts.items())
        self.progress.update(self.task, advance=1, description=f"{self.verb} ({summary})")


def _report(report: IngestReport, db: str, format: Format, elapsed: float, reanalysis: bool) -> None:
    if format is Format.json:
        _print_json({**report.to_dict(), "database": db, "seconds": round(elapsed, 2)})
    else:
        console = _out()
        if reanalysis:
            line = f"reanalysed {report.reanalyzed} · failed {len(report.failed)}"
        else:
            line = (
                f"ingested {report.ingested} · already present {report.already_present} · "
                f"near-duplicates {report.near_duplicates} · failed {len(report.failed)}"
            )
        console.print(f"{escape(line)}  ({escape(db)}, {elapsed:.1f} s)")
        for failure in report.failed:
            console.print(f"  failed: {escape(failure.reason if failure.reason.startswith(failure.source) else f'{failure.source}: {failure.reason}')}")
        if report.skipped:
            console.print(f"  skipped {len(report.skipped)} file(s) of no known article type, e.g. {escape(report.skipped[0].source)}")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Optional[list[str]] = typer.Argument(None, metavar="PATH... | -", help="Files or directories (.txt, .html, .jsonl, .warc[.gz], RSS/Atom feeds); - reads JSONL from standard input."),
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
    analyze: bool = typer.Option(True, "--analyze/--no-analyze", help="--no-analyze stores the text only (newsgraph reanalyze analyses it later)."),
    encoding: Optional[str] = typer.Option(None, help="Encoding of text inputs (default UTF-8)."),
    outlet: Optional[str] = typer.Option(None, help="Outlet of articles that name none (and have no URL)."),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help="Alias / watchlist file (YAML or CSV) pinning names to one entity."),
    batch_size: int = typer.Option(16, help="Articles parsed together (each is still committed on its own)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on standard error (default: when it is a terminal)."),
) -> None:
    """Read, analyse and store articles; an exact duplicate is skipped, a near-duplicate linked to its original.

    Exits with 1 when some inputs failed (each is listed with its reason; the others are stored).
    """
    if not paths and aliases is None:
        raise InputError("ingest: give PATH... (or - for JSONL on standard input), or --aliases FILE")
    paths = paths or []
    if paths.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    started = time.perf_counter()
    with Corpus(db) as corpus:
        if aliases is not None and not paths:
            moved = corpus.pin_aliases(aliases)
            if format is Format.json:
                _print_json({"database": db, "moved": moved})
            else:
                _out().print(f"aliases applied: {moved} article entities moved ({escape(db)})")
            return
        with _Tracker(sys.stderr.isatty() if progress is None else progress, "ingesting") as tracker:
            report = corpus.ingest(
                paths, analyze=analyze, encoding=encoding, outlet=outlet, aliases=aliases, batch_size=batch_size, on_progress=tracker
            )
    _report(report, db, format, time.perf_counter() - started, reanalysis=False)


@app.command()
def reanalyze(
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
    all: bool = typer.Option(False, "--all", help="Every article, not only those the current pipeline did not analyse."),  # noqa: A002
    batch_size: int = typer.Option(16, help="Articles parsed together (each is still committed on its own)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on standard error (default: when it is a terminal)."),
) -> None:
    """Analyse stored articles again with the current pipeline (each article swapped atomically)."""
    started = time.perf_counter()
    with Corpus(db) as corpus, _Tracker(sys.stderr.isatty() if progress is None else progress, "reanalysing") as tracker:
        report = corpus.reanalyze(all=all, batch_size=batch_size, on_progress=tracker)
    _report(report, db, format, time.perf_counter() - started, reanalysis=True)


# --------------------------------------------------------------------------- queries


@app.command()
def stats(
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Count near-duplicates as articles (and their records)."),
) -> None:
    """Counts: articles, quotes, entities, outlets, records, dates, pipeline versions."""
    with Corpus(db) as corpus:
        result = corpus.stats(include_duplicates=include_duplicates)
    if format is Format.json:
        _print_json(result)
        return
    console = _out()
    for key, value in result.items():
        if isinstance(value, dict):
            console.print(f"{key}:")
            for name, count in value.items():
                console.print(f"  {escape(name)}: {count}")
        else:
            console.print(f"{key}: {escape(str(value)) if value is not None else '-'}")


def _record_lines(article: ArticleRef, header: Text, body: Text | str, where: str) -> Text:
    """A record read from an article (quote, claim, event, search hit) as three lines, its article's
    fields always in the same places: date, outlet, ``header`` and a near-duplicate mark; ``body``;
    the article id, ``where`` in it, and the article's source."""
    first = Text()
    first.append(article.published or "undated", style="cyan")
    first.append(f"  {article.outlet or '-'}  ", style="magenta")
    first.append_text(header)
    if article.near_duplicate:
        first.append("  (near-duplicate)", style="dim")
    second = Text.assemble("  ", " ".join(body.split()) if isinstance(body, str) else body)
    third = Text(f"  article {article.id} {where} {article.source}", style="dim")
    return Text("\n").join([first, second, third])


def _quote_lines(quote: CorpusQuote) -> Text:
    speaker = f"{quote.speaker} (#{quote.speaker_id})" if quote.speaker_id is not None else (quote.speaker or "(no speaker)")
    header = Text(speaker, style="bold")
    header.append(f"  [{quote.kind}]")
    if quote.via:
        header.append(f"  via {', '.join(quote.via)}")
    return _record_lines(quote.article, header, quote.text, f"[{quote.start}:{quote.end}]")


def _warn_unknown(corpus: Corpus, **names: Optional[str]) -> None:
    for flag, name in names.items():
        if name and not corpus.find_entities(name):
            print(f"newsgraph: note: no entity named {name!r} in {corpus.location} (--{flag})", file=sys.stderr)


@app.command()
def quotes(
    speaker: Optional[str] = typer.Option(None, help="Quotes by this actor (a name, alias, surname, or #id)."),
    about: Optional[str] = typer.Option(None, help="Quotes whose content mentions this actor."),
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    outlet: Optional[str] = OUTLET_OPTION,
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also quotes from near-duplicate articles."),
    limit: int = NEWEST_LIMIT_OPTION,
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """The quote index: speaker, text, article, outlet, date and offsets of each quote, newest first."""
    with Corpus(db) as corpus:
        found = corpus.quotes(
            speaker=speaker, about=about, since=since, until=until, outlet=outlet, include_duplicates=include_duplicates, limit=limit
        )
        if format is Format.json:
            _print_json(found)
            return
        _warn_unknown(corpus, speaker=speaker, about=about)
    console = _out()
    for quote in found:
        console.print(_quote_lines(quote))
    console.print(f"{len(found)} quote{'s' if len(found) != 1 else ''}", style="dim")


def _claim_lines(claim: CorpusClaim) -> Text:
    source = claim.source.name + (f" (#{claim.source_id})" if claim.source_id is not None else "") if claim.source else "(no source)"
    header = Text(source, style="bold")
    header.append(f"  [{claim.status}, {claim.kind}, check-worthy {claim.checkworthy:.2f}]")
    return _record_lines(claim.article, header, claim.text, f"{claim.id} [{claim.start}:{claim.end}]")


def _party(party, entity_id: int | None) -> str:
    if party is None:
        return "-"
    return party.name + (f" #{entity_id}" if entity_id is not None else "") + (f" ({party.country})" if party.country else "")


def _event_lines(event: CorpusEvent) -> Text:
    header = Text(event.type, style="bold")
    header.append(f"  {_party(event.actor, event.actor_id)} -> {_party(event.target, event.target_id)}")
    if event.location:
        header.append(f"  in {_party(event.location, None)}")
    where = f"{event.id} trigger {event.trigger.text!r} [{event.trigger.start}:{event.trigger.end}] confidence {event.confidence:.2f}"
    return _record_lines(event.article, header, event.sentence.text, where)


def _print_records(found: list, lines, noun: str) -> None:
    console = _out()
    for record in found:
        console.print(lines(record))
    console.print(f"{len(found)} {noun}{'s' if len(found) != 1 else ''}", style="dim")


@app.command()
def claims(
    status: Optional[str] = typer.Option(None, help="quoted, attributed or unattributed."),
    source: Optional[str] = typer.Option(None, help="Claims this actor stands behind (a name, alias, surname, or #id)."),
    about: Optional[str] = typer.Option(None, help="Claims whose text mentions this actor."),
    checkworthy: Optional[float] = typer.Option(None, help="Check-worthiness score at least this (0-1)."),
    kind: Optional[str] = typer.Option(None, help="fact, opinion or prediction."),
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    outlet: Optional[str] = OUTLET_OPTION,
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also claims from near-duplicate articles."),
    limit: int = NEWEST_LIMIT_OPTION,
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """Claims with their source, status, kind and check-worthiness, newest first.

    --status unattributed --checkworthy 0.5 lists what a fact-checker looks at first: check-worthy claims nobody stands behind."""
    with Corpus(db) as corpus:
        found = corpus.claims(
            status=status, source=source, about=about, checkworthy=checkworthy, kind=kind, since=since, until=until,
            outlet=outlet, include_duplicates=include_duplicates, limit=limit,
        )
        if format is Format.json:
            _print_json(found)
            return
        _warn_unknown(corpus, source=source, about=about)
    _print_records(found, _claim_lines, "claim")


@app.command()
def events(
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type (ACCUSE, THREATEN, PROTEST...)."),  # noqa: A002
    actor: Optional[str] = typer.Option(None, help="Events whose actor is this (a name, alias, surname, or #id)."),
    target: Optional[str] = typer.Option(None, help="Events whose target is this."),
    country: Optional[str] = typer.Option(None, help="ISO 3166 alpha-3 country of the actor, target or location (LTU, BLR...)."),
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    outlet: Optional[str] = OUTLET_OPTION,
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also events from near-duplicate articles."),
    limit: int = NEWEST_LIMIT_OPTION,
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """Events (who did what to whom, PLOVER-coded) with their sentence and offsets, newest first."""
    with Corpus(db) as corpus:
        found = corpus.events(
            type=type, actor=actor, target=target, country=country, since=since, until=until, outlet=outlet,
            include_duplicates=include_duplicates, limit=limit,
        )
        if format is Format.json:
            _print_json(found)
            return
        _warn_unknown(corpus, actor=actor, target=target)
    _print_records(found, _event_lines, "event")


def _share(count: TechniqueCount) -> str:
    if count.share is None:
        return "-"
    return f"{count.share:.1%} ({count.sentences_with_technique}/{count.sentences})"


@app.command()
def techniques(
    by: str = typer.Option("outlet", help=f"Group by {', '.join(TECHNIQUE_GROUPS)}."),
    technique: Optional[str] = typer.Option(None, help="Count only this technique (SemEval-2020 Task 11 name, e.g. Loaded_Language)."),
    outlet: Optional[str] = typer.Option(None, help="Only articles of this outlet."),
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    threshold: Optional[float] = typer.Option(None, help="Count only spans scored at least this (0-1)."),
    top: int = typer.Option(3, help="Top techniques listed per outlet or month (top outlets per technique)."),
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also near-duplicate articles."),
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """Persuasion-technique spans per outlet, month or technique, and the share of sentences with one.

    The spans are a statistical model's suggestions for a reader, not verdicts."""
    with Corpus(db) as corpus:
        found = corpus.techniques(
            by=by, technique=technique, outlet=outlet, since=since, until=until, threshold=threshold, top=top,
            include_duplicates=include_duplicates,
        )
    if format is Format.json:
        _print_json(found)
        return
    table = Table(box=None, pad_edge=False)
    for column, justify in ((by, "left"), ("spans", "right"), ("articles", "right"), ("with technique", "right"),
                            ("sentences with technique", "right"), ("top outlets" if by == "technique" else "top techniques", "left")):
        table.add_column(column, justify=justify, overflow="fold")
    for count in found:
        table.add_row(escape(count.label), str(count.spans), str(count.articles), str(count.articles_with_technique), _share(count),
                      _tallies(count.top))
    console = _out()
    console.print(table)
    console.print("spans are a model's suggestions, not verdicts", style="dim")


def _entity_table(entities: list[CorpusEntity]) -> Table:
    table = Table(box=None, pad_edge=False)
    for column, justify in (("id", "right"), ("name", "left"), ("type", "left"), ("articles", "right"), ("outlets", "right"),
                            ("mentions", "right"), ("quoted", "right"), ("about", "right"), ("aliases", "left")):
        table.add_column(column, justify=justify, overflow="fold")
    for e in entities:
        table.add_row(
            f"#{e.id}", escape(e.name) + (" *" if e.pinned else ""), e.type, str(e.articles), str(e.outlets), str(e.mentions),
            str(e.quotes), str(e.about), escape(", ".join(a for a in e.aliases[:6] if a != e.name)),
        )
    return table


@app.command()
def entities(
    type: Optional[str] = typer.Option(None, "--type", help="Only this entity type (PERSON, ORG, GPE, NORP, LOC...)."),  # noqa: A002
    top: int = typer.Option(20, help="How many (0: all)."),
    sort: str = typer.Option("articles", help=f"Rank by {', '.join(ENTITY_SORTS)} (quotes: spoken; about: quoted about)."),
    pinned: bool = typer.Option(False, "--pinned", help="Only entities pinned by an alias / watchlist file."),
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """Actors mentioned or quoted most, in how many articles and outlets (near-duplicates not counted)."""
    with Corpus(db) as corpus:
        found = corpus.entities(type=type, top=top, sort=sort, pinned=pinned)
    if format is Format.json:
        _print_json(found)
        return
    console = _out()
    console.print(_entity_table(found))
    if any(e.pinned for e in found):
        console.print("* pinned by an alias file", style="dim")


def _tallies(tallies, limit: int = 12) -> str:
    return ", ".join(f"{escape(t.label)} ({t.count})" for t in tallies[:limit]) or "-"


def _print_dossier(dossier: Dossier) -> None:
    console = _out()
    e = dossier.entity
    console.print(Text(f"{e.name}  #{e.id}  {e.type}" + ("  (pinned)" if e.pinned else ""), style="bold"))
    console.print(f"{e.articles} articles in {e.outlets} outlets · {e.mentions} mentions · quoted {e.quotes} times · quoted about {e.about} times")
    console.print(f"aliases: {_tallies(dossier.aliases)}")
    console.print(f"roles: {_tallies(dossier.roles)}")
    console.print(f"outlets: {_tallies(dossier.outlets)}")
    console.print(f"articles per month: {_tallies(dossier.timeline, 36)}")
    window = f" (in its latest {dossier.co_mentioned_over} articles)" if dossier.co_mentioned_over < e.articles else ""
    console.print(f"co-mentioned{window}: " + (", ".join(f"{escape(c.name)} #{c.id} ({c.articles})" for c in dossier.co_mentioned) or "-"))
    sections = (
        ("quotes by", dossier.quotes_by, _quote_lines), ("quotes about", dossier.quotes_about, _quote_lines),
        ("claims by", dossier.claims_by, _claim_lines), ("claims about", dossier.claims_about, _claim_lines),
        ("events with actor", dossier.events_as_actor, _event_lines), ("events with target", dossier.events_as_target, _event_lines),
    )
    for title, found, lines in sections:
        console.print(Text(f"\n{title} {e.name} (latest {len(found)})", style="bold"))
        for record in found:
            console.print(lines(record))
    if dossier.other_matches:
        others = ", ".join(f"{escape(m.name)} #{m.id} ({m.type}, {m.articles} articles)" for m in dossier.other_matches)
        console.print(f"\nthe name may also mean: {others}", style="dim")


@app.command()
def dossier(
    name: str = typer.Argument(..., help="A name, alias, surname or #id."),
    limit: int = typer.Option(10, help="Quotes, claims, events, outlets and co-mentioned actors listed."),
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also quotes from near-duplicate articles."),
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """One actor: aliases, roles, quotes and claims by and about them, their events, co-mentioned actors, articles over time."""
    with Corpus(db) as corpus:
        result = corpus.dossier(name, limit=limit, include_duplicates=include_duplicates)
    if format is Format.json:
        _print_json(result)
    else:
        _print_dossier(result)


def _hit_lines(hit: SearchHit) -> Text:
    header = Text(hit.article.title or hit.article.source, style="bold")
    if hit.speaker:
        header.append(f"  quote by {hit.speaker}")
    snippet = Text("… " + hit.snippet.text.replace("\n", " ") + " …")
    offset = 2 - hit.snippet.start
    for match in hit.matches:
        if hit.snippet.start <= match.start and match.end <= hit.snippet.end:
            snippet.stylize("bold reverse", match.start + offset, match.end + offset)
    where = (f"quote {hit.quote} " if hit.quote else "") + f"[{hit.snippet.start}:{hit.snippet.end}] {len(hit.matches)} matches · score {hit.score:.2f} ·"
    return _record_lines(hit.article, header, snippet, where)


@app.command()
def search(
    text: str = typer.Argument(..., help='Words to find (FTS5 syntax: "exact phrase", OR, NOT, prefix*).'),
    scope: str = typer.Option("articles", help=f"Search {' or '.join(SEARCH_SCOPES)}."),
    limit: int = typer.Option(20, help="At most this many hits, best first."),
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also near-duplicate articles."),
    db: str = DB_OPTION,
    format: Format = FORMAT_OPTION,
) -> None:
    """Full-text search over articles (or quotes), with highlighted snippets and the offsets of every match."""
    with Corpus(db) as corpus:
        hits = corpus.search(text, scope=scope, limit=limit, include_duplicates=include_duplicates)
    if format is Format.json:
        _print_json(hits)
        return
    console = _out()
    for hit in hits:
        console.print(_hit_lines(hit))
    console.print(f"{len(hits)} hit{'s' if len(hits) != 1 else ''}", style="dim")


@app.command()
def export(
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, csv or parquet."),
    table: Optional[list[str]] = typer.Option(None, "--table", help=f"Table(s) to export: {', '.join(EXPORT_TABLES)} (repeatable; default: all, with --output DIR)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File (one table) or directory (several); standard output for one jsonl/csv table."),
    db: str = DB_OPTION,
) -> None:
    """Export tables of the corpus: articles, entities, aliases, quotes, mentions, claims, events, times, techniques."""
    tables = table or list(EXPORT_TABLES)
    unknown = [t for t in tables if t not in EXPORT_TABLES]
    if unknown:
        raise InputError(f"unknown table {unknown[0]!r} (one of {', '.join(EXPORT_TABLES)})")
    fmt = format.value
    with Corpus(db) as corpus:
        if output is None:
            if len(tables) != 1:
                raise InputError("export: name one --table to write it to standard output, or give --output DIR for several tables")
            if fmt == "parquet":
                raise InputError("export: parquet needs --output FILE")
            rows = corpus.export(tables[0])
            (write_jsonl if fmt == "jsonl" else write_csv)(rows, tables[0], sys.stdout)
            return
        if len(tables) == 1 and not output.is_dir():
            targets = {tables[0]: output}
        else:
            try:
                output.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise InputError(f"{output}: cannot create the export folder ({error.strerror or error})") from None
            targets = {t: output / f"{t}{EXTENSIONS[fmt]}" for t in tables}
        for name, path in targets.items():
            count = write_table(corpus.export(name), name, fmt, path)
            print(f"{name}: {count} rows -> {path}", file=sys.stderr)
