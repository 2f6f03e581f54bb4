"""Main events of real news articles: the full pipeline against main-event gold on 189 real articles of three shared
corpora (../shared/data: the SemEval-2025 Task 10 English articles on the war in Ukraine and on climate change, the
SemEval-2020 Task 11 propaganda-techniques corpus, PolNeAR's political news), with the metric of the invented sets
(``newsgraph.eval.events.score_article_events``). See bench/real_events/README.md.

``python -m bench.real_events`` writes the ``real_events`` section of BENCHMARKS.md: per split and per collection,
the gold main events, how many a predicted event of the same type finds (trigger overlap or the gold trigger in its
sentence), how many of those carry both gold countries, and the predicted events that find none. The gold holds
offsets and country codes only, no text of the articles, which are read from the shared corpora (the benchmark stops
with a message when one is absent). ``--errors FILE`` writes the errors of the dev split as TSV (never of the held-out split).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench.common import data_path, stamp, table, write_section

FOLDER = Path(__file__).resolve().parent
SPLITS = {"dev": "dev (read while the coder was changed: docs/events.md rules 119 to 128)", "heldout": "held-out (its errors never read)"}
# the collections the articles come from (by the start of each gold file's path: a shared corpus, or a part of one),
# with their names in the tables
COLLECTIONS = {"semeval2025-task10-en/EN/raw-documents/EN_UA": "SemEval-2025 Task 10: the war in Ukraine",
               "semeval2025-task10-en/EN/raw-documents/EN_CC": "SemEval-2025 Task 10: climate change",
               "semeval2020-task11-ptc/": "SemEval-2020 Task 11 (PTC): international and US news",
               "polnear/": "PolNeAR: US political news"}
COMMAND = "python -m bench.real_events"


def gold_files(split: str) -> list[dict]:
    """The gold of one split, in file order: {file, annotator, events: [{type, start, end, actor_country, target_country}]},
    ``file`` being the article's path under the shared data folder."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((FOLDER / "gold" / split).glob("*.json"))]


def corpus_of(path: str) -> str:
    """The shared corpus an article's path lies in (its first folder)."""
    return path.split("/", 1)[0]


def collection_of(path: str) -> str | None:
    """The collection (a key of COLLECTIONS) an article's path belongs to, or None."""
    return next((prefix for prefix in COLLECTIONS if path.startswith(prefix)), None)


def article_text(path: str) -> str:
    """The text of one article of a shared corpus (its path under the data folder), as the gold offsets count it."""
    corpus, rest = path.split("/", 1)
    with open(data_path(corpus) / rest, encoding="utf-8", newline="") as handle:
        return handle.read()


def gold_events(gold: dict) -> list:
    from newsgraph.eval.events import GoldArticleEvent

    return [GoldArticleEvent(e["type"], e["start"], e["end"], None, e["actor_country"], None, e["target_country"]) for e in gold["events"]]


def run(split: str) -> tuple:
    """Analyse every article of a split and score its main events: (totals, per-collection totals, per-type [gold,
    found, both], error rows)."""
    from newsgraph import analyze
    from newsgraph.eval.events import ArticleEventScores, score_article_events

    total = ArticleEventScores()
    per_collection: dict[str, ArticleEventScores] = {}
    per_type: dict[str, list[int]] = {}
    errors = []
    for gold in gold_files(split):
        text = article_text(gold["file"])
        events = gold_events(gold)
        scores = score_article_events(events, analyze(text).events)
        total += scores
        collection = per_collection.setdefault(collection_of(gold["file"]), ArticleEventScores())
        collection += scores
        missed = {(g.start, g.type) for g, _ in scores.missed}
        miscoded = {(g.start, g.type) for g, _ in scores.miscoded}
        for event in events:
            row = per_type.setdefault(event.type, [0, 0, 0])
            row[0] += 1
            row[1] += (event.start, event.type) not in missed
            row[2] += (event.start, event.type) not in missed and (event.start, event.type) not in miscoded
        sentence = lambda start: " ".join(text[max(0, text.rfind("\n", 0, start)):text.find("\n", start) % (len(text) + 1)].split())
        errors += [[gold["file"], "missed", g.type, text[g.start:g.end], f"{g.actor_country}>{g.target_country}", ",".join(on) or "-", sentence(g.start)]
                   for g, on in scores.missed]
        errors += [[gold["file"], "countries", g.type, text[g.start:g.end], f"{g.actor_country}>{g.target_country}",
                    f"{e.actor.country if e.actor else None}>{e.target.country if e.target else None}", sentence(g.start)]
                   for g, e in scores.miscoded]
    return total, per_collection, per_type, errors


def section(results: dict) -> str:
    def row(name, scores, articles):
        return [name, articles, scores.gold, f"{scores.found} ({scores.recall:.3f})",
                f"{scores.both_countries} ({scores.both_countries / max(1, scores.gold):.3f})", scores.predicted, len(scores.spurious)]

    golds = {split: gold_files(split) for split in results}
    annotators = len({gold["annotator"] for split in results for gold in golds[split]})
    rows = []
    for split, (total, per_collection, _, _) in results.items():
        rows.append(row(f"**{SPLITS[split]}**", total, len(golds[split])))
        rows += [row(f"{split}: {COLLECTIONS[collection]}", scores, sum(collection_of(g["file"]) == collection for g in golds[split]))
                 for collection, scores in sorted(per_collection.items(), key=lambda item: list(COLLECTIONS).index(item[0]))]
    types = sorted({t for _, _, per_type, _ in results.values() for t in per_type})
    type_rows = [[t] + [f"{r[1]}/{r[2]}/{r[0]}" if (r := results[s][2].get(t)) else "-" for s in results] for t in types]
    return "\n\n".join([
        "## Real news (main events)",
        stamp(COMMAND),
        f"{sum(len(g) for g in golds.values())} real articles of three shared corpora (the war in Ukraine and climate "
        "change from SemEval-2025 Task 10; international and US news from the SemEval-2020 Task 11 propaganda corpus and from "
        f"PolNeAR), their main events annotated blind to the coder by {annotators} annotators (bench/real_events/README.md); the texts stay in the shared "
        "corpora, the gold holds offsets and country codes only. Metric of the invented sets: a gold event is found by a "
        "predicted event of the same type whose trigger overlaps it or lies in its sentence; both countries right over the gold.",
        table(["split", "articles", "gold events", "found", "found with both countries right", "predicted events", "spurious"], rows),
        "Per gold type (found / both countries right / gold):",
        table(["type", *(SPLITS[s] for s in results)], type_rows),
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path, help="write the dev split's errors to this TSV file")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    results = {split: run(split) for split in SPLITS}
    text = section(results)
    write_section("real_events", text)
    print(text)
    if args.errors is not None:
        rows = [["file", "kind", "type", "trigger", "gold countries", "predicted", "sentence"], *results["dev"][3]]
        try:
            args.errors.write_text("\n".join("\t".join(str(c) for c in row) for row in rows) + "\n", encoding="utf-8")
        except OSError as error:
            raise SystemExit(f"bench.real_events: cannot write {args.errors}: {error.strerror}") from None
