"""Claims: what each sentence asserts, on whose authority, of what kind, and how check-worthy.

Every sentence (or independent clause) that asserts something becomes a claim. Its ``status``
says who stands behind it:

- ``quoted``: the words are inside quote marks and attributed to a speaker (the source). A sentence
  that is the reporting frame of a quote (``“We will respond,” he said.``) gives one quoted claim
  whose span is the quote content; the saying itself is not a second claim.
- ``attributed``: reported speech, a third party's held view, or a cited source (``X warned
  that…``, ``officials believe…``, ``X is convinced that…``, ``X hopes to…``, ``according to X``,
  ``The Guardian reported…``, ``Moscow says…``, ``X accused Y of…``, ``It is believed that…``).
  The claim is the content clause; the frame around it is not a separate claim. The source is
  whoever stands behind the content, as far as the text names them: a person, an organisation, a
  country (a capital speaking for its government, ``Moscow says``, is given as the country the
  article names), an outlet (``X told the New York Times`` → X; the outlet is the quote's ``via``;
  ``The Guardian reported that X said…`` → X; ``X was quoted as saying`` → X), a pair named just
  before (``both governments``, ``the two leaders``, ``they``), a document's author (``the
  statement`` after ``the ministry said in a statement``, ``a Kremlin statement``), the body an
  unnamed spokesperson speaks for (``a spokesman for the ministry``, ``Lukashenko's spokeswoman``).
- ``unattributed``: the writer asserts it with no source.

Status comes from syntax, in this order: (1) the direct quotes the quote extractor found, when their
words cover at least half of the sentence (their speakers; a speaker it left unresolved gets the
fallbacks below); (2) otherwise a reporting frame in the sentence's own parse: a communication,
cognition or evidence verb heading the sentence (or conjoined with its head, or a parenthetical
``officials said``) with a third-party subject; a speech act outside the verbs of saying
(``thanked X for…``, ``complained about…``, ``hailed X as…``) or named by a noun after a light verb
(``issued a statement calling for…``, ``lodged a protest``, ``gave assurances that B``), each verb
kept only when it did not hurt on PolNeAR train (docs/schema.md lists those left out); ``according to X``; ``as X reported/noted/put it,
…`` (not ``as X asked``: a request the writer backs); a reporting participle (``…, arguing that B``:
B is the subject's, what they did is the writer's clause); a held view the frames of saying miss
(``_view_frames``: ``X is convinced/concerned that B``; ``X hopes/expects to…`` and a negated belief
``X doesn't think B``, both as the whole sentence; ``was quick to point out that B``; not ``X
plans/wants to…``, which stay the writer's facts about an intention); ``made it clear that B``;
``X's response was that B``; an inverted parenthetical ``B, say experts, …``; a document cited in
words the parser misread (``…, records show.``); agentless ``it is believed that``/``X is said
to``; ``reportedly``; a headline naming its source before a colon (also a Title Case one whose
name the tagger read as a common noun, when the article names that person or body); every sentence
of a transcript paragraph opening with a speaker label (``FALLIN: …``); (3) quote marks: a sentence
mostly inside quote marks is quoted, its speaker taken from the frame of the same quotation or
paragraph, from a sentence ending in a colon that introduces it, from the previous paragraph when
the paragraph continues a quotation, or, for a paragraph-long quotation nobody introduces, from the
last source of the few claims before it, or from its own sentence (``Clinton: “…”``, ``Sanders shot
back, “…”``, ``“…,” Conway notes.``); a quoted fragment inside the writer's words (``Right now, the
campaign is “doing everything,” he said.``) is reported speech, attributed. Reported speech is
read from the sentence rather than from the quote extractor's indirect quotes, because those also
cover plans and wishes ("The Kremlin wants us to believe that…") that this status leaves with the
writer; a claim still gets the id of the quote covering it. Frames that report no actual saying are not attributions: first person
outside quotes (``I believe…``), a modal or negated verb (``should ask``, ``did not say``), an
indirect question (``explained how``). When a sentence joins a writer's clause and a reported one
(``A, and officials said that B``, ``X said A; the government approved B``), each independent
clause is its own claim. A speech act named with nothing said (``The ministry issued a statement
on Monday.``) and a passive whose active form would not report speech (``the sanctions were
announced by the EU``) are the writer's.

Not claims (see docs/schema.md): questions; datelines and bylines (``By Jane Doe``, but not a
sentence opening with "By" that has a finite verb: ``By March 3, the council had…``) (a dateline
prefix ``MINSK —`` and a section label ``Opinion:``, ``Editor's note:`` are cut from the sentence
they start); verbless fragments (``Not one step back.``, photo credits; but a Title Case headline
whose verb the tagger read as a name, ``Council Member Tully Slams Harbour Sale``, is a claim);
unpunctuated headings that open with a question word; imperatives outside quotes and pointers that
assert nothing (``Read more:``, ``Here is what we know.``, ``Sign up…``); a frame with no content
of its own (``He added:``). Headlines that state something (``Poland to send 5,000 troops to border``) are claims
like any sentence.

``kind`` is a lightweight rule on the claim's main predicates: a deontic modal (``should``,
``must``, ``ought to``), ``deserve`` or a first-person belief verb makes an opinion; a future or
epistemic marker (``will``, ``would``, ``could``, ``may``, ``might``, ``going to``, ``is expected
to``, ``plans to``…) makes a prediction; otherwise an evaluative word (``disastrous``,
``shameful``, ``so-called``…) anywhere in the claim makes an opinion; everything else is a fact.

``checkworthy`` is the probability from the shipped ClaimBuster model (extract/checkworthy.py),
computed for all claims of the document in one batch from the tokens already parsed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Span, Token

from ..ingest.text import DATELINE_CAPITALS
from ..nlp import children_of, doc_text, load, sentence_end_of, sentence_start_of, subtree_of, token_objects
from ..types import Claim, Quantity, Quote, Source, TimeExpr
from .checkworthy import TokenTable, score_spans
from .coref import ORG_NOUNS, QUALIFIERS, ROLE_WORDS, ROLES, age_word_first, gender_fits, person_described_before
from .countries import GAZETTEER, ORGANISATION_KINDS, country_code, country_name, find_countries
from .cues import BELIEF_VERBS as CUE_BELIEF_VERBS
from .cues import (FILING_NOUNS, as_reported_agent, reporter_after_citing, MAX_HEADLINE_WORDS, NOT_ASSERTIONS, DOCUMENT_READER_VERBS, OUTLET_WORDS, QUOTE_CHARACTERS, QUOTING_VERBS, REPORT_NOUNS, SPEECH_VERBS,
                   SPOKESPERSON_NOUNS, VIEW_PHRASE_NOUNS, WRITER_HOLDERS, according_to_source_before, another_of_the_kind, body_named_before, case_brought_before, subject_named_again, meeting_host_before, account_owner_before, agents_hung_on_objects, name_set_after_according, content_subject_before_frame, find_quoted_spans,
                   is_furniture_line,
                   after_paragraph_stamp, after_stamp_near, body_owned_by_person, conjunct_chain, relaying_frame, subject_after_cue_time, trailing_aside, frame_subject_set_inside, group_of_share, group_place, named_after_dateline, headline_end, join_names, nobody_says, all_told, owner_of_own_source, body_of_office, clause_joined_to_speaker, content_hung_on_time_clause, named_others_statement,
                   plural_phrase, plural_subject_before_colon,
                   subject_of_question_aside, title_of_end)
from .entities import NAME_BESIDE_TYPES, RELAYING_PARTICIPLES, EntityIndex, body_named_with_place, government_of_capital, name_given_later, name_set_beside, person_after_place_title
from .quantities import find_quantities

# --------------------------------------------------------------------------- lexicons

# Verbs that attribute a clausal complement to their subject: "X said/warned/believes (that) …".
REPORTING_VERBS = frozenset(
    """
    say tell state claim report announce add note warn argue insist assert acknowledge admit confirm deny
    suggest explain estimate predict forecast project write tweet post allege maintain contend stress
    emphasize emphasise point reveal disclose declare reply respond answer comment testify concede complain
    caution recall reiterate remark observe indicate show find conclude mention promise pledge vow threaten
    believe think fear expect hope assess suspect doubt learn hear signal hint brief inform assure reassure
    remind guarantee swear speculate worry calculate counter retort boast brag joke quip lament charge
    protest urge demand ask anticipate rule feel consider reckon imply affirm recommend advise propose
    reaffirm repeat
    """.split()
) | (SPEECH_VERBS | CUE_BELIEF_VERBS) - frozenset("see view regard wish want intend imagine continue decide envision".split())
BELIEF_VERBS_FOR_PARTICIPLES = CUE_BELIEF_VERBS | frozenset(
    "believe think feel consider suppose reckon doubt hope fear expect anticipate suspect learn hear understand find show mean decide rule assess calculate imply".split()
)
# Reporting verbs that also describe evidence or events: they attribute only when a speaker or a
# document shows/finds/agrees ("Investigators found that…", "Figures show…"), not an event or a
# thing ("The attack shows…", "The package agreed in Brussels was…" misparsed).
EVIDENTIAL_VERBS = frozenset(
    "show find indicate suggest reveal conclude confirm agree disagree add mean signal learn hear understand decide underscore underline highlight demonstrate".split()
)
# Data verbs: "The agency recorded 8,412 admissions", "The report attributes the fall to…" cite
# their subject as the source of the figures when the subject is a source (see SOURCE_NOUNS).
DATA_VERBS = frozenset("record register document count attribute list identify measure tally log estimate".split())
SOURCE_NOUNS = frozenset(
    """
    data figure figures statistic statistics poll polls survey surveys study studies report reports research
    analysis assessment estimate estimates document documents record records image images footage census
    audit review investigation inquiry probe test tests result results model models evidence filing filings
    statement statements letter memo paper assessment database registry projection projections forecast forecasts
    polling numbers tally disclosure disclosures
    investigator investigators researcher researchers scientist scientists analyst analysts expert experts
    official officials authority authorities police prosecutor prosecutors court judge inspector inspectors
    source sources intelligence agency agencies ministry government office department institute service
    observatory monitor monitors group organisation organization commission council bureau center centre
    bank regulator watchdog firm fund union lender presidency
    """.split()
)
# Heads that name their members after "of": "a group of local activists" is the activists, not "a group".
COLLECTIVE_NOUNS = frozenset("group coalition team panel alliance handful number couple delegation association network body".split())
# Nouns that refer back to any organisation named as a source ("The RSF denied… the group said").
BODY_NOUNS = frozenset("group organisation organization movement militia".split())
# Nouns a bare "the …" uses for a body named before it ("BYD reported record sales. The company
# said…", "Nigeria's central bank raised rates. The lender said…").
BODY_KINDS = (  # a description and the phrase it takes up name the same kind of body: "the lender", not "the agency"
    BODY_NOUNS,
    frozenset("company firm carmaker automaker utility broadcaster insurer airline operator miner retailer producer manufacturer exporter".split()),
    frozenset("bank lender fund".split()),
    frozenset("agency authority bureau body regulator watchdog commission institution".split()),
    frozenset("ministry department".split()),
    frozenset("union".split()),
    frozenset("party".split()),
)
DESCRIBED_BODY_NOUNS = frozenset().union(*BODY_KINDS)
# Who speaks for a body: "a spokesman for the ministry" is the ministry when no name is given.
SPOKES_NOUNS = SPOKESPERSON_NOUNS | {"representative"}
# Heads that "both"/"the two" make stand for the states ("both governments") or the people ("the
# two leaders") a sentence just before names, when it names exactly that many.
GROUP_STATE_NOUNS = frozenset("government country nation state capital side".split())
GROUP_PERSON_NOUNS = frozenset("leader president minister premier chancellor man woman".split())
# Who a headline names only as unnamed ("Carmaker weighs closing plant, sources say"): the body does not name them.
UNNAMED_SOURCE_NOUNS = frozenset("source insider person people".split())
GROUP_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4}
GROUP_LOOKBACK_SENTENCES = 3  # how many sentences back a group or "they" may find what it stands for
COUNTRY_KINDS = frozenset({"name", "demonym", "capital", "seat"})
POLL_NOUNS = frozenset("poll survey study census".split())
PEOPLE_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "ial", "crat", "mat", "ee")
DOCUMENT_NOUNS = frozenset(  # "datum": the lemma the tagger gives "data"
    "data datum figure figures statistic statistics poll polls survey surveys study studies report reports research analysis estimate estimates document documents record records statement statements census audit review projection projections forecast forecasts polling note notes memo memos".split()
) | frozenset("summary summaries notification notifications readout readouts transcript transcripts".split()) | frozenset({"text", "texts"})  # round 11; "a text released by X", round 22
DOCUMENT_NOUNS |= frozenset("count counts tally tallies".split())  # "according to the commission's last count" (round 33)
DOCUMENT_NOUNS |= FILING_NOUNS  # court papers: "The filing, lodged on Tuesday, accuses…" (round 33)
DOCUMENT_NOUNS |= frozenset("communique communiques communiqué communiqués".split())  # "the summit's final communique" (round 33)
# Texts written by a body that speak for it as a report does: "according to a letter from the ministry",
# "a dossier compiled by the coast guard" (attribution round 48).
DOCUMENT_NOUNS |= frozenset("letter letters catalogue catalogues catalog catalogs bulletin bulletins dossier dossiers assessment assessments".split())
# Bodies an unnamed spokesperson may be named after: "a ministry spokesman" (round 10).
SPOKEN_FOR_BODY_NOUNS = frozenset("ministry department government police army military navy agency embassy office company commission".split())
# Pronouns for the plural subject of the sentence before: "They called it…", "By their estimate, …".
PLURAL_PRONOUNS = frozenset({"they", "their"})
# Prepositions naming where people of a source work or belong: "analysts at ING", "members of the Greens".
AFFILIATION_PREPOSITIONS = frozenset("at of from with".split())
# Endings of nouns for one person by trade or role ("the paediatrician", "the economist").
PERSON_ROLE_SUFFIXES = ("ian", "ist")
# Nouns for one person a "he"/"she" may take up when no name is near ("the former mayor… He denies…").
PERSON_TITLE_NOUNS = GROUP_PERSON_NOUNS | frozenset(
    """mayor governor senator lawmaker legislator judge official officer spokesman spokeswoman suspect defendant
    executive director chairman chairwoman ambassador envoy commander general candidate activist lawyer doctor
    victim witness farmer teacher prosecutor inspector secretary chief treasurer manager owner driver pilot soldier
    student worker banker businessman businesswoman professor researcher scientist nurse priest cleric journalist
    reporter photographer boy girl resident""".split()
)
# Heads of a source that is no one person, so no "he"/"she" after it stands for it.
NOT_ONE_PERSON_NOUNS = DESCRIBED_BODY_NOUNS | DOCUMENT_NOUNS | frozenset(
    "government office campaign administration army military police court council committee cabinet embassy team staff".split()
)
# The words of a source citing evidence, when the parser misread them ("records show, …").
EVIDENCE_CUES = frozenset("show shows showed found find suggest suggests indicate indicates reveal reveals".split())
# Modals that shift reported speech into the past's future: "He said A, and B would follow".
BACKSHIFT_MODALS = frozenset({"would", "could", "might"})
# Entity types of a figure someone gives: "put the death toll at 42", "at $2bn".
FIGURE_ENTITY_TYPES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Verbs giving a figure as their object: "the border guard reported 120 attempts to cross".
FIGURE_REPORT_VERBS = frozenset({"report"})  # not "confirm": "the Senate had confirmed 68 nominees" (broke 1 of 1)
# Evidence verbs whose object, with a document as subject, is what it reports: "a CNN/ORC poll
# showed a one-point difference" (but "Trump showed his tax returns" is an act).
EVIDENCE_OBJECT_VERBS = frozenset("show reveal indicate suggest find give put".split())
# A broadcaster showing pictures reports what they show: "State media showed warships leaving the
# port" (round 14); not "aired an interview", which reports nothing.
BROADCAST_VERBS = frozenset({"show"})
BROADCASTER_NOUNS = frozenset("medium media television tv broadcaster channel".split())  # not "video"/"footage": PolNeAR train 0/1
# Speech acts that attribute without a clause: "called on X to…", "accused X of…", "dismissed the
# concerns", "vowed to…", "called the drills a show of force", "Hungary had threatened to block…".
SPEECH_ACT_VERBS = frozenset(
    """
    call urge demand ask accuse blame describe dismiss deny vow promise pledge threaten warn label brand dub
    term insist claim condemn criticise criticize denounce decry slam blast characterize characterise praise
    appeal laud commend thank congratulate apologize apologise lament deplore question confess rebuke chide scold
    ridicule admit recommend suggest refute rebut object complain cite recall discuss point
    detail outline highlight tout reference
    """.split()
)
# What is recalled rather than remembered aloud ("recalled its ambassador", "recalled 40,000 cars").
RECALLED_NOUNS = frozenset("ambassador envoy diplomat consul representative delegation staff troop car vehicle product unit".split())
# Participles that, right before these nouns, are a noun compound the parser may read as a verb and
# its object ("ignored radio calls and warning shots": round 14).
NOUN_COMPOUND_PARTICIPLES = {"warning": frozenset({"shot"})}
# Commitments that, with a bare noun object, give something rather than say something ("pledged a loan").
COMMITTED_OBJECT_VERBS = frozenset({"pledge"})  # "promise": PolNeAR train fixed 2, broke 4
# "…, a charge Kigali denies": a closing denial of the charge the sentence makes (round 11).
DENYING_VERBS = frozenset("deny reject dispute".split())
CHARGE_NOUNS = frozenset("charge claim accusation allegation".split())
NOT_ACCEPTING_VERBS = frozenset("recognise recognize accept acknowledge".split())  # denials with "not": "a ruling Beijing does not recognise"
RULING_NOUNS = frozenset("ruling verdict finding decision judgment judgement".split())  # what a court's "ruled that…" gives
# A court's ruling that "found"/"concluded" that…: the ruling is the source, as "an inquiry found" (round 44);
# not with "shows" ("The ruling shows how weak the law is" is the writer's reading), not "decision".
FINDING_RULING_NOUNS = frozenset("ruling verdict judgment judgement".split())
FINDING_VERBS = frozenset({"find", "conclude"})
# "as X warns of a firm response": the "as" clause has content of its own (round 12: "of", "about", "against")
# third-person forms of reporting verbs the tagger reads as plural nouns closing an apposition
APPOSITION_REPORTING_FORMS = frozenset("estimates says believes reckons calculates argues notes claims insists".split())
AS_FRAME_OWN_CONTENT_PREPOSITIONS = frozenset("to of about against".split())
CONTRAST_MARKS = frozenset("while whereas".split())  # "X said A, while Y put the toll at B": Y's own report (round 12)
FIGURE_GIVING_BODY_NOUNS = DESCRIBED_BODY_NOUNS  # "the company put the cost at…" (round 12)
PHRASAL_DEED_PARTICLES = frozenset("up off".split())  # "called up reservists", "called off the strike": deeds, not speech
# Verbs whose subject is a document's author: "issued a statement", "said in a statement".
PUBLISHING_VERBS = frozenset("publish release".split())  # what they issue is a document, whatever its name
# What "release" issues that is a text without being a document noun: "released its outlook" (round 42).
RELEASED_TEXT_NOUNS = frozenset("result results outlook".split())
ISSUING_VERBS = frozenset("issue release publish conduct commission produce prepare send post say write".split())
# ...of which these need more than an object: "called on X to", not "called a meeting"; "urge" does
# not ("urged restraint" is a request; round 12, PolNeAR train 0/0).
NEEDS_COMPLEMENT = frozenset("call ask".split())
# Requests only with an object and a to-infinitive: "pressed both sides to allow…" (round 14).
PRESSING_VERBS = frozenset({"press"})
# Reporting participles that attribute a clause to the subject of the verb they hang from
# ("…, saying/arguing/warning that…"); thoughts and findings ("believing…", "finding…") do not.
PARTICIPLE_REPORTING_VERBS = REPORTING_VERBS - BELIEF_VERBS_FOR_PARTICIPLES
# Requests: "as X asked/urged/proposed" reports what X wanted done, not a proposition of X's.
DIRECTIVE_VERBS = frozenset("ask urge demand call propose recommend advise request plead beg order".split())
# Verbs of saying whose object can only be what was said: "says the plan works" misparsed.
SAY_VERBS = frozenset("say claim argue insist believe think warn suggest assert contend maintain add note write".split())
# Reporting verbs whose object is the addressee, not the content: "told reporters", "briefed a panel".
ADDRESSEE_VERBS = frozenset("tell brief inform assure reassure remind".split())
# Speech acts only with an "as" complement: "defended the command as a response to…".
AS_SPEECH_ACT_VERBS = frozenset("defend portray present justify frame cast depict hail reject".split())
# A speech act named by a noun: "issued a warning that B", "raised concerns about…", "lodged a
# protest", "gave assurances that B" (FrameNet's Statement, Request, Complaining, Commitment,
# Reassuring nouns after a light verb). Not "express", "voice", "make", "offer", "reiterate",
# "signal": on PolNeAR train each broke more sentences than it fixed ("made the call to…").
SPEECH_NOUN_VERBS = frozenset("issue raise lodge file give sound deliver repeat renew put extend".split())
# ...of which these only name a vessel for content: with none given ("issued a statement on
# Monday") the sentence is the writer's report of an event.
CONTENT_NOUNS = frozenset("statement".split())
SPEECH_NOUNS = frozenset(
    """
    statement warning concern concerns regret support protest complaint case assurance assurances proposal apology
    denial insistence appeal plea threat ultimatum alarm condolence condolences thanks praise criticism objection
    objections demand request rebuke condemnation promise pledge guarantee reassurance opposition doubt doubts
    fear fears hope confidence skepticism scepticism frustration anger outrage dismay disappointment sympathy
    gratitude congratulations allegation allegations accusation accusations claim claims call toll
    """.split()
)
# Agentless attribution: "It is believed that…", "X is said to…", "X was reported to…".
# Verbs of responding that, followed by "but/and said B" or ", saying B" of the same subject, make
# one reply with B (round 10). Left out, as they broke PolNeAR train sentences: "reject" (0/2) and
# "defend" (0/4; with ", saying B" alone, round 12: 0/2), where PolNeAR keeps the act the writer's beside the report.
RESPONSE_VERBS = frozenset("welcome dismiss deny condemn criticise criticize praise hail accept back".split())
PASSIVE_REPORTING = frozenset("say report believe think understand allege rumor rumour fear claim suppose estimate".split())
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly".split())
# Held views: what a third party believes, expects or fears stands on their authority, not the
# writer's ("officials believe the plant…", "X is convinced that…", "X hopes to…"). Verbs of belief
# whose negation still reports a view ("Democrats don't think Clinton can win" is their view).
VIEW_VERBS = frozenset(
    "think believe feel expect hope fear worry doubt suspect assume guess reckon consider suppose presume trust anticipate".split()
)
# Adjectives of a held view taking a content clause: "is convinced that", "are concerned that".
VIEW_ADJECTIVES = frozenset(
    """
    convinced confident sure certain optimistic pessimistic hopeful concerned worried afraid fearful aware adamant
    skeptical sceptical doubtful persuaded positive insistent nervous anxious wary
    """.split()
)
# Words describing a subject before a colon that gives its view: "Sokolin was adamant: the troops…".
COLON_VIEW_WORDS = VIEW_ADJECTIVES | frozenset("clear blunt emphatic categorical unequivocal explicit firm defiant".split())
MAX_COLON_OPENING_WORDS = 8
# Verbs of a held view whose "to"-infinitive or object is the view ("Sanders hopes to win the
# state", "Officials are expecting a record turnout"): the whole sentence is attributed.
VIEW_INFINITIVE_VERBS = frozenset("hope expect fear".split())
# Controllers under which a reporting verb reports no saying: withheld ("declined to say that…"),
# owed ("has to show that…") or still to come ("is poised to argue…", see FUTURE_CONTROLLERS).
WITHHOLDING_VERBS = frozenset("decline refuse fail hesitate avoid forget neglect have need ought".split())
# Objects of "expect" that are no view: "Chelsea Clinton, husband expecting second child".
NOT_VIEW_OBJECTS = frozenset("child baby twin twins".split())
# Degree words that make "so worried that…" a result clause, not a view.
RESULT_DEGREE = frozenset("so enough too such".split())
DUMMY_SUBJECTS = frozenset("it this that there".split())
FIRST_PERSON = frozenset("i we me us".split())
PERSONAL_PRONOUNS = frozenset("he she him her they them it".split())
PERSON_PRONOUNS = {"he": "he", "she": "she", "his": "he", "her": "she"}  # a person's pronoun as a source → its gender's subject form
PEOPLE_PRONOUNS = frozenset("some many others few several most who".split())  # "Some have suggested that…"
# A content clause opened by these is an indirect question, not a proposition ("did not say whether…").
QUESTION_WORDS = frozenset("whether if what how why who whom when where which".split())

DEONTIC_MODALS = frozenset("should must ought".split())
DEONTIC_VERBS = frozenset("deserve".split())
FUTURE_MODALS = frozenset("will would could may might shall 'll wo ’ll".split())
# Predicates that announce the future when they govern an infinitive: "is expected to", "plans to".
FUTURE_CONTROLLERS = frozenset(
    "expect set due likely unlikely plan intend aim schedule poise prepare go bound certain poised about slate".split()
)
FORECAST_VERBS = frozenset("predict forecast project anticipate foresee".split())
BELIEF_VERBS = frozenset("believe think feel consider suppose reckon doubt hope fear trust suspect guess".split())
# Evaluative words: the writer judging, not reporting. Kept to words whose evaluative sense
# dominates in news prose ("dangerous", "serious", "major" are left out: they are often factual).
EVALUATIVE = frozenset(
    """
    absurd abhorrent abysmal admirable appalling atrocious awful baseless bizarre brave brilliant callous
    careless catastrophic cowardly cynical deplorable despicable dire disastrous disgraceful disgusting
    dishonest dismal dreadful embarrassing excellent fantastic farcical foolish glorious grotesque heroic
    hideous horrible horrendous hypocritical idiotic immoral incompetent inept insane irresponsible
    laughable lousy ludicrous magnificent marvellous marvelous mediocre misguided monstrous naive
    nonsensical obscene obedient outrageous pathetic pitiful pointless preposterous reckless regrettable
    ridiculous scandalous shameful shameless shocking silly sinister spineless splendid stupid superb
    terrible terrific timid tragic troubling unacceptable unconscionable unforgivable unjust unfair unwise
    vile wicked wise wonderful woeful worthless wrongheaded wrong cruel heartless senseless cowardice
    disgrace travesty farce sham fiasco outrage nonsense hypocrisy blunder folly betrayal appeaser appeasers
    vassal puppet thug thugs propaganda lies
    sadly unfortunately shamefully frankly fortunately thankfully hopefully arguably surely undoubtedly
    obviously clearly regrettably disgracefully absurdly
    """.split()
)

# --------------------------------------------------------------------------- non-claims

# "MINSK —", "MINSK, Belarus, March 14, 2026 (Continental Press) —", "WASHINGTON/BEIJING (Reuters) -": the prefix a
# claim starts after, at the start of any paragraph (a live blog or a digest repeats datelines). Not
# countries.dateline, which reads the one wire dateline at the top and needs a place the gazetteer knows or an
# outlet, nor ingest's, which needs the publication date: any capitals and a dash are no claim here.
DATELINE = re.compile(
    rf"[ \t]*[{DATELINE_CAPITALS}][{DATELINE_CAPITALS}.'’\-]+(?:(?:[ \t]+|[ \t]*/[ \t]*)[{DATELINE_CAPITALS}][{DATELINE_CAPITALS}.'’\-]*)*"  # the place(s), in capitals: "KYIV/MOSCOW"
    r"(?:,[ \t]*[A-Z0-9][\w.'’\-]*(?:[ \t]+[\w.'’\-]+)*?)*"  # ", Belarus", ", March 14", ", 2026"
    r"[ \t]*(?:\([^()\n]{1,60}\))?"  # "(Reuters)"
    r"[ \t]*(?:[—–―]|-{1,2}(?:[ \t]|$))[ \t]*"  # the dash (ending the sentence when the parser cut it there: "BERLIN (dpa) -")
)
# "Opinion:", "ANALYSIS:", "Exclusive -" at the start of a headline or paragraph.
SECTION_LABEL = re.compile(
    r"[ \t]*(?:opinion|analysis|comment|commentary|editorial|exclusive|breaking|update|updated|explainer|factbox|"
    r"live|interview|column|perspective|review|essay|fact check|watch|video|photos|editor(?:'s|’s|s'|s’)? note)[ \t]*[:|—–-][ \t]*",
    re.I,
)
BYLINE = re.compile(r"\W*(?:by|reporting by|additional reporting by|editing by|written by|compiled by|photo(?:graph)?s? by|(?:last )?updated|published|posted)\b", re.I)
# A page's time stamp: "Published 14 March 2026 | Updated 15 March 2026", "Last updated: Mon 3 Jun 2024 14.05 BST",
# "Posted 3 hours ago".
TIMESTAMP_WORDS = frozenset(
    """
    published updated posted modified first last on at am pm a.m p.m gmt utc bst cet cest est edt et pt pst pdt ist jst
    january february march april may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
    sun ago min mins minute minutes hour hours day days week weeks""".split()
)
_TIMESTAMP_PIECES = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*|\d+")
# A headline giving its source before a colon: "Lynch: No outside influence on FBI probe".
HEADLINE_SOURCE = re.compile(r"(?P<who>[A-Z][^:\n.!?]{0,40}?)[ \t]*:[ \t]+(?P<what>\S)")
# A transcript's speaker label opening a paragraph: "TAPPER: And obviously…", "SEN. COLLINS: …".
TRANSCRIPT_LABEL = re.compile(r"[ \t]*(?P<who>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,2})[ \t]*:[ \t]+(?=\S)")
# Transcript labels of the outlet's own staff, whose lines are the outlet's reporting, not a source's.
OUTLET_VOICE_LABELS = frozenset(
    "presenter presenters host hosts anchor co-anchor newsreader narrator announcer correspondent reporter".split()
)
# A speaker's name labelling a quotation inside a paragraph: "Clinton: “Our goal is…”".
SPEAKER_LABEL = re.compile(r"[ \t]*(?P<who>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,5})[ \t]*:[ \t\u00a0]*")  # a no-break space after the colon too (round 34)
NOT_SPEAKER_LABELS = frozenset(
    """
    note correction clarification warning source sources photo photos video watch read more related tags breaking
    alert disclaimer disclosure transcript listen spoiler credit file update updated exclusive tl;dr ps
    q
    """.split()  # "Q: Hospitals say they are short of beds.": the interviewer's line, the label no source (round 37)
)
MAX_HEADLINE_SOURCE_WORDS = 5
HEADLINE_BODY_PARAGRAPHS = 3  # in how many of the body's first paragraphs with claims a headline's described source is looked for
TITLE_BEFORE_NAME_CHARS = 40  # "Mines Minister Chanda Mwale", "Zambia's mines minister, Chanda Mwale"
PARAGRAPH_END = re.compile(r"[.!?…:;]['\"’”»)\]]*\s*$")
QUESTION_END = re.compile(r"\?['\"’”»)\]]*\s*$")
_WORDS = re.compile(r"[^\W\d_]+")
HEADING_QUESTION = re.compile(r"\W*(?:what|why|how|who|when|where|which|whether)\b", re.I)


PHOTO_CREDIT_WORDS = frozenset("via getty images photo photos photograph".split())
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MIN_QUOTED_SHARE = 0.6  # a sentence at least this much inside quote marks is the quote's words
QUOTATION_SHARE = 0.9  # reported content this much inside quote marks is a direct quotation
MIN_QUOTE_COVER = 0.5  # a quote covering this much of a sentence accounts for it
MIN_CONTENT_CHARS = 3
BULLETS = frozenset({"", "-", "–", "—", "•", "*", "·"})  # what may open an item of a list after "The report found:"
LIST_BULLET = re.compile(r"[-–•*·▪][ \t]+(?=\S)")  # an item of a list opening a paragraph (not "—", a tweet's signature)
MIN_CLAUSE_WORDS = 3  # an independent clause split off a sentence has at least this many words
# A line naming the story's writers ("By Hiroshi Tanaka and Emma Lowe", "By Tom Baker, Staff Writer"),
# at most BYLINE_LINE_CHARS long.
WRITERS_BYLINE = re.compile(r"[ \t]*(?i:by|reporting by|written by)[ \t]+[A-Z]")
BYLINE_LINE_CHARS = 120
PERSON_LOOKBACK_CHARS = 2000  # how far back "he"/"she" may find the person it stands for
EARLIER_SOURCE_WINDOW = 6  # how many claims back "the official" / "he" may find their source
POSSESSIVE_PRONOUNS = frozenset("my our your his her its their".split())
INDEFINITE_DETERMINERS = frozenset("a an another some several one many few".split())
NAME_TYPES = NAME_BESIDE_TYPES
# Heads naming a body or people around someone: "the mayor's office" is not the mayor.
INSTITUTION_NOUNS = frozenset(
    """
    office ministry department government administration campaign camp agency committee council cabinet embassy
    party staff team service spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys aide aides
    guard army military navy
    ally allies supporter supporters critic critics family son daughter wife husband advisers advisor adviser
    """.split()
)


# --------------------------------------------------------------------------- internal records


@dataclass(slots=True)
class _Draft:
    """A claim before scoring: span, who stands behind it, and where it came from."""

    start: int
    end: int
    status: str
    source: Source | None
    quote: str | None = None
    paragraph: int = 0
    quote_region: int | None = None  # index of the quote-mark region it lies in, if quoted
    inherits: bool = False  # quoted, and its speaker is to be found in its neighbourhood


@dataclass(slots=True)
class _Frame:
    """A reporting frame found in one sentence: whose content, where."""

    source: Source | None
    content_start: int
    content_end: int
    speech_act: bool = False  # the whole sentence reports a speech act ("She called on the EU to…")
    writers_after: tuple[int, int] | None = None  # "A, the ministry said, and B": B, the writer's (round 14)


@dataclass(slots=True)
class _Context:
    doc: Doc
    text: str
    entities: EntityIndex
    regions: list[tuple[int, int]]
    region_starts: list[int]
    paragraph_starts: list[int]
    table: TokenTable | None = None
    drafts: list[_Draft] = field(default_factory=list)
    pending_frame: tuple[int, Source] | None = None  # "He added:" waiting for its quote (where it ends, who)
    colon_frame: tuple[int, Source] | None = None  # "The ministry said:" running on (where its content ends, who)
    reported: list[Quote] = field(default_factory=list)  # the quote extractor's reported speech (_reported_speech)
    reported_starts: list[int] = field(default_factory=list)
    _countries: dict[str, list] | None = None
    _country_names: tuple | None = None

    def countries(self) -> dict[str, list]:
        """Country code → the GPE entities of the article naming that country (computed once)."""
        if self._countries is None:
            self._countries = {}
            for entity in self.entities.entities():
                code = country_code(entity.name) if entity.type == "GPE" else None
                if code:
                    self._countries.setdefault(code, []).append(entity)
        return self._countries

    def country_names(self) -> tuple:
        """The article's mentions of a country by its name, tagged as an entity or not (computed once)."""
        if self._country_names is None:
            self._country_names = tuple(m for m in find_countries(self.doc) if m.kind == "name")
        return self._country_names


