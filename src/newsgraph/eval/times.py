"""Scorers for time expressions and quantities, used by ``bench/times.py`` and the tests (the
metrics the hidden evaluations use), and the readers of their gold.

Gold comes from two places:

- the sample articles' ``times`` (``samples/gold/*.json``, annotated by the samples' author with the
  rules of samples/README.md): ``{text, value, end_value?, occurrence?}``;
- newsgraph's own development set, ``bench/times_gold.jsonl``: one invented news passage per line,
  ``{id, published, text, times: [...], quantities: [{text, value, unit, approximate, occurrence?}]}``;
- the blind set ``bench/times_blind.jsonl`` (bench/times_blind.md): one line per article of the blind
  sets bench/unseen..unseen5, ``{set, article, published, times, quantities}``, whose text stays in
  ``bench/<set>/<article>.txt`` (the research-only texts are not copied into the gold).

A gold ``text`` is located in its article as samples/README.md defines: a unique substring, or the
``occurrence``-th (0-based) of its occurrences.

Time metrics:

- only predictions of the annotated kinds count: ``exact``, ``relative`` and ``range``. The
  annotation rules leave out durations ("for three weeks") and expressions no date can be given to
  ("six years later", "since then"), which newsgraph reports as ``duration`` and ``unresolved``;
- a prediction *matches* a gold expression when their character overlap covers at least half of
  either (so "on Friday" and "Friday" match); matching is one-to-one, largest overlaps first;
- detection precision / recall / F1 over those matches; strict F1 counts only identical spans;
- value accuracy over matched pairs: the same ``value`` and the same ``end_value`` (absent and null
  are the same);
- end-to-end precision / recall / F1: a true positive is a match whose value is right — the
  target figure.

Quantity metrics: matching as above over every predicted quantity; a match is right when its value
is within 0.1% of the gold value (``approx``-equal for fractions given to four places), its unit
equal after case folding and dropping a plural "s" ("troops" = "troop"; null = null), and its
``approximate`` flag the same. Detection P/R/F1, value / unit / approximate accuracy over matches,
and end-to-end P/R/F1 where a true positive is a match right on all three.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MIN_COVER = 0.5
SCORED_TIME_TYPES = frozenset({"exact", "relative", "range"})


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class GoldTime:
    start: int
    end: int
    text: str
    value: str | None
    end_value: str | None = None


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    approximate: bool


@dataclass(frozen=True, slots=True)
class DevItem:
    """One passage of the development set, with its gold."""

    id: str
    published: str | None
    text: str
    times: tuple[GoldTime, ...]
    quantities: tuple[GoldQuantity, ...]


# --------------------------------------------------------------------------- gold


def locate(text: str, needle: str, occurrence: int | None = None) -> tuple[int, int] | None:
    """Where a gold string lies: the only occurrence, or the ``occurrence``-th (0-based)."""
    starts, position = [], text.find(needle)
    while position != -1 and needle:
        starts.append(position)
        position = text.find(needle, position + 1)
    if not starts:
        return None
    index = occurrence or 0
    if index >= len(starts):
        return None
    return starts[index], starts[index] + len(needle)


def _gold_times(items: Iterable[dict], text: str, where: str) -> tuple[GoldTime, ...]:
    found = []
    for item in items:
        span = locate(text, str(item.get("text", "")), item.get("occurrence"))
        if span is None:
            raise InputError(f"{where}: gold time {item.get('text')!r} is not in the text")
        found.append(GoldTime(span[0], span[1], text[span[0] : span[1]], item.get("value"), item.get("end_value")))
    return tuple(sorted(found, key=lambda g: g.start))


def _gold_quantities(items: Iterable[dict], text: str, where: str) -> tuple[GoldQuantity, ...]:
    found = []
    for item in items:
        span = locate(text, str(item.get("text", "")), item.get("occurrence"))
        if span is None:
            raise InputError(f"{where}: gold quantity {item.get('text')!r} is not in the text")
        value = item.get("value")
        found.append(
            GoldQuantity(span[0], span[1], text[span[0] : span[1]], None if value is None else float(value), item.get("unit"), bool(item.get("approximate", False)))
        )
    return tuple(sorted(found, key=lambda g: g.start))


def read_sample_times(gold_path: Path | str, text: str) -> tuple[GoldTime, ...]:
    """The ``times`` of a sample article's gold file."""
    gold_path = Path(gold_path)
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{gold_path}: unreadable gold file ({error})") from None
    return _gold_times(data.get("times") or [], text, str(gold_path))


