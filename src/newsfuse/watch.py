"""`newsfuse watch`: poll folders, files and feed URLs on an interval and analyse what is new into the store.

A file is new when its path was not seen before, or changed when its size or modification time differs from
the last poll; the pipeline then reads just those files. A feed URL (http:// or https://, the one thing
newsfuse fetches, and only because the user names it) is fetched every poll and its items not seen before
(by id and text) are analysed. The first poll takes everything that is there. Writers should move finished
files into a watched folder (write elsewhere, then rename) so that a half-written file is never read.
"""

from __future__ import annotations

import os
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import pipeline
from .errors import InputError
from .ingest.feed import read_feed
from .model import Article, Rejected, Report
from .settings import Settings

FETCH_TIMEOUT_S = 30  # one slow feed server delays a poll by at most this, never hangs the watch
MAX_FEED_BYTES = 20_000_000  # a feed larger than this is refused: no real feed is, a runaway response may be

OnReport = Callable[[Report], None]


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _summary(report: Report) -> None:
    """The default report handler: one line on stderr."""
    _say(f"newsfuse watch: {len(report.articles)} articles in {len(report.stories)} stories updated")


class Watcher:
    """What a watch has seen so far, and one poll at a time."""

    def __init__(self, sources: Sequence[str], settings: Settings, on_report: OnReport = _summary) -> None:
        self.sources = list(sources)
        self.settings = settings
        self.on_report = on_report
        self.files: dict[str, tuple[int, int]] = {}  # path -> (size, mtime_ns) when last read
        self.items: set[tuple[str, str]] = set()  # (id, text hash) of every feed-URL item analysed

    def poll(self) -> Report | None:
        """Analyse what is new or changed since the last poll; None when nothing is."""
        paths: list[str] = []
        articles: list[Article] = []
        for source in self.sources:
            if source.startswith(("http://", "https://")):
                articles.extend(self._new_items(source))
            else:
                paths.extend(self._changed_files(Path(source)))
        if not paths and not articles:
            return None
        try:
            report = pipeline.run(paths, self.settings, articles)
        except InputError as ex:  # new files that hold no article: say so and keep watching
            _say(f"newsfuse watch: {ex}")
            return None
        self.on_report(report)
        return report

    def _changed_files(self, root: Path) -> Iterator[str]:
        """Files under root (or root itself) that are new or changed, marked as seen."""
        for path in _files(root):
            try:
                st = path.stat()
            except OSError:
                continue  # removed between listing and stat: nothing to read
            key, state = str(path), (st.st_size, st.st_mtime_ns)
            if self.files.get(key) != state:
                self.files[key] = state
                yield key

    def _new_items(self, url: str) -> list[Article]:
        """The feed's items not analysed before; a feed that cannot be fetched is reported and skipped."""
        try:
            with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_S) as response:  # noqa: S310 - http(s) only
                data = response.read(MAX_FEED_BYTES + 1)
        except (OSError, ValueError) as ex:
            _say(f"newsfuse watch: cannot fetch {url}: {ex}")
            return []
        if len(data) > MAX_FEED_BYTES:
            _say(f"newsfuse watch: {url} is over {MAX_FEED_BYTES:,} bytes; skipped")
            return []
        fresh = []
        for item in read_feed(data, url.rstrip("/").rsplit("/", 1)[-1] or "feed", url):
            if isinstance(item, Rejected):
                _say(f"newsfuse watch: {item.input}: {item.reason}")
            elif (item.id, item.text_hash) not in self.items:
                self.items.add((item.id, item.text_hash))
                fresh.append(item)
        return fresh


def _files(root: Path) -> Iterator[Path]:
    """root if it is a file, else the files in it recursively, sorted, hidden ones skipped (as ingest reads)."""
    if not root.is_dir():
        if root.exists():
            yield root
        return
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(folder) / name


def watch(
    sources: Sequence[str],
    settings: Settings,
    interval: float,
    once: bool = False,
    on_report: OnReport = _summary,
) -> None:
    """Poll the sources every `interval` seconds and analyse what is new, until Ctrl-C (or one poll, `once`)."""
    watcher = Watcher(sources, settings, on_report)
    while True:
        started = time.monotonic()
        watcher.poll()
        if once:
            return
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
