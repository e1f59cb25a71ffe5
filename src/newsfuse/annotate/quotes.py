"""Quotes and reported speech of one article, with their speakers.

Direct quotes are read off the quote marks of each paragraph (“ ” „ « » " and ‘ ’); a paragraph that opens a
quote without closing it continues into the next paragraph that opens with a quote mark. The speaker of a
quote is the subject of the speech verb written beside it (found through the dependency parse); a quote with
no verb of its own takes the speaker of the quote next to it in the same paragraph, of the paragraph it
continues, or of the paragraph just before when it stands alone as a paragraph. Reported speech is the
clause a speech verb governs ("X said that ...", "according to X, ..."), with direct=False.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Article, Mention, QuoteMention, Sentence, Span
from . import nlp
from .speakers import BELIEF_VERBS, DIRECTIVE_VERBS, REPORT_VERBS, Names, Resolver, Speaker, cue_text, is_cue, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT = '"'
TRIM = " \t,;:—–-"
# "“…” ― Jo Ann Smith": a dash and a name closing the quote's paragraph sign it
DASH_CREDIT = re.compile(r"[^\S\n]*[―—–][^\S\n]*(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4}?)\.?[^\S\n]*(?:,|$)", re.M)
# a quote with no speaker is kept only from this length: shorter ones are mostly scare quotes and titles
# ("political" leader, a “Commander-In-Chief” forum); longer ones are still worth reading and grouping
MIN_UNATTRIBUTED_WORDS = 6
MIN_REPORTED_WORDS = 4  # shorter reported clauses are mostly parse noise ("he said so")
MAX_QUOTED_SHARE = 0.5  # reported content mostly inside quote marks is already a direct quote

SentenceAt = Callable[[int], Sentence | None]


@dataclass(frozen=True)
class _Raw:
    """A quoted stretch of one paragraph: content offsets and the offsets including its marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    unclosed: bool
    opens_paragraph: bool
    speaker: Speaker | None = None
    cue: str | None = None


def find_quotes(
    article: Article, sentences: tuple[Sentence, ...], doc: SpacyDoc, mentions: tuple[Mention, ...]
) -> tuple[QuoteMention, ...]:
    """Direct quotes and reported speech, each with its speaker as the article names it."""
    text = article.text
    raws = _scan(text)
    regions = [(r.outer_start, r.outer_end) for r in raws]
    names = Names(doc, mentions)
    resolver = Resolver(doc, names, regions)
    starts = [s.span.start for s in sentences]

    def sentence_at(pos: int) -> Sentence | None:
        i = bisect_right(starts, pos) - 1
        return sentences[i] if i >= 0 else None

    inside = _inside(regions)
    attributed = [_attribute(r, doc, sentence_at, inside, resolver) for r in raws]
    attributed = _inherit(attributed, text)
    out: list[QuoteMention] = []
    for r in attributed:
        sent = sentence_at(r.start)
        if sent is None or sent.boilerplate is not None:
            continue
        n_words = len(text[r.start : r.end].split())
        if r.speaker is None and n_words < MIN_UNATTRIBUTED_WORDS:
            continue
        out.append(_mention(article, r.start, r.end, True, sent.index, r.speaker, r.cue))
    out.extend(_reported(article, doc, sentence_at, inside, regions, resolver))
    out.sort(key=lambda q: (q.span.start, q.span.end, not q.direct))
    return tuple(out)


def _mention(
    article: Article, start: int, end: int, direct: bool, sentence: int, speaker: Speaker | None, cue: str | None
) -> QuoteMention:
    text = article.text
    span = Span(article.id, start, end, text[start:end])
    if speaker is None:
        return QuoteMention(span, direct, sentence, cue=cue)
    at = Span(article.id, speaker.start, speaker.end, text[speaker.start : speaker.end])
    return QuoteMention(span, direct, sentence, speaker.name, at, cue)


# --------------------------------------------------------------------------- direct quotes


def _scan(text: str) -> list[_Raw]:
    """Every quoted stretch, paragraph by paragraph, in text order."""
    out: list[_Raw] = []
    pos = 0
    paragraph = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        for a, b, unclosed in _scan_line(line):
            s, e = _trim(line, a + 1, b)
            if s < e and any(ch.isalpha() for ch in line[s:e]):
                close = b if unclosed else b + 1
                out.append(_Raw(base + s, base + e, base + a, base + close, paragraph, unclosed, a == lead))
        paragraph += 1
    return out


def _scan_line(line: str) -> list[tuple[int, int, bool]]:
    """(open mark, close mark, unclosed) of each quote in one paragraph; nested quotes stay inside."""
    found: list[tuple[int, int, bool]] = []
    open_at, kind = -1, ""
    n = len(line)
    for i, ch in enumerate(line):
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if ch in OPEN_DOUBLE or ch == STRAIGHT or (ch == "”" and not before.isalnum() and after.isalnum()):
                open_at, kind = i, "double"
            elif ch == "‘" and not before.isalnum():
                open_at, kind = i, "single"
        elif kind == "double" and (ch in CLOSE_DOUBLE or ch == STRAIGHT):
            found.append((open_at, i, False))
            open_at = -1
        elif kind == "single" and ch == "’" and not after.isalnum() and not before.isspace():
            found.append((open_at, i, False))
            open_at = -1
    if open_at >= 0 and kind == "double":
        found.append((open_at, n, True))
    return found


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s] in TRIM:
        s += 1
    while e > s and line[e - 1] in TRIM:
        e -= 1
    return s, e


