"""Claims: the statements of fact in a story's articles (sentences, or clauses of them: `text.clauses`).

A claim is a content sentence, or one clause of a sentence that carries several statements. Boilerplate,
headings, a headline repeated in the body, bare attributions ("the officials said.") and fragments with
too few content words are left out. Claim spans are sub-spans of their sentence, offsets into article.text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Claim, Doc, Sentence, Span, content_hash
from ..text.clauses import WORD, clauses, content_words

# A claim needs this many content words: fewer is a fragment ("He said so.", "the officials claimed").
MIN_CONTENT_WORDS = 3
# A paragraph of one sentence with no closing punctuation and at most this many words is a heading or a
# caption ("Tel Aviv and Haifa could be targeted"), not a statement, when boilerplate detection missed it.
MAX_HEADING_WORDS = 14

# Words that make a sentence a bare attribution when nothing else of substance is left.
ATTRIBUTION_WORDS = frozenset(
    """officials official sources source report reports reported newspaper times agency agencies spokesman
    spokeswoman spokesperson statement people familiar matter media government""".split()
)

CLOSING = tuple(".!?\"”’)…:")


def normalise(text: str) -> str:
    """Lowercased words of a text joined by single spaces: for comparing sentences as written."""
    return " ".join(w.lower() for w in WORD.findall(text))


def is_bare_attribution(text: str) -> bool:
    """True for a clause that only says who said something ("the officials said", "according to the report")."""
    words = content_words(text)
    return all(w in ATTRIBUTION_WORDS or w.isdigit() for w in words) or len(words) < MIN_CONTENT_WORDS


def _is_heading(sentence: Sentence, paragraph_size: int) -> bool:
    text = sentence.span.text.rstrip()
    return (
        paragraph_size == 1
        and not text.endswith(CLOSING)
        and len(WORD.findall(text)) <= MAX_HEADING_WORDS
    )


def statements(doc: Doc) -> Iterator[Sentence]:
    """The article's content sentences that state something: no heading, caption or repeated headline, each
    wording once."""
    per_paragraph: dict[int, int] = {}
    for sent in doc.annotations.sentences:
        per_paragraph[sent.paragraph] = per_paragraph.get(sent.paragraph, 0) + 1
    title = normalise(doc.article.title or "")
    seen: set[str] = set()
    for sentence in doc.annotations.content():
        key = normalise(sentence.span.text)
        if not key or key == title or key in seen or _is_heading(sentence, per_paragraph[sentence.paragraph]):
            continue
        seen.add(key)
        yield sentence


def _doc_claims(doc: Doc) -> Iterator[Claim]:
    for sentence in statements(doc):
        text, base = sentence.span.text, sentence.span.start
        for s, e in clauses(text):
            piece = text[s:e]
            if is_bare_attribution(piece):
                continue
            span = Span(doc.id, base + s, base + e, piece)
            yield Claim(content_hash(doc.id, str(span.start), str(span.end)), span, sentence.index)


def extract_claims(docs: Sequence[Doc]) -> list[Claim]:
    """Every claim of every article, boilerplate, repeated headlines and bare attributions left out."""
    return [c for d in docs for c in _doc_claims(d)]
