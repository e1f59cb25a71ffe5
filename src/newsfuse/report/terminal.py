"""The report in the terminal (rich): per story, the summary, contradictions side by side and the fact matrix."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from ..model import Report, Story
from .views import MARKS, label, main_source_credits, matrix_row, outlets_of, short

MAX_FACTS = 15  # the terminal shows the most corroborated facts; the JSON and Markdown have them all
MAX_STORIES = 20  # beyond this, stories are listed one line each
MATRIX_LABEL_CHARS = 6  # matrix columns stay narrow so the fact text keeps the width


def show(report: Report, console: Console) -> None:
    """Print the report."""
    outlets = outlets_of(report)
    console.print(
        f"[bold]newsfuse[/]: {len(report.articles)} articles in {len(report.stories)} stories"
        + (f", [yellow]{len(report.rejected)} inputs rejected[/]" if report.rejected else "")
    )
    for story in report.stories[:MAX_STORIES]:
        _story(story, outlets, console)
    rest = report.stories[MAX_STORIES:]
    if rest:
        table = Table(title=f"{len(rest)} more stories", show_lines=False)
        table.add_column("story")
        table.add_column("articles", justify="right")
        table.add_column("contradictions", justify="right")
        for s in rest:
            table.add_row(short(s.title, 80), str(len(s.articles)), str(len(s.contradictions)))
        console.print(table)
    for r in report.rejected:
        console.print(f"[yellow]rejected[/] {r.input}: {r.reason}", highlight=False)


def _story(story: Story, outlets: dict[str, str | None], console: Console) -> None:
    console.rule(f"[bold]{short(story.title, 100)}[/]")
    line = f"{len(story.articles)} articles: {', '.join(label(a, outlets) for a in story.articles)}"
    if story.main_source:
        n = main_source_credits(story)
        line += f"  ·  main upstream source [bold]{story.main_source}[/] ({n} of {len(story.articles)})"
    console.print(line, highlight=False)
    for c in story.contradictions:
        sides = Table.grid(padding=(0, 2))
        for _ in c.sides:
            sides.add_column(ratio=1)
        sides.add_row(*[f"[bold]{s.value}[/]\n" + ", ".join(sorted({e.article[:12] for e in s.evidence})) for s in c.sides])
        sides.add_row(*["\n".join(f"“{short(e.text, 90)}”" for e in s.evidence[:2]) for s in c.sides])
        within = " (within one article)" if c.within_article else ""
        console.print(f"[bold red]Contradiction ({c.kind}{within}):[/] {c.summary}", highlight=False)
        console.print(Panel(sides))
    if story.summary:
        console.print("[bold]Summary[/]")
        for s in story.summary:
            console.print(f" • {s.text} [dim][{', '.join(a[:12] for a in s.articles)}][/]", highlight=False)
    if story.facts:
        table = Table(title=f"facts × outlets ({MARKS['corroborated']} corroborated, {MARKS['single_source']} single "
                      f"source, {MARKS['disputed']} disputed)")
        fact_width = max(20, console.width - len(story.articles) * (MATRIX_LABEL_CHARS + 3) - 4)
        table.add_column("fact", no_wrap=True, overflow="ellipsis", max_width=fact_width)
        for a in story.articles:
            head = label(a, outlets)[:MATRIX_LABEL_CHARS]
            table.add_column(head, justify="center", no_wrap=True, min_width=len(head))
        for f in story.facts[:MAX_FACTS]:
            table.add_row(short(f.text, 140), *matrix_row(f, story))
        console.print(table)
        if len(story.facts) > MAX_FACTS:
            console.print(f"[dim]… and {len(story.facts) - MAX_FACTS} more facts in the JSON/Markdown report[/]")
    if story.quotes:
        console.print("[bold]Quotes[/]")
        for q in sorted(story.quotes, key=lambda q: (not q.direct, -len(q.articles)))[:10]:
            only = " [yellow](single source)[/]" if q.single_source else ""
            line = f" • {q.speaker or 'unknown'}: “{short(q.text, 120)}” [dim]{len(q.articles)} articles[/]{only}"
            console.print(line, highlight=False)
    if story.timeline:
        console.print("[bold]Timeline[/]")
        for t in story.timeline[:10]:
            console.print(f" {t.date}  {short(t.text, 110)} [dim]({len(t.articles)})[/]", highlight=False)
