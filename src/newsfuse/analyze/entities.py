"""One entity per real thing in a story: titles stripped, surnames, typos and acronyms joined."""

from __future__ import annotations

from typing import Sequence

from ..model import Doc, Entity


def merge_entities(docs: Sequence[Doc]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """The story's entities, and a map from every alias as written to its entity's canonical name."""
    return (), {}
