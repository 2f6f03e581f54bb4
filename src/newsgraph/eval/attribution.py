"""PolNeAR reader and the quote-attribution scorer used by ``bench/quotes.py`` and the tests.

PolNeAR (Newell, Margolin & Ruths, "An attribution relations corpus for political news", LREC
2018) annotates attribution relations in 2016 US political news as BRAT standoff: ``T`` lines are
``Source``/``Cue``/``Content`` spans (possibly discontinuous, ``start end;start end``), ``E`` lines
tie them into one relation. Some articles were annotated by several people; the scorer uses one
annotation per article, the first ``.ann`` file in sorted order, so every run sees the same gold.

The metrics (the same ones the hidden evaluations use):

- a predicted quote *matches* a gold Content when their character overlap covers at least half
  of each; a discontinuous gold Content is merged to its hull first; matching is one-to-one
  (greedy, best-covered pairs first);
- content precision / recall / F1 over those matches;
- speaker accuracy over matched pairs: right when the predicted speaker mention overlaps the gold
  Source, or the predicted speaker name shares a content word with it; a gold relation without a
  Source counts as right whatever was predicted (there is nothing to be wrong about);
- end-to-end precision / recall / F1: a true positive is a match whose speaker is right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..errors import InputError

MIN_COVER = 0.5  # the overlap must cover at least this share of the prediction and of the gold

# Courtesy titles are not evidence that two names refer to the same person ("Mr. Trump", "Mr. Obama").
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam"})
_ANN_LINE = re.compile(r"[TE]\d+\t")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution relation: its content (hull of its pieces), source and cue spans."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    sources: tuple[tuple[int, int], ...] = ()
    cues: tuple[tuple[int, int], ...] = ()
    relation: str = "Attribution"  # or "Attribution-no-source"
    speaker_name: str | None = None  # gold that names its speaker instead of marking its mention

    @property
    def has_source(self) -> bool:
        return bool(self.sources) or bool(self.speaker_name)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One PolNeAR article: its text and the attributions of the annotator the scorer uses."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    annotator: str = ""


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    """What the scorer needs of a prediction: its content span and its speaker (mention + name)."""

    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None

    @classmethod
    def from_quote(cls, quote) -> "PredictedQuote":
        """From a ``newsgraph.types.Quote``."""
        speaker = quote.speaker
        if speaker is None:
            return cls(quote.start, quote.end)
        return cls(quote.start, quote.end, speaker.start, speaker.end, speaker.name)


@dataclass(slots=True)
class Scores:
    """Counts behind the metrics; add several articles' scores with ``+=``."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0  # matched pairs whose speaker is right (or whose gold has no source)
    articles: int = 0
    _pairs: list = field(default_factory=list, repr=False)

    def __iadd__(self, other: "Scores") -> "Scores":
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.speaker_right += other.speaker_right
        self.articles += other.articles
        self._pairs.extend(other._pairs)
        return self

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def end_to_end_precision(self) -> float:
        return self.speaker_right / self.predicted if self.predicted else 0.0

    @property
    def end_to_end_recall(self) -> float:
        return self.speaker_right / self.gold if self.gold else 0.0

    @property
    def end_to_end_f1(self) -> float:
        return _f1(self.end_to_end_precision, self.end_to_end_recall)

    @property
    def pairs(self) -> list[tuple[GoldAttribution, PredictedQuote, bool]]:
        """The matched (gold, prediction, speaker right) triples, for error analysis."""
        return self._pairs

    def as_dict(self) -> dict[str, float | int]:
        return {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "speaker_accuracy": self.speaker_accuracy,
            "end_to_end_precision": self.end_to_end_precision,
            "end_to_end_recall": self.end_to_end_recall,
            "end_to_end_f1": self.end_to_end_f1,
        }


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --------------------------------------------------------------------------- reading


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """The attribution relations of one BRAT ``.ann`` file, in content order.

    Every ``E`` relation with a ``Content`` (or ``Content2``) argument gives one gold attribution
    per content argument; relations without content are not quotes and are skipped.
    """
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    relations: list[tuple[str, list[tuple[str, str]]]] = []
    for number, line in enumerate(ann.split("\n"), 1):
        if not _ANN_LINE.match(line):
            continue  # blank, a note, or the continuation of a span text that held a line break
        fields = line.rstrip("\r").split("\t")
        ident = fields[0]
        try:
            if ident.startswith("T"):
                label, _, ranges = fields[1].partition(" ")
                pieces = tuple(tuple(int(x) for x in piece.split()) for piece in ranges.split(";"))
                if any(len(p) != 2 or p[0] > p[1] for p in pieces):
                    raise ValueError(ranges)
                spans[ident] = (label, tuple(sorted(pieces)))  # type: ignore[arg-type]
            elif ident.startswith("E"):
                head, *arguments = fields[1].split()
                relation = head.split(":", 1)[0]
                relations.append((relation, [tuple(a.split(":", 1)) for a in arguments]))  # type: ignore[misc]
        except (IndexError, ValueError) as error:
            raise InputError(f"line {number}: not a BRAT standoff line: {line[:60]!r}") from error

    gold: list[GoldAttribution] = []
    for relation, arguments in relations:
        def pieces_of(role_prefix: str) -> list[tuple[tuple[int, int], ...]]:
            return [spans[ref][1] for role, ref in arguments if role.rstrip("0123456789") == role_prefix and ref in spans]

        sources = tuple(p for pieces in pieces_of("Source") for p in pieces)
        cues = tuple(p for pieces in pieces_of("Cue") for p in pieces)
        for content in pieces_of("Content"):
            gold.append(
                GoldAttribution(
                    start=min(a for a, _ in content),
                    end=max(b for _, b in content),
                    pieces=content,
                    sources=sources,
                    cues=cues,
                    relation=relation,
                )
            )
    gold.sort(key=lambda g: (g.start, g.end))
    return tuple(gold)


