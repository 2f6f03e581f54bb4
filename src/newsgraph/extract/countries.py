"""Country normalisation: from what a text says to an ISO 3166-1 alpha-3 code.

News names states in many ways besides their names: demonyms ("Polish troops"), capitals speaking
for governments ("Moscow and Minsk must..."), seats of government ("the Kremlin"), and people
whose title carries a country ("Lithuania's defense chief", "Russian President Vladimir Putin").
This module knows those forms: country names come from pycountry, everything else from the
gazetteer shipped in ``newsgraph/data/gazetteer.tsv`` (demonyms, capitals, seats of government,
national organisations, international organisations).

International bodies get PLOVER's non-state actor codes, which fit the ``^[A-Z]{3}$`` pattern of
``Party.country`` but are not ISO countries: ``IGO`` (NATO, the EU, the UN...), ``NGO`` (Amnesty
International...), ``IMG`` (transnational militarised groups such as the Islamic State). See
docs/events.md for the convention.

Entry points:

- ``country_code(name)`` normalises a free string ("Russia", "the Kremlin", "Israelis", "RUS");
- ``public_person_country(name)`` gives the state of a person of public life named in full ("Narendra Modi" → IND)
  from ``newsgraph/data/people_public.tsv``, for stories that name them by title alone;
- ``find_countries(doc)`` lists every country mention in a parsed text, with character offsets;
- ``phrase_country(token)`` gives the country of the noun phrase a token heads, looking at the
  head itself, then its modifiers (possessives, compounds, adjectives), appositions and
  ``of``/``from`` phrases: "Lithuania's defense chief" → LTU;
- ``dateline(text)`` reads a story's wire dateline once (place, its state, outlet, date, where the
  story's words begin); ``dateline_country(text)`` (``dateline_place`` with its offsets,
  ``dateline_end`` where it ends) gives the country of its place ("NAIROBI, Oct 9 (...) —" → KEN),
  the country a story is filed from, and ``section_places(text)`` the states a roundup's
  headings ("NIGERIA", "MALI") put their sections in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import numpy as np
import pycountry
from spacy.attrs import IDX, LENGTH, PREFIX
from spacy.tokens import Doc, Span, Token

from ..ingest.text import DATELINE_CAPITALS
from ..nlp import children_of, distinct_strings, doc_text, entity_span_of, sentence_end_of
from .coref import FIRST_NAMES, WORLD_FIRST_NAMES, data_rows, fold

GAZETTEER_FILE = "gazetteer.tsv"
TOWNS_FILE = "places_geonames.tsv"
PUBLIC_PEOPLE_FILE = "people_public.tsv"
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG"})
# States ISO 3166-1 has no code for, with the user-assigned code the European Commission, the IMF
# and the World Bank give them: without it "Kosovo police" took the code of the story's setting
# (SRB from a Belgrade dateline), the one reading an analyst must never get.
USER_ASSIGNED_CODES = {"XKX": "Kosovo"}
KINDS = frozenset({"name", "demonym", "capital", "seat", "org", "igo", "ngo", "img", "place"})
ORGANISATION_KINDS = frozenset({"org", "igo", "ngo", "img"})  # the kinds that name a body, not a state or place

# The leading letters of an alias or a token: the key aliases are indexed by, so that matching
# does not depend on how the tokenizer splits "U.S.", "N'Djamena" or "al-Qaeda".
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")

# Modifiers that can carry the country of a noun phrase, in the order they are tried.
_LEFT_MODIFIERS = ("poss", "compound", "amod", "nmod", "npadvmod")
# Words before "bloc" that make it a group of one state's parties, not a regional body (_mentions_in)
PARTY_BLOC_WORDS = frozenset({"parliamentary", "opposition", "ruling", "majority", "governing"})
# Capitals left out of the gazetteer for their other readings, read as the state's only in a story that names it
# (CountryIndex._add_shared_capitals)
SHARED_CAPITALS = {"Georgetown": "GUY", "Victoria": "SYC", "Male": "MDV"}
# nouns for a state seen from a body it belongs to or a state it deals with: "its NATO ally", "an EU partner",
# "a Gulf neighbour", where the body's name is not the state's (singular only: see phrase_country)
MEMBER_STATE_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor", "rival", "adversary", "enemy", "foe"})
_MAX_MODIFIER_DEPTH = 3


class GazetteerError(ValueError):
    """A line of the gazetteer file is malformed (a packaging error, never a user error)."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One alias and what it stands for."""

    alias: str
    code: str  # the actor code: ISO 3166-1 alpha-3, or IGO / NGO / IMG
    kind: str  # name | demonym | capital | seat | org | igo | ngo | img | place
    place_code: str  # the code when the alias names a place rather than an actor


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A stretch of text that names or implies a country (or an international body)."""

    start: int
    end: int
    text: str
    code: str
    kind: str
    place_code: str


def _iso_names() -> Iterable[tuple[str, str]]:
    """(name, alpha-3) for every pycountry country, skipping inverted names like "Korea, Republic of"."""
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if not name or "," in name:
                continue
            if name.startswith("the "):
                name = name[4:]
            yield name, country.alpha_3


def _read_gazetteer_lines() -> list[str]:
    return resources.files("newsgraph.data").joinpath(GAZETTEER_FILE).read_text(encoding="utf-8").splitlines()


def parse_gazetteer(lines: Iterable[str]) -> list[GazetteerEntry]:
    """Parse gazetteer lines (``alias<TAB>code<TAB>kind[<TAB>place code]``); ``#`` starts a comment."""
    entries = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) not in (3, 4):
            raise GazetteerError(f"{GAZETTEER_FILE}:{number}: expected 3 or 4 tab-separated fields, got {len(fields)}")
        alias, code, kind = (f.strip() for f in fields[:3])
        place = fields[3].strip() if len(fields) == 4 else code
        if kind not in KINDS:
            raise GazetteerError(f"{GAZETTEER_FILE}:{number}: unknown kind {kind!r}")
        for value in (code, place):
            if value not in NON_STATE_CODES and value not in USER_ASSIGNED_CODES and pycountry.countries.get(alpha_3=value) is None:
                raise GazetteerError(f"{GAZETTEER_FILE}:{number}: {value!r} is neither ISO 3166 alpha-3, a user-assigned state code nor a PLOVER non-state code")
        entries.append(GazetteerEntry(alias, code, kind, place))
    return entries


