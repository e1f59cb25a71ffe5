"""Upstream sources across a story: who its articles credit, and which one the most of them credit."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import CitedSource, Doc, Span

MIN_ARTICLES_FOR_MAIN = 2  # one article crediting a source says nothing about what the story as a whole relies on
GENERIC = frozenset({"news agencies"})  # a wire-credit line names no particular source to rely on


def group_sources(docs: Sequence[Doc]) -> tuple[tuple[CitedSource, ...], str | None]:
    """The story's cited sources, and the one the most articles credit (None when no two credit one)."""
    by_name: dict[str, list[Span]] = {}
    for d in sorted(docs, key=lambda d: d.id):
        for c in d.annotations.citations:
            by_name.setdefault(c.name, []).append(c.span)
    cited = tuple(
        CitedSource(name, tuple(sorted({s.article for s in spans})), tuple(spans))
        for name, spans in sorted(by_name.items(), key=lambda kv: (-len({s.article for s in kv[1]}), kv[0]))
    )
    shared = [c for c in cited if c.name not in GENERIC and len(c.articles) >= MIN_ARTICLES_FOR_MAIN]
    return cited, (shared[0].name if shared else None)
