"""Round 73 of the event coder: a lexicon sweep of the wording wire copy uses for CONSULT, AGREE, ACCUSE, THREATEN,
REJECT, REQUEST, PROTEST, MOBILIZE and COERCE that the trigger lexicon lacked (docs/events.md, rule 91).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from .events_support import analyzed_events, analyzed_on


def story(city: str, sentence: str) -> str:
    """A two-line story: a headline, then the sentence under the dateline of the actor's capital."""
    return f"Report\n\n{city} - {sentence}\n"


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("ADDIS ABABA", "Ethiopia sealed an accord with Egypt on the dam's filling on Friday.",
     ("AGREE", "sealed an accord", "ETH", "EGY")),
    ("AMMAN", "Jordan sealed a pact with Iraq on electricity on Monday.", ("AGREE", "sealed a pact", "JOR", "IRQ")),
    ("LONDON", "Britain struck an accord with Norway on fishing quotas on Monday.",
     ("AGREE", "struck an accord", "GBR", "NOR")),
    ("HANOI", "Vietnam struck a pact with Laos on the Mekong on Tuesday.", ("AGREE", "struck a pact", "VNM", "LAO")),
    ("ASTANA", "Kazakhstan signed on to Russia's gas initiative on Wednesday.", ("AGREE", "signed on", "KAZ", "RUS")),
])
def test_deals_sealed_struck_or_signed_on_to_are_agreements(city, sentence, expected):
    # no event: "seal"/"strike" knew only "deal" and "agreement"; "sign on to" was no row
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("BUDAPEST", "Hungary's foreign minister sounded out Slovakia's foreign minister on the pipeline on Monday.",
     ("CONSULT", "sounded out", "HUN", "SVK")),
    ("RABAT", "Morocco's king granted an audience to Mauritania's president in Rabat on Thursday.",
     ("CONSULT", "granted an audience", "MAR", "MRT")),
    ("JERUSALEM", "Israel's prime minister had a phone call with Jordan's king on Friday.",
     ("CONSULT", "had a phone call", "ISR", "JOR")),
    ("DHAKA", "Bangladesh's foreign minister engaged in talks with India's foreign minister on Tuesday.",
     ("CONSULT", "engaged in talks", "BGD", "IND")),
    ("PRETORIA", "South Africa's president embarked on a state visit to Angola on Monday.",
     ("CONSULT", "embarked on a state visit", "ZAF", "AGO")),
])
def test_soundings_audiences_calls_and_visits_embarked_on_are_consultations(city, sentence, expected):
    # no event, or the noun alone ("talks", "call", "visit") with no actor
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("MOSCOW", "Russia chided Finland over its new border fence on Monday.", ("ACCUSE", "chided", "RUS", "FIN")),
    ("ANKARA", "Turkey took Greece to task over migrants on Friday.", ("ACCUSE", "took Greece to task", "TUR", "GRC")),
    ("BEIJING", "China rapped Canada over its warship's transit on Tuesday.", ("ACCUSE", "rapped", "CHN", "CAN")),
    ("ISLAMABAD", "Pakistan issued a demarche to India over the shelling on Saturday.",
     ("ACCUSE", "issued a demarche", "PAK", "IND")),
    ("HANOI", "Vietnam expressed strong opposition to China's oil survey on Thursday.",
     ("ACCUSE", "expressed strong opposition", "VNM", "CHN")),
])
def test_chiding_rapping_and_demarches_are_accusations(city, sentence, expected):
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("BEIJING", "China shot down Japan's proposal for a hotline on Saturday.", ("REJECT", "shot down", "CHN", "JPN")),
    ("ADDIS ABABA", "Ethiopia put Sudan on notice over the border incursions on Tuesday.",
     ("THREATEN", "put Sudan on notice", "ETH", "SDN")),
    ("BEIJING", "China brandished the threat of force against the Philippines on Wednesday.",
     ("THREATEN", "brandished the threat", "CHN", "PHL")),
    ("KYIV", "Ukraine submitted a request to France for more artillery shells on Tuesday.",
     ("REQUEST", "submitted a request", "UKR", "FRA")),
])
def test_proposals_shot_down_notice_served_and_requests_submitted(city, sentence, expected):
    # "shot down" a proposal was an ASSAULT; the others had no event
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("VILNIUS", "Thousands of Lithuanians formed a human chain against Russia on Thursday.",
     ("PROTEST", "formed a human chain", "LTU", "RUS")),
    ("BELGRADE", "Serbia raised the combat readiness of its army against Kosovo on Wednesday.",
     ("MOBILIZE", "raised the combat readiness", "SRB", "XKX")),
    ("BEIJING", "China sailed an aircraft carrier toward Japan on Thursday.", ("MOBILIZE", "sailed", "CHN", "JPN")),
    ("BEIJING", "China flew warplanes toward Taiwan on Saturday.", ("MOBILIZE", "flew", "CHN", "TWN")),
    ("TEHRAN", "Iran took a Danish diplomat into custody on Saturday.",
     ("COERCE", "took a Danish diplomat into custody", "IRN", "DNK")),
    ("BAKU", "Azerbaijan blocked the corridor to Armenia on Wednesday.",
     ("COERCE", "blocked the corridor", "AZE", "ARM")),
])
def test_human_chains_readiness_warships_sailed_and_custody(city, sentence, expected):
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("ACCRA", "Ghana's foreign minister paid a courtesy call on Togo's president on Friday.",
     ("CONSULT", "paid a courtesy call", "GHA", "TGO")),
    ("HANOI", "Vietnam's president held a working session with Cambodia's prime minister on Sunday.",
     ("CONSULT", "held a working session", "VNM", "KHM")),
    ("DOHA", "Qatar's emir received a phone call from Egypt's president on Monday.",
     ("CONSULT", "received a phone call", "EGY", "QAT")),
    ("ROME", "Italy's prime minister huddled with Tunisia's president in Rome on Friday.",
     ("CONSULT", "huddled", "ITA", "TUN")),
    ("BANGKOK", "Thailand's foreign minister exchanged views with Malaysia's foreign minister on Sunday.",
     ("CONSULT", "exchanged views", "THA", "MYS")),
    ("NEW DELHI", "India's foreign secretary held parleys with Bhutan's foreign secretary on Monday.",
     ("CONSULT", "held parleys", "IND", "BTN")),
    ("ANKARA", "Turkey's foreign minister reached out to Armenia's foreign minister on Friday.",
     ("CONSULT", "reached out", "TUR", "ARM")),
    ("PARIS", "France's president wrapped up a visit to Senegal on Thursday.",
     ("CONSULT", "wrapped up a visit", "FRA", "SEN")),
])
def test_courtesy_calls_working_sessions_parleys_and_calls_received_are_consultations(city, sentence, expected):
    # no event, or "call" read as a REQUEST ("paid a courtesy call on"); a call received is the caller's act
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("BELGRADE", "Serbia bristled at Croatia's decision on Tuesday.", ("ACCUSE", "bristled at", "SRB", "HRV")),
    ("WARSAW", "Poland called in Belarus's ambassador on Monday.",
     ("ACCUSE", "called in Belarus's ambassador", "POL", "BLR")),
    ("TOKYO", "Japan conveyed its strong displeasure to South Korea on Tuesday.",
     ("ACCUSE", "conveyed its strong displeasure", "JPN", "KOR")),
    ("NEW DELHI", "India took strong exception to Turkey's remarks on Monday.",
     ("ACCUSE", "took strong exception", "IND", "TUR")),
    ("CANBERRA", "Australia voiced objections to China's conduct on Friday.",
     ("ACCUSE", "voiced objections", "AUS", "CHN")),
    ("BAKU", "Azerbaijan held Armenia responsible for the shelling on Wednesday.",
     ("ACCUSE", "held Armenia responsible", "AZE", "ARM")),
])
def test_objections_displeasure_envoys_called_in_and_blame_held_are_accusations(city, sentence, expected):
    # "held Armenia responsible": the parser read "responsible" as the name's modifier, so "hold responsible" missed
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


