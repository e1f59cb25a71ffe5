"""The packaged spaCy pipeline, loaded once per process on first use."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import MissingDependency
from ..model import Sentence
from ..text.sentences import TITLES
from . import entities, geo

PIPE_BATCH = 8  # docs spaCy's token vectors are made for together: faster than 32 here, with less memory (a batch
# of 32 news articles held ~300 MiB of activations for a moment; 8 hold ~90)
PARSE_BATCH = 32  # docs the parser and the entity recogniser step through together: with 32 rather than 8, ecbplus-dev
# was read with 8% less time, for ~80 MiB more

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan


@cache
def load(name: str) -> Language:
    """The spaCy pipeline `name` (installed as a package)."""
    try:
        nlp: Language = _import_spacy().load(name)
    except (ImportError, OSError) as ex:
        raise MissingDependency(f"The spaCy pipeline {name!r}", "models") from ex
    ops = _inference_ops()
    for _, component in nlp.pipeline:
        model: Any = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            layer.ops = ops
    tokenizer: Any = nlp.tokenizer
    for title in TITLES:  # "Eng. Sarath Welikala": the title one token, not a word and a full stop
        tokenizer.add_special_case(f"{title.capitalize()}.", [{"ORTH": f"{title.capitalize()}."}])
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        with suppress(_Unsupported):
            fast = _AttributeRuler(ruler.patterns, ruler.attrs, ruler.indices, nlp.vocab.strings)
            ruler.match, ruler.set_annotations = fast.match, fast.set_annotations
    if "lemmatizer" in nlp.pipe_names:
        # The lemmatizer asks of a word's forms whether each is in its index of known words: lists (57,528
        # nouns) that it scanned every time. As sets, the same answers: 3.7 ms of an ecbplus-dev article's ~40 in
        # spaCy become 0.8.
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos in list(index):
            index[pos] = set(index[pos])
        if lemmatizer.mode == "rule":
            lemmatizer.pipe = _RuleLemmatizer(lemmatizer).pipe  # what nlp.pipe runs (nlp(text) runs spaCy's own)
    return nlp


def _inference_ops() -> Any:
    """thinc's NumpyOps, made for running the models, never for training them.

    - Matrices are multiplied by numpy's OpenBLAS, not thinc's BLIS: BLIS takes its AVX2 kernels on a CPU whose
      name gives no count of FMA units (as in a VM), OpenBLAS its AVX-512 ones.
    - A maxout layer's output is the largest of its pieces, taken with numpy's vector instructions. thinc's maxout
      also notes which piece won, for training, one number at a time: 8% of spaCy's time on news, now a seventh
      of that. The maximum is exact: the same annotations, sooner.
    """
    from thinc.api import NumpyOps

    class InferenceOps(NumpyOps):  # type: ignore[misc]
        def maxout(self, X: Any) -> tuple[Any, Any]:
            best = np.maximum(X[:, :, 0], X[:, :, 1]) if X.shape[2] > 1 else X[:, :, 0].copy()
            for piece in range(2, X.shape[2]):
                np.maximum(best, X[:, :, piece], out=best)
            return best, None  # which piece won: only training's backward pass reads it

    return InferenceOps(use_blis=False)


class _Unsupported(Exception):
    """A pattern or attribute _AttributeRuler cannot handle; spaCy's own ruler does it instead."""


