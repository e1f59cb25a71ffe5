"""The packaged spaCy pipeline, loaded once per process on first use."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from ..errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc


@cache
def load(name: str) -> Language:
    """The spaCy pipeline `name` (installed as a package)."""
    try:
        nlp: Language = _import_spacy().load(name)
        return nlp
    except (ImportError, OSError) as ex:
        raise MissingDependency(f"The spaCy pipeline {name!r}", "models") from ex


def _import_spacy() -> ModuleType:
    """spaCy without torch: thinc imports torch when it is installed (~2.5 s) though the small English
    pipeline never uses it. Hiding torch during the import leaves thinc on numpy; torch itself stays
    importable afterwards for whoever needs it."""
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy
    finally:
        if hide and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def parse(texts: Sequence[str], name: str) -> Iterator[SpacyDoc]:
    """spaCy docs for the texts, in order."""
    return load(name).pipe(texts, batch_size=32)
