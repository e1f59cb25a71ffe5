"""The shared store: PostgreSQL through psycopg 3, the same schema and semantics as the SQLite store.

Values are stored as the same JSON text and bytes as in SQLite, so a report read from either is
byte-identical. Text keys sort with the "C" collation, as SQLite sorts them (by code point), whatever
the database's locale. Writers on one database serialise on an advisory lock held for each transaction,
as SQLite's `BEGIN IMMEDIATE` serialises them on one file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependency, StoreError
from ..model import Article
from .codec import article_from_json, article_to_json

if TYPE_CHECKING:
    import psycopg

MIGRATIONS = [
    # 1: the first schema (store/sqlite.py's, with BYTEA for BLOB and code-point ordering of keys)
    """
    CREATE TABLE articles (id TEXT COLLATE "C" PRIMARY KEY, seq BIGINT NOT NULL, data TEXT NOT NULL);
    CREATE TABLE work (key TEXT COLLATE "C" PRIMARY KEY, value BYTEA NOT NULL);
    CREATE TABLE clustering (article TEXT COLLATE "C" PRIMARY KEY, story TEXT COLLATE "C" NOT NULL, duplicate_of TEXT);
    CREATE TABLE stories (id TEXT COLLATE "C" PRIMARY KEY, data TEXT NOT NULL);
    """,
]
WRITE_LOCK = 0x6E657773  # advisory lock key ("news") every write transaction holds: one writer at a time
CONNECT_TIMEOUT_S = 10  # a wrong host fails in seconds, not after the OS's minutes-long TCP timeout
KEYS_PER_QUERY = 5000  # keys per `= ANY(...)` lookup: keeps one query's parameter small


class PostgresStore:
    """A Store in one PostgreSQL database, given as a postgresql:// URL."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as ex:
            raise MissingDependency("The PostgreSQL driver (psycopg)", "postgres") from ex
        self._errors = psycopg.Error
        try:
            self.db: psycopg.Connection[Any] = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
            self._migrate()
        except psycopg.Error as ex:
            raise StoreError(
                f"cannot open the store {_redact(url)!r}: {ex}. Check the URL and that the server runs."
            ) from ex

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction holding the write lock, rolled back on error; psycopg errors become StoreError."""
        try:
            with self.db.transaction():
                self.db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                yield
        except self._errors as ex:
            raise StoreError(f"the store could not be written: {ex}") from ex

    def _migrate(self) -> None:
        with self._tx():
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
            current = row[0] if row and row[0] else 0
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_version VALUES (%s)", (version,))

    def put_articles(self, articles: Sequence[Article]) -> None:
        """Insert or replace articles by id; a replaced article keeps its place."""
        with self._tx():
            row = self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()
            seq = row[0] if row else 0
            with self.db.cursor() as cur:
                cur.executemany(
                    "INSERT INTO articles (id, seq, data) VALUES (%s, %s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                    [(a.id, i, article_to_json(a)) for i, a in enumerate(articles, start=seq + 1)],
                )

    def get_article(self, article_id: str) -> Article | None:
        """One article, or None."""
        row = self.db.execute("SELECT data FROM articles WHERE id = %s", (article_id,)).fetchone()
        return article_from_json(row[0]) if row else None

    def articles(self) -> list[Article]:
        """Every article, in the order first stored."""
        return [article_from_json(r[0]) for r in self.db.execute("SELECT data FROM articles ORDER BY seq")]

    def load_work(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached per-article work for the keys that have it."""
        out: dict[str, bytes] = {}
        keys = list(keys)
        for i in range(0, len(keys), KEYS_PER_QUERY):
            rows = self.db.execute("SELECT key, value FROM work WHERE key = ANY(%s)", (keys[i : i + KEYS_PER_QUERY],))
            out.update((k, bytes(v)) for k, v in rows)
        return out

    def save_work(self, items: Mapping[str, bytes]) -> None:
        """Cache per-article work in one transaction."""
        with self._tx(), self.db.cursor() as cur:
            cur.executemany(
                "INSERT INTO work (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(items.items()),
            )

    def assignments(self) -> dict[str, str]:
        """article id -> story id."""
        return dict(self.db.execute("SELECT article, story FROM clustering").fetchall())

    def duplicates(self) -> dict[str, str]:
        """copy id -> original id."""
        return dict(
            self.db.execute("SELECT article, duplicate_of FROM clustering WHERE duplicate_of IS NOT NULL").fetchall()
        )

    def save_clustering(self, assignments: Mapping[str, str], duplicates: Mapping[str, str]) -> None:
        """Replace story assignments and duplicate links of these articles in one transaction."""
        with self._tx(), self.db.cursor() as cur:
            cur.executemany(
                "INSERT INTO clustering (article, story, duplicate_of) VALUES (%s, %s, %s) ON CONFLICT (article) "
                "DO UPDATE SET story = excluded.story, duplicate_of = excluded.duplicate_of",
                [(a, s, duplicates.get(a)) for a, s in sorted(assignments.items())],
            )

    def save_stories(self, stories: Sequence[dict[str, object]]) -> None:
        """Insert or replace analysed stories; drop stories no article belongs to any more."""
        with self._tx():
            with self.db.cursor() as cur:
                cur.executemany(
                    "INSERT INTO stories (id, data) VALUES (%s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                    [(s["id"], json.dumps(s, ensure_ascii=False, sort_keys=True)) for s in stories],
                )
            self.db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM clustering)")

    def story(self, story_id: str) -> dict[str, object] | None:
        """One analysed story, or None."""
        row = self.db.execute("SELECT data FROM stories WHERE id = %s", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def stories(self) -> list[dict[str, object]]:
        """Every analysed story, ordered by id."""
        return [json.loads(r[0]) for r in self.db.execute("SELECT data FROM stories ORDER BY id")]

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    scheme, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if not at or ":" not in creds:
        return url
    return f"{scheme}{sep}{creds.split(':', 1)[0]}:***@{host}"
