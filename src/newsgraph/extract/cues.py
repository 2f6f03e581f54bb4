"""What marks reported speech in news text: quotation marks, and the words that introduce speech.

Two things live here, both independent of spaCy so they are cheap and testable on their own:

- ``find_quoted_spans(text)``: the stretches of text between quotation marks, with the marks.
  Straight (") and curly (“ ”) double quotes, doubled apostrophes ('' as in some wire copy),
  and single quotes (‘ ’ ') when they are used as quotes rather than apostrophes. Quotes never
  cross a paragraph break, except the news convention of a quote that runs over several
  paragraphs: a paragraph that opens a quote without closing it continues into the next
  paragraph *when that paragraph starts with an opening mark*. A mark that is never closed ends
  its quote at the end of its paragraph, so an unbalanced mark never swallows the article.
- Lexicons of cue words (reporting verbs, belief verbs, report nouns) and of words naming news
  outlets, built once at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..nlp import children_of, lefts_of, rights_of, sentence_start_of, subtree_of

# --------------------------------------------------------------------------- quotation marks

DOUBLE_OPEN = frozenset("“„‟«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‹")
SINGLE_CLOSE = frozenset("’›")
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
QUOTE_CHARACTERS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | {STRAIGHT_DOUBLE, STRAIGHT_SINGLE, "`"}

# Characters after which a mark opens a quote, and before which a mark closes one.
_OPENING_CONTEXT = frozenset(" \t\n\r([{—–-/:;,")
_CLOSING_CONTEXT = frozenset(" \t\n\r)]}—–-/:;,.!?…")

_DECADE = re.compile(r"\d0s\b")
_MARK = re.compile(r"''|``|[\"“”„‟«»‘’‚‹›'`]")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between quotation marks, marks included.

    ``pieces`` has one (start, end) per paragraph the quote runs through (usually one);
    ``closed`` is False when the last piece ends at a paragraph end without a closing mark.
    """

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool = True
    double: bool = True

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    double: bool
    role: str  # "open", "close" or "either"


def _classify(text: str, start: int, end: int, mark: str) -> _Mark | None:
    """What a quotation mark can be at this place in the text; None for an apostrophe."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens_here = before in _OPENING_CONTEXT or before in DOUBLE_OPEN or before in SINGLE_OPEN
    closes_here = after in _CLOSING_CONTEXT or after in DOUBLE_CLOSE or after in SINGLE_CLOSE or after in "\"'"
    if mark in ("``",) or mark in DOUBLE_OPEN:
        return _Mark(start, end, True, "open")
    if mark in DOUBLE_CLOSE:
        return _Mark(start, end, True, "close")
    if mark in (STRAIGHT_DOUBLE, "''"):
        if opens_here and not closes_here:
            return _Mark(start, end, True, "open")
        if closes_here and not opens_here:
            return _Mark(start, end, True, "close")
        return _Mark(start, end, True, "either")
    # Single marks: most are apostrophes (don't, Obama's, '90s, rock 'n' roll).
    if before.isalnum() and after.isalnum():
        return None
    if _DECADE.match(text, end):
        return None  # the '90s
    if mark in SINGLE_OPEN or mark == "`":
        return _Mark(start, end, False, "open") if after.isalnum() or after in "\"“$£€" else None
    if mark in SINGLE_CLOSE or mark == STRAIGHT_SINGLE:
        if opens_here and (after.isalpha() or after in "\"“$£€"):
            return _Mark(start, end, False, "open")
        if closes_here and not before.isspace():
            return _Mark(start, end, False, "close")
    return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of text, without its line break."""
    bounds = []
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _pair_double(marks: list[_Mark], opened: _Mark | None = None) -> tuple[list[tuple[int, int]], _Mark | None]:
    """Pair the double marks of one paragraph (``opened``: a quote already open at its start).

    Returns the closed spans and the mark still open at the paragraph end, if any.
    """
    spans: list[tuple[int, int]] = []
    for mark in marks:
        if opened is None:
            if mark.role != "close":
                opened = mark
        elif mark.role != "open":
            spans.append((opened.start, mark.end))
            opened = None
        else:
            # An opening mark inside an open quote: the earlier one was never closed. Keep the
            # later one, which is the likelier start of the next quote.
            opened = mark
    return spans, opened


def _pair_single(marks: list[_Mark], double_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair single marks used as quotes outside double quotes; lone ones are apostrophes."""
    spans = []
    opened: _Mark | None = None
    for mark in marks:
        if any(a <= mark.start < b for a, b in double_spans):
            continue  # a quote inside a quote belongs to the outer one
        if mark.role == "open":
            opened = mark
        elif opened is not None:
            spans.append((opened.start, mark.end))
            opened = None
    return spans


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted stretch of ``text``, in order, marks included (see the module docstring).

    The quote and claim extractors both read an article's quotation marks: the last few texts'
    spans are kept, so an article is scanned once.
    """
    return list(_quoted_spans(text))


_ANY_QUOTE_CHARACTER = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARACTERS))) + "]")


@lru_cache(maxsize=4)
def _quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    if not _ANY_QUOTE_CHARACTER.search(text):
        return ()
    paragraphs = _paragraphs(text)
    result: list[QuotedSpan] = []
    carried: list[tuple[int, int]] = []  # pieces so far of a quote running over paragraphs

    def emit(pieces: list[tuple[int, int]], closed: bool, double: bool = True) -> None:
        if pieces and pieces[-1][1] > pieces[0][0] + 1:
            result.append(QuotedSpan(pieces[0][0], pieces[-1][1], tuple(pieces), closed, double))

    for index, (p_start, p_end) in enumerate(paragraphs):
        double: list[_Mark] = []
        single: list[_Mark] = []
        for match in _MARK.finditer(text, p_start, p_end):
            mark = _classify(text, match.start(), match.end(), match.group())
            if mark is not None:
                (double if mark.double else single).append(mark)
        if carried and not text[p_start:p_end].strip():
            continue  # blank line inside a quote running over paragraphs
        continuation = None
        if carried:
            # Carried only when this paragraph starts with an opening mark: that mark continues it.
            continuation = double.pop(0)
        spans, opened = _pair_double(double, continuation)
        if continuation is not None:
            if spans and spans[0][0] == continuation.start:
                a, b = spans.pop(0)
                emit(carried + [(a, b)], True)
                carried = []
            elif opened is continuation:
                carried.append((continuation.start, _trim_end(text, continuation.start, p_end)))
                opened = None
            else:
                emit(carried, False)  # superseded by a new opening mark: the old quote ends here
                carried = []
        for a, b in spans:
            emit([(a, b)], True)
        open_region = [(opened.start, p_end)] if opened is not None else []
        continuing = [(continuation.start, p_end)] if carried else []
        for a, b in _pair_single(single, spans + open_region + continuing):
            emit([(a, b)], True, double=False)
        if opened is not None:
            carried = [(opened.start, _trim_end(text, opened.start, p_end))]
        if carried and not _next_text_opens_quote(text, paragraphs, index + 1):
            emit(carried, False)  # never closed: the quote ends with its paragraph
            carried = []
    if carried:
        emit(carried, False)
    result.sort(key=lambda q: q.start)
    return tuple(result)


