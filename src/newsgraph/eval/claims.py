"""Claim-status scorer used by ``bench/claims.py`` and the tests (the metrics the hidden evaluation
uses), and the reader of the sample articles' gold claims (``samples/gold/*.json``).

Gold: per article, a list of checked sentences or clauses ``{text, status, source}`` (``source`` is
a name or null). Each gold claim is located in the article text (in order, so repeated sentences
map to successive occurrences) unless it carries ``start``/``end`` already.

Metrics, all over gold claims (the "checked sentences"):

- a gold claim is *matched* to the predicted claim overlapping it most, provided the overlap covers
  at least half of the gold claim or half of the prediction; several gold clauses may match one
  predicted sentence. An unmatched gold claim counts as wrong on every metric;
- status accuracy: matched and the same status;
- source accuracy: matched and the same source: both null, or the predicted source mention overlaps
  the gold one (when the gold gives where the source is named), or names that match. Names match when
  the content words of one (no stop words, no courtesy titles, no possessive 's) are all found in
  the other, words being equal or one a prefix of the other with at least five letters in common
  ("Belarus"/"Belarusian", "minister"/"ministers"). No other leniency: "Moscow", "Russia" and "the
  Kremlin" are three different sources to this scorer;
- both right: status and source right together — the target figure;
- spurious: predicted claims that no gold claim matches (reported for information: a gold file
  lists what was checked, not necessarily every claim).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..errors import InputError

STATUSES = ("quoted", "attributed", "unattributed")
MIN_SHARE = 0.5
MIN_PREFIX = 5
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # "U.N.", "U.S.": one word, though its letters are single


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One checked sentence or clause."""

    start: int
    end: int
    text: str
    status: str
    source: str | None
    source_spans: tuple[tuple[int, int], ...] = ()  # where the text names the source, when known


@dataclass(frozen=True, slots=True)
class PredictedClaim:
    """What the scorer needs of a prediction (a ``newsgraph.types.Claim`` has all of it)."""

    start: int
    end: int
    status: str
    source: str | None
    source_start: int | None = None
    source_end: int | None = None

    @classmethod
    def from_claim(cls, claim) -> "PredictedClaim":
        source = claim.source
        if source is None:
            return cls(claim.start, claim.end, claim.status, None)
        return cls(claim.start, claim.end, claim.status, source.name, source.start, source.end)


