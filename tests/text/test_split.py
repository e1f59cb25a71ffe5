"""Sentence spans and boilerplate flags of text.split, on small articles written for each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse import text
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, Sentence
from newsfuse.settings import Settings


def split(body: str, title: str | None = None) -> tuple[Sentence, ...]:
    sentences = text.split(Article(id="a", text=body, title=title))
    for s in sentences:
        assert body[s.span.start : s.span.end] == s.span.text
        assert s.span.text and s.span.text == s.span.text.strip()
    assert [s.index for s in sentences] == list(range(len(sentences)))
    return sentences


def flags(body: str, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(s.span.text, s.boilerplate) for s in split(body, title)]


def test_sentences_are_punkt_spans_with_paragraphs() -> None:
    body = "Mr. Smith went to Washington on Aug. 1. He said \"No.\" Then he left.\n\nU.S. officials agreed."
    got = split(body)
    assert [s.span.text for s in got] == [
        "Mr. Smith went to Washington on Aug. 1.", 'He said "No."', "Then he left.", "U.S. officials agreed."
    ]
    assert [s.paragraph for s in got] == [0, 0, 0, 1]
    assert all(s.boilerplate is None for s in got)


def test_a_quote_asked_or_exclaimed_is_one_sentence_with_its_attribution() -> None:
    body = "“How could they?” said Ms Pelly. “Never!” he shouted. “Why?” Nobody answered."
    assert [s.span.text for s in split(body)] == [
        "“How could they?” said Ms Pelly.", "“Never!” he shouted.", "“Why?”", "Nobody answered."]


def test_a_title_before_a_name_ends_no_sentence() -> None:
    body = "Regional director Eng. Sarath Welikala said the tank was full. Det. Supt. Ray Hall agreed."
    assert [s.span.text for s in split(body)] == [
        "Regional director Eng. Sarath Welikala said the tank was full.", "Det. Supt. Ray Hall agreed."]


def test_empty_and_whitespace_articles_have_no_sentences() -> None:
    assert split("") == ()
    assert split(" \n\t\n ") == ()


def test_line_that_runs_on_is_joined_into_one_sentence() -> None:
    body = "The police have no leads at this time --\nand ask anyone who saw the car to call.\nA second sentence."
    got = [s.span.text for s in split(body)]
    assert got == [body.split("\nA ")[0], "A second sentence."]


def test_getty_credit_and_the_caption_before_it() -> None:
    body = (
        "Officials met on Monday to discuss the plan.\n"
        "Protesters gathered outside the ministry after the announcement\n"
        "Getty\n"
        "The talks will resume next week, officials said."
    )
    assert [k for _, k in flags(body)] == [None, "caption", "credit", None]


def test_long_caption_ending_in_a_photo_credit() -> None:
    body = (
        "The minister, left, meets the visiting delegation in the capital on July 30, 2024, before the talks began "
        "in earnest. Photo by STAFF/AFP via Getty Images.\n"
        "The minister said the talks went well."
    )
    assert [k for _, k in flags(body)] == ["caption", "caption", None]


@pytest.mark.parametrize(
    "credit", ["(Photo by Jane Roe/Getty Images)", "AP Photo/Evan Vucci", "Photo: Reuters", "Getty Images"]
)
def test_credit_lines(credit: str) -> None:
    assert flags(f"The storm hit the coast.\n{credit}")[-1] == (credit, "credit")


def test_quotation_before_a_credit_is_not_a_caption() -> None:
    body = "“We will rebuild,” she said.\nGetty/Instagram.\nThe mayor agreed."
    assert [k for _, k in flags(body)] == [None, "credit", None]


@pytest.mark.parametrize(
    "line", ["by Joshua Marks", "By JANE DOE and JOHN ROE", "By Maria de la Cruz, Associated Press"]
)
def test_bylines(line: str) -> None:
    assert flags(f"{line}\nThe council voted on Tuesday.")[0] == (line, "byline")


@pytest.mark.parametrize(
    "line", ["By the time crews arrived, the fire had spread.", "By Saturday, at least 6,000 sites had been infected."]
)
def test_sentences_opening_with_by_are_not_bylines(line: str) -> None:
    assert flags(line)[0][1] is None


@pytest.mark.parametrize(
    "line",
    ["With Post wires", "Source Agencies", "Source: Agencies", "Jane Doe contributed reporting.",
     "(Reporting by Jane Doe; Editing by John Roe)", "Copyright 2013 The Associated Press. All rights reserved."],
)
def test_wire_tags(line: str) -> None:
    assert {k for _, k in flags(f"The council voted on Tuesday.\n{line}")[1:]} == {"wire"}


def test_wire_prefix_is_split_off_and_the_sentence_kept() -> None:
    sentence = "Iran’s leader ordered a strike on Israel, the newspaper reported on July 31."
    assert flags(f"(JNS) — {sentence}") == [("(JNS) —", "wire"), (sentence, None)]


def test_dateline_prefix_is_split_off() -> None:
    got = flags("WASHINGTON (AP) — The Senate passed the bill on Friday.\nIn 2010, I voted no.")
    assert got[:2] == [("WASHINGTON (AP) —", "dateline"), ("The Senate passed the bill on Friday.", None)]
    assert got[2] == ("In 2010, I voted no.", None)
    got = flags("PORTBURY, March 6 (APS) - Train drivers will vote on a new offer.")  # any agency's initials
    assert got[0] == ("PORTBURY, March 6 (APS) -", "dateline")
    got = flags("TARROWBY, March 5 (Continental Press) - A jet made an emergency landing on Tuesday night.")
    assert got[0] == ("TARROWBY, March 5 (Continental Press) -", "dateline")  # or its name: the landing was not March 5


@pytest.mark.parametrize(
    "line",
    ["LATEST DEVELOPMENTS:", "Tel Aviv and Haifa could be targeted", "Pentagon chief: U.S. will ‘help defend Israel’"],
)
def test_subheadings(line: str) -> None:
    body = f"The first paragraph ends here.\n{line}\nThe next paragraph goes on with the story."
    assert flags(body)[1] == (line, "subhead")


@pytest.mark.parametrize(
    "line", ["He told the conference:", "It has been a hard year;", "“We will be back,” she said", "The end"]
)
def test_lead_ins_run_ons_and_last_lines_are_not_subheadings(line: str) -> None:
    body = f"The first paragraph ends here.\n{line}"
    assert all(k is None for _, k in flags(body))


def test_lead_in_followed_by_text_is_not_a_subheading() -> None:
    body = "The first paragraph ends here.\nHe told the conference:\n“We will rebuild.”"
    assert all(k is None for _, k in flags(body))


def test_repeated_headline_and_first_line_headline() -> None:
    body = "Council Approves Budget.\nThe council approved the budget on Tuesday."
    assert flags(body, title="Council approves budget")[0][1] == "headline"
    assert flags("Council approves budget\nThe council approved it on Tuesday.")[0][1] == "headline"
    assert flags("The council approved it on Tuesday.\nMore later.", title="Budget")[0][1] is None


@pytest.mark.parametrize(
    "line",
    ["Published: May 3, 2013", "Updated: July 7, 2012, 10:04 PM ET", "Sun, 15 Sep 2013", "12/16/08 1:30 AM EST",
     "WASHINGTON, DC, April 28, 2009"],
)
def test_datelines(line: str) -> None:
    assert flags(f"Headline words here\n{line}\nThe council approved the budget.")[1] == (line, "dateline")


def test_scores_are_not_datelines() -> None:
    assert flags("The record stood at 15-2-1 after the fight.")[0][1] is None


SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def test_seed_boilerplate() -> None:
    flagged = {}
    for article in read_inputs([str(SEEDS)], Settings()):
        assert isinstance(article, Article)
        for s in text.split(article):
            if s.boilerplate:
                flagged[s.span.text] = s.boilerplate
    assert flagged["Getty"] == "credit"
    assert flagged["LATEST DEVELOPMENTS:"] == "subhead"
    assert flagged["Photo by KHAMENEI.IR/AFP via Getty Images."] == "caption"
    assert flagged["by Joshua Marks"] == "byline"
    assert flagged["(JNS) —"] == "wire"
    assert flagged["With Post wires"] == flagged["Source Agencies"] == "wire"
    assert flagged["Tel Aviv and Haifa could be targeted"] == "subhead"
    assert flagged["Pentagon chief: U.S. will ‘help defend Israel’"] == "subhead"
    assert any(k == "caption" and t.startswith("Protests have been carried out") for t, k in flagged.items())
    assert len(flagged) <= 20  # the rest of the seeds is story text
