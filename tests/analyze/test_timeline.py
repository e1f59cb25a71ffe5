"""Story date, resolved dates and the timeline."""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsfuse import text
from newsfuse.analyze import timeline
from newsfuse.annotate import dates
from newsfuse.model import Annotations, Article, DateEntry, Doc, Fact, Span


def doc(article_id: str, body: str, published: str | None = None) -> Doc:
    article = Article(article_id, body, published=published)
    sentences = text.split(article)
    notes = Annotations(sentences, dates=dates.find_dates(article, sentences))
    return Doc(article, notes, np.zeros((len(sentences), 4), np.float32))


def test_reference_from_publication_dates_is_the_median() -> None:
    docs = [
        doc("a", "It rained.", "2024-07-30T10:00:00Z"),
        doc("b", "It rained.", "2024-07-31"),
        doc("c", "It rained.", "2024-08-05"),
        doc("d", "It rained."),
    ]
    assert timeline.reference_date(docs) == dt.date(2024, 7, 31)


def test_reference_from_texts_uses_the_busy_stretch_not_an_anniversary() -> None:
    docs = [
        doc("a", "A photo taken in Tehran on July 30, 2024 shows him. The Oct. 7 attack killed many."),
        doc("b", "The attack on October 7 started the war. It was a long year."),
        doc("c", "The paper reported on July 31 that a meeting is set for Aug. 1 and the burial for Aug. 2."),
    ]
    assert timeline.story_year([d.article.text for d in docs]) == 2024
    assert timeline.reference_date(docs) == dt.date(2024, 7, 31)


def test_reference_year_from_a_loose_year() -> None:
    docs = [doc("a", "Earlier in 2023, talks failed. On March 3 they met again.")]
    assert timeline.reference_date(docs) == dt.date(2023, 3, 3)


def test_no_reference_without_any_year() -> None:
    docs = [doc("a", "On March 3 they met again, early Wednesday.")]
    assert timeline.reference_date(docs) is None
    assert timeline.reference_date([]) is None


def test_resolve_dates_per_article_reference() -> None:
    a = doc("a", "The strike came early Wednesday.", "2024-08-07")
    b = doc("b", "The strike came early Wednesday. He died around 2 am local time.")
    got = {(e.article, e.phrase): e.date for e in timeline.resolve_dates([a, b], dt.date(2024, 7, 31))}
    assert got == {
        ("a", "early Wednesday"): "2024-08-07",
        ("b", "early Wednesday"): "2024-07-31",
        ("b", "2 am local time"): "2024-07-31",
    }


def test_time_takes_the_date_of_its_sentence() -> None:
    a = doc("a", "He died around 2 am local time on Tuesday.")
    (time_entry,) = [e for e in timeline.resolve_dates([a], dt.date(2024, 7, 31)) if e.phrase.startswith("2 am")]
    assert time_entry.date == "2024-07-30"


def test_entries_point_into_the_text() -> None:
    body = "Intro line here.\nThe funeral is set for Aug. 2, after the meeting on Aug. 1."
    a = doc("a", body)
    for e in timeline.resolve_dates([a], dt.date(2024, 7, 31)):
        assert body[e.start : e.end] == e.phrase
        assert e.phrase in e.text and e.text in body


def test_timeline_order_support_and_reporting_dates() -> None:
    a = doc("a", "The Times reported on July 31 that the strike was ordered. Mourners met on Aug. 1 in Tehran.")
    b = doc("b", "Mourners met in Tehran on Aug. 1 for the funeral. In April, drones were launched at Israel.")
    c = doc("c", "Crowds of mourners met in Tehran on Aug. 1 at the funeral.")
    entries = timeline.resolve_dates([a, b, c], dt.date(2024, 7, 31))
    events = timeline.build_timeline(entries, ())
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert "2024-07-31" not in {e.date for e in events}  # only the day it was reported
    aug1 = [e for e in events if e.date == "2024-08-01"]
    assert aug1[0].articles == ("a", "b", "c")
    for event in events:
        for span in event.evidence:
            body = {"a": a, "b": b, "c": c}[span.article].article.text
            assert body[span.start : span.end] == span.text


def test_timeline_groups_by_fact() -> None:
    a = doc("a", "The council met on Wednesday morning.")
    b = doc("b", "A session was held early Wednesday.")
    entries = timeline.resolve_dates([a, b], dt.date(2024, 7, 31))
    spans = tuple(Span(d.id, 0, len(d.article.text), d.article.text) for d in (a, b))
    fact = Fact("f1", "The council met on Wednesday morning.", ("a", "b"), 2, "corroborated", spans)
    (event,) = timeline.build_timeline(entries, (fact,))
    assert (event.date, event.text, event.articles) == ("2024-07-31", fact.text, ("a", "b"))


def test_outlets_of_one_fact_that_give_different_days_are_two_events() -> None:
    a = doc("a", "The council met on Tuesday.")
    b = doc("b", "The council met on Wednesday.")
    c = doc("c", "The council met.")
    entries = timeline.resolve_dates([a, b, c], dt.date(2024, 7, 31))
    spans = tuple(Span(d.id, 0, len(d.article.text), d.article.text) for d in (a, b, c))
    fact = Fact("f1", a.article.text, ("a", "b", "c"), 3, "disputed", spans)
    events = timeline.build_timeline(entries, (fact,))
    # the undated outlet supports both; each dated one only its own day, in its own words
    assert [(e.date, e.text, e.articles) for e in events] == [
        ("2024-07-30", "The council met on Tuesday.", ("a", "c")),
        ("2024-07-31", "The council met on Wednesday.", ("b", "c")),
    ]


def test_bare_year_beside_a_finer_date_is_left_out() -> None:
    s = "Earlier in 2024, strikes followed in April."
    entries = [
        DateEntry("a", "in 2024", "2024-01-01", s, 8, 15),
        DateEntry("a", "in April", "2024-04-01", s, s.index("in April"), s.index("in April") + 8),
    ]
    assert [e.date for e in timeline.build_timeline(entries, ())] == ["2024-04-01"]


def test_background_date_that_fits_no_named_weekday_is_not_the_story_date() -> None:
    # 2024-10-07 is a Monday; a story about "Wednesday morning" is not dated by it.
    docs = [doc("a", "The council met on Wednesday morning. The attack on October 7 started it all, in 2024.")]
    assert timeline.reference_date(docs) is None
    docs.append(doc("b", "The Times reported on July 31, 2024 that the council had met."))
    assert timeline.reference_date(docs) == dt.date(2024, 7, 31)


def test_a_dateline_dates_the_article_but_is_no_event() -> None:
    a = doc("a", "BUCHAREST, Oct 9 - The bank raised its rate on Thursday.\nThe next meeting is Nov. 14.")
    entries = timeline.resolve_dates([a], dt.date(2025, 10, 9))
    assert [(e.phrase, e.date) for e in entries] == [
        ("Oct 9", "2025-10-09"), ("Thursday", "2025-10-09"), ("Nov. 14", "2025-11-14")]  # ahead: the next one
    events = timeline.build_timeline(entries, ())
    assert [(e.date, e.text) for e in events if e.date == "2025-10-09"] == [
        ("2025-10-09", "The bank raised its rate on Thursday.")]
