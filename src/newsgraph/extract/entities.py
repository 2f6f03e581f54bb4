"""Entities of one article: named mentions grouped into actors, and a resolver from any span to them.

``extract_entities(doc)`` returns an :class:`EntityIndex`. Other extractors use it to say *who*:

``resolve(start, end, speaker=False) -> Ref | None``
    The entity the text at ``start:end`` refers to: a name ("Putin", "Vladimir V. Putin", "Putin's"),
    a title or role noun phrase ("the Russian President", "Lithuania's defense chief", "the
    minister"), a pronoun ("he", "their"), an organisation noun ("the ministry"). The span is
    recorded as a mention of that entity, so it shows in ``entities()``. ``speaker=True`` says the
    span introduces a quote: the current speaker and people are preferred. Returns None for people
    the article does not name ("a senior official", "officials", "critics"): a wrong speaker is
    worse than none.
``entities() -> tuple[Entity, ...]``
    Ids ``e1``, ``e2``... in order of first mention; ``name`` is the most complete name.
``entity(entity_id) -> Entity | None``
``ref_at_token(token) -> Ref | None``
    The entity a token belongs to, if it lies in a resolved mention.
``mentions_in(start, end) -> tuple[tuple[Mention, Ref], ...]``
    Resolved mentions inside a stretch of text (a clause, a sentence), in text order.
``country_of(entity_id) -> str | None``
    ISO 3166-1 alpha-3 when the text ties the entity to one country: a country ("Russia", "the
    U.S."), a regular demonym ("Ukrainian", NORP), or a person or organisation introduced with one
    ("Russian President Vladimir Putin", "Lithuania's defense chief"). Cities, capitals and irregular
    demonyms are left to the events gazetteer (``data/gazetteer*``).
``roles_of(entity_id) -> frozenset[str]``
    Role classes learned for a person ("president", "leader", "spokesperson", ...; see
    ``data/roles_people.tsv``).

What the entity layer repairs in the small spaCy model's output before grouping: titles inside or
before PERSON spans ("President Putin", "Mr. Putin" give the name "Putin" and say who he is), the
possessive 's, capitals and datelines tagged ORG ("MINSK —"), news outlets ("The New York Times",
"the Guardian": always ORG, from ``data/names_outlets.tsv``), people tagged ORG/GPE when a title,
a known first name or an appositive role shows a person, organisations tagged PERSON ("Wagner
Group"), and one label per surface form (a majority vote inside the article).

Grouping: one entity per real actor. Person names merge when surnames agree and first names are
compatible ("Vladimir Putin", "Vladimir V. Putin", "President Vladimir Putin", "Putin"); two people
sharing a surname stay apart ("Hillary Clinton", "Bill Clinton") and a bare "Clinton" goes to the
one mentioned most recently (see :mod:`newsgraph.extract.coref`). Countries merge by ISO code ("U.S."
and "the United States"), organisations by name and acronym ("NATO" and "North Atlantic Treaty
Organization"), outlets by their canonical name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..nlp import children_of, entity_span_of, sentence_end_of, subtree_of
from ..types import Entity, Mention
from .coref import (
    FIRST_NAMES,
    AGE_PERSON_NOUNS,
    MAX_ROLE_WORDS,
    QUALIFIERS,
    ROLE_WORDS,
    ROLES,
    TITLES,
    Actor,
    Resolver,
    RoleSpec,
    Tokens,
    country_code,
    data_rows,
    gazetteer_code,
    find_role,
    first_name_gender,
    first_name_known,
    fold,
    is_speaker_position,
    surname_gender,
)
from .coref import Mention as CorefMention
from .countries import GAZETTEER, ORGANISATION_KINDS, country_name, dateline_end

# PLOVER actor codes that are not states: a place lookup returning one of these is no capital
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC", "UNK"})

PLACE_KINDS = frozenset({"name", "capital", "place"})  # gazetteer kinds that name a place, not a body
# prepositions whose object is a place ("in Alexandria", "through Kasumbalesa"), and the nouns before
# "in" that take a person instead ("trust in Okafor")
PLACE_PREPOSITIONS = frozenset({"in", "through", "near", "outside", "inside", "across", "throughout"})
NOT_PLACE_PREPOSITION_HEADS = frozenset({"trust", "faith", "confidence", "belief", "interest", "hope", "role", "part", "stake", "lead"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
ORG_WORDS = frozenset(row[0] for row in data_rows("names_org_words.txt"))
PLACE_WORDS = frozenset(row[0] for row in data_rows("names_place_words.txt"))
# Nouns for a kind of place that "of" names ("the town of X"), with the OntoNotes type of the name:
# settlements and administrative areas are GPE, islands LOC.
SETTLEMENT_NOUNS = {
    **dict.fromkeys("town towns village villages city cities port hamlet settlement suburb municipality district province region county oblast governorate prefecture commune".split(), "GPE"),
    **dict.fromkeys("island islands".split(), "LOC"),
}
# Nouns for natural features a name may be set before: "the Bab el-Mandeb strait", "the Putumayo river".
FEATURE_NOUNS = frozenset("strait straits river sea gulf lake bay valley basin delta channel canal peninsula desert mountains plateau".split())
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-")
# lower-case words inside surnames: "Ursula von der Leyen", "Abdulaziz bin Salman", "Luiz Inacio da Silva"
SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le", "la", "bin", "ibn", "al", "el", "ben", "ter", "zu", "y", "abu", "bint"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam"})  # "Mr Holt": a courtesy title before a bare surname
ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "in", "to", "&", "der", "die"})
BYLINE_TOKENS = 12  # how far into a byline ("By Jane Doe, The Courier | TOWN") its outlet may stand
DATELINE_MARKS = frozenset({"\u2014", "\u2013", "-", "--", ",", "("})
DATELINE_PLACE_WORDS = 4  # "RIO DE JANEIRO", "PORT AU PRINCE": longer capitals runs are headings, not places
POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Plural nouns that open a body's name as its possessor ("the People's Bank of China", "the People's
# Liberation Army", "the Women's Institute"): the name does not end at their possessive (round 44).
COLLECTIVE_POSSESSORS = frozenset({"people", "women", "children", "men", "workers", "citizens"})


def _organisation_of(words: list[str]) -> bool:
    """"Centre for Eastern Studies", "Institute for the Study of War": an organisation word followed
    by what it is of or for (folded words)."""
    return any(word in ORG_WORDS and following in ("of", "for", "on") for word, following in zip(words, words[1:]))


@dataclass(frozen=True, slots=True)
class Ref:
    """What a stretch of text refers to."""

    entity: str
    name: str
    type: str


# --------------------------------------------------------------------------- outlets


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet of ``names_outlets.tsv``: the name it goes by and its kind (newspaper, agency...)."""

    canonical: str
    kind: str


def _load_outlets() -> dict[str, list[tuple[str, Outlet]]]:
    """Outlet names (as written, with and without "The") by their first word folded, longest first."""
    by_first: dict[str, list[tuple[str, Outlet]]] = {}
    for canonical, kind, aliases in data_rows("names_outlets.tsv"):
        outlet = Outlet(canonical, kind)
        names = {canonical} | (set(aliases.split("|")) if aliases != "-" else set())
        names |= {name[4:] for name in names if name.startswith(("The ", "the "))}
        for name in names:
            by_first.setdefault(fold(name.split()[0]).split("-")[0], []).append((name, outlet))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    return by_first


OUTLETS = _load_outlets()


# --------------------------------------------------------------------------- raw mentions


@dataclass(slots=True)
class Named:
    """A named mention while it is being cleaned: token span, label and what its title says."""

    first: int  # mention span (titles included), token indices, end exclusive
    last: int
    name_first: int  # the name itself (titles excluded)
    label: str
    forced: bool = False  # the label rests on evidence stronger than the tagger's
    outlet: Outlet | None = None
    title: RoleSpec | None = None
    honorific_gender: str | None = None
    words: list[str] = field(default_factory=list)  # the name as written, split on whitespace
    text: str = ""
    dateline: bool = False


def _title_at(tt: Tokens, i: int, limit: int) -> tuple[int, RoleSpec | None, str | None] | None:
    """A capitalised title starting at token ``i`` (ending by ``limit``): (end, role, gender), or None.

    Honorifics ("Mr.", "Sen.") and role phrases ("Foreign Minister", "Former President").
    """
    if not tt.cap[i]:
        return None
    title = TITLES.get(tt.lower[i])
    if title is not None:
        gender, role = title
        entry = ROLES.get(role) if role else None
        spec = RoleSpec(entry.classes, entry.gender, entry.generic) if entry else None
        return i + 1, spec, gender
    qualifier = QUALIFIERS.get(tt.lower[i])
    start = i + 1 if qualifier and i + 1 < limit else i
    best = None
    for end in range(start + 1, min(limit, start + MAX_ROLE_WORDS) + 1):
        k = end - 1
        if not (tt.cap[k] or tt.words[k] == "-" or tt.lower[k] in ("of", "the")):
            break
        entry = ROLES.get(" ".join(tt.lower[start:end]).replace(" - ", "-"))
        if entry and not entry.generic:
            best = (end, entry)
    if best is None:
        return None
    end, entry = best
    classes = tuple(f"{qualifier}_{c}" for c in entry.classes) if qualifier else entry.classes
    return end, RoleSpec(classes, entry.gender, False), entry.gender


