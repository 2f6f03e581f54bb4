"""Main events of an article (docs/events.md rule 23): background history, conditions, yes/no
questions and states of things are not coded; a repeated mention is folded into one event;
confidence follows salience; and the patterns added with them (CONSULT, ASSAULT, SANCTION,
THREATEN, MOBILIZE).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.times import extract_times

from .events_support import code, on_trigger  # noqa: F401  (code is a fixture)

PUBLISHED = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def code_dated(parse):
    """Code a text with its time expressions and quotes, as the pipeline does."""

    def run(text):
        doc = parse(text)
        entities = extract_entities(doc)
        return extract_events(doc, entities, extract_times(doc, PUBLISHED), extract_quotes(doc, entities))

    return run


def _codes(event):
    return (event.actor.country if event.actor else None, event.target.country if event.target else None)


def _types(events, word):
    return [e.type for e in events if word in e.trigger.text]


# ------------------------------------------------------------------ background history


def test_an_event_dated_by_an_earlier_year_is_background(code_dated):
    events = code_dated("Armenian troops shelled an Azerbaijani post on Saturday. "
                        "Azerbaijan closed its border with Armenia in 2024.")
    assert _types(events, "shelled") == ["ASSAULT"]
    assert _types(events, "closed") == []


def test_an_event_told_in_a_clause_on_an_earlier_year_is_background(code_dated):
    events = code_dated("Sudanese jets bombed the town of Raja on Sunday. It was the worst incident "
                        "since 2012, when Sudan attacked the Heglig oilfield.")
    assert _types(events, "bombed") == ["ASSAULT"]
    assert _types(events, "attacked") == []


def test_an_event_compared_with_an_earlier_year_stays(code_dated):
    events = code_dated("Israel launched its heaviest strikes on Lebanon since 2006 on Sunday.")
    assert "ASSAULT" in [e.type for e in events]


def test_without_days_a_year_is_not_background(code_dated):
    # a lone sentence gives no year of its own to compare with
    events = code_dated("Azerbaijan closed its border with Armenia in 2024.")
    assert _types(events, "closed")


# ------------------------------------------------------------------ what is not asserted


def test_the_condition_of_a_threat_is_not_an_event(code):
    assert _types(code("Kyrgyz forces attacked Tajik villages."), "attacked") == ["ASSAULT"]
    events = code("Tajik Foreign Minister Rustam Nazarov warned of serious consequences if Kyrgyz forces attacked Tajik villages.")
    assert _types(events, "attacked") == []
    assert _types(events, "warned") == ["THREATEN"]


def test_a_yes_no_question_asserts_nothing(code):
    assert _types(code("Turkey will attack Syria."), "attack") == ["THREATEN"]
    assert code("Would Turkey attack Syria?") == ()


def test_a_question_opening_with_a_main_verb_be_asserts_nothing(code):
    assert _types(code("Iran is about to strike Israel."), "strike") == ["ASSAULT"]
    assert code("Is Iran about to strike Israel?") == ()


def test_a_wh_question_presupposes_its_event(code):
    assert _types(code("Why did Russia attack Ukraine?"), "attack") == ["ASSAULT"]


def test_a_sibling_clause_after_a_condition_is_still_asserted(code):
    events = code("Tajik Foreign Minister Rustam Nazarov warned of serious consequences if Kyrgyz forces "
                  "crossed into the disputed zone and accused Bishkek of provoking the clash.")
    assert _types(events, "accused") == ["ACCUSE"]


# ------------------------------------------------------------------ repeated mentions


def test_a_participle_of_the_same_type_is_the_same_event(code):
    events = code("Sudanese warplanes bombed the South Sudanese town of Raja, killing 11 civilians and wounding 20.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert _codes(events[0]) == ("SDN", "SSD")


def test_a_participle_of_another_type_stays(code):
    events = code("Police arrested 46 demonstrators in Kampala, accusing them of looting shops.")
    assert sorted(e.type for e in events) == ["ACCUSE", "COERCE"]


def test_a_definite_event_noun_takes_up_the_earlier_event(code):
    once = "The morning began quietly. Residents went to the market. Sudanese warplanes bombed the South Sudanese town of Raja."
    events = code(once + " Residents said the bombing of Raja had lasted an hour.")
    assert [e.trigger.text for e in events] == ["bombed"]
    assert events[0].confidence > code(once)[0].confidence


def test_two_acts_of_one_type_between_the_same_states_stay_two(code):
    events = code("Afghan fighters opened fire on a Pakistani checkpoint. Pakistani artillery destroyed two Afghan posts.")
    assert [e.type for e in events] == ["ASSAULT", "ASSAULT"]


def test_the_body_tells_the_headline_event(code):
    events = code("UN Security Council extends arms embargo on Sudan\n\n"
                  "The Council voted on Thursday to extend the embargo on Sudan for another year.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 1
    assert sanctions[0].trigger.start > sanctions[0].sentence.start > 0


def test_two_parties_of_one_state_give_one_event_but_a_pair_two_directions(code):
    events = code("The African Union will host talks between the Sudanese army and the Sudanese Rapid Support Forces.")
    assert len([e for e in events if "host" in e.trigger.text]) == 1
    pair = code("The federal government and Amhara regional officials of Ethiopia held talks in Bahir Dar.")
    assert len(on_trigger(pair, "held talks")) == 2


# ------------------------------------------------------------------ salience


def test_the_lead_is_more_confident_than_the_same_event_later(code):
    lead = code("Police arrested 12 students in Nairobi on Monday.")
    later = code("The day was quiet. Shops opened late. Police arrested 12 students in Nairobi on Monday.")
    assert lead[0].confidence > later[0].confidence


def test_an_event_with_no_coded_party_is_less_confident(code):
    placed = on_trigger(code("Kenyan police arrested 12 students."), "arrested")[0]
    unplaced = on_trigger(code("The guards arrested 12 students."), "arrested")[0]
    assert unplaced.confidence < placed.confidence


# ------------------------------------------------------------------ datelines and patterns


def test_a_dateline_date_taken_for_the_subject_leaves_the_real_one(code):
    events = code("BISHKEK, Nov 22 (Central Asia Report) — Kyrgyz and Tajik border guards exchanged fire on Saturday near the Batken region.")
    assert sorted(_codes(e) for e in on_trigger(events, "exchanged fire")) == [("KGZ", "TJK"), ("TJK", "KGZ")]


@pytest.mark.parametrize(("text", "word", "type_", "codes"), [
    ("Gunmen seized four Turkish engineers at a construction site.", "seized", "ASSAULT", (None, "TUR")),
    ("Police seized 40 tonnes of fuel from the depot in Kenya.", "seized", "COERCE", None),
    ("Tajikistan moved armoured vehicles and 300 troops towards the Kyrgyz border.", "moved", "MOBILIZE", ("TJK", "KGZ")),
    ("South Sudan suspended a joint committee on oil transit fees with Sudan.", "suspended", "SANCTION", ("SSD", "SDN")),
    ("Hungary blocked a decision on the sanctions package.", "blocked", "REJECT", ("HUN", None)),
    ("Algeria asked the UN Security Council to meet. Egypt urged the Council to act.", "urged", "REQUEST", ("EGY", "IGO")),
    ("Pakistan said it would respond to any Indian aggression.", "respond", "THREATEN", ("PAK", "IND")),
    ("Pakistani troops responded to the Afghan attack with artillery fire.", "responded", "ASSAULT", None),
])
def test_patterns(code, text, word, type_, codes):
    event = on_trigger(code(text), word)[0]
    assert event.type == type_
    if codes is not None:
        assert _codes(event) == codes


# ------------------------------------------------------------------ counterfactuals and habits


def test_a_counterfactual_did_not_happen(code):
    assert _types(code("Moscow supported a shorter extension."), "supported") == ["SUPPORT"]
    assert code("Moscow would have supported a shorter extension.") == ()


def test_an_act_going_on_for_months_is_a_state_of_things(code):
    assert _types(code("The paramilitary group shelled displacement camps around El Fasher."), "shelled") == ["ASSAULT"]
    assert code("The paramilitary group had shelled displacement camps around El Fasher for months.") == ()


def test_a_present_perfect_summing_up_the_past_is_background(code):
    assert len(on_trigger(code("Angola mediated between Congo and Rwanda."), "mediated")) == 2
    assert code("Angola has mediated between Congo and Rwanda for two years.") == ()


def test_a_counted_duration_or_a_repeated_act_is_still_an_event(code):
    assert _types(code("Mali suspended the French broadcaster Radio Horizon for three months."), "suspended") == ["COERCE"]
    assert _codes(on_trigger(code("Pakistan had repeatedly asked Kabul to stop the militants."), "asked")[0]) == ("PAK", "AFG")


def test_a_verb_judging_its_object_is_not_a_light_verb(code):
    assert _types(code("The EU envoy called the fighting between Armenia and Azerbaijan deeply worrying."), "fighting") == []


def test_the_two_leaders_are_the_last_pair_of_states(code):
    events = code("Indian Prime Minister Arun Mehta held talks with Japanese Prime Minister Kenji Morita in Tokyo. "
                  "The two leaders met for two hours.")
    assert sorted(_codes(e) for e in on_trigger(events, "met")) == [("IND", "JPN"), ("JPN", "IND")]


def test_answering_questions_is_no_response_in_arms(code):
    assert code("The minister responded to questions from reporters.") == ()


def test_rejecting_the_resolution_answers_its_author(code):
    events = code("The UN Security Council imposed an arms embargo on Sudan on Thursday. "
                  "Sudan's ambassador said his government rejected the resolution.")
    assert _codes(on_trigger(events, "rejected")[0]) == ("SDN", "IGO")


def test_a_consultation_needs_a_partner(code):
    assert code("The European Union is discussing a similar package.") == ()
    events = code("Algerian intelligence officers met the kidnappers' envoys in October.")
    assert [e.type for e in events] == ["CONSULT"] and events[0].target is not None
    assert _codes(on_trigger(code("The Kenyan president received the Ethiopian envoy in Nairobi."), "received")[0]) == ("KEN", "ETH")


def test_the_heads_of_the_two_services_are_the_last_pair(code):
    events = code("Kyrgyz and Tajik border guards exchanged fire on Saturday. "
                  "Late on Saturday the heads of the two border services agreed by telephone to a ceasefire.")
    assert sorted(_codes(e) for e in on_trigger(events, "agreed")) == [("KGZ", "TJK"), ("TJK", "KGZ")]
