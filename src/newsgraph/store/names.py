"""Names of actors, normalised so the same actor is recognised across articles.

Articles name the same person "Vladimir Putin", "Putin", "President Putin" and "Vladimir V.
Putin"; organisations "the United Nations", "United Nations" and "U.N.". This module turns a
surface name into comparable keys, without deciding anything: ``resolve.py`` decides which keys
are evidence enough to merge.

- ``person_name(text)``: titles ("President", "Prime Minister") split off as a role, middle
  initials kept apart (they tell George W. Bush from George H. W. Bush), generational suffixes
  ("Jr.") kept in the key (Donald Trump Jr. is not Donald Trump).
- ``org_name(text)``: leading "the" dropped, periods removed ("U.S." = "US"), and the acronym of a
  multi-word name ("North Atlantic Treaty Organization" → "nato").
- ``mention_kind(text)``: is a mention a name, a role noun phrase ("the Russian president") or a
  pronoun? Only names become aliases; roles are listed in a dossier; pronouns are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Names repeat across articles (the same few thousand actors): every function below is memoised.
CACHE_SIZE = 1 << 16

PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself it its itself they them their theirs themselves who whom whose this that these "
    "those one".split()
)

# Words that make up a title in front of a person's name. Kept lowercase, without periods.
TITLE_WORDS = frozenset(
    """
    president vice prime minister premier chancellor secretary general attorney deputy acting former
    interim foreign defence defense interior finance health trade state home justice economy energy
    mr mrs ms miss mx dr prof professor sir dame lord lady madam
    sen senator rep representative congressman congresswoman gov governor lt lieutenant mayor
    gen col colonel maj major capt captain cmdr commander adm admiral sgt sergeant cpl corporal pvt
    marshal field brig brigadier
    king queen prince princess emperor empress sheikh emir sultan crown
    pope cardinal archbishop bishop rev reverend father rabbi imam ayatollah patriarch
    judge justice chief speaker chairman chairwoman chair ceo cfo coo founder spokesman spokeswoman
    spokesperson ambassador envoy commissioner director minister-president first
    """.split()
)
# Connectors allowed inside a title ("Secretary of State", "Minister for Foreign Affairs").
TITLE_CONNECTORS = frozenset({"of", "for", "the", "and"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
# Lowercase words that may sit inside a proper name ("Bank of England", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    "of and for the de del della der den di da das do dos du la le les van von ter ten bin ibn al el "
    "y e on in at to &".split()
)
# Head nouns that make a capitalised phrase a role, not a name ("Russian President", "Defence Minister").
ROLE_HEADS = frozenset(
    """
    president minister premier chancellor secretary senator governor mayor spokesman spokeswoman
    spokesperson ambassador envoy commissioner chairman chairwoman ceo leader official officials chief
    head director general commander aide adviser advisor
    """.split()
)
ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "de", "la", "le", "on", "in", "at", "to", "&"})

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_EDGE_PUNCT = re.compile(r"^[^\w&]+|[^\w&]+$")


@lru_cache(maxsize=CACHE_SIZE)
def fold(text: str) -> str:
    """Casefold and drop diacritics: "Erdoğan" and "Erdogan" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    """Tokens of a name, folded, with edge punctuation and a possessive "'s" removed."""
    words = []
    for raw in fold(text).split():
        word = _EDGE_PUNCT.sub("", raw)
        word = word.replace(".", "")
        if word:
            words.append(word)
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return words


def _surface_words(text: str) -> list[str]:
    """Tokens as written (case kept), edge punctuation removed: used to split titles off."""
    return [w for w in (_EDGE_PUNCT.sub("", raw) for raw in text.translate(_QUOTES).split()) if w]


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name taken apart: ``key`` is what must match for two names to be one person."""

    text: str  # as written, title included
    given: tuple[str, ...]  # folded name tokens, title, initials and suffix removed
    initials: tuple[str, ...]  # middle initials ("w" in George W. Bush)
    suffix: str  # "jr", "iii"... or ""
    title: str  # the title as written ("President", "Prime Minister") or ""
    bare: str  # the name as written without its title: "Vladimir Putin" for "President Vladimir Putin"

    @property
    def key(self) -> str:
        """The name without title and initials, suffix kept: "vladimir putin", "donald trump jr".

        Full middle names stay in the key: John Quincy Adams is not John Adams.
        """
        return " ".join(self.given + ((self.suffix,) if self.suffix else ()))

    @property
    def surname(self) -> str:
        return self.given[-1] if self.given else ""

    @property
    def is_full(self) -> bool:
        """A first and a last name, not a bare surname."""
        return len(self.given) > 1


@lru_cache(maxsize=CACHE_SIZE)
def person_name(text: str) -> PersonName:
    """Take a person's name apart: "President Vladimir V. Putin" → given (vladimir, putin), initials (v,)."""
    surface = _surface_words(text)
    words = _words(text)
    # The two token lists align unless a token was pure punctuation; fall back to no title then.
    aligned = len(surface) == len(words)
    title_end = 0
    i = 0
    while i < len(words) - 1:
        if words[i] in TITLE_WORDS:
            i += 1
            title_end = i
        elif words[i] in TITLE_CONNECTORS and i + 1 < len(words) - 1 and words[i + 1] in TITLE_WORDS and title_end:
            i += 1
        else:
            break
    title = " ".join(surface[:title_end]) if aligned and title_end else ""
    bare = display_name(" ".join(text.split()[title_end:]) if title else text)
    rest = words[title_end:]
    suffix = ""
    if len(rest) > 1 and rest[-1] in SUFFIXES:
        suffix = rest[-1]
        rest = rest[:-1]
    initials: list[str] = []
    given: list[str] = []
    for position, word in enumerate(rest):
        is_middle = 0 < position < len(rest) - 1
        if is_middle and len(word) == 1:
            initials.append(word)
        else:
            given.append(word)
    return PersonName(text=text, given=tuple(given), initials=tuple(initials), suffix=suffix, title=title, bare=bare)


