"""The report as one readable Markdown page: per story, the summary, contradictions side by side, the
fact × outlet matrix, quotes, sources, entities, timeline and coverage."""

from __future__ import annotations

from ..model import Report, Story
from .views import MARKS, label, main_source_credits, matrix_row, outlets_of, short


def render(report: Report) -> str:
    """The whole report as Markdown."""
    outlets = outlets_of(report)
    out = ["# newsfuse report", ""]
    out.append(f"{len(report.articles)} articles in {len(report.stories)} stories; {len(report.rejected)} inputs rejected.")
    for story in report.stories:
        out += ["", *_story(story, report, outlets)]
    if report.rejected:
        out += ["", "## Rejected inputs", "", "| input | reason |", "|---|---|"]
        out += [f"| {_cell(r.input)} | {_cell(r.reason)} |" for r in report.rejected]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _story(story: Story, report: Report, outlets: dict[str, str | None]) -> list[str]:
    by_id = {a.id: a for a in report.articles}
    out = [f"## {_cell(story.title)}", "", f"Story `{story.id}` — {len(story.articles)} articles."]
    if story.main_source:
        n = main_source_credits(story)
        out.append(f"Main upstream source: **{story.main_source}**, credited by {n} of its {len(story.articles)} articles.")
    out += ["", "| article | outlet | title | published | copy of |", "|---|---|---|---|---|"]
    for a in story.articles:
        art = by_id[a]
        out.append(
            f"| `{a}` | {_cell(art.outlet or '')} | {_cell(short(art.title or '', 60))} | {art.published or ''} "
            f"| {art.duplicate_of or ''} |"
        )
    if story.summary:
        out += ["", "### Summary", ""]
        out += [f"{i}. {_cell(s.text)} [{', '.join(s.articles)}]" for i, s in enumerate(story.summary, 1)]
    if story.contradictions:
        out += ["", "### Contradictions", ""]
        for c in story.contradictions:
            where = " (within one article)" if c.within_article else ""
            out += [f"**{c.kind}**{where}: {_cell(c.summary)}", "", "| value | articles | what they say |", "|---|---|---|"]
            for side in c.sides:
                arts = ", ".join(sorted({e.article for e in side.evidence}))
                said = " / ".join(f"“{short(e.text, 120)}”" for e in side.evidence[:3])
                out.append(f"| **{_cell(side.value)}** | {arts} | {_cell(said)} |")
            out.append("")
    if story.facts:
        heads = [label(a, outlets) for a in story.articles]
        out += ["", "### Facts × outlets", "", f"{MARKS['corroborated']} corroborated · {MARKS['single_source']} "
                f"single source · {MARKS['disputed']} disputed", ""]
        out += ["| fact | " + " | ".join(heads) + " | sources |", "|---|" + "---|" * len(heads) + "---|"]
        for f in story.facts:
            out.append(f"| {_cell(short(f.text, 110))} | " + " | ".join(matrix_row(f, story)) + f" | {f.independent_sources} |")
    if story.quotes:
        out += ["", "### Quotes", ""]
        for q in story.quotes:
            kind = "“”" if q.direct else "reported"
            only = " — *single source*" if q.single_source else ""
            speaker = _cell(q.speaker or "unknown")
            out.append(f"- **{speaker}** ({kind}): “{_cell(short(q.text, 200))}” — {', '.join(q.articles)}{only}")
    if story.cited_sources:
        out += ["", "### Cited upstream sources", ""]
        out += [f"- **{_cell(c.name)}** — {', '.join(c.articles)}" for c in story.cited_sources]
    if story.entities:
        out += ["", "### Entities", ""]
        for e in story.entities:
            aka = f" (also: {', '.join(e.aliases)})" if e.aliases else ""
            out.append(f"- {_cell(e.name)} [{e.type}]{_cell(aka)} — {len(e.articles)} articles")
    if story.timeline:
        out += ["", "### Timeline", "", "| date | what | articles |", "|---|---|---|"]
        out += [f"| {t.date} | {_cell(short(t.text, 140))} | {', '.join(t.articles)} |" for t in story.timeline]
    if story.coverage:
        out += ["", "### Coverage", "", "| article | facts | single source | contradicted | missing consensus |",
                "|---|---|---|---|---|"]
        out += [f"| `{c.article}` | {c.facts} | {c.single_source} | {c.contradicted} | {c.missing_consensus} |"
                for c in story.coverage]
    return out
