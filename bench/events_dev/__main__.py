"""Score the event coder on the development articles of bench/events_dev (main events found, with countries).

``python -m bench.events_dev [-v]`` prints, over the six articles, how many gold main events are found
(an event of the gold type whose trigger overlaps the gold trigger), how many of those also carry the
gold actor and target country codes, and how many coded events touch no gold trigger (minor, background
or spurious events). ``-v`` lists each miss and each extra event. These articles were written and read
while the coder was being improved: their figures are development figures, not an evaluation.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def locate(text: str, trigger: str, occurrence: int) -> tuple[int, int]:
    """Character span of the ``occurrence``-th whole-word ``trigger`` in ``text``."""
    hits = [m.span() for m in re.finditer(r"\b" + re.escape(trigger) + r"\b", text)]
    return hits[occurrence]


def _code(party) -> str | None:
    return party.country if party is not None else None


def main(argv: list[str] | None = None) -> None:
    from newsgraph.analyze import analyze

    parser = argparse.ArgumentParser(prog="python -m bench.events_dev", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extra events")
    args = parser.parse_args(argv)
    totals = {"gold": 0, "found": 0, "countries": 0, "predicted": 0, "extra": 0}
    for path in sorted(FOLDER.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = json.loads((FOLDER / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        events = analyze(text, gold["published"]).events
        spans = []
        row = {"gold": len(gold["events"]), "found": 0, "countries": 0, "predicted": len(events), "extra": 0}
        for item in gold["events"]:
            start, end = locate(text, item["trigger"], item.get("occurrence", 0))
            spans.append((start, end))
            near = [e for e in events if e.trigger.start < end and start < e.trigger.end]
            typed = [e for e in near if e.type == item["type"]]
            coded = [e for e in typed if _code(e.actor) == item["actor_country"] and _code(e.target) == item["target_country"]]
            row["found"] += bool(typed)
            row["countries"] += bool(coded)
            if args.verbose and not coded:
                got = "; ".join(f"{e.type} {_code(e.actor)}→{_code(e.target)} ({e.actor.name if e.actor else '-'} → {e.target.name if e.target else '-'})" for e in near) or "nothing"
                print(f"  MISS {path.stem[:12]} {item['type']} '{item['trigger']}' {item['actor_country']}→{item['target_country']}: got {got}")
        for e in events:
            if not any(e.trigger.start < end and start < e.trigger.end for start, end in spans):
                row["extra"] += 1
                if args.verbose:
                    print(f"  EXTRA {path.stem[:12]} {e.type} '{text[e.trigger.start:e.trigger.end]}' {_code(e.actor)}→{_code(e.target)} {e.confidence:.2f}")
        for key in totals:
            totals[key] += row[key]
        print(f"{path.stem}: gold {row['gold']}, found {row['found']}, with countries {row['countries']}, "
              f"coded {row['predicted']}, off-gold {row['extra']}")
    print(f"TOTAL: gold main events {totals['gold']}; found (type) {totals['found']} ({totals['found'] / totals['gold']:.3f}); "
          f"found with both countries {totals['countries']} ({totals['countries'] / totals['gold']:.3f}); "
          f"events coded {totals['predicted']}, of which off-gold {totals['extra']}")


if __name__ == "__main__":
    main()
