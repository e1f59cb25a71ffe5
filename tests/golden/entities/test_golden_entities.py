"""Golden case for entity merging: real spaCy mentions, then the story merge; see case.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.analyze.entities import merge_entities
from newsfuse.annotate import annotate
from newsfuse.model import Article, Entity
from newsfuse.settings import Settings

CASE = json.loads((Path(__file__).parent / "case.json").read_text())


@pytest.fixture(scope="module")
def merged() -> tuple[tuple[Entity, ...], dict[str, str]]:
    articles = [Article(i, body) for i, body in sorted(CASE["articles"].items())]
    return merge_entities(annotate(articles, Settings(embedder="fake")))


def entity_of(ents: tuple[Entity, ...], form: str) -> Entity:
    hits = [e for e in ents if form == e.name or form in e.aliases]
    assert len(hits) == 1, f"{form!r} is in {len(hits)} entities"
    return hits[0]


@pytest.mark.parametrize("group", CASE["must_merge"], ids=lambda g: g[0])
def test_variants_merge(merged: tuple[tuple[Entity, ...], dict[str, str]], group: list[str]) -> None:
    ents, _ = merged
    assert len({entity_of(ents, form).name for form in group}) == 1


@pytest.mark.parametrize("pair", CASE["must_not_merge"], ids=lambda p: " / ".join(p))
def test_lookalikes_stay_apart(merged: tuple[tuple[Entity, ...], dict[str, str]], pair: list[str]) -> None:
    ents, _ = merged
    a, b = (entity_of(ents, form) for form in pair)
    assert a.name != b.name


def test_canonical_names(merged: tuple[tuple[Entity, ...], dict[str, str]]) -> None:
    _, names = merged
    for form, name in CASE["canonical"].items():
        assert names[form] == name