def read_split(root: Path | str, split: str, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one PolNeAR split (``train``, ``dev``...), each with its first annotation."""
    directory = Path(root) / split
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{directory}: not a PolNeAR split (expected text/ and attributions/)")
    first_annotation: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        article, _, _annotator = path.stem.rpartition("_")
        first_annotation.setdefault(article, path)
    articles = []
    for article in sorted(first_annotation)[:limit]:
        ann_path = first_annotation[article]
        text_path = text_dir / f"{article}.txt"
        if not text_path.exists():
            continue
        with open(text_path, encoding="utf-8", newline="") as handle:  # offsets count \r too
            text = handle.read()
        articles.append(
            GoldArticle(
                name=article,
                text=text,
                attributions=parse_ann(ann_path.read_text(encoding="utf-8")),
                annotator=ann_path.stem.rpartition("_")[2],
            )
        )
    return articles


def _locate(text: str, needle: str, occurrence: int | None) -> int:
    """Where the ``occurrence``-th (0-based) hit of ``needle`` starts (samples/README.md rule)."""
    position = text.find(needle)
    for _ in range(occurrence or 0):
        position = text.find(needle, position + 1)
    if position < 0:
        raise InputError(f"gold quote not found in its article: {needle[:60]!r}")
    return position


def read_named_quotes(directory: Path | str) -> list[GoldArticle]:
    """Articles annotated like ``samples/gold/*.json``: quote text (an exact substring, with an
    optional ``occurrence``) and the speaker's *name*, not its offsets. Quotes with a ``speaker_mention``
    also get that mention located in the text when it is unique, but scoring compares names."""
    directory = Path(directory)
    articles = []
    for gold_path in sorted((directory / "gold").glob("*.json")):
        text_path = directory / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        with open(text_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        attributions = []
        for quote in gold.get("quotes", []):
            start = _locate(text, quote["text"], quote.get("occurrence"))
            end = start + len(quote["text"])
            attributions.append(
                GoldAttribution(start=start, end=end, pieces=((start, end),), speaker_name=quote.get("speaker") or None)
            )
        attributions.sort(key=lambda g: (g.start, g.end))
        articles.append(GoldArticle(name=gold_path.stem, text=text, attributions=tuple(attributions)))
    return articles


# --------------------------------------------------------------------------- scoring


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def coverage(gold: GoldAttribution, pred: PredictedQuote) -> float:
    """The smaller of the two shares the overlap covers (of the prediction, of the gold hull)."""
    shared = overlap(gold.start, gold.end, pred.start, pred.end)
    if not shared:
        return 0.0
    return min(shared / max(1, pred.end - pred.start), shared / max(1, gold.end - gold.start))


def match(golds: Sequence[GoldAttribution], preds: Sequence[PredictedQuote], min_cover: float = MIN_COVER) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs whose overlap covers ≥ ``min_cover`` of each.

    Greedy on coverage, best first; with the half-of-each rule two predictions rarely compete for
    one gold, so greedy and optimal assignment agree in practice.
    """
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pred.end <= gold.start or pred.start >= gold.end:
                continue
            cover = coverage(gold, pred)
            if cover >= min_cover:
                candidates.append((-cover, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def content_words(text: str) -> set[str]:
    """Lower-cased words of a name that can identify it: no stop words, no courtesy titles."""
    words = set()
    for word in _WORD.findall(text.lower()):
        word = re.sub(r"['’]s$", "", word)
        if len(word) > 1 and word not in STOP_WORDS and word not in _COURTESY_TITLES:
            words.add(word)
    return words


def speaker_right(gold: GoldAttribution, pred: PredictedQuote, text: str) -> bool:
    """The speaker rule: no gold source, or the mention overlaps it, or the name shares a content word.

    Gold that names its speaker (``speaker_name``, no mention offsets) is compared by name only.
    """
    if not gold.has_source:
        return True
    if pred.speaker_start is None or pred.speaker_end is None:
        return False
    if any(overlap(s, e, pred.speaker_start, pred.speaker_end) for s, e in gold.sources):
        return True
    gold_words = set().union(*(content_words(text[s:e]) for s, e in gold.sources))
    if gold.speaker_name:
        gold_words |= content_words(gold.speaker_name)
    return bool(gold_words & content_words(pred.speaker_name or ""))


def score_article(article: GoldArticle, preds: Iterable[PredictedQuote], min_cover: float = MIN_COVER) -> Scores:
    """Score one article's predictions against its gold attributions."""
    preds = list(preds)
    golds = article.attributions
    scores = Scores(gold=len(golds), predicted=len(preds), articles=1)
    for gi, pi in match(golds, preds, min_cover):
        right = speaker_right(golds[gi], preds[pi], article.text)
        scores.matched += 1
        scores.speaker_right += right
        scores.pairs.append((golds[gi], preds[pi], right))
    return scores


def score(pairs: Iterable[tuple[GoldArticle, Iterable[PredictedQuote]]], min_cover: float = MIN_COVER) -> Scores:
    """Score (article, predictions) pairs; the counts add up over articles (micro-averaged)."""
    total = Scores()
    for article, preds in pairs:
        total += score_article(article, preds, min_cover)
    return total
