"""Quotes: direct, indirect and mixed, with their cue, speaker and the outlets they came through.

How it works, in three passes over one parsed ``Doc`` (no re-parsing, linear in its length):

1. **Candidates.** Every place the text may report what someone said or thinks proposes a
   (cue, content, speaker) candidate:
   - a verb or noun and its complement (``X said that…``, ``X warned…``, ``X's claim that…``,
     ``X called for…``), with the subject (or agent, or possessor) as speaker;
   - a cue clause inside its content (``The economy, he said, is strong``);
   - ``according to X, …``;
   - a quoted stretch next to a cue clause (``"…," she said``, ``X said: "…"``), including the
     quote split by its cue (``"…," she said, "…"`` or ``"…," she said. "…"``), which becomes one
     quote with two parts.
   A content never holds its own speaker, and stops before a reporting participle (``…, adding
   that…``), which is a second quote of the same speaker; things convened are not said ("called an
   emergency meeting"), nor is what someone "is expected to" do. A complement that reports an act
   rather than a proposition ("accused X of…", "agreed to…", "rejected the charge", "did not say
   what…") is marked as such (``_reports_an_act``).
2. **Scoring and selection.** A small logistic model (``models/quotes.json``, trained on PolNeAR
   with ``newsgraph train quotes``, see docs/models.md) scores each candidate from its cue word,
   the syntactic relation, the quotation marks, the kind of speaker... The best candidates win and
   contents never overlap. Speech reported inside reported speech is one quote, the outer one
   ("X said he thought…"), except what an outlet reports someone said ("The Guardian reported
   that X said…"): that keeps the inner quote, with the outlet as ``via``. A chosen act is then
   left out: it is no quote, but it keeps the verbs inside it from being read as cues ("refused to
   extradite Holub" quotes neither).
3. **Quotes without a cue of their own.** A paragraph that is only a quote, right after a
   paragraph quoting someone, is that speaker's (the news convention for follow-up quotes). Other
   quoted stretches (scare quotes, titles, slogans nobody is said to have spoken) are kept with no
   speaker: the extractor never invents one.

Offsets: ``start``/``end`` cover the content, quote marks included for direct quotes, so that
``doc.text[start:end] == text``.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, repeat
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Token

from ..errors import NewsgraphError
from ..nlp import among, children_of, doc_text, lefts_of, rights_of, sentence_end_of, sentence_start_of, sorted_hashes, subtree_of, token_objects
from ..types import Quote, Span, Speaker, Via
from .countries import dateline_end
from .cues import (
    content_hung_on_time_clause,
    plural_phrase,
    plural_subject_before_colon,
    as_reported_agent,
    reporter_after_citing,
    BELIEF_VERBS,
    DOCUMENT_NOUNS,
    DOCUMENT_READER_VERBS,
    SPOKESPERSON_NOUNS,
    NAMING_VERBS,
    MEDIA_NOUNS,
    OUTLET_WORDS,
    QUOTE_CHARACTERS,
    QUOTING_VERBS,
    REPORT_NOUNS,
    SPEECH_VERBS,
    VIEW_PHRASE_NOUNS,
    WRITER_HOLDERS,
    QuotedSpan,
    according_to_source_before,
    account_owner_before,
    another_of_the_kind,
    body_named_before,
    case_brought_before,
    name_set_after_according,
    conjunct_chain,
    content_subject_before_frame,
    subject_of_question_aside,
    subject_named_again,
    find_quoted_spans,
    frame_subject_set_inside,
    group_place,
    named_after_dateline,
    group_of_share,
    relaying_frame,
    trailing_aside,
    body_owned_by_person,
    subject_after_cue_time,
    after_paragraph_stamp,
    after_stamp_near,
    headline_end,
    interrupts_content,
    is_furniture_line,
    is_outlet_name,
    meeting_host_before,
    join_names,
    nobody_says,
    all_told,
    owner_of_own_source,
    body_of_office,
    clause_joined_to_speaker,
    named_others_statement,
    title_of_end,
)
from .coref import ORG_NOUNS, ROLE_WORDS, ROLES, age_word_first, gender_fits, person_described_before
from .entities import ORG_WORDS, RELAYING_PARTICIPLES, SUMMARY_NOUNS, EntityIndex, body_named_with_place, government_of_capital, name_given_later, name_set_beside, person_after_place_title

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "quotes.json"
MODEL_FORMAT = "newsgraph.quotes/1"
# Bump when candidate generation or features change: a model trained on others must not load silently.
FEATURE_VERSION = 1

# Dependency relations whose subtree can be the content of a verb cue.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "nsubjpass", "csubj"})
# ... of a noun cue ("the claim that…").
_NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp"})
# Prepositions that introduce the content of a cue ("called for", "spoke about", "accused of").
_CONTENT_PREPOSITIONS = frozenset({"about", "for", "of", "on", "to", "against", "with", "over", "that", "at", "as", "into"})
# Where a speaker's noun phrase extends to the left of its head.
_NOUN_PHRASE_LEFT = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "advmod", "case"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# A cue word inside a clause attached to its content ("X, he said, Y").
_INSIDE_DEPS = frozenset({"parataxis", "dep"})
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl"})
_TRIM_CHARACTERS = " \t\r\n,;:.-—–"
_SPEECH_OR_BELIEF = SPEECH_VERBS | BELIEF_VERBS
_SPEECH_BELIEF_OR_NAMING = _SPEECH_OR_BELIEF | NAMING_VERBS
_FRAGMENT_VERBS = SPEECH_VERBS | NAMING_VERBS
_PASSIVE_TOPIC_VERBS = SPEECH_VERBS | BELIEF_VERBS | NAMING_VERBS
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Where the content of a sentence-final "according to" stops: a dash or parenthesis aside, a
# semicolon, or a contrasting clause of the writer's ("…, according to Russian figures, though
# Western analysts believe…")
_ASIDE = re.compile(r"\s(?:-|--|—|–)\s|;|\s\(|,\s+(?:though|although|but|while|whereas)\b")
_QUOTE_GAP = re.compile(r"[\s,:;.—–-]*")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.")
# A conjunction left at a content's end: the parser hung "but" or "and" of the speaker's next verb on the content
# ("said the country was ready to talk but warned that…", round 37). Searched in the last few characters only.
_TRAILING_CONJUNCTION = re.compile(r"\s(?:and|but|or)$")
_CONJUNCTION_TAIL = 4
_OPENING_WORDS = frozenset({"that", "to", "whether", "how", "what", "why", "if", "when", "who", "the", "a", "he", "she", "they", "it", "i", "we"})
_NOMINAL_RELATIONS = frozenset({"dobj", "oprd", "nsubjpass", "prep_about", "prep_for", "prep_of", "prep_on", "prep_to", "prep_against", "prep_with", "prep_as"})
_MODAL_AUXILIARIES = frozenset({"will", "would", "could", "should", "may", "might", "can", "must", "'ll", "’ll"})
# A holder's stated view or answer, said to be a clause: "The ministry's response was that…" (round 22).
_POSITION_NOUNS = frozenset("view response position answer reply argument stance contention conclusion assessment verdict".split())
# The words build() screens a document's columns for, as sorted spaCy keys (``among``).
_ACCORDING_KEY = get_string_id("according")
_REPORT_NOUN_KEYS = sorted_hashes(form for word in REPORT_NOUNS for form in (word, word.capitalize()))
_NOUN_COMPLEMENT_DEP_KEYS = sorted_hashes(_NOUN_COMPLEMENT_DEPS)
_VIEWPOINT_NOUN_KEYS = sorted_hashes(VIEW_PHRASE_NOUNS["in"] | _POSITION_NOUNS)
# How sure a "viewpoint" quote is (round 22): proposed by rule, not scored by the model; measured on the
# development and burned bench sets, 20 of 28 right (the unseen22 and unseen29 gold leaves them out).
VIEWPOINT_CONFIDENCE = 0.71
_CUE_ADVERBS = frozenset({"also", "then", "later", "previously", "repeatedly", "reportedly", "once", "often"})
# What one calls (convenes) rather than says: "called an emergency meeting" is no quote, "called it a
# disgrace" is one (a naming, with its predicate).
CONVENED_NOUNS = frozenset({
    "meeting", "session", "summit", "election", "elections", "referendum", "vote", "strike", "halt", "truce",
    "ceasefire", "conference", "briefing", "hearing", "inquiry", "recess", "timeout", "time-out", "walkout",
})
# Complements that report an act, not a proposition (docs/schema.md, quotes: "Acts are not quotes"). What
# someone is accused of: "accused X of diverting funds", "charged him with fraud", "blamed Y for the outage".
ACCUSING_VERBS = frozenset("accuse blame charge criticise criticize condemn fault sue indict convict".split())
# What someone agrees, refuses, offers or threatens to do: "agreed to reopen the crossing", "declined to comment".
COMMITTING_VERBS = frozenset("agree refuse decline threaten offer".split())
# Verbs answering someone else's statement, whose noun object names that statement: "rejected the charge".
REBUTTING_VERBS = frozenset("reject deny dismiss".split())
# Words opening an embedded question: "did not say what the measures would be", "Asked whether…".
_QUESTION_WORDS = frozenset("what whether why how if when who which where".split())
_ACCUSATION_PREPOSITIONS = frozenset({"of", "for", "with"})
# Requests: what someone is urged, asked, ordered or pressed to do is an act asked for, not a proposition
# (samples/README.md: "urged the EU to…" is no quote): "urged X to V", "ordered the army to V", "pressed for
# talks" (round 17). Not "call on/for" or "encourage": the PolNeAR gold the quote model learns from
# annotates those as attributions (24 matched on dev), more than the benchmarks' tolerance.
REQUESTING_VERBS = frozenset("urge ask order instruct tell direct press push request appeal implore beg demand".split())
# Requests whose clause is a bare subjunctive: "demanded that Ottawa suspend…", "recommends vaccines be offered".
REQUESTING_THAT_VERBS = frozenset("demand request recommend ask".split())
# Requests whose noun object is what is asked for: "demanded compensation", "ordered two months of detention".
REQUESTING_OBJECT_VERBS = frozenset("demand request order".split())
# Round 20 acts. Whom a government recalls is withdrawn, not quoted: "recalled its ambassador from Bolivia".
ENVOY_NOUNS = frozenset("ambassador envoy diplomat consul emissary chargé commissioner attaché delegation mission".split())
# What a vote decides is an act, like what someone agrees to do: "voted on Tuesday to bar arms sales".
DECIDING_VERBS = frozenset({"vote"})
# A dispute's object after "over" is its topic, not words: "protested to Portugal over a wind farm".
_TOPIC_PREPOSITIONS = frozenset({"prep_over"})
# Coming to know of a thing is no proposition: "officials learned of the measure from a notice".
_LEARNING_VERBS = frozenset({"learn", "hear"})
# A verb that is neither speech nor belief introduces no content through these prepositions: "pleaded guilty
# to theft", "sentenced to four years for diverting funds", "voted for the text" (round 17).
_ACT_PREPOSITIONS = frozenset({"prep_to", "prep_for", "prep_with", "prep_against", "prep_of"})
# How far after a closing quote mark its cue verb may come: far enough for a speaker with a title and
# an apposition ('..." the agency's director, Dr Helen Marsh, said').
CUE_AFTER_QUOTE_TOKENS = 16
# Channels a quote can come through: "told CNN", "in an interview with Reuters", "speaking to the BBC".
_VIA_PREPOSITIONS = frozenset({"to", "with", "on", "in"})
_VIA_VERBS = frozenset({"speak", "talk", "write", "appear", "tell", "say"})


# --------------------------------------------------------------------------- the model


class ModelError(NewsgraphError):
    """The quote model file is missing, unreadable or of another format or feature version."""


@dataclass(frozen=True, slots=True)
class QuoteModel:
    """A logistic model over binary candidate features, stored as JSON (no pickle, no download).

    ``meta`` carries how it was trained and, under ``"rules"``, the measured precision of the
    quotes that are not scored by the model (follow-up paragraphs, quotes with no speaker), which
    become their ``confidence``.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))  # C-level lookups, same order
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def rule_confidence(self, rule: str, default: float = 0.5) -> float:
        return float(self.meta.get("rules", {}).get(rule, default))

    @classmethod
    def load(cls, path: Path | str) -> "QuoteModel":
        """Read a model written by ``save``; a missing, unreadable or outdated file is a ``ModelError``."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("format") != MODEL_FORMAT:
                raise ModelError(f"{path}: not a newsgraph quote model (format {data.get('format')!r}, expected {MODEL_FORMAT!r})")
            if data.get("feature_version") != FEATURE_VERSION:
                raise ModelError(
                    f"{path}: quote model trained on feature version {data.get('feature_version')}, this newsgraph "
                    f"computes version {FEATURE_VERSION}: retrain it with `newsgraph train quotes`"
                )
            return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), dict(data.get("meta", {})))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ModelError(f"{path}: cannot read the quote model ({error})") from None

    def save(self, path: Path | str) -> None:
        data = {
            "format": MODEL_FORMAT,
            "feature_version": FEATURE_VERSION,
            "meta": self.meta,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }
        Path(path).write_text(json.dumps(data, indent=0, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def default_model() -> QuoteModel:
    """The model shipped in the package."""
    return QuoteModel.load(MODEL_PATH)


# --------------------------------------------------------------------------- the document


class _Layout:
    """What the candidate builder looks up again and again, computed once per document: the
    quoted spans, which token lies in which, and token positions by character."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.spans: list[QuotedSpan] = find_quoted_spans(self.text)
        self.span_starts = [q.start for q in self.spans]
        # Token attributes read in one go: creating spaCy Token objects is what costs time here.
        self.columns = doc.to_array([IDX, POS, LOWER, LEMMA, DEP, HEAD]) if len(doc) else np.zeros((0, 6), dtype=np.uint64)
        self.token_starts = self.columns[:, 0].tolist()
        self.quote_of: list[int] = [-1] * len(doc)
        if self.spans:
            pieces = sorted((a, b, index) for index, q in enumerate(self.spans) for a, b in q.pieces)
            cursor = 0
            for i, start in enumerate(self.token_starts):
                while cursor < len(pieces) and pieces[cursor][1] <= start:
                    cursor += 1
                if cursor < len(pieces) and pieces[cursor][0] <= start:
                    self.quote_of[i] = pieces[cursor][2]
        # prefix counts of tokens inside quotes
        self.quoted_tokens = list(accumulate((holder >= 0 for holder in self.quote_of), initial=0))
        self.headline_end = headline_end(self.text)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [first, last) that overlap characters ``start:end``."""
        first = max(0, bisect.bisect_right(self.token_starts, start) - 1)
        last = bisect.bisect_left(self.token_starts, end)
        return first, max(first + 1, last)

    def quoted_tokens_in(self, start: int, end: int) -> int:
        first, last = self.token_range(start, end)
        return self.quoted_tokens[last] - self.quoted_tokens[first]

    def quote_around(self, start: int, end: int) -> QuotedSpan | None:
        """The quoted span that holds ``start:end``, if any."""
        index = bisect.bisect_right(self.span_starts, start) - 1
        while index >= 0:
            quoted = self.spans[index]
            if quoted.start <= start and end <= quoted.end:
                return quoted
            if quoted.end <= start and index < len(self.spans) - 1:
                break
            index -= 1
        return None

    def quotes_between(self, start: int, end: int) -> list[QuotedSpan]:
        """Quoted spans that overlap ``start:end``."""
        index = max(0, bisect.bisect_right(self.span_starts, start) - 1)
        found = []
        while index < len(self.spans) and self.spans[index].start < end:
            if self.spans[index].end > start:
                found.append(self.spans[index])
            index += 1
        return found

    def is_quote_token(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0


def _is_quote_char(character: str) -> bool:
    return character in QUOTE_CHARACTERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and clause punctuation (not quotation marks or brackets)."""
    while start < end and text[start] in _TRIM_CHARACTERS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARACTERS:
        if text[end - 1] == "." and _ABBREVIATION.fullmatch(text[max(start, text.rfind(" ", start, end) + 1):end]):
            break  # the period of "N.C." or "Jr." belongs to the word
        end -= 1
    return start, end


def _snap_to_quotes(text: str, start: int, end: int, layout: _Layout) -> tuple[int, int]:
    """Widen ``start:end`` to the quotation marks around it when only marks and punctuation are
    missing; a quote running over several paragraphs is taken whole. Quoted words opened inside the
    content, after words of its own, run on to their closing mark: 'told reporters that the deal “is
    not everything we wanted, but it is a start”' is one statement, though the parser ends the clause
    at the comma (round 47)."""
    for quoted in layout.quotes_between(start, end):
        for index, (a, b) in enumerate(quoted.pieces):
            if b <= start or a >= end:
                continue
            if a < start and not any(c.isalnum() for c in text[a:start]):
                start = a
            if b > end and not any(c.isalnum() for c in text[end:b]):
                end = b
            elif b > end and quoted.closed and len(quoted.pieces) == 1 and start < a and any(c.isalnum() for c in text[start:a]) and any(c.isalnum() for c in text[a:end]):
                end = b
            if end >= b and index < len(quoted.pieces) - 1:
                end = quoted.end  # the quote carries on in the next paragraphs
    return start, end


def _trailing_conjunction(text: str, start: int, end: int) -> int | None:
    """Where a conjunction closing ``text[start:end]`` begins (its space), or None."""
    tail_start = max(start, end - _CONJUNCTION_TAIL)
    found = _TRAILING_CONJUNCTION.search(text, tail_start, end)
    return found.start() if found is not None else None


def _subtree_bounds(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)


def _participle_phrase(token: Token) -> bool:
    """A participle heading a modifier phrase ("X, speaking to the BBC, said"), wherever the parser hung it."""
    return token.tag_ == "VBG" and token.dep_ in ("acl", "advcl")


def _reporting_participle(token: Token) -> bool:
    """", adding that…", ", saying…": a participle of speech that reports one more statement."""
    return token.tag_ == "VBG" and token.lemma_.lower() in SPEECH_VERBS and token.i > 0 and token.nbor(-1).text == ","


def _clause_start(root: Token) -> int:
    """Where a complement's content starts: its subtree, without a leading "that" (also one the parser hung
    elsewhere in the clause but tagged a complementizer: "said in a post on X that the programme was
    “working”", round 45)."""
    left = root.left_edge
    if left.lower_ == "that" and left.i < root.i and (left.dep_ == "mark" and left.head.i == root.i or left.tag_ == "IN"):
        return left.nbor(1).idx
    return left.idx


def _setting_read_as_subject(token: Token) -> bool:
    """The day a frame is set on, which the parser made a subject of a verb that has a later subject
    of its own ("Thursday at Clemson University, after winning the primary, Gov. Ann Lee said", round
    34): the later subject speaks."""
    return token.ent_type_ in ("DATE", "TIME")


def _label_before_colon(token: Token) -> bool:
    """Whether a word the parser took for a subject is a label closing with a colon, ahead of the clause
    with the real subject: "Exclusive: Carmaker weighs closing plant, sources say" (round 37)."""
    after = token.right_edge.i + 1
    return after < len(token.doc) and token.doc[after].text == ":"


