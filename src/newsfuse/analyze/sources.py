"""Upstream sources across a story: who its articles credit, and which one most of them rely on."""

from __future__ import annotations

from typing import Sequence

from ..model import CitedSource, Doc


def group_sources(docs: Sequence[Doc]) -> tuple[tuple[CitedSource, ...], str | None]:
    """The story's cited sources, and the one most of its articles credit (None when none is shared)."""
    return (), None
