"""Contradictions: place containment, value agreement, detail extraction and grouping into sides."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from newsfuse import text as text_
from newsfuse.analyze import details, entities
from newsfuse.analyze.claims import extract_claims
from newsfuse.analyze.contradictions import agreed_facts, find_contradictions
from newsfuse.annotate import annotate, geo, nlp
from newsfuse.annotate.details import find_details, time_key
from newsfuse.model import Article, DateEntry, Doc, Fact
from newsfuse.settings import Settings


def _details(text: str) -> list[details.Compared]:
    article = Article("a", text)
    sentences = text_.split(article)
    doc = next(nlp.parse([text], [sentences], Settings().spacy_model))
    return [details.resolve(d, {}) for d in find_details(article, sentences, doc)]


def _annotated(texts: dict[str, str]) -> list[Doc]:
    """One annotated article per (id, text), in id order, with the fake embedder."""
    return annotate([Article(k, v) for k, v in sorted(texts.items())], Settings(embedder="fake"))


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("Iran", "Tehran", True),
        ("the Gaza Strip", "Gaza", True),
        ("Gaza", "Tehran", False),
        ("Damascus", "Syria", True),
        ("Idlib province", "Syria", True),
        ("Los Angeles", "Texas", False),
        ("Smallville", "Texas", True),  # unknown places are never judged
        ("Tromsø", "Bergen", False),  # towns the table does not know: the gazetteer's, 1,100 km apart
        ("Brooklyn", "New York", True),  # near each other
        ("Latvia", "Estonia", False),
        ("Kingston", "Ontario", True),  # one of the Kingstons lies in Ontario
        ("Victoria", "Melbourne", True),  # one of the places called Victoria holds Melbourne
        ("Geelong", "Portugal", False),
    ],
)
def test_place_containment(a: str, b: str, ok: bool) -> None:
    assert geo.compatible(a, b) is ok


def test_numbers_read_loosely_but_not_tenfold() -> None:
    [exact] = [d for d in _details("About 400 residents were evacuated.") if d.kind == "number"]
    [other] = [d for d in _details("Some 4,000 people were evacuated.") if d.kind == "number"]
    [same] = [d for d in _details("Officials said 420 people were evacuated.") if d.kind == "number"]
    assert exact.event == other.event == same.event == "evacuate|people"  # no agent, no background date
    assert not details.agree(exact, other)
    assert details.agree(exact, same)


def test_two_exact_figures_agree_only_as_far_as_one_may_be_rounded() -> None:
    [a, b, c] = [next(d for d in _details(f"The trial enrolled {n} patients.") if d.kind == "number")
                 for n in ("612", "621", "600")]
    assert a.event == b.event == c.event == "enrol|patient"
    assert not details.agree(a, b)  # neither was rounded: two figures
    assert details.agree(a, c) and details.agree(b, c)  # 600 may be either, rounded


def test_basis_points_are_hundredths_of_a_point() -> None:
    [bp] = [d for d in _details("The bank raised rates by 25 basis points.") if d.kind == "number"]
    [pp] = [d for d in _details("The bank raised rates by 0.25 percentage points.") if d.kind == "number"]
    assert bp.event == pp.event and details.agree(bp, pp)


def test_place_hangs_on_its_event_not_on_another_clause() -> None:
    found = _details(
        "Israel, which is at war with Hamas in the Gaza Strip, has not commented on the killing of Omar Hadid, "
        "who was in Tehran for the inauguration."
    )
    places = {d.value for d in found if d.kind == "location"}
    assert "Gaza Strip" not in places


def test_times_around_midnight_and_within_a_day() -> None:
    def key(text: str) -> tuple[object, ...]:
        k = time_key(text)
        assert k is not None
        return k

    assert details.same_time(key("early Wednesday"), key("Wednesday morning"))
    assert details.same_time(key("late Tuesday"), key("early Wednesday"))
    assert not details.same_time(key("Tuesday night"), key("Wednesday morning"))
    assert not details.same_time(key("2 am"), key("9 pm"))


def test_one_contradiction_with_every_article_on_its_side() -> None:
    texts = {
        "a": "The arrest of activist Maria Lopez took place in Caracas on Monday.\nShe was released later.",
        "b": "The arrest of activist Maria Lopez took place in Bogota on Monday.\nHer lawyer objected.",
        "c": "The arrest of activist Maria Lopez took place in Caracas on Monday, police said.",
    }
    docs = _annotated(texts)
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "location" and not c.within_article
    assert [s.value for s in c.sides] == ["Bogota", "Caracas"]
    assert {e.article for e in c.sides[1].evidence} == {"a", "c"}
    for side in c.sides:
        for e in side.evidence:
            assert texts[e.article][e.start : e.end] == e.text
    assert c.summary.startswith("b says") and "a, c say Caracas" in c.summary
    assert find_contradictions((), (), docs, (), {}) == (c,)  # same input, same ids


def test_one_article_that_says_both() -> None:
    text = (
        "The arrest of activist Maria Lopez took place in Caracas on Monday.\n"
        "Rights groups said the arrest of activist Maria Lopez took place in Bogota on Monday."
    )
    docs = annotate([Article("a", text)], Settings(embedder="fake"))
    [c] = find_contradictions((), (), docs, (), {})
    assert c.within_article


def test_nothing_without_sentences() -> None:
    assert find_contradictions((), (), (), (), {}) == ()


def test_one_toll_told_as_two_disputes_is_one_contradiction_with_three_sides() -> None:
    texts = {
        "a": "The quake near Dargahan injured five people.",
        "b": "The quake near Dargahan injured two people.",
        "c": "The tremor on Qeshm island injured five people.",
        "d": "The tremor on Qeshm island injured three people.",
    }
    docs = _annotated(texts)
    u = np.zeros(docs[0].vectors.shape[1], dtype=np.float32)
    v = u.copy()
    u[0], v[0], v[1] = 1.0, 0.6, 0.8  # same place: one event; across places the sentences are close (0.6)
    docs = [replace(d, vectors=np.tile(u if d.id in "ab" else v, (len(d.vectors), 1))) for d in docs]
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "number"
    assert sorted(s.value for s in c.sides) == ["five people", "three people", "two people"]
    assert {e.article for s in c.sides if s.value == "five people" for e in s.evidence} == {"a", "c"}


def test_a_count_that_names_nothing_reads_as_the_named_count_of_its_story() -> None:
    texts = {
        "named": "A ferry carrying 212 people capsized off Sulawesi early Tuesday.",
        "plain": "The ferry was carrying 120 people when it capsized early Tuesday.",
        "other": "The boat was carrying 90 people when it capsized.",
    }
    docs = {d.id: d for d in _annotated(texts)}
    u = np.zeros(docs["named"].vectors.shape[1], dtype=np.float32)
    v = u.copy()
    u[0], v[0], v[1] = 1.0, 0.6, 0.8  # 0.6: about the same thing, no paraphrase
    docs = {k: replace(d, vectors=np.tile(v if k == "plain" else u, (len(d.vectors), 1))) for k, d in docs.items()}
    [c] = find_contradictions((), (), [docs["named"], docs["plain"]], (), {})
    assert c.kind == "number" and [s.value for s in c.sides] == ["120 people", "212 people"]
    # two counts that both name nothing may be about anything: they need a near-paraphrase
    assert find_contradictions((), (), [docs["plain"], docs["other"]], (), {}) == ()


def test_places_that_name_no_one_pair_with_each_other_not_with_a_named_event() -> None:
    lead = "Officials met on Sunday. The talks ended. Markets were calm.\n"  # below a lead (see the court's test)
    texts = {
        "a": lead + "A missile strike killed 12 people in Kyiv on Monday, officials said.",
        "b": lead + "A missile strike killed 12 people in Kharkiv on Monday, officials said.",
        "c": lead + "Ismail Haniyeh was killed in Tehran on Monday, officials said.",
        "d": lead + "Ismail Haniyeh was killed in Tehran on Monday, Hamas said.",
    }
    docs = _annotated(texts)
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "location" and [s.value for s in c.sides] == ["Kharkiv", "Kyiv"]


def test_an_outlet_that_denies_what_others_assert_is_a_contradiction() -> None:
    texts = {
        "a": "The recall of the heaters was announced in Columbus on Tuesday.",
        "b": "The recall of the heaters was announced in Columbus on Tuesday, the company said.",
        "c": "The recall of the heaters was not announced in Columbus on Tuesday.",
        "d": "The recall of the heaters hadn't been expected by the company.",
    }
    docs = _annotated(texts)
    claims = extract_claims(docs)
    [c] = find_contradictions((), claims, docs, (), {})  # told once, by the recall's verb told yes and no
    assert c.kind == "negation" and [s.value for s in c.sides] == ["not announced", "announced"]
    assert [{e.article for e in s.evidence} for s in c.sides] == [{"c"}, {"a", "b"}]


def _alike(docs: list[Doc]) -> list[Doc]:
    """The docs with every sentence vector the same: sentence similarity out of the way."""
    v = np.zeros(docs[0].vectors.shape[1], dtype=np.float32)
    v[0] = 1.0
    return [replace(d, vectors=np.tile(v, (len(d.vectors), 1))) for d in docs]


def _loosely_alike(docs: list[Doc]) -> list[Doc]:
    """The docs with article "a"'s sentences 0.35 alike to every other article's: loosely on one subject."""
    u = np.zeros(docs[0].vectors.shape[1], dtype=np.float32)
    v = u.copy()
    u[0], v[0], v[1] = 1.0, 0.35, 0.94
    return [replace(d, vectors=np.tile(u if d.id == "a" else v, (len(d.vectors), 1))) for d in docs]


def test_a_town_is_compared_by_the_state_its_article_puts_it_in() -> None:
    assert not geo.compatible_within(("parkersburg", "west virginia"), ("belpre", "ohio"))
    assert geo.compatible_within(("parkersburg", "west virginia"), ("belpre",))  # a town on its own: not judged
    texts = {
        "a": "An explosion at a chemical plant in the Ohio town of Belpre killed two workers late Monday.",
        "b": "Two workers were killed in an explosion at a chemical plant in Parkersburg, West Virginia, late Monday.",
    }
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    values = [s.value for s in c.sides]
    assert c.kind == "location" and len(values) == 2 and "Parkersburg" in values and values[0] in ("Belpre", "Ohio")


def test_two_towns_the_table_does_not_know_are_compared_by_the_gazetteer() -> None:
    texts = {
        "a": "Two workers were killed in an explosion at a fish processing plant in Tromsø late Monday.",
        "b": "An explosion at a fish processing plant in Bergen killed two workers late Monday.",
        "c": "Two workers died in an explosion at a fish processing plant in Bergen on Monday.",
    }
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "location" and sorted(s.value for s in c.sides) == ["Bergen", "Tromsø"]


def test_where_a_plant_is_and_where_its_explosion_happened_are_one_disagreement() -> None:
    texts = {
        "a": "The recalled tablets were made at Harwick's packaging plant in Tromsø.",
        "b": "Harwick Foods said the tablets came from its packaging plant in Bergen.",
    }
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "location" and " is in " in c.summary and sorted(s.value for s in c.sides) == ["Bergen", "Tromsø"]
    texts = {
        "a": "Two workers were killed in an explosion at Harwick's packaging plant in Tromsø on Monday.",
        "b": "Two workers were killed in an explosion at Harwick's packaging plant in Bergen on Monday.",
    }
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "location" and " happened in " in c.summary


def _with_vectors(docs: list[Doc], rows: dict[str, list[list[float]]]) -> list[Doc]:
    """The docs with the given sentence vectors (a few leading dimensions, the rest zero)."""
    def pad(row: list[float]) -> list[float]:
        return row + [0.0] * (docs[0].vectors.shape[1] - len(row))
    return [replace(d, vectors=np.array([pad(r) for r in rows[d.id]], dtype=np.float32)) for d in docs]


def _at_cosine(texts: dict[str, str], cosine: float) -> list[Doc]:
    """Two one-sentence articles, "a" and "b", whose sentences are this alike."""
    return _with_vectors(_annotated(texts), {"a": [[1.0]], "b": [[cosine, (1 - cosine**2) ** 0.5]]})


def test_two_sites_of_one_firm_need_sentences_that_say_much_the_same() -> None:
    texts = {"a": "The recalled tablets were made at Harwick's packaging plant in Tromsø.",
             "b": "The recalled tablets came from Harwick's packaging plant in Bergen."}
    for cosine, found in ((0.4, 0), (0.5, 1)):
        assert len(find_contradictions((), (), _at_cosine(texts, cosine), (), {})) == found
    # a town nobody knows is not, for that, the other site told again: closing one plant, moving work to another
    texts = {"a": "Corvane will close its car plant in Hollinsford, England.",
             "b": "Corvane will close its car plant in Hollinsford. Its output will move to Corvane's factory in Slovakia.",
             "c": "The output will move to Corvane's factory in Slovakia."}
    docs = _with_vectors(_annotated(texts), {"a": [[1.0]], "b": [[1.0], [0.0, 1.0]], "c": [[0.0, 1.0]]})
    assert find_contradictions((), (), docs, (), {}) == ()


def test_two_leads_jobs_cut_pair_on_the_toll_bar_whatever_names_they_share() -> None:
    texts = {"a": "Corvane will close its Hollinsford plant with the loss of 2,350 jobs.",
             "b": "Car giant Corvane sparked fury by announcing it will axe 3,250 jobs at its Hollinsford factory."}
    [c] = find_contradictions((), (), _at_cosine(texts, 0.44), (), {})
    assert c.kind == "number" and sorted(s.value for s in c.sides) == ["2,350 jobs", "3,250 jobs"]


def test_an_offer_rejected_against_one_still_considered_in_two_articles_only() -> None:
    texts = {"a": "The carmaker turned down the government's rescue package.",
             "b": "Corvane said it was still considering the government's offer.",
             "c": "Corvane first said it was still considering the offer. Later it rejected the package."}
    [c] = find_contradictions((), (), _alike(_annotated(texts))[:2], (), {})
    assert c.kind == "status" and sorted(s.value for s in c.sides) == ["the offer under consideration",
                                                                      "the package rejected"]
    assert find_contradictions((), (), _alike(_annotated(texts))[2:], (), {}) == ()  # one article: what happened


def test_a_measure_passed_against_one_defeated_and_two_measures_apart() -> None:
    texts = {"a": "Labour councillors forced the amendment through on Tuesday night.",
             "b": "The amendment was defeated by 30 votes to 21.",
             "c": "Unions rejected the amendment. The council passed the tram budget."}
    [c] = find_contradictions((), (), _alike(_annotated(texts))[:2], (), {})
    assert c.kind == "status" and sorted(s.value for s in c.sides) == ["the amendment passed", "the amendment rejected"]
    # a union's stance is no vote, and the budget passing says nothing of the amendment
    assert find_contradictions((), (), _alike(_annotated(texts))[::2], (), {}) == ()


def test_no_arrests_against_an_arrest_in_two_articles_only() -> None:
    texts = {"a": "No arrests have been made, police said.", "b": "Cops arrested the club's head of safety, Viktor Pell.",
             "c": "No one was arrested at first. On Monday police arrested the club's head of safety."}
    [c] = find_contradictions((), (), _alike(_annotated(texts))[:2], (), {})
    assert c.kind == "status" and sorted(s.value for s in c.sides) == ["an arrest made", "no one arrested"]
    assert find_contradictions((), (), _alike(_annotated(texts))[2:], (), {}) == ()  # one article: what happened


def test_a_ransom_paid_against_none_paid_in_two_articles() -> None:
    texts = {"a": "The minister denied that any ransom had been paid to the kidnappers.",
             "b": "The gunmen freed the hostages after pocketing a ransom of £2 million."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "status" and sorted(s.value for s in c.sides) == ["a ransom paid", "no ransom paid"]


def test_a_story_has_one_closing_day_however_unlike_the_sentences() -> None:
    texts = {"a": "The factory will shut its gates for good on September 30.",
             "b": "Production at the plant will end by March 31, 2027."}
    for cosine, found in ((0.25, 0), (0.32, 1)):
        assert len(find_contradictions((), (), _at_cosine(texts, cosine), (), {})) == found


def test_a_story_has_one_ruling_day_whoever_each_sentence_names() -> None:
    texts = {"a": "Merovia’s Constitutional Court on Tuesday 7 April annulled two articles of the Water Act.",
             "b": "The court on Wednesday, April 8 struck down the law, a blow to Prime Minister Tomas Reinholt."}
    [c] = find_contradictions((), (), _at_cosine(texts, 0.6), (), {})
    assert c.kind == "date" and sorted(s.value for s in c.sides) == ["Tuesday 7 April", "Wednesday, April 8"]


def test_a_role_one_person_holds_at_a_body_needs_only_a_loose_likeness_and_a_spokesman_more() -> None:
    texts = {"a": "Maureen Talbot, general secretary of the Motor Workers’ Union, accused the company of betrayal.",
             "b": "Gary Denholm, general secretary of the Motor Workers’ Union, said members would be balloted."}
    [c] = find_contradictions((), (), _at_cosine(texts, 0.25), (), {})
    assert c.kind == "person" and sorted(s.value for s in c.sides) == ["Gary Denholm", "Maureen Talbot"]
    texts = {"a": "Tim Fann, spokesman of the Vancouver Police, said the suspect was known to them.",
             "b": "Luke Pigeon, spokesman of the Vancouver Police, said officers arrived within minutes."}
    assert find_contradictions((), (), _at_cosine(texts, 0.25), (), {}) == ()


def test_one_person_given_two_offices_by_two_articles() -> None:
    texts = {"a": "Ramon Villaluz, the mayor of Santo Rosendo, ordered everyone to leave.",
             "b": "Governor Ramon Villaluz toured the ruins.", "c": "Governor Ana Cruz toured the ruins."}
    docs = _with_vectors(_annotated(texts), {"a": [[1.0]], "b": [[0.0, 1.0]], "c": [[0.0, 1.0]]})
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "attribute" and sorted(s.value for s in c.sides) == ["governor", "mayor"]
    assert find_contradictions((), (), [docs[0], docs[2]], (), {}) == ()  # two people, two offices


def test_a_toll_told_two_ways_in_one_article_is_a_contradiction() -> None:
    texts = {"a": "An explosion at the plant killed two workers on Monday. A union official said the three workers "
                  "who died had worked there for a decade."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "number" and c.within_article and [s.value for s in c.sides] == ["three workers", "two workers"]


def test_a_road_reopened_against_a_road_still_closed() -> None:
    texts = {"a": "State Route 7 remains closed near the plant.", "b": "State Route 7 remains closed, officials said.",
             "c": "State Route 7 has reopened to traffic."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "status" and [{e.article for e in s.evidence} for s in c.sides] == [{"c"}, {"a", "b"}]


def test_a_run_closed_one_day_and_reopened_another_is_not_a_contradiction() -> None:
    texts = {"a": "The Combe Noire sector had been closed on Tuesday morning because of the danger.",
             "b": "The Combe Noire sector reopened on Friday after more blasting."}
    docs = _alike(_annotated(texts))
    dates = _on_calendar(docs[0], "Tuesday", "2025-03-04") + _on_calendar(docs[1], "Friday", "2025-03-07")
    assert find_contradictions((), (), docs, dates, {}) == ()
    same_day = _on_calendar(docs[0], "Tuesday", "2025-03-04") + _on_calendar(docs[1], "Friday", "2025-03-04")
    [c] = find_contradictions((), (), docs, same_day, {})  # told of one day, open and closed disagree
    assert c.kind == "status"


def test_a_person_held_in_one_article_and_free_in_another_but_not_in_one_article() -> None:
    texts = {"a": "Police arrested the captain, Juma Mfinanga, on Monday.", "b": "Juma Mfinanga is still on the run.",
             "c": "Tom Reed, on the run for a week, remains at large. Police arrested Tom Reed on Friday."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "status" and sorted([e.article for e in s.evidence] for s in c.sides) == [["a"], ["b"]]


def test_one_arrested_may_be_freed_since_but_not_be_held_and_freed() -> None:
    texts = {"a": "Deputies arrested Dale Whitcomb on Tuesday.", "b": "Dale Whitcomb was released after posting bail.",
             "c": "Dale Whitcomb was being held without bail at the county jail."}
    assert find_contradictions((), (), _alike(_annotated(texts))[:2], (), {}) == ()
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert {s.value: {e.article for e in s.evidence} for s in c.sides} == {
        "Dale Whitcomb held": {"c"}, "Dale Whitcomb released": {"b"}}  # the arrest fits both


def test_a_programme_extended_against_one_ended_or_scrapped_though_a_side_clause_dates_it() -> None:
    texts = {"a": "The bank also ended its bond-buying program, which it launched in 2022 to calm markets.",
             "b": "The bank also scrapped its bond-buying scheme, which had propped up borrowing since 2022.",
             "c": "The bank also extended its bond-buying programme by six months."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "status" and [{e.article for e in s.evidence} for s in c.sides] == [{"c"}, {"a", "b"}]
    assert details.agree(*(d for t in ("The strike went ahead.", "The strike ended on Friday.")
                           for d in _details(t) if d.event == "plan"))


def test_a_toll_several_articles_give_is_one_fact_however_the_rest_of_each_sentence_reads() -> None:
    texts = {
        "a": "An explosion tore through the Merrick plant in Belpre late Monday, killing two workers.\n"
             "The names of the two workers who died have not been released.",
        "b": "Two workers were killed and hundreds of people were forced from their homes by the Merrick blast.",
        "c": "The blast at the Merrick plant killed two workers, the company said.",
        "d": "The blast at the Merrick plant killed three workers, the union said.",
    }
    docs = _alike(_annotated(texts))  # every sentence about the one blast
    facts = agreed_facts((), docs, {}, {"c": "b"})
    [toll] = [f for f in facts if f.detail == "number"]
    assert toll.text == "Two workers killed" and toll.status == "disputed"  # d says three
    assert toll.articles == ("a", "b", "c") and toll.independent_sources == 2  # c is a copy of b
    assert [texts[e.article][e.start : e.end] for e in toll.evidence if e.article == "a"] == texts["a"].split("\n")
    already = Fact("f", "", ("a", "b", "c"), 3, "corroborated", toll.evidence)  # a statement fact holding them all
    assert toll not in agreed_facts((already,), docs, {}, {})


def test_a_rate_several_articles_give_is_a_fact_but_a_count_of_something_else_is_not() -> None:
    texts = {"a": "The Central Bank of Estravia raised its benchmark interest rate to 4.75% on Tuesday.",
             "b": "The Central Bank of Estravia lifted its interest rate to 4.75 per cent on Tuesday.",
             "c": "The Central Bank of Estravia has 400 staff.", "d": "The Central Bank of Estravia has 400 staff."}
    facts = agreed_facts((), _alike(_annotated(texts)), {}, {})
    assert [(f.text, f.articles) for f in facts if f.detail == "number"] == [("The rate: 4.75%", ("a", "b"))]


def test_a_count_told_with_the_verb_that_did_it_is_a_fact() -> None:
    texts = {"a": "Six miners died after a rockfall trapped 23 workers at the Korvane mine.",
             "b": "A total of 23 workers were trapped when the rockfall struck the Korvane mine."}
    facts = agreed_facts((), _alike(_annotated(texts)), {}, {})
    assert [(f.text, f.articles) for f in facts if f.detail == "number" and "trapped" in f.text] == [
        ("23 workers trapped", ("a", "b"))]


def test_a_side_lists_every_sentence_that_tells_its_value_of_the_named_thing() -> None:
    texts = {
        "a": "Borrowers got a shock when rates rose, and within hours Elena Voicu had resigned.\n"
             "Voicu stepped down late on Thursday after a crisis meeting.",
        "b": "Voicu has said she will not resign.",
    }
    docs = _annotated(texts)
    lead, rest = (np.zeros(docs[0].vectors.shape[1], dtype=np.float32) for _ in range(2))
    lead[0], rest[1] = 1.0, 1.0  # the lead is about the rates; only the second sentence is like b's
    docs = [replace(d, vectors=np.array([lead, rest]) if d.id == "a" else np.array([rest])) for d in docs]
    [c] = find_contradictions((), (), docs, (), {})
    resigns = next(s for s in c.sides if s.value.endswith("resigns"))
    assert [texts["a"][e.start : e.end] for e in resigns.evidence] == texts["a"].split("\n")


def test_a_figure_with_decimals_is_exact_to_its_last_digit_and_a_bank_is_no_person_doing_it() -> None:
    [a] = [d for d in _details("Romania's central bank raised its rate to 7.25% on Thursday.") if d.kind == "number"]
    [b] = [d for d in _details("The National Bank of Romania raised its rate to 7.5 percent.") if d.kind == "number"]
    [c] = [d for d in _details("The bank raised its rate to 7.3%.") if d.kind == "number"]
    assert a.event == b.event == c.event == "measure|rate"
    assert not details.agree(a, b)
    assert details.agree(a, c)  # 7.25 rounded


def test_a_month_and_a_day_in_it_agree_and_prison_terms_pair_in_leads_only() -> None:
    assert details.same_time(("calendar", "02", ""), ("calendar", "02-27", ""))
    assert not details.same_time(("calendar", "04", ""), ("calendar", "02-27", ""))
    texts = {
        "a": "Judge Ellery sentenced Whitcombe to eight years in prison on Tuesday.\nHe will appeal.\nHe is 61.\n"
             "His father served a five-year sentence in 1970.",
        "b": "Whitcombe got a 10-year prison sentence on Tuesday from Judge Ellery.",
    }
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})  # only the lead rule keeps the father's apart
    assert sorted(s.value for s in c.sides) == ["10-year", "eight years"]  # the father's term pairs with neither


def test_a_flight_diverted_to_an_airport_lands_in_its_city() -> None:
    [kl] = [d for d in _details("The jet diverted to Kuala Lumpur International Airport.") if d.kind == "location"]
    [medan] = [d for d in _details("The jet made an emergency landing in Medan, Indonesia.")
               if d.kind == "location" and d.value == "Medan"]
    assert kl.event == medan.event == "land" and not kl.anchors  # the airport is the value, not an anchor
    assert medan.key == ("medan", "indonesia") and not details.agree(kl, medan)
    assert not [d for d in _details("The minister flew to Kuala Lumpur.") if d.kind == "location"]  # no landing


def test_two_counties_disagree_a_pause_is_a_pause_not_an_end_and_two_peoples_arrests_are_two() -> None:
    [a] = [d for d in _details("The landslide struck a village in Kakamega County.") if d.kind == "location"]
    [b] = [d for d in _details("The landslide struck a village in Murang'a County.") if d.kind == "location"]
    assert a.event == b.event == "disaster" and not details.agree(a, b)
    [s] = [d for d in _details("Rescue operations were suspended on Monday.") if d.event == "plan"]
    [p] = [d for d in _details("Rescue operations were postponed on Monday.") if d.event == "plan"]
    assert details.agree(s, p)
    [ended] = [d for d in _details("The company has stopped the trial for good.") if d.event == "plan"]
    [halted] = [d for d in _details("The company has halted the trial.") if d.event == "plan"]
    [paused] = [d for d in _details("The company has suspended the trial.") if d.event == "plan"]
    assert not details.agree(ended, paused) and details.agree(ended, halted) and details.agree(halted, paused)
    [done] = [d for d in _details("The sale of the stake was completed last month.") if d.event == "plan"]
    assert not details.agree(done, halted) and details.agree(done, ended)
    texts = {
        "a": "Jamal Williams was arrested early Sunday.\nHis teammate Vincent Jackson was arrested on Jan. 6.",
        "b": "Jamal Williams was arrested on Feb. 1.",
    }
    assert find_contradictions((), (), _alike(_annotated(texts)), (), {}) == ()  # one article, two people's arrests


def test_two_people_named_for_an_act_one_person_does_disagree_on_loosely_alike_sentences() -> None:
    texts = {"a": "Judge Thomas Varner handed down the sentence in a packed courtroom.",
             "b": "Judge Katherine Ellery imposed the sentence on June 17 in Knoxville."}
    # 0.35 alike: too little for other people's details, enough for one act
    [c] = find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {})
    assert c.kind == "person" and sorted(s.value for s in c.sides) == ["Katherine Ellery", "Thomas Varner"]


def test_shares_speeds_and_areas_are_measured_in_one_unit_whatever_the_wording() -> None:
    def measure(text: str) -> details.Compared:
        [m] = [d for d in _details(text) if d.event.startswith("measure|")]
        return m

    offer = [measure(t) for t in ("Members rejected an offer of 4.5pc over two years.",
                                  "Nurses rejected a 4.5% pay offer.",
                                  "The minister's offer of four and a half per cent is an insult.")]
    assert {m.event for m in offer} == {"measure|increase"} and all(details.agree(offer[0], m) for m in offer)
    assert not details.agree(offer[0], measure("The offer would have given nurses a 5.4 per cent increase."))
    share = [measure("A massive 96 per cent of members voted to strike."),
             measure("More than nine in ten members voted for industrial action.")]
    assert {m.event for m in share} == {"measure|people"} and details.agree(*share)
    stakes = [measure("A family trust owns 15% of Tarrant Civil."), measure("The trust will sell its 25% stake.")]
    assert {m.event for m in stakes} == {"measure|stake"} and not details.agree(*stakes)
    speeds = [measure("The train was running at around 75 km per hour."), measure("It was travelling at 47 mph.")]
    assert {m.event for m in speeds} == {"measure|speed"} and details.agree(*speeds)  # 47 mph is 75.6 km/h
    assert not details.agree(measure("It packed sustained winds of 205 km/h."), measure("Its winds reached 230km/h."))
    assert not [d for d in _details("The driver ignored a 30 km/h limit.") if d.event.startswith("measure|")]
    areas = [measure("The fire has burned 10,000 acres."), measure("The blaze now covers 4,047 hectares.")]
    assert {m.event for m in areas} == {"measure|area"} and details.agree(*areas)
    assert not [d for d in _details("Economists had expected the bank to hold the rate at 6.50%.")
                if d.kind == "number"]  # an expectation is no figure
    assert [d.value for d in _details("It raised its rate to 7.5 percent from 6.5 percent.")
            if d.kind == "number"] == ["7.5 percent"]  # where it came from is no second value


def test_three_dozen_and_nine_in_ten_are_no_small_counts() -> None:
    [injured] = [d for d in _details("About three dozen passengers were injured.") if d.kind == "number"]
    assert injured.value == "About three dozen passengers" and injured.key[0] <= 36 <= injured.key[1]
    assert not [d for d in _details("More than nine in ten members voted for the strike.")
                if d.kind == "number" and not d.event.startswith("measure|")]


def test_a_speed_and_an_hour_a_story_gives_once_pair_however_unlike_the_sentences() -> None:
    texts = {"a": "The train was hurtling along at 110 kmph when four coaches jumped the rails.",
             "b": "Preliminary data showed the train was moving at about 75 kmph.",
             "c": "It derailed at 8.15am on Wednesday.",
             "d": "The accident took place at 8.15 pm, officials said."}
    docs = _annotated(texts)
    u = np.zeros(docs[0].vectors.shape[1], dtype=np.float32)
    v = u.copy()
    u[0], v[0], v[1] = 1.0, 0.35, 0.94  # 0.35 alike: too little for counts that name no one, enough for these
    docs = [replace(d, vectors=np.tile(u if d.id in "ac" else v, (len(d.vectors), 1))) for d in docs]
    found = {c.kind: sorted(s.value for s in c.sides) for c in find_contradictions((), (), docs, (), {})}
    assert found == {"number": ["110 kmph", "75 kmph"], "time": ["8.15 pm", "8.15am"]}


def _on_calendar(doc: Doc, phrase: str, date: str) -> tuple[DateEntry, ...]:
    """The story calendar's date for a phrase of one article."""
    start = doc.article.text.index(phrase)
    return (DateEntry(doc.id, phrase, date, doc.article.text, start, start + len(phrase)),)


