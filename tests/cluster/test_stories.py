"""Story clustering: same event together, same-kind events apart, stream equals batch, stable ids."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.cluster.profile import Profile
from newsfuse.cluster.stories import cluster
from newsfuse.model import content_hash
from newsfuse.settings import Settings

from .articles import (
    APARTMENT_1,
    APARTMENT_2,
    APARTMENT_3,
    WAREHOUSE_1,
    WAREHOUSE_1_COPY,
    WAREHOUSE_2,
    WAREHOUSE_3,
)

SETTINGS = Settings(embedder="fake")


def _corpus(profiled: Callable[..., Profile]) -> list[Profile]:
    return [
        profiled("w1", WAREHOUSE_1),
        profiled("a1", APARTMENT_1),
        profiled("w2", WAREHOUSE_2),
        profiled("a2", APARTMENT_2),
        profiled("w3", WAREHOUSE_3),
        profiled("a3", APARTMENT_3),
        profiled("w1copy", WAREHOUSE_1_COPY),
    ]


def _groups(assignment: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for a, s in assignment.items():
        by.setdefault(s, set()).add(a)
    return {frozenset(v) for v in by.values()}


def test_two_fires_in_one_city_stay_apart(profiled: Callable[..., Profile]) -> None:
    got = _groups(cluster(_corpus(profiled), SETTINGS))
    for group in got:  # no story mixes the two fires
        assert len({a[0] for a in group}) == 1, group
    assert frozenset({"a1", "a2", "a3"}) in got
    assert any({"w1", "w2", "w1copy"} <= g for g in got)


def test_stream_in_canonical_order_equals_batch(profiled: Callable[..., Profile]) -> None:
    docs = sorted(_corpus(profiled), key=lambda d: d.id)  # no dates: the canonical order is by id
    batch = cluster(docs, SETTINGS)
    existing: dict[str, str] = {}
    for i in range(len(docs)):
        existing = cluster(docs[: i + 1], SETTINGS, existing=existing)
    assert existing == batch


def test_old_story_ids_carry_over(profiled: Callable[..., Profile]) -> None:
    docs = _corpus(profiled)
    got = cluster(docs, SETTINGS, existing={"w1": "old-story", "a1": "other-story"})
    assert got["w1"] == "old-story" and got["a1"] == "other-story"
    assert got["w2"] == "old-story" and got["a2"] == "other-story"


def test_a_story_mixed_early_is_split_when_the_stream_shows_two_events(profiled: Callable[..., Profile]) -> None:
    docs = _corpus(profiled)
    got = cluster(docs, SETTINGS, existing={"w1": "mixed", "a1": "mixed"})
    assert got["a1"] != got["w1"]
    assert {got["w1"], got["a1"]} & {"mixed"}  # one side keeps the old id
    assert _groups(got) == _groups(cluster(docs, SETTINGS))


def test_articles_the_new_ones_cannot_reach_keep_their_story(profiled: Callable[..., Profile]) -> None:
    docs = _corpus(profiled)
    warehouse = [d for d in docs if d.id.startswith("w")]
    old = {d.id: "first" if d.id in ("w1", "w1copy") else "second" for d in warehouse}  # a split not made now
    got = cluster([*warehouse, profiled("x", "Shares of a chip maker rose 4 percent in Tokyo trading on Friday.")], SETTINGS, old)
    assert {a: got[a] for a in old} == old
    assert got["x"] not in ("first", "second")


def test_story_ids_are_stable(profiled: Callable[..., Profile]) -> None:
    docs = _corpus(profiled)
    first = cluster(docs, SETTINGS)
    again = cluster(list(reversed(_corpus(profiled))), SETTINGS)
    assert first == again
    assert first["w1"] == "s" + content_hash("w1") and first["a2"] == "s" + content_hash("a1")


def test_every_doc_gets_a_story_and_empty_input_is_fine(profiled: Callable[..., Profile]) -> None:
    assert cluster([], SETTINGS) == {}
    assert set(cluster([profiled("x", "A short note.")], SETTINGS)) == {"x"}


def test_stream_in_shuffled_order_equals_batch(profiled: Callable[..., Profile]) -> None:
    docs = _corpus(profiled)
    batch = _groups(cluster(docs, SETTINGS))
    order = [docs[k] for k in (4, 1, 6, 3, 0, 5, 2)]  # interleaved, neither canonical nor input order
    existing: dict[str, str] = {}
    for i in range(len(order)):
        existing = cluster(order[: i + 1], SETTINGS, existing=existing)
    assert _groups(existing) == batch
