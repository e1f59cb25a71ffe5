"""The local engine: worker processes that keep to their share of the cores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = '''
import json
import numpy  # as the CLI's main module does, before any worker initializer can run
from newsfuse.engine.local import LocalExecutor

def threads(_: int) -> tuple[int, int]:
    import os, threading
    return len(os.listdir("/proc/self/task")), threading.active_count()

if __name__ == "__main__":
    print(json.dumps(list(LocalExecutor(2).map(threads, [1, 2]))))
'''


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in Linux's /proc")
def test_workers_start_no_blas_threads_of_their_own(tmp_path: Path) -> None:
    """Every thread of a worker is one Python knows of: numpy's BLAS started none beside them."""
    script = tmp_path / "main.py"
    script.write_text(MAIN)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=120)
    for native, python in json.loads(out.stdout):
        assert native == python, out.stdout
