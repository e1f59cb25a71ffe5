"""The web app over a fake store: pages, API shapes, bad input, size limit, escaping of untrusted text."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from .conftest import XSS_BODY, XSS_TITLE, FakeStore

SCHEMA_PATHS = [Path(__file__).resolve().parents[3] / "shared" / "contract" / "report.schema.json"]


def story_validator() -> jsonschema.Draft202012Validator:
    path = next((p for p in SCHEMA_PATHS if p.exists()), None)
    if path is None:
        pytest.skip("the contract's report.schema.json is not on this machine")
    schema = json.loads(path.read_text())
    return jsonschema.Draft202012Validator({"$ref": "#/$defs/story", "$defs": schema["$defs"]})


def wait_job(client: TestClient, job_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} did not finish")


# --------------------------------------------------------------------------- API


def test_story_list_counts_and_outlets(client: TestClient) -> None:
    rows = client.get("/api/stories").json()
    assert [r["id"] for r in rows] == ["s1"]
    row = rows[0]
    assert row["article_count"] == 3 and row["contradictions"] == 1 and row["facts"] == 3
    assert "Daily Planet" in row["outlets"] and "Morning Herald" in row["outlets"]
    assert row["updated"] == "2024-03-03"


@pytest.mark.parametrize(("q", "hits"), [("riverton", 1), ("Ana Ortiz", 1), ("Herald", 1), ("volcano", 0)])
def test_story_search_by_word_entity_and_outlet(client: TestClient, q: str, hits: int) -> None:
    assert len(client.get("/api/stories", params={"q": q}).json()) == hits


def test_story_json_validates_against_the_contract(client: TestClient) -> None:
    story = client.get("/api/stories/s1").json()
    story_validator().validate(story)
    assert story["main_source"] == "Reuters"


def test_article_json_has_text_and_fields(client: TestClient, store: FakeStore) -> None:
    data = client.get("/api/articles/a1").json()
    assert data["text"] == store.get_article("a1").text  # type: ignore[union-attr]
    assert data["outlet"] == "Daily Planet"
    listing = client.get("/api/articles").json()
    assert {a["id"] for a in listing} == {"a1", "a2", "a3"} and "text" not in listing[0]


@pytest.mark.parametrize("path", ["/api/stories/nope", "/api/articles/nope", "/api/jobs/nope"])
def test_unknown_ids_are_404_json(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_post_one_article_runs_a_job_and_updates_stories(client: TestClient, store: FakeStore) -> None:
    r = client.post("/api/articles", json={"title": "Ferry sinks", "outlet": "Wire", "published": "March 4, 2024",
                                           "text": "A ferry sank off the coast."})
    assert r.status_code == 202
    body = r.json()
    assert body["articles"][0].startswith("web-") and body["status_url"] == f"/api/jobs/{body['job']}"
    job = wait_job(client, body["job"])
    assert job["state"] == "done" and job["stories"] and job["progress"]["stage"] == "annotate"
    stored = store.get_article(body["articles"][0])
    assert stored is not None and stored.published == "2024-03-04" and stored.outlet == "Wire"
    assert any(s["title"] == "Ferry sinks" for s in client.get("/api/stories").json())


def test_post_list_keeps_given_ids(client: TestClient, store: FakeStore) -> None:
    r = client.post("/api/articles", json=[{"id": "x1", "text": "One."}, {"id": "x2", "text": "Two."}])
    assert r.status_code == 202 and r.json()["articles"] == ["x1", "x2"]
    wait_job(client, r.json()["job"])
    assert store.get_article("x2") is not None


def test_unreadable_date_is_a_warning_not_an_error(client: TestClient, store: FakeStore) -> None:
    r = client.post("/api/articles", json={"id": "d1", "published": "someday", "text": "Text."})
    wait_job(client, r.json()["job"])
    article = store.get_article("d1")
    assert article is not None and article.published is None and "someday" in article.warnings[0]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"[]", 400, "empty"),
        (b'{"title": "no text"}', 422, "text"),
        (b'{"text": "   "}', 422, "text"),
        (b'{"text": "x", "colour": "red"}', 422, "colour"),
        (b'{"text": 5}', 422, "text"),
        (b'[{"id": "same", "text": "a"}, {"id": "same", "text": "b"}]', 400, "same id"),
        (b'{"id": "bad\\nid", "text": "x"}', 422, "id"),
        (b'"just a string"', 422, "body"),
    ],
)
def test_bad_json_bodies_are_4xx_with_a_reason(client: TestClient, body: bytes, status: int, words: str) -> None:
    r = client.post("/api/articles", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


def test_wrong_content_type_is_415(client: TestClient) -> None:
    r = client.post("/api/articles", content=b"text", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and "multipart" in r.json()["detail"]


def test_body_over_the_limit_is_413(client: TestClient) -> None:
    big = json.dumps({"text": "x" * (65 * 1024)})
    r = client.post("/api/articles", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(70):
            yield b"x" * 1024

    r = client.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_upload_files_with_hostile_names_stay_in_the_temp_dir(client: TestClient, store: FakeStore) -> None:
    files = [
        ("file", ("../../etc/evil name.txt", b"Storm hits\n\nA storm hit the coast on Monday.", "text/plain")),
        ("file", ("feed.jsonl", b'{"id": "j1", "text": "A line article."}\n{"text": ""}\n', "application/json")),
    ]
    r = client.post("/api/articles", files=files)
    assert r.status_code == 202, r.text
    job = wait_job(client, r.json()["job"])
    assert job["state"] == "done"
    assert "evil_name" in job["articles"] and "j1" in job["articles"]
    assert store.get_article("evil_name") is not None
    assert not Path("/etc/evil name.txt").exists()
    for rejected in job["rejected"]:  # reasons name the user's file, never the server's temp path
        assert "newsfuse-upload-" not in rejected["input"]


def test_upload_without_files_is_400(client: TestClient) -> None:
    r = client.post("/api/articles", data={"text": "not a file"}, files={"x": ("", b"")})
    assert r.status_code in (400, 202)
    r = client.post("/api/articles", content=b"--b--\r\n", headers={"content-type": "multipart/form-data; boundary=b"})
    assert r.status_code == 400


def test_upload_of_nothing_readable_fails_the_job_with_a_reason(client: TestClient) -> None:
    r = client.post("/api/articles", files=[("file", ("blank.txt", b"   \n", "text/plain"))])
    job = wait_job(client, r.json()["job"])
    assert job["state"] == "failed" and job["error"]


def test_openapi_and_local_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = {"/api/stories", "/api/stories/{story_id}", "/api/articles", "/api/articles/{article_id}"}
    assert paths <= set(spec["paths"])
    assert "multipart/form-data" in spec["paths"]["/api/articles"]["post"]["requestBody"]["content"]
    docs = client.get("/docs").text
    assert "/openapi.json" in docs and "http://" not in docs.replace("http://127", "") and "cdn" not in docs.lower()


# --------------------------------------------------------------------------- pages


def test_pages_load_nothing_from_the_internet(client: TestClient) -> None:
    for path in ["/", "/stories/s1", "/articles/a1", "/add", "/docs"]:
        html = client.get(path).text.replace('href="https://example.org/a1"', "")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), path


def test_story_page_shows_every_section(client: TestClient) -> None:
    html = client.get("/stories/s1").text
    for words in ["How many people were killed", "Ana Ortiz", "Reuters", "main source", "<svg class=\"chart timeline",
                  "<svg class=\"chart coverage", "corroborated", "single source", "Riverton"]:
        assert words in html, words
    # a summary citation links to the supporting sentence by offsets
    start = make_offsets("a1", "A road bridge collapsed in Riverton on Friday night.")
    assert f"/articles/a1?hl={start}&amp;story=s1#hl" in html


def make_offsets(article_id: str, sentence: str) -> str:
    from .conftest import BY_ID

    start = BY_ID[article_id].text.index(sentence)
    return f"{start}-{start + len(sentence)}"


def test_article_page_marks_the_spans(client: TestClient) -> None:
    hl = make_offsets("a2", "Seven people were killed, police said, according to Reuters.")
    html = client.get(f"/articles/a2?hl={hl}&story=s1").text
    assert '<mark id="hl">Seven people were killed, police said, according to Reuters.</mark>' in html
    assert "Bridge collapses in Riverton" in html  # the link back to the story


def test_article_page_marks_a_fact_by_id(client: TestClient) -> None:
    html = client.get("/articles/a1?story=s1&item=f2").text
    assert "<mark id=\"hl\">Five people were killed, the fire service said.</mark>" in html
    assert "Fact: Five people were killed." in html


@pytest.mark.parametrize("hl", ["abc", "5-", "9-3", "-1-4", ",".join(["1-2"] * 500)])
def test_bad_highlight_is_400_page(client: TestClient, hl: str) -> None:
    r = client.get("/articles/a1", params={"hl": hl})
    assert r.status_code == 400 and "<h1>400</h1>" in r.text


def test_highlight_past_the_end_is_clamped(client: TestClient) -> None:
    r = client.get("/articles/a1?hl=0-999999")
    assert r.status_code == 200 and "<mark id=\"hl\">A road bridge" in r.text


def test_unknown_pages_are_404(client: TestClient) -> None:
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/articles/a1?story=s1&item=zzz").status_code == 404


def test_untrusted_text_is_escaped_everywhere(client: TestClient) -> None:
    for path in ["/", "/stories/s1", "/articles/a3", "/articles/a3?story=s1&item=q2"]:
        html = client.get(path).text
        assert XSS_BODY not in html and XSS_TITLE not in html, path
        assert "&lt;script&gt;" in html or "&lt;img" in html, path


def test_javascript_urls_are_not_links(client: TestClient) -> None:
    html = client.get("/articles/a2").text
    assert 'href="javascript:' not in html
    assert 'href="https://example.org/a1"' in client.get("/articles/a1").text


def test_csp_forbids_inline_script(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_stories_list_page_search(client: TestClient) -> None:
    assert "Bridge collapses in Riverton" in client.get("/?q=ortiz").text
    assert "No story matches" in client.get("/?q=volcano").text


def test_quote_and_contradiction_links_name_what_they_show(client: TestClient) -> None:
    html = client.get("/stories/s1").text
    assert "story=s1&amp;item=c1" in html and "story=s1&amp;item=q1" in html and "story=s1&amp;item=f1" in html
    page = client.get("/articles/a2?story=s1&item=c1").text
    assert "Contradiction: How many people were killed" in page
    assert "<mark id=\"hl\">Seven people were killed" in page


def test_matrix_lists_disputed_then_corroborated_then_single_source(client: TestClient) -> None:
    html = client.get("/stories/s1").text
    order = [m.group(1) for m in re.finditer(r'<tr class="st-(\w+)"', html)]
    assert order == ["disputed", "corroborated", "single_source"]


def test_hostile_ids_in_urls_are_escaped_in_error_pages(client: TestClient) -> None:
    for path in ["/stories/%3Cscript%3Ex", "/articles/%3Cscript%3Ex"]:
        r = client.get(path)
        assert r.status_code == 404 and "<script>x" not in r.text and "&lt;script&gt;x" in r.text