class Gazetteer:
    """Every alias newsgraph knows, indexed by its leading letters for matching inside texts."""

    def __init__(self, entries: Iterable[GazetteerEntry]):
        self._by_alias: dict[str, GazetteerEntry] = {}
        self._by_lower: dict[str, GazetteerEntry] = {}
        for entry in entries:
            # The first entry for an alias wins: the gazetteer's own entries come before pycountry's.
            self._by_alias.setdefault(entry.alias, entry)
            self._by_lower.setdefault(entry.alias.lower(), entry)
        self._by_key: dict[str, list[GazetteerEntry]] = {}
        for entry in self._by_alias.values():
            match = _LEADING_LETTERS.match(entry.alias)
            if match:
                self._by_key.setdefault(match.group(), []).append(entry)
        for candidates in self._by_key.values():
            candidates.sort(key=lambda e: len(e.alias), reverse=True)
        # Aliases are capitalised except a few ("al-Qaeda", "the bloc" for the EU): the first letters
        # a lowercase word must have to be worth a lookup.
        self.lower_initials = frozenset(alias[0] for alias in self._by_alias if alias[0].islower())
        self._iso = {c.alpha_3 for c in pycountry.countries} | set(USER_ASSIGNED_CODES)
        # The adjective a body of the state is named with ("the Chinese foreign ministry"): the first
        # demonym listed for the code, never a word for a person ("New Zealander", "Mosotho", "Filipino").
        # News names Myanmar's bodies with the country's own name ("the Myanmar foreign ministry").
        self._adjectives: dict[str, str] = {"MMR": "Myanmar"}
        for entry in self._by_alias.values():
            if entry.kind == "demonym" and not entry.alias.endswith(("er", "o")):
                self._adjectives.setdefault(entry.code, entry.alias)

    def __len__(self) -> int:
        return len(self._by_alias)

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry for a whole string, ignoring a leading "the", case and a plural -s on demonyms."""
        name = " ".join(name.split())
        if name not in self._by_alias and name.lower().startswith("the "):
            name = name[4:]  # "the Kremlin"; but "The Hague" is a name
        entry = self._by_alias.get(name)
        if entry is None:
            # Case-insensitive only for words, never for acronyms: "who" is not the WHO, "us" not the US.
            folded = self._by_lower.get(name.lower())
            entry = folded if folded is not None and not folded.alias.isupper() else None
        if entry is None and len(name) > 3 and name.endswith("s"):
            singular = self._by_alias.get(name[:-1])
            if singular is not None and singular.kind == "demonym":
                entry = singular
        return entry

    def match_at(self, text: str, position: int) -> tuple[int, GazetteerEntry] | None:
        """The longest alias starting exactly at ``position`` in ``text``: (its length, entry)."""
        match = _LEADING_LETTERS.match(text, position)
        if not match:
            return None
        key = match.group()
        candidates = self._by_key.get(key, [])
        if key.endswith("s") and key[:-1] in self._by_key:
            candidates = candidates + self._by_key[key[:-1]]  # "Israelis" is keyed under "Israeli"
        for entry in candidates:
            alias = entry.alias
            if not text.startswith(alias, position):
                continue
            end = position + len(alias)
            if entry.kind == "demonym" and text.startswith("s", end) and not _continues_word(text, end + 1):
                return len(alias) + 1, entry  # "Israelis", "Russians"
            if not _continues_word(text, end) or text.startswith(_HYPHEN_SUFFIXES, end + 1) and text[end] == "-":
                return len(alias), entry
        return None

    def adjective(self, code: str) -> str | None:
        """The demonym that names a country's bodies ("Chinese" for CHN), or None when the gazetteer has
        none fit for it."""
        return self._adjectives.get(code)

    def is_code(self, value: str) -> bool:
        return value in self._iso or value in NON_STATE_CODES


# Hyphenated forms that keep the country: "U.S.-led coalition", "Vietnamese-led forces",
# "Moscow-based", "a British-flagged tanker" (a ship is of its flag state); not "Russian-backed" or
# "Iranian-made", whose country is someone else's.
_HYPHEN_SUFFIXES = ("led", "run", "controlled", "owned", "based", "flagged", "registered")


def _continues_word(text: str, position: int) -> bool:
    return position < len(text) and (text[position].isalnum() or text[position] == "-" and position + 1 < len(text) and text[position + 1].isalpha())


def _load() -> Gazetteer:
    own = parse_gazetteer(_read_gazetteer_lines())
    iso = [GazetteerEntry(name, code, "name", code) for name, code in _iso_names()]
    return Gazetteer([*own, *iso])


GAZETTEER = _load()


# --------------------------------------------------------------------------- strings


# Short names for states whose ISO name is long and pycountry gives no common name.
_SHORT_NAMES = {"RUS": "Russia", "COD": "Democratic Republic of the Congo", "GBR": "Britain"}


def country_name(code: str) -> str:
    """The name news uses for a state: "Russia" for RUS, "Iran" for IRN, "China" for CHN (the code
    itself when pycountry does not know it)."""
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    if code in USER_ASSIGNED_CODES:
        return USER_ASSIGNED_CODES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_code(name: str) -> str | None:
    """The code a name stands for: "Russia", "the Kremlin", "Israelis", "Minsk" → RUS, RUS, ISR, BLR.

    An ISO alpha-3 code or a PLOVER non-state code given as is ("RUS", "IGO") is returned unchanged.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    stripped = name.strip()
    if len(stripped) == 3 and stripped.isupper() and GAZETTEER.is_code(stripped):
        return stripped
    entry = GAZETTEER.lookup(stripped)
    return entry.code if entry else None


