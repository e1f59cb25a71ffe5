"""What each article brings to clustering, read off its Doc once: a Profile, a few KiB where the Doc is ~75.

    Doc ─► Profile: id and date; stemmed content words, entities, mean content vector, years (stories.py);
                    names and figures, the person it names most (split.py);
                    word 3-shingle hashes and their MinHash (duplicates.py)

The clustering stages read Profiles only, so a corpus of tens of thousands of articles is clustered without
holding their Docs: the pipeline profiles each Doc as it loads and lets it go.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

from ..model import Doc
from .words import CAPS, STOP, WORD, YEAR, stem

if TYPE_CHECKING:
    from datasketch import LeanMinHash
    from numpy.typing import NDArray

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
DETAIL_LABELS = ENTITY_LABELS - {"NORP"}  # names that tell one event of a kind from another
SHINGLE = 3  # words per shingle: long enough that two independent write-ups rarely share many
MIN_SHINGLES = 12  # a text this short (a headline, a caption) cannot be told apart from a common phrase
NUM_PERM = 128  # MinHash permutations: ±0.04 error on a Jaccard estimate, cheap to compute

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?!\w)")
_SHINGLE_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _import_datasketch() -> ModuleType:
    """datasketch without scipy.integrate (~0.5 s of every start): datasketch needs it only to search for LSH
    bands and rows when it is not given them, and duplicates.py always gives them."""
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
_PERMUTATIONS = datasketch.MinHash(num_perm=NUM_PERM)  # its permutations, made once rather than for every MinHash


@dataclass(frozen=True, eq=False)
class Profile:
    """One article as the clustering stages see it."""

    id: str
    published: str | None
    words: Counter[str]  # stemmed content words of title and content sentences, with counts
    entities: Counter[str]  # entity mentions (else capitalised word runs), stemmed, with counts
    vector: NDArray[np.float32]  # mean of the content sentences' vectors, unit length
    years: frozenset[int]  # years written in the text, and the published year
    day: int | None  # published date as a day number, when known
    details: frozenset[str]  # names ("e:...") and figures ("n:...") that tell one event of a kind from another
    lead: str | None  # the person the article names most often ("e:" + stemmed surname), if one stands out
    shingles: NDArray[np.int64]  # hashes of the content's word 3-shingles, sorted, without repeats
    minhash: LeanMinHash | None  # their MinHash; None when too short to judge


def profile(doc: Doc) -> Profile:
    """The article's Profile."""
    content = doc.annotations.content()
    body = " ".join(s.span.text for s in content) if content else doc.article.text
    text = f"{doc.article.title or ''}\n{body}"
    words = Counter(s for s in (stem(w) for w in WORD.findall(text)) if len(s) > 2 and s not in STOP)
    rows = [s.index for s in content if s.index < len(doc.vectors)]
    vecs = doc.vectors[rows] if rows else doc.vectors
    vector = vecs.mean(axis=0) if len(vecs) else np.zeros(doc.vectors.shape[1] if doc.vectors.ndim == 2 else 1)
    norm = float(np.linalg.norm(vector))
    years = frozenset(int(y) for y in YEAR.findall(text))
    day = _day(doc.article.published)
    if day is not None:
        years |= {date.fromordinal(day).year}
    shingles, minhash = _shingles(body)
    names = _names(doc)
    return Profile(
        id=doc.id,
        published=doc.article.published,
        words=words,
        entities=_entities(doc, text),
        vector=(vector / norm if norm else vector).astype(np.float32),
        years=years,
        day=day,
        details=_details(doc, names),
        lead=_lead(names),
        shingles=shingles,
        minhash=minhash,
    )


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


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


def _details(doc: Doc, names: list[tuple[str, str]]) -> frozenset[str]:
    """The article's names and the figures written in it."""
    out = set()
    for name, label in names:
        words = [w for w in (stem(x) for x in WORD.findall(name)) if w not in STOP]
        if words:
            out.add("e:" + " ".join(words))
            if label == "PERSON" and len(words) > 1:  # "Tara Reid" is later just "Reid"
                out.add("e:" + words[-1])
    text = f"{doc.article.title or ''}\n{doc.article.text}"
    out.update("n:" + x for x in _NUMBER.findall(text) if x.strip("0.") != "")
    return frozenset(out)


def _names(doc: Doc) -> list[tuple[str, str]]:
    """Names that tell one event from another, with their labels; without entity annotations, the text's
    capitalised word runs, those of two words or more taken for people."""
    if not doc.annotations.mentions:
        text = f"{doc.article.title or ''}\n{doc.article.text}"
        return [(m.group(0), "PERSON" if " " in m.group(0) else "") for m in CAPS.finditer(text)]
    return [(m.span.text, m.label) for m in doc.annotations.mentions if m.label in DETAIL_LABELS]


def _lead(names: list[tuple[str, str]]) -> str | None:
    """The person the article names most often, by surname, if named at least twice and more often than anyone
    else ("Vincent Jackson ... Jackson ... Jackson" against one "Jamal Williams"): "e:" and the stemmed surname."""
    surnames = Counter(stem(WORD.findall(name)[-1]) for name, label in names if label == "PERSON" and WORD.search(name))
    top = surnames.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return "e:" + top[0][0]


def _shingle_set(text: str) -> set[str]:
    """Word 3-shingles of a text, lower-cased."""
    words = _SHINGLE_WORD.findall(text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _shingles(body: str) -> tuple[NDArray[np.int64], LeanMinHash | None]:
    """The content's shingles as their sorted hashes (a tenth of the memory of the strings), and their MinHash
    (boilerplate sentences left out, so credit lines don't count)."""
    sh = _shingle_set(body)
    minhash = None
    if len(sh) >= MIN_SHINGLES:
        full = datasketch.MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS.permutations,
                                  scheme=_PERMUTATIONS.scheme)
        full.update_batch([x.encode("utf-8") for x in sh])
        minhash = datasketch.LeanMinHash(full)  # the hash values only, not the permutations
    return np.unique(np.fromiter((hash(x) for x in sh), dtype=np.int64, count=len(sh))), minhash