def test_a_weekday_is_put_on_the_story_calendar_to_compare_with_a_date() -> None:
    texts = {"a": "Nurses will stage a 24-hour national strike next Tuesday.",
             "b": "The first 24-hour stoppage is set for Tuesday 28 October.",
             "c": "A 24-hour stoppage had been due to start on October 21."}
    docs = _alike(_annotated(texts))
    dates = _on_calendar(docs[0], "next Tuesday", "2025-10-21")
    [c] = find_contradictions((), (), docs, dates, {})
    assert c.kind == "date" and [sorted({e.article for e in s.evidence}) for s in c.sides] == [["b"], ["a", "c"]]
    assert find_contradictions((), (), docs[:1] + docs[2:], (), {}) == ()  # unresolved, a weekday is not judged


def test_yesterday_is_the_weekday_the_story_calendar_puts_it_on() -> None:
    texts = {"a": "The tank exploded yesterday afternoon at the Harlow plant.",
             "b": "The tank at the Harlow plant exploded on Monday afternoon.",
             "c": "The tank exploded on Tuesday afternoon at the Harlow plant."}
    docs = _alike(_annotated(texts))
    dates = _on_calendar(docs[0], "yesterday", "2026-03-03")
    [c] = find_contradictions((), (), docs, dates, {})  # 3 March 2026 was a Tuesday
    assert c.kind == "time" and [sorted({e.article for e in s.evidence}) for s in c.sides] == [["b"], ["a", "c"]]
    assert find_contradictions((), (), docs[:2], (), {}) == ()  # unresolved, "yesterday" is not judged


