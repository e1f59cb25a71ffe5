"""Ingest: turn inputs (files, folders, feeds, JSONL, stdin) into Articles, or Rejected with a reason.

    read_inputs ─► walk (folders, sorted, symlink loops cut) ─► one file
        ─► size and file-type checks ─► kind (extension, else sniffed from the bytes)
        ─► text │ html │ json/jsonl │ feed │ warc reader ─► Article | Rejected
        ─► truncation of over-long texts ─► duplicate ids

Nothing is lost and nothing is silent: every input that holds no article comes out as
`Rejected(input, reason)`, and one bad input never stops the others.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from ..model import Article, Rejected
from ..settings import Settings
from . import feed, jsonl
from .decode import NotText, declared_charset, decode, sniff_binary
from .html import read_html
from .plaintext import read_text_article
from .warc import read_warc

Item = Article | Rejected

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"})
JSON_SUFFIXES = frozenset({".json", ".json.gz"})
WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})
GZ_SUFFIXES = frozenset(s for s in JSONL_SUFFIXES | JSON_SUFFIXES | WARC_SUFFIXES if s.endswith(".gz"))
SNIFF_BYTES = 4096  # enough of a file's start to tell HTML, XML, JSON and WARC apart
TRUNCATION_LOOKBACK = 10_000  # how far back from the limit a line or sentence end is looked for


def read_inputs(inputs: Sequence[str], settings: Settings) -> Iterator[Article | Rejected]:
    """Every article the inputs hold, in input order; what cannot be read comes out as Rejected."""
    seen: dict[str, tuple[str, str]] = {}  # id -> (text hash, origin)
    for item in _all_items(inputs, settings):
        if isinstance(item, Rejected):
            yield item
            continue
        item = _truncated(item, settings.max_article_chars)
        first = seen.get(item.id)
        if first is None:
            seen[item.id] = (item.text_hash, item.origin)
            yield item
        elif first[0] == item.text_hash:
            yield Rejected(item.origin, f"duplicate of {item.id!r} (same text, first read from {first[1]})")
        else:
            clash = f"id {item.id!r} clashes with a different article of the same id from {first[1]}"
            yield Rejected(item.origin, clash)


def _all_items(inputs: Sequence[str], settings: Settings) -> Iterator[Item]:
    """Articles and rejections of every input, before duplicate ids are resolved."""
    for spec in inputs:
        if spec == "-":
            yield from _guarded("stdin", lambda: _read_stdin(settings))
            continue
        yield from _walk(Path(spec), spec, settings, set())


def _read_stdin(settings: Settings) -> Iterator[Item]:
    """The articles of JSON Lines on standard input."""
    return jsonl.read_lines(sys.stdin.buffer, "stdin", "stdin", settings.max_article_chars)


def _walk(path: Path, shown: str, settings: Settings, visited: set[tuple[int, int]]) -> Iterator[Item]:
    """Items of one path: a file, or a folder read recursively in sorted order without loops."""
    try:
        st = path.stat()
    except FileNotFoundError:
        yield Rejected(shown, "broken symbolic link" if path.is_symlink() else "no such file or folder")
        return
    except OSError as ex:
        yield Rejected(shown, f"cannot be read ({ex.strerror or ex})")
        return
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in visited:
            return  # a symlink back to a folder already being read: reading it again would never end
        visited.add(key)
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as ex:
            yield Rejected(shown, f"folder cannot be listed ({ex.strerror or ex})")
            return
        for entry in entries:
            if not entry.name.startswith("."):  # hidden files (.git, .DS_Store) are not inputs
                yield from _walk(Path(entry.path), os.path.join(shown, entry.name), settings, visited)
        return
    if not stat.S_ISREG(st.st_mode):
        yield Rejected(shown, f"not a regular file ({_file_type(st.st_mode)})")
        return
    if st.st_size == 0:
        yield Rejected(shown, "empty file")
        return
    if st.st_size > settings.max_input_bytes:
        yield Rejected(shown, f"file is {st.st_size:,} bytes, over the {settings.max_input_bytes:,}-byte limit")
        return
    yield from _guarded(shown, lambda: _read_file(path, shown, settings))


def _guarded(shown: str, read: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """Items of one reader; an error it did not expect becomes a Rejected instead of ending the batch."""
    try:
        yield from read()
    except PermissionError:
        yield Rejected(shown, "cannot be read (permission denied)")
    except (EOFError, zlib.error, gzip.BadGzipFile) as ex:
        yield Rejected(shown, f"compressed file is damaged or not gzip ({ex})")
    except OSError as ex:
        yield Rejected(shown, f"cannot be read ({type(ex).__name__}: {ex})")
    except Exception as ex:  # noqa: BLE001 - the batch goes on; the reason names what went wrong
        yield Rejected(shown, f"could not be read as an article ({type(ex).__name__}: {ex})")


def _read_file(path: Path, shown: str, settings: Settings) -> Iterator[Item]:
    """Items of one regular file, by its kind."""
    suffix = _suffix(path)
    stem = path.name[: len(path.name) - len(suffix)] if suffix else path.name
    if suffix in JSONL_SUFFIXES or suffix in WARC_SUFFIXES:
        with _open(path, suffix, settings) as stream:
            if suffix in WARC_SUFFIXES:
                yield from read_warc(stream, shown)
            else:
                yield from jsonl.read_lines(stream, stem, shown, settings.max_article_chars)
        return
    with _open(path, suffix, settings) as stream:
        data = stream.read(settings.max_input_bytes + 1)
    if len(data) > settings.max_input_bytes:
        yield Rejected(shown, f"decompressed size over the {settings.max_input_bytes:,}-byte limit")
        return
    if not data.strip():
        yield Rejected(shown, "empty file" if not data else "file holds only whitespace")
        return
    yield from _read_bytes(data, suffix, stem, shown, settings)


def _read_bytes(data: bytes, suffix: str, stem: str, shown: str, settings: Settings) -> Iterator[Item]:
    """Items of a file's bytes, by extension where it is known, else by what the bytes look like."""
    kind = _kind(suffix, data[:SNIFF_BYTES])
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), shown)
        return
    if kind == "feed" and not sniff_binary(data[:16]):
        yield from feed.read_feed(data, stem, shown)
        return
    try:
        decoded = decode(data, declared_charset(data[:SNIFF_BYTES]) if kind == "html" else None)
    except NotText as ex:
        yield Rejected(shown, str(ex))
        return
    warnings = (decoded.warning,) if decoded.warning else ()
    text = decoded.text
    if not text.strip():
        yield Rejected(shown, "file holds only whitespace")
    elif kind == "html":
        yield read_html(text, stem, shown, warnings=warnings)
    elif kind == "json":
        yield from _read_json(text, stem, shown, settings)
    else:
        yield read_text_article(stem, text, shown, warnings)


