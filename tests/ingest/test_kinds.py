"""Every input kind read_inputs takes: text, HTML, JSON, JSONL (plain and gzipped), feeds, WARC, folders, stdin."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from newsfuse.ingest import read_inputs
from newsfuse.model import Article, Rejected
from newsfuse.settings import Settings

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
SETTINGS = Settings()
BODY = (
    "The city council approved the new budget on Tuesday after a long debate about school funding. "
    "The mayor said the plan would hire two hundred teachers and repair forty buildings over three years. "
    "Opponents argued that the spending was too high and that taxes would have to rise next spring."
)


def read(*inputs: str | Path, settings: Settings = SETTINGS) -> list[Article | Rejected]:
    return list(read_inputs([str(i) for i in inputs], settings))


def articles(items: list[Article | Rejected]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejected(items: list[Article | Rejected]) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected)]


def test_plain_text_keeps_text_as_read_text_and_infers_header_fields(tmp_path: Path) -> None:
    path = tmp_path / "council-vote.txt"
    path.write_bytes(("Published: May 03, 2013\r\nBy Jane Doe\r\nSource: The Daily Planet\r\n\r\n" + BODY).encode())
    [a] = read(path)
    assert isinstance(a, Article)
    assert a.text == path.read_text()
    assert "\r" not in a.text
    assert a.id == "council-vote"
    assert (a.published, a.outlet) == ("2013-05-03", "The Daily Planet")
    assert dict(a.metadata)["author"] == '"Jane Doe"'
    assert a.origin == str(path)


def test_plain_text_title_line_and_no_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Budget passes\n\n" + BODY)
    (tmp_path / "b.text").write_text("Council approves budget\n\n" + BODY)
    (tmp_path / "c.txt").write_text(BODY)
    (tmp_path / "d.txt").write_text("Council approves budget\nBy Jane Doe\nPublished: 2024-07-31\n\n" + BODY)
    a, b, c, d = articles(read(tmp_path))
    assert (a.title, b.title, c.title) == ("Budget passes", "Council approves budget", None)
    assert c.published is None and c.outlet is None and c.warnings == ()
    assert (d.title, d.published) == ("Council approves budget", "2024-07-31")  # header lines between title and text


def test_a_header_line_that_is_only_a_date_is_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Council approves budget\nMarch 11, 2025\n\n" + BODY)
    (tmp_path / "b.txt").write_text("In 2013 the council approved a budget.\n" + BODY)
    (tmp_path / "c.txt").write_text("Council approves budget\nUpdated June 18, 2025\n\n" + BODY)
    a, b, c = articles(read(tmp_path))
    assert (a.title, a.published) == ("Council approves budget", "2025-03-11")
    assert (c.title, c.published) == ("Council approves budget", "2025-06-18")
    assert b.published is None  # a sentence that names a year is not a date line


def test_unreadable_published_header_gives_none_and_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Published: sometime last week\n" + BODY)
    [a] = articles(read(tmp_path))
    assert a.published is None
    assert any("could not be read" in w for w in a.warnings)


def test_seeds_read_with_file_stem_ids() -> None:
    items = read(SEEDS)
    assert [a.id for a in articles(items)] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for a in articles(items):
        assert a.text == (SEEDS / f"{a.id}.txt").read_text()


def test_folder_with_seeds_png_empty_and_latin1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes("Le café de la ville a rouvert à Montréal après des années.".encode("latin-1"))
    items = read(folder)
    good, bad = articles(items), rejected(items)
    assert len(good) == 6 and len(bad) == 2
    latin = next(a for a in good if a.id == "latin")
    assert latin.text == "Le café de la ville a rouvert à Montréal après des années."
    assert any("Windows-1252" in w for w in latin.warnings)
    reasons = {Path(r.input).name: r.reason for r in bad}
    assert reasons == {"photo.png": "binary file (PNG image), not an article", "empty.txt": "empty file"}


def test_html_main_text_and_metadata_without_scripts_nav_or_comments(tmp_path: Path) -> None:
    page = f"""<!DOCTYPE html><html><head><title>Budget passes - Daily Planet</title>
    <meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Budget passes">
    <meta name="date" content="2024-07-31"><link rel="canonical" href="https://planet.example/budget">
    <script>var tracking = "SECRET_SCRIPT";</script></head>
    <body><nav><a href="/">Home</a> | <a href="/world">NAVIGATION_LINK</a></nav>
    <article><h1>Budget passes</h1><p>{BODY}</p><p>The vote was seven to two.</p></article>
    <div class="comments" id="comments"><p>COMMENT_TEXT what a terrible decision by the council today</p></div>
    </body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page)
    [a] = read(path)
    assert isinstance(a, Article)
    assert "approved the new budget" in a.text
    for junk in ("SECRET_SCRIPT", "NAVIGATION_LINK", "COMMENT_TEXT"):
        assert junk not in a.text
    assert (a.title, a.outlet, a.published, a.url) == (
        "Budget passes", "Daily Planet", "2024-07-31", "https://planet.example/budget"
    )


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(f"<html><body><article><p>{BODY}</p></article></body></html>")
    [a] = read(tmp_path / "page")
    assert isinstance(a, Article) and "approved the new budget" in a.text


