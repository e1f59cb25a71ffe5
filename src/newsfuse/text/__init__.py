"""Text layer: sentence spans over the article text, with boilerplate blocks flagged (never deleted).

    article.text ─► blocks (lines; a line that runs on — ends in a comma or dash, or the next starts in
    lower case — is joined to the next) ─► boilerplate kind per block ─► Punkt sentences per block
    (a "WASHINGTON (AP) —" lead split off as its own flagged sentence)

Offsets always point into `article.text` as ingested; normalisation for matching lives in `normalize`.
"""

from __future__ import annotations

from ..model import Article, BoilerplateKind, Sentence, Span
from .boilerplate import CLOSERS, CONTINUATION, DATELINE_FIELD, classify_blocks, lead_prefix
from .normalize import Normalized, normalize, normalize_with_map
from .sentences import sentence_spans

__all__ = ["Normalized", "blocks", "normalize", "normalize_with_map", "split"]


def split(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences, offsets into article.text, boilerplate flagged."""
    text = article.text
    spans = blocks(text)
    kinds = classify_blocks([text[s:e] for s, e in spans], article.title)
    out: list[Sentence] = []

    def add(start: int, end: int, paragraph: int, kind: BoilerplateKind | None) -> None:
        out.append(Sentence(Span(article.id, start, end, text[start:end]), len(out), paragraph, kind))

    for paragraph, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True)):
        body = start
        if kind is None and (lead := lead_prefix(text[start:end])):
            cut, lead_kind = lead
            add(start, start + len(text[start : start + cut].rstrip()), paragraph, lead_kind)
            body = start + cut
        for s, e in sentence_spans(text[body:end]):
            add(body + s, body + e, paragraph, kind)
    return tuple(out)


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of the text: a line, or lines that run on into each other, stripped."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append((start + lead, start + lead + len(stripped)))
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and _runs_on(text[out[-1][0] : out[-1][1]], text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _runs_on(previous: str, line: str) -> bool:
    """Whether a line continues the sentence of the line before it."""
    if previous.rstrip(CLOSERS).endswith(CONTINUATION):
        return True
    return line[0].islower() and not previous.endswith((".", "!", "?", ":")) and not DATELINE_FIELD.match(line)
