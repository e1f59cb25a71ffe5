"""Near-duplicate detection: copies and light rewrites are found, independent write-ups are not."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.cluster.duplicates import find_duplicates
from newsfuse.cluster.profile import Profile

from .articles import APARTMENT_1, APARTMENT_2, WAREHOUSE_1, WAREHOUSE_1_COPY, WAREHOUSE_2, WAREHOUSE_3


def test_edited_wire_copy_points_to_the_earlier_article(profiled: Callable[..., Profile]) -> None:
    docs = [
        profiled("b", WAREHOUSE_1_COPY, published="2016-12-03"),
        profiled("a", WAREHOUSE_1, published="2016-12-02"),
        profiled("c", WAREHOUSE_2, published="2016-12-04"),
    ]
    assert find_duplicates(docs) == {"b": "a"}


def test_without_dates_the_smaller_id_is_the_original(profiled: Callable[..., Profile]) -> None:
    docs = [profiled("z", WAREHOUSE_1), profiled("m", WAREHOUSE_1_COPY)]
    assert find_duplicates(docs) == {"z": "m"}


def test_truncated_copy_is_a_copy(profiled: Callable[..., Profile]) -> None:
    short = "\n".join(WAREHOUSE_1.splitlines()[:3])
    assert find_duplicates([profiled("a", WAREHOUSE_1), profiled("b", short)]) == {"b": "a"}


def test_same_event_by_different_reporters_is_not_a_copy(profiled: Callable[..., Profile]) -> None:
    texts = {"a": WAREHOUSE_1, "b": WAREHOUSE_2, "c": WAREHOUSE_3, "d": APARTMENT_1, "e": APARTMENT_2}
    docs = [profiled(k, t) for k, t in texts.items()]
    assert find_duplicates(docs) == {}


def test_growing_one_at_a_time_finds_the_same_copies(profiled: Callable[..., Profile]) -> None:
    # the copy arrives first but is dated later: when the original arrives, the direction must still be right
    docs = [
        profiled("b", WAREHOUSE_1_COPY, published="2016-12-03"),
        profiled("c", WAREHOUSE_2, published="2016-12-04"),
        profiled("a", WAREHOUSE_1, published="2016-12-02"),
    ]
    grown = [find_duplicates(docs[: i + 1]) for i in range(len(docs))]
    assert grown == [{}, {}, {"b": "a"}]
    assert find_duplicates(list(reversed(docs))) == {"b": "a"}


def test_fixed_lsh_bands_are_what_datasketch_would_choose() -> None:
    from newsfuse.cluster import duplicates

    lsh = duplicates.datasketch.MinHashLSH(threshold=duplicates.LSH_THRESHOLD, num_perm=duplicates.NUM_PERM)
    assert (lsh.b, lsh.r) == (duplicates.LSH_BANDS, duplicates.LSH_ROWS)
