"""The SQLite store: migrations, round trips of articles and per-article work, clustering and stories."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import numpy as np

from newsfuse.annotate import annotate
from newsfuse.model import Article
from newsfuse.settings import Settings
from newsfuse.store import open_store
from newsfuse.store.codec import doc_from_bytes, doc_to_bytes


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    open_store(path).close()
    open_store(path).close()
    versions = sqlite3.connect(path).execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(1,)]


def test_opening_waits_for_another_process_creating_the_file(tmp_path: Path) -> None:
    # While another connection writes to a file not yet in WAL mode, SQLite refuses the switch to WAL at once,
    # without waiting out the busy timeout: two analyze runs starting on one new store met this.
    path = str(tmp_path / "s.db")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE first_writer (x INTEGER)")
    threading.Timer(0.3, other.execute, args=("COMMIT",)).start()
    open_store(path).close()
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"first_writer", "articles", "schema_version"} <= tables


def test_articles_round_trip_and_keep_their_first_place(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    a = Article("a", "First text.", outlet="X", metadata=(("section", '"world"'),), warnings=("decoded as cp1252",))
    b = Article("b", "Second text.")
    store.put_articles([a, b])
    store.put_articles([Article("a", "First text, edited.")])
    assert [x.id for x in store.articles()] == ["a", "b"]
    assert store.get_article("a") == Article("a", "First text, edited.")
    assert store.get_article("b") == b
    assert store.get_article("nope") is None


def test_doc_round_trips_through_bytes() -> None:
    article = Article("x", "The mayor said the bridge will reopen on Friday. Traffic resumed.")
    (doc,) = annotate([article], Settings(embedder="fake"))
    back = doc_from_bytes(article, doc_to_bytes(doc))
    assert back.annotations == doc.annotations
    assert np.array_equal(back.vectors, doc.vectors)


def test_clustering_and_stories_are_kept(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    store.save_clustering({"a": "s1", "b": "s1", "c": "s2"}, {"b": "a"})
    store.save_stories([{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}])
    assert store.assignments() == {"a": "s1", "b": "s1", "c": "s2"}
    assert store.duplicates() == {"b": "a"}
    store.save_clustering({"c": "s1"}, {})
    store.save_stories([{"id": "s1", "title": "One, grown"}])
    assert store.story("s2") is None
    assert [s["title"] for s in store.stories()] == ["One, grown"]