def _json_lines(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) of a JSON-lines gold file; a clear error for an unreadable file or line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"{path}: unreadable ({error})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except ValueError as error:
            raise InputError(f"{path}:{number}: not JSON ({error})") from None


def read_dev_set(path: Path | str) -> list[DevItem]:
    """The development set: one JSON object per line."""
    path = Path(path)
    items = []
    for number, data in _json_lines(path):
        where = f"{path}:{number}"
        text = data["text"]
        items.append(
            DevItem(
                id=str(data.get("id", number)),
                published=data.get("published"),
                text=text,
                times=_gold_times(data.get("times") or [], text, where),
                quantities=_gold_quantities(data.get("quantities") or [], text, where),
            )
        )
    return items


@dataclass(frozen=True, slots=True)
class BlindItem:
    """One article of the blind set, with its gold and its text (read from its set's folder)."""

    set: str
    article: str
    published: str | None
    text: str
    times: tuple[GoldTime, ...]
    quantities: tuple[GoldQuantity, ...]


def read_blind_set(path: Path | str, sets_root: Path | str) -> list[BlindItem]:
    """The blind set: one JSON object per line naming an article under ``sets_root/<set>/``.
    Articles whose text is absent (a set folder not checked out) are left out, not an error: the
    gold is kept apart from the texts so that it can be shared without them."""
    path, sets_root = Path(path), Path(sets_root)
    items = []
    for number, data in _json_lines(path):
        text_path = sets_root / str(data["set"]) / f"{data['article']}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        where = f"{path}:{number} ({data['set']}/{data['article']})"
        items.append(
            BlindItem(
                set=str(data["set"]),
                article=str(data["article"]),
                published=data.get("published"),
                text=text,
                times=_gold_times(data.get("times") or [], text, where),
                quantities=_gold_quantities(data.get("quantities") or [], text, where),
            )
        )
    return items


# --------------------------------------------------------------------------- matching


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match_spans(gold: Sequence, predicted: Sequence) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose overlap covers at least half of either
    span, the largest overlaps first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            shared = _overlap(g.start, g.end, p.start, p.end)
            if shared and (shared >= MIN_COVER * (g.end - g.start) or shared >= MIN_COVER * (p.end - p.start)):
                pairs.append((shared, -abs(g.start - p.start), i, j))
    pairs.sort(reverse=True)
    used_gold, used_predicted, matched = set(), set(), []
    for _, _, i, j in pairs:
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        matched.append((i, j))
    return sorted(matched)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# --------------------------------------------------------------------------- times


