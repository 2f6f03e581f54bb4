"""Speaker coreference without a trained coreference model: who "he", "the minister" and "Clinton" are.

No downloadable coreference model runs here, so the resolver reads the dependency parse the way a
careful reader of news does, in one left-to-right pass over the article:

- **Names** are grouped by :mod:`newsgraph.extract.entities` before the pass; a name several people
  share ("Clinton" with Hillary and Bill Clinton in the article) is left open and goes here to the
  one mentioned most recently (honorifics filter: "Mrs. Clinton" is not Bill).
- **Roles**: every person learns roles and a country from the text around their name: pre-titles
  ("Russian Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry Peskov", "President Putin")
  and apposition ("Sergei Lavrov, Russia's foreign minister,"; "Russia's foreign minister, Sergei
  Lavrov,"; "Jane Doe, an analyst at Chatham House,"). A later definite role noun phrase ("the
  minister", "Russia's top diplomat", "the Russian President", "Lithuania's defense chief", "the
  spokeswoman") links to the most recent person holding a compatible role, from a compatible
  country, of a compatible gender. Role phrases and what they may later be called come from
  ``data/roles_people.tsv``; "the ministry", "the alliance", "the paper" from ``data/roles_orgs.tsv``.
- **Pronouns** (he/him/his/himself, she/..., they/..., it/its) go to the most salient compatible
  antecedent in the current and previous paragraph: recency, subjects over objects, the current
  speaker for "he added", gender and number agreement (gender from honorifics, gendered role nouns
  and a first-name lexicon), and a binding constraint ("Putin praised him" is not Putin).
- **Never guess wildly**: people the text describes but does not name ("a senior official", "the
  man", "officials", "Putin and Lukashenko") take part in the competition as *blockers*. When one of
  them is the best antecedent, the pronoun resolves to nobody rather than to an older named person.

The pass produces :class:`Mention` records linked to :class:`Actor` objects (the entities under
construction); :class:`Resolver` also answers on-demand queries for arbitrary spans
(:meth:`Resolver.resolve_span`), which :class:`newsgraph.extract.entities.EntityIndex` exposes as
``resolve()``. Cost is linear in the number of tokens: lexicons are built at import, candidate
windows are found by bisection, nothing is parsed again.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SENT_START, TAG
from spacy.tokens import Doc, Token

from ..nlp import child_indices, children_of, decoded_strings, doc_text

# --------------------------------------------------------------------------- lexicons

_DATA = resources.files("newsgraph") / "data"


def data_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a shipped data file, without comments and blank lines."""
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


@lru_cache(maxsize=1 << 16)  # called for most tokens of every article; words repeat
def fold(text: str) -> str:
    """Lower case without diacritics or typographic apostrophes: "Anušauskas" and "anusauskas" match."""
    text = text.translate(_APOSTROPHES).lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Surname endings that mark gender (Lithuanian, Latvian, Polish, Czech, Russian, Belarusian,
# Bulgarian), used when the first name is not in the first-name lexicon.
FEMALE_SURNAME_ENDINGS = ("ienė", "aitė", "ytė", "ūtė", "ova", "eva", "ëva", "ina", "yna", "ska", "cka", "dzka", "ská", "ová", "aja", "aya")
MALE_SURNAME_ENDINGS = ("ov", "ev", "ski", "sky", "cki", "ckij", "skiy", "vich", "vič", "as", "us", "ys", "ius", "ūnas")
_FEMALE_ENDINGS_FOLDED = tuple(sorted({fold(e) for e in FEMALE_SURNAME_ENDINGS}))
_MALE_ENDINGS_FOLDED = tuple(sorted({fold(e) for e in MALE_SURNAME_ENDINGS}))


def surname_gender(surname: str) -> str | None:
    """The gender a surname's ending marks in the languages that inflect surnames for it (Baltic,
    Slavic: "Kowalska", "Belova", "Stankevičienė" are women's, "Petrauskas", "Lavrov", "Kowalski"
    men's), for a first name the lexicon does not know; None when the ending says nothing."""
    folded = fold(surname)
    if folded.endswith(_FEMALE_ENDINGS_FOLDED):
        return "f"
    if folded.endswith(_MALE_ENDINGS_FOLDED):
        return "m"
    return None


def gender_fits(pronoun: str, name: str | None) -> bool:
    """Whether "he"/"she" may stand for someone of this name: False only when the first name's
    gender (the first-name lexicon) or, for a first name it does not know, the surname's ending
    says the other one. Any other pronoun, and a one-word name, fit."""
    wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
    words = (name or "").split()
    if wanted is None or len(words) < 2:
        return True
    gender = first_name_gender(words[0]) or surname_gender(words[-1])
    return gender is None or gender == wanted


def _load_first_names() -> dict[str, str | None]:
    names: dict[str, str | None] = {}
    for file in ("names_first_ssa.tsv", "names_first_world.tsv"):  # the second overrides the first
        for name, gender in data_rows(file):
            names[name] = gender if gender in ("m", "f") else None
    return names


def _load_world_first_names() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("names_first_world.tsv"))


def first_name_known(written: str) -> bool:
    """Whether the first-name lexicon speaks for a first name as written. The US birth statistics
    (``names_first_ssa.tsv``) spell American names: a name written with letters they never use
    ("Māris", Latvian and a man's, folds to the American woman's "Maris") is not theirs, so only
    the hand-written international list speaks for it (round 16)."""
    folded = fold(written)
    return folded in FIRST_NAMES and (written.isascii() or folded in WORLD_FIRST_NAMES)


def first_name_gender(written: str) -> str | None:
    """The gender the first-name lexicon gives a first name as written (``first_name_known``), else None."""
    return FIRST_NAMES.get(fold(written)) if first_name_known(written) else None


@dataclass(frozen=True, slots=True)
class RoleEntry:
    """One phrase of ``roles_people.tsv``: what it says, what its holder may also be called."""

    phrase: str
    classes: tuple[str, ...]
    gender: str | None
    generic: bool


def _load_roles() -> dict[str, RoleEntry]:
    roles = {}
    for phrase, classes, gender, use in data_rows("roles_people.tsv"):
        roles[phrase] = RoleEntry(phrase, tuple(classes.split(",")), gender if gender in ("m", "f") else None, use == "generic")
    return roles


def _load_titles() -> dict[str, tuple[str | None, str | None]]:
    return {
        title: (gender if gender in ("m", "f") else None, role if role != "-" else None)
        for title, gender, role in data_rows("titles_people.tsv")
    }


def _load_org_nouns() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    nouns = {}
    for noun, words, kinds in data_rows("roles_orgs.tsv"):
        nouns[noun] = (
            frozenset(w for w in words.split(",") if w != "-"),
            frozenset(k for k in kinds.split(",") if k != "-"),
        )
    return nouns


FIRST_NAMES = _load_first_names()
WORLD_FIRST_NAMES = _load_world_first_names()
ROLES = _load_roles()
TITLES = _load_titles()
ORG_NOUNS = _load_org_nouns()
# Every word that occurs in some role phrase: a cheap first test before trying phrases.
ROLE_WORDS = frozenset(w for phrase in ROLES for w in phrase.replace("-", " ").split())
MAX_ROLE_WORDS = max(len(p.split()) for p in ROLES)

# Words before a role that change which office it is: "former president", "deputy minister".
QUALIFIERS = {"former": "former", "ex": "former", "late": "former", "deputy": "deputy", "vice": "deputy", "assistant": "deputy", "shadow": "shadow"}

SPEECH_VERBS = frozenset(
    "say tell add state note warn insist explain claim argue announce declare stress emphasise emphasize "
    "confirm deny write tweet post reply respond answer ask continue admit acknowledge suggest predict "
    "caution urge reiterate recall comment remark concede assert allege maintain contend report testify "
    "vow pledge promise threaten accuse describe quip joke boast complain lament conclude agree disagree "
    "estimate believe think reveal disclose charge counter retort observe".split()
)

# pronoun -> (gender: m/f/n or None for "they", plural)
PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "theirs": (None, True), "themselves": (None, True),
    "it": ("n", False), "its": ("n", False), "itself": ("n", False),
}
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# Verbs whose subject "it" is usually a placeholder ("it is clear that", "it seems").
_DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "become", "remain", "take", "rain", "look", "matter", "happen"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# "our union", "your government": the speaker's or listener's own; its head noun names no actor
_SPEAKER_POSSESSIVES = frozenset({"my", "our", "your"})
# "who leads the union", "who heads the agency", "who chairs the committee": the role the verb gives its subject
LEADING_VERB_ROLES = {"lead": "leader", "head": "head", "chair": "chair"}
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "no", "every", "each", "either", "neither", "such"})
COMPANY_NOUNS = frozenset({"company", "firm", "group", "corporation", "business", "carmaker", "automaker", "retailer", "lender", "insurer", "bank", "maker", "manufacturer", "producer", "airline", "carrier", "chipmaker", "startup"})
INSTITUTION_WORDS = frozenset(
    "ministry department government administration agency bureau service authority commission committee council "
    "parliament assembly court tribunal party union alliance organisation organization university institute "
    "foundation army forces navy police office embassy league federation church school hospital".split()
)
GROUP_TYPES = frozenset({"ORG", "NORP"})  # what "they" may stand for (countries are "it")
PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})

# --------------------------------------------------------------------------- countries

_COUNTRY_NAMES: dict[str, str] = {}
_COUNTRY_STEMS: dict[str, str] = {}


