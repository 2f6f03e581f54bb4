"""The SemEval-2020 Task 11 span scorer, for persuasion-technique spans with partial credit.

A predicted span ``s`` earns ``|s ∩ t| / |s|`` of precision for every gold span ``t`` it overlaps,
a gold span ``t`` earns ``|s ∩ t| / |t|`` of recall for every predicted span ``s`` that overlaps it;
the sums over the whole collection are divided by the number of predicted spans and of gold spans
respectively (Da San Martino et al., SemEval-2020 Task 11):

    P = Σ_{s,t} |s∩t| / |s|  /  |S|        R = Σ_{s,t} |s∩t| / |t|  /  |T|

- **Span identification (SI)** ignores the labels: within each article, overlapping spans are merged
  first (on both sides), as the official task-1 scorer does, so one stretch of text counts once.
- **Technique-aware** scoring counts overlap only between spans of the same technique; overlapping
  spans of one technique are merged (per article, per technique), so each span's share stays ≤ 1.

Spans are ``(article_id, technique, start, end)`` with character offsets, end exclusive. The
every-sentence baseline the benchmark reports beside the model is :func:`every_sentence_baseline`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SpanRecord = tuple[str, str, int, int]  # (article_id, technique, start, end)


@dataclass(frozen=True)
class SpanScore:
    """Precision, recall and F1 with the counts they come from."""

    precision: float
    recall: float
    f1: float
    predicted: int  # spans in the denominator of precision (after merging)
    gold: int  # spans in the denominator of recall (after merging)

    def as_row(self) -> list:
        return [self.precision, self.recall, self.f1, self.predicted, self.gold]


def merge_intervals(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping ``[start, end)`` intervals; touching ones (end == next start) stay apart.

    Empty intervals are dropped: they cover no character and the formula would divide by zero.
    """
    merged: list[list[int]] = []
    for start, end in sorted((a, b) for a, b in intervals if b > a):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _overlap_sums(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[float, float]:
    """Σ |s∩t|/|s| and Σ |s∩t|/|t| over every pair, both lists sorted and merged (a linear sweep)."""
    precision_sum = recall_sum = 0.0
    j0 = 0
    for s_start, s_end in predicted:
        while j0 < len(gold) and gold[j0][1] <= s_start:
            j0 += 1
        j = j0
        while j < len(gold) and gold[j][0] < s_end:
            t_start, t_end = gold[j]
            overlap = min(s_end, t_end) - max(s_start, t_start)
            if overlap > 0:
                precision_sum += overlap / (s_end - s_start)
                recall_sum += overlap / (t_end - t_start)
            j += 1
    return precision_sum, recall_sum


def _group(spans: Iterable[SpanRecord], by_technique: bool) -> dict[tuple, list[tuple[int, int]]]:
    groups: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for article, technique, start, end in spans:
        groups[(article, technique) if by_technique else (article,)].append((int(start), int(end)))
    return {key: merge_intervals(value) for key, value in groups.items()}


def _score(predicted: dict, gold: dict) -> SpanScore:
    n_predicted = sum(len(v) for v in predicted.values())
    n_gold = sum(len(v) for v in gold.values())
    precision_sum = recall_sum = 0.0
    for key, spans in predicted.items():
        p, r = _overlap_sums(spans, gold.get(key, []))
        precision_sum += p
        recall_sum += r
    precision = precision_sum / n_predicted if n_predicted else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return SpanScore(precision, recall, f1, n_predicted, n_gold)


def score_si(predicted: Iterable[SpanRecord], gold: Iterable[SpanRecord]) -> SpanScore:
    """Span identification: labels ignored, overlapping spans merged per article."""
    return _score(_group(predicted, False), _group(gold, False))


def score_technique_aware(predicted: Iterable[SpanRecord], gold: Iterable[SpanRecord], technique: str | None = None) -> SpanScore:
    """Overlap counted only between spans of the same technique (one technique only, if named)."""
    predicted, gold = list(predicted), list(gold)
    if technique is not None:
        predicted = [s for s in predicted if s[1] == technique]
        gold = [s for s in gold if s[1] == technique]
    return _score(_group(predicted, True), _group(gold, True))


def per_technique(predicted: Iterable[SpanRecord], gold: Iterable[SpanRecord], techniques: Iterable[str]) -> dict[str, SpanScore]:
    """Technique-aware scores for each technique on its own."""
    predicted, gold = list(predicted), list(gold)
    return {name: score_technique_aware(predicted, gold, name) for name in techniques}


def every_sentence_baseline(sentences: Mapping[str, Iterable[tuple[int, int]]], label: str) -> list[SpanRecord]:
    """The trivial baseline: every sentence of every article is one span of ``label``.

    ``sentences`` maps an article id to its sentence ``(start, end)`` offsets (blank ones are skipped).
    """
    return [(article, label, start, end) for article, bounds in sentences.items() for start, end in bounds if end > start]


def read_labels(path, techniques: Iterable[str] | None = None) -> list[SpanRecord]:
    """Read a PTC ``*-TC.labels`` file: ``article_id<TAB>technique<TAB>start<TAB>end`` per line."""
    from ..errors import InputError

    known = set(techniques) if techniques is not None else None
    records: list[SpanRecord] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4:
                raise InputError(f"{path}:{number}: expected 4 tab-separated fields (article, technique, start, end)")
            article, technique, start, end = fields
            if known is not None and technique not in known:
                raise InputError(f"{path}:{number}: unknown technique {technique!r}")
            try:
                records.append((article, technique, int(start), int(end)))
            except ValueError:
                raise InputError(f"{path}:{number}: start and end must be integers") from None
    return records
