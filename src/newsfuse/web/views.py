"""What the pages show, worked out from store values: story rows, evidence links, the fact matrix, charts.

Everything here is plain data (dicts, lists, numbers, untrusted strings); the templates escape every
string they print. Links to evidence carry character offsets (`?hl=start-end`), never file paths.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from ..model import Article

MAX_HIGHLIGHTS = 200  # spans one article link may ask to mark; more is a malformed or hostile request
SNIPPET_CHARS = 160  # longest evidence sentence shown inline before it is cut with an ellipsis
STATUS_ORDER = {"disputed": 0, "corroborated": 1, "single_source": 2}  # matrix rows: what matters first
TIMELINE_WIDTH, TIMELINE_ROW = 760, 26  # px: the chart's width and one event row
COVERAGE_WIDTH, COVERAGE_ROW = 760, 30  # px: the chart's width and one article bar
LABEL_WIDTH = 190  # px of each chart's left column for the date or outlet label

Story = Mapping[str, Any]


# --------------------------------------------------------------------------- links


def article_href(
    article_id: str, spans: Iterable[tuple[int, int]] = (), story: str | None = None, item: str | None = None
) -> str:
    """The article page with these spans marked (and the story's fact, quote or contradiction named); scrolled."""
    params: dict[str, str] = {}
    hl = ",".join(f"{s}-{e}" for s, e in spans)
    if hl:
        params["hl"] = hl
    if story:
        params["story"] = story
    if story and item:
        params["item"] = item
    query = f"?{urlencode(params)}" if params else ""
    return f"/articles/{quote(article_id, safe='')}{query}" + ("#hl" if hl else "")


def story_href(story_id: str) -> str:
    """The story page."""
    return f"/stories/{quote(story_id, safe='')}"


def span_of(ev: Mapping[str, Any]) -> tuple[int, int] | None:
    """(start, end) of an evidence object when it has offsets."""
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        return start, end
    return None


def evidence_href(ev: Mapping[str, Any], story: str | None, item: str | None = None) -> str:
    """Link from one evidence object to its sentence, marked in place."""
    span = span_of(ev)
    return article_href(str(ev.get("article", "")), [span] if span else [], story, item)


# --------------------------------------------------------------------------- highlighting


class BadHighlight(ValueError):
    """The `hl` query parameter is not a list of start-end offsets."""


def parse_highlights(raw: str | None) -> list[tuple[int, int]]:
    """`"10-40,52-80"` → [(10, 40), (52, 80)]; raises BadHighlight with a reason when malformed."""
    if not raw:
        return []
    out: list[tuple[int, int]] = []
    parts = raw.split(",")
    if len(parts) > MAX_HIGHLIGHTS:
        raise BadHighlight(f"at most {MAX_HIGHLIGHTS} spans may be highlighted")
    for part in parts:
        start, sep, end = part.strip().partition("-")
        if not sep or not start.isdigit() or not end.isdigit():
            raise BadHighlight(f"highlight {part[:40]!r} is not START-END (two character offsets)")
        a, b = int(start), int(end)
        if a > b:
            raise BadHighlight(f"highlight {part[:40]!r} ends before it starts")
        out.append((a, b))
    return out


@dataclass(frozen=True)
class Segment:
    """A run of article text, marked or not; `first` is the mark the page scrolls to."""

    text: str
    mark: bool = False
    first: bool = False


def segments(text: str, spans: Sequence[tuple[int, int]]) -> list[Segment]:
    """The text cut into unmarked and marked runs (spans clamped to the text, overlaps merged)."""
    merged: list[list[int]] = []
    for a, b in sorted((min(a, len(text)), min(b, len(text))) for a, b in spans):
        if a == b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[Segment] = []
    pos = 0
    for i, (a, b) in enumerate(merged):
        if a > pos:
            out.append(Segment(text[pos:a]))
        out.append(Segment(text[a:b], mark=True, first=i == 0))
        pos = b
    if pos < len(text) or not out:
        out.append(Segment(text[pos:]))
    return out


def emphasise(text: str, value: str) -> list[Segment]:
    """The text cut so that every occurrence of `value` (any case) is a marked run."""
    if not value.strip():
        return [Segment(text)]
    low, needle = text.lower(), value.lower()
    spans, pos = [], low.find(needle)
    while pos >= 0:
        spans.append((pos, pos + len(needle)))
        pos = low.find(needle, pos + len(needle))
    return segments(text, spans)


def item_evidence(story: Story, item_id: str, article_id: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(what it is, spans in this article) for a fact, quote or contradiction of the story, by id."""
    for fact in story.get("facts", []):
        if fact.get("id") == item_id:
            return f"Fact: {fact.get('text', '')}", _spans_in(fact.get("evidence", []), article_id)
    for quote_ in story.get("quotes", []):
        if quote_.get("id") == item_id:
            who = quote_.get("speaker") or "unknown speaker"
            return f"Quote ({who}): {quote_.get('text', '')}", _spans_in(quote_.get("evidence", []), article_id)
    for c in story.get("contradictions", []):
        if c.get("id") == item_id:
            evs = [ev for side in c.get("sides", []) for ev in side.get("evidence", [])]
            return f"Contradiction: {c.get('summary', '')}", _spans_in(evs, article_id)
    return None


def _spans_in(evidence: Iterable[Mapping[str, Any]], article_id: str) -> list[tuple[int, int]]:
    return [s for ev in evidence if ev.get("article") == article_id and (s := span_of(ev))]


# --------------------------------------------------------------------------- stories list


def outlet_of(article: Article | None, article_id: str) -> str:
    """The name to show for an article's outlet: its outlet, else its id."""
    return (article.outlet or article_id) if article else article_id


def story_row(story: Story, articles: Mapping[str, Article]) -> dict[str, Any]:
    """One line of the stories list (also the item of GET /api/stories)."""
    ids = [str(a) for a in story.get("articles", [])]
    outlets = sorted({outlet_of(articles.get(a), a) for a in ids}, key=str.lower)
    published = [p for a in ids if (art := articles.get(a)) and (p := art.published)]
    return {
        "id": story.get("id"),
        "title": story.get("title", ""),
        "articles": ids,
        "article_count": len(ids),
        "outlets": outlets,
        "facts": len(story.get("facts", [])),
        "contradictions": len(story.get("contradictions", [])),
        "quotes": len(story.get("quotes", [])),
        "main_source": story.get("main_source"),
        "updated": max(published) if published else None,
    }


def matches(story: Story, row: Mapping[str, Any], query: str) -> bool:
    """Whether every word of the query is in the story's title, summary, facts, entities or outlets."""
    words = query.lower().split()
    if not words:
        return True
    hay = [str(story.get("title", "")), *row["outlets"]]
    hay += [str(s.get("text", "")) for s in story.get("summary", [])]
    hay += [str(f.get("text", "")) for f in story.get("facts", [])]
    for ent in story.get("entities", []):
        hay += [str(ent.get("name", "")), *map(str, ent.get("aliases", []))]
    text = "\n".join(hay).lower()
    return all(w in text for w in words)


# --------------------------------------------------------------------------- story page


def story_view(story: Story, articles: Mapping[str, Article]) -> dict[str, Any]:
    """Everything the story page shows, with links and chart geometry worked out."""
    sid = str(story.get("id", ""))
    ids = [str(a) for a in story.get("articles", [])]
    number = {a: i + 1 for i, a in enumerate(ids)}
    outlet = {a: outlet_of(articles.get(a), a) for a in ids}
    outlets = sorted(set(outlet.values()), key=str.lower)
    return {
        "id": sid,
        "title": story.get("title", ""),
        "row": story_row(story, articles),
        "sources": [
            {"n": number[a], "id": a, "outlet": outlet[a], "title": (articles[a].title if a in articles else None),
             "href": article_href(a, story=sid)}
            for a in ids
        ],
        "summary": [_summary_sentence(s, sid, number, outlet) for s in story.get("summary", [])],
        "contradictions": [_contradiction(c, sid, outlet) for c in story.get("contradictions", [])],
        "matrix": _matrix(story, sid, outlet, outlets),
        "quotes": [_quote(q, sid, outlet) for q in story.get("quotes", [])],
        "cited_sources": _cited(story, sid, outlet),
        "entities": _entities(story),
        "timeline": timeline_chart(story.get("timeline", []), outlet, sid),
        "coverage": coverage_chart(story.get("coverage", []), outlet),
    }


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def _summary_sentence(s: Story, sid: str, number: Mapping[str, int], outlet: Mapping[str, str]) -> dict[str, Any]:
    evidence = s.get("evidence", [])
    cites = []
    for a in s.get("articles", []):
        spans = [sp for ev in evidence if ev.get("article") == a and (sp := span_of(ev))]
        support = next((str(ev.get("text", "")) for ev in evidence if ev.get("article") == a), "")
        cites.append({
            "n": number.get(a, "?"), "article": a, "outlet": outlet.get(a, a),
            "href": article_href(a, spans, sid), "support": _snippet(support),
        })
    return {"text": s.get("text", ""), "cites": cites}


def _evidence_items(
    evs: Iterable[Mapping[str, Any]], sid: str, outlet: Mapping[str, str], item: str | None = None
) -> list[dict[str, Any]]:
    return [
        {"article": ev.get("article"), "outlet": outlet.get(str(ev.get("article")), ev.get("article")),
         "text": ev.get("text", ""), "href": evidence_href(ev, sid, item)}
        for ev in evs
    ]


def _contradiction(c: Story, sid: str, outlet: Mapping[str, str]) -> dict[str, Any]:
    sides = []
    for side in c.get("sides", []):
        evs = _evidence_items(side.get("evidence", []), sid, outlet, c.get("id"))
        for e in evs:
            e["parts"] = emphasise(str(e["text"]), str(side.get("value", "")))
        sides.append({
            "value": side.get("value", ""),
            "outlets": sorted({str(e["outlet"]) for e in evs}, key=str.lower),
            "evidence": evs,
        })
    return {
        "id": c.get("id"), "kind": c.get("kind", "other"), "summary": c.get("summary", ""),
        "within_article": bool(c.get("within_article")), "sides": sides,
    }


def _matrix(story: Story, sid: str, outlet: Mapping[str, str], outlets: list[str]) -> dict[str, Any]:
    rows = []
    for fact in story.get("facts", []):
        by_outlet: dict[str, list[tuple[int, int]]] = {}
        first_article: dict[str, str] = {}
        for ev in fact.get("evidence", []):
            a = str(ev.get("article"))
            name = outlet.get(a, a)
            first_article.setdefault(name, a)
            if (sp := span_of(ev)) and first_article[name] == a:
                by_outlet.setdefault(name, []).append(sp)
        for a in fact.get("articles", []):
            first_article.setdefault(outlet.get(a, a), a)
        cells = []
        for name in outlets:
            a_id = first_article.get(name)
            cells.append({"on": a_id is not None,
                          "href": article_href(a_id, by_outlet.get(name, []), sid, fact.get("id")) if a_id else None})
        rows.append({
            "id": fact.get("id"), "text": fact.get("text", ""), "status": fact.get("status", "single_source"),
            "sources": fact.get("independent_sources", 0), "cells": cells,
        })
    rows.sort(key=lambda r: (STATUS_ORDER.get(str(r["status"]), 3), -int(r["sources"] or 0)))
    counts = {k: sum(r["status"] == k for r in rows) for k in STATUS_ORDER}
    return {"outlets": outlets, "rows": rows, "counts": counts}


def _quote(q: Story, sid: str, outlet: Mapping[str, str]) -> dict[str, Any]:
    evs = _evidence_items(q.get("evidence", []), sid, outlet, q.get("id"))
    return {
        "id": q.get("id"), "speaker": q.get("speaker"), "text": q.get("text", ""), "direct": bool(q.get("direct")),
        "single_source": bool(q.get("single_source")),
        "outlets": sorted({outlet.get(a, a) for a in q.get("articles", [])}, key=str.lower),
        "evidence": evs,
    }


def _cited(story: Story, sid: str, outlet: Mapping[str, str]) -> list[dict[str, Any]]:
    main = story.get("main_source")
    out = [
        {"name": c.get("name", ""), "main": c.get("name") == main,
         "outlets": sorted({outlet.get(a, a) for a in c.get("articles", [])}, key=str.lower),
         "count": len(c.get("articles", [])),
         "evidence": _evidence_items(c.get("evidence", []), sid, outlet)}
        for c in story.get("cited_sources", [])
    ]
    return sorted(out, key=lambda c: (not c["main"], -c["count"], str(c["name"]).lower()))


def _entities(story: Story) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for ent in story.get("entities", []):
        aliases = [a for a in ent.get("aliases", []) if a != ent.get("name")]
        groups.setdefault(str(ent.get("type", "OTHER")), []).append(
            {"name": ent.get("name", ""), "aliases": aliases, "count": len(ent.get("articles", []))}
        )
    return [
        {"type": t, "members": sorted(items, key=lambda e: (-e["count"], str(e["name"]).lower()))}
        for t, items in sorted(groups.items())
    ]


# --------------------------------------------------------------------------- charts


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def timeline_chart(events: Sequence[Mapping[str, Any]], outlet: Mapping[str, str], sid: str) -> dict[str, Any]:
    """A dated axis with one dot per event (size by article count) and one labelled row per event."""
    dated = sorted(
        ((d, ev) for ev in events if (d := _day(str(ev.get("date", ""))))), key=lambda pair: pair[0]
    )
    if not dated:
        return {"rows": [], "height": 0, "width": TIMELINE_WIDTH, "ticks": []}
    first, last = dated[0][0], dated[-1][0]
    span_days = max((last - first).days, 1)
    plot_w = TIMELINE_WIDTH - LABEL_WIDTH - 30
    top = 34
    rows = []
    for i, (d, ev) in enumerate(dated):
        n = len(ev.get("articles", []))
        x = LABEL_WIDTH + 10 + plot_w * (d - first).days / span_days
        rows.append({
            "x": round(x, 1), "y": top + i * TIMELINE_ROW, "r": min(4 + 2 * n, 12), "date": str(ev.get("date", "")),
            "text": _snippet(str(ev.get("text", ""))), "full": ev.get("text", ""),
            "outlets": sorted({outlet.get(a, a) for a in ev.get("articles", [])}, key=str.lower),
            "evidence": _evidence_items(ev.get("evidence", []), sid, outlet),
        })
    days = sorted({d for d, _ in dated})
    shown = _thin(days)
    ticks = [{"x": round(LABEL_WIDTH + 10 + plot_w * (d - first).days / span_days, 1), "label": d.isoformat(),
              "anchor": "end" if i == len(shown) - 1 and i > 0 else "middle"}
             for i, d in enumerate(shown)]
    return {"rows": rows, "height": top + len(rows) * TIMELINE_ROW, "width": TIMELINE_WIDTH, "ticks": ticks,
            "axis_start": LABEL_WIDTH + 10, "axis_end": LABEL_WIDTH + 10 + plot_w}


def _thin(days: list[date], most: int = 6) -> list[date]:
    """At most `most` evenly chosen days, first and last included, so tick labels never overlap."""
    if len(days) <= most:
        return days
    step = (len(days) - 1) / (most - 1)
    return [days[round(i * step)] for i in range(most)]


def coverage_chart(coverage: Sequence[Mapping[str, Any]], outlet: Mapping[str, str]) -> dict[str, Any]:
    """One stacked bar per article: corroborated, single-source and contradicted facts."""
    most = max((int(c.get("facts", 0)) for c in coverage), default=0) or 1
    plot_w = COVERAGE_WIDTH - LABEL_WIDTH - 150
    bars = []
    for i, c in enumerate(coverage):
        facts, single, contra = (int(c.get(k, 0)) for k in ("facts", "single_source", "contradicted"))
        shared = max(facts - single - contra, 0)
        x = float(LABEL_WIDTH)
        parts = []
        for kind, count in (("corroborated", shared), ("single_source", single), ("disputed", contra)):
            w = plot_w * count / most
            if w > 0:
                parts.append({"kind": kind, "x": round(x, 1), "w": round(w, 1), "count": count})
            x += w
        a = str(c.get("article", ""))
        bars.append({
            "y": 10 + i * COVERAGE_ROW, "label": outlet.get(a, a), "article": a, "parts": parts, "facts": facts,
            "missing": int(c.get("missing_consensus", 0)), "end": round(x, 1),
        })
    return {"bars": bars, "height": 20 + len(bars) * COVERAGE_ROW, "width": COVERAGE_WIDTH}
