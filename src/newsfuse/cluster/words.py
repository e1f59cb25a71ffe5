"""Word-level helpers shared by the clustering stages: tokens, capitalised runs, stop words, a light stemmer."""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
CAPS = re.compile(r"\b[A-Z][a-zA-Z'’.-]+(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-zA-Z'’.-]+)*")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "according", "reported", "news", "mr", "mrs", "ms"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper standing in for lemmas (quakes → quake, killed → kill)."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w
