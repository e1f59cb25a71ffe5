"""Boilerplate blocks: captions, credits, bylines, wire tags, subheadings, repeated headlines, datelines.

They stay in the text (offsets never move) but are flagged, so the analysis reads only the story.
The rules look at the shape of a line — its length, its last character, a credit or byline form —
and at its neighbours (a caption is the line before a credit; a subheading is followed by text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind
from .normalize import normalize

MAX_SUBHEAD_WORDS = 12  # "Pentagon chief: U.S. will ‘help defend Israel’" is 7; a sentence this short keeps its stop
MAX_CREDIT_WORDS = 8  # "(Photo by Chip Somodevilla/Getty Images)" is 5; a longer line carrying a credit is a caption
MAX_BYLINE_WORDS = 12  # "By Jane Doe and John Roe, Associated Press" is 8
MAX_DATELINE_WORDS = 16  # "Friday, Sep 10, 2010 | Updated 9:28 AM EDT" is 9
MAX_DATELINE_OTHER_WORDS = 3  # words besides date words a date line may carry: a place ("WASHINGTON, DC")
HEADLINE_BLOCKS = 3  # the headline is repeated among the first blocks, after a kicker or a date at most
HEADLINE_SLACK_CHARS = 20  # a repeated headline may add a kicker or an outlet; a much longer line is body text
MAX_PREFIX_CHARS = 60  # "LOS ANGELES, May 3 (Reuters) -" is 30; a longer lead is a sentence

AGENCIES = r"AP|AFP|Reuters|JNS|UPI|dpa|DPA|Xinhua|TASS|PTI|ANI|IANS|EFE|ANSA|Kyodo|Yonhap|CNN|BBC|CNA|WAFA|APA"
TERMINAL = ".!?…"
CLOSERS = "\"'”’»)]` "
QUOTES = "\"'“”‘’«»„`"
CONTINUATION = (",", ";", "-", "–", "—", "(", "/", "&")

DATELINE_FIELD = re.compile(
    r"^(?:published|updated|posted|last updated|last modified|first published|date|dated)\b(?:\s+on)?\s*:?", re.I
)
DATE_WORD = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|am|pm|a|p|m|at|on|et|pt|ct|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt"
    r"|mst|mdt|ist|jst|published|updated|posted|last|th|st|nd|rd|\d+)$",
    re.I,
)
MONTH_OR_NUMERIC_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
    r"|\b\d{4}-\d{2}-\d{2}\b",
    re.I
)
NAME_WORD = r"(?:[A-Z][\w.'’-]*|[A-Z]\.|and|&|of|the|de|da|del|van|von|der|le|la|bin|al)"
BYLINE = re.compile(rf"^(?i:by|written by|words by|story by)\s+[A-Z][\w.'’-]*(?:[\s,|/]+{NAME_WORD})*\s*$")
WIRE_LINE = re.compile(
    r"^\(?(?:with\s+[\w.'’ ]{1,30}\s+wires?|with\s+wires?|sources?\s*:?\s*(?:agencies|wires?)|agencies|wires"
    r"|(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b.*"
    r"|.{1,80}\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))(?:\s+from\s+.*)?"
    r"|copyright\b.*|©.*|.*\ball rights reserved\b.*|this (?:material|article|story) may not be .*"
    rf"|[—–-]*\s*(?:the\s+)?associated press|[—–-]*\s*(?:{AGENCIES})|source\s*:\s*[\w.'’ &-]{{1,40}})\)?[.]?$",
    re.I,
)
CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:photo(?:graph)?s?|image|picture|pic|video|illustration|credit)s?\s*(?:by\b|:|credit\b)"
    r"|©|getty(?:\s+images)?\b|(?:ap|afp|reuters|epa)\s+(?:photo|images?)\b|shutterstock|alamy"
    r"|(?:ap|afp|reuters|epa|pa|getty|anadolu|xinhua)\s*(?:/|\)|\.?$))",
    re.I,
)
CAPTION_CREDIT = re.compile(
    r"(?:(?:^|[(.|–—-]\s*)(?:photo(?:graph)?s?\s*(?:by\b|:|credit\b)|(?:ap|afp|reuters|epa)\s+photo\b"
    r"|image\s*:|picture\s*:|credit\s*:)"
    r"|/\s*(?:getty\s+images|afp|ap|reuters|epa|xinhua|anadolu)\b|\bvia\s+getty\s+images\b|\(getty(?:\s+images)?\))",
    re.I,
)
LEAD_PREFIX = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]*?)?(?:,\s*[A-Z][a-z]{{2,4}}\.?\s+\d{{1,2}})?)\s*)?"
    rf"(?P<agency>\((?:{AGENCIES}|[A-Z]{{2,6}}|[A-Z][a-z]+(?: [A-Z][a-z]+){{1,3}})\))?"  # or any agency's initials
    rf"\s*(?:[—–―]|--|-(?=\s))\s*"  # ("(APS)") or name ("(Continental Press)")
)


def classify_blocks(blocks: Sequence[str], title: str | None = None) -> list[BoilerplateKind | None]:
    """The boilerplate kind of each block of an article (None for story text), neighbours considered."""
    kinds = [_kind(b.strip(), i, len(blocks), title) for i, b in enumerate(blocks)]
    for i in range(len(kinds) - 1):
        opens_quote = blocks[i].lstrip()[:1] in QUOTES  # a block opening with a quotation is speech, not a caption
        if kinds[i + 1] == "credit" and kinds[i] in (None, "subhead") and not opens_quote:
            kinds[i] = "caption"
    for i, kind in enumerate(kinds[:HEADLINE_BLOCKS]):
        if kind == "subhead" and all(k is not None for k in kinds[:i]):
            kinds[i] = "headline"
            break
    return kinds


def lead_prefix(block: str) -> tuple[int, BoilerplateKind] | None:
    """Where a dateline or wire lead ("WASHINGTON (AP) —", "(JNS) —") at the start of a block ends, and its kind."""
    m = LEAD_PREFIX.match(block)
    if not m or not (m["place"] or m["agency"]) or m.end() > MAX_PREFIX_CHARS or m.end() >= len(block.rstrip()):
        return None
    place = m["place"]
    if place and not m["agency"] and not _is_place(place):
        return None
    return m.end(), "dateline" if place else "wire"


def _kind(s: str, i: int, n: int, title: str | None) -> BoilerplateKind | None:
    """The kind of one block on its own (captions before credits and first-line headlines come after)."""
    words = s.split()
    if title and i < HEADLINE_BLOCKS and _same_headline(s, title):
        return "headline"
    if _is_dateline(s, words):
        return "dateline"
    if len(words) <= MAX_BYLINE_WORDS and BYLINE.match(s):
        return "byline"
    if WIRE_LINE.match(s):
        return "wire"
    if len(words) <= MAX_CREDIT_WORDS and CREDIT_LINE.match(s):
        return "credit"
    if CAPTION_CREDIT.search(s):
        return "caption"
    if i < n - 1 and _is_subhead(s, words):
        return "subhead"
    return None


def _is_subhead(s: str, words: list[str]) -> bool:
    """A short line that does not end a sentence and does not run on: a heading over the text below."""
    if len(words) > MAX_SUBHEAD_WORDS or not (s[0].isupper() or s[0].isdigit() or s[0] in "‘“'\""):
        return False
    core = s.rstrip(CLOSERS)
    if not any(c.isalnum() for c in core) or core.endswith(tuple(TERMINAL)) or core.endswith(CONTINUATION):
        return False
    if s.endswith(":"):
        heading = [w for w in words if w[0].isalpha()]
        return all(w.isupper() or w[0].isupper() for w in heading)  # "LATEST DEVELOPMENTS:", not "He said:"
    return True


def _is_dateline(s: str, words: list[str]) -> bool:
    """A line that only dates the article: "Published: May 3, 2013", "Sun, 15 Sep 2013", "WASHINGTON, April 28"."""
    if len(words) > MAX_DATELINE_WORDS or not any(c.isdigit() for c in s):
        return False
    if DATELINE_FIELD.match(s):
        return True
    if not MONTH_OR_NUMERIC_DATE.search(s):
        return False
    tokens = re.findall(r"[A-Za-z]+|\d+", s)
    others = [t for t in tokens if not DATE_WORD.match(t)]
    return len(others) <= MAX_DATELINE_OTHER_WORDS


def _is_place(place: str) -> bool:
    """An upper-case dateline place ("WASHINGTON", "LOS ANGELES, Calif."), not a shouted first word ("I")."""
    head = place.split(",")[0].strip()
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _same_headline(s: str, title: str) -> bool:
    """Whether a line repeats the title, give or take case, quote style and a "- Outlet" tail."""
    if len(s) > 2 * len(title) + HEADLINE_SLACK_CHARS:
        return False
    line, head = _comparable(s), _comparable(title)
    if not line or not head:
        return False
    return line == head or head.startswith(line + " ") and len(line) * 2 >= len(head)


def _comparable(s: str) -> str:
    """Lower case, quotes and dashes folded, punctuation and spacing dropped."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(s).casefold()).split())
