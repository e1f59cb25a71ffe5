"""Story clustering: group articles that tell the same story, in batch or adding to existing stories.

After Miranda et al. 2018 ("Multilingual Clustering of Streaming News"): lexical TF-IDF, named entities and
time decide whether two articles report one event; a sentence-embedding mean adds topical evidence but
alone cannot tell two earthquakes (or two rehab check-ins) apart, which is the hard case.

    docs ─► features (stemmed content words, entities, mean content vector, years, date)
         ─► candidates: articles sharing a rare term (inverted index, capped postings: sub-quadratic)
         ─► pair score (logistic combination of the similarities; same for both orders of the pair)
         ─► in a canonical order, each new article joins the story it fits best (mean of its best few pair
            scores with the story's members) when that reaches LINK, or starts a story

The decision for one article depends only on pair scores with articles already placed, and new
articles are taken in a canonical order (published date, then id), so feeding articles one at a time with
the earlier assignments as `existing`, or all at once, gives nearly the same stories; assignments in
`existing` are never changed. Story ids are "s" + content_hash(id of the story's first article).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..model import Doc, content_hash
from ..settings import Settings
from .duplicates import find_duplicates

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

BLOCK_TERMS = 12  # each article is indexed under its this many highest-weighted rare terms
MAX_POSTING = 400  # a term in more articles than this names a topic, not a story: not used for blocking
# (a story rarely has more than a few hundred articles; commoner terms only add quadratic work)

# Pair score = sigmoid(W_WORDS*cos_words + W_ENTS*cos_ents + W_EMB*cos_emb + W_BIAS + time penalties).
# Weights from a logistic regression over all ecbplus-dev article pairs (same story or not), rounded: words and
# entities carry the decision; the embedding only adds topic evidence (two same-kind events score alike on it).
W_WORDS = 13.4
W_ENTS = 9.9
W_EMB = 3.75
W_BIAS = -8.0
YEAR_CONFLICT = -1.3  # the articles name different years and none in common: likely two events of one kind
DATE_SCALE_DAYS = 7.0  # published dates further apart than this count against the pair, one step per scale
IDF_PRIOR_DOCS = 1000  # IDF counts this many unseen articles besides the real ones, so term weights barely
# move as a stream grows from a few articles to many (stream and batch then decide alike)
LINK = 0.5  # an article scoring at least this with a story joins it
STORY_TOP = 3  # an article is judged against its best few matches in a story (members not compared count 0)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_CAPS = re.compile(r"\b[A-Z][a-zA-Z'’.-]+(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-zA-Z'’.-]+)*")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "according", "reported", "news", "mr", "mrs", "ms"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper standing in for lemmas (quakes → quake, killed → kill)."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


@dataclass(frozen=True)
class Features:
    """What the clustering reads off one article."""

    words: Counter[str]
    entities: Counter[str]
    vector: np.ndarray
    years: frozenset[int]
    day: int | None  # published date as a day number, when known


def _content_text(doc: Doc) -> str:
    content = doc.annotations.content()
    body = " ".join(s.span.text for s in content) if content else doc.article.text
    return f"{doc.article.title or ''}\n{body}"


def _entities(doc: Doc, text: str) -> Counter[str]:
    mentions = [m.span.text for m in doc.annotations.mentions if m.label in ENTITY_LABELS]
    if not mentions:  # no entity annotations: capitalised word runs and their words ("Ray Kelly", "Kelly")
        runs = [m.group(0) for m in _CAPS.finditer(text)]
        mentions = runs + [w for r in runs if " " in r for w in r.split()]
    out: Counter[str] = Counter()
    for m in mentions:
        key = " ".join(w for w in (stem(x) for x in _WORD.findall(m)) if w not in _STOP)
        if key:
            out[key] += 1
    return out


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


_FEATURES: WeakKeyDictionary[Doc, Features] = WeakKeyDictionary()


def features(doc: Doc) -> Features:
    """The words, entities, mean vector, years and date of one article; cached per Doc."""
    if doc not in _FEATURES:
        _FEATURES[doc] = _features(doc)
    return _FEATURES[doc]


def _features(doc: Doc) -> Features:
    text = _content_text(doc)
    words = Counter(s for s in (stem(w) for w in _WORD.findall(text)) if len(s) > 2 and s not in _STOP)
    rows = [s.index for s in doc.annotations.content() if s.index < len(doc.vectors)]
    vecs = doc.vectors[rows] if rows else doc.vectors
    vector = vecs.mean(axis=0) if len(vecs) else np.zeros(doc.vectors.shape[1] if doc.vectors.ndim == 2 else 1)
    norm = float(np.linalg.norm(vector))
    vector = (vector / norm if norm else vector).astype(np.float32)
    years = frozenset(int(y) for y in _YEAR.findall(text))
    day = _day(doc.article.published)
    if day is not None:
        years |= {date.fromordinal(day).year}
    return Features(words, _entities(doc, text), vector, years, day)


def _weights(counts: Counter[str], idf: Mapping[str, float]) -> dict[str, float]:
    w = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items()}
    n = math.sqrt(sum(x * x for x in w.values()))
    return {t: x / n for t, x in w.items()} if n else w


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


class _Corpus:
    """TF-IDF weights and pair scores over one call's articles."""

    def __init__(self, feats: Sequence[Features]) -> None:
        n = len(feats)
        df_w: Counter[str] = Counter(t for f in feats for t in f.words)
        df_e: Counter[str] = Counter(t for f in feats for t in f.entities)
        idf_w = {t: math.log((IDF_PRIOR_DOCS + n) / (1 + d)) for t, d in df_w.items()}
        idf_e = {t: math.log((IDF_PRIOR_DOCS + n) / (1 + d)) for t, d in df_e.items()}
        self.feats = feats
        self.words = [_weights(f.words, idf_w) for f in feats]
        self.ents = [_weights(f.entities, idf_e) for f in feats]
        self.df = {**{"w:" + t: d for t, d in df_w.items()}, **{"e:" + t: d for t, d in df_e.items()}}
        self.blocks = [self._block_terms(i) for i in range(n)]

    def _block_terms(self, i: int) -> list[str]:
        terms = [("w:" + t, x) for t, x in self.words[i].items()] + [("e:" + t, x) for t, x in self.ents[i].items()]
        terms = [(t, x) for t, x in terms if 1 < self.df[t] <= MAX_POSTING]
        terms.sort(key=lambda tx: (-tx[1], tx[0]))
        return [t for t, _ in terms[:BLOCK_TERMS]]

    def score(self, i: int, j: int) -> float:
        """Probability-like score that articles i and j report the same event."""
        a, b = self.feats[i], self.feats[j]
        z = (
            W_WORDS * _cos(self.words[i], self.words[j])
            + W_ENTS * _cos(self.ents[i], self.ents[j])
            + W_EMB * float(a.vector @ b.vector)
            + W_BIAS
        )
        if a.years and b.years and not a.years & b.years:
            z += YEAR_CONFLICT
        if a.day is not None and b.day is not None:
            z -= max(0.0, abs(a.day - b.day) / DATE_SCALE_DAYS - 1.0)
        return 1.0 / (1.0 + math.exp(-z))