_DISPLAY_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s?$")


@lru_cache(maxsize=CACHE_SIZE)
def display_name(text: str) -> str:
    """A name as listed: whitespace squeezed, a possessive dropped ("Hillary Clinton's" → "Hillary Clinton")."""
    squeezed = " ".join(text.split())
    return _DISPLAY_POSSESSIVE.sub("", squeezed) or squeezed


def initials_compatible(a: str, b: str) -> bool:
    """Middle initials agree when equal or when one side gives none ("Vladimir Putin" ~ "Vladimir V. Putin")."""
    return not a or not b or a == b


def person_alias_compatible(alias: PersonName, name: PersonName) -> bool:
    """Can ``alias`` (a mention the article grouped with ``name``) stand for the person named ``name``?

    Guards against coreference mistakes spreading across the corpus: "Bill Clinton" grouped with
    "Hillary Clinton" in one article must not become an alias of Hillary Clinton everywhere.
    """
    if not alias.given or not name.given:
        return False
    if alias.is_full:
        return (
            alias.given[0] == name.given[0]
            and alias.surname == name.surname
            and alias.suffix in ("", name.suffix)
            and initials_compatible(" ".join(alias.initials), " ".join(name.initials))
        )
    return alias.given[0] in (name.given[0], name.surname)


@lru_cache(maxsize=CACHE_SIZE)
def org_key(text: str) -> str:
    """Comparable form of a non-person name: folded, periods removed, leading "the" dropped."""
    words = _words(text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=CACHE_SIZE)
def acronym(text: str) -> str:
    """"North Atlantic Treaty Organization" → "nato"; "" when the name is not several capitalised words."""
    surface = _surface_words(text)
    if surface and surface[0].lower() == "the":
        surface = surface[1:]
    letters = [w[0] for w in surface if w.lower() not in ACRONYM_SKIP and w[:1].isupper()]
    if len(letters) < 2 or len(letters) != len([w for w in surface if w.lower() not in ACRONYM_SKIP]):
        return ""
    return fold("".join(letters))


@lru_cache(maxsize=CACHE_SIZE)
def looks_like_acronym(text: str) -> bool:
    """"NATO", "U.S.", "EU": one token of capitals (periods allowed), 2 to 8 letters."""
    stripped = text.strip()
    if stripped[:4].lower() == "the ":
        stripped = stripped[4:]
    letters = stripped.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and " " not in stripped


@lru_cache(maxsize=CACHE_SIZE)
def mention_kind(text: str, entity_type: str = "PERSON") -> str:
    """"pronoun", "name" or "role" (a noun phrase standing for the actor: "the Russian president").

    A person is never named with an article in front ("the Russian President" is a role), an
    organisation often is ("the Kremlin" is a name).
    """
    stripped = text.strip()
    if not stripped:
        return "pronoun"
    if fold(stripped) in PRONOUNS:
        return "pronoun"
    words = _surface_words(stripped)
    if words and words[0].lower() in ("the", "a", "an"):
        if entity_type == "PERSON":
            return "role"
        words = words[1:]
    if not words:
        return "role"
    if entity_type == "PERSON":
        folded = _words(stripped)
        if folded and folded[-1] in ROLE_HEADS or all(w in TITLE_WORDS for w in folded):
            return "role"
    capitalised = 0
    for word in words:
        head = word[:1]
        if head.isupper() or head.isdigit():
            capitalised += 1
        elif word.lower() not in NAME_PARTICLES:
            return "role"
    return "name" if capitalised else "role"


@lru_cache(maxsize=CACHE_SIZE)
def display_role(text: str) -> str:
    """A role as listed in a dossier: a leading article lowercased ("The president" → "the president")."""
    stripped = " ".join(text.split())
    head, _, tail = stripped.partition(" ")
    if head in ("The", "A", "An") and tail:
        return f"{head.lower()} {tail}"
    return stripped
