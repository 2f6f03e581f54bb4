"""Round 11 of the event coder, from the errors of the five burned blind sets (docs/events.md, rule 29).

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

import pytest

from newsgraph import analyze

from .events_support import code, coded  # noqa: F401  (code is a fixture)


def test_a_past_tense_verb_after_a_reported_future_is_the_speakers_act(code):
    # the parser hangs "called on" on the reported "would raise"; the minister calls, not the tariff
    text = ("Kenya's trade minister, Rose Wanjiku, said the tariff would raise prices in every market "
            "and called on Kampala to lift it.")
    assert coded(code(text), "called") == [("REQUEST", "KEN", "UGA")]


def test_a_past_tense_verb_after_a_to_infinitive_is_the_callers_act(code):
    # "accused" is no part of what the government is asked to do
    text = "BUDAPEST - Opposition leader Tomas Varga called on the government to drop the bill and accused Romania of meddling."
    assert coded(code(text), "accused") == [("ACCUSE", "HUN", "ROU")]


def test_a_second_clause_joined_by_and_is_not_refused():
    # the parser makes "summoned" a complement of "refused"; with the whole pipeline for the ministry's country
    text = ("Moldova has refused to extradite Ion Rusu, the Balti wine trader wanted in Romania for a 9-million-euro "
            "fraud, and the foreign ministry in Bucharest summoned the Moldovan ambassador on Tuesday in protest.")
    assert coded(analyze(text).events, "summoned") == [("ACCUSE", "ROU", "MDA")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a high commissioner is summoned as an ambassador is: a protest
    ("Ghana's foreign ministry summoned Nigeria's deputy high commissioner on Tuesday over the deportations.",
     "summoned", [("ACCUSE", "GHA", "NGA")]),
    # a protest note handed over on its own
    ("Peru handed Ecuador a formal protest note on Friday.", "handed", [("ACCUSE", "PER", "ECU")]),
    ("Chile sent Argentina a note of protest over the flights.", "sent", [("ACCUSE", "CHL", "ARG")]),
])
def test_summoned_commissioners_and_protest_notes(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_a_protest_note_handed_with_a_summons_is_the_summons(code):
    events = code("Latvia's foreign ministry summoned the Belarusian ambassador and handed him a protest note.")
    assert [(e.type, e.trigger.text.split()[0]) for e in events] == [("ACCUSE", "summoned")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Armenia and Azerbaijan exchanged 40 prisoners on Sunday after mediation by Qatar.",
     "mediation", [("CONSULT", "QAT", "ARM"), ("CONSULT", "QAT", "AZE")]),
    ("Ethiopia and Eritrea agreed to reopen the border, in a deal brokered by Kenya.",
     "brokered", [("CONSULT", "KEN", "ERI"), ("CONSULT", "KEN", "ETH")]),
    # a pair of one state's parties: one event for that state
    ("Mali's government and the rebel Azawad Coordination signed a truce in Algiers after weeks of talks mediated by Algeria.",
     "mediated", [("CONSULT", "DZA", "MLI")]),
])
def test_a_mediation_beside_the_act_it_brought_about(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_a_mediation_by_an_aid_organisation_is_no_consult(code):
    events = code("Rebels released nine Colombian soldiers in a handover mediated by the Red Cross.")
    assert not [e for e in events if "mediated" in e.trigger.text]


def test_a_mediation_with_no_coded_act_beside_it_is_not_coded_this_way(code):
    events = code("The talks, mediated by Qatar, have stalled for months.")
    assert not [e for e in events if "mediated" in e.trigger.text and e.target is not None]


def test_a_targetless_headline_event_the_body_tells_with_a_target_is_dropped(code):
    text = ("Japan and Paraguay sign soy and power deals during state visit\n\n"
            "ASUNCION, March 3, 2026 - By Ana Benitez, River Plate Times\n\n"
            "Japan's prime minister arrived on Thursday for the first state visit in a decade, and by evening the two "
            "governments had signed six agreements worth an estimated $1 billion.\n")
    events = code(text)
    assert not [e for e in events if "deals" in e.trigger.text]
    assert coded(events, "signed") == [("SUPPORT", "JPN", "PRY"), ("SUPPORT", "PRY", "JPN")]


def test_the_two_governments_are_the_states_that_dealt_with_each_other(code):
    text = ("Morocco's foreign ministry summoned Algeria's ambassador on Monday. Moroccan students protested outside the "
            "Algerian consulate in Oujda. The two governments are due to hold talks next month.")
    events = [e for e in code(text) if "talks" in e.trigger.text]
    assert sorted((e.actor.name, e.target.name) for e in events) == [
        ("Algeria's ambassador", "Morocco's foreign ministry"), ("Morocco's foreign ministry", "Algeria's ambassador")]


def test_a_participle_describing_a_noun_is_not_what_is_promised(code):
    events = code("Niger's government promised an amnesty for fighters not accused of war crimes.")
    assert [t for t, _, _ in coded(events, "promised")] == ["AGREE"]


def test_spoke_to_a_counterpart_is_consult(code):
    text = "Foreign Minister Jan Lipavsky of the Czech Republic said he had spoken to his Slovak counterpart by telephone."
    assert coded(code(text), "spoken") == [("CONSULT", "CZE", "SVK")]


def test_welcoming_the_deal_answers_who_signed_the_agreement(code):
    text = ("Sudan's army and South Sudan's government signed a transit agreement in Addis Ababa on Friday. "
            "The African Union welcomed the deal on Saturday.")
    targets = {target for _, _, target in coded(code(text), "welcomed")}
    assert targets and targets <= {"SDN", "SSD"}


def test_the_it_of_what_a_company_says_is_the_company():
    # with the whole pipeline: the resolver takes "it" for Tanzania; the company says what it did
    text = ("DODOMA, May 3 (Dar Wire) - Tanzania has revoked the mining licence of the Australian company Kibo "
            "Resources, and the company said on Tuesday it had filed for international arbitration.")
    assert coded(analyze(text).events, "filed") == [("ACCUSE", "AUS", "TZA")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Norway banned Russian trawlers from its waters on Monday. Russia dismissed the decision as illegal.",
     "dismissed", [("REJECT", "RUS", "NOR")]),
    ("Kazakhstan expelled a Kyrgyz consular officer on Wednesday.", "expelled", [("SANCTION", "KAZ", "KGZ")]),
])
def test_dismissed_decisions_and_expelled_consular_officers(code, text, word, expected):
    assert coded(code(text), word) == expected


def test_a_protest_at_a_ban_is_aimed_at_who_imposed_it():
    # with the whole pipeline: the dateline's Nepal is only where the story is filed
    text = ("KATHMANDU, May 2 (Valley Wire) - India banned exports of onions on Friday. Nepali traders blocked the "
            "highway at Birgunj on Sunday in protest at the ban.")
    assert coded(analyze(text).events, "blocked") == [("PROTEST", "NPL", "IND")]


def test_a_protest_outside_a_foreign_mission_keeps_its_target(code):
    text = ("Mauritania seized three Senegalese boats on Monday. Fishermen's families demonstrated outside the "
            "Mauritanian embassy in Dakar in protest at the seizure.")
    assert [target for _, _, target in coded(code(text), "demonstrated")] == ["MRT"]
