"""The cited summary against a standard extractive summariser (LexRank, via sumy) on the seeds and ecbplus-dev.

    .venv/bin/python benchmarks/summary_eval.py [--cache DIR] [--stories N]

Both summarisers read the same content sentences (boilerplate left out) of one story's articles and give
as many sentences as newsfuse's summary has. For each, the script prints:

- supported: the share of summary sentences whose words occur (>= 0.8, the dev scorer's rule) in an
  article they cite (LexRank cites the article each sentence came from);
- covered: the share of the story's corroborated facts (newsfuse's alignment) that a summary sentence
  states, i.e. whose evidence overlaps the summary sentence's span in the same article;
- the time taken per story, wall and CPU (CPU time is the steadier figure on a shared machine), and
  newsfuse's whole per-story analysis time.

ecbplus-dev articles are grouped by the gold stories. Docs are annotated with the real models (slow);
--cache keeps them pickled between runs; --stories takes the first N gold stories only.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from devsets import SHARED, load_docs, load_scorer  # a sibling module: scripts run from benchmarks/

from newsfuse.analyze import analyze_story
from newsfuse.analyze.align import align
from newsfuse.analyze.claims import extract_claims
from newsfuse.analyze.summary import summarize
from newsfuse.model import Article, Doc, Fact, Span
from newsfuse.settings import Settings

SEEDS = SHARED / "seeds"
ECB = SHARED / "data" / "ecbplus-dev"
WORD = re.compile(r"\w+")


class _Words:
    """The tokenizer sumy's document model asks for."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return WORD.findall(text)


def lexrank(docs: Sequence[Doc], count: int) -> list[Span]:
    """LexRank's `count` best content sentences of the story, as spans of the articles they came from."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    origin: dict[str, Span] = {}
    paragraphs = []
    for d in docs:
        sentences = []
        for s in d.annotations.content():
            origin.setdefault(s.span.text.strip(), s.span)
            sentences.append(SumySentence(s.span.text, _Words()))
        if sentences:
            paragraphs.append(Paragraph(sentences))
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    picked = summarizer(ObjectDocumentModel(paragraphs), count)
    return [origin[str(s)] for s in picked]


def covered(facts: Sequence[Fact], spans: Sequence[Span]) -> float | None:
    """Share of the corroborated facts whose evidence overlaps one of the summary's spans."""
    core = [f for f in facts if f.independent_sources >= 2]
    if not core:
        return None
    hit = sum(
        any(e.article == s.article and e.start < s.end and s.start < e.end for e in f.evidence for s in spans)
        for f in core
    )
    return hit / len(core)


def evaluate(name: str, stories: dict[str, list[Doc]], score: ModuleType) -> None:
    """Print both summarisers' figures over these stories."""
    keys = ("nf_sup", "lr_sup", "nf_cov", "lr_cov", "nf_t", "lr_t", "story_t", "nf_cpu", "lr_cpu", "story_cpu")
    rows: dict[str, list[float]] = {k: [] for k in keys}
    for docs in stories.values():
        texts = {d.id: d.article.text for d in docs}
        t, c = time.perf_counter(), time.process_time()
        facts = align(extract_claims(docs), docs, {})
        summary = summarize(facts, (), docs, {})
        rows["nf_t"].append(time.perf_counter() - t)
        rows["nf_cpu"].append(time.process_time() - c)
        if not summary:
            continue
        t, c = time.perf_counter(), time.process_time()
        picked = lexrank(docs, len(summary))
        rows["lr_t"].append(time.perf_counter() - t)
        rows["lr_cpu"].append(time.process_time() - c)
        rows["nf_sup"] += [any(score.overlap(s.text, texts[a]) >= 0.8 for a in s.articles) for s in summary]
        rows["lr_sup"] += [score.overlap(s.text, texts[s.article]) >= 0.8 for s in picked]
        for key, spans in (("nf_cov", [e for s in summary for e in s.evidence]), ("lr_cov", picked)):
            share = covered(facts, spans)
            if share is not None:
                rows[key].append(share)
        t, c = time.perf_counter(), time.process_time()
        analyze_story("s", docs, {}, Settings())
        rows["story_t"].append(time.perf_counter() - t)
        rows["story_cpu"].append(time.process_time() - c)

    def mean(key: str) -> str:
        return f"{statistics.fmean(rows[key]):.3f}" if rows[key] else "n/a"

    print(f"{name}: {len(stories)} stories, {sum(len(d) for d in stories.values())} articles")
    print(f"  {'':10s} {'supported':>10s} {'covered':>10s} {'wall s':>10s} {'cpu s':>10s}  (per story)")
    for label, k in (("newsfuse", "nf"), ("LexRank", "lr")):
        print(f"  {label:10s} {mean(k + '_sup'):>10s} {mean(k + '_cov'):>10s} {mean(k + '_t'):>10s} {mean(k + '_cpu'):>10s}")
    print("  (newsfuse's time is claims + alignment + summary; LexRank's is its summary alone)")
    if rows["story_t"]:
        print(
            f"  whole story analysis: wall mean {mean('story_t')} s (max {max(rows['story_t']):.3f}), "
            f"cpu mean {mean('story_cpu')} s (max {max(rows['story_cpu']):.3f}) per story"
        )


def main() -> None:
    """Run the comparison on the seeds and on ecbplus-dev."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="folder for pickled annotated docs")
    ap.add_argument("--stories", type=int, default=0, help="only the first N ecbplus-dev gold stories (0: all)")
    a = ap.parse_args()
    score = load_scorer()

    seeds = [Article(p.stem, p.read_text()) for p in sorted(SEEDS.glob("*.txt"))]
    evaluate("seeds", {"seeds": load_docs(seeds, a.cache / "seeds.pkl" if a.cache else None)}, score)

    gold = json.loads((ECB / "gold.json").read_text())["stories"]
    keys = sorted(gold)[: a.stories] if a.stories else sorted(gold)
    rows = {r["id"]: r for r in map(json.loads, (ECB / "articles.jsonl").read_text().splitlines()) if r}
    articles = [Article(i, rows[i]["text"], title=rows[i].get("title")) for k in keys for i in gold[k] if i in rows]
    docs = {d.id: d for d in load_docs(articles, a.cache / f"ecbplus-{len(keys)}.pkl" if a.cache else None)}
    stories = {k: sorted((docs[i] for i in gold[k] if i in docs), key=lambda d: d.id) for k in keys}
    evaluate("ecbplus-dev", stories, score)


if __name__ == "__main__":
    main()
