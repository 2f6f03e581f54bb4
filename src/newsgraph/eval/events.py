"""PLOVER gold-standard and PETRARCH2 unit-test readers, and the event scorer.

Two corpora, both under ``../shared/data`` and never shipped with newsgraph:

- **PLOVER GSR** (``plover-gsr/PLOVER_GSR_CAMEO.txt``): 323 news-style sentences from the CAMEO
  manual, each coded with one PLOVER event, its source and target actors (ISO 3166 alpha-3 or
  PLOVER non-state codes) and a markup of the event words. The file is JSON with trailing commas,
  so the reader strips ``,`` before ``}`` and ``]`` and parses the rest strictly. The markup
  (``(SRC: Libya) has (EVT: offered) to (TAR: Great Britain)``) gives the character spans of
  the event words and actors; where it does not align with the text (a few records are
  hand-edited), the event words are looked up in the text instead.
- **PETRARCH2 unit tests** (``petrarch2-unittest/PETR.UnitTest.records.xml``): stylised
  sentences with expected CAMEO-style codings between fictional (Tolkien) actors whose codes come
  from ``PETR.Validate.actors.txt``.

The GSR predates PLOVER's 2021 merges, so five of its types are not among newsgraph's sixteen.
``GSR_TYPE_MAP`` applies the merges of the CAMEO2PLOVER-2021 table shipped with it (DEMAND →
REQUEST, DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT); DOCUMENT is a file-level
note, not an event, and is skipped.

The metrics (the same ones the hidden evaluations use):

- **event type accuracy** per record: the event newsgraph reports for a record is the
  highest-confidence predicted event whose trigger overlaps a gold event word (ties: the first in
  the text); when no trigger overlaps, the highest-confidence event of the sentence. A record is
  right when that event's type is the gold type (mapped). A record with no predicted event is wrong.
- **source / target country accuracy**: over records whose gold source (target) has a usable
  code, right when the reported event's actor (target) country is one of the gold codes.
- **source / target span accuracy**: over records whose gold actor text is found in the sentence,
  right when the reported event's actor (target) span overlaps one of the gold actor spans.

Whole articles (gold ``events`` of ``samples/gold`` and ``bench/unseen/gold``): a gold main event is
**found** by a predicted event of the same type whose trigger overlaps the gold trigger or lies in
the gold trigger's sentence (one to one); actor and target country accuracy are over found events
(``score_article_events``).
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .attribution import _locate
from ..extract.countries import GAZETTEER, country_code
from ..types import PLOVER_TYPES, Event

# ---------------------------------------------------------------------------- type mappings

# PLOVER 2021 merges (CAMEO2PLOVER-2021.txt): the GSR's older categories in newsgraph's sixteen.
GSR_TYPE_MAP: dict[str, str] = {
    **{t: t for t in PLOVER_TYPES},
    "DEMAND": "REQUEST",  # CAMEO 10 → REQUEST
    "DISAPPROVE": "ACCUSE",  # CAMEO 11 → ACCUSE
    "INVESTIGATE": "ACCUSE",  # CAMEO 09 → ACCUSE (mode "investigate")
    "FIGHT": "ASSAULT",  # CAMEO 19 → ASSAULT
}
SKIPPED_GSR_TYPES = frozenset({"DOCUMENT"})

# The GSR spells three state codes its own way; everything else is ISO 3166 alpha-3 or PLOVER's
# non-state codes (IGO, NGO, IMG, ISM...).
GSR_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

# CAMEO cue categories (first two digits) → PLOVER, after CAMEO2PLOVER-2021. 01 (public
# statement) has no PLOVER event. 02 (appeal) is folded into REQUEST, which in the 2021 ontology
# holds all requests, demands and orders. 08 (yield) is split by its third digit: 080-083 verbal
# concessions (CONCEDE), 084-087 material ones (RETREAT).
CAMEO_ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
CAMEO_RETREAT_SUBCODES = ("084", "085", "086", "087")

# WEIS cue categories (McClelland) → PLOVER. The PETRARCH validation verb dictionary says of
# itself that "most of the codes are WEIS, not CAMEO", so its expected codes are also read this
# way. 02 (comment) has no PLOVER event; 06 (grant) and 10 (propose) are split by subcode below.
WEIS_ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": "CONCEDE", "02": None, "03": "CONSULT", "04": "SUPPORT", "05": "AGREE", "06": "SUPPORT",
    "07": "AID", "08": "AGREE", "09": "REQUEST", "10": "AGREE", "11": "REJECT", "12": "ACCUSE",
    "13": "ACCUSE", "14": "REJECT", "15": "REQUEST", "16": "THREATEN", "17": "THREATEN",
    "18": "PROTEST", "19": "SANCTION", "20": "SANCTION", "21": "COERCE", "22": "ASSAULT",
}
WEIS_SUBCODES: dict[str, str] = {
    "065": "RETREAT",  # suspend negative sanctions
    "066": "RETREAT",  # release or return persons or property
    "063": "AID",  # grant asylum
    "102": "REQUEST",  # urge or suggest action
    "182": "MOBILIZE",  # armed force mobilisation
    "012": "RETREAT",  # yield position, retreat
}


def cameo_to_plover(code: str) -> str | None:
    """The PLOVER type of a CAMEO event code ("064" → COOPERATE), or None (01, unknown roots)."""
    code = code.strip()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    if code[:2] == "08" and code[:3] in CAMEO_RETREAT_SUBCODES:
        return "RETREAT"
    return CAMEO_ROOT_TO_PLOVER.get(code[:2])


def weis_to_plover(code: str) -> str | None:
    """The PLOVER type of a WEIS event code ("122" → ACCUSE), or None (02, unknown roots)."""
    code = code.strip()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    if code[:3] in WEIS_SUBCODES:
        return WEIS_SUBCODES[code[:3]]
    return WEIS_ROOT_TO_PLOVER.get(code[:2])


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None
    spans: tuple[tuple[int, int], ...]  # where the actor text is in the sentence (may be empty)


@dataclass(frozen=True, slots=True)
class GsrRecord:
    """One PLOVER gold-standard record."""

    id: str
    text: str
    gsr_type: str  # as coded in the GSR
    type: str  # in newsgraph's sixteen, after GSR_TYPE_MAP
    event_spans: tuple[tuple[int, int], ...]
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]

    @property
    def in_sixteen(self) -> bool:
        return self.gsr_type in PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    source: str
    target: str
    event_code: str


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One PETRARCH2 unit-test sentence and its expected codings."""

    id: str
    category: str
    text: str  # line breaks of the file joined into spaces
    codings: tuple[PetrarchCoding, ...]
    expects_no_event: bool = False
    error_test: bool = False  # tests the coder's input checks (bad dateline, bad parse), not events


