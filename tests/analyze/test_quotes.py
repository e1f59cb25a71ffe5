"""Quotes across articles: grouped by speaker and words, near-identical wording joined, single sources flagged."""

from __future__ import annotations

import numpy as np

from newsfuse.analyze.quotes import group_quotes
from newsfuse.model import Annotations, Article, Doc, QuoteMention, Span


def quote(text: str, words: str, speaker: str | None, said_as: str | None = None, direct: bool = True) -> QuoteMention:
    start = text.index(words)
    span = Span("", start, start + len(words), words)
    at = None
    if said_as is not None:
        s = text.index(said_as)
        at = Span("", s, s + len(said_as), said_as)
    return QuoteMention(span, direct, 0, speaker, at, "said")


def doc(article_id: str, text: str, *found: QuoteMention) -> Doc:
    fixed = tuple(
        QuoteMention(
            Span(article_id, q.span.start, q.span.end, q.span.text), q.direct, q.sentence, q.speaker,
            Span(article_id, q.speaker_span.start, q.speaker_span.end, q.speaker_span.text) if q.speaker_span else None,
            q.cue,
        )
        for q in found
    )
    return Doc(Article(article_id, text), Annotations(sentences=(), quotes=fixed), np.zeros((0, 8), dtype=np.float32))


A = "Mayor Ana Ruiz said the city “will not raise taxes this year, whatever happens.”"
B = "“We will not raise taxes this year, whatever happens,” Ruiz said on Monday."
C = "Ruiz told reporters: “We won't raise taxes this year, whatever happens!”"
D = "“The budget is a disaster for working families,” said council member Tom Lee."


def three_outlets() -> list[Doc]:
    return [
        doc("a", A, quote(A, "will not raise taxes this year, whatever happens.", "Ana Ruiz", "Ana Ruiz")),
        doc("b", B, quote(B, "We will not raise taxes this year, whatever happens", "Ruiz", "Ruiz")),
        doc("c", C, quote(C, "We won't raise taxes this year, whatever happens!", "Ruiz", "Ruiz"),
            quote(C, "raise taxes", "Ruiz", "Ruiz", direct=False)),
        doc("d", D, quote(D, "The budget is a disaster for working families", "Tom Lee", "Tom Lee")),
    ]


def test_same_quote_grouped_across_articles_with_canonical_speaker() -> None:
    groups = group_quotes(three_outlets(), {}, {})
    taxes = [g for g in groups if "taxes" in g.text and g.direct]
    assert len(taxes) == 1
    g = taxes[0]
    assert g.articles == ("a", "b", "c")
    assert g.speaker == "Ana Ruiz"  # "Ruiz" canonicalised to the longest name with that surname
    assert not g.single_source
    assert {e.article: e.speaker_text for e in g.evidence} == {"a": "Ana Ruiz", "b": "Ruiz", "c": "Ruiz"}
    assert {e.article: e.text for e in g.evidence}["c"] == "We won't raise taxes this year, whatever happens!"


def test_speakers_canonicalised_through_the_entity_table() -> None:
    groups = group_quotes(three_outlets(), {}, {"Ruiz": "Ana María Ruiz", "Ana Ruiz": "Ana María Ruiz"})
    assert {g.speaker for g in groups if "taxes" in g.text} == {"Ana María Ruiz"}


def test_other_speakers_and_reported_speech_stay_apart() -> None:
    groups = group_quotes(three_outlets(), {}, {})
    assert len(groups) == 3
    lee = [g for g in groups if g.speaker == "Tom Lee"]
    assert len(lee) == 1 and lee[0].single_source and lee[0].articles == ("d",)


def test_same_words_different_speakers_are_different_quotes() -> None:
    x = "“We need more time,” Jo Park said."
    y = "“We need more time,” Li Wei said."
    groups = group_quotes([doc("x", x, quote(x, "We need more time", "Jo Park")),
                           doc("y", y, quote(y, "We need more time", "Li Wei"))], {}, {})
    assert len(groups) == 2


def test_a_described_speaker_joins_the_named_one() -> None:
    x = "“Europe must stand together,” Emmanuel Macron said."
    y = "“Europe must stand together,” the French president said."
    [group] = group_quotes([doc("x", x, quote(x, "Europe must stand together", "Emmanuel Macron")),
                            doc("y", y, quote(y, "Europe must stand together", "the French president"))], {}, {})
    assert (group.speaker, group.articles, group.single_source) == ("Emmanuel Macron", ("x", "y"), False)


def test_a_quote_with_another_figure_is_another_quote() -> None:
    x = "Germany would send 500 million euros in aid, Scholz said."
    y = "Germany would send 50 million euros in aid, Scholz said."
    groups = group_quotes([doc("x", x, quote(x, "Germany would send 500 million euros in aid", "Scholz", direct=False)),
                           doc("y", y, quote(y, "Germany would send 50 million euros in aid", "Scholz", direct=False))],
                          {}, {})
    assert len(groups) == 2 and all(g.single_source for g in groups)


def test_a_copy_and_its_original_are_one_source() -> None:
    docs = three_outlets()[:2]
    groups = group_quotes(docs, {"b": "a"}, {})
    assert len(groups) == 1 and groups[0].articles == ("a", "b")
    assert groups[0].single_source


def test_ids_and_order_are_deterministic() -> None:
    first = group_quotes(three_outlets(), {}, {})
    again = group_quotes(list(reversed(three_outlets())), {}, {})
    assert first == again
    assert len({g.id for g in first}) == len(first)


def test_one_speakers_words_reworded_by_two_outlets_are_one_quote_but_not_another_remark() -> None:
    e = "“We respect the court’s decision, but we believe the jury got this wrong, and we intend to appeal,” Foust said."
    f = "“We respect the court, but the jury got it wrong and we will be filing an appeal,” Leland Foust said."
    g = "“My client has always told the truth,” Foust said."
    docs = [
        doc("e", e, quote(e, "We respect the court’s decision, but we believe the jury got this wrong, and we intend "
                             "to appeal", "Foust", "Foust")),
        doc("f", f, quote(f, "We respect the court, but the jury got it wrong and we will be filing an appeal",
                          "Leland Foust", "Leland Foust")),
        doc("g", g, quote(g, "My client has always told the truth", "Foust", "Foust")),
    ]
    groups = group_quotes(docs, {}, {})
    assert sorted(q.articles for q in groups) == [("e", "f"), ("g",)]
