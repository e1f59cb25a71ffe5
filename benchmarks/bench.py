"""`make bench`: how fast and how big newsfuse runs on this machine. Prints figures; asserts nothing about time.

    .venv/bin/python benchmarks/bench.py [--shared ../shared] [--sizes 100,300] [--only stages,e2e,ray,cold,cluster]

- stages: for each corpus size (ecbplus-dev's articles, resampled past 772 with new ids; `--sizes 100,772,2000`
  for the full set, about 25 minutes more on 2 cores), one fresh process
  runs the stages one after another: ingest+sentences, annotate (spaCy and the rule annotators, fake vectors),
  embed (all-MiniLM-L6-v2 over every sentence), cluster (duplicates + stories), analyze (every story).
  Each prints articles/s and the process's peak memory (RSS) during that stage; model loads are included
  in the stage that first needs them.
- e2e: `newsfuse analyze corpus.jsonl --db <empty store>` as a subprocess on ecbplus-dev's 772 articles
  (the real CLI, imports and model loads included): articles/s and peak RSS.
- ray: the same corpus of the smallest size through pipeline.run with the local engine and with Ray (2 CPUs).
- cold: `newsfuse analyze examples/seeds --json ... --db <fresh store>` cold, then warm (same store again),
  and one story analysed again from the store's cached work.
- cluster: benchmarks/cluster_bench.py (the 20,000-article clustering scale) when it exists.
- scale (not in the default set: ~30 minutes on 2 cores with `--embedder fake`, about twice that with the model):
  `newsfuse analyze` from an empty store on 20,000 articles built like cluster_bench's corpora (worlds of
  renamed, perturbed ecbplus-dev copies), peak RSS of the whole process tree. Fake vectors have the model's shape,
  so they take the same memory in the store and in clustering; the embedding model itself is not loaded.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
NEWSFUSE = Path(sys.executable).parent / "newsfuse"
E2E_SIZE = 772  # ecbplus-dev as it is: the size the project's throughput goal is stated for
RAY_CPUS = 2
DEFAULT_SIZES = "100,300"  # with the 772-article end to end, ~10 minutes on 2 cores; 772,2000 take ~5 and ~15 more
RESAMPLE_SEED = 7  # fixed, so every run benchmarks the same corpus
TREE_EVERY = 10  # RSS samples (50 ms apart) between lookups of the measured process's workers


# --------------------------------------------------------------------------- measuring


def peak_rss_mb() -> float:
    """This process's peak resident memory since the last reset_peak(), in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM); a no-op elsewhere."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def run_measured(cmd: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB of the child and its worker processes together, stdout) of a command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = [0.0]
    sampler = threading.Thread(target=_sample_tree_rss, args=(proc, peak), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')[-3000:]}")
    return wall, peak[0], out.decode()


def _sample_tree_rss(proc: subprocess.Popen[bytes], peak: list[float]) -> None:
    """Every 50 ms until proc ends, the summed RSS (MiB) of proc and its descendants; the largest in peak[0].
    The descendants are looked up every TREE_EVERY samples only: walking all of /proc every time took 4% of a
    core, which the run being measured lost."""
    page = os.sysconf("SC_PAGE_SIZE")
    tree = {proc.pid}
    for tick in itertools.count():
        if proc.poll() is not None:
            return
        if tick % TREE_EVERY == 0:
            tree = _descendants(proc.pid)
        rss = 0
        for pid in tree:
            try:
                rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
            except (OSError, ValueError, IndexError):
                continue  # ended since the tree was looked up
        peak[0] = max(peak[0], rss / 2**20)
        time.sleep(0.05)


def _descendants(root: int) -> set[int]:
    """root and the processes under it."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, grew = {root}, True
    while grew:
        more = {p for p, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return tree


def row(label: str, articles: int, seconds: float, peak_mb: float, extra: str = "") -> None:
    """One line of figures."""
    rate = articles / seconds if seconds > 0 else float("inf")
    print(f"  {label:<28} {articles:>6} art {seconds:>8.2f} s {rate:>9.1f} art/s {peak_mb:>8.0f} MiB peak  {extra}")


# --------------------------------------------------------------------------- corpora


def corpus(shared: Path, size: int) -> list[dict[str, Any]]:
    """`size` ecbplus-dev articles: all of them in file order, then random repeats with new ids."""
    lines = (shared / "data" / "ecbplus-dev" / "articles.jsonl").read_text().splitlines()
    base = [json.loads(x) for x in lines if x.strip()]
    if size <= len(base):
        return base[:size]
    rng = random.Random(RESAMPLE_SEED)
    extra = [{**rng.choice(base)} for _ in range(size - len(base))]
    for i, a in enumerate(extra):
        a["id"] = f"{a['id']}~r{i}"  # a repeat is a syndicated copy: same text, another id
    return base + extra


def write_jsonl(items: list[dict[str, Any]], path: Path) -> Path:
    """The corpus as JSON Lines, what `newsfuse analyze` reads."""
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items))
    return path


# --------------------------------------------------------------------------- stages (in a child process)


def stages_child(jsonl: Path, embedder: str) -> None:
    """Run the stages one after another in this process and print one JSON line per stage."""
    from newsfuse import annotate, ingest, text
    from newsfuse.analyze import analyze_story
    from newsfuse.annotate import embed
    from newsfuse.cluster import duplicates as dupes
    from newsfuse.cluster import stories as clustering
    from newsfuse.cluster.profile import profile
    from newsfuse.model import Article, Doc
    from newsfuse.settings import Settings
    from newsfuse.text import clauses

    settings = Settings(db=":memory:", embedder="fake")

    def stage(name: str, work: Callable[[], Any], n: int | None = None) -> Any:
        reset_peak()
        started = time.perf_counter()
        out = work()
        seconds = time.perf_counter() - started
        print(json.dumps({"stage": name, "seconds": seconds, "peak_mb": peak_rss_mb(), "n": n}), flush=True)
        return out

    def read() -> list[Article]:
        items = [a for a in ingest.read_inputs([str(jsonl)], settings) if isinstance(a, Article)]
        for a in items:
            text.split(a)
        return items

    articles: list[Article] = stage("ingest+sentences", read)
    batches = [articles[i : i + settings.batch_size] for i in range(0, len(articles), settings.batch_size)]
    notes = stage("annotate (spaCy)", lambda: [n for b in batches for n in annotate.read(b, settings)])
    pieces = [[p.text for p in clauses.pieces(n.sentences)] for n in notes]
    model = embed.get_embedder(embedder)

    def embedded() -> list[Doc]:
        return annotate.with_vectors(articles, notes, _per_article(pieces, model.embed([t for ts in pieces for t in ts])))

    docs: list[Doc] = stage(f"embed ({sum(map(len, pieces))} sentences and clauses)", embedded)
    real = settings.with_(embedder=embedder)

    def clusters() -> tuple[dict[str, str], dict[str, str]]:
        profiles = [profile(d) for d in docs]
        copies = dupes.find_duplicates(profiles)
        return clustering.cluster(profiles, real), copies

    assignments, copies = stage("cluster", clusters)
    by_story: dict[str, list[Doc]] = {}
    for d in docs:
        by_story.setdefault(assignments[d.id], []).append(d)
    per_story: list[float] = []

    def analyse() -> None:
        for sid, members in sorted(by_story.items()):
            mine = {d.id for d in members}
            local = {c: o for c, o in copies.items() if c in mine and o in mine}
            started = time.perf_counter()
            analyze_story(sid, sorted(members, key=lambda d: d.id), local, real)
            per_story.append(time.perf_counter() - started)

    stage(f"analyze ({len(by_story)} stories)", analyse)
    print(json.dumps({"per_story_mean": sum(per_story) / len(per_story), "per_story_max": max(per_story)}))


def _per_article(texts: Sequence[Sequence[str]], vectors: Any) -> list[Any]:
    """The rows of `vectors` (one per text of each article in turn) cut into each article's."""
    import numpy as np

    return np.split(vectors, np.cumsum([len(ts) for ts in texts[:-1]]))


def bench_stages(shared: Path, sizes: list[int], tmp: Path, embedder: str) -> None:
    """Per-stage figures at each corpus size, each size in a fresh process."""
    print("\nstages (one fresh process per size; peak = the process's RSS high-water mark during the stage)")
    for size in sizes:
        jsonl = write_jsonl(corpus(shared, size), tmp / f"corpus-{size}.jsonl")
        cmd = [sys.executable, __file__, "--child-stages", str(jsonl), "--embedder", embedder]
        wall, peak, out = run_measured(cmd)
        print(f" {size} articles (process wall {wall:.1f} s, imports and model loads included; peak {peak:.0f} MiB)")
        total = 0.0
        for line in out.splitlines():
            figures = json.loads(line)
            if "stage" in figures:
                total += figures["seconds"]
                row(figures["stage"], size, figures["seconds"], figures["peak_mb"])
            else:
                print(f"  {'per story':<28} mean {figures['per_story_mean']:.3f} s, max {figures['per_story_max']:.3f} s")
        row("sum of stages", size, total, peak)


# --------------------------------------------------------------------------- end to end


def bench_e2e(shared: Path, tmp: Path, embedder: str) -> None:
    """The CLI on ecbplus-dev from an empty store, model load included."""
    print(f"\nend to end: newsfuse analyze <{E2E_SIZE} articles> --db <empty store> (cold process)")
    jsonl = write_jsonl(corpus(shared, E2E_SIZE), tmp / "e2e.jsonl")
    db = tmp / "e2e.db"
    cmd = [str(NEWSFUSE), "analyze", str(jsonl), "--json", str(tmp / "e2e.json"), "--db", str(db), "-q"]
    cmd += ["--embedder", embedder]
    wall, peak, _ = run_measured(cmd)
    row("e2e, empty store", E2E_SIZE, wall, peak)


def bench_ray(shared: Path, size: int, tmp: Path, embedder: str) -> None:
    """pipeline.run on one corpus with the local engine, then with Ray on 2 CPUs (fresh stores)."""
    print(f"\nlocal vs Ray ({RAY_CPUS} CPUs), pipeline.run on {size} articles, fresh store each, model loads included")
    jsonl = write_jsonl(corpus(shared, size), tmp / f"ray-{size}.jsonl")
    for engine in ("local", "ray"):
        cmd = [sys.executable, __file__, "--child-run", str(jsonl), "--engine", engine, "--embedder", embedder]
        cmd += ["--db", str(tmp / f"ray-{engine}.db")]
        wall, peak, out = run_measured(cmd)
        inner = json.loads(out.splitlines()[-1])
        row(f"engine={engine}", size, inner["seconds"], peak, f"(process {wall:.1f} s; Ray start {inner['start']:.1f} s)")


def run_child_main(jsonl: Path, engine: str, db: str, embedder: str) -> None:
    """pipeline.run once and print its time (the engine started first, so its start is shown apart)."""
    from newsfuse import pipeline
    from newsfuse.settings import Settings

    settings = Settings(db=db, engine=engine, embedder=embedder)
    started = time.perf_counter()
    if engine == "ray":
        from newsfuse.engine.ray import RayExecutor

        RayExecutor(None, num_cpus=RAY_CPUS).map(abs, [1])  # the pipeline's executors join this cluster
    start = time.perf_counter() - started
    started = time.perf_counter()
    pipeline.run([str(jsonl)], settings)
    print(json.dumps({"seconds": time.perf_counter() - started, "start": start}))


def bench_cold(tmp: Path, embedder: str) -> None:
    """The seeds command cold (fresh store) and warm (same store), and one story again from the store."""
    print("\ncold start: newsfuse analyze examples/seeds --json ... --db <fresh store>")
    db = tmp / "seeds.db"
    cmd = [str(NEWSFUSE), "analyze", str(SEEDS), "--json", str(tmp / "seeds.json"), "--db", str(db), "-q"]
    cmd += ["--embedder", embedder]
    n = len(list(SEEDS.glob("*.txt")))
    for label in ("cold (fresh store)", "warm (same store)"):
        wall, peak, _ = run_measured(cmd)
        row(label, n, wall, peak)
    wall, peak, out = run_measured([sys.executable, __file__, "--child-story", str(db), "--embedder", embedder])
    figures = json.loads(out)
    print(
        f"  one story ({figures['articles']} articles) again from the store, models loaded: "
        f"reading its cached work {figures['load']:.2f} s, analysing it {figures['analyze']:.2f} s"
    )


def story_child_main(db: str, embedder: str) -> None:
    """Analyse the biggest story of a store from its cached work, the spaCy model loaded first (not timed)."""
    from newsfuse import pipeline
    from newsfuse.analyze import analyze_story
    from newsfuse.annotate import nlp
    from newsfuse.settings import Settings
    from newsfuse.store import open_store

    settings = Settings(db=db, embedder=embedder)
    store = open_store(db)
    nlp.load(settings.spacy_model)
    started = time.perf_counter()
    articles = store.articles()
    assignments, copies = store.assignments(), store.duplicates()
    sid = max(set(assignments.values()), key=lambda s: sum(1 for a in assignments.values() if a == s))
    mine = sorted((a for a in articles if assignments[a.id] == sid), key=lambda a: a.id)
    members = list(pipeline.load_docs(store, mine, settings))
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    ids = {d.id for d in members}
    analyze_story(sid, members, {c: o for c, o in copies.items() if c in ids}, settings)
    print(json.dumps({"load": loaded, "analyze": time.perf_counter() - started, "articles": len(members)}))


def bench_cluster() -> None:
    """The clustering engineer's 20,000-article benchmark, when it is there."""
    script = ROOT / "benchmarks" / "cluster_bench.py"
    if not script.exists():
        print("\ncluster scale: benchmarks/cluster_bench.py is not there; skipped")
        return
    print("\ncluster scale (benchmarks/cluster_bench.py)")
    wall, peak, out = run_measured([sys.executable, str(script)])
    print(out.rstrip())
    print(f"  (process {wall:.1f} s, peak {peak:.0f} MiB)")


def bench_scale(shared: Path, size: int, tmp: Path, embedder: str) -> None:
    """The CLI on `size` world articles from an empty store: the whole pipeline's memory at scale."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cluster_bench

    print(f"\nscale: newsfuse analyze <{size} world articles> --db <empty store> --embedder {embedder} (cold process)")
    articles = cluster_bench.world_articles(cluster_bench.source_rows(), size)
    jsonl = write_jsonl([{"id": a.id, "title": a.title, "text": a.text} for a in articles], tmp / "scale.jsonl")
    cmd = [str(NEWSFUSE), "analyze", str(jsonl), "--db", str(tmp / "scale.db"), "-q", "--embedder", embedder]
    wall, peak, _ = run_measured(cmd + ["--json", str(tmp / "scale.json")])
    row("e2e, empty store", size, wall, peak)


def main() -> None:
    """Parse arguments and run the benchmarks asked for."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="corpus sizes for the stages (e.g. 100,772,2000)")
    parser.add_argument("--only", default="stages,e2e,ray,cold,cluster")
    parser.add_argument("--embedder", default="minilm", choices=["minilm", "fake"])
    parser.add_argument("--scale-size", type=int, default=20_000, help="articles for --only scale")
    parser.add_argument("--child-stages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-run", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-story", help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--db", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_stages:
        return stages_child(args.child_stages, args.embedder)
    if args.child_run:
        return run_child_main(args.child_run, args.engine, args.db, args.embedder)
    if args.child_story:
        return story_child_main(args.child_story, args.embedder)

    sizes = [int(s) for s in args.sizes.split(",")]
    only = set(args.only.split(","))
    from newsfuse.annotate import embed

    runtime = embed.MiniLMEmbedder().runtime if args.embedder == "minilm" else "fake"
    print(f"newsfuse bench on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; embedder {runtime}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsfuse-bench-") as d:
        tmp = Path(d)
        if "cold" in only:
            bench_cold(tmp, args.embedder)
        if "stages" in only:
            bench_stages(args.shared, sizes, tmp, args.embedder)
        if "e2e" in only:
            bench_e2e(args.shared, tmp, args.embedder)
        if "ray" in only:
            bench_ray(args.shared, min(sizes), tmp, args.embedder)
        if "cluster" in only:
            bench_cluster()
        if "scale" in only:
            bench_scale(args.shared, args.scale_size, tmp, args.embedder)
    print(f"\nbench took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