# ---------------------------------------------------------------------------- GSR reader

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_MARK = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC)\s*:\s*")


def split_of(record_id: str) -> str:
    """The fixed half a record belongs to: "dev" (used to inspect errors) or "held-out" (never inspected)."""
    return "dev" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held-out"


def parse_markup(markup: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Strip ``(TAG: ...)`` marks from a GSR markup: (plain text, [(tag, start, end)]).

    Parentheses that are not marks ("(APEC)") stay in the text; marks may nest
    ("(SRC: (EVT: car bomb))").
    """
    out: list[str] = []
    marks: list[tuple[str, int, int]] = []
    stack: list[tuple[str | None, int]] = []
    i = 0
    while i < len(markup):
        match = _MARK.match(markup, i)
        if match:
            stack.append((match.group(1), len("".join(out))))
            i = match.end()
            continue
        char = markup[i]
        if char == "(":
            stack.append((None, -1))
            out.append(char)
        elif char == ")" and stack:
            tag, start = stack.pop()
            if tag is None:
                out.append(char)
            else:
                marks.append((tag, start, len("".join(out))))
        else:
            out.append(char)
        i += 1
    return "".join(out), marks


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def _word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of each word in ``text``, searched in order (for event words the markup cannot place)."""
    spans = []
    position = 0
    lowered = text.lower()
    for word in words:
        word = word.strip(".,;:'\"`()").lower()
        if len(word) < 2:
            continue
        found = re.search(r"\b" + re.escape(word) + r"\b", lowered[position:])
        if found is None:
            found = re.search(r"\b" + re.escape(word) + r"\b", lowered)
            if found is None:
                continue
            start = found.start()
        else:
            start = position + found.start()
        spans.append((start, start + len(word)))
        position = start + len(word)
    return spans


def _actor_spans(text: str, actor_text: str) -> tuple[tuple[int, int], ...]:
    needle = _normalise_space(actor_text)
    if not needle:
        return ()
    start = text.find(needle)
    if start == -1:
        start = text.lower().find(needle.lower())
    return ((start, start + len(needle)),) if start != -1 else ()


def _gold_actors(raw, text: str) -> tuple[GoldActor, ...]:
    if not isinstance(raw, list):
        return ()
    actors = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        code = str(item.get("code") or "").strip().upper() or None
        code = GSR_CODE_FIXES.get(code, code) if code else None
        actor_text = str(item.get("actorText") or "")
        actors.append(GoldActor(_normalise_space(actor_text), code, _actor_spans(text, actor_text)))
    return tuple(actors)


def read_plover_gsr(path: str | Path) -> list[GsrRecord]:
    """The event records of ``PLOVER_GSR_CAMEO.txt`` (a file, or a directory that holds it)."""
    path = Path(path)
    if path.is_dir():
        path = path / "PLOVER_GSR_CAMEO.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read the PLOVER GSR ({error.strerror or error})") from None
    try:
        items = json.loads(_TRAILING_COMMA.sub(r"\1", raw))
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not the PLOVER GSR JSON even with trailing commas removed ({error.msg}, line {error.lineno})") from None
    records = []
    for item in items:
        gsr_type = str(item.get("event", "")).strip()
        text = _normalise_space(str(item.get("text") or ""))
        if gsr_type in SKIPPED_GSR_TYPES or not text:
            continue
        if gsr_type not in GSR_TYPE_MAP:
            raise InputError(f"{path}: record {item.get('id')}: unknown PLOVER type {gsr_type!r}")
        info = item.get("textInfo") or {}
        markup = _normalise_space(str(info.get("markup") or "") if isinstance(info, dict) else str(info))
        plain, marks = parse_markup(markup)
        if _normalise_space(plain) == text and plain == text:
            event_spans = [(s, e) for tag, s, e in marks if tag == "EVT" and e > s]
        else:
            event_spans = _word_spans(text, str(item.get("eventText") or "").split())
        records.append(
            GsrRecord(
                id=str(item["id"]),
                text=text,
                gsr_type=gsr_type,
                type=GSR_TYPE_MAP[gsr_type],
                event_spans=tuple(sorted(event_spans)),
                sources=_gold_actors(item.get("source"), text),
                targets=_gold_actors(item.get("target"), text),
            )
        )
    return records


