"""WARC archives (CC-NEWS style): each HTML response record is read like any HTML page.

The record's target URI is the article's id and URL. Requests, metadata and non-HTML responses
(images, scripts, robots.txt) are not articles and are passed over.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import IO

from ..model import Article, Rejected
from .decode import NotText, charset_name, declared_charset, decode
from .html import read_html

SNIFF_BYTES = 4096  # a page declares its charset in its first bytes
MAX_RECORD_BYTES = 20_000_000  # a web page over this is not an article page; reading it would only cost memory


def read_warc(stream: IO[bytes], origin: str) -> Iterator[Article | Rejected]:
    """The articles of a WARC file's HTML responses; an unreadable archive is Rejected."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    records = iter(ArchiveIterator(stream))
    try:
        while True:
            with contextlib.redirect_stderr(io.StringIO()) as complaints:  # warcio prints damage to stderr
                record = next(records, None)
            if complaints.getvalue():
                yield Rejected(origin, "damaged WARC record (its Content-Length does not match its content)")
            if record is None:
                return
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#{n}"
            where = f"{origin}#{uri}"
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:
                yield Rejected(where, f"HTML record over {MAX_RECORD_BYTES:,} bytes")
                continue
            try:
                declared = charset_name(content_type.partition("charset=")[2]) or declared_charset(body[:SNIFF_BYTES])
                decoded = decode(body, declared)
            except NotText as ex:
                yield Rejected(where, str(ex))
                continue
            warnings = (decoded.warning,) if decoded.warning else ()
            yield read_html(decoded.text, uri, where, url=uri, warnings=warnings)
    except ArchiveLoadFailed as ex:
        yield Rejected(origin, f"not a readable WARC archive ({ex})")
