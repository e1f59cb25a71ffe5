"""The JSON report (the contract, ../shared/contract/report.schema.json): values in, plain dicts out.

Field names are the dataclasses' own; a Span becomes an evidence object {article, text, start, end}.
Same report, same bytes: keys keep the dataclass order and nothing depends on the clock.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..model import Report, Span, Story, field_names

SPREAD = 4  # levels of the report one entry a line: its keys, their lists' items, an item's fields, their lists' items


def plain(value: Any) -> Any:
    """A value as JSON-ready data: dataclasses to dicts (Spans to evidence objects), tuples to lists."""
    if isinstance(value, Span):
        return {"article": value.article, "text": value.text, "start": value.start, "end": value.end}
    if (names := field_names(type(value))) is not None:  # type: ignore[arg-type]
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value


def story_dict(story: Story) -> dict[str, Any]:
    """One story as the contract's story object."""
    out: dict[str, Any] = plain(story)
    return out


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as the contract's JSON object, `format` first."""
    body: dict[str, Any] = plain(report)
    return {"format": body.pop("format"), **body}


def dumps(report: Report) -> str:
    """The report as JSON text (stable bytes for the same report)."""
    return _spread(report_dict(report), "", SPREAD) + "\n"


def write(report: Report, path: Path) -> None:
    """`dumps` into a file, the same bytes, one list item at a time: a big report is never whole in memory,
    neither as text nor as plain data."""
    top = [("format", report.format)] + [(f.name, getattr(report, f.name)) for f in fields(report) if f.name != "format"]
    with path.open("w", encoding="utf-8") as out:
        out.write("{\n")
        for k, (key, value) in enumerate(top):
            out.write(f" {json.dumps(key)}: ")
            if isinstance(value, tuple) and value:
                out.write("[\n")
                for n, item in enumerate(value):
                    out.write("  " + _spread(plain(item), "  ", SPREAD - 2) + (",\n" if n < len(value) - 1 else "\n"))
                out.write(" ]")
            else:
                out.write(_spread(plain(value), " ", SPREAD - 1))
            out.write(",\n" if k < len(top) - 1 else "\n")
        out.write("}\n")


def _spread(value: Any, prefix: str, levels: int) -> str:
    """A value as JSON text, its dicts and lists `levels` deep one entry a line (indented one space a level,
    from `prefix`), each deeper value on one line: readable, and written by json's C encoder, which does not
    indent (a report of 772 articles in 0.1 s instead of 0.3)."""
    inner = prefix + " "
    if levels and isinstance(value, dict) and value:
        entries = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_spread(v, inner, levels - 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(entries) + "\n" + prefix + "}"
    if levels and isinstance(value, list) and value:
        return "[\n" + ",\n".join(inner + _spread(v, inner, levels - 1) for v in value) + "\n" + prefix + "]"
    return json.dumps(value, ensure_ascii=False)
