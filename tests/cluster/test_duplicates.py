"""Near-duplicate detection: copies and light rewrites are found, independent write-ups are not."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.cluster.duplicates import find_duplicates
from newsfuse.model import Doc

from .articles import APARTMENT_1, APARTMENT_2, WAREHOUSE_1, WAREHOUSE_1_COPY, WAREHOUSE_2, WAREHOUSE_3


def test_edited_wire_copy_points_to_the_earlier_article(doc: Callable[..., Doc]) -> None:
    docs = [
        doc("b", WAREHOUSE_1_COPY, published="2016-12-03"),
        doc("a", WAREHOUSE_1, published="2016-12-02"),
        doc("c", WAREHOUSE_2, published="2016-12-04"),
    ]
    assert find_duplicates(docs) == {"b": "a"}


def test_without_dates_the_smaller_id_is_the_original(doc: Callable[..., Doc]) -> None:
    docs = [doc("z", WAREHOUSE_1), doc("m", WAREHOUSE_1_COPY)]
    assert find_duplicates(docs) == {"z": "m"}


def test_truncated_copy_is_a_copy(doc: Callable[..., Doc]) -> None:
    short = "\n".join(WAREHOUSE_1.splitlines()[:3])
    assert find_duplicates([doc("a", WAREHOUSE_1), doc("b", short)]) == {"b": "a"}


def test_same_event_by_different_reporters_is_not_a_copy(doc: Callable[..., Doc]) -> None:
    docs = [doc("a", WAREHOUSE_1), doc("b", WAREHOUSE_2), doc("c", WAREHOUSE_3), doc("d", APARTMENT_1), doc("e", APARTMENT_2)]
    assert find_duplicates(docs) == {}


def test_growing_one_at_a_time_finds_the_same_copies(doc: Callable[..., Doc]) -> None:
    # the copy arrives first but is dated later: when the original arrives, the direction must still be right
    docs = [
        doc("b", WAREHOUSE_1_COPY, published="2016-12-03"),
        doc("c", WAREHOUSE_2, published="2016-12-04"),
        doc("a", WAREHOUSE_1, published="2016-12-02"),
    ]
    grown = [find_duplicates(docs[: i + 1]) for i in range(len(docs))]
    assert grown == [{}, {}, {"b": "a"}]
    assert find_duplicates(list(reversed(docs))) == {"b": "a"}


def test_fixed_lsh_bands_are_what_datasketch_would_choose() -> None:
    from newsfuse.cluster import duplicates

    lsh = duplicates.datasketch.MinHashLSH(threshold=duplicates.LSH_THRESHOLD, num_perm=duplicates.NUM_PERM)
    assert (lsh.b, lsh.r) == (duplicates.LSH_BANDS, duplicates.LSH_ROWS)
