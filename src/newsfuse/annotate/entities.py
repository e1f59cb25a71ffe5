"""Named-entity mentions (people, organisations, places) of one article, from the spaCy doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc


def find_mentions(article: Article, sentences: tuple[Sentence, ...], doc: SpacyDoc) -> tuple[Mention, ...]:
    """Entity mentions in the article's non-boilerplate sentences; doc was parsed from article.text."""
    return ()
