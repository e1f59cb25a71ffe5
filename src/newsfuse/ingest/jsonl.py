"""JSON and JSON Lines: one article per object (`id, outlet, published, title, url, text`).

JSONL is streamed line by line, so memory stays bounded by the longest line; every bad line is its
own Rejected ("file.jsonl:12": "not valid JSON …"). A .json file may hold one object, a list of
objects, or JSON Lines under the wrong name. Keys other than the six are kept in `Article.metadata`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from ..model import Article, Rejected
from .dates import from_timestamp, normalize_date
from .decode import fold_newlines

FIELDS = ("id", "outlet", "published", "title", "url", "text")
BYTES_PER_CHAR = 8  # JSON may escape a character as \uXXXX\uXXXX; a longer line cannot be one article
CHUNK = 1 << 20  # how much of an over-long line is skipped at a time


def read_records(obj: Any, stem: str, origin: str) -> Iterator[Article | Rejected]:
    """The articles of a parsed JSON document: one object, a list, or {"articles": [...]}."""
    if isinstance(obj, dict) and "text" not in obj and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield to_article(item, f"{stem}:{i}", f"{origin}[{i - 1}]")
    else:
        yield to_article(obj, f"{stem}:1", origin)


def read_lines(stream: IO[bytes], stem: str, origin: str, max_chars: int) -> Iterator[Article | Rejected]:
    """The articles of a JSON Lines stream, read one line at a time."""
    limit = BYTES_PER_CHAR * max_chars
    for lineno, line in enumerate(_lines(stream, limit), 1):
        where = f"{origin}:{lineno}"
        if line is None:
            yield Rejected(where, f"line is over {limit:,} bytes, longer than any article newsfuse reads")
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except UnicodeDecodeError:
            yield Rejected(where, "not valid UTF-8")
            continue
        except RecursionError:
            yield Rejected(where, "not valid JSON (nested too deep)")
            continue
        except ValueError as ex:
            yield Rejected(where, f"not valid JSON ({ex})")
            continue
        yield to_article(obj, f"{stem}:{lineno}", where)


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of a byte stream; None stands for a line over `limit` bytes, which is skipped."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def to_article(obj: Any, fallback_id: str, origin: str) -> Article | Rejected:
    """An Article for one JSON object, or Rejected saying what is wrong with it."""
    if not isinstance(obj, dict):
        return Rejected(origin, f"expected a JSON object, found {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejected(origin, "'text' is missing or not a string")
    if not text.strip():
        return Rejected(origin, "'text' is empty")
    warnings: list[str] = []
    raw_id = obj.get("id")
    article_id = str(raw_id).strip() if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else ""
    if not article_id:
        article_id = fallback_id
        if raw_id is not None:
            warnings.append(f"'id' {json.dumps(raw_id)[:40]} is not a usable id; using {fallback_id!r}")
    strings = {key: _string(obj.get(key), key, warnings) for key in ("outlet", "title", "url")}
    return Article(
        id=article_id,
        text=fold_newlines(text),
        outlet=strings["outlet"],
        title=strings["title"],
        published=_published(obj.get("published"), warnings),
        url=strings["url"],
        origin=origin,
        metadata=tuple(
            sorted((k, json.dumps(v, ensure_ascii=False, sort_keys=True)) for k, v in obj.items() if k not in FIELDS)
        ),
        warnings=tuple(warnings),
    )


def _string(value: Any, key: str, warnings: list[str]) -> str | None:
    """A metadata field as a non-empty string, or None (with a warning when it was the wrong type)."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        warnings.append(f"{key!r} is a {type(value).__name__}, not a string; ignored")
        return None
    return value.strip() or None


def _published(value: Any, warnings: list[str]) -> str | None:
    """The publication date in ISO 8601, from a string or a Unix timestamp."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        iso = from_timestamp(value)
    elif isinstance(value, str):
        iso = normalize_date(value)
    else:
        iso = None
    if iso is None:
        warnings.append(f"published date {json.dumps(value, ensure_ascii=False)[:60]} could not be read")
    return iso
