"""What each precision rule and target heuristic of the event coder pays, measured by switching it off.

``python -m bench.events_sentences.ablation`` codes the three development article sets
(bench/events_dev, events_dev2, events_dev3), the sentence set (bench/events_sentences) and the dev
half of the PLOVER GSR (its held-out half is not used) once with
every rule, then once per rule with that rule switched off (the ``_Coder`` method that applies it
replaced by one that does nothing), and prints, per set, gold events found with their type, found
with both countries, events coded and events off gold (on the sentence set, events on the negatives
count as coded and off gold), and on PLOVER the records whose type, source and target country are
right. Each pipeline stage before the event coder runs once per text; only
``extract_events`` is re-run. Writes the ``events_ablation`` section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse

from bench.common import REPO, stamp, table, write_section
from bench.events_sentences import read_articles, read_sentences

COMMAND = "python -m bench.events_sentences.ablation"


def _off(value):
    return lambda self, *args, **kwargs: value


def _keep(position: int):
    """A replacement that returns its ``position``-th argument unchanged (a filter that filters nothing)."""
    return lambda self, *args: args[position]


def _without_home(**attributes):
    """A ``_Coder.__init__`` that forgets where the story is filed (dateline, sections, headline)."""
    from newsgraph.extract.events import _Coder

    original = _Coder.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        for name, value in attributes.items():
            setattr(self, name, value)
    return init


RULES: list[tuple[str, dict]] = [
    ("conditional (if/unless clause not coded)", {"_in_condition": _off(False)}),
    ("yes/no question not coded", {"_yes_no_question": _off(False)}),
    ("habitual (uncounted duration) not coded", {"_habitual": _off(False)}),
    ("present-perfect summary not coded", {"_summary": _off(False)}),
    ("both duration rules (states of things) not coded", {"_habitual": _off(False), "_summary": _off(False)}),
    ("counterfactual not coded", {"_counterfactual": _off(False)}),
    ("what a claim or allegation says not coded", {"_content_of_claim": _off(False)}),
    ("banned / cancelled event nouns not coded", {"_prevented": _off(False)}),
    ("generic subject of be/consider is a definition", {"_generic": _off(False)}),
    ("background history (earlier year) not coded", {"_background": _off(False)}),
    ("warnings that are claims not coded", {"_statement": _off(False)}),
    ("repeated mention folded into the first", {"_earlier_mention": _off(None)}),
    ("reaction targets (author of the act reacted to)", {"_reaction_targets": _off(None)}),
    ("purpose target", {"_purpose_target": _off(None)}),
    ("dateline home country", {"__init__": lambda: _without_home(_home_place=None)}),
    ("roundup section home country", {"__init__": lambda: _without_home(_sections=[], _section_ends=[])}),
    ("unnamed people placed where the event is", {"_located": _keep(1)}),
    ("domestic groups take the state's code", {"_domestic": _keep(3)}),
    ("office after a state just named", {"_state_just_named": _off(None)}),
    ("'the court' after its name", {"_named_before": _off(None)}),
    ("pronoun antecedent country", {"_antecedent_country": _off(None)}),
    ("'both sides' / last coded pair", {"_two_sides": _off([])}),
    ("'both' from the last coded pair only", {"_note_state_pair": _off(None)}),
    ("statement acts for its issuer", {"_issuer": _off(None)}),
    # round 6
    ("faint events (uncoded, unnamed, weakened or courtesy) not reported", {"_faint": _off(False)}),
    ("exhortation ('we must...') not coded", {"_exhortation": _off(False)}),
    ("a kind of party ('countries must...') is no demand", {"_kind": _off(False)}),
    ("target of the act a verb is coordinated with", {"_sibling_target": _off(None)}),
    ("reaction's author from an earlier mention of its noun", {"_mention_author": _off(None)}),
]


def capture(items) -> list[tuple]:
    """The arguments ``analyze`` passes ``extract_events`` for each item (one batched parse)."""
    import importlib

    from newsgraph.options import Options, parse_date

    pipeline = importlib.import_module("newsgraph.analyze")  # the package's ``analyze`` attribute is the function
    calls: list[tuple] = []
    real = pipeline.extract_events

    def record(*args):
        calls.append(args)
        return real(*args)

    pipeline.extract_events = record
    try:
        for _ in pipeline.analyze_many((item.text, Options(published=parse_date(item.published))) for item in items):
            pass
    finally:
        pipeline.extract_events = real
    return calls


def plover_dev_inputs() -> list[tuple]:
    """(record, doc, entities) for the dev half of the PLOVER GSR (the half whose errors may be read;
    the held-out half is not touched), entities as ``bench.events`` finds them."""
    from collections import Counter

    from bench.common import data_path
    from bench.events import _entities
    from newsgraph import nlp
    from newsgraph.eval.events import read_plover_gsr, split_of

    records = [r for r in read_plover_gsr(data_path("plover-gsr")) if split_of(r.id) == "dev"]
    counter: Counter = Counter()
    return [(record, doc, _entities(doc, 20.0, counter)) for record, doc in zip(records, nlp.parse_many(r.text for r in records))]


def measure(sets: dict, inputs: dict, patches: dict, plover: list[tuple]) -> tuple[dict[str, tuple[int, int, int, int, int]], tuple]:
    """Per set (gold, found, both countries, coded, off gold), and the PLOVER dev half's (type,
    source country, target country) tallies, with ``patches`` applied to ``_Coder``."""
    from bench.events_sentences.__main__ import score_items
    from newsgraph.eval.events import score_gsr
    from newsgraph.extract import events as coder

    saved = {name: coder._Coder.__dict__[name] for name in patches}
    for name, value in patches.items():
        setattr(coder._Coder, name, value() if name == "__init__" else value)
    try:
        out = {}
        for name, items in sets.items():
            total, _, false_events, _, _ = score_items(items, [coder.extract_events(*args) for args in inputs[name]])
            out[name] = (total.gold, total.found, total.both_countries, total.predicted + false_events, len(total.spurious) + false_events)
        predicted = {record.id: coder.extract_events(doc, entities, (), ()) for record, doc, entities in plover}
        gsr = score_gsr([record for record, _, _ in plover], lambda record: predicted[record.id])
        return out, (gsr.type, gsr.source_country, gsr.target_country)
    finally:
        for name, value in saved.items():
            setattr(coder._Coder, name, value)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("--base", action="store_true", help="print the all-rules row only (no ablation, nothing written)")
    args = parser.parse_args(argv)
    sets = {name: read_articles(REPO / "bench" / f"events_{name}") for name in ("dev", "dev2", "dev3")}
    sets["sentences"] = read_sentences()
    inputs = {name: capture(items) for name, items in sets.items()}
    plover = plover_dev_inputs()
    base, gsr0 = measure(sets, inputs, {}, plover)
    headers = (["rule switched off"] + [f"{name} found / both / coded / off-gold" for name in sets]
               + ["PLOVER dev half type / source / target right", "sets where it pays"])
    rows = [["none (all rules)"] + ["{1} / {2} / {3} / {4}".format(*base[name]) for name in sets]
            + [" / ".join(f"{t.right}/{t.total}" for t in gsr0), ""]]
    print(" | ".join(rows[0]), flush=True)
    if args.base:
        return
    for label, patches in RULES:
        got, gsr = measure(sets, inputs, patches, plover)
        cells, pays = [], []
        for name in sets:
            _, found, both, coded, off = got[name]
            _, found0, both0, coded0, off0 = base[name]
            cells.append(f"{found - found0:+d} / {both - both0:+d} / {coded - coded0:+d} / {off - off0:+d}")
            # the rule pays on a set when switching it off loses found or both-countries events, or adds off-gold ones
            if (found0 - found) + (both0 - both) + (off - off0) > 0:
                pays.append(name)
        cells.append(" / ".join(f"{now.right - then.right:+d}" for now, then in zip(gsr, gsr0)))
        if sum(then.right - now.right for now, then in zip(gsr, gsr0)) > 0:
            pays.append("PLOVER")
        rows.append([label] + cells + [", ".join(pays) or "none"])
        print(" | ".join(rows[-1]), flush=True)
    gold = ", ".join(f"{name} {base[name][0]}" for name in sets)
    write_section("events_ablation", "\n\n".join([
        "## events_ablation", stamp(COMMAND),
        f"Each row switches one rule of newsgraph/extract/events.py off and gives the change against all rules on (first row, absolute); gold main events: {gold}. "
        "A rule pays on a set when switching it off loses found or both-countries events or adds off-gold ones (net).",
        table(headers, rows),
    ]))


if __name__ == "__main__":
    main()
