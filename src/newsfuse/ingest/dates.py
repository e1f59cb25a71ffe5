"""Publication dates as inputs write them ("May 03, 2013", "05 / 02 / 2013", RFC 822, ISO) → ISO 8601.

The result keeps the precision the input gave: "2013-05" for "May 2013", "2013-05-03" for a day,
"2013-05-03T13:35:00" with a time, and a UTC offset when the input names a zone.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser

MAX_DATE_CHARS = 80  # a publication date is short; a long string is a sentence, not a date
MIN_YEAR, MAX_YEAR = 1800, 2200  # outside this, a "date" is an id or a price read as a year

# Zone abbreviations news sites print; dateutil knows only UTC/GMT and the local zone.
ZONES = {
    name: timezone(timedelta(hours=hours))
    for name, hours in {
        "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
        "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
        "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    }.items()
}
# Two defaults that differ in every field: a field that comes out different was not in the input.
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 1, 1, 1)
_TRAILING = re.compile(r"[\s.,;]+$")
_SPACED_SLASH = re.compile(r"\s*([/.-])\s*(?=\d)")


def normalize_date(value: str) -> str | None:
    """ISO 8601 for a date as printed, or None when it cannot be read as one."""
    s = _TRAILING.sub("", value.strip())
    if not s or len(s) > MAX_DATE_CHARS or not any(c.isdigit() for c in s):
        return None
    s = _SPACED_SLASH.sub(r"\1", s)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a: datetime = parser.parse(s, default=_DEFAULT_A, tzinfos=ZONES)
            b: datetime = parser.parse(s, default=_DEFAULT_B, tzinfos=ZONES)
    except (ValueError, OverflowError, TypeError, parser.ParserError):
        return None
    if a.year != b.year or not MIN_YEAR <= a.year <= MAX_YEAR:
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    if a.hour != b.hour:
        return a.date().isoformat()
    return a.isoformat()


def from_timestamp(seconds: float) -> str | None:
    """ISO 8601 (UTC) for a Unix timestamp, or None when it is out of range."""
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.isoformat() if MIN_YEAR <= moment.year <= MAX_YEAR else None
