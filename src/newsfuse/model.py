"""Frozen value types, from one article to the report.

Every derived thing carries a `Span` back to the article text it came from, so that any fact, quote,
contradiction or summary sentence can be traced to the exact sentences behind it:
``article.text[span.start:span.end] == span.text`` holds for every span newsfuse makes.

Per-article values (Article, Sentence, Mention, DateMention, QuoteMention, CitationMention, Detail, Annotations)
are computed once per article and cached by content hash. Per-story values (Fact, Contradiction,
QuoteGroup, CitedSource, Entity, DateEntry, TimelineEvent, SummarySentence, Coverage, Story) are what the
report shows; their field names are the report's (see `report/json.py`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

FORMAT = "newsfuse.report/1"


@cache
def field_names(cls: Any) -> tuple[str, ...] | None:
    """A dataclass's field names (asked once per class: `fields` is slow); None for any other type."""
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None


def content_hash(*parts: str) -> str:
    """A short stable hash of some strings: the identity of derived values."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """A stretch of one article's text: ``article.text[start:end] == text``."""

    # (No slots: a slotted frozen dataclass pickles through Python-level get/setstate, and a worker's spans
    # cross to the parent by pickle: ecbplus-dev's annotations round-trip in 0.56 s instead of 0.82.)

    article: str
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class Article:
    """One news article as read from its input; `text` is what every offset points into."""

    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 when it could be parsed
    url: str | None = None
    origin: str = ""  # where it was read from: a path, "path:line", "stdin:3", a feed item link
    metadata: tuple[tuple[str, str], ...] = ()  # other input keys, values JSON-encoded, sorted by key
    warnings: tuple[str, ...] = ()

    @property
    def text_hash(self) -> str:
        """Identity of the per-article work: same text, same sentences and annotations."""
        return content_hash(self.text)


@dataclass(frozen=True)
class Rejected:
    """An input that could not be read as an article, with a reason a person understands."""

    input: str
    reason: str


# --------------------------------------------------------------------------- per article

BoilerplateKind = Literal["caption", "credit", "byline", "wire", "subhead", "headline", "dateline"]


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article; boilerplate sentences are kept but flagged and left out of analysis."""

    span: Span
    index: int  # position among the article's sentences
    paragraph: int  # position of its paragraph (line block) in the article
    boilerplate: BoilerplateKind | None = None


@dataclass(frozen=True)
class Mention:
    """A named entity as one article writes it (spaCy label: PERSON, ORG, GPE, LOC, NORP, ...)."""

    span: Span
    label: str
    sentence: int


@dataclass(frozen=True)
class DateMention:
    """A date or time expression as written ("early Wednesday", "Aug. 1"); resolved per story."""

    span: Span
    sentence: int
    future: bool = False  # its sentence speaks of what is to come ("will try again on Thursday")


@dataclass(frozen=True)
class QuoteMention:
    """Words attributed to a speaker in one article.

    `span` covers the quoted words (without the quote marks) or the reported content.
    `speaker` is the speaker as this article names it (a pronoun already resolved to the name it stands
    for), `speaker_span` where that name is written; both None when unknown.
    """

    span: Span
    direct: bool
    sentence: int
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None  # the speech verb or phrase: "said", "according to"


@dataclass(frozen=True)
class CitationMention:
    """An upstream source an article credits ("according to The New York Times", "Reuters reported")."""

    name: str  # canonical name of the source
    span: Span  # the words that credit it
    sentence: int


@dataclass(frozen=True)
class Detail:
    """A detail of one sentence that another outlet can get wrong: a count, day or time, place, fate, plan,
    vote, confirmation, negated verb or who holds a role. Names in it stay as written; the story resolves them.

    `slot` is what the value is about (an event class or slot name: "kill", "evacuate|people", "fate");
    `anchors` are (text, label) pairs for who or what the event involves (label "" for a plain word), and
    `slot_names` names that are part of the slot itself (who did a counted act, whose role it is).
    """

    sentence: int
    kind: str  # a ContradictionKind
    slot: str
    value: str  # as the article writes it ("about 400 residents", "Tehran")
    span: Span  # the words the value is read from
    key: tuple[str, ...] = ()  # the value normalised for comparison ("320.0", "480.0" for "about 400")
    anchors: tuple[tuple[str, str], ...] = ()
    slot_names: tuple[tuple[str, str], ...] = ()
    subject: str = ""  # how a summary names the slot ("the killing of Ismail Haniyeh")


@dataclass(frozen=True)
class Annotations:
    """Everything newsfuse reads off one article on its own; cached by the article's text hash."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[QuoteMention, ...] = ()
    citations: tuple[CitationMention, ...] = ()
    details: tuple[Detail, ...] = ()

    def content(self) -> tuple[Sentence, ...]:
        """The sentences that are not boilerplate: what the analysis reads."""
        return tuple(s for s in self.sentences if s.boilerplate is None)


