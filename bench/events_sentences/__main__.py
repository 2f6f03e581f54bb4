"""Score the event coder on single news sentences (``python -m bench.events_sentences [-v]``).

Prints the share of gold events found with their type (an event of the gold type on the gold
trigger or in its sentence, the matching of ``newsgraph.eval.events.score_article_events``), the
share found with both the actor and the target country right, the events coded on the negative
sentences (which have no main event), per-type recall, and writes the ``events_sentences`` section
of BENCHMARKS.md. ``-v`` lists each miss, wrong country and extra event, except on split B of a batch
with a split column (sentences6.tsv, sentences7.tsv), whose errors are never shown so that it measures whether rules
written on split A carry over; ``--batch`` codes one batch only (and writes no section). The sentences were
written for rounds 5 to 9 and read while the coder was changed: development figures, not an evaluation
(split B of sentences6.tsv and sentences7.tsv excepted).
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench.common import stamp, table, write_section
from bench.events_sentences import read_sentences

COMMAND = "python -m bench.events_sentences"


def code_all(items) -> list:
    """The events ``analyze`` finds in each item, in order (one batched parse)."""
    from newsgraph.analyze import analyze_many
    from newsgraph.options import Options, parse_date

    return [analysis.events for analysis in analyze_many((item.text, Options(published=parse_date(item.published))) for item in items)]


def score_items(items, events_per_item):
    """(scores over the positive items, per-type [found, both, gold] counts, events coded on negatives, negatives with any event)."""
    from newsgraph.eval.events import ArticleEventScores, read_article_events, score_article_events

    total = ArticleEventScores()
    per_type: dict[str, list[int]] = {}
    false_events = negatives_hit = 0
    details = []
    for item, events in zip(items, events_per_item):
        if item.negative:
            false_events += len(events)
            negatives_hit += bool(events)
            details.append((item, None, events))
            continue
        scores = score_article_events(read_article_events({"events": item.events}, item.text), events)
        total += scores
        details.append((item, scores, events))
        missed = Counter(gold.type for gold, _ in scores.missed)
        miscoded = Counter(gold.type for gold, _ in scores.miscoded)
        for type_, count in Counter(e["type"] for e in item.events).items():
            row = per_type.setdefault(type_, [0, 0, 0])
            row[0] += count - missed[type_]
            row[1] += count - missed[type_] - miscoded[type_]
            row[2] += count
    return total, per_type, false_events, negatives_hit, details


def _summary(name: str, items, total, false_events: int, negatives_hit: int) -> str:
    negatives = sum(item.negative for item in items)
    return (f"{name}: sentences {len(items)} ({len(items) - negatives} with gold events, {negatives} negatives); gold events {total.gold}; "
            f"found with type {total.found} ({total.recall:.3f}); found with both countries {total.both_countries} "
            f"({total.both_countries / total.gold:.3f}); off-gold events on positive sentences {len(total.spurious)}; "
            f"events on negatives {false_events} (on {negatives_hit} of {negatives} negatives)")


def main(argv: list[str] | None = None) -> None:
    from bench.events_dev.__main__ import print_details

    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, wrong countries and extra events")
    parser.add_argument("--batch", help="code only this batch (a file name such as sentences6.tsv); writes no section")
    args = parser.parse_args(argv)
    items = read_sentences()
    if args.batch:
        items = [item for item in items if item.batch == args.batch]
        if not items:
            raise SystemExit(f"no batch named {args.batch!r}")
    coded = code_all(items)
    total, per_type, false_events, negatives_hit, details = score_items(items, coded)
    if args.verbose:
        for item, scores, events in details:
            if item.split == "B":
                continue
            if scores is None:
                if events:
                    print(f"{item.id}: NEGATIVE coded {len(events)}")
                    print_details(None, events, item.text)
            elif scores.missed or scores.miscoded or scores.spurious:
                print(f"{item.id}:")
                print_details(scores, events, item.text)
    lines = []
    parts = sorted({(item.batch, "") for item in items} | {(item.batch, item.split) for item in items if item.split})
    for batch, split in parts:
        chosen = [(item, found) for item, found in zip(items, coded) if item.batch == batch and split in ("", item.split)]
        scores, _, false_here, hit_here, _ = score_items([i for i, _ in chosen], [f for _, f in chosen])
        lines.append(_summary(f"{batch} split {split}" if split else batch, [i for i, _ in chosen], scores, false_here, hit_here))
    lines.append(_summary("all", items, total, false_events, negatives_hit))
    summary = "\n".join(f"- {line}" for line in lines)
    print(summary)
    rows = [[type_, f"{found}/{gold}", f"{both}/{gold}"] for type_, (found, both, gold) in sorted(per_type.items())]
    print(table(["type", "found", "both countries"], rows))
    if args.batch:
        return
    write_section("events_sentences", "\n\n".join([
        "## events_sentences", stamp(COMMAND),
        "Single news sentences in wire-service phrasing written for rounds 5 to 9 of the event coder (bench/events_sentences/sentences*.tsv; "
        "development figures: the sentences were read while the coder was changed, except split B of sentences6.tsv and sentences7.tsv, "
        "whose errors were never read).",
        summary, table(["gold type", "found with type", "found with both countries"], rows),
    ]))


if __name__ == "__main__":
    main()