# ---------------------------------------------------------------------------- PETRARCH readers


def read_petrarch_records(path: str | Path) -> list[PetrarchRecord]:
    """The sentences of ``PETR.UnitTest.records.xml`` (a file, or a directory that holds it)."""
    path = Path(path)
    if path.is_dir():
        path = path / "PETR.UnitTest.records.xml"
    try:
        root = ET.parse(path).getroot()
    except OSError as error:
        raise InputError(f"{path}: cannot read the PETRARCH records ({error.strerror or error})") from None
    except ET.ParseError as error:
        raise InputError(f"{path}: not well-formed XML ({error})") from None
    records = []
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        text = _normalise_space(text_node.text or "") if text_node is not None else ""
        if not text:
            continue
        codings = []
        no_event = error_test = False
        for coding in sentence.findall("EventCoding"):
            attributes = {k.strip(): v for k, v in coding.attrib.items()}
            if "noevents" in attributes:
                no_event = True
            elif "error" in attributes:
                error_test = True
            elif "eventcode" in attributes:
                codings.append(
                    PetrarchCoding(
                        attributes.get("sourcecode", "").strip('"'),
                        attributes.get("targetcode", "").strip('"'),
                        attributes["eventcode"].strip(),
                    )
                )
        records.append(
            PetrarchRecord(
                id=sentence.get("id", ""),
                category=sentence.get("category", ""),
                text=text,
                codings=tuple(codings),
                expects_no_event=no_event and not codings,
                error_test=error_test,
            )
        )
    return records


_ACTOR_CODE = re.compile(r"\[([^\]\s]*)")


