"""Sentence boundaries from the packaged Punkt model (better than spaCy's splitter on "No. Dr. Smith")."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import punkt


@lru_cache(maxsize=1)
def _tokenizer() -> punkt.PunktSentenceTokenizer:
    import punkt

    return punkt.PunktSentenceTokenizer(punkt.load_model("english"))


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, surrounding whitespace excluded."""
    spans = []
    for s, e in _tokenizer().span_tokenize(paragraph):
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
