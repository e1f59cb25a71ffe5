"""Alignment: paraphrases across outlets join into one fact; topic-sharing statements and syndicated copies don't inflate it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from newsfuse import text
from newsfuse.analyze.align import align, claim_vectors, group, mark_disputed, pair_scores
from newsfuse.analyze.claims import extract_claims
from newsfuse.annotate.embed import FakeEmbedder
from newsfuse.model import Annotations, Article, Contradiction, ContradictionSide, Doc, Fact
from newsfuse.text.clauses import pieces

# Words a real sentence model puts close together; the fake embedder maps each group to one word.
SYNONYMS = {"blamed": "accused", "killing": "assassination", "attack": "strike", "commented": "confirmed"}


class SynonymEmbedder(FakeEmbedder):
    """The fake bag-of-words embedder, with a few synonyms folded together: paraphrases get close vectors."""

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text."""
        folded = [" ".join(SYNONYMS.get(w.lower().strip(".,"), w) for w in t.split()) for t in texts]
        return super().embed(folded)


EMBEDDER = SynonymEmbedder()


def doc(article_id: str, body: str) -> Doc:
    article = Article(article_id, body)
    sentences = text.split(article)
    vectors = EMBEDDER.embed([p.text for p in pieces(sentences)])
    return Doc(article, Annotations(sentences), vectors)


def facts_of(docs: list[Doc], duplicates: dict[str, str] | None = None) -> tuple[Fact, ...]:
    return align(extract_claims(docs), docs, duplicates or {})


def fact_with(facts: Sequence[Fact], words: str) -> Fact:
    return next(f for f in facts if any(words in e.text for e in f.evidence))


def test_paraphrases_across_outlets_join_one_fact() -> None:
    docs = [
        doc("a", "Iran and Hamas blamed Israel for the killing of the leader.\n"),
        doc("b", "Iran and Hamas accused Israel of the assassination of the leader.\n"),
        doc("c", "Iran and Hamas have accused Israel of the killing of their leader.\n"),
    ]
    facts = facts_of(docs)
    assert len(facts) == 1
    f = facts[0]
    assert f.articles == ("a", "b", "c")
    assert f.independent_sources == 3 and f.status == "corroborated"
    assert len(f.evidence) == 3
    for e in f.evidence:
        d = next(d for d in docs if d.id == e.article)
        assert d.article.text[e.start : e.end] == e.text


def test_statements_that_only_share_a_topic_stay_apart() -> None:
    docs = [
        doc("a", "Israel has not commented on the killing.\n"),
        doc("b", "Iran and Hamas blamed Israel for the deadly airstrike on the leader.\n"),
    ]
    facts = facts_of(docs)
    assert len(facts) == 2
    assert all(f.status == "single_source" for f in facts)


def test_numbers_that_share_nothing_lower_the_score() -> None:
    docs = [
        doc("a", "A rocket strike on the Golan Heights killed 12 children over the weekend.\n"),
        doc("b", "A rocket strike on the Golan Heights killed 3 soldiers over the weekend.\n"),
        doc("c", "A rocket strike on the Golan Heights killed 12 soldiers over the weekend.\n"),
    ]
    claims = extract_claims(docs)
    scores = pair_scores(claims, claim_vectors(claims, docs))
    assert scores[0, 1] < scores[0, 2]


def test_a_fair_score_joins_only_mutual_best_matches_that_give_the_same_figures() -> None:
    docs = [
        doc("a", "The firm said it would not pay the ransom.\nIt approved invoices for work never done.\n"),
        doc("b", "The firm insists it will not pay up.\nWork on 37 roads was never done.\n"),
        doc("c", "Hackers demanded a ransom from the firm.\nThe company refuses to hand over any money.\n"),
    ]
    claims = extract_claims(docs)
    assert [c.span.article for c in claims] == ["a", "a", "b", "b", "c", "c"]
    fair = {(0, 2): 0.65, (1, 3): 0.65, (0, 4): 0.62, (0, 5): 0.7, (2, 5): 0.55}  # all below a plain join
    scores = np.full((6, 6), 0.3)
    np.fill_diagonal(scores, 1.3)
    for (i, j), s in fair.items():
        scores[i, j] = scores[j, i] = s
    # a0~b2 and a0~c5 are each other's best matches; a1~b3 are too, but "37 roads" says more than a1;
    # a0~c4 is not a0's best match in c
    assert group(claims, scores) == [[0, 2, 5], [1], [3], [4]]


def test_a_syndicated_copy_and_its_original_count_once() -> None:
    body = "The Indian navy captured 23 pirates who attacked a merchant vessel in the Gulf of Aden.\n"
    docs = [
        doc("orig", body),
        doc("copy", body),
        doc("other", "The Indian navy has captured 23 pirates who attacked a merchant ship in the Gulf of Aden.\n"),
    ]
    facts = facts_of(docs, {"copy": "orig"})
    assert len(facts) == 1
    assert set(facts[0].articles) == {"orig", "copy", "other"}
    assert facts[0].independent_sources == 2
    alone = facts_of(docs[:2], {"copy": "orig"})
    assert alone[0].independent_sources == 1 and alone[0].status == "single_source"


