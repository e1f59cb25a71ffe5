"""Date and time expressions: found by pattern, resolved against a reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse import text
from newsfuse.annotate import dates
from newsfuse.model import Article

REF = dt.date(2024, 7, 31)  # a Wednesday


def phrases(s: str) -> list[str]:
    return [s[a:b] for a, b, _ in dates.scan(s)]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("He was killed in an airstrike early Wednesday, officials said.", ["early Wednesday"]),
        ("The council met on Wednesday morning and again Tuesday night.", ["Wednesday morning", "Tuesday night"]),
        ("The Times reported on July 31 that talks would resume on Aug. 1.", ["July 31", "Aug. 1"]),
        ("It happened in Tehran on July 30, 2024, before dawn.", ["July 30, 2024"]),
        ("In April, Iran launched drones; the Oct. 7 attack came first.", ["In April", "Oct. 7"]),
        ("He died around 2 am local time.", ["2 am local time"]),
        ("Filed 2013-05-02 and signed 05/02/2013.", ["2013-05-02", "05/02/2013"]),
        ("She arrived yesterday, a year after last year's vote, three days ago.", ["yesterday", "last year", "three days ago"]),
        ("Earlier in 2024 it was cold; in mid-April it was warm.", ["in 2024", "mid-April"]),
        ("On 7 October 2023 the war began.", ["7 October 2023"]),
    ],
)
def test_finds_expressions(sentence: str, want: list[str]) -> None:
    assert phrases(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May said the plan may work.",
        "More than 2,000 people and 1,200 soldiers marched.",
        "The march was long and the sun was hot.",
        "They may win 300 seats.",
    ],
)
def test_no_false_dates(sentence: str) -> None:
    assert phrases(sentence) == []


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("early Wednesday", "2024-07-31"),  # the reference day itself
        ("Wednesday morning", "2024-07-31"),
        ("Tuesday night", "2024-07-30"),
        ("Sunday", "2024-07-28"),
        ("last Wednesday", "2024-07-24"),
        ("next Monday", "2024-08-05"),
        ("July 31", "2024-07-31"),
        ("July 30", "2024-07-30"),
        ("Aug. 1", "2024-08-01"),  # the near future, not last August
        ("Aug. 2", "2024-08-02"),
        ("October 7", "2023-10-07"),  # far ahead without a year: last year's
        ("Oct. 7th", "2023-10-07"),
        ("July 30, 2024", "2024-07-30"),
        ("30 July 2024", "2024-07-30"),
        ("2013-05-02", "2013-05-02"),
        ("05/02/2013", "2013-05-02"),
        ("25/12/2020", "2020-12-25"),
        ("In April", "2024-04-01"),
        ("in December", "2023-12-01"),
        ("mid-April", "2024-04-15"),
        ("April 2023", "2023-04-01"),
        ("in 2022", "2022-01-01"),
        ("yesterday", "2024-07-30"),
        ("today", "2024-07-31"),
        ("tomorrow", "2024-08-01"),
        ("last year", "2023-01-01"),
        ("last month", "2024-06-01"),
        ("three days ago", "2024-07-28"),
        ("2 am local time", "2024-07-31"),
        ("10/1/61", "1961-10-01"),
        ("12/16/08", "2008-12-16"),
    ],
)
def test_resolve(phrase: str, want: str) -> None:
    got = dates.resolve(phrase, REF)
    assert got is not None and got.isoformat() == want


def test_near_future_window_is_bounded() -> None:
    near = REF + dt.timedelta(days=dates.NEAR_FUTURE_DAYS)
    far = near + dt.timedelta(days=1)
    assert dates.month_day(near.month, near.day, REF) == near
    assert dates.month_day(far.month, far.day, REF) == far.replace(year=far.year - 1)


def test_new_year_crossing() -> None:
    assert dates.resolve("Jan. 2", dt.date(2023, 12, 28)) == dt.date(2024, 1, 2)
    assert dates.resolve("Dec. 30", dt.date(2024, 1, 3)) == dt.date(2023, 12, 30)


def test_leap_day_without_year() -> None:
    assert dates.resolve("Feb. 29", dt.date(2025, 3, 10)) == dt.date(2024, 2, 29)


def test_without_reference_only_full_dates_resolve() -> None:
    assert dates.resolve("July 30, 2024", None) == dt.date(2024, 7, 30)
    assert dates.resolve("early Wednesday", None) is None
    assert dates.resolve("July 31", None) is None


def test_not_a_date() -> None:
    assert dates.resolve("the committee", REF) is None
    assert dates.resolve("February 30, 2024", REF) is None


def test_find_dates_spans_and_boilerplate() -> None:
    body = "By Jane Doe\nThe strike came early Wednesday. Funerals follow on Aug. 1."
    article = Article("x", body)
    found = dates.find_dates(article, text.split(article))
    assert [m.span.text for m in found] == ["early Wednesday", "Aug. 1"]
    for m in found:
        assert body[m.span.start : m.span.end] == m.span.text


def test_a_weekday_ahead_of_the_writing_is_the_next_one() -> None:
    body = "The launch was postponed on Tuesday. The company said it would try again on Thursday."
    article = Article("x", body)
    found = dates.find_dates(article, text.split(article))
    assert [(m.span.text, m.future) for m in found] == [("Tuesday", False), ("Thursday", True)]
    assert [dates.resolve(m.span.text, REF, m.future) for m in found] == [dt.date(2024, 7, 30), dt.date(2024, 8, 1)]
    assert dates.resolve("Wednesday", REF, future=True) == dt.date(2024, 8, 7)  # not the day it is written


def test_time_only() -> None:
    assert dates.is_time_only("2 am local time")
    assert dates.is_time_only("10:30 p.m.")
    assert dates.is_time_only("06:00 GMT")
    assert phrases("The polls close at 20:00 tonight.") == ["20:00", "tonight"]
    assert not dates.is_time_only("Wednesday morning")


def test_a_month_day_ahead_in_a_sentence_about_what_is_to_come() -> None:
    body = "He remains free until Aug. 18.\nThe road was closed until March 3."
    article = Article("x", body)
    found = dates.find_dates(article, text.split(article))
    assert [m.future for m in found] == [True, True]
    assert dates.resolve("Aug. 18", dt.date(2025, 6, 17), True) == dt.date(2025, 8, 18)
    assert dates.resolve("March 3", dt.date(2025, 3, 10), True) == dt.date(2025, 3, 3)  # a year ahead: the past one
