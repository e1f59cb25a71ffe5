"""Contradictions: details (numbers, dates, places, people, status, polarity) on which claims disagree.

Each article's details were read off its parse when it was annotated (`annotate.details`): a place hung
on an event ("the assassination of Haniyeh ... in Gaza"), a count with what it counts, a day or hour, a
person's fate, a plan's status, a vote, a confirmation, a negated main verb, who holds a role. Here the
details of the articles' statements get the story's names (`details.resolve`), and nothing is parsed. Two
details are about the same thing when they fill the same slot (kind, event class, a shared person or thing)
and their sentences are close in meaning; all such details of one slot are grouped, their values split into
sides that agree among themselves, and a slot with two or more sides is one Contradiction, each side listing
the full sentences of every article that carries its value. No model judges entailment: every contradiction
is explained by the two values it names.

The same sides, where two or more independent articles give one value, are facts of their own
(`agreed_facts`): "two workers killed" however each article words the rest of its sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from ..annotate import geo
from ..annotate.details import AGE, NEXT, OWNED, PARTICIPLES
from ..model import (
    Claim,
    Contradiction,
    ContradictionKind,
    ContradictionSide,
    DateEntry,
    Detail,
    Doc,
    Fact,
    Sentence,
    Span,
    content_hash,
)
from ..settings import Settings
from . import align
from . import details as dt
from .claims import statements
from .details import Compared

# cosine of two sentence vectors (all-MiniLM-L6-v2) above which their details may describe the same event.
# Places, days and fates that share a named participant and the event class need only a low bar (retellings
# of one killing across outlets score 0.45-0.55); counts and votes have no named participant, so they need
# sentences that say much the same thing, as do places and days that name no one (see _linked).
SAME_EVENT_SIM: dict[str, float] = {
    "location": 0.35,
    "date": 0.35,
    "time": 0.35,
    "status": 0.45,
    "person": 0.45,
    "number": 0.55,
    "attribute": 0.6,
    "negation": 0.7,  # "X attended ..." / "X did not attend ..." scores 0.73: negation moves MiniLM little
}
# a toll (people killed, injured, missing, evacuated, arrested, rescued) is one figure per story: two articles' tolls, or
# one article's two, pair on this bar though they name no one in common ("killing two workers" / "the three
# workers who died" scores 0.45-0.48; at 0.4 ecbplus-dev's false alarms went from 4 to 7 stories, at 0.45 to 6)
TOLL_SIM = 0.45
SITE_SIM = 0.45  # a firm has many plants and offices: two of its sites are one only in sentences saying much the
# same ("recalled syrup made at its Ballarat plant" / "... at its Geelong plant" scores 0.49-0.62; "will close its
# plant in Hollinsford" / "output will move to its factory in Slovakia" 0.37-0.42)
LEAD_SIM = 0.3  # two leads' tolls, and their days of an event a story has one of, are the story's own, however
# unlike the rest of their sentences ("a ferry flipped over in a savage storm, leaving 41 dead" / "The death toll stood
# at 31 on Tuesday" scores 0.39)
TOLLS = frozenset((event, unit) for event in ("kill", "injure", "miss", "hospitalise", "evacuate", "arrest", "rescue",
                                              "cut", "escape", "airlift")
                  for unit in ("people", "worker", "soldier", "patient", "inmate"))  # "cut": jobs cut
# who did an act one person does for a story ("handed down the sentence", "announced the decision"), or who holds
# a role at one body ("Laurentian Shield boss Paul Lafrenière" / "Laurentian Shield Chief Executive Denise
# Marchand"): the act or the role itself says the sentences are about one thing, so they need only be on the
# same subject
AGENT_SIM = 0.3
# a role one person holds at a time at a named body (the union's general secretary, the city's mayor) has one holder
# however the two sentences go on ("X, general secretary of the union, accused the company of betrayal" / "Y,
# general secretary of the union, said members would be balloted" scores 0.26); a spokesman may be one of several
ONE_HOLDER_ROLES = frozenset({"president", "prime minister", "chancellor", "chief executive", "chairman", "chairwoman",
                              "chair", "governor", "mayor", "premier", "general secretary", "secretary-general",
                              "leader", "king", "queen", "captain", "coach"})
ONE_HOLDER_SIM = 0.2
# so is a verdict on a named charge, an official act (a state of emergency declared, results certified) or what was
# done with an offer (rejected, still considered): one act per story, which a later sentence of the same article
# may tell had not happened yet ("had not declared ... until Tuesday")
ONE_ACT_SLOTS = ("verdict", "act", "response", "outcome")
# whether a named person is held: the name says two sentences are about one thing ("Skipper Juma Mfinaga is still on
# the run" / "Police arrested the captain, Juma Mfinanga" scores 0.40). It changes within a story ("X, on the run
# for two weeks, was arrested on Friday"): one article telling both tells what happened, two articles disagree
CHANGING_SLOTS = ("custody", "concession")  # and whether a candidate conceded ("refused to concede" / "conceded")
# so does whether anyone was arrested at all ("No arrests have been made" / "Cops last night arrested the club's
# head of safety") or a ransom paid ("no ransom was paid" / "after pocketing a ransom of £2m"), which name no one
# to pair by: the slot alone says the sentences are about one thing
STORY_STATUS_SLOTS = ("arrests", "ransom", "appeal")
ACCESS = "access"  # whether a road, run, school or border is open
# and so does which office a named person holds, of those one holds one at a time ("Governor Ramon Villaluz" /
# "Ramon Villaluz, the mayor of Santo Rosendo"): the person pairs them, whatever each sentence says of them
OFFICE = "office"
# so are an event's hour, a speed, an area, a cause and the day a plant closes: a story gives one ("derailed at
# 8.15am" / "the accident took place at 8.15 pm"; "hurtling along at 110 kmph" / "running at 75 km/h"; "the factory
# will shut its gates for good on September 30" / "production will end by March 31, 2027"), and how long its
# hostages were held ("after 48 days in captivity" / "a 58-day hostage ordeal") and how many its firm employs
# ("the 640 people who work for Alderwick" / "all 460 of Alderwick's employees"), how many times its victim was
# shot ("was struck by four bullets" / "blasted the dad-of-two six times"), how many crew its vessel carried and
# how much oil it spilled, and how many patients its trial enrolled, whoever each names
ONE_PER_STORY = AGENT_SIM
ONE_PER_STORY_SLOTS = ("measure|speed", "measure|gust", "measure|area", "cause", "closure", "captivity|day",
                       "employ|worker", "shoot|shot", "carry|crew", "spill|tonne", "spill|barrel", "enrol|patient")
SIZE = "size|"  # ... and the size of a thing two sentences name one participant beside ("a three-member panel of the
# National Anti-Doping Tribunal ... Castellane" / "Castellane ... after a five-member panel upheld the charge")
# and the day of an event a story has one of (a fire, a crash, a strike, a court's ruling, an election, an approval):
# two articles' days of it pair on the bar of any two days, whoever each sentence names ("the fire was first
# reported on Saturday evening" / "the Dunmore Ridge wildfire was discovered Sunday afternoon"). Not a release: "the
# last such patch was released on Oct. 23" is another one
STORY_EVENTS = frozenset({"fire", "crash", "explosion", "walkout", "land", "disaster", "lift", "mourning", "ruling",
                          "escape", "election", "ballot_close", "approve"})
PLACED_ONCE = frozenset({"crash", "explosion", "land"})  # ... and so are the places of those that happen at one spot
# (not a storm's or a wildfire's, which reach many)
# Not a quake: a second quake or an aftershock is news of its own ("Monday's earthquake was the second one to hit
# Qeshm in the past 24 hours"). The next of a recurring event is one too: "the council's next meeting is on April
# 22" / "rate-setters meet again on April 29"
AGE_LAPSE = 2  # years between two articles' ages of one person that time passing may explain
PRISON_TERM = "sentence|month"  # a prison term pairs only with another told in a lead (see _linked)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NAMED_YEAR = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\b)[A-Z][A-Za-z]*\s+$")  # "the Fraud Act 2006", "Euro 2024": a name, not a year
# a year in a relative clause dates what the sentence is about, not its statement: ", which it launched in 2022"
# says which programme "the bank ended" ("recounts since 2016 have moved totals by dozens" is of the past)
# and one in brackets ("(105,000 dwt, built 2009)") or in an aside set off by commas (", the 2023 world silver
# medallist,")
ASIDE_YEARS = re.compile(r",\s*(?:which|who)\b[^,;]*|\([^()]*\)|,\s*(?:the|a|an)\s[^,;]*,")
LEAD_SENTENCES = 3  # an article's lead: its first content sentences, which tell the story's own event
PARAPHRASE_SIM = 0.75  # two details that name no one in common pair only in near-paraphrases (see _linked)
# two leads' places or days, one naming who it is about and one not, pair on sentences this alike: "a former
# manager was sentenced at Bradford Crown Court" / "Ackroyd was sentenced at Leeds Crown Court" scores 0.50,
# "in April, a strike killed several commanders in Damascus" / "Omar Hadid was killed in Tehran" 0.37-0.39
LEADS_ONE_NAMED_SIM = 0.45
UNNAMED_KINDS = frozenset({"number", "location", "date", "time"})  # details that may pair without a shared name
NEGATION_OVERLAP = 0.75  # share of content words two sentences must have in common to be one negated claim
# ... unless they share the verb, its named subject and its object ("Castellane did not attend the hearing" /
# "Castellane attended both days of the hearing in person" scores 0.46, "Police said they had not received any
# referral" / "Police confirmed they had received a referral from the PAO" 0.45)
NEGATION_CORE_SIM = 0.4


@dataclass(frozen=True)
class _Found:
    doc: Doc
    sentence: Sentence
    detail: Compared
    in_lead: bool = False  # one of its article's first LEAD_SENTENCES content sentences
    days: frozenset[str] = frozenset()  # the days (YYYY-MM-DD) its sentence names, as the story's dates resolved them

    @cached_property
    def past_years(self) -> frozenset[int]:
        """The years its sentence names, when they are all long before its article was published: a sentence of
        the past ("the magnitude 8.8 quake of 27 February 2010 ... killed more than 500 people") tells another
        event than the story's, whose figures do not gainsay the story's own. Read once: pairs ask it often."""
        published = self.doc.article.published
        text = self.sentence.span.text
        aside = [m.span() for m in ASIDE_YEARS.finditer(text)]
        years = frozenset(int(m.group()) for m in YEAR.finditer(text) if not NAMED_YEAR.search(text, 0, m.start())
                          and not any(a <= m.start() < b for a, b in aside))
        if not published or not published[:4].isdigit() or not years:
            return frozenset()
        return years if max(years) < int(published[:4]) - 1 else frozenset()


def find_contradictions(
    facts: Sequence[Fact],
    claims: Sequence[Claim],
    docs: Sequence[Doc],
    dates: Sequence[DateEntry],
    names: Mapping[str, str],
    *,
    settings: Settings | None = None,
) -> tuple[Contradiction, ...]:
    """Every disagreement between articles, or within one, on a detail of the same thing; `settings` is
    accepted for the analysers' common signature and not read."""
    together = _fact_pairs(facts)
    found = [(items[0].detail.event, c) for items in _details_by_slot(docs, names, dates).values()
             for c in _slot_contradictions(items, together)]
    events_at = [_told_in(c) for event, c in found if c.kind == "location" and not event.startswith("site:")]
    out = [c for event, c in found if not (event.startswith("site:") and _told_already(c, events_at))]
    told = {_told_in(c) for c in out if c.kind == "negation"}
    out += [c for c in _denials(claims, docs) if not any(_told_in(c) <= t for t in told)]  # one the details told
    return tuple(sorted(out, key=lambda c: (-sum(len(s.evidence) for s in c.sides), c.id)))