# --------------------------------------------------------------------------- entry point


def extract_claims(
    doc: Doc,
    quotes: tuple[Quote, ...],
    times: tuple[TimeExpr, ...],
    entities: EntityIndex,
    quantities: tuple[Quantity, ...] | None = None,
) -> tuple[Claim, ...]:
    """The claims of ``doc``, in text order, with ids ``c1``, ``c2``…

    ``quantities`` are the document's quantities when the caller has them already (else found here)."""
    text = doc_text(doc)
    if not len(doc) or not text.strip():
        return ()
    regions = quote_regions(text)
    context = _Context(
        doc=doc,
        text=text,
        entities=entities,
        regions=regions,
        region_starts=[start for start, _ in regions],
        paragraph_starts=_paragraph_starts(text),
        table=TokenTable(doc, entities.tokens),
    )
    speaking = sorted((q for q in quotes if _quotes_the_speaker(q)), key=lambda q: q.start)
    context.reported = sorted((q for q in quotes if q.kind != "direct" and q.cue is not None and q.speaker is not None), key=lambda q: q.start)
    context.reported_starts = [q.start for q in context.reported]

    for sentence, start, end in claim_sentences(doc, context):
        _claims_of_sentence(context, sentence, start, end, speaking)
    _inherit_speakers(context)
    _name_headline_descriptions(context)
    _link_quotes(context, quotes)

    drafts = sorted((d for d in context.drafts if d.end - d.start >= MIN_CONTENT_CHARS), key=lambda d: (d.start, d.end))
    # two frames of one sentence can make the same claim twice ("It called the outcome … and urged …"): once
    drafts = [d for k, d in enumerate(drafts) if k == 0 or (d.start, d.end, d.status) != (drafts[k - 1].start, drafts[k - 1].end, drafts[k - 1].status)]
    spans = [doc.char_span(d.start, d.end, alignment_mode="expand") for d in drafts]
    spans = [span if span is not None else doc[0:0] for span in spans]
    scores = score_spans(spans, context.table)
    if quantities is None:
        quantities = find_quantities(doc)
    quantity_starts = [q.start for q in quantities]
    time_list = sorted(times, key=lambda t: t.start)
    time_starts = [t.start for t in time_list]
    claims = []
    for number, (draft, span, score) in enumerate(zip(drafts, spans, scores), 1):
        claims.append(
            Claim(
                id=f"c{number}",
                text=text[draft.start : draft.end],
                start=draft.start,
                end=draft.end,
                status=draft.status,  # type: ignore[arg-type]
                source=_adjective_named(draft.source, text),
                kind=claim_kind(span, context.table),  # type: ignore[arg-type]
                checkworthy=round(float(score), 4),
                quantities=tuple(_inside(quantities, quantity_starts, draft.start, draft.end)),
                times=tuple(t.id for t in _inside(time_list, time_starts, draft.start, draft.end)),
                quote=draft.quote,
            )
        )
    return tuple(claims)


def _quotes_the_speaker(quote: Quote) -> bool:
    """Whether the claim extractor takes a quote's speaker from the quote extractor: direct quotes
    said by someone. Reported speech is read from the sentence's own frame instead, because the
    quote extractor also reports thoughts, plans and wishes ("X wants to…", "The Kremlin wants us to
    believe that…") that the claim statuses leave with the writer."""
    return quote.kind == "direct" and (quote.speaker is not None or bool(quote.via) or quote.cue is not None)


def _inside(records: Sequence, starts: list[int], start: int, end: int) -> list:
    """The records (sorted by start) lying wholly inside ``start:end``."""
    found = []
    for record in records[bisect.bisect_left(starts, start) :]:
        if record.start >= end:
            break
        if record.end <= end:
            found.append(record)
    return found


# --------------------------------------------------------------------------- sentences


def claim_sentences(doc: Doc, context: _Context | None = None) -> Iterable[tuple[Span, int, int]]:
    """Sentences that may assert something, each with the character span a claim may cover."""
    text = doc_text(doc)
    if context is None:
        regions = quote_regions(text)
        context = _Context(doc, text, None, regions, [a for a, _ in regions], _paragraph_starts(text), TokenTable(doc))  # type: ignore[arg-type]
    table = context.table
    headline_start = len(text) - len(text.lstrip())  # where the article's first line, its headline, starts
    for sentence in table.sentences():
        start, end = _trim(text, sentence.start_char, sentence.end_char)
        if end - start < MIN_CONTENT_CHARS:
            continue
        paragraph = _paragraph_text(text, start)
        if start == _paragraph_start(text, start):
            if (whole := DATELINE.match(text, start, end)) is not None and whole.end() >= end:
                continue  # the parser cut the dateline off as a sentence of its own: "BERLIN (dpa) -" (round 45)
            for prefix in (DATELINE, SECTION_LABEL):
                match = prefix.match(text, start, end)
                if match and match.end() < end:
                    start = _trim(text, match.end(), end)[0]
            start = after_paragraph_stamp(text, start, end)  # "13:40 GMT — ", "Lima (AFP) - " (round 38)
            match = LIVE_PAGE_LABEL.match(text, start, end)
            if match and match.end() < end:
                start = _trim(text, match.end(), end)[0]
        line_start = _paragraph_start(text, start)
        bullet = LIST_BULLET.match(text, start, end)
        if bullet and start == line_start:
            start = bullet.end()  # "* Poland has moved 5,000 troops…": the claim is the item, not its bullet
        snippet = text[start:end]
        first, last = bisect.bisect_left(table.idx, start), bisect.bisect_left(table.idx, end)
        if QUESTION_END.search(snippet) or NOT_ASSERTIONS.match(snippet) or _is_timestamp(snippet):
            continue
        if is_furniture_line(text, line_start):
            continue
        if BYLINE.match(snippet) and not any(table.tag[i] in FINITE_TAGS for i in range(first, last)) and not _has_subject(doc, first, last):
            continue  # "By Jane Doe, Reuters" (but "By Jan. 18, Obama was winning…" asserts, and so does
            # "By the army's count, 200 soldiers deserted…" with the verb tagged a participle)
        if not PARAGRAPH_END.search(paragraph) and (HEADING_QUESTION.match(paragraph) or _question_after_label(paragraph)):
            continue  # a heading such as "What happens next", "EU sanctions: What the package means"
        if (
            not any(table.pos[i] in ("VERB", "AUX") for i in range(first, last))
            and not _verbless_headline_claim(context, start, end)
            and not _title_case_verb(doc, table, first, last)
            and not (start == headline_start and not PARAGRAPH_END.search(paragraph) and _headline_verb(doc, table, first, last))
            and not _past_read_as_adjective(doc, table, first, last)
            and _misread_forecast([t for t in doc[first:last] if not t.is_space]) is None
        ):
            continue  # "Not one step back.", "Photo: Reuters"
        if _quoted_share(context, start, end)[0] < MIN_QUOTED_SHARE and _is_imperative(doc, table, first, last):
            continue  # "Read the rest here." (quoted imperatives are the speaker's words: kept)
        yield sentence, start, end


def _is_timestamp(snippet: str) -> bool:
    """Whether a sentence is only a page's time stamp ("Published 14 March 2026 | Updated 15 March 2026"): it opens
    with "published", "updated" or "posted" and holds nothing but dates, times and those words."""
    pieces = [piece.lower() for piece in _TIMESTAMP_PIECES.findall(snippet)]
    if not pieces or pieces[0] not in ("published", "updated", "posted", "first", "last"):
        return False
    return all(piece.isdigit() or piece in TIMESTAMP_WORDS for piece in pieces)


def _has_subject(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens ``first:last`` hold a clause with a subject (a byline has none)."""
    return any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(first, last))


def _question_after_label(heading: str) -> bool:
    """"EU sanctions: What the new package means for Minsk": a heading that opens with a question
    word after a label and a colon asks, like "What happens next"."""
    match = HEADLINE_SOURCE.match(heading)
    return match is not None and HEADING_QUESTION.match(heading, match.start("what")) is not None


@lru_cache(maxsize=1)
def _verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Base forms of English verbs and irregular past forms, from the spaCy lemmatizer's tables
    (empty if the pipeline has no rule lemmatizer)."""
    try:
        lookups = load().get_pipe("lemmatizer").lookups
        index, exceptions = lookups.get_table("lemma_index")["verb"], lookups.get_table("lemma_exc")["verb"]
    except (KeyError, ValueError, AttributeError):
        return frozenset(), frozenset()
    return frozenset(index), frozenset(form for form in exceptions if not form.endswith(("ing", "s")))


def _title_case_verb(doc: Doc, table: TokenTable, first: int, last: int) -> bool:
    """"Conservative Icon Morton Blackwell Endorses Ted Cruz", "Hillary And Obama Hid It For
    Years": in a headline set in Title Case the tagger reads the verb as a name; a capitalised
    word after another one that is a verb's third-person or past form gives the headline its verb."""
    words = [i for i in range(first, last) if table.lower[i].isalpha()]
    if len(words) < 4 or sum(doc[i].text[0].isupper() for i in words) < 0.8 * len(words):
        return False
    if any(table.lower[i] in PHOTO_CREDIT_WORDS for i in words):
        return False  # "Scott Olson via Getty Images": a credit, "Images" no verb
    bases, pasts = _verb_forms()
    for previous, i in zip(words, words[1:]):
        word = table.lower[i]
        if not doc[previous].text[0].isupper() or len(word) < 3:
            continue
        if (word.endswith("s") and (word[:-1] in bases or (word.endswith("es") and word[:-2] in bases))) or word in pasts:
            return True
        if word.endswith("ed") and (word[:-2] in bases or word[:-1] in bases):
            return True
    return False


def _headline_verb(doc: Doc, table: TokenTable, first: int, last: int) -> bool:
    """"Danish frigate shadows Russian ship off Bornholm", "Rebel coalition sign peace deal in
    Luanda": the article's headline, set in sentence case, whose verb the tagger read as a noun (round
    23). A word after a noun or adjective that is a verb's third-person or past form, or its base form
    between two nouns, gives the headline its verb: a news headline asserts."""
    words = [i for i in range(first, last) if table.lower[i].isalpha()]
    if len(words) < 4:
        return False
    bases, pasts = _verb_forms()
    for previous, i, following in zip(words, words[1:], words[2:]):
        word = table.lower[i]
        if table.pos[previous] not in ("NOUN", "PROPN", "ADJ") or len(word) < 3:
            continue
        if (word.endswith("s") and (word[:-1] in bases or (word.endswith("es") and word[:-2] in bases))) or word in pasts:
            return True
        if word in bases and table.pos[previous] == "NOUN" and table.pos[following] in ("NOUN", "DET", "NUM"):
            return True
    return False


def _past_read_as_adjective(doc: Doc, table: TokenTable, first: int, last: int) -> bool:
    """"The 74-year-old underwent knee surgery in November.": the tagger read the sentence's verb, an
    irregular past form, as an adjective of the noun after it, leaving the sentence no verb (round
    34). A lower-case irregular past tagged as an adjective between a noun or adjective and a noun
    gives the sentence its verb."""
    pasts = _verb_forms()[1]
    for i in range(first + 1, last - 1):
        if (
            table.tag[i] == "JJ" and table.lower[i] in pasts and doc[i].text.islower()
            and table.pos[i - 1] in ("NOUN", "PROPN", "ADJ") and table.pos[i + 1] in ("NOUN", "PROPN")
        ):
            return True
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace, and a closing quote mark the segmenter left at the front."""
    while start < end and (text[start].isspace() or (text[start] in "”’" and (start + 1 == end or text[start + 1].isspace()))):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _paragraph_text(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[_paragraph_start(text, position) : end if end != -1 else len(text)]


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def _is_imperative(doc: Doc, table: TokenTable, first: int, last: int) -> bool:
    """A bare-verb command heading the sentence ("Read the rest here.", "Sign up for…")."""
    word = next((i for i in range(first, last) if not table.is_punct[i] and not table.is_space[i]), None)
    if word is None:
        return True
    if table.tag[word] != "VB" or table.head[word] != word:
        return False
    if len(doc[word].text) > 1 and doc[word].text.isupper():
        return False  # "ECOWAS lifts sanctions…": an acronym the tagger read as a verb names the subject (round 23)
    return not any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in children_of(doc[word]))


# --------------------------------------------------------------------------- quote marks


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` inside quotation marks, marks included, sorted and disjoint: the
    quoted spans of ``cues.find_quoted_spans`` (the project's one reading of quotation marks, with
    quotes running over paragraphs), a quote nested in another merged into it."""
    regions: list[tuple[int, int]] = []
    for span in sorted(find_quoted_spans(text), key=lambda q: (q.start, -q.end)):
        if regions and span.start < regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], span.end))
        else:
            regions.append((span.start, span.end))
    return regions


def _quoted_share(context: _Context, start: int, end: int) -> tuple[float, int | None]:
    """Share of the characters of ``start:end`` inside quote marks, and the region covering most."""
    if end <= start:
        return 0.0, None
    index = max(0, bisect.bisect_right(context.region_starts, start) - 1)
    covered, best, best_cover = 0, None, 0
    for i in range(index, len(context.regions)):
        a, b = context.regions[i]
        if a >= end:
            break
        shared = max(0, min(b, end) - max(a, start))
        covered += shared
        if shared > best_cover:
            best, best_cover = i, shared
    return covered / (end - start), best


def _is_quotation(context: _Context, start: int, end: int) -> bool:
    """Whether reported content is the speaker's words verbatim (“We will win,” he said) rather than
    reported speech carrying a quoted fragment (he said the EU kept “bringing a spoon to a fire”)."""
    share = _quoted_share(context, start, end)[0]
    return share >= QUOTATION_SHARE or (share >= MIN_QUOTED_SHARE and context.text[start] in "“\"‘«„'")


def _widen_to_regions(context: _Context, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """Stretch ``a:b`` over the quote-mark regions it overlaps, within the sentence ``start:end``."""
    index = max(0, bisect.bisect_right(context.region_starts, a) - 1)
    for region_start, region_end in context.regions[index:]:
        if region_start >= b:
            break
        if region_end > a:
            a, b = min(a, max(start, region_start)), max(b, min(end, region_end))
    return a, b


def _in_quotes(context: _Context, token: Token) -> bool:
    return _quoted_at(context, token.idx)


def _quoted_at(context: _Context, position: int) -> bool:
    """Whether a character offset lies inside quotation marks."""
    index = bisect.bisect_right(context.region_starts, position) - 1
    return index >= 0 and context.regions[index][0] < position < context.regions[index][1]


def _is_quote_mark(token: Token) -> bool:
    return bool(token.text) and all(ch in QUOTE_CHARACTERS for ch in token.text)


# Signs the parser tags as punctuation that belong to the number before them ("rose to 9%").
NUMBER_SIGNS = frozenset({"%", "‰"})


def _is_end_mark(token: Token) -> bool:
    """Punctuation a claim drops from its end: not a closing quote mark, and not the "%" of "9%"
    (spaCy marks "%" as punctuation; dropping it cut "support stands at 12%" to "…at 12" and lost
    the claim's quantity)."""
    return token.is_punct and not _is_quote_mark(token) and token.text not in NUMBER_SIGNS


# --------------------------------------------------------------------------- one sentence


def _claims_of_sentence(context: _Context, sentence: Span, start: int, end: int, speaking: list[Quote]) -> None:
    """Draft the claims of one sentence (``start:end`` of ``sentence``, dateline cut): from direct
    quotes, else from its reporting frames, else from its quote marks, else the writer's."""
    paragraph = bisect.bisect_right(context.paragraph_starts, start) - 1
    running, context.colon_frame = context.colon_frame, None
    if _from_quotes(context, start, end, speaking, paragraph):
        _writers_clauses_beside_quotes(context, sentence, start, end, speaking, paragraph)
        return

    share, region = _quoted_share(context, start, end)
    introduces = context.text[start:end].endswith(":") and share < MIN_QUOTED_SHARE
    if introduces:
        introduction = _introduction(context, sentence, start, end)
        if introduction is not None:  # "She added:" — a frame for what follows, not a claim
            context.pending_frame = (end, introduction)
            if sentence.root.lemma_ in ADDRESSEE_VERBS or not any(c.dep_ == "dobj" for c in children_of(sentence.root)):
                # not "X tweeted the transcript:", which introduces an embedded item ("told reporters:" does speak)
                context.colon_frame = (end, introduction)
            return
    frames = _frames(context, sentence, start, end, mostly_quoted=share >= MIN_QUOTED_SHARE)
    if introduces:
        # "Cruz called them on it:", "As X observed, the stage itself won:" — the quotation that
        # follows is theirs; otherwise the subject of a sentence introducing it ("Lind was blunt:")
        speaker = next((f.source for f in frames if f.source is not None and f.source is not _WRITER), None)
        speaker = speaker or _introducer(context, sentence, start, end)
        context.pending_frame = (end, speaker) if speaker is not None else None
    if frames:
        for frame in frames:
            a, b = frame.content_start, frame.content_end
            if b - a < MIN_CONTENT_CHARS:
                continue
            if frame.source is _WRITER:
                context.drafts.append(_Draft(a, b, "unattributed", None, None, paragraph))
                continue
            if frame.writers_after is not None:
                context.drafts.append(_Draft(*frame.writers_after, "unattributed", None, None, paragraph))
            if frame.speech_act:
                a, b, writers = _speech_act_clause(context, frame, frames, a, b)
                if writers is not None:
                    context.drafts.append(_Draft(*_trim(context.text, writers, frame.content_end), "unattributed", None, None, paragraph))
            content_region = _quoted_share(context, a, b)[1]
            status = "quoted" if not frame.speech_act and _is_quotation(context, a, b) else "attributed"
            if status == "quoted":  # the quote's words with their marks: “We will,” not We will
                a, b = _widen_to_regions(context, a, b, start, end)
            elif not frame.speech_act and _colon_after_frame(context, frame.source, start, a, b):
                context.colon_frame = (end, frame.source)  # "The ministry said: the curfew ends. Schools reopen."
            context.drafts.append(_Draft(a, b, status, frame.source, None, paragraph, content_region))
        return
    if share < MIN_QUOTED_SHARE and _runs_on(context.text, running, start):
        context.colon_frame = (end, running[1])
        context.drafts.append(_Draft(start, end, "attributed", running[1], None, paragraph))
        return
    if share >= MIN_QUOTED_SHARE:
        source = None
        pending = context.pending_frame
        if pending is not None and not context.text[pending[0] : start].strip():
            source = pending[1]
        source = source or _speaker_beside_quote(context, start, end)
        context.drafts.append(_Draft(start, end, "quoted", source, None, paragraph, region, inherits=source is None))
        return
    reported = _reported_speech(context, start, end)
    if reported is not None:
        a, b = _trim(context.text, max(reported.start, start), min(reported.end, end))
        context.drafts.append(_Draft(a, b, "attributed", _quote_source(reported, context), reported.id, paragraph))
        return
    context.drafts.append(_Draft(start, end, "unattributed", None, None, paragraph))


# Verbs of saying whose object is what was said: with a clause of their own ("told reporters that…", not
# "announced his resignation", "explained how…") they report a proposition.
_SAYING_VERBS = frozenset(
    "say tell add note claim state insist argue contend assert maintain explain warn stress acknowledge admit confirm "
    "deny announce predict estimate write tweet".split()
)
# The ones whose object is a proposition even where the parser finds no clause ("Traders say diesel theft at sea
# costs…", with "costs" read as a noun).
_PROPOSITION_VERBS = frozenset("say add insist contend".split())  # not "stressed his experience", "asserted responsibility"
# the writer's own saying ("one could say that…") or no saying at all ("That said, …")
_WRITERS_VOICES = WRITER_HOLDERS | {"one", "you", "that", "this"}
# Verbs whose gerund object is what was reported: "The campaign reported raising $9 million" (round 34).
_GERUND_REPORT_VERBS = frozenset({"report"})
_FALLBACK_CUE_VERBS = _SAYING_VERBS | _GERUND_REPORT_VERBS


def _reported_speech(context: _Context, start: int, end: int) -> Quote | None:
    """The quote extractor's reported speech in a sentence the frames above left with the writer: its cue
    the sentence's main verb, a verb of saying that is not negated, with a clause of its own (not a question)
    inside the sentence, said by someone other than the writer. The two extractors read the same cue in
    different ways; where the frames miss one ("Traders say theft costs…", "A, the spokeswoman told reporters")
    the quote extractor's reading is the better evidence. A verb of thinking or wanting stays with the writer
    (see _quotes_the_speaker)."""
    first = bisect.bisect_left(context.reported_starts, start)
    for quote in context.reported[first:]:
        if quote.start >= end:
            break
        cue = quote.cue
        if quote.end > end or not start <= cue.start < end:
            continue
        cue_span = context.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if cue_span is None or not len(cue_span):
            continue
        verb = cue_span.root
        lemma = verb.lemma_.lower()
        if lemma not in _FALLBACK_CUE_VERBS:
            continue
        # the sentence's main verb, said not denied: "as guards say…", "what they have long said", "He did not deny that…"
        if (verb.dep_ != "ROOT" and not _frame_read_before_colon(verb) and not _frame_read_as_modifier(verb, quote)
                and not _cue_interrupting_its_quote(context.text, verb, quote, start)) or any(child.dep_ == "neg" for child in children_of(verb)):
            continue
        if _in_quotes(context, verb) or context.text[quote.speaker.start : quote.speaker.end].lower() in _WRITERS_VOICES:
            continue  # a cue inside someone's quote, or the writer's own "I can say that…", "one could say that…"
        if lemma in _GERUND_REPORT_VERBS:
            if any(child.dep_ == "xcomp" and child.tag_ == "VBG" and quote.start <= child.idx < quote.end for child in children_of(verb)):
                return quote  # "Mr. Lee reported having $1.3 million in cash": the figures are his report
            continue
        clauses = [child for child in children_of(verb) if child.dep_ == "ccomp" and quote.start <= child.idx < quote.end]
        if clauses and not _is_indirect_question(clauses[0]) or quote.end <= cue.start:
            return quote  # a clause of the verb, or a content told before its frame ("A, the spokeswoman told reporters")
        if not clauses and lemma in _PROPOSITION_VERBS and not any(child.dep_ == "prep" for child in children_of(verb)):
            return quote  # not "argued for the plan", "insisted on a recount"
    return None


def _frame_read_as_modifier(verb: Token, quote: Quote) -> bool:
    """"The ministry plans to cut the royalty, three people familiar with the discussions told Reuters, a move
    that…": the frame after its content, which the parser read as a modifier ("told" a participle of
    "discussions"), and the quote extractor as the frame (quotes' ``frame_read_as_modifier``, round 38): a
    subjectless modifier verb whose quote ends before it."""
    return verb.dep_ == "acl" and quote.end <= quote.cue.start and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))


def _cue_interrupting_its_quote(text: str, verb: Token, quote: Quote, start: int) -> bool:
    """"Ethiopian factories, the country's energy ministry said, had themselves faced rationing": a cue set
    between commas inside the clause it reports, which the parser hangs on the clause as a parataxis and the
    quote extractor reads as a clause interrupted by its cue (its pieces on both sides), the clause the whole
    sentence from its first word and the cue hung on its head: not "…ended with a payment schedule that,
    officials now say, Tashkent never accepted", the writer's sentence with a report inside its relative
    clause (round 46)."""
    parts = quote.parts or ()
    return (
        verb.dep_ == "parataxis"
        and (verb.head if verb.head.dep_ not in ("aux", "auxpass") else verb.head.head).dep_ == "ROOT"
        and not text[start : quote.start].strip()
        and len(parts) >= 2
        and parts[0].end <= quote.cue.start
        and quote.cue.end <= parts[-1].start
        and not any(c.dep_ in ("ccomp", "dobj") for c in children_of(verb))
    )


