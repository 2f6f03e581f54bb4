"""Two stock spaCy components computed from remembered tables: the same output, a fraction of the time.

newsgraph's analysis is measured against the bare spaCy pipeline, and two of that pipeline's rule
components cost more than the neural tagger: on PolNeAR's dev articles the ``attribute_ruler`` took 21
and the ``lemmatizer`` 2.5 of the stock pipeline's 137 CPU ms per 1,000 words. Both only read a few
attributes of each token, so ``use_tables(nlp)`` swaps them for subclasses that decide each distinct
combination of those attributes once and remember it. tests/test_pipes.py holds them to the stock
components' exact output (the matches, and every token's tag, part of speech, morphology and lemma).

``attribute_ruler`` gives every tagged token its part of speech, morphology and some lemmas from 179
token patterns ("TAG is VBZ" → POS VERB, "LOWER is gon, then na" → lemma go). spaCy runs them through
its ``Matcher``, which tries every pattern at every token, the REGEX ones through Python. Each of those
patterns reads a few attributes of a fixed run of consecutive tokens, so whether a pattern holds at a
token is a function of those attributes: ``RuleTable`` decides it once per distinct combination of
attribute values and hands ``set_annotations`` exactly the sorted matches the ``Matcher`` would.
Patterns the table cannot read that way (``OP`` quantifiers, extension attributes, predicates other
than ``IN``, ``NOT_IN`` and ``REGEX``, MORPH, sentence starts) leave the ``Matcher`` in charge.

``lemmatizer`` (rule mode) already remembers a lemma per (word, part of speech, morphology) but still
walks the document token by token through Python properties; ``TabledLemmatizer`` reads the three
columns at once and writes the lemmas back as one column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# Token attributes whose value ``Doc.to_array`` reports exactly as the Matcher compares it.
_STRING_ATTRS = frozenset("ORTH LOWER NORM SHAPE PREFIX SUFFIX LEMMA TAG POS DEP ENT_TYPE".split())
_NUMBER_ATTRS = frozenset(
    "LENGTH IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_PUNCT IS_SPACE IS_TITLE IS_UPPER LIKE_URL LIKE_NUM "
    "LIKE_EMAIL IS_STOP IS_BRACKET IS_QUOTE IS_LEFT_PUNCT IS_RIGHT_PUNCT IS_CURRENCY".split()
)
_CACHE_LIMIT = 200_000  # distinct token signatures remembered before the memo starts again


class Unsupported(ValueError):
    """A pattern the table cannot decide from token attributes alone."""


@dataclass(frozen=True)
class _Condition:
    column: int
    kind: str  # "eq", "in", "not_in" or "regex"
    values: frozenset = frozenset()
    regex: re.Pattern | None = None


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the ruler's rule number: its matches sort by it, later rules win
    match_id: int
    specs: tuple[int, ...]  # one token spec per position


@dataclass(frozen=True)
class _TokenResult:
    singles: tuple[tuple[int, int], ...]  # (rule, match_id) of one-token patterns matching here
    starts: tuple[int, ...]  # longer patterns whose first token matches here
    spec_hits: int  # bit s set when token spec s matches here


def _attribute_name(key) -> str:
    if not isinstance(key, str):
        raise Unsupported(f"attribute {key!r}")
    name = key.upper()
    name = "ORTH" if name == "TEXT" else name
    if name not in _STRING_ATTRS and name not in _NUMBER_ATTRS:
        raise Unsupported(f"attribute {key!r}")
    return name


class RuleTable:
    """Decides an ``AttributeRuler``'s patterns token by token from remembered attribute combinations."""

    def __init__(self, vocab: Vocab, rules: list[tuple[int, int, list[list[dict]]]]):
        """``rules``: (rule number, match id, token patterns) for each rule of the ruler."""
        self.strings = vocab.strings
        self.columns: list[str] = []
        self.conditions: list[_Condition] = []
        self.spec_masks: list[int] = []  # per token spec: the condition bits it needs
        spec_numbers: dict[frozenset[int], int] = {}  # a token spec's condition bits → its number
        patterns: list[_Pattern] = []
        for rule, match_id, token_patterns in rules:
            for token_pattern in token_patterns:
                if not token_pattern:
                    raise Unsupported("empty pattern")
                specs = []
                for spec in token_pattern:
                    mask = self._spec_mask(spec)
                    number = spec_numbers.setdefault(mask, len(self.spec_masks))
                    if number == len(self.spec_masks):
                        self.spec_masks.append(sum(1 << bit for bit in mask))
                    specs.append(number)
                patterns.append(_Pattern(rule, match_id, tuple(specs)))
        self.singles = [p for p in patterns if len(p.specs) == 1]
        self.longer = [p for p in patterns if len(p.specs) > 1]
        # Two patterns of one rule with the same length may match the same span.
        self.may_repeat = len({(p.rule, len(p.specs)) for p in patterns}) < len(patterns)
        self.attr_ids = [IDS[name] for name in self.columns]
        self._column_indexes = [self._column_index(c) for c in range(len(self.columns))]
        self._by_signature: dict[tuple, _TokenResult] = {}
        self._by_conditions: dict[int, _TokenResult] = {}

    def _column(self, name: str) -> int:
        if name not in self.columns:
            self.columns.append(name)
        return self.columns.index(name)

    def _add_condition(self, condition: _Condition) -> int:
        if condition not in self.conditions:
            self.conditions.append(condition)
        return self.conditions.index(condition)

    def _spec_mask(self, spec: dict) -> frozenset[int]:
        """The condition numbers a token spec needs, mirroring how the Matcher reads the spec."""
        if not isinstance(spec, dict):
            raise Unsupported(f"token spec {spec!r}")
        bits = set()
        for key, value in spec.items():
            name = _attribute_name(key)
            column = self._column(name)
            if isinstance(value, bool):
                bits.add(self._add_condition(_Condition(column, "eq", frozenset([int(value)]))))
            elif isinstance(value, str):
                bits.add(self._add_condition(_Condition(column, "eq", frozenset([self.strings.add(value)]))))
            elif isinstance(value, int):
                bits.add(self._add_condition(_Condition(column, "eq", frozenset([value]))))
            elif isinstance(value, dict):
                for predicate, argument in value.items():
                    bits.add(self._add_condition(self._predicate(column, name, predicate, argument)))
            else:
                raise Unsupported(f"value {value!r}")
        return frozenset(bits)

    def _predicate(self, column: int, name: str, predicate, argument) -> _Condition:
        if predicate in ("IN", "NOT_IN") and isinstance(argument, (list, tuple)):
            if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in argument):
                raise Unsupported(f"{predicate} values {argument!r}")
            kind = "in" if predicate == "IN" else "not_in"
            return _Condition(column, kind, frozenset(get_string_id(v) for v in argument))
        if predicate == "REGEX" and isinstance(argument, str) and name in _STRING_ATTRS:
            return _Condition(column, "regex", regex=re.compile(argument))
        raise Unsupported(f"predicate {predicate!r}")

    def _column_index(self, column: int):
        """(value → condition bits it satisfies by equality or IN, bits of this column's NOT_IN
        conditions, value → NOT_IN bits it fails, REGEX conditions, remembered REGEX answers)."""
        equal: dict[int, int] = {}
        not_in_all = 0
        not_in_failed: dict[int, int] = {}
        regexes = []
        for bit, condition in enumerate(self.conditions):
            if condition.column != column:
                continue
            if condition.kind in ("eq", "in"):
                for value in condition.values:
                    equal[value] = equal.get(value, 0) | (1 << bit)
            elif condition.kind == "not_in":
                not_in_all |= 1 << bit
                for value in condition.values:
                    not_in_failed[value] = not_in_failed.get(value, 0) | (1 << bit)
            else:
                regexes.append((bit, condition.regex))
        return equal, not_in_all, not_in_failed, regexes, {}

    def _condition_bits(self, signature: tuple, strings) -> int:
        bits = 0
        for value, (equal, not_in_all, not_in_failed, regexes, regex_memo) in zip(signature, self._column_indexes):
            bits |= equal.get(value, 0)
            if not_in_all:
                bits |= not_in_all & ~not_in_failed.get(value, 0)
            if regexes:
                found = regex_memo.get(value)
                if found is None:
                    text = strings[value]
                    found = regex_memo[value] = sum(1 << bit for bit, regex in regexes if regex.search(text))
                bits |= found
        return bits

    def _result(self, signature: tuple, strings) -> _TokenResult:
        bits = self._condition_bits(signature, strings)
        result = self._by_conditions.get(bits)
        if result is None:
            hits = sum(1 << s for s, need in enumerate(self.spec_masks) if bits & need == need)
            result = _TokenResult(
                singles=tuple((p.rule, p.match_id) for p in self.singles if hits >> p.specs[0] & 1),
                starts=tuple(n for n, p in enumerate(self.longer) if hits >> p.specs[0] & 1),
                spec_hits=hits,
            )
            self._by_conditions[bits] = result
        if len(self._by_signature) >= _CACHE_LIMIT:
            self._by_signature.clear()
        self._by_signature[signature] = result
        return result

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match(doc)``: (rule, match id, start, end), sorted."""
        if not len(doc):
            return []
        known, strings = self._by_signature, doc.vocab.strings
        results = [known.get(row) or self._result(row, strings) for row in map(tuple, doc.to_array(self.attr_ids).tolist())]
        found = []
        length = len(results)
        for start, result in enumerate(results):
            for rule, match_id in result.singles:
                found.append((rule, match_id, start, start + 1))
            for number in result.starts:
                pattern = self.longer[number]
                end = start + len(pattern.specs)
                if end <= length and all(
                    results[start + offset].spec_hits >> spec & 1 for offset, spec in enumerate(pattern.specs[1:], 1)
                ):
                    found.append((pattern.rule, pattern.match_id, start, end))
        if self.may_repeat:
            found = list(set(found))  # the Matcher reports a rule's span once, however many patterns match it
        found.sort()
        return found


class TabledAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose ``match`` reads a ``RuleTable``, when every pattern allows one."""

    _table: RuleTable | None = None
    _table_rules = -1  # how many rules the table was built for; -1: not built

    def clear(self) -> None:
        super().clear()
        self._table_rules = -1

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._table_rules = -1

    def _current_table(self) -> RuleTable | None:
        if self._table_rules != len(self.attrs):
            rules = []
            try:
                for rule, index in enumerate(self.indices):
                    key = str(rule)
                    token_patterns = self.matcher.get(key)[1]
                    if any(not -len(p) <= index < len(p) for p in token_patterns):
                        raise Unsupported("index outside a pattern")  # the stock path raises spaCy's own error
                    rules.append((rule, self.vocab.strings.add(key), token_patterns))
                self._table = RuleTable(self.vocab, rules)
            except Unsupported:
                self._table = None
            self._table_rules = len(self.attrs)
        return self._table

    def match(self, doc: Doc):
        table = self._current_table()
        return super().match(doc) if table is None else table.matches(doc)

    def set_annotations(self, doc: Doc, matches) -> None:
        """The stock method without a ``Span`` per match (every index is known to fall inside its
        pattern): the same attributes set on the same tokens in the same order."""
        if self._current_table() is None:
            super().set_annotations(doc, matches)
            return
        attrs, indices = self.attrs, self.indices
        for rule, _, start, end in matches:
            index = indices[rule]
            set_token_attrs(doc[(start if index >= 0 else end) + index], attrs[rule])


