"""The story's dates on the calendar and its events in order.

The story date (`reference_date`), against which the relative expressions of articles without a publication
date are read, is inferred in this order:

1. the articles' publication dates, when any article has one: their median (the lower one for an even count),
   so one late follow-up or one early teaser does not move the story;
2. else the explicit calendar dates written in the texts ("July 31", "Aug. 1", "July 30, 2024"). A month-day
   without a year takes the story year: the latest year the texts write ("July 30, 2024", "in 2024"; news is
   written after the past it recalls, so a birth date in 1923 does not date an obituary; "by 2030" and "until
   2030" look ahead and are left out). Of these dates, the story date
   is the one in the busiest stretch of the calendar: each candidate scores the number of explicit mentions from
   `BEFORE_DAYS` before it to `AFTER_DAYS` after it (a story's own dates cluster around its reporting day, while
   an anniversary such as "October 7" stands alone); ties go to the day a report is dated by ("the Times
   reported on July 31"), then to the day that fits the weekdays the texts name ("early Wednesday" is written
   on that Wednesday or the day after), then to the most mentioned day, then to the later day. When the texts
   name weekdays, only a date from one of those weekdays to `WEEKDAY_SLACK_DAYS` after it can be the story
   date: a lone "October 7" in a story about "Wednesday morning" is background, and the story gets no date;
3. else None: only fully written dates can be placed on the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from ..annotate import dates as dates_mod
from ..model import DateEntry, Doc, Fact, Span, TimelineEvent

BEFORE_DAYS = 7  # a report looks back over the past week of the events it covers
AFTER_DAYS = dates_mod.NEAR_FUTURE_DAYS  # and ahead to what is scheduled, as far as month-days are read forward
# Two sentences with the same date are one event at this Jaccard overlap of content words: paraphrases of one
# event across outlets measured 0.24-0.38 on the seed reports, different events on one day 0.05-0.18.
EVENT_JACCARD = 0.2
# A date right after these words is when something was reported, not when it happened.
REPORTING_CUE = re.compile(
    r"\b(?:reported|report|reports|reporting|published|wrote|said in a report|told reporters)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
FUTURE_CUE = re.compile(r"(?:by|until)\s", re.IGNORECASE)  # "by 2030" looks ahead; it does not date the story
STOPWORDS = frozenset(
    "the a an and or of to in on at for by with from that this which who was were is are has have had be been "
    "it its as after before said says also would will not but their his her they he she".split()
)
# News names the weekday of an event it reports that day or up to two days later; further back it writes the
# date or "last week". So a story naming "Wednesday" is dated Wednesday to Friday.
WEEKDAY_SLACK_DAYS = 2
EXACT_KINDS = frozenset({"iso", "numeric", "month_day", "day_month"})


def reference_date(docs: Sequence[Doc]) -> dt.date | None:
    """The date the story's relative expressions are read against when an article has no publication date."""
    published = sorted(d for d in (parse_published(doc.article.published) for doc in docs) if d)
    if published:
        return published[(len(published) - 1) // 2]
    year = story_year([doc.article.text for doc in docs])
    candidates: Counter[dt.date] = Counter()
    reported: Counter[dt.date] = Counter()
    weekdays: Counter[int] = Counter()
    for doc in docs:
        sentences = {s.index: s.span for s in doc.annotations.sentences}
        for mention in doc.annotations.dates:
            phrase = mention.span.text
            kind = dates_mod.kind_of(phrase)
            if kind == "weekday" and not mention.future and not phrase.lower().startswith(("last", "next")):
                weekdays[_weekday_of(phrase)] += 1
            if kind not in EXACT_KINDS or not (when := _with_year(phrase, year)):
                continue
            candidates[when] += 1
            sentence = sentences[mention.sentence]
            if REPORTING_CUE.search(sentence.text[: mention.span.start - sentence.start]):
                reported[when] += 1
    if weekdays:
        # A story that names weekdays is dated on or just after one of them; other dates are background.
        fits = [c for c in candidates if any((c.weekday() - w) % 7 <= WEEKDAY_SLACK_DAYS for w in weekdays)]
        candidates = Counter({c: candidates[c] for c in fits})
    if not candidates:
        return None

    def score(day: dt.date) -> tuple[int, int, int, int, dt.date]:
        lo, hi = day - dt.timedelta(days=BEFORE_DAYS), day + dt.timedelta(days=AFTER_DAYS)
        nearby = sum(n for d, n in candidates.items() if lo <= d <= hi)
        # "early Wednesday" is written on that Wednesday or the day after.
        weekday_support = weekdays[day.weekday()] + weekdays[(day.weekday() - 1) % 7]
        return nearby, reported[day], weekday_support, candidates[day], day

    return max(candidates, key=score)


def _weekday_of(phrase: str) -> int:
    return next(i for name, i in dates_mod.WEEKDAYS.items() if name in phrase.lower())


def parse_published(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 publication date, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def story_year(texts: Sequence[str]) -> int | None:
    """The year of a story's undated month-days: the latest year its texts write, a future-leaning "by 2030" aside."""
    years = [
        year
        for text in texts
        for start, end, _ in dates_mod.scan(text)
        if (year := dates_mod.explicit_year(text[start:end])) is not None and not FUTURE_CUE.match(text[start:end])
    ]
    return max(years, default=None)


def _with_year(phrase: str, year: int | None) -> dt.date | None:
    """An exact date phrase on the calendar, its missing year filled with `year`."""
    if dates_mod.explicit_year(phrase) is not None:
        return dates_mod.resolve(phrase, None)
    if year is None:
        return None
    return dates_mod.resolve(f"{phrase}, {year}", None)


def resolve_dates(docs: Sequence[Doc], story_reference: dt.date | None) -> tuple[DateEntry, ...]:
    """Every date expression of the story's articles, resolved to the calendar."""
    out: list[DateEntry] = []
    for doc in docs:
        reference = parse_published(doc.article.published) or story_reference
        sentences = {s.index: s for s in doc.annotations.sentences}
        resolved = [(m, dates_mod.resolve(m.span.text, reference, m.future)) for m in doc.annotations.dates]
        for mention, when in resolved:
            if dates_mod.is_time_only(mention.span.text):
                # A clock time takes the date of its sentence, when the sentence has one.
                same = [
                    w for m, w in resolved if w and m.sentence == mention.sentence and not dates_mod.is_time_only(m.span.text)
                ]
                when = same[0] if same else when
            if when is None:
                continue
            sentence = sentences[mention.sentence].span.text
            out.append(DateEntry(doc.id, mention.span.text, when.isoformat(), sentence, mention.span.start, mention.span.end))
    return tuple(out)


def build_timeline(dates: Sequence[DateEntry], facts: Sequence[Fact]) -> tuple[TimelineEvent, ...]:
    """The story's events in date order, each with its articles."""
    starts = _sentence_starts(dates)
    groups: list[_Event] = []
    dated: dict[str, dict[str, set[str]]] = {}  # fact id -> article -> the dates its sentence of the fact gives
    for entry in sorted(dates, key=lambda e: (e.date, e.article, e.start)):
        start = starts.get((entry.article, entry.text))
        if _is_reporting_date(entry, start) or _is_coarser_duplicate(entry, dates):
            continue
        evidence = (
            Span(entry.article, start, start + len(entry.text), entry.text)
            if start is not None
            else Span(entry.article, entry.start, entry.end, entry.phrase)
        )
        fact = _fact_of(evidence, facts)
        if fact is not None:
            dated.setdefault(fact.id, {}).setdefault(entry.article, set()).add(entry.date)
        for group in groups:
            if group.date == entry.date and group.joins(evidence, fact):
                group.add(evidence)
                break
        else:
            groups.append(_Event(entry.date, evidence, fact))
    events = [g.event(dated.get(g.fact.id, {}) if g.fact else {}) for g in groups]
    return tuple(sorted(events, key=lambda e: (e.date, -len(e.articles), e.text)))


class _Event:
    """The sentences of one event on one date, gathered while building the timeline."""

    def __init__(self, date: str, evidence: Span, fact: Fact | None) -> None:
        self.date = date
        self.fact = fact
        self.evidence = [evidence]

    def joins(self, evidence: Span, fact: Fact | None) -> bool:
        if fact is not None and self.fact is not None:
            return fact.id == self.fact.id
        words = _words(evidence.text)
        return any(_jaccard(words, _words(e.text)) >= EVENT_JACCARD for e in self.evidence)

    def add(self, evidence: Span) -> None:
        if evidence not in self.evidence:
            self.evidence.append(evidence)

    def event(self, fact_dates: dict[str, set[str]]) -> TimelineEvent:
        """The event; its fact's other articles join it unless their sentence of the fact gives another date
        ("on Monday" in one outlet, "on Tuesday" in another: the Tuesday event is not the first outlet's)."""
        elsewhere = {a for a, days in fact_dates.items() if self.date not in days}
        articles = {e.article for e in self.evidence}
        text = self.evidence[0].text
        if self.fact is not None:
            articles |= set(self.fact.articles) - elsewhere
            if not any(s.article in elsewhere and s.text == self.fact.text for s in self.fact.evidence):
                text = self.fact.text
        spans = {(s.article, s.start, s.end): s for s in self.evidence}
        return TimelineEvent(self.date, text, tuple(sorted(articles)), tuple(spans[k] for k in sorted(spans)))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS and len(w) > 2}


def _sentence_starts(dates: Sequence[DateEntry]) -> dict[tuple[str, str], int]:
    """Where each entry's sentence starts in its article, where its phrases pin it down to one offset."""
    options: dict[tuple[str, str], set[int]] = {}
    for e in dates:
        here = {e.start - m.start() for m in re.finditer(re.escape(e.phrase), e.text)}
        key = (e.article, e.text)
        options[key] = options[key] & here if key in options else here
    return {key: next(iter(starts)) for key, starts in options.items() if len(starts) == 1}


def _is_reporting_date(entry: DateEntry, sentence_start: int | None) -> bool:
    """True when the phrase dates a report ("the Times reported on July 31", a dateline "BUCHAREST, Oct 9 -")
    rather than an event."""
    if not re.search(r"\b[a-z]", entry.text.replace(entry.phrase, "")):  # no word but names: a dateline
        return True
    if sentence_start is not None:
        at = [entry.start - sentence_start]
    else:
        at = [m.start() for m in re.finditer(re.escape(entry.phrase), entry.text)]
    return bool(at) and all(REPORTING_CUE.search(entry.text[:i]) for i in at)


def _is_coarser_duplicate(entry: DateEntry, dates: Sequence[DateEntry]) -> bool:
    """A bare year ("in 2024") next to a finer date of that year in the same sentence adds nothing."""
    if dates_mod.kind_of(entry.phrase) != "year":
        return False
    return any(
        e.article == entry.article and e.text == entry.text and e.date[:4] == entry.date[:4] and e is not entry for e in dates
    )


def _fact_of(evidence: Span, facts: Sequence[Fact]) -> Fact | None:
    """The fact whose evidence overlaps this sentence, the best supported one first."""
    for fact in sorted(facts, key=lambda f: (-len(f.articles), f.id)):
        for span in fact.evidence:
            if span.article == evidence.article and span.start < evidence.end and evidence.start < span.end:
                return fact
    return None