# A wire dateline near the top: "NAIROBI, Oct 9 (Outlet) —", "PORT-AU-PRINCE, March 14, 2026 —",
# "GOMA, Congo, 14 March —"; the year is often left out, so unlike ingest's dateline (which is after
# the publication date) only the place and a month name are required.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# The place in capitals, with a region after a comma: "MINSK", "SÃO PAULO", "GOMA, Congo" (both readers below).
_ONE_PLACE_IN_CAPITALS = rf"[{DATELINE_CAPITALS}][{DATELINE_CAPITALS}.'\-]+(?:[ \t][{DATELINE_CAPITALS}][{DATELINE_CAPITALS}.'\-]+){{0,3}}"
# A story filed from several bureaus names them all, the first one leading: "KYIV/MOSCOW, Nov 30 (Reuters) -".
_PLACE_IN_CAPITALS = (
    rf"^[ \t]*(?P<place>{_ONE_PLACE_IN_CAPITALS})(?P<bureaus>(?:[ \t]*/[ \t]*{_ONE_PLACE_IN_CAPITALS}){{0,3}})"
    r"(?:,[ \t]+(?P<region>[A-Z][A-Za-z.'\- ]{1,40}?))?"
)
_DATELINE_PLACE = re.compile(
    _PLACE_IN_CAPITALS + r",[ \t]+"
    rf"(?P<date>{_MONTH}[ \t]+\d{{1,2}}\b|\d{{1,2}}[ \t]+{_MONTH})",
    re.MULTILINE,
)
# The same with no date, as AP and many papers write it: "MINSK —", "BELGRADE (AP) —", "GOMA, Congo (Outlet) —";
# a place the gazetteer knows or an outlet in brackets, so that a heading such as "UPDATE —" is no dateline.
_DATELINE_BARE = re.compile(
    _PLACE_IN_CAPITALS
    + r"[ \t]*(?P<outlet>\([^()\n]{1,60}\))?[ \t]*(?:—|–|--| - )[ \t]*",
    re.MULTILINE,
)
_DATELINE_CHARS = 400
_DATELINE_DASH = re.compile(r"(?P<between>[^\n]{0,80}?)(?:—|–|--| - )[ \t]*")
_OUTLET = re.compile(r"\((?P<outlet>[^()\n]{1,60})\)")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A story's wire dateline ("NAIROBI, Oct 9 (Outlet) — ", "BELGRADE (AP) — "), read once for all
    the stages that need it: where it starts and ends (the story's own words begin at ``end``), its
    place as written, that place with its state when it stands for its own state (``home``: None
    under "BRUSSELS", which speaks for the EU, or a place the gazetteer does not know), and the
    outlet in brackets and the date as written, when given."""

    start: int
    end: int
    place: str
    home: CountryMention | None
    outlet: str | None
    date: str | None


def dateline(text: str | Doc) -> Dateline | None:
    """The wire dateline near the top of a story (a text or a parsed document), dated or not, or None.

    "KAMPALA, Oct 12 (Outlet) —" with or without a year; undated as AP writes it ("BELGRADE (AP) —",
    "MINSK —") when the place is in the gazetteer or an outlet in brackets follows it, so that a
    heading such as "UPDATE —" is no dateline; failing those, a byline line of fields between bars
    with a place the gazetteer knows ("By A. Writer | Outlet | Kampala, 16 November 2026"). The other
    dateline functions of this module read it.
    """
    if isinstance(text, Doc):
        text = doc_text(text)
    match = _dateline_match(text)
    if match is None:
        return _bar_dateline(text)
    end, outlet = match.end(), match.groupdict().get("outlet")
    if match.re is _DATELINE_PLACE:
        dash = _DATELINE_DASH.match(text, end)
        if dash is not None:
            end = dash.end()
            found = _OUTLET.search(dash["between"])
            outlet = found["outlet"] if found else None
    elif outlet:
        outlet = outlet[1:-1]
    group = "place"
    entry = GAZETTEER.lookup(match["place"].title())
    if entry is None and match["region"]:
        group, entry = "region", GAZETTEER.lookup(match["region"])  # "GOMA, Congo, Oct 9": the town is not known, its country is
    home = None
    if entry is not None and entry.code == entry.place_code and entry.code not in NON_STATE_CODES:
        home = CountryMention(match.start(group), match.end(group), match[group], entry.code, entry.kind, entry.place_code)
    shared = SHARED_CAPITALS.get(match["place"].title())
    if entry is None and shared is not None and _names_state(text, end, shared):
        # "GEORGETOWN, Dec 3 —" over a story that names Guyana: the capital left out of the gazetteer for its other
        # readings is the state's, as the token is in the text (CountryIndex._add_shared_capitals)
        home = CountryMention(match.start("place"), match.end("place"), match["place"], shared, "capital", shared)
    return Dateline(match.start("place"), end, match["place"], home, outlet or None, match.groupdict().get("date"))


# A byline of fields between bars, as news sites print it under the headline: "By Sarah Achieng | Lake Basin Ledger
# | Kampala, 16 November 2026", "Vientiane | 19 November 2026 | The Annamite Review | By Khamla Vongsa".
_BAR_LINE = re.compile(r"^[^\n|]*\|[^\n]*$", re.MULTILINE)
_BAR_DATE = re.compile(rf"\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?")
_BAR_PLACE_KINDS = frozenset({"capital", "place", "name"})


def _bar_dateline(text: str) -> Dateline | None:
    """The dateline of a byline line of fields between bars: the field (before any comma) that is a place,
    capital or state the gazetteer knows; the story's own words begin on the next line."""
    for line in _BAR_LINE.finditer(text[:_DATELINE_CHARS]):
        position = line.start()
        for field in line.group().split("|"):
            offset = position + len(field) - len(field.lstrip())
            place = field.strip().split(",")[0].strip()
            entry = GAZETTEER.lookup(place) if place and not place.lower().startswith("by ") else None
            if entry is not None and entry.kind == "name" and not _names_state(text, line.end(), entry.code):
                entry = None  # "Guanacaste Tribune | Liberia": a town named like a state the story never names again
            if entry is not None and entry.kind in _BAR_PLACE_KINDS:
                home = None
                if entry.code == entry.place_code and entry.code not in NON_STATE_CODES:
                    home = CountryMention(offset, offset + len(place), place, entry.code, entry.kind, entry.place_code)
                date = _BAR_DATE.search(line.group())
                return Dateline(offset, line.end(), place, home, None, date.group() if date else None)
            position += len(field) + 1
    return None


def _names_state(text: str, start: int, code: str) -> bool:
    """Whether the text from ``start`` on names the state ``code`` by any alias (its name, its people's name, its
    capital). A byline field that is a state's name ("| Liberia, 16 November 2026") is a town of that name
    (Liberia in Costa Rica's Guanacaste) when the story itself never names the state; a dateline in a capital with
    another reading ("GEORGETOWN —") is the state's only when the story names it."""
    for capital in re.finditer(r"\b[A-Z]", text[start:]):
        found = GAZETTEER.match_at(text, start + capital.start())
        if found is not None and found[1].code == code:
            return True
    return False


# Words in capitals before a dash that head a section or flag a story rather than name where it was filed.
_HEADING_WORDS = frozenset(
    """
    update updated breaking exclusive analysis opinion comment commentary editorial watch live news alert urgent
    flash factbox explainer fact check correction clarification note editor's editors warning photos photo video
    review interview column perspective essay podcast special report feature profile obituary sport sports business
    world politics latest developing bulletin summary recap preview transcript""".split()
)


def _dateline_match(text: str) -> re.Match | None:
    """The dateline near the top of a story, dated or not. Undated, the place must be known (to the gazetteer, or
    by a region or an outlet after it), or else be words in capitals that head no section ("SUBOTICA — Serbia
    signed…", not "UPDATE —") with the story's first sentence opening after the dash."""
    match = _DATELINE_PLACE.search(text[:_DATELINE_CHARS])
    if match is not None:
        return match
    for match in _DATELINE_BARE.finditer(text[:_DATELINE_CHARS]):
        if match["outlet"] or match["region"] or GAZETTEER.lookup(match["place"].title()) is not None:
            return match
        words = match["place"].lower().replace("'", " ").split()
        opening = text[match.end() : match.end() + 1]
        if not any(word in _HEADING_WORDS for word in words) and (opening.isupper() or opening in "\"“‘'"):
            return match
    return None


def dateline_end(text: str) -> int:
    """Where a wire dateline ends (after its dash: "NAIROBI, Oct 9 (Outlet) — ", "BELGRADE (AP) — "), 0
    when there is none. The words before it are no part of the first sentence, though the parser may
    join them to it."""
    found = dateline(text)
    return found.end if found is not None else 0


def dateline_place(text: str) -> CountryMention | None:
    """The place of a story's wire dateline with its country ("KAMPALA, Oct 12 (...) —" → KAMPALA,
    UGA), or None.

    Only places that stand for their own state count: a dateline in Brussels, whose name speaks for
    the EU, says nothing about the nationality of the people in the story.
    """
    found = dateline(text)
    return found.home if found is not None else None


# A heading line of a roundup: capitals only, a few words, nothing after it on the line
# ("NIGERIA", "KENYA / TANZANIA", "SOUTH AFRICA").
_HEADING = re.compile(r"^[ \t]*(?P<heading>[A-Z][A-Z.'\-]+(?:[ \t]*(?:[ \t]|/|&|,|\bAND\b)[ \t]*[A-Z][A-Z.'\-]+){0,5})[ \t]*$", re.MULTILINE)


def section_places(text: str) -> list[tuple[int, CountryMention | None]]:
    """The section headings of a roundup, in text order: (where the heading ends, its state).

    A story that covers several countries under headings ("NIGERIA", then "MALI") is about each
    heading's state until the next heading, as a dateline is for a whole story. A heading that names
    no single state ("KENYA / TANZANIA", "MIDDLE EAST") gives None: its section has no home. A text
    none of whose capitalised lines names states ("ANALYSIS") has no sections. A digest's later datelines
    ("TBILISI (AP) -" after the page's first story from Baku) head sections too: each short story is set where
    it was filed.
    """
    sections = []
    named = False
    for match in _HEADING.finditer(text):
        words = re.split(r"[ \t]*(?:/|&|,|\bAND\b)[ \t]*", match["heading"])
        entries = [GAZETTEER.lookup(word.title()) for word in words]
        named = named or all(e is not None and e.code not in NON_STATE_CODES for e in entries)
        entry = entries[0] if len(entries) == 1 else None
        place = None
        if entry is not None and entry.code == entry.place_code and entry.code not in NON_STATE_CODES:
            place = CountryMention(match.start("heading"), match.end("heading"), match["heading"], entry.code, entry.kind, entry.place_code)
        sections.append((match.end(), place))
    # a digest of short stories, each under its own dateline: "BAKU (AP) - …", then "TBILISI (AP) - Georgia expelled…"
    first = dateline(text)
    for match in (*_DATELINE_PLACE.finditer(text), *_DATELINE_BARE.finditer(text)):
        if first is None or match.start() <= first.start or (match.re is _DATELINE_BARE and not match["outlet"]):
            continue
        entry = GAZETTEER.lookup(match["place"].title())
        if entry is not None and entry.code == entry.place_code and entry.code not in NON_STATE_CODES:
            named = True
            sections.append((match.end(), CountryMention(match.start("place"), match.end("place"), match["place"], entry.code, entry.kind, entry.place_code)))
    sections.sort(key=lambda section: section[0])
    return sections if named else []


def dateline_country(text: str) -> str | None:
    """The ISO code of the country a story is datelined in ("KAMPALA, Oct 12 (...) —" → UGA), or None."""
    place = dateline_place(text)
    return place.code if place is not None else None


def _person_key(name: str) -> str:
    """A person's name as the public-people table is keyed: folded, hyphens and full stops read as spaces."""
    return " ".join(fold(name).replace("-", " ").replace(".", " ").split())


_PUBLIC_ROWS = list(data_rows(PUBLIC_PEOPLE_FILE))
_PUBLIC_PEOPLE = {_person_key(row[0]): row[1] for row in _PUBLIC_ROWS}
# the names news uses alone for some of them (the table's third column): "Putin", "Erdogan", "Xi"
_PUBLIC_SURNAMES = {_person_key(alone): row[1] for row in _PUBLIC_ROWS if len(row) > 2 for alone in row[2].split("|")}


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def public_person_country(name: str) -> str | None:
    """The state of a person of public life the text names in full ("Narendra Modi" → IND, "Xi Jinping" → CHN), from
    ``data/people_public.tsv``: news names them by title and name alone ("President Xi Jinping") in stories filed from
    another capital. A name of one word counts only where the table gives it as the name news uses alone for one
    person ("Putin accused Ukraine…" in a story that never gives his first name); any other surname alone is no one's
    for sure."""
    key = _person_key(name)
    found = _PUBLIC_PEOPLE.get(key) or (_PUBLIC_SURNAMES.get(key) if len(name.split()) == 1 else None)
    words = key.split()
    if found is None and len(words) > 1:
        # "Michael R. Pompeo" (a middle initial and the first name in full, the house style of some papers), "Jeb Bush",
        # "Hillary Rodham Clinton": without initials the name is looked up again, then its surname where news uses it
        # alone for one family of public life
        plain = [w for w in words if len(w) > 1 and w not in NAME_SUFFIXES]
        found = _PUBLIC_PEOPLE.get(" ".join(plain)) or (_PUBLIC_SURNAMES.get(plain[-1]) if len(plain) > 1 else None)
    return found


# --------------------------------------------------------------------------- parsed text


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _read_as_person(token: Token, kind: str = "name") -> bool:
    """Whether a country or capital name the tagger calls a person is one: part of a longer name
    ("Michael Jordan", "George Washington"), or a country's name that is also a first name and is the name of a
    person the text names in full ("Jordan Peel … Jordan said") or that its sentence takes up as "he" or "she"
    ("Jordan said he would play"). Otherwise such a name is the country: "Jordan condemned the attack", "Chad
    recalled its ambassador" (news calls no one by a first name alone before it has named them in full). The
    tagger also calls lone capitals persons ("pledged support for Kyiv", "Berlin criticised…"), and those stay
    places: a lone capital is a person only by a first name common the world over ("Sofia said"), not by one a few
    Americans were given (Berlin, Paris, London, Washington, Cairo)."""
    doc = token.doc
    inside = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    if not inside and token.dep_ == "poss" and (token.head.lemma_.lower() in STATE_POSSESSIONS or token.head.lower_ in STATE_POSSESSIONS):
        return False  # "Chad's minister of reconciliation", "Georgia's president", "Jordan's armed forces": a state's office
    if inside or kind == "capital":
        return inside or token.lower_ in WORLD_FIRST_NAMES
    return token.lower_ in FIRST_NAMES and (_named_person_word(doc, token.lower_) or _taken_up_as_person(token))


def _named_person_word(doc: Doc, word: str) -> bool:
    """Whether a person the tagger names with two words or more has ``word`` as one of them."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and any(t.lower_ == word for t in ent) for ent in doc.ents)


def _taken_up_as_person(token: Token) -> bool:
    """Whether the name's own sentence takes it up as a man or a woman after it: "Jordan said he would play"."""
    return any(t.lower_ in _PERSON_PRONOUNS for t in token.doc[token.i + 1 : sentence_end_of(token)])


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "himself", "herself"})


