"""Analysis jobs for articles added over HTTP: one worker thread, one pipeline run at a time.

A request queues a job and gets its id at once; the worker takes every job waiting, reads their
uploaded files (from a temp dir it then deletes), runs the pipeline once over all their articles,
and records per job which articles went in, which inputs were rejected and which stories changed.
The page polls `GET /api/jobs/{id}` to show progress.

The pipeline itself runs in one long-lived child process (`PipelineProcess`): its CPU-heavy work
then never holds the server's GIL, so pages stay fast while articles are analysed, and a crash in
native code fails one job instead of the server. The models load once, in that process.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article, Rejected, Report
from ..settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total), as the pipeline reports it
Analyse = Callable[[list[Article], Settings, Progress], Report]

MAX_PENDING_JOBS = 2_000  # queued jobs beyond this are refused with 429: the worker cannot catch up
MAX_BATCH_ARTICLES = 5_000  # articles one pipeline run takes from the queue; bounds one run's memory
KEEP_FINISHED_JOBS = 5_000  # finished jobs kept for polling; older ones are forgotten first
POLL_S = 0.2  # how often the idle worker checks whether it should stop, and a running one for progress


class PipelineProcess:
    """An `Analyse` that runs `pipeline.run` in one child process, passing its progress back."""

    def __init__(self) -> None:
        self.context = multiprocessing.get_context("spawn")  # fork would copy the server's threads and sockets
        self.progress: multiprocessing.Queue[tuple[str, int, int]] = self.context.Queue()
        self.pool: ProcessPoolExecutor | None = None

    def __call__(self, articles: list[Article], settings: Settings, progress: Progress) -> Report:
        """Run the pipeline over the articles in the child; relay progress until it is done."""
        if self.pool is None:
            self.pool = ProcessPoolExecutor(1, mp_context=self.context, initializer=_child_init,
                                            initargs=(self.progress,))
        future = self.pool.submit(_child_run, articles, settings)
        while not future.done():
            try:
                progress(*self.progress.get(timeout=POLL_S))
            except queue.Empty:
                pass
        try:
            return future.result()
        except BrokenProcessPool:
            self.pool = None  # the child died (killed, out of memory); the next job starts a fresh one
            raise

    def close(self) -> None:
        """Stop the child process."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


_child_progress: multiprocessing.Queue[tuple[str, int, int]] | None = None


def _child_init(progress: multiprocessing.Queue[tuple[str, int, int]]) -> None:
    global _child_progress
    _child_progress = progress


def _child_run(articles: list[Article], settings: Settings) -> Report:
    from ..pipeline import run

    def note(stage: str, done: int, total: int) -> None:
        if _child_progress is not None:
            _child_progress.put((stage, done, total))

    return run([], settings, articles=articles, progress=note)


@dataclass
class Job:
    """One batch of articles added by one request; mutable, changed only under the manager's lock."""

    id: str
    articles: list[str]
    pending: list[Article] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # temp path -> the name the user uploaded
    tmpdir: str | None = None
    state: str = "queued"  # queued → running → done | failed
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    stories: list[str] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None
    progress: tuple[str, int, int] | None = None  # the pipeline's last (stage, done, total)

    def public(self, queued_ahead: int) -> dict[str, Any]:
        """The job as GET /api/jobs/{id} shows it."""
        end = self.finished or time.time()
        return {
            "id": self.id, "state": self.state, "articles": list(self.articles), "stories": list(self.stories),
            "rejected": list(self.rejected), "error": self.error, "queued_ahead": queued_ahead,
            "elapsed_s": round(end - self.created, 2),
            "progress": dict(zip(("stage", "done", "total"), self.progress, strict=True)) if self.progress else None,
        }


class QueueFull(Exception):
    """Too many jobs are waiting; the client should retry later."""


