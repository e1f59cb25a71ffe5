"""Normalised text for matching, with a map back to the original offsets.

Annotators compare strings across outlets that write the same words differently (curly or straight
quotes, en or em dashes, non-breaking spaces, ligatures). They match on `normalize(s)` and report
Spans on the original text through `Normalized.original_span`.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass

FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen and zero-width characters


@dataclass(frozen=True, eq=False)
class Normalized:
    """A normalised string and, for each of its characters, where it came from in the original."""

    text: str
    starts: array[int]  # starts[i]: offset in the original of the character behind text[i]
    ends: array[int]  # ends[i]: offset just past it

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The (start, end) in the original string of text[start:end]; end > start unless it is empty."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside a normalised text of {len(self.text)} characters")
        if start == end:
            at = self.starts[start] if start < len(self.text) else (self.ends[-1] if self.text else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def normalize(s: str) -> str:
    """NFKC, curly quotes and dashes folded to ASCII, invisible characters dropped, whitespace collapsed."""
    if s.isascii():
        return " ".join(s.translate(FOLD).split())
    return normalize_with_map(s).text


def normalize_with_map(s: str) -> Normalized:
    """`normalize(s)` together with the offsets of each of its characters in `s`."""
    out: list[str] = []
    starts, ends = array("q"), array("q")
    for i, c in enumerate(s):
        if c in DROP:
            continue
        if unicodedata.combining(c) and out:
            merged = unicodedata.normalize("NFKC", out[-1] + c).translate(FOLD)
            if len(merged) == 1:
                out[-1] = merged
                ends[-1] = i + 1
                continue
        folded = unicodedata.normalize("NFKC", c).translate(FOLD) if not c.isascii() else c
        for ch in folded:
            if ch.isspace():
                if not out or out[-1] == " ":
                    continue
                ch = " "
            out.append(ch)
            starts.append(i)
            ends.append(i + 1)
    if out and out[-1] == " ":
        out.pop()
        starts.pop()
        ends.pop()
    return Normalized("".join(out), starts, ends)
