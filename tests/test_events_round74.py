"""Round 74 of the event coder: verbs that share their objects in lexicon families, units of forces counted like
crowds, harm told in a relative clause, and a country's name the tagger takes for a first name (docs/events.md,
rule 92).

Every sentence here was written for these tests; none is in bench/events_sentences, a development article or a
blind set. The first line of a text with a blank line after it is a headline, as in an article.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.event_lexicon import LEXICON, LexiconError, Lexicon, parse_lexicon

from .events_support import analyzed_events, analyzed_on


def story(city: str, sentence: str) -> str:
    """A two-line story: a headline, then the sentence under the dateline of the actor's capital."""
    return f"Report\n\n{city} - {sentence}\n"


# --------------------------------------------------------------------------- families


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("NAIROBI", "Kenya suspended scholarships for Somali students on Monday.", ("SANCTION", "suspended", "KEN", "SOM")),
    ("HANOI", "Vietnam halted visas for Cambodian traders on Friday.", ("SANCTION", "halted", "VNM", "KHM")),
    ("LIMA", "Peru froze licences for Chilean fishing boats on Tuesday.", ("SANCTION", "froze", "PER", "CHL")),
    ("DHAKA", "Bangladesh stopped remittance payments to Myanmar on Monday.", ("SANCTION", "stopped", "BGD", "MMR")),
    ("BRASILIA", "Brazil postponed the grain shipment to Argentina on Monday.", ("SANCTION", "postponed", "BRA", "ARG")),
])
def test_what_one_verb_of_stopping_stops_the_others_can(city, sentence, expected):
    # no event: "suspend" knew no scholarships, "halt" no visas, "freeze" no licences, "stop" no payments, "postpone"
    # no shipments, though "cancel", "revoke" or "withhold" did
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("DOHA", "Qatar contributed 50 tents to Sudan on Monday.", ("AID", "contributed", "QAT", "SDN")),
    ("NEW DELHI", "India transferred 20 ventilators to Nepal on Monday.", ("AID", "transferred", "IND", "NPL")),
    ("OTTAWA", "Canada gave tents to Haiti on Monday.", ("AID", "gave", "CAN", "HTI")),
    ("PARIS", "France handed 2 million euros in aid to Chad on Monday.", ("AID", "handed", "FRA", "TCD")),
])
def test_what_one_verb_of_giving_gives_the_others_can(city, sentence, expected):
    # "contribute" knew money but no tents, "transfer" no ventilators, "give" no tents, "hand" rations but no euros
    # (the sum's receiver is named in its "in aid" phrase: "to Chad")
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("LONDON", "Britain sent a frigate to the Red Sea on Monday.", ("MOBILIZE", "sent", "GBR", None)),
    ("MOSCOW", "Russia moved two corvettes to the Black Sea on Monday.", ("MOBILIZE", "moved", "RUS", None)),
    ("NEW DELHI", "India positioned two frigates off the Maldives on Monday.", ("MOBILIZE", "positioned", "IND", "MDV")),
])
def test_what_one_verb_of_moving_forces_moves_the_others_can(city, sentence, expected):
    # "move" knew frigates and "dispatch" corvettes, but "send" no frigate, "move" no corvette, "position" no frigate
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("CAIRO", "Egypt eased the tariff on Sudanese cattle on Monday.", ("CONCEDE", "eased", "EGY", "SDN")),
    ("ACCRA", "Ghana dropped the duty on Nigerian cement on Monday.", ("CONCEDE", "dropped", "GHA", "NGA")),
])
def test_what_one_verb_of_easing_eases_the_others_can(city, sentence, expected):
    # "relax" and "waive" knew tariffs and duties; "ease" had no row of easing a measure, "drop" no duty
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


@pytest.mark.parametrize("sentence", [
    "Kenya halted the summit with Somalia on Monday.",  # a summit stopped is no measure (except=)
    "Britain dispatched an officer to the embassy on Monday.",  # an officer sent is no force moved (except=)
    "Germany transferred two tanks to its base in Lithuania on Monday.",  # weapons moved are no aid (except=)
])
def test_words_a_family_keeps_to_itself_are_not_shared(sentence):
    assert [e for e in analyzed_events(story("CITY", sentence)) if e[0] in ("SANCTION", "MOBILIZE", "AID")] == []


