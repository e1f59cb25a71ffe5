"""Crash safety: a run killed mid-way and run again ends as if never killed; two writers share one store."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

NEWSFUSE = str(Path(sys.executable).parent / "newsfuse")
CITIES = ["Lyon", "Porto", "Graz", "Leeds", "Turin", "Malmo", "Ghent", "Brno", "Cork", "Split"]
THINGS = ["bridge", "school", "hospital", "tram line", "stadium", "library", "harbour", "museum"]
VERBS = ["approved", "delayed", "cancelled", "opened", "inspected", "funded"]


def corpus(path: Path, n: int, prefix: str, seed: int) -> Path:
    """n small synthetic articles as JSONL, the same for the same seed."""
    rng = random.Random(seed)
    with path.open("w") as out:
        for i in range(n):
            city, thing, verb = rng.choice(CITIES), rng.choice(THINGS), rng.choice(VERBS)
            text = (
                f"The {city} council {verb} the new {thing} on Monday, officials said. "
                f"The project costs {rng.randint(2, 90)} million euros. "
                f"Work on the {thing} will take {rng.randint(1, 9)} years, according to the mayor of {city}."
            )
            out.write(json.dumps({"id": f"{prefix}{i:04d}", "title": f"{city} {thing}", "text": text}) + "\n")
    return path


def analyze(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([NEWSFUSE, "analyze", *args, "--embedder", "fake", "-q"])


def rows(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as con:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def children(pid: int) -> list[int]:
    """The processes whose parent is pid (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.integration
def test_sigkill_midway_then_rerun_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    articles = corpus(tmp_path / "big.jsonl", 400, "a", seed=1)
    crashed, clean = tmp_path / "crashed.db", tmp_path / "clean.db"

    proc = analyze(str(articles), "--db", str(crashed))
    deadline = time.monotonic() + 300
    while rows(crashed, "work") == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None, "the run finished before it could be killed: make the corpus larger"
    workers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < rows(crashed, "work") < 400
    deadline = time.monotonic() + 30
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(w) for w in workers), "worker processes outlived the killed run"

    assert analyze(str(articles), "--db", str(crashed), "--json", str(tmp_path / "again.json")).wait() == 0
    assert analyze(str(articles), "--db", str(clean), "--json", str(tmp_path / "clean.json")).wait() == 0
    assert rows(crashed, "articles") == 400 and rows(crashed, "work") == 400
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "clean.json").read_bytes()


@pytest.mark.integration
def test_two_writers_on_one_store_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    first = analyze(str(corpus(tmp_path / "a.jsonl", 120, "a", seed=2)), "--db", str(db))
    second = analyze(str(corpus(tmp_path / "b.jsonl", 120, "b", seed=3)), "--db", str(db))
    assert first.wait() == 0 and second.wait() == 0
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == 240
