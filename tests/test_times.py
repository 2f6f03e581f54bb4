"""Time expressions: detection (and every false hit the brief names), resolution against the
publication date, with and without one, ranges, durations, offsets, invalid dates."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from newsgraph.extract.times import extract_times, find_time_spans
from newsgraph.schema import analysis_schema

PUBLISHED = dt.date(2022, 12, 16)  # a Friday, ISO week 2022-W50


@pytest.fixture(scope="module")
def times(parse):
    def run(text: str, published: dt.date | None = PUBLISHED):
        return extract_times(parse(text), published)

    return run


def one(found, text: str):
    """The expression whose text is ``text`` (exactly one)."""
    matches = [t for t in found if t.text == text]
    assert len(matches) == 1, f"expected one {text!r} in {[t.text for t in found]}"
    return matches[0]


def texts(found) -> list[str]:
    return [t.text for t in found]


# --------------------------------------------------------------------------- records


def test_ids_offsets_and_order(times):
    text = "Officials met on Friday and again last week; the talks began on 3 March 2021."
    found = times(text)
    assert [t.id for t in found] == ["t1", "t2", "t3"]
    assert [t.start for t in found] == sorted(t.start for t in found)
    for t in found:
        assert text[t.start : t.end] == t.text


def test_records_match_the_shipped_schema(times):
    import jsonschema

    item_schema = analysis_schema()["properties"]["times"]["items"]
    text = (
        "Yesterday, between 2014 and 2016, for three weeks, the following day, in the 1990s, "
        "last week, this winter, on February 30, 2021 and on Dec. 16 the ministry said talks would go on."
    )
    for published in (PUBLISHED, None):
        for t in times(text, published):
            jsonschema.validate(t.to_dict(), item_schema)


# --------------------------------------------------------------------------- exact dates


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The treaty was signed on 16 December 2022 in Minsk.", "on 16 December 2022", "2022-12-16"),
        ("The treaty was signed on December 16, 2022 in Minsk.", "on December 16, 2022", "2022-12-16"),
        ("The treaty was signed on the 16th of December 2022.", "on the 16th of December 2022", "2022-12-16"),
        ("The report, dated 2022-11-30, was leaked.", "2022-11-30", "2022-11-30"),
        ("Prices peaked in March 2021, officials said.", "in March 2021", "2021-03"),
        ("The first attack came in 2014.", "in 2014", "2014"),
        ("Inflation last reached this level in the 1970s.", "in the 1970s", "197X"),
        ("The town has been in decline since the '90s.", "the '90s", "199X"),
    ],
)
def test_exact_dates(times, sentence, expression, value):
    found = one(times(sentence), expression)
    assert (found.value, found.type) == (value, "exact")


def test_day_without_year_takes_it_from_the_publication_date(times):
    found = one(times("The ministry announced the plan on Dec. 16."), "on Dec. 16")
    assert (found.value, found.granularity, found.type) == ("2022-12-16", "day", "exact")
    # published early January: a past-tense "Dec. 16" is last December
    found = one(times("The ministry announced the plan on Dec. 16.", dt.date(2023, 1, 5)), "on Dec. 16")
    assert found.value == "2022-12-16"
    # a future-tense "March 3" written in December is next March
    found = one(times("The ministry will publish the plan on March 3."), "on March 3")
    assert found.value == "2023-03-03"


def test_day_without_year_and_no_publication_date_has_unspecified_year(times):
    found = one(times("The ministry announced the plan on Dec. 16.", None), "on Dec. 16")
    assert (found.value, found.type) == ("XXXX-12-16", "exact")


def test_month_modifiers_are_part_of_the_expression(times):
    found = times("Fighting intensified in mid-December and eased in late 2022.")
    assert (one(found, "in mid-December").value, one(found, "in late 2022").value) == ("2022-12", "2022")


def test_dateline_with_abbreviated_weekday(times):
    found = one(times("FRI, DEC 16 — Officials said the border was closed."), "FRI, DEC 16")
    assert found.value == "2022-12-16"


# --------------------------------------------------------------------------- relative expressions


def test_weekday_in_past_tense_is_the_latest_on_or_before_publication(times):
    found = one(times("Officials said on Tuesday that the border was closed."), "on Tuesday")
    assert (found.value, found.type, found.granularity) == ("2022-12-13", "relative", "day")
    # published on a Friday, "on Friday" in the past tense is that same day
    assert one(times("Officials said on Friday that the border was closed."), "on Friday").value == "2022-12-16"


def test_weekday_in_future_tense_is_the_next_on_or_after_publication(times):
    assert one(times("The ministers will meet on Tuesday in Brussels."), "on Tuesday").value == "2022-12-20"
    assert one(times("The vote is scheduled for Thursday."), "Thursday").value == "2022-12-22"
    assert one(times("He said the army would withdraw on Monday."), "on Monday").value == "2022-12-19"
    assert one(times("Joint exercises are planned for September."), "September").value == "2023-09"


def test_last_and_next_weekday_exclude_the_publication_day(times):
    found = times("Talks broke down last Friday and resume next Friday.")
    assert one(found, "last Friday").value == "2022-12-09"
    assert one(found, "next Friday").value == "2022-12-23"


@pytest.mark.parametrize(
    "sentence, expression, value, granularity",
    [
        ("Yesterday the ministry confirmed the figures.", "Yesterday", "2022-12-15", "day"),
        ("The results will be published tomorrow.", "tomorrow", "2022-12-17", "day"),
        ("Shelling resumed last night in the east.", "last night", "2022-12-15", "day"),
        ("Prices rose sharply last week.", "last week", "2022-W49", "week"),
        ("Prices rose sharply this week.", "this week", "2022-W50", "week"),
        ("Parliament will debate the bill next week.", "next week", "2022-W51", "week"),
        ("The central bank raised rates earlier this month.", "earlier this month", "2022-12", "month"),
        ("Output fell last month.", "last month", "2022-11", "month"),
        ("Elections are due early next year.", "early next year", "2023", "year"),
        ("The deal collapsed two days ago.", "two days ago", "2022-12-14", "day"),
        ("The plant closed three years ago.", "three years ago", "2019", "year"),
        ("The ceasefire was agreed a decade ago.", "a decade ago", "2012", "year"),
        ("The ban ends at the end of the month.", "the end of the month", "2022-12", "month"),
    ],
)
def test_relative_expressions_resolve_against_publication(times, sentence, expression, value, granularity):
    found = one(times(sentence), expression)
    assert (found.value, found.granularity, found.type) == (value, granularity, "relative")


def test_last_week_is_the_iso_week_before_publication_across_a_year_boundary(times):
    found = one(times("Prices rose sharply last week.", dt.date(2023, 1, 4)), "last week")
    assert found.value == "2022-W52"


def test_last_and_this_weekend_are_whole_expressions_not_last_week(times):
    # published on Friday 2022-12-16: last weekend is 10–11 December (W49), this weekend 17–18 December (W50)
    found = times("Talks stalled last weekend, and the ministers meet again this weekend.")
    assert texts(found) == ["last weekend", "this weekend"]
    assert [(t.value, t.granularity) for t in found] == [("2022-W49", "week"), ("2022-W50", "week")]


@pytest.mark.parametrize(
    "sentence, published, value",
    [
        # a Tuesday: the weekend just past is 10–11 December, in ISO week 49
        ("Both armies pulled back over the weekend.", dt.date(2022, 12, 13), "2022-W49"),
        ("Protesters gathered at the weekend outside the embassy.", dt.date(2022, 12, 13), "2022-W49"),
        # a Sunday: the weekend is the one the story is published in
        ("Both armies pulled back over the weekend.", dt.date(2022, 12, 18), "2022-W50"),
        # future: the next weekend on or after publication
        ("The ministers will meet at the weekend.", dt.date(2022, 12, 13), "2022-W50"),
    ],
)
def test_the_weekend_after_a_preposition_is_the_nearest_weekend_in_the_clause_tense(times, sentence, published, value):
    found = one(times(sentence, published), "the weekend")
    assert (found.value, found.granularity, found.type) == (value, "week", "relative")


def test_this_past_weekend_is_the_last_weekend_whatever_the_tense(times):
    # published on Tuesday 2022-12-13: the weekend just past is 10–11 December (W49)
    found = one(times("Protesters gathered this past weekend outside the embassy.", dt.date(2022, 12, 13)), "this past weekend")
    assert (found.value, found.granularity, found.type) == ("2022-W49", "week", "relative")


def test_the_day_before_or_after_is_unresolved(times):
    found = times("The envoy had arrived the day before, and the talks began the week after.")
    assert [(t.text, t.type, t.value) for t in found] == [("the day before", "unresolved", None), ("the week after", "unresolved", None)]
    assert one(times("The strike ended the day before yesterday."), "the day before yesterday").value == "2022-12-14"


def test_the_weekend_without_a_preposition_is_no_date(times):
    assert "the weekend" not in texts(times("The weekend markets were busy, and the weekend was quiet."))


def test_relative_expressions_without_publication_date_stay_relative_with_null_value(times):
    found = times("Officials said on Friday that prices rose last week and two days ago.", None)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("on Friday", "relative", None),
        ("last week", "relative", None),
        ("two days ago", "relative", None),
    ]


def test_publication_date_in_the_future_still_resolves(times):
    published = dt.date(2031, 6, 2)  # a Monday
    found = times("Officials said on Friday that output fell last month and will recover next year.", published)
    assert [(t.text, t.value) for t in found] == [("on Friday", "2031-05-30"), ("last month", "2031-05"), ("next year", "2032")]


def test_offset_from_a_year_in_the_text(times):
    found = one(times("The ceremony took place 100 years after the 1922 treaty."), "100 years after the 1922 treaty")
    assert (found.value, found.granularity, found.type) == ("2022", "year", "relative")
    # the anchor is in the text: no publication date needed
    assert one(times("The ceremony took place 100 years after the 1922 treaty.", None), "100 years after the 1922 treaty").value == "2022"


def test_offsets_from_an_unknown_point_are_unresolved(times):
    found = times("The following day the minister resigned. Two weeks later, he returned; that year was hard.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("The following day", "unresolved", None),
        ("Two weeks later", "unresolved", None),
        ("that year", "unresolved", None),
    ]


def test_a_month_in_a_year_the_text_named_before_is_unresolved_not_this_year(times):
    found = times("The 2014 annexation brought sanctions; a second package followed in July of that year. Talks collapsed in March the following year.")
    assert [(t.text, t.type, t.value, t.granularity) for t in found] == [
        ("2014", "exact", "2014", "year"),
        ("in July of that year", "unresolved", None, "month"),
        ("in March the following year", "unresolved", None, "month"),
    ]


# --------------------------------------------------------------------------- ranges and durations


@pytest.mark.parametrize(
    "sentence, expression, value, end_value",
    [
        ("Output grew between 2014 and 2016.", "between 2014 and 2016", "2014", "2016"),
        ("Output grew in 2014-16.", "in 2014-16", "2014", "2016"),
        ("The talks ran from March to May 2021.", "from March to May 2021", "2021-03", "2021-05"),
        ("The summit ran on March 3-5, 2021.", "on March 3-5, 2021", "2021-03-03", "2021-03-05"),
        ("The strike lasted from Monday to Wednesday.", "from Monday to Wednesday", "2022-12-12", "2022-12-14"),
    ],
)
def test_ranges(times, sentence, expression, value, end_value):
    found = one(times(sentence), expression)
    assert (found.value, found.end_value, found.type) == (value, end_value, "range")


def test_durations(times):
    found = times("She was held for three weeks, after a decade in exile and a three-day trial.")
    assert [(t.text, t.type, t.granularity, t.value) for t in found] == [
        ("three weeks", "duration", "week", None),
        ("a decade", "duration", "decade", None),
        ("three-day", "duration", "day", None),
    ]


def test_duration_anchored_at_publication(times):
    found = one(times("Prices have doubled over the past two years."), "the past two years")
    assert (found.value, found.end_value, found.type) == ("2020", "2022", "duration")
    assert one(times("Prices have doubled over the past two years.", None), "the past two years").value is None


def test_rates_are_not_durations(times):
    assert times("The company earns $5bn a year and the board meets twice a month.") == ()


# --------------------------------------------------------------------------- invalid input


def test_invalid_dates_do_not_crash(times):
    found = times("The deal was signed on 32 March and ratified on February 30, 2021.")
    assert [(t.text, t.type, t.value) for t in found] == [("on 32 March", "unresolved", None), ("on February 30, 2021", "unresolved", None)]


def test_february_29_without_a_leap_year_nearby_is_unresolved(times):
    found = one(times("The vote took place on February 29.", dt.date(2022, 6, 1)), "on February 29")
    assert (found.type, found.value) == ("unresolved", None)
    assert one(times("The vote took place on February 29.", dt.date(2024, 6, 1)), "on February 29").value == "2024-02-29"


def test_dates_near_the_end_of_the_calendar_do_not_crash(times):
    found = times("The treaty will be renewed next year and next month.", dt.date(9999, 12, 30))
    assert [(t.text, t.type, t.value) for t in found] == [("next year", "unresolved", None), ("next month", "unresolved", None)]


def test_empty_and_unparsed_documents(parse):
    assert extract_times(parse(""), PUBLISHED) == ()
    assert extract_times(parse("   \n\n  "), PUBLISHED) == ()
    # a Doc with no sentences, tags or entities (a blank pipeline) still gets its dates
    blank = spacy.blank("en")("talks on 16 December 2022 and last week")
    found = extract_times(blank, PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("on 16 December 2022", "2022-12-16"), ("last week", "2022-W49")]


def test_published_must_be_a_date(parse):
    with pytest.raises(TypeError):
        extract_times(parse("on Friday"), "2022-12-16")  # type: ignore[arg-type]


def test_published_datetime_is_taken_as_its_date(parse):
    found = extract_times(parse("Officials said on Friday that talks failed."), dt.datetime(2022, 12, 16, 23, 59))
    assert found[0].value == "2022-12-16"


# --------------------------------------------------------------------------- no false hits


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops may march on the capital if talks fail.",
        "We may march again, the organisers warned.",
        "Now we know what the government intended.",
        "The second round of voting is the decisive one.",
        "The president is seeking a second term.",
        "He told the Sunday Times that the plan was dead.",
        "Thousands gathered for Friday prayers at the mosque.",
        "Shops offered Black Friday discounts.",
        "The company employs 1,000 people and owns 1500 trucks.",
        "Theresa May told parliament the plan was dead.",
        "On Fridays the market closes early.",
        "Resolution 2231 was endorsed by the council.",
        "The troops reached the outskirts at 1400 GMT.",
        "A 45-year-old man was arrested.",
        "It cost about 2000 dollars.",
    ],
)
def test_no_false_hits(times, sentence):
    assert texts(times(sentence)) == []


def test_year_that_names_an_event_is_still_a_year(times):
    found = times("The 2016 election and the 2022 World Cup drew huge crowds.")
    assert [(t.text, t.value) for t in found] == [("2016", "2016"), ("2022", "2022")]


def test_friday_in_a_possessive_is_a_date(times):
    assert one(times("Friday's attack killed 12 people."), "Friday").value == "2022-12-16"


def test_find_time_spans_matches_extract_times(parse):
    doc = parse("Officials said on Friday that 12 tanks crossed between 2014 and 2016.")
    assert find_time_spans(doc) == [(t.start, t.end) for t in extract_times(doc, PUBLISHED)]


# --------------------------------------------------------------------------- seasons, holidays, weeks


@pytest.mark.parametrize(
    "sentence, published, expression, value",
    [
        ("Flu cases rose sharply this winter.", dt.date(2026, 3, 12), "this winter", "2025-WI"),
        ("Cases were lower the previous winter.", dt.date(2026, 3, 12), "the previous winter", "2024-WI"),
        ("The club made its third signing this summer.", dt.date(2023, 5, 19), "this summer", "2023-SU"),
        ("Congress will vote on it this autumn.", dt.date(2023, 3, 1), "this autumn", "2023-FA"),
        ("Sales collapsed last summer.", dt.date(2023, 7, 10), "last summer", "2022-SU"),
        ("A decision is unlikely before the summer.", dt.date(2026, 3, 18), "the summer", "2026-SU"),
        ("Troops crossed the river in the winter of 2022.", dt.date(2026, 3, 20), "in the winter of 2022", "2022-WI"),
    ],
)
def test_seasons_are_timex3_codes(times, sentence, published, expression, value):
    found = one(times(sentence, published), expression)
    assert (found.value, found.granularity, found.end_value) == (value, "season", None)


def test_generic_seasons_are_not_times(times):
    assert texts(times("Prices fall in autumn, and in winter the roads close.")) == []


def test_holidays(times):
    found = times("Hospital admissions peaked before Christmas and fell at Easter.", dt.date(2026, 3, 12))
    assert [(t.text, t.value) for t in found] == [("Christmas", "2025-12-25"), ("Easter", "2025-04-20")]
    assert times("Christmas trees and Easter eggs sold out.", dt.date(2026, 3, 12)) == ()


def test_week_of_a_month(times):
    found = one(times("The outbreak peaked in the second week of December.", dt.date(2026, 3, 12)), "in the second week of December")
    assert (found.value, found.granularity) == ("2025-W50", "week")


def test_the_same_week_of_another_year_takes_the_last_week_mentioned(times):
    text = "Guards recorded 1,340 crossings last week, double the figure for the same week of 2025."
    found = times(text, dt.date(2026, 3, 15))
    assert [(t.text, t.value) for t in found] == [("last week", "2026-W10"), ("the same week of 2025", "2025-W10")]


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("In March of this year, the court ruled against him.", "In March of this year", "2023-03"),
        ("The plant closed in May last year.", "in May last year", "2022-05"),
        ("The plant closed last March.", "last March", "2022-03"),
        ("The plant will reopen next May.", "next May", "2023-05"),
        ("Growth will slow in the first half of next year.", "in the first half of next year", "2024-01"),
    ],
)
def test_months_placed_by_the_publication_year(times, sentence, expression, value):
    found = one(times(sentence, dt.date(2023, 3, 1)), expression)
    assert (found.value, found.type) == (value, "relative")


def test_since_puts_a_month_before_publication(times):
    found = one(times("The total since March passed two million.", dt.date(2021, 1, 4)), "March")
    assert found.value == "2020-03"


def test_a_past_reporting_verb_does_not_push_a_near_month_a_year_back(times):
    found = one(times("The bank signalled a rise in December.", dt.date(2016, 11, 10)), "in December")
    assert found.value == "2016-12"


def test_generic_weekdays_are_not_times(times):
    assert texts(times("Residents gather on a Saturday morning, and the market opens every Monday.")) == []


def test_count_ranges_are_durations(times):
    found = times("Troops will be ready within 10-30 days and withdrawn in four to six months.")
    assert [(t.text, t.type, t.granularity) for t in found] == [("10-30 days", "duration", "day"), ("four to six months", "duration", "month")]


# --------------------------------------------------------------------------- the scorer


def test_scorer_matches_overlapping_spans_and_checks_values():
    from types import SimpleNamespace

    from newsgraph.eval.times import GoldTime, score_times

    text = "Officials met on Friday and again last week; a duration of three weeks."
    friday, week, weeks = text.index("on Friday"), text.index("last week"), text.index("three weeks")
    gold = [GoldTime(friday, friday + 9, "on Friday", "2022-12-16"), GoldTime(week, week + 9, "last week", "2022-W49")]
    predicted = [
        SimpleNamespace(start=friday + 3, end=friday + 9, value="2022-12-16", end_value=None, type="relative"),  # "Friday": matches
        SimpleNamespace(start=week, end=week + 9, value="2022-W48", end_value=None, type="relative"),  # wrong value
        SimpleNamespace(start=weeks, end=weeks + 11, value=None, end_value=None, type="duration"),  # not scored
    ]
    scores = score_times(gold, predicted)
    assert (scores.gold, scores.predicted, scores.matched, scores.value_right, scores.exact_spans) == (2, 2, 2, 1, 1)
    assert scores.f1 == 1.0 and scores.end_to_end_f1 == 0.5


def test_scorer_rejects_a_gold_string_missing_from_the_text(tmp_path):
    from newsgraph.errors import InputError
    from newsgraph.eval.times import read_dev_set

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x", "published": "2022-12-16", "text": "on Friday", "times": [{"text": "on Monday", "value": "2022-12-12"}]}\n', encoding="utf-8")
    with pytest.raises(InputError):
        read_dev_set(path)


def test_sample_articles_gold_times(parse):
    """The samples' gold (annotated by their author) is found with end-to-end F1 of at least 0.9."""
    import json

    from newsgraph.eval.times import TimeScores, read_sample_times, score_times

    from .conftest import SAMPLES

    gold_paths = sorted((SAMPLES / "gold").glob("*.json"))
    if not gold_paths:
        pytest.skip("no sample gold")
    total = TimeScores()
    for gold_path in gold_paths:
        text = (SAMPLES / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(json.loads(gold_path.read_text(encoding="utf-8"))["published"])
        total += score_times(read_sample_times(gold_path, text), extract_times(parse(text), published))
    assert total.gold > 100
    assert total.end_to_end_f1 >= 0.9


def test_development_set(parse):
    """bench/times_gold.jsonl: times and quantities with end-to-end F1 of at least 0.9."""
    from newsgraph.eval.times import QuantityScores, TimeScores, read_dev_set, score_quantities, score_times
    from newsgraph.extract.quantities import find_quantities

    from .conftest import REPO

    times_total, quantities_total = TimeScores(), QuantityScores()
    for item in read_dev_set(REPO / "bench" / "times_gold.jsonl"):
        doc = parse(item.text)
        times_total += score_times(item.times, extract_times(doc, dt.date.fromisoformat(item.published)))
        quantities_total += score_quantities(item.quantities, find_quantities(doc))
    assert times_total.end_to_end_f1 >= 0.9
    assert quantities_total.end_to_end_f1 >= 0.9
