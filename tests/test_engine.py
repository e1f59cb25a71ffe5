"""The local engine: worker processes that keep to their share of the cores, on one thread each."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.engine import local

MAIN = '''
import json
import numpy  # as the CLI's main module does, before any worker initializer can run
from newsfuse.engine.local import LocalExecutor

def threads(_: int) -> tuple[int, int]:
    import os, threading
    return len(os.listdir("/proc/self/task")), threading.active_count()

def niceness(_: int) -> int:
    import os
    return os.nice(0)

if __name__ == "__main__":
    import os
    print(json.dumps(list(LocalExecutor(2).map(threads, [1, 2]))))
    print(json.dumps([os.nice(0), *LocalExecutor(2).map(niceness, [1, 2])]))
'''


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in Linux's /proc")
def test_a_worker_runs_on_one_thread_a_little_below_the_programs_priority(tmp_path: Path) -> None:
    """No BLAS threads, no thread watching the parent: spaCy parses slower in a process with two."""
    script = tmp_path / "main.py"
    script.write_text(MAIN)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=120)
    threads, niceness = out.stdout.splitlines()
    assert json.loads(threads) == [[1, 1], [1, 1]]
    program, *workers = json.loads(niceness)
    assert workers == [min(19, program + local.WORKER_NICENESS)] * 2  # they yield a little to the program
