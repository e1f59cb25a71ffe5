"""What the SQLite and PostgreSQL stores share: the tables, the queries, the migrations loop.

A backend says how to connect, how a write transaction starts, its placeholder and its column types;
everything else — the schema, what each method reads and writes — is written once, here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from ..model import Article
from .codec import article_from_json, article_to_json

KEYS_PER_QUERY = 500  # keys per IN (...) lookup: under SQLite's parameter limit, small for PostgreSQL


def migrations(text_key: str, blob: str, integer: str) -> list[str]:
    """The schema, one script per version, in a backend's column types."""
    return [
        # 1: the first schema
        f"""
        CREATE TABLE articles (id {text_key} PRIMARY KEY, seq {integer} NOT NULL, data TEXT NOT NULL);
        CREATE TABLE work (key {text_key} PRIMARY KEY, value {blob} NOT NULL);
        CREATE TABLE clustering (article {text_key} PRIMARY KEY, story {text_key} NOT NULL, duplicate_of TEXT);
        CREATE TABLE stories (id {text_key} PRIMARY KEY, data TEXT NOT NULL);
        """,
    ]


class SQLStore:
    """A Store over a DB-API connection; subclasses set `db`, `mark`, `scripts` and `_tx`."""

    db: Any  # a DB-API connection in autocommit mode
    mark: str  # the parameter placeholder: "?" or "%s"
    scripts: list[str]  # migrations(...) in this backend's types

    def _tx(self) -> AbstractContextManager[None]:
        """One write transaction: one writer at a time, rolled back on error."""
        raise NotImplementedError

    def _q(self, sql: str) -> str:
        return sql.replace("?", self.mark)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        cur = self.db.cursor()
        cur.execute(self._q(sql), params)
        yield from cur.fetchall()

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.db.cursor().executemany(self._q(sql), rows)

    def _migrate(self) -> None:
        with self._tx():
            self.db.cursor().execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = next(self._rows("SELECT max(version) FROM schema_version"))[0] or 0
            for version, script in enumerate(self.scripts[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    self.db.cursor().execute(statement)
                self._many("INSERT INTO schema_version VALUES (?)", [(version,)])

    def put_articles(self, articles: Sequence[Article]) -> None:
        """Insert or replace articles by id; a replaced article keeps its place."""
        with self._tx():
            seq = next(self._rows("SELECT coalesce(max(seq), 0) FROM articles"))[0]
            self._many(
                "INSERT INTO articles (id, seq, data) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                [(a.id, i, article_to_json(a)) for i, a in enumerate(articles, start=seq + 1)],
            )

    def get_article(self, article_id: str) -> Article | None:
        """One article, or None."""
        rows = list(self._rows("SELECT data FROM articles WHERE id = ?", (article_id,)))
        return article_from_json(rows[0][0]) if rows else None

    def articles(self) -> list[Article]:
        """Every article, in the order first stored."""
        return [article_from_json(r[0]) for r in self._rows("SELECT data FROM articles ORDER BY seq")]

    def load_work(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached per-article work for the keys that have it."""
        out: dict[str, bytes] = {}
        keys = list(keys)
        for i in range(0, len(keys), KEYS_PER_QUERY):
            chunk = keys[i : i + KEYS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            out.update((k, bytes(v)) for k, v in self._rows(f"SELECT key, value FROM work WHERE key IN ({marks})", chunk))
        return out

    def work_keys(self, keys: Sequence[str]) -> set[str]:
        """The keys that have cached work."""
        out: set[str] = set()
        keys = list(keys)
        for i in range(0, len(keys), KEYS_PER_QUERY):
            chunk = keys[i : i + KEYS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            out.update(k for (k,) in self._rows(f"SELECT key FROM work WHERE key IN ({marks})", chunk))
        return out

    def save_work(self, items: Mapping[str, bytes]) -> None:
        """Cache per-article work in one transaction."""
        with self._tx():
            self._many(
                "INSERT INTO work (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(items.items()),
            )

    def assignments(self) -> dict[str, str]:
        """article id -> story id."""
        return dict(self._rows("SELECT article, story FROM clustering"))

    def duplicates(self) -> dict[str, str]:
        """copy id -> original id."""
        return dict(self._rows("SELECT article, duplicate_of FROM clustering WHERE duplicate_of IS NOT NULL"))

    def save_clustering(self, assignments: Mapping[str, str], duplicates: Mapping[str, str]) -> None:
        """Replace story assignments and duplicate links of these articles in one transaction."""
        with self._tx():
            self._many(
                "INSERT INTO clustering (article, story, duplicate_of) VALUES (?, ?, ?) ON CONFLICT (article) "
                "DO UPDATE SET story = excluded.story, duplicate_of = excluded.duplicate_of",
                [(a, s, duplicates.get(a)) for a, s in sorted(assignments.items())],
            )

    def save_stories(self, stories: Sequence[dict[str, object]]) -> None:
        """Insert or replace analysed stories; drop stories no article belongs to any more."""
        with self._tx():
            self._many(
                "INSERT INTO stories (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                [(s["id"], json.dumps(s, ensure_ascii=False, sort_keys=True)) for s in stories],
            )
            self.db.cursor().execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM clustering)")

    def story(self, story_id: str) -> dict[str, object] | None:
        """One analysed story, or None."""
        rows = list(self._rows("SELECT data FROM stories WHERE id = ?", (story_id,)))
        return json.loads(rows[0][0]) if rows else None

    def stories(self) -> list[dict[str, object]]:
        """Every analysed story, ordered by id."""
        return [json.loads(r[0]) for r in self._rows("SELECT data FROM stories ORDER BY id")]

    def close(self) -> None:
        """Close the connection."""
        self.db.close()
