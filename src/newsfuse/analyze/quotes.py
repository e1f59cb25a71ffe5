"""Quotes across outlets: the same words of the same speaker grouped; quotes only one outlet carries flagged."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..model import Doc, QuoteGroup


def group_quotes(docs: Sequence[Doc], duplicates: Mapping[str, str], names: Mapping[str, str]) -> tuple[QuoteGroup, ...]:
    """The story's quotes, each with all the articles carrying it; speakers canonicalised through `names`."""
    return ()
