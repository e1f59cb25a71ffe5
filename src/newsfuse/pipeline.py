"""The pipeline, one article from input to report:

    read_inputs → store articles → annotate (saved per article) → profiles → duplicates + clustering (adds to
    the stories already in the store) → analyze each story the run touched → Report.

Per-article work runs in batches through the engine and is saved as batches finish, so a killed run loses at
most the batches in flight, and a re-run redoes nothing that was saved. A story whose articles and their
work are unchanged is not analysed again: its stored analysis is reused.

Memory stays bounded by what clustering reads (a small Profile per article), not by the articles' Docs: a Doc
is profiled as it is made (one saved by an earlier run is decoded for it, a chunk at a time), and each story's
Docs are decoded where the story is analysed.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import annotate, engine, ingest
from .analyze import analyze_story
from .cluster import duplicates as dupes
from .cluster import stories as clustering
from .cluster.profile import Profile, profile
from .errors import InputError, StoreError
from .model import Annotations, Article, Doc, Rejected, Report, ReportArticle, Story, content_hash
from .report.json import story_dict
from .settings import Settings
from .store import Store, open_store
from .store.codec import doc_from_bytes, doc_to_bytes, from_plain

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Progress = Callable[[str, int, int], None]  # (stage, done, total)
LOAD_CHUNK = 1000  # saved work read from the store this many articles at a time
MIN_BATCH = 16  # fewer articles than this are not spread over workers: starting one would cost more
MIN_TAIL = 4  # the smallest of the last batches
EMBED_WINDOW = 256  # articles whose sentences this process embeds together: sorted by length, longer lists pad
# less (ecbplus-dev's sentences: 17.1 s in lists of 400, 15.4 in 1,000, 14.7 in 3,000)
EMBED_AHEAD = 2  # windows this process embeds ahead of the workers' parsing (each holds its vectors till saved)
ANALYSIS_VERSION = "50"  # bump when per-story analysis changes, so stored stories are analysed again


def run(
    inputs: Sequence[str],
    settings: Settings,
    articles: Sequence[Article] = (),
    progress: Progress | None = None,
) -> Report:
    """Read the inputs (and ready articles), analyse them into the store, and report the stories they belong to."""
    store = open_store(settings.db_path)
    try:
        return run_with_store(store, inputs, settings, articles, progress)
    finally:
        store.close()


def run_with_store(
    store: Store,
    inputs: Sequence[str],
    settings: Settings,
    articles: Sequence[Article] = (),
    progress: Progress | None = None,
) -> Report:
    """`run` on an open store."""
    note = progress or (lambda stage, done, total: None)
    fresh, rejected = _read(inputs, articles, settings)
    if not fresh:
        raise InputError(_nothing_read(inputs, rejected))
    store.put_articles(fresh)
    stored = store.articles()
    profiled = annotate_missing(store, stored, settings, note)  # the clustering Profiles of those annotated now

    existing = store.assignments()
    note("cluster", 0, len(stored))
    saved = [a for a in stored if a.id not in profiled]  # annotated by an earlier run: profiled from their saved work
    profiled.update((d.id, profile(d)) for d in load_docs(store, saved, settings))  # each Doc let go once profiled
    profiles = [profiled.pop(a.id) for a in stored]
    duplicates = dupes.find_duplicates(profiles)
    assignments = clustering.cluster(profiles, settings, existing, duplicates)
    store.save_clustering(assignments, duplicates)
    del profiles
    note("cluster", len(stored), len(stored))

    reported = sorted({assignments[a.id] for a in fresh})
    moved = [a for a, s in assignments.items() if a in existing and existing[a] != s]  # old articles that moved
    left = {existing[a] for a in moved} & set(assignments.values())  # stories that lost an article, still there
    touched = sorted(set(reported) | left)
    by_story: dict[str, list[Article]] = {}
    for a in stored:
        by_story.setdefault(assignments[a.id], []).append(a)
    stories: dict[str, Story] = {}
    jobs: list[_Job] = []
    for sid in touched:
        members = sorted(by_story[sid], key=lambda a: a.id)
        mine = {a.id for a in members}
        links = {c: o for c, o in duplicates.items() if c in mine}  # its copies, wherever their originals are
        signature = story_signature(members, links, settings)
        before = store.story(sid)
        if before is not None and before.get("signature") == signature:  # analysed from the same inputs before
            stories[sid] = from_plain(Story, before)
        else:
            jobs.append(_Job(sid, members, {c: o for c, o in links.items() if o in mine}, signature))
    del by_story
    for story in analyse_stories(store, jobs, settings, note):
        stories[story.id] = story
    return _report([stories[sid] for sid in reported], {a.id: a for a in stored}, duplicates, rejected)


def _read(inputs: Sequence[str], articles: Sequence[Article], settings: Settings) -> tuple[list[Article], list[Rejected]]:
    """This run's articles (first of each id wins) and its rejected inputs."""
    fresh: dict[str, Article] = {}
    rejected: list[Rejected] = []
    items: Iterable[Article | Rejected] = list(articles)
    if inputs:
        items = [*items, *ingest.read_inputs(inputs, settings)]
    for item in items:
        if isinstance(item, Rejected):
            rejected.append(item)
        elif item.id in fresh:
            if item.text != fresh[item.id].text:
                rejected.append(Rejected(item.origin or item.id, f"id {item.id!r} is used twice with different text"))
        else:
            fresh[item.id] = item
    return list(fresh.values()), rejected


