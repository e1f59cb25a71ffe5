"""The pipeline end to end on small real inputs: the report's shape, spans, determinism, the store's reuse."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsfuse import annotate, pipeline
from newsfuse.errors import InputError
from newsfuse.model import Article
from newsfuse.report.json import dumps, report_dict, write
from newsfuse.settings import Settings
from newsfuse.store import open_store

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def evidence(value: Any) -> Iterator[dict[str, Any]]:
    """Every evidence object anywhere in a report dict."""
    if isinstance(value, dict):
        if {"article", "text", "start", "end"} <= value.keys():
            yield value
        for v in value.values():
            yield from evidence(v)
    elif isinstance(value, list):
        for v in value:
            yield from evidence(v)


def test_seeds_report_is_valid_and_every_span_slices_its_article(settings: Settings, schema: dict[str, Any]) -> None:
    report = report_dict(pipeline.run([str(SEEDS)], settings))
    jsonschema.validate(report, schema)
    texts = {p.stem: p.read_text() for p in SEEDS.glob("*.txt")}
    assert sorted(a["id"] for a in report["articles"]) == sorted(texts)
    assert sorted(a for s in report["stories"] for a in s["articles"]) == sorted(texts)
    for ev in evidence(report):
        if ev["start"] is not None:  # a date entry's offsets locate its phrase inside its sentence `text`
            assert texts[ev["article"]][ev["start"] : ev["end"]] == ev.get("phrase", ev["text"])


def test_second_run_is_byte_identical_and_redoes_no_per_article_work(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = dumps(pipeline.run([str(SEEDS)], settings))
    write(pipeline.run([str(SEEDS)], settings), tmp_path / "report.json")  # the CLI's way: streamed to the file
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == first
    calls: list[int] = []
    real = annotate.read
    monkeypatch.setattr(annotate, "read", lambda arts, s: calls.append(len(arts)) or real(arts, s))
    second = dumps(pipeline.run([str(SEEDS)], settings))
    assert second == first
    assert calls == []


def test_new_articles_join_the_store_and_only_they_are_annotated(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.run([str(p) for p in sorted(SEEDS.glob("*.txt"))[:3]], settings)
    calls: list[int] = []
    real = annotate.read
    monkeypatch.setattr(annotate, "read", lambda arts, s: calls.append(len(arts)) or real(arts, s))
    report = pipeline.run([str(p) for p in sorted(SEEDS.glob("*.txt"))[3:]], settings)
    assert calls == [2]
    assert {a.id for a in report.articles} >= {p.stem for p in sorted(SEEDS.glob("*.txt"))[3:]}


def test_each_batch_of_work_is_saved_as_soon_as_it_is_done(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed midway keeps every batch it finished, and no batch waits for others before it is saved."""
    articles = [Article(f"a{i}", f"The council met for the {i}th time on Monday.") for i in range(40)]
    keys = [pipeline.work_key(a, settings) for a in articles]
    store = open_store(settings.db_path)
    saved_when_started: list[int] = []
    real = annotate.read
    monkeypatch.setattr(
        annotate, "read", lambda arts, s: saved_when_started.append(len(store.work_keys(keys))) or real(arts, s)
    )
    pipeline.annotate_missing(store, articles, settings, lambda stage, done, total: None)
    sizes = [len(b) for b in pipeline._batches(articles, settings)]
    assert len(sizes) > 1 and saved_when_started == [sum(sizes[:i]) for i in range(len(sizes))]
    assert len(store.work_keys(keys)) == 40


