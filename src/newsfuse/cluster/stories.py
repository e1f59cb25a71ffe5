"""Story clustering: group articles that tell the same story, in batch or adding to existing stories.

Two stages. Pair scores after Miranda et al. 2018 ("Multilingual Clustering of Streaming News"): lexical
TF-IDF, named entities and time say whether two articles report one event, a sentence-embedding mean adds
topical evidence. No single threshold on such scores tells one story from another event of the same kind
(two earthquakes in one region, two celebrities' rehab stays), so the scores only make coarse groups, and
each group is then split by the specific names and figures its articles give (split.py).

    profiles (profile.py: stemmed content words, entities, mean content vector, years, date)
         ─► candidates: articles sharing a rare term (inverted index, capped postings: sub-quadratic)
         ─► pair score (logistic combination of the similarities; same for both orders of the pair)
         ─► coarse groups: average link over the candidate pairs, low threshold (one kind of event)
         ─► each group split in two when its articles' specific details fall apart (split.py)

With `existing` assignments (a stream), only the part of the corpus the new articles reach is clustered
again: the articles linked to them by a chain of pairs scoring at least the first stage's threshold. Average
link never merges across such chains, so clustering that part alone gives what a batch over everything would,
and old articles there may move (a story mixed early on, before it was big enough to split, is split once the
second event's articles arrive). Each part keeps the id of the old story it shares most articles with; the
others get "s" + content_hash(id of the part's first article, by published date then id).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ..model import content_hash
from ..settings import Settings
from .duplicates import find_duplicates
from .profile import Profile
from .split import split_by_details

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

    def __init__(self, profiles: Sequence[Profile]) -> None:
        n = len(profiles)
        df_w: Counter[str] = Counter(t for p in profiles for t in p.words)
        df_e: Counter[str] = Counter(t for p in profiles for t in p.entities)
        idf_w = {t: math.log((IDF_PRIOR_DOCS + n) / (1 + d)) for t, d in df_w.items()}
        idf_e = {t: math.log((IDF_PRIOR_DOCS + n) / (1 + d)) for t, d in df_e.items()}
        self.profiles = profiles
        self.words = [_weights(p.words, idf_w) for p in profiles]
        self.ents = [_weights(p.entities, idf_e) for p in profiles]
        self.df = {**{"w:" + t: d for t, d in df_w.items()}, **{"e:" + t: d for t, d in df_e.items()}}
        self.blocks = [self._block_terms(i) for i in range(n)]

    def _block_terms(self, i: int) -> list[str]:
        terms = [("w:" + t, x) for t, x in self.words[i].items()] + [("e:" + t, x) for t, x in self.ents[i].items()]
        terms = [(t, x) for t, x in terms if 1 < self.df[t] <= MAX_POSTING]
        terms.sort(key=lambda tx: (-tx[1], tx[0]))
        return [t for t, _ in terms[:BLOCK_TERMS]]

    def score(self, i: int, j: int) -> float:
        """Probability-like score that articles i and j report the same event."""
        a, b = self.profiles[i], self.profiles[j]
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


def cluster(
    profiles: Sequence[Profile],
    settings: Settings,
    existing: Mapping[str, str] | None = None,
    duplicates: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """article id -> story id for every article. `existing` holds the assignments already in the store: articles
    the new ones cannot reach keep their story; the rest are clustered again. `duplicates` (copy -> original,
    found here when not given) always share a story."""
    existing = {p.id: existing[p.id] for p in profiles if existing and p.id in existing}
    profiles = sorted(profiles, key=_order_key)  # canonical order: the result does not depend on the input order
    corpus = _Corpus(profiles)
    index = {p.id: i for i, p in enumerate(profiles)}
    copies = [
        (min(index[c], index[o]), max(index[c], index[o]))
        for c, o in (find_duplicates(profiles) if duplicates is None else duplicates).items()
        if c in index and o in index
    ]
    fresh = [i for i, p in enumerate(profiles) if p.id not in existing]
    region = _reach(corpus, fresh, copies) if existing else list(range(len(profiles)))
    pairs = candidate_pairs(corpus, region)
    inside = set(region)
    pairs.update({(i, j): 1.0 for i, j in copies if i in inside})  # a copy always goes with its original
    parts = [part for group in average_link(region, pairs, COARSE_LINK) for part in split_by_details(profiles, group, pairs)]
    return _name(parts, [p.id for p in profiles], existing, inside)


def _reach(corpus: _Corpus, start: Sequence[int], copies: Sequence[tuple[int, int]]) -> list[int]:
    """The articles linked to `start` by chains of candidate pairs scoring at least COARSE_LINK (or copies)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, terms in enumerate(corpus.blocks):
        for t in terms:
            postings[t].append(i)
    linked: defaultdict[int, set[int]] = defaultdict(set)
    for i, j in copies:
        linked[i].add(j)
        linked[j].add(i)
    seen = set(start)
    todo = list(start)
    while todo:
        i = todo.pop()
        near = {j for t in corpus.blocks[i] for j in postings[t] if j not in seen and corpus.score(i, j) >= COARSE_LINK}
        near |= linked[i] - seen
        seen |= near
        todo.extend(near)
    return sorted(seen)


def _name(parts: Sequence[list[int]], ids: Sequence[str], existing: Mapping[str, str], inside: set[int]) -> dict[str, str]:
    """Story ids: articles outside the clustered region keep theirs; each part takes the old story it shares
    most articles with (largest overlap first, one part per story, not a story still held outside the region),
    else a new id from its first article."""
    out = {a: existing[a] for i, a in enumerate(ids) if i not in inside}
    held = set(out.values())
    overlaps = sorted(
        (-n, story, k)
        for k, part in enumerate(parts)
        for story, n in Counter(existing[ids[i]] for i in part if ids[i] in existing).items()
        if story not in held
    )
    names: dict[int, str] = {}
    for _, story, k in overlaps:
        if k not in names and story not in held:
            names[k] = story
            held.add(story)
    for k, part in enumerate(parts):
        name = names.get(k) or "s" + content_hash(ids[part[0]])
        if name in held and k not in names:  # the first article's id names a story another part kept
            name = "s" + content_hash(*(ids[i] for i in part))
        held.add(name)
        out.update((ids[i], name) for i in part)
    return out


def _order_key(p: Profile) -> tuple[str, str]:
    return (p.published or "~", p.id)
