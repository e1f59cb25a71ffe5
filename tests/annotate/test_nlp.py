"""The spaCy parse: our sentences are spaCy's sentences, one tree each."""

from __future__ import annotations

from pathlib import Path

import numpy as np
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


@pytest.mark.slow
def test_a_doc_parses_the_same_alone_or_among_many() -> None:
    """Docs are parsed in batches (PIPE_BATCH, PARSE_BATCH); what spaCy reads off one never depends on the others."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG

    seeds = sorted(Path(__file__).parents[2].joinpath("examples", "seeds").glob("*.txt"))
    texts = [BODY, *(p.read_text() for p in seeds)] * 4
    assert len(texts) > nlp.PIPE_BATCH
    articles = [Article(id=str(i), outlet="o", title="t", text=t) for i, t in enumerate(texts)]
    name = Settings().spacy_model
    together = list(nlp.parse(texts, [text.split(a) for a in articles], name))
    columns = [TAG, POS, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE]
    for article, doc in zip(articles[: len(seeds) + 1], together):
        alone = next(nlp.parse([article.text], [text.split(article)], name))
        assert (alone.to_array(columns) == doc.to_array(columns)).all()


@pytest.mark.slow
def test_sentence_starts_are_set_on_every_token_and_an_empty_text_parses() -> None:
    article = Article(id="a", outlet="o", title="t", text=BODY)
    starts = {s.span.start for s in text.split(article)}
    doc = nlp._sentences_set(nlp.load(Settings().spacy_model).make_doc(BODY), starts)
    assert [t.is_sent_start for t in doc[1:]] == [t.idx in starts for t in doc[1:]]
    assert len(next(nlp.parse([""], [[]], Settings().spacy_model))) == 0


@pytest.mark.slow
def test_a_sentence_cut_from_the_article_is_what_spacy_would_cut() -> None:
    def columns(doc: object) -> list[tuple[object, ...]]:
        return [(t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]

    body = BODY + " Ali Khamenei met Ismail Haniyeh in Tehran on Tuesday. It rained."
    article = Article(id="a", outlet="o", title="t", text=body)
    sentences = text.split(article)
    doc = next(nlp.parse([body], [sentences], Settings().spacy_model))
    copies = nlp.SentenceDocs(doc)
    for sent in doc.sents:
        assert columns(copies.of(sent.start, sent.end)) == columns(sent.as_doc()), sent.text
    ali = next(e for e in doc.ents if e.text == "Ali Khamenei")
    assert copies.of(ali.start, ali.end + 1) is not None  # "Ali Khamenei met": the verb and its subject, one tree
    assert copies.of(ali.start, ali.end) is None  # not one tree: the caller parses such a text again


@pytest.mark.slow
def test_spacy_multiplies_matrices_with_numpy_not_blis() -> None:
    """BLIS takes its AVX2 kernels on CPUs whose name gives no count of FMA units; numpy's OpenBLAS does not."""
    pipeline = nlp.load(Settings().spacy_model)
    for name, component in pipeline.pipeline:
        if getattr(component, "model", None):
            assert all(layer.ops.use_blis is False for layer in component.model.walk()), name


