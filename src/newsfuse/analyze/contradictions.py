"""Contradictions: details (numbers, dates, places, people, status, polarity) on which claims disagree."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..model import Claim, Contradiction, DateEntry, Doc, Fact


def find_contradictions(
    facts: Sequence[Fact],
    claims: Sequence[Claim],
    docs: Sequence[Doc],
    dates: Sequence[DateEntry],
    names: Mapping[str, str],
) -> tuple[Contradiction, ...]:
    """Every disagreement between articles, or within one, on a detail of the same thing."""
    return ()
