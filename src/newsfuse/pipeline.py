"""The pipeline, one article from input to report:

    read_inputs → store articles → annotate (cached per article) → duplicates + clustering (adds to the
    stories already in the store) → analyze each story the run touched → Report.

Per-article work runs in batches through the engine and is saved batch by batch, so a killed run loses at
most one batch and a re-run redoes nothing that was saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

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
from .store.codec import doc_from_bytes, doc_to_bytes

Progress = Callable[[str, int, int], None]  # (stage, done, total)


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
    duplicates = dupes.find_duplicates(docs)
    assignments = clustering.cluster(docs, settings, existing)
    store.save_clustering(assignments, duplicates)

    touched = sorted({assignments[a.id] for a in fresh})
    by_story: dict[str, list[Doc]] = {}
    for d in docs:
        by_story.setdefault(assignments[d.id], []).append(d)
    jobs = [(sid, sorted(by_story[sid], key=lambda d: d.id), duplicates, settings) for sid in touched]
    note("analyze", 0, len(jobs))
    stories = engine.for_settings(settings).map(_analyze_job, jobs)
    note("analyze", len(jobs), len(jobs))
    store.save_stories([story_dict(s) for s in stories])
    return _report(stories, {d.id: d.article for d in docs}, duplicates, rejected)


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
    cached = store.load_work(keys)
    todo = [a for a, k in zip(articles, keys) if k not in cached]
    batches = [todo[i : i + settings.batch_size] for i in range(0, len(todo), settings.batch_size)]
    executor = engine.for_settings(settings)
    done = 0
    note("annotate", 0, len(todo))
    for batch in batches:  # one batch at a time, saved as it comes: a killed run keeps what it finished
        (docs,) = executor.map(_annotate_job, [(batch, settings)])
        cached.update({work_key(d.article, settings): doc_to_bytes(d) for d in docs})
        store.save_work({work_key(d.article, settings): doc_to_bytes(d) for d in docs})
        done += len(batch)
        note("annotate", done, len(todo))
    return [doc_from_bytes(a, cached[k]) for a, k in zip(articles, keys)]


def _annotate_job(job: tuple[Sequence[Article], Settings]) -> list[Doc]:
    articles, settings = job
    return annotate.annotate(articles, settings)


def _analyze_job(job: tuple[str, list[Doc], dict[str, str], Settings]) -> Story:
    story_id, docs, duplicates, settings = job
    mine = {d.id for d in docs}
    local = {c: o for c, o in duplicates.items() if c in mine and o in mine}
    return analyze_story(story_id, docs, local, embed.for_settings(settings), settings)


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
