"""The unseen-articles sets (bench/unseen/README.md, bench/unseen2/README.md ... bench/unseen91/README.md):
every gold file is well formed, uses the contract's labels, and points at exact text of its article; and the
article-event scorer that ``python -m bench.unseen`` uses finds, misses and miscodes events as its definition says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsgraph.eval.attribution import _locate
from newsgraph.eval.events import GoldArticleEvent, read_article_events, score_article_events
from newsgraph.types import PLOVER_TYPES, Event, Party, Span

BENCH = Path(__file__).resolve().parent.parent / "bench"
# Each set's folder and the article length (words) its README promises.
SETS = {"unseen": (400, 800), "unseen2": (350, 650), "unseen3": (350, 650), "unseen4": (350, 650), "unseen5": (350, 650),
        "unseen6": (350, 650), "unseen7": (350, 650), "unseen8": (350, 650), "unseen9": (400, 520),
        "unseen10": (400, 520), "unseen11": (400, 520), "unseen12": (400, 520), "unseen13": (400, 520),
        "unseen14": (400, 520), "unseen15": (400, 520), "unseen16": (400, 520), "unseen17": (400, 520),
        "unseen18": (400, 520), "unseen19": (400, 520),
        "unseen20": (400, 520), "unseen21": (400, 520), "unseen22": (400, 520), "unseen23": (400, 520),
        "unseen24": (400, 520), "unseen25": (400, 520), "unseen26": (400, 520), "unseen27": (400, 520),
        "unseen28": (400, 520), "unseen29": (400, 520), "unseen30": (400, 520),
        "unseen31": (400, 520), "unseen32": (400, 520), "unseen33": (400, 520),
        "unseen34": (400, 520),
        "unseen35": (400, 520),
        "unseen36": (400, 520),
        "unseen37": (400, 520),
        "unseen38": (400, 520),
        "unseen39": (400, 520),
        "unseen40": (400, 520),
        "unseen41": (400, 520),
        "unseen42": (400, 520),
        "unseen43": (400, 520),
        "unseen44": (400, 520),
        "unseen45": (400, 520),
        "unseen46": (400, 520),
        "unseen47": (400, 520),
        "unseen48": (400, 520),
        "unseen49": (400, 520),
        "unseen50": (400, 520),
        "unseen51": (400, 520),
        "unseen52": (400, 520),
        "unseen53": (400, 520),
        "unseen54": (400, 520),
        "unseen55": (400, 520),
        "unseen56": (400, 520),
        "unseen57": (400, 520),
        "unseen58": (400, 520),
        "unseen59": (400, 520),
        "unseen60": (400, 520),
        "unseen61": (400, 520),
        "unseen62": (400, 520),
        "unseen63": (400, 520),
        "unseen64": (400, 520),
        "unseen65": (400, 520),
        "unseen66": (400, 520),
        "unseen67": (400, 520),
        "unseen68": (400, 520),
        "unseen69": (400, 520),
        "unseen70": (400, 520),
        "unseen71": (400, 520),
        "unseen72": (400, 520),
        "unseen73": (400, 520),
        "unseen74": (400, 520),
        "unseen75": (400, 520),
        "unseen76": (400, 520),
        "unseen77": (400, 520),
        "unseen78": (400, 520),
        "unseen79": (400, 520),
        "unseen80": (400, 520),
        "unseen81": (400, 520),
        "unseen82": (400, 520),
        "unseen83": (400, 520),
        "unseen84": (400, 520),
        "unseen85": (400, 520),
        "unseen86": (400, 520),
        "unseen87": (400, 520),
        "unseen88": (400, 520),
        "unseen89": (400, 520),
        "unseen90": (400, 520),
        "unseen91": (400, 520)}
STEMS = [(name, path.stem) for name in SETS for path in sorted((BENCH / name).glob("*.txt"))]
STATUSES = {"quoted", "attributed", "unattributed"}
KINDS = {"direct", "indirect", "mixed"}
CODE = re.compile(r"^[A-Z]{3}$")


def load(name: str, stem: str) -> tuple[str, dict]:
    with open(BENCH / name / f"{stem}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    return text, json.loads((BENCH / name / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_the_set_has_eight_articles_each_with_gold(name):
    gold = {path.stem for path in (BENCH / name / "gold").glob("*.json")}
    stems = {stem for set_name, stem in STEMS if set_name == name}
    assert len(stems) == 8
    assert gold == stems


@pytest.mark.parametrize(("name", "stem"), STEMS)
def test_article_layout_and_size(name, stem):
    text, gold = load(name, stem)
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[3] == "", "headline, blank line, dateline, blank line"
    fewest, most = SETS[name]
    assert fewest <= len(text.split()) <= most
    assert gold["published"] == re.search(r"\d{4}-\d{2}-\d{2}", stem).group(0)
    outlet_slug = re.sub(r"[^a-z0-9]+", "-", gold["outlet"].lower().removeprefix("the ")).strip("-")
    assert stem.startswith(outlet_slug) and gold["outlet"] in lines[2]


@pytest.mark.parametrize(("name", "stem"), STEMS)
def test_gold_labels_come_from_the_contract(name, stem):
    _, gold = load(name, stem)
    assert set(gold) == {"published", "outlet", "quotes", "claims", "events"}
    for quote in gold["quotes"]:
        assert quote["kind"] in KINDS
        if quote["speaker"] is None:  # a scare quote: nobody is said to have used the words
            assert quote["kind"] == "direct" and quote["speaker_mention"] is None, quote["text"]
    for claim in gold["claims"]:
        assert claim["status"] in STATUSES
        assert claim["source"] is None or claim["status"] != "unattributed", claim["text"]
        if claim["status"] == "quoted":
            assert claim["source"], claim["text"]
    for event in gold["events"]:
        assert event["type"] in PLOVER_TYPES
        for key in ("actor_country", "target_country"):
            assert event[key] is None or CODE.match(event[key]), event


@pytest.mark.parametrize(("name", "stem"), STEMS)
def test_every_gold_span_is_exact_and_unambiguous(name, stem):
    text, gold = load(name, stem)
    for item in gold["quotes"] + gold["claims"] + [{"text": e["trigger"], **e} for e in gold["events"]]:
        hits = text.count(item["text"])
        assert hits >= 1, f"not in the article: {item['text']!r}"
        if "occurrence" in item:
            assert item["occurrence"] < hits
        else:
            assert hits == 1, f"occurs {hits} times without an occurrence: {item['text']!r}"
    for quote in gold["quotes"]:
        for part in quote.get("parts", []):
            assert part in quote["text"]


@pytest.mark.parametrize(("name", "stem"), STEMS)
def test_claims_are_in_text_order_and_do_not_overlap(name, stem):
    text, gold = load(name, stem)
    spans = [(_locate(text, c["text"], c.get("occurrence")), len(c["text"])) for c in gold["claims"]]
    starts = [start for start, _ in spans]
    assert starts == sorted(starts)
    for (start, length), (following, _) in zip(spans, spans[1:]):
        assert start + length <= following


def _event(kind: str, start: int, end: int, sentence: tuple[int, int], actor: str | None, target: str | None) -> Event:
    return Event(
        id="ev", type=kind, trigger=Span(start, end, "x"),
        actor=Party(None, "a", actor) if actor else None, target=Party(None, "t", target) if target else None,
        time=None, location=None, quantity=None, sentence=Span(*sentence, "s"),
    )


def test_article_events_are_found_by_type_and_trigger_or_sentence():
    gold = [
        GoldArticleEvent("AGREE", 10, 16, "Russia", "RUS", "Belarus", "BLR"),
        GoldArticleEvent("REQUEST", 40, 45, "Lithuania", "LTU", "NATO", "IGO"),
        GoldArticleEvent("THREATEN", 80, 86, "Lithuania", "LTU", None, None),
    ]
    events = [
        _event("AGREE", 12, 16, (0, 30), "RUS", "BLR"),  # overlaps the trigger, countries right
        _event("REQUEST", 32, 36, (30, 60), "LTU", None),  # same sentence, target country wrong
        _event("ACCUSE", 80, 86, (60, 90), "LTU", None),  # on the trigger, but another type
    ]
    scores = score_article_events(gold, events)
    assert (scores.gold, scores.predicted, scores.found) == (3, 3, 2)
    assert (scores.actor_country.right, scores.target_country.right, scores.both_countries) == (2, 1, 1)
    assert [(g.type, types) for g, types in scores.missed] == [("THREATEN", ["ACCUSE"])]
    assert [e.type for e in scores.spurious] == ["ACCUSE"]


def test_a_predicted_event_finds_one_gold_event_only():
    gold = [GoldArticleEvent("REQUEST", 10, 17, "Egypt", "EGY", "both sides", "SDN"),
            GoldArticleEvent("REQUEST", 10, 17, "United Arab Emirates", "ARE", "both sides", "SDN")]
    scores = score_article_events(gold, [_event("REQUEST", 10, 17, (0, 40), "EGY", "SDN")])
    assert scores.found == 1 and len(scores.missed) == 1


def test_gold_triggers_are_located_with_their_occurrence():
    text = "They agreed, then agreed again."
    events = read_article_events({"events": [{"type": "AGREE", "actor": "A", "actor_country": None, "target": None,
                                              "target_country": None, "trigger": "agreed", "occurrence": 1}]}, text)
    assert (events[0].start, events[0].end) == (18, 24)


def test_igo_can_be_read_as_null():
    gold = [GoldArticleEvent("SANCTION", 0, 7, "China", "CHN", "European Union", "IGO")]
    events = [_event("SANCTION", 0, 7, (0, 40), "CHN", None)]
    assert score_article_events(gold, events).target_country.right == 0
    assert score_article_events(gold, events, as_null={"IGO"}).target_country.right == 1
