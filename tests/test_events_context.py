"""Countries and targets an event takes from the rest of its article: roundup headings, pronouns,
"the court" after its name, offices in what someone reports, reactions to an earlier act, "both
countries", statements that act for their issuer; and the trigger patterns added with them.

Every sentence here was written for these tests (docs/events.md, "Country codes" and rules
19-22).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .events_support import code, on_trigger as _on  # noqa: F401  (code is a fixture)


def _codes(event):
    return (event.actor.country if event.actor else None, event.target.country if event.target else None)


# ------------------------------------------------------------------ roundups and places


ROUNDUP = """Regional roundup

LUSAKA, May 4 (Plains Wire) — The main developments of the day.

GHANA

The police chief said officers had detained 12 men near the port.

TOGO

The interior minister said officers had detained 30 students.
"""


def test_a_roundup_heading_is_the_home_of_its_section(code):
    detained = _on(code(ROUNDUP), "detained")
    assert [e.actor.country for e in detained] == ["GHA", "TGO"]


def test_a_heading_naming_two_states_gives_its_section_no_home(code):
    text = "Roundup\n\nLUSAKA, May 4 (Plains Wire) — News.\n\nGHANA / TOGO\n\nThe police chief detained 12 men.\n"
    assert _on(code(text), "detained")[0].actor.country is None


def test_a_resolved_title_in_another_section_does_not_lend_its_country(code):
    text = ("Roundup\n\nLUSAKA, May 4 (Plains Wire) — News.\n\nGHANA\n\nGhanaian Finance Minister Kofi Adjei resigned.\n\n"
            "TOGO\n\nThe opposition accused the minister of lying. The minister denied wrongdoing.\n")
    accused = _on(code(text), "accused")[0]
    assert _codes(accused) == ("TGO", "TGO")


def test_a_city_that_is_no_capital_places_people_and_datelines(code):
    events = code("Police arrested 40 demonstrators in Karachi on Monday.")
    assert _codes(_on(events, "arrested")[0]) == ("PAK", "PAK")
    events = code("Storm\n\nLAGOS, May 4 (Plains Wire) — The police chief said officers had detained 12 men.")
    assert _on(events, "detained")[0].actor.country == "NGA"


# ------------------------------------------------------------------ who a phrase stands for, reactions


def _cases(name):
    """Rows of a fixture table: (what the case shows, text, trigger, (actor, target countries))."""
    rows = []
    for line in (Path(__file__).resolve().parent / "fixtures" / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            shows, text, trigger, actor, target = line.split("\t")
            rows.append(pytest.param(text.replace("\\n", "\n"), trigger, (None if actor == "-" else actor, None if target == "-" else target), id=shows))
    return rows


@pytest.mark.parametrize(("text", "trigger", "codes"), _cases("events_context.tsv"))
def test_countries_from_the_rest_of_the_text(code, text, trigger, codes):
    assert _codes(_on(code(text), trigger)[0]) == codes


# ------------------------------------------------------------------ pairs and materiel


def test_both_countries_are_the_last_pair_of_states_named(code):
    events = code("China offered to mediate between Pakistan and Afghanistan. It urged both countries to talk.")
    assert {_codes(e) for e in _on(events, "urged")} == {("CHN", "PAK"), ("CHN", "AFG")}


def test_a_both_with_three_states_before_it_is_not_resolved(code):
    events = code("Egypt, Ethiopia and Sudan share the Nile. Kenya urged both countries to talk.")
    assert {_codes(e) for e in _on(events, "urged")} == {("KEN", None)}


def test_mentions_that_disagree_give_the_nearest_country_before(code):
    text = ("MANILA, Nov 21 (Archipelago Wire) — The Department of Foreign Affairs summoned the Chinese ambassador, "
            "a spokeswoman said. China's foreign ministry urged the Philippines to stop. "
            "Tokyo's foreign ministry called on all parties to show restraint.")
    events = code(text)
    assert [_on(events, word)[0].actor.country for word in ("summoned", "urged", "called on")] == ["PHL", "CHN", "JPN"]


def test_coordinated_demonyms_in_a_title_are_two_parties(code):
    events = _on(code("The Thai and Cambodian defence ministers met in Bangkok."), "met")
    assert sorted(_codes(e) for e in events) == [("KHM", "THA"), ("THA", "KHM")]


def test_parties_of_a_symmetric_act_are_not_aimed_at_its_place(code):
    text = "ISLAMABAD, Nov 14 (Indus News Service) — Pakistani and Afghan forces exchanged fire at the Torkham crossing."
    assert sorted(_codes(e) for e in _on(code(text), "exchanged")) == [("AFG", "PAK"), ("PAK", "AFG")]


# ------------------------------------------------------------------ statements and clauses


def test_a_statement_acts_for_its_issuer(code):
    text = ("Leaders of ASEAN ended their summit with a joint communique that called on Myanmar's junta to stop air strikes. "
            "The statement also condemned attacks on shipping.")
    events = code(text)
    assert _codes(_on(events, "called on")[0]) == ("IGO", "MMR")
    assert _on(events, "condemned")[0].actor.country == "IGO"


def test_a_verb_coordinated_with_a_governing_verb_is_coded_on_its_own(code):
    events = code("Guyana asked the Council to meet, and Brazil accused Caracas of lying.")
    assert {e.type for e in events} == {"REQUEST", "ACCUSE"}


def test_a_verb_coordinated_with_a_governed_one_is_governed_too(code):
    events = code("Iran threatened to attack and destroy the base.")
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "codes"),
    [
        ("Pakistan summoned the Afghan charge d'affaires.", "summoned", "ACCUSE", ("PAK", "AFG")),
        ("Mali suspended the French broadcaster Radio Horizon.", "suspended", "COERCE", ("MLI", "FRA")),
        ("A Chinese ship rammed a Philippine escort.", "rammed", "ASSAULT", ("CHN", "PHL")),
        ("Malaysia sent an envoy to Myanmar.", "sent", "CONSULT", ("MYS", "MMR")),
        ("Ecuador complied with Mexico's demands.", "complied", "CONCEDE", ("ECU", "MEX")),
        ("Hamas vowed revenge against Israel.", "vowed", "THREATEN", ("PSE", "ISR")),
        ("Iran gave Israel a deadline to withdraw.", "gave", "THREATEN", ("IRN", "ISR")),
        ("Moscow brushed aside Kyiv's demands.", "brushed", "REJECT", ("RUS", "UKR")),
        ("The group captured Sake.", "captured", "ASSAULT", (None, None)),
        ("The Ugandan government ordered two radio stations off the air.", "ordered", "COERCE", ("UGA", None)),
        ("In Nairobi, traders' associations staged a protest outside the governor's house.", "staged", "PROTEST", ("KEN", "KEN")),
    ],
)
def test_pattern_additions(code, text, trigger, type_, codes):
    event = _on(code(text), trigger)[0]
    assert (event.type, _codes(event)) == (type_, codes)
