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
        "last week, on February 30, 2021 and on Dec. 16 the ministry said talks would go on."
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
