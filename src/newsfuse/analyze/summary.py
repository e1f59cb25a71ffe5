"""The cited summary: the story told once, every sentence naming the articles behind it.

Extractive: each summary sentence is the text of a fact as one of its articles writes it, cited with every
article that states the fact and the evidence spans. The facts most independent outlets agree on come
first (the most central of them, closest to the story's centroid, before the rest), then the points the
articles disagree on, then claims only one outlet makes, said as such. Framing words ("Only X reports
that") are added only when the sentence still reads, word for word, as its cited article's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

import numpy as np

from ..model import Contradiction, Doc, Fact, Span, SummarySentence
from ..text.clauses import content_words

# Length of the summary: enough to tell the story, short enough to read at a glance.
MIN_SENTENCES = 5
MAX_SENTENCES = 10
# At most this many sentences for disputed points and for single-source points each, so that the
# corroborated core of the story stays the larger part.
MAX_DISPUTED = 2
MAX_SINGLE_SOURCE = 2
# A candidate whose content words are this much inside one chosen sentence says the same thing again
# (facts are distinct statements already; this catches restatements alignment left apart).
REDUNDANT_SHARE = 0.9
# Share of a summary sentence's words that must occur in a cited article (the dev scorer's support rule):
# a framed sentence that falls below it is not used.
SUPPORT_MIN = 0.8
# Claims shorter than this many words make poor summary sentences on their own.
MIN_WORDS = 6

WORDS = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
DEPENDENT_START = re.compile(r"^(?:who|which|that|while|although|though|whereas)\b", re.IGNORECASE)
QUOTE_START = re.compile(r"^[\"“‘']")


def _words(text: str) -> list[str]:
    return WORDS.findall(unicodedata.normalize("NFKC", text).lower())


def supported(text: str, article_text: str) -> bool:
    """True when enough of the sentence's words occur in the article's text."""
    mine, theirs = _words(text), set(_words(article_text))
    return bool(mine) and sum(w in theirs for w in mine) / len(mine) >= SUPPORT_MIN


def _sentence_case(text: str) -> str:
    text = text.strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?\"”’":
        text += "."
    return text


def _lower_start(text: str, lowercase: set[str]) -> str:
    """The text with its first word lowercased when the story also writes that word lowercase."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and not (len(first) > 1 and first.isupper()) and first.lower() in lowercase:
        return text[0].lower() + text[1:]
    return text


class _Story:
    """Lookups over the story's docs: article texts, names, and a vector for any span."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.docs = {d.id: d for d in docs}
        self.lowercase = {w for d in docs for w in re.findall(r"\b[a-z]+\b", d.article.text)}
        rows = [d.vectors[s.index] for d in docs for s in d.annotations.content() if len(d.vectors) > s.index]
        centroid = np.mean(rows, axis=0) if rows else np.zeros(1, dtype=np.float32)
        norm = float(np.linalg.norm(centroid))
        self.centroid = centroid / norm if norm else centroid

    def vector(self, span: Span) -> np.ndarray | None:
        """The vector of the sentence the span lies in."""
        doc = self.docs.get(span.article)
        if doc is None:
            return None
        for s in doc.annotations.sentences:
            if s.span.start <= span.start < s.span.end and s.index < len(doc.vectors):
                return np.asarray(doc.vectors[s.index])
        return None

    def centrality(self, fact: Fact) -> float:
        """Mean cosine of the fact's evidence sentences with the story's centroid."""
        vecs = [v for v in (self.vector(e) for e in fact.evidence) if v is not None]
        if not vecs or self.centroid.shape != vecs[0].shape:
            return 0.0
        return float(np.mean([v @ self.centroid for v in vecs]))

    def name(self, article: str) -> str:
        doc = self.docs.get(article)
        return (doc.article.outlet if doc and doc.article.outlet else None) or article

    def text(self, article: str) -> str:
        doc = self.docs.get(article)
        return doc.article.text if doc else ""


def _readable(fact: Fact) -> Span | None:
    """The evidence span that reads best alone: the fact's own text, else any full statement of it."""
    spans = sorted(fact.evidence, key=lambda e: (e.text != fact.text, -len(e.text)))
    for e in spans:
        if not DEPENDENT_START.match(e.text) and len(_words(e.text)) >= MIN_WORDS:
            return e
    return None


