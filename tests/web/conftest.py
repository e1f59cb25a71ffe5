"""A small in-memory store holding one hand-made story, and a fake analyser, for the web tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsfuse.model import Article, Report, Story
from newsfuse.settings import Settings
from newsfuse.web.app import create_app

XSS_TITLE = '<img src=x onerror="window.__xss=1">'
XSS_BODY = "<script>window.__xss=1</script>"

ARTICLES = [
    Article(
        id="a1", outlet="Daily Planet", title="Bridge collapses in Riverton", published="2024-03-02T08:00:00",
        url="https://example.org/a1",
        text="A road bridge collapsed in Riverton on Friday night.\n"
             "Five people were killed, the fire service said.\n"
             "\"We are searching the river,\" said chief Ana Ortiz.",
    ),
    Article(
        id="a2", outlet="Morning Herald", title="Riverton bridge falls", published="2024-03-02T09:30:00",
        url="javascript:alert(1)",
        text="The Riverton bridge collapsed on Friday.\n"
             "Seven people were killed, police said, according to Reuters.\n"
             "\"We are searching the river,\" chief Ana Ortiz told reporters.",
    ),
    Article(
        id="a3", outlet=f"Evil {XSS_BODY} News", title=XSS_TITLE, published="2024-03-03",
        text=f"The bridge in Riverton collapsed on Friday night. {XSS_BODY}\n"
             "Engineers had warned about cracks in 2023, according to Reuters.",
    ),
]
BY_ID = {a.id: a for a in ARTICLES}


def ev(article_id: str, sentence: str, **extra: Any) -> dict[str, Any]:
    """An evidence object for a sentence of one of ARTICLES, offsets found in its text."""
    text = BY_ID[article_id].text
    start = text.index(sentence)
    return {"article": article_id, "text": sentence, "start": start, "end": start + len(sentence), **extra}


def make_story() -> dict[str, Any]:
    """One story with every section filled, shaped as the contract's story object."""
    collapse = [ev("a1", "A road bridge collapsed in Riverton on Friday night."),
                ev("a2", "The Riverton bridge collapsed on Friday."),
                ev("a3", "The bridge in Riverton collapsed on Friday night.")]
    five = ev("a1", "Five people were killed, the fire service said.")
    seven = ev("a2", "Seven people were killed, police said, according to Reuters.")
    cracks = ev("a3", "Engineers had warned about cracks in 2023, according to Reuters.")
    return {
        "id": "s1",
        "title": "Bridge collapses in Riverton",
        "articles": ["a1", "a2", "a3"],
        "facts": [
            {"id": "f1", "text": "A bridge collapsed in Riverton on Friday.", "articles": ["a1", "a2", "a3"],
             "independent_sources": 3, "status": "corroborated", "evidence": collapse},
            {"id": "f2", "text": "Five people were killed.", "articles": ["a1"], "independent_sources": 1,
             "status": "disputed", "evidence": [five]},
            {"id": "f3", "text": "Engineers had warned about cracks.", "articles": ["a3"], "independent_sources": 1,
             "status": "single_source", "evidence": [cracks]},
        ],
        "contradictions": [
            {"id": "c1", "kind": "number", "summary": "How many people were killed", "within_article": False,
             "sides": [{"value": "5", "evidence": [five]}, {"value": "7", "evidence": [seven]}]},
        ],
        "quotes": [
            {"id": "q1", "speaker": "Ana Ortiz", "text": "We are searching the river", "direct": True,
             "articles": ["a1", "a2"], "single_source": False,
             "evidence": [ev("a1", "We are searching the river", speaker_text="chief Ana Ortiz"),
                          ev("a2", "We are searching the river", speaker_text="chief Ana Ortiz")]},
            {"id": "q2", "speaker": XSS_TITLE, "text": XSS_BODY, "direct": False, "articles": ["a3"],
             "single_source": True, "evidence": [ev("a3", XSS_BODY, speaker_text=None)]},
        ],
        "cited_sources": [
            {"name": "Reuters", "articles": ["a2", "a3"], "evidence": [seven, cracks]},
        ],
        "entities": [
            {"name": "Riverton", "type": "GPE", "aliases": ["Riverton"], "articles": ["a1", "a2", "a3"]},
            {"name": "Ana Ortiz", "type": "PERSON", "aliases": ["chief Ana Ortiz"], "articles": ["a1", "a2"]},
        ],
        "dates": [{"article": "a1", "phrase": "Friday night", "date": "2024-03-01", "text": collapse[0]["text"]}],
        "timeline": [
            {"date": "2023-06-01", "text": "Engineers warned about cracks.", "articles": ["a3"], "evidence": [cracks]},
            {"date": "2024-03-01", "text": "The bridge collapsed.", "articles": ["a1", "a2", "a3"],
             "evidence": collapse},
        ],
        "summary": [
            {"text": "A road bridge collapsed in Riverton on Friday night.", "articles": ["a1", "a3"],
             "evidence": [collapse[0], collapse[2]]},
            {"text": "Five or seven people were killed.", "articles": ["a1", "a2"], "evidence": [five, seven]},
        ],
        "coverage": [
            {"article": "a1", "facts": 2, "single_source": 0, "contradicted": 1, "missing_consensus": 0},
            {"article": "a2", "facts": 1, "single_source": 0, "contradicted": 0, "missing_consensus": 0},
            {"article": "a3", "facts": 2, "single_source": 1, "contradicted": 0, "missing_consensus": 0},
        ],
        "main_source": "Reuters",
    }


class FakeStore:
    """The part of the Store protocol the web app reads, in memory and thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._articles: dict[str, Article] = {a.id: a for a in ARTICLES}
        self._stories: dict[str, dict[str, Any]] = {"s1": make_story()}
        self.closed = 0

    def articles(self) -> list[Article]:
        with self.lock:
            return list(self._articles.values())

    def get_article(self, article_id: str) -> Article | None:
        with self.lock:
            return self._articles.get(article_id)

    def stories(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(self._stories.values())

    def story(self, story_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self._stories.get(story_id)

    def add(self, articles: list[Article]) -> Story:
        """Store articles as one new story each batch (what the fake analyser does)."""
        with self.lock:
            for a in articles:
                self._articles[a.id] = a
            sid = f"s{len(self._stories) + 1}"
            ids = [a.id for a in articles]
            story = make_story() | {"id": sid, "title": articles[0].title or "new story", "articles": ids}
            self._stories[sid] = story
            return Story(id=sid, title=story["title"], articles=tuple(ids))

    def close(self) -> None:
        self.closed += 1


def fake_analyse(store: FakeStore) -> Callable[..., Report]:
    """An analyser that files the articles into the fake store, as the pipeline would into a real one."""

    def analyse(articles: list[Article], settings: Settings, progress: Callable[[str, int, int], None]) -> Report:
        progress("annotate", len(articles), len(articles))
        story = store.add(articles)
        return Report(articles=(), rejected=(), stories=(story,))

    return analyse


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def client(store: FakeStore) -> Iterator[TestClient]:
    app = create_app(Settings(db=":memory:", embedder="fake"), store_factory=lambda: store,
                     analyse=fake_analyse(store), max_upload_bytes=64 * 1024)
    with TestClient(app) as c:
        yield c