class _AttributeRuler:
    """The attribute ruler's matches and their writes, as spaCy's ruler makes them: the same matches, sorted
    alike, and the same token attributes. Its ~180 patterns (a tag, a word, a dependency, each of a set or not)
    took 1.6 ms of an ecbplus-dev article's ~27 in spaCy; here 1.4 ms, and 0.9 once most words have been met.

    - Most patterns are one token. Which of them hold depends on the token's columns alone: that is looked up
      once for each combination met (`fired`).
    - The patterns of several tokens are tried with numpy over the doc's columns.
    - The matches' attributes are written to the doc at once, later matches over earlier ones, instead of a Span
      and a Token made for each.
    Patterns with anything else (quantifiers, other attributes) are left to spaCy."""

    COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
    MAX_FIRED = 500_000  # combinations remembered (~150 bytes each); forgotten all at once past it

    def __init__(self, patterns: Sequence[dict[str, Any]], attrs: Sequence[dict[Any, int]], indices: Sequence[int],
                 strings: Any) -> None:
        def value(v: Any) -> int:
            return int(v) if isinstance(v, bool) else int(strings.add(v)) if v else 0  # "" is the unset value

        self.rules: list[tuple[int, int, list[list[tuple[int, str, Any]]], int, list[tuple[int, int]]]] = []
        # (ruler's attribute id, the match's key, [(column, kind, values) per token], length, the (column, value)
        # its tokens must have: a pattern whose word or tag is not in the doc is passed over)
        self.one_token: dict[tuple[int, int] | None, list[tuple[int, int, list[tuple[int, str, Any]]]]] = {}
        # the one-token patterns, by their first "==" check's (column, value) (None: none): (attribute id, key, checks)
        for attr_id, group in enumerate(patterns):
            key = strings.add(str(attr_id))
            for pattern in group["patterns"]:
                tokens = []
                for spec in pattern:
                    checks: list[tuple[int, str, Any]] = []
                    for attr, want in spec.items():
                        if attr not in self.COLUMNS or isinstance(want, dict) and set(want) - {"IN", "NOT_IN", "REGEX"}:
                            raise _Unsupported(attr)
                        column = self.COLUMNS.index(attr)
                        if isinstance(want, dict):
                            for kind, values in want.items():
                                if kind == "REGEX":
                                    checks.append((column, kind, re.compile(values)))
                                else:
                                    checks.append((column, kind, np.array([value(v) for v in values], dtype=np.uint64)))
                        else:
                            checks.append((column, "==", np.uint64(value(want))))
                    tokens.append(checks)
                needs = [(column, int(want)) for checks in tokens for column, kind, want in checks if kind == "=="]
                if len(tokens) == 1:
                    self.one_token.setdefault(needs[0] if needs else None, []).append((attr_id, key, tokens[0]))
                else:
                    self.rules.append((attr_id, key, tokens, len(pattern), needs))
        self.fired: dict[tuple[int, ...], list[tuple[int, int]]] = {}  # a token's columns → (attribute id, key)
        self.strings = strings
        self.regexes = {(column, want) for _, _, tokens, _, _ in self.rules for checks in tokens
                        for column, kind, want in checks if kind == "REGEX"}
        self.tried: dict[re.Pattern[str], set[int]] = {rx: set() for _, rx in self.regexes}  # the strings tried
        self.found: dict[re.Pattern[str], set[int]] = {rx: set() for _, rx in self.regexes}  # those it finds in
        if any(not isinstance(attr, int) for group in attrs for attr in group):
            raise _Unsupported("extension attributes")
        self.written = sorted({attr for group in attrs for attr in group})  # the token attributes the ruler sets
        self.writes = [[(self.written.index(attr), v) for attr, v in group.items()] for group in attrs]
        self.indices = list(indices)  # which token of its match each attribute id's pattern writes to

    def match(self, doc: SpacyDoc) -> list[tuple[int, int, int, int]]:
        """What AttributeRuler.match returns: (attribute id, key, start, end), sorted."""
        columns = doc.to_array(list(self.COLUMNS)).astype(np.uint64)
        out: list[tuple[int, int, int, int]] = []
        if len(self.fired) > self.MAX_FIRED:
            self.fired.clear()
        for i, token in enumerate(map(tuple, columns.tolist())):
            fired = self.fired.get(token)
            if fired is None:
                fired = self.fired[token] = self._one_token_matches(token)
            out += [(attr_id, key, i, i + 1) for attr_id, key in fired]
        out += self._other_matches(columns.T)
        out.sort()
        return out

    def _one_token_matches(self, token: tuple[int, ...]) -> list[tuple[int, int]]:
        """(attribute id, key) of each one-token pattern a token with these columns matches."""
        candidates = [*self.one_token.get(None, ()), *(p for c, v in enumerate(token) for p in self.one_token.get((c, v), ()))]
        return [(attr_id, key) for attr_id, key, checks in candidates if all(self._holds(token[c], kind, want)
                                                                             for c, kind, want in checks)]

    def _holds(self, value: int, kind: str, want: Any) -> bool:
        if kind == "==":
            return bool(value == want)
        if kind == "REGEX":
            return bool(want.search(self.strings[value]))
        return (value in want.tolist()) == (kind == "IN")

    def _other_matches(self, columns: Any) -> list[tuple[int, int, int, int]]:
        self._try_regexes(columns)
        n = columns.shape[1]
        present = [set(c.tolist()) for c in columns]
        out: list[tuple[int, int, int, int]] = []
        for attr_id, key, tokens, length, needs in self.rules:
            if length > n or any(value not in present[column] for column, value in needs):
                continue
            hit = np.ones(n - length + 1, dtype=bool)
            for offset, checks in enumerate(tokens):
                for column, kind, want in checks:
                    have = columns[column][offset : offset + len(hit)]
                    if kind == "==":
                        hit &= have == want
                    elif kind == "REGEX":
                        hit &= np.isin(have, np.fromiter(self.found[want], dtype=np.uint64))
                    else:
                        hit &= np.isin(have, want) == (kind == "IN")
            out += [(attr_id, key, int(start), int(start) + length) for start in np.flatnonzero(hit)]
        return out

    def _try_regexes(self, columns: Any) -> None:
        """Each regex tried on the strings of its column in this doc that it has not met before (on the string,
        as spaCy's Matcher does)."""
        for column, rx in self.regexes:
            for h in set(columns[column].tolist()) - self.tried[rx]:
                self.tried[rx].add(h)
                if rx.search(self.strings[h]):
                    self.found[rx].add(h)

    def set_annotations(self, doc: SpacyDoc, matches: Sequence[tuple[int, int, int, int]]) -> None:
        """What AttributeRuler.set_annotations does: each match's attributes set on its token (its start, or
        counted back from its end), in order, so a later match overwrites an earlier one."""
        if not matches or not len(doc):
            return
        values = doc.to_array(self.written).reshape(len(doc), -1).T.tolist()
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            token = (start if index >= 0 else end) + index
            for column, v in self.writes[attr_id]:
                values[column][token] = v
        written: Any = np.array(values, dtype=np.uint64).T
        doc.from_array(self.written, written)


