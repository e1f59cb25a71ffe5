"""Claims: the statements of fact in a story's articles (sentences, or clauses of them).

A claim is a content sentence, or one clause of a sentence that carries several statements ("Iran and Hamas
accused Israel; Israel has not commented"). Clause boundaries are found cheaply from punctuation and
conjunctions, never with a parser, so that claim extraction stays fast and deterministic. Boilerplate,
headings, a headline repeated in the body, bare attributions ("the officials said.") and fragments with
too few content words are left out. Claim spans are sub-spans of their sentence, offsets into article.text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Claim, Doc, Sentence, Span, content_hash

# A claim needs this many content words: fewer is a fragment ("He said so.", "the officials claimed").
MIN_CONTENT_WORDS = 3
# A clause split is kept only when both parts are full statements of at least this many content words;
# otherwise "Haniyeh, who was ..." would lose its subject.
MIN_CLAUSE_WORDS = 3
# A paragraph of one sentence with no closing punctuation and at most this many words is a heading or a
# caption ("Tel Aviv and Haifa could be targeted"), not a statement, when boilerplate detection missed it.
MAX_HEADING_WORDS = 14

WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?(?:[.,][0-9]+)*")

STOPWORDS = frozenset(
    """a an the and or but nor so yet of to in on at by for with from into onto over under about after before
    as than that this these those which who whom whose what when where while though although because if then
    is are was were be been being am has have had having do does did will would shall should can could may
    might must it its he she they them their his her him we us our you your i me my also not no only just
    there here very more most some any all both each other such own same too again once further up down out
    off said says say saying told tells tell added adds add according reported reports report claimed claims
    stated states noted notes believed confirmed including""".split()
)

# Words that make a sentence a bare attribution when nothing else of substance is left.
ATTRIBUTION_WORDS = frozenset(
    """officials official sources source report reports reported newspaper times agency agencies spokesman
    spokeswoman spokesperson statement people familiar matter media government""".split()
)

# Clause boundaries: "; " always, and ", but|though|although|whereas|while|and" when a new subject follows
# (or, after "but", a verb whose subject is the first clause's: "..., but would avoid civilian targets").
SEMICOLON = re.compile(r";\s+")
COORDINATION = re.compile(r",\s+(and|but|though|although|whereas|while|yet)\s+")
HELPER_VERB = r"(?:would|will|could|can|may|might|should|has|have|had|is|are|was|were|did|does)\b"
SHARED_SUBJECT_VERB = re.compile(HELPER_VERB)
# After a contrasting "but", "yet", "though", "although", "whereas" or "while", a new subject written in lower case
# ("..., but bank card details were not taken"): a few words, no comma, then a helper verb.
CONTRAST_SUBJECT = re.compile(r"(?:[\w’'-]+\s+){1,4}" + HELPER_VERB)
# A leading subordinate clause ("While Israel has not commented, the Jewish state has said ...") is a
# statement of its own; it ends at the first comma that a new subject follows.
LEADING = re.compile(r"^(?:While|Although|Though|Whereas)\s")
# A non-restrictive relative clause that runs to the end of the sentence: "..., who was in Tehran for ...".
RELATIVE = re.compile(r",\s+(?=(?:who|which)\s)")
SUBJECT_START = re.compile(
    r"(?:[A-Z][\w’'-]*|the|its|his|her|their|it|he|she|they|we|there|this|that|these|those|some|many|"
    r"most|no|one|two|three|four|five|officials?|police|authorities)\b"
)
CLOSING = tuple(".!?\"”’)…:")


def content_words(text: str) -> list[str]:
    """The lowercased words of a text that carry content (no stopwords, attribution verbs or 1-letter words)."""
    out = []
    for w in WORD.findall(text):
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if len(low) > 1 and low not in STOPWORDS:
            out.append(low)
    return out


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


def _cuts(text: str) -> list[tuple[int, int]]:
    """(end of one clause, start of the next) within one sentence, in order."""
    cuts: dict[int, int] = {}
    for m in SEMICOLON.finditer(text):
        cuts[m.start()] = m.end()
    for m in COORDINATION.finditer(text):
        shared = m.group(1) == "but" and SHARED_SUBJECT_VERB.match(text, m.end())
        contrast = m.group(1) != "and" and CONTRAST_SUBJECT.match(text, m.end())
        if SUBJECT_START.match(text, m.end()) or shared or contrast:
            cuts[m.start()] = m.end()
    for m in RELATIVE.finditer(text):
        if _relative_runs_to_end(text[m.end() :]):
            cuts[m.start()] = m.end()
    if LEADING.match(text):
        for m in re.finditer(r",\s+", text):
            if SUBJECT_START.match(text, m.end()):
                cuts[m.start()] = m.end()
                break
    return sorted(cuts.items())


def _relative_runs_to_end(rest: str) -> bool:
    # "who was the group's leader, was in Iran ..." closes with a comma and a verb: an interior clause.
    return not re.search(r",\s+(?:was|is|were|are|has|had|have|will|would|can|could)\s", rest)


def _enough(piece: str) -> bool:
    return len(content_words(piece)) >= MIN_CLAUSE_WORDS


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of one sentence, relative to it; the whole sentence when it does not split."""
    parts: list[tuple[int, int]] = []
    start = 0
    for end, nxt in _cuts(text):
        parts.append((start, end))
        start = nxt
    parts.append((start, len(text)))
    merged: list[tuple[int, int]] = []
    for s, e in parts:
        if merged and not (_enough(text[s:e]) and _enough(text[merged[-1][0] : merged[-1][1]])):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [_trim(text, s, e) for s, e in merged]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,;":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


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
