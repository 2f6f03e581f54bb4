"""A set of single news sentences (and two-sentence snippets) with gold PLOVER events, for checking
that the event coder's rules hold beyond the development articles.

``sentences.tsv`` holds about 160 sentences in wire-service phrasing (8-16 gold events per PLOVER
type) and 29 negatives with no main event (background, hypotheticals, generic statements, denials);
its header gives the format. ``sentences2.tsv``, a second batch of about 40, was written after the
first batch's fixes, on what the blind census says the coder misses or adds; ``sentences3.tsv``, a
third of about 40, after all round-5 changes, to check them on sentences they were not made on;
``sentences4.tsv``, about 120, for round 6, on the error kinds of the blind census (README.md); ``sentences5.tsv``, about 130, for round 7, on the round-6 census;
``sentences6.tsv``, about 150, for round 8, on the countries of parties, in two alike halves (a fourth column, split A or B):
round 8 read only split A's errors, so split B measures whether its rules carry over; ``sentences7.tsv``, about 125, for round 9,
on the round-8 census (empty targets, parties without a country, missed CONSULT/ACCUSE/THREATEN, spurious types), split the same way.
``python -m bench.events_sentences [-v]`` scores the coder on it;
``python -m bench.events_sentences.ablation`` measures what each precision rule and target heuristic
of ``newsgraph.extract.events`` pays on this set and the three development article sets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
SENTENCES = FOLDER / "sentences.tsv"
# the second batch was written after the first batch's fixes, before any further change
BATCHES = (SENTENCES, FOLDER / "sentences2.tsv", FOLDER / "sentences3.tsv", FOLDER / "sentences4.tsv", FOLDER / "sentences5.tsv",
           FOLDER / "sentences6.tsv", FOLDER / "sentences7.tsv")
PUBLISHED = "2026-12-03"  # the sentences are today's news: "on Tuesday" is this week


@dataclass(frozen=True)
class Item:
    """One text to code, with its gold main events (the gold-file ``events`` list: empty for a negative)."""

    id: str
    text: str
    published: str
    events: list
    batch: str = ""
    split: str = ""  # "A" or "B" in a batch with a split column (sentences6.tsv), else empty

    @property
    def negative(self) -> bool:
        return not self.events


def _gold_event(field: str, line_number: int) -> dict:
    try:
        type_, trigger, roles = field.split()
        actor, target = roles.split(">")
    except ValueError:
        raise SystemExit(f"{SENTENCES.name}:{line_number}: an event is 'TYPE trigger ACTOR>TARGET', not {field!r}") from None
    return {"type": type_, "trigger": trigger, "actor_country": None if actor == "-" else actor,
            "target_country": None if target == "-" else target}


def read_sentences(paths=BATCHES) -> list[Item]:
    """The sentences of the files ``paths`` (format in the first one's header), in file order."""
    return [item for path in paths for item in _read_batch(path)]


def _read_batch(path: Path) -> list[Item]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] not in ("A", "B")):
            raise SystemExit(f"{path.name}:{number}: expected id, events, text and an optional split (A or B) separated by tabs")
        key, events, text = fields[:3]
        gold = [] if events.strip() == "-" else [_gold_event(e.strip(), number) for e in events.split(";")]
        items.append(Item(key, text.replace("\\n", "\n"), PUBLISHED, gold, path.name, fields[3] if len(fields) == 4 else ""))
    return items


def read_articles(folder: Path) -> list[Item]:
    """The articles of a development folder (``*.txt`` with ``gold/<stem>.json``), in name order."""
    items = []
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        items.append(Item(path.stem, path.read_text(encoding="utf-8"), gold["published"], gold["events"]))
    return items
