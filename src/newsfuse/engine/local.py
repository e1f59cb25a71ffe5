"""The local engine: this machine's cores, as worker processes that live as long as the program.

A map of one item runs in this process (a handful of articles, one story: no process to start, no model to
load twice). A map of more items runs on a pool of `workers` processes; each loads the models once, on first
use, and keeps them for the next map. Workers are spawned, not forked: a fork would copy the threads of a
loaded embedding model or a web server.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from typing import TypeVar

PARENT_CHECK_SECONDS = 1.0  # how often a worker looks whether the program that started it is still there
T = TypeVar("T")
R = TypeVar("R")


class LocalExecutor:
    """Runs work on this machine: in this process, or on `workers` worker processes."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """fn(item) for every item, in order, each result as soon as it and those before it are done."""
        if self.workers <= 1 or len(items) <= 1:
            return (fn(x) for x in items)
        return _pool(self.workers).map(fn, items)


@cache
def _pool(workers: int) -> ProcessPoolExecutor:
    # Each worker computes on its share of the cores. numpy's BLAS (OpenBLAS) starts its threads when a worker
    # imports numpy, which it does before any initializer runs (importing the program's main module): it reads
    # the environment the worker inherits from here. With a thread per core in every worker, the threads spun
    # on the same two cores, and spaCy in a process with extra threads runs ~12% slower.
    threads = str(max(1, (os.cpu_count() or 1) // workers))
    os.environ.update(OMP_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads)
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker, initargs=(os.getpid(),)
    )


def _start_worker(parent: int) -> None:
    """Each worker exits when the program that started it is gone (killed, it cannot tell its workers to stop)."""
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
