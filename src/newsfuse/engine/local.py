"""The local engine: everything in this process, one item after another."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class LocalExecutor:
    """Runs work in this process."""

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """fn(item) for every item, in order."""
        return [fn(x) for x in items]
