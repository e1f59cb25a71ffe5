"""Bounded load on 127.0.0.1: 300 requests at 32 connections, reads mixed with uploads; no 5xx, no lost article.

The same driver as benchmarks/load.py (which runs the full 2,000 and prints the figures).
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.integration

REQUESTS, CONCURRENCY = 300, 32
TIME_LIMIT_S = 300  # the sending stops here even on a very slow machine; the counts below still hold


def load_module() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "load.py"
    spec = importlib.util.spec_from_file_location("newsfuse_load_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_mixed_load_has_no_server_error_and_loses_no_article() -> None:
    load = load_module()
    with load.server("fake") as url:
        result = asyncio.run(load.fire(url, REQUESTS, CONCURRENCY, time_limit_s=TIME_LIMIT_S))
    print("\n".join(result.lines()))
    assert result.server_errors == 0, result.statuses
    assert not result.errors, result.errors
    assert sum(result.statuses.values()) == REQUESTS
    assert result.uploaded, "no upload was accepted"
    assert not result.failed_jobs, result.failed_jobs[:3]
    assert result.lost == []