def read_petrarch_actors(path: str | Path) -> dict[str, set[str]]:
    """``PETR.Validate.actors.txt`` as {three-letter actor code: the names that code it}.

    Synonym lines (``+MINAS_TIRITH``) join the entry above; names are upper case in the file and
    returned with underscores as spaces ("MINAS TIRITH").
    """
    path = Path(path)
    if path.is_dir():
        path = path / "PETR.Validate.actors.txt"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise InputError(f"{path}: cannot read the PETRARCH actors ({error.strerror or error})") from None
    names: dict[str, set[str]] = {}
    group: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        for code in codes:
            root = code[:3].upper()
            if len(root) == 3 and root.isalpha():
                names.setdefault(root, set()).update(group)

    for line in lines:
        content = line.split("#", 1)[0].rstrip()
        stripped = content.strip()
        if not stripped or stripped.startswith("<"):
            continue
        if stripped.startswith("+"):
            group.append(stripped[1:].split("[")[0].strip().replace("_", " ").strip())
            codes.extend(_ACTOR_CODE.findall(stripped))
            continue
        if stripped.startswith("["):
            codes.extend(_ACTOR_CODE.findall(stripped))
            continue
        flush()
        name = stripped.split("[")[0].strip().replace("_", " ").strip()
        group = [name] if name else []
        codes = _ACTOR_CODE.findall(stripped)
    flush()
    return {code: {n for n in found if n} for code, found in names.items()}


# ---------------------------------------------------------------------------- scoring


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def select_event(events: Sequence[Event], gold_spans: Sequence[tuple[int, int]] = ()) -> Event | None:
    """The event reported for a record: the most confident one whose trigger overlaps a gold event
    word, else the most confident one (ties go to the first in the text)."""
    if not events:
        return None
    overlapping = [e for e in events if any(_overlaps((e.trigger.start, e.trigger.end), span) for span in gold_spans)]
    pool = overlapping or list(events)
    return max(pool, key=lambda e: (e.confidence, -e.trigger.start))


def _usable_code(code: str | None) -> bool:
    return bool(code) and GAZETTEER.is_code(code)


