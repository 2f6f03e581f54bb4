"""Quantities: values, units, hedges, magnitudes, fractions, money, measures, and the numbers that
are not quantities (ordinals, years, dates, phone numbers, names, "one of the")."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extract.quantities import find_quantities
from newsgraph.schema import analysis_schema


@pytest.fixture(scope="module")
def quantities(parse):
    return lambda text: find_quantities(parse(text))


def only(found):
    assert len(found) == 1, f"expected one quantity in {[q.text for q in found]}"
    return found[0]


def summary(found):
    return [(q.text, q.value, q.unit, q.approximate) for q in found]


@pytest.mark.parametrize(
    "sentence, text, value, unit, approximate",
    [
        ("Around 30,000 troops massed on the border.", "Around 30,000 troops", 30000, "troops", True),
        ("The government raised $2.5bn in bonds.", "$2.5bn", 2.5e9, "USD", False),
        ("Brussels pledged €40 million in aid.", "€40 million", 4e7, "EUR", False),
        ("The Treasury found £3bn for the scheme.", "£3bn", 3e9, "GBP", False),
        ("The budget allots 1.2 trillion roubles to defence.", "1.2 trillion roubles", 1.2e12, "RUB", False),
        ("A third of the force was withdrawn.", "A third", 0.3333, "fraction", False),
        ("Two-thirds of voters backed the deal.", "Two-thirds", 0.6667, "fraction", False),
        ("Tens of thousands of protesters marched.", "Tens of thousands of protesters", 1e4, "protesters", True),
        ("Hundreds of soldiers deserted.", "Hundreds of soldiers", 100, "soldiers", True),
        ("Dozens of journalists were detained.", "Dozens of journalists", 12, "journalists", True),
        ("Support for the government fell to 40%.", "40%", 40, "%", False),
        ("Support for the government fell to 40 per cent.", "40 per cent", 40, "%", False),
        ("Support for the government fell 3.5 percentage points.", "3.5 percentage points", 3.5, "percentage points", False),
        ("The army moved five battalions to the front.", "five battalions", 5, "battalions", False),
        ("More than 100 people were injured.", "More than 100 people", 100, "people", True),
        ("Nearly 200 homes were destroyed.", "Nearly 200 homes", 200, "homes", True),
        ("Almost 60 villages lost power.", "Almost 60 villages", 60, "villages", True),
        ("About 20 ships left the port.", "About 20 ships", 20, "ships", True),
        ("Some 300 families were evacuated.", "Some 300 families", 300, "families", True),
        ("At least 12 civilians were killed.", "At least 12 civilians", 12, "civilians", True),
        ("Up to 2,000 refugees crossed daily.", "Up to 2,000 refugees", 2000, "refugees", True),
        ("Roughly 1.5 million barrels were lost.", "Roughly 1.5 million barrels", 1.5e6, "barrels", True),
        ("An estimated 4,500 people died.", "An estimated 4,500 people", 4500, "people", True),
        ("The front line runs for 1,500km.", "1,500km", 1500, "km", False),
        ("The convoy was 300 kilometres long.", "300 kilometres", 300, "km", False),
        ("The battalion lost 12 tanks.", "12 tanks", 12, "tanks", False),
        ("The battalion lost 12 Leopard tanks.", "12 Leopard tanks", 12, "tanks", False),
        ("Between 20 and 30 soldiers died.", "Between 20 and 30 soldiers", 20, "soldiers", True),
        ("The deal is worth $5-6bn.", "$5-6bn", 5e9, "USD", True),
        ("Half a million people fled.", "Half a million people", 5e5, "people", False),
        ("The fund holds 200 million Canadian dollars.", "200 million Canadian dollars", 2e8, "CAD", False),
        ("Police seized 300 pounds of cocaine.", "300 pounds", 300, "lb", False),
        ("The city has 10m residents.", "10m residents", 1e7, "residents", False),
        ("The death toll rose to 45.", "45", 45, None, False),
        ("Two hundred and fifty thousand votes were cast.", "Two hundred and fifty thousand votes", 250000, "votes", False),
        ("Several hundred troops remain.", "Several hundred troops", 100, "troops", True),
    ],
)
def test_quantity(quantities, sentence, text, value, unit, approximate):
    found = only(quantities(sentence))
    assert found.text == text
    assert found.value == pytest.approx(value)
    assert (found.unit, found.approximate) == (unit, approximate)
    assert sentence[found.start : found.end] == found.text


def test_several_quantities_in_text_order(quantities):
    found = quantities("Around 30,000 troops, 12 tanks and $2.5bn of equipment were sent; 40% of it arrived.")
    assert summary(found) == [
        ("Around 30,000 troops", 30000, "troops", True),
        ("12 tanks", 12, "tanks", False),
        ("$2.5bn", 2.5e9, "USD", False),
        ("40%", 40, "%", False),
    ]


def test_records_match_the_shipped_schema(quantities):
    import jsonschema

    schema = analysis_schema()
    item_schema = {**schema["$defs"]["quantity"], "$defs": schema["$defs"]}
    for q in quantities("About 30,000 troops, $2.5bn, a third of the force, 40% and 45 were counted."):
        jsonschema.validate(q.to_dict(), item_schema)


@pytest.mark.parametrize(
    "sentence",
    [
        "The second round of voting starts soon.",
        "The president is seeking a second term.",
        "The law was passed in 2020.",
        "The treaty was signed on 16 December 2022.",
        "One of the soldiers was wounded.",
        "No one was hurt, and the two met later.",
        "Call +44 20 7946 0958 or (555) 123-4567 for details.",
        "Boeing 737 jets were grounded under Article 5.",
        "The G7 discussed COVID-19 and the T-72 tank.",
        "A 45-year-old man was arrested.",
        "The strike began at 3 p.m. and ended at 10:30 GMT.",
        "City won 3-1 on Saturday.",
        "She was jailed for three weeks.",
        "The third quarter was weak, and a third term is unlikely.",
        "Officials met at No. 10 on Friday.",
        "The two met in Geneva, and one was seen leaving.",
    ],
)
def test_not_quantities(quantities, sentence):
    assert summary(quantities(sentence)) == []


def test_forty_numbers_in_one_sentence(quantities):
    sentence = "Tallies were " + ", ".join(f"{n * 7} votes" for n in range(1, 41)) + "."
    found = quantities(sentence)
    assert [q.value for q in found] == [n * 7 for n in range(1, 41)]
    assert all(q.unit == "votes" for q in found)


def test_empty_and_unparsed_documents(parse):
    assert find_quantities(parse("")) == ()
    blank = spacy.blank("en")("Around 30,000 troops and $2.5bn")
    assert summary(find_quantities(blank))[1] == ("$2.5bn", 2.5e9, "USD", False)


@pytest.mark.parametrize(
    "sentence, text, value, unit, approximate",
    [
        ("Fire destroyed its 93-metre spire.", "93-metre", 93, "m", False),
        ("Temperatures reached 41.2C in Seville.", "41.2C", 41.2, "°C", False),
        ("Temperatures fell to minus 6C overnight.", "minus 6C", -6, "°C", False),
        ("Nobody can raise a quarter of a million dollars.", "a quarter of a million dollars", 250000, "USD", False),
        ("The survey found that 1 in 4 residents are poor.", "1 in 4", 0.25, "fraction", False),
        ("One in five Americans agreed.", "One in five", 0.2, "fraction", False),
        ("The team won a total of 116 medals.", "a total of 116 medals", 116, "medals", False),
        ("Heatwaves are five times more likely.", "five times", 5, "times", False),
        ("Damage is put at between $10bn and $15bn.", "between $10bn and $15bn", 1e10, "USD", True),
        ("Turnout was estimated at 64%.", "64%", 64, "%", True),
        ("Leaders pledged one billion vaccine doses.", "one billion vaccine doses", 1e9, "doses", False),
        ("The UN counted 150,000 asylum seekers.", "150,000 asylum seekers", 150000, "seekers", False),
    ],
)
def test_more_quantities(quantities, sentence, text, value, unit, approximate):
    found = only(quantities(sentence))
    assert (found.text, found.unit, found.approximate) == (text, unit, approximate)
    assert found.value == pytest.approx(value)


def test_a_split_of_percentages(quantities):
    found = quantities("Exit polls suggested a landslide of 68 to 32 per cent.")
    assert summary(found) == [("68", 68, "%", False), ("32 per cent", 32, "%", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Galkin, aged 46, left Russia.",
        "Captain Anton Kuprin, 44, was killed.",
        "Sarah and Timothy Rogers, 27 and 29 years old, came home.",
        "The vote was close, with a quarter-final to come.",
    ],
)
def test_ages_are_not_quantities(quantities, sentence):
    assert summary(quantities(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Thirteen were killed in the blast.", [("Thirteen", 13, None, False)]),
        ("Police detained six on Tuesday.", [("six", 6, None, False)]),
        ("Only two of the 27 member states voted against.", [("Only two", 2, None, False), ("27 member states", 27, "states", False)]),
    ],
)
def test_a_number_word_standing_for_a_verbs_subject_or_object_is_a_count(quantities, sentence, expected):
    assert [(t, v, u, a) for t, v, u, a in summary(quantities(sentence))] == expected