def test_a_bare_weekday_the_calendar_put_a_week_out_still_agrees_with_its_date() -> None:
    texts = {"a": "A day of national mourning was declared on Wednesday.",
             "b": "A day of national mourning will be held on 18 March.",
             "c": "A day of national mourning will be held on Thursday, March 19."}
    docs = _alike(_annotated(texts))
    dates = _on_calendar(docs[0], "Wednesday", "2026-03-11")
    [c] = find_contradictions((), (), docs, dates, {})  # 18 March 2026 is a Wednesday, a week after the 11th
    assert sorted(sorted({e.article for e in s.evidence}) for s in c.sides) == [["a", "b"], ["c"]]


def test_a_workers_strike_is_a_walkout_and_its_status_is_compared() -> None:
    [defer] = [d for d in _details("The union's executive agreed to defer the strike.") if d.event == "plan"]
    [ahead] = [d for d in _details("The walkout is going ahead next Tuesday.") if d.event == "plan"]
    assert defer.anchors == ahead.anchors == frozenset({"strike"}) and not details.agree(defer, ahead)
    assert [d.event for d in _details("Nurses will stage a 24-hour strike next Tuesday.") if d.kind == "date"] == [
        "walkout"]
    assert [d.event for d in _details("A missile strike hit the city on Tuesday.") if d.kind == "date"] == ["attack"]
    assert [d.event for d in _details("The fire was first reported on Saturday evening.") if d.kind == "date"] == [
        "fire"]
    assert not [d for d in _details("Police opened fire on Saturday.") if d.kind == "date"]


