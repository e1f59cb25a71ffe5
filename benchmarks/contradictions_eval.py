"""Contradictions on the dev sets: the seeds' gold (found / traps / count) and the false-alarm rate on ecbplus-dev.

    .venv/bin/python benchmarks/contradictions_eval.py [--cache DIR] [--sample 20] [--seed 7]

ecbplus-dev has no gold contradictions: its stories are retellings of one event, so nearly everything
flagged there is a false alarm. The script prints contradictions per story and a random sample to read
by hand. The seeds are annotated in full; ecbplus-dev only gets what contradictions read (sentences, their
details and real sentence vectors; names stay empty), story by story. --cache keeps both pickled between
runs, under the annotation version, so a change to the annotations rebuilds them.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from devsets import SHARED, load_docs, load_scorer  # a sibling module: scripts run from benchmarks/

from newsfuse import text
from newsfuse.analyze import claims, entities, timeline
from newsfuse.analyze.contradictions import find_contradictions
from newsfuse.annotate import VERSION, details, nlp
from newsfuse.annotate import entities as annotate_entities
from newsfuse.annotate.embed import get_embedder
from newsfuse.model import Annotations, Article, Contradiction, Doc
from newsfuse.settings import Settings

SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "dev" / "seeds.gold.json"
ECB = SHARED / "data" / "ecbplus-dev"


def light_docs(articles: list[Article]) -> list[Doc]:
    """Docs with sentences, their details and real sentence vectors only: all that contradictions need (entity
    mentions only feed the details)."""
    model = Settings().spacy_model
    notes = []
    split = [text.split(a) for a in articles]
    for article, sentences, parse in zip(articles, split, nlp.parse([a.text for a in articles], split, model), strict=True):
        mentions = annotate_entities.find_mentions(article, sentences, parse)
        notes.append(Annotations(sentences=sentences, details=details.find_details(article, sentences, parse, mentions,
                                                                                   model=model)))
    vectors = get_embedder("minilm").embed([s.span.text for n in notes for s in n.sentences])
    out, i = [], 0
    for article, note in zip(articles, notes, strict=True):
        out.append(Doc(article, note, vectors[i : i + len(note.sentences)]))
        i += len(note.sentences)
    return out


def story_contradictions(docs: Sequence[Doc]) -> tuple[Contradiction, ...]:
    """What analyze_story would report for these docs, alignment left out (facts may be empty)."""
    _, names = entities.merge_entities(docs)
    dates = timeline.resolve_dates(docs, timeline.reference_date(docs))
    return find_contradictions((), claims.extract_claims(docs), docs, dates, names)


def as_json(c: Contradiction) -> dict[str, object]:
    """The report's shape of one contradiction (enough for score.py)."""
    return {
        "id": c.id, "kind": c.kind, "summary": c.summary, "within_article": c.within_article,
        "sides": [{"value": s.value, "evidence": [{"article": e.article, "start": e.start, "end": e.end,
                                                   "text": e.text} for e in s.evidence]} for s in c.sides],
    }


def seeds(cache: Path | None) -> None:
    """Score the seeds' one story with the shared scorer."""
    arts = [Article(p.stem, p.read_text()) for p in sorted(SEEDS.glob("*.txt"))]
    docs = load_docs(arts, cache / "seeds.pkl" if cache else None)
    found = story_contradictions(docs)
    report = {"stories": [{"articles": [d.id for d in docs], "contradictions": [as_json(c) for c in found]}]}
    m = load_scorer().score_contradictions(report, json.loads(SEEDS_GOLD.read_text()))
    print(f"seeds: found {m['recall']:.0%} of gold, reported {m['reported']}, "
          f"false_alarms_on_traps {m['false_alarms_on_traps']}")
    for c in found:
        print(f"  [{c.kind}{', within' if c.within_article else ''}] {c.summary}")


def ecbplus(cache: Path | None, sample: int, seed: int) -> None:
    """Contradictions per gold story on ecbplus-dev, and a random sample to read."""
    rows = [json.loads(line) for line in (ECB / "articles.jsonl").read_text().splitlines() if line.strip()]
    arts = {r["id"]: Article(r["id"], r["text"], title=r.get("title"), url=r.get("url"),
                             published=r.get("published")) for r in rows}
    stories = json.loads((ECB / "gold.json").read_text())["stories"]
    path = cache / f"ecbplus-dev-light-v{VERSION}.pkl" if cache else None
    built: dict[str, list[Doc]] = pickle.loads(path.read_bytes()) if path and path.exists() else {}
    took = 0.0
    found: list[tuple[str, Contradiction]] = []
    for sid, ids in sorted(stories.items()):
        if sid not in built:
            built[sid] = light_docs([arts[i] for i in sorted(ids) if i in arts])
            if path:
                path.write_bytes(pickle.dumps(built))
        start = time.perf_counter()
        found += [(sid, c) for c in story_contradictions(built[sid])]
        took += time.perf_counter() - start
    with_any = len({sid for sid, _ in found})
    print(f"ecbplus-dev: {len(found)} contradictions in {len(stories)} stories "
          f"({len(found) / len(stories):.2f} per story; {with_any} stories with any; {took:.0f} s)")
    kinds: dict[str, int] = {}
    for _, c in found:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print("  by kind:", dict(sorted(kinds.items())))
    picked = random.Random(seed).sample(found, min(sample, len(found)))
    for n, (sid, c) in enumerate(picked, 1):
        print(f"\n#{n} story {sid} [{c.kind}{', within' if c.within_article else ''}] {c.summary}")
        for s in c.sides:
            for e in s.evidence[:3]:
                print(f"    {s.value!r:>24} | {e.article}: {e.text[:220]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run both evaluations and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--cache", type=Path, help="folder for pickled annotated docs")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip-ecb", action="store_true")
    a = ap.parse_args(argv)
    seeds(a.cache)
    if not a.skip_ecb:
        ecbplus(a.cache, a.sample, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
