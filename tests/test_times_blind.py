"""The blind gold of time expressions (bench/times_blind.jsonl) and the rules written from the
errors of its split A: each rule tested on sentences written for the test, not on the blind texts."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from newsgraph.eval.times import read_blind_set
from newsgraph.extract.times import extract_times

REPO = Path(__file__).resolve().parent.parent
BLIND = REPO / "bench" / "times_blind.jsonl"
BLIND_README = REPO / "bench" / "times_blind.md"
SETS = ("unseen", "unseen2", "unseen3", "unseen4", "unseen5")


# --------------------------------------------------------------------------- the gold file


def _lines() -> list[dict]:
    return [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_blind_gold_parses_and_is_frozen():
    lines = _lines()
    assert len(lines) == 40
    for line in lines:
        assert set(line) == {"set", "article", "published", "times", "quantities"}
        assert line["set"] in SETS
        dt.date.fromisoformat(line["published"])
        for item in line["times"]:
            assert set(item) <= {"text", "value", "end_value", "occurrence"}
            assert item["text"] and item["value"]
    # the file is the one whose SHA-256 the freeze table records (edit both or neither)
    digest = hashlib.sha256(BLIND.read_bytes()).hexdigest()
    assert digest in BLIND_README.read_text(encoding="utf-8")


@pytest.mark.parametrize("set_name", SETS)
def test_every_blind_gold_string_is_in_its_article(set_name):
    folder = REPO / "bench" / set_name
    if not folder.is_dir():
        pytest.skip(f"bench/{set_name} is not checked out")
    lines = [line for line in _lines() if line["set"] == set_name]
    assert lines
    for line in lines:
        text_path = folder / f"{line['article']}.txt"
        assert text_path.exists(), text_path
        text = text_path.read_text(encoding="utf-8")
        for item in line["times"] + line["quantities"]:
            count = text.count(item["text"])
            if "occurrence" in item:
                assert item["occurrence"] < count, (line["article"], item)
            else:
                assert count == 1, (line["article"], item, count)
    # and the reader the bench uses locates every one of them
    items = [item for item in read_blind_set(BLIND, REPO / "bench") if item.set == set_name]
    assert len(items) == len(lines)
    assert sum(len(item.times) for item in items) == sum(len(line["times"]) for line in lines)


# --------------------------------------------------------------------------- the rules


@pytest.fixture(scope="module")
def times(parse):
    def run(text: str, published: dt.date):
        return {t.text: t for t in extract_times(parse(text), published)}

    return run


def test_past_tense_month_four_months_ahead_is_last_year(times):
    published = dt.date(2026, 11, 24)
    found = times("The two ministers signed the water agreement in March after a decade of talks.", published)
    assert found["in March"].value == "2026-03"
    found = times("Kovac left the country in April, a week before prosecutors charged him.", dt.date(2026, 12, 10))
    assert found["in April"].value == "2026-04"


def test_past_tense_month_close_ahead_stays_ahead(times):
    # a reporting verb's past tense about an event due soon: the coming month, as before
    found = times("The central bank signalled a rate rise in December.", dt.date(2026, 9, 15))
    assert found["in December"].value == "2026-12"
    found = times("The bank signalled a rise in December.", dt.date(2026, 11, 10))
    assert found["in December"].value == "2026-12"


def test_season_said_in_march_keeps_its_reading(times):
    found = times("Officials said a deal on fisheries was unlikely before the summer.", dt.date(2026, 3, 18))
    assert found["the summer"].value == "2026-SU"


def test_first_months_of_the_year_are_a_month_range(times):
    published = dt.date(2026, 11, 12)
    found = times("Gas imports fell 12% in the first ten months of the year, the ministry said.", published)
    expression = found["in the first ten months of the year"]
    assert (expression.value, expression.end_value, expression.type) == ("2026-01", "2026-10", "relative")
    found = times("Grain exports rose in the first nine months of 2025.", published)
    assert (found["in the first nine months of 2025"].value, found["in the first nine months of 2025"].end_value) == ("2025-01", "2025-09")
    found = times("Prices climbed in the last three months of last year.", published)
    assert (found["in the last three months of last year"].value, found["in the last three months of last year"].end_value) == ("2025-10", "2025-12")


def test_first_months_of_something_else_stay_a_duration(times):
    found = times("She spent the first ten months of her term abroad.", dt.date(2026, 11, 12))
    assert found["the first ten months"].type == "duration"


def test_present_condition_takes_the_tense_of_its_main_clause(times):
    published = dt.date(2026, 11, 24)  # a Tuesday
    found = times("If the roads are clear on Thursday, the convoy will leave for the border.", published)
    assert found["on Thursday"].value == "2026-11-26"
    found = times("Once the treaty is ratified on Friday, the troops will start to withdraw.", published)
    assert found["on Friday"].value == "2026-11-27"


def test_past_clause_weekday_still_past(times):
    found = times("The convoy left on Thursday after the roads were cleared.", dt.date(2026, 11, 24))
    assert found["on Thursday"].value == "2026-11-19"


def test_deadline_set_by_a_promise_or_a_decree_lies_ahead(times):
    found = times("Ministers have promised a review of the flood defences by the spring.", dt.date(2026, 11, 30))
    assert found["the spring"].value == "2027-SP"
    found = times("The governor announced a curfew in the old town until Monday.", dt.date(2026, 10, 9))  # a Friday
    assert found["Monday"].value == "2026-10-12"


def test_deadline_without_a_promise_keeps_the_tense(times):
    found = times("The bridge stayed closed until Monday.", dt.date(2026, 10, 9))
    assert found["Monday"].value == "2026-10-05"


# --------------------------------------------------------------------------- quantity rules


@pytest.fixture(scope="module")
def quantities(parse):
    from newsgraph.extract.quantities import find_quantities

    def run(text: str):
        return [(q.text, q.value, q.unit, q.approximate) for q in find_quantities(parse(text))]

    return run


def test_hours_minutes_and_nights_are_durations_not_quantities(quantities):
    found = quantities("The envoy was given 48 hours to leave after almost six hours of talks and two nights in a cell.")
    assert found == []


def test_basis_points_and_nautical_miles(quantities):
    assert quantities("The central bank raised its rate by 250 basis points.") == [("250 basis points", 250.0, "basis points", False)]
    assert quantities("The trawler was caught about 190 nautical miles off the coast.") == [("about 190 nautical miles", 190.0, "nmi", True)]


def test_headline_number_does_not_count_the_dateline(quantities):
    text = "Coast guard detains trawler, arrests crew of 14\n\nPORT LOUIS, Nov 9 (Wire) - The crew was held."
    assert quantities(text)[0] == ("14", 14.0, None, False)


def test_hyphenated_modifier_keeps_the_counted_noun(quantities):
    found = quantities("A small campus cannot replace a thousand fee-paying students overnight.")
    assert found == [("a thousand fee-paying students", 1000.0, "students", False)]


def test_the_one_is_not_a_count(quantities):
    assert quantities("The boycott leaves the opposition without the one platform it had.") == []
    assert quantities("Only one candidate remains.") == [("Only one candidate", 1.0, "candidate", False)]


def test_change_and_level_are_not_a_range(quantities):
    assert quantities("Unemployment fell 0.3% to 4.1% in May.") == [("0.3%", 0.3, "%", False), ("4.1%", 4.1, "%", False)]
    assert quantities("Gas futures rose 2% to €38 per megawatt hour.") == [("2%", 2.0, "%", False), ("€38", 38.0, "EUR", False)]
    # a range is still a range
    assert quantities("The attack killed 20 to 30 people.") == [("20 to 30 people", 20.0, "people", True)]


def test_fraction_after_by_is_the_size_of_a_change(quantities):
    assert quantities("Rents have gone up by a third in four years.") == [("a third", 0.3333, "fraction", False)]
    assert quantities("Fuel prices have risen by nearly a fifth since January.") == [("nearly a fifth", 0.2, "fraction", True)]
    assert quantities("He was elected by a third party vote.") == []


def test_money_ranges_and_one_after_that_are_kept(quantities):
    assert quantities("Fines of £250 to £750 were imposed.")[0][:2] == ("£250 to £750", 250.0)
    assert quantities("The deal is worth $10 to $20 million.") == [("$10 to $20 million", 10_000_000.0, "USD", True)]
    assert quantities("Officials confirmed that one person had died.") == [("one person", 1.0, "person", False)]
