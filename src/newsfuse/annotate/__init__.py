"""Annotate: what newsfuse reads off each article on its own — entities, dates, quotes, citations, vectors.

Pure per-article work, cached in the store by the article's text hash; the part an engine maps over.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from .. import text
from ..model import Annotations, Article, Doc
from ..settings import Settings
from . import citations, dates, details, embed, entities, nlp, quotes

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

VERSION = "152"  # bump when annotations change, so cached work is redone


def annotate(articles: Sequence[Article], settings: Settings) -> list[Doc]:
    """Sentences, annotations and sentence vectors for each article, in order, in one process (a Ray task; the
    local engine parses in its workers and embeds in the parent: `pipeline._annotated`). The sentences are
    embedded in a thread while spaCy loads and parses: OpenVINO lets go of the GIL, so the two overlap."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        vectors = pool.submit(embed_sentences, articles, settings)
        notes = read(articles, settings)
        return with_vectors(articles, notes, vectors.result())


def embed_sentences(articles: Sequence[Article], settings: Settings) -> NDArray[np.float32]:
    """One vector per sentence of each article in turn (`text.split`: the sentences `read` annotates)."""
    return embed.for_settings(settings).embed([s.span.text for a in articles for s in text.split(a)])


def with_vectors(articles: Sequence[Article], notes: Sequence[Annotations], vectors: NDArray[np.float32]) -> list[Doc]:
    """The articles' Docs: each its annotations and its rows of `vectors` (from `embed_sentences`)."""
    out, i = [], 0
    for article, note in zip(articles, notes):
        n = len(note.sentences)
        out.append(Doc(article, note, vectors[i : i + n]))
        i += n
    assert i == len(vectors), "a vector for every sentence"
    return out


def read(articles: Sequence[Article], settings: Settings) -> list[Annotations]:
    """Each article's sentences and annotations, in order: everything but the vectors."""
    split = [text.split(a) for a in articles]
    parsed = nlp.parse([a.text for a in articles], split, settings.spacy_model)
    notes = []
    for article, sentences, doc in zip(articles, split, parsed):
        mentions = entities.find_mentions(article, sentences, doc)
        notes.append(
            Annotations(
                sentences=sentences,
                mentions=mentions,
                dates=dates.find_dates(article, sentences),
                quotes=quotes.find_quotes(article, sentences, doc, mentions),
                citations=citations.find_citations(article, sentences, doc, mentions),
                details=details.find_details(article, sentences, doc, mentions, model=settings.spacy_model),
            )
        )
    return notes
