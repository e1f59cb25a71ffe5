"""RayExecutor on a real local Ray cluster (2 CPUs, loopback): results in order, errors surfaced, same report."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.errors import EngineError

pytestmark = pytest.mark.integration
ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'newsfuse[ray]'")

from newsfuse.engine.ray import RayExecutor  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def test_a_bad_address_is_an_engine_error() -> None:
    # first in the module: Ray joins one cluster per process, and the fixture's starts later
    with pytest.raises(EngineError, match="cannot start Ray"):
        RayExecutor("127.0.0.1:1").map(abs, [1])  # nothing listens on port 1


@pytest.fixture(scope="module")
def executor() -> Iterator[RayExecutor]:
    """One local 2-CPU cluster for the module (starting Ray takes seconds)."""
    ex = RayExecutor(None, num_cpus=2)
    yield ex
    ex.close()


def _pid(_: object) -> int:
    return os.getpid()


def test_map_keeps_order_and_runs_in_worker_processes(executor: RayExecutor) -> None:
    items = list(range(40, 0, -1))
    assert list(executor.map(math.isqrt, items)) == [math.isqrt(i) for i in items]
    pids = set(executor.map(_pid, list(range(8))))
    assert os.getpid() not in pids
    assert len(pids) < 8  # workers are reused (max_calls=0), not one process per task
    assert list(executor.map(math.isqrt, [])) == []


def test_a_failing_task_raises_its_own_error(executor: RayExecutor) -> None:
    with pytest.raises(ValueError):
        list(executor.map(math.isqrt, [4, -1]))


def test_ray_engine_gives_the_local_engine_report(executor: RayExecutor, tmp_path: Path) -> None:
    from newsfuse import pipeline
    from newsfuse.report import json as report_json
    from newsfuse.settings import Settings

    inputs = [str(SEEDS)]
    local = Settings(db=str(tmp_path / "local.db"), embedder="fake")
    on_ray = local.with_(db=str(tmp_path / "ray.db"), engine="ray")
    expected = report_json.dumps(pipeline.run(inputs, local))
    got = report_json.dumps(pipeline.run(inputs, on_ray))
    assert json.loads(got)["stories"], "the seeds make at least one story"
    assert got == expected