def _next_text_opens_quote(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the next non-blank paragraph from ``index`` starts with an opening double mark."""
    for start, end in paragraphs[index:]:
        stripped = text[start:end].lstrip()
        if not stripped:
            continue
        first = stripped[0]
        return first in DOUBLE_OPEN or first == STRAIGHT_DOUBLE or stripped.startswith(("''", "``"))
    return False


# --------------------------------------------------------------------------- cue lexicons
# Lemmas, as the spaCy lemmatizer gives them. They are prior knowledge shared by every reporting
# style; the shipped model learns from annotated news how far to trust each word and pattern.

# Sentences that assert nothing of the article: pointers and a page's furniture ("Here is what we know.", "Sign up…",
# "Follow us on X", "© 2026 …"); claims are not made of them.
NOT_ASSERTIONS = re.compile(
    r"\W*(?:here(?:'s|’s|\s+is|\s+are)\s+(?:what|how|why|who|where|when|the\s+latest|everything)\b"
    r"|read\s+more\b|see\s+also\b|related\s*:|advertisement\b|sign\s+up\b|subscribe\b|click\s+here\b"
    r"|follow\s+(?:us\b|@|[^.!?\n]{1,40}\bon\s+(?:twitter|x|facebook|instagram|threads|bluesky|tiktok)\b)"
    r"|watch\s*:|listen\s*:|©|copyright\b)",
    re.I,
)
# Lines of a page's furniture, every sentence of them: a link to another story ("Read more: Croatia deploys troops…",
# "Related: …", "Watch: …"), a picture's caption ("FILE PHOTO: Soldiers patrol…", which the sentence splitter may
# cut after its label), a copyright line ("© 2026 The Courier. All rights reserved.") or a sharing button ("Share
# this article"). They tell another story, describe a picture or belong to the page: no claim, quote or event comes
# from them.
FURNITURE_LINE = re.compile(
    r"\W*(?:read\s+more|see\s+also|also\s+read|related(?:\s+(?:stories|articles|coverage))?\s*:|more\s+on\s+this\s+story"
    r"|watch\s*:|listen\s*:|advertisement\b|(?:file\s+)?(?:photo(?:graph)?s?|pictures?|images?|captions?)\s*:"
    r"|©|copyright\s+(?:©\s*)?\d{4}\b|share\s+(?:this|on)\b"  # round 37
    # a heading alone on its line over a page's links: "Related stories", "More articles", "Most read" (round 40)
    r"|(?:related|more|top|recommended|popular)\s+(?:stories|articles|coverage|content)\W*$|most\s+(?:read|popular|viewed)\W*$)",
    re.I,
)
# How a caption or a trailer ends its line: a picture credit ("… Photograph: Karen Minasyan/AFP/Getty Images",
# "(Photo by Ana Ruiz/AFP via Getty Images)", "REUTERS/Kacper Pempel/File Photo") or a contributor's line
# ("Associated Press writer … contributed to this report."). An update or correction note ("This article has been
# updated to include…") stays a claim: the outlet asserts it, and PolNeAR's annotators count it as a sentence.
FURNITURE_ENDING = re.compile(
    r"(?:\b(?:Photograph|Photo|Picture|Image|Illustration|Composite)s?:[ \t]*[^\n:.]{2,120}"  # no full stop after a credit
    r"|\((?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\s+(?:by|credit|courtesy)\b[^\n)]{2,120}\)"
    r"|\b(?:REUTERS|AP|AFP|EPA|EFE|ANSA|DPA|PAP|TASS|XINHUA|ANADOLU|KYODO|YONHAP|SIPA|GETTY|IMAGO|ZUMA|SOPA|NURPHOTO)"
    r"(?:-[A-Z]{2,})?/[A-Z][a-z]+(?:[ \-][A-Z][a-z'’]+){1,3}(?:/[Ff]ile [Pp]hoto)?"  # "REUTERS/Kacper Pempel/File Photo"
    r"|\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\.?)[ \t]*$"
)
# How an op-ed's tagline or disclaimer opens its line, a byline at the foot: "The author is a former deputy foreign
# minister.", "The views expressed are the author's own." (A syndication or update note, "This piece first appeared
# on …", stays a claim: PolNeAR's annotators count it as a sentence.)
FURNITURE_OPENING = re.compile(
    r"[ \t]*(?:the\s+(?:author|writer)s?\s+(?:is|are|was|were|has|have)\b|the\s+(?:views|opinions)\s+expressed\b)",
    re.I,
)


# What opens a paragraph without being anyone's words (round 38): a live blog's or a digest's time stamp
# ("13:40 GMT — ", "9.05am - ") and a dateline written in capitals and small letters with its outlet in brackets,
# as AFP writes it ("Lima (AFP) - "). Datelines in capitals are read by countries.dateline and claims.DATELINE.
PARAGRAPH_STAMP = re.compile(
    r"[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|local(?:[ \t]+time)?))?"
    r"|[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][a-z]+){0,2}[ \t]+\((?:AFP|AP|Reuters|dpa|ANSA|EFE|Xinhua|Bernama|Yonhap|Kyodo|Anadolu|IANS|PTI|UPI)\))"
    r"[ \t]*(?:[—–―]|-{1,2})[ \t]*"
)


# A digest's or a transcript's label opening a paragraph: "Nigeria: ", "Oil: ", "Q: ", "BACHE: " (round 38).
PARAGRAPH_LABEL = re.compile(r"[ \t]*[A-Z][\w.'’&\-]*(?:[ \t]+[A-Z][\w.'’&\-]*){0,2}[ \t]*:[ \t]+(?=[A-Z\"“‘'])")


def after_paragraph_stamp(text: str, start: int, end: int, labels: bool = False) -> int:
    """Where the words of a passage begin once a time stamp or an AFP-style dateline that opens its
    paragraph is cut (``PARAGRAPH_STAMP``), and with ``labels`` a label before a colon
    (``PARAGRAPH_LABEL``: a quote's content is never its paragraph's label); ``start`` when the passage
    does not open a paragraph or has none. Reads only the few characters at ``start``."""
    if start > 0 and text[start - 1] != "\n":
        return start
    match = PARAGRAPH_STAMP.match(text, start, end)
    if match is not None and match.end() < end:
        start = match.end()
    if labels:
        match = PARAGRAPH_LABEL.match(text, start, end)
        if match is not None and match.end() < end:
            start = match.end()
    return start


# How far before a phrase a paragraph's time stamp may begin for the phrase still to hold part of it ("13:40 GMT -").
STAMP_REACH = 24


def after_stamp_near(text: str, start: int, end: int) -> int:
    """Where a phrase at ``start:end`` begins once a time stamp or dateline that opens its paragraph is cut
    ("12:50 GMT - A senior official", or "GMT - Iran's news agency" when the parser left the time out of the
    phrase); ``start`` when its paragraph opens more than ``STAMP_REACH`` characters before it or has no stamp.
    Reads only those few characters (round 40)."""
    paragraph_start = text.rfind("\n", max(0, start - STAMP_REACH), start) + 1
    if paragraph_start == 0 and start > STAMP_REACH:
        return start
    cut = after_paragraph_stamp(text, paragraph_start, end)
    return cut if cut > start else start


def is_furniture_line(text: str, line_start: int) -> bool:
    """Whether the line of ``text`` starting at ``line_start`` is a page's furniture: a link to another story, a
    picture's caption or credit, a contributor's line, an op-ed's tagline or disclaimer (no claim or event is read
    from it)."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    return (
        FURNITURE_LINE.match(text, line_start, line_end) is not None
        or FURNITURE_OPENING.match(text, line_start, line_end) is not None
        or FURNITURE_ENDING.search(text, line_start, line_end) is not None
    )


