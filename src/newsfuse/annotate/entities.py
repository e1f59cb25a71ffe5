"""Named-entity mentions (people, organisations, places) of one article, from the spaCy doc.

spaCy's small English model finds most names but slips in a few regular ways; cheap, general rules fix them:

- spans are clipped to their sentence (a name never runs over a line break into a photo credit), a leading
  "the" and a trailing possessive "'s" are dropped, stray punctuation is trimmed;
- mentions made only of title or office words ("Supreme", "Defense") are dropped;
- a surname written alone takes the PERSON label when the article writes the full name of that person
  ("Pezeshkian" tagged NORP next to "Masoud Pezeshkian");
- a surname written alone that spaCy missed is added when the article writes the full name ("told Larijani"
  after "Ali Larijani");
- a name right after a personal title ("Chancellor Olaf Scholz", "Mr. Lee") is a PERSON, whatever spaCy said;
- a parenthesised alias right after a name is a mention of the same kind ("The Israel Security Agency (Shin Bet)"
  makes "Shin Bet" an ORG, and is found even when spaCy missed it);
- a name cut after a joining word takes in the capitalised words that finish it ("the Department for Rural Affairs
  and" + "Food"), and one begun after it the words before it ("the Technology and" + "Allied Workers Union");
- a first name and surname right after a title that spaCy missed are a PERSON ("said Detective Superintendent Helen
  Okafor").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Article, Mention, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})

# Words that make up titles and offices; shared with analyze.entities, which strips them from names.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady madam mister sen senator rep representative gov governor
    president vice prime minister premier chancellor secretary supreme leader ayatollah grand sheikh imam
    rabbi pope cardinal bishop king queen prince princess emperor crown general gen lt lieutenant col colonel
    maj major capt captain admiral adm sgt sergeant commander chief judge justice mayor ambassador envoy
    spokesman spokeswoman spokesperson deputy acting former defense defence foreign interior finance state
    referee coach constable officer detective inspector sheriff trooper agent cpl pvt corporal superintendent
    commissioner pastor reverend rev attorney speaker chairman chairwoman director boss ceo cfo
    councillor councilor cllr alderman det insp supt dci pc councilman councilwoman councilmember clerk
    congressman congresswoman assemblyman assemblywoman skipper professor cmdr commodore brigadier marshal
    paramedic nurse firefighter
    """.split()
)

# Words that end an organisation's name, not a person's ("the Infrastructure Ministry", "Hydralis Partners"); shared
# with details and analyze.entities, which tell a person's name the model tagged an organisation by them.
ORG_HEADS = frozenset("""ministry department office council agency committee commission service party court bank
    company corporation police force army navy administration authority group union association institute university
    partners""".split())