def test_polls_lists_of_shares_and_neighbouring_parts_of_a_day_raise_nothing() -> None:
    assert not [d for d in _details("A poll published on Sunday said 83.3 percent of Greeks were unhappy.")
                if d.kind == "number"]  # each poll has its own figure
    assert not [d for d in _details("As much as 55 percent of traffic in Saudi Arabia, 52 percent in Egypt and 82 "
                                    "percent in India was out of service.") if d.kind == "number"]
    day = {p: next(d for d in _details(f"The fire broke out {p}.") if d.kind == "date")
           for p in ("Friday evening", "Friday night", "late Friday", "Friday afternoon", "Friday morning",
                     "early Saturday")}
    assert details.agree(day["Friday evening"], day["Friday night"])
    assert details.agree(day["late Friday"], day["Friday afternoon"])
    assert details.agree(day["Friday evening"], day["early Saturday"])
    assert not details.agree(day["Friday morning"], day["Friday night"])


def test_a_cause_who_made_an_offer_and_a_route_by_any_name_are_compared() -> None:
    [butt] = [d for d in _details("The inferno was sparked by a cigarette butt.") if d.event == "cause"]
    [bolt] = [d for d in _details("It was believed to have been started by lightning.") if d.event == "cause"]
    [listed] = [d for d in _details("BCWS lists the cause as lightning.") if d.event == "cause"]
    assert details.agree(bolt, listed) and not details.agree(butt, bolt)
    assert not [d for d in _details("The delay was caused by heavy traffic.") if d.event == "cause"]  # no event's
    makers = [next(d.value for d in _details(t) if d.event == "agent:make the offer") for t in (
        "Public Expenditure Minister Cathal Moran's offer is an insult.",
        "Health Minister Aoife Brennock put forward the offer last week.",
        "The offer, made by Health Minister Aoife Brennock, would cost millions.",
        "The offer, which Health Minister Aoife Brennock made last Thursday, was rejected.")]
    assert makers == ["Cathal Moran", "Aoife Brennock", "Aoife Brennock", "Aoife Brennock"]
    [shut] = [d for d in _details("The section remains shut.") if d.event == "access"]
    [restored] = [d for d in _details("Services on the line were restored on Thursday.") if d.event == "access"]
    assert shut.anchors == restored.anchors == frozenset({"railway"}) and not details.agree(shut, restored)
    assert not [d for d in _details("Several trains were diverted on Thursday.") if d.event == "land"]