class _Picker:
    """Chosen sentences so far, refusing ones that repeat a chosen fact or sentence."""

    def __init__(self, story: _Story) -> None:
        self.story = story
        self.out: list[SummarySentence] = []
        self.words: list[set[str]] = []
        self.spans: list[Span] = []

    def full(self) -> bool:
        return len(self.out) >= MAX_SENTENCES

    def add(
        self, text: str, span: Span, articles: Sequence[str], evidence: Sequence[Span], *, reuse: bool = False
    ) -> bool:
        """Add the sentence unless it repeats one already chosen or no cited article supports it.

        `reuse` lets a span that already backs a chosen sentence back this one too (a disputed point
        restating one side of a fact shown above), as long as the words differ.
        """
        if self.full() or (not reuse and any(_overlaps(span, s) for s in self.spans)):
            return False
        mine = set(content_words(span.text))
        if not mine or any(len(mine & w) >= REDUNDANT_SHARE * len(mine) for w in self.words):
            return False
        if not any(supported(text, self.story.text(a)) for a in articles):
            return False
        self.out.append(SummarySentence(text, tuple(articles), tuple(evidence)))
        self.spans.extend(evidence)
        self.words.append(mine)
        return True


def _overlaps(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def _framed(prefix: str, span: Span, story: _Story) -> str:
    """`prefix` + the span as a sentence ("Only X reports that the ...")."""
    return _sentence_case(prefix + _lower_start(span.text.strip(), story.lowercase))


def summarize(
    facts: Sequence[Fact], contradictions: Sequence[Contradiction], docs: Sequence[Doc], duplicates: Mapping[str, str]
) -> tuple[SummarySentence, ...]:
    """5-10 sentences: the most corroborated and central facts first, then disputed and single-source points."""
    story = _Story(docs)
    pick = _Picker(story)
    order = {f.id: k for k, f in enumerate(facts)}
    shared = sorted(
        (f for f in facts if f.independent_sources >= 2),
        key=lambda f: (-f.independent_sources, -story.centrality(f), order[f.id]),
    )
    single = sorted(
        (f for f in facts if f.independent_sources < 2),
        key=lambda f: (bool(QUOTE_START.match(f.text)), -story.centrality(f), order[f.id]),
    )
    room_for_core = MAX_SENTENCES - MAX_DISPUTED - MAX_SINGLE_SOURCE
    for f in shared:
        if len(pick.out) >= room_for_core:
            break
        span = _readable(f)
        if span is not None:
            pick.add(_sentence_case(span.text), span, f.articles, f.evidence)
    _add_disputed(pick, contradictions, story)
    added = 0
    for f in single:
        if added >= MAX_SINGLE_SOURCE or pick.full():
            break
        span = _readable(f)
        if span is not None:
            prefix = f"Only {story.name(span.article)} reports that "
            added += pick.add(_framed(prefix, span, story), span, f.articles, f.evidence)
    for f in [*shared, *single]:  # a short story: fill up with what is left, most corroborated first
        if len(pick.out) >= MIN_SENTENCES:
            break
        span = _readable(f)
        if span is not None:
            pick.add(_sentence_case(span.text), span, f.articles, f.evidence)
    return tuple(pick.out)


def _add_disputed(pick: _Picker, contradictions: Sequence[Contradiction], story: _Story) -> None:
    """One sentence per contradiction, most articles involved first: the version fewer articles give."""
    def involved(c: Contradiction) -> int:
        return len({e.article for side in c.sides for e in side.evidence})

    added = 0
    for c in sorted(contradictions, key=lambda c: (-involved(c), c.id)):
        if added >= MAX_DISPUTED or pick.full() or len(c.sides) < 2:
            continue
        sides = sorted(c.sides, key=lambda s: (len({e.article for e in s.evidence}), s.value))
        for side in sides:
            articles = tuple(dict.fromkeys(e.article for e in side.evidence))
            if any(
                pick.add(_framed("Accounts differ: ", span, story), span, articles, side.evidence, reuse=True)
                for span in side.evidence
            ):
                added += 1
                break
