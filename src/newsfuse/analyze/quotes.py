"""Quotes across outlets: the same words of the same speaker grouped; quotes only one outlet carries flagged.

Two quotes are one when their speakers agree (or one is unknown or only described: "the French president")
and their words agree once quote marks, case and punctuation are set aside, or nearly agree (one outlet trims
a word or changes a tense); one named speaker's words may be reworded more freely ("we intend to appeal" / "we
will be filing an appeal"). Each article keeps its own wording in the evidence. A copy and its original
count as one source.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from ..model import Doc, QuoteEvidence, QuoteGroup, QuoteMention, content_hash

NEAR_SAME = 90.0  # rapidfuzz ratio of normalised words: above this two wordings are one quote with small edits
REWORDED = 70.0  # ... and above this, one named speaker's two wordings are one quote reworded
MIN_CONTAINED_WORDS = 5  # a quote this long found whole inside another's words is the same quote, trimmed


def normalise(text: str) -> str:
    """Lower-case words only: quote marks, punctuation and spacing set aside."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return " ".join(re.findall(r"[\w']+", text))


def group_quotes(
    docs: Sequence[Doc], duplicates: Mapping[str, str], names: Mapping[str, str]
) -> tuple[QuoteGroup, ...]:
    """The story's quotes, each with all the articles carrying it; speakers canonicalised through `names`."""
    ordered = sorted(docs, key=lambda d: d.id)
    items: list[tuple[str, QuoteMention]] = [(d.id, q) for d in ordered for q in d.annotations.quotes]
    canonical = _canonical_names(docs, names)
    speakers = [canonical(q.speaker) for _, q in items]
    named = [_named(s) for s in speakers]
    keys = [normalise(q.span.text) for _, q in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i][1].direct != items[j][1].direct or find(i) == find(j):
                continue
            if named[i] and named[j] and speakers[i] != speakers[j]:
                continue  # a description ("the French president") may be either name's: the words decide
            same_speaker = named[i] and named[j] and speakers[i] == speakers[j]
            if _same_words(keys[i], keys[j]) or same_speaker and _reworded(keys[i], keys[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        first = members[0]
        said = Counter(speakers[i] for i in members if named[i]) or Counter(
            speakers[i] for i in members if speakers[i])
        speaker = said.most_common(1)[0][0] if said else None
        articles = tuple(sorted({items[i][0] for i in members}))
        independent = {duplicates.get(a, a) for a in articles}
        evidence = tuple(
            QuoteEvidence(
                a, q.span.start, q.span.end, q.span.text, q.speaker_span.text if q.speaker_span else q.speaker
            )
            for a, q in (items[i] for i in members)
        )
        text = items[first][1].span.text
        out.append(
            QuoteGroup(
                id=content_hash("quote", speaker or "", keys[first], *articles),
                speaker=speaker,
                text=text,
                direct=items[first][1].direct,
                articles=articles,
                single_source=len(independent) == 1,
                evidence=evidence,
            )
        )
    return tuple(out)


def _named(speaker: str | None) -> bool:
    """Whether a speaker is a name ("Emmanuel Macron", "Reuters"), not a description ("officials")."""
    return bool(speaker) and speaker.split()[-1][:1].isupper()  # type: ignore[union-attr]


def _same_words(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) >= MIN_CONTAINED_WORDS and f" {short} " in f" {long} ":
        return True
    # a small edit that changes a figure ("500 million" / "50 million") is another statement, not a trim
    return fuzz.ratio(a, b) >= NEAR_SAME and re.findall(r"\d+", a) == re.findall(r"\d+", b)


def _reworded(a: str, b: str) -> bool:
    """One speaker's words as two outlets reword them ("we intend to appeal" / "we will be filing an appeal"),
    the figures unchanged: two different remarks of one speaker share far fewer words (42-46 against 74-80)."""
    alike = max(fuzz.ratio(a, b), fuzz.token_set_ratio(a, b))
    return alike >= REWORDED and re.findall(r"\d+", a) == re.findall(r"\d+", b)


def _canonical_names(docs: Sequence[Doc], names: Mapping[str, str]) -> _Canon:
    known: list[str] = []
    for d in docs:
        for m in d.annotations.mentions:
            if m.label == "PERSON":
                known.append(m.span.text)
        for q in d.annotations.quotes:
            if q.speaker:
                known.append(q.speaker)
    return _Canon(names, known)


class _Canon:
    """Alias -> canonical name: the entity table when there is one, else the longest name with the same surname."""

    def __init__(self, names: Mapping[str, str], known: list[str]) -> None:
        self.names = names
        self.by_last: dict[str, str] = {}
        for name in sorted(set(known)):
            words = name.split()
            if not words or not words[-1][:1].isupper():
                continue
            last = words[-1].lower()
            if len(name) > len(self.by_last.get(last, "")):
                self.by_last[last] = name

    def __call__(self, speaker: str | None) -> str | None:
        if not speaker:
            return None
        if speaker in self.names:
            return self.names[speaker]
        words = speaker.split()
        if words and words[-1][:1].isupper():
            return self.by_last.get(words[-1].lower(), speaker)
        return speaker