def test_a_day_without_a_part_and_the_early_hours_of_the_next_can_be_one_night() -> None:
    assert details.same_time(("weekday", "friday", None), ("weekday", "saturday", "early"))
    assert not details.same_time(("weekday", "friday", None), ("weekday", "saturday", None))


def test_who_holds_a_role_disagrees_on_loosely_alike_sentences() -> None:
    texts = {"a": "Acme Corp recalled 50,000 heaters.\nAcme chief executive Mark Davis said refunds would follow.",
             "b": "Acme Corp recalled 50,000 heaters.\nAcme boss Paul Reed did not respond to requests for comment."}
    # the role says the sentences are about one thing
    [c] = find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {})
    assert c.kind == "person" and sorted(s.value for s in c.sides) == ["Mark Davis", "Paul Reed"]
    # one article naming two holders of the role tells a succession
    one = {"a": f"{texts['a']}\nHe replaced Acme chief executive Jane Cole, who left in March."}
    assert not find_contradictions((), (), _alike(_annotated(one)), (), {})


def test_a_sentence_of_years_long_past_tells_another_event() -> None:
    texts = {"a": "The earthquake killed seven people on Tuesday.",
             "b": "The earthquake killed seven people on Tuesday.\n"
                  "The magnitude 8.8 quake of 27 February 2010 killed more than 500 people."}
    docs = _alike(_annotated(texts))
    assert find_contradictions((), (), docs, (), {})  # undated, the two tolls read as one event's
    dated = [replace(d, article=replace(d.article, published="2025-12-03")) for d in docs]
    assert not find_contradictions((), (), dated, (), {})


