"""Store: where articles, per-article work, clustering and analysed stories are kept between runs.

One protocol, two backends: SQLite (the default, a file in the user's data directory) and PostgreSQL
(shared deployments, `--db postgresql://user@host/db`). Values go in as JSON text or bytes; the store
never interprets them, so both backends hold byte-identical data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from ..model import Article


class Store(Protocol):
    """What the pipeline and the server need from a store."""

    def put_articles(self, articles: Sequence[Article]) -> None:
        """Insert or replace articles by id."""
        ...

    def get_article(self, article_id: str) -> Article | None:
        """One article, or None."""
        ...

    def articles(self) -> list[Article]:
        """Every article, in the order first stored."""
        ...

    def load_work(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached per-article work for the keys that have it."""
        ...

    def work_keys(self, keys: Sequence[str]) -> set[str]:
        """The keys that have cached work."""
        ...

    def save_work(self, items: Mapping[str, bytes]) -> None:
        """Cache per-article work (one transaction)."""
        ...

    def assignments(self) -> dict[str, str]:
        """article id -> story id."""
        ...

    def duplicates(self) -> dict[str, str]:
        """copy id -> original id."""
        ...

    def save_clustering(self, assignments: Mapping[str, str], duplicates: Mapping[str, str]) -> None:
        """Replace the story assignments and duplicate links for these articles (one transaction)."""
        ...

    def save_stories(self, stories: Sequence[dict[str, object]]) -> None:
        """Insert or replace analysed stories (contract story objects), dropping stories left empty."""
        ...

    def story(self, story_id: str) -> dict[str, object] | None:
        """One analysed story, or None."""
        ...

    def stories(self) -> list[dict[str, object]]:
        """Every analysed story."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def open_store(location: str) -> Store:
    """The store at a SQLite path or a postgresql:// URL, created and migrated as needed."""
    if location.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(location)
    from .sqlite import SQLiteStore

    return SQLiteStore(location)
