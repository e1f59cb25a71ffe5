"""The spaCy parse: our sentences are spaCy's sentences, one tree each."""

from __future__ import annotations

import pytest

from newsfuse import text
from newsfuse.annotate import nlp
from newsfuse.model import Article
from newsfuse.settings import Settings

BODY = (
    "Mayor visits flooded library\n"
    "Officials described the damage as \"serious and possibly permanent.\" "
    "The head librarian said, \"Someone left a tap running, but we don't know who or when.\" "
    "The mayor stopped by the library this morning.\n\n"
    "The prosecutor said they had been counting on his mother and... she was too nervous to testify."
)


@pytest.mark.slow
def test_each_of_our_sentences_parses_as_one_tree() -> None:
    article = Article(id="a", outlet="o", title="t", text=BODY)
    sentences = text.split(article)
    assert len(sentences) == 5
    doc = next(nlp.parse([BODY], [sentences], Settings().spacy_model))
    assert [s.start_char for s in doc.sents] == [s.span.start for s in sentences]  # (spaCy's keep their trailing space)
    for sent in doc.sents:
        assert sum(t.head.i == t.i for t in sent) == 1, sent.text
