"""Hostile and broken inputs: each is read or Rejected with a reason, in bounded time, and never
changes what the other inputs of the same call give."""

from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest

from newsfuse import text
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, Rejected
from newsfuse.settings import Settings

SETTINGS = Settings()
GOOD = "The bridge reopened on Monday after two years of repairs. Officials said traffic would return to normal."
SECONDS = 20  # generous bound for one hostile input on a slow shared machine; the point is "not minutes"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>t</title><guid>g</guid><description>&lol9;</description></item></channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>t</title><guid>g</guid><description>before &xxe; after</description></item></channel></rss>"""


def read(*inputs: str | Path, settings: Settings = SETTINGS) -> list[Article | Rejected]:
    return list(read_inputs([str(i) for i in inputs], settings))


def one(path: Path, settings: Settings = SETTINGS) -> Article | Rejected:
    started = time.monotonic()
    items = read(path, settings=settings)
    assert time.monotonic() - started < SECONDS
    assert len(items) == 1, items
    return items[0]


def reason(path: Path) -> str:
    item = one(path)
    assert isinstance(item, Rejected), item
    assert item.input == str(path)
    return item.reason


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\r\n ", "file holds only whitespace"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (PNG image), not an article"),
        ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document), not an article"),
        ("story.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100), "binary file (ZIP archive), not an article"),
        ("story.xml", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100), "binary file (ZIP archive), not an article"),
        ("nul.txt", b"Some words\x00\x00\x00 and NULs", "binary file (contains NUL bytes), not an article"),
        ("noise.txt", bytes(range(1, 256)) * 64, "undecodable bytes: not UTF-8, UTF-16 or Windows-1252 text"),
    ],
)
def test_files_without_an_article_are_rejected_with_a_reason(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert reason(path) == expected


def test_missing_path_dangling_symlink_and_fifo(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    assert reason(tmp_path / "missing.txt") == "no such file or folder"
    assert reason(tmp_path / "dangling.txt") == "broken symbolic link"
    assert reason(tmp_path / "pipe.txt") == "not a regular file (named pipe)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    assert reason(path) == "cannot be read (permission denied)"


def test_file_over_max_input_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10)
    item = one(path, Settings(max_input_bytes=100))
    assert isinstance(item, Rejected) and "over the 100-byte limit" in item.reason


def test_folder_with_symlink_loop_ends(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(GOOD)
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "self").symlink_to(folder / "sub")
    items = read(folder)
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]