OFFICE_WORDS = frozenset({"executive", "officer", "founder", "head"})  # end an office title: "Chief Executive"
TRAILING_OFFICE = TITLE_WORDS | OFFICE_WORDS
NAME_ABBREVIATIONS = frozenset({"corp", "inc", "co", "ltd", "bros", "jr", "sr"})  # written with a dot in a name
LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+|(?:A|An)\s+(?=[A-Z])")  # and "[A Public Accounts Office] audit"
# Lower-case words spaCy sometimes takes in before a name ("a David Garrard", "unbeaten Russian ...").
# Name particles ("de Klerk", "van Gogh", "bin Salman") stay.
LEADING_LOWER = re.compile(
    r"(?!(?:de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|ben|abu|dos|das|ter|ten)\s)[a-z][\w’'-]*\s+(?=\S)"
)
POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
TRIM_CHARS = " \t\r\n.,;:!?\"“”‘’'()[]{}-–—"
# An alias in parentheses right after a name: "The Israel Security Agency (Shin Bet)", "(IRGC)".
PAREN_ALIAS = re.compile(r"\s*\((?:the\s+)?([A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,5})\)")
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})  # words an acronym leaves out
MIN_ACRONYM_LEN = 2
MIN_SURNAME_LEN = 3  # shorter "surnames" ("Un", "Il") are parts of names, not names said alone
DATELINE_DASH = re.compile(r"\s*[-–—]")
# Titles only a person carries: a name right after one is a person's ("Chancellor Olaf Scholz" tagged ORG).
PERSONAL_TITLES = (
    "mr mrs ms dr prof sir dame president chancellor minister premier senator sen governor gov mayor king queen "
    "prince princess pope ayatollah sheikh gen general secretary judge lady lord officer spokesman spokeswoman "
    "spokesperson inspector detective councillor constable sergeant chairman chairwoman"
).split()
AFTER_TITLE = re.compile(r"\b(?:" + "|".join(PERSONAL_TITLES) + r")\.?\s+$", re.I)
JOINING_END = re.compile(r"\s+(?:and|of|for|&)$")  # a name cut here goes on: "Department for Rural Affairs and"
NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
# ... and a name cut after "and" begins at the "the" before it: "the [Technology and] Allied Workers Union"
NAME_REACH = 60  # characters searched before a name for the words it began with
NAME_BEGAN = re.compile(r"(?:^|(?<=\s))[Tt]he[ \t]+((?:[A-Z][\w’'-]*[ \t]+)+(?:and|&)[ \t]+)$")
CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*\.?(?:[ \t]+[A-Z][\w’'-]*\.?)*")
TITLED_NAME_WORDS = (2, 3)  # a first name and a surname, maybe a middle name, after a title
# Labels that a lone surname may wrongly carry (spaCy reads "-ian" surnames as nationalities).
SURNAME_SLIP_LABELS = frozenset({"NORP", "ORG", "PERSON", "LOC"})


def find_mentions(article: Article, sentences: tuple[Sentence, ...], doc: SpacyDoc) -> tuple[Mention, ...]:
    """Entity mentions in the article's non-boilerplate sentences; doc was parsed from article.text."""
    text = article.text
    content = [s for s in sentences if s.boilerplate is None]
    starts = [s.span.start for s in content]
    found: dict[tuple[int, int], tuple[str, int]] = {}
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        i = bisect.bisect_right(starts, ent.start_char) - 1
        if i < 0 or ent.start_char >= content[i].span.end:
            continue
        sent = content[i]
        cleaned = clean_span(text, ent.start_char, min(ent.end_char, sent.span.end))
        if cleaned is not None:
            cleaned = _whole_name(text, *cleaned, sent.span.start, sent.span.end, ent.label_)
        if cleaned is not None and ent.label_ == "PERSON":
            cleaned = _without_trailing_title(text, *cleaned)  # "Marrick Chief Executive" (Gregor Lindqvist)
        if cleaned is None:
            continue
        for inside in [k for k in found if cleaned[0] <= k[0] and k[1] <= cleaned[1] and k != cleaned]:
            del found[inside]  # "[Technology] and Allied Workers Union" once the name is whole
        found.setdefault(cleaned, (ent.label_, sent.index))
    _add_paren_aliases(text, found)
    _relabel_titled(text, found)
    _relabel_surnames(text, found)
    _add_missed_surnames(text, content, found)
    return tuple(Mention(Span(article.id, s, e, text[s:e]), label, sent) for (s, e), (label, sent) in sorted(found.items()))


def clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of a name once whitespace, a leading "the", a possessive, stray punctuation, an alias
    in parentheses ("Civil Aviation Authority (CAA": the alias is a mention of its own) and what follows "as" are cut."""
    for stop in ("\n", "(", " as "):  # "named by the [Daily Clarion as Daniel Fyfe]": no name goes on past "as"
        cut = text.find(stop, start, end)
        if cut > start:
            end = cut
    while True:
        before = (start, end)
        while start < end and text[start] in TRIM_CHARS:
            start += 1
        while end > start and text[end - 1] in TRIM_CHARS and not _keeps_final_dot(text, start, end):
            end -= 1
        m = LEADING_ARTICLE.match(text, start, end) or LEADING_LOWER.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
        m = POSSESSIVE.search(text[start:end])
        if m and m.start() > 0:
            end = start + m.start() + (1 if m.group().startswith("s") else 0)
        if (start, end) == before:
            break
    name = text[start:end]
    if not name or not any(c.isupper() for c in name):
        return None
    if all(w.lower().strip(".") in TITLE_WORDS for w in name.split()):
        return None
    return start, end


def _without_trailing_title(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's name without the office words spaCy took in after it: the name's owner is written before the
    office, the holder after it ("Marrick Chief Executive Gregor Lindqvist")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    keep = len(words)
    while keep > 1 and words[keep - 1].group().lower().strip(".") in TRAILING_OFFICE:
        keep -= 1
    return (start, start + words[keep - 1].end()) if keep < len(words) else (start, end)


def _whole_name(text: str, start: int, end: int, floor: int, limit: int, label: str) -> tuple[int, int] | None:
    """A name the model cut after a joining word, with the capitalised words that finish it ("Department for Rural
    Affairs and" + "Food"); without the joining word when none follow. An organisation's name the model began
    after one, after "the", takes in the words before it ("the Technology and" + "Allied Workers Union")."""
    began = NAME_BEGAN.search(text, max(floor, start - NAME_REACH), start) if label == "ORG" else None
    if began and any(re.search(rf"\b{re.escape(a)}\b", text) for a in initials(text[began.start(1) : end])):  # "(TAWU)"
        start = began.start(1)
    joining = JOINING_END.search(text, start, end)
    if joining is None:
        return start, end
    goes_on = NAME_GOES_ON.match(text, end, limit)
    return clean_span(text, start, goes_on.end() if goes_on else joining.start())


def initials(name: str) -> set[str]:
    """The initials acronyms a name can have: "Islamic Revolutionary Guard Corps" → {"IRGC"}."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    content = [w for w in words if w.lower() not in ACRONYM_SKIP]
    out = {"".join(w[0] for w in content).upper(), "".join(w[0] for w in words if w != "&").upper()}
    return {a for a in out if len(a) >= MIN_ACRONYM_LEN and len(words) >= MIN_ACRONYM_LEN}


def mark_titled_people(doc: SpacyDoc) -> SpacyDoc:
    """The doc, with two or three proper nouns right after a title, where spaCy found no name, as a PERSON entity:
    "said Detective Superintendent Helen Okafor" (a headline's "Mayor Found Guilty" is no name: those words are no
    proper nouns). Every annotator then sees the person: who leads an inquiry, who was arrested."""
    from spacy.tokens import Span

    taken = {t.i for e in doc.ents for t in e}
    added = []
    text = doc.text
    runs = (run for sent in doc.sents for run in CAPITALISED_RUN.finditer(text, sent.start_char, sent.end_char))
    for run in runs:
        words = list(re.finditer(r"\S+", run.group()))
        titles = [i for i, w in enumerate(words) if w.group().lower().strip(".") in TRAILING_OFFICE]
        if not titles or len(words) - titles[-1] - 1 not in TITLED_NAME_WORDS:
            continue
        name = clean_span(text, run.start() + words[titles[-1] + 1].start(), run.start() + words[-1].end())
        tokens = doc.char_span(*name, alignment_mode="expand") if name is not None else None
        if tokens is not None and not any(t.i in taken for t in tokens) and all(
                t.pos_ == "PROPN" and t.text.lower() not in ORG_HEADS for t in tokens):
            added.append(Span(doc, tokens.start, tokens.end, label="PERSON"))
    if added:
        doc.ents = sorted([*doc.ents, *added], key=lambda e: e.start)
    return doc


def mark_named_people(doc: SpacyDoc) -> SpacyDoc:
    """The doc, with a full name spaCy took for something else relabelled PERSON where the article names the
    same person by surname alone and spaCy knew that for a person: "student Lenka Doubal" (an ORG) and
    "Doubal" (a PERSON) further down. What that person is said to have done or suffered is then a person's."""
    from spacy.tokens import Span

    surnames = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    ents = list(doc.ents)
    mended = [Span(doc, e.start, e.end, label="PERSON") if (
        e.label_ != "PERSON" and e.label_ in SURNAME_SLIP_LABELS and 2 <= len(e) <= 3 and e[-1].text in surnames
        and all(t.pos_ == "PROPN" and t.text.lower() not in ORG_HEADS for t in e)) else e for e in ents]
    if mended != ents:
        doc.ents = mended
    return doc


def _keeps_final_dot(text: str, start: int, end: int) -> bool:
    """A final dot that belongs to an abbreviation ("U.S.", "Jr.", "Corp.") stays."""
    inside = text[start : end - 1]
    last = inside.split()[-1].lower() if inside.split() else ""
    return text[end - 1] == "." and ("." in inside or last in NAME_ABBREVIATIONS)


def paren_alias(text: str, end: int, label: str) -> tuple[int, int] | None:
    """The (start, end) of a name given in parentheses right after a mention of this label ending at `end`.

    A place is followed in parentheses by a wire credit ("GENEVA (Reuters) -"), so after a place only an acronym
    counts, and a parenthesis that opens a dateline (a dash follows it) never does.
    """
    m = PAREN_ALIAS.match(text, end)
    if not m or "\n" in m.group() or DATELINE_DASH.match(text, m.end()):
        return None
    cleaned = clean_span(text, m.start(1), m.end(1))
    if cleaned is None:
        return None
    alias = text[cleaned[0] : cleaned[1]].replace(".", "")
    if label in ("GPE", "LOC") and not (alias.isalpha() and alias.isupper()):
        return None
    return cleaned


def _add_paren_aliases(text: str, found: dict[tuple[int, int], tuple[str, int]]) -> None:
    """A name in parentheses right after a mention is a mention of the same kind."""
    for (s, e), (label, sent) in list(found.items()):
        cleaned = paren_alias(text, e, label)
        if cleaned is None:
            continue
        other = found.get(cleaned)
        if other is None:
            found[cleaned] = (label, sent)
        elif other[0] != label:
            # An organisation's alias is very often mislabelled as a person ("Shin Bet"); ORG wins either way.
            both = "ORG" if "ORG" in (label, other[0]) else label
            found[cleaned] = (both, other[1])
            found[(s, e)] = (both, sent)


def _relabel_titled(text: str, found: dict[tuple[int, int], tuple[str, int]]) -> None:
    """A name written right after a personal title is a PERSON."""
    for (s, e), (label, sent) in list(found.items()):
        if label != "PERSON" and AFTER_TITLE.search(text, max(0, s - 20), s):
            found[(s, e)] = ("PERSON", sent)


def _relabel_surnames(text: str, found: dict[tuple[int, int], tuple[str, int]]) -> None:
    """A single-word mention that is the surname of a full PERSON name in this article is a PERSON."""
    full_names = [text[s:e].split() for (s, e), (label, _) in found.items() if label == "PERSON"]
    surnames = Counter(words[-1] for words in full_names if len(words) > 1)
    for (s, e), (label, sent) in list(found.items()):
        word = text[s:e]
        if label != "PERSON" and label in SURNAME_SLIP_LABELS and " " not in word and surnames[word]:
            found[(s, e)] = ("PERSON", sent)


def _add_missed_surnames(text: str, content: list[Sentence], found: dict[tuple[int, int], tuple[str, int]]) -> None:
    """Surnames of the article's full PERSON names, written alone where spaCy found nothing, are PERSON mentions."""
    full_names = [text[s:e].split() for (s, e), (label, _) in found.items() if label == "PERSON"]
    surnames = {words[-1] for words in full_names if len(words) > 1 and len(words[-1]) >= MIN_SURNAME_LEN}
    if not surnames:
        return
    taken = sorted(found)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(surnames)) + r")\b(?!-)")
    for sent in content:
        for m in pattern.finditer(text, sent.span.start, sent.span.end):
            i = bisect.bisect_left(taken, (m.end(),))
            if any(s < m.end() and m.start() < e for s, e in taken[max(0, i - 3) : i]):
                continue
            found[(m.start(), m.end())] = ("PERSON", sent.index)
