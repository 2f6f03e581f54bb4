"""Country normalisation: names, demonyms, capitals, seats of government, titles, international bodies."""

from __future__ import annotations

import pycountry
import pytest

from newsgraph.extract.countries import (
    GAZETTEER,
    USER_ASSIGNED_CODES,
    CountryIndex,
    GazetteerError,
    _read_gazetteer_lines,
    country_code,
    country_name,
    find_countries,
    parse_gazetteer,
    phrase_country,
    section_places,
    token_country,
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("the United Kingdom", "GBR"),
        ("Britain", "GBR"),
        ("U.S.", "USA"),
        ("Côte d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Polish", "POL"),
        ("Israelis", "ISR"),
        ("Minsk", "BLR"),
        ("Kyiv", "UKR"),
        ("the Kremlin", "RUS"),
        ("Downing Street", "GBR"),
        ("Élysée Palace", "FRA"),
        ("NATO", "IGO"),
        ("European Union", "IGO"),
        ("Amnesty International", "NGO"),
        ("Islamic State", "IMG"),
        ("RUS", "RUS"),
        ("IGO", "IGO"),
    ],
)
def test_country_code_knows_names_demonyms_capitals_seats_and_bodies(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "   ", "who", "us", "XYZ", "the weather"])
def test_country_code_gives_none_for_what_is_no_country(name):
    assert country_code(name) is None


def test_country_code_refuses_non_strings():
    assert country_code(None) is None  # type: ignore[arg-type]
    assert country_code(42) is None  # type: ignore[arg-type]


def test_every_shipped_alias_resolves_to_its_code():
    iso = {c.alpha_3 for c in pycountry.countries}
    entries = parse_gazetteer(_read_gazetteer_lines())
    assert len(entries) > 600
    first: dict[str, str] = {}
    for entry in entries:
        assert entry.code in iso or entry.code in {"IGO", "NGO", "IMG"} or entry.code in USER_ASSIGNED_CODES
        first.setdefault(entry.alias, entry.code)
    for alias, code in first.items():
        assert country_code(alias) == code, alias


def test_kosovo_has_the_user_assigned_code_and_is_never_serbia():
    assert [country_code(n) for n in ("Kosovo", "Pristina", "Kosovar", "Belgrade")] == ["XKX", "XKX", "XKX", "SRB"]
    assert country_name("XKX") == "Kosovo"


def test_kosovo_police_are_kosovos_not_the_serbian_datelines():
    from newsgraph import analyze

    text = "BELGRADE, Dec 4 (Reuters) - Kosovo police arrested four Serbian men near the border on Thursday."
    events = analyze(text, published="2026-12-04").events
    assert [(e.type, e.actor.country) for e in events if e.trigger.text == "arrested"] == [("COERCE", "XKX")]


def test_congo_alone_is_the_democratic_republic_as_in_wire_style():
    assert [country_code(n) for n in ("Congo", "Congolese", "DR Congo")] == ["COD", "COD", "COD"]
    assert [country_code(n) for n in ("Republic of Congo", "Congo-Brazzaville", "Brazzaville")] == ["COG", "COG", "COG"]


def test_brussels_speaks_for_the_eu_but_is_in_belgium():
    entry = GAZETTEER.lookup("Brussels")
    assert (entry.code, entry.place_code) == ("IGO", "BEL")


def test_malformed_gazetteer_lines_are_refused():
    with pytest.raises(GazetteerError, match="3 or 4"):
        parse_gazetteer(["Freedonia\tFRE"])
    with pytest.raises(GazetteerError, match="neither ISO"):
        parse_gazetteer(["Freedonia\tFRE\tname"])
    with pytest.raises(GazetteerError, match="unknown kind"):
        parse_gazetteer(["Freedonia\tFRA\tplanet"])
    assert parse_gazetteer(["# a comment", "", "Freedonia\tFRA\tname"])[0].code == "FRA"


def test_capitals_used_for_governments_give_one_mention_each(parse):
    text = "Moscow and Minsk must withdraw their troops, officials in Vilnius said."
    doc = parse(text)
    mentions = find_countries(doc)
    assert [(m.text, m.code, m.kind) for m in mentions] == [
        ("Moscow", "RUS", "capital"),
        ("Minsk", "BLR", "capital"),
        ("Vilnius", "LTU", "capital"),
    ]
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text


def test_longest_name_wins(parse):
    doc = parse("South Sudan and Sudan resumed oil talks in Juba.")
    assert [m.code for m in find_countries(doc)] == ["SSD", "SDN", "SSD"]


def test_find_countries_on_a_span_stays_inside_it(parse):
    doc = parse("Poland protested. Hungary did not.")
    second = list(doc.sents)[1]
    assert [m.code for m in find_countries(second)] == ["HUN"]


