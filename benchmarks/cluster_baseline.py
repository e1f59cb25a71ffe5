"""Story clustering on ecbplus-dev: newsfuse against the plain baseline, scored by the shared scorer.

The baseline is what one would try first: scikit-learn TF-IDF over the article text and average-link
AgglomerativeClustering on cosine distance, its distance threshold tuned on the very data it is scored on
(so it is an optimistic baseline). newsfuse's clustering runs with no tuning at run time.

    python benchmarks/cluster_baseline.py [--data DIR] [--cache PICKLE]

Prints BCubed and pairwise P/R/F1 for both, plus newsfuse's stream-vs-batch agreement. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import ModuleType

import numpy as np
from devsets import SHARED, load_docs, load_scorer  # a sibling module: scripts run from benchmarks/
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.cluster.profile import profile
from newsfuse.cluster.stories import cluster
from newsfuse.model import Article
from newsfuse.settings import Settings

THRESHOLDS = np.round(np.arange(0.50, 1.00, 0.025), 3)  # cosine distances tried for the baseline


def read_articles(path: Path) -> list[Article]:
    """Articles from a JSONL file, published dates parsed to ISO where possible."""
    from dateutil import parser as dateparser

    out = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        published = None
        if row.get("published"):
            try:
                published = dateparser.parse(row["published"], fuzzy=True).date().isoformat()
            except (ValueError, OverflowError):
                published = None
        out.append(Article(row["id"], row["text"], title=row.get("title"), published=published, url=row.get("url")))
    return out


def groups(assignment: dict[str, str]) -> list[dict[str, object]]:
    """Report-shaped stories from an article -> story mapping."""
    by: dict[str, list[str]] = {}
    for a, s in assignment.items():
        by.setdefault(s, []).append(a)
    return [{"id": s, "articles": arts} for s, arts in by.items()]


def baseline(articles: list[Article], gold: dict[str, list[str]], score: ModuleType) -> tuple[float, dict[str, float]]:
    """The best (threshold, metrics) of TF-IDF + average-link agglomerative clustering."""
    texts = [f"{a.title or ''}\n{a.text}" for a in articles]
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(texts).toarray()
    best: tuple[float, dict[str, float]] = (0.0, {"bcubed_f1": -1.0})
    for t in THRESHOLDS:
        labels = AgglomerativeClustering(
            n_clusters=None, distance_threshold=float(t), metric="cosine", linkage="average"
        ).fit_predict(x)
        got = {a.id: f"b{label}" for a, label in zip(articles, labels)}
        m = score.clustering({"stories": groups(got)}, gold)
        if m["bcubed_f1"] > best[1]["bcubed_f1"]:
            best = (float(t), m)
    return best


def show(name: str, m: dict[str, float]) -> None:
    """One line of figures."""
    keys = ("bcubed_p", "bcubed_r", "bcubed_f1", "pair_p", "pair_r", "pair_f1")
    figures = "  ".join(f"{k} {m[k]:.3f}" for k in keys)
    print(f"{name:34s} {figures}  stories {m['report_stories']}/{m['gold_stories']}")


def main() -> int:
    """Score both and print."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "ecbplus-dev")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the annotated Docs, reused when it matches")
    ap.add_argument("--no-stream", action="store_true", help="skip the one-at-a-time stream run")
    a = ap.parse_args()
    score = load_scorer()
    gold = json.loads((a.data / "gold.json").read_text())["stories"]
    articles = read_articles(a.data / "articles.jsonl")

    t, m = baseline(articles, gold, score)
    show(f"baseline tfidf+agglo (t={t:.3f})", m)

    docs = [profile(d) for d in load_docs(articles, a.cache)]
    start = time.perf_counter()
    batch = cluster(docs, Settings())
    took = time.perf_counter() - start
    show(f"newsfuse batch ({took:.1f}s)", score.clustering({"stories": groups(batch)}, gold))

    if not a.no_stream:
        start = time.perf_counter()
        stream: dict[str, str] = {}
        for i in range(len(docs)):
            stream = cluster(docs[: i + 1], Settings(), existing=stream)
        took = time.perf_counter() - start
        show(f"newsfuse stream ({took:.1f}s)", score.clustering({"stories": groups(stream)}, gold))
        agree = score.clustering({"stories": groups(stream)}, {s: [x for x in arts] for s, arts in _by(batch).items()})
        print(f"stream vs batch agreement: bcubed_f1 {agree['bcubed_f1']:.3f}  pair_f1 {agree['pair_f1']:.3f}")
    return 0


def _by(assignment: dict[str, str]) -> dict[str, list[str]]:
    by: dict[str, list[str]] = {}
    for a, s in assignment.items():
        by.setdefault(s, []).append(a)
    return by


if __name__ == "__main__":
    sys.exit(main())
