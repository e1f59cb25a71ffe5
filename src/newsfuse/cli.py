"""The command line: a thin edge over the library. Library errors become messages here and nowhere else."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress, TaskID

from .errors import NewsfuseError
from .settings import Settings, default_db

PROGRESS_MIN_ARTICLES = 20  # fewer articles than this finish before a bar is worth drawing

DB_HELP = "Store: a SQLite path or a postgresql:// URL. Default: NEWSFUSE_DB, else newsfuse.db in your data directory."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfuse")
def main() -> None:
    """newsfuse reads one story from every outlet at once.

    Give it the articles different outlets published about the same events; it groups them into stories,
    lines up the facts across outlets, flags contradictions and what only one source says, checks quotes,
    finds the sources they credit, and writes one cited summary per story.

    \b
    Start with:
      newsfuse analyze examples/seeds                 # the five bundled articles, in the terminal
      newsfuse analyze news/ --json r.json --markdown r.md
      newsfuse serve                                  # browse the stored stories at http://127.0.0.1:8000
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Write the JSON report here.")
@click.option("--markdown", "md_path", type=click.Path(dir_okay=False, path_type=Path), help="Write a Markdown report here.")
@click.option("--db", default="", help=DB_HELP)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Run per-article and per-story work here or on a Ray cluster.")
@click.option("--address", default=None, help="Ray cluster address (with --engine ray); default: start a local one.")
@click.option("--embedder", type=click.Choice(["minilm", "fake"]), default="minilm", show_default=True,
              help="Sentence embeddings: the packaged all-MiniLM-L6-v2, or a fast fake for testing.")
@click.option("--workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="one per CPU",
              help="Processes for the local engine; each loads the models once.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def analyze(inputs: tuple[str, ...], json_path: Path | None, md_path: Path | None, db: str, engine: str,
            address: str | None, embedder: str, workers: int, quiet: bool) -> None:
    """Analyse articles into stories and report them.

    INPUTS are any mix of text files, HTML pages, JSON/JSONL (fields id, outlet, published, title, url,
    text), RSS/Atom feeds, WARC archives, folders (read recursively) and '-' for JSONL on stdin.
    Articles and per-article work are kept in the store, so a second run is fast and new articles join
    the stories already there. Inputs that can't be read are listed as rejected; the command fails only
    when nothing could be read.

    \b
    Examples:
      newsfuse analyze examples/seeds --json report.json
      cat today.jsonl | newsfuse analyze - --db news.db
    """
    from . import pipeline
    from .report import json as report_json
    from .report import markdown, terminal

    settings = Settings(db=db, engine=engine, ray_address=address, embedder=embedder, workers=workers)
    err = Console(stderr=True)
    try:
        with _progress(err, enabled=not quiet and err.is_terminal) as note:
            report = pipeline.run(list(inputs), settings, progress=note)
    except NewsfuseError as ex:
        raise click.ClickException(str(ex)) from ex
    if json_path:
        report_json.write(report, json_path)
    if md_path:
        md_path.write_text(markdown.render(report), encoding="utf-8")
    if not quiet:
        terminal.show(report, Console())
        if json_path or md_path:
            err.print(f"wrote {', '.join(str(p) for p in (json_path, md_path) if p)}", highlight=False)


class _progress:
    """A rich progress bar fed by the pipeline's (stage, done, total) callback, shown for long work only."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self.console, self.enabled = console, enabled
        self.bar: Progress | None = None
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> Callable[[str, int, int], None]:
        if self.enabled:
            self.bar = Progress(console=self.console, transient=True)
            self.bar.start()
        return self.note

    def note(self, stage: str, done: int, total: int) -> None:
        if self.bar is None or total < PROGRESS_MIN_ARTICLES and stage == "annotate":
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(stage, total=total)
        self.bar.update(self.tasks[stage], completed=done, total=total)

    def __exit__(self, *_: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@main.command()
@click.option("--db", default="", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; loopback unless you mean it.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--embedder", type=click.Choice(["minilm", "fake"]), default="minilm", show_default=True)
def serve(db: str, host: str, port: int, embedder: str) -> None:
    """Browse the stored stories in a web page, and add articles from it (also a JSON API at /api)."""
    try:
        from .web.app import serve as run_server
    except ImportError as ex:
        raise click.ClickException(f"the web server needs its extra: pip install 'newsfuse[web]' ({ex})") from ex
    try:
        run_server(Settings(db=db, embedder=embedder), host=host, port=port)
    except NewsfuseError as ex:
        raise click.ClickException(str(ex)) from ex


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="", help=DB_HELP)
@click.option("--interval", default=300.0, show_default=True, help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll once and exit.")
@click.option("--embedder", type=click.Choice(["minilm", "fake"]), default="minilm", show_default=True)
def watch(sources: tuple[str, ...], db: str, interval: float, once: bool, embedder: str) -> None:
    """Watch folders or feed files and analyse what is new, every INTERVAL seconds, until Ctrl-C."""
    from .watch import watch as run_watch

    try:
        run_watch(list(sources), Settings(db=db, embedder=embedder), interval=interval, once=once)
    except NewsfuseError as ex:
        raise click.ClickException(str(ex)) from ex
    except KeyboardInterrupt:
        sys.exit(130)


@main.command("where")
def where() -> None:
    """Print where the default store lives."""
    click.echo(default_db())