@Language.factory("newsgraph_attribute_ruler", default_config={"validate": False})
def make_tabled_attribute_ruler(nlp: Language, name: str, validate: bool) -> TabledAttributeRuler:
    return TabledAttributeRuler(nlp.vocab, name, validate=validate)


class TabledLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, reading and writing whole columns and remembering each lemma.

    The stock component asks ``self.lemmatize(token)`` for every token without a lemma; its answer
    depends only on the token's text, part of speech and morphology (the stock cache is keyed on them),
    so the first answer for a combination is the answer for all of them. Tokens without a part of
    speech are asked each time, as the stock component does (it warns for each)."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            values = doc.to_array([ORTH, POS, MORPH, LEMMA])
            missing = np.flatnonzero(values[:, 3] == 0)
            if not len(missing):
                return doc
            memo = self.__dict__.setdefault("_lemma_memo", {})
            if len(memo) >= _CACHE_LIMIT:
                memo.clear()
            strings = doc.vocab.strings
            lemmas = values[:, 3].copy()
            for i, key in zip(missing.tolist(), map(tuple, values[missing, :3].tolist())):
                lemma = memo.get(key)
                if lemma is None:
                    lemma = strings.add(self.lemmatize(doc[i])[0])
                    if key[1]:
                        memo[key] = lemma
                lemmas[i] = lemma
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
            return doc
        except Exception as error:
            self.get_error_handler()(self.name, self, [doc], error)


@Language.factory(
    "newsgraph_lemmatizer",
    assigns=["token.lemma"],
    default_config={"mode": "rule", "overwrite": False},
)
def make_tabled_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> TabledLemmatizer:
    return TabledLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def use_tables(nlp: Language) -> None:
    """Swap the pipeline's stock ``attribute_ruler`` and English rule ``lemmatizer`` for the tabled ones,
    with the same rules and lookup tables."""
    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler:
            rules = component.patterns
            tabled = nlp.replace_pipe(name, "newsgraph_attribute_ruler", config={"validate": component.validate})
            tabled.add_patterns(rules)
        elif type(component) is EnglishLemmatizer and component.mode == "rule" and component.model is None:
            config = {"mode": component.mode, "overwrite": component.overwrite}
            tabled = nlp.replace_pipe(name, "newsgraph_lemmatizer", config=config)
            tabled.lookups = component.lookups
            tabled.scorer = component.scorer