def test_a_family_shares_objects_and_gives_a_row_to_a_verb_with_none():
    lexicon = Lexicon(parse_lexicon([
        "verb\tcancel\tSANCTION\t0.7\tobjects=visa|flight",
        "object\tsuspend licence\tSANCTION\t0.8",
        "verb\tsuspend\tSANCTION\t0.7\tobjects=aid",
        "family\tcancel suspend pause\tSANCTION\t0.5\texcept=flight",
    ]), {})
    objects = {verb: next(e.objects for e in lexicon.verbs[verb] if e.type == "SANCTION") for verb in ("cancel", "suspend", "pause")}
    assert objects == {"cancel": {"visa", "flight", "licence", "aid"}, "suspend": {"aid", "visa", "licence"},
                       "pause": {"visa", "licence", "aid"}}
    assert next(e.confidence for e in lexicon.verbs["pause"]) == 0.5
    assert "paused" in lexicon.verb_forms


def test_the_shipped_families_reach_their_verbs():
    assert any("scholarship" in e.objects for e in LEXICON.verbs["suspend"] if e.type == "SANCTION")
    assert any("tent" in e.objects for e in LEXICON.verbs["dispatch"] if e.type == "AID")


@pytest.mark.parametrize("line", ["family\tsuspend\tSANCTION\t0.6", "family\tsuspend halt\tSANCTION\t0.6\texcept="])
def test_a_family_of_one_verb_or_an_empty_except_is_refused(line):
    with pytest.raises(LexiconError):
        parse_lexicon([line])


# --------------------------------------------------------------------------- units of forces


@pytest.mark.parametrize(("city", "sentence", "expected"), [
    ("BANGUI", "The UN mission sent a company of Zambian peacekeepers to Bria on Monday.",
     ("AID", "sent a company of Zambian peacekeepers", "IGO", "CAF")),
    ("N'DJAMENA", "Chad sent two platoons of soldiers to the border with Sudan on Monday.",
     ("MOBILIZE", "sent two platoons of soldiers", "TCD", "SDN")),
])
def test_a_unit_of_forces_is_the_forces_it_counts(city, sentence, expected):
    # "a company of peacekeepers", "two platoons of soldiers": the unit was read as the thing sent, which no row names
    assert analyzed_on(story(city, sentence), expected[1]) == [expected]


# --------------------------------------------------------------------------- harm told in a relative clause


def test_a_comma_relative_clause_dated_to_a_day_tells_the_harm():
    # "who was detained … on Saturday" was a description of the journalist, not the news
    text = "Freed\n\nThe Dutch journalist, who was detained by Egyptian police on Saturday, was released on Monday.\n"
    assert analyzed_on(text, "detained") == [("COERCE", "detained", "EGY", "NLD")]


def test_a_comma_relative_clause_dated_to_a_year_still_describes():
    text = "Freed\n\nThe activist, who was jailed by Egypt in 2019, was released on Monday.\n"
    assert analyzed_on(text, "jailed") == []


def test_who_is_held_in_a_relative_clause_is_its_antecedent_and_the_holder_where_it_was():
    # "who had been detained at Cairo airport": "who" is no party, and no agent is named: Egypt held him there
    text = ("Freed\n\nCAIRO - Egyptian police on Monday released Joris van Dijk, a Dutch journalist who had been "
            "detained at Cairo airport on Saturday.\n")
    assert analyzed_on(text, "detained") == [("COERCE", "detained", "EGY", "NLD")]


def test_people_arrested_in_a_state_by_no_one_named_are_held_by_that_state():
    assert analyzed_on("Arrests\n\nTwo Dutch journalists were arrested in Iran last week.\n", "arrested") == [
        ("COERCE", "arrested", "IRN", "NLD")]


# --------------------------------------------------------------------------- a country's name read as a first name


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Recall\n\nOn Monday, Chad recalled its ambassador from Niger.\n", "recalled", ("SANCTION", "recalled", "TCD", "NER")),
    ("Convoy\n\nJordan condemned the attack on the Syrian convoy on Monday.\n", "condemned", "JOR"),
])
def test_a_lone_country_name_the_tagger_calls_a_person_is_the_country(text, trigger, expected):
    found = analyzed_on(text, trigger)
    assert (found == [expected]) if isinstance(expected, tuple) else [e[2] for e in found] == [expected]