def _dateline_like(token: Token) -> bool:
    """A dateline the parser made a subject ("PORT SUDAN, Nov. 29 (Wire) — Sudan's army accused"):
    an all-capitals place opening the sentence, or a word whose phrase ends in a dash."""
    return (token.is_upper and len(token.text) > 1 and token.left_edge.i == sentence_start_of(token)) or any(c.dep_ == "punct" and c.text in ("\u2014", "\u2013", "--") for c in children_of(token))


def _relative_clause(root: Token) -> bool:
    """A clause that opens with a preposition and a relative pronoun ("through which", "for whom")
    modifies a noun: it is never what someone said, whatever the parse calls it."""
    first = root.left_edge
    if first.tag_ != "IN" or first.i + 1 >= len(first.doc):
        return False
    return first.nbor(1).lower_ in ("which", "whom", "whose")


def _mention_bounds(token: Token) -> tuple[int, int]:
    """The noun phrase a speaker token heads, without its relative clauses or appositions."""
    left = token
    for child in lefts_of(token):
        if child.dep_ in _NOUN_PHRASE_LEFT and child.left_edge.i < left.i:
            left = child.left_edge
    right = token
    for child in rights_of(token):
        if child.dep_ in ("compound", "flat", "case", "nummod") and child.i == right.i + 1:
            right = child
    place = group_place(token)
    if place is not None:  # "Some in Dakar say…": the share of people is named with its place (round 23)
        right = place.right_edge
    group = group_of_share(token)
    if group is not None:  # "one of the people said…": named with the group it is one of (round 38)
        right = group
    workplace = _workplace_of(token)
    if workplace is not None:  # "Analysts at Citi said…": named with where they work, as claims name them (round 39)
        right = workplace
    if token.ent_type_ == "ORG":
        # "The Organization of American States urged…": the tagged name runs on past the head's "of" (round 20)
        doc = token.doc
        while right.i + 1 < len(doc) and doc[right.i + 1].ent_iob_ == "I" and doc[right.i + 1].ent_type_ == "ORG":
            right = doc[right.i + 1]
    start, end = left.idx, right.idx + len(right.text)
    if left.i < token.i:
        # "12:50 GMT - A senior Israeli official said…": the parser hangs a live blog's time stamp on the
        # speaker; the mention starts after it, as the claim's source does (round 40)
        start = min(after_stamp_near(doc_text(token.doc), start, end), token.idx)
    return start, end


# Endings of plural nouns for people by trade or role ("analysts", "economists", "officials", "researchers").
_PEOPLE_ENDINGS = ("ists", "ysts", "ians", "ers", "ors", "ants", "ents", "ials", "crats", "ees")
_WORKPLACE_PREPOSITIONS = frozenset({"at", "from", "with"})


def _workplace_of(token: Token) -> Token | None:
    """The name of where unnamed people work, right after their plural noun: "Citi" of "Analysts at Citi said…",
    "the Élysée" of "Officials at the Élysée argue…" (round 39, as ``claims._affiliation`` names a source): the
    object of an "at"/"from"/"with" right after the noun, when that object is a name. Reads the next two tokens."""
    if token.pos != NOUN or token.tag_ != "NNS" or not token.lower_.endswith(_PEOPLE_ENDINGS) or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = token.doc
    if token.i + 2 >= len(doc):
        return None
    prep = doc[token.i + 1]
    if prep.lower_ not in _WORKPLACE_PREPOSITIONS or prep.dep_ != "prep" or prep.head.i != token.i:
        return None
    name = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return name if name is not None and (name.pos == PROPN or name.ent_type_ in ("ORG", "GPE", "FAC")) else None


def author_of(token: Token) -> Token:
    """Who stands behind a document named as a source: "a report by X", "figures from X",
    "a statement released by X", "an internal X report" (not "a report seen by Y", its reader); the
    token itself when the text does not say."""
    if token.lemma_.lower() not in DOCUMENT_NOUNS:
        return token
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            pobj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() not in DOCUMENT_NOUNS and (child.lower_ != "of" or pobj.ent_type_):
                return pobj
        elif child.dep_ == "acl" and child.lemma_.lower() not in DOCUMENT_READER_VERBS and not _content_clause(child):
            for grandchild in children_of(child):
                if grandchild.dep_ in ("agent", "prep") and grandchild.lower_ in ("by", "from"):
                    pobj = next((c for c in children_of(grandchild) if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        elif child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    # "an internal UNMISS report", "the IMF statement": a name in front, when it is one whole entity
    # (not "a USA TODAY analysis" read as a place and a date, nor a headline's "New Poll")
    named = [c for c in children_of(token) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    if named:
        first, last = named[0].left_edge.i, named[-1].i
        words = token.doc[first:last + 1]
        if words[0].ent_iob_ == "B" and all(w.ent_iob_ == "I" for w in words[1:]) and words[0].ent_type_ in ("ORG", "GPE", "NORP") and (last + 1 >= len(token.doc) or token.doc[last + 1].ent_iob_ != "I"):
            return named[-1]
    return token


def _content_clause(clause: Token) -> bool:
    """Whether a clause on a document noun is its content ("a statement that the crossing would be
    watched by additional staff"), with its own subject or "that", not a participle telling who put
    the document out ("a statement issued by the ministry"): the "by" of content names no author (round 27)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(clause))


def find_speaker(cue: Token, quote_of: list[int] | None = None) -> tuple[Token | None, str]:
    """Who a cue word attributes its content to, and how that was found.

    The subject of the cue verb; the agent of a passive ("was reported by X"); the possessor of a
    noun cue ("X's claim"); climbing through "declined to say", "went on to say", "X smiled and
    said", "Speaking to the Times, X warned", "was quoted as saying".
    """
    if (_reporting_participle(cue) or _naming_participle(cue)) and cue.dep_ in ("advcl", "conj"):
        # "The ministry said the talks had stalled, saying that…": the participle the parser hung on
        # the reported clause still speaks for whoever reports it; so does a naming one ("Malawi
        # demanded that Tanzania lift the ban, calling the measure “…”": Malawi calls it so, round 18)
        holder = cue.head
        while holder.dep_ in ("ccomp", "conj") and holder.head.i != holder.i and holder.lemma_.lower() not in _SPEECH_OR_BELIEF:
            holder = holder.head
        if holder.i != cue.head.i and holder.pos == VERB and holder.lemma_.lower() in _SPEECH_OR_BELIEF:
            return find_speaker(holder, quote_of)
    content = cue.head
    if cue.dep_ == "conj" and content.dep_ == "ccomp" and content.head.i != content.i and content.head.pos == VERB:
        next_verb = _speakers_next_verb(content.head, content)
        if next_verb is not None and next_verb.i == cue.i:
            # "said the deal was “a sovereign decision” and accused Vilnius of “whipping up hysteria”": the
            # speaker's next verb, which the parser hung on the content, is the speaker's (round 37)
            return find_speaker(content.head, quote_of)
    demanded = cue.head
    if (
        cue.dep_ == "conj" and cue.tag_ == "VBD" and demanded.tag_ == "VB" and demanded.dep_ == "ccomp"
        and not any(c.dep_ == "aux" for c in children_of(demanded)) and demanded.head.lemma_.lower() in _SPEECH_OR_BELIEF
    ):
        # "X demanded that Bissau release the men and called the shooting “…”": a past tense joined to the
        # bare verb of what was demanded is the demander's own second act, read as a conjunct of the
        # demand's content (round 27)
        return find_speaker(demanded.head, quote_of)
    if (
        cue.dep_ == "acl" and cue.tag_ in ("VBN", "VBD") and cue.head.dep_ == "ROOT" and cue.head.pos in (NOUN, PROPN)
        and cue.head.i < cue.i and any(c.dep_ == "ccomp" for c in children_of(cue))
    ):
        # "A Quinnipiac poll found last week that…" parsed as a noun modified by "found": the sentence
        # has no verb of its own, so the noun is the cue's subject
        return cue.head, "subject"
    token = cue
    for _ in range(4):
        subject = passive = agent = possessor = None
        for child in children_of(token):
            dep = child.dep_
            if dep == "agent":
                agent = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            elif dep in _SUBJECT_DEPS and (
                subject is None
                or (subject.tag_ in ("WDT", "WP") or _dateline_like(subject) or _setting_read_as_subject(subject) or _label_before_colon(subject)) and child.i > subject.i
                or subject.i < child.i < token.i and interrupts_content(token)  # "Nigeria, the official said, had ignored…": the nearer (round 18)
            ):
                if quote_of is not None and quote_of[child.i] >= 0 and quote_of[child.i] != quote_of[cue.i]:
                    # a noun inside the quote the parser took for the cue's subject; a name it set beside
                    # that noun outside the quote is the subject ("“…knew Ion,” Sergiu Bălan… told", round 20)
                    child = next((a for a in children_of(child) if a.dep_ == "appos" and a.pos == PROPN and quote_of[a.i] == quote_of[cue.i]), None)
                    if child is None:
                        continue
                subject = reporter_after_citing(child, token) or child  # "companies, which she said carried…": "she" speaks
            elif dep == "nsubjpass" and passive is None:
                passive = child
            elif dep == "poss" and possessor is None:
                possessor = child
        if token.i != cue.i and token.lemma_.lower() in QUOTING_VERBS:
            # "Interfax quoted the minister as saying…", "the minister was quoted by Interfax as
            # saying…": the minister speaks, the agency relays (_channels)
            quoted = next((c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")), None)
            if quoted is not None:
                return quoted, "quoted"
        if agent is not None:
            return agent, "agent"
        if subject is not None:
            return frame_subject_set_inside(token, _hyphen_split_subject(token, named_after_dateline(_noun_of_participle_subject(subject)))), "subject"
        if token.i == cue.i:
            asked = subject_of_question_aside(token)
            if asked is not None:
                return asked, "subject"
        if token.pos in (NOUN, PROPN):
            if possessor is not None:
                return possessor, "possessor"
            by = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            pobj = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None:
                return pobj, "by"
            if token.dep_ == "dobj" and token.head.pos == VERB:
                token = token.head  # "X issued a statement that…"
                continue
            if token.dep_ == "pobj" and token.head.head.pos == VERB:
                token = token.head.head  # "In a statement, X said…" is handled by the verb; "X spoke of a plan"
                continue
            return None, "none"
        if passive is not None:
            return passive, "passive"
        if token.i == cue.i:
            adjacent = _adjacent_subject(token)
            if adjacent is not None:
                return adjacent, "adjacent"
            inverted = _inverted_object(token, quote_of)
            if inverted is not None:
                return inverted, "inverted"
        dep = token.dep_
        if dep in _CLIMB_DEPS and token.head.i != token.i:
            token = token.head
        elif dep == "pcomp" and token.head.head.i != token.head.i:
            token = token.head.head
        elif (token.i != cue.i and _finite_verb_read_as_modifier(token)) or (token.i == cue.i and _after_relative_aside(token)):
            # "Turkey's trade minister, Selim Aydoğan, accused Tbilisi of… and said…": the parser made the
            # minister the root and "accused" its modifier; the minister is the subject of both (round 20);
            # so is the cue itself after a relative clause set off by commas ("The Niger Basin Authority,
            # which is meant to…, called on…", round 29)
            return token.head, "subject"
        else:
            break
    return None, "none"


def _hyphen_split_subject(verb: Token, subject: Token) -> Token:
    """The last word of a subject the parser split at its hyphen into several subjects of the verb:
    "Its vice-president, Olivier Ranaivo, said…" read as the subjects "vice", "-" and "president",
    of which the last carries the name set beside it (round 22), and of a title read as a subject of its
    own beside the name that follows it (round 47)."""
    doc = verb.doc
    while subject.i + 2 < verb.i and doc[subject.i + 1].text in ("-", "‐") and doc[subject.i + 2].head.i == verb.i and doc[subject.i + 2].dep_ == subject.dep_:
        subject = doc[subject.i + 2]
    if subject.i + 2 < verb.i and doc[subject.i + 1].text == "," and subject.pos == NOUN:
        # "Their co-leader, Lars Berg, who is also finance minister, told…": the name set beside the last part,
        # read as one more subject of the verb, is the speaker's (round 38)
        name = next((c for c in children_of(verb) if c.dep_ == subject.dep_ and c.pos == PROPN and c.left_edge.i == subject.i + 2), None)
        if name is not None:
            return name
    if subject.pos == NOUN:
        # "Retired admiral Rommel Ong said…" read as two subjects, the title and the name right after it:
        # the name is the speaker (round 47)
        name = next((c for c in children_of(verb) if c.dep_ == subject.dep_ and c.pos == PROPN and c.left_edge.i == subject.i + 1), None)
        if name is not None:
            return name
    return subject


def _noun_of_participle_subject(subject: Token) -> Token:
    """The noun a participle describes when the parser made the participle the clause's subject and the
    noun the participle's: "Motorists queuing for fuel in Lagos said…" is the motorists (round 47)."""
    if subject.dep_ == "csubj" and subject.tag_ == "VBG":
        noun = next((c for c in children_of(subject) if c.dep_ == "nsubj" and c.i < subject.i and c.pos in (NOUN, PROPN)), None)
        if noun is not None:
            return noun
    return subject


def _reduced_participle(clause: Token) -> bool:
    """Whether a noun's clause is a bare past participle ("a statement issued in Accra", "accords signed in
    2018"), not a content clause the parser hung on the noun ("said in a statement that the pair had
    entered…", "…that it would be kept…"), which has a subject, an auxiliary or "that"."""
    return clause.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(clause))


def _hedged_subject_read_as_preposition(cue: Token, root: Token) -> Token | None:
    """The "about" or "around" right after a verb of saying that the parser read as its preposition, taking
    the hedged number that is the subject of the content clause with it: "saying about half of drivers had
    joined the strike" (the clause then has no subject); None otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children_of(root)):
        return None
    hedge = next((c for c in children_of(cue) if c.dep_ == "prep" and c.lower_ in ("about", "around") and c.i == cue.i + 1), None)
    if hedge is None or hedge.right_edge.i + 1 != root.left_edge.i:
        return None
    return hedge


def _participle_describing(noun: Token, clause: Token) -> bool:
    """Whether a noun's clause is a bare present participle describing the noun ("about 4,000 people
    walking between the temple towns", "trucks carrying maize"): any noun with a clause is a cue
    candidate, but only a report noun ("a statement saying…") or a verb of saying, believing or
    naming holds what someone said."""
    return (
        clause.tag_ == "VBG" and noun.lemma_.lower() not in REPORT_NOUNS and clause.lemma_.lower() not in _SPEECH_BELIEF_OR_NAMING
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(clause))
    )


def _finite_verb_read_as_modifier(verb: Token) -> bool:
    """Whether the parser read a sentence's finite past verb as a modifier of the noun before it, which
    it made the sentence's root: "Turkey's trade minister, Selim Aydoğan, accused Tbilisi of…" (a
    participle modifier would be tagged VBN: "a minister accused of fraud")."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos in (NOUN, PROPN) and head.i < verb.i


def _after_relative_aside(verb: Token) -> bool:
    """Whether a past verb the parser read as a modifier of the root noun (tagged past tense or
    participle) follows a relative clause of that noun set off by commas, so that it is the sentence's
    verb: "The authority, which is meant to coordinate releases, called on…"."""
    head = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.pos in (NOUN, PROPN)
        and head.i < verb.i and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "relcl" and head.i < c.i < verb.i for c in children_of(head))
    )


def _naming_participle(token: Token) -> bool:
    """", calling the measure “…”", ", describing it as…": a participle of naming set off by a comma."""
    return token.tag_ == "VBG" and token.lemma_.lower() in NAMING_VERBS and token.i > 0 and token.nbor(-1).text == ","


def _adjacent_subject(verb: Token) -> Token | None:
    """A noun phrase right before a subjectless verb, misattached by the parser ("In Vilnius,
    Minister X said…" parsed with X in apposition to Vilnius), also across a participle set off by
    commas ('..." X, speaking to the BBC, said')."""
    index = verb.i - 1
    doc = verb.doc
    sentence_start = sentence_start_of(verb)
    while index >= sentence_start and doc[index].dep_ in ("advmod", "neg", "aux") and doc[index].head.i == verb.i:
        index -= 1
    if index < sentence_start:
        return None
    if doc[index].text == ",":
        # '..." Vaitkus, speaking to the New York Times, said': step over the participle set off by commas
        participle = next((t for t in token_objects(doc)[sentence_start:index] if _participle_phrase(t) and t.right_edge.i == index - 1), None)
        if participle is None and index - 1 >= sentence_start and _is_quote_char(doc[sentence_start].text[0]):
            # '“…,” Ansel Voorde, who sells bread by the town hall, told…': step over the relative clause
            # that describes the speaker of a quote, as over a participle (round 20)
            participle = next((t for t in token_objects(doc)[sentence_start:index] if t.dep_ == "relcl" and t.right_edge.i == index - 1), None)
        if participle is not None and participle.left_edge.i == sentence_start and _named_at_participle_end(doc[index - 1]):
            # "Speaking to the Courier, the commander of the navy, Admiral Ana Ruiz, said…": the parser hung
            # the speaker's name on the opening participle; the name closing it speaks (round 22)
            return doc[index - 1]
        if participle is not None:
            index = participle.left_edge.i - 1
            if index >= sentence_start and doc[index].text == ",":
                index -= 1
        elif (
            verb.tag_ in ("VBD", "VBZ", "VBP") and index - 1 >= sentence_start and doc[index - 1].dep_ == "appos"
            and doc[index - 1].pos in (NOUN, PROPN) and doc[index - 1].ent_type_ not in ("GPE", "LOC", "FAC")
        ):
            # "…, the agency's director, Marek Dvořáček, said": the closing frame's subject was read as
            # an apposition of the last noun of the content; the name set off right before speaks
            return doc[index - 1]
        if index < sentence_start:
            return None
    token = doc[index]
    if _age_noun_end(token) and token.dep_ in ("amod", "nsubj", "npadvmod") and token.head.i > token.i:
        return token  # '"…," the 44-year-old told reporters' parsed as one noun phrase "… told reporters"
    if token.ent_type_ in ("DATE", "TIME"):
        return None  # 'released a statement Tuesday questioning…': a time, not a speaker
    if token.pos in (NOUN, PROPN) and token.dep_ in ("appos", "pobj", "conj", "npadvmod", "dobj") and token.head.i < token.i:
        return token
    return None


def _named_at_participle_end(token: Token) -> bool:
    """Whether the last word of an opening participle phrase is a person's name the parser attached to
    the phrase (``_adjacent_subject``, round 22)."""
    return token.pos == PROPN and token.ent_type_ == "PERSON" and token.dep_ in ("npadvmod", "appos", "conj")


def _age_noun_end(token: Token) -> bool:
    """The last word of "the 44-year-old" or "a 19-year-old", used as a noun for a person: the "old"
    of a hyphenated age (``coref.age_word_first``) with a determiner in front."""
    first = age_word_first(token)
    return first is not None and first.i > 0 and token.doc[first.i - 1].lower_ in ("the", "a", "an")


