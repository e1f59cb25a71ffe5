"""Shared fixtures: fast settings (the fake embedder, a store in tmp), the seeds, the contract schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsfuse.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
SCHEMA = ROOT.parent / "shared" / "contract" / "report.schema.json"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a test: its own SQLite store, the deterministic fake embedder, no progress bars."""
    return Settings(db=str(tmp_path / "store.db"), embedder="fake")


@pytest.fixture(scope="session")
def schema() -> dict[str, Any]:
    """The report contract; tests that need it skip when ../shared is not beside the repo."""
    if not SCHEMA.exists():
        pytest.skip(f"the contract {SCHEMA} is not here")
    return json.loads(SCHEMA.read_text())
