"""Date and time expressions: found per article, resolved to the calendar against a reference date.

Finding is regex based (fast, no model): full dates ("July 30, 2024", "30 July 2024", "2024-07-30", "05/02/2013"),
month and day ("July 31", "Aug. 1", "Oct. 7th"), weekdays with their modifiers ("early Wednesday",
"Wednesday morning", "Tuesday night", "last Friday"), months ("in April", "mid-April", "April 2024"), years after a
preposition ("in 2024"), relative words ("yesterday", "last year", "three days ago") and clock times ("2 am local
time", "10:30 p.m."), which have no date of their own.

Resolving reads a phrase against the reference date (the article's publication date). News reports past events,
so a weekday is the most recent such day on or before the reference (the next one in a sentence about what is to
come: "will try again on Thursday") and a month-day without a year is its most
recent past occurrence, except that a date at most `NEAR_FUTURE_DAYS` after the reference is read as the near
future ("the burial on Aug. 2" in a July 31 story), as is one up to half a year ahead in a sentence about what
is to come ("the next meeting is Nov. 14").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..model import Article, DateMention, Sentence, Span

# A month-day at most this many days after the reference is the near future, not last year: coverage of ongoing
# events names funerals, meetings and votes days to two weeks ahead, while a month-day further ahead written
# without a year is far more often an anniversary from last year ("October 7" in a July story).
NEAR_FUTURE_DAYS = 14
# ... and in a sentence about what is to come ("until Aug. 18", "the next meeting is Nov. 14"), up to half a year
# ahead: further ahead, the date is more likely the past one ("stayed closed until March 3" in a March 10 story)
FUTURE_MONTH_DAY_DAYS = 183
TWO_DIGIT_YEAR_AHEAD = 10  # "10/1/61" in a 2024 story is 1961; news writes few dates more than a decade ahead

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?:morning|afternoon|evening|night)"
NUM = r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
UNIT = r"(?:days?|weeks?|months?|years?)"
ZONE = r"(?:local\s+time|GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|IST|hours|hrs)"
# "7 p.m.", "10:30 a.m."; a bare "4:43" is a race time or a score unless "at" or a time zone frames it.
CLOCK = (
    r"(?:[01]?[0-9](?:[:.][0-5][0-9])?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])(?:\s+" + ZONE + r"\b)?"
    r"|(?<=\bat\s)[0-2]?[0-9]:[0-5][0-9](?![0-9])(?:\s+" + ZONE + r"\b)?"
    r"|[0-2]?[0-9]:[0-5][0-9]\s+" + ZONE + r"\b)"
)

# Alternatives in order of preference: the longest, most specific reading wins where two overlap.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"\b{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b"),
    ("numeric", r"\b(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|[12][0-9]|3[01])/(?:[0-9]{4}|[0-9]{2})\b"),
    ("month_day", rf"\b{MONTH}\s+{DAY}\b(?:,?\s+{YEAR}\b)?"),
    ("day_month", rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR}\b)?"),
    ("month_year", rf"\b{MONTH},?\s+{YEAR}\b"),
    ("month", rf"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ll]ast|[Nn]ext|of)\s+"
              rf"|\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]?){MONTH}(?![.,\s]*\d)(?![\w-])"),
    ("weekday", rf"\b(?:(?:early|late|last|next|this)\s+)?{WEEKDAY}(?:\s+{PART})?\b"),
    ("relative", r"\b(?:yesterday|today|tonight|tomorrow)\b"),
    ("relative", rf"\b(?:last|this|next)\s+(?:{PART}|week|month|year|weekend)\b"),
    ("relative", r"\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"),
    ("relative", rf"\b{NUM}\s+{UNIT}\s+ago\b"),
    ("year", rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]y)\s+{YEAR}(?!\d|,\d)"),
    ("time", rf"\b{CLOCK}|\b(?:noon|midnight)\b"),
)  # fmt: skip
# words before a date that put it ahead of the writing: "will try again on Thursday", "is due to land Friday"
FUTURE = re.compile(r"\b(?:will|would|shall|'ll|scheduled|expected to|set to|due to|plans? to|planned|is to|are to|"
                    r"next|upcoming|until)\b",
                    re.I)
FINDER = re.compile("|".join(f"(?P<{kind}{i}>{rx})" for i, (kind, rx) in enumerate(PATTERNS)))


def find_dates(article: Article, sentences: tuple[Sentence, ...]) -> tuple[DateMention, ...]:
    """Every date or time expression in the article's non-boilerplate sentences and its dateline ("BUCHAREST,
    Oct 9 -": the day it was filed)."""
    out = []
    for sent in sentences:
        if sent.boilerplate not in (None, "dateline"):
            continue
        for start, end, _ in scan(sent.span.text):
            s, e = sent.span.start + start, sent.span.start + end
            future = bool(FUTURE.search(sent.span.text[:start]))
            out.append(DateMention(Span(article.id, s, e, article.text[s:e]), sent.index, future))
    return tuple(out)