def _frame_read_before_colon(verb: Token) -> bool:
    """"She said she was the only rival to win a district: she also won Leeds in May.": the parser made
    the clause after the colon the sentence's head and the frame that opens the sentence its
    complement; the frame still heads the sentence, and the colon's clause goes on with what was said
    (round 34)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i <= verb.i or not verb.left_edge.is_sent_start:
        return False
    return any(child.text == ":" and verb.i < child.i < head.i for child in children_of(head))


def _speech_act_clause(context: _Context, frame: _Frame, frames: list[_Frame], a: int, b: int) -> tuple[int, int, int | None]:
    """"Moscow urged its allies to show restraint, and Russia's foreign ministry offered to host talks";
    "Zimbabwe congratulated Macuacua, and Zimbabwe's president said in a message that B": a speech act
    that is its own sentence ends before ", and" (or ", but") opening a clause with a subject of its
    own; that clause is its own claim, the writer's unless a frame of the sentence reports it (round 14).
    Returns the speech act's span and where the writer's clause starts (None when there is none)."""
    span = context.doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return a, b, None
    for verb in span:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.i >= verb.i:
            continue
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is None or subject.left_edge.i < span.start + 3:
            continue
        conjunction, comma = verb.doc[subject.left_edge.i - 1], verb.doc[subject.left_edge.i - 2]
        if conjunction.lower_ not in ("and", "but") or comma.text != "," or conjunction.head.i != verb.head.i:
            continue
        rest = subject.left_edge.idx

        def in_rest(f: _Frame) -> bool:
            return rest <= f.content_start < b or (f.speech_act and f.source is not None and f.source.start is not None and rest <= f.source.start < b)

        if in_rest(frame):
            return rest, b, None  # the speech act of the clause after the comma ("…, and officers denied it")
        reported = any(f is not frame and f.source is not _WRITER and in_rest(f) for f in frames)
        return (*_trim(context.text, a, comma.idx), None if reported else rest)
    return a, b, None


def _colon_after_frame(context: _Context, source: Source | None, start: int, a: int, b: int) -> bool:
    """Whether reported content ``a:b`` is a clause that follows a colon closing a short past-tense
    frame ("The ministry said in a statement: the curfew ends at midnight"): not a colon inside a
    title ("…, ''Lost Tycoon: The Many Lives of…''" far after its subject), nor a present-tense
    "Some Americans say: …", which sums up a common view in the writer's words."""
    table = context.table
    if source is None or source.end is None or not start <= source.end <= a or not context.text[start:a].rstrip().endswith(":"):
        return False
    frame = range(bisect.bisect_left(table.idx, source.end), bisect.bisect_left(table.idx, a))
    content = range(frame.stop, bisect.bisect_left(table.idx, b))
    return (
        len(frame) <= MAX_COLON_OPENING_WORDS
        and any(table.tag[i] == "VBD" for i in frame)
        and any(table.tag[i] in FINITE_TAGS for i in content)
    )


def _runs_on(text: str, running: tuple[int, Source] | None, start: int) -> bool:
    """Whether a sentence starting at ``start`` continues what a colon frame introduced ("In a
    statement, the ministry said: … ", "The report found:"): the frame's source speaks until its
    paragraph ends (the next one's, when the frame ends its paragraph with the colon), and through
    the items of a list that follows it ("- Costs rose by…"); not into markup ("<tweet …>") standing
    for an embedded item."""
    if running is None:
        return False
    gap = text[running[0] : start]  # nothing skipped between: not past "Syed Farook." (no claim)
    return gap.strip() in BULLETS and text[start] != "<" and ("\n" not in gap or text[: running[0]].endswith(":") or text[_paragraph_start(text, start) :].lstrip()[:1] in BULLETS)


def _writers_clauses_beside_quotes(context: _Context, sentence: Span, start: int, end: int, quotes: list[Quote], paragraph: int) -> None:
    """"The government will present a budget next week, and the office said that B": when quotes
    account for a sentence, a conjoined clause of the writer's beside them is still a claim."""
    taken = [(q.start, q.end) for q in quotes if q.start < end and start < q.end]
    taken += [(q.cue.start, q.cue.end) for q in quotes if q.cue is not None and start <= q.cue.start < end]
    taken += [(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None and start <= q.speaker.start < end]
    for frame in _frames(context, sentence, start, end):
        if frame.source is _WRITER and not any(a < frame.content_end and frame.content_start < b for a, b in taken):
            context.drafts.append(_Draft(frame.content_start, frame.content_end, "unattributed", None, None, paragraph))


def _introducer(context: _Context, sentence: Span, start: int, end: int) -> Source | None:
    """For a sentence ending in a colon before a quotation: a reporting verb's subject anywhere in
    it ("as Joel Pollak observed, …:"), else the named actor it is about ("Lind was blunt:")."""
    for token in sentence:
        if start <= token.idx < end and token.lemma_ in REPORTING_VERBS and not _in_quotes(context, token):
            subject = _subject(token)
            if subject is not None and subject.lower_ not in FIRST_PERSON:
                return _source(context, subject)
    subject = _subject(sentence.root)
    if subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.lower_ in ("he", "she")):
        source = _source(context, subject)
        return source if source.entity is not None else None
    return None


def _introduction(context: _Context, sentence: Span, start: int, end: int) -> Source | None:
    """The speaker of a sentence that only introduces a quotation ("She added:", "Putin told
    reporters at the ceremony:"): a reporting verb with a subject and no content of its own."""
    root = sentence.root
    if root.lemma_ not in REPORTING_VERBS or _in_quotes(context, root) or any(c.dep_ in ("ccomp", "xcomp") for c in children_of(root)):
        return None
    subject = _subject(root)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return None
    return _source(context, subject)


def _from_quotes(context: _Context, start: int, end: int, quotes: list[Quote], paragraph: int) -> bool:
    """Quoted claims from the quote extractor's direct quotes that account for this sentence (their
    content covers at least half of it); False if none do. A sentence holding only the cue of a
    quote whose words lie elsewhere ("He added:") is a frame, not a claim: True with no claim."""
    found: list[tuple[Quote, int, int]] = []
    covered = 0
    cue_only: Quote | None = None
    for quote in quotes:
        pieces = quote.parts or (quote,)
        inside = [(max(p.start, start), min(p.end, end)) for p in pieces if p.start < end and start < p.end]
        if not inside:
            if quote.cue is not None and start <= quote.cue.start < end and cue_only is None:
                cue_only = quote
            continue
        covered += sum(e - s for s, e in inside)
        found.append((quote, *_trim(context.text, min(s for s, _ in inside), max(e for _, e in inside))))
    if not found:
        if cue_only is not None:
            source = _quote_source(cue_only, context)
            if source is not None and context.text[start:end].endswith(":"):
                context.pending_frame = (end, source)
            return _frame_only(context, cue_only, start, end)
        return False
    if covered < MIN_QUOTE_COVER * (end - start) and not _opens_before_its_frame(context, found, start, end):
        return False  # a fragment in quote marks inside the writer's or someone's reported sentence
    for quote, a, b in found:
        if b - a < MIN_CONTENT_CHARS:
            continue
        source = _quote_source(quote, context) or _speaker_beside_quote(context, start, end)
        reported = _reported_around(context, quote, a, b, start, end) if len(found) == 1 else None
        if reported is not None:  # the writer's words around a quoted fragment: reported speech
            context.drafts.append(_Draft(*reported, "attributed", source, quote.id, paragraph))
            continue
        region = _quoted_share(context, a, b)[1]
        context.drafts.append(_Draft(a, b, "quoted", source, quote.id, paragraph, region, inherits=source is None))
    return True


def _opens_before_its_frame(context: _Context, found: list[tuple[Quote, int, int]], start: int, end: int) -> bool:
    """Whether the sentence opens with a direct quote whose cue follows it in the sentence: "“They
    asked for our papers,” Issa Rashidi, who has fished from Kagunga for twenty years, told the Wire."
    The rest is the quote's frame, however long the speaker's description, so the quoted words are
    the sentence's claim (claims Round 19), not a fragment of the writer's sentence."""
    first = _trim(context.text, start, end)[0]
    return any(
        quote.kind == "direct" and a == first and quote.cue is not None and b <= quote.cue.start < end
        for quote, a, b in found
    )


def _reported_around(context: _Context, quote: Quote, a: int, b: int, start: int, end: int) -> tuple[int, int] | None:
    """The reported content of a sentence whose quotation is only part of what is reported, or
    None when the quote is the whole of it: "Right now, the campaign is “doing everything,” he
    said." (the writer's words before the quote, the frame after it), "Weaver says that “there's
    no path forward” for the governor." (words after the quote), "accused Turkey of “strangling…”"
    (words between the frame and the quote, after any "that"; set off by a comma or colon they are
    the frame's: "told reporters in Nashua, “…”"). The content must fall short of a quotation by the rule of ``_is_quotation``."""
    text = context.text
    frame = [x for x in (quote.cue, quote.speaker) if x is not None and start <= x.start < end]
    if not frame:
        return None
    frame_start, frame_end = min(x.start for x in frame), max(x.end for x in frame)
    if frame_start >= b:  # “…,” he said.
        if text[start:a].rstrip().endswith(":"):
            return None  # "Mosman saw it differently: “…,” he said." introduces the quotation
        lo, hi = start, b
    elif frame_end <= a:  # he said that “…” for the governor.
        lo, hi = a, end
        if not text[frame_end:a].rstrip().endswith((",", ":")):
            # the writer's words between the frame and the quote are part of what is reported, after any
            # "that": "accused Turkey of “…”", "said North Korea had displayed “…”" (not "says on its
            # website that “…”", all frame)
            words = list(_WORDS.finditer(text, frame_end, a))
            last_that = max((k for k, w in enumerate(words) if w.group().lower() == "that"), default=-1)
            if last_that + 1 < len(words):
                lo = words[last_that + 1].start()
    else:
        return None
    lo, hi = _trim(text, lo, hi)
    while lo < hi and (text[lo] in ",;:—–-" or text[lo].isspace()):
        lo += 1
    while hi > lo and text[hi - 1] in ".,;:!?" and text[hi - 1] not in QUOTE_CHARACTERS:
        hi -= 1
    outside = _WORDS.findall(text[lo:a]) + _WORDS.findall(text[b:hi])
    if not outside or _is_quotation(context, lo, hi):
        return None
    return _widen_to_regions(context, lo, hi, start, end)  # the quoted words keep their marks


def _speaker_beside_quote(context: _Context, start: int, end: int) -> Source | None:
    """The speaker a mostly quoted sentence names outside its quote marks, when neither a quote
    record nor a frame gave one: a label before the quotation ("Clinton: “Our goal is…”"), a
    reporting verb outside the marks with its subject ("“…,” Conway notes." with "notes" read as a
    noun), or a verb whose subject introduces the quotation after a comma or colon ("Sanders shot
    back, “…”")."""
    text, doc, table = context.text, context.doc, context.table
    index = max(0, bisect.bisect_right(context.region_starts, start) - 1)
    first_region = next((a for a, b in context.regions[index:] if b > start and a < end), None)
    if first_region is not None and first_region > start:
        label = SPEAKER_LABEL.fullmatch(text, start, first_region)
        if label is not None and label.group("who").split()[-1].lower() not in NOT_SPEAKER_LABELS:
            who = doc.char_span(label.start("who"), label.end("who"), alignment_mode="expand")
            ref = context.entities.resolve(label.start("who"), label.end("who"), speaker=True) if context.entities is not None else None
            named = ref is not None and ref.type in ("PERSON", "ORG")  # a name the tagger missed ("Harper:")
            if who is not None and len(who) and (named or any(t.pos_ == "PROPN" or t.ent_type_ in NAME_TYPES for t in who)):
                return _source(context, _named_in_label(who))
    first, last = bisect.bisect_left(table.idx, start), bisect.bisect_left(table.idx, end)
    outside = [t for t in doc[first:last] if not _in_quotes(context, t) and not _is_quote_mark(t) and not t.is_space]
    for position, token in enumerate(outside):
        if token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith("s") and token.lower_[:-1] in REPORTING_VERBS:
            neighbour = outside[position - 1] if position else None  # "“…,” Conway notes."
            if neighbour is not None and neighbour.pos_ in ("PROPN", "PRON") and neighbour.lower_ not in FIRST_PERSON:
                return _source(context, neighbour)
            continue
        if token.pos_ != "VERB":
            continue
        subject = _subject(token)
        if subject is None or _in_quotes(context, subject) or subject.lower_ in FIRST_PERSON:
            continue
        following = doc[token.i + 1 : token.i + 4]
        introduces = any(t.text in (",", ":") and t.i + 1 < len(doc) and _is_quote_mark(doc[t.i + 1]) for t in following)
        if (_lemma(token) in REPORTING_VERBS and _reports_actual_speech(token)) or introduces:
            return _source(context, subject)
    return None


def _named_in_label(label: Span) -> Token:
    """Who a label before a quotation names: its head ("Senator Ann Lee: “…”"), or, when a word that
    presents the quotation heads it ("Here's Lee in 1992: “…”", "More from Lee: “…”"), the first name
    in it that is no part of a longer name and no date (round 34)."""
    head = label.root
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    return next(
        (t for t in label if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and t.ent_type_ not in ("DATE", "TIME")),
        head,
    )


def _frame_only(context: _Context, quote: Quote, start: int, end: int) -> bool:
    """Whether a sentence holding a quote's cue but none of its content is nothing but the frame
    ("He added:", "Putin said at a news conference:"), rather than a sentence of its own."""
    frame_end = max(quote.cue.end if quote.cue else start, quote.speaker.end if quote.speaker else start)
    rest = context.text[frame_end:end].strip(" \t,:;—–-\"“”'‘’.")
    return len(rest.split()) <= 6 or context.text[start:end].endswith(":")


def _quote_source(quote: Quote, context: _Context | None = None) -> Source | None:
    """The quote's speaker (or outlet) as a claim source. A speaker the quote extractor left
    unresolved ("he", "the official") gets the claim extractor's own fallbacks: the previous
    speaker, an earlier source with the same description."""
    speaker = quote.speaker
    # "she" resolved to Bernie Sanders: the resolution is dropped, the fallbacks below try again
    mismatched = speaker is not None and context is not None and not gender_fits(context.text[speaker.start : speaker.end].lower(), speaker.name)
    if speaker is not None and (speaker.entity is None or mismatched) and context is not None:
        mention = context.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if mention is not None and len(mention):
            return _source(context, mention.root)
    if speaker is not None:
        return Source(speaker.entity, speaker.name, speaker.start, speaker.end)
    if quote.via:
        via = quote.via[0]
        return Source(via.entity, via.name, via.start, via.end)
    return None


# --------------------------------------------------------------------------- reporting frames

# Marks a clause of a split sentence that the writer asserts (no frame of its own).
_WRITER = Source(None, "")


def _frames(context: _Context, sentence: Span, start: int, end: int, mostly_quoted: bool = False) -> list[_Frame]:
    """Reporting frames of one sentence, in text order; empty when the writer asserts it all.

    Tried in order: a headline naming its source before a colon; "according to X"; a reporting
    verb heading the sentence, or conjoined with its
    head (a conjoined clause with its own subject and no frame is the writer's: a ``_WRITER``
    frame); a parenthetical "officials said"; in a sentence that is mostly a quotation, any
    reporting verb outside the quote marks; hearsay adverbs.
    """
    table, doc = context.table, context.doc
    first, last = bisect.bisect_left(table.idx, start), bisect.bisect_left(table.idx, end)
    objects, is_space = token_objects(doc), table.is_space
    tokens = [objects[i] for i in range(first, last) if not is_space[i]]
    if not tokens:
        return []
    root = sentence.root
    if not start <= root.idx < end:
        root = _highest(tokens)
    root = _verb_under_noun_root(root)
    forecast = _forecast_read_as_noun(context, tokens, start, end)
    if forecast is not None:
        return [forecast]
    transcript = _transcript_frame(context, tokens, start, end)
    if transcript is not None:
        return [transcript]
    headline = _headline_source(context, start, end) or _headline_dash_source(context, start, end)
    if headline is not None:
        return [headline]

    colon = _colon_view_frame(context, tokens) if ":" in context.text[start:end] else None
    if colon is not None:
        return [colon]

    for i in range(first, last - 1):
        if table.lower[i] == "according" and table.lower[i + 1] == "to" and not _in_quotes(context, doc[i]):
            token, to = doc[i], doc[i + 1]
            if _within_relative_clause(token) and not _closing_phrase(tokens, token):
                continue  # "The alliance, which won 38 percent according to the official count, accuses…"
            objects = [c for c in children_of(to) if c.dep_ == "pobj"] or [c for c in children_of(token) if c.dep_ == "pobj"]
            if objects:
                named = name_set_after_according(to)  # "According to the governor…, Ana Reyes, the river…" (round 21)
                frame_last = named[0].i if named is not None else objects[0].right_edge.i
                content = _hull_without(context, tokens, token.i, frame_last, start, end)
                if content:
                    if named is not None:
                        return [_Frame(_source(context, named[0]), *content)]
                    # "…, according to its office in Podgorica": the body whose office it is (round 19)
                    return [_Frame(_source(context, owner_of_own_source(objects[0]) or objects[0]), *content)]

    shown = _closing_data_show_frame(context, tokens, start, end)
    if shown is not None:
        return [shown]
    for token in tokens:
        agent = as_reported_agent(token) if token.dep_ == "advcl" and not _in_quotes(context, token) else None
        content = _hull_without(context, tokens, token.i - 1, agent.right_edge.i, start, end) if agent is not None else None
        if content:  # "As reported by state broadcaster RTS, Belgrade will ask…" (round 42)
            return [_Frame(_source(context, agent), *content)]

    view = _view_phrase_frame(context, tokens, start, end) or _closing_view_phrase_frame(context, tokens, start, end)
    if view is not None:
        return [view]

    reports = _reports_either_side_of_semicolon(context, sentence, root, tokens, start, end, mostly_quoted)
    if reports:
        return reports
    # "Even then, he said, he has learned that…": a parenthetical frame holds the whole sentence,
    # frames inside it included
    parenthetical = _spoken_frame(context, _asides(root, tokens), tokens, start, end, mostly_quoted)
    if parenthetical is None and _inverted_root(root):  # "The strikes, said the army, targeted…"
        parenthetical = _spoken_frame(context, [root], tokens, start, end, mostly_quoted)
    if parenthetical is None:
        parenthetical = _estimate_read_as_apposition(context, tokens, start, end)
    if parenthetical is not None:
        return [parenthetical]
    charged = _denied_charge_root(root)
    if charged is not None:  # "A accused B of X, a charge B denies": the accusation heads the sentence
        root, comma = charged
        tokens = [t for t in tokens if t.i < comma]
        end = tokens[-1].idx + len(tokens[-1].text)
    root = _clause_before_share_aside(root) or root
    frames = _semicolon_frames(context, root, tokens, start, end) or _writer_before_semicolon(context, root, tokens, start, end) or _clause_frames(context, root, tokens, start, end)
    if frames:
        return frames

    candidates = [c for c in children_of(root) if c.dep_ == "parataxis"]
    # "As The Washington Post reported, …", "But as Clyburn noted, …": the rest is the source's
    candidates += [t for t in tokens if t.dep_ == "advcl" and _as_frame(t) and not _in_headline(context.text, t)]
    if mostly_quoted:  # “With an eye to February,” he said. — the parser may give "said" no clause
        candidates += [t for t in tokens if t.lemma_ in REPORTING_VERBS and t not in candidates]
    spoken = _spoken_frame(context, candidates, tokens, start, end, mostly_quoted)
    if spoken is not None:
        return [spoken]

    participial = _participle_frames(context, tokens, start, end)
    if participial:
        return participial
    closing = _closing_modifier_frame(context, tokens) or _age_closing_frame(context, tokens) or _closing_adverbial_frame(context, tokens)
    if closing is not None:
        return [closing]
    if any(c.lower_ in HEARSAY_ADVERBS for c in children_of(root)):
        return [_Frame(None, start, _last_char(tokens))]
    evidence = _evidence_frame(context, tokens, start, end)
    if evidence is None:
        speaking_agent = _speaking_agent(root)
        if speaking_agent is not None:  # "The rally was organised by the union, which called the verdict “…”" (round 24)
            return [_Frame(_source(context, speaking_agent), *_trim(context.text, tokens[0].idx, _last_char(tokens)), speech_act=True)]
    return [evidence] if evidence is not None else []


# What a passive's agent says in a relative clause that makes the sentence its account (round 24); not
# promises or pledges ("was welcomed by the EU, which pledged a further €450 million": the writer's, unseen6).
AGENT_SPEAKING_VERBS = frozenset("say call describe warn urge insist accuse argue claim tell add".split())


def _speaking_agent(root: Token) -> Token | None:
    """The agent of a passive main verb that speaks in a relative clause of its own: "The rally was
    organised by the Press Freedom Network, which called the sentence “a message”" — the sentence
    is the agent's account, as "…was criticised by the union, which said…" is. None otherwise; only
    the root's "by" phrase is read."""
    if not any(c.dep_ == "auxpass" for c in children_of(root)):
        return None
    for by in children_of(root):
        if by.dep_ != "agent":
            continue
        for agent in children_of(by):
            if agent.dep_ != "pobj" or agent.pos_ not in ("NOUN", "PROPN"):
                continue
            for clause in children_of(agent):
                if (
                    clause.dep_ == "relcl" and clause.lemma_ in AGENT_SPEAKING_VERBS
                    and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in children_of(clause))
                ):
                    return agent
    return None


def _misread_forecast(tokens: list[Token]) -> tuple[Token, Token] | None:
    """("forecast", its subject) when the tagger read the verb "forecast" as a noun after its
    subject: "The agency forecast that prices would rise" (the noun the root, with a content
    clause), "The IMF forecast growth of 2.5 percent" (the noun a modifier of the verbless root)."""
    for token in tokens[1:]:
        if token.lower_ != "forecast" or token.pos_ != "NOUN":
            continue
        subject = token.doc[token.i - 1]
        if subject.pos_ not in ("PROPN", "NOUN") or not _can_be_source(subject) or subject.dep_ not in ("compound", "nsubj"):
            return None
        if token.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in children_of(token)):
            return token, subject
        if token.dep_ == "compound" and token.head.dep_ == "ROOT" and token.head.pos_ == "NOUN" and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return token, subject
        return None
    return None


