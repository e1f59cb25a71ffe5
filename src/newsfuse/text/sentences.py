"""Sentence boundaries from the packaged Punkt model (better than spaCy's splitter on "No. Dr. Smith")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import punkt

# A quote that ends in a question or an exclamation, its attribution after it: one sentence ("“How could they?”
# said Ms Pelly."), which Punkt splits after the mark
ASKED_THEN_SAID = re.compile(r"[?!][”\"’']$")


# titles that stand before a name and that the packaged model does not know: "Eng. Sarath Welikala", "Supt. Ray Hall"
TITLES = ("eng", "supt", "insp", "det", "sgt", "capt", "cmdr", "brig", "cpl", "cllr", "gov", "hon", "rev", "fr", "atty")


@lru_cache(maxsize=1)
def _tokenizer() -> punkt.PunktSentenceTokenizer:
    import punkt

    tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    tokenizer._params.abbrev_types.update(TITLES)
    return tokenizer


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    for s, e in _tokenizer().span_tokenize(paragraph):
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        if e > s and spans and paragraph[s].islower() and ASKED_THEN_SAID.search(paragraph, spans[-1][1] - 2, spans[-1][1]):
            spans[-1] = (spans[-1][0], e)
        elif e > s:
            spans.append((s, e))
    return spans