def test_a_court_named_for_its_town_is_that_towns_whatever_its_neighbours() -> None:
    texts = {"a": "Stephen Ackroyd was sentenced at Leeds Crown Court on Tuesday for fraud.",
             "b": "A former council manager was sentenced at Bradford Crown Court on Tuesday for fraud.",
             "c": "Stephen Ackroyd was sentenced at Leeds Crown Court on Tuesday, the CPS said."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    # two leads, one naming the man and one not, tell one event; Leeds and Bradford are 14 km apart
    assert c.kind == "location" and [s.value for s in c.sides] == ["Bradford", "Leeds"]
    assert [d.event for d in _details("She was treated at the Royal Children's Hospital.") if d.kind == "location"] == [
        "hospital"]  # where she was treated, no town


def test_a_year_in_a_name_does_not_date_a_sentence_to_the_past() -> None:
    texts = {"a": "Stephen Ackroyd was sentenced at Leeds Crown Court on Tuesday for fraud.",
             "b": "A former manager was sentenced at Bradford Crown Court under the Fraud Act 2006 on Tuesday.",
             "c": "A former manager was sentenced at Bradford Crown Court in 2006."}
    docs = [replace(d, article=replace(d.article, published="2025-12-09")) for d in _alike(_annotated(texts))]
    [c] = find_contradictions((), (), docs[:2], (), {})
    assert [s.value for s in c.sides] == ["Bradford", "Leeds"]
    assert find_contradictions((), (), [docs[0], docs[2]], (), {}) == ()  # that one tells a sentencing of 2006


def test_a_verdict_on_one_charge_found_guilty_against_acquitted() -> None:
    texts = {"a": "The jury also found him guilty of money laundering after hearing how he spent the cash.",
             "b": "He was acquitted of a single count of money laundering.",
             "c": "The jury cleared him of a third charge, of money laundering.",
             "d": "A jury convicted him of fraud."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "status" and [sorted({e.article for e in s.evidence}) for s in c.sides] == [["a"], ["b", "c"]]
    assert c.summary.endswith("say not guilty of money laundering")  # fraud is another charge
    assert not [d for d in _details("Crews cleared the road of debris on Monday.") if d.event == "verdict"]
    [plea] = [d for d in _details("John Smith pleaded guilty to theft.") if d.event == "verdict"]
    assert plea.key == ("guilty",) and "theft" in plea.anchors
    assert plea.people  # a named defendant keeps two people's verdicts apart


def test_a_state_of_catastrophe_declared_against_still_not_declared_across_articles_only() -> None:
    texts = {"a": "The government later declared a state of catastrophe for the Maule region.",
             "b": "Incredibly, the government still hasn't declared a state of catastrophe, so there are no troops.",
             "c": "The governor may declare a state of emergency on Friday."}
    [c] = find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {})  # one act: loosely alike will do
    assert c.kind == "status" and [s.value for s in c.sides] == ["state of catastrophe declared",
                                                                 "state of catastrophe not declared"]
    one = {"a": "The government had not declared a state of emergency by Monday. On Tuesday it declared a state of "
                "emergency."}
    assert find_contradictions((), (), _annotated(one), (), {}) == ()  # one article telling what happened next


def test_two_verdicts_on_one_man_but_two_charges_are_no_contradiction() -> None:
    texts = {"a": "Vincent Gigante was acquitted on charges of attempted murder.",
             "b": "Vincent Gigante pleaded guilty to obstruction of justice."}
    assert find_contradictions((), (), _alike(_annotated(texts)), (), {}) == ()


def test_results_certified_against_not_yet_certified() -> None:
    texts = {"a": "The county Board of Canvassers certified the results on Monday.",
             "b": "And get this: the results haven't even been certified yet, but she is measuring the drapes."}
    [c] = find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {})
    assert [s.value for s in c.sides] == ["result certified", "result not certified"]
    [nine] = [d for d in _details("Nine mineworkers were killed in the rockfall.") if d.kind == "number"]
    assert nine.event == "kill|worker"  # a miner is a worker: one toll with "nine employees"