def _inverted_object(verb: Token, quote_of: list[int] | None) -> Token | None:
    """The speaker of an inverted cue right after the closing quote mark, which the parser took
    for the verb's object: '"…," added another New Hampshire Republican.' (a finite speech verb
    outside the quote, with no subject of its own)."""
    if quote_of is None or verb.i < 2 or verb.tag_ not in ("VBD", "VBZ", "VBP") or quote_of[verb.i] >= 0:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS or lemma == "tell":
        return None
    before = verb.doc[verb.i - 1]
    if before.text == ",":
        before = verb.doc[verb.i - 2]
    if not (before.is_punct and _is_quote_char(before.text[-1]) and quote_of[before.i] >= 0):
        return None
    for child in rights_of(verb):
        if child.dep_ == "dobj" and child.pos in (NOUN, PROPN):
            return child
        if not (child.is_punct or child.dep_ in ("advmod", "npadvmod")):
            return None
    return None


def _speaker_kind(token: Token | None) -> str:
    if token is None:
        return "none"
    if token.lower_ in _RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT"):
        return "relative"
    if token.pos_ == "PRON":
        return "pronoun"
    if token.ent_type_:
        return token.ent_type_
    if token.pos == PROPN:
        return "propn"
    return "noun"


def _length_bucket(tokens: int) -> str:
    for limit, name in ((1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15"), (40, "16-40")):
        if tokens <= limit:
            return name
    return "41+"


def _coarse_length(tokens: int) -> str:
    """Three length classes: per relation, finer buckets are too sparse to learn from."""
    return "short" if tokens <= 3 else "medium" if tokens <= 15 else "long"


def _cue_class(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos in (NOUN, PROPN):
        return "report_noun" if lemma in REPORT_NOUNS else "noun"
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in BELIEF_VERBS:
        return "belief"
    return "verb"


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class Candidate:
    """One possible quote: its cue, content pieces (character spans) and speaker token. ``act``: the
    content reports an act, not a proposition (``_reports_an_act``): selected like any candidate so
    that nothing inside it is read as a quote, then left out (``add_uncued``)."""

    cue: Token | None
    cue_tokens: tuple[Token, ...]
    pieces: list[tuple[int, int]]
    relation: str
    speaker: Token | None
    features: list[str] = field(default_factory=list)
    score: float = 0.0
    via: list[Token] = field(default_factory=list)
    act: bool = False
    start: int = field(init=False)
    end: int = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.pieces[0][0]
        self.end = self.pieces[-1][1]


class _CandidateBuilder:
    """Proposes the candidates of one document."""

    def __init__(self, layout: _Layout):
        self.layout = layout
        self.doc = layout.doc
        self.text = layout.text
        after_comma = np.flatnonzero(layout.columns[:-1, 2] == layout.doc.vocab.strings.add(",")) + 1  # only these can qualify
        self.participles = [i for i in after_comma.tolist() if _reporting_participle(layout.doc[i])]
        self.dateline_end = dateline_end(layout.text)  # "BELGRADE (AP) —" is no part of what anyone said
        self.by_key: dict[tuple[int, int, int], Candidate] = {}
        self.furniture: dict[int, bool] = {}  # whether the line starting there is a page's furniture

    def _content(self, start: int, end: int) -> tuple[int, int] | None:
        if start < self.dateline_end < end:
            start = self.dateline_end
        start = after_paragraph_stamp(self.text, start, end, labels=True)  # "13:40 GMT — ", "Lima (AFP) - ", "Nigeria: " (round 38)
        start, end = _trim(self.text, start, end)
        if end <= self.layout.headline_end and (semicolon := self.text.find(";", start, end)) > start and not self._quoted_at(semicolon):
            # "Belarus says Russian warheads have arrived; Poland and Lithuania protest": a headline joins its
            # items with a semicolon, and the one after it is not what was said, as claims read it (round 40)
            start, end = _trim(self.text, start, semicolon)
        if (conjunction := _trailing_conjunction(self.text, start, end)) is not None:
            start, end = _trim(self.text, start, conjunction)
        if (aside := trailing_aside(self.text, start, end)) is not None:
            start, end = _trim(self.text, start, aside)  # "…, in an interview with the FT", "…, without giving evidence" (round 39)
        if end <= start:
            return None
        return _snap_to_quotes(self.text, start, end, self.layout)

    def _quoted_at(self, position: int) -> bool:
        """Whether the character at ``position`` lies inside quote marks."""
        return self.layout.quote_of[self.layout.token_range(position, position + 1)[0]] >= 0

    def add(self, cue: Token, cue_tokens: tuple[Token, ...], pieces: list[tuple[int, int]], relation: str,
            speaker: Token | None, how: str, content_root: Token | None, extra: tuple[str, ...] = (), act: bool = False) -> None:
        if all_told(cue):
            return  # "All told, the storm destroyed 300 homes": "in all", nobody tells (round 34)
        line_start = self.text.rfind("\n", 0, cue.idx) + 1
        if line_start not in self.furniture:
            self.furniture[line_start] = is_furniture_line(self.text, line_start)
        if self.furniture[line_start]:
            return  # "Related: Power prices among Europe's highest": a link to another story, as for claims (round 37)
        if speaker is not None:
            pieces = self._without_speaker(pieces, speaker)
        if pieces:
            pieces = [(self._after_cue_time(cue, pieces[0]), pieces[0][1]), *pieces[1:]]
        pieces = [p for p in pieces if p[1] > p[0]]
        if not pieces:
            return
        holder = self.layout.quote_of[cue.i]
        if holder >= 0:
            quoted = self.layout.spans[holder]
            if quoted.closed and quoted.start <= pieces[0][0] and pieces[-1][1] <= quoted.end:
                return  # speech reported inside someone's quote belongs to that quote
        candidate = Candidate(cue, cue_tokens, pieces, relation, speaker, act=act)
        key = (cue.i, candidate.start, candidate.end)
        features = self._features(candidate, how, content_root)
        features.extend(extra)
        existing = self.by_key.get(key)
        if existing is not None:
            existing.features = sorted(set(existing.features) | set(features))
            existing.act = existing.act and act
            return
        candidate.features = features
        self.by_key[key] = candidate

    def _after_cue_time(self, cue: Token, piece: tuple[int, int]) -> int:
        """Where a content starts when the parser gave it the time of its cue: in "said on Monday they had
        stopped 340 crossings" the date tells when it was said (wire style puts it right after the verb),
        though the parser may hang it on "stopped"; the content starts at "they"."""
        following = cue.i + 1
        if following >= len(self.doc) or self.doc[following].idx != piece[0]:
            return piece[0]
        after = subject_after_cue_time(cue)
        if after is None:
            return piece[0]
        return max(piece[0], min(after.idx, piece[1]))

    def _clause_end(self, root: Token, to_sentence_end: bool = False) -> int:
        """Where a complement's content ends: its subtree (or, ``to_sentence_end``, the rest of its
        sentence), up to a participle of speech that reports more ("…that Moscow “will not tolerate”
        provocations, adding that the exercises were defensive": a second statement, a quote of its
        own, wherever the parser hangs it)."""
        if to_sentence_end:
            sentence = root.sent
            last, end = sentence.end - 1, sentence.end_char
            frame = _trailing_frame_comma(root, last)
            if frame is None and _summing_up_after(root.right_edge):
                # "said it was willing to hold talks, a sign that Beijing…": the writer's summing-up (round 39)
                frame = root.right_edge if root.right_edge.text == "," else self.doc[root.right_edge.i + 1]
            if frame is not None:  # "…that the market was balanced, Interfax news agency reported." (round 39)
                last, end = frame.i - 1, frame.idx
        else:
            last, end = root.right_edge.i, _subtree_bounds(root)[1]
        k = bisect.bisect_right(self.participles, root.i)
        if k < len(self.participles) and self.participles[k] <= last:
            end = min(end, self.doc[self.participles[k] - 1].idx)
        return end

    def _without_speaker(self, pieces: list[tuple[int, int]], speaker: Token) -> list[tuple[int, int]]:
        """The content cut where its own speaker begins: a content never holds who says it, though the
        parser can hang '..." Vaitkus, speaking to the New York Times, said' under the quoted clause."""
        at = _mention_bounds(speaker)[0]
        kept = []
        for start, end in pieces:
            if start <= at < end:
                kept.append(_trim(self.text, start, at))
                break
            kept.append((start, end))
        return kept

    def _features(self, candidate: Candidate, how: str, content_root: Token | None) -> list[str]:
        cue = candidate.cue
        layout, text = self.layout, self.text
        lemma = cue.lemma_.lower()
        relation = candidate.relation
        cue_class = _cue_class(cue)
        speaker_kind = _speaker_kind(candidate.speaker)
        start, end = candidate.start, candidate.end
        first, last = layout.token_range(start, end)
        length = _length_bucket(last - first)
        quoted = layout.quote_around(start, end)
        if quoted is not None and quoted.start == start and quoted.end == end:
            quote_kind = "whole"
        elif any(_is_quote_char(text[a]) or _is_quote_char(text[b - 1]) for a, b in candidate.pieces):
            quote_kind = "edge"
        elif layout.quoted_tokens_in(start, end):
            quote_kind = "inside" if quoted is not None else "some"
        else:
            quote_kind = "none"
        tag = cue.tag_
        features = [
            f"rel={relation}",
            f"lemma={lemma}",
            f"lemma|rel={lemma}|{relation}",
            f"class={cue_class}",
            f"class|rel={cue_class}|{relation}",
            f"tag={tag}",
            f"tag|rel={tag}|{relation}",
            f"cuedep={cue.dep_}",
            f"speaker={speaker_kind}",
            f"speaker|rel={speaker_kind}|{relation}",
            f"speaker|class={speaker_kind}|{cue_class}",
            f"how={how}",
            f"len={length}",
            f"len|rel={_coarse_length(last - first)}|{relation}",
            f"quote={quote_kind}",
            f"quote|rel={quote_kind}|{relation}",
            f"quote|class={quote_kind}|{cue_class}",
            f"parts={min(len(candidate.pieces), 3)}",
        ]
        children = list(children_of(cue))  # each walk over Token.children builds new Token objects
        if any(c.dep_ == "neg" for c in children):
            features.append("negated")
        if layout.quote_of[cue.i] >= 0:
            features.append("cue_in_quote")
            features.append(f"cue_in_quote|rel={relation}")
        if content_root is not None:
            root_pos = content_root.pos_
            features.append(f"root={root_pos}")
            features.append(f"root|rel={root_pos}|{relation}")
            features.append(f"lemma|root={lemma}|{root_pos}")
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(content_root)):
                features.append("that")
            if content_root.ent_type_:
                features.append(f"root_ent|rel={content_root.ent_type_}|{relation}")
        if candidate.speaker is not None:
            features.append(f"lemma|speaker={lemma}|{speaker_kind}")
        if cue.i > 0 and cue.nbor(-1).lower_ in _CUE_ADVERBS:
            features.append("cue_adverb")
        first_word = text[start:min(end, start + 12)].split(None, 1)[0].lower() if end > start else ""
        if first_word in _OPENING_WORDS:
            features.append(f"opens={first_word}|{relation}")
        if content_root is not None and relation in _NOMINAL_RELATIONS:
            features.append(f"lemma|object={lemma}|{content_root.lemma_.lower()}")
        for child in children:
            child_dep = child.dep_
            if child_dep == "aux" and child.lower_ in _MODAL_AUXILIARIES:
                features.append(f"modal|class={cue_class}")
            elif child_dep == "prt":
                features.append(f"particle={lemma}_{child.lower_}")
        if candidate.speaker is not None and candidate.speaker.lemma_.lower() in DOCUMENT_NOUNS:
            features.append(f"document_speaker|lemma={lemma}")
        return features

    # -- the candidate kinds

    def complements(self, cue: Token) -> None:
        """``X said (that) …``, ``X warned …``, ``X called for …``, ``X's claim that …``."""
        is_noun = cue.pos in (NOUN, PROPN)
        deps = _NOUN_COMPLEMENT_DEPS if is_noun else _COMPLEMENT_DEPS
        speaker, how = None, ""
        children = children_of(cue)
        if not is_noun:
            # "told reporters as he left that he had “listened politely”": what the speech verb says (round 45)
            children = [*children, *content_hung_on_time_clause(cue)]
        for child in children:
            dep = child.dep_
            if dep == "conj" and not is_noun and _second_content_clause(cue, child):
                dep = "ccomp"  # "told reporters that A, and that B": B is said as A is (round 27)
            if dep == "ccomp" and cue.dep_ == "advcl" and child in content_hung_on_time_clause(cue.head):
                continue  # read with the speech verb the time clause hangs on (above)
            if dep in deps:
                if is_noun and dep == "acl" and _reduced_participle(child):
                    continue  # "an agreement signed in May", "a statement issued in Accra": how the text came about (round 24)
                if is_noun and dep == "acl" and _participle_describing(cue, child):
                    continue  # "stranded 4,000 people walking between the temple towns": who they are (round 47)
                root, relation, cue_tokens = child, dep, (cue,)
            elif dep == "prep" and not is_noun and (clause := _that_clause_on_setting(cue, child)) is not None:
                root, relation, cue_tokens = clause, "ccomp", (cue,)
            elif dep == "prep" and child.lower_ in _CONTENT_PREPOSITIONS and (not is_noun or cue.lemma_.lower() in REPORT_NOUNS) and not _verb_between(cue, child):
                root = next((c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")), None)
                if root is None:
                    continue
                relation, cue_tokens = f"prep_{child.lower_}", (cue, child)
            else:
                continue
            if root.is_punct or root.is_space:
                continue
            if relation in ("ccomp", "xcomp") and _deed_with_clause(cue):
                continue  # "Malawi began withdrawing its soldiers", "troops let a convoy cross": done, not said (round 32)
            if not how:
                speaker, how = find_speaker(cue, self.layout.quote_of)
                if speaker is not None:
                    speaker = author_of(speaker)
            if relation == "nsubjpass" and (how == "passive" or (speaker is not None and speaker.i == root.i)):
                continue
            if relation == "ccomp" and _passive_topic_speaker(cue, speaker, how):
                continue  # "access would be considered “when trust is restored”": what is talked of, not who talks (round 31)
            if relation == "prep_to" and cue.lemma_.lower() in _ANSWERING_VERBS and root.lemma_.lower() in _INQUIRY_NOUNS:
                continue  # "did not respond to a request for comment": what was asked, not said (round 39)
            if relation == "dobj" and root.lemma_.lower() in CONVENED_NOUNS and not any(c.dep_ in ("oprd", "xcomp") for c in children_of(cue)):
                continue  # "called an emergency meeting", "called an election": convened, not said
            if relation == "dobj" and cue.lemma_.lower() in QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(cue)):
                continue  # "cited two sources as saying…": who is quoted, not what
            if (
                relation == "prep_as" and cue.lemma_.lower() not in _SPEECH_BELIEF_OR_NAMING | _EVALUATING_VERBS
                and any(c.dep_ in ("acl", "relcl") and c.pos == VERB for c in children_of(root))
            ):
                continue  # "banned construction as a thick smog settled over the city": when, not what (round 45)
            if relation == "xcomp" and cue.lemma_.lower() in _GOING_ON_VERBS and root.pos == VERB and root.lemma_.lower() in SPEECH_VERBS:
                continue  # "She went on to say that…": the verb of saying is the cue, its complement the content (round 39)
            if relation == "xcomp" and any(c.dep_ == "auxpass" for c in children_of(cue)):
                continue  # "Quill is expected to respond": nobody says so, and Quill is not the speaker
            if relation == "ccomp" and relaying_frame(root):
                continue  # "said the deficit would narrow, state media reported": who relays it, not what was said (round 39)
            if relation == "ccomp" and _relative_clause(root):
                continue  # "claims the sea, through which $3 trillion of trade passes": a misparsed relative
            if relation == "ccomp" and clause_joined_to_speaker(root, cue):
                continue  # "The peso fell…, and ratings agency Moody's warned that…": the writer's clause (round 41)
            if relation == "acl" and cue.lemma_.lower() not in REPORT_NOUNS and root.pos == VERB and root.lemma_.lower() in _SPEECH_BELIEF_OR_NAMING:
                # "UNHCR, the UN refugee agency, called on…", "Turkey's trade minister, Selim Aydoğan, accused…
                # and said…" read as a noun modified by its verb: the noun speaks, it is no cue (round 20)
                continue
            clause_end = self._clause_end(root)
            if relation == "ccomp" and (summing_up := _summing_up_inside(root)) is not None:
                clause_end = min(clause_end, summing_up.idx)  # "said it was ready to talk, a signal that…" (round 39)
            if relation == "ccomp" and (next_verb := _speakers_next_verb(cue, root)) is not None:
                clause_end = min(clause_end, next_verb.left_edge.idx)  # "said A and called on B": B is no part of A (round 37)
            if relation == "ccomp" and (other := named_others_statement(root)) is not None:
                clause_end = min(clause_end, other.left_edge.idx)  # "argue that A, and their leader X has called it B" (round 41)
            if relation.startswith("prep_") and any(c.dep_ == "auxpass" for c in children_of(cue)):
                # "was blamed for the deaths by the Fuel Carriers' Council, which said…": the agent the
                # parser hung on the object is no part of it, nor what the agent says (round 20)
                agent = next((c for c in children_of(root) if c.dep_ == "prep" and c.lower_ == "by"), None)
                if agent is not None and agent.i > root.i:
                    clause_end = min(clause_end, agent.idx)
            content = self._content(_clause_start(root), clause_end)
            if content is None:
                continue
            if relation == "ccomp" and (hedge := _hedged_subject_read_as_preposition(cue, root)) is not None:
                content = self._content(hedge.idx, content[1]) or content  # "saying about half of drivers had…" (round 47)
            if relation == "ccomp" and root.i < cue.i:
                content = self._whole_quote_before(cue, content)
            # "No group has said it carried out the raid": nobody is said to have said it (round 17)
            act = (
                _reports_an_act(cue, root, relation, quoted=self.layout.quoted_tokens_in(*content) > 0)
                or nobody_says(cue)
                or (cue.idx < self.layout.headline_end and _headline_deed(cue, relation))
            )
            opening = self._subject_before_frame(cue) if relation == "ccomp" and root.i > cue.i else None
            for pieces in self._split_coordinated(root, content):
                pieces = self._with_split_quote(cue, speaker, pieces) if opening is None else [opening, *pieces]
                self.add(cue, cue_tokens, pieces, relation, speaker, how, root, act=act)
            # "said Burma's reforms were not complete, and human rights groups warned…": a content whose subtree ends
            # in a conjunction was coordinated with what follows it, which it does not run on into (round 37)
            ends_in_conjunction = _trailing_conjunction(self.text, content[0], _trim(self.text, content[0], clause_end)[1]) is not None
            if relation == "ccomp" and root.i > cue.i and clause_end == _subtree_bounds(root)[1] and not _has_second_content_clause(cue, root) and not ends_in_conjunction:
                # The complement often runs on to the end of the sentence past its parsed subtree.
                extended_end = self._clause_end(root, to_sentence_end=True)
                if (other := named_others_statement(cue)) is not None and other.i > root.i:
                    extended_end = min(extended_end, other.idx)  # "said A, and Maria Lopez said B": not A's run-on (round 41)
                extended = self._content(content[0], extended_end)
                if extended is not None and extended[1] > content[1]:
                    self.add(cue, cue_tokens, [extended], relation, speaker, how, root, ("extended",), act=act)

    _RELAY_REACH = 30  # how many tokens after a verb of saying are read for an "according to" relay

    def _whole_quote_before(self, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
        """A complement that begins inside a quote and ends with it, the verb after the quote: the
        whole quoted paragraph. '"People are tired of promises. They want water," she said': the
        parser hangs only the last sentence on "said", yet everything inside the marks is what she
        said (round 41). A verb inside the marks ('"…, the army told us they would return," he said'), a
        verb that is not the first after the quote ('"…," Trump said, after Quick said…') and a quote relayed
        "according to" someone (whose the quote is, as for a quote of one sentence) quote nobody whole."""
        start, end = content
        if self.layout.quote_of[cue.i] >= 0:
            return content
        quoted = self.layout.quote_around(start, end)
        if quoted is None or quoted.end > cue.idx:
            return content
        piece_start, piece_end = next(((a, b) for a, b in quoted.pieces if a <= start < b), (start, end))
        if piece_end != end or piece_start >= start:
            return content
        doc = self.doc
        first, _ = self.layout.token_range(quoted.end, quoted.end + 1)
        if any(doc[i].pos == VERB for i in range(first, cue.i)):
            return content
        if any(t.lower_ == "according" for t in doc[cue.i + 1 : min(cue.sent.end, cue.i + self._RELAY_REACH)]):
            return content
        return piece_start, end

    def _subject_before_frame(self, cue: Token) -> tuple[int, int] | None:
        """The content's own subject standing before a frame set inside the content, as the content's
        first piece: "The change, the Gambian foreign ministry said in a note, “cuts a small country
        off…”" is one mixed quote of the ministry's, "The change" and the quoted predicate (round 20,
        ``cues.content_subject_before_frame``). None when the frame does not interrupt its content."""
        subject = content_subject_before_frame(cue)
        if subject is None:
            return None
        last = subject.right_edge
        apposition = next((c for c in children_of(subject) if c.dep_ == "appos" and c.i > subject.i), None)
        if apposition is not None:
            last = self.doc[apposition.left_edge.i - 1]  # the comma before the speaker set beside it
        phrase = [t for t in self.doc[subject.left_edge.i : last.i + 1] if not t.is_punct]
        if not phrase:
            return None
        return self._content(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))

    def _split_coordinated(self, root: Token, content: tuple[int, int]) -> list[list[tuple[int, int]]]:
        """``said that A, and that B``: two propositions, each with its own "that", are two quotes."""
        second = None
        holder = root
        for _ in range(3):  # "said it respected “the right…” and that the base would…": hung on the inner clause (round 22)
            second = next(
                (c for c in rights_of(holder) if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))),
                None,
            )
            inner = next((c for c in rights_of(holder) if c.dep_ == "ccomp"), None)
            if second is not None or inner is None:
                break
            holder = inner
        if second is None:
            return [[content]]
        first_end = max((t.idx + len(t.text) for t in subtree_of(root) if t.i < second.left_edge.i and not t.is_punct and t.dep_ != "cc"), default=content[1])
        first = self._content(content[0], first_end)
        rest = self._content(_clause_start(second), content[1])
        return [[piece] for piece in (first, rest) if piece is not None]

    def content_read_as_subject(self, cue: Token) -> None:
        """``The 28 trucks crossed from Chad last week, WFP spokeswoman Leni Kinzli told reporters``: a content
        whose verb the parser read as a participle ("crossed" modifying "trucks") leaves the speech verb two
        subjects, the content's before a comma and the speaker's after it. The content is everything before
        that comma; the speaker, the second subject."""
        if cue.dep_ != "ROOT" or cue.lemma_.lower() not in _CONTENT_BEFORE_VERBS:
            return
        subjects = [c for c in children_of(cue) if c.dep_ == "nsubj" and c.i < cue.i]
        if len(subjects) != 2 or any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in children_of(cue)):
            return
        content_subject, speaker = subjects
        comma = speaker.left_edge.i - 1
        if comma <= content_subject.i or self.doc[comma].text != "," or content_subject.right_edge.i != comma - 1:
            return
        if not any(t.pos == VERB for t in self.doc[content_subject.i : comma]):
            return  # "The minister, Ana Ruiz, told reporters": an apposition, not a content
        content = self._content(self.doc[cue.sent.start].idx, self.doc[comma].idx)
        if content is not None:
            self.add(cue, (cue,), [content], "ccomp", author_of(speaker), "subject", content_subject)

    def verb_read_as_adjective(self, cue: Token) -> None:
        """``The 63-year-old said strikes last year had cost…``: after a described age the parser may read the
        verb of saying as an adjective of the content's subject ("said strikes"), leaving it no clause; the
        content is the clause that subject opens, the speaker the age (round 47)."""
        if cue.dep_ != "amod" or cue.tag_ != "VBD" or cue.lemma_.lower() not in SPEECH_VERBS or cue.i == 0:
            return
        subject, age = cue.head, self.doc[cue.i - 1]
        if subject.i <= cue.i or subject.dep_ not in ("nsubj", "nsubjpass") or not _age_noun_end(age):
            return
        root = subject.head
        content = self._content(self.doc[cue.i + 1].idx, self._clause_end(root))
        if content is not None:
            self.add(cue, (cue,), [content], "ccomp", age, "subject", root)

    def frame_read_as_modifier(self, cue: Token) -> None:
        """``The ministry plans to cut the royalty, three people familiar with the discussions told Reuters, a
        move that…``: the frame after the content's comma, read by the parser as a modifier ("told" as a
        participle of "discussions") of a phrase it set beside the content's subject (round 38). The speaker is
        the noun that opens the phrase after that comma; the content, everything before it. The verb must
        have no subject of its own, hang on a word inside the phrase rather than on its noun ("…, a plan
        announced last year" is a modifier), and the phrase have no comma between its noun and the verb."""
        if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or cue.lemma_.lower() not in _CONTENT_BEFORE_VERBS:
            return
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("ccomp", "nsubjpass", "auxpass") for c in children_of(cue)):
            return
        speaker = cue.head
        for _ in range(4):  # "people" ← "familiar" ← "with" ← "discussions" ← "told"
            if speaker.dep_ not in ("pobj", "prep", "amod", "acl") or speaker.head.i == speaker.i:
                break
            speaker = speaker.head
        comma = speaker.left_edge.i - 1
        if speaker.i == cue.head.i or speaker.lemma_.lower() in SUMMARY_NOUNS:
            return  # "…, a plan announced last year": a participle of the phrase's own noun is a modifier
        if speaker.pos not in (NOUN, PROPN) or speaker.dep_ != "appos" or comma <= cue.sent.start or self.doc[comma].text != ",":
            return
        if any(t.text == "," for t in self.doc[comma + 1 : cue.i]) or not any(t.pos in (VERB, AUX) for t in self.doc[cue.sent.start : comma]):
            return
        content = self._content(self.doc[cue.sent.start].idx, self.doc[comma].idx)
        if content is not None:
            self.add(cue, (cue,), [content], "ccomp", author_of(speaker), "subject", speaker.head)

    def inside(self, cue: Token) -> None:
        """``The economy, he said, is strong``, ``X will happen, Y announced``: the cue clause sits
        inside or after its content."""
        dep = cue.dep_
        after_content = dep == "conj" and cue.head.i < cue.i
        if (dep not in _INSIDE_DEPS and not after_content) or cue.head.i == cue.i or cue.lemma_.lower() not in _SPEECH_OR_BELIEF:
            return
        # whom one tells is no content: "The reform, she told senators, was needed…" (round 47)
        content_deps = ("ccomp", "xcomp") if cue.lemma_.lower() == "tell" else ("ccomp", "dobj", "xcomp")
        if any(c.dep_ in content_deps for c in children_of(cue)):
            return
        speaker, how = find_speaker(cue, self.layout.quote_of)
        if speaker is None or (speaker.head.i != cue.i and not (speaker.dep_ == "appos" and speaker.head.head.i == cue.i)):
            return
        sentence = cue.sent
        right = cue.right_edge
        speaker_start = _mention_bounds(speaker)[0]
        clause_start = min(cue.left_edge.idx, speaker_start)
        first = speaker.left_edge.i
        if not after_content and cue.left_edge.i < first and cue.doc[first - 1].text == ",":
            # "Nigeria, the official said, had ignored…": the content's subject the parser gave the
            # cue too is content; the frame starts at its speaker (round 18)
            clause_start = speaker_start
        if after_content:
            if cue.left_edge.i == 0 or cue.doc[cue.left_edge.i - 1].text != ",":
                return  # "X will deploy troops, Y announced": the clause follows a comma
            bounds = ((sentence.start_char, clause_start),)
        elif _summing_up_after(right):
            bounds = ((sentence.start_char, clause_start),)  # "…, two diplomats said, a step that would…" (round 38)
        else:
            bounds = ((sentence.start_char, clause_start), (right.idx + len(right.text), sentence.end_char))
        pieces = []
        for a, b in bounds:
            content = self._content(a, b)
            if content is not None and any(ch.isalnum() for ch in self.text[content[0]:content[1]]):
                pieces.append(content)
        self.add(cue, (cue,), pieces, f"inside_{cue.dep_}", speaker, how, cue.head)

    def viewpoint(self, noun: Token) -> None:
        """``In her view, the court will…``, ``In the view of the ministry, …``, ``In his experience, …``:
        a sentence opening with a phrase that names whose view it is gives the rest of the sentence to
        that holder (round 22; not "In my view", the writer's). ``The ministry's response was that…``,
        ``Nicosia's view is that…``: a holder's view, response or position said to be a clause gives
        it the clause."""
        doc = self.doc
        holder = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        preposition = noun.head
        if noun.dep_ == "pobj" and preposition.lower_ == "in" and noun.lemma_.lower() in VIEW_PHRASE_NOUNS["in"]:
            if holder is None:  # "in the view of the court"
                holder = next((o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"), None)
            sentence = preposition.sent
            after = preposition.right_edge.i + 1
            if doc[after - 1].text == "," and after - 1 > noun.i:
                after -= 1  # "In the view of X, a historian at Y, the…": the parser hung the closing comma on the phrase (round 23)
            if (
                holder is None
                or holder.lower_ in WRITER_HOLDERS
                or self.layout.quote_of[preposition.i] >= 0
                or after >= sentence.end
                or doc[after].text != ","
                or any(not (t.is_punct or t.dep_ == "cc") for t in doc[sentence.start:preposition.i])
            ):
                return
            content = self._content(doc[after].idx + 1, sentence.end_char)
            if content is not None:
                self.add(noun, (preposition, noun), [content], "viewpoint", author_of(holder), "viewpoint", preposition.head)
            return
        copula = noun.head
        if holder is None or holder.lower_ in WRITER_HOLDERS or noun.dep_ != "nsubj" or copula.lemma_ != "be" or noun.lemma_.lower() not in _POSITION_NOUNS:
            return
        clause = next((c for c in children_of(copula) if c.dep_ == "ccomp" and c.i > copula.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)
        if clause is None or self.layout.quote_of[noun.i] >= 0:
            return
        content = self._content(_clause_start(clause), self._clause_end(clause, to_sentence_end=True))
        if content is not None:
            self.add(noun, (noun, copula), [content], "viewpoint", author_of(holder), "viewpoint", clause)

    def according_to(self, token: Token) -> None:
        """``According to X, …`` and ``…, according to X``."""
        if token.i + 1 >= len(self.doc):
            return
        to = token.nbor(1)
        if to.lower_ != "to":
            return
        if self.layout.quote_of[token.i] >= 0 and self.layout.quote_of[token.i] != self.layout.quote_of[sentence_start_of(token)]:
            return  # "…had been “processed according to law”": the quoted words' own phrase, no frame (round 17)
        speaker = next((c for c in children_of(to) if c.dep_ == "pobj"), None)
        if _records_the_speech(token, speaker):
            return
        if speaker is not None:
            speaker = author_of(speaker)
        sentence = token.sent
        region_start, region_end = sentence.start_char, sentence.end_char
        head = token.head
        if head.i != token.i and head.pos == VERB and head.dep_ not in ("ROOT", "conj"):
            region_start, region_end = _subtree_bounds(head)  # "after, according to him, X did Y": the clause it qualifies
        start, end = _subtree_bounds(token)
        end = max(end, to.right_edge.idx + len(to.right_edge.text))
        named = name_set_after_according(to)
        if named is not None:  # "According to the governor of the region, Ana Reyes, the river…" (round 21)
            speaker, end = named[0], named[1]
        aside = _ASIDE.search(self.text, end, region_end)
        if aside is not None:
            region_end = aside.start()  # "…, according to a poll - virtually the same as…"
        pieces = []
        for a, b in ((region_start, start), (end, region_end)):
            content = self._content(a, b)
            if content is None or len(self.text[content[0]:content[1]].split()) <= 1:
                continue
            if a == end:
                opening = self.doc[self.layout.token_range(*content)[0]]
                if _writers_summary(token, opening.head if opening.dep_ == "det" else opening):
                    continue  # "…, according to their union, a step that could halt exports": the writer's (round 37)
            pieces.append(content)
        self.add(token, (token, to), pieces, "according", speaker, "according", token.head)

    def as_reported_by(self, token: Token) -> None:
        """"As reported by state broadcaster RTS, Belgrade will ask…" and "…, as reported by RTS": the
        agent of "as reported" stands behind the rest of the sentence, as with "according to" (round 42)."""
        speaker = as_reported_agent(token)
        if speaker is None or self.layout.quote_of[token.i] >= 0:
            return
        sentence = token.sent
        start, end = _subtree_bounds(token)
        pieces = []
        for a, b in ((sentence.start_char, start), (end, sentence.end_char)):
            content = self._content(a, b)
            if content is not None and len(self.text[content[0]:content[1]].split()) > 1:
                pieces.append(content)
        self.add(token, (token.nbor(-1), token), pieces, "according", author_of(speaker), "according", token.head)

    def next_to_quote(self, quoted: QuotedSpan) -> None:
        """A quoted stretch with a cue clause right after it (``"…," she said``) or right before it
        (``She said: "…"``, ``She said, "…"``), in the same sentence or, after a colon, the one before."""
        doc, text, layout = self.doc, self.text, self.layout
        if quoted.end - quoted.start < 3:
            return
        first, last = layout.token_range(quoted.start, quoted.end)
        # A quote set inside its own sentence that ends it with a full stop ('…accused her rival of wanting
        # to "dismantle the system." Her opponent said…') has its cue in that sentence; the next sentence's
        # verb has its own content, so no cue is looked for after it (round 43). Letting a next "He said…"
        # through as the same speaker's cost PolNeAR more than it won (docs/schema.md, round 43).
        closed_inside = text[quoted.start:quoted.end].rstrip("".join(QUOTE_CHARACTERS)).endswith(".")
        embedded = first > 0 and not doc[first].is_sent_start and not text[:quoted.start].rstrip().endswith((",", ":"))
        after = last if not (closed_inside and embedded) else len(doc)
        # A cue clause after the quote: the next few tokens of the same sentence (none after the last
        # token; spaCy builds an empty span at the end from the whole text).
        for token in token_objects(doc)[after:min(len(doc), after + CUE_AFTER_QUOTE_TOKENS)]:
            if (token.is_sent_start and token.i != last) or layout.is_quote_token(token):
                break
            if _participle_phrase(token):
                continue  # '..." Vaitkus, speaking to the New York Times, said': the cue comes after
            if token.pos == VERB and token.lemma_.lower() in _SPEECH_OR_BELIEF:
                speaker, how = find_speaker(token, layout.quote_of)
                if speaker is not None:
                    pieces = self._with_split_quote(token, speaker, [(quoted.start, quoted.end)])
                    self.add(token, (token,), pieces, "quote_before_cue", speaker, how, None)
                break
        # A cue clause before the quote: the quote follows ", " or ": " after a cue verb.
        before = first - 1
        if before < 0:
            return
        opening = doc[first]
        lead = text[max(0, quoted.start - 3):quoted.start].rstrip()
        if opening.is_sent_start:
            # A quote opening a sentence: only a colon at the end of the one before introduces it.
            if not text[:quoted.start].rstrip().endswith(":"):
                return
            window_start = max(sentence_start_of(doc[before]), before - 25)
            relation = "colon_quote"
        elif lead.endswith((",", ":")):
            window_start = max(sentence_start_of(doc[before]), before - 10)
            relation = "cue_before_quote"
        else:
            return
        for token in reversed(token_objects(doc)[window_start:before + 1]):
            if layout.is_quote_token(token):
                break
            if token.pos == VERB and token.lemma_.lower() in _SPEECH_OR_BELIEF:
                speaker, how = find_speaker(token, layout.quote_of)
                if speaker is not None:
                    opening = self._subject_before_frame(token) if relation == "cue_before_quote" else None
                    pieces = [(quoted.start, quoted.end)] if opening is None else [opening, (quoted.start, quoted.end)]
                    self.add(token, (token,), pieces, relation, speaker, how, None)
                break

    def _with_split_quote(self, cue: Token, speaker: Token | None, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Add the other half of a quote interrupted by its cue: ``"…," she said, "…"`` or
        ``"…," she said. "…"`` (same paragraph), as another piece."""
        text, doc, layout = self.text, self.doc, self.layout
        content_start, content_end = pieces[0][0], pieces[-1][1]
        anchors = [cue] + ([speaker] if speaker is not None else [])
        if content_end <= min(t.idx for t in anchors) and _is_quote_char(text[content_end - 1]):
            # Content before the cue clause: the clause runs until a quote mark or the sentence end.
            last = max(anchors, key=lambda t: t.i)
            index, sentence_end = last.i + 1, sentence_end_of(last)
            while index < sentence_end:
                token = doc[index]
                if token.is_space:
                    break
                holder = layout.quote_of[index]
                if holder >= 0:
                    title = layout.spans[holder]
                    # a short quote right after an owner or "on" names a show, even at the sentence's end: "said by
                    # telephone on NBC's ''Meet the Press.''"
                    named_show = index > 0 and (doc[index - 1].tag_ == "POS" or doc[index - 1].lower_ == "on")
                    if title.end - title.start > 40 or (title.end >= doc[sentence_end - 1].idx and not named_show):
                        break  # the next quote starts: the cue clause ends here
                    index = layout.token_range(title.start, title.end)[1]  # a title in the clause: on ABC's “This Week”
                    last = doc[index - 1]
                    continue
                if not token.is_punct:
                    last = token
                index += 1
            clause_end = last.idx + len(last.text)
            index = bisect.bisect_left(layout.span_starts, clause_end)
            if index < len(layout.spans):
                quoted = layout.spans[index]
                gap = text[clause_end:quoted.start]
                if _QUOTE_GAP.fullmatch(gap) and "\n" not in gap:
                    return pieces + [(quoted.start, quoted.end)]
        elif content_start >= max(t.idx for t in anchors) and _is_quote_char(text[content_start]):
            # A quote after the cue clause: its first half may sit right before the clause.
            first = min(anchors, key=lambda t: t.i)
            if speaker is not None and first.i == speaker.i:
                first = doc[layout.token_range(*_mention_bounds(speaker))[0]]
            for token in reversed(token_objects(doc)[sentence_start_of(first):first.i]):
                if layout.is_quote_token(token) or token.is_space:
                    break
                if not token.is_punct:
                    first = token
            clause_start = first.idx
            index = bisect.bisect_right(layout.span_starts, clause_start) - 1
            while index >= 0 and layout.spans[index].end > clause_start:
                index -= 1
            if index >= 0:
                previous = layout.spans[index]
                gap = text[previous.end:clause_start]
                if _QUOTE_GAP.fullmatch(gap) and "\n" not in gap and "." not in gap:
                    return [(previous.start, previous.end)] + pieces
        return pieces

    def build(self) -> list[Candidate]:
        doc, columns = self.doc, self.layout.columns
        pos, lower, lemma, dep = columns[:, 1], columns[:, 2], columns[:, 3], columns[:, 4]
        heads = np.arange(len(columns), dtype=np.int64) + columns[:, 5].view(np.int64)
        according = lower == _ACCORDING_KEY
        is_noun = (pos == NOUN) | (pos == PROPN)
        # Nouns that are report nouns or have a clausal complement ("the claim that…").
        noun_cues = is_noun & among(lemma, _REPORT_NOUN_KEYS)
        complement_heads = heads[among(dep, _NOUN_COMPLEMENT_DEP_KEYS)]
        noun_cues[complement_heads[is_noun[complement_heads]]] = True
        verbs = pos == VERB
        viewpoints = is_noun & among(lemma, _VIEWPOINT_NOUN_KEYS)
        tokens = token_objects(doc)
        for i in np.flatnonzero(viewpoints).tolist():
            self.viewpoint(tokens[i])
        for i in np.flatnonzero(verbs | noun_cues | according).tolist():
            token = tokens[i]
            if verbs[i]:
                self.complements(token)
                self.inside(token)
                self.content_read_as_subject(token)
                self.verb_read_as_adjective(token)
                self.frame_read_as_modifier(token)
                self.as_reported_by(token)
            elif noun_cues[i]:
                self.complements(token)
            if according[i]:
                self.according_to(token)
        for quoted in self.layout.spans:
            self.next_to_quote(quoted)
        return self._without_frames_run_past_quotes(list(self.by_key.values()))

    def _without_frames_run_past_quotes(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates without those whose cue stands inside a quote and whose content runs past its
        closing mark, when the frame after that quote gives it a speaker of its own: in "“Everyone in the
        square knew Piet,” Ansel Voorde, who sells bread…, told the Courier" the parser hung "told" on
        "knew", but "knew" reports nothing outside the quote; Voorde's frame does (round 20). Without
        such a frame the candidate stays, so the quote is still found."""
        framed = {c.pieces[0][0] for c in candidates if c.relation == "quote_before_cue" and c.speaker is not None}
        if not framed:
            return candidates
        layout = self.layout
        kept = []
        for candidate in candidates:
            holder = layout.quote_of[candidate.cue.i] if candidate.cue is not None else -1
            if holder >= 0:
                quoted = layout.spans[holder]
                if quoted.start in framed and quoted.double and quoted.closed and candidate.start < quoted.end < candidate.end:
                    continue
            kept.append(candidate)
        return kept


# "did not respond to a request for comment", "replied to questions by email": the object of "to" is what was
# asked, never what was said.
_ANSWERING_VERBS = frozenset({"respond", "reply", "answer"})
_INQUIRY_NOUNS = frozenset({"request", "question", "query", "inquiry", "enquiry", "email", "call", "message", "letter", "questionnaire"})


# Verbs that carry a speaker on to a further statement: "went on to say that…", "proceeded to explain…".
_GOING_ON_VERBS = frozenset({"go", "proceed", "move", "hasten", "rush"})


def _trailing_frame_comma(root: Token, last: int) -> Token | None:
    """The comma that opens a second frame closing the sentence after a complement ("X said that the
    market was balanced, Interfax news agency reported.", "…would narrow next year, the TASS news
    agency reported on Tuesday."): after the comma a noun phrase, then a verb of saying with no verb
    after it. An outlet or second reporter relaying the statement is no part of what was said (round
    39). Only the words between the complement's end and the sentence's end are read."""
    doc = root.doc
    comma = root.right_edge.i if doc[root.right_edge.i].text == "," else root.right_edge.i + 1
    if comma >= last - 1 or doc[comma].text != ",":
        return None
    verb = comma + 1
    while verb < last and doc[verb].pos_ in _FRAME_SUBJECT_POS:
        verb += 1
    if verb == comma + 1 or doc[verb].pos != VERB or doc[verb].lemma_.lower() not in SPEECH_VERBS or doc[verb - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos in (VERB, AUX) for t in doc[verb + 1 : last + 1]):
        return None  # "…, analysts said the cut would hurt": a statement of its own follows
    return doc[comma]


# The words of a frame's subject phrase after a comma: "the TASS news agency", "state media", "Interfax".
_FRAME_SUBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})


def _reports_an_act(cue: Token, root: Token, relation: str, quoted: bool) -> bool:
    """Whether the complement ``root`` of ``cue`` reports an act or a question rather than a proposition
    someone stated (docs/schema.md, quotes: "Acts are not quotes"), so that it is no quote:

    - who is accused, and what of: "accused Tajikistan of organising it" (the accused, and the
      gerund or noun after "of", "for", "with"); quoted words in it are a fragment of their own;
    - what someone agrees, refuses, offers, threatens or declines to do: "agreed to reopen the crossing";
    - the bare noun object of a rebuttal, which names someone else's statement: "rejected the charge";
      with quoted words after "as" (round 18), the object with its "as": "rejected the proposal as
      “out of the question”" leaves the quoted words a fragment of the rebutter's (``_fragment_speaker``);
    - an embedded question left unanswered, or the question put to the speaker: "did not say what…",
      "Asked whether…", "Asked about the agreement, …";
    - the subject of a passive cue, which names an act: "The ban was announced by the ministry";
    - a naming with no quote marks: "who call themselves the National Council", "calling it a violation";
    - a clause before a semicolon, which is a headline's other clause: "A; Tehran vows response".
    - "called on X to …" with quoted words in it (round 29): the quoted words alone are the caller's
      fragment ("called on Mbabane to publish the inquiry “in full”"); without quote marks the call
      stays a quote, as PolNeAR annotates it;
    - a sign held up or carried (round 29): "held up a banner that read “…”" (the wording is the
      holders' quote, ``_sign_holders``);
    - a request (round 17, ``_requests``): "urged both governments to return to the table";
    - what someone describes going through (round 47): "Residents described hearing gunfire";
    - the prepositional object of a verb that is no speech, belief or naming verb (round 17): "pleaded
      guilty to theft", "sentenced … for spreading false news", "voted for the text".
    """
    lemma = cue.lemma_.lower()
    if _round20_act(cue, root, relation, lemma) or _round22_act(cue, root, relation, lemma, quoted):
        return True
    if relation == "dobj" and _writers_summary(cue, root):
        return True
    if _free_relative_thing(cue, root, relation, lemma, quoted) or _answers_questions(cue, relation, lemma):
        return True
    if lemma == "hold" and relation == "oprd" and root.lemma_.lower() in _BLAME_STATES:
        return True  # "whom it holds responsible for forcing migrants across": blame, an act like "accused X of" (round 32)
    if lemma in ACCUSING_VERBS:
        if relation in ("prep_of", "prep_for", "prep_with"):
            return True
        if relation == "dobj" and any(
            c.dep_ == "prep" and c.lower_ in _ACCUSATION_PREPOSITIONS for c in (*children_of(cue), *children_of(root))
        ):
            return True
    if relation == "xcomp" and lemma in COMMITTING_VERBS:
        return True
    if relation == "xcomp" and lemma == "describe" and root.tag_ == "VBG":
        return True  # "Residents described hearing gunfire for three hours": what they went through (round 47)
    if _requests(cue, root, relation, lemma):
        return True
    if relation in _ACT_PREPOSITIONS and cue.pos == VERB and lemma not in _SPEECH_BELIEF_OR_NAMING:
        return True
    if relation == "dobj" and lemma in REBUTTING_VERBS and root.pos in (NOUN, PROPN, PRON):
        if quoted and _characterised_in_quotes(cue, root):
            return True  # "rejected the proposal as “out of the question”": the quoted words alone (round 18)
        if not quoted and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in children_of(root)):
            return True
    if relation in ("ccomp", "prep_about"):
        if lemma == "ask" and (cue.tag_ == "VBN" or (cue.dep_ in ("advcl", "acl", "ccomp") and cue.i > 0 and cue.doc[cue.i - 1].text == ",")):
            # "Asked whether…, X said", "Asked about the deal, X said": the question put to X; so is
            # "X, asked about the deal, said…", which the tagger may read as a past tense (round 22)
            return True
        if lemma == "ask" and cue.tag_ == "VBD" and cue.dep_ == "advcl" and not any(c.dep_ in _SUBJECT_DEPS for c in children_of(cue)):
            # the same participle opening a sentence, tagged as a past tense with no subject (round 41)
            return True
        if root.left_edge.lower_ in _QUESTION_WORDS and any(c.dep_ == "neg" for c in children_of(cue)):
            return True
    if relation == "nsubjpass":
        return True
    if relation == "dobj" and _shows_a_sign(root):
        return True
    if relation == "xcomp" and quoted and lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "on" for c in children_of(cue)):
        # a finite verb conjoined inside the call is the writer's next clause the parser hung on it ("…
        # and offered to host …"): left a quote, so that the deed stays reported by the caller (events
        # read it); so is a call whose quoted words have a speech or naming verb of their own inside it
        # ("to stop what it called “a war of statements”": the "it" would have to be resolved to the caller)
        if not any(t.pos == VERB and ((t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ")) or t.lemma_.lower() in _FRAGMENT_VERBS) for t in subtree_of(root)):
            return True
    if relation == "oprd" and lemma in NAMING_VERBS and not quoted:
        return True
    if relation == "ccomp" and root.i < cue.i and any(t.text == ";" for t in cue.doc[root.right_edge.i:cue.i]):
        return True
    return False


_SPEAKERS_VERBS = SPEECH_VERBS | NAMING_VERBS


def _speakers_next_verb(cue: Token, root: Token) -> Token | None:
    """A verb of saying or naming the parser coordinated with the content clause instead of with the cue: "said
    the figures were “damning” and called on the minister to resign", "said Kyiv was ready to talk but called
    the blockades “unacceptable”". With no subject of its own while the content has one, in the cue's own
    tense, after a content of one clause that is no saying itself ("said the ministry warned X and urged Y" is
    the ministry's) and whose subject is no other person than the speaker (a person's name, a role such as "the
    minister", a pronoun that cannot be the speaker's), it is the speaker's next statement, no part of the
    content (round 37). None otherwise."""
    next_verb = next(
        (
            child for child in rights_of(root)
            if child.dep_ == "conj"
            and child.pos == VERB
            and child.tag_ == cue.tag_
            and child.lemma_.lower() in _SPEAKERS_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(child))
        ),
        None,
    )
    if next_verb is None or root.lemma_.lower() in _SPEAKERS_VERBS:
        return None
    # the content's subject may hang on its auxiliary ("the figures were “damning”"); a person other than the
    # speaker ("said its chairman learned of the deal and disclosed it") may go on acting, and so may anyone in a
    # content of several clauses ("said A; they learned of the deal and disclosed it")
    before = root.doc[root.left_edge.i : root.i]
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(t.text == ";" for t in before):
        return None
    if subject.tag_ == "PRP" and not _pronoun_of_speaker(subject, cue):
        return None
    if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in ROLES:
        return None
    return next_verb


def _pronoun_of_speaker(pronoun: Token, cue: Token) -> bool:
    """Whether a content's subject pronoun can be the cue's own subject, by number: "he said he had “nothing to
    take back”", "the party said it supported the purchase", "Republicans said they…"."""
    speaker = next((c for c in children_of(cue) if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    word = pronoun.lower_
    if speaker.tag_ == "PRP":
        return speaker.lower_ == word
    plural = speaker.tag_ in ("NNS", "NNPS")
    return word in ("they", "we") if plural else word in ("he", "she", "it")


def _summing_up_after(right: Token) -> bool:
    """Whether what follows a frame set inside its content (after its last word ``right`` and a comma) is
    the writer's summing-up of the report, not more of it: "The bloc will delay the vote, two diplomats
    said, a step that would give Budapest more time" (round 38). The phrase is headed by a summing-up noun
    (SUMMARY_NOUNS) with its own clause or phrase, as ``_writers_summary`` reads one the parser made an
    object. Looks at the two tokens after the comma."""
    doc = right.doc
    at = right.i + 1 if right.text != "," else right.i
    if at + 2 >= len(doc) or doc[at].text != ",":
        return False
    head = doc[at + 1].head if doc[at + 1].dep_ == "det" else doc[at + 1]
    return head.i <= at + 3 and head.pos_ == "NOUN" and _summing_up_noun(head)


def _summing_up_inside(root: Token) -> Token | None:
    """The comma that opens a writer's summing-up the parser hung inside a content ("said it was ready to resume
    talks on steel tariffs, a signal that Hanoi wants to avoid a dispute": "signal" set beside "tariffs"), as
    ``_summing_up_after`` reads one after a frame (round 39); None when there is none. Reads the content's commas."""
    doc = root.doc
    for i in range(root.i + 1, root.right_edge.i - 1):
        if doc[i].text == "," and _summing_up_after(doc[i]):
            return doc[i]
    return None


def _writers_summary(cue: Token, root: Token) -> bool:
    """Whether an object after the cue, set off by a comma, is the writer's summing-up of what was reported rather
    than what was said: "Russia will deploy missiles in Belarus, the Kremlin said on Monday, a move that drew sharp
    condemnation" (the parser reads "a move" as the object of "said"). The noun is a summing-up noun (SUMMARY_NOUNS)
    with a clause or phrase of its own, and the cue has its content elsewhere or says nothing else."""
    if root.i < cue.i or root.lemma_.lower() not in SUMMARY_NOUNS:
        return False
    first = root.left_edge.i
    if first == 0 or cue.doc[first - 1].text != ",":
        return False
    return _summing_up_noun(root)


def _summing_up_noun(head: Token) -> bool:
    """A summing-up noun (SUMMARY_NOUNS: "move", "step", "sign"…) with a clause or phrase of its own after it:
    "a move that drew sharp condemnation", "a step towards talks"."""
    return head.lemma_.lower() in SUMMARY_NOUNS and any(c.dep_ in ("relcl", "acl", "amod", "prep") and c.i > head.i for c in children_of(head))


# Verbs of saying that report a proposition in every sense they have (content_read_as_subject).
_CONTENT_BEFORE_VERBS = frozenset("say tell add note insist warn state claim explain confirm announce".split())


def _round20_act(cue: Token, root: Token, relation: str, lemma: str) -> bool:
    """The acts of round 20 (docs/schema.md, attribution round 20), each a complement that names a
    deed, a thing or a topic rather than a proposition:

    - anything a verb recalling an envoy governs: "recalled its ambassador from Bolivia over a
      cartoon" (neither the envoy nor the cartoon is said);
    - what a vote decides: "voted on Tuesday to bar arms sales";
    - the topic of a dispute after "over": "protested to Portugal over a wind farm";
    - the noun object of a threat, and what a demand's noun object is about: "threatened a blockade of
      the crossing", "demanded an inquiry into the death of…" (the threat or demand itself is the act);
    - what a passive cue with no agent governs: "he was found with a drone" (he is found, not speaking);
    - coming to know of a thing: "learned of the measure from a notice".
    """
    children = list(children_of(cue))
    if lemma == "recall" and any(c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_NOUNS for c in children):
        return True
    if lemma in DECIDING_VERBS and relation == "xcomp":
        return True
    if relation in _TOPIC_PREPOSITIONS:
        return True
    if lemma == "threaten" and relation == "dobj" and root.pos in (NOUN, PROPN):
        return True
    if lemma in REQUESTING_OBJECT_VERBS and relation.startswith("prep_") and any(c.dep_ == "dobj" and c.pos == NOUN for c in children):
        return True
    if relation.startswith("prep_") and any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children):
        return True
    if lemma in _LEARNING_VERBS and relation in ("prep_of", "prep_about") and root.pos in (NOUN, PROPN, PRON):
        return True
    return False


# What "holds X …" assigns when it blames: "holds the generals responsible for …" (round 32).
_BLAME_STATES = frozenset({"responsible", "accountable", "liable", "culpable"})

# Verbs whose clause is what is done, never what is said: aspect ("began withdrawing", "continued to
# shell") and deeds the parser gives a clause ("imposed travel bans … on 11 officials, whom it holds…").
_DEED_CLAUSE_VERBS = frozenset("begin start continue resume cease finish impose suspend".split())


def _that_clause_on_setting(cue: Token, preposition: Token) -> Token | None:
    """The that-clause of a verb of saying that the parser hung on the noun of a phrase of time or place
    set between the cue and its content (round 35): "told reporters after the vote that the terminal
    would close", "said during the hearing that…" read the clause as the acl of "vote" and "hearing".
    A clause opened by "that" (a complementiser: marked so or tagged IN, not a relative WDT) with a
    subject of its own after such a noun is what was said; a preposition that can carry the content
    itself ("spoke about the plan that…") is left to that reading. The clause may hang one step lower, on
    a participle of the noun ("said in a report seen by Reuters that…", round 36). Looks only at the
    preposition's object, its children and theirs."""
    if cue.lemma_.lower() not in SPEECH_VERBS or preposition.i < cue.i or preposition.lower_ in _CONTENT_PREPOSITIONS:
        return None
    place = next((c for c in children_of(preposition) if c.dep_ == "pobj"), None)
    if place is None or place.pos not in (NOUN, PROPN):
        return None
    for clause in children_of(place):
        if clause.dep_ not in ("acl", "relcl") or clause.i < place.i or clause.pos not in (VERB, AUX):
            continue
        if _that_clause_with_subject(clause):
            return clause
        if clause.tag_ == "VBN":
            # "said in a report seen by Reuters that…", "in a letter obtained by the AP that…": the parser
            # made the that-clause the complement of the participle that tells how the text came about (round 36)
            complement = next((c for c in children_of(clause) if c.dep_ == "ccomp" and c.i > clause.i), None)
            if complement is not None and _that_clause_with_subject(complement):
                return complement
    return None


def _that_clause_with_subject(clause: Token) -> bool:
    """Whether ``clause`` opens with a complementiser "that" (marked so or tagged IN, not a relative WDT)
    and has a subject of its own."""
    marked = subject = False
    for c in children_of(clause):
        if c.i < clause.i:
            marked = marked or (c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN"))
            subject = subject or c.dep_ in ("nsubj", "nsubjpass", "expl")
    return marked and subject


def _verb_between(cue: Token, preposition: Token) -> bool:
    """Whether another verb stands between a cue and a preposition the parser hung on it, so that the
    preposition belongs to that verb, not to the cue ("agreed to meet in Washington on 3 December, on the
    margins of …", "stranding 2,000 trucks, many carrying fruit, on both borders") (round 32). Looks
    only at the tokens between the two."""
    if preposition.i <= cue.i:
        return False
    return any(t.pos == VERB for t in cue.doc[cue.i + 1:preposition.i])


def _deed_with_clause(cue: Token) -> bool:
    """Whether ``cue`` is a verb of aspect or deed whose clausal complement reports what was done
    (round 32): "Malawi began withdrawing its 740 soldiers", "The EU imposed travel bans …", and a
    causative "let" with its own subject ("troops let a convoy of trucks cross the border"); the
    imperative "Let's say …" (no subject) keeps its quote, as PolNeAR annotates it."""
    if cue.pos != VERB:
        return False
    lemma = cue.lemma_.lower()
    if lemma in _DEED_CLAUSE_VERBS:
        return True
    return lemma == "let" and any(c.dep_ == "nsubj" for c in children_of(cue))


def _round22_act(cue: Token, root: Token, relation: str, lemma: str, quoted: bool) -> bool:
    """The acts of round 22 (docs/schema.md, attribution round 22):

    - a status declared of someone or something: "declared the envoy persona non grata", "declared
      the ruling party the winner" (the declaration is a deed; its object and status are not said);
    - the bare noun object, without quoted words or a clause of its own, of a verb that is no speech,
      belief or naming verb: "approved a loan", "suspended the licence", "thanked the mediators", "The
      two countries share a border" (what was done, as a headline's deed, ``_headline_deed``). The
      PolNeAR annotators attribute some such objects as stances ("backed the bill"): content F1 on
      PolNeAR dev 0.661 → 0.657 for cleaner news quotes (docs/schema.md, round 22).
    """
    if lemma == "declare" and relation in ("dobj", "oprd", "ccomp") and root.pos in (NOUN, PROPN):
        return True
    if relation == "dobj" and not quoted and cue.pos == VERB and lemma not in _SPEECH_BELIEF_OR_NAMING and root.pos in (NOUN, PROPN):
        return not any(c.dep_ in ("acl", "relcl", "ccomp") and not _describes_the_noun(c, lemma) for c in children_of(root))
    if relation == "dobj" and quoted and cue.pos == VERB and lemma not in _SPEECH_BELIEF_OR_NAMING | _EVALUATING_VERBS and root.pos in (NOUN, PROPN):
        # "an attack killed two soldiers, a blow to Petro's “total peace” policy": quoted words that only name a
        # noun's kind are the writer's scare quote, and the object is still what was done (round 45)
        return _quotes_only_qualify_nouns(root)
    return False


_QUOTE_MARKS = frozenset('"“”')  # double marks only: a single one may be an apostrophe


def _quotes_only_qualify_nouns(root: Token) -> bool:
    """Whether every quoted stretch in the phrase ``root`` heads is set before a noun it qualifies, outside
    the quotes (“total peace” policy, the “zero-Covid” strategy): a name for a thing, not words spoken."""
    tokens = subtree_of(root)
    marks = [i for i, t in enumerate(tokens) if t.text in _QUOTE_MARKS]
    if not marks or len(marks) % 2:
        return False
    return all(
        _qualifies_a_noun(root.doc, tokens[opening].i + 1, tokens[closing].i)
        for opening, closing in zip(marks[::2], marks[1::2])
    )


def _qualifies_a_noun(doc: Doc, first: int, last: int) -> bool:
    """Whether the quoted words ``doc[first:last]`` (marks left out) only modify one noun right after them:
    “total peace” policy, the “America First” agenda."""
    if first >= last:
        return False
    inside = token_objects(doc)[first:last]
    leaving = [t for t in inside if not first <= t.head.i < last]
    if not leaving or any(t.dep_ not in ("compound", "amod", "nmod") for t in leaving) or len({t.head.i for t in leaving}) != 1:
        return False
    noun = leaving[0].head
    return noun.pos == NOUN and noun.i >= last


def _free_relative_thing(cue: Token, root: Token, relation: str, lemma: str, quoted: bool) -> bool:
    """Whether the complement is a free relative ("what …") naming a thing a deed acts on, not words
    (round 26): "North Korea fired what appeared to be a ballistic missile", "Customs seized what
    looked like ivory"; so is the relative's own verb, whose subject is "what" ("appeared to be a
    ballistic missile" is nobody's words). The cue is no speech, belief or naming verb, and no verb of
    praise or blame, and the clause holds no quoted words: "condemned what it called “reckless
    interference”" and "explained what the rules require" keep their quotes."""
    if quoted or cue.pos != VERB or lemma in _SPEECH_BELIEF_OR_NAMING or lemma in _EVALUATING_VERBS:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ == "what" for c in children_of(cue)):
        return True
    return relation in ("ccomp", "dobj") and root.left_edge.lower_ == "what"


# What "answer" takes as its object when it names the questions, not the answer: "did not answer questions about…".
_QUESTION_NOUNS = frozenset({"question", "query", "inquiry", "enquiry"})


def _answers_questions(cue: Token, relation: str, lemma: str) -> bool:
    """Whether the cue is "answer" with the questions as its object (round 26): "The minister did not
    answer questions about the rations or about the forms", "answered questions for an hour" report
    the questions put, not what was said; neither the questions nor their topic is a quote. "answered
    that the budget was fair" keeps its clause."""
    if lemma != "answer" or relation == "ccomp":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _QUESTION_NOUNS for c in children_of(cue))


# Verbs of praise and blame, whose described object is the stance taken ("defending his posts attacking a
# judge"): PolNeAR attributes such objects, so the round-23 reading of descriptions leaves them as they were.
_EVALUATING_VERBS = frozenset(
    "defend attack endorse embrace love like hate welcome criticize criticise praise support oppose back favor favour "
    "hail slam blast condemn denounce applaud address".split()
)


def _describes_the_noun(clause: Token, lemma: str) -> bool:
    """Whether a clause hung on a noun only describes it, so the noun stays a plain object (round 23): a
    participle ("the sanctions imposed on Guinea", "trucks carrying medicines") or a relative clause
    whose relative word is its subject or object ("a treaty that settles the border"). A content
    clause ("the charge that the release was reckless") or an infinitive ("a request to extradite")
    is more than a description; after a verb of praise or blame (``_EVALUATING_VERBS``) nothing is read
    as one."""
    if lemma in _EVALUATING_VERBS:
        return False
    if clause.dep_ == "acl":
        return clause.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("mark", "aux") for c in children_of(clause))
    if clause.dep_ == "relcl":
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in ("WDT", "WP") for c in children_of(clause))
    return False


