"""PLOVER events: type, actor and target accuracy on the PLOVER GSR and the PETRARCH2 unit tests, and speed.

``python -m bench.events`` writes the ``events`` section of BENCHMARKS.md:

1. PLOVER gold-standard records (``plover-gsr``): event type accuracy, source/target country
   accuracy and span accuracy (metrics in ``newsgraph.eval.events``), on all 322 event records, on
   the records whose gold type is one of newsgraph's sixteen, and on the two fixed halves: "dev"
   (the half whose errors were inspected while the lexicon was written) and "held-out" (never
   inspected); plus per-type accuracy and a most-frequent-type baseline;
2. PETRARCH2 unit-test records (``petrarch2-unittest``): type accuracy with the expected codes read
   as CAMEO (the task's reading) and as WEIS (what the suite's verb dictionary says most of its
   codes are), actor/target accuracy against the suite's actor dictionary names, and how often the
   records that expect no event get none;
3. the cost of ``extract_events`` per 1,000 words on real news (PolNeAR dev articles), beside the
   events it finds.

Entities come from the real ``extract_entities``; a document whose entity extraction does not finish
within ``--entity-timeout`` seconds is coded with no entities (counted in the output), so the
benchmark measures the event coder even while other stages are being worked on. Quotes and times
are not passed: no GSR or PETRARCH metric depends on them.
"""

from __future__ import annotations

import argparse
import glob
import signal
import sys
import time
from collections import Counter

from bench.common import data_path, stamp, table, write_section

COMMAND = "python -m bench.events"


class _Timeout(Exception):
    pass


class _NoEntities:
    """The EntityIndex contract with nothing in it: what the coder sees when no entity is known."""

    def resolve(self, start, end, speaker=False):
        return None

    def entities(self):
        return ()


def _entities(doc, timeout: float, counter: Counter):
    from newsgraph.extract.entities import extract_entities

    def expire(signum, frame):
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return extract_entities(doc)
    except _Timeout:
        counter["entity timeouts"] += 1
        return _NoEntities()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _predictor(texts: dict[str, str], timeout: float, counter: Counter):
    """Parse every text once and code its events; returns id → events."""
    from newsgraph import nlp
    from newsgraph.extract.events import extract_events

    ids = list(texts)
    predictions = {}
    for key, doc in zip(ids, nlp.parse_many(texts[k] for k in ids)):
        predictions[key] = extract_events(doc, _entities(doc, timeout, counter), (), ())
    return predictions


def _fmt(tally) -> str:
    return f"{tally.accuracy:.3f} ({tally.right}/{tally.total})" if tally.total else "–"


def gsr_section(timeout: float) -> tuple[str, Counter]:
    from newsgraph.eval.events import read_plover_gsr, score_gsr, split_of

    counter: Counter = Counter()
    records = read_plover_gsr(data_path("plover-gsr"))
    predictions = _predictor({r.id: r.text for r in records}, timeout, counter)

    def predict(record):
        return predictions[record.id]

    subsets = [
        ("all event records", records),
        ("gold type among the 16", [r for r in records if r.in_sixteen]),
        ("dev half (errors inspected)", [r for r in records if split_of(r.id) == "dev"]),
        ("held-out half (never inspected)", [r for r in records if split_of(r.id) == "held-out"]),
    ]
    rows = []
    for name, subset in subsets:
        scores = score_gsr(subset, predict)
        rows.append([name, scores.records, _fmt(scores.type), _fmt(scores.type_any), _fmt(scores.source_country),
                     _fmt(scores.target_country), _fmt(scores.source_span), _fmt(scores.target_span), scores.no_event])
    overall = score_gsr(records, predict)
    majority, count = Counter(r.type for r in records).most_common(1)[0]
    per_type = [[t, _fmt(tally)] for t, tally in sorted(overall.per_type.items())]
    confusions = [f"{gold}→{pred} ×{n}" for (gold, pred), n in overall.confusion.most_common() if gold != pred][:12]
    text = "\n\n".join([
        "### PLOVER GSR (323 CAMEO-manual sentences; 322 event records)",
        table(["records", "n", "type accuracy", "gold type among any event", "source country", "target country",
               "source span", "target span", "no event found"], rows),
        f"Baseline, always the most frequent type ({majority}): {count / len(records):.3f} ({count}/{len(records)}).",
        "Per gold type (all records, after the 2021 merges DEMAND→REQUEST, DISAPPROVE→ACCUSE, "
        "INVESTIGATE→ACCUSE, FIGHT→ASSAULT):",
        table(["gold type", "type accuracy"], per_type),
        "Most frequent confusions (gold→predicted, `-` = no event): " + ", ".join(confusions) + ".",
    ])
    return text, counter


