"""Analyze one story across its articles: entities and dates, facts, contradictions, quotes, sources,
timeline, summary and coverage. Pure per-story work: the same docs give the same Story."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Doc, Story
from ..settings import Settings
from . import align, claims, contradictions, coverage, entities, quotes, sources, summary, timeline


def analyze_story(story_id: str, docs: Sequence[Doc], duplicates: Mapping[str, str], settings: Settings) -> Story:
    """The Story of these docs (already sorted by article id); `duplicates` maps a copy to its original."""
    ents, names = entities.merge_entities(docs)
    reference = timeline.reference_date(docs)
    dates = timeline.resolve_dates(docs, reference)
    found = claims.extract_claims(docs)
    statements = align.align(found, docs, duplicates)
    contras = contradictions.find_contradictions(statements, found, docs, dates, names)
    agreed = contradictions.agreed_facts(statements, docs, names, duplicates, dates)
    facts = tuple(sorted([*align.mark_disputed(statements, contras), *agreed], key=lambda f: -f.independent_sources))
    cited, main_source = sources.group_sources(docs)
    ids = tuple(d.id for d in docs)
    return Story(
        id=story_id,
        title=story_title(docs),
        articles=ids,
        facts=facts,
        contradictions=contras,
        quotes=quotes.group_quotes(docs, duplicates, names),
        cited_sources=cited,
        entities=ents,
        dates=dates,
        timeline=timeline.build_timeline(dates, statements),
        summary=summary.summarize(statements, contras, docs, duplicates),
        coverage=coverage.coverage(ids, facts, contras, duplicates),
        main_source=main_source,
        reference_date=reference.isoformat() if reference else None,
    )


def story_title(docs: Sequence[Doc]) -> str:
    """A headline for the story: the title (else the first content sentence) of its earliest article."""
    def key(d: Doc) -> tuple[str, str]:
        return (d.article.published or "9999", d.id)

    for d in sorted(docs, key=key):
        if d.article.title:
            return d.article.title
    for d in sorted(docs, key=key):
        content = d.annotations.content()
        if content:
            first = content[0].span.text.strip()
            return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
    return docs[0].id if docs else "(empty story)"
