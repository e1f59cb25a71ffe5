"""Second stage: a group splits where its articles' names and figures fall apart, and only there."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform

from newsfuse.cluster.profile import Profile
from newsfuse.cluster.split import _leaves, _refine, split_by_details

# Two rehab stays of two actresses, years apart, told by several outlets each: same words, other names and years.
REHAB = (
    "The actress {name} has checked into the {clinic} rehab centre in {place}, her spokesman {agent} said on {day}. "
    "The {age}-year-old star entered the facility in {year} for treatment, {agent} said, asking for privacy."
)
FIRST = dict(name="Tara Reid", clinic="Promises", place="Malibu", agent="Jack Ketsoyan", age="33", year="2008")
SECOND = dict(name="Lindsay Lohan", clinic="Betty Ford", place="Palm Springs", agent="Steve Honig", age="26", year="2013")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday")


def _group(profiled: Callable[..., Profile], specs: list[dict[str, str]]) -> list[Profile]:
    return [profiled(f"d{k}", REHAB.format(day=DAYS[k % 4], **spec)) for k, spec in enumerate(specs)]


def test_details_are_names_and_figures(profiled: Callable[..., Profile]) -> None:
    got = profiled("x", REHAB.format(day="Monday", **FIRST)).details
    assert {"e:tara reid", "e:reid", "e:jack ketsoyan", "n:33", "n:2008"} <= got


def test_two_events_of_one_kind_are_split(profiled: Callable[..., Profile]) -> None:
    docs = _group(profiled, [FIRST] * 4 + [SECOND] * 4)
    parts = split_by_details(docs, list(range(8)), {})
    assert sorted(parts) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_one_story_with_varied_side_details_stays_whole(profiled: Callable[..., Profile]) -> None:
    # every article names the actress; each adds a detail or two of its own (another clinic, another figure)
    varied = [dict(FIRST, clinic=c, age=a) for c, a in zip(("Promises", "Cliffside", "Promises", "Mantra"), "3333")]
    docs = _group(profiled, varied + [dict(FIRST, place="Malibu", year=y) for y in ("2008", "2008", "2009", "2008")])
    assert split_by_details(docs, list(range(8)), {}) == [list(range(8))]


def _uniform(n: int, score: float) -> dict[tuple[int, int], float]:
    return {(i, j): score for i in range(n) for j in range(i + 1, n)}


def test_sides_that_link_across_as_well_as_within_stay_one_story(profiled: Callable[..., Profile]) -> None:
    # other names, but the same year, and the first stage scored every pair alike: one story, told two ways
    docs = _group(profiled, [FIRST] * 4 + [dict(SECOND, year=FIRST["year"])] * 4)
    assert len(split_by_details(docs, list(range(8)), {})) == 2
    assert split_by_details(docs, list(range(8)), _uniform(8, 0.8)) == [list(range(8))]


def test_sides_about_different_years_split_however_alike_their_words(profiled: Callable[..., Profile]) -> None:
    docs = _group(profiled, [FIRST] * 4 + [SECOND] * 4)
    assert sorted(split_by_details(docs, list(range(8)), _uniform(8, 0.8))) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_small_groups_are_never_split(profiled: Callable[..., Profile]) -> None:
    docs = _group(profiled, [FIRST, FIRST, SECOND, SECOND])
    assert split_by_details(docs, [0, 1, 2, 3], {}) == [[0, 1, 2, 3]]


def test_an_article_cut_to_the_wrong_side_moves_to_the_side_its_words_match() -> None:
    # articles 0-2 and 3-5 each share details; article 6 shares a little with both, but its words match 3-5;
    # article 7 has no details and stays where the cut put it
    details = np.zeros((8, 8))
    for block in ([0, 1, 2], [3, 4, 5]):
        details[np.ix_(block, block)] = 0.8
    details[6, :6] = details[:6, 6] = 0.2
    has = np.array([True] * 7 + [False])
    pairs = {(min(6, j), max(6, j)): 0.9 for j in (3, 4, 5)}
    got = _refine(list(range(8)), {0, 1, 2, 6, 7}, details, has, pairs)
    assert got == [[0, 1, 2, 7], [3, 4, 5, 6]]


def test_a_side_that_also_looks_back_is_of_the_year_it_shares(profiled: Callable[..., Profile]) -> None:
    # one stay told two ways, in 2013; one side also recalls an earlier stay as often: its latest year is its own
    docs = _group(profiled, [dict(FIRST, year="2013")] * 4 + [dict(SECOND, year="2013")] * 4)
    recalled = [profiled(d.id, REHAB.format(day="Monday", **dict(FIRST, year="2013")) + " She was first treated in 2008.")
                for d in docs[:4]]
    assert split_by_details(recalled + docs[4:], list(range(8)), _uniform(8, 0.8)) == [list(range(8))]



def test_a_year_after_publication_is_a_plan_not_the_year_of_the_news(profiled: Callable[..., Profile]) -> None:
    # one stay told two ways in 2013; one side also names, as often, the year the clinic is to reopen
    specs = [dict(FIRST, year="2013")] * 4 + [dict(SECOND, year="2013")] * 4
    docs = [profiled(f"d{k}", REHAB.format(day="Monday", **spec) + (" The clinic reopens in 2016." if k < 4 else ""),
                     published="2013-05-01") for k, spec in enumerate(specs)]
    assert split_by_details(docs, list(range(8)), _uniform(8, 0.8)) == [list(range(8))]

# Two players of one team arrested weeks apart; the second's reports recall the first, so the two sides share
# most names and figures, and only one side has details of its own. Each report is about its own man.
ARREST = (
    "San Diego Chargers {role} {name} was arrested on suspicion of drunk driving early Tuesday, police said. "
    "Officers stopped {name} on the freeway shortly after 2am, and {name} failed sobriety tests. {recall}"
)
JACKSON = dict(role="receiver", name="Vincent Jackson", recall="The team said it was aware of the arrest.")
WILLIAMS = dict(role="tackle", name="Jamal Williams",
                recall="It is the team's second such arrest in less than a month, after Vincent Jackson.")


def test_reports_about_two_people_split_though_one_side_recalls_the_other(profiled: Callable[..., Profile]) -> None:
    docs = [profiled(f"d{k}", ARREST.format(**spec)) for k, spec in enumerate([JACKSON] * 4 + [WILLIAMS] * 4)]
    assert {d.lead for d in docs} == {"e:jackson", "e:william"}
    assert sorted(split_by_details(docs, list(range(8)), {})) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    # sides that link across on their words as well as within are still one story
    assert split_by_details(docs, list(range(8)), _uniform(8, 0.8)) == [list(range(8))]


def test_the_detail_cut_is_average_link_in_two() -> None:
    """Two tight groups and a straggler nearer the second: average link puts it with the second."""
    points = np.array([[0.0], [0.1], [0.2], [5.0], [5.1], [3.5]])
    merges = linkage(squareform(np.abs(points - points.T)), method="average")
    sides = {tuple(sorted(_leaves(merges, int(merges[-1, 0])))), tuple(sorted(_leaves(merges, int(merges[-1, 1]))))}
    assert sides == {(0, 1, 2), (3, 4, 5)}