def _forecast_read_as_noun(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """A forecast by its subject the tagger misread (``_misread_forecast``): the content clause, or
    the whole sentence for a forecast figure ("The IMF forecast growth of 2.5 percent"), attributed
    like "The IMF predicted that…" and "The agency put the toll at 42"."""
    found = _misread_forecast(tokens) if "forecast" in context.text[start:end] else None  # the text first: cheaper than the tokens
    if found is None:
        return None
    verb, subject = found
    words = [t for t in tokens if t.i < subject.i and t.head.i in (subject.i, verb.i) and t.dep_ in ("det", "compound", "amod", "poss")] + [subject]
    source = _source(context, subject)
    if source.entity is None:
        a, b = words[0].idx, subject.idx + len(subject.text)
        source = Source(None, context.text[a:b], a, b)
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    if clauses:
        return _Frame(source, *_content_of(context, clauses, start, end))
    return _Frame(source, start, _last_char(tokens), speech_act=True)


def _view_phrase_frame(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """"In the Kremlin's view, NATO expansion is a threat", "By the army's count, 40 drones were
    shot down", "In the view of the court, …": an opening phrase set off by a comma naming whose
    view or account the sentence is (not "In my view", the writer's own)."""
    first = tokens[0]
    prepositions = VIEW_PHRASE_NOUNS.get(first.lower_)
    if prepositions is None or _in_quotes(context, first):
        return None
    noun = next((c for c in children_of(first) if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in prepositions:
        return None
    # the comma closing the phrase, also when the parser hung it on the phrase ("In the view of X, a
    # historian at Y, the…", round 23)
    comma = first.right_edge.i if context.doc[first.right_edge.i].text == "," and first.right_edge.i > noun.i else first.right_edge.i + 1
    if comma >= len(context.doc) or context.doc[comma].text != ",":
        return None
    holder = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if holder is None:  # "in the view of the court"
        holder = next((o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"), None)
    if holder is None or holder.lower_ in WRITER_HOLDERS:
        return None
    content = _hull_without(context, tokens, first.i, comma, start, end)
    return _Frame(_source(context, holder), *content) if content else None


def _closing_view_phrase_frame(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """"About 600 lorries cross every day, by the ministry's count.": the opening phrase of
    ``_view_phrase_frame`` set off by a comma at the sentence's end instead, with its holder named by
    a possessive (round 21) or after "of" ("…, by the estimate of the fisheries ministry.", round 23).
    Only the last few tokens are read."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < 4:
        return None
    noun, holder = words[-1], None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        # "…, by the estimate of the fisheries ministry.": the holder named after "of" (round 23)
        holder, noun = noun, noun.head.head
    preposition = noun.head
    prepositions = VIEW_PHRASE_NOUNS.get(preposition.lower_)
    if prepositions is None or noun.dep_ != "pobj" or noun.lemma_.lower() not in prepositions or _in_quotes(context, preposition):
        return None
    if preposition.i == 0 or context.doc[preposition.i - 1].text != "," or preposition.left_edge.i != preposition.i:
        return None
    if holder is None:
        holder = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if holder is None or holder.lower_ in WRITER_HOLDERS:
        return None
    content = _hull_without(context, tokens, preposition.i, words[-1].i, start, end)
    return _Frame(_source(context, holder), *content) if content else None


def _colon_view_frame(context: _Context, tokens: list[Token]) -> _Frame | None:
    """"Sokolin was adamant: the troops would stay", "Lithuania was clear: …": a short opening
    that describes its subject as holding or stating a view, then a colon and the view (the parser
    makes the view the head and the opening its clause)."""
    colon = next((t for t in tokens if t.text == ":" and not _in_quotes(context, t)), None)
    if colon is None:
        return None
    before = [t for t in tokens if t.i < colon.i]
    after = [t for t in tokens if t.i > colon.i and not t.is_space]
    if not before or len(before) > MAX_COLON_OPENING_WORDS or before[-1].lower_ not in COLON_VIEW_WORDS or not any(t.lemma_ == "be" for t in before):
        return None
    if sum(1 for t in after if not t.is_punct) < MIN_CLAUSE_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in after):
        return None
    subject = next((t for t in before if t.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in FIRST_PERSON | DUMMY_SUBJECTS or not _can_be_source(subject):
        return None
    return _Frame(_source(context, subject), after[0].idx, _last_char(after))


def _evidence_frame(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """A document or source cited in words the parser misread ("show" as a noun, the cue hung on
    the wrong clause): "FEC records show he backed McCain", "…, fundraising documents show.",
    "During the same stretch, F.A.A. records show, the Cessna has flown 216 hours". Read from the
    word order: a source noun right before the cue, the noun phrase opening the sentence (its
    content follows) or set off by a comma (a trailing or parenthetical frame)."""
    lower = context.table.lower
    if not any(lower[t.i] in EVIDENCE_CUES for t in tokens):
        return None
    words = [t for t in tokens if not _in_quotes(context, t) and not t.is_space]

    def cites(token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in SOURCE_NOUNS or token.lower_ in SOURCE_NOUNS)

    for position, cue in enumerate(words[1:], 1):
        if cue.lower_ not in EVIDENCE_CUES or words[position - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        noun = words[position - 1]
        opening = [t for t in words[:position] if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")]
        if not opening and any(cites(t) for t in words[:position]):  # "FEC records from the 2008 cycle show…"
            noun = next(t for t in words[:position] if cites(t))
        elif not cites(noun):
            continue
        first = position - 1
        while first > 0 and (words[first - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or words[first - 1].tag_ in ("VBG", "VBN")) and not words[first - 1].is_punct:
            first -= 1
        after = words[position + 1] if position + 1 < len(words) else None
        if not opening and after is not None and not after.is_punct:  # "FEC records show he backed…"
            first = 0
            content = [t for t in tokens if t.i > cue.i]
            while content and (content[0].lower_ == "that" or content[0].is_punct):
                content.pop(0)
            if len(content) < MIN_CLAUSE_WORDS:
                return None
            span = (content[0].idx, _last_char(content))
        elif first > 0 and words[first - 1].text == "," and (after is None or after.is_punct):
            span = _hull_without(context, tokens, words[first - 1].i, cue.i, start, end)
            if span is None:
                return None
        else:
            continue
        source = _source(context, noun)
        owner = _owner_before_cue(context, words[first:position]) if source.name == noun.text else None
        if owner is not None:  # "Figures from the European Commission show…" with "show" read as a noun
            return _Frame(owner, *_trim(context.text, *span))
        phrase_start = words[first].idx
        if source.entity is None and source.start is not None and source.start > phrase_start:
            source = Source(None, context.text[phrase_start : noun.idx + len(noun.text)], phrase_start, noun.idx + len(noun.text))
        return _Frame(source, *_trim(context.text, *span))
    return None


def _owner_before_cue(context: _Context, words: list[Token]) -> Source | None:
    """The author a misparsed document phrase names after "from"/"by" ("Figures from the European
    Commission [show]"): the entity of the name following the preposition, or the body it names
    ("Data from the statistics office")."""
    for position, token in enumerate(words):
        if token.lower_ not in ("from", "by"):
            continue
        after = words[position + 1 :]
        named = [t for t in after if t.ent_type_ in NAME_TYPES]
        if named and context.entities is not None:
            ref = context.entities.resolve(named[0].idx, named[-1].idx + len(named[-1].text), speaker=True)
            if ref is not None:
                return Source(ref.entity, ref.name, named[0].idx, named[-1].idx + len(named[-1].text))
        if after and after[-1].lemma_.lower() in SOURCE_NOUNS - DOCUMENT_NOUNS:  # "from the statistics office"
            a, b = after[0].idx, after[-1].idx + len(after[-1].text)
            return Source(None, context.text[a:b], a, b)
        return None
    return None


def _spoken_frame(context: _Context, candidates: list[Token], tokens: list[Token], start: int, end: int, mostly_quoted: bool) -> _Frame | None:
    """The first of ``candidates`` (parenthetical, "as" or stray reporting verbs) that frames the
    sentence: a reporting verb outside quote marks that reports a saying, with a third-party
    subject; its content is the sentence without the frame."""
    for verb in candidates:
        if (verb.lemma_ not in REPORTING_VERBS and verb.lemma_ != "put") or _in_quotes(context, verb) or not _reports_actual_speech(verb):
            continue
        if any(c.dep_ == "auxpass" for c in children_of(verb)):
            continue  # "(10,000 are expected to arrive)": the writer's aside, nobody speaks
        inverted = _inverted_parenthetical(verb)
        speaker = inverted or _subject(verb)
        if speaker is None or _in_quotes(context, speaker) or (speaker.lower_ in FIRST_PERSON and not mostly_quoted):
            continue  # “I am not shy,” I said. — a writer quoting themselves is still a quotation
        if speaker.lower_ in ("that", "this") and speaker.i + 1 == verb.i:
            continue  # "That said, …": a discourse marker, nobody speaks
        if inverted is not None:  # the frame is ", say experts," alone, up to the comma after it
            frame_tokens = [t for t in context.doc[verb.i : sentence_end_of(verb)] if t.text == ","][:1]
            frame_tokens = list(context.doc[verb.i : frame_tokens[0].i])
        else:
            # not a subject the parser hung on the frame besides the speaker ("Voters, Clinton
            # suggested, don't…": "Voters" is the sentence's)
            stray = {t.i for c in children_of(verb) if c.dep_ == "nsubj" and c.i != speaker.i for t in subtree_of(c)}
            frame_tokens = [t for t in subtree_of(verb) if not _in_quotes(context, t) and not _is_quote_mark(t) and t.i not in stray]
        first, last = min(t.i for t in frame_tokens), max(t.i for t in frame_tokens)
        writers = _writers_clause_after_frame(context, verb, tokens, last)
        if writers is not None:
            content = _hull_without(context, [t for t in tokens if t.i <= last], first, last, start, end)
            if content:
                return _Frame(_source(context, speaker), *content, writers_after=writers)
        content = _hull_without(context, tokens, first, last, start, end)
        if content:
            return _Frame(_source(context, speaker), *content)
    return None


def _writers_clause_after_frame(context: _Context, verb: Token, tokens: list[Token], last: int) -> tuple[int, int] | None:
    """"Police arrested 40 people, the interior ministry said, and the main avenue was closed for
    hours": a parenthetical frame followed by ", and" (or ", but") and a clause with a subject of its
    own that reports nothing frames the clause before it; the clause after is the writer's (round 14).
    The span of that clause, or None."""
    doc = verb.doc
    comma = last if doc[last].text == "," else last + 1  # the frame's closing comma may be its own
    if verb.dep_ != "parataxis" or comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "and":
        return None
    conjunction = doc[comma + 1]
    clause = next((c for c in children_of(verb.head) if c.dep_ == "conj" and c.i > conjunction.i and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or conjunction.head.i != verb.head.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > conjunction.i for c in children_of(clause)):
        return None
    if clause.i > tokens[-1].i or _lemma(clause) in REPORTING_VERBS | SPEECH_ACT_VERBS:
        return None  # "…, the union said, and it called on members to…" reports on
    if any(_is_quote_mark(t) or _in_quotes(context, t) for t in tokens if t.i > comma):
        return None  # "…, she said, and “I had to step back…”": the speaker's words go on
    return _trim(context.text, doc[comma + 2].idx, _last_char([t for t in tokens if t.i >= comma + 2]))


def _reports_either_side_of_semicolon(context: _Context, sentence: Span, root: Token, tokens: list[Token], start: int, end: int, mostly_quoted: bool) -> list[_Frame]:
    """"China's coast guard said it had expelled the vessel; the ship, a spokesman said, had ignored
    warnings": a report before the semicolon and a cue set off by commas after it, which the parser
    hangs on the second clause, the sentence's head. Each clause is framed on its own, so the
    parenthetical cue does not take the first report, and a "he", "she" or "it" speaking after the
    semicolon is the first report's source (round 48). Empty unless the clause before the semicolon
    has a source's frame of its own."""
    semicolon = next((c for c in children_of(root) if c.text == ";" and c.i < root.i), None)
    asides = [a for a in _asides(root, tokens) if semicolon is not None and a.i > semicolon.i]
    if not asides or sum(1 for t in tokens if t.i < semicolon.i and not t.is_punct) < MIN_CLAUSE_WORDS:
        return []
    first = _frames(context, sentence, start, semicolon.idx, mostly_quoted)
    if not first or any(f.source is _WRITER or f.source is None for f in first):
        return []
    second = _frames(context, sentence, semicolon.idx + 1, end, mostly_quoted)
    for frame in second:  # "…; the two armies, he said, would…": "he" is who spoke before the semicolon
        said_by = frame.source
        if said_by is not None and said_by.start is not None and context.text[said_by.start : said_by.end].lower() in ("he", "she", "it"):
            frame.source = first[-1].source
    return [*first, *second] if second else []


def _asides(root: Token, tokens: list[Token]) -> list[Token]:
    """Verbs of a parenthetical frame (", officials said,") of the sentence: set-off clauses the
    parser hung on its root, then those of a noun-phrase reading (``_noun_reading_asides``)."""
    return [c for c in children_of(root) if c.dep_ == "parataxis" and _set_off(c)] + _clause_read_asides(root) + _noun_reading_asides(root, tokens)


def _estimate_read_as_apposition(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """"Wages in the public sector, the statistics office estimates, rose by 21 percent": a frame
    between commas whose verb the tagger read as a plural noun, the whole an apposition of the
    subject. The verb is a third-person form of a reporting verb ("estimates", "says", "believes")
    closing the apposition; its subject, the noun right before it (round 12)."""
    doc = context.doc
    for token in tokens:
        if token.dep_ != "appos" or token.lower_ not in APPOSITION_REPORTING_FORMS or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
            continue
        first = token.left_edge.i
        if first == 0 or doc[first - 1].text != "," or token.i - first < 2 or doc[token.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        content = _hull_without(context, tokens, first - 1, token.i + 1, start, end)
        if content:
            found = _source(context, doc[token.i - 1])
            words = doc[first : token.i]
            return _Frame(Source(found.entity, found.name if found.entity else words.text, words[0].idx, doc[token.i - 1].idx + len(doc[token.i - 1].text)), *content)
    return None


def _clause_read_asides(root: Token) -> list[Token]:
    """"Without the loan, she told parliament, Tunisia would have defaulted": a reporting clause set
    off by commas before the root, which the parser made the root's content clause or a finite
    adverbial clause without a conjunction (its object kept it from reading a parenthetical); it
    has no content clause of its own (round 12)."""
    return [
        c for c in children_of(root)
        if (c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.tag_ in FINITE_TAGS and not any(g.dep_ == "mark" for g in children_of(c))))
        and c.i < root.i and c.lemma_ in REPORTING_VERBS and not any(g.dep_ in ("ccomp", "xcomp") for g in children_of(c)) and _set_off(c)
    ]


def _noun_reading_asides(root: Token, tokens: list[Token]) -> list[Token]:
    """When the parser read the sentence as one noun phrase ("The strikes, the army said, targeted
    weapons depots…": "targeted" a modifier of "depots"), the set-off clauses it hung on a noun
    other than the root."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for t in tokens if t.dep_ == "parataxis" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != root.i and _set_off(t)]


def _closing_phrase(tokens: list[Token], token: Token) -> bool:
    """Whether the phrase a word opens is set off by a comma and closes the sentence ("Vietnam, whose
    farmers depend on the river, offered to host talks, according to its foreign ministry"): the
    parser may hang it on a relative clause earlier on, but in that place it sources the whole
    sentence (round 30)."""
    words = [t for t in tokens if not t.is_space]
    position = next((n for n, t in enumerate(words) if t.i == token.i), None)
    if position is None or position == 0 or words[position - 1].text != ",":
        return False
    phrase_end = max(t.i for t in subtree_of(token))
    return all(t.is_punct and t.text not in (",", ";", ":") for t in words if t.i > phrase_end)


def _within_relative_clause(token: Token) -> bool:
    """Whether a word belongs to a relative clause ("which won 38 percent according to the count"):
    a phrase there qualifies what the clause says of its noun, not the sentence."""
    head = token.head
    while head.i != token.i and head.dep_ != "ROOT":
        if head.dep_ == "relcl":
            return True
        token, head = head, head.head
    return head.dep_ == "relcl"


def _denied_charge_root(root: Token) -> tuple[Token, int] | None:
    """"Caracas has long accused Bogota of backing the rebels, a charge Bogota denies": the parser
    makes the closing denial the head of the sentence, the accusation its clause (and may hang the
    denier on the clause's last noun). The accusation, before the comma, is the sentence; the
    denial, after a comma, of "a charge" ("an accusation", "a claim", "an allegation") by a name or
    noun right before the verb, is said of it. Gives the accusation's verb and the comma."""
    lemma = root.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in children_of(root))
    if lemma not in DENYING_VERBS and not (lemma in NOT_ACCEPTING_VERBS and negated):
        return None  # also "…, a ruling Beijing does not recognise" (round 12)
    doc = root.doc
    comma = next((i for i in range(root.i - 1, sentence_start_of(root), -1) if doc[i].text == ","), None)
    if comma is None or not 2 <= root.i - comma <= 7:
        return None
    phrase = [t for t in doc[comma + 1 : root.i] if not (t.head.i == root.i and t.dep_ in ("aux", "neg"))]
    if _bare_closing_denial(root, phrase):
        pass  # "Prague blames Russian hackers for outage, Moscow denies" (round 12)
    elif len(phrase) < 3 or phrase[0].lower_ not in ("a", "an") or phrase[1].lower_ not in CHARGE_NOUNS | RULING_NOUNS and phrase[1].lemma_.lower() not in CHARGE_NOUNS:
        return None
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") for t in phrase[2:]):
        return None
    clause = next((c for c in children_of(root) if c.dep_ == "ccomp" and c.i < comma and c.pos_ in ("VERB", "AUX")), None)
    return (clause, comma) if clause is not None else None


def _bare_closing_denial(root: Token, phrase: list[Token]) -> bool:
    """"Prague blames Russian hackers for rail outage, Moscow denies": a denial with no object closing
    the sentence after a comma, its subject a name (one to three words) right before it, rejects the
    clause before the comma; it does not report it. Needs no "a charge" in front (round 12)."""
    if not 1 <= len(phrase) <= 3 or not all(t.pos_ == "PROPN" for t in phrase) or phrase[-1].dep_ != "nsubj" or phrase[-1].head.i != root.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i > root.i for c in children_of(root)):
        return False
    return all(t.is_punct or t.is_space for t in root.doc[root.i + 1 : sentence_end_of(root)])


def _set_off(verb: Token) -> bool:
    """Whether a verb's clause sits between commas inside its sentence (", officials said,")."""
    doc, subject = verb.doc, _subject(verb)
    if subject is None or subject.i > verb.i:
        return False
    first = min(t.i for t in subtree_of(subject))  # the frame runs from its subject (the parser may hang
    last = max(t.i for t in subtree_of(verb) if not t.is_punct)  # an opening adverb on the verb)
    return first > 0 and last + 1 < len(doc) and doc[first - 1].text == "," and doc[last + 1].text == ","


def _inverted_parenthetical(verb: Token) -> Token | None:
    """"The plan, say experts, is doomed": a reporting verb between commas whose subject follows
    it; the parser often takes the sentence's own subject for a second subject of the verb. The
    subject is the phrase from the verb to the next comma, with no verb or complementiser in it
    (the tagger may read "show" as a noun), headed by a subject
    of the verb, or by an object of "say" or a subject of the clause after the comma, which the
    parser may take it for ("The deal, said a source close to the talks, is almost done"; "The
    convoy, said the army, carried fuel"); what the parser hangs on it past the comma is not
    part of it ("The strikes, said the army, targeted depots", "targeted depots" read as an
    apposition)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    comma = next((t.i for t in doc[verb.i + 1 : sentence_end_of(verb)] if t.text == ","), None)
    if comma is None:
        return None
    phrase = doc[verb.i + 1 : comma]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in phrase):
        return None  # a clause, not a name: "Garin, a pollster, said his focus groups show that…, in…"
    dependents = ("nsubj", "dobj") if verb.lemma_ == "say" else ("nsubj",)  # not "X, for one, noted the dichotomy, as…"
    heads = [t for t in phrase if t.head.i == verb.i and t.dep_ in dependents]
    # or the subject the parser gave the clause after the comma ("The convoy, said the army, carried…")
    heads = heads or [t for t in phrase if t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i == verb.i and t.head.i > comma]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON") else None


def _inverted_root(root: Token) -> bool:
    """Whether the sentence's root is an inverted parenthetical frame the parser made the head of
    the sentence: a subject before it ("The strikes, said the army, targeted…")."""
    if root.i == 0 or root.doc[root.i - 1].text != "," or root.lemma_ not in REPORTING_VERBS:
        return False  # the cheap tests first: this runs for every sentence without another frame
    return any(c.dep_ == "nsubj" and c.i < root.i for c in children_of(root)) and _inverted_parenthetical(root) is not None


def _in_headline(text: str, token: Token) -> bool:
    """Whether a token stands on the article's first line, a headline (no closing stop): there "as"
    joins what happens at the same time ("Poland to hold drill as Moscow warns of a response",
    "Azerbaijan parades missiles as Armenia and Iran protest"), it does not frame the rest (round 24)."""
    line_end = text.find("\n", token.idx)
    if line_end == -1 or text.find("\n", 0, token.idx) != -1:
        return False
    return PARAGRAPH_END.search(text, 0, line_end) is None


def _as_frame(verb: Token) -> bool:
    """"as X reported", "as X put it": an "as" clause whose verb has no content of its own (the
    main clause is it), unlike "as she noted how…", "as he urges voters to…", "as she was announced
    the winner", "as voters responded to the crackdown"."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb)):
        return False
    if verb.lemma_ == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(verb))
    if verb.lemma_ not in REPORTING_VERBS or verb.lemma_ in DIRECTIVE_VERBS:
        return False  # "NATO should do X, as the minister asked": the writer backs a request
    return not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "nsubjpass", "auxpass", "dative", "attr") or (c.dep_ == "prep" and c.lower_ in AS_FRAME_OWN_CONTENT_PREPOSITIONS)
        for c in children_of(verb)
    )


def _participle_frames(context: _Context, tokens: list[Token], start: int, end: int) -> list[_Frame]:
    """"The nurse later sued, claiming the quarantine violated her rights", "Cruz made a pitch to
    voters saying a state law is hurting the economy": a reporting participle with a content clause
    attributes that clause to the subject of the verb it hangs from; what the subject did is the
    writer's clause beside it, when it has at least ``MIN_CLAUSE_WORDS`` words."""
    tags = context.table.tag
    for verb in tokens:
        if tags[verb.i] != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.lemma_ not in PARTICIPLE_REPORTING_VERBS:
            continue
        if _in_quotes(context, verb) or not _reports_actual_speech(verb):
            continue
        clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and not _is_indirect_question(c)]
        if not clauses and verb.lemma_ in SAY_VERBS:
            clauses = [c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i and _has_finite_verb(c)]
        if not clauses or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            continue
        subject, head = None, verb.head
        for _ in range(4):  # "responded by pointing a finger…, saying…": up to the verb with a subject
            subject = _subject(head)
            if subject is not None or head.head.i == head.i:
                break
            head = head.head
        if subject is None or subject.lower_ in FIRST_PERSON or _in_quotes(context, subject) or subject.i > verb.i:
            continue
        frames = [_Frame(_source(context, subject), *_content_of(context, clauses, start, end))]
        left = verb.left_edge.i
        rest = [t for t in tokens if t.i < left]
        while rest and (_is_end_mark(rest[-1]) or rest[-1].dep_ == "cc"):
            rest.pop()
        after = [t for t in tokens if t.i > verb.right_edge.i and not t.is_punct]
        if sum(1 for t in rest if not t.is_punct) >= MIN_CLAUSE_WORDS and not after:
            if _response_then_participle(verb, head):
                frames[0].content_start = min(frames[0].content_start, _trim(context.text, rest[0].idx, rest[-1].idx + len(rest[-1].text))[0])
            else:
                frames.insert(0, _Frame(_WRITER, *_trim(context.text, rest[0].idx, rest[-1].idx + len(rest[-1].text))))
        return frames
    return []


def _closing_modifier_frame(context: _Context, tokens: list[Token]) -> _Frame | None:
    """"The package will be approved this month, a senior EU official who asked not to be named
    said on Monday": a frame closing the sentence that the parser read as a participle modifying
    its own speaker (set off by a comma, with no object, clause or subject of its own, and nothing
    after it): the speaker's, the content being the words before the comma."""
    doc = context.doc
    for verb in tokens:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_ not in REPORTING_VERBS or _in_quotes(context, verb):
            continue
        speaker = verb.head
        comma = speaker.left_edge.i - 1
        if speaker.pos_ not in ("NOUN", "PROPN") or comma < tokens[0].i or doc[comma].text != "," or _in_quotes(context, speaker) or not _can_be_source(speaker):
            continue  # not "…, a plan announced earlier this year"
        if any(c.dep_ not in ("prep", "npadvmod", "advmod", "punct") or (c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in children_of(c))) for c in children_of(verb)):
            continue  # only when and where it was said: not "…, a think tank known for…", "…, now called Doral"
        if any(not t.is_punct for t in tokens if t.i > verb.right_edge.i):
            continue
        content = [t for t in tokens if t.i < comma]
        while content and _is_end_mark(content[-1]):
            content.pop()
        if sum(1 for t in content if not t.is_punct) >= MIN_CLAUSE_WORDS:
            return _Frame(_source(context, speaker), *_trim(context.text, content[0].idx, content[-1].idx + len(content[-1].text)))
    return None


def _closing_adverbial_frame(context: _Context, tokens: list[Token]) -> _Frame | None:
    """"Turkey has freed the reporter after talks in Doha, the Danish government said on Monday":
    a frame closing the sentence that the parser hung on the main verb as an adverbial clause
    (often taking a phrase of the content, "after talks in Doha", for its own): a verb of saying
    with its subject right after a comma, nothing after it but when it was said, and before the
    comma a clause of the sentence's own. The speaker's, the content being the words before the
    comma."""
    doc = context.doc
    for verb in tokens:
        if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ") or verb.lemma_ not in SAY_VERBS or _in_quotes(context, verb):
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.lower_ in FIRST_PERSON or not _can_be_source(subject):
            continue
        comma = subject.left_edge.i - 1
        if comma <= tokens[0].i or doc[comma].text != "," or any(c.dep_ == "mark" for c in children_of(verb)):
            continue  # not "…, as the minister said", "…, because officials said so"
        if any(c.i > comma and c.dep_ not in ("nsubj", "prep", "npadvmod", "advmod", "punct") for c in children_of(verb)):
            continue
        if any(c.i > verb.i and c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in children_of(c)) for c in children_of(verb)):
            continue  # after the verb, only when it was said
        if any(not t.is_punct for t in tokens if t.i > verb.right_edge.i):
            continue
        content = [t for t in tokens if t.i < comma]
        while content and _is_end_mark(content[-1]):
            content.pop()
        if sum(1 for t in content if not t.is_punct) >= MIN_CLAUSE_WORDS and any(t.tag_ in FINITE_TAGS for t in content):
            return _Frame(_source(context, subject), *_trim(context.text, content[0].idx, content[-1].idx + len(content[-1].text)))
    return None


def _age_start(token: Token) -> int | None:
    """The index of the "the" opening an age description that ``token`` ends ("the 54-year-old",
    which the tagger splits into "54", "-", "year", "-", "old" and reads as a date), else None."""
    first = age_word_first(token)
    if first is None:
        return None
    article = token.doc[first.i - 1] if first.i > 0 else None
    return article.i if article is not None and article.lower_ == "the" else None


def _age_closing_frame(context: _Context, tokens: list[Token]) -> _Frame | None:
    """"Traffic would flow by June, the 52-year-old said", "“It is a good day,” the 52-year-old
    told reporters": a frame closing the sentence whose speaker is described by age, which the
    parser misreads (the age a date modifying the verb, the verb a modifier of what follows): the
    speaker's, the content being the words before the comma."""
    doc = context.doc
    for verb in tokens:
        if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ") or verb.lemma_ not in REPORTING_VERBS or _in_quotes(context, verb):
            continue
        first = _age_start(doc[verb.i - 1])
        if first is None:
            continue
        comma = first - 1
        while comma >= tokens[0].i and _is_quote_mark(doc[comma]):
            comma -= 1  # “…,” the 44-year-old said
        if comma < tokens[0].i or doc[comma].text != ",":
            continue
        content = [t for t in tokens if t.i < comma]
        if sum(1 for t in content if not t.is_punct) >= MIN_CLAUSE_WORDS:
            return _Frame(_source(context, doc[verb.i - 1]), *_trim(context.text, content[0].idx, content[-1].idx + len(content[-1].text)))
    return None


def _transcript_frame(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """Every sentence of a transcript paragraph ("FALLIN: Well, I think… They want to be safe.") is
    the labelled speaker's; a section label ("ANALYSIS:", "UPDATE:") is no speaker."""
    paragraph = _paragraph_start(context.text, start)
    match = TRANSCRIPT_LABEL.match(context.text, paragraph)
    named = match is None and len(_paragraph_text(context.text, start).split()) > MAX_HEADLINE_WORDS
    if named:  # "Chris Matthews: So all of a sudden… That doesn't sound like…": a name, not a headline
        match = SPEAKER_LABEL.match(context.text, paragraph)
    if match is None or match.end() > end or SECTION_LABEL.fullmatch(match.group(0).rstrip() + " "):
        return None
    words = match.group("who").lower().split()
    if words[-1].strip(".") in NOT_SPEAKER_LABELS or any(w in ("is", "are", "was", "were", "the", "of", "in") for w in words):
        return None  # "FIX IS IN: …" is a headline, not a speaker
    if not named and words[-1].strip(".") in OUTLET_VOICE_LABELS:
        return None  # "PRESENTER:", "CORRESPONDENT:": the broadcaster's own voice tells the news, as a writer does
    a, b = match.span("who")
    ref = context.entities.resolve(a, b, speaker=True) if context.entities is not None else None
    if named and (ref is None or ref.type not in ("PERSON", "ORG") or not all(w[:1].isupper() for w in match.group("who").split())):
        return None
    source = Source(ref.entity, ref.name, a, b) if ref is not None else Source(None, match.group("who"), a, b)
    content_start = max(start, match.end())
    if content_start >= end:
        return None
    return _Frame(source, *_trim(context.text, content_start, _last_char(tokens)))


def _headline_parts(context: _Context, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """For a one-paragraph headline or subhead naming its source before a colon ("Lynch: No outside
    influence on FBI probe", "Newspaper: Defense secretary used personal email"): the tokens of the
    source (first, last), where the claim starts, and whether the claim has a verb."""
    text = context.text
    if start != _paragraph_start(text, start) or len(_paragraph_text(text, start).split()) > MAX_HEADLINE_WORDS:
        return None
    match = HEADLINE_SOURCE.match(text, start, end)
    if match is None or len(match.group("who").split()) > MAX_HEADLINE_SOURCE_WORDS:
        return None
    if match.group("who").lower() in NOT_SPEAKER_LABELS:
        return None  # "Exclusive: …", "Q: …": a label, no source ("Democrats' new warning: …" is one) (round 37)
    table = context.table
    first, last = bisect.bisect_left(table.idx, match.start("who")), bisect.bisect_left(table.idx, match.end("who"))
    if first >= last or any(table.pos[i] in ("VERB", "AUX") for i in range(first, last)):
        return None
    if not any(table.pos[i] == "PROPN" or table.ent_type[i] or table.lower[i] in SOURCE_NOUNS or table.lower[i] in OUTLET_WORDS for i in range(first, last)):
        # a Title Case headline the tagger read as common nouns ("Trump: Cruz Has ‘To Come a Long
        # Way’…"): the name before the colon is a source when the article names that person or body
        ref = context.entities.resolve(match.start("who"), match.end("who"), speaker=True) if context.entities is not None else None
        if ref is None or ref.type not in ("PERSON", "ORG") or not match.group("who")[:1].isupper():
            return None
    if _topic_label(context.doc[last - 1]) or (last - first > 1 and table.lower[last - 1] in LIVE_PAGE_WORDS):
        return None  # "Ukraine war:", "Ukraine war live:" name a topic or a live page, no source (round 38)
    claim_start = match.start("what")
    has_verb = any(table.pos[i] in ("VERB", "AUX") for i in range(bisect.bisect_left(table.idx, claim_start), bisect.bisect_left(table.idx, end)))
    if has_verb and start > len(text) - len(text.lstrip()) and _names_a_place(context, first, last, match):
        # "Nigeria: Gunmen kidnapped 20 students, a local official said.": in the body, a place before the colon
        # heads an item of a digest, and the sentence has its own source (round 38)
        return None
    return first, last, claim_start, has_verb


# The word that ends a live page's label before a headline's colon: "Ukraine war live:", "Budget 2026 latest:".
LIVE_PAGE_WORDS = frozenset({"live", "latest", "updates", "recap"})
LIVE_PAGE_LABEL = re.compile(rf"[ \t]*[A-Z][^:\n]{{0,40}}?[ \t](?:live updates|{'|'.join(sorted(LIVE_PAGE_WORDS))})[ \t]*:[ \t]*")


def _topic_label(head: Token) -> bool:
    """"Ukraine war: Russia to station troops…": a label naming a topic before a headline's colon
    (a common noun in lower case that cannot speak and names no speech act), not a source; a name
    the tagger read as a noun ("Trump: My immigration plans…") is capitalised."""
    if head.pos_ != "NOUN" or not head.text.islower() or head.lower_ in OUTLET_WORDS or head.lower_ in ROLES:
        return False  # a person's title is no topic: "UN chief: Sudan on brink of famine" (round 37)
    return not _can_be_source(head) and head.lemma_.lower() not in SPEECH_NOUNS | REPORT_NOUNS


def _names_a_place(context: _Context, first: int, last: int, match: re.Match) -> bool:
    """Whether the words before a paragraph's colon name a place only: tagged as one, or resolved to one by
    the entity index ("Nigeria:", which the tagger may leave untagged before a colon)."""
    table = context.table
    if all(table.ent_type[i] in ("GPE", "LOC") for i in range(first, last)):
        return True
    ref = context.entities.resolve(match.start("who"), match.end("who")) if context.entities is not None else None
    return ref is not None and ref.type in ("GPE", "LOC")


def _verbless_headline_claim(context: _Context, start: int, end: int) -> bool:
    """"Lynch: No outside influence on FBI probe": a verbless headline is a claim when a person
    named before the colon stands behind it."""
    parts = _headline_parts(context, start, end)
    if parts is None:
        return False
    if context.entities is None:  # sentences listed without an entity index: the NER label decides
        return any(context.table.ent_type[i] == "PERSON" for i in range(parts[0], parts[1]))
    return _headline_source(context, start, end) is not None


def _headline_source(context: _Context, start: int, end: int) -> _Frame | None:
    """The frame of a headline naming its source before a colon (see ``_headline_parts``)."""
    parts = _headline_parts(context, start, end)
    if parts is None:
        return None
    first, last, claim_start, has_verb = parts
    doc, table = context.doc, context.table
    head = doc[first:last].root
    source = _source(context, head)
    if not has_verb and not _is_person(context, source) and not (head.pos_ == "NOUN" and head.lower_ in ROLE_WORDS):
        # "Breitbart News Daily: A World at War" is a title and its subtitle; "Ruto aide: no new taxes
        # before the election" names a person by a title (round 35)
        return None
    who_start, who_end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    if any(c.dep_ == "appos" and c.idx >= who_end for c in children_of(head)):
        # "UN chief: Sudan on brink of famine": the parser set the claim's subject beside the title as
        # its apposition, which names no one; the words before the colon name the source (round 37)
        ref = context.entities.resolve(who_start, who_end, speaker=True) if context.entities is not None else None
        source = Source(ref.entity, ref.name, who_start, who_end) if ref is not None else Source(None, context.text[who_start:who_end], who_start, who_end)
    elif not (source.start is not None and who_start <= source.start and source.end <= who_end):
        source = Source(source.entity, source.name, who_start, who_end)
    claim_tokens = list(doc[bisect.bisect_left(table.idx, claim_start) : bisect.bisect_left(table.idx, end)])
    return _Frame(source, *_trim(context.text, claim_start, _last_char(claim_tokens) if claim_tokens else end))


# A wire headline's attribution closing it after a dash, with no verb: "Indonesia weighs nickel export quota as prices
# slump - sources", "… - document", "… - sources say" (round 40).
HEADLINE_DASH_SOURCE = re.compile(
    r"[ \t]+[-–—][ \t]+(?P<who>(?:[A-Za-z.]+[ \t]+)?(?:sources?|officials?|insiders?|documents?|filings?|letter|memo))(?:[ \t]+says?)?[ \t]*$"
)
HEADLINE_DASH_CHARS = 200  # a longer line is no headline


def _headline_dash_source(context: _Context, start: int, end: int) -> _Frame | None:
    """The frame of a headline that names its source after a closing dash (``HEADLINE_DASH_SOURCE``): the words before
    the dash are the claim, the words after it its source. Reads the headline only."""
    if end > headline_end(context.text) or end - start > HEADLINE_DASH_CHARS:
        return None
    match = HEADLINE_DASH_SOURCE.search(context.text, start, end)
    if match is None or match.start() <= start:
        return None
    table = context.table
    who = bisect.bisect_left(table.idx, match.start("who"))
    last = bisect.bisect_left(table.idx, match.end("who")) - 1
    if who > last or table.pos[last] not in ("NOUN", "PROPN"):
        return None  # a closing word the tagger read as a verb is no source
    ref = context.entities.resolve(match.start("who"), match.end("who"), speaker=True) if context.entities is not None else None
    name = ref.name if ref is not None else match.group("who")  # "- sources", "- document": as written
    return _Frame(Source(ref.entity if ref is not None else None, name, match.start("who"), match.end("who")), *_trim(context.text, start, match.start()))


def _is_person(context: _Context, source: Source) -> bool:
    entity = context.entities.entity(source.entity) if source.entity is not None else None
    return entity is not None and entity.type == "PERSON"


def _highest(tokens: list[Token]) -> Token:
    """The token closest to the root of the parse among ``tokens`` (when the root itself was cut
    off with a dateline)."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def _clause_frames(context: _Context, root: Token, tokens: list[Token], start: int, end: int) -> list[_Frame]:
    """Frames of the sentence head and of the verbs conjoined with it ("X said A, but Y said B").

    A conjoined reporting verb with a subject and no complement of its own closes the clause before
    it ("Poland will deploy troops, Minister X announced"). When some conjoined clauses are frames
    and another has a subject of its own, lies outside quote marks and has no frame ("The
    government will present a budget, and the office said that B"), that clause is returned as a
    ``_WRITER`` frame: an unattributed claim beside the attributed one.
    """
    heads = [root] + [c for c in children_of(root) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and start <= c.idx < end]
    for index, verb in enumerate(heads[1:], 1):
        trailing = _trailing_frame(context, verb, heads[index - 1], tokens, start, end)
        if trailing is not None:
            return [trailing]
    results: list[tuple[Token, list[_Frame], bool]] = []
    subject = None
    for verb in heads:
        own_subject = _subject(verb)
        subject = own_subject or subject
        results.append((verb, _verb_frames(context, verb, subject, tokens, start, end), own_subject is not None))
    if not any(frames for _, frames, _ in results):
        return []
    frames: list[_Frame] = []
    response_start = None  # where "X welcomed the ruling but said B" begins: one claim of X's
    for index, (verb, verb_frames, has_subject) in enumerate(results):
        if verb_frames:
            if response_start is not None and len(verb_frames) == 1 and verb_frames[0].source not in (None, _WRITER):
                verb_frames[0].content_start = min(verb_frames[0].content_start, response_start)
            response_start = None
            frames.extend(verb_frames)
        elif has_subject and len(results) > 1 and not _in_quotes(context, verb) and not _reduced_participle(verb) and _set_apart_as_clause(verb):
            clause = _clause_span(context, heads, index, start, end)
            if clause is not None and frames and frames[-1].source is not _WRITER and _continues_report(verb, heads[index - 1]):
                frames[-1].content_end = max(frames[-1].content_end, clause[1])  # "said A, but that B": B was said too
            elif clause is not None and _response_before_report(verb, results, index):
                response_start = clause[0]
            elif clause is not None:
                frames.append(_Frame(_WRITER, *clause))
    frames.sort(key=lambda f: f.content_start)
    return frames


def _set_apart_as_clause(verb: Token) -> bool:
    """Whether a clause the parser conjoined to the sentence head stands apart as one: the head itself, or
    a conjunct opened by a conjunction or a punctuation mark ("…, and Y said", "…; Y said"). In "Bolivia
    accused Chile of pumping more water than a 2022 court ruling allows, reopening…" the parser conjoins
    "allows" to "accused", but the comparison's "than" binds it inside the accusation: no writer's clause
    of its own (round 46)."""
    first = verb.left_edge
    if verb.dep_ != "conj" or first.dep_ == "cc" or first.is_punct or first.i == 0:
        return True
    before = verb.doc[first.i - 1]
    return before.is_punct or before.dep_ in ("cc", "preconj") or before.lower_ in ("and", "but", "or", "yet", "so", "nor")


def _response_then_participle(participle: Token, head: Token) -> bool:
    """"The minister defended the royalty, saying the country needed the revenue": a response verb
    (``RESPONSE_VERBS``) with a reporting participle hung on it is one reply of its subject, as
    with "but said" (``_response_before_report``, round 10)."""
    return participle.head.i == head.i and _lemma(head) in RESPONSE_VERBS


def _response_before_report(verb: Token, results: list[tuple[Token, list[_Frame], bool]], index: int) -> bool:
    """"The ministry welcomed the ruling but said the tariff would stay", "X rejected the report as
    fiction but said it would study it": a response verb (``RESPONSE_VERBS``) whose subject goes on,
    in the next conjoined clause, to say something is that speaker's reply as a whole, not an act
    the writer reports beside the speech; the reply's frame then covers both clauses. Alone, these
    verbs stay the writer's (docs/schema.md), and a next clause with a subject of its own ("and the
    office said") leaves the first clause the writer's."""
    if index + 1 >= len(results):
        return False
    next_verb, next_frames, next_has_subject = results[index + 1]
    if next_has_subject or len(next_frames) != 1 or next_frames[0].source in (None, _WRITER):
        return False
    return _lemma(verb) in RESPONSE_VERBS or _deed_then_saying(verb, next_verb, next_frames[0])


# What a state, a body or an official does in words or by decision before going on to say something, in one
# sentence of one subject: "pledged…, and said", "offered…, and said", "summoned the envoy and said" (round 46).
STATEMENT_ACT_VERBS = SPEECH_ACT_VERBS | RESPONSE_VERBS | frozenset(
    "offer reject confirm summon order agree propose approve announce estimate request".split()
)


def _deed_then_saying(verb: Token, saying: Token, frame: _Frame) -> bool:
    """"New Zealand pledged 6 million dollars and said a navy ship would reach Malekula", "The ministry
    confirmed the halt and said it had paid every invoice": a subject that acts and, in the conjoined
    clause with no subject of its own, goes on to say what it holds makes one attributed sentence, as
    the gold of every development set has it (one claim per sentence: the clauses share a subject, so
    they are not two independent clauses); split, the act's larger half was the writer's. Only a verb
    of saying with content of its own ("said B", "warned that B"), not a second act ("and urged X to…"),
    and only in the active voice: "The ambassador was summoned and told that B" is told, not telling. The
    act is one done in words or by decision (``STATEMENT_ACT_VERBS``): "The senator survived five years in a
    prison and says such methods are inhumane", "She tweeted a photograph and said…" are the writer's story
    of the person beside what they said, as PolNeAR's annotation has them. Joined by "and": "The union
    rejected the offer but said talks would continue" sets the reply against the act and stays split, as
    round 10 has it (round 46)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)) or saying.tag_ == "VBN"
    joined_by_and = any(c.dep_ == "cc" and c.lower_ == "and" and verb.i < c.i < saying.i for c in children_of(verb))
    return (
        joined_by_and and _lemma(verb) in STATEMENT_ACT_VERBS and _lemma(saying) in _SAYING_VERBS
        and not frame.speech_act and not passive and not any(c.dep_ == "neg" for c in children_of(verb))
    )


def _passive_reports(verb: Token, lemma: str, clauses: list[Token]) -> bool:
    """Whether a passive verb with an agent reports what the agent said, as its active form would:
    a speech act ("was criticised by its rivals", "was described by diplomats as tense"; "call"
    only with a complement: "was called a traitor by X", not "the election was called by the
    president") or a reporting verb with content ("was told by officials that B"); not "the
    sanctions were announced by the EU" or "the decision was confirmed by the ministry", which
    stay the writer's as "the EU announced the sanctions" does."""
    if clauses or (lemma in REPORTING_VERBS and any(c.dep_ == "xcomp" for c in children_of(verb))):
        return lemma in SPEECH_ACT_VERBS | REPORTING_VERBS
    if lemma in NEEDS_COMPLEMENT:
        return any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "for")) for c in children_of(verb))
    if lemma in AS_SPEECH_ACT_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(verb)):
        return True  # "was portrayed by his rivals as…" (not "an issue is presented by the encryption")
    if _passive_figure(verb, lemma):
        return True
    return lemma in SPEECH_ACT_VERBS


def _welcomed_as_a_view(context: _Context, phrase: Token) -> bool:
    """An "as" phrase of "welcome" that holds a view: a clause ("welcomed the vote as a sign that the
    Council had not forgotten the island") or quoted words ("as “a first step”"). "Welcomed the
    soldiers as heroes" or a bare "welcomed the ruling" stays the writer's; "welcomed X as … and said B"
    is left to ``_response_before_report``, which makes both clauses one reply (round 30)."""
    if phrase.dep_ != "prep" or phrase.lower_ != "as":
        return False
    words = list(subtree_of(phrase))
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in words) or any(_in_quotes(context, t) for t in words)


