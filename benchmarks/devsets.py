"""What the benchmarks share: where the dev sets are, the shared scorer, and annotated docs cached in a pickle."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path
from types import ModuleType

from newsfuse.annotate import VERSION, annotate
from newsfuse.model import Article, Doc
from newsfuse.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"


def load_scorer() -> ModuleType:
    """The shared scorer (eval/score.py), imported by path."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_docs(articles: list[Article], cache: Path | None) -> list[Doc]:
    """Annotated docs (real spaCy + MiniLM), from the pickle `cache` when it holds these articles at this
    annotation version; otherwise annotated and, with a cache path, pickled there for the next run."""
    if cache and cache.exists():
        cached = pickle.loads(cache.read_bytes())
        if isinstance(cached, tuple) and cached[0] == VERSION and [d.article for d in cached[1]] == articles:
            return list(cached[1])
    docs = annotate(articles, Settings())
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps((VERSION, docs)))
    return docs
