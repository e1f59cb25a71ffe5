"""PostgresStore against a real PostgreSQL server that the test starts (initdb into a tmp dir, loopback only)."""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsfuse.model import Article
from newsfuse.store import Store, open_store
from newsfuse.store.sqlite import SQLiteStore

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
START_TIMEOUT_S = 60


def _pg_bin() -> Path | None:
    """The folder with initdb/pg_ctl: Debian's /usr/lib/postgresql/<version>/bin, or on PATH."""
    for initdb in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(initdb).parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` system user then."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root and `runuser` is missing: cannot start PostgreSQL as a non-root user")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no `postgres` user to run the server as")
    return [runuser, "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL cluster on 127.0.0.1:<free port>, stopped afterwards."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): install Debian's `postgresql` package")
    root = Path(tempfile.mkdtemp(prefix="newsfuse-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    run = dict(check=True, capture_output=True, text=True, timeout=START_TIMEOUT_S)
    initdb = [
        str(bin_dir / "initdb"),
        "-D",
        str(data),
        "-U",
        "newsfuse",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    ]
    subprocess.run(_as_server_user(initdb), **run)  # type: ignore[call-overload]
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off"
    subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start"]),
        **run,  # type: ignore[call-overload]
    )
    try:
        yield f"postgresql://newsfuse@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]), **run)  # type: ignore[call-overload]
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_store_url(pg_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server for one test."""
    import psycopg

    name = f"t{os.getpid()}_{_free_port()}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def _exercise(s: Store) -> dict[str, Any]:
    """The same writes and reads on a store; what it returns must not depend on the backend."""
    a = Article(id="b", text='Zürich \u00e9t\u00e9 "quoted".', outlet="Le Temps", metadata=(("k", '"v"'),))
    b = Article(id="a", text="Second.", warnings=("truncated",))
    c = Article(id="Z", text="Third.")
    s.put_articles([a, b])
    s.put_articles([c, Article(id="b", text="Replaced text.")])
    s.save_work({"k1": b"\x00\x01binary\xff", "k2": b"{}\n"})
    s.save_work({"k1": b"again"})
    s.save_clustering({"a": "s2", "b": "s1", "Z": "s1"}, {"Z": "b"})
    s.save_stories([{"id": "s1", "title": "Ünïcode", "n": 2}, {"id": "s2", "title": "x"}, {"id": "s3"}])
    s.save_clustering({"a": "s1"}, {})
    s.save_stories([{"id": "s1", "title": "again"}])
    return {
        "articles": s.articles(),
        "one": s.get_article("b"),
        "missing": s.get_article("nope"),
        "work": s.load_work(["k1", "k2", "k3"]),
        "assignments": s.assignments(),
        "duplicates": s.duplicates(),
        "stories": s.stories(),
        "story": s.story("s1"),
        "no_story": s.story("s9"),
    }


def test_postgres_store_behaves_like_sqlite(pg_store_url: str, tmp_path: Path) -> None:
    sqlite = SQLiteStore(str(tmp_path / "s.db"))
    pg = open_store(pg_store_url)
    try:
        expected, got = _exercise(sqlite), _exercise(pg)
    finally:
        sqlite.close()
        pg.close()
    assert got == expected
    assert [a.id for a in got["articles"]] == ["b", "a", "Z"]
    assert got["work"] == {"k1": b"again", "k2": b"{}\n"}
    assert got["stories"] == [{"id": "s1", "title": "again"}]  # s2 and s3 lost their articles


def test_reopening_keeps_data_and_does_not_migrate_twice(pg_store_url: str) -> None:
    import psycopg

    store = open_store(pg_store_url)
    store.put_articles([Article(id="x", text="Kept.")])
    store.close()
    store = open_store(pg_store_url)
    assert [a.id for a in store.articles()] == ["x"]
    store.close()
    with psycopg.connect(pg_store_url) as conn:
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)


def test_unreachable_server_is_a_store_error() -> None:
    from newsfuse.errors import StoreError

    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(f"postgresql://nobody:secret@127.0.0.1:{_free_port()}/none")


def test_pipeline_on_postgres_gives_the_sqlite_report(pg_store_url: str, tmp_path: Path) -> None:
    from newsfuse import pipeline
    from newsfuse.report import json as report_json
    from newsfuse.settings import Settings

    on_sqlite = Settings(db=str(tmp_path / "s.db"), embedder="fake")
    on_pg = on_sqlite.with_(db=pg_store_url)
    for _ in range(2):  # the second run reads the cached work and clustering back from the store
        expected = report_json.dumps(pipeline.run([str(SEEDS)], on_sqlite))
        got = report_json.dumps(pipeline.run([str(SEEDS)], on_pg))
        assert got == expected
    assert json.loads(got)["stories"], "the seeds make at least one story"
    sqlite, pg = open_store(on_sqlite.db_path), open_store(pg_store_url)
    try:
        assert pg.stories() == sqlite.stories() and pg.assignments() == sqlite.assignments()
    finally:
        sqlite.close()
        pg.close()