def test_two_different_claims_of_one_article_never_share_a_fact() -> None:
    docs = [
        doc("a", "The navy captured 23 pirates in the Gulf of Aden.\nThe pirates were taken on board the warship.\n"),
        doc("b", "The navy captured 23 pirates in the Gulf of Aden on Saturday.\n"),
    ]
    for f in facts_of(docs):
        assert len(f.articles) == len(f.evidence)


def test_facts_are_sorted_most_corroborated_first_with_stable_ids() -> None:
    docs = [
        doc(
            "a",
            "Rescuers searched the collapsed school through the night.\nThe mayor declared three days of mourning in the city.\n",
        ),
        doc("b", "The mayor declared three days of mourning in the city.\n"),
        doc("c", "The mayor has declared three days of mourning in the city.\n"),
    ]
    facts = facts_of(docs)
    assert [f.independent_sources for f in facts] == [3, 1]
    assert [f.id for f in facts] == [f.id for f in facts_of(docs)]


def test_mark_disputed_flags_facts_whose_evidence_is_on_a_side() -> None:
    docs = [
        doc("a", "The strike killed the leader in Tehran early on Wednesday morning.\n"),
        doc("b", "The strike killed the leader in Tehran early on Wednesday.\n"),
        doc("c", "Officials announced three days of national mourning across the country.\n"),
    ]
    facts = facts_of(docs)
    target = fact_with(facts, "Tehran")
    side_span = next(e for e in target.evidence if e.article == "a")
    contra = Contradiction(
        "x", "location", "where", False, (ContradictionSide("Tehran", (side_span,)), ContradictionSide("Gaza", ()))
    )
    marked = {f.id: f.status for f in mark_disputed(facts, [contra])}
    assert marked[target.id] == "disputed"
    assert marked[fact_with(facts, "mourning").id] == "single_source"


def test_a_single_source_claim_on_the_side_most_articles_take_stays_single_source() -> None:
    docs = [
        doc("a", "The plant in Ballarat received a state grant in 2022.\n"),
        doc("b", "Officials announced three days of national mourning across the country.\n"),
    ]
    facts = facts_of(docs)
    grant, mourning = fact_with(facts, "grant"), fact_with(facts, "mourning")
    most = ContradictionSide("Ballarat", (grant.evidence[0], mourning.evidence[0]))
    contra = Contradiction("x", "location", "where", False, (ContradictionSide("Geelong", ()), most))
    assert {f.status for f in mark_disputed(facts, [contra])} == {"single_source"}
    fewest = Contradiction("y", "location", "where", False, (ContradictionSide("Geelong", grant.evidence), most))
    assert {f.id: f.status for f in mark_disputed(facts, [fewest])}[grant.id] == "disputed"


def test_a_story_of_one_source_is_all_single_source() -> None:
    d = doc("only", "The mayor opened the bridge, and the council approved a tram line. The vote was close.")
    facts = align(extract_claims([d]), [d], {})
    assert facts and all(f.status == "single_source" and f.articles == ("only",) for f in facts)


def test_a_denial_never_joins_what_it_denies_but_two_ways_of_saying_no_do() -> None:
    facts = facts_of([
        doc("a", "The recall was announced at the company headquarters in Columbus.\n"),
        doc("b", "The recall was announced at the company headquarters in Columbus, officials said.\n"),
        doc("c", "The recall was not announced at the company headquarters in Columbus.\n"),
    ])
    assert fact_with(facts, "was announced").articles == ("a", "b")
    assert fact_with(facts, "not announced").articles == ("c",)
    facts = facts_of([
        doc("a", "The ministry has not commented on the report about the closure.\n"),
        doc("b", "The ministry declined to comment on the report about the closure.\n"),
    ])
    assert [f.articles for f in facts] == [("a", "b")]


def test_not_since_tells_when_it_last_happened_and_denies_nothing() -> None:
    from newsfuse.analyze.align import denial_pairs, features

    feats = [features("The country has not hosted the games since 1988, when Seoul did."),
             features("The country last hosted the games in 1988."),
             features("The games were not hosted in the capital."),
             features("The games were hosted in the capital.")]
    assert denial_pairs(feats) == [(2, 1), (2, 3)]
    until = [features("The men were not missed until the 6 a.m. roll call."),
             features("The men were missed at the 6 a.m. roll call.")]
    assert denial_pairs(until) == []


def test_a_negation_in_a_side_clause_denies_nothing_the_statement_says() -> None:
    from newsfuse.analyze.align import denial_pairs, features

    feats = [features("The manifest shows 137 passengers, but children travel free and are not listed."),
             features("Its manifest listed 137 names."),
             features("The names were not listed on the manifest.")]
    assert denial_pairs(feats) == [(2, 1)]