# What a state has and a person seldom does: "Chad's minister", "Jordan's king", "Georgia's parliament".
STATE_POSSESSIONS = frozenset({
    "minister", "ministry", "president", "presidency", "king", "queen", "emir", "government", "parliament", "army",
    "military", "navy", "police", "ambassador", "embassy", "envoy", "delegation", "capital", "border", "troops",
    "forces", "force", "soldiers", "authorities", "cabinet", "junta", "regime", "opposition", "constitution", "election", "economy",
    "leader", "leadership", "court", "judiciary", "prosecutor", "central", "national", "foreign", "interior",
    "ruler", "airspace", "territory", "sovereignty",
})
# Quantifiers that head an aside in apposition, not another name of the phrase: "supporters, some waving Russian flags"
_ASIDE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "all", "others", "one", "both", "none", "half"})
# Words that make "American" a continent's: "Latin American", "South Americans", "Central American".
_CONTINENT_PREFIXES = frozenset({"Latin", "South", "North", "Central", "Pan", "Meso"})
# Alias kinds that double as people's names (Jordan, Chad, Georgia, Washington).
_NAME_KINDS = frozenset({"name", "capital", "place"})
# A stance written onto a name: "pro-Serbian", "anti-American" (the party or crowd is not that state's).
_STANCE_PREFIX = re.compile(r"(?<![A-Za-z])(?:pro|anti)-\Z", re.IGNORECASE)
# Words that make a body named like an international one a state's own: "National Security Council".
_NATIONAL_WORDS = frozenset({"National", "Federal", "State"})
# Tokens looked at from a candidate start: more than the longest alias has.
_WINDOW_TOKENS = 12


