"""The JSON report written to a file item by item is byte for byte what `dumps` gives."""

from __future__ import annotations

from pathlib import Path

from newsfuse.model import Rejected, Report, ReportArticle
from newsfuse.report.json import dumps, write


def test_writing_item_by_item_gives_the_same_bytes(tmp_path: Path) -> None:
    article = ReportArticle(id="a", outlet="Wire", title="Ünïcode “title”", published=None, url=None,
                            duplicate_of=None, warnings=("odd date",))
    for report in (
        Report(articles=(), rejected=(), stories=()),
        Report(articles=(article, article), rejected=(Rejected("x.txt", "empty file"),), stories=()),
    ):
        write(report, tmp_path / "r.json")
        assert (tmp_path / "r.json").read_text(encoding="utf-8") == dumps(report)