def _agent_hung_on_object(verb: Token) -> Token | None:
    """The agent of a passive verb that the parser hung on the object of the verb's preposition: in
    "The government was blamed for the deaths by the Fuel Carriers' Council, which said…" "by the
    Council" hangs on "deaths", but deaths do nothing by anyone; the Council blames (claims Round 19). None
    when there is no such "by", or its object names no one."""
    return next((agent for _, agent in agents_hung_on_objects(verb)
                 if agent.pos_ == "PROPN" or agent.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")), None)


def _passive_figure(verb: Token, lemma: str) -> bool:
    """"The value of the deal was put at $2.8bn by officials in Hanoi": an estimate given by the
    agent, as the active "officials put the value at $2.8bn" is (``_puts_figure``)."""
    if lemma != "put":
        return False
    at = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "at"]
    return any(t.like_num or t.ent_type_ in FIGURE_ENTITY_TYPES for a in at for t in subtree_of(a))


def _discourse_marker(verb: Token, subject: Token) -> bool:
    """"That said, …", "This said, …": no one speaks; the parser reads the rest as its content."""
    doc = verb.doc
    return subject.lower_ in ("that", "this") and subject.i + 1 == verb.i and verb.lower_ == "said" and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _reduced_participle(verb: Token) -> bool:
    """"Sokolin, asked about the deployment, said…": a participle set off by a comma right after
    its subject, with no auxiliary, that the parser made the head (tagging it a past tense) and the
    reporting verb its conjunct without a subject of its own, modifies the subject; it is no clause
    of the writer's beside the report."""
    subject = _subject(verb)
    if verb.tag_ not in ("VBN", "VBD") or subject is None or subject.i > verb.i or any(c.dep_ in ("aux", "auxpass", "cc") for c in children_of(verb)):
        return False  # "X became a delegate and said…", "X arrived… and acknowledged…": two clauses
    if any(c.dep_ in ("relcl", "acl", "appos") for c in children_of(subject)):
        return False  # "Priebus, who has been…, arrived": the comma closes the relative clause
    return subject.i + 1 < verb.i and verb.doc[verb.i - 1].text == "," and any(
        c.dep_ == "conj" and c.i > verb.i and _subject(c) is None and c.lemma_ in REPORTING_VERBS for c in children_of(verb)
    )


def _semicolon_frames(context: _Context, root: Token, tokens: list[Token], start: int, end: int) -> list[_Frame]:
    """"Kowalska said the border would stay closed; trucks would be turned back": the parser makes
    the clause after the semicolon the head and the reporting clause its complement. The reporting
    clause frames its content; the clause after the semicolon is more of the report when
    ``_continues_report`` says so ("would" after a past reporting verb), else the writer's."""
    first = next((c for c in children_of(root) if c.dep_ == "ccomp" and c.i < root.i), None)
    asides = [c for c in children_of(first) if c.dep_ == "parataxis" and _set_off(c)] if first is not None else []
    if first is None or (first.lemma_ not in REPORTING_VERBS and not asides):
        return []
    semicolon = first.right_edge.i + 1
    if semicolon >= root.i or context.doc[semicolon].text != ";":
        return []
    aside = _aside_before_semicolon(context, asides, [t for t in tokens if t.i < semicolon])
    frames = [aside] if aside is not None else _verb_frames(context, first, _subject(first), tokens, start, end)
    second = [t for t in tokens if t.i > semicolon and not t.is_space]
    while second and _is_end_mark(second[-1]):
        second.pop()
    if len(frames) != 1 or frames[0].source is _WRITER or sum(1 for t in second if not t.is_punct) < MIN_CLAUSE_WORDS:
        return []
    second_end = second[-1].idx + len(second[-1].text)
    spoken_after = _report_after_semicolon(context, root, second, second_end, frames[0].source)
    if spoken_after:  # "The ministry said A; it added that B": B is the ministry's too (round 48)
        return [*frames, *spoken_after]
    if _continues_report(root, asides[0] if aside is not None else first):
        frames[0].content_end = second_end
    else:
        frames.append(_Frame(_WRITER, second[0].idx, second_end))
    return frames


def _aside_before_semicolon(context: _Context, asides: list[Token], first_tokens: list[Token]) -> _Frame | None:
    """"Burkina Faso, he said, had asked Ghana to share stocks; …", "The crossing, officials said, would
    reopen on Friday; …": a cue set off by commas inside the clause before the semicolon frames that
    clause, whose own verb ("asked") only tells the content (round 48). None when no such cue frames it."""
    if not asides or not first_tokens:
        return None
    return _spoken_frame(context, asides, first_tokens, first_tokens[0].idx, _last_char(first_tokens), False)


def _report_after_semicolon(context: _Context, root: Token, second: list[Token], second_end: int, first_source: Source | None) -> list[_Frame]:
    """The frame of the clause after the semicolon of ``_semicolon_frames`` when that clause reports
    speech of its own ("The ministry said A; it added that B"): one frame whose content is that
    clause's content, its source the subject, and "it", "he" or "she" the source of the first report,
    which it takes up. Empty otherwise: the clause is more of the first report or the writer's."""
    clauses = [c for c in children_of(root) if c.dep_ == "ccomp" and c.i > root.i]
    if root.lemma_ not in REPORTING_VERBS or not clauses:
        return []
    subject = _subject(root)
    frames = _verb_frames(context, root, subject, second, second[0].idx, second_end)
    if len(frames) != 1 or frames[0].source is _WRITER:
        return []
    # the parser hangs the first report on this verb too: the content is the clause after it alone
    content_start, content_end = _content_of(context, clauses, second[0].idx, second_end)
    source = first_source if subject is not None and subject.lower_ in ("it", "he", "she") and first_source is not None else frames[0].source
    return [_Frame(source, content_start, content_end)]


def _writer_before_semicolon(context: _Context, root: Token, tokens: list[Token], start: int, end: int) -> list[_Frame]:
    """"EU blacklists tanker operator over Iranian oil; Tehran vows response": a clause of the writer's,
    then a semicolon, then a reporting clause the parser made the head of both. The report is the
    clause after the semicolon alone; the one before stays the writer's (round 12)."""
    if context.text.find(";", start, end) == -1:
        return []  # most sentences: no token to look at
    semicolons = [t for t in tokens if t.text == ";" and t.i < root.i]
    if len(semicolons) != 1 or root.lemma_ not in REPORTING_VERBS:
        return []
    semicolon = semicolons[0]
    first = [t for t in tokens if t.i < semicolon.i and not t.is_space]
    second = [t for t in tokens if t.i > semicolon.i and not t.is_space]
    if sum(1 for t in first if not t.is_punct) < MIN_CLAUSE_WORDS or any(t.lemma_ in REPORTING_VERBS and t.pos_ == "VERB" for t in first):
        return []
    second_start = second[0].idx
    frames = _verb_frames(context, root, _subject(root), second, second_start, end)
    if len(frames) != 1 or frames[0].source is _WRITER:
        return []
    if frames[0].content_start < second_start or frames[0].content_end <= frames[0].content_start:
        # the parser gave it the writer's clause as content: the report is its own clause
        frames = [_Frame(frames[0].source, second_start, _last_char(second), speech_act=True)]
    return [_first_clause_before_semicolon(context, semicolon, first), *frames]


def _first_clause_before_semicolon(context: _Context, semicolon: Token, first: list[Token]) -> _Frame:
    """The clause before the semicolon of ``_writer_before_semicolon``: the writer's, unless it frames
    itself as a source's estimate ("Police put the crowd at 38,000; organisers said more than 100,000
    had come": the police give the first figure; round 30)."""
    head = next((t for t in first if t.head.i >= semicolon.i and t.pos_ == "VERB"), None)
    if head is not None and _puts_figure(head):
        own = _verb_frames(context, head, _subject(head), first, first[0].idx, _last_char(first))
        if len(own) == 1 and own[0].source is not _WRITER:
            return own[0]
    return _Frame(_WRITER, first[0].idx, _last_char(first))


def _continues_report(verb: Token, previous: Token) -> bool:
    """Whether a clause conjoined to a reporting clause is more of the report: "said A, but that B",
    or B in the past's future after a past reporting verb ("He said A, and Democrats would need
    to B": the writer's own sentence would not shift B into "would")."""
    children = list(children_of(verb))
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return True
    return previous.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_MODALS for c in children)


def _trailing_frame(context: _Context, verb: Token, previous: Token, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """"Poland will deploy 5,000 soldiers, Defence Minister X announced on Sunday" (or "…, said the
    minister"): a reporting verb the parser conjoined to its own content, with no "and"/"but" and no
    complement of its own."""
    if verb.lemma_ not in REPORTING_VERBS or _in_quotes(context, verb) or not _reports_actual_speech(verb):
        return None
    blocking = ("ccomp", "xcomp", "cc") if verb.lemma_ in ADDRESSEE_VERBS else ("ccomp", "dobj", "xcomp", "cc")
    if any(c.dep_ in blocking for c in children_of(verb)) or any(c.dep_ == "cc" and previous.i < c.i < verb.i for c in children_of(previous)):
        return None
    subject = _subject(verb)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return None
    if subject.i > verb.i:  # "…, said the company's chief executive, John Ferriola." closes the sentence
        rest = [t for t in tokens if t.i > subject.right_edge.i and not t.is_punct]
        if rest or verb.i == 0 or context.doc[verb.i - 1].text != ",":
            return None
        frame_start = verb.i
    else:
        frame_start = min(t.i for t in subtree_of(subject))
    content = [t for t in tokens if t.i < frame_start]
    while content and _is_end_mark(content[-1]):
        content.pop()
    if not content:
        return None
    return _Frame(_source(context, subject), *_trim(context.text, content[0].idx, content[-1].idx + len(content[-1].text)))


def _clause_span(context: _Context, heads: list[Token], index: int, start: int, end: int) -> tuple[int, int] | None:
    """Characters of the ``index``-th of conjoined clauses: its subtree without the other clauses."""
    verb = heads[index]
    others = {t.i for i, other in enumerate(heads) if i > index for t in subtree_of(other)}
    words = [t for t in subtree_of(verb) if t.i not in others and start <= t.idx < end and not t.is_space]
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words.pop(0)
    while words and (_is_end_mark(words[-1]) or words[-1].dep_ == "cc"):
        words.pop()
    if sum(1 for t in words if not t.is_punct) < MIN_CLAUSE_WORDS:
        return None
    return _trim(context.text, words[0].idx, words[-1].idx + len(words[-1].text))


def _verb_frames(context: _Context, verb: Token, subject: Token | None, tokens: list[Token], start: int, end: int) -> list[_Frame]:
    """The frames a (head or conjoined) verb opens, if it reports what a third party said or holds.

    Usually one; more when the content clause has a reporting clause of another subject conjoined
    to it ("X said that A, and Poland announced that B": the parser often puts B's frame inside A).
    """
    lemma = _lemma(verb)
    if _in_quotes(context, verb) or _participle_read_as_head(verb) or _noun_compound_read_as_verb(verb) or _recalled_read_as_content(verb):
        return []
    relayed = _quoted_as_saying(context, verb, lemma, subject, start, end)
    if relayed is not None:
        return [relayed]
    view = _view_frames(context, verb, lemma, subject, tokens, start, end)
    if view is not None:
        return view
    if not _reports_actual_speech(verb):
        return []
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and not _is_indirect_question(c) and not clause_joined_to_speaker(c, verb)]
    if clauses and (lemma in SAY_VERBS or lemma in ADDRESSEE_VERBS):
        clauses = _content_read_as_object_relative(verb, subject) or clauses  # "…that A and then tried to flee"
    if not clauses and lemma in SAY_VERBS:
        # "McCain says the movement that is sweeping the country appeals to…": a clause the parser
        # took for an object
        clauses = [c for c in children_of(verb) if c.dep_ in ("dobj", "xcomp") and c.i > verb.i and _has_finite_verb(c)]
    if not clauses and lemma in ADDRESSEE_VERBS:
        clauses = _content_read_as_control(verb)
    if not clauses and lemma == "say":
        clauses = _object_with_past_verb(verb)
    if not clauses and lemma in SAY_VERBS:
        clauses = _content_read_as_dependent(verb)
    if not clauses and (lemma in SAY_VERBS or lemma in ADDRESSEE_VERBS):
        # "said for the first time that intelligence had passed…", "told reporters after the vote that
        # the port would close" (round 35): a that-clause the parser hung on a noun of the frame as a
        # relative clause (a relative "that" is no complementiser)
        clauses = [
            t for t in subtree_of(verb)
            if t.i > verb.i and (t.dep_ in ("relcl", "acl") and _clause_verb_of(t).i == verb.i or _on_document_participle(t, verb)) and any((c.dep_ == "mark" or (c.tag_ == "IN" and lemma in ADDRESSEE_VERBS)) and c.lower_ == "that" and c.i == t.left_edge.i for c in children_of(t))
        ][:1] or _content_read_as_object_relative(verb, subject)
    if not clauses and (lemma in SAY_VERBS or lemma in ADDRESSEE_VERBS):
        clauses = content_hung_on_time_clause(verb)  # "told reporters as he left that…" (round 45)
    clear = next((c for c in children_of(verb) if c.lower_ == "clear"), None) if lemma == "make" else None
    if clear is not None:  # "made it clear that B", "have made clear that B": B is stated
        said = [c for c in (*children_of(verb), *children_of(clear)) if c is not clear and c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))]
        if said and subject is not None and _can_be_source(subject):  # not "The primary made it clear that…"
            clauses, lemma = said, "state"
    noun = subject.lemma_.lower() if subject is not None and lemma == "be" else ""
    holder = next((c for c in children_of(subject) if c.dep_ == "poss"), None) if noun in REPORT_NOUNS else None
    if holder is not None and clauses and holder.lower_ not in WRITER_HOLDERS and not _in_quotes(context, holder):
        # "Rubio's response was that B", "Her argument is that B": B is the holder's
        return [_Frame(_source(context, holder), *_content_of(context, clauses, start, end))]
    if any(c.dep_ == "auxpass" for c in children_of(verb)) and lemma in PASSIVE_REPORTING:
        # "It is believed that…", "The minister is said to have resigned", "…was reported by X"
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        agent_object = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
        source = _source(context, agent_object) if agent_object is not None else None
        if clauses:
            return [_Frame(source, *_content_of(context, clauses, start, end))]
        if any(c.dep_ == "xcomp" for c in children_of(verb)):
            return [_Frame(source, start, _last_char(tokens))]
        return []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        # "Trump has been criticized by his rivals for…": the rivals speak; with no agent, nobody does
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        agent_object = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else _agent_hung_on_object(verb)
        if agent_object is None or not _passive_reports(verb, lemma, clauses):
            return []
        return [_Frame(_source(context, agent_object), *_trim(context.text, tokens[0].idx, _last_char(tokens)), speech_act=True)]
    if subject is None or subject.lower_ in FIRST_PERSON or _in_quotes(context, subject):
        return []
    if _discourse_marker(verb, subject):  # "That said, Millennials say that B": the clause frames itself
        return [f for c in clauses for f in _verb_frames(context, c, _subject(c), tokens, start, end)]
    if lemma in REPORTING_VERBS and clauses:
        if lemma in EVIDENTIAL_VERBS and not _can_be_source(subject) and not (lemma in FINDING_VERBS and subject.lemma_.lower() in FINDING_RULING_NOUNS):
            return []  # "The incident shows that…": the writer's inference, not a source's
        inner = _nested_frame(context, clauses[0], start, end) if _is_outlet(subject) else None
        if inner is not None:
            return [inner]
        split = [c for clause in clauses for c in children_of(clause) if c.dep_ == "conj" and c.lemma_ in REPORTING_VERBS and _subject(c) is not None]
        split_frames = [f for c in split for f in _verb_frames(context, c, _subject(c), tokens, start, end)]
        excluded = {t.i for c in split for t in subtree_of(c)} if split_frames else set()
        contrast, contrast_frames = _contrasting_report(context, clauses)
        if contrast_frames and not split_frames:
            split_frames, excluded = contrast_frames, {t.i for t in subtree_of(contrast)}
        if any(c.left_edge.i <= subject.i <= c.right_edge.i for c in clauses):
            excluded |= {t.i for t in subtree_of(subject)}  # "…, a source close to the board said" hung on the content
        for clause in clauses:
            if (other := named_others_statement(clause)) is not None:  # "argue that A, and their leader X has called it B" (round 41)
                excluded |= set(range(other.i, clause.right_edge.i + 1))
        content = _content_of(context, clauses, start, end, excluded)
        before = content_subject_before_frame(verb)
        if before is not None and start <= before.left_edge.idx < content[0]:
            # "The change, the Gambian foreign ministry said in a note, “cuts…”": the content's subject
            # stands before the frame, so the claim is reported from there (claims Round 19)
            content = (before.left_edge.idx, content[1])
        return [_Frame(_source(context, subject), *content), *split_frames]
    noun = _speech_noun(verb, lemma)
    if noun is not None and _can_be_source(subject):
        # "issued a warning that the dam could burst" (the clause), "raised concerns about the
        # cost" (the whole sentence, like a speech act verb)
        said = [c for c in (*children_of(noun), *children_of(verb)) if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))]
        if said:
            return [_Frame(_source(context, subject), *_content_of(context, said, start, end))]
        if noun.lemma_.lower() in CONTENT_NOUNS and not _has_content(noun, verb):
            return []  # "The ministry issued a statement on Monday.": the writer reports an event
        return [_Frame(_source(context, subject), *_trim(context.text, tokens[0].idx, _last_char(tokens)), speech_act=True)]
    complements = [c for c in children_of(verb) if c.i > verb.i and c.dep_ in ("xcomp", "oprd", "prep", "dobj", "prt", "advcl", "ccomp")]
    if lemma in SPEECH_ACT_VERBS and lemma in NEEDS_COMPLEMENT:
        # "called the leaders “warmongers”": the parser often misses the predicate; a quotation
        # after the object is the name it was called
        named = any(c.dep_ == "dobj" for c in complements) and _quoted_share(context, verb.idx, end)[0] > 0.2
        complements = [c for c in complements if (c.dep_ != "dobj" or named) and (c.dep_ not in ("prep", "prt") or (c.lower_ in ("on", "for") and not _names_a_time(c)))]
    speech_act = lemma in SPEECH_ACT_VERBS and bool(complements) and not _acts_on_object(verb, lemma)
    # "Mediators are pressing both sides to allow monitors in": a request, as "urged both sides to"
    # (not "pressed on with the reforms", "pressed charges")
    speech_act = speech_act or (lemma in PRESSING_VERBS and any(c.dep_ == "dobj" for c in complements) and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in children_of(c)) for c in complements))
    # "defended the curfew as necessary": the parser hangs "as" on the verb or on its object
    as_phrases = [*complements, *(g for c in complements if c.dep_ == "dobj" for g in children_of(c))]
    speech_act = speech_act or (lemma in AS_SPEECH_ACT_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in as_phrases))
    speech_act = speech_act or (lemma == "welcome" and any(_welcomed_as_a_view(context, c) for c in as_phrases) and not any(c.dep_ == "conj" for c in children_of(verb)))
    data = lemma in DATA_VERBS and _can_be_source(subject) and subject.lower_ not in PERSONAL_PRONOUNS - {"it"}
    data = data or (lemma in EVIDENCE_OBJECT_VERBS and subject.lemma_.lower() in DOCUMENT_NOUNS and any(c.dep_ == "dobj" for c in complements))
    data = data or (lemma in BROADCAST_VERBS and subject.lemma_.lower() in BROADCASTER_NOUNS and any(c.dep_ == "dobj" for c in complements))
    data = data or (lemma == "put" and _can_put_figure(subject) and _puts_figure(verb))
    data = data or (lemma in FIGURE_REPORT_VERBS and _can_be_source(subject) and _object_counts(verb))
    if speech_act or data:
        # "called on the EU to answer…", "accused Kyiv of shelling…", "The agency recorded 8,412…":
        # the claim is the whole sentence, the act reported being the assertion.
        return [_Frame(_source(context, subject), *_trim(context.text, tokens[0].idx, _last_char(tokens)), speech_act=True)]
    return []


def _names_a_time(prep: Token) -> bool:
    """Whether a preposition's object is a date or time: "called a general strike for Thursday" (a deed
    set for a day, round 24), not "called for calm" or "called on Ghana to…"."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children_of(prep))


def _contrasting_report(context: _Context, clauses: list[Token]) -> tuple[Token | None, list[_Frame]]:
    """"The army said 14 people were killed, while a rights group put the toll at 23": a "while" /
    "whereas" clause inside the content with a subject and a speech act or figure of its own (the
    clause as a whole) is that subject's report, not more of the first speaker's (round 12). Gives
    the clause and its frames."""
    for clause in clauses:
        for candidate in subtree_of(clause):
            if candidate.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in children_of(candidate)):
                continue
            subject = _subject(candidate)
            if subject is None or subject.i > candidate.i:
                continue
            words = [t for t in subtree_of(candidate) if not (t.dep_ == "mark" and t.head.i == candidate.i) and not t.is_space]
            while words and _is_end_mark(words[-1]):
                words.pop()
            if not words:
                continue
            a, b = words[0].idx, _last_char(words)
            # only an act or a figure that is the whole clause ("put the toll at 23"): a "while" clause
            # with a content clause of its own broke PolNeAR train sentences (fixed 0, broke 2)
            frames = [f for f in _verb_frames(context, candidate, subject, words, a, b) if f.source is not _WRITER and f.speech_act]
            if frames:
                return candidate, frames
    return None, []


def _noun_compound_read_as_verb(verb: Token) -> bool:
    """"Its captain ignored radio calls and warning shots": the parser read the noun compound
    "warning shots" as a participle conjoined to the finite verb before it, with "shots" its object;
    a gerund with no subject or auxiliary of its own, conjoined to a finite verb and followed at
    once by a bare noun it names (``NOUN_COMPOUND_PARTICIPLES``), is that compound (round 14)."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.head.tag_ not in FINITE_TAGS:
        return False
    nouns = NOUN_COMPOUND_PARTICIPLES.get(verb.lower_)
    if not nouns or any(c.dep_ in ("nsubj", "aux") for c in children_of(verb)):
        return False
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.dep_ == "dobj" and following.head.i == verb.i and following.lemma_.lower() in nouns


def _recalled_read_as_content(verb: Token) -> bool:
    """"Romania recalls ambassador from Budapest over minister's remarks": a headline drops the
    article, and the parser read the recalled envoy as the subject of a content clause ("remarks" its
    verb); a clause of "recall" whose subject, right after the verb, is what is recalled
    (``RECALLED_NOUNS``) is no content (round 14)."""
    if _lemma(verb) != "recall":
        return False
    return any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.i == verb.i + 1 and s.lemma_.lower() in RECALLED_NOUNS for s in children_of(c))
        for c in children_of(verb)
    )


