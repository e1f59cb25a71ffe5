"""Details of a story's sentences, made comparable: names resolved across the story, values normalised.

The details themselves are read off each article's parse when it is annotated (`annotate.details`); here a
`Detail` becomes a `Compared`: its slot (kind, event, and the people or things the event is about, each
name folded to the story's one spelling of it and each place to the geography table's) and its value.
Two details disagree when they sit in the same slot and `agree` says their values cannot both be true.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

from ..annotate import geo
from ..annotate.details import ABOUT_WIDTH, AGE, FACILITY, MEASURE_ROUNDING, OBJECT, PLACE_LABELS, SOURCE, WEEKDAYS
from ..model import ContradictionKind, Detail

MISSPELT_PREFIX = 5  # letters two spellings of one surname begin with alike ...
MISSPELT_RATIO = 65.0  # ... and how alike they are in all (rapidfuzz ratio, 0-100)
OFF_A_PLACE = re.compile(r"^(?P<side>(?:north|south|east|west|-)+) of (?P<place>.+)$")  # "west of Carverton"
ROUNDING = 0.05  # two exact figures within 5% are one figure rounded two ways
SOURCE_PREFIX = "source:"  # an anchor that names who tells the detail ("AFAD said")
OBJECT_PREFIX = "object:"  # an anchor that names what a verb told yes or no is done to
PAUSED = {"postponed", "suspended", "halted"}
STOPPED = {"cancelled", "suspended", "halted"}
DONE = {"completed", "went ahead", "ended"}
ADMIN_UNITS = {"county", "province", "district", "state", "region", "prefecture", "governorate", "oblast"}
EXPLICIT_WEEK = re.compile(r"(?:next|last|this|coming)\b", re.I)  # "next Tuesday" is in one week, "Tuesday" in any
CLOCK_SLACK_HOURS = 1  # "around 2 am" and "3 am" are one report rounded; more apart is another time


@dataclass(frozen=True)
class Compared:
    """One detail ready to compare: its slot (kind, event, anchors) and its value."""

    kind: ContradictionKind
    event: str  # the event class or slot name ("kill", "evacuate|people", "role:ceo|apple")
    anchors: frozenset[str]  # who or what the event is about; two details pair only when these meet
    value: str  # as the article writes it
    key: tuple[object, ...]  # the value normalised for `agree`
    subject: str = ""  # how a summary names the slot ("the killing of Ismail Haniyeh")
    detail: Detail | None = None
    people: frozenset[str] = frozenset()  # the anchors that are people


def resolve(detail: Detail, names: Mapping[str, str], day: str | None = None) -> Compared:
    """A detail with its names resolved against the story's (`names`: as written → canonical name); `day` is
    the date (YYYY-MM-DD) a weekday or "yesterday" was resolved to, if it was: "yesterday" is then that day's
    weekday, and both carry the calendar day ("MM-DD") to compare with a date written out."""
    kind: ContradictionKind = detail.kind  # type: ignore[assignment]
    keyed = [(_name_key(t, label, names), label) for t, label in detail.anchors]
    anchors = frozenset(k for k, _ in keyed if k)
    people = frozenset(k for k, label in keyed if k and label == "PERSON")
    event = "|".join([detail.slot, *(_name_key(t, label, names) for t, label in detail.slot_names)])
    key: tuple[object, ...] = detail.key
    if kind == "number":
        key = tuple(float(x) for x in detail.key)
    elif kind in ("date", "time"):
        key = tuple(x or None for x in detail.key)
        if day and key[0] == "relative":
            key = ("weekday", WEEKDAYS[datetime.date.fromisoformat(day).weekday()], key[2])
            key += (day[5:],)
        elif day:  # "on Wednesday": the calendar's guess of the week may be a week out; "next Tuesday" is not
            key += (day[5:], "any week") if key[0] == "weekday" and not EXPLICIT_WEEK.match(detail.value) else (day[5:],)
    elif kind == "location":
        key = tuple(geo.canonical(str(x)) for x in detail.key)  # the place, and the place the text puts it in
    elif kind == "person":  # who holds a role: the value is a name, the role itself is what pairs
        key = (_name_key(detail.key[0], "PERSON", names),)
        anchors = frozenset({event})
    return Compared(kind, event, anchors, detail.value, key, detail.subject, detail, people)


def _name_key(text: str, label: str, names: Mapping[str, str]) -> str:
    """A name folded for comparison: a person by surname, a place by the geography table, a word as is."""
    if not label:
        return text
    if label in PLACE_LABELS:
        return geo.canonical(text)
    if label == OBJECT:
        return OBJECT_PREFIX + text
    canon = names.get(text) or names.get(text.removeprefix("the ")) or text
    words = canon.replace("’s", "").replace("'s", "").split()
    if not words:
        return ""
    if label == SOURCE:
        return SOURCE_PREFIX + " ".join(words).lower().removeprefix("the ")
    return words[-1].lower() if label == "PERSON" else " ".join(words).lower().removeprefix("the ")


def names_something(detail: Compared) -> bool:
    """Whether a detail names who or what it is about, not only who tells it."""
    return any(not a.startswith(SOURCE_PREFIX) for a in detail.anchors)


def agree(a: Compared, b: Compared) -> bool:
    """Whether two values of one slot can both be true, read the way a careful editor reads them."""
    if a.kind == "location" and (off := off_one_place(a.value, b.value)):
        return bool(off[0] & off[1])  # "east of Carverton" / "west of Carverton"; "north" and "north-east" agree
    if a.kind == "location":
        if a.key[-1] == b.key[-1] and str(a.key[-1]).startswith(FACILITY):  # Leeds Crown Court is not Bradford's,
            words_a, words_b = set(str(a.key[0]).split()), set(str(b.key[0]).split())  # however near the towns;
            return words_a <= words_b or words_b <= words_a  # "Memorial Hospital" may be "Harwick Memorial Hospital"
        if _other_unit_of_a_level(a.value, b.value):
            return False  # "Kakamega County" and "Murang'a County": one event is not in two counties
        return geo.compatible_within(tuple(map(str, a.key)), tuple(map(str, b.key)))
    if a.kind == "number":
        lo_a, hi_a, lo_b, hi_b = (float(x) for x in (*a.key[:2], *b.key[:2]))  # type: ignore[arg-type]
        if a.event == AGE:  # an age is told exactly: 56 is not 58 rounded
            return lo_a <= hi_b and lo_b <= hi_a
        if lo_a == hi_a and lo_b == hi_b and not (lo_a.is_integer() and lo_b.is_integer()):
            # a figure written with decimals is exact to its last digit: 7.5% may be 7.45-7.55, not 7.25
            return abs(lo_a - lo_b) <= max(_half_unit(a), _half_unit(b)) + 1e-9
        if _about(lo_a, hi_a) and _about(lo_b, hi_b):  # "about 2,300" / "about 3,200": two estimates agree
            mid_a, mid_b = (lo_a + hi_a) / 2, (lo_b + hi_b) / 2  # as far apart as a round figure is loose, not twice
            return abs(mid_a - mid_b) <= ABOUT_WIDTH * max(mid_a, mid_b) * (1 + ROUNDING)
        if lo_a == hi_a and lo_b == hi_b and not (_round(lo_a) or _round(lo_b)):
            return lo_a == lo_b  # "612 patients" / "621 patients": neither was rounded, so they are two figures
        return lo_a <= hi_b * (1 + ROUNDING) and lo_b <= hi_a * (1 + ROUNDING)
    if a.kind in ("date", "time"):
        return same_time(a.key, b.key)
    if a.kind == "person" and _misspelt(a.value, b.value):
        return True
    if a.event == "plan" and "completed" in (a.key[0], b.key[0]):  # a deal done went ahead and is over; it was
        return {a.key[0], b.key[0]} <= DONE  # not halted, put off or scrapped
    if a.event == "plan" and {a.key[0], b.key[0]} <= PAUSED:
        return True  # "postponed" and "suspended" are one status told two ways
    if a.event == "plan" and "ended" in (a.key[0], b.key[0]):  # what went ahead or was scrapped may end since;
        return not {a.key[0], b.key[0]} & {"extended", "suspended"}  # what is suspended for now has not ended
    if a.event == "plan" and "extended" in (a.key[0], b.key[0]):
        return not {a.key[0], b.key[0]} & STOPPED  # "extended the programme" / "scrapped the programme"
    if a.event == "cause":  # "lightning" and "a lightning strike" agree
        return bool(set(a.key) & set(b.key))
    if a.event == "custody" and "arrested" in (a.key[0], b.key[0]):  # one arrested may be held or freed since,
        return not {a.key[0], b.key[0]} & {"at large", "not arrested"}  # not be on the run or never arrested
    if a.event == "custody" and "not arrested" in (a.key[0], b.key[0]):
        return {a.key[0], b.key[0]} <= {"not arrested", "released", "at large"}
    if a.event == "vote":  # "split" and "7-2" agree; "7-2" and "6-3" do not
        return a.key[0] == b.key[0] and (len(a.key) == 1 or len(b.key) == 1 or a.key == b.key)
    return a.key == b.key


def off_one_place(a: str, b: str) -> tuple[set[str], set[str]] | None:
    """The compass points two places lie off one town at ("west of Carverton": {"w"}, "north-east of it": {"n",
    "e"}), or None unless both are told so of the same town."""
    ma, mb = OFF_A_PLACE.match(a.lower()), OFF_A_PLACE.match(b.lower())
    if ma is None or mb is None or ma["place"] != mb["place"]:
        return None
    return {p[0] for p in re.findall(r"north|south|east|west", ma["side"])}, {
        p[0] for p in re.findall(r"north|south|east|west", mb["side"])}


def _misspelt(a: str, b: str) -> bool:
    """Two names of one person, one misspelt: the same first name, surnames alike in their first letters and
    mostly after ("Priya Vandersloot" / "Priya Vandersluis"); "Priya Shah" and "Priya Sharma" are two people."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) < 2 or len(wb) < 2 or wa[0] != wb[0] or a == b:
        return False
    return len(wa[-1]) >= MISSPELT_PREFIX and wa[-1][:MISSPELT_PREFIX] == wb[-1][:MISSPELT_PREFIX] and (
        ratio(wa[-1], wb[-1]) >= MISSPELT_RATIO)


