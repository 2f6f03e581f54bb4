"""Quotes, claims and events on the unseen-articles set (bench/unseen/README.md): the full pipeline
against gold written blind, with the project's own metrics.

``python -m bench.unseen`` writes the ``unseen`` section of BENCHMARKS.md; ``--set unseen2`` to
``--set unseen91`` score the second to ninety-first sets (``bench/unseen2/`` ... ``bench/unseen91/``) the same
way into their own sections. ``--errors FILE`` also
writes every error as a TSV row (reading them turns the set into a development set: see the set's README).

Each article is analysed once with ``newsgraph.analyze`` (its ``published`` date from the gold), and
the one analysis is scored three ways:

- quotes with ``newsgraph.eval.attribution`` as ``bench.quotes`` scores the sample articles (speaker
  compared by name, a match needs 30% overlap of each);
- claims with ``newsgraph.eval.claims`` (status, source, both right), as ``bench.claims`` does;
- main events with ``newsgraph.eval.events.score_article_events``: a gold event is found by a
  predicted event of the same type whose trigger overlaps the gold trigger or lies in its sentence;
  actor and target country accuracy over the found events; predicted events that find none.

The error census counts the errors by kind; it prints no sentence unless ``--errors`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench.common import stamp, table, write_section

SET = Path(__file__).resolve().parent
# Each blind set is a folder of bench/ named as its BENCHMARKS.md section, with the heading it gets there.
SETS = {
    "unseen": "Unseen articles", "unseen2": "Unseen articles, second set", "unseen3": "Unseen articles, third set",
    "unseen4": "Unseen articles, fourth set", "unseen5": "Unseen articles, fifth set",
    "unseen6": "Unseen articles, sixth set", "unseen7": "Unseen articles, seventh set",
    "unseen8": "Unseen articles, eighth set", "unseen9": "Unseen articles, ninth set",
    "unseen10": "Unseen articles, tenth set", "unseen11": "Unseen articles, eleventh set",
    "unseen12": "Unseen articles, twelfth set", "unseen13": "Unseen articles, thirteenth set",
    "unseen14": "Unseen articles, fourteenth set", "unseen15": "Unseen articles, fifteenth set",
    "unseen16": "Unseen articles, sixteenth set",
    "unseen17": "Unseen articles, seventeenth set",
    "unseen18": "Unseen articles, eighteenth set",
    "unseen19": "Unseen articles, nineteenth set",
    "unseen20": "Unseen articles, twentieth set",
    "unseen21": "Unseen articles, twenty-first set",
    "unseen22": "Unseen articles, twenty-second set",
    "unseen23": "Unseen articles, twenty-third set",
    "unseen24": "Unseen articles, twenty-fourth set",
    "unseen25": "Unseen articles, twenty-fifth set",
    "unseen26": "Unseen articles, twenty-sixth set",
    "unseen27": "Unseen articles, twenty-seventh set",
    "unseen28": "Unseen articles, twenty-eighth set",
    "unseen29": "Unseen articles, twenty-ninth set",
    "unseen30": "Unseen articles, thirtieth set",
    "unseen31": "Unseen articles, thirty-first set",
    "unseen32": "Unseen articles, thirty-second set",
    "unseen33": "Unseen articles, thirty-third set",
    "unseen34": "Unseen articles, thirty-fourth set",
    "unseen35": "Unseen articles, thirty-fifth set",
    "unseen36": "Unseen articles, thirty-sixth set",
    "unseen37": "Unseen articles, thirty-seventh set",
    "unseen38": "Unseen articles, thirty-eighth set",
    "unseen39": "Unseen articles, thirty-ninth set",
    "unseen40": "Unseen articles, fortieth set",
    "unseen41": "Unseen articles, forty-first set",
    "unseen42": "Unseen articles, forty-second set",
    "unseen43": "Unseen articles, forty-third set",
    "unseen44": "Unseen articles, forty-fourth set",
    "unseen45": "Unseen articles, forty-fifth set",
    "unseen46": "Unseen articles, forty-sixth set",
    "unseen47": "Unseen articles, forty-seventh set",
    "unseen48": "Unseen articles, forty-eighth set",
    "unseen49": "Unseen articles, forty-ninth set",
    "unseen50": "Unseen articles, fiftieth set",
    "unseen51": "Unseen articles, fifty-first set",
    "unseen52": "Unseen articles, fifty-second set",
    "unseen53": "Unseen articles, fifty-third set",
    "unseen54": "Unseen articles, fifty-fourth set",
    "unseen55": "Unseen articles, fifty-fifth set",
    "unseen56": "Unseen articles, fifty-sixth set",
    "unseen57": "Unseen articles, fifty-seventh set",
    "unseen58": "Unseen articles, fifty-eighth set",
    "unseen59": "Unseen articles, fifty-ninth set",
    "unseen60": "Unseen articles, sixtieth set",
    "unseen61": "Unseen articles, sixty-first set",
    "unseen62": "Unseen articles, sixty-second set",
    "unseen63": "Unseen articles, sixty-third set",
    "unseen64": "Unseen articles, sixty-fourth set",
    "unseen65": "Unseen articles, sixty-fifth set",
    "unseen66": "Unseen articles, sixty-sixth set",
    "unseen67": "Unseen articles, sixty-seventh set",
    "unseen68": "Unseen articles, sixty-eighth set",
    "unseen69": "Unseen articles, sixty-ninth set",
    "unseen70": "Unseen articles, seventieth set",
    "unseen71": "Unseen articles, seventy-first set",
    "unseen72": "Unseen articles, seventy-second set",
    "unseen73": "Unseen articles, seventy-third set",
    "unseen74": "Unseen articles, seventy-fourth set",
    "unseen75": "Unseen articles, seventy-fifth set",
    "unseen76": "Unseen articles, seventy-sixth set",
    "unseen77": "Unseen articles, seventy-seventh set",
    "unseen78": "Unseen articles, seventy-eighth set",
    "unseen79": "Unseen articles, seventy-ninth set",
    "unseen80": "Unseen articles, eightieth set",
    "unseen81": "Unseen articles, eighty-first set",
    "unseen82": "Unseen articles, eighty-second set",
    "unseen83": "Unseen articles, eighty-third set",
    "unseen84": "Unseen articles, eighty-fourth set",
    "unseen85": "Unseen articles, eighty-fifth set",
    "unseen86": "Unseen articles, eighty-sixth set",
    "unseen87": "Unseen articles, eighty-seventh set",
    "unseen88": "Unseen articles, eighty-eighth set",
    "unseen89": "Unseen articles, eighty-ninth set",
    "unseen90": "Unseen articles, ninetieth set",
    "unseen91": "Unseen articles, ninety-first set",
}
# Sets whose errors were read to write rules, with where those rules are: development sets now, and their sections say so.
READ_SETS = {
    **{name: "docs/events.md rules 28 to 31 and the claim rounds of docs/schema.md"
       for name in ("unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6")},
    "unseen7": "docs/events.md rule 31 and claims round 13 in docs/schema.md",
    **{name: "docs/events.md rule 34 (events round 16) and the attribution round of docs/schema.md"
       for name in ("unseen8", "unseen9")},
    **{name: "docs/events.md rule 35 (events round 17) and the attribution round 18 of docs/schema.md"
       for name in ("unseen10", "unseen11")},
    **{name: "docs/events.md rule 36 (events round 18)" for name in ("unseen12", "unseen13")},
    **{name: "docs/events.md rule 37 (events round 19) and attribution round 19 of docs/schema.md"
       for name in ("unseen14", "unseen15")},
    **{name: "docs/events.md rule 38 (events round 20) and attribution round 20 of docs/schema.md"
       for name in ("unseen16", "unseen17")},
    "unseen22": "docs/events.md rule 38 (events round 20, second batch)",
    "unseen23": "docs/events.md rule 38 (events round 20, third batch)",
    "unseen27": "docs/events.md rule 38 (events round 20, fourth batch)",
    "unseen26": "docs/events.md rule 38 (events round 20, fifth batch)",
    "unseen28": "docs/events.md rule 38 (events round 20, sixth batch)",
    "unseen29": "docs/events.md rule 38 (events round 20, seventh batch)",
    **{name: "docs/events.md rule 41 (events round 23) and attribution round 23 of docs/schema.md"
       for name in ("unseen24", "unseen25")},
    **{name: "docs/events.md rule 94 (events round 76)" for name in ("unseen30", "unseen31", "unseen32", "unseen33")},
    **{name: "docs/events.md rule 95 (events round 77)" for name in ("unseen34", "unseen35", "unseen36", "unseen37")},
    **{name: "docs/events.md rule 96 (events round 78; written as development sets)" for name in ("unseen62", "unseen63", "unseen64")},
    **{name: "docs/events.md rule 98 (events round 80)" for name in ("unseen38", "unseen39", "unseen40", "unseen41")},
    **{name: "docs/events.md rule 99 (events round 81)" for name in ("unseen42", "unseen43", "unseen44", "unseen66")},
    **{name: "docs/events.md rule 100 (events round 82)" for name in ("unseen45", "unseen46", "unseen47", "unseen48", "unseen49", "unseen50")},
    **{name: "docs/events.md rule 102 (events round 84)" for name in ("unseen51", "unseen52", "unseen53", "unseen54")},
    **{name: "docs/events.md rule 108 (events round 90)" for name in ("unseen55", "unseen56", "unseen57")},
    **{name: "docs/events.md rule 109 (events round 91)" for name in ("unseen58", "unseen59", "unseen60", "unseen61")},
    **{name: "docs/events.md rule 115 (events round 97)" for name in ("unseen65", "unseen67", "unseen68", "unseen69")},
    **{name: "docs/events.md rule 116 (events round 98)" for name in ("unseen70", "unseen71", "unseen72", "unseen73")},
}
QUOTE_MIN_COVER = 0.3  # bench.quotes scores hand-written gold with speaker names this way


def articles(folder: Path = SET) -> list[tuple[str, str, dict]]:
    """(stem, text, gold) of every article of the set in ``folder`` that has a gold file, in name order."""
    found = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        text_path = folder / f"{gold_path.stem}.txt"
        if text_path.exists():
            with open(text_path, encoding="utf-8", newline="") as handle:
                found.append((gold_path.stem, handle.read(), json.loads(gold_path.read_text(encoding="utf-8"))))
    return found


def run(folder: Path = SET) -> dict:
    """Analyse every article of the set in ``folder`` and score it; returns the totals, per-article
    rows and error lists."""
    from newsgraph import analyze
    from newsgraph.eval.attribution import PredictedQuote, Scores, read_named_quotes, score
    from newsgraph.eval.claims import ClaimScores, PredictedClaim, read_gold, score_article
    from newsgraph.eval.events import ArticleEventScores, read_article_events, score_article_events

    quote_gold = {article.name: article for article in read_named_quotes(folder)}
    claims, events, events_igo_null, quotes = ClaimScores(), ArticleEventScores(), ArticleEventScores(), Scores()
    rows, quote_errors, event_errors = [], [], []
    words = 0
    for stem, text, gold in articles(folder):
        analysis = analyze(text, published=gold.get("published"))
        words += len(text.split())
        article_quotes = score([(quote_gold[stem], [PredictedQuote.from_quote(q) for q in analysis.quotes])], min_cover=QUOTE_MIN_COVER)
        quotes += article_quotes
        quote_errors += _quote_errors(stem, text, gold, article_quotes, analysis.quotes)
        gold_claims, unlocated = read_gold(folder / "gold" / f"{stem}.json", text)
        if unlocated:
            raise SystemExit(f"bench.unseen: {unlocated} gold claims of {stem} not found in its text")
        article_claims = score_article(gold_claims, [PredictedClaim.from_claim(c) for c in analysis.claims], stem)
        claims += article_claims
        gold_events = read_article_events(gold, text)
        article_events = score_article_events(gold_events, analysis.events)
        events_igo_null += score_article_events(gold_events, analysis.events, as_null={"IGO"})
        events += article_events
        event_errors += [(stem, "missed", gold, on_trigger) for gold, on_trigger in article_events.missed]
        event_errors += [(stem, "countries", gold, event) for gold, event in article_events.miscoded]
        event_errors += [(stem, "spurious", None, event) for event in article_events.spurious]
        rows.append([
            stem, len(text.split()), article_quotes.gold, article_quotes.f1, article_quotes.speaker_accuracy,
            article_claims.gold, article_claims.both_accuracy, f"{article_events.found}/{article_events.gold}",
        ])
    return {"quotes": quotes, "claims": claims, "events": events, "events_igo_null": events_igo_null, "rows": rows, "words": words, "quote_errors": quote_errors, "event_errors": event_errors}


def _quote_errors(stem: str, text: str, gold: dict, scores, predicted) -> list[tuple[str, str, str, str]]:
    """(article, kind of error, gold kind or predicted kind, the text) for quotes missed, spurious or
    with the wrong speaker."""
    from newsgraph.eval.attribution import _locate

    kinds = {}
    for quote in gold.get("quotes", []):
        start = _locate(text, quote["text"], quote.get("occurrence"))
        kinds[(start, start + len(quote["text"]))] = quote["kind"]
    matched_gold = {(g.start, g.end) for g, _, _ in scores.pairs}
    matched_predicted = {(p.start, p.end) for _, p, _ in scores.pairs}
    errors = [(stem, "missed", kinds[span], text[span[0] : span[1]]) for span in kinds if span not in matched_gold]
    errors += [(stem, "speaker wrong", kinds[(g.start, g.end)], text[g.start : g.end]) for g, _, right in scores.pairs if not right]
    errors += [(stem, "spurious", q.kind, q.text) for q in predicted if (q.start, q.end) not in matched_predicted]
    return errors


def _country_error(party, predicted: str | None, expected: str | None) -> str:
    """How a party's country is wrong, in words a census can count without showing the text."""
    if predicted is None:
        return "no party coded" if party is None else "party without a country"
    if expected is None:
        return "country where gold has none"
    return "another country"


