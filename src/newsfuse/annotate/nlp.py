"""The packaged spaCy pipeline, loaded once per process on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Sequence

from ..errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc


@lru_cache(maxsize=None)
def load(name: str) -> Language:
    """The spaCy pipeline `name` (installed as a package)."""
    try:
        import spacy

        return spacy.load(name)
    except (ImportError, OSError) as ex:
        raise MissingDependency(f"The spaCy pipeline {name!r}", "models") from ex


def parse(texts: Sequence[str], name: str) -> Iterator[SpacyDoc]:
    """spaCy docs for the texts, in order."""
    return load(name).pipe(texts, batch_size=32)