def _characterised_in_quotes(cue: Token, root: Token) -> bool:
    """Whether a rebuttal characterises what it rejects with quoted words after "as": "rejected an
    Ethiopian proposal to swap part of the debt as “out of the question”", "dismissed the talk as
    “legal theatre”" (round 18). The quoted words are the rebutter's fragment; the rejected thing
    is someone else's, so the object with its "as" is no quote."""
    doc = cue.doc
    for token in (*children_of(cue), *subtree_of(root)):
        if token.dep_ == "prep" and token.lower_ == "as" and token.i + 1 < len(doc) and _is_quote_char(doc[token.i + 1].text[0]):
            return True
    return False


def _headline_deed(cue: Token, relation: str) -> bool:
    """Whether a headline's verb reports a deed, whose object is what was done, not words: "Gunmen attack
    Kenyan embassy", "Berlin blocks Chinese stake in Hamburg terminal", "Russia vetoes renewal of UN
    mission" (round 17). A headline's speech, belief or naming verb keeps its content ("Harare says it
    was not consulted")."""
    return (relation == "dobj" or relation.startswith("prep_")) and cue.lemma_.lower() not in _SPEECH_BELIEF_OR_NAMING


def _requests(cue: Token, root: Token, relation: str, lemma: str) -> bool:
    """Whether the complement ``root`` of ``cue`` is what someone asks, orders or presses another to do
    (docs/schema.md, quotes: "Requests are not quotes", round 17): "asked Kigali to hand him over",
    "ordered the army to reinforce the border", "demanded that Kuala Lumpur halt removals", "demanded
    compensation", "pressed for talks", "recommends vaccines be offered"."""
    if relation == "xcomp" and lemma in REQUESTING_VERBS:
        return True
    if relation == "prep_for" and lemma in REQUESTING_VERBS:
        return True
    if relation == "dobj" and lemma in REQUESTING_OBJECT_VERBS and root.pos in (NOUN, PROPN):
        return True
    if relation == "ccomp" and lemma in REQUESTING_THAT_VERBS:
        # a bare verb, or a bare "be" + participle, is a subjunctive: what is to be done ("that X halt",
        # "that the cuts be put to a dialogue"); "demanded to know why…" or "said it would" are not
        # (the tagger often reads "that the government suspend" as a present tense, VBP)
        auxiliaries = [c.lower_ for c in children_of(root) if c.dep_ in ("aux", "auxpass")]
        bare = root.tag_ == "VB" or (root.tag_ == "VBP" and root.lemma_ not in ("be", "have"))
        return (bare and not auxiliaries) or auxiliaries == ["be"]
    return False