def census(results: dict) -> list[list]:
    """Counts of errors by layer and kind, most frequent first within a layer."""
    counts: Counter = Counter()
    for _, kind, quote_kind, _ in results["quote_errors"]:
        counts[("quotes", f"{kind} ({quote_kind})")] += 1
    for _, gold, predicted in results["claims"].errors:
        if predicted is None:
            counts[("claims", f"missed (gold {gold.status})")] += 1
        elif predicted.status != gold.status:
            counts[("claims", f"status {gold.status} → {predicted.status}")] += 1
        else:
            counts[("claims", f"source wrong ({gold.status})")] += 1
    for gold, on_trigger in results["events"].missed:
        how = f"another type on the trigger ({', '.join(sorted(set(on_trigger)))})" if on_trigger else "no event on the trigger"
        counts[("events", f"missed {gold.type}: {how}")] += 1
    for gold, event in results["events"].miscoded:
        for role, party, expected in (("actor", event.actor, gold.actor_country), ("target", event.target, gold.target_country)):
            predicted = party.country if party else None
            if predicted != expected:
                counts[("events", f"{role} country wrong: {_country_error(party, predicted, expected)}")] += 1
    for event in results["events"].spurious:
        counts[("events", f"spurious {event.type}")] += 1
    order = {"quotes": 0, "claims": 1, "events": 2}
    return [[layer, kind, n] for (layer, kind), n in sorted(counts.items(), key=lambda item: (order[item[0][0]], -item[1], item[0][1]))]


