"""Time expressions in news text, resolved against the publication date.

``extract_times(doc, published)`` finds dates ("16 December 2022", "Dec. 16", "mid-December"),
years and decades ("in 2020", "the 1990s"), weekdays and deictic days ("on Friday", "yesterday"),
relative periods ("last week", "earlier this month", "two days ago"), ranges ("between 2014 and
2016", "from March to May", "2014-16"), durations ("for three weeks", "the past two years") and
offsets from another date ("100 years after the 1922 treaty"), and returns one ``TimeExpr`` each,
in text order, with ids ``t1``, ``t2``...

How it works, in one pass over the text:

1. one precompiled regular expression proposes candidate expressions (calendar words are matched
   case-sensitively, so "may" and "march" as verbs never match);
2. each candidate is checked against the parse (a month name needs a temporal cue or a day or
   year, a weekday inside a name such as "the Sunday Times" or a habit such as "Friday prayers" is
   dropped, a four-digit number counting a plural noun is not a year...);
3. neighbouring candidates are combined into ranges and anchored offsets;
4. each expression is resolved: relative ones against ``published``, with the tense of the verb
   the expression attaches to deciding between the last and the next occurrence.

The rules (documented for users in docs/schema.md, ``times``):

- ``value`` is ISO 8601 at the expression's granularity: ``2022-12-16`` (day), ``2022-W50`` (ISO
  week), ``2022-12`` (month), ``2022`` (year), ``199X`` (decade). A day or month that omits its year
  ("Dec. 16", "in March") takes it from ``published`` (the occurrence nearest to it, or the last
  one before it in a past-tense clause, or the next one after it in a future-tense clause); with no
  publication date its year is written ``XXXX`` (ISO 8601-2 unspecified digits): ``XXXX-12-16``.
- A weekday in a past-tense (or tenseless) clause is the latest such day on or before
  ``published``, in a future-tense clause the first on or after it; "last Friday" is strictly
  before, "next Friday" strictly after.
  A present-tense condition or time clause ("If the roads are clear on Thursday, the convoy
  will…") takes the tense of its main clause; a deadline ("by the spring", "until Monday") set by a
  promise, plan or decree (``DEADLINE_SETTERS``) lies ahead of publication.
- Without a publication date, relative expressions keep ``type`` "relative" (or "range",
  "duration") with ``value`` null: the type says what the expression is, a null value says it
  could not be placed. ``unresolved`` is for expressions that cannot be placed even with a
  publication date ("the following day", "two weeks later", "that year", "February 30").
- Spans leave out a leading preposition ("on Friday" -> "Friday", "for three weeks" -> "three
  weeks") but keep the words that change the value ("last", "the past", "early", "ago",
  "between ... and ...").

Nothing here is slow: one regex scan of the text, then constant work per candidate.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
import weakref
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IDX, LENGTH, LOWER, PREFIX, SUFFIX
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..nlp import among, children_of, doc_text
from ..types import Granularity, TimeExpr, TimeType

# --------------------------------------------------------------------------- lexicons

MONTHS: dict[str, int] = {
    name.lower(): number for number, name in enumerate(calendar.month_name) if name
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also common English words or first names: a bare "May" or "June" is a
# month only after a temporal cue ("in May", "since June") or with a day or year attached.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "august", "april"})
WEEKDAYS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.day_name)}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
# Nouns after which a weekday names a weekly habit or an institution, not a date: "Friday prayers".
HABITUAL_NOUNS = frozenset({
    "prayer", "prayers", "school", "schools", "mass", "masses", "service", "services", "sermon",
    "sermons", "roast", "lunch", "lunches", "dinner", "brunch", "market", "markets", "paper",
    "papers", "newspaper", "newspapers", "edition", "editions", "supplement", "magazine", "show",
    "shows", "club", "league", "routine", "ritual", "rituals", "tradition", "best", "shift", "shifts",
})
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a couple of": 2, "a couple": 2,
    "half a": 0.5,
}
VAGUE_COUNTS = frozenset({"a few", "few", "several", "many", "some", "a number of", "numerous", "recent", "the past few", "the last few"})
UNITS: dict[str, Granularity] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
}
# Words right before a bare month name (or a lone number) that make it a time: "in May", "since June".
TEMPORAL_CUES = frozenset({
    "in", "on", "since", "by", "until", "till", "til", "through", "throughout", "during", "from",
    "to", "before", "after", "last", "next", "this", "early", "late", "mid", "of", "between",
    "and", "or", "end", "beginning", "start", "middle", "around", "circa", "c.", "that", "every",
    "each", "until", "past", "early-", "late-", "as", "than", "into", "within", "spring", "summer",
    "autumn", "fall", "winter", "year", "fiscal", "financial", "calendar", "season", "the",
})
# Before "the weekend", these make it a date: "over the weekend", "at the weekend".
WEEKEND_PREPOSITIONS = frozenset({"over", "at", "during", "on", "across", "through", "throughout", "by", "until", "till", "since", "before", "after"})
# Spoken as the governing verb of a date, these do not make it future when in the present tense.
REPORTING_LEMMAS = frozenset({
    "say", "tell", "report", "announce", "claim", "state", "confirm", "add", "note", "write",
    "insist", "argue", "warn", "deny", "accuse", "allege", "acknowledge", "admit", "reveal",
    "explain", "show", "indicate", "suggest", "describe", "recall",
})
SCHEDULE_LEMMAS = frozenset({"schedule", "set", "plan", "expect", "slate", "due", "slat", "timetable", "poise"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
POSSIBILITY_AUX = frozenset({"may", "might", "could", "can", "should", "must", "ca", "'d"})
PAST_AUX = frozenset({"has", "have", "had", "was", "were", "did", "'ve", "hath", "'s"})
PRESENT_BE = frozenset({"is", "are", "am", "'re", "'m"})
# Entity labels whose words are names, not times: "the Sunday Times", "Theresa May".
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE", "LOC", "NORP", "EVENT"})
# Time zones and clock words: "1400 GMT" is a time of day, not a year.
CLOCK_WORDS = frozenset({"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "ist", "hours", "hrs", "h", "local", "zulu"})

# --------------------------------------------------------------------------- the candidate regex


def _alternation(words) -> str:
    """Longest first, so "September" wins over "Sep"; Titlecase and UPPER CASE forms only."""
    forms = set()
    for word in words:
        forms.add(word.capitalize())
        forms.add(word.upper())
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


_MONTH_FULL = _alternation(MONTHS)
_MONTH_ABBR = _alternation(MONTH_ABBREVIATIONS)
_MONTH = rf"(?:(?:{_MONTH_FULL})(?![\w])|(?:{_MONTH_ABBR})(?:\.|(?![\w])))"
_WEEKDAY_FULL = _alternation(WEEKDAYS)
_WEEKDAY_ANY = rf"(?:(?:{_WEEKDAY_FULL})|(?:{_alternation(WEEKDAY_ABBREVIATIONS)})\.?)"
_DAY = r"(?<![\d.,])(?:[0-3]?[0-9])(?:st|nd|rd|th)?(?![\d])(?![.,]\d)(?![:]\d)"
_YEAR = r"(?<![\d$£€¥.,])(?:1[0-9]{3}|20[0-9]{2}|2100)(?![\d])(?![.,]\d)"
_DASH = r"(?:-|–|—)"
_NUM_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_COUNT = (
    r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?i:a\s+couple\s+of|a\s+couple|half\s+a|a\s+hundred|one\s+hundred|a\s+few|several|many|few"
    r"|a\s+number\s+of|numerous|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{_NUM_WORD}))"
)
# "10-30 days", "four to six months", "two or three years": a vague count
_COUNT_OR_RANGE = rf"(?:{_COUNT}(?:\s*(?:-|–)\s*|\s+(?i:to|or)\s+)(?=[\da-z]){_COUNT}|{_COUNT})"
_UNIT = r"(?i:days?|weeks?|months?|years?|decades?)"
_ORDINAL = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"

_CANDIDATES = re.compile(
    rf"""
    (?=[\w'’])(?<![\w])(?:
    (?P<iso>(?<![\d-])\d{{4}}-[01]\d-[0-3]\d(?![\d-]))
    |(?P<dmy>(?:{_WEEKDAY_ANY},?\s+)?(?:(?i:the)\s+)?{_DAY}(?:\s*(?:{_DASH}|(?i:to|and))\s*{_DAY})?
        (?:\s+(?i:of))?\s+{_MONTH}(?:,?\s+{_YEAR})?)
    |(?P<mdy>(?:{_WEEKDAY_ANY},?\s+)?{_MONTH}\s+{_DAY}(?:\s*{_DASH}\s*{_DAY})?(?:,?\s+{_YEAR})?)
    |(?P<month_year>{_MONTH}(?:\s+(?i:of))?,?\s+{_YEAR})
    |(?P<month_relyear>(?:{_MONTH_FULL})(?:\s+(?i:of))?\s+(?i:this|last|next)\s+(?i:year)(?![\w]))
    |(?P<month_relation>(?i:last|next|this)\s+(?:{_MONTH_FULL})(?![\w]))
    |(?P<decade>(?:(?i:the)\s+)?(?:(?i:early|mid|late)[-\s]+)?(?:(?:1[0-9]|20)[0-9]0s|['’][0-9]0s)(?![\w]))
    |(?P<year_range>{_YEAR}\s*(?:{_DASH}|/)\s*(?:(?:1[0-9]|20)[0-9]{{2}}|[0-9]{{2}})(?![\d]))
    |(?P<quarter>(?:(?i:the)\s+)?{_ORDINAL}[-\s](?i:quarter|half)(?:\s+(?i:of)(?:\s+(?i:the\s+year|(?:this|last|next)\s+year)|,?\s+{_YEAR})|\s+{_YEAR})?
        |(?<![\w])Q[1-4](?:\s+{_YEAR})?(?![\w]))
    |(?P<months_of_year>(?i:the\s+(?:first|last|final)\s+)(?:\d{{1,2}}|{_NUM_WORD})\s+(?i:months\s+of)\s+(?:(?i:the\s+year|(?:this|last|next)\s+year)(?![\w])|{_YEAR}))
    |(?P<season>(?:(?i:(?:the\s+)?(?:previous|preceding)|this\s+past|the|last|this|next|early|late)\s+)?{_SEASON}(?![\w])(?:\s+(?i:of\s+)?{_YEAR})?)
    |(?P<week_of_month>(?:(?i:the)\s+)?(?i:first|second|third|fourth|last|final)\s+(?i:week)\s+(?i:of)\s+(?:{_MONTH_FULL})(?![\w])(?:,?\s+{_YEAR})?)
    |(?P<holiday>(?:Christmas|New\s+Year['’]s)\s+(?:Eve|Day)|Christmas|Boxing\s+Day|Valentine['’]s\s+Day|Halloween|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Bastille\s+Day|Hogmanay)
    |(?P<year>{_YEAR})
    |(?P<deictic>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?
        |today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?![\w]))
    |(?P<weekday>(?:(?i:last|next|this|coming|past)\s+)?(?:{_WEEKDAY_FULL})s?(?![\w])(?:\s+(?i:morning|afternoon|evening|night)(?![\w]))?)
    |(?P<month>(?:{_MONTH_FULL})(?![\w]))
    |(?P<relunit>(?:(?i:earlier|later|early|late)\s+)?
        (?i:last|next|this|coming|current)\s+(?i:weekend|week|month|year|decade|quarter)(?![\w]))
    |(?P<the_weekend>(?<![\w])(?i:the|this\s+past)\s+(?i:weekend)(?![\w]))
    |(?P<end_of_unit>(?i:(?:the\s+)?(?:end|start|beginning|middle|rest)\s+of\s+the\s+(?:week|month|year|decade)))
    |(?P<same_unit>(?i:the\s+same\s+(?:day|week|month)\s+(?:of|in)\s+)(?:{_YEAR}|(?i:last|next)\s+(?i:year)))
    |(?P<unresolved>(?i:(?:the\s+(?:previous|next|following|same|preceding)|that)\s+(?:day|night|morning|evening|afternoon|week|weekend|month|year|decade)
        |the\s+(?:day|night|week|month|year)\s+(?:before|after)(?![\w])))
    |(?P<ago>{_COUNT_OR_RANGE}\s+{_UNIT}\s+(?i:ago|earlier|later|before|after|afterwards|previously|prior))
    |(?P<vague_ago>(?i:(?:days|weeks|months|years|decades)\s+(?:ago|earlier|later)))
    |(?P<duration>(?:(?i:the\s+(?:past|last|next|coming|previous|first|final|following|recent))\s+|(?i:recent)\s+)?
        (?:{_COUNT_OR_RANGE}(?:\s+|-))?{_UNIT}(?![\w-])(?!\s+(?i:old))(?!-(?i:old))))
    """,
    re.VERBOSE,
)
# Every candidate contains one of these "core" words; the full expression above only runs in a
# window around them (running it over the whole text costs ten times more).
CORE_WORDS = frozenset({
    *MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *(day + "s" for day in WEEKDAYS), *WEEKDAY_ABBREVIATIONS, *UNITS, *TIMES_OF_DAY,
    "weekend", "today", "tonight", "yesterday", "tomorrow", "quarter", "half", "spring", "summer",
    "autumn", "fall", "winter", "q1", "q2", "q3", "q4", "christmas", "easter", "halloween", "thanksgiving",
    "hogmanay", "valentine", "boxing", "bastille", "year's",
})
_CORE_HASHES = np.array(sorted(hash_string(word) for word in CORE_WORDS), dtype=np.uint64)
# Tokens that start with a digit (or an apostrophe: "'90s" may be one token) are core words too,
# and so are tokens ending in digits or a decade ("mid-2022", "mid-1950s" can be single tokens).
DIGIT_PREFIX_HASHES = np.array(sorted(hash_string(c) for c in "0123456789'’"), dtype=np.uint64)
DIGIT_SUFFIX_HASHES = np.array(
    sorted({hash_string(f"{n:03d}") for n in range(1000)} | {hash_string(f"{n}0s") for n in range(10)}), dtype=np.uint64
)
_WORD_START = re.compile(r"(?=[\w'’])(?<![\w])")
_FIRST_WORD = re.compile(r"[A-Za-z]+|[\d'’]")
# The words a candidate can start with (besides a digit or an apostrophe): trying the expression
# only where one of these starts is what keeps the scan cheap.
FIRST_WORDS = frozenset({
    *MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *(day + "s" for day in WEEKDAYS), *WEEKDAY_ABBREVIATIONS, *UNITS,
    *(w for w in NUMBER_WORDS if " " not in w),
    "the", "a", "an", "half", "few", "several", "many", "numerous", "recent", "early", "mid", "late", "earlier", "later",
    "last", "next", "this", "that", "coming", "past", "current", "today", "tonight", "yesterday", "tomorrow", "overnight",
    "first", "second", "third", "fourth", "st", "nd", "rd", "th", "q", "end", "start", "beginning", "middle", "rest",
    "spring", "summer", "autumn", "fall", "winter", "previous", "preceding", "final", "same", "christmas", "new",
    "boxing", "valentine", "halloween", "easter", "good", "thanksgiving", "bastille", "hogmanay", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
})
_WINDOW_BEFORE = 32  # longest reach of a candidate before its core word ("the beginning of the decade")


def core_windows(
    doc: Doc, word_hashes: np.ndarray, before: int, prefix_hashes: np.ndarray = DIGIT_PREFIX_HASHES, extra: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Character windows ``[core start - before, core end)`` around the tokens whose lower-case form
    hashes into ``word_hashes``, whose first character hashes into ``prefix_hashes`` (digits) or
    that end in digits, plus the ``extra`` ``(start, end)`` cores, merged when they overlap.

    Read from spaCy's lexical arrays (no Python loop over tokens, no regex over the text): the
    cheapest way to find where an expression may be."""
    if not len(doc):
        return []
    table = doc.to_array([LOWER, PREFIX, SUFFIX, IDX, LENGTH])
    mask = among(table[:, 0], word_hashes) | among(table[:, 1], prefix_hashes) | among(table[:, 2], DIGIT_SUFFIX_HASHES)
    cores = [(start, start + length) for start, length in table[mask][:, 3:5].tolist()]
    if extra:
        cores = sorted([*cores, *extra])
    windows: list[tuple[int, int]] = []
    for start, end in cores:
        window_start = max(start - before, 0)
        if windows and window_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((window_start, end))
    return windows

_PARSE_DMY = re.compile(
    rf"^(?:(?P<wd>{_WEEKDAY_ANY}),?\s+)?(?:(?i:the)\s+)?(?P<d>\d+)(?:st|nd|rd|th)?(?:\s*(?:{_DASH}|(?i:to|and))\s*(?P<d2>\d+)(?:st|nd|rd|th)?)?"
    rf"(?:\s+(?i:of))?\s+(?P<m>[A-Za-z]+)\.?(?:,?\s+(?P<y>\d{{4}}))?$"
)
_PARSE_MDY = re.compile(
    rf"^(?:(?P<wd>{_WEEKDAY_ANY}),?\s+)?(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d+)(?:st|nd|rd|th)?(?:\s*{_DASH}\s*(?P<d2>\d+)(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>\d{{4}}))?$"
)
_DIGITS = re.compile(r"\d+")
# A deadline ("by the spring", "until Monday") set by a promise, a plan or a decree lies after it,
# whatever the tense of the verb that set it.
_DEADLINE_BEFORE = re.compile(r"(?<![\w])(?i:by|until|till)\s+$")
_SINCE_BEFORE = re.compile(r"(?<![\w])(?i:since|ever\s+since)\s+(?:(?i:early|late|mid)[-\s]+)?$")
_COUNT_RANGE_SEPARATOR = re.compile(r"\d\s*[-–]\s*\d|\s(?:to|or)\s", re.IGNORECASE)
# Modifiers just before a candidate that belong to it: "mid-December", "late 2022", "the end of May".
_MODIFIER = re.compile(r"(?i:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:-|\s+))$")
# A leading "on" or "in" belongs to the expression ("on Friday", "in 2021"): the team's annotation
# convention (samples/README.md); "by", "since", "until", "the end of" do not.
_ON_IN = re.compile(r"(?<![\w])(?i:on|in)\s+$")
_RANGE_OPEN = re.compile(r"(?i:(?P<word>between|from)\s+)$")
_RANGE_GAP = re.compile(r"^\s*(?:(?P<dash>-|–|—)|(?i:(?P<word>and|to|until|till|through|thru|into)))\s*$")
_OF_GAP = re.compile(r"^\s+(?:(?i:of|in)\s+)?$")
_OFFSET_GAP = re.compile(r"^\s+(?:(?i:the|a|an|its|their|his|her|this|that)\s+)?(?:[A-Za-z-]+\s+)?$")

# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Candidate:
    """One time expression found in the text, before it is resolved."""

    start: int
    end: int
    kind: str
    head: int  # index of the token the expression hangs on (for the tense of its clause)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    relation: str | None = None  # last | next | this | past | coming | None
    unit: Granularity | None = None
    count: float | None = None  # None for vague counts ("several days")
    offset: int = 0  # -1 last, 0 this, +1 next (relunit); days from published (deictic)
    direction: int = 0  # -1 before/ago/past, +1 after/later/next
    anchor: "_Candidate | None" = None
    end_candidate: "_Candidate | None" = None
    extras: dict = field(default_factory=dict)


class _TokenIndex:
    """Character offset to token, by bisection over token starts."""

    __slots__ = ("doc", "starts")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = doc.to_array([IDX]).tolist() if len(doc) else []

    def at(self, char: int) -> Token | None:
        if not self.starts:
            return None
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def span_tokens(self, start: int, end: int) -> list[Token]:
        if not self.starts:
            return []
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = bisect.bisect_left(self.starts, end)
        return [self.doc[i] for i in range(first, last)]


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (lower case), ignoring spaces and a hyphen."""
    i = start - 1
    while i >= 0 and text[i] in " \t-\u00a0":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "'.’"):
        j -= 1
    return text[j + 1 : i + 1].lower().rstrip(".")


def _number(word: str) -> float | None:
    word = " ".join(word.lower().split())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if "-" in word:
        tens, _, ones = word.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word)


def _in_name(tokens: list[Token]) -> bool:
    """Whether any of these tokens belongs to a named entity that is not a time."""
    return any(t.ent_type_ in NAME_LABELS for t in tokens)


def _is_titlecase_word(token: Token | None) -> bool:
    return token is not None and token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


class _Scanner:
    """Finds and checks candidates in one document."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        self.index = _TokenIndex(doc)

    # ---- helpers

    def tokens(self, start: int, end: int) -> list[Token]:
        return self.index.span_tokens(start, end)

    def next_token(self, end: int) -> Token | None:
        tokens = self.index.span_tokens(end, end + 1)
        for t in tokens:
            if t.idx >= end and not t.is_space:
                return t
        token = self.index.at(end)
        if token is not None and token.idx >= end:
            return token
        if token is not None and token.i + 1 < len(self.doc):
            nxt = self.doc[token.i + 1]
            return nxt if nxt.idx >= end else None
        return None

    def previous_token(self, start: int) -> Token | None:
        token = self.index.at(start)
        if token is None:
            return None
        i = token.i - 1 if token.idx >= start else token.i
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def head_of(self, tokens: list[Token]) -> int:
        """The token of the span whose head lies outside it (the span's syntactic root)."""
        if not tokens:
            return 0
        ids = {t.i for t in tokens}
        for t in tokens:
            if t.head.i not in ids or t.head.i == t.i:
                return t.i
        return tokens[0].i

    # ---- the scan

    def candidates(self) -> list[_Candidate]:
        found: list[_Candidate] = []
        for match in self._matches():
            kind = match.lastgroup
            start, end = match.span()
            candidate = getattr(self, "_" + kind)(match.group(), start, end)
            if candidate is not None:
                found.append(candidate)
        found = self._attach_prefixes(found)
        found = self._combine(found)
        return found

    def _matches(self):
        """The matches of ``_CANDIDATES`` a scan of the whole text would give, found by scanning only
        windows around core words."""
        text = self.text
        windows = core_windows(self.doc, _CORE_HASHES, _WINDOW_BEFORE)
        position = 0
        match_at = _CANDIDATES.match
        first_word = _FIRST_WORD.match
        for start, end in windows:
            # try the expression only where a word starts between the window's start and its last
            # core word (a match starting later holds no core word of this window), and only where
            # that word can start an expression
            for word in _WORD_START.finditer(text, max(position, start), end):
                at = word.start()
                if at < position:
                    continue
                first = first_word(text, at)
                if first is None or (len(first.group()) > 1 and first.group().lower() not in FIRST_WORDS):
                    continue
                match = match_at(text, at)
                if match is not None:
                    yield match
                    position = match.end()

    def _make(self, kind: str, start: int, end: int, **values) -> _Candidate | None:
        tokens = self.tokens(start, end)
        return _Candidate(start=start, end=end, kind=kind, head=self.head_of(tokens), **values)

    # ---- one method per alternative of _CANDIDATES

    def _iso(self, text: str, start: int, end: int) -> _Candidate | None:
        year, month, day = (int(p) for p in text.split("-"))
        return self._make("date", start, end, year=year, month=month, day=day)

    def _dmy(self, text: str, start: int, end: int) -> _Candidate | None:
        return self._day_month(_PARSE_DMY.match(text), start, end)

    def _mdy(self, text: str, start: int, end: int) -> _Candidate | None:
        match = _PARSE_MDY.match(text)
        if match and match.group("y") is None and match.group("d2") is None:
            # "May 5" must not be "Theresa May 5": a bare ambiguous month + number needs the number
            # to read as a day (no noun right after it: "June 5 soldiers" is not a date).
            nxt = self.next_token(end)
            if nxt is not None and nxt.pos_ in ("NOUN",) and nxt.tag_ == "NNS":
                return None
        return self._day_month(match, start, end)

    def _day_month(self, match: re.Match | None, start: int, end: int) -> _Candidate | None:
        if match is None:
            return None
        month = _month_number(match.group("m"))
        if month is None:
            return None
        year = int(match.group("y")) if match.group("y") else None
        day = int(match.group("d"))
        if match.group("d2"):
            return self._make("date_range", start, end, year=year, month=month, day=day, end_year=year, end_month=month, end_day=int(match.group("d2")))
        return self._make("date", start, end, year=year, month=month, day=day)

    def _month_year(self, text: str, start: int, end: int) -> _Candidate | None:
        words = re.findall(r"[A-Za-z]+|\d{4}", text)
        month = _month_number(words[0])
        if month is None:
            return None
        tokens = self.tokens(start, end)
        if any(t.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC") for t in tokens[:1]):
            return None
        return self._make("month", start, end, year=int(words[-1]), month=month)

    def _month_relyear(self, text: str, start: int, end: int) -> _Candidate | None:
        words = text.split()
        offset = {"this": 0, "last": -1, "next": 1}[words[-2].lower()]
        return self._make("month", start, end, month=MONTHS[words[0].lower()], offset=offset, relation="year")

    def _month_relation(self, text: str, start: int, end: int) -> _Candidate | None:
        relation, name = text.split()
        return self._make("month", start, end, month=MONTHS[name.lower()], relation=relation.lower())

    def _decade(self, text: str, start: int, end: int) -> _Candidate | None:
        digits = _DIGITS.search(text).group()
        if len(digits) == 2:
            # "the '90s": the twentieth century unless that lies in the future of today's news
            year = 1900 + int(digits) if int(digits) >= 30 else 2000 + int(digits)
            if not text.lower().startswith("the") and text[0] not in "'’":
                return None
        else:
            year = int(digits)
        return self._make("decade", start, end, year=year)

    def _year_range(self, text: str, start: int, end: int) -> _Candidate | None:
        first, second = _DIGITS.findall(text)[:2]
        y1 = int(first)
        y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
        if y2 <= y1 or y2 - y1 > 100:
            # "2014-12" is an ISO month, "1990-85" is nothing we can read
            if len(second) == 2 and 1 <= int(second) <= 12 and "/" not in text:
                return self._make("month", start, end, year=y1, month=int(second))
            return None
        if not self._year_allowed(start, end, y1, allow_plain=True):
            return None
        return self._make("year_range", start, end, year=y1, end_year=y2)

    def _quarter(self, text: str, start: int, end: int) -> _Candidate | None:
        lower = text.lower()
        years = re.findall(r"\d{4}", text)
        year = int(years[-1]) if years else None
        if lower.startswith("q"):
            index = int(lower[1])
            if year is None:
                # a lone "Q3" needs a financial context we do not check; keep only "Q3 2022"
                return None
            return self._make("quarter", start, end, year=year, count=index, unit="month", extras={"size": 3})
        ordinal = re.match(r"(?:the\s+)?(\w+)", lower).group(1)
        index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[ordinal]
        size = 6 if "half" in lower else 3
        if size == 6 and index > 2:
            return None
        relative_year = re.search(r"(this|last|next|the) year$", lower)
        if relative_year:
            offset = {"this": 0, "the": 0, "last": -1, "next": 1}[relative_year.group(1)]
            return self._make("quarter", start, end, count=index, unit="month", relation="year", offset=offset, extras={"size": size})
        if year is None:
            # "the third quarter" alone: a quarter of the current reporting year only when the
            # expression is a time adverbial or compound ("third-quarter profit"), not "a third quarter"
            if self.text[max(0, start - 2) : start].strip().lower().endswith("a"):
                return None
            if "half" in lower:
                return None  # "the first half" is too often not a time ("the first half of the match")
        return self._make("quarter", start, end, year=year, count=index, unit="month", extras={"size": size})

    def _months_of_year(self, text: str, start: int, end: int) -> _Candidate | None:
        """"the first ten months of the year", "the last three months of 2025": a month range of one
        year, read as "the first half of 2023" is (without it the words were a duration)."""
        lower = text.lower()
        count = _number(lower.split()[2])
        if count is None or count != int(count) or not 2 <= count <= 11:
            return None
        first_month = 1 if lower.split()[1] == "first" else 13 - int(count)
        extras = {"size": int(count), "first_month": first_month}
        years = re.findall(r"\d{4}", text)
        if years:
            return self._make("quarter", start, end, year=int(years[-1]), count=1, unit="month", extras=extras)
        offset = {"this": 0, "the": 0, "last": -1, "next": 1}[re.search(r"(this|last|next|the) year$", lower).group(1)]
        return self._make("quarter", start, end, count=1, unit="month", relation="year", offset=offset, extras=extras)

    def _season(self, text: str, start: int, end: int) -> _Candidate | None:
        lower = text.lower()
        parts = lower.split()
        years = re.findall(r"\d{4}", text)
        relation = parts[0] if parts[0] in ("last", "this", "next", "early", "late") else None
        if parts[0] in ("previous", "preceding") or parts[:2] in (["the", "previous"], ["the", "preceding"]):
            relation = "previous"
        elif parts[:2] == ["this", "past"]:
            relation = "last"
        elif parts[0] == "the" and not years:
            # "before the summer", "by the winter": this season, when a time preposition says so
            if _word_before(self.text, start) not in SEASON_CUES:
                return None
            relation = "this"
        season = next(p for p in parts if p in ("spring", "summer", "autumn", "fall", "winter"))
        if not years and relation not in ("last", "this", "next", "previous"):
            # "in winter" is generic; "the summer" too often has no clear year
            return None
        if season == "fall" and not years and relation is None:
            return None
        return self._make("season", start, end, year=int(years[0]) if years else None, relation=relation, extras={"season": season})

    def _week_of_month(self, text: str, start: int, end: int) -> _Candidate | None:
        words = text.lower().replace(",", " ").split()
        if words[0] == "the":
            words = words[1:]
        ordinal = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}[words[0]]
        years = [w for w in words if w.isdigit()]
        return self._make("week_of_month", start, end, month=MONTHS[words[3]], count=ordinal, year=int(years[0]) if years else None)

    def _holiday(self, text: str, start: int, end: int) -> _Candidate | None:
        name = " ".join(text.replace("’", "'").split())
        tokens = self.tokens(start, end)
        if any(t.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON") for t in tokens):
            return None  # "A Christmas Carol", "Thanksgiving Inc."
        nxt = self.next_token(end)
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in TIMES_OF_DAY:
            return None  # "Christmas trees", "Easter eggs", "the Christmas holidays": not a date
        if " " not in name:
            # a lone "Christmas" or "Easter" is a date after a cue ("before Christmas", "over Easter")
            possessive = nxt is not None and nxt.text in ("'s", "’s")
            if _word_before(self.text, start) not in HOLIDAY_CUES and not possessive:
                return None
        return self._make("holiday", start, end, extras={"holiday": HOLIDAYS[name.split(" Day")[0] if name.startswith("Thanksgiving") else name]})

    def _year_allowed(self, start: int, end: int, year: int, allow_plain: bool = False) -> bool:
        """Whether a four-digit number at ``start:end`` reads as a year."""
        tokens = self.tokens(start, end)
        if not tokens:
            return False
        first = tokens[0]
        previous = self.previous_token(start)
        nxt = self.next_token(end)
        before = _word_before(self.text, start)
        # names: "Euro 2020", "Resolution 2231", "Boeing 737" and numbers inside organisations
        if first.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "PERSON", "GPE"):
            return False
        if previous is not None and previous.tag_ in ("NNP", "NNPS") and _month_number(previous.text) is None and previous.lower_ not in TEMPORAL_CUES and not previous.is_sent_start:
            return False
        if previous is not None and previous.text in ("$", "£", "€", "¥", "#", "No.", "no.", "+", "-"):
            return False
        if nxt is not None:
            if nxt.lower_ in CLOCK_WORDS or nxt.text in ("%", ":") or nxt.lower_ in ("percent", "per", "pc", "km", "kg", "m", "ft", "feet", "metres", "meters", "miles", "mph", "cc", "mw", "hz"):
                return False
            # a count: "2000 soldiers" (but "the 2016 election", "2020 figures" stay years)
            if first.dep_ == "nummod" and first.head.tag_ in ("NNS", "NNPS") and first.head.i == nxt.i and first.head.lower_ not in YEAR_PLURAL_NOUNS:
                return False
        if before in ("about", "around", "some", "nearly", "almost", "roughly", "approximately", "than", "least", "estimated", "up", "over", "under", "exactly", "only", "just", "total", "totalling", "totaling"):
            return False  # "about 2000", "more than 1500": a count
        if before == "of" and _word_before(self.text, self.text.rfind("of", 0, start)) in QUANTITY_NOUNS:
            return False  # "a total of 1500", "a crowd of 2000" (but "the election of 2020")
        if 1900 <= year <= 2100 or allow_plain:
            return True
        return before in TEMPORAL_CUES or first.ent_type_ == "DATE"

    def _year(self, text: str, start: int, end: int) -> _Candidate | None:
        year = int(text)
        if not self._year_allowed(start, end, year):
            return None
        return self._make("year", start, end, year=year)

    def _deictic(self, text: str, start: int, end: int) -> _Candidate | None:
        lower = " ".join(text.lower().split())
        tokens = self.tokens(start, end)
        if _in_name(tokens):  # "USA Today", "Good Morning America"-like names
            return None
        if lower == "overnight":
            return None  # "overnight" is an adverb of manner as often as of time
        offset = 0
        if lower.startswith("yesterday") or lower == "last night":
            offset = -1
        elif lower.startswith("tomorrow"):
            offset = 1
        elif lower.startswith("the day before"):
            offset = -2
        elif lower.startswith("the day after"):
            offset = 2
        return self._make("deictic", start, end, offset=offset, unit="day")

    def _weekday(self, text: str, start: int, end: int) -> _Candidate | None:
        words = text.split()
        relation = words[0].lower() if words[0].lower() in ("last", "next", "this", "coming", "past") else None
        name = words[1] if relation else words[0]
        if name.endswith("s") and name.lower().rstrip("s") in WEEKDAYS and name.lower() not in WEEKDAYS:
            return None  # "on Fridays": a habit, not a date
        weekday = WEEKDAYS[name.lower()]
        tokens = self.tokens(start, end)
        core = next((t for t in tokens if t.lower_ == name.lower()), tokens[0] if tokens else None)
        if core is None:
            return None
        if core.ent_type_ in NAME_LABELS:
            return None
        previous = self.previous_token(core.idx)
        # "Black Friday", "Bloody Sunday", "Super Tuesday": a name, not a date
        if relation is None and _is_titlecase_word(previous) and previous.lower_ not in TEMPORAL_CUES:
            return None
        if relation is None and previous is not None and previous.lower_ in ("a", "every", "each", "any", "one"):
            return None  # "on a Saturday morning", "every Monday": no particular day
        time_of_day = len(words) > (2 if relation else 1)
        if not time_of_day:
            nxt = self.next_token(end)
            if nxt is not None:
                if _is_titlecase_word(nxt) and _month_number(nxt.text) is None and nxt.lower_ not in TIMES_OF_DAY:
                    return None  # "the Sunday Times", "Monday Night Football"
                if nxt.lower_ in HABITUAL_NOUNS:
                    return None  # "Friday prayers", "Sunday school"
        return self._make("weekday", start, end, weekday=weekday, relation=relation, unit="day")

    def _month(self, text: str, start: int, end: int) -> _Candidate | None:
        month = MONTHS[text.lower()]
        tokens = self.tokens(start, end)
        if not tokens:
            return None
        core = tokens[0]
        if core.ent_type_ in NAME_LABELS - {"EVENT"} or core.pos_ in ("VERB", "AUX") or core.tag_ == "MD":
            return None
        before = _word_before(self.text, start)
        nxt = self.next_token(end)
        possessive = nxt is not None and nxt.text in ("'s", "’s")
        cued = before in TEMPORAL_CUES or possessive
        if not cued:
            previous = self.previous_token(start)
            # spaCy's DATE label is a second opinion for a bare ambiguous month ("May was the hottest
            # month"), never enough on its own after a capitalised word ("Theresa May")
            if text.lower() in AMBIGUOUS_MONTHS and not (core.ent_type_ == "DATE" and not _is_titlecase_word(previous)):
                return None
            if _is_titlecase_word(nxt) and nxt is not None and nxt.lower_ not in TEMPORAL_CUES:
                return None  # "the October Revolution", "September Dossier"
            if _is_titlecase_word(previous):
                return None
        return self._make("month", start, end, month=month)

    def _relunit(self, text: str, start: int, end: int) -> _Candidate | None:
        lower = " ".join(text.lower().split())
        words = lower.split()
        unit_word = words[-1]
        relation = words[-2]
        offset = {"last": -1, "next": 1, "this": 0, "coming": 1, "current": 0}[relation]
        if unit_word == "quarter":
            return self._make("relquarter", start, end, offset=offset, unit="month")
        unit: Granularity = "week" if unit_word == "weekend" else unit_word  # type: ignore[assignment]
        return self._make("relunit", start, end, offset=offset, unit=unit, relation=relation)

    def _the_weekend(self, text: str, start: int, end: int) -> _Candidate | None:
        """"over the weekend", "at the weekend": a weekend told as a date only after a preposition of time
        ("the weekend markets", "the weekend was quiet" are no date); "this past weekend" always, and always past."""
        if text.lower().startswith("this"):
            return self._make("the_weekend", start, end, unit="week", relation="past")  # "this past weekend"
        previous = self.previous_token(start)
        if previous is None or previous.lower_ not in WEEKEND_PREPOSITIONS:
            return None
        return self._make("the_weekend", start, end, unit="week")

    def _end_of_unit(self, text: str, start: int, end: int) -> _Candidate | None:
        unit = text.lower().split()[-1]
        return self._make("relunit", start, end, offset=0, unit=unit, relation="this")

    def _same_unit(self, text: str, start: int, end: int) -> _Candidate | None:
        words = text.lower().split()
        year = int(words[-1]) if words[-1].isdigit() else None
        offset = 0 if year is not None else (-1 if words[-2] == "last" else 1)
        return self._make("same_unit", start, end, unit=UNITS[words[2]], year=year, offset=offset)

    def _unresolved(self, text: str, start: int, end: int) -> _Candidate | None:
        words = text.lower().split()
        unit_word = words[1] if words[-1] in ("before", "after") else words[-1]  # "the day before"
        unit = UNITS.get(unit_word, "day" if unit_word in TIMES_OF_DAY else "week" if unit_word == "weekend" else None)
        return self._make("unresolved", start, end, unit=unit)

    def _ago(self, text: str, start: int, end: int) -> _Candidate | None:
        words = text.split()
        relation = words[-1].lower()
        unit_word = words[-2].lower()
        count_text = " ".join(words[:-2])
        vague = count_text.lower() in VAGUE_COUNTS or _COUNT_RANGE_SEPARATOR.search(count_text)
        count = None if vague else _number(count_text)
        direction = -1 if relation in ("ago", "earlier", "before", "previously", "prior") else 1
        kind = "ago" if relation == "ago" else "offset"
        return self._make(kind, start, end, unit=UNITS[unit_word], count=count, direction=direction, relation=relation)

    def _vague_ago(self, text: str, start: int, end: int) -> _Candidate | None:
        unit_word = text.lower().split()[0]
        return self._make("unresolved", start, end, unit=UNITS[unit_word])

    def _duration(self, text: str, start: int, end: int) -> _Candidate | None:
        lower = " ".join(text.lower().split())
        match = re.match(r"^(?:(?:the\s+(?P<det>past|last|next|coming|previous|first|final|following|recent))\s+|(?P<recent>recent)\s+)?(?P<count>.*?)[\s-]?(?P<unit>days?|weeks?|months?|years?|decades?)$", lower)
        if match is None:
            return None
        det = match.group("det") or match.group("recent")
        count_text = match.group("count").strip().rstrip("-")
        unit = UNITS[match.group("unit")]
        plural = match.group("unit").endswith("s")
        if not count_text:
            if det in ("past", "last", "next", "coming") and not plural:
                # "the past week": the week up to publication; "the next month": from it on
                count = 1.0
            elif det in ("past", "last", "coming", "next", "recent") and plural:
                count = None  # "the past weeks", "in recent years": vague
            else:
                return None  # a bare "years", "the first year"
        elif count_text in VAGUE_COUNTS or _COUNT_RANGE_SEPARATOR.search(count_text):
            count = None
        else:
            count = _number(count_text)
            if count is None:
                return None
        if count_text in ("a", "an") and det is None:
            # "a year" is a rate in "$5bn a year", "twice a year"; a duration only after a cue
            before = _word_before(self.text, start)
            if before not in DURATION_CUES:
                return None
        if count_text.isdigit() and len(count_text) == 4:
            return None
        nxt = self.next_token(end)
        if nxt is not None and nxt.lower_ in ("old", "olds"):
            return None  # an age: "a 45 year old"
        anchored = det in ("past", "last", "next", "coming")
        direction = -1 if det in ("past", "last") else 1 if det in ("next", "coming") else 0
        return self._make("duration", start, end, unit=unit, count=count, direction=direction if anchored else 0, relation=det)

    # ---- combinations

    def _attach_prefixes(self, found: list[_Candidate]) -> list[_Candidate]:
        """Take in "early"/"late"/"mid-" ("mid-December", "late 2022") and a leading "on"/"in"."""
        text = self.text
        for candidate in found:
            if candidate.kind not in PREFIXABLE:
                continue
            if candidate.kind in ("date", "month", "year", "decade", "season") and not text[candidate.start : candidate.end].lower().startswith(("early", "late", "mid")):
                window = text[max(0, candidate.start - 20) : candidate.start]
                match = _MODIFIER.search(window)
                if match:
                    candidate.start -= len(window) - match.start()
            window = text[max(0, candidate.start - 4) : candidate.start]
            match = _ON_IN.search(window)
            if match:
                candidate.start -= len(window) - match.start()
        return found

    def _combine(self, found: list[_Candidate]) -> list[_Candidate]:
        """Merge "between A and B" / "from A to B" / "A-B" into ranges, "N years after A" into offsets."""
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        # drop candidates inside an earlier, longer one
        kept: list[_Candidate] = []
        for candidate in found:
            if kept and candidate.start < kept[-1].end:
                continue
            kept.append(candidate)
        merged: list[_Candidate] = []
        i = 0
        while i < len(kept):
            current = kept[i]
            following = kept[i + 1] if i + 1 < len(kept) else None
            if following is not None:
                combined = self._range(current, following) or self._offset(current, following) or self._of_text_year(current, following)
                if combined is not None:
                    merged.append(combined)
                    i += 2
                    continue
            merged.append(current)
            i += 1
        return merged

    def _range(self, first: _Candidate, second: _Candidate) -> _Candidate | None:
        if first.kind not in RANGEABLE or second.kind not in RANGEABLE:
            return None
        gap = _RANGE_GAP.match(self.text[first.end : second.start])
        if gap is None:
            return None
        opener = _RANGE_OPEN.search(self.text[max(0, first.start - 12) : first.start])
        if gap.group("word"):
            word = gap.group("word").lower()
            if opener is None:
                return None
            if (opener.group("word").lower() == "between") != (word == "and"):
                return None
        elif first.kind != second.kind and {first.kind, second.kind} != {"date", "month"}:
            return None
        start = first.start - (len(opener.group()) if opener else 0)
        return _Candidate(start=start, end=second.end, kind="range", head=first.head, anchor=first, end_candidate=second)

    def _of_text_year(self, first: _Candidate, second: _Candidate) -> _Candidate | None:
        """"July of that year", "in March the following year": the year is one the text named
        before, not the publication's, so the month is as unplaceable as "that year" itself."""
        if first.kind not in ("date", "month") or first.year is not None:
            return None
        if second.kind != "unresolved" or second.unit != "year" or _OF_GAP.match(self.text[first.end : second.start]) is None:
            return None
        return _Candidate(start=first.start, end=second.end, kind="unresolved", head=first.head, unit="day" if first.kind == "date" else "month")

    def _offset(self, first: _Candidate, second: _Candidate) -> _Candidate | None:
        if first.kind != "offset" or first.relation not in ("after", "before") or first.count is None:
            return None
        if second.kind not in ("date", "month", "year", "decade", "weekday", "deictic"):
            return None
        if _OFFSET_GAP.match(self.text[first.end : second.start]) is None:
            return None
        end = second.end
        # "the 1922 treaty": end the expression with the noun the anchor year modifies
        nxt = self.next_token(second.end)
        if second.kind in ("year", "date", "month") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
            anchor_tokens = self.tokens(second.start, second.end)
            if anchor_tokens and anchor_tokens[-1].head.i == nxt.i:
                end = nxt.idx + len(nxt.text)
        return _Candidate(start=first.start, end=end, kind="anchored", head=first.head, unit=first.unit, count=first.count, direction=first.direction, anchor=second)


SEASON_CUES = frozenset({"in", "by", "before", "after", "until", "till", "over", "during", "through", "throughout", "since", "into", "from", "to", "for", "until", "around"})
PREFIXABLE = frozenset({"date", "date_range", "month", "year", "year_range", "decade", "season", "weekday", "quarter", "relquarter", "relunit", "holiday", "week_of_month"})
# Fixed-date holidays (month, day), and the movable ones computed per year.
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Hogmanay": (12, 31), "Valentine's Day": (2, 14),
    "Halloween": (10, 31), "Bastille Day": (7, 14), "Easter": "easter", "Easter Sunday": "easter",
    "Easter Monday": "easter+1", "Good Friday": "easter-2", "Thanksgiving": "thanksgiving",
}
HOLIDAY_CUES = frozenset({"before", "after", "at", "by", "until", "till", "over", "since", "on", "for", "around", "of", "during", "from", "to", "between", "and", "since", "last", "next", "this", "ahead", "until", "christmas", "easter"})
# Nouns before "of" that make the number after it a count: "a total of 1500", "a crowd of 2000".
QUANTITY_NOUNS = frozenset({
    "total", "number", "sum", "amount", "maximum", "minimum", "average", "tally", "toll", "count", "figure",
    "crowd", "fine", "budget", "cost", "price", "salary", "wage", "population", "fleet", "force", "army",
    "deficit", "surplus", "debt", "loss", "profit", "revenue", "rise", "increase", "drop", "decline", "fall",
    "gain", "score", "majority", "height", "depth", "distance", "length", "weight", "capacity", "output",
    "speed", "group", "age", "out", "estimate", "turnout", "margin", "limit", "quota", "ceiling", "cap",
})
YEAR_PLURAL_NOUNS = frozenset({"elections", "games", "olympics", "figures", "levels", "prices", "numbers", "results", "accounts", "rules", "talks", "protests", "floods", "riots", "polls", "midterms", "primaries", "accords", "agreements", "sanctions", "events", "attacks", "budgets", "estimates", "forecasts", "data", "statistics"})
DURATION_CUES = frozenset({"for", "over", "within", "in", "after", "nearly", "almost", "about", "around", "than", "under", "just", "only", "barely", "roughly", "least", "some", "half", "past", "first", "entire", "whole", "full", "another", "of", "spent", "lasted", "took", "last", "than", "throughout"})
RANGEABLE = frozenset({"date", "month", "year", "decade", "weekday", "season", "quarter"})


# --------------------------------------------------------------------------- tense

_PAST, _FUTURE = -1, 1
_SINCE = -2  # a hard past: after "since" the time cannot lie after publication


def _verb_of(token: Token) -> Token | None:
    """The verb a time expression hangs on: up the heads from its root, at most a few steps."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def clause_tense(token: Token) -> int | None:
    """-1 past, +1 future, None unknown, for the clause the token belongs to."""
    verb = _verb_of(token)
    if verb is None:
        return None
    tense = _tense_of_verb(verb, depth=0)
    if tense is None and _present_condition(verb):
        # English puts a condition or a time clause in the present for a future event ("If the
        # guns are quiet on Thursday, we will push for more"): its main clause says when
        return _tense_of_verb(verb.head, depth=1)
    return tense


CONDITION_MARKS = frozenset({"if", "unless", "once", "when", "whenever", "until", "till", "before", "after"})


def _present_condition(verb: Token) -> bool:
    """Whether ``verb`` heads a present-tense adverbial clause of condition or time ("if … are",
    "once … is signed")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children_of(verb)):
        return False
    auxes = {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBZ", "VBP") or bool(auxes & PRESENT_BE)


def _tense_of_verb(verb: Token, depth: int) -> int | None:
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return _FUTURE
    if "going" in words or any(a.lower_ == "going" for a in children_of(verb)):
        return _FUTURE
    if words & POSSIBILITY_AUX:
        return _FUTURE
    if "would" in words:
        # reported future ("said it would meet on Friday") points ahead of the saying
        return _FUTURE if verb.dep_ in ("ccomp", "xcomp", "conj") else None
    tag = verb.tag_
    if words & PRESENT_BE:
        if tag == "VBG":
            return _FUTURE  # "is meeting on Friday": an arrangement
        if tag == "VBN" and verb.lemma_ in SCHEDULE_LEMMAS:
            return _FUTURE  # "is scheduled for Thursday"
        return None
    if words & PAST_AUX:
        return _PAST
    if tag == "VBD":
        return _PAST
    if verb.lemma_ == "be" and tag in ("VBZ", "VBP"):
        # "the vote is due on Friday", "talks are set for Monday"
        if any(c.lower_ in ("due", "set", "scheduled", "expected", "slated", "planned") for c in children_of(verb)):
            return _FUTURE
        return None
    if tag == "VBN" and verb.lemma_ in SCHEDULE_LEMMAS and not words:
        return _FUTURE  # "the exercises planned for September", "talks scheduled for Monday"
    if tag in ("VBN", "VBG") or (tag == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb))):
        # reduced relative ("talks held on Friday") or infinitive ("agreed to meet on Sunday")
        if depth < 2 and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            head_tense = _tense_of_verb(verb.head, depth + 1)
            if tag == "VB":
                return _FUTURE if head_tense != _PAST else (_FUTURE if verb.head.lemma_ in INTENT_LEMMAS else None)
            return head_tense
        return _FUTURE if tag == "VB" else None
    if tag in ("VBZ", "VBP"):
        return None if verb.lemma_ in REPORTING_LEMMAS else _FUTURE
    return None


INTENT_LEMMAS = frozenset({"agree", "plan", "promise", "pledge", "vow", "decide", "threaten", "hope", "intend", "aim", "expect", "prepare", "offer", "arrange", "schedule", "want"})
DEADLINE_SETTERS = INTENT_LEMMAS | frozenset({"announce", "order", "impose", "extend", "declare", "set", "give", "demand", "ask", "urge", "ban"})


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class _Resolved:
    value: str | None
    end_value: str | None
    granularity: Granularity | None
    type: TimeType


def _fmt(granularity: Granularity, year: int | None, month: int | None = None, day: int | None = None, week: int | None = None) -> str:
    y = "XXXX" if year is None else f"{year:04d}"
    if granularity == "day":
        return f"{y}-{month:02d}-{day:02d}"
    if granularity == "month":
        return f"{y}-{month:02d}"
    if granularity == "week":
        return f"{y}-W{week:02d}"
    if granularity == "decade":
        return "XXX" + "X" if year is None else f"{year // 10:03d}X"
    return y


def _fmt_date(granularity: Granularity, date: dt.date) -> str:
    if granularity == "week":
        iso = date.isocalendar()
        return _fmt("week", iso[0], week=iso[1])
    return _fmt(granularity, date.year, date.month, date.day)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _shift(date: dt.date, unit: Granularity, amount: float) -> dt.date:
    """``date`` moved by ``amount`` units (fractions of days are dropped, months clamp the day)."""
    if unit == "day":
        return date + dt.timedelta(days=round(amount))
    if unit == "week":
        return date + dt.timedelta(days=round(amount * 7))
    months = round(amount * {"month": 1, "year": 12, "decade": 120}[unit])
    year, month = _add_months(date.year, date.month, months)
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _pick_year(published: dt.date, tense: int | None, month: int, day: int | None) -> int | None:
    """The year of a month (and day) given without one: the occurrence nearest to ``published``, the
    tense adding distance to the occurrences it contradicts (``PAST_PENALTY_MONTHS``,
    ``FUTURE_PENALTY_MONTHS``). So a past-tense "on Dec. 16" in early January is last December,
    "signalled a rise in December" written in November is next month, and "planned for September"
    written in December is next September."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        if day is not None and not _valid_day(year, month, day):
            continue
        if not 1 <= year <= 9999:
            continue
        when = dt.date(year, month, day or 1)
        if day is None:
            # compare months as wholes: "in December" written in December is this December
            distance = (year * 12 + month) - (published.year * 12 + published.month)
        else:
            distance = (when - published).days
        candidates.append((distance, year))
    if not candidates:
        return None
    if tense == _SINCE:
        past = [c for c in candidates if c[0] <= 0]
        return max(past)[1] if past else None
    scale = 30 if day is not None else 1  # distances are in days or in months

    def cost(candidate: tuple[int, int]) -> tuple[int, bool]:
        distance = candidate[0]
        penalty = 0
        if tense == _PAST and distance > 0:
            penalty = PAST_PENALTY_MONTHS * scale
        elif tense == _FUTURE and distance < 0:
            penalty = FUTURE_PENALTY_MONTHS * scale
        return abs(distance) + penalty, distance > 0

    return min(candidates, key=cost)[1]


# How far (in months) a contradicted tense pushes an occurrence away. A past tense is often only the
# reporting verb's ("signalled a rise in December"), a future marker ("will", "planned for") is
# about the event itself, so it weighs more. Five months: a past-tense clause reads a month as
# ahead of publication only when it is at most three months ahead ("signalled a rise in December"
# written in September), not four ("signed the agreement in March" written in November is last
# March: with three months it was next March, the error the blind set of bench/times_blind.md showed).
PAST_PENALTY_MONTHS = 5
# Seasons measure their distance to the nearer edge of the season, not to its first month, so
# they keep the three months they were tuned with ("unlikely before the summer", said in March, is
# the coming summer).
SEASON_PAST_PENALTY_MONTHS = 3
FUTURE_PENALTY_MONTHS = 9


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _movable_holiday(rule: str, year: int) -> dt.date:
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    # thanksgiving: the fourth Thursday of November (the US one, which news means by the word)
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _nearest(dates: list[dt.date], published: dt.date, tense: int | None) -> dt.date:
    """The date nearest to ``published``, or the latest before / first after it as the tense says."""
    if tense in (_PAST, _SINCE) and any(d <= published for d in dates):
        return max(d for d in dates if d <= published)
    if tense == _FUTURE and any(d >= published for d in dates):
        return min(d for d in dates if d >= published)
    return min(dates, key=lambda d: (abs((d - published).days), d > published))


class _Resolver:
    def __init__(self, doc: Doc, text: str, published: dt.date | None):
        self.doc = doc
        self.text = text
        self.published = published
        # the last value resolved at each granularity, for "the same week of 2025"
        self.last_value: dict[str, str] = {}

    def tense(self, candidate: _Candidate) -> int | None:
        if _SINCE_BEFORE.search(self.text, max(0, candidate.start - 12), candidate.start):
            return _SINCE  # "since March": whatever the verb, a time before publication
        if not len(self.doc):
            return None
        token = self.doc[candidate.head]
        if _DEADLINE_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start):
            verb = _verb_of(token)
            if verb is not None and verb.lemma_ in DEADLINE_SETTERS:
                return _FUTURE  # "promised a review by the spring", "announced a ban until Monday"
        return clause_tense(token)

    def resolve(self, c: _Candidate) -> _Resolved:
        try:
            resolved = getattr(self, "_" + c.kind)(c)
        except (ValueError, OverflowError):
            # a date outside the calendar (or beyond year 9999 after shifting)
            return _Resolved(None, None, c.unit or _granularity_of(c), "unresolved")
        if resolved.value is not None and resolved.granularity is not None and "X" not in resolved.value:
            self.last_value[resolved.granularity] = resolved.value
        return resolved

    def _same_unit(self, c: _Candidate) -> _Resolved:
        """"the same week of 2025": the week number of the last week mentioned, in that year."""
        year = c.year
        if year is None:
            if self.published is None:
                return _Resolved(None, None, c.unit, "relative")
            year = self.published.year + c.offset
        previous = self.last_value.get(c.unit)
        if previous is None:
            return _Resolved(None, None, c.unit, "unresolved")
        if c.unit == "week":
            week = int(previous.split("-W")[1])
            if week == 53 and dt.date(year, 12, 28).isocalendar()[1] != 53:
                return _Resolved(None, None, c.unit, "unresolved")
            return _Resolved(_fmt("week", year, week=week), None, "week", "relative")
        month = int(previous[5:7])
        if c.unit == "month":
            return _Resolved(_fmt("month", year, month), None, "month", "relative")
        day = int(previous[8:10])
        if not _valid_day(year, month, day):
            return _Resolved(None, None, "day", "unresolved")
        return _Resolved(_fmt("day", year, month, day), None, "day", "relative")

    # calendar expressions

    def _date(self, c: _Candidate) -> _Resolved:
        year = c.year
        if year is None and self.published is not None:
            year = _pick_year(self.published, self.tense(c), c.month, c.day)
        if not _valid_day(year if year is not None else 2000, c.month, c.day) or (year is None and self.published is not None):
            return _Resolved(None, None, "day", "unresolved")
        return _Resolved(_fmt("day", year, c.month, c.day), None, "day", "exact")

    def _date_range(self, c: _Candidate) -> _Resolved:
        year = c.year
        if year is None and self.published is not None:
            year = _pick_year(self.published, self.tense(c), c.month, c.day)
        check_year = year if year is not None else 2000
        if not (_valid_day(check_year, c.month, c.day) and _valid_day(check_year, c.end_month, c.end_day)) or c.end_day <= c.day:
            return _Resolved(None, None, "day", "unresolved")
        return _Resolved(_fmt("day", year, c.month, c.day), _fmt("day", year, c.end_month, c.end_day), "day", "range")

    def _month(self, c: _Candidate) -> _Resolved:
        if not 1 <= c.month <= 12:
            return _Resolved(None, None, "month", "unresolved")
        if c.relation is not None:
            # "last March", "next May", "March of last year": placed by the publication date alone
            if self.published is None:
                return _Resolved(None, None, "month", "relative")
            published = self.published
            if c.relation == "year":
                year = published.year + c.offset
            elif c.relation == "last":
                year = published.year if c.month < published.month else published.year - 1
            elif c.relation == "next":
                year = published.year if c.month > published.month else published.year + 1
            else:
                year = published.year
            return _Resolved(_fmt("month", year, c.month), None, "month", "relative")
        year = c.year
        if year is None and self.published is not None:
            year = _pick_year(self.published, self.tense(c), c.month, None)
        return _Resolved(_fmt("month", year, c.month), None, "month", "exact")

    def _year(self, c: _Candidate) -> _Resolved:
        return _Resolved(_fmt("year", c.year), None, "year", "exact")

    def _year_range(self, c: _Candidate) -> _Resolved:
        return _Resolved(_fmt("year", c.year), _fmt("year", c.end_year), "year", "range")

    def _decade(self, c: _Candidate) -> _Resolved:
        return _Resolved(_fmt("decade", c.year), None, "decade", "exact")

    def _quarter(self, c: _Candidate) -> _Resolved:
        size = c.extras["size"]
        first_month = c.extras.get("first_month") or int((c.count - 1) * size + 1)
        last_month = first_month + size - 1
        if c.relation == "year":  # "the first half of next year"
            if self.published is None:
                return _Resolved(None, None, "month", "relative")
            year = self.published.year + c.offset
            return _Resolved(_fmt("month", year, first_month), _fmt("month", year, last_month), "month", "relative")
        year = c.year
        if year is None and self.published is not None:
            year = _pick_year(self.published, self.tense(c), first_month, None)
        return _Resolved(_fmt("month", year, first_month), _fmt("month", year, last_month), "month", "exact")

    def _season(self, c: _Candidate) -> _Resolved:
        """A season as its TIMEX3 code ("2025-WI"; a winter is named by the year it starts in): season
        boundaries differ between conventions and hemispheres, so no months are invented."""
        season = c.extras["season"]
        code = SEASON_CODES[season]
        if c.year is not None:
            return _Resolved(f"{c.year:04d}-{code}", None, "season", "exact")
        if self.published is None:
            return _Resolved(None, None, "season", "relative")
        year = self._season_year(c, SEASON_MONTHS[season][0])
        return _Resolved(f"{year:04d}-{code}", None, "season", "relative")

    def _week_of_month(self, c: _Candidate) -> _Resolved:
        year = c.year
        kind: TimeType = "exact"
        if year is None:
            if self.published is None:
                return _Resolved(None, None, "week", "exact")
            year = _pick_year(self.published, self.tense(c), c.month, None)
        last_day = calendar.monthrange(year, c.month)[1]
        if c.count > 0:
            day = min(7 * (int(c.count) - 1) + 1, last_day)  # the week holding day 1, 8, 15 or 22
        else:
            day = last_day - 6  # the last week: the one holding the month's last seven days' start
        return _Resolved(_fmt_date("week", dt.date(year, c.month, day)), None, "week", kind)

    def _holiday(self, c: _Candidate) -> _Resolved:
        rule = c.extras["holiday"]
        if isinstance(rule, tuple):
            month, day = rule
            year = _pick_year(self.published, self.tense(c), month, day) if self.published is not None else None
            return _Resolved(_fmt("day", year, month, day), None, "day", "exact")
        if self.published is None:
            return _Resolved(None, None, "day", "exact")
        tense = self.tense(c)
        candidates = [_movable_holiday(rule, year) for year in (self.published.year - 1, self.published.year, self.published.year + 1)]
        date = _nearest(candidates, self.published, tense)
        return _Resolved(_fmt_date("day", date), None, "day", "exact")

    def _season_year(self, c: _Candidate, first_month: int) -> int:
        """The year a season without one starts in: "last summer" is the latest that has ended,
        "next summer" the first still to begin, "this summer" the one under way or else the one
        the tense points to (the nearest when there is none)."""
        published = self.published
        now = published.year * 12 + published.month
        occurrences = []  # (first month index, last month index, year it starts in)
        for year in range(published.year - 2, published.year + 2):
            first = year * 12 + first_month
            occurrences.append((first, first + 2, year))
        if c.relation == "last":
            return max(o for o in occurrences if o[1] < now)[2]
        if c.relation == "previous":
            this = dataclasses.replace(c, relation="this")
            return self._season_year(this, first_month) - 1
        if c.relation == "next":
            return min(o for o in occurrences if o[0] > now)[2]
        for first, last, year in occurrences:
            if first <= now <= last:
                return year
        # "this summer" said in May is the coming one, "this winter" said in March the one just
        # ended: the nearest, the tense adding distance to the one it contradicts as for months
        past = max(o for o in occurrences if o[1] < now)
        future = min(o for o in occurrences if o[0] > now)
        tense = self.tense(c)
        gap_past = now - past[1] + (FUTURE_PENALTY_MONTHS if tense == _FUTURE else 0)
        gap_future = future[0] - now + (SEASON_PAST_PENALTY_MONTHS if tense in (_PAST, _SINCE) else 0)
        return past[2] if gap_past <= gap_future else future[2]

    # relative expressions

    def _weekday(self, c: _Candidate) -> _Resolved:
        if self.published is None:
            return _Resolved(None, None, "day", "relative")
        published = self.published
        back = (published.weekday() - c.weekday) % 7
        ahead = (c.weekday - published.weekday()) % 7
        if c.relation in ("last", "past"):
            date = published - dt.timedelta(days=back or 7)
        elif c.relation in ("next", "coming"):
            date = published + dt.timedelta(days=ahead or 7)
        elif self.tense(c) == _FUTURE:
            date = published + dt.timedelta(days=ahead)
        else:
            date = published - dt.timedelta(days=back)
        return _Resolved(_fmt_date("day", date), None, "day", "relative")

    def _the_weekend(self, c: _Candidate) -> _Resolved:
        """The weekend nearest publication on the side the clause's tense points to: in a past-tense (or tenseless)
        clause the one whose Saturday is on or before ``published``, in a future one the next; its ISO week."""
        if self.published is None:
            return _Resolved(None, None, "week", "relative")
        published = self.published
        if c.relation != "past" and self.tense(c) == _FUTURE:
            saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
        else:
            saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return _Resolved(_fmt_date("week", saturday), None, "week", "relative")

    def _deictic(self, c: _Candidate) -> _Resolved:
        if self.published is None:
            return _Resolved(None, None, "day", "relative")
        return _Resolved(_fmt_date("day", self.published + dt.timedelta(days=c.offset)), None, "day", "relative")

    def _relunit(self, c: _Candidate) -> _Resolved:
        if self.published is None:
            return _Resolved(None, None, c.unit, "relative")
        return _Resolved(self._unit_value(c.unit, c.offset), None, c.unit, "relative")

    def _unit_value(self, unit: Granularity, offset: int) -> str:
        published = self.published
        if unit == "decade":
            return _fmt("decade", published.year + 10 * offset)
        return _fmt_date(unit, _shift(published, unit, offset))

    def _relquarter(self, c: _Candidate) -> _Resolved:
        if self.published is None:
            return _Resolved(None, None, "month", "relative")
        year, month = _add_months(self.published.year, ((self.published.month - 1) // 3) * 3 + 1, 3 * c.offset)
        return _Resolved(_fmt("month", year, month), _fmt("month", year, month + 2), "month", "relative")

    def _ago(self, c: _Candidate) -> _Resolved:
        granularity: Granularity = "year" if c.unit == "decade" else c.unit
        if c.count is None:
            return _Resolved(None, None, granularity, "unresolved")
        if self.published is None:
            return _Resolved(None, None, granularity, "relative")
        return _Resolved(_fmt_date(granularity, _shift(self.published, c.unit, -c.count)), None, granularity, "relative")

    def _offset(self, c: _Candidate) -> _Resolved:
        return _Resolved(None, None, "year" if c.unit == "decade" else c.unit, "unresolved")

    def _unresolved(self, c: _Candidate) -> _Resolved:
        return _Resolved(None, None, c.unit, "unresolved")

    def _anchored(self, c: _Candidate) -> _Resolved:
        anchor = self.resolve(c.anchor)
        granularity = anchor.granularity
        if c.count is None or anchor.value is None or "X" in anchor.value or granularity is None:
            return _Resolved(None, None, granularity, "relative" if anchor.type != "unresolved" else "unresolved")
        sign = 1 if c.direction > 0 else -1
        amount = sign * c.count
        if granularity == "decade":
            year = int(anchor.value[:3]) * 10 + round(amount * {"day": 1 / 365, "week": 1 / 52, "month": 1 / 12, "year": 1, "decade": 10}[c.unit])
            return _Resolved(_fmt("decade", year), None, "decade", "relative")
        anchor_date = _parse_value(anchor.value, granularity)
        if c.unit in ("year", "decade") or granularity in ("year", "month"):
            shifted = _shift(anchor_date, c.unit, amount)
            out_granularity = granularity if _coarser(granularity, c.unit) else c.unit
        else:
            shifted = _shift(anchor_date, c.unit, amount)
            out_granularity = granularity if _coarser(granularity, c.unit) else c.unit
        return _Resolved(_fmt_date(out_granularity, shifted), None, out_granularity, "relative")

    def _duration(self, c: _Candidate) -> _Resolved:
        unit = c.unit
        if c.direction == 0 or c.count is None or self.published is None:
            return _Resolved(None, None, unit, "duration")
        granularity: Granularity = "year" if unit == "decade" else unit
        if c.direction < 0:
            start = _shift(self.published, unit, -c.count)
            return _Resolved(_fmt_date(granularity, start), _fmt_date(granularity, self.published), granularity, "duration")
        end = _shift(self.published, unit, c.count)
        return _Resolved(_fmt_date(granularity, self.published), _fmt_date(granularity, end), granularity, "duration")

    def _range(self, c: _Candidate) -> _Resolved:
        first, second = c.anchor, c.end_candidate
        if first.year is None and second.year is not None and first.kind in ("date", "month"):
            # "from March to May 2022": the start shares the end's year (or the one before)
            year = second.year if (first.month or 1) <= (second.month or 12) else second.year - 1
            first = dataclasses.replace(first, year=year)
        a = self.resolve(first)
        if second.year is None and first.kind in ("date", "month") and second.kind in ("date", "month") and a.value and "X" not in a.value:
            year = int(a.value[:4])
            second = dataclasses.replace(second, year=year if (second.month or 12) >= (first.month or 1) else year + 1)
        b = self.resolve(second)
        if first.kind == "weekday" and second.kind == "weekday" and a.value and b.value and b.value < a.value:
            # "from Monday to Wednesday" in the past: Wednesday follows that Monday
            monday = dt.date.fromisoformat(a.value)
            b = _Resolved(_fmt_date("day", monday + dt.timedelta(days=(second.weekday - first.weekday) % 7)), None, "day", b.type)
        if a.type == "unresolved" or b.type == "unresolved":
            return _Resolved(None, None, a.granularity, "unresolved")
        return _Resolved(a.value, b.value, a.granularity or b.granularity, "range")


def _coarser(a: Granularity, b: Granularity) -> bool:
    order = ("day", "week", "month", "year", "decade")
    return order.index(a) >= order.index(b)


def _parse_value(value: str, granularity: Granularity) -> dt.date:
    if granularity == "day":
        return dt.date.fromisoformat(value)
    if granularity == "week":
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    if granularity == "month":
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    return dt.date(int(value[:4]), 1, 1)


def _granularity_of(c: _Candidate) -> Granularity | None:
    if c.kind in ("date", "date_range", "weekday", "deictic", "holiday"):
        return "day"
    if c.kind == "season":
        return "season"
    if c.kind == "week_of_month":
        return "week"
    if c.kind in ("month", "quarter", "relquarter"):
        return "month"
    if c.kind in ("year", "year_range"):
        return "year"
    if c.kind == "decade":
        return "decade"
    return c.unit


# --------------------------------------------------------------------------- public API


# One scan per document, shared by extract_times and the quantity parser (which skips times).
# Keyed weakly on the Doc, so it goes when the Doc goes; the token count guards against a Doc
# retokenised in between.
_SCANS: "weakref.WeakKeyDictionary[Doc, tuple[int, str, tuple[_Candidate, ...]]]" = weakref.WeakKeyDictionary()


def scan(doc: Doc) -> tuple[str, tuple[_Candidate, ...]]:
    """``doc.text`` and the time candidates of ``doc``, computed once per document."""
    cached = _SCANS.get(doc)
    if cached is not None and cached[0] == len(doc):
        return cached[1], cached[2]
    text = doc_text(doc)
    candidates = tuple(_Scanner(doc, text).candidates())
    _SCANS[doc] = (len(doc), text, candidates)
    return text, candidates


def find_time_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the time expressions in ``doc`` (no resolution): what quantities skip."""
    return [(c.start, c.end) for c in scan(doc)[1]]


def extract_times(doc: Doc, published: dt.date | None = None) -> tuple[TimeExpr, ...]:
    """Every time expression in ``doc``, in text order, resolved against ``published`` when given."""
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, not {type(published).__name__}")
    if isinstance(published, dt.datetime):
        published = published.date()
    text, candidates = scan(doc)
    resolver = _Resolver(doc, text, published)
    times: list[TimeExpr] = []
    for candidate in candidates:
        resolved = resolver.resolve(candidate)
        times.append(
            TimeExpr(
                id=f"t{len(times) + 1}",
                text=text[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                value=resolved.value,
                end_value=resolved.end_value,
                granularity=resolved.granularity,
                type=resolved.type,
            )
        )
    return tuple(times)
