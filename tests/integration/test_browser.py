"""The web page in real headless Chromium: the seed story, its contradiction, a citation click, inert XSS.

Starts `newsfuse serve`'s app on 127.0.0.1 (a free port) over a temp store holding the five seed reports
and one hostile article, drives Debian's /usr/bin/chromium with Playwright, and saves screenshots to
artifacts/screenshots/.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsfuse.model import Article
from newsfuse.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS_TITLE = '<img src=x onerror="window.__xss=1">'
XSS_OUTLET = "<svg onload=window.__xss=1>"
XSS_SCRIPT = "<script>window.__xss=1</script>"
HOSTILE = Article(
    id="hostile",
    title=XSS_TITLE,
    outlet=XSS_OUTLET,
    url="javascript:window.__xss=1",
    text=f"A ferry sank off the coast of Norland on Monday, the coast guard said. {XSS_SCRIPT}\n"
         f"\"{XSS_SCRIPT} We are searching,\" said captain Lars Berg.",
)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("headless Chromium is not installed: apt-get install -y chromium")
    pytest.importorskip("playwright.sync_api", reason="pip install playwright (the browser comes from Debian)")
    from newsfuse.pipeline import run
    from newsfuse.web.app import create_app
    from newsfuse.web.server import running

    settings = Settings(db=str(tmp_path_factory.mktemp("web") / "store.db"), embedder="fake")
    run([str(p) for p in sorted(SEEDS.glob("*.txt"))], settings, articles=[HOSTILE])
    with running(create_app(settings)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


def get_json(base_url: str, path: str) -> Any:
    with urllib.request.urlopen(base_url + path, timeout=30) as r:
        return json.loads(r.read())


def contradiction_story(base_url: str) -> dict[str, Any]:
    """The story where one side says Gaza and another Tehran."""
    for row in get_json(base_url, "/api/stories"):
        story = get_json(base_url, f"/api/stories/{row['id']}")
        for c in story["contradictions"]:
            values = " | ".join(side["value"] for side in c["sides"])
            if "Gaza" in values and "Tehran" in values:
                return dict(story)
    raise AssertionError("no story has the Gaza/Tehran contradiction")


def test_story_page_shows_the_contradiction_and_a_citation_opens_its_sentence(base_url: str, page: Any) -> None:
    story = contradiction_story(base_url)
    page.goto(base_url + "/")
    page.screenshot(path=str(SHOTS / "01-stories.png"), full_page=True)

    page.fill("input[name=q]", "Gaza")
    page.click("form.search button")
    page.click(f"a[href='/stories/{story['id']}']")
    contradictions = page.locator("#contradictions")
    assert "Gaza" in contradictions.inner_text() and "Tehran" in contradictions.inner_text()
    assert page.locator("#contradictions .side").count() >= 2
    page.screenshot(path=str(SHOTS / "02-story.png"), full_page=True)
    page.screenshot(path=str(SHOTS / "02-story-top.png"))
    contradictions.screenshot(path=str(SHOTS / "03-contradiction.png"))

    cite = page.locator("#summary a.cite").first
    assert cite.count() == 1, "the story's summary has no citation to click"
    cite.click()
    mark = page.locator("mark#hl")
    mark.wait_for()
    marked = mark.inner_text().strip()
    evidence = [ev["text"] for s in story["summary"] for ev in s.get("evidence", [])]
    assert any(marked in text or text in marked for text in evidence), marked
    assert mark.is_visible()
    page.screenshot(path=str(SHOTS / "04-article-highlight.png"))


def test_matrix_dot_opens_the_fact_sentence(base_url: str, page: Any) -> None:
    story = contradiction_story(base_url)
    page.goto(f"{base_url}/stories/{story['id']}")
    page.locator("#facts").screenshot(path=str(SHOTS / "05-fact-matrix.png"))
    page.locator("#facts a.dot").first.click()
    assert page.locator("mark#hl").is_visible()


def test_hostile_text_stays_inert(base_url: str, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base_url + "/articles/hostile")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert XSS_SCRIPT in page.locator(".article-text").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=str(SHOTS / "06-xss-article.png"))
    page.goto(base_url + "/?q=Norland")
    assert XSS_TITLE in page.locator("table.stories").inner_text()
    page.click("table.stories a")
    page.screenshot(path=str(SHOTS / "07-xss-story.png"), full_page=True)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not dialogs


def test_add_an_article_from_the_page(base_url: str, page: Any) -> None:
    page.goto(base_url + "/add")
    page.fill("input[name=title]", "Haniyeh killed in Tehran strike")
    page.fill("input[name=outlet]", "Test Wire")
    page.fill("textarea[name=text]", "Hamas leader Ismail Haniyeh was killed in Tehran on Wednesday, Iran said.\n"
                                     "Iran's supreme leader ordered a strike on Israel, officials said.")
    page.click("#paste-form button")
    state = page.locator("#job-list .state").first
    state.wait_for()
    page.wait_for_function(
        "() => /done|failed/.test(document.querySelector('#job-list .state').textContent)", timeout=120_000
    )
    assert re.search(r"done", state.inner_text()), state.inner_text()
    page.screenshot(path=str(SHOTS / "08-add.png"), full_page=True)
    titles = [a.get("title") for a in get_json(base_url, "/api/articles")]
    assert "Haniyeh killed in Tehran strike" in titles
