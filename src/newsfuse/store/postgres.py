"""The shared store: PostgreSQL through psycopg 3, the same schema and semantics as the SQLite store.

Values are stored as the same JSON text and bytes as in SQLite, so a report read from either is
byte-identical. Text keys sort with the "C" collation, as SQLite sorts them (by code point), whatever
the database's locale. Writers on one database serialise on an advisory lock held for each transaction,
as SQLite's `BEGIN IMMEDIATE` serialises them on one file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependency, StoreError
from .sql import SQLStore, migrations

if TYPE_CHECKING:
    import psycopg

WRITE_LOCK = 0x6E657773  # advisory lock key ("news") every write transaction holds: one writer at a time
CONNECT_TIMEOUT_S = 10  # a wrong host fails in seconds, not after the OS's minutes-long TCP timeout


class PostgresStore(SQLStore):
    """A Store in one PostgreSQL database, given as a postgresql:// URL."""

    mark = "%s"
    # BYTEA for BLOB, and keys ordered by code point ("C") as SQLite orders them, whatever the locale
    scripts = migrations(text_key='TEXT COLLATE "C"', blob="BYTEA", integer="BIGINT")

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


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    scheme, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if not at or ":" not in creds:
        return url
    return f"{scheme}{sep}{creds.split(':', 1)[0]}:***@{host}"
