"""Near-duplicate and syndicated copies: which article is a copy or light rewrite of which.

    content words ─► word 3-shingles ─► MinHash (profile.py) ─► MinHashLSH candidates ─► exact shingle overlap
                 ─► copy → original

MinHash LSH keeps candidate generation sub-quadratic (millions of articles); each candidate pair is then
verified on the shingle sets (as 64-bit hashes), so the LSH only has to be generous, never right. A copy is judged on
containment (shared shingles over the smaller article's shingles), so a wire story republished whole, cut
short, or with a credit line or a few words changed is found, while two reporters' articles about the same
event — which share names and a quote or two, not running text — are not.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from .profile import NUM_PERM, Profile, datasketch

LSH_THRESHOLD = 0.3  # generous: a copy cut to half its source still has Jaccard ≈ 0.45 with it
LSH_BANDS, LSH_ROWS = 37, 3  # what datasketch's search picks for LSH_THRESHOLD and NUM_PERM (a test checks)
MIN_CONTAINMENT = 0.7  # one edited word in ten breaks ~3 shingles in ten, so light rewrites stay ≥ 0.7,
# while different write-ups of one event share < 0.3 (common names and a quote, not running text)


def containment(a: NDArray[np.int64], b: NDArray[np.int64]) -> float:
    """Share of the smaller set's shingles found in the other (both sorted and without repeats)."""
    if not a.size or not b.size:
        return 0.0
    return np.intersect1d(a, b, assume_unique=True).size / min(a.size, b.size)


def _order_key(p: Profile) -> tuple[str, str]:
    # articles without a date sort after dated ones; the id breaks ties so the order is total
    return (p.published or "~", p.id)


def _earlier(a: Profile, b: Profile) -> bool:
    """Whether a came first: the earlier published date when both have one, else the smaller id."""
    if a.published and b.published and a.published != b.published:
        return a.published < b.published
    return a.id < b.id


def find_duplicates(profiles: Sequence[Profile]) -> dict[str, str]:
    """copy id -> id of the earlier article it copies."""
    lsh = datasketch.MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
    originals: dict[int, list[int]] = {}
    for i, p in enumerate(profiles):
        if p.minhash is None:
            continue
        for j in lsh.query(p.minhash):
            copy, original = (i, j) if _earlier(profiles[j], p) else (j, i)
            if containment(p.shingles, profiles[j].shingles) >= MIN_CONTAINMENT:
                originals.setdefault(copy, []).append(original)
        lsh.insert(i, p.minhash)
    out = {profiles[i].id: profiles[min(js, key=lambda j: _order_key(profiles[j]))].id for i, js in originals.items()}
    return dict(sorted(out.items()))