SPEECH_VERBS = frozenset(
    """
    say tell add ask answer reply respond retort counter note observe remark comment state declare
    announce proclaim claim contend argue assert insist maintain explain write tweet retweet post
    blog email text report warn caution predict forecast promise pledge vow swear guarantee suggest
    propose recommend urge demand request admit acknowledge concede confess deny confirm reveal
    disclose boast brag joke quip complain lament grumble protest object recall recount recollect
    describe continue conclude stress emphasize emphasise underscore underline point mention repeat
    reiterate echo shout yell scream whisper mutter chant cry exclaim testify assure reassure inform
    notify advise estimate speculate hint imply indicate signal quote cite concur allege charge
    accuse blame criticize criticise praise hail tout decry denounce condemn slam blast threaten
    muse opine posit theorize affirm attest profess relate volunteer interject explain clarify
    elaborate stipulate specify tell predict vouch caution admonish scold chide rebut refute dispute
    question challenge wonder ponder acknowledge agree disagree""".split()
)
BELIEF_VERBS = frozenset(
    """
    think believe feel know expect hope fear worry doubt suspect assume guess reckon consider figure
    realize realise understand learn recognize recognise imagine wish want intend decide conclude
    find see view regard deem judge reckon suppose presume trust envision anticipate""".split()
)
REPORT_NOUNS = frozenset(
    """
    statement claim remark comment assertion argument allegation accusation announcement report
    suggestion warning promise pledge vow belief view opinion assessment conclusion finding
    prediction insistence admission denial message tweet post interview speech testimony letter memo
    email notion idea fear concern hope theory suspicion charge criticism question response reply
    answer explanation note argument contention estimate forecast rumor speculation complaint
    proposal request demand appeal call advice position stance sense impression view perception
    insistence recognition acknowledgment acknowledgement confirmation revelation disclosure quote
    quip joke retort boast vow threat""".split()
)

# Documents cited as sources: their author, when named, is the speaker ("a report by X").
DOCUMENT_NOUNS = frozenset(
    """
    report statement study survey poll figure data datum estimate analysis document letter memo filing
    release transcript record tally count assessment review audit paper census forecast projection
    statistic note summary notification communique communiqué bulletin text""".split()
)
# Court papers, written by whoever brought the case (round 33), the verbs of bringing one, and what a case is
# brought to ("asked the court to rule", "took Laos to arbitration").
FILING_NOUNS = frozenset("filing filings lawsuit lawsuits".split())
FILING_VERBS = frozenset("file lodge submit sue".split())
COURT_NOUNS = frozenset("court tribunal arbitration arbitrator arbitrators".split())
# An unnamed spokesperson speaks for the body it is named after: "a spokesman for the ministry".
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# Who has a document rather than wrote it: "an internal UN report seen by Reuters" is the UN's.
DOCUMENT_READER_VERBS = frozenset("see obtain review read examine".split())
# Verbs that put someone's words around a quoted fragment ("called them “warmongers”").
NAMING_VERBS = frozenset(
    """
    call dub label brand term describe characterize characterise nickname refer accuse chant hit
    slam decry denounce praise hail mock deride dismiss use invoke promise vow pledge warn urge
    insist cite quote""".split()
)
# Verbs relaying someone's words: "Interfax quoted the minister as saying…", "cited X as saying…"
# (the one quoted speaks, the one quoting is the channel).
QUOTING_VERBS = frozenset({"quote", "cite"})
# "In the Kremlin's view, …", "By the army's count, …": an opening phrase naming whose view or
# account the rest of the sentence is (claims' frames; the "in" phrases are quotes too, round 22:
# "In her view, the court will…", "In his experience, …", "In the coast guard's account, …").
VIEW_PHRASE_NOUNS = {
    "in": frozenset("view opinion estimation assessment judgment judgement mind eye word telling reading experience account".split()),
    "by": frozenset("account count estimate estimation reckoning tally admission".split()),
}
# Holders of a view who are the writer: "In my view", "our assessment" (no source but the writer).
WRITER_HOLDERS = frozenset({"my", "our", "i", "we", "me", "us"})