_TOWNS = {name: tuple(codes.split("|")) for name, codes in data_rows(TOWNS_FILE)}
_DOC_STATES_KEY = "newsgraph.countries.states"


def _town_at(doc: Doc, i: int) -> tuple[int, int, CountryMention] | None:
    """A town the gazetteer does not list, where the tagger names a place (GPE) at token ``i``, placed in its state
    (``data/places_geonames.tsv``, from GeoNames): "four men were arrested in Batken" → KGZ (_town_named)."""
    token = doc[i]
    if token.ent_iob_ != "B" or token.ent_type_ != "GPE":
        return None
    span = entity_span_of(token)
    mention = _town_named(doc, span)
    return (i, span.end, mention) if mention is not None else None


def _town_named(doc: Doc, span: Span) -> CountryMention | None:
    """The town a name is, in its state (``data/places_geonames.tsv``, from GeoNames). A name several states have is
    the one state of them the text names ("Georgetown" in a story that names Guyana), else none. Not a place name
    that is also a first name ("Victoria"), and only the whole name the tagger marks ("Puerto Madryn")."""
    if len(span) == 1 and span[0].lower_ in FIRST_NAMES:
        return None
    codes = _TOWNS.get(span.text, ())
    if len(codes) > 1:
        codes = tuple(code for code in codes if code in _states_named(doc))
    if len(codes) != 1:
        return None
    return CountryMention(span.start_char, span.end_char, span.text, codes[0], "place", codes[0])


