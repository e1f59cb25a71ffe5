"""Coverage: per article, the facts it states, its single-source and contradicted ones, the consensus it leaves out."""

from __future__ import annotations

from newsfuse.analyze.coverage import coverage
from newsfuse.model import Contradiction, ContradictionSide, Fact, Span


def fact(fid: str, articles: tuple[str, ...], independent: int) -> Fact:
    base = 100 * int(fid[1:])  # each fact its own stretch of text
    evidence = tuple(Span(a, base + 10 * i, base + 10 * i + 5, "words") for i, a in enumerate(articles))
    status = "corroborated" if independent >= 2 else "single_source"
    return Fact(fid, "words", articles, independent, status, evidence)


def test_counts_per_article() -> None:
    articles = ("a", "b", "c", "d")
    facts = (
        fact("f1", ("a", "b", "c"), 3),  # consensus: 3 of 4 independent articles
        fact("f2", ("a", "b"), 2),  # consensus: exactly half
        fact("f3", ("c",), 1),
        fact("f4", ("d",), 1),
    )
    contra = Contradiction(
        "x", "number", "n", False, (ContradictionSide("1", (facts[0].evidence[1],)), ContradictionSide("2", ()))
    )
    got = {c.article: c for c in coverage(articles, facts, (contra,))}
    assert (got["a"].facts, got["a"].single_source, got["a"].contradicted, got["a"].missing_consensus) == (2, 0, 0, 0)
    assert (got["b"].facts, got["b"].contradicted) == (2, 1)
    assert (got["c"].facts, got["c"].single_source, got["c"].missing_consensus) == (2, 1, 1)
    assert (got["d"].facts, got["d"].single_source, got["d"].missing_consensus) == (1, 1, 2)


def test_a_copy_does_not_miss_what_its_original_states() -> None:
    facts = (fact("f1", ("a", "b"), 2),)
    got = {c.article: c for c in coverage(("a", "b", "copy"), facts, (), {"copy": "a"})}
    assert got["copy"].missing_consensus == 0
    assert got["b"].missing_consensus == 0


def test_one_article_agreeing_with_itself_is_no_consensus() -> None:
    facts = (fact("f1", ("a",), 1),)
    got = coverage(("a", "b"), facts, ())
    assert [c.missing_consensus for c in got] == [0, 0]
