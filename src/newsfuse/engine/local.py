"""The local engine: this machine's cores, as worker processes that live as long as the program.

A map of one item runs in this process (a handful of articles, one story: no process to start, no model to
load twice). A map of more items runs on a pool of `workers` processes; each loads the models once, on first
use, and keeps them for the next map. Workers are spawned, not forked: a fork would copy the threads of a
loaded embedding model or a web server. A worker starts no thread of its own (see `_pool`): on Linux it dies
with the thread that started it, so map from a thread that lives as long as the pool (the main thread).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from typing import TypeVar

PARENT_CHECK_SECONDS = 1.0  # how often a worker's thread looks whether the program that started it is still there
PR_SET_PDEATHSIG = 1  # linux/prctl.h: the signal a process gets when the thread that started it ends
WORKER_NICENESS = 2  # workers yield a little to the program: it embeds the sentences the workers parse, and had
# been the last to finish (ecbplus-dev end to end, 2 cores: 28.5 s instead of 29.5)
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
    # A worker runs on its share of the cores and on one thread: spaCy parsed ~12% slower beside a second
    # thread, even an idle one, in the 3.8.8+ wheels (~2% in 3.8.7, the one pinned). numpy's BLAS (OpenBLAS)
    # starts a thread per core when a worker imports numpy, before any initializer runs (with the program's main
    # module): it reads the environment the worker inherits from here.
    threads = str(max(1, (os.cpu_count() or 1) // workers))
    os.environ.update(OMP_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads)
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker, initargs=(os.getpid(),)
    )


def _start_worker(parent: int) -> None:
    """Each worker exits when the program that started it is gone (killed, it cannot tell its workers to stop):
    on Linux the kernel kills it, elsewhere a thread of its own watches. It runs a little below the program's
    priority (WORKER_NICENESS)."""
    try:
        if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):  # not Linux
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # gone before the kernel was told
        os._exit(1)
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
