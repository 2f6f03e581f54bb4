"""Events in whole articles: the dateline's country, coordinated and reciprocal parties, the EU as
"the bloc", governed acts, figurative fights, and the dev articles of bench/events_dev and events_dev2.

Every sentence here was written for these tests (docs/events.md, "Country codes" and rules 1 and 8).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.extract.countries import dateline_country, dateline_end, find_countries

from .events_support import code, on_trigger  # noqa: F401  (code is a fixture)

DEV = Path(__file__).resolve().parent.parent / "bench" / "events_dev"
DEV2 = Path(__file__).resolve().parent.parent / "bench" / "events_dev2"
DEV3 = Path(__file__).resolve().parent.parent / "bench" / "events_dev3"


_by_trigger = on_trigger


def _pairs(events):
    return {(e.actor.country if e.actor else None, e.target.country if e.target else None) for e in events}


# ------------------------------------------------------------------ the dateline


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Storm hits coast\n\nACCRA, May 3 (Gulf Wire) — Rain fell.", "GHA"),
        ("Storm hits coast\n\nPORT-AU-PRINCE, 3 May 2026 — Rain fell.", "HTI"),
        ("Storm hits coast\n\nBRUSSELS, May 3 (Gulf Wire) — Rain fell.", None),  # speaks for the EU: no nationality
        ("Storm hits coast\n\nSPRINGFIELD, May 3 — Rain fell.", None),  # a place the gazetteer does not know
        ("Storm hits coast\n\nKUMASI, Ghana, May 3 — Rain fell.", "GHA"),  # ... but whose country the dateline names
        ("The PRESIDENT, Mr Ofori, spoke on Monday.", None),
    ],
)
def test_dateline_country(text, code_):
    assert dateline_country(text) == code_


def test_dateline_end_is_after_the_dash():
    text = "Storm hits coast\n\nACCRA, May 3 (Gulf Wire) — Rain fell."
    assert text[dateline_end(text):] == "Rain fell."
    assert dateline_end("Rain fell on Accra.") == 0


def test_a_national_office_takes_the_dateline_country(code):
    text = ("Rallies banned\n\nACCRA, May 3 (Gulf Wire) — Interior Minister Kofi Mensah banned all rallies on Monday. "
            "The police chief accused opposition leaders of planning riots.")
    events = code(text)
    ban = _by_trigger(events, "banned")[0]
    assert (ban.type, ban.actor.country) == ("COERCE", "GHA")
    accuse = _by_trigger(events, "accused")[0]
    assert (accuse.type, accuse.actor.country, accuse.target.country) == ("ACCUSE", "GHA", "GHA")


def test_without_a_dateline_an_office_has_no_country(code):
    events = code("Interior Minister Kofi Mensah banned all rallies on Monday.")
    assert _by_trigger(events, "banned")[0].actor.country is None


def test_a_foreign_named_person_keeps_what_the_text_says(code):
    text = "Talks held\n\nACCRA, May 3 (Gulf Wire) — Togolese Foreign Minister Ama Dogbe praised Ghana on Monday."
    event = _by_trigger(code(text), "praised")[0]
    assert (event.actor.country, event.target.country) == ("TGO", "GHA")


def test_a_brussels_dateline_gives_no_country_to_officials(code):
    text = "Ministers meet\n\nBRUSSELS, May 3 (Gulf Wire) — Foreign Minister Jan Novak thanked the bloc on Monday."
    event = _by_trigger(code(text), "thanked")[0]
    assert (event.actor.country, event.target.country) == (None, "IGO")


def test_the_dateline_place_is_never_the_subject(code):
    text = "Border pact\n\nACCRA, May 3 (Gulf Wire) — Ghana and Togo signed a border treaty on Friday."
    events = _by_trigger(code(text), "signed")
    assert _pairs(events) == {("GHA", "TGO"), ("TGO", "GHA")}
    assert all(e.actor.name != "ACCRA" for e in events)


def test_unplaced_protesters_are_where_the_story_is_filed(code):
    text = "Fuel protest\n\nACCRA, May 3 (Gulf Wire) — Protesters blocked roads near the central market on Monday."
    event = _by_trigger(code(text), "blocked")[0]
    assert (event.type, event.actor.country) == ("PROTEST", "GHA")


def test_an_unplaced_material_event_with_no_target_acts_on_the_dateline_country(code):
    text = "Aid pledged\n\nACCRA, May 3 (Gulf Wire) — Canada pledged to send food aid on Monday. Norway donated 40 tonnes of rice."
    events = code(text)
    donated = _by_trigger(events, "donated")[0]
    assert (donated.type, donated.actor.country, donated.target.country) == ("AID", "NOR", "GHA")
    assert text[donated.target.start:donated.target.end] == "ACCRA"
    consult = code("Talks held\n\nACCRA, May 3 (Gulf Wire) — Norway held talks on Monday.")
    assert all(e.target is None for e in consult), "a verbal event does not act on a place"


def test_a_name_in_apposition_takes_the_country_of_its_title(parse):
    from newsgraph.extract.countries import phrase_country

    doc = parse("Kofi Mensah met his Togolese counterpart, Ama Dogbe, in Accra on Monday.")
    dogbe = next(t for t in doc if t.text == "Dogbe")
    assert phrase_country(dogbe).code == "TGO"
    assert phrase_country(next(t for t in doc if t.text == "Mensah")) is None


# ------------------------------------------------------------------ coordinated and reciprocal parties


def test_the_two_sides_are_the_last_pair_of_states_named(code):
    events = code("Chile and Peru signed a fisheries pact on Monday. The two sides also agreed to hold joint patrols.")
    agreed = _by_trigger(events, "agreed")
    assert {e.type for e in agreed} == {"AGREE"}
    assert _pairs(agreed) == {("CHL", "PER"), ("PER", "CHL")}


def test_both_sides_with_no_states_named_stays_uncoded(code):
    event = _by_trigger(code("Both sides accused each other of breaking the truce."), "accused")[0]
    assert event.actor.country is None


def test_each_other_makes_the_actors_each_others_targets(code):
    events = _by_trigger(code("Armenia and Azerbaijan accused each other of shelling border villages."), "accused")
    assert {e.type for e in events} == {"ACCUSE"}
    assert _pairs(events) == {("ARM", "AZE"), ("AZE", "ARM")}


def test_one_noun_shared_by_coordinated_states_stands_for_each(code):
    events = _by_trigger(code("Tehran summoned the ambassadors of Sweden, Denmark and Norway on Tuesday."), "summoned")
    assert {e.type for e in events} == {"ACCUSE"}
    assert {e.target.country for e in events} == {"SWE", "DNK", "NOR"}
    assert {e.actor.country for e in events} == {"IRN"}


@pytest.mark.parametrize("text", ["Japan pledged aid for Sudan.", "Japan pledged a further $25 million in humanitarian aid for Sudan on Monday."])
def test_a_promise_of_aid_is_aimed_where_the_aid_goes(code, text):
    event = _by_trigger(code(text), "pledged")[0]
    assert (event.type, event.actor.country, event.target.country) == ("AGREE", "JPN", "SDN")


# ------------------------------------------------------------------ the EU


def test_the_bloc_is_an_international_organisation(code, parse):
    event = _by_trigger(code("Kyiv thanked the bloc for its support."), "thanked")[0]
    assert (event.type, event.actor.country, event.target.country) == ("SUPPORT", "UKR", "IGO")
    assert [m.code for m in find_countries(parse("The bloc met in Brussels."))][0] == "IGO"


# ------------------------------------------------------------------ governed acts and figurative uses


def test_a_speech_verb_with_an_object_is_an_act_asked_for(code):
    event = _by_trigger(code("The mayor urged the governor to declare a state of emergency."), "urged")[0]
    assert event.type == "REQUEST" and event.target.name == "the governor"
    assert not code("The spokesman declined to comment."), "refusing to speak is a statement, not an event"


@pytest.mark.parametrize(
    "text",
    [
        "The minister declared war on corruption.",
        "Lawmakers battled over the budget for weeks.",
        "The president has fought for the bill in speeches across the country.",
    ],
)
def test_figurative_fights_are_not_assaults(code, text):
    assert not [e for e in code(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The opposition attacked the plan as a burden on the poor.", "ACCUSE"),
        ("Russia declared war on Ukraine.", "ASSAULT"),
        ("Police fought with protesters outside the court.", "ASSAULT"),
    ],
)
def test_literal_and_verbal_attacks_keep_their_types(code, text, type_):
    assert [e.type for e in code(text)][:1] == [type_]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Hungary lifted its veto on Monday.", "lifted", "CONCEDE"),
        ("Ghanaian troops escorted the aid convoy to Gao.", "escorted", "AID"),
        ("The agency delivered rice to the camps in Gao.", "delivered", "AID"),
    ],
)
def test_lexicon_additions(code, text, trigger, type_):
    assert _by_trigger(code(text), trigger)[0].type == type_


# ------------------------------------------------------------------ the development articles


@pytest.mark.parametrize(
    ("folder", "articles_", "words", "datelined"),
    # events_dev2: other styles, half without a dateline; events_dev3: new topics, half without one
    [(DEV, 6, (300, 520), 6), (DEV2, 8, (350, 700), 4), (DEV3, 6, (350, 600), 3)],
)
def test_dev_gold_triggers_are_in_their_articles(folder, articles_, words, datelined):
    """The gold of bench/events_dev, events_dev2 and events_dev3 is well formed: real types, triggers that
    are whole words of the text, ISO or PLOVER codes (read with the scorer's own reader)."""
    from newsgraph.eval.events import read_article_events
    from newsgraph.extract.countries import GAZETTEER

    articles = sorted(folder.glob("*.txt"))
    assert len(articles) == articles_
    assert sum(dateline_end(path.read_text(encoding="utf-8")) > 0 for path in articles) == datelined
    for path in articles:
        text = path.read_text(encoding="utf-8")
        gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert words[0] <= len(text.split()) <= words[1]
        events = read_article_events(gold, text)  # raises on a type that is not PLOVER's or a trigger not found
        assert len(events) == len(gold["events"])
        for event in events:
            assert not text[event.start - 1 : event.start].isalnum() and not text[event.end : event.end + 1].isalnum()
            for code_ in (event.actor_country, event.target_country):
                assert code_ is None or GAZETTEER.is_code(code_), code_
