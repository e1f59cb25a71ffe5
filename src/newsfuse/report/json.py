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
    return json.dumps(report_dict(report), ensure_ascii=False, indent=1) + "\n"


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
                    out.write(_indented(plain(item), "  ") + (",\n" if n < len(value) - 1 else "\n"))
                out.write(" ]")
            else:
                out.write(_indented(plain(value), " ").lstrip())
            out.write(",\n" if k < len(top) - 1 else "\n")
        out.write("}\n")


def _indented(value: Any, prefix: str) -> str:
    """A value as `dumps` writes it at the depth that `prefix` stands for (JSON strings hold no raw newlines)."""
    return "\n".join(prefix + line for line in json.dumps(value, ensure_ascii=False, indent=1).split("\n"))