def _told_in(c: Contradiction) -> frozenset[tuple[str, int]]:
    return frozenset((e.article, e.start) for s in c.sides for e in s.evidence)


def _told_already(site: Contradiction, events_at: Sequence[frozenset[tuple[str, int]]]) -> bool:
    """Where a plant is and where its explosion happened are one disagreement: sentences of two of the plant's
    sides are among those of the explosion's place dispute."""
    sides = [{(e.article, e.start) for e in side.evidence} for side in site.sides]
    return any(sum(1 for side in sides if side & told) >= 2 for told in events_at)


def agreed_facts(
    facts: Sequence[Fact], docs: Sequence[Doc], names: Mapping[str, str], duplicates: Mapping[str, str],
    dates: Sequence[DateEntry] = (),
) -> tuple[Fact, ...]:
    """Details that two or more independent articles give alike, each as a fact: "two workers killed" joins
    "killing two workers", "Two workers were killed and hundreds ..." and "the two workers who died", which
    alignment keeps apart because the rest of each sentence says other things. A detail that one statement
    fact already holds every sentence of adds nothing. The fact is disputed when its slot has a contradiction
    that one of its sentences is on a side of."""
    together = _fact_pairs(facts)
    out = []
    for (kind, event), items in _details_by_slot(docs, names, dates).items():
        if kind == "negation" or kind == "number" and event.split("|")[0] not in PARTICIPLES and not event.startswith(
                ("measure|", "increase|")) and not any(_told_count(i.detail.subject) for i in items):
            continue  # a verb told yes, or a count of something other than an event's toll, a rate, a rise or a thing
            # done ("23 workers trapped"), is no fact alone
        disputed = {e for c in _slot_contradictions(items, together) for side in c.sides for e in side.evidence}
        for side in _agreeing_sides(items, together):
            spans = tuple(sorted({items[i].sentence.span for i in side}, key=lambda s: (s.article, s.start)))
            articles = tuple(dict.fromkeys(s.article for s in spans))
            count = align.independent_count(articles, duplicates)
            if count < 2 or any(all(any(_within(e, s) for e in f.evidence) for s in spans) for f in facts):
                continue
            value = Counter(items[i].detail.value for i in side).most_common(1)[0][0]
            subjects = [items[i].detail.subject for i in side]
            told = [s for s in subjects if _told_count(s)]  # "the number of workers trapped", not "... worker (trap)"
            subject = Counter(told or subjects).most_common(1)[0][0]
            out.append(Fact(id=content_hash("detail", kind, event, _span_keys(spans)),
                            text=_statement(kind, event, subject, value), articles=articles,
                            independent_sources=count, status="disputed" if disputed & set(spans) else "corroborated",
                            evidence=spans, detail=kind))
    return tuple(sorted(out, key=lambda f: (-f.independent_sources, f.id)))