def test_jsonl_fields_metadata_dates_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "outlet": "Planet", "published": "05 / 02 / 2013", "title": "T", "url": "u",
                    "text": BODY, "lang": "en", "tags": ["x"]}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": 42}),
        "",
        json.dumps({"text": "No id here.\r\nSecond line.", "published": "not a date"}),
        json.dumps(["a list"]),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = read(path)
    a1, no_id = articles(items)
    assert (a1.id, a1.outlet, a1.published, a1.title, a1.url) == ("a1", "Planet", "2013-05-02", "T", "u")
    assert a1.metadata == (("lang", '"en"'), ("tags", '["x"]'))
    assert a1.origin == f"{path}:1"
    assert no_id.id == "feed:6" and no_id.text == "No id here.\nSecond line."
    assert no_id.published is None and any("could not be read" in w for w in no_id.warnings)
    reasons = {r.input: r.reason for r in rejected(items)}
    assert reasons[f"{path}:2"].startswith("not valid JSON")
    assert reasons[f"{path}:3"] == "'text' is missing or not a string"
    assert reasons[f"{path}:4"] == "'text' is missing or not a string"
    assert reasons[f"{path}:7"] == "expected a JSON object, found list"


def test_json_object_list_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"id": "o", "text": BODY}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": BODY}, {"text": BODY + " More."}]))
    with gzip.open(tmp_path / "zipped.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": "z", "text": BODY + " Zipped."}) + "\n")
    with gzip.open(tmp_path / "zipped2.json.gz", "wt") as f:
        f.write(json.dumps([{"id": "z2", "text": BODY + " Zipped two."}]))
    ids = [a.id for a in articles(read(tmp_path))]
    assert ids == ["m1", "many:2", "o", "z", "z2"]


def test_stdin_dash_reads_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps({"id": "s1", "text": BODY}) + "\n" + json.dumps({"text": BODY + " Two."}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = read("-")
    assert [a.id for a in articles(items)] == ["s1", "stdin:2"]
    assert articles(items)[1].origin == "stdin:2"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Planet Wire</title><link>https://planet.example</link>
<item><title>Budget passes</title><link>https://planet.example/budget</link><guid>budget-2024</guid>
<pubDate>Wed, 31 Jul 2024 10:15:00 GMT</pubDate>
<description>&lt;p&gt;{body}&lt;/p&gt;&lt;script&gt;alert("x")&lt;/script&gt;
&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>No guid</title><link>https://planet.example/other</link>
<description>Plain summary text.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Planet</title>
<entry><id>urn:uuid:1</id><title>Entry one</title><updated>2024-07-31T10:15:00Z</updated>
<link href="https://atom.example/1"/><content type="html">&lt;p&gt;{body}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS.format(body=BODY))
    a, b = articles(read(path))
    assert (a.id, a.title, a.outlet, a.url) == ("budget-2024", "Budget passes", "Planet Wire", "https://planet.example/budget")
    assert a.published == "2024-07-31T10:15:00+00:00"
    assert a.text == BODY + "\nSecond paragraph."
    assert (b.id, b.text) == ("https://planet.example/other", "Plain summary text.")


def test_atom_sniffed_from_xml_content(tmp_path: Path) -> None:
    path = tmp_path / "atom-feed"
    path.write_text(ATOM.format(body=BODY))
    [a] = read(path)
    assert isinstance(a, Article)
    assert (a.id, a.outlet, a.published, a.text) == ("urn:uuid:1", "Atom Planet", "2024-07-31T10:15:00+00:00", BODY)


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        html = f"<html><head><title>Budget passes</title></head><body><article><p>{BODY}</p></article></body></html>"
        for uri, ctype, payload in [
            ("https://planet.example/budget", "text/html; charset=utf-8", html.encode()),
            ("https://planet.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(50)),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_records_only(tmp_path: Path, name: str) -> None:
    _warc(tmp_path / name)
    [a] = read(tmp_path / name)
    assert isinstance(a, Article)
    assert (a.id, a.url) == ("https://planet.example/budget", "https://planet.example/budget")
    assert "approved the new budget" in a.text


def test_duplicate_ids_same_text_dropped_different_text_clash(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps(o) for o in [{"id": "x", "text": BODY}, {"id": "x", "text": BODY},
                                          {"id": "x", "text": "Another story entirely."}])
    )
    items = read(tmp_path / "a.jsonl")
    assert [a.id for a in articles(items)] == ["x"]
    dup, clash = rejected(items)
    assert dup.reason.startswith("duplicate of 'x'")
    assert "clashes" in clash.reason and clash.input.endswith(":3")


def test_inputs_come_out_in_the_order_given(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(f"{name} {BODY}")
    ids = [a.id for a in articles(read(tmp_path / "b.txt", tmp_path / "a.txt", tmp_path))]
    assert ids == ["b", "a"]  # the folder's copies repeat the same ids and texts: dropped as duplicates


def test_published_formats_normalised() -> None:
    from newsfuse.ingest.dates import normalize_date

    assert normalize_date("May 03, 2013") == "2013-05-03"
    assert normalize_date("05 / 02 / 2013") == "2013-05-02"
    assert normalize_date("Wed, 31 Jul 2024 10:15:00 GMT") == "2024-07-31T10:15:00+00:00"
    assert normalize_date("2024-07-31T10:15:00Z") == "2024-07-31T10:15:00+00:00"
    assert normalize_date("July 21, 2013, 2:21 pm BST") == "2013-07-21T14:21:00+01:00"
    assert normalize_date("May 2013") == "2013-05"
    assert normalize_date("yesterday") is None
    assert normalize_date("") is None