def seated_town(doc: Doc, token: Token) -> CountryMention | None:
    """A town named by a proper noun where the words around it already say it is a place, whatever the tagger calls
    it: "a court in Tawau" (tagged a person) → MYS (_town_named)."""
    if token.pos_ != "PROPN":
        return None
    return _town_named(doc, entity_span_of(token) if token.ent_type_ else doc[token.i : token.i + 1])


def _states_named(doc: Doc) -> frozenset[str]:
    """The states a text names by the gazetteer (names, capitals, demonyms, places), found once per document."""
    named = doc.user_data.get(_DOC_STATES_KEY)
    if named is None:
        named = doc.user_data[_DOC_STATES_KEY] = frozenset(m.code for _, _, m in _mentions_in(doc, 0, len(doc), towns=False))
    return named


def _mentions_in(doc: Doc, start: int, end: int, towns: bool = True) -> list[tuple[int, int, CountryMention]]:
    """Country mentions whose first token lies in doc[start:end], scanning left to right, longest
    first: (first token, end token, mention); with ``towns``, also the towns GeoNames places (_town_at)."""
    found: list[tuple[int, int, CountryMention]] = []
    n = len(doc)
    start, end = max(0, start), min(n, end)
    if start >= end:
        return found
    # Token offsets of the range and the few tokens after it, read in one go from the array (a
    # spaCy Token per word costs more; so does Span.to_array, forty times Doc.to_array's cost),
    # and matched on the document text.
    text = doc_text(doc)
    stop = min(n, end + _WINDOW_TOKENS)
    array = doc.to_array([IDX, LENGTH, PREFIX])[start:stop]
    table = array[:, :2].tolist()
    starts = [row[0] for row in table]
    starts.append(len(text) if stop == n else doc[stop].idx)
    lengths = [row[1] for row in table]
    # Aliases are capitalised, except "al-Qaeda" and "bloc": only tokens whose first character
    # (spaCy's PREFIX) could open one are looked at, found per distinct character.
    firsts, first_codes = distinct_strings(doc.vocab.strings, array[: end - start, 2])
    can_open = np.array([f[:1].isalpha() and (f[:1].isupper() or f[:1] in GAZETTEER.lower_initials) for f in firsts], dtype=bool)
    openers = (np.flatnonzero(can_open[first_codes]) + start).tolist() if len(firsts) else []
    next_opener = 0
    i = start
    while i < end:
        while next_opener < len(openers) and openers[next_opener] < i:
            next_opener += 1
        if next_opener == len(openers):
            break
        i = openers[next_opener]
        k = i - start
        position = starts[k]
        hit = GAZETTEER.match_at(text, position)
        if hit is None:
            town = _town_at(doc, i) if towns else None
            if town is not None:
                found.append(town)
                i = town[1]
                continue
            i += 1
            continue
        length, entry = hit
        if entry.kind in _NAME_KINDS and " " not in entry.alias and _is_person(doc[i]) and _read_as_person(doc[i], entry.kind):
            i += 1  # "Jordan" in "Michael Jordan"; a demonym tagged PERSON is still a demonym
            continue
        if entry.code == "USA" and entry.kind == "demonym" and i > 0 and doc[i - 1].text in _CONTINENT_PREFIXES:
            i += 1  # "Latin American governments", "North Americans": a continent's people, not the USA's
            continue
        if entry.alias == "bloc" and i > 0 and doc[i - 1].lower_ in PARTY_BLOC_WORDS:
            i += 1  # "Hezbollah's parliamentary bloc", "the opposition bloc": a group of a state's parties, no regional body
            continue
        if entry.kind == "igo" and i > 0 and doc[i - 1].text in _NATIONAL_WORDS:
            i += 1  # "an emergency National Security Council meeting": a state's own council, not the UN's
            continue
        if entry.kind in ("capital", "place") and i >= 2 and doc[i - 1].lower_ in _NAME_PARTICLES and doc[i - 2].is_title:
            i += 1  # "Mocimboa da Praia", "Ciudad del Este": the end of a longer name, not the capital or place itself
            continue
        if (entry.kind == "seat" and found and found[-1][2].kind in ("name", "demonym") and found[-1][2].code != entry.code
                and (found[-1][1] == i or (found[-1][1] == i - 1 and doc[i - 1].tag_ == "POS"))):
            i += 1  # "the Pakistani Foreign Office", "Pakistan's Foreign Office": the state named owns the office of that name
            continue
        if entry.alias in _NAME_WORD_ALIASES and _within_longer_name(doc, i):
            i += 1  # "the Nigeria Labour Congress", "Labour Minister Nirmala Dissawa": a word of another name
            continue
        if _STANCE_PREFIX.search(text, max(0, position - 5), position):
            i += 1  # "the pro-Serbian party", "anti-Russian protesters": a stance towards a state, not its own people
            continue
        end_char = position + length
        j = k
        while start + j + 1 < n and j + 1 < len(lengths) and starts[j + 1] < end_char:
            j += 1
        if starts[j] + lengths[j] != end_char:
            i += 1  # the alias ends inside a token: not a mention of it
            continue
        code, place_code = entry.code, entry.place_code
        if code == "COD" and entry.alias in _SHARED_CONGO_ALIASES and _brazzaville_story(doc):
            code = place_code = "COG"  # "said Congo was recalling its ambassadors" in a story of Brazzaville's
        found.append((i, start + j + 1, CountryMention(position, end_char, text[position:end_char], code, entry.kind, place_code)))
        i = start + j + 1
    return found


# Aliases that are also a word of many other names ("Labour" of the British party, in "the Nigeria Labour Congress",
# "Labour Minister …", "the Labour Party" of several states): a mention only standing alone (_within_longer_name).
_NAME_WORD_ALIASES = frozenset({"Labour"})


def _within_longer_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is one word of a longer capitalised name: a capitalised word (not opening its sentence) before
    it, or a capitalised word after it."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return ((before is not None and before.text[:1].isupper() and not before.is_sent_start and not before.is_punct)
            or (after is not None and after.text[:1].isupper() and not after.is_punct))


# Names both Congos go by, read as the Democratic Republic's unless the text names only the Republic (_brazzaville_story).
_SHARED_CONGO_ALIASES = frozenset({"Congo", "Congolese"})
_BRAZZAVILLE_KEY = "newsgraph.countries.brazzaville"