@pytest.mark.slow
def test_the_attribute_ruler_matches_and_writes_as_spacys_does() -> None:
    """newsfuse's ruler finds what spaCy's finds, and writes the same part of speech, tag, morphology, lemma and
    dependency to every token."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    pipeline = nlp.load(Settings().spacy_model)
    ruler = pipeline.get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, nlp._AttributeRuler)
    texts = [
        BODY,
        "Y'all ain't seen nothin' yet, there's a storm coming, he said. It does have a chance. Did he? I'd have gone.",
        "That was what they wanted: the ones that got away, which gets harder to say.  Gets done.\n\nDone.",
        "“Nobody’s gonna stop us,” the ex-mayor, 64, told AFP on Tue. — she’d cannot, won't & didn't!!  ...",
    ]
    with pipeline.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(pipeline.pipe(texts))
    spacys = type(ruler)
    for doc in docs:
        ours = ruler.match(doc)
        assert ours and ours == spacys.match(ruler, doc)  # spaCy's own method, on the same doc
        theirs = doc.copy()
        ruler.set_annotations(doc, ours)
        spacys.set_annotations(ruler, theirs, ours)
        columns = [POS, TAG, MORPH, LEMMA, DEP]
        assert (doc.to_array(columns) == theirs.to_array(columns)).all()
        assert [str(t.morph) for t in doc] == [str(t.morph) for t in theirs]
    assert len(ruler.match.__self__.fired) > 20  # one-token patterns were looked up by their columns, and kept


def test_the_pipelines_maxout_takes_the_largest_piece_as_thincs_does() -> None:
    from thinc.api import NumpyOps

    ours, thincs = nlp._inference_ops(), NumpyOps(use_blis=False)
    rng = np.random.default_rng(7)
    for shape in [(50, 96, 3), (7, 64, 2), (4, 5, 1), (0, 96, 3)]:
        pieces = rng.standard_normal(shape).astype(np.float32)
        best, _ = ours.maxout(pieces)
        assert best.dtype == np.float32 and best.flags.c_contiguous
        assert np.array_equal(best, thincs.maxout(pieces)[0])


@pytest.mark.slow
def test_the_lemmatizer_looks_words_up_in_sets_and_lemmatises_as_with_its_lists() -> None:
    pipeline = nlp.load(Settings().spacy_model)
    lemmatizer = pipeline.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, set) for words in index.values())
    text = "The geese were fleeing; better days are coming, said the mice, who'd seen worse floods. Ran, ran, ran!"
    with pipeline.select_pipes(disable=["lemmatizer"]):
        doc = pipeline(text)
    lemmatizer.cache.clear()
    ours = [lemmatizer.lemmatize(t)[0] for t in doc]
    sets = dict(index.items())
    try:
        for pos, words in sets.items():
            index[pos] = sorted(words)
        lemmatizer.cache.clear()
        assert ours == [lemmatizer.lemmatize(t)[0] for t in doc]
    finally:
        for pos, words in sets.items():
            index[pos] = words
    assert {"goose", "flee", "mouse", "day", "flood"} <= set(ours)


@pytest.mark.slow
def test_nlp_pipe_lemmatises_as_spacys_lemmatizer_does() -> None:
    pipeline = nlp.load(Settings().spacy_model)
    lemmatizer = pipeline.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.pipe.__self__, nlp._RuleLemmatizer)
    texts = [
        BODY,
        "The geese were fleeing; better days are coming, said the mice, who'd seen worse floods. Ran, ran, ran!",
        "Y'all ain't gonna believe it: she'd been taller, the tallest of the women, and he is running faster.",
        "",
    ]
    with pipeline.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(pipeline.pipe(texts))
    theirs = [type(lemmatizer).__call__(lemmatizer, doc.copy()) for doc in docs]  # spaCy's own, token by token
    ours = list(lemmatizer.pipe(docs))
    assert [[t.lemma_ for t in doc] for doc in ours] == [[t.lemma_ for t in doc] for doc in theirs]
    assert {"goose", "flee", "mouse", "run", "tall", "woman"} <= {t.lemma_ for doc in ours for t in doc}


def test_the_ruler_matcher_leaves_patterns_it_cannot_match_to_spacy() -> None:
    from spacy.strings import StringStore

    with pytest.raises(nlp._Unsupported):
        nlp._AttributeRuler([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {}, "index": 0}], [{}], [0], StringStore())


@pytest.mark.slow
def test_a_full_name_taken_for_an_organisation_is_a_person_where_its_surname_is_one() -> None:
    body = (
        "Hollen student Lenka Doubal is back with her family after being freed in a prisoner exchange between "
        "Karvenia and Dravostan, ending four months in detention.\n\n"
        "Her father said Doubal had lost weight in prison."
    )
    article = Article(id="a", outlet="o", title="t", text=body)
    doc = next(nlp.parse([body], [text.split(article)], Settings().spacy_model))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Lenka Doubal"] == labels["Doubal"] == "PERSON"
    assert labels["Karvenia"] == "GPE"
