"""Boilerplate lines: captions, credits, bylines, wire tags, subheadings — kept in the text, left out of analysis."""

from __future__ import annotations

import re

from ..model import BoilerplateKind

CREDIT = re.compile(r"\b(getty images|getty|ap photo|afp|reuters/|photo by|photograph:|image:|credit:|via getty)\b", re.I)
BYLINE = re.compile(r"^\s*(by|written by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*$")
WIRE = re.compile(r"^\s*(with\s+\w+\s+wires?|source:?\s*agencies|\(?(ap|afp|reuters|jns)\)?|[\w\s]+ contributed to this report\.?)\s*$", re.I)
VERBISH = re.compile(r"\b(is|are|was|were|has|have|had|be|been|will|would|can|could|said|says|\w+ed|\w+s)\b", re.I)
MAX_SUBHEAD_WORDS = 8  # a short line with no verb-like word reads as a subheading


def classify_line(line: str, title: str | None = None) -> BoilerplateKind | None:
    """What kind of boilerplate a whole line is, or None for article text."""
    s = line.strip()
    if title and s.rstrip(".") == title.strip().rstrip("."):
        return "headline"
    if BYLINE.match(s):
        return "byline"
    if WIRE.match(s):
        return "wire"
    words = s.split()
    if len(words) <= 12 and CREDIT.search(s):
        return "credit"
    if s.endswith(":") and len(words) <= MAX_SUBHEAD_WORDS:
        return "subhead"
    if len(words) <= MAX_SUBHEAD_WORDS and not s.endswith((".", "?", "!", '"', "”")) and not VERBISH.search(s):
        return "subhead"
    return None
