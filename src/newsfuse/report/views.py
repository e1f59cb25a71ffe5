"""What the Markdown page and the terminal both show, computed once: labels, the fact × outlet matrix."""

from __future__ import annotations

from ..model import Fact, Report, Story

MARKS = {"corroborated": "●", "single_source": "○", "disputed": "✖"}
LABEL_CHARS = 12  # article ids are shortened to this in narrow columns


def label(article_id: str, outlets: dict[str, str | None]) -> str:
    """A short name for an article: its outlet when known, else its id, shortened."""
    name = outlets.get(article_id) or article_id
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


def outlets_of(report: Report) -> dict[str, str | None]:
    """article id -> outlet."""
    return {a.id: a.outlet for a in report.articles}


def matrix_row(fact: Fact, story: Story) -> list[str]:
    """One mark per article of the story: the fact's status where the article states it, else a dot."""
    return [MARKS[fact.status] if a in fact.articles else "·" for a in story.articles]


def main_source_credits(story: Story) -> int:
    """How many of the story's articles credit its main upstream source."""
    return next(len(c.articles) for c in story.cited_sources if c.name == story.main_source)


def short(text: str, limit: int) -> str:
    """Text cut to a limit at a word boundary."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
