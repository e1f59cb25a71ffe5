"""The default store: one SQLite file, WAL mode, every write in a BEGIN IMMEDIATE transaction."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .sql import SQLStore, migrations

BUSY_TIMEOUT_S = 60  # two analyze processes on one store wait for each other rather than fail
RETRY_S = 0.05  # pause between tries to switch a new file to WAL


class SQLiteStore(SQLStore):
    """A Store in one SQLite file."""

    mark = "?"
    scripts = migrations(text_key="TEXT", blob="BLOB", integer="INTEGER")

    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            self._use_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.Error as ex:
            raise StoreError(f"cannot open the store {path!r}: {ex}. Check the path, or pass another with --db.") from ex

    def _use_wal(self) -> None:
        """Switch to WAL, retrying: when two processes create one file at once, SQLite reports the switch
        as locked at once, without waiting out the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as ex:
                if "locked" not in str(ex) or time.monotonic() > deadline:
                    raise
                time.sleep(RETRY_S)

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on error: a killed process leaves no half-written batch."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