def _country_stems(name: str) -> set[str]:
    stems = {name}
    for suffix in ("ia", "a", "e", "y", "o", "um"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 4:
            stems.add(name[: -len(suffix)])
    return stems


def _demonym_stems(word: str) -> list[str]:
    stems = [word]
    for suffix in ("ians", "ian", "ans", "an", "ese", "is", "i", "ns", "n", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stems.append(word[: -len(suffix)])
    return sorted(set(stems), key=len, reverse=True)


def _load_countries() -> None:
    import pycountry

    ambiguous: set[str] = set()
    for country in pycountry.countries:
        code = country.alpha_3
        for name in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}:
            if name and "," not in name:
                _COUNTRY_NAMES[fold(name)] = code
    for name, code in data_rows("names_country_aliases.tsv"):
        _COUNTRY_NAMES[name] = code
    for name, code in _COUNTRY_NAMES.items():
        if " " in name or "." in name or len(name) < 4:
            continue
        for stem in _country_stems(name):
            if _COUNTRY_STEMS.get(stem, code) != code:
                ambiguous.add(stem)
            _COUNTRY_STEMS[stem] = code
    for stem in ambiguous:
        del _COUNTRY_STEMS[stem]


_load_countries()


def _strip_place(text: str) -> str:
    text = fold(text).strip()
    if text.startswith("the "):
        text = text[4:]
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 of a country name ("Russia", "the U.S.") or a regular demonym ("Ukrainian",
    "Chinese"), else None. Capitals and irregular demonyms ("French") are the events gazetteer's job."""
    text = _strip_place(text)
    code = _COUNTRY_NAMES.get(text)
    if code or " " in text:
        return code
    for stem in _demonym_stems(text):
        code = _COUNTRY_STEMS.get(stem)
        if code:
            return code
    return None


def gazetteer_code(text: str) -> str | None:
    """The events gazetteer's code for a place, demonym, capital or seat of government ("Moscow",
    "the Kremlin", "French" -> RUS, RUS, FRA; NATO -> IGO), falling back to :func:`country_code` when
    that module is unavailable. Not used to merge entities: Moscow is not Russia, it speaks for it."""
    name = text.strip()
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    try:
        from .countries import country_code as events_country_code
    except ImportError:  # the events gazetteer is optional for this module
        return country_code(name)
    try:
        return events_country_code(name) or country_code(name)
    except Exception:  # a broken gazetteer must not take entities down with it
        return country_code(name)


def place_key(text: str) -> str:
    """A key under which a country, its adjective and its capital meet: the code when known, else the
    folded word ("French" and "France" meet even without a code for them)."""
    code = gazetteer_code(text)
    return code if code and code not in ("IGO", "NGO", "IMG") else _strip_place(text)


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class Actor:
    """An entity under construction: who it is and what the text has said about it so far."""

    index: int
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, ...
    forms: list[str] = field(default_factory=list)  # its names as written, titles and possessives removed
    first: str | None = None  # folded first name of a person
    last: str | None = None  # folded surname of a person (or the only name)
    gender: str | None = None  # "m", "f" or None
    gender_source: int = 0  # how sure: 3 honorific, 2 gendered role noun, 1 first name
    roles: set[str] = field(default_factory=set)  # role classes ("president", "leader", ...)
    countries: set[str] = field(default_factory=set)  # place keys (see place_key)
    affiliations: set[int] = field(default_factory=set)  # Actor.index of organisations it speaks for
    serves_body: bool = False  # given a role "for"/"of"/"at" something ("a spokesman for the agency")
    outlet: str | None = None  # news outlet kind (newspaper, agency...) when it is one
    canonical: str | None = None  # the name it goes by: an outlet's canonical name, else its fullest form
    name_words: frozenset[str] = frozenset()  # folded words of its names, for "the ministry"
    named_mentions: int = 0

    def set_gender(self, gender: str | None, source: int) -> None:
        """Take ``gender`` unless surer evidence already gave one."""
        if gender and source > self.gender_source:
            self.gender, self.gender_source = gender, source


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """What a role noun phrase says of the person it describes."""

    classes: tuple[str, ...]  # classes[0] is what this phrase itself says
    gender: str | None
    generic: bool
    countries: frozenset[str] = frozenset()  # place keys
    affiliations: frozenset[int] = frozenset()  # Actor.index of organisations
    serves_body: bool = False  # the phrase has an "of/at/for/with" complement: the role is held for something


@dataclass(slots=True)
class Mention:
    """A referring expression in the text and, once resolved, the actor it stands for."""

    start: int  # character offsets, end exclusive
    end: int
    first: int  # token indices, end exclusive
    last: int
    head: int  # index of the syntactic head token
    kind: str  # "name", "role", "pronoun", "org_noun", "age", "blocker"
    actor: int | None = None
    options: tuple[int, ...] = ()  # for a name several actors share
    gender: str | None = None
    plural: bool = False
    role: RoleSpec | None = None
    word: str = ""  # the pronoun or organisation noun, folded
    sentence: int = 0
    paragraph: int = 0
    function: str = "other"  # "subj", "obj", "poss", "pobj", "other"
    speaker: bool = False  # subject of a speech verb or object of "according to"
    quoted: bool = False  # inside quotation marks
    person: bool = True  # for blockers: a person (else a group or thing)
    dateline: bool = False  # "MINSK —": where the story was filed, never an antecedent
    grouped: bool = False  # first of "X and Y": for "they" the pair competes, not X alone


# --------------------------------------------------------------------------- document layout


# --------------------------------------------------------------------------- token table

_ATTRS = (LOWER, LEMMA, TAG, POS, DEP, HEAD, ENT_TYPE, SENT_START, IDX, LENGTH, IS_PUNCT, IS_SPACE, ENT_IOB)
_QUOTE_WORDS = frozenset({"\u201c", "\u00ab", "\u201e", "\u201d", "\u00bb", '"', "''", "``"})


class _LazyStrings:
    """A list of strings looked up in the StringStore only when read (most lemmas never are)."""

    __slots__ = ("_hashes", "_strings", "_cache")

    def __init__(self, hashes: list[int], strings):
        self._hashes, self._strings, self._cache = hashes, strings, {}

    def __getitem__(self, i: int) -> str:
        value = self._cache.get(i)
        if value is None:
            value = self._cache[i] = self._strings[self._hashes[i]]
        return value


class Tokens:
    """The token attributes of one ``Doc`` as plain lists, read once with ``Doc.to_array``.

    Reading ``token.dep_`` and friends through spaCy's ``Token`` objects costs a few microseconds per
    access; the extractors touch each token many times, so they read these lists instead. Also holds
    the layout: sentence and paragraph number and whether a token lies inside quotation marks.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text = doc_text(doc)
        n = self.n = len(doc)
        strings = doc.vocab.strings
        array = doc.to_array(list(_ATTRS)).reshape(n, len(_ATTRS)) if n else np.zeros((0, len(_ATTRS)), dtype=np.uint64)

        self.lemma = _LazyStrings(array[:, 1].tolist(), strings)
        self.tag = decoded_strings(strings, array[:, 2].tolist())
        self.pos = decoded_strings(strings, array[:, 3].tolist())
        self.dep = decoded_strings(strings, array[:, 4].tolist())
        self.ent = decoded_strings(strings, array[:, 6].tolist())
        self._iob = array[:, 12].tolist()
        self.head = (array[:, 5].astype(np.int64) + np.arange(n, dtype=np.int64)).tolist()  # offsets are stored modulo 2**64
        starts = array[:, 8].astype(np.int64)
        ends = starts + array[:, 9].astype(np.int64)
        self.idx: list[int] = starts.tolist()
        self.end = ends.tolist()
        self.words = [text[a:b] for a, b in zip(self.idx, self.end)]
        self.lower: list[str] = list(map(str.lower, self.words))  # a token's LOWER is its text, lower-cased
        self.punct = array[:, 10].astype(bool).tolist()
        self.space = array[:, 11].astype(bool).tolist()
        self.cap = [w[:1].isupper() for w in self.words]
        self.children: list[list[int]] = child_indices(doc)  # shared with the extractors' tree: read, never change
        # layout, with numpy over all tokens; the quote state changes only at marks and paragraph ends
        sentence_starts = array[:, 7] == 1
        if n:
            sentence_starts[0] = False
        self.sentence = np.cumsum(sentence_starts).tolist()
        # a paragraph ends after token i when a line break lies between it (or its start, for a
        # whitespace token) and the next token
        newlines = np.flatnonzero(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) == 10)
        after = np.where(array[:, 11].astype(bool), starts, ends)
        following = np.append(starts[1:], len(text))
        ends_paragraph = np.searchsorted(newlines, following) > np.searchsorted(newlines, after)
        self.paragraph = (np.cumsum(ends_paragraph) - ends_paragraph).tolist()
        self.quoted = [False] * n
        words = self.words
        changes = sorted({i for i, word in enumerate(words) if word in _QUOTE_WORDS}.union(np.flatnonzero(ends_paragraph).tolist()))
        inside = False
        previous = -1
        for i in changes:
            if inside:
                self.quoted[previous + 1:i] = [True] * (i - previous - 1)
            word = words[i]
            if word in ("\u201c", "\u00ab", "\u201e"):
                inside = True
            elif word in ("\u201d", "\u00bb"):
                inside = False
                self.quoted[i] = True
            elif word in ('"', "''", "``"):
                inside = not inside
                self.quoted[i] = True
            if inside:
                self.quoted[i] = True
            if ends_paragraph[i]:
                inside = False
            previous = i
        if inside:
            self.quoted[previous + 1:n] = [True] * (n - previous - 1)

    def entity_begins(self) -> list[bool]:
        """Whether each token begins one of the tagger's entities."""
        return [iob == 3 for iob in self._iob]

    def entity_spans(self) -> list[tuple[int, int, str]]:
        """The tagger's entities as (first, last, label), like ``doc.ents`` without building spans."""
        out = []
        iob, ent = self._iob, self.ent
        i, n = 0, self.n
        while i < n:
            if iob[i] == 3:  # B
                j = i + 1
                while j < n and iob[j] == 1 and ent[j] == ent[i]:  # I
                    j += 1
                out.append((i, j, ent[i]))
                i = j
            else:
                i += 1
        return out

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.idx[first]: self.end[last - 1]]

    def span_root(self, first: int, last: int) -> int:
        """The token of ``first:last`` whose head lies outside it (the first such)."""
        for i in range(first, last):
            h = self.head[i]
            if h == i or h < first or h >= last:
                return i
        return last - 1

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens overlapping characters ``start:end``, as ``first:last``."""
        first = bisect.bisect_right(self.end, start)
        last = bisect.bisect_left(self.idx, end)
        return first, max(first, last)

    def lefts(self, i: int) -> list[int]:
        return [c for c in self.children[i] if c < i]

    def rights(self, i: int) -> list[int]:
        return [c for c in self.children[i] if c > i]

    def root_of(self, i: int) -> int:
        for _ in range(self.n):
            h = self.head[i]
            if h == i:
                break
            i = h
        return i


def _climb_conjuncts(tt: Tokens, i: int) -> int:
    for _ in range(4):
        if tt.dep[i] in ("appos", "conj") and tt.head[i] != i:
            i = tt.head[i]
        else:
            break
    return i


def clause_function(tt: Tokens, i: int) -> str:
    """The grammatical function of a noun phrase head, looking through apposition and conjunction."""
    dep = tt.dep[_climb_conjuncts(tt, i)]
    if dep in ("nsubj", "nsubjpass"):
        return "subj"
    if dep in ("dobj", "dative", "iobj", "attr", "oprd"):
        return "obj"
    if dep == "poss":
        return "poss"
    if dep == "pobj":
        return "pobj"
    return "other"


def is_speaker_position(tt: Tokens, i: int) -> bool:
    """Subject of a speech verb ("X said"), or object of "according to"."""
    i = _climb_conjuncts(tt, i)
    head = tt.head[i]
    dep = tt.dep[i]
    if dep == "nsubj":
        return tt.lemma[head].lower() in SPEECH_VERBS
    if dep == "pobj" and tt.lower[head] == "to" and tt.lower[tt.head[head]] == "according":
        return True
    if dep == "pobj" and tt.dep[head] == "agent":
        return tt.lemma[tt.head[head]].lower() in SPEECH_VERBS
    return False


def governor(tt: Tokens, i: int) -> int | None:
    """The verb an object or prepositional object belongs to, for the binding constraint."""
    dep = tt.dep[i]
    if dep in ("dobj", "dative", "iobj"):
        return tt.head[i]
    if dep == "pobj" and tt.dep[tt.head[i]] == "prep":
        return tt.head[tt.head[i]]
    verb = tt.head[i]
    if dep == "nsubj" and tt.dep[verb] == "ccomp" and tt.tag[verb] == "VB" and tt.lemma[tt.head[verb]].lower() in _SMALL_CLAUSE_VERBS:
        if not any(tt.dep[c] in ("aux", "auxpass") for c in tt.children[verb]):
            return verb  # "to see him go": him is the subject of a bare infinitive
    return None


_SMALL_CLAUSE_VERBS = frozenset({"see", "hear", "watch", "let", "make", "help", "feel", "notice", "have"})


def binding_domain(tt: Tokens, verb: int) -> set[int]:
    """A verb and the verbs that control its unexpressed subject ("he was sad to see him go": see, sad,
    was), whose subjects a non-reflexive object pronoun cannot refer to."""
    domain = {verb}
    for _ in range(4):
        if tt.dep[verb] not in ("xcomp", "acomp", "ccomp") or tt.head[verb] == verb:
            break
        if tt.dep[verb] == "ccomp" and tt.tag[verb] != "VB":
            break  # a finite clause has its own subject
        verb = tt.head[verb]
        domain.add(verb)
    return domain


def dominates(tt: Tokens, head: int, i: int) -> bool:
    """Is token ``i`` inside the noun phrase headed by ``head`` (not merely in a conjunct or apposition)?"""
    for _ in range(12):
        if tt.dep[i] in ("conj", "appos", "relcl", "acl", "advcl", "ccomp") or tt.head[i] == i:
            return False
        i = tt.head[i]
        if i == head:
            return True
    return False


# People quoted for their expertise, whose employer is named only to place them ("an analyst at BTG Pactual").
EXPERT_NOUNS = frozenset(
    "analyst analysts economist economists strategist strategists researcher researchers professor professors "
    "fellow fellows lecturer lecturers expert experts scientist scientists".split()
)


def _employer_of_expert(tt: Tokens, i: int) -> bool:
    """Is token ``i`` (in a name) the employer of an expert set beside a speaker: "said Ines Vega, a mining
    analyst at BTG Pactual in Santiago"? Such a name only places the expert; "the company said" after it
    still means the company the story is about (round 41)."""
    for _ in range(4):
        if tt.dep[i] != "compound" or tt.head[i] == i:
            break
        i = tt.head[i]
    preposition = tt.head[i]
    return tt.dep[i] == "pobj" and tt.lower[preposition] in ("at", "with") and tt.lower[tt.head[preposition]] in EXPERT_NOUNS


def _told_to(tt: Tokens, i: int) -> bool:
    """Is token ``i`` (in a name) whom a speaker told something: "Sánchez told Caracol Radio"? The listener, a
    broadcaster or a paper, is not what a later "the group" or "the company" takes up (round 45)."""
    for _ in range(4):
        if tt.dep[i] != "compound" or tt.head[i] == i:
            break
        i = tt.head[i]
    return tt.dep[i] in ("dobj", "dative") and tt.lemma[tt.head[i]] == "tell"


def _names_a_thing(tt: Tokens, i: int) -> bool:
    """Is token ``i`` part of a name that only modifies a common noun ("its El Teniente mine", "the Kariba
    dam"), so that it names a thing there, not a body?"""
    for _ in range(4):
        if tt.dep[i] != "compound" or tt.head[i] == i:
            break
        i = tt.head[i]
        if tt.pos[i] == "NOUN":
            return True
    return False


def _in_adjunct_of(tt: Tokens, verb: int, i: int) -> bool:
    """Is token ``i`` inside a prepositional adjunct of ``verb``, also through a participle that
    modifies the adjunct's noun ("In a statement posted on Telegram, the group said": round 41)?"""
    if dominates(tt, verb, i):
        return True
    for _ in range(12):
        if tt.head[i] == i or tt.dep[i] in ("conj", "appos", "relcl", "ccomp"):
            return False
        child, i = i, tt.head[i]
        if i == verb:
            return tt.dep[child] == "prep"
    return False


# --------------------------------------------------------------------------- role phrases


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A role noun phrase found around a head token."""

    entry: RoleEntry
    start: int  # token span of the whole noun phrase, end exclusive
    end: int
    head: int
    classes: tuple[str, ...]
    definite: bool
    indefinite: bool
    plural: bool


def _phrase_text(words: list[str]) -> str:
    return " ".join(words).replace(" - ", "-")


def find_role(tt: Tokens, i: int, name_tokens: dict[int, int]) -> RolePhrase | None:
    """The role phrase headed by token ``i`` ("minister" in "Russia's foreign minister"), if any.

    ``name_tokens`` maps token indices inside name mentions to their mention, so that the role words
    never swallow a name. The phrase may extend right over "of ..." ("secretary of state").
    """
    plural = tt.tag[i] in ("NNS", "NNPS")
    head_word = tt.lemma[i].lower() if plural else tt.lower[i]
    if head_word not in ROLE_WORDS:
        if not head_word.endswith("ologist") or len(head_word) < 9:
            return None
        # any "-ologist" (glaciologist, epidemiologist) is a scientist and a researcher
        entry = RoleEntry(head_word, (head_word, "scientist", "researcher", "expert"), None, False)
        return _phrase_around(tt, i, entry, i, i + 1)
    n = tt.n
    best: tuple[int, int, RoleEntry] | None = None
    for a in range(i, max(-1, i - MAX_ROLE_WORDS - 1), -1):
        if a < i and (a in name_tokens or (tt.punct[a] and tt.words[a] != "-")):
            break
        for b in range(i + 1, min(n, i + MAX_ROLE_WORDS + 1) + 1):
            if b - 1 > i and (b - 1 in name_tokens or (tt.punct[b - 1] and tt.words[b - 1] != "-")):
                break
            words = tt.lower[a:b]
            words[i - a] = head_word
            entry = ROLES.get(_phrase_text(words))
            if entry and (best is None or b - a > best[1] - best[0]):
                best = (a, b, entry)
    if best is None:
        return None
    a, b, entry = best
    return _phrase_around(tt, i, entry, a, b)


_NP_LEFT_DEPS = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "quantmod", "predet"})
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _phrase_around(tt: Tokens, i: int, entry: RoleEntry, a: int, b: int) -> RolePhrase:
    """The whole noun phrase around role words ``a:b`` headed by ``i``, with what its determiners say."""
    start = a
    det = None
    has_poss = has_number = False
    for child in tt.lefts(i):
        dep = tt.dep[child]
        # "The Netherlands’ culture minister": a name with a possessive mark the parser read as a
        # modifier is the possessor, and its country belongs to the role (round 18)
        possessive = dep == "nmod" and any(tt.dep[c] == "case" and tt.words[c] in _POSSESSIVE_MARKS for c in tt.children[child])
        if dep in _NP_LEFT_DEPS and child < start and (possessive or not (dep == "nmod" and tt.pos[child] == "PROPN")):
            start = min(start, _left_edge(tt, child))
        if dep in ("det", "predet") and det is None:
            det = tt.lower[child]
        elif dep == "poss" or possessive:
            has_poss = True
        elif dep == "nummod":
            has_number = True
    for k in range(a - 1, start - 1, -1):
        if tt.dep[k] in ("cc", "punct") and tt.words[k] not in ("-", "'", "\u2019"):
            start = k + 1  # "Rita Alves and finance director": a misparse, not one phrase
            break
    plural = tt.tag[i] in ("NNS", "NNPS")
    definite = (det in _DEFINITE or has_poss) and not has_number
    indefinite = det in _INDEFINITE or has_number or (det is None and not has_poss and plural)
    if det is None and not has_poss and not plural and not has_number:
        # "Kremlin spokesman said", "President said": a bare singular role is used like a title
        definite = True
    qualifier = None
    for k in range(start, a):
        qualifier = QUALIFIERS.get(tt.lower[k]) or qualifier
    classes = tuple(f"{qualifier}_{c}" for c in entry.classes) if qualifier else entry.classes
    return RolePhrase(entry, start, max(b, i + 1), i, classes, definite, indefinite, plural)


def _left_edge(tt: Tokens, i: int) -> int:
    edge = i
    stack = [i]
    while stack:
        k = stack.pop()
        for c in tt.children[k]:
            if c < edge:
                edge = c
            if c < k:
                stack.append(c)
    return edge


def _right_edge(tt: Tokens, i: int) -> int:
    edge = i
    stack = [i]
    while stack:
        k = stack.pop()
        for c in tt.children[k]:
            if c > edge:
                edge = c
            if c > k:
                stack.append(c)
    return edge


# --------------------------------------------------------------------------- the resolver

# Salience weights (Lappin & Leass in spirit): recency dominates, then grammatical function.
SENTENCE_DECAY = 30
PARAGRAPH_PENALTY = 15
FUNCTION_BONUS = {"subj": 30, "obj": 15, "poss": 8, "pobj": 0, "other": 0}
SPEAKER_BONUS = 40
GENDER_MATCH_BONUS = 10
GENDER_UNKNOWN_PENALTY = 12
QUOTED_PENALTY = 20
PRONOUN_WINDOW_SENTENCES = 4
MAIN_CLAUSE_BONUS = 15


# Nouns a described age may go with and still name a person ("the 44-year-old mother of two").
AGE_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "grandfather", "grandmother",
    "widow", "widower", "resident", "veteran", "driver", "farmer", "student", "teacher", "nurse",
    "doctor", "worker", "owner", "trader", "fisherman", "engineer", "soldier", "activist",
})


# An age written as one hyphenated word ("54-year-old", "six-month-old", "fifty-four-year-old"), which the
# tagger splits into "54", "-", "year", "-", "old" and often reads as a date.
AGE_WORD = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)s?-old$", re.I)


def age_word_start(text: str, end: int) -> int | None:
    """Where the hyphenated age ending at character ``end`` begins ("the 54-year-old"), else None: the
    one test of an age description for the resolver, the quote cues and the claim sources."""
    match = AGE_WORD.search(text, max(0, end - 24), end)
    return match.start() if match is not None else None


def age_word_first(token: Token) -> Token | None:
    """The first token of the hyphenated age a parsed "old" ends ("54" of "the 54-year-old"), else None:
    what the quote cues and the claim sources look in front of for the determiner."""
    start = age_word_start(token.doc.text, token.idx + len(token.text)) if token.lower_ == "old" else None
    if start is None:
        return None
    first = token
    while first.i > 0 and first.idx > start:
        first = token.doc[first.i - 1]
    return first


def person_described_before(pronoun: Token, title_nouns: frozenset[str]) -> Token | None:
    """The nearest one person the sentence before a "he"/"she" describes without naming ("the former
    mayor", "a local farmer", "Montenegro's prime minister"): a singular title noun with a determiner
    or a possessor, when no person is named after it in that sentence. What an unresolved pronoun
    with no speaker to inherit stands for, for claims' sources and (round 17) quotes' speakers;
    ``title_nouns`` is the caller's list of person titles; a body's noun among them ("head of government"
    gives "government") is no person: "…since the government suspended talks. “…,” she said" (round 43)."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    nearest = None
    for token in reversed(pronoun.doc[sentence.start - 1].sent):
        if token.ent_type_ == "PERSON":
            return nearest
        # a capitalised title is tagged as a name ("The Russian President dismissed it", round 27)
        if (token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_title)) and token.lemma_.lower() in title_nouns and not token.ent_type_ and token.lemma_.lower() not in ORG_NOUNS:
            if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and any(c.dep_ in ("det", "poss") for c in children_of(token)):
                if token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
                    # the sentence's subject before a person it acted on: "The agency's director general met
                    # Iran's ambassador… she said" is the director general (round 27)
                    return token
                nearest = nearest or token
    return nearest


def age_description(tt: Tokens, i: int) -> tuple[int, int, str] | None:
    """"the 44-year-old" (or "the 44-year-old mother") as a reference to a person, with ``i`` its
    "old": (first token, end token, the age as written), else None. Only the definite form refers
    back; "a 44-year-old" introduces someone new."""
    if tt.lower[i] != "old":
        return None
    start = age_word_start(tt.text, tt.end[i])
    first = i
    while start is not None and first > 0 and tt.idx[first] > start:
        first -= 1
    if start is None or first == 0 or tt.lower[first - 1] != "the" or not tt.words[first].isdigit():
        return None  # a stated age in digits is what "Omar Haddad, 52," can be matched with
    end = i + 1
    if end < tt.n and tt.pos[end] in ("NOUN", "PROPN") and tt.head[i] == end:
        if tt.lemma[end].lower() not in AGE_PERSON_NOUNS and tt.lemma[end].lower() not in ROLES:
            return None  # "the 30-year-old law"; "the 54-year-old diplomat" is a person (round 47)
        end += 1
    return first - 1, end, tt.words[first]


_UNREAD = object()  # a lazily read value not read yet


class Resolver:
    """Links role noun phrases, pronouns and shared surnames of one document to actors.

    ``actors`` and the name ``mentions`` come from the entity layer; the resolver adds role and
    pronoun mentions, acquires roles from pre-titles and apposition, and resolves everything in one
    left-to-right pass. ``resolve_span`` answers later queries for arbitrary spans.
    """

    def __init__(self, tokens: Tokens, actors: list[Actor], names: list[Mention]):
        self.tt = tokens
        self.actors = actors
        self._surnames: set[str] | None = None
        self._ages: dict[int, set[str]] | None = None
        self._home: str | None | object = _UNREAD  # _home_key
        self.names = names
        self.name_tokens: dict[int, int] = {}
        for number, mention in enumerate(names):
            for i in range(mention.first, mention.last):
                self.name_tokens[i] = number
            self._place(mention)
        self.mentions: list[Mention] = list(names)
        self.mentions.extend(self._acquire_roles())
        covered = {i for m in self.mentions for i in range(m.first, m.last)}
        self.mentions.extend(self._find_mentions(covered))
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        self._seen: dict[int, list[int]] = {}  # actor -> token indices of its resolved mentions so far
        # (token index, actor or -1 for an unnamed speaker, mention id) of speakers, in text order
        self._speakers: list[tuple[int, int, int]] = []
        self._resolve_all()
        self.version = 0  # bumped whenever a query changes what the mentions say

    # ----------------------------------------------------------------- features

    def _place(self, mention: Mention) -> None:
        tt, head = self.tt, mention.head
        mention.sentence = tt.sentence[head]
        mention.paragraph = tt.paragraph[head]
        mention.quoted = tt.quoted[head]
        mention.function = clause_function(tt, head)
        mention.speaker = not mention.quoted and is_speaker_position(tt, head)

    def _make(self, first: int, last: int, head: int, kind: str, **fields) -> Mention:
        mention = Mention(self.tt.idx[first], self.tt.end[last - 1], first, last, head, kind, **fields)
        self._place(mention)
        return mention

    def _modifiers(self, tokens: Iterable[int]) -> tuple[frozenset[str], frozenset[int]]:
        """Countries and organisations named among ``tokens`` (a role phrase and its complement)."""
        tt = self.tt
        countries: set[str] = set()
        affiliations: set[int] = set()
        for i in tokens:
            number = self.name_tokens.get(i)
            if number is not None:
                actor_index = self.names[number].actor
                actor = self.actors[actor_index] if actor_index is not None else None
                if actor is not None and actor.label in PLACE_TYPES:
                    countries.add(place_key(actor.forms[0] if actor.forms else tt.words[i]))
                elif actor is not None and actor.label in ("ORG", "FAC"):
                    affiliations.add(actor.index)
                    code = gazetteer_code(actor.forms[0]) if actor.forms else None
                    if code and code not in ("IGO", "NGO", "IMG"):
                        countries.add(code)  # "Kremlin spokesman": the seat of a government has its country
            elif tt.ent[i] in ("GPE", "NORP"):
                countries.add(place_key(tt.words[i]))
        return frozenset(countries), frozenset(affiliations)

    def _phrase_tokens(self, phrase: RolePhrase) -> list[int]:
        """The phrase and its "of/at/for/with ..." complement ("the foreign minister of Russia")."""
        tt = self.tt
        tokens = list(range(phrase.start, phrase.end))
        for child in tt.rights(phrase.head):
            if tt.dep[child] == "prep" and tt.lower[child] in ("of", "at", "for", "with"):
                for obj in tt.children[child]:
                    if tt.dep[obj] == "pobj":
                        tokens.extend(range(_left_edge(tt, obj), _right_edge(tt, obj) + 1))
        return tokens

    def _role_spec(self, phrase: RolePhrase) -> RoleSpec:
        tokens = self._phrase_tokens(phrase)
        countries, affiliations = self._modifiers(tokens)
        entry = phrase.entry
        return RoleSpec(phrase.classes, entry.gender, entry.generic, countries, affiliations, len(tokens) > phrase.end - phrase.start)

    # ----------------------------------------------------------------- role acquisition

    def _learn(self, actor: Actor, spec: RoleSpec) -> None:
        actor.roles.update(spec.classes)
        actor.countries.update(spec.countries)
        actor.affiliations.update(spec.affiliations)
        actor.serves_body = actor.serves_body or spec.serves_body
        actor.set_gender(spec.gender, 2)

    def _acquire_roles(self) -> list[Mention]:
        """Learn roles from pre-titles and apposition; return appositive role phrases as mentions."""
        tt = self.tt
        found: list[Mention] = []
        done: set[int] = set()
        for mention in self.names:
            if mention.actor is None or self.actors[mention.actor].label != "PERSON":
                continue
            if tt.ent[mention.head] in ("GPE", "LOC"):
                # "Speaking in Kuala Lumpur, Malaysia's home minister said": a name the tagger takes for a
                # place where it stands is no person here, whatever its other mentions made it (round 27)
                continue
            actor = self.actors[mention.actor]
            self._learn_pretitle(mention, actor)
            head = mention.head
            # "Sergei Lavrov, Russia's foreign minister," and "Lavrov is Russia's foreign minister"
            others = [c for c in tt.children[head] if tt.dep[c] == "appos"] if not self._interviewing_outlet(head) else []
            if tt.dep[head] == "nsubj" and tt.lemma[tt.head[head]] == "be":
                others += [c for c in tt.children[tt.head[head]] if tt.dep[c] == "attr"]
            # "Solberg, who has been minister since October,": a relative clause saying what the person is now
            # (not "who was minister until 2019") (round 43)
            for clause in tt.children[head]:
                if tt.dep[clause] == "relcl" and tt.lemma[clause] == "be" and self._now_is(clause):
                    others += [c for c in tt.children[clause] if tt.dep[c] == "attr"]
                elif tt.dep[clause] == "relcl" and tt.lemma[clause] in LEADING_VERB_ROLES and self._now_is(clause):
                    # "Sophie Binet, who leads the CGT union,": a later "the union leader" (round 45)
                    entry = ROLES[LEADING_VERB_ROLES[tt.lemma[clause]]]
                    led = [i for c in tt.children[clause] if tt.dep[c] == "dobj" for i in range(_left_edge(tt, c), _right_edge(tt, c) + 1)]
                    countries, affiliations = self._modifiers(led)
                    self._learn(actor, RoleSpec(entry.classes, entry.gender, entry.generic, countries, affiliations, bool(led)))
            # "Russia's foreign minister, Sergei Lavrov,"
            if tt.dep[head] == "appos" and tt.head[head] not in self.name_tokens:
                others.append(tt.head[head])
            if tt.dep[head] == "appos" and tt.head[head] < head:
                # "The head of a farmers' association, Pedro Sousa,", "His editor at the weekly De
                # Nieuwe Dag, Marloes Bakker,": the parser hangs the name on the last noun of the phrase
                holder = tt.head[head]
                while tt.dep[holder] == "pobj" and tt.dep[tt.head[holder]] == "prep" and tt.pos[tt.head[tt.head[holder]]] in ("NOUN", "PROPN"):
                    holder = tt.head[tt.head[holder]]
                if holder != tt.head[head] and holder not in self.name_tokens:
                    others.append(holder)
            for other in others:
                if other in self.name_tokens or other in done:
                    continue
                phrase = find_role(tt, other, self.name_tokens)
                if phrase is None and tt.dep[other] != "attr":
                    described = self._described_person(other, head, actor)
                    if described is not None:
                        done.add(other)
                        found.append(described)
                    continue
                if phrase is None or phrase.plural:
                    continue
                spec = self._role_spec(phrase)
                self._learn(actor, spec)
                if tt.dep[other] != "attr":
                    done.add(other)
                    found.append(self._make(phrase.start, phrase.end, other, "role", actor=actor.index, role=spec, gender=spec.gender))
        return found

    def _interviewing_outlet(self, head: int) -> bool:
        """"In an interview with Vientiane Radio, Laos's deputy minister accused…": a name that is the outlet
        of an interview ("with"/"to" after "interview", "speaking", "talking"); the parser may hang the
        speaker's title on it as an apposition, but the two are never one (the outlet may be tagged a
        person, round 46 of docs/schema.md)."""
        tt = self.tt
        prep = tt.head[head]
        return tt.dep[head] == "pobj" and tt.lower[prep] in ("with", "to") and tt.lemma[tt.head[prep]] in ("interview", "speak", "talk")

    def _now_is(self, clause: int) -> bool:
        """Whether a relative clause of "be" has "who" for its subject and says what holds now: "who is",
        "who has been" (a past "who was" may be a former office)."""
        tt = self.tt
        children = tt.children[clause]
        if not any(tt.dep[c] == "nsubj" and tt.lower[c] == "who" for c in children):
            return False
        if tt.tag[clause] in ("VBZ", "VBP"):
            return True
        return tt.tag[clause] == "VBN" and any(tt.dep[c] == "aux" and tt.lower[c] in ("has", "have") for c in children)

    def _described_person(self, other: int, name_head: int, actor: Actor) -> Mention | None:
        """A noun phrase in apposition with a person's name that the role lexicon does not know ("The
        RSF's chief negotiator, Mubarak al-Tayeb,", "His editor at the weekly, Marloes Bakker,", "one
        of them, student Faith Njeri,"): a mention of that person, so that a speaker or source written
        as the phrase is the person. Singular with a determiner or possessor ("a member of the
        committee, Omar Haddad," too), or "one"."""
        tt = self.tt
        if tt.lower[other] != "one":
            if tt.tag[other] != "NN" or tt.pos[other] != "NOUN":
                return None
            if not any(tt.dep[c] in ("det", "poss") and c < other and tt.lower[c] not in ("no", "every", "each", "any") for c in tt.children[other]):
                return None
        first = _left_edge(tt, other)
        if other < name_head:
            last = _left_edge(tt, name_head)  # the phrase ends before the name and the comma before it
        else:
            last = _right_edge(tt, other) + 1
        while last > first and (tt.punct[last - 1] or tt.space[last - 1]):
            last -= 1
        if last <= other or any(k in self.name_tokens and self.names[self.name_tokens[k]].actor == actor.index for k in range(first, last)):
            return None
        return self._make(first, last, other, "role", actor=actor.index, role=RoleSpec(("person",), None, False))

    def _learn_pretitle(self, mention: Mention, actor: Actor) -> None:
        """"Russian Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry Peskov"."""
        tt = self.tt
        inside = set(range(mention.first, mention.last))
        kept: list[int] = []
        j = mention.first - 1
        while j >= 0 and mention.first - j <= 8:
            if tt.sentence[j] != tt.sentence[mention.first] or tt.words[j] in (",", ";", ":", "(", ")") or tt.space[j]:
                break
            if self._is_person_name(j):
                break
            h = tt.head[j]
            if h in inside and tt.dep[j] in ("compound", "amod", "nmod", "poss", "punct", "det"):
                inside.add(j)
                kept.append(j)
            elif not (j < h < mention.first):
                break  # else inside a possessor ("President Putin's spokesman X"): keep walking
            j -= 1
        kept.sort()
        if not any(tt.lower[k] in ROLE_WORDS for k in kept):
            # the parse did not attach it, but a role right before a name is its title:
            # "Company spokeswoman Rita Alves"
            j = mention.first - 1
            while j >= 0 and mention.first - j <= MAX_ROLE_WORDS + 2 and tt.sentence[j] == tt.sentence[mention.first] and not tt.punct[j] and not self._is_person_name(j) and j not in kept:
                if tt.lower[j] in ROLE_WORDS or tt.ent[j] in ("GPE", "NORP", "ORG") or tt.lower[j] in QUALIFIERS:
                    kept.insert(0, j)
                    j -= 1
                else:
                    break
        countries, affiliations = self._modifiers(kept)
        if mention.role is not None:  # title words inside the name mention ("President Putin")
            role = mention.role
            self._learn(actor, RoleSpec(role.classes, role.gender, role.generic, countries, affiliations))
        # role phrases among the kept words, longest first, right to left
        words = [tt.lower[i] for i in kept]
        end = len(kept)
        while end > 0:
            match = None
            for begin in range(max(0, end - MAX_ROLE_WORDS - 1), end):
                entry = ROLES.get(_phrase_text(words[begin:end]))
                if entry:
                    match = (begin, entry)
                    break
            if match is None:
                end -= 1
                continue
            begin, entry = match
            qualifier = next((QUALIFIERS[w] for w in words[:begin] if QUALIFIERS.get(w)), None)
            classes = tuple(f"{qualifier}_{c}" for c in entry.classes) if qualifier else entry.classes
            self._learn(actor, RoleSpec(classes, entry.gender, entry.generic, countries, affiliations))
            end = begin
        for i in kept:
            title = TITLES.get(tt.lower[i])
            if title:
                actor.set_gender(title[0], 3)

    # ----------------------------------------------------------------- mention finding

    def _is_person_name(self, i: int) -> bool:
        number = self.name_tokens.get(i)
        if number is None:
            return False
        mention = self.names[number]
        if mention.actor is not None:
            return self.actors[mention.actor].label == "PERSON"
        return bool(mention.options)

    def _find_mentions(self, covered: set[int]) -> list[Mention]:
        tt = self.tt
        found: list[Mention] = []
        taken: set[int] = set()
        for i in range(tt.n):
            if i in self.name_tokens:
                continue
            lower = tt.lower[i]
            if lower == "old":
                described = age_description(tt, i)
                if described is not None and not any(k in taken or k in covered for k in range(*described[:2])):
                    first, end, age = described
                    found.append(self._make(first, end, i, "age", word=age))
                    taken.update(range(first, end))
                continue
            if lower in PRONOUNS:
                if tt.tag[i] not in ("PRP", "PRP$"):
                    continue
                gender, plural = PRONOUNS[lower]
                if lower == "it" and (tt.dep[i] == "expl" or tt.lemma[tt.head[i]].lower() in _DUMMY_IT_VERBS):
                    continue
                found.append(self._make(i, i + 1, i, "pronoun", gender=gender, plural=plural, word=lower))
                continue
            pos = tt.pos[i]
            if i in covered or i in taken or (pos != "NOUN" and pos != "PROPN") or tt.dep[i] == "compound":
                continue
            phrase = find_role(tt, i, self.name_tokens)
            if phrase is not None:
                # names of places and organisations may sit inside ("Russia's top diplomat"), people not
                span = range(phrase.start, phrase.end)
                if any(k in taken or (k in covered and k not in self.name_tokens) for k in span):
                    continue
                if any(self._is_person_name(k) and tt.dep[k] != "poss" for k in span):
                    continue
                spec = self._role_spec(phrase)
                linkable = phrase.definite and not phrase.indefinite and not phrase.plural and not spec.generic
                found.append(self._make(phrase.start, phrase.end, i, "role" if linkable else "blocker", gender=spec.gender, plural=phrase.plural, role=spec))
                taken.update(span)
                continue
            tag = tt.tag[i]
            noun = tt.lemma[i].lower()
            if noun in ORG_NOUNS and tag in ("NN", "NNP"):
                lefts = tt.lefts(i)
                if self._definite_noun(i):
                    start = min([i] + [_left_edge(tt, c) for c in lefts if tt.dep[c] in ("det", "poss", "amod", "compound")])
                    if not any(k in taken or (k in covered and k not in self.name_tokens) or self._is_person_name(k) for k in range(start, i)):
                        found.append(self._make(start, i + 1, i, "org_noun", word=noun, gender="n"))
                        taken.update(range(start, i + 1))
                continue
            dep = tt.dep[i]
            if tt.cap[i] and self._is_known_name(tt.words[i]):
                # "Woods urged residents...": a surname of the article the tagger took for a noun
                options = tuple(a.index for a in self.actors if a.last == fold(tt.words[i]))
                found.append(self._make(i, i + 1, i, "name", actor=options[0] if len(options) == 1 else None, options=options if len(options) > 1 else ()))
                continue
            if tag in ("NNS", "NNPS") and dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
                # plural things and groups: they compete for "they" and win when no organisation fits
                found.append(self._make(i, i + 1, i, "blocker", plural=True, person=False))
            elif tag == "NN" and dep in ("nsubj", "nsubjpass", "dobj"):
                found.append(self._make(i, i + 1, i, "blocker", gender="n", person=False))
        # "Putin and Lukashenko", "Warren and her challenger": two people together are nobody in particular
        for mention in self.names:
            conjuncts = [c for c in tt.children[mention.head] if tt.dep[c] == "conj"]
            if any(c in self.name_tokens or (c in covered and tt.pos[c] in ("NOUN", "PROPN")) for c in conjuncts):
                found.append(self._make(mention.first, mention.last, mention.head, "blocker", plural=True))
                mention.grouped = True
        return found

    # ----------------------------------------------------------------- the pass

    def _definite_noun(self, noun: int) -> bool:
        """Whether an organisation noun is definite, so that it can take up a body named before: "the
        union", "Kenya's army", "its ministry", "the traders' union" are; "a union" is not, nor is a
        noun whose possessor only says what kind of members it has ("a traders' union", "fishers'
        unions") or that is a name with it ("The Malawi Lake Fishers' Union" names a new body; "the
        European Union's mission" is definite)."""
        tt = self.tt
        lefts = tt.lefts(noun)
        if next((tt.lower[c] for c in lefts if tt.dep[c] == "det"), None) in _DEFINITE:
            return True
        for owner in (c for c in lefts if tt.dep[c] == "poss"):
            if tt.cap[noun] and tt.cap[owner] and tt.ent[owner] != "GPE":
                continue  # a capitalised "Fishers' Union" is a name
            if tt.pos[owner] != "NOUN" or any(tt.dep[c] == "poss" or (tt.dep[c] == "det" and tt.lower[c] in _DEFINITE) for c in tt.lefts(owner)):
                return True
        return False

    def _resolve_all(self) -> None:
        for mention in self.mentions:
            if mention.kind == "name" and mention.actor is None and mention.options:
                mention.actor = self._pick_shared_name(mention)
            elif mention.kind == "pronoun":
                mention.actor = self._resolve_pronoun(mention)
            elif mention.kind == "role" and mention.actor is None:
                mention.actor = self._resolve_role(mention)
            elif mention.kind == "org_noun":
                mention.actor = self._resolve_org_noun(mention)
            elif mention.kind == "age":
                mention.actor = self._resolve_age(mention)
            if mention.actor is not None:
                self._note(mention)
                if mention.kind == "pronoun" and mention.gender in ("m", "f") and self.actors[mention.actor].gender is None:
                    # "Bambang Wiratmo said… He would not say…": a person the names leave ungendered takes the
                    # gender of the pronoun resolved to them, as the weakest evidence (round 23), so a later "her"
                    # looks elsewhere ("Nurul Hassan said… In her view, …")
                    self.actors[mention.actor].gender = mention.gender
            elif mention.speaker and mention.kind in ("blocker", "role"):
                bisect.insort(self._speakers, (mention.head, -1, id(mention)))  # an unnamed speaker

    def _note(self, mention: Mention) -> None:
        seen = self._seen.setdefault(mention.actor, [])
        bisect.insort(seen, mention.head)
        if mention.speaker:
            bisect.insort(self._speakers, (mention.head, mention.actor, id(mention)))

    def last_seen(self, actor: int, before: int) -> int | None:
        """Token index of the actor's latest resolved mention before token ``before``."""
        seen = self._seen.get(actor)
        if not seen:
            return None
        k = bisect.bisect_left(seen, before)
        return seen[k - 1] if k else None

    def _speaker_entry(self, before: int) -> tuple[int, int, int] | None:
        """(token, actor or -1 for an unnamed speaker, id of its mention) of the latest speaker before a token."""
        k = bisect.bisect_left(self._speakers, (before, -2, 0))
        return self._speakers[k - 1] if k else None

    def _pick_shared_name(self, mention: Mention) -> int:
        """A surname several people share goes to the one mentioned last (or the most named)."""
        options = [a for a in mention.options if not mention.gender or self.actors[a].gender in (None, mention.gender)]
        options = options or list(mention.options)

        def rank(a: int) -> tuple:
            seen = self.last_seen(a, mention.head)
            return (seen is not None, seen if seen is not None else -1, self.actors[a].named_mentions, -a)

        return max(options, key=rank)

    def _candidates(self, mention: Mention) -> Iterator[Mention]:
        """Earlier mentions in the window, nearest first (several per actor)."""
        first_sentence = mention.sentence - PRONOUN_WINDOW_SENTENCES
        first_paragraph = mention.paragraph - 1
        pool = self.mentions
        for j in range(bisect.bisect_left(self._starts, mention.start) - 1, -1, -1):
            other = pool[j]
            if other.sentence < first_sentence or other.paragraph < first_paragraph:
                break
            if other.end <= mention.start and other is not mention and not other.dateline:
                yield other

    def _current_speaker(self, mention: Mention, candidates: list[Mention]) -> tuple[int, int] | None:
        """(actor or -1, id of its mention) of the latest speaker, for a pronoun in speaker position
        ("he added"), unless a person other than that speaker is the main subject of a sentence after
        the speaker's and before the pronoun's: "Lerato Mokoena rejected the criticism. … Thandi
        Nkosi, a teacher, has not been paid. She said…" (She is Nkosi, whom the speaker bonus would
        pass over). ``candidates`` come nearest first."""
        entry = self._speaker_entry(mention.head) if mention.speaker else None
        if entry is None:
            return None
        position, speaker_actor, _ = entry
        speaker_sentence = self.tt.sentence[position]
        for other in candidates:
            if other.head <= position:
                break  # nearest first: the rest lie before the speaker
            if other.function != "subj" or other.sentence <= speaker_sentence or other.sentence == mention.sentence:
                continue
            if not self._main_clause_subject(other):
                continue  # the subject of a clause inside the sentence ("the fire Mr. Obama has"), not the sentence's
            actor = self.actors[other.actor] if other.actor is not None else None
            if actor is not None and actor.label == "PERSON" and actor.index != speaker_actor and self._compatible(mention, other)[0]:
                return None
        return entry[1:]

    def _unnamed_subject_before(self, mention: Mention, candidates: list[Mention]) -> bool:
        """Whether the subject of the sentence right before a "he"/"she" subject is one person the text
        does not name ("The Kazakh President, who met his guest, spent the day on the loan. He said…",
        "The defence minister went further. Speaking on television, he said…"), with no person before
        the pronoun in its own sentence: the pronoun is that person, not a named one the scores would
        favour for being named more often (round 27). ``candidates`` come nearest first."""
        for other in candidates:
            if other.sentence == mention.sentence:
                if other.person and other.kind != "blocker" or (other.kind == "blocker" and other.person):
                    return False
                continue
            if other.sentence < mention.sentence - 1:
                return False
            if other.function != "subj" or not self._main_clause_subject(other):
                continue
            return (
                other.actor is None and other.kind in ("role", "blocker") and other.person and not other.plural
                and self._compatible(mention, other)[0]
            )
        return False

    def _main_clause_subject(self, other: Mention) -> bool:
        """Whether a subject mention is the subject of its sentence's root, not of a clause inside it."""
        verb = self.tt.head[other.head]
        return self.tt.head[verb] == verb

    def _score(self, mention: Mention, other: Mention, actor: Actor | None, speaker: tuple[int, int] | None) -> float:
        """How likely ``other`` (of ``actor``) is what the pronoun ``mention`` stands for; ``speaker`` is
        the current speaker (``_current_speaker``), whose mentions gain a bonus."""
        score = 100.0 - SENTENCE_DECAY * (mention.sentence - other.sentence)
        if other.paragraph != mention.paragraph:
            score -= PARAGRAPH_PENALTY
        score += FUNCTION_BONUS[other.function]
        if mention.function == "subj" and other.function == "subj":
            score += 5
        if other.function == "subj" and self._main_clause_subject(other):
            score += MAIN_CLAUSE_BONUS  # the subject of the sentence, not of a clause inside it
        if other.quoted and not mention.quoted:
            score -= QUOTED_PENALTY
        if other.sentence == mention.sentence:
            score += 5
        if actor is not None:
            score += 4 * min(actor.named_mentions, 5)
            if mention.gender in ("m", "f"):
                score += GENDER_MATCH_BONUS if actor.gender == mention.gender else -GENDER_UNKNOWN_PENALTY
        if speaker is not None and (speaker[0] == actor.index if actor is not None else speaker[1] == id(other)):
            score += SPEAKER_BONUS
        return score

    def _compatible(self, mention: Mention, other: Mention) -> tuple[bool, Actor | None]:
        """Can ``other`` be what the pronoun ``mention`` refers to? Also returns its actor."""
        actor = self.actors[other.actor] if other.actor is not None else None
        gender = mention.gender
        if other.kind == "blocker" or actor is None:
            if other.kind == "org_noun":
                return gender == "n" or (mention.plural and other.plural), None
            if other.kind not in ("blocker", "role"):
                return False, None
            if mention.plural != other.plural:
                return False, None
            if gender in ("m", "f"):
                return other.person and other.gender in (None, gender), None
            if gender == "n":
                return not other.person, None
            return True, None
        if mention.plural:
            if other.kind == "pronoun":
                return other.plural and actor.label in GROUP_TYPES, actor
            return actor.label in GROUP_TYPES, actor
        if gender == "n":
            return actor.label in ("ORG", "GPE", "FAC") and other.function == "subj", actor
        return actor.label == "PERSON" and actor.gender in (None, gender), actor

    def _resolve_pronoun(self, mention: Mention, speaker: bool = False) -> int | None:
        tt = self.tt
        head = mention.head
        neuter = mention.word in ("it", "its", "itself")
        reflexive = mention.word in REFLEXIVES
        gov = governor(tt, head) if not reflexive and mention.function != "poss" else None
        domain = binding_domain(tt, gov) if gov is not None else ()
        best: tuple[float, Actor | None] | None = None
        scored: set[int] = set()
        candidates = list(self._candidates(mention))
        if mention.gender in ("m", "f") and mention.function == "subj" and self._unnamed_subject_before(mention, candidates):
            return None
        current_speaker = self._current_speaker(mention, candidates)
        for other in candidates:
            if neuter and (other.function != "subj" or other.sentence < mention.sentence - 1):
                continue  # "it" follows the subjects of this sentence and the one before
            other_head = other.head
            if other.kind == "name" and tt.dep[other_head] in ("amod", "compound"):
                continue  # "the Belarusian leader": an adjective is not something "they" can be
            if mention.plural and other.grouped:
                continue
            if dominates(tt, other_head, head):
                continue  # "a spokesperson for his ministry": his is not the spokesperson
            ok, actor = self._compatible(mention, other)
            if not ok:
                continue
            if actor is not None:
                if actor.index in scored:
                    continue  # only an actor's nearest mention competes
                scored.add(actor.index)
            if other.function == "subj" and tt.head[other_head] in domain and other_head != head:
                continue  # "Putin praised him": him is not Putin
            score = self._score(mention, other, actor, current_speaker)
            if speaker and actor is not None and actor.label == "PERSON":
                score += 10
            if reflexive and other.function == "subj" and tt.head[other_head] == tt.head[head]:
                score += 50
            if best is None or score > best[0]:
                best = (score, actor)
        if best is None:
            return self._cataphora(mention)
        return best[1].index if best[1] is not None else None

    def _cataphora(self, mention: Mention) -> int | None:
        """"In his speech, Putin said...": a possessive before the subject of its own sentence."""
        if mention.function != "poss" or mention.gender not in ("m", "f"):
            return None
        tt = self.tt
        root = tt.root_of(mention.head)
        for child in tt.children[root]:
            if tt.dep[child] == "nsubj" and child > mention.head and child in self.name_tokens:
                actor_index = self.names[self.name_tokens[child]].actor
                actor = self.actors[actor_index] if actor_index is not None else None
                if actor is not None and actor.label == "PERSON" and actor.gender in (None, mention.gender):
                    return actor.index
        return None

    def _resolve_role(self, mention: Mention) -> int | None:
        spec = mention.role
        wanted = spec.classes[0]
        tt = self.tt
        gov = governor(tt, mention.head)
        owner = self._pronoun_owner(mention)
        personal_owner = any(tt.dep[i] == "poss" and tt.lower[i] in ("his", "her") for i in range(mention.first, mention.head))
        best: tuple[tuple, int] | None = None
        for actor in self.actors:
            if actor.label != "PERSON" or wanted not in actor.roles:
                continue
            if owner is not None and not self._serves(actor, owner):
                continue  # "The EU expressed solidarity. Its foreign policy chief said…": not the agency's director
            if spec.gender and actor.gender not in (None, spec.gender):
                continue
            if spec.countries and actor.countries and not (spec.countries & actor.countries):
                continue
            if spec.countries and not actor.countries and self._home_key() not in spec.countries:
                # "Environment Minister Paulus Nghifindaka said… Angola's environment minister denied…": a title
                # a state owns names its holder's state, which the person named with no country was not given,
                # unless the story is filed from that state, whose officials it names bare ("VILNIUS — … Defense
                # Minister Rimantas Vaitkus… Lithuania's defense chief told reporters")
                continue
            org_affiliations = {a for a in actor.affiliations if self.actors[a].label == "ORG"}
            if spec.affiliations and org_affiliations and not (spec.affiliations & org_affiliations):
                continue
            if personal_owner and (org_affiliations or actor.serves_body):
                continue  # "a spokesman for the agency" is not the president's "his spokesman" (round 45)
            seen = self.last_seen(actor.index, mention.head)
            if seen is None:
                continue
            if gov is not None and tt.head[seen] == gov and tt.dep[seen] == "nsubj":
                continue  # "Putin fired the minister": the minister is not Putin
            rank = (bool(spec.countries & actor.countries), seen)
            if best is None or rank > best[0]:
                best = (rank, actor.index)
        if best is not None and self._unnamed_since(wanted, best[0][1], mention.head):
            return None
        return best[1] if best else None

    def _home_key(self) -> str | None:
        """The place key of the state the story is filed from, by its dateline (None without one); read
        when first asked, as most texts never need it."""
        if self._home is _UNREAD:
            try:
                from .countries import dateline
            except ImportError:  # the events gazetteer is optional for this module
                self._home = None
            else:
                filed = dateline(self.tt.text)
                self._home = filed.home.code if filed is not None and filed.home is not None else None
        return self._home

    def _pronoun_owner(self, mention: Mention) -> int | None:
        """The organisation or state a role's "its" stands for, as the pronoun resolves."""
        tt = self.tt
        if not any(tt.dep[i] == "poss" and tt.lower[i] == "its" for i in range(mention.first, mention.head)):
            return None
        pronoun = next((m for m in self.mentions if m.kind == "pronoun" and m.first == mention.first), None)
        if pronoun is None:
            return None
        actor = pronoun.actor if pronoun.actor is not None else self._resolve_pronoun(pronoun)
        return actor if actor is not None and self.actors[actor].label in ("ORG", "GPE") else None

    def _serves(self, person: Actor, owner: int) -> bool:
        """Whether a person can hold an office of ``owner``: an organisation's only when the text ties
        them to it, a state's unless the text gives them another country."""
        body = self.actors[owner]
        if body.label == "ORG":
            return owner in person.affiliations
        key = place_key(body.forms[0]) if body.forms else None
        return not person.countries or key is None or key in person.countries

    def _stated_ages(self) -> dict[int, set[str]]:
        """The ages the text gives people right after their names: "Maria Kowalczyk, 44," and
        "Jonas Berg (37)", "Ana Ruiz, aged 61,"."""
        if self._ages is None:
            tt = self.tt
            self._ages = {}
            for mention in self.names:
                actor, k = mention.actor, mention.last
                if actor is None or k + 1 >= tt.n or tt.words[k] not in (",", "("):
                    continue
                if tt.lower[k + 1] == "aged" and k + 2 < tt.n:
                    k += 1
                if tt.words[k + 1].isdigit():
                    self._ages.setdefault(actor, set()).add(tt.words[k + 1])
        return self._ages

    def _resolve_age(self, mention: Mention) -> int | None:
        """"the 44-year-old" is the person of that stated age met before, else the one person named
        within the two sentences before, or the one person named in its own sentence or the one before when
        another was named two sentences back ("Greens lawmaker Katrin Oswald said. Moussa Diallo, a
        researcher, said… '…,' the 47-year-old told…", round 16); nobody when two people were named in
        those nearest sentences ("Mayor Whitfield and her deputy, Omar Haddad, … the 52-year-old said"),
        never someone given another age."""
        ages = self._stated_ages()
        matching: list[tuple[int, int]] = []
        nearby: list[int] = []
        for actor in self.actors:
            if actor.label != "PERSON":
                continue
            stated = ages.get(actor.index)
            if stated and mention.word not in stated:
                continue
            seen = self.last_seen(actor.index, mention.first)
            if seen is None:
                continue
            if stated:
                matching.append((seen, actor.index))
            elif mention.sentence - self.tt.sentence[seen] <= 2:
                nearby.append(actor.index)
        if matching:
            return max(matching)[1]
        if len(nearby) > 1:  # round 16: the one person of the sentence before outranks one two sentences back
            closest = [a for a in nearby if mention.sentence - self.tt.sentence[self.last_seen(a, mention.first)] <= 1]
            if len(closest) == 1:
                return closest[0]
        return nearby[0] if len(nearby) == 1 else None

    def _unnamed_since(self, wanted: str, seen: int, head: int) -> bool:
        """Whether someone unnamed of that role came between: "A senior EU official, briefing
        reporters on condition of anonymity, said... 'We know the routes,' the official said" is the
        anonymous official, not the minister named a paragraph before."""
        return any(
            m.kind == "blocker" and m.role is not None and not m.plural and wanted in m.role.classes and seen < m.head < head
            for m in self.mentions
        )

    def _resolve_org_noun(self, mention: Mention) -> int | None:
        words, kinds = ORG_NOUNS[mention.word]
        tt = self.tt
        named = self._organisation_in_apposition(mention.head)
        if named is not None:  # "Traficom, Finland's transport and communications agency," (round 18)
            actor = self.actors[named]
            # the description's words name the body too: a later "the agency" takes it up
            described = {fold(tt.words[i]) for i in range(mention.first, mention.last) if tt.dep[i] in ("compound", "amod") or i == mention.head}
            actor.name_words = actor.name_words | described
            return named
        if any(tt.dep[c] == "poss" and tt.lower[c] in _SPEAKER_POSSESSIVES for c in tt.lefts(mention.head)):
            return None
        # "The meteorology and geophysics agency": the parser hangs a classifying noun as "nmod"; it narrows the body as a
        # compound does, so the dateline's news agency is not it (round 45)
        modifiers = {
            tt.lower[c] for c in tt.lefts(mention.head)
            if (tt.dep[c] in ("compound", "amod") or tt.dep[c] == "nmod" and tt.tag[c] == "NN") and tt.ent[c] not in ("GPE", "NORP")
        }
        # "In a statement on Telegram, the group said…": a name in an adjunct of the verb the noun is
        # the subject of is not the noun's antecedent
        verb = tt.head[mention.head] if tt.dep[mention.head] in ("nsubj", "nsubjpass") else None
        own_sentence = tt.sentence[mention.head]

        def in_own_adjunct(token: int) -> bool:
            return verb is not None and tt.sentence[token] == own_sentence and tt.dep[token] == "pobj" and _in_adjunct_of(tt, verb, token)

        # "the Belarusian foreign ministry" is not "Poland's foreign ministry": a state named on both sides must agree
        own_countries, _ = self._modifiers(range(mention.first, mention.head))
        best: tuple[tuple[bool, int], int] | None = None
        for actor in self.actors:
            if actor.label not in ("ORG", "GPE") or (mention.word == "country") != (actor.label == "GPE"):
                continue
            if own_countries and actor.label == "ORG":
                theirs = actor.countries | {key for form in actor.forms for word in form.split() if (key := place_key(word)) and country_code(word)}
                if theirs and not theirs & own_countries:
                    continue
            fits = bool(words & actor.name_words) or any(" " in w and w in " ".join(actor.forms).lower() for w in words)
            fits = fits or (actor.outlet is not None and actor.outlet in kinds)
            taken_for_business = False
            if not fits and mention.word in COMPANY_NOUNS and actor.outlet is None:
                # "Shares of Orion Semiconductor fell after the company...": a name with no
                # institutional word in it is taken for a business
                fits = taken_for_business = not (actor.name_words & INSTITUTION_WORDS)
            if not fits or (modifiers and not modifiers <= actor.name_words):
                continue
            seen = self.last_seen(actor.index, mention.head)
            # an expert's employer, or a name taken for a business only while it names a thing ("its El Teniente
            # mine"), is not what "the company" takes up (round 41)
            while seen is not None and (
                in_own_adjunct(seen) or _employer_of_expert(tt, seen) or (taken_for_business and (_names_a_thing(tt, seen) or _told_to(tt, seen)))
            ):
                seen = self.last_seen(actor.index, seen)
            # "the army" is "Sudan's army" before it is the more recent "Rapid Support Forces"
            # "the airline" is "Southwest Airlines" before the more recent "Boeing": a name holding the noun, also
            # in the plural, outranks a nearer one (round 38)
            rank = (mention.word in actor.name_words or mention.word + "s" in actor.name_words, seen) if seen is not None else None
            if rank is not None and (best is None or rank > best[0]):
                best = (rank, actor.index)
        if best is not None:
            return best[1]
        return self._new_described_org(mention)

    def _organisation_in_apposition(self, head: int) -> int | None:
        """The organisation a description is set beside as an apposition: "According to Traficom,
        Finland's transport and communications agency, …" and "Conaf, Chile's forestry agency" name
        one body, which a later "the agency" takes up (round 18). Only a name the collector typed as
        an organisation counts."""
        tt = self.tt
        if tt.dep[head] != "appos" or tt.head[head] >= head or tt.head[head] not in self.name_tokens:
            return None
        actor_index = self.names[self.name_tokens[tt.head[head]]].actor
        if actor_index is None or self.actors[actor_index].label != "ORG":
            return None
        return actor_index

    def _new_described_org(self, mention: Mention) -> int | None:
        """"Taiwan's defence ministry", "the Russian foreign ministry": an organisation the text names
        by description with its country becomes an entity of its own."""
        tt = self.tt
        countries, _ = self._modifiers(range(mention.first, mention.head))
        if not countries or mention.word in COMPANY_NOUNS:
            return None
        first = mention.first + (1 if tt.lower[mention.first] in _DEFINITE else 0)
        name = tt.span_text(first, mention.last)
        actor = Actor(len(self.actors), "ORG", forms=[name], canonical=name, countries=set(countries))
        actor.name_words = frozenset(fold(w) for w in name.replace("-", " ").split())
        self.actors.append(actor)
        return actor.index

    # ----------------------------------------------------------------- queries

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions that overlap characters ``start:end``."""
        out = []
        for j in range(bisect.bisect_left(self._starts, end) - 1, -1, -1):
            m = self.mentions[j]
            if m.end > start:
                out.append(m)
            if start - m.start > 400:
                break
        return out

    def mention_for(self, start: int, end: int) -> Mention | None:
        """The mention a span is about: the exact one, else the one holding the span's head word."""
        found = self.overlapping(start, end)
        if not found:
            return None
        for m in found:
            if m.start == start and m.end == end:
                return m
        first, last = self.tt.token_range(start, end)
        if last > first:
            root = self.tt.span_root(first, last)
            holding = [m for m in found if m.first <= root < m.last]
            if holding:
                return min(holding, key=lambda m: m.last - m.first)
        inside = [m for m in found if start <= m.start and m.end <= end]
        if inside:
            named = [m for m in inside if m.kind == "name"]
            return (named or inside)[-1]
        return None

    def resolve_span(self, start: int, end: int, speaker: bool = False) -> int | None:
        """The actor a span refers to (a mention not seen before is recorded)."""
        mention = self.mention_for(start, end)
        if mention is not None:
            if speaker and mention.kind == "pronoun" and not mention.speaker:
                actor = self._resolve_pronoun(mention, speaker=True)
                if actor is not None and actor != mention.actor:
                    mention.actor = actor
                    self.version += 1
            return mention.actor if mention.kind != "blocker" else None
        first, last = self.tt.token_range(start, end)
        while first < last and (self.tt.space[first] or self.tt.punct[first]):
            first += 1
        while last > first and (self.tt.space[last - 1] or self.tt.punct[last - 1]):
            last -= 1
        if last <= first:
            return None
        mention = self._resolve_new(first, last, speaker)
        return mention.actor if mention is not None else None

    def _resolve_new(self, first: int, last: int, speaker: bool) -> Mention | None:
        tt = self.tt
        root = tt.span_root(first, last)
        lower = tt.lower[root]
        mention: Mention | None = None
        if lower in PRONOUNS:
            gender, plural = PRONOUNS[lower]
            mention = self._make(first, last, root, "pronoun", gender=gender, plural=plural, word=lower)
            mention.speaker = mention.speaker or speaker
            mention.actor = self._resolve_pronoun(mention, speaker=speaker)
        elif tt.pos[root] == "PROPN" or (tt.cap[root] and (tt.pos[root] != "NOUN" or self._is_known_name(tt.words[root]))):
            mention = self._make(first, last, root, "name")
            mention.actor = self._lookup_name(first, last, root)
        else:
            phrase = find_role(tt, root, self.name_tokens)
            if phrase is not None and phrase.definite and not phrase.plural and not phrase.entry.generic:
                spec = self._role_spec(phrase)
                mention = self._make(first, last, root, "role", role=spec, gender=spec.gender)
                mention.actor = self._resolve_role(mention)
            elif tt.lemma[root].lower() in ORG_NOUNS and self._definite_noun(root):
                mention = self._make(first, last, root, "org_noun", word=tt.lemma[root].lower(), gender="n")
                mention.actor = self._resolve_org_noun(mention)
            elif tt.lower[root] == "old" and (described := age_description(tt, root)) is not None:
                mention = self._make(first, last, root, "age", word=described[2])
                mention.actor = self._resolve_age(mention)
        if mention is None or mention.actor is None:
            return None
        self.record(mention)
        return mention

    def _is_known_name(self, word: str) -> bool:
        """A capitalised word the tagger took for a common noun ("Woods urged...") but that is someone's name."""
        if self._surnames is None:
            self._surnames = {a.last for a in self.actors if a.label == "PERSON" and a.first and a.last}
        return fold(word) in self._surnames

    def _lookup_name(self, first: int, last: int, head: int) -> int | None:
        """A name the entity layer did not tag: match it against the names of the article."""
        words = [fold(self.tt.words[i]) for i in range(first, last) if self.tt.cap[i]]
        words = [w[:-2] if w.endswith("'s") else w for w in words if w not in TITLES]
        if not words:
            return None
        word, joined = words[-1], " ".join(words)
        options = [a.index for a in self.actors if a.last == word or (len(words) == 1 and a.first == word and a.label == "PERSON")]
        if not options:
            options = [a.index for a in self.actors if any(fold(f) == joined for f in a.forms)]
        if not options:
            # "In de Wit's view" after "Pieter de Wit": a surname with a lower-case particle in front (round 43)
            capital = next(i for i in range(first, last) if self.tt.cap[i])
            particles = [fold(self.tt.words[i]) for i in range(first, capital) if self.tt.words[i].isalpha()]
            surname = " ".join([*particles, word])
            options = [a.index for a in self.actors if particles and a.label == "PERSON" and a.last == surname]
        if not options:
            return None

        def rank(a: int) -> tuple:
            seen = self.last_seen(a, head)
            return (seen is not None, seen if seen is not None else -1, self.actors[a].named_mentions)

        return max(options, key=rank)

    def record(self, mention: Mention) -> None:
        """Add a mention found after the pass (a span another extractor asked about)."""
        k = bisect.bisect_left(self._starts, mention.start)
        self.mentions.insert(k, mention)
        self._starts.insert(k, mention.start)
        self._note(mention)
        self.version += 1

    def actor_mentions(self) -> dict[int, list[Mention]]:
        """The resolved, non-blocker mentions of every actor."""
        out: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.actor is not None and m.kind != "blocker":
                out.setdefault(m.actor, []).append(m)
        return out