def _read_json(text: str, stem: str, shown: str, settings: Settings) -> Iterator[Item]:
    """A .json file: one document, or JSON Lines under a .json name."""
    try:
        obj = json.loads(text)
    except RecursionError:
        yield Rejected(shown, "not valid JSON (nested too deep)")
        return
    except ValueError as ex:
        if "\n" not in text.strip():
            yield Rejected(shown, f"not valid JSON ({ex})")
            return
        yield from jsonl.read_lines(io.BytesIO(text.encode("utf-8")), stem, shown, settings.max_article_chars)
        return
    yield from jsonl.read_records(obj, stem, shown)


def _kind(suffix: str, head: bytes) -> str:
    """text, html, json, feed or warc: from the extension, else sniffed from the first bytes."""
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in FEED_SUFFIXES:
        return "feed"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html")) or any(tag in start for tag in (b"<html", b"<body", b"<p>")):
        return "html"
    if feed.looks_like_feed(head) or start.startswith((b"<?xml", b"<!doctype")):
        return "feed"
    if start.startswith((b"{", b"[")):
        return "json"
    return "text"


def _suffix(path: Path) -> str:
    """The lower-case extension, with .gz kept together with the one before it (".jsonl.gz")."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[0] + suffixes[1] in GZ_SUFFIXES:
        return suffixes[0] + ".gz"
    return suffixes[-1] if suffixes else ""


def _open(path: Path, suffix: str, settings: Settings) -> IO[bytes]:
    """The file's bytes, decompressed when its name ends in .gz (WARC readers decompress themselves)."""
    if suffix.endswith(".gz") and suffix not in WARC_SUFFIXES:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _file_type(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _truncated(article: Article, max_chars: int) -> Article:
    """The article cut at a line or sentence end before `max_chars`, with a warning, when it is longer."""
    text = article.text
    if len(text) <= max_chars:
        return article
    window_start = max(0, max_chars - TRUNCATION_LOOKBACK)
    cut = text.rfind("\n", window_start, max_chars)
    if cut <= 0:
        ends = [text.rfind(p, window_start, max_chars - 1) for p in (". ", "? ", "! ")]
        cut = max(ends) + 1 if max(ends) > 0 else max_chars
    note = f"text truncated from {len(text):,} to {cut:,} characters (settings.max_article_chars)"
    return dataclasses.replace(article, text=text[:cut], warnings=(*article.warnings, note))
