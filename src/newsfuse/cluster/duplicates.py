"""Near-duplicate and syndicated copies: which article is a copy or light rewrite of which.

    content words ─► word 3-shingles ─► MinHash ─► MinHashLSH candidates ─► exact shingle overlap ─► copy → original

MinHash LSH keeps candidate generation sub-quadratic (millions of articles); each candidate pair is then
verified on the shingle sets (as 64-bit hashes), so the LSH only has to be generous, never right. A copy is judged on
containment (shared shingles over the smaller article's shingles), so a wire story republished whole, cut
short, or with a credit line or a few words changed is found, while two reporters' articles about the same
event — which share names and a quote or two, not running text — are not.

Each article's shingles and MinHash are kept while its Doc lives, so a stream that passes the same Docs again
(one article at a time) hashes each article once.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

import numpy as np

from ..model import Doc

if TYPE_CHECKING:
    from datasketch import LeanMinHash
    from numpy.typing import NDArray


def _import_datasketch() -> ModuleType:
    """datasketch without scipy.integrate (~0.5 s of every start): datasketch needs it only to search for LSH
    bands and rows when it is not given them, and it is always given LSH_BANDS and LSH_ROWS here."""
    if "datasketch" in sys.modules or "scipy.integrate" in sys.modules:
        return importlib.import_module("datasketch")
    stand_in = ModuleType("scipy.integrate")

    def quad(*args: Any, **kwargs: Any) -> Any:  # the real one, should anything ever call it
        return importlib.import_module("scipy.integrate").quad(*args, **kwargs)

    stand_in.quad = quad  # type: ignore[attr-defined]
    sys.modules["scipy.integrate"] = stand_in
    try:
        return importlib.import_module("datasketch")
    finally:
        if sys.modules.get("scipy.integrate") is stand_in:
            del sys.modules["scipy.integrate"]


datasketch = _import_datasketch()

SHINGLE = 3  # words per shingle: long enough that two independent write-ups rarely share many
NUM_PERM = 128  # MinHash permutations: ±0.04 error on a Jaccard estimate, cheap to compute
LSH_THRESHOLD = 0.3  # generous: a copy cut to half its source still has Jaccard ≈ 0.45 with it
LSH_BANDS, LSH_ROWS = 37, 3  # what datasketch's search picks for LSH_THRESHOLD and NUM_PERM (a test checks)
MIN_CONTAINMENT = 0.7  # one edited word in ten breaks ~3 shingles in ten, so light rewrites stay ≥ 0.7,
# while different write-ups of one event share < 0.3 (common names and a quote, not running text)
MIN_SHINGLES = 12  # a text this short (a headline, a caption) cannot be told apart from a common phrase

_WORD = re.compile(r"\w+(?:['’]\w+)*")


_PERMUTATIONS = datasketch.MinHash(num_perm=NUM_PERM)  # its permutations, made once rather than for every MinHash
_SIGNATURES: WeakKeyDictionary[Doc, tuple[NDArray[np.int64], LeanMinHash | None]] = WeakKeyDictionary()


def shingles(doc: Doc) -> set[str]:
    """Word 3-shingles of the article's content (boilerplate sentences left out, so credit lines don't count)."""
    content = doc.annotations.content()
    text = " ".join(s.span.text for s in content) if content else doc.article.text
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(doc: Doc) -> tuple[NDArray[np.int64], LeanMinHash | None]:
    """The article's shingles, as their sorted hashes (a tenth of the memory of the strings), and their MinHash
    (None when too short to judge); cached per Doc."""
    if doc not in _SIGNATURES:
        sh = shingles(doc)
        m = None
        if len(sh) >= MIN_SHINGLES:
            full = datasketch.MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS.permutations,
                                      scheme=_PERMUTATIONS.scheme)
            full.update_batch([x.encode("utf-8") for x in sh])
            m = datasketch.LeanMinHash(full)  # the hash values only, not the permutations
        _SIGNATURES[doc] = (np.unique(np.fromiter((hash(x) for x in sh), dtype=np.int64, count=len(sh))), m)
    return _SIGNATURES[doc]


def containment(a: NDArray[np.int64], b: NDArray[np.int64]) -> float:
    """Share of the smaller set's shingles found in the other (both sorted and without repeats)."""
    if not a.size or not b.size:
        return 0.0
    return np.intersect1d(a, b, assume_unique=True).size / min(a.size, b.size)


def _order_key(doc: Doc) -> tuple[str, str]:
    # articles without a date sort after dated ones; the id breaks ties so the order is total
    return (doc.article.published or "~", doc.id)


def _earlier(a: Doc, b: Doc) -> bool:
    """Whether a came first: the earlier published date when both have one, else the smaller id."""
    pa, pb = a.article.published, b.article.published
    if pa and pb and pa != pb:
        return pa < pb
    return a.id < b.id


class _Copies:
    """The LSH over a growing list of articles and, per article, the earlier articles it copies."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.lsh = datasketch.MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
        self.originals: dict[int, list[int]] = {}

    def add(self, doc: Doc) -> None:
        i = len(self.docs)
        self.docs.append(doc)
        sh, m = signature(doc)
        if m is None:
            return
        for j in self.lsh.query(m):
            copy, original = (i, j) if _earlier(self.docs[j], doc) else (j, i)
            if containment(sh, signature(self.docs[j])[0]) >= MIN_CONTAINMENT:
                self.originals.setdefault(copy, []).append(original)
        self.lsh.insert(i, m)


def find_duplicates(docs: Sequence[Doc]) -> dict[str, str]:
    """copy id -> id of the earlier article it copies."""
    found = _Copies()
    for d in docs:
        found.add(d)
    out = {}
    for i, js in found.originals.items():
        first = min(js, key=lambda j: _order_key(docs[j]))
        out[docs[i].id] = docs[first].id
    return dict(sorted(out.items()))