# Words that make a name an outlet ("the New York Times", "Fox News", "the Associated Press").
OUTLET_WORDS = frozenset(
    """
    times post journal news tribune herald guardian telegraph reuters ap afp cnn msnbc bbc nbc abc
    cbs fox npr pbs politico axios bloomberg magazine gazette chronicle newspaper network radio
    television tv channel outlet daily weekly observer independent economist atlantic slate vox
    breitbart huffpost huffington buzzfeed wire press mail mirror express sun star globe bulletin
    dispatch inquirer examiner courier sentinel register monitor insider hill intercept newsweek
    time forbes fortune wsj nyt""".split()
)

# Common nouns that name a channel rather than a speaker ("told state television").
MEDIA_NOUNS = frozenset({"television", "tv", "radio", "newspaper", "broadcaster", "channel", "tabloid", "magazine", "outlet", "website"})

_OUTLET_TABLE = Path(__file__).resolve().parent.parent / "data" / "names_outlets.tsv"


def _fold_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip().lower().replace("’", "'"))
    name = re.sub(r"'s$", "", name)
    return name[4:] if name.startswith("the ") else name


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """Outlet names and aliases from ``data/names_outlets.tsv`` (shared with the entity layer)."""
    names = set()
    try:
        lines = _OUTLET_TABLE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        names.add(_fold_name(fields[0]))
        if len(fields) > 2 and fields[2].strip() != "-":
            names.update(_fold_name(alias) for alias in fields[2].split("|") if alias.strip())
    return frozenset(names)


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` is a known news outlet ("The New York Times", "the Guardian", "NYT")."""
    return _fold_name(name) in _outlet_names()


NOBODY_WORDS = frozenset({"nobody", "none", "noone"})
NOBODY_DETERMINERS = frozenset({"no", "neither"})


def nobody_says(verb: Token) -> bool:
    """Whether the subject of a reporting verb denies that anyone spoke: "No group has said it
    carried out the raid", "Neither government has said what it will do", "Nobody has claimed…",
    "No one said…": no content is attributed to anyone (round 17)."""
    for subject in children_of(verb):
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ in NOBODY_WORDS or (subject.lower_ == "one" and subject.i > 0 and subject.nbor(-1).lower_ == "no"):
            return True
        if any(c.dep_ == "det" and c.lower_ in NOBODY_DETERMINERS for c in children_of(subject)):
            return True
    return False


def all_told(verb: Token) -> bool:
    """"All told, the fund raised $4 million": "all told" opening a sentence means "in all"; nobody
    tells anything (round 34)."""
    if verb.lower_ != "told" or verb.i + 1 >= len(verb.doc) or verb.nbor(1).text != ",":
        return False
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ == "all" and subject.i == verb.i - 1 and subject.is_sent_start


def interrupts_content(verb: Token) -> bool:
    """Whether a frame verb is set inside its content, which goes on after it ("X, he said, Y"): the
    parser hangs it on the content's verb that follows (as parataxis, or an unlabelled dependent)."""
    if verb.dep_ in ("parataxis", "dep") and verb.head.i > verb.i:
        return True
    return content_subject_before_frame(verb) is not None


def content_subject_before_frame(verb: Token) -> Token | None:
    """The content's subject, when the parser gave a frame verb the content's subject as well as its
    own and hung the content's verb on the frame; None otherwise.

    - Two subjects before the verb, the first set off from the second by a comma, and a clause after
      it set off by a comma too: "The law, the ministry said in a statement, breaks…" (round 19); not
      "Protest organisers, most of them students, said they would…".
    - One subject whose apposition, set off by a comma, ends right before the verb, and a clause after
      it set off by a comma that has no subject of its own (round 20): "The investigation, Sri Lanka's
      aviation minister, Dilini Perera, said in Parliament, “cannot be a secret kept in Malé”" (the
      quoted predicate lacks its subject, which stands before the frame); not "Selim Aydoğan, Turkey's
      trade minister, said, “We will…”", whose clause has its own subject.
    """
    subjects = [c for c in lefts_of(verb) if c.dep_ == "nsubj"]  # lefts: only the children before it are built
    if not subjects:
        return None
    doc = verb.doc
    clauses = [c for c in rights_of(verb) if c.dep_ in ("ccomp", "advcl") and _set_off_by_comma(c)]
    after = verb.right_edge.i + 1
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and after < len(doc) and doc[after].text == ",":
        clauses.append(verb.head)  # the frame read as the content verb's complement: "…, the ministry said, “cuts…”"
    if not clauses:
        return None
    first = subjects[0]
    if len(subjects) >= 2:
        second = subjects[-1]
        comma = first.right_edge.i + 1
        return first if comma + 1 == second.left_edge.i and doc[comma].text == "," else None
    if any(all(ch in QUOTE_CHARACTERS for ch in t.text) for t in doc[sentence_start_of(verb) : first.right_edge.i]):
        return None  # "“Memory,” Peru's foreign minister… said, “is not…”": a quote split by its frame, read as such
    apposition = next((c for c in children_of(first) if c.dep_ == "appos" and c.i > first.i), None)
    if (
        apposition is None or first.pos_ != "NOUN" or apposition.right_edge.i != verb.i - 1
        or doc[apposition.left_edge.i - 1].text != ","
    ):
        return None
    if any(any(d.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for d in children_of(clause)) for clause in clauses):
        return None
    return first


def _set_off_by_comma(clause: Token) -> bool:
    """Whether a clause opens with a comma or follows one, across the quote marks the parser may hang
    elsewhere ("said in Parliament, “cannot be…”")."""
    doc = clause.doc
    first = clause.left_edge.i
    if doc[first].text == ",":
        return True
    while first > 0 and all(ch in QUOTE_CHARACTERS for ch in doc[first - 1].text):
        first -= 1
    return first > 0 and doc[first - 1].text == ","


def _outlet_dateline_place(subject: Token) -> bool:
    """Whether a subject is the place of a dateline written in capitals and small letters, as AFP writes
    it: "Dakar (AFP) - Senegal's prime minister said…" (round 38). The place opens its sentence and the
    outlet in brackets follows it at once; a capitalised word opening a sentence has no such bracket."""
    doc = subject.doc
    return (
        subject.is_title and subject.i + 2 < len(doc) and doc[subject.i + 1].text == "("
        and subject.left_edge.i == subject.i and subject.i == sentence_start_of(subject)
    )


def named_after_dateline(subject: Token) -> Token:
    """The subject of a frame whose parsed subject is a wire dateline, with the real subject set beside
    it as an apposition past the dash ("LIMA (AP) — Peruvian President Ana Quispe on Monday defended
    the law, saying…", round 35): the apposition after the dash speaks, not the place. ``subject``
    itself otherwise. Looks only at the subject's own children."""
    if not (subject.is_upper and len(subject.text) > 1) and not _outlet_dateline_place(subject):
        return subject  # a dateline's place is in capitals; "The minister — a former general, X — said" keeps the minister
    dash = next((c for c in children_of(subject) if c.dep_ == "punct" and c.text in ("\u2014", "\u2013", "--", "-") and c.i > subject.i), None)
    if dash is None:
        return subject
    return next((c for c in children_of(subject) if c.dep_ == "appos" and c.i > dash.i and c.pos_ in ("NOUN", "PROPN")), subject)


def frame_subject_set_inside(verb: Token, subject: Token) -> Token:
    """The speaker of a frame set inside its content, whose own subject the parser read as an
    apposition of the content's subject: "The regulator, a Tunisian foreign ministry spokeswoman
    said, was independent" (the spokeswoman speaks, not the regulator; round 18). The apposition
    must end right before the verb, which interrupts a clause that goes on after it; otherwise the
    subject as given."""
    if subject.i > verb.i:
        return subject
    apposition = next((c for c in children_of(subject) if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None)
    if apposition is None or apposition.pos_ not in ("NOUN", "PROPN") or not interrupts_content(verb):
        return subject  # the costlier test last: most subjects have no such apposition
    return apposition


def subject_of_question_aside(verb: Token) -> Token | None:
    """The subject the parser gave a question set off by commas before a subjectless cue: "An IMF
    spokeswoman in Washington, asked about the strike, said…" read with the spokeswoman as the subject
    of "asked" (round 22; for claims' sources too, round 24). Only the clause right before the cue's
    comma is read, whether the parser hung that comma on the cue or on the clause (round 24)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for clause in lefts_of(verb):
        if (
            clause.dep_ in ("advcl", "ccomp") and clause.lemma_.lower() == "ask" and clause.tag_ in ("VBD", "VBN")
            and clause.right_edge.i in (verb.i - 2, verb.i - 1) and doc[clause.i - 1].text == ","
        ):
            return next((c for c in lefts_of(clause) if c.dep_ == "nsubj"), None)
    return None


# Where a body sits or works from, which speaks for the body itself: "according to its office in Podgorica".
SEAT_NOUNS = frozenset("office offices secretariat headquarters bureau".split())
_OWN_SOURCE_NOUNS = SEAT_NOUNS | DOCUMENT_NOUNS


def owner_of_own_source(source: Token) -> Token | None:
    """The body behind an "according to" source that is its own office or document: "The European
    Commission offered both governments 38 million euros, according to its office in Podgorica",
    "…, according to its annual report" (round 19). "its"/"their" can only refer back to the subject
    of the clause the frame qualifies, which then speaks; None for any other source, or when that
    subject is a pronoun or not before the source."""
    if source.lemma_.lower() not in _OWN_SOURCE_NOUNS and source.lower_ not in SEAT_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(source)):
        return None
    root = source.sent.root
    subject = next((c for c in children_of(root) if c.dep_ == "nsubj" and c.i < source.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject


def body_of_office(speaker: Token) -> Token | None:
    """The body whose branch office speaks: "The Lagos office of the International Maritime Bureau
    said…" is the Bureau speaking, as "its office in Podgorica" is (round 41). Only a seat written
    as a common noun ("office", "bureau", "secretariat", "headquarters") with "of" and a name after
    it: "the Office of the High Commissioner" is a name of its own, "the office of the mayor" no
    body's name. None otherwise."""
    if speaker.pos_ != "NOUN" or speaker.lower_ not in SEAT_NOUNS:
        return None
    of = next((c for c in children_of(speaker) if c.dep_ == "prep" and c.lower_ == "of" and c.i > speaker.i), None)
    body = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    return body if body is not None and body.pos_ == "PROPN" else None


# Verbs that make a named subject's conjunct a statement of its own: saying, naming, and the stated views of
# forecasters ("…, and Goldman Sachs expects the lira to stabilise").
_OTHERS_STATEMENT_VERBS = SPEECH_VERBS | NAMING_VERBS | frozenset("expect believe think fear doubt".split())


def named_others_statement(root: Token) -> Token | None:
    """The comma before a statement of someone named that the parser coordinated with a content clause: "The
    Greens argue that the rule is choking the transition, and party co-leader Nina Hartmann has called it “a
    straitjacket”". A conjunct after a comma and a conjunction, with a verb of saying, naming or expecting
    and a subject of its own before it that the tagger named as a person or a body, begins a statement of
    its own: the content does not run into it (round 41). None otherwise; "said A and people would say B"
    (an unnamed subject) and "…, and that Oslo had informed Reykjavik" (a second that-clause) stay content."""
    doc = root.doc
    for child in rights_of(root):
        if child.dep_ != "conj" or child.pos_ != "VERB" or child.lemma_.lower() not in _OTHERS_STATEMENT_VERBS:
            continue
        subject = next((c for c in children_of(child) if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > child.i or subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", "ORG"):
            continue
        if any(c.dep_ == "mark" for c in children_of(child)):
            continue  # "…, and that Oslo had informed Reykjavik": a second content of the same verb (round 27)
        first = child.left_edge.i
        if first >= 2 and doc[first - 1].dep_ == "cc" and doc[first - 2].text == ",":
            return doc[first - 2]
    return None


_TIME_MARKS = frozenset({"as", "when", "while", "after", "before"})


def plural_phrase(subject: Token) -> bool:
    """Whether a subject names more than one: a plural noun or a coordination ("Traders", "Unions and farmers")."""
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(subject))


def plural_subject_before_colon(pronoun: Token) -> Token | None:
    """"Unions see it differently: they say workers will pay the price": a "they" right after a colon is
    the plural subject of the clause the colon closes, which the parser hangs from the same verb as the
    pronoun (round 44; read so by quote speakers and claim sources)."""
    verb = pronoun.head
    if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ":" or pronoun.doc[pronoun.i - 1].head.i != verb.i:
        return None
    clause = next((c for c in children_of(verb) if c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i), None)
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject if plural_phrase(subject) else None


def content_hung_on_time_clause(verb: Token) -> list[Token]:
    """The that-clause the parser hung on a time clause of a speech verb that has no clause of its own: in "told
    reporters as he left that he had “listened politely”" the clause is what "told" says, not what "left" does
    (round 45). Empty for any other verb, and for a time clause that speaks itself ("recalled its ambassador a day
    after a minister told a rally that…")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS or any(c.dep_ in ("ccomp", "xcomp") for c in children_of(verb)):
        return []
    return [
        content
        for clause in children_of(verb)
        if clause.dep_ == "advcl" and clause.lemma_.lower() not in SPEECH_VERBS
        and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in children_of(clause))
        for content in children_of(clause)
        if content.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(content))
    ][:1]


def clause_joined_to_speaker(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser hung before a verb of saying is the writer's, coordinated with the
    speaker's own words: "The peso fell 1.2% after the vote, and ratings agency Moody's warned that…"
    reads "ratings agency" as a conjunct of "fell", which makes the peso's fall what Moody's warned
    (round 41). A noun conjoined to the clause between it and the verb shows the "and" joins the two
    sentences' halves; "Prices rose and wages fell, the ministry said" (a verb conjoined) is one content."""
    return clause.i < verb.i and any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and clause.i < c.i < verb.i for c in children_of(clause)
    )


def according_to_source_before(pronoun: Token) -> Token | None:
    """Who the sentence before reports through "according to", for a speaking "it": "Djibouti owes
    about 87 million dollars, according to the state utility Ethiopian Electric Power. It said…" and
    "According to the regulator, HAICA, the channel broadcast a talk show. It said…" (round 18). The
    subject of that sentence is what is reported, not who speaks, so the "it" that speaks next is
    the source. The head of the object of "according to" (a noun or name; not a pronoun), or None
    when the sentence before has no such frame."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    for token in before:
        if token.lower_ != "according" or token.i + 1 >= before.end or token.nbor(1).lower_ != "to":
            continue
        source = next((c for c in children_of(token.nbor(1)) if c.dep_ == "pobj"), None)
        if source is not None and source.pos_ in ("NOUN", "PROPN"):
            return source
    return None


# Words for an unnamed share of people, named by where they are: "Some in Dakar say…", "Many at the ministry fear…".
GROUP_QUANTIFIERS = frozenset("some many others several most few".split())
_GROUP_PLACE_PREPOSITIONS = frozenset("in at among within inside".split())


def group_place(head: Token) -> Token | None:
    """The place phrase naming an unnamed share of people ("in Dakar" of "Some in Dakar say…"): the
    preposition right after a quantifier used as a noun, when it has an object (round 23); else None."""
    if head.lower_ not in GROUP_QUANTIFIERS or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = head.doc
    if head.i + 1 >= len(doc):
        return None
    prep = doc[head.i + 1]
    if prep.head.i != head.i or prep.dep_ != "prep" or prep.lower_ not in _GROUP_PLACE_PREPOSITIONS:
        return None
    return prep if any(c.dep_ == "pobj" for c in children_of(prep)) else None


# Words that pick some of a group out of it when an "of" phrase follows: "one of the people", "two of the
# officials", "another of the sources", "some of the protesters".
GROUP_SHARE_WORDS = frozenset("one two three four five another some many several most few none each both all either neither".split())


def _according_to_object(head: Token) -> bool:
    """Whether ``head`` is the object of "according to" ("according to two of the sources", round 39)."""
    to = head.head
    return head.dep_ == "pobj" and to.lower_ == "to" and to.i == head.i - 1 and to.i > 0 and head.doc[to.i - 1].lower_ == "according"


def group_of_share(head: Token) -> Token | None:
    """The group a subject picks some of ("the people" of "one of the people said", round 38): the object
    of an "of" right after a share word (``GROUP_SHARE_WORDS``) that is a subject or the object of "according
    to" (round 39), when that object is a plural noun or "them"; else None. "one" alone names no one a reader could check; "one of the people"
    does, as the story introduced them."""
    if head.lower_ not in GROUP_SHARE_WORDS or not (head.dep_ in ("nsubj", "nsubjpass") or _according_to_object(head)):
        return None
    doc = head.doc
    if head.i + 2 >= len(doc):
        return None
    prep = doc[head.i + 1]
    if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.i != head.i:
        return None
    group = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if group is None or not (group.tag_ in ("NNS", "NNPS") or group.lower_ in ("them", "us")):
        return None
    return group


def subject_after_cue_time(cue: Token) -> Token | None:
    """The content's own subject right after a date that follows the verb of saying: in "said on Monday they
    had stopped 340 crossings" the date tells when it was said (wire style puts it right after the verb),
    though the parser may hang it on "stopped"; the content starts at "they". None when no such date
    follows the verb, or no subject follows the date. Shared by quotes and claims (round 39)."""
    doc = cue.doc
    following = cue.i + 1
    if following >= len(doc):
        return None
    first = doc[following]
    if first.dep_ == "prep" and first.lower_ in ("on", "in", "at", "during") and first.head.i != cue.i:
        objects = [c for c in children_of(first) if c.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].ent_type_ not in ("DATE", "TIME"):
            return None
        last = objects[0].right_edge
    elif first.ent_type_ in ("DATE", "TIME") and first.dep_ == "npadvmod" and first.head.i != cue.i:
        last = first.right_edge
    else:
        return None
    after = last.i + 1
    if after >= len(doc) - 1 or doc[after].dep_ not in ("nsubj", "nsubjpass", "expl"):
        return None  # only when the content's own subject follows: "said on Monday they…"
    return doc[after]


def body_owned_by_person(head: Token, entities) -> bool:
    """Whether a speaker or source phrase names a body a person owns, not the person: "Marine Le Pen's National
    Rally", "Viktor Orban's Fidesz party" (round 39), which the entity index resolves to the owner it holds.
    The head is a name or a noun with a name before it, tagged as no person and held by no entity of the
    index (``entities``: an ``EntityIndex``); its possessor is a person. A person's office or spokesman
    ("Njoroge's office") is not such a name and still stands for the person."""
    if head.ent_type_ == "PERSON" or not (head.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(head))):
        return False
    owner = next((c for c in children_of(head) if c.dep_ == "poss" and c.i < head.i), None)
    if owner is None or entities.ref_at_token(head) is not None:
        return False
    known = entities.ref_at_token(owner)
    return owner.ent_type_ == "PERSON" if known is None else known.type == "PERSON"


# An aside closing a reported clause that tells how it was said, or the writer's caveat on it, not what was said:
# "…, in an interview with the Financial Times published on Sunday", "…, in a statement", "…, without giving
# evidence" (round 39).
_TRAILING_ASIDE = re.compile(
    r",\s+(?:in an? (?:[\w'’-]+ ){0,3}?(?:interview|statement|speech|briefing|post|letter|note|email|address|op-ed)\b[^,;:\"“”]*"
    r"|without (?:giving|providing|offering|citing|presenting|producing) (?:any )?(?:evidence|proof|details|specifics)\b[^,;:\"“”]*)$"
)
_ASIDE_TAIL = 160


def trailing_aside(text: str, start: int, end: int) -> int | None:
    """Where an aside closing ``text[start:end]`` begins (its comma), or None: the setting of the statement ("…,
    in an interview with the Financial Times published on Sunday") or the writer's caveat ("…, without giving
    evidence"). Reads the last ``_ASIDE_TAIL`` characters (round 39)."""
    found = _TRAILING_ASIDE.search(text, max(start, end - _ASIDE_TAIL), end)
    return found.start() if found is not None and found.start() > start else None


def relaying_frame(clause: Token) -> bool:
    """Whether a second complement the parser gave a speech verb is a frame closing the sentence, the one
    relaying the statement: "The minister said the deficit would narrow, state media reported" (round 39).
    A verb of saying with nothing it says (no complement or object), after an earlier complement of the
    same verb, whose subject opens right after a comma."""
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or clause.lemma_.lower() not in SPEECH_VERBS:
        return False
    if not any(c.dep_ == "ccomp" and c.i < clause.i for c in children_of(clause.head)):
        return False
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.left_edge.i == 0 or clause.doc[subject.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in children_of(clause))


def conjunct_chain(head: Token) -> list[Token]:
    """The words coordinated with ``head`` in text order, also those the parser hung on an earlier conjunct
    ("France, Germany and Britain": "Britain" is a conjunct of "Germany", round 23)."""
    found, frontier = [], [head]
    while frontier:
        for child in children_of(frontier.pop()):
            if child.dep_ == "conj":
                found.append(child)
                frontier.append(child)
    return sorted(found, key=lambda token: token.i)


def join_names(names: list[str]) -> str:
    """Names of a coordination as one: "Hungary and Slovakia", "Poland, Lithuania and Latvia"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


MAX_HEADLINE_WORDS = 40  # a longer first line is a paragraph, not a headline


def headline_end(text: str) -> int:
    """Where an article's headline ends: its first line when that line is short (at most
    ``MAX_HEADLINE_WORDS`` words) and has no closing full stop ("Gunmen attack Kenyan embassy in
    Mogadishu, two guards killed"), else 0 (no headline). Quotes and claims read the headline alike."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    if end == -1:
        return 0
    line = text[first:end].rstrip()
    return end if line and not line.endswith(".") and len(line.split()) <= MAX_HEADLINE_WORDS else 0


def name_set_after_according(to: Token) -> tuple[Token, int] | None:
    """(the name's last word, where the name ends) for a person's name set between commas right after
    an "according to" that describes its source: "According to the governor of the region, Ana Reyes,
    the river…". The parser leaves the name out of the phrase, so it would open the content; news
    names the source that describes it there. Only the few tokens after the phrase are read."""
    described = next((c for c in children_of(to) if c.dep_ == "pobj"), None)
    if described is None or described.pos_ != "NOUN":
        return None
    doc = to.doc
    comma = to.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    last = comma + 1
    while last < len(doc) and last - comma <= 4 and doc[last].ent_type_ == "PERSON" and doc[last].pos_ == "PROPN":
        last += 1
    if last == comma + 1 or last >= len(doc) or doc[last].text != "," or doc[last].sent != to.sent:
        return None
    name_end = doc[last - 1]
    return name_end, name_end.idx + len(name_end.text)


# Nouns for what a body gave out that an "it" after them stands in for, with the body as their possessor:
# "The ministry's account of the call was shorter. It said…" (round 21)
ACCOUNT_NOUNS = frozenset("account version statement readout summary".split())


def account_owner_before(pronoun: Token) -> Token | None:
    """The body whose account the sentence before is about, for a speaking "it": "The Czech interior
    ministry's account of the call was shorter. It said…" is the ministry (the account cannot speak,
    and whoever gave it out does; round 21). The possessor of the subject of that sentence's root
    when the subject is an account noun (``ACCOUNT_NOUNS``) and the possessor a noun or name, not a
    pronoun; None otherwise. Only the sentence before's root and subject are read."""
    sentence = pronoun.sent
    if sentence.start == 0 or pronoun.lower_ != "it":
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((c for c in children_of(before.root) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ACCOUNT_NOUNS:
        return None
    owner = next((c for c in children_of(subject) if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ in ("NOUN", "PROPN") else None


def agents_hung_on_objects(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(preposition, agent) for each "by" phrase the parser hung on the object of one of a passive verb's
    prepositions instead of on the verb: "The government was blamed for the deaths by the Fuel Carriers'
    Council" ("by the Council" on "deaths"), "were attacked with water cannon by Chinese ships" ("by" on
    "cannon"). Callers judge which of them acts (a thing does nothing by anyone)."""
    for preposition in children_of(verb):
        if preposition.dep_ != "prep" or preposition.lower_ == "by":
            continue
        for thing in children_of(preposition):
            if thing.dep_ != "pobj":
                continue
            by = next((c for c in children_of(thing) if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
            agent = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
            if agent is not None:
                yield preposition, agent


def another_of_the_kind(subject: Token) -> str | None:
    """"A diplomat on the Council said… Another said…": the noun a bare "Another" leaves out, taken from
    the subject of the sentence before when that subject introduced one of a kind ("A diplomat", "One
    analyst"), so that the second speaker is named "Another diplomat" rather than "Another" (round 33).
    Only the bare word as a subject, and only the sentence before's subjects, are read."""
    if subject.lower_ != "another" or subject.dep_ != "nsubj" or any(True for _ in children_of(subject)):
        return None
    sentence = subject.sent
    if sentence.start == 0:
        return None
    for token in subject.doc[sentence.start - 1].sent:
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.tag_ == "NN" and any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in children_of(token)
        ):
            return f"{subject.text} {token.text}"
    return None


def case_brought_before(head: Token) -> Token | None:
    """"Cambodia has asked the Permanent Court of Arbitration to rule on the dam. The filing, lodged on
    Tuesday, accuses Laos of…": a court paper (``FILING_NOUNS``) named with "the" and no author is the work of
    whoever brought the case in the sentence before: the subject of a verb of filing ("sued", "filed",
    "lodged") or of a verb whose object names a court or tribunal ("asked the court to…", "took Laos to
    arbitration"). Only the sentence before is read (round 33)."""
    if head.lemma_.lower() not in FILING_NOUNS or sentence_start_of(head) == 0:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(head)):
        return None
    for verb in head.doc[sentence_start_of(head) - 1].sent:
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        objects += [o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
        if verb.lemma_.lower() in FILING_VERBS or any(o.lower_ in COURT_NOUNS or o.lemma_.lower() in COURT_NOUNS for o in objects):
            subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None


def subject_named_again(head: Token) -> Token | None:
    """"The European Union's delegation in Tbilisi offered to advise both governments, according to a
    statement from the delegation": a bare "the <noun>" source whose noun heads the subject of its own
    sentence, said there with more words, is that subject (round 33). Only the sentence root's subject is
    read; None when the source has words of its own beyond "the" or the subject has none."""
    if head.pos_ != "NOUN" or [c.lower_ for c in children_of(head) if c.i < head.i] != ["the"]:
        return None
    root = head.sent.root
    subject = next((c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if subject is None or subject.i == head.i or subject.lemma_.lower() != head.lemma_.lower():
        return None
    return subject if any(c.dep_ in ("poss", "compound", "amod") and c.i < subject.i for c in children_of(subject)) else None


# Gatherings whose papers speak for the body that held them: "the summit's final communique".
MEETING_NOUNS = frozenset("summit meeting conference congress".split())
MEETING_LOOKBACK_SENTENCES = 3


def meeting_host_before(owner: Token) -> Token | None:
    """"…at a summit of the Economic Community of West African States in Abuja. The summit's final
    communique said…": a document's definite "the summit" (``MEETING_NOUNS``) is the gathering of the body
    named with it a few sentences before ("a summit of X", "a meeting of X"), and its paper speaks for that
    body (round 33). Reads only the tokens of the ``MEETING_LOOKBACK_SENTENCES`` sentences before; None
    when no such body is named."""
    lemma = owner.lemma_.lower()
    if lemma not in MEETING_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(owner)):
        return None
    first = sentence_start_of(owner)
    for _ in range(MEETING_LOOKBACK_SENTENCES):
        if first == 0:
            break
        first = sentence_start_of(owner.doc[first - 1])
    for earlier in reversed(owner.doc[first : owner.i]):
        if earlier.lemma_.lower() != lemma:
            continue
        for child in children_of(earlier):
            if child.dep_ == "prep" and child.lower_ == "of":
                body = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
                if body is not None and body.pos_ == "PROPN" and body.ent_type_ in ("ORG", ""):
                    return body
    return None


# Bodies a document may be named after by their kind alone: "a ministry statement", "a police report".
BODY_COMPOUND_NOUNS = frozenset("ministry department government police army military navy agency embassy commission".split())


def body_named_before(document: Token) -> Token | None:
    """"The foreign ministry said the ambassador had been handed a demand. “…,” a ministry statement said.": a
    document named after a body by its kind alone ("a ministry statement", "a police report") is that body's,
    as the subject of the sentence before (or of its own, earlier) names it: a subject with the same noun and
    words of its own ("The foreign ministry", "Mali's defence ministry"). Only those two sentences' subjects are
    read (round 33)."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    kind = next((c for c in children_of(document) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < document.i
                 and c.lemma_.lower() in BODY_COMPOUND_NOUNS), None)
    if kind is None:
        return None
    start = sentence_start_of(document)
    first = sentence_start_of(document.doc[start - 1]) if start > 0 else start
    for token in reversed(document.doc[first : kind.i]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() == kind.lemma_.lower() and any(
            c.dep_ in ("det", "poss", "amod", "compound") and c.i < token.i for c in children_of(token)
        ):
            return token
    return None


# Titles a wire names with what they head: "the head of Ukraine's military intelligence", "Poland's chief of
# the general staff", "the minister of defence".
TITLES_WITH_OF = frozenset(
    "head chief minister director secretary commander chairman chairwoman chair governor president leader mayor "
    "speaker ambassador envoy deputy".split()
)
TITLE_OF_TOKENS = 7


def title_of_end(named: Token, end: int) -> int:
    """Where a speaker's name ends when its head is a title with an "of" phrase right after it: "The head" said
    nothing a reader can place, "The head of Ukraine's military intelligence" did. Short phrases only, with no
    clause or comma in them."""
    if named.lemma_.lower() not in TITLES_WITH_OF or named.i + 1 >= len(named.doc):
        return end
    of = named.doc[named.i + 1]
    if of.lower_ != "of" or of.dep_ != "prep" or of.head.i != named.i:
        return end
    words = subtree_of(of)
    if len(words) > TITLE_OF_TOKENS or any(w.is_punct or w.pos_ in ("VERB", "AUX") for w in words):
        return end
    return max(end, words[-1].idx + len(words[-1].text))


def reporter_after_citing(subject: Token, verb: Token) -> Token | None:
    """"Citing two police officers, the daily Koha reported that…": the parser reads the opening
    participle as the clause subject of "reported", with the paper an apposition of what it cites;
    the paper (that apposition, right before the verb) is who reports, as in "Koha reported, citing
    two police officers, that…" (round 42)."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG" or subject.lemma_.lower() not in ("cite", "quote") or subject.i > verb.i:
        return None
    cited = next((c for c in children_of(subject) if c.dep_ == "dobj"), None)
    if cited is None:
        return None
    return next((c for c in reversed(children_of(cited)) if c.dep_ == "appos" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def as_reported_agent(token: Token) -> Token | None:
    """The agent of a bare "as reported by X" ("As reported by state broadcaster RTS, Belgrade will
    ask…", "…, as reported by RTS"): X stands behind the rest of the sentence, as with "according
    to X" (round 42). Not "as reported earlier" (no agent) or "as reported in May by…" (more than
    the mark and the agent)."""
    if token.lemma_.lower() != "report" or token.tag_ != "VBN" or token.dep_ != "advcl":
        return None
    children = children_of(token)
    if len(children) != 2 or not (children[0].dep_ == "mark" and children[0].lower_ == "as" and children[0].i == token.i - 1):
        return None
    if children[1].dep_ != "agent":
        return None
    return next((c for c in children_of(children[1]) if c.dep_ == "pobj"), None)