class JobManager:
    """Queues jobs and runs them in one background thread."""

    def __init__(self, settings: Settings, analyse: Analyse) -> None:
        self.settings = settings
        self.analyse = analyse
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self.lock = threading.Lock()
        self.queue: queue.Queue[Job] = queue.Queue()
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None
        self.generation = 0  # how many runs have finished: readers refresh their view when it changes

    def start(self) -> None:
        """Start the worker thread (idempotent)."""
        if self.thread is None:
            self.stopping.clear()
            self.thread = threading.Thread(target=self._work, name="newsfuse-jobs", daemon=True)
            self.thread.start()

    def stop(self) -> None:
        """Stop the worker after the run in hand and delete the files of jobs never run."""
        self.stopping.set()
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        while not self.queue.empty():
            _remove(self.queue.get_nowait().tmpdir)
        close = getattr(self.analyse, "close", None)
        if close is not None:
            close()

    def submit(
        self, articles: Sequence[Article], files: dict[str, str] | None = None, tmpdir: str | None = None
    ) -> Job:
        """Queue articles (and uploaded files in `tmpdir`) for analysis; raises QueueFull when busy."""
        if self.queue.qsize() >= MAX_PENDING_JOBS:
            _remove(tmpdir)
            raise QueueFull(f"{MAX_PENDING_JOBS} jobs are already waiting; retry in a few seconds")
        job = Job(id=uuid.uuid4().hex, articles=[a.id for a in articles], pending=list(articles),
                  files=dict(files or {}), tmpdir=tmpdir)
        with self.lock:
            self.jobs[job.id] = job
            self._forget_old()
        self.queue.put(job)
        return job

    def status(self, job_id: str) -> dict[str, Any] | None:
        """The job's public state, or None when unknown."""
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                return None
            ahead = sum(1 for j in self.jobs.values() if j.state == "queued" and j.created < job.created)
            return job.public(ahead if job.state == "queued" else 0)

    def idle(self) -> bool:
        """Whether no job is queued or running."""
        with self.lock:
            return all(j.state in ("done", "failed") for j in self.jobs.values())

    def _forget_old(self) -> None:
        finished = [k for k, j in self.jobs.items() if j.state in ("done", "failed")]
        for k in finished[: max(len(self.jobs) - KEEP_FINISHED_JOBS, 0)]:
            del self.jobs[k]

    def _work(self) -> None:
        while not self.stopping.is_set():
            try:
                first = self.queue.get(timeout=POLL_S)
            except queue.Empty:
                continue
            batch = [first]
            size = len(first.pending) + len(first.files)
            while size < MAX_BATCH_ARTICLES:
                try:
                    job = self.queue.get_nowait()
                except queue.Empty:
                    break
                batch.append(job)
                size += len(job.pending) + len(job.files)
            self._run(batch)

    def _run(self, batch: list[Job]) -> None:
        with self.lock:
            for job in batch:
                job.state, job.started = "running", time.time()
        by_id: dict[str, Article] = {}
        for job in batch:
            for article in [*job.pending, *self._read_files(job)]:
                by_id.pop(article.id, None)  # the last version of an id wins, and goes last
                by_id[article.id] = article

        def note(stage: str, done: int, total: int) -> None:
            with self.lock:
                for job in batch:
                    job.progress = (stage, done, total)

        try:
            report = self.analyse(list(by_id.values()), self.settings, note) if by_id else None
        except Exception as ex:  # the worker must survive any failure of one run
            log.exception("analysis failed")
            message = f"analysis failed: {type(ex).__name__}: {ex}"
            self._finish(batch, None, message)
        else:
            self._finish(batch, report, None)

    def _read_files(self, job: Job) -> list[Article]:
        """The articles in a job's uploaded files; the files are deleted afterwards."""
        if not job.files:
            return []
        from ..ingest import read_inputs

        out: list[Article] = []
        try:
            for item in read_inputs(sorted(job.files), self.settings):
                if isinstance(item, Rejected):
                    job.rejected.append({"input": self._user_name(job, item.input), "reason": item.reason})
                else:
                    out.append(item)
        except Exception as ex:  # an unreadable upload is the user's problem to fix, not the server's
            log.exception("reading uploads failed")
            names = ", ".join(sorted(job.files.values()))
            job.rejected.append({"input": names, "reason": f"{type(ex).__name__}: {ex}"})
        finally:
            _remove(job.tmpdir)
        job.articles.extend(a.id for a in out)
        return out

    @staticmethod
    def _user_name(job: Job, where: str) -> str:
        """A rejected input named as the user uploaded it, never as a server path."""
        for path, name in job.files.items():
            if where.startswith(path):
                return name + where[len(path):]
        return where.replace(job.tmpdir or "\0", "")

    def _finish(self, batch: list[Job], report: Report | None, error: str | None) -> None:
        with self.lock:
            for job in batch:
                mine = set(job.articles)
                if report is not None:
                    job.stories = [s.id for s in report.stories if mine.intersection(s.articles)]
                job.error = error or (None if job.articles else "no article could be read from this upload")
                job.state = "failed" if job.error else "done"
                job.finished = time.time()
            self.generation += 1


def _remove(tmpdir: str | None) -> None:
    if tmpdir:
        shutil.rmtree(Path(tmpdir), ignore_errors=True)