def propose_candidates(doc: Doc) -> tuple[list[Candidate], _Layout]:
    """Every candidate quote of ``doc``, unscored (used by extraction and by training)."""
    layout = _Layout(doc)
    return _CandidateBuilder(layout).build(), layout


# --------------------------------------------------------------------------- selection


def _holds(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``inner`` is reported inside the content of ``outer`` (its cue and its content)."""
    if outer.cue is None or inner.cue is None or outer.cue.i == inner.cue.i:
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    position = inner.cue.idx
    return any(a <= position < b for a, b in outer.pieces)


def _is_outlet(token: Token | None, text: str) -> bool:
    """Whether a speaker or listener token names a news outlet ("The Guardian", "CNN", "state television")."""
    if token is None:
        return False
    start, end = _mention_bounds(token)
    name = text[start:end]
    if any(c.isupper() for c in name) and is_outlet_name(name):
        return True
    words = name.lower().replace(".", " ").split()
    if token.lemma_.lower() in MEDIA_NOUNS:
        return True
    return (token.ent_type_ in ("ORG", "WORK_OF_ART") or token.pos == PROPN) and any(w in OUTLET_WORDS for w in words)


def select(candidates: list[Candidate], threshold: float, text: str) -> list[Candidate]:
    """The best-scoring candidates whose contents do not overlap.

    Speech reported inside reported speech ("X said he thought Y") is one attribution, the outer
    one; except that what an outlet reports someone said ("The Guardian reported that X said Y")
    keeps the inner quote, with the outlet as ``via``. Acts (``Candidate.act``) are chosen like the
    rest, so that nothing they hold or overlap is a quote ("refused to extradite Holub"); they stay
    in the result for ``add_uncued``, which leaves them out.
    """
    above = sorted((c for c in candidates if c.score >= threshold), key=lambda c: (c.start, -c.end))
    nested = set()
    for index, inner in enumerate(above):
        # Only candidates starting no later can hold this one.
        for outer in above[:index + 1]:
            if outer.end >= inner.end and _holds(outer, inner):
                nested.add(id(inner))
                break
    ranked = sorted(above, key=lambda c: (id(c) in nested, -c.score, c.start))
    chosen: list[Candidate] = []
    for candidate in ranked:
        start, end = candidate.start, candidate.end
        clash = next((c for c in chosen if c.start < end and start < c.end), None)  # the first chosen it overlaps
        if clash is None:
            chosen.append(candidate)
        elif _holds(clash, candidate) and candidate.speaker is not None and _is_outlet(clash.speaker, text):
            chosen.remove(clash)
            candidate.via = [*clash.via, clash.speaker]
            chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def add_uncued(layout: _Layout, chosen: list[Candidate], model: QuoteModel, candidates: list[Candidate] | None = None) -> list[Candidate]:
    """The chosen quotes without the acts among them (``Candidate.act``), and the quoted stretches no
    chosen quote covers. A paragraph that is only a quote, right after a paragraph quoting someone
    directly, is that speaker's; a fragment used by a speech or naming verb ("called them
    “warmongers”") is that verb's subject's, and one with no such verb near it but inside an act is
    the act's subject's ("accused X of failing Y and of “interfering” in Z" → the accuser's), also
    an act of speech, naming, asking, accusing or committing among ``candidates`` the model scored
    under its threshold (round 29: "appealed for “every friend we have” to send boats": acts are
    never quotes, so their score only decides whether they lend their speaker); the rest keep no
    speaker."""
    text = layout.text
    acts = [c for c in chosen if c.act]
    weak_acts = [
        c for c in candidates
        if c.act and c.speaker is not None and c.score < model.threshold and c.cue is not None and c.cue.lemma_.lower() in _ACTS_OF_SPEECH
    ] if candidates else []
    result = [c for c in chosen if not c.act]
    taken = sorted((c.start, c.end) for c in result)
    starts = [a for a, _ in taken]
    for quoted in layout.spans:
        index = bisect.bisect_right(starts, quoted.start) - 1
        if (index >= 0 and taken[index][1] > quoted.start) or (index + 1 < len(taken) and taken[index + 1][0] < quoted.end):
            continue  # part of a chosen quote (a quoted fragment, a nested quote)
        if not any(ch.isalnum() for ch in text[quoted.start:quoted.end]):
            continue
        pieces = [(quoted.start, quoted.end)]
        p_start, p_end = _paragraph_bounds(text, quoted.start, quoted.end)
        alone = not any(ch.isalnum() for ch in text[p_start:quoted.start] + text[quoted.end:p_end])
        previous = _quote_before(result, quoted.start)
        if (
            alone
            and previous is not None
            and previous.speaker is not None
            and _is_direct(previous, text)
            and _previous_paragraph(text, previous.end, p_start)
        ):
            candidate = Candidate(None, (), pieces, "follow_up", previous.speaker, score=model.rule_confidence("follow_up"))
        elif _after_so_called(text, quoted.start):
            # "The so-called “efficiency review” was written by consultants": a scare quote, nobody's words (round 39)
            candidate = Candidate(None, (), pieces, "unattributed", None, score=model.rule_confidence("unattributed"))
        elif (credited := _credited_name(layout, quoted, p_start, p_end)) is not None:
            # "“I'm so ashamed…” ― Jacklyn Ashley": a paragraph of a quote and the credit after it (round 41)
            candidate = Candidate(None, (), pieces, "lead", credited, score=model.rule_confidence("lead"))
        else:
            cue, speaker = _fragment_speaker(layout, quoted)
            if speaker is None:
                cue, speaker = _sign_holders(layout, quoted)
            if speaker is None:
                act = next((c for c in acts if c.speaker is not None and c.start <= quoted.start and quoted.end <= c.end), None)
                if act is None:
                    act = next((c for c in weak_acts if c.start <= quoted.start and quoted.end <= c.end), None)
                if act is not None and act.cue is not None and act.cue.lemma_.lower() not in _ACTS_OF_SPEECH and _qualifies_a_noun(
                    layout.doc, *layout.token_range(quoted.start + 1, quoted.end - 1)
                ):
                    act = None  # "killed two soldiers, a blow to Petro's “total peace” policy": the writer's name for it (round 45)
                if act is not None:
                    cue, speaker = act.cue, act.speaker
            if speaker is not None:
                candidate = Candidate(cue, (cue,), pieces, "fragment", speaker, score=model.rule_confidence("fragment"))
            else:
                cue, speaker = _lead_speaker(layout, quoted, p_start)
                if speaker is not None:
                    cue_tokens = (cue,) if cue is not None else ()
                    candidate = Candidate(cue, cue_tokens, pieces, "lead", speaker, score=model.rule_confidence("lead"))
                else:
                    candidate = Candidate(None, (), pieces, "unattributed", None, score=model.rule_confidence("unattributed"))
        result.append(candidate)
    result.sort(key=lambda c: c.start)
    return result


# A credit after a quote: a dash and a name of two to four capitalised words closing the paragraph.
_CREDIT_LINE = re.compile(r"\s*(?:[―—–]|\s-)\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})\s*\.?\s*$")


def _credited_name(layout: _Layout, quoted: QuotedSpan, p_start: int, p_end: int) -> Token | None:
    """The person a paragraph credits with the quote that opens it: "“I'm so ashamed to be an American…” ―
    Jacklyn Ashley", as reader comments, social posts and epigraphs are set (round 41). The last word of the
    name the tagger read as a proper noun; None when the paragraph is not a quote and a credit."""
    text = layout.text
    if any(ch.isalnum() for ch in text[p_start:quoted.start]) or p_end - quoted.end > 60:
        return None
    credit = _CREDIT_LINE.match(text, quoted.end, p_end)
    if credit is None or credit.end() != p_end:
        return None
    first, last = layout.token_range(credit.start(1), credit.end(1))
    names = [layout.doc[i] for i in range(first, last) if layout.doc[i].pos == PROPN]
    return names[-1] if names else None


# Things that carry written words: "a banner that read “Free our brothers”" (round 29).
_SIGN_NOUNS = frozenset({"banner", "placard", "sign", "poster", "billboard", "sticker", "shirt", "t-shirt"})
_SIGN_VERBS = frozenset({"read", "say"})
# How a carrying verb may hang on the clause whose subject holds the sign ("blocked the road …
# and carrying a banner"; "held up … cards and a banner").
_HOLDER_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "acl"})


def _sign_of(verb: Token) -> Token | None:
    """The sign noun whose wording ``verb`` gives: "a banner that read …", "placards saying …"."""
    if verb.lemma_.lower() not in _SIGN_VERBS or verb.dep_ not in ("relcl", "acl"):
        return None
    sign = verb.head
    return sign if sign.lemma_.lower() in _SIGN_NOUNS else None


def _shows_a_sign(thing: Token) -> bool:
    """Whether an object is, or is coordinated with, a sign whose wording follows ("their cards and a
    banner that read …")."""
    things = [thing, *(c for c in children_of(thing) if c.dep_ == "conj")]
    return any(_sign_of(c) is not None for t in things for c in children_of(t) if c.dep_ in ("relcl", "acl"))


def _sign_holders(layout: _Layout, quoted: QuotedSpan) -> tuple[Token | None, Token | None]:
    """Who shows the quoted words written on a sign: the subject of the clause that carries, holds
    or stands behind it ("relatives waited behind a banner that read “Welcome home”" → relatives).
    The words are theirs, as a slogan chanted would be (round 29). Only the words right after the
    sign's "read"/"saying" count, and only a noun or pronoun subject other than "it" holds them."""
    doc = layout.doc
    before = layout.token_range(quoted.start, quoted.end)[0] - 1
    while before >= 0 and (doc[before].is_quote or doc[before].text in (":", ",")):
        before -= 1
    if before < 0:
        return None, None
    verb = doc[before]
    sign = _sign_of(verb)
    if sign is None:
        return None, None
    carrier = sign
    while carrier.dep_ in ("conj", "appos") and carrier.head.i != carrier.i:
        carrier = carrier.head
    if carrier.dep_ == "pobj":
        carrier = carrier.head
    if carrier.dep_ not in ("dobj", "prep") or carrier.head.pos != VERB:
        return None, None
    clause = carrier.head
    for _ in range(3):
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.pos not in (NOUN, PROPN, PRON) or subject.lower_ in ("it", "that", "which"):
                return None, None
            return verb, subject
        if clause.dep_ not in _HOLDER_CLIMB_DEPS or clause.head.i == clause.i:
            break
        clause = clause.head
    return None, None


# The acts whose quoted words are the actor's words even when the model scores the act low (round 29):
# speaking, naming, asking, accusing, committing; "the line was sold as an “electric highway”" is none.
_ACTS_OF_SPEECH = _FRAGMENT_VERBS | REQUESTING_VERBS | ACCUSING_VERBS | COMMITTING_VERBS


def _is_direct(candidate: Candidate, text: str) -> bool:
    """Whether a chosen quote is (or ends with) words in quotation marks."""
    return any(_is_quote_char(text[a]) or _is_quote_char(text[b - 1]) for a, b in candidate.pieces)


def _fragment_speaker(layout: _Layout, quoted: QuotedSpan) -> tuple[Token | None, Token | None]:
    """The speech or naming verb a quoted fragment depends on, and its subject; also a rebuttal the
    fragment characterises through "as" ("rejected the accusation as “baseless”", round 18)."""
    first, last = layout.token_range(quoted.start, quoted.end)
    tokens = layout.doc[first:last]
    head = next((t for t in tokens if not t.is_punct and not (first <= t.head.i < last)), None)
    if head is None:
        return None, None
    token = head.head
    through_as = False  # "rejected the accusation as “baseless”": the rebuttal characterises with the fragment
    for _ in range(4):
        through_as = through_as or (token.dep_ == "prep" and token.lower_ == "as")
        lemma = token.lemma_.lower()
        if token.pos == VERB and (lemma in _FRAGMENT_VERBS or (through_as and lemma in REBUTTING_VERBS)) and not _is_so_called(token):
            speaker, _how = find_speaker(token, layout.quote_of)
            if speaker is not None and not (first <= speaker.i < last):
                return token, author_of(speaker)
            return None, None
        if token.head.i == token.i:
            verb = _verb_after_relative_aside(token, first)
            if verb is not None and verb.lemma_.lower() in _ACTS_OF_SPEECH:
                return verb, token
            break
        token = token.head
    return None, None


def _passive_topic_speaker(cue: Token, speaker: Token | None, how: str) -> bool:
    """Whether the speaker found for a speech, belief or naming verb is that verb's own passive subject ("access
    would be considered …", "the envoy was told that …"): what is talked of or to, not who talks. Not a state of
    mind ("protesters were frustrated that …": they hold the view) nor a subject taken from a passive head verb
    further up (round 31)."""
    return (
        how == "passive" and speaker is not None and speaker.dep_ == "nsubjpass" and speaker.head.i == cue.i
        and cue.lemma_.lower() in _PASSIVE_TOPIC_VERBS
    )


def _verb_after_relative_aside(root: Token, quote_start: int) -> Token | None:
    """The sentence's verb when the parser made its subject the root and the verb a modifier of it after a
    relative clause ("Oman's foreign minister, who chaired the session, offered to host talks “as soon as…”"
    with the fragment hung on "minister"): that verb, when it comes before the fragment; the root noun is its
    subject (round 31)."""
    if root.pos not in (NOUN, PROPN):
        return None
    return next((c for c in children_of(root) if c.i < quote_start and _after_relative_aside(c)), None)


# Verbs that report a stance with no content of their own: "Bystrom agreed. "…""
_STANCE_VERBS = SPEECH_VERBS | frozenset({"agree", "disagree", "concur", "object", "demur"})
_LEAD_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_LEAD_SENTENCE_TOKENS = 12  # "X agreed." is short: a longer sentence is the writer's own


def _lead_speaker(layout: _Layout, quoted: QuotedSpan, paragraph_start: int) -> tuple[Token | None, Token | None]:
    """Who speaks a quote that opens its sentence with no cue of its own, from the words that lead
    into it in the same paragraph: the subject of the clause before a colon ('He played up his
    strength: "Who gives us the best chance?"') or of a short sentence that only reports a stance
    ('Bystrom agreed. "Mainstream Republicans are running out of time."'). The subject must be a
    person or body (a name, a personal pronoun, a role noun): 'The result was stark: "…"' keeps
    no speaker."""
    doc, text = layout.doc, layout.text
    lead = text[paragraph_start:quoted.start].rstrip()
    if not lead:
        return None, None
    first = layout.token_range(quoted.start, quoted.end)[0]
    if lead.endswith(":"):
        colon = first - 1
        while colon >= 0 and doc[colon].text != ":":
            colon -= 1
        if colon < 0:
            return None, None
        verb = doc[colon].head
        while verb.pos not in (VERB, AUX) and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    elif lead.endswith("."):
        sentence = doc[first - 1].sent
        if len(sentence) > _LEAD_SENTENCE_TOKENS or doc[sentence.start].idx < paragraph_start:
            return None, None
        verb = sentence.root
        if verb.lemma_.lower() not in _STANCE_VERBS or any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in children_of(verb)):
            return None, None
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].left_edge.i != sentence.start or doc[sentence.start].pos_ in ("CCONJ", "ADV"):
            return None, None  # "Or maybe Jeb Bush, a consultant says.": the sentence holds content of its own
        subject = subjects[0]
    else:
        return None, None
    if subject is None or verb.pos not in (VERB, AUX) or layout.quote_of[verb.i] >= 0:
        return None, None
    person = subject.lower_ in _LEAD_PRONOUNS or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subject.pos == PROPN
    if not (person or (subject.pos == NOUN and subject.lower_ in ROLE_WORDS)):
        return None, None
    return (verb if verb.lemma_.lower() in _STANCE_VERBS else None), author_of(subject)


def _after_so_called(text: str, start: int) -> bool:
    """Whether the quoted stretch opening at ``start`` comes right after "so-called" (or "so called"): the
    writer's scare quote, whatever verb the sentence hangs it on (round 39). Reads the dozen characters
    before the mark."""
    return text[max(0, start - 12) : start].rstrip().lower().endswith(("so-called", "so called"))


def _is_so_called(token: Token) -> bool:
    """ "so-called" is a scare quote's marker, not a speech verb."""
    doc = token.doc
    return token.lower_.startswith("so-") or (token.i > 0 and doc[token.i - 1].lower_ in ("so", "so-")) or (
        token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "so"
    )


def _quote_before(candidates: list[Candidate], position: int) -> Candidate | None:
    best = None
    for candidate in candidates:
        if candidate.end <= position and (best is None or candidate.end > best.end):
            best = candidate
    return best


def _previous_paragraph(text: str, end: int, paragraph_start: int) -> bool:
    """Whether ``end`` lies in the paragraph just before the one starting at ``paragraph_start``."""
    between = text[end:paragraph_start]
    return between.count("\n") >= 1 and not any(line.strip() and any(c.isalnum() for c in line) for line in between.split("\n")[1:])


# --------------------------------------------------------------------------- records


def extract_quotes(doc: Doc, entities: EntityIndex, model: QuoteModel | None = None) -> tuple[Quote, ...]:
    """The quotes of ``doc``, in text order, with ids q1, q2…"""
    model = model or default_model()
    candidates, layout = propose_candidates(doc)
    for candidate in candidates:
        candidate.score = model.probability(candidate.features) if candidate.relation != "viewpoint" else model.rule_confidence("viewpoint", VIEWPOINT_CONFIDENCE)
    return quotes_from_scored(layout, candidates, model, entities)


def quotes_from_scored(layout: _Layout, candidates: list[Candidate], model: QuoteModel, entities: EntityIndex) -> tuple[Quote, ...]:
    """Select among scored candidates, leave out the acts and add the quotes without a cue (quoted
    words inside an act among them: "accused X of “strangling” Y"), and build the records. The acts'
    speakers take part in naming the pronouns after them before they are left out (round 17)."""
    for candidate in candidates:
        candidate.via = []
    selected = select(candidates, model.threshold, layout.text)
    chosen = add_uncued(layout, selected, model, candidates)
    # An act's subject is still the person a following "he"/"she" or "it" names ("X ordered the army
    # to… “…,” he said"): the acts take part in naming pronouns, then are left out.
    acts = [c for c in selected if c.act and c.speaker is not None]
    ordered = sorted(chosen + acts, key=lambda c: c.start) if acts else chosen
    records = tuple(_to_quote(layout, entities, c, "") for c in ordered)
    named = _name_unresolved_pronouns(records, [c.speaker for c in ordered], entities)
    kept = [quote for quote, candidate in zip(named, ordered) if not candidate.act]
    return tuple(replace(quote, id=f"q{i}") for i, quote in enumerate(kept, 1))


_PERSONAL_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVE_PERSONAL = {"his": "he", "her": "she"}
PRONOUN_LOOKBACK = 6  # how many quotes back an unresolved "he"/"she" may find its speaker


def _name_unresolved_pronouns(quotes: tuple[Quote, ...], speaker_tokens: list[Token | None], entities: EntityIndex) -> tuple[Quote, ...]:
    """A "he"/"she" speaker the entity index leaves unresolved is named after the previous speaker
    of one person whose name does not say the other gender: '"…," the Russian President said. He
    added that…' (the rule claims apply to sources).

    The entity index resolves pronouns to named people; an unnamed speaker ("the Russian
    President", "a senior official") is no entity, so the pronoun would otherwise be named "He".
    A previous speaker that is an entity other than a person (a country, an outlet), a document,
    or a plural or coordinated one ("officials", "Hungary and Slovakia"), stops the search; a name
    the tagger missed counts as one person when a role noun is set beside it ("Chola Mumba, a mining
    analyst at Kafue Capital, told…"). The
    mention stays the pronoun; the entity is the previous speaker's (None when unnamed).
    """
    named: list[Quote] = []
    previous: list[tuple[Speaker, bool, Token]] = []  # earlier speakers, whether each is one person, its token
    for quote, token in zip(quotes, speaker_tokens):
        speaker = quote.speaker
        if speaker is None or token is None:
            named.append(quote)
            continue
        # a view's holder "In her view, …" is read like "she" (round 23)
        pronoun = _POSSESSIVE_PERSONAL.get(speaker.name.lower(), speaker.name.lower())
        reported_through = _according_to_body_before(token, entities)
        if reported_through is not None:  # "…, according to the state utility X. It said…" (round 18)
            named.append(replace(quote, speaker=Speaker(reported_through.entity, reported_through.name, speaker.start, speaker.end)))
            continue
        # a described age the entity index left unresolved ("“…,” the 49-year-old said") is read like "he"/"she"
        unresolved_age = speaker.entity is None and _age_noun_end(token)
        if (pronoun in _PERSONAL_PRONOUNS or unresolved_age) and speaker.entity is None:
            gender = pronoun if pronoun in _PERSONAL_PRONOUNS else ""
            found, found_token = None, None
            for earlier, one_person, earlier_token in reversed(previous[-PRONOUN_LOOKBACK:]):
                if not gender_fits(gender, earlier.name):
                    continue
                if one_person:
                    found, found_token = earlier, earlier_token
                break
            if found is not None and not unresolved_age and _described_subject_since(token, found_token):
                found = None  # "X said… The Kazakh President spent the day on the loan. He said…" (round 27)
            if found is not None:
                quote = replace(quote, speaker=Speaker(found.entity, found.name, speaker.start, speaker.end))
            elif not unresolved_age:
                described = person_described_before(token, ROLE_WORDS)
                if described is not None:  # "Montenegro's prime minister rejected the criticism. …, he said" (round 17)
                    start, end = _mention_bounds(described)
                    quote = replace(quote, speaker=Speaker(None, doc_text(token.doc)[start:end], speaker.start, speaker.end))
                    # a later "he" takes up the person so described: "…, he told the broadcaster. He accused…" (round 27)
                    previous.append((quote.speaker, True, token))
                else:
                    person = _person_named_before(token, entities, gender)
                    if person is not None:  # "Juana Mamani sells cloth. … “…,” she said": the person named, as for claims (round 27)
                        quote = replace(quote, speaker=Speaker(person.entity, person.name, speaker.start, speaker.end))
        elif pronoun == "it" and speaker.entity is None:
            body = _body_before(token, entities, previous)
            if body is not None:
                quote = replace(quote, speaker=Speaker(body.entity, body.name, speaker.start, speaker.end))
        elif pronoun not in _PERSONAL_PRONOUNS:
            group = _plural_subject_before(token) if pronoun == "they" and speaker.entity is None else None
            if group is not None:  # "Farmers' unions disagree. They say…" are the unions, as for claims (round 43)
                entity, name, _, _ = _refer(entities, group, doc_text(token.doc))
                quote = replace(quote, speaker=Speaker(entity, name, speaker.start, speaker.end))
            police = _police_taken_up(token, previous[-PRONOUN_LOOKBACK:]) if speaker.entity is None else None
            if police is not None:  # "According to the regional police, … The force said…" (round 28)
                quote = replace(quote, speaker=Speaker(police.entity, police.name, speaker.start, speaker.end))
            described = _unnamed_role_taken_up(token, speaker, previous[-PRONOUN_LOOKBACK:], entities)
            if described is not None:  # "“…,” Cameroon's interior minister said. … The minister said…" (round 28)
                quote = replace(quote, speaker=Speaker(described.entity, described.name, speaker.start, speaker.end))
                speaker = quote.speaker
            entity = entities.entity(speaker.entity) if speaker.entity is not None else None
            singular = token.tag_ not in ("NNS", "NNPS") and not _other_parties(token)
            if entity is not None:
                one_person = singular and entity.type == "PERSON"
            else:  # an unnamed noun phrase: "the Russian President", not "the report" or an untagged name
                # "the Russian President" is tagged PROPN; "the government" is a body, which no "he" takes up (round 27)
                role = (token.pos == NOUN or token.lower_ in ROLE_WORDS) and token.lower_ not in ORG_NOUNS
                # a name the tagger missed, set beside a person's role: "Chola Mumba, a mining analyst, …" (round 16)
                # so is one described by a noun with a "who" clause: "Aminu Garba, a vaccinator who works on both sides" (round 45)
                role = role or (token.pos == PROPN and any(
                    c.dep_ == "appos" and c.tag_ == "NN" and (c.lower_ in ROLE_WORDS or _who_clause_on(c)) for c in children_of(token)
                ))
                one_person = singular and role and token.lemma_.lower() not in DOCUMENT_NOUNS
            previous.append((speaker, one_person, token))
        named.append(quote)
    return tuple(named)


def _who_clause_on(noun: Token) -> bool:
    """Whether a relative clause whose subject is "who" hangs on ``noun``: the noun describes a person."""
    return any(c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in children_of(c)) for c in children_of(noun))