def _brazzaville_story(doc: Doc) -> bool:
    """Whether a text names the Republic of the Congo ("Brazzaville", "Republic of the Congo", "Congo-Brazzaville") and
    nothing only the Democratic Republic is ("Kinshasa", "DRC", "Democratic Republic"): there "Congo" and "Congolese"
    are the Republic's. Answered once per document."""
    answer = doc.user_data.get(_BRAZZAVILLE_KEY)
    if answer is None:
        text = doc_text(doc)
        republic = "Brazzaville" in text or re.search(r"(?<!Democratic )Republic of (the )?Congo", text) is not None
        democratic = any(word in text for word in ("Kinshasa", "DRC", "Democratic Republic", "D.R. Congo", "DR Congo"))
        answer = doc.user_data[_BRAZZAVILLE_KEY] = republic and not democratic
    return answer


def find_countries(doc: Doc | Span, start: int | None = None, end: int | None = None) -> tuple[CountryMention, ...]:
    """Every country mention in a parsed text (or in tokens ``start:end`` of it), in text order.

    "Moscow and Minsk must..." gives two mentions, RUS and BLR.
    """
    if isinstance(doc, Span):
        base, limit = doc.start, doc.end
        doc = doc.doc
    else:
        base, limit = 0, len(doc)
    lo = base if start is None else max(base, start)
    hi = limit if end is None else min(limit, end)
    return tuple(mention for _, _, mention in _mentions_in(doc, lo, hi))


# "the North" / "the South" as a state's short name: not when a capitalised word follows ("the North Sea", "the South
# China Sea") or it is a compass point of a place ("the South of France" is a region, "of" follows).
_COMPASS_HALF = re.compile(r"\b[Tt]he (North|South)\b(?![ \-][A-Z])(?! of\b)")


# The union a seat's capital speaks for, named by its own words: "the EU", "the European Commission", "the bloc"
_UNION_WORDS = frozenset({"EU", "European", "bloc"})


def _names_union(text: str) -> bool:
    return text.split(" ", 1)[0] in _UNION_WORDS


class CountryIndex:
    """Every country mention of one document, found in one pass, for constant-time lookups by
    token. Pass it to ``token_country``/``phrase_country`` when asking about many tokens."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._at: dict[int, CountryMention] = {}
        for first, end, mention in _mentions_in(doc, 0, len(doc)):
            for i in range(first, end):
                self._at[i] = mention
        self._add_compass_halves(doc)
        self._add_shared_capitals(doc)
        self._add_home_seats(doc)

    def _add_home_seats(self, doc: Doc) -> None:
        """A capital that speaks for a body of states (Brussels for the EU) speaks for its own state in a story that
        names that state and never the body: "accused Brussels of obeying Washington" in a story on Belgium's
        prisoner swap with Iran is BEL."""
        mentions = list(self._at.items())
        named = {mention.code for _, mention in mentions if mention.kind in ("name", "demonym")}
        if any(mention.code == "IGO" and mention.kind == "igo" and _names_union(mention.text) for _, mention in mentions):
            return
        for i, mention in mentions:
            if mention.kind == "capital" and mention.code in NON_STATE_CODES and mention.place_code in named:
                self._at[i] = CountryMention(mention.start, mention.end, mention.text, mention.place_code, mention.kind, mention.place_code)

    def _add_shared_capitals(self, doc: Doc) -> None:
        """A capital whose name has a frequent other reading, and so is no alias of the gazetteer (a district of
        Washington, a town of Penang, a first name), stands for its state in a story that names that state:
        "Georgetown condemned the walkout" after "Suriname walked out of talks with Guyana" (GUY)."""
        named = {mention.code for mention in self._at.values()}
        for token in doc:
            code = SHARED_CAPITALS.get(token.text)
            if code in named and token.i not in self._at:
                self._at[token.i] = CountryMention(token.idx, token.idx + len(token.text), token.text, code, "capital", code)

    def _add_compass_halves(self, doc: Doc) -> None:
        """"The North" and "the South" stand for the one state of the story named by that word: "China, the North's main
        ally," and "She said the North would respond" in a story on North Korea (PRK); nothing when the story names
        both halves' states that way or none ("the North Sea" is a name of its own)."""
        halves: dict[str, set[str]] = {}
        for mention in self._at.values():
            first, _, rest = country_name(mention.code).partition(" ")
            if first in ("North", "South") and rest and " " not in rest:
                halves.setdefault(first, set()).add(mention.code)
        if not halves:
            return
        text = doc_text(doc)
        for match in _COMPASS_HALF.finditer(text):
            codes = halves.get(match.group(1), set())
            span = doc.char_span(match.start(1), match.end(1))
            if len(codes) != 1 or span is None or span[0].i in self._at:
                continue
            code = next(iter(codes))
            self._at[span[0].i] = CountryMention(match.start(1), match.end(1), match.group(1), code, "name", code)

    def at(self, token: Token) -> CountryMention | None:
        return self._at.get(token.i)

    def token_mentions(self) -> Iterable[CountryMention]:
        """The mention each token belongs to, a mention once per token of it ("Sri Lanka" twice)."""
        return self._at.values()


def _compound_range(token: Token) -> tuple[int, int]:
    """The contiguous token range of a name: the token and its adjacent compound/flat modifiers."""
    lo = hi = token.i
    doc = token.doc
    while lo > 0 and doc[lo - 1].head.i in range(lo, hi + 1) and doc[lo - 1].dep_ in ("compound", "flat", "nmod") and not doc[lo - 1].is_punct:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].head.i == token.i and doc[hi + 1].dep_ in ("compound", "flat"):
        hi += 1
    return lo, hi + 1


def token_country(token: Token, index: CountryIndex | None = None) -> CountryMention | None:
    """The country named by a token itself, as part of a multi-word name if it is one ("Sri Lanka")."""
    if index is not None:
        return index.at(token)
    lo, hi = _compound_range(token)
    for _, _, mention in _mentions_in(token.doc, lo, hi):
        if mention.start <= token.idx < mention.end:
            return mention
    return None