def _nothing_read(inputs: Sequence[str], rejected: Sequence[Rejected]) -> str:
    if not inputs and not rejected:
        return "no input given: name files, folders, feeds or JSONL, or '-' for JSONL on stdin."
    reasons = "; ".join(f"{r.input}: {r.reason}" for r in rejected[:5])
    more = f" (and {len(rejected) - 5} more)" if len(rejected) > 5 else ""
    return f"no article could be read from {', '.join(inputs)}. {reasons}{more}"


def work_key(article: Article, settings: Settings) -> str:
    """The cache key of an article's per-article work: its id, title and text, the annotator and embedder."""
    return content_hash(annotate.VERSION, settings.embedder, settings.spacy_model, article.id, article.title or "", article.text)


def annotate_missing(store: Store, articles: Sequence[Article], settings: Settings, note: Progress) -> dict[str, Profile]:
    """Annotate (in batches, on the engine) the articles whose work the store does not hold yet, and save it.
    Returns their clustering Profiles, made while their Docs are at hand rather than decoded again."""
    keys = [work_key(a, settings) for a in articles]
    cached = store.work_keys(keys)
    todo = list({k: a for k, a in zip(keys, articles) if k not in cached}.values())
    batches = _batches(todo, settings)
    profiles: dict[str, Profile] = {}
    note("annotate", 0, len(todo))
    for docs in _annotated(batches, settings):
        store.save_work({work_key(d.article, settings): doc_to_bytes(d) for d in docs})  # a killed run keeps these
        profiles.update((d.id, profile(d)) for d in docs)
        note("annotate", len(profiles), len(todo))
    return profiles


def _batches(todo: Sequence[Article], settings: Settings) -> list[Sequence[Article]]:
    """The articles in batches for the workers, each about half of what is left per worker, at most
    `settings.batch_size`: the last are small, so the workers finish together (a last batch of 32 left a core
    idle for 1.5 s). Up to MIN_BATCH articles are one batch."""
    workers = max(1, settings.workers)
    out, start = [], 0
    while start < len(todo):
        left = len(todo) - start
        size = min(settings.batch_size, max(MIN_BATCH if start == 0 else MIN_TAIL, math.ceil(left / (2 * workers))))
        size = left if left - size < MIN_TAIL else size
        out.append(todo[start : start + size])
        start += size
    return out


def _annotated(batches: Sequence[Sequence[Article]], settings: Settings) -> Iterator[list[Doc]]:
    """Each batch's Docs, in order, as they are done. Ray tasks parse and embed, on the cluster. The local
    engine's workers only parse, and this process embeds meanwhile, a window or two of articles ahead of them:
    a worker keeps to one thread (`engine.local._pool`), and an embedding model has some."""
    executor = engine.for_settings(settings)
    if settings.engine == "ray":
        yield from executor.map(_annotate_job, [(b, settings) for b in batches])
        return
    articles = [a for b in batches for a in b]
    windows = deque(articles[i : i + EMBED_WINDOW] for i in range(0, len(articles), EMBED_WINDOW))
    with ThreadPoolExecutor(max_workers=1) as thread:
        embedding = deque(thread.submit(annotate.embed_articles, windows.popleft(), settings)
                          for _ in range(min(EMBED_AHEAD, len(windows))))
        vectors: deque[NDArray[np.float32]] = deque()  # each article's, in order
        for batch, notes in zip(batches, executor.map(_read_job, [(b, settings) for b in batches])):
            while len(vectors) < len(batch):
                vectors.extend(embedding.popleft().result())
                if windows:
                    embedding.append(thread.submit(annotate.embed_articles, windows.popleft(), settings))
            yield annotate.with_vectors(batch, notes, [vectors.popleft() for _ in batch])


