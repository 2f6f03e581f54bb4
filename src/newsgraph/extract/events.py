"""Events in the PLOVER ontology, with actors, targets and their countries.

A dictionary-and-dependency coder in the PETRARCH tradition, on spaCy's parse instead of a
treebank: triggers come from the lexicon in ``event_lexicon`` (verbs, phrasal verbs, verb + object
pairs, nominal triggers), and the roles from the dependency tree around the trigger:

- actor: the subject; the ``by`` agent of a passive ("Kyiv was shelled by Russian forces"); the
  controller of a to-infinitive ("Iran threatened to launch..."); a possessive, demonym or ``by``
  phrase on a nominal trigger ("the Russian attack on Kyiv");
- target: the direct object; the subject of a passive; a preposition the type expects ("talks
  with", "sanctions on", "protest against"); for an event noun ("condemned the attack by X") the
  agent of that event;
- country: ``countries.phrase_country`` on each role, falling back on what other mentions of the
  same entity say ("Putin" after "Russian President Vladimir Putin").

The coding rules (docs/events.md has the full list and why):

- intent and speech-act verbs govern their complement: "threatened to impose sanctions" is one
  THREATEN event, "urged Israel to halt attacks" one REQUEST; "promised to send aid" is AGREE and
  "vowed to retaliate" THREATEN (an intent verb takes PLOVER's verbal type of its complement);
- cooperation announced for the future is an expression of intent, coded AGREE ("will provide
  aid"); a conflictual action its actor announces is a threat, coded THREATEN ("will impose
  sanctions", "will withdraw its force unless...");
- a reporting verb whose that-clause says what someone else must do is a demand, coded REQUEST
  ("declared that China must drop barriers");
- negated events are not coded ("did not threaten"), except where the lexicon names a type for
  the negation ("did not accept the plan" is REJECT);
- reported, modal, conditional and future events are kept with a lower confidence; an event inside
  a quote or a reporting clause ("..., officials said") has ``reported_by``;
- coordinated actors or targets give one event each ("Moscow and Minsk must withdraw" → RUS and
  BLR); two coordinated actors of a symmetric event (agree, meet, sign, clash), or the two sides
  of "talks between X and Y", are each other's target;
- an event with no target of its own is aimed where its purpose is ("went on strike to demand
  subsidies from the government", "opened fire to disperse the demonstrators");
- unnamed attackers, protesters and victims take the country of the place of the event, as CAMEO
  codes generic agents ("gunmen abducted two aid workers in northern Mali" → MLI);
- a story's wire dateline ("KAMPALA, Oct 12 (...) —") gives national offices with no country of
  their own ("Interior Minister X", "the police chief") its country, and is the place of an event
  the text does not place; in a roundup, each section's heading ("NIGERIA", "MALI") does so for its section;
- an unresolved pronoun, "the court" after its full name, or a national office in what someone
  reports takes its country from the person, body or reporter it stands for; a statement acts for
  its issuer; a reaction to "the decision" targets whoever took it (docs/events.md, rules 19-22);
- "both sides" / "both countries" / "its two allies" are the last pair of coordinated states named (else the two
  states of the last event between two states; "both sides" that are no pair of states are one
  state's: docs/events.md rule 28); "each other" makes
  coordinated actors each other's targets;
- what is only said is a claim, not an event: a warning that names no one threatened, an opinion
  ("I think they should resign"), "willing to" with no event after it.

``extract_events`` costs about 10 ms per 1,000 words (BENCHMARKS.md): one screen of every token's
lemma and form against the trigger words (as arrays) to find trigger candidates, then bounded walks
of the tree around each trigger; entity and country lookups are indexed once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, takewhile

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..nlp import among, children_of, doc_text, lefts_of, rights_of, sentence_bounds, subtree_of, token_objects
from ..types import Entity, Event, Party, Quantity, Quote, Source, Span, TimeExpr
from .coref import fold
from .countries import (GAZETTEER, NON_STATE_CODES, ORGANISATION_KINDS, WATER_NAME_NOUNS, CountryIndex, CountryMention, Dateline, country_code, country_name,
                        dateline, named_water, phrase_country, public_person_country, seated_town, section_places, token_country)
from .cues import DOCUMENT_NOUNS, NOT_ASSERTIONS, agents_hung_on_objects, is_furniture_line, is_outlet_name
from .entities import ORG_WORDS, EntityIndex
from .event_lexicon import (
    CONDITIONAL_MARKERS,
    COOPERATIVE,
    COUNT_HEADS,
    CURRENCY_NOUNS,
    DEONTIC_AUXILIARIES,
    FUTURE_AUXILIARIES,
    HYPOTHETICAL_AUXILIARIES,
    LEXICON,
    LIGHT_VERBS,
    MATERIAL_CONFLICT,
    MATERIAL_COOPERATION,
    INTENT_GOVERNORS,
    MODAL_GOVERNORS,
    OPINION_VERBS,
    REPORTING_VERBS,
    Trigger,
)
from .quantities import find_quantities
from .times import MONTHS, WEEKDAYS

# Prepositions that introduce the target, by type (tried after a lexicon entry's own).
TARGET_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "AGREE": ("with", "to", "between"),
    "CONSULT": ("with", "between", "to", "of"),  # "of": who a meeting gathers
    "SUPPORT": ("to", "for", "with", "behind"),  # "behind": "rallied behind Romney", "threw his support behind Trump"
    "CONCEDE": ("to", "on", "for"),
    "COOPERATE": ("with", "to"),
    "AID": ("to", "for"),
    "RETREAT": ("from", "on", "out"),
    "REQUEST": ("on", "upon", "to", "from"),
    "ACCUSE": ("against", "at", "with", "to", "into", "on"),
    "REJECT": (),
    "THREATEN": ("against", "with", "to"),
    "PROTEST": ("against", "outside"),
    "SANCTION": ("on", "against", "from", "to", "with", "for", "between"),
    "MOBILIZE": ("against", "near", "along", "on", "to", "into", "with"),  # "with": the partner of an exercise
    "COERCE": ("against", "on"),
    "ASSAULT": ("on", "against", "at", "with"),
}
ADVERBIAL_PREPOSITIONS = frozenset({"after", "before", "during", "for", "within", "since", "until", "over", "in", "at", "by", "following", "despite"})
# Prepositions of circumstance: what their object names is beside the event, never its complement.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"after", "before", "during", "since", "until", "following", "despite", "amid", "amidst", "in", "because", "throughout"})
# Nouns of settlements and districts whose "of" phrase is their name: "the town of Qamishli" (_location_token)
SETTLEMENT_WORDS = frozenset({"town", "village", "city", "district", "province", "region", "county", "municipality", "port"})
LOCATION_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "through", "into"})
# Symmetric predicates: "Kenya and Tanzania signed an accord" makes each the other's partner, while
# "Mordor and Rohan welcomed the talks" does not.
# PLOVER's mutual types: coordinated actors with no target act with each other ("Thai and Malaysian
# forces launched joint patrols"), whatever the verb
MUTUAL_TYPES = frozenset({"COOPERATE", "CONSULT"})
# Verbs whose passive names the expelling state in a "from" phrase: "was expelled from Norway".
EXPULSION_VERBS = frozenset({"expel", "deport"})
EXPULSION_NOUNS = frozenset({"expulsion", "deportation"})
# Reporting verbs that expel when they send an envoy out ("two diplomats would be told to leave"): coded SANCTION
# only then (_verb_candidate, _ordered_out), and from there treated as the expulsion verbs are.
TOLD_OUT_VERBS = frozenset({"tell"})
PERMITTING_VERBS = frozenset({"allow", "let", "permit"})  # whose passive subject is let in, not acting (_roles_subject)
# Verbs whose subject issues the document they take ("ended the summit with a communique"), unlike
# those that only respond to it ("urged Beijing to respect a ruling").
ISSUING_VERBS = frozenset({
    "issue", "release", "publish", "adopt", "sign", "end", "conclude", "close", "circulate", "send",
    "deliver", "hand", "approve", "pass", "draft", "write", "make", "put", "produce", "present", "submit",
    "table", "unveil", "announce", "post", "distribute", "agree",
})
RECIPROCAL_VERBS = frozenset({
    "agree", "meet", "talk", "negotiate", "sign", "clash", "fight", "battle", "skirmish", "cooperate", "renew",
    "collaborate", "restore", "normalize", "normalise", "establish", "resume", "hold",
    "reach", "exchange", "share", "conclude", "consult", "confer", "discuss", "mend", "upgrade",
    "ratify", "partner", "ally", "trade", "swap", "initial", "strike", "seal", "settle", "resolve",
    "clinch", "hammer", "sever", "cut", "break", "suspend", "downgrade",
})
# Harm no one inflicted: "were injured in a traffic accident"
MISHAP_NOUNS = frozenset({"accident", "crash", "collision", "stampede", "landslide", "flood", "earthquake", "quake", "storm", "fire", "blaze", "avalanche", "mishap"})
# Violence with a partner ("clashed with", "exchanged fire with"): both sides fight.
TWO_SIDED_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "trade"})
# a war named as a noun on none of the story's days is the war the story is set in (_background)
WAR_NOUNS = frozenset({"invasion", "war"})
# a fight as a noun: its "with" names the other side, never a partner in the attack (_fighting_partners)
TWO_SIDED_NOUNS = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight", "exchange", "war"})
# Verbs of urging, whose active form needs the one urged as its object: a headline's "X urged to act" is a passive
# (_headline_participle)
URGING_VERBS = frozenset({"urge", "ask", "press", "tell", "order", "encourage", "advise", "pressure", "exhort"})
# Verbs whose object is the one asked or made to act: "urged Israel to halt", "prompting Seoul to suspend a
# military agreement" (the one prompted acts, not who prompted it).
OBJECT_CONTROL_VERBS = frozenset({
    "urge", "ask", "order", "call", "force", "persuade", "invite", "allow", "encourage", "press",
    "tell", "request", "implore", "beseech", "exhort", "push", "pressure", "pressurize", "warn", "compel",
    "prompt", "spur", "lead", "cause", "provoke",
})
# Nouns for what an actor did: "condemned the decision by X" has X as its target.
EVENT_LIKE_NOUNS = frozenset({
    "decision", "move", "policy", "action", "plan", "remark", "statement", "comment", "behavior",
    "behaviour", "conduct", "role", "treatment", "handling", "refusal", "violation", "aggression",
    "crime", "use", "presence", "interference", "involvement", "meddling", "support", "attempt",
})
# A border is shared: "the border with Ukraine" names the other side.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "crossing", "borders"})


def _uses_all_means(verb: Token) -> bool:
    """Whether a verb uses every means there is: "use “all means available”", "use all necessary means", "use every
    means" (not "use diplomatic means", which names its kind): force, left unnamed."""
    return verb.lemma_.lower() == "use" and any(
        c.dep_ == "dobj" and c.lower_ == "means" and any((m.dep_ == "det" and m.lower_ in ("all", "every", "any"))
                                                          or (m.dep_ == "amod" and m.lower_ in ("necessary", "available", "possible"))
                                                          for m in children_of(c))
        for c in children_of(verb))


def _subjectless_conjuncts(verb: Token) -> list[Token]:
    """``verb`` and the verbs joined to it, and to those, that have no subject of their own."""
    verbs = [verb]
    for current in verbs:  # grows as conjoined verbs with no subject of their own are found
        verbs.extend(c for c in children_of(current) if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ in SUBJECTS for s in children_of(c)))
    return verbs


# Posts on a border, named as such: "closed all border checkpoints with Cambodia" (_border_noun)
BORDER_POST_NOUNS = frozenset({"checkpoint", "post", "point", "gate", "bridge"})


def _border_noun(token: Token) -> bool:
    """Whether a noun is a border or a post on one ("the border", "a crossing", "all border checkpoints"), whose "with"
    phrase names the state across it (rule 72)."""
    lemma = token.lemma_.lower()
    return lemma in BORDER_NOUNS or (lemma in BORDER_POST_NOUNS and any(c.dep_ == "compound" and c.lower_ == "border" for c in children_of(token)))


# Where a missile test comes down: "fired a ballistic missile into the sea" hits no one (_fired_into_sea)
SEA_NOUNS = frozenset({"sea", "ocean", "water", "waters"})
# Verbs of firing a missile or rocket
LAUNCH_VERBS = frozenset({"fire", "launch"})
TEST_VERBS = LAUNCH_VERBS | {"test"}
# Verbs of signing a pact (a pact of three or more states is coded once: rule 42)
SIGNING_VERBS = frozenset({"sign", "conclude", "ink"})
# Passage let through: "let a convoy of trucks cross the border" (_verb_candidate)
PASSAGE_VERBS = frozenset({"cross", "pass", "enter", "through"})
PASSED_CARGO = frozenset({"convoy", "truck", "lorry", "aid", "shipment", "delivery", "vehicle"})
# Money sent abroad, which a charge on it hits where it goes: "a levy of 4 percent on money sent to Haiti" (_remitted_to)
REMITTED_NOUNS = frozenset({"money", "remittance", "transfer", "payment", "cash", "fund", "wage", "saving"})
REMITTING_VERBS = frozenset({"send", "transfer", "remit", "wire"})
# Whom a navigational warning addresses: "a warning to shipping" announces a drill, it threatens no one
SHIPPING_NOUNS = frozenset({"shipping", "mariner", "sailor", "seafarer", "ship", "vessel", "airman", "aviator", "pilot", "aircraft", "aviation"})
# Verbs of speaking: refusing or promising to speak is a statement, not an event.
# ("refused to respond to a demand", "refused to talk to X" are rejections, so those verbs are not here.)
SPEECH_VERBS = REPORTING_VERBS | frozenset({"comment", "elaborate", "disclose", "specify", "name", "identify"})
# What declining to speak withholds (_speaking): "declined to give details", "refused to disclose the names", "declined to
# respond to a question"
TELLING_VERBS = frozenset({"give", "offer", "provide", "reveal", "release", "confirm", "disclose", "discuss"})
INFORMATION_NOUNS = frozenset({"detail", "details", "figure", "name", "information", "specific", "specifics", "estimate", "timeline",
                               "number", "reason", "identity", "comment", "view", "opinion", "explanation", "whereabouts", "data", "datum",
                               "statistic", "breakdown", "evidence"})
ANSWERING_VERBS = frozenset({"respond", "answer", "reply"})
QUESTION_NOUNS = frozenset({"question", "query", "inquiry"})
# a state's own people it advises, not threatens (_advisory): "warned U.S. citizens in China"
ADVISED_NOUNS = frozenset({"citizen", "national", "resident", "traveller", "traveler", "tourist", "expatriate", "public"})
# whom a campaign or a seller targets (_not_the_act_object): "plans to target Indiana voters via mail"
CAMPAIGN_AUDIENCES = frozenset({"voter", "consumer", "customer", "audience", "reader", "viewer", "buyer", "user", "shopper", "donor", "investor"})
# what is charged when no one is (_not_the_act_object): "charge the price set by the government", "charged a fee"
CHARGED_SUMS = CURRENCY_NOUNS | frozenset({"price", "fee", "rate", "tariff", "interest", "premium", "rent", "fare", "toll", "commission", "amount", "sum", "cent"})
# Verbs of travel: "arrived in Beijing for talks" makes the travellers the actors of the talks.
# Travel that brings parties together at a venue, which hosts no one: "gathered in Istanbul for talks"
GATHERING_VERBS = frozenset({"gather", "convene", "sit"})
# Cooperation told in an agentless perfect or modal passive names no one who cooperates ("had been invited to observe"): not coded.
# Releases, withdrawals and concessions ("the hostages were freed") still are.
AGENT_NEEDING_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
VENUE_SPEECH_VERBS = frozenset({"speak", "address", "talk", "remark"})  # "speaking at a meeting": a venue, no meeting coded
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})  # a visit with no destination goes where the story is filed
ENVOY_SENDING_VERBS = frozenset({"send", "dispatch"})
COMPLAINT_NOUNS = frozenset({"complaint", "grievance", "protest"})  # what is filed with a body that judges it
# What a message goes through, whose place is no side: "through diplomatic channels in Beijing", "through its embassy in"
CHANNEL_NOUNS = frozenset({"channel", "embassy", "intermediary"})
# Nouns of working together that name the manner of a clause's act: "in cooperation with France", "in coordination with"
JOINT_MANNER_NOUNS = frozenset({"cooperation", "coordination", "partnership", "collaboration", "conjunction"})
# Participles that count a violent act's victims: "…, injuring four crew members", "…, killing two"
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "go", "come", "return", "head", "gather", "convene", "sit", "journey", "jet", "leave", "depart", "dock"})
PRONOUN_ACTORS = frozenset({"he", "she", "they", "it", "we", "i"})
OBJECT_PRONOUNS = frozenset({"him", "her"})  # parties when the resolver links them: "accused him of spying"
PERSON_PAIR_NOUNS = frozenset({"man", "woman"})  # pair nouns only as a subject (_two_sides)
PAIR_PRONOUN = "them"  # an object that can stand for the pair of states just named (_two_sides)
# Nouns that "both"/"the two" make stand for the last pair of states named: "urged both countries"
PAIR_NOUNS = frozenset({"side", "country", "state", "party", "government", "member", "neighbour", "neighbor", "nation", "capital", "leader", "man", "woman", "delegation", "army", "military", "force", "navy", "president", "minister", "ministry", "ally", "rival",
                        "regulator"})
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})  # one signed agreement, named by any of these
DIPLOMATIC_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "consul", "commissioner", "embassy", "chargé", "charge"})
GOVERNMENT_PAIR_NOUNS = frozenset({"government", "country", "state", "nation", "capital"})  # pair nouns that are states
# What a pair of states ("both governments", "the two neighbours") that names no target does to each other: "have expelled
# diplomats", "deployed troops along the border" (not words: "both sides condemned the attack" is aimed at its author)
PAIRED_SIDES_TYPES = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# What states named together as one subject do side by side rather than to each other: "Burkina Faso and Niger backed the
# decision" (_acted_together)
JOINT_STAND_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "PROTEST", "REJECT"})
SIDE_NOUNS = frozenset({"side", "party", "leader", "delegation"})  # of these, one of "both" may be an organisation
# What a state sends to its own territory is posture (MOBILIZE), not aid: "sent armoured vehicles to its northern state"
# (_sent_home); besides a border, the places of its own that "its"/"their" names
HOME_DESTINATION_NOUNS = BORDER_NOUNS | frozenset({"region", "province", "state", "flank", "coast", "territory", "side", "district", "island"})
# Nouns of belonging whose "of" phrase names a body or treaty, not an act: "a member of the pact", "signatories of the accord".
MEMBERSHIP_NOUNS = frozenset({"member", "signatory", "party", "founder", "founding", "membership"})
# Nouns whose "on"/"for" phrase is what they propose or discuss, not an act that took place ("a resolution on a ceasefire").
TOPIC_HEAD_NOUNS = frozenset({"resolution", "draft", "vote", "motion", "bill", "proposal", "plan", "talk", "negotiation", "debate", "referendum"})
# Plural nouns of states whose "including" phrase names the states that act: "several member states, including Germany".
INCLUDING_GROUP_NOUNS = GOVERNMENT_PAIR_NOUNS | {"member", "ally", "neighbour", "neighbor"}
# Nouns of holding whose "of" phrase is what is held: "took control of the port", "seized possession of the tanker".
HELD_NOUNS = frozenset({"control", "possession", "ownership", "command"})
# What only a state has, so "its"/"their" before them stands for a party: "its territory", "their airspace".
LAND_NOUNS = frozenset({"territory", "soil", "airspace", "waters", "sovereignty", "land"})
# Passives that raise their subject from the infinitive: "is expected / set / scheduled to meet".
RAISING_VERBS = frozenset({"expect", "schedule", "set", "poise", "slate", "tip", "due", "believe", "report", "say", "think"})
# Verbs that blame their object for an act: a participle after the act is the accused's doing.
BLAME_VERBS = frozenset({"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce"})
# Appeals a speaker makes after reporting or denying a clause ("said the blockade broke the rules and urged Hungary
# to…"): like an accusation, the speaker's next act, which the parser hangs on the reported verb (_subject)
APPEAL_VERBS = frozenset({"urge", "appeal", "demand"})
# Verbs that also mean buying, and what is bought: "Cosco would order new ships" is no command.
PURCHASE_VERBS = frozenset({"order"})
GOODS = frozenset({
    "ship", "vessel", "plane", "aircraft", "jet", "helicopter", "train", "bus", "car", "truck", "vehicle", "tank",
    "drone", "missile", "system", "equipment", "part", "component", "goods", "product", "container", "unit",
    "vaccine", "dose", "chip", "engine", "satellite", "submarine", "frigate", "warship", "weapon", "ammunition",
})
MILITARY_MATERIEL = frozenset({
    "vehicle", "tank", "howitzer", "artillery", "helicopter", "aircraft", "jet", "drone", "missile", "weapon",
    "arm", "ammunition", "munition", "rifle", "system", "warship", "ship", "battery",
})
# Reactions to someone else's act, whose target can be that act's author (_reaction_targets).
REACTION_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "CONCEDE", "AGREE"})
# Acts between states that, naming no one, answer whoever last acted on the actor's state (_counterpart_targets)
COUNTERPART_TYPES = frozenset({"REJECT", "ACCUSE", "CONCEDE", "AGREE", "THREATEN"})
# A state's act of these types that names no one is aimed at the one other state it has just dealt with (_partner_targets)
PARTNER_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "SANCTION", "REQUEST", "CONCEDE", "REJECT", "MOBILIZE"})
PARTNER_WINDOW = 3  # sentences
# What one state does against another, so that a move of forces answers it (_partner_targets): not a request or an offer
HOSTILE_TYPES = MATERIAL_CONFLICT | frozenset({"ACCUSE", "THREATEN", "REJECT"})
PEOPLE_WINDOW = 4  # sentences back in which "the officials" takes up "23 Malawian officials" (_named_before)
# Verbs whose "whether" clause leaves its event open (_open_question): "did not say whether", "asked whether"
OPEN_QUESTION_VERBS = SPEECH_VERBS | frozenset({"know", "decide", "ask", "wonder", "confirm", "clarify", "indicate", "reveal"})
# "stopped buying / admitting / recognising…": ending cooperation (_verb_candidate)
HALT_VERBS = frozenset({"stop", "halt", "cease", "suspend"})
# Pacts whose ending, suspension or scrapping (a SANCTION) is no agreement of its own (_halted_act, rule 54)
ENDED_PACT_NOUNS = frozenset({"agreement", "accord", "pact", "treaty", "deal", "cooperation", "partnership", "alliance"})
# Acts of sending, whose "from" phrase is where what is sent comes from, not a target (_emit, rule 53)
SENDING_TYPES = frozenset({"AID", "MOBILIZE", "AGREE", "COOPERATE", "SUPPORT"})
# Aid that takes people out of a place, whose "from" phrase is the place helped: "evacuated the wounded from Gorazde"
RESCUE_VERBS = frozenset({"evacuate", "rescue"})
# What craft sent with it or carrying it deliver as aid ("two military aircraft with tents and rice": _carries_aid)
AID_CARGO = frozenset({"aid", "supply", "food", "medicine", "tent", "blanket", "rice", "flour", "wheat", "water", "relief",
                       "assistance", "vaccine", "shelter", "ration", "sorghum", "maize"})
# Verbs that keep people out of a place when they ban them "from entering" it (_bars_entry)
ENTRY_BAN_VERBS = frozenset({"ban", "prohibit", "forbid"})
ENTRY_VERBS = frozenset({"enter", "visit", "travel", "land"})
# Where a march goes, which makes it an act of its own ("supporters marching on the electoral commission": _marchers)
MARCH_GOALS = frozenset({"on", "to", "towards", "toward"})
# Verbs of craft reaching a place: with relief aboard, they deliver it ("planes carrying tents landed in Goma": _verb_candidate)
ARRIVAL_VERBS = frozenset({"land", "arrive"})
CARGO_CRAFT = frozenset({"aircraft", "plane", "jet", "helicopter", "ship", "vessel", "warship", "destroyer", "frigate", "corvette", "boat",
                         "carrier", "truck", "lorry", "convoy"})
# Forces that, ordered to a place, are deployed there ("ordered troops to the border": _verb_candidate)
ORDERED_FORCES = frozenset({"troop", "soldier", "force", "reinforcement", "tank", "warship", "unit", "battalion", "brigade", "marine", "paratrooper"})
# Verbs that give a threat as a reason or a danger to meet, not as one made: "citing the threat from Russia" (_candidates)
THREAT_ANSWERING_VERBS = frozenset({"cite", "counter", "deter"})
# Whole services that, ordered to move forward, are deployed ("ordered the army to move closer to the boundary": _ordered_forward)
ORDERED_SERVICES = frozenset({"army", "military", "navy"})
# Heads of parties that are a state's forces or weapons rather than an office (_armed_party): a move of forces
# answers their fire or incursion ("Pakistani artillery shelled…", "two Venezuelan fighter jets crossed…")
ARMED_PARTY_NOUNS = ORDERED_FORCES | ORDERED_SERVICES | MILITARY_MATERIEL | frozenset({"fighter", "gunboat", "coastguard", "guard"})
# Verbs of a force's movement toward a place ("ordered troops to move closer to the border": _ordered_forward)
FORWARD_MOVES = frozenset({"move", "advance", "head", "proceed", "redeploy", "deploy"})
# Sendings whose purpose may name whom they help ("sent border guards to help Lithuania": _helped_party)
HELPING_TYPES = frozenset({"AID", "MOBILIZE"})
HELPING_VERBS = frozenset({"help", "assist", "support", "aid", "reinforce", "bolster"})
# Cooperation whose "in"/"at" place is where it was agreed, not with whom, when the text names that state only there (_venue_heads)
VENUE_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
# Verbs that keep a text from being made: what a statement "condemning…" says was never said when it was blocked.
STOPPED_TEXT_VERBS = frozenset({"block", "veto", "reject", "oppose", "stall", "delay", "scupper", "torpedo", "derail", "kill", "shelve", "prevent", "thwart", "stymie", "obstruct"})
HALTED_COOPERATION = frozenset({"buy", "import", "admit", "accept", "recognise", "recognize", "issue", "sell", "supply", "export",
                                "send", "grant", "fund", "pay", "honour", "honor", "share", "license", "process", "allow",
                                "register", "renew", "accredit", "certify"})
# Nouns of a state of conflict: with no party, no event (_emit); "the attack on Kyiv" names its target and stays
STATE_OF_WAR_NOUNS = frozenset({"war", "fighting", "conflict", "violence", "hostilities", "insurgency"})
# Nouns of things said that a reaction takes up ("backed Yerevan's request"): no new event there (candidates)
SPEECH_ACT_NOUNS = frozenset({"request", "demand", "call", "appeal", "protest", "proposal", "offer", "plea", "complaint", "claim", "accusation"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "wo"})  # what a quoted threat says will happen (_quoted_threats)
CLOSING_VERBS = frozenset({"close", "shut"})  # "ordered Bulgaria to close its consulate" (_ordered_out)
BARRING_VERBS = frozenset({"bar", "ban"})  # with CLOSING_VERBS: "closed the ports of Sabah to Philippine navy vessels" (_target)
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})
# Works two states' crews begin together ("began building a hospital", "began laying track": _joint_work), and the verbs
# of beginning them
BEGINNING_VERBS = frozenset({"begin", "start"})
JOINT_WORK_VERBS = frozenset({"build", "lay", "construct", "clear", "dig", "repair", "rebuild", "demine", "dredge", "survey", "install", "drill"})
OFFICEHOLDER_ADJECTIVES = frozenset({"presidential", "prime", "ministerial", "royal", "vice-presidential"})  # _officeholders_office
PRISON_VERBS = frozenset({"serve", "convict", "jail", "imprison", "sentence", "detain", "hold"})  # _prisoners_by_nationality
PRESSED_THINGS = frozenset({"button", "key", "switch", "lever", "bell", "buzzer", "flesh"})  # pressed by hand, no one urged
# Works two states open together ("inaugurated the Batoka Gorge hydropower station": _joint_opening)
INAUGURATING_VERBS = frozenset({"inaugurate", "open", "commission", "unveil"})
OPENED_WORKS = frozenset({"station", "dam", "bridge", "plant", "pipeline", "railway", "railroad", "line", "link", "road", "highway",
                          "tunnel", "crossing", "port", "terminal", "interconnector", "cable", "canal", "corridor", "hospital", "airport"})
# Trade and passage a state can stop doing ("stopped pumping crude", "stopped letting lorries through": _stopped_supply)
SUPPLY_GERUNDS = frozenset({"pump", "sell", "buy", "supply", "export", "import", "deliver", "ship", "let", "issue", "grant", "admit",
                            "transmit", "pay"})
MISSION_CUT_VERBS = frozenset({"cut", "reduce", "halve", "shrink", "close", "downsize"})  # what a mission is told to do (_mission_cut)
# What a body's "agreed to" decides rather than promises (_decided): a ban, sanctions, an expulsion
DECIDED_TYPES = frozenset({"SANCTION"})
# Speech acts a speaker goes on to make after a report ("said X had … and urged Y to…"): _perfect_shift
# a diplomat summoned or an envoy recalled is the speaking government's own act too (rule 59)
SPEAKERS_NEXT_ACTS = frozenset({"urge", "call", "demand", "accuse", "warn", "ask", "appeal", "press", "insist", "vow", "threaten", "condemn", "reject",
                                "summon", "recall"})
# Said or done things an answer can name beside the lexicon's event nouns (_answered_noun)
ANSWERED_NOUNS = frozenset({"proposal", "remark", "comment", "assertion", "allegation", "idea", "suggestion", "ultimatum"})
CONFLICT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"}) | MATERIAL_CONFLICT
# What a state's opposition or citizens demand, charge or reject of their own government (_domestic_demands)
DOMESTIC_DEMAND_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# verbs whose negation with an event noun as subject says the event did not happen (_not_held): "talks have not been
# scheduled", "the summit did not take place", "the visit has not gone ahead"
HAPPENING_VERBS = frozenset({"schedule", "reschedule", "hold", "take", "happen", "occur", "begin", "start", "resume", "go", "materialise",
                             "materialize", "set", "arrange"})
# acts that carry a verdict told beside them in one sentence ("called the launch 'an outrage' and lodged a protest"):
# one reaction, coded once (_verdict_beside_act, rule 78); a threat beside a verdict is a second act (a blind set lost one)
VERDICT_PARTNER_TYPES = frozenset({"ACCUSE"})
SPECULATIVE_AUXILIARIES = frozenset({"would", "could", "might", "'d"})  # an analyst's guess (_guessed_by_expert)
# speakers whose "could"/"would" is a guess about others, not an announcement (_expert_speculation)
# verbs an expert forecasts with: a warning of what may happen, which no party of the story makes (rule 77)
FORECAST_VERBS = frozenset({"warn", "caution"})
# what a warning says its subject could face, from whoever warns: a threat, not a forecast (_penalty_faced)
PENALTY_VERBS = frozenset({"face", "risk"})
PENALTY_NOUNS = frozenset({"sanction", "consequence", "measure", "response", "retaliation", "reprisal", "action", "check",
                           "search", "inspection", "duty", "tariff", "arrest", "trial", "prosecution", "charge", "expulsion",
                           "deportation", "fine", "penalty", "punishment", "ban", "treatment", "countermeasure"})
EXPERT_NOUNS = frozenset({"analyst", "expert", "lecturer", "professor", "researcher", "economist", "commentator", "scholar", "academic"})
COMPARISON_REACH = 8  # words before "since" a "first" or a superlative may stand in (_compared_past)
POSSIBILITY_AUXILIARIES = frozenset({"can", "could"})  # "can seize": able to, not done or announced ("may expel" stays, less sure)
# Auxiliaries of a request not yet made: "would ask", "will demand", "can ask for"
UNMADE_AUXILIARIES = frozenset({"will", "would", "'ll", "wo", "can", "could", "may", "might", "shall"})
# Verbs of a promised answer in kind: "Moscow would respond", "reserved the right to retaliate" (_counterpart_targets)
RETALIATION_VERBS = frozenset({"respond", "retaliate", "reciprocate", "reserve"})
# Stages of an act that a verb acting on the stage acts on the act: "blocked the opening of talks" (_staged_act)
STAGE_NOUNS = frozenset({"opening", "start", "launch", "beginning"})
# Answers in kind that a threat promises by name: "promised a proportionate response", "vowed retaliation" (_retaliates)
RETALIATION_NOUNS = frozenset({"response", "retaliation", "reprisal", "countermeasure", "riposte"})
ANSWER_NOUNS = RETALIATION_NOUNS | {"answer", "reply", "reaction"}  # "would not leave it without an answer" (_left_unanswered)
MEASURE_NOUNS = frozenset({"measure", "step"})  # "would take necessary measures": announced, an answer (_retaliates)
# Words that make a union a trade union: "the Customs Officers' Trade Union", "the transport workers' union" (_labour_union)
LABOUR_UNION_WORDS = frozenset({"trade", "workers", "workers'", "labour", "labor", "officers", "officers'", "employees", "teachers",
                                "drivers", "nurses", "doctors", "miners", "dockers", "staff"})
# A currency after a state's name: "6 million New Zealand dollars", "Hong Kong dollars" (_named_countries)
CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|pounds?|francs?|rupees?|pesos?|shillings?|dinars?|rand|krone|kronor|kroner|yuan|yen|euros?)\b", re.IGNORECASE)
# Verbs that, in the present tense of a relative clause, describe someone's job: "an economist who advises the government"
ROLE_VERBS = frozenset({"advise", "counsel"})
# Arrests that a state's official may report in the passive for the state's police (_reported_arrests)
ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison"})
# verbs whose participle tells how people were held before a release ("two engineers held for seven months")
HOLDING_VERBS = ARREST_VERBS | {"hold", "kidnap", "abduct", "seize", "capture"}
# Verbs that threaten retaliation only "in kind": "Rwanda would answer in kind" (not "would answer questions")
IN_KIND_VERBS = frozenset({"answer", "reply"})
# A story names at most this many states past its dateline when its targetless acts answer its other side (rule 123)
SIDE_STORY_STATES = 3
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})  # harms done to someone (_harm_verb)
# A verdict naming one of these acts rebukes its author: "called the killings a massacre" (_violent_verdict)
VIOLENT_VERDICT_TYPES = HARM_TYPES
# What one answers with words, not in kind: "would respond to questions" (_answers_query)
QUERY_NOUNS = frozenset({"question", "request", "query", "letter", "invitation", "inquiry", "enquiry", "email", "call", "message", "need", "concern", "criticism", "comment"})
# Nouns that take up whatever was last done: "condemned the decision", "rejected the measures"
# Event nouns and the other verbs that do what they name, for the reactions that take them up (_same_stem)
NOUN_VERBS = {
    "ban": frozenset({"bar", "prohibit", "forbid", "outlaw"}),
    "walkout": frozenset({"withdraw", "walk", "leave", "quit", "pull"}),
    "cut": frozenset({"reduce", "halve", "slash", "lower"}),
    "veto": frozenset({"block"}),
    "expulsion": frozenset({"expel", "order"}),
    "detention": frozenset({"detain", "arrest", "hold"}),
    "arrest": frozenset({"detain"}),
    "seizure": frozenset({"seize", "impound", "confiscate"}),
    "closure": frozenset({"close", "shut", "cut"}),  # "called the closure…" after "cut the flow of the pipeline"
    "launch": frozenset({"fire"}),  # "condemned the launch" after "fired a ballistic missile" (rule 57)
    "test": frozenset({"fire", "launch"}),
}
ACT_NOUNS = frozenset({"decision", "move", "measure", "step", "action", "act", "resolution", "package", "law", "rule", "policy", "plan"})
VISIT_ACT_NOUNS = frozenset({"move", "step", "action", "act"})  # of these, the ones a visit or meeting may be called
# What a reaction calls the last violent or coercive act: "condemned the incident" (_reaction_targets)
INCIDENT_NOUNS = frozenset({"incident", "episode"})
# Acts of others a verdict is given on, beside the lexicon's event nouns: "called the order a usurpation of its
# sovereignty", "called the incident a provocation", "a plan Ethiopia has called a threat to its security"
CALLED_ACT_NOUNS = frozenset({"order", "ruling", "incident", "verdict", "sentence", "judgment", "judgement", "plan", "proposal", "episode",
                              "cancellation", "idea", "remark", "comment", "stance", "approach"})
# Verdicts that rebuke an act though the sentiment lexicon gives them no valence: "called the closure a provocation",
# "called the seizure piracy", "called the duties discriminatory" (the "call" branch of _verb_candidate)
REBUKING_VERDICTS = frozenset({
    "provocation", "provocative", "escalation", "blackmail", "interference", "meddling", "piracy", "theft", "breach",
    "unlawful", "discriminatory", "affront", "coercion", "extortion", "usurpation", "excessive",
    "unjustified", "unwarranted", "illegitimate", "arbitrary", "protectionist", "deplorable", "disproportionate", "servility",
})
# Those a statement is told to, not parties commanded: "told reporters to expect an announcement"
INTERVIEW_VERBS = frozenset({"ask", "press", "question"})  # "was pressed on why he had said…" (_interview_question)
INTERVIEWER_NOUNS = frozenset({"host", "moderator", "anchor", "interviewer", "reporter", "journalist", "correspondent", "presenter"})
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "correspondent", "audience", "listener", "viewer", "reader", "crowd", "press", "media"})
# Words of worry, which judge no one: "called the fighting “deeply worrying”" (_rebuking)
CONCERN_VERDICTS = frozenset({"worrying", "worrisome", "concerning", "alarming", "troubling"})
# the verbs of a that-clause that gives an act a verdict (_praising_report): "said the deal was historic", "represented"
PRAISING_COPULAS = frozenset({"be", "represent", "mark", "constitute"})
# What an act called good is called (_praising): "called the deal historic", "a ray of hope", "a very important step"
PRAISING_VERDICTS = frozenset({"historic", "milestone", "breakthrough", "landmark", "important", "significant", "positive",
                               "encouraging", "welcome", "hope", "success", "successful", "achievement", "progress", "constructive",
                               "momentous"})  # not "a victory for the law": a side's claim to have won, no endorsement
# Names of contempt for a party the sentiment lexicon gives no valence: "called Peru's new government “a usurper”", or
# too little to outweigh the words after them ("a pathological liar for continuing to insist…", _name_calling)
CONTEMPT_NAMES = frozenset({"usurper", "dictator", "tyrant", "puppet", "traitor", "thug", "despot", "autocrat", "pariah", "junta",
                            "liar", "bully", "aggressor", "criminal", "terrorist", "fraud", "demagogue", "bigot", "racist", "crook",
                            "phony", "hypocrite", "coward", "clown", "disgrace", "loser"})
# What a person is called that condemns him, as a name of contempt does (_name_calling, _insulted): "called Trump
# “unhinged”", "said Trump was completely crazy"
CONTEMPT_ADJECTIVES = frozenset({"crazy", "ignorant", "incompetent", "stupid", "unfit", "unqualified", "corrupt", "racist", "bigoted", "pathetic",
                                 "disgusting", "despicable", "cowardly", "unhinged", "delusional", "clueless", "dishonest", "hypocritical",
                                 "reckless", "irresponsible", "dangerous"})
# What an accusation called false is called: "called the accusation baseless", "called the charges a fabrication"
DENYING_VERDICTS = frozenset({
    "baseless", "groundless", "unfounded", "false", "untrue", "fabricated", "fabrication", "invented", "fiction", "lie",
    "slander", "absurd", "preposterous", "nonsense", "ridiculous", "fake", "unsubstantiated", "motivated", "propaganda",
    "meritless", "frivolous",
})
# Events that are only words: "Germany urged both sides to talk" is no "move" a later reaction takes up.
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST"})
# what a party says once, reported even in a comma relative clause about it (_said_in_aside)
ASIDE_SPEECH_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "THREATEN", "REJECT"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
OLD_DATE_WORDS = frozenset({"year", "month", "decade", "ago"})  # with a month name or a year: a date long before the news
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute"})
# Verbs whose subject reacts to their object rather than does it ("condemned the closure", "welcomed the ruling")
REACTING_VERBS = BLAME_VERBS | DENIAL_VERBS | frozenset({"welcome", "reject", "protest", "oppose", "praise", "hail", "applaud", "deplore", "decry", "regret"})
# a court's verdict and the acts that pass one: "condemned the verdict" after "a court sentenced…"
VERDICT_NOUNS = frozenset({"verdict", "sentence", "sentencing", "conviction", "judgment", "judgement"})
SENTENCING_VERBS = frozenset({"sentence", "convict"})
RULING_NOUNS = frozenset({"ruling", "judgment", "judgement", "verdict", "award"})  # a court's (_ruling_court)
COURT_NOUNS = frozenset({"court", "tribunal"})  # a threat to take a dispute to one "in Stockholm" is not aimed at Sweden (_court_venue)
# Courts and local offices, which belong to the state of the place their own words seat them in ("a court in Tawau",
# "prosecutors in Antwerp"): _party. Envoys are left out: "the ambassador in Manila" is another state's
SEATED_BODY_NOUNS = COURT_NOUNS | {"judge", "prosecutor", "police", "authorities", "mayor", "governor"}
COURT_PLEAS = frozenset({"guilty", "innocent", "nolo"})  # "pleaded not guilty": a plea to a charge, no REQUEST
# What a denial answers: "Dushanbe rejected the charge" answers the accusation aimed at Tajikistan
ACCUSATION_NOUNS = frozenset({"accusation", "charge", "allegation", "criticism", "complaint"})
# what another party told of an act: "Islamabad rejected the account" denies it as "denied the accusation" does (rule 59)
# what a speaker gives for an act, which a rejection answers: "Caracas rejected the explanation"
EXPLANATION_NOUNS = frozenset({"explanation", "justification", "argument", "reasoning", "assurance", "assurances"})
LAWSUIT_NOUNS = frozenset({"case", "lawsuit", "suit"})  # a complaint taken to a court: "called the case meritless" denies it
GIVEN_ACCOUNT_NOUNS = frozenset({"account", "version", "claim"})  # not cues.REPORT_NOUNS, the nouns of speech a quote hangs on
REACTION_WINDOW = 10  # sentences: a reaction answers something recent
# A council's or bloc's decision taken up as a whole, and the verbs by which such a body passes one (_voting_body)
VOTE_NOUNS = frozenset({"vote", "resolution"})
VOTING_VERBS = frozenset({"vote", "adopt", "pass", "approve", "extend", "renew"})
# Subjects that repeat the kind of the subject before them: "and another rammed its escort"
ELLIPTIC_SUBJECTS = frozenset({"another", "other", "one", "others"})
# Armed and political groups that, unnamed, are a state's domestic opponents (_domestic)
DOMESTIC_GROUPS = frozenset({"rebel", "insurgent", "militant", "guerrilla", "separatist", "opposition", "mutineer", "gunman"})
# Group nouns that, unnamed, are placed where the story is set in any event, as people are (_located)
LOCAL_GROUPS = DOMESTIC_GROUPS | frozenset({"gang", "side", "party", "commission", "fighter", "jihadist"})
# Words of the names of a country's parties and civic bodies, which act where the story is set ("the
# opposition Social Democratic Union" in a Skopje story, "the Chamber of Commerce", "the opposition Progressive
# Movement", "the Kunene Conservancy Council": a council the gazetteer or its words make international is placed
# before this is read); not committees, which are often international
CIVIC_BODIES = frozenset({"union", "party", "association", "chamber", "federation", "alliance", "movement", "council",
                          "league", "coalition", "confederation", "syndicate", "guild"})
# Words that make a body's name no country's own: "the International Air Transport Association", "the World Federation of ..."
INTERNATIONAL_WORDS = frozenset({"international", "world", "global", "regional", "transnational", "intergovernmental"})
# Words of a region larger than a state: "the West African Road Hauliers Federation" is no country's own (_civic_body)
REGION_WORDS = frozenset({"african", "european", "asian", "arab", "american", "caribbean", "nordic", "baltic", "pacific",
                          "balkan", "latin", "gulf", "eurasian", "mediterranean", "andean", "sahel", "maghreb", "commonwealth"})
# Words of a body of governments, which with a region's word name one of a region's states (_regional_body)
REGIONAL_BODY_WORDS = frozenset({"secretariat", "commission", "community", "council", "court", "parliament", "authority", "organisation",
                                 "organization", "union"})
# Words that make a body named after a people a party of that people living in another state: "the Hungarian Alliance,
# the party of the minority", "the ethnic Albanian Democratic Union", "the pro-Serbian New Serb Democracy party" (_minority_body)
MINORITY_WORDS = frozenset({"minority", "minorities", "ethnic"})
# Who stands against a state's government from inside it: "the opposition", "opposition forces", "rebels" (_opposed_government_state)
OPPOSING_NOUNS = frozenset({"opposition", "rebel"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
ANTECEDENT_PRONOUNS = PERSONAL_PRONOUNS | frozenset({"it", "its", "they", "their"})
# Entity labels that are never a party: dates, times and amounts ("the attack on Thursday").
NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "d'affaire", "d'affaires", "consul", "attache", "attaché", "emissary"})
# What troops, aid and envoys are in "massed troops", "withdrew its forces", "recalled its
# ambassador": the thing moved, not the target of the event.
THEME_NOUNS = _ENVOYS | frozenset({
    "troop", "force", "soldier", "army", "unit", "reinforcement", "warship", "jet", "tank", "weapon",
    "aid", "peacekeeper", "personnel", "staff", "observer", "inspector", "monitor", "fighter", "marine",
    "battalion", "brigade", "division", "contingent", "serviceman", "commissioner", "reservist", "guard", "gendarme",
    "paratrooper", "commando", "police", "policeman",
})
# Whole services a show of force moves ("placed its navy on high alert"): what is moved, not the target (rule 69);
# only for MOBILIZE ("the navies of Australia and Japan had been invited" are guests, not a theme)
MOBILIZED_SERVICE_NOUNS = frozenset({"navy", "military", "fleet", "coastguard"})
THEME_TYPES = COOPERATIVE | {"MOBILIZE", "SANCTION"}
# Diplomats named by rank ("the second secretary of the Serbian embassy", "a first secretary"): _head_of_mission
DIPLOMATIC_RANK_NOUNS = frozenset({"secretary", "counsellor", "counselor"})
DIPLOMATIC_RANK_ORDINALS = frozenset({"first", "second", "third"})
# Who an expulsion sends away ("ordered the ambassador to leave", "the chargé d'affaires"): _ordered_out
ENVOY_NOUNS = _ENVOYS | {"chargé", "charge"}
# Rooms and gatherings one is sent out of without leaving the country: "ordered the ambassador to leave the
# meeting" ends his part in a session, no expulsion (_ordered_out).
LEFT_VENUE_NOUNS = frozenset({
    "meeting", "room", "chamber", "hall", "session", "conference", "courtroom", "stage", "podium", "venue", "talks",
    "summit", "debate", "gallery", "floor", "table",
})
# Types whose target, when the text names none, is the place acted on ("lifted a curfew in
# Montenegro", "remained on alert in the West Bank").
PLACE_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "AID", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "PROTEST", "THREATEN"})
# Speech-act nouns whose "from" phrase names who made them: "rejected an offer from Kabul".
SPEECH_NOUNS = frozenset({"offer", "appeal", "demand", "proposal", "request", "call", "invitation", "plan", "plea", "ultimatum", "warning", "threat", "initiative", "bid", "overture"})
# Event nouns whose "of" phrase names the one who acts: "the resignation of the prime minister".
INTRANSITIVE_EVENT_NOUNS = frozenset({"resignation", "withdrawal", "departure", "surrender", "exit", "pullout", "retreat", "capitulation", "visit", "trip", "tour", "incursion", "intrusion"})
# Verbs by which a body is said to govern a state (_ruled_state): "the military council now running Burundi".
RULING_VERBS = frozenset({"run", "rule", "govern", "control", "lead"})
# Journalists the text may name by the city they are posted to ("the Zagreb correspondent of Tanjug"): _posted_employer.
POSTED_NOUNS = frozenset({"correspondent", "reporter", "journalist", "stringer"})
# Words that make a body or act one the actor shares with a partner named by "with" (_joint_partner).
SHARED_WORDS = frozenset({"joint", "bilateral"})
# Verbs that found something; with a "joint" object ("opened a joint laboratory") the founders cooperate.
FOUNDING_VERBS = frozenset({"open", "set", "establish", "create", "inaugurate", "found", "form"})
# Nouns that only grade the noun of their "of" phrase: "a higher state of alert", "its highest level of alert".
DEGREE_NOUNS = frozenset({"state", "level", "degree"})
# Rebukes (and praise) an act "draws" from others ("drawing condemnation from Seoul", "drew sharp criticism from Israel",
# "drew a protest from Warsaw", "won praise from environmental groups"): the "from" phrase names who rebukes or praises,
# and a drawn protest is a state's, not the street's.
DRAWN_REBUKE_NOUNS = frozenset({"condemnation", "criticism", "censure", "rebuke", "protest", "praise"})
# acts that set a measure for a period, whose "for two weeks" is the measure's length and no summed-up past (_summary)
PERIOD_SETTING_VERBS = CLOSING_VERBS | BARRING_VERBS | frozenset({"suspend", "impose", "extend", "halt", "freeze", "ground"})
PERSON_CLASS = frozenset({"@person"})  # a phrasal pattern's noun that stands for any named person (_phrasal)
# acts whose possessive undergoes them when no "of" phrase follows: "Putin's arrest", "Khashoggi's killing" (_possessed_patient)
PATIENT_NOUNS = frozenset({
    "arrest", "detention", "release", "expulsion", "extradition", "deportation", "killing", "murder", "assassination",
    "kidnapping", "abduction", "execution", "trial", "conviction", "sentencing", "imprisonment", "jailing", "capture",
    "torture", "poisoning", "prosecution", "indictment", "shooting", "stabbing", "beating", "beheading"})
QUOTING_VERBS = frozenset({"quote", "cite", "report"})  # "was quoted as saying": the one quoted speaks (_subject)
# a charge or denial a party holds, told in a comma relative clause on what it is about (_standing_description)
STANCE_VERBS = frozenset({"blame", "deny", "accuse", "reject", "dispute"})
# what a state's report judges guilty (_condemning_report): "said Washington was responsible for the attack", "said the
# strike was a flagrant violation of international law", "said the order amounted to an admission of failure"
JUDGING_COPULAS = frozenset({"be", "amount", "constitute", "represent"})
# the party and state American copy sets after a member of Congress's name: "(R-Ky.)", "(D-N.Y.)", ", I-Vt.," (rule 125)
US_PARTY_AND_STATE = re.compile(r"\s*(?:\(|,\s)[RDI]-(?:[A-Z][a-z]*\.?){1,2}(?: [A-Z][a-z]+\.?)?(?:\)|,)")
# verbs of necessity that say, with a to-infinitive in the present, what must be done: "Kyiv needs to withdraw" (_needs_to)
NECESSITY_VERBS = frozenset({"need", "have"})
# dangers a warning names, whose source it accuses (_warned_of): "warned of the threat from China"
DANGER_NOUNS = frozenset({"threat", "danger", "risk", "menace", "peril"})
# subjects of a verdict on an act told before, whose author the clause does not name: "This is irresponsible" (rule 125),
# "said this exchange represented an important step" (_praising_report)
UNOWNED_VERDICT_PRONOUNS = frozenset({"this", "that", "it"})
BLAME_NOUNS = frozenset({"responsibility", "blame"})  # what a clause lays on a party (_responsibility_placed)
HARM_NOUNS = frozenset({"death", "killing", "explosion", "blast", "crash", "downing", "destruction", "damage", "casualty", "sinking", "escalation"})
CONDEMNING_ADJECTIVES = frozenset({
    "responsible", "guilty", "illegal", "unlawful", "illegitimate", "unacceptable", "unjustified", "unprovoked",
    "provocative", "irresponsible", "reckless", "criminal", "barbaric", "hostile", "aggressive", "dangerous",
    "hysterical", "absurd", "outrageous", "cynical", "hypocritical", "shameful", "disgraceful", "deceitful",
    "dishonest", "destabilizing", "destabilising"})
# verdicts on what a party owns, in a speaker's own words: "Russia's illegal and unprovoked war", "Donald Trump's
# ignorant view of Islam" (_quoted_verdicts)
VERDICT_ADJECTIVES = CONDEMNING_ADJECTIVES - {"responsible", "hostile", "aggressive", "dangerous"} | frozenset({
    "ignorant", "brutal", "senseless", "stupid", "racist", "bigoted", "ridiculous", "despicable", "vile", "heinous",
    "inhumane", "cowardly", "corrupt", "barbarous", "unprovoked", "unjust"})
REBUKING_WORDS = REBUKING_VERDICTS | VERDICT_ADJECTIVES  # words that make what a verb of calling gives an act a rebuke (_rebuking)
CONDEMNING_NOUNS = frozenset({
    "violation", "breach", "provocation", "aggression", "crime", "piracy", "terrorism", "blackmail", "interference",
    "lie", "propaganda", "sabotage", "liar", "bully", "hysteria", "hypocrisy", "disgrace", "threat", "aggressor"})
# verdict nouns that condemn only with what their "of" phrase names: "an act of piracy", "an admission of failure",
# "a declaration of war", "a sign of weakness" (not "an act of goodwill")
QUALIFIED_CONDEMNING_NOUNS = {"act": {"aggression", "war", "piracy", "terrorism", "sabotage", "provocation", "terror", "vandalism"},
                              "admission": {"failure", "defeat", "guilt"}, "declaration": {"war"}, "sign": {"weakness", "desperation"}}
# acts a state's report tells of another state that charge it (_hostile_act): "said the criminal Russian regime had hit
# Poland", "said Russia was waging a hybrid war", "said the US was trying to spark a conflict"
CHARGED_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
# the noun classes (data/event_nouns.tsv) of what can be hit: an attack on none of them is on views (_verbal_attack)
PARTY_CLASSES = frozenset({"actor", "people", "place", "weapon", "office", "person"})
# warnings that are charges when they tell what another state will or may do: "warned that Russia could attack NATO
# within three years" accuses Russia, where "warned that it would respond" threatens (_condemning_report before the lexicon)
WARNING_VERBS = frozenset({"warn", "caution"})
# conduct a state's report charges another state with by the verb alone: "said the US and its allies had ignored
# Moscow's security demands", "said Russia was meddling in the election" (_hostile_act)
CHARGED_VERBS = frozenset({
    "ignore", "lie", "meddle", "interfere", "destabilize", "destabilise", "provoke", "deceive", "mislead", "betray",
    "sabotage", "blackmail", "bully", "undermine", "weaponize", "weaponise", "incite", "militarize", "militarise"})
# arms whose use a report charges another state with (_hostile_act): "might use chemical weapons"
USED_WEAPON_NOUNS = frozenset({"weapon", "missile", "bomb", "rocket", "warhead", "munition", "nuke"})
# deeds named as crimes, which any judging sayer charges a state's organ with (_crime_named)
CRIME_NOUNS = frozenset({"crime", "atrocity", "genocide", "massacre"})
WAGED_NOUNS = frozenset({"war", "conflict", "aggression", "crime", "atrocity", "genocide", "provocation", "invasion", "escalation"})
# what a state said to be "involved in" is charged with (_involved_in_war): "NATO was directly involved in the conflict"
INVOLVED_IN_NOUNS = WAGED_NOUNS | {"attack", "sabotage", "plot", "bombing", "assassination"}
# verbs whose subject undergoes the act their object names: "Russia continues to face sanctions from the West" (_facing_verb)
FACING_VERBS = frozenset({"face", "suffer", "incur"})
DRAWING_VERBS = frozenset({"draw", "prompt", "provoke", "bring", "earn", "attract", "trigger", "spark", "win", "receive", "garner", "get",
                           "fuel", "stoke", "invite", "generate", "ignite"})  # round 106: "has fueled criticism from Democrats"
SUBJECTS = ("nsubj", "csubj")
# Where forces act: "arrested him at his hotel in Ho Chi Minh City" places the police (rule 45)
PLACE_PREPOSITIONS = frozenset({"in", "inside", "at", "near", "outside"})
OBJECTS = ("dobj", "obj")
MAX_EVENTS_PER_TRIGGER = 4
# What forces drill or patrol in: done by two states' forces together, a joint exercise
EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "patrol"})
# Groups of forces on the move that an act noun also names: what is attacked when they are ("ambushed a patrol")
ATTACKED_UNITS = frozenset({"patrol", "convoy"})
# Verbs of sending forces or goods: done "at X's request" they are help to X (_at_request)
REQUESTED_SENDING_VERBS = frozenset({"send", "dispatch", "deploy"})
# "thanked the three countries": a definite plural of these nouns counted as three to five stands for that many states
STATE_NOUNS = frozenset({"country", "state", "government", "nation"})
COUNTED_STATES = {"three": 3, "four": 4, "five": 5}
MAX_PARTY_TOKENS = 14
MAX_HOPS = 8

# Hashes of every lemma (and inflected verb form) that can start a trigger: one set lookup per token
# finds the tokens worth a closer look.
_TRIGGER_LEMMAS = frozenset(
    {hash_string(lemma) for table in (LEXICON.verbs, LEXICON.phrasals, LEXICON.nouns, LEXICON.adjectives) for lemma in table}
    | {hash_string(verb) for verb in LEXICON.object_verbs | LIGHT_VERBS}
    | {hash_string(lemma.capitalize()) for table in (LEXICON.verbs, LEXICON.nouns) for lemma in table}
    | {hash_string(verb) for verb in REPORTING_VERBS}
    | {hash_string("describe")}  # "described the measure as “an act of servility”" (a verdict, _verb_candidate)
    | {hash_string(verb) for verb in INAUGURATING_VERBS}  # "inaugurated the … hydropower station" together (_joint_opening)
)
_TRIGGER_FORMS = frozenset(hash_string(form) for form in LEXICON.verb_forms)
# The same, sorted arrays: a document's tokens are screened at once (``nlp.among``), not one by one.
_TRIGGER_LEMMA_KEYS = np.array(sorted(_TRIGGER_LEMMAS), dtype=np.uint64)
_TRIGGER_FORM_KEYS = np.array(sorted(_TRIGGER_FORMS), dtype=np.uint64)
# Nouns of military exercises: held by two or more parties they are COOPERATE, not MOBILIZE.
# Material types whose actor may be a weapon or vehicle ("Israeli helicopters shelled...").
ARMED_TYPES = MATERIAL_CONFLICT | {"COOPERATE"}
SUBORDINATE_FACTOR = 0.8
# Types whose unnamed actors (targets) are people of the place the event happens in ("gunmen
# abducted two aid workers in northern Mali"); "the two sides signed an accord in Nairobi" is
# diplomacy abroad, so verbal events are not placed this way.
LOCAL_ACTOR_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
LOCAL_TARGET_TYPES = MATERIAL_CONFLICT | {"AID", "RETREAT", "CONCEDE"}
# What an event with no target of its own may be done for, by type: a protest is against whom its
# demand or denunciation addresses; force serves the coercion or violence it is used for.
_PURPOSES: dict[str, frozenset[str]] = {
    "PROTEST": frozenset({"REQUEST", "ACCUSE", "PROTEST", "REJECT"}),
    **{t: MATERIAL_CONFLICT for t in ("ASSAULT", "COERCE", "MOBILIZE")},
}
# Conflictual actions an actor announces for the future are threats ("will impose a curfew"); a
# planned deployment (MOBILIZE) is posture, not a threat, unless made conditional.
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})

# Confidence factors (multiplied into the lexicon's base confidence).
REPORTED_FACTOR = 0.85
HYPOTHETICAL_FACTOR = 0.7
FUTURE_FACTOR = 0.85
NEGATED_FACTOR = 0.8
NO_ACTOR_FACTOR = 0.85
NOMINAL_FACTOR = 0.9
REPEATED_FACTOR = 1.1  # an event told again is more likely the story's own
LEAD_FACTOR = 1.1  # the headline and the lead carry the main events
UNCODED_FACTOR = 0.7  # no party placed in a state or body: rarely a main event
# An event with no party placed in a state or body or named, weakened by a rule-6 factor to under this
# after salience, is not reported: "critics say the law could be used to arrest journalists" (_faint)
MIN_UNCODED_CONFIDENCE = 0.55
NAMED_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome"})
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should", "'d"})
DURATION_UNITS = frozenset({"week", "month", "year", "decade"})
# lengths a border is given in, which the parser can make the object with the border in apposition: "closed its
# entire 1,340 km (833 mile) border with Russia" (_object)
LENGTH_UNITS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter"})
# a rate per one of these is a habit of trade or of seasons, not one act: "send home 600 million dollars a year",
# "gather every southern summer" (_yearly_rate, rule 78)
RATE_UNITS = frozenset({"year", "month", "season", "summer", "winter", "spring", "autumn"})
RATE_DETERMINERS = frozenset({"a", "an", "every", "each", "per"})
RATE_ADVERBS = frozenset({"annually", "yearly", "monthly"})
# quantities before "such" that count earlier occasions of a kind: "has signed at least four such agreements" (rule 78)
KIND_COUNT_WORDS = frozenset({"several", "many", "numerous", "dozens", "hundreds", "multiple"})
FAILURE_VERBS = frozenset({"fail", "struggle"})
# verbs whose negation leaves their infinitive undone (_negated): "could not afford to send", "did not manage to cross"
REACH_VERBS = frozenset({"afford", "manage", "dare", "bother"})
# prepositions whose object can be the subject of the gerund after it: "respond to its Israeli enemy assassinating a guest",
# "concerned about Ethiopia deploying troops" (not a place's: "the laws in the West protecting minorities")
GERUND_SUBJECT_PREPOSITIONS = frozenset({"to", "about", "of", "against", "over", "on", "at"})
WISH_VERBS = frozenset({"hope", "wish", "want", "dream"})  # what a party only hopes or wants to do (_wished)
WISH_FORMS = frozenset({"hoping", "hoped", "hopes"})  # the lemmatiser can read "hoping" as "hop"
REFLEXIVE_PRONOUNS = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"})
REFUSAL_VERBS = frozenset({"refuse", "decline"})  # "refused to rule out": the option is left open (rule 67)
# What a party that does not rule it out threatens: force ("never ruled out using force", "did not rule out strikes on
# Iran", "the use of force"); sending troops or talks left open threaten no one (rule 67)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
FORCE_OPTION_NOUNS = frozenset({"force", "attack", "strike", "airstrike", "invasion", "intervention", "bombing", "offensive", "raid", "action"})
REASON_PREPOSITIONS = frozenset({"because", "despite", "due", "over"})
HELP_NOUNS = frozenset({"help", "support", "backing", "assistance", "aid"})  # "with help from Belarus": a helper, no side (_sentence_state)
# Where a trigger's arguments are: objects, prepositional phrases, complements; and, below them, what
# stops the search (another clause coordinated or adjoined to it).
ARGUMENT_DEPS = frozenset({"dobj", "obj", "dative", "prep", "xcomp", "ccomp", "attr", "oprd", "agent", "npadvmod"})
CLAUSE_BREAK_DEPS = frozenset({"advcl", "parataxis", "relcl"})
# nouns whose that-clause tells what someone says or fears, not what happened
CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "report", "rumour", "rumor", "charge", "suggestion", "assertion",
                         "speculation", "fear", "belief", "notion", "possibility", "prospect", "warning", "threat", "suspicion"})


# The trigger of the deontic-complement rule (see _Coder._deontic_candidate).
_DEMAND = Trigger("verb", ("say",), "REQUEST", 0.7, governs=True)
_CONDEMNING_REPORT = Trigger("verb", ("say",), "ACCUSE", 0.7, governs=True)  # _condemning_report
# a report charging a state with a hostile act it tells (_hostile_act): the act told stays an event of its own
_CHARGING_REPORT = Trigger("verb", ("say",), "ACCUSE", 0.7)
# a report that rebuts another party's words (_rebutting_report): "Moscow said the British allegations were baseless"
_REBUTTING_REPORT = Trigger("verb", ("say",), "REJECT", 0.7, governs=True)
# words a report rebuts (CLAIM_NOUNS less fears and warnings, which tell no one's assertion) and the verdicts that rebut
# them: "said the allegations were baseless", "that Rubio's claim … is simply not true", "that the report was a lie"
REBUTTED_NOUNS = frozenset({"allegation", "accusation", "claim", "report", "rumour", "rumor", "charge", "suggestion", "assertion",
                            "speculation", "statement", "remark", "comment", "story"})
REBUTTING_ADJECTIVES = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "absurd", "ridiculous", "fabricated",
                                  "fake", "fictitious", "wrong", "incorrect", "inaccurate", "misleading", "nonsensical", "preposterous"})
# what only words can be called, so that "it" or "this" so called is words told before (_rebutting_report, _unowned_verdict)
FALSEHOOD_VERDICTS = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fake", "fictitious", "nonsense",
                                "lie", "fabrication", "falsehood", "hoax", "fiction", "disinformation", "slander", "smear"})
REBUTTING_NOUNS = frozenset({"lie", "fabrication", "nonsense", "fiction", "fake", "falsehood", "slander", "smear", "disinformation",
                             "propaganda", "fantasy", "myth", "hoax"})
# a report that praises an act (_praising_report): "Erdogan said this exchange represented “a very important step.”"
_PRAISING_REPORT = Trigger("verb", ("say",), "SUPPORT", 0.6, governs=True)
# A dispute announced to be taken to a court or the WTO ("would take the matter to the World Trade Organization"): coded
# only when announced, which makes it a THREATEN (see _Coder._arbiter); a case told as filed is left to "take to court".
_LEGAL_CHALLENGE = Trigger("verb", ("take",), "SANCTION", 0.6, announced=True)
# A deadline set for another party ("gave the junta one week to restore order"): an ultimatum, which governs what it
# demands (see _Coder._deadline_given)
_DEADLINE = Trigger("verb", ("give",), "THREATEN", 0.7, governs=True)
DEADLINE_SPAN_NOUNS = frozenset({"hour", "day", "week", "month"})
DEPARTURE_VERBS = frozenset({"leave", "depart", "vacate", "quit", "exit"})  # a deadline to go is an expulsion's
# What is taken to an arbiter in a legal challenge: "take the dispute to the International Court of Justice"
DISPUTE_NOUNS = frozenset({"dispute", "matter", "case", "issue", "complaint", "row", "grievance", "quarrel"})


LEGISLATIVE_WORDS = frozenset({"opposition", "lawmaker", "lawmakers", "legislator", "legislators", "mp", "mps", "senator", "senators", "parliamentarian",
                               "parliament", "parliamentary", "congress", "congressional", "senate", "legislature"})
# What one meets by satisfying it, not by talking to it: "meet the terms", "met the deadline"
# how a thing "was met with": a reception, no meeting (_met_reaction)
MET_REACTIONS = frozenset({"opposition", "resistance", "criticism", "skepticism", "scepticism", "anger", "outrage", "protest",
                           "condemnation", "derision", "silence", "applause", "approval", "praise", "dismay", "alarm", "concern",
                           "hostility", "disbelief", "ridicule", "indifference", "backlash", "suspicion", "enthusiasm"})
MET_CONDITIONS = frozenset({"term", "target", "condition", "demand", "deadline", "need", "requirement", "standard", "criterion",
                            "goal", "obligation", "cost", "expectation", "commitment", "threshold", "quota", "payment"})
MEANS_PREPOSITIONS = frozenset({"by", "after", "before", "without"})  # a gerund after these shares the verb's subject
# a gerund after these, on a verb, is the verb's subject's part in it: "joined together in opposing the ban", "participated
# in blocking the tankers", "opened the door to paying reparations"
SHARED_ACT_PREPOSITIONS = frozenset({"in", "to"})
# a gerund after "for" on a verb with an object is what the object did: "held Pagliano in contempt for refusing to appear",
# "criticised Hungary for blocking the package"; on a passive, what its subject did ("was fined for protesting")
BLAMED_FOR_PREPOSITIONS = frozenset({"for"})
ROUTE_PREPOSITIONS = frozenset({"to", "from", "via", "through", "into", "onto", "across", "toward", "towards"})
CARRYING_VERBS = frozenset({"wave", "carry", "hold", "brandish"})  # "some waving flags": what marchers bear
SEQUENCE_MARKERS = frozenset({"after", "before", "since", "until", "when", "as", "while"})  # a clause told as a step of another's
# A heading alone on its line over a page's list of links to other stories ("Related coverage", "More on this story",
# "Most read"); the headlines listed under it, lines with no full stop, tell other stories (rule 67)
LINK_LIST_HEADING = re.compile(
    r"[ \t]*(?:(?:related|more|top|recommended|popular|latest)(?:\s+(?:stories|articles|coverage|content|news|links))?"
    r"|more\s+on\s+this\s+(?:story|topic)|most\s+(?:read|popular|viewed)|see\s+also|also\s+read|read\s+more|you\s+may\s+also\s+like)"
    r"[ \t]*:?[ \t]*$", re.I)
LINK_LIST_REACH = 8  # how many lines above a listed headline its heading may be
SENTENCE_ENDINGS = (".", "!", "?", '"', "”", "’", "'")
HISTORY_MONTHS = 3  # an act dated this many months before the story's own days is background (_background)
FUTURE_TIME_MARKERS = frozenset({"when", "once", "after"})  # a present after them under a future is still to come (_in_condition)
LIMIT_MARKERS = frozenset({"until", "till", "pending"})  # an act that ends a state still to come is no event yet (_in_condition)
HOME_STORY_NAMINGS = 4  # namings of its state that set an undated story at home (_home_story_state)
# politicians and parties by their common names: a story's own when it names no other state (_domestic_party)
DOMESTIC_PARTY_NOUNS = frozenset({"democrat", "republican", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
                                  "senate", "house", "congress", "gop", "mp", "deputy", "governor", "mayor", "candidate", "campaign"})
# the US Congress and parties by their names (capitalised), American in a story told in American terms (_american_story)
AMERICAN_POLITICAL_WORDS = frozenset({"democrat", "republican", "senate", "house", "congress", "congressman", "congresswoman"})
AMERICAN_PARTY_ADJECTIVES = frozenset({"democratic", "congressional"})  # "Democratic lawmakers", "the Congressional Progressive Caucus"
AMERICAN_STORY_NAMINGS = 2
# the standing committees of Congress by the word American copy names them with, capitalised: "Oversight", "the
# Judiciary Committee" (_american_political)
CONGRESS_COMMITTEE_WORDS = frozenset({"Oversight", "Judiciary", "Intelligence", "Appropriations", "Ethics", "Rules", "Budget", "Finance",
                                      "Banking", "Homeland", "Armed", "Services"})
AMERICAN_MARKERS = re.compile(r"\b(?:Republicans?|GOP|White House|Capitol Hill)\b")  # words only US politics uses (_american_story)
STANCE_TYPES = frozenset({"ACCUSE", "REJECT"})  # verbal acts that, repeated up to now, are a stance held (_standing_stance)
AIMING_PREPOSITIONS = frozenset({"on", "against"})  # what an act done with a partner is aimed at (_aimed_past_partner)
CRITICISED_PREPOSITIONS = frozenset({"on", "against", "over", "at", "about"})  # "pushed back on those claims" (_domestic_criticism)
REPEATED_ADVERBS = frozenset({"repeatedly", "consistently", "persistently"})
BUREAU_SENTENCES = 4  # a story this long that never names the dateline's country again is filed from a bureau (_home_in_play)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb form that makes a clause finite
# Material concessions that concern only their actor: announcing them is not an offer to anyone
# ("will resign" is RETREAT, not AGREE).
SELF_DIRECTED = frozenset("resign quit retire abdicate".split())
# Nouns whose to-infinitive is an event that was attempted (CAMEO codes attempts as the act):
# "an attempt to assassinate the governor was thwarted" is an assault with an unknown actor.
ATTEMPT_NOUNS = frozenset("attempt bid".split())
# verbs whose object event does not take place
PREVENTING_VERBS = frozenset("ban prohibit forbid outlaw prevent cancel postpone deter avert".split())
# verbs whose "of"/"with" phrase is the charge laid on the accused ("accused her of spying for Israel", "charged
# with working for a foreign state"): the states the charge names are not the target (rule 57)
CHARGING_VERBS = frozenset({"accuse", "charge", "convict", "suspect", "indict"})
# verbs that break a measure already in force: their object ("evaded American sanctions", "breached the arms embargo")
# is a standing measure, not an act the story tells (rule 57)
BREACHING_VERBS = frozenset("violate breach evade circumvent flout bust dodge skirt".split())
# verbs whose object is words their subject voices: "poured criticism on", "voiced support for", "levelled accusations at"
VOICING_VERBS = frozenset({"pour", "voice", "express", "level", "heap", "direct", "air"})
VOICED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})
FACED_ONLY_NOUNS = frozenset({"pressure"})  # event nouns only as what a party is under or faces from another (_noun_entries)
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "fall", "stay"})  # "came under pressure from…" (_facing_verb)
CANDIDATE_NOUNS = frozenset({"candidate", "nominee", "hopeful"})  # "Candidate for the … presidential nomination" (_running_for_office)
BELIEF_VERBS = frozenset({"believe", "think"})  # "said he believes that…" asserts what follows (_belief_held)
# what an invitation offers to share: a visit, a meeting, a part in something ("invited Macron to visit Beijing" is an
# offer, AGREE); an invitation to do anything else asks for it ("invited Russia to dig up the emails", REQUEST)
ATTENDANCE_VERBS = frozenset({"visit", "attend", "join", "come", "take", "participate", "meet", "talk", "discuss", "hold", "speak",
                              "address", "observe", "travel", "sign", "open", "tour", "see", "watch", "celebrate", "mark", "stay"})
BROKERING_VERBS = frozenset({"mediate", "negotiate", "broker"})  # "mediated the release by Russia of…" talks with Russia
FINDING_VERBS = frozenset({"determine", "conclude", "find", "establish"})  # "said the U.S. has determined that…" (_belief_held)
SAYER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # who holds the belief a sayer reports of himself (_belief_held)
# wrongs a that-clause charges its subject with as a verdict of guilt does (_condemned): "said Trump lied about his taxes"
WRONGDOING_VERBS = frozenset("lie conspire collude cheat rig steal embezzle defraud deceive mislead betray obstruct".split())
# verbs that say what something is: their generic subject is a definition, not an event
DEFINING_VERBS = frozenset({"be", "consider", "regard", "deem", "define", "constitute", "amount"})
# A command given to no one named is the act commanded (CAMEO codes the ordered act):
# "Lithuania ordered the expulsion of two diplomats" is the expulsion, "ordered police to..." a request.
COMMAND_VERBS = frozenset({"order"})
# Groups sent by the state of whoever leads them: "a delegation led by Egypt's deputy minister" (_group_leader)
LED_GROUPS = frozenset({"delegation", "team", "mission", "contingent", "force", "coalition"})
# Groups of states that lend or give, which act as the states they are "led by" (_states_leading)
LENDING_GROUPS = frozenset({"creditor", "lender", "donor"})
# regions whose states meet as one bloc (ECOWAS, ASEAN, the EU, the African Union, the Arab League, the GCC, the EAC,
# SADC, CARICOM): "West African leaders", "Arab foreign ministers" act as the bloc (rule 57)
BLOC_REGIONS = frozenset({"west african", "southeast asian", "south-east asian", "european", "african", "arab", "gulf",
                          "east african", "southern african", "central african", "caribbean"})
BLOC_MEMBERS = frozenset({"leader", "minister", "head"})
# Forces a leader commands, whose ordered act is the state's own (_decided): "ordered the army to reinforce the border"
OWN_FORCES = frozenset({"army", "military", "troops", "troop", "force", "forces", "police", "navy", "guard", "guards", "soldier",
                        "soldiers", "unit", "units", "battalion", "battalions", "brigade", "commander", "commanders", "coastguard",
                        "reservist", "reservists", "gendarme", "gendarmes"})
# Bare words for police that take up another state's police named in their sentence (_police_named_beside)
BARE_POLICE_WORDS = frozenset({"police", "officers", "officer", "policemen", "policeman"})
# Parties a reader places where they act when the text gives them no country of their own (_setting_country):
# a state's police, who act only at home, and people and groups who act where they live. Not troops or an army,
# which also act abroad, and not a government or ministry, which sign and talk at venues abroad.
SETTING_POLICE = BARE_POLICE_WORDS | frozenset({"gendarme", "gendarmes", "coastguard"})
SETTING_PEOPLE = DOMESTIC_GROUPS | frozenset({"militia", "militiaman", "protester", "protestor", "demonstrator", "marcher", "activist", "striker", "student",
                                              "teacher", "worker", "resident", "villager", "supporter", "farmer", "miner", "voter", "crowd"})
# The modifiers that make "forces" an armed group of the state it fights in, as rebels are (_setting_party)
IRREGULAR_FORCE_MODIFIERS = frozenset({"paramilitary", "militia"})
# Words that make a named group an armed group fighting a state's own forces (_state_forces_linked_to_irregulars)
IRREGULAR_GROUP_WORDS = IRREGULAR_FORCE_MODIFIERS | frozenset({"rebel", "rebels", "insurgent", "insurgents", "militant", "militants"})
# Dependencies that open another clause, whose places are not where the party's own act happens (_setting_places)
# Prepositions of where something comes from or goes to, whose places are not where the act happens: "seized fuel
# smuggled from Kenya", "fired rockets into Israel" (_setting_places)
DIRECTION_PREPOSITIONS = frozenset({"from", "to", "into", "towards", "toward", "across", "onto"})
OTHER_CLAUSES = frozenset({"ccomp", "xcomp", "pcomp", "advcl", "relcl", "parataxis", "csubj", "appos"})
# The modifiers that make "forces" a state's own: "the security forces", "government forces" (_state_forces)
STATE_FORCE_MODIFIERS = frozenset({"security", "government", "armed"})
# Unnamed forces a state's speaker speaks of as its own: "Russia's defence ministry said air defence units had destroyed…"
REPORTED_FORCE_NOUNS = frozenset({"unit", "troop", "force", "soldier"})  # not "the crew" of a fishing boat
# Who seizes power in a coup, when the text gives them no state of their own (_coup_state): "soldiers seized
# power", "the junta rejected the ultimatum"
COUP_MAKERS = frozenset({"soldiers", "soldier", "troops", "army", "military", "junta", "mutineers", "putschists", "officers",
                         "colonels", "generals"})
# "seized power", "took power", "grabbed power": the verbs of a coup with "power" as their object
POWER_SEIZING_VERBS = frozenset({"seize", "take", "grab", "usurp"})
# What agreeing to look at something commits to is no act ("agreed to study the proposal"), and what they take as
# object is an option under study, not taken ("is considering sanctions": _option_weighed).
DELIBERATION_VERBS = frozenset({"study", "consider", "examine", "review", "explore", "assess", "evaluate", "weigh", "ponder"})
# Addressees that are everybody: "we call on everyone to stay calm" is an appeal, not an act between parties.
EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "all"})
# What critics at home do to their government's offices (_government_critics)
CRITIC_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT"})
HOME_POLITICS_TYPES = CRITIC_TYPES | {"THREATEN"}  # acts of a story's own politics (_home_politics)
# Whom an appeal to all who may give names: "urged donors to send cash", "the international community" (_appeal_to_all)
GIVER_NOUNS = frozenset({"donor", "friend", "community"})
NOBODY = frozenset({"nobody", "no-one"})
TIME_UNITS = frozenset({"day", "week", "hour", "month", "round"})  # "ended two days of talks" (_verb_candidate)
# Verbs whose that-clause is a bare subjunctive ("demanded that Monrovia release the men"), whatever the tagger says
MANDATIVE_VERBS = frozenset({"demand", "insist", "ask", "urge", "request", "propose", "recommend", "suggest"})

NATURAL_FORCES = frozenset({"cyclone", "hurricane", "typhoon", "storm", "earthquake", "quake", "flood", "floods", "tsunami",
                            "landslide", "wildfire", "drought", "tornado", "avalanche", "eruption"})  # no actors (_emit)
CROWD_CONTROL = frozenset({"gas", "cannon", "bullet", "baton", "grenade", "pellet", "spray", "truncheon"})  # (_instrument)
LICENCE_NOUNS = frozenset({"licence", "license", "permit"})  # a foreign holder's, suspended, is sanctioned (_emit)
# Passages a state closes (the last word of its closing row): closed to another state, a sanction (_emit)
CLOSED_PASSAGE_NOUNS = frozenset({"border", "crossing", "airspace", "port", "post", "checkpoint", "frontier"})
# People at work whose "strike" is a stoppage, not an attack (_choose_entry)
WORKER_NOUNS = frozenset({"worker", "officer", "employee", "staff", "teacher", "doctor", "nurse", "driver", "union", "miner",
                          "pilot", "controller", "docker", "clerk", "official", "inspector", "agent", "crew", "porter", "guard"})  # an act done to no one did not happen: "warned nobody"
# Verbs that tell an act as happening: "clashes erupted", "fighting broke out", "talks took place".
OCCURRENCE_VERBS = frozenset({"break", "erupt", "flare", "take", "resume", "continue", "intensify", "rage", "occur", "happen", "escalate", "begin", "start", "spread"})
# Plurals that, bare, name a kind of party: "countries must help each other" is a maxim, not a demand.
# titles that take up a state named before them: "the kingdom", "the island", "its neighbour"; "state" and
# "nation" only with a modifier ("the Baltic state", "the island nation"), alone they are as often a domain
# ("the state media") or a people ("addressed the nation")
STATE_TITLES = frozenset({"country", "kingdom", "island", "republic", "emirate", "archipelago", "monarchy", "neighbour", "neighbor"})
MODIFIED_STATE_TITLES = frozenset({"state", "nation"})
OWNED_STATE_TITLES = frozenset({"ally", "partner"})  # a state title only owned by a state's "its"/"their"
# names an office is taken up by besides its own (docs/events.md, "an office repeated"): the bodies that govern a
# state stand for each other, and a ministry for its minister
_GOVERNING = ("government", "junta", "regime", "administration", "coalition", "cabinet")
_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")
# nouns that take up an organisation named before them: "the group", "the movement"
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization"})
# bodies of one state that are no national office at home (an embassy is abroad), taken up like offices:
# "The Chinese embassy in Manila protested… The embassy accused the Philippines"
REPEATED_BODIES = frozenset({*_SPOKESPEOPLE, "embassy", "consulate", "delegation", "coalition", "militia", "mission", "province"})
OFFICE_KIN = {**{body: tuple(other for other in _GOVERNING if other != body) for body in _GOVERNING}, "ministry": ("minister",),
              "minister": ("ministry",),  # "The communication minister" after "the Cameroonian communication ministry"
              # a spokesperson speaks for the office named before: "Pakistan's foreign office said… The spokeswoman also accused…"
              **{word: ("ministry", "office", "government", "army", "military", "police", "presidency", "junta") for word in _SPOKESPEOPLE}}
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# Plural nouns for states, which are never people of the place an event happens in (_located, rule 54)
OTHER_STATE_NOUNS = frozenset({"country", "nation"})
# Plural relations a state has to other states: "its allies", "their partners" are not the owner's state (_states_of_other_states)
STATE_RELATION_NOUNS = NEIGHBOUR_NOUNS | frozenset({"ally", "partner", "rival", "adversary", "enemy", "foe"})
# what a call for no one in particular asks for: "called for calm", "urged restraint"
# what a demand for an inquiry names: "demanded an independent inquiry into the death of…"
INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation", "probe"})
CALM_NOUNS = frozenset({"calm", "restraint", "patience", "unity", "tolerance", "composure", "vigilance", "caution"})
# the public a government addresses at home: "urged citizens to conserve water", "residents were urged"
PUBLIC_NOUNS = frozenset({"citizen", "resident", "people", "public", "supporter", "voter", "motorist", "consumer", "household", "parent", "driver", "population"})
ANY_DETERMINERS = frozenset({"any", "every"})
# verbs that hand over a diplomatic note ("handed Mauritania a protest note")
NOTE_VERBS = frozenset({"hand", "deliver", "send"})
# a mediation named beside the act it brought about (_mediations): "after mediation by Oman", "a deal brokered by Qatar"
MEDIATION_WORDS = frozenset({"mediation", "mediate", "broker"})
_MEDIATION_LEMMA_KEYS = np.array(sorted({hash_string(form) for word in MEDIATION_WORDS | {"host"} for form in (word, word.capitalize())}), dtype=np.uint64)
MEDIATION_VERBS = frozenset({"mediate", "broker"})
# Words by which a body's offer concerns both states of the story ("to lend both postal services…", "its help in
# surveying the border", "its headquarters for talks": _offers_to_both_sides)
SHARED_OFFER_WORDS = frozenset({"both", "two", "border", "talks", "joint", "each", "between", "pullback", "languages"})
# Bodies the lexicon files as places ("at the office") that act: "The UN human rights office urged…"
HOUSED_BODIES = frozenset({"office", "embassy", "consulate", "mission", "secretariat", "directorate", "bureau", "delegation"})
# Vessels the lexicon files as places ("on the boat") that act for their state: "Iranian boats seized a tanker"
DEPORTING_VERBS = frozenset({"deport", "repatriate", "return", "expel"})  # people sent back to a state (_target)
SEAFARER_NOUNS = frozenset({"fisherman", "fishermen", "sailor", "seaman", "seafarer", "crewman"})  # a boat's people (_seized_boats_crew)
VESSEL_NOUNS = frozenset({"boat", "ship", "vessel", "warship", "gunboat", "frigate", "cutter", "trawler", "submarine", "speedboat", "destroyer", "dhow", "canoe", "pirogue",
                          "tanker", "freighter", "ferry"})
# Who sail a boat: "its crew" after a boat is the boat's (_antecedent)
CREW_NOUNS = frozenset({"crew", "captain", "skipper"})
# "offered to host talks between the two governments": an offer to mediate between sides named only by reference
HOSTING_VERBS = frozenset({"host", "facilitate", "convene", "organise", "organize"})
TALK_NOUNS = frozenset({"talk", "meeting", "negotiation", "summit", "dialogue", "round"})
# Seizures of goods in a raid are no event of their own (_seized_goods); a seized ship or aircraft is
SEIZING_VERBS = frozenset({"seize", "confiscate", "impound"})
SEIZED_CRAFT = frozenset({"tanker", "ship", "vessel", "freighter", "trawler", "aircraft", "plane", "jet", "drone", "embassy", "boat", "dhow",
                          "canoe", "pirogue"})
# Talks whose capital names the partner when none is named ("ended two days of talks in New Delhi"), and the
# verbs of taking part in them (not of hosting, offering or proposing them)
VENUE_TALK_NOUNS = frozenset({"talk", "negotiation"})
# Verbs whose that-clause is a worry, not an act told or threatened (_feared)
FEAR_VERBS = frozenset({"fear", "worry", "dread"})
# Fields of policy: "regional security should be handled by…" names no party asked to act (_venue_view)
POLICY_FIELDS = frozenset({"security", "matter", "issue", "question", "dispute"})
# Meetings whose foreign capital makes its host the partner of a state attending them (_talks_venue)
ATTENDED_MEETINGS = frozenset({"summit", "meeting", "conference", "talk", "negotiation", "session", "forum"})
HOSTED_GATHERINGS = ATTENDED_MEETINGS - {"talk", "negotiation"}  # a body's gathering in a state (_summit_host); talks are two sides'
MEETING_NOUNS = ATTENDED_MEETINGS | TALK_NOUNS  # what a "should be a success" clause may hope of (_hoped_outcome)
TALK_HOLDING_VERBS = frozenset({"hold", "end", "conclude", "begin", "start", "open", "resume", "wrap", "finish", "continue", "have"})
MEDIATION_HOPS = 8
PLANNED_WORDS = frozenset({"next", "future", "planned", "upcoming", "proposed"})  # talks still to come (_sides_by_reference)
# A weapon "fired from the Afghan side of the border" was fired by that state's forces (_weapon_launcher)
LAUNCHING_VERBS = frozenset({"fire", "launch"})
LAUNCH_GROUND_NOUNS = frozenset({"side", "territory", "soil", "bank"})
# Who shoot, placed by a participle: "Gunmen firing from the Afghan bank of the Panj" are that state's (_party)
SHOOTER_NOUNS = frozenset({"gunman", "gunmen", "sniper", "militant", "fighter", "attacker", "assailant"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "’ve"})  # "have been poor since…" (_span_start_clause)
WARNING_SHOTS = ("fire", "warning", "shot")  # a show of force (MOBILIZE), answered in kind by fire returned
RETURNED_FIRE = frozenset({("return", "fire"), ("fire", "back")})  # "returned fire", "fired back": answers to an attack (_returned_fire_targets)
KIND_NOUNS = frozenset({"country", "nation", "state", "government", "people", "leader", "society", "politician"})
# titles that take up a person named before (_title_after); "chief" and "diplomat" are no office nouns
TITLE_NOUNS = frozenset({"chief", "diplomat", "minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson", "envoy", "leader",
                         "journalist", "reporter", "activist", "dissident", "businessman", "businesswoman", "executive", "researcher", "citizen", "national"})


def _takes_to_infinitive(holder: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb or noun takes a to-infinitive of one of ``verbs`` ("*": of any verb): "reserved the right to
    respond", "pushing the White House to embrace a more aggressive approach"."""
    return any(c.dep_ in ("acl", "xcomp", "advcl") and (c.lemma_.lower() in verbs or "*" in verbs)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(holder))


def _faulted_for_doing(verb: Token) -> bool:
    """Whether a verb gives a fault as its reason, a "for" phrase with a gerund: "Democrats also blasted Oversight for
    failing to make clear…", "bashed the panel for leaking the memo". Whatever its object, the verb then finds fault
    (rule 126), where "blasted the rock" breaks it."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ in ("pcomp", "pobj") and o.tag_ == "VBG" for o in children_of(c))
               for c in children_of(verb))


@dataclass(slots=True)
class _Modality:
    """How real an event is."""

    negated: bool = False
    future: bool = False  # will, shall, "is to"
    would: bool = False  # would: a future in reported speech, or a hypothetical
    intent: bool = False  # under an intent governor: "plans to", "decided to"
    predicted: bool = False  # under a prediction governor: "is expected to", "is set to"
    hypothetical: bool = False  # could, may, might, should, must; a condition; a question

    @property
    def projected(self) -> bool:
        """Announced by the actor for the future: what PLOVER reads as an intent or a threat."""
        return self.future or self.would or self.intent


@dataclass(slots=True)
class _Candidate:
    """A trigger found in the text, before its roles are filled."""

    token: Token  # the verb, adjective or noun that anchors the event
    trigger: Trigger
    noun: Token | None = None  # the object or nominal the pattern matched ("attack" in "launched an attack")
    particles: tuple[Token, ...] = ()
    type: str = ""
    entries: Sequence[Trigger] = ()  # remaining alternatives, tried when a role constraint fails
    governor: _Candidate | None = None  # an intent/speech-act trigger that governs this one
    complements: list[_Candidate] = field(default_factory=list)

    @property
    def nominal(self) -> bool:
        return self.trigger.kind == "noun" and self.noun is not None and self.noun.i == self.token.i


class _Coder:
    """Codes the events of one document."""

    def __init__(self, doc: Doc, entities: EntityIndex, times: Sequence[TimeExpr], quotes: Sequence[Quote], quantities: Sequence[Quantity] | None):
        self.doc = doc
        self._tokens = token_objects(doc)  # doc[i] makes a new Token each time
        self.text = doc_text(doc)
        self.entities = entities
        self.times = times
        self.quotes = quotes
        # Direct quotes by start, each with its place in ``quotes`` and the furthest end so far: most
        # positions asked about lie in no quote, and the furthest end says so without a scan.
        direct = sorted(((q.start, number, q) for number, q in enumerate(quotes) if q.kind == "direct"), key=lambda item: item[0])
        self._direct_starts = [start for start, _, _ in direct]
        self._direct = [(number, q) for _, number, q in direct]
        self._direct_reach = list(accumulate((q.end for _, _, q in direct), max))
        self._quantities = quantities
        self._entity_records: dict[str, Entity] | None = None
        self._entity_at: dict[int, Entity] | None = None
        self._entity_countries: dict[tuple[str, int], list[tuple[int, str]]] = {}
        self._expanded_spans: dict[tuple[int, int], Span | None] = {}  # (start, end) -> _expanded
        self._titled_entities: dict[str, bool] = {}  # entity id -> whether a mention carries a title (_title_after)
        self._first_named_states: dict[str, str | None] = {}  # entity id -> the state named before its first mention
        self._spoken_states: dict[str, str | None] = {}  # entity id -> the state a titled person speaks for (_spoken_for_state)
        self._acronym_entities: dict[str, str] | None = None  # acronym -> id of the organisation it spells (_acronym_country)
        self._country_index: CountryIndex | None = None
        self._hosted_states: set[str] | None = None  # states a summit, meeting or conference is held in (_summit_host)
        self._phrase_countries: dict[int, CountryMention | None] = {}
        self._sentence_of: list[int] = []
        self._sentences: list[tuple[int, int]] = []
        self._candidate_at: dict[int, _Candidate] = {}
        self._actor_like_at: dict[int, bool] = {}
        self._asking_reporter: set[int] = set()  # offices whose reporter's state is being looked up (no loop through "its")
        self._state_pairs: list[tuple[int, list[Token]]] | None = None
        self._named_heads: dict[str, list[tuple[int, str]]] | None = None
        self._lemma_positions: dict[int, list[int]] | None = None  # lemma hash -> token positions
        self._token_starts: list[int] | None = None  # each token's first character, for _token_at
        # (trigger token, its two parties' words, whether both are states), in text order
        self._coded_pairs: list[tuple[int, tuple[Token, Token], bool]] = []
        self._opening_places: dict[int, CountryMention | None] = {}  # sentence number -> _opening_place
        self._decisions: set[int] = set()  # tokens of "agreed to" that name a decision coded as its act (_decided)
        self._reacted_mentions: set[int] = set()  # nominal triggers that only name what a reaction answers (candidates)
        # reporting verb -> the party its that-clause's verdict names: whom it judges guilty (_condemning_report), whose
        # words it rebuts (_rebutting_report), whose act it praises (_praising_report)
        self._verdict_party: dict[int, Token | None] = {}
        self._coup_abroad: str | None | bool = False  # the state of a coup told from another state's dateline (_coup_state); False: not asked yet
        self._home_named: Counter | None = None  # how often the text names each country past its dateline (_home_in_play)
        self._weakened: set[int] = set()  # ids of drafts whose confidence a rule-6 factor lowered (_faint)
        self._american: bool | None = None  # whether the story is told in American political terms (_american_story)
        # Where the story is filed: the default country of its offices and places.
        filed = dateline(self.text)
        self._home_place = filed.home if filed is not None else None
        self._sections = section_places(self.text)  # a roundup's "NIGERIA", "MALI" headings
        self._section_ends = [end for end, _ in self._sections]
        self._dateline_start = filed.start if filed is not None else 0  # a headline before it is no part of it (_in_dateline)
        self._dateline_end = filed.end if filed is not None else 0  # the parser can make "NAIROBI" the first sentence's subject
        self._second_home = self._paired_dateline_state(filed)  # "ADDIS ABABA/KHARTOUM —": KHARTOUM's state (_party)
        bounds = sentence_bounds(doc) if len(doc) else [0]
        for number, (start, end) in enumerate(zip(bounds, bounds[1:])):
            self._sentences.append((start, end))
            self._sentence_of.extend([number] * (end - start))

    def _paired_dateline_state(self, filed: Dateline | None) -> str | None:
        """The state of a second capital a dateline pairs with its first ("ADDIS ABABA/KHARTOUM, Dec 16 (Reuters) —" →
        SDN), when it is another state than the first's: a story filed from both sides of a quarrel."""
        if filed is None or filed.home is None:
            return None
        after = self.text[filed.home.end:filed.end]
        if not after.startswith("/"):
            return None
        second = re.match(r"/\s*([A-Z][A-Za-z'. -]*?)\s*(?:[,(]|--|\u2014|\u2013|-\s)", after)
        code = country_code(second.group(1).title()) if second is not None else None
        return code if code is not None and code != filed.home.code and code not in NON_STATE_CODES else None

    def _in_dateline(self, token: Token) -> bool:
        """Whether a token is a word of the wire dateline ("DOHA (AP) —", "ABUJA, Nigeria (AFP) —"), not of a headline
        before it nor of the story after it."""
        return self._dateline_start <= token.idx < self._dateline_end

    def _on_page_furniture(self, token: Token) -> bool:
        """Whether the token's sentence is a page's furniture rather than the article: a line linking another story
        ("Read more: Lithuania moves troops to border"), a picture's caption ("FILE PHOTO: Soldiers patrol…"), a
        pointer ("Here is what we know"), a contributor's line. The claims leave the same sentences out
        (cues.is_furniture_line, cues.NOT_ASSERTIONS)."""
        start = self._tokens[self._sentences[self._sentence_of[token.i]][0]].idx
        line = self.text.rfind("\n", 0, start) + 1
        return NOT_ASSERTIONS.match(self.text, start) is not None or is_furniture_line(self.text, line) or self._listed_link(line)

    def _listed_link(self, line: int) -> bool:
        """Whether the line starting at ``line`` is a headline in a page's list of links: a line with no full stop under
        a heading such as "Related coverage" or "Most read", with only other such lines (or blank ones) between them.
        "Related coverage / Iran executes man convicted of spying for Israel" tells another story. Reads at most
        LINK_LIST_REACH lines back, and none when the line ends as a sentence does."""
        end = self.text.find("\n", line)
        if self.text[line:len(self.text) if end < 0 else end].rstrip().endswith(SENTENCE_ENDINGS):
            return False
        for _ in range(LINK_LIST_REACH):
            if line == 0:
                return False
            above = self.text.rfind("\n", 0, line - 1) + 1
            words = self.text[above:line - 1].rstrip()
            if LINK_LIST_HEADING.match(words):
                return True
            if words.endswith(SENTENCE_ENDINGS):
                return False  # the article's own paragraph: the line is a subheading, or the story's headline
            line = above
        return False

    def _expanded(self, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")``, built once per stretch: the same
        mentions and parties are asked about many times per document."""
        key = (start, end)
        if key not in self._expanded_spans:
            self._expanded_spans[key] = self.doc.char_span(start, end, alignment_mode="expand")
        return self._expanded_spans[key]

    # ------------------------------------------------------------------ triggers

    def candidates(self) -> list[_Candidate]:
        found: dict[int, _Candidate] = {}
        consumed: set[int] = set()
        lexicon = LEXICON
        doc = self.doc
        rows = doc.to_array([LEMMA, LOWER]).reshape(-1, 2)
        positions = np.flatnonzero(among(rows[:, 0], _TRIGGER_LEMMA_KEYS) | among(rows[:, 1], _TRIGGER_FORM_KEYS)).tolist()
        nominals = []
        tokens = self._tokens
        for i in positions:
            token = tokens[i]
            pos = token.pos_
            if pos == "VERB" or (pos == "AUX" and token.dep_ not in ("aux", "auxpass")):
                if token.dep_ in ("amod", "compound"):
                    continue  # "the injured soldiers": a participle describing, not an event
                if token.dep_ == "xcomp" and token.lemma_.lower() == "blame" and token.head.lemma_.lower() == "be":
                    continue  # "said Washington was to blame": a verdict on Washington (_condemning_report), no one blaming it
                # a warning is read as a charge before the lexicon's threat (WARNING_VERBS), other reports after it
                warning = token.lemma_.lower() in WARNING_VERBS
                candidate = self._condemning_report(token) if warning else None
                if candidate is None and warning:
                    candidate = self._warned_of(token)
                if candidate is None:
                    candidate = self._verb_candidate(token, self._verb_lemma(token))
                if candidate is None:
                    candidate = self._deontic_candidate(token)
                if candidate is None:
                    candidate = self._said_threat(token)
                if candidate is None and not warning:
                    candidate = self._condemning_report(token)
                if candidate is None and not warning:
                    candidate = self._rebutting_report(token)
                if candidate is None and not warning:
                    candidate = self._praising_report(token)
                if candidate is not None:
                    found[i] = candidate
                    if candidate.noun is not None:
                        consumed.add(candidate.noun.i)
            elif pos == "ADJ" and token.dep_ == "acomp":
                entries = lexicon.adjectives.get(token.lemma_.lower())
                if entries:
                    found[i] = _Candidate(token, entries[0], type=entries[0].type, entries=entries[1:])
            elif pos in ("NOUN", "PROPN") and token.dep_ != "compound" and not (token.ent_type_ == "DATE" and token.is_title):
                nominals.append(token)  # not a month: "the summit is scheduled for March"
        for token in nominals:
            entries = lexicon.nouns.get(token.lemma_.lower())
            if not entries:
                continue  # most nouns name no event: the checks below are for those that do
            if token.i in consumed or token.dep_ in ("attr", "oprd") or (token.dep_ in SUBJECTS + ("nsubjpass",) and token.head.lemma_ in DEFINING_VERBS and self._generic(token)):
                continue  # "an attack on Belarus is (considered) an attack on Russia": a definition, not an event
            if token.dep_ == "pobj" and token.head.head.i in found and self._nominal_actor(token) is None:
                continue  # "sent 20 million euros in aid": the verb's event, told again
            if token.dep_ == "pobj" and token.head.head.dep_ in OBJECTS and token.head.head.head.i in found and self._nominal_actor(token) is None:
                continue  # "pledged $25 million in aid": what the verb promises
            if token.dep_ in OBJECTS and token.head.i in found and self._nominal_actor(token) is None:
                continue  # "relaxed its ban on parties", "signed a pact": what the verb acts on, not another event
            if token.dep_ in OBJECTS and token.head.i in found and found[token.head.i].type in REACTION_TYPES and token.lemma_.lower() in SPEECH_ACT_NOUNS:
                # "Iran backed Yerevan's request", "Mexico backed Haiti's protest": the request reacted to, told before;
                # coded all the same, for the reactions that take it up, and dropped from the events at the end
                self._reacted_mentions.add(token.i)
            if self._inside_acted_object(token, found) and self._nominal_actor(token) is None:
                continue  # "suspended its part of the park agreement": still what the verb acts on
            if self._prevented(token):
                continue  # "banned the opposition's rallies", "the talks were cancelled": it did not take place
            if token.lemma_.lower() == "threat" and token.dep_ in OBJECTS and token.head.lemma_.lower() in THREAT_ANSWERING_VERBS:
                continue  # "wants more batteries, citing the threat from Russia": a danger given as a reason, no threat made
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in MEMBERSHIP_NOUNS:
                continue  # "Mexico, the third member of the North American free trade pact": what it belongs to, no act
            if token.dep_ == "pobj" and token.head.lower_ in ("on", "for") and token.head.head.lemma_.lower() in TOPIC_HEAD_NOUNS:
                continue  # "vetoes UN resolution on Sudan ceasefire", "talks on a truce": what is proposed or discussed
            if ((token.dep_ in OBJECTS + ("nsubjpass",) and token.head.lemma_.lower() in BREACHING_VERBS)
                    or any(c.dep_ == "amod" and c.lemma_.lower() in BREACHING_VERBS for c in children_of(token))):
                continue  # "convicted of violating U.S. sanctions": a measure in force that was broken, not one imposed here
            if token.pos_ == "PROPN" and token.is_title and (token.ent_type_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART") or self._in_named_body(token)):
                continue  # "the South Asian Association for Regional Cooperation": a word of a name, no event
            if (token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.pos_ == "VERB"
                    and token.head.head.lemma_.lower() in SPEECH_VERBS | VENUE_SPEECH_VERBS):
                continue  # "speaking at a meeting of the security council": where a statement was made, not a meeting between parties
            if token.dep_ in ("dobj", "dative") and token.head.pos_ == "VERB" and token.head.lemma_.lower() == "tell":
                continue  # "Ruto told a meeting of business leaders that…": the audience of a statement, not a meeting between parties
            match = self._noun_entries(token, entries)
            if match and token.dep_ == "nsubj" and token.head.i in found and found[token.head.i].type in {e.type for e in match}:
                continue  # "Israeli strikes killed 12 people": the act and its harm, one event (the verb's)
            if match:
                found[token.i] = _Candidate(token, match[0], noun=token, type=match[0].type, entries=match[1:])
        return [found[i] for i in sorted(found)]

    def _prevented(self, noun: Token) -> bool:
        """Whether an event noun is what is banned, prevented, cancelled or postponed: it does not take place."""
        return noun.dep_ in OBJECTS + ("nsubjpass",) and noun.head.lemma_.lower() in PREVENTING_VERBS

    def _generic(self, noun: Token) -> bool:
        """Whether a noun names a kind rather than one thing: no definite determiner and no owner
        ("an attack on one member", "attacks on civilians"; not "the visit by the minister")."""
        return not any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in children_of(noun))

    def _verb_lemma(self, token: Token) -> str:
        """The lexicon lemma of a verb, repairing lemmatiser slips ("staged" → "stag")."""
        lemma = token.lemma_.lower()
        lexicon = LEXICON
        if lemma in lexicon.verbs or lemma in lexicon.phrasals or lemma in lexicon.object_verbs or lemma in LIGHT_VERBS:
            return lemma
        return lexicon.verb_forms.get(token.lower_, lemma)

    def _deontic_candidate(self, verb: Token) -> _Candidate | None:
        """A reporting verb whose that-clause says what someone else must or should do is a demand:
        "the Bush administration declared that China must drop barriers" (REQUEST, target China);
        not what a kind of party must do ("countries must help each other"), a maxim."""
        lemma = verb.lemma_.lower()
        if lemma not in REPORTING_VERBS or lemma in OPINION_VERBS:
            return None
        for clause in children_of(verb):
            if clause.dep_ != "ccomp":
                continue
            deontic = any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUXILIARIES for c in children_of(clause)) or self._needs_to(clause)
            subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if self._counterfactual(clause):
                continue  # "said Togo should have warned Accra": a reproach for what was not done, no demand (rule 78)
            if self._venue_view(subject) or self._hoped_outcome(clause, subject):
                continue
            if deontic and subject is not None and subject.pos_ != "PRON" and not self._negated(clause) and not self._kind(subject):
                return _Candidate(verb, _DEMAND, type="REQUEST")
        return None

    @staticmethod
    def _needs_to(clause: Token) -> bool:
        """Whether a clause says in the present what its subject "needs to" or "has to" do, as "must" does: "said
        Kyiv needs to withdraw its troops", "said Moscow has to stop the shelling" (not "had to withdraw", a past
        necessity; rule 125)."""
        return (clause.lemma_.lower() in NECESSITY_VERBS and clause.tag_ in ("VBP", "VBZ")
                and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                        for c in children_of(clause)))

    def _said_threat(self, verb: Token) -> _Candidate | None:
        """A report that promises another party harm or a penalty is a threat, as "warned that…" is: "Greece said Turkey
        would face consequences over the survey ship", "India told Pakistan it would pay a heavy price for the attack"
        (_penalty_faced, _harm_promised). Only a government, its office or a state speaks so of another state's party:
        "Economists said Kenyan exporters could face higher tariffs" foresees, and "the farmers would pay a heavy price
        for the drought" is no one's act."""
        lemma = verb.lemma_.lower()
        if lemma not in REPORTING_VERBS or lemma in OPINION_VERBS or lemma == "warn":
            return None
        sayer, agent = self._subject(verb)
        if sayer is None or agent or not self._state_level(self._semantic_head(sayer)):
            return None  # a government or its office promises the harm; an economist foresees it
        own = self._phrase_country(sayer)
        for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
            if self._resolve_on_condition(clause):
                break  # "said it would not hesitate to act if Kenya kept the ban": aimed at whoever must not meet the condition
            if not (self._penalty_faced(clause) or self._harm_promised(clause)):
                continue
            # the harm falls on another state's party, named as such: "Turkey would face consequences", not "the farmers"
            threatened = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            their = self._phrase_country(threatened) if threatened is not None else None
            if threatened is not None and threatened.pos_ == "PRON" and (told := next((c for c in children_of(verb) if c.dep_ in ("dobj", "dative")), None)):
                their = self._phrase_country(told)  # "told Pakistan it would pay a heavy price"
            if their is not None and (own is None or their.code != own.code) and their.code not in NON_STATE_CODES:
                break
        else:
            return None
        entry = LEXICON.verb_entry("warn", "THREATEN")
        return _Candidate(verb, entry, type="THREATEN") if entry is not None else None

    def _condemning_report(self, verb: Token) -> _Candidate | None:
        """A state's report that judges another party or its act guilty is an accusation, as "accused" is: "Russia said
        the United States was responsible for the attack", "Moscow said Kyiv was behind the drone attack", "Tehran said
        the seizure of the tanker was an act of piracy", "China said the US sanctions were illegal" (real copy tells
        most accusations so; rule 119). The that-clause is "be" (or "amount to", "constitute") with a condemning
        adjective or noun (CONDEMNING_ADJECTIVES, CONDEMNING_NOUNS), "to blame" or "behind"; the accused is its subject,
        or the author of the act its subject names (`_condemned`). Only a state, its office, its officer or a person of
        public life accuses so (an analyst's verdict is none), and not its own state."""
        # the clauses' verdicts first: most reports judge no one, and the sayer is then not looked at
        clauses = [c for c in self._reported_clauses(verb) if not self._negated(c)]
        charged = [found for clause in clauses if (found := self._condemned(clause)) is not None]
        # "Hillary Clinton said Russian intelligence services hacked into Democratic National Committee computers": a
        # politician who tells a state's organ doing a hostile act charges its state, where a military that reports the
        # enemy's shelling tells the news (_organ_charged)
        organs = [] if charged else [(organ, clause) for clause in clauses if (organ := self._organ_charged(clause)) is not None]
        # "Peskov said any planned deployment would be unprovoked and unjustified": a verdict on an act the clause names
        # no author of accuses all the same, at no one the sentence names (rule 125)
        unowned = not charged and not organs and any(self._unowned_verdict(clause) is not None for clause in clauses)
        if not charged and not organs and not unowned:
            return None
        sayer, agent = self._subject(verb)
        if sayer is None or agent:
            return None
        judging = self._judging_sayer(sayer)
        if judging is None:
            return None
        own, public = judging
        if unowned:
            if own in (None, *NON_STATE_CODES):
                return None
            self._verdict_party[verb.i] = None
            return _Candidate(verb, _CONDEMNING_REPORT, type="ACCUSE")
        if not charged:
            # any judging sayer charges an organ with a crime by its name ("The Ukrainian army said Russian troops had
            # committed atrocities in Bucha"), only a public figure with a deed ("said Russian services hacked into…")
            charged = [(organ, True) for organ, clause in organs if public or self._crime_named(clause)]
        for accused, charging in charged:
            if accused.i == sayer.i:
                continue
            code = self._party(accused).country
            # "Bernie Sanders said Donald Trump was a pathological liar": a politician's verdict on a rival of his own
            # state accuses him too (rule 121), where a state's verdict on its own people is none
            rival = public and code == own and self._rival_person(accused, sayer)
            if code is not None and (code != own or rival):
                self._verdict_party[verb.i] = accused
                return _Candidate(verb, _CHARGING_REPORT if charging else _CONDEMNING_REPORT, type="ACCUSE")
        return None

    def _warned_of(self, verb: Token) -> _Candidate | None:
        """A warning of a danger another state poses is an accusation of it, not a threat: "Stoltenberg warned of the
        threat from China", "warned of the danger posed by Russia", "warned of Russian aggression" (rule 125). The "of"
        phrase names a danger (DANGER_NOUNS) from, of or posed by a party, or owned by it, or a hostile act (a lexicon noun
        of material conflict or a threat) by a party; only a judging sayer warns so, of another state. With no party so
        named ("warned of a hard landing") the warning stays what the lexicon makes it."""
        # the "of" phrase hangs on the verb, or on the place the parser read it with ("warned in Brussels of the threat")
        holders = [verb] + [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in LOCATION_PREPOSITIONS
                            for o in children_of(c) if o.dep_ == "pobj" and self._place_like(o)]
        dangers = [o for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"]
        source = next((found for noun in dangers if (found := self._danger_source(noun)) is not None), None)
        if source is None:
            return None
        sayer, agent = self._subject(verb)
        judging = self._judging_sayer(sayer) if sayer is not None and not agent else None
        if judging is None or judging[0] is None:
            return None
        code = self._party(source).country
        if code is None or code == judging[0]:
            return None
        self._verdict_party[verb.i] = source
        return _Candidate(verb, _CONDEMNING_REPORT, type="ACCUSE")

    def _danger_source(self, noun: Token) -> Token | None:
        """The party a danger or a hostile act named after "warned of" comes from (`_warned_of`), or None."""
        lemma = noun.lemma_.lower()
        entries = LEXICON.nouns.get(lemma, ())
        hostile = (bool(entries) and entries[0].type in MATERIAL_CONFLICT | {"THREATEN"}) or lemma in WAGED_NOUNS
        if lemma not in DANGER_NOUNS and not hostile:
            return None
        parties = self._named_owners(noun, ("from", "of", "by"))
        parties += [o for c in children_of(noun) if c.dep_ == "acl" and c.lemma_.lower() == "pose"
                    for a in children_of(c) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"]
        for party in parties:
            if party.pos_ != "PRON" and (self._actor_like(party) or self._token_country(party) is not None) and self._party(party).country is not None:
                return party
        return None

    def _rebutting_report(self, verb: Token) -> _Candidate | None:
        """A report that calls another party's words false is a rejection of them, as "rejected the allegations" is:
        "Moscow said the British allegations were baseless", "Cruz's spokeswoman said that Rubio's claim that Cruz is in
        favor of legalizing illegal immigrants is 'simply not true'", "said the report was a lie". The that-clause is
        "be" with a rebutting adjective (REBUTTING_ADJECTIVES, or "true" negated) or noun (REBUTTING_NOUNS) on an
        assertion (REBUTTED_NOUNS); aimed at whoever the assertion is said to be by ("the British allegations", "Rubio's
        claim", "claims by Kyiv"), else left to the target steps. Only a state, its office, its officer or a person of
        public life rejects so (`_judging_sayer`): an analyst who calls a claim false judges it."""
        rebutted = None
        for clause in self._reported_clauses(verb):
            if clause.lemma_.lower() != "be":
                continue
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            negated = self._negated(clause)
            verdicts = [c for c in children_of(clause) if c.dep_ in ("acomp", "attr")]
            if subject is not None and subject.lower_ in UNOWNED_VERDICT_PRONOUNS:
                # "“It's nonsense,” Mr. Trump said": words told before called false by the verdicts only words can have
                # (rule 125); whose they were is left to the target steps
                if not negated and any(v.lemma_.lower() in FALSEHOOD_VERDICTS for v in verdicts):
                    rebutted = subject
                    break
                continue
            if subject is None or subject.lemma_.lower() not in REBUTTED_NOUNS:
                continue
            if any((v.dep_ == "acomp" and ((v.lemma_.lower() in REBUTTING_ADJECTIVES and not negated) or (v.lemma_.lower() == "true" and negated)))
                   # "said the claims by Russia were nonsense": the parser may read a bare noun verdict as an adjective
                   or (v.dep_ in ("attr", "acomp") and v.lemma_.lower() in REBUTTING_NOUNS and not negated) for v in verdicts):
                rebutted = subject
                break
        sayer = self._judging_subject(verb) if rebutted is not None else None
        if sayer is None:
            return None
        self._verdict_party[verb.i] = self._claimant(rebutted, sayer) if rebutted.pos_ != "PRON" else None
        return _Candidate(verb, _REBUTTING_REPORT, type="REJECT")

    def _praising_report(self, verb: Token) -> _Candidate | None:
        """A report that calls an act good is an endorsement of it (CAMEO 051, SUPPORT), as "praised the deal" is:
        "Erdogan said this exchange represented “a very important step”", "Guterres said the deal was a ray of hope".
        The that-clause is "be", "represent", "mark" or "constitute" with a praising verdict (`_praising`) on an act
        (a lexicon noun, ACT_NOUNS) or "this"/"it"; aimed at the act's author when the text names one of another state,
        else at no one. Only a state, its office or officer, a body of states or a person of public life endorses so."""
        praised = None
        for clause in self._reported_clauses(verb):
            if clause.lemma_.lower() not in PRAISING_COPULAS or self._negated(clause):
                continue
            act = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if act is None or not (act.lower_ in UNOWNED_VERDICT_PRONOUNS or (act.pos_ == "NOUN" and (act.lemma_.lower() in LEXICON.nouns or act.lemma_.lower() in ACT_NOUNS))):
                continue
            verdicts = [w for c in children_of(clause) if c.dep_ in ("attr", "acomp", "dobj") for w in subtree_of(c)]
            if verdicts and self._praising(self.doc[min(w.i for w in verdicts) : max(w.i for w in verdicts) + 1]):
                praised = act
                break
        sayer = self._judging_subject(verb) if praised is not None else None
        if sayer is None:
            return None
        author = (self._agent_of_event_noun(praised) or self._nominal_actor(praised)) if praised.pos_ == "NOUN" else None
        self._verdict_party[verb.i] = author if author is not None and self._party(author).country not in (None, self._party(sayer).country) else None
        return _Candidate(verb, _PRAISING_REPORT, type="SUPPORT")

    def _reported_clauses(self, verb: Token) -> list[Token]:
        """The that-clauses a report asserts (not on a condition nor counter to fact: "said that if Kyiv attacked…"),
        which its verdict readers judge (`_condemning_report`, `_rebutting_report`, `_praising_report`); none for a verb
        that reports no assertion (not in REPORTING_VERBS) or an opinion (OPINION_VERBS)."""
        lemma = verb.lemma_.lower()
        if lemma not in REPORTING_VERBS or lemma in OPINION_VERBS:
            return []
        clauses = []
        for clause in self._asserted_clauses(verb):
            held = self._belief_held(clause, verb)
            clauses.extend(held if held else [clause])
        return clauses

    def _asserted_clauses(self, head: Token) -> list[Token]:
        """The that-clauses of a verb that are asserted, not on a condition nor counter to fact."""
        return [c for c in children_of(head) if c.dep_ == "ccomp" and not (self._conditional(c) or self._counterfactual(c))]

    def _belief_held(self, clause: Token, verb: Token) -> list[Token]:
        """The that-clauses of a belief the sayer says he holds, or a finding his own state has made, which he asserts as
        if he said them: "O'Rourke has said he still believes that Trump conspired with Russia", "Harris said the U.S. has
        determined that Russia committed crimes against humanity"; empty for any other clause, for a belief denied ("said
        he does not believe…") and for someone else's ("said voters think…", "said Moscow has concluded that…")."""
        lemma = clause.lemma_.lower()
        if lemma not in BELIEF_VERBS | FINDING_VERBS or self._negated(clause):
            return []
        holder = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if holder is None:
            return []
        if holder.lower_ not in SAYER_PRONOUNS:
            if lemma not in FINDING_VERBS or holder.pos_ == "PRON":
                return []
            sayer = self._subject(verb)[0]
            own = self._party(sayer).country if sayer is not None else None
            if own in (None, *NON_STATE_CODES) or not self._state_level(self._semantic_head(holder)) or self._party(holder).country != own:
                return []
        return self._asserted_clauses(clause)

    def _named_owners(self, noun: Token, prepositions: tuple[str, ...]) -> list[Token]:
        """The words that may name whose a noun is, in this order: its possessor or its state's word ("Rubio's claim",
        "the British allegations"), then the objects of its ``prepositions`` ("claims by Kyiv", "the threat from China");
        `_claimant` and `_danger_source` choose among them."""
        owners = [c for c in children_of(noun) if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self._token_country(c) is not None)]
        return owners + [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in prepositions for o in children_of(c) if o.dep_ == "pobj"]

    def _claimant(self, claim: Token, sayer: Token) -> Token | None:
        """Whose words an assertion noun names: its owner ("Rubio's claim"), its people or state word ("the British
        allegations") or its "by"/"from" party ("claims by Kyiv"); not the one who rebuts them."""
        owners = self._named_owners(claim, ("by", "from"))
        own = self._party(sayer).country
        for owner in owners:
            if owner.pos_ == "PRON" or not (self._actor_like(owner) or self._token_country(owner) is not None):
                continue
            if own is not None and self._party(owner).country == own and not self._rival_person(owner, sayer):
                continue  # one's own state's words are not rebutted as another's, a rival's are
            return owner
        return None

    @staticmethod
    def _involved_in_war(clause: Token) -> bool:
        """Whether a clause tells its passive subject "involved in" a war, a conflict or a crime (INVOLVED_IN_NOUNS):
        "NATO was directly involved in the conflict", "Kyiv was involved in the sabotage" (not "in the talks")."""
        if clause.lemma_.lower() != "involve" or not any(c.dep_ == "auxpass" for c in children_of(clause)):
            return False
        return any(o.lemma_.lower() in INVOLVED_IN_NOUNS
                   for c in children_of(clause) if c.dep_ == "prep" and c.lower_ == "in" for o in children_of(c) if o.dep_ == "pobj")

    @staticmethod
    def _crime_named(clause: Token) -> bool:
        """Whether a clause names its deed a crime (CRIME_NOUNS: "had committed atrocities", "committed war crimes")."""
        verbs = [clause] + [c for c in children_of(clause) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return any(o.dep_ == "dobj" and o.lemma_.lower() in CRIME_NOUNS for v in verbs for o in children_of(v))

    def _organ_charged(self, clause: Token) -> Token | None:
        """The subject of a that-clause that tells a state's organ or people doing a hostile act (`_hostile_act`):
        "Russian intelligence services hacked into…", "Chinese hackers stole…"; None for anything else."""
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or self._whole_state(self._semantic_head(subject)):
            return None  # a state by its name is charged already (_condemned)
        mention = self._phrase_country(subject)
        if mention is None or mention.code in NON_STATE_CODES or not (self._actor_like(subject) or self._people_like(subject)):
            return None
        return subject if self._hostile_act(clause) else None

    def _judging_sayer(self, sayer: Token) -> tuple[str | None, bool] | None:
        """Whether a sayer's verdicts accuse: a state, its capital or seat, its office or forces, a body of states or its
        officer, or a person of public life ("the Kremlin said", "Peskov said", "Poland's armed forces said", "NATO's
        secretary general warned"), not an analyst, whose verdict is none.
        Returns the sayer's state and whether it is a person of public life, or None."""
        head = self._semantic_head(sayer)
        seat = self._token_country(head) if head.pos_ == "PROPN" else None
        own = self._party(sayer).country
        forces = head.pos_ == "NOUN" and (_noun_class(head, "office") or _noun_class(head, "actor")) and own not in (None, *NON_STATE_CODES)
        # a pronoun counts for the person of public life the resolver links it to ("He also warned that Russia is poised
        # to expand its war" after "President Volodymyr Zelensky"); so does a holder of a state office the text names by
        # title though the people table lacks the name ("Finnish Prime Minister Petteri Orpo … He claimed that Moscow is
        # preparing for a long conflict")
        public = (head.pos_ == "PROPN" or head.lower_ in PERSONAL_PRONOUNS) and (
            self._public_name_country(head) is not None or self._titled_in_office(self._entity_of(head))
        ) or (head.pos_ == "NOUN" and _running_for_office(head))  # "Candidate for the … presidential nomination Beto O'Rourke said"
        # "NATO warned that the Kremlin might use chemical weapons": a body of states judges too (named, not a pronoun the
        # resolver may have hung on a body: "…,” she said" is the quote's speaker's, _quoted_verdicts)
        body = own == "IGO" and head.pos_ != "PRON"
        if not (self._state_level(head) or (seat is not None and seat.kind == "seat") or forces or public or body):
            return None
        return own, public

    def _rival_person(self, accused: Token, sayer: Token) -> bool:
        """Whether the accused of a politician's verdict is another person of public life: a name of the people table,
        or a person the entity index knows, not the sayer himself."""
        head = self._semantic_head(accused)
        if head.pos_ != "PROPN":
            return False
        entity, own = self._entity_of(head), self._entity_of(self._semantic_head(sayer))
        if entity is not None and own is not None and entity.id == own.id:
            return False
        return self._public_name_country(head) is not None or (entity is not None and entity.type == "PERSON")

    def _threatened_in_infinitive(self, noun: Token, exclude: set[int]) -> Token | None:
        """The party a threat noun's infinitives would act on: "a threat to use the Satan-2 missile to strike Britain",
        "its threat to cut off gas to Moldova" (the object or the "to"/"against"/"on" party of an infinitive on the
        noun, or of one on that infinitive), or None."""
        verbs = [c for c in children_of(noun) if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]
        verbs += [g for v in verbs for g in children_of(v) if g.dep_ in ("advcl", "xcomp", "conj") and g.tag_ == "VB"]
        for verb in verbs:
            for child in children_of(verb):
                if child.dep_ == "dobj" and child.i not in exclude and self._phrase_country(child) is not None and (self._actor_like(child) or self._place_like(child)):
                    return child
            found = self._target_from_prepositions([verb], ("to", "against", "on"), exclude)
            if found is not None:
                return found
        return None

    def _condemned(self, clause: Token) -> tuple[Token, bool] | None:
        """Whom a that-clause judges guilty (``_condemning_report``): the subject of a breach ("a Russian missile had
        violated Poland's airspace") or of a verdict (`_judged_guilty`: "was responsible for", "was to blame", "was
        behind", "was illegal", "amounted to an act of aggression"), or, when the subject is an act ("the Israeli strike",
        "Putin's order"), its author; or a state the clause tells doing a hostile act (`_hostile_act`); or the party it
        lays the responsibility for a harm on (`_responsibility_placed`). With it, whether the clause is such an act,
        which stays an event of its own; None when the clause judges no one."""
        placed = self._responsibility_placed(clause)
        if placed is not None:
            # "said Washington bears responsibility for the attack", "said responsibility for the strike lies with Kyiv"
            named = self._phrase_country(placed) is not None or self._entity_of(self._semantic_head(placed)) is not None
            return (placed, False) if self._actor_like(placed) and named else None
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if subject is None and clause.lemma_.lower() not in LEXICON.verbs and any(c.dep_ == "xcomp" for c in children_of(clause)):
            # "warned that Russia is poised to expand its war": the parser reads "is poised to" as a passive (not a
            # passive act: "Russia was forced to withdraw" underwent the forcing)
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubjpass"), None)
        if subject is None and self._adjective_read_passive(clause):
            subject = next(c for c in children_of(clause) if c.dep_ == "nsubjpass")  # "X's deployment would be unjustified"
        involved = subject is None and self._involved_in_war(clause)
        if involved:
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        # "Poland's armed forces said a Russian cruise missile had violated Poland's airspace": a breach told is charged;
        # so is a part in a war ("Lavrov said NATO was directly involved in the conflict")
        breach = (clause.lemma_.lower() in BREACHING_VERBS and clause.tag_ in ("VBD", "VBN", "VBZ")) or involved
        # "Hillary Clinton said Donald Trump lied about his taxes", "said Trump conspired with Russia": a wrong done is
        # charged as a verdict of guilt is (rule 125)
        wrongdoing = clause.lemma_.lower() in WRONGDOING_VERBS and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        if not breach and not wrongdoing and not self._insulted(clause, subject) and not self._judged_guilty(clause):
            if self._hostile_act(clause) and self._whole_state(self._semantic_head(subject)):
                return subject, True  # "said Russia had hit Poland with missiles": a state charged with what it is told to do
            return None
        head = self._semantic_head(subject)
        if not breach and head.lemma_.lower() in SPEECH_NOUNS | CLAIM_NOUNS | SPEECH_ACT_NOUNS:
            return None  # "said Georgia's claims were false": a rebuttal of words, no verdict on an act
        if head.pos_ == "NOUN" and not self._actor_like(head):
            author = self._agent_of_event_noun(head) or self._nominal_actor(head)  # "the Israeli strike", "Putin's order"
            return (author, False) if author is not None else None
        named = self._phrase_country(subject) is not None or (not breach and self._entity_of(head) is not None)
        return (subject, False) if self._actor_like(subject) and named else None

    def _unowned_verdict(self, clause: Token) -> Token | None:
        """The verdict word of a clause that judges an act guilty without naming its author (`_condemning_report`,
        `_quoted_verdict`): "This is extremely irresponsible", "the deployment would be unjustified", "It was
        reckless"; the subject is "this", "that" or "it" (not the "it" of "it is unacceptable to
        shell cities", which judges what follows), or an act ("the deployment", "the decision") with no author. A verdict
        of blame ("was responsible for", "was behind") needs a party and is no such verdict."""
        read_passive = self._adjective_read_passive(clause)
        if (clause.lemma_.lower() not in JUDGING_COPULAS and not read_passive) or self._negated(clause):
            return None
        subject = next((c for c in children_of(clause) if c.dep_ == ("nsubjpass" if read_passive else "nsubj")), None)
        if subject is None:
            return None
        children = list(children_of(clause))
        verdicts = self._passive_read_adjectives(clause) if read_passive else [c for c in children if c.dep_ in ("acomp", "attr")]
        if subject.pos_ == "PRON":
            if subject.lower_ not in UNOWNED_VERDICT_PRONOUNS:
                return None
            if any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in children) or any(c.dep_ in ("ccomp", "xcomp") for v in verdicts for c in children_of(v)):
                return None  # "it is unacceptable that…", "it is dangerous to…": the verdict is on what follows
        else:
            head = self._semantic_head(subject)
            if (head.pos_ != "NOUN" or self._actor_like(head) or head.lemma_.lower() in SPEECH_NOUNS | CLAIM_NOUNS | SPEECH_ACT_NOUNS
                    or not (head.lemma_.lower() in ACT_NOUNS or head.lemma_.lower() in LEXICON.nouns)):
                return None
            if self._agent_of_event_noun(head) is not None or self._nominal_actor(head) is not None:
                return None  # an act with an author is `_condemned`'s
            if any(c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or self._token_country(c) is not None) for c in children_of(head)):
                return None
        for verdict in verdicts:
            lemma = verdict.lemma_.lower()
            if subject.pos_ == "PRON" and lemma in FALSEHOOD_VERDICTS:
                continue  # "This is a lie": words rebutted (_rebutting_report)
            adjective = read_passive or verdict.dep_ == "acomp"
            if (adjective and lemma in CONDEMNING_ADJECTIVES and lemma != "responsible") or (verdict.dep_ == "attr" and lemma in CONDEMNING_NOUNS):
                return verdict
        return None

    @staticmethod
    def _adjective_read_passive(clause: Token) -> bool:
        """Whether the parser read "be" and its adjective as a passive: "Any planned deployment would be unprovoked and
        unjustified, said Peskov" gives "unprovoked" (an adjective) a passive subject and "be" as its passive
        auxiliary. The clause is a verdict all the same, as "would be unjustified" is (`_unowned_verdict`,
        `_judged_guilty`, `_condemned`)."""
        children = list(children_of(clause))
        return (clause.tag_ == "JJ" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in children)
                and any(c.dep_ == "nsubjpass" for c in children))

    @staticmethod
    def _passive_read_adjectives(clause: Token) -> list[Token]:
        """The adjectives of a verdict read as a passive (`_adjective_read_passive`): the clause's head and the
        adjectives joined to it ("unprovoked and unjustified")."""
        return [clause] + [c for c in children_of(clause) if c.dep_ == "conj" and c.tag_ == "JJ"]

    def _whole_state(self, token: Token) -> bool:
        """Whether a party's head names a state as a whole: its name, capital or seat ("Russia", "Moscow", "the
        Kremlin") or its government ("the criminal Russian regime"), not its forces or officials."""
        mention = self._token_country(token) if token.pos_ in ("PROPN", "ADJ") else None
        if mention is not None:
            return mention.kind in ("name", "capital", "seat", "igo")
        return token.lemma_.lower() in _GOVERNING and self._phrase_country(token) is not None

    def _hostile_act(self, clause: Token) -> bool:
        """Whether a clause tells its subject doing a hostile act: a verb (or its object pattern) the lexicon codes
        ASSAULT or COERCE ("had hit Poland"), or one that wages, sparks or prepares a war, conflict or crime ("is waging a
        hybrid war", "is trying to spark a conflict", "is preparing for a long conflict", "committed crimes against
        humanity"), the clause's verb or an infinitive it governs."""
        verbs = [clause] + [c for c in children_of(clause) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        # "is poised (ready, set) to expand its war": the infinitive of the clause's predicate adjective
        verbs += [g for c in children_of(clause) if c.dep_ == "acomp" for g in children_of(c) if g.dep_ == "xcomp" and g.pos_ == "VERB"]
        verbs += [g for v in verbs[1:] for g in children_of(v) if g.dep_ == "xcomp" and g.pos_ == "VERB"]
        for verb in verbs:
            lemma = verb.lemma_.lower()
            objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
            objects += [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("for", "in") for o in children_of(c) if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in WAGED_NOUNS for o in objects) or lemma in CHARGED_VERBS:
                return True
            if lemma == "use" and any(o.lemma_.lower() in USED_WEAPON_NOUNS for o in objects):
                return True  # "warned that the Kremlin might use chemical weapons": using arms is an attack
            paired = [e for o in objects for e in LEXICON.objects.get((lemma, o.lemma_.lower()), ())]
            entries = paired or LEXICON.verbs.get(lemma, ())
            if entries and entries[0].type in CHARGED_ACT_TYPES:
                return True
        return False

    def _insulted(self, clause: Token, subject: Token) -> bool:
        """Whether a clause calls a named person unfit or a fraud: "Calderon said Trump was completely crazy", "“Trump is
        a fraud,” Romney said" (rule 126). Political copy tells most criticism of a rival so, and CAMEO codes it as
        disapproval (ACCUSE); said of an act ("the plan is crazy") it judges no one."""
        if clause.lemma_.lower() not in ("be", "become") or not self._named_person(self._semantic_head(subject)):
            return False
        return any((c.dep_ == "acomp" and c.lemma_.lower() in CONTEMPT_ADJECTIVES)
                   or (c.dep_ == "attr" and (c.lemma_.lower() in CONTEMPT_NAMES or self._of_militants(c)))
                   for c in children_of(clause))

    def _of_militants(self, noun: Token) -> bool:
        """Whether a role noun ties its holder to an armed group: "Trump said Obama was the founder of ISIS", "said he was
        becoming ISIS' best recruiter" (the group's owner word or "of" object is coded IMG)."""
        owners = [c for c in children_of(noun) if c.dep_ == "poss"] + list(_of_objects(noun))
        return any(o.pos_ != "PRON" and self._token_country(o) is not None and self._party(o).country == "IMG" for o in owners)

    def _judged_guilty(self, clause: Token) -> bool:
        """Whether a clause is a verdict of guilt on its subject: "be" (or "amount to", "constitute", "represent") with a
        condemning adjective or noun ("was illegal", "was a provocation", "amounted to an admission of failure"),
        "responsible" for a harm, "to blame" or "behind"."""
        if self._adjective_read_passive(clause):
            return any(a.lemma_.lower() in CONDEMNING_ADJECTIVES and a.lemma_.lower() != "responsible"
                       for a in self._passive_read_adjectives(clause))
        if clause.lemma_.lower() not in JUDGING_COPULAS:
            return False
        children = list(children_of(clause))
        if any((c.dep_ == "prep" and c.lower_ == "behind") or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame") for c in children):
            return True  # "Kyiv was behind the attack", "Washington was to blame"
        verdicts = [c for c in children if c.dep_ in ("acomp", "attr")]
        verdicts += [o for c in children if c.dep_ == "prep" and c.lower_ == "to" for o in children_of(c) if o.dep_ == "pobj"]
        return any(
            (v.dep_ == "acomp" and v.lemma_.lower() in CONDEMNING_ADJECTIVES and (v.lemma_.lower() != "responsible" or self._blamed_for(v)))
            or (v.dep_ in ("attr", "pobj") and v.lemma_.lower() in CONDEMNING_NOUNS)
            or (v.dep_ in ("attr", "pobj") and any(o.lemma_.lower() in QUALIFIED_CONDEMNING_NOUNS.get(v.lemma_.lower(), ()) for o in _of_objects(v)))
            for v in verdicts)

    @staticmethod
    def _blamed_for(*holders: Token) -> bool:
        """Whether "responsible" (or "responsibility", or the verb that bears it) is answerable for a harm or a hostile
        act ("responsible for the attack", "for the deaths of four people"), not charged with a duty ("responsible for
        its own security")."""
        return any(o.lemma_.lower() in HARM_NOUNS or (o.lemma_.lower() in LEXICON.nouns and LEXICON.nouns[o.lemma_.lower()][0].type in MATERIAL_CONFLICT)
                   for holder in holders for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "for"
                   for o in children_of(c) if o.dep_ == "pobj")

    def _responsibility_placed(self, clause: Token) -> Token | None:
        """The party a clause lays the blame for a harm on (rule 126): "Washington bears responsibility for the attack",
        "responsibility for the strike lies (rests) with Kyiv", "responsibility for the attack is borne by Washington".
        Not a responsibility still to be borne ("would bear responsibility" promises harm: `_harm_promised`), not a
        duty ("bears responsibility for the security of…"); None when the clause lays none."""
        if self._negated(clause) or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES | HYPOTHETICAL_AUXILIARIES for c in children_of(clause)):
            return None
        lemma = clause.lemma_.lower()
        children = list(children_of(clause))
        burden = next((c for c in children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in BLAME_NOUNS), None)
        if burden is None or not self._blamed_for(burden, clause):
            return None
        if lemma == "bear" and burden.dep_ == "dobj":
            return next((c for c in children if c.dep_ == "nsubj"), None)
        if lemma == "bear" and burden.dep_ == "nsubjpass":
            return next((o for c in children if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"), None)
        if lemma in ("lie", "rest") and burden.dep_ == "nsubj":
            return next((o for c in children if c.dep_ == "prep" and c.lower_ in ("with", "on") for o in children_of(c) if o.dep_ == "pobj"), None)
        return None

    def _resolve_on_condition(self, clause: Token) -> bool:
        """Whether a clause vows action on a condition in the set phrases of threats: "would not hesitate to act if…",
        "would not stand idly by if…"."""
        if not any(c.dep_ == "neg" for c in children_of(clause)) or self._if_clause(clause) is None:
            return False
        lemma = clause.lemma_.lower()
        return ((lemma == "hesitate" and any(c.dep_ == "xcomp" for c in children_of(clause)))
                or (lemma == "stand" and any(c.lower_ == "idly" for c in children_of(clause))))

    @staticmethod
    def _bare_vote(verb: Token) -> bool:
        """Whether a vote for or against names nothing voted on: "Botswana, Namibia and Mozambique voted against",
        "Members of two small opposition parties voted against, saying…". The vote is a member's part in a body's
        decision, which the story tells as the body's act ("the bloc voted an arms embargo"); alone it is aimed at
        no party. "voted against the resolution on Lesotho" still names what it opposes (rule 85)."""
        if verb.lemma_.lower() != "vote":
            return False
        sides = [c for c in children_of(verb) if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("for", "against")]
        return bool(sides) and not any(children_of(side) for side in sides)

    def _doerless_aside(self, draft: dict, candidate: _Candidate, acted: set[int]) -> bool:
        """Whether an act named by a noun with no one doing it is told in passing, beside an act with a doer in its
        sentence, after the headline and the lead: "reaffirmed that it would defend Manila against attacks on
        Philippine vessels", "Chad has moved an armoured battalion to its southern border … after a wave of reprisal
        attacks on Chadian herders". It names no party's act, and the sentence's own act has its doer; it still
        serves the reaction passes run before. Alone in its sentence, or in the headline or the lead (and so in a
        text of one or two sentences), the noun may be the act told and stays (rule 85). ``acted``: the sentences
        with an act whose doer is named."""
        sentence = self._sentence_of[candidate.token.i]
        return candidate.nominal and draft["actor"] is None and sentence > 1 and sentence in acted

    def _feared(self, token: Token) -> bool:
        """Whether an act still to come is what someone fears: the that-clause of "fear", "worry", "dread"
        ("Kenyan officials fear that Somalia could close the border if the talks fail", "diplomats worry that
        Minsk will expel the envoy"). The clause tells a worry of the one who fears, not a threat by the act's
        author, as the nouns "fears that…" already say (CLAIM_NOUNS; rule 85). Through infinitives too: "worry that
        Baku will use the incident to delay the talks"."""
        current = token
        for _ in range(4):
            head = current.head
            if current.dep_ not in ("ccomp", "xcomp", "conj") or head.i == current.i:
                return False
            if current.dep_ == "ccomp" and head.pos_ == "VERB":
                return head.lemma_.lower() in FEAR_VERBS
            current = head
        return False

    def _hoped_outcome(self, clause: Token, subject: Token | None) -> bool:
        """Whether a reported "should" clause only hopes for what a meeting comes to: "said the summit should be a
        success rather than a failure", "said the dialogues at the summit should be successful in producing
        consensus". Its subject is a meeting and its verb "be", so no party is asked to act (rule 85 for the venue)."""
        if subject is None or subject.dep_ != "nsubj" or clause.lemma_.lower() != "be":
            return False
        return self._semantic_head(subject).lemma_.lower() in MEETING_NOUNS

    @staticmethod
    def _venue_view(subject: Token | None) -> bool:
        """Whether a reported "should" clause only says where or by whom a meeting or a matter should be dealt with:
        "said the summit should be held in Mombasa instead", "said the next round of talks should be held in Geneva",
        "said regional security should be handled by the African Union". Its passive subject is a meeting or a
        field of policy, not a party asked to act, so the reporting verb is a view, no REQUEST (rule 85); "said the
        sanctions should be lifted" still asks."""
        if subject is None or subject.dep_ != "nsubjpass":
            return False
        heads = [subject] + [obj for prep in children_of(subject) if prep.dep_ == "prep" and prep.lower_ == "of"
                             for obj in children_of(prep) if obj.dep_ == "pobj" and subject.lemma_.lower() == "round"]
        return any(head.lemma_.lower() in ATTENDED_MEETINGS | POLICY_FIELDS for head in heads)

    def _shared_view(self, verb: Token) -> bool:
        """Whether "agree" only shares a view: its complement is a that-clause with no act ahead (no
        will, would, shall, should or must), and it has no object or "to"/"on" phrase of its own:
        "agreed that more needed to be done", but not "agreed that talks would resume"."""
        clauses = [c for c in children_of(verb) if c.dep_ == "ccomp"]
        if not clauses or any(c.dep_ in ("xcomp", "dobj", "obj") or c.dep_ == "prep" and c.lower_ in ("to", "on") for c in children_of(verb)):
            return False
        return not any(t.dep_ == "aux" and (t.lower_ in DEONTIC_AUXILIARIES or t.lower_ in FUTURE_AUXILIARIES or t.lower_ in ("would", "'d") or t.lemma_ == "will")
                       for clause in clauses for t in subtree_of(clause))

    def _public(self, noun: Token | None) -> bool:
        """Whether a noun is the public at large ("citizens", "residents", "the public"): a plural or
        mass noun of PUBLIC_NOUNS with no country, owner, number or modifier of its own."""
        return (noun is not None and noun.lemma_.lower() in PUBLIC_NOUNS and noun.pos_ == "NOUN" and self._phrase_country(noun) is None
                and not any(c.dep_ in ("poss", "nummod", "amod", "compound", "prep") for c in children_of(noun)))

    def _kind(self, noun: Token) -> bool:
        """Whether a plural names a kind of party, no party: "countries must help each other" (a
        bare plural of KIND_NOUNS, with no determiner, owner, number, modifier or country)."""
        if noun.lemma_.lower() not in KIND_NOUNS or self._phrase_country(noun) is not None:
            return False
        # a quantifier makes a kind of a singular too: "every nation must do more", "all countries"
        quantified = any(c.dep_ == "det" and c.lower_ in (("every", "each", "any") if noun.tag_ == "NN" else ("all",)) for c in children_of(noun))
        return ((noun.tag_ == "NNS" or quantified)
                and not any((c.dep_ == "det" and not quantified) or c.dep_ in ("poss", "nummod", "amod", "compound", "prep") for c in children_of(noun)))

    def _noun_entries(self, noun: Token, entries: Sequence[Trigger]) -> list[Trigger]:
        """The noun patterns that fit ``noun``, most specific first ("hunger strike" before "strike")."""
        if noun.lemma_.lower() in FACED_ONLY_NOUNS and _facing_verb(noun) is None:
            return []  # "came under pressure from Congress to…" is a demand; pressure as such ("price pressure") is none
        if noun.lemma_.lower() == "deal" and any(c.dep_ == "amod" and c.lower_ in ("great", "good") for c in children_of(noun)) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
            return []  # "imposed a great deal of security around my person": an amount, no agreement
        if noun.lemma_.lower() == "round" and any(o.dep_ == "pobj" and o.lemma_.lower() not in TALK_NOUNS | {"consultation", "discussion"}
                                                  for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)):
            return []  # "the first round of the Australian Open", "a new round of sanctions": no talks
        fitting = []
        for entry in entries:
            modifier = entry.modifier
            if modifier is None or any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == modifier for c in children_of(noun)):
                if not (entry.concrete and self._abstract_topic(noun)) and not (entry.type == "ASSAULT" and self._verbal_attack(noun)):
                    fitting.append(entry)
        return fitting

    @staticmethod
    def _met_reaction(verb: Token) -> bool:
        """Whether "was met with" names how something was received, not whom it met: "met with fierce opposition", "met
        with skepticism", "met with protests" (`MET_REACTIONS`); "met with the opposition" (its article) is talks."""
        for reaction in (o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" for o in children_of(c) if o.dep_ == "pobj"):
            lemma = reaction.lemma_.lower()
            if lemma in MET_REACTIONS and not (lemma == "opposition" and any(c.dep_ in ("det", "poss") for c in children_of(reaction))):
                return True
        return False

    def _verbal_attack(self, noun: Token) -> bool:
        """Whether an attack noun is a person's words against a named person or his views, as in political copy: "Trump
        ratcheted up his attacks on Rubio", "Trump's attack on a federal judge's Mexican heritage" (ACCUSE, as "attacked
        the plan" is); "a gunman's attack on the senator", "Putin's attack on Ukraine", "his attack on the patrol" stay
        violence. With no owner, the attacker is the subject of its clause, named or titled (`_attacker_in_clause`:
        "The former secretary of State … followed up with a more frontal attack on Trump")."""
        if noun.lemma_.lower() != "attack":
            return False
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        titled = False
        if owner is None:
            owner = self._attacker_in_clause(noun)
            # "The former secretary of State … followed up with a more frontal attack on Trump": a title names the attacker too
            titled = owner is not None and owner.pos_ == "NOUN" and _noun_class(owner, "person")
        if owner is None or not (titled or owner.lower_ in ("his", "her") or self._named_person(owner)):
            return False
        targets = [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in children_of(c) if o.dep_ == "pobj"]
        return bool(targets) and all(self._named_person(o) or self._views(o) for o in targets)

    def _attacker_in_clause(self, noun: Token) -> Token | None:
        """Who makes an attack no owner names: the subject of the verb it is the object of, directly or through one
        preposition ("followed up with a more frontal attack on Trump", "launched an attack on Rubio's record")."""
        governor = noun.head
        if noun.dep_ == "pobj" and governor.dep_ == "prep":
            governor = governor.head
        elif noun.dep_ != "dobj":
            return None
        if governor.pos_ not in ("VERB", "AUX"):
            return None
        subject = self._subject(governor)[0]
        return None if subject is None else self._semantic_head(subject)

    def _named_person(self, token: Token) -> bool:
        """Whether a word names a person: the tagger's, the entity index's, or one of the people table, whatever the
        tagger took the name for ("Trump" as an organisation)."""
        if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and public_person_country(token.text) is not None):
            return True
        entity = self._entity_of(token)
        return entity is not None and entity.type == "PERSON"

    @staticmethod
    def _views(noun: Token) -> bool:
        """Whether a noun is a thing no one can hit, views or record, not a party, a place or a weapon ("an attack on
        the judge's heritage")."""
        return noun.pos_ == "NOUN" and not noun.ent_type_ and not LEXICON.noun_class(noun.lemma_.lower()) & PARTY_CLASSES

    def _attack_in_words(self, verb: Token, obj: Token) -> bool:
        """Whether a person's attack on a person is words, as in political copy ("Trump has relentlessly attacked her",
        "Clinton attacked Rubio over his tax plan"): a named person attacking a named person or "him"/"her" (`_verbal_attack`
        for the noun); "a gunman attacked the senator" and "troops attacked the village" stay violence."""
        subject = self._subject(verb)[0]
        if subject is None or not self._named_person(self._semantic_head(subject)):
            return False
        head = self._semantic_head(obj)
        if self._views(head):
            # "Clinton attacked Trump's Russian ties": a named person's views or record are attacked in words too
            head = next((c for c in children_of(head) if c.dep_ == "poss"), head)
        return head.lower_ in ("him", "her") or self._named_person(head)

    @staticmethod
    def _answered_by_means(verb: Token, lemma: str, children: list[Token]) -> bool:
        """Whether a retaliation names its means in a "by" gerund: "Lome hit back by closing its border to
        Ghanaian trucks", "Chile struck back by expelling two Peruvian diplomats", "retaliated by recalling its
        ambassador". The gerund is coded on its own verb with its own type (a closure, an expulsion), so the
        verb of hitting back says nothing more; coded alone it was an ASSAULT no one fought. Only a retaliation
        told as done: "would retaliate by imposing tariffs" stays the threat it is."""
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_.lower() not in ("have", "be") for c in children):
            return False
        if lemma in ("hit", "strike"):
            if not any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in children):
                return False
        elif lemma != "retaliate":
            return False
        return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in children_of(c))
                   for c in children)

    def _abstract_topic(self, token: Token) -> bool:
        """Whether a fight is about or against something no one can be hit by: "declared war on
        corruption", "battled over the budget", "fought for the bill" are figurative, not violence.
        The phrase may hang on the noun or on the light verb it is the object of; a noun
        modifier names the topic too ("the drug war", "a trade war", "a price war")."""
        if token.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and not (self._actor_like(c) or self._place_like(c) or self._weapon_like(c))
            for c in children_of(token)
        ):
            return True
        anchors = [token, token.head] if token.dep_ in OBJECTS else [token]
        for child in (c for anchor in anchors for c in children_of(anchor)):
            if child.dep_ == "prep" and child.lower_ in ("on", "over", "about", "for", "against"):
                for obj in children_of(child):
                    if obj.dep_ == "pobj" and not (self._actor_like(obj) or self._place_like(obj) or self._weapon_like(obj)):
                        return True
        return False

    def _verb_candidate(self, verb: Token, lemma: str) -> _Candidate | None:
        lexicon = LEXICON
        children = list(children_of(verb))
        if lemma == "plead" and any(c.lower_ in COURT_PLEAS for c in subtree_of(verb) if c.i > verb.i and c.head.i == verb.i):
            return None  # "pleaded guilty to fraud" answers a charge in court; it asks no one for anything
        if lemma in ROLE_VERBS and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP"):
            return None  # "a former deputy minister who now advises the opposition": a role, not a plea
        if (verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "oprd", "xcomp") and verb.head.lemma_.lower() in ("leave", "find", "keep")
                and not any(c.dep_ in ("aux", "auxpass") for c in children)):
            return None  # "leaving Moscow isolated", "found itself sidelined": a state someone is left in, no act
        obj = self._object(verb)
        if lemma in ("take", "bring") and obj is not None and obj.lemma_.lower() in DISPUTE_NOUNS and self._arbiter(verb) is not None:
            # "said it would take the matter to the World Trade Organization in Geneva", "would take the dispute to the
            # International Court of Justice": a legal challenge announced against the other side threatens it (CAMEO 13)
            return _Candidate(verb, _LEGAL_CHALLENGE, type="SANCTION")
        if lemma == "attend" and obj is None and not any(c.dep_ == "prep" for c in children):
            # "Thailand's foreign ministry said Bangkok would attend": the meeting was named just before; whoever hosts
            # it is met (_meeting_host_before)
            entry = lexicon.verb_entry("attend", "CONSULT")
            subject = self._subject(verb)[0]
            if entry is not None and subject is not None and self._meeting_host_before(verb, subject) is not None:
                return _Candidate(verb, entry, type="CONSULT")
        if obj is not None and (entry := lexicon.verb_entry(lemma, "SANCTION")) is not None and entry.objects and self._shared_work(obj):
            # "Peru suspended the work of its joint border commission with Brazil": a body shared with another state, or
            # its work, suspended or frozen cuts relations with that state, whatever the noun heading the object
            return _Candidate(verb, entry, type="SANCTION")
        if lemma == "express" and obj is not None and obj.lemma_.lower() == "regret" and self._regretted_act_of_another(verb, obj):
            # "Botswana expressed regret over Namibia's decision": regret at another's act is a rebuke (CAMEO 11), where
            # regret for one's own act ("expressed regret for the incident") apologises
            entry = lexicon.verb_entry("condemn", "ACCUSE")
            if entry is not None:
                return _Candidate(verb, entry, noun=obj, type="ACCUSE")
        if lemma == "return" and obj is not None and self._prisoners_by_nationality(verb, obj):
            # "Azerbaijan returned 11 Iranians serving sentences for smuggling": prisoners handed back to their state
            # (CAMEO 0841), not people sent home (an expulsion)
            entry = lexicon.verb_entry("return", "RETREAT")
            if entry is not None:
                return _Candidate(verb, entry, type="RETREAT")
        if lemma == "meet" and any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
            # "The planes were met on the runway by the provincial governor": a welcome on arrival, no talks ("would be met
            # with consequences" is a warning's content, and stays)
            return None
        if lemma == "meet" and any(c.dep_ == "nsubjpass" for c in children) and self._met_reaction(verb):
            return None  # "such measures have been met with fierce opposition": a reception, no talks
        if lemma == "press" and obj is not None and obj.lemma_.lower() in PRESSED_THINGS:
            return None  # "pressing a button together as the first turbines began": a hand on a switch, no one urged
        if lemma == "reciprocate" and obj is not None:
            return None  # "would reciprocate the goodwill gesture" returns a favour; only "Syria would reciprocate" threatens
        if self._answered_by_means(verb, lemma, children):
            return None  # "Togo hit back by closing its border": the closing is the act, coded on its own verb
        if lemma == "provide" and obj is None and self._stipulates(children):
            return None  # "the agreement provides for joint production of drones": a text's terms, nothing handed to anyone
        if lemma == "declare" and "persona non grata" in self.doc[verb.i : verb.right_edge.i + 1].text.lower():
            # "declared a Belarusian diplomat persona non grata", "declared Mexican President Claudia Sheinbaum persona non
            # grata": an expulsion (CAMEO 1663), aimed at the diplomat's (or the leader's) state
            entry = lexicon.verb_entry("expel", "SANCTION")
            envoy = next((w for w in subtree_of(verb) if w.i > verb.i and (w.lemma_.lower() in ENVOY_NOUNS or _name_end(w))), None)
            if entry is not None and envoy is not None:
                return _Candidate(verb, entry, noun=envoy, type="SANCTION")
        if lemma == "give" and self._given_hours_to_leave(children):
            # "gave the French ambassador 72 hours to leave the country": a deadline to go expels the envoy (CAMEO 1661),
            # as "ordered the ambassador to leave" does
            entry = lexicon.verb_entry("expel", "SANCTION")
            envoy = next(c for c in children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() in ENVOY_NOUNS)
            if entry is not None:
                return _Candidate(verb, entry, noun=envoy, type="SANCTION")
        if lemma == "give" and (party := self._deadline_given(children)) is not None and self._actor_like(party):
            # "gave the junta one week to restore constitutional order or face military action", "gave Kyiv 10 days to
            # accept the terms": a deadline set for another party is an ultimatum (CAMEO 13), and what it demands is
            # not done (the deadline governs it)
            return _Candidate(verb, _DEADLINE, type="THREATEN")
        if lemma in TOLD_OUT_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in children) and self._ordered_out(verb):
            # "two Moldovan diplomats would be told to leave", "told the Dutch envoy to leave the country": a reporting
            # verb sending an envoy out expels him, as "ordered the ambassador to leave" does (CAMEO 1661)
            entry = lexicon.verb_entry("expel", "SANCTION")
            if entry is not None:
                return _Candidate(verb, entry, type="SANCTION")
        if lemma in ("order", "tell", "instruct") and obj is not None and self._mission_cut(verb, obj):
            # "Mali ordered Côte d'Ivoire's embassy in Bamako to cut its staff from 26 to eight": a host that makes another
            # state's mission shrink cuts relations with it (CAMEO 16), as expelling its diplomats does
            entry = lexicon.verb_entry("expel", "SANCTION")
            if entry is not None:
                return _Candidate(verb, entry, type="SANCTION")
        if lemma in TOLD_OUT_VERBS and obj is not None and self._told_to_act(verb, obj):
            # "told French troops stationed near the capital to withdraw by the end of the month": a command to another
            # party, as "ordered French troops to leave" is (CAMEO 10); the withdrawal it asks for is not done (the
            # command governs it)
            entry = lexicon.verb_entry("order", "REQUEST")
            if entry is not None:
                return _Candidate(verb, entry, type="REQUEST")
        if lemma in REQUESTED_SENDING_VERBS and obj is not None and self._at_request(verb):
            # "dispatched a frigate and a company of marines to São Tomé's harbour at the government's request",
            # "would send two F-35 fighters to Rovaniemi at Finland's request": forces sent because the receiving
            # state asked for them are help (CAMEO 074, military protection), not a show of force
            entry = lexicon.verb_entry("send", "AID")
            if entry is not None:
                return _Candidate(verb, entry, type="AID")
        if (lemma == "call" and obj is not None and obj.i > verb.i and self._semantic_head(obj).lemma_.lower() not in lexicon.nouns
                and obj.lower_ not in ("it", "this", "that") and self._actor_like(obj) and (name := self._name_given(verb, obj)) is not None and self._name_calling(name)):
            # "called Peru's new government “a usurper”", "called the French ambassador a criminal": a party called a bad
            # name is rebuked (CAMEO 11), as an act called a provocation is ("calling it a violation of Sudan's
            # sovereignty" names a thing)
            entry = lexicon.verb_entry("condemn", "ACCUSE")
            if entry is not None:
                return _Candidate(verb, entry, type="ACCUSE")
        if (lemma == "call" and obj is not None and obj.lemma_.lower() in ACCUSATION_NOUNS | GIVEN_ACCOUNT_NOUNS | LAWSUIT_NOUNS
                and any(c.lower_ in ("the", "this", "these", "those") for c in children_of(obj))
                and self._denying(self._verdict_words(verb, obj))):
            # "called the accusation baseless", "called the charges a fabrication", "called the case meritless": an
            # accusation or a lawsuit called false is denied (CAMEO 12), and the denial answers the accuser as "rejected the charge" does (_reaction_targets)
            entry = lexicon.verb_entry("reject", "REJECT")
            if entry is not None:
                return _Candidate(verb, entry, type="REJECT")
        described_as = lemma == "describe" and any(c.dep_ == "prep" and c.lower_ == "as" for c in children) and self._describer(verb)
        if ((lemma == "call" or described_as) and obj is not None and obj.pos_ == "NOUN"
                and self._definite_act(obj)
                and (obj.lemma_.lower() in lexicon.nouns or obj.lemma_.lower() in ACT_NOUNS | CALLED_ACT_NOUNS or obj.lemma_.lower() in NOUN_VERBS
                     or self._conflict_gerund(obj))):
            # "called the shooting “disproportionate and unacceptable”", "called the expulsions a provocation", "called the
            # closure “collective punishment”", "described the measure as “an act of servility”": a verdict on an act is a
            # rebuke of its author (CAMEO 11), unless the verdict praises; "called the killings “a massacre of innocent
            # families”" names a violent act, whatever its other words
            words = self.doc[obj.i + 1 : verb.right_edge.i + 1]
            if described_as:
                # "describe the tariff as a “proportionate answer”, not a trade war": what it is said not to be judges nothing
                words = self.doc[obj.i + 1 : next((w.i for w in words if w.lower_ in ("not", "rather")), words.end)]
            verdict = [w for w in words if w.dep_ in ("oprd", "amod", "xcomp", "acomp", "attr", "conj", "ccomp", "appos") or w.is_quote]
            entry = lexicon.verb_entry("condemn", "ACCUSE")
            if verdict and entry is not None and (self._rebuking(words) or self._rebuking(self._verdict_words(verb, obj))):
                return _Candidate(verb, entry, type="ACCUSE")
        if ((lemma == "call" or described_as) and obj is not None and (obj.lower_ in ("it", "this") or (
                obj.pos_ == "NOUN" and self._definite_act(obj) and (obj.lemma_.lower() in lexicon.nouns or obj.lemma_.lower() in ACT_NOUNS | CALLED_ACT_NOUNS)))
                and self._judging_subject(verb) is not None and self._praising(self._verdict_words(verb, obj))):
            # "called the deal a ray of hope to ease human suffering", "called it a very important step": an act praised
            # by a state, its officer or a person of public life is endorsed (CAMEO 051, SUPPORT), as a verdict that
            # rebukes it accuses its author
            entry = lexicon.verb_entry("praise", "SUPPORT")
            if entry is not None:
                return _Candidate(verb, entry, type="SUPPORT")
        if lemma in ("order", "announce") and obj is not None and obj.lemma_.lower() == "closure" and (closed := self._closed_object(obj)) is not None:
            # "ordered the closure of Ethiopian consulates", "ordered the closure of its border with Benin": a state that
            # orders its own closure of foreign missions or of its border closes them (CAMEO 16, 17), as "closed Ethiopian
            # consulates" and "closed its border with Benin" do; the order asks nothing of another party
            entry, closed_noun = closed
            return _Candidate(verb, entry, noun=closed_noun, type=entry.type)
        if lemma == "call" and (callee := obj or next((c for c in children if c.dep_ == "oprd"), None)) is not None and self._called_up(verb, callee):
            # "Angolan President Joao Lourenco called President Felix Tshisekedi and his Rwandan counterpart Paul Kagame on
            # Thursday": a leader called by name, with no verdict or name given, is telephoned (CAMEO 04)
            entry = lexicon.verb_entry("telephone", "CONSULT")
            if entry is not None:
                return _Candidate(verb, entry, type="CONSULT")
        act = verb.head
        if (lemma == "call" and verb.dep_ == "relcl" and act.pos_ == "NOUN" and act.i < verb.i
                and (obj is None or obj.lower_ in ("that", "which") or (obj.i > verb.i and not any(c.dep_ == "oprd" for c in children)))
                and (act.lemma_.lower() in lexicon.nouns or act.lemma_.lower() in ACT_NOUNS | CALLED_ACT_NOUNS)):
            # "…in Belarus, a move that Poland called “a direct threat to European security”": the verdict on the act
            # just described, as "called the move…" gives it (the parser can make the verdict the object: "a plan
            # Ethiopia has called a threat to its security")
            words = self.doc[verb.i + 1 : verb.right_edge.i + 1]
            entry = lexicon.verb_entry("condemn", "ACCUSE")
            if entry is not None and len(words) and self._rebuking(words):
                return _Candidate(verb, entry, type="ACCUSE")
        if lemma == "call" and self._verdict_as_head(verb) is not None:
            # "Tbilisi called the decision blackmail", "called the suspension discriminatory": the parser made the act
            # noun a compound of the verdict; the sentence is read as "called the decision a …" would be
            entry = lexicon.verb_entry("condemn", "ACCUSE")
            if entry is not None:
                return _Candidate(verb, entry, type="ACCUSE")
        if lemma in ("send", "dispatch", "fly") and obj is not None and obj.lemma_.lower() in CARGO_CRAFT and self._carries_aid(verb, obj):
            # "sent two military aircraft with tents and rice to Bamako": craft that carry relief deliver aid (CAMEO 07),
            # whatever a deployment of the same craft would be
            entry = lexicon.verb_entry("send", "AID")
            if entry is not None:
                return _Candidate(verb, entry, type="AID")
        if lemma in ENTRY_BAN_VERBS and self._bars_entry(verb):
            # "banned 21 officials of the European Union from entering the country": kept out of a state is barred from
            # it, a sanction on whose people they are (CAMEO 16), as "barred Somalia's ambassador from returning" is;
            # "ban" alone stays a restriction at home (COERCE: "banned the opposition's rallies")
            entry = lexicon.verb_entry("bar", "SANCTION")
            if entry is not None:
                return _Candidate(verb, entry, type="SANCTION")
        if lemma in ARRIVAL_VERBS and obj is None and (craft := self._subject(verb)[0]) is not None and (
                self._semantic_head(craft).lemma_.lower() in CARGO_CRAFT and self._carries_aid(verb, self._semantic_head(craft))):
            # "two Australian air force planes carrying tents and blankets landed in Port Vila": relief that arrives is
            # aid delivered (CAMEO 07) to where it lands, by whoever the craft belong to, as the sending would be
            entry = lexicon.verb_entry("land", "AID")
            if entry is not None:
                return _Candidate(verb, entry, type="AID")
        if lemma in ("send", "dispatch") and obj is not None and self._sent_home(verb, obj):
            # "has sent armoured vehicles and border troops to its southern frontier with Kyrgyzstan": weapons a state
            # moves to its own border are a show of force (CAMEO 15), not aid to anyone
            entry = lexicon.verb_entry("deploy", "MOBILIZE")
            if entry is not None:
                return _Candidate(verb, entry, type="MOBILIZE")
        if lemma == "order" and obj is not None and obj.lemma_.lower() in ORDERED_FORCES and any(
                c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward") for c in children) and not any(
                c.dep_ in ("xcomp", "ccomp") for c in children):
            # "has ordered troops to the northern border with Ethiopia": forces ordered to a place are deployed there
            # (CAMEO 15), not asked for anything; "ordered troops to withdraw" keeps its complement's act
            entry = lexicon.verb_entry("deploy", "MOBILIZE")
            if entry is not None:
                return _Candidate(verb, entry, type="MOBILIZE")
        if lemma == "order" and obj is not None and obj.lemma_.lower() in ORDERED_FORCES | ORDERED_SERVICES and self._ordered_forward(children):
            # "ordered the army to move closer to the boundary with Kosovo": forces told to advance on a place are
            # deployed there (CAMEO 15), as "ordered troops to the border" is; no one else is asked for anything
            entry = lexicon.verb_entry("deploy", "MOBILIZE")
            if entry is not None:
                return _Candidate(verb, entry, type="MOBILIZE")
        if lemma == "leave" and self._left_unanswered(verb):
            # "would not leave this hostile act without a response": an answer promised, as "would respond" is; the
            # negation is the idiom's, so the trigger's negated type is its own (CAMEO 13 once announced)
            entry = lexicon.verb_entry("respond", "ASSAULT")
            if entry is not None:
                return _Candidate(verb, replace(entry, negated=entry.type), type=entry.type)
        if lemma in ("let", "allow") and obj is None:
            # "let a convoy of 22 Brazilian trucks … cross the border": passage granted to another's goods (CAMEO 08
            # ease, as "allowed aid through")
            passage = next((c for c in children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in PASSAGE_VERBS), None)
            mover = next((c for c in children_of(passage) if c.dep_ == "nsubj"), None) if passage is not None else None
            entry = lexicon.verb_entry("allow", "RETREAT")
            if mover is not None and entry is not None and mover.lemma_.lower() in PASSED_CARGO:
                return _Candidate(verb, entry, noun=mover, type="RETREAT")
        if lemma in HALT_VERBS and obj is None:
            # "stopped buying Lithuanian milk", "has stopped admitting patients referred from Lesotho": cooperation
            # ended (CAMEO 16), aimed at whose goods or people they are
            gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in HALTED_COOPERATION), None)
            entry = lexicon.verb_entry("stop", "SANCTION")
            if gerund is not None and entry is not None:
                return _Candidate(verb, entry, noun=self._object(gerund), type="SANCTION")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        theme = obj or (next((c for c in children if c.dep_ == "nsubjpass"), None) if passive else None)
        bare = None  # a phrasal without a noun ("withdraw from") yields to a verb + object pattern
        for entry in lexicon.phrasals.get(lemma, ()):
            matched = self._phrasal(verb, children, entry, obj)
            if matched is not None and entry.subjects and not self._noun_fits(entry.subjects, self._subject(verb)[0]):
                matched = None  # "took up her position as minister" is no deployment: only forces take up positions
            if matched is not None:
                particles, noun = matched
                if noun is None and theme is not None:
                    bare = bare or _Candidate(verb, entry, noun=noun, particles=particles, type=entry.type)
                    continue
                return _Candidate(verb, entry, noun=noun, particles=particles, type=entry.type)
        if bare is not None and lemma in LIGHT_VERBS and obj is not None:
            # "stepped up joint patrols with Tokyo": a compound event noun names the act more exactly
            # than the phrasal's generic object list ("step up patrols" is MOBILIZE)
            noun = self._semantic_head(obj)
            specific = [e for e in self._noun_entries(noun, lexicon.nouns.get(noun.lemma_.lower(), ())) if e.modifier is not None]
            if specific:
                return _Candidate(verb, specific[0], noun=noun, type=specific[0].type, entries=specific[1:])
        if theme is not None:
            counting = theme
            theme = self._semantic_head(theme)  # "provide 25,000 tons of food aid"
            # typographic apostrophes: "chargé d’affaires" is the lexicon's "d'affaires"
            entries = (lexicon.objects.get((lemma, theme.lemma_.lower())) or lexicon.objects.get((lemma, theme.lower_))
                       or lexicon.objects.get((lemma, theme.lower_.replace("\u2019", "'")))
                       or lexicon.objects.get((lemma, _hyphenated(theme)), ()))
            if not entries and counting.i != theme.i and (entries := lexicon.objects.get((lemma, counting.lemma_.lower()), ())):
                theme = counting  # "blocked shipments of Kenyan tea": the count noun is the pattern's object, not the tea
            staged = self._staged_act(theme) if not entries else None
            if staged is not None and (entries := lexicon.objects.get((lemma, staged.lemma_.lower()), ())):
                theme = staged  # "blocked the opening of EU accession talks" blocks the talks, as "blocked talks" does
            # "withdraw their peacekeeping force from Chad" is SANCTION (CAMEO 166), not "withdraw from"
            # "a note of protest" is the lexicon's "protest note"
            fitting = [entry for entry in entries if entry.modifier is None or any(
                c.dep_ in ("compound", "amod", "nmod") and entry.modifier in (c.lemma_.lower(), c.lower_) for c in children_of(theme))
                or any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() == entry.modifier for o in children_of(c))
                       for c in children_of(theme))]
            if fitting and fitting[0].type == "ACCUSE" and lemma in NOTE_VERBS and verb.dep_ == "conj" and self._verb_lemma(verb.head) == "summon":
                return None  # "summoned the ambassador and handed him a protest note": one protest, the summons
            if fitting and fitting[0].type == "SANCTION" and theme.lemma_.lower() in TALK_NOUNS and obj is not None and obj.lemma_.lower() in TIME_UNITS:
                # "ended four days of talks hosted by Oman": talks held to their end, not broken off; the
                # subject took part in them ("Nepal's foreign minister ended two days of talks in New Delhi"),
                # unless the ending is what an agreement did ("agreed on a corridor, ending four days of talks"):
                # the agreement already tells who met
                if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
                    return None
                held = lexicon.objects.get(("hold", theme.lemma_.lower()), ())
                return _Candidate(verb, held[0], noun=theme, type=held[0].type, entries=held[1:]) if held else None
            if fitting and fitting[0].type == "ASSAULT" and lemma in LAUNCH_VERBS and obj is not None and self._fired_into_sea(verb, obj):
                # "fired a ballistic missile into the sea": a launch that hits no one is a test, a show of force
                # (MOBILIZE, as "tested a missile"), not an attack
                tests = lexicon.objects.get(("test", theme.lemma_.lower()), ())
                if tests:
                    return _Candidate(verb, tests[0], noun=theme, type=tests[0].type, entries=tests[1:])
            if fitting and lemma == "call" and any(c.dep_ == "oprd" for c in children):
                fitting = []  # "called the Russian strikes barbaric" names them, calls no strike
            if fitting:
                return _Candidate(verb, fitting[0], noun=theme, type=fitting[0].type, entries=fitting[1:])
        if lemma in FOUNDING_VERBS and obj is not None and any(c.dep_ == "amod" and c.lower_ == "joint" for c in children_of(obj)):
            # "Chile and Bolivia opened a joint lithium research laboratory", "Daesan and QazMetall set up the joint
            # venture": something founded together is cooperation between its founders (CAMEO 06)
            entry = lexicon.verb_entry("cooperate", "COOPERATE")
            if entry is not None and (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in children)):
                return _Candidate(verb, entry, noun=obj, type="COOPERATE")
        if bare is not None:
            # "moved two destroyers into the waters east of Pohang": what is moved says more than the particle
            # ("moved into the town" is an incursion; moving warships is a show of force)
            moved = [e for e in lexicon.verbs.get(lemma, ()) if e.objects and e.type != bare.type and self._verb_entry_fits(e, theme, obj, verb)]
            if moved and obj is not None:
                return _Candidate(verb, moved[0], type=moved[0].type, entries=moved[1:])
            return bare
        if lemma in COMMAND_VERBS and obj is not None and not any(c.dep_ in ("xcomp", "ccomp", "dative") for c in children):
            noun = self._semantic_head(obj)
            nouns = self._noun_entries(noun, lexicon.nouns.get(noun.lemma_.lower(), ()))
            if nouns:
                return _Candidate(verb, nouns[0], noun=noun, type=nouns[0].type, entries=nouns[1:])
        entries = [e for e in lexicon.verbs.get(lemma, ()) if self._verb_entry_fits(e, theme, obj, verb)]
        if entries and entries[0].type == "AGREE" and lemma != "offer" and any(c.dep_ == "xcomp" and c.lemma_.lower() in DELIBERATION_VERBS for c in children):
            return None  # "agreed to study the proposal": nothing is promised yet; "offered to review the assessment" offers a service
        if entries and lemma == "agree" and self._shared_view(verb):
            return None  # "officials agreed that more needed to be done": a view shared, nothing agreed to
        if entries:
            return _Candidate(verb, entries[0], type=entries[0].type, entries=entries[1:])
        if (lemma in LIGHT_VERBS and theme is not None and not any(c.dep_ == "oprd" for c in children_of(verb))
                and not (lemma == "call" and self._name_given(verb, theme) is not None)):
            # not a verb that judges its object: "called the fighting deeply worrying", "called Sunday's expulsions “a
            # political show”" (the parser need not make the quoted name a predicate)
            # "launched 10 days of war games"; passive: "the strikes on Kharkiv were carried out by..."
            noun = self._semantic_head(theme)
            nouns = self._noun_entries(noun, lexicon.nouns.get(noun.lemma_.lower(), ()))
            if not nouns and noun.lemma_.lower() in CURRENCY_NOUNS | {"million", "billion"}:
                # "announced 40 million euros in humanitarian aid for Chad": a sum given "in" a kind of help is that help
                noun = next((o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "in" for o in children_of(c) if o.dep_ == "pobj"), noun)
                nouns = self._noun_entries(noun, lexicon.nouns.get(noun.lemma_.lower(), ()))
            if nouns:
                return _Candidate(verb, nouns[0], noun=noun, type=nouns[0].type, entries=nouns[1:])
        if (lemma in BEGINNING_VERBS and self._joint_work(verb)) or (lemma in INAUGURATING_VERBS and self._joint_opening(verb)):
            # "Brazil and Uruguay began building a hospital straddling their border", "Armenian and Georgian road crews
            # began work on a new bridge": two states' people starting one work together cooperate (CAMEO 06)
            entry = lexicon.verb_entry("cooperate", "COOPERATE")
            if entry is not None:
                return _Candidate(verb, entry, type="COOPERATE")
        if lemma in ("stop", "halt", "cease", "suspend") and self._stopped_supply(verb) is not None:
            # "Chad stopped pumping crude into the pipeline", "customs officers had stopped letting Kuwaiti lorries
            # through": trade or passage stopped is cut (CAMEO 16), as "halted exports" is (when no row names it)
            entry = lexicon.verb_entry("halt", "SANCTION")
            if entry is not None:
                return _Candidate(verb, entry, type="SANCTION")
        return None

    def _warning_noun(self, candidate: _Candidate) -> Token | None:
        """The "warning" a THREATEN candidate is about: its pattern's noun ("issued a warning") or the noun itself."""
        noun = candidate.noun if candidate.noun is not None else (candidate.token if candidate.nominal else None)
        return noun if noun is not None and noun.lemma_.lower() in ("warning", "notice") else None

    def _notice_holders(self, candidate: _Candidate) -> list[Token]:
        """The warning noun, the verb it is the object of ("issued a warning to shipping": "to" hangs from the verb) and
        the shipping it addresses (the parser reads "shipping" as a gerund that holds the "for" phrase)."""
        noun = self._warning_noun(candidate)
        if noun is None:
            return []
        holders = [noun] + ([noun.head] if noun.dep_ in OBJECTS else [])
        addressed = [o for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "to"
                     for o in children_of(c) if o.dep_ in ("pobj", "pcomp") and o.lemma_.lower() in SHIPPING_NOUNS]
        return holders + addressed if addressed else []

    def _notice_to_shipping(self, candidate: _Candidate) -> bool:
        """Whether a warning is a navigational notice: "a warning to shipping", "warnings to mariners" (what navies
        and coast guards issue before a drill), not a threat to a party."""
        return bool(self._notice_holders(candidate))

    def _notified_exercise(self, candidate: _Candidate) -> bool:
        """Whether a notice to shipping is "for" an exercise or drill ("a warning to shipping for a live-fire exercise")."""
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in EXERCISE_NOUNS for o in children_of(c))
                   for holder in self._notice_holders(candidate) for c in children_of(holder))

    def _at_request_noun(self, char: int) -> bool:
        """Whether the trigger at ``char`` is the noun of "at X's request" / "at the request of X"."""
        token = self._token_at(char)
        return token is not None and token.lemma_.lower() == "request" and token.dep_ == "pobj" and token.head.lower_ == "at"

    def _fired_into_sea(self, verb: Token, obj: Token) -> bool:
        """Whether what a verb fires comes down "into the sea" (or waters, ocean): the preposition hangs from the
        verb, or, in "fired what appeared to be a missile into the sea", from the "be" above the object."""
        holders = [verb] + ([obj.head] if obj.dep_ == "attr" else [])
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(o.dep_ == "pobj" and o.lemma_.lower() in SEA_NOUNS for o in children_of(c))
                   for holder in holders for c in children_of(holder))

    def _seized_goods(self, draft: dict) -> bool:
        """Whether an event is the seizure of goods no other state owns ("arrested 41 people and seized 19 boats and
        310,000 litres of petrol", "seized 40 rifles"): what police take in a raid is its spoils, not a second act
        against anyone. A ship or aircraft stays (a seized tanker is an act against its flag), as does anything of
        another state than the seizer's ("seized 12 Honduran fishing boats") or taken from a party."""
        target = draft["target"]
        if draft["type"] != "COERCE" or target is None:
            return False
        verb = self._token_at(draft["trigger"].start)
        if verb is None or verb.lemma_.lower() not in SEIZING_VERBS:
            return False
        if any(prep.dep_ == "prep" and prep.lower_ == "from" and any(o.dep_ == "pobj" and (self._actor_like(o) or self._people_like(o)) for o in children_of(prep))
               for prep in children_of(verb)):
            return False  # "confiscated weapons from Palestinian armed groups": taken from a party, an act against it
        actor = draft["actor"]
        if target.country is not None and (actor is None or target.country != actor.country):
            return False
        span = self._expanded(target.start, target.end)
        if span is None:
            return False
        if any(word.lemma_.lower() in SEIZED_CRAFT for word in span):
            return False  # "a foreign tanker smuggling fuel", however the parser heads it
        head = self._semantic_head(span.root)  # "about 310,000 litres of smuggled petrol": the petrol
        return (head.pos_ == "NOUN" and not self._actor_like(head)
                and not self._people_like(head) and not self._place_like(head))

    def _at_request(self, verb: Token) -> bool:
        """Whether a verb is done "at X's request" or "at the request of X"."""
        return any(c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.lemma_.lower() == "request" for o in children_of(c))
                   for c in children_of(verb))

    def _phrasal(self, verb: Token, children: list[Token], entry: Trigger, obj: Token | None) -> tuple[tuple[Token, ...], Token | None] | None:
        naming = any(c.dep_ == "oprd" for c in children)
        particles = []
        for word in entry.particles:
            found = [c for c in children if c.lower_ == word and c.dep_ in ("prt", "prep", "advmod", "agent", "dative", "oprd", "acomp", "ccomp", "xcomp")]
            if not found and particles and particles[-1].dep_ == "prep":
                # "backed out of the deal": the parser hangs "of" on the preposition "out", not on the verb
                found = [c for c in children_of(particles[-1]) if c.lower_ == word and c.dep_ == "prep"]
            if not found and obj is not None:
                # "drove hundreds of Ivorian refugees back across the river": the parser hangs the particle on the
                # place's preposition when an object stands between
                found = [g for c in children if c.dep_ == "prep" and c.i > obj.i
                         for g in children_of(c) if g.lower_ == word and g.dep_ == "advmod" and g.i < c.i]
            if not found and word == "for":
                # "called for Russia to withdraw its troops": the parser makes "for" the mark of the infinitive clause;
                # so for a passive one ("called for Russia to be punished", rule 125)
                found = [m for c in children if c.dep_ == "advcl" and c.i > verb.i for m in children_of(c)
                         if m.dep_ == "mark" and m.lower_ == "for" and any(s.dep_ in ("nsubj", "nsubjpass") for s in children_of(c))]
            if not found and word == "with" and obj is not None:
                # the parser hangs the instrument on the object: "hits Argentine wine and pears with duties"
                found = [c for noun in (obj, *obj.conjuncts) for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == word]
            if not found and obj is not None:
                # "held Armenia responsible for the attack": the parser reads the predicate adjective after a name
                # as the name's modifier, which in English stands before the noun
                found = [c for c in children_of(obj) if c.lower_ == word and c.dep_ == "amod" and c.i > obj.i]
            # "agreed on Friday" is not "agreed on"; a date phrase before the verb leaves the particle after
            # it free: "On Tuesday his troops fired on Congolese soldiers"
            particle = next((c for c in found if not (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in NOT_PARTIES for o in children_of(c)))), None)
            if particle is None or (naming and particle.dep_ == "prep"):
                return None  # "what he called provocations on the border" is naming, not "call on"
            particles.append(particle)
        noun = None
        if entry.noun is not None:
            candidates = [obj] if obj is not None else []
            if obj is None and any(p.dep_ == "prt" for p in particles):
                # "called off next week's meeting of its commission with Namibia": the parser took the object for a
                # predicate noun, as after "called" alone
                candidates.extend(c for c in children if c.dep_ == "oprd" and c.pos_ == "NOUN")
            for particle in particles:
                candidates.extend(c for c in children_of(particle) if c.dep_ == "pobj")
            # "@person" stands for any named person: "Scholz spoke to Putin by telephone"
            noun = next((c for c in candidates if c.lemma_.lower() == entry.noun
                         or (entry.noun == "@person" and self._noun_fits(PERSON_CLASS, c))), None)
            if noun is None:
                # "put its forces on a higher state of alert", "on its highest level of alert": the degree names the
                # pattern's noun; the degree itself is the phrase taken up (no party)
                noun = next((c for c in candidates if c.lemma_.lower() in DEGREE_NOUNS and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() == entry.noun for o in children_of(p))
                    for p in children_of(c))), None)
            if noun is None:
                return None
        elif entry.objects and not self._object_fits(entry, obj):
            return None
        return tuple(particles), noun

    def _definite_act(self, act: Token) -> bool:
        """Whether an act a verb of calling judges is a particular one: with "the" or "this", an owner ("Putin's order"),
        or a state's adjective ("the Belarusian move", where the parser may hang the article on the adjective); "called a
        strike" judges nothing."""
        return any(c.lower_ in ("the", "this") or c.dep_ == "poss" or (c.dep_ == "amod" and self._token_country(c) is not None)
                   for c in children_of(act))

    def _called_act(self, verb: Token) -> Token | None:
        """The act a verb of calling gives a verdict on where the parser made it the verb's first predicate, not its
        object: "called the Belarusian move illegal" (two predicates), "called Trump's idea for a border wall stupid"
        (the verdict hung under it). An act noun with an article, an owner or a state's adjective; None otherwise."""
        if verb.lemma_.lower() != "call" or any(c.dep_ == "prt" for c in children_of(verb)):
            return None  # "called off next week's meeting" calls nothing a name
        predicates = [c for c in children_of(verb) if c.dep_ == "oprd" and c.i > verb.i]
        act = predicates[0] if predicates and predicates[0].pos_ == "NOUN" else None
        lemma = act.lemma_.lower() if act is not None else ""
        if lemma not in LEXICON.nouns and lemma not in ACT_NOUNS and lemma not in CALLED_ACT_NOUNS:
            return None
        return act if self._definite_act(act) and (len(predicates) > 1 or any(w.dep_ == "amod" for w in act.subtree if w.i > act.i)) else None

    def _object_fits(self, entry: Trigger, theme: Token | None) -> bool:
        return self._noun_fits(entry.objects, theme)

    def _noun_fits(self, words: frozenset[str], noun: Token | None) -> bool:
        """Whether a role's noun is one of a pattern's ``words``: its head, what it counts, or a noun
        modifier ("aid deliveries", "a military aid program", "peacekeeping troops")."""
        if noun is None:
            return False
        head = self._semantic_head(noun)
        if (head.lemma_.lower() in words or noun.lemma_.lower() in words or head.lower_ in words
                or head.lower_.replace("\u2019", "'") in words):  # typographic "chargé d’affaires"
            return True
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in words for c in children_of(head)):
            return True
        if head.pos_ == "NOUN" and any(self._noun_fits(words, cargo) for cargo in self._cargo(head)):
            return True  # "sent a frigate carrying 60 tonnes of supplies": what the carrier carries is what is sent
        if head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in words for c in children_of(head)):
            return True  # the parser's "the [Iona–Skeleton Coast] … park agreement": a name and the noun that says what it is
        if "@state" in words and head.pos_ == "PROPN" and (mention := self._token_country(head)) is not None and mention.kind in ("name", "capital"):
            return True
        if "@place" in words and (head.ent_type_ in ("GPE", "LOC") or self._token_country(head) is not None
                                  or head.lemma_.lower() in SETTLEMENT_WORDS | {"country", "territory"}):
            return True  # "the monitors left North Kivu province", "left the country" (not "left for Haiti")
        if "@org" in words and head.ent_type_ == "ORG" and self._actor_like(head):
            return True  # "backed the Commission"
        if "@people" in words and head.tag_ in ("NNS", "NNPS") and (_noun_class(head, "people") or _noun_class(head, "person") or _person_noun(head)):
            return True  # "freed two pilgrims", "barred 14 police commanders": people of any kind or rank the noun list does not
            # name (a group: "released the businessman on bail" is a court's, no release between parties)
        if "@nationals" in words and head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNS"):
            return True  # people named by their nationality: "released five Iranians" (not "hosts 1.3 million Syrians")
        return "@person" in words and (head.ent_type_ == "PERSON" or head.lower_ in ("him", "her", "them"))

    def _cargo(self, carrier: Token) -> list[Token]:
        """What a vessel, plane or lorry is said to carry ("three cargo planes carrying 40 generators and
        water-purification units"): the objects of its participle "carrying", with their conjuncts."""
        return [obj for verb in _carrying(carrier) for child in children_of(verb) if child.dep_ == "dobj" for obj in (child, *child.conjuncts)]

    def _own_mission_seat(self, mission: Token, exclude: set[int]) -> Token | None:
        """Where a state's own embassy or consulate sits, for an act on it ("Ecuador reopened its consulate in Caracas"):
        the state that hosts it is the one the act concerns, not the state that owns it; None for any other object."""
        if not _own_possession(mission) or mission.lemma_.lower() not in MISSION_NOUNS:
            return None
        return self._target_from_prepositions([mission, mission.head], ("in",), exclude)  # the parser may hang "in" on the verb

    def _consignee(self, carrier: Token) -> Token | None:
        """Who a vessel, plane or lorry carries its load for ("38 trucks carrying food for the World Food Programme"):
        the party of a "for" phrase on the participle "carrying" or on what it carries (``_cargo``), or None."""
        holders = [*_carrying(carrier), *self._cargo(carrier)]
        return next((o for holder in holders for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "for"
                     for o in children_of(c) if o.dep_ == "pobj" and self._actor_like(o)), None)

    def _verb_entry_fits(self, entry: Trigger, theme: Token | None, obj: Token | None, verb: Token) -> bool:
        if entry.objects and not self._object_fits(entry, theme) and not (entry.type == "ACCUSE" and _faulted_for_doing(verb)):
            return False
        if entry.infinitives and not _takes_to_infinitive(verb, entry.infinitives):
            return False  # "pushed the White House to embrace…" asks, "pushed them back to the boulevard" is a phrasal act
        if verb.lemma_.lower() in PURCHASE_VERBS and obj is not None and self._semantic_head(obj).lemma_.lower() in GOODS:
            return False  # "would order new ships" buys them
        if verb.lemma_.lower() == "meet" and obj is not None and self._semantic_head(obj).lemma_.lower() in MET_CONDITIONS:
            return False  # "to meet the terms of a loan": satisfied, not a meeting
        if entry.subjects and not self._noun_fits(entry.subjects, self._subject(verb)[0]):
            return False
        if entry.intransitive and obj is not None:
            return False
        if entry.concrete and obj is not None and not (self._actor_like(obj) or self._place_like(obj) or self._untagged_name(obj)
                                                       or self._semantic_head(obj).lemma_.lower() in ATTACKED_UNITS):
            return False  # "attacked the plan" is a rebuke; "attacked an army patrol" hits people
        if entry.concrete and entry.type == "ASSAULT" and obj is not None and self._attack_in_words(verb, obj):
            return False  # "Trump has relentlessly attacked her"
        if entry.concrete and obj is None and self._abstract_topic(verb):
            return False
        return True

    # ------------------------------------------------------------------ structure

    def _source_apposition(self, verb: Token, noun: Token) -> bool:
        """Whether an object of ``verb`` is the parser's reading of an apposition to the source an "according to" phrase
        names: "Brazil offered to host a meeting…, according to Itamaraty, the Brazilian foreign ministry" (the ministry
        is Itamaraty, not what is offered)."""
        start = self._phrase_bounds(noun)[0]
        return start > 0 and self._tokens[start - 1].text == "," and any(
            c.dep_ in ("prep", "advcl") and c.lower_ == "according" and c.i < noun.i for c in children_of(verb))

    def _object(self, verb: Token) -> Token | None:
        """The direct object of ``verb`` (the thing measured where a length stands for it: "closed its 1,340 km (833 mile)
        border"); also one the parser hid in an "up to" quantity
        ("kidnapped up to 16 advisers", "arrested up to 50 protesters"), or made the subject of the
        verb's to-infinitive ("allowed [UN monitors to enter]": the monitors are allowed)."""
        clauses = []
        for child in children_of(verb):
            if child.dep_ in OBJECTS:
                if self._source_apposition(verb, child):
                    continue
                if child.lemma_.lower() in LENGTH_UNITS:
                    measured = next((c for c in children_of(child) if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
                    return measured if measured is not None else child
                return child
            if child.dep_ in ("ccomp", "xcomp") and child.i > verb.i:
                clauses.append(child)
        called = self._called_act(verb)
        if called is not None:
            return called
        for clause in clauses:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
                subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                if subject is not None:
                    return subject
        for clause in clauses:
            # "fired what appeared to be a ballistic missile": the parser hangs the thing fired under "appeared"
            if clause.lemma_.lower() in ("appear", "seem") and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in children_of(clause)):
                being = next((c for c in children_of(clause) if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
                thing = next((c for c in children_of(being) if c.dep_ == "attr"), None) if being is not None else None
                if thing is not None:
                    return thing
        striking = any(t.type in ("ASSAULT", "COERCE") for t in LEXICON.verbs.get(verb.lemma_.lower(), ()))
        for clause in clauses if striking else ():
            # "struck what the military called Hezbollah targets", "shelled what Kyiv said was a hospital": the thing
            # struck is what the speaker named, which the parser hangs under the speaker's verb; not a verdict on an act
            # ("condemned what the communique called an assault", rule 59)
            named = self._named_what(clause)
            if named is not None and named.lemma_.lower() not in LEXICON.nouns and named.lemma_.lower() not in ACT_NOUNS:
                return named
        stranded = self._stranded_subject(verb)
        if stranded is not None:
            return stranded
        held = next(filter(None, (self._held_subject(c) for c in children_of(verb) if c.dep_ in ("csubjpass", "nsubjpass"))), None)
        if held is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children_of(verb)):
            held = self._held_subject(verb.head)
        if held is not None:
            return held  # "A German aid worker held hostage … was freed": the worker is freed
        misread = self._misread_plural(verb)
        if misread is not None:
            return misread
        for child in children_of(verb):
            if child.dep_ == "prt" and child.lower_ == "up" and child.i + 1 < len(self.doc):
                to = self._tokens[child.i + 1]  # "to" hangs from "up" or from the verb
                if to.lower_ == "to" and to.dep_ == "prep" and to.head.i in (child.i, verb.i):
                    return next((o for o in children_of(to) if o.dep_ == "pobj"), None)
        return self._shared_object(verb)

    def _shared_object(self, verb: Token) -> Token | None:
        """The object two verbs joined by "and" share, which the parser hangs on the second only: "rammed and boarded a
        Philippine supply boat" (rule 72). Only the verb right before "and", a second verb with no subject of its own, and
        two kinds of act: "boarded and seized a tanker" is one seizure."""
        if verb.i + 2 >= len(self._tokens) or self._tokens[verb.i + 1].lower_ != "and":
            return None
        second = self._tokens[verb.i + 2]
        if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in children_of(second)):
            return None
        kinds = {e.type for e in LEXICON.verbs.get(verb.lemma_.lower(), ())}
        if kinds & {e.type for e in LEXICON.verbs.get(second.lemma_.lower(), ())}:
            return None  # "boarded and seized a tanker": one act of one kind, told by the second verb
        return next((c for c in children_of(second) if c.dep_ == "dobj"), None)

    def _named_what(self, clause: Token) -> Token | None:
        """The thing a free relative names for a verb's object: "[what the military called] Hezbollah targets" (the
        naming verb's predicate), "[what Kyiv said was] a hospital" (the predicate of "was"). None for other clauses."""
        if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in children_of(clause)):
            if clause.lemma_.lower() not in ("say", "claim", "describe"):
                return None
            being = next((c for c in children_of(clause) if c.dep_ == "ccomp" and c.lemma_ == "be"
                          and any(w.lower_ == "what" and w.dep_ == "nsubj" for w in children_of(c))), None)
            return next((c for c in children_of(being) if c.dep_ == "attr"), None) if being is not None else None
        if clause.lemma_.lower() in ("call", "term", "label", "dub", "describe"):
            # the parser makes the name a predicate or a second object: "called [weapons depots]"
            return next((c for c in children_of(clause) if c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.lower_ != "what")), None)
        return None

    def _misread_plural(self, verb: Token) -> Token | None:
        """"imposed travel bans and asset freezes on 11 officials": the parser reads the last plural noun of a
        coordinated object as a verb ("freezes") whose subject is the rest; the first noun is the object when the
        "verb" follows the nouns at once and is a trigger noun's plural."""
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or clause.tag_ != "VBZ" or clause.i <= verb.i or any(c.dep_ in ("aux", "neg") for c in children_of(clause)):
                continue
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if (subject is not None and subject.i > verb.i and subject.right_edge.i + 1 == clause.i
                    and any(c.dep_ == "conj" for c in children_of(subject)) and clause.lemma_.lower() in LEXICON.nouns):
                return subject
            if subject is not None and subject.i > verb.i and subject.i + 1 == clause.i and clause.lemma_.lower() in LEXICON.nouns:
                # "imposed asset freezes and visa bans on 14 officials": the parser made the first plural the verb, its
                # compound the subject and the next noun its conjunct; that noun carries the "on" phrase
                noun = next((c for c in children_of(clause) if c.dep_ == "conj" and c.tag_ == "NNS" and c.lemma_.lower() in LEXICON.nouns), None)
                if noun is not None:
                    return noun
        return None

    @staticmethod
    def _staged_act(token: Token) -> Token | None:
        """The act a stage noun is the stage of: "the opening of accession talks", "the start of negotiations" → the
        talks, the negotiations (the "of" phrase's object)."""
        if token.lemma_.lower() not in STAGE_NOUNS:
            return None
        return next((o for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"), None)

    def _semantic_head(self, token: Token) -> Token:
        """The thing counted when the head only counts it: "thousands of workers" → workers."""
        if token.lemma_.lower() in COUNT_HEADS or token.like_num:
            for child in children_of(token):
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in children_of(child):
                        if obj.dep_ == "pobj":
                            return obj
        return token

    def _subject(self, verb: Token, _hops: int = 0) -> tuple[Token | None, bool]:
        """The subject of ``verb`` and whether it is a passive's agent: (token, is_agent)."""
        if self._held_subject(verb) is not None:
            # "Two Japanese tourists held hostage by militants … were released": the agent is the "by" phrase
            agent = next((o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "by" for o in children_of(c) if o.dep_ == "pobj"), None)
            return agent, True
        rooted = self._root_crowd(verb)
        if rooted is not None:
            return rooted, False
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.lemma_.lower() in REPORTING_VERBS:
            # "Lavrov was quoted by TASS as saying that…", "was cited as saying": who is quoted says it
            quoting = verb.head.head
            speaker = next((c for c in children_of(quoting) if c.dep_ == "nsubjpass"), None) if quoting.lemma_.lower() in QUOTING_VERBS else None
            if speaker is not None:
                return speaker, False
        passive = self._elliptic_passive(verb)
        children = list(children_of(verb))
        if sum(c.dep_ in SUBJECTS for c in children) > 1:
            # "Old foes Israel and Jordan have renewed ties": the parser gave the verb two subjects,
            # a description and the names; the names act
            children.sort(key=lambda c: not (c.dep_ in SUBJECTS and c.pos_ == "PROPN"))
        for child in children:
            if passive:
                break
            if child.dep_ in SUBJECTS or (child.dep_ == "npadvmod" and child.idx < self._dateline_end):
                if child.idx < self._dateline_end:
                    # "BISHKEK, Nov 22 (Desk) — Kyrgyz and Tajik guards exchanged fire": the parser can
                    # make the dateline's date the subject (or a modifier) and the real one its
                    # apposition or conjunct, or that of the outlet's name inside the dateline ("BISHKEK, Dec 5
                    # (Reuters) - Kyrgyz and Tajik border guards…" hangs "Kyrgyz" on "Reuters")
                    real = next((c for c in subtree_of(child) if c.dep_ in ("appos", "conj") and c.idx >= self._dateline_end
                                 and c.head.idx < self._dateline_end), None)
                    if real is not None:
                        return real, False
                    continue  # "NAIROBI, Oct 9 (Desk) — Kenya and Ethiopia signed": the place of filing acts in nothing
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    return verb.head, False  # "a communique that called on Myanmar": what "that" stands for
                if child.lower_ in ("it", "they") and verb.dep_ == "relcl" and _hops == 0:
                    # "the European Union imposed sanctions on five officers it blamed for the blackout": the pronoun of a
                    # relative clause on what a clause's verb acts on is that clause's subject, not an earlier state
                    governing = self._clause_verb(verb.head)
                    outer = self._subject(governing, _hops + 1)[0] if governing.i != verb.i else None
                    if outer is not None and outer.i < verb.head.i and self._actor_like(outer) and (child.lower_ == "they" or outer.tag_ != "NNS"):
                        return outer, False
                if child.pos_ == "VERB" and child.tag_ == "VBG":
                    # "The Red Cross operating in Iraq said...": a reduced relative the parser made the subject
                    inner = next((c for c in children_of(child) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                    if inner is not None:
                        return inner, False
                    if any(c.dep_ == "nsubj" and c.i != child.i for c in children_of(verb)):
                        continue  # "Visiting Japanese Prime Minister X and President Y agreed": the names are the subject
                    named = next((c for c in children_of(child) if c.dep_ in OBJECTS and c.ent_type_ == "PERSON"), None)
                    if named is not None:
                        return named, False  # the participle read as a gerund with the visitor as its object
                    opened = self._subject_read_as_apposition(verb, [child])
                    if opened is not None:
                        return opened, False  # "Speaking to BBC Swahili, Tanzania's deputy foreign minister, …, accused"
                if (launcher := self._weapon_launcher(child, verb)) is not None:
                    return launcher, False  # "A missile fired by the Houthi rebels … wounded six people": the rebels
                if (named := self._subject_swallowing_object(child, verb)) is not None:
                    return named, False
                return child, False
            if child.dep_ in ("nsubjpass", "auxpass"):
                passive = True
        if not passive:
            # "Portugal did, however, agree to share the data": with a parenthesis after the auxiliary, the parser can
            # hang the subject on the auxiliary instead of its verb (rule 46); only the verb's own auxiliaries are read
            hung = next((s for c in children if c.dep_ == "aux" and c.lower_ != "to" for s in children_of(c) if s.dep_ in SUBJECTS), None)
            if hung is not None:
                return hung, False
            if verb.lemma_.lower() in REPORTING_VERBS:
                # "A foreign ministry spokeswoman criticised the law, said families had been mistreated and urged Tbilisi
                # to…": the parser makes the first verb of the list a clause reported by "said", which keeps no subject;
                # the list's subject, before its first verb, says it
                listed = next((c for c in children if c.dep_ == "ccomp" and c.i < verb.i and self._tokens[verb.i - 1].text == ","), None)
                first = next((c for c in children_of(listed) if c.dep_ == "nsubj" and c.i < listed.i), None) if listed is not None else None
                if first is not None and self._actor_like(first):
                    return first, False
        if passive:
            for child in children_of(verb):
                if child.dep_ == "agent":
                    for obj in children_of(child):
                        if obj.dep_ == "pobj":
                            return obj, True
            # "were attacked with water cannon by Chinese ships", "was blamed for the deaths by the carriers' council":
            # the parser hangs the agent on the instrument or the reason
            blaming = verb.lemma_.lower() in BLAME_VERBS
            for preposition, agent in agents_hung_on_objects(verb):
                if preposition.lower_ == "with" or (preposition.lower_ in ("for", "over") and blaming and self._actor_like(agent)):
                    return agent, True
            if verb.dep_ == "conj" and verb.head.i != verb.i and verb.lemma_.lower() in ARREST_VERBS:
                # "Police fired tear gas…, and 12 people were arrested": an arrest with no agent, coordinated with what
                # police or troops did, is theirs (rule 46); only their own active subject, a force by its head word
                forces = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
                if forces is not None and self._semantic_head(forces).lower_ in OWN_FORCES:
                    return forces, True
            return None, True
        if _hops >= 4:
            return None, False
        swallowed = self._swallowed_subject(verb)
        if swallowed is not None:
            return swallowed, False
        head = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in ("from", "of"):
            # "Gunmen from a Libyan armed group fired on Tunisian customs officers…, and Tunisia closed the crossing": the
            # parser hangs the past tense on the group the subject comes from, and makes the subject the later verb's
            top = head.head.head
            if top.pos_ in ("NOUN", "PROPN") and top.i < head.i and (self._actor_like(top) or self._people_like(top) or top.lower_ in SHOOTER_NOUNS):
                return top, False
        if (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ == "PROPN" and self._tokens[verb.i - 1].text == ","
                and any(c.dep_ == "relcl" and c.i < verb.i for c in children_of(head)) and not any(c.dep_ == "agent" for c in children_of(verb))
                and self._actor_like(head)):
            # "Saudi Arabia, which leads the coalition backing Yemen's government, offered to host talks": after a relative
            # clause set off by commas, the parser's participle is the name's own past tense
            return head, False
        if (verb.dep_ == "acl" and verb.tag_ == "VBD" and head.pos_ in ("NOUN", "PROPN") and (head.dep_ == "appos" or (
                head.i < verb.i and self._tokens[verb.i - 1].text == "," and any(c.dep_ == "appos" for c in children_of(head))))
                and self._actor_like(head)):
            # the parser's "In an interview with Vientiane Radio, [Laos's deputy minister] accused…": a past tense (not a
            # participle) hung on a noun it made an apposition is that noun's own finite verb; so is one hung, after the
            # name in apposition and a comma, on the noun that name describes ("The European Union's naval force in the
            # region, Operation Atalanta, offered to train…")
            named = head.head
            if (named.dep_ == "ROOT" and named.pos_ == "PROPN" and named.i < head.i and self._tokens[named.i + 1].text == ","
                    and named.idx >= self._dateline_end and self._actor_like(named)):
                return named, False  # "China, the North's main ally, called on all sides…": the name the apposition describes
            return head, False
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in GERUND_SUBJECT_PREPOSITIONS:
            doer = next((c for c in children_of(head) if c.dep_ == "pobj" and c.i < verb.i), None)
            if doer is not None and (self._actor_like(doer) or self._people_like(doer)):
                return doer, False  # "respond to its Israeli enemy assassinating a guest": the gerund's own subject
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in MEANS_PREPOSITIONS and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
            return self._subject(head.head, _hops + 1)  # "Serbia answered by recalling its ambassador": Serbia recalls
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
            if head.lower_ in SHARED_ACT_PREPOSITIONS and head.head.lemma_.lower() != "be":
                return self._subject(head.head, _hops + 1)  # "employers and unions joined together in opposing a ban"
            if head.lower_ in BLAMED_FOR_PREPOSITIONS:
                # "held Pagliano in contempt for refusing to appear": who is blamed or punished for it did it
                doer = next((c for c in children_of(head.head) if c.dep_ in ("dobj", "nsubjpass")), None)
                if doer is not None and (self._actor_like(doer) or self._people_like(doer)):
                    return doer, False
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "in" and head.head.dep_ == "acomp"
                and head.head.head.pos_ in ("VERB", "AUX") and head.head.head.i != head.head.i):
            # "Graham has been especially aggressive in pushing the administration to…": who is so did it; not who would be
            # ("would be even-handed in negotiating…" promises a manner, no act)
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head.head.head)):
                return None, False
            return self._subject(head.head.head, _hops + 1)
        if verb.dep_ == "acl" and head.lower_ in ("those", "one") and head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.i != head.head.i:
            return self._subject(head.head.head, _hops + 1)  # "Denmark is among those calling for more defence spending"
        if self._past_after_infinitive(verb) and head.head.i != head.i:
            caller = head.head
            while caller.dep_ in ("xcomp", "ccomp") and caller.tag_ in ("VB", "VBP") and caller.head.i != caller.i:
                caller = caller.head  # out of the whole infinitive: "urged Rabat [to let [the students finish]]"
            return self._subject(caller, _hops + 1)  # "called on X to withdraw the levy and accused police": the caller accuses
        if verb.dep_ == "conj" and head.i != verb.i:
            named = self._tokens[verb.i - 1]
            if named.dep_ == "conj" and named.pos_ == "PROPN" and named.head.ent_type_ in ("DATE", "TIME") and self._actor_like(named):
                # "Hamas freed four hostages on Saturday and Israel released 200 prisoners": the parser joins the second
                # subject to the date before it; the name just before the subjectless verb is its subject
                return named, False
            perfect = head.dep_ == "ccomp" and self._perfect_shift(head, verb)
            # "was indicted ... and will resign": the indicted one resigns; but "said the contracts had been
            # signed … and accused the government": the speaker's next act
            if self._passive(head) and not (perfect and head.head.lemma_.lower() in REPORTING_VERBS):
                subject = next((c for c in children_of(head) if c.dep_ == "nsubjpass"), None)
                if subject is not None:
                    return subject, False
            if verb.lemma_.lower() in BLAME_VERBS | APPEAL_VERBS or self._call_on(verb):
                # "said the footage belonged to prosecutors and would be released…, and accused Chisinau of…", "said the
                # cabinet had "no magic money" and accused the union of…", "denied that any aircraft had crossed the border
                # and accused Guyana of…": an accusation after a reported or denied clause is the speaker's next act, not
                # the reported subject's (the parser hangs it on the reported verb)
                first = head
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                inner = next((c for c in children_of(first) if c.dep_ in SUBJECTS), None)
                reporter, _ = self._subject(first.head, _hops + 1) if first.dep_ == "ccomp" else (None, False)
                if (first.head.lemma_.lower() in REPORTING_VERBS | DENIAL_VERBS and reporter is not None and inner is not None and inner.pos_ != "PRON"
                        and (not self._actor_like(inner) or ((reporter.pos_ == "PROPN" or _person_noun(reporter)) and inner.pos_ == "NOUN" and not _person_noun(inner)))):
                    return reporter, False
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS and (head.lemma_.lower() == "be" or self._tense_shift(head, verb) or perfect):
                # "the minister said the protest was illegal and ordered police to clear the road": the
                # parser hangs the second verb on the reported "was"; the speaker is the one ordering
                inner = next((c for c in children_of(head) if c.dep_ in SUBJECTS), None)
                # a past verb cannot share a reported modal or present: "said the agency should respect … and accused
                # Lithuania" is the speaker accusing, whoever the reported clause is about
                if inner is None or not self._actor_like(inner) or (head.lemma_.lower() != "be" and (perfect or self._tense_shift(head, verb))):
                    return self._subject(head.head, _hops + 1)
            if (reporting := self._reporting_above_relative(head, verb)) is not None:
                return self._subject(reporting, _hops + 1)
            return self._subject(head, _hops + 1)
        if verb.dep_ == "xcomp" or (verb.dep_ == "acomp"):
            if verb.dep_ == "xcomp" and head.lemma_.lower() in RAISING_VERBS:
                raised = next((c for c in children_of(head) if c.dep_ == "nsubjpass"), None)
                if raised is not None:
                    return raised, False  # "The EU is expected to discuss sanctions": the EU discusses
            if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                controller = next((c for c in children_of(head) if c.dep_ in OBJECTS), None)
                if controller is not None:
                    return controller, False
            return self._subject(head, _hops + 1)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.lemma_.lower() in BLAME_VERBS:
            accused = next((c for c in children_of(head) if c.dep_ == "dobj"), None)
            if accused is not None:
                return accused, False  # "accused Chinese vessels of ramming a boat, injuring four sailors"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CASUALTY_VERBS:
            # "lodged a protest after a Chinese vessel fired water cannon at a supply boat, injuring four crew members":
            # the harm is the violent clause's, which the parser hung beside it on the main verb
            violent = next((c for c in reversed(children_of(head)) if c.dep_ == "advcl" and c.i < verb.i
                            and getattr(self._candidate_at.get(c.i), "type", None) in ("ASSAULT", "COERCE")), None)
            if violent is not None and getattr(self._candidate_at.get(head.i), "type", None) not in ("ASSAULT", "COERCE"):
                return self._subject(violent, _hops + 1)
        if verb.dep_ in ("acl", "advcl") and (marchers := self._marchers(verb)) is not None:
            return marchers, False
        if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))):
            return self._subject(head, _hops + 1)  # "..., killing three people"; "... to press its claim"
        if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
            return head, False
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in OBJECTS and head.head.i != head.i:
            if head.head.lemma_.lower() in STOPPED_TEXT_VERBS:
                return None, False  # "Hungary blocked a statement condemning…": neither the blocker's act nor said at all
            return self._subject(head.head, _hops + 1)  # "issued a declaration demanding that..."
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.pos_ == "NOUN" and _noun_class(head, "document"):
            return head, False  # "but its foreign ministry's statement merely called on both parties": a finite verb misread as a modifier
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not any(c.dep_ == "agent" for c in children_of(verb)) and not self._headline_participle(verb):
            # "An official Syrian newspaper called Thursday on Arabs to…", "Doctors from two aid
            # groups donated goods to…": a sentence the parser left without a finite verb, its
            # predicate read as a reduced relative; the noun heading the sentence is the subject
            root = verb.sent.root
            own = {t.i for t in subtree_of(verb)}
            if root.pos_ in ("NOUN", "PROPN") and not any(t.tag_ in FINITE_TAGS and t.dep_ in ("ROOT", "ccomp", "conj") and t.i not in own for t in verb.sent):
                return root, False
        if verb.tag_ in FINITE_TAGS:
            # "Padrino accused Guyana": a name opening the sentence that the parser made an adverb of
            # a finite verb with no subject is its subject
            first = verb.sent[0]
            if first.i < verb.i and first.head.i == verb.i and first.dep_ in ("advmod", "npadvmod") and first.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return first, False
            object_before = self._subordinator_object_before(verb)
            if object_before is not None:
                return object_before, False
            opened = self._subject_read_as_apposition(verb)
            if opened is not None:
                return opened, False
        return None, False

    @staticmethod
    def _call_on(verb: Token) -> bool:
        """Whether a verb is "call on" or "call for", an appeal like "urge" ("…, and called on Astana to review their cases")."""
        return verb.lemma_.lower() == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for") for c in children_of(verb))

    def _subject_read_as_apposition(self, verb: Token, opening: list[Token] | None = None) -> Token | None:
        """The subject of a finite verb that has none, which the parser made an apposition of the place or outlet its
        sentence opens with: "In Torit, the governor of South Sudan's Eastern Equatoria state, Peter Lokuda, accused
        Kenya…" (the governor in apposition to Torit), "Speaking to BBC Swahili, Tanzania's deputy foreign minister,
        Hamisi Mwakyusa, accused Maputo…" (the minister in apposition to Swahili, the participle made the subject). Only a
        party standing right before the verb, after a comma."""
        if verb.i == 0 or self._tokens[verb.i - 1].text != ",":
            return None
        if opening is None:
            opening = [c for c in children_of(verb) if c.i < verb.i and c.dep_ in ("prep", "advcl", "csubj")]
        for phrase in opening:
            for token in subtree_of(phrase):
                if (token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.i < token.i
                        and token.right_edge.i + 1 < verb.i and self._actor_like(token) and token.ent_type_ not in NOT_PARTIES):
                    return token
        return None

    def _marchers(self, verb: Token) -> Token | None:
        """The people a protest participle aimed at a place describes, where the parser gave it no subject of theirs: in
        "police fired tear gas at thousands of opposition supporters marching on the electoral commission" "marching" hangs
        on "thousands" or, as an adverbial, on "fired", and the police would march. The people right before it march
        (with a comma between, "…, killing three", a participle stays the main subject's); only a march "on", "to" or
        "towards" a place: "people protesting against a fuel tax" only says who was hit."""
        if verb.tag_ != "VBG" or not any(e.type == "PROTEST" for e in LEXICON.verbs.get(verb.lemma_.lower(), ())):
            return None
        if not any(c.dep_ == "prep" and c.lower_ in MARCH_GOALS and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in children_of(c))
                   for c in children_of(verb)):
            return None  # "protesting against a new fuel tax … on Monday": a day is no place marched on
        people = verb.head if verb.dep_ == "acl" else self._tokens[verb.i - 1] if verb.dep_ == "advcl" and verb.i > 0 else None
        if people is None or people.dep_ != "pobj" or people.pos_ != "NOUN" or not self._people_like(people):
            return None
        return self._counting_phrase(people)

    @staticmethod
    def _counting_phrase(noun: Token) -> Token:
        """The count a noun is named by, as a party's head: "thousands of [supporters]" → "thousands" (the reverse of
        _semantic_head), else the noun itself."""
        count = noun.head.head
        return count if noun.dep_ == "pobj" and noun.head.lower_ == "of" and count.lemma_.lower() in COUNT_HEADS else noun

    def _subordinator_object_before(self, verb: Token) -> Token | None:
        """The subject of a past-tense clause the parser opened with "after" read as a preposition: in "…, a day after
        a court in Cairo sentenced Karim Haddad to ten years" it makes "court" the object of "after" and "sentenced" a
        clause with no subject. The object phrase that ends right before such a verb is its subject (rule 72)."""
        if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "ROOT", "conj") or any(c.dep_ in SUBJECTS for c in children_of(verb)):
            return None
        word = verb.i - 1
        while word >= 0 and self._tokens[word].is_punct:
            word -= 1
        if word < 0:
            return None
        token = self._tokens[word]
        for _ in range(6):
            if token.dep_ == "pobj" and token.head.lower_ in SEQUENCE_MARKERS and token.head.i < token.i:
                return token if token.pos_ in ("NOUN", "PROPN") and self._actor_like(token) else None
            if token.head.i == token.i or token.head.i > verb.i:
                return None
            token = token.head
        return None

    def _past_after_infinitive(self, verb: Token) -> bool:
        """"called on the government to withdraw the levy and accused police of...": a past-tense verb the
        parser joined to a to-infinitive is no part of what is asked; it is the caller's next act."""
        head = verb.head
        if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.i != verb.i):
            return False
        if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)):
            return True
        if ((head.tag_ == "VB" or (head.tag_ == "VBP" and head.head.lemma_.lower() in MANDATIVE_VERBS)) and head.dep_ == "ccomp"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(head))):
            return True  # "demanded that Bissau release the men and called the shooting…": a subjunctive is what is asked
        # "urged Rabat to let all the students finish the year and offered…": a bare verb inside the infinitive
        return (head.tag_ in ("VB", "VBP") and head.dep_ == "ccomp" and head.head.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head.head)))

    def _weapon_launcher(self, weapon: Token, verb: Token | None = None) -> Token | None:
        """Who fired a weapon a participle's "by" phrase names: "a missile fired by the Houthi rebels", "a drone
        launched by Russian forces" (a weapon as subject otherwise took the dateline's state); else None. The parser
        can make that participle the sentence's main verb, with the deed its conjunct ("Mortar rounds fired from the
        Afghan side of the border killed two Iranian border guards"): then ``verb`` is the participle, and the state's
        side or soil it names in a "from" phrase fired the weapon too."""
        # "Mortar rounds": a round named by its weapon
        if not _noun_class(weapon, "weapon") and not any(c.dep_ == "compound" and _noun_class(c, "weapon") for c in children_of(weapon)):
            return None
        # the participle the parser made the main verb: the weapon is its subject
        misparsed = verb is not None and verb.lemma_.lower() in LAUNCHING_VERBS and weapon.dep_ == "nsubj" and weapon.head.i == verb.i
        participles = [c for c in children_of(weapon) if c.dep_ == "acl" and c.tag_ == "VBN"] + ([verb] if misparsed else [])
        by = next((o for c in participles for a in children_of(c) if a.dep_ == "agent"
                   for o in children_of(a) if o.dep_ == "pobj" and self._actor_like(o)), None)
        if by is not None or not misparsed:
            return by
        return self._launch_ground(verb)

    def _launch_ground(self, verb: Token) -> Token | None:
        """The side, bank, territory or soil of a named state that a firing verb's "from" phrase names ("fired from the
        Afghan side of the border", "firing from the Afghan bank of the Panj"): whose ground the fire came from; else None."""
        return next((o for a in children_of(verb) if a.dep_ == "prep" and a.lower_ == "from" for o in children_of(a)
                     if o.dep_ == "pobj" and o.lemma_.lower() in LAUNCH_GROUND_NOUNS and self._phrase_country(o) is not None), None)

    def _tense_shift(self, reported: Token, verb: Token) -> bool:
        """"said the ban would push up prices and called on New Delhi to...": a past-tense verb joined to a
        reported verb in the future or present cannot share its tense, so it is the speaker's own next act
        that the parser hung on the reported clause."""
        if verb.tag_ != "VBD":
            return False
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(reported))
        return modal or reported.tag_ in ("VBZ", "VBP")

    def _reporting_above_relative(self, relative: Token, verb: Token) -> Token | None:
        """The reporting verb whose speaker does ``verb`` when the parser joined a speech act to a relative clause of
        the reported words: "said the boats were fishing in an area where the two countries' claims overlap and asked
        Jakarta to release the fishermen" (the asking is the speaker's, a past beside the clause's present), else None."""
        if relative.dep_ != "relcl" or self._verb_lemma(verb) not in SPEAKERS_NEXT_ACTS or not self._tense_shift(relative, verb):
            return None
        clause = relative.head
        while clause.dep_ != "ccomp" and clause.head.i != clause.i:
            clause = clause.head
        reporting = clause.head
        if clause.dep_ == "ccomp" and reporting.lemma_.lower() in REPORTING_VERBS and reporting.tag_ == "VBD":
            return reporting
        return None

    def _perfect_shift(self, reported: Token, verb: Token) -> bool:
        """"said the Argentine side had used excessive force and urged Buenos Aires to…": a speech act in
        the simple past joined to a reported verb in the past perfect is the speaker's own next act (a
        conjunct sharing the "had" would be a participle)."""
        return (verb.tag_ == "VBD" and self._verb_lemma(verb) in SPEAKERS_NEXT_ACTS
                and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(reported)))

    def _passive(self, verb: Token) -> bool:
        return (any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)) or self._elliptic_passive(verb)
                or self._held_subject(verb) is not None)

    def _held_subject(self, verb: Token) -> Token | None:
        """Who underwent a reduced relative the parser read as an active clause with a subject: "A German aid worker
        [held hostage in Afghanistan] was freed" parsed as "worker held hostage", its clause the subject of "was freed"
        (csubjpass), or "Two Japanese tourists [held hostage by militants] were released" with "were released" a
        complement of "held". The participle has no auxiliary of its own and the passive it belongs to has no subject;
        its parsed subject is the one held, not the holder (rule 57)."""
        if verb.lemma_.lower() not in HOLDING_VERBS or verb.tag_ not in ("VBD", "VBN"):
            return None  # "The army prepared to resume shelling… as attempts… were deadlocked": an active clause
        if any(c.dep_ in ("aux", "auxpass", "cc") for c in children_of(verb)):
            return None  # "Police arrested 12 people and were praised": a real coordination has its "and"
        if any(o.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in children_of(o))
               for o in children_of(verb) if o.dep_ in OBJECTS):
            return None  # an active clause's own object ("seized two tankers"); "held hostage" has a bare noun at most
        def bare_passive(clause: Token) -> bool:
            # a subject the parser found between the two is a phrase of the participle's ("detained in Iran since
            # October on espionage charges was released": "charges" made the subject of "was released")
            return (clause.i > verb.i and any(a.dep_ == "auxpass" for a in children_of(clause))
                    and not any(a.dep_ in ("nsubj", "nsubjpass", "csubjpass") and a.i != verb.i and not verb.i < a.i < clause.i for a in children_of(clause)))
        under_passive = verb.dep_ in ("csubjpass", "nsubjpass") and bare_passive(verb.head)
        if not under_passive and not any(c.dep_ in ("ccomp", "conj", "advcl") and bare_passive(c) for c in children_of(verb)):
            return None
        return next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)

    def _holding_state(self, verb: Token) -> Token | None:
        """Who frees people released in the passive with no agent: the state they were held in, named by a participle
        of holding on them ("Five Americans held in Iran were freed", "a journalist jailed in Russia was released") by
        its name or capital; a town or region tells where, not who held them."""
        held = self._passive_subject(verb)
        if held is None:
            return None
        for clause in children_of(held):
            # "Five Americans held in Iran", "a journalist who had been detained at Cairo airport"
            if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in HOLDING_VERBS and (place := self._place_of_holding(clause)) is not None:
                return place
        return None

    def _foreigners_held_at(self, verb: Token) -> Token | None:
        """The state that held people of another state, told in the passive with no agent: where they were held
        (_place_of_holding), when the held are placed in another state ("Two Dutch journalists were arrested in Iran",
        "a Dutch journalist who had been detained at Cairo airport"). People held at home ("42 protesters had been
        arrested in Belgrade") stay held by no one named: no act between states is told."""
        place = self._place_of_holding(verb)
        held = self._passive_subject(verb)
        if place is None or held is None:
            return None
        own, where = self._phrase_country(held), self._phrase_country(place)
        return place if own is not None and where is not None and own.code != where.code and own.code not in NON_STATE_CODES else None

    def _place_of_holding(self, verb: Token) -> Token | None:
        """The word that names the state a passive verb of holding took place in, by the state's name or capital ("held
        in Iran", "Cairo" of "detained at Cairo airport", "jailed in Tehran"); None for a town or region, which tells
        where, not whose state held them."""
        for preposition in children_of(verb):
            if preposition.dep_ == "prep" and preposition.lower_ in ("in", "at"):
                for place in children_of(preposition):
                    mention = self._phrase_country(place) if place.dep_ == "pobj" else None
                    if mention is not None and mention.kind in ("name", "capital") and mention.code not in NON_STATE_CODES:
                        # the state's own name in the phrase acts for it: "Cairo" of "at Cairo airport"
                        return next((t for t in subtree_of(place) if t.idx == mention.start), place)
        return None

    def _elliptic_passive(self, verb: Token) -> bool:
        """"42 people had been arrested and 11 officers injured": a bare participle coordinated with a
        passive shares its "had been", so its parsed subject is who underwent it. So does a headline's bare participle:
        "Poland recalls envoy after aid worker killed in Gaza strike"."""
        if self._headline_participle(verb):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in children_of(verb)):
            return False
        if not any(c.dep_ == "auxpass" for c in children_of(verb.head)):
            return False
        if verb.tag_ == "VBN":
            return True
        if verb.tag_ == "VBD" and verb.lower_.endswith("ed") and not any(c.dep_ in SUBJECTS or c.dep_ in OBJECTS for c in children_of(verb)):
            # a past tense with neither subject nor object: "was arrested and charged with sabotage" (the charge shares
            # the "was"), "Khashoggi was tortured and beheaded inside the consulate" (one harm after another)
            if any(c.dep_ == "prep" and c.lower_ in ("with", "of") for c in children_of(verb)) or (_harm_verb(verb) and _harm_verb(verb.head)):
                return True
        # tagged as a past tense: a casualty count with no object ("and 11 officers injured")
        counted = any(c.dep_ == "nsubj" and any(n.dep_ == "nummod" for n in children_of(c)) for c in children_of(verb))
        return verb.tag_ == "VBD" and verb.lower_.endswith("ed") and counted and not any(c.dep_ in OBJECTS for c in children_of(verb))

    def _headline_participle(self, verb: Token) -> bool:
        """Whether a verb of harm or holding is a headline's reduced passive: "aid worker killed in Gaza strike", "Two
        fishermen detained off Sri Lanka". Headlines tell acts in the present ("Gunmen kill 12"), so a past form with a
        subject, no object and no auxiliary is what the subject underwent. So is a verb of urging with no object before
        its to-infinitive: "Nigeria, others urged to increase funding for research" (those urged)."""
        if verb.tag_ not in ("VBD", "VBN"):
            return False  # checked first: the parser's every past form asks this, most outside any headline
        lemma = verb.lemma_.lower()
        urged = (lemma in URGING_VERBS and verb.dep_ == "ROOT"
                 and any(c.dep_ == "xcomp" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(verb)))
        return ((lemma in CASUALTY_VERBS | HOLDING_VERBS or urged) and self._in_headline(verb)
                and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") or c.dep_ in OBJECTS for c in children_of(verb))
                and (any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb))
                     or (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i)))

    def _passive_subject(self, verb: Token) -> Token | None:
        """Who undergoes a passive verb: its passive subject (the noun a relative pronoun stands for), or the subject
        of an elliptic passive, or the one a reduced relative stranded."""
        elliptic = self._elliptic_passive(verb)
        wanted = ("nsubjpass", "nsubj") if elliptic else ("nsubjpass",)
        # "DOHA (AP) — Five Americans held in Iran were freed": the parser can make the dateline's word a second
        # passive subject; the place of filing undergoes nothing
        own = next((c for c in children_of(verb) if c.dep_ in wanted and not self._in_dateline(c)), None)
        if own is None and verb.dep_ == "acl" and self._headline_participle(verb):
            own = verb.head  # "Two soldiers killed in border clash": the noun the participle hangs on underwent it
        if own is None and elliptic:
            # "Beridze was arrested and charged with sabotage": the conjunct shares its head's subject too
            own = next((c for c in children_of(verb.head) if c.dep_ == "nsubjpass"), None)
        if own is None:
            # "A German aid worker held hostage … was freed": the held one, parsed as the subject of a clause that is
            # the passive's subject
            own = next(filter(None, (self._held_subject(c) for c in children_of(verb) if c.dep_ in ("csubjpass", "nsubjpass"))), None)
        if own is None and verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in children_of(verb.head)):
            own = self._held_subject(verb.head)  # "Three Nepali workers held hostage … were released", "released" a conjunct
        if own is not None and (antecedent := _relative_antecedent(own, verb)) is not None and antecedent.pos_ in ("NOUN", "PROPN"):
            return antecedent  # "a Dutch journalist who had been detained at Cairo airport": the journalist
        return own or self._stranded_subject(verb) or self._held_subject(verb)

    def _stranded_subject(self, verb: Token) -> Token | None:
        """The subject the parser gave a reduced relative instead of the passive verb it belongs to:
        "Two German engineers [held for seven months in Niger] were freed on Thursday" parsed as
        "engineers held", with "were freed" a clause under "held"."""
        if verb.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in children_of(verb)) or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            return None
        relative = verb.head
        if relative.tag_ != "VBN" or relative.i > verb.i or any(c.dep_ in ("aux", "auxpass") for c in children_of(relative)):
            return None
        return next((c for c in children_of(relative) if c.dep_ == "nsubj" and c.i < relative.i and c.pos_ in ("NOUN", "PROPN")), None)

    def _clause_verb(self, token: Token) -> Token:
        """The verb whose clause ``token`` belongs to (itself for a verb)."""
        current = token
        for _ in range(MAX_HOPS):
            if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass", "amod"):
                return current
            if current.head.i == current.i:
                return current
            current = current.head
        return current

    # ------------------------------------------------------------------ countries

    def _countries(self) -> CountryIndex:
        """Every country mention of the document, found once on first use."""
        if self._country_index is None:
            self._country_index = CountryIndex(self.doc)
        return self._country_index

    def _token_country(self, token: Token) -> CountryMention | None:
        return token_country(token, self._countries())

    def _phrase_country(self, token: Token) -> CountryMention | None:
        if token.i not in self._phrase_countries:
            self._phrase_countries[token.i] = phrase_country(token, self._countries())
        return self._phrase_countries[token.i]

    # ------------------------------------------------------------------ roles

    def _misread_name(self, head: Token) -> bool:
        """A state's name the tagger took for a date or number ("out of Niger" as a DATE)."""
        return head.pos_ == "PROPN" and head.ent_type_ in NOT_PARTIES and self._token_country(head) is not None

    def _actor_like(self, token: Token) -> bool:
        """Whether a phrase can be a party (named, a pronoun, a people or office noun, a state's
        thing); remembered per token, pronouns aside (what "them" stands for grows as events are coded)."""
        known = self._actor_like_at.get(token.i)
        if known is None:
            known = self._actor_like_now(token)
            if token.pos_ != "PRON" and not _pair_pronoun(token):
                self._actor_like_at[token.i] = known
        return known

    def _actor_like_now(self, token: Token) -> bool:
        head = self._semantic_head(token)
        if self._misread_name(head):
            return True
        if head.pos_ == "NUM" and _pair_pronoun(head):
            return bool(self._two_sides(head))  # "the two agreed to…"
        if head.ent_type_ in NOT_PARTIES:
            # "Thousands rallied", "hundreds were arrested": a count of people as subject is a crowd
            # ("released millions in cash" is an amount)
            subject = head.dep_ in ("nsubj", "nsubjpass") or any(_hung_past_tense(c) for c in children_of(head))
            return head.pos_ == "NOUN" and subject and _noun_class(head, "people")  # _root_crowd: "Thousands protested…"
        if _pair_pronoun(head) and head.pos_ == "DET":
            return bool(self._two_sides(head))  # "urged both to show restraint" (rule 59)
        if head.pos_ == "PRON":
            # "accused him of spying": an object pronoun stands for the party the resolver linked it to
            return (head.lower_ in PRONOUN_ACTORS or (_pair_pronoun(head) and bool(self._two_sides(head)))
                    or (head.lower_ in OBJECT_PRONOUNS and self._entity_of(head) is not None))
        if head.text in GOODS_ACRONYMS:
            return False  # "calling the EV tariffs a mistake": the tagger's ORG is a kind of goods, no party
        if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        classes = LEXICON.noun_class(head.lemma_.lower())
        if "actor" in classes or "people" in classes or "person" in classes or _person_noun(head):
            return True  # "person": a title ("the national security adviser, Carlos Mendoza")
        if (head.pos_ == "NOUN" and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(head))):
            # a subject with a title the lexicon lacks, given a named person: "The opposition's trade critic, Brenda
            # Kowalczyk, accused…" (rule 46); not an object ("visited the parish, St Elizabeth," the tagger took for a person)
            return True
        if head.pos_ == "PROPN":
            return True
        if head.dep_ in ("nsubj", "nsubjpass") and self._officeholders_office(head):
            return True  # "The prime minister's office accused Canberra…": an office as a subject speaks for its holder
        mention = self._phrase_country(head)
        if mention is not None and mention.start > head.idx and self._vehicle_from_state(head):
            return True  # "Military transport planes from Jordan, Egypt and France dropped…": the states' planes
        if mention is None or mention.start > head.idx:
            return False  # "the agreement in Minsk" is not an actor
        # "U.N. helicopters", "Israeli bulldozers", "Iranian Revolutionary Guard boats": a state's vehicles
        # and vessels act for it; "a Russian city" does not.
        # "The United Nations human rights office", "the Turkish embassy": a body housed in a place is a party
        return "place" not in classes or "weapon" in classes or head.lemma_.lower() in VESSEL_NOUNS or head.lemma_.lower() in HOUSED_BODIES

    def _vehicle_from_state(self, head: Token) -> bool:
        """A plane, ship or other vehicle of force whose "from" phrase names a state ("planes from Jordan and
        Egypt", "a frigate from Angola"): it acts for that state as "Jordanian planes" would."""
        if not (_noun_class(head, "weapon") or head.lemma_.lower() in VESSEL_NOUNS):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(o.dep_ == "pobj" and (state := self._token_country(o)) is not None
                                                                    and state.kind in ("name", "capital") for o in children_of(c))
                   for c in children_of(head))

    def _untagged_name(self, token: Token) -> bool:
        """A capitalised common noun inside a sentence is a name the tagger missed ("captured Sake")."""
        return token.pos_ == "NOUN" and token.is_title and not token.is_sent_start and not self._tokens[token.i - 1].is_punct

    def _concrete_object(self, token: Token) -> bool:
        """Whether the object of violence or repression is what it is done to: any noun but a date or
        amount ("kidnapped 17 missionaries", "seized a tanker", "shelled the refinery"); the object
        of a sanction is what is withheld ("suspended aid"), so this is for ASSAULT and COERCE only."""
        head = self._semantic_head(token)
        if head.lemma_.lower() in ATTACKED_UNITS:
            return True  # "attacked an army patrol": the soldiers on it, though "patrol" also names an act
        if _noun_class(head, "weapon") or head.lemma_.lower() in LEXICON.nouns:
            return False  # "fired tear gas at protesters", "launched an offensive": the means, not the target
        return head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in NOT_PARTIES

    def _fought_on_ground(self, verb: Token, target: Token) -> bool:
        """Whether a fight's "on" phrase names where two sides fought, not whom: "Tajik and Afghan forces clashed on
        their border" (a place after "on"), unlike "fired on the convoy". Only for the verbs of a two-sided fight, whose
        coordinated sides are each other's targets."""
        return (self._verb_lemma(verb) in TWO_SIDED_VERBS and target.dep_ == "pobj" and target.head.lower_ == "on"
                and (self._place_like(target) or self._semantic_head(target).lemma_.lower() in BORDER_NOUNS))

    def _states_included(self, group: Token) -> list[Token]:
        """The states a plural group of states names by "including" or "like" ("several member states, including
        Germany and Poland"), when all of them are states; else nothing."""
        if group.tag_ not in ("NNS", "NNPS") or group.lemma_.lower() not in INCLUDING_GROUP_NOUNS:
            return []
        for preposition in children_of(group):
            if preposition.dep_ == "prep" and preposition.lower_ in ("including", "like"):
                for named in children_of(preposition):
                    if named.dep_ == "pobj":
                        states = self._conjuncts(named, modifiers=False)
                        if self._all_states_by_name(states):
                            return states
        return []

    def _root_crowd(self, verb: Token) -> Token | None:
        """The subject of a past tense the parser hung as a clause on the word before it, made the sentence's root:
        "Thousands protested outside the US embassy in Baghdad" ("Thousands" the root, "protested" an `acl`). Never in a
        headline, whose participles are passives ("Korean nurse freed in Mozambique")."""
        head = verb.head
        if not _hung_past_tense(verb) or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or self._in_headline(verb):
            return None
        return head if self._actor_like(head) or self._people_like(head) else None

    def _states_leading(self, group: Token) -> list[Token]:
        """The states a group of lenders or donors is "led by" ("Ethiopia's government creditors, led by China and
        France"), when all of them are states; else nothing."""
        head = self._semantic_head(group)
        leader = self._group_leader(head) if head.lemma_.lower() in LENDING_GROUPS else None
        states = self._conjuncts(leader, modifiers=False) if leader is not None else []
        return states if self._all_states_by_name(states) else []

    def _all_states_by_name(self, tokens: list[Token]) -> bool:
        """Whether every one of some tokens names a state by its name or capital ("Germany and Poland")."""
        return bool(tokens) and all((m := self._token_country(t)) is not None and m.kind in ("name", "capital") for t in tokens)

    def _swallowed_subject(self, verb: Token) -> Token | None:
        """The subject of a coordinated verb that the parser joined to the object before it: in "…as observers
        reported widespread pressure on voters and the European Union demanded an investigation" it makes "Union" a
        conjunct of "pressure" and "demanded" a conjunct of the main verb, whose subject the verb would inherit. A
        named party right before such a verb, itself a conjunct of an object, is the verb's own subject. Under a
        reporting verb the parser can make the second verb a clause of the report instead ("Republicans said the
        Justice Department mishandled the investigation and Democrats accused the GOP of stoking…"), with the same
        named party before it."""
        if verb.dep_ not in ("conj", "ccomp") or verb.i == 0 or any(c.dep_ in SUBJECTS for c in children_of(verb)):
            return None
        before = self._tokens[verb.i - 1]
        if before.dep_ != "conj" or before.pos_ != "PROPN" or before.head.dep_ not in ("dobj", "pobj") or before.head.i >= before.i:
            return None
        if not any(c.dep_ == "cc" for c in children_of(before.head)) or not self._actor_like(before):
            return None
        return before

    def _subject_swallowing_object(self, subject: Token, verb: Token) -> Token | None:
        """The named party right before a verb when the parser made the object before it the verb's subject and the
        party its conjunct: "Poland said Russian troops had crossed [the border and Lithuania] accused Moscow of a
        provocation" (the sister of `_swallowed_subject`). Only a thing that is no party, with the party joined to it
        by "and" just before the verb."""
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or verb.i == 0 or self._actor_like(subject) or self._people_like(subject):
            return None
        before = self._tokens[verb.i - 1]
        if before.dep_ != "conj" or before.head.i != subject.i or before.pos_ != "PROPN" or not self._actor_like(before):
            return None
        return before if any(c.dep_ == "cc" for c in children_of(subject)) else None

    def _place_like(self, token: Token) -> bool:
        head = self._semantic_head(token)
        if head.ent_type_ in NOT_PARTIES:
            return self._misread_name(head)
        return head.ent_type_ in ("GPE", "LOC", "FAC") or _noun_class(head, "place")

    def _people_like(self, token: Token | None) -> bool:
        if token is None:
            return False
        head = self._semantic_head(token)
        if head.i != token.i:
            return True  # "thousands of ..." is a crowd whatever it counts
        if _noun_class(head, "people") or _person_noun(head):
            return True
        mention = self._token_country(head)
        return mention is not None and mention.kind == "demonym" and head.tag_ in ("NNS", "NNPS")

    def _counted_people(self, token: Token) -> bool:
        """"Eleven of them", "three of the men": a count of people named before (the number's "of" phrase a personal
        pronoun or a people noun)."""
        head = self._semantic_head(token)
        return head.i != token.i and (head.lower_ in ("them", "us") or _noun_class(head, "people") or _person_noun(head))

    def _weapon_like(self, token: Token) -> bool:
        return _noun_class(self._semantic_head(token), "weapon")

    def _instrument(self, token: Token) -> bool:
        """Whether what a verb of force takes is what it is done with, not whom: a weapon, or the riot gear of
        crowd control ("fired tear gas", "used water cannon", "fired rubber bullets")."""
        return self._weapon_like(token) or self._semantic_head(token).lemma_.lower() in CROWD_CONTROL

    def _phrase_bounds(self, head: Token) -> tuple[int, int]:
        """Token range of the noun phrase headed by ``head``, without clauses, conjuncts or appositions."""
        start = head.i
        for child in lefts_of(head):
            if child.dep_ in ("cc", "preconj", "punct"):
                continue
            start = min(start, child.left_edge.i)
        end = head.i + 1
        for child in rights_of(head):
            if child.dep_ in ("compound", "flat", "case", "nummod") or (child.dep_ == "prep" and child.lower_ in ("of", "from") and any(c.dep_ == "pobj" for c in children_of(child))):
                end = max(end, child.right_edge.i + 1)
            else:
                break
        if end - start > MAX_PARTY_TOKENS:
            start = head.i
            while start > 0 and self._tokens[start - 1].head.i == head.i and self._tokens[start - 1].dep_ in ("compound", "amod", "poss", "case", "det", "flat"):
                start -= 1
            end = head.i + 1
        while start < head.i and self._tokens[start].idx < self._dateline_end <= head.idx:
            start += 1  # "KAMPALA, Oct 12 (Outlet) - Authorities": the dateline's words are no part of the party
        while start < end - 1 and self._tokens[start].is_punct:
            start += 1
        while end - 1 > start and self._tokens[end - 1].is_punct:
            end -= 1
        return start, end

    def _entity_index(self) -> dict[int, Entity]:
        """Token index → the entity of the smallest mention holding that token.

        Built once per document from ``entities.entities()``, whose mentions include the titles,
        role nouns and pronouns the resolver linked; one pass here is much cheaper than a
        ``resolve`` call per party.
        """
        if self._entity_at is None:
            self._entity_records = {}
            best: dict[int, tuple[int, Entity]] = {}
            for entity in self.entities.entities():
                self._entity_records[entity.id] = entity
                for mention in entity.mentions:
                    span = self._expanded(mention.start, mention.end)
                    if span is None:
                        continue
                    size = span.end - span.start
                    for i in range(span.start, span.end):
                        if i not in best or size < best[i][0]:
                            best[i] = (size, entity)
            self._entity_at = {i: entity for i, (_, entity) in best.items()}
        return self._entity_at

    def _entity_of(self, head: Token) -> Entity | None:
        """The entity a phrase refers to: the one its head word belongs to, else its name's."""
        index = self._entity_index()
        entity = index.get(head.i)
        if entity is None and head.pos_ == "PROPN":
            for child in children_of(head):
                if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN" and child.i in index:
                    return index[child.i]
        return entity

    def _acronym_country(self, noun: Token, position: int) -> str | None:
        """The country of an organisation the text spelled out, for its bare acronym, as the noun or a name on it:
        "Sudan's paramilitary Rapid Support Forces (RSF) … delivered drones to RSF fighters through an airstrip in
        eastern Chad" → SDN, where the tagger made no entity of "RSF" and the place would otherwise stand in."""
        if self._acronym_entities is None:
            self._entity_index()
            self._acronym_entities = {}
            for entity_id, entity in (self._entity_records or {}).items():
                words = entity.name.removeprefix("the ").removeprefix("The ").replace("-", " ").split()
                if entity.type == "ORG" and len(words) >= 2:
                    self._acronym_entities.setdefault("".join(w[0] for w in words if w[:1].isupper()), entity_id)
        for word in (noun, *(c for c in children_of(noun) if c.dep_ == "compound")):
            text = word.text
            if word.pos_ == "PROPN" and 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and text in self._acronym_entities:
                return self._entity_country(self._acronym_entities[text], position)
        return None

    def _entity_country(self, entity_id: str, position: int) -> str | None:
        """The country other mentions of an entity give it ("Russian President Vladimir Putin"). In a
        roundup only mentions in the section of ``position`` count: "the minister" under SOUTH AFRICA
        is not the Kenyan minister of the section before, whatever the resolver linked. When the
        mentions disagree (a resolver that merged "the Department of Foreign Affairs" with "China's
        foreign ministry" and "Tokyo's foreign ministry"), only the nearest mention before
        ``position`` that has a country counts, and none when there is none."""
        section = bisect_right(self._section_ends, position)
        key = (entity_id, section)
        if key not in self._entity_countries:
            self._entity_index()
            coded = []
            entity = self._entity_records.get(entity_id) if self._entity_records else None
            for mention in entity.mentions if entity is not None else ():
                if bisect_right(self._section_ends, mention.start) != section:
                    continue
                span = self._expanded(mention.start, mention.end)
                found = self._phrase_country(span.root) if span is not None and len(span) else None
                if found is None and span is not None:
                    # a name the parser splits hangs its apposition on another word than the root:
                    # "Abdel Fattah al-Burhan, Sudan's army chief" (root "Fattah", appos on "Burhan")
                    found = next((m for t in span if t.i != span.root.i for c in children_of(t)
                                  if c.dep_ == "appos" and (m := self._phrase_country(c)) is not None), None)
                if found is not None:
                    coded.append((mention.start, found.code))
                elif span is not None and len(span) and (code := self._owned_title_country(span)) is not None:
                    coded.append((mention.start, code))
                elif entity.type == "PERSON" and US_PARTY_AND_STATE.match(self.text, mention.end):
                    # "Sen. Rand Paul (R-Ky.)", "Rep. Elijah Cummings, D-Md.,": a member of the US Congress by the
                    # party and state American copy sets after the name (rule 125)
                    coded.append((mention.start, "USA"))
            self._entity_countries[key] = sorted(coded)
        coded = self._entity_countries[key]
        if len({code for _, code in coded}) <= 1:
            return coded[0][1] if coded else None
        before = [code for start, code in coded if start <= position]
        return before[-1] if before else None

    def _owned_title_country(self, span: Span) -> str | None:
        """The country of a title a mention carries whose owner the text gave before: "its" or "their"
        ("Lithuania … Its energy minister, Rūta Vaitkevičienė" → the state the pronoun stands for), or a
        bare body ("A ministry spokesman, Elchin Mammadli" after "Azerbaijan's foreign ministry summoned…")."""
        titles = [span.root, *(c for c in children_of(span.root) if c.dep_ == "appos")]
        if span.root.dep_ == "appos":
            titles.append(span.root.head)
        for title in titles:
            if title.pos_ != "NOUN" or not (_noun_class(title, "office") or _noun_class(title, "person")):
                continue
            owner = next((c for c in children_of(title) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if owner is not None:
                return self._antecedent_country(owner)
            body = self._title_body(title)
            if body is not None:
                return self._named_before(body)
            if title.lemma_.lower() in _SPOKESPEOPLE and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(title)):
                return self._spoken_for(title)
        return None

    def _spoken_for(self, spokesman: Token) -> str | None:
        """The country of the body "A spokesman" speaks for: the nearest subject before it, in its sentence or
        the one before, that is no person ("The Belarusian foreign ministry condemned the sanctions… A
        spokesman, Anatoly Glebov, said…" → BLR)."""
        for _, token in self._tokens_before(spokesman.i, 2):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN") or token.idx < self._dateline_end:
                continue
            head = self._semantic_head(token)
            if head.ent_type_ == "PERSON" or _noun_class(head, "person"):
                return None  # a person spoke last: the spokesman is not theirs to place
            found = self._phrase_country(token)
            return found.code if found is not None and found.code not in NON_STATE_CODES else None
        return None

    def _title_body(self, title: Token) -> Token | None:
        """The body a title serves, named without its owner: "a spokesman for the ministry", "a ministry spokesman"."""
        body = next((o for p in children_of(title) if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in children_of(p) if o.dep_ == "pobj"), None)
        if body is None:
            body = next((c for c in children_of(title) if c.dep_ == "compound" and c.pos_ == "NOUN" and _noun_class(c, "office")), None)
        return body if body is not None and body.pos_ == "NOUN" else None

    def _phrase_chars(self, head: Token) -> tuple[int, int, int, int]:
        """The token bounds of ``head``'s phrase (``_phrase_bounds``) and its first and end characters."""
        start, end = self._phrase_bounds(head)
        return start, end, self._tokens[start].idx, self._tokens[end - 1].idx + len(self._tokens[end - 1])

    def _party(self, head: Token, place: bool = False) -> Party:
        start, end, start_char, end_char = self._phrase_chars(head)
        ref = self._entity_of(head)
        semantic = self._semantic_head(head)
        if ref is not None and self._state_forces_linked_to_irregulars(semantic, ref):
            ref = None
        labour = self._labour_union(semantic, ref)
        if labour is not None and labour.i != head.i:
            union = self._party(labour)
            return Party(None, union.name, union.country or self._union_home(start_char), start_char, end_char)
        if named_water(head) or (place and head.is_title and head.lemma_.lower() in SEA_NOUNS | WATER_NAME_NOUNS):
            # "seized a foreign tanker in the Gulf of Oman", "in the South China Sea": waters named after a state are no
            # place of that state
            return Party(None, self.text[start_char:end_char], None, start_char, end_char)
        mention = self._phrase_country(semantic)
        if mention is None and semantic.i != head.i:
            mention = self._phrase_country(head)
        if mention is None and place:
            mention = self._place_country(head)
        employer = self._posted_employer(semantic, mention)
        if employer is not None:
            mention = employer
        if mention is None:
            mention = self._ruled_state(semantic)  # "The military council now running Burundi" → BDI
        country = None
        # "its", or a title that stands for a state like it: "the country's foreign ministry"
        owner = next((c for c in children_of(semantic) if c.dep_ == "poss" and (c.lower_ in ANTECEDENT_PRONOUNS or self._state_title(c))), None)
        if ((owner is not None and self._states_of_other_states(semantic, owner)) or (mention is None and _unnamed_states(semantic))
                or self._the_west(semantic, mention)):
            # "its allies", "Western governments": states the text does not name, no dateline's or story's (rule 54);
            # "the West", "Ukraine's Western allies" (rule 119)
            return Party(ref.id if ref is not None else None, ref.name if ref is not None else self.text[start_char:end_char], None, start_char, end_char)
        if not place and owner is None and self._minority_body(semantic, start, end):
            # "In Slovakia itself, the government was criticised by the Hungarian Alliance, the party of the minority":
            # a party of a neighbour's people is a party at home, of the state the text puts it in (its sentence's
            # opening place, else the dateline), not the neighbour's its name or its people's name gives
            named = mention.code if mention is not None else self._entity_country(ref.id, start_char) if ref is not None else None
            home = self._home_at(start_char)
            if home is not None and home.code not in NON_STATE_CODES and home.code != named:
                return Party(ref.id if ref is not None else None, ref.name if ref is not None else self.text[start_char:end_char],
                             home.code, start_char, end_char)
        described = None
        if owner is None and mention is None and semantic.pos_ in ("PROPN", "NOUN"):
            # "The UGTT, the country's powerful labour federation,": an apposition that gives the body a state
            described = next((c for a in children_of(semantic) if a.dep_ == "appos" for c in children_of(a) if c.dep_ == "poss" and self._state_title(c)), None)
        if mention is None and self._state_title(semantic):
            # "its neighbour" is not its owner's state: the nearest other state named before
            mention, owner = None, None
            exclude = {self._antecedent_country(o) for o in children_of(semantic) if o.dep_ == "poss"} - {None}
            country = self._state_taken_up(semantic, exclude)
        if mention is not None and mention.kind == "demonym" and not place and self._bloc_members(semantic):
            mention = None  # "Central African leaders suspended Gabon": the region's leaders (ECCAS), not the Central African Republic
        if mention is not None:
            country = mention.place_code if place else mention.code
        elif described is not None:
            country = self._state_taken_up(described, set())
        elif owner is not None:
            # "Its prime minister", "his foreign minister", "its escort": whose it is says more than
            # the resolver's link of the title to another minister; "his supporters" are of the person
            # the resolver linked "his" to
            linked = self._entity_of(owner) if owner.lower_ in PERSONAL_PRONOUNS else None
            country = self._party(owner).country if linked is not None and linked.type == "PERSON" else None
            if country is None and owner.lower_ in ("its", "their"):
                # "seized two of the dhows and detained their 14 crew members": the boats' crew, whatever the resolver
                # linked "their" to
                country = self._seized_boats_crew(semantic, owned=True)
            if country is None:
                country = self._antecedent_country(owner)
        if country is None and mention is None and owner is None and self._bloc_members(semantic):
            country = "IGO"
        if (country is None and not place and mention is None and owner is None
                and ((ref is not None and ref.type == "ORG") or (ref is None and semantic.pos_ == "PROPN"))
                and _regional_body(self.text[start_char:end_char])):
            # "the West African Examinations Council cancelled…", "The Central American Court of Justice" (a name the
            # entity index left out): a body of a region's states
            country = "IGO"
        if country is None and not place and mention is None and owner is None and _noun_class(semantic, "office"):
            # "In Madrid, the foreign ministry denied any discrimination" after "Senegal's foreign ministry summoned…": the
            # capital its own sentence opens with places an office the text names by title alone, before the resolver's link or any take-up
            opening = self._opening_place(self._sentence_of[head.i])
            if opening is not None and opening.kind in ("name", "capital", "seat") and opening.code not in NON_STATE_CODES:
                country, ref = opening.code, None  # nor is it the office the resolver linked it to: its own words name it
        if country is None and mention is None and owner is None and not place and semantic.pos_ in ("NOUN", "PROPN"):
            country = self._public_owner(semantic)  # "the Biden administration", "Erdogan's government", "Putin's forces"
        # (a name alone the tagger took for an organisation is still the person: "Blinken criticised China"; so is a full
        # name with no word of an organisation in it: "Olaf Scholz rejected his demands")
        if (owner is None and ref is not None and (ref.type == "PERSON" or len(ref.name.split()) == 1 or _bare_name(ref))
                and ((country is None and mention is None) or semantic.pos_ == "PROPN")):
            # "WASHINGTON — President Xi Jinping warned…": a person of public life is their own state's, not the dateline's,
            # nor what the resolver's other mentions seem to say ("Erdogan – Moscow and Kiev agree…", a headline the
            # parser ran together, makes no Russian of him), nor what an apposition seems to ("Dmitry Medvedev, Deputy
            # Chairman of the Security Council" is no UN man)
            country = public_person_country(ref.name) or country
        if country is None and mention is None and ref is not None:
            country = self._entity_country(ref.id, start_char)
            if country in NON_STATE_CODES and self._trade_union_words(self.doc[start:end]):
                # "the Kingdom Textile Workers' Union" the resolver merged with "the bloc" of a regional body: a trade
                # union by its own words is a body at home, not the bloc (rule 46)
                country = None
        if country is None and mention is None and owner is None and ref is None and not place and semantic.pos_ == "PROPN":
            country = public_person_country(self.text[start_char:end_char])  # "Erdogan offered…", a name the parser saw no person in
        if country is None and mention is None and owner is None and ref is None:
            country = self._acronym_country(semantic, start_char)  # "RSF fighters" after "Sudan's … Rapid Support Forces (RSF)"
        if country is None and not place and ref is not None:
            country = self._title_after(head, ref)  # "Kaja Kallas criticised Hungary… The EU foreign policy chief said…"
        if country is None and not place:
            country = self._named_before(semantic)  # "the court" after "the International Court of Justice"
        if country is None and not place:
            country = self._placed_plural(semantic)  # "Gendarmes also arrested 31 herders" after "Cameroonian gendarmes"
        if country is None and not place and mention is None and owner is None:
            country = self._seized_boats_crew(semantic)  # "seized four Vietnamese boats and detained 41 crew members"
        if country is None and not place and semantic.pos_ == "NOUN" and semantic.lemma_.lower() in LED_GROUPS:
            leader = self._group_leader(semantic)  # "A delegation led by the deputy minister, Karim El-Sawy,": his state's
            country = self._party(leader).country if leader is not None else None
        if country is None and not place and semantic.pos_ == "NOUN" and (_noun_class(semantic, "person") or _noun_class(semantic, "office")):
            # "A spokesman for the ministry" after "Turkey's energy ministry": the body the title serves
            body = self._title_body(semantic)
            country = self._named_before(body) if body is not None else None
        if country is None and semantic.pos_ == "PRON" and ref is None:
            country = self._antecedent_country(semantic)  # "He accused Pakistan"
            if country is None:
                country = self._quoted_speaker_country(semantic)
        if country is None and not place and mention is None and owner is None and _called_foreign(semantic):
            # "attacked foreign journalists" in a story filed from Niamey: people the text calls foreign are not the
            # dateline's, the story's or the state just named; whose they are was not said (an earlier "Kenyan police
            # officers" taken up above is)
            return Party(ref.id if ref is not None else None, ref.name if ref is not None else self.text[start_char:end_char], None, start_char, end_char)
        if country is None and not place and mention is None and owner is None and (semantic.lemma_.lower() in SHOOTER_NOUNS or semantic.lower_ in SHOOTER_NOUNS):
            # "Gunmen firing from the Afghan bank of the Panj river wounded three Tajik border guards": the side they fire
            # from is theirs, not the dateline's
            ground = next((g for c in children_of(semantic) if c.dep_ == "acl" and c.lemma_.lower() in LAUNCHING_VERBS
                           if (g := self._launch_ground(c)) is not None), None)
            side = self._phrase_country(ground) if ground is not None else None
            if side is not None and side.code not in NON_STATE_CODES:
                country = side.code
        if country is None and not place and mention is None and owner is None and semantic.pos_ == "NOUN" and self._people_like(semantic):
            # "detained 23 fishermen from the Republic of the Congo", "traders from Rwanda": people are of the state they come from
            # (the parser can hang the "from" phrase on an arrest: "detained [23 fishermen] [from Congo]")
            holders = [semantic, *([semantic.head] if semantic.dep_ == "dobj" and semantic.head.lemma_.lower() in ARREST_VERBS else [])]
            origin = next((m for h in holders for a in children_of(h) if a.dep_ == "prep" and a.lower_ == "from" and a.i > semantic.i
                           for o in children_of(a) if o.dep_ == "pobj" and (m := self._phrase_country(o)) is not None and m.kind in ("name", "capital")), None)
            if origin is not None and origin.code not in NON_STATE_CODES:
                country = origin.code
        if country is None and not place and mention is None and owner is None and semantic.lemma_.lower() in SEATED_BODY_NOUNS:
            # "a court in Tawau sentenced 11 Filipino fishermen" in a story filed from Manila: a court or local office
            # is of the state of the place its own words seat it in, not the dateline's
            # the parser may hang the seat on the act the body is the agent of: "the refusal by the High Court in Windhoek"
            holders = [semantic] + ([semantic.head.head] if semantic.dep_ == "pobj" and semantic.head.lower_ == "by" else [])
            seat = self._place_country(semantic) or next((town for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "in"
                                                          for o in children_of(p) if o.dep_ == "pobj" if (town := seated_town(self.doc, o)) is not None), None)
            if seat is not None and seat.code not in NON_STATE_CODES:
                country = seat.code
        home = self._home_at(start_char)
        local_person = ref is not None and home is not None and home.code not in NON_STATE_CODES and (
            ref.type == "PERSON" or (ref.type == "ORG" and not CIVIC_BODIES.isdisjoint(ref.name.lower().split())
                                     and INTERNATIONAL_WORDS.isdisjoint(ref.name.lower().split()))
            # "the National Disaster Management Office" in a story filed from Port Vila: a national body of the home state
            or (ref.type == "ORG" and ref.name.lower().removeprefix("the ").startswith("national ")
                and REGION_WORDS.isdisjoint(ref.name.lower().split()) and INTERNATIONAL_WORDS.isdisjoint(ref.name.lower().split())))
        if (country is None and not place and home is not None and mention is None and owner is None and semantic.lower_ in COUP_MAKERS
                and (ref is None or ref.type != "PERSON" or ref.name.lower() in COUP_MAKERS)):
            # "ABUJA, Nigeria (AFP) — … after soldiers seized power in the tiny coastal state": those who seize power, and
            # the junta they form, are the state the coup story is about, not the summit's host that files it
            country = self._coup_state(home.code)
        if country is None and not place and home is not None and ref is not None and ref.type == "PERSON":
            country = self._speaking_from(ref, home.code)  # "told Reuters by telephone from Juba" in a Nairobi story
        if country is None and not place and mention is None and owner is None:
            country = self._commander_country(head, semantic)
        if country is None and not place and mention is None and owner is None:
            country = self._wielder_country(semantic)
        if country is None and not place and mention is None and owner is None:
            country = self._arrested_local(semantic)
        if country is None and not place and mention is None and owner is None:
            country = self._opposed_government_state(semantic)
        if country is None and not place and home is not None:
            country = self._police_named_beside(semantic, home.code)
        if country is None and not place and mention is None and owner is None:
            country = self._setting_country(head, semantic, home)
        if (country is None and not place and home is not None and semantic.pos_ != "PRON" and head.dep_ != "nsubjpass"
                and (ref is None or ref.type == "PERSON") and head.i not in self._asking_reporter
                and (self._holds_office(start, end, ref) or self._bare_forces(semantic))):
            # "A White House spokesman … said the president would respond" in a story filed from Ottawa, "Russia's defence
            # ministry said air defence units had destroyed 40 drones" filed from Kyiv: a state's speaker speaks of its
            # own office and forces before the dateline's; so does "Foreign Minister Sergei Lavrin spoke by telephone with
            # his Kyrgyz counterpart, the Russian foreign ministry said" filed from Bishkek, a titled person's act
            country = self._asked_reporter_country(head)
        if (country is None and not place and home is not None and home.code not in NON_STATE_CODES and ref is not None
                and ref.type == "PERSON" and self._holds_office(start, end, ref)):
            # "Mexico said it would wait. President Luisa Ortega said…" in a story filed from Ottawa: a titled person the
            # text gives no state first speaks right after another state did, and is that state's, not the dateline's
            country = self._spoken_for_state(ref, home.code)
        if (country is None and not place and home is not None
                and (self._holds_office(start, end, ref) or self._bare_officials(semantic) or local_person or self._state_forces(semantic))
                and not self._visitor(ref, home.code) and not self._forces_placed_abroad(head, semantic, home.code)):
            # "Interior Minister Rose Nakato" in a story datelined Kampala: UGA (offices, officials, named
            # people and named parties, unions and associations; not places, and not someone the text
            # shows visiting)
            country = self._bureau_setting(head.i, home.code) or home.code
            if self._second_home is not None and country == home.code and self._acts_on(head, home.code):
                # "ADDIS ABABA/KHARTOUM — … The government summoned Ethiopia's ambassador": an office that acts on the
                # first capital's state by name is the other capital's
                country = self._second_home
        if country is None and not place and semantic.tag_ not in ("NNS", "NNPS"):
            # not "The foreign ministers issued a declaration…" (of several states) after "Israel struck…"
            # a person keeps the state named where the text introduced them: "Prime Minister Viktor Orban told reporters…
            # Poland accused him" is Hungary's, not the accuser's
            named = self._state_named_at_first(ref) if ref is not None and ref.type == "PERSON" else None
            named = named or self._state_just_named(start, end)  # "Iran condemned the decision. Foreign ministry spokesman X..."
            country = named if named is not None and self._holds_office(start, end, ref) and not self._acts_on(head, named) else None
        if (country is None and not place and semantic.pos_ != "PRON" and head.dep_ != "nsubjpass" and head.i not in self._asking_reporter
                and self._holds_office(start, end, ref)):
            country = self._asked_reporter_country(head)  # "Venezuela's interior minister… He said police had arrested…"
        if country is None and not place and semantic.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ == "union" for c in children_of(semantic)):
            # "met union leaders" after "The Customs Officers' Trade Union walked out": that union's leaders
            union = self._trade_union_before(semantic.i)
            country = (self._party(union).country or self._union_home(start_char)) if union is not None else None
        # "He accused…" after "The foreign minister, Radek Vondrák, told reporters…": a pronoun for a person the text
        # titled with a state's office stands for that office (rule 46)
        titled_pronoun = semantic.pos_ == "PRON" and ref is not None and ref.type == "PERSON" and self._titled_in_office(ref)
        if (country is None and not place and home is None and (semantic.pos_ != "PRON" or titled_pronoun) and (ref is None or ref.type == "PERSON")
                and len(self._sentences) >= BUREAU_SENTENCES and semantic.lower_ not in OWN_FORCES
                and (titled_pronoun or (self._holds_office(start, end, ref) and not self._outside_government(semantic)))):
            # "The government blamed Russia…" in a story with no dateline that is about Estonia: an office the text
            # gives no state, nor the sentence before, is the story's state's (rule 44). Not a named body or party
            # ("the opposition Prut Alliance" in a story that names Romania most is Moldova's), not troops or police
            # (whose they are is what the story is about), not in a brief, which names too few states, and not an
            # office whose own clause names that state ("The interior minister thanked Portugal")
            country = self._story_own(self._story_state(), ref, head)
        if (country is None and not place and home is None and mention is None and owner is None and semantic.pos_ != "PRON"
                and self._domestic_party(semantic, ref)):
            # "Democrats accused the GOP…", "Sen. Bernie Sanders questioned Mr. Trump's veracity", "Lawmakers asked…" in an
            # undated story about one state: its own people, politicians and parties, when no other state comes near it
            country = self._story_own(self._home_story_state(), ref, head)
        if (country is None and not place and mention is None and owner is None and _american_political(semantic)
                and (home is None or home.code == "USA") and self._american_story()):
            # "the Senate blocked a measure", "Republicans threatened…", "nearly 140 House members", "The former secretary
            # of State" in a story that names the United States: its Congress, its parties and its cabinet, whatever
            # other state the story is about
            country = "USA"
        if (country is None and home is not None and semantic.lower_ == "power" and semantic.dep_ == "dobj"
                and semantic.head.lemma_.lower() in POWER_SEIZING_VERBS):
            country = self._coup_state(home.code)  # "soldiers seized power" told from abroad: the coup state's power
        name = ref.name if ref is not None else self.text[start_char:end_char]
        return Party(ref.id if ref is not None else None, name, country, start_char, end_char)

    def _story_own(self, story: str | None, ref: Entity | None, head: Token) -> str | None:
        """The state a story is about as a party's own, unless the text shows the party visiting it or the party's own
        clause acts on it ("The interior minister thanked Portugal"); None when the story has no such state."""
        return story if story is not None and not self._visitor(ref, story) and not self._acts_on(head, story) else None

    def _minority_body(self, semantic: Token, start: int, end: int) -> bool:
        """Whether a named body or a party is one of a people's minority in another state, as its own words or its
        apposition say: "the Hungarian Alliance, the party of the minority", "Omonia, the association of the Greek
        minority", "the ethnic Albanian Democratic Union", "the pro-Serbian New Serb Democracy party" (the parser
        splits "pro-" off its adjective). A people's name on such a body tells whose language its members speak, not
        which state they belong to."""
        if semantic.pos_ != "PROPN" and semantic.lemma_.lower() not in CIVIC_BODIES:
            return False
        words = list(self.doc[start:end])
        for apposition in children_of(semantic):
            if apposition.dep_ == "appos" and apposition.pos_ == "NOUN" and apposition.lemma_.lower() in CIVIC_BODIES:
                words += list(apposition.subtree)
        return any(w.lower_ in MINORITY_WORDS or (w.lower_ in ("pro", "pro-") and w.dep_ == "amod") or w.lower_.startswith("pro-")
                   for w in words)

    def _group_leader(self, noun: Token) -> Token | None:
        """Who leads a delegation, team or mission, as "led by" after it names them ("a delegation led by Egypt's deputy
        minister"): the group is sent by the leader's state, so it takes that state when its own words name none."""
        for clause in children_of(noun):
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() == "lead":
                for agent in children_of(clause):
                    if agent.dep_ == "agent":
                        return next((o for o in children_of(agent) if o.dep_ == "pobj"), None)
        return None

    def _labour_union(self, noun: Token, ref: Entity | None) -> Token | None:
        """The trade union "the union" takes up: in a story that names one ("The Customs Officers' Trade Union
        walked out… accused the union of holding the economy hostage"), the head of the nearest such name
        before it, not the European or African Union the resolver linked "the union" to by their shared word
        (wire stories call those "the bloc"). None when the link is no regional union or no trade union is named."""
        if (ref is None or noun.lower_ != "union" or noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in children_of(noun))
                or any(c.dep_ in ("amod", "compound", "poss") for c in children_of(noun))):
            return None
        if REGION_WORDS.isdisjoint(ref.name.lower().split()):
            return None
        return self._trade_union_before(noun.i)

    @staticmethod
    def _trade_union_words(words: Span) -> bool:
        """Whether a party's own words name a trade union: "union" with a labour word before it ("the Kingdom Textile
        Workers' Union", "the dockers' union") and no word of a region ("the African Union" is none)."""
        lowered = {w.lower_ for w in words}
        return "union" in lowered and bool(lowered & LABOUR_UNION_WORDS) and lowered.isdisjoint(REGION_WORDS)

    def _union_home(self, position: int) -> str | None:
        """The state a trade union the text places nowhere belongs to: where the story is datelined (a union is a
        body at home, as its officials are)."""
        home = self._home_at(position)
        return home.code if home is not None and home.code not in NON_STATE_CODES else None

    def _trade_union_before(self, position: int) -> Token | None:
        """The head of the nearest trade union named before token ``position``: "Union" in "the Customs Officers'
        Trade Union", "union" in "the transport workers' union" (a labour word before it, no regional word)."""
        for token in reversed(self.doc[:position]):
            if token.lower_ != "union" or token.pos_ not in ("NOUN", "PROPN"):
                continue
            words = {c.lower_ for c in subtree_of(token) if c.i < token.i}
            if words & LABOUR_UNION_WORDS and REGION_WORDS.isdisjoint(words):
                return token
        return None

    def _named_before(self, head: Token) -> str | None:
        """The country of the organisation a definite common noun takes up: "the court" (or "the
        court's judges") after "the International Court of Justice", "the ministry" after "the
        Foreign Ministry of Ecuador" — the nearest name before it whose head word it repeats; for an
        office or armed group, also an earlier one placed by its own phrase ("the coast guard" after
        "the Philippine coast guard"), named by a kindred noun (OFFICE_KIN: "the junta" after "Mali's
        military government", "the ministry" after "Peru's foreign minister", "the spokeswoman" after
        "Pakistan's foreign office") or heading a compound ("the army" after "Sudan's army chief")."""
        # a capitalised bare head counts too: "the Council" after "the UN Security Council"
        nouns = [n for n in (head, *(c for c in children_of(head) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")))
                 if (n.pos_ == "NOUN" or (n.pos_ == "PROPN" and not any(c.dep_ in ("compound", "amod") for c in children_of(n))))
                 and (any(c.lower_ == "the" for c in children_of(n))
                      # "A ministry spokesman": a body named in its title's compound is the one the story has named
                      or (n.dep_ == "compound" and n.pos_ == "NOUN" and any(c.dep_ == "det" for c in children_of(n.head))))]
        if not nouns:
            return None
        if head.lemma_.lower() in GROUP_NOUNS and not any(c.dep_ in ("amod", "compound", "poss") for c in children_of(head)):
            # "the group" takes up the nearest organisation named before it as a subject: "The Houthis fired a
            # missile… The group also attacked a ship" (a state is no group)
            for _, token in self._tokens_before(head.i, 3):
                found = self._phrase_country(token) if token.dep_ in ("nsubj", "nsubjpass") else None
                if found is not None and found.kind in ORGANISATION_KINDS:
                    return found.code
            return None
        if self._named_heads is None:
            self._named_heads = {}
            for ent in self.doc.ents:
                if ent.label_ not in ("ORG", "GPE", "FAC", "NORP") or len(ent) < 2:
                    continue
                found = self._phrase_country(ent.root) or next((m for m in map(self._token_country, ent) if m is not None), None)
                if found is not None:
                    self._named_heads.setdefault(ent.root.lemma_.lower(), []).append((ent.root.i, found.code))
            self._lemma_positions = {}
            for i, lemma in enumerate(self.doc.to_array([LEMMA]).tolist()):
                self._lemma_positions.setdefault(lemma, []).append(i)
        for noun in nouns:
            if noun.lemma_.lower() in ENVOY_NOUNS and noun.tag_ in ("NN", "NNS"):
                # "the ambassador" after "Britain summoned Iran's ambassador": the envoy just named, a few sentences
                # back; its state is the one that envoy's own phrase gives, if any ("the diplomats" after "expelled
                # three Russian diplomats": a plural takes up the same plural)
                first = self._window_start(noun, PEOPLE_WINDOW)
                envoy = next((i for i in reversed(self._lemma_positions.get(noun.lemma, ())) if first <= i < noun.i
                              and self._tokens[i].tag_ == noun.tag_), None)
                found = self._phrase_country(self._tokens[envoy]) if envoy is not None else None
                if found is not None:
                    return found.code
                continue
            earlier = max(((i, code) for i, code in self._named_heads.get(noun.lemma_.lower(), ()) if i < noun.i), default=None)
            if noun.tag_ == "NNS" and noun.dep_ in ("dobj", "nsubjpass", "pobj") and (_noun_class(noun, "people") or _noun_class(noun, "actor")):
                # "barred the officials" after "a visa ban on 23 Malawian officials": the group the story placed
                # a few sentences before, as the object of an act
                first = self._window_start(noun, PEOPLE_WINDOW)
                for i in reversed(self._lemma_positions.get(noun.lemma, ())):
                    if first <= i < noun.i and (found := self._phrase_country(self._tokens[i])) is not None:
                        return found.code
                continue
            if _noun_class(noun, "office") or noun.lemma_.lower() in DOMESTIC_GROUPS | REPEATED_BODIES | VESSEL_NOUNS:
                # or, if nearer, the same office, armed group or ship placed by its own phrase: "the rebels" after
                # "Colombia's ELN rebels", "the vessel" after "a Chinese coast guard vessel" (looked up only when
                # asked: most offices are never taken up); a governing body by another of its names ("the junta"
                # after "Mali's military government"), a ministry by its minister, an office by its head ("the army"
                # after "Sudan's army chief")
                junta = noun.lemma_.lower() == "junta"
                lemmas = (noun.lemma, *map(hash_string, OFFICE_KIN.get(noun.lemma_.lower(), ())), *((hash_string("military"),) if junta else ()))
                positions = sorted(i for lemma in lemmas for i in self._lemma_positions.get(lemma, ()))
                for i in reversed(positions):
                    if i >= noun.i:
                        continue
                    if (earlier is not None and i <= earlier[0]) or self._tokens[i].idx < self._dateline_end:
                        break
                    if junta and not self._military_rule(self._tokens[i]):
                        continue  # "the junta" after "Benin's government spokesman" is no civilian government
                    modifier = self._tokens[i].dep_ == "compound" or (junta and self._tokens[i].dep_ == "amod")
                    word = self._tokens[i].head if modifier and self._tokens[i].head.pos_ == "NOUN" else self._tokens[i]
                    if self._other_portfolio(noun, word):
                        continue  # "the foreign ministry" after "Kuwait's interior ministry" is another ministry
                    if word.lemma != noun.lemma and noun.lemma_.lower() == "minister" and not self._portfolio(noun) & self._portfolio(word):
                        continue  # a minister takes up only the ministry of their own portfolio ("The defence minister" is no "Slovenian ministry")
                    found = self._phrase_country(word) if word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.is_lower) else None
                    if found is not None:
                        earlier = (i, found.code)
                        break
            if earlier is not None:
                return earlier[1]
        return None

    def _other_portfolio(self, noun: Token, earlier: Token) -> bool:
        """Whether two offices of one kind are told apart by their words: "the foreign ministry" and "Kuwait's interior
        ministry", "the Ministry of External Affairs" and "Pakistan's foreign ministry" (words that name a state do not
        count)."""
        mine, theirs = self._portfolio(noun), self._portfolio(earlier)
        return bool(mine) and bool(theirs) and not mine & theirs

    def _portfolio(self, office: Token) -> set[str]:
        """The words that tell an office apart from others of its kind: those before it, and those of its "of" phrase
        ("the Ministry of External Affairs"), without words that name a state."""
        words = [c for c in children_of(office) if c.dep_ in ("amod", "compound") and c.i < office.i]
        words += [w for o in _of_objects(office) for w in (o, *(c for c in children_of(o) if c.dep_ in ("amod", "compound")))]
        return {w.lower_ for w in words if self._token_country(w) is None and w.ent_type_ not in ("NORP", "GPE")}

    @staticmethod
    def _military_rule(token: Token) -> bool:
        """Whether a word "the junta" can take up: a junta, the military ("Myanmar military aircraft", "Niger's
        military"), or a government, regime or administration the military runs ("Niger's military government",
        "the military-led government"); a civilian government is another state's."""
        lemma = token.lemma_.lower()
        if lemma in ("junta", "military"):
            return True
        return any(c.dep_ in ("amod", "compound") and c.lower_.split("-")[0] in ("military", "army") for c in children_of(token))

    def _placed_plural(self, noun: Token) -> str | None:
        """The country of a bare plural of people or forces that an earlier sentence placed: "Gendarmes also
        arrested 31 herders" after "Cameroonian gendarmes drove about 600 Chadian herders back" → CMR and TCD.
        Wire copy names a group's nationality once and then the bare noun; without this the bare noun fell to
        the story's home state. Only a plural with no determiner, possessor or modifier of its own (a
        sentence-initial capital the tagger reads as a name included), or one taken up by "the" ("…opened fire on
        Ugandan marines and the marines fired back"), taken up within PEOPLE_WINDOW sentences (or earlier in its own)
        from a noun of people or forces, or from any plural that was the subject of an act there."""
        word = noun.lower_
        taken_up = any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun))
        if (len(word) < 4 or not word.endswith("s") or noun.pos_ not in ("NOUN", "PROPN")
                or (noun.pos_ == "PROPN" and not (noun.is_sent_start and noun.is_title) and not taken_up)
                or any(c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "det" and not taken_up) for c in children_of(noun))):
            return None
        sentence = self._sentence_of[noun.i]
        first = self._sentences[max(0, sentence - PEOPLE_WINDOW)][0]
        for earlier in reversed(self.doc[first:noun.i if taken_up else self._sentences[sentence][0]]):
            if earlier.lower_ != word or earlier.pos_ != "NOUN" or not (
                    _noun_class(earlier, "people") or _noun_class(earlier, "actor") or earlier.dep_ == "nsubj"):
                continue
            found = self._phrase_country(earlier)
            # "Ministers also agreed…" after "EU foreign ministers said": a bloc's officers are the bloc (rule 72)
            if found is not None and (found.code not in NON_STATE_CODES or (found.code == "IGO" and _noun_class(earlier, "person"))):
                return found.code
        return None

    def _antecedent_country(self, pronoun: Token, _depth: int = 0) -> str | None:
        """The country of what a pronoun the resolver left alone most likely stands for (_antecedent)."""
        return self._antecedent(pronoun, _depth)[1]

    def _antecedent(self, pronoun: Token, _depth: int = 0) -> tuple[Token | None, str | None]:
        """What a pronoun the resolver left alone most likely stands for, as (its token, its country): the nearest
        subject before it, in its own sentence and then the two before, that can be what the
        pronoun names, a person for "he"/"his", a state or organisation for "it"/"its"/"they" ("A
        Taliban spokesman denied it. He accused Pakistan" → AFG); in the pronoun's own sentence
        "it"/"its" takes the nearest such noun with a country in any role. Otherwise the nearest
        candidate decides, even when it has no country. The token is None when only a fallback country is left."""
        word = pronoun.lower_
        if word not in ANTECEDENT_PRONOUNS and not self._state_title(pronoun):
            return None, None
        if word == "its" and pronoun.dep_ == "poss" and self._crew_noun(pronoun.head):
            # (the tagger can read a boat's noun as an adjective: "stopped the trawler" as JJR; its role tells)
            vessel = next((t for _, t in self._tokens_before(pronoun.i, 2) if t.lower_ in VESSEL_NOUNS
                           and (t.pos_ == "NOUN" or t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))), None)
            if vessel is not None:
                # "ordered the boat to leave. Its crew tried to ram the patrol vessel": a crew is a boat's, and the boat
                # is of the state its own words or an earlier mention of it give (not the waters it was in)
                return vessel, self._vessel_country(vessel)
        personal = word in PERSONAL_PRONOUNS
        number = self._sentence_of[pronoun.i]
        fallback = None
        # "warheads to be stationed on its territory": only a party has land, not a thing of some state's
        owns_land = pronoun.dep_ == "poss" and pronoun.head.lemma_.lower() in LAND_NOUNS
        reported = self._reported_subject(pronoun) if not personal else None
        if reported is not None:
            return reported, self._party(reported).country
        object_party = None
        for sentence, token in self._tokens_before(pronoun.i, 3):
            if personal and token.dep_ == "nsubj" and token.lower_ == word and sentence < number and _depth < 2:
                # "Canada's foreign minister said… “…,” she told reporters. She called on Cairo…": the same person
                # as the "she" before, whoever that was
                return self._antecedent(token, _depth + 1)
            # "it"/"its" in its own sentence is most often the nearest state or body named, whatever its
            # role ("thanked the bloc and called on its members"); across sentences, a subject
            roles = ("nsubj", "nsubjpass", "dobj", "pobj", "conj") if sentence == number and not personal else ("nsubj", "nsubjpass")
            if (word in ("its", "their") and sentence != number and object_party is None and token.dep_ == "dobj"
                    and token.idx >= self._dateline_end and self._actor_like(token) and (party := self._party(token)).country is not None):
                object_party = (token, party.country)
            if token.dep_ not in roles or token.pos_ not in ("NOUN", "PROPN") or token.idx < self._dateline_end:
                continue
            if _holds(token, pronoun):
                continue  # "about half of its members": a phrase holding the pronoun is not what it stands for
            if sentence != number and any(a.dep_ == "relcl" for a in token.ancestors):
                continue  # "Djibouti, which depends on the fees Ethiopia pays, … Its foreign minister": a main subject
            if sentence == number and self._passed_for_main_subject(token, pronoun):
                continue  # "Pakistan closed the crossing with Afghanistan after its troops…": Pakistan's troops
            if personal and sentence != number and any(a.dep_ == "ccomp" for a in token.ancestors):
                # "Peru's interior minister said that … officers were reviewing the footage. He rejected…": the one who
                # spoke, not someone in what was reported (who stands in only when no one else is named)
                if fallback is None and token.pos_ == "NOUN" and _noun_class(self._semantic_head(token), "person"):
                    fallback = self._party(token).country
                continue
            if word == "its" and sentence != number and any(a.dep_ == "ccomp" for a in token.ancestors):
                # "Mexico's economy ministry said the Canadian duties broke the agreement… Its deputy minister": the body
                # that spoke owns the title, not a thing in what it said (which stands in only when no one else is named)
                if fallback is None and self._actor_like(token):
                    fallback = self._party(token).country
                continue
            head = self._semantic_head(token)
            # a title the tagger reads as a name counts as one ("the Russian President said… He accused…")
            person = head.ent_type_ == "PERSON" or (head.pos_ in ("NOUN", "PROPN") and not head.ent_type_ and _noun_class(head, "person"))
            if personal and person and head.pos_ == "PROPN" and (named := self._token_country(head)) is not None and named.kind in ("name", "capital"):
                # a state the tagger called a person ("…until Malawi stopped sending surveyors. He also accused…") is
                # no "he" while a person is named nearer the start; failing one, its state stands in
                fallback = fallback or named.code
                continue
            if not personal and person and head.pos_ == "PROPN" and (named := self._token_country(head)) is not None and named.kind == "name":
                person = False  # "Belarus rejected the accusations. Its foreign ministry…": a state the tagger called a person
            if (not personal and person and sentence == number and token.dep_ == "nsubj" and self._state_title(pronoun)
                    and (officer := self._party(token).country) not in (None, *NON_STATE_CODES)):
                # "Poland Prime Minister Mateusz Morawiecki has convened an emergency meeting of the country's National
                # Security Council": the country of the officer whose sentence it is
                return token, officer
            if personal != person or not (self._actor_like(token) or not personal and not owns_land and self._phrase_country(head) is not None):
                continue  # "it"/"its" can also be a thing of some state's: "a Philippine boat and its escort"
            if owns_land and not (self._state_level(head) or self._bloc_members(head)):
                continue
            if personal and sentence != number and not self._speaks(token):
                # "The bag, Jordan's government spokesman said, had been opened… and Iraqi diplomats had been warned…
                # He accused…": the one who spoke in that sentence before anyone else in it
                speaker = next((s for s in self._sentence_tokens(sentence) if s.i < token.i and self._speaks(s)
                                and _noun_class(self._semantic_head(s), "person")), None)
                token = speaker if speaker is not None else token
            country = self._party(token).country
            if sentence == number and country is not None and not personal and self._state_title(pronoun) and self._no_state_named(head, country):
                # "sanctions imposed on Guinea … at a summit of the Economic Community of West African States in Abuja,
                # two days after the country's military government…": a bloc, its summit or a city is not "the country"
                continue
            if country is not None or personal or sentence != number:
                return token, country  # in its own sentence "its" passes over what has no country ("both countries")
        if fallback is None and object_party is not None:
            # "The release has angered Niger's military government… its spokesman, Colonel Abdou Garba, accused Algiers":
            # with no subject before that can own it, the party an earlier sentence acted on
            return object_party
        return None, fallback

    @staticmethod
    def _forceful_noun(noun: Token) -> bool:
        """Whether a noun names only violent or coercive acts in the lexicon ("the raid", "the storming"), so that a
        reaction to it takes up such an act told by any word."""
        types = {e.type for e in LEXICON.nouns.get(noun.lemma_.lower(), ())}
        return bool(types) and types <= VIOLENT_VERDICT_TYPES

    def _seized_boats_crew(self, noun: Token, owned: bool = False) -> str | None:
        """The state of the boats whose crew or fishermen a bare noun names: "seized four Vietnamese fishing boats and
        detained 41 crew members", "the fishermen" a sentence after "two Thai trawlers were seized". The nearest boat
        named before, in the sentence or the one before, that is not a subject (the seizing patrol ship is not the
        seized boats'); None when that boat has no state. With ``owned``, the crew is "their" or "its" one, and the boat
        must stand in the crew's own sentence ("seized two of the dhows and detained their 14 crew members")."""
        if not (self._crew_noun(noun) or noun.lemma_.lower() in SEAFARER_NOUNS) or (not owned and any(c.dep_ == "poss" for c in children_of(noun))):
            return None
        for token in reversed(self._tokens[(self._window_start(noun, 0) if owned else self._window_start(noun, 1)):noun.i]):
            if token.lemma_.lower() in VESSEL_NOUNS and token.pos_ == "NOUN" and token.dep_ not in ("nsubj", "compound"):
                return self._vessel_country(token)
        return None

    @staticmethod
    def _crew_noun(noun: Token) -> bool:
        """Whether a noun is the crew of a boat ("its crew", "its eight crew members", "its captain")."""
        return noun.lemma_.lower() in CREW_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() == "crew" for c in children_of(noun))

    def _vessel_country(self, vessel: Token) -> str | None:
        """The state of a boat or ship by its own modifiers ("a Turkish fishing boat") or home port ("dhows from Mocímboa da
        Praia"), or else by the nearest earlier mention of the same noun a few sentences back that has them ("the boat"
        after "a Turkish fishing boat")."""
        first = self._window_start(vessel, PEOPLE_WINDOW)
        for token in reversed(self._tokens[first:vessel.i + 1]):
            if token.lower_ != vessel.lower_:
                continue
            for child in children_of(token):
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i and (found := self._phrase_country(child)) is not None:
                    return found.code
                # "fishing dhows from Mocímboa da Praia": the home port names the boats' state
                port = next((o for o in children_of(child) if o.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "from" else None
                if port is not None and (found := self._phrase_country(port)) is not None and found.code not in NON_STATE_CODES:
                    return found.code
        return None

    def _passed_for_main_subject(self, candidate: Token, pronoun: Token) -> bool:
        """Whether "its"/"their" in an adverbial clause ("after its troops…") passes over a state named in the
        prepositional phrase of a noun in the clause above, for that clause's own subject: "Pakistan closed the
        border crossing with Afghanistan after its troops exchanged fire" and "Kenya recalled its envoy from Uganda
        after its soldiers were attacked" are Pakistan's troops and Kenya's soldiers. A state that is an object of
        the verb itself stays the nearest ("sanctioned Russia after its troops…")."""
        if pronoun.lower_ not in ("its", "their") or candidate.dep_ != "pobj":
            return False
        preposition = candidate.head
        if preposition.dep_ != "prep" or preposition.head.pos_ not in ("NOUN", "PROPN"):
            return False
        main = self._clause_verb(preposition.head)
        clause = self._clause_verb(pronoun)
        if clause.dep_ != "advcl" or clause.head.i != main.i:
            return False
        return any(c.dep_ == "nsubj" and c.i < candidate.i and self._actor_like(c) and self._phrase_country(self._semantic_head(c)) is not None
                   for c in children_of(main))

    def _reported_subject(self, pronoun: Token) -> Token | None:
        """For "its"/"their" owning the speaker of a report told after what it reports, that report's subject: "China
        imposed duties on brandy from the EU, its commerce ministry said" → China, not the EU nearer the pronoun."""
        speaker = pronoun.head
        if pronoun.dep_ != "poss" or speaker.dep_ != "nsubj" or speaker.head.i < speaker.i:
            return None
        content = next((c for c in children_of(speaker.head) if c.dep_ == "ccomp" and c.i < speaker.i), None)
        if content is None:
            return None
        subject = next((c for c in children_of(content) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or not self._actor_like(subject) or self._phrase_country(self._semantic_head(subject)) is None:
            return None
        return subject

    def _no_state_named(self, token: Token, country: str) -> bool:
        """Whether a noun whose country is ``country`` is a body of states or a city rather than a state named
        ("the Economic Community of West African States", "a summit", "in Abuja"), so that "the country" cannot
        stand for it."""
        if country in NON_STATE_CODES:
            return True
        mention = self._token_country(token)
        return token.dep_ == "pobj" and mention is not None and mention.kind != "name"

    def _speaks(self, token: Token) -> bool:
        """Whether a word is the subject of a reporting verb ("the spokesman said")."""
        return token.dep_ == "nsubj" and self._verb_lemma(token.head) in SPEECH_VERBS

    def _sentence_tokens(self, number: int) -> list[Token]:
        """The tokens of the ``number``-th sentence."""
        start, end = self._sentences[number]
        return self._tokens[start:end]

    def _states_of_other_states(self, noun: Token, owner: Token) -> bool:
        """Whether "its allies", "their partners" or "its neighbours" after a state name other states, which the
        owner's state is not: "The United States said it would work with its allies" does not work with itself
        (rule 54). Only plural relation nouns owned by "its"/"their" standing for a state's name or capital, with no
        name of a body before them: "the party and its allies" or "the president's allies" are people and parties at
        home, and "its NATO allies" are left to the steps after."""
        if owner.lower_ not in ("its", "their") or noun.tag_ != "NNS" or noun.lemma_.lower() not in STATE_RELATION_NOUNS:
            return False
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(noun)):
            return False  # "its European Community partners", "its NATO allies": a named body, left to the steps after
        antecedent, _country = self._antecedent(owner)
        mention = self._token_country(antecedent) if antecedent is not None and antecedent.pos_ == "PROPN" else None
        return mention is not None and mention.kind in ("name", "capital")

    def _public_owner(self, noun: Token) -> str | None:
        """The state of a person of public life whose name owns or qualifies a body or force: "the Biden administration",
        "the Modi government", "Erdogan's government", "Putin's forces" (data/people_public.tsv); real copy names
        governments so, and they had no state."""
        if noun.ent_type_ == "PERSON":
            return None  # the person himself ("Vladimir Putin" is a compound and its head), which _party reads by name
        for child in children_of(noun):
            if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN" and child.i < noun.i:
                code = self._public_name_country(child)
                if code is not None:
                    return code
        return None

    def _public_name_country(self, token: Token) -> str | None:
        """The state of the person of public life a name stands for (data/people_public.tsv): the tagger's person whose
        name it is part of ("Vladimir Putin"), else the word itself, whatever the tagger took it for ("Lavrov said",
        "the Biden administration")."""
        ref = self._entity_of(token)
        return public_person_country(ref.name if ref is not None and ref.type == "PERSON" else token.text)

    def _the_west(self, noun: Token, mention: CountryMention | None = None) -> bool:
        """Whether a party is the West, which names no state: "the West" itself (not "the West Bank" or "West Africa",
        where it is a compound of the name), or Western states a state's possessive only owns ("Ukraine's Western
        allies", whose ``mention`` is the owner's state). The resolver merged "the West" with Russia or Ukraine, and
        the target steps put a state of the clause in its place ("accused Western powers of … against Ukraine")."""
        if noun.pos_ == "PROPN" and noun.lower_ == "west" and noun.dep_ != "compound" and not any(c.dep_ == "compound" for c in children_of(noun)):
            return True
        if not _unnamed_states(noun):
            return False
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        return mention is None or (owner is not None and owner.idx <= mention.start < owner.idx + len(owner))

    def _relation_states(self, head: Token) -> bool:
        """Whether a party is "its allies", "their partners" or "its neighbours" for a state (_states_of_other_states)."""
        noun = self._semantic_head(head)
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        return owner is not None and self._states_of_other_states(noun, owner)

    def _state_title(self, noun: Token) -> bool:
        """Whether a noun is a title that takes up a state named before it: "the kingdom", "the
        island", "the country", "its neighbour", "the Baltic state" (singular, definite or owned, and
        naming no country of its own)."""
        lemma = noun.lemma_.lower()
        modified = any(c.dep_ in ("amod", "compound") for c in children_of(noun))
        if noun.pos_ == "NOUN" and noun.tag_ == "NNS" and lemma == "island" and not modified and not _paired(noun):
            return any(c.lower_ == "the" for c in children_of(noun))  # "closed their borders with the islands": an island state
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or _paired(noun):
            return False
        if lemma not in STATE_TITLES | OWNED_STATE_TITLES and not (lemma in MODIFIED_STATE_TITLES and modified):
            return False
        if lemma in OWNED_STATE_TITLES:
            # "urged its NATO ally to respect…", "its trading partner": a state's ally is a state ("his ally" a person)
            return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(noun)) and not any(c.lower_ == "the" for c in children_of(noun))
        owned = any(c.dep_ == "poss" and c.lower_ in ANTECEDENT_PRONOUNS for c in children_of(noun))
        return owned if lemma in NEIGHBOUR_NOUNS and not any(c.lower_ == "the" for c in children_of(noun)) else any(c.lower_ == "the" for c in children_of(noun))

    def _state_taken_up(self, noun: Token, exclude: set[str]) -> str | None:
        """The state a title such as "the kingdom" stands for: the nearest state named (by name,
        capital, seat or demonym) before it in its sentence and the two before, other than those of
        ``exclude`` (the actor's own: "Asmara accused its neighbour" is not Eritrea); with none, the
        dateline's ("LIBREVILLE — The African Union suspended the country" → GAB)."""
        for _, token in self._tokens_before(noun.i, 3):
            if token.idx < self._dateline_end:
                break
            found = self._token_country(token)
            if found is not None and found.kind in ("name", "capital", "seat", "demonym") and found.code not in NON_STATE_CODES and found.code not in exclude:
                return found.code
        home = self._home_at(noun.idx)
        return home.code if home is not None and home.code not in exclude else None

    def _crowd_before(self, pronoun: Token) -> bool:
        """Whether the nearest plural subject before an object "them", in its sentence or the one before, is a crowd of
        people with no state of its own ("Protesters", "hundreds of migrants"), which "them" stands for rather than
        a pair of states named after it."""
        crowd = self._crowd_taken_up(pronoun)
        if crowd is None:
            return False
        head = self._semantic_head(crowd)
        return not any(c.dep_ in ("amod", "compound", "poss", "conj") and self._token_country(c) is not None for c in children_of(head))

    def _crowd_taken_up(self, pronoun: Token) -> Token | None:
        """The crowd an object "them" stands for: the nearest plural subject before it, in its sentence or the one before,
        when that subject is people and no office or force ("A few hundred of his supporters then marched on the
        commission's offices. Police dispersed them" → the supporters)."""
        governing = {a.i for a in pronoun.ancestors}
        for _, token in self._tokens_before(pronoun.i, 2):
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.i in governing:
                continue  # "Police … arrested them": who acts on "them" is not who they are
            if token.dep_ in ("nsubj", "nsubjpass") and (token.tag_ in ("NNS", "NNPS") or self._semantic_head(token).tag_ in ("NNS", "NNPS")):
                head = self._semantic_head(token)
                return token if self._people_like(token) and not _noun_class(head, "actor") else None
        return None

    def _tokens_before(self, index: int, sentences: int) -> Iterator[tuple[int, Token]]:
        """The tokens before token ``index``, nearest first, in its sentence and the ``sentences - 1``
        sentences before it, each with its sentence number: where an antecedent is looked for."""
        number = self._sentence_of[index]
        for sentence in range(number, max(-1, number - sentences), -1):
            start, end = self._sentences[sentence]
            for token in reversed(self._tokens[start:index if sentence == number else end]):
                yield sentence, token

    def _state_just_named(self, start: int, end: int) -> str | None:
        """The state that is the subject just before an office with no country, in its sentence or
        the one before: "Ukraine welcomed the sanctions. Foreign Minister Andriy Kuleba thanked the
        bloc" → UKR. Only a state's own name (or capital, or seat) counts, and only the nearest
        subject: after "Kuleba said", a minister is no longer placed; and a governing body in the clause
        that state's name is the subject of is another state's ("France condemned the junta's…")."""
        for _, token in self._tokens_before(start, 2):
            if token.dep_ in ("nsubj", "nsubjpass") and token.idx >= self._dateline_end:
                if token.lower_ == "it" and token.head.dep_ == "ccomp":
                    continue  # "Iran condemned the decision and said it would respond": the state says it of itself
                found = self._token_country(token)
                named = found is not None and found.kind in ("name", "capital", "seat") and found.code not in NON_STATE_CODES
                if named and self.doc[start:end].root.lemma_.lower() in _GOVERNING and any(t.i == start for t in subtree_of(token.head)):
                    return None  # a governing body the state acts on is another's: "France condemned the junta's detention of…"
                return found.code if named else None
        return None

    def _spoken_for_state(self, ref: Entity, home: str) -> str | None:
        """The state a titled person belongs to when the text introduces them right after that state spoke: "Mexico
        said it would wait for talks. President Luisa Ortega said her government…" (OTTAWA) → MEX. The state must be
        the nearest subject before the person's first mention (in its sentence or the one before; "it", "which" and
        the like are passed over), another state than the dateline's, the one subject of a reporting verb, and its
        clause outside its own phrase must name neither the dateline's state ("Washington said it would sanction
        Caracas. President X called…" from Caracas is Venezuela's president) nor an unowned "the government" (the
        dateline's). A person who acts on the dateline's state by name (_aims_at_state) needs only the state: "Baghdad
        condemned the raids. Foreign Minister X … urged Ankara to…" from Istanbul. Nor may the person's own sentence
        make the dateline's state a subject ("… said Canada would not back down"). Answered once per entity."""
        if ref.id in self._spoken_states:
            return self._spoken_states[ref.id]
        self._spoken_states[ref.id] = None
        first = min(self._mention_roots(ref), key=lambda token: token.i, default=None)
        span = self.doc[first.left_edge.i : first.i + 1] if first is not None else None
        if span is None or span.start_char < self._dateline_end:
            return None
        found = None
        for _, token in self._tokens_before(span.start, 2):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.idx < self._dateline_end:
                continue
            if token.pos_ == "PRON" or token.tag_ in ("WDT", "WP"):
                continue  # "Colombia, which shares a border…, said it was following the row": the state is the speaker
            mention = self._token_country(token)
            verb = token.head
            if mention is None or mention.kind not in ("name", "capital", "seat") or mention.code in NON_STATE_CODES or mention.code == home:
                return None
            if not self._aims_at_state(first, home):
                # the person does nothing to the dateline's state: only a state that just spoke, alone and not of the
                # dateline's state, gives its office holder
                if verb.lemma_.lower() not in REPORTING_VERBS or any(c.dep_ == "conj" for c in children_of(token)):
                    return None  # "The United States and Britain said…": states speaking together, not one the person serves
                own = {t.i for t in subtree_of(token)}
                if any(t.i not in own and (((m := self._token_country(t)) is not None and m.code == home)
                                           or (t.lemma_.lower() in _GOVERNING and not any(c.dep_ in ("poss", "amod", "compound") for c in children_of(t))))
                       for t in subtree_of(verb)):
                    return None  # "… urged the government to respect the right to protest": the state spoke of the dateline's
            found = mention.code
            break
        if found is None:
            return None
        sentence_start, sentence_end = self._sentences[self._sentence_of[first.i]]
        if any(t.dep_ in ("nsubj", "nsubjpass") and (m := self._token_country(t)) is not None and m.code == home
               for t in self._tokens[sentence_start:sentence_end]):
            return None
        self._spoken_states[ref.id] = found
        return found

    def _aims_at_state(self, person: Token, code: str) -> bool:
        """Whether a person, as a subject, acts on the state ``code`` by its name or capital as the object of their verb
        or of a verb joined to it: "Foreign Minister Hussein Rashid said Iraq would not…, but urged Ankara to respect
        the border" aims at Turkey (so he is no official of a story filed from Istanbul)."""
        if person.dep_ not in SUBJECTS:
            return False
        verbs = self._joined_acts(person.head)
        return any(o.dep_ in OBJECTS and (m := self._token_country(o)) is not None and m.code == code and m.kind in ("name", "capital")
                   for verb in verbs for o in children_of(verb))

    def _state_named_at_first(self, ref: Entity) -> str | None:
        """The state just named before a person's first mention (_state_just_named): "Hungary blocked the package. Prime
        Minister Viktor Orban told reporters…" places Orban, and so every later mention of him ("Poland accused him")
        that nothing else places. Answered once per entity."""
        if ref.id not in self._first_named_states:
            first = min(self._mention_roots(ref), key=lambda token: token.i, default=None)
            self._first_named_states[ref.id] = None
            if first is not None:
                self._first_named_states[ref.id] = self._state_just_named(first.left_edge.i, first.i + 1)
        return self._first_named_states[ref.id]

    def _acts_on(self, subject: Token, code: str) -> bool:
        """Whether the clause of which ``subject`` is the subject names the state ``code`` outside the
        subject: "China donated rice. The minister thanked Beijing" — the minister is not China's."""
        if subject.dep_ not in SUBJECTS:
            return False
        own = {t.i for t in subtree_of(subject)}
        verb = subject.head
        # not in what the clause reports, in a clause joined to it or in a participle's clause on it: "… accused Brussels
        # and said Tehran had never…", "endorsed Mr. Trump, calling him a man who cares deeply about America"
        reported = {t.i for c in children_of(verb) if c.dep_ in ("ccomp", "conj") or (c.dep_ == "advcl" and c.tag_ == "VBG") for t in subtree_of(c)}
        if any(t.i not in own and t.i not in reported and (m := self._token_country(t)) is not None and m.code == code for t in subtree_of(verb)):
            return True
        # but a state named as the object of a verb joined on with no subject of its own is acted on by the subject's
        # side: "Secretary Grace Wambui said the government would not allow it and urged Mogadishu to…" is no Somali's
        return any(o.dep_ in OBJECTS and (m := self._token_country(o)) is not None and m.code == code and m.kind in ("name", "capital")
                   for joined in self._joined_acts(verb)[1:] for o in children_of(joined))

    def _joined_acts(self, verb: Token) -> list[Token]:
        """A subject's verb, then the verbs joined to it, or to the head of what it reports, that have no subject of
        their own: in "Defence Minister Sok Vanna said Cambodian forces had returned fire and accused Bangkok…" the
        parser joins "accused" to "returned", and the accusation is still the speaker's side's act."""
        verbs = _subjectless_conjuncts(verb)
        for report in [c for c in children_of(verb) if c.dep_ == "ccomp"]:
            verbs.extend(_subjectless_conjuncts(report)[1:])
        return verbs

    def _titled(self, ref: Entity) -> bool:
        """Whether a mention of an entity carries a title or a person noun ("Environment Minister
        Paulus Nghifindaka"); answered once per entity."""
        titled = self._titled_entities.get(ref.id)
        if titled is None:
            titled = False
            for mention in ref.mentions:
                words = self._expanded(mention.start, mention.end)
                if words is None or not len(words):
                    continue
                # "Government spokesman Patrick Muyaya": the title can stand before the name the mention holds
                before = [c for c in children_of(words.root) if c.dep_ == "compound" and c.i < words.start]
                if any(w.lower_ in TITLE_NOUNS or "person" in LEXICON.noun_class(w.lower_) for w in [*words, *before] if w.pos_ in ("NOUN", "PROPN")):
                    titled = True
                    break
            self._titled_entities[ref.id] = titled
        return titled

    def _title_after(self, head: Token, ref: Entity) -> str | None:
        """The state of a person named with no title, from the title that takes them up as the subject of
        the next sentence: "Kaja Kallas criticised Hungary… The EU foreign policy chief said…" → IGO,
        "Abbas Araghchi met… Iran's top diplomat later said…" → IRN, "Georgia barred Maria Petrova…
        The Russian journalist has…" → RUS. Wires name a person first and give
        the office after; the title must be definite, carry a state, name no one itself, and no other
        person may be named in between."""
        if "PERSON" not in (head.ent_type_, ref.type) or head.dep_ not in ("nsubj", "dobj", "pobj", "compound"):
            return None
        if self._titled(ref):
            return None  # titled already ("Environment Minister Paulus Nghifindaka"): a later "Angola's environment minister" is another
        sentence = self._sentence_of[head.i]
        if sentence + 1 >= len(self._sentences):
            return None
        start, end = self._sentences[sentence + 1]
        subject = next((t for t in self.doc[start:end] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subject is None or subject.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") for c in children_of(subject)):
            return None
        if not ({"person", "office"} & LEXICON.noun_class(subject.lemma_.lower())) and subject.lemma_.lower() not in TITLE_NOUNS:
            return None
        if any(t.ent_type_ == "PERSON" for t in self.doc[head.i + 1:subject.i] if t.i not in {h.i for h in subtree_of(head)}) or any(t.ent_type_ == "PERSON" for t in subtree_of(subject)):
            return None
        mention = self._phrase_country(subject)
        return mention.code if mention is not None else None

    def _police_named_beside(self, semantic: Token, home: str) -> str | None:
        """The state of another state's police named in the same sentence, which bare "police" or "officers" there
        take up: "Czech police detained 43 Polish fans after they clashed with officers outside the stadium" in a
        story filed from Katowice are Czech officers, not the dateline's (rule 49). Only the sentence's own
        "police" with a country word of its own counts, and only when that state is not the home one."""
        if semantic.lower_ not in BARE_POLICE_WORDS or any(c.dep_ in ("poss", "amod", "compound") for c in children_of(semantic)):
            return None
        for token in self._sentence_tokens(self._sentence_of[semantic.i]):
            if token.i == semantic.i or token.lower_ != "police":
                continue
            for modifier in children_of(token):
                mention = self._token_country(modifier) if modifier.dep_ in ("amod", "compound") else None
                if mention is not None and mention.code != home and mention.code not in NON_STATE_CODES:
                    return mention.code
        return None

    def _setting_party(self, semantic: Token) -> bool:
        """Whether a party is one a reader places where it acts: bare police or security forces, or people and
        groups who act where they live ("protesters", "rebels", "striking teachers"), with no name, owner or
        country word of their own."""
        if semantic.pos_ != "NOUN" or (semantic.ent_type_ and semantic.ent_type_ not in NOT_PARTIES):
            return False
        if any(c.dep_ == "poss" for c in children_of(semantic)):
            return False  # "his supporters", "the ministry's police": whose they are is their owner's
        return (semantic.lower_ in SETTING_POLICE or semantic.lemma_.lower() in SETTING_PEOPLE or self._state_forces(semantic)
                or self._irregular_forces(semantic))

    def _state_forces_linked_to_irregulars(self, noun: Token, ref: Entity) -> bool:
        """Whether the resolver linked a state's own forces, named by their state ("Sudan's military", "the Sudanese
        army"), to a paramilitary or rebel group named before ("the paramilitary Rapid Support Forces"): the two fight
        each other, so the phrase keeps its own words and state (rule 54)."""
        if ref.type != "ORG" or noun.pos_ != "NOUN" or noun.lower_ not in OWN_FORCES:
            return False
        if not any(c.dep_ in ("poss", "amod", "compound") and self._token_country(c) is not None for c in children_of(noun)):
            return False
        for mention in ref.mentions:
            span = self._expanded(mention.start, mention.end)
            if span is None or span.start <= noun.i < span.end or span.start == 0:
                continue
            if self._tokens[span.start - 1].lower_ in IRREGULAR_GROUP_WORDS or any(t.lower_ in IRREGULAR_GROUP_WORDS for t in span):
                return True
        return False

    @staticmethod
    def _irregular_forces(noun: Token) -> bool:
        """Whether a noun is "paramilitary forces" or "militia forces": an armed group of the state it fights in."""
        return noun.lemma_.lower() == "force" and any(c.dep_ in ("amod", "compound") and c.lower_ in IRREGULAR_FORCE_MODIFIERS for c in children_of(noun))

    def _setting_places(self, verb: Token) -> set[str]:
        """The states of the places named in a verb's own clause by "in", "at", "near" or "outside", also those
        nested in its arguments ("fired tear gas at teachers marching on the ministry in Lilongwe"),
        not in a clause of its own ("said the suspects had been arrested in Kenya", "accused the army of shelling a
        school in X": the place of the act spoken of is not where the speaker is) nor in a phrase of where something
        comes from or goes to ("seized fuel from a depot in Kenya")."""
        codes: set[str] = set()
        stack = [verb]
        while stack:
            token = stack.pop()
            for child in children_of(token):
                if (child.dep_ in OTHER_CLAUSES or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
                        or (child.dep_ == "prep" and child.lower_ in DIRECTION_PREPOSITIONS)):
                    continue
                if child.dep_ == "pobj" and token.dep_ == "prep" and token.lower_ in PLACE_PREPOSITIONS:
                    mention = self._phrase_country(child)
                    if mention is not None and mention.kind in ("name", "capital", "seat", "place") and mention.place_code:
                        codes.add(mention.place_code)
                stack.append(child)
        return codes - NON_STATE_CODES

    def _setting_country(self, head: Token, semantic: Token, home: CountryMention | None) -> str | None:
        """The country of the story's setting, for a party the text leaves without one (rule 52): a reader gives
        bare "police", "security forces", "protesters" or "rebels" the state where their act happens. Evidence,
        in order:

        1. the places named in the party's own clause, when they are all of one state ("police arrested 20
           protesters outside the parliament in Bratislava" → SVK, also in a story filed from elsewhere);
        2. in a story with no dateline, opening place or section heading: the state the story is about
           (``_story_state``), when the text is no brief and the party's own clause does not name that state as
           what it acts on, as for offices (rule 44): "police detained two Portuguese fishermen" in a story about
           Portugal are not Portugal's police.

        A place of two states gives nothing. Where the story does give a home (``_home_at``), the steps after this
        one give it to offices, police and a state's forces, and ``_emit`` to people where the event happens
        (``_located``): a dateline is not given here to groups, whose home a brief's dateline does not tell
        ("ADDIS ABABA — … Kenya offered to mediate between Khartoum and the rebels")."""
        if not self._setting_party(semantic):
            return None
        places = self._setting_places(self._clause_verb(head))
        if len(places) == 1:
            return next(iter(places))
        if places or home is not None or len(self._sentences) < BUREAU_SENTENCES:
            return None
        story = self._story_state()
        return story if story is not None and not self._acts_on(head, story) else None

    def _forces_placed_abroad(self, head: Token, semantic: Token, home: str) -> bool:
        """Whether police or troops act, by their own clause, in a place of another state than the dateline's:
        "police arrested him at his hotel in Ho Chi Minh City" in a story filed from Canberra are not
        Australia's police (rule 45). Only the subject's verb's own place phrases ("in", "at", "near", "outside"
        and the places nested in them) are read, not the sentence; a clause told as a step of another ("rallied outside
        the French embassy in Niamey before soldiers dispersed them") also reads that one's (rule 72)."""
        if semantic.lower_ not in OWN_FORCES or head.dep_ not in SUBJECTS or any(c.dep_ in ("poss", "amod", "compound") for c in children_of(semantic)):
            return False
        verbs = [head.head, *self._stepped_from(head.head)]
        for preposition in (c for verb in verbs for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS):
            for token in subtree_of(preposition):
                mention = self._token_country(token) if token.pos_ == "PROPN" else None
                if mention is not None and mention.code != home and mention.code not in NON_STATE_CODES:
                    return True
        return False

    def _window_start(self, token: Token, sentences: int) -> int:
        """The first token of the sentence ``sentences`` back from ``token``'s (of the text's first, when fewer)."""
        return self._sentences[max(0, self._sentence_of[token.i] - sentences)][0]

    def _border_named_before(self, border: Token, actor_ids: set[int]) -> Token | None:
        """The state across a definite border noun with no "with" phrase of its own, from a border noun named with one a
        few sentences before: "closed two of its six border crossings with Belarus … would consider closing the remaining
        crossings" → Belarus; "closed its only remaining road crossing with Belarus … would send 2,000 more troops to the
        border" → Belarus."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(border)):
            return None
        first = self._window_start(border, PEOPLE_WINDOW)
        for earlier in reversed(self.doc[first:border.i]):
            if earlier.lemma_.lower() == border.lemma_.lower() or _border_noun(earlier):
                found = self._target_from_prepositions([earlier], ("with",), actor_ids)
                if found is not None:
                    return found
        return None

    def _topic_noun(self, obj: Token) -> bool:
        """Whether an object is a thing talked about, not a party or place: a common noun of no class of parties, places or
        weapons ("discussed North Korea's missile launches", "discussed the border dispute"), not "met the envoys"."""
        head = self._semantic_head(obj)
        return (head.pos_ == "NOUN" and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and not LEXICON.noun_class(head.lemma_.lower())
                and not _person_noun(head) and head.lemma_.lower() not in VESSEL_NOUNS)

    def _sent_forces(self, obj: Token) -> bool:
        """Whether an object is troops or police ("1,000 Kenyan police officers", "Russian troops"), which a deployment
        moves somewhere: whose they are is the actor, where they go the target."""
        head = self._semantic_head(obj)
        return head.lower_ in OWN_FORCES or head.lower_ in BARE_POLICE_WORDS

    def _commander_country(self, head: Token, noun: Token) -> str | None:
        """The state of whoever orders unnamed police or troops to act: "Kosovo's prime minister ordered police to seize
        the municipal buildings" → XKX, whoever reports it (rule 72). A state commands its own forces."""
        if noun.lower_ not in OWN_FORCES or head.dep_ != "dobj" or self._verb_lemma(head.head) not in COMMAND_VERBS:
            return None
        commander, passive = self._subject(head.head)
        if commander is None or passive or commander.i == head.i:
            return None
        code = self._party(commander).country
        return code if code not in NON_STATE_CODES else None

    def _opposed_government_state(self, noun: Token) -> str | None:
        """The state of an unnamed opposition or rebels: that of the government the text names just before them, in
        their sentence or the two before ("The government in Juba said it could not attend while opposition forces
        were shelling our towns. … The opposition denied it." → SSD in a story filed from Nairobi). An opposition
        opposes a government, and the story tells it beside the one it opposes; the dateline's state is only where
        the talks or the bureau are. None when no government with a state is that near."""
        if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in OPPOSING_NOUNS
                                        or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in OPPOSING_NOUNS for c in children_of(noun))):
            return None
        for _, token in self._tokens_before(noun.i, 3):
            if token.pos_ == "NOUN" and token.lemma_.lower() in _GOVERNING and token.idx >= self._dateline_end:
                code = self._party(token).country
                if code is not None and code not in NON_STATE_CODES:
                    return code
        return None

    def _judges_act(self, candidate: _Candidate) -> bool:
        """Whether a rebuke judges a material act told before, named by a bare noun as its object (not its own pattern
        noun): "summoned the ambassadors … and called the sanctions baseless" is aimed at whoever imposed the sanctions
        (the reaction pass finds them), not at the envoys summoned nor a state of the sentence (rule 72)."""
        if candidate.nominal or candidate.type != "ACCUSE":
            return False
        judged = self._object(candidate.token)
        if judged is None or (candidate.noun is not None and judged.i == candidate.noun.i) or any(c.dep_ in ("poss", "prep") for c in children_of(judged)):
            return False  # "condemned the arrest of a Mexican consul in Ecuador" names its own parties
        # a material act: "dismissed the complaint, saying Niamey had been informed" answers whom its own words name
        return any(entry.type in MATERIAL_CONFLICT for entry in LEXICON.nouns.get(judged.lemma_.lower(), ()))

    def _bureau_setting(self, index: int, home: str) -> str | None:
        """In a story filed from a bureau whose state is no side of it ("DAKAR — Police in Ouagadougou fired tear gas…
        Police arrested 12 people"), the state of the nearest place named by name, capital or town in the sentence or
        the two before, when it is another state's: where the story is set, which unplaced police, officials and crowds
        belong to rather than the dateline's (rule 72); with none there, past the lede's two sentences after, the first
        place the lede names so. None when the dateline's state is in play."""
        if self._home_in_play(home, []) or self._named_countries().get(home, 0) > 1:
            return None  # a state the story names again and again is a side of it, whatever else it names more
        for _, token in self._tokens_before(index, 3):
            if token.idx < self._dateline_end:
                break
            mention = self._setting_place(token)
            if mention is not None:
                return mention.code if mention.code != home else None
        # nothing placed near: where the lede sets the story ("DAKAR — Police in Ouagadougou fired tear gas… The
        # authorities later imposed a curfew")
        lede = next((number for number, (start, end) in enumerate(self._sentences)
                     if self._tokens[end - 1].idx >= self._dateline_end), None)
        if lede is None or self._sentence_of[index] <= lede + 2:
            return None
        start, end = self._sentences[lede]
        mention = next((m for token in self._tokens[start:end] if token.idx >= self._dateline_end
                        and (m := self._setting_place(token)) is not None), None)
        return mention.code if mention is not None and mention.code != home else None

    def _setting_place(self, token: Token) -> CountryMention | None:
        """The state of a place where something happens ("Police in Ouagadougou"), not of a state acting or acted on,
        nor of where an envoy serves ("summoned Burkina Faso's ambassador in Paris"): a proper noun after a location
        preposition that names a state, its capital or a town."""
        if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in LOCATION_PREPOSITIONS:
            return None
        if token.head.head.lemma_.lower() in ENVOY_NOUNS:
            return None
        mention = self._token_country(token)
        if mention is None or mention.kind not in ("name", "capital", "place") or mention.code in NON_STATE_CODES:
            return None
        return mention

    @staticmethod
    def _stepped_from(verb: Token) -> list[Token]:
        """The clauses a clause is told as the next or last step of, nearest first: "rallied outside the French embassy in
        Niamey, some carrying flags, before soldiers dispersed them" → carrying, rallied. Such a clause happens where
        they do when it names no place of its own (rule 72); only a clause with a sequence marker ("before", "after",
        "as", "when"…), through the participles the parser hangs it on."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKERS for c in children_of(verb)):
            return []
        found = [verb.head]
        while found[-1].dep_ == "advcl" and found[-1].tag_ == "VBG" and found[-1].head.i != found[-1].i and len(found) < 3:
            found.append(found[-1].head)
        return found

    def _prompting_party(self, verb: Token, actors: list[Token]) -> Token | None:
        """Who a show of force answers when a clause beside it says: "Poland scrambled fighter jets as Russian
        missiles flew near its border" → the missiles (RUS). The subject of an "as"/"after"/"when" clause on the verb,
        of a state other than the actors'."""
        own = {m.code for a in actors if (m := self._phrase_country(a)) is not None}
        for clause in children_of(verb):
            if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "after", "when") for c in children_of(clause)):
                continue
            subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            mention = self._phrase_country(subject) if subject is not None else None
            if mention is not None and mention.code not in own and mention.code not in NON_STATE_CODES and mention.start <= subject.idx:
                return subject
        return None

    def _bare_forces(self, noun: Token) -> bool:
        """Whether a noun is unnamed forces with nothing to place them ("air defence units", "troops", "the forces"),
        whom a state's speaker speaks of as its own."""
        return (noun.pos_ == "NOUN" and noun.lemma_.lower() in REPORTED_FORCE_NOUNS
                and not any(c.dep_ in ("poss", "prep", "appos") or (c.dep_ == "amod" and self._token_country(c) is not None) for c in children_of(noun)))

    def _state_forces(self, noun: Token) -> bool:
        """Whether a noun is a state's forces by its own modifier and nothing else ("the security forces", "government
        forces", "the armed forces"): in a story filed from a state, its forces, as "the police" are (rule 46). A
        possessive or another modifier ("rebel forces", "Russian forces", "its forces") leaves it to the other steps."""
        if noun.lemma_.lower() != "force" or noun.tag_ != "NNS":
            return False
        modifiers = [c for c in children_of(noun) if c.dep_ in ("amod", "compound", "poss", "nmod")]
        return len(modifiers) == 1 and modifiers[0].lower_ in STATE_FORCE_MODIFIERS

    def _bare_officials(self, noun: Token) -> bool:
        """Whether a noun is "officials" with nothing of its own to place them ("officials said", not
        "officials in Kinshasa", "U.S. officials", "his officials"): in a story filed from a capital
        they are its officials, as wires write them."""
        return noun.lower_ == "officials" and not any(c.dep_ in ("poss", "amod", "compound", "prep", "nmod") for c in children_of(noun))

    def _asked_reporter_country(self, head: Token) -> str | None:
        """``_reporter_country`` for an office, once at a time per office: finding the reporter's state can go through a
        pronoun ("He said…") back to the same office, which then asks no more."""
        self._asking_reporter.add(head.i)
        try:
            return self._reporter_country(head)
        finally:
            self._asking_reporter.discard(head.i)

    def _reporter_country(self, head: Token) -> str | None:
        """The state of whoever reports the clause an office stands in, when the office has none of its
        own: "He said police had arrested three Colombian nationals" after "Venezuela's interior
        minister…" → VEN. A state speaks of its own police, army or ministry unless it names another's;
        a body (the UN, an NGO) does not lend its code."""
        current = head
        for _ in range(MAX_HOPS):
            if current.head.i == current.i or current.dep_ in ("relcl", "acl", "appos", "advcl", "csubj", "pcomp", "conj"):
                # only the reported clause itself: not "…saying it would wait until a government takes over", nor a
                # verb the parser coordinates with it ("said the protest was illegal and ordered police to clear the road")
                return None
            reported = current.dep_ in ("ccomp", "parataxis") and current.head.pos_ == "VERB" and current.head.lemma_.lower() in REPORTING_VERBS
            if current.dep_ in ("ccomp", "parataxis") and not reported:
                return None
            if reported:
                reporter, _ = self._subject(current.head)
                if reporter is None or reporter.i in {t.i for t in subtree_of(head)}:
                    return None
                code = self._party(reporter).country
                if code in NON_STATE_CODES:
                    return None
                # what happens in another state's place is that state's doing: "The military government…
                # declared a state of siege in Haiti…, a spokeswoman for the U.S. embassy said"
                places = {m.code for t in subtree_of(current) if t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPOSITIONS
                          and (m := self._token_country(t)) is not None}
                return code if places <= {code} else None
            current = current.head
        return None

    @staticmethod
    def _home_party(home: CountryMention) -> Party:
        """The state a story's home place stands for, as a party named by the state: "the attack had been carried out
        by a unit of Russia's GRU" in a story datelined "KYIV" is aimed at Ukraine, not at a party called "KYIV" (the
        dateline's or opening place's word is where the story is set, not who is acted on); the span stays the
        place's, which is what the text offers for it."""
        named = home.kind == "name" or home.code in NON_STATE_CODES
        return Party(None, home.text if named else country_name(home.code), home.code, home.start, home.end)

    def _home_at(self, position: int) -> CountryMention | None:
        """The place a story puts what happens at ``position`` in, when the text does not say: the
        place its sentence opens with ("In Berlin, the opposition Greens called on the government…"
        in a story filed from Niamey), else the heading of its roundup section, else its dateline."""
        token = self._token_at(position)  # callers pass a token's first character
        if token is not None:
            sentence = self._sentence_of[token.i]
            opening = self._opening_place(sentence)
            if opening is None and sentence > 0 and self._same_paragraph(sentence - 1, sentence):
                # "In Niamey, students protested against the closure. Police dispersed them with tear gas.": the
                # place a paragraph's sentence opens with is the setting of the sentences after it (rule 52)
                opening = self._opening_place(sentence - 1)
            if opening is not None:
                return opening
        section = bisect_right(self._section_ends, position)
        return self._sections[section - 1][1] if section else self._home_place

    def _same_paragraph(self, first: int, second: int) -> bool:
        """Whether two sentences stand in one paragraph: no line break from the first's last token to the second's
        first (the parser may keep a paragraph's break as a whitespace token of either sentence)."""
        end, start = self._tokens[self._sentences[first][1] - 1], self._tokens[self._sentences[second][0]]
        return "\n" not in self.text[end.idx:start.idx + len(start.text)]

    def _opening_place(self, sentence: int) -> CountryMention | None:
        """The state of the place a sentence opens with, set off by a comma: "In Berlin, …", "In
        northern Mali, …" (a time or a manner, "In a statement, …", gives none)."""
        if sentence not in self._opening_places:
            start, end = self._sentences[sentence]
            first = next((t for t in self.doc[start:end] if not t.is_punct and not t.is_space), None)
            found = None
            if first is not None and first.lower_ == "in" and first.dep_ == "prep":
                place = next((c for c in children_of(first) if c.dep_ == "pobj"), None)
                after = place.right_edge.i + 1 if place is not None else end
                if place is not None and after < end and self._tokens[after].text == ",":
                    # a town the tagger did not call a place still is one after an opening "In": "In Belém, …"
                    mention = self._phrase_country(place) or seated_town(self.doc, place)
                    if mention is not None and mention.kind in ("name", "capital", "seat", "place") and mention.place_code:
                        found = CountryMention(mention.start, mention.end, mention.text, mention.place_code, mention.kind, mention.place_code)
            self._opening_places[sentence] = found
        return self._opening_places[sentence]

    def _coup_state(self, code: str) -> str | None:
        """The state of a coup a story tells from the dateline of another state ``code``: the text says power was
        seized ("soldiers seized power", "Colonels who took power in Bamako") and the first such clause places it in
        one other state by its place phrases or its subject's own words ("Gabon's military rulers seized power"),
        else the story is about (``_story_state``) a state other than the dateline's; a story about a third state
        has no coup state. Answered once per story."""
        if self._coup_abroad is False:
            self._coup_abroad = None
            seizing = next((t.head for t in self._tokens if t.dep_ == "dobj" and t.lower_ == "power" and t.head.lemma_.lower() in POWER_SEIZING_VERBS), None)
            if seizing is not None:
                places = self._setting_places(seizing)
                subject = next((c for c in children_of(seizing) if c.dep_ == "nsubj"), None)
                if subject is not None and (antecedent := _relative_antecedent(subject, seizing)) is not None:
                    subject = antecedent  # "Captain Ibrahim Traore, who seized power in September,": the captain's state
                own = self._phrase_country(subject) if subject is not None and subject.pos_ != "PRON" else None
                if own is None and subject is not None and subject.pos_ == "PROPN":
                    own = self._person_state(subject)
                found = (next(iter(places)) if len(places) == 1 else own.code if own is not None and own.kind not in ("capital", "place")
                         else None if places else self._story_state())
                # a junta of another state told in passing ("Sudan's army, which seized power in 2021,") in a story about a
                # third state gives that story's troops nothing
                if found is not None and found != code and found not in NON_STATE_CODES and self._story_state() in (None, found):
                    self._coup_abroad = found
        return self._coup_abroad

    def _person_state(self, token: Token) -> CountryMention | None:
        """The state a named person's other mentions give them ("Burkina Faso's military leader, Captain Ibrahim
        Traore"), else the public-people table's, as a mention of that state: the country of a person the coup
        state is asked of, without _party's steps that ask the coup state themselves."""
        ref = self._entity_of(token)
        if ref is None or ref.type != "PERSON":
            return None
        code = public_person_country(ref.name) or self._entity_country(ref.id, token.idx)
        return CountryMention(token.idx, token.idx + len(token), token.text, code, "name", code) if code is not None else None

    def _home_in_play(self, code: str, actor_parties: list[Party | None]) -> bool:
        """Whether the country a story is filed from can be what a foreign actor acts on: it is the actor's
        own, or the text names it past the dateline, or the text is a brief. "NAIROBI - Eritrea ordered a general mobilisation" in a
        story that never names Kenya again is filed from a bureau, and Kenya is no side of it."""
        if any(p is not None and p.country == code for p in actor_parties) or len(self._sentences) < BUREAU_SENTENCES:
            return True  # a brief names its country only in the dateline
        named = self._named_countries()
        # "MUSCAT — Yemen's government and the Houthis agreed… talks hosted by Oman": a bureau's country named in
        # passing is no side when the story is about another state, named at least twice as often
        return code in named and 2 * named[code] >= max(named.values())

    def _named_countries(self) -> Counter:
        """How often the text names each state past its dateline (counted once), not as a currency's name."""
        if self._home_named is None:
            # a currency names no state the story is about: "pledged 6 million New Zealand dollars" (one naming, not two)
            self._home_named = Counter(m.code for m in self._countries().token_mentions() if m.start >= self._dateline_end
                                       and m.code not in NON_STATE_CODES and not CURRENCY_AFTER.match(self.text, m.end)
                                       and not self._names_region_leaders(m))
        return self._home_named

    def _names_region_leaders(self, mention: CountryMention) -> bool:
        """Whether a demonym names a region's leaders rather than a state ("Central African leaders suspended Gabon"
        is the bloc's, not the Central African Republic's): the state is then not named by it (_bloc_members)."""
        if mention.kind != "demonym":
            return False
        span = self._expanded(mention.start, mention.end)
        return span is not None and len(span) > 0 and self._bloc_members(span[-1].head)

    def _mention_roots(self, ref: Entity | None) -> Iterator[Token]:
        """The head token of each mention of an entity the resolver built (none for no entity)."""
        if ref is None or self._entity_records is None or ref.id not in self._entity_records:
            return
        for mention in self._entity_records[ref.id].mentions:
            span = self._expanded(mention.start, mention.end)
            if span is not None and len(span):
                yield span.root

    def _speaking_from(self, ref: Entity, home: str) -> str | None:
        """The state a person speaks from, when the text says so and it is not the dateline's: "Information Minister
        Garang Deng told Reuters by telephone from Juba" in a story filed from Nairobi is South Sudan's minister, not
        Kenya's. Only a capital or a state's name in a "from" phrase of the person's own speech verb (or of its "by
        telephone" phrase) counts; a place one comes from ("arrived from Cairo") is no speech."""
        for token in self._mention_roots(ref):
            if token.dep_ != "nsubj" or token.head.lemma_.lower() not in SPEECH_VERBS:
                continue
            verb = token.head
            holders = [verb, *(o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("by", "over")
                               for o in children_of(c) if o.dep_ == "pobj")]
            for holder in holders:
                for preposition in children_of(holder):
                    if preposition.dep_ != "prep" or preposition.lower_ != "from":
                        continue
                    for place in children_of(preposition):
                        mention = self._phrase_country(place) if place.dep_ == "pobj" else None
                        if mention is not None and mention.kind in ("capital", "name") and mention.code != home and mention.code not in NON_STATE_CODES:
                            return mention.code
        return None

    def _visitor(self, ref: Entity | None, home: str) -> bool:
        """Whether the text shows a person to be visiting the country a story is filed from, so that
        their office is not that country's: "Prime Minister Narendra Modi began a state visit",
        "arrived in Canberra", "held talks with his Australian counterpart"."""
        for token in self._mention_roots(ref):
            if token.dep_ == "poss" and token.head.lemma_.lower() == "counterpart":
                other = self._phrase_country(token.head)
                if other is not None and other.code == home:
                    return True  # the counterpart is the host's
            if token.dep_ in ("nsubj", "nsubjpass"):
                verb = token.head
                if verb.lemma_.lower() == "visit" or (verb.lemma_.lower() in TRAVEL_VERBS and self._destination(verb)):
                    return True  # "arrived in Canberra", "flew to Maputo"; not "came second with 34.8%"
                if any(c.dep_ in OBJECTS and c.lemma_.lower() == "visit" for c in children_of(verb)):
                    return True  # "began a two-day state visit", "paid a visit"
        return False

    def _visited_home(self, noun: Token, visitor: Token) -> CountryMention | None:
        """Where a visit that names no destination goes: the state the story is filed from, when the
        visitor is another state's ("HANOI — … during a state visit by the South Korean president")."""
        home = self._home_at(noun.idx)
        own = self._party(visitor).country
        if home is None or home.code in NON_STATE_CODES or own is None or own == home.code:
            return None
        return home

    def _given_hours_to_leave(self, children: list[Token]) -> bool:
        """Whether "give" grants an envoy a span of time to leave: "gave the French ambassador 72 hours to leave the
        country", "gave two Dutch diplomats 48 hours to leave". The envoy is the verb's dative or object, the span a
        time word with a number, and "to leave" hangs on the verb or on the span; "gave the ambassador a letter" is
        no expulsion."""
        envoy = next((c for c in children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() in ENVOY_NOUNS), None)
        if envoy is None:
            return False
        # the parser can make the span an apposition of the envoy: "gave Bangladesh's ambassador 48 hours to leave"
        for span in [*children, *(c for c in children_of(envoy) if c.dep_ == "appos")]:
            if span.lemma_.lower() not in ("hour", "day", "week") or not any(c.dep_ == "nummod" for c in children_of(span)):
                continue
            for leave in [*children, *children_of(span)]:
                if leave.lemma_.lower() == "leave" and leave.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(leave)):
                    return True
        return False

    def _deadline_given(self, children: list[Token]) -> Token | None:
        """The party "give" sets a deadline for: "gave the junta one week to restore order", "gave Iran 48 hours to
        release the sailors", "gave Hamas until Sunday to respond". The span is a time word with a number or "a"
        ("a week"), or an "until" phrase; the demand a to-infinitive on the verb or on the span; the party the
        verb's dative, or its object when the span is not. "gave the ambassador a letter to deliver" has no span."""
        spans = [c for c in children if (c.lemma_.lower() in DEADLINE_SPAN_NOUNS and any(d.dep_ == "nummod" or (d.dep_ == "det" and d.lower_ in ("a", "one")) for d in children_of(c)))
                 or (c.dep_ == "prep" and c.lower_ == "until")]
        if not spans:
            return None
        demands = [w for w in [*children, *(d for span in spans for d in children_of(span))]
                   if w.dep_ in ("xcomp", "advcl", "relcl") and w.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(w))]
        if not demands or any(w.lemma_.lower() in DEPARTURE_VERBS for w in demands):
            return None  # "expelled a consular officer, giving him 48 hours to leave": the expulsion's deadline, no ultimatum
        span_ids = {span.i for span in spans}
        return next((c for c in children if c.dep_ == "dative"), None) or next((c for c in children if c.dep_ == "dobj" and c.i not in span_ids), None)

    def _arbiter(self, verb: Token) -> Token | None:
        """The court or trade body a dispute is taken to by the "to" phrase of the verb or its object: "to the World Trade
        Organization", "to the WTO", "to the International Court of Justice", "to an arbitration court". Any other
        place ("took the matter to the streets", "to parliament") is none."""
        disputed = self._object(verb)  # the parser can hang the "to" phrase on the dispute
        for prep in [*children_of(verb), *(children_of(disputed) if disputed is not None else ())]:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for place in children_of(prep):
                if place.dep_ != "pobj":
                    continue
                words = {w.lower_ for w in self._tokens[self._phrase_bounds(place)[0] : place.i + 1]}
                if place.lower_ == "court" and self._phrase_bounds(place)[0] == place.i:
                    return None  # "take the case to court": a lawsuit, coded by its own "take to court" row
                if place.lemma_.lower() in COURT_NOUNS or self._trade_arbiter(place) or "arbitration" in words:
                    return place
        return None

    def _meeting_host_before(self, verb: Token, party: Token) -> Token | None:
        """The host of the meeting that a bare "would attend" goes to, from the nearest meeting noun in its sentence
        or the one before: "Vietnam offered to host a technical meeting in Can Tho next month. Thailand said Bangkok
        would attend" → Vietnam, the state that hosts it; failing a host, the foreign capital the meeting is in.
        The attending party's own state is no host of its own."""
        own = self._party(party).country
        if own is None or own in NON_STATE_CODES:
            return None
        for _, token in self._tokens_before(verb.i, 2):
            if token.pos_ != "NOUN" or token.lemma_.lower() not in ATTENDED_MEETINGS:
                continue
            if token.dep_ == "dobj" and token.head.lemma_.lower() in HOSTING_VERBS:
                host = self._subject(token.head)[0]
                mention = self._phrase_country(host) if host is not None else None
                if mention is not None and mention.code != own and mention.code not in NON_STATE_CODES:
                    return host
            for prep in children_of(token):
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for place in children_of(prep):
                        mention = self._token_country(place) if place.dep_ == "pobj" else None
                        if mention is not None and mention.kind == "capital" and mention.code != own and mention.code not in NON_STATE_CODES:
                            return place
            return None  # only the nearest meeting
        return None

    def _ordered_forward(self, children: list[Token]) -> bool:
        """Whether an order's infinitive moves its forces toward a place: "to move closer to the boundary",
        "to advance towards the border", "to deploy to the north". Only the infinitive's own particles and
        place phrases are read; "ordered troops to move back" or "to withdraw" is no advance."""
        for move in children:
            if move.dep_ != "xcomp" or move.lemma_.lower() not in FORWARD_MOVES:
                continue
            for word in children_of(move):
                if word.dep_ == "advmod" and word.lower_ in ("closer", "nearer", "forward"):
                    return True
                if word.dep_ == "prep" and word.lower_ in ("to", "toward", "towards", "into"):
                    return True
        return False

    def _talks_venue(self, candidate: _Candidate, party: Token) -> Token | None:
        """The capital talks with no named partner were held in, when it is another state's than the
        party's ("Nepal's foreign minister ended two days of talks in New Delhi"): a minister who goes
        to talk in a foreign capital talks with its government. Only the talk noun, its count head and
        its verb are looked at, and only their own "in" phrase; a city that is no capital says nothing."""
        talk = candidate.noun if candidate.noun is not None else candidate.token
        attended = not candidate.nominal and self._verb_lemma(candidate.token) == "attend"
        if attended:
            # "The Gambia attended the summit in Abuja", "said it would attend a regional summit in Honiara": a state
            # that goes to a meeting in a foreign capital meets its host, as talks held there do
            meeting = self._object(candidate.token)
            if meeting is None:
                return self._meeting_host_before(candidate.token, party)
            talk = meeting
            if talk.lemma_.lower() not in ATTENDED_MEETINGS:
                return None
        elif talk.lemma_.lower() not in VENUE_TALK_NOUNS:
            return None
        if not candidate.nominal and not attended and self._verb_lemma(candidate.token) not in TALK_HOLDING_VERBS:
            return None  # "would host a follow-up meeting in Nairobi": the host's guests are not the city's government
        own = self._party(party).country
        if own is None or own in NON_STATE_CODES:
            return None  # "the East African Community summit in Bujumbura": a bloc meets where its members take turns
        heads = {candidate.token.i: candidate.token, talk.i: talk}
        counted = talk.head if talk.head.dep_ == "prep" and talk.head.lower_ == "of" else None
        if counted is not None:
            heads[counted.head.i] = counted.head  # "two days of talks in Baku": the count head takes the place
        for head in heads.values():
            for prep in children_of(head):
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for place in children_of(prep):
                    mention = self._token_country(place) if place.dep_ == "pobj" else None
                    if mention is not None and mention.kind == "capital" and mention.code != own and mention.code not in NON_STATE_CODES:
                        return place
        return None

    def _destination(self, verb: Token) -> bool:
        """Whether a verb of travel says where to: "flew to Maputo", "arrived in Canberra", "came here"."""
        for child in children_of(verb):
            if child.dep_ == "advmod" and child.lower_ in ("here", "there"):
                return True
            if child.dep_ == "prep" and (child.lower_ in ("to", "into") or (child.lower_ in ("in", "at") and any(
                    o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in children_of(child)))):
                return True
        return False

    def _holds_office(self, start: int, end: int, ref: Entity | None) -> bool:
        """Whether a party is a national office or institution ("the police chief", "Interior Minister
        X", "the government"), in its phrase or in another mention of the same entity."""
        if any(_noun_class(token, "office") for token in self.doc[start:end]):
            return True
        if ref is None or self._entity_records is None or ref.id not in self._entity_records:
            return False
        return any("office" in LEXICON.noun_class(word.lower()) for mention in self._entity_records[ref.id].mentions for word in mention.text.split())

    def _place_country(self, head: Token):
        """The country of a place from where the text puts it: "a power station in Lviv"."""
        for child in children_of(head):
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "outside"):
                for obj in children_of(child):
                    if obj.dep_ == "pobj":
                        found = self._phrase_country(obj)
                        if found is not None:
                            return found
        return None

    def _resolved_pronoun(self, token: Token, verb: Token) -> Token:
        """An unresolved pronoun subject inside a reporting clause stands for the reporter ("Nigeria
        announced that it will withdraw")."""
        if token.pos_ != "PRON" or token.lower_ not in PRONOUN_ACTORS:
            return token  # "another", "one" are not the reporter
        if token.lower_ == "it" and verb.dep_ == "conj":
            # "The president's office insisted that the vote was fair, and it urged the opposition…": the "it" of a
            # second clause joined to the first is that clause's subject, when that is one body or state
            first, _ = self._subject(verb.head)
            if first is not None and self._officeholders_office(first):
                # the office is a place in the lexicon; its holder, when named, is the party it speaks for
                return next((c for c in children_of(first) if c.dep_ == "poss"), first)
            if (first is not None and first.pos_ in ("NOUN", "PROPN") and first.tag_ in ("NN", "NNP")
                    and self._actor_like(first) and not _person_noun(first) and first.ent_type_ != "PERSON"):
                return first
        # "Zambia has revoked its licence, and the company said it had filed for arbitration": the "it" of
        # what an organisation says is the organisation, whatever else the resolver saw before it
        if token.i in self._entity_index() and not (token.lower_ == "it" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS):
            return token
        current = verb
        for _ in range(MAX_HOPS):
            if current.dep_ in ("advcl", "relcl", "acl", "pcomp"):
                return token  # "…, police said, when they blew themselves up": the pronoun is someone in the report
            if current.dep_ in ("ccomp", "xcomp", "parataxis") and current.head.lemma_.lower() in REPORTING_VERBS | {"warn", "threaten", "promise", "pledge", "vow", "agree", "deny", "insist"}:
                reporter, _ = self._subject(current.head)
                if reporter is not None and self._own_office(reporter, token):
                    return token  # "She asked that the reporter be freed, her office said": the office speaks for her
                if reporter is not None and reporter.pos_ != "PRON":
                    if token.i in self._entity_index() and not (reporter.tag_ in ("NN", "NNP") and self._actor_like(reporter) and not _person_noun(reporter)
                                                                and reporter.ent_type_ != "PERSON"):
                        return token  # the resolver's choice stands unless the reporter is one organisation or state
                    return reporter
                return token
            if current.head.i == current.i:
                break
            current = current.head
        return token

    def _own_office(self, reporter: Token, pronoun: Token) -> bool:
        """Whether a reporter is the office of the person a pronoun names: "her office" for "she", "his office" for
        "he" ("He rejected the offer, his office said"): the holder acted, the office only tells it."""
        owner = {"she": "her", "he": "his"}.get(pronoun.lower_)
        return owner is not None and reporter.lemma_.lower() == "office" and any(
            c.dep_ == "poss" and c.lower_ == owner for c in children_of(reporter))

    @staticmethod
    def _officeholders_office(token: Token) -> bool:
        """Whether a noun is an office holder's office, a body that speaks: owned by a title or a person ("the
        president's office", "the prime minister's office", "Ruto's office"), named by one ("the office of the prime
        minister") or by its adjective ("the presidential office"); the lexicon's "office" is a place, where things
        happen ("marched to the district office")."""
        if token.lemma_.lower() != "office":
            return False
        for child in children_of(token):
            if child.dep_ == "poss" and (child.ent_type_ == "PERSON" or _noun_class(child, "person")):
                return True
            if child.dep_ == "amod" and child.lower_ in OFFICEHOLDER_ADJECTIVES:
                return True
            if child.dep_ == "prep" and child.lower_ == "of" and any(
                    o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or _noun_class(o, "person")) for o in children_of(child)):
                return True
        return False

    def _conjuncts(self, token: Token, modifiers: bool = False) -> list[Token]:
        """``token`` and the tokens coordinated with it ("Moscow and Minsk"); with ``modifiers``,
        also coordinated country adjectives ("French and Egyptian warships" → French, Egyptian)."""
        shared = self._of_countries(token) or self._two_sides(token) or self._pair_taken_up(token)
        if shared:
            return shared[:MAX_EVENTS_PER_TRIGGER]
        owned = self._name_split_owner(token)
        if owned is not None:
            return [owned]
        found = [token]
        for child in children_of(token):
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                found.extend(self._conjuncts(child))
            elif child.dep_ == "appos" and self._two_states(token, child):
                found.extend(self._conjuncts(child))  # a headline's "Brazil, Argentina agree to..."
            elif modifiers and child.dep_ in ("amod", "compound", "nmod") and child.i < token.i and self._token_country(child) is not None:
                found.extend(c for c in children_of(child) if c.dep_ == "conj" and self._token_country(c) is not None)
        if modifiers and token.dep_ in SUBJECTS:
            # a headline's comma for "and", which the parser hangs on the verb: "Brazil, Argentina agree to..."
            found[:0] = [c for c in children_of(token.head) if c.dep_ in ("npadvmod", "appos") and c.i < token.i and self._two_states(c, token)]
        return found[:MAX_EVENTS_PER_TRIGGER]

    def _further_agents(self, agent: Token) -> list[Token]:
        """The agents of a passive named in further "by" phrases after the first one's: "The deal was condemned by the
        Arab League and by Egypt", "was condemned by the African Union, whose mission …, and by the United States
        embassy". Each condemns; the parser joins the second "by" to the first or hangs it on the verb as a second
        agent, and the target finder would otherwise take it as whom the act is aimed at."""
        by = agent.head
        if by.lower_ != "by" or by.dep_ != "agent" or agent.dep_ != "pobj":
            return []
        further = [c for c in children_of(by) if c.dep_ == "conj" and c.lower_ == "by"]
        further += [c for c in children_of(by.head) if c.dep_ == "agent" and c.lower_ == "by" and c.i > by.i]
        return [t for phrase in further for o in children_of(phrase) if o.dep_ == "pobj" for t in self._conjuncts(o)]

    def _one_side_arms(self, actors: list[Token]) -> list[Token]:
        """The actors without the arms coordinated under the first one's nationality: in "Russian warships and
        aircraft held exercises" the aircraft are Russian too, one side and no partner of the warships. Only a weapon
        joined straight to a first force or weapon that has a country, and with no country of its own; "Russian
        warships and Chinese aircraft" stay two sides, and so do "Kenyan police and protesters"."""
        if len(actors) < 2:
            return actors
        first = actors[0]
        if not (self._weapon_like(first) or self._semantic_head(first).lemma_.lower() in ORDERED_FORCES) or self._phrase_country(first) is None:
            return actors
        return [first] + [a for a in actors[1:] if not (
            a.dep_ == "conj" and a.head.i == first.i and self._weapon_like(a) and self._phrase_country(a) is None)]

    def _bloc_members(self, noun: Token) -> bool:
        """Whether a plural title names a region's leaders or ministers, who meet as its bloc: "West African
        leaders threatened sanctions on Guinea" (ECOWAS), "Southeast Asian foreign ministers urged Myanmar"
        (ASEAN), "Arab foreign ministers", "East African heads of state". No single state is named, and the
        dateline's is not theirs."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in BLOC_MEMBERS:
            return False
        if noun.lemma_.lower() == "head" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
            return False  # "heads of state", not "the heads of two agencies"
        for modifier in children_of(noun):
            if modifier.dep_ not in ("amod", "compound") or modifier.i > noun.i:
                continue
            words = [w.lower_ for w in children_of(modifier) if w.dep_ in ("amod", "compound") and w.i < modifier.i] + [modifier.lower_]
            if " ".join(words) in BLOC_REGIONS:
                return True
        return False

    def _likewise_subjects(self, verb: Token) -> list[Token]:
        """The parties a comparative clause says did the same ("The EU welcomed the accord, as did Russia",
        "…, as have Japan and South Korea"): more actors of the verb's act, not what it is aimed at (rule 57).
        Only "as" + a bare "do"/"have" whose own subject is named: "as it did last year" names no new party."""
        found = []
        for clause in children_of(verb):
            if (clause.dep_ == "advcl" and clause.lemma_.lower() in ("do", "have") and clause.i > verb.i
                    and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(clause))
                    and not any(c.dep_ in OBJECTS + ("xcomp", "ccomp") for c in children_of(clause))):
                subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
                if subject is not None:
                    found.extend(self._conjuncts(subject))
        return found

    def _fighting_partners(self, candidate: _Candidate, actors: list[Token]) -> list[Token]:
        """Another state's forces an attack is carried out with, where the attack is aimed past them: "the RAF carried out
        air strikes with U.S. forces on the Houthi rebels" (the U.S. strikes too). A bare "with" names the other side of a
        fight ("clashed with Russian forces"), so only for a one-sided attack whose "on"/"against" phrase, on the partner
        or on the attack, names what is attacked."""
        heads = [t for t in (candidate.token, candidate.noun) if t is not None]
        particles = {p.i for p in candidate.particles}  # "collided with a Chinese trawler": the trigger's own "with"
        withs = [p for head in heads for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "with" and p.i not in particles]
        if not withs or any(t.lemma_.lower() in TWO_SIDED_VERBS | TWO_SIDED_NOUNS for t in heads):
            return []
        own = {m.code for m in map(self._phrase_country, actors) if m is not None}
        # what the attack's own "on"/"against" names: a party or a place ("on Friday" is a day)
        aimed_on_attack = any(p.dep_ == "prep" and p.lower_ in AIMING_PREPOSITIONS and any(self._actor_like(o) or self._place_like(o) for o in self._prep_objects(p))
                              for head in heads for p in children_of(head))
        found = []
        for preposition in withs:
            for partner in self._prep_objects(preposition):
                mention = self._phrase_country(partner)
                if (mention is not None and mention.code not in own and self._actor_like(partner)
                        and (aimed_on_attack or self._aimed_past_partner(partner, "with", ("on", "against", "with"), set()) is not None)):
                    found.append(partner)
        return found

    def _name_split_owner(self, token: Token) -> Token | None:
        """"Trinidad and Tobago's prime minister": the parser coordinates the name's first word with the title its
        last word owns; the title is the one party (None when the coordination is no such split name)."""
        mention = self._token_country(token)
        if mention is None or mention.kind != "name" or mention.start != token.idx:
            return None
        for conjunct in (c for c in children_of(token) if c.dep_ == "conj"):
            if any(p.dep_ == "poss" and p.idx < mention.end <= p.idx + len(p.text) + 1 for p in children_of(conjunct)):
                return conjunct
        return None

    def _two_states(self, first: Token, second: Token) -> bool:
        """Whether two words name two different states by their names or capitals (never a state and
        a title: "Lavrov, Russia's foreign minister")."""
        codes = []
        for token in (first, second):
            mention = self._token_country(token) if token.pos_ == "PROPN" else None
            if mention is None or mention.kind not in ("name", "capital") or mention.code in NON_STATE_CODES:
                return False
            codes.append(mention.code)
        return codes[0] != codes[1]

    def _state_chains(self) -> list[tuple[int, list[Token]]]:
        """Every run of states named together in the document ("Kenya and Ethiopia", "Pakistani and Afghan forces"), as
        (first token, its states), built once; not places on a route ("its flights to Dakar and Niamey")."""
        if self._state_pairs is None:
            self._state_pairs = []
            for first in self.doc:
                if first.dep_ == "pobj" and first.head.lower_ in ROUTE_PREPOSITIONS:
                    continue  # "forcing its flights to Dakar and Niamey onto longer routes": places on a route, not two parties
                if first.pos_ in ("PROPN", "ADJ") and first.dep_ != "conj" and (own := self._token_country(first)) is not None:
                    chain = [c for c in subtree_of(first) if c.dep_ == "conj" and c.head.i in {first.i} | {o.i for o in subtree_of(first) if o.dep_ == "conj"}]
                    others = [c for c in chain if (code := self._token_country(c)) is not None and code.code != own.code]
                    if others:
                        self._state_pairs.append((first.i, [first, *others]))
        return self._state_pairs

    def _two_sides(self, token: Token) -> list[Token]:
        """The parties "both sides" or "the two sides" (countries, governments, parties, neighbours)
        stand for: the last pair of coordinated states before it ("Kenya and Ethiopia signed... The
        two sides also agreed" → Kenya, Ethiopia; "Pakistani and Afghan forces"); empty when the text
        has named none. An object "them" the resolver left alone stands for a pair named in its
        sentence or the two before ("Kyrgyz and Tajik guards exchanged fire... Russia urged them to
        return to negotiations")."""
        earliest = -1
        # "the heads of the two border services", "Negotiators from both sides" (not people: "gold miners from both sides")
        origins = ("of",) if _noun_class(token, "people") else ("of", "from")
        of_noun = next((o for p in children_of(token) if p.dep_ == "prep" and p.lower_ in origins for o in children_of(p) if o.dep_ == "pobj"), None)
        if _pair_pronoun(token) and token.i not in self._entity_index():
            if token.lower_ == "them" and self._crowd_before(token):
                return []  # "Protesters attacked the embassies of France and Belgium. Police fired tear gas to disperse them."
            earliest = self._window_start(token, 2)
            if self._state_pairs is None and not any(t.dep_ == "conj" for t in self.doc[earliest:token.i]) and not self._coded_pairs:
                return []  # nothing coordinated nearby: no pair to stand for (and no need to list the text's pairs)
        elif of_noun is not None and _paired(of_noun) and (token.lemma_.lower() not in PAIR_NOUNS or (
                not _paired(token) and of_noun.lemma_.lower() in GOVERNMENT_PAIR_NOUNS | {"neighbour", "neighbor"})):
            # "the heads of the two border services", and of two states an office that is itself a pair noun: "The
            # foreign ministers of the two countries signed…" (not "Members of two small opposition parties")
            token = of_noun
        elif (token.head.lower_ == "between" or token.lemma_.lower() in PAIR_NOUNS) and (owner := next((c for c in children_of(token) if c.dep_ == "poss" and _paired(c) and c.lemma_.lower() in PAIR_NOUNS), None)) is not None:
            token = owner  # "talks between the two countries' deputy foreign ministers", "after hosting the two countries' leaders"
        elif token.lemma_.lower() not in PAIR_NOUNS or not (_paired(token) or _each_of_pair(token)):
            return []
        if token.lemma_.lower() in PERSON_PAIR_NOUNS and token.dep_ != "nsubj":
            return []  # "Both men signed a joint statement" are the two states' envoys; "the two men were arrested" no states
        if any(c.lower_ == "warring" for c in children_of(token)):
            return []  # "both warring parties" are the two sides of a war, not the last two states named
        before = [states for i, states in self._state_chains() if earliest <= i < token.i and len(states) == 2]  # "both" is two
        if token.lemma_.lower() in GOVERNMENT_PAIR_NOUNS:
            # "both governments" are no two countries named as where something happens: "the channel is watched in western
            # Libya, in southern Tunisia and by Libyan families living in Egypt and Italy" (the pair that dealt is below)
            before = [states for states in before if not (states[0].dep_ == "pobj" and states[0].head.lower_ == "in")]
        clause = self._clause_verb(token).i
        before = [states for states in before if self._clause_verb(states[0]).i == clause or not self._acted_together(states)]
        if (before and token.lemma_.lower() in GOVERNMENT_PAIR_NOUNS and before[-1][0].dep_ in SUBJECTS
                and self._clause_verb(before[-1][0]).i == clause):
            # not the two who speak to them: "The United States and the European Union called on both governments to
            # investigate" are the two that dealt with each other before, not another pair merely named together
            # ("both sides" may be a state's own two sides, left as they were)
            before = []
        if len(before) > 1 and before[-1][0].head.lower_ in ("by", "with") and before[-1][0].head.dep_ in ("agent", "prep"):
            # the pair that dealt with each other, not states named together after it as the authors of a text
            # ("demanded that Chad and Niger pull back… The resolution, drafted by France and Kenya… talks between
            # the two defence ministers" → TCD, NER) or as a third party's partners ("Israel and Hamas agreed… Egypt,
            # which helped broker the deal with Qatar and the United States… urged both sides" → ISR, PSE)
            dealt = {frozenset(codes) for i, pair, states in self._coded_pairs if states and i < token.i
                     and len(codes := {c.code for t in pair if (c := self._phrase_country(t)) is not None}) == 2}
            facing = [states for states in before if frozenset(self._token_country(s).code for s in states) in dealt]
            if facing:
                return facing[-1]
        if before:
            return before[-1]
        # no pair named together: the two states of the last event between two states ("Egypt
        # accused Ethiopia... Ethiopia denied it... Sudan urged both countries to return to talks")
        recent = [(pair, states) for i, pair, states in self._coded_pairs if earliest <= i < token.i]
        dealings = [pair for pair, states in recent if states]  # every dealing counts towards the story's pair
        if token.lemma_.lower() in GOVERNMENT_PAIR_NOUNS:
            # "the two governments" are two states or their organs, not the last pair that dealt with each
            # other ("relatives of the fishermen demonstrated outside the Mauritanian consulate")
            recent = [(pair, states) for pair, states in recent if all(map(self._state_level, pair))] or recent
        pairs = [pair for pair, states in recent if states]
        if not pairs and token.lemma_.lower() in SIDE_NOUNS:
            # "both sides" may be a bloc and a state when no two states have dealt: the EU and China
            pairs = [pair for pair, _ in recent]
        if not pairs:
            return []
        # the story's pair, the one that has dealt most often, before a third state drawn in last ("Sri Lanka
        # suspended… Oman warned its agencies would turn to Nepal… The ILO urged both governments" → LKA, OMN)
        return self._story_pair(pairs, dealings)

    def _acted_together(self, states: list[Token]) -> bool:
        """Whether states named together were the joint subject of a one-sided act (backing, rebuking, urging) with no
        "each other": allies, not the two sides of a dispute ("Burkina Faso and Niger… backed the decision. ECOWAS urged
        both governments…" are Mali and Côte d'Ivoire; "Kenya and Ethiopia signed…" are still the pair)."""
        if states[0].dep_ not in SUBJECTS:
            return False
        verb = self._clause_verb(states[0])
        candidate = self._candidate_at.get(verb.i)
        return candidate is not None and candidate.type in JOINT_STAND_TYPES and not self._each_other(verb)

    def _story_pair(self, pairs: list[tuple[Token, Token]], dealings: list[tuple[Token, Token]] | None = None) -> list[Token]:
        """Of the pairs of states that dealt with each other (in text order), the story's: the pair of countries
        that dealt most often, the one the story opened with counting once more ("Sri Lanka suspended… (lead) …
        Oman warned it would turn to Nepal… The ILO urged both governments" → LKA, OMN), the latest on a tie."""
        def codes_of(pair: tuple[Token, Token]) -> frozenset[str]:
            return frozenset(c.code for t in pair if (c := self._phrase_country(t)) is not None)

        codes = [codes_of(pair) for pair in pairs]
        # counted over all the story's dealings when given ("Malabo rejected the demand" and the lead's suspension of
        # Gabonese pensions by an institute both count for GNQ–GAB, before a mediator's offer to host them in Kribi)
        counted = [codes_of(pair) for pair in dealings] if dealings else codes
        lead = counted[0] if counted else None

        def weight(found: frozenset[str]) -> int:
            return counted.count(found) + (found == lead) if len(found) == 2 else 0

        chosen = max(range(len(pairs)), key=lambda n: (weight(codes[n]), n))
        if dealings:
            # the pair that dealt most, told by others than governments, outweighs a pair of governments that dealt once
            best = max(range(len(dealings)), key=lambda n: (weight(counted[n]), n))
            if weight(counted[best]) > weight(codes[chosen]) + 1:
                return list(dealings[best])
        return list(pairs[chosen])

    def _state_level(self, token: Token) -> bool:
        """Whether a party's head names a state (its name or capital), one of its national offices or its
        diplomats ("Algeria's ambassador", "the Senegalese embassy") or a counterpart of one in a named state."""
        mention = self._token_country(token) if token.pos_ in ("PROPN", "ADJ") else None
        if (mention is not None and mention.kind in ("name", "capital")) or token.lemma_.lower() in DIPLOMATIC_NOUNS:
            return True
        if token.lemma_.lower() == "counterpart" and self._phrase_country(token) is not None:
            return True  # "called her Vietnamese counterpart": a minister's counterpart holds the same office in that state
        start, end = self._phrase_bounds(token)
        return self._holds_office(start, end, None)

    def _outside_government(self, token: Token) -> bool:
        """Whether a party is no organ of a state's executive: not a state, capital, office or diplomat,
        or one in opposition or a legislature ("a Thai opposition lawmaker")."""
        start, end = self._phrase_bounds(token)
        return not self._state_level(self._semantic_head(token)) or any(t.lower_ in LEGISLATIVE_WORDS for t in self.doc[start:end])

    def _bare_government(self, token: Token) -> bool:
        """Whether a party is "the government" (regime, administration, junta) with nothing that says whose."""
        head = self._semantic_head(token)
        return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in _GOVERNING
                and [c.lower_ for c in children_of(head) if c.dep_ in ("det", "poss", "amod", "compound", "prep", "nmod")] == ["the"])

    def _domestic_sides(self, token: Token) -> str | None:
        """The one state whose two sides "both sides" are when they are no pair of states: the last
        pair of parties coordinated before it (within REACTION_WINDOW sentences) that places its
        parties in a single state ("Sudan's army and the paramilitary Rapid Support Forces agreed...
        Egypt pressed both sides" → SDN); failing that, the place the story is filed ("TBILISI...
        The European Union called on both sides" → GEO). None for any other pair noun, or when the
        last coordinated pair is of two states."""
        if token.lemma_.lower() not in SIDE_NOUNS or not _paired(token):
            return None
        pair = self._last_party_pair(token)
        if pair is not None:
            codes = {self._party(t).country for t in pair} - {None}
            if len(codes) > 1 or codes & NON_STATE_CODES:
                return None  # two states, or a body: not one state's sides
            if codes:
                return codes.pop()
        home = self._home_at(token.idx)
        return home.code if home is not None and home.code not in NON_STATE_CODES else None

    def _last_party_pair(self, token: Token) -> tuple[Token, Token] | None:
        """The last two parties coordinated before ``token`` (within REACTION_WINDOW sentences) that a
        country places, as (first, second): "Sudan's army and the paramilitary Rapid Support Forces"."""
        first = self._window_start(token, REACTION_WINDOW - 1)
        for other in reversed(self.doc[first:token.i]):
            if other.dep_ != "conj" or other.pos_ not in ("NOUN", "PROPN") or other.head.pos_ not in ("NOUN", "PROPN"):
                continue
            if not (self._actor_like(other) and self._actor_like(other.head)):
                continue
            if any(self._party(t).country is not None for t in (other.head, other)):
                return other.head, other
        return None

    def _note_state_pair(self, candidate: _Candidate, drafts: list[dict]) -> None:
        """Remember the first event between two states of a trigger, for "both countries" later."""
        if candidate.trigger is _LEGAL_CHALLENGE:
            return  # "would take the matter to the WTO": the arbiter it names first is no side of the dispute
        for draft in drafts:
            actor, target = draft["actor"], draft["target"]
            codes = (actor.country, target.country) if actor is not None and target is not None else (None, None)
            if None in codes or codes[0] == codes[1] or set(codes) & (NON_STATE_CODES - {"IGO"}):
                continue
            if draft["type"] == "THREATEN" and self._court_venue(target):
                continue  # "threatened to take the dispute to arbitration in Stockholm": Sweden only seats it
            if any(party.start is not None and party.start < self._dateline_end for party in (actor, target)):
                continue  # a party the dateline stands for ("a state visit" to the story's city) is no pair to take up
            spans = [self._party_span(party) for party in (actor, target)]
            start, end = self._sentences[self._sentence_of[candidate.token.i]]
            if any(span is not None and not start <= span.root.i < end for span in spans):
                continue  # "Russia urged both sides to show restraint": a pair taken up from before is no new dealing
            if all(span is not None for span in spans):
                # "opened fire on their positions": the pair is the two states, by a name each if the text has one
                roots = tuple(self._named_state_token(span.root, code) for span, code in zip(spans, codes))
                self._coded_pairs.append((candidate.token.i, roots, not set(codes) & NON_STATE_CODES))
                return

    def _named_state_token(self, party: Token, code: str) -> Token:
        """A party's own head when its phrase names its state ("Morocco's foreign ministry", "Azerbaijani forces") or it
        is an office, else the nearest name or capital of its state before it, so that "both countries" later stands
        for states and not for "their positions"."""
        if code in NON_STATE_CODES or self._phrase_country(party) is not None or self._state_level(party):
            return party
        for _, token in self._tokens_before(party.i, 3):
            mention = self._token_country(token) if token.pos_ == "PROPN" else None
            if mention is not None and mention.code == code and mention.kind in ("name", "capital"):
                return token
        return party

    def _each_other(self, verb: Token) -> bool:
        """Whether a verb's object is "each other" or "one another", or what it acts on is "each other's" (also in
        the verb's to-infinitive: "pledged to cut tariffs on each other's farm produce"): its actors are each
        other's targets."""
        def reciprocal(word: Token) -> bool:
            return ((word.lower_ == "other" and any(c.lower_ == "each" for c in children_of(word)))
                    or (word.lower_ == "one" and any(c.lower_ == "another" for c in children_of(word))))

        for head in [verb] + [c for c in children_of(verb) if c.dep_ == "xcomp"]:
            acted_on = [c for c in children_of(head) if c.dep_ in OBJECTS]
            if any(reciprocal(child) for child in acted_on):
                return True
            if any(self._shared_border(child) for child in acted_on) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(head)):
                return True  # "Colombia and Venezuela reopened their main border crossing": each other's side
            # the parser hangs the phrase on the verb or on its object ("cut tariffs on each other's produce")
            acted_on += [o for h in (head, *acted_on) for c in children_of(h) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
            if any(c.dep_ == "poss" and reciprocal(c) for thing in acted_on for c in children_of(thing)):
                return True
        # "Each side accused the other of firing first": the pair "each side" stands for are each other's targets
        return any(_each_of_pair(c) for c in children_of(verb) if c.dep_ in SUBJECTS)

    def _shared_border(self, thing: Token) -> bool:
        """Whether an object is the border two coordinated subjects share: "their border", "their main border crossing"
        (owned by "their", with no "with" phrase naming a state beyond it)."""
        if thing.lemma_.lower() not in BORDER_NOUNS or any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(thing)):
            return False
        owner = next((c for c in children_of(thing) if c.dep_ == "poss"), None)
        return owner is not None and owner.lower_ == "their"

    def _pair_taken_up(self, token: Token) -> list[Token]:
        """The states a sentence-opening "They" takes up when the sentence before had coordinated states for its main
        subject: "Germany and France promised more air defence systems. They also called on Beijing…", "The foreign
        ministers of Germany and France promised… They also called on Beijing…" → Germany, France, each an actor (as
        the pair was); empty otherwise, or when the resolver linked "They" to a party of another state (rule 53)."""
        if token.lower_ != "they" or token.dep_ != "nsubj":
            return []
        number = self._sentence_of[token.i]
        start, _ = self._sentences[number]
        if number == 0 or any(not t.is_punct and not t.is_space and not t.is_quote for t in self._tokens[start:token.i]):
            return []  # "Officials said they…": a "they" inside the sentence is its own subject's
        before_start, before_end = self._sentences[number - 1]
        root = next((t for t in self._tokens[before_start:before_end] if t.dep_ == "ROOT"), None)
        subject = next((c for c in children_of(root) if c.dep_ == "nsubj"), None) if root is not None else None
        if subject is None:
            return []
        states = self._of_countries(subject) or ([subject, *[c for c in children_of(subject) if c.dep_ == "conj"]]
                                                 if any(c.dep_ == "conj" for c in children_of(subject)) else [])
        codes = [m.code if (m := self._token_country(s)) is not None and m.kind in ("name", "capital") else None for s in states]
        if len(states) < 2 or None in codes or len(set(codes)) != len(codes) or set(codes) & NON_STATE_CODES:
            return []
        linked = self._entity_of(token)
        if linked is not None and (party := self._party(token)).country is not None and party.country not in codes:
            return []
        return states

    def _of_countries(self, token: Token) -> list[Token]:
        """The states of "the ambassadors of Germany, France and Italy", "the leaders of Kenya and
        Ethiopia", "envoys from Armenia and Azerbaijan": a common noun shared by coordinated countries
        in its "of" (or "from") phrase stands for each of them; empty when the phrase is not such a
        coordination. A plural the tagger took for a name at the head of a sentence ("Ministers from Britain, France
        and Holland had withdrawn") is such a common noun too."""
        common = token.pos_ == "NOUN" or (token.tag_ == "NNPS" and not token.ent_type_)
        if not common or any(c.dep_ == "conj" for c in children_of(token)):
            return []
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                obj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
                if obj is None or not any(c.dep_ == "conj" for c in children_of(obj)):
                    return []
                # "from Britain, France, Holland and other countries": the states named, not the others left unnamed;
                # "from Guyana, the United States and Trinidad and Tobago": one state for the two words of one name
                states = [s for s in self._conjuncts(obj) if not (s.pos_ == "NOUN" and s.lemma_.lower() in UNNAMED_STATE_NOUNS)]
                mentions = [self._token_country(s) for s in states]
                if any(m is None for m in mentions):
                    return []
                first_of_state = {}
                for state, mention in zip(states, mentions):
                    first_of_state.setdefault(mention.code, state)
                return list(first_of_state.values()) if len(first_of_state) > 1 else []
        return []

    def _target_from_prepositions(self, anchors: Iterable[Token], prepositions: Sequence[str], exclude: set[int]) -> Token | None:
        for preposition in prepositions:
            for anchor in anchors:
                if anchor is None:
                    continue
                for child in children_of(anchor):
                    if child.dep_ in ("prep", "dative", "agent") and child.lower_ == preposition:
                        for obj in self._prep_objects(child):
                            if obj.lower_ == "home" and not any(True for _ in children_of(obj)):
                                continue  # "At home, the lighthouse was criticised…": where, not whom
                            obj = self._aimed_past_partner(obj, preposition, prepositions, exclude) or obj
                            partner = self._joint_partner(obj, exclude)
                            if partner is not None:
                                return partner  # "the meeting of its joint commission with Namibia": the partner, not whose body it is
                            owner = self._owner(obj)  # "support for Jordan's position": Jordan
                            if owner is not None and owner.i not in exclude:
                                return owner
                            if obj.i not in exclude and (self._actor_like(obj) or self._place_like(obj)):
                                return obj
                            possessor = self._possessor(obj)  # "fired warning shots across the bow of a Malaysian patrol vessel"
                            if possessor is not None and possessor.i not in exclude:
                                return possessor
                            destination = self._remitted_to(obj)
                            if destination is not None and destination.i not in exclude:
                                return destination
        return None

    def _aimed_past_partner(self, partner: Token, preposition: str, prepositions: Sequence[str], exclude: set[int]) -> Token | None:
        """Whom an act done with a partner is aimed at, where the parser hung the "on" or "against" phrase on the
        partner: "carried out air strikes with U.S. forces on the Houthi rebels" (the rebels, not the partner), when the
        event's type prefers that preposition to "with" (`TARGET_PREPOSITIONS`: an attack or a sanction, not talks)."""
        if preposition != "with":
            return None
        preferred = set(prepositions[:prepositions.index("with")]) & AIMING_PREPOSITIONS
        return next((o for p in children_of(partner) if p.dep_ == "prep" and p.lower_ in preferred for o in self._prep_objects(p)
                     if o.i not in exclude and (self._actor_like(o) or self._place_like(o))), None)

    def _remitted_to(self, money: Token) -> Token | None:
        """Where money said to be sent goes: "imposed a levy of 4 percent on money sent to Haiti", "a charge on every
        money transfer sent from its territory to Haiti". A charge on such money falls on the receiving state's people,
        while the money itself is no party; None for anything but money sent to a party or place."""
        if self._semantic_head(money).lemma_.lower() not in REMITTED_NOUNS:
            return None
        for verb in children_of(money):
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in REMITTING_VERBS:
                for to in children_of(verb):
                    if to.dep_ in ("prep", "dative") and to.lower_ == "to":
                        place = next((o for o in children_of(to) if o.dep_ == "pobj" and (self._actor_like(o) or self._place_like(o))), None)
                        if place is not None:
                            return place
        return None

    def _goods_of_origin(self, candidate: _Candidate) -> Token | None:
        """Goods a trade measure falls on, named by where they are made (_made_in): "slapped tariffs on Chinese-made
        steel", "banned imports of Russian-produced aluminium"; the gazetteer gives such a phrase no country."""
        anchors = [candidate.token, candidate.noun, self._object(candidate.token)]
        for anchor in anchors:
            if anchor is None:
                continue
            for preposition in children_of(anchor):
                if preposition.dep_ == "prep" and preposition.lower_ in ("on", "of", "from"):
                    for goods in children_of(preposition):
                        if goods.dep_ == "pobj" and _made_in(goods) is not None:
                            return goods
        return None

    def _prep_objects(self, preposition: Token) -> list[Token]:
        """The objects of a preposition, repairing a parse that reads a reduced relative after it
        as a clause: "granted asylum to [five officers holed up in...]" leaves "to" without an
        object and makes "officers" the subject of "holed"."""
        objects = [c for c in children_of(preposition) if c.dep_ == "pobj"]
        if not objects:  # a two-word preposition: "pulled its troops out of Niger"
            objects = [o for c in children_of(preposition) if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in children_of(c) if o.dep_ == "pobj"]
        if not objects:  # "air strikes on [what it called militant hideouts]": the thing the free relative names
            objects = [named for c in children_of(preposition) if c.dep_ == "pcomp" and (named := self._named_what(c)) is not None]
        if objects or preposition.n_rights or preposition.i + 1 >= len(self.doc):
            return objects
        current = self._tokens[preposition.i + 1]
        for _ in range(MAX_HOPS):
            head = current.head
            if head.i <= preposition.i or head.i == current.i or head.pos_ not in ("NOUN", "PROPN"):
                break
            current = head
        if current.pos_ in ("NOUN", "PROPN") and current.dep_ in ("nsubj", "nsubjpass") and current.head.head.i == preposition.head.i:
            return [current]
        return []

    def _complained_of(self, verb: Token, actor_ids: set[int]) -> Token | None:
        """Whom a complaint taken to an international body is aimed at: "would file a complaint with the U.N. Security
        Council against Israel" (the parser hangs "against" on the body), "… with the Security Council after Israeli
        air strikes killed four people" (who did the act it answers). The body hears the complaint as a court would;
        it stays the target only when neither is named. None when the act addresses no international body."""
        obj = self._object(verb)
        bodies = [o for holder in (verb, obj) if holder is not None for p in children_of(holder)
                  if p.dep_ == "prep" and p.lower_ in ("with", "to") for o in children_of(p)
                  if o.dep_ == "pobj" and (m := self._phrase_country(o)) is not None and m.code == "IGO"]
        if not bodies:
            return None
        for body in bodies:
            for preposition in children_of(body):
                if preposition.dep_ == "prep" and preposition.lower_ == "against":
                    named = next((o for o in children_of(preposition) if o.dep_ == "pobj" and o.i not in actor_ids and self._actor_like(o)), None)
                    if named is not None:
                        return named
        for clause in children_of(verb):
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in children_of(clause)):
                doer, _ = self._subject(clause)  # or the agent of a passive: "after four soldiers were killed by Israeli fire"
                if doer is None or doer.dep_ == "nsubjpass" or doer.i in actor_ids:
                    continue
                if self._phrase_country(doer) is not None:
                    return doer  # "Israeli air strikes": the act stands for its doer's state
                agent = self._agent_of_event_noun(doer)
                if agent is not None and agent.i not in actor_ids:
                    return agent
        return None

    def _agent_of_event_noun(self, noun: Token) -> Token | None:
        """Who did what an event noun names: "the attack by Osgiliath soldiers", "Russia's decision"."""
        lemma = noun.lemma_.lower()
        if lemma not in EVENT_LIKE_NOUNS and lemma not in LEXICON.nouns and lemma not in SPEECH_NOUNS:
            return None  # SPEECH_NOUNS: "turned down the European proposal" is Europe's
        for child in children_of(noun):
            if child.dep_ == "poss" and child.pos_ != "PRON" and self._actor_like(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "by":
                for obj in children_of(child):
                    if obj.dep_ == "pobj" and self._actor_like(obj):
                        return obj
            if child.dep_ == "acl":  # "the plan proposed by Ukraine"
                for agent in children_of(child):
                    if agent.dep_ == "agent":
                        for obj in children_of(agent):
                            if obj.dep_ == "pobj" and self._actor_like(obj):
                                return obj
        for child in children_of(noun):
            if child.dep_ in ("amod", "compound") and self._token_country(child) is not None:
                return child
        if lemma in INTRANSITIVE_EVENT_NOUNS:
            for child in children_of(noun):
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in children_of(child):
                        if obj.dep_ == "pobj" and self._actor_like(obj):
                            return obj
        return None

    def _target(self, candidate: _Candidate, actor_ids: set[int], _depth: int = 0) -> Token | None:
        verb = candidate.token
        type_ = candidate.type
        if candidate.trigger is _CONDEMNING_REPORT or candidate.trigger is _CHARGING_REPORT or candidate.trigger is _PRAISING_REPORT:
            # "Russia said the United States was responsible for the attack", "said the Russian release represented an
            # important step" → RUS
            return self._verdict_party.get(verb.i)
        if candidate.trigger is _REBUTTING_REPORT and self._verdict_party.get(verb.i) is not None:
            return self._verdict_party[verb.i]  # "Moscow said the British allegations were baseless"; else the target steps
        if candidate.trigger is _DEMAND:
            # "Lavrov told the Council that Kyiv must stop shelling": Kyiv is asked, not the Council
            for clause in children_of(verb):
                if clause.dep_ == "ccomp":
                    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subject is not None and subject.i not in actor_ids and self._actor_like(subject):
                        return subject
        if (type_ == "ACCUSE" and not candidate.nominal and verb.dep_ == "relcl" and verb.head.i < verb.i
                and self._verb_lemma(verb) == "call" and self._object(verb) is not None and self._object(verb).i > verb.i):
            # "a plan Ethiopia has called a threat to its security": the verdict the parser made the object names no
            # party; the act's author is (the reaction pass)
            return None
        prepositions = candidate.trigger.targets + TARGET_PREPOSITIONS.get(candidate.trigger.type, ())
        if type_ != candidate.trigger.type:
            prepositions += TARGET_PREPOSITIONS.get(type_, ())
        promised = self._promised_noun(verb) if candidate.trigger.intent and not candidate.nominal else None
        if promised is not None:
            # "pledged aid for Haiti", "pledged $25 million in aid for Haiti": the promised thing's own target
            prepositions += TARGET_PREPOSITIONS.get(LEXICON.nouns[promised.lemma_.lower()][0].type, ())
        if candidate.nominal:
            noun = candidate.token
            facing = _facing_verb(noun)
            if facing is not None and actor_ids:
                # "Russia continues to face sanctions from the West", "Trump, who has come under pressure from Congress"
                subject, passive = self._subject(facing)
                return subject if subject is not None and not passive and subject.i not in actor_ids and self._actor_like(subject) else None
            found = self._target_from_prepositions([noun], prepositions, actor_ids)
            if found is None and not actor_ids and noun.dep_ in SUBJECTS and noun.head.lemma_.lower() in OCCURRENCE_VERBS:
                # the parties of an act told as happening "between" two: "clashes between Indian and
                # Chinese troops erupted", also on the verb: "fighting broke out between Kyrgyz and Tajik guards"
                found = self._target_from_prepositions([noun, noun.head], ("between",), actor_ids)
            travel = self._travel_verb(noun) if found is None and type_ == "CONSULT" else None
            if travel is not None and travel.lemma_.lower() not in GATHERING_VERBS:  # the hosts are where the talks are travelled to
                found = self._target_from_prepositions([travel], ("to", "in", "for", "at"), actor_ids)
            if found is None and (type_ in ("ASSAULT", "COERCE") or actor_ids):
                # the victim or theme of a nominalised act: "the arrest of two journalists", and with
                # its actor named, "the expulsion of four Belarusian diplomats by Lithuania"
                found = self._target_from_prepositions([noun], ("of",), actor_ids)
                if found is not None and not self._actor_like(found):
                    found = None
            if found is None and _possessed_patient(noun):
                # "a warrant for Putin's arrest", "condemned Khashoggi's killing": the possessive undergoes the act
                found = next((c for c in children_of(noun) if c.dep_ == "poss" and c.i not in actor_ids and self._actor_like(c)), None)
            if found is None and type_ == "THREATEN":
                # "a threat to use the Satan-2 missile to strike Britain": whom the threatened act would hit
                found = self._threatened_in_infinitive(noun, actor_ids)
            if found is None and type_ in ("ACCUSE", "SUPPORT") and actor_ids and self._drawn_rebuke(noun):
                # "North Korea fired a missile…, drawing condemnation from Seoul": who did what drew it; "the launch by
                # Pyongyang drew condemnation from Seoul": who made the launch; "Moscow's move earned praise from Beijing"
                drawer = self._drawer(noun.head)
                if drawer is not None and drawer.i not in actor_ids:
                    found = drawer
            if found is None and type_ in ("REQUEST", "ACCUSE", "THREATEN", "AGREE") and noun.dep_ in OBJECTS and noun.head.i in self._candidate_at:
                # a demand, charge, threat or offer reacted to is aimed at who reacts: "Guatemala turned
                # down a U.S. request", "Tehran dismissed the IAEA's demands", "rebuffed Washington's offer"
                reactor, passive = self._subject(noun.head)
                if reactor is not None and not passive and reactor.i not in actor_ids and self._actor_like(reactor):
                    found = reactor
            return found
        children = list(children_of(verb))
        if self._passive(verb):
            subject = self._passive_subject(verb)
            # "two diplomats were expelled", "the ambassador was ordered to leave": the envoys sent away are the target
            sent_away = self._verb_lemma(verb) in EXPULSION_VERBS or (type_ == "SANCTION" and self._verb_lemma(verb) in COMMAND_VERBS | TOLD_OUT_VERBS)
            moving = subject is not None and subject.lemma_.lower() in THEME_NOUNS and type_ in THEME_TYPES and not sent_away
            if subject is not None and subject.i not in actor_ids and not moving and (self._actor_like(subject) or self._place_like(subject)):
                return self._agent_of_event_noun(subject) or subject
        # "protested to Uzbekistan over a UNESCO nomination": a state addressed is the one protested to, whoever
        # the thing complained of involves; only a body addressed ("complained to the UN") passes it on
        addressed_state = any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and (m := self._phrase_country(o)) is not None and m.code not in NON_STATE_CODES and m.kind in ("name", "capital")
            for o in children_of(c)) for c in children_of(verb))
        if type_ in ("ACCUSE", "REJECT") and not addressed_state:
            # "complained to the UN over two Israeli air raids": the one complained of is who raided
            for child in children:
                if child.dep_ == "prep" and child.lower_ in ("over", "about"):
                    for obj in self._prep_objects(child):
                        agent = self._agent_of_event_noun(obj) or self._owner(obj) if obj.lemma_.lower() in LEXICON.nouns else None
                        if agent is not None and agent.i not in actor_ids:
                            return agent
                        if agent is None and obj.i not in actor_ids and self._actor_like(obj) and self._phrase_country(obj) is not None:
                            return obj  # "complained to the UN about Chinese warships": the warships' state
                        maker = self._relative_doer(obj) if agent is None and self._addressed_body(verb) else None
                        if maker is not None and maker.i not in actor_ids:
                            # "complained to the Volta Basin Authority over a dam that Burkina Faso is building": the body
                            # is asked to judge the builder
                            return maker
        if type_ == "ACCUSE" and not addressed_state:
            complained_of = self._complained_of(verb, actor_ids)
            if complained_of is not None:
                return complained_of
        dative = next((c for c in children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if dative is not None and self._actor_like(dative):
            return dative
        if type_ == "CONSULT" and self._verb_lemma(verb) == "call" and not any(c.dep_ == "dobj" for c in children):
            callee = next((c for c in children if c.dep_ == "oprd" and c.i not in actor_ids), None)
            if callee is not None:
                return callee  # "Macron called President Vladimir Putin on Friday", the callee parsed as a name given (_called_up)
        # an event noun of the same type in the verb's adverbial carries its partner: "In a phone call
        # with Modi, the crown prince discussed energy cooperation"
        same_type_nouns = self._adverbial_events(verb, type_, ("in", "during", "at"))
        if type_ == "CONSULT":
            partner = self._target_from_prepositions([verb, *same_type_nouns], ("with",), actor_ids)
            if partner is not None:
                return partner  # who is talked with, before what is talked about: "discussed Gaza with Macron"
        handing = type_ not in ("AID", "COOPERATE") and self._verb_lemma(verb) in ("hand", "transfer")
        if type_ in ("AID", "COOPERATE") or handing:
            # what is handed over is the theme, who receives it the target: "extradited a Russian
            # businessman to the United States"; a person released is handed to a state when one is named
            # ("handed over a Colombian drug lord to the United States"), not to a go-between ("two Kenyan
            # hostages to the Red Cross")
            recipient = self._target_from_prepositions([verb], ("to",), actor_ids)
            if recipient is not None and handing and ((m := self._phrase_country(recipient)) is None or m.code in NON_STATE_CODES):
                recipient = None
            if recipient is not None:
                return recipient
        obj = self._object(verb)
        if (obj is not None and obj.lower_ == "them" and type_ in ("COERCE", "ASSAULT")
                and (crowd := self._crowd_taken_up(obj)) is not None and crowd.i not in actor_ids):
            # "A few hundred of his supporters then marched on the commission's offices. Police dispersed them": the
            # marchers, the nearest plural subject, whatever the resolver linked "them" to (it took the commission)
            return crowd
        if type_ == "COERCE" and self._verb_lemma(verb) in DEPORTING_VERBS and obj is not None and self._phrase_country(obj) is None:
            # "deported 40 Uyghur men to China": people the text gives no state are sent back to the one named
            destination = self._target_from_prepositions([verb], ("to",), actor_ids)
            if destination is not None and (m := self._phrase_country(destination)) is not None and m.code not in NON_STATE_CODES and m.kind in ("name", "capital"):
                return destination
        if obj is not None and any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in CARRYING_VERBS for c in children_of(obj)):
            obj = None  # "rallied outside the embassy, some waving Russian flags": what the crowd carries, read as the object (rule 72)
        if obj is not None and "MOBILIZE" in (type_, candidate.trigger.type) and candidate.trigger.kind != "phrasal" and self._sent_forces(obj):
            destination = self._target_from_prepositions([verb, obj], prepositions, actor_ids)
            if destination is not None and _border_noun(destination):
                own_border = _own_possession(destination)
                destination = self._target_from_prepositions([destination, verb], ("with",), actor_ids)  # "to the border with Ukraine"
                if destination is None and own_border:
                    return None  # "deployed 200 police reservists along its northern border": forces kept at home
            if destination is not None and _own_possession(destination):
                return None  # "deployed riot police to its side of the crossing": forces kept on the actor's own ground
            if destination is not None:
                return destination  # "deployed 1,000 Kenyan police officers to Haiti": where forces go, not whose they are
        moved = concrete = None
        # what a show of force moves is materiel as much as troops: "moved armoured vehicles towards the border"
        moved_noun = self._semantic_head(obj).lemma_.lower() if obj is not None else None  # "tens of thousands of troops"
        theme = obj is not None and (type_ in THEME_TYPES or candidate.trigger.type in THEME_TYPES) and (
            moved_noun in THEME_NOUNS or ("MOBILIZE" in (type_, candidate.trigger.type) and moved_noun in MILITARY_MATERIEL | MOBILIZED_SERVICE_NOUNS))
        if theme and self._verb_lemma(verb) in MEETING_VERBS:
            theme = False  # envoys met or received are the partners: "met the kidnappers' envoys"
        if theme:
            # "expelled inspectors of the IAEA": whose envoys are sent away is who is sanctioned
            origins = ("from", "to", "in", "of") if type_ == "SANCTION" else ("from", "to", "in")
            origin = next((o for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in origins
                           for o in children_of(c) if o.dep_ == "pobj" and (self._actor_like(o) or self._place_like(o))), None)
            if origin is not None:
                return origin  # "recalled its ambassador from Ankara"
            if self._phrase_country(obj) is None:
                moved = obj  # its phrases still tell where to: "massed troops on the Libyan border"
                obj = None  # "massed troops along the border": the troops are not the target
        # "The two sides also discussed North Korea's missile launches": what a meeting is about is no party to it (its
        # phrases still name one: "discussed the war with Erdogan")
        if obj is not None and type_ == "CONSULT" and self._verb_lemma(verb) in BROKERING_VERBS and obj.lemma_.lower() in LEXICON.nouns:
            # "has mediated the release by Russia of ten foreign combatants": the one brought to the act is the partner
            doer = self._agent_of_event_noun(obj)
            if doer is not None and doer.i not in actor_ids:
                return doer
        topic = obj is not None and type_ == "CONSULT" and self._topic_noun(obj)
        if obj is not None and not topic and obj.i not in actor_ids and (candidate.noun is None or candidate.noun.i != obj.i):
            # "ordered the closure of its border with Benin": the pattern's border below the object (_closed_object)
            border = obj if _border_noun(obj) else candidate.noun if candidate.noun is not None and _border_noun(candidate.noun) else None
            if border is not None:
                beyond = self._target_from_prepositions([border, obj, verb], ("with",), actor_ids)
                if beyond is not None:
                    return beyond  # "reinforced its border with Belarus": the state across it, not the actor's own border
            agent = self._agent_of_event_noun(obj) or self._owner(obj)
            if agent is not None:
                return agent
            consignee = self._consignee(obj)
            if consignee is not None and consignee.i not in actor_ids:
                return consignee  # "have held 38 trucks carrying food for the World Food Programme": whose the load is
            seat = self._own_mission_seat(obj, actor_ids)
            if seat is not None:
                return seat
            if type_ in MATERIAL_CONFLICT and self._verb_lemma(verb) in CLOSING_VERBS | BARRING_VERBS and self._place_like(obj) and not self._actor_like(obj):
                # "closed the ports of Sabah to Philippine navy vessels": a place shut to another state's ships or people
                # is shut against that state
                barred = self._target_from_prepositions([verb], ("to",), actor_ids)
                place = self._phrase_country(obj)
                if (barred is not None and (m := self._phrase_country(barred)) is not None and m.code not in NON_STATE_CODES
                        and (place is None or m.code != place.code)):
                    return barred
            if self._actor_like(obj) or (type_ in MATERIAL_CONFLICT and self._place_like(obj)):
                return obj
            # "ordered the closure of its airspace": the closure wraps the closed thing, and is no more hit than it
            wrapper = candidate.noun is not None and candidate.noun.head.head.i == obj.i
            if type_ in ("ASSAULT", "COERCE") and self._concrete_object(obj) and not self._instrument(obj) and not wrapper:
                concrete = obj  # the target unless a preposition names one: "rammed a trawler"
            concrete = self._possessor(obj) or concrete
        elif obj is not None and candidate.noun is not None and candidate.noun.i == obj.i and candidate.trigger.kind != "noun":
            # the pattern's own noun: "accepted demands from the rebels", "blocked Ukraine's accession talks"
            beyond = self._target_from_prepositions([obj, verb], ("with",), actor_ids) if _border_noun(obj) else None
            if beyond is not None:
                return beyond  # "closed its members' borders with Niger": the state across them, not whose borders they are
            owner = self._agent_of_event_noun(obj) or self._owner(obj)
            if owner is not None and owner.i not in actor_ids:
                return owner
            seat = self._own_mission_seat(obj, actor_ids)
            if seat is not None:
                return seat
            if obj.i not in actor_ids and self._phrase_country(obj) is not None and self._actor_like(obj):
                return obj  # "summoned the Ethiopian ambassador", "freed 14 Saudi prisoners": they stand for their state
            if obj.i not in actor_ids and self._verb_lemma(verb) == "summon" and obj.lemma_.lower() in ENVOY_NOUNS:
                # "summoned the ambassador to the Foreign Office in London": the envoy is who is summoned (the envoy
                # named before gives the state, _named_before); the "to" phrase is where, the summoner's own ministry
                return obj
            if type_ in ("ASSAULT", "COERCE") and obj.i not in actor_ids and self._concrete_object(obj) and not self._instrument(obj):
                concrete = obj  # "suspended the French broadcaster", "rammed its escort": what is hit (not "tear gas" fired)
            concrete = concrete or self._possessor(obj)  # "banned imports of Russian steel"
        anchors = [verb, candidate.noun, obj, moved, promised, *candidate.particles, *same_type_nouns]
        for holder in (obj, *candidate.particles):
            if holder is not None:  # "welcomed the resumption of ties with X", "called for sanctions against X"
                # "handed 2 million euros in aid to Chad": a sum's "in" phrase names the help, which goes "to" its receiver
                sum_given = holder is obj and self._semantic_head(holder).lemma_.lower() in CURRENCY_NOUNS | {"million", "billion"}
                for child in children_of(holder):
                    if child.dep_ == "pobj" or (child.dep_ == "prep" and (child.lower_ == "of" or (sum_given and child.lower_ == "in"))):
                        anchors.extend([child] if child.dep_ == "pobj" else [o for o in children_of(child) if o.dep_ == "pobj"])
        borders = [obj, moved] + [o for c in children if c.dep_ == "prep" and c.lower_ in ("along", "near", "on", "to", "at", "across") for o in children_of(c) if o.dep_ == "pobj"]
        for border in borders:
            if border is not None and _border_noun(border):
                found = self._target_from_prepositions([border, verb], ("with",), actor_ids) or self._border_named_before(border, actor_ids)
                if found is not None:
                    return found  # "blocked the border with Ukraine", "closed its border with Belarus"
        # a phrasal's degree noun is the pattern, not a party: "put its forces on a higher state of alert"
        own_noun = {candidate.noun.i} if candidate.trigger.kind == "phrasal" and candidate.noun is not None and candidate.noun.lemma_.lower() in DEGREE_NOUNS else set()
        found = self._target_from_prepositions(anchors, prepositions, actor_ids | own_noun)
        if found is not None or concrete is not None:
            return found or concrete
        if type_ in ("ASSAULT", "COERCE") and obj is not None and self._instrument(obj):
            # "fired tear gas when a group of marchers tried to reach the consulate": the crowd of the moment is hit
            crowd = next((subject for clause in children if clause.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in children_of(clause))
                          for subject in children_of(clause) if subject.dep_ == "nsubj" and self._people_like(subject)), None)
            if crowd is not None:
                return crowd
        named_events = [candidate.noun] if candidate.noun is not None and candidate.noun.i != verb.i else []
        if obj is not None and candidate.noun is None:
            named_events.append(obj)  # "threatens tariffs on Mexican goods": the tariffs' own target
        named_events += [o for p in candidate.particles for o in children_of(p) if o.dep_ == "pobj"]
        # "walked away from talks with Ghana": the parser hangs the target's preposition on the particle
        named_events += [o for p in candidate.particles if p.dep_ == "advmod" for q in children_of(p) if q.dep_ == "prep"
                         for o in children_of(q) if o.dep_ == "pobj"]
        for noun in named_events:
            # the event a pattern's noun or particle names has its own target: "called for sanctions against Nigeria"
            named = LEXICON.nouns.get(noun.lemma_.lower())
            if named:
                found = self._target_from_prepositions([noun], TARGET_PREPOSITIONS.get(named[0].type, ()), actor_ids)
                if found is not None:
                    return found
        if obj is None and _depth == 0:
            # "donated and delivered goods to the school", "condemned and denounced Serbia": coordinated
            # verbs share the arguments the second one carries
            for conj in children:
                if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > verb.i and not any(c.dep_ in SUBJECTS for c in children_of(conj)):
                    shared = _Candidate(conj, candidate.trigger, type=type_)
                    found = self._target(shared, actor_ids, _depth + 1)
                    if found is not None:
                        return found
        first = self._candidate_at.get(verb.head.i) if verb.dep_ == "conj" and _depth == 0 and not self._judges_act(candidate) else None
        if first is not None and first.type == type_ and not any(c.dep_ in SUBJECTS for c in children):
            # "summoned the Chinese ambassador and lodged a diplomatic protest": the protest is lodged
            # with the one summoned, when the second act names no one of its own
            found = self._target(first, actor_ids, _depth + 1)
            if found is not None:
                return found
        if candidate.trigger.governs and _depth == 0:
            # who is asked, promised or warned to act first ("demanded that Beijing stop harassing its
            # ships" → Beijing), then what the governed event acts on
            for child in children:
                if child.dep_ == "ccomp" or (child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(child))):
                    # "called for the BRICS nations to give up the dollar": the parser's "for" clause names who is asked
                    subject, _ = self._subject(child)
                    if subject is not None and subject.pos_ == "PRON" and candidate.type in ("THREATEN", "AGREE"):
                        continue  # "warned that it could call strikes", "promised they would pay": the speaker itself
                    if (subject is not None and candidate.type == "THREATEN" and self._retaliates(child) and self._state_title(subject)
                            and subject.lemma_.lower() not in ("neighbour", "neighbor")):
                        continue  # "warned that the country would respond": the speaker's own state answers, it is not warned
                    if subject is not None and subject.i not in actor_ids and self._actor_like(subject):
                        return subject
            for complement in candidate.complements:
                found = self._target(complement, actor_ids, _depth + 1)
                if found is not None and _own_possession(found) and found.lemma_.lower() in THEME_NOUNS | ARMED_PARTY_NOUNS:
                    continue  # "agreed to pull its border guards back from the monastery": its own forces are no target
                if (found is not None and not complement.nominal and self._verb_lemma(complement.token) in ENVOY_SENDING_VERBS
                        and found.i == getattr(self._object(complement.token), "i", None)):
                    continue  # "offered to send a team of FBI cyber specialists to help with the investigation": who is sent
                if found is not None:
                    return found
            for child in children:
                if child.dep_ == "xcomp":
                    obj = next((c for c in children_of(child) if c.dep_ in OBJECTS), None)
                    if obj is not None and ((obj.lemma_.lower() in THEME_NOUNS and self._phrase_country(obj) is None)
                                            or (_own_possession(obj) and obj.lemma_.lower() in THEME_NOUNS | ARMED_PARTY_NOUNS)):
                        obj = None  # "agreed to put their forces under one command", "agreed to pull its border guards back"
                    if obj is not None and any(c.noun is not None and c.noun.i == obj.i for c in candidate.complements):
                        obj = None  # "agreed to share intelligence": what is shared, named by the pattern
                    if obj is not None and self._verb_lemma(child) in ENVOY_SENDING_VERBS:
                        # "offered to send a former president as an envoy to Gitega": who is sent goes to the target
                        roles = [o for p in children_of(child) if p.dep_ == "prep" and p.lower_ == "as" for o in children_of(p) if o.dep_ == "pobj"]
                        destination = self._target_from_prepositions([child, obj, *roles], ("to",), actor_ids)
                        if destination is not None:
                            return destination
                        obj = None  # "offered to send a team of FBI cyber specialists to help": who is sent is no target
                    if obj is not None and obj.i not in actor_ids and self._actor_like(obj):
                        return obj
                    owner = (self._owner(obj) or self._possessor(obj)) if obj is not None else None
                    if owner is not None and owner.i not in actor_ids and (self._actor_like(owner) or self._phrase_country(owner) is not None):
                        # "refused to recognise the ruling of the International Court of Justice"; not a thing's
                        # owner: "agreed to share the turbines' radar data with Spanish engineers"
                        return owner
                    nested = self._nested_anchors(child)
                    found = self._target_from_prepositions(nested, prepositions, actor_ids)
                    if found is not None:
                        return found
                    if type_ == "AGREE":
                        # "offered to review the assessment for both governments": the pair it is done for
                        found = self._target_from_prepositions(nested, ("for",), actor_ids)
                        if found is not None and _paired(found) and found.lemma_.lower() in PAIR_NOUNS:
                            return found
                        # "offered to send a team to help the two countries mark their sea boundary": whom the offer helps
                        found = self._helped_party(child, actor_ids)
                        if found is not None:
                            return found
        if _depth == 0 and self._passive(verb):
            # failing any other, a count of people named before: "Eleven of them were released on Sunday"
            counted = self._passive_subject(verb)
            if counted is not None and counted.i not in actor_ids and self._counted_people(counted):
                return counted
        return None

    def _addressed_body(self, verb: Token) -> bool:
        """Whether a complaint is taken to a body of states: "complained to the Volta Basin Authority", "lodged a complaint
        with the African Union" (the "to" or "with" phrase on the verb or on its object names an organisation)."""
        obj = self._object(verb)
        return any(c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
            o.dep_ == "pobj" and (m := self._phrase_country(o)) is not None and m.code in NON_STATE_CODES for o in children_of(c))
            for holder in (verb, obj) if holder is not None for c in children_of(holder))

    def _relative_doer(self, noun: Token) -> Token | None:
        """Who a relative clause on a thing says made or does it: "a dam that Burkina Faso is building" → Burkina Faso;
        only a party the text gives a state, never the relative pronoun itself."""
        for clause in children_of(noun):
            if clause.dep_ != "relcl":
                continue
            doer = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if doer is not None and self._actor_like(doer) and self._phrase_country(doer) is not None:
                return doer
        return None

    def _expelled_other_than_envoys(self, candidate: _Candidate) -> bool:
        """Whether a nominal expulsion sends away people the verb's expulsions of envoys do not name: "Monday's expulsion
        of a reporter for Croatian television" is COERCE, as "expelled a reporter" is, where "the expulsion of two
        diplomats" is a SANCTION (the verb's rows tell them apart by their objects)."""
        noun = candidate.token
        if not candidate.nominal or noun.lemma_.lower() not in EXPULSION_NOUNS:
            return False
        sent = next(iter(_of_objects(noun)), None)
        entry = LEXICON.verb_entry("expel", "SANCTION")
        return sent is not None and entry is not None and self._actor_like(sent) and not self._object_fits(entry, sent)

    def _ruled_state(self, semantic: Token) -> CountryMention | None:
        """The state a body is said to run or rule: "the military council now running Burundi", "the junta ruling Mali".
        Such a body is that state's government, whatever the dateline."""
        for clause in children_of(semantic):
            if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_.lower() in RULING_VERBS:
                ruled = next((o for o in children_of(clause) if o.dep_ == "dobj"), None)
                mention = self._token_country(ruled) if ruled is not None else None
                if mention is not None and mention.kind in ("name", "capital") and mention.code not in NON_STATE_CODES:
                    return mention
        return None

    def _posted_employer(self, semantic: Token, mention: CountryMention | None) -> CountryMention | None:
        """The state of whoever employs a journalist the text places by a city: "the Zagreb correspondent of Serbia's state
        news agency" is SRB's, "a reporter for Croatian television from Belgrade" HRV's; the city is where they work or
        were sent from. None when the phrase's state is not given by a city or the "of"/"for" phrase names no state."""
        if mention is None or mention.kind not in ("capital", "place") or semantic.lemma_.lower() not in POSTED_NOUNS:
            return None
        employer = next((self._phrase_country(o) for p in children_of(semantic) if p.dep_ == "prep" and p.lower_ in ("of", "for")
                         for o in children_of(p) if o.dep_ == "pobj"), None)
        return employer if employer is not None and employer.code != mention.code else None

    def _listed_with_first(self, targets: list[Token], parties: list[Party | None]) -> list[Party | None]:
        """People listed after a first group the text places, with no state of their own words, are of the same state:
        "barred 14 Bolivian police commanders and two deputy interior ministers" (both BOL); "Bolivian commanders and
        French ministers" keep their own."""
        first = parties[0] if parties else None
        if len(targets) < 2 or first is None or first.country is None or self._phrase_country(targets[0]) is None:
            return parties
        return [parties[0]] + [replace(p, country=first.country) if p is not None and self._phrase_country(t) is None
                               and (self._people_like(t) or _noun_class(self._semantic_head(t), "person")) else p
                               for t, p in zip(targets[1:], parties[1:])] + parties[len(targets):]

    def _regretted_act_of_another(self, verb: Token, regret: Token) -> bool:
        """Whether regret is expressed "over", "at" or "about" an act the text gives an owner ("over Namibia's decision",
        "at Kenya's move"): regret at another's act rebukes it."""
        for holder in (regret, verb):
            for preposition in children_of(holder):
                if preposition.dep_ == "prep" and preposition.lower_ in ("over", "at", "about"):
                    for act in children_of(preposition):
                        if act.dep_ == "pobj" and any(c.dep_ == "poss" and c.pos_ != "PRON" and self._actor_like(c) for c in children_of(act)):
                            return True
        return False

    def _shared_work(self, obj: Token) -> bool:
        """Whether an object is a body shared with a partner named by "with", or the work or meetings of one: "its joint
        border commission with Brazil", "the work of its joint commission with Brazil" (_joint_partner)."""
        held = [obj, *_of_objects(obj)]
        return any(self._joint_partner(noun, set()) is not None for noun in held)

    def _joint_partner(self, noun: Token, actor_ids: set[int]) -> Token | None:
        """The other party of a body or act the actor shares, named by "with": "its joint permanent commission with
        Namibia", "their bilateral council with Japan" (Namibia, Japan)."""
        words = [noun, *(c for c in children_of(noun) if c.dep_ == "compound")]  # "joint defence commission": "joint" on "defence"
        if not any(c.dep_ == "amod" and c.lower_ in SHARED_WORDS for w in words for c in children_of(w)):
            return None
        return self._target_from_prepositions([noun], ("with",), actor_ids)

    def _sibling_target(self, candidate: _Candidate, actor_ids: set[int]) -> Token | None:
        """The target of the act a verb is coordinated with, when the verb has no subject of its own
        and that target is a party with a country: "telephoned South Sudan's president and offered
        to host talks" → SSD (what the second act names of its own comes first)."""
        verb = candidate.token
        first = self._candidate_at.get(verb.head.i) if verb.dep_ == "conj" and not candidate.nominal else None
        if first is None or any(c.dep_ in SUBJECTS for c in children_of(verb)):
            return None
        found = self._target(first, actor_ids, 1)
        return found if found is not None and self._phrase_country(found) is not None and self._actor_like(found) else None

    def _adverbial_events(self, verb: Token, type_: str, prepositions: Sequence[str]) -> list[Token]:
        """Event nouns of ``type_`` in the verb's prepositional phrases: the same act named again,
        with roles of its own ("In a phone call with Modi, ... discussed"; "were killed in Israeli strikes")."""
        return [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in prepositions
                for o in children_of(c) if o.dep_ == "pobj" and any(e.type == type_ for e in LEXICON.nouns.get(o.lemma_.lower(), ()))]

    def _promised_noun(self, verb: Token) -> Token | None:
        """The event noun an intent verb's object names ("aid", "$25 million in aid"), or None."""
        obj = self._object(verb)
        if obj is None:
            return None
        noun = self._semantic_head(obj)
        if noun.i == obj.i and (obj.ent_type_ == "MONEY" or obj.like_num):
            noun = next((o for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "in" for o in children_of(c) if o.dep_ == "pobj"), obj)
        return noun if noun.lemma_.lower() in LEXICON.nouns else None

    def _purpose_target(self, candidate: _Candidate, actor_ids: set[int]) -> Token | None:
        """Whom an event that names no one is aimed at, from what it is done for.

        A protest is against the target of the demand or denunciation it is made for ("staged
        demonstrations to demand reforms by Suharto's government", "..., calling for independence
        from Iraq") or of an "in protest against/of" phrase ("a hunger strike in protest against
        violations by the security forces"); force is used against the target of the coercion or
        violence it serves ("opened fire to disperse the demonstrators").
        """
        purposes = _PURPOSES.get(candidate.type)
        if purposes is None:
            return None
        anchors = [candidate.token]
        if candidate.noun is not None and candidate.noun.i != candidate.token.i:
            anchors.append(candidate.noun)
        for anchor in anchors:
            for child in children_of(anchor):
                if child.dep_ == "prep" and child.lower_ in ("in", "as"):
                    for protest in children_of(child):
                        if protest.dep_ == "pobj" and protest.lemma_.lower() == "protest":
                            for prep in children_of(protest):
                                if prep.dep_ == "prep" and prep.lower_ in ("against", "of", "at", "over"):
                                    for obj in children_of(prep):
                                        if obj.dep_ == "pobj" and obj.i not in actor_ids:
                                            found = self._agent_of_event_noun(obj) or self._owner(obj) or (obj if self._actor_like(obj) else None)
                                            if found is not None:
                                                return found
                # "sent two bombers to patrol Belarusian airspace": the parser can hang the purpose on what is sent
                infinitive_relative = child.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
                purpose = self._candidate_at.get(child.i) if child.dep_ in ("advcl", "xcomp", "acl", "conj") or infinitive_relative else None
                if purpose is not None and purpose.type in purposes and purpose is not candidate:
                    found = self._target(purpose, actor_ids)
                    if found is not None:
                        return found
        return None

    @staticmethod
    def _closed_object(closure: Token) -> tuple[Trigger, Token] | None:
        """The lexicon's "close <object>" entry and the object noun of "the closure of <object>": missions (embassies,
        consulates: SANCTION rows), a border, a crossing or the airspace (COERCE rows), or None for the closure of
        anything the lexicon does not code as closed on someone (schools, a road, a mine)."""
        for prep in children_of(closure):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for closed in children_of(prep):
                    entries = LEXICON.objects.get(("close", closed.lemma_.lower()), ())
                    if closed.dep_ == "pobj" and entries:
                        return entries[0], closed
        return None

    def _called_up(self, verb: Token, obj: Token) -> bool:
        """Whether "call" telephones its object: a person named with an office title ("President Felix Tshisekedi",
        "his Rwandan counterpart Paul Kagame") as the whole of what follows, with no verdict, name or purpose ("called
        Kagame a liar", "called him to testify", "called on X", "called for", "called off")."""
        # the parser may read the callee as a name given ("called President Vladimir Putin on Friday" as an oprd)
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr", "prt", "dative") and c.i != obj.i for c in children_of(verb)):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("on", "for", "off", "upon") and c.i < obj.i for c in children_of(verb)):
            return False
        if obj.ent_type_ != "PERSON" or obj.dep_ not in ("dobj", "oprd") or not any(c.dep_ == "nsubj" for c in children_of(verb)):
            return False
        titled = any(c.dep_ in ("compound", "amod") and (c.lower_ in ("president", "counterpart", "minister", "premier", "chancellor", "king")
                                                          or c.lemma_.lower() in ("president", "counterpart", "minister"))
                     for c in self.doc[obj.left_edge.i : obj.i])
        if not titled:
            return False
        after = self.doc[obj.right_edge.i + 1 : verb.right_edge.i + 1]
        return not any(w.is_quote for w in after)

    def _describer(self, verb: Token) -> bool:
        """Whether "described … as" has a speaker of its own: a finite verb whose subject is no document. "the note …
        described the raids as a violation" and "a protest note describing the drill as a provocation" only word the
        protest coded on "summoned" or "demanded"; "said, describing the move as a measure" glosses its own act."""
        if verb.tag_ == "VBG" or verb.dep_ in ("acl", "advcl"):
            return False
        # "took to Twitter to describe Putin's order as a sign of weakness": the controller of the infinitive describes
        clause = verb.head if verb.dep_ in ("conj", "xcomp") else verb
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.lemma_.lower() not in DOCUMENT_NOUNS

    def _rebuking(self, words: Iterable[Token]) -> bool:
        """Whether the words a verb of calling gives an act rebuke it: negative valence, a rebuking verdict word
        ("a provocation") or a violent act named ("a massacre"); "called it historic" praises, "called the fighting
        deeply worrying" only worries."""
        words = [w for w in words if w.lower_ not in CONCERN_VERDICTS]
        # "called the decision “out of all proportion”"
        unmeasured = any(w.lower_ == "proportion" and any(o.lower_ == "out" for o in words) for w in words)
        return (_valence(words) < 0 or unmeasured or any(w.lower_ in REBUKING_WORDS for w in words)
                or self._violent_verdict(words))

    def _verdict_words(self, verb: Token, obj: Token) -> Span:
        """The words a verb of calling gives its object, up to a coordinated verb: "called the decision “an unfriendly
        act”" without "and said Lima would not grant her safe passage" (whose words judge nothing)."""
        end = verb.right_edge.i + 1
        joined = [c.left_edge.i for c in children_of(verb) if c.i > obj.i and (c.dep_ == "cc" or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))]
        return self.doc[obj.i + 1 : min([end, *joined])]

    @staticmethod
    def _conflict_gerund(noun: Token) -> bool:
        """Whether a noun is the gerund of a conflictual trigger verb: "called the ramming an act of aggression",
        "called the shelling a war crime" (the lexicon's nouns lack such forms)."""
        verb = LEXICON.verb_forms.get(noun.lower_) if noun.lower_.endswith("ing") else None
        return verb is not None and any(e.type in CONFLICT_TYPES for e in LEXICON.verbs.get(verb, ()))

    def _name_given(self, verb: Token, obj: Token) -> Span | None:
        """What a verb of calling names its object: the predicate ("called the ambassador a criminal"), or the quoted
        words right after the object, which the parser often hangs elsewhere ("called Peru's new government “a
        usurper”"); None when it gives no name."""
        named = next((c for c in children_of(verb) if c.dep_ == "oprd" and c.i > obj.i), None)
        if named is not None:
            return self.doc[named.left_edge.i : named.right_edge.i + 1]
        opening = obj.right_edge.i + 1
        if opening < len(self.doc) and self.doc[opening].is_quote:
            closing = next((w.i for w in self.doc[opening + 1 : opening + 12] if w.is_quote), None)
            if closing is not None and closing > opening + 1:
                return self.doc[opening + 1 : closing]
        return None

    def _praising(self, words: Span) -> bool:
        """Whether the words a verb of calling gives an act praise it: a word of PRAISING_VERDICTS ("historic", "a
        milestone", "a ray of hope", "an important step") and nothing that rebukes (`_rebuking`: "a historic mistake")."""
        return any(w.lower_ in PRAISING_VERDICTS for w in words) and not self._rebuking(words)

    def _judging_subject(self, verb: Token) -> Token | None:
        """The subject of a verb when its verdicts count (`_judging_sayer`): a state, its office or officer, a body of
        states or a person of public life; else None."""
        sayer, agent = self._subject(verb)
        return sayer if sayer is not None and not agent and self._judging_sayer(sayer) is not None else None

    @staticmethod
    def _name_calling(words: Span) -> bool:
        """Whether a name given to a party insults it: "a usurper", "a criminal", "a puppet of Moscow", "unhinged"
        (negative valence or a name or word of contempt, CONTEMPT_NAMES and CONTEMPT_ADJECTIVES, which also outweighs
        what the name's own phrase tells after it: "a pathological liar for continuing to insist that thousands were
        celebrating"); "a friend" or "a partner" does not."""
        return (any(w.lemma_.lower() in CONTEMPT_NAMES or w.lower_ in CONTEMPT_NAMES or w.lower_ in CONTEMPT_ADJECTIVES for w in words)
                or _valence(words) < 0)

    @staticmethod
    def _denying(words: Span) -> bool:
        """Whether the words a verb of calling gives an accusation deny it: "baseless", "a fabrication", "politically
        motivated", "lies"; "called the criticism fair" accepts it."""
        return any(w.lower_ in DENYING_VERDICTS for w in words) or (any(w.dep_ in ("oprd", "attr", "acomp") for w in words) and _valence(words) < 0)

    def _told_to_act(self, verb: Token, obj: Token) -> bool:
        """Whether "told" commands another state's party to do something: "told French troops to withdraw" (an object
        that can act and a to-infinitive), not "told reporters to expect a statement" (the press) nor
        "told residents of three villages to leave" (people warned, no party commanded)."""
        act = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in children_of(c))), None)
        head = self._semantic_head(obj)
        if act is None or self._negated(act) or head.lemma_.lower() in AUDIENCE_NOUNS or _noun_class(head, "people") or not self._actor_like(obj):
            return False
        # another state's party: a government telling its own police or ministries what to do is administration
        subject = self._subject(verb)[0]
        commanded, commander = self._party(obj).country, self._party(subject).country if subject is not None else None
        return commanded not in (None, *NON_STATE_CODES) and commander not in (None, commanded)

    def _joint_work(self, verb: Token) -> bool:
        """Whether a verb of beginning has for subject two or more states' parties named together ("Brazil and Uruguay",
        "Armenian and Georgian road crews") and for object a work ("began building…", "began laying track", "began work
        on…", "began clearing mines together")."""
        if not self._states_together(verb):
            return False
        return any((c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in JOINT_WORK_VERBS)
                   or (c.dep_ == "dobj" and c.lemma_.lower() in ("work", "construction")) for c in children_of(verb))

    def _joint_opening(self, verb: Token) -> bool:
        """Whether a verb of inauguration has for subject two or more states' parties named together and for object a work
        that serves them both: "The presidents of Zambia and Zimbabwe inaugurated the Batoka Gorge hydropower station",
        "Nepal and India opened a new rail link"."""
        obj = self._object(verb)
        return obj is not None and self._semantic_head(obj).lemma_.lower() in OPENED_WORKS and self._states_together(verb)

    @staticmethod
    def _prisoners_by_nationality(verb: Token, noun: Token) -> bool:
        """Whether a verb's object names people by their nationality and a clause on it says they are prisoners: "11
        Iranians serving sentences for smuggling", "five Armenians convicted of espionage" (the parser may hang the
        clause on the verb, right after the object)."""
        if noun.ent_type_ != "NORP" or noun.tag_ not in ("NNPS", "NNS"):
            return False
        clauses = [c for c in children_of(noun) if c.dep_ in ("acl", "relcl")]
        clauses += [c for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i == noun.right_edge.i + 1]
        return any(c.lemma_.lower() in PRISON_VERBS for c in clauses)

    def _states_together(self, verb: Token) -> bool:
        """Whether a verb's subject names two or more states' parties together: by its conjuncts ("Brazil and Uruguay"),
        its modifiers ("Armenian and Georgian road crews") or its "of" phrase ("The presidents of Zambia and Zimbabwe")."""
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        codes = {m.code for t in self._conjuncts(subject, modifiers=True) if (m := self._phrase_country(t)) is not None}
        return len(codes) >= 2 and not codes & NON_STATE_CODES

    @staticmethod
    def _stopped_supply(verb: Token) -> Token | None:
        """The gerund of trade or passage a verb of stopping governs: "stopped pumping crude", "stopped letting Kuwaiti
        lorries through", "halted selling fuel to Nepal"; None for any other ("stopped talking", "stopped fighting")."""
        return next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in SUPPLY_GERUNDS), None)

    @staticmethod
    def _mission_cut(verb: Token, obj: Token) -> bool:
        """Whether a command makes a diplomatic mission shrink or shut: "ordered Côte d'Ivoire's embassy to cut its staff",
        "told the consulate to close"."""
        if obj.lemma_.lower() not in MISSION_NOUNS:
            return False
        act = next((c for c in children_of(verb) if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in children_of(c))), None)
        return act is not None and act.lemma_.lower() in MISSION_CUT_VERBS

    def _verdict_as_head(self, verb: Token) -> Token | None:
        """The act noun of "called the decision blackmail" when the parser made it a compound of a rebuking verdict (the
        verdict the head, as object or predicate: "the decision blackmail", "the suspension discriminatory"), or None."""
        for head in children_of(verb):
            if head.dep_ not in ("dobj", "oprd") or not any(c.lower_ in ("the", "this") and c.dep_ == "det" for c in children_of(head)):
                continue
            if not (head.lower_ in REBUKING_VERDICTS or _valence([head]) < 0):
                continue
            act = next((c for c in children_of(head) if c.dep_ == "compound" and c.pos_ == "NOUN" and (
                c.lemma_.lower() in LEXICON.nouns or c.lemma_.lower() in ACT_NOUNS or c.lemma_.lower() in NOUN_VERBS)), None)
            if act is not None:
                return act
        return None

    @staticmethod
    def _bars_entry(verb: Token) -> bool:
        """Whether a ban keeps people out of a place: "banned … from entering the country", "from travelling to the
        bloc" (a gerund of ENTRY_VERBS after "from")."""
        return any(prep.dep_ == "prep" and prep.lower_ == "from" and any(
            gerund.dep_ == "pcomp" and gerund.lemma_.lower() in ENTRY_VERBS for gerund in children_of(prep)) for prep in children_of(verb))

    def _carries_aid(self, verb: Token, craft: Token) -> bool:
        """Whether a thing sent carries relief by its own words: "planes with tents and rice", "a ship carrying food",
        "carrying 500 tonnes of food" (what a measure counts); the parser hangs the "with" phrase on the craft or on the
        verb."""
        for child in [*children_of(craft), *children_of(verb)]:
            # "planes loaded with tents": the loading participle's "with" phrase names the cargo too
            held = ([o for o in children_of(child) if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "with"
                    else [o for o in children_of(child) if o.dep_ in OBJECTS] + [o for p in children_of(child) if p.dep_ == "prep" and p.lower_ == "with"
                                                                                  for o in children_of(p) if o.dep_ == "pobj"]
                    if child.dep_ == "acl" and child.lemma_.lower() in ("carry", "load")
                    else [])
            for cargo in held:
                if any(self._semantic_head(w).lemma_.lower() in AID_CARGO for w in [cargo, *(c for c in children_of(cargo) if c.dep_ == "conj")]):
                    return True
        return False

    def _relative_object(self, verb: Token, actor_ids: set[int]) -> Token | None:
        """The party a relative clause's verb acts on when the clause has a subject of its own and no object: the noun
        the clause hangs on ("sanctions on a Rwandan general it accused of commanding the operation", "six officials it
        blamed for the attacks": the general and the officials are accused, not no one)."""
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i in actor_ids:
            return None
        children = children_of(verb)
        if not any(c.dep_ == "nsubj" for c in children) or any(c.dep_ in OBJECTS or c.dep_ in ("nsubjpass", "auxpass") for c in children):
            return None
        head = verb.head
        # a party or people, not a place: "taken to the port of Bandar Abbas and its crew detained" is no relative clause
        return head if (self._actor_like(head) or self._people_like(head)) and not self._place_like(head) else None

    def _stipulates(self, children: list[Token]) -> bool:
        """Whether "provide" with no object is "provide for" a thing, as a text's terms do ("the deal provides for a
        ceasefire"), not aid "for" a party or people ("provided for 3,000 refugees" keeps its aid)."""
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                held = [o for o in children_of(prep) if o.dep_ == "pobj"]
                return bool(held) and not any(self._actor_like(o) or self._people_like(o) for o in held)
        return False

    def _sent_home(self, verb: Token, obj: Token) -> bool:
        """Whether weapons are sent to the sender's own ground: "to its southern frontier", "to the border",
        "to their northern provinces" (a border named by no one else's possessive, or a place of "its"/"their"); relief
        carried and forces sent at another's request stay aid, and so does anything sent to a party."""
        # materiel only: troops sent anywhere are already a deployment by the lexicon ("sent troops to its side of the border")
        if self._semantic_head(obj).lemma_.lower() not in MILITARY_MATERIEL:
            return False
        for prep in children_of(verb):
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "towards", "toward"):
                continue
            for place in children_of(prep):
                if place.dep_ != "pobj" or place.lemma_.lower() not in HOME_DESTINATION_NOUNS:
                    continue
                owners = [c for c in children_of(place) if c.dep_ == "poss"]
                if all(o.lower_ in ("its", "their") for o in owners) and (owners or place.lemma_.lower() in BORDER_NOUNS):
                    return True
        return False

    def _helped_party(self, trigger: Token, actor_ids: set[int]) -> Token | None:
        """The party an infinitive of purpose says a sending is meant to help: "sent border guards to help Lithuania",
        "to help Vanuatu monitor its waters" (the helped party is the object of "help", or the subject of the clause it
        takes); only a party or a state, never the actor's own words."""
        for purpose in children_of(trigger):
            if purpose.dep_ not in ("advcl", "xcomp") or purpose.lemma_.lower() not in HELPING_VERBS or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(purpose)):
                continue
            for child in children_of(purpose):
                helped = child if child.dep_ == "dobj" else next(
                    (s for s in children_of(child) if s.dep_ == "nsubj"), None) if child.dep_ in ("ccomp", "xcomp") else None
                if helped is not None and helped.i not in actor_ids and (self._actor_like(helped) or self._phrase_country(helped) is not None):
                    return helped
        return None

    def _owner(self, noun: Token) -> Token | None:
        """Whose thing a non-actor object is: "denounced Serbia's suppression of...", "rejected an
        offer from Kabul", "rejected the plan of the junta"."""
        if self._actor_like(noun) and not self._national_view(noun):
            return None
        for child in children_of(noun):
            if child.dep_ == "poss" and child.pos_ != "PRON" and self._actor_like(child):
                return child
            if child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ == "from" and noun.lemma_.lower() in SPEECH_NOUNS)):
                for obj in children_of(child):
                    if obj.dep_ == "pobj" and self._actor_like(obj):
                        return obj
        return None

    def _national_view(self, noun: Token) -> bool:
        """Whether a noun is a view or trait that only a nation's adjective makes look like a party: "a federal judge's
        Mexican heritage", "Trump's Russian ties" are still their owners' (`_owner`), unlike "the Turkish embassy"."""
        return self._views(noun) and any(c.dep_ == "amod" and self._token_country(c) is not None for c in children_of(noun))

    def _possessor(self, noun: Token) -> Token | None:
        """Whose thing an object is by an "of" phrase: "froze the assets of Russian banks". Tried
        after the type's prepositions ("handed over management of the park to the state" targets
        the state); never for event nouns, whose "of" is their victim or theme."""
        lemma = noun.lemma_.lower()
        if lemma in LEXICON.nouns or lemma in EVENT_LIKE_NOUNS or self._actor_like(noun):
            return None
        return next((o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                     for o in children_of(c) if o.dep_ == "pobj" and self._actor_like(o)), None)

    def _nested_anchors(self, token: Token) -> list[Token]:
        """A complement verb, its object and the nouns of its prepositional phrases, two levels deep."""
        anchors = [token]
        for child in children_of(token):
            if child.dep_ in OBJECTS:
                anchors.append(child)
            if child.dep_ == "prep":
                anchors.extend(c for c in children_of(child) if c.dep_ == "pobj")
        return anchors

    def _nominal_actor(self, noun: Token) -> Token | None:
        for child in children_of(noun):
            if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
                continue  # "Tuesday's refusal by the High Court", "last week's expulsion of…": when, not who
            if child.dep_ == "poss" and _possessed_patient(noun):
                continue  # "a warrant for Putin's arrest", "Navalny's detention": who undergoes it (_target)
            if child.dep_ == "poss" and (child.pos_ != "PRON" or child.i in self._entity_index()):
                return child
            if child.dep_ == "prep" and child.lower_ == "by":
                for obj in children_of(child):
                    if obj.dep_ == "pobj" and self._actor_like(obj):
                        return obj
        # "the arrest of two journalists by Ugandan police": the parser hangs the agent on the victim
        for child in children_of(noun):
            if child.dep_ == "prep" and child.lower_ == "of":
                for victim in children_of(child):
                    agent = next((o for p in children_of(victim) if p.dep_ == "prep" and p.lower_ == "by" for o in children_of(p) if o.dep_ == "pobj"), None)
                    if victim.dep_ == "pobj" and agent is not None and self._actor_like(agent):
                        return agent
        for child in children_of(noun):
            if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i and (self._token_country(child) is not None or child.ent_type_ in ("ORG", "NORP", "GPE")):
                return child
        if noun.lemma_.lower() in SPEECH_NOUNS:
            # "an offer of mediation from ECOWAS", "a request from Kabul": who makes it when named (not
            # "calls from opposition parties"), also when the parser hangs "from" on the "of" phrase
            holders = [noun, *_of_objects(noun)]
            maker = next((o for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "from" for o in children_of(c)
                          if o.dep_ == "pobj" and (o.ent_type_ in NAMED_ENTITY_TYPES or self._phrase_country(o) is not None)), None)
            if maker is not None:
                return maker
        if noun.lemma_.lower() in EXPULSION_NOUNS:
            # "Monday's expulsion of a reporter for Croatian television from Belgrade": the state sent from expels (the
            # parser may hang "from" on the person sent away)
            holders = [noun, *_of_objects(noun)]
            expeller = next((o for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "from" for o in children_of(c)
                             if o.dep_ == "pobj" and (m := self._token_country(o)) is not None and m.kind in ("name", "capital")
                             and m.code not in NON_STATE_CODES), None)
            if expeller is not None:
                return expeller
        facing = _facing_verb(noun)
        if facing is not None or self._drawn_rebuke(noun):
            # "Russia continues to face economic sanctions from the West": who imposes them; "fired a missile into the
            # sea, drawing condemnation from Seoul and Tokyo": the rebuke is theirs (the parser may hang "from" on the
            # verb: "drawing sharp criticism from Britain")
            maker = next((o for c in [*children_of(noun), *children_of(facing or noun.head)] if c.dep_ == "prep" and c.lower_ == "from"
                          for o in children_of(c) if o.dep_ == "pobj" and self._actor_like(o)), None)
            if maker is not None:
                return maker
        if noun.lemma_.lower() in INTRANSITIVE_EVENT_NOUNS:
            # "the visit of the Chinese president", "the withdrawal of Russian troops": who goes
            doer = next((o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c)
                         if o.dep_ == "pobj" and self._actor_like(o)), None)
            if doer is not None:
                return doer
        travel = self._travel_verb(noun)
        if travel is not None:
            subject, passive = self._subject(travel)  # "Kenyan negotiators arrived in Addis Ababa for talks"
            if subject is not None and not passive and self._actor_like(subject):
                return subject
        awaited = self._awaited_visitor(noun)
        if awaited is not None:
            return awaited
        if (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with") and noun.head.head.pos_ == "VERB"
                and noun.lemma_.lower() in JOINT_MANNER_NOUNS and any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun))):
            # "carried out four airdrops…, in cooperation with France": whoever did the act did it with them
            subject, passive = self._subject(noun.head.head)
            if subject is not None and not passive and self._actor_like(subject):
                return subject
        if (noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "during") and noun.head.head.pos_ in ("VERB", "AUX")
                and noun.lemma_.lower() in TALK_NOUNS and any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun))):
            # "the Russian President said on Monday after talks with his Belarusian counterpart": who speaks after talks
            # with someone held them (rule 72)
            subject, passive = self._subject(noun.head.head)
            if subject is not None and not passive and self._actor_like(subject):
                return subject
        return None

    def _drawn_rebuke(self, noun: Token) -> bool:
        """Whether a rebuke noun is one an act "draws" ("drawing condemnation from Seoul")."""
        return noun.lemma_.lower() in DRAWN_REBUKE_NOUNS and noun.dep_ in OBJECTS and noun.head.lemma_.lower() in DRAWING_VERBS

    def _drawer(self, verb: Token) -> Token | None:
        """Who did the act that "draws" a rebuke: the verb's subject ("North Korea fired…, drawing condemnation"),
        the author of an act named as its subject ("the launch by Pyongyang drew condemnation"), or, for a participle on an
        act noun set beside a clause ("fired a missile…, its second launch in three weeks, drawing condemnation"),
        that act's author or that clause's subject. After a comma that closes a relative clause, the drawing act is the
        main clause's ("Russia vetoed a resolution that would have demanded a ceasefire, drawing criticism": Russia's)."""
        clause = verb.head if verb.dep_ == "advcl" else verb
        if (clause.dep_ == "relcl" and clause.head.dep_ in OBJECTS and clause.head.head.pos_ == "VERB"
                and any(c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP") for c in children_of(clause))):
            verb = clause.head.head
        subject, passive = self._subject(verb)
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            act = verb.head
            subject, passive = self._agent_of_event_noun(act), False
            if subject is None and act.dep_ in ("npadvmod", "appos") and act.head.pos_ == "VERB":
                subject, passive = self._subject(act.head)
        if subject is None or passive:
            return None
        subject = self._agent_of_event_noun(subject) or subject
        return subject if self._actor_like(subject) else None

    def _awaited_visitor(self, noun: Token) -> Token | None:
        """Who is expected or due somewhere for the talks or visit a noun names: "The EU's envoy is expected in
        Pristina on Tuesday for talks with both governments", "the minister is due in Kyiv on Friday for talks" (rule
        69). The awaited arrival is a travel told ahead, its subject the one who comes; a place must be named."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "on") or not any(e.type == "CONSULT" for e in LEXICON.nouns.get(noun.lemma_.lower(), ())):
            return None
        verb = noun.head.head
        due = next((c for c in children_of(verb) if c.dep_ == "acomp" and c.lower_ == "due"), None) if verb.lemma_.lower() == "be" else None
        awaited = due is not None or (verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(verb)))
        if not awaited:
            return None
        places = [o for holder in (verb, due) if holder is not None for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
                  for o in children_of(c) if o.dep_ == "pobj" and self._place_like(o)]
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not places or subject is None or not self._actor_like(subject):
            return None
        return subject

    def _travel_verb(self, noun: Token) -> Token | None:
        """The verb of travel whose purpose a noun names: "arrived in Beijing for talks", "flew to
        Moscow for a summit", "left for Paris for meetings", "arrived in Lima on a state visit", "arrived
        for three days of talks"; or that comes back from it: "returned from meetings with Saudi and Turkish leaders"."""
        place = noun
        count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if count is not None and count.lemma_.lower() in COUNT_HEADS and count.lemma_.lower() not in LEXICON.nouns:
            place = count  # "three days of talks": the count stands where the talks would ("a round of talks" is coded as the round)
        preposition = place.head
        verb = preposition.head
        # "sent its foreign minister to N'Djamena for consultations": the sender travels through its envoy (unless the
        # sending is coded itself: "sent an envoy to Kabul for talks")
        sent = (verb.lemma_.lower() in ENVOY_SENDING_VERBS and verb.i not in self._candidate_at
                and any(c.dep_ == "dobj" and _noun_class(c, "person") for c in children_of(verb)))
        if place.dep_ != "pobj" or preposition.lower_ not in ("for", "to", "on", "from") or (verb.lemma_.lower() not in TRAVEL_VERBS and not sent):
            return None
        if (any(c.dep_ in OBJECTS for c in children_of(verb)) and not sent) or not any(e.type == "CONSULT" for e in LEXICON.nouns.get(noun.lemma_.lower(), ())):
            return None  # "convene the party for a meeting", "go to war", "come to the aid of"
        return verb

    def _location_token(self, candidate: _Candidate, target: Token | None = None, actor: Token | None = None, steps: bool = True) -> Token | None:
        """The place an event happens: an "in"/"at"/"near" phrase on the trigger, its noun, its
        target or the event it governs ("threatened to resume attacks in Israel"), else on its
        unnamed actor ("Doctors in Nigeria went on strike"); with ``steps``, last, on the clause it is told as a step
        of ("rallied outside the French embassy in Niamey before soldiers dispersed them", rule 72)."""
        obj = self._object(candidate.token) if not candidate.nominal else None
        anchors = [candidate.token, candidate.noun, target, obj]
        for complement in candidate.complements:
            anchors.extend((complement.token, complement.noun))
        if candidate.trigger.governs:
            for child in children_of(candidate.token):
                if child.dep_ in ("xcomp", "ccomp"):
                    anchors.extend(self._nested_anchors(child))
        if not candidate.nominal:
            anchors += self._adverbial_events(candidate.token, candidate.type, ("in", "during"))  # "killed 12 villagers in an attack in X"
        if actor is not None and actor.pos_ == "NOUN" and not actor.ent_type_:
            anchors.append(actor)
        if steps and not candidate.nominal:
            anchors += self._stepped_from(candidate.token)
        places: list[Token] = []  # "at a checkpoint in Mogadishu": where the place named is, tried last
        for anchor in anchors:
            if anchor is None:
                continue
            for child in children_of(anchor):
                if child.dep_ == "prep" and child.lower_ in LOCATION_PREPOSITIONS:
                    for obj in children_of(child):
                        if obj.dep_ == "pobj" and self._named_place(obj):
                            return obj
                        owner = next((c for c in children_of(obj) if c.dep_ == "poss" and self._named_place(c)), None)
                        if obj.dep_ == "pobj" and owner is not None:
                            return owner  # "in Burkina Faso's north"
                        if obj.dep_ == "pobj" and _noun_class(obj, "place"):
                            places.append(obj)
        # "near the town of Qamishli": a settlement noun's "of" names the place itself
        return next((o for place in places for c in children_of(place) if c.dep_ == "prep" and (
                         c.lower_ in LOCATION_PREPOSITIONS or (c.lower_ == "of" and place.lemma_.lower() in SETTLEMENT_WORDS))
                     for o in children_of(c) if o.dep_ == "pobj" and self._named_place(o)), None)

    def _named_place(self, token: Token) -> bool:
        """A place the text names, or a word with a country ("in Kharkiv", "on Ukrainian soil")."""
        return token.ent_type_ in ("GPE", "LOC", "FAC") or self._token_country(token) is not None

    # ------------------------------------------------------------------ modality

    def _negated(self, token: Token) -> bool:
        for child in children_of(token):
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
                return True
            if child.dep_ == "advmod" and child.lower_ == "longer" and any(c.lower_ == "no" for c in children_of(child)):
                return True  # "would no longer attend the bloc's meetings"
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                (c.dep_ == "preconj" and c.lower_ == "neither") or (c.dep_ == "det" and c.lower_ in ("no", "neither")) for c in children_of(child)
            ):
                return True  # "Neither Clinton nor her allies have been charged", "no country recognised it"
        if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(token)):
            return True  # "posed no threat", "there was no attack"
        if token.pos_ == "VERB" and any(c.dep_ in ("dobj", "dative") and c.lower_ in NOBODY for c in children_of(token)):
            return True  # "had known about the change for five months and warned nobody"
        if token.pos_ == "VERB" and any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(token)):
            return True  # "The resolution threatens no sanctions", "imposed no curfew": the act is denied
        head = token.head
        if token.tag_ == "VBG" and token.dep_ == "pcomp" and head.lower_ == "without":
            return True  # "was approved without consulting Spain": it did not happen
        if token.dep_ == "xcomp" and head.lemma_.lower() in FAILURE_VERBS:
            return True  # "failed to agree", "struggles to agree": it did not happen
        if token.dep_ == "xcomp" and head.lemma_.lower() in REACH_VERBS and self._negated(head):
            return True  # "could not afford to send soldiers", "did not manage to reach the town": not done (rule 71)
        if (token.dep_ in ("xcomp", "advcl") and head.lemma_.lower() == "bring" and self._negated(head)
                and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in children_of(head))):
            return True  # "they couldn't bring themselves to back Mr. Trump": they did not back him
        if token.dep_ == "xcomp" and head.lemma_.lower() in REFUSAL_VERBS and _rules_out(token):
            return True  # "refused to rule out the use of force": it did not rule it out (rule 67)
        return False

    def _modality(self, candidate: _Candidate) -> _Modality:
        """How real the event is, from its auxiliaries, its governors and its sentence."""
        token = candidate.token
        modality = _Modality(negated=self._negated(token) or self._not_held(candidate))
        current = token
        for _ in range(4):
            for child in children_of(current):
                if child.dep_ == "aux":
                    word = child.lower_
                    if word in FUTURE_AUXILIARIES or child.lemma_ == "will":
                        modality.future = True
                    elif word in ("would", "'d"):
                        modality.would = True
                    elif word in HYPOTHETICAL_AUXILIARIES:
                        modality.hypothetical = True
                if _marked_clause(child, CONDITIONAL_MARKERS):
                    modality.hypothetical = True
            if _marked_clause(current, CONDITIONAL_MARKERS):
                modality.hypothetical = True
            if any(m.dep_ == "mark" and m.lower_ == "whether" for m in children_of(current)):
                modality.hypothetical = True  # "it is unclear whether Egypt will sign": an open question
            head = current.head
            if (current.dep_ in ("ccomp", "dep") and self._coordinated_clause(current)) or self._past_after_infinitive(current):
                break  # "Serbia has refused to extradite him, and the ministry summoned the ambassador": a clause of its own
            if current.dep_ in ("xcomp", "ccomp", "acomp") and head.i != current.i:
                lemma = head.lemma_.lower()
                word = head.lower_
                if lemma in MODAL_GOVERNORS or word in MODAL_GOVERNORS:
                    if lemma in INTENT_GOVERNORS or word in INTENT_GOVERNORS:
                        modality.intent = True
                    else:
                        modality.predicted = True
                    if self._negated(head):
                        modality.negated = True
                    current = head
                    continue
                if head.pos_ == "AUX" and head.lemma_ == "be" and current.dep_ == "xcomp":
                    modality.future = True  # "is to meet"
                    current = head
                    continue
            if current.dep_ == "conj" and head.i != current.i:
                current = head
                continue
            break
        sentence_end = self._sentences[self._sentence_of[token.i]][1] - 1
        last = self._tokens[sentence_end]
        if last.text == "?" or (last.is_space and sentence_end > 0 and self._tokens[sentence_end - 1].text == "?"):
            modality.hypothetical = True
        return modality

    def _not_held(self, candidate: _Candidate) -> bool:
        """Whether an event noun is the subject of a negated verb of taking place: "Talks between the two sides have not
        been scheduled", "the summit did not take place", "the visit has not been rescheduled". The event did not happen;
        "the attack did not kill anyone" still tells an attack (rule 71)."""
        token = candidate.token
        head = token.head
        if not (candidate.nominal and token.dep_ in ("nsubj", "nsubjpass") and head.i != token.i and head.lemma_.lower() in HAPPENING_VERBS):
            return False
        children = list(children_of(head))
        if head.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in children):
            return False  # "take place", not "the raid did not take long"
        if head.lemma_.lower() == "go" and not any(c.lower_ == "ahead" for c in children):
            return False  # "go ahead", not "the refusal did not go over well"
        if any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in children):
            return False  # "the talks did not begin until Friday": they did begin
        return self._negated(head)

    def _coordinated_clause(self, verb: Token) -> bool:
        """Whether a verb the parser made a complement opens, with its own subject, a clause that "and" or
        "but" joins to the sentence: the parser hung a second main clause on the first one's verb, whose
        modality ("refused to", "wants to") it does not share."""
        start = verb.left_edge.i
        if start == 0 or start >= verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            return False
        before = self._tokens[start - 1]
        return before.pos_ == "CCONJ" and before.lower_ in ("and", "but")

    def _unasserted(self, candidate: _Candidate) -> bool:
        """Whether the event is only supposed or is a state of things rather than one event: a
        counterfactual, (in) the condition of an if/unless clause, in a yes/no question, told with an
        uncounted duration or as a present-perfect summary, or an exhortation, or said to be unlikely ("a
        proposal the junta was unlikely to accept"), or harm no one did (docs/events.md rule 23)."""
        token = candidate.token
        return ((token.dep_ == "xcomp" and token.head.lower_ == "unlikely") or self._mishap(token) or self._counterfactual(token) or self._in_condition(token) or self._yes_no_question(token)
                or self._open_question(token)
                or self._habitual(token) or (self._summary(token) and not self._standing_stance(candidate)) or self._content_of_claim(token) or self._exhortation(token)
                or (self._standing_description(token) and not self._said_in_aside(candidate) and not self._harm_dated_in_aside(candidate))
                or self._anyones_act(token) or self._pending_step(token) or self._ability(token)
                or self._option_weighed(candidate) or self._present_description(token) or self._supposed_act(candidate)
                or self._compared_past(token) or self._shares_summary(token) or self._yearly_rate(token)
                or self._counted_kind(token) or self._wished(candidate))

    def _wished(self, candidate: _Candidate) -> bool:
        """Whether force or coercion is only what its party hopes or wants to do: "Climate change protesters are hoping
        to 'shut down' the annual Congressional Baseball Game". A wish is no act, and no threat made to anyone."""
        token = candidate.token
        return (not candidate.nominal and candidate.type in MATERIAL_CONFLICT and token.dep_ == "xcomp"
                and (token.head.lemma_.lower() in WISH_VERBS or token.head.lower_ in WISH_FORMS)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)))

    def _standing_stance(self, candidate: _Candidate) -> bool:
        """Whether a present perfect that sums up repeated acts is a stance its party still holds: a denial, a rejection
        or a charge made again and again ("Moscow has repeatedly denied plans to invade Ukraine", "Authorities have
        repeatedly condemned the protest groups"). Told beside the news, it is the party's position in it, not background
        as repeated clashes or talks are; said "previously" or "in the past", it stays an earlier occasion."""
        token = candidate.token
        return (not candidate.nominal and candidate.type in STANCE_TYPES
                and any(c.dep_ == "advmod" and c.lower_ in REPEATED_ADVERBS for c in children_of(token))
                and not any(c.dep_ in ("prep", "npadvmod", "advmod") and c.lower_ in ("since", "for", "before", "previously", "in", "times", "time")
                            for c in children_of(token)))

    def _conduct_told_in_speech(self, candidate: _Candidate) -> bool:
        """Whether "ignored" is someone's past conduct told in reported speech: "the coast guard said … the Philippine
        boats had ignored repeated warnings", "the opposition Rally for Renewal, which said it had ignored warnings from
        doctors", "said the guards had opened fire only after the driver ignored three warning shots". It is the account
        a speaker gives of why it acted, or a critic's charge, not a rejection of one party by another (17 such in the
        read sets, none gold); a refusal announced ("Nigeria says it will ignore the court order") stays."""
        token = candidate.token
        if candidate.nominal or self._verb_lemma(token) != "ignore" or token.tag_ not in ("VBD", "VBN"):
            return False
        sentence = self._sentence_of[token.i]
        return any(a.dep_ == "ccomp" and self._sentence_of[a.i] == sentence for a in (token, *token.ancestors))

    def _yearly_rate(self, token: Token) -> bool:
        """Whether the act is told as a rate per year, month or season, on the verb or on its object: "Haitian workers
        send home 600 million dollars a year", "foreign trawlers gather every southern summer", "to ship up to 5
        million tonnes of grain a year". A flow of trade or a seasonal habit is background, not the story's act; a
        rate per day or week can be a campaign under way ("fires drones every night") and is left, and so is a rate
        promised ("India would train 60 Kenyan officers a year" pledges it: rule 78)."""
        if token.pos_ != "VERB" or any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUXILIARIES or c.lower_ in HYPOTHETICAL_AUXILIARIES)
                                       for c in children_of(token)):
            return False
        heads = [token, *(c for c in children_of(token) if c.dep_ in ("dobj", "obj"))]
        for head in heads:
            for child in children_of(head):
                if child.dep_ == "advmod" and child.lower_ in RATE_ADVERBS:
                    return True
                if (child.dep_ == "npadvmod" and child.lemma_.lower() in RATE_UNITS
                        and any(d.dep_ == "det" and d.lower_ in RATE_DETERMINERS for d in children_of(child))):
                    return True
                if (head.i == token.i and child.dep_ in ("dobj", "obj") and child.lemma_.lower() in RATE_UNITS
                        and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in children_of(child))):
                    return True  # "boats gather every winter": the parser takes the time for the object
        return False

    @staticmethod
    def _counted_occasion(token: Token) -> bool:
        """Whether a verb is the clause of a "first time" or of an ordinal, which counts occasions of the act: "It was the
        first time Lome had closed the crossing", "the exchange was the 14th it had mediated", "the third time this year
        that Mauritanian officials have accused Malian forces". The story tells the act itself elsewhere; the count
        only sets it among earlier ones, and is dropped only when another event of the same type by the same state
        tells it (_main_mentions; rule 78)."""
        if token.pos_ != "VERB" or token.dep_ not in ("relcl", "ccomp", "ROOT"):
            return False
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(token)):
            return False  # "the first time troops crossed": a past told as such is the act
        head = token.head
        if token.dep_ == "relcl" and head.lower_ == "time":
            counted = head
        elif token.dep_ == "ccomp" and head.lemma_ == "be":
            counted = next((c for c in children_of(head) if c.dep_ == "attr"), None)
        else:
            # "The exchange was the 14th it had mediated": the parser hangs the count's "be" clause beside the verb (on
            # it, or on the verb of saying both hang on); the count ends where the verb's clause begins
            near = [*children_of(token), *(children_of(head) if token.dep_ == "ccomp" else ())]
            counted = next((c for t in near if t.dep_ == "ccomp" and t.lemma_ == "be" and t.i < token.i
                            for c in children_of(t) if c.dep_ == "attr" and c.right_edge.i + 1 == token.left_edge.i), None)
        if counted is None:
            return False
        if counted.ent_type_ == "ORDINAL":
            return True
        return counted.lower_ == "time" and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in children_of(counted))

    @staticmethod
    def _counted_kind(token: Token) -> bool:
        """Whether the verb's object counts earlier acts of a kind with "such": "Chad has signed at least four such
        agreements with armed groups since independence", "has expelled several such envoys". A tally of occasions, not
        one act; "rejected such claims" is still this week's rejection (rule 78)."""
        if token.pos_ != "VERB":
            return False
        for obj in children_of(token):
            if obj.dep_ not in ("dobj", "obj") or obj.tag_ != "NNS":
                continue
            modifiers = list(children_of(obj))
            if any(m.lower_ == "such" for m in modifiers) and any(
                    m.dep_ == "nummod" or m.lower_ in KIND_COUNT_WORDS for m in modifiers):
                return True
        return False

    def _shares_summary(self, verb: Token) -> bool:
        """Whether a verb joined by "and" shares a present-perfect summary's auxiliary: "Asmara has used detained ships as
        leverage before and released them" sums up the earlier occasions in both verbs (rule 71)."""
        head = verb.head
        return (verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and head.i != verb.i and head.pos_ == "VERB"
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(verb)) and self._summary(head))

    @staticmethod
    def _present_description(token: Token) -> bool:
        """Whether a verb in the simple present describes the noun a restrictive relative clause hangs on: "a youth
        movement that supports the junta", "a militia that controls the port". What a party stands for is no act of the
        story's, as in the comma clause of _standing_description (rule 71)."""
        return (token.pos_ == "VERB" and token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP")
                and not any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(token)) and not _stance_of_another(token))

    @staticmethod
    def _supposed_act(candidate: _Candidate) -> bool:
        """Whether an event noun with "a", "an" or "any" is the subject of a verb under would, could, might or may: "an
        armed attack on its ships would invoke the treaty", "a strike on the plant could trigger a war". The act is
        supposed, not reported (rule 71)."""
        token = candidate.token
        head = token.head
        return (candidate.nominal and token.dep_ in ("nsubj", "nsubjpass") and head.i != token.i
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in children_of(token))
                and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in children_of(head)))

    def _compared_past(self, token: Token) -> bool:
        """Whether a past verb opens a "since" clause that a first or a superlative measures from: "the first deadly
        incident since the two countries agreed on a border commission", "the worst fighting since rebels seized the
        town". The act dates the comparison and is history; "tensions have risen since Russia expelled two diplomats"
        keeps its act (rule 71)."""
        if token.pos_ != "VERB" or token.tag_ != "VBD":
            return False
        since = next((c for c in children_of(token) if c.dep_ == "mark" and c.lower_ == "since"), None)
        if since is None:
            return False
        start = self._sentences[self._sentence_of[token.i]][0]
        return any(t.lower_ == "first" or t.tag_ == "JJS" for t in self._tokens[max(start, since.i - COMPARISON_REACH):since.i])

    @staticmethod
    def _option_weighed(candidate: _Candidate) -> bool:
        """Whether a named event is only an option under study: "is considering sanctions on several Chinese banks",
        "U.S. weighs sanctions on Chinese banks" (``DELIBERATION_VERBS``). Nothing is imposed yet, as for "is considering
        imposing" (a prediction governor, MODAL_GOVERNORS) (rule 67)."""
        token = candidate.token
        return candidate.nominal and token.dep_ == "dobj" and token.head.lemma_.lower() in DELIBERATION_VERBS

    @staticmethod
    def _pending_step(token: Token) -> bool:
        """Whether the act is a step still owed, not taken: "It must still be ratified by the three parliaments", "The plan
        still has to be approved by the German parliament", "Parliament has yet to approve the deal" (rule 67). An act
        told in the passive under must/should or have/need to with "still" or "yet", or under "has yet to"."""
        if token.pos_ != "VERB":
            return False
        governor = token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("have", "need") else None
        marked = any(c.dep_ == "advmod" and c.lower_ in ("still", "yet") for h in (token, governor) if h is not None for c in children_of(h))
        if not marked:
            return False
        if governor is not None and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(governor)):
            return True  # "has yet to approve": not done
        passive = any(c.dep_ == "auxpass" for c in children_of(token))
        return passive and (governor is not None or any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in children_of(token)))

    @staticmethod
    def _ability(token: Token) -> bool:
        """Whether the act is only something a party could do: the infinitive of "powerful enough to destroy it" or "able
        to strike Guam" tells a capacity, not an act (rule 67)."""
        head = token.head
        if head.i == token.i or head.pos_ != "ADJ":
            return False
        if token.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(token)):
            return head.lower_ in ("able", "capable", "unable") or any(c.dep_ == "advmod" and c.lower_ == "enough" for c in children_of(head))
        return False

    def _mishap(self, token: Token) -> bool:
        """Whether harm told in the passive with no agent came from a mishap, not an attack: "two
        tourists were injured in a traffic accident", "killed in a crash"."""
        return (token.pos_ == "VERB" and self._passive(token) and not any(c.dep_ == "agent" for c in children_of(token))
                and any(c.dep_ == "prep" and c.lower_ in ("in", "during", "after") and o.dep_ == "pobj" and o.lemma_.lower() in MISHAP_NOUNS
                        for c in children_of(token) for o in children_of(c)))

    def _anyones_act(self, token: Token) -> bool:
        """Whether an act is told of any party at all, a rule rather than an event: "any country that
        attacks a member will face a collective response", "anyone who attacks us"."""
        subject = token.head if token.dep_ == "relcl" else next((c for c in children_of(token) if c.dep_ in SUBJECTS), None)
        return subject is not None and (subject.lower_ in ("anyone", "anybody", "whoever") or any(
            c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in children_of(subject)))

    def _standing_description(self, token: Token) -> bool:
        """Whether the event is told in a relative clause set off by a comma, which describes an actor
        rather than reports the news: "Moscow, which supplies nearly all of its energy", "Saudi Arabia
        and the United States, which have tried to broker a ceasefire". A "when" clause on a time tells what
        happened then, and _background_at_home decides it once its parties are known."""
        verb = self._described_clause(token)
        if verb is not None and _stance_of_another(verb):
            return False  # "the explosions, for which Russia blames the US": another party's standing charge or denial is news
        if (verb is not None and verb.i == token.i and token.lemma_.lower() in DENIAL_VERBS and token.tag_ == "VBN"
                and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(token))):
            return False  # "the Saudi government, which has strongly denied any involvement": a denial made, not a trait
        if verb is not None and token.pos_ == "NOUN" and (facing := _facing_verb(token)) is not None and facing.i == verb.i:
            return False  # "Trump, who has come under mounting pressure from Congress to…": pressed by another, as that charge is
        return verb is not None and not self._when_clause(verb) and not self._happening_clause(verb)

    def _said_in_aside(self, candidate: _Candidate) -> bool:
        """Whether a comma relative clause reports one thing a party said, in the past tense: "the European Union, which
        pledged a further 450 million euros", "the World Health Organization, which urged Niger to vaccinate children", "a
        letter …, in which it asked the United Nations to withdraw the peacekeepers". A demand, pledge, accusation,
        threat or refusal made once is news wherever the sentence puts it; a standing state of things ("Moscow, which
        supplies nearly all of its energy") or an effort ("which have tried to broker a ceasefire") still describes."""
        token = candidate.token
        if candidate.nominal or candidate.type not in ASIDE_SPEECH_TYPES or token.tag_ != "VBD" or self._described_clause(token) is not token:
            return False
        # addressed to someone or about something ("urged Niger", "called on Ankara", "pledged £60 million"): "which
        # voted against the embargo", "which pushed for a longer list" tell a stance in a debate, and a clause dated to a
        # month or a year ("which agreed the sale in January", "which pledged last month") is the story's past, not its news
        addressed = any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "on" and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in children_of(c))) for c in children_of(token))
        return addressed and not any(
            w.ent_type_ == "DATE" and (w.lower_ in MONTHS or w.lemma_.lower() in OLD_DATE_WORDS or (w.is_digit and len(w.text) == 4))
            for c in children_of(token) if c.dep_ not in ("dobj", "dative", "xcomp", "ccomp") for w in subtree_of(c))

    def _harm_dated_in_aside(self, candidate: _Candidate) -> bool:
        """Whether a comma relative clause tells a harm done to the party it describes on a day the news is about: "The
        Dutch journalist, who was detained by Egyptian police on Saturday, was released", "the fisherman, who was shot
        by coastguards last night,". Done to someone on a named day of the week (or yesterday, last night), it is the
        story's event; "who was jailed in 2019" stays a description."""
        token = candidate.token
        if candidate.nominal or candidate.type not in ("COERCE", "ASSAULT") or not self._passive(token) or self._described_clause(token) is not token:
            return False
        dated = [w for c in children_of(token) if c.dep_ in ("prep", "npadvmod", "advmod") for w in subtree_of(c)]
        return any(w.lower_ in WEEKDAYS or w.lower_ in ("yesterday", "overnight") or (w.lower_ == "night" and w.i > 0 and self._tokens[w.i - 1].lower_ == "last")
                   for w in dated)

    @staticmethod
    def _happening_clause(verb: Token) -> bool:
        """Whether a relative clause tells what happened during or at an event: "arrived for a state visit, during which
        the two neighbours signed 14 agreements" reports the signing, it describes no one (rule 72); so does a "where"
        clause in the past or with "will" ("traveled to Bali, where he met Xi", "will appear at the conference, where he
        will pledge £65.5 million": rule 126), not one in the present ("Kherson, where Ukrainian troops hold the
        bridge")."""
        if any(c.dep_ == "prep" and c.lower_ in ("during", "at") and any(o.lower_ == "which" for o in children_of(c)) for c in children_of(verb)):
            return True
        if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(verb)):
            return False
        children = list(children_of(verb))
        return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in children)

    def _described_clause(self, token: Token) -> Token | None:
        """The verb of the relative clause set off by a comma that ``token`` is told in, or None."""
        verb = self._clause_verb(token)
        for _ in range(MAX_HOPS):
            if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
                verb = verb.head  # "which have tried to broker a ceasefire"
            elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
                verb = self._clause_verb(verb.head)  # "which leads the coalition backing the government" (rule 71)
            else:
                break
        if verb.dep_ != "relcl":
            return None
        first = verb.left_edge
        return verb if first.i > 0 and self._tokens[first.i - 1].text == "," else None

    @staticmethod
    def _when_clause(verb: Token) -> bool:
        """Whether a relative clause is one on a time that "when" opens: "shut since October 30, when…"."""
        return any(c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(verb))

    def _background_at_home(self, draft: dict) -> bool:
        """Whether a draft is told in a "when" clause on a time ("the crossing had been shut since October 30, when
        Indian police arrested five Nepali men") and is not an act between two states: the clause dates the state of
        things the story begins from. An act of one state on another's people or forces told there is the cause the
        story reports (IND→NPL); anything else told there (a road closed by a militia) is background (rule 48)."""
        verb = self._token_at(draft["trigger"].start)
        if verb is None:
            return False
        clause = self._described_clause(verb)
        if clause is None or not self._when_clause(clause):
            return False
        actor, target = draft["actor"], draft["target"]
        states = [p.country for p in (actor, target) if p is not None and p.country is not None and p.country not in NON_STATE_CODES]
        return len(states) < 2 or states[0] == states[1]

    def _advisory(self, draft: dict) -> bool:
        """Whether a warning is a state's advice to its own people: "the US embassy in China issued a health warning to
        Americans living there", "The U.S. State Department is warning U.S. citizens in China". Its own citizens,
        residents or nationals are no party it threatens; a warning to its government ("warned the government") is."""
        actor, target = draft["actor"], draft["target"]
        if (draft["type"] != "THREATEN" or actor is None or target is None or actor.country is None
                or actor.country in NON_STATE_CODES or target.country != actor.country or target.start is None):
            return False
        span = self._expanded(target.start, target.end)
        words = [t for t in span if t.dep_ not in ("det", "amod", "compound", "poss")] if span is not None else []
        if not words:
            return False
        head = self._semantic_head(words[0])  # "U.S. citizens in China" → citizens, "Americans living there" → Americans
        return head.lemma_.lower() in ADVISED_NOUNS or (head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS"))

    def _own_state_duty(self, draft: dict, candidate: _Candidate) -> bool:
        """Whether a "said that X should/must" demand names the speaker's own state as X: "the U.S. president again
        said Washington should control the island", "China's foreign minister said Beijing must take back the
        islands" tell the state's own aim, not a request of itself (as "we must" is no request). Only for a speaker in
        government and a state named by its name or capital; "the opposition said Kenya must…" still asks."""
        actor, target = draft["actor"], draft["target"]
        if (candidate.trigger is not _DEMAND or draft["type"] != "REQUEST" or actor is None or target is None
                or actor.country is None or actor.country in NON_STATE_CODES or target.country != actor.country or target.start is None):
            return False
        head = self._token_at(target.start)
        mention = self._token_country(head) if head is not None and head.pos_ == "PROPN" else None
        if mention is None or mention.kind not in ("name", "capital") or head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        return self._state_party(actor)

    def _exhortation(self, verb: Token) -> bool:
        """Whether a speaker tells their own side what it must do ("we must support each other",
        "we should talk"): a call, not an act between parties."""
        return any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUXILIARIES for c in children_of(verb)) and any(
            c.dep_ in SUBJECTS and c.lower_ in ("we", "i") for c in children_of(verb))

    def _content_of_claim(self, token: Token) -> bool:
        """Whether the event is what an allegation, claim or report says ("denied India's allegations
        that it had sheltered the attackers"): told, not asserted by the text."""
        current = token
        for _ in range(3):
            if current.dep_ in ("acl", "ccomp", "relcl") and current.head.pos_ == "NOUN" and current.head.lemma_.lower() in CLAIM_NOUNS:
                return not self._answers_its_head(current)
            if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
                return False
            current = current.head
        return False

    @staticmethod
    def _answers_its_head(clause: Token) -> bool:
        """Whether a clause on a claim noun is a relative clause acting on the claim, not the claim's content: "an
        accusation Yerevan denied", "a claim Kyiv rejected" (a subject of its own, no object, no "that"/"which"),
        unlike "allegations that it had sheltered the attackers"."""
        children = list(children_of(clause))
        return (clause.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in children)
                and not any(c.dep_ in OBJECTS or c.dep_ in ("mark", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP") for c in children))

    def _habitual(self, verb: Token) -> bool:
        """Whether a verb tells a state of things rather than one event, by an uncounted duration:
        "had shelled the camps for months", "have held talks on the islands for decades". A habit is
        still coded, as PLOVER codes it ("soldiers routinely beat up detainees"), and a counted
        duration is how long one act holds ("suspended the broadcaster for three months")."""
        return any(
            child.dep_ == "prep" and child.lower_ == "for" and any(
                o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in DURATION_UNITS
                # "thanked the emir for months of patient work": a reason, not how long the act went on
                and not any(n.dep_ in ("nummod", "det", "amod") or (n.dep_ == "prep" and n.lower_ == "of") for n in children_of(o))
                for o in children_of(child))
            for child in children_of(verb)
        )

    def _summary(self, verb: Token) -> bool:
        """Whether a verb in the present perfect sums up a past up to now, with a duration, a
        repetition or a constancy ("Angola has mediated between them for two years", "Budapest has
        repeatedly clashed with Brussels", "Tehran has previously retaliated", "Madrid has long
        supported closer ties", "Warsaw has accused Minsk of it since 2021", "since the 2019 unrest", "in
        recent years"); in the past a counted or repeated act is still an event ("met the envoys four
        times", "had repeatedly asked Kabul")."""
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in children_of(verb))
        # the perfect progressive sums up too: "the army has been fighting jihadist groups since 2012"
        progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in children_of(verb))
        if not (perfect and (verb.tag_ == "VBN" or progressive)):
            return False
        for child in children_of(verb):
            if (child.dep_ == "advmod" and child.lower_ in ("repeatedly", "previously", "always", "long")) or (child.dep_ == "npadvmod" and child.lower_ == "times"):
                return True
            if child.dep_ == "npadvmod" and child.lower_ == "time" and any(d.dep_ == "det" and d.lower_ in ("each", "every") for d in children_of(child)):
                return True  # "Each time, Belgrade has protested": every earlier occasion (rule 78)
            if child.lower_ == "before" and child.dep_ in ("advmod", "prep") and not any(children_of(child)):
                return True  # "Kinshasa has denied such charges before": on earlier occasions, not this week (rule 71)
            if child.dep_ == "prep" and child.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ == "past" for o in children_of(child)):
                return True  # "its leader has threatened in the past to strike": earlier occasions (rule 71)
            if child.dep_ == "prep" and child.lower_ == "for" and any(
                o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in DURATION_UNITS for o in children_of(child)
            ) and verb.lemma_.lower() not in PERIOD_SETTING_VERBS:
                return True  # not a measure set for a period: "Finland has closed its border with Russia for two weeks"
            if child.dep_ == "prep" and child.lower_ in ("in", "over") and any(
                o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in DURATION_UNITS
                and any(m.lower_ in ("recent", "past", "last") for m in children_of(o)) for o in children_of(child)
            ):
                return True  # "has held several European nationals in recent years"
        # from a year to now, also on a non-finite verb of the clause: "thousands have been detained
        # since 2013", "has accused Minsk of orchestrating the flows since 2021"
        return any(
            t.lower_ == "since" and t.dep_ == "prep" and any(o.dep_ == "pobj" and (_names_year(o) or any(map(_names_year, children_of(o)))) for o in children_of(t))
            and all(a.i == verb.i or a.tag_ not in FINITE_TAGS for a in takewhile(lambda a: a.i != verb.i, t.ancestors))
            for t in subtree_of(verb)
        )

    def _spoken_words(self, quote: Quote) -> tuple[Token, Span] | None:
        """A direct quote's speaker, as the head token of the name the text gives ("Tajikistan's president": the
        president, of Tajikistan), and its words as a span of the parse; None for a quote with no located speaker or
        words (`_quoted_threats`, `_quoted_verdicts`)."""
        if quote.kind != "direct" or quote.speaker is None or quote.speaker.start is None:
            return None
        named = self._expanded(quote.speaker.start, quote.speaker.end)
        words = self.doc.char_span(quote.start, quote.end, alignment_mode="contract")
        if named is None or not len(named) or words is None or not len(words):
            return None
        return named.root, words

    def _quoted_threats(self) -> list[dict]:
        """A conditional threat in a speaker's own words is the speaker's THREATEN: "“If Dushanbe does not withdraw
        its troops by Monday, we will take every measure to protect our citizens,” Sadykov said" (KGZ→TJK), "“If
        Colombia cannot explain that path, our prosecutors will.”", "“Whoever sends killers across our river will
        answer for it,” he said". The words stay the quote's; the threat is the event told in them: a verb with
        "will"/"would" whose subject is the speaker's side ("we", "our ships") under an if/unless clause whose subject
        is another state (the one threatened), or whose subject is "whoever"."""
        drafts: list[dict] = []
        for quote in self.quotes:
            spoken = self._spoken_words(quote)
            if spoken is None:
                continue
            speaker, words = spoken
            for modal in self._tokens[words.start:words.end]:
                if modal.lower_ not in FUTURE_MODALS:
                    continue
                # the verb "will" helps, or "will" itself when the verb is left out ("our prosecutors will.")
                verb = modal.head if modal.dep_ == "aux" else modal
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")), None)
                if subject is None:
                    continue
                ours = subject.lower_ == "we" or any(c.dep_ == "poss" and c.lower_ == "our" for c in children_of(subject))
                condition = next((c for c in children_of(verb) if _marked_clause(c, CONDITIONAL_MARKERS)), None)
                anyone = subject.lower_ == "whoever" or any(c.lower_ == "whoever" for c in subtree_of(subject))
                if not ((ours and condition is not None) or anyone):
                    continue
                actor = self._party(speaker)
                if actor.country is None:
                    continue
                aimed = next((w for w in (subtree_of(condition) if condition is not None else ())
                              if w.dep_ in ("nsubj", "nsubjpass") and (m := self._phrase_country(w)) is not None
                              and m.code != actor.country and m.kind in ("name", "capital")), None)
                if condition is not None and aimed is None and not anyone:
                    continue  # "If the guns are quiet on Thursday, we will push for thirty days": no one is threatened
                target = self._party(aimed) if aimed is not None else None
                start, end = verb.idx, verb.idx + len(verb.text)
                drafts.append({
                    "type": "THREATEN", "trigger": Span(start, end, verb.text), "time": None, "location": None, "quantity": None,
                    "sentence": self._sentence_span(verb), "reported_by": None, "confidence": 0.6, "actor": actor, "target": target,
                })
                break  # one threat per quote
        return drafts

    def _quoted_verdicts(self, drafts: list[dict]) -> list[dict]:
        """A verdict of guilt in a speaker's own words is the speaker's accusation, as it is when reported
        (`_condemning_report`): "“Donald Trump's ignorant view of Islam could make both our countries less safe,”" (Khan:
        GBR→USA), "“Our greatest challenge today comes from Russia's illegal and unprovoked war against Ukraine,”" (Yellen:
        USA→RUS), "“Hungary's veto is shameful,” Polish Foreign Minister Radoslaw Sikorski said" (POL→HUN). The verdict is a condemning adjective on an act or view a
        party owns ("Russia's illegal war"), or a clause that judges a party or its act guilty (`_condemned`; a hostile act
        a speaker tells, "“Ukraine has sunk 20 Russian vessels”", is no verdict). Only a speaker whose verdicts accuse
        (`_judging_sayer`), on another state or on a rival of its own (`_rival_person`); one per quote, and none where
        the sentence already has the speaker's accusation or the speaker's state has accused the same state before."""
        return self._quoted_acts(drafts, "ACCUSE", self._quoted_verdict)

    def _quoted_demands(self, drafts: list[dict]) -> list[dict]:
        """What a speaker says in their own words another state must do is the speaker's demand, as it is when reported
        (`_deontic_candidate`): "Lavrov told reporters. “Kyiv must stop shelling Donetsk.”" (RUS→UKR REQUEST), in a
        quote of a sentence of its own, which no reporting verb governs (rule 125). The same speakers and the same limits
        as `_quoted_verdicts`."""
        return self._quoted_acts(drafts, "REQUEST", self._quoted_demand)

    def _quoted_acts(self, drafts: list[dict], type_: str, read) -> list[dict]:
        """The speakers' acts of one type in their own words (`_quoted_verdicts`, `_quoted_demands`): ``read`` gives
        the words that tell the act and the party it is aimed at (or None) in a quote of a judging speaker of a state."""
        found: list[dict] = []
        for quote in self.quotes:
            spoken = self._spoken_words(quote)
            if spoken is None:
                continue
            speaker, words = spoken
            judging = self._judging_sayer(speaker)
            if judging is None and speaker.pos_ == "PRON" and (public := public_person_country(quote.speaker.name)) is not None:
                judging = (public, True)  # "…,” she said": the person of public life the quote's speaker is
            if judging is None or judging[0] in (None, *NON_STATE_CODES):
                continue
            own, public = judging
            told = read(self._tokens[words.start:words.end], speaker, own, public)
            if told is None:
                continue
            trigger, aimed = told
            sentence = self._sentence_span(trigger[0])
            code = self._party(aimed).country if aimed is not None else None
            if any(d["type"] == type_ and d["actor"] is not None and d["actor"].country == own
                   and (d["sentence"].start == sentence.start or (d["target"] is not None and d["target"].country == code))
                   for d in [*drafts, *found]):
                continue  # the speaker's act told in the sentence, or one of the same state at the same state told before
            start, end = trigger[0].idx, trigger[-1].idx + len(trigger[-1])
            actor = self._party(speaker)
            if speaker.pos_ == "PRON":
                actor = Party(quote.speaker.entity, quote.speaker.name, own, quote.speaker.start, quote.speaker.end)
            found.append({
                "type": type_, "trigger": Span(start, end, self.text[start:end]), "time": None, "location": None, "quantity": None,
                "sentence": sentence, "reported_by": None, "confidence": 0.6, "actor": actor,
                "target": self._party(aimed) if aimed is not None else None,
            })
        return found

    def _quoted_demand(self, words: Sequence[Token], speaker: Token, own: str, public: bool) -> tuple[list[Token], Token] | None:
        """The first demand in a quote's words on another state's party (`_quoted_demands`): a clause with "must",
        "should", "ought" or "needs to" whose subject is a named party of another state ("Kyiv must stop shelling"),
        not a kind of party ("countries must help each other") nor what is owed on a condition or was owed in the past;
        the words that give it and the party, or None."""
        inside = {w.i for w in words}
        for word in self._quoted_clauses(words):
            modal = next((c for c in children_of(word) if c.dep_ == "aux" and c.lower_ in DEONTIC_AUXILIARIES), None)
            if modal is None and not self._needs_to(word):
                continue
            if self._negated(word) or self._conditional(word) or self._counterfactual(word):
                continue
            subject = next((c for c in children_of(word) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.i not in inside or subject.pos_ == "PRON" or self._kind(subject) or not self._actor_like(subject):
                continue
            code = self._party(subject).country
            if code is not None and code != own and code not in NON_STATE_CODES:
                return [modal if modal is not None else word], subject
        return None

    def _quoted_verdict(self, words: Sequence[Token], speaker: Token, own: str, public: bool) -> tuple[list[Token], Token | None] | None:
        """The first verdict of guilt in a quote's words on a party the speaker may accuse (`_quoted_verdicts`): the
        words that give it and the accused, or None."""
        def accusable(accused: Token) -> bool:
            code = self._party(accused).country
            return code is not None and (code != own or (public and self._rival_person(accused, speaker)))

        inside = {w.i for w in words}
        clauses = list(self._quoted_clauses(words))
        heads = {c.i for c in clauses}
        for word in words:
            if word.pos_ == "NOUN":
                owner = next((c for c in children_of(word) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                blamed = [c for c in children_of(word) if c.dep_ == "amod" and c.lemma_.lower() in VERDICT_ADJECTIVES]
                if owner is not None and blamed and accusable(owner):
                    return self._tokens[blamed[0].i:word.i + 1], owner  # "Russia's illegal and unprovoked war"
            if word.i in heads:
                charged = self._condemned(word)
                if charged is None or charged[1] or self._negated(word) or self._conditional(word) or self._counterfactual(word):
                    continue
                accused = charged[0]
                if accused.i in inside and accusable(accused):
                    said = next((c for c in children_of(word) if c.dep_ in ("acomp", "attr")), word)
                    return [said], accused  # "Hungary's veto is shameful"
        for clause in clauses:
            if self._conditional(clause) or self._counterfactual(clause):
                continue
            verdict = self._unowned_verdict(clause)
            if verdict is not None:
                return [verdict], None  # "“This is extremely irresponsible,”" (rule 125)
        return None

    @staticmethod
    def _quoted_clauses(words: Sequence[Token]) -> Iterator[Token]:
        """The verbs that head a clause of a quote's words (its roots, their that-clauses and conjuncts, or a verb
        hung outside the words), which `_quoted_verdict` and `_quoted_demand` read."""
        inside = {w.i for w in words}
        return (w for w in words if w.pos_ in ("VERB", "AUX") and (w.dep_ in ("ROOT", "ccomp", "conj") or w.head.i not in inside))

    def _told_before(self, draft: dict, drafts: list[dict]) -> bool:
        """Whether a draft is a speech-act noun a reaction takes up ("Iran backed Yerevan's request") whose act an
        earlier draft of the same type by the same state already tells; alone ("Turkey rejected a U.S. request to
        use its bases") the request is an event of its own."""
        token = self._token_at(draft["trigger"].start)
        if token is None or token.i not in self._reacted_mentions or draft["actor"] is None or draft["actor"].country is None:
            return False
        return any(other["trigger"].start < draft["trigger"].start and other["type"] == draft["type"] and other["actor"] is not None
                   and other["actor"].country == draft["actor"].country for other in drafts)

    def _fired_only_in_answer(self, draft: dict) -> bool:
        """Whether an attack is one a side says it made "only" in answer, in reported speech: "said the guards had
        opened fire only after the driver ignored three warning shots", "said its soldiers had only fired on the post". The
        speaker defends an act the story has told (or is disputing who began it), which is no new attack; "Indian troops
        fired on the post after the shelling", told by the text, stays."""
        if draft["type"] != "ASSAULT":
            return False
        verb = self._token_at(draft["trigger"].start)
        if verb is None or verb.pos_ != "VERB":
            return False
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "said Kyrgyz guards fired first and that its soldiers had only fired back"
        if clause.dep_ != "ccomp":
            return False
        children = list(children_of(verb))
        if any(c.dep_ == "advmod" and c.lower_ == "only" for c in children):
            return True
        for clause in children:
            if clause.dep_ != "advcl":
                continue
            marks = [m for m in children_of(clause) if m.dep_ == "mark" and m.lower_ in ("after", "when")]
            # "only after the driver ignored…": "only" on the clause or on its "after"
            if marks and any(o.dep_ == "advmod" and o.lower_ == "only" for w in (clause, *marks) for o in children_of(w)):
                return True
        return False

    def _inside_acted_object(self, token: Token, found: dict) -> bool:
        """Whether a noun lies inside the object of a coded verb, through "of" phrases and appositions ("suspended its
        part of the Iona–Skeleton Coast park agreement": the agreement is what is suspended)."""
        current = token
        for _ in range(4):
            if current.dep_ not in ("pobj", "prep", "appos") or current.head.i == current.i:
                return False
            if current.dep_ == "prep" and current.lower_ != "of":
                return False
            current = current.head
            if current.dep_ in OBJECTS and current.head.i in found:
                return True
        return False

    def _in_named_body(self, token: Token) -> bool:
        """Whether a capitalised word lies inside the name of an organisation the gazetteer knows ("Shanghai
        Cooperation Organisation", "South Asian Association for Regional Cooperation")."""
        mention = self._phrase_country(token)
        return mention is not None and mention.kind in ORGANISATION_KINDS and mention.start <= token.idx < mention.end

    def _open_question(self, token: Token) -> bool:
        """Whether the event is what someone did not say, asked or has not decided, in a "whether" clause: "She did
        not say whether Tbilisi would accept a joint file" ("It is unclear whether…" stays, as hypothetical)."""
        return (token.dep_ == "ccomp" and self._verb_lemma(token.head) in OPEN_QUESTION_VERBS
                and any(c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(token)))

    def _yes_no_question(self, token: Token) -> bool:
        """Whether the token's sentence is a yes/no question ("Would Turkey have paid?", "Is Iran
        about to strike Israel?"): it opens with a modal or a form of be/do/have. A wh-question
        presupposes its event ("Why did Russia attack?") and is not one."""
        start, end = self._sentences[self._sentence_of[token.i]]
        last = end - 1
        while last > start and self._tokens[last].is_space:
            last -= 1
        if self._tokens[last].text != "?":
            return False
        first = next((t for t in self.doc[start:last] if not (t.is_space or t.is_punct)), None)
        return first is not None and (first.tag_ == "MD" or (first.lemma_ in ("be", "do", "have") and first.tag_ in FINITE_TAGS))

    @staticmethod
    def _present_tense(verb: Token) -> bool:
        """Whether a verb is in the present or the present perfect: "agrees", "have approved"."""
        return verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in children_of(verb)))

    def _counterfactual(self, verb: Token) -> bool:
        """"Moscow would have supported a shorter extension": it did not."""
        auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
        return verb.tag_ == "VBN" and "have" in auxiliaries and bool(auxiliaries & COUNTERFACTUAL_MODALS)

    def _in_condition(self, token: Token) -> bool:
        """Whether the event is (in) the condition of an if/unless clause ("warned of consequences if
        Kyrgyz forces crossed into the zone": the crossing did not happen)."""
        current = token
        for _ in range(4):
            if _marked_clause(current, CONDITIONAL_MARKERS):
                return True
            if _marked_clause(current, LIMIT_MARKERS) and (
                    self._unrealised(current.head) or current.tag_ in ("VBP", "VBZ")):
                # "would stay in port until the crews were freed", "demanded that it halt removals until the two governments
                # had met"; a present tense after "until" is always still to come ("until the two countries agree")
                return True
            if (current.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in FUTURE_TIME_MARKERS for m in children_of(current))
                    and self._unrealised(current.head) and self._present_tense(current)):
                # "the treaty will enter into force only when both parliaments have approved it", "would return once the
                # guns fall silent": a present after when/once under a future tells what is still to come (rule 71)
                return True
            if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
                break  # not through "and": the parser hangs a new clause's verb on the condition's
            current = current.head
        return False

    def _unrealised(self, verb: Token) -> bool:
        """Whether a clause tells what is to happen, not what did: a modal or future auxiliary ("would
        stay"), or a bare verb, as a demand's subjunctive or an order has it ("that construction stop")."""
        return verb.tag_ == "VB" or any(c.dep_ == "aux" and (c.lower_ in HYPOTHETICAL_AUXILIARIES or c.lower_ in FUTURE_AUXILIARIES) for c in children_of(verb))

    def _if_clause(self, verb: Token) -> Token | None:
        """The if/unless clause a verb is the consequence of."""
        return next((c for c in children_of(verb) if _marked_clause(c, ("if", "unless"))), None)

    def _conditional(self, token: Token) -> bool:
        current = token
        for _ in range(3):
            if self._if_clause(current) is not None:
                return True
            if current.head.i == current.i:
                break
            current = current.head
        return False

    def _home_ground(self, target: Token, actors: list[Token]) -> bool:
        """Whether a target is a place (not the state by name or capital) in the state of one of the actors:
        "Kaliningrad" for Russia, where a threatened act would be done at home."""
        mention = self._phrase_country(target)
        return (mention is not None and mention.kind == "place"
                and any((m := self._phrase_country(a)) is not None and m.code == mention.code for a in actors))

    def _condition_party(self, token: Token, actor_ids: set[int]) -> Token | None:
        """Who must meet an ultimatum's condition, its clause's own named subject: "would respond unless NATO stopped the
        exercises", "would take the matter to the WTO if the European Union did not drop the duties" (EU). A threat on
        what the other side must do is aimed at it; a pronoun or a thing ("if it did not include…") names no one."""
        for clause in children_of(token):
            if not _marked_clause(clause, ("if", "unless")):
                continue
            subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (subject is not None and subject.i not in actor_ids and subject.pos_ == "PROPN" and self._actor_like(subject)
                    and self._phrase_country(subject) is not None):
                return subject
        return None

    def _unless(self, token: Token) -> bool:
        """Whether the event is announced on a condition the other side must meet ("… unless X"), or on its failing
        to ("would take the matter to the WTO if the EU did not drop the duties", "warned that Nairobi would
        reciprocate if the ban was not lifted", "if Kabul fails to act"): an "if" clause denied is an "unless"."""
        for clause in children_of(token):
            if _marked_clause(clause, ("unless",)):
                return True
            if _marked_clause(clause, ("if",)) and (clause.lemma_.lower() in ("fail", "refuse") or any(c.dep_ == "neg" for c in children_of(clause))):
                return True
        return False

    # ------------------------------------------------------------------ reporting

    def _argument_country(self, trigger: Token, actors: list[Token], actor_codes: set[str]) -> Token | None:
        """The nearest state named inside the trigger's own arguments, when no role rule found a target
        with a country: "offered to host talks between Sudan's warring parties" (SDN), "reaffirmed that
        its treaty with the Philippines covers..." (PHL), "massed troops a few kilometres from the
        territory of Guyana" (GUY). Not the actor's own country, not the place, time or reason ("in Niger",
        "despite Israel's wish"), not in another clause ("... and said it would keep its cooperation with
        Iran" is another statement), not inside a quote the trigger is not in."""
        def circumstance(node: Token) -> bool:
            # where, when or why it happened, not to whom: "in Niger", "despite Israel's wish"
            if self._charge_phrase(node, trigger):
                return True  # the charge: "accused her of spying for Israel" is not aimed at Israel
            if _helper_phrase(node):
                return True  # "Russia invaded, with help from Belarus": a helper, not whom it invaded
            return node.dep_ == "prep" and (node.lower_ in LOCATION_PREPOSITIONS or node.lower_ in CIRCUMSTANCE_PREPOSITIONS) and not (
                node.lower_ in LOCATION_PREPOSITIONS and node.head.i != trigger.i and self._repression_at_home(node.head))

        def named(node: Token) -> bool:
            mention = self._token_country(node)
            return mention is not None and mention.code not in actor_codes

        return self._nearest_in_arguments(
            trigger, actors,
            first=lambda c: c.dep_ in ARGUMENT_DEPS and not circumstance(c),
            follow=lambda c: c.dep_ not in CLAUSE_BREAK_DEPS and not circumstance(c) and not self._described_act(c),
            named=named,
        )

    def _described_act(self, token: Token) -> bool:
        """Whether ``token`` is a rebuke, praise or demand a text or step is described by ("a statement condemning Moscow",
        "a resolution criticising Israel"): the state it names is that text's target, not the target of what is done
        to the text ("Hungary objected to a statement condemning Moscow" is not aimed at Moscow, rule 69)."""
        described = self._candidate_at.get(token.i) if token.dep_ == "acl" and token.tag_ == "VBG" else None
        return described is not None and described.type in REACTION_TYPES | SPEECH_ACT_TYPES

    def _charge_phrase(self, token: Token, trigger: Token) -> bool:
        """Whether ``token`` opens the charge an accusing verb lays ("accused her of spying for Israel", "charged with
        working for a foreign state"): the states it names are what the accused is said to have done or served, not
        the target (rule 57)."""
        return (token.dep_ == "prep" and token.head.i == trigger.i and token.lower_ in ("of", "with")
                and trigger.lemma_.lower() in CHARGING_VERBS)

    def _argued_place(self, trigger: Token, actors: list[Token], exclude: set[str]) -> Token | None:
        """The nearest state named as a place inside the trigger's own arguments ("to send troops to join a
        mission in Somalia"), other than ``exclude`` (the actor's states and the dateline's): where an act with no
        target is done. Not in another clause, not inside the actors' words, not inside a quote the trigger is not in."""
        def on_path(child: Token) -> bool:
            # the verbs, their objects and the places they are done in; an infinitive of purpose ("to send troops to
            # join a mission in …") is the same act; a source ("according to the forces in …") or an origin is not
            if child.dep_ in ("dobj", "obj", "xcomp"):
                return True
            if child.dep_ == "advcl":
                return any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(child))
            if child.dep_ == "prep":
                return child.lower_ in LOCATION_PREPOSITIONS
            return child.dep_ == "pobj" and child.head.lower_ in LOCATION_PREPOSITIONS

        def named(node: Token) -> bool:
            if node.dep_ != "pobj" or node.head.lower_ not in LOCATION_PREPOSITIONS:
                return False
            mention = self._token_country(node)
            return mention is not None and mention.code not in exclude and mention.code not in NON_STATE_CODES

        return self._nearest_in_arguments(trigger, actors, first=on_path, follow=on_path, named=named)

    def _nearest_in_arguments(self, trigger: Token, actors: list[Token], first, follow, named) -> Token | None:
        """The word nearest the trigger that ``named`` accepts, reached from the trigger's children that ``first``
        accepts through children that ``follow`` accepts; never inside the actors' words, nor inside a quote the
        trigger is not in (the walk of _argument_country and _argued_place)."""
        actor_ids = {t.i for a in actors for t in subtree_of(a)}
        own_quote = self._direct_quote_at(trigger.idx)
        frontier = [c for c in children_of(trigger) if first(c)]
        found: list[Token] = []
        while frontier:
            node = frontier.pop()
            if node.i in actor_ids or self._direct_quote_at(node.idx) != own_quote:
                continue
            if named(node):
                found.append(node)
            frontier.extend(c for c in children_of(node) if follow(c))
        return min(found, key=lambda t: abs(t.i - trigger.i), default=None)

    def _destination_before(self, index: int, exclude: set[str]) -> str | None:
        """The state of the place someone travelled to ("flew to New Delhi", "arrived in Kigali"), the
        nearest named before token ``index`` in its sentence and the one before, other than ``exclude``."""
        for _, token in self._tokens_before(index, 2):
            if token.dep_ != "pobj" or token.head.lower_ not in ("to", "in") or token.head.head.lemma_.lower() not in TRAVEL_VERBS:
                continue
            found = self._token_country(token)
            if found is not None and found.code not in NON_STATE_CODES and found.code not in exclude:
                return found.code
        return None

    def _border_partner(self, token: Token, exclude: set[int]) -> Token | None:
        """The state on the other side of a border the phrase names: "closed two of its six crossings with Belarus"
        is aimed at Belarus, not at the actor whose "its" owns the crossings."""
        head = self._semantic_head(token)
        if not _border_noun(head):
            return None  # also "its border posts with Rwanda"
        return self._target_from_prepositions([head], ("with",), exclude)

    def _owned_by_pronoun(self, token: Token) -> bool:
        """Whether a phrase is owned by "its"/"their" ("one of its fishing boats"; not "their own positions")."""
        children = list(children_of(self._semantic_head(token)))
        return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children) and not any(c.lower_ == "own" for c in children)

    def _repression_at_home(self, noun: Token) -> bool:
        """Whether a noun is an act of repression with no author named, which the state it happens in
        does: "expressed concern over the detention of a Norwegian citizen in Iran" is aimed at Iran (the
        place phrase may hang on the act's ``of`` phrase, as the parser often hangs it)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        return (noun.pos_ == "NOUN" and any(t.type == "COERCE" for t in LEXICON.nouns.get(noun.lemma_.lower(), ()))
                and self._nominal_actor(noun) is None)

    def _sentence_state(self, trigger: Token, actors: list[Token], actor_codes: set[str]) -> Token | None:
        """After the trigger's own arguments, its sentence: when it names exactly one state other than the
        actor's, that state is the other side ("After talks with Serbia collapsed, Croatia's president
        condemned the decision" → SRB). Two or more candidate states decide nothing, and the reporter of
        the trigger's clause is none of them."""
        excluded = {t.i for a in actors for t in subtree_of(a)}
        venues = self._venue_heads(trigger)
        for token in self._sentence_tokens(self._sentence_of[trigger.i]):
            # another statement coordinated with the trigger's, and reasons, are no side of this event
            if (token.dep_ == "conj" and token.head.i == trigger.i and token.pos_ in ("VERB", "AUX")) or (token.dep_ == "prep" and token.lower_ in REASON_PREPOSITIONS):
                excluded.update(t.i for t in subtree_of(token))
            elif self._charge_phrase(token, trigger):
                excluded.update(t.i for t in subtree_of(token))  # "accused her of spying for Israel": Israel is no side
            elif token.i != trigger.i and self._described_act(token):
                excluded.update(t.i for t in subtree_of(token))  # "objected to a statement condemning Moscow": the text's target
            elif _helper_phrase(token):
                excluded.update(t.i for t in subtree_of(token))  # "Russia invaded, with help from Belarus, in February": a helper
            elif token.dep_ == "prep" and token.lower_ == "through" and any(o.lemma_.lower() in CHANNEL_NOUNS for o in children_of(token)):
                excluded.update(t.i for t in subtree_of(token))  # "lodged a protest through diplomatic channels in Beijing": a channel
            elif token.lemma_.lower() in DRAWING_VERBS and token.dep_ == "advcl" and token.i > trigger.i and token.head.i != token.i:
                excluded.update(t.i for t in subtree_of(token))  # "fired a missile, drawing condemnation from Japan": who rebukes it
            elif token.head.i in venues and self._mere_venue(token):
                excluded.update(t.i for t in subtree_of(token))
            elif venues and token.dep_ == "prep" and token.lower_ in ("in", "at") and token.head.lemma_.lower() in HOSTED_GATHERINGS:
                # "at the meeting in Egypt, U.K. negotiators backed…", "the conference in Sharm el-Sheikh, where he will
                # pledge…": where a gathering is held is its host, no side of what is agreed at it
                excluded.update(t.i for t in subtree_of(token))
            elif token.lower_ == "according" and token.dep_ == "prep":
                # "the UPU offered…, according to its headquarters in Bern": the seat it speaks from is no side unless
                # its state has dealt with another already ("…, according to its office in Guatemala City" after
                # Guatemala summoned Mexico's ambassador)
                dealt = {c.code for i, pair, _ in self._coded_pairs if i < trigger.i for t in pair if (c := self._phrase_country(t)) is not None}
                excluded.update(t.i for t in subtree_of(token) if (m := self._token_country(t)) is None or m.code not in dealt)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "NOUN":
            # "Tehran's support for Moscow's war": whose the noun governing the act is (the supporter) is no side of it
            excluded.update(t.i for c in children_of(trigger.head.head) if c.dep_ == "poss" for t in subtree_of(c))
        if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECTS and trigger.head.pos_ in ("VERB", "AUX"):
            # "Saudi Crown Prince Mohammed bin Salman has mediated the release by Russia of ten combatants": who acts on the
            # act (brokers, welcomes or condemns it) is no side of it
            excluded.update(t.i for c in children_of(trigger.head) if c.dep_ in SUBJECTS for t in subtree_of(c))
        # from a noun, the clause it is told in: "…, Saudi Arabia's foreign ministry announced" is no side of the release,
        # whether the parser hangs the report above the clause or on it
        clause = self._clause_verb(trigger) if trigger.pos_ == "NOUN" else trigger
        trailing_reports = [c for c in children_of(clause)
                            if c.dep_ in ("advcl", "parataxis") and c.i > trigger.i and c.lemma_.lower() in REPORTING_VERBS]
        excluded.update(t.i for c in trailing_reports for s in children_of(c) if s.dep_ in SUBJECTS for t in subtree_of(s))
        while clause.dep_ in ("ccomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
            if clause.lemma_.lower() in REPORTING_VERBS:
                # who reports it is no side of it: "Iranian state media said the navy seized a tanker"
                excluded.update(t.i for c in children_of(clause) if c.dep_ in SUBJECTS for t in subtree_of(c))
                break
        if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
            own = {t.i for t in subtree_of(trigger)}  # "...fired at a Philippine boat and another rammed a trawler"
            excluded.update(t.i for t in subtree_of(trigger.head) if t.i not in own)
        own_quote = self._direct_quote_at(trigger.idx)
        found: list[tuple[Token, str]] = []
        for token in self._sentence_tokens(self._sentence_of[trigger.i]):
            if token.i in excluded or self._direct_quote_at(token.idx) != own_quote or self._in_dateline(token):
                continue  # the dateline ("ABUJA, Nigeria (AFP) —") says where the story is filed, not who is a side
            mention = self._token_country(token)
            if mention is not None and mention.code not in actor_codes and mention.code not in NON_STATE_CODES:
                found.append((token, mention.code))
        if len({code for _, code in found}) != 1:
            return None
        return min((token for token, _ in found), key=lambda t: abs(t.i - trigger.i))

    def _named_as_origin(self, token: Token, trigger: Token) -> bool:
        """Whether a word below ``trigger`` hangs on a "from" phrase on the way up to it (where something comes from)."""
        current = token
        while current.i != trigger.i and current.head.i != current.i:
            if current.dep_ == "prep" and current.lower_ == "from":
                return True
            current = current.head
        return False

    def _venue_heads(self, trigger: Token) -> set[int]:
        """The verbs whose "in"/"at" phrase tells where an agreement, approval or signing was made rather than with
        whom: the trigger and the complements it governs ("agreed in Geneva to extend the truce", "agreed to extend
        the truce in Geneva"); none for other types (a meeting's place is its host, "sought refuge in Germany" asks
        Germany) (rule 53)."""
        candidate = self._candidate_at.get(trigger.i)
        if candidate is None or candidate.nominal or candidate.type not in VENUE_TYPES or "CONSULT" in (candidate.type, candidate.trigger.type):
            return set()
        heads, frontier = {trigger.i}, [trigger]
        while frontier:
            verb = frontier.pop()
            for child in children_of(verb):
                if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                    heads.add(child.i)
                    frontier.append(child)
        return heads

    def _mere_venue(self, preposition: Token) -> bool:
        """Whether a prepositional phrase is only the venue of an act: "in Geneva", "at a meeting in Luxembourg", whose
        state the text names nowhere else, so that it is no side ("Sudan agreed in Geneva to extend the truce" is no
        act towards Switzerland; "Japan pledged in Manila to rebuild the port" in a story on the Philippines keeps it)."""
        if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "at"):
            return False
        mentions = [m for t in subtree_of(preposition) if (m := self._token_country(t)) is not None and m.kind != "demonym"]
        named = self._named_countries()
        return bool(mentions) and all(named[m.code] <= 1 for m in mentions)

    def _direct_quote_at(self, position: int) -> Quote | None:
        """The first direct quote (in ``quotes`` order) holding ``position``, if any."""
        count = bisect_right(self._direct_starts, position)  # the direct quotes starting at or before it
        if not count or self._direct_reach[count - 1] <= position:
            return None
        return min(((number, q) for number, q in self._direct[:count] if position < q.end), key=lambda item: item[0], default=(0, None))[1]

    def _in_quoted_words(self, position: int) -> bool:
        """Whether ``position`` lies in a direct quote, not on the cue a quote split in two holds between its parts
        ("“It's nonsense,” Mr. Trump said. “She lies…”": "said" is the report, rule 125)."""
        quote = self._direct_quote_at(position)
        if quote is None:
            return False
        return not (quote.parts and quote.cue is not None and quote.cue.start <= position < quote.cue.end)

    def _quote_source(self, position: int) -> tuple[bool, Source | None]:
        for quote in self.quotes:
            pieces = quote.parts or (quote,)
            if any(piece.start <= position < piece.end for piece in pieces):
                if quote.speaker is not None:
                    s = quote.speaker
                    return True, Source(s.entity, s.name, s.start, s.end)
                if quote.via:
                    v = quote.via[0]
                    return True, Source(v.entity, v.name, v.start, v.end)
                return True, None
        return False, None

    def _reporting_source(self, token: Token) -> Source | None:
        """Who reports the event: the subject of a reporting verb whose complement holds the trigger
        ("..., officials said"), or an ``according to`` phrase in its sentence."""
        current = token
        for _ in range(MAX_HOPS):
            head = current.head
            if head.i == current.i:
                break
            if current.dep_ in ("ccomp", "parataxis") and head.pos_ == "VERB" and head.lemma_.lower() in REPORTING_VERBS:
                reporter, _ = self._subject(head)
                return self._source(reporter) if reporter is not None else None
            if current.dep_ in ("nsubj", "nsubjpass", "relcl", "acl"):
                break
            current = head
        # "Russian forces shelled Kyiv, officials said" may attach the reporting verb below the event.
        for child in children_of(current):
            if child.dep_ in ("parataxis", "ccomp", "advcl") and child.pos_ == "VERB" and child.lemma_.lower() in REPORTING_VERBS and child.i > token.i:
                if not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in children_of(child)):
                    reporter, _ = self._subject(child)
                    if reporter is not None:
                        return self._source(reporter)
        start, end = self._sentences[self._sentence_of[token.i]]
        for i in range(start, end - 1):
            if self._tokens[i].lower_ == "according" and self._tokens[i + 1].lower_ == "to":
                for obj in children_of(self._tokens[i + 1]):
                    if obj.dep_ == "pobj":
                        return self._source(obj)
        return None

    def _source(self, token: Token) -> Source:
        party = self._party(token)
        return Source(party.entity, party.name, party.start, party.end)

    # ------------------------------------------------------------------ time and quantity

    def _linked_time(self, candidate: _Candidate) -> str | None:
        if not self.times:
            return None
        anchor = candidate.token
        clause = self._clause_verb(anchor)
        sentence = self._sentence_of[anchor.i]
        subject_words = {w.i for c in children_of(anchor) if c.dep_ in SUBJECTS for w in subtree_of(c)}
        best: tuple[int, str] | None = None
        for time in self.times:
            token = self._token_at(time.start)
            if token is None or self._sentence_of[token.i] != sentence:
                continue
            inside = candidate.nominal and anchor.left_edge.i <= token.i <= anchor.right_edge.i
            if not inside and token.dep_ in ("nummod", "compound", "amod", "nmod") and token.head.pos_ == "NOUN" and (
                    token.i in subject_words or (token.head.i != anchor.i and token.head.lemma_.lower() in ENDED_PACT_NOUNS and _names_year(token))):
                # "Brazil, a guarantor of the 1998 peace accord, urged…": the year describes who acts, not when; "suspended
                # the 2016 migration pact" names the pact by its year, and the suspension is not dated 2016 (rule 67). A
                # ruling or an election named by its year still dates a reaction to it ("has never accepted the 2021 ruling")
                continue
            if not inside and token.i in subject_words and self._describes_subject(token, anchor):
                continue  # "South Africa, which … sent troops into the kingdom once before, in 1998, congratulated…"
            if inside or self._clause_verb(token).i == clause.i:
                distance = abs(token.i - anchor.i)
                if best is None or distance < best[0]:
                    best = (distance, time.id)
        return best[1] if best else None

    @staticmethod
    def _describes_subject(token: Token, verb: Token) -> bool:
        """Whether a time inside a verb's subject tells of the subject rather than of the act: in a relative clause on it,
        or in a phrase hung on one of its nouns ("South Africa, which has sent troops into the kingdom once before, in
        1998, congratulated…"); not in a participle of the act's telling ("Kenya's president, speaking on Monday, urged…")."""
        word = token
        while word.head.i != word.i and word.head.i != verb.i:
            if word.dep_ == "relcl":
                return True
            if word.dep_ in ("acl", "advcl") and word.tag_ in ("VBG", "VBN"):
                return False
            if word.dep_ == "prep" and word.head.pos_ in ("NOUN", "PROPN") and word.head.dep_ in SUBJECTS:
                return True
            word = word.head
        return False

    def _linked_quantity(self, candidate: _Candidate) -> Quantity | None:
        """The quantity of the event's participants or objects ("around 30,000 troops", "killing 23
        people"), from its clause; durations and amounts in adverbial phrases ("after five hours of
        talks") are not the event's."""
        if self._quantities is None:
            self._quantities = find_quantities(self.doc)
        if not self._quantities:
            return None
        anchor = candidate.token
        clause = self._clause_verb(anchor)
        sentence = self._sentence_of[anchor.i]
        best: tuple[int, Quantity] | None = None
        for quantity in self._quantities:
            token = self._token_at(quantity.start)
            if token is None or self._sentence_of[token.i] != sentence:
                continue
            inside = candidate.nominal and anchor.left_edge.i <= token.i <= anchor.right_edge.i
            if inside or (self._clause_verb(token).i == clause.i and self._argument_path(token, clause)):
                distance = abs(token.i - anchor.i)
                if best is None or distance < best[0]:
                    best = (distance, quantity)
        return best[1] if best else None

    def _argument_path(self, token: Token, clause: Token) -> bool:
        """Whether ``token`` hangs from ``clause`` through its arguments rather than an adverbial
        phrase of time or circumstance."""
        current = token
        for _ in range(MAX_HOPS):
            if current.i == clause.i:
                return True
            if current.dep_ == "prep" and current.lower_ in ADVERBIAL_PREPOSITIONS:
                return False
            if current.dep_ in ("npadvmod", "advmod", "advcl"):
                return False
            if current.head.i == current.i:
                return False
            current = current.head
        return False

    def _token_at(self, char: int) -> Token | None:
        """The token holding character ``char`` (None in the space between tokens)."""
        if self._token_starts is None:
            self._token_starts = self.doc.to_array("IDX").tolist()
        index = bisect_right(self._token_starts, char) - 1
        if index < 0:
            return None
        token = self._tokens[index]
        return token if char < token.idx + len(token.text) else None

    # ------------------------------------------------------------------ assembly

    def _trigger_span(self, candidate: _Candidate) -> Span:
        token = candidate.token
        lo = hi = token.i
        for extra in (candidate.noun, *candidate.particles):
            if extra is not None and abs(extra.i - token.i) <= 5:
                lo, hi = min(lo, extra.i), max(hi, extra.i)
        start = self._tokens[lo].idx
        end = self._tokens[hi].idx + len(self._tokens[hi])
        return Span(start, end, self.text[start:end])

    def _sentence_span(self, token: Token) -> Span:
        first, last = self._sentences[self._sentence_of[token.i]]
        while last - 1 > first and self._tokens[last - 1].is_space:
            last -= 1
        start = self._tokens[first].idx
        end = self._tokens[last - 1].idx + len(self._tokens[last - 1])
        return Span(start, end, self.text[start:end])

    def _link_governors(self, candidates: list[_Candidate]) -> None:
        """Attach each candidate to the intent or speech-act trigger that governs it, if any."""
        by_token = {c.token.i: c for c in candidates}
        for candidate in candidates:
            current = candidate.token
            purpose = False  # climbed from a purpose infinitive: governed, but not the governor's own complement
            for _ in range(MAX_HOPS):
                head = current.head
                if head.i == current.i or (current.dep_ in ("ccomp", "dep") and self._coordinated_clause(current)) or self._past_after_infinitive(current):
                    break  # "refused to extradite him, and the ministry summoned the ambassador": not refused
                if current.dep_ == "conj" and head.dep_ == "ccomp" and (self._tense_shift(head, current) or self._perfect_shift(head, current)):
                    break  # "said the agency should respect … and accused Lithuania of…": the speaker's next act, not what was asked
                if current.dep_ == "ccomp" and current.i < head.i and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKERS for c in children_of(head)):
                    # "Serbia put its army on alert, the ministry said, a day after Kosovo's prime minister ordered police…": the
                    # parser makes the "after" clause the root and the main clause its complement; nothing ordered the alert
                    break
                governor = by_token.get(head.i)
                if governor is not None and governor is not candidate and self._halted_act(governor, current):
                    candidate.governor = governor  # "stopped supplying drones to Russia": the supply ended, it was not made (rule 53)
                    break
                if governor is not None and governor is not candidate:
                    infinitive = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(current))
                    # a verb coordinated with the governor is its sibling, not its complement: "asked the
                    # Council to meet, and his minister accused Caracas"
                    if candidate.token.i == current.i and _rules_out(current) and self._verb_lemma(governor.token) in REFUSAL_VERBS:
                        break  # "refused to rule out the use of force" is the rule-out negated, coded on its own (rule 67)
                    if self._decided(governor, candidate, current):
                        self._decisions.add(governor.token.i)  # the decision is the act: code it, not the agreement
                    elif governor.trigger.governs and (infinitive or current.dep_ not in ("nsubj", "nsubjpass", "csubj", "agent", "relcl", "advcl", "appos", "conj")):
                        candidate.governor = governor
                        if not purpose:
                            governor.complements.append(candidate)
                    elif current.dep_ == "conj" and governor.governor is not None:
                        # "threatened to attack and destroy the base": the second verb is governed too
                        candidate.governor = governor.governor
                        governor.governor.complements.append(candidate)
                    elif self._purpose_of_complement(current):
                        current, purpose = head, True  # "denied sending troops to support the rebels": no support was given
                        continue
                    break
                if current.dep_ in ("nsubj", "nsubjpass", "relcl", "advcl", "appos", "parataxis"):
                    if not self._purpose_of_complement(current):
                        break
                    purpose = True
                if current.dep_ == "acl" and current.tag_ == "VBN":
                    break  # "promised an amnesty for members accused of war crimes": a description, not what is promised
                if current.dep_ == "pobj" and head.lower_ in CIRCUMSTANCE_PREPOSITIONS:
                    break  # "called for sanctions in the wake of the execution": the execution is not asked for
                current = head

    @staticmethod
    def _purpose_of_complement(clause: Token) -> bool:
        """Whether ``clause`` is the purpose infinitive of a verb that is itself another verb's complement: "support"
        in "denied sending troops to support the rebels", "attack" in "threatened to send troops to attack", "rescue"
        in "urged Italy to send ships to rescue migrants". What the denied, threatened or asked act was for did not
        happen either, so the governor of the act governs its purpose (rule 67); the purpose of an act done ("sent
        police to Haiti to support the government") is unchanged."""
        return (clause.dep_ == "advcl" and clause.head.dep_ in ("xcomp", "ccomp", "pcomp") and clause.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)))

    def _halted_act(self, halt: _Candidate, clause: Token) -> bool:
        """Whether ``clause`` is the act a halt names as ended: the gerund of "stopped supplying drones to Russia" or
        "urged Iran to stop supplying drones", which the halt codes as cooperation cut off (SANCTION); the supply
        itself is no new event, as a reader would not count aid given where the text says it ends. So is the pact a
        verbal SANCTION ends, suspends or scraps ("suspended its fishing agreement with Spain")."""
        if halt.type != "SANCTION" or halt.nominal or clause.head.i != halt.token.i:
            return False
        if clause.dep_ == "dobj" and clause.pos_ == "NOUN" and clause.lemma_.lower() in ENDED_PACT_NOUNS:
            return True  # "suspended its fishing agreement with Spain": the agreement cut off is no new agreement (rule 54)
        return self._verb_lemma(halt.token) in HALT_VERBS and clause.dep_ == "xcomp" and clause.tag_ == "VBG"

    def _decided(self, governor: _Candidate, candidate: _Candidate, clause: Token) -> bool:
        """Whether "agreed to" names a body's decision rather than a promise to another party: "EU
        energy ministers agreed on Wednesday to ban imports of Russian gas" is the ban (SANCTION), as
        no partner is named ("agreed with Iran to…" stays an agreement)."""
        verb = governor.token
        if (verb.lemma_.lower() in COMMAND_VERBS and clause.dep_ == "xcomp" and clause.head.i == verb.i and candidate.token.i == clause.i
                and candidate.type in MATERIAL_CONFLICT):
            # "ordered the army to reinforce the border": a command to one's own forces is their act (MOBILIZE), no request
            forces = next((c for c in children_of(verb) if c.dep_ in OBJECTS), None)
            return forces is not None and forces.lemma_.lower() in OWN_FORCES and self._phrase_country(forces) is None
        return (verb.lemma_.lower() == "agree" and clause.dep_ == "xcomp" and clause.head.i == verb.i
                and candidate.token.i == clause.i and candidate.type in DECIDED_TYPES
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(verb)))

    def _resolve_type(self, candidate: _Candidate) -> str:
        """The type after PLOVER's intent rule: an intent verb takes the verbal type of its complement."""
        trigger = candidate.trigger
        if not trigger.intent:
            return candidate.type
        types = self._intended_types(candidate)
        if not types:
            return "" if trigger.complement else trigger.type
        first = types[0]
        if first in COOPERATIVE or (first == "REQUEST" and self._verb_lemma(candidate.token) == "offer"):
            return "AGREE"  # "offered to advise both governments": advice offered is help, not a demand
        if first in MATERIAL_CONFLICT:
            if first == "SANCTION" and trigger.conflict == "MOBILIZE":
                return "THREATEN"  # "is preparing to slam sanctions on banks…": a measure readied is held over its target, no force moved
            return trigger.conflict
        return first

    def _ordered_out(self, verb: Token) -> bool:
        """Whether a command sends a diplomat out of the country, or shuts a state's mission: "ordered the
        ambassador to leave the country within 72 hours", "ordered Bulgaria to close its consulate in Bitola"."""
        close = next((c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in CLOSING_VERBS), None)
        if close is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in MISSION_NOUNS for c in children_of(close)):
            return True
        leave = next((c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() == "leave"), None)
        if leave is None:
            return self._sent_out_envoy(verb)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in LEFT_VENUE_NOUNS for c in children_of(leave)):
            return False  # "ordered the Russian envoy to leave the meeting": out of the room, not the country
        if self._negated(leave):
            return False  # "told the ambassador not to leave the embassy" keeps him in
        # the passive's subject too: "the ambassador was ordered to leave within 72 hours"
        envoy = next((c for c in (*children_of(verb), *children_of(leave)) if c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass") and c.i != verb.i
                      and (c.lemma_.lower() in ENVOY_NOUNS or self._head_of_mission(c))), None)
        return envoy is not None

    def _sent_out_envoy(self, verb: Token) -> bool:
        """Whether a command with the particle "out" sends an envoy out of the country: "ordered out an Indian
        diplomat", "ordered the ambassador out within 48 hours", "ordered the envoy out of the country" (rule 54).
        Only envoys: "ordered out the army" deploys it, and "ordered the protesters out of the square" clears a place."""
        out = next((c for c in children_of(verb) if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"), None)
        if out is None:
            return False
        if out.dep_ == "prep" and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in LEFT_VENUE_NOUNS
                                                                                    for o in children_of(c)) for c in children_of(out)):
            return False  # "ordered the envoy out of the meeting": out of the room, not the country
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in ENVOY_NOUNS or self._head_of_mission(c)) for c in children_of(verb))

    def _ordered_from_country(self, verb: Token) -> bool:
        """Whether a command sends people other than diplomats out of the country: "ordered the 30 members of a
        European Union observer mission to leave the country", "ordered foreign journalists to leave the territory"."""
        leave = next((c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() == "leave"), None)
        if leave is None or not any(c.dep_ == "dobj" and c.lemma_.lower() in ("country", "territory") for c in children_of(leave)):
            return False
        people = next((c for c in (*children_of(verb), *children_of(leave)) if c.dep_ in ("dobj", "nsubj") and c.i > verb.i and c.pos_ == "NOUN"), None)
        return people is not None and (self._people_like(people) or _noun_class(self._semantic_head(people), "person"))

    def _head_of_mission(self, noun: Token) -> bool:
        """A diplomat named by his post in a mission: "the deputy head of the EU delegation in Minsk", "the second
        secretary of the Serbian embassy", "a first secretary" (a secretary of state or of a ministry is no diplomat)."""
        lemma = noun.lemma_.lower()
        of_mission = any(p.dep_ == "prep" and p.lower_ in ("of", "at", "in") and any(o.dep_ == "pobj" and o.lemma_.lower() in MISSION_NOUNS | {"delegation"} for o in children_of(p))
                         for p in children_of(noun))
        if lemma in DIPLOMATIC_RANK_NOUNS:
            return of_mission or any(c.dep_ == "amod" and c.lower_ in DIPLOMATIC_RANK_ORDINALS for c in children_of(noun))
        return lemma == "head" and of_mission

    def _intended_types(self, candidate: _Candidate) -> list[str]:
        """The types of what an intent verb's complement or object names ("promised to send aid",
        "are preparing joint exercises")."""
        # the complement the verb takes itself ("pledged $1.4 billion to help…") before one further down ("…,
        # less than half of what the UN had asked for")
        direct = [c for c in candidate.complements if c.token.head.i == candidate.token.i]
        if direct:
            types = [self._intended_type(c) for c in direct]
        elif self._further_only(candidate):
            types = []
        else:
            types = [self._intended_type(c) for c in candidate.complements]
        if not types:
            types = [e.type for c in children_of(candidate.token) if c.dep_ in OBJECTS
                     for e in self._noun_entries(c, LEXICON.nouns.get(c.lemma_.lower(), ()))[:1]]
        if not types and any(c.dep_ == "xcomp" and _uses_all_means(c) for c in children_of(candidate.token)):
            types = ["ASSAULT"]  # "vowing to use “all means available”": force left unnamed, as "vowed to respond"
        return types

    @staticmethod
    def _intended_type(complement: _Candidate) -> str:
        """The type an intent verb takes from one complement: violence a halt ends is its end, a retreat ("proposed a
        plan to halt the fighting", "offered to end the war": AGREE, not THREATEN)."""
        token = complement.token
        if (complement.nominal and complement.type == "ASSAULT" and token.dep_ in OBJECTS
                and token.head.lemma_.lower() in HALT_VERBS | {"end"}):
            return "RETREAT"
        return complement.type

    def _further_only(self, candidate: _Candidate) -> bool:
        """Whether an intent verb's only complements lie in an aside of its object or adjunct, not in a
        clause of its own: "pledged $1.4 billion…, less than half of what the UN had asked for"."""
        def aside(token: Token) -> bool:
            while token.i != candidate.token.i and token.head.i != token.i:
                if token.dep_ in ("dep", "npadvmod", "appos"):
                    return True
                token = token.head
            return False

        return bool(candidate.complements) and all(aside(c.token) for c in candidate.complements)

    def _roles_subject(self, candidate: _Candidate) -> tuple[Token | None, bool]:
        """The actor token of a candidate and whether the trigger is a passive."""
        token = candidate.token
        if candidate.nominal:
            actor = self._nominal_actor(token)
            if actor is None and candidate.trigger.type == "ACCUSE" and token.lemma_.lower() == "attack":
                actor = self._attacker_in_clause(token)  # "followed up with a more frontal attack on Trump" (_verbal_attack)
            if (actor is None and candidate.trigger.type in VOICED_TYPES and token.dep_ == "dobj"
                    and token.head.lemma_.lower() in VOICING_VERBS and not self._passive(token.head)):
                actor = self._subject(token.head)[0]  # "Prigozhin has poured scathing criticism on Shoigu": who voices it
            return actor, False
        actor, passive = self._subject(token)
        if passive and actor is None and self._verb_lemma(token) in EXPULSION_VERBS:
            # "A Russian diplomat was expelled from Norway": who expels is where from; the expelled are the target
            source = self._target_from_prepositions([token], ("from",), set())
            if source is not None:
                return source, True
        if (passive and actor is None and candidate.trigger.type in THEME_TYPES
                and self._verb_lemma(token) not in EXPULSION_VERBS | TOLD_OUT_VERBS | PERMITTING_VERBS):
            # "30,000 Russian troops will be stationed in Belarus": the troops are the ones moving; "two diplomats were
            # expelled" sends them away, and "a diplomat had been allowed to see the captain" lets them in, so they are
            # the target, never the actor
            subject = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
            if subject is None and token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN" and token.head.i < token.i:
                subject = token.head  # "warheads to be stationed on its territory": what the passive infinitive describes
            if subject is not None and (subject.lemma_.lower() in THEME_NOUNS or (candidate.trigger.type == "MOBILIZE" and self._weapon_like(subject))):
                return subject, False  # and weapons moved: "Russian warheads were stationed in Belarus"
        if actor is not None and not passive and actor.lower_ in ELLIPTIC_SUBJECTS and token.dep_ == "conj" and not any(c.dep_ in ("prep", "amod", "compound") for c in children_of(actor)):
            # "a Chinese ship fired water cannon and another rammed its escort": another Chinese ship
            first, _ = self._subject(token.head)
            actor = first if first is not None and first.i != actor.i else actor
        if actor is not None and not passive:
            actor = self._resolved_pronoun(actor, token)
            if _noun_class(actor, "document") and self._phrase_country(actor) is None and self._entity_of(actor) is None:
                actor = self._issuer(actor) or actor
        return actor, passive

    def _issuer(self, document: Token) -> Token | None:
        """Who issued a statement that acts ("a joint communique that called on Myanmar", "The
        statement also condemned..."): the subject of the clause it came out of ("ended the summit
        with a communique", "issued a statement"), else the last actor named as a subject in the
        sentences before. A body named before the document issued it: "A Senate report accused…"."""
        author = next((c for c in children_of(document) if c.dep_ == "compound" and c.pos_ == "PROPN" and self._actor_like(c)), None)
        if author is not None:
            return author
        holder = document.head.head if document.dep_ == "pobj" else document.head if document.dep_ in OBJECTS else None
        if holder is not None and holder.pos_ in ("VERB", "AUX"):
            if holder.lemma_.lower() in ISSUING_VERBS:
                subject, _ = self._subject(holder)
                if subject is not None and self._actor_like(subject):
                    return subject
            elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(document)):
                return None  # "urged Beijing to respect a 2016 ruling that rejected...": not issued here
        for _, token in self._tokens_before(document.i, 3):
            if token.dep_ == "nsubj" and token.pos_ != "PRON" and token.idx >= self._dateline_end and self._actor_like(token) and not _noun_class(token, "document"):
                return token
        return None

    def _statement(self, candidate: _Candidate) -> bool:
        """A warning that only says what will happen ("Obama warned that the museum would not be a
        panacea") is a claim: no one is threatened and nothing is threatened against them. So is
        declining or refusing to speak ("declined to comment", CAMEO 014, a public statement); but a
        speech verb with an object is an act asked for ("urged the president to declare a state of
        emergency", "called on its members to add firms to the list")."""
        trigger = candidate.trigger
        addressed = any(c.dep_ in OBJECTS or c.dep_ == "dative" for c in children_of(candidate.token))  # "urged Jakarta to think again" asks Jakarta
        if trigger.governs and not addressed and any(c.dep_ == "xcomp" and self._speaking(c, trigger.type == "REJECT") for c in children_of(candidate.token)):
            return True
        if trigger.type != "THREATEN" or not trigger.governs or trigger.intent or candidate.complements or candidate.nominal:
            return False
        children = list(children_of(candidate.token))
        if any(c.dep_ == "ccomp" and self._if_clause(c) is not None for c in children):
            return False  # "warned that Warsaw would respond if Russian troops moved closer": a consequence promised
        if any(c.dep_ == "ccomp" and self._penalty_faced(c) for c in children):
            return False  # "warned that Malian diplomats could face the same treatment": a penalty promised to them
        if any(c.dep_ == "ccomp" and self._harm_promised(c) for c in children):
            return False  # "warned that Egypt would bear responsibility", "that Somali militants would be punished"
        if any(c.dep_ == "ccomp" and self._retaliates(c) and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUXILIARIES | {"would", "could"}
                                                                for a in children_of(c)) for c in children):
            return False  # "warned that Tehran would answer with visas for Georgian lorry drivers": an answer promised
        return any(c.dep_ == "ccomp" for c in children) and not any(c.dep_ in OBJECTS or c.dep_ in ("dative", "prep", "xcomp") for c in children)

    def _convinced(self, verb: Token) -> bool:
        """Whether "persuaded" or "convinced" in the passive with no agent says what someone believes: "is still
        persuaded of the benefits of trade", "was convinced that the talks would fail"; "was persuaded by Kenya to
        withdraw" is still a request."""
        return (self._verb_lemma(verb) in ("persuade", "convince") and any(c.dep_ == "auxpass" for c in children_of(verb))
                and not any(c.dep_ == "agent" or c.dep_ == "xcomp" for c in children_of(verb))
                and any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "ccomp" for c in children_of(verb)))

    def _not_the_act_object(self, candidate: _Candidate, type_: str) -> bool:
        """Whether a verb's object shows it is not the act the lexicon codes: forces are built up, not wealth ("has built
        up an impressive net worth"); people are charged, not prices ("retailers can only charge the price set by the
        government", "charging students more than $30,000"); voters a campaign targets are its audience; and what is
        seized on is used, not taken."""
        verb = candidate.token
        lemma = self._verb_lemma(verb)
        if (lemma == "seize" and verb.i + 1 < len(self._tokens) and self._tokens[verb.i + 1].lower_ in ("on", "upon")
                and self._tokens[verb.i + 1].head.i == verb.i and not self._passive(verb)):
            return True  # "Trump seized on the video in a debate": made use of it, took nothing ("was seized on its way" is)
        built_up = type_ == "MOBILIZE" and candidate.trigger.words == ("build", "up")
        charged = type_ == "ACCUSE" and lemma == "charge"
        targeted = candidate.trigger.type == "ASSAULT" and lemma == "target"
        obj = self._object(verb) if built_up or charged or targeted else None  # only these three read their object
        if obj is None:
            return False
        head = self._semantic_head(obj)
        if built_up:
            return not (head.lemma_.lower() in THEME_NOUNS or _noun_class(head, "weapon") or self._actor_like(obj))
        if charged:
            # "charging students more than $30,000": the sum beside the payers
            return any(c.dep_ in ("dobj", "npadvmod", "dative") and (c.ent_type_ == "MONEY" or c.lemma_.lower() in CHARGED_SUMS)
                       for c in (head, *children_of(verb)))
        return head.lemma_.lower() in CAMPAIGN_AUDIENCES  # "plans to target Indiana voters via mail": a campaign's audience

    @staticmethod
    def _speaking(clause: Token, declined: bool) -> bool:
        """Whether a complement only speaks: "declined to comment", "promised to elaborate". Declined, so is withholding
        what one knows ("declined to give details of the talks", "refused to disclose the names of the detained"),
        answering a question ("declined to respond to a question") and "refused to be drawn on whether…", while a
        promise to give details or an agreement to share information is one to a party."""
        lemma = clause.lemma_.lower()
        objects = [c for c in children_of(clause) if c.dep_ in OBJECTS]
        if lemma in SPEECH_VERBS and not objects:
            return True
        if not declined:
            return False
        if lemma in SPEECH_VERBS | TELLING_VERBS and objects and all(o.lemma_.lower() in INFORMATION_NOUNS for o in objects):
            return True
        if lemma in ANSWERING_VERBS:
            answered = objects + [o for p in children_of(clause) if p.dep_ == "prep" and p.lower_ == "to" for o in children_of(p) if o.dep_ == "pobj"]
            return bool(answered) and all(o.lemma_.lower() in QUESTION_NOUNS for o in answered)
        # "refused to be drawn on whether…", "declined to be interviewed for this article"
        return lemma in ("draw", "interview") and any(c.dep_ == "auxpass" for c in children_of(clause))

    def _harm_promised(self, clause: Token) -> bool:
        """Whether a warned clause promises its subject, a party of some state, harm in the set phrases of threats: "would
        bear responsibility" (or "the consequences"), "would be punished", "should not feel safe", "was playing with
        fire", "would answer for", "would pay a heavy price". A forecast about things ("the economy would suffer") is
        none."""
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (self._phrase_country(subject) is not None or self._actor_like(subject) or self._people_like(subject)):
            return False
        lemma = clause.lemma_.lower()
        objects = {c.lemma_.lower() for c in children_of(clause) if c.dep_ == "dobj"}
        particles = {c.lower_ for c in children_of(clause) if c.dep_ in ("prep", "prt")}
        negated = any(c.dep_ == "neg" for c in children_of(clause))
        promised = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES | {"would", "could", "must", "should"} for c in children_of(clause))
        # "would bear responsibility" promises it; "bears responsibility for the attack" lays blame (_responsibility_placed)
        return ((lemma == "bear" and promised and bool(objects & {"responsibility", "consequence", "brunt"}))
                or (lemma == "punish" and subject.dep_ == "nsubjpass")
                or (lemma == "feel" and negated and any(c.lower_ == "safe" for c in children_of(clause)))
                or (lemma == "play" and "with" in particles and any(o.lower_ == "fire" for p in children_of(clause) for o in children_of(p)))
                or (lemma == "answer" and "for" in particles)
                # "would pay a heavy price": a price paid for an act is a punishment promised
                or (lemma == "pay" and "price" in objects and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in children_of(clause))))

    @staticmethod
    def _penalty_faced(clause: Token) -> bool:
        """Whether a warned clause says its subject could or would face a penalty: "warned that Kyrgyz exporters could
        face further duties", "that Sudanese troops who crossed the line could face consequences". Whoever warns of the
        penalty is the one who would impose it, which is a threat; "warned that the region could face famine" is none."""
        return (clause.lemma_.lower() in PENALTY_VERBS and any(c.dep_ == "nsubj" for c in children_of(clause))
                and any(c.dep_ == "aux" and c.lower_ in ("could", "would", "will", "may", "might") for c in children_of(clause))
                and any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS for c in children_of(clause)))

    def _choose_entry(self, candidate: _Candidate, actor: Token | None) -> bool:
        """Settle on the first lexicon entry whose actor constraint holds ("protest" by people is
        PROTEST, by a government ACCUSE); False when none does."""
        alternatives = list(candidate.entries)
        trigger = candidate.trigger
        # a protest noun (people's PROTEST, else ACCUSE) is the people's unless one state's: "a Philippine
        # protest" is diplomatic, while "protests spread" or "Kenyan protests" are in the street
        # "drew protests from India and Vietnam" are the states' (a crowd drawn out is still people: "from students")
        street = (candidate.nominal and (actor is None or (candidate.token.tag_ == "NNS" and not self._drawn_rebuke(candidate.token)))
                  and any(a.type == "ACCUSE" for a in alternatives))
        # "a strike by North Macedonia's customs officers": people at work who stop it protest, whoever employs them
        labour = (candidate.nominal and candidate.token.lemma_.lower() == "strike" and actor is not None
                  and self._semantic_head(actor).lemma_.lower() in WORKER_NOUNS)
        while trigger.people and not street and not labour and not self._people_like(actor):
            if not alternatives:
                return False
            trigger = alternatives.pop(0)
        if trigger is not candidate.trigger:
            candidate.trigger, candidate.type = trigger, trigger.type
        return True

    def _emit(self, candidate: _Candidate) -> list[dict]:
        token = candidate.token
        actor_token, passive = self._roles_subject(candidate)
        if not self._choose_entry(candidate, actor_token):
            return []
        type_ = self._resolve_type(candidate)
        if not type_ or self._statement(candidate):
            return []
        notice = type_ == "THREATEN" and self._notice_to_shipping(candidate)
        if notice:
            if not self._notified_exercise(candidate):
                return []  # "the Russian warnings to shipping reached some boats late": a notice to sailors threatens no one
            # "issued a warning to shipping for a three-day live-fire exercise": the notice announces a drill (MOBILIZE)
            type_ = candidate.type = "MOBILIZE"
        if type_ == "AGREE" and not candidate.nominal and self._verb_lemma(token) == "invite" and any(
                c.dep_ == "xcomp" and c.tag_ == "VB" and c.lemma_.lower() not in ATTENDANCE_VERBS
                and not any(e.type in COOPERATIVE | {"CONSULT"} for e in LEXICON.verbs.get(c.lemma_.lower(), ())) for c in children_of(token)):
            type_ = candidate.type = "REQUEST"  # "Trump invited Russia to dig up the missing emails": a deed asked for, no visit offered
        if type_ == "REQUEST" and self._ordered_out(token):
            type_ = "SANCTION"  # "ordered Mexico's ambassador to leave the country" expels her (CAMEO 1661)
        elif type_ == "REQUEST" and self._ordered_from_country(token):
            type_ = "COERCE"  # "ordered the 30 members of an EU observer mission to leave the country" expels them (CAMEO 174)
        if type_ == "REQUEST" and not candidate.nominal and self._verb_lemma(token) in COMMAND_VERBS and any(
                c.dep_ == "nsubjpass" and (c.lemma_.lower() in LEXICON.nouns or c.lemma_.lower() in NOUN_VERBS or self._answered_noun(c)) for c in children_of(token)):
            return []  # "The closure was ordered by Burundi's interior ministry": who decided an act already told, no request
        modality = self._modality(candidate)
        if self._unasserted(candidate):
            return []  # a condition or a yes/no question asserts nothing: "if Kyrgyz forces crossed..."
        if type_ == "REJECT" and self._conduct_told_in_speech(candidate):
            return []  # "said the driver ignored three warning shots", "said ministers had ignored warnings": a pretext
        if type_ == "CONSULT" and self._media_contact(candidate):
            return []  # "Newsweek reached out to the ministry for comment", "speaking to NBC's Hallie Jackson": the press, no talks
        if type_ == "REQUEST" and (self._reporters_question(candidate) or self._question_put(candidate)):
            # "A French spokesman, asked about the seizure, said…", "Chuck Todd asked the frontrunner about the kerfuffle":
            # a question put, no request between parties
            return []
        if not candidate.nominal and ((modality.hypothetical or modality.would) and self._expert_speculation(token)
                                      or self._guessed_by_expert(token)):
            return []  # "Ghana could close the crossing if the row escalates, said a lecturer": a guess, no act or threat (rule 71)
        if type_ == "THREATEN" and not candidate.nominal and self._verb_lemma(token) in FORECAST_VERBS and self._expert_subject(token):
            return []  # "Economists warned that the tariffs would push Mexico into recession": a forecast, no party threatens
        if not candidate.nominal and self._not_the_act_object(candidate, type_):
            return []  # "he has built up an impressive net worth", "retailers can only charge the price set by the government"
        if type_ == "REQUEST" and not candidate.nominal and self._convinced(token):
            return []  # "Mr. Autor, like most economists, is still persuaded of the benefits of trade": a belief held
        if type_ == "REQUEST" and not candidate.nominal and self._verb_lemma(token) == "ask" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in children_of(token)):
            return []  # "the police charged first and asked questions later": questions put, nothing asked of a party (rule 71)
        if ((type_ in MATERIAL_CONFLICT or type_ in MATERIAL_COOPERATION or type_ in ("THREATEN", "CONSULT")) and not candidate.nominal
                and not self._conditional(token) and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUXILIARIES for c in children_of(token))):
            # "Argentina can seize one boat", "they could ban the gatherings", "the two governments can still talk", "the
            # two countries could join a joint patrol": a possibility, no act, threat or promise (rule 71 for cooperation)
            return []
        if type_ == "REQUEST" and not candidate.nominal and any(c.dep_ == "aux" and c.lower_ in UNMADE_AUXILIARIES for c in children_of(token)):
            return []  # "said they would ask the embassy to…", "Juba can ask for changes": no request made yet
        if candidate.trigger.infinitives and not self._takes_infinitive(candidate, candidate.trigger.infinitives):
            return []  # "reserved the right to respond" threatens; "reserved the right to travel" does not
        if not candidate.nominal and self._bare_vote(token):
            return []  # "Senegal and Gambia voted against.": a member's part in a body's decision (rule 85)
        if (modality.projected or modality.hypothetical or token.dep_ == "xcomp") and self._feared(token):
            return []  # "officials fear that Somalia could close the border": a worry, not Somalia's act or threat (rule 85)
        ultimatum = modality.projected and self._unless(token)
        if candidate.trigger.announced and (not modality.projected or (modality.hypothetical and not ultimatum) or self._answers_query(token)):
            # "Russia responded by closing its crossings" tells its act; "would respond to questions" threatens
            # no one, nor does "if Serbia attacks, NATO will respond", which states a policy
            return []
        confidence = candidate.trigger.confidence
        if not candidate.nominal and self._verb_lemma(token) in REFUSAL_VERBS and any(c.dep_ == "xcomp" and _rules_out(c) for c in children_of(token)):
            return []  # "refused to rule out sending troops": no refusal of anyone, the option is left open (rule 67)
        if modality.negated:
            if candidate.trigger.negated is None:
                return []  # PLOVER: negated events are not coded
            type_ = candidate.trigger.negated
            confidence *= NEGATED_FACTOR
            if _rules_out(token) and not self._forceful_option(candidate):
                return []  # "did not rule out sending troops to Ukraine": an option left open threatens only when it is force (rule 67)
        hypothetical = modality.hypothetical or (modality.would and not modality.future)
        if ultimatum and type_ in CONFLICT_TYPES | {"RETREAT"}:
            # "will withdraw its troops unless the government pays them", "would oppose the bill unless it
            # included a limit", "will respond unless Russia withdraws": an act made to depend on what the
            # other side does is a threat (CAMEO 13)
            type_ = "THREATEN"
            hypothetical = False
        elif modality.projected and type_ in MATERIAL_COOPERATION | {"CONSULT"} and self._verb_lemma(token) not in SELF_DIRECTED:
            type_ = "AGREE"  # announced cooperation is an expression of intent
        elif (type_ in THREAT_TYPES and modality.projected and not passive) or (type_ in MATERIAL_CONFLICT and hypothetical and self._conditional(token)):
            type_ = "THREATEN"  # announced conflictual action: "will impose a curfew", "... unless"
            hypothetical = False
        if modality.future or modality.intent or modality.predicted:
            confidence *= FUTURE_FACTOR
        if hypothetical:
            confidence *= HYPOTHETICAL_FACTOR
        if token.dep_ in ("advcl", "acl") and (token.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))):
            confidence *= SUBORDINATE_FACTOR  # "..., calling for independence": beside the main event

        candidate.type = type_
        recipient = None
        if candidate.trigger.converse:
            # "Ukraine received tanks from Germany": the giver acts, the subject is the target
            recipient = actor_token if actor_token is not None and not passive and self._actor_like(actor_token) else None
            # the "from" phrase hangs on the verb, its object or the pattern's noun ("came under fire from Ukrainian lawmakers")
            actor_token = self._target_from_prepositions([token, self._object(token), candidate.noun], ("from",), set())
            if actor_token is None or recipient is None:
                return []
        if actor_token is None and passive:
            # the act named in the passive's adverbial has the agent: "20 Palestinians were killed in
            # Israeli strikes" → Israel
            actor_token = next(filter(None, map(self._nominal_actor, self._adverbial_events(token, type_, ("in", "during", "by")))), None)
        if actor_token is None and passive and type_ == "MOBILIZE" and not candidate.nominal:
            # "About 9,000 Russian servicemen were stationed in Belarus": forces moved, by no one named, are their own
            # state's move, like "Russian troops were deployed to Belarus" (rule 72)
            moved = self._passive_subject(token)
            if moved is not None and self._semantic_head(moved).lemma_.lower() in THEME_NOUNS and self._phrase_country(moved) is not None:
                actor_token = moved
        if actor_token is None and passive and self._verb_lemma(token) == "summon":
            # "Belarus's ambassador was summoned to the foreign ministry in Vilnius": who summons is where to
            actor_token = self._target_from_prepositions([token], ("to",), set())
        if actor_token is None and passive and type_ == "RETREAT" and self._verb_lemma(token) in ("free", "release"):
            actor_token = self._holding_state(token)
        if actor_token is None and passive and type_ == "COERCE" and not candidate.nominal and self._verb_lemma(token) in HOLDING_VERBS:
            actor_token = self._foreigners_held_at(token)  # "a Dutch journalist who had been detained at Cairo airport": Egypt held him
        if actor_token is not None and any(w.lower_ in NATURAL_FORCES for w in self.doc[self._phrase_bounds(actor_token)[0]:actor_token.i + 1]):
            return []  # "Cyclone Lani struck on Friday, killing at least 23 people": no party acted
        if actor_token is not None:
            allowed = self._actor_like(actor_token) or (type_ in ARMED_TYPES and self._weapon_like(actor_token))
            if not allowed:
                actor_token = None
        actors = self._conjuncts(actor_token, modifiers=True) if actor_token is not None else []
        if passive and actors and type_ in REACTION_TYPES:
            actors += [t for t in self._further_agents(actor_token) if self._actor_like(t)][:MAX_EVENTS_PER_TRIGGER - len(actors)]
        if len(actors) == 1 and (named := self._states_included(actors[0])):
            actors = named  # "several member states, including Germany and Poland, called for…": the states named act
        lent_to = None
        if len(actors) == 1 and (leading := self._states_leading(actors[0])):
            # "Ethiopia's government creditors, led by China and France, agreed to restructure…": the states that lead
            # act, on the state whose creditors they are
            lent_to = next((c for c in children_of(self._semantic_head(actors[0])) if c.dep_ == "poss" and self._actor_like(c)), None)
            actors = leading
        if actors and not candidate.nominal:
            actors += [t for t in self._likewise_subjects(token) if self._actor_like(t)][:MAX_EVENTS_PER_TRIGGER - len(actors)]
        if actors and type_ == "ASSAULT":
            actors += self._fighting_partners(candidate, actors)[:MAX_EVENTS_PER_TRIGGER - len(actors)]
        actors = self._one_side_arms(actors)
        actor_ids = {t.i for t in actors}
        drilled_together = (type_ == "MOBILIZE" and candidate.noun is not None and candidate.noun.lemma_.lower() in EXERCISE_NOUNS
                            and len({m.code for m in map(self._phrase_country, actors) if m is not None}) > 1)
        if drilled_together:
            # "about 3,200 Philippine and US marines began the exercise near Aparri": forces of two states drilling
            # together exercise jointly (COOPERATE with each other, as "a joint exercise" says), and where is no target
            type_ = candidate.type = "COOPERATE"
        mutual = (not candidate.nominal and self._each_other(token)) or drilled_together
        target_token = None if mutual else recipient or self._target(candidate, actor_ids) or lent_to
        if target_token is not None and target_token.lemma_.lower() in HELD_NOUNS:
            # "has taken control of Nexperia, a chipmaker owned by China's Wingtech": what is taken is the "of" phrase's
            held = next((o for c in children_of(target_token) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"), None)
            if held is None and target_token.head.i == token.i:
                # "Kosovo police took control of five Serb-run offices": the parser may hang the "of" phrase on the verb
                held = next((o for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" and c.i == target_token.i + 1
                             for o in children_of(c) if o.dep_ == "pobj"), None)
            target_token = held if held is not None else target_token
        if target_token is not None and (target_token.ent_type_ == "MONEY" or self._semantic_head(target_token).lemma_.lower() in CURRENCY_NOUNS):
            target_token = None  # "pledged 6 million New Zealand dollars in relief": a sum is what is given, not to whom
        if target_token is not None and target_token.dep_ in OBJECTS and target_token.head.i == token.i and (
                self._owned_by_pronoun(target_token) or (self._passage_closure(candidate) and _own_possession(self._semantic_head(target_token)))):
            # "Poland closed its airspace to Belarusian airlines", "closing its own airspace to Kyrgyz airlines": what is
            # closed is the actor's own, who it is closed to is the target
            shut_out = self._target_from_prepositions([token], ("to",), actor_ids) or self._border_partner(target_token, actor_ids)
            if shut_out is not None and self._phrase_country(shut_out) is not None:
                target_token = shut_out
        # "would take the matter to the WTO if the EU did not drop the duties": the arbiter is where the dispute goes;
        # the side that must meet the condition is whom the challenge is aimed at
        arbiter_target = candidate.trigger is _LEGAL_CHALLENGE and target_token is not None and target_token.i == getattr(self._arbiter(token), "i", None)
        if (target_token is None or arbiter_target) and not mutual and ultimatum:
            target_token = self._condition_party(token, actor_ids) or target_token
        if type_ == "THREATEN" and not mutual and target_token is not None and self._home_ground(target_token, actors):
            # "threatened to deploy nuclear-capable missiles in Kaliningrad if Poland went ahead": where a state would act
            # at home is no one it threatens; the state its condition names is
            target_token = next((party for verb in (token, *(c.token for c in candidate.complements))
                                 if (party := self._condition_party(verb, actor_ids)) is not None), target_token)
        if target_token is None and not mutual:
            target_token = self._purpose_target(candidate, actor_ids)
        if target_token is None and not mutual and type_ == "MOBILIZE" and not candidate.nominal:
            target_token = self._prompting_party(token, actors)
        if target_token is None and not mutual and not candidate.nominal:
            target_token = self._relative_object(token, actor_ids)
        if target_token is None and type_ == "SANCTION":
            target_token = self._goods_of_origin(candidate)
        if type_ in HELPING_TYPES and not mutual and (target_token is None or (target_token.dep_ in OBJECTS and target_token.head.i == token.i)):
            # "would send a patrol boat to help Vanuatu monitor its waters", "deploy police to help Mexico stop the
            # caravans": forces or aid sent to help a state are aimed at it, not at what is sent nor at the dateline
            target_token = self._helped_party(token, actor_ids) or target_token
        # coordinated parties of a symmetric act are each other's targets, not the place's nor those
        # its consequences name: "Pakistani and Afghan forces exchanged fire at the Torkham crossing,
        # killing three soldiers"
        symmetric = len(actors) > 1 and self._verb_lemma(token) in RECIPROCAL_VERBS and (lent_to is None or target_token is not lent_to)
        own = target_token is not None and (target_token.head.i == token.i or target_token.head.dep_ == "prep" and target_token.head.head.i == token.i)
        if symmetric and own and self._fought_on_ground(token, target_token):
            own = False  # "Tajik and Afghan forces clashed on their border": where the two sides fought, not whom
        if symmetric and target_token is not None and not own:
            target_token = None
        local = type_ in LOCAL_ACTOR_TYPES or candidate.trigger.type in LOCAL_ACTOR_TYPES
        location_token = self._location_token(candidate, target_token, actor_token if local else None)
        acts_on_place = type_ in PLACE_TARGET_TYPES or candidate.trigger.type in PLACE_TARGET_TYPES  # "will evacuate settlements in Gaza"
        # a weapons test or a drill announced to shipping acts on no place and no state it names: "fired a missile into
        # the sea…, drawing condemnation from Seoul", "a live-fire exercise about 60 nautical miles south-west of Cyprus"
        tested = type_ == "MOBILIZE" and (self._verb_lemma(token) in TEST_VERBS or notice)
        acts_on_place = acts_on_place and not tested
        if target_token is None and not mutual and not symmetric and location_token is not None and location_token.i not in actor_ids and acts_on_place:
            # the place acted on: "lifted a curfew in Montenegro"; not one only the clause it follows names ("protested outside
            # the Senegalese consulate before guards dispersed them" does not disperse Senegal)
            target_token = location_token if not self._stepped_from(token) else self._location_token(candidate, None, actor_token if local else None, steps=False)
        # "between the U.S. and Chinese defence chiefs": coordinated country words are one party each
        # and "hosted Russian and Ukrainian negotiators": coordinated country words on a party noun too
        targets = self._conjuncts(target_token, modifiers=target_token.head.lower_ == "between" or self._actor_like(target_token)) if target_token is not None else []
        if len(targets) > 1 and target_token.head.lower_ == "between" and target_token.head.head.i != token.i and actors:
            # "suspended all flights between N'Djamena and Khartoum": of the two ends of a link the actor cuts, its own
            # is no target (rule 72)
            own_codes = {m.code for a in actors if (m := self._phrase_country(a)) is not None}
            targets = [t for t in targets if (m := self._phrase_country(t)) is None or m.code not in own_codes] or targets
        if len(targets) > 1 and self._phrase_country(targets[0]) is not None:
            # "imports of Lithuanian beef and dairy products": a thing coordinated with a thing of a state,
            # with no country or party of its own, is more of the same, not a second target
            targets = [targets[0]] + [t for t in targets[1:] if self._phrase_country(t) is not None or self._actor_like(t)
                                      or self._people_like(t) or self._place_like(t) or t.pos_ != "NOUN"]
        # "a meeting of their defence ministers", "of the two armies' border commanders": parties named by reference
        referred = len(targets) == 1 and (_owned_by_pair(targets[0]) or (_paired(targets[0]) and targets[0].lemma_.lower() in PAIR_NOUNS | {"counterpart"}))
        actor_codes = {m.code for a in actors if (m := self._token_country(a)) is not None}
        # "offered to host a meeting of the two armies' commanders in Iquitos": the host's own city is where, not whom
        own_place = bool(targets) and bool(actor_codes) and all(
            self._place_like(t) and (m := self._phrase_country(t)) is not None and m.code in actor_codes for t in targets)
        # "offered to host a meeting of local leaders in Niamey": people no state is named for are whom it gathers, not sides
        unplaced = bool(targets) and all(self._phrase_country(t) is None and not self._state_level(t) for t in targets)
        if (not targets or referred or own_place or unplaced) and self._offer_to_mediate(token):
            # "offered to host a meeting of their defence ministers": theirs are the last two states
            named_sides = targets
            targets = self._last_state_pair(token, {self._token_country(a).code for a in actors if self._token_country(a) is not None})
            if not targets:
                # no two states have dealt: the offer is to one state's two sides ("Yemen's government and the Houthi
                # movement agreed… Oman offered to host a second round" → YEM, once), never to the host's own
                pair = self._last_party_pair(token)
                codes = {self._party(t).country for t in pair} - {None} if pair is not None else set()
                hosts = {p.country for a in actors if (p := self._party(a)) is not None}
                if len(codes) == 1 and not codes & (NON_STATE_CODES | hosts):
                    targets = [pair[0]]
            if not targets and named_sides and _paired(named_sides[0]):
                targets = named_sides  # "talks between the two governments" with no pair found: the sides as the text names them
        if not targets and type_ == "REQUEST" and self._calm_urged(candidate):
            # "The United States urged restraint" after "Eritrea ordered a mobilisation as Ethiopian units moved…": calm
            # urged on no one named is urged on the two states the story has just set against each other
            targets = self._last_conflict_pair(token, {m.code for a in actors if (m := self._token_country(a)) is not None})
        talks_of_pair = False
        if not actors and candidate.nominal and type_ == "CONSULT" and self._sides_by_reference(token):
            # "the 25th round of talks between their corps commanders", "a meeting … of the two countries' police chiefs":
            # the sides, named by reference, are the last two states that dealt with each other
            pair = self._coordinated_states_before(token)
            if pair is not None:
                targets, talks_of_pair = pair, True
        between = not actors and len(targets) > 1 and candidate.nominal and (talks_of_pair or (target_token is not None and target_token.head.lower_ == "between"))
        if between:
            actors, targets = targets, []  # "talks between Kenya and Uganda": the parties are each other's partners
        if candidate.trigger.needs_target and not targets and not between:
            return []
        theme = self._object(token)
        addressees = [target_token, theme, *(o for p in candidate.particles for o in children_of(p) if o.dep_ == "pobj")]
        if type_ == "REQUEST" and any(a is not None and a.lower_ in EVERYONE for a in addressees):
            return []  # "we call on everyone to stay calm": an appeal to no party
        if type_ == "REQUEST" and self._public(target_token):
            return []  # "urged citizens to conserve water": an appeal to the public, not to a party
        consult = "CONSULT" in (type_, candidate.trigger.type)
        visited = None
        if consult and not targets and len(actors) == 1 and candidate.nominal and token.lemma_.lower() in VISIT_NOUNS:
            visited = self._visited_home(token, actors[0])
        if consult and visited is None and not targets and len(actors) == 1 and not between and not mutual:
            venue = self._talks_venue(candidate, actors[0])
            if venue is not None:
                targets = [venue]  # "ended two days of talks in New Delhi": talks in another state's capital are with it
        if consult and visited is None and not any(self._actor_like(t) or self._phrase_country(t) is not None for t in targets) and len(actors) <= 1 and not between and not mutual:
            # a consultation has a partner: "the EU is discussing a package" is its own business, and
            # a visit to a place no state owns ("the Yasukuni shrine") meets no one
            return []
        if consult and candidate.trigger.needs_target and not any(self._phrase_country(t) is not None for t in targets):
            return []  # a trip meets a state where it goes: "travelled to Asmara", not "will travel to Europe"
        if not actors:
            # Without an actor only agentless passives ("Kyiv was shelled") and nominal events
            # with a target ("the attack on Kyiv") are coded.
            attempted = token.dep_ == "acl" and token.head.lemma_.lower() in ATTEMPT_NOUNS  # "an attempt to assassinate X"
            if not targets or not (passive or candidate.nominal or attempted):
                return []
            if candidate.nominal and token.lemma_.lower() in STATE_OF_WAR_NOUNS and not any(
                    c.dep_ == "prep" and c.lower_ in ("on", "against") for c in children_of(token)):
                return []  # "the war in Sudan", "the fighting around Goma": a state of conflict somewhere, no act by anyone
            if passive and not candidate.nominal and type_ in AGENT_NEEDING_TYPES and any(
                    c.dep_ == "auxpass" and c.lower_ in ("been", "be") for c in children_of(token)):
                # "Egypt had been invited to send observers", "the contracts had been signed": by whom, the text does
                # not say ("Vietnam is committed to opening up" stays: a state the subject is in, PLOVER's AGREE)
                return []
            confidence *= NO_ACTOR_FACTOR
        if candidate.nominal:
            confidence *= NOMINAL_FACTOR

        in_quote, source = self._quote_source(token.idx)
        if source is None and not in_quote:
            source = self._reporting_source(token)
        if in_quote or source is not None:
            confidence *= REPORTED_FACTOR

        actor_parties = [self._party(a) for a in actors] or [None]
        if (type_ == "REQUEST" and all(p is None or p.country is None for p in actor_parties)
                and (target_token is None or any(c.lower_ in EVERYONE for c in children_of(target_token)))
                and any(a is not None and a.lemma_.lower() in CALM_NOUNS for a in addressees)):
            return []  # "religious leaders called for calm": no state or body asks no one (a state's call is coded)
        target_parties = [self._party(t, place=not self._actor_like(t)) for t in targets] or [None]
        target_parties = self._listed_with_first(targets, target_parties)
        coup_home = self._home_at(token.idx) if targets and any(a.lower_ in COUP_MAKERS for a in actors) else None
        coup = self._coup_state(coup_home.code) if coup_home is not None else None
        if coup is not None and any(p is not None and p.country == coup for p in actor_parties):
            # "The soldiers detained President Armando Vieira Tchuda" in a coup story filed from Abuja: whom those who
            # seized power act on at home is in the coup state, not the dateline's, unless their own words say otherwise
            target_parties = [replace(p, country=coup) if p is not None and p.country == coup_home.code and self._phrase_country(t) is None else p
                              for t, p in zip(targets, target_parties)] + target_parties[len(targets):]
        if type_ == "SANCTION":
            # "imposed duties on Chinese-made electric cars": a trade measure on goods is aimed at the state they come from
            target_parties = [p if p is None or p.country is not None or (made := _made_in(t)) is None else replace(p, country=made)
                              for t, p in zip(targets, target_parties)] + target_parties[len(targets):]
        acting = {p.country for p in actor_parties if p is not None and p.country is not None}
        if len(acting) == 1 and not acting & NON_STATE_CODES and all(self._outside_government(a) for a in actors):
            # "A Thai opposition lawmaker accused the government": a state's politician or union speaks of
            # their own government, not of the other state the story is about
            target_parties = [Party(p.entity, p.name, next(iter(acting)), p.start, p.end)
                              if p is not None and self._bare_government(t) else p
                              for t, p in zip(targets, target_parties)] + target_parties[len(targets):]
        if visited is not None:
            target_parties = [Party(None, visited.text, visited.code, visited.start, visited.end)]
        if consult and acting and targets and not between and not mutual and all(
                (m := self._phrase_country(t)) is not None and m.kind == "place" and m.code in acting for t in targets):
            return []  # a tour at home meets no other party: "Sudan's army chief visited troops in Omdurman"
        if acting and any(p is not None and p.country in acting for p in target_parties):
            # "Saudi Arabia said Houthi rebels fired at the kingdom": a title stands for a state other than the actor's
            # and no one attacks what is their own: "Vietnam said a Chinese ship rammed one of its boats"
            target_parties = [p if p is None or p.country not in acting or not (
                                  self._state_title(self._semantic_head(t)) or (type_ == "ASSAULT" and self._owned_by_pronoun(t)))
                              else Party(p.entity, p.name, self._state_taken_up(self._semantic_head(t), acting), p.start, p.end)
                              for t, p in zip(targets, target_parties)] + target_parties[len(targets):]
        if consult and targets and all(p is not None and p.country is None and (
                self._semantic_head(t).ent_type_ == "PERSON" or self._holds_office(*self._phrase_bounds(t), self._entity_of(t)))
                for t, p in zip(targets, target_parties)):
            # "Lavrov flew to New Delhi on Monday. Lavrov met Prime Minister Narendra Modi": the host's office
            destination = self._destination_before(token.i, acting)
            if destination is not None:
                target_parties = [Party(p.entity, p.name, destination, p.start, p.end) for p in target_parties]
        if target_token is not None and (_pair_pronoun(target_token) or (_paired(target_token) and self._phrase_country(target_token) is None)):
            # "Kenya ... urged them", "Saudi Arabia and the US invited both sides": the pair stands for
            # others than the actor's states; not a phrase that names its own state ("Malian soldiers arrested two
            # Malian managers" is a pair of people, not of sides)
            own = {p.country for p in actor_parties if p is not None}
            target_parties = [p for p in target_parties if p is None or p.country not in own] or [None]
            if len(target_parties) == 1 and target_parties[0] is not None and target_parties[0].country is None:
                domestic = self._domestic_sides(target_token)
                if domestic is not None and domestic not in own:
                    side = target_parties[0]
                    target_parties = [Party(side.entity, side.name, domestic, side.start, side.end)]
        location = self._party(location_token, place=True) if location_token is not None else None
        home = self._home_at(token.idx)
        own_theme = theme is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(theme))
        own_forces_at_home = type_ == "MOBILIZE" and any(p is not None and p.country == home.code for p in actor_parties) if home is not None else False
        # "Both governments have expelled diplomats", "the two neighbours closed their borders": a pair that does to no one
        # named a thing states do to one another has done it to each other, not to the dateline's state
        paired_sides = (not targets and type_ in PAIRED_SIDES_TYPES and actor_token is not None and actor_token.lemma_.lower() in PAIR_NOUNS
                        and _paired(actor_token) and len(actor_parties) == 2
                        and len({p.country for p in actor_parties if p is not None} - {None, *NON_STATE_CODES}) == 2)
        if (not targets and acts_on_place and location is None and home is not None and not symmetric and not paired_sides and not own_theme and not self._about_decision(candidate)
                and self._home_in_play(home.code, actor_parties) and not own_forces_at_home and not self._retold_act(candidate, type_)):
            # "Interior Minister Rose Nakato banned all demonstrations" in a Kampala story: acted on where it
            # happens; not "will comply with the order", which acts towards whoever gave it (_reaction_targets)
            # nor "would resupply its troops", done to what the actor owns; a state its own arguments name comes first:
            # "Tajik troops had opened fire with mortars on a Kyrgyz post" in a story from Bishkek is aimed at the post's
            # state, not at the dateline's word (rule 53)
            argued = self._argument_country(token, actors, {p.country for p in actor_parties if p is not None and p.country is not None})
            if argued is not None and type_ in SENDING_TYPES and self._named_as_origin(argued, token):
                # "sent a field hospital and four nurses from Mayotte": where what is sent comes from is no target
                # ("suspended transit permits for timber from Liberian companies" is aimed at whose timber it is)
                argued = None
            if argued is None:
                # "Egypt pledged to send troops to join an African Union mission in Somalia" in a story filed from
                # Addis Ababa: done in the other state the trigger's own words place it in, not at the dateline (rule 55)
                argued = self._argued_place(token, actors, {p.country for p in actor_parties if p is not None and p.country is not None} | {home.code})
            target_parties = ([self._party(argued, place=not self._actor_like(argued))] if argued is not None
                              else [self._home_party(home)])
        # an event whose place the text does not put in a country happens where the story is filed
        # ... unless a foreign state acts in a story filed from a bureau whose country is no side of it: "SUVA, Fiji — Vanuatu
        # has suspended fishing licences for 14 Chinese-owned vessels" places nothing in Fiji
        state_actor = any(p is not None and p.country is not None and p.country not in NON_STATE_CODES for p in actor_parties)
        placed_home = home is not None and (not state_actor or self._home_in_play(home.code, actor_parties))
        # "The Houthis attacked a cargo ship in the Red Sea" filed from Geneva: what is hit at sea is in no state's land
        at_sea = location is not None and location.country is None and location_token.lemma_.lower() in SEA_NOUNS | WATER_NAME_NOUNS
        # "In Belém, several hundred relatives of the miners marched to the Surinamese consulate": a place the sentence
        # opens with sets it, before the dateline
        opening = self._opening_place(self._sentence_of[token.i]) if location is None or location.country is None else None
        place_code = (location.country if location is not None and location.country is not None
                      else opening.code if opening is not None and opening.code not in NON_STATE_CODES and not at_sea
                      else (self._bureau_setting(token.i, home.code) or home.code) if placed_home and not at_sea else None)
        if place_code is not None:
            local_actor = type_ in LOCAL_ACTOR_TYPES or candidate.trigger.type in LOCAL_ACTOR_TYPES
            local_target = type_ in LOCAL_TARGET_TYPES or candidate.trigger.type in LOCAL_TARGET_TYPES
            # other events place only people, and only where the story is set: a venue ("the two sides signed an
            # agreement in Nairobi") says nothing of whose they are, nor does the dateline of people named beside
            # another state ("Kenya offered to mediate between Khartoum and the rebels")
            def only_home_states(parties: list[Party | None]) -> bool:
                states = {p.country for p in parties if p is not None and p.country is not None and p.country not in NON_STATE_CODES}
                return home is not None and place_code == home.code and states <= {home.code}

            if local_actor or only_home_states(actor_parties):
                actor_parties = self._located(actors, actor_parties, place_code, people_only=not local_actor)
            if local_target or only_home_states(target_parties):
                target_place = place_code
                if (location is None or location.country is None) and home is not None and place_code == home.code and type_ in MATERIAL_CONFLICT:
                    # "ANKARA — Turkish artillery pounded positions held by Kurdish fighters in northern Syria": what is
                    # struck lies where its own words place it, not where the story is filed (rule 59)
                    target_place = self._own_place(targets, home.code) or place_code
                target_parties = self._located(targets, target_parties, target_place, people_only=not local_target)
        if location is None or location.country is None:
            target_parties = self._domestic(actors, actor_parties, targets, target_parties)
            actor_parties = self._domestic(targets, target_parties, actors, actor_parties)
        own_states = {p.country for p in actor_parties if p is not None and p.country is not None}

        def threatens_itself(parties: list[Party | None]) -> bool:
            return type_ == "THREATEN" and bool(own_states) and all(p is not None and p.country in own_states for p in parties)

        # "The Kremlin denied that Russian jets had violated Estonian airspace": a denial answers someone
        # else, not the denier's own state that its clause names
        denies_itself = (type_ == "REJECT" and self._verb_lemma(token) in DENIAL_VERBS and bool(own_states)
                         and all(p is not None and p.country in own_states for p in target_parties))

        if threatens_itself(target_parties):
            # "warned that Warsaw would respond if Russian troops moved closer": a state does not threaten
            # itself; the threat is aimed at whoever must not meet its condition
            condition = self._if_clause(next((c for c in children_of(token) if c.dep_ == "ccomp"), token))
            subject = next((c for c in children_of(condition) if c.dep_ in SUBJECTS), None) if condition is not None else None
            if subject is not None and self._actor_like(subject):
                target_parties = [self._party(subject)]
        # "presses its neighbours to curb Chinese imports": other states the text leaves unnamed, not a state of the
        # clause (rule 54)
        unnamed_states = bool(targets) and all(self._relation_states(t) or self._the_west(self._semantic_head(t)) for t in targets)
        if not mutual and not symmetric and not between and not tested and not unnamed_states and not self._judges_act(candidate) and (
                threatens_itself(target_parties) or denies_itself or all(p is None or p.country is None for p in target_parties)):
            named = self._argument_country(token, actors, own_states) or self._sibling_target(candidate, actor_ids)
            if named is None and len(actors) <= 1:
                named = self._sentence_state(token, actors, own_states)
            if named is not None and type_ == "AID" and token.lemma_.lower() not in RESCUE_VERBS and self._named_as_origin(named, token):
                # "flew 12 tonnes of supplies from its warehouse in Antigua": where the aid is kept is no target
                # ("evacuated the wounded from the besieged Bosnian town of Gorazde" helps the town)
                named = None
            if named is not None:
                target_parties = [self._party(named, place=not self._actor_like(named))]
            elif type_ == "ASSAULT" and len(targets) == 1 and self._place_like(targets[0]) and target_parties[0] is not None:
                # a place hit that the text puts nowhere is the reporting state's own when it is not the
                # attacker's: "Armenia's defence ministry said Azerbaijani forces had shelled a village" → ARM
                reporter = self._reporter_country(token)
                if reporter is not None and own_states and reporter not in own_states:
                    target_parties = [replace(target_parties[0], country=reporter)]
            elif denies_itself:
                target_parties = [None]  # left to the accusation it answers (_reaction_targets)
        # "Russia and Belarus will merge their forces": announced (AGREE) or done, a joint act is mutual
        joint = type_ in MUTUAL_TYPES or candidate.trigger.type in MUTUAL_TYPES or (
            candidate.trigger.intent and any(t in MUTUAL_TYPES for t in self._intended_types(candidate)))  # "are preparing joint exercises"
        # "India and China withdrew troops from two friction points": two states pulling back from no state's ground
        # pull back from each other (from Afghanistan they pull back from Afghanistan)
        disengaged = type_ == "RETREAT" and len(actors) > 1 and (not targets or all(p is None or p.country is None for p in target_parties))
        # "Colombia and Venezuela reopened a border bridge": two states opening or closing the one border they share do it to
        # each other ("closed their maritime borders" are each one's own, against a third)
        shared_border = (len(actors) > 1 and candidate.noun is not None and _border_noun(candidate.noun) and candidate.noun.tag_ == "NN"
                         and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(candidate.noun)))
        reciprocal = (((between or mutual or self._verb_lemma(token) in RECIPROCAL_VERBS or joint) and len(actors) > 1 and not targets)
                      or paired_sides or shared_border or disengaged)
        founded = reciprocal and candidate.trigger.type == "COOPERATE" and (
            (candidate.noun is not None and self._verb_lemma(token) in FOUNDING_VERBS) or self._verb_lemma(token) in BEGINNING_VERBS | INAUGURATING_VERBS)
        multilateral = reciprocal and type_ == "SUPPORT" and len(actor_parties) >= 3 and self._verb_lemma(token) in SIGNING_VERBS
        if multilateral:
            # "The leaders of Greece, Cyprus and Egypt signed a mutual defence pact": a pact of three or more states is
            # one act of them all, coded once for the first named with no one singled out as its target
            pairs = [(actor_parties[0], None)]
        elif founded or (reciprocal and len(actor_parties) == 3):
            # "Chile and Bolivia opened a joint laboratory", "Brazil and Uruguay began building a hospital": one thing founded or
            # begun together, each pair once, in the order named
            # "the navies of Nigeria, Benin and Togo agreed to run joint patrols": each pair once, in the order
            # named (three events, as the ring below gives, but none with the last before the first)
            pairs = [(party, other) for i, party in enumerate(actor_parties) for other in actor_parties[i + 1:]]
        elif reciprocal:
            pairs = [(party, actor_parties[(i + 1) % len(actor_parties)]) for i, party in enumerate(actor_parties)]
        else:
            if not symmetric and any(p is not None and p.country is not None for p in actor_parties):
                # "two Saudi frigates and a supply ship had taken up positions": a thing (no party, no people) beside
                # a state's party, with no country of its own, is more of that side's kit, not a second actor
                actor_parties = [p for a, p in zip(actors, actor_parties) if p is not None and (
                    p.country is not None or self._actor_like(a) or self._people_like(a) or self._semantic_head(a).pos_ != "NOUN")] or actor_parties
            pairs = [(a, t) for a in actor_parties for t in target_parties]
            if type_ == "ASSAULT" and self._verb_lemma(token) in TWO_SIDED_VERBS and target_token is not None and target_token.head.lower_ == "with":
                # "Lebanese troops exchanged fire with Israeli soldiers": a fight between two states' parties has
                # two sides, each the other's target
                pairs += [(t, a) for a, t in pairs if a is not None and t is not None and None is not a.country != t.country is not None]
        # no one is their own partner: two mentions of one person in a compound subject pair with others only
        pairs = [(a, t) for a, t in pairs if not (a and t and (_party_key(a) == _party_key(t) or (a.entity and a.entity == t.entity and a.country == t.country)))] or [(pairs[0][0], None)]
        common = {
            "type": type_,
            "trigger": self._trigger_span(candidate),
            "time": self._linked_time(candidate),
            "location": location,
            "quantity": self._linked_quantity(candidate),
            "sentence": self._sentence_span(token),
            "reported_by": source,
            "confidence": round(min(0.99, max(0.05, confidence)), 2),
        }
        drafts = [{**common, "actor": actor, "target": target} for actor, target in pairs[:MAX_EVENTS_PER_TRIGGER]]
        if type_ == "COERCE" and ((candidate.trigger.kind == "object" and (
                candidate.trigger.words[-1] in LICENCE_NOUNS or self._passage_closure(candidate))) or self._ban(candidate)):
            for draft in drafts:
                # "suspended the licence of Levant Nile Airways" (another state's carrier): a sanction, not the
                # coercion of a state's own broadcaster; "closed its airspace to Armenian flights", "shut the border
                # crossing with Congo": a passage closed to another state cuts relations with it, where one closed to
                # all traffic after an attack keeps people out (COERCE); so does "Kenya's ban on Ugandan sugar" or "banned
                # the Kyrgyz state broadcaster", where "a ban on gatherings in central Nairobi" represses at home
                if draft["actor"] is not None and draft["target"] is not None and None is not draft["actor"].country != draft["target"].country is not None:
                    draft["type"] = "SANCTION"
        if type_ == "SANCTION" and self._expelled_other_than_envoys(candidate):
            for draft in drafts:
                draft["type"] = "COERCE"
        if confidence < candidate.trigger.confidence:
            self._weakened.update(id(d) for d in drafts)  # reported, supposed, announced, nominal, subordinate or negated
        return drafts

    def _wielder_country(self, weapon: Token) -> str | None:
        """The state of whoever an attack is told to be by, for the weapons it is made "with": "a Ukrainian attack on
        Crimea with five U.S.-supplied missiles that killed four people" → UKR, not the place or the dateline's state."""
        if not _noun_class(weapon, "weapon") or weapon.dep_ != "pobj" or weapon.head.lower_ != "with":
            return None
        attack = weapon.head.head
        entries = LEXICON.nouns.get(attack.lemma_.lower(), ()) if attack.pos_ == "NOUN" else ()
        if not entries or entries[0].type != "ASSAULT":
            return None
        wielder = self._agent_of_event_noun(attack) or self._nominal_actor(attack)
        code = self._party(wielder).country if wielder is not None else None
        return code if code not in NON_STATE_CODES else None

    def _arrested_local(self, person: Token) -> str | None:
        """The state of the police or forces that arrested someone the text gives no state, for what a relative clause on
        him tells he did: "Moldovan police have detained a man who attacked the Russian embassy" → MDA (he is a local the
        state's police answer, as _domestic reads for the arrest itself)."""
        if person.pos_ != "NOUN" or not (_noun_class(person, "people") or _person_noun(person)) or person.dep_ not in ("dobj", "nsubjpass"):
            return None
        if not any(c.dep_ == "relcl" for c in children_of(person)) or person.head.lemma_.lower() not in ARREST_VERBS:
            return None
        arrester, agent = self._subject(person.head)
        if arrester is None or (person.dep_ == "dobj") == agent:
            return None
        if self._semantic_head(arrester).lower_ not in OWN_FORCES and not _noun_class(self._semantic_head(arrester), "office"):
            return None
        code = self._party(arrester).country
        return code if code not in NON_STATE_CODES else None

    def _own_place(self, heads: list[Token], home: str) -> str | None:
        """The one state other than the dateline's ``home`` that the parties' own words place them in, by "in", "at",
        "near" or "outside" ("positions held by Kurdish fighters in northern Syria", "a joint committee…, which was due
        to meet in Khartoum") or on its side or soil ("farms on the Ethiopian side of the river"): unnamed targets of a
        material act lie there, not in the state the story is filed from. Not people, whom the place they act in
        places; not an embassy; not a reported or adverbial clause. None when the words name no such place or places
        of two states."""
        codes: set[str] = set()
        for head in heads:
            if _noun_class(self._semantic_head(head), "people"):
                continue  # people are placed where they act ("protesters who marched outside the US embassy"), not here
            stack = [head]
            if self._named_what(head.head) is head:
                # "struck what the military called militant hideouts in eastern Afghanistan": the parser hangs the place
                # on the naming verb, whose named thing is the target
                stack += [c for c in children_of(head.head) if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS]
            while stack:
                token = stack.pop()
                if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in PLACE_PREPOSITIONS:
                    mention = self._phrase_country(token)
                    if mention is not None and mention.kind in ("name", "capital", "place") and mention.place_code:
                        codes.add(mention.place_code)
                elif (token.dep_ == "pobj" and token.head.lower_ == "on" and token.lemma_.lower() in LAUNCH_GROUND_NOUNS
                        and (mention := self._phrase_country(token)) is not None):
                    codes.add(mention.code)  # "shelled farms on the Ethiopian side of the Atbara river"
                stack.extend(c for c in children_of(token) if c.dep_ not in ("advcl", "ccomp"))
        codes -= NON_STATE_CODES | {home}
        return next(iter(codes)) if len(codes) == 1 else None

    def _located(self, heads: list[Token], parties: list[Party | None], code: str, people_only: bool = False) -> list[Party | None]:
        """Unnamed people, forces and weapons take the country of the place the event happens in, as
        CAMEO codes generic agents: "gunmen abducted two aid workers in northern Mali" is MLI on
        both sides. Named people and organisations are not placed this way (a visitor is not of
        the country visited); ``people_only`` places only people and domestic groups (LOCAL_GROUPS),
        not states, forces or weapons."""
        out = []
        for head, party in zip(heads, parties):
            # a group the tagger calls NORP with no country ("Jihadists", "Islamists") is unnamed too
            unnamed = not head.ent_type_ or head.ent_type_ in NOT_PARTIES or (head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS"))
            noun = self._semantic_head(head)
            people = _noun_class(noun, "people") or noun.lemma_.lower() in LOCAL_GROUPS
            if noun.tag_ == "NNS" and noun.lemma_.lower() in OTHER_STATE_NOUNS:
                out.append(party)  # "tariffs on steel from China and other Asian countries": states, not people of the place (rule 54)
                continue
            if noun.lemma_.lower() in ("party", "side") and any(c.lower_ == "all" for c in children_of(noun)) and self._other_state_in_sentence(head, code):
                out.append(party)  # "China urged all parties to show restraint" from a Seoul dateline: every side, not Seoul's
                continue
            if _called_foreign(noun):
                out.append(party)  # "attacked foreign journalists in Niamey": people of another state than the place's
                continue
            if party is not None and party.country is None and unnamed and (head.pos_ == "NOUN" or self._capitalised_common_noun(head)) and (people or not people_only):
                party = Party(party.entity, party.name, code, party.start, party.end)
            out.append(party)
        return out + parties[len(out):]

    def _other_state_in_sentence(self, token: Token, code: str) -> bool:
        """Whether the token's sentence names a state other than ``code``: "all parties" urged by China in a story
        filed from Seoul are the sides of an international dispute, while "all parties" urged by a regional bloc after
        a disputed vote are the home state's."""
        start, end = self._sentences[self._sentence_of[token.i]]
        first, last = self._tokens[start].idx, self._tokens[end - 1].idx
        return any(first <= m.start <= last and m.code != code and m.code not in NON_STATE_CODES for m in self._countries().token_mentions())

    def _domestic(self, heads: list[Token], parties: list[Party | None], others: list[Token], other_parties: list[Party | None]) -> list[Party | None]:
        """A state's own organs deal with unnamed groups at home: the rebels, students or protesters
        a government, its police or its army acts on or answers, with no country of their own,
        take that state's ("Egyptian police opened fire to disperse demonstrators", "the Mozambique
        government accepted demands from the rebels"); ``other_parties`` are the ones filled."""
        state = next((p.country for h, p in zip(heads, parties) if p is not None and p.country is not None and p.country not in NON_STATE_CODES
                      and any(_noun_class(t, "office") for t in (h, self._semantic_head(h)))), None)
        if state is None:
            return other_parties
        out = []
        for head, party in zip(others, other_parties):
            noun = self._semantic_head(head)
            group = noun.pos_ == "NOUN" and (not noun.ent_type_ or noun.ent_type_ in NOT_PARTIES) and (
                _noun_class(noun, "people") or noun.lemma_.lower() in DOMESTIC_GROUPS)
            if party is not None and party.country is None and group:
                party = Party(party.entity, party.name, state, party.start, party.end)
            out.append(party)
        return out + other_parties[len(out):]

    def _capitalised_common_noun(self, token: Token) -> bool:
        """A common noun the tagger took for a name because it opens a sentence ("— Protesters blocked")."""
        opening = token.is_sent_start or (token.i > 0 and self._tokens[token.i - 1].is_punct)
        if token.pos_ != "PROPN" or not opening:
            return False
        lower = token.lower_
        return bool(LEXICON.noun_class(lower) or LEXICON.noun_class(_singular(lower)) or LEXICON.noun_class(token.lemma_.lower()))

    def _reaction_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Give a reaction the author of what it reacts to, when the text leaves it implicit:
        "France condemned the suspension" after "the military government suspended Radio Horizon"
        targets the government; "Ecuador would comply with the order" the court that ordered; and a
        denial with no party of its own ("Rwanda denied the accusation") answers the last
        conflictual event aimed at the denier's country by another ("accused Rwanda")."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            # a body the text puts in no state reacts too: "The closure was criticised by the air transport association"
            if (draft["type"] not in REACTION_TYPES or actor is None or (actor.country is None and actor.entity is None and not self._civic_body(actor))
                    or (target is not None and target.country is not None)):
                continue
            token = candidate.token
            earlier = [(d, s) for d, s in zip(drafts[:k], sources[:k]) if 0 < self._sentence_of[token.i] - self._sentence_of[s.token.i] + 1 <= REACTION_WINDOW and s.token.i < token.i]
            source = None
            noun = self._reacted_noun(candidate)
            # a union or opposition at home reacts to its own government's acts too ("A traders' union in
            # Cotonou criticised the ban" after "Benin banned…"); a state does not react to its own
            at_home = self._civil_home(candidate, actor) is not None or self._civic_body(actor)
            if noun is not None:
                # "the decision to grant asylum" names the act by its infinitive
                named = next((c for c in children_of(noun) if c.dep_ == "acl" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in children_of(c))), None)
                if named is not None and noun.lemma_.lower() in ACT_NOUNS:
                    source = self._reacted_author(named.lemma_.lower(), actor, earlier, at_home)
                if source is None and noun.lemma_.lower() in VOTE_NOUNS and actor.country != "IGO":
                    source = self._voting_body(token)
                whole = _hyphenated(noun)  # "criticised the hand-over": the noun the tokenizer split, whole
                stem = whole if "-" in whole else noun.lemma_.lower()
                if source is None and token.dep_ == "relcl" and token.head.i == noun.i:
                    # "…warheads to be stationed on its territory, its defence minister said, a move that Poland called…": the
                    # act the sentence has just told, whoever told it
                    told = [(d, s) for d, s in earlier if self._sentence_of[s.token.i] == self._sentence_of[token.i]]
                    source = self._reacted_author(stem, actor, told, at_home, described=True)
                source = source or self._reacted_author(stem, actor, earlier, at_home) or self._mention_author(noun, actor, at_home)
                if source is None:
                    source = self._named_act_author(noun, actor, list(zip(drafts[:k], sources[:k])), at_home)
                if source is None:
                    source = self._lede_act_author(stem, actor, list(zip(drafts[:k], sources[:k])), at_home)
                if source is None and (noun.lemma_.lower() in AGREEMENT_NOUNS or noun.lemma_.lower() in ACT_NOUNS):
                    # "Damascus welcomed the deal" however far after "Lebanon and Syria signed an agreement", "Washington
                    # welcomed the decision" long after the veto: the story's deal or decision, aimed at whoever made it
                    source = next((other["actor"] for other, other_candidate in reversed(list(zip(drafts[:k], sources[:k])))
                                   if other["actor"] is not None and other["actor"].country is not None
                                   and (at_home or other["actor"].country != actor.country) and _party_key(other["actor"]) != _party_key(actor)
                                   and (any(_both_agreements(noun.lemma_.lower(), word) for word in self._act_words(other_candidate))
                                        or (noun.lemma_.lower() in ACT_NOUNS and other["type"] not in SPEECH_ACT_TYPES | REACTION_TYPES
                                            and other["reported_by"] is None))), None)
                if source is None and noun.lemma_.lower() in VERDICT_NOUNS:
                    # "The verdict was condemned by Amnesty International" however far after "an Egyptian court sentenced
                    # …": a verdict is the story's sentencing, aimed at the state whose court passed it
                    source = next((other["actor"] for other, other_candidate in reversed(list(zip(drafts[:k], sources[:k])))
                                   if self._verb_lemma(other_candidate.token) in SENTENCING_VERBS and _state_author(other["actor"], actor, at_home)), None)
                if source is None and noun.lemma_.lower() in RULING_NOUNS:
                    # "Nicaragua rejected the ruling within hours" after "The Central American Court of Justice on Thursday
                    # fixed the maritime boundary": a ruling is the court's, the last one the text names before it
                    source = self._ruling_court(token, actor)
                if source is None and (noun.lemma_.lower() in INCIDENT_NOUNS or self._forceful_noun(noun)):
                    # "The United States condemned the incident" after "A Chinese coast guard ship rammed a Philippine supply
                    # boat", "The OAS condemned the raid" after "police forced their way into the Mexican embassy": an
                    # incident, or a noun of force told by another word, is the last violent or coercive act told (not a
                    # sanction told since: "Mexico broke off diplomatic relations")
                    source = next((other["actor"] for other, _ in reversed(earlier)
                                   if other["type"] in VIOLENT_VERDICT_TYPES and _state_author(other["actor"], actor, at_home)), None)
            # "rejected the charge" denies as "denied the charge" does: the accuser is the target
            denial = self._verb_lemma(token) in DENIAL_VERBS or (draft["type"] == "REJECT" and noun is not None and noun.lemma_.lower() in ACCUSATION_NOUNS | GIVEN_ACCOUNT_NOUNS | LAWSUIT_NOUNS)
            # "condemned what he called the brutal treatment of the herders": a reaction to an act it only names in its
            # own words answers, like a denial, the last conflictual act aimed at its state
            denial = denial or (noun is None and draft["type"] in ("ACCUSE", "REJECT") and self._named_in_own_words(token))
            if source is None and denial and (noun is None or not self._actor_like(noun)):
                # a government that rejects "the criticism" answers a rebuke, not its own police's arrests told in between
                # ("Police detained 40 people… The Georgian government rejected the criticism", rule 57); a compatriot's
                # words or protest are still answered ("Mining Minister Teresa Condori rejected the charge")
                aimed = [d for d, _ in earlier if d["type"] in CONFLICT_TYPES and d["target"] is not None and d["target"].country == actor.country
                         and d["actor"] is not None and d["actor"].country is not None and _party_key(d["actor"]) != _party_key(actor)
                         and (at_home or d["actor"].country != actor.country or d["type"] not in MATERIAL_CONFLICT - {"PROTEST"})]
                accusations = [d for d in aimed if d["type"] == "ACCUSE"]
                # "Sudan's army said South Sudanese troops had attacked its positions. Juba denied the accusation.": the
                # state that told of an act by the denier's state accused it, before any appeal aimed at the denier
                told = [{"actor": teller} for d, s in earlier if d["type"] in CONFLICT_TYPES and d["actor"] is not None
                        and d["actor"].country == actor.country and (teller := self._reporting_party(s.token)) is not None
                        and teller.country not in (None, actor.country, *NON_STATE_CODES)]
                # "rejected the criticism" after "called on Georgia to release all political prisoners": a criticism is
                # something said, so a demand answers it before a rally does (a threat does not: "Gulfmar denied the
                # charges" after "Tehran vows response" answers the EU's sanctions)
                spoken = [d for d in aimed if d["type"] in SPEECH_ACT_TYPES] if noun is not None and noun.lemma_.lower() in ACCUSATION_NOUNS else []
                chosen = (accusations or told or spoken or aimed)[-1:]
                if not chosen and noun is not None and noun.lemma_.lower() in ACCUSATION_NOUNS:
                    chosen = self._complaint_about(actor, earlier)[-1:]
                source = chosen[0]["actor"] if chosen else None
            if source is None and draft["type"] == "REJECT" and noun is not None and noun.lemma_.lower() in EXPLANATION_NOUNS | GIVEN_ACCOUNT_NOUNS:
                # "Caracas rejected the explanation" after "“A light on a rock is not a flag,” said Camille Baptiste, Trinidad
                # and Tobago's minister of works": an explanation is what someone of another state has just said
                source = self._last_speaker(token, actor)
            if source is None and noun is None and draft["type"] == "ACCUSE" and not at_home and self._named_in_own_words(token):
                # "ECOWAS condemned what it called 'an unacceptable attempt to seize power'" after "Soldiers seized the
                # presidential palace in Bissau": a third party's condemnation in its own words, aimed at no one's state,
                # answers the last deed told (not the words said about it)
                deeds = [d for d, _ in earlier if d["type"] in MATERIAL_CONFLICT - {"PROTEST"} and d["actor"] is not None
                         and d["actor"].country not in (None, actor.country, *NON_STATE_CODES) and _party_key(d["actor"]) != _party_key(actor)]
                source = deeds[-1]["actor"] if deeds else None
            if source is not None:
                draft["target"] = Party(source.entity, source.name, source.country, source.start, source.end)
                for other, other_candidate in zip(drafts[k + 1:], sources[k + 1:]):
                    # "Moscow condemned the decision and promised a firm response": the act coordinated
                    # with the reaction, with no subject and no target of its own, answers the same author
                    verb = other_candidate.token
                    if (verb.dep_ == "conj" and verb.head.i == token.i and not other_candidate.nominal and other["target"] is None
                            and _party_key(other["actor"]) == _party_key(actor) and not any(c.dep_ in SUBJECTS for c in children_of(verb))):
                        other["target"] = draft["target"]

    def _ruling_court(self, reaction: Token, actor: Party) -> Party | None:
        """The court or tribunal the text last names before a reaction to "the ruling" (past the dateline), as a party
        with its state or body ("the ECOWAS Court of Justice" → IGO, "a court in Bari" → ITA): the last one named by its
        name, else the last common noun; None when there is none, it has no country, or it is the reacting party."""
        named, bare = None, None
        for token in reversed(self.doc[:reaction.i]):
            if token.idx < self._dateline_end:
                break
            if token.lemma_.lower() in COURT_NOUNS and token.pos_ == "PROPN":
                named = token
                break
            if token.lemma_.lower() in COURT_NOUNS and token.pos_ == "NOUN":
                # "The court has handed our sea to Tegucigalpa": a court taken up by its common noun is the one named before
                bare = bare or token
        court = named or bare
        party = self._party(court) if court is not None else None
        return party if party is not None and party.country is not None and _party_key(party) != _party_key(actor) else None

    def _last_speaker(self, reaction: Token, actor: Party) -> Party | None:
        """The speaker of the latest quote before a reaction, within REACTION_WINDOW sentences, when they speak for a
        state other than the reacting actor's (None when the latest speaker is of the actor's own state or placed in
        none): whose words "the explanation" takes up."""
        sentence = self._sentence_of[reaction.i]
        for quote in sorted(self.quotes, key=lambda q: q.start, reverse=True):
            if quote.end > reaction.idx or quote.speaker is None or quote.speaker.start is None:
                continue
            named = self._expanded(quote.speaker.start, quote.speaker.end)
            if named is None or not len(named) or sentence - self._sentence_of[named.root.i] >= REACTION_WINDOW:
                return None
            party = self._party(named.root)
            if party.country in (None, actor.country, *NON_STATE_CODES) or _party_key(party) == _party_key(actor):
                return None
            return party
        return None

    def _quoted_speaker_country(self, pronoun: Token) -> str | None:
        """The state of the speaker of a quote that ends in the sentence before "He" or "She", or in its own: "“These
        families have crossed at Paga every dry season…,” Burkina Faso's livestock minister, Salif Ouédraogo, told
        reporters. “Their cattle are their bank. Ghana has emptied that bank in a single afternoon.” He accused Accra…"
        (BFA). A quote of several sentences puts its speaker further back than the antecedent's window; the one who
        has just spoken is who "he" is. None when the last quote ended earlier or its speaker has no state."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj":
            return None
        sentence = self._sentence_of[pronoun.i]
        for quote in sorted(self.quotes, key=lambda q: q.end, reverse=True):
            if quote.end > pronoun.idx:
                continue
            last = self._token_at(quote.end - 1)
            if last is None or sentence - self._sentence_of[last.i] > 1 or quote.speaker is None or quote.speaker.start is None:
                return None
            named = self._expanded(quote.speaker.start, quote.speaker.end)
            if named is None or not len(named) or named.root.pos_ == "PRON":
                return None
            code = self._party(named.root).country
            return code if code not in NON_STATE_CODES else None
        return None

    def _voting_body(self, reaction: Token) -> Party | None:
        """The international body whose vote a reaction takes up as "the vote" or "the resolution": "Khartoum rejected
        the resolution" after "The UN Security Council voted 12 to 0 … to demand…", "welcomed the vote" after "The UN
        Security Council on Monday extended the mandate…" (rule 46). The author of a resolution is the council or bloc
        that passed it, not the last state that spoke of it nor one that voted against it. The nearest subject of a
        voting verb (VOTING_VERBS) that is a body of states (IGO), within REACTION_WINDOW sentences or, further back,
        in the lede (the story's vote, which wires take up at any distance); only those few subjects are placed."""
        # the first sentence past the dateline that has a verb for its root (the dateline line is a noun's)
        lede = next((n for n, (start, end) in enumerate(self._sentences)
                     if self._tokens[end - 1].idx >= self._dateline_end and self.doc[start:end].root.pos_ in ("VERB", "AUX")), None)
        window = [token for _, token in self._tokens_before(reaction.i, REACTION_WINDOW) if token.idx >= self._dateline_end]
        if lede is not None:
            start, end = self._sentences[lede]
            if end <= reaction.i and (not window or window[-1].i > start):
                window += reversed(self._sentence_tokens(lede))
        for token in window:
            if token.dep_ != "nsubj" or token.head.lemma_.lower() not in VOTING_VERBS:
                continue
            party = self._party(token)
            if party.country == "IGO":
                return party
        return None

    def _lede_act_author(self, stem: str, actor: Party, before: list[tuple[dict, _Candidate]], at_home: bool = False) -> Party | None:
        """The author of the story's lead act that a reaction far down the story names by the same word: "The recall
        was criticised by the opposition Civic Renewal Party" a dozen sentences after "Paraguay recalled its
        ambassador…", "Japan condemned the veto" long after a lede on China's veto (rule 46). Wire stories come back
        to the lede's act at their end, past REACTION_WINDOW; an act further down that is never named again stays
        out of reach (_named_act_author). Only the acts of the headline and the lede are read (those up to the first
        sentence past the dateline that has an event), only one named by the same stem counts, and, as in
        _reacted_author, another state's unless the reacting body is at home."""
        lede = self._lede_sentence(before)
        if lede is None:
            return None
        for other, other_candidate in reversed(before):
            author = other["actor"]
            if (self._sentence_of[other_candidate.token.i] > lede or author is None or author.country is None
                    or _party_key(author) == _party_key(actor) or not (at_home or author.country != actor.country)):
                continue
            if any(_same_stem(stem, word) for word in self._act_words(other_candidate)):
                return author
        return None

    def _lede_sentence(self, before: list[tuple[dict, _Candidate]]) -> int | None:
        """The index of the story's lead sentence among drafted events: the first sentence past the dateline that has
        one (the headline's events come before it)."""
        return next((self._sentence_of[c.token.i] for _, c in before if c.token.idx >= self._dateline_end), None)

    def _reporting_party(self, verb: Token) -> Party | None:
        """The party that reports a verb's clause directly ("Sudan's army said [South Sudanese troops had attacked…]"
        → Sudan's army), or None when the clause is not reported."""
        if verb.dep_ not in ("ccomp", "parataxis") or verb.head.pos_ != "VERB" or verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        reporter, _ = self._subject(verb.head)
        return self._party(reporter) if reporter is not None and self._actor_like(reporter) else None

    def _complaint_about(self, denier: Party, earlier: list[tuple[dict, _Candidate]]) -> list[dict]:
        """The earlier complaints that concern the denier's state without aiming at it: "Cambodia has asked the
        court to rule on a dam that Laos is building" is what "Vientiane rejected the complaint" answers, though
        the request is aimed at the court. A request or accusation by another state whose own sentence names
        the denier's state; only the few earlier events' sentences are read."""
        found = []
        for draft, candidate in earlier:
            actor = draft["actor"]
            if draft["type"] not in SPEECH_ACT_TYPES or actor is None or actor.country is None or actor.country == denier.country:
                continue
            sentence = candidate.token.sent
            if any(t.i != candidate.token.i and (m := self._token_country(t)) is not None and m.code == denier.country for t in sentence):
                found.append(draft)
        return found

    def _violent_verdict(self, words: Iterable[Token]) -> bool:
        """Whether a verdict names a violent act by its lexicon noun ("a massacre of innocent families", "an
        assault on our sovereignty"): a rebuke even when the sentiment lexicon misses the noun and scores a
        kind word next to it ("innocent")."""
        return any(w.pos_ == "NOUN" and any(e.type in VIOLENT_VERDICT_TYPES for e in LEXICON.nouns.get(w.lemma_.lower(), ())) for w in words)

    def _named_in_own_words(self, verb: Token) -> bool:
        """Whether a reaction's object is "what it called X" ("rejected what it called a political reading of an
        administrative decision"): the parser's "what" object of a "called" clause with a predicate noun."""
        return any(c.dep_ == "ccomp" and c.lemma_.lower() == "call" and any(w.dep_ == "dobj" and w.lower_ == "what" for w in children_of(c))
                   and any(o.dep_ == "oprd" for o in children_of(c)) for c in children_of(verb))

    def _offer_to_mediate(self, verb: Token) -> bool:
        """Whether a verb offers to mediate with no one named: "Djibouti has offered to mediate", or to
        host talks between sides it names only by reference: "offered to host talks between the two
        governments in Doha", "between them", "a meeting of their defence ministers"."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "offer":
            return False
        for clause in (c for c in children_of(verb) if c.dep_ in ("xcomp", "prep", "advcl")):
            lemma = clause.lemma_.lower()
            if clause.dep_ == "advcl":
                # the parser's "Brazil, which borders both countries, offered [to host talks]" as a purpose clause
                # of an "offered" it took for a modifier: still what is offered
                if verb.dep_ != "acl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause)):
                    continue
                clause_dep = "xcomp"
            else:
                clause_dep = clause.dep_
            if lemma in MEDIATION_VERBS and clause_dep == "xcomp" and not any(o.dep_ in OBJECTS or o.dep_ == "prep" for o in children_of(clause)):
                return True
            if clause_dep == "xcomp" and lemma in HOSTING_VERBS:
                talks = next((o for o in children_of(clause) if o.dep_ == "dobj" and o.lemma_.lower() in TALK_NOUNS), None)
                guests = next((o for o in children_of(clause) if o.dep_ == "dobj" and o.lemma_.lower() not in TALK_NOUNS), None)
                if talks is None and guests is not None and any(p.dep_ == "prep" and p.lower_ in ("from", "of") and any(
                        w.dep_ == "pobj" and _paired(w) for w in children_of(p)) for p in children_of(guests)):
                    return True  # "offered to host experts from both countries in Almaty"
            elif clause.dep_ == "prep" and clause.lower_ == "to":
                # the parser's "offered [to [host talks]]": the verb taken for a compound noun
                talks = next((o for o in children_of(clause) if o.dep_ == "pobj" and o.lemma_.lower() in TALK_NOUNS
                              and any(c.dep_ == "compound" and c.lower_ in HOSTING_VERBS for c in children_of(o))), None)
            else:
                continue
            if talks is not None:
                sides = [o for p in children_of(talks) if p.dep_ == "prep" and p.lower_ in ("between", "of") for o in children_of(p) if o.dep_ == "pobj"]
                sides += [c for side in sides for c in side.conjuncts]
                # named sides have a country of their own words ("talks between Iraqi and Turkish officials");
                # a place after them does not name them ("between the two governments in Doha"); no sides at all
                # are the story's two ("offered to host talks in Boa Vista", "offered to host that meeting")
                if not any(self._token_country(word) is not None for side in sides
                           for word in (side, *(c for c in children_of(side) if c.dep_ in ("amod", "compound", "poss")))):
                    return True
        return False

    def _calm_urged(self, candidate: _Candidate) -> bool:
        """Whether a request urges calm on no one named: "urged restraint" (CALM_NOUNS as the direct object of a verb
        that is said to someone, with no "on"/"from"/"by" phrase naming whose calm). "Called for calm" is an appeal to
        all, made to no one (development events_dev2's gold has it with no target), so a particle's object is not read."""
        token = candidate.token
        if candidate.nominal or candidate.particles or self._verb_lemma(token) not in ("urge", "counsel"):
            return False
        asked = self._object(token)
        return asked is not None and asked.lemma_.lower() in CALM_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "from", "by", "among", "in") for c in children_of(asked))

    def _last_conflict_pair(self, token: Token, exclude: set[str]) -> list[Token]:
        """The two states of the last conflictual event between two states before ``token`` (CONFLICT_TYPES), neither
        of them ``exclude``'s: whom "urged restraint" is said to ("Eritrea ordered a mobilisation as Ethiopian units
        moved… Djibouti's foreign minister travelled to Asmara… The United States urged restraint" → ERI, ETH, not the
        visit's pair)."""
        pairs = [pair for i, pair, states in self._coded_pairs
                 if i < token.i and states and (c := self._candidate_at.get(i)) is not None and c.type in CONFLICT_TYPES
                 and not {m.code for t in pair if (m := self._phrase_country(t)) is not None} & exclude]
        return list(pairs[-1]) if pairs else []

    def _sides_by_reference(self, talks: Token) -> bool:
        """Whether talks name their sides only by reference: "the 25th round of talks between their corps commanders",
        "a meeting of the two countries' police chiefs" (one party noun owned by "their" or a pair)."""
        if any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS for c in children_of(talks)):
            return False  # "at the next meeting of the two countries' council": one still to come
        # "the 25th round of talks": the round and the talks it counts
        nouns = [talks, *filter(None, [self._measured_talks(talks)])]
        sides = [o for noun in nouns for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in ("between", "of")
                 for o in children_of(p) if o.dep_ == "pobj" and o.lemma_.lower() not in TALK_NOUNS]
        return len(sides) == 1 and not any(c.dep_ == "conj" for c in children_of(sides[0])) and _owned_by_pair(sides[0])

    def _coordinated_states_before(self, token: Token) -> list[Token] | None:
        """The last two states named together before ``token`` in its sentence or the one before ("Indian and Chinese
        troops", "Namibia and Angola"): whom "their" or "the two countries'" takes up; None when there is none."""
        start = self._sentences[max(0, self._sentence_of[token.i] - 1)][0]
        chains = [states[:2] for i, states in self._state_chains() if start <= i < token.i and states[1].i < token.i
                  and not {self._token_country(t).code for t in states[:2]} & NON_STATE_CODES]
        return chains[-1] if chains else None

    def _last_state_pair(self, token: Token, exclude: set[str]) -> list[Token]:
        """The two states of the last event between two states before ``token``, neither of them ``exclude``'s:
        whom an offer to mediate is made to ("Eritrea ordered a mobilisation as Ethiopian units moved… Djibouti has
        offered to mediate" → ERI, ETH)."""
        pairs = [pair for i, pair, states in self._coded_pairs
                 if i < token.i and states and not {c.code for t in pair if (c := self._phrase_country(t)) is not None} & exclude]
        # the governments themselves before whoever else dealt across the border ("farmers rallied outside the
        # Turkish consulate… Qatar offered to host talks between the two governments")
        governments = [pair for pair in pairs if all(map(self._state_level, pair))]
        return list((governments or pairs)[-1]) if pairs else []

    def _mediator(self, token: Token) -> Token | None:
        """Who mediates in "after mediation by Oman", "talks mediated by Togo", "a deal brokered by Qatar": the
        agent of a mediation named beside the act it made possible (the sentence's own verb)."""
        if token.pos_ == "NOUN" and token.lemma_.lower() == "mediation":
            by = next((c for c in children_of(token) if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
            after = token.nbor() if token.i + 1 < len(self.doc) else None
            if by is None and after is not None and after.lower_ == "by" and after.dep_ in ("prep", "agent") and after.head.i in {a.i for a in token.ancestors}:
                by = after  # "exchanged 40 prisoners after mediation by Qatar": the parser gave the verb the agent
        elif token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "acl" and (
                token.lemma_.lower() in MEDIATION_VERBS or (token.lemma_.lower() == "host" and (
                    token.head.lemma_.lower() in TALK_NOUNS or self._measured_talks(token.head) is not None))):
            # "ending four days of talks hosted by Oman": the host of talks between others brings them together
            by = next((c for c in children_of(token) if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
        elif token.pos_ == "VERB" and token.tag_ == "VBN" and token.lemma_.lower() in MEDIATION_VERBS and any(c.dep_ == "nsubjpass" for c in children_of(token)):
            # "Talks between the Nicaraguan government and European envoys were mediated by the Holy See"
            by = next((c for c in children_of(token) if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
        elif token.pos_ == "VERB" and token.dep_ == "relcl" and token.lemma_.lower() in MEDIATION_VERBS:
            # "an exchange that Qatar brokered": the mediator is the relative clause's subject
            subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
            return subject if subject is not None and self._actor_like(subject) else None
        else:
            return None
        agent = next((o for o in children_of(by) if o.dep_ == "pobj"), None) if by is not None else None
        return agent if agent is not None and self._actor_like(agent) else None

    @staticmethod
    def _measured_talks(noun: Token) -> Token | None:
        """The talks a noun measures or counts: "two days of talks", "the 25th round of talks" → talks; else None."""
        return next((o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in children_of(p) if o.dep_ == "pobj" and o.lemma_.lower() in TALK_NOUNS), None)

    def _pair_reactions(self, drafts: list[dict], sources: list[_Candidate]) -> list[tuple[dict, _Candidate]]:
        """A third party's welcome of (or attack on) an agreement two states made answers both of them: "Kazakhstan
        and Azerbaijan signed an agreement… The European Commission welcomed the agreement" is IGO→KAZ and
        IGO→AZE. _reaction_targets gave the reaction one of the two; this adds the other."""
        added: list[tuple[dict, _Candidate]] = []
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] not in REACTION_TYPES or actor is None or target is None or target.country is None:
                continue
            noun = self._reacted_noun(candidate)
            if noun is None or noun.lemma_.lower() not in AGREEMENT_NOUNS:
                continue
            for other, other_candidate in zip(reversed(drafts), reversed(sources)):
                partner = other["target"]
                if (other_candidate.token.i < candidate.token.i and other["type"] in COOPERATIVE and _party_key(other["actor"]) == _party_key(target)
                        and partner is not None and partner.country not in (None, target.country, actor.country) and partner.country not in NON_STATE_CODES
                        and actor.country != target.country
                        # an agreement the two made together: its mirror, the partner's act towards the target, is coded too
                        and any(s.token.i == other_candidate.token.i and _party_key(d["actor"]) == _party_key(partner) and d["target"] is not None
                                and d["target"].country == target.country for d, s in zip(drafts, sources))):
                    added.append(({**draft, "target": Party(partner.entity, partner.name, partner.country, partner.start, partner.end)}, candidate))
                    break
        return added

    def _counted_states(self, drafts: list[dict], sources: list[_Candidate]) -> list[tuple[dict, _Candidate]]:
        """"thanked the three countries" after "planes from Jordan, Egypt and France dropped flour": a target
        counted as three to five states (countries, states, governments, nations) is each of the states of the
        latest earlier act (within REACTION_WINDOW sentences) done by exactly that many states, the actor's own
        aside; the draft takes the first and one copy is made for each other. ("the two countries" is a pair:
        _two_sides.)"""
        added: list[tuple[dict, _Candidate]] = []
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            if actor is None or target is None or target.country is not None:
                continue
            span = self._party_span(target)
            head = span.root if span is not None and len(span) else None
            if head is None or head.lemma_.lower() not in STATE_NOUNS or head.tag_ != "NNS":
                continue
            count = next((COUNTED_STATES.get(c.lower_) for c in children_of(head) if c.dep_ == "nummod"), None)
            if count is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)):
                continue
            for other, other_candidate in self._recent(drafts, sources, k):
                if other_candidate.token.i == candidate.token.i:
                    continue
                doers: dict[str, Party] = {}
                for third, third_candidate in zip(drafts, sources):
                    if third_candidate.token.i == other_candidate.token.i and third["actor"] is not None and third["actor"].country is not None:
                        doers.setdefault(third["actor"].country, third["actor"])
                doers.pop(actor.country, None)
                if len(doers) != count or not all(code not in NON_STATE_CODES for code in doers):
                    continue
                states = list(doers.values())
                draft["target"] = states[0]
                added.extend(({**draft, "target": state}, candidate) for state in states[1:])
                break
        return added

    def _mediations(self, drafts: list[dict], sources: list[_Candidate]) -> list[tuple[dict, _Candidate]]:
        """A mediation told beside the act it brought about ("Russia and Ukraine exchanged 150 prisoners
        each, after mediation by the United Arab Emirates") is a CONSULT of the mediator with each party
        of that act: one event per state among the act's parties, one for a pair of the same state
        ("Chad's government and the rebel FRJ signed ..., after talks mediated by Togo"). The act is the
        nearest coded event up the parse (docs/events.md rule 29)."""
        coded_at: dict[int, list[dict]] = {}
        for draft, candidate in zip(drafts, sources):
            coded_at.setdefault(candidate.token.i, []).append(draft)
        entry = next(iter(LEXICON.nouns.get("mediation", ())), None)
        added: list[tuple[dict, _Candidate]] = []
        if entry is None:
            return added
        # one screen of the lemma column (``nlp.among``) instead of a lemma string per token: the words are few and the article long
        found = np.flatnonzero(among(self.doc.to_array([LEMMA]).reshape(-1), _MEDIATION_LEMMA_KEYS)).tolist() if len(self.doc) else []
        for i in (i for i in found if i not in coded_at):
            token = self._tokens[i]
            mediator = self._mediator(token)
            if mediator is None:
                continue
            # "talks mediated by Angola and Rwanda": each state of a coordinated agent mediates
            mediators = [self._party(m) for m in self._conjuncts(mediator) if self._actor_like(m)] or [self._party(mediator)]
            # a state mediates between states; "an exchange mediated by the Red Cross" is a service
            mediators = [p for p in mediators if p is not None and p.country is not None and p.country not in NON_STATE_CODES]
            if not mediators:
                continue
            # "Talks between … were mediated by …": the act is the passive's subject
            current, acts = token, next((coded_at[c.i] for c in children_of(token) if c.dep_ == "nsubjpass" and c.i in coded_at), None)
            for _ in range(MEDIATION_HOPS if acts is None else 0):
                if current.head.i == current.i:
                    break
                current = current.head
                if current.i in coded_at:
                    acts = coded_at[current.i]
                    break
            if not acts:
                continue
            candidate = _Candidate(token, entry, type="CONSULT")
            for party in mediators:
                parties: dict[str, Party] = {}
                for act in acts:
                    for side in (act["actor"], act["target"]):
                        if side is not None and side.country not in (None, party.country) and side.country not in NON_STATE_CODES:
                            parties.setdefault(side.country, side)
                common = {**acts[0], "type": "CONSULT", "trigger": self._trigger_span(candidate), "actor": party,
                          "confidence": round(entry.confidence, 2)}
                for side in list(parties.values())[:MAX_EVENTS_PER_TRIGGER]:
                    added.append(({**common, "target": side}, candidate))
        return added

    def _protested_noun(self, verb: Token) -> Token | None:
        """The act a protest is "in protest at / against / over": "blocked the road in protest at the ban" → ban."""
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in"):
            for protest in (o for o in children_of(prep) if o.dep_ == "pobj" and o.lemma_.lower() == "protest"):
                for at in (c for c in children_of(protest) if c.dep_ == "prep" and c.lower_ in ("at", "against", "over")):
                    noun = next((o for o in children_of(at) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
                    if noun is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(noun)):
                        return noun
        return None

    @staticmethod
    def _ban(candidate: _Candidate) -> bool:
        """Whether a candidate is a ban: the verb ("banned the Kyrgyz state broadcaster"), or the noun alone or after a
        light verb ("Kenya's ban on…", "announced a ban on…")."""
        if not candidate.nominal and candidate.token.pos_ == "VERB":
            return candidate.token.lemma_.lower() == "ban"
        noun = candidate.noun if candidate.noun is not None else candidate.token if candidate.nominal else None
        return noun is not None and noun.lemma_.lower() == "ban"

    @staticmethod
    def _passage_closure(candidate: _Candidate) -> bool:
        """Whether a candidate closes a border, crossing, airspace, port or post (a closing row whose last word is one)."""
        return candidate.trigger.kind == "object" and candidate.trigger.words[-1] in CLOSED_PASSAGE_NOUNS

    def _closures_told_again(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A state's closure of a passage told again aimed at no other state, after the state closed one to another state
        (a SANCTION), is that SANCTION told again: "Togo closed its border with Ghana on Thursday. It was the first time
        Lome had closed the crossing since 2005" (so that the retelling folds into the act, _main_mentions)."""
        closers = {draft["actor"].country for draft, candidate in zip(drafts, sources)
                   if draft["type"] == "SANCTION" and draft["actor"] is not None and self._passage_closure(candidate)}
        for draft, candidate in zip(drafts, sources):
            if draft["type"] == "COERCE" and draft["actor"] is not None and draft["actor"].country in closers and self._passage_closure(candidate):
                draft["type"] = "SANCTION"

    def _closed_passage_partners(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A state's closure of a border, crossing or post aimed at no other state is aimed at the state it is
        quarrelling with: the other state of the latest conflictual event between the two within REACTION_WINDOW
        sentences before, or told later in the closure's own sentence. "Iran closed the Milak crossing to lorries" after
        Afghan mortar fire killed two Iranian guards → AFG (it was aimed at the crossing, placed in Iran). The type stays
        as the rows give it."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] not in ("COERCE", "SANCTION") or not self._passage_closure(candidate) or actor is None
                    or actor.country in (None, *NON_STATE_CODES) or (target is not None and target.country not in (None, actor.country))):
                continue
            sentence = self._sentence_of[candidate.token.i]
            before = [(d, c) for d, c in reversed(list(zip(drafts[:k], sources[:k]))) if sentence - self._sentence_of[c.token.i] < REACTION_WINDOW]
            after = [(d, c) for d, c in zip(drafts[k + 1:], sources[k + 1:]) if self._sentence_of[c.token.i] == sentence]
            for other, _ in [*before, *after]:
                parties = [p for p in (other["actor"], other["target"]) if p is not None]
                if other["type"] not in CONFLICT_TYPES or actor.country not in {p.country for p in parties}:
                    continue
                partner = next((p for p in parties if p.country not in (None, actor.country, *NON_STATE_CODES)), None)
                if partner is not None:
                    draft["target"] = Party(partner.entity, partner.name, partner.country, partner.start, partner.end)
                    break

    def _mission_seat(self, target: Party) -> str | None:
        """The state a diplomatic mission stands in, by its own "in" phrase: "Papua New Guinea's high commission in
        Honiara" → SLB; None for any other party or place."""
        span = self._party_span(target)
        if span is None or not len(span):
            return None
        head = self._semantic_head(span.root)
        while head.dep_ in ("compound", "poss") and head.head.i > head.i:
            head = head.head  # the party can be the mission's owner only: "[Papua New Guinea]'s high commission"
        if head.lemma_.lower() not in MISSION_NOUNS and not (head.lower_ == "commission" and any(c.lower_ == "high" for c in children_of(head))):
            return None
        seat = self._place_country(head)
        return seat.code if seat is not None and seat.code not in NON_STATE_CODES else None

    def _home_office(self, target: Party, home: str, candidate: _Candidate) -> bool:
        """Whether a protest's target is an office named by its title alone ("the foreign ministry") in the protesters'
        own state: no word of the target names a state, and the protest's setting (its opening place, else the dateline)
        is that state."""
        span = self._party_span(target)
        if span is None or not len(span) or any(self._token_country(t) is not None for t in span):
            return False
        if not self._holds_office(span.start, span.end, None):
            return False
        setting = self._home_at(candidate.token.idx)
        return setting is not None and setting.code == home

    def _protest_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A protest "in protest at the ban" is aimed at whoever imposed the ban: the author of the latest
        earlier act (within REACTION_WINDOW sentences) that the noun names by its stem, by a party of another
        state than the protesters'. It replaces a target the protest only had from a place ("rice traders
        blocked the road... in protest at the ban" after "India banned exports" → IND, not the dateline's
        Nepal)."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] == "PROTEST" and actor is not None and actor.country is None and target is not None and target.country is not None:
                # "Several hundred people marched on Papua New Guinea's high commission in Honiara": people the text places
                # nowhere march in the state the mission they march on stands in
                seat = self._mission_seat(target)
                if seat is not None and seat != target.country:
                    draft["actor"] = actor = Party(actor.entity, actor.name, seat, actor.start, actor.end)
            if draft["type"] != "PROTEST" or actor is None or actor.country is None or candidate.nominal:
                continue
            if target is not None and target.country not in (None, actor.country) and self._home_office(target, actor.country, candidate):
                # "In Yerevan, … About 300 people rallied outside the foreign ministry": an office named by its title alone
                # that people protest at in their own state is that state's, whatever other state's ministry the
                # resolver linked the title to
                draft["target"] = Party(None, self.text[target.start:target.end], actor.country, target.start, target.end)
                continue
            if target is None or target.country in (None, actor.country):
                # "students marched from Dhaka University to the Pakistani High Commission", "marched on the Turkish
                # consulate-general": where a march goes, when it is another state's, is whom it is aimed at
                destination = next((party for c in children_of(candidate.token) if c.dep_ == "prep" and c.lower_ in MARCH_GOALS
                                    for o in children_of(c) if o.dep_ == "pobj"
                                    if (party := self._party(o)).country not in (None, actor.country)), None)
                if destination is not None:
                    draft["target"] = destination
                    continue
            noun = self._protested_noun(candidate.token)
            if noun is None:
                continue
            if (target is not None and target.country not in (None, actor.country)
                    and not (target.start is not None and target.start < self._dateline_end)):
                continue  # "protested outside the Mauritanian consulate": a party of another state of its own
            token = candidate.token
            earlier = [(d, s) for d, s in zip(drafts[:k], sources[:k]) if 0 < self._sentence_of[token.i] - self._sentence_of[s.token.i] + 1 <= REACTION_WINDOW and s.token.i < token.i]
            stem = noun.lemma_.lower()
            for other, other_candidate in reversed(earlier):
                author = other["actor"]
                if author is None or author.country in (None, actor.country) or other["type"] in SPEECH_ACT_TYPES:
                    continue
                words = {self._verb_lemma(other_candidate.token), other_candidate.token.lemma_.lower()}
                if other_candidate.noun is not None:
                    words.add(other_candidate.noun.lemma_.lower())
                if any(_same_stem(stem, word) for word in words):
                    draft["target"] = Party(author.entity, author.name, author.country, author.start, author.end)
                    break
            else:
                # "the ban" named again and again since India banned exports: the mentions carry the window back
                author = self._named_act_author(noun, actor, list(zip(drafts[:k], sources[:k])))
                if author is not None:
                    draft["target"] = Party(author.entity, author.name, author.country, author.start, author.end)

    def _release_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A demand for a release is aimed at whoever holds: "Iranian boats seized a Greek tanker...
        Greece demanded the immediate release of the ship and its crew" → IRN, from the latest earlier
        COERCE (within REACTION_WINDOW sentences) by a state other than the one demanding, when the
        demand names no target of another state (the one released is no target: "demanded van Dijk's
        release"); the release may be the particle's object ("Tokyo asked for his early release"). So is a demand for
        consular access to those held, and, with no such COERCE, an embassy's asks the state it stands in ("The Chinese
        embassy in Manila said it had asked for consular access to the four detained Chinese nationals" → PHL)."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] != "REQUEST" or actor is None or actor.country is None:
                continue
            if target is not None and target.country is not None and target.country != actor.country:
                continue
            verb = candidate.token
            # "demanded the release of…", and "asked for his early release" (the particle's object), or consular access
            # to those held ("demanded immediate consular access to Kaliati and his release")
            asked = [w for a in self._asked_nouns(candidate) for w in self._conjuncts(a)]
            if not any(a.lemma_.lower() in ("release", "access") for a in asked):
                continue
            sentence = self._sentence_of[verb.i]
            for other, other_candidate in reversed(list(zip(drafts[:k], sources[:k]))):
                if sentence - self._sentence_of[other_candidate.token.i] >= REACTION_WINDOW:
                    break
                holder = other["actor"]
                if other["type"] == "COERCE" and holder is not None and holder.country not in (None, actor.country) and holder.country not in NON_STATE_CODES:
                    draft["target"] = Party(holder.entity, holder.name, holder.country, holder.start, holder.end)
                    break
            if draft["target"] is target:
                seat = self._mission_seat(actor) if any(a.lemma_.lower() == "access" for a in asked) else None
                if seat is not None and seat != actor.country:
                    # "The Chinese embassy in Manila said it had asked for consular access to the four detained Chinese
                    # nationals": an embassy asks the state it stands in, which holds them
                    span = self._party_span(actor)
                    place = self._place_country(self._semantic_head(span.root)) if span is not None and len(span) else None
                    if place is not None:
                        draft["target"] = Party(None, place.text, seat, place.start, place.end)

    def _asked_nouns(self, candidate: _Candidate) -> list[Token]:
        """What a request asks for: its verb's objects ("demanded the release") and its particle's ("asked for his
        release", "called for an investigation")."""
        asked = [c for c in children_of(candidate.token) if c.dep_ in OBJECTS]
        return asked + [o for p in candidate.particles for o in children_of(p) if o.dep_ == "pobj"]

    def _inquiry_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A demand for an inquiry into what happened abroad is aimed at the state where it happened: "Moldova demanded
        an independent inquiry into the death of a Moldovan driver who died in a police station in Iasi" → ROU. Only a
        request with no target of another state whose object (or its particle's: "called for an investigation into…")
        is an inquiry noun (INQUIRY_NOUNS) with an "into" phrase, and only when the words under it place it in one state
        other than the asker's (_own_place)."""
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] != "REQUEST" or actor is None or actor.country is None or actor.country in NON_STATE_CODES:
                continue
            if target is not None and target.country is not None and target.country != actor.country:
                continue
            inquiry = next((a for a in self._asked_nouns(candidate) if a.lemma_.lower() in INQUIRY_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "into" for c in children_of(a))), None)
            if inquiry is None:
                continue
            code = self._own_place([inquiry], actor.country)
            place = next((t for t in subtree_of(inquiry) if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS
                          and (m := self._phrase_country(t)) is not None and m.place_code == code), None) if code else None
            if place is not None:
                party = self._party(place, place=True)
                draft["target"] = Party(None, party.name, code, party.start, party.end)

    def _passive_releasers(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A release told in the passive with no one named as releasing ("19 of the supporters had been released
        without charge" after "Czech police detained 43 Polish football supporters") is by whoever held them: the
        actor of the latest earlier COERCE (within REACTION_WINDOW sentences) aimed at the released people's country,
        or failing one, of the latest by a state other than theirs ("One of the Indian crew … was released" after
        "the Eritrean navy seized a Saudi tanker")."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            verb, target = candidate.token, draft["target"]
            if (draft["type"] == "RETREAT" and draft["actor"] is None and not candidate.nominal and target is not None
                    and target.country is None and verb.lemma_.lower() in ("release", "free") and self._passive(verb)):
                # "14 of them were released" after "Gendarmes also arrested 31 herders": a count of "them" are
                # people just held, of the country of the latest earlier arrest's target (not of what was seized)
                counted = self._passive_subject(verb)
                if counted is not None and self._counted_people(counted) and self._semantic_head(counted).lower_ == "them":
                    held = next((other["target"].country for other, other_candidate in self._recent(drafts, sources, k)
                                 if other["type"] == "COERCE" and other["target"] is not None and other["target"].country is not None
                                 and not other_candidate.nominal and self._verb_lemma(other_candidate.token) in ARREST_VERBS), None)
                    if held is not None:
                        target = draft["target"] = Party(target.entity, target.name, held, target.start, target.end)
            if (draft["type"] != "RETREAT" or draft["actor"] is not None or candidate.nominal or target is None
                    or target.country is None or verb.lemma_.lower() not in ("release", "free") or not self._passive(verb)):
                continue
            holds = [other for other, _ in self._recent(drafts, sources, k)
                     if other["type"] == "COERCE" and other["actor"] is not None and other["actor"].country is not None
                     and other["actor"].country not in NON_STATE_CODES and other["actor"].country != target.country]
            if not holds:
                # "Guinean police … arrested 23 people … Eleven of them were released": a state's own people held at home
                # are released by whoever of that state held them
                holds = [other for other, _ in self._recent(drafts, sources, k)
                         if other["type"] == "COERCE" and other["actor"] is not None and other["actor"].country == target.country
                         and other["target"] is not None and other["target"].country == target.country]
            if not holds:
                continue
            held_theirs = next((other for other in holds if other["target"] is not None and other["target"].country == target.country), holds[0])
            holder = held_theirs["actor"]
            draft["actor"] = Party(holder.entity, holder.name, holder.country, holder.start, holder.end)

    def _also_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """"Japan and Australia also expressed concern" after "The United States condemned China's
        actions": an act with "also" and no target of its own does what the latest earlier act of its
        type (within REACTION_WINDOW sentences, by another party) did, to the same target."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            target = draft["target"]
            if draft["actor"] is None or (target is not None and target.country is not None):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(candidate.token)):
                continue
            for other, other_candidate in self._recent(drafts, sources, k):
                if (other["type"] == draft["type"] and other["target"] is not None and other["target"].country is not None
                        and other_candidate.token.i != candidate.token.i and _party_key(other["actor"]) != _party_key(draft["actor"])
                        and other["target"].country != draft["actor"].country):
                    draft["target"] = other["target"]
                    break

    def _recent(self, drafts: list[dict], sources: list[_Candidate], k: int) -> Iterator[tuple[dict, _Candidate]]:
        """The drafts before the ``k``-th, nearest first, while they lie within REACTION_WINDOW sentences of it."""
        sentence = self._sentence_of[sources[k].token.i]
        for other, other_candidate in zip(reversed(drafts[:k]), reversed(sources[:k])):
            if sentence - self._sentence_of[other_candidate.token.i] > REACTION_WINDOW:
                return
            yield other, other_candidate

    def _summoning_hosts(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """An envoy summoned in the passive is summoned by the state the envoy is posted to, never by
        the envoy's own: "The Qatari ambassador in Niamey was summoned to the foreign ministry" → NER
        (from where the envoy serves, else where the ministry is, else where the sentence or the
        story is placed), whatever earlier foreign ministry "the foreign ministry" seems to take up."""
        for draft, candidate in zip(drafts, sources):
            verb, target, actor = candidate.token, draft["target"], draft["actor"]
            if (self._verb_lemma(verb) != "summon" or not self._passive(verb) or target is None or target.country is None
                    or (actor is not None and actor.country not in (None, target.country))):
                continue
            envoy = self._passive_subject(verb)
            ministry = next((o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" for o in children_of(c) if o.dep_ == "pobj"), None)
            posted = next((m for head in (envoy, ministry) if head is not None and (m := self._place_country(head)) is not None), None)
            place = posted if posted is not None else self._home_at(verb.idx)
            if place is None or not place.place_code or place.place_code == target.country:
                continue
            host = place.place_code
            if ministry is not None:
                _, _, start_char, end_char = self._phrase_chars(ministry)
                draft["actor"] = Party(None, self.text[start_char:end_char], host, start_char, end_char)
            elif actor is not None:
                draft["actor"] = Party(actor.entity, actor.name, host, actor.start, actor.end)
            else:
                draft["actor"] = Party(None, place.text, host, place.start, place.end)

    def _other_owners(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A force does not seize its own: in "A coast guard cutter rammed a Chinese trawler and detained
        its crew", "its" is the trawler's, so a conflictual act on something of "its" that came out as
        the actor's own country takes the country of the nearest object before it in the sentence that
        is another state's."""
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] not in MATERIAL_CONFLICT or actor is None or target is None or actor.country is None
                    or target.country != actor.country or target.start is None):
                continue
            head = self._token_at(target.start)
            if head is None or head.lower_ not in ("its", "their") or head.dep_ != "poss":
                continue
            sentence_start = self._sentences[self._sentence_of[head.i]][0]
            for token in reversed(self.doc[sentence_start:head.i]):
                if token.dep_ in ("dobj", "pobj") and token.pos_ in ("NOUN", "PROPN"):
                    found = self._phrase_country(token)
                    if found is not None and found.code not in (actor.country, *NON_STATE_CODES):
                        draft["target"] = Party(target.entity, target.name, found.code, target.start, target.end)
                        break

    def _counterpart_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A state's act between states that names no one it is aimed at answers the last party of
        another country that acted on that state: "Beijing lodged protests with Seoul and Hanoi…
        Vietnam's foreign ministry rejected the criticism" → VNM→CHN. A rebuke answers the last
        conflictual act aimed at it; an acceptance or a concession, any act. Within REACTION_WINDOW
        sentences."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] not in COUNTERPART_TYPES or actor is None or actor.country is None or actor.country in NON_STATE_CODES):
                continue
            # "warned that Minsk would respond": the state that answers is no target of its own threat
            # "threatened to take the dispute to an arbitration court in Stockholm": the court is where, not whom (rule 62)
            # "would take the matter to the World Trade Organization": the arbiter is where, not whom (rule 65)
            # "would file a complaint with the World Trade Organization": the body a complaint goes to judges it
            complaint = draft["type"] == "ACCUSE" and self._complaint_body(candidate, target)
            court = (draft["type"] == "THREATEN" and not candidate.nominal and (
                self._court_venue(target) or self._arbiter_named(candidate, target) or self._body_appealed_to(candidate, target))) or complaint
            retaliation = (draft["type"] == "THREATEN" and not candidate.nominal and (any(
                self._retaliates(c.token) for c in (candidate, *candidate.complements)) or self._own_state_acts(candidate, actor, target) or court)) or complaint
            if target is not None and not (retaliation and (target.country == actor.country or court)):
                continue
            # only an answer to what someone else said or did, named by an act or speech-act noun ("rejected
            # the criticism", "accepted the offer"); "rejected the budget", "refused to comment" or "thanked the
            # drivers" is aimed at no other state
            thing = next((c for c in children_of(candidate.token) if c.dep_ == "dobj"), None)
            # "said Russia would respond", "reserved the right to retaliate": a threat in kind answers an act
            if not retaliation and (candidate.nominal or thing is None or thing.pos_ != "NOUN" or not self._answered_noun(thing)):
                continue
            wanted = CONFLICT_TYPES if draft["type"] in CONFLICT_TYPES else None
            # a threat in kind answers the latest act on its state however far back ("Belarus would respond in kind"
            # twelve sentences after the Czech expulsion); other answers only something recent
            earlier = zip(reversed(drafts[:k]), reversed(sources[:k])) if retaliation else self._recent(drafts, sources, k)
            for other, _ in earlier:
                other_actor, other_target = other["actor"], other["target"]
                if (other_target is not None and other_target.country == actor.country and other_actor is not None
                        and other_actor.country not in (None, actor.country) and (wanted is None or other["type"] in wanted)):
                    draft["target"] = other_actor
                    break
            else:
                if retaliation and draft["type"] == "THREATEN" and (target is None or target.country == actor.country or court):
                    # no act aimed at its state is coded: the answer in kind is aimed at the side it is quarrelling with
                    quarrel = self._quarrel_partner(drafts, sources, k, actor)
                    if quarrel is not None:
                        draft["target"] = quarrel
                        continue
                if retaliation and target is not None and (target.country == actor.country or court):
                    draft["target"] = None  # no state threatens itself: left to the partner it has dealt with (_partner_targets)
                    if court and draft["type"] == "THREATEN" and (partner := self._only_partner(drafts, sources, k, hostile=True)) is not None:
                        # "warned that Iran would take the dispute to the International Court of Justice" after Iran
                        # accused Afghanistan: a dispute taken to a court is with the one state its side has quarrelled
                        # with (not a mediator that offered to host talks)
                        draft["target"] = Party(partner.entity, partner.name, partner.country, partner.start, partner.end)

    def _participle_pronoun_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A pronoun object of a participle clause is its main clause's target: "Australia imposed financial sanctions on a
        Singapore-registered shipping company, accusing it of carrying shells to Myanmar's military" → AUS→SGP."""
        coded = {candidate.token.i: draft for draft, candidate in zip(drafts, sources)}
        for draft, candidate in zip(drafts, sources):
            token = candidate.token
            if candidate.nominal or token.dep_ != "advcl" or token.tag_ != "VBG":
                continue
            if draft["target"] is not None and draft["target"].country is not None:
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in children_of(token)):
                continue
            # the main clause's event is its verb's, or the noun its light verb takes: "poured scathing criticism on
            # Shoigu and Gerasimov, accusing them of…" (the noun's actor left unnamed is the same sayer)
            main = coded.get(token.head.i)
            voiced = main is None
            if voiced:
                main = next((coded[c.i] for c in children_of(token.head) if c.dep_ == "dobj" and c.i in coded), None)
                if main is None:
                    continue
            same_actor = _party_key(main["actor"]) == _party_key(draft["actor"]) or (voiced and main["actor"] is None)
            if main["target"] is not None and main["target"].country is not None and same_actor:
                draft["target"] = main["target"]

    def _border_faced_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Forces moved to a place that the clause measures from another state's border are moved against that state:
        "Algeria has deployed … batteries near Béchar, less than 40 kilometres from the Moroccan border" → DZA→MAR,
        "moved … helicopters to an airbase in Belarus's Vitebsk region, some 40 kilometres from the Latvian border" →
        RUS→LVA, over a target that is only the place the forces went (an airbase in Belarus), not over a party of
        another state that acts."""
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] != "MOBILIZE" or actor is None or actor.country in (None, *NON_STATE_CODES) or candidate.nominal:
                continue
            if target is not None and (target.country not in (None, actor.country) and self._state_party(target)):
                continue
            border = next((t for t in subtree_of(candidate.token) if t.lemma_.lower() in BORDER_NOUNS and t.head.lower_ == "from"
                           and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in children_of(t))), None)
            if border is None:
                continue
            mention = self._phrase_country(border)
            if mention is None or mention.code in (actor.country, *NON_STATE_CODES):
                continue
            start, end, start_char, end_char = self._phrase_chars(border)
            draft["target"] = Party(None, self.text[start_char:end_char], mention.code, start_char, end_char)

    def _returned_fire_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Fire returned with no foe of another state named answers the latest attack on the returning side's state
        (within REACTION_WINDOW sentences): "Artillery shells fired by Myanmar's army struck Mae Sot…, and Thai gunners
        returned fire across the Moei river" → THA→MMR. Fire returned to warning shots is a show of force as they are
        (MOBILIZE): "An Indonesian corvette fired warning shots across the bow of a Malaysian patrol vessel…, and the
        Malaysian crew fired back with shots of their own"."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor, target = draft["actor"], draft["target"]
            if (candidate.trigger.words not in RETURNED_FIRE or actor is None or actor.country in (None, *NON_STATE_CODES)
                    or (target is not None and target.country not in (None, actor.country))):
                continue
            answered = next((other for other, other_candidate in self._recent(drafts, sources, k)
                             if (other["type"] == "ASSAULT" or other_candidate.trigger.words == WARNING_SHOTS)
                             and other["target"] is not None and other["target"].country == actor.country
                             and other["actor"] is not None and other["actor"].country not in (None, actor.country)), None)
            if answered is not None:
                draft["target"] = answered["actor"]
                if answered["type"] == "MOBILIZE":
                    draft["type"] = "MOBILIZE"  # warning shots answered in kind: "the Malaysian crew fired back with shots of their own"

    def _quarrel_partner(self, drafts: list[dict], sources: list[_Candidate], k: int, actor: Party) -> Party | None:
        """The side a state's threat of an answer in kind is aimed at when no act aimed at that state is coded: the
        target of its own state's latest conflictual act on another state within REACTION_WINDOW sentences ("The Rwanda
        Utilities Regulatory Authority rejected the figure, saying Ugandan networks had overcharged… warned that Rwanda
        would 'answer in kind'" → UGA), failing that the author of the story's lead act when another state's ("Poland
        and Lithuania announced … their largest joint exercise… The Russian President … warned that Moscow 'will respond
        with all the means it considers necessary'" → POL). None when neither is found."""
        for other, _ in self._recent(drafts, sources, k):
            other_actor, other_target = other["actor"], other["target"]
            if (other["type"] in CONFLICT_TYPES and other_actor is not None and other_actor.country == actor.country
                    and other_target is not None and other_target.country not in (None, actor.country, *NON_STATE_CODES)):
                return other_target
        before = list(zip(drafts[:k], sources[:k]))
        lede = self._lede_sentence(before)
        if lede is None:
            return None
        for other, other_candidate in before:
            if self._sentence_of[other_candidate.token.i] > lede:
                return None
            author = other["actor"]
            if author is not None and author.country not in (None, actor.country, *NON_STATE_CODES) and self._state_party(author):
                return author
        return None

    def _complaint_body(self, candidate: _Candidate, target: Party | None) -> bool:
        """Whether a complaint's target is the body it is filed with, which judges it rather than being accused: "would
        file a complaint with the World Trade Organization", "lodged a complaint with the U.N. Security Council"."""
        if candidate.nominal or target is None or not any(c.dep_ == "dobj" and c.lemma_.lower() in COMPLAINT_NOUNS for c in children_of(candidate.token)):
            return False
        span = self._party_span(target)
        if span is None or not len(span) or span.root.head.lower_ != "with":
            return False
        head = self._semantic_head(span.root)
        words = {w.lower_ for w in span}
        return self._trade_arbiter(head) or head.lemma_.lower() in COURT_NOUNS or {"security", "council"} <= words

    def _arbiter_named(self, candidate: _Candidate, target: Party | None) -> bool:
        """Whether a legal challenge's target is the arbiter it goes to ("would take the matter to the WTO"), which is
        where the dispute goes, not whom it is aimed at; a side named by an ultimatum ("if the EU did not drop the
        duties") stays."""
        if candidate.trigger is not _LEGAL_CHALLENGE or target is None:
            return False
        arbiter, span = self._arbiter(candidate.token), self._party_span(target)
        return arbiter is not None and span is not None and span.start <= arbiter.i < span.end

    def _court_venue(self, target: Party | None) -> bool:
        """Whether a party is a court or tribunal placed by where it sits ("an arbitration court in Stockholm", "a trade
        tribunal in Geneva"): a threat to take a dispute there is aimed at the other side of the dispute, and the
        city's state is only the venue."""
        span = self._party_span(target) if target is not None else None
        if span is None or not len(span):
            return False
        head = self._semantic_head(span.root)
        if self._trade_arbiter(head):
            return True  # "threatened to challenge the registration at the World Trade Organization": the WTO judges, the other side is aimed at
        seat = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("in", "at") else None
        if seat is not None and (seat.lemma_.lower() in COURT_NOUNS | {"arbitration"} or self._trade_arbiter(seat)):
            return True  # "threatened to take the dispute to international arbitration in Stockholm": the city only seats it
        body = self._phrase_country(span.root)
        if body is not None and body.code == "IGO" and COURT_NOUNS & set(body.text.lower().split()):
            return True  # "the International Court of Justice": a court of states judges between them, as one placed by its seat does
        return (head.lemma_.lower() in COURT_NOUNS and not any(c.dep_ == "poss" for c in children_of(head))
                and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in children_of(head)))

    def _body_appealed_to(self, candidate: _Candidate, target: Party | None) -> bool:
        """Whether a threat's target is the body its threatened act would take the dispute to: "warned that Iraq would
        take the matter to the UN Security Council", "would ask the UN Security Council to take up the dispute", "would
        take the case to the World Bank's arbitration centre". The body judges or deliberates; the threat is aimed at
        the other side of the dispute. The body warned itself ("warned the Security Council that…") stays the target."""
        span = self._party_span(target) if target is not None else None
        if span is None or not len(span):
            return False
        root = span.root
        while root.dep_ == "compound" and root.head.i > root.i:
            root = root.head  # the party can cover only its first words: "UN" of "UN Security Council"
        words = {w.lower_ for w in self._tokens[self._phrase_bounds(root)[0] : root.i + 1]}
        if not (root.lemma_.lower() in COURT_NOUNS or self._trade_arbiter(self._semantic_head(root)) or "arbitration" in words
                or {"security", "council"} <= words):
            return False
        if root.dep_ == "pobj" and root.head.lower_ == "to":
            verb = root.head.head
        elif root.dep_ == "dobj" and root.head.lemma_.lower() in ("ask", "petition", "urge", "call"):
            verb = root.head
        else:
            return False
        while verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "take the matter to …": the parser can hang the "to" phrase on the matter
        return verb.i != candidate.token.i and verb.pos_ in ("VERB", "AUX")

    def _trade_arbiter(self, head: Token) -> bool:
        """Whether a noun names the World Trade Organization ("the WTO", "the World Trade Organization"), where trade
        disputes are taken: a body that judges, no side of the dispute."""
        words = {w.lower_ for w in self._tokens[self._phrase_bounds(head)[0] : head.i + 1]}
        return head.lower_ == "wto" or {"world", "trade"} <= words

    def _own_state_acts(self, candidate: _Candidate, actor: Party, target: Party | None) -> bool:
        """Whether a threat's target is the threatening side's own state as the subject of the act it threatens: "He
        warned that Juba would close the oil pipeline", "She warned that Britain would take further measures". A state
        does not threaten itself; such a threat answers whoever acted on it (``_counterpart_targets``)."""
        if target is None or target.start is None or target.country != actor.country:
            return False
        span = self._party_span(target)  # its head: "his government", not "his"
        head = self._semantic_head(span.root) if span is not None and len(span) else None
        if head is None or head.dep_ != "nsubj" or head.head.i == candidate.token.i or not self._state_party(target):
            return False
        mention = self._token_country(head) if head.pos_ == "PROPN" else None
        if not ((mention is not None and mention.kind in ("name", "capital")) or head.lemma_.lower() in _GOVERNING):
            return False  # the state or its government; "warned that police will no longer tolerate rallies" is aimed at home
        clause = head.head  # the threatened act, inside the threat ("warned that Juba would close…")
        # a speaker in government: "the opposition leader warned that the government would fall" is aimed at home
        return clause.dep_ == "ccomp" and clause.head.i == candidate.token.i and self._state_party(actor)

    def _threatened_partners(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A threat that its own state will act is aimed at the party that act would touch, not at that state: "warned
        that Iran could review its whole cooperation with the agency" → the agency (IRN→IGO), named by "with",
        "against" or "to" in the threatened clause, of another country than the threatening state's."""
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] != "THREATEN" or candidate.nominal or actor is None or actor.country is None or target is None
                    or target.country != actor.country or target.start is None):
                continue
            head = self._token_at(target.start)
            # the threatened clause: the one whose subject the target is, inside the threat ("warned that Iran could review…")
            clause = head.head if head is not None and head.dep_ == "nsubj" and head.head.i != candidate.token.i else None
            if clause is None or not any(t.i == clause.i for t in subtree_of(candidate.token)) or not self._state_party(target):
                continue
            for prep in (w for w in subtree_of(clause) if w.dep_ == "prep" and w.lower_ in ("with", "against", "to")):
                other = next((o for o in children_of(prep) if o.dep_ == "pobj"), None)
                party = self._party(other) if other is not None else None
                if party is not None and party.country not in (None, actor.country):
                    draft["target"] = party
                    break

    @staticmethod
    def _left_unanswered(verb: Token) -> bool:
        """Whether "leave" is negated and says "without a response", "without an answer": "Tehran would not leave this
        hostile act without a response" promises one ("left the meeting without an answer" does not: no negation)."""
        return any(c.dep_ == "neg" for c in children_of(verb)) and any(
            c.dep_ == "prep" and c.lower_ == "without" and any(o.dep_ == "pobj" and o.lemma_.lower() in ANSWER_NOUNS for o in children_of(c))
            for c in children_of(verb))

    def _retaliates(self, verb: Token) -> bool:
        """Whether a verb threatens an answer in kind: "respond", "retaliate", "reserve the right", "draw conclusions", or
        "answer"/"reply" "in kind" or "with" a measure ("Rwanda would answer in kind", "Tehran would answer with visas for
        Georgian lorry drivers"; "would answer questions" is no threat)."""
        lemma = self._verb_lemma(verb)
        if lemma in RETALIATION_VERBS:
            return True
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in RETALIATION_NOUNS for c in children_of(verb)):
            return True  # "Moscow promised a “proportionate response”", "vowed swift retaliation": the answer named
        if lemma == "leave" and self._left_unanswered(verb):
            return True  # "would not leave this act without a response"
        if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in children_of(verb)):
            return True  # "would take necessary measures to protect its companies": an answer, its kind left open
        if _uses_all_means(verb):
            return True  # "vowing to use “all means available”", "would use all necessary means": force, left unnamed
        if lemma == "draw" and any(c.dep_ == "dobj" and c.lemma_.lower() == "conclusion" for c in children_of(verb)):
            return True  # "Russia would draw conclusions": the set phrase of an answer left unnamed
        # "would answer in kind", "would answer with visas for Georgian lorry drivers" (the answer named by its means)
        return lemma in IN_KIND_VERBS and any(
            c.dep_ == "prep" and ((c.lower_ == "in" and any(o.lower_ == "kind" for o in children_of(c))) or c.lower_ == "with")
            for c in children_of(verb))

    def _partner_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A state's offer, promise, aid, request or sanction that names no one is aimed at the one other
        state its country has just dealt with: "North Macedonia ordered Bulgaria to close its consulate…
        Sofia recalled its ambassador" → BGR→MKD; "Argentina had sent 80 firefighters across the border"
        after Chile asked it for aircraft → ARG→CHL. Not when its country dealt with two others in those
        sentences (a mediator offering to host talks), nor for an act of someone outside government. A move of forces
        aimed only at the mover's own units or ground ("moved two patrol aircraft to its base at Nemuro") answers its
        hostile partner too, when there is one (_home_deployment)."""
        for k, (draft, candidate) in enumerate(zip(drafts, sources)):
            actor = draft["actor"]
            if (draft["type"] not in PARTNER_TYPES or (draft["target"] is not None and not self._home_deployment(draft, drafts[:k]))
                    or actor is None or actor.country is None or actor.country in NON_STATE_CODES or candidate.nominal):
                continue
            if not (self._state_party(actor) or (draft["type"] == "MOBILIZE" and self._armed_party(actor))):
                continue
            if draft["type"] == "MOBILIZE" and self._verb_lemma(candidate.token) in TEST_VERBS:
                continue  # "fired a missile into the sea": a weapons test is aimed at no one, whoever protests it
            if self._refuses_its_own(draft, candidate.token):
                continue  # a refusal of something of its own ("rejected the budget") answers no one
            if draft["type"] in ("AID", "AGREE") and self._given_to_its_own(candidate.token, actor.country):
                continue  # "Beijing subsidised its producers": help for its own people answers no other state
            if draft["type"] == "REQUEST" and self._appeal_to_all(candidate):
                continue  # "appealed for every friend we have to send boats": to all who may give
            mobilize = draft["type"] == "MOBILIZE"
            partner = self._only_partner(drafts, sources, k, hostile=mobilize, armed=mobilize)
            if partner is not None:
                draft["target"] = Party(partner.entity, partner.name, partner.country, partner.start, partner.end)

    def _home_deployment(self, draft: dict, before: list[dict]) -> bool:
        """Whether a move of forces is aimed only at the mover's own units or ground, in a story with no fighting inside
        its state (``before``: the drafts told before it): "ordered the army to reinforce the border with two additional
        battalions", "moved two more patrol aircraft to its base at Nemuro". Such a target (of the mover's country, not
        the state itself nor one of its offices) says where the forces go, not whom they answer; the partner rule may
        then find the state they answer, and the target stays when it finds none. Battalions sent to a province where
        rebels attacked the army answer the rebels (_rebel_party), whichever neighbour is accused of arming them."""
        actor, target = draft["actor"], draft["target"]
        if not (draft["type"] == "MOBILIZE" and actor is not None and target is not None and actor.country is not None
                and target.country == actor.country and not self._state_party(target)):
            return False
        return not any(other["type"] == "ASSAULT" and other["actor"] is not None and other["target"] is not None
                       and other["actor"].country == other["target"].country == actor.country and self._rebel_party(other["actor"])
                       for other in before)

    def _rebel_party(self, party: Party) -> bool:
        """Whether a party is one that stands against its state's government from inside it (OPPOSING_NOUNS): "Rebels of
        the Kivu Liberation Front", "the opposition"; not "armed men", who may have come from across the border."""
        span = self._party_span(party)
        if span is None or not len(span):
            return False
        head = self._semantic_head(span.root)
        # a capitalised "Rebels" opening a sentence is parsed as a name, whose lemma keeps the plural
        return head.lemma_.lower() in OPPOSING_NOUNS or head.lower_.removesuffix("s") in OPPOSING_NOUNS

    def _only_partner(self, drafts: list[dict], sources: list[_Candidate], k: int, hostile: bool = False, armed: bool = False) -> Party | None:
        """The one other state the country of draft ``k``'s actor has dealt with in the events before it: the one within
        PARTNER_WINDOW sentences, or failing any, the only one so far ("Peru recalled its ambassador from Santiago… [four
        sentences on the plaque] Lima demanded that the plaque be restored" → CHL). None when it dealt with two (a
        mediator). With ``hostile``, only acts of HOSTILE_TYPES count (forces are moved, and disputes taken to a court,
        against a state that acted or spoke against it, not one sending an envoy or offering talks). With ``armed``, a
        state's forces or weapons that acted on the actor's state count as that state (forces answer forces)."""
        actor, candidate = drafts[k]["actor"], sources[k]
        sentence = self._sentence_of[candidate.token.i]
        near: dict[str, Party] = {}  # within PARTNER_WINDOW sentences
        before: dict[str, Party] = {}  # anywhere before
        for other, other_candidate in zip(reversed(drafts[:k]), reversed(sources[:k])):
            if hostile and other["type"] not in HOSTILE_TYPES:
                continue
            parties = [p for p in (other["actor"], other["target"]) if p is not None and p.country is not None]
            if len(parties) == 2 and actor.country in {p.country for p in parties}:
                partner = next((p for p in parties if p.country != actor.country), None)
                # forces answer forces: "Pakistani artillery shelled four Indian villages… The army said it had sent two
                # more battalions to the sector" is aimed at the state whose guns fired
                fired = armed and other["type"] in MATERIAL_CONFLICT and partner is other["actor"]
                if partner is not None and partner.country not in NON_STATE_CODES and (
                        self._state_party(partner) or (fired and self._armed_party(partner))):
                    before.setdefault(partner.country, partner)
                    if sentence - self._sentence_of[other_candidate.token.i] <= PARTNER_WINDOW:
                        near.setdefault(partner.country, partner)
        partners = near or before
        return next(iter(partners.values())) if len(partners) == 1 else None

    def _armed_party(self, party: Party) -> bool:
        """Whether a party is a state's armed forces or their weapons, placed in a state: "Pakistani artillery",
        "two Venezuelan Su-30 fighter jets", "two of its Kfir jets", "the Indian army". Not an office of the state
        (_state_party), but what moves and fires for it: a move of forces answers such a party's fire or incursion."""
        span = self._party_span(party)
        if span is None or not len(span) or party.country in (None, *NON_STATE_CODES):
            return False
        return self._semantic_head(span.root).lemma_.lower() in ARMED_PARTY_NOUNS

    def _reported_movers(self, drafts: list[dict]) -> None:
        """A move of forces told in the passive by a state's official, with no one named as moving them, is that state's:
        "The Mauritanian defence minister said two army companies had been sent to reinforce the border posts" → MRT,
        and the posts it reinforces are its own, so no target (the partner rule may then find whom it answers)."""
        for draft in drafts:
            source = draft["reported_by"]
            if draft["type"] != "MOBILIZE" or draft["actor"] is not None:
                continue
            code = self._reporting_state(source)
            if code is None:
                continue
            draft["actor"] = Party(source.entity, source.name, code, source.start, source.end)
            if draft["target"] is not None and draft["target"].country == code:
                draft["target"] = None

    def _reporting_state(self, source: Source | None) -> str | None:
        """The state whose office or officer a report's source is ("The Mauritanian defence minister", "the Russian
        defence ministry"), or None (`_reported_movers`, `_reported_forces`)."""
        if source is None or source.start is None:
            return None
        span = self._expanded(source.start, source.end)
        mention = self._phrase_country(span.root) if span is not None and len(span) else None
        if mention is None or mention.code in NON_STATE_CODES or not self._state_level(span.root):
            return None
        return mention.code

    def _reported_forces(self, drafts: list[dict]) -> None:
        """Forces a state's office or officer tells fighting, with no state named for them, are that state's: "Russian
        Defence Minister Sergei Shoigu said the troops had captured the Ukrainian city of Bakhmut" → RUS→UKR, the account a
        side gives of its own war (rule 126). Not forces told acting on the reporter's own state ("Ukraine's military said
        troops shelled Kharkiv" tells the enemy's)."""
        for draft in drafts:
            actor = draft["actor"]
            if draft["type"] not in ("ASSAULT", "COERCE") or actor is None or actor.country is not None:
                continue
            forces = self._party_span(actor)
            if forces is None or not len(forces) or self._semantic_head(forces.root).lower_ not in OWN_FORCES:
                continue
            code = self._reporting_state(draft["reported_by"])
            if code is None or draft["target"] is None or draft["target"].country in (None, code):
                continue
            draft["actor"] = Party(actor.entity, actor.name, code, actor.start, actor.end)

    def _withdrawn_forces(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A state's forces withdrawn in the passive, with no one named as withdrawing them, are withdrawn by that state
        from the state the "from" phrase places them in: "Hundreds of Ethiopian troops were withdrawn from two bases in
        central Somalia" → ETH → SOM (the troops were the target of no one)."""
        for draft, candidate in zip(drafts, sources):
            forces = draft["target"]
            verb = candidate.token
            if (draft["type"] != "RETREAT" or draft["actor"] is not None or forces is None or forces.country in (None, *NON_STATE_CODES)
                    or candidate.nominal or not self._passive(verb)):
                continue
            moved = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
            if moved is None or self._semantic_head(moved).lemma_.lower() not in ORDERED_FORCES:
                continue  # "Hundreds of Ethiopian troops": the forces the quantity counts
            origin = next((o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "from" for o in children_of(p) if o.dep_ == "pobj"), None)
            place = None
            for word in ([origin, *(o for p in children_of(origin) if p.dep_ == "prep" and p.lower_ == "in" for o in children_of(p) if o.dep_ == "pobj")]
                         if origin is not None else []):
                mention = self._phrase_country(word)
                if mention is not None and mention.code not in NON_STATE_CODES and mention.code != forces.country:
                    place = word
                    break
            draft["actor"] = forces
            draft["target"] = self._party(place, place=True) if place is not None else None

    def _reported_arrests(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """An arrest told in the passive by a state's official or office, with no one named as arresting, is that
        state's: "Interior Minister Salif Kone said 143 people had been arrested" → CIV, "was arrested at his home…,
        according to the prosecutor's office". Not when the people arrested are another state's, nor when the
        sentence places the arrest in another state ("said two of its citizens had been detained in Tehran")."""
        for draft, candidate in zip(drafts, sources):
            source, target = draft["reported_by"], draft["target"]
            if (draft["type"] != "COERCE" or draft["actor"] is not None or source is None or source.start is None
                    or candidate.nominal or self._verb_lemma(candidate.token) not in ARREST_VERBS or not self._passive(candidate.token)):
                continue
            span = self._expanded(source.start, source.end)
            if span is None or not len(span) or not self._state_level(span.root):
                continue
            country = self._party(span.root).country
            if country is None or country in NON_STATE_CODES or (target is not None and target.country not in (None, country)):
                continue
            sentence_start, sentence_end = self._sentences[self._sentence_of[candidate.token.i]]
            if any(self._token_country(t) is not None and self._token_country(t).code != country
                   for t in self.doc[sentence_start:sentence_end] if t.pos_ in ("PROPN", "ADJ")):
                continue
            draft["actor"] = Party(source.entity, source.name, country, source.start, source.end)

    def _foreigners_arrested_at_home(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Foreigners arrested in the passive, with no one named as arresting and no one reporting it, in a story filed
        from a state whose text places the arrest nowhere else, are arrested by that state: "Two Cameroonian men who came
        to collect the cargo were arrested at the port" filed from Bangkok → THA → CMR."""
        for draft, candidate in zip(drafts, sources):
            target = draft["target"]
            if (draft["type"] != "COERCE" or draft["actor"] is not None or draft["reported_by"] is not None or target is None
                    or target.country in (None, *NON_STATE_CODES) or candidate.nominal
                    or self._verb_lemma(candidate.token) not in ARREST_VERBS or not self._passive(candidate.token)):
                continue
            home = self._home_at(candidate.token.idx)
            if home is None or home.code in NON_STATE_CODES or home.code == target.country:
                continue
            sentence_start, sentence_end = self._sentences[self._sentence_of[candidate.token.i]]
            named = [(t, m) for t in self.doc[sentence_start:sentence_end] if t.pos_ in ("PROPN", "ADJ") and (m := self._token_country(t)) is not None]
            if any(m.code not in (home.code, target.country) for _, m in named):
                continue  # a third state named: the arrest may be its
            if any(m.code == target.country and m.kind != "demonym" and t.pos_ == "PROPN" for t, m in named):
                continue  # "were arrested in Douala": placed in their own state
            draft["actor"] = self._home_party(home)

    def _reported_expulsions(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """An expulsion told in the passive by a state's official or office, with no one named as expelling, is that
        state's: "the foreign ministry said two Dutch diplomats had been expelled", "the ambassador was ordered to leave
        the country, the ministry said" → the ministry's state against the diplomats'. Only when the expelled are
        another state's (a state reporting its own citizens deported tells another state's act) and no "from" phrase
        already named the expelling state."""
        for draft, candidate in zip(drafts, sources):
            source, target = draft["reported_by"], draft["target"]
            if (draft["type"] != "SANCTION" or draft["actor"] is not None or source is None or source.start is None or target is None
                    or target.country is None or candidate.nominal or self._verb_lemma(candidate.token) not in EXPULSION_VERBS | COMMAND_VERBS | TOLD_OUT_VERBS
                    or not self._passive(candidate.token)):
                continue
            span = self._expanded(source.start, source.end)
            if span is None or not len(span) or not self._state_level(span.root):
                continue
            country = self._party(span.root).country
            if country is None or country in NON_STATE_CODES or country == target.country:
                continue
            draft["actor"] = Party(source.entity, source.name, country, source.start, source.end)

    def _story_state(self) -> str | None:
        """The state a story is about: the one its text names most past the dateline, at least three times and
        more often than any other (a disaster, a coup, an election abroad); None when two compete."""
        ranked = self._named_countries().most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _american_story(self) -> bool:
        """Whether a story is told in American political terms: it names the United States at least twice, or its
        Republicans, the GOP, the White House or Capitol Hill at least twice (campaign copy names the candidates and the
        parties, seldom the country)."""
        if self._american is None:
            self._american = (self._named_countries()["USA"] >= AMERICAN_STORY_NAMINGS
                              or len(AMERICAN_MARKERS.findall(self.text)) >= AMERICAN_STORY_NAMINGS)
        return self._american

    def _home_story_state(self) -> str | None:
        """The state an undated story is set in: the one it names most, at least HOME_STORY_NAMINGS times and at least
        twice as often as any other (a campaign story that names the United States throughout and Russia once)."""
        ranked = self._named_countries().most_common(2)
        if not ranked or ranked[0][1] < HOME_STORY_NAMINGS or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return ranked[0][0]

    def _domestic_party(self, semantic: Token, ref: Entity | None) -> bool:
        """Whether a party the text gives no state is one of a story's own: a named person, or a politician or a party
        by its common name ("Democrats", "senators", "lawmakers"). Not people at large ("pilgrims", "hostages"), who are
        often whom a foreign state acts on."""
        if ref is not None and ref.type == "PERSON":
            return True
        return _names_one_of(semantic, DOMESTIC_PARTY_NOUNS)

    def _story_state_targets(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """An offer, pledge or aid from abroad that names no one and finds no partner (_partner_targets) goes to the
        state the story is about: "Japan pledged a grant of 35 million dollars for coastal defences" in a story on
        hurricane-hit Jamaica → JAM; "Portugal offered to fly in forensic investigators" after a coup attempt in São
        Tomé → STP. Not an act of the story's own state, nor one told as a statement of intent about itself."""
        story = self._story_state()
        named = self._first_named(story) if story is not None else None
        if named is None:
            return
        donors = {d["actor"].country for d in drafts if d["type"] == "AID" and d["actor"] is not None and d["actor"].country is not None}
        for draft, candidate in zip(drafts, sources):
            actor = draft["actor"]
            target = draft["target"]
            if draft["type"] == "PROTEST" and actor is not None and actor.country is None and target is None and not candidate.nominal:
                # "Several hundred relatives of people killed in the 2024 Ndélé market attack marched to the National
                # Assembly": people the text places nowhere march in the story's state, against its government
                span = self._party_span(actor)
                if span is not None and len(span) and self._people_like(span.root):
                    draft["actor"] = Party(actor.entity, actor.name, story, actor.start, actor.end)
                    draft["target"] = named
                continue
            if draft["type"] not in ("AGREE", "AID") or actor is None or candidate.nominal:
                continue
            if target is not None and (target.country is not None or target.entity is not None):
                continue  # a party of its own; a thing with no country ("to pay half the cost of the monitoring team") is none
            if target is not None and (span := self._party_span(target)) is not None and len(span) and (
                    span.root.tag_ == "NNS" and span.root.lemma_.lower() in STATE_RELATION_NOUNS):
                continue  # "would work with its allies": other states the text does not name, not the story's (rule 54)
            if actor.country is None or actor.country == story or (actor.country == "IGO" and self._summit_host(story)):
                continue  # "G20 leaders agreed to…" in a story of their summit in Bali: the host is no partner of the body
            if self._mediation_in(candidate.token):
                continue  # "said it was ready to host new talks": a mediator's offer is made to the sides, not to one state
            if self._given_to_its_own(candidate.token, actor.country):
                continue  # "Beijing subsidised its producers": help for the actor's own people is aimed at no other state
            if story in donors:
                # "A Trinidad and Tobago coast guard ship delivered 80 tonnes of water to Kingstown, and Barbados sent two
                # helicopters" filed from Kingstown: the state named most gives aid itself; the aid goes where the story is
                home = self._home_at(candidate.token.idx)
                if home is not None and home.code not in NON_STATE_CODES and home.code not in donors and home.code != actor.country:
                    draft["target"] = self._home_party(home)
                continue
            draft["target"] = named

    def _summit_host(self, code: str) -> bool:
        """Whether the text holds a summit, meeting or conference in the state ``code`` ("the G20 Summit's opening session
        in Bali", "the Bali summit"): that state hosts the bodies of states met there, and is not what their
        agreements and calls are aimed at (`_story_state_targets`, `_story_side_targets`)."""
        if self._hosted_states is None:
            self._hosted_states = set()
            for token in self._tokens:
                if token.pos_ != "NOUN" or token.lemma_.lower() not in HOSTED_GATHERINGS:
                    continue
                places = [c for c in children_of(token) if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
                places += [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in children_of(c) if o.dep_ == "pobj"]
                self._hosted_states.update(m.code for p in places if (m := self._phrase_country(p)) is not None)
        return code not in NON_STATE_CODES and code in self._hosted_states

    def _given_to_its_own(self, verb: Token, country: str) -> bool:
        """Whether what a verb helps or gives to is owned by "its"/"their" standing for the actor's own state
        ("subsidised its producers", "pledged aid to their farmers")."""
        received = [self._object(verb), *(o for p in children_of(verb) if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
                                          for o in children_of(p) if o.dep_ == "pobj")]
        return any(noun is not None and self._owned_by_pronoun(noun)
                   and any(c.dep_ == "poss" and self._antecedent_country(c) == country for c in children_of(self._semantic_head(noun)))
                   for noun in received)

    def _story_side_targets(self, drafts: list[dict], source_of: dict[int, _Candidate]) -> None:
        """An act that no rule above aimed at a state is aimed at the story's other side: the state the story's events
        in other sentences most often have as a party, other than the actor's own (ties: the one the text names most
        often, then the one first involved). After "North Korea fired a ballistic missile into the Sea of Japan",
        "Japan lodged a protest through diplomatic channels" → PRK. A party the text names without a country ("12 of
        the marchers", "the government") takes that state's code, unless it stands for many states or sides
        (_many_sides); no party at all takes the state as the text last names it before the act. Left alone: a move of
        forces (MOBILIZE: a deployment, a drill or a weapons test is often aimed at no one, and _partner_targets aims
        one that answers a hostile state), an act told as a noun, and acts the rules leave aimed at no one on purpose
        (_aimed_at_no_one). Blind sets' gold marks the side an act is aimed at from the whole story, and a targetless
        reaction there most often answers the story's other state (docs/events.md, rule 89). Only in a story that names
        at most SIDE_STORY_STATES states: in real copy naming more (a summit, a war and its allies) the side read this way
        was never the target its gold gives (rule 123)."""
        involved, named = self._story_census(drafts)
        # real copy that names many states (a summit, a war and its allies, a campaign) has no one other side: an act
        # it aims at no one is aimed at no one, but help still goes where the story's other help goes (rule 123)
        few_states = sum(1 for code in named if code not in NON_STATE_CODES) <= SIDE_STORY_STATES
        for draft in drafts:
            if self._aimed_at_its_own_state(draft):
                draft["target"] = None  # "The Kazakh president warned of consequences" is aimed at no one in Kazakhstan
            target = draft["target"]
            if draft["type"] == "MOBILIZE" or (target is not None and target.country is not None):
                continue
            candidate = source_of.get(id(draft))
            if candidate is not None and (candidate.nominal or self._aimed_at_no_one(draft, candidate)):
                continue  # an act told as a noun ("Moscow's war") names its parties in its phrase, or none
            actor_country = draft["actor"].country if draft["actor"] is not None else None
            if actor_country is None:
                continue  # an actor placed nowhere has no side of its own to tell the other side from
            recipient = _aid_recipient(drafts, draft, actor_country) if target is None and draft["type"] in ("AGREE", "AID") else None
            if recipient is not None and (state := self._state_named_before(recipient, draft["trigger"].start)) is not None:
                draft["target"] = state  # "Algeria offered to send a further 2 million litres" in a story of fuel sent to Niger
                continue
            if not few_states:
                continue
            side = _other_side(involved, named, draft["sentence"].start, actor_country)
            if side is None:
                continue  # no side, or two alike: "accused Uganda … and summoned the Ethiopian ambassador. Kenya offered…"
            if actor_country == "IGO" and draft["type"] in ("AGREE", "REQUEST") and self._summit_host(side):
                continue  # "G20 state leaders also called for a collective commitment…": not on the state hosting them
            if target is not None:
                if not self._many_sides(target):
                    draft["target"] = Party(target.entity, target.name, side, target.start, target.end)
            elif (state := self._state_named_before(side, draft["trigger"].start)) is not None:
                draft["target"] = state

    def _story_census(self, drafts: list[dict]) -> tuple[list[tuple[int, int, str]], Counter]:
        """What `_other_side` reads the story's sides from: each state party of each draft (sentence start, trigger
        start, code), and how often the text past the dateline names each state."""
        involved = [(draft["sentence"].start, draft["trigger"].start, code) for draft in drafts for code in _state_codes(draft)]
        named = Counter(m.code for m in {m.start: m for m in self._countries().token_mentions() if m.start >= self._dateline_end}.values())
        return involved, named

    def _story_side_actors(self, drafts: list[dict]) -> None:
        """A state's officer the text names by title and name alone ("Foreign Minister Hugh Braithwaite told the National
        Assembly. He accused Caracas…") in a story with no dateline to place him speaks for the story's other side
        against the state he acts on: the state the story's events in other sentences most often have as a party,
        other than the target's (as for targets, `_story_side_targets`) → GUY→VEN. Not against a state's "own"
        office, which he may blame at home."""
        involved, named = self._story_census(drafts)
        for draft in drafts:
            actor, target = draft["actor"], draft["target"]
            if actor is None or actor.country is not None or target is None or target.country in (None, *NON_STATE_CODES):
                continue
            span = self._party_span(actor)
            if span is None or not len(span) or not self._holds_office(span.start, span.end, self._entity_of(span.root)):
                continue
            head = self._semantic_head(span.root)
            if not (head.ent_type_ == "PERSON" or _noun_class(head, "person") or head.lower_ in PERSONAL_PRONOUNS):
                continue  # one officer by name or title, not "soldiers" or "the army", whose side a story can hold on either bank
            if any(t.lower_ in LEGISLATIVE_WORDS for t in span):
                continue  # a lawmaker may stand against his own government
            aimed = self._party_span(target)
            if aimed is not None and any(t.lower_ == "own" for t in aimed):
                continue  # "accused Portugal's own coast guard": said at home
            side = _other_side(involved, named, draft["sentence"].start, target.country)
            if side is not None and side not in NON_STATE_CODES:
                draft["actor"] = Party(actor.entity, actor.name, side, actor.start, actor.end)

    def _offers_to_both_sides(self, drafts: list[dict], source_of: dict[int, _Candidate]) -> list[dict]:
        """An offer to mediate or to host talks or a meeting is made to both sides of the story's quarrel, one event each:
        "Uruguay urged both governments to return to the table. Paraguay offered to host a meeting of Mercosur trade
        ministers" in a story of Brazil's measures against Argentina → PRY→BRA and PRY→ARG. The sides are the two
        states, neither the offerer's, that the story's events most involve, one of which acted against the other; an offer
        whose target is one of them gains the other, one aimed elsewhere (the bloc, the host's own city, no one) is
        aimed at both. So is a body of states' offer of help whose words concern both states (SHARED_OFFER_WORDS), in a
        story whose two states dealt with each other in any way."""
        out = list(drafts)
        for draft in drafts:
            candidate = source_of.get(id(draft))
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] != "AGREE" or candidate is None or actor is None or actor.country is None
                    or actor.country in NON_STATE_CODES and actor.country != "IGO"):
                continue
            hosting = self._offers_to_host(candidate.token)
            # a body of states offers its help to the two states the story is about when its words concern both: "The
            # Universal Postal Union offered to lend both postal services parcel scanners", "offered to train the
            # hospital's first 200 nurses in both languages", in a quarrel or a joint work alike
            helping = (not hosting and actor.country == "IGO" and self._verb_lemma(candidate.token) in ("offer", "volunteer")
                       and any(w.lower_ in SHARED_OFFER_WORDS for w in subtree_of(candidate.token) if w.i > candidate.token.i))
            if not (hosting or helping):
                continue
            sides = self._quarrel_sides(drafts, actor.country, dealt_in=CONFLICT_TYPES if hosting else None)
            if sides is None:
                continue
            aimed = {d["target"].country for d in drafts if d is not draft and d["target"] is not None and d["trigger"].start == draft["trigger"].start
                     and d["type"] == "AGREE" and _party_key(d["actor"]) == _party_key(actor)}
            if target is not None and target.country in sides:
                missing = [code for code in sides if code != target.country and code not in aimed]
            elif target is not None and target.country not in (None, actor.country, *NON_STATE_CODES):
                continue  # "offered to host talks between Myanmar's warring parties": one state's sides, named
            else:
                missing = [code for code in sides if code not in aimed]
                if missing and (first_side := self._state_named_before(missing[0], draft["trigger"].start)) is not None:
                    draft["target"] = first_side
                    missing.pop(0)
            for code in missing:
                party = self._state_named_before(code, draft["trigger"].start)
                if party is not None:
                    out.append({**draft, "target": party})
        return out

    def _offers_to_host(self, verb: Token) -> bool:
        """Whether a verb offers (or volunteers) to mediate, or to host talks or a meeting: "offered to host a technical
        meeting of the four members in Can Tho", "offered to mediate", "offered to host talks"; not talks "between" sides
        it names."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("offer", "volunteer", "propose"):
            return False
        hosted = [c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in HOSTING_VERBS | MEDIATION_VERBS]
        # "offered to host talks between Mbabane and the textile unions": sides it names are its sides
        return bool(hosted) and not any(t.lower_ == "between" for c in hosted for t in subtree_of(c))

    def _quarrel_sides(self, drafts: list[dict], exclude: str, dealt_in: frozenset[str] | None = CONFLICT_TYPES) -> tuple[str, str] | None:
        """The two states, neither ``exclude``, that the story's events most often have as parties, when one of them
        acted against the other (an event of ``dealt_in``, any event when None); None when there are no such two."""
        counts = Counter(code for draft in drafts for code in _state_codes(draft) if code != exclude)
        ranked = [code for code, _ in counts.most_common(2)]
        if len(ranked) < 2:
            return None
        dealt = any((dealt_in is None or d["type"] in dealt_in) and d["actor"] is not None and d["target"] is not None
                    and {d["actor"].country, d["target"].country} == set(ranked) for d in drafts)
        return (ranked[0], ranked[1]) if dealt else None

    def _aimed_at_no_one(self, draft: dict, candidate: _Candidate) -> bool:
        """Whether an act is one the rules above leave aimed at no state on purpose: an offer to mediate or host talks
        (made to the sides), a refusal outside government of something no one else asked or said ("Chile's congress
        rejected the budget"), help for the actor's own people ("Beijing subsidised its producers"), a call for calm
        (an appeal to all)."""
        token = candidate.token
        if self._mediation_in(token):
            return True
        actor = draft["actor"]
        if self._refuses_its_own(draft, token) and (actor is None or not self._state_party(actor)):
            return True
        if draft["type"] in ("AID", "AGREE") and actor is not None and actor.country is not None and self._given_to_its_own(token, actor.country):
            return True
        if draft["type"] in MUTUAL_TYPES | {"AGREE", "SUPPORT"} and self._many_states_act(token):
            return True
        return draft["type"] == "REQUEST" and (any(o.lemma_.lower() in CALM_NOUNS for o in self._acted_on(candidate)) or self._appeal_to_all(candidate))

    def _appeal_to_all(self, candidate: _Candidate) -> bool:
        """Whether a request is an appeal to all who may give: to donors, friends or the international community, or for
        a sum with no one asked ("urged donors to send cash rather than goods", "appealed for $85 million"). It is
        aimed at no state, whichever the story's other side is."""
        token = candidate.token
        addressee = self._object(token)
        asked = [addressee, *(o for p in (*candidate.particles, *children_of(token)) if p.dep_ in ("prep", "prt") and p.lower_ == "for"
                              for o in children_of(p) if o.dep_ == "pobj")]
        if any(o is not None and o.lemma_.lower() in GIVER_NOUNS for o in asked):
            return True
        return addressee is None and any(o is not None and o.ent_type_ == "MONEY" for o in asked)

    def _many_states_act(self, verb: Token) -> bool:
        """Whether the subject of a verb names three states or more ("The leaders of Greece, Cyprus and Egypt signed a
        mutual defence pact"): their joint act is among themselves, aimed at no one outside."""
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        states = {mention.code for t in subtree_of(subject) if (mention := self._token_country(t)) is not None and mention.code not in NON_STATE_CODES}
        return len(states) >= 3

    @staticmethod
    def _mediation_in(verb: Token) -> bool:
        """Whether what a verb says holds an offer to mediate or host ("said it was ready to host new talks"): such an
        offer is made to the sides, not to one state."""
        return any(t.lemma_.lower() in HOSTING_VERBS | MEDIATION_VERBS for t in subtree_of(verb))

    def _refuses_its_own(self, draft: dict, verb: Token) -> bool:
        """Whether a REJECT refuses a thing that no one else said or asked ("rejected the budget"), not an answered
        act or speech act ("rejected the accusation")."""
        thing = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        return draft["type"] == "REJECT" and thing is not None and not (thing.pos_ == "NOUN" and self._answered_noun(thing))

    def _aimed_at_its_own_state(self, draft: dict) -> bool:
        """Whether a state's words against someone (ACCUSE, REJECT, THREATEN, REQUEST) are aimed at that very state, by
        its name or capital: no state warns or rebukes itself, so such a target is a misreading ("The Kazakh president
        warned of consequences" → Kazakhstan)."""
        actor, target = draft["actor"], draft["target"]
        if (draft["type"] not in ("ACCUSE", "REJECT", "THREATEN", "REQUEST") or actor is None or target is None
                or target.country is None or target.country != actor.country or target.country in NON_STATE_CODES
                or target.start is None or not self._state_party(actor)):
            return False
        entry = GAZETTEER.lookup(self.text[target.start:target.end])
        return entry is not None and entry.kind in ("name", "capital") and entry.code == target.country

    def _many_sides(self, party: Party) -> bool:
        """Whether a party stands for many states or sides, none of which is the one the act is aimed at: "urged all
        parties to show restraint", "called on both sides", "the warring parties", "its allies", "the three countries"."""
        span = self._party_span(party)
        if span is None or not len(span):
            return False
        head = self._semantic_head(span.root)
        if head.tag_ == "NNS" and head.lemma_.lower() in STATE_RELATION_NOUNS | GOVERNMENT_PAIR_NOUNS:
            return True  # "its allies", "the three countries": states the text does not name one by one
        if self._the_west(head):
            return True  # "accused the West of escalating the hostilities"
        return head.lemma_.lower() in ("side", "party") and (
            head.tag_ == "NNS" or any(c.lower_ in ("all", "both", "each") for c in children_of(head)))

    def _state_named_before(self, code: str, position: int) -> Party | None:
        """A state as the text last names it (by name or capital, else any way) before ``position`` and past the
        dateline, else as it first names it, as a party."""
        mentions = [m for m in self._countries().token_mentions() if m.start >= self._dateline_end and m.code == code]
        before = [m for m in mentions if m.end <= position]
        mention = (max((m for m in before if m.kind in ("name", "capital")), key=lambda m: m.start, default=None)
                   or max(before, key=lambda m: m.start, default=None))
        if mention is None:
            return self._first_named(code)
        token = self._token_at(mention.start) if mention.kind in ("name", "capital") else None
        entity = self._entity_of(token) if token is not None else None  # "Lithuanian" in "Lithuanian trucks" is no entity of its own
        return Party(entity.id if entity is not None else None, entity.name if entity is not None else mention.text, code, mention.start, mention.end)

    def _first_named(self, code: str) -> Party | None:
        """A state as the text first names it past the dateline, as a party."""
        mention = min((m for m in self._countries().token_mentions() if m.start >= self._dateline_end and m.code == code),
                      key=lambda m: m.start, default=None)
        return Party(None, mention.text, code, mention.start, mention.end) if mention is not None else None

    def _state_party(self, party: Party) -> bool:
        """Whether a party's words name a state, one of its national offices or its diplomats (_state_level), in
        government ("Chile's congress rejected the budget" is outside it); for a pronoun, the words of the mention
        it takes up ("It demanded…" after "the Bolivian foreign ministry"), or for one the resolver left alone, of
        the words it most likely stands for (_antecedent: "Australia's foreign minister called her Vietnamese
        counterpart… She asked that…")."""
        span = self._party_span(party)
        if span is None:
            return False
        if span.root.pos_ == "PRON" and party.entity is None:
            antecedent, _country = self._antecedent(span.root)
            if antecedent is None:
                return False
            span = self._party_span(self._party(antecedent))
            if span is None or span.root.pos_ == "PRON":
                return False
        elif span.root.pos_ == "PRON":
            self._entity_index()
            entity = self._entity_records.get(party.entity)
            named = [self._expanded(m.start, m.end) for m in (entity.mentions if entity else ()) if m.end <= party.start]
            named = [words for words in named if words is not None and words.root.pos_ != "PRON"]
            if not named:
                return False
            span = named[-1]
        return self._state_level(span.root) and not self._outside_government(span.root)

    def _takes_infinitive(self, candidate: _Candidate, verbs: frozenset[str]) -> bool:
        """Whether the trigger's verb or its noun takes a to-infinitive of one of ``verbs`` ("*": of any verb)."""
        holders = [candidate.token] + ([candidate.noun] if candidate.noun is not None else [])
        return any(_takes_to_infinitive(holder, verbs) for holder in holders)

    def _domestic_demands(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """A demand, charge or rejection by a state's opposition, party, union or citizen that names no one
        is aimed at that state's government when the story is set in that state: "MAPUTO — … He demanded a
        recount", "The opposition has called for an inquiry" (→ the state, as the dateline names it)."""
        for draft, candidate in zip(drafts, sources):
            actor = draft["actor"]
            if (draft["type"] not in DOMESTIC_DEMAND_TYPES or draft["target"] is not None or actor is None or actor.start is None
                    or actor.country is None or actor.country in NON_STATE_CODES):
                continue
            home = self._civil_home(candidate, actor)
            if home is not None:
                draft["target"] = self._home_party(home)

    def _home_criticism(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Criticism at home: a body outside government, placed in no other state, that criticises an act or a
        thing where the sentence puts it ("In Santo Domingo, the levy was criticised by the Dominican Association of
        Remittance Companies", "At home, the boycott was criticised by the Nepal Football Supporters' Forum", "The
        levy was also criticised in Santo Domingo by…") criticises that state's own doing: both parties are that
        state (the place the sentence opens with or the verb is done in, else the dateline, else with no dateline state
        the state the story is about). A state or party it names itself as the one criticised stays ("In Nairobi, the
        opposition accused Uganda…")."""
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            verb = candidate.token
            if draft["type"] != "ACCUSE" or actor is None or candidate.nominal or self._state_party(actor):
                continue
            place = next((o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for o in children_of(c)
                          if o.dep_ == "pobj" and (m := self._phrase_country(o)) is not None and m.kind in ("name", "capital", "place")), None)
            at_home = any(c.dep_ == "prep" and c.lower_ == "at" and any(o.lower_ == "home" for o in children_of(c)) for c in children_of(verb))
            if place is not None:
                mention = self._phrase_country(place)
                home = mention.place_code if mention.place_code not in NON_STATE_CODES else None
            elif at_home or self._opening_place(self._sentence_of[verb.i]) is not None:
                found = self._home_at(verb.idx)
                home = found.code if found is not None and found.code not in NON_STATE_CODES else None
                if at_home and actor.country not in (None, *NON_STATE_CODES):
                    home = actor.country  # "At home, … by the Nepal Football Supporters' Forum": the body's own state
                if home is None and actor.country is None:
                    # "At home, the lighthouse was criticised by the opposition Progressive Movement" in a story filed
                    # from a town the gazetteer does not know: home is the state the story is about
                    home = self._story_state()
            else:
                continue
            if home is None or actor.country not in (None, home):
                continue
            thing = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
            named = thing is not None and self._actor_like(thing) and (m := self._phrase_country(thing)) is not None and m.code != home
            draft["actor"] = Party(actor.entity, actor.name, home, actor.start, actor.end)
            if not named and (target is None or target.country != home):
                words = thing if thing is not None else place
                if words is not None:  # the thing criticised, as the text names it, placed in that state
                    start, end, start_char, end_char = self._phrase_chars(words)
                    draft["target"] = Party(None, self.text[start_char:end_char], home, start_char, end_char)

    def _domestic_criticism(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Criticism of a thing in an undated story about one state: a politician, party or group of that state (no
        state or government itself) who criticises, blasts or rejects a policy, a rule, a decision or a bill the text
        places nowhere ("Democrats blasted the roundups", "Dan Becker slammed the adjusted rules as weaker") criticises
        its own state's doing: the thing criticised, as the text names it, is placed in that state. Not a thing of
        another state the sentence names, nor people or parties, which have their own codes."""
        story = None
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] not in STANCE_TYPES or actor is None or actor.country is None or candidate.nominal:
                continue
            if target is not None and (target.country is not None or target.entity is not None):
                continue
            if story is None:  # asked once, for the first draft that could be criticism at home; "" for none
                undated = self._dateline_end == 0
                story = (self._home_story_state() or ("USA" if self._american_story() else "")) if undated else ""
            if actor.country != story or self._state_party(actor):
                continue
            verb = candidate.token
            thing = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
            if thing is None:
                thing = next((o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in CRITICISED_PREPOSITIONS
                              for o in children_of(c) if o.dep_ == "pobj"), None)
            if thing is None or self._phrase_country(thing) is not None:
                continue
            if self._actor_like(thing) or self._people_like(thing):
                if not _names_one_of(self._semantic_head(thing), DOMESTIC_PARTY_NOUNS):
                    continue
            if self._names_other_state(verb, story):
                continue  # "Democrats slammed the deal with Iran": whose the deal is, the sentence says otherwise
            start, end, start_char, end_char = self._phrase_chars(thing)
            draft["target"] = Party(None, self.text[start_char:end_char], story, start_char, end_char)

    def _home_politics(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """An act of American politics that names no one: in a story told in American political terms
        (_american_story), a politician, party, body or person of the United States (not the state or its government)
        who accuses, demands, refuses or threatens and names no party acts within American politics: "One Republican
        threatened to make Kadzik testify in a public setting", "Several people have refused to cooperate", "Kadzik's
        refusal to answer" → USA→USA, aimed at the United States as the text last names it before the act. Not when
        the sentence names another state ("refused to condemn the strikes on Syria"), nor for a thing refused ("voted
        down a bill": its authors go unnamed). A call that addresses no one is made at home even when what it asks for
        is aimed abroad: "McConnell called for a stronger stance against Russia" → USA→USA, where "called on Russia
        to…" keeps Russia. The real-news gold codes such acts at home: of the PolNeAR dev events with an American
        actor, 87 are aimed at the United States and 24 at no one (rule 123). Other states' home politics are left
        alone: read from the story's most named state, the same step lost events in the climate articles."""
        story = None
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if draft["type"] not in HOME_POLITICS_TYPES or actor is None or actor.country is None:
                continue
            if target is not None and (draft["type"] != "REQUEST" or candidate.nominal):
                continue  # only a request keeps being read with a target: what it asks for may be aimed abroad
            if story is None:  # asked once, for the first draft that could be an act at home; "" for none
                story = "USA" if self._american_story() else ""
            if actor.country != story or self._state_party(actor):
                continue
            if target is not None:
                # "McConnell called for a stronger stance against Russia": what is asked for is aimed abroad, the call at home
                if target.country not in (None, story, *NON_STATE_CODES) and self._addresses_no_one(candidate):
                    draft["target"] = self._state_named_before(story, draft["trigger"].start)
                continue
            if draft["type"] == "REJECT" and not candidate.nominal and self._acted_on(candidate):
                continue  # "The legislature voted down a religious-liberties bill": aimed at the bill's authors, unnamed
            if self._names_other_state(candidate.token, story):
                continue
            draft["target"] = self._state_named_before(story, draft["trigger"].start)

    def _names_other_state(self, verb: Token, code: str) -> bool:
        """Whether a verb's sentence names a state other than ``code`` ("Democrats slammed the deal with Iran", "refused
        to condemn the strikes on Syria"): what is done there is not only that state's politics."""
        return any(m.code != code for t in self._sentence_tokens(self._sentence_of[verb.i]) if (m := self._token_country(t)) is not None)

    def _acted_on(self, candidate: _Candidate) -> list[Token]:
        """What a candidate's verb acts on: its object (`_object`) and its particles' objects ("voted down a bill",
        "appealed for calm")."""
        found = self._object(candidate.token)
        return ([found] if found is not None else []) + [o for p in candidate.particles for o in children_of(p) if o.dep_ == "pobj"]

    def _addresses_no_one(self, candidate: _Candidate) -> bool:
        """Whether a request names no one asked: no direct object, no "on"/"upon"/"to" phrase on its verb and no such
        particle ("called for a stronger stance against Russia"; not "called on Russia to…", "urged Moscow to…")."""
        verb = candidate.token
        if self._object(verb) is not None:
            return False
        addressed = [c for c in children_of(verb) if c.dep_ in ("prep", "dative")] + list(candidate.particles)
        return not any(word.lower_ in ("on", "upon", "to") for word in addressed)

    def _government_critics(self, drafts: list[dict], sources: list[_Candidate]) -> None:
        """Critics placed in no state who accuse or make demands of a government's office the text names by its title
        alone ("the government", "the interior minister") are that government's own people: "Opposition deputies …
        accused the government of 'buying back drivers with a border post' and demanded that the interior minister
        explain the timing" → both of the government's state, as is "Senator Ramon Dizon accused the government of
        leaving Leyte…"."""
        for draft, candidate in zip(drafts, sources):
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] not in CRITIC_TYPES or actor is None or actor.country is not None or target is None
                    or target.country in (None, *NON_STATE_CODES) or candidate.nominal):
                continue
            span = self._party_span(target)
            if span is None or not len(span) or not _noun_class(self._semantic_head(span.root), "office"):
                continue
            if self._sentence_of[span.root.i] == self._sentence_of[candidate.token.i] and any(self._token_country(t) is not None for t in span):
                continue  # "accused Angolan border guards": another state's office, named as such where it is accused
            draft["actor"] = Party(actor.entity, actor.name, target.country, actor.start, actor.end)

    def _civic_body(self, party: Party) -> bool:
        """Whether a party is a country's own party, union or association, or its opposition, by the words of its
        name ("the Teknaf Traders' Association", "the opposition Civic Renewal Party"), not an international one."""
        span = self._party_span(party)
        if span is None or not len(span):
            return False
        words = self._name_words(span)
        return (bool(words & (CIVIC_BODIES | {"opposition"})) and not words & (INTERNATIONAL_WORDS | REGION_WORDS)
                and self._outside_government(span.root))

    def _name_words(self, span: Span) -> set[str]:
        """The lowercase words of a party's noun phrase, its modifiers before it included ("the opposition Civic
        Renewal Party"), and of the description set beside it ("Julio Mamani, an opposition congressman from Tacna")."""
        start, end = self._phrase_bounds(span.root)
        words = {w.lower_ for w in self.doc[min(start, span.start, span.root.left_edge.i):max(end, span.root.i + 1)]}
        return words | {w.lower_ for a in children_of(span.root) if a.dep_ == "appos" for w in subtree_of(a)}

    def _opposition_homes(self, drafts: list[dict]) -> None:
        """An opposition party or politician the text places in no state, who criticises, rejects or makes demands
        of a state's government or office, is that state's own opposition: "The foreign ministry was also blamed by the
        opposition Ata-Jurt party" after "Kyrgyzstan's foreign ministry" → KGZ→KGZ; "criticised by Julio Mamani, an
        opposition congressman from Tacna" of Peru's recall → PER→PER."""
        for draft in drafts:
            actor, target = draft["actor"], draft["target"]
            if (draft["type"] not in DOMESTIC_DEMAND_TYPES or actor is None or actor.country is not None or target is None
                    or target.country is None or target.country in NON_STATE_CODES):
                continue
            span = self._party_span(actor)
            if span is None or not len(span):
                continue
            if "opposition" not in self._name_words(span) and not (draft["type"] == "ACCUSE" and self._civic_body(actor)):
                continue  # a union or association that criticises a state's government is that state's own too
            if self._state_party(target):
                draft["actor"] = Party(actor.entity, actor.name, target.country, actor.start, actor.end)

    def _civil_home(self, candidate: _Candidate, actor: Party) -> CountryMention | None:
        """The state a party outside its government acts in, when the story is set there: an opposition,
        party, union, association or citizens of the dateline's state ("MAPUTO — … He demanded a
        recount", "A traders' union in Cotonou criticised the ban"); None for a state's own organs and
        office holders, and for parties of other states."""
        home = self._home_at(candidate.token.idx)
        span = self._party_span(actor)
        if home is None or home.code != actor.country or span is None or not len(span):
            return None
        start, end = self._phrase_bounds(span.root)
        ref = self._entity_of(span.root)
        if (self._holds_office(start, end, ref) or self._titled_in_office(ref)) and not any(t.lower_ in LEGISLATIVE_WORDS for t in span):
            return None  # "She also rejected suggestions…" after "Australia's housing minister, Claire Whitford"
        return home if self._outside_government(span.root) and not self._bare_government(span.root) else None

    def _without_tolls(self, drafts: list[dict]) -> list[dict]:
        """The drafts less the tolls of violence already told: an attack with no attacker that only counts its
        victims ("Police opened fire on the marchers… 214 people had been injured") within REACTION_WINDOW
        sentences after an attack or coercion whose actor is named. A toll told alone (a one-sentence record:
        "Five people were killed in the blast") stays, as PLOVER codes it."""
        def sentence(draft: dict) -> int | None:
            token = self._token_at(draft["trigger"].start)
            return self._sentence_of[token.i] if token is not None else None

        told = [n for d in drafts if d["actor"] is not None and d["type"] in ("ASSAULT", "COERCE") and (n := sentence(d)) is not None]
        kept = []
        for draft in drafts:
            at = sentence(draft) if self._casualty_report(draft) else None
            if at is not None and any(0 <= at - n <= REACTION_WINDOW for n in told):
                continue
            kept.append(draft)
        return kept

    def _casualty_report(self, draft: dict) -> bool:
        """Whether an attack with no attacker only counts its victims ("214 people had been injured", "Their
        driver was killed in the attack"), rather than hitting a place or a state ("Kyiv was shelled")."""
        target = draft["target"]
        if draft["actor"] is not None or draft["type"] != "ASSAULT":
            return False
        if target is None or target.start is None:
            return True
        span = self._party_span(target)
        head = self._semantic_head(span.root) if span is not None and len(span) else None
        # soldiers, guards and attackers count as victims too: "Three Tajik border guards were killed", "One attacker was shot dead"
        return head is not None and (self._people_like(head) or head.ent_type_ == "PERSON" or _noun_class(head, "person")
                                     or (head.pos_ == "NOUN" and _noun_class(head, "actor")))

    def _titled_in_office(self, ref: Entity | None) -> bool:
        """Whether a mention of an entity stands in apposition to a state office ("Australia's housing minister,
        Claire Whitford") or carries one as a title before the name ("Environment Minister Paulus Nghifindaka")."""
        for root in self._mention_roots(ref):
            titles = [c for c in children_of(root) if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
            # "Chinese Foreign Ministry spokesman Lu Kang": the spokesman of a state office speaks for it (rule 125)
            titles += [c for c in children_of(root) if c.dep_ == "compound" and c.i < root.i and c.pos_ in ("PROPN", "NOUN")
                       and (_noun_class(c, "office") or c.lemma_.lower() in _SPOKESPEOPLE)]
            if any((self._state_level(title) and not self._outside_government(title)) or _running_for_office(title) for title in titles):
                return True
        return False

    def _expert_speculation(self, verb: Token) -> bool:
        """Whether a verb under would/could/might is what an analyst, an expert or an academic says may happen: "If the
        dispute escalates, Ghana could close the Paga crossing, said Kwame Asante, a lecturer", "Analysts said the junta
        would retaliate". The party named announced nothing; it is the speaker's guess (rule 71)."""
        current = verb
        for _ in range(3):
            if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head.i == current.i:
                return False
            current = current.head
            if current.lemma_.lower() in REPORTING_VERBS:
                break
        else:
            return False
        return self._expert_subject(current)

    @staticmethod
    def _expert_subject(verb: Token) -> bool:
        """Whether the subject of ``verb`` is an analyst, an economist, an academic..., by its noun or the noun set
        beside its name ("Kwame Asante, a lecturer")."""
        speaker = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if speaker is None:
            return False
        words = [speaker] + [c for c in children_of(speaker) if c.dep_ == "appos"]
        return any(w.lemma_.lower() in EXPERT_NOUNS for w in words)

    def _guessed_by_expert(self, verb: Token) -> bool:
        """Whether a verb is the means or the next step of an act an analyst guesses under would/could/might: "said Accra
        could retaliate by closing the Paga crossing", "said Minsk would probably answer by banning Polish lorries",
        "said Beijing would keep pressing", "Baku could use the incident to press for changes". The guess reaches the
        act below its modal verb as well (_expert_speculation; rule 78)."""
        current = verb
        for _ in range(3):
            if current.i != verb.i and any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_AUXILIARIES for c in children_of(current)):
                return self._expert_speculation(current)
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ == "by":
                current = current.head.head
            elif current.dep_ == "xcomp" or (current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(current))):
                current = current.head
            else:
                return False
        return False

    def _media_contact(self, candidate: _Candidate) -> bool:
        """Whether talks are the press at work: an outlet reaching out or speaking ("Newsweek reached out to the Ukrainian
        Ministry of Energy for comment"), or a party speaking to an outlet or a journalist ("walked back his comments while
        speaking to NBC's Hallie Jackson"). An interview is no talks between parties."""
        token = candidate.token
        if candidate.nominal:
            return False
        subject = self._subject(token)[0]
        if subject is not None and self._press(subject):
            return True
        partners = [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("to", "with") for o in children_of(c) if o.dep_ == "pobj"]
        return bool(partners) and all(self._press(o) for o in partners)

    def _press(self, party: Token) -> bool:
        """Whether a party is the press: a journalist or an interviewer, or an outlet by name (data/names_outlets.tsv),
        itself or as the owner of its head ("NBC's Hallie Jackson")."""
        head = self._semantic_head(party)
        if head.lemma_.lower() in INTERVIEWER_NOUNS:
            return True
        for name in [head, *(c for c in children_of(head) if c.dep_ == "poss")]:
            _, _, start, end = self._phrase_chars(name)
            if is_outlet_name(self.text[start:end]):
                return True
        return False

    def _interview_question(self, candidate: _Candidate) -> bool:
        """Whether a person "was asked" or "was pressed" in an interview: a passive with nothing asked for (no infinitive,
        object or "for" phrase) and no asker but the interviewer ("Mr. Trump was pressed on why he had said it was a
        great honor", "was pressed by ABC's host about…", "Mr. Sanders was asked."). "Iran was pressed to release the
        tanker" and "was asked by Germany for help" still request."""
        token = candidate.token
        if candidate.nominal or token.lemma_.lower() not in INTERVIEW_VERBS or not any(c.dep_ == "auxpass" for c in children_of(token)):
            return False
        children = list(children_of(token))
        if any(c.dep_ in OBJECTS or c.dep_ in ("dative", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
            return False
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        head = self._semantic_head(subject) if subject is not None else None
        if head is None or not (head.lower_ in ("he", "she") or self._named_person(head) or _noun_class(head, "person")
                                or _names_one_of(head, DOMESTIC_PARTY_NOUNS)):
            return False  # "The dominant Republican in the nominating race was pressed by ABC's host"
        askers = [o for c in children if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
        return all(self._semantic_head(o).lemma_.lower() in INTERVIEWER_NOUNS for o in askers)

    def _reporters_question(self, candidate: _Candidate) -> bool:
        """Whether "asked" is a reporter's question put to the speaker, set off by commas or opening the sentence: "A
        French spokesman, asked about the seizure on Wednesday, said…", "Asked whether Accra would recall its
        ambassador, the minister said…". Whoever asked is not in the story, and no party asks anything of another; "asked
        Kyiv to withdraw" (an object) or "asked by Germany" (an agent) still request (rule 71)."""
        token = candidate.token
        if candidate.nominal or token.lemma_.lower() != "ask" or token.tag_ not in ("VBN", "VBD"):
            return False
        children = list(children_of(token))
        if any(c.dep_ in OBJECTS or c.dep_ in ("dative", "agent", "xcomp") for c in children):
            return False
        question = next((c for c in children if (c.dep_ == "prep" and c.lower_ in ("about", "on", "over")) or (
            c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in children_of(c)))), None)
        if question is None or question.i < token.i:
            return False
        start = self._sentences[self._sentence_of[token.i]][0]
        opens = all(self._tokens[k].is_space or self._tokens[k].is_quote for k in range(start, token.i))
        if not (opens or self._tokens[token.i - 1].text == ","):
            return False
        end = question.right_edge.i + 1  # the question is set off: "asked about the patrols, referred questions to Beijing"
        return end < len(self._tokens) and self._tokens[end].text == ","

    def _question_put(self, candidate: _Candidate) -> bool:
        """Whether "asked" puts a question to someone rather than asking for an act: "NBC's Chuck Todd asked the GOP
        frontrunner about the Twitter kerfuffle", "We asked our followers what they thought…", "asked why it had taken so
        long"; "about" or "whether" put by someone the text places in no state, or "about" put to no one. A
        to-infinitive, a "for" phrase or a that-clause asks for something ("asked Kyiv to withdraw", "asked the UN for
        help", "asked that the envoy be recalled"), and a party's "Poland asked Germany about the missing trucks" or
        "asked whether the deals required…" demands an answer."""
        token = candidate.token
        if candidate.nominal or token.lemma_.lower() != "ask":
            return False
        children = list(children_of(token))
        if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
            return False
        asked = [o for o in children if o.dep_ in OBJECTS or o.dep_ == "dative"]
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if any(c.left_edge.tag_ in ("WP", "WRB", "WDT") for c in clauses):
            return True  # "asked why it had taken so long", "asked how the 37 could finish their studies"
        if any(c.dep_ == "advcl" and c.i > token.i and c.left_edge.tag_ == "WRB" for c in children):
            return True  # "asked Horowitz when his team had discovered the message": the parser's adverbial is the question
        # "asked the GOP frontrunner about the kerfuffle": the parser may hang "about" on the one asked
        about = any(c.dep_ == "prep" and c.lower_ == "about" for h in (token, *asked) for c in children_of(h))
        if not about and not any(c.left_edge.lower_ in ("whether", "if") for c in clauses):
            return False
        # a party's "Poland asked Germany about the missing trucks", "Lawmakers also asked whether the deals required…"
        # demand an answer of another; a journalist's question, or one put to no one ("asked about schools across the
        # border"), asks nothing of a party
        asker, agent = self._subject(token)
        return asker is None or agent or self._party(asker).country is None or (about and not asked)

    def _answers_query(self, verb: Token) -> bool:
        """Whether a verb answers a question or a request ("would respond to the letter"), not an act."""
        return any(o.lemma_.lower() in QUERY_NOUNS for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "to"
                   for o in children_of(p) if o.dep_ == "pobj")

    def _answered_noun(self, noun: Token) -> bool:
        """Whether a noun names something said or done that one can answer: an event noun of the lexicon
        ("criticism", "offer", "expulsion"), an accusation, a claim or report, a generic act ("the move")
        or a document ("the note", "the report")."""
        lemma = noun.lemma_.lower()
        return (lemma in LEXICON.nouns or lemma in ACCUSATION_NOUNS or lemma in CLAIM_NOUNS or lemma in ACT_NOUNS
                or lemma in ANSWERED_NOUNS or _noun_class(noun, "document"))

    def _reacted_author(self, stem: str, actor: Party, earlier: list[tuple[dict, _Candidate]], at_home: bool = False,
                        described: bool = False) -> Party | None:
        """The author of the latest earlier act that a reaction's noun takes up: one named by the same
        word or stem ("the sanctions" after "imposed sanctions", "the suspension"), or by a generic act
        noun ("the decision") when another state acted; failing those, the latest act of the type the
        lexicon gives the noun ("the crackdown" after arrests by police). ``at_home``: the actor is a
        union, party or opposition at home (_civil_home), which may react to its own state's acts. ``described``: the
        noun is the apposition that sums up the act its sentence has just told ("…, a move that Poland called…"), which
        it takes up even when a source told that act."""
        # the type the noun names on its own, when it names one: "the strike" is a walk-out or an attack, so no type decides
        # (rule 72); a noun only listed in compounds ("military exercise") keeps its first
        entries = LEXICON.nouns.get(stem, ())
        bare_types = {e.type for e in entries if len(e.words) == 1} or {e.type for e in entries[:1]}
        named_type = next(iter(bare_types)) if len(bare_types) == 1 else None
        usable = [(other, c) for other, c in reversed(earlier) if other["actor"] is not None and other["actor"].country is not None
                  and _party_key(other["actor"]) != _party_key(actor)]
        if at_home and stem in ACT_NOUNS and actor.country is not None:
            # a body at home that criticises "the measure" criticises its own state's measure when there is one
            usable.sort(key=lambda pair: pair[0]["actor"].country != actor.country)
        for other, other_candidate in usable:
            words = self._act_words(other_candidate)
            # "the move" is no plea or rebuke, nor what someone only says was done
            # for another state, nor a vow to act: "the EU regretted the move" after "Paris condemned the expulsion and said
            # it would respond" takes up the expulsion, not the vow (a body at home takes up its own state's acts first,
            # whatever they are: above)
            answer = not at_home and other["type"] == "THREATEN"
            # nor is a meeting "the decision" or "the measure": "Paris regretted the decision" after a UN envoy met
            # Algeria's foreign minister is Algeria's recall told before it ("the move" may be a visit)
            met = other["type"] == "CONSULT" and stem not in VISIT_ACT_NOUNS
            generic = (stem in ACT_NOUNS and other["type"] not in SPEECH_ACT_TYPES and not answer and not met
                       and (other["reported_by"] is None or described or self._self_reported(other)))
            # a protest at home is aimed at its own state, whose answer is aimed back at the protesters: "protesters marched
            # through Nairobi to demand the withdrawal of the bill… The president rejected the demands" (rule 53)
            answered = at_home or other["actor"].country != actor.country or (other["type"] == "PROTEST" and not generic)
            if answered and (generic or any(_same_stem(stem, word) or _both_agreements(stem, word) for word in words)):
                return other["actor"]  # "Iran condemned the decision" is not about Iran's own
        if stem in AGREEMENT_NOUNS:
            # no deal signed: "welcomed the deal" after "Yemen's government and the Houthi movement agreed to open a
            # corridor" is that agreement, not a later offer to host more talks (an AGREE too)
            agreed = next((other["actor"] for other, other_candidate in usable if self._verb_lemma(other_candidate.token) == "agree"
                           and (at_home or other["actor"].country != actor.country)), None)
            if agreed is not None:
                return agreed
        # by type alone, only another state's act, as above: "called the shooting…" is not aimed at the speaker's own
        # compatriot whose quoted "they" the resolver took for the speaker
        return next((other["actor"] for other, _ in usable if named_type == other["type"]
                     and (at_home or other["actor"].country != actor.country)), None)

    def _self_reported(self, draft: dict) -> bool:
        """Whether an act is told by its actor's own state ("China imposed duties…, its commerce ministry said"): an
        act its author announces is done, not only claimed, so "the decision" can take it up."""
        source, actor = draft["reported_by"], draft["actor"]
        if source is None or source.start is None or actor is None or actor.country is None:
            return False
        span = self._expanded(source.start, source.end)
        return span is not None and len(span) > 0 and self._party(span.root).country == actor.country

    def _act_words(self, candidate: _Candidate) -> set[str]:
        """The words that name an act coded from a candidate: its verb, its trigger word and the noun it matched."""
        words = {self._verb_lemma(candidate.token), candidate.token.lemma_.lower()}
        if candidate.token.dep_ in ("xcomp", "advcl") and candidate.token.head.lemma_.lower() == "vote":
            words.add("vote")  # "voted to bar arms sales to Eswatini… Mbabane rejected the vote"
        if candidate.noun is not None:
            words.add(candidate.noun.lemma_.lower())
        if candidate.type == "PROTEST":
            # "marched … to demand the withdrawal of the bill": the demand told beside a protest is coded as the protest
            # (_protest_demand), so "the president rejected the demands" answers the marchers (rule 53)
            words.update(self._verb_lemma(c) for c in children_of(candidate.token)
                         if (demand := self._candidate_at.get(c.i)) is not None and self._protest_demand(demand))
        return words

    def _named_act_author(self, noun: Token, actor: Party, before: list[tuple[dict, _Candidate]], at_home: bool = False) -> Party | None:
        """The author of an act further back than REACTION_WINDOW that the text kept naming: "Russia
        vetoed the resolution... The veto followed a letter... said the veto was... The United States
        condemned the veto". Each mention of the reaction's noun within REACTION_WINDOW sentences of
        the next one carries the window back; only an act named by the same stem counts, by another
        party of another country."""
        lemma = noun.lemma_.lower()
        reach = self._sentence_of[noun.i]
        while True:
            first = self._sentences[max(0, reach - REACTION_WINDOW + 1)][0]
            mentions = [t for t in self.doc[first:self._sentences[reach][0]] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
            if not mentions or self._sentence_of[mentions[0].i] >= reach:
                break
            reach = self._sentence_of[mentions[0].i]
        if reach == self._sentence_of[noun.i]:
            return None  # no mention carries the window back: _reacted_author has seen all there is
        for other, other_candidate in reversed(before):
            distance = reach - self._sentence_of[other_candidate.token.i] + 1
            # acts after the earliest mention count too ("demanded that Tanzania lift a visa ban… barred the officials…
            # The ban was condemned"): only what lies too far before it is out of reach
            if distance > REACTION_WINDOW or other["actor"] is None or other["actor"].country is None or (other["actor"].country == actor.country and not at_home):
                continue
            words = self._act_words(other_candidate)
            if _party_key(other["actor"]) != _party_key(actor) and any(_same_stem(lemma, word) or _both_agreements(lemma, word) for word in words):
                return other["actor"]
        return None

    def _mention_author(self, noun: Token, actor: Party, at_home: bool = False) -> Party | None:
        """Whose thing a reaction's bare definite noun is, from an earlier mention of the same noun
        that is no coded act, within REACTION_WINDOW sentences: its owner ("Venezuela's decree"), else
        the subject of the clause it is in ("The International Court of Justice ordered Ecuador to...,
        in the first ruling on the case. Mexico welcomed the ruling" → the court). Another party
        with a country than the one reacting, or nothing."""
        lemma = noun.lemma_.lower()
        first = self._window_start(noun, REACTION_WINDOW - 1)
        for earlier in reversed(self.doc[first:noun.i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
                continue
            author = self._owner(earlier)
            clause = earlier
            while author is None and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
                clause = clause.head
            if author is None and clause.pos_ in ("VERB", "AUX"):
                reacting = self._candidate_at.get(clause.i)
                if clause.lemma_.lower() in REACTING_VERBS or (reacting is not None and reacting.type in REACTION_TYPES):
                    # "Abidjan condemned the closure", "Britain called the veto a disgrace": the subject reacted to it; an
                    # earlier mention may say whose
                    continue
                subject, _ = self._subject(clause)
                author = subject if subject is not None and self._actor_like(subject) else None
            if author is None:
                return None  # the nearest mention decides
            party = self._party(author)
            return party if party.country is not None and (at_home or party.country != actor.country) and _party_key(party) != _party_key(actor) else None
        return None

    def _about_decision(self, candidate: _Candidate) -> bool:
        """Whether an event is about someone's decision or statement ("comply with the order")."""
        noun = self._reacted_noun(candidate)
        return noun is not None and _noun_class(noun, "document")

    def _reacted_noun(self, candidate: _Candidate) -> Token | None:
        """The event or decision a reaction is about, named by a bare definite noun: "condemned the
        suspension", "welcomed the ruling", "comply with the order" (None when it names its own
        owner: "rejected India's proposal")."""
        verb = candidate.token
        if self._verb_lemma(verb) == "call" and (act := self._verdict_as_head(verb)) is not None:
            return act  # "called the decision blackmail": the decision, which the parser hung under the verdict
        nouns = [c for c in children_of(verb) if c.dep_ in OBJECTS]
        nouns += [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("with", "to", "of", "against") for o in children_of(c) if o.dep_ == "pobj"]
        nouns += [c for c in children_of(verb) if c.dep_ == "nsubjpass"]  # "The offer was welcomed by Iran"
        for noun in nouns:
            if noun.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "that") for c in children_of(noun)) and not any(c.dep_ in ("poss", "compound", "amod") and self._token_country(c) is not None for c in children_of(noun)):
                return noun
        antecedent = verb.head
        # with "that"/"which" as its object, or none at all ("a move Poland condemned")
        if (verb.dep_ == "relcl" and antecedent.pos_ == "NOUN" and antecedent.i < verb.i
                and (any(c.lower_ in ("that", "which") and c.dep_ in OBJECTS for c in children_of(verb)) or not any(c.dep_ in OBJECTS for c in children_of(verb))
                     or self._verb_lemma(verb) == "call")  # "a plan Ethiopia has called a threat": the verdict as object
                and not any(c.dep_ in ("poss", "compound", "amod") and self._token_country(c) is not None for c in children_of(antecedent))):
            return antecedent  # "a $2 billion package that China condemned": the package just described
        return None

    # ------------------------------------------------------------------ main events

    def _main_mentions(self, drafts: list[dict], sources: list[_Candidate]) -> list[dict]:
        """The article's own events, once each: background history out, a repeated mention of an
        event folded into its first one, and confidence raised for what the headline or lead
        reports and for each repetition, lowered when no party is placed (salience: docs/events.md
        rule 23)."""
        reference, now = self._reference_year(), self._story_month()
        kept: list[tuple[dict, _Candidate]] = []
        boosted: set[tuple[int, int]] = set()
        history = [self._background(candidate, draft, reference, now) for draft, candidate in zip(drafts, sources)]
        counted = [self._counted_occasion(candidate.token) for candidate in sources]
        # the acts the story tells as such, in any order: the coder drafts a sentence's acts out of text order
        told = [draft for draft, past, count in zip(drafts, history, counted) if not past and not count]
        for draft, candidate, past, count in zip(drafts, sources, history, counted):
            if past:
                continue
            if count and any(other["type"] == draft["type"] and _same_actor_state(other, draft) for other in told):
                continue  # "It was the first time Lome had closed the crossing": the act told elsewhere, counted (rule 78)
            earlier = self._earlier_mention(draft, candidate, kept)
            if earlier is None:
                kept.append((draft, candidate))
                continue
            if (id(earlier), candidate.token.i) in boosted:
                continue
            boosted.add((id(earlier), candidate.token.i))
            confidence = round(min(0.99, earlier["confidence"] * REPEATED_FACTOR), 2)
            at = next(n for n, (d, _) in enumerate(kept) if d is earlier)
            if self._in_headline(kept[at][1].token):
                # the body tells the headline's event with its roles and its place in the text
                kept[at] = (draft, candidate)
                boosted.add((id(draft), candidate.token.i))
                earlier = draft
            earlier["confidence"] = max(confidence, earlier["confidence"])
        kept = [(draft, candidate) for draft, candidate in kept if not self._headline_told_again(draft, candidate, kept)]
        kept = [(draft, candidate) for draft, candidate in kept if not self._verdict_beside_act(draft, candidate, kept)]
        for draft, candidate in kept:
            if self._sentence_of[candidate.token.i] <= 1:  # the headline and the lead
                draft["confidence"] = round(min(0.99, draft["confidence"] * LEAD_FACTOR), 2)
            if _uncoded(draft):
                draft["confidence"] = round(max(0.05, draft["confidence"] * UNCODED_FACTOR), 2)
        return [draft for draft, _ in kept if not self._faint(draft)]

    def _verdict_beside_act(self, draft: dict, candidate: _Candidate, kept: list[tuple[dict, _Candidate]]) -> bool:
        """Whether a rebuke told as a verdict ("called the sanctions 'economic piracy'") shares its sentence with another
        rebuke of the same state's: "called the sanctions 'economic piracy' and accused London and Ottawa", "called the
        accusation 'a provocation' and summoned the Czech chargé", "called the launch 'an outrage' and said Tokyo had
        lodged a protest". The reaction is one, and the act beside the verdict carries it. A demand, a threat or a
        sanction beside it is a second act ("called the closure 'collective punishment' and demanded that Windhoek
        restore the flow"), and so is a rebuke of another state ("summoned the ambassadors of Poland and Lithuania and
        called the sanctions 'illegal'", aimed at the EU): the verdict stays (rule 78)."""
        if draft["type"] != "ACCUSE" or candidate.nominal or self._verb_lemma(candidate.token) != "call":
            return False
        sentence = self._sentence_of[candidate.token.i]
        return any(other is not draft and self._sentence_of[source.token.i] == sentence and other["type"] in VERDICT_PARTNER_TYPES
                   and self._verb_lemma(source.token) != "call" and _same_actor_state(other, draft)
                   and _compatible(other["target"], draft["target"]) for other, source in kept)

    def _headline_told_again(self, draft: dict, candidate: _Candidate, kept: list[tuple[dict, _Candidate]]) -> bool:
        """Whether a headline event with no target is the body's event told in short: "South Korea and
        Bolivia sign lithium and rail deals" before "the two governments had signed eleven agreements".
        The body's event by a party of the same state, on the same side of the cooperation/conflict
        divide and with a coded target, has the roles; the headline's adds a targetless double. So is a headline's reduced
        passive with no agent ("Two guards killed in attack on embassy") when the body codes an act of its type."""
        if (draft["actor"] is None and not candidate.nominal and self._headline_participle(candidate.token)
                and any(self._sentence_of[other.token.i] > 0 and body["type"] == draft["type"] for body, other in kept)):
            return True
        if not self._in_headline(candidate.token) or (draft["target"] is not None and draft["target"].country is not None):
            return False
        actor = draft["actor"]
        if actor is None or actor.country is None:
            return False
        cooperative = draft["type"] in COOPERATIVE
        return any(self._sentence_of[other.token.i] > 0 and (body["type"] in COOPERATIVE) == cooperative
                   and body["actor"] is not None and body["actor"].country == actor.country
                   and body["target"] is not None and body["target"].country not in (None, actor.country)
                   for body, other in kept)

    def _faint(self, draft: dict) -> bool:
        """Whether an event is too unlikely a main event to report: no party placed in a state or
        body, none whose words name anyone or anywhere ("officials", "critics", "his guests"), and
        either a support (courtesy) or an event that a rule-6 factor weakened (reported, supposed,
        announced, nominal, subordinate) to under MIN_UNCODED_CONFIDENCE after salience. Other
        uncoded events are kept, as a country the coder missed looks the same."""
        if not _uncoded(draft):
            return False
        # praise, thanks or a welcome between parties no one names or places is courtesy: "the
        # president welcomed his guests", "thanked voters for their support"
        courtesy = draft["type"] == "SUPPORT"
        # violence between unnamed people, no state's organ among them, nowhere the text places is a
        # private act, a crime story's: "a man stabbed his neighbour during an argument" (not "police
        # fought with protesters")
        private = (draft["type"] == "ASSAULT" and (draft["location"] is None or draft["location"].country is None)
                   and self._home_at(draft["trigger"].start) is None and not any(map(self._official, (draft["actor"], draft["target"]))))
        if not courtesy and not private and (id(draft) not in self._weakened or draft["confidence"] >= MIN_UNCODED_CONFIDENCE):
            return False
        return not any(self._names_someone(party) for party in (draft["actor"], draft["target"]))

    def _party_span(self, party: Party | None) -> Span | None:
        """The tokens of a party's words in the text (None for no party, or one the text does not place)."""
        if party is None or party.start is None:
            return None
        return self._expanded(party.start, party.end)

    def _official(self, party: Party | None) -> bool:
        """Whether a party's words name a state's organ ("police", "the army", "security forces")."""
        span = self._party_span(party)
        return span is not None and self._holds_office(span.start, span.end, None)

    def _names_someone(self, party: Party | None) -> bool:
        """Whether a party's words name someone or somewhere ("the mayor of Tula", "Oleg Chemezov"),
        rather than only describe ("his guests", "officials", "critics")."""
        span = self._party_span(party)
        # a capitalised proper noun names someone even when the tagger gives it no type ("Arnor", "Osgiliath")
        return span is not None and any(t.ent_type_ in NAMED_ENTITY_TYPES or (t.pos_ == "PROPN" and t.is_title) for t in span)

    def _in_headline(self, token: Token) -> bool:
        """Whether the token is in a headline: a first sentence on a line of its own, before the body."""
        if self._sentence_of[token.i] != 0 or len(self._sentences) < 2:
            return False
        start, stop = self._sentences[0]
        end = next((t for t in reversed(self.doc[start:stop]) if not t.is_space), self._tokens[stop - 1])
        return self.text[end.idx + len(end.text):].lstrip(" ").startswith("\n")

    def _story_month(self) -> int | None:
        """The month of the story's own days, counted from year 0 (year * 12 + month): the latest day a weekday
        or "yesterday" resolves to ("on Friday"), which the publication date anchors; None without one."""
        days = [t.value for t in self.times if t.type == "relative" and t.granularity == "day" and t.value and t.value[:4].isdigit() and t.value[5:7].isdigit()]
        return max(int(v[:4]) * 12 + int(v[5:7]) for v in days) if days else None

    def _reference_year(self) -> int | None:
        """The year of the story's own days: the latest year among its day, week or month times."""
        years = [int(t.value[:4]) for t in self.times if t.value and t.value[:4].isdigit() and t.granularity in ("day", "week", "month")]
        return max(years) if years else None

    def _background(self, candidate: _Candidate, draft: dict, reference: int | None, now: int | None) -> bool:
        """History: an event dated by a bare earlier year ("closed its border in 2024"), or told in
        a clause hanging on one ("since 2012, when they fought over Heglig"); an event noun named by
        its year ("the 2014 annexation") or where a span starts ("since Russia's invasion"); a war or an invasion named as
        a noun the story does not date by its own days ("after Russia's invasion of Ukraine", "Russia's war in Ukraine
        poses…": the war the story is set in, while "launched an invasion" and "the invasion began on Thursday" stay). A
        story's own events are dated by days; "the worst strikes since 2006" compares with the past
        and stays. ``now`` is the story's month (``_story_month``): an act dated HISTORY_MONTHS or more
        before it is history too ("was arrested in March" in a November story)."""
        token = candidate.token
        if candidate.nominal and token.dep_ == "pobj" and token.head.lower_ == "since":
            return True  # "at war since Russia's invasion": where a span starts is past
        dated_by_days = any(t.id == draft["time"] and t.granularity in ("day", "week") for t in self.times)
        if candidate.nominal and token.lemma_.lower() in WAR_NOUNS and not dated_by_days:
            return True  # "in response to Russia's invasion of Ukraine", "Russia's war in Ukraine poses…": the war the story is set in
        if self._span_start_clause(token) and not dated_by_days:
            return True  # not one the story dates by its own days: "Relations have soured since Russia expelled … on Monday"
        year = next((int(c.text) for c in children_of(token) if c.dep_ in ("nummod", "compound", "amod", "npadvmod") and _names_year(c)), None) if candidate.nominal else None
        if year is None and candidate.nominal:
            # "for the killing of Herero villagers by German troops in 1904": dated by its own phrase
            year = next((int(o.text) for p in children_of(token) if p.dep_ == "prep" and p.lower_ == "in"
                         for o in children_of(p) if o.dep_ == "pobj" and _names_year(o)), None)
        if year is not None and (reference is None or year < reference):
            return True  # "the 1999 bombing of Belgrade", "the 2014 annexation": named by its year, history
        if reference is None:
            return False
        dated = [t for t in self.times if t.id == draft["time"] and not self._since(t)]
        sentence = self._sentence_of[token.i]
        ancestors = {a.i for a in token.ancestors if self._sentence_of[a.i] == sentence}
        for time in self.times:
            first = self._token_at(time.start)
            if first is not None and self._sentence_of[first.i] == sentence and any(
                t.i in ancestors for t in self.doc[first.i:first.i + len(time.text.split())]
            ) and time not in dated:
                dated.append(time)
        if not any(t.value for t in dated):
            # no date of its own ("for 78 days" is a span): the date of the clause it is told in, or the one that opens
            # its sentence, dates it. "In 1999, NATO bombed Serbia for 78 days"; "In 2016, a tribunal ruled …, a ruling
            # Beijing rejected" (rule 67)
            clauses = {token.i}
            clause = token
            while clause.dep_ != "conj" and clause.head.i != clause.i:
                clause = clause.head  # not across a conjunction: "had passed an inspection in September, and accused Amman"
                clauses.add(clause.i)
            opening = self._sentences[sentence][0]
            for time in self.times:
                first = self._token_at(time.start)
                if (first is not None and first.dep_ == "prep" and self._sentence_of[first.i] == sentence
                        and (first.head.i in clauses or self._opens_sentence(first, opening, len(time.text.split()))
                             or self._dates_subject(first, clauses) or self._dates_object_phrase(first, token))
                        and time not in dated and not self._since(time)):
                    dated.append(time)

        def history(t: TimeExpr) -> bool:
            if not (t.value and t.value[:4].isdigit()):
                return False
            year = int(t.value[:4])
            if t.granularity in ("year", "decade"):
                return year < reference
            if now is not None and t.granularity in ("month", "day") and t.value[5:7].isdigit() and not self._since(t):
                # months before the story's own days: "was arrested at Cairo airport in March" in a November story
                return now - (year * 12 + int(t.value[5:7])) >= HISTORY_MONTHS
            # a month of an earlier year is history when a span starts there ("since April 2024,
            # when police stormed the embassy") or two years back; last December may be this week's news
            return t.granularity == "month" and (year <= reference - 2 or (year < reference and self._since(t)))

        return any(history(t) for t in dated)

    @staticmethod
    def _dates_object_phrase(first: Token, verb: Token) -> bool:
        """Whether a time phrase the parser hung inside the verb's object ends the verb's own clause: "signed an
        agreement on returning stolen vehicles in 2006" ("in 2006" on "returning"). Only through the object's noun,
        prepositions and gerunds, so a clause of its own ("a deal that lapsed in 2006") keeps its date."""
        node, through_object = first.head, False
        for _ in range(5):
            if node.i == verb.i:
                return through_object  # not "accused the government of ignoring warnings … in September": what it did then
            if node.dep_ not in ("pcomp", "pobj", "prep", "dobj") or node.head.i == node.i:
                return False
            through_object = through_object or (node.dep_ == "dobj" and node.head.i == verb.i)
            node = node.head
        return False

    def _dates_subject(self, first: Token, clauses: set[int]) -> bool:
        """Whether a time phrase dates the subject of one of an act's clauses: "A similar ban in 2020 … ended when the two
        presidents met", "Protests against a similar decree in 2019 lasted eleven days and ended when the government
        withdrew it", "A similar dispute in 2023 ended with a schedule that Tashkent never accepted". The episode the
        subject names is past, and so is all the clause tells of it (rule 78)."""
        owners = set(clauses)
        for i in clauses:
            if self._tokens[i].dep_ == "conj":
                # "met in Nairobi and agreed on new checks": the joined verb's clauses are the episode's too
                head = self._tokens[i].head
                owners |= {head.i} | {a.i for a in head.ancestors}
        node = first.head
        for _ in range(4):
            if node.dep_ in ("nsubj", "nsubjpass"):
                return node.head.i in owners
            if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _forceful_option(self, candidate: _Candidate) -> bool:
        """Whether what "rule out" names is force: an act of material conflict as its complement ("never ruled out using
        force") or its object ("did not rule out strikes on Iran"). Not ruling it out threatens (rule 67)."""
        if any(c.type in FORCE_TYPES for c in candidate.complements):
            return True
        option = self._object(candidate.token)
        if option is not None and option.lemma_.lower() == "use":
            option = next((o for c in children_of(option) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"), None)
        return option is not None and option.lemma_.lower() in FORCE_OPTION_NOUNS

    def _opens_sentence(self, first: Token, opening: int, words: int) -> bool:
        """Whether a time of ``words`` tokens starting at ``first`` opens its sentence, set off by a comma: "In 2016, …"
        dates all the sentence tells, whichever verb the parser hangs it on."""
        after = first.i + words
        return (all(self._tokens[k].is_space for k in range(opening, first.i)) and after < len(self._tokens)
                and self._tokens[after].text == ",")

    def _span_start_clause(self, token: Token) -> bool:
        """Whether an act is told in a "since" clause that starts a state lasting to now, or in what that clause
        governs: "Relations have been poor since Mali withdrew from a 2015 peace agreement brokered by Algiers", "have
        been strained since Kenya hosted peace talks". The perfect of the main clause makes "since" a time, not a
        reason, and the act the past a state is measured from."""
        sentence = self._sentence_of[token.i]
        for node in (token, *token.ancestors):
            if self._sentence_of[node.i] != sentence or node.head.i == node.i:
                return False
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(node)):
                return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in children_of(node.head))
        return False

    def _since(self, time: TimeExpr) -> bool:
        """Whether a time is the start of a span ("since 2006"): a comparison with the past, not a date."""
        first = self._token_at(time.start)
        return first is not None and first.head.lower_ == "since"

    def _earlier_mention(self, draft: dict, candidate: _Candidate, kept: list[tuple[dict, _Candidate]]) -> dict | None:
        """The event ``draft`` mentions again, if any: a participle of the same type on the verb it
        follows ("bombed the town, killing 11 civilians"); a definite event noun taking up an
        earlier event of its type ("the bombing", "the fighting"). Two acts of one type between the
        same parties are not merged: "opened fire on a checkpoint" and "destroyed two posts" are two. A
        headline's event between two states is the body's first of its type between them, told short."""
        token = candidate.token
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head  # "..., killing two guards and wounding four soldiers"
        consequence = token.tag_ == "VBG" and anchor.dep_ == "advcl" and anchor.tag_ == "VBG"
        # its purpose, when of the same type: "marched through Belgrade to protest against the government"
        consequence = consequence or (token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)))
        # … or hung on what is sent: "sent two bombers to patrol Belarusian airspace" (rule 72)
        sent_for = (token.dep_ == "relcl" and token.head.dep_ == "dobj" and token.head.head.i != token.head.i
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)))
        noun = candidate.noun if candidate.trigger.kind == "noun" else None  # also after a light verb: "launched the attack"
        # "the offer", and one owned by its maker: "Qatar's offer came in a statement"
        definite = noun is not None and any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or (c.dep_ == "poss" and c.pos_ == "PROPN") for c in children_of(noun))
        actor, target = draft["actor"], draft["target"]
        for earlier, source in reversed(kept):
            if earlier["type"] != draft["type"] or source.token.i == token.i:
                continue
            if (consequence and source.token.i == anchor.head.i) or (sent_for and source.token.i == token.head.head.i):
                return earlier
            if (consequence and earlier["type"] in MATERIAL_CONFLICT and source.token.dep_ == "advcl" and source.token.head.i == anchor.head.i
                    and source.token.i < anchor.i and getattr(self._candidate_at.get(anchor.head.i), "type", None) != draft["type"]
                    and any(c.dep_ == "mark" for c in children_of(source.token)) and any(c.dep_ in SUBJECTS for c in children_of(source.token))):
                # "summoned China's ambassador after Chinese ships fired water cannon at a vessel, injuring two": the parser
                # hung the injuries on the summons; they are the firing's, told again (rule 67)
                return earlier
            if definite and source.token.i < noun.i and _compatible(earlier["actor"], actor) and _compatible(earlier["target"], target):
                return earlier
            if self._in_headline(source.token) and not self._in_headline(token) and _same_states(earlier, draft):
                return earlier  # "Malawi demands Tanzania lift visa ban" told again in the body: "Malawi demanded on Thursday that…"
        return None

    def _retold_act(self, candidate: _Candidate, type_: str) -> bool:
        """Whether a definite event noun takes up an act of its type told before ("ordered four Guyanese diplomats to
        leave … The foreign minister announced the expulsions on state television"): the act is aimed where it was
        first, not at the place the story is filed from, which is the announcer's own state (rule 59)."""
        noun = candidate.noun if candidate.trigger.kind == "noun" else None
        if noun is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(noun)):
            return False
        return any(other.type == type_ and other.token.i < noun.i for other in self._candidate_at.values())

    def _protest_demand(self, candidate: _Candidate) -> bool:
        """Whether a demand is what a protest asks for, told beside it ("went on strike, demanding protection",
        "marched through the town to demand a recount", "staged a protest, demanding that the crossing be
        reopened"): one event, the protest."""
        token = candidate.token
        if candidate.type != "REQUEST" or token.dep_ not in ("advcl", "xcomp") or token.head.i == token.i:
            return False
        protest = self._candidate_at.get(token.head.i)
        return protest is not None and protest.type == "PROTEST"

    def _purpose_of_sending(self, candidate: _Candidate) -> bool:
        """Whether talks are what a coded sending of an envoy is for ("sent its foreign minister to N'Djamena for
        consultations", "sent an envoy to Kabul for talks"): one event, the sending (the talks left alone had no actor)."""
        noun = candidate.token
        if not candidate.nominal or candidate.type != "CONSULT" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return False
        sending = self._candidate_at.get(noun.head.head.i)
        return sending is not None and sending.type == "CONSULT" and sending.token.lemma_.lower() in ENVOY_SENDING_VERBS

    def run(self) -> tuple[Event, ...]:
        candidates = self.candidates()
        if not candidates and not any(quote.kind == "direct" for quote in self.quotes):
            return ()  # a speaker's threat or verdict in their own words has no candidate (_quoted_threats, _quoted_verdicts)
        self._link_governors(candidates)
        self._candidate_at = {c.token.i: c for c in candidates}
        drafts: list[dict] = []
        sources: list[_Candidate] = []
        for candidate in candidates:
            if candidate.governor is not None or candidate.token.i in self._decisions:
                continue  # what is demanded, threatened or promised did not happen; a decision is coded as its act
            if self._on_page_furniture(candidate.token):
                continue
            if self._protest_demand(candidate) or self._purpose_of_sending(candidate):
                continue
            emitted = self._emit(candidate)
            drafts.extend(emitted)
            self._note_state_pair(candidate, emitted)
            sources.extend([candidate] * len(emitted))
        self._reaction_targets(drafts, sources)
        self._protest_targets(drafts, sources)
        self._release_targets(drafts, sources)
        self._inquiry_targets(drafts, sources)
        self._passive_releasers(drafts, sources)
        self._also_targets(drafts, sources)
        self._summoning_hosts(drafts, sources)
        self._other_owners(drafts, sources)
        self._threatened_partners(drafts, sources)
        self._counterpart_targets(drafts, sources)
        self._returned_fire_targets(drafts, sources)
        self._participle_pronoun_targets(drafts, sources)
        self._reported_movers(drafts)
        self._reported_forces(drafts)
        self._border_faced_targets(drafts, sources)
        self._withdrawn_forces(drafts, sources)
        self._reported_arrests(drafts, sources)
        self._foreigners_arrested_at_home(drafts, sources)
        self._reported_expulsions(drafts, sources)
        self._partner_targets(drafts, sources)
        self._story_state_targets(drafts, sources)
        self._domestic_demands(drafts, sources)
        self._opposition_homes(drafts)
        self._home_criticism(drafts, sources)
        self._government_critics(drafts, sources)
        self._domestic_criticism(drafts, sources)
        self._home_politics(drafts, sources)
        for draft, candidate in [*self._mediations(drafts, sources), *self._pair_reactions(drafts, sources), *self._counted_states(drafts, sources)]:
            drafts.append(draft)
            sources.append(candidate)
        self._closures_told_again(drafts, sources)
        self._closed_passage_partners(drafts, sources)
        # before a retelling is folded into the first mention, so that the defence or the background goes, not
        # the act told elsewhere (rule 48)
        kept = [(d, c) for d, c in zip(drafts, sources) if not self._fired_only_in_answer(d) and not self._background_at_home(d)
                and not self._own_state_duty(d, c) and not self._advisory(d)]
        acted = {self._sentence_of[c.token.i] for d, c in kept if d["actor"] is not None}
        kept = [(d, c) for d, c in kept if not self._doerless_aside(d, c, acted)]
        drafts, sources = [d for d, _ in kept], [c for _, c in kept]
        source_of = {id(d): c for d, c in zip(drafts, sources)}
        drafts = self._main_mentions(drafts, sources)
        drafts = self._without_tolls(drafts)
        # what a speaker says in their own words stays theirs: the quote and its claims carry it, and the
        # speech act around it is the event ("'We will close the border,' the minister said" is the
        # minister's statement, not a closure); it still served above as what later reactions answer
        drafts = [d for d in drafts if not self._in_quoted_words(d["trigger"].start)]
        # "sent six water tankers at Botswana's request": why an act was done, told with it, is no new request; it
        # still served above as what a later reaction answers ("rejected the accusation" after the headline's
        # "…out of Malakal at Juba's request")
        drafts = [d for d in drafts if not (d["type"] == "REQUEST" and self._at_request_noun(d["trigger"].start))]
        drafts = [d for d in drafts if not self._seized_goods(d)]
        drafts.extend(self._quoted_threats())
        drafts = [d for d in drafts if not self._told_before(d, drafts)]
        if self._dateline_end == 0:
            self._story_side_actors(drafts)
        self._story_side_targets(drafts, source_of)
        drafts = self._offers_to_both_sides(drafts, source_of)
        # an interviewer's question served above as a mention of the state it is about; it is no request between parties
        drafts = [d for d in drafts if not (d["type"] == "REQUEST" and id(d) in source_of and self._interview_question(source_of[id(d)]))]
        drafts.extend(self._quoted_verdicts(drafts))  # after the story's sides are read: a speaker's verdict makes none
        drafts.extend(self._quoted_demands(drafts))
        seen: dict[tuple, dict] = {}
        unique = []
        for draft in drafts:
            # two parties of one state in one act ("talks between the army and the RSF") say nothing a
            # second time; the two directions of a pair stay ("the government and regional officials held talks")
            key = (draft["trigger"].start, draft["type"], _coded_key(draft["actor"]), _coded_key(draft["target"]))
            first = seen.get(key)
            if first is None or _party_key(first["actor"]) == _party_key(draft["target"]):
                seen.setdefault(key, draft)
                unique.append(draft)
        unique.sort(key=lambda d: (d["trigger"].start, d["actor"].start if d["actor"] and d["actor"].start is not None else -1))
        return tuple(Event(id=f"ev{n}", **draft) for n, draft in enumerate(unique, 1))


# Acronyms of goods and measures that the tagger often reads as organisations: "the EV tariffs", "LNG exports".
GOODS_ACRONYMS = frozenset({"EV", "EVs", "LNG", "LPG", "GDP", "VAT", "GMO", "GMOs", "AI", "5G", "PPE", "API", "APIs"})

# Participles that say where goods come from when joined to a demonym: "Chinese-made cars", "Russian-produced steel".
ORIGIN_PARTICIPLES = frozenset({"made", "produced", "manufactured", "built", "grown", "assembled"})


def _made_in(goods: Token) -> str | None:
    """The state goods are said to come from by a hyphenated origin ("Chinese-made electric cars" → CHN), else None.

    The gazetteer reads no country in "Chinese-made" (an Iranian-made drone fired by Russia is Russia's), so a
    trade measure, which is aimed at the state of origin, reads it here."""
    for participle in children_of(goods):
        if participle.dep_ != "amod" or participle.lower_ not in ORIGIN_PARTICIPLES or participle.i < 2 or participle.i > goods.i:
            continue
        if _hyphenated(participle) != participle.lower_:  # "Chinese - made", split by the tokenizer
            code = country_code(goods.doc[participle.i - 2].text)
            if code is not None and code not in NON_STATE_CODES:
                return code
    return None


# What "foreign" names a portfolio of, not people of another state: "the foreign minister", "foreign affairs" (_called_foreign)
FOREIGN_PORTFOLIO_NOUNS = frozenset({"minister", "ministry", "secretary", "office", "affair", "affairs", "policy", "service", "relation",
                                     "relations", "trade", "investment", "exchange", "currency", "aid", "debt", "reserve", "reserves"})
# Modifiers that leave a plural of states unnamed: "Western governments", "foreign powers", "other countries".
UNNAMED_STATE_MODIFIERS = frozenset({"western", "foreign", "other", "several", "many", "some", "global", "world", "major", "great"})
UNNAMED_STATE_NOUNS = GOVERNMENT_PAIR_NOUNS | {"power", "ally"}


def _unnamed_states(noun: Token) -> bool:
    """Whether a plural noun of states names none of them: "accusing Western governments of failing to restrain
    Kigali", "foreign powers" (the gazetteer's country of a modifier, as in "Gulf states", still counts first)."""
    return (noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in UNNAMED_STATE_NOUNS
            and any(c.dep_ in ("amod", "compound") and c.lower_ in UNNAMED_STATE_MODIFIERS for c in children_of(noun)))


def _rules_out(verb: Token) -> bool:
    """Whether a verb is "rule out" ("ruled out talks", "refused to rule out the use of force")."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb))


def _names_year(token: Token) -> bool:
    """Whether a token is a year ("2013", "1999"): four digits from 1900 to 2099."""
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _state_author(author: Party | None, reactor: Party, at_home: bool) -> bool:
    """Whether an earlier act's actor can be what a reaction answers: a party of a state, another than the reactor,
    and of another state unless the reactor is a body at home (_reaction_targets)."""
    return (author is not None and author.country not in (None, *NON_STATE_CODES) and _party_key(author) != _party_key(reactor)
            and (at_home or author.country != reactor.country))


def _name_end(token: Token) -> bool:
    """Whether a token is the last word of a person's name ("Sheinbaum" in "Claudia Sheinbaum")."""
    doc = token.doc
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _holds(phrase: Token, token: Token) -> bool:
    """Whether a token lies inside a phrase, not counting what is coordinated with the phrase's head ("half of its
    members" holds "its"; "four boats and their crew" does not hold "their": the crew is the boats' conjunct)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.head.i == phrase.i:
            return False
        node = node.head
        if node.i == phrase.i:
            return True
    return False


def _valence(words: Iterable[Token]) -> float:
    """The summed VADER valence of some words (the sentiment lexicon the persuasion-technique model carries): below
    zero, "called the shooting “disproportionate and unacceptable”" is a rebuke; "called the pact a bridge" is not."""
    from .techniques import load_model

    lexicon = load_model().lexicon
    return sum(lexicon.get(w.lower_, 0.0) for w in words)


def _hyphenated(noun: Token) -> str:
    """A noun the tokenizer split at its hyphen, whole again: "sit - in" → "sit-in" (else the noun's text)."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ and not doc[noun.i - 2].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    return noun.lower_


def _pair_pronoun(token: Token) -> bool:
    """A word that can stand for the pair of states just named: an object "them", "both" with no noun of its own ("urged
    both", "called on both", rule 59), and a subject "the two" ("the two agreed to…", rule 103)."""
    if token.lower_ == PAIR_PRONOUN:
        return True
    if token.lower_ == "two" and token.pos_ == "NUM" and token.dep_ in SUBJECTS:
        # "the two agreed to form a committee": the two parties just named, as a subject with "the" and nothing else
        children = list(children_of(token))
        return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"
    return token.lower_ == "both" and token.dep_ in ("dobj", "pobj") and not any(True for _ in children_of(token))


def _other_side(involved: list[tuple[int, int, str]], named: Counter, sentence: int, excluded: str | None) -> str | None:
    """The story's other side for an act in ``sentence``: of the states its events in other sentences have as parties
    (``involved``: sentence start, trigger start, code), other than ``excluded``, the one they have most often (ties:
    the one the text names most often, then the one first involved); None when there is none or two are alike. The
    sides are read from other sentences: a state named in another clause of the act's own sentence is one the
    clause-level rules chose not to aim the act at ("rejected the measures and said they would not affect its
    cooperation with Iran")."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for start, trigger, code in involved:
        if start != sentence and code != excluded:
            counts[code] += 1
            first[code] = min(first.get(code, trigger), trigger)
    ranked = sorted(counts, key=lambda code: (-counts[code], -named[code], first[code]))
    if not ranked or (len(ranked) > 1 and (counts[ranked[0]], named[ranked[0]]) == (counts[ranked[1]], named[ranked[1]])):
        return None
    return ranked[0]


def _aid_recipient(drafts: list[dict], offer: dict, excluded: str) -> str | None:
    """The state a story's help goes to, for an offer or gift that names no one to receive it ("Algeria offered to send
    a further 2 million litres by road", "UNICEF pledged 300 cold boxes"): the state the story's other acts of aid
    (AID) are most often aimed at, other than ``excluded`` (the giver's), when one state leads; else None. Where help
    goes is what such an offer is about, not the state the story's quarrels set against the giver (rule 115)."""
    counts = Counter(draft["target"].country for draft in drafts if draft is not offer and draft["type"] == "AID"
                     and draft["target"] is not None and draft["target"].country not in (None, excluded, *NON_STATE_CODES))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _harm_verb(verb: Token) -> bool:
    """Whether a verb's lexicon rows make it a harm done to someone (ASSAULT, COERCE): "torture", "behead", "beat"."""
    return any(entry.type in HARM_TYPES for entry in LEXICON.verbs.get(verb.lemma_.lower(), ()))


def _hung_past_tense(verb: Token) -> bool:
    """Whether the parser made a past tense a clause on the word right before it ("Thousands protested": "protested" an
    `acl` of "Thousands"), as it does when it takes that word for the sentence's root (_root_crowd)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i == verb.i - 1


def _carrying(carrier: Token) -> list[Token]:
    """The participles "carrying" on a vessel, plane or lorry ("three cargo planes carrying 40 generators")."""
    return [verb for verb in children_of(carrier) if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() == "carry"]


def _owned_by_pair(noun: Token) -> bool:
    """"their defence ministers", "the two countries' police chiefs": parties a pair owns, named by reference."""
    return any(c.dep_ == "poss" and (c.lower_ == "their" or _paired(c)) for c in children_of(noun))


def _possessed_patient(noun: Token) -> bool:
    """Whether an act noun's possessive is who undergoes the act, not who does it: "Putin's arrest", "Navalny's
    detention", "Khashoggi's killing", "his expulsion" (with no "of" phrase; "Russia's expulsion of two diplomats" and
    "Israel's killing of…" name the doer)."""
    return (noun.lemma_.lower() in PATIENT_NOUNS and any(c.dep_ == "poss" for c in children_of(noun))
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)))


def _stance_of_another(verb: Token) -> bool:
    """Whether a relative clause tells a charge or denial its own subject holds about what the clause hangs on: "the
    explosions, for which Russia blames the US", "an attack which Kyiv denies" (not "a party which denies…", whose
    relative pronoun is the subject and which describes the party)."""
    return verb.lemma_.lower() in STANCE_VERBS and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children_of(verb))


def _facing_verb(noun: Token) -> Token | None:
    """The verb whose subject faces or suffers an act noun: "face sanctions" (its object), "came under pressure from
    Congress", "is under fire from its allies" (the noun after "under"); None for any other noun. The subject is the
    target when a "from" phrase names the actor, not the target the noun's preposition made it; with no actor named,
    "faced criticism" is left as it was."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in FACING_VERBS:
        return noun.head
    under = noun.head
    if noun.dep_ == "pobj" and under.lower_ == "under" and under.dep_ == "prep" and under.head.lemma_.lower() in UNDERGOING_VERBS:
        return under.head
    return None


def _of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrases: "the expulsion of a reporter", "the work of its joint commission"."""
    return [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"]


def _regional_body(name: str) -> bool:
    """Whether an organisation's name makes it a body of a region's states: a region's word and the word of a body
    of governments ("the West African Examinations Council"); not a federation, association or confederation ("the
    African Volleyball Confederation")."""
    words = set(name.lower().replace("-", " ").split())
    return bool(words & REGION_WORDS) and bool(words & REGIONAL_BODY_WORDS)


def _own_possession(noun: Token) -> bool:
    """Whether a noun is owned by "its", "their" or "our": the speaker's own forces or things, as a target of what it
    promises ("agreed to pull its border guards back")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in children_of(noun))


def _paired(noun: Token) -> bool:
    """"Both sides", "the two countries": a noun that "both" or "two" makes a pair. "Two" takes up a pair only as
    definite ("the two ministers", "their two armies"): "barred 14 police commanders and two deputy ministers"
    counts new people."""
    children = children_of(noun)
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or c.dep_ == "poss" for c in children)
    return any(c.dep_ in ("det", "nummod", "predet") and (c.lower_ == "both" or (c.lower_ == "two" and definite)) for c in children)


def _called_foreign(noun: Token) -> bool:
    """"foreign journalists", "two foreign nationals", "the foreign officers": people or forces the text calls foreign,
    with no state of their own, and ships so called ("seized a foreign tanker": the flag was not given). Not a portfolio
    ("the foreign minister", "foreign ministries")."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() not in FOREIGN_PORTFOLIO_NOUNS
            and (noun.tag_ == "NNS" or _noun_class(noun, "people") or noun.lemma_.lower() in VESSEL_NOUNS | SEIZED_CRAFT)
            and any(c.dep_ == "amod" and c.lower_ == "foreign" for c in children_of(noun)))


def _each_of_pair(noun: Token) -> bool:
    """"Each side accused the other", "each country blamed the other": a subject with "each" whose verb's object is "the
    other" names both of a pair, as "both sides … each other" does."""
    return (noun.dep_ in SUBJECTS and any(c.lower_ == "each" and c.dep_ == "det" for c in children_of(noun))
            and any(o.dep_ in OBJECTS and o.lower_ == "other" and any(d.lower_ == "the" for d in children_of(o)) for o in children_of(noun.head)))


def _same_stem(noun: str, verb: str) -> bool:
    """Whether an event noun names what a verb did: "suspension"/"suspend", "order"/"order",
    "accusation"/"accuse", "raid"/"raid" (a shared beginning of at least four letters, or the whole
    shorter word)."""
    if noun.endswith("ure") and len(noun) > 6 and verb.startswith(noun[:-3]):
        return True  # "seizure"/"seize", "closure"/"close"
    if verb in NOUN_VERBS.get(noun, ()):
        return True  # "the ban" after "barred the officials", "the walkout" after "withdrew from the commission"
    shared = 0
    for a, b in zip(noun, verb):
        if a != b:
            break
        shared += 1
    return shared >= min(5, len(noun), len(verb)) and shared >= 3


def _both_agreements(noun: str, word: str) -> bool:
    """Whether a reaction's noun names an agreement an earlier act made: "welcomed the deal" after "signed
    a peace agreement" or "the pact" after "signed"."""
    return noun in AGREEMENT_NOUNS and (word in AGREEMENT_NOUNS or word == "sign")


def _running_for_office(title: Token) -> bool:
    """Whether a title names a candidate for high office, a person of public life as an officeholder is: "Candidate for
    the Democrat presidential nomination Beto O'Rourke", "the Republican presidential nominee, Donald Trump"."""
    return title.lemma_.lower() in CANDIDATE_NOUNS and any(t.lemma_.lower() in ("presidential", "nomination") for t in title.subtree)


def _noun_class(token: Token, name: str) -> bool:
    """Whether the token's lemma is in the ``name`` class of data/event_nouns.tsv (office, document, people...).
    A plural the tagger took for a name keeps its plural as lemma ("Authorities arrested" at the
    start of a sentence): its singular is looked up too."""
    lemma = token.lemma_.lower()
    if name in LEXICON.noun_class(lemma):
        return True
    return token.pos_ == "PROPN" and name in LEXICON.noun_class(_singular(lemma))


def _singular(word: str) -> str:
    """The singular of a regular plural ("authorities" → "authority", "protesters" → "protester")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _person_noun(token: Token) -> bool:
    """Agent nouns in -ist and -ian ("nationalists", "civilians") name people."""
    return token.pos_ == "NOUN" and token.lemma_.lower().endswith(("ist", "ian")) and len(token.lemma_) > 4


def _relative_antecedent(word: Token, clause: Token) -> Token | None:
    """The noun a relative pronoun stands for, as its relative clause hangs on it: "who" in "Captain Ibrahim Traore,
    who seized power" → the captain; None for any other word or clause."""
    return clause.head if word.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl" else None


def _state_codes(draft: dict) -> list[str]:
    """The state codes of a draft's actor and target (not IGO, NGO or IMG), in that order."""
    return [party.country for party in (draft["actor"], draft["target"])
            if party is not None and party.country is not None and party.country not in NON_STATE_CODES]


def _party_key(party: Party | None) -> tuple | None:
    return None if party is None else (party.start, party.end)


def _coded_key(party: Party | None) -> tuple | None:
    return ("country", party.country) if party is not None and party.country is not None else _party_key(party)


def _names_one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether a noun is one of ``words`` (lower case, singular), in the singular or the plural ("Democrats", "senators");
    the tagger's lemma of a plural name is often the plural itself."""
    word = token.lower_
    return word in words or word.removesuffix("s") in words or token.lemma_.lower() in words


def _bare_name(entity: Entity) -> bool:
    """Whether an organisation's name may be a person's the tagger mislabelled: two or three capitalised words, none a
    word of organisations' names ("Olaf Scholz", not "Gates Foundation" nor "Trump Organization")."""
    words = entity.name.split()
    return (entity.type == "ORG" and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(fold(w) in ORG_WORDS for w in words))


def _helper_phrase(token: Token) -> bool:
    """Whether a preposition names who helps with an act: "with help from Belarus", "with the support of Turkey"."""
    return token.dep_ == "prep" and token.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in HELP_NOUNS for o in children_of(token))


def _american_political(noun: Token) -> bool:
    """Whether a noun names the US Congress, a US party or a member of either by the names American copy gives them,
    capitalised: "the Senate", "Republicans", "Congress"; a party noun with such a word before it ("House members",
    "Senate Republicans", "Democratic lawmakers", "the Congressional Progressive Caucus"); "the secretary of State",
    "the Speaker of the House"; a committee of Congress ("Oversight", "the Judiciary Committee")."""
    if noun.text[:1].isupper() and _names_one_of(noun, AMERICAN_POLITICAL_WORDS):
        return True
    if noun.text == "Oversight" or (noun.text in ("Committee", "Subcommittee") and any(
            c.dep_ == "compound" and c.text in CONGRESS_COMMITTEE_WORDS for c in children_of(noun))):
        return True  # "Democrats also blasted Oversight for…", "the Judiciary Committee" (rule 126)
    if noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("compound", "amod") and c.i < noun.i and c.text[:1].isupper()
                                              and _names_one_of(c, AMERICAN_POLITICAL_WORDS | AMERICAN_PARTY_ADJECTIVES) for c in children_of(noun)):
        return True
    return noun.lower_ in ("secretary", "speaker") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.text in ("State", "House") for o in children_of(c))
        for c in children_of(noun))


def _uncoded(draft: dict) -> bool:
    """Whether no party of the event has a country or body code: "critics accepted the offer",
    "they met" with no one the text places. The main events of news are between identified parties
    (no gold main event of the three development sets lacks both codes), so such an event is less
    likely one; it is kept, with a lower confidence, because a country the coder missed looks the same,
    unless that confidence is low (``_Coder._faint``)."""
    return all(party is None or party.country is None for party in (draft["actor"], draft["target"]))


def _marked_clause(clause: Token, markers: Iterable[str]) -> bool:
    """Whether a token heads an adverbial clause opened by one of ``markers`` ("if", "unless", "until")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in children_of(clause))


def _same_actor_state(first: dict, second: dict) -> bool:
    """Whether two events' actors are placed in the same state."""
    codes = [draft["actor"].country if draft["actor"] is not None else None for draft in (first, second)]
    return codes[0] is not None and codes[0] == codes[1]


def _same_states(first: dict, second: dict) -> bool:
    """Whether two events are between the same two states: both parties placed, in the same countries."""
    codes = [tuple(party.country if party is not None else None for party in (draft["actor"], draft["target"])) for draft in (first, second)]
    return codes[0] == codes[1] and None not in codes[0] and codes[0][0] != codes[0][1]


def _compatible(first: Party | None, second: Party | None) -> bool:
    """Whether two parties can be the same one: same country, or one of them without a code."""
    return first is None or second is None or first.country is None or second.country is None or first.country == second.country


def extract_events(
    doc: Doc,
    entities: EntityIndex,
    times: Sequence[TimeExpr] = (),
    quotes: Sequence[Quote] = (),
    quantities: Sequence[Quantity] | None = None,
) -> tuple[Event, ...]:
    """The PLOVER events of a parsed document, in text order, with ids "ev1", "ev2"...

    ``times`` and ``quotes`` are the document's TimeExpr and Quote records (events link to the time
    expression of their clause, and take ``reported_by`` from the quote they lie in);
    ``quantities`` defaults to ``quantities.find_quantities(doc)``.
    """
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return ()  # roles come from the dependency parse: without one there is nothing to code
    return _Coder(doc, entities, tuple(times), tuple(quotes), None if quantities is None else tuple(quantities)).run()

