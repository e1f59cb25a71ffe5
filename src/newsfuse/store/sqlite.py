"""The default store: one SQLite file, WAL mode, every write in a transaction, migrations by version."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..errors import StoreError
from ..model import Article
from .codec import article_from_json, article_to_json

MIGRATIONS = [
    # 1: the first schema
    """
    CREATE TABLE articles (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE work (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE clustering (article TEXT PRIMARY KEY, story TEXT NOT NULL, duplicate_of TEXT);
    CREATE TABLE stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
    """,
]
BUSY_TIMEOUT_S = 60  # two analyze processes on one store wait for each other rather than fail


class SQLiteStore:
    """A Store in one SQLite file."""

    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.Error as ex:
            raise StoreError(f"cannot open the store {path!r}: {ex}. Check the path, or pass another with --db.") from ex

    def _migrate(self) -> None:
        with self._tx():
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
            current = row[0] or 0
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_version VALUES (?)", (version,))

    def _tx(self) -> _Transaction:
        return _Transaction(self.db)

    def put_articles(self, articles: Sequence[Article]) -> None:
        """Insert or replace articles by id; a replaced article keeps its place."""
        with self._tx():
            (seq,) = self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()
            for i, a in enumerate(articles, start=seq + 1):
                self.db.execute(
                    "INSERT INTO articles (id, seq, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data",
                    (a.id, i, article_to_json(a)),
                )

    def get_article(self, article_id: str) -> Article | None:
        """One article, or None."""
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_json(row[0]) if row else None

    def articles(self) -> list[Article]:
        """Every article, in the order first stored."""
        return [article_from_json(r[0]) for r in self.db.execute("SELECT data FROM articles ORDER BY seq")]

    def load_work(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached per-article work for the keys that have it."""
        out: dict[str, bytes] = {}
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT key, value FROM work WHERE key IN ({marks})", chunk).fetchall())
        return out

    def save_work(self, items: Mapping[str, bytes]) -> None:
        """Cache per-article work in one transaction."""
        with self._tx():
            self.db.executemany("INSERT OR REPLACE INTO work (key, value) VALUES (?, ?)", list(items.items()))

    def assignments(self) -> dict[str, str]:
        """article id -> story id."""
        return dict(self.db.execute("SELECT article, story FROM clustering").fetchall())

    def duplicates(self) -> dict[str, str]:
        """copy id -> original id."""
        return dict(self.db.execute("SELECT article, duplicate_of FROM clustering WHERE duplicate_of IS NOT NULL"))

    def save_clustering(self, assignments: Mapping[str, str], duplicates: Mapping[str, str]) -> None:
        """Replace story assignments and duplicate links of these articles in one transaction."""
        with self._tx():
            self.db.executemany(
                "INSERT OR REPLACE INTO clustering (article, story, duplicate_of) VALUES (?, ?, ?)",
                [(a, s, duplicates.get(a)) for a, s in sorted(assignments.items())],
            )

    def save_stories(self, stories: Sequence[dict[str, object]]) -> None:
        """Insert or replace analysed stories; drop stories no article belongs to any more."""
        with self._tx():
            for s in stories:
                self.db.execute(
                    "INSERT OR REPLACE INTO stories (id, data) VALUES (?, ?)",
                    (s["id"], json.dumps(s, ensure_ascii=False, sort_keys=True)),
                )
            self.db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM clustering)")

    def story(self, story_id: str) -> dict[str, object] | None:
        """One analysed story, or None."""
        row = self.db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def stories(self) -> list[dict[str, object]]:
        """Every analysed story, ordered by id."""
        return [json.loads(r[0]) for r in self.db.execute("SELECT data FROM stories ORDER BY id")]

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on error: a killed process leaves no half-written batch."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")