def _head(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        ("Lithuania's defense chief warned of drills.", "chief", "LTU"),
        ("Russian President Vladimir Putin spoke on Friday.", "Putin", "RUS"),
        ("Polish troops crossed the river.", "troops", "POL"),
        ("The Kremlin rejected the report.", "Kremlin", "RUS"),
        ("Vladimir Putin, the Russian president, spoke.", "Putin", "RUS"),
        ("The president of France arrived.", "president", "FRA"),
        ("Doctors from two American aid groups arrived.", "Doctors", "USA"),
        ("Rebels in Guinea attacked a convoy.", "Rebels", "GIN"),
        ("Bosnian Serbs demanded a truce.", "Serbs", "BIH"),
        ("The Albanians of southern Serbia marched.", "Albanians", "SRB"),
        ("Vietnamese-led forces took the village.", "forces", "VNM"),
        ("Thousands of Nigerians marched.", "Thousands", "NGA"),
        ("Pirates boarded a Maltese-flagged tanker.", "tanker", "MLT"),  # a ship is of its flag state
        ("A spokeswoman for Peru's interior ministry spoke.", "spokeswoman", "PER"),  # whom she speaks for
    ],
)
def test_phrase_country_reads_titles_modifiers_and_places(parse, text, head, code):
    doc = parse(text)
    found = phrase_country(_head(doc, head))
    assert found is not None and found.code == code
    assert found.text == text[found.start:found.end]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Ethnic Turks began a hunger strike.", "Turks"),  # an ethnicity, not a state
        ("Russian-backed separatists shelled the town.", "separatists"),  # backed by, not from
        ("The ministers met in a hotel.", "ministers"),
        ("Aid for Sudanese refugees arrived.", "Aid"),  # "for" names whom a spokesman speaks for, nothing else
    ],
)
def test_phrase_country_stays_silent_without_evidence(parse, text, head):
    assert phrase_country(_head(parse(text), head)) is None


def test_a_person_named_like_a_country_is_not_one(parse):
    doc = parse("Michael Jordan visited Jordan last week.")
    assert [m.text for m in find_countries(doc)] == ["Jordan"]
    assert find_countries(doc)[0].start == doc.text.rindex("Jordan")


def test_the_index_answers_like_the_local_lookup(parse):
    doc = parse("Polish and Lithuanian officials met NATO envoys in Riga.")
    index = CountryIndex(doc)
    for token in doc:
        local, indexed = token_country(token), token_country(token, index)
        assert (local and local.code) == (indexed and indexed.code)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Lagos", "NGA"), ("Karachi", "PAK"), ("Kharkiv", "UKR"), ("Transnistria", "MDA"), ("Rzeszów", "POL"), ("Geneva", "CHE"), ("Sevastopol", "UKR")],
)
def test_cities_and_regions_are_places_of_their_country(name, code):
    entry = GAZETTEER.lookup(name)
    assert (entry.code, entry.kind, entry.place_code) == (code, "place", code)


def test_roundup_headings_give_their_sections_a_state():
    text = "Roundup\n\nLUSAKA, May 4 (Plains Wire) — News.\n\nGHANA\n\nRain.\n\nKENYA / TANZANIA\n\nSun.\n\nSOUTH AFRICA\n\nWind.\n"
    sections = section_places(text)
    assert [(place.text, place.code) if place else None for _, place in sections] == [("GHANA", "GHA"), None, ("SOUTH AFRICA", "ZAF")]
    assert [text[end - 1] for end, _ in sections] == ["A", "A", "A"]


@pytest.mark.parametrize("text", ["ANALYSIS\n\nThe talks failed.", "Kenya\n\nThe talks failed.", "The talks failed."])
def test_a_text_without_state_headings_has_no_sections(text):
    assert section_places(text) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("A dozen Latin American governments condemned the raid.", []),
    ("North Americans and Central American migrants", []),
    ("American and South African troops", ["USA", "ZAF"]),
])
def test_a_continents_americans_are_not_the_usas(parse, text, codes):
    assert [m.code for m in find_countries(parse(text))] == codes