_BODY_TYPES = frozenset({"ORG", "GPE"})
POLICE_NOUNS = frozenset({"police", "gendarmerie", "constabulary"})


def _unnamed_role_taken_up(token: Token, speaker: Speaker, previous: list[tuple[Speaker, bool, Token]], entities: EntityIndex) -> Speaker | None:
    """"Chad's minister, X, condemned… “…,” Cameroon's interior minister said. … The minister said…": a bare
    "the minister" the entity index gave a person named before takes up an unnamed speaker with the same
    role noun who spoke since that person last spoke or was named (the description the reader has in
    mind); None otherwise. Claims' sources already read it so (``claims._earlier_source``). A bare "the
    official" the index gives no one takes up the unnamed speaker so introduced the same way: "A senior EU
    diplomat said… “…,” the diplomat said" is the senior EU diplomat (round 37)."""
    if token.pos != NOUN or token.tag_ != "NN":
        return None
    if [c.lower_ for c in children_of(token) if c.i < token.i] != ["the"]:
        return None
    lemma = token.lemma_.lower()
    for earlier, one_person, earlier_token in reversed(previous):
        if (speaker.entity is not None and earlier.entity == speaker.entity) or earlier_token.i >= token.i:
            return None
        if earlier_token.lemma_.lower() == lemma:
            if earlier.entity is not None or not one_person:
                return None
            if speaker.entity is None:
                return earlier if earlier.name.lower() != speaker.name.lower() else None
            named_since = entities.mentions_in(earlier_token.idx, token.idx)
            return None if any(ref.entity == speaker.entity for _, ref in named_since) else earlier
    return None


