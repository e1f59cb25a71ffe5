"""Near-duplicate and syndicated copies: which article is a copy or light rewrite of which."""

from __future__ import annotations

from typing import Sequence

from ..model import Doc


def find_duplicates(docs: Sequence[Doc]) -> dict[str, str]:
    """copy id -> id of the earlier article it copies."""
    return {}
