"""Alignment: group claims that state the same thing across outlets into facts; count independent sources."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..annotate.embed import Embedder
from ..model import Claim, Contradiction, Doc, Fact


def align(claims: Sequence[Claim], docs: Sequence[Doc], embedder: Embedder, duplicates: Mapping[str, str]) -> tuple[Fact, ...]:
    """The story's facts, most corroborated first; each keeps the evidence span of every claim in it."""
    return ()


def mark_disputed(facts: Sequence[Fact], contradictions: Sequence[Contradiction]) -> tuple[Fact, ...]:
    """Facts whose evidence sits on a side of a contradiction get status 'disputed'."""
    return tuple(facts)
