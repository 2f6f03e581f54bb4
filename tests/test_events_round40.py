"""Round 40 of the event coder: errors found by coding invented wire stories on Central Asia, the Balkans, the
Caucasus, the Nordics, the Sahel and Southeast Asia (docs/events.md, rule 58).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set.
"""

from __future__ import annotations

from .events_support import analyzed_events, analyzed_on, analyzed_typed


def analyzed_typed_events(text: str, type_: str) -> list[tuple]:
    """The events of one type, with their triggers."""
    return [e for e in analyzed_events(text) if e[0] == type_]


def test_armour_sent_to_the_actors_own_border_is_a_deployment():
    # main: AID UZB → "its eastern border"(UZB)
    text = "Uzbekistan has sent armoured vehicles and artillery to its eastern border with Tajikistan, the defence ministry said.\n"
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "sent")] == [("MOBILIZE", "UZB", "TJK")]


def test_armour_sent_to_another_state_stays_aid():
    # guard: only the sender's own ground makes a sending a show of force
    assert analyzed_typed("Germany has sent armoured vehicles to Ukraine.\n", "AID") == [("DEU", "UKR")]


def test_relief_flown_to_the_actors_own_islands_stays_aid():
    # guard: craft carrying relief deliver aid wherever they go (rule 56)
    text = "Japan sent two helicopters with food and blankets to its northern islands.\n"
    assert [e[0] for e in analyzed_on(text, "sent")] == ["AID"]


def test_a_promised_response_answers_the_state_that_acted():
    # main: THREATEN RUS → no target
    text = "Estonia expelled a Russian diplomat on Tuesday.\n\nMoscow promised a swift response.\n"
    assert analyzed_typed(text, "THREATEN") == [("RUS", "EST")]


def test_terms_an_accord_provides_for_are_no_aid():
    # main: a second AID TUR → KAZ on "provides", the trainers taken for the deal's providers
    text = "The deal allows Turkish officers to train Kazakh troops and provides for the joint production of drones.\n"
    assert [e[1] for e in analyzed_typed_events(text, "AID")] == ["train"]


def test_aid_provided_is_still_aid():
    # guard: "provide" with an object keeps its aid
    assert analyzed_typed("Japan provided food to Laos.\n", "AID") == [("JPN", "LAO")]


def test_the_junta_is_not_the_civilian_government_named_last():
    # main: COERCE BEN → BEN, "the junta" taken up from "Benin's government spokesman"
    text = (
        "Burkina Faso's military government closed the border with Niger on Monday.\n\n"
        "Benin's government spokesman criticised the move.\n\n"
        "The junta also detained two Beninese traders.\n"
    )
    assert [(e[0], e[2], e[3]) for e in analyzed_on(text, "detained")] == [("COERCE", "BFA", "BEN")]


def test_the_junta_still_takes_up_the_military_government():
    # guard: "the junta" after "Mali's military government"
    text = "Mali's military government expelled the French ambassador.\n\nThe junta accused Paris of interference.\n"
    assert analyzed_typed(text, "ACCUSE") == [("MLI", "FRA")]


def test_blocking_the_opening_of_talks_is_a_rejection_not_talks():
    # main: CONSULT None → ALB on "talks", and no rejection
    events = analyzed_events("Greece blocked the opening of accession talks with Albania.\n")
    assert [(e[0], e[2], e[3]) for e in events] == [("REJECT", "GRC", "ALB")]


def test_forces_placed_on_combat_readiness_are_mobilised():
    # main: no event ("on alert" was the lexicon's only degree)
    assert analyzed_typed("Azerbaijan placed its army on full combat readiness on Sunday.\n", "MOBILIZE") == [("AZE", None)]


def test_a_claim_a_state_denied_is_its_denial():
    # main: no REJECT, the relative clause read as what the accusation says
    text = "Georgia said Russian helicopters had violated its airspace, an accusation Moscow denied.\n"
    assert analyzed_typed(text, "REJECT") == [("RUS", "GEO")]


def test_what_an_allegation_says_is_still_not_coded():
    # guard: a content clause ("allegations that…") tells of an act, it does not assert it
    text = "Rwanda denied allegations that its troops had shelled a Congolese village.\n"
    assert analyzed_typed(text, "ASSAULT") == []


def test_each_story_of_a_digest_is_set_under_its_own_dateline():
    # main: COERCE AZE → AZE, the first story's dateline the home of the whole page
    text = (
        "Azerbaijan detains Armenian soldiers\n"
        "BAKU (AP) - Azerbaijan's border service said on Monday it had detained two Armenian soldiers near the village of Kalbajar.\n\n"
        "Georgian police break up protest\n"
        "TBILISI (AP) - Riot police detained 40 protesters outside parliament on Monday night.\n"
    )
    assert sorted((e[2], e[3]) for e in analyzed_typed_events(text, "COERCE")) == [("AZE", "ARM"), ("GEO", "GEO")]
