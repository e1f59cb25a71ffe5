"""Score quotes, speakers and upstream sources on the dev sets, before the full CLI exists.

Annotates the PolNeAR dev articles (one story per article) and the five seed articles (one story), runs the
quote grouping and the source grouping, writes a minimal report JSON to a temporary folder and scores it with
the shared scorer. Prints the scorer's figures; asserts nothing.

    .venv/bin/python benchmarks/quotes_eval.py [--polnear PATH] [--seeds DIR] [--keep DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsfuse.analyze.quotes import group_quotes
from newsfuse.analyze.sources import group_sources
from newsfuse.annotate import annotate
from newsfuse.model import Article, Doc
from newsfuse.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"


def read_jsonl(path: Path) -> list[Article]:
    """Articles of a JSONL file (id, text, outlet, title, published)."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [Article(r["id"], r["text"], r.get("outlet"), r.get("title"), r.get("published")) for r in rows]


def read_folder(path: Path) -> list[Article]:
    """Articles of a folder of .txt files, the file stem as id."""
    return [Article(f.stem, f.read_text()) for f in sorted(path.glob("*.txt"))]


def story(story_id: str, docs: Sequence[Doc]) -> dict[str, Any]:
    """A report story holding just quotes and cited sources."""
    cited, main = group_sources(docs)
    return {
        "id": story_id,
        "title": story_id,
        "articles": [d.id for d in docs],
        "quotes": [dataclasses.asdict(q) for q in group_quotes(docs, {}, {})],
        "cited_sources": [dataclasses.asdict(c) for c in cited],
        "main_source": main,
    }


def report(docs: Sequence[Doc], stories: list[dict[str, Any]]) -> dict[str, Any]:
    """A minimal report in the contract's shape."""
    articles: list[dict[str, Any]] = [
        {"id": d.id, "outlet": d.article.outlet, "title": d.article.title, "published": d.article.published,
         "url": None, "duplicate_of": None, "warnings": []}
        for d in docs
    ]
    return {"format": "newsfuse.report/1", "articles": articles, "rejected": [], "stories": stories}


def score(report_json: dict[str, Any], gold: Path, out: Path, extra: Sequence[str] = ()) -> str:
    """Write the report and run the shared scorer on it."""
    out.write_text(json.dumps(report_json, indent=1, ensure_ascii=False))
    done = subprocess.run([sys.executable, str(SCORER), str(out), str(gold), *extra], capture_output=True, text=True)
    return done.stdout + done.stderr


def main() -> int:
    """Run both dev sets and print the scores."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear-dev")
    ap.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    ap.add_argument("--keep", type=Path, help="write the reports here instead of a temporary folder")
    a = ap.parse_args()
    settings = Settings(embedder="fake")
    with tempfile.TemporaryDirectory() as tmp:
        where = a.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        docs = annotate(read_jsonl(a.polnear / "articles.jsonl"), settings)
        polnear = report(docs, [story(d.id, [d]) for d in docs])
        print("== polnear-dev")
        print(score(polnear, a.polnear / "gold.json", where / "polnear.report.json"))
        seeds = annotate(read_folder(a.seeds), settings)
        print("== seeds")
        gold = a.seeds.parent / "dev" / "seeds.gold.json"
        seeds_report = report(seeds, [story("S", seeds)])
        print(score(seeds_report, gold, where / "seeds.report.json", ["--articles", str(a.seeds)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
