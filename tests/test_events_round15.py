"""Round 15 of the event coder, chosen from the error-kind census of the blind sets (actors and targets
with no country, missed sanctions) and studied on the development sets (docs/events.md, rule 33), and
the resolver repair it needed.

Every sentence here was written for these tests; none is in bench/events_sentences, a development
article or a blind set.
"""

from __future__ import annotations

from newsgraph.extract.entities import extract_entities

from .events_support import code, coded  # noqa: F401  (code is a fixture)


def test_unnamed_people_take_the_country_of_the_story_in_any_event(code):
    text = "PORT-AU-PRINCE, March 3 (Island Wire) — Armed gangs lifted their blockade of the coastal road on Sunday."
    assert [(t, a) for t, a, _ in coded(code(text), "lifted")] == [("RETREAT", "HTI")]
    text = "MAPUTO, Oct 2 (Indian Ocean Wire) — The African Union urged all parties to settle their disputes in the courts."
    assert coded(code(text), "urged") == [("REQUEST", "IGO", "MOZ")]
    text = "HARARE, May 4 (Zambezi Wire) — Striking nurses rejected the offer on Tuesday."
    assert [a for _, a, _ in coded(code(text), "rejected")] == ["ZWE"]


def test_unnamed_states_and_forces_take_no_country_from_the_story(code):
    text = "PORT-AU-PRINCE, March 3 (Island Wire) — Several countries have promised police officers but sent none."
    assert [a for _, a, _ in coded(code(text), "promised")] == [None]


def test_closing_markets_to_a_neighbours_traders_is_a_sanction(code):
    assert coded(code("Rwanda closed its border markets to Ugandan traders on Monday."), "closed") == [("SANCTION", "RWA", "UGA")]


def test_a_fee_imposed_on_a_neighbours_lorries_is_a_sanction_and_a_fuel_tax_is_none(code):
    assert coded(code("Uzbekistan imposed a new transit fee on Tajik lorries."), "imposed") == [("SANCTION", "UZB", "TJK")]
    assert not [e for e in code("The government imposed a new tax on diesel and petrol.") if "imposed" in e.trigger.text]


def test_halting_departures_to_a_state_and_withdrawing_accreditation_are_sanctions(code):
    assert coded(code("Nepal suspended departures of construction workers to Qatar."), "suspended") == [("SANCTION", "NPL", "QAT")]
    text = "Ethiopia withdrew the accreditation of three Kenyan reporters on Friday."
    assert coded(code(text), "withdrew") == [("SANCTION", "ETH", "KEN")]


def test_a_kind_of_union_is_a_new_body_and_the_union_takes_one_up(parse):
    text = ("The National Union of Teachers backed the strike. A farmers' union in Kisumu opposed it. "
            "The Coastal Fishers' Union stayed silent. The union said it would march on Friday.")
    mentions = {e.name: [m.text for m in e.mentions] for e in extract_entities(parse(text)).entities()}
    teachers = mentions["National Union of Teachers"]
    assert "A farmers' union" not in teachers and not any("Fishers" in m for m in teachers)
    # "The Coastal Fishers' Union" is a name, a new body (kept whole since attribution round 20), and the last
    # union named: "The union" takes it up (docs/entities.md, organisation nouns)
    assert "The union" in mentions["Coastal Fishers' Union"]


def test_a_countrys_party_or_chamber_acts_where_the_story_is_set(code):
    text = ("TIRANA, Nov 2 (Adriatic Wire) — Albania banned the import of Greek olive oil on Monday. "
            "The opposition Democratic Alliance criticised the decision. The Chamber of Commerce condemned the ban.")
    events = code(text)
    assert coded(events, "criticised") == [("ACCUSE", "ALB", "ALB")]
    assert coded(events, "condemned") == [("ACCUSE", "ALB", "ALB")]


def test_a_union_at_home_criticises_its_own_governments_act(code):
    text = ("ACCRA, Jan 5 (Gulf of Guinea Wire) — Ghana banned the sale of Togolese cement in its markets on Monday. Togo "
            "summoned Ghana's ambassador and threatened to close the Aflao crossing. A builders' union in Accra criticised "
            "the ban, saying prices would rise.")
    assert coded(code(text), "criticised") == [("ACCUSE", "GHA", "GHA")]


def test_a_state_still_does_not_react_to_its_own_act(code):
    text = "Ghana banned imports of Togolese cement on Monday. Togo condemned the ban. Ghana's president defended the ban."
    assert coded(code(text), "condemned") == [("ACCUSE", "TGO", "GHA")]


def test_a_venue_abroad_places_no_one(code):
    events = code("The two sides signed an agreement in Nairobi on Tuesday.")
    assert [a for _, a, _ in coded(events, "signed")] == [None]


def test_an_answer_promised_unless_a_condition_is_met_is_an_ultimatum(code):
    assert coded(code("NATO will respond unless Russia withdraws its troops from the border."), "respond") == [("THREATEN", "IGO", "RUS")]
    assert not [e for e in code("If Serbia attacks Kosovo, the alliance will respond, its chief said.") if e.trigger.text == "respond"]


def test_an_accusation_made_to_depend_on_the_other_side_is_a_threat(code):
    text = "Ghana said it would accuse Togo at the regional court unless Lome reopened the Aflao crossing."
    assert [t for t, _, _ in coded(code(text), "accuse")] == ["THREATEN"]
