"""Hand-made Docs for the clustering tests: real sentence splitting, the deterministic fake embedder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfuse import text
from newsfuse.annotate.embed import FakeEmbedder
from newsfuse.cluster.profile import Profile, profile
from newsfuse.model import Annotations, Article, Doc


def make_doc(id: str, body: str, title: str | None = None, published: str | None = None) -> Doc:
    """A Doc with sentences and fake vectors (no entity mentions: the clustering must work from the text)."""
    article = Article(id, body, title=title, published=published)
    sentences = text.split(article)
    vectors = FakeEmbedder().embed([s.span.text for s in sentences])
    return Doc(article, Annotations(sentences=sentences), vectors)


@pytest.fixture
def profiled() -> Callable[..., Profile]:
    """A factory of Profiles of such Docs."""
    return lambda *args, **kwargs: profile(make_doc(*args, **kwargs))