@dataclass(slots=True)
class TimeScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact_spans: int = 0
    value_right: int = 0

    def __iadd__(self, other: "TimeScores") -> "TimeScores":
        for name in ("gold", "predicted", "matched", "exact_spans", "value_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def precision(self) -> float:
        return _share(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def strict_f1(self) -> float:
        return _f1(_share(self.exact_spans, self.predicted), _share(self.exact_spans, self.gold))

    @property
    def value_accuracy(self) -> float:
        return _share(self.value_right, self.matched)

    @property
    def end_to_end_precision(self) -> float:
        return _share(self.value_right, self.predicted)

    @property
    def end_to_end_recall(self) -> float:
        return _share(self.value_right, self.gold)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(self.end_to_end_precision, self.end_to_end_recall)


def score_times(gold: Sequence[GoldTime], predicted: Sequence) -> TimeScores:
    """Score ``TimeExpr``-like predictions (``start``, ``end``, ``value``, ``end_value``, ``type``)."""
    scored = [p for p in predicted if p.type in SCORED_TIME_TYPES]
    scores = TimeScores(gold=len(gold), predicted=len(scored))
    for i, j in match_spans(gold, scored):
        g, p = gold[i], scored[j]
        scores.matched += 1
        scores.exact_spans += (g.start, g.end) == (p.start, p.end)
        scores.value_right += g.value == p.value and (g.end_value or None) == (p.end_value or None)
    return scores


def time_errors(gold: Sequence[GoldTime], predicted: Sequence) -> list[str]:
    """Readable differences, for looking at what a run got wrong."""
    scored = [p for p in predicted if p.type in SCORED_TIME_TYPES]
    pairs = match_spans(gold, scored)
    lines = []
    matched_gold, matched_predicted = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold[i], scored[j]
        if g.value != p.value or (g.end_value or None) != (p.end_value or None):
            lines.append(f"value   {g.text!r}: gold {g.value} {g.end_value or ''} / got {p.value} {p.end_value or ''}")
    lines += [f"missed  {gold[i].text!r} ({gold[i].value})" for i in range(len(gold)) if i not in matched_gold]
    lines += [f"extra   {scored[j].text!r} ({scored[j].value})" for j in range(len(scored)) if j not in matched_predicted]
    return lines


# --------------------------------------------------------------------------- quantities


def _unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    key = unit.casefold().strip()
    return key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key


def value_close(gold: float | None, predicted: float | None) -> bool:
    if gold is None or predicted is None:
        return gold is predicted
    return math.isclose(gold, predicted, rel_tol=1e-3, abs_tol=1e-4)


@dataclass(slots=True)
class QuantityScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value_right: int = 0
    unit_right: int = 0
    approximate_right: int = 0
    all_right: int = 0

    def __iadd__(self, other: "QuantityScores") -> "QuantityScores":
        for name in ("gold", "predicted", "matched", "value_right", "unit_right", "approximate_right", "all_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def precision(self) -> float:
        return _share(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def value_accuracy(self) -> float:
        return _share(self.value_right, self.matched)

    @property
    def unit_accuracy(self) -> float:
        return _share(self.unit_right, self.matched)

    @property
    def approximate_accuracy(self) -> float:
        return _share(self.approximate_right, self.matched)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(_share(self.all_right, self.predicted), _share(self.all_right, self.gold))


def score_quantities(gold: Sequence[GoldQuantity], predicted: Sequence) -> QuantityScores:
    """Score ``Quantity``-like predictions (``start``, ``end``, ``value``, ``unit``, ``approximate``)."""
    scores = QuantityScores(gold=len(gold), predicted=len(predicted))
    for i, j in match_spans(gold, predicted):
        g, p = gold[i], predicted[j]
        value = value_close(g.value, p.value)
        unit = _unit_key(g.unit) == _unit_key(p.unit)
        approximate = g.approximate == p.approximate
        scores.matched += 1
        scores.value_right += value
        scores.unit_right += unit
        scores.approximate_right += approximate
        scores.all_right += value and unit and approximate
    return scores


def quantity_errors(gold: Sequence[GoldQuantity], predicted: Sequence) -> list[str]:
    pairs = match_spans(gold, predicted)
    lines = []
    matched_gold, matched_predicted = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        if not (value_close(g.value, p.value) and _unit_key(g.unit) == _unit_key(p.unit) and g.approximate == p.approximate):
            lines.append(f"wrong   {g.text!r}: gold {g.value} {g.unit} {g.approximate} / got {p.text!r} {p.value} {p.unit} {p.approximate}")
    lines += [f"missed  {gold[i].text!r}" for i in range(len(gold)) if i not in matched_gold]
    lines += [f"extra   {predicted[j].text!r}" for j in range(len(predicted)) if j not in matched_predicted]
    return lines
