"""Plain-text articles: the text exactly as the file reads, with metadata taken from its header lines.

A header line says what it is plainly ("Published: May 3, 2013", "By Jane Doe", "Source: Reuters",
"Title: …", a Markdown "# Heading", a line that is only a date), or the first line is short, unpunctuated and
followed by a blank line (a title). The text keeps those lines: offsets must match ``Path.read_text()``.
"""

from __future__ import annotations

import json
import re

from ..model import Article
from .dates import normalize_date

HEADER_LINES = 6  # metadata sits at the top; a "By" line further down is body text
MAX_TITLE_WORDS = 20  # a longer first line is a sentence of the body, not a headline
FIELD = re.compile(
    r"^\s*(?P<key>published|date|dated|posted|updated|source|outlet|publisher|title|headline|url|link)\s*:\s*(?P<value>\S.*?)\s*$",
    re.I,
)
BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*$", re.I)
MAX_DATE_LINE_WORDS = 8  # a header line this short that reads as a date with a year is the publication date
DATE_LINE_LEAD = re.compile(r"^\s*(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?\s+)", re.I)
YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
MARKDOWN_TITLE = re.compile(r"^\s*#\s+(?P<title>\S.*?)\s*#*\s*$")
KEYS = {
    "published": "published", "date": "published", "dated": "published", "posted": "published",
    "updated": "published", "source": "outlet", "outlet": "outlet", "publisher": "outlet",
    "title": "title", "headline": "title", "url": "url", "link": "url",
}


def read_text_article(article_id: str, text: str, origin: str, warnings: tuple[str, ...] = ()) -> Article:
    """An Article for a plain text, metadata inferred from its header lines."""
    found: dict[str, str] = {}
    author = None
    lines = text.split("\n", HEADER_LINES + 1)[:HEADER_LINES]
    nonblank = [(i, line) for i, line in enumerate(lines) if line.strip()]
    for i, line in nonblank:
        if m := FIELD.match(line):
            found.setdefault(KEYS[m["key"].lower()], m["value"])
        elif (m := BYLINE.match(line)) and author is None:
            author = m["name"]
        elif "published" not in found and _is_date_line(line):
            found["published"] = DATE_LINE_LEAD.sub("", line).strip()
        elif (m := MARKDOWN_TITLE.match(line)) and i == nonblank[0][0]:
            found.setdefault("title", m["title"])
    if "title" not in found and nonblank and _looks_like_title(lines, nonblank[0][0]):
        found["title"] = nonblank[0][1].strip()
    published = None
    notes = list(warnings)
    if raw := found.get("published"):
        published = normalize_date(raw)
        if published is None:
            notes.append(f"published date {raw!r} could not be read")
    metadata = (("author", json.dumps(author, ensure_ascii=False)),) if author else ()
    return Article(
        id=article_id,
        text=text,
        outlet=found.get("outlet"),
        title=found.get("title"),
        published=published,
        url=found.get("url"),
        origin=origin,
        metadata=metadata,
        warnings=tuple(notes),
    )


def _is_date_line(line: str) -> bool:
    """A header line that is a day and nothing else ("March 11, 2025", "Updated June 18, 2025 14:08")."""
    line = DATE_LINE_LEAD.sub("", line)
    iso = normalize_date(line) if len(line.split()) <= MAX_DATE_LINE_WORDS and YEAR.search(line) else None
    return iso is not None and len(iso) >= len("2025-03-11")


def _looks_like_title(lines: list[str], i: int) -> bool:
    """The first line is short, has no sentence-final punctuation, and a blank line follows it (after the
    header lines, a byline, "Published: …" or a date, that may come between)."""
    line = lines[i].strip()
    after = i + 1
    while after < len(lines) and (FIELD.match(lines[after]) or BYLINE.match(lines[after]) or _is_date_line(lines[after])):
        after += 1
    followed_by_blank = after < len(lines) and not lines[after].strip()
    return (
        followed_by_blank
        and len(line.split()) <= MAX_TITLE_WORDS
        and not line.endswith((".", "!", ",", ";", ":"))
        and not FIELD.match(line)
        and not BYLINE.match(line)
    )
