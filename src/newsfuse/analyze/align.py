"""Alignment: group claims that state the same thing across outlets into facts; count independent sources.

Two claims are scored by the cosine of their sentence vectors (all-MiniLM-L6-v2; a clause claim gets a
vector of its own), plus the overlap of their stemmed content words, less penalties for a different polarity
("has not commented" against "accused") and for numbers that share nothing. Claims are then joined best
pair first into facts: a pair joins on a high score, or on a fair one when each claim is the other's best
match in its article and both give the same figures. A fact takes at most one claim per article (a second
only when it restates the first almost word for word), and a join must keep every pair in the fact similar
(no chaining through a shared topic).
A syndicated copy and its original count as one independent source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..annotate.embed import DIM
from ..model import Claim, Contradiction, ContradictionSide, Doc, Fact, Span, content_hash
from ..text.clauses import content_words, pieces

if TYPE_CHECKING:
    from numpy.typing import NDArray

# Weight of the stemmed content-word overlap next to the cosine: MiniLM alone puts "X blamed Israel" and
# "no group claimed responsibility" (same topic, different statement) as close as real paraphrases.
LEXICAL_WEIGHT = 0.3
# Penalty when one claim is negated and the other is not: "has not commented" vs "accused".
POLARITY_PENALTY = 0.12
# Penalty when both claims carry numbers and share none: "killed 12" vs "launched 300" are different events.
NUMBER_PENALTY = 0.1
# Two claims join when their score reaches this; set on the seeds, where paraphrases across outlets scored
# 0.62-1.1 and different statements about the same event mostly below 0.75.
JOIN_SCORE = 0.78
# Two claims in different articles also join at this lower score when each is the other's best match in its
# article and they give the same figures: outlets paraphrase one statement in their own words ("would not pay the
# ransom" / "insists it will not pay up"), which MiniLM scores 0.6-0.78. A claim whose best match elsewhere gives
# a figure it lacks ("work on 37 roads was never carried out" / "invoices for work never carried out") says more
# than that match: on the held-out sets such pairs were mostly a claim only one source makes.
MUTUAL_SCORE = 0.6
# Every pair in a fact must score at least this, so that A~B and B~C do not pull in an unrelated C.
LINK_FLOOR = 0.5
# A second claim from the same article joins a fact only when it restates the first this closely.
SAME_ARTICLE_SCORE = 0.85

# Words are cut to this many letters after suffix stripping: "avenge"/"avenging", "assassination"/"assassinated".
STEM_LENGTH = 5
FEATURE_CACHE = 1 << 14  # claims' features kept for reuse: more than the biggest story's claims

NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|none|nobody|without|yet to|den(?:y|ies|ied)|(?:declin|refus)\w* to)\b"
    r"|n\s?['’]\s?t\b"  # "hadn't", and "hadn ’ t" as some feeds space it
    r"|\b(?:ca|do|did|does|is|was|wo|could|would|should|have|has|had|are|were)nt\b",  # and "cant" as some write it
    re.IGNORECASE,
)
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")
# The word a negation denies: "not" or "never", then perhaps a helper verb and an adverb, then a past participle,
# "-ing" form or plain verb ("was not announced", "has not been confirmed", "did not attend").
DENIAL = re.compile(  # the denied word in lower case: "was not Deep Throat" denies no act; "not going to stop" denies stopping
    r"(?:\b(?i:not|never)|(?i:n\s?['’]\s?t))\s+(?:(?:be|been|being|have|yet|going\s+to)\s+)?(?:\w+ly\s+)?"
    r"([a-z]+(?:ed|en|ing)|[a-z]{4,})\b"
)
NOT_SINCE = re.compile(r"[^.;]*?\b(?:since|until|till)\b")  # "has not X since ...", "were not missed until ...": when
# a clause that hangs on the sentence's statement: a negation after its opening denies something of its own ("the
# manifest shows 137 passengers, but ... children travel free and are not listed" denies no listing of 137)
SIDE_CLAUSE = re.compile(r",\s*(?:but|as|while|though)\b|\b(?:because|although|whereas)\b", re.IGNORECASE)
# A claim that opens like this depends on another clause ("who was in Tehran", "While Israel has not
# commented"): a fact is shown by one of its full statements when it has one.
DEPENDENT_START = re.compile(r"^(?:[Ww]ho|[Ww]hich|[Tt]hat|[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas)\b|^[a-z]")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM_LENGTH]


@dataclass(frozen=True)
class ClaimFeatures:
    """What alignment compares of a claim besides its vector."""

    words: frozenset[str]  # stemmed content words
    negated: bool
    numbers: frozenset[str]
    denied: str | None  # the stem of the word a negation denies ("was not announced" -> "annou")


@lru_cache(maxsize=FEATURE_CACHE)
def features(text: str) -> ClaimFeatures:
    """A claim's stemmed words, polarity, figures and the word it denies, if any (alignment and the
    contradictions both read them: cached)."""
    denial = DENIAL.search(text)
    if denial and (NOT_SINCE.match(text, denial.end()) or SIDE_CLAUSE.search(text, 0, denial.start())):
        denial = None  # "has not launched a satellite ... since 1971" tells when one last was: no denial
    return ClaimFeatures(
        frozenset(_stem(w) for w in content_words(text)),
        bool(NEGATION.search(text)),
        frozenset(n.replace(",", "") for n in NUMBER.findall(text)),
        _stem(denial.group(1).lower()) if denial else None,
    )


def denial_pairs(feats: Sequence[ClaimFeatures]) -> list[tuple[int, int]]:
    """(denying, asserting) pairs of claims where one denies what the other asserts: "the recall was not
    announced in Columbus" beside "the recall was announced in Columbus". Such claims never join, however
    alike; a negation elsewhere in the sentence ("it was not immediately clear what ..., but they would
    target ...") does not count."""
    return [(i, j) for i, f in enumerate(feats) if f.negated and f.denied
            for j, g in enumerate(feats) if not g.negated and f.denied in g.words]


def claim_vectors(claims: Sequence[Claim], docs: Sequence[Doc]) -> NDArray[np.float32]:
    """One L2-normalised row per claim: its sentence's vector, or its clause's (`text.clauses.pieces`)."""
    by_id = {d.id: d for d in docs}
    rows = {d.id: {(p.start, p.end): i for i, p in enumerate(pieces(d.annotations.sentences))} for d in docs}
    out = np.zeros((len(claims), docs[0].vectors.shape[1] if docs else DIM), dtype=np.float32)
    for i, c in enumerate(claims):
        out[i] = by_id[c.span.article].vectors[rows[c.span.article][c.span.start, c.span.end]]
    return out


def pair_scores(claims: Sequence[Claim], vectors: NDArray[np.float32]) -> NDArray[np.float64]:
    """The claim-by-claim similarity matrix: cosine + lexical overlap - polarity and number penalties."""
    feats = [features(c.span.text) for c in claims]
    words = _incidence([f.words for f in feats])
    numbers = _incidence([f.numbers for f in feats])
    shared = words @ words.T
    sizes = words.sum(axis=1)
    norm = np.sqrt(np.outer(sizes, sizes))
    lexical = np.divide(shared, norm, out=np.zeros_like(shared), where=norm > 0)
    negated = np.array([f.negated for f in feats])
    has_numbers = numbers.sum(axis=1) > 0
    number_clash = np.outer(has_numbers, has_numbers) & ((numbers @ numbers.T) == 0)
    scores = (vectors @ vectors.T).astype(np.float64) + LEXICAL_WEIGHT * lexical
    scores -= POLARITY_PENALTY * (negated[:, None] != negated[None, :])
    for i, j in denial_pairs(feats):
        scores[i, j] = scores[j, i] = -1.0
    scores -= NUMBER_PENALTY * number_clash
    np.fill_diagonal(scores, 1.0 + LEXICAL_WEIGHT)
    return scores


def _incidence(sets: Sequence[frozenset[str]]) -> NDArray[np.float64]:
    vocab = {w: k for k, w in enumerate(sorted(set().union(*sets)))} if sets else {}
    out = np.zeros((len(sets), max(len(vocab), 1)), dtype=np.float64)
    for i, ws in enumerate(sets):
        for w in ws:
            out[i, vocab[w]] = 1.0
    return out


def group(claims: Sequence[Claim], scores: NDArray[np.float64]) -> list[list[int]]:
    """Claims joined into facts, best-scoring pair first, under the one-claim-per-article and link rules."""
    n = len(claims)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    owner = list(range(n))
    mutual = _mutual_best(claims, scores)
    numbers = [features(c.span.text).numbers for c in claims]
    above = np.triu(np.ones((n, n), dtype=bool), 1)  # each pair once, i < j
    high = above & (scores >= JOIN_SCORE)
    fair = above & ~high & (scores >= MUTUAL_SCORE) & mutual
    pairs = [(scores[i, j], int(i), int(j)) for i, j in zip(*np.nonzero(high))]
    pairs += [(scores[i, j], int(i), int(j)) for i, j in zip(*np.nonzero(fair)) if numbers[i] == numbers[j]]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b or not _can_join(members[a], members[b], claims, scores):
            continue
        members[a].extend(members[b])
        for k in members.pop(b):
            owner[k] = a
    return [sorted(m) for _, m in sorted(members.items())]


def _mutual_best(claims: Sequence[Claim], scores: NDArray[np.float64]) -> NDArray[np.bool_]:
    """m[i, j]: claims i and j are in different articles and each is the other's best match in its article."""
    articles = np.array([c.span.article for c in claims])
    best = np.zeros(scores.shape, dtype=bool)
    rows = np.arange(len(claims))
    for article in np.unique(articles):
        cols = np.flatnonzero(articles == article)
        best[rows, cols[np.argmax(scores[:, cols], axis=1)]] = True
    mutual: NDArray[np.bool_] = best & best.T & (articles[:, None] != articles[None, :])
    return mutual


def _can_join(xs: list[int], ys: list[int], claims: Sequence[Claim], scores: NDArray[np.float64]) -> bool:
    for x in xs:
        for y in ys:
            same_article = claims[x].span.article == claims[y].span.article
            if scores[x, y] < (SAME_ARTICLE_SCORE if same_article else LINK_FLOOR):
                return False
    return True


def _central(idx: list[int], claims: Sequence[Claim], scores: NDArray[np.float64]) -> int:
    """The member most like the others (a full statement preferred over a dependent clause)."""
    def key(i: int) -> tuple[bool, float, int]:
        others = [scores[i, j] for j in idx if j != i]
        mean = sum(others) / len(others) if others else 0.0
        return (bool(DEPENDENT_START.match(claims[i].span.text)), -mean, idx.index(i))

    return min(idx, key=key)


def independent_count(articles: Sequence[str], duplicates: Mapping[str, str]) -> int:
    """How many independent sources these articles are: a copy and its original count once."""
    return len({duplicates.get(a, a) for a in articles})


def align(claims: Sequence[Claim], docs: Sequence[Doc], duplicates: Mapping[str, str]) -> tuple[Fact, ...]:
    """The story's facts, most corroborated first; each keeps the evidence span of every claim in it."""
    if not claims:
        return ()
    if independent_count([d.id for d in docs], duplicates) < 2:  # one source: nothing to align
        scores = np.eye(len(claims)) * (1.0 + LEXICAL_WEIGHT)
    else:
        scores = pair_scores(claims, claim_vectors(claims, docs))
    order = {d.id: k for k, d in enumerate(docs)}
    built: list[tuple[tuple[int, int, int], Fact]] = []
    for idx in group(claims, scores):
        idx.sort(key=lambda i: (order.get(claims[i].span.article, len(order)), claims[i].span.start))
        evidence = tuple(claims[i].span for i in idx)
        articles = tuple(dict.fromkeys(s.article for s in evidence))
        count = independent_count(articles, duplicates)
        central = claims[_central(idx, claims, scores)]
        fact = Fact(
            id=content_hash(*(f"{s.article}:{s.start}:{s.end}" for s in evidence)),
            text=central.span.text,
            articles=articles,
            independent_sources=count,
            status="corroborated" if count >= 2 else "single_source",
            evidence=evidence,
        )
        first = min(idx, key=lambda i: (claims[i].sentence, order.get(claims[i].span.article, 0)))
        built.append(((-count, claims[first].sentence, order.get(claims[first].span.article, 0)), fact))
    built.sort(key=lambda b: (b[0], b[1].id))
    return tuple(f for _, f in built)


def _overlaps(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def mark_disputed(facts: Sequence[Fact], contradictions: Sequence[Contradiction]) -> tuple[Fact, ...]:
    """Facts whose evidence sits on a side of a contradiction get status 'disputed'. A claim one source alone
    makes stays single-source when it sits only on the side most articles take: "a grant to expand its Ballarat
    factory" is not in doubt because one outlet puts the factory elsewhere."""
    sides = [e for c in contradictions for side in c.sides for e in side.evidence]
    contested = [e for c in contradictions for side in _outnumbered(c) for e in side.evidence]
    return tuple(
        replace(f, status="disputed")
        if any(_overlaps(e, s) for e in f.evidence for s in (contested if f.status == "single_source" else sides))
        else f
        for f in facts
    )


def _outnumbered(c: Contradiction) -> list[ContradictionSide]:
    """The sides of a contradiction other than the one most articles take (all of them when none does)."""
    counts = [len({e.article for e in side.evidence}) for side in c.sides]
    most = [k for k, n in enumerate(counts) if n == max(counts)]
    return [side for k, side in enumerate(c.sides) if len(most) > 1 or k != most[0]]
