"""Properties of ingest and the text layer on arbitrary input: never raise, spans exact, ids stable."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfuse import text
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, Rejected
from newsfuse.settings import Settings

SETTINGS = Settings(max_article_chars=20_000)
NAMES = ["a.txt", "a.html", "a.json", "a.jsonl", "a.jsonl.gz", "a.xml", "a.rss", "a.warc", "a.warc.gz", "a.md", "noext"]
PREFIXES = [b"", b"<?xml version='1.0'?><rss><channel><item><description>", b"<html><body><p>", b"WARC/1.0\r\n",
            b'{"id": "x", "text": "', b"\xef\xbb\xbf", b"\xff\xfe", b"\x1f\x8b\x08\x00", b"<!DOCTYPE feed ["]
PIECES = [
    "Getty", "by Jane Doe", "(AP) — The vote passed.", "LATEST:", "Published: May 3, 2013", "Mr. Smith left.",
    "“Yes,” she said.", "Short line", "It ran on --", "and on.", "", " ", "\t", "U.S. troops", "…", "WASHINGTON —",
]

news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=25).map("\n".join)


def _read(paths: list[Path]) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths], SETTINGS))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2000))
def test_read_inputs_never_raises_on_arbitrary_bytes(name: str, prefix: bytes, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(prefix + data)
        items = _read([path])
        assert all(isinstance(i, (Article, Rejected)) for i in items)
        for item in items:
            if isinstance(item, Article):
                assert item.text.strip()
                assert all(item.text[s.span.start : s.span.end] == s.span.text for s in text.split(item))
            else:
                assert item.reason


@settings(max_examples=300, deadline=None)
@given(body=st.one_of(news_like, st.text()), title=st.one_of(st.none(), st.sampled_from(PIECES), st.text(max_size=20)))
def test_every_sentence_span_slices_the_text_exactly(body: str, title: str | None) -> None:
    article = Article(id="p", text=body, title=title)
    sentences = text.split(article)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert s.span.article == "p"
        assert body[s.span.start : s.span.end] == s.span.text
        assert s.span.text.strip() == s.span.text != ""
        assert s.span.start >= previous_end
        previous_end = s.span.end


@settings(max_examples=40, deadline=None)
@given(files=st.lists(st.tuples(st.sampled_from(NAMES), st.one_of(news_like.map(str.encode), st.binary(max_size=300))),
                      min_size=1, max_size=5))
def test_ids_and_items_are_stable_across_two_reads(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, data) in enumerate(files):
            (Path(tmp) / f"{i}-{name}").write_bytes(data)
        first, second = _read([Path(tmp)]), _read([Path(tmp)])
        assert first == second
        ids = [a.id for a in first if isinstance(a, Article)]
        assert len(ids) == len(set(ids))