def _acts_on_object(verb: Token, lemma: str) -> bool:
    """Whether a verb of ``SPEECH_ACT_VERBS`` names a deed done to its object rather than something
    said: "Romania recalled its ambassador", "the carmaker recalled 40,000 vehicles" (not "She
    recalled her years in the army"); "Seoul pledged a $600 million loan", a gift given (not
    "pledged to cut taxes"). "The government promised an amnesty" stays a promise: read as a deed,
    it broke more PolNeAR train sentences than it fixed (2 fixed, 4 broken)."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if lemma == "recall":
        return any(o.lemma_.lower() in RECALLED_NOUNS for o in objects)
    if lemma in COMMITTED_OBJECT_VERBS:
        return bool(objects) and not any(c.dep_ in ("xcomp", "ccomp", "dative") for c in children_of(verb))
    return False


def _quoted_as_saying(context: _Context, verb: Token, lemma: str, subject: Token | None, start: int, end: int) -> _Frame | None:
    """"The minister was quoted (by Interfax) as saying B", "B, the minister was quoted as saying":
    the one quoted stands behind B, the outlet quoting them is the channel, like "X told Reuters
    that B"; so in the active "Interfax quoted the minister as saying B"."""
    if lemma not in QUOTING_VERBS:
        return None
    saying = next((p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as" for p in children_of(c) if p.dep_ in ("pcomp", "pobj") and _lemma(p) in REPORTING_VERBS), None)
    if saying is None:
        return None
    speaker = subject
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        # "Interfax quoted the minister as saying…": the minister, as the quote extractor reads it
        # (PolNeAR train's annotators give these to the outlet: 3 sentences there)
        speaker = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    clauses = [c for c in (*children_of(saying), *children_of(verb)) if c.dep_ == "ccomp" and not _is_indirect_question(c)]
    if speaker is None or not clauses or speaker.lower_ in FIRST_PERSON or _in_quotes(context, speaker):
        return None
    return _Frame(_source(context, speaker), *_content_of(context, clauses, start, end))


def _speech_noun(verb: Token, lemma: str) -> Token | None:
    """The object of a light verb that names a speech act ("issued a statement", "voiced concern",
    "put forward a proposal"), or None."""
    if lemma not in SPEECH_NOUN_VERBS:
        return None
    return next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS), None)


def _has_content(noun: Token, verb: Token) -> bool:
    """Whether a speech act named by a noun says what it said: a clause or phrase on the noun ("a
    statement calling for calm", "a statement on the talks") or a complement of the light verb
    beside its object ("issued a statement to the press about…"), not times and places ("on
    Monday", "in Minsk")."""
    def says(token: Token) -> bool:
        if token.dep_ in ("acl", "relcl", "ccomp", "xcomp", "advcl"):
            return True
        return token.dep_ == "prep" and not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in subtree_of(token)) and token.lower_ not in ("in", "at", "from", "after", "before", "during")
    return any(says(c) for c in children_of(noun)) or any(says(c) for c in children_of(verb) if c.i != noun.i)


def _object_counts(verb: Token) -> bool:
    """"The border guard reported 120 attempts", "the ministry confirmed 12 deaths": the object is a
    figure the subject gives (a number in it), not an event it relays ("Belta reported the visit")."""
    return any(t.like_num or t.ent_type_ in FIGURE_ENTITY_TYPES for c in children_of(verb) if c.dep_ == "dobj" for t in subtree_of(c))


def _puts_figure(verb: Token) -> bool:
    """"The ministry put the death toll at 42", "Analysts put the cost at $2bn": an estimate given
    by the subject (an object, then "at" and a number)."""
    if not any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    at = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "at"]
    return any(t.like_num or t.ent_type_ in FIGURE_ENTITY_TYPES for a in at for t in subtree_of(a))


def _view_frames(context: _Context, verb: Token, lemma: str, subject: Token | None, tokens: list[Token], start: int, end: int) -> list[_Frame] | None:
    """Frames of a third party's held view that the frames of saying miss, or None:

    - a negated belief verb with a content clause: the whole sentence ("Democrats don't think
      Clinton can win" is their view, and the clause alone would drop the negation);
    - ``hope``/``expect``/``fear`` with a "to"-infinitive or an object: the whole sentence ("Sanders
      hopes to win the state", "officials are expecting a record turnout");
    - a view adjective with a content clause: the clause ("X is convinced that B", "some Democrats
      are concerned that B");
    - a reporting verb under a control verb or adjective: its clause ("advisers were quick to point
      out that B", "she continued to insist that B"), but not under a verb that withholds it
      ("declined to say that…").

    Not for the writer (first person), a passive ("Clinton is expected to win" is the writer's
    prediction) or a modal frame ("should think")."""
    if subject is None or subject.lower_ in FIRST_PERSON or _in_quotes(context, subject):
        return None
    children = list(children_of(verb))
    if any(c.dep_ in ("auxpass", "nsubjpass") or (c.tag_ == "MD" and c.dep_ == "aux") for c in children):
        return None
    negated = any(c.dep_ == "neg" for c in children)
    clauses = [c for c in children if c.dep_ == "ccomp" and not _is_indirect_question(c)]
    if lemma in VIEW_VERBS:
        if negated and clauses:
            return [_Frame(_source(context, subject), *_trim(context.text, tokens[0].idx, _last_char(tokens)), speech_act=True)]
        if not negated and not clauses and lemma in VIEW_INFINITIVE_VERBS and any(
            c.i > verb.i and (c.dep_ == "xcomp" or (c.dep_ == "dobj" and c.lemma_.lower() not in NOT_VIEW_OBJECTS)) for c in children
        ):
            return [_Frame(_source(context, subject), *_trim(context.text, tokens[0].idx, _last_char(tokens)), speech_act=True)]
    if negated or clauses or subject.lower_ in DUMMY_SUBJECTS:
        return None  # "it is safe to say that…", "it is premature to assume…": the writer's
    adjectives = [c for c in children if c.dep_ == "acomp" and not any(n.dep_ == "neg" or n.lower_ in RESULT_DEGREE for n in children_of(c))]
    for holder in ([verb] if verb.lower_ in VIEW_ADJECTIVES else []) + [a for a in adjectives if a.lower_ in VIEW_ADJECTIVES]:
        content = [c for c in children_of(holder) if c.dep_ == "ccomp" and not _is_indirect_question(c)]
        if content:
            return [_Frame(_source(context, subject), *_content_of(context, content, start, end))]
    controller = verb
    for _ in range(3):  # "were quick to point out", "went on to say", "continued to insist"
        future = _lemma(controller) in FUTURE_CONTROLLERS and (controller.lemma_ != "go" or controller.tag_ == "VBG")  # not "went on to say"
        if future or _lemma(controller) in WITHHOLDING_VERBS or any(c.dep_ in ("dobj", "dative") for c in children_of(controller)):
            return None
        if any(a.dep_ == "acomp" and a.lower_ in FUTURE_CONTROLLERS for a in children_of(controller)):
            return None
        steps = [c for c in children_of(controller) if c.dep_ == "xcomp"]
        steps += [x for a in children_of(controller) if a.dep_ == "acomp" for x in children_of(a) if x.dep_ == "xcomp"]
        if not steps:
            return None
        controller = steps[0]
        if any(c.dep_ in ("nsubj", "nsubjpass", "neg", "auxpass") for c in children_of(controller)) or not _reports_actual_speech(controller):
            return None
        content = [c for c in children_of(controller) if c.dep_ == "ccomp" and not _is_indirect_question(c)]
        if content and _lemma(controller) in REPORTING_VERBS:
            if _lemma(controller) in EVIDENTIAL_VERBS and not _can_be_source(subject):
                return None  # "his appearance helped to underscore that…": no one holds it
            return [_Frame(_source(context, subject), *_content_of(context, content, start, end))]
    return None


def _lemma(token: Token) -> str:
    """The token's lemma, lower case, with a lemmatizer slip mended ("hopes" → "hop")."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and (token.lower_.startswith("hope") or token.lower_ == "hoping"):
        return "hope"
    return lemma


def _on_document_participle(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is a complement the parser hung on a participle of a noun of ``verb``'s frame,
    the participle telling how a text came about: "said in a report seen by Reuters that Iran had…",
    "told lawmakers in a letter obtained by the AP that…" (round 36). Looks only at the clause's heads."""
    participle = clause.head
    return (
        clause.dep_ == "ccomp" and participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.i < clause.i
        and participle.head.pos_ in ("NOUN", "PROPN") and _clause_verb_of(participle).i == verb.i
    )