def error_rows(results: dict) -> list[list[str]]:
    """Every error as a TSV row: layer, article, kind, gold, predicted."""
    rows = [["quotes", stem, kind, quote_kind, text] for stem, kind, quote_kind, text in results["quote_errors"]]
    for stem, gold, predicted in results["claims"].errors:
        shown = "missed" if predicted is None else f"{predicted.status} / {predicted.source}"
        rows.append(["claims", stem, f"gold {gold.status} / {gold.source}", gold.text, shown])
    for stem, kind, gold, found in results["event_errors"]:
        if kind == "missed":
            rows.append(["events", stem, kind, f"{gold.type} {gold.actor} → {gold.target}", ",".join(found) or "-"])
        elif kind == "countries":
            predicted = f"{found.type} {found.actor.country if found.actor else None} → {found.target.country if found.target else None}"
            rows.append(["events", stem, kind, f"{gold.type} {gold.actor_country} → {gold.target_country}", predicted])
        else:
            rows.append(["events", stem, kind, "-", f"{found.type} {found.trigger.text}: {found.sentence.text}"])
    return [[" ".join(str(cell).split()) for cell in row] for row in rows]


def section(results: dict, command: str, name: str = "unseen") -> str:
    quotes, claims, events = results["quotes"], results["claims"], results["events"]
    statuses = ("quoted", "attributed", "unattributed")
    parts = [
        f"## {SETS[name]} (quotes, claims, events)",
        stamp(command),
        f"Eight invented articles ({results['words']} words) written and annotated blind in `bench/{name}/` "
        "(README there): the gold was fixed before newsgraph ran on them. "
        + (f"Their errors have since been read to write rules ({READ_SETS[name]}), so this is now a development set, "
           "not a blind measure. " if name in READ_SETS else "No rule was written from them. ")
        + "Every figure is the full pipeline (`newsgraph.analyze`, one analysis per article).",
        "**Quotes** (`newsgraph.eval.attribution`, speaker by name, 30% overlap of each, as for the sample articles):",
        table(["gold quotes", "predicted", "precision", "recall", "F1", "speaker accuracy"],
              [[quotes.gold, quotes.predicted, quotes.precision, quotes.recall, quotes.f1, quotes.speaker_accuracy]]),
        "**Claims** (`newsgraph.eval.claims`; target on unseen news: status and source both right for ≥ 85% of checked sentences):",
        table(["gold claims", "matched", "status acc.", "source acc.", "both right", "spurious predictions"],
              [[claims.gold, claims.match_rate, claims.status_accuracy, claims.source_accuracy, claims.both_accuracy, claims.spurious]]),
        "Status confusion (rows: gold, columns: predicted):",
        table(["gold \\ predicted", *statuses, "missed"],
              [[gold] + [claims.confusion.get((gold, p), 0) for p in (*statuses, "missed")] for gold in statuses]),
        "**Main events** (`newsgraph.eval.events.score_article_events`: found = a predicted event of the same type whose "
        "trigger overlaps the gold trigger or lies in its sentence; countries over the found events, null included):",
        table(["country convention", "gold events", "found", "actor country acc.", "target country acc.", "found with both countries right", "predicted events", "spurious"],
              [[name, scores.gold, f"{scores.found} ({scores.recall:.3f})", scores.actor_country.accuracy or 0.0,
                scores.target_country.accuracy or 0.0, f"{scores.both_countries} ({scores.both_countries / max(1, scores.gold):.3f} of gold)",
                scores.predicted, len(scores.spurious)]
               for name, scores in (("IGO for the EU, UN... (docs/events.md)", events), ("IGO read as null (samples/README.md)", results["events_igo_null"]))]),
        "Spurious counts every predicted event that finds no gold event; the gold lists only each report's main events, "
        "so part of them are real but minor events.",
        "Per article:",
        table(["article", "words", "gold quotes", "quote F1", "speaker acc.", "gold claims", "claims both right", "events found"], results["rows"]),
        "**Error census** (counts by kind):",
        table(["layer", "kind", "count"], census(results)),
    ]
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.unseen", description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="unseen", help="which blind set to score (a folder of bench/; default unseen)")
    parser.add_argument("--errors", type=Path, help="also write every error to this TSV file (turns the set into a development set)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    results = run(SET.parent / args.set)
    command = "python -m bench.unseen" + ("" if args.set == "unseen" else f" --set {args.set}")
    text = section(results, command, args.set)
    write_section(args.set, text)
    print(text)
    if args.errors is not None:
        rows = [["layer", "article", "kind", "gold", "predicted"], *error_rows(results)]
        try:
            args.errors.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
        except OSError as error:
            raise SystemExit(f"bench.unseen: cannot write {args.errors}: {error.strerror}") from None
