"""Quotes and reported speech of one article, with their speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article, Mention, QuoteMention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc


def find_quotes(
    article: Article, sentences: tuple[Sentence, ...], doc: SpacyDoc, mentions: tuple[Mention, ...]
) -> tuple[QuoteMention, ...]:
    """Direct quotes and reported speech, each with its speaker as the article names it."""
    return ()
