"""`watch`: new and changed files in a folder, and new items of a feed URL, are analysed; nothing else is."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.model import Report
from newsfuse.settings import Settings
from newsfuse.store import open_store
from newsfuse.watch import Watcher, watch

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def _ids(report: Report | None) -> list[str]:
    assert report is not None
    return sorted(a.id for a in report.articles)


def _bump(path: Path) -> None:
    """Change a file's modification time, as a new write would (file systems may keep the same second)."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def test_once_analyses_the_folder_into_the_store(tmp_path: Path, settings: Settings) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    reports: list[Report] = []
    watch([str(inbox)], settings, interval=3600, once=True, on_report=reports.append)
    assert len(reports) == 1
    assert _ids(reports[0]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    store = open_store(settings.db_path)
    try:
        assert len(store.articles()) == 5 and store.stories()
    finally:
        store.close()


def test_later_polls_take_only_new_or_changed_files(tmp_path: Path, settings: Settings) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for p in seeds[:3]:
        shutil.copy(p, inbox / p.name)
    (inbox / ".partial.txt").write_text("A hidden file being written is not read.")
    watcher = Watcher([str(inbox)], settings, on_report=lambda r: None)
    assert _ids(watcher.poll()) == [p.stem for p in seeds[:3]]
    assert watcher.poll() is None  # nothing new
    shutil.copy(seeds[3], inbox / seeds[3].name)
    first = inbox / seeds[0].name
    first.write_text(first.read_text() + "\nA line added later.\n")
    _bump(first)
    report = watcher.poll()
    assert report is not None
    fresh = {seeds[0].stem, seeds[3].stem}
    assert fresh <= set(_ids(report))  # the report shows the stories the new articles joined
    store = open_store(settings.db_path)
    try:
        article = store.get_article(seeds[0].stem)
        assert article is not None and article.text.rstrip().endswith("A line added later.")
    finally:
        store.close()


def test_a_new_file_with_no_article_does_not_stop_the_watch(tmp_path: Path, settings: Settings) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_text("")
    watcher = Watcher([str(inbox)], settings, on_report=lambda r: None)
    assert watcher.poll() is None
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], inbox / "one.txt")
    assert _ids(watcher.poll()) == ["one"]


FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Daily Bugle</title>
{items}
</channel></rss>"""
ITEM = "<item><guid>{id}</guid><title>{title}</title><description>{text}</description></item>"


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server for one feed file: (its URL, the file to edit)."""
    root = tmp_path / "www"
    root.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml", root / "feed.xml"
    finally:
        server.shutdown()
        server.server_close()


def _write_feed(path: Path, ids: list[str]) -> None:
    texts = {
        "a": "The city council voted on Tuesday to close the old bridge for repairs. The mayor said work starts in May.",
        "b": "Heavy rain flooded streets in the harbour district overnight. Firefighters pumped water from cellars.",
    }
    items = "\n".join(ITEM.format(id=i, title=f"Story {i}", text=texts[i]) for i in ids)
    path.write_text(FEED.format(items=items))


def test_a_feed_url_gives_only_its_new_items(feed_server: tuple[str, Path], settings: Settings) -> None:
    url, path = feed_server
    _write_feed(path, ["a"])
    watcher = Watcher([url], settings, on_report=lambda r: None)
    assert _ids(watcher.poll()) == ["a"]
    assert watcher.poll() is None  # the same item again is not new
    _write_feed(path, ["a", "b"])
    assert "b" in _ids(watcher.poll())


def test_an_unreachable_feed_is_skipped(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert Watcher(["http://127.0.0.1:9/feed.xml"], settings).poll() is None
    assert "cannot fetch" in capsys.readouterr().err
