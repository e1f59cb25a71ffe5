"""Who says it: speech cues in the dependency parse, their subjects as written, and pronouns resolved.

Shared by the quote finder (direct and reported speech). Works on the spaCy doc of the whole article text,
so every token offset is an offset into `article.text`.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Mention
from . import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

# how it was said, in tabloid and feature writing: verbs that introduce a direct quote only ("sobbed Mary Wangui")
MANNER_VERBS = frozenset(
    "sob fume gush rage blast slam snap sigh plead beg rave moan groan mutter murmur stammer sneer scoff retort".split()
)
# lemmas of verbs that introduce what someone said or wrote (a general list, not drawn from any data set)
SPEECH_VERBS = frozenset(
    """say tell add declare warn state report note write claim argue announce suggest acknowledge insist explain
    admit confirm deny allege assert contend predict promise vow reveal testify tweet post indicate concede stress
    emphasize emphasise mention reply respond answer recall complain caution urge ask estimate remark observe
    conclude counter lament boast threaten pledge charge accuse agree disclose maintain reiterate affirm repeat yell
    shout scream chant whisper exclaim continue quip joke call describe tout brag predict tell""".split()
) | MANNER_VERBS
# of those, the ones that also take a reported clause ("X said that ...") often enough to read as reported speech
REPORT_VERBS = SPEECH_VERBS - MANNER_VERBS - {"call", "describe", "continue", "ask", "chant", "yell", "shout", "scream",
                                              "joke"}
# verbs of belief and finding: reported speech only with a clause ("the study found that ...", "she believes ...")
BELIEF_VERBS = frozenset(
    """believe think know fear hope expect feel worry suspect doubt find show conclude learn hear assume understand
    recognize recognise realize realise""".split()
)
# verbs that report what someone should do through an infinitive ("urged voters to stay home")
DIRECTIVE_VERBS = frozenset("urge vow pledge promise ask tell call threaten refuse agree warn encourage".split())
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# words of a title or office written before a name: stripped from the speaker ("Prime Minister Benjamin Netanyahu")
TITLE_WORDS = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary senator sen rep
    representative gov governor ayatollah supreme leader king queen prince princess general gen col colonel lt
    lieutenant maj major capt captain sgt sergeant admiral adm chief judge justice mayor chairman chairwoman chair
    ceo spokesman spokeswoman spokesperson ambassador commissioner director attorney candidate nominee former
    defense defence foreign interior finance state deputy acting u.s. us pope rev reverend sheikh imam rabbi
    speaker leader house majority minority whip chancellor premier officer detective inspector superintendent
    professor""".split()
)
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# a verb without a subject of its own borrows its head's subject along these links ("he added, saying ...")
BORROW_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp"})
NOUN_LEFT_DEPS = frozenset({"det", "nummod", "amod", "compound", "poss", "nmod", "quantmod", "case", "npadvmod"})
MAX_OF_PHRASE_TOKENS = 6  # "two members of the Revolutionary Guard": keep a short of-phrase in the speaker
ANTECEDENT_WINDOW = 1500  # chars: a person named as a subject this recently is what "he"/"she" refers to


@dataclass(frozen=True)
class Speaker:
    """A speaker as the text writes it (`start`, `end` of that wording) and the name it stands for."""

    start: int
    end: int
    name: str | None  # the name as written; for a pronoun the antecedent's text, None when unresolved


