"""Quantities: numbers with their units ("around 30,000 troops", "$2.5bn", "a third", "40%").

``find_quantities(doc)`` returns every quantity of the document in text order; callers (claims,
events) keep the ones inside their spans. Each is a ``Quantity``: ``text``/``start``/``end`` (the
whole phrase, from its hedge to its counted noun: "around 30,000 Russian troops"), ``value`` (a
float), ``unit`` and ``approximate``.

What ``unit`` holds:

- money: the ISO 4217 code ("$2.5bn" -> 2.5e9 "USD", "€40 million" -> "EUR", "1.2 trillion
  roubles" -> "RUB"); a bare "$" is the US dollar, "C$", "A$", "HK$"... and "Canadian dollars" name
  their own;
- shares: "%" for percentages ("40%", "40 per cent"), "percentage points" for differences of
  percentages, "fraction" for fractions ("a third" -> 0.3333, "two-thirds" -> 0.6667);
- measures: a short symbol ("1,500km" and "300 kilometres" -> "km"; "tonnes" -> "t"; "miles" ->
  "mi");
- counts: the counted noun as written ("troops", "battalions", "tanks"), or null when the number
  stands alone ("the death toll rose to 45"). A number written in words with no noun is a count
  only when it is hedged, 100 or more, or a verb's subject or object ("Thirteen were killed",
  "police detained six", "only two of the 27 member states voted against"), not "the two met".

``approximate`` is true for hedged numbers ("around", "some", "nearly", "more than", "at least",
"up to", "an estimated"...), for ranges ("between 20 and 30 soldiers": the lower end is the value)
and for round magnitudes, whose value is the order of magnitude they name, a floor rather than an
estimate: "tens of thousands" -> 10,000, "hundreds of" -> 100, "dozens of" -> 12.

Not quantities: ordinals ("the second round", "a second term"), years and dates and durations
(they are time expressions: see ``extract.times``), clock times, phone numbers, numbers inside
names ("Boeing 737", "Article 5", "G7", "COVID-19"), ages ("a 45-year-old"), and "one" used as a
pronoun ("one of the", "no one").

One regular-expression scan of the text, then constant work per number: a sentence with forty
numbers is as cheap as forty sentences with one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..nlp import children_of, entity_span_of
from ..types import Quantity
from .times import core_windows
from .times import scan as scan_times

# --------------------------------------------------------------------------- lexicons

UNITS_1_19 = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
    "crore": 1e7, "lakh": 1e5,
}
# Denominators: "a third" -> 3. "second" is never one ("a second term" is an ordinal).
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
# Round magnitudes: the order of magnitude they name (a floor, reported as approximate).
MAGNITUDES = {
    "tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7,
    "hundreds of millions": 1e8, "tens of billions": 1e10, "hundreds of billions": 1e11,
    "thousands": 1e3, "hundreds": 1e2, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "dozens": 12, "scores": 20,
}
# Words before a number that belong to the quantity but do not make it approximate (every other
# hedge _HEDGE_BEFORE knows does: "around", "more than", "at least", "up to", "an estimated"...).
EXACT_HEDGES = ("exactly", "precisely", "only", "just", "a total of")
VERBAL_HEDGES = ("estimated at", "put at")  # approximate, but left out of the quantity's text
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₽": "RUB", "₴": "UAH", "₺": "TRY", "₩": "KRW", "₦": "NGN", "₪": "ILS",
}
CURRENCY_CODES = frozenset({"USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RUB", "UAH", "INR", "CAD", "AUD", "TRY", "PLN", "SEK", "NOK", "DKK", "BRL", "ZAR", "KRW", "ILS", "SAR", "AED", "IRR"})
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvnya": "UAH",
    "rupee": "INR", "rupees": "INR", "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "liras": "TRY",
    "lire": "TRY", "franc": "CHF", "francs": "CHF", "rand": "ZAR", "won": "KRW", "zloty": "PLN",
    "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "reais": "BRL", "naira": "NGN", "rial": "IRR", "rials": "IRR",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "bitcoin": "BTC", "bitcoins": "BTC",
    "pesos": "MXN", "peso": "MXN", "pound": "GBP", "pounds": "GBP", "tenge": "KZT", "lari": "GEL",
    "manat": "AZN", "dram": "AMD", "drams": "AMD", "leu": "MDL", "lei": "RON",
}
# "Canadian dollars", "Egyptian pounds", "Argentine pesos": the adjective names the currency.
CURRENCY_ADJECTIVES = {
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("hong kong", "dollar"): "HKD",
    ("new zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("zimbabwean", "dollar"): "ZWL", ("egyptian", "pound"): "EGP", ("lebanese", "pound"): "LBP",
    ("syrian", "pound"): "SYP", ("sudanese", "pound"): "SDG", ("argentine", "peso"): "ARS",
    ("argentinian", "peso"): "ARS", ("philippine", "peso"): "PHP", ("colombian", "peso"): "COP",
    ("chilean", "peso"): "CLP", ("mexican", "peso"): "MXN", ("swiss", "franc"): "CHF",
    ("swedish", "krona"): "SEK", ("norwegian", "krone"): "NOK", ("danish", "krone"): "DKK",
    ("brazilian", "real"): "BRL", ("south african", "rand"): "ZAR", ("indian", "rupee"): "INR",
    ("pakistani", "rupee"): "PKR", ("saudi", "riyal"): "SAR", ("iranian", "rial"): "IRR",
    ("turkish", "lira"): "TRY", ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY",
    ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB", ("ukrainian", "hryvnia"): "UAH",
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
}
MEASURES = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "mile": "mi", "miles": "mi", "mi": "mi", "metre": "m", "metres": "m",
    "meter": "m", "meters": "m", "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm",
    "millimetres": "mm", "millimeters": "mm", "ft": "ft", "feet": "ft", "foot": "ft", "inch": "in",
    "inches": "in", "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "kilogrammes": "kg", "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "grammes": "g",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "lb": "lb", "lbs": "lb", "hectare": "ha",
    "hectares": "ha", "ha": "ha", "acre": "acre", "acres": "acre", "litre": "l", "litres": "l",
    "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal", "mw": "MW", "gw": "GW",
    "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megawatts": "MW",
    "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW", "kilowatts": "kW", "mph": "mph",
    "kph": "km/h", "km/h": "km/h", "knots": "kn", "bcm": "bcm", "bpd": "bpd", "degrees": "°",
    "°c": "°C", "°f": "°F", "celsius": "°C", "fahrenheit": "°F", "sq km": "km2", "km2": "km2",
    "km²": "km2", "square kilometres": "km2", "square kilometers": "km2", "square miles": "mi2",
    "square metres": "m2", "square meters": "m2", "cubic metres": "m3", "cubic meters": "m3",
    "nautical miles": "nmi", "nautical mile": "nmi", "basis points": "basis points", "basis point": "basis points",
    "bps": "basis points",
}
# A noun after a count that is a measure of time or a name part, never the counted thing.
NOT_UNITS = frozenset({
    "%", "percent", "per", "cent", "of", "and", "or", "to", "the", "a", "an", "time",
    "am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "th", "st", "nd", "rd",
})
# Verbs after which "X to Y" is a change and its new level ("rose 2% to 4.1%"), not a range.
CHANGE_VERBS = frozenset({
    "rise", "fall", "climb", "drop", "jump", "increase", "decrease", "grow", "slip", "gain", "lose", "decline", "surge",
    "soar", "plunge", "sink", "edge", "tumble", "slide", "ease", "cut", "raise", "lift", "lower", "rally", "dip", "shrink",
    "widen", "narrow", "firm", "weaken", "strengthen", "advance", "retreat", "slump", "spike", "rebound", "contract", "expand",
})
# Lengths of time shorter than a day (days and longer are time expressions, which the scan skips):
# docs/schema.md counts durations among the things that are not quantities.
DURATION_NOUNS = frozenset({"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "seconds", "night", "nights"})
# "one" heads that make it a pronoun or an idiom, not a count: "one thing", "one way".
ONE_IDIOMS = frozenset({"thing", "way", "time", "point", "hand", "side", "another", "other", "day", "moment", "reason", "example", "instance", "place", "kind", "sort", "type", "question", "step", "issue", "problem", "minute", "second", "sense", "voice", "piece"})
# Titlecase words before a number that make it part of a name: "Article 5", "Flight 752".
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "EVENT", "GPE", "LOC", "NORP"})

# --------------------------------------------------------------------------- the scan

_WORD_NUMBER = "|".join(sorted([*UNITS_1_19, *TENS], key=len, reverse=True))
_SCALE_WORDS = "hundred|thousand|million|billion|trillion"
_FRACTION_WORDS = "|".join(sorted((w for w in FRACTIONS if w not in ("half", "halves")), key=len, reverse=True))
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# Suffixes written onto digits: scale ("2.5bn", "$5m", "10k"), measure ("1,500km"), "%".
_MEASURE_WORDS = "|".join(sorted((re.escape(w) for w in MEASURES if w.isalpha() and len(w) > 2), key=len, reverse=True))
# Suffixes written onto digits: scale ("2.5bn", "$5m", "10k"), measure ("1,500km", "41.2C"), "%",
# or a hyphenated measure word ("a 93-metre spire", "a 300-mile front").
_ATTACHED = rf"(?:bn|mn|mln|m|k|tn|trn|b|km|kms|kg|kgs|cm|mm|mi|ft|lbs|lb|t|g|mw|gw|kw|kwh|mwh|gwh|twh|mph|kph|ha|bcm|bpd|%|[°º][CF]?|C|F|-(?i:{_MEASURE_WORDS})(?![\w-]))"

_NUMBERS = re.compile(
    rf"""
    (?P<digits>(?<![\w.,/:#])(?<![\w.,][-−]){_DIGITS}(?:{_ATTACHED})?(?![\w])(?!\.\d)(?![,/:]\d)(?!-[A-Za-z]))
    |(?P<magnitude>(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|(?:thousands|hundreds|millions|billions|trillions|dozens|scores)(?=\s+of\b)
        |(?:several|a\s+few|few|many)\s+(?:hundred|thousand|million|billion|dozen)(?![\w-])))
    |(?P<half_scale>(?i:(?<![\w-])half\s+an?\s+(?:hundred|thousand|million|billion|trillion|dozen)(?![\w-])))
    |(?P<fraction>(?i:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-](?:{_FRACTION_WORDS})(?![\w])|(?<![\w-])half(?=\s+(?:of|the|a|an|all|its|their)\b)))
    |(?P<words>(?i:(?<![\w-])(?:(?:{_WORD_NUMBER}|a\s+(?:{_SCALE_WORDS}|dozen))(?:[\s-]+(?:and\s+)?(?:{_WORD_NUMBER}|{_SCALE_WORDS}|dozen))*|dozen)(?![\w-])))
    """,
    re.VERBOSE,
)
# Tokens a number phrase contains (besides digits); it starts at most a few characters before one.
NUMBER_CORE_WORDS = frozenset({
    *UNITS_1_19, *TENS, *FRACTIONS, *(w for w in MAGNITUDES if " " not in w), "hundred", "thousand",
    "million", "billion", "trillion", "dozen", "tens",
})
_NUMBER_HASHES = np.array(sorted(hash_string(w) for w in NUMBER_CORE_WORDS), dtype=np.uint64)
_NUMBER_PREFIX_HASHES = np.array(sorted(hash_string(c) for c in "0123456789+~"), dtype=np.uint64)
_CURRENCY_SIGN = re.compile(r"[$€£¥₹₽₴₺₩₦₪]\d")
_WINDOW_BEFORE = 10  # "several hundred", "a few thousand", "a third"
_WORD_START = re.compile(r"(?=[\w'’])(?<![\w])")
_FIRST_WORD = re.compile(r"[A-Za-z]+")  # None for a digit: digits always get tried
NUMBER_FIRST_WORDS = NUMBER_CORE_WORDS | {"a", "an", "several", "few", "many", "half"}
_MINUS_BEFORE = re.compile(r"(?:(?<![\w])(?i:minus)\s+|(?<![\w.,])[-−])$")
_SCALE_SUFFIXES = frozenset({"bn", "mn", "mln", "m", "k", "tn", "trn", "b"})
_SCALE_AFTER = re.compile(rf"^\s*(?i:(?P<scale>{_SCALE_WORDS}|bn|mn|mln|tn|trn|crore|lakh)s?)(?![\w])")
_HALF_AFTER = re.compile(r"^\s+(?i:and\s+a\s+half)(?![\w])")
_PERCENT_AFTER = re.compile(r"^\s*(?:(?P<points>(?i:percentage[\s-]+points?|pp|points?\s+of\s+percentage))|(?P<pct>%|(?i:per\s*cent|percent|pc)))(?![\w])")
_CURRENCY_BEFORE = re.compile(r"(?P<cur>U\.S\.\$|US\$|CA\$|AU\$|HK\$|NZ\$|C\$|A\$|S\$|R\$|[$€£¥₹₽₴₺₩₦₪]|\b(?:USD|EUR|GBP|CHF|JPY|CNY|RUB|UAH|INR|CAD|AUD)\s?)$")
_CODE_AFTER = re.compile(r"^\s?(?P<code>USD|EUR|GBP|CHF|JPY|CNY|RUB|UAH|INR|CAD|AUD)(?![\w])")
_RANGE_AFTER = re.compile(rf"^\s*(?P<sep>-|–|—|(?i:to|and))\s*(?:U\.S\.\$|US\$|[$€£¥])?(?P<second>{_DIGITS}(?:{_ATTACHED})?|(?i:{_WORD_NUMBER}))(?![\w])(?!\.\d)(?![,/:]\d)")
_HEDGE_BEFORE = re.compile(
    r"(?i:(?P<hedge>(?:just|well)\s+(?:over|under|more\s+than|less\s+than|below|above)|(?:more|fewer|less)\s+than|up\s+to|at\s+(?:least|most)"
    r"|as\s+(?:many|much|few|little)\s+as|an?\s+(?:estimated|approximate|reported)|estimated(?:\s+at)?|put\s+at|close\s+to|upwards\s+of|in\s+excess\s+of"
    r"|a\s+total\s+of|over|under|below|above|around|about|some|nearly|almost|roughly|approximately|approx\.|circa|barely|exactly|precisely|only|just)"
    r"(?P<between>\s+between)?|(?P<between_only>between))\s+$"
)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)\d{2,4}(?:[\s.-]\d{2,4})+|\+\d{1,3}(?:[\s.-]\d{1,5}){2,}|(?<![\d,.-])\d{3}-\d{3}-\d{4}(?!\d)|(?<![\d,.-])\d{3}-\d{4}(?![\d-])")
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\b(?i:no|nos|number)\.?|#)\s*$")
# Called with a position (``match(text, end)``), so no "^": "45-year-old", "27 and 29 years old".
_AGE_AFTER = re.compile(r"(?:\s*(?:and|or|to|-)\s*\d{1,3})?(?:-|\s)(?i:years?|yrs?|months?|weeks?|days?)(?:-|\s)(?i:old)")
_FRACTION_OF_SCALE = re.compile(r"\s+of\s+an?\s+(?P<scale>hundred|thousand|million|billion|trillion)(?![\w])", re.IGNORECASE)
_ONE_IN = re.compile(rf"\s+in\s+(?P<whole>\d{{1,3}}(?:,\d{{3}})*|(?i:{'|'.join(sorted([*UNITS_1_19, *TENS, 'a hundred', 'a thousand'], key=len, reverse=True))}))(?![\w,.]?\d)(?![\w-])")
_BY_BEFORE = re.compile(r"(?<![\w])(?i:by)\s+(?:(?i:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|just\s+over|just\s+under|up\s+to)\s+)?$")
# not "that": "said that one person had died" is a count after a conjunction
_DEFINITE_BEFORE = re.compile(r"(?<![\w])(?i:the|this|its|their|his|her|our|my|your)\s+$")
_TIME_OF_DAY_AFTER = re.compile(r"^\s?(?i:[ap]\.?m\b\.?|o'clock|hrs\b|gmt|utc|bst|cet|local\s+time)")


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    value: float
    approximate: bool = False
    unit: str | None = None
    kind: str = "count"  # count | money | percent | fraction | measure | magnitude
    scale_attached: bool = False
    multiplier: float = 1.0  # the scale applied to the written number ("2.5bn": 1e9)


def _word_value(text: str) -> float | None:
    """ "two hundred and fifty thousand" -> 250000; "a dozen" -> 12; None if it is not a number."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, word in enumerate(words):
        if word == "a":
            if i + 1 < len(words) and words[i + 1] in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
                current += 1
                continue
            return None
        if word in UNITS_1_19:
            current += UNITS_1_19[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digits_value(text: str) -> tuple[float, str]:
    """ "2.5bn" -> (2.5, "bn"); "1,500km" -> (1500.0, "km")."""
    match = re.match(r"[\d,]+(?:\.\d+)?", text)
    number = float(match.group().replace(",", ""))
    return number, text[match.end() :]


class _Scanner:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text, times = scan_times(doc)  # the text and the time expressions, computed once per Doc
        self.starts = doc.to_array([IDX]).tolist() if len(doc) else []
        self.times = [(t.start, t.end) for t in times]  # sorted, never overlapping
        self.time_starts = [start for start, _ in self.times]

    def skipped(self, start: int, end: int) -> bool:
        """Whether ``start:end`` overlaps a time expression ("in 2020", "three weeks")."""
        i = bisect.bisect_left(self.time_starts, end) - 1
        while i >= 0 and self.times[i][1] > start:
            if self.times[i][0] < end:
                return True
            i -= 1
        return False

    def in_phone_number(self, start: int, end: int) -> bool:
        low = max(0, start - 24)
        return any(m.start() < end and m.end() > start for m in _PHONE.finditer(self.text, low, end + 24))

    def token_at(self, char: int) -> Token | None:
        if not self.starts:
            return None
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def token_after(self, char: int) -> Token | None:
        i = bisect.bisect_left(self.starts, char)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def token_before(self, char: int) -> Token | None:
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    # ---- the scan

    def quantities(self) -> list[Quantity]:
        found: list[Quantity] = []
        last_end = -1
        for match in self._matches():
            if match.start() < last_end:
                continue
            number = getattr(self, "_" + match.lastgroup)(match)
            if number is None:
                continue
            quantity = self._complete(number)
            if quantity is None:
                continue
            found.append(quantity)
            last_end = quantity.end
        return found

    def _matches(self):
        """The matches of ``_NUMBERS`` a scan of the whole text would give, found by trying it only at
        word starts shortly before a token that starts with a digit or is a number word."""
        text = self.text
        position = 0
        match_at = _NUMBERS.match
        # a currency sign glued to its token ("HK$3") hides the digits from the token arrays
        signs = [m.span() for m in _CURRENCY_SIGN.finditer(text)]
        first_word = _FIRST_WORD.match
        for start, end in core_windows(self.doc, _NUMBER_HASHES, _WINDOW_BEFORE, _NUMBER_PREFIX_HASHES, signs):
            for word in _WORD_START.finditer(text, max(position, start), end):
                at = word.start()
                if at < position:
                    continue
                first = first_word(text, at)
                if first is not None and first.group().lower() not in NUMBER_FIRST_WORDS:
                    continue
                match = match_at(text, at)
                if match is not None:
                    yield match
                    position = match.end()

    def _digits(self, match: re.Match) -> _Number | None:
        start, end = match.span()
        value, suffix = _digits_value(match.group())
        suffix_lower = suffix.lower()
        if self.skipped(start, end) or _AGE_AFTER.match(self.text, end) or _TIME_OF_DAY_AFTER.match(self.text[end : end + 12]):
            return None
        if self.in_phone_number(start, end):
            return None
        if self._inside_name(start, end):
            return None
        number = _Number(start, end, value)
        if suffix_lower in ("bn", "mn", "mln", "m", "k", "tn", "trn", "b"):
            if suffix_lower in ("b", "k") and not _CURRENCY_BEFORE.search(self.text[max(0, start - 5) : start]):
                return None  # "5b", "10k" outside money are too often codes or names
            number.value *= SCALES[suffix_lower]
            number.multiplier = SCALES[suffix_lower]
            number.scale_attached = True
        elif suffix == "%":
            number.kind, number.unit = "percent", "%"
        elif suffix in ("C", "F") or suffix[:1] in ("°", "º"):
            # "41.2C", "-6°C": temperatures (a bare degree sign is taken as Celsius)
            number.kind, number.unit = "measure", "°F" if suffix.endswith("F") else "°C"
        elif suffix_lower.lstrip("-") in MEASURES:
            number.kind, number.unit = "measure", MEASURES[suffix_lower.lstrip("-")]
        return number

    def _words(self, match: re.Match) -> _Number | None:
        start, end = match.span()
        value = _word_value(match.group())
        if value is None or self.skipped(start, end) or _AGE_AFTER.match(self.text, end):
            return None
        if self._inside_name(start, end):
            return None
        return _Number(start, end, value)

    def _magnitude(self, match: re.Match) -> _Number | None:
        start, end = match.span()
        if self.skipped(start, end):
            return None
        lower = " ".join(match.group().lower().split())
        if lower in MAGNITUDES:
            value = MAGNITUDES[lower]
        else:
            value = SCALES.get(lower.split()[-1], 12 if lower.endswith("dozen") else None)
            if value is None:
                return None
        return _Number(start, end, float(value), approximate=True, kind="magnitude")

    def _half_scale(self, match: re.Match) -> _Number | None:
        start, end = match.span()
        if self.skipped(start, end):
            return None
        scale = match.group().lower().split()[-1]
        return _Number(start, end, 0.5 * (12 if scale == "dozen" else SCALES[scale]))

    def _fraction(self, match: re.Match) -> _Number | None:
        start, end = match.span()
        words = re.split(r"[\s-]+", match.group().lower())
        if self.skipped(start, end):
            return None
        if words == ["half"]:
            return _Number(start, end, 0.5, kind="fraction", unit="fraction")
        numerator_word, denominator_word = words[0], words[-1]
        numerator = 1 if numerator_word in ("a", "one") else UNITS_1_19.get(numerator_word)
        denominator = FRACTIONS[denominator_word]
        hyphenated = "-" in match.group()
        plural = denominator_word.endswith("s")
        after = self.text[end : end + 4].lower()
        followed_by_of = after.startswith(" of") and not after[3:4].isalpha()
        if numerator is None or (numerator > 1 and not plural) or (numerator == 1 and plural):
            return None
        if not (followed_by_of or (hyphenated and numerator > 1) or self._share_of_change(start, end)):
            return None  # "a third term", "the fourth quarter" are ordinals
        value = numerator / denominator
        scale = _FRACTION_OF_SCALE.match(self.text, end)
        if scale:
            # "a quarter of a million dollars": a count, not a share
            return _Number(start, scale.end(), value * SCALES[scale.group("scale").lower()], scale_attached=True)
        return _Number(start, end, round(value, 4), kind="fraction", unit="fraction")

    def _inside_name(self, start: int, end: int) -> bool:
        """Numbers that belong to a name: "Boeing 737", "Article 5", "No. 10", "10 Downing Street"."""
        token = self.token_at(start)
        if token is None:
            return False
        if token.ent_type_ in NAME_LABELS and self._name_has_words(token):
            return True
        if _NUMBER_SIGN_BEFORE.search(self.text, max(0, start - 10), start):
            return True
        written = self.text[start:end]
        if not written.isdigit():
            return False  # "1.2", "30,000", "2.5bn" are amounts, not labels
        after = self.text[end : end + 12]
        if _SCALE_AFTER.match(after) or _PERCENT_AFTER.match(after):
            return False
        previous = self.token_before(token.idx)
        if previous is not None:
            if previous.lower_ in ("no.", "no", "number", "#", "nos.", "article", "section", "chapter", "resolution", "page", "room", "flight", "route", "highway", "platform", "gate", "level", "phase", "stage", "grade", "size", "version", "model", "type", "class", "category", "item", "paragraph", "clause", "rule", "bill", "act", "order", "decree", "law", "code") and (previous.text[:1].isupper() or previous.lower_ in ("no.", "#", "number", "nos.")):
                return True
            if previous.tag_ in ("NNP", "NNPS") and previous.text[:1].isupper() and previous.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT"):
                # "Boeing 737", "Windows 10" — unless the proper noun is a currency ("Rs 50")
                if previous.text not in CURRENCY_SYMBOLS and previous.text.upper() not in CURRENCY_CODES:
                    return True
        return False

    def _name_has_words(self, token: Token) -> bool:
        """Whether the entity around ``token`` holds a proper noun besides numbers: "Boeing 737" does,
        a mislabelled "210 votes" does not."""
        name = entity_span_of(token)
        return any(t.pos_ == "PROPN" or (t.is_alpha and t.text[:1].isupper() and t.i != name.start) for t in name if not t.like_num)

    # ---- completing a number into a quantity

    def _complete(self, number: _Number) -> Quantity | None:
        text = self.text
        start, end = number.start, number.end
        # scale word after: "40 million", "1.2 trillion", "two and a half million"
        if number.kind in ("count",) and not number.scale_attached:
            half = _HALF_AFTER.match(text[end : end + 16])
            if half and _SCALE_AFTER.match(text[end + half.end() : end + half.end() + 14]):
                number.value += 0.5
                end += half.end()
            scale = _SCALE_AFTER.match(text[end : end + 14])
            if scale and not (re.fullmatch(r"[A-Za-z\s-]+", text[start:end]) and re.search(r"(?i)hundred|thousand|million|billion|trillion\s*$", text[start:end])):
                number.value *= SCALES[scale.group("scale").lower()]
                number.multiplier = SCALES[scale.group("scale").lower()]
                end += scale.end()
        # currency before: "$2.5bn", "€40 million", "US$ 3"
        currency = _CURRENCY_BEFORE.search(text[max(0, start - 6) : start])
        if currency and number.kind in ("count", "measure") and number.unit is None:
            code = currency.group("cur").strip()
            number.kind = "money"
            number.unit = CURRENCY_SYMBOLS.get(code, code if code in CURRENCY_CODES else None)
            start -= len(currency.group())
        # range: "between 20 and 30", "20-30 soldiers", "$5-6bn"
        range_match = _RANGE_AFTER.match(text[end : end + 40]) if number.kind in ("count", "money", "measure", "percent") else None
        hedge = _HEDGE_BEFORE.search(text[max(0, start - 40) : start])
        between = bool(hedge and (hedge.group("between") or hedge.group("between_only")))
        if range_match:
            sep = range_match.group("sep").lower()
            second_text = range_match.group("second")
            if second_text[:1].isalpha():
                second_written, second_suffix = _word_value(second_text), ""
            else:
                second_written, second_suffix = _digits_value(second_text)
                second_suffix = second_suffix.lower()
            first_written = number.value / number.multiplier
            before_word = text[max(0, start - 6) : start].lower()
            after_second = end + range_match.end()
            if sep == "to" and not between and self._is_change(number, start, range_match.group()):
                pass  # "rose 2% to €38", "fell 0.3% to 4.1%": a change and the level it reached, not a range
            elif second_written is not None and (sep == "and") == between and not before_word.rstrip().endswith("from"):
                if second_written > first_written:
                    # a range, "between 20 and 30", "$5-6bn", "$10bn-$15bn": its lower end, approximate
                    number.approximate = True
                    end = after_second
                    if second_suffix in _SCALE_SUFFIXES and number.multiplier == 1:
                        number.value *= SCALES[second_suffix]
                        number.multiplier = SCALES[second_suffix]
                    elif second_suffix == "%":
                        number.kind, number.unit = "percent", "%"
                    elif second_suffix in MEASURES:
                        number.kind, number.unit = "measure", MEASURES[second_suffix]
                    scale = _SCALE_AFTER.match(text[end : end + 14])
                    if scale and number.multiplier == 1:
                        number.value *= SCALES[scale.group("scale").lower()]
                        number.multiplier = SCALES[scale.group("scale").lower()]
                        end += scale.end()
                elif sep in ("-", "–", "—"):
                    return None  # "3-1": a score, not a quantity
                elif number.kind == "count" and _PERCENT_AFTER.match(text[after_second : after_second + 30]):
                    number.kind, number.unit = "percent", "%"  # "68 to 32 per cent": a split
        # "1 in 4", "one in five": a share
        one_in = _ONE_IN.match(text, end) if number.kind == "count" and not number.scale_attached else None
        if one_in and not self.skipped(one_in.start("whole"), one_in.end("whole")):
            whole_text = one_in.group("whole")
            whole = _word_value(whole_text) if whole_text[:1].isalpha() else float(whole_text.replace(",", ""))
            if whole and whole > number.value:
                number.kind, number.unit, number.value = "fraction", "fraction", round(number.value / whole, 4)
                end = one_in.end()
        # percent after: "40 per cent", "3.5 percentage points"
        if number.kind in ("count",):
            percent = _PERCENT_AFTER.match(text[end : end + 30])
            if percent:
                number.kind = "percent"
                number.unit = "percentage points" if percent.group("points") else "%"
                end += percent.end()
        code_after = _CODE_AFTER.match(text[end : end + 6]) if number.kind == "count" else None
        if code_after:
            number.kind, number.unit = "money", code_after.group("code")
            end += code_after.end()
        # "minus 6C": below zero
        minus = _MINUS_BEFORE.search(text, max(0, start - 8), start)
        if minus and number.kind in ("measure", "count", "percent"):
            number.value = -number.value
            start = minus.start()
            hedge = _HEDGE_BEFORE.search(text[max(0, start - 40) : start])
        # hedge before: "around", "more than", "an estimated"
        if hedge:
            words = " ".join((hedge.group("hedge") or "").lower().split())
            if words and words not in EXACT_HEDGES:
                if words != "some" or number.kind != "fraction":
                    number.approximate = True
            if words in VERBAL_HEDGES:
                # "estimated at 64%": approximate, but the verb is not part of the quantity
                start = max(0, start - 40) + (hedge.start("between") + 1 if hedge.group("between") else hedge.end())
            else:
                start = max(0, start - 40) + hedge.start()
        if number.kind == "magnitude":
            number.approximate = True
        # the counted noun or the unit word after the number
        end = self._unit(number, start, end)
        if end is None:
            return None
        if number.kind == "count" and number.unit is None and not self._plain_number_ok(number, start, end):
            return None
        if number.kind == "count" and number.unit is None and self._is_age(number, start):
            return None
        if self.skipped(start, end):
            return None  # grown into a time expression: "10-30 days"
        return Quantity(
            text=text[start:end], start=start, end=end, value=float(number.value), unit=number.unit, approximate=number.approximate
        )

    def _share_of_change(self, start: int, end: int) -> bool:
        """"rents have gone up by a third", "cut by nearly a quarter": a fraction after "by" (and a
        hedge) that no noun follows is the size of a change, not an ordinal."""
        if not _BY_BEFORE.search(self.text, max(0, start - 40), start):
            return False
        following = self.token_after(end)
        return following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")

    def _is_change(self, number: _Number, start: int, range_text: str) -> bool:
        """Whether "X to Y" after the number at ``start`` reads as a change and its new level: after a
        verb of change ("rose 2% to", "cut by 0.5 points to") or with a currency only on Y ("2% to
        €38")."""
        if number.kind != "money" and re.search(r"[$€£¥]", range_text):
            return True  # "2% to €38"; "$10 to $20 million" stays a range
        previous = self.token_before(start)
        if previous is not None and previous.lower_ == "by":
            previous = self.token_before(previous.idx)
        return previous is not None and previous.pos_ in ("VERB", "AUX") and previous.lemma_ in CHANGE_VERBS

    def _is_age(self, number: _Number, start: int) -> bool:
        """A person's age: "aged 46", "Anton Kuprin, 44, was killed"."""
        before = self.text[max(0, start - 12) : start].lower()
        if re.search(r"\b(?:aged|age|ages)\s*$", before):
            return True
        if not before.endswith(", ") or not self.text.startswith(",", number.end) or number.value >= 130:
            return False
        previous = self.token_before(start - 2)
        return previous is not None and (previous.ent_type_ == "PERSON" or previous.tag_ == "NNP")

    def _plain_number_ok(self, number: _Number, start: int, end: int) -> bool:
        """A number with no unit is kept when it is written in digits or hedged ("more than a hundred")."""
        written = self.text[number.start : number.end]
        if written[:1].isdigit():
            # a digit string that is really a label: "1", "2" as list markers at the start of a line
            token = self.token_at(number.start)
            if token is not None and token.is_sent_start and token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in (".", ")"):
                return False
            return True
        return number.approximate or number.value >= 100 or (number.value >= 2 and self._counts_a_clause_argument(number))

    def _counts_a_clause_argument(self, number: _Number) -> bool:
        """A number written in words that stands alone as a verb's subject or object counts the
        people or things the clause is about: "Thirteen were killed", "Two were later released",
        "police detained six" (a bare "two" elsewhere is too often a pronoun-like "the two")."""
        token = self.token_at(number.end - 1)
        if token is None or not token.like_num or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        return token.head.pos_ in ("VERB", "AUX") and not _DEFINITE_BEFORE.search(self.text, max(0, number.start - 8), number.start)

    def _unit(self, number: _Number, start: int, end: int) -> int | None:
        """Find the unit after the number; return the new end of the quantity (None: not a quantity)."""
        text = self.text
        last = self.token_at(end - 1)
        nxt = self.token_after(end)
        if number.kind == "percent" or number.kind == "fraction":
            return end
        if nxt is None:
            return end if number.kind != "count" or self.text[number.start : number.end][:1].isdigit() or number.approximate else None
        # measures written out: "300 kilometres", "10 square kilometres"
        two_words = f"{nxt.lower_} {self.doc[nxt.i + 1].lower_}" if nxt.i + 1 < len(self.doc) else ""
        if number.kind in ("count", "magnitude") and two_words in MEASURES:
            number.kind, number.unit = "measure", MEASURES[two_words]
            second = self.doc[nxt.i + 1]
            return second.idx + len(second.text)
        if number.kind == "count" and nxt.lower_ in MEASURES and nxt.idx - end <= 1 and not (len(nxt.text) == 1 and nxt.idx > end):
            # a lone "m", "g" or "t" after a space is a word or an initial, not a unit
            number.kind, number.unit = "measure", MEASURES[nxt.lower_]
            return nxt.idx + len(nxt.text)
        # "tens of thousands of protesters", "millions of dollars"
        if number.kind == "magnitude" or (nxt.lower_ == "of" and number.kind == "count" and number.value >= 100 and self.text[number.start : number.end][:1].isalpha()):
            if nxt.lower_ != "of":
                head = self._counted_noun(last, nxt)
                return self._set_count_unit(number, head, head.idx + len(head.text)) if head is not None else end
            noun = self._object_of(nxt)
            if noun is None:
                return end if number.kind == "magnitude" else None
            return self._set_count_unit(number, noun, noun.idx + len(noun.text))
        if number.kind in ("money", "measure"):
            return end  # the unit is written: "$5bn", "1,500km" (the noun after is not what is counted)
        # currency words: "1.2 trillion roubles", "40 million euros", "Canadian dollars"
        head = self._counted_noun(last, nxt)
        if head is not None:
            return self._set_count_unit(number, head, head.idx + len(head.text))
        if number.kind == "count" and self.text[number.start : number.end].lower() in ("one", "a") :
            return None
        if number.kind == "count" and nxt.lower_ == "of" and self.text[number.start : number.end][:1].isalpha():
            if number.value >= 2 and self._counts_a_clause_argument(number):
                return end  # "Only two of the 27 member states voted against": how many did it
            return None  # "one of the", "two of them": a part, not a count
        return end

    def _set_count_unit(self, number: _Number, noun: Token | None, end: int) -> int | None:
        if noun is None:
            return end
        lower = noun.lower_
        currency = CURRENCY_WORDS.get(lower)
        if currency is not None:
            if lower in ("pound", "pounds"):
                nxt = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
                scaled = number.value >= 1e5 or (nxt is not None and nxt.lower_ == "sterling")
                if (nxt is not None and nxt.lower_ == "of") or not scaled:
                    number.kind, number.unit = "measure", "lb"
                    return end
            adjective = self.doc[noun.i - 1].lower_ if noun.i > 0 else ""
            two_back = f"{self.doc[noun.i - 2].lower_} {adjective}" if noun.i > 1 else ""
            singular = lower.rstrip("s") if lower not in ("reais", "lire", "kronor", "kroner", "zlotych", "lei") else lower
            currency = CURRENCY_ADJECTIVES.get((two_back, singular), CURRENCY_ADJECTIVES.get((adjective, singular), currency))
            number.kind, number.unit = "money", currency
            return end
        if lower in MEASURES:
            number.kind, number.unit = "measure", MEASURES[lower]
            return end
        if number.kind in ("count", "magnitude") and lower in DURATION_NOUNS:
            return None  # "48 hours", "almost six hours", "two nights": a duration, not a quantity
        if number.kind == "count" and self.text[number.start : number.end].lower() == "one" and lower in ONE_IDIOMS:
            return None
        if number.kind == "count" and self.text[number.start : number.end].lower() == "one" and _DEFINITE_BEFORE.search(self.text, max(0, number.start - 8), number.start):
            return None  # "the one platform that still reaches voters": "the only", not a count
        number.unit = noun.text
        return end

    def _counted_noun(self, last: Token | None, nxt: Token) -> Token | None:
        """The noun a number counts: its syntactic head when that is a noun just after it."""
        if last is None:
            return None
        candidates = []
        if last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and last.head.i > last.i:
            candidates.append(last.head)
        if nxt.pos_ in ("NOUN", "PROPN") or nxt.tag_ in ("NNS", "NN"):
            candidates.append(nxt)
        for noun in candidates:
            # "one billion vaccine doses", "150,000 asylum seekers": the head of a compound
            while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.i - noun.i <= 3 and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            if noun.i - last.i > 5 or noun.lower_ in NOT_UNITS or not noun.is_alpha:
                continue
            if noun.pos_ not in ("NOUN", "PROPN") and noun.tag_ not in ("NNS", "NN", "NNP", "NNPS"):
                continue
            if "\n" in self.text[last.idx + len(last.text) : noun.idx]:
                continue  # a headline's last number does not count the dateline below it
            between = self.doc[last.i + 1 : noun.i]
            if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "PRON", "DET") and not _in_hyphen_compound(t) for t in between):
                continue
            if noun.ent_type_ in ("GPE", "PERSON", "ORG", "DATE", "TIME") and noun.pos_ == "PROPN":
                continue
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i and last.head.i != noun.i and last.head.head.i != noun.i:
                continue  # "the 190,000 economists had forecast": the noun opens a clause of its own
            return noun
        return None

    def _object_of(self, of: Token) -> Token | None:
        for child in children_of(of):
            if child.dep_ == "pobj":
                return child
        # a flat parse: the first noun within four tokens
        for token in self.doc[of.i + 1 : of.i + 5]:
            if token.pos_ in ("NOUN", "PROPN"):
                return token
            if token.pos_ in ("VERB", "AUX", "PUNCT"):
                break
        return None


def _inner_hyphen(token: Token) -> bool:
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _in_hyphen_compound(token: Token) -> bool:
    """A piece of a hyphenated modifier ("fee-paying", "oil-producing"), the hyphen or a word beside
    it: part of the noun phrase, not a verb or punctuation that ends it."""
    doc = token.doc
    return _inner_hyphen(token) or any(0 <= i < len(doc) and _inner_hyphen(doc[i]) for i in (token.i - 1, token.i + 1))


def find_quantities(doc: Doc) -> tuple[Quantity, ...]:
    """Every quantity in the document, in text order; callers keep the ones inside their spans."""
    return tuple(q for q in _Scanner(doc).quantities() if q.end > q.start)
