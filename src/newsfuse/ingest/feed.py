"""RSS and Atom feeds: every item an article (id from guid or link, text from its content or summary).

Feeds come from strangers, so the XML is checked with defusedxml before feedparser sees it: a feed that
declares entities (billion laughs, external entities such as file:///etc/passwd) is Rejected unread.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import ParseError

from ..model import Article, Rejected
from .dates import normalize_date
from .html import fragment_text

ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)
FEED_ROOT = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document open an RSS, Atom or RDF feed."""
    return FEED_ROOT.match(head.lstrip(b"\xef\xbb\xbf")) is not None


def unsafe_reason(data: bytes) -> str | None:
    """Why this XML must not be parsed (entity declarations, external references), or None."""
    import defusedxml
    import defusedxml.ElementTree

    if ENTITY_DECLARATION.search(data):
        return "XML declares entities (possible entity-expansion or external-entity attack); not parsed"
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as ex:
        return f"XML refused as unsafe ({type(ex).__name__}); not parsed"
    except (ParseError, ValueError):
        return None  # malformed but harmless: feedparser's lenient parser may still read it
    return None


def read_feed(data: bytes, stem: str, origin: str) -> Iterator[Article | Rejected]:
    """The items of a feed as Articles; a feed with no items, or unsafe XML, is Rejected."""
    import feedparser

    if reason := unsafe_reason(data):
        yield Rejected(origin, reason)
        return
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        why = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        yield Rejected(origin, f"feed with no items{why}")
        return
    outlet = _clean((parsed.get("feed") or {}).get("title"))
    for n, entry in enumerate(entries, 1):
        yield _item(entry, outlet, f"{stem}:{n}", f"{origin}#{n}")


def _item(entry: Any, outlet: str | None, fallback_id: str, origin: str) -> Article | Rejected:
    """One feed item as an Article."""
    link = _clean(entry.get("link"))
    article_id = _clean(entry.get("id")) or link or fallback_id
    bodies = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    html = bodies[0] if bodies else entry.get("summary") or ""
    text = fragment_text(html) if isinstance(html, str) else ""
    if not text.strip():
        return Rejected(origin, f"feed item {article_id!r} has no text")
    warnings = []
    raw_date = entry.get("published") or entry.get("updated")
    published = normalize_date(raw_date) if isinstance(raw_date, str) else None
    if raw_date and published is None:
        warnings.append(f"published date {raw_date!r} could not be read")
    return Article(
        id=article_id,
        text=text,
        outlet=outlet,
        title=_clean(entry.get("title")),
        published=published,
        url=link,
        origin=link or origin,
        warnings=tuple(warnings),
    )


def _clean(value: Any) -> str | None:
    """A stripped non-empty string, or None."""
    return value.strip() or None if isinstance(value, str) else None
