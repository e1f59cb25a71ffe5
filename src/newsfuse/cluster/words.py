"""Word-level helpers shared by the clustering stages: tokens, capitalised runs, stop words, a light stemmer."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
CAPS = re.compile(r"\b[A-Z][a-zA-Z'’.-]+(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-zA-Z'’.-]+)*")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# scikit-learn's English stop words, kept as a file: importing scikit-learn for them cost 1.4 s on every run
ENGLISH_STOP_WORDS = frozenset((Path(__file__).with_name("stopwords.txt")).read_text().split())
STOP = ENGLISH_STOP_WORDS | {"said", "says", "told", "according", "reported", "news", "mr", "mrs", "ms"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper standing in for lemmas (quakes → quake, killed → kill)."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w