def cluster(docs: Sequence[Doc], settings: Settings, existing: Mapping[str, str] | None = None) -> dict[str, str]:
    """article id -> story id for every doc. `existing` holds the assignments already in the store:
    those articles keep their story; the others join one of them or start new stories."""
    existing = dict(existing or {})
    corpus = _Corpus([features(d) for d in docs])
    index = {d.id: i for i, d in enumerate(docs)}
    postings: defaultdict[str, list[int]] = defaultdict(list)
    story: dict[int, str] = {}
    members: defaultdict[str, list[int]] = defaultdict(list)

    def place(i: int, s: str) -> None:
        story[i] = s
        members[s].append(i)
        for t in corpus.blocks[i]:
            postings[t].append(i)

    for i, d in enumerate(docs):
        if d.id in existing:
            place(i, existing[d.id])
    copies = find_duplicates(docs)
    order = sorted((i for i, d in enumerate(docs) if d.id not in existing), key=lambda i: _order_key(docs[i]))
    for i in order:
        original = copies.get(docs[i].id)
        if original is not None and index[original] in story:
            place(i, story[index[original]])
            continue
        scores: defaultdict[str, list[float]] = defaultdict(list)
        for j in sorted({j for t in corpus.blocks[i] for j in postings[t]}):
            scores[story[j]].append(corpus.score(i, j))
        best, best_score = None, LINK
        for s, got in sorted(scores.items()):
            value = _story_score(got, len(members[s]))
            if value >= best_score:
                best, best_score = s, value
        place(i, best or "s" + content_hash(docs[i].id))
    return {d.id: story[i] for i, d in enumerate(docs)}


def _story_score(pair_scores: list[float], size: int) -> float:
    """How well an article fits a story, from its scores with the story's members it was compared with."""
    top = sorted(pair_scores, reverse=True)[:STORY_TOP]
    return sum(top) / min(size, STORY_TOP)


def _order_key(doc: Doc) -> tuple[str, str]:
    return (doc.article.published or "~", doc.id)
