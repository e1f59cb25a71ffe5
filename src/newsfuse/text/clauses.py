"""Clauses: the statements inside one sentence ("Iran and Hamas accused Israel; Israel has not commented").

Clause boundaries are found cheaply from punctuation and conjunctions, never with a parser, so that splitting
stays fast and deterministic. A claim (`analyze.claims`) is a content sentence or one of its clauses; each has
a vector of its own (`pieces` lists what a Doc's vectors are rows of).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence, Span

# A clause split is kept only when both parts are full statements of at least this many content words;
# otherwise "Haniyeh, who was ..." would lose its subject.
MIN_CLAUSE_WORDS = 3

WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?(?:[.,][0-9]+)*")

STOPWORDS = frozenset(
    """a an the and or but nor so yet of to in on at by for with from into onto over under about after before
    as than that this these those which who whom whose what when where while though although because if then
    is are was were be been being am has have had having do does did will would shall should can could may
    might must it its he she they them their his her him we us our you your i me my also not no only just
    there here very more most some any all both each other such own same too again once further up down out
    off said says say saying told tells tell added adds add according reported reports report claimed claims
    stated states noted notes believed confirmed including""".split()
)

# Clause boundaries: "; " always, and ", but|though|although|whereas|while|and" when a new subject follows
# (or, after "but", a verb whose subject is the first clause's: "..., but would avoid civilian targets").
SEMICOLON = re.compile(r";\s+")
COORDINATION = re.compile(r",\s+(and|but|though|although|whereas|while|yet)\s+")
HELPER_VERB = r"(?:would|will|could|can|may|might|should|has|have|had|is|are|was|were|did|does)\b"
SHARED_SUBJECT_VERB = re.compile(HELPER_VERB)
# After a contrasting "but", "yet", "though", "although", "whereas" or "while", a new subject written in lower case
# ("..., but bank card details were not taken"): a few words, no comma, then a helper verb.
CONTRAST_SUBJECT = re.compile(r"(?:[\w’'-]+\s+){1,4}" + HELPER_VERB)
# A leading subordinate clause ("While Israel has not commented, the Jewish state has said ...") is a
# statement of its own; it ends at the first comma that a new subject follows.
LEADING = re.compile(r"^(?:While|Although|Though|Whereas)\s")
# A non-restrictive relative clause that runs to the end of the sentence: "..., who was in Tehran for ...".
RELATIVE = re.compile(r",\s+(?=(?:who|which)\s)")
SUBJECT_START = re.compile(
    r"(?:[A-Z][\w’'-]*|the|its|his|her|their|it|he|she|they|we|there|this|that|these|those|some|many|"
    r"most|no|one|two|three|four|five|officials?|police|authorities)\b"
)


def content_words(text: str) -> list[str]:
    """The lowercased words of a text that carry content (no stopwords, attribution verbs or 1-letter words)."""
    out = []
    for w in WORD.findall(text):
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if len(low) > 1 and low not in STOPWORDS:
            out.append(low)
    return out


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of one sentence, relative to it; the whole sentence when it does not split."""
    parts: list[tuple[int, int]] = []
    start = 0
    for end, nxt in _cuts(text):
        parts.append((start, end))
        start = nxt
    parts.append((start, len(text)))
    merged: list[tuple[int, int]] = []
    for s, e in parts:
        if merged and not (_enough(text[s:e]) and _enough(text[merged[-1][0] : merged[-1][1]])):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [_trim(text, s, e) for s, e in merged]


def pieces(sentences: Sequence[Sentence]) -> list[Span]:
    """Everything a Doc has a vector for, one row each: every sentence, then each clause of a content sentence
    that is not the whole sentence, in order."""
    parts = []
    for s in sentences:
        if s.boilerplate is None:
            text = s.span.text
            parts += [Span(s.span.article, s.span.start + a, s.span.start + b, text[a:b])
                      for a, b in clauses(text) if (a, b) != (0, len(text))]
    return [s.span for s in sentences] + parts


def _cuts(text: str) -> list[tuple[int, int]]:
    """(end of one clause, start of the next) within one sentence, in order."""
    cuts: dict[int, int] = {}
    for m in SEMICOLON.finditer(text):
        cuts[m.start()] = m.end()
    for m in COORDINATION.finditer(text):
        shared = m.group(1) == "but" and SHARED_SUBJECT_VERB.match(text, m.end())
        contrast = m.group(1) != "and" and CONTRAST_SUBJECT.match(text, m.end())
        if SUBJECT_START.match(text, m.end()) or shared or contrast:
            cuts[m.start()] = m.end()
    for m in RELATIVE.finditer(text):
        if _relative_runs_to_end(text[m.end() :]):
            cuts[m.start()] = m.end()
    if LEADING.match(text):
        for m in re.finditer(r",\s+", text):
            if SUBJECT_START.match(text, m.end()):
                cuts[m.start()] = m.end()
                break
    return sorted(cuts.items())


def _relative_runs_to_end(rest: str) -> bool:
    # "who was the group's leader, was in Iran ..." closes with a comma and a verb: an interior clause.
    return not re.search(r",\s+(?:was|is|were|are|has|had|have|will|would|can|could)\s", rest)


def _enough(piece: str) -> bool:
    return len(content_words(piece)) >= MIN_CLAUSE_WORDS


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,;":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e