def _about(lo: float, hi: float) -> bool:
    """A range read from "about X": X less and more by as much as it may have been rounded; not a measure read to
    1% ("205 km/h" is 203-207, and not about 230 km/h)."""
    return 0 < lo < hi < float("inf") and hi > lo * (1 + 3 * MEASURE_ROUNDING)


def _round(x: float) -> bool:
    """Whether a figure may be another one rounded: a whole multiple of ten ("about 1,200" for 1,238)."""
    return x.is_integer() and x % 10 == 0 and x != 0


def _half_unit(detail: Compared) -> float:
    """Half a unit of the last decimal a figure is written with ("7.25" → 0.005); integers are read as rounded."""
    written = str(detail.detail.key[0]) if detail.detail and detail.detail.key else ""
    decimals = len(written.split(".")[1].rstrip("0")) if "." in written else 0
    return 0.5 * 10.0**-decimals if decimals else abs(float(str(detail.key[0]))) * ROUNDING


def _other_unit_of_a_level(a: str, b: str) -> bool:
    """Two differently named units of one administrative level ("X County" / "Y County")."""
    wa, wb = a.lower().split(), b.lower().split()
    return (len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[-1] in ADMIN_UNITS
            and geo.canonical(a) != geo.canonical(b))


DAYS_IN_YEAR = 365
PART_ORDER = {"morning": 0, "afternoon": 1, "evening": 2, "night": 3}
TOWARDS_MIDNIGHT = ("evening", "night", "late")