@dataclass
class Tally:
    """Right / total counters for one metric."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class GsrScores:
    """Scores of one set of GSR records."""

    records: int = 0
    type: Tally = field(default_factory=Tally)
    type_any: Tally = field(default_factory=Tally)  # the gold type among any predicted event's types
    no_event: int = 0
    source_country: Tally = field(default_factory=Tally)
    target_country: Tally = field(default_factory=Tally)
    source_span: Tally = field(default_factory=Tally)
    target_span: Tally = field(default_factory=Tally)
    per_type: dict[str, Tally] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted or "-") → count


def score_gsr(records: Iterable[GsrRecord], predict: Callable[[GsrRecord], Sequence[Event]]) -> GsrScores:
    """Score ``predict`` (a record → its events) on GSR records with the metrics in the module doc."""
    scores = GsrScores()
    for record in records:
        events = predict(record)
        chosen = select_event(events, record.event_spans)
        predicted = chosen.type if chosen else None
        scores.records += 1
        scores.type.add(predicted == record.type)
        scores.type_any.add(any(e.type == record.type for e in events))
        scores.no_event += int(chosen is None)
        scores.per_type.setdefault(record.type, Tally()).add(predicted == record.type)
        scores.confusion[(record.type, predicted or "-")] += 1
        for gold, tally_country, tally_span, party in (
            (record.sources, scores.source_country, scores.source_span, chosen.actor if chosen else None),
            (record.targets, scores.target_country, scores.target_span, chosen.target if chosen else None),
        ):
            codes = {a.code for a in gold if _usable_code(a.code)}
            if codes:
                tally_country.add(party is not None and party.country in codes)
            spans = [s for a in gold for s in a.spans]
            if spans:
                tally_span.add(party is not None and party.start is not None and any(_overlaps((party.start, party.end), s) for s in spans))
    return scores


@dataclass
class PetrarchScores:
    """Scores on the PETRARCH2 unit-test records under one code reading (CAMEO or WEIS)."""

    records: int = 0  # records with at least one mappable expected event
    unmappable: int = 0  # records whose expected codes all map to no PLOVER type
    type: Tally = field(default_factory=Tally)
    type_any: Tally = field(default_factory=Tally)
    no_event_records: int = 0
    no_event_quiet: int = 0  # no-event records where newsgraph also found nothing
    source_name: Tally = field(default_factory=Tally)
    target_name: Tally = field(default_factory=Tally)
    source_country: Tally = field(default_factory=Tally)
    target_country: Tally = field(default_factory=Tally)


def _mentions_name(party_text: str, names: set[str]) -> bool:
    upper = " " + _normalise_space(party_text).upper() + " "
    return any(f" {name} " in upper or f" {name}'S " in upper or f" {name}I " in upper for name in names)


def real_country_codes(actor_names: dict[str, set[str]]) -> dict[str, str]:
    """Dictionary codes whose names newsgraph's gazetteer resolves to that same country code
    (RUSSIA → RUS), mapped to it; the fictional ones (ERI is Eriador there, not Eritrea) are left out."""
    real = {}
    for code, names in actor_names.items():
        if any(country_code(name.title()) == code for name in names):
            real[code] = code
    return real


def score_petrarch(
    records: Iterable[PetrarchRecord],
    predict: Callable[[PetrarchRecord], Sequence[Event]],
    mapping: Callable[[str], str | None],
    actor_names: dict[str, set[str]] | None = None,
) -> PetrarchScores:
    """Score ``predict`` on PETRARCH records, reading expected codes with ``mapping``.

    Type accuracy: the most confident predicted event's type is one of the record's expected
    types. Actor and target: only against codes the actor dictionary names — right when the
    predicted actor (target) text contains one of the names that code the expected source
    (target) — and, for codes of real countries, right when the predicted country equals it.
    """
    actor_names = actor_names or {}
    real = real_country_codes(actor_names)
    scores = PetrarchScores()
    for record in records:
        if record.error_test:
            continue
        events = predict(record)
        if record.expects_no_event:
            scores.no_event_records += 1
            scores.no_event_quiet += int(not events)
            continue
        expected = {(c.source[:3].upper(), c.target[:3].upper(), mapping(c.event_code)) for c in record.codings}
        types = {t for _, _, t in expected if t}
        if not types:
            scores.unmappable += 1
            continue
        scores.records += 1
        chosen = select_event(events)
        scores.type.add(chosen is not None and chosen.type in types)
        scores.type_any.add(any(e.type in types for e in events))
        sources = {s for s, _, t in expected if t and s in actor_names}
        targets = {g for _, g, t in expected if t and g in actor_names}
        if sources:
            text = chosen.actor.name if chosen and chosen.actor else ""
            span_text = record.text[chosen.actor.start:chosen.actor.end] if chosen and chosen.actor and chosen.actor.start is not None else ""
            scores.source_name.add(any(_mentions_name(text, actor_names[s]) or _mentions_name(span_text, actor_names[s]) for s in sources))
        if targets:
            text = chosen.target.name if chosen and chosen.target else ""
            span_text = record.text[chosen.target.start:chosen.target.end] if chosen and chosen.target and chosen.target.start is not None else ""
            scores.target_name.add(any(_mentions_name(text, actor_names[g]) or _mentions_name(span_text, actor_names[g]) for g in targets))
        real_sources = {real[s] for s in sources if s in real}
        if real_sources:
            scores.source_country.add(bool(chosen and chosen.actor and chosen.actor.country in real_sources))
        real_targets = {real[g] for g in targets if g in real}
        if real_targets:
            scores.target_country.add(bool(chosen and chosen.target and chosen.target.country in real_targets))
    return scores


# ---------------------------------------------------------------------------- whole articles


@dataclass(frozen=True, slots=True)
class GoldArticleEvent:
    """One main event of an article annotated like ``samples/gold/*.json`` (``events``): its type,
    the offsets of its trigger, and the country codes of its actor and target (null where none)."""

    type: str
    start: int
    end: int
    actor: str | None
    actor_country: str | None
    target: str | None
    target_country: str | None


def read_article_events(gold: dict, text: str) -> list[GoldArticleEvent]:
    """The ``events`` of one gold file, each trigger located in ``text`` (``occurrence`` counts hits)."""
    events = []
    for item in gold.get("events", []):
        if item.get("type") not in PLOVER_TYPES:
            raise InputError(f"gold event type {item.get('type')!r} is not a PLOVER type")
        start = _locate(text, item["trigger"], item.get("occurrence"))
        events.append(GoldArticleEvent(
            item["type"], start, start + len(item["trigger"]), item.get("actor"), item.get("actor_country"),
            item.get("target"), item.get("target_country"),
        ))
    return events


@dataclass
class ArticleEventScores:
    """Main events of articles: how many gold events a predicted event of the same type finds, and
    whether the found ones carry the gold actor and target countries (null included: a predicted
    code where the gold has none is wrong). ``missed``/``miscoded``/``spurious`` keep the cases for
    an error census."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    actor_country: Tally = field(default_factory=Tally)
    target_country: Tally = field(default_factory=Tally)
    both_countries: int = 0  # found with actor and target countries both right
    missed: list = field(default_factory=list)  # (gold, the predicted types whose trigger overlaps it)
    miscoded: list = field(default_factory=list)  # (gold, event) found with a country wrong
    spurious: list = field(default_factory=list)  # predicted events that found no gold event

    def __iadd__(self, other: "ArticleEventScores") -> "ArticleEventScores":
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.both_countries += other.both_countries
        for mine, theirs in ((self.actor_country, other.actor_country), (self.target_country, other.target_country)):
            mine.right += theirs.right
            mine.total += theirs.total
        self.missed += other.missed
        self.miscoded += other.miscoded
        self.spurious += other.spurious
        return self

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


def match_article_events(gold: Sequence[GoldArticleEvent], events: Sequence[Event]) -> list[tuple[int, Event]]:
    """One-to-one (gold index, event) pairs: the same type, and the predicted trigger overlapping the
    gold trigger or the gold trigger lying in the event's sentence. Overlapping triggers are paired
    first, then the nearest triggers within a sentence; among equally good pairs, those whose
    countries agree come first, so that two gold events of one trigger ("called on both parties":
    one per party) are not paired crosswise with the two events coded for them."""
    candidates = []
    for gi, item in enumerate(gold):
        for ei, event in enumerate(events):
            if event.type != item.type:
                continue
            agreeing = (event.actor.country if event.actor else None) == item.actor_country
            agreeing += (event.target.country if event.target else None) == item.target_country
            if _overlaps((event.trigger.start, event.trigger.end), (item.start, item.end)):
                candidates.append((0, 0, -agreeing, gi, ei))
            elif event.sentence.start <= item.start < event.sentence.end:
                candidates.append((1, abs(event.trigger.start - item.start), -agreeing, gi, ei))
    candidates.sort()
    used_gold: set[int] = set()
    used_event: set[int] = set()
    pairs = []
    for _, _, _, gi, ei in candidates:
        if gi in used_gold or ei in used_event:
            continue
        used_gold.add(gi)
        used_event.add(ei)
        pairs.append((gi, events[ei]))
    return sorted(pairs, key=lambda pair: pair[0])


def score_article_events(
    gold: Sequence[GoldArticleEvent], events: Sequence[Event], as_null: Collection[str] = ()
) -> ArticleEventScores:
    """Score one article's predicted events against its gold main events (see ``ArticleEventScores``).

    Codes in ``as_null`` count as null on both sides: ``{"IGO"}`` reads the gold the way
    samples/README.md codes organisations such as the EU (null), rather than docs/events.md (IGO)."""

    def code(party_code: str | None) -> str | None:
        return None if party_code in as_null else party_code

    scores = ArticleEventScores(gold=len(gold), predicted=len(events))
    pairs = match_article_events(gold, events)
    found = {gi for gi, _ in pairs}
    matched_events = {id(event) for _, event in pairs}
    for gi, event in pairs:
        item = gold[gi]
        actor_ok = code(event.actor.country if event.actor else None) == code(item.actor_country)
        target_ok = code(event.target.country if event.target else None) == code(item.target_country)
        scores.found += 1
        scores.actor_country.add(actor_ok)
        scores.target_country.add(target_ok)
        scores.both_countries += actor_ok and target_ok
        if not (actor_ok and target_ok):
            scores.miscoded.append((item, event))
    for gi, item in enumerate(gold):
        if gi not in found:
            on_trigger = [e.type for e in events if _overlaps((e.trigger.start, e.trigger.end), (item.start, item.end))]
            scores.missed.append((item, on_trigger))
    scores.spurious = [e for e in events if id(e) not in matched_events]
    return scores
