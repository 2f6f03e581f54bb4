"""Cross-article entity resolution: one corpus entity per real actor, conservatively.

Each article's entities (``types.Entity``, grouped by the article-level coreference) are linked to
corpus entities through *keys* (``names.py``). The rules, in order:

1. **Pins.** A name an alias file pins (``aliases.py``) always goes to its pinned entity.
2. **Full person names** ("Vladimir Putin", "Vladimir V. Putin", "President Vladimir Putin") link to
   the person with the same first and last name whose middle initials do not conflict: George W.
   Bush and George H. W. Bush stay apart, and a plain "George Bush" then links to neither.
3. **Bare surnames** ("Putin") link to a full-named person only when exactly one person with that
   surname (or that single-name alias) is known; otherwise they go to a surname-only entity, so two
   Johnsons are never merged on the surname alone.
4. **Other types** (organisations, places, groups) link by their normalised name ("the United
   Nations" = "United Nations"), or by acronym ("NATO" ~ "North Atlantic Treaty Organization") when
   exactly one candidate of the same kind exists.

Entity types must agree (places — GPE, LOC, FAC — form one group, since the small model mixes them).
Mentions the article grouped with an entity become aliases only when they are compatible with its
name, so an article-level coreference mistake ("Bill Clinton" grouped with "Hillary Clinton") does
not spread to the corpus.

The resolver is backend-agnostic: it talks to a ``Directory`` the store implements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from ..types import Entity
from .names import (
    acronym,
    display_name,
    display_role,
    fold,
    initials_compatible,
    looks_like_acronym,
    mention_kind,
    org_key,
    person_alias_compatible,
    person_name,
)

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Key kinds in the directory.
PIN = "pin"
PERSON_KEY = "person"
SURNAME = "surname"
NAME = "name"
ACRONYM = "acronym"


def type_group(entity_type: str) -> str:
    return "PLACE" if entity_type in PLACE_TYPES else entity_type


def same_group(a: str, b: str) -> bool:
    return not a or not b or type_group(a) == type_group(b)


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """A corpus entity as the resolver sees it."""

    id: int
    name: str
    type: str
    initials: str
    pinned: bool

    @property
    def full_person(self) -> bool:
        return self.type == "PERSON" and person_name(self.name).is_full


class Directory(Protocol):
    """What the resolver needs from a store: key lookups and entity creation, inside one transaction."""

    def lookup(self, kind: str, key: str) -> list[KnownEntity]: ...

    def create(self, name: str, entity_type: str, initials: str) -> KnownEntity: ...

    def add_keys(self, entity_id: int, keys: Iterable[tuple[str, str]]) -> None: ...

    def set_initials(self, entity_id: int, initials: str) -> None: ...


@dataclass(slots=True)
class Names:
    """What one article entity tells about its actor: its name, other names (aliases), roles, lookup keys.

    ``name`` is the article's most complete name for it (the candidate display name of the corpus
    entity); ``aliases`` the other name forms the article uses for it.
    """

    name: str | None = None
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    keys: set[tuple[str, str]] = field(default_factory=set)


def pin_keys(alias: str) -> set[tuple[str, str]]:
    """The keys an alias-file name pins: its person key and its organisation key."""
    keys = {(PIN, org_key(alias))}
    person = person_name(alias)
    if person.given:
        keys.add((PIN, person.key))
    return {k for k in keys if k[1]}


def entity_names(entity: Entity) -> Names:
    """Aliases, roles and keys an article entity contributes; a pure function of the record."""
    result = Names()
    if entity.type == "PERSON":
        name = person_name(entity.name)
        if not name.given:
            return result
        result.keys.add((PERSON_KEY, name.key))
        if name.is_full:
            result.keys.add((SURNAME, name.surname))
        if mention_kind(entity.name, "PERSON") == "name":
            result.name = name.bare
        if name.title:
            result.roles.add(name.title)
        for mention in entity.mentions:
            kind = mention_kind(mention.text, "PERSON")
            if kind == "role":
                result.roles.add(display_role(mention.text))
            elif kind == "name":
                alias = person_name(mention.text)
                if person_alias_compatible(alias, name):
                    result.aliases.add(alias.bare)
                    result.keys.add((PERSON_KEY, alias.key))
                    if alias.title:
                        result.roles.add(alias.title)
        result.aliases.discard(result.name)
        return result

    key = org_key(entity.name)
    if not key:
        return result
    result.keys.add((NAME, key))
    short = acronym(entity.name)
    if short:
        result.keys.add((ACRONYM, short))
    result.name = display_name(entity.name)
    for mention in entity.mentions:
        kind = mention_kind(mention.text, entity.type)
        if kind == "role":
            result.roles.add(display_role(mention.text))
        elif kind == "name":
            mention_key = org_key(mention.text)
            if mention_key == key or (short and looks_like_acronym(mention.text) and mention_key == short):
                result.aliases.add(display_name(mention.text))
                result.keys.add((NAME, mention_key))
    result.aliases.discard(result.name)
    return result


def _mention_keys(entity: Entity, names: Names) -> list[str]:
    """Keys of the entity's own name first, then of its compatible name mentions."""
    if entity.type == "PERSON":
        own = person_name(entity.name).key
        return [own] + sorted(k for kind, k in names.keys if kind == PERSON_KEY and k != own)
    own = org_key(entity.name)
    return [own] + sorted(k for kind, k in names.keys if kind == NAME and k != own)


