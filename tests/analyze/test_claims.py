"""Claims: sentences and clauses of fact, with boilerplate, headings, repeated headlines and bare attributions left out."""

from __future__ import annotations

import numpy as np

from newsfuse import text
from newsfuse.analyze.claims import extract_claims, is_bare_attribution
from newsfuse.model import Annotations, Article, Doc
from newsfuse.text.clauses import clauses, pieces


def doc(article_id: str, body: str, title: str | None = None) -> Doc:
    article = Article(article_id, body, title=title)
    sentences = text.split(article)
    return Doc(article, Annotations(sentences), np.zeros((len(sentences), 4), dtype=np.float32))


def claim_texts(d: Doc) -> list[str]:
    return [c.span.text for c in extract_claims([d])]


def test_a_sentence_with_two_statements_splits_at_the_conjunction() -> None:
    d = doc("a", "Iran and Hamas blamed Israel for the strike, though Israel has not commented on the killing.\n")
    assert claim_texts(d) == ["Iran and Hamas blamed Israel for the strike", "Israel has not commented on the killing."]


def test_a_contrasting_clause_with_a_lower_case_subject_splits_but_a_list_does_not() -> None:
    s = "Hackers took names, home addresses and dates of birth, but bank card details were not taken, it said."
    assert [s[a:b] for a, b in clauses(s)] == [
        "Hackers took names, home addresses and dates of birth",
        "bank card details were not taken, it said.",
    ]
    listed = "Names, home addresses, and dates of birth of members were taken by the hackers."
    assert clauses(listed) == [(0, len(listed))]


def test_semicolon_and_trailing_relative_clause_split() -> None:
    s = (
        "Iran and Hamas accused Israel of the assassination; Israel has not denied the killing of Haniyeh, "
        "who was in Tehran for the inauguration of the new president."
    )
    parts = [s[a:b] for a, b in clauses(s)]
    assert parts == [
        "Iran and Hamas accused Israel of the assassination",
        "Israel has not denied the killing of Haniyeh",
        "who was in Tehran for the inauguration of the new president.",
    ]


def test_an_interior_relative_clause_stays_with_its_subject() -> None:
    s = "Haniyeh, who was the group's political leader, was in Iran for the inauguration of the new president."
    assert clauses(s) == [(0, len(s))]


def test_a_short_second_part_stays_in_the_sentence() -> None:
    s = "The council met on Monday, and it ended."
    assert clauses(s) == [(0, len(s))]


def test_bare_attributions_and_fragments_are_dropped() -> None:
    body = (
        "The navy captured 23 pirates in the Gulf of Aden on Saturday.\n"
        "The officials said.\nAccording to the report.\nHe agreed.\n"
    )
    assert claim_texts(doc("a", body)) == ["The navy captured 23 pirates in the Gulf of Aden on Saturday."]
    assert is_bare_attribution("the Iranian officials said")
    assert not is_bare_attribution("the Iranian officials said the strike killed 12 people")


def test_headline_repeated_in_body_and_headings_are_dropped() -> None:
    body = (
        "Navy captures pirates in Gulf of Aden\n"
        "The Indian navy captured 23 pirates who attacked a merchant vessel.\n"
        "Weapons seized\n"
        "The commandos seized seven rifles and two boats.\n"
        "The commandos seized seven rifles and two boats.\n"
    )
    texts = claim_texts(doc("a", body, title="Navy captures pirates in Gulf of Aden"))
    assert texts == [
        "The Indian navy captured 23 pirates who attacked a merchant vessel.",
        "The commandos seized seven rifles and two boats.",
    ]


def test_spans_point_into_the_text_and_ids_are_stable() -> None:
    body = "Rescuers pulled 12 people from the rubble, and officials said the search would continue overnight.\n"
    d = doc("x", body)
    first, second = extract_claims([d]), extract_claims([d])
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first) == 2
    for c in first:
        assert d.article.text[c.span.start : c.span.end] == c.span.text
        assert c.sentence == 0


def test_every_claim_is_a_piece_a_doc_has_a_vector_for() -> None:
    """A Doc's vectors are rows for its sentences, then for the clauses that are not whole sentences."""
    d = doc("a", "ROME (AP) — Rain fell on Monday.\nIran and Hamas blamed Israel for the strike, though Israel has "
                 "not commented on the killing.\nThe council met on Monday, and it ended.\n")
    rows = pieces(d.annotations.sentences)
    assert rows[: len(d.annotations.sentences)] == [s.span for s in d.annotations.sentences]
    assert [p.text for p in rows[len(d.annotations.sentences) :]] == [
        "Iran and Hamas blamed Israel for the strike", "Israel has not commented on the killing."]
    assert all(d.article.text[p.start : p.end] == p.text for p in rows)
    assert {c.span for c in extract_claims([d])} <= set(rows)
