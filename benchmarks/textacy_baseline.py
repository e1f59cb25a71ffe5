"""Baseline: textacy's direct_quotations on the PolNeAR dev articles, scored like newsfuse's quotes.

Parses each article with the same spaCy pipeline newsfuse uses, runs
`textacy.extract.triples.direct_quotations`, writes the triples as a minimal report (one story per article)
and scores it with the shared scorer. textacy is not a newsfuse dependency; install it without its
dependency pins (`.venv/bin/pip install textacy --no-deps cytoolz toolz cachetools jellyfish floret`).

    .venv/bin/python benchmarks/textacy_baseline.py [--polnear PATH] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from newsfuse.annotate import nlp
from newsfuse.model import content_hash
from newsfuse.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
MARKS = "\"'“”‘’«»„ "


def quotes_of(article_id: str, text: str, doc: Any) -> list[dict[str, Any]]:
    """textacy's direct quotations of one article, as report quote groups."""
    from textacy.extract.triples import direct_quotations

    out = []
    for speaker, cue, content in direct_quotations(doc):
        start, end = content.start_char, content.end_char
        while start < end and text[start] in MARKS:
            start += 1
        while end > start and text[end - 1] in MARKS:
            end -= 1
        said = text[speaker[0].idx : speaker[-1].idx + len(speaker[-1].text)] if speaker else None
        evidence = {"article": article_id, "start": start, "end": end, "text": text[start:end], "speaker_text": said}
        out.append({"id": content_hash(article_id, str(start)), "speaker": said, "text": text[start:end],
                    "direct": True, "articles": [article_id], "single_source": True, "evidence": [evidence],
                    "cue": " ".join(t.text for t in cue)})
    return out


def main() -> int:
    """Run textacy over PolNeAR dev and print the scorer's figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear-dev")
    ap.add_argument("--keep", type=Path, help="write the report here instead of a temporary folder")
    a = ap.parse_args()
    rows = [json.loads(line) for line in (a.polnear / "articles.jsonl").read_text().splitlines() if line.strip()]
    docs = nlp.load(Settings().spacy_model).pipe(r["text"] for r in rows)  # spaCy as it comes: the baseline
    stories, failed = [], 0
    for row, doc in zip(rows, docs, strict=True):
        try:
            found = quotes_of(row["id"], row["text"], doc)
        except Exception as ex:  # textacy's heuristics raise on some texts: count them, keep going
            failed += 1
            print(f"{row['id']}: textacy failed: {ex!r}", file=sys.stderr)
            found = []
        stories.append({"id": row["id"], "title": row["id"], "articles": [row["id"]], "quotes": found})
    articles = [{"id": r["id"], "outlet": r.get("outlet"), "title": r.get("title"), "published": r.get("published"),
                 "url": None, "duplicate_of": None, "warnings": []} for r in rows]
    report = {"format": "newsfuse.report/1", "articles": articles, "rejected": [], "stories": stories}
    with tempfile.TemporaryDirectory() as tmp:
        where = a.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        path = where / "textacy.report.json"
        path.write_text(json.dumps(report, indent=1, ensure_ascii=False))
        gold = a.polnear / "gold.json"
        done = subprocess.run([sys.executable, str(SCORER), str(path), str(gold)], capture_output=True, text=True)
    print(f"== textacy direct_quotations on polnear-dev ({failed} articles failed)")
    print(done.stdout + done.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