class Resolver:
    """Links article entities to corpus entities through a ``Directory`` (one transaction)."""

    def __init__(self, directory: Directory):
        self.directory = directory

    def _pinned(self, entity: Entity, names: Names) -> KnownEntity | None:
        for key in _mention_keys(entity, names):
            for candidate in self.directory.lookup(PIN, key):
                if same_group(candidate.type, entity.type):
                    return candidate
        return None

    def _person(self, entity: Entity) -> KnownEntity | None:
        name = person_name(entity.name)
        initials = " ".join(name.initials)
        if name.is_full:
            candidates = [c for c in self.directory.lookup(PERSON_KEY, name.key) if c.type == "PERSON" and c.full_person]
            # An entity whose own name is this name comes before one that merely has it as an alias
            # ("Hillary Clinton" before "Hillary Rodham Clinton", seen once called "Hillary Clinton").
            own = [c for c in candidates if person_name(c.name).key == name.key]
            pool = own or candidates
            exact = [c for c in pool if c.initials == initials]
            if exact:
                # Same name, same initials: the same entity (the oldest, should several exist).
                return min(exact, key=lambda c: c.id)
            compatible = [c for c in pool if initials_compatible(c.initials, initials)]
            if len(compatible) == 1:
                chosen = compatible[0]
                if initials and not chosen.initials:
                    self.directory.set_initials(chosen.id, initials)
                return chosen
            return None
        key = name.key
        candidates = {c.id: c for c in self.directory.lookup(PERSON_KEY, key) + self.directory.lookup(SURNAME, key) if c.type == "PERSON"}
        full = [c for c in candidates.values() if c.full_person]
        if len(full) == 1:
            return full[0]
        bare = [c for c in candidates.values() if not c.full_person and person_name(c.name).key == key]
        return min(bare, key=lambda c: c.id) if bare else None

    def _other(self, entity: Entity) -> KnownEntity | None:
        key = org_key(entity.name)
        candidates = [c for c in self.directory.lookup(NAME, key) if same_group(c.type, entity.type)]
        if candidates:
            return min(candidates, key=lambda c: c.id)
        if looks_like_acronym(entity.name):
            expansions = [c for c in self.directory.lookup(ACRONYM, key) if same_group(c.type, entity.type)]
            if len(expansions) == 1:
                return expansions[0]
        short = acronym(entity.name)
        if short:
            abbreviations = [
                c for c in self.directory.lookup(NAME, short) if same_group(c.type, entity.type) and looks_like_acronym(c.name)
            ]
            if len(abbreviations) == 1:
                return abbreviations[0]
        return None

    def resolve(self, entity: Entity) -> tuple[int, Names]:
        """The corpus entity id for an article entity (created when none fits), and what it contributes."""
        names = entity_names(entity)
        known = self._pinned(entity, names)
        if known is None:
            known = self._person(entity) if entity.type == "PERSON" else self._other(entity)
        if known is None:
            if entity.type == "PERSON":
                person = person_name(entity.name)
                display, initials = person.bare, " ".join(person.initials)
            else:
                display, initials = display_name(entity.name), ""
            known = self.directory.create(display or entity.name, entity.type, initials)
            if not names.keys:
                # A name with no usable key (punctuation only): keep it findable by its folded text.
                names.keys.add((NAME, fold(entity.name).strip()))
        self.directory.add_keys(known.id, names.keys)
        return known.id, names


def resolve_all(directory: Directory, entities: Iterable[Entity]) -> dict[str, tuple[int, Names]]:
    """Article-local entity id → (corpus entity id, names), for every entity of one article."""
    resolver = Resolver(directory)
    return {entity.id: resolver.resolve(entity) for entity in entities}