def test_sentences_are_embedded_a_window_of_articles_at_a_time_across_batches(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Longer lists of sentences pad less in the model: the embedder gets windows of articles, not batches."""
    articles = [Article(f"a{i}", "The council met. " * (1 + i % 3)) for i in range(40)]
    embedded: list[int] = []
    real = annotate.embed_articles
    monkeypatch.setattr(annotate, "embed_articles", lambda arts, s: embedded.append(len(arts)) or real(arts, s))
    monkeypatch.setattr(pipeline, "EMBED_WINDOW", 16)
    docs = [d for batch in pipeline._annotated(pipeline._batches(articles, settings), settings) for d in batch]
    assert len(pipeline._batches(articles, settings)) > 3 and embedded == [16, 16, 8]
    assert [d.id for d in docs] == [a.id for a in articles]
    assert [len(d.vectors) for d in docs] == [len(d.annotations.sentences) for d in docs] == [1 + i % 3 for i in range(40)]


def test_batches_shrink_at_the_end_so_the_workers_finish_together() -> None:
    articles = [Article(str(i), "Text.") for i in range(772)]
    batches = pipeline._batches(articles, Settings(workers=2, batch_size=32))
    assert [a for b in batches for a in b] == articles
    sizes = [len(b) for b in batches]
    assert sizes[0] == 32 and sizes == sorted(sizes, reverse=True) and max(sizes[-3:]) <= pipeline.MIN_TAIL
    assert len(pipeline._batches(articles[:pipeline.MIN_BATCH], Settings(workers=2))) == 1  # too few to spread


def test_work_done_now_is_clustered_without_decoding_it_again(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    real = pipeline.doc_from_bytes
    monkeypatch.setattr(pipeline, "doc_from_bytes", lambda article, data: loaded.append(article.id) or real(article, data))
    pipeline.run([str(p) for p in sorted(SEEDS.glob("*.txt"))[:3]], settings)
    assert len(loaded) == 3  # for the analysis only
    loaded.clear()
    pipeline.run([str(p) for p in sorted(SEEDS.glob("*.txt"))[3:]], settings)
    names = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert sorted(loaded) == sorted(names[:3] + names)  # the earlier three for clustering, the story's five to analyse


def test_a_reader_failing_on_one_article_warns_and_the_run_goes_on(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from newsfuse.annotate import details

    real = details.find_details

    def flaky(article: Article, *rest: Any, **kwargs: Any) -> Any:
        if article.id.startswith("002"):
            raise KeyError("federal")
        return real(article, *rest, **kwargs)

    monkeypatch.setattr(details, "find_details", flaky)
    with caplog.at_level(logging.WARNING):
        report = pipeline.run([str(SEEDS)], settings)
    assert len(report.articles) == 5 and len(report.stories) == 1
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "details of article '002_" in warning and "KeyError" in warning and "report it" in warning


def test_unreadable_inputs_are_rejected_and_the_rest_analysed(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in SEEDS.glob("*.txt"):
        (folder / p.name).write_text(p.read_text())
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes("Le café a fermé à Montréal, selon la mairie. Les employés sont partis.".encode("latin-1"))
    report = pipeline.run([str(folder)], settings)
    ids = {a.id for a in report.articles}
    assert len(ids) == 6 and "latin" in ids
    assert len(report.rejected) == 2
    assert all(r.reason for r in report.rejected)


def test_nothing_readable_is_an_error_that_says_why(settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        pipeline.run([str(tmp_path / "empty.txt")], settings)


def test_articles_given_as_values_are_analysed(settings: Settings) -> None:
    article = Article("pasted", "The council approved the budget on Monday. The vote was unanimous.", title="Budget")
    report = pipeline.run([], settings, articles=[article])
    assert [a.id for a in report.articles] == ["pasted"]
    assert report.stories[0].title == "Budget"


def test_html_feed_and_jsonl_mix_gives_a_valid_report(settings: Settings, tmp_path: Path, schema: dict[str, Any]) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Dam breaks upstream</title></head><body><nav>Home | World</nav><article>"
        "<h1>Dam breaks upstream</h1><p>A dam broke upstream of the town on Tuesday, officials said. About 400 "
        "residents were evacuated before the water arrived.</p><p>No one was hurt, the mayor told reporters.</p>"
        "</article><script>alert(1)</script></body></html>"
    )
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Town evacuated</title>'
        "<link>https://example.org/a</link><guid>a-1</guid><pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate>"
        "<description>Some 400 people left their homes after a dam broke upstream, the mayor said.</description>"
        "</item></channel></rss>"
    )
    rows = [{"id": "j1", "outlet": "Daily", "published": "June 4, 2024", "title": "Dam failure",
             "text": "The dam failed on Tuesday. Officials evacuated about 400 residents.", "section": "local"}]
    (tmp_path / "more.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report = report_dict(pipeline.run([str(tmp_path / n) for n in ("page.html", "feed.xml", "more.jsonl")], settings))
    jsonschema.validate(report, schema)
    assert len(report["articles"]) == 3
    assert not any("alert(1)" in s["text"] for s in evidence(report))


def test_an_unchanged_story_is_not_analysed_again(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.run([str(SEEDS)], settings)
    calls: list[str] = []
    real = pipeline.analyze_story
    monkeypatch.setattr(pipeline, "analyze_story", lambda sid, *rest: calls.append(sid) or real(sid, *rest))
    pipeline.run([str(SEEDS)], settings)
    assert calls == []
    extra = Path(settings.db).with_name("tram.txt")  # a new, unrelated article: only its own story is analysed
    extra.write_text("A council in Ghent approved a tram line on Monday. Work starts next year.")
    pipeline.run([str(extra)], settings)
    assert len(calls) == 1


def test_stories_are_analysed_biggest_first_and_each_saved_when_done(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(settings.db_path)
    seen: list[tuple[int, int]] = []  # (articles in the story analysed, stories saved before it)
    real = pipeline.analyze_story

    def spy(sid: str, docs: list[Any], *rest: Any) -> Any:
        seen.append((len(docs), len(store.stories())))
        return real(sid, docs, *rest)

    monkeypatch.setattr(pipeline, "analyze_story", spy)
    tram = Article("tram", "A council in Ghent approved a tram line on Monday. Work starts next year.")
    pipeline.run([str(SEEDS)], settings, articles=[tram])
    assert seen == [(5, 0), (1, 1)]


def test_a_stream_of_runs_ends_with_the_batch_stories_and_stored_stories_match_them(tmp_path: Path) -> None:
    from .cluster import articles as fires

    names = ["WAREHOUSE_1", "APARTMENT_1", "WAREHOUSE_2", "APARTMENT_2", "WAREHOUSE_3", "APARTMENT_3", "WAREHOUSE_1_COPY"]
    arts = [Article(name.lower(), getattr(fires, name)) for name in names]
    stream = Settings(db=str(tmp_path / "stream.db"), embedder="fake")
    for a in arts:
        pipeline.run([], stream, articles=[a])
    batch = pipeline.run([], Settings(db=str(tmp_path / "batch.db"), embedder="fake"), articles=arts)

    store = open_store(stream.db_path)
    try:
        assignments, stored = store.assignments(), store.stories()
    finally:
        store.close()
    assert {frozenset(s["articles"]) for s in stored} == {frozenset(s.articles) for s in batch.stories}
    for s in stored:  # every stored analysis is of the story's current articles
        assert set(s["articles"]) == {a for a, sid in assignments.items() if sid == s["id"]}


def test_a_story_that_loses_articles_to_a_split_is_analysed_again(settings: Settings) -> None:
    from .cluster import articles as fires

    names = ["WAREHOUSE_1", "WAREHOUSE_2", "WAREHOUSE_3", "APARTMENT_1", "APARTMENT_2"]
    pipeline.run([], settings, articles=[Article(n.lower(), getattr(fires, n)) for n in names])
    store = open_store(settings.db_path)
    try:
        store.save_clustering(dict.fromkeys((n.lower() for n in names), "mixed"), {})  # as if mixed early on
    finally:
        store.close()
    pipeline.run([], settings, articles=[Article("apartment_3", fires.APARTMENT_3)])

    store = open_store(settings.db_path)
    try:
        assignments, stored = store.assignments(), {s["id"]: s for s in store.stories()}
    finally:
        store.close()
    assert assignments["warehouse_1"] == "mixed" and assignments["apartment_1"] != "mixed"
    assert set(stored) == set(assignments.values())
    assert set(stored["mixed"]["articles"]) == {"warehouse_1", "warehouse_2", "warehouse_3"}


def test_worker_processes_give_the_same_report_as_one_process(tmp_path: Path) -> None:
    from .cluster import articles as fires

    texts = [getattr(fires, n) for n in dir(fires) if n.isupper()]
    arts = [Article(f"a{k:02d}", f"{texts[k % len(texts)]}\nUpdate {k}: {k + 3} fire engines came.") for k in range(40)]
    one = pipeline.run([str(SEEDS)], Settings(db=str(tmp_path / "one.db"), embedder="fake"), articles=arts)
    two = pipeline.run([str(SEEDS)], Settings(db=str(tmp_path / "two.db"), embedder="fake", workers=2), articles=arts)
    assert len(one.stories) > 1
    assert dumps(two) == dumps(one)


def test_a_story_whose_articles_are_dated_anew_is_analysed_again(settings: Settings) -> None:
    body = "A council in Ghent approved a tram line on Monday. Work starts next year."
    first = pipeline.run([], settings, [Article("tram", body, published="2024-07-30")])
    again = pipeline.run([], settings, [Article("tram", body, published="2024-08-06")])
    assert [s.reference_date for s in first.stories] == ["2024-07-30"]
    assert [s.reference_date for s in again.stories] == ["2024-08-06"]
