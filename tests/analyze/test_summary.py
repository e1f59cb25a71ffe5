"""The cited summary: every sentence cited and supported by its articles, corroborated facts first, nothing said twice."""

from __future__ import annotations

from newsfuse import text
from newsfuse.analyze.align import align
from newsfuse.analyze.claims import extract_claims
from newsfuse.analyze.summary import summarize, supported
from newsfuse.annotate.embed import FakeEmbedder
from newsfuse.model import Annotations, Article, Contradiction, ContradictionSide, Doc, Span
from newsfuse.text.clauses import pieces

EMBEDDER = FakeEmbedder()

BODIES = {
    "a": (
        "The Indian navy captured 23 pirates who attacked a merchant vessel in the Gulf of Aden on Saturday.\n"
        "Marine commandos seized seven rifles and two small boats from the pirates.\n"
        "The pirates will be handed over to the authorities in Djibouti.\n"
        "The vessel was flying the flag of Ethiopia when it sent a distress call.\n"
    ),
    "b": (
        "The Indian navy captured 23 pirates who attacked a merchant vessel in the Gulf of Aden.\n"
        "Marine commandos seized seven rifles and two small boats from the pirates on Saturday.\n"
        "The pirates will be handed over to the authorities in Somalia.\n"
        "Piracy has grown sharply off the Horn of Africa this year, a maritime bureau said.\n"
    ),
    "c": (
        "The Indian navy has captured 23 pirates who attacked a merchant vessel in the Gulf of Aden.\n"
        "The warship had been escorting merchant ships through the gulf for two weeks.\n"
    ),
}


def docs() -> list[Doc]:
    out = []
    for article_id, body in BODIES.items():
        article = Article(article_id, body)
        sentences = text.split(article)
        out.append(Doc(article, Annotations(sentences), EMBEDDER.embed([p.text for p in pieces(sentences)])))
    return out


def test_every_sentence_is_cited_and_supported_by_a_cited_article() -> None:
    ds = docs()
    facts = align(extract_claims(ds), ds, {})
    out = summarize(facts, (), ds, {})
    assert 5 <= len(out) <= 10
    texts = {d.id: d.article.text for d in ds}
    for s in out:
        assert s.articles and s.evidence
        assert any(supported(s.text, texts[a]) for a in s.articles)
        assert {e.article for e in s.evidence} <= set(s.articles)
    assert len({s.text for s in out}) == len(out)


def test_most_corroborated_first_and_single_source_said_as_such() -> None:
    ds = docs()
    facts = align(extract_claims(ds), ds, {})
    out = summarize(facts, (), ds, {})
    assert set(out[0].articles) == {"a", "b", "c"}
    assert "23 pirates" in out[0].text
    singles = [s for s in out if len(s.articles) == 1]
    assert singles and any(s.text.startswith(f"Only {s.articles[0]} reports that") for s in singles)


def test_a_contradiction_gets_its_own_sentence() -> None:
    ds = docs()
    facts = align(extract_claims(ds), ds, {})
    a, b = ds[0].article.text, ds[1].article.text
    sa = a.index("The pirates will be handed")
    sb = b.index("The pirates will be handed")
    side_a = Span("a", sa, a.index("\n", sa), a[sa : a.index("\n", sa)])
    side_b = Span("b", sb, b.index("\n", sb), b[sb : b.index("\n", sb)])
    contra = Contradiction(
        "x",
        "location",
        "where the pirates go",
        False,
        (ContradictionSide("Djibouti", (side_a,)), ContradictionSide("Somalia", (side_b,))),
    )
    out = summarize(facts, (contra,), ds, {})
    disputed = [s for s in out if s.text.startswith("Accounts differ:")]
    assert len(disputed) == 1
    assert disputed[0].evidence[0] in (side_a, side_b)


def test_an_empty_story_has_an_empty_summary() -> None:
    assert summarize((), (), [], {}) == ()


def test_framing_lowercases_a_common_first_word_but_not_a_name_or_capitals() -> None:
    from newsfuse.analyze.summary import _lower_start

    common = {"the", "fire", "earlier"}
    assert _lower_start("The navy said so.", common) == "the navy said so."
    assert _lower_start("Iran said so.", common) == "Iran said so."
    assert _lower_start("FIRE crews were called.", common) == "FIRE crews were called."
