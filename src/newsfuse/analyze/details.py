"""Details of one claim that another outlet can get wrong: counts, days and times, places, fates, plans,
votes, confirmations, negation and who holds a role.

Each `Detail` names its slot (the kind, the event it belongs to and the people or things that event is
about) and its value, read off the spaCy parse of the claim's sentence. Two details disagree when they
sit in the same slot and `agree` says their values cannot both be true; `contradictions` decides which
claims describe the same event and groups the disagreements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import ContradictionKind
from . import geo

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token


@dataclass(frozen=True)
class Detail:
    """One detail of a claim: its slot (kind, event, anchors) and its value."""

    kind: ContradictionKind
    event: str  # the event class or slot name ("kill", "evacuate|people", "role:apple ceo")
    anchors: frozenset[str]  # who or what the event is about; two details pair only when these meet
    value: str  # as the article writes it
    key: tuple[object, ...]  # the value normalised for `agree`
    subject: str = ""  # how a summary names the slot ("the killing of Ismail Haniyeh")


def _lexicon(table: dict[str, str]) -> dict[str, str]:
    return {w: cls for cls, words in table.items() for w in words.split()}


# event triggers: a lemma → the event class it names (verbs and their nouns); general news vocabulary
EVENTS = _lexicon({
    "kill": "kill killing assassinate assassination murder death die slay execution execute martyrdom",
    "attack": "attack strike airstrike bombing bomb raid shelling shooting assault",
    "arrest": "arrest detain detention capture",
    "explosion": "explode explosion blast",
    "earthquake": "earthquake quake tremor",
    "fire": "blaze wildfire",
    "crash": "crash collide collision derail derailment",
    "meeting": "meet meeting summit session",
    "launch": "launch",
    "election": "elect election",
    "resign": "resign resignation",
    "evacuate": "evacuate evacuation",
    "injure": "injure wound injury",
    "rescue": "rescue",
    "appoint": "appoint appointment nominate nomination",
    "acquire": "acquire acquisition takeover merger",
    "release": "release",
    "funeral": "funeral burial bury",
    "inauguration": "inauguration inaugurate",
    "visit": "visit",
    "win": "win victory",
})
EVENT_NOUNS = {
    "kill": "killing", "attack": "attack", "arrest": "arrest", "explosion": "explosion", "earthquake": "earthquake",
    "fire": "fire", "crash": "crash", "meeting": "meeting", "launch": "launch", "election": "election",
    "resign": "resignation", "evacuate": "evacuation", "injure": "injury", "rescue": "rescue",
    "appoint": "appointment", "acquire": "acquisition", "release": "release", "funeral": "funeral",
    "inauguration": "inauguration", "visit": "visit", "win": "win",
}
# verbs a place or date may pass through on its way up to the event it belongs to ("took place in Gaza")
TRANSPARENT_VERBS = {"take", "occur", "happen", "carry", "be", "come", "unfold"}
MAX_HOPS = 6  # a place or date further from its event in the parse belongs to another clause

# how outlets write a count's thing: groups of nouns that count the same kind of thing
UNIT_GROUPS = _lexicon({
    "people": "people person persons resident civilian individual inhabitant citizen villager passenger"
    " death fatality dead victim casualty life",
    "worker": "worker employee staff staffer job",
    "soldier": "soldier troop",
    "home": "home house building",
    "percent": "% percent per cent",
})
# game statistics: a story's articles give many counts of these for different players, halves and runs, so
# two of them cannot be compared without the game's structure
GAME_STATS = {"point", "rebound", "assist", "steal", "block", "shot", "yard", "pass", "touchdown", "goal", "run",
              "hit", "punch", "game", "inning", "lap", "stroke", "save", "tackle", "foul", "turnover", "basket",
              "throw", "play", "win", "loss"}
DEATH_NOUNS = {"death", "fatality", "dead", "life"}  # a count of these is a count of people killed
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000, "dozen": 12, "million": 1_000_000, "billion": 1_000_000_000,
}
SCALES = {"hundred", "thousand", "million", "billion"}
VAGUE_COUNTS = {  # plural number nouns → the range they stand for
    "dozens": (24.0, 99.0), "hundreds": (100.0, 999.0), "thousands": (1000.0, 9999.0),
    "millions": (1e6, 9.99e8), "scores": (40.0, 200.0),
}
ABOUT = re.compile(r"\b(about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated)\s*$")
AT_LEAST = re.compile(r"\b(more than|over|at least|upwards of|in excess of|exceeding|as many as|\+)\s*$")
AT_MOST = re.compile(r"\b(up to|fewer than|less than|under|no more than|at most)\s*$")
TOTAL = re.compile(r"\b(a total of|in total|in all|so far|altogether|to date|cumulative|overall)\b", re.I)
PARTIAL = {"other", "more", "additional", "further", "extra", "remaining", "another"}
ABOUT_WIDTH = 0.2  # "about 400" covers 320-480: how loosely editors read round figures
ROUNDING = 0.05  # two exact figures within 5% are one figure rounded two ways

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
PARTS = {  # part-of-day words → the part they name
    "early": "morning", "morning": "morning", "dawn": "morning", "daybreak": "morning",
    "noon": "afternoon", "midday": "afternoon", "afternoon": "afternoon",
    "evening": "evening", "late": "night", "night": "night", "overnight": "night", "midnight": "night",
    "tonight": "night",
}
MONTH_NAMES = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
               "nov", "dec"}
HABITUAL = re.compile(r"\b(typically|usually|normally|often|each|every|always)\b", re.I)  # not one event's day
CLOCK = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?)", re.I)
CLOCK_SLACK_HOURS = 1  # "around 2 am" and "3 am" are one report rounded; more apart is another time

FATE = {"kill": "killed", "murder": "killed", "assassinate": "killed", "die": "killed", "execute": "killed",
        "survive": "survived", "injure": "injured", "wound": "injured", "hurt": "injured"}
NEGATIVE_WORDS = {"no", "not", "never", "neither", "nor", "none", "nobody", "nothing", "without", "n't"}
MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "'ll"}
PLAN = _lexicon({
    "went ahead": "launch hold begin start open proceed",
    "postponed": "postpone delay reschedule",
    "cancelled": "cancel scrap abandon scrub",
})
CONFIRM = {"confirm": "confirmed", "acknowledge": "confirmed", "admit": "confirmed",
           "deny": "denied", "reject": "denied"}
VOTE_SPLIT = re.compile(r"\b(dissent\w*|voted against|split vote|(\d+)\s*[-–]\s*([1-9]\d*) vote)\b", re.I)
UNANIMOUS = re.compile(r"\bunanimous(ly)?\b", re.I)
SPEECH = {"say", "tell", "report", "add", "state", "announce", "claim", "believe", "think", "know", "declare"}
ROLES = {"president", "minister", "secretary", "chancellor", "ceo", "chairman", "chairwoman", "chair",
         "director", "executive", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "coach", "captain",
         "chief", "commander", "leader", "king", "queen", "premier", "ambassador", "editor", "founder"}
NOT_CURRENT = {"former", "ex", "late", "deputy", "acting", "interim", "then", "outgoing", "incoming",
               "new", "previous", "vice", "assistant", "co"}
ANCHOR_LABELS = ("PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART")
PLACE_LABELS = ("GPE", "LOC")
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}


def _forms(lemmas: set[str]) -> set[str]:
    """Regular inflections of some lemmas ("evacuate" → evacuates, evacuated, evacuating)."""
    out = set()
    for w in lemmas:
        if w.endswith("e"):
            out |= {w, w + "s", w + "d", w[:-1] + "ing"}
        else:
            out |= {w, w + "s", w + "es", w + "ed", w + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


# words whose presence means a sentence may hold a detail; the others are not worth a parse
IRREGULAR = {"dead", "dying", "slain", "shot", "struck", "held", "began", "begun", "won", "met", "hurt", "n't",
             "not", "never", "no", "neither", "nor"}
CUES = (
    _forms(set(EVENTS) | set(FATE) | set(PLAN) | set(CONFIRM) | {"survive", "escape"})
    | IRREGULAR | set(NUMBER_WORDS) | set(VAGUE_COUNTS) | set(WEEKDAYS) | set(PARTS) | ROLES
    | {"unanimous", "unanimously", "dissent", "dissented", "dissenting", "against"}
)


def worth_parsing(text: str) -> bool:
    """Whether a sentence may hold a detail: a digit, or a cue word (event, status, day, role, negation)."""
    if any(ch.isdigit() for ch in text):
        return True
    words = re.findall(r"[a-z']+", text.lower().replace("’", "'"))
    return any(w in CUES or w in MONTH_NAMES for w in words)


def extract(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    """Every detail of one parsed claim sentence; a slot the sentence fills with two disagreeing values
    ("150 miles off Aden ... 13 miles away") is about two things, so neither value is kept."""
    out: list[Detail] = []
    out += _locations(doc, names)
    out += _dates(doc, names)
    out += _numbers(doc, names)
    out += _fates(doc, names)
    out += _plans(doc, names)
    out += _confirmations(doc, names)
    out += _votes(doc, names)
    out += _roles(doc, names)
    neg = _negation(doc, names)
    if neg:
        out.append(neg)
    return [d for d in out if not any(o.kind == d.kind and o.event == d.event and not agree(o, d) for o in out)]


# --------------------------------------------------------------------------- agreement


def agree(a: Detail, b: Detail) -> bool:
    """Whether two values of one slot can both be true, read the way a careful editor reads them."""
    if a.kind == "location":
        return geo.compatible(str(a.key[0]), str(b.key[0]))
    if a.kind == "number":
        lo_a, hi_a, lo_b, hi_b = (float(x) for x in (*a.key[:2], *b.key[:2]))  # type: ignore[arg-type]
        return lo_a <= hi_b * (1 + ROUNDING) and lo_b <= hi_a * (1 + ROUNDING)
    if a.kind in ("date", "time"):
        return _same_time(a.key, b.key)
    return a.key == b.key


def _same_time(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    if a[0] == "clock" or b[0] == "clock":
        if a[0] != b[0]:
            return True
        return abs(int(str(a[1])) - int(str(b[1]))) <= CLOCK_SLACK_HOURS
    (ka, da, pa), (kb, db, pb) = a, b
    if ka != kb:
        return True  # a weekday and a calendar date cannot be compared without the calendar
    if da == db:  # within one day "early" is the morning
        pa, pb = ("morning" if p == "early" else p for p in (pa, pb))
        return pa is None or pb is None or pa == pb
    if ka == "weekday":
        ia, ib = WEEKDAYS.index(str(da)), WEEKDAYS.index(str(db))
        # around midnight: "late Tuesday" and "early Wednesday" can be the same hour
        if (ib - ia) % 7 == 1 and pa == "night" and pb in ("early", None):
            return True
        if (ia - ib) % 7 == 1 and pb == "night" and pa in ("early", None):
            return True
    return False


# --------------------------------------------------------------------------- events and anchors


def _event_above(tok: Token) -> Token | None:
    """The event trigger a place or date token hangs from, walking up the parse within its clause."""
    cur = tok
    for _ in range(MAX_HOPS):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.lemma_.lower() in EVENTS and cur.pos_ in ("NOUN", "VERB", "PROPN"):
            return cur
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() not in TRANSPARENT_VERBS:
                return None
            # "the arrest ... took place in Caracas": the event is the subject of the light verb
            subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() in EVENTS and subject.pos_ == "NOUN":
                return subject
    return None


def _name_key(text: str, label: str, names: Mapping[str, str]) -> str:
    canon = names.get(text) or names.get(text.removeprefix("the ")) or text
    words = canon.replace("’s", "").replace("'s", "").split()
    if not words:
        return ""
    return words[-1].lower() if label == "PERSON" else " ".join(words).lower().removeprefix("the ")


def _participants(trigger: Token, names: Mapping[str, str]) -> tuple[frozenset[str], str]:
    """The named people (else organisations) an event trigger is about, and the longest way one is written."""
    doc = trigger.doc
    scope = {t.i for t in trigger.subtree}
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                scope.update(t.i for t in child.subtree)
    found: dict[str, list[tuple[str, str]]] = {}
    for ent in doc.ents:
        if ent.label_ in ANCHOR_LABELS and ent.root.i in scope:
            found.setdefault(ent.label_, []).append((_name_key(ent.text, ent.label_, names), ent.text))
    for label in ("PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"):
        if found.get(label):
            keys = frozenset(k for k, _ in found[label] if k)
            return keys, max((t for _, t in found[label]), key=len)
    return frozenset(), ""


def _subject(trigger: Token, shown: str) -> str:
    lemma = trigger.lemma_.lower()
    noun = "death" if lemma in ("die", "death") else EVENT_NOUNS.get(EVENTS[lemma], lemma)
    return f"the {noun} of {shown}" if shown else f"the {noun}"


def _in_ent(tok: Token, labels: tuple[str, ...]) -> bool:
    return tok.ent_type_ in labels


# --------------------------------------------------------------------------- places


def _locations(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        root = ent.root
        # "in Tehran", and "in Damascus, Syria" (the second place in apposition to the first)
        while root.dep_ in ("appos", "conj", "compound") and root.head.ent_type_ in PLACE_LABELS:
            root = root.head
        if root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPS:
            continue
        trigger = _event_above(root.head)
        if trigger is None:
            continue
        anchors, shown = _participants(trigger, names)
        if not anchors:
            continue
        value = ent.text.removeprefix("the ")
        out.append(Detail("location", EVENTS[trigger.lemma_.lower()], anchors, value,
                          (geo.canonical(value),), _subject(trigger, shown)))
    return out


# --------------------------------------------------------------------------- dates and times


def _dates(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME", "QUANTITY", "CARDINAL"):
            continue
        start, end = ent.start, ent.end  # "Tuesday" + "night", "early" + "Wednesday": spaCy may split them
        if start > 0 and doc[start - 1].lower_ in PARTS:
            start -= 1
        if end < len(doc) and doc[end].lower_ in PARTS:
            end += 1
        text = doc[start:end].text
        key = _time_key(text)
        if key is None or HABITUAL.search(doc.text):
            continue
        trigger = _event_above(ent.root)
        if trigger is None:
            continue
        anchors, shown = _participants(trigger, names)
        if not anchors:
            continue
        kind: ContradictionKind = "time" if key[0] == "clock" or key[2] is not None else "date"
        out.append(Detail(kind, EVENTS[trigger.lemma_.lower()], anchors, text, key,
                          _subject(trigger, shown)))
    return out


def _time_key(text: str) -> tuple[object, ...] | None:
    low = text.lower()
    clock = CLOCK.search(low)
    if clock:
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3).startswith("p") else 0)
        return ("clock", hour, None)
    words = re.findall(r"[a-z]+|\d+", low)
    part = next(("early" if w == "early" else PARTS[w] for w in words if w in PARTS), None)
    day = next((w for w in words if w in WEEKDAYS), None)
    if day:
        return ("weekday", day, part)
    month = next((MONTHS[w[:3]] for w in words if w[:3] in MONTHS and len(w) >= 3 and w != "may"), None)
    number = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
    if month and number:
        return ("calendar", f"{month:02d}-{number:02d}", part)
    return None


# --------------------------------------------------------------------------- numbers


def _number_value(tok: Token) -> float | None:
    text = tok.text.lower().replace(",", "")
    try:
        value = float(text)
    except ValueError:
        value = float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else -1.0
    if value < 0:
        return None
    for child in tok.children:  # "1.2 million": the figure is a compound of the scale word
        if child.dep_ in ("compound", "quantmod") and child.like_num and text in SCALES:
            figure = _number_value(child)
            if figure is not None:
                value = figure * NUMBER_WORDS[text]
    return value


def _numbers(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    """Counts with what they count and the verb that counts them; the slot also carries the year of a
    dated background count ("in December 2003", "in February") and the person who did it, so other events' counts stay
    apart. Anchors are the sentence's names and places (a count needs them, or a near-paraphrase, to pair)."""
    out = []
    anchors = frozenset(_name_key(e.text, e.label_, names) for e in doc.ents if e.label_ in ANCHOR_LABELS) | {
        geo.canonical(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}
    dated = sorted({w for e in doc.ents if e.label_ == "DATE"
                    for w in re.findall(r"[a-z]+|\d{4}", e.text.lower()) if w in MONTH_NAMES or w.isdigit()})
    for tok in doc:
        if _in_range(tok):
            continue
        vague = VAGUE_COUNTS.get(tok.lower_)
        if vague:
            of = next((c for c in tok.children if c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if noun is None:
                continue
            lo, hi = vague
        elif tok.dep_ == "nummod" and tok.pos_ == "NUM" and not _in_ent(tok, ("DATE", "TIME", "ORDINAL", "MONEY")):
            value = _number_value(tok)
            noun = tok.head
            if value is None or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(c.lower_ in PARTIAL for c in noun.children):
                continue  # "two other rifles": part of a count given elsewhere
            if noun.lower_ == "points" and any(c.lower_ == "basis" for c in noun.children):
                value /= 100  # 25 basis points are 0.25 percentage points
            before = doc[max(0, tok.i - 3) : tok.i].text.lower()
            if ABOUT.search(before):
                lo, hi = value * (1 - ABOUT_WIDTH), value * (1 + ABOUT_WIDTH)
            elif AT_LEAST.search(before):
                lo, hi = value, float("inf")
            elif AT_MOST.search(before):
                lo, hi = 0.0, value
            else:
                lo, hi = value, value
        else:
            continue
        unit, predicate, agent = _unit_and_predicate(noun, names)
        if not predicate:
            continue
        # a running total is another count than one day's or one operation's
        event = "|".join([predicate, unit, agent, *dated] + (["total"] if TOTAL.search(doc.text) else []))
        figure = doc[tok.left_edge.i : tok.i + 1].text
        shown = f"{figure} {noun.text}" if not vague else f"{tok.text} of {noun.text}"
        out.append(Detail("number", event, anchors, shown, (lo, hi),
                          f"the number of {unit} {predicate_phrase(predicate)}"))
    return out


def _in_range(tok: Token) -> bool:
    """A bound of a range ("40 percent to 70 percent", "between 10 and 20") or a share ("28 of 41 passes"):
    not a count on its own."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].like_num:
        return True
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].like_num:
        return True
    before = doc[max(0, tok.i - 2) : tok.i].text.lower()
    after = doc[tok.i + 1 : tok.i + 4]
    if re.search(r"\b(between|from)\b", before):
        return True
    return any(t.lower_ in ("to", "-", "–", "and", "or") for t in after[:2]) and any(t.like_num for t in after)


def _agent(verb: Token, names: Mapping[str, str]) -> str:
    """The named person who does the counting verb ("Buckley fell 600 metres"), else ""."""
    cur = verb
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _name_key(subj.text, "PERSON", names) if subj.pos_ == "PROPN" or subj.ent_type_ else ""
        if cur.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or cur.head is cur:
            return ""
        cur = cur.head
    return ""


def _unit_and_predicate(noun: Token, names: Mapping[str, str]) -> tuple[str, str, str]:
    lemma = noun.lemma_.lower()
    unit = UNIT_GROUPS.get(lemma, lemma)
    kinds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if kinds and unit not in ("people", "percent"):  # "career playoff games" are not all "career games"
        unit = " ".join([*kinds, unit])
    if lemma == "point" and any(c.lower_ in ("percentage", "basis") for c in noun.children):
        unit = "percentage points"
    if lemma in DEATH_NOUNS:
        return "people", "kill", ""
    if lemma in GAME_STATS and unit != "percentage points":
        return unit, "", ""
    if unit == "percent":  # "99% of the incoming munitions": the percent counts its of-noun
        of = next((c for c in noun.children if c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            unit = f"% of {UNIT_GROUPS.get(pobj.lemma_.lower(), pobj.lemma_.lower())}"
    for child in noun.children:  # "4,000 people evacuated", "people who were evacuated"
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return unit, _predicate_class(child), ""
    cur = noun
    for _ in range(MAX_HOPS):
        if cur.head is cur:
            return unit, "", ""
        cur = cur.head
        if cur.pos_ == "VERB":
            if cur.lemma_.lower() in SPEECH:
                return unit, "", ""
            return unit, _predicate_class(cur), _agent(cur, names)
    return unit, "", ""


def _predicate_class(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    if any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children):
        return "kill"  # "shot to death", "beaten to death"
    return EVENTS.get(lemma, lemma)


def predicate_phrase(predicate: str) -> str:
    """The verb phrase a summary uses for a count's predicate."""
    return {"kill": "killed", "injure": "injured", "evacuate": "evacuated", "arrest": "arrested"}.get(
        predicate, f"({predicate})")


# --------------------------------------------------------------------------- status


def _fates(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        verb = root.head
        fate = FATE.get(verb.lemma_.lower())
        if not fate or verb.pos_ != "VERB" or _negated(verb) or _hedged(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and fate == "survived":
            continue  # "is survived by his wife": he died
        role_ok = (root.dep_ == "nsubjpass") or (root.dep_ == "dobj" and fate == "killed") or (
            root.dep_ == "nsubj" and (verb.lemma_.lower() in ("die", "survive", "escape") or not passive)
            and fate != "injured" and verb.lemma_.lower() not in ("kill", "murder", "assassinate", "execute"))
        if not role_ok:
            continue
        key = _name_key(ent.text, "PERSON", names)
        out.append(Detail("status", "fate", frozenset({key}), f"{ent.text} {fate}", (fate,),
                          f"the fate of {ent.text}"))
    return out


def _plans(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    out = []
    for verb in doc:
        status = PLAN.get(verb.lemma_.lower())
        if status is None or verb.pos_ != "VERB" or _negated(verb) or _hedged(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        role = ("nsubjpass",) if passive else ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else (
            "nsubj",)
        thing = next((c for c in verb.children if c.dep_ in role), None)
        if thing is None or thing.pos_ == "PRON":
            continue
        words = {t.lemma_.lower() for t in thing.subtree if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower()
                 not in PLAN}
        names_in = {_name_key(e.text, e.label_, names) for e in doc.ents
                    if e.root.i in {t.i for t in thing.subtree} and e.label_ in ANCHOR_LABELS}
        anchors = frozenset(names_in or words)
        if not anchors:
            continue
        phrase = doc[thing.left_edge.i : thing.right_edge.i + 1].text
        out.append(Detail("status", "plan", anchors, f"{phrase} {status}", (status,), phrase))
    return out


def _hedged(verb: Token) -> bool:
    """A fate or plan that is only expected or possible ("will likely die", "could be postponed")."""
    return any(c.lower_ in MODALS or c.lower_ in ("likely", "reportedly") for c in verb.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("neither", "never") for c in tok.children)


# --------------------------------------------------------------------------- attributes and polarity


def _confirmations(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in CONFIRM]
    values = {CONFIRM[t.lemma_.lower()] for t in verbs}
    if len(values) != 1 or any(_negated(t) for t in verbs) or re.search(r"\b(neither|nor)\b", doc.text, re.I):
        return []  # "neither confirmed nor denied", "has not confirmed": no stance taken
    verb = verbs[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    ents = [e for e in doc.ents if e.root.i in {t.i for t in subj.subtree}]
    if not ents:
        return []
    anchors = frozenset(_name_key(e.text, e.label_, names) for e in ents)
    value = values.pop()
    return [Detail("attribute", "confirm", anchors, f"{ents[0].text} {value}", (value,),
                   f"whether {ents[0].text} confirmed it")]


def _votes(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    split = VOTE_SPLIT.search(doc.text)
    unanimous = UNANIMOUS.search(doc.text)
    if bool(split) == bool(unanimous):
        return []
    anchors = frozenset(_name_key(e.text, e.label_, names) for e in doc.ents if e.label_ in ("ORG", "NORP"))
    if not anchors:
        anchors = frozenset({"vote"})
    value = "unanimous" if unanimous else "split"
    shown = (unanimous or split).group(0)  # type: ignore[union-attr]
    return [Detail("attribute", "vote", anchors, shown, (value,), "the vote")]


def _negation(doc: SpacyDoc, names: Mapping[str, str]) -> Detail | None:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in SPEECH | set(CONFIRM):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    words = frozenset(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ")
                      and t.dep_ != "neg")
    value = "not" if _negated(root) else "yes"
    if value == "yes" and any(t.dep_ == "neg" or t.lower_ in NEGATIVE_WORDS for t in doc):
        return None  # the negation sits elsewhere ("I feel we weren't ..." = "I didn't feel we were ...")
    return Detail("negation", f"neg:{root.lemma_.lower()}:{subj.lemma_.lower()}", words,
                  f"{'not ' if value == 'not' else ''}{root.text}", (value,), doc.text)


def _roles(doc: SpacyDoc, names: Mapping[str, str]) -> list[Detail]:
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        role_words = [t.lower_ for t in doc[max(0, ent.start - 4) : ent.start]]
        if not role_words or role_words[-1] not in ROLES or any(w in NOT_CURRENT for w in role_words):
            continue
        qualifier = next((e for e in doc.ents if e.end <= ent.start and e.end >= ent.start - 4
                          and e.label_ in ("GPE", "ORG", "NORP") and e is not ent), None)
        if qualifier is None:
            continue
        words = [t.lower_ for t in doc[qualifier.end : ent.start]]
        role = " ".join(w for w in words if w.isalpha())
        if not role:
            continue
        qual = geo.canonical(qualifier.text) if qualifier.label_ == "GPE" else qualifier.text.lower()
        event = f"role:{qual} {role}"
        key = _name_key(ent.text, "PERSON", names)
        out.append(Detail("person", event, frozenset({event}), ent.text, (key,),
                          f"who is {qualifier.text} {role}"))
    return out