def _agreeing_sides(items: list[_Found], together: set[frozenset[tuple[str, int]]]) -> list[list[int]]:
    """The slot's details in groups that describe one thing (linked, or one value told again) and give values
    that agree."""
    parent = list(range(len(items)))
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            if _told_again(a, items[j]) or _linked(a, items[j], together):
                parent[_root(parent, i)] = _root(parent, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(_root(parent, i), []).append(i)
    return [side for members in groups.values() for side in _sides(items, members)]


def _sides(items: list[_Found], order: Sequence[int]) -> list[list[int]]:
    """The details `order` names, in that order, each put with the side whose values all agree with it; one that
    fits two sides ("arrested", beside "held" and "released") takes neither."""
    sides: list[list[int]] = []
    for i in order:
        homes = [s for s in sides if all(dt.agree(items[i].detail, items[j].detail) for j in s)]
        if not homes:
            sides.append([i])
        elif len(homes) == 1:
            homes[0].append(i)
    return sides


def _within(part: Span, sentence: Span) -> bool:
    return part.article == sentence.article and sentence.start <= part.start < sentence.end


def _told_count(subject: str) -> bool:
    """A count told with the verb that did it ("the number of workers trapped"), not only by its unit ("the number
    of worker (trap)")."""
    return subject.startswith("the number of ") and not subject.endswith(")")


def _statement(kind: str, event: str, subject: str, value: str) -> str:
    """The agreed detail as a short statement: "Two workers killed", "The explosion happened in Belpre"."""
    if kind == "number" and event.split("|")[0] in PARTICIPLES:
        text = f"{value} {PARTICIPLES[event.split('|')[0]]}"
    elif kind == "number" and _told_count(subject):
        text = f"{value} {subject.rsplit(' ', 1)[1]}"  # "23 workers trapped"
    elif kind == "number":
        text = f"{subject}: {value}"  # "the rate: 4.75%"
    elif kind == "location":
        text = f"{subject} {_placed(event)} {value}"
    elif kind in ("date", "time"):
        text = f"{subject} happened {value}"
    elif kind == "person" and subject.startswith("who is "):
        text = f"{value} is {subject.removeprefix('who is ')}"
    elif event == "vote":
        text = f"{subject} was {value}"
    else:
        text = value
    return text[:1].upper() + text[1:]


def _details_by_slot(
    docs: Sequence[Doc], names: Mapping[str, str], dates: Sequence[DateEntry] = ()
) -> dict[tuple[str, str], list[_Found]]:
    """The details of the articles' statements, resolved, by slot (kind and event); a weekday or "yesterday"
    carries the day the story's `dates` put it on ("next Tuesday" → 10-21), to compare with a date written out."""
    found: dict[tuple[str, str], list[_Found]] = {}
    staged: set[tuple[str, str]] = set()
    by_sentence: dict[tuple[str, int], list[Detail]] = {}
    leads: dict[str, set[int]] = {}
    for doc in docs:
        leads[doc.id] = {s.index for s in doc.annotations.content()[:LEAD_SENTENCES]}
        for detail in doc.annotations.details:
            by_sentence.setdefault((doc.id, detail.sentence), []).append(detail)
    dated: dict[str, list[DateEntry]] = {}
    for e in dates:
        dated.setdefault(e.article, []).append(e)
    for doc in docs:
        for sentence in statements(doc):  # a short one too: "Voicu has said she will not resign."
            kept, torn = _sentence_details(by_sentence.get((doc.id, sentence.index), []), names, dates)
            span = sentence.span
            days = frozenset(e.date for e in dated.get(doc.id, ()) if span.start <= e.start < span.end)
            for d in kept:
                found.setdefault((d.kind, d.event), []).append(
                    _Found(doc, sentence, d, sentence.index in leads[doc.id], days))
            staged |= {("time", d.event) for d in torn if d.kind == "time"}
    for slot in staged:  # "Three hostages were released at 2.30pm and four more after 7pm": the release has
        found.pop(slot, None)  # no one hour, so two articles' hours of it are two stages, not a disagreement
    _adopt_owned_roles(found)
    _adopt_qualified_roles(found)
    return found


def _adopt_qualified_roles(found: dict[tuple[str, str], list[_Found]]) -> None:
    """A person whose role one sentence gives with its country or body ("Teravian Foreign Minister Milan Oresko")
    holds that role where another gives it bare ("Foreign Minister Milan Oresko"): in a story of two countries, the
    bare role is not the other country's foreign minister's."""
    qualified: dict[tuple[str, str], set[str]] = {}  # (bare role, person) → the qualified roles they hold
    for kind, event in found:
        if kind == "person" and event.startswith("role:") and "|" in event:
            for f in found[(kind, event)]:
                qualified.setdefault((event.split("|")[0], str(f.detail.key[0])), set()).add(event)
    for kind, event in [k for k in found if k[0] == "person" and k[1].startswith("role:") and "|" not in k[1]]:
        keep = []
        for f in found[(kind, event)]:
            held = qualified.get((event, str(f.detail.key[0])), set())
            if len(held) == 1:
                target = next(iter(held))
                found[(kind, target)].append(replace(f, detail=replace(f.detail, event=target, anchors=frozenset({target}))))
            else:
                keep.append(f)
        found[(kind, event)] = keep


def _adopt_owned_roles(found: dict[tuple[str, str], list[_Found]]) -> None:
    """A role whose owner is told by a common noun ("Tomas Berglund, the agency's chief executive") is the one
    role of that name the story gives a named body of that kind ("the National Anti-Doping Agency's chief
    executive", "CNADA chief executive Helena Strand" where CNADA is that agency), when it gives one: the club's
    chairman is not the chair of a campaign group called Save Millbrook Meadows."""
    def owned(event: str) -> bool:
        detail = found[("person", event)][0].detail.detail
        return detail is not None and any(label == OWNED for _, label in detail.slot_names)

    roles = [e for k, e in found if k == "person" and e.startswith("role:") and "|" in e]
    for event in [e for e in roles if owned(e)]:
        role, noun = event.split("|", 1)
        named = {e for e in roles if e.split("|")[0] == role and not owned(e) and noun in e.split("|", 1)[1].split()}
        if len(named) == 1:
            target = named.pop()
            found[("person", target)] += [replace(f, detail=replace(f.detail, event=target, anchors=frozenset({target})))
                                          for f in found.pop(("person", event))]


def _denials(claims: Sequence[Claim], docs: Sequence[Doc]) -> list[Contradiction]:
    """Claims of two articles where one denies what the other asserts, in sentences that otherwise say much
    the same words ("the recall was not announced in Columbus" / "... was announced in Columbus",
    `align.denial_pairs`): alignment keeps them apart; here they are one statement told yes and no."""
    by_id = {d.id: d for d in docs}
    feats = [align.features(c.span.text) for c in claims]
    pairs: dict[str, set[tuple[int, int]]] = {}
    for i, j in align.denial_pairs(feats):
        a, b = claims[i], claims[j]
        if a.span.article == b.span.article or a.span.article not in by_id or b.span.article not in by_id:
            continue
        shared = len(feats[i].words & feats[j].words) / max(1, min(len(feats[i].words), len(feats[j].words)))
        sim = float(np.dot(by_id[a.span.article].vectors[a.sentence], by_id[b.span.article].vectors[b.sentence]))
        if shared >= NEGATION_OVERLAP and sim >= SAME_EVENT_SIM["negation"]:
            pairs.setdefault(str(feats[i].denied), set()).add((i, j))
    out = []
    for stem, linked in sorted(pairs.items()):
        members = sorted({k for pair in linked for k in pair})
        local = {k: n for n, k in enumerate(members)}
        asserted = claims[min(j for _, j in linked)].span.text
        items = [_denial(claims[k], by_id[claims[k].span.article], feats[k].negated, stem, asserted) for k in members]
        c = _contradiction(items, {(local[i], local[j]) for i, j in linked})
        if c is not None:
            out.append(c)
    return out


def _denial(claim: Claim, doc: Doc, negated: bool, stem: str, subject: str) -> _Found:
    """A claim as one side of a denial: its value "yes" or "no", its subject the asserted claim's words."""
    value = "no" if negated else "yes"
    return _Found(doc, doc.annotations.sentences[claim.sentence],
                  Compared("negation", f"denied:{stem}", frozenset(), value, (value,), subject))


def _sentence_details(details: list[Detail], names: Mapping[str, str], dates: Sequence[DateEntry],
                      ) -> tuple[list[Compared], list[Compared]]:
    """The details of one sentence, resolved, and those torn: a slot the sentence fills with two disagreeing
    values ("150 miles off Aden ... 13 miles away") is about two things, so neither value is kept. Two people's
    ages are two slots ("Robert Ellison, 54, ... flight nurse Claire Otway, 38")."""
    out = [dt.resolve(d, names, _day_of(d, dates)) for d in details]
    torn = [d for d in out if any(o.kind == d.kind and o.event == d.event and not dt.agree(o, d) and (
        d.event != AGE or o.people == d.people) for o in out)]
    return [d for d in out if d not in torn], torn


def _day_of(detail: Detail, dates: Sequence[DateEntry]) -> str | None:
    """The date (YYYY-MM-DD) the story's dates resolved a weekday or "yesterday" detail to, if they did."""
    if detail.kind != "date" or detail.key[0] not in ("weekday", "relative"):
        return None
    span = detail.span
    return next((e.date for e in dates if e.article == span.article and e.start < span.end and span.start < e.end),
                None)


def _fact_pairs(facts: Sequence[Fact]) -> set[frozenset[tuple[str, int]]]:
    """Sentence pairs (article, start) that alignment put in one fact: said to be the same statement."""
    out: set[frozenset[tuple[str, int]]] = set()
    for f in facts:
        keys = [(e.article, e.start) for e in f.evidence]
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                out.add(frozenset((a, b)))
    return out


def _linked(a: _Found, b: _Found, together: set[frozenset[tuple[str, int]]]) -> bool:
    """Whether two details of one kind and event describe the same thing."""
    if a.doc.id == b.doc.id and a.sentence.index == b.sentence.index:
        return False
    da, db = a.detail, b.detail
    if da.event == AGE:  # a person has one age, whatever else each sentence tells ("serving life for the 2013 murder")
        return _one_person(a, b) if a.doc.id == b.doc.id else _same_age_told_apart(a, b)
    if _other_people(da, db) or a.past_years != b.past_years:
        return False
    if da.event == ACCESS and a.days and b.days and not a.days & b.days:
        return False  # a road or run open on one day and closed on another: "closed on Tuesday morning" / "reopened
        # on Friday". (Not so whether someone is held: "released Tuesday night" / "held ahead of Wednesday's hearing")
    if da.event.startswith("role:") and a.doc.id == b.doc.id:
        return False  # one article naming two holders of a role tells a succession ("FBI director Patrick Gray")
    if da.event in STORY_STATUS_SLOTS:
        return a.doc.id != b.doc.id
    if da.event == OFFICE:
        return a.doc.id != b.doc.id and bool(da.people & db.people)
    if da.event in CHANGING_SLOTS:
        return a.doc.id != b.doc.id and bool(da.people & db.people) and _sim(a, b) >= AGENT_SIM
    if da.event in ONE_ACT_SLOTS:  # on one charge, one state: the man alone does not make two verdicts one
        return a.doc.id != b.doc.id and bool((da.anchors - da.people) & (db.anchors - db.people)) and (
            _sim(a, b) >= AGENT_SIM)
    if da.event == PRISON_TERM and not (a.in_lead and b.in_lead):
        return False  # a term further down is most often an earlier one: a record's, an obituary's
    if da.kind == "negation":
        if any(x.startswith(dt.OBJECT_PREFIX) for x in da.anchors & db.anchors):
            return _sim(a, b) >= NEGATION_CORE_SIM  # one named subject, verb and object: one proposition
        overlap = len(da.anchors & db.anchors) / max(1, min(len(da.anchors), len(db.anchors)))
        if overlap < NEGATION_OVERLAP:
            return False
    elif da.kind == "number" and _toll(da.event) and (
            a.in_lead and b.in_lead or not da.anchors & db.anchors):  # two leads' tolls, whatever names they share
        return _sim(a, b) >= (LEAD_SIM if a.in_lead and b.in_lead else TOLL_SIM) or _toll_told_alike(a, b)
    elif da.kind == "time" or da.event in ONE_PER_STORY_SLOTS or da.event.startswith(SIZE) and da.anchors & db.anchors:
        return a.doc.id != b.doc.id and _sim(a, b) >= ONE_PER_STORY
    elif da.kind == "date" and (da.event in STORY_EVENTS or da.event.startswith(NEXT)):
        return a.doc.id != b.doc.id and _sim(a, b) >= (LEAD_SIM if a.in_lead and b.in_lead else SAME_EVENT_SIM["date"])
    elif da.kind == "location" and da.event in PLACED_ONCE:  # two sides of one town name the town: that pairs them
        return a.doc.id != b.doc.id and (dt.off_one_place(da.value, db.value) is not None or _sim(a, b) >= (
            LEAD_SIM if a.in_lead and b.in_lead else SAME_EVENT_SIM["location"]))
    elif not da.anchors & db.anchors:
        # without a shared name, two details pair only in two articles, and only in a near-paraphrase unless a
        # count names nothing beside one that does ("the ferry was carrying 120 people" beside "a ferry carrying
        # 212 people capsized off Sulawesi"): that count reads as the named one's. Two counts that both name
        # nothing may be about anything ("it killed 612" of an older quake). A place or day that names no one
        # ("a missile strike killed 12 people in Kyiv") pairs only with another that names no one: beside a
        # named killing, an unnamed one is most often another ("the killing of generals in Syria in April").
        # Two leads are the exception: an article's first sentences tell the story's own event, so the places
        # and days two leads give it are of one event, whether neither names anyone ("an explosion at a plant in
        # Parkersburg" / "an explosion tore through the plant on the south side of Belpre") or one does not ("a
        # former council manager was sentenced at Bradford Crown Court" / "Stephen Ackroyd was sentenced at
        # Leeds Crown Court"), and so are counts that each name what they are about, however differently
        # ("Romania's central bank raised its rate to 7.25%" / "The National Bank of Romania raised its
        # monetary policy rate to 7.5 percent").
        named = (dt.names_something(da), dt.names_something(db))
        if da.kind not in UNNAMED_KINDS or a.doc.id == b.doc.id:
            return False
        if a.in_lead and b.in_lead and (all(named) if da.kind == "number" else not all(named)):
            return _sim(a, b) >= (SAME_EVENT_SIM[da.kind] if not any(named) else LEADS_ONE_NAMED_SIM)
        if da.kind != "number" and any(named):
            return False
        if _sim(a, b) < (SAME_EVENT_SIM["number"] if named[0] != named[1] else PARAPHRASE_SIM):
            return False
    pair = frozenset(((a.doc.id, a.sentence.span.start), (b.doc.id, b.sentence.span.start)))
    if pair in together:
        return True
    if da.event.startswith("role:") and "|" in da.event and da.event[5:].split("|")[0] in ONE_HOLDER_ROLES:
        return _sim(a, b) >= ONE_HOLDER_SIM
    if da.event.startswith(("agent:", "role:")):
        return _sim(a, b) >= AGENT_SIM
    return _sim(a, b) >= (SITE_SIM if da.event.startswith("site:") else SAME_EVENT_SIM[da.kind])


def _toll(event: str) -> bool:
    """Whether a count's slot is a toll (`TOLLS`), at a site of the firm's or not ("cut at hollinsford|worker")."""
    predicate, _, rest = event.partition("|")
    return predicate == "walkout" or (predicate.split(" at ")[0], rest.split("|")[0]) in TOLLS  # strikers, however named


def _toll_told_alike(a: _Found, b: _Found) -> bool:
    """Two sentences of one article that give another toll of the story alike, so their tolls are of one event
    however unlike the rest of them: "Three people were killed and 17 were hurt" / "the families of the three
    people who died and the 27 people injured"."""
    if a.doc.id != b.doc.id:
        return False
    tolls = [{(d.slot, d.key) for d in a.doc.annotations.details if d.sentence == f.sentence.index and d.kind == "number"
              and d.slot != a.detail.event and _toll(d.slot)} for f in (a, b)]
    return bool(tolls[0] & tolls[1])


def _told_again(a: _Found, b: _Found) -> bool:
    """One value of one slot told twice, however unlike the sentences: beside a name both give ("Elena Voicu had
    resigned" / "Voicu stepped down late on Thursday"), or a figure, place or day given twice in one article (a
    status, "went ahead", is too common a value to say as much without a name)."""
    da, db = a.detail, b.detail
    if da.kind == "negation" or not dt.agree(da, db) or _other_people(da, db):
        return False
    if da.kind == "location" and da.key[0] != db.key[0] and not geo.compatible_within(
            tuple(map(str, da.key)), tuple(map(str, db.key)), unknown=False):
        return False  # a town nobody knows may lie in Slovakia, but is not for that the place told again
    return bool(da.anchors & db.anchors) or da.kind in UNNAMED_KINDS and a.doc.id == b.doc.id


def _one_person(a: _Found, b: _Found, whole: bool = False) -> bool:
    """Whether two details' names can be one person's as written: one's words are all in the other's ("Voss",
    "Raymond Voss"), so a shared surname alone does not join two members of a family ("Daniel Whitcombe",
    "Linda Whitcombe"); `whole`: both give the same full name."""
    names = [f.detail.detail.anchors[0][0] for f in (a, b) if f.detail.detail and f.detail.detail.anchors]
    if len(names) != 2:
        return False
    x, y = ({w.lower() for w in name.split()} for name in names)
    return x == y and len(x) > 1 if whole else x <= y or y <= x


def _same_age_told_apart(a: _Found, b: _Found) -> bool:
    """Two articles' ages of one person, named in full by both, that no lapse of time explains: a story's articles
    may be years apart (an arrest at 27, the trial at 29), and a surname alone may be a son's or a father's."""
    return _one_person(a, b, whole=True) and abs(float(str(a.detail.key[0])) - float(str(b.detail.key[0]))) > AGE_LAPSE


def _other_people(a: Compared, b: Compared) -> bool:
    """Two details about different people: two arrests, killings or prison terms, whatever team or place they
    share."""
    return bool(a.people and b.people and not a.people & b.people)


def _root(parent: list[int], i: int) -> int:
    """The representative of i's group in a union-find over `parent`, halving the path on the way."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _sim(a: _Found, b: _Found) -> float:
    return float(np.dot(a.doc.vectors[a.sentence.index], b.doc.vectors[b.sentence.index]))


def _slot_contradictions(
    items: list[_Found], together: set[frozenset[tuple[str, int]]]
) -> list[Contradiction]:
    """The contradictions among the details of one kind and event: one per group of linked details."""
    n = len(items)
    parent = list(range(n))
    links: set[tuple[int, int]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            if _linked(items[i], items[j], together):
                links.add((i, j))
                parent[_root(parent, i)] = _root(parent, j)
            elif _told_again(items[i], items[j]):  # on the same side as the other, whatever it is linked to
                parent[_root(parent, i)] = _root(parent, j)
    if items and items[0].detail.kind == "number":
        # one count told in several places: linked groups that share a name or place are one slot
        linked = sorted({i for pair in links for i in pair})
        for x in linked:
            for y in linked:
                if x < y and items[x].detail.anchors & items[y].detail.anchors:
                    parent[_root(parent, x)] = _root(parent, y)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(_root(parent, i), []).append(i)
    disputes = [m for m in groups.values() if len(m) > 1 and _group_contradiction(items, m, links) is not None]
    # one disagreement told as two ("five injured" vs "two", "five" vs "three"): disputes of one slot that
    # share a value, with sentences close enough to be about the same event, are one
    for x, a in enumerate(disputes):
        for b in disputes[x + 1 :]:
            shared = any(items[i].doc.id != items[j].doc.id and dt.agree(items[i].detail, items[j].detail)
                         and not _other_people(items[i].detail, items[j].detail) for i in a for j in b)
            kind = items[a[0]].detail.kind
            if shared and max(_sim(items[i], items[j]) for i in a for j in b) >= SAME_EVENT_SIM[kind]:
                parent[_root(parent, a[0])] = _root(parent, b[0])
    merged: dict[int, list[int]] = {}
    for members in disputes:
        merged.setdefault(_root(parent, members[0]), []).extend(members)
    out = []
    for members in merged.values():
        c = _group_contradiction(items, sorted(members), links)
        if c is not None:
            out.append(c)
    return out


def _group_contradiction(items: list[_Found], members: list[int], links: set[tuple[int, int]]) -> Contradiction | None:
    """The contradiction among some of a slot's details (`members`), by their links."""
    local = {i: k for k, i in enumerate(members)}
    return _contradiction([items[i] for i in members], {(local[i], local[j]) for i, j in links
                                                        if i in local and j in local})


def _bridges(f: _Found, items: list[_Found]) -> bool:
    """Whether a value agrees with two that disagree ("arrested" with "held" and with "released"): it goes to a
    side last, so the two it bridges are the sides."""
    fits = [g.detail for g in items if dt.agree(f.detail, g.detail)]
    return any(not dt.agree(a, b) for k, a in enumerate(fits) for b in fits[k + 1 :])


def _contradiction(items: list[_Found], links: set[tuple[int, int]]) -> Contradiction | None:
    """Split one slot's details into sides that agree among themselves; None when all agree."""
    support = Counter(str(f.detail.key) for f in items)
    bridging = {i for i, f in enumerate(items) if _bridges(f, items)}
    sides = _sides(items, sorted(range(len(items)), key=lambda i: (i in bridging, -support[str(items[i].detail.key)], i)))
    if len(sides) < 2:
        return None
    side_of = {i: k for k, s in enumerate(sides) for i in s}
    across = [(side_of[i], side_of[j]) for i, j in links if i in side_of and j in side_of and side_of[i] != side_of[j]]
    disputed = {k for pair in across for k in pair}
    if len(disputed) < 2:
        return None
    kept = [sides[k] for k in sorted(disputed)]
    built = []
    for members in kept:
        value = Counter(items[i].detail.value for i in members).most_common(1)[0][0]
        spans = sorted({items[i].sentence.span for i in members}, key=lambda s: (s.article, s.start))
        built.append((value, tuple(spans), sorted({items[i].doc for i in members}, key=lambda d: d.id)))
    kind: ContradictionKind = items[0].detail.kind
    if kind in ("date", "time"):  # a slot where one side names a part of the day is about the time
        kind = "time" if any(f.detail.kind == "time" or f.detail.key[2] for f in items) else "date"
    built.sort(key=lambda b: (len(b[2]), b[0]))
    articles = [{d.id for d in b[2]} for b in built]
    within = any(len(a & b) > 0 for k, a in enumerate(articles) for b in articles[k + 1 :])
    sides_out = tuple(ContradictionSide(value=v, evidence=spans) for v, spans, _ in built)
    subjects = Counter(f.detail.subject for f in items)  # the way most articles name it, else the fullest
    subject = max(subjects, key=lambda t: (subjects[t], len(t)))
    summary = _summary(kind, items[0].detail.event, subject, [(v, ds) for v, _, ds in built])
    ident = content_hash(kind, *(f"{s.value}|{_span_keys(s.evidence)}" for s in sides_out))
    return Contradiction(id=ident, kind=kind, summary=summary, within_article=within, sides=sides_out)


def _span_keys(spans: tuple[Span, ...]) -> str:
    return ",".join(f"{s.article}:{s.start}-{s.end}" for s in spans)


def _placed(event: str) -> str:
    """How a place is told: an event "happened in" it, a site ("site:plant", annotate.details.SITES) "is in" it."""
    return "is in" if event.startswith("site:") else "happened in"


def _summary(kind: str, event: str, subject: str, sides: list[tuple[str, list[Doc]]]) -> str:
    """One line naming the articles (outlet names where known) and the value each gives."""
    parts = []
    for k, (value, docs) in enumerate(sides):
        who = ", ".join(d.article.outlet or d.id for d in docs)
        verb = "says" if len(docs) == 1 else "say"
        if k == 0:
            if kind == "location":
                parts.append(f"{who} {verb} {subject} {_placed(event)} {value}")
            elif kind in ("date", "time"):
                parts.append(f"{who} {verb} {subject} happened {value}")
            elif kind == "number":
                parts.append(f"{who} {verb} {value} ({subject})")
            else:
                parts.append(f"{who} {verb} {value} ({subject})")
        else:
            parts.append(f"{who} {verb} {value}")
    return "; ".join(parts)