def _person_cue(tt: Tokens, head: int) -> bool:
    """Syntax that only fits a person: "X, who had knee surgery," or "X, 37, said", or an aged person
    noun in apposition: "X, a 27-year-old student, said" (round 43)."""
    for child in tt.children[head]:
        dep = tt.dep[child]
        if dep == "relcl" and any(tt.lower[c] in ("who", "whom", "whose") for c in tt.children[child]):
            return True
        if dep == "appos" and tt.lemma[child].lower() in AGE_PERSON_NOUNS and any(tt.lower[c] == "old" for c in tt.children[child]):
            return True
        if dep in ("appos", "amod", "npadvmod") and tt.pos[child] == "NUM" and tt.words[child].isdigit() and 10 <= int(tt.words[child]) <= 110:
            if child == head + 2 and tt.words[head + 1] == ",":
                return True
    return False


def _merge_specs(a: RoleSpec | None, b: RoleSpec | None) -> RoleSpec | None:
    if a is None or b is None:
        return a or b
    return RoleSpec(a.classes + b.classes, a.gender or b.gender, False)


class _Collector:
    """Finds named mentions in a parsed document and repairs what the tagger got wrong."""

    def __init__(self, tt: Tokens):
        self.tt = tt
        self.owner: dict[int, Named] = {}
        self.found: list[Named] = []

    def run(self) -> list[Named]:
        ents = self._joined_names(self._split_at_dateline([e for e in map(self._body_taken_for_law, self.tt.entity_spans()) if e[2] in ENTITY_LABELS]))
        self._outlets({fold(self.tt.words[b - 1]) for a, b, label in ents if label == "PERSON" and b - a > 1})
        # people first, so that a title the tagger cut off as ORG ("Defence" in "Defence Secretary
        # Grant Shapps") goes to the person's title
        for start, end, label in sorted(ents, key=lambda e: (e[2] != "PERSON", e[0])):
            self._from_ent(start, end, label)
        self._honorific_names()
        self._untagged_people()
        self._untagged_places()
        self._repair_labels()
        self._places_after_prepositions()
        self.found.sort(key=lambda n: n.first)
        return self.found

    def _body_taken_for_law(self, ent: tuple[int, int, str]) -> tuple[int, int, str]:
        """"the Casamance Artisanal Fishers' Federation" tagged LAW: a name the tagger took for a law
        whose last word names a body ("federation", "union", "association") is an organisation's (round 28)."""
        start, end, label = ent
        if label == "LAW" and fold(self.tt.words[end - 1]) in ORG_WORDS:
            return start, end, "ORG"
        return ent

    def _split_at_dateline(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name the tagger ran across the dateline's mark ("DUSHANBE - Tajikistan accused…", "ABUJA, Nigeria - Nigeria
        said…") is two: the dateline's place, and the name that opens the story, tagged as the gazetteer knows it."""
        tt = self.tt
        end_char = dateline_end(tt.text)
        if not end_char:
            return ents
        split: list[tuple[int, int, str]] = []
        for start, end, label in ents:
            if not tt.idx[start] < end_char <= tt.idx[end - 1]:
                split.append((start, end, label))
                continue
            body = next(k for k in range(start, end) if tt.idx[k] >= end_char)
            place_end = body
            while place_end > start and not tt.words[place_end - 1].isalnum():
                place_end -= 1  # the mark and the comma before it are no part of either name
            if place_end > start:
                split.append((start, place_end, "GPE"))
            entry = GAZETTEER.lookup(tt.span_text(body, end))
            split.append((body, end, "GPE" if entry is not None and entry.kind in ("name", "capital") else label))
        return split

    def _joined_names(self, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"Marta" and "Zielinska" tagged as two places side by side: a known first name right before
        another capitalised name, neither of them a place the gazetteer knows, is one person's name;
        so is an untagged first name right before a short name tagged as something else ("Ana"
        + "Brnabic" tagged ORG)."""
        tt = self.tt
        joined: list[tuple[int, int, str]] = []
        for start, end, label in ents:
            if joined:
                first_start, first_end, first_label = joined[-1]
                if (first_end == start and first_end - first_start == 1 and "PERSON" not in (label, first_label)
                        and FIRST_NAMES.get(tt.lower[first_start]) is not None and tt.cap[start]
                        and not any(gazetteer_code(tt.words[k]) for k in range(first_start, end))):
                    joined[-1] = (first_start, end, "PERSON")
                    continue
            if (
                label != "PERSON" and end - start <= 2 and start and tt.ent[start - 1] == "" and tt.pos[start - 1] == "PROPN"
                and tt.cap[start - 1] and not tt.words[start - 1].isupper() and tt.sentence[start - 1] == tt.sentence[start]
                and FIRST_NAMES.get(tt.lower[start - 1]) is not None and all(tt.cap[k] for k in range(start, end))
                and not any(gazetteer_code(tt.words[k]) or fold(tt.words[k]) in ORG_WORDS or fold(tt.words[k]) in PLACE_WORDS for k in range(start - 1, end))
                and not (joined and joined[-1][1] == start - 1)
            ):
                # "Ana Brnabic said…" with only "Brnabic" tagged, as ORG: an untagged known first name
                # right before a short name that is no place or organisation word makes one person
                joined.append((start - 1, end, "PERSON"))
                continue
            joined.append((start, end, label))
        return joined

    def _add(self, named: Named) -> None:
        if named.name_first >= named.last:
            return
        named.text = self.tt.span_text(named.name_first, named.last)
        named.words = named.text.split()
        if not named.words:
            return
        self.found.append(named)
        for i in range(named.first, named.last):
            self.owner[i] = named

    def _outlets(self, person_last_words: set[str]) -> None:
        tt = self.tt
        text = tt.text
        ends: dict[int, int] | None = None
        i, n = 0, tt.n
        while i < n:
            entries = OUTLETS.get(fold(tt.words[i]).split("-")[0]) if tt.cap[i] else None
            matched = None
            for name, outlet in entries or ():
                if not text.startswith(name, tt.idx[i]):
                    continue
                if ends is None:
                    ends = {e: k for k, e in enumerate(tt.end)}
                end_token = ends.get(tt.idx[i] + len(name))
                if end_token is None:
                    continue
                after = end_token + 1
                if after < n and tt.cap[after] and tt.pos[after] == "PROPN":
                    continue  # part of a longer name: "Guardian Council", "Times Square"
                if end_token == i and not tt.words[i].isupper():
                    # a one-word name that is also an English word or a surname: "Time", "Fox"
                    if fold(tt.words[i]) in person_last_words or tt.ent[i] == "PERSON":
                        continue
                    after_cue = i > 0 and tt.sentence[i - 1] == tt.sentence[i] and (tt.lower[i - 1] == "the" or tt.pos[i - 1] in ("ADP", "VERB"))
                    if not (after_cue or tt.ent[i] == "ORG"):
                        continue
                matched = (end_token + 1, outlet)
                break
            if matched is None:
                i += 1
                continue
            end, outlet = matched
            first = i - 1 if i and tt.words[i - 1] == "The" and tt.sentence[i - 1] == tt.sentence[i] and (i - 1 == 0 or tt.sentence[i - 2] == tt.sentence[i]) else i
            self._add(Named(first, end, first, "ORG", forced=True, outlet=outlet))
            i = end

    def _from_ent(self, a: int, b: int, label: str) -> None:
        tt = self.tt
        if any(i in self.owner for i in range(a, b)):
            return
        if label == "PERSON" and a and a - 1 in self.owner and tt.lower[a] in SURNAME_PARTICLES:
            return  # "bin Salman" after "Prince Abdulaziz": already joined to it
        while a < b and (tt.lower[a] == "the" or tt.punct[a] or tt.space[a]):
            a += 1
        # "Obama's 2008 campaign" tagged as one name: the name ends at the possessive
        for k in range(a + 1, b - 1):
            if tt.tag[k] == "POS":
                if tt.lower[k] in ("'", "\u2019") and tt.lower[k - 1].endswith("s") and tt.cap[k + 1] and fold(tt.words[b - 1]) in ORG_WORDS:
                    break  # "the Adjara Beekeepers' Union": a plural possessive inside an organisation's name (round 20)
                if tt.lower[k - 1] in COLLECTIVE_POSSESSORS and tt.cap[k - 1] and tt.cap[k + 1] and label in ("ORG", "GPE"):
                    break  # "the People's Bank of China": the possessive opens the body's name (round 44)
                b = k
                break
        while b > a and (tt.tag[b - 1] == "POS" or tt.lower[b - 1] in POSSESSIVE_ENDINGS or tt.space[b - 1] or (tt.punct[b - 1] and tt.words[b - 1] != ")")):
            b -= 1
        if a >= b or not any(w.isalpha() for w in tt.words[a:b]):
            return
        if label in ("GPE", "LOC") and b - a > 1 and tt.pos[a] in ("ADJ", "VERB") and country_code(tt.span_text(a, b)) is None and country_code(tt.span_text(a + 1, b)):
            a += 1  # "Neighbouring Chad closed its border": a sentence-initial adjective the tagger took in
        if b - a == 1 and not tt.cap[a]:
            return
        if label == "PERSON":
            # "Djokovic on Centre Court": the name stops at a lower-case word that is no particle
            for k in range(a + 1, b):
                attached = tt.idx[k] == tt.end[k - 1]  # "Ching-te": part of the word before
                if not tt.cap[k] and not attached and tt.lower[k] not in SURNAME_PARTICLES and tt.words[k] not in ("-", "."):
                    b = k
                    break
            # "Ursula von" + "der Leyen", "Prince Abdulaziz" + "bin Salman": particles and the rest
            while b + 1 < tt.n and tt.lower[b] in SURNAME_PARTICLES and not tt.cap[b] and (tt.cap[b + 1] or tt.lower[b + 1] in SURNAME_PARTICLES):
                b += 1
                while b < tt.n and tt.cap[b] and tt.pos[b] == "PROPN" and tt.sentence[b] == tt.sentence[a]:
                    b += 1
            while b > a and tt.lower[b - 1] in SURNAME_PARTICLES:
                b -= 1
            # "Injecting Clinton", "Crooked Hillary Clinton", "Miss Universe Alicia Machado": words
            # before the name that the tagger took in
            while b - a > 1 and tt.pos[a] not in ("PROPN",) and not tt.lower[a] in TITLES:
                a += 1
            for k in range(a + 1, b - 1):
                if tt.idx[k] == tt.end[k - 1]:
                    continue  # "Jean-Marc": the second half of a hyphenated first name starts no name
                if FIRST_NAMES.get(tt.lower[k]) and not FIRST_NAMES.get(tt.lower[a]) and tt.lower[a] not in TITLES and not _title_at(tt, a, k):
                    a = k
                    break
        if label == "PERSON":
            # "Defence Minister Rustem Umerov" with only "Umerov" tagged: given names the tagger left out
            while (
                a > 0 and a - 1 not in self.owner and tt.cap[a - 1] and tt.pos[a - 1] == "PROPN" and not tt.ent[a - 1]
                and tt.dep[a - 1] == "compound" and a <= tt.head[a - 1] < b and tt.sentence[a - 1] == tt.sentence[a]
                and tt.lower[a - 1] not in ROLE_WORDS and tt.lower[a - 1] not in TITLES
            ):
                a -= 1
        if a >= b:
            return
        # "Von der Leyen told...": surname particles the tagger left out
        while a > 0 and tt.lower[a - 1] in SURNAME_PARTICLES and a - 1 not in self.owner and tt.sentence[a - 1] == tt.sentence[a]:
            a -= 1
        named = Named(a, b, a, label)
        # titles inside the span: "President Putin" tagged PERSON as a whole; but an organisation's
        # name ending in an organisation word has no title ("the Official Journal", "Royal Navy")
        organisation = label != "PERSON" and tt.lower[b - 1] in ORG_WORDS
        title_spec, gender = None, None
        i = a
        while i < b - 1 and not organisation:
            title = _title_at(tt, i, b - 1)
            if title is None:
                break
            i, spec, g = title
            title_spec, gender = _merge_specs(title_spec, spec), gender or g
        if i > a and not any(tt.cap[k] for k in range(i, b)):
            return
        alone = _title_at(tt, i, b)
        if alone is not None and alone[0] >= b:
            return  # a title alone ("President", "Mr. President") names nobody in particular
        named.name_first = i
        # titles right before the span: "Mr. Putin", "Foreign Minister Sergei Lavrov"
        j = a
        while not organisation and j > 0 and tt.cap[j - 1] and (tt.lower[j - 1] in ROLE_WORDS or tt.lower[j - 1] in TITLES):
            found = None
            for start in range(j - 1, max(-1, j - MAX_ROLE_WORDS - 2), -1):
                if start in self.owner or tt.sentence[start] != tt.sentence[a]:
                    break
                title = _title_at(tt, start, j)
                if title is not None and title[0] == j:
                    found = (start, title)
            if found is None:
                break
            start, (_, spec, g) = found
            title_spec, gender = _merge_specs(title_spec, spec), gender or g
            j = start
        named.first = j
        named.title = title_spec
        named.honorific_gender = gender
        if (title_spec is not None or gender is not None) and label != "PERSON":
            named.label, named.forced = "PERSON", True
        self._add(named)

    def _honorific_names(self) -> None:
        """"Mr. Peskov", "Defence Minister Rustem Umerov" where the tagger saw no entity: a capitalised
        honorific or title before capitalised names."""
        tt = self.tt
        n = tt.n
        i = 0
        while i < n:
            title = _title_at(tt, i, n) if tt.cap[i] and i not in self.owner else None
            if title is None:
                i += 1
                continue
            end_title, spec, gender = title
            end = end_title
            while end < n and end - end_title < 4 and end not in self.owner and tt.pos[end] == "PROPN" and tt.cap[end] and tt.sentence[end] == tt.sentence[i]:
                end += 1
            words = [fold(w) for w in tt.words[end_title:end]]
            if (
                end == end_title
                or any(w in ORG_WORDS or w in PLACE_WORDS for w in words)
                or country_code(" ".join(words))
                or (end < n and end in self.owner)
            ):
                i = end_title
                continue
            alone = _title_at(tt, end_title, end)
            if alone is None or alone[0] < end:
                self._add(Named(i, end, end_title, "PERSON", forced=True, title=spec, honorific_gender=gender))
            i = end

    def _untagged_people(self) -> None:
        """"His colleague Ana Ruiz" where the tagger saw nothing: a known first name and a capitalised surname."""
        tt = self.tt
        n = tt.n
        for i in range(n):
            if i in self.owner or tt.pos[i] != "PROPN" or not tt.cap[i] or tt.words[i].isupper():
                continue
            if i and tt.pos[i - 1] == "PROPN" and tt.cap[i - 1]:
                continue
            if FIRST_NAMES.get(tt.lower[i]) is None:
                if _person_cue(tt, i) and not (i + 1 < n and tt.pos[i + 1] == "PROPN" and tt.cap[i + 1]):
                    self._add(Named(i, i + 1, i, "PERSON", forced=True))  # "Djokovic, who had knee surgery"
                else:
                    self._unknown_first_name(i)
                continue
            end = i + 1
            while end < n and end - i < 4 and end not in self.owner and tt.pos[end] == "PROPN" and tt.cap[end] and not tt.words[end].isupper():
                end += 1
            if end == i + 1 or (end < n and tt.pos[end] == "PROPN" and tt.cap[end]):
                continue
            words = [fold(w) for w in tt.words[i:end]]
            if any(w in ORG_WORDS or w in PLACE_WORDS or country_code(w) for w in words):
                continue
            self._add(Named(i, end, i, "PERSON", forced=True))

    def _unknown_first_name(self, i: int) -> None:
        """"a spokesman for the movement, Gatluak Riek, who arrived on Monday,": two or three capitalised
        words the tagger left untagged, set off by a comma, whose last word a "who" clause or an age
        describes, are a person's name though the first name is unknown (round 28)."""
        tt = self.tt
        end = i + 1
        while end < tt.n and end - i < 3 and end not in self.owner and tt.pos[end] == "PROPN" and tt.cap[end] and not tt.words[end].isupper():
            end += 1
        if end == i + 1 or not i or tt.words[i - 1] != "," or not _person_cue(tt, end - 1):
            return
        if end < tt.n and tt.pos[end] == "PROPN":
            return
        words = [fold(w) for w in tt.words[i:end]]
        if any(w in ORG_WORDS or w in PLACE_WORDS or country_code(w) for w in words):
            return
        self._add(Named(i, end, i, "PERSON", forced=True))

    def _untagged_places(self) -> None:
        """"Belarus signed the treaty", "talks in Geneva" where the tagger saw no name: a country's name,
        a capital or a city of the gazetteer, capitalised, not part of a longer name and owned by no
        other mention, is a place (GPE); the name of an organisation of the gazetteer in several words
        ("Human Rights Watch") is an organisation (ORG). A one-word alias that is also a first name ("Georgia") is left
        to the tagger."""
        tt = self.tt
        text, n = tt.text, tt.n
        i = 0
        while i < n:
            if i in self.owner or tt.pos[i] != "PROPN" or not tt.cap[i] or tt.words[i].isupper():
                i += 1
                continue
            match = GAZETTEER.match_at(text, tt.idx[i])
            # "Human Rights Watch was less diplomatic": a body's name of several words is an organisation
            body = match is not None and match[1].kind in ORGANISATION_KINDS and " " in match[1].alias
            if match is None or not (body or (match[1].kind in PLACE_KINDS and match[1].code not in NON_STATE_CODES)):
                i += 1
                continue
            end_char = tt.idx[i] + match[0]
            j = i + 1
            while j < n and tt.idx[j] < end_char:
                j += 1
            joined = (i and tt.pos[i - 1] == "PROPN" and tt.cap[i - 1]) or (j < n and tt.pos[j] == "PROPN" and tt.cap[j])
            if tt.end[j - 1] != end_char or joined or any(k in self.owner for k in range(i, j)) or (j == i + 1 and FIRST_NAMES.get(tt.lower[i]) is not None):
                i += 1
                continue
            self._add(Named(i, j, i, "ORG" if body else "GPE", forced=True))
            i = j

    # ----------------------------------------------------------------- label repair

    def _looks_like_person(self, named: Named, person_words: set[str]) -> bool:
        """A person the tagger called something else: an appositive role ("X, the foreign minister,"), or
        a first name of known gender with a surname that is a person's elsewhere or speaks here."""
        tt = self.tt
        head = tt.span_root(named.name_first, named.last)
        others = [c for c in tt.children[head] if tt.dep[c] == "appos"]
        if tt.dep[head] == "appos":
            others.append(tt.head[head])
        for other in others:
            phrase = find_role(tt, other, {})
            if phrase is not None and not phrase.plural and not phrase.entry.generic:
                return True
        if _person_cue(tt, head):
            return True
        before = named.name_first - 1
        if before >= 0 and not tt.cap[before] and tt.pos[before] == "NOUN" and tt.head[before] == head and len(named.words) > 1:
            # "Opposition lawmaker Santosh Misra" tagged ORG: a person's role right before the name
            phrase = find_role(tt, before, {})
            if phrase is not None and not phrase.plural and not phrase.entry.generic:
                return True
        if named.label == "GPE":
            return False  # "San Francisco", "Santa Clara": places named after people
        words = [fold(w) for w in named.words]
        if len(words) < 2 or not FIRST_NAMES.get(words[0]):
            return False
        if not all(tt.cap[k] for k in range(named.name_first, named.last) if tt.words[k].isalpha()):
            return False
        if any(w in ORG_WORDS or w in PLACE_WORDS for w in words) or any(country_code(w) for w in words):
            return False
        if words[-1] in person_words or is_speaker_position(tt, head):
            return True
        # "Olaf Scholz and Emmanuel Macron met": coordinated with a person
        partners = [c for c in tt.children[head] if tt.dep[c] == "conj"] + ([tt.head[head]] if tt.dep[head] == "conj" else [])
        if any(tt.ent[p] == "PERSON" for p in partners):
            return True
        return self._surname_alone(named.words, named)  # "Fernando Macuacua … congratulated Macuacua"

    def _person_before_of(self, named: Named) -> int | None:
        """Where a person's name ends inside a span the tagger ran on ("Celso Nhantumbo of Podemos"): at
        the "of", when the two words before it are a first name and a surname taken up alone elsewhere."""
        tt = self.tt
        start = named.name_first
        if named.last - start < 4 or tt.lower[start + 2] != "of":
            return None
        return start + 2 if self._surname_alone(tt.span_text(start, start + 2).split(), named) else None

    def _surname_alone(self, words: list[str], named: Named) -> bool:
        """Whether a first name and surname ("Fernando Macuacua") come back as the bare surname elsewhere
        ("congratulated Macuacua"): news takes a person up by the surname alone, a firm ("Morgan
        Stanley") by its whole name."""
        tt = self.tt
        if len(words) != 2 or FIRST_NAMES.get(fold(words[0])) is None:
            return False
        surname = fold(words[1])
        if country_code(surname) or surname in PLACE_WORDS or surname in ORG_WORDS:
            return False
        return any(fold(tt.words[k]) == surname and self._bare_name_at(k) for k in range(tt.n) if not named.first <= k < named.last)

    def _bare_name_at(self, k: int) -> bool:
        """Whether token ``k`` is a capitalised word standing alone as a name: not a people or place
        ("the Philippine navy"), not inside a longer name ("the Washington Monument", "African Union")
        and not after an article."""
        tt = self.tt
        if not tt.cap[k] or tt.ent[k] in ("NORP", "GPE", "LOC", "FAC"):
            return False
        before = tt.words[k - 1] if k > 0 else ""
        after = tt.words[k + 1] if k + 1 < tt.n else ""
        if fold(before) in ("the", "a", "an") or (before[:1].isupper() and before.isalpha() and fold(before) not in HONORIFICS):
            return False
        return not (after[:1].isupper() and after.isalpha())

    def _repair_labels(self) -> None:
        tt = self.tt
        person_words = {fold(n.words[-1]) for n in self.found if n.label == "PERSON" and len(n.words) > 1}
        for named in self.found:
            if named.forced:
                continue
            words = [fold(w) for w in named.words]
            if named.label != "ORG" and len(words) > 1 and (
                (words[-1] in ORG_WORDS and not (named.label == "PERSON" and len(words) == 2 and FIRST_NAMES.get(words[0]) is not None))
                or _organisation_of(words)
            ):
                # "Wagner Group" tagged PERSON, "Dallas Morning News" tagged EVENT, "Centre for Eastern
                # Studies" tagged FAC; not "Jim Courier"
                named.label, named.forced = "ORG", True
            elif named.label in ("ORG", "PERSON", "FAC") and self._names_a_feature(named):
                # "the Bab el-Mandeb strait" tagged ORG: a name set before a river, strait or sea is the
                # feature's, never a company a later "the company" takes up (round 27)
                named.label, named.forced = "LOC", True
            elif named.label in ("ORG", "PERSON", "FAC", "NORP") and self._settlement_named(named):
                # "near the town of Rudninkai" tagged ORG, "the village of Kozacha Lopan" tagged PERSON
                named.label, named.forced = SETTLEMENT_NOUNS[tt.lower[tt.head[tt.head[tt.span_root(named.name_first, named.last)]]]], True
            elif named.label == "PERSON" and (country_code(named.text) or self._lone_capital(named)):
                named.label, named.forced = "GPE", True
            elif named.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and self._looks_like_person(named, person_words):
                named.label, named.forced = "PERSON", True
            elif named.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and (cut := self._person_before_of(named)) is not None:
                # "Celso Nhantumbo of Podemos" tagged ORG: the person ends where "of" starts
                named.last = cut
                named.text = tt.span_text(named.name_first, named.last)
                named.words = named.text.split()
                named.label, named.forced = "PERSON", True
            elif named.label in ("ORG", "FAC") and country_code(named.text) and not tt.words[named.name_first].isupper():
                named.label, named.forced = "GPE", True
            elif named.label in ("ORG", "FAC", "LOC") and self._place_name(named) and not tt.words[named.name_first].isupper():
                named.label, named.forced = "GPE", True
            if self._is_dateline(named):
                named.dateline = True
                if not named.forced:
                    named.label, named.forced = "GPE", True
            if named.label == "ORG" and named.outlet is None and self._in_byline(named):
                # "By Giorgi Lomidze | Kura Valley Energy Bulletin | Tbilisi": the body a byline names is the
                # outlet, never the company a later "the company said" takes up (round 27)
                named.outlet = Outlet(" ".join(named.words), "byline")
        full_person_lasts = {_surname_key(n.words) for n in self.found if n.label == "PERSON" and len(n.words) > 1}
        # family name first ("Foreign Minister Wang Yi" ... "Wang"): the first word of a two-word person
        # name that a title shows to be a person's ("Wells Fargo" and "Midway Atoll" get tagged PERSON too)
        full_person_firsts = {
            fold(n.words[0]) for n in self.found
            if n.label == "PERSON" and len(n.words) == 2 and (n.title is not None or n.first < n.name_first)
        }
        for named in self.found:
            if not named.forced and named.label != "PERSON" and _name_parts(named.words)[0] is None:
                # a surname that only looks like a demonym ("Albanese" after "Anthony Albanese", tagged NORP)
                if _surname_key(named.words) in full_person_lasts and (country_code(named.text) is None or named.label == "NORP"):
                    named.label, named.forced = "PERSON", True
                elif (
                    len(named.words) == 1 and fold(named.words[0]) in full_person_firsts and named.label in ("ORG", "NORP", "LOC", "FAC")
                    and country_code(named.text) is None and not self._place_name(named) and fold(named.words[0]) not in ORG_WORDS
                ):
                    # "Wang said…" tagged ORG after "Foreign Minister Wang Yi" (not GPE: "Virginia" after "Rep.
                    # Virginia Foxx" is the state)
                    named.label, named.forced = "PERSON", True
        # a surname shown to be a person's ("Djokovic, who...") makes its full name a person's too
        # ("Novak Djokovic" tagged ORG), and ends a span the tagger ran on ("Djokovic on Centre Court")
        person_surnames = {_surname_key(n.words) for n in self.found if n.label == "PERSON"}
        for named in self.found:
            if named.forced or named.label == "PERSON" or len(named.words) < 2:
                continue
            words = [fold(w) for w in named.words]
            if any(w in ORG_WORDS or w in PLACE_WORDS for w in words):
                continue
            lower_at = next((k for k in range(named.name_first, named.last) if not tt.cap[k] and tt.lower[k] not in SURNAME_PARTICLES and tt.idx[k] != tt.end[k - 1]), None)
            if lower_at is not None and lower_at > named.name_first and _surname_key(tt.span_text(named.name_first, lower_at).split()) in person_surnames:
                named.last = lower_at
                named.text = tt.span_text(named.name_first, named.last)
                named.words = named.text.split()
                named.label, named.forced = "PERSON", True
            elif lower_at is None and _surname_key(named.words) in person_surnames and FIRST_NAMES.get(words[0]) is not None or (
                lower_at is None and _surname_key(named.words) in person_surnames and len(words) == 2 and named.label in ("ORG", "NORP")
            ):
                named.label, named.forced = "PERSON", True
        # one label per surface form: a majority vote, evidence counting double; a dateline ("MINSK,
        # March 14 —") is only a place by position, so it takes the label the text gives that name
        # ("Minsk" as the government) and the two stay one entity
        votes: dict[str, Counter] = {}
        for named in self.found:
            if not named.dateline:
                votes.setdefault(_surface_key(named.text), Counter())[named.label] += 2 if named.forced else 1
        for named in self.found:
            counts = votes.get(_surface_key(named.text))
            if counts and (not named.forced or named.dateline):
                label, count = counts.most_common(1)[0]
                if count > counts[named.label]:
                    named.label = label

    def _places_after_prepositions(self) -> None:
        """A lone word the tagger took for a person ("Alexandria", a first name too) that the article
        also puts after a preposition of place ("most of the crews live in Alexandria", "lorries pass
        through Kasumbalesa"), or that evidence elsewhere makes a place ("the towns of Janakpur and
        Sitamarhi"), is a place everywhere in the article: people are not lived in or passed through,
        and "she said" must not find a town. Left alone when any of its mentions has a title
        or other evidence of a person, or it is a word of a longer person's name (round 21)."""
        person_name_words = {fold(w) for n in self.found if n.label == "PERSON" and len(n.words) > 1 for w in n.words}
        by_surface: dict[str, list[Named]] = {}
        for named in self.found:
            by_surface.setdefault(_surface_key(named.text), []).append(named)
        for group in by_surface.values():
            people = [n for n in group if n.label == "PERSON"]
            if not people or any(n.forced or len(n.words) != 1 or n.title is not None or n.honorific_gender is not None for n in people):
                continue
            if fold(people[0].words[0]) in person_name_words:
                continue
            placed = any(n.forced and n.label in ("GPE", "LOC") and not n.dateline for n in group)  # "the towns of Janakpur and…"
            if placed or any(self._after_place_preposition(n.name_first) for n in group if n.last - n.name_first == 1):
                for named in people:
                    named.label, named.forced = "GPE", True

    def _after_place_preposition(self, i: int) -> bool:
        """Whether token ``i`` is the object of "in", "through", "near"… in a place's sense (not "trust in")."""
        tt = self.tt
        if tt.dep[i] != "pobj":
            return False
        preposition = tt.head[i]
        if tt.lower[preposition] not in PLACE_PREPOSITIONS or preposition == 0:
            return False
        # the noun right before counts too: the parser often hangs "trust in X" on the verb ("lost trust in X")
        return not {tt.lower[tt.head[preposition]], tt.lower[preposition - 1]} & NOT_PLACE_PREPOSITION_HEADS

    def _names_a_feature(self, named: Named) -> bool:
        """A name that is the compound of a noun for a natural feature right after it ("the Bab el-Mandeb
        strait", "the Putumayo river")."""
        tt = self.tt
        root = tt.span_root(named.name_first, named.last)
        after = named.last
        return tt.dep[root] == "compound" and after < tt.n and tt.head[root] == after and tt.lower[after] in FEATURE_NOUNS

    def _settlement_named(self, named: Named) -> bool:
        """A name governed by "of" after a noun for a kind of place ("the town of Rudninkai", "the port
        of Hodeidah", "the island of Lesbos"): whatever the tagger says, that names a place."""
        tt = self.tt
        root = tt.span_root(named.name_first, named.last)
        if tt.dep[root] != "pobj" or not all(tt.cap[k] for k in range(named.name_first, named.last) if tt.words[k].isalpha()):
            return False
        of = tt.head[root]
        return tt.lower[of] == "of" and tt.dep[of] == "prep" and of < root and tt.lower[tt.head[of]] in SETTLEMENT_NOUNS

    def _place_name(self, named: Named) -> bool:
        """"Vilnius would ask NATO", "near Suwałki": a state, capital or town of the gazetteer that the
        tagger called an organisation, facility or region. OntoNotes types cities GPE, metonymy included
        (the capital speaking for its government); seats of government ("the Kremlin") stay ORG."""
        entry = GAZETTEER.lookup(named.text)
        return entry is not None and entry.kind in PLACE_KINDS and fold(entry.alias) == fold(named.text)

    def _lone_capital(self, named: Named) -> bool:
        """"Vilnius was ready to pay": a capital the tagger took for a person, when nothing in the
        article makes it a name (no first name reading, no title, no longer name ending in it)."""
        if len(named.words) != 1 or named.title is not None or FIRST_NAMES.get(fold(named.words[0])) is not None:
            return False
        code = gazetteer_code(named.text)
        if code is None or code in NON_STATE_CODES:
            return False
        last = fold(named.words[0])
        # a longer name ending in it ("Anna Kyiv"); the same lone word tagged a person again does not count
        return not any(n is not named and n.label == "PERSON" and len(n.words) > 1 and fold(n.words[-1]) == last for n in self.found)

    def _in_byline(self, named: Named) -> bool:
        """Whether a name stands in a byline: a short paragraph opening with "By" and a capitalised word."""
        tt = self.tt
        first = named.first
        paragraph = tt.paragraph[first]
        start = first
        while start > 0 and first - start < BYLINE_TOKENS and tt.paragraph[start - 1] == paragraph:
            start -= 1
        if tt.words[start] != "By" or start + 1 >= tt.n or not tt.cap[start + 1]:
            return False
        return start == 0 or tt.paragraph[start - 1] != paragraph

    def _is_dateline(self, named: Named) -> bool:
        tt = self.tt
        first = named.name_first
        at_start = first == 0 or tt.paragraph[first - 1] != tt.paragraph[first] or tt.space[first - 1]
        if not at_start or not all(tt.words[k].isupper() for k in range(first, named.last) if tt.words[k].isalpha()):
            return False
        end = named.last
        # the NER may tag only the first word of a capitals place ("SAO" of "SAO PAULO, Dec 10 (Reuters) -"):
        # the rest of the capitals words up to the dateline's mark belong to it (round 36)
        while end < tt.n and end - first < DATELINE_PLACE_WORDS and tt.words[end].isalpha() and tt.words[end].isupper() and tt.paragraph[end] == tt.paragraph[first]:
            end += 1
        return end < tt.n and tt.words[end] in DATELINE_MARKS


def _surface_key(text: str) -> str:
    key = fold(text)
    return key[4:] if key.startswith("the ") else key


def _strip_particle(word: str) -> str:
    for particle in NAME_PARTICLES:
        if word.startswith(particle) and len(word) > len(particle) + 1:
            return word[len(particle):]
    return word


def _name_parts(words: list[str]) -> tuple[str | None, list[str], str]:
    """(first, middles, surname), folded; suffixes dropped, "al-" stripped, particles kept in the surname
    ("von der leyen", "bin salman")."""
    folded = [fold(w) for w in words]
    folded = [w[:-2] if w.endswith("'s") else w for w in folded if w]
    if not folded:
        return None, [], ""
    while len(folded) > 1 and folded[-1] in NAME_SUFFIXES:
        folded.pop()
    start = len(folded) - 1
    while start > 0 and folded[start - 1] in SURNAME_PARTICLES:
        start -= 1
    last = " ".join(folded[start:-1] + [_strip_particle(folded[-1])])
    if start == 0:
        return None, [], last
    return folded[0], folded[1:start], last


def _short_form_of(words: list[str], full_forms: list[tuple[list[str], int]]) -> int | None:
    """The one person whose longer name holds this two-or-more-word name as a run of its words: "Hassan
    Sheikh" of Hassan Sheikh Mohamud, "Lopez Obrador" of Andres Manuel Lopez Obrador. News takes such
    people up by part of their name, not always the last word."""
    short = [fold(w) for w in words]
    n = len(short)
    people = {index for full, index in full_forms
              if len(full) > n and any(full[k:k + n] == short for k in range(len(full) - n + 1))}
    return people.pop() if len(people) == 1 else None


def _surname_key(words: list[str]) -> str:
    return _name_parts(words)[2]


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _compatible_names(a: tuple[str | None, list[str], str], b: tuple[str | None, list[str], str]) -> bool:
    if a[2] != b[2]:
        return False

    def same(x: str, y: str) -> bool:
        if _is_initial(x) or _is_initial(y):
            return x[0] == y[0]
        return x == y

    if a[0] and b[0] and not same(a[0], b[0]):
        return False
    full_a = [m for m in a[1] if not _is_initial(m)]
    full_b = [m for m in b[1] if not _is_initial(m)]
    if full_a and full_b and full_a != full_b:
        return False
    return True


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_STOPWORDS and w[:1].isalpha()).upper()


def _name_score(form: str, count: int, first_seen: int) -> tuple:
    words = form.split()
    shouting = form.isupper() and len(form) > 4
    full_words = sum(1 for w in words if not _is_initial(w))
    # "Vladimir Putin" over "Vladimir V. Putin": as many words, fewer initials
    return (not shouting, full_words, full_words - len(words), count, -first_seen)


# --------------------------------------------------------------------------- grouping


class _Grouper:
    """Turns cleaned named mentions into actors and coref name mentions."""

    def __init__(self, tt: Tokens, named: list[Named]):
        self.tt = tt
        self.named = named
        self.actors: list[Actor] = []
        self.mentions: list[CorefMention] = []
        self.form_counts: dict[int, Counter] = {}
        self.first_seen: dict[int, int] = {}
        self.capital_keyed: set[str] = set()  # ISO codes of countries a capital acting as its government joined
        self.country_actors: dict[int, str] = {}  # actor index -> ISO code, for actors keyed by country
        self.middle_names: dict[str, set[int]] = {}  # folded middle name -> people whose full name has it

    def _new_actor(self, label: str) -> Actor:
        actor = Actor(len(self.actors), label)
        self.actors.append(actor)
        return actor

    def run(self) -> tuple[list[Actor], list[CorefMention]]:
        people = [n for n in self.named if n.label == "PERSON"]
        others = [n for n in self.named if n.label != "PERSON"]
        assignment: dict[int, int | tuple[int, ...]] = {}
        self._group_people(people, assignment)
        self._group_others(others, assignment)
        tt = self.tt
        for named in self.named:
            target = assignment[id(named)]
            head = tt.span_root(named.name_first, named.last)
            mention = CorefMention(tt.idx[named.first], tt.end[named.last - 1], named.first, named.last, head, "name", gender=named.honorific_gender, dateline=named.dateline)
            if named.title is not None:
                mention.role = named.title
            if isinstance(target, tuple):
                mention.options = target
            else:
                mention.actor = target
                self._note_form(target, named)
            self.mentions.append(mention)
        for actor in self.actors:
            self._finish(actor)
        self._untagged_surnames()
        return self.actors, self.mentions

    def _note_form(self, index: int, named: Named) -> None:
        actor = self.actors[index]
        actor.named_mentions += 1
        form = named.outlet.canonical if named.outlet else " ".join(named.words)
        self.form_counts.setdefault(index, Counter())[form] += 1
        self.first_seen.setdefault(index, named.first)
        if named.honorific_gender:
            actor.set_gender(named.honorific_gender, 3)

    def _group_people(self, people: list[Named], assignment: dict) -> None:
        parts = {id(named): _name_parts(named.words) for named in people}
        # a two-word name whose first word is no known first name, when someone with a known first
        # name has that surname, is that surname with a stray word ("Injecting Clinton's")
        known_surnames = {p[2] for p in parts.values() if p[0] and FIRST_NAMES.get(p[0]) is not None}
        for named in people:
            p = parts[id(named)]
            if p[0] and not p[1] and p[0] not in FIRST_NAMES and not _is_initial(p[0]) and p[2] in known_surnames:
                if self.tt.tag[named.name_first] in ("NNP", "NNPS"):
                    # "By Mwila Banda" beside "Joseph Banda": a first name the lexicon lacks, which the tagger
                    # reads as a name, is no stray word; two people share the surname (round 20)
                    continue
                parts[id(named)] = (None, [], p[2])
        by_last: dict[str, list[tuple[tuple, int]]] = {}  # surname -> (name parts, actor) of full names
        by_first: dict[str, set[int]] = {}
        full_forms: list[tuple[list[str], int]] = []  # names of three words or more, folded, with their person
        for named in people:
            p = parts[id(named)]
            if p[0] is None:
                continue
            same_surname = by_last.setdefault(p[2], [])
            match = next((index for q, index in same_surname if _compatible_names(p, q)), None)
            if match is None and not same_surname:
                match = _short_form_of(named.words, full_forms)
            if match is None:
                actor = self._new_actor("PERSON")
                actor.first, actor.last = p[0], p[2]
                match = actor.index
            else:
                # keep the most informative first name ("Vladimir" over "V.")
                actor = self.actors[match]
                if actor.first and _is_initial(actor.first) and not _is_initial(p[0]):
                    actor.first = p[0]
            same_surname.append((p, match))
            if len(named.words) >= 3:
                full_forms.append(([fold(w) for w in named.words], match))
            by_first.setdefault(p[0], set()).add(match)
            for middle in p[1]:
                if not _is_initial(middle):
                    self.middle_names.setdefault(middle, set()).add(match)
            assignment[id(named)] = match
        # one-word names: the person with that surname (or first name), several of them, or a new one
        singles: dict[str, int] = {}
        for named in people:
            p = parts[id(named)]
            if p[0] is not None:
                continue
            word = p[2]
            # the surname, else a first name ("Hillary"), else a middle name ("Lula" in "Luiz Inacio Lula da Silva")
            options = sorted({index for _, index in by_last.get(word, ())}) or sorted(by_first.get(word, ())) or sorted(self.middle_names.get(word, ()))
            if not options and word in singles:
                options = [singles[word]]
            if not options:
                actor = self._new_actor("PERSON")
                actor.last = word
                singles[word] = actor.index
                options = [actor.index]
            assignment[id(named)] = options[0] if len(options) == 1 else tuple(options)

    def _group_others(self, others: list[Named], assignment: dict) -> None:
        by_key: dict[str, int] = {}
        for named in others:
            key = self._key(named)
            index = by_key.get(key)
            if index is None:
                actor = self._new_actor(named.label)
                if named.outlet:
                    actor.outlet, actor.canonical = named.outlet.kind, named.outlet.canonical
                index = by_key[key] = actor.index
                if key.startswith("country:"):
                    self.country_actors[index] = key[len("country:"):]
            assignment[id(named)] = index
        # a short form: "Orion" joins "Orion Semiconductor" when no other organisation starts so
        starts: dict[str, set[int]] = {}
        for named in others:
            if named.label == "ORG" and len(named.words) >= 2 and not named.outlet:
                starts.setdefault(fold(named.words[0]), set()).add(assignment[id(named)])
        for named in others:
            word = fold(named.words[0])
            if named.label == "ORG" and len(named.words) == 1 and not named.outlet and word not in ORG_WORDS:
                targets = starts.get(word, set()) - {assignment[id(named)]}
                if len(targets) == 1:
                    self._merge(assignment[id(named)], targets.pop(), assignment)
        # acronyms: "NATO" joins "North Atlantic Treaty Organization"
        longs: dict[str, int] = {}
        for named in others:
            if named.label == "ORG" and len(named.words) >= 2:
                longs.setdefault(_acronym(named.words), assignment[id(named)])
        for named in others:
            letters = named.text.replace(".", "")
            if named.label == "ORG" and len(named.words) == 1 and letters.isupper() and 2 <= len(letters) <= 7:
                target = longs.get(letters)
                if target is not None and target != assignment[id(named)]:
                    self._merge(assignment[id(named)], target, assignment)

    def _merge(self, source: int, target: int, assignment: dict) -> None:
        for key, value in list(assignment.items()):
            if value == source:
                assignment[key] = target
        self.actors[source].label = "_merged"

    def _key(self, named: Named) -> str:
        if named.outlet:
            return "outlet:" + named.outlet.canonical
        if named.label == "GPE":
            code = country_code(named.text)
            if code:
                return "country:" + code
            code = self._government_capital(named)
            if code:
                self.capital_keyed.add(code)
                return "country:" + code
        key = _surface_key(named.text)
        if named.label == "NORP" and key.endswith(("ns", "is", "es")) and len(key) > 5:
            key = key[:-1]
        return f"{named.label}:{key}"

    def _government_capital(self, named: Named) -> str | None:
        """The state a capital stands for when it acts as its government (the subject of a verb, or of
        "be" with an adjective, or a passive's agent: "Beijing said", "Vilnius was ready", "was rejected
        by Kyiv"): the capital is then a mention of the country (samples/README: "Minsk has given up…"
        → Belarus); "talks in Minsk" stay a place. Brussels speaking for the EU is left alone."""
        entry = GAZETTEER.lookup(named.text)
        if entry is None or entry.kind != "capital" or entry.code != entry.place_code or entry.code in NON_STATE_CODES:
            return None
        tt = self.tt
        head = tt.span_root(named.name_first, named.last)
        while tt.dep[head] == "conj" and tt.head[head] != head:
            head = tt.head[head]
        dep = tt.dep[head]
        verb = tt.head[head]
        if dep == "nsubj" and (tt.lemma[verb].lower() != "be" or any(tt.dep[c] == "acomp" for c in tt.children[verb])):
            return entry.code  # "Beijing said", "Vilnius was ready to pay"
        if dep == "pobj" and tt.lower[tt.head[head]] == "by" and tt.dep[tt.head[head]] == "agent":
            return entry.code
        return None  # "Kyiv was shelled", "Kyiv is a city of three million", "Kyiv's mayor": the place

    def _finish(self, actor: Actor) -> None:
        counts = self.form_counts.get(actor.index)
        if not counts:
            return
        first_seen = self.first_seen[actor.index]
        forms = sorted(counts, key=lambda f: _name_score(f, counts[f], first_seen), reverse=True)
        actor.forms = forms
        code = self.country_actors.get(actor.index)
        if actor.canonical is None and code in self.capital_keyed:
            # a capital acting for its government joined: the country's name as written, else the
            # name news uses ("Beijing said…" alone: China)
            actor.canonical = next((f for f in forms if country_code(f) is not None), None) or country_name(code)
        if actor.canonical is None:
            actor.canonical = forms[0]
            if actor.label == "GPE" and forms[0].isupper() and len(forms[0]) > 4:
                actor.canonical = forms[0].title()  # a place named only by its dateline: "MOSCOW —"
        words = set()
        for form in forms:
            words.update(fold(w) for w in form.replace("-", " ").split())
        actor.name_words = frozenset(words)
        if actor.label == "PERSON" and actor.first and not actor.gender:
            written_first = next((w for form in forms for w in form.split()[:1] if fold(w) == actor.first), actor.first)
            actor.set_gender(first_name_gender(written_first), 1)
            if not actor.gender:
                # names written family name first ("Xi Jinping"): the given name comes last, read as the
                # lexicon reads a first name as written ("Marylise Léon" is no "Leon": round 45)
                for form in forms:
                    written = form.split()
                    if len(written) >= 2 and fold(written[0]) not in FIRST_NAMES and (given := first_name_gender(written[-1])):
                        actor.set_gender(given, 1)
                        break
            if not actor.gender and not first_name_known(written_first) and actor.last:
                # "Rimas Petrauskas", "Olena Kowalska": a first name the lexicon lacks, a surname
                # whose ending marks gender
                actor.set_gender(surname_gender(actor.last), 1)

    def _untagged_surnames(self) -> None:
        """Surnames the tagger missed ("said Peskov"): capitalised words equal to a known surname."""
        tt = self.tt
        by_last: dict[str, list[int]] = {}
        for actor in self.actors:
            if actor.label == "PERSON" and actor.last and actor.first:
                by_last.setdefault(actor.last, []).append(actor.index)
        # and organisations by their first word ("Orion's" for Orion Semiconductor)
        for actor in self.actors:
            if actor.label == "ORG" and actor.outlet is None and actor.forms and len(actor.forms[0].split()) >= 2:
                word = fold(actor.forms[0].split()[0])
                if word not in ORG_WORDS and word not in by_last and word not in ACRONYM_STOPWORDS and not country_code(word):
                    by_last.setdefault(word, []).append(actor.index)
        # and middle names a person goes by ("Lula" of Luiz Inacio Lula da Silva, "Sheinbaum" of Claudia
        # Sheinbaum Pardo) when no one has them as surname
        for word, people in self.middle_names.items():
            if len(people) == 1 and word not in by_last and len(word) > 2:
                by_last[word] = sorted(people)
        if not by_last:
            return
        covered = set()
        for m in self.mentions:
            covered.update(range(m.first, m.last))
        for i in range(tt.n):
            if i in covered or tt.pos[i] != "PROPN" or not tt.cap[i]:
                continue
            options = by_last.get(fold(tt.words[i]))
            if not options or (len(options) > 1 and any(self.actors[a].label != "PERSON" for a in options)):
                continue
            mention = CorefMention(tt.idx[i], tt.end[i], i, i + 1, i, "name")
            if len(options) == 1:
                mention.actor = options[0]
                self.actors[options[0]].named_mentions += 1
            else:
                mention.options = tuple(options)
            self.mentions.append(mention)


# --------------------------------------------------------------------------- the index


class EntityIndex:
    """The entities of one document, and a resolver from text spans to them."""

    def __init__(self, doc: Doc):
        self.doc = doc
        tokens = self.tokens = Tokens(doc)  # also lent to the claim extractor's token table
        self._text = tokens.text  # Doc.text is rebuilt from the tokens at every access: read it once
        named = _Collector(tokens).run()
        actors, mentions = _Grouper(tokens, named).run()
        self._actors = actors
        self._resolver = Resolver(tokens, actors, mentions)
        firsts: dict[int, int] = {}
        for actor, found in self._resolver.actor_mentions().items():
            firsts[actor] = min(m.start for m in found)
        order = sorted(firsts, key=lambda a: (firsts[a], a))
        self._ids = {actor: f"e{k + 1}" for k, actor in enumerate(order)}
        self._by_id = {eid: actor for actor, eid in self._ids.items()}
        self._cache: tuple[int, tuple[Entity, ...]] | None = None
        self._refs = {
            actor: Ref(eid, self._actors[actor].canonical or eid, self._actors[actor].label) for actor, eid in self._ids.items()
        }

    # ----------------------------------------------------------------- resolution

    def resolve(self, start: int, end: int, speaker: bool = False) -> Ref | None:
        """The entity the text at ``start:end`` refers to, or None (see the module docstring)."""
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(self._text):
            return None
        actor = self._resolver.resolve_span(start, end, speaker=speaker)
        return self._refs.get(actor) if actor is not None else None

    def ref_at_token(self, token: Token) -> Ref | None:
        """The entity of the smallest resolved mention holding ``token``."""
        holding = [m for m in self._resolver.overlapping(token.idx, token.idx + len(token.text)) if m.first <= token.i < m.last and m.actor is not None and m.kind != "blocker"]
        if not holding:
            return None
        return self._refs.get(min(holding, key=lambda m: m.last - m.first).actor)

    def mentions_in(self, start: int, end: int) -> tuple[tuple[Mention, Ref], ...]:
        """Resolved mentions lying inside ``start:end``, in text order."""
        text = self._text
        out = []
        for m in sorted(self._resolver.overlapping(start, end), key=lambda m: (m.start, m.end)):
            if start <= m.start and m.end <= end and m.actor is not None and m.kind != "blocker" and m.actor in self._refs:
                out.append((Mention(m.start, m.end, text[m.start: m.end]), self._refs[m.actor]))
        return tuple(out)

    # ----------------------------------------------------------------- entities

    def entities(self) -> tuple[Entity, ...]:
        """Every entity with its mentions, ids in order of first mention (cached until a new span is linked)."""
        version = self._resolver.version
        if self._cache is None or self._cache[0] != version:
            self._cache = (version, self._build_entities())
        return self._cache[1]

    def _build_entities(self) -> tuple[Entity, ...]:
        text = self._text
        grouped = self._resolver.actor_mentions()
        out = []
        for actor in sorted(self._ids, key=lambda a: int(self._ids[a][1:])):
            kept: list[tuple[int, int]] = []
            # sorted by start, widest first: a span inside the previous kept one is the same mention
            for a, b in sorted({(m.start, m.end) for m in grouped.get(actor, ())}, key=lambda s: (s[0], -s[1])):
                if not kept or b > kept[-1][1]:
                    kept.append((a, b))
            ref = self._refs[actor]
            out.append(Entity(ref.entity, ref.name, ref.type, tuple(Mention(a, b, text[a:b]) for a, b in kept)))
        return tuple(out)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        if not isinstance(entity_id, str) or entity_id not in self._by_id:
            return None
        return self.entities()[int(entity_id[1:]) - 1]

    def country_of(self, entity_id: str) -> str | None:
        """ISO 3166-1 alpha-3 of the one country the text ties the entity to, or None."""
        actor_index = self._by_id.get(entity_id) if isinstance(entity_id, str) else None
        if actor_index is None:
            return None
        actor = self._actors[actor_index]
        if actor.label != "PERSON":
            # countries, demonyms, capitals and seats of government ("the Kremlin"), and organisations
            # the events gazetteer knows (NATO: IGO)
            for form in actor.forms:
                code = gazetteer_code(form)
                if code:
                    return code
        codes = {c for c in actor.countries if len(c) == 3 and c.isupper()}
        return codes.pop() if len(codes) == 1 else None

    def roles_of(self, entity_id: str) -> frozenset[str]:
        """Role classes the text gives a person ("president", "leader", "spokesperson"...)."""
        actor_index = self._by_id.get(entity_id) if isinstance(entity_id, str) else None
        return frozenset(self._actors[actor_index].roles) if actor_index is not None else frozenset()


def extract_entities(doc: Doc) -> EntityIndex:
    """Group the named mentions of ``doc`` into entities and prepare the span resolver."""
    return EntityIndex(doc)


# Entity types whose name, set beside a describing noun, names who the noun describes.
NAME_BESIDE_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Participles that bring in a relay, not the one described: "a commander, quoted by the agency Tasnim, said".
RELAYING_PARTICIPLES = frozenset({"quote", "cite"})


# Nouns with which a writer sums up the act just reported: "…, the Kremlin said on Monday, a move that drew
# condemnation", "…, officials said, a sign that talks had stalled".
SUMMARY_NOUNS = frozenset(
    """
    move step decision development announcement sign signal blow setback escalation reversal shift change turnaround
    gesture concession departure indication rebuke snub u-turn climbdown breakthrough first
    """.split()
)


# Words that make a place name of the place after them ("Northern Ireland", "Greater Manchester").
_PLACE_NAME_WORDS = frozenset("north south east west northern southern eastern western central new greater upper lower".split())


# the word news names these states' governments with, where it is not the demonym: "the US government", not "the
# American government"; "the Botswana government", "the Eswatini government"
_GOVERNMENT_ADJECTIVES = {"USA": "US", "BWA": "Botswana", "SWZ": "Eswatini"}


def government_of_capital(written: str, country: str | None) -> str | None:
    """The name of the government a capital speaks for ("Abidjan condemned…", "Beijing said…": the
    Ivorian government, the Chinese government), when the mention as written is the capital of the
    state ``country`` names (round 45). The entity stays the country; only the speaker or source is
    named as what speaks, the state's government. A country's own name ("China said…") keeps the
    country's name."""
    written = written.strip()
    entry = GAZETTEER.lookup(written[:-2] if written.endswith(("'s", "’s")) else written)
    if entry is None or entry.kind != "capital" or entry.code != entry.place_code or entry.code in NON_STATE_CODES:
        return None
    if country is None or country_code(country) != entry.code:
        return None
    return f"{_GOVERNMENT_ADJECTIVES.get(entry.code) or GAZETTEER.adjective(entry.code) or country_name(entry.code)} government"


def body_named_with_place(head: Token) -> tuple[int, int] | None:
    """The name, as written, of a body whose name ends in a country's name: "Age UK", "Water UK", "Cancer Research
    UK" (round 39), where the tagger tags only the country, so that the phrase resolves to the UK. The head is a
    place name with capitalised words before it that name no place and are not a title; the span runs from the
    first of them to the head. None otherwise."""
    if head.ent_type_ != "GPE" or head.pos_ != "PROPN":
        return None
    words = [c for c in children_of(head) if c.dep_ == "compound" and c.i < head.i]
    if not words or words[-1].i != head.i - 1 or any(
        not w.is_title or w.ent_type_ in ("GPE", "LOC", "NORP", "PERSON") or w.lower_ in _PLACE_NAME_WORDS or w.lower_ in ROLE_WORDS
        or fold(w.text) in TITLES for w in words
    ):
        return None
    first = min(w.left_edge.i for w in words)
    return head.doc[first].idx, head.idx + len(head.text)


def person_after_place_title(head: Token) -> tuple[int, int] | None:
    """The name, as written, of a person a place's title introduces when the tagger split or missed the name:
    "Chile's President Ana Lucía Herrera warned…" (round 39), tagged "President Ana Lucía" and "Herrera"
    apart, so that the phrase resolves to the place that only owns the title. The head is an untagged name
    with a place as its possessor and a title among the names before it, and a word the tagger took for
    a person is among them; the span runs from the first word after the titles to the head. None otherwise."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "LOC", "ORG", "FAC"):
        return None
    words = [c for c in children_of(head) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    # the place owns the head or, as the parser often has it, the title before it
    owner = next((c for w in (head, *words) for c in children_of(w) if c.dep_ == "poss" and c.i < w.i), None)
    if owner is None or owner.ent_type_ not in ("GPE", "NORP", "LOC"):
        return None
    words = [w for w in words if w.i > owner.i]
    titles = [w for w in words if fold(w.text) in TITLES or w.lower_ in ROLE_WORDS]
    names = [w for w in words if w.i > max((t.i for t in titles), default=head.i)]
    if not titles or not names or not any(w.ent_type_ == "PERSON" for w in (*names, head)):
        return None
    return names[0].idx, head.idx + len(head.text)


# A share of a group set beside it, saying what its members are: "most of them Serbs", "many of them students".
_SHARE_OF_GROUP = frozenset("most many some several all half".split())


def name_set_beside(entities, head: Token, relays: frozenset[str], relay_clauses: tuple[str, ...], possessor_fallback: bool) -> Ref | None:
    """The entity an apposition names for a common noun ("the group Viasna", "its finance director,
    Alan Brisco", "the campaign group Clean Transition Europe"), or the person a relative clause names
    ("a 19-year-old man, who gave his name only as Jawad,", also when the tagger took the name given
    for another kind of name); None when none is set beside it. The one
    rule of claims' sources and quotes' speakers, which differ only in what they pass:

    - ``relays``: lemmas of a clause (of a dependency in ``relay_clauses``) that brings in a medium or
      a reader rather than the one described ("quoted by the agency Tasnim", "a copy seen by Reuters");
    - ``possessor_fallback``: names inside a possessor ("the Social Democrats' spokeswoman, Eva Lind":
      the party says whose spokeswoman she is) are passed over in an apposition; with this set they are
      also passed over in a relative clause, and in either are taken when there is no other name.
    """
    doc = head.doc
    name = head.head
    if head.dep_ == "appos" and name.i < head.i and name.ent_type_ in ("ORG", "PERSON") and doc[head.left_edge.i - 1].text == ",":
        # "UNHCR, the UN refugee agency, called on…": the parser made the description the apposition of
        # the name before it, and hung the verb on the description; the name names it (round 20)
        ref = _whole_name_entity(name, entities)
        if ref is not None:
            return ref
    for child in _beside(head):
        if child.dep_ in relay_clauses and child.lemma_.lower() in relays:
            continue
        in_clause = child.dep_ in ("relcl", "acl") and head.pos_ == "NOUN"
        if child.dep_ == "pobj":  # a name _beside found as a second object of the preposition
            ref = _whole_name_entity(child, entities)
            if ref is not None and ref.type == "PERSON":
                return ref
            continue
        if child.dep_ != "appos" and not in_clause:
            continue
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in SUMMARY_NOUNS:
            continue  # "…, according to Israeli media, a move that would cost Mr. Levin his majority": the writer's summing-up (round 37)
        if child.dep_ == "appos" and any(c.i < child.i and c.lower_ in _SHARE_OF_GROUP for c in children_of(child)):
            continue  # "Residents of the town, most of them Serbs, said…": who the residents are, no name for them (round 41)
        if child.dep_ == "appos" and child.ent_type_ in NAME_BESIDE_TYPES:  # the name the apposition heads
            candidates = [child]
        else:
            named = [t for t in subtree_of(child) if t.ent_type_ in (("PERSON",) if in_clause else NAME_BESIDE_TYPES)]
            if possessor_fallback:
                candidates = [t for t in named if not _inside_possessor(t, child)] or named
            else:
                candidates = named if in_clause else [t for t in named if not _inside_possessor(t, child)]
        if child.dep_ == "appos":
            # "Residents of Puerto Nuevo, the Ecuadorian village nearest the spot, say…": a demonym that
            # only describes the apposition's noun names no one (round 19)
            candidates = [t for t in candidates if not (t.ent_type_ == "NORP" and t.dep_ == "amod" and t.head.i == child.i)]
        if in_clause and child.lemma_.lower() == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in children_of(child)):
            # "who gave her name only as Noy": the name given is a person's, whatever the tagger took it for (round 17)
            candidates = [o for p in children_of(child) if p.dep_ == "prep" and p.lower_ == "as" for o in children_of(p) if o.dep_ == "pobj"] + candidates
        elif child.dep_ == "appos" and not candidates[:1] == [child]:
            # "One survivor, a 19-year-old from Sylhet who gave his name only as Rafiq,": the name given inside
            # the apposition comes before a place it names (round 27)
            candidates = _names_given(child) + candidates
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in ("", "LAW"):
            # a name the tagger missed or took for a law, which the entity index takes for a person's or a
            # body's ("a spokesman for the movement, Puok Riek, who…", "Their union, the X Fishers'
            # Federation,"; round 28), after the names inside it; a name in its own relative clause is another's
            # ("The mining company Ardmore, which operates Kestrel Bay, said…" is not Kestrel Bay; round 38)
            given = _names_given(child)
            candidates = [t for t in candidates if t in given or not _inside_clause(t, child)] + [child]
        for token in candidates:
            ref = _whole_name_entity(token, entities)
            if ref is not None:
                return ref
    return None


def _names_given(phrase: Token) -> list[Token]:
    """The names a "who gave his name only as Rafiq" clause inside ``phrase`` gives, in order."""
    return [
        o for clause in subtree_of(phrase) if clause.dep_ == "relcl" and clause.lemma_.lower() == "give"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in children_of(clause))
        for p in children_of(clause) if p.dep_ == "prep" and p.lower_ == "as" for o in children_of(p) if o.dep_ == "pobj"
    ]


def _whole_name_entity(token: Token, entities) -> Ref | None:
    """The entity of the whole tagged name a token is part of ("Nadia" in "Nadia Farouk"), as a speaker."""
    name = entity_span_of(token)
    return entities.resolve(name.start_char, name.end_char, speaker=True)


NAMED_LATER_SENTENCES = 3  # how many sentences after a described speaker the text may name them


def name_given_later(entities, head: Token, role_words: frozenset[str]) -> Ref | None:
    """The person a described speaker turns out to be, named in the next sentences with the same role
    (round 17): "a Hungarian minister told a rally… The Hungarian minister, Levente Papp, who…", "Iran's
    foreign minister threatened… “…,” Foreign Minister Hamid Ranjbar said", "the family's lawyer said…
    The lawyer, Nadia Farouk, said". ``head`` is a singular role noun (in ``role_words``) that names
    nobody; the later mention is definite ("The lawyer, X", not "Another lawyer, X") or a title before
    the name, and has every modifier of the description ("the defence minister" is not "The foreign
    minister, X"). None when no such mention follows within ``NAMED_LATER_SENTENCES`` sentences."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma not in role_words:
        return None
    modifiers = {c.lower_ for c in children_of(head) if c.dep_ in ("amod", "compound")}
    doc = head.doc
    index = sentence_end_of(head)
    for _ in range(NAMED_LATER_SENTENCES):
        if index >= len(doc):
            break
        sentence = doc[index].sent
        for token in sentence:
            if token.lemma_.lower() != lemma:
                continue
            if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
                named, words = token.head, {t.lower_ for t in doc[token.head.left_edge.i : token.i]}  # "Foreign Minister Hamid Ranjbar"
            else:
                # a name set beside a person's role is a person's, also when the tagger took it for an
                # organisation ("The lawyer, Nadia Farouk,")
                named = next((c for c in children_of(token) if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")), None)
                if named is None or not any(c.dep_ in ("det", "poss") and c.lower_ != "another" for c in children_of(token)):
                    continue
                words = {t.lower_ for t in doc[token.left_edge.i : token.i]}
            if not modifiers <= words:
                continue
            ref = _whole_name_entity(named, entities)
            if ref is not None and ref.type in ("PERSON", "ORG"):
                return ref
        index = sentence.end
    return None


def _beside(head: Token):
    """The dependents of ``head`` that may name it, and a "who" clause the parser hung on the object of
    its preposition: in "A teacher in the capital, who gave her name only as Noy," the clause is the
    teacher's, as "who" says (round 17). So is a person's name set off after that object when the
    object is no person ("NATO's spokesperson in Brussels, Ilse Marchetti,", "a spokesman for the
    movement, Gatluak Riek,"): a place or a body is not given a person's name in apposition (round 27)."""
    yield from children_of(head)
    if head.pos_ != "NOUN":
        return
    for preposition in children_of(head):
        if preposition.dep_ != "prep":
            continue
        for place in children_of(preposition):
            if place.dep_ != "pobj":
                continue
            yield from (c for c in children_of(place) if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in children_of(c)))
            if place.ent_type_ != "PERSON" and place.pos_ == "PROPN":
                yield from (c for c in children_of(place) if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > place.i and head.doc[c.left_edge.i - 1].text == ",")
                # the parser may hang the name as a second object of the preposition (round 28)
                yield from (
                    c for c in children_of(preposition)
                    if c.dep_ == "pobj" and c.i > place.i and c.pos_ == "PROPN" and head.doc[c.left_edge.i - 1].text == ","
                )


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` lies in a relative or participle clause inside the phrase ``top`` heads
    ("Kestrel Bay" in "Ardmore, which operates Kestrel Bay,")."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _inside_possessor(token: Token, top: Token) -> bool:
    """Whether ``token`` lies in a possessor inside the phrase ``top`` heads ("the Social Democrats'
    spokeswoman, Eva Lind")."""
    while token.i != top.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False
