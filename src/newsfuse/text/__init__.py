"""Text layer: sentence spans over the article text, with boilerplate lines flagged (never deleted).

Offsets always point into `article.text` as ingested; normalisation for matching lives in `normalize`.
"""

from __future__ import annotations

from ..model import Article, Sentence, Span
from .boilerplate import classify_line
from .sentences import sentence_spans


def split(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences, offsets into article.text, boilerplate flagged."""
    text = article.text
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        kind = classify_line(line, article.title)
        for s, e in sentence_spans(line):
            out.append(Sentence(Span(article.id, start + s, start + e, line[s:e]), len(out), paragraph, kind))
        paragraph += 1
    return tuple(out)
