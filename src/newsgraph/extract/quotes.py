"""Quotes: direct, indirect and mixed, with their cue, speaker and the outlets they came through.

How it works, in three passes over one parsed ``Doc`` (no re-parsing, linear in its length):

1. **Candidates.** Every place the text may report what someone said or thinks proposes a
   (cue, content, speaker) candidate:
   - a verb or noun and its complement (``X said that…``, ``X warned…``, ``X's claim that…``,
     ``X called for…``), with the subject (or agent, or possessor) as speaker;
   - a cue clause inside its content (``The economy, he said, is strong``);
   - ``according to X, …``;
   - a quoted stretch next to a cue clause (``"…," she said``, ``X said: "…"``), including the
     quote split by its cue (``"…," she said, "…"``), which becomes one quote with two parts.
2. **Scoring and selection.** A small logistic model (``models/quotes.json``, trained on PolNeAR
   with ``newsgraph train quotes``) scores each candidate from its cue word, the syntactic
   relation, the quotation marks, the kind of speaker... The best candidates win; contents never
   overlap, except that a report inside a report keeps the inner one and names the outer speaker
   as ``via`` ("The Guardian reported that X said…").
3. **Quotes without a cue in their sentence.** A quoted stretch right after ``X said:`` belongs to
   X; a paragraph that is only a quote, after a paragraph quoting someone, belongs to the same
   speaker (the news convention for follow-up quotes); a quote that runs over several paragraphs
   keeps its speaker. Other quoted fragments (scare quotes, titles) are kept with no speaker:
   the extractor never invents one.

Offsets: ``start``/``end`` cover the content, quote marks included for direct quotes, so that
``doc.text[start:end] == text``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..types import Quote, Span, Speaker, Via
from .cues import (
    BELIEF_VERBS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    OUTLET_WORDS,
    QUOTE_CHARACTERS,
    REPORT_NOUNS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    SPEECH_VERBS,
    QuotedSpan,
    find_quoted_spans,
)
from .entities import EntityIndex

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "quotes.json"

# Dependency relations whose subtree can be the content of a verb cue.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "nsubjpass", "csubj"})
# ... of a noun cue ("the claim that…", "support for…").
_NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp"})
# Prepositions that introduce the content of a cue ("called for", "spoke about", "accused of").
_CONTENT_PREPOSITIONS = frozenset({"about", "for", "of", "on", "to", "against", "with", "over", "that", "at", "as", "into"})
# Where a speaker's noun phrase extends to the left of its head.
_NOUN_PHRASE_LEFT = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "advmod", "case"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# A cue word inside a clause attached to its content ("X, he said, Y").
_INSIDE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})
_TRIM_CHARACTERS = " \t\r\n,;:.-—–"
_SPEECH_OR_BELIEF = SPEECH_VERBS | BELIEF_VERBS
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_QUOTE_GAP = re.compile(r"^[\s,:;.—–-]*$")


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class QuoteModel:
    """A logistic model over binary candidate features, loaded from JSON (no pickle, no download)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path | str) -> "QuoteModel":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), dict(data.get("meta", {})))

    def save(self, path: Path | str) -> None:
        data = {"meta": self.meta, "bias": self.bias, "threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}
        Path(path).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def default_model() -> QuoteModel:
    """The model shipped in the package."""
    return QuoteModel.load(MODEL_PATH)


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class Candidate:
    """One possible quote: its cue, content pieces (character spans) and speaker token."""

    cue: Token
    cue_tokens: tuple[Token, ...]
    pieces: list[tuple[int, int]]
    relation: str
    speaker: Token | None
    features: list[str] = field(default_factory=list)
    score: float = 0.0
    via: list[Token] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def key(self) -> tuple[int, int, int]:
        return (self.cue.i, self.start, self.end)


class _QuoteMarks:
    """The quoted spans of a document and which token lies in which."""

    def __init__(self, doc: Doc):
        self.spans: list[QuotedSpan] = find_quoted_spans(doc.text)
        self.of_token: list[int] = [-1] * len(doc)
        if not self.spans:
            return
        pieces = sorted((a, b, index) for index, q in enumerate(self.spans) for a, b in q.pieces)
        cursor = 0
        for token in doc:
            while cursor < len(pieces) and pieces[cursor][1] <= token.idx:
                cursor += 1
            if cursor < len(pieces) and pieces[cursor][0] <= token.idx:
                self.of_token[token.i] = pieces[cursor][2]

    def around(self, start: int, end: int) -> QuotedSpan | None:
        """The quoted span that holds ``start:end``, if any."""
        for quoted in self.spans:
            if quoted.start <= start and end <= quoted.end:
                return quoted
            if quoted.start > start:
                break
        return None


def _is_quote_char(character: str) -> bool:
    return character in QUOTE_CHARACTERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and clause punctuation (not quotation marks or brackets)."""
    while start < end and text[start] in _TRIM_CHARACTERS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARACTERS and not (text[end - 1] == "." and end - start > 1 and _ends_abbreviation(text, start, end)):
        end -= 1
    return start, end


def _ends_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the final period belongs to an abbreviation ("N.C.", "Jr.")."""
    word = text[start:end].rsplit(None, 1)[-1]
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}|(?:Jr|Sr|Inc|Co|Corp|Ltd|St|U\.S)\.", word))


