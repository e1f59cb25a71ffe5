"""Golden contradiction cases: small article sets with what must be flagged and what must not.

Each `<case>.json` holds `articles` (id → text), `must_flag` ([{kind, values}]: one contradiction of that
kind whose sides carry each value), `must_not_flag` ([{values}]: no contradiction sets these values
against each other), `max_flags` (the most contradictions the case may give) and optionally
`needs_real_embedder` (paraphrases the fake embedder cannot pair). Docs are built with
the real spaCy pipeline and the fake embedder (fast); the slow variant uses the real sentence model,
whose similarities the thresholds were set on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsfuse.analyze.contradictions import find_contradictions
from newsfuse.annotate import annotate
from newsfuse.model import Article, Contradiction
from newsfuse.settings import Settings

CASES = sorted(Path(__file__).parent.glob("*.json"))


def _run(case: dict[str, Any], embedder: str) -> tuple[Contradiction, ...]:
    articles = [Article(aid, text) for aid, text in sorted(case["articles"].items())]
    docs = annotate(articles, Settings(embedder=embedder))
    return find_contradictions((), (), docs, (), {})


def _side_with(c: Contradiction, value: str) -> int | None:
    return next((i for i, s in enumerate(c.sides) if value.lower() in s.value.lower()), None)


def _check(case: dict[str, Any], found: tuple[Contradiction, ...]) -> None:
    shown = [f"{c.kind}: {c.summary}" for c in found]
    for want in case["must_flag"]:
        hit = False
        for c in found:
            sides = [_side_with(c, v) for v in want["values"]]
            if c.kind == want["kind"] and None not in sides and len(set(sides)) == len(sides):
                hit = True
        if want["kind"] == "negation":  # a negation's sides are "not VERB" and "VERB"
            hit = any(c.kind == "negation" and _side_with(c, "not") is not None for c in found)
        assert hit, f"missing {want}; found {shown}"
    for bad in case["must_not_flag"]:
        for c in found:
            sides = [_side_with(c, v) for v in bad["values"]]
            assert None in sides or len(set(sides)) < len(sides), f"flagged {bad}: {c.summary}"
    assert len(found) <= case["max_flags"], f"too many: {shown}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case_fake_embedder(path: Path) -> None:
    case = json.loads(path.read_text())
    if case.get("needs_real_embedder"):
        pytest.skip("paraphrases that only the real sentence model sees as one event")
    _check(case, _run(case, "fake"))


@pytest.mark.slow
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case_real_embedder(path: Path) -> None:
    case = json.loads(path.read_text())
    _check(case, _run(case, "minilm"))