@dataclass
class ClaimScores:
    """Counts behind the metrics; add articles with ``+=``."""

    gold: int = 0
    matched: int = 0
    status_right: int = 0
    source_right: int = 0
    both_right: int = 0
    predicted: int = 0
    spurious: int = 0
    articles: int = 0
    unlocated: int = 0  # gold claims whose text was not found in the article
    confusion: Counter = field(default_factory=Counter)  # (gold status, predicted status or "missed")
    errors: list = field(default_factory=list)  # (article, gold, predicted or None) when not both right

    def __iadd__(self, other: "ClaimScores") -> "ClaimScores":
        for name in ("gold", "matched", "status_right", "source_right", "both_right", "predicted", "spurious", "articles", "unlocated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.confusion.update(other.confusion)
        self.errors.extend(other.errors)
        return self

    def _share(self, count: int) -> float:
        return count / self.gold if self.gold else 0.0

    @property
    def status_accuracy(self) -> float:
        return self._share(self.status_right)

    @property
    def source_accuracy(self) -> float:
        return self._share(self.source_right)

    @property
    def both_accuracy(self) -> float:
        return self._share(self.both_right)

    @property
    def match_rate(self) -> float:
        return self._share(self.matched)


# --------------------------------------------------------------------------- gold


def locate(text: str, snippets: Sequence[str]) -> list[tuple[int, int] | None]:
    """Offsets of each snippet in ``text``, searching onwards from the previous one first."""
    found: list[tuple[int, int] | None] = []
    cursor = 0
    for snippet in snippets:
        snippet = snippet.strip()
        at = text.find(snippet, cursor) if snippet else -1
        if at == -1 and snippet:
            at = text.find(snippet)
        if at == -1:
            found.append(None)
            continue
        found.append((at, at + len(snippet)))
        cursor = at + len(snippet)
    return found


def read_gold(path: Path | str, text: str) -> tuple[list[GoldClaim], int]:
    """The gold claims of one article (``claims`` of a sample gold file), and how many were not found."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: unreadable gold file ({error})") from None
    items = data.get("claims") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError(f"{path}: no list of claims")
    positions = locate(text, [str(item.get("text", "")) for item in items])
    claims, missing = [], 0
    for item, position in zip(items, positions):
        status = item.get("status")
        if status not in STATUSES:
            raise InputError(f"{path}: claim status {status!r} is not one of {', '.join(STATUSES)}")
        if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            position = (item["start"], item["end"])
        if position is None:
            missing += 1
            continue
        source = item.get("source")
        if isinstance(source, dict):
            source = source.get("name")
        claims.append(GoldClaim(position[0], position[1], text[position[0] : position[1]], status, source or None))
    return claims, missing


# --------------------------------------------------------------------------- matching


def _words(name: str) -> list[str]:
    """The content words of a name; a dotted abbreviation is one word ("the U.N." → "un"), kept
    even when it spells a stop word ("U.S." → "us")."""
    words = [a.replace(".", "") for a in _ABBREVIATION.findall(name.lower())]
    for word in _WORD.findall(_ABBREVIATION.sub(" ", name.lower())):
        word = re.sub(r"['’]s$", "", word)
        if len(word) > 1 and word not in STOP_WORDS and word not in _COURTESY_TITLES:
            words.append(word)
    return words


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_PREFIX and long.startswith(short)


def names_match(gold: str | None, predicted: str | None) -> bool:
    """The source rule (see the module docstring)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold_words, predicted_words = _words(gold), _words(predicted)
    if not gold_words or not predicted_words:
        return gold.strip().lower() == predicted.strip().lower()

    def within(small: list[str], big: list[str]) -> bool:
        return all(any(_same_word(word, other) for other in big) for word in small)

    return within(gold_words, predicted_words) or within(predicted_words, gold_words)


def source_right(gold: GoldClaim, predicted: PredictedClaim) -> bool:
    """The source rule: both null; or the mentions overlap; or the names match."""
    if gold.source is None or predicted.source is None:
        return gold.source is None and predicted.source is None
    if predicted.source_start is not None and predicted.source_end is not None:
        if any(min(e, predicted.source_end) > max(s, predicted.source_start) for s, e in gold.source_spans):
            return True
    return names_match(gold.source, predicted.source)


def best_match(gold: GoldClaim, predicted: Sequence[PredictedClaim]) -> PredictedClaim | None:
    """The prediction overlapping ``gold`` most, if the overlap is large enough to count."""
    best, best_overlap = None, 0
    for claim in predicted:
        overlap = min(gold.end, claim.end) - max(gold.start, claim.start)
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    if best is None:
        return None
    if best_overlap >= MIN_SHARE * (gold.end - gold.start) or best_overlap >= MIN_SHARE * (best.end - best.start):
        return best
    return None


def score_article(gold: Sequence[GoldClaim], predicted: Sequence[PredictedClaim], name: str = "") -> ClaimScores:
    """Score one article's predicted claims against its gold claims."""
    scores = ClaimScores(gold=len(gold), predicted=len(predicted), articles=1)
    used: set[int] = set()
    for claim in gold:
        match = best_match(claim, predicted)
        if match is None:
            scores.confusion[(claim.status, "missed")] += 1
            scores.errors.append((name, claim, None))
            continue
        used.add(id(match))
        scores.matched += 1
        status_ok = match.status == claim.status
        source_ok = source_right(claim, match)
        scores.status_right += status_ok
        scores.source_right += source_ok
        scores.both_right += status_ok and source_ok
        scores.confusion[(claim.status, match.status)] += 1
        if not (status_ok and source_ok):
            scores.errors.append((name, claim, match))
    scores.spurious = sum(1 for claim in predicted if id(claim) not in used)
    return scores


def score(pairs: Iterable[tuple[str, Sequence[GoldClaim], Sequence[PredictedClaim]]]) -> ClaimScores:
    """Micro-averaged scores over (name, gold, predicted) triples."""
    total = ClaimScores()
    for name, gold, predicted in pairs:
        total += score_article(gold, predicted, name)
    return total


# --------------------------------------------------------------------------- PolNeAR


def polnear_gold(article, sentences: Iterable[tuple[int, int]], quote_share) -> list[GoldClaim]:
    """Sentence-level claim gold derived from PolNeAR attribution relations (a proxy, see below).

    ``article`` is an ``eval.attribution.GoldArticle``; ``sentences`` the (start, end) of each
    sentence to check; ``quote_share(start, end)`` the share of a span inside quote marks. A
    sentence whose characters are at least half covered by the content of relations with a source
    is ``attributed`` to the source of the relation covering most of it — ``quoted`` when that
    content is a verbatim quotation (nine tenths inside quote marks, or opening with one) — and
    ``unattributed`` when no relation covers it. Sentences mostly covered by relations without a
    source are left out: PolNeAR does not say who stands behind them.

    The quote-mark share is taken over the content pieces inside the sentence, not over their hull:
    a hull would count the frame between two pieces ("…bigger than him,” said Devine. “We…") as
    unquoted content and call a verbatim quotation ``attributed`` (it did so for 44 of the 75
    sentences of PolNeAR train's first 200 articles where the claim extractor said ``quoted`` and
    the gold ``attributed``).

    PolNeAR is broader than newsgraph's notion: it also annotates beliefs, intentions and plans
    ("Trump wants to…"), so this gold marks some sentences attributed that newsgraph, following
    the issue's definition, reports as the writer's.
    """
    text = article.text
    claims = []
    for start, end in sentences:
        length = end - start
        if length <= 0:
            continue
        best, best_cover, sourceless = None, 0, 0
        for attribution in article.attributions:
            cover = sum(max(0, min(b, end) - max(a, start)) for a, b in attribution.pieces)
            if not cover:
                continue
            if not attribution.sources:
                sourceless = max(sourceless, cover)
            elif cover > best_cover:
                best, best_cover = attribution, cover
        if best is not None and best_cover >= MIN_SHARE * length:
            # the content pieces inside the sentence, not their hull: in "“…bigger than him,” said
            # Devine. “We want…”" the frame between two pieces is not unquoted content
            pieces = [(max(start, a), min(end, b)) for a, b in best.pieces if a < end and start < b]
            content_length = sum(b - a for a, b in pieces)
            share = sum(quote_share(a, b) * (b - a) for a, b in pieces) / max(1, content_length)
            a = min(a for a, _ in pieces)
            while a < end and text[a].isspace():
                a += 1
            quoted = share >= 0.9 or (share >= 0.6 and text[a] in "“\"‘«„'")
            name = " ".join(text[s:e] for s, e in best.sources)
            claims.append(GoldClaim(start, end, text[start:end], "quoted" if quoted else "attributed", name, best.sources))
        elif sourceless >= MIN_SHARE * length:
            continue
        else:
            claims.append(GoldClaim(start, end, text[start:end], "unattributed", None))
    return claims


def clause_agreements(article, gold: Sequence[GoldClaim], predicted: Sequence[PredictedClaim]) -> int:
    """How many sentences ``polnear_gold`` calls ``unattributed`` only because a relation's content
    is under half of them, while the prediction matched to the sentence *is* that relation: at
    least half of the predicted claim inside the relation's content, and its source the relation's
    ("Making the rounds on the Sunday shows, Carson said he was facing scrutiny"). Reported beside
    the scores as the share of disagreement that is the sentence-level proxy's, not the
    extractor's; the scores themselves are not changed."""
    text = article.text
    count = 0
    for claim in gold:
        match = best_match(claim, predicted)
        if claim.status != "unattributed" or match is None or match.status == "unattributed" or match.source is None:
            continue
        for relation in article.attributions:
            if not relation.sources or not any(min(b, claim.end) > max(a, claim.start) for a, b in relation.pieces):
                continue
            inside = sum(max(0, min(b, match.end) - max(a, match.start)) for a, b in relation.pieces)
            source = GoldClaim(claim.start, claim.end, claim.text, "attributed", " ".join(text[a:b] for a, b in relation.sources), relation.sources)
            if inside * 2 >= match.end - match.start and source_right(source, match):
                count += 1
                break
    return count
