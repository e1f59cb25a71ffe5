"""Annotate: what newsfuse reads off each article on its own — entities, dates, quotes, citations, vectors.

Pure per-article work, cached in the store by the article's text hash; the part an engine maps over.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from .. import text
from ..model import Annotations, Article, Doc, Sentence
from ..settings import Settings
from . import citations, dates, details, embed, entities, nlp, quotes

VERSION = "152"  # bump when annotations change, so cached work is redone


def annotate(articles: Sequence[Article], settings: Settings) -> list[Doc]:
    """Sentences, annotations and sentence vectors for each article, in order. The sentences are embedded in a
    thread while spaCy loads and parses: OpenVINO lets go of the GIL, so the two overlap."""
    split = [text.split(a) for a in articles]
    flat = [s.span.text for ss in split for s in ss]
    embedder = embed.for_settings(settings)
    with ThreadPoolExecutor(max_workers=1) as pool:
        embedding = pool.submit(embedder.embed, flat)
        notes = _annotations(articles, split, settings)
        vectors = embedding.result()
    out, i = [], 0
    for article, note in zip(articles, notes):
        n = len(note.sentences)
        out.append(Doc(article, note, vectors[i : i + n]))
        i += n
    return out


def _annotations(articles: Sequence[Article], split: Sequence[tuple[Sentence, ...]], settings: Settings) -> list[Annotations]:
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
