"""Second clustering stage: split a group of one kind of event into the events it holds, by specific details.

Two earthquakes in one region, two rehab stays of two celebrities, two navy anti-piracy operations: the words
and the sentence vectors of such articles are alike, but the names and figures are not. Within a coarse group,
a detail (a name, a place below country level, a figure or year written in the text) is *specific* when some
but not all of the group's articles give it. The articles are compared on their specific details only
(IDF-weighted within the group, cosine) and cut in two by average link; the cut is kept when the two sides
share little of those details compared with how much each side shares within itself. When the details make no
such cut, the group may still hold two people's events (two players of one team arrested weeks apart, the
second's reports recalling the first): if two people each lead at least MIN_SIDE of its articles, as the person
each names most often, those articles are the two sides (ecbplus-dev BCubed F1 0.944 to 0.950). Articles on
neither side take the side they score best with on the first stage's pair scores. Then each article with
details moves to the side it is closer to, on details and pair scores together, until none moves (on
ecbplus-dev this took BCubed F1 from 0.918 to 0.937: a cut on details alone misplaced articles that give few).
Last, a split whose sides are as close across on their words and entities as within is undone unless the sides
are about different years: that is one story whose articles give different details (0.937 to 0.944).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np

from .profile import Profile

MIN_DETAIL_DF = 2  # a detail given by one article alone links nothing
MAX_DETAIL_SHARE = 0.7  # a detail in more of the group than this is what the group has in common, not a split
MIN_SIDE = 3  # each side of a split holds at least this many articles: smaller sides are sidebars and follow-ups
# of one story, which carry a few details of their own (chosen on odd ecbplus-dev topics; 2 over-splits)
MAX_CROSS_RATIO = 0.3  # keep a split only when the mean detail similarity across the two sides is at most this
# share of the mean within the sides (chosen on odd topics; two events of one kind score 0.1-0.25, the parts of
# one story 0.25-0.5)
REFINE_ROUNDS = 5  # rounds of moving articles to the closer side after the cut (it settles in two or three)
SAME_STORY_SCORE = 0.75  # sides whose mean pair score across reaches this share of the lower mean within a side
# tell one story (chosen on ecbplus-dev's errors: two one-story groups split at 0.82 and 0.93; the two-event
# group closest to them scored 0.91 but its sides were about different years; 0.7-0.8 all give the same result)
MAX_SPLIT_GROUP = 3000  # larger groups are not split: the detail matrix is quadratic in the group size


def split_by_details(profiles: Sequence[Profile], group: list[int], pairs: Mapping[tuple[int, int], float]) -> list[list[int]]:
    """The group as one story, or as two when its articles fall into two sets with different specific details
    (or, failing that, two sets led by two people)."""
    if len(group) < 2 * MIN_SIDE or len(group) > MAX_SPLIT_GROUP:
        return [group]
    details, has = _detail_similarity(profiles, group)
    sides = _detail_cut(group, details, has) or _lead_cut(profiles, group)
    if sides is None:
        return [group]
    a, b = sides
    placed = set(a) | set(b)
    for i in (i for i in group if i not in placed):
        (a if _mean_score(i, a, pairs) >= _mean_score(i, b, pairs) else b).append(i)
    parts = _refine(group, set(a), details, has, pairs)
    return [group] if len(parts) == 2 and _one_story(profiles, parts, pairs) else parts


def _detail_similarity(profiles: Sequence[Profile], group: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Cosine similarity of the articles' specific details (IDF-weighted within the group; 0 where an article has
    none), and which articles have any."""
    sets = [profiles[i].details for i in group]
    df = Counter(t for s in sets for t in s)
    n = len(group)
    idf = {t: math.log(n / c) for t, c in df.items() if MIN_DETAIL_DF <= c <= MAX_DETAIL_SHARE * n}
    column = {t: k for k, t in enumerate(sorted(idf))}
    x = np.zeros((n, len(column)))
    for row, s in enumerate(sets):
        for t in s:
            if t in column:
                x[row, column[t]] = idf[t]
    norms = np.linalg.norm(x, axis=1)
    has = norms > 0
    unit = x / np.where(has, norms, 1.0)[:, None]
    return unit @ unit.T, has


def _detail_cut(group: list[int], details: np.ndarray, has: np.ndarray) -> tuple[list[int], list[int]] | None:
    """The articles with details, cut in two by average link on their detail similarity, if the cut is strong."""
    if has.sum() < 2 * MIN_SIDE:
        return None
    sim = details[np.ix_(has, has)]
    # here, not at the top: only groups big enough to split pay (scipy's, not scikit-learn's: 0.3 s to import, not 0.9)
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    merges = linkage(squareform(1.0 - sim, checks=False), method="average")
    side = np.zeros(len(sim), dtype=bool)
    side[_leaves(merges, int(merges[-1, 0]))] = True  # the last merge undone: two sides
    side = side == side[0]
    if not _strong_split(sim, side):
        return None
    with_details = [i for i, h in zip(group, has) if h]
    return [i for i, s in zip(with_details, side) if s], [i for i, s in zip(with_details, side) if not s]


