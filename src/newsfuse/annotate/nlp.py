"""The packaged spaCy pipeline, loaded once per process on first use."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependency
from ..model import Sentence
from ..text.sentences import TITLES
from . import entities, geo

PIPE_BATCH = 8  # docs spaCy runs through its models together: as fast as 32 here, with half the peak memory
# (a batch of 32 news articles held ~300 MiB of activations for a moment; 8 hold ~90)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc


@cache
def load(name: str) -> Language:
    """The spaCy pipeline `name` (installed as a package)."""
    try:
        nlp: Language = _import_spacy().load(name)
    except (ImportError, OSError) as ex:
        raise MissingDependency(f"The spaCy pipeline {name!r}", "models") from ex
    tokenizer: Any = nlp.tokenizer
    for title in TITLES:  # "Eng. Sarath Welikala": the title one token, not a word and a full stop
        tokenizer.add_special_case(f"{title.capitalize()}.", [{"ORTH": f"{title.capitalize()}."}])
    return nlp


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


def parse(texts: Sequence[str], sentences: Sequence[Sequence[Sentence]], name: str) -> Iterator[SpacyDoc]:
    """spaCy docs for the texts, in order. Our sentences are spaCy's too: each parses as one tree, so a header
    line or caption without a full stop never joins the tree of the sentence after it, and a quote's closing
    mark never makes a sentence of its own. Names spaCy missed or mistook are mended (`_mended`)."""
    nlp = load(name)
    docs = (_sentences_set(nlp.make_doc(t), {s.span.start for s in ss}) for t, ss in zip(texts, sentences))
    return (_mended(d) for d in nlp.pipe(docs, batch_size=PIPE_BATCH))


def parse_one(text: str, name: str) -> SpacyDoc:
    """The spaCy doc of one short text (a sentence parsed again on its own), mended as in `parse`."""
    return _mended(load(name)(text))


def text_of(doc: SpacyDoc) -> str:
    """The doc's text. spaCy joins its tokens anew on every `.text`; this joins them once per doc."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return str(doc.user_data["text"])


def _mended(doc: SpacyDoc) -> SpacyDoc:
    """Names spaCy missed: known places (geo.mark_places) and people after a title (entities.mark_titled_people)."""
    return entities.mark_titled_people(geo.mark_places(doc))


def _sentences_set(doc: SpacyDoc, starts: set[int]) -> SpacyDoc:
    """Tokens at `starts` start a sentence and no others do: the parser keeps to boundaries set beforehand."""
    for tok in doc[1:]:
        tok.is_sent_start = tok.idx in starts
    return doc