# --------------------------------------------------------------------------- per story (the report)


@dataclass(frozen=True)
class Claim:
    """A statement of fact in one article: a sentence, or one clause of it."""

    id: str
    span: Span
    sentence: int


@dataclass(frozen=True)
class Fact:
    """One statement, with every article that states it: a statement told alike (`analyze.align`), or one
    detail several articles give however they word the rest ("two workers killed", `analyze.contradictions`)."""

    id: str
    text: str
    articles: tuple[str, ...]
    independent_sources: int
    status: Literal["corroborated", "single_source", "disputed"]
    evidence: tuple[Span, ...]
    detail: str = ""  # "" for a statement; else the kind of detail ("number", "location"…) the sentences share


@dataclass(frozen=True)
class ContradictionSide:
    """One version of a disputed detail, with the sentences of every article that carries it."""

    value: str
    evidence: tuple[Span, ...]


ContradictionKind = Literal[
    "number", "date", "time", "location", "person", "status", "attribute", "negation", "quote", "other"
]


@dataclass(frozen=True)
class Contradiction:
    """Articles (or one article with itself) that disagree on one detail."""

    id: str
    kind: ContradictionKind
    summary: str
    within_article: bool
    sides: tuple[ContradictionSide, ...]


@dataclass(frozen=True)
class QuoteEvidence:
    """One article's version of a quote."""

    article: str
    start: int
    end: int
    text: str
    speaker_text: str | None


@dataclass(frozen=True)
class QuoteGroup:
    """Words attributed to one speaker, grouped across the articles that carry them."""

    id: str
    speaker: str | None
    text: str
    direct: bool
    articles: tuple[str, ...]
    single_source: bool
    evidence: tuple[QuoteEvidence, ...]


@dataclass(frozen=True)
class CitedSource:
    """An upstream source the story's articles credit."""

    name: str
    articles: tuple[str, ...]
    evidence: tuple[Span, ...]


@dataclass(frozen=True)
class Entity:
    """One real person, organisation or place, with every way the story's articles write it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True)
class DateEntry:
    """A date expression of one article, resolved to the calendar."""

    article: str
    phrase: str
    date: str  # YYYY-MM-DD
    text: str  # the sentence it stands in
    start: int
    end: int


@dataclass(frozen=True)
class TimelineEvent:
    """Something that happened on a date, with the articles that say so."""

    date: str
    text: str
    articles: tuple[str, ...]
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of the story's summary and the articles that support it."""

    text: str
    articles: tuple[str, ...]
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Coverage:
    """How one article covers the story compared with the others."""

    article: str
    facts: int
    single_source: int
    contradicted: int
    missing_consensus: int


@dataclass(frozen=True)
class Story:
    """One story told by several articles, analysed across them."""

    id: str
    title: str
    articles: tuple[str, ...]
    facts: tuple[Fact, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    cited_sources: tuple[CitedSource, ...] = ()
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateEntry, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    main_source: str | None = None  # the upstream source most of its articles credit (two at least)
    reference_date: str | None = None  # the date the story's relative dates are resolved against
    signature: str = ""  # hash of what it was analysed from: same signature, no need to analyse it again


@dataclass(frozen=True)
class ReportArticle:
    """An article as the report lists it."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    duplicate_of: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """What `newsfuse analyze` produces: the contract's JSON, as values."""

    articles: tuple[ReportArticle, ...]
    rejected: tuple[Rejected, ...]
    stories: tuple[Story, ...]
    format: str = field(default=FORMAT)


@dataclass(frozen=True, eq=False)
class Doc:
    """An article with its annotations and vectors: the unit the corpus and story stages read.

    `vectors` has one L2-normalised float32 row per sentence of `annotations.sentences` (boilerplate too), in
    order, then one per clause that is not a whole sentence (`text.clauses.pieces` lists them all).
    """

    article: Article
    annotations: Annotations
    vectors: NDArray[np.float32]

    @property
    def id(self) -> str:
        """The article's id."""
        return self.article.id
