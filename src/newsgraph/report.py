"""The readable report of one analysis (``newsgraph analyze --format text``), drawn with Rich."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .types import Analysis, Claim, Quote

STATUS_ORDER = ("unattributed", "attributed", "quoted")
STATUS_HEADINGS = {
    "unattributed": "Unattributed: the writer asserts these with no source",
    "attributed": "Attributed: reported speech or a cited source",
    "quoted": "Quoted: inside a quote",
}
MAX_QUOTE_CHARS = 300


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _header(analysis: Analysis) -> Panel:
    d = analysis.document
    words = len(d.text.split())
    lines = Text()
    lines.append(d.title or d.source, style="bold")
    lines.append(f"\nsource {d.source}   id {d.id}   published {d.published or 'unknown'}   {words} words")
    counts = (
        f"\n{len(analysis.entities)} entities · {len(analysis.quotes)} quotes · {len(analysis.claims)} claims · "
        f"{len(analysis.events)} events · {len(analysis.times)} time expressions · {len(analysis.techniques)} technique spans"
    )
    lines.append(counts, style="dim")
    for warning in analysis.warnings:
        lines.append(f"\nwarning: {warning}", style="yellow")
    return Panel(lines, title="newsgraph", expand=True)


def _entities(analysis: Analysis) -> Table:
    table = Table(title="Entities", title_justify="left", expand=True)
    table.add_column("name", style="bold")
    table.add_column("type")
    table.add_column("mentions", justify="right")
    table.add_column("as", overflow="fold")
    ranked = sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.mentions[0].start if e.mentions else 0))
    for entity in ranked:
        forms = Counter(m.text for m in entity.mentions)
        table.add_row(entity.name, entity.type, str(len(entity.mentions)), ", ".join(f for f, _ in forms.most_common(6)))
    return table


def _quote_line(quote: Quote, text: str) -> Text:
    line = Text()
    if quote.speaker is None:
        line.append("no speaker", style="bold red")
    else:
        line.append(quote.speaker.name, style="bold cyan")
        said_as = text[quote.speaker.start : quote.speaker.end]
        if said_as and said_as != quote.speaker.name:
            line.append(f' (as "{said_as}")', style="cyan")
    if quote.cue:
        line.append(f"  {quote.cue.text}", style="green")
    line.append(f"  [{quote.kind}]", style="magenta")
    if quote.via:
        line.append("  via " + ", ".join(v.name for v in quote.via), style="yellow")
    line.append(f"  {quote.confidence:.2f}", style="dim")
    line.append(f"  @{quote.start}-{quote.end}\n", style="dim")
    line.append("    " + _clip(quote.text))
    return line


def _quotes(analysis: Analysis) -> Group:
    spoken = [q for q in analysis.quotes if q.speaker is not None]
    orphan = [q for q in analysis.quotes if q.speaker is None]
    parts: list = [Text("Quotes", style="bold underline")]
    parts += [_quote_line(q, analysis.document.text) for q in spoken] or [Text("  (none)", style="dim")]
    if orphan:
        parts.append(Text("\nQuoted words with no speaker (scare quotes, unsourced fragments)", style="bold underline"))
        parts += [Text(f"  {_clip(q.text, 120)}  @{q.start}-{q.end}", style="red") for q in orphan]
    return Group(*parts)


def _claim_line(claim: Claim) -> Text:
    line = Text()
    line.append(f"  {claim.checkworthy:.2f} ", style="bold" if claim.checkworthy >= 0.5 else "dim")
    line.append(f"{claim.kind:<10} ", style="magenta")
    if claim.source:
        line.append(f"{claim.source.name}: ", style="cyan")
    line.append(_clip(claim.text, 220))
    if claim.quantities:
        line.append("  [" + "; ".join(q.text for q in claim.quantities) + "]", style="green")
    return line


def _claims(analysis: Analysis) -> Group:
    parts: list = [Text("Claims (check-worthiness 0-1, kind, source)", style="bold underline")]
    if not analysis.claims:
        parts.append(Text("  (none)", style="dim"))
    for status in STATUS_ORDER:
        group = sorted((c for c in analysis.claims if c.status == status), key=lambda c: -c.checkworthy)
        if group:
            parts.append(Text(f"\n{STATUS_HEADINGS[status]} ({len(group)})", style="bold"))
            parts += [_claim_line(c) for c in group]
    return Group(*parts)


def _events(analysis: Analysis) -> Table:
    times = {t.id: t for t in analysis.times}
    table = Table(title="Events (PLOVER)", title_justify="left", expand=True)
    for column in ("type", "actor", "trigger", "target", "when", "where", "reported by"):
        table.add_column(column, overflow="fold")

    def party(p) -> str:
        if p is None:
            return ""
        return f"{p.name} ({p.country})" if p.country else p.name

    for event in analysis.events:
        when = times.get(event.time) if event.time else None
        table.add_row(
            event.type,
            party(event.actor),
            event.trigger.text,
            party(event.target),
            (when.value or when.text) if when else "",
            party(event.location),
            event.reported_by.name if event.reported_by else "",
        )
    return table


def _timeline(analysis: Analysis) -> Group:
    resolved = sorted((t for t in analysis.times if t.value), key=lambda t: (t.value, t.start))
    parts: list = [Text("Timeline", style="bold underline")]
    if not resolved:
        note = "no resolved dates" + ("" if analysis.document.published else " (give --published to resolve relative dates)")
        parts.append(Text(f"  ({note})", style="dim"))
    for t in resolved:
        span = t.value + (f" → {t.end_value}" if t.end_value else "")
        parts.append(Text(f"  {span:<24} {t.text!r}  [{t.type}, {t.granularity}]"))
    unresolved = [t for t in analysis.times if not t.value]
    if unresolved:
        parts.append(Text("  unresolved: " + ", ".join(repr(t.text) for t in unresolved), style="dim"))
    return Group(*parts)


def _techniques(analysis: Analysis) -> Group:
    parts: list = [Text("Persuasion techniques", style="bold underline")]
    parts.append(Text("  Suggestions for a human reader, not a verdict: the model marks passages that resemble annotated persuasion techniques.", style="dim italic"))
    summary = analysis.summary.get("techniques") or {}
    if summary:
        share = summary.get("share")
        top = summary.get("top") or []
        line = f"  {summary.get('sentences_with_technique', 0)} of {summary.get('sentences', 0)} sentences"
        if share is not None:
            line += f" ({share:.0%})"
        if top:
            line += "; most frequent: " + ", ".join(f"{t['technique']} ×{t['count']}" for t in top)
        parts.append(Text(line))
    if not analysis.techniques:
        parts.append(Text("  (none found)", style="dim"))
        return Group(*parts)
    text = analysis.document.text
    for sentence_start, sentence_end, spans in _technique_sentences(analysis):
        line = Text("  ")
        line.append(" ".join(text[sentence_start:sentence_end].split()))
        # Highlight on the whitespace-normalised copy: offsets shift by the collapsed runs before each span.
        norm = _normalised_offsets(text, sentence_start, sentence_end)
        for span in spans:
            a, b = norm(max(span.start, sentence_start)), norm(min(span.end, sentence_end))
            if b > a:
                line.stylize("bold yellow", 2 + a, 2 + b)
        labels = sorted({s.technique for s in spans})
        line.append("\n    " + ", ".join(labels), style="magenta")
        parts.append(line)
    return Group(*parts)


def _technique_sentences(analysis: Analysis):
    """Group technique spans by the line-level sentence they fall in (lines split on ., ! and ?)."""
    text = analysis.document.text
    spans = sorted(analysis.techniques, key=lambda t: t.start)
    groups: list[tuple[int, int, list]] = []
    for span in spans:
        if groups and span.start < groups[-1][1]:
            groups[-1][2].append(span)
            continue
        start = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, max(span.end - 1, start)) for c in ".!?\n") if i != -1]
        end = min(ends) + 1 if ends else len(text)
        end = max(end, span.end)
        while start < span.start and text[start].isspace():
            start += 1
        groups.append((start, end, [span]))
    return groups


def _normalised_offsets(text: str, start: int, end: int):
    """Map an offset in text[start:end] to its offset in ' '.join(text[start:end].split())."""
    mapping = []
    out = 0
    in_space = True
    for ch in text[start:end]:
        mapping.append(out)
        if ch.isspace():
            if not in_space:
                out += 1
            in_space = True
        else:
            out += 1
            in_space = False
    mapping.append(out)

    def norm(offset: int) -> int:
        return mapping[min(max(offset - start, 0), len(mapping) - 1)]

    return norm


def render(analysis: Analysis) -> Group:
    """The whole report as one Rich renderable."""
    sections = [_header(analysis), _entities(analysis), Text(""), _quotes(analysis), Text(""), _claims(analysis)]
    if analysis.events:
        sections += [Text(""), _events(analysis)]
    sections += [Text(""), _timeline(analysis), Text(""), _techniques(analysis), Text("")]
    return Group(*sections)


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(render(analysis))