def _police_taken_up(token: Token, previous: list[tuple[Speaker, bool, Token]]) -> Speaker | None:
    """"According to the regional police, six officers were hurt. The force said…": a bare definite
    "the force" takes up the police heard last (a police service is called a force); None when the
    speaker is another phrase or no police spoke before. A "force" with a word of its own ("the UN
    force", "the peacekeeping force") is not taken up."""
    if token.lemma_.lower() != "force" or token.tag_ != "NN":
        return None
    if [c.lower_ for c in children_of(token) if c.dep_ not in ("punct",) and c.i < token.i] != ["the"]:
        return None
    for earlier, _, earlier_token in reversed(previous):
        if earlier_token.lemma_.lower() in POLICE_NOUNS and earlier_token.i < token.i:
            return earlier
    return None


def _plural_subject_before(pronoun: Token) -> Token | None:
    """The plural subject of the sentence right before a speaking "they" in its paragraph ("Farmers' unions
    disagree. They say…"): a plural noun or a coordination, not a pronoun; None otherwise (claims' sources read
    "they" the same way, ``claims._group_source``)."""
    sentence = pronoun.sent
    colon_subject = plural_subject_before_colon(pronoun)  # "Unions see it differently: they say…" (round 44)
    if colon_subject is not None:
        return colon_subject
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    if "\n" in doc_text(pronoun.doc)[before.end_char - 1 : sentence.start_char]:
        return None
    subject = next((c for c in children_of(before.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos == PRON:
        return None
    return subject if plural_phrase(subject) else None


def _person_named_before(pronoun: Token, entities: EntityIndex, gender: str):
    """The last person named before a "he"/"she" in its paragraph, when neither the entity index nor an
    earlier speaker explains the pronoun, of a gender the first name allows (claims' sources look
    further back, ``_previous_person``)."""
    paragraph_start = doc_text(pronoun.doc).rfind("\n", 0, pronoun.idx) + 1
    for _, ref in reversed(entities.mentions_in(paragraph_start, pronoun.idx)):
        if ref.type == "PERSON" and gender_fits(gender, ref.name):
            return ref
    return None


def _described_subject_since(pronoun: Token, speaker: Token) -> bool:
    """Whether the sentence right before a "he"/"she", after the earlier speaker's, has for its subject
    one person described without a name ("The Kazakh President, who met his guest, spent the day on
    the loan. He said…"): the pronoun is that person, not the earlier speaker."""
    described = person_described_before(pronoun, ROLE_WORDS)
    return described is not None and described.dep_ == "nsubj" and sentence_start_of(speaker) < sentence_start_of(described)


def _according_to_body_before(pronoun: Token, entities: EntityIndex) -> Speaker | None:
    """The organisation or state a speaking "it" stands for when the sentence before was reported
    "according to" it (``cues.according_to_source_before``): the entity index would take the subject
    of that sentence, which is what was reported ("Djibouti owes…, according to the state utility
    Ethiopian Electric Power. It said…" is the utility). None for any other speaker, and when the
    source is no named body."""
    body_noun = _definite_body_noun(pronoun)
    if pronoun.lower_ != "it" and not body_noun:
        return None
    source = according_to_source_before(pronoun)
    if source is None:
        return None
    entity, name, _, _ = _refer(entities, source, doc_text(pronoun.doc))
    found = entities.entity(entity) if entity is not None else None
    if body_noun:
        # "According to Albanian Railways, the trip took two hours. The company said…", "According to
        # UNESCO's secretariat, … The secretariat said…" (round 19): the source named by that body
        # noun, or an organisation, the only one that sentence names
        same_noun = source.lemma_.lower() == pronoun.lemma_.lower()
        organisations = {e.label_ for e in source.sent.ents if e.label_ == "ORG" and not e.start <= source.i < e.end}
        # the tagger's type of the name counts too: the index can type a two-word name as a person
        organisation = (found is not None and found.type == "ORG") or source.ent_type_ == "ORG"
        only_organisation = organisation and not organisations
        return Speaker(entity, name, None, None) if same_noun or only_organisation else None
    # a body by its entity's type, or by the noun that introduced it when the tagger typed the name
    # otherwise ("According to the regulator, HAICA, …" with HAICA read as a person)
    body = found is not None and (found.type in _BODY_TYPES or (source.pos == NOUN and source.lemma_.lower() in ORG_NOUNS))
    return Speaker(entity, name, None, None) if body else None


def _definite_body_noun(token: Token) -> bool:
    """"The company", "the secretariat": a body noun with "the" and nothing else before it, the
    subject that opens its sentence, which can only refer back."""
    if token.pos not in (NOUN, PROPN) or token.lower_ not in ORG_NOUNS or token.dep_ != "nsubj":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_iob_ == "I" for o in subtree_of(c)) for c in rights_of(token)):
        return False  # "The Organization of American States": a name that runs on past "of", not "the organization" (round 20)
    left = list(lefts_of(token))
    return len(left) == 1 and left[0].lower_ == "the" and left[0].i == sentence_start_of(token)


def _body_before(pronoun: Token, entities: EntityIndex, previous: list[tuple[Speaker, bool, Token]]) -> Speaker | None:
    """What a speaking "it" the entity index leaves unresolved stands for (round 16, as claims'
    sources): the named organisation or state that is the subject of the sentence before ("Gulfmar
    denied the charges. In a statement, it said…"), else the speaker of the last quote when that is
    one body (not a person, a document, a group or a pair) and spoke in the sentence right before
    ("…, the ministry said in a statement. It demanded that…"); None otherwise: "Qatar's ministry
    said… The mediation angered Niger's government. It said…" is not Qatar's ministry."""
    doc = pronoun.doc
    sentence_start = sentence_start_of(pronoun)
    owner = account_owner_before(pronoun)
    if owner is not None:  # "The ministry's account of the call was shorter. It said…" (round 21)
        entity, name, _, _ = _refer(entities, owner, doc_text(doc))
        return Speaker(entity, name, None, None)
    if sentence_start > 0:
        before = doc[sentence_start - 1].sent
        subject = next((c for c in children_of(before.root) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos == PROPN:
            ref = entities.ref_at_token(subject)
            if ref is not None and ref.type in _BODY_TYPES:
                return Speaker(ref.entity, ref.name, None, None)
    if not previous:
        return None
    earlier, _, token = previous[-1]
    if token.tag_ in ("NNS", "NNPS") or _other_parties(token) or token.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    if sentence_end_of(token) < sentence_start or token.i >= pronoun.i or token.pos == PRON:
        return None  # the last speaker spoke in this sentence or the one right before, no sentence between
    entity = entities.entity(earlier.entity) if earlier.entity is not None else None
    if entity is not None:
        return earlier if entity.type in _BODY_TYPES else None
    if token.pos == PROPN and token.lower_ in ORG_NOUNS:
        # "…, the Malagasy foreign ministry said in a statement. It accused…": a body noun the tagger
        # read as part of a name, unresolved, is still the body that spoke (round 19)
        return earlier
    # a body noun that is also a word of a person's role ("the bank", "central bank governor") is the body
    # (round 47): "The bank said in a statement… It warned, however, that…"
    return earlier if token.pos == NOUN and (token.lower_ not in ROLE_WORDS or token.lower_ in ORG_NOUNS) else None


def _kind(pieces: list[tuple[int, int]], layout: _Layout) -> str:
    quotes = layout.quotes_between(pieces[0][0], pieces[-1][1])
    exact = {(q.start, q.end) for q in quotes}
    if all(piece in exact for piece in pieces):
        return "direct"
    if any(pieces[0][0] <= q.start and q.end <= pieces[-1][1] for q in quotes):
        return "mixed"
    return "indirect"


def _name_token(token: Token) -> Token:
    """The token that names a speaker: a relative pronoun ("…, who said") stands for its antecedent;
    "the statement said" for the author of the statement named before (_document_author_before); an
    unnamed spokesperson for the body it speaks for (_spokesperson_body); "the filing" for whoever brought
    the case in the sentence before (``cues.case_brought_before``); a bare "the delegation" for the subject of
    its sentence that names it in full (``cues.subject_named_again``); "the summit" (of "the summit's
    communique") for the body that held it (``cues.meeting_host_before``); "a ministry statement" for the
    ministry the sentence before names (``cues.body_named_before``); all as for claims' sources."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        set_off = token.i > 0 and token.doc[token.i - 1].text == ","
        return _named_antecedent(token.head.head) if set_off else token.head.head
    return (_document_author_before(token) or _spokesperson_body(token) or case_brought_before(token) or subject_named_again(token) or meeting_host_before(token)
            or body_named_before(token) or token)


def _named_antecedent(antecedent: Token) -> Token:
    """The antecedent of a relative clause set off by a comma after a description of a name: in
    "criticised by Omonia, the association of the Greek minority, which said…" the parser hangs the
    clause on "minority", but the description only tells what Omonia is, and Omonia says it (round
    19). The name the apposition describes, when the antecedent is the object of "of" inside that
    apposition; otherwise the antecedent as parsed.

    A place set after a named body only says where the body is (round 20): in "criticised by the
    opposition United Progress Front in Lusaka, which said…" the Front speaks, not Lusaka."""
    of = antecedent.head
    if (
        antecedent.dep_ == "pobj" and of.lower_ in ("in", "at", "from") and antecedent.ent_type_ in _MODIFIER_PLACE_TYPES
        and of.head.ent_type_ in ("ORG", "PERSON") and of.head.i < antecedent.i
    ):
        return of.head
    if antecedent.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "appos":
        return antecedent
    described = of.head.head
    if described.pos != PROPN and not described.ent_type_:
        return antecedent
    return described


# Records of words spoken: "according to a transcript" of a speech only says where the words were kept.
_SPEECH_RECORD_NOUNS = frozenset("transcript recording readout video footage audio tape clip".split())


def _records_the_speech(according: Token, source: Token | None) -> bool:
    """"“…,” the President told servicemen, according to a transcript published by the Kremlin": the
    record relays what the verb's own subject said, who is the speaker; the "according to" is no
    frame of its own (round 27)."""
    verb = according.head
    return (
        source is not None
        and source.lemma_.lower() in _SPEECH_RECORD_NOUNS
        and verb.i != according.i
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in children_of(verb))
    )


def _second_content_clause(cue: Token, conjunct: Token) -> bool:
    """Whether a conjunct of a reporting verb is a second content clause: "told reporters that the pact
    was open, and that Athens had briefed Paris", which the parser coordinates with the verb, not with
    the first clause. It opens with its own "that", and the verb has a content clause before it."""
    return (
        conjunct.i > cue.i
        and conjunct.left_edge.lower_ == "that"
        and conjunct.left_edge.dep_ == "mark"
        and conjunct.left_edge.head.i == conjunct.i
        and any(c.i < conjunct.i and c.dep_ in ("ccomp", "prep") and _holds_that_clause(c) for c in children_of(cue))
    )


def _holds_that_clause(child: Token) -> bool:
    """Whether a verb's dependent holds a clause opened by "that": its content ("said that A") or a
    document's ("said in a statement that A")."""
    if child.dep_ == "ccomp":
        return True
    return any(w.dep_ == "mark" and w.lower_ == "that" for w in subtree_of(child))


def _has_second_content_clause(cue: Token, root: Token) -> bool:
    """Whether a second content clause of the cue follows the content clause ``root``: the content
    must not run on into it ("that A, and that B")."""
    return any(c.dep_ == "conj" and c.i > root.i and _second_content_clause(cue, c) for c in children_of(cue))


def _spokesperson_body(token: Token) -> Token | None:
    """"A spokesman for the British Foreign Office said", "a Kremlin spokesman said": an unnamed
    spokesperson speaks for the body (docs/schema.md, as for claims' sources); a named one ("a
    spokesman for the ministry, Ivan Petrov,") is that person."""
    if token.lemma_.lower() not in SPOKESPERSON_NOUNS or any(c.dep_ == "appos" for c in children_of(token)) or token.dep_ == "appos":
        return None
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            objects = [c for c in children_of(child) if c.dep_ == "pobj"]
            if objects and _person_named_after(objects[0], objects[1:]):
                return None
            if objects:
                return objects[0]
    named = [c for c in children_of(token) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    return named[-1] if named else None


def _person_named_after(body: Token, other_objects: list[Token]) -> bool:
    """"a spokesman for the movement, Gatluak Riek,": a name set off by a comma after the body a
    spokesperson speaks for names the spokesperson, whether the parser hung it on the body as an
    apposition or on "for" as a second object (round 28)."""
    doc = body.doc
    after = [c for c in children_of(body) if c.dep_ == "appos" and c.i > body.i] + other_objects[:1]
    return any(
        doc[name.left_edge.i - 1].text == "," and name.pos_ == "PROPN" and name.i > body.i
        and (name.ent_type_ == "PERSON" or (not name.ent_type_ and _who_clause(name)))
        for name in after
    )


def _who_clause(name: Token) -> bool:
    """Whether a "who" clause hangs on ``name`` (a person's name the tagger missed: "…, Puok Riek, who…")."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in children_of(c)) for c in children_of(name))


# Verbs whose object is a document its subject puts out: "X issued a statement".
_ISSUING_VERBS = frozenset("issue release publish send circulate deliver post submit file sign hand".split())
_DOCUMENT_LOOKBACK_SENTENCES = 3


def _document_author_before(token: Token) -> Token | None:
    """"…, the notification said" after "The ban was announced by X in a notification": a definite
    document noun whose own phrase names no author stands for the author of the last document of
    that kind named in the three sentences before: its author_of, or the subject or agent of the
    verb it hangs on ("X said in a statement", "X issued a statement", "announced by X in a
    notification"). None when nothing before says."""
    if token.lemma_.lower() not in DOCUMENT_NOUNS or author_of(token).i != token.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(token)):
        return None
    doc = token.doc
    first = sentence_start_of(token)
    for _ in range(_DOCUMENT_LOOKBACK_SENTENCES):
        if first == 0:
            break
        first = sentence_start_of(doc[first - 1])
    lemma = token.lemma_.lower()
    for earlier in reversed(token_objects(doc)[first: token.i]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
            continue
        author = author_of(earlier)
        if author.i != earlier.i:
            return author
        holder = earlier.head
        if earlier.dep_ == "pobj" and holder.dep_ == "prep" and holder.head.pos_ in ("VERB", "AUX"):
            verb = holder.head
        elif earlier.dep_ == "dobj" and holder.lemma_.lower() in _ISSUING_VERBS:
            verb = holder
        else:
            return None
        for child in children_of(verb):
            if child.dep_ == "agent":
                agent = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    return None


_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
_MODIFIER_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})  # what only modifies a common-noun speaker


def _refer(entities: EntityIndex, token: Token, text: str, speaker: bool = True) -> tuple[str | None, str, int, int]:
    """(entity id, name, mention start, mention end) for a speaker (or, ``speaker=False``, a via) token."""
    start, end = _mention_bounds(token)
    owner = (owner_of_own_source(token) or body_of_office(token)) if speaker else None
    if owner is not None:
        # "…, according to its office in Podgorica": the body whose office it is speaks (round 19);
        # the mention stays where the text names the source
        entity, name, _, _ = _refer(entities, owner, text)
        return entity, name, start, end
    named = _name_token(token)
    name_start, name_end = (start, end) if named.i == token.i else _mention_bounds(named)
    ref = entities.resolve(name_start, name_end, speaker=speaker)
    if speaker and named.pos == NOUN and (ref is None or ref.type != "PERSON"):
        # "the human rights group Viasna", "a 19-year-old man, who gave his name only as Jawad,": the name beside
        # the description names the speaker (round 16), as it names a claim's source
        beside = name_set_beside(entities, named, RELAYING_PARTICIPLES | DOCUMENT_READER_VERBS, ("acl", "relcl"), possessor_fallback=False)
        if beside is not None:
            return beside.entity, beside.name, start, end
        later = name_given_later(entities, named, ROLE_WORDS)
        if later is not None:  # "a Hungarian minister told… The Hungarian minister, Levente Papp," (round 17)
            return later.entity, later.name, start, end
    if ref is not None and speaker and (named.pos == NOUN or group_place(named) is not None) and ref.type in _MODIFIER_PLACE_TYPES:
        # "Guatemala's largest teachers' union, which said…": the place only modifies the speaker, which
        # is the phrase as written, as for claims' sources (round 18)
        ref = None
    if ref is not None and speaker and ref.type == "GPE" and (body := body_named_with_place(named)) is not None:
        return None, text[body[0]:body[1]], start, end  # "Age UK estimates…" is not the UK (round 39)
    if ref is not None and speaker and ref.type in _MODIFIER_PLACE_TYPES and (person := person_after_place_title(named)) is not None:
        # "Chile's President Ana Lucía Herrera warned…": the president speaks, named as written (round 39)
        return None, text[person[0]:person[1]], start, end
    if ref is not None and speaker and ref.type == "PERSON" and body_owned_by_person(named, entities):
        ref = None  # "Marine Le Pen's National Rally has said…": the party speaks, named as written (round 39)
    if ref is not None and speaker and _owned_name_untagged(named, ref, entities):
        # "Bangladesh’s Department of Narcotics Control said": the tagger took the whole phrase as one
        # name and the index kept only the country; the body is the speaker, named as written (round 29)
        ref = None
    if ref is not None and speaker and ref.type == "GPE" and (government := government_of_capital(text[name_start:name_end], ref.name)):
        return ref.entity, government, start, end  # "Abidjan condemned…": the Ivorian government (round 45)
    if ref is not None:
        return ref.entity, ref.name, start, end
    conjoined = _other_parties(named) if speaker else []
    if conjoined and named.i == token.i:
        # "Hungary and Slovakia have said…": the pair speaks, named as written (no one entity is it)
        names = []
        for part in (named, *conjoined):
            part_start, part_end = _mention_bounds(part)
            part_ref = entities.resolve(part_start, part_end)
            names.append(part_ref.name if part_ref is not None else text[part_start:part_end])
            end = max(end, part_end)
        return None, join_names(names), start, end
    kind = another_of_the_kind(named) if speaker else None
    if kind is not None:  # "A diplomat said… Another said…": another diplomat (round 33)
        return None, kind, start, end
    # "The ministry's response was that…": the holder is named without its possessive ending (round 22)
    name_end = title_of_end(named, name_end)
    if named.i == token.i:
        end = max(end, name_end)
    return None, _POSSESSIVE_END.sub("", text[name_start:name_end]), start, end


def _owned_name_untagged(named: Token, ref, entities: EntityIndex) -> bool:
    """Whether a speaker's head is a capitalised body name ("Department", "Ministry"…) owned by a place
    ("X’s Department of …") that no entity of the index holds, so that the place the mention resolves
    to only owns the speaker."""
    return (
        named.pos == PROPN
        and ref.type in _MODIFIER_PLACE_TYPES
        and named.lower_ in ORG_WORDS
        and any(c.dep_ == "poss" for c in children_of(named))
        and entities.ref_at_token(named) is None
    )


def _other_parties(head: Token) -> list[Token]:
    """The nouns coordinated with a speaker that name other parties ("Hungary and Slovakia"), not
    a second title of the same person ("the former secretary and current nominee")."""
    return [c for c in conjunct_chain(head) if c.pos in (NOUN, PROPN) and not _second_title(c.head, c)]


def _second_title(head: Token, conjunct: Token) -> bool:
    """"the former secretary and current presidential nominee": two titles of one person (a
    singular noun conjoined without a determiner of its own), not two speakers."""
    return head.tag_ == "NN" and conjunct.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in children_of(conjunct))


def _channels(cue: Token, text: str) -> list[Token]:
    """Outlets a quote went through, named in its cue clause: "told the New York Times", "said on
    CNN", "in an interview with Reuters", "Speaking to the BBC, X said", "X, speaking to the New York
    Times, said" (a participle right before the cue, which the parser hangs on the speaker or the quote)."""
    found: list[Token] = []

    def visit(token: Token, depth: int) -> None:
        for child in children_of(token):
            dep = child.dep_
            if dep in ("dative", "dobj") and token.lemma_ in ("tell", "give") and _is_outlet(child, text):
                found.append(child)
            elif dep == "prep" and child.lower_ in _VIA_PREPOSITIONS:
                for pobj in children_of(child):
                    if pobj.dep_ != "pobj":
                        continue
                    if _is_outlet(pobj, text):
                        found.append(pobj)
                    elif depth < 2 and pobj.pos == NOUN:
                        visit(pobj, depth + 1)  # "in an interview with …", "in a statement to …"
            elif dep == "advcl" and child.lemma_ in _VIA_VERBS and depth == 0:
                visit(child, depth + 1)  # "Speaking to the BBC, X said"

    visit(cue, 0)
    relay = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else None
    if relay is not None and relay.lemma_.lower() in QUOTING_VERBS:
        # "Interfax quoted the minister as saying…", "was quoted by Interfax as saying": the agency relays
        relayers = [c for c in children_of(relay) if c.dep_ == "nsubj"]
        relayers += [o for c in children_of(relay) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
        found.extend(c for c in relayers if _is_outlet(c, text))
    doc = cue.doc
    for token in token_objects(doc)[max(sentence_start_of(cue), cue.i - 12):cue.i]:
        # a participle that ends right before the cue, whatever the parser hung it on
        if _participle_phrase(token) and token.lemma_ in _VIA_VERBS and token.right_edge.i >= cue.i - 2 and token.head.i != cue.i:
            visit(token, 1)
    return found


def _to_quote(layout: _Layout, entities: EntityIndex, candidate: Candidate, ident: str) -> Quote:
    text = layout.text
    cue = None
    if candidate.cue_tokens:
        cue_start = min(t.idx for t in candidate.cue_tokens)
        cue_end = max(t.idx + len(t.text) for t in candidate.cue_tokens)
        cue = Span(cue_start, cue_end, text[cue_start:cue_end])
    speaker = None
    if candidate.speaker is not None:
        speaker = Speaker(*_refer(entities, candidate.speaker, text))
    via_tokens = list(candidate.via)
    if candidate.cue is not None:
        via_tokens += [t for t in _channels(candidate.cue, text) if all(t.i != v.i for v in via_tokens)]
    via = []
    for token in via_tokens:
        if candidate.speaker is not None and token.i == candidate.speaker.i:
            continue
        via.append(Via(*_refer(entities, token, text, speaker=False)))
    start, end = candidate.start, candidate.end
    parts = tuple(Span(a, b, text[a:b]) for a, b in candidate.pieces) if len(candidate.pieces) > 1 else ()
    return Quote(
        id=ident,
        text=text[start:end],
        start=start,
        end=end,
        kind=_kind(candidate.pieces, layout),  # type: ignore[arg-type]
        cue=cue,
        speaker=speaker,
        via=tuple(via),
        confidence=round(candidate.score, 3),
        parts=parts,
    )
