"""Upstream sources across a story: every crediting article, and the main source when two or more share it."""

from __future__ import annotations

import numpy as np

from newsfuse.analyze.sources import group_sources
from newsfuse.model import Annotations, Article, CitationMention, Doc, Span


def doc(article_id: str, text: str, *credits: tuple[str, str]) -> Doc:
    cites = []
    for name, words in credits:
        start = text.index(words)
        cites.append(CitationMention(name, Span(article_id, start, start + len(words), words), 0))
    return Doc(Article(article_id, text), Annotations(sentences=(), citations=tuple(cites)), np.zeros((0, 8), np.float32))


def test_sources_grouped_with_every_article_and_main_source() -> None:
    docs = [
        doc("b", "The deal closed, Reuters reported. With Post wires", ("Reuters", "Reuters reported"),
            ("news agencies", "With Post wires")),
        doc("a", "The deal closed, according to Reuters and the BBC.", ("Reuters", "according to Reuters"),
            ("BBC", "the BBC")),
    ]
    cited, main = group_sources(docs)
    assert [c.name for c in cited] == ["Reuters", "BBC", "news agencies"]
    reuters = cited[0]
    assert reuters.articles == ("a", "b")
    assert [s.text for s in reuters.evidence] == ["according to Reuters", "Reuters reported"]
    assert main == "Reuters"


def test_no_main_source_when_no_source_is_shared() -> None:
    docs = [doc("a", "It rained, the BBC reported.", ("BBC", "the BBC reported")),
            doc("b", "It rained, CNN reported.", ("CNN", "CNN reported"))]
    cited, main = group_sources(docs)
    assert len(cited) == 2 and main is None
    assert group_sources([]) == ((), None)