def _clause_verb_of(token: Token) -> Token:
    """The nearest verb above ``token`` in the parse (``token`` itself excluded)."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _content_read_as_dependent(verb: Token) -> list[Token]:
    """"The ferry was struck on its bow while carrying fuel to the soldiers posted at the reef, the
    navy said.": a closing frame (its subject after a comma, nothing but punctuation after the verb)
    whose content the parser left as an unlabelled dependent (its subject the head, the clause a
    relative clause of it): that dependent, when a verb is in it (round 12)."""
    subject = _subject(verb)
    doc = verb.doc
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return []
    if not all(t.is_punct or t.is_space for t in doc[verb.i + 1 : sentence_end_of(verb)]):
        return []
    return [
        c for c in children_of(verb)
        if c.dep_ == "dep" and c.i < subject.left_edge.i and any(t.pos_ in ("VERB", "AUX") for t in subtree_of(c))
    ][:1]


def _object_with_past_verb(verb: Token) -> list[Token]:
    """"X said the drills involved 3,000 soldiers": the parser reads the clause's subject as the
    object of "said" and its past-tense verb as a participle modifying it (round 10). A noun right
    after "said" whose very next word is such a verb with an object or a phrase of its own is the
    subject of the content clause."""
    for child in children_of(verb):
        if child.dep_ != "dobj" or child.i <= verb.i or child.left_edge.i != verb.i + 1 or child.pos_ not in ("NOUN", "PROPN"):
            continue
        participle = next((c for c in children_of(child) if c.dep_ == "acl" and c.i == child.i + 1 and c.tag_ in ("VBN", "VBD")), None)
        if participle is not None and any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "advmod") for c in children_of(participle)):
            return [child]
    return []


def _content_read_as_control(verb: Token) -> list[Token]:
    """"told parliament that repairs would cost €18 million": the parser can read the that-clause
    after the addressee as a control complement ("told them to go") and "that" as its subject. A
    complement that opens with "that" and holds a finite verb or modal is the content (round 25)."""
    if not any(c.dep_ in ("dobj", "dative") and c.i < verb.i + 4 for c in children_of(verb)):
        return []
    return [
        c for c in children_of(verb)
        if c.dep_ == "xcomp" and c.i > verb.i and c.left_edge.lower_ == "that" and c.left_edge.i > verb.i and _has_finite_verb(c)
    ][:1]


def _content_read_as_object_relative(verb: Token, subject: Token | None) -> list[Token]:
    """"Iran's Revolutionary Guard said in a statement carried by the Tasnim news agency that the tanker
    had collided with a fishing boat", "The minister told state television that Harare had learned of the
    project", "The group said in a message on a channel it uses that its fighters had carried out the
    attack": the parser can read the content as a relative clause of a noun of the frame ("statement",
    "television"), with "that" the object of the content's verb, or hang it on the verb of such a relative
    clause ("it uses"). A frame that opens its sentence (nothing before its subject, no "so") has said
    nothing else, so such a clause, with a subject of its own after "that", is what was said (with a
    clause the parser made the verb's own after "and": "…and then tried to flee"); not "C, the ministry
    said in a statement that was posted online", whose content comes first and whose "that" is the
    subject, nor "in a statement that it issued", a document's verb (round 46)."""
    subjects = {t.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in subtree_of(c)}
    if subject is None or subject.i > verb.i or not all(t.i in subjects or t.is_punct for t in verb.doc[verb.sent.start : verb.i]):
        return []
    own = [c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp") or c.lower_ == "so"]
    for clause in subtree_of(verb):
        if clause.i <= verb.i or clause.dep_ not in ("relcl", "ccomp") or clause.head.i == verb.i:
            continue
        relative = clause if clause.dep_ == "relcl" else clause.head
        if relative.dep_ != "relcl" or _clause_verb_of(relative).i != verb.i or not _in_frame_phrase(relative.head, verb):
            continue
        that = clause.left_edge
        if that.lower_ != "that" or that.head.i != clause.i or not any(c.dep_ == "nsubj" and c.i > that.i for c in children_of(clause)):
            continue
        if (clause.dep_ == "relcl" and (that.dep_ != "dobj" or clause.lemma_.lower() in ISSUING_VERBS)) or (clause.dep_ == "ccomp" and that.dep_ != "mark"):
            continue  # "in a statement that it issued on Monday" is a statement of that kind
        joined = [c for c in own if c.dep_ == "ccomp" and c.i > clause.right_edge.i and any(d.dep_ == "cc" and d.head.i == clause.i and d.i > clause.i for d in verb.doc[clause.i : c.i])]
        if len(joined) != len(own):
            return []  # the verb has content of its own
        return [clause, *joined]
    return []


def _in_frame_phrase(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is what a frame says through or to: the verb's object ("told state television") or
    the object of its prepositions, however many ("in a message on a channel"), not a noun inside the
    content ("told the story of the pickers, a labour issue that…": an apposition)."""
    while noun.i != verb.i:
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
        elif noun.dep_ in ("dobj", "dative") and noun.head.i == verb.i:
            noun = verb
        else:
            return False
    return True


def _has_finite_verb(head: Token) -> bool:
    return any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") and t.dep_ not in ("relcl", "acl") and t.head.dep_ not in ("relcl", "acl") for t in subtree_of(head) if t.i != head.i)


def _reports_actual_speech(verb: Token) -> bool:
    """False for "should ask", "could argue", "did not say", "No group has said" (round 17): no content
    is attributed to anyone."""
    return not any(c.dep_ == "neg" or (c.tag_ == "MD" and c.dep_ == "aux") for c in children_of(verb)) and not _phrasal_deed(verb) and not nobody_says(verb) and not all_told(verb)


def _phrasal_deed(verb: Token) -> bool:
    """"Eritrea calls up reservists", "the union called off the strike": "call" with a particle
    names a deed, not words (round 12)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ in PHRASAL_DEED_PARTICLES for c in children_of(verb))


def _participle_read_as_head(verb: Token) -> bool:
    """"Money pledged at such conferences often arrives late": a past participle right after its
    noun that the parser made the head, with the sentence's finite verb (another tense, no subject
    of its own, no conjunction or comma before it) its conjunct; the participle modifies the noun,
    and nobody speaks (round 12)."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "cc", "neg") for c in children_of(verb)):
        return False
    subject = _subject(verb)
    if subject is None or subject.i + 1 != verb.i:
        return False
    doc = verb.doc
    return any(
        c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP") and _subject(c) is None and not any(doc[i].is_punct or doc[i].dep_ == "cc" for i in range(verb.i + 1, c.i))
        for c in children_of(verb)
    )


def _is_indirect_question(clause: Token) -> bool:
    """"did not say whether…", "explained how…": the clause opens with a question word of its own
    (not one of a clause inside it: "said, if elected, she would ask…" reports a proposition)."""
    first = clause.left_edge
    if first.lower_ not in QUESTION_WORDS:
        return False
    token = first
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ in ("advcl", "relcl", "acl") or (token.dep_ == "mark" and token.head.i != clause.i):
            return False
        token = token.head
    return True


def _can_be_source(subject: Token) -> bool:
    """Whether the subject of "shows/finds/recorded" speaks or documents, rather than being an event:
    a named actor, a pronoun, a source noun, or a noun for people ("-ist", "-ian", "-er"...)."""
    if subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subject.lower_ in PERSONAL_PRONOUNS | PEOPLE_PRONOUNS or subject.pos_ == "PROPN":
        return True
    if any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG") for c in children_of(subject)):
        return True  # "The chief, Paul Manafort, suggested…"
    lemma = subject.lemma_.lower()
    if lemma in INSTITUTION_NOUNS or lemma in ORG_NOUNS:  # also a body by its kind: "The observer mission found that…" (round 27)
        return True
    return lemma in SOURCE_NOUNS or subject.lower_ in SOURCE_NOUNS or (subject.pos_ == "NOUN" and lemma.endswith(PEOPLE_SUFFIXES))


def _can_put_figure(subject: Token) -> bool:
    """Who may put a cost or toll at a figure: whoever can be a source, and a body named by its kind
    ("The railway company put the cost at 900 million koruna"; round 12)."""
    return _can_be_source(subject) or subject.lemma_.lower() in FIGURE_GIVING_BODY_NOUNS


def _is_outlet(subject: Token) -> bool:
    """A news outlet as the subject of a reporting verb ("The Guardian", "Reuters", "the newspaper")."""
    return any(t.lower_ in OUTLET_WORDS for t in _phrase(subject))


def _nested_frame(context: _Context, clause: Token, start: int, end: int) -> _Frame | None:
    """"The Guardian reported that Smith said the deal was dead": what an outlet reports someone
    said is theirs. Not for other reporters ("Rep. Meeks said Clinton reassured them…" is Meeks's
    account, "a poll found that voters said…" the poll's), nor for a thought ("they fear…")."""
    if clause.lemma_ not in REPORTING_VERBS or clause.lemma_ in BELIEF_VERBS_FOR_PARTICIPLES or not _reports_actual_speech(clause):
        return None
    inner_subject = _subject(clause)
    inner_clauses = [c for c in children_of(clause) if c.dep_ == "ccomp" and not _is_indirect_question(c)]
    if inner_subject is None or not inner_clauses or inner_subject.lower_ in FIRST_PERSON:
        return None
    return _Frame(_source(context, inner_subject), *_content_of(context, inner_clauses, start, end))


def _verb_under_noun_root(root: Token) -> Token:
    """The verb of a sentence the parser read as one noun phrase ("Tikhanovskaya, who lives in
    exile, called on the EU to…": the name the root, "called" a past-tense modifier after a comma),
    else ``root``."""
    if root.pos_ == "ADP" and root.dep_ == "ROOT":
        title = next((t for t in subtree_of(root) if _outlet_before_title(t) is not None), None)
        verb = next((c for c in children_of(title) if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > title.i), None) if title is not None else None
        return verb if verb is not None else root
    if root.pos_ not in ("PROPN", "NOUN") or root.dep_ != "ROOT":
        return root
    verb = next((c for c in children_of(root) if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i and root.doc[c.i - 1].text == ","), None)
    if verb is None:
        verb = _participle_after_relative_clause(root)
    if verb is None:
        verb = _verb_under_apposition(root)
    if verb is None:
        verb = _verb_after_set_off_phrase(root)
    return verb if verb is not None else root


def _participle_after_relative_clause(root: Token) -> Token | None:
    """"The Basin Authority, which is meant to manage the dams, called on Ghana to…" read as a noun
    phrase: after a set-off relative clause the tagger may take the verb for a participle ("VBN")
    modifying the noun. A modifier right after the comma that closes that relative clause is the
    sentence's verb (round 25)."""
    doc = root.doc
    for clause in (c for c in children_of(root) if c.dep_ == "relcl" and c.i > root.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","):
        comma = clause.right_edge.i + 1 if doc[clause.right_edge.i].text != "," else clause.right_edge.i
        if comma + 1 < len(doc) and doc[comma].text == ",":
            verb = doc[comma + 1]
            if verb.dep_ == "acl" and verb.head.i == root.i and verb.tag_ == "VBN":
                return verb
        # "Laos, whose fishermen depend on the river, called on…": the verb hung, past tense, on the
        # clause's last noun before the comma
        hung = next((t for t in subtree_of(clause) if t.dep_ == "acl" and t.tag_ == "VBD" and t.i > clause.i and doc[t.i - 1].text == "," and t.head.pos_ in ("NOUN", "PROPN")), None)
        if hung is not None:
            return hung
    return None


def _verb_after_set_off_phrase(root: Token) -> Token | None:
    """"Chile's foreign ministry, for its part, called on Peru to…" read as a noun phrase whose
    set-off prepositional phrase holds the verb as a past-tense modifier of its noun after the
    closing comma: that verb (round 12)."""
    doc = root.doc
    for prep in (c for c in children_of(root) if c.dep_ == "prep" and c.i > root.i and doc[c.i - 1].text == ","):
        for noun in (o for o in children_of(prep) if o.dep_ == "pobj"):
            # the tagger may make it a participle ("VBN"): between commas after the noun it is the verb
            verb = next((c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > noun.i and doc[c.i - 1].text == ","), None)
            if verb is not None:
                return verb
    return None


def _verb_under_apposition(root: Token) -> Token | None:
    """"The opposition Social Democrats' foreign affairs spokesman, Jakob Strand, called on…" read
    as a noun phrase whose apposition ("spokesman", itself set beside the name) holds the verb as a
    past-tense modifier after a comma: that verb (round 9)."""
    for appos in (c for c in children_of(root) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")):
        verb = next((c for c in children_of(appos) if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > appos.i and root.doc[c.i - 1].text == ","), None)
        if verb is not None:
            return verb
    return None


INTERVIEW_WORDS = frozenset("interview speak talk".split())


def _outlet_before_title(head: Token) -> Token | None:
    """"In an interview with Reuters, the company's chief executive warned…", "Speaking to Vientiane Radio,
    Laos's deputy minister accused…": the parser may read the speaker's title, set off by the comma after
    the opening phrase, as an apposition of the outlet the opening phrase names. Returns that outlet (the
    object of "with"/"to" after "interview", "speaking", "talking" at the start of the sentence) when
    ``head`` is such a title, else None: the title speaks, the outlet only carries its words (round 46)."""
    if head.dep_ != "appos" or head.head.dep_ != "pobj" or head.head.i >= head.i:
        return None
    outlet, doc = head.head, head.doc
    prep = outlet.head
    if prep.lower_ not in ("with", "to") or prep.head.lemma_.lower() not in INTERVIEW_WORDS:
        return None
    opening = prep.head.head if prep.head.dep_ == "pobj" else prep.head  # "In an interview", "Speaking"
    if head.left_edge.i < 1 or doc[head.left_edge.i - 1].text != "," or opening.left_edge.i != head.sent.start:
        return None
    return outlet


def _entity_at(context: _Context, token: Token):
    """The entity the index gives the phrase headed by ``token``, if any."""
    words = _phrase(token)
    return context.entities.resolve(words[0].idx, words[-1].idx + len(words[-1].text), speaker=True)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; when the parser attached it elsewhere ("In Vilnius, Minister X said…"
    read as an apposition of Vilnius), the noun right before the verb, past adverbs and auxiliaries."""
    if verb.head.i != verb.i and _verb_under_noun_root(verb.head).i == verb.i:
        return verb.head  # "Tikhanovskaya, who lives in Vilnius, called on…" read as a noun phrase
    if verb.head.dep_ == "appos" and verb.head.head.dep_ == "ROOT" and _verb_under_noun_root(verb.head.head).i == verb.i:
        return verb.head  # "The opposition's spokesman, Jakob Strand, called on…": the apposition
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.head.dep_ == "ROOT" and _verb_after_set_off_phrase(verb.head.head.head) == verb:
        return verb.head.head.head  # "Chile's foreign ministry, for its part, called on…": the root
    if verb.dep_ == "acl" and _outlet_before_title(verb.head) is not None and _verb_under_noun_root(verb.sent.root).i == verb.i:
        return verb.head  # "In an interview with Vientiane Radio, Laos's deputy minister accused…" (round 46)
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ != "ROOT":
        root = verb.sent.root
        if _verb_under_noun_root(root).i == verb.i:
            return root  # "Malawi, whose fishermen use the lake, called on…": the verb hung in the clause (round 25)
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    # Of two subjects the parser gave the verb ("Voters, Clinton suggested, don't…", "LONDON
    # (Reuters) - Donald Trump said…"), the one right before it is its own.
    subject = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
    subject = reporter_after_citing(subject, verb) or subject if subject is not None else None  # "Citing two officers, Koha reported…" (round 42)
    if subject is not None and _share_of_them(subject):
        # "Protest organisers, most of them students, said…": the organisers speak, not "most"
        subject = max((c for c in subjects if c.i < subject.left_edge.i), key=lambda c: c.i, default=subject)
    if subject is not None:
        # "The regulator, a ministry spokeswoman said, was…": the frame's subject read as an apposition (round 18)
        return frame_subject_set_inside(verb, named_after_dateline(subject))
    if verb.lemma_ not in REPORTING_VERBS:
        return subject
    asked = subject_of_question_aside(verb)
    if asked is not None:  # "An IMF spokeswoman in Washington, asked about the strike, said…" (round 24)
        return asked
    if verb.pos_ in ("NOUN", "PROPN") and verb.tag_ == "NNS" and any(c.dep_ == "ccomp" for c in children_of(verb)):
        # "Trump predicts that…" tagged as the plural noun "predicts" with "Trump" its compound
        return next((c for c in children_of(verb) if c.dep_ == "compound" and c.i < verb.i), None)
    # "About 4 in 10 say…": a count the parser hung on the verb as a modifier
    counted = next((c for c in children_of(verb) if c.i < verb.i and c.dep_ in ("nummod", "npadvmod") and c.pos_ in ("NUM", "NOUN")), None)
    if counted is not None:
        return counted
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and not doc[i + 1].is_sent_start and doc[i].dep_ in ("advmod", "aux", "neg") and doc[i].head.i == verb.i:
        i -= 1
    if i >= 0 and _age_start(doc[i]) is not None:
        return doc[i]  # "…, the 58-year-old said": the age read as a date modifying the verb
    if i >= 0 and not doc[i + 1].is_sent_start and doc[i].pos_ in ("PROPN", "NOUN", "PRON") and doc[i].head.i != verb.i:
        return _set_off_head(doc[i], verb)
    return _name_set_off_before(verb)


def _share_of_them(subject: Token) -> bool:
    """Whether a subject is an aside telling part of the one before it: ", most of them students,",
    ", many of them former soldiers," (the parser may read it as a second subject)."""
    doc, first = subject.doc, subject.left_edge.i
    return (
        0 < first and first + 2 < len(doc) and doc[first - 1].text == ","
        and doc[first].lower_ in ("most", "many", "some", "all", "several", "few", "half", "none", "one")
        and doc[first + 1].lower_ == "of" and doc[first + 2].lower_ in ("them", "whom")
    )


def _clause_before_share_aside(root: Token) -> Token | None:
    """"The council accused the police of forcing 40 migrants back, some of them after they had been
    beaten, in what it called…": the parser made the aside's verb the head of the sentence, its
    subject the share ("some of them"), and the sentence's own clause its content clause. That
    clause, ending before the aside's comma, with a subject of its own, is the head (round 12)."""
    subjects = [c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i and _share_of_them(c)]
    if not subjects:
        return None
    comma = subjects[0].left_edge.i - 1
    return next((c for c in children_of(root) if c.dep_ == "ccomp" and c.right_edge.i < comma and _subject(c) is not None and c.pos_ in ("VERB", "AUX")), None)


def _name_set_off_before(verb: Token) -> Token | None:
    """"Speaking to the BBC, the head of the service, General Ana Vos, said…": the parser hangs the
    title and the name on "BBC" as appositions, and the reporting verb has no subject; a person's
    name set off by a comma right before the verb, as an apposition of an earlier noun, is its
    subject (round 10)."""
    doc = verb.doc
    comma = verb.i - 1
    if comma < 1 or doc[comma].text != "," or doc[comma].is_sent_start:
        return None
    name = doc[comma - 1]
    # the name may also hang on the opening participle as a bare noun modifier ("Speaking to the BBC,
    # the head of the service, General Ana Vos, said…" read with "Vos" an npadvmod of "Speaking": round 14)
    if name.dep_ in ("appos", "npadvmod") and name.ent_type_ == "PERSON" and name.head.i < name.i and sentence_start_of(name) == sentence_start_of(verb):
        return name
    return None


def _set_off_head(noun: Token, verb: Token) -> Token:
    """"…, a source close to the board said", "…, a Western diplomat familiar with the negotiations
    said" (the parser hanging the phrase on the content): the head of the phrase the comma before
    the verb sets off, not the last noun in it."""
    doc = noun.doc
    comma = next((t.i for t in reversed(doc[sentence_start_of(noun) : noun.i]) if t.text == ","), None)
    if comma is None:
        return noun
    head = noun
    while head.head.i != head.i and comma < head.head.i < verb.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN", "PRON") else noun


def _content_of(context: _Context, clauses: list[Token], start: int, end: int, excluded: set[int] = frozenset()) -> tuple[int, int]:
    """Character hull of clausal complements (less ``excluded`` tokens at their end), without a
    leading complementiser or edge punctuation."""
    doc = context.doc
    if len(clauses) > 1:  # "said the deficit would narrow, state media reported": the relay is no content (round 39)
        clauses = [clause for clause in clauses if not relaying_frame(clause)] or clauses
    first = min(clause.left_edge.i for clause in clauses)
    last = max(clause.right_edge.i for clause in clauses)
    if excluded and first < min(excluded) <= last:  # stop before the split-off clause and its "and"
        last = min(excluded) - 1
    heads = {clause.i for clause in clauses}
    opening = next(clause for clause in clauses if clause.left_edge.i == first)
    if opening.head.i == first - 1 and (subject := subject_after_cue_time(opening.head)) is not None and first < subject.i <= last:
        first = subject.i  # "said on Monday they had stopped 340 crossings": the date is when it was said (round 39)
    while first < last and (_complementiser(doc[first], heads) or (doc[first].is_punct and not _is_quote_mark(doc[first]))):
        first += 1
    while last > first and (_is_end_mark(doc[last]) or doc[last].dep_ == "cc"):
        last -= 1
    a = max(start, doc[first].idx)
    b = min(end, doc[last].idx + len(doc[last].text))
    if b > a and (aside := trailing_aside(context.text, a, b)) is not None:
        b = aside  # "…, in an interview with the FT", "…, without giving evidence": how it was said, not what (round 39)
    return _trim(context.text, a, b) if b > a else (a, a)


def _complementiser(token: Token, heads: set[int]) -> bool:
    """A "that"/"whether"/"if" opening a clause of ``heads``; also a "that" the parser made an
    adverb after a time phrase ("said in a report last year that spills…"), an object of the clause's verb
    after a place ("said in a post on X that the programme was “working”", round 45), or the object of a
    content it read as a relative clause ("told state television that Harare had learned…", round 46),
    tagged a complementizer all the same."""
    if token.head.i not in heads:
        return False
    if token.dep_ == "dobj" and token.lower_ == "that" and token.head.dep_ == "relcl":
        return True
    return (token.dep_ == "mark" and token.lower_ in ("that", "whether", "if")) or (
        token.dep_ in ("advmod", "dobj") and token.lower_ == "that" and token.tag_ == "IN"
    )


def _closing_data_show_frame(context: _Context, tokens: list[Token], start: int, end: int) -> _Frame | None:
    """"Copper has lost 12 percent since June, data from the London Metal Exchange show.": the tagger
    reads a closing present "show" as a noun, the object of "from" with the body its compound; the
    document phrase after the comma frames the sentence, its author the body (round 42)."""
    show = next((t for t in reversed(tokens[-3:]) if not _is_end_mark(t)), None)
    if show is None or show.lower_ not in ("show", "shows") or len(tokens) < 7:
        return None
    published = _published_document_show_frame(context, tokens, show, start, end) if show.pos_ == "NOUN" or show.dep_ == "pobj" else None
    if published is not None:
        return published
    if show.dep_ != "pobj" or show.pos_ != "NOUN":
        return None
    preposition = show.head
    document = preposition.head
    if preposition.lower_ not in ("from", "by", "of") or document.lemma_.lower() not in DOCUMENT_NOUNS or _in_quotes(context, show):
        return None
    frame_first = document.left_edge.i
    if frame_first == 0 or context.doc[frame_first - 1].text != ",":
        return None
    author = [t for t in tokens if preposition.i < t.i < show.i]
    if not author or not any(t.dep_ == "compound" and t.head.i == show.i for t in author):
        return None
    content = _hull_without(context, tokens, frame_first - 1, show.i, start, end)
    if not content:
        return None
    ref = context.entities.ref_at_token(author[-1])
    name = " ".join(t.text for t in author)
    return _Frame(Source(ref.entity if ref is not None else None, ref.name if ref is not None else name, author[0].idx, author[-1].idx + len(author[-1].text)), *content)


# Dependents in front of a document noun that belong to its phrase ("official figures", "the latest data").
DOCUMENT_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss"})


def _published_document_show_frame(context: _Context, tokens: list[Token], show: Token, start: int, end: int) -> _Frame | None:
    """"Waiting lists have fallen for a third month, official figures published on Thursday show.":
    the closing "show", read as a noun, hangs from the participle that modifies the document noun
    ("published on Thursday", "released by the agency last week"); the document phrase after the
    comma frames the sentence, its source the document as a subject "figures … show" has (round 44)."""
    participle = show.head
    for _ in range(2):  # show → "on" → "published", or show → "published"
        if participle.tag_ == "VBN" and participle.dep_ == "acl":
            break
        participle = participle.head
    document = participle.head
    if participle.tag_ != "VBN" or participle.dep_ != "acl" or document.lemma_.lower() not in DOCUMENT_NOUNS or _in_quotes(context, show):
        return None
    # the document's own words only: as the root it also heads the clause before the comma
    frame_first = min([c.left_edge.i for c in children_of(document) if c.i < document.i and c.dep_ in DOCUMENT_PHRASE_DEPS], default=document.i)
    if frame_first == 0 or context.doc[frame_first - 1].text != "," or frame_first <= tokens[0].i:
        return None
    content = _hull_without(context, tokens, frame_first - 1, show.i, start, end)
    if not content:
        return None
    author = [t for t in children_of(show) if t.dep_ == "compound" and show.head.lower_ in ("by", "from")]
    if author:  # "…, the latest data released by the ministry shows.": the body is the compound of "shows"
        words = [t for t in tokens if show.head.i < t.i < show.i]
        ref = context.entities.ref_at_token(author[-1])
        name = ref.name if ref is not None else " ".join(t.text for t in words)
        return _Frame(Source(ref.entity if ref is not None else None, name, words[0].idx, author[-1].idx + len(author[-1].text)), *content)
    source = _source(context, document)
    first_char, last_char = context.doc[frame_first].idx, document.idx + len(document.text)
    if source.start < first_char:  # the phrase as written stops at the comma
        written = source.name == context.text[source.start : source.end]
        source = Source(source.entity, context.text[first_char:last_char] if written else source.name, first_char, last_char)
    return _Frame(source, *content)


def _hull_without(context: _Context, tokens: list[Token], cut_first: int, cut_last: int, start: int, end: int) -> tuple[int, int] | None:
    """The sentence without the frame at ``cut_first..cut_last``: the side before or after it when
    the frame is at an edge, the whole sentence when it sits in the middle (spans are contiguous)."""
    before = [t for t in tokens if t.i < cut_first]
    after = [t for t in tokens if t.i > cut_last]
    for side in (before, after):
        while side and side[0].is_punct and not _is_quote_mark(side[0]):
            side.pop(0)
        while side and _is_end_mark(side[-1]):
            side.pop()
    if before and len(after) > 1:  # frame in the middle: keep the whole sentence
        first = before[0]
        last = next(t for t in reversed(tokens) if not _is_end_mark(t))
    elif before or after:
        kept = before or after
        first, last = kept[0], kept[-1]
    else:
        return None
    a = max(start, first.idx)
    b = min(end, last.idx + len(last.text))
    return _trim(context.text, a, b)


def _last_char(tokens: list[Token]) -> int:
    """End of the last token, leaving out sentence-final punctuation (quote marks stay)."""
    words = [t for t in tokens if not t.is_space]
    while len(words) > 1 and _is_end_mark(words[-1]):
        words.pop()
    return words[-1].idx + len(words[-1].text)


# --------------------------------------------------------------------------- sources


def _coordinated_subject(head: Token) -> Token | None:
    """For a speaking "it" whose verb is coordinated with an earlier verb, that verb's subject when it is
    a noun or name: "The ministry insisted that…, and it urged…" (the coreference leaves such an "it"
    within its sentence unresolved). Also a bare "some"/"many"/"most"/"several" after a plural noun
    subject: "Residents say…, and some have complained…" (a part of the same group; round 30).
    None for any other head."""
    verb = head.head
    share = head.lower_ in _SHARE_WORDS and not any(True for _ in children_of(head))
    if (head.lower_ != "it" and not share) or head.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > head.i:
        return None
    first = next((c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if share and first is not None and first.tag_ not in ("NNS", "NNPS"):
        return None
    return first


_SHARE_WORDS = frozenset({"some", "many", "most", "several"})


def _source(context: _Context, head: Token, conjuncts: bool = True) -> Source:
    """Who a subject (or the object of "according to") names.

    In order: an earlier source the phrase refers back to ("the official" after "a senior EU
    official"); the entity the noun phrase refers to, as the entity index resolves it; a name in
    apposition ("the human rights group Viasna", "Lithuania's foreign minister, Aurelija
    Stankevičienė") or a person a relative clause names ("a programmer who gave his name only as
    Sergei"); for "he"/"she", the previous speaker, else the last person named; the noun phrase as
    written ("Western military analysts"). A document stands for its author ("figures from the
    European Commission", "a report published by the agency"); a capital for the country the
    article names ("Moscow says" → Russia). An entity that only modifies the head is not the
    source: "Poland's foreign ministry" is not Poland, "the mayor's office" is not the mayor.
    """
    first = _coordinated_subject(head)
    if first is not None:  # "The ministry insisted that…, and it urged…" (round 24)
        found = _source(context, first)
        return Source(found.entity, found.name, head.idx, head.idx + len(head.text))
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        owner = _document_owner(head)
        if owner is not None:
            head = owner
        else:
            owner = _modifying_owner(head) or _earlier_document_owner(context, head) or _filer_before(context, head)
            if owner is not None:  # "the report", "a Kremlin statement": the mention stands for its author
                words = _phrase(head)
                found = _source(context, owner)
                return Source(found.entity, found.name, words[0].idx, words[-1].idx + len(words[-1].text))
            author = _pronoun_author(context, head)
            if author is not None:
                words = _phrase(head)
                return Source(author.entity, author.name, words[0].idx, words[-1].idx + len(words[-1].text))
    office_of = body_of_office(head)
    if office_of is not None:  # "The Lagos office of the International Maritime Bureau said…": the Bureau (round 41)
        found = _source(context, office_of)
        return Source(found.entity, found.name, head.left_edge.idx, office_of.idx + len(office_of.text))
    poll = _poll_of_count(head)
    if poll is not None:
        head = poll
    words = _after_stamp(context, _phrase(head))
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    members = _members(head)
    if members is not None:  # "a group of local activists": named with its members
        end = members.idx + len(members.text)
    if poll is not None:  # the poll as written: "a CNN/ORC poll" is not CNN
        return Source(None, context.text[start:end], start, end)
    written_end = end  # a phrase as written: with where its people belong ("analysts at ING")
    affiliation = _affiliation(head)
    if affiliation is not None:
        last = affiliation if group_of_share(head) is not None else affiliation.right_edge  # "one of the people", as the quote names it
        written_end = last.idx + len(last.text)
    written_end = title_of_end(head, written_end)  # "the head of Ukraine's military intelligence", as the quote's speaker
    conjoined = conjunct_chain(head) if conjuncts else []
    if conjoined:  # "Hungary and Slovakia", "Moscow and Minsk"
        names = [_source(context, part, conjuncts=False).name for part in [head, *conjoined]]
        last = max(t.i for part in conjoined for t in _phrase(part))
        end = context.doc[last].idx + len(context.doc[last].text)
        return Source(None, join_names(names), start, end)

    group = _group_source(context, head, words, start, end)
    if group is not None:
        return group
    earlier = _earlier_source(context, head, words) or (_earlier_body(context, head) if head.lower_ == "it" else None)
    named_again = subject_named_again(head) if earlier is None else None
    if named_again is not None:  # "The EU's delegation offered…, according to a statement from the delegation" (round 33)
        found = _source(context, named_again)
        return Source(found.entity, found.name, start, end)
    if earlier is not None:
        return Source(earlier.entity, earlier.name, start, end)
    pronoun = PERSON_PRONOUNS.get(head.lower_)  # "he"/"she", also "his"/"her" holding a view ("In his words, …")
    indefinite = head.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in INDEFINITE_DETERMINERS for t in words)
    ref = None if indefinite else context.entities.resolve(start, end, speaker=True)  # "a producer" is nobody named
    outlet = _outlet_before_title(head)
    if outlet is not None and ref is not None and ref is _entity_at(context, outlet):
        ref = None  # the index made the title one with the outlet it was read as an apposition of
    if ref is not None and head.pos_ == "NOUN" and (ref.type in ("GPE", "NORP", "LOC") or head.lemma_.lower() in INSTITUTION_NOUNS):
        ref = None  # the entity only modifies the head
    if ref is not None and ref.type == "GPE" and (body := body_named_with_place(head)) is not None:
        return Source(None, context.text[body[0]:body[1]], start, end)  # "Age UK estimates…" is not the UK (round 39)
    if ref is not None and ref.type in ("GPE", "NORP", "LOC") and (person := person_after_place_title(head)) is not None:
        return Source(None, context.text[person[0]:person[1]], start, end)  # "Chile's President Ana Lucía Herrera" (round 39)
    if ref is not None and ref.type == "PERSON" and body_owned_by_person(head, context.entities):
        ref = None  # "Marine Le Pen's National Rally has said…": the party, not its leader (round 39)
    body = _described_body(context, head, words, ref)
    if body is not None:
        if body.pos_ == "PROPN" and body.ent_type_ not in ("ORG", "PERSON"):  # a name typed otherwise ("Bank Indonesia" a place): as written
            return Source(None, _phrase_text(context, body), start, end)
        found = _source(context, body)
        return Source(found.entity, found.name, start, end)
    if ref is not None and pronoun and (ref.type != "PERSON" or not gender_fits(pronoun, ref.name)):
        ref = None
    # a name the tagger missed ("Chola Mumba, a mining analyst at the Lusaka firm X, told…") is its own name,
    # not one named in its apposition
    untagged_name = ref is None and head.pos_ == "PROPN" and head.tag_ == "NNP" and head.is_title and not head.ent_type_
    if outlet is None and ((ref is None and not untagged_name) or (ref is not None and ref.type != "PERSON" and head.pos_ == "NOUN")):
        named = name_set_beside(context.entities, head, RELAYING_PARTICIPLES, ("acl",), possessor_fallback=True)
        if named is not None:
            return Source(named.entity, named.name, start, end)
        titled = _name_beside_title(context, head)
        if titled is not None:
            return Source(titled.entity, titled.name, start, end)
        later = name_given_later(context.entities, head, ROLE_WORDS)
        if later is not None:  # "the family's lawyer said… The lawyer, Nadia Farouk, said" (round 17)
            return Source(later.entity, later.name, start, end)
    if ref is None and _describes_one_person(head):
        ref = _only_person_before(context, head, words)
    if ref is None and head.lemma_.lower() in SPOKES_NOUNS:
        body = next((o for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("for", "of") for o in children_of(c) if o.dep_ == "pobj"), None)
        named_body = None if body is not None else _spoken_for(head)
        if named_body is not None and _portfolio(head) is not None:
            # "the EU's foreign policy spokesman" speaks from an office the body's name does not name: as written,
            # as the quote's speaker is (round 33)
            return Source(None, context.text[start:end], start, end)
        body = body or named_body or _spoken_for_body(head) or _body_just_before(context, head)
        if body is not None:  # "a spokesman for the ministry" speaks for the ministry
            represented = _source(context, body)
            return Source(represented.entity, represented.name, start, max(end, represented.end or end))
    if ref is None and pronoun:
        speaker = _previous_speaker(context, pronoun)
        described = person_described_before(head, PERSON_TITLE_NOUNS)
        if speaker is not None and described is not None and described.dep_ == "nsubj" and speaker.start is not None and speaker.start < described.sent.start_char:
            # "X said… The Kazakh President spent the day on the loan. He said…": the President, as written, not
            # the one person named before (round 27)
            return Source(None, _phrase_text(context, described), start, end)
        if speaker is not None:
            return Source(speaker.entity, speaker.name, start, end)
        if described is not None:  # "Prosecutors allege that the former mayor took bribes. He denies…"
            found = _source(context, described)
            if found.entity is not None and not _is_person(context, found):
                # "The agency's director general met… she said": she is the director general, as written
                # (and as the quote's speaker), not the agency that names her office (round 33)
                return Source(None, _phrase_text(context, described), start, end)
            return Source(found.entity, found.name, start, end)
        ref = _previous_person(context, head)
    if ref is None or ref.type != "NORP":  # also a capital the tagger read as a person ("Abuja says")
        country = _country_spoken_for(context, ref.name if ref is not None and ref.type == "GPE" else context.text[start:end])
        if country is not None:
            # "Abuja says…" read as a person: the Nigerian government, as a quote's speaker is (round 45)
            return Source(country[0], government_of_capital(context.text[start:end], country[1]) or country[1], start, end)
    if ref is None:
        kind = another_of_the_kind(head)
        if kind is not None:  # "A diplomat said… Another said…": another diplomat, as the quote's speaker (round 33)
            return Source(None, kind, start, end)
        return Source(None, context.text[start:written_end], start, written_end)
    if ref.type == "GPE" and (government := government_of_capital(context.text[start:end], ref.name)):
        return Source(ref.entity, government, start, end)  # "Beijing said…": the Chinese government (round 45)
    return Source(ref.entity, ref.name, start, end)


def _affiliation(head: Token) -> Token | None:
    """"Analysts at ING", "members of the Greens", "economists from Oxford Economics": the name of
    where the people of an unnamed source work or belong, right after the noun, which names them
    better than the bare noun ("Analysts")."""
    place = group_place(head)
    if place is not None:  # "Some in Dakar say…" (round 23)
        return next(c for c in children_of(place) if c.dep_ == "pobj")
    group = group_of_share(head)
    if group is not None:  # "one of the people said…" (round 38)
        return group
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in DOCUMENT_NOUNS or not (lemma in SOURCE_NOUNS or lemma in PERSON_TITLE_NOUNS or lemma.endswith(PEOPLE_SUFFIXES)):
        return None
    prep = next((c for c in children_of(head) if c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ in AFFILIATION_PREPOSITIONS), None)
    name = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    return name if name is not None and (name.pos_ == "PROPN" or name.ent_type_ in NAME_TYPES) else None


def _described_body(context: _Context, head: Token, words: list[Token], ref) -> Token | None:
    """The body a "the company" / "the central bank" stands for: the nearest subject, in the
    ``GROUP_LOOKBACK_SENTENCES`` sentences before, of the same kind (``BODY_KINDS``): a phrase
    headed by such a noun and made specific by a modifier ("Nigeria's central bank raised rates.
    The lender said…", which the index, knowing no such entity, would give to an organisation named
    further back) or a name holding such a noun, or set beside one ("Bank Indonesia… The central
    bank said…", "Human Rights Watch, another rights group, …"); failing
    that, for a bare "the watchdog" the index resolved to nothing, the nearest organisation it
    knows ("Ofcom fined the broadcaster. The watchdog said…")."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in DESCRIBED_BODY_NOUNS or head.tag_.endswith("S") or (ref is not None and ref.type != "ORG"):
        return None
    modifiers = [t for t in words if t.i != head.i and not (t.dep_ == "det" and t.lower_ == "the")]
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in words) or any(t.dep_ not in ("amod", "compound") or t.ent_type_ or not t.is_lower for t in modifiers):
        return None
    kinds = [kind for kind in BODY_KINDS if lemma in kind]
    named = _body_named_in_sentence(head, kinds)
    if named is not None:
        return named
    subjects, sentence = [], head.sent
    for _ in range(GROUP_LOOKBACK_SENTENCES):
        sentence = _sentence_before(sentence)
        if sentence is None:
            break
        # a passive's agent is who acted, as a subject is: "The refusal was announced by Serbia's justice ministry.
        # …, the ministry said"
        # and the source of an "according to" frame speaks as a subject does: "According to Traficom,
        # Finland's transport and communications agency, … The agency said…" (round 18)
        # (not a reader: "a letter … seen by Reuters" was written by someone else, round 48)
        subjects += reversed([t for t in sentence if (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_.lower() not in DOCUMENT_READER_VERBS)
                                                      or (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"))
                              and not _in_quotes(context, t)])
    for subject in subjects:  # a body of the same kind first, nearest first
        if subject.tag_.endswith("S"):
            continue
        lemmas = {t.lemma_.lower() for t in _phrase(subject)} | {c.lemma_.lower() for c in children_of(subject) if c.dep_ == "appos"}
        if subject.pos_ == "PROPN" and (subject.ent_type_ not in ("PERSON", "NORP") or _named_as_body(subject, kinds)) and any(kind & lemmas for kind in kinds):
            return subject
        specific = any(c.dep_ in ("poss", "compound", "amod") and c.i < subject.i for c in children_of(subject))
        if subject.pos_ == "NOUN" and not subject.ent_type_ and specific and any(subject.lemma_.lower() in kind for kind in kinds):
            if _describes_another(head, _phrase(subject)):
                continue  # "the state emergency agency said… The national meteorological agency had warned…" (round 40)
            return subject
    if ref is None and not modifiers:  # then an organisation of any kind
        organisations = {e.name for e in context.entities.entities() if e.type == "ORG"}
        # but not one whose name says it is a body of another kind: "the Transport Operators' Union" is no
        # "the ministry" (round 27)
        other_kinds = DESCRIBED_BODY_NOUNS.difference(*kinds)
        # not a plural ("Fishermen in Stung Treng say…" is no "the group", round 46)
        return next((t for t in subjects if t.pos_ == "PROPN" and not t.tag_.endswith("S")
                     and _may_be_organisation(t, _phrase_text(context, t), organisations)
                     and not any(w.lemma_.lower() in other_kinds for w in _phrase(t))), None)
    return None


def _named_as_body(name: Token, kinds: list[frozenset[str]]) -> bool:
    """"Environmental group Mekong Watch said…": a name the text itself calls a body of the kind, with
    the noun set before it ("group", "company"), is that body, whatever type the tagger gave it (a
    person here, round 46)."""
    return any(
        w.i < name.i and w.pos_ == "NOUN" and w.dep_ == "compound" and any(w.lemma_.lower() in kind for kind in kinds)
        for w in _phrase(name)
    )


def _body_named_in_sentence(head: Token, kinds: list[frozenset[str]]) -> Token | None:
    """"Zambia revoked the licence of the Canadian company Northern Lode, and the company said…":
    a name given a noun of the description's kind earlier in its own sentence (nearest first),
    nearer than any subject of a sentence before."""
    for named in reversed([t for t in head.sent if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "") and t.dep_ != "compound"]):
        described = {w.lemma_.lower() for w in _phrase(named)} | ({named.head.lemma_.lower()} if named.dep_ == "appos" else set())
        if any(kind & described for kind in kinds):
            return named
    return None


def _may_be_organisation(token: Token, name: str, organisations: set[str]) -> bool:
    """Whether a name may be an organisation's: tagged one, or the name of one elsewhere in the
    article ("mining company Vale… Vale said…", the second read as a person), or a name that is
    neither a person's, a nationality nor a country or capital ("Codelco" tagged a place)."""
    if token.ent_type_ == "ORG" or name in organisations:
        return True
    return token.ent_type_ not in ("PERSON", "NORP") and GAZETTEER.lookup(name) is None


def _phrase_text(context: _Context, head: Token) -> str:
    """The words of ``_phrase(head)`` as written."""
    words = _phrase(head)
    return context.text[words[0].idx : words[-1].idx + len(words[-1].text)]


def _members(head: Token) -> Token | None:
    """The plural noun a collective head is made of ("a group of local activists" → activists),
    when the head is a collective noun."""
    if head.lemma_.lower() not in COLLECTIVE_NOUNS:
        return None
    prep = next((c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    return next((c for c in children_of(prep) if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None) if prep is not None else None


def _group_source(context: _Context, head: Token, words: list[Token], start: int, end: int) -> Source | None:
    """Who a plural source stands for, as named just before it: "both governments", "the two
    countries" are the two states of the nearest sentence (this one up to the phrase, then up to
    ``GROUP_LOOKBACK_SENTENCES`` before) naming exactly two ("Belarus has hosted Russian weapons
    since 2023, according to both governments" → Russia and Belarus); "the two leaders", "the three
    ministers" the people of the nearest sentence naming exactly that many; "they" the plural
    subject of the sentence before ("Two men signed the treaty. They called it…" → two men)."""
    if head.lower_ in PLURAL_PRONOUNS:
        own = _plural_reporter_before(head) or plural_subject_before_colon(head)
        if own is not None:  # "Traders in Tacna say that the wall… but that they fear…" (round 27)
            found = _source(context, own)
            return Source(found.entity, found.name, start, end)
        previous = _sentence_before(head.sent)
        subject = _subject(previous.root) if previous is not None else None
        if subject is not None and subject.lower_ not in FIRST_PERSON and (subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(subject))):
            found = _source(context, subject)
            return Source(found.entity, found.name, start, end)
        return None
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or (lemma not in GROUP_STATE_NOUNS and lemma not in GROUP_PERSON_NOUNS):
        return None
    counts = [GROUP_NUMBERS[t.lower_] for t in words if t.lower_ in GROUP_NUMBERS and (t.lower_ == "both" or any(d.lower_ in ("the", "these", "those") for d in words))]
    if not counts:
        return None
    wanted, doc, sentence = counts[0], context.doc, head.sent
    ranges = [(sentence.start, words[0].i)]
    for _ in range(GROUP_LOOKBACK_SENTENCES):
        sentence = _sentence_before(sentence)
        if sentence is None:
            break
        ranges.append((sentence.start, sentence.end))
    for first, last in ranges:
        if first >= last:
            continue
        if lemma in GROUP_STATE_NOUNS:
            names = list(dict.fromkeys(_country_label(context, m.code) for m in find_countries(doc, first, last) if m.kind in COUNTRY_KINDS))
        else:
            a, b = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
            names = list(dict.fromkeys(ref.name for _, ref in context.entities.mentions_in(a, b) if ref.type == "PERSON"))
        if len(names) == wanted:
            return Source(None, join_names(names), start, end)
    return None


def _plural_reporter_before(pronoun: Token) -> Token | None:
    """The plural subject of the reporting verb whose content holds "they": in "Traders say that the
    wall… but that they fear longer queues" they are the traders, not the subject of the sentence
    before."""
    clause = pronoun.head
    while clause.dep_ in ("conj", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
        if clause.lemma_.lower() in REPORTING_VERBS:
            break
    if clause.i == pronoun.head.i or clause.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subject is None or subject.lower_ in PLURAL_PRONOUNS or subject.lower_ in FIRST_PERSON:
        return None
    return subject if plural_phrase(subject) else None


def _spoken_for(head: Token) -> Token | None:
    """"Lukashenko's spokeswoman", "a Kremlin spokesman": whom an unnamed spokesperson speaks for,
    named in front of the noun (a possessive or a name compound)."""
    return next((c for c in children_of(head) if c.i < head.i and ((c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS) or (c.dep_ == "compound" and c.ent_type_ in NAME_TYPES))), None)


def _body_just_before(context: _Context, head: Token) -> Token | None:
    """"The Swedish foreign ministry rejected that reading. A spokeswoman said…": a bare "a
    spokesman/spokeswoman" (nothing but the article) speaks for the body that is the subject of the
    sentence before in the same paragraph — an organisation or a body named by its kind (round 14)."""
    before = _sentence_before(head.sent)
    if any(c.dep_ != "det" for c in children_of(head)) or not any(c.lower_ in ("a", "an") for c in children_of(head)) or before is None:
        return None
    if "\n" in context.text[before.end_char - 1 : head.sent.start_char]:
        return None
    subject = _subject(before.root)
    if subject is None or _in_quotes(context, subject):
        return None
    if subject.ent_type_ == "ORG" or subject.lemma_.lower() in DESCRIBED_BODY_NOUNS | SPOKEN_FOR_BODY_NOUNS:
        return subject
    return None


def _portfolio(head: Token) -> Token | None:
    """"The EU's foreign policy spokesman", "Varga's trade spokeswoman": the field a spokesperson speaks on,
    a common noun in front of the title that is not a body's own noun (not "a ministry spokesman")."""
    return next((c for c in children_of(head) if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN" and c.is_lower
                 and c.lemma_.lower() not in SPOKEN_FOR_BODY_NOUNS | DESCRIBED_BODY_NOUNS), None)


def _spoken_for_body(head: Token) -> Token | None:
    """"A ministry spokeswoman", "a foreign ministry spokesman", "a police spokesman": the body an
    unnamed spokesperson speaks for, given as a common noun in front (round 10; docs/schema.md: the
    body an unnamed spokesman speaks for)."""
    # a lower-case noun the tagger read as a name ("a foreign ministry spokeswoman" after "In Beijing,") is one too (round 14)
    return next((c for c in children_of(head) if c.dep_ == "compound" and c.i < head.i and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.text.islower())) and c.lemma_.lower() in SPOKEN_FOR_BODY_NOUNS), None)


def _describes_one_person(head: Token) -> bool:
    """Whether a source's head describes one person by title, role or age: "the Belarusian
    leader", "the paediatrician", "the union leader", "the 54-year-old", "the 52-year-old mayor"
    (not a spokesperson, who speaks for a body)."""
    if head.tag_.endswith("S"):
        return False
    if _age_start(head) is not None:
        return True
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in SPOKES_NOUNS:
        return False
    if lemma in GROUP_PERSON_NOUNS:
        return True
    return (
        _describes_one_person_by_role(lemma)
        or any(_age_start(c) is not None for c in children_of(head))
    )


def _describes_one_person_by_role(lemma: str) -> bool:
    """Titles and roles of one person beyond ``GROUP_PERSON_NOUNS`` (round 9)."""
    return lemma in PERSON_TITLE_NOUNS or lemma.endswith(PERSON_ROLE_SUFFIXES)


def _only_person_before(context: _Context, head: Token, words: list[Token]):
    """"Alexander Lukashenko signed the decree. The Belarusian leader said…": a definite title the
    entity index left unresolved stands for the one person named in its sentence before it and
    the sentence before that, when there is exactly one (two would need knowing who holds it).
    The "the" may hang elsewhere: "…, the 58-year-old said", the age read as a date."""
    doc = context.doc
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in words) and not (words[0].i > 0 and doc[words[0].i - 1].lower_ == "the"):
        return None
    owner = next((c for c in children_of(head) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    entry = GAZETTEER.lookup(_phrase_text(context, owner)) if owner is not None else None
    if entry is not None and entry.kind in ORGANISATION_KINDS:
        return None  # "the EU's foreign policy chief" is the EU's, not whoever was named last
    sentence = head.sent
    previous = _sentence_before(sentence)
    a = previous.start_char if previous is not None else sentence.start_char
    # a person named inside quotation marks is whom the speaker talks about, not the speaker: "“I respect Mrs
    # Stoica, but…,” the minister said" (round 43)
    # nor a capital the tagger took for a person: "Haiti recalled its ambassador from Santo Domingo… The
    # Dominican finance minister told reporters…" (round 46)
    people = {
        ref.entity: ref for mention, ref in context.entities.mentions_in(a, words[0].idx)
        if ref.type == "PERSON" and not _in_byline(context, mention.start) and not _quoted_at(context, mention.start)
        and getattr(GAZETTEER.lookup(ref.name), "kind", None) not in COUNTRY_KINDS
    }
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    # "Australia's foreign minister called… She asked that Whitfield be freed… “…,” the minister told…": a
    # person the text gave other roles ("an Australian journalist, Claire Whitfield,") holds no title of
    # another kind (round 28)
    entry = ROLES.get(head.lemma_.lower())
    known = context.entities.roles_of(person.entity)
    if entry is not None and known and not set(entry.classes) & known:
        return None
    # "The health secretary, Wes Streeting, said… The shadow health secretary called…": a qualified title
    # ("shadow", "deputy") is another office than the one the person was given; a former one may be the same
    # person's (round 40)
    qualifier = next((QUALIFIERS[t.lower_] for t in words if t.i < head.i and t.lower_ in QUALIFIERS), None)
    if entry is not None and qualifier not in (None, "former") and known and not {f"{qualifier}_{c}" for c in entry.classes} & known:
        return None
    # "Ghana's culture minister, Akosua Boateng, said… The Netherlands’ culture minister told…": a
    # title that names another country than the one the text ties the person to is someone else (round 18)
    title_country = _title_country(head)
    person_country = context.entities.country_of(person.entity)
    if title_country is not None and person_country is not None and title_country != person_country:
        return None
    return person


def _title_country(head: Token) -> str | None:
    """The country a title names in front of its noun: a possessor ("the Netherlands’ culture
    minister", "Peru's interior minister") or a demonym ("the Dutch culture minister"), as its
    actor code; None when it names none or an organisation."""
    for child in children_of(head):
        if child.i > head.i or child.dep_ not in ("poss", "nmod", "amod", "compound"):
            continue
        entry = GAZETTEER.lookup(" ".join(t.text for t in subtree_of(child) if t.dep_ != "case" and t.lower_ != "the"))
        if entry is not None and entry.kind in ("name", "demonym") and len(entry.code) == 3 and entry.code not in ("IGO", "NGO", "IMG"):
            return entry.code
    return None


def _sentence_before(sentence: Span) -> Span | None:
    return sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None


def _country_label(context: _Context, code: str) -> str:
    """The name the article gives a country (its entity's, else its name as written), else
    pycountry's: "Russia" for RUS when the article also says "Russian" or "Moscow"."""
    entities = [e for e in context.countries().get(code, ()) if getattr(GAZETTEER.lookup(e.name), "kind", None) == "name"]
    if entities:
        return entities[0].name
    names = [m.text for m in context.country_names() if m.code == code]
    if names:
        return names[0]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return country_name(code)  # a user-assigned code: "Kosovo" for XKX
    return getattr(country, "common_name", None) or country.name


# The bodies and offices of a state that news names with the country's adjective: "the Chinese
# foreign ministry", "the Mexican President" (round 23).
STATE_BODY_WORDS = frozenset(
    "ministry minister president presidency government embassy consulate ambassador army navy military police "
    "cabinet parliament spokesman spokeswoman spokesperson mission office authorities department agency regulator".split()
)
# "China's foreign ministry", "Asmara's information ministry", "the Netherlands' defence minister":
# a country or capital owning a state body.
_STATE_BODY_NAME = re.compile(r"(?:[Tt]he )?(?P<place>[A-Z][\w.\- ]*?)['’]s? (?P<body>[A-Za-z][a-z\- ]*)")


def _adjective_named(source: Source | None, text: str) -> Source | None:
    """A state body owned by a capital ("Warsaw's defence ministry"), or one whose name the analysis
    composed with the country's possessive ("In Ankara, the foreign ministry…" → "Turkey's foreign
    ministry"), is named with the country's adjective, as news names it: "Polish defence ministry",
    "Turkish foreign ministry" (round 23). A country's possessive as the article writes it ("China's
    foreign ministry") is kept as written. The mention is kept; anything else is returned as it is."""
    if source is None or "'" not in source.name and "’" not in source.name:
        return source
    match = _STATE_BODY_NAME.fullmatch(source.name)
    if match is None or match.group("body").split()[-1].lower() not in STATE_BODY_WORDS:
        return source
    entry = GAZETTEER.lookup(match.group("place"))
    if entry is None or entry.kind not in ("name", "capital"):
        return source
    written = text[source.start : source.end] if source.start is not None and source.end is not None else None
    if entry.kind == "name" and written == source.name:
        return source
    adjective = GAZETTEER.adjective(entry.code)
    if adjective is None:
        return source
    return Source(source.entity, f"{adjective} {match.group('body')}", source.start, source.end)


def _poll_of_count(head: Token) -> Token | None:
    """"In a CNN/ORC poll, 38 percent of voters said…": a share of respondents speaks through the
    poll that counted them, which is the source (the poll named in an "in"/"according to" phrase
    of the same verb)."""
    if not (head.lemma_.lower() in ("percent", "%", "majority", "plurality", "third", "half", "quarter") or head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in children_of(head))):
        return None
    verb = head.head
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "to"):
            poll = next((c for c in children_of(prep) if c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS), None)
            if poll is not None:
                return poll
    if verb.dep_ == "ccomp":  # "A Bloomberg poll showed that 72 percent of voters said…"
        return next((c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.lemma_.lower() in POLL_NOUNS), None)
    return None


def _after_stamp(context: _Context, words: list[Token]) -> list[Token]:
    """A source phrase without the live blog's time stamp or the dateline that opens its paragraph: "12:50 GMT
    - A senior Israeli official said…" is said by "A senior Israeli official" (the parser hangs the stamp on
    the subject; round 40). Reads only the characters of the phrase."""
    if len(words) < 2:
        return words
    cut = after_stamp_near(context.text, words[0].idx, words[-1].idx + len(words[-1].text))
    return [t for t in words if t.idx >= cut] or words


def _phrase(head: Token) -> list[Token]:
    """The words of a noun phrase up to its head (determiners, modifiers, compounds), no clauses."""
    words = [t for t in subtree_of(head) if t.i <= head.i and not t.is_punct and not t.is_space and _within_head_phrase(t, head)]
    return sorted(words or [head], key=lambda t: t.i)


def _within_head_phrase(token: Token, head: Token) -> bool:
    while token.i != head.i:
        if token.dep_ in ("relcl", "acl", "appos", "conj", "cc", "prep", "advcl"):
            return False
        token = token.head
    return True


def _document_owner(head: Token, prepositions: tuple[str, ...] = ("from", "by", "of")) -> Token | None:
    """"figures from the European Commission", "a statement published by the Council": the author."""
    for token in subtree_of(head):
        if token.dep_ in ("prep", "agent") and token.lower_ in prepositions and (token.head.i == head.i or token.head.dep_ == "acl"):
            if token.head.dep_ == "acl" and token.head.lemma_.lower() in DOCUMENT_READER_VERBS:
                continue  # "a report seen by Nile Wire": the outlet read it, its author is in front
            owner = next((c for c in children_of(token) if c.dep_ == "pobj"), None)
            if owner is not None and (owner.ent_type_ or owner.lemma_.lower() in SOURCE_NOUNS - DOCUMENT_NOUNS or owner.pos_ == "PROPN"):
                return owner
            if owner is not None and token.lower_ in ("from", "by") and owner.lemma_.lower() in COLLECTIVE_NOUNS | INSTITUTION_NOUNS:
                return owner  # "a statement from the Saudi and US delegations", "… from the army" (round 14)
    return None


def _pronoun_author(context: _Context, head: Token) -> Source | None:
    """"Her last report, published ten days ago, alleged that…": a document whose author is "his" or
    "her" stands for the person the pronoun refers to: as the entity index resolves it, else the
    last person named before it whose first name does not say the other gender (round 14)."""
    owner = next((c for c in children_of(head) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner is None:
        return None
    ref = context.entities.ref_at_token(owner)
    if ref is None or ref.type != "PERSON":
        ref = _previous_person(context, owner)
    return Source(ref.entity, ref.name) if ref is not None else None


def _modifying_owner(head: Token) -> Token | None:
    """The author a document phrase names in front of its head: "a Kremlin statement", "the
    ministry's report" (not a poll: "a CNN/ORC poll" is the poll, not CNN; and a common noun in
    front stays part of the phrase: "council records")."""
    if head.lemma_.lower() in POLL_NOUNS:
        return None
    named_before = body_named_before(head)
    if named_before is not None:  # "The foreign ministry said… a ministry statement said" (round 33)
        return named_before
    for child in children_of(head):
        host = meeting_host_before(child) if child.dep_ == "poss" else None
        if host is not None:  # "The summit's final communique" after "a summit of ECOWAS" (round 33)
            return host
        if child.dep_ in ("compound", "poss") and child.i < head.i and child.lower_ not in POSSESSIVE_PRONOUNS:
            # a body by its kind too: "the border commission's count" (round 33)
            if child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (child.dep_ == "poss" and child.lemma_.lower() in INSTITUTION_NOUNS | SPOKEN_FOR_BODY_NOUNS):
                return child  # but "council records" stays as written
    return None


def _earlier_document_owner(context: _Context, head: Token) -> Token | None:
    """The author of a document named again without one: "the statement" after "the ministry said
    in a statement", "the report" after "a report published by the agency" (the nearest earlier
    mention of the same document noun, or of anything published or released ("The World Bank
    published its outlook. The report said…"), that names its author; for a headline's bare
    "report finds", the first such mention after it, the lead naming what the headline leaves out)."""
    words = [c for c in children_of(head) if c.dep_ in ("det", "poss")]
    headline = not words and _paragraph_start(context.text, head.idx) == 0
    if not headline and not any(w.lower_ in ("the", "this", "that") for w in words):
        return None
    doc, lemma = context.doc, head.lemma_.lower()
    earlier = (t for t in reversed(doc[: head.i]) if head.idx - t.idx <= PERSON_LOOKBACK_CHARS)
    later = (t for t in doc[head.i + 1 :] if t.idx - head.idx <= PERSON_LOOKBACK_CHARS) if headline else ()
    for token in (*earlier, *later):
        published = _published_text(token)  # "published its outlook. The report said…"
        if (token.lemma_.lower() != lemma and not published) or token.pos_ != "NOUN":
            continue
        owner = _document_owner(token, ("from", "by"))  # not "a poll of voters": those it asked
        if owner is not None:
            return owner
        # "the ministry said in a statement", "the ministry issued a statement"
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "through") else token.head if token.dep_ == "dobj" else None
        agent = _announced_in_by(token, verb)
        if agent is not None:
            return agent
        if verb is None or verb.lemma_.lower() not in ISSUING_VERBS:
            continue
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.lemma_.lower() not in DOCUMENT_NOUNS and subject.lower_ not in FIRST_PERSON and _can_be_source(subject):
            return subject
    return None


def _published_text(token: Token) -> bool:
    """Whether ``token`` is the object of "publish" or "release" that a later "the report" can
    name: anything published ("published its outlook"); for "release", which also frees people
    and pays out money ("Rome had released only a fifth of the promised funds", "released 40
    prisoners"), only a document, a statement or results (round 42)."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in PUBLISHING_VERBS:
        return False
    return token.head.lemma_.lower() == "publish" or token.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS | RELEASED_TEXT_NOUNS


def _filer_before(context: _Context, head: Token) -> Token | None:
    """The author of a court paper named with "the" and no author (``cues.case_brought_before``), when that
    subject can speak and is not inside quote marks (round 33)."""
    subject = case_brought_before(head)
    if subject is None or _in_quotes(context, subject) or subject.lower_ in FIRST_PERSON or not _can_be_source(subject):
        return None
    return subject


def _announced_in_by(document: Token, verb: Token | None) -> Token | None:
    """"The ban was announced by the trade directorate in a notification": whoever did, in the
    passive, what the document was the medium of is its author."""
    if verb is None or document.dep_ != "pobj":
        return None
    agent = next((o for c in children_of(verb) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"), None)
    return agent if agent is not None and _can_be_source(agent) else None


def _earlier_source(context: _Context, head: Token, words: list[Token]) -> Source | None:
    """"the official" after "A senior EU official said…": a definite description of an earlier,
    unnamed source with the same head noun, within the last few claims; "the group" (a noun of
    ``BODY_NOUNS``) also a later claim's source that is an organisation (an ORG entity, or a phrase
    headed by such a noun: "the Shabaab militia") and not a collective of people ("The RSF denied
    the accusation. In a statement, the group said…" → the RSF, not "a group of activists" before)."""
    if head.pos_ != "NOUN" or not any(t.lower_ in ("the", "this", "that") and t.dep_ == "det" for t in words):
        return None
    lemma = head.lemma_.lower()
    for draft in reversed(context.drafts[-EARLIER_SOURCE_WINDOW:]):
        source = draft.source
        if source is None or source is _WRITER or source.start is None or source.start >= head.idx:
            continue
        span = context.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is not None and _describes_another(head, span):
            continue
        if span is not None and span.root.i != head.i and (span.root.lemma_.lower() == lemma or _force_of_police(head, words, span.root)):
            titled = _titled_person_between(span.end, head, lemma)
            if titled is not None and source.entity is None:
                return _source(context, titled)
            return source
        if lemma in BODY_NOUNS and span is not None and span.root.lemma_.lower() not in COLLECTIVE_NOUNS:
            entity = context.entities.entity(source.entity) if source.entity is not None else None
            if (entity is not None and entity.type == "ORG") or span.root.lemma_.lower() in BODY_NOUNS:
                # "The RSF denied it. …, the group said": the organisation last heard, unless another
                # is the subject of a sentence since ("Human Rights Watch, another rights group, published…")
                between = context.doc[span.end : head.i]
                if not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "") for t in between):
                    return source
                return None
    return None


POLICE_NOUNS = frozenset({"police", "gendarmerie", "constabulary"})


def _force_of_police(head: Token, words: list[Token], earlier: Token) -> bool:
    """"According to the regional police, … The force said…": a bare "the force" takes up an earlier
    police source, as a police service is called a force (round 28); "the UN force" has a word of its own."""
    return (
        head.lemma_.lower() == "force" and head.tag_ == "NN" and earlier.lemma_.lower() in POLICE_NOUNS
        and [t.lower_ for t in words if t.i < head.i] == ["the"]
    )


def _titled_person_between(after: int, head: Token, lemma: str) -> Token | None:
    """"Zambian mines minister: …" (a headline), then "signed by Mines Minister Chanda Mwale", then
    "The minister said…": a person named with the title between an unnamed earlier mention and
    the description is who the description takes up (the nearest)."""
    for token in reversed(head.doc[after : head.i]):
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and token.dep_ != "compound":
            if any(t.lemma_.lower() == lemma and t.i < token.i and t.dep_ == "compound" for t in subtree_of(token)):
                return token
    return None


def _describes_another(head: Token, earlier: Span) -> bool:
    """Whether a definite description names, by a word of its own, another source than an earlier
    mention of the same noun: "The Qatari foreign ministry" after "the Iraqi defence ministry", "the
    UN refugee agency" after "aid agencies", "the lobby group Green Future" after "environmental
    groups". Its modifiers, compounds, possessor and apposition must all be words of the earlier
    mention ("the foreign ministry" after "Iran's foreign ministry" takes it up); a pronoun or a
    "country's" in front says nothing of which body it is."""
    written = {t.lower_ for t in earlier}
    for child in children_of(head):
        if child.dep_ not in ("amod", "compound", "nmod", "poss", "appos") or child.i == head.i:
            continue
        if child.dep_ == "poss" and (child.pos_ == "PRON" or child.lemma_.lower() in GROUP_STATE_NOUNS):
            continue
        if any(t.is_alpha and t.lower_ not in written for t in subtree_of(child) if t.dep_ != "case"):
            return True
    return False


def _earlier_body(context: _Context, pronoun: Token) -> Source | None:
    """What "it" reporting stands for ("The central bank said… It also said…", "The report found…
    It also found…", "The ministry issued a statement on Monday. It said…"): the source of the
    last claim with one, unless that is a person, else the subject of the sentence before when that
    can speak or document. A named organisation or state just before, as the subject of the
    sentence before, comes first: "Human Rights Watch was less diplomatic. It called…"."""
    reported_through = according_to_source_before(pronoun)
    if reported_through is not None:  # "…, according to the state utility X. It said…": X (round 18)
        found = _source(context, reported_through)
        entity = context.entities.entity(found.entity) if found.entity is not None else None
        # a body by its entity's type, or by the noun that introduced it ("the regulator, HAICA," with the name typed a person)
        if entity is not None and (entity.type in ("ORG", "GPE") or reported_through.lemma_.lower() in DESCRIBED_BODY_NOUNS):
            return found
    owner = account_owner_before(pronoun)
    if owner is not None:  # "The ministry's account of the call was shorter. It said…" (round 21)
        return _source(context, owner)
    previous = _sentence_before(pronoun.sent)
    subject = _subject(previous.root) if previous is not None else None
    ref = context.entities.ref_at_token(subject) if subject is not None and subject.pos_ == "PROPN" and subject.tag_ == "NNP" else None
    if ref is not None and ref.type in ("ORG", "GPE") and not _in_quotes(context, subject):
        return _source(context, subject)
    for draft in reversed(context.drafts[-EARLIER_SOURCE_WINDOW:]):
        source = draft.source
        if source is None or source is _WRITER or source.start is None or source.start >= pronoun.idx:
            continue
        entity = context.entities.entity(source.entity) if source.entity is not None else None
        mention = context.text[source.start : source.end].lower()
        return None if (entity is not None and entity.type == "PERSON") or mention in PERSONAL_PRONOUNS else source
    if subject is None or subject.lower_ in PERSONAL_PRONOUNS | FIRST_PERSON or subject.ent_type_ == "PERSON" or not _can_be_source(subject):
        return None
    return _source(context, subject)


def _name_beside_title(context: _Context, head: Token) -> Source | None:
    """The person a title is set beside where the parser hangs the name elsewhere or the tagger
    misses it (round 10): "The head of a farmers' association, Pedro Sousa, said…" (the name read as
    an apposition of "association": no association is a person) and "The mission's chief negotiator,
    Ana Ruiz, said…" (a capitalised two-word apposition the tagger left untyped)."""
    if head.pos_ != "NOUN" or head.tag_.endswith("S"):
        return None
    holders = [o for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"]
    for holder in holders:  # "the head of X, Name,": the name closes the title's phrase
        for child in children_of(holder):
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i + 1 < len(context.doc) and context.doc[child.i + 1].is_punct:
                words = [t for t in subtree_of(child) if t.ent_type_ == "PERSON"]
                ref = context.entities.resolve(words[0].idx, words[-1].idx + len(words[-1].text), speaker=True)
                if ref is not None:
                    return Source(ref.entity, ref.name, None, None)
    lemma = head.lemma_.lower()
    if lemma not in PERSON_TITLE_NOUNS and not lemma.endswith(PEOPLE_SUFFIXES):
        return None
    for child in children_of(head):  # "its chief negotiator, Ana Ruiz,": an untyped name as written
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.ent_type_:
            continue
        words = list(subtree_of(child))
        if 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in words):
            return Source(None, " ".join(t.text for t in words), None, None)
    return None


def _previous_speaker(context: _Context, pronoun: str = "") -> Source | None:
    """The source of the last quoted or attributed claim ("…,” he added."), unless it is an entity
    that is not a person (a country, an organisation) or an unresolved group, body or document,
    which stops the search; a speaker whose first name says the other gender ("she" after Bernie
    Sanders) is passed over."""
    for draft in reversed(context.drafts[-EARLIER_SOURCE_WINDOW:]):
        source = draft.source
        if source is None or source is _WRITER or not gender_fits(pronoun, source.name):
            continue
        if source.entity is None:
            return None if _many_or_body(context, source) else source
        entity = context.entities.entity(source.entity)
        return source if entity is not None and entity.type == "PERSON" else None
    return None


def _many_or_body(context: _Context, source: Source) -> bool:
    """Whether an unresolved source is no one person: a plural ("Prosecutors allege… He denies
    the charges" is not the prosecutors), a pair, or a body or document ("the ministry")."""
    if source.start is None:
        return False
    span = context.doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in children_of(root))
        or (root.pos_ == "NOUN" and root.lemma_.lower() in NOT_ONE_PERSON_NOUNS)
    )


def _previous_person(context: _Context, pronoun: Token):
    """The last person named before a "he"/"she" the entity index left unresolved (of the
    pronoun's gender, as far as the first name tells)."""
    for ent in reversed(context.doc.ents):
        if ent.end_char > pronoun.idx:
            continue
        if pronoun.idx - ent.end_char > PERSON_LOOKBACK_CHARS:
            break
        if ent.label_ == "PERSON" and not _in_byline(context, ent.start_char):
            ref = context.entities.resolve(ent.start_char, ent.end_char)
            if ref is not None and ref.type == "PERSON" and gender_fits(PERSON_PRONOUNS.get(pronoun.lower_, ""), ref.name):
                return ref
    return None


def _in_byline(context: _Context, position: int) -> bool:
    """Whether ``position`` lies in a byline line ("By Hiroshi Tanaka and Emma Lowe", round 35): its
    writers are no one in the story, so neither "the finance minister" nor "she" of the first
    sentences stands for them. Reads only the line around ``position``."""
    text = context.text
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) <= BYLINE_LINE_CHARS and WRITERS_BYLINE.match(line) is not None


def _country_spoken_for(context: _Context, name: str) -> tuple[str | None, str] | None:
    """For a capital speaking for its government ("Moscow"), the country the article names
    ("Russia"): its entity id and name, or no id when the tagger did not take the name for an
    entity ("Nigeria has closed…" left untagged)."""
    entry = GAZETTEER.lookup(name)
    if entry is None or entry.kind != "capital":
        return None
    candidates = [e for e in context.countries().get(entry.code, ()) if (GAZETTEER.lookup(e.name) or entry).kind == "name"]
    chosen = _one_country(candidates)
    if chosen is not None:
        return chosen.id, chosen.name
    names = {m.text for m in context.country_names() if m.code == entry.code} if not candidates else set()
    return (None, names.pop()) if len(names) == 1 else None


def _one_country(candidates: list):
    """The entity a capital stands for among the article's names of its country: the fullest, as
    the index may keep one country under two names ("Congo", "the Democratic Republic of Congo")."""
    return max(candidates, key=lambda e: len(e.name)) if candidates else None


# --------------------------------------------------------------------------- speaker continuity


def _inherit_speakers(context: _Context) -> None:
    """Quoted claims with no speaker take the speaker of the same quotation or paragraph, or of the
    quotation the previous paragraph ended with (a quotation running over paragraphs)."""
    drafts = context.drafts
    for index, draft in enumerate(drafts):
        if not draft.inherits or draft.source is not None:
            continue
        same_region = [d for d in drafts if d is not draft and d.source is not None and d.quote_region is not None and d.quote_region == draft.quote_region]
        same_paragraph = [d for d in drafts if d is not draft and d.source is not None and d.status == "quoted" and d.paragraph == draft.paragraph]
        previous = [d for d in drafts[:index] if d.paragraph < draft.paragraph]
        donor = None
        if same_region:
            donor = min(same_region, key=lambda d: abs(d.start - draft.start))
        elif same_paragraph:
            donor = min(same_paragraph, key=lambda d: abs(d.start - draft.start))
        elif previous and previous[-1].status == "quoted" and previous[-1].source is not None and _opens_with_quote(context.text, draft.start):
            donor = previous[-1]
        elif _opens_with_quote(context.text, draft.start):
            # a paragraph-long quotation nobody introduces continues the last speaker before it
            # ("Cecile Richards: ‘…’" as the headline, then "“[Trump's] comments were…”")
            donor = next((d for d in reversed(previous[-EARLIER_SOURCE_WINDOW:]) if d.source is not None and d.status != "unattributed"), None)
        if donor is not None:
            draft.source = donor.source
            draft.quote = draft.quote or donor.quote


def _headline_description(context: _Context, source: Source) -> Token | None:
    """The head of a headline's source when the headline describes it without a name ("Dutch minister:
    …", "Aid group accuses…", "Zambian mines minister: …"): the source mention lies in the article's
    first paragraph, a headline (at most ``MAX_HEADLINE_WORDS`` words, no closing full stop), and no
    word of it names a person, organisation or place (a demonym may qualify it: "Athens lodges
    protest" names its source)."""
    if source.start is None or source.end is None:
        return None
    end = headline_end(context.text)
    if not source.start < source.end <= end:
        return None
    span = context.doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for token in span:
        if token.ent_type_ in ("PERSON", "ORG", "FAC", "LOC", "GPE") or (token.pos_ == "PROPN" and token.ent_type_ != "NORP"):
            return None
    head = span[-1]
    return head if head.pos_ == "NOUN" else None


def _named_in_entity(context: _Context, source: Source, head: Token) -> bool:
    """Whether a headline's source word is a name the entity index already resolved: "Starmer: NHS
    waiting lists will fall…" (the tagger reads a surname opening a headline as a common noun) is Keir
    Starmer, whose name holds the word, not a description to be given the body's first organisation
    (round 40)."""
    entity = context.entities.entity(source.entity) if source.entity is not None else None
    return entity is not None and head.text in entity.name.split()


def _name_headline_descriptions(context: _Context) -> None:
    """A headline names its source by description ("Dutch minister: Russian hackers crippled port
    systems", "Aid group accuses police of…"); the article's body names it: the source is the first
    speaker of the body's first paragraphs who fits the description — a person the text gives that
    title ("Foreign Minister Joost van Dalen told parliament…") for a title, else the first named
    organisation ("The Danish Refugee Council on Sunday accused…") for a body or group (round 14)."""
    drafts = context.drafts
    for index, draft in enumerate(drafts):
        if draft.source is None or draft.status == "unattributed":
            continue
        head = _headline_description(context, draft.source)
        if head is None or _named_in_entity(context, draft.source, head):
            continue
        lemma = head.lemma_.lower()
        if lemma in UNNAMED_SOURCE_NOUNS:
            continue  # "…, sources say": unnamed by nature, not the first company the body names (round 37)
        if lemma in DOCUMENT_NOUNS and draft.source.name != context.text[draft.source.start : draft.source.end]:
            continue  # "…, report says" whose author the lead names ("a report by the regional government"), kept (round 42)
        wants_person = _describes_one_person_by_role(lemma) or lemma in GROUP_PERSON_NOUNS
        body = [d for d in drafts[index + 1 :] if d.paragraph > draft.paragraph]
        opening = sorted({d.paragraph for d in body})[:HEADLINE_BODY_PARAGRAPHS]
        body = [d for d in body if opening and d.paragraph <= opening[-1]]
        for later in body:
            entity = context.entities.entity(later.source.entity) if later.source is not None and later.source.entity is not None else None
            if entity is None or later.status == "unattributed":
                continue
            if wants_person:
                fits = entity.type == "PERSON" and any(lemma in context.text[max(0, m.start - TITLE_BEFORE_NAME_CHARS) : m.end].lower() for m in entity.mentions)
            else:
                fits = entity.type == "ORG"
            if fits:
                draft.source = Source(entity.id, entity.name, draft.source.start, draft.source.end)
                break


def _link_quotes(context: _Context, quotes: Sequence[Quote]) -> None:
    """Give a quoted or attributed claim that came from the sentence's own analysis the id of the
    quote covering most of it, when one covers at least half of it."""
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    for draft in context.drafts:
        if draft.quote is not None or draft.status == "unattributed":
            continue
        best, best_overlap = None, 0
        for quote in ordered[: bisect.bisect_left(starts, draft.end)]:
            overlap = min(quote.end, draft.end) - max(quote.start, draft.start)
            if overlap > best_overlap:
                best, best_overlap = quote, overlap
        if best is not None and best_overlap * 2 >= draft.end - draft.start:
            draft.quote = best.id


def _opens_with_quote(text: str, position: int) -> bool:
    return text[_paragraph_start(text, position) :].lstrip()[:1] in ("“", '"', "‘", "«", "„", "'")


# --------------------------------------------------------------------------- kind


def claim_kind(span: Span, table: TokenTable | None = None) -> str:
    """``opinion``, ``prediction`` or ``fact`` for one claim (see the module docstring);
    ``table``: the document's token table, when the caller has one."""
    if not len(span):
        return "fact"
    table = table if table is not None and table.doc is span.doc else TokenTable(span.doc)
    lo, hi = span.start, span.end
    heads, is_punct = table.head, table.is_punct
    doc = span.doc
    predicates = [doc[i] for i in range(lo, hi) if (heads[i] < lo or heads[i] >= hi or heads[i] == i) and not is_punct[i]]
    predicates += [c for p in list(predicates) for c in children_of(p) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and lo <= c.i < hi]
    predicates += [c for p in list(predicates) for c in children_of(p) if c.dep_ == "ccomp" and lo <= c.i < hi and p.lemma_ in REPORTING_VERBS]
    prediction = False
    for predicate in predicates:
        marker = _predicate_marker(predicate)
        if marker == "opinion":
            return "opinion"
        prediction = prediction or marker == "prediction"
    if prediction:
        return "prediction"
    lower, pos = table.lower, table.pos
    for i in range(lo, hi):
        if lower[i] in EVALUATIVE and pos[i] in ("ADJ", "ADV", "NOUN"):
            return "opinion"
        if lower[i] == "so" and i + 2 < hi and lower[i + 1] == "-" and lower[i + 2] == "called":
            return "opinion"
    return "fact"


def _predicate_marker(predicate: Token) -> str | None:
    for child in children_of(predicate):
        if child.dep_ in ("aux", "auxpass") or child.tag_ == "MD":
            word = child.lower_
            if word in DEONTIC_MODALS:
                return "opinion"
            if word in FUTURE_MODALS or (word == "going" and any(c.dep_ == "xcomp" for c in children_of(child))):
                return "prediction"
    lemma = predicate.lemma_.lower()
    if lemma in DEONTIC_VERBS or lemma == "ought":
        return "opinion"
    if lemma in BELIEF_VERBS or lemma == "need":
        subject = _subject(predicate)  # who holds the view matters for these only ("I believe", "we need to")
        if lemma in BELIEF_VERBS and subject is not None and subject.lower_ in FIRST_PERSON:
            return "opinion"
        if lemma == "need" and subject is not None and any(c.dep_ == "xcomp" for c in children_of(predicate)) and subject.lower_ in FIRST_PERSON | {"you"}:
            return "opinion"
    if lemma in FORECAST_VERBS:
        return "prediction"
    # "is expected to", "plans to", "is likely to", "is set to", "is going to"
    if lemma in FUTURE_CONTROLLERS and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in children_of(c)) for c in children_of(predicate)):
        return "prediction"
    for child in children_of(predicate):
        if child.dep_ == "acomp" and child.lower_ in FUTURE_CONTROLLERS and any(c.dep_ == "xcomp" for c in children_of(child)):
            return "prediction"
    if predicate.tag_ == "MD" and predicate.lower_ in FUTURE_MODALS:
        return "prediction"
    return None
