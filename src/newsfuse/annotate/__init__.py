"""Annotate: what newsfuse reads off each article on its own — entities, dates, quotes, citations, vectors.

Pure per-article work, cached in the store by the article's text hash; the part an engine maps over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from .. import text
from ..model import Annotations, Article, Doc
from ..settings import Settings
from ..text.clauses import pieces
from . import citations, dates, details, embed, entities, nlp, quotes

if TYPE_CHECKING:
    from numpy.typing import NDArray

VERSION = "154"  # bump when annotations change, so cached work is redone
T = TypeVar("T")
log = logging.getLogger(__name__)


def annotate(articles: Sequence[Article], settings: Settings) -> list[Doc]:
    """Sentences, annotations and vectors for each article, in order, in one process (a Ray task; the
    local engine parses in its workers and embeds in the parent: `pipeline._annotated`). The sentences are
    embedded in a thread while spaCy loads and parses: OpenVINO lets go of the GIL, so the two overlap."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        vectors = pool.submit(embed_articles, articles, settings)
        notes = read(articles, settings)
        return with_vectors(articles, notes, vectors.result())


def embed_articles(articles: Sequence[Article], settings: Settings) -> list[NDArray[np.float32]]:
    """Each article's vectors: a row per sentence (`text.split`: the sentences `read` annotates), then one per
    clause that is not a whole sentence (`text.clauses.pieces`). The articles' pieces are embedded together:
    the more there are, the less the model pads them."""
    texts = [[p.text for p in pieces(text.split(a))] for a in articles]
    vectors = embed.for_settings(settings).embed([t for ts in texts for t in ts])
    return np.split(vectors, np.cumsum([len(ts) for ts in texts[:-1]]))


def with_vectors(articles: Sequence[Article], notes: Sequence[Annotations], vectors: Sequence[NDArray[np.float32]]) -> list[Doc]:
    """The articles' Docs: each its annotations and its vectors (from `embed_articles`)."""
    for note, rows in zip(notes, vectors, strict=True):
        assert len(note.sentences) <= len(rows), "a vector for every sentence"
    return [Doc(article, note, rows) for article, note, rows in zip(articles, notes, vectors, strict=True)]


def read(articles: Sequence[Article], settings: Settings) -> list[Annotations]:
    """Each article's sentences and annotations, in order: everything but the vectors."""
    split = [text.split(a) for a in articles]
    parsed = nlp.parse([a.text for a in articles], split, settings.spacy_model)
    notes = []
    for article, sentences, doc in zip(articles, split, parsed):
        mentions = _safely("names", entities.find_mentions, article, sentences, doc)
        notes.append(
            Annotations(
                sentences=sentences,
                mentions=mentions,
                dates=_safely("dates", dates.find_dates, article, sentences),
                quotes=_safely("quotes", quotes.find_quotes, article, sentences, doc, mentions),
                citations=_safely("credited sources", citations.find_citations, article, sentences, doc, mentions),
                details=_safely("details", details.find_details, article, sentences, doc, mentions, model=settings.spacy_model),
            )
        )
    return notes


def _safely(what: str, reader: Callable[..., tuple[T, ...]], article: Article, *args: Any, **kwargs: Any) -> tuple[T, ...]:
    """What a reader finds in an article; where it fails, nothing, and a warning that says so. A bug in one
    reader on one odd article must not stop a run of thousands, nor every run after it on the same input."""
    try:
        return reader(article, *args, **kwargs)
    except Exception as ex:  # a bug in newsfuse, not in the input: the rest of the article is still read
        log.warning("newsfuse could not read the %s of article %r (%s: %s); the report leaves them out. "
                    "This is a bug: please report it with the article.", what, article.id, type(ex).__name__, ex)
        return ()