def _leaves(merges: np.ndarray, node: int) -> list[int]:
    """The items under a node of scipy's merge table (item i is node i; merge k is node n + k). scipy's own
    `to_tree` refuses the table when float error leaves a distance a hair below zero."""
    n, out, todo = len(merges) + 1, [], [node]
    while todo:
        k = todo.pop()
        if k < n:
            out.append(k)
        else:
            todo.extend(int(c) for c in merges[k - n, :2])
    return out


def _lead_cut(profiles: Sequence[Profile], group: list[int]) -> tuple[list[int], list[int]] | None:
    """The articles led by the two people who lead the most of them, when each leads at least MIN_SIDE: two
    players arrested weeks apart, the second's reports recalling the first ("the team's second arrest this
    month"), share most names and figures, but each report is about its own man."""
    leads = Counter(profiles[i].lead for i in group if profiles[i].lead)
    top = [lead for lead, n in leads.most_common(2) if n >= MIN_SIDE]
    if len(top) < 2:
        return None
    return [i for i in group if profiles[i].lead == top[0]], [i for i in group if profiles[i].lead == top[1]]


def _refine(group: list[int], a: set[int], details: np.ndarray, has: np.ndarray,
            pairs: Mapping[tuple[int, int], float]) -> list[list[int]]:
    """Move each article with details to the side it is closer to, until none moves: its mean detail similarity
    plus mean pair score to the other articles of each side. The cut above is made on details alone, so an
    article with few of them can land on the wrong side; its words and entities then pull it back."""
    closeness = details + np.array([[pairs.get((min(i, j), max(i, j)), 0.0) for j in group] for i in group])
    np.fill_diagonal(closeness, 0.0)
    side = np.array([i in a for i in group])
    for _ in range(REFINE_ROUNDS):
        na, nb = int(side.sum()), int((~side).sum())
        if not na or not nb:
            return [group]
        to_a = closeness[:, side].sum(axis=1) / np.maximum(na - side, 1)
        to_b = closeness[:, ~side].sum(axis=1) / np.maximum(nb - ~side, 1)
        moved = np.where(has, to_a >= to_b, side)
        if (moved == side).all():
            break
        side = moved
    if side.all() or not side.any():
        return [group]
    return [[i for i, s in zip(group, side) if s], [i for i, s in zip(group, side) if not s]]


def _strong_split(sim: np.ndarray, side: np.ndarray) -> bool:
    """Both sides big enough, and they share little of their details across compared with within."""
    na, nb = int(side.sum()), int((~side).sum())
    if min(na, nb) < MIN_SIDE:
        return False
    within_pairs = na * (na - 1) + nb * (nb - 1)
    within = (sim[np.ix_(side, side)].sum() - na + sim[np.ix_(~side, ~side)].sum() - nb) / within_pairs
    cross = float(sim[np.ix_(side, ~side)].mean())
    return bool(within > 0 and cross / within <= MAX_CROSS_RATIO)


def _one_story(profiles: Sequence[Profile], parts: list[list[int]], pairs: Mapping[tuple[int, int], float]) -> bool:
    """The two sides link across about as well as within, and do not each name a different year most often."""
    a, b = parts
    within = min(_mean_pair(a, a, pairs), _mean_pair(b, b, pairs))
    if within <= 0 or _mean_pair(a, b, pairs) < SAME_STORY_SCORE * within:
        return False
    year_a, year_b = _main_year(profiles, a), _main_year(profiles, b)
    return year_a is None or year_b is None or year_a == year_b


def _mean_pair(a: list[int], b: list[int], pairs: Mapping[tuple[int, int], float]) -> float:
    scores = [pairs.get((min(i, j), max(i, j)), 0.0) for i in a for j in b if i != j]
    return sum(scores) / len(scores) if scores else 0.0


def _main_year(profiles: Sequence[Profile], side: list[int]) -> int | None:
    """The year most of the side's articles name (or were published in), if any names one; of years named
    equally often the latest, as news is of its own year and looks back ("first reported in 2023"). A year after
    an article's own is a plan ("the stadium opens in 2028"), not the year of its news."""
    years = Counter(y for i in side for y in profiles[i].years if y <= _published_year(profiles[i]))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _published_year(p: Profile) -> int | float:
    return date.fromordinal(p.day).year if p.day is not None else math.inf


def _mean_score(i: int, side: list[int], pairs: Mapping[tuple[int, int], float]) -> float:
    return sum(pairs.get((min(i, j), max(i, j)), 0.0) for j in side) / len(side)