# Particles inside Romance place names: "Mocimboa da Praia", "Ciudad del Este" (_mentions_in)
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})
_ETHNIC_MARKERS = frozenset({"ethnic", "ethnically"})
# Participles that give an organisation's home: "a terror group based in Trinidad".
_HOME_VERBS = frozenset({"base", "headquarter", "headquartered", "register"})
# Participles whose "by" phrase is a thing's owner: "a chipmaker owned by China's Wingtech" (not "backed by", whose
# backer is someone else's: "rebels backed by Rwanda" are not Rwanda's).
_OWNER_VERBS = frozenset({"own", "operate", "run"})
_PLACE_PREPOSITIONS = ("of", "from", "in", "throughout")
# Nouns whose "for" phrase is whom they speak for: "a spokesman for China's foreign ministry".
_SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# Nouns whose "to" phrase is whom they serve: "an adviser to the Ukrainian president" (an envoy's "to" is its host).
_SERVING_NOUNS = frozenset({"adviser", "advisor", "aide", "counsellor", "counselor"})


# Waters named after a country are not its territory: "the Gulf of Oman", "the Sea of Japan".
WATER_NAME_NOUNS = frozenset({"gulf", "sea", "strait", "straits", "bay", "ocean", "channel"})


def named_water(token: Token) -> bool:
    """Whether a token is the state named in the name of a sea, gulf, bay or strait ("Oman" in "the Gulf of Oman",
    "Japan" in "the Sea of Japan"), which names waters, not the state's territory."""
    water = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return water is not None and water.lower_ in WATER_NAME_NOUNS and water.is_title


def _place_phrase_country(head: Token, index: CountryIndex | None, depth: int, prepositions: tuple[str, ...]) -> CountryMention | None:
    if head.lower_ in WATER_NAME_NOUNS and head.is_title:
        return None
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ in prepositions:
            for obj in children_of(child):
                if obj.dep_ == "pobj":
                    found = phrase_country(obj, index, depth + 1)
                    if found is not None:
                        return found
    return None


def phrase_country(head: Token, index: CountryIndex | None = None, _depth: int = 0) -> CountryMention | None:
    """The country of the noun phrase headed by ``head``, or None when the text does not say.

    Tried in order: the head itself ("Russia", "the Kremlin", "Russians"); its left modifiers,
    recursively ("Lithuania's defense chief", "Russian President Vladimir Putin", "Polish troops");
    appositions ("Vladimir Putin, the Russian president"), also the noun a name is in apposition to
    ("her Ethiopian counterpart, Tesfaye Alemu"); a home the text gives ("a group based
    in Kenya"); and ``of``/``from``/``in`` phrases ("the president of France", "doctors from two
    American aid groups", "rebels in Guinea"), and for a spokesman the ``for`` phrase ("a spokesman
    for China's foreign ministry"), for an adviser or aide the ``to`` phrase ("an adviser to the Ukrainian president").

    A people noun is about where people live when the text says so: "Bosnian Serbs" (BIH), "the
    Albanians of southern Serbia" (SRB); "ethnic Turks" names an ethnicity, not a state (None
    unless a place is given).
    """
    own = token_country(head, index)
    if own is None and head.is_title and head.lower_ in WATER_NAME_NOUNS:
        return None  # "the South China Sea", "the Sea of Japan": waters named after a state are not its land
    if _depth >= _MAX_MODIFIER_DEPTH:
        return own
    children = list(children_of(head))
    if own is not None and own.kind == "demonym":
        ethnic = any(c.lower_ in _ETHNIC_MARKERS for c in children if c.i < head.i)
        for child in reversed([c for c in children if c.dep_ in ("amod", "compound") and c.i < head.i]):
            found = token_country(child, index)
            if found is not None and found.code != own.code:
                return found
        placed = _place_phrase_country(head, index, _depth, ("of", "in"))
        if placed is not None:
            return placed
        return None if ethnic else own
    if own is not None:
        return own
    # one state seen from its alliance ("its NATO ally"); the plural stands for the body's members together, as
    # PLOVER codes them ("its European Community partners": IGO)
    member = head.lemma_.lower() in MEMBER_STATE_NOUNS and head.tag_ == "NN"
    if member:
        # "its NATO ally Turkey", "its EU partner, Hungary": the state named beside the noun
        for child in children:
            if child.dep_ == "appos":
                found = phrase_country(child, index, _depth + 1)
                if found is not None:
                    return found
    for dep in _LEFT_MODIFIERS:
        for child in reversed([c for c in children if c.dep_ == dep and c.i < head.i]):
            found = phrase_country(child, index, _depth + 1)
            if found is not None and not (member and found.code in NON_STATE_CODES):
                return found  # "its NATO ally" is a member state, not the alliance
    for child in children:
        aside = child.lower_ in _ASIDE_QUANTIFIERS or any(d.dep_ == "det" and d.lower_ in _ASIDE_QUANTIFIERS for d in children_of(child))
        if child.dep_ == "appos" and not aside:  # ", some waving Russian flags": an aside, not another name
            found = phrase_country(child, index, _depth + 1)
            if found is not None:
                return found
        if child.dep_ == "acl" and child.lemma_.lower() in _HOME_VERBS:
            found = _place_phrase_country(child, index, _depth, ("in",))  # "an aid group based in Kenya"
            if found is not None:
                return found
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _OWNER_VERBS and head.pos_ == "NOUN":
            # "a chipmaker owned by China's Wingtech", "a refinery owned by the American company Conoco": a thing is of its owner's state
            owner = next((o for a in children_of(child) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"), None)
            found = phrase_country(owner, index, _depth + 1) if owner is not None else None
            if found is not None:
                return found
    if head.dep_ == "appos" and _depth == 0 and head.head.pos_ == "NOUN":
        found = phrase_country(head.head, index, _depth + 1)  # "her Ethiopian counterpart, Tesfaye Alemu"
        if found is not None:
            return found
    lemma = head.lemma_.lower()
    prepositions = _PLACE_PREPOSITIONS + ("for",) if lemma in _SPEAKER_NOUNS else _PLACE_PREPOSITIONS + ("to",) if lemma in _SERVING_NOUNS else _PLACE_PREPOSITIONS
    return _place_phrase_country(head, index, _depth, prepositions)
