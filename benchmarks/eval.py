"""`make eval`: newsfuse on the development sets, scored by ../shared/eval/score.py, beside the baselines.

For each set it runs `newsfuse analyze` from an empty store, prints the wall time and articles/second, and
the scores; then the baselines (TF-IDF clustering, LexRank summaries, textacy quotes, the contradiction
false-alarm sample) where their scripts are present.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWSFUSE = Path(sys.executable).parent / "newsfuse"
BASELINES = ["cluster_baseline.py", "summary_eval.py", "textacy_baseline.py", "contradictions_eval.py"]


def count_articles(path: Path) -> int:
    """Articles in a folder of .txt files or a JSONL file."""
    if path.is_dir():
        return len(list(path.glob("*.txt")))
    return sum(1 for line in path.read_text().splitlines() if line.strip())


def run_set(name: str, articles: Path, gold: Path, shared: Path, out: Path) -> None:
    """Analyse one dev set from an empty store and score it."""
    report = out / f"{name}.json"
    start = time.perf_counter()
    subprocess.run(
        [str(NEWSFUSE), "analyze", str(articles), "--json", str(report), "--db", str(out / f"{name}.db"), "-q"],
        check=True,
    )
    wall = time.perf_counter() - start
    n = count_articles(articles)
    print(f"\n== {name}: {n} articles in {wall:.1f} s ({n / wall:.1f} articles/s, model load included)")
    subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(report), str(gold), "--articles", str(articles)],
                   check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder with the dev sets")
    ap.add_argument("--only", choices=["seeds", "ecbplus", "polnear"], help="run one set only")
    ap.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    ap.add_argument("--keep", type=Path, help="keep the reports and stores in this folder")
    args = ap.parse_args()
    shared = Path(args.shared).resolve()
    sets = {
        "seeds": (shared / "seeds", shared / "dev" / "seeds.gold.json"),
        "ecbplus": (shared / "data" / "ecbplus-dev" / "articles.jsonl", shared / "data" / "ecbplus-dev" / "gold.json"),
        "polnear": (shared / "data" / "polnear-dev" / "articles.jsonl", shared / "data" / "polnear-dev" / "gold.json"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for name, (articles, gold) in sets.items():
            if args.only in (None, name):
                run_set(name, articles, gold, shared, out)
    if not args.no_baselines and args.only is None:
        for script in BASELINES:
            path = ROOT / "benchmarks" / script
            if path.exists():
                print(f"\n== baseline: {script}")
                subprocess.run([sys.executable, str(path)], check=False)  # each finds ../shared beside the repo
    return 0


if __name__ == "__main__":
    sys.exit(main())
