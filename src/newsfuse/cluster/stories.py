"""Story clustering: group articles that tell the same story, in batch or adding to existing stories.

Two stages. Pair scores after Miranda et al. 2018 ("Multilingual Clustering of Streaming News"): lexical
TF-IDF, named entities and time say whether two articles report one event, a sentence-embedding mean adds
topical evidence. No single threshold on such scores tells one story from another event of the same kind
(two earthquakes in one region, two celebrities' rehab stays), so the scores only make coarse groups, and
each group is then split by the specific names and figures its articles give (split.py).

    docs ─► features (stemmed content words, entities, mean content vector, years, date)
         ─► candidates: articles sharing a rare term (inverted index, capped postings: sub-quadratic)
         ─► pair score (logistic combination of the similarities; same for both orders of the pair)
         ─► coarse groups: average link over the candidate pairs, low threshold (one kind of event)
         ─► each group split in two when its articles' specific details fall apart (split.py)

With `existing` assignments (a stream), those never change: the two stages run over all the docs given (the
pipeline passes old and new), so a stream decides as batch does. A new article joins the existing story that
most of its group's old articles belong to, among the stories that group is home to (holds most of their
articles); else it starts a story with the other new articles of its group. A story mixed early on, before
its group was big enough to split, thus stops drawing the other event's later articles. Story ids are
"s" + content_hash(id of the story's first article, by published date then id).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from weakref import WeakKeyDictionary

import numpy as np

from ..model import Doc, content_hash
from ..settings import Settings
from .duplicates import find_duplicates
from .split import split_by_details
from .words import CAPS, STOP, WORD, YEAR, stem

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
COARSE_LINK = 0.07  # first stage: groups merge while their mean pair score reaches this. Low on purpose: a group
# should hold every article of an event (recall 0.99 on ecbplus-dev), even if it holds two events of one kind,
# which the second stage (split.py) tells apart. Odd ecbplus-dev topics score 0.04-0.07 alike; lower lets a lone
# streamed article join a story of the same kind before the split stage can see two sides

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
        runs = [m.group(0) for m in CAPS.finditer(text)]
        mentions = runs + [w for r in runs if " " in r for w in r.split()]
    out: Counter[str] = Counter()
    for m in mentions:
        key = " ".join(w for w in (stem(x) for x in WORD.findall(m)) if w not in STOP)
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
    words = Counter(s for s in (stem(w) for w in WORD.findall(text)) if len(s) > 2 and s not in STOP)
    rows = [s.index for s in doc.annotations.content() if s.index < len(doc.vectors)]
    vecs = doc.vectors[rows] if rows else doc.vectors
    vector = vecs.mean(axis=0) if len(vecs) else np.zeros(doc.vectors.shape[1] if doc.vectors.ndim == 2 else 1)
    norm = float(np.linalg.norm(vector))
    vector = (vector / norm if norm else vector).astype(np.float32)
    years = frozenset(int(y) for y in YEAR.findall(text))
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


def candidate_pairs(corpus: _Corpus, members: Sequence[int]) -> dict[tuple[int, int], float]:
    """Pair scores (i < j) of the given articles that share a blocking term (inverted index: sub-quadratic)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    pairs: dict[tuple[int, int], float] = {}
    for i in sorted(members):
        for j in sorted({j for t in corpus.blocks[i] for j in postings[t]}):
            pairs[(j, i)] = corpus.score(j, i)
        for t in corpus.blocks[i]:
            postings[t].append(i)
    return pairs


def average_link(members: Sequence[int], pairs: Mapping[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Average-link agglomeration over a sparse similarity graph (pairs not given count 0), merging while the
    best mean similarity between two groups reaches threshold. Groups of indices, each sorted."""
    size = dict.fromkeys(members, 1)
    sums: dict[int, dict[int, float]] = {i: {} for i in members}
    for (i, j), s in pairs.items():
        sums[i][j] = sums[j][i] = s
    heap = [(-s, i, j) for (i, j), s in pairs.items() if s >= threshold]
    heapq.heapify(heap)
    parent = {i: i for i in members}
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in sums or b not in sums or sums[a].get(b, 0.0) / (size[a] * size[b]) != -neg:
            continue  # stale: one of the two merged since this entry was pushed
        if len(sums[a]) < len(sums[b]):
            a, b = b, a
        gone = sums.pop(b)
        del sums[a][b]
        del gone[a]
        for c, s in gone.items():
            sums[a][c] = sums[a].get(c, 0.0) + s
            sums[c][a] = sums[c].get(a, 0.0) + s
            del sums[c][b]
        parent[b] = a
        size[a] += size[b]
        for c, s in sums[a].items():
            mean = s / (size[a] * size[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    out: defaultdict[int, list[int]] = defaultdict(list)
    for i in sorted(members):
        root = i
        while parent[root] != root:
            root = parent[root]
        out[root].append(i)
    return list(out.values())


def cluster(docs: Sequence[Doc], settings: Settings, existing: Mapping[str, str] | None = None) -> dict[str, str]:
    """article id -> story id for every doc. `existing` holds the assignments already in the store:
    those articles keep their story; the others join one of them or start new stories."""
    existing = {d.id: existing[d.id] for d in docs if existing and d.id in existing}
    docs = sorted(docs, key=_order_key)  # canonical order: the result does not depend on the input order
    parts = _batch(docs)
    old = [Counter(existing[docs[i].id] for i in part if docs[i].id in existing) for part in parts]
    home: dict[str, int] = {}  # each existing story -> the part that holds most of its articles (first on ties)
    for k, counts in enumerate(old):
        for story, n in counts.items():
            if story not in home or n > old[home[story]][story]:
                home[story] = k
    out = dict(existing)
    for k, part in enumerate(parts):
        fresh = [i for i in part if docs[i].id not in existing]
        if not fresh:
            continue
        mine = [s for s in old[k] if home[s] == k]  # a story mostly in another part mixed two events early on
        story = min(mine, key=lambda s: (-old[k][s], s)) if mine else "s" + content_hash(docs[fresh[0]].id)
        out.update((docs[i].id, story) for i in fresh)
    return out


def _batch(docs: Sequence[Doc]) -> list[list[int]]:
    """Both stages over all the docs: groups of indices into docs."""
    corpus = _Corpus([features(d) for d in docs])
    members = list(range(len(docs)))
    pairs = candidate_pairs(corpus, members)
    index = {d.id: i for i, d in enumerate(docs)}
    for copy, original in find_duplicates(docs).items():  # a copy always goes with its original
        i, j = sorted((index[copy], index[original]))
        pairs[(i, j)] = 1.0
    return [part for group in average_link(members, pairs, COARSE_LINK) for part in split_by_details(docs, group, pairs)]
def _order_key(doc: Doc) -> tuple[str, str]:
    return (doc.article.published or "~", doc.id)