def _inside(regions: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [r[0] for r in regions]

    def test(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and regions[i][0] <= pos < regions[i][1]

    return test


def _attribute(
    r: _Raw, doc: SpacyDoc, sentence_at: SentenceAt, inside: Callable[[int], bool], resolver: Resolver
) -> _Raw:
    """The quote with the speaker of the speech verb written beside it, when there is one."""
    first = sentence_at(r.outer_start)
    last = sentence_at(max(r.outer_end - 1, r.outer_start))
    lo = first.span.start if first else r.outer_start
    hi = last.span.end if last else r.outer_end
    context = doc.char_span(lo, hi, alignment_mode="expand")
    if context is None:
        return r
    head = doc.char_span(r.start, r.end, alignment_mode="expand")
    anchor = head[0] if head is not None and len(head) else None
    cues = [t for t in context if is_cue(t) and not inside(t.idx)]

    def rank(t: Token) -> tuple[int, int]:
        governs = anchor is not None and t.is_ancestor(anchor)
        distance = min(abs(t.idx - r.outer_end), abs(r.outer_start - t.idx))
        return (0 if governs else 1, distance)

    for cue in sorted(cues, key=rank):
        who = subject(cue, inside)
        if who is not None:
            return replace(r, speaker=resolver.speaker(who), cue=cue_text(cue))
    text = nlp.text_of(doc)
    signed = DASH_CREDIT.match(text, r.outer_end)
    if signed:
        start, end = signed.span("name")
        end = start + len(text[start:end].rstrip("."))
        return replace(r, speaker=Speaker(start, end, text[start:end]), cue=text[r.outer_end : start].strip())
    return r


def _inherit(raws: list[_Raw], text: str) -> list[_Raw]:
    """Quotes with no speech verb of their own take the speaker of the quote they continue."""
    out = list(raws)
    for forwards in (True, False):  # "“A,” he said, “B.”" and "“A,” “B,” he said."
        order = range(len(out)) if forwards else range(len(out) - 1, -1, -1)
        prev: _Raw | None = None
        for i in order:
            r = out[i]
            known = prev is not None and prev.speaker is not None
            if r.speaker is None and known and prev is not None and _continues(prev, r, text, forwards):
                out[i] = replace(r, speaker=prev.speaker, cue=prev.cue)
            prev = out[i]
    return out


def _continues(prev: _Raw, r: _Raw, text: str, forwards: bool) -> bool:
    if prev.paragraph == r.paragraph:
        return True
    if not forwards or r.paragraph != prev.paragraph + 1 or not r.opens_paragraph:
        return False
    if prev.unclosed:
        return True
    line_end = text.find("\n", r.outer_end)
    rest = text[r.outer_end : line_end if line_end >= 0 else len(text)]
    return not any(ch.isalpha() for ch in rest)  # the paragraph is the quote alone


# --------------------------------------------------------------------------- reported speech


def _reported(
    article: Article,
    doc: SpacyDoc,
    sentence_at: SentenceAt,
    inside: Callable[[int], bool],
    regions: list[tuple[int, int]],
    resolver: Resolver,
) -> list[QuoteMention]:
    """Clauses governed by a speech verb or by "according to", outside quote marks."""
    out: list[QuoteMention] = []
    seen: set[tuple[int, int]] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        belief = tok.pos_ == "VERB" and lemma in BELIEF_VERBS
        if not (is_cue(tok) or belief) or inside(tok.idx):
            continue
        if tok.lower_ != "according" and lemma not in REPORT_VERBS and not belief:
            continue
        sent = sentence_at(tok.idx)
        if sent is None or sent.boilerplate is not None:
            continue
        content = _content(tok)
        who = subject(tok, inside)
        if content is None or who is None or inside(content[0]):
            continue
        start, end = content
        if len(article.text[start:end].split()) < MIN_REPORTED_WORDS or (start, end) in seen:
            continue
        quoted = sum(max(0, min(end, b) - max(start, a)) for a, b in regions)
        if quoted > MAX_QUOTED_SHARE * (end - start):
            continue
        seen.add((start, end))
        where = sentence_at(start)
        index = where.index if where is not None else sent.index
        out.append(_mention(article, start, end, False, index, resolver.speaker(who), cue_text(tok)))
    return out


def _content(tok: Token) -> tuple[int, int] | None:
    """Character offsets of what the cue reports: its clausal complement, or the clause "according to" qualifies."""
    doc = tok.doc
    if tok.lower_ == "according":
        clause = tok.head
        if clause is tok:
            return None
        left = (clause.left_edge.i, tok.left_edge.i - 1)
        right = (tok.right_edge.i + 1, clause.right_edge.i)
        lo, hi = max(left, right, key=lambda p: p[1] - p[0])
    else:
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        xcomps = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i]
        if comps:
            lo, hi = comps[0].left_edge.i, comps[0].right_edge.i
        elif xcomps and tok.lemma_.lower() in DIRECTIVE_VERBS:
            objects = [c.left_edge.i for c in tok.children if c.dep_ in ("dobj", "prep") and tok.i < c.i < xcomps[0].i]
            lo, hi = min([xcomps[0].left_edge.i, *objects]), xcomps[0].right_edge.i
        else:
            return None
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if lo > hi:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
