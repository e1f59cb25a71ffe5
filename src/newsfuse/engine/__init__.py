"""Engines run the per-article and per-story work: here in this process, or as Ray tasks on a cluster."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from ..settings import Settings

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Maps a module-level function over picklable items, results in order."""

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """fn(item) for every item, in order: all items start at once, each result comes as soon as it and
        those before it are done."""
        ...


def for_settings(settings: Settings) -> Executor:
    """The executor the settings name."""
    if settings.engine == "ray":
        from .ray import RayExecutor

        return RayExecutor(settings.ray_address)
    from .local import LocalExecutor

    return LocalExecutor(settings.workers)
