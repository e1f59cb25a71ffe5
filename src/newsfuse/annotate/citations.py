"""Upstream sources an article credits: newspapers, wires, broadcasters, official bodies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article, CitationMention, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc


def find_citations(
    article: Article, sentences: tuple[Sentence, ...], doc: SpacyDoc, mentions: tuple[Mention, ...]
) -> tuple[CitationMention, ...]:
    """Every credited upstream source, with the words that credit it."""
    return ()
