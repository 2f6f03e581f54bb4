"""Score the event coder on a folder of development articles (main events found, with countries).

``python -m bench.events_dev [-v] [--folder DIR]`` prints, over the articles of bench/events_dev (or of
DIR, such as bench/events_dev2 or bench/events_dev3: ``python -m bench.events_dev2`` is the same), how many gold main events are found,
how many of those also carry the gold actor and target country codes, and how many coded events match
no gold event (minor, background or spurious events), with the same scorer as ``bench.unseen``
(``newsgraph.eval.events.score_article_events``). ``-v`` lists each miss, each event found with a
wrong country and each extra event. These articles were written and read while the coder was being
improved: their figures are development figures, not an evaluation.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def _code(party) -> str | None:
    return party.country if party is not None else None


def _describe(event, text: str) -> str:
    return f"{event.type} '{text[event.trigger.start:event.trigger.end]}' {_code(event.actor)}→{_code(event.target)}"


def print_details(scores, events, text: str) -> None:
    """List each miss, each event found with a wrong country and each extra event of ``scores``
    (with no scores, as for a text without gold events, every one of ``events`` is extra)."""
    if scores is not None:
        for item, on_trigger in scores.missed:
            print(f"  MISS {item.type} '{text[item.start:item.end]}' {item.actor_country}→{item.target_country}: on the trigger {on_trigger or 'nothing'}")
        for item, event in scores.miscoded:
            print(f"  COUNTRY {item.type} '{text[item.start:item.end]}' gold {item.actor_country}→{item.target_country}, got {_describe(event, text)}")
    for event in scores.spurious if scores is not None else events:
        print(f"  EXTRA {_describe(event, text)} {event.confidence:.2f}")


def main(argv: list[str] | None = None, folder: Path = FOLDER) -> None:
    from newsgraph.analyze import analyze
    from newsgraph.eval.events import ArticleEventScores, read_article_events, score_article_events

    parser = argparse.ArgumentParser(prog=f"python -m bench.{folder.name}", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, wrong countries and extra events")
    parser.add_argument("--folder", type=Path, default=folder, help="articles (*.txt) with gold/<stem>.json")
    args = parser.parse_args(argv)
    total = ArticleEventScores()
    for path in sorted(args.folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = json.loads((args.folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        scores = score_article_events(read_article_events(gold, text), analyze(text, gold["published"]).events)
        total += scores
        print(f"{path.stem}: gold {scores.gold}, found {scores.found}, with countries {scores.both_countries}, "
              f"coded {scores.predicted}, off-gold {len(scores.spurious)}")
        if args.verbose:
            print_details(scores, (), text)
    print(f"TOTAL: gold main events {total.gold}; found {total.found} ({total.recall:.3f}); "
          f"found with both countries {total.both_countries} ({total.both_countries / total.gold:.3f}); "
          f"events coded {total.predicted}, of which off-gold {len(total.spurious)}")


if __name__ == "__main__":
    main()