class _RuleLemmatizer:
    """The rule lemmatizer's lemmas, each looked up once per (word, part of speech, morphology), which are all its
    rules read. spaCy's asks its cache token by token, making a Token and its morphology for each: ~0.9 ms of an
    ecbplus-dev article's ~27 in spaCy, now a fifth of that."""

    MAX_KNOWN = 500_000  # (word, part of speech, morphology) remembered; forgotten all at once past it

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}  # → the lemma's string id

    def pipe(self, docs: Iterable[SpacyDoc], *, batch_size: int | None = None) -> Iterator[SpacyDoc]:
        """Each doc with its tokens lemmatised, as the lemmatizer's own `pipe` does."""
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not self.lemmatizer._validated:
            self.lemmatizer._validate_tables()
        if not len(doc):
            return doc
        if len(self.known) > self.MAX_KNOWN:
            self.known.clear()
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = columns[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue  # set by the attribute ruler
            found = self.known.get((orth, pos, morph))
            if found is None:
                found = self.known[orth, pos, morph] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


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
    parsers = {"batch_size": PARSE_BATCH}
    return (_mended(d) for d in nlp.pipe(docs, batch_size=PIPE_BATCH, component_cfg={"parser": parsers, "ner": parsers}))


def parse_one(text: str, name: str) -> SpacyDoc:
    """The spaCy doc of one short text (a sentence parsed again on its own), mended as in `parse`."""
    return _mended(load(name)(text))


class SentenceDocs:
    """An article's sentences as Docs of their own, cut from its parse: what `Span.as_doc` makes, less what
    newsfuse never reads (the span's vector, the tensor) and less the scans of the whole article it makes for
    every sentence (of its entities, and of heads that may lie outside, which `of` refuses instead)."""

    def __init__(self, doc: SpacyDoc) -> None:
        from spacy.attrs import ENT_IOB, HEAD

        self.vocab = doc.vocab
        self.words = [t.text for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]
        self.columns: Any = doc._get_array_attrs()
        self.rows: Any = doc.to_array(list(self.columns))
        self.heads = self.rows[:, self.columns.index(HEAD)].astype(np.int64) + np.arange(len(doc))  # stored relative
        self.iob = self.columns.index(ENT_IOB)
        self.entities = {(e.start, e.end) for e in doc.ents}

    def of(self, start: int, end: int) -> SpacyDoc | None:
        """Tokens start..end as a Doc of their own, if they parse as one tree (one root, every head inside)."""
        from spacy.tokens import Doc

        heads = self.heads[start:end]
        if not ((heads >= start) & (heads < end)).all() or int((heads == np.arange(start, end)).sum()) != 1:
            return None
        copy = Doc(self.vocab, words=self.words[start:end], spaces=self.spaces[start:end])
        rows = self.rows[start:end].copy()
        if rows[0, self.iob] == 1:
            rows[0, self.iob] = 3  # an entity the cut begins inside begins at the cut
        copy.from_array(self.columns, rows)
        ents = copy.ents
        for ent in (ents[0], ents[-1]) if ents else ():
            if (ent.start + start, ent.end + start) not in self.entities:
                copy.set_ents([], missing=[ent], default="unmodified")  # cut short by the cut: unknown, as in as_doc
        return copy


def text_of(doc: SpacyDoc) -> str:
    """The doc's text. spaCy joins its tokens anew on every `.text`; this joins them once per doc."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return str(doc.user_data["text"])


def ents_of(doc: SpacyDoc) -> tuple[SpacySpan, ...]:
    """The doc's entities. spaCy makes their Spans anew on every `.ents`; this makes them once per doc (a doc
    whose entities are set afresh must not have been asked before)."""
    if "ents" not in doc.user_data:
        doc.user_data["ents"] = doc.ents
    ents: tuple[SpacySpan, ...] = doc.user_data["ents"]
    return ents


def _mended(doc: SpacyDoc) -> SpacyDoc:
    """Names spaCy missed: known places (geo.mark_places), people after a title (entities.mark_titled_people), people
    whose full name it took for something else (entities.mark_named_people)."""
    return entities.mark_named_people(entities.mark_titled_people(geo.mark_places(doc)))


def _sentences_set(doc: SpacyDoc, starts: set[int]) -> SpacyDoc:
    """Tokens at `starts` start a sentence and no others do: the parser keeps to boundaries set beforehand."""
    from spacy.attrs import IDX, SENT_START

    if not len(doc):
        return doc
    # As one array, not token by token: each token's setter scans the whole doc for a parse (quadratic).
    flags: Any = np.where(np.isin(doc.to_array(IDX), list(starts)), 1, -1).astype(np.int64)
    flags[0] = 0  # the first token is left as spaCy makes it
    doc.from_array([SENT_START], flags.view(np.uint64))
    return doc