def _snap_to_quotes(text: str, start: int, end: int, marks: _QuoteMarks) -> tuple[int, int]:
    """Widen ``start:end`` to the quotation marks around it when only marks and punctuation are missing."""
    for quoted in marks.spans:
        if quoted.end <= start:
            continue
        if quoted.start >= end:
            break
        for a, b in quoted.pieces:
            if b <= start or a >= end:
                continue
            if a < start and all(not c.isalnum() for c in text[a:start]):
                start = a
            if b > end and all(not c.isalnum() for c in text[end:b]):
                end = b
    return start, end


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token that starts at (or holds) character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _subtree_bounds(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)


def _mention_bounds(token: Token) -> tuple[int, int]:
    """The noun phrase a speaker token heads, without its relative clauses or appositions."""
    left = token
    for child in token.lefts:
        if child.dep_ in _NOUN_PHRASE_LEFT and child.left_edge.i < left.i:
            left = child.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "case", "nummod") and child.i == right.i + 1:
            right = child
    return left.idx, right.idx + len(right.text)


def find_speaker(cue: Token) -> tuple[Token | None, str]:
    """Who a cue word attributes its content to, and how that was found.

    The subject of the cue verb; the agent of a passive ("was reported by X"); the possessor of a
    noun cue ("X's claim"); climbing through "declined to say", "went on to say", "X smiled and
    said", "Speaking to the Times, X warned", "was quoted as saying".
    """
    token = cue
    for _ in range(4):
        subject = passive = agent = possessor = None
        for child in token.children:
            dep = child.dep_
            if dep == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif dep in _SUBJECT_DEPS and subject is None:
                subject = child
            elif dep == "nsubjpass" and passive is None:
                passive = child
            elif dep == "poss" and possessor is None:
                possessor = child
        if agent is not None:
            return agent, "agent"
        if subject is not None:
            return subject, "subject"
        if token.pos_ in ("NOUN", "PROPN") and possessor is not None:
            return possessor, "possessor"
        if token.pos_ in ("NOUN", "PROPN"):
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None:
                return pobj, "by"
            if token.dep_ in ("dobj", "pobj") and token.head.pos_ == "VERB":
                token = token.head if token.dep_ == "dobj" else token.head.head
                continue
            return None, "none"
        if passive is not None:
            return passive, "passive"
        dep = token.dep_
        if dep in ("xcomp", "conj", "advcl") and token.head.i != token.i:
            token = token.head
        elif dep == "pcomp" and token.head.head.i != token.head.i:
            token = token.head.head
        else:
            break
    return None, "none"


def _speaker_kind(token: Token | None, how: str) -> str:
    if token is None:
        return "none"
    if token.lower_ in _RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT"):
        return "relative"
    if token.pos_ == "PRON":
        return "pronoun"
    if token.ent_type_:
        return token.ent_type_
    if token.pos_ == "PROPN":
        return "propn"
    return "noun"


def _length_bucket(tokens: int) -> str:
    if tokens <= 1:
        return "1"
    if tokens <= 3:
        return "2-3"
    if tokens <= 7:
        return "4-7"
    if tokens <= 15:
        return "8-15"
    if tokens <= 40:
        return "16-40"
    return "41+"


