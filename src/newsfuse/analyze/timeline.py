"""The story's dates on the calendar and its events in order."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..model import DateEntry, Doc, Fact, TimelineEvent


def reference_date(docs: Sequence[Doc]) -> dt.date | None:
    """The date the story's relative expressions are read against when an article has no publication date."""
    return None


def resolve_dates(docs: Sequence[Doc], story_reference: dt.date | None) -> tuple[DateEntry, ...]:
    """Every date expression of the story's articles, resolved to the calendar."""
    return ()


def build_timeline(dates: Sequence[DateEntry], facts: Sequence[Fact]) -> tuple[TimelineEvent, ...]:
    """The story's events in date order, each with its articles."""
    return ()
