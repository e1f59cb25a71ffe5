"""Date and time expressions: found per article, resolved to the calendar against a reference date."""

from __future__ import annotations

import datetime as dt

from ..model import Article, DateMention, Sentence


def find_dates(article: Article, sentences: tuple[Sentence, ...]) -> tuple[DateMention, ...]:
    """Every date or time expression in the article's non-boilerplate sentences."""
    return ()


def resolve(phrase: str, reference: dt.date | None) -> dt.date | None:
    """The calendar date a phrase means, read from `reference` (the article's publication date)."""
    return None
