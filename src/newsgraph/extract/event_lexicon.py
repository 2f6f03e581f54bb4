"""The PLOVER trigger lexicon and the word lists the event coder relies on.

The lexicon lives in ``newsgraph/data/event_lexicon.tsv`` (its header documents the format): verb
lemmas, phrasal verbs, verb + object pairs, nominal triggers and predicate adjectives, each with a
PLOVER type, a base confidence and options. It was written from the PLOVER manual's category
definitions and the CAMEO verb classes PLOVER merges, not learnt from the evaluation data.
``newsgraph/data/event_nouns.tsv`` classes the common nouns that can fill an event role.

Everything is read once, at import, into dictionaries keyed by lemma, so the coder does one
dictionary lookup per token.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources

from ..types import PLOVER_TYPES

LEXICON_FILE = "event_lexicon.tsv"
NOUNS_FILE = "event_nouns.tsv"
KINDS = ("verb", "phrasal", "object", "noun", "adj", "family")
NOUN_CLASSES = frozenset({"actor", "people", "place", "weapon", "office", "person", "document"})

# PLOVER's quad classes: what an intent verb ("promise to", "vow to") makes of its complement.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Material cooperation announced for the future is an expression of intent: PLOVER codes AGREE.
MATERIAL_COOPERATION = frozenset({"SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})

# Verbs that make a noun trigger their object an event of the actor ("launched an attack").
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "hold", "mount", "make", "issue", "impose", "begin", "start",
    "resume", "continue", "step", "escalate", "intensify", "unleash", "wage", "commit", "perpetrate",
    "organize", "organise", "lead", "join", "call", "order", "announce", "undertake", "pursue", "open",
    "initiate", "renew", "expand", "extend", "plan", "execute", "approve", "seek", "reiterate",
    "repeat", "voice", "express", "tighten", "declare", "conduct", "fly", "complete", "finish", "ratchet", "ramp",
})

# Verbs that report what someone said: an event in their complement is reported by their subject.
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "announce", "state", "claim", "add", "confirm", "declare", "disclose",
    "reiterate", "repeat", "conclude", "emphasize", "emphasise", "underline", "warn",
    "reveal", "write", "note", "assert", "explain", "indicate", "suggest", "acknowledge", "insist",
    "maintain", "argue", "contend", "stress", "tweet", "post", "quote", "recount", "testify",
    "believe", "think", "estimate", "predict", "hope", "fear", "signal",
})

# Governors with no event of their own that project the event they govern into the future. An
# intent governor ("plans to send troops", "decided to withdraw") is the actor announcing it; a
# prediction governor ("is expected to meet") is someone's forecast.
INTENT_GOVERNORS = frozenset({"plan", "intend", "aim", "want", "wish", "mean", "decide", "seek", "try", "attempt", "hope", "going"})
MODAL_GOVERNORS = INTENT_GOVERNORS | frozenset({
    "expect", "schedule", "set", "poise", "due", "likely", "about", "consider", "mull", "weigh",
    "propose", "contemplate", "discuss", "need", "have",
})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUXILIARIES = frozenset({"would", "could", "might", "may", "should", "must", "'d", "ought", "can"})
CONDITIONAL_MARKERS = frozenset({"if", "unless", "lest"})
# The closed-class words of phrasal patterns; a last word outside this set is the object noun.
PARTICLES = frozenset({
    "up", "down", "out", "off", "in", "on", "over", "back", "away", "for", "of", "with", "at", "to",
    "from", "against", "upon", "about", "into", "through", "by", "between", "together", "under",
    "onto", "behind", "after", "across", "along", "near", "ahead", "apart", "aside", "around", "dead",
    "responsible", "accountable", "liable", "home", "as",
})
# Currencies: a sum of one is what is given or withheld, no party (events), and counts what its "of" phrase names
CURRENCY_NOUNS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "peso", "real", "rand", "naira", "shilling",
                            "dinar", "dirham", "riyal", "rouble", "ruble", "krone", "krona", "lira", "won", "cedi", "kwacha", "birr"})
# Heads that only count or contain something: the role is what they count ("thousands of
# workers", "25,000 tons of food aid", "a mission of observers", "part of a stronghold").
COUNT_HEADS = frozenset({
    "thousand", "hundred", "dozen", "million", "billion", "score", "number", "group", "crowd", "some",
    "many", "most", "all", "half", "majority", "batch", "wave", "contingent", "part", "ton", "tonne",
    "worth", "amount", "shipment", "consignment", "package", "mission", "team", "patch", "load",
    "tens", "hundreds", "thousands", "millions", "dozens", "unit", "convoy", "round", "series",
    "day", "week", "month", "hour", "kind", "type", "form", "bunch", "band", "handful",
    # what carries or measures goods: "50 trucks of aid", "two planeloads of medicine"
    "truck", "truckload", "lorry", "planeload", "shipload", "boatload", "container", "crate", "sack",
    "litre", "liter", "gallon", "barrel", "kilogram", "dose", "set", "pallet", "kit",
    # what groups forces: "a company of Zambian peacekeepers", "two platoons of soldiers", "a column of tanks"
    "company", "platoon", "column", "squadron", "flotilla", "fleet", "detachment",
}) | CURRENCY_NOUNS  # sums count what they measure: "cancel 180 million euros of Madagascar's debt"
# Verbs of opinion: "I think they should resign" is a view, not a demand, so the deontic rule
# below leaves them out (they still make what they report a reported event).
OPINION_VERBS = frozenset({"believe", "think", "estimate", "predict", "hope", "fear", "acknowledge", "note", "explain", "recount", "signal", "indicate"})
# Reporting verbs whose "that ... must" complement is a demand ("declared that China must drop
# barriers" is REQUEST), and the auxiliaries that make it one.
DEONTIC_AUXILIARIES = frozenset({"must", "should", "ought"})


# Past forms of the irregular verbs in the lexicon: spaCy's lemmatiser sometimes misses a form
# ("staged" → "stag"), so each lexicon verb is also looked up by its inflected forms.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "strike": ("struck", "stricken"), "hit": ("hit",), "shoot": ("shot",),
    "fight": ("fought",), "seek": ("sought",), "give": ("gave", "given"), "withdraw": ("withdrew", "withdrawn"),
    "lead": ("led",), "hold": ("held",), "send": ("sent",), "take": ("took", "taken"),
    "break": ("broke", "broken"), "freeze": ("froze", "frozen"), "swear": ("swore", "sworn"),
    "beat": ("beaten",), "begin": ("began", "begun"), "overrun": ("overran",), "forgive": ("forgave", "forgiven"),
    "bring": ("brought",), "cut": ("cut",), "put": ("put",), "set": ("set",), "go": ("went", "gone"),
    "make": ("made",), "blow": ("blew", "blown"), "throw": ("threw", "thrown"), "stand": ("stood",),
    "shut": ("shut",), "undertake": ("undertook", "undertaken"), "slay": ("slew", "slain"), "bid": ("bid",),
    "tell": ("told",), "say": ("said",), "win": ("won",), "lay": ("laid",), "spring": ("sprang", "sprung"),
    "mislead": ("misled",), "rebuild": ("rebuilt",), "deal": ("dealt",), "speak": ("spoke", "spoken"),
    "sell": ("sold",), "buy": ("bought",), "retake": ("retook", "retaken"),
    "withhold": ("withheld",),
}


def inflections(lemma: str) -> set[str]:
    """Regular and listed irregular forms of a verb lemma ("stage" → stages, staged, staging)."""
    forms = {lemma}
    forms.update(IRREGULAR_FORMS.get(lemma, ()))
    if lemma.endswith("e"):
        stem = lemma[:-1]
        forms.update({lemma + "s", lemma + "d", stem + "ing"})
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        forms.update({stem + "ies", stem + "ied", lemma + "ing"})
    else:
        plural = lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")
        forms.update({plural, lemma + "ed", lemma + "ing"})
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})  # ban → banned
    return forms


class LexiconError(ValueError):
    """A line of a lexicon file is malformed (a packaging error, never a user error)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a pattern that signals an event of a PLOVER type."""

    kind: str  # verb | phrasal | object | noun | adj | family
    # lemmas: (verb,), (verb, particle..., [noun]), (verb, [modifier,] noun), ([modifier,] noun), (adj,), (verb, verb...)
    words: tuple[str, ...]
    type: str
    confidence: float
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()  # only with a subject of one of these nouns ("peacekeepers arrived")
    governs: bool = False
    intent: bool = False
    complement: bool = False
    conflict: str = "THREATEN"
    negated: str | None = None
    people: bool = False
    intransitive: bool = False
    concrete: bool = False
    needs_target: bool = False
    targets: tuple[str, ...] = ()
    converse: bool = False  # the subject receives, the "from" phrase gives: "Kyiv received tanks from Berlin"
    announced: bool = False  # coded only when announced for the future: "would respond"
    infinitives: frozenset[str] = frozenset()  # only with a to-infinitive of these verbs: "reserved the right to respond"
    excluded: frozenset[str] = frozenset()  # a family's objects its verbs do not share ("suspend" … "troop")

    @property
    def modifier(self) -> str | None:
        """The required modifier of a compound noun ("hunger" in "hunger strike"), if any."""
        if self.kind == "noun" and len(self.words) == 2:
            return self.words[0]
        if self.kind == "object" and len(self.words) == 3:
            return self.words[1]
        return None

    @property
    def noun(self) -> str | None:
        """The noun lemma the pattern needs (object and noun patterns, phrasal patterns ending in a noun)."""
        if self.kind in ("object", "noun") or (self.kind == "phrasal" and self.words[-1] not in PARTICLES):
            return self.words[-1]
        return None

    @property
    def particles(self) -> tuple[str, ...]:
        """The particles and prepositions of a phrasal pattern ("out", "of" in "pull out of talk")."""
        if self.kind != "phrasal":
            return ()
        return tuple(w for w in self.words[1:] if w in PARTICLES)


def _options(number: int, text: str) -> dict:
    options: dict = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, _, value = item.partition("=")
        if key in ("governs", "intent", "complement", "people", "intransitive", "concrete", "converse", "announced") and not value:
            options[key] = True
        elif key == "target" and not value:
            options["needs_target"] = True
        elif key in ("objects", "subjects", "infinitives") and value:
            options[key] = frozenset(value.split("|"))
        elif key == "except" and value:
            options["excluded"] = frozenset(value.split("|"))
        elif key == "targets" and value:
            options["targets"] = tuple(value.split("|"))
        elif key in ("conflict", "negated") and value in PLOVER_TYPES:
            options[key] = value
        else:
            raise LexiconError(f"{LEXICON_FILE}:{number}: bad option {item!r}")
    if options.get("intent"):
        options["governs"] = True
    return options


def parse_lexicon(lines: Iterable[str]) -> list[Trigger]:
    """Parse lexicon lines (``kind<TAB>pattern<TAB>TYPE<TAB>confidence[<TAB>options]``)."""
    triggers = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) not in (4, 5):
            raise LexiconError(f"{LEXICON_FILE}:{number}: expected 4 or 5 tab-separated fields, got {len(fields)}")
        kind, pattern, type_, confidence = (f.strip() for f in fields[:4])
        words = tuple(pattern.split())
        if kind not in KINDS:
            raise LexiconError(f"{LEXICON_FILE}:{number}: unknown kind {kind!r}")
        if type_ not in PLOVER_TYPES:
            raise LexiconError(f"{LEXICON_FILE}:{number}: {type_!r} is not a PLOVER type newsgraph codes")
        sizes = {"verb": (1,), "adj": (1,), "phrasal": (2, 3, 4), "object": (2, 3), "noun": (1, 2), "family": range(2, 30)}[kind]
        if len(words) not in sizes:
            count = "two verbs or more" if kind == "family" else f"{' or '.join(map(str, sizes))} words"
            raise LexiconError(f"{LEXICON_FILE}:{number}: a {kind} pattern has {count}")
        try:
            value = float(confidence)
        except ValueError:
            raise LexiconError(f"{LEXICON_FILE}:{number}: confidence {confidence!r} is not a number") from None
        if not 0 < value <= 1:
            raise LexiconError(f"{LEXICON_FILE}:{number}: confidence must be in (0, 1]")
        if kind == "phrasal" and words[1] not in PARTICLES:
            raise LexiconError(f"{LEXICON_FILE}:{number}: {words[1]!r} is not a particle or preposition")
        options = _options(number, fields[4] if len(fields) == 5 else "")
        triggers.append(Trigger(kind, words, type_, value, **options))
    return triggers


def parse_nouns(lines: Iterable[str]) -> dict[str, frozenset[str]]:
    """Parse the noun classes file (``lemma<TAB>class``): lemma → its classes."""
    classes: dict[str, set[str]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 2 or fields[1] not in NOUN_CLASSES:
            raise LexiconError(f"{NOUNS_FILE}:{number}: expected lemma<TAB>class with class in {sorted(NOUN_CLASSES)}")
        classes.setdefault(fields[0].strip(), set()).add(fields[1])
    return {lemma: frozenset(found) for lemma, found in classes.items()}


class Lexicon:
    """The trigger patterns indexed for lookup by lemma."""

    def __init__(self, triggers: Iterable[Trigger], noun_classes: dict[str, frozenset[str]]):
        self.verbs: dict[str, list[Trigger]] = {}
        self.phrasals: dict[str, list[Trigger]] = {}
        self.objects: dict[tuple[str, str], list[Trigger]] = {}
        self.nouns: dict[str, list[Trigger]] = {}
        self.adjectives: dict[str, list[Trigger]] = {}
        self.noun_classes = noun_classes
        count = 0
        families = []
        for trigger in triggers:
            count += 1
            if trigger.kind == "family":
                families.append(trigger)
            elif trigger.kind == "verb":
                self.verbs.setdefault(trigger.words[0], []).append(trigger)
            elif trigger.kind == "phrasal":
                self.phrasals.setdefault(trigger.words[0], []).append(trigger)
            elif trigger.kind == "object":
                self.objects.setdefault((trigger.words[0], trigger.words[-1]), []).append(trigger)
            elif trigger.kind == "noun":
                self.nouns.setdefault(trigger.words[-1], []).append(trigger)
            else:
                self.adjectives.setdefault(trigger.words[0], []).append(trigger)
        for table in (self.phrasals, self.objects, self.nouns):
            for entries in table.values():
                # Longer, more specific patterns first ("call off strike" before "call off").
                entries.sort(key=lambda t: -len(t.words))
        self.size = count
        for family in families:
            self._share_objects(family)
        # Verbs that head an object pattern: a verb needs a lookup only if it is in one of these.
        self.object_verbs = frozenset(verb for verb, _ in self.objects)
        # Inflected form → lemma, for tokens the lemmatiser got wrong.
        self.verb_forms: dict[str, str] = {}
        for lemma in sorted(set(self.verbs) | set(self.phrasals) | self.object_verbs | LIGHT_VERBS):
            for form in inflections(lemma):
                self.verb_forms.setdefault(form, lemma)

    def _share_objects(self, family: Trigger) -> None:
        """Give every verb of a family the objects any of them takes for the family's type, in its verb row of that
        type (one with the family's confidence when it has none): one can suspend visas, halt scholarships or
        freeze licences as surely as cancel them, and the lists each verb was written with name only some.
        Class words (@state, @people…) and the family's ``except`` words stay with the verbs that name them."""
        type_, verbs = family.type, family.words
        shared = {noun for verb in verbs for entry in self.verbs.get(verb, ()) if entry.type == type_ for noun in entry.objects}
        shared |= {noun for (verb, noun), entries in self.objects.items() if verb in verbs and any(e.type == type_ for e in entries)}
        shared = frozenset(noun for noun in shared if not noun.startswith("@")) - family.excluded
        for verb in verbs:
            entries = self.verbs.get(verb, [])
            if any(entry.type == type_ for entry in entries):
                # a row with no object list already takes any object
                self.verbs[verb] = [replace(entry, objects=entry.objects | shared) if entry.type == type_ and entry.objects else entry
                                    for entry in entries]
            else:
                self.verbs.setdefault(verb, []).append(Trigger("verb", (verb,), type_, family.confidence, objects=shared))

    def verb_entry(self, lemma: str, type_: str) -> Trigger | None:
        """The row of a verb with the given type, for a rule that reads another wording as that verb ("called the
        charges baseless" as "reject", "told French troops to withdraw" as "order"); None when the lexicon has none."""
        return next((entry for entry in self.verbs.get(lemma, ()) if entry.type == type_), None)

    def noun_class(self, lemma: str) -> frozenset[str]:
        return self.noun_classes.get(lemma, frozenset())


def _read(name: str) -> list[str]:
    return resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8").splitlines()


LEXICON = Lexicon(parse_lexicon(_read(LEXICON_FILE)), parse_nouns(_read(NOUNS_FILE)))