@pytest.mark.parametrize(
    ("data", "expected", "warning"),
    [
        (codecs.BOM_UTF8 + "Café “quoted” text.".encode(), "Café “quoted” text.", None),
        (codecs.BOM_UTF16_LE + "Café “quoted” text.\r\n".encode("utf-16-le"), "Café “quoted” text.\n", "UTF-16"),
        (codecs.BOM_UTF16_BE + "Café “quoted” text.".encode("utf-16-be"), "Café “quoted” text.", "UTF-16"),
        ("Café “quoted” text — yes.".encode("cp1252"), "Café “quoted” text — yes.", "Windows-1252"),
        ("Café “quoted” bad ".encode() + b"\xff byte.", "Café “quoted” bad \ufffd byte.", "invalid UTF-8"),
        (b"Caf\xe9 " + b"words " * 30 + b"\x81", "Café " + "words " * 30 + "\x81", "Latin-1"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, expected: str, warning: str | None) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    item = one(path)
    assert isinstance(item, Article), item
    assert item.text == expected
    if warning is None:
        assert item.warnings == ()
    else:
        assert any(warning in w for w in item.warnings), item.warnings


def test_fifty_megabyte_text_is_truncated_at_a_line_end(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("Another sentence about the flood. " * 3).strip() + "\n"
    with open(path, "w") as f:
        f.write(line * (50_000_000 // len(line)))
    item = one(path)
    assert isinstance(item, Article)
    assert len(item.text) <= SETTINGS.max_article_chars
    assert item.text.endswith("flood.")
    assert any("truncated" in w for w in item.warnings)


def test_html_with_scripts_and_iframes(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><script>document.write('SCRIPT_TEXT')</script><style>p{color:red}</style></head><body>"
        f"<iframe src='https://ads.example'>IFRAME_TEXT</iframe><article><p>{GOOD}</p><p>{GOOD[::-1]}</p></article>"
        "<script>var x = 'MORE_SCRIPT';</script></body></html>"
    )
    item = one(path)
    assert isinstance(item, Article) and "bridge reopened" in item.text
    assert "SCRIPT" not in item.text and "IFRAME_TEXT" not in item.text and "color" not in item.text


@pytest.mark.parametrize(
    "html",
    [
        "<html>" + "<div>" * 10_000 + "deep" + "</div>" * 10_000 + "</html>",
        "<html><head><title>Only a title</title><script>x()</script></head></html>",
    ],
    ids=["nested-divs", "no-body"],
)
def test_html_without_extractable_text_is_rejected(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html)
    assert "HTML page" in reason(path)


def test_billion_laughs_feed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.xml"
    path.write_text(BILLION_LAUGHS)
    assert "entit" in reason(path)


def test_external_entity_feed_is_refused_and_nothing_leaks(tmp_path: Path) -> None:
    for name in ("xxe.rss", "xxe-sniffed"):
        path = tmp_path / name
        path.write_text(XXE)
        items = read(path)
        assert all(isinstance(i, Rejected) for i in items)
        assert "root:" not in repr(items)


def test_jsonl_hostile_lines(tmp_path: Path) -> None:
    big = "Word " * 200_000  # a 1 MB line
    lines = [
        json.dumps({"id": "big", "text": big}),
        json.dumps({"id": "nested", "text": GOOD, "extra": json.loads("[" * 50 + "]" * 50)}),
        "[" * 100_000,
        json.dumps({"id": "ok", "text": GOOD}),
        json.dumps({"id": None, "text": None}),
        '{"id": "badutf", "text": "\xff"}',
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8").replace("\xff".encode(), b"\xff"))
    started = time.monotonic()
    items = read(path)
    assert time.monotonic() - started < SECONDS
    assert [a.id for a in items if isinstance(a, Article)] == ["big", "nested", "ok"]
    reasons = {r.input.rsplit(":", 1)[1]: r.reason for r in items if isinstance(r, Rejected)}
    assert reasons["3"].startswith("not valid JSON")
    assert reasons["5"] == "'text' is missing or not a string"
    assert reasons["6"] == "not valid UTF-8"


def test_jsonl_line_longer_than_any_article_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": "x" * 5000}) + "\n" + json.dumps({"id": "after", "text": GOOD}))
    items = read(path, settings=Settings(max_article_chars=100))
    assert isinstance(items[0], Rejected) and "over" in items[0].reason
    assert isinstance(items[1], Article) and items[1].id == "after"


def test_one_word_and_five_thousand_sentence_articles(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Breaking")
    sentences = (f"Sentence number {i} reports that the count went up." for i in range(5000))
    (tmp_path / "long.txt").write_text(" ".join(sentences))
    started = time.monotonic()
    long, word = read(tmp_path)
    assert isinstance(long, Article) and isinstance(word, Article)
    assert [s.span.text for s in text.split(word)] == ["Breaking"]
    assert len(text.split(long)) == 5000
    assert time.monotonic() - started < SECONDS


def test_hostile_neighbours_leave_a_good_input_unchanged(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    alone = read(good)
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "a.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (hostile / "b.xml").write_text(BILLION_LAUGHS)
    (hostile / "c.jsonl").write_text("{broken\n" + json.dumps({"id": "x", "text": 5}))
    (hostile / "d.html").write_text("<div>" * 10_000)
    (hostile / "e.txt").write_bytes(b"")
    (hostile / "f").symlink_to(hostile)
    items = read(hostile, good, tmp_path / "missing")
    assert items[-2:-1] == alone
    assert sum(isinstance(i, Rejected) for i in items) == len(items) - 1


def test_unreadable_file_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    other = tmp_path / "other.txt"
    other.write_text(GOOD + " More.")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    kept, secret = read(tmp_path)
    assert isinstance(kept, Article) and kept.id == "other"
    assert secret == Rejected(str(path), "cannot be read (permission denied)")


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    body = "Москва объявила о новых мерах в понедельник, сообщили официальные лица. " * 4
    page = f'<html><head><meta charset="windows-1251"></head><body><article><p>{body}</p></article></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    item = one(path)
    assert isinstance(item, Article) and "Москва объявила" in item.text
    assert any("cp1251" in w for w in item.warnings)
