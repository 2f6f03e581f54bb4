"""Round 7 of the event coder: targets taken up by a title ("its neighbour", "the kingdom", "the
country"), offices and armed groups placed by an earlier mention of the same noun, coordinated
countries of a party noun, and fewer calls and summaries coded as events (docs/events.md, Roles,
Country codes and rule 23).

Every sentence here was written for these tests; none is in bench/events_sentences or a development
article.
"""

from __future__ import annotations

import pytest

from .events_support import code, coded  # noqa: F401  (code is a fixture)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a title takes up the nearest state named before it, never the actor's own
    ("Sudan and South Sudan have argued over oil fees for years. On Friday Khartoum accused its neighbour of arming rebels in Darfur.",
     "accused", [("ACCUSE", "SDN", "SSD")]),
    ("Morocco's king opened a new port on Monday. Algeria accused the kingdom of building it on disputed land.",
     "accused", [("ACCUSE", "DZA", "MAR")]),
    # with no state named before it, the dateline's
    ("BAMAKO, Dec 2 (Reuters) - The African Union suspended the country from its meetings.", "suspended", [("SANCTION", "IGO", "MLI")]),
])
def test_a_title_stands_for_the_state_named_before_it(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_an_office_repeated_takes_the_country_of_its_first_mention(code):
    events = code("Nigeria's army launched an offensive in Borno state on Monday. The army also arrested 30 suspected militants, a spokesman said.")
    assert coded(events, "arrested") == [("COERCE", "NGA", "NGA")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a party noun shared by coordinated countries in its "from" phrase, or by coordinated country words
    ("Negotiators from Sudan and South Sudan held talks in Addis Ababa on Monday.", "held",
     [("CONSULT", "SDN", "SSD"), ("CONSULT", "SSD", "SDN")]),
    ("Qatar hosted Israeli and Palestinian negotiators in Doha.", "hosted", [("CONSULT", "QAT", "ISR"), ("CONSULT", "QAT", "PSE")]),
    # the party complained about, not the body complained to; a denial answers someone other than the denier
    ("Vietnam complained to the United Nations about Chinese survey ships near the Spratly islands.", "complained", [("ACCUSE", "VNM", "CHN")]),
    ("The Kremlin denied that Russian jets had violated Estonian airspace on Friday.", "denied", [("REJECT", "RUS", "EST")]),
    # lexicon: a case filed against a state, a diplomatic protest dismissed
    ("Gambia filed a case against Myanmar at the World Court.", "filed", [("ACCUSE", "GMB", "MMR")]),
    ("Beijing dismissed Manila's protest over the collision.", "dismissed", [("REJECT", "CHN", "PHL")]),
])
def test_round7_roles_and_patterns(code, text, word, expected):
    assert coded(code(text), word) == expected


@pytest.mark.parametrize("text", [
    # what any party would do is a rule, not an event
    "Any country that attacks Poland will face a response from the whole alliance, the minister said.",
    # a constancy summed up in the present perfect
    "Norway has long supported the peace process in Colombia.",
    # an appeal to the public, and a call for calm by no state or body
    "The health minister urged residents to boil drinking water.",
    "Community elders called for calm.",
    # a view agreed on is no agreement
    "Delegates agreed that more needed to be done for refugees.",
])
def test_no_main_event(code, text):
    assert code(text) == ()


def test_a_state_that_calls_for_calm_makes_a_request(code):
    events = code("China called for calm after the clashes on the border.")
    assert [e.type for e in events if "called" in e.trigger.text] == ["REQUEST"]


def test_agreeing_on_what_will_happen_is_an_agreement(code):
    events = code("Kenya and Uganda agreed that their ministers will meet in March.")
    assert coded(events, "agreed") == [("AGREE", "KEN", "UGA"), ("AGREE", "UGA", "KEN")]


def test_a_visitor_received_is_the_partner(code):
    events = code("Chile's foreign minister arrived in La Paz on Monday. She was received by Bolivia's president.")
    assert coded(events, "received") == [("CONSULT", "BOL", "CHL")]


def test_a_tour_at_home_is_no_consultation(code):
    assert code("Nigeria's president visited Lagos on Friday.") == ()


def test_an_offer_names_its_maker_in_a_from_phrase_when_named(code):
    assert coded(code("Mali's junta rejected an offer of talks from ECOWAS."), "offer") == [("AGREE", "IGO", "MLI")]
    assert [e.type for e in code("The president rejected calls from opposition parties to resign.")] == ["REJECT"]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a protest noun of one state is a diplomatic protest, while protests with no party are in the street
    ("Seoul rejected a Chinese protest over the radar deployment.", "protest", [("ACCUSE", "CHN", "KOR")]),
    # who summons is where the envoy is summoned to
    ("Singapore's ambassador was summoned to the foreign ministry in Kuala Lumpur on Monday.", "summoned", [("ACCUSE", "MYS", "SGP")]),
    # warplanes sent toward a state are a show of force
    ("Beijing sent 20 warplanes toward Taiwan on Tuesday.", "sent", [("MOBILIZE", "CHN", "TWN")]),
])
def test_round7_protests_summons_and_warplanes(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_street_protests_stay_protests(code):
    assert [e.type for e in code("Protests against the government spread across Sudan on Sunday.")] == ["PROTEST"]
    assert [e.type for e in code("Sudanese protests against the government spread to Khartoum.")] == ["PROTEST"]


def test_violence_between_unnamed_people_nowhere_placed_is_a_private_act(code):
    assert code("A man stabbed two passers-by outside a bar, local media reported.") == ()


def test_a_denial_naming_only_the_deniers_state_answers_the_accusation_before_it(code):
    events = code("Armenia accused Azerbaijani troops of shelling a village on Sunday. "
                  "The defence ministry in Baku denied that Azerbaijani forces had opened fire.")
    assert coded(events, "denied") == [("REJECT", "AZE", "ARM")]


def test_the_countrys_office_is_the_state_the_text_is_about(code):
    events = code("Niger's junta expelled the French ambassador on Monday. The country's foreign ministry accused Paris of interference.")
    assert coded(events, "accused") == [("ACCUSE", "NER", "FRA")]