def scan(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each date or time expression in a piece of text."""
    for m in FINDER.finditer(text):
        kind = (m.lastgroup or "").rstrip("0123456789")
        yield m.start(), m.end(), kind


def kind_of(phrase: str) -> str | None:
    """What kind of expression a phrase is: "month_day", "weekday", "time"…, or None when it is none."""
    m = FINDER.fullmatch(phrase.strip())
    return (m.lastgroup or "").rstrip("0123456789") if m else None


def is_time_only(phrase: str) -> bool:
    """True for a clock time with no date of its own ("2 am local time")."""
    return kind_of(phrase) == "time"


def explicit_year(phrase: str) -> int | None:
    """The year a phrase writes out ("July 30, 2024" → 2024), else None."""
    m = re.search(rf"\b{YEAR}\b", phrase)
    if m:
        return int(m.group())
    m = re.fullmatch(r"\s*[0-9]{1,2}/[0-9]{1,2}/([0-9]{2})\s*", phrase)
    return _full_year(int(m.group(1))) if m else None


def resolve(phrase: str, reference: dt.date | None, future: bool = False) -> dt.date | None:
    """The calendar date a phrase means, read from `reference` (the article's publication date); a weekday in a
    sentence about what is to come (`future`) is the next such day, not the last."""
    p = phrase.strip()
    kind = kind_of(p)
    low = p.lower()
    if kind == "iso":
        return _date(*(int(x) for x in p.split("-")))
    if kind == "numeric":
        return _numeric(p, reference)
    if kind in ("month_day", "day_month"):
        month, day = _month_in(low), _day_in(low)
        year = explicit_year(p)
        if year is not None:
            return _date(year, month, day)
        return month_day(month, day, reference, future) if reference else None
    if kind == "month_year":
        return _date(explicit_year(p) or 0, _month_in(low), 1)
    if reference is None:
        return None
    if kind == "month":
        return _month(low, reference)
    if kind == "weekday":
        return _weekday(f"next {low}" if future and not low.startswith(("last", "next")) else low, reference)
    if kind == "relative":
        return _relative(low, reference)
    if kind == "year":
        return _date(explicit_year(p) or 0, 1, 1)
    if kind == "time":
        return reference
    return None


def month_day(month: int, day: int, reference: dt.date, future: bool = False) -> dt.date | None:
    """A month-day without a year: the near future within NEAR_FUTURE_DAYS (FUTURE_MONTH_DAY_DAYS in a sentence
    about what is to come), else the most recent past one."""
    ahead = dt.timedelta(days=FUTURE_MONTH_DAY_DAYS if future else NEAR_FUTURE_DAYS)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        when = _date(year, month, day)
        if when and reference < when <= reference + ahead:
            return when
    for year in (reference.year, reference.year - 1, reference.year - 4):  # Feb 29 may be 4 years back
        when = _date(year, month, day)
        if when and when <= reference:
            return when
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_in(low: str) -> int:
    return next((MONTHS[w] for w in re.findall(r"[a-z]+", low) if w in MONTHS), 1)


def _day_in(low: str) -> int:
    m = re.search(r"\b([0-9]{1,2})(?:st|nd|rd|th)?\b", low)
    return int(m.group(1)) if m else 1


def _full_year(yy: int, reference: dt.date | None = None) -> int:
    """A two-digit year: the latest such year at most `TWO_DIGIT_YEAR_AHEAD` years after the reference; without
    one, as POSIX strptime reads it (69-99 are the 1900s, 00-68 the 2000s)."""
    if reference is None:
        return 1900 + yy if yy >= 69 else 2000 + yy
    year = reference.year - reference.year % 100 + yy
    return year - 100 if year > reference.year + TWO_DIGIT_YEAR_AHEAD else year


def _numeric(p: str, reference: dt.date | None) -> dt.date | None:
    a, b, y = (int(x) for x in p.split("/"))
    year = _full_year(y, reference) if y < 100 else y
    # Month first (US style) unless the first number cannot be a month.
    return _date(year, b, a) if a > 12 else _date(year, a, b)


def _month(low: str, reference: dt.date) -> dt.date | None:
    month = _month_in(low)
    year = reference.year if month <= reference.month else reference.year - 1
    if low.startswith("next"):
        year = reference.year if month > reference.month else reference.year + 1
    return _date(year, month, 15 if "mid" in low else 1)


def _weekday(low: str, reference: dt.date) -> dt.date:
    target = next(WEEKDAYS[w] for w in re.findall(r"[a-z]+", low) if w in WEEKDAYS)
    back = (reference.weekday() - target) % 7
    if low.startswith("next"):
        return reference + dt.timedelta(days=(target - reference.weekday()) % 7 or 7)
    if low.startswith("last") and back == 0:
        back = 7
    return reference - dt.timedelta(days=back)


def _relative(low: str, reference: dt.date) -> dt.date | None:
    words = low.split()
    if low in ("today", "tonight") or low.startswith("this ") and words[1] in ("morning", "afternoon", "evening"):
        return reference
    if low == "yesterday" or low == "last night":
        return reference - dt.timedelta(days=1)
    if low == "tomorrow":
        return reference + dt.timedelta(days=1)
    if low.endswith("ago"):
        n = int(words[0]) if words[0].isdigit() else NUMBERS[words[0]]
        unit = words[1].rstrip("s")
        if unit == "day":
            return reference - dt.timedelta(days=n)
        if unit == "week":
            return reference - dt.timedelta(weeks=n)
        if unit == "month":
            months = reference.year * 12 + reference.month - 1 - n
            return _date(months // 12, months % 12 + 1, 1)
        return _date(reference.year - n, 1, 1)
    step = {"last": -1, "this": 0, "earlier": 0, "later": 0, "next": 1}.get(words[0], 0)
    unit = words[-1]
    if unit in ("week", "weekend"):
        return reference + dt.timedelta(weeks=step)
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 + step
        return _date(months // 12, months % 12 + 1, 1)
    if unit == "year":
        return _date(reference.year + step, 1, 1)
    if unit in ("morning", "afternoon", "evening", "night"):
        return reference + dt.timedelta(days=step) if step else reference
    return None
