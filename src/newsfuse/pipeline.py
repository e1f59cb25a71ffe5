"""The pipeline, one article from input to report:

    read_inputs → store articles → annotate (cached per article) → duplicates + clustering (adds to the
    stories already in the store) → analyze each story the run touched → Report.

Per-article work runs in batches through the engine and is saved as batches finish, so a killed run loses at
most the batches in flight, and a re-run redoes nothing that was saved. A story whose articles and their
work are unchanged is not analysed again: its stored analysis is reused.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from . import annotate, engine, ingest
from .analyze import analyze_story
from .annotate import embed
from .cluster import duplicates as dupes
from .cluster import stories as clustering
from .errors import InputError
from .model import Article, Doc, Rejected, Report, ReportArticle, Story, content_hash
from .report.json import story_dict
from .settings import Settings
from .store import Store, open_store
from .store.codec import doc_from_bytes, doc_to_bytes, from_plain

Progress = Callable[[str, int, int], None]  # (stage, done, total)
LOAD_CHUNK = 1000  # cached docs decoded this many at a time
MIN_BATCH = 16  # fewer articles than this are not spread over workers: starting one would cost more
ANALYSIS_VERSION = "1"  # bump when per-story analysis changes, so stored stories are analysed again


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
    docs = annotate_cached(store, stored, settings, note)

    existing = store.assignments()
    note("cluster", 0, len(docs))
    duplicates = dupes.find_duplicates(docs)
    assignments = clustering.cluster(docs, settings, existing, duplicates)
    store.save_clustering(assignments, duplicates)
    note("cluster", len(docs), len(docs))

    reported = sorted({assignments[a.id] for a in fresh})
    moved = [a for a, s in assignments.items() if a in existing and existing[a] != s]  # old articles that moved
    left = {existing[a] for a in moved} & set(assignments.values())  # stories that lost an article, still there
    touched = sorted(set(reported) | left)
    by_story: dict[str, list[Doc]] = {}
    for d in docs:
        by_story.setdefault(assignments[d.id], []).append(d)
    stories: dict[str, Story] = {}
    jobs = []
    for sid in touched:
        members = sorted(by_story[sid], key=lambda d: d.id)
        mine = {d.id for d in members}
        links = {c: o for c, o in duplicates.items() if c in mine}  # its copies, wherever their originals are
        signature = story_signature(members, links, settings)
        before = store.story(sid)
        if before is not None and before.get("signature") == signature:  # analysed from the same inputs before
            stories[sid] = from_plain(Story, before)
        else:
            copies = {c: o for c, o in links.items() if o in mine}
            jobs.append((sid, members, copies, settings, signature))
    articles_by_id = {d.id: d.article for d in docs}
    del docs, by_story  # the jobs hold what the analysis needs; the rest can go before the report is built
    note("analyze", 0, len(jobs))
    analysed = engine.for_settings(settings).map(_analyze_job, jobs)
    note("analyze", len(jobs), len(jobs))
    del jobs
    store.save_stories([story_dict(s) for s in analysed])
    stories.update((s.id, s) for s in analysed)
    return _report([stories[sid] for sid in reported], articles_by_id, duplicates, rejected)


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


def annotate_cached(store: Store, articles: Sequence[Article], settings: Settings, note: Progress) -> list[Doc]:
    """Docs for the articles: from the store where cached, else annotated (in batches) and saved."""
    keys = [work_key(a, settings) for a in articles]
    by_key = dict(zip(keys, articles))
    docs: dict[str, Doc] = {}
    for i in range(0, len(keys), LOAD_CHUNK):  # decoded chunk by chunk: the raw bytes of a big store never all in memory
        cached = store.load_work(keys[i : i + LOAD_CHUNK])
        docs.update((k, doc_from_bytes(by_key[k], b)) for k, b in cached.items())
    todo = [a for k, a in by_key.items() if k not in docs]
    window = 4 * max(settings.workers, os.cpu_count() or 1)  # batches in flight: workers that finish early take more
    size = min(settings.batch_size, max(MIN_BATCH, math.ceil(len(todo) / window)))
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    executor = engine.for_settings(settings)
    done = 0
    note("annotate", 0, len(todo))
    for i in range(0, len(batches), window):  # saved window by window: a killed run keeps what it finished
        results = [d for batch in executor.map(_annotate_job, [(b, settings) for b in batches[i : i + window]]) for d in batch]
        work = {work_key(d.article, settings): doc_to_bytes(d) for d in results}
        store.save_work(work)
        docs.update((k, doc_from_bytes(by_key[k], b)) for k, b in work.items())  # as a later run will read them
        done += len(results)
        note("annotate", done, len(todo))
    return [docs[k] for k in keys]


def _annotate_job(job: tuple[Sequence[Article], Settings]) -> list[Doc]:
    articles, settings = job
    return annotate.annotate(articles, settings)


def story_signature(docs: Sequence[Doc], links: dict[str, str], settings: Settings) -> str:
    """What a story's analysis depends on: its articles' per-article work, their copy links (copy -> original),
    the analysis code."""
    return content_hash(ANALYSIS_VERSION, *(work_key(d.article, settings) for d in docs),
                        *sorted(f"{c}>{o}" for c, o in links.items()))


def _analyze_job(job: tuple[str, list[Doc], dict[str, str], Settings, str]) -> Story:
    story_id, docs, copies, settings, signature = job
    story = analyze_story(story_id, docs, copies, embed.for_settings(settings), settings)
    return replace(story, signature=signature)


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