def test_two_leads_tolls_are_the_storys_own_however_unlike_the_rest_of_their_sentences() -> None:
    texts = {"a": "A packed ferry flipped over in a storm on the lake, leaving 41 dead.",
             "b": "The death toll stood at 31 on Tuesday."}
    [c] = find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {})
    assert c.kind == "number" and [s.value for s in c.sides] == ["31 people", "41 dead"]
    lead = "Officials met on Sunday. The talks ended. Markets were calm.\n"  # the tolls below a lead
    texts = {k: lead + v for k, v in texts.items()}
    assert find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {}) == ()


def test_a_persons_age_within_an_article_and_across_but_not_a_relatives() -> None:
    texts = {"a": "Raymond Voss, 41, is serving a life sentence.\nOfficers said the 46-year-old Voss may head west.",
             "b": "Daniel Whitcombe, 31, was freed.\nHis mother, Linda Whitcombe, 61, wept."}
    docs = _annotated(texts)
    [c] = find_contradictions((), (), docs, (), {})  # the sentences are nothing alike: the person pairs them
    assert c.kind == "number" and c.within_article and [s.value for s in c.sides] == ["Raymond Voss, 41", "Voss, 46"]
    apart = {"a": "Jose Luis Orozco, 27, was arrested.", "b": "Jose Luis Orozco, 29, was convicted.",
             "c": "Jose Luis Orozco, 36, was convicted.", "d": "His son Luis Orozco, 12, wept."}
    [c] = find_contradictions((), (), _annotated(apart), (), {})  # 36 disputes both; 27 and 29 only each other,
    # which two years between two articles may explain; the son is another person
    assert [s.value for s in c.sides] == ["Jose Luis Orozco, 27", "Jose Luis Orozco, 29", "Jose Luis Orozco, 36"]
    assert find_contradictions((), (), _annotated({k: apart[k] for k in "abd"}), (), {}) == ()


def test_two_round_figures_agree_only_as_far_apart_as_one_is_loose() -> None:
    [a] = [d for d in _details("About 2,300 tonnes of oil leaked.") if d.kind == "number"]
    [b] = [d for d in _details("About 3,200 tonnes of oil had leaked by Wednesday.") if d.kind == "number"]
    [c] = [d for d in _details("Some 2,600 tonnes of oil leaked.") if d.kind == "number"]
    assert a.event == b.event == c.event == "spill|tonne"
    assert not details.agree(a, b)  # each reads 20% either way, but they are 28% apart
    assert details.agree(a, c)


def test_a_year_in_brackets_does_not_date_a_sentence_to_the_past() -> None:
    texts = {"a": "The tanker Corvina Spirit (105,000 dwt, built 2009) ran aground on Sunday.",
             "b": "The tanker ran aground early on Monday, the coastguard said."}
    docs = [replace(d, article=replace(d.article, published="2026-03-19")) for d in _alike(_annotated(texts))]
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "date" and [s.value for s in c.sides] == ["Monday", "Sunday"]


def test_not_going_to_stop_denies_stopping_not_going() -> None:
    texts = {"a": "Stiles said: “We are going to find him.”",
             "b": "“We are going to find him, and we are not going to stop until we do,” Stiles said."}
    docs = _annotated(texts)
    assert find_contradictions((), extract_claims(docs), docs, (), {}) == ()


def test_two_tolls_of_one_article_pair_where_another_toll_agrees() -> None:
    texts = {"a": "Three people were killed and 17 were hurt when the bridge fell.\nTraffic was heavy.\n"
                  "The roads were wet.\nThe city will help the families of the three people who died and the 27 "
                  "people injured."}
    [c] = find_contradictions((), (), _annotated(texts), (), {})
    assert c.within_article and [s.value for s in c.sides] == ["17", "27 people"]


def test_the_agencys_chief_is_the_one_the_story_names_an_agency_for() -> None:
    texts = {"a": "The Calvarian National Anti-Doping Agency (CNADA) banned the sprinter on Monday.\n"
                  "CNADA chief executive Helena Strand said the panel had weighed the case.",
             "b": "Tomas Berglund, the agency’s chief executive, said the panel had weighed the case.",
             "c": "Helena Strand, CNADA’s chief executive, said the panel had weighed the case."}
    docs = _annotated(texts)
    [c] = find_contradictions((), (), docs, (), entities.merge_entities(docs)[1])  # CNADA is the agency
    assert c.kind == "person" and [s.value for s in c.sides] == ["Tomas Berglund", "Helena Strand"]


def test_the_clubs_chairman_is_not_the_chair_of_a_campaign_group() -> None:
    texts = {"a": "Erik Halvorsen, the club’s chairman, said it had been a historic night for the city.",
             "b": "Ruth Abernethy, chair of Save Millbrook Meadows, said it had been a dark night for the city.",
             "c": "Ruth Abernethy, chair of Save Millbrook Meadows, said the group had instructed lawyers."}
    assert not find_contradictions((), (), _annotated(texts), (), {})


def test_two_hospitals_of_one_name_agree_and_two_names_do_not() -> None:
    [a, b, c] = [next(d for d in _details(t) if d.event == "hospital") for t in (
        "The injured were taken to Harwick Memorial Hospital.", "The injured were taken to Memorial Hospital.",
        "The injured were taken to St. Columba’s Hospital.")]
    assert details.agree(a, b) and not details.agree(a, c)


def test_how_many_times_a_victim_was_shot_is_one_figure_whoever_each_sentence_names() -> None:
    texts = {"a": "Cop Kyle Brannigan blasted the dad-of-two six times within seconds, witnesses said.",
             "b": "Tolliver, a forklift operator, was struck by four bullets in the parking lot of the Food Mart."}
    # 0.35 alike, and no name in common: a figure a story has one of
    [c] = find_contradictions((), (), _loosely_alike(_annotated(texts)), (), {})
    assert c.kind == "number" and sorted(s.value for s in c.sides) == ["four bullets", "six times"]