@pytest.mark.parametrize(("name", "code"), [("Gazprom", "RUS"), ("KCNA", "PRK"), ("Boko Haram", "NGA"), ("the Revolutionary Guards", "IRN")])
def test_state_companies_agencies_and_national_armed_groups_have_their_country(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("text, cut, place", [
    ("Head\n\nBELGRADE, Nov 24 (Reuters) - Serbia recalled its ambassador.", "BELGRADE, Nov 24 (Reuters) - ", "SRB"),
    ("Head\n\nBELGRADE (AP) — Serbia recalled its ambassador.", "BELGRADE (AP) — ", "SRB"),
    ("Head\n\nMINSK — Belarus closed the border.", "MINSK — ", "BLR"),
    ("Head\n\nGOMA, Congo (Great Lakes Monitor) — Fighting resumed.", "GOMA, Congo (Great Lakes Monitor) — ", "COD"),
    ("UPDATE — Talks resumed in Geneva.", "", None),  # a label the gazetteer does not know, with no outlet: no dateline
    ("Head\n\nBOGOTÁ, Dec 1 (Andes Wire) — Colombia recalled its ambassador.", "BOGOTÁ, Dec 1 (Andes Wire) — ", "COL"),
    ("Head\n\nLOMÉ — Togo hosted the talks.", "LOMÉ — ", "TGO"),
    ("Head\n\nSÃO PAULO, 3 May — Brazil raised rates.", "SÃO PAULO, 3 May — ", "BRA"),
    # filed from two bureaus, the first leading
    ("Head\n\nADDIS ABABA/NAIROBI, Nov 30 (Reuters) - Ethiopia accused Eritrea.", "ADDIS ABABA/NAIROBI, Nov 30 (Reuters) - ", "ETH"),
    ("Head\n\nKYIV / MOSCOW (AP) — Russia struck Kharkiv.", "KYIV / MOSCOW (AP) — ", "UKR"),
])
def test_datelines_with_or_without_a_date(text, cut, place):
    from newsgraph.extract.countries import dateline_end, dateline_place

    end = dateline_end(text)
    assert text[end - len(cut):end] == cut and (end == 0) == (cut == "")
    found = dateline_place(text)
    assert (found.code if found else None) == place


@pytest.mark.parametrize("text, place, home, outlet, date, rest", [
    ("Head\n\nNAIROBI, Oct 9 (Coast Wire) — Kenya and Ethiopia signed.", "NAIROBI", "KEN", "Coast Wire", "Oct 9", "Kenya"),
    ("LIMA (AP) — Congress voted.", "LIMA", "PER", "AP", None, "Congress"),
    ("GOMA, Congo, 14 March — Rebels advanced.", "GOMA", "COD", None, "14 March", "Rebels"),
    ("BRUSSELS, Oct 14 (EU Wire) - The EU agreed.", "BRUSSELS", None, "EU Wire", "Oct 14", "The"),  # speaks for the EU: no home
])
def test_one_dateline_reader_gives_place_home_outlet_date_and_end(parse, text, place, home, outlet, date, rest):
    from newsgraph.extract.countries import dateline

    for source in (text, parse(text)):
        found = dateline(source)
        assert (found.place, found.home.code if found.home else None, found.outlet, found.date) == (place, home, outlet, date)
        assert text[found.start:found.start + len(place)] == place and text[found.end:].startswith(rest)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Economic Community of West African States", "IGO"), ("UNMISS", "IGO"), ("OECD", "IGO"), ("Danish Refugee Council", "NGO"), ("World Vision", "NGO")],
)
def test_international_bodies_by_full_name_and_acronym(name, code):
    assert GAZETTEER.lookup(name).code == code


@pytest.mark.parametrize(("text", "town", "code"), [
    ("Four men were arrested in Batken on Monday.", "Batken", "KGZ"),
    ("Fishermen in Puerto Madryn accused Britain of overfishing.", "Puerto Madryn", "ARG"),
])
def test_a_town_the_gazetteer_does_not_list_is_placed_by_geonames(parse, text, town, code):
    # places_geonames.tsv (GeoNames cities of more than 15,000 people, one state to a name)
    assert [(m.text, m.code, m.kind) for m in find_countries(parse(text)) if m.text == town] == [(town, code, "place")]


@pytest.mark.parametrize(("text", "town", "code"), [
    ("Kenya closed its border with Uganda. Traders in Busia protested on Monday.", "Busia", None),  # both named
    ("Paraguay and Bolivia signed the accord in San Lorenzo on Monday.", "San Lorenzo", "PRY"),
    ("The talks in San Lorenzo ended on Monday.", "San Lorenzo", None),  # six states have one, the text names none
])
def test_a_town_several_states_have_is_the_one_the_text_names(parse, text, town, code):
    assert [m.code for m in find_countries(parse(text)) if m.text == town] == ([code] if code else [])


@pytest.mark.parametrize("text", [
    "Victoria said the talks ended on Monday.",  # a first name
    "Growth in Asia slowed last year.",  # a continent, though a Philippine town has the name
])
def test_a_town_name_that_says_no_one_state_is_no_mention(parse, text):
    assert [m.text for m in find_countries(parse(text)) if m.kind == "place"] == []