def _days_apart(a: str, b: str) -> int:
    """Days from one calendar day ("MM-DD") to another, the nearer way round the year."""
    (m1, d1), (m2, d2) = (map(int, x.split("-")) for x in (a, b))
    offset = (datetime.date(2001, m2, d2) - datetime.date(2001, m1, d1)).days  # 2001: any year with no 29 Feb
    if abs(offset) > DAYS_IN_YEAR // 2:  # "Dec. 30" and "Jan. 2" are three days apart
        offset -= DAYS_IN_YEAR if offset > 0 else -DAYS_IN_YEAR
    return offset


def _shift(day: str, days: int) -> str:
    return WEEKDAYS[(WEEKDAYS.index(day) + days) % 7]


def same_time(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Whether two days or hours (`annotate.details.time_key`) can be the same moment."""
    if a[0] == "clock" or b[0] == "clock":
        if a[0] != b[0]:
            return True
        return abs(int(str(a[1])) - int(str(b[1]))) <= CLOCK_SLACK_HOURS
    (ka, da, pa), (kb, db, pb) = a[:3], b[:3]
    if "relative" in (ka, kb):  # "yesterday" the story's calendar did not put on a day: any day it may be
        return True
    if ka != kb:  # a weekday and a date: compared where the story's calendar put the weekday on a day
        week, date = (a, b) if ka == "weekday" else (b, a)
        if len(week) < 4 or len(str(date[1])) != len("MM-DD"):
            return True
        apart = _days_apart(str(week[3]), str(date[1]))
        if len(week) > 4:  # a bare weekday: only the day of the week counts
            apart = (apart + 3) % 7 - 3
        return abs(apart) <= 1 and same_time(week[:3], ("weekday", _shift(str(week[1]), apart), date[2]))
    if ka == "calendar" and len(str(da)) != len(str(db)):  # a month and a day: the day must fall in the month
        return str(da)[:2] == str(db)[:2]
    if da == db:
        return _parts_agree(pa, pb)
    if ka == "weekday":
        ia, ib = WEEKDAYS.index(str(da)), WEEKDAYS.index(str(db))
        # around midnight: "late Tuesday" and "early Wednesday" can be the same hour
        if (ib - ia) % 7 == 1:
            return _around_midnight(pa, pb)
        if (ia - ib) % 7 == 1:
            return _around_midnight(pb, pa)
    return False


def _around_midnight(before: object, after: object) -> bool:
    """Whether a part of one day and a part of the next can be the same hour: "late Tuesday" / "early Wednesday",
    "Friday" / "early Saturday", "Friday night" / "Saturday"."""
    return (before in TOWARDS_MIDNIGHT and after in ("early", None, "")) or (before in (None, "") and after == "early")


def _parts_agree(a: object, b: object) -> bool:
    """Two parts of one day that can be the same hour: the same or neighbouring ones ("Friday evening" / "Friday
    night"); "late" is any time after noon, "early" the morning."""
    if not a or not b:
        return True
    a, b = ("morning" if p == "early" else p for p in (a, b))
    if "late" in (a, b):
        return {a, b} - {"late"} <= {"afternoon", "evening", "night"}
    return abs(PART_ORDER[str(a)] - PART_ORDER[str(b)]) <= 1
