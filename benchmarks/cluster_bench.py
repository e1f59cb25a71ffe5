"""Clustering cost at growing corpus sizes, and stream-vs-batch agreement; prints figures, asserts nothing.

Corpora are built from ecbplus-dev without the models: each size holds several "worlds", copies of the
dev articles whose capitalised words get a world-specific suffix (so every world adds new stories, as a
growing news stream does), and every copy has ~8% of its words dropped or swapped so copies are not exact.
Sentence vectors come from the fake embedder once per source article, plus noise per copy.

    python benchmarks/cluster_bench.py [--sizes 2000,6000,20000] [--stream 300]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import resource
import sys
import time

import numpy as np
from devsets import SHARED  # a sibling module: scripts run from benchmarks/

from newsfuse import text
from newsfuse.annotate.embed import FakeEmbedder
from newsfuse.cluster.duplicates import find_duplicates
from newsfuse.cluster.profile import Profile, profile
from newsfuse.cluster.stories import cluster
from newsfuse.model import Annotations, Article, Doc
from newsfuse.settings import Settings

PERTURB = 0.08  # share of words dropped or replaced in each copy
NOISE = 0.05  # standard deviation of the noise added to each copied sentence vector
_CAPITAL = re.compile(r"\b([A-Z][a-z]+)\b")
_TOKEN = re.compile(r"\S+")


def world_suffix(world: int) -> str:
    """Letters appended to capitalised words in one world ("" for the first)."""
    if world == 0:
        return ""
    out = ""
    while world:
        world, r = divmod(world, 26)
        out += chr(ord("a") + r)
    return "q" + out


def perturb(body: str, rng: random.Random) -> str:
    """Drop or swap a few words (line breaks kept, so sentences and paragraphs survive)."""
    lines = []
    for line in body.split("\n"):
        words = _TOKEN.findall(line)
        kept = []
        for w in words:
            roll = rng.random()
            if roll < PERTURB / 2:
                continue
            kept.append(rng.choice(words) if roll < PERTURB else w)
        lines.append(" ".join(kept) or line)
    return "\n".join(lines)


def source_rows() -> list[dict[str, str]]:
    """The ecbplus-dev articles."""
    path = SHARED / "data" / "ecbplus-dev" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def world_articles(rows: list[dict[str, str]], size: int, seed: int = 0) -> list[Article]:
    """`size` articles: worlds of renamed, perturbed copies of the dev articles (the first world as it is)."""
    rng = random.Random(seed)
    out = []
    for k in range(size):
        world, src = divmod(k, len(rows))
        row = rows[src]
        suffix = world_suffix(world)
        body = _CAPITAL.sub(rf"\1{suffix}", row["text"])
        body = perturb(body, rng) if world else body
        title = row.get("title")
        if title:
            title = _CAPITAL.sub(rf"\1{suffix}", title)
        out.append(Article(f"w{world}_{row['id']}", body, title=title))
    return out


def make_corpus(rows: list[dict[str, str]], size: int, seed: int = 0) -> list[Profile]:
    """Profiles of `size` fake Docs of `world_articles`: fake vectors of the source article plus noise. (Profiling
    is per-article work, linear in the corpus; the stage bench times it with the cluster stage.)"""
    nrng = np.random.default_rng(seed)
    embedder = FakeEmbedder()
    base: dict[int, np.ndarray] = {}
    docs = []
    for k, article in enumerate(world_articles(rows, size, seed)):
        src = k % len(rows)
        sentences = text.split(article)
        if src not in base:
            row = rows[src]
            base[src] = embedder.embed([s.span.text for s in text.split(Article(row["id"], row["text"]))])
        vecs = base[src]
        rows_needed = len(sentences)
        vectors = np.resize(vecs, (rows_needed, vecs.shape[1])) if len(vecs) else np.zeros((rows_needed, 384))
        vectors = vectors + nrng.normal(0, NOISE, vectors.shape)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        docs.append(profile(Doc(article, Annotations(sentences=sentences), vectors.astype(np.float32))))
    return docs


def measure(docs: list[Profile]) -> tuple[float, float, int, int]:
    """(seconds, process peak RSS MiB so far, stories, duplicates) of one batch clustering and duplicate search."""
    start = time.perf_counter()
    stories = cluster(docs, Settings())
    dupes = find_duplicates(docs)
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return took, peak, len(set(stories.values())), len(dupes)


def agreement(a: dict[str, str], b: dict[str, str]) -> float:
    """BCubed F1 of clustering b against clustering a."""
    by_a: dict[str, set[str]] = {}
    by_b: dict[str, set[str]] = {}
    for x in a:
        by_a.setdefault(a[x], set()).add(x)
        by_b.setdefault(b[x], set()).add(x)
    p = sum(len(by_a[a[x]] & by_b[b[x]]) / len(by_b[b[x]]) for x in a) / len(a)
    r = sum(len(by_a[a[x]] & by_b[b[x]]) / len(by_a[a[x]]) for x in a) / len(a)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    """Print time, memory and growth per size, then stream-vs-batch agreement."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,6000,20000")
    ap.add_argument("--stream", type=int, default=300, help="articles fed one at a time for the agreement figure")
    a = ap.parse_args()
    rows = source_rows()
    previous: tuple[int, float] | None = None
    for size in (int(s) for s in a.sizes.split(",")):
        docs = make_corpus(rows, size)
        took, peak, n_stories, n_dupes = measure(docs)
        growth = ""
        if previous:
            growth = f"  growth exponent {math.log(took / previous[1]) / math.log(size / previous[0]):.2f}"
        print(f"{size:6d} articles: {took:7.2f} s  peak RSS {peak:7.1f} MiB  {n_stories} stories  {n_dupes} duplicates{growth}")
        previous = (size, took)
    if a.stream:
        docs = make_corpus(rows, a.stream, seed=1)
        random.Random(2).shuffle(docs)
        batch = cluster(docs, Settings())
        start = time.perf_counter()
        stream: dict[str, str] = {}
        for i in range(len(docs)):
            stream = cluster(docs[: i + 1], Settings(), existing=stream)
        took = time.perf_counter() - start
        print(
            f"stream vs batch ({a.stream} articles one at a time, shuffled, {took:.1f} s): "
            f"BCubed F1 {agreement(batch, stream):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