class Names:
    """Named spans of one article (entity mentions, else the doc's own entities), searchable by offset."""

    def __init__(self, doc: SpacyDoc, mentions: tuple[Mention, ...]) -> None:
        if mentions:
            spans = sorted((m.span.start, m.span.end, m.label) for m in mentions)
        else:
            spans = sorted((e.start_char, e.end_char, e.label_) for e in doc.ents)
        self.spans = [s for s in spans if s[2] in NAME_LABELS]
        self.starts = [s[0] for s in self.spans]
        self.text = nlp.text_of(doc)

    def covering(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The named span that contains [start, end), if any."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]:
            return self.spans[i]
        return None


def is_cue(tok: Token) -> bool:
    """A speech verb, or the "according" of "according to"."""
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def cue_text(tok: Token) -> str:
    """The cue as it reads: "according to", "said"."""
    return "according to" if tok.lower_ == "according" else tok.text


def subject(tok: Token, skip: Callable[[int], bool] = lambda _: False) -> Token | None:
    """The token naming who speaks for this cue: the verb's subject, or the object of "according to".

    Tokens at offsets `skip` rejects (inside quote marks) are never the speaker. When the parse gives no
    subject, a name written right beside the cue is taken ("Police Chief Jo Ann said", "said Jo Ann").
    """
    found = _parsed_subject(tok, skip)
    if found is not None and "\n" in tok.doc[min(found.i, tok.i) : max(found.i, tok.i)].text_with_ws:
        found = None  # the parse ran across a paragraph break (a subheading above the sentence)
    return found if found is not None else _beside(tok, skip)


def _parsed_subject(tok: Token, skip: Callable[[int], bool]) -> Token | None:
    if tok.lower_ == "according":
        for to in tok.children:
            if to.lower_ == "to":
                for obj in to.children:
                    if obj.dep_ == "pobj" and not skip(obj.idx):
                        return obj
        return None
    verb = tok
    for _ in range(4):
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and not skip(c.idx):
                return c
        if verb.dep_ not in BORROW_DEPS or verb.head.i == verb.i or skip(verb.head.idx):
            return None
        verb = verb.head
    return None


def _beside(tok: Token, skip: Callable[[int], bool]) -> Token | None:
    """A name or noun written just before the cue, else a name just after it."""
    if tok.lower_ == "according":
        return None
    doc = tok.doc
    for i in (tok.i - 1, tok.i + 1):
        if 0 <= i < len(doc) and not skip(doc[i].idx):
            t = doc[i]
            if t.pos_ == "PROPN" or (i < tok.i and t.pos_ in ("NOUN", "PRON")):
                return t
    return None


def phrase(tok: Token, names: Names) -> tuple[int, int]:
    """Character offsets of the speaker phrase headed by a noun token, titles and "the" left out of people."""
    doc = tok.doc
    named = names.covering(tok.idx, tok.idx + len(tok.text))
    if named is not None:
        start, end, label = named
    elif tok.pos_ == "PROPN":
        left = tok.i
        while left > 0 and doc[left - 1].dep_ in ("compound", "flat") and doc[left - 1].head.i >= tok.i:
            left -= 1
        start, end, label = doc[left].idx, tok.idx + len(tok.text), "PERSON"
    else:
        left = min([c.left_edge.i for c in tok.children if c.dep_ in NOUN_LEFT_DEPS and c.i < tok.i] + [tok.i])
        right = tok.i
        for c in tok.children:
            short = c.right_edge.i - c.i < MAX_OF_PHRASE_TOKENS
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == right + 1 and short:
                right = c.right_edge.i
        start, end, label = doc[left].idx, doc[right].idx + len(doc[right].text), ""
    text = names.text
    if label == "PERSON":
        start = strip_titles(text, start, end)
    end = _strip_possessive(text, start, end)
    return start, end


def strip_titles(text: str, start: int, end: int) -> int:
    """Move `start` past leading title words ("Prime Minister", "Mr.") while a name remains."""
    while True:
        head, sep, rest = text[start:end].partition(" ")
        if not sep or not rest.strip() or head.lower().rstrip(".") not in TITLE_WORDS:
            return start
        start += len(head) + 1
        while start < end and text[start] == " ":
            start += 1


def _strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            return end - len(suffix)
    return end


class Resolver:
    """Turns a subject token into a Speaker, resolving pronouns to a named person written before them."""

    def __init__(self, doc: SpacyDoc, names: Names, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = nlp.text_of(doc)
        self.names = names
        inside = [any(s <= n[0] < e for s, e in quoted) for n in names.spans]
        # people named outside quotes, with whether the name is a clause subject (the likeliest antecedent)
        self.people: list[tuple[int, int, bool]] = []
        for (start, end, label), q in zip(names.spans, inside, strict=True):
            if label != "PERSON" or q:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            is_subject = span is not None and span.root.dep_ in SUBJECT_DEPS
            self.people.append((start, end, is_subject))
        for tok in doc:  # and names the model missed that say something: "he" may be them later
            who = subject(tok) if is_cue(tok) else None
            if who is not None and who.tag_ == "NNP" and not any(s <= who.idx < e for s, e in quoted):
                start, end = phrase(who, names)
                if names.covering(start, end) is None:
                    insort(self.people, (start, end, True))
        self.plural: list[tuple[int, str]] = []  # earlier plural or organisation speakers, for "they"

    def speaker(self, tok: Token) -> Speaker:
        """The speaker this subject token writes, its pronoun resolved where possible."""
        low = tok.lower_
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.pos_ == "PRON" or low in RELATIVE_PRONOUNS:
            return Speaker(start, end, self._resolve(tok))
        tok = self._named_apposition(tok) or tok  # "the company's spokeswoman, Erin Castellano, told Reuters"
        start, end = phrase(tok, self.names)
        name = self.text[start:end]
        if tok.tag_ in ("NNS", "NNPS") or (self.names.covering(start, end) or (0, 0, ""))[2] in ("ORG", "NORP"):
            self.plural.append((start, name))
        return Speaker(start, end, name)

    def _named_apposition(self, tok: Token) -> Token | None:
        """The person a described speaker is named as in apposition, if any."""
        if tok.pos_ == "PROPN":
            return None
        for child in tok.children:
            named = self.names.covering(child.idx, child.idx + len(child.text))
            if child.dep_ == "appos" and named is not None and named[2] == "PERSON":
                return child
        return None

    def _resolve(self, tok: Token) -> str | None:
        low = tok.lower_
        if low in RELATIVE_PRONOUNS:
            noun = tok.head.head if tok.head.dep_ == "relcl" else None
            if noun is None or noun.pos_ == "PRON":
                return None
            s, e = phrase(noun, self.names)
            return self.text[s:e]
        if low in PERSON_PRONOUNS:
            before = [p for p in self.people if p[1] <= tok.idx]
            recent = [p for p in before if p[2] and tok.idx - p[1] <= ANTECEDENT_WINDOW]
            pick = recent[-1] if recent else (before[-1] if before else None)
            if pick is None:
                return None
            start = strip_titles(self.text, pick[0], pick[1])
            return self.text[start : _strip_possessive(self.text, start, pick[1])]
        if low in PLURAL_PRONOUNS:
            groups = [p for p in self.plural if p[0] < tok.idx and tok.idx - p[0] <= ANTECEDENT_WINDOW]
            return groups[-1][1] if groups else None
        return None