def test_a_candidate_who_refused_to_concede_against_one_who_conceded() -> None:
    texts = {"a": "Velasko refused to concede defeat.", "b": "Prime Minister Anton Velasko conceded on Tuesday.",
             "c": "Velasko had not conceded by mid-morning on Tuesday. United conceded a penalty."}
    [c] = find_contradictions((), (), _alike(_annotated(texts)), (), {})
    assert c.kind == "status" and {s.value: {e.article for e in s.evidence} for s in c.sides} == {
        "Velasko did not concede": {"a"}, "Anton Velasko conceded": {"b"}}


def test_a_bare_role_is_the_one_a_person_holds_qualified_elsewhere() -> None:
    texts = {"a": "Teravian Foreign Minister Milan Oresko rejected the accusations.",
             "b": "Foreign Minister Milan Oresko rejected the accusations.",
             "c": "Foreign Minister Elin Varsgaard rejected the accusations."}
    assert find_contradictions((), (), _alike(_annotated(texts)), (), {}) == ()  # two countries' ministers


def test_one_named_subjects_act_on_one_object_told_yes_and_no_in_sentences_otherwise_unlike() -> None:
    docs = _alike(_annotated({
        "a": "Castellane did not attend the hearing in Varnholm and was represented by her lawyer.",
        "b": "Castellane attended both days of the hearing in person, at times visibly distressed.",
        "c": "Castellane attended a gala dinner in the capital with her coach and her agent on Friday.",
    }))
    [c] = find_contradictions((), extract_claims(docs), docs, (), {})
    assert c.kind == "negation" and sorted((s.value, [e.article for e in s.evidence]) for s in c.sides) == [
        ("attended", ["b"]), ("not attend", ["a"])]


def test_a_surname_misspelt_beside_the_same_first_name_is_one_person() -> None:
    def holder(name: str) -> details.Compared:
        return details.Compared("person", "role:investigator", frozenset(), name, (name.split()[-1].lower(),))

    assert details.agree(holder("Priya Vandersloot"), holder("Priya Vandersluis"))
    assert not details.agree(holder("Priya Shah"), holder("Priya Sharma"))
    assert not details.agree(holder("Priya Vandersloot"), holder("Anna Vandersluis"))


def test_two_missing_counts_are_one_toll() -> None:
    docs = _loosely_alike(_annotated({"a": "Eleven people are still missing.",
                                      "b": "For the families of the 13 people still missing, the waiting goes on."}))
    assert [c.kind for c in find_contradictions((), (), docs, (), {})] == ["number"]


def test_one_panels_size_told_two_ways_beside_one_name_and_a_year_in_an_aside() -> None:
    docs = _loosely_alike(_annotated({
        "a": "Officials said a three-member panel of the National Anti-Doping Tribunal found Castellane guilty.",
        "b": "Castellane, the 2023 world championships silver medallist, was banned after a five-member panel of the "
             "National Anti-Doping Tribunal upheld the charge.",
    }))
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "number" and sorted(s.value for s in c.sides) == ["five member", "three member"]


def test_a_spill_is_one_figure_however_the_oil_got_out_and_whoever_each_sentence_names() -> None:
    docs = _loosely_alike(_annotated({
        "a": "Officials said on Tuesday that the cargo was 68,000 tonnes. The National Maritime Safety Agency said "
             "about 1,200 tonnes of oil escaped from two ruptured cargo tanks.",
        "b": "Workers saw the damage. The Marisol Vega smashed into the reef, ripping open her hull and sending at least "
             "3,000 tonnes of thick crude pouring into the sea.",
    }))
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "number" and sorted(s.value for s in c.sides) == ["about 1,200 tonnes", "at least 3,000 tonnes"]


def test_one_crash_on_two_sides_of_one_town() -> None:
    docs = _annotated({
        "a": "A freight train derailed and caught fire late Tuesday about two miles east of Carverton.",
        "b": "The wreck occurred about two miles west of Carverton, where the line crosses the river.",
        "c": "The wreck occurred about two miles north-east of Carverton, where the line crosses the river.",
    })
    [c] = find_contradictions((), (), docs, (), {})
    assert c.kind == "location" and sorted((s.value, [e.article for e in s.evidence]) for s in c.sides) == [
        ("east of Carverton", ["a", "c"]), ("west of Carverton", ["b"])]
    assert details.off_one_place("north-east of Carverton", "east of carverton") == ({"n", "e"}, {"e"})
    assert details.off_one_place("west of Carverton", "west of Dunmere") is None


def test_two_ages_of_one_pilot_in_one_article_beside_another_persons_and_one_man_admitted_and_not() -> None:
    docs = _annotated({
        "a": "The pilot, Robert Ellison, 54, from Kellsby, died along with flight nurse Claire Otway, 38.\n"
             "Ellison, 49, had flown for the service since 2013.",
        "b": "Rupert Alderton, the 58-year-old former chief executive, was jailed.\nAlderton, 56, said nothing.",
    })
    found = sorted(sorted(s.value for s in c.sides) for c in find_contradictions((), (), docs, (), {}))
    assert found == [["Alderton, 56", "Rupert Alderton, 58"], ["Ellison, 49", "Robert Ellison, 54"]]
    admitted = _alike(_annotated({"a": "He was not admitted to hospital and is isolating with his family.",
                                  "b": "He was admitted to Eldham General Hospital as a precaution."}))
    assert [c.kind for c in find_contradictions((), (), admitted, (), {})] == ["negation"]


def test_two_counts_of_strikers_are_one_toll() -> None:
    docs = _loosely_alike(_annotated({"a": "About 2,300 nurses began a 48-hour strike on Tuesday.",
                                      "b": "More than 3,200 nurses walked out on Tuesday in a row over pay."}))
    assert [c.kind for c in find_contradictions((), (), docs, (), {})] == ["number"]


def test_an_event_one_sentence_times_twice_happened_in_stages() -> None:
    texts = {"a": "Three hostages were released at around 2.30pm, and four more shortly after 7pm.",
             "b": "Hostages were released at around 2.30pm, witnesses said.",
             "c": "Hostages were released at 7.30pm, police said."}
    assert not find_contradictions((), (), _annotated(texts), (), {})
    del texts["a"]  # without it, one release at two hours
    assert [c.kind for c in find_contradictions((), (), _annotated(texts), (), {})] == ["time"]


def test_an_approval_is_one_a_story_has_so_its_days_pair_whatever_the_drug_is_called() -> None:
    texts = {"a": "The National Medicines Board approved Corvyra on Monday after a long review.",
             "b": "The National Medicines Board on Tuesday approved velmorstat after a long review."}
    [c] = find_contradictions((), (), _annotated(texts), (), {})
    assert c.kind == "date" and [s.value for s in c.sides] == ["Monday", "Tuesday"]