def load_docs(store: Store, articles: Sequence[Article], settings: Settings) -> Iterator[Doc]:
    """The articles' Docs from their saved work, in order, decoded a chunk at a time (never a whole big store's)."""
    for i in range(0, len(articles), LOAD_CHUNK):
        chunk = articles[i : i + LOAD_CHUNK]
        yield from (doc_from_bytes(a, data) for a, data in zip(chunk, _saved_work(store, chunk, settings)))


def _saved_work(store: Store, articles: Sequence[Article], settings: Settings) -> list[bytes]:
    """The articles' saved work, undecoded, in order."""
    keys = [work_key(a, settings) for a in articles]
    saved = store.load_work(keys)
    for k, a in zip(keys, articles):
        if k not in saved:
            raise StoreError(f"the store has no saved work for article {a.id!r}: run `newsfuse analyze` on it again")
    return [saved[k] for k in keys]


def _annotate_job(job: tuple[Sequence[Article], Settings]) -> list[Doc]:
    articles, settings = job
    return annotate.annotate(articles, settings)


def _read_job(job: tuple[Sequence[Article], Settings]) -> list[Annotations]:
    articles, settings = job
    return annotate.read(articles, settings)


def story_signature(articles: Sequence[Article], links: dict[str, str], settings: Settings) -> str:
    """What a story's analysis depends on: its articles' per-article work and the dates and outlets it reads
    them against, their copy links (copy -> original), the analysis code."""
    return content_hash(ANALYSIS_VERSION, *(f"{work_key(a, settings)}|{a.published}|{a.outlet}" for a in articles),
                        *sorted(f"{c}>{o}" for c, o in links.items()))


@dataclass(frozen=True)
class _Job:
    """One story to analyse: its articles (sorted by id), its copy links inside it, the signature to save."""

    story: str
    articles: list[Article]
    copies: dict[str, str]
    signature: str


def analyse_stories(store: Store, jobs: Sequence[_Job], settings: Settings, note: Progress) -> Iterator[Story]:
    """Analyse the stories on the engine, biggest first (the last to finish are small ones), saving each as it
    is done. The saved work goes to the engine undecoded, a window of about LOAD_CHUNK articles at a time: each
    story's Docs are decoded where it is analysed."""
    executor = engine.for_settings(settings)
    note("analyze", 0, len(jobs))
    done = 0
    for window in _windows(sorted(jobs, key=lambda job: -len(job.articles)), LOAD_CHUNK):
        saved = iter(_saved_work(store, [a for job in window for a in job.articles], settings))
        work = [(job, [next(saved) for _ in job.articles], settings) for job in window]
        for story in executor.map(_analyze_job, work):
            store.save_stories([story_dict(story)])
            done += 1
            note("analyze", done, len(jobs))
            yield story


def _windows(jobs: Sequence[_Job], articles: int) -> Iterator[Sequence[_Job]]:
    """Consecutive runs of jobs holding about `articles` articles together (a bigger story alone)."""
    start, count = 0, 0
    for i, job in enumerate(jobs):
        if count and count + len(job.articles) > articles:
            yield jobs[start:i]
            start, count = i, 0
        count += len(job.articles)
    if start < len(jobs):
        yield jobs[start:]


def _analyze_job(item: tuple[_Job, list[bytes], Settings]) -> Story:
    job, saved, settings = item
    docs = [doc_from_bytes(a, data) for a, data in zip(job.articles, saved)]
    story = analyze_story(job.story, docs, job.copies, settings)
    return replace(story, signature=job.signature)


def _report(
    stories: Sequence[Story], articles: dict[str, Article], duplicates: dict[str, str], rejected: Sequence[Rejected]
) -> Report:
    ordered = sorted(stories, key=lambda s: (-len(s.articles), s.id))
    ids = [a for s in ordered for a in s.articles]
    listed = tuple(
        ReportArticle(
            id=a,
            outlet=articles[a].outlet,
            title=articles[a].title,
            published=articles[a].published,
            url=articles[a].url,
            duplicate_of=duplicates.get(a),
            warnings=articles[a].warnings,
        )
        for a in ids
    )
    return Report(articles=listed, rejected=tuple(rejected), stories=tuple(ordered))
