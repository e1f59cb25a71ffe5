"""HTML pages: the main text and metadata (title, site name, date, URL) as trafilatura extracts them.

Scripts, navigation and reader comments are dropped; a page with no main text is Rejected.
Fragments of HTML (feed item bodies) are turned to text by `fragment_text`, which keeps block breaks.
"""

from __future__ import annotations

import logging
import re

from ..model import Article, Rejected
from .dates import normalize_date

MIN_TEXT_CHARS = 1  # trafilatura already refuses pages with too little text; anything it returns counts
BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre figure figcaption"
    .split()
)
DROP_TAGS = frozenset("script style noscript iframe template svg head".split())
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html(
    html: str, article_id: str, origin: str, url: str | None = None, warnings: tuple[str, ...] = ()
) -> Article | Rejected:
    """The article a web page holds, or Rejected when trafilatura finds no main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    except (ValueError, TypeError, RecursionError) as ex:
        return Rejected(origin, f"HTML page could not be parsed ({type(ex).__name__}: {ex})")
    text = _tidy(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.strip()) < MIN_TEXT_CHARS:
        return Rejected(origin, "HTML page with no article text that could be extracted")
    notes = list(warnings)
    published = None
    if raw := getattr(doc, "date", None):
        published = normalize_date(raw)
        if published is None:
            notes.append(f"published date {raw!r} could not be read")
    return Article(
        id=article_id,
        text=text,
        outlet=getattr(doc, "sitename", None) or None,
        title=getattr(doc, "title", None) or None,
        published=published,
        url=getattr(doc, "url", None) or url,
        origin=origin,
        warnings=tuple(notes),
    )


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one line per block, scripts and styles dropped."""
    import lxml.html
    from lxml import etree

    if "<" not in html:
        return _tidy(_unescape(html))
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(_unescape(re.sub(r"<[^>]*>", " ", html)))
    parts: list[str] = []
    _walk(root, parts)
    return _tidy("".join(parts))


def _walk(el: object, parts: list[str]) -> None:
    """Append the text under an lxml element, newlines around block elements."""
    from lxml import etree

    stack: list[tuple[object, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        assert isinstance(node, etree._Element)
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if node.tail:
                parts.append(node.tail)
            continue
        if not isinstance(node.tag, str) or tag in DROP_TAGS:
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _unescape(s: str) -> str:
    import html

    return html.unescape(s)


def _tidy(text: str) -> str:
    """Spaces collapsed within lines, blank and empty lines dropped, ends stripped."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)
