"""Ingest: turn inputs (files, folders, feeds, JSONL, stdin) into Articles, or Rejected with a reason."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..model import Article, Rejected
from ..settings import Settings


def read_inputs(inputs: Sequence[str], settings: Settings) -> Iterator[Article | Rejected]:
    """Every article the inputs hold, in input order; what cannot be read comes out as Rejected."""
    raise NotImplementedError
