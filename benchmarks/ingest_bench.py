"""Ingest and sentence-splitting throughput: articles per second over a corpus (ecbplus-dev by default).

    .venv/bin/python benchmarks/ingest_bench.py [INPUT ...] [--repeat N]

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsfuse import text
from newsfuse.ingest import read_inputs
from newsfuse.model import Article
from newsfuse.settings import Settings

DEFAULT_INPUT = str(Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus-dev" / "articles.jsonl")


def main() -> None:
    """Time ingest alone, then ingest plus text.split, over the inputs."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[DEFAULT_INPUT])
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    args = ap.parse_args()
    settings = Settings()
    text.split(Article(id="warm", text="Warm the Punkt model up. Then measure."))

    def ingest() -> tuple[int, int, int]:
        items = list(read_inputs(args.inputs, settings))
        articles = [i for i in items if isinstance(i, Article)]
        return len(articles), len(items) - len(articles), sum(len(a.text) for a in articles)

    def ingest_and_split() -> tuple[int, int, int]:
        n = sentences = flagged = 0
        for item in read_inputs(args.inputs, settings):
            if isinstance(item, Article):
                n += 1
                split = text.split(item)
                sentences += len(split)
                flagged += sum(s.boilerplate is not None for s in split)
        return n, sentences, flagged

    best_ingest, (n, rejected, chars) = _best(ingest, args.repeat)
    best_both, (_, sentences, flagged) = _best(ingest_and_split, args.repeat)
    print(f"inputs: {' '.join(args.inputs)}")
    print(f"articles: {n}  rejected: {rejected}  characters: {chars:,}  sentences: {sentences:,}  boilerplate: {flagged}")
    print(f"ingest:          {best_ingest:.3f} s  {n / best_ingest:,.0f} articles/s")
    print(f"ingest + split:  {best_both:.3f} s  {n / best_both:,.0f} articles/s  {sentences / best_both:,.0f} sentences/s")


def _best(run: object, repeat: int) -> tuple[float, tuple[int, int, int]]:
    """The fastest of `repeat` runs and its result."""
    assert callable(run)
    best, result = float("inf"), (0, 0, 0)
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


if __name__ == "__main__":
    main()