def test_blame_held_on_a_common_noun_still_reads_the_predicate():
    # guard: with a common noun the parser reads "responsible" as the verb's own complement, as before
    text = story("NAIROBI", "Kenya held the Somali government responsible for the raid on Monday.")
    assert analyzed_on(text, "held the Somali government responsible") == [
        ("ACCUSE", "held the Somali government responsible", "KEN", "SOM")]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("ADDIS ABABA", "Ethiopia scoffed at Sudan's demands on Monday.", ("REJECT", "scoffed at", "ETH", "SDN")),
    ("NEW DELHI", "India vowed reprisals against Pakistan on Monday.", ("THREATEN", "vowed reprisals", "IND", "PAK")),
    ("BELGRADE", "Serbia gave its consent to Montenegro's plan on Tuesday.",
     ("AGREE", "gave its consent", "SRB", "MNE")),
    ("TOKYO", "Japan gave an undertaking to Vietnam on Wednesday.", ("AGREE", "gave an undertaking", "JPN", "VNM")),
])
def test_scoffing_reprisals_vowed_and_consent_given(city, sentence, expected):
    # "vowed reprisals" was an AGREE (a vow); the others had no event
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize("sentence", [
    "The foreign minister flew a commercial jet to Paris on Monday.",
    "The minister signed off with a joke on Friday.",
    "He signed on as a coach with the club on Monday.",
    "The bank put its customers on notice of new fees on Monday.",
    "Villagers formed a human chain to pass sandbags on Monday.",
    "The crew sailed the ship into port on Friday.",
    "The singer rapped about life in Lagos on Monday.",
    "The charity reached out to donors on Monday.",
    "The minister wrapped up a visit to the factory on Monday.",
])
def test_the_ordinary_uses_of_the_new_words_are_no_events(sentence):
    # guard: the rows need a warplane, a warship, a target, a state or a place abroad to fire
    assert analyzed_events(story("CITY", sentence)) == []