def petrarch_section(timeout: float) -> tuple[str, Counter]:
    from newsgraph.eval.events import cameo_to_plover, read_petrarch_actors, read_petrarch_records, score_petrarch, weis_to_plover

    counter: Counter = Counter()
    folder = data_path("petrarch2-unittest")
    records = read_petrarch_records(folder)
    actors = read_petrarch_actors(folder)
    predictions = _predictor({r.id: r.text for r in records}, timeout, counter)

    def predict(record):
        return predictions[record.id]

    rows = []
    for name, mapping in (("CAMEO roots (task reading)", cameo_to_plover), ("WEIS roots (the dictionary's own codes)", weis_to_plover)):
        s = score_petrarch(records, predict, mapping, actors)
        rows.append([name, s.records, s.unmappable, _fmt(s.type), _fmt(s.type_any), _fmt(s.source_name), _fmt(s.target_name),
                     _fmt(s.source_country), _fmt(s.target_country)])
        quiet = f"{s.no_event_quiet}/{s.no_event_records}"
    text = "\n\n".join([
        f"### PETRARCH2 unit tests ({len(records)} sentences, Tolkien actors)",
        table(["expected codes read as", "scored records", "unmappable", "type accuracy (top event)", "type among any event",
               "actor name", "target name", "actor country (real states)", "target country (real states)"], rows),
        f"Records that expect no event and get none: {quiet}. Error-handling records (bad dateline, bad parse) are "
        "not scored. Actor and target names: the predicted party's text contains a name the suite's actor "
        "dictionary gives the expected code (\"Minas Tirith\" for GON); country: only for dictionary codes whose "
        "names newsgraph resolves to that same code (RUSSIA → RUS, not ERI = Eriador).",
    ])
    return text, counter


def speed_section(limit: int, timeout: float) -> tuple[str, Counter]:
    from newsgraph import nlp
    from newsgraph.extract.events import extract_events
    from newsgraph.extract.quantities import find_quantities

    counter: Counter = Counter()
    files = sorted(glob.glob(str(data_path("polnear") / "dev" / "text" / "*.txt")))[:limit]
    items = []
    parse_seconds = 0.0
    parsed_words = 0
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        started = time.process_time()
        doc = nlp.parse(text)
        parse_seconds += time.process_time() - started
        parsed_words += sum(1 for token in doc if token.is_alpha)
        entities = _entities(doc, timeout, counter)
        if isinstance(entities, _NoEntities):
            continue  # timing the coder against an empty index would flatter it
        items.append((doc, entities, find_quantities(doc)))
    words = sum(1 for doc, _, _ in items for token in doc if token.is_alpha)
    best = None
    events = 0
    for _ in range(3):
        started = time.process_time()
        events = sum(len(extract_events(doc, entities, (), (), quantities)) for doc, entities, quantities in items)
        elapsed = time.process_time() - started
        best = elapsed if best is None else min(best, elapsed)
    per_thousand = 1000 * best / words * 1000 if words else 0.0
    text = "\n\n".join([
        "### Speed",
        table(["articles", "words", "events found", "events per 1,000 words", "extract_events ms per 1,000 words (CPU, best of 3)"],
              [[len(items), words, events, f"{1000 * events / words:.1f}" if words else "–", f"{per_thousand:.1f}"]]),
        f"PolNeAR dev articles (2016 US political news), the first {len(files)} in name order; {len(files) - len(items)} skipped "
        f"because entity extraction did not finish in {timeout:g} s. The spaCy parse of the same articles took "
        f"{1000 * parse_seconds / max(1, parsed_words) * 1000:.0f} ms per 1,000 words here (CPU); quantities are found once "
        "beforehand, as the pipeline's other stages also need them.",
    ])
    return text, counter


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.events", description=__doc__.splitlines()[0])
    parser.add_argument("--speed-articles", type=int, default=40, help="PolNeAR dev articles to time (default 40)")
    parser.add_argument("--entity-timeout", type=float, default=20.0, help="seconds allowed to extract_entities per document")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    gsr, gsr_counts = gsr_section(args.entity_timeout)
    print(gsr, flush=True)
    petrarch, petrarch_counts = petrarch_section(args.entity_timeout)
    print(petrarch, flush=True)
    speed, _ = speed_section(args.speed_articles, args.entity_timeout)
    print(speed, flush=True)
    timeouts = gsr_counts["entity timeouts"] + petrarch_counts["entity timeouts"]
    note = (
        "Definitions: docs/events.md. The reported event of a record is the most confident event whose trigger "
        "overlaps a gold event word, else the most confident event of the sentence. "
        f"GSR/PETRARCH sentences coded with no entities because entity extraction timed out: {timeouts}."
    )
    write_section("events", "\n\n".join(["## events", stamp(COMMAND), gsr, petrarch, speed, note]))


if __name__ == "__main__":
    main()