def _cue_class(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN"):
        return "report_noun" if lemma in REPORT_NOUNS else "noun"
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in BELIEF_VERBS:
        return "belief"
    return "verb"


class _CandidateBuilder:
    """Proposes candidates for one document."""

    def __init__(self, doc: Doc, marks: _QuoteMarks):
        self.doc = doc
        self.text = doc.text
        self.marks = marks
        self.by_key: dict[tuple[int, int, int], Candidate] = {}

    # -- helpers

    def _content(self, start: int, end: int) -> tuple[int, int] | None:
        start, end = _trim(self.text, start, end)
        if end <= start:
            return None
        start, end = _snap_to_quotes(self.text, start, end, self.marks)
        return (start, end)

    def add(self, cue: Token, cue_tokens: tuple[Token, ...], pieces: list[tuple[int, int]], relation: str,
            speaker: Token | None, how: str, content_root: Token | None, extra: tuple[str, ...] = ()) -> None:
        pieces = [p for p in pieces if p[1] > p[0]]
        if not pieces:
            return
        holder = self.marks.of_token[cue.i]
        if holder >= 0:
            quoted = self.marks.spans[holder]
            if quoted.closed and quoted.start <= pieces[0][0] and pieces[-1][1] <= quoted.end:
                return  # speech reported inside someone's quote belongs to that quote
        candidate = Candidate(cue, cue_tokens, pieces, relation, speaker)
        key = candidate.key()
        features = self._features(candidate, how, content_root)
        features.extend(extra)
        existing = self.by_key.get(key)
        if existing is not None:
            existing.features = sorted(set(existing.features) | set(features))
            return
        candidate.features = features
        self.by_key[key] = candidate

    def _features(self, candidate: Candidate, how: str, content_root: Token | None) -> list[str]:
        cue = candidate.cue
        lemma = cue.lemma_.lower()
        relation = candidate.relation
        cue_class = _cue_class(cue)
        speaker_kind = _speaker_kind(candidate.speaker, how)
        start, end = candidate.start, candidate.end
        span = self.doc.char_span(start, end, alignment_mode="expand")
        n_tokens = len(span) if span is not None else 1
        length = _length_bucket(n_tokens)
        quoted = self.marks.around(start, end)
        text = self.text
        if quoted is not None and quoted.start == start and quoted.end == end:
            quote_kind = "whole"
        elif any(_is_quote_char(text[a]) or _is_quote_char(text[b - 1]) for a, b in candidate.pieces):
            quote_kind = "edge"
        elif any(start <= q.start and q.end <= end for q in self.marks.spans[:0]) or any(
            self.marks.of_token[t.i] >= 0 for t in (span or ())
        ):
            quote_kind = "inside" if quoted is not None else "some"
        else:
            quote_kind = "none"
        cue_in_quote = self.marks.of_token[cue.i] >= 0 and self.marks.around(cue.idx, cue.idx + 1) is not None
        negated = any(c.dep_ == "neg" for c in cue.children)
        features = [
            f"rel={relation}",
            f"lemma={lemma}",
            f"lemma|rel={lemma}|{relation}",
            f"class={cue_class}",
            f"class|rel={cue_class}|{relation}",
            f"tag={cue.tag_}",
            f"tag|rel={cue.tag_}|{relation}",
            f"cuedep={cue.dep_}",
            f"speaker={speaker_kind}",
            f"speaker|rel={speaker_kind}|{relation}",
            f"speaker|class={speaker_kind}|{cue_class}",
            f"how={how}",
            f"len={length}",
            f"len|rel={length}|{relation}",
            f"quote={quote_kind}",
            f"quote|rel={quote_kind}|{relation}",
            f"quote|class={quote_kind}|{cue_class}",
            f"parts={min(len(candidate.pieces), 3)}",
        ]
        if negated:
            features.append("negated")
        if cue_in_quote:
            features.append("cue_in_quote")
            features.append(f"cue_in_quote|rel={relation}")
        if content_root is not None:
            root_pos = content_root.pos_
            features.append(f"root={root_pos}")
            features.append(f"root|rel={root_pos}|{relation}")
            features.append(f"lemma|root={lemma}|{root_pos}")
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in content_root.children):
                features.append("that")
            if content_root.ent_type_:
                features.append(f"root_ent|rel={content_root.ent_type_}|{relation}")
        if candidate.speaker is not None:
            features.append(f"lemma|speaker={lemma}|{speaker_kind}")
        if cue.i > 0 and cue.nbor(-1).lower_ in ("also", "then", "later", "previously", "repeatedly", "reportedly"):
            features.append("cue_adverb")
        return features

    # -- the candidate kinds

    def complements(self, cue: Token) -> None:
        """``X said (that) …``, ``X warned …``, ``X called for …``, ``X's claim that …``."""
        is_noun = cue.pos_ in ("NOUN", "PROPN")
        deps = _NOUN_COMPLEMENT_DEPS if is_noun else _COMPLEMENT_DEPS
        speaker, how = None, ""
        for child in cue.children:
            dep = child.dep_
            if dep in deps:
                root, relation, cue_tokens = child, dep, (cue,)
            elif dep == "prep" and child.lower_ in _CONTENT_PREPOSITIONS and (not is_noun or cue.lemma_.lower() in REPORT_NOUNS):
                root = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if root is None:
                    continue
                relation, cue_tokens = f"prep_{child.lower_}", (cue, child)
            elif dep == "prt" and not is_noun:
                continue
            else:
                continue
            if root.is_punct or root.is_space:
                continue
            if not how:
                speaker, how = find_speaker(cue)
                if relation == "nsubjpass" and how == "passive":
                    speaker, how = None, "none"
            if relation == "nsubjpass" and speaker is not None and speaker.i == root.i:
                continue
            start, end = _subtree_bounds(root)
            content = self._content(start, end)
            if content is None:
                continue
            pieces = self._with_split_quote(cue, speaker, [content])
            self.add(cue, cue_tokens, pieces, relation, speaker, how, root)
            if relation == "ccomp" and len(pieces) == 1 and root.i > cue.i:
                # The complement often runs on to the end of the sentence past its parsed subtree.
                extended = self._content(content[0], root.sent.end_char)
                if extended is not None and extended[1] > content[1]:
                    self.add(cue, cue_tokens, [extended], relation, speaker, how, root, ("extended",))

    def inside(self, cue: Token) -> None:
        """``The economy, he said, is strong``: the cue clause sits inside (or after) its content."""
        if cue.dep_ not in _INSIDE_DEPS or cue.head.i == cue.i:
            return
        lemma = cue.lemma_.lower()
        if lemma not in _SPEECH_OR_BELIEF:
            return
        if any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
            return
        speaker, how = find_speaker(cue)
        if speaker is None or speaker.head.i != cue.i:
            return
        sentence = cue.sent
        left_start, left_end = sentence.start_char, cue.left_edge.idx
        right_start, right_end = cue.right_edge.idx + len(cue.right_edge.text), sentence.end_char
        pieces = []
        for a, b in ((left_start, left_end), (right_start, right_end)):
            content = self._content(a, b)
            if content is not None and any(ch.isalnum() for ch in self.text[content[0]:content[1]]):
                pieces.append(content)
        self.add(cue, (cue,), pieces, f"inside_{cue.dep_}", speaker, how, cue.head)

    def according_to(self, token: Token) -> None:
        """``According to X, …`` and ``…, according to X``."""
        if token.lower_ != "according" or token.i + 1 >= len(self.doc):
            return
        to = token.nbor(1)
        if to.lower_ != "to":
            return
        speaker = next((c for c in to.children if c.dep_ == "pobj"), None)
        sentence = token.sent
        start, end = _subtree_bounds(token)
        end = max(end, to.right_edge.idx + len(to.right_edge.text))
        pieces = []
        for a, b in ((sentence.start_char, start), (end, sentence.end_char)):
            content = self._content(a, b)
            if content is not None and any(ch.isalnum() for ch in self.text[content[0]:content[1]]):
                pieces.append(content)
        self.add(token, (token, to), pieces, "according", speaker, "according", token.head)

    def next_to_quotes(self, quoted: QuotedSpan) -> None:
        """A quoted stretch with a cue clause right after it (``"…," she said``) or right before it
        (``She said: "…"``, ``She said, "…"``), in the same sentence or, after a colon, the one before."""
        doc, text = self.doc, self.text
        if quoted.end - quoted.start < 3:
            return
        first = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
        if first is None or len(first) == 0:
            return
        # Cue clause after the quote: the next few tokens of the same sentence.
        after = first[-1].i + 1
        for token in doc[after:min(len(doc), after + 8)]:
            if token.is_sent_start and token.i != after:
                break
            if self.marks.of_token[token.i] >= 0:
                break
            if token.pos_ == "VERB" and token.lemma_.lower() in _SPEECH_OR_BELIEF:
                speaker, how = find_speaker(token)
                if speaker is not None:
                    pieces = self._with_split_quote(token, speaker, [(quoted.start, quoted.end)])
                    self.add(token, (token,), pieces, "quote_before_cue", speaker, how, None)
                break
        # Cue clause before the quote: the quote follows ", " or ": " after a cue verb.
        before = first[0].i - 1
        gap = text[first[0].idx - 3 if first[0].idx >= 3 else 0:first[0].idx]
        if before >= 0 and (gap.rstrip().endswith((",", ":")) or first[0].is_sent_start):
            window_start = max(0, before - 10)
            sentence_start = doc[before].sent.start
            if first[0].is_sent_start:
                # The quote opens a sentence: only a previous sentence ending with a colon introduces it.
                if not text[: first[0].idx].rstrip().endswith(":"):
                    return
                window_start = max(doc[before].sent.start, before - 25)
            else:
                window_start = max(window_start, sentence_start)
            for token in reversed(doc[window_start:before + 1]):
                if self.marks.of_token[token.i] >= 0:
                    break
                if token.pos_ == "VERB" and token.lemma_.lower() in _SPEECH_OR_BELIEF:
                    speaker, how = find_speaker(token)
                    if speaker is not None:
                        relation = "colon_quote" if first[0].is_sent_start else "cue_before_quote"
                        self.add(token, (token,), [(quoted.start, quoted.end)], relation, speaker, how, None)
                    break

    def _with_split_quote(self, cue: Token, speaker: Token | None, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Add the other half of a quote interrupted by its cue: ``"…," she said, "…"`` or
        ``"…," she said. "…"`` (same paragraph), as a second piece."""
        text, doc = self.text, self.doc
        content_start, content_end = pieces[0][0], pieces[-1][1]
        anchors = [cue] + ([speaker] if speaker is not None else [])
        if content_end <= min(t.idx for t in anchors):
            # Content before the cue clause: the clause runs until a quote mark or the sentence end.
            last = max(anchors, key=lambda t: t.i)
            sentence_end = last.sent.end
            for token in doc[last.i + 1:sentence_end]:
                if self.marks.of_token[token.i] >= 0 or token.is_space:
                    break
                if not token.is_punct:
                    last = token
            clause_end = last.idx + len(last.text)
            for quoted in self.marks.spans:
                if quoted.start >= clause_end:
                    gap = text[clause_end:quoted.start]
                    if _QUOTE_GAP.match(gap) and "\n" not in gap:
                        return pieces + [(quoted.start, quoted.end)]
                    break
        elif content_start >= max(t.idx for t in anchors) and _is_quote_char(text[content_start]):
            # A quote after the cue clause: look for its first half right before the clause.
            first = min(anchors, key=lambda t: t.i)
            if speaker is not None and first.i == speaker.i:
                first = doc[_token_at(doc, _mention_bounds(speaker)[0])]
            sentence_start = first.sent.start
            for token in reversed(doc[sentence_start:first.i]):
                if self.marks.of_token[token.i] >= 0 or token.is_space:
                    break
                if not token.is_punct:
                    first = token
            clause_start = first.idx
            previous = None
            for quoted in self.marks.spans:
                if quoted.end > clause_start:
                    break
                previous = quoted
            if previous is not None:
                gap = text[previous.end:clause_start]
                if _QUOTE_GAP.match(gap) and "\n" not in gap and "." not in gap:
                    return [(previous.start, previous.end)] + pieces
        return pieces

    def build(self) -> list[Candidate]:
        for token in self.doc:
            pos = token.pos_
            if pos == "VERB":
                self.complements(token)
                self.inside(token)
                if token.lower_ == "according":
                    self.according_to(token)
            elif pos in ("NOUN", "PROPN"):
                if token.lemma_.lower() in REPORT_NOUNS or any(c.dep_ in _NOUN_COMPLEMENT_DEPS for c in token.children):
                    self.complements(token)
            elif token.lower_ == "according":
                self.according_to(token)
        for quoted in self.marks.spans:
            self.next_to_quotes(quoted)
        return list(self.by_key.values())


def propose_candidates(doc: Doc) -> tuple[list[Candidate], _QuoteMarks]:
    """Every candidate quote of ``doc``, unscored (used by extraction and by training)."""
    marks = _QuoteMarks(doc)
    return _CandidateBuilder(doc, marks).build(), marks


# --------------------------------------------------------------------------- selection


def _overlap(a: Candidate, b: Candidate) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def select(candidates: list[Candidate], threshold: float) -> list[Candidate]:
    """The best-scoring candidates whose contents do not overlap; a report inside a report keeps
    the inner one, with the outer speaker as ``via``."""
    ranked = sorted((c for c in candidates if c.score >= threshold), key=lambda c: (-c.score, c.start))
    chosen: list[Candidate] = []
    for candidate in ranked:
        clash = next((c for c in chosen if _overlap(c, candidate) > 0), None)
        if clash is None:
            chosen.append(candidate)
            continue
        # An attribution nested in an accepted one ("X reported that Y said Z"): keep the inner.
        if (
            clash.start <= candidate.cue.idx < clash.end
            and clash.start <= candidate.start
            and candidate.end <= clash.end
            and _cue_class(clash.cue) in ("speech", "report_noun")
            and candidate.speaker is not None
        ):
            chosen.remove(clash)
            if clash.speaker is not None:
                candidate.via = [*clash.via, clash.speaker]
            chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


# --------------------------------------------------------------------------- records


def extract_quotes(doc: Doc, entities: EntityIndex, model: QuoteModel | None = None) -> tuple[Quote, ...]:
    """The quotes of ``doc``, in text order, with ids q1, q2…"""
    model = model or default_model()
    candidates, marks = propose_candidates(doc)
    for candidate in candidates:
        candidate.score = model.probability(candidate.features)
    chosen = select(candidates, model.threshold)
    return tuple(_to_quote(doc, entities, c, f"q{i}") for i, c in enumerate(chosen, 1))


def _resolve(entities: EntityIndex, start: int, end: int):
    try:
        return entities.resolve(start, end, speaker=True)
    except TypeError:  # the scaffold EntityIndex takes no ``speaker`` flag yet
        return entities.resolve(start, end)


def _kind(text: str, pieces: list[tuple[int, int]], marks: _QuoteMarks) -> str:
    whole = all(marks.around(a, b) is not None and marks.around(a, b).start == a and marks.around(a, b).end == b for a, b in pieces)
    if whole:
        return "direct"
    if any(q.start >= pieces[0][0] and q.end <= pieces[-1][1] for q in marks.spans):
        return "mixed"
    return "indirect"


def _to_quote(doc: Doc, entities: EntityIndex, candidate: Candidate, ident: str) -> Quote:
    text = doc.text
    marks = _QuoteMarks(doc)
    cue_start = min(t.idx for t in candidate.cue_tokens)
    cue_end = max(t.idx + len(t.text) for t in candidate.cue_tokens)
    speaker = None
    if candidate.speaker is not None:
        s, e = _mention_bounds(candidate.speaker)
        ref = _resolve(entities, s, e)
        speaker = Speaker(ref.entity if ref else None, ref.name if ref else text[s:e], s, e)
    via = []
    for token in candidate.via:
        s, e = _mention_bounds(token)
        ref = _resolve(entities, s, e)
        via.append(Via(ref.entity if ref else None, ref.name if ref else text[s:e], s, e))
    start, end = candidate.start, candidate.end
    parts = tuple(Span(a, b, text[a:b]) for a, b in candidate.pieces) if len(candidate.pieces) > 1 else ()
    return Quote(
        id=ident,
        text=text[start:end],
        start=start,
        end=end,
        kind=_kind(text, candidate.pieces, marks),  # type: ignore[arg-type]
        cue=Span(cue_start, cue_end, text[cue_start:cue_end]),
        speaker=speaker,
        via=tuple(via),
        confidence=round(candidate.score, 3),
        parts=parts,
    )
