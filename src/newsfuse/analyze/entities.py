"""One entity per real thing in a story: titles stripped, surnames, typos and acronyms joined.

Every mention form (the name as an article writes it) starts as its own group. Labels the story's other names
show to be wrong are mended first (_mistaken_labels: "Leland Foust" taken for an organisation beside "Mr. Foust").
Groups are then joined, in this order:

1. same key: case, accents, dots, apostrophes, "&" or "and", spaces and hyphens, a leading "the" and (for people)
   leading titles and nationality words ignored ("Ayatollah Ali Khamenei", "Ali Khamenei"; "U.S." and "US"; "Kuala
   Namu", "Kualanamu");
2. a plural slip ("Revolutionary Guards" / "Revolutionary Guard") or a possessive ("Westmoor's Department of
   Financial Regulation" / "Westmoor Department of Financial Regulation");
3. an alias the text gives in parentheses right after a name ("The Israel Security Agency (Shin Bet)");
4. an initials acronym of exactly one longer name ("IRGC" / "Islamic Revolutionary Guard Corps", "Ohio EPA" / "Ohio
   Environmental Protection Agency");
5. an organisation name that sits inside exactly one longer organisation name, after a nationality word that is
   the only one ever put before it ("Iranian Revolutionary Guard" → "Revolutionary Guard" → "Islamic Revolutionary
   Guard Corps"; "Times" → "New York Times"; "Merrick" → "Merrick Specialty Chemicals");
6. a person's shorter name that ends exactly one longer person name (longest names first, so that spellings of
   one full name have joined before its surname looks for them), a spelling slip allowed ("Netanyahu" →
   "Benjamin Netanyahu", "Khameni" → "Ali Khamenei"); two full names join when their words match pairwise, a slip
   allowed only in long words, so "Kim Jong Un" / "Kim Jong Il" and "John Smith" / "Jane Smith" stay apart;
   middle initials are left out and a first name may be the short form of the other ("Doug Whitcombe" /
   "Douglas R. Whitcombe").

The canonical name is the group's longest form without a title (the most written one among equals). Its aliases
are every form as written and without titles, and the short forms the articles write, alone or inside the full
name: a person's surname, a name without a leading nationality word or a generic ending ("Kuala Namu").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz.fuzz import ratio

from ..annotate import geo
from ..annotate.entities import ACRONYM_SKIP, MIN_ACRONYM_LEN, ORG_HEADS, TITLE_WORDS, initials, paren_alias
from ..model import Doc, Entity

# Two words written differently are one word with a slip when both are at least this long ...
MIN_SLIP_LEN = 5  # shorter names ("Un"/"Il", "John"/"Jane", "Ali"/"Alí") differ in a letter between different people
# ... begin with the same letter, and are this similar (rapidfuzz ratio, 0-100): "Khameni"/"Khamenei" is 93,
# "Haniyeh"/"Haniya" 92, while different surnames sharing a stem ("Larijani"/"Khamenei") score far below.
MIN_SLIP_RATIO = 85.0
MIN_SLIP_RATIO_BESIDE = 75.0  # ... or this similar beside the very same first name: "Grant Halverson" is "Grant
# Halvorsen" (78) misspelt, where two people with one first name have surnames far apart ("Jackson"/"Johnson" 57)
TITLE_REACH = 60  # characters before a name searched for its office ("Mwanza Regional Police Commander")
CAPITAL_THE = re.compile(r"[\w,;:]\s+The\s+$")  # "The" mid-sentence, before a name: part of the name
OFFICE_STOPS = tuple(",;:!?“”\"()—–")  # a word ending so (or in a full stop, but for "Mr.") ends the text before an
# office ("In Mwanza, Regional Commissioner ...")
OPENING_WORDS = frozenset("""the a an on in at by for from with and but or yesterday today tonight meanwhile earlier
    later then when after before as last this that so while monday tuesday wednesday thursday friday saturday
    sunday""".split())  # capitalised where they open a sentence, never part of an office
MIN_NICKNAME_LEN = 3  # a first name this long that begins another is its short form ("Doug" / "Douglas")
# the common English short first names that do not begin the full one: "Tom Valdane" is "Thomas Valdane"
NICKNAMES = {short: set(full.split("/")) for short, full in (w.split("=") for w in """tom=thomas tommy=thomas
    bill=william billy=william bob=robert bobby=robert dick=richard rick=richard jim=james jimmy=james mike=michael
    dave=david steve=stephen/steven tony=anthony liz=elizabeth beth=elizabeth betty=elizabeth kate=katherine/catherine
    kathy=katherine/kathleen jack=john johnny=john ted=edward ned=edward harry=henry hank=henry sue=susan
    nick=nicholas andy=andrew joe=joseph larry=lawrence peggy=margaret maggie=margaret meg=margaret jenny=jennifer
    sandy=sandra chuck=charles charlie=charles sasha=alexander/alexandra geoff=geoffrey""".split())}
COUNTRY_INITIALS = frozenset({"us", "uk"})  # written before a body's name, and left out of its acronym
PLURAL_MIN_LEN = 5  # "Guards" → "Guard"; shorter words ("Bus", "Gas") are rarely plural slips
NAME_LABELS = ("PERSON",)
# last words of a company's or a facility's name, whose first word alone names it too ("Merrick" for "Merrick
# Specialty Chemicals", "Heathrow" for "Heathrow Airport"; "Hamas" is not "Hamas Political Bureau"); singular
SHORTENED_NAME_ENDS = frozenset("""corp corporation inc incorporated co company ltd limited llc plc ag sa gmbh group
    holding industry chemical motor airline system technology pharmaceutical energy food enterprise partner bank insurance airport
    university stadium bioscience biotech therapeutic pharma laboratory line mineral mining poultry hotel resort farm
    airway railway shipping logistic steel petroleum brewery construction developer investment venture freight aerospace
    dairy textile studio bakery party communication telecom capital media network spa nv bv""".split())
# the generic last words a name is also written without ("Kuala Namu International Airport" → "Kuala Namu")
PLACE_ENDS = frozenset({"county", "province", "district", "region", "island", "prefecture", "governorate", "oblast",
                        "river", "bridge", "park"})
PLACE_STARTS = frozenset({"river", "lake", "mount"})  # "River Orrin" / "the Orrin"
STATE_STARTS = frozenset({"kingdom of", "republic of", "principality of", "sultanate of", "emirate of"})  # "Kingdom of
# Solmark" / "Solmark"
CLUB_ENDS = frozenset({"fc", "afc", "cf"})  # "Castlebridge Rovers FC" / "Castlebridge Rovers"
SHORT_FORM_ENDS = SHORTENED_NAME_ENDS | PLACE_ENDS | CLUB_ENDS | {"international", "national", "regional", "municipal"}
SUFFIXES = {"corp": "corporation", "inc": "incorporated", "co": "company", "ltd": "limited", "bros": "brothers"}
# words that begin many organisations' names, so that alone they name none of them ("National Bank", "United Nations")
GENERIC_FIRST_WORDS = frozenset("""national united general american international federal central royal first new
    state global world european public people popular democratic republican social socialist liberal civic
    islamic christian catholic north south east west northern southern eastern western great""".split())


def merge_entities(docs: Sequence[Doc]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """The story's entities, and a map from every alias as written to its entity's canonical name."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)  # form as written -> label counts
    articles: dict[str, set[str]] = defaultdict(set)
    office_of: dict[str, str] = {}  # a form with an office before it -> the name as written without it
    for doc in docs:
        for m in doc.annotations.mentions:
            form = " ".join(m.span.text.split())
            forms[form][m.label] += 1
            articles[form].add(doc.id)
            if m.label == "ORG" and CAPITAL_THE.search(doc.article.text, max(0, m.span.start - 8), m.span.start):
                forms[f"The {form}"][m.label] += 1  # "The Associated Press", so written mid-sentence
                articles[f"The {form}"].add(doc.id)
            for titled in _titled(doc.article.text, m.span.start, form) if m.label == "PERSON" or _titled_person(form) else ():
                forms[titled]["PERSON"] += 1  # "Judge Ellery", "Finance Minister Elena Voicu": written that way too
                articles[titled].add(doc.id)
                office_of[titled] = form
    if not forms:
        return (), {}
    label = {f: _label(c) for f, c in forms.items()}
    demonyms = {_key(f) for f, lab in label.items() if lab in ("NORP", "GPE")} | COUNTRY_INITIALS | {"un", "eu"}
    for f, right in _mistaken_labels(label, demonyms).items():
        label[f] = right
        forms[f] = Counter({right: forms[f].total()})
    bare = {f: strip_titles(office_of.get(f, f), demonyms) if label[f] == "PERSON" else _strip_the(f) for f in forms}
    groups = _UnionFind(list(forms))

    by_key: dict[str, str] = {}
    for f in forms:  # 1. same key, spaces and hyphens aside; 2. plural slip or possessive (not in people's and places' names)
        base = _key(bare[f])
        keys = {base}
        if label[f] not in ("PERSON", "GPE"):
            keys |= {_singular(base), re.sub(r"'s(?= )", "", base)}  # "Westmoor's Department of"
        keys |= _shorter_keys(base, label[f])
        keys = {k.replace(" ", "").replace("-", "") for k in keys}  # "Kuala Namu" / "Kualanamu", "Al-Qaeda"
        for key in keys:
            if key in by_key:
                groups.union(by_key[key], f)
            else:
                by_key[key] = f
    _join_paren_aliases(docs, forms, groups)
    _join_acronyms(forms, bare, label, groups)
    _join_contained_orgs(forms, bare, label, demonyms, groups)
    _join_person_names(forms, bare, label, groups)

    grouped = groups.groups()
    kinds = [_label(sum((forms[f] for f in members), Counter())) for members in grouped]
    shorts = _short_forms(grouped, kinds, bare, demonyms, "\n".join(d.article.text for d in docs))
    entities, names = [], {}
    for members, kind, short in zip(grouped, kinds, shorts):
        name = _canonical(members, bare, forms, kind)
        written = set(members)
        entities.append(
            Entity(
                name=name,
                type=kind,
                aliases=tuple(sorted((written | {bare[f] for f in members} | short) - {name})),
                articles=tuple(sorted({a for f in members for a in articles[f]})),
            )
        )
        for f in written | {bare[f] for f in members} | {name}:
            names[f] = name
    entities.sort(key=lambda e: (-len(e.articles), e.name))
    return tuple(entities), names


def _shorter_keys(base: str, label: str) -> set[str]:
    """The keys a name's generic words aside: a place without its ending or its leading "river" ("Sarvek province" /
    "Sarvek", "River Orrin" / "Orrin"), a club without its "FC", a hotel either way round ("Hotel Arkana" /
    "Arkana Hotel")."""
    words = base.split()
    out = set()
    place, body = label in ("GPE", "LOC", "FAC"), label in ("ORG", "FAC")
    if len(words) > 1 and (place and words[-1] in PLACE_ENDS or label == "ORG" and words[-1] in CLUB_ENDS):
        out.add(" ".join(words[:-1]))
    if len(words) > 1 and place and words[0] in PLACE_STARTS:
        out.add(" ".join(words[1:]))
    if len(words) > 2 and label == "GPE" and " ".join(words[:2]) in STATE_STARTS:
        out.add(" ".join(words[2:]))
    if len(words) == 2 and body and _singular(words[0]) in SHORTENED_NAME_ENDS:
        out.add(f"{words[1]} {words[0]}")
    return out


def canonical_name(written: str, names: dict[str, str]) -> str | None:
    """The canonical name for a name as some text writes it, using the story's map from merge_entities.

    Tries the form as written, then without "the", titles and possessive, case and dots ignored, then a lone
    surname of exactly one person; None when the story has no such entity.
    """
    if written in names:
        return names[written]
    keys = {_key(k): v for k, v in names.items()}
    clean = re.sub(r"['’]s$", "", " ".join(written.split()))
    for candidate in (clean, strip_titles(clean)):
        if _key(candidate) in keys:
            return keys[_key(candidate)]
    last = _key(strip_titles(clean)).split()
    if len(last) == 1:
        hits = {v for v in set(names.values()) if len(v.split()) > 1 and same_word(_key(v).split()[-1], last[0])}
        if len(hits) == 1:
            return hits.pop()
    return None


def strip_titles(name: str, demonyms: Iterable[str] = ()) -> str:
    """A person's name without leading titles and nationality words.

    "Israeli Prime Minister Benjamin Netanyahu" → "Benjamin Netanyahu", "Russian Alexander Povetkin" →
    "Alexander Povetkin"; a nationality word is kept where only one word would be left ("Jordan Peterson").
    """
    words = _strip_the(name).split()
    skip = set(demonyms)
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().strip(".,") in TITLE_WORDS:
            cut = i + 1
        elif _key(w).removesuffix("'s") in skip and i < len(words) - 2:
            cut = i + 1
        else:
            break
    return " ".join(words[cut:])


def same_word(a: str, b: str, bar: float = MIN_SLIP_RATIO) -> bool:
    """Two words of a name are the same, allowing a spelling slip in long words (similar to `bar` or more)."""
    a, b = _fold(a.lower()), _fold(b.lower())
    if a == b:
        return True
    return min(len(a), len(b)) >= MIN_SLIP_LEN and a[0] == b[0] and ratio(a, b) >= bar


def _join_paren_aliases(docs: Sequence[Doc], forms: dict[str, Counter[str]], groups: _UnionFind) -> None:
    """A name followed by an alias in parentheses, "Name (Alias)", joins the two."""
    for doc in docs:
        text = doc.article.text
        for m in doc.annotations.mentions:
            cleaned = paren_alias(text, m.span.end, m.label)
            if cleaned is None:
                continue
            alias = " ".join(text[cleaned[0] : cleaned[1]].split())
            form = " ".join(m.span.text.split())
            if alias in forms and form in forms:
                groups.union(form, alias)


def _join_acronyms(forms: dict[str, Counter[str]], bare: dict[str, str], label: dict[str, str], groups: _UnionFind) -> None:
    """An all-capitals form joins the one group whose longer name it abbreviates, the words before the acronym
    written out in both ("Ohio EPA" / "Ohio Environmental Protection Agency")."""
    expansions: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if label[f] != "PERSON":
            words = bare[f].split()
            for k in range(len(words) - 1):
                for acronym in initials(" ".join(words[k:])):
                    expansions[" ".join([_key(w) for w in words[:k]] + [acronym])].add(f)
                    if k == 1 and _key(words[0]) in COUNTRY_INITIALS:  # "CSB" for "US Chemical Safety Board"
                        expansions[acronym].add(f)
    for f in forms:
        *before, last = bare[f].split() or [""]
        acronym = " ".join([_key(w) for w in before] + [_key(last).upper().replace("&", "")])
        if not _is_acronym(last) or acronym not in expansions:
            continue
        targets = {groups.find(t) for t in expansions[acronym]}
        if len(targets) > 1:
            targets = _national(expansions[acronym], bare, groups) or targets
        if len(targets) == 1:
            groups.union(f, next(iter(targets)))


def _national(names: Iterable[str], bare: dict[str, str], groups: _UnionFind) -> set[str]:
    """Of the bodies a short name may stand for, the one country's ("EPA" beside "U.S. Environmental Protection
    Agency" and "Illinois EPA": a state's or a city's body is written with its place), if there is one."""
    national = {groups.find(f) for f in names if _key(bare[f]).split()[0] in COUNTRY_INITIALS}
    return national if len(national) == 1 else set()


def _join_contained_orgs(
    forms: dict[str, Counter[str]],
    bare: dict[str, str],
    label: dict[str, str],
    demonyms: set[str],
    groups: _UnionFind,
) -> None:
    """An organisation name inside exactly one longer organisation name joins it; so does a one-word "person"
    that is no person's name in the story but begins a company's ("Merrick said" beside "Merrick Specialty
    Chemicals": the model took the company for a person)."""
    orgs = [f for f in forms if label[f] in ("ORG", "FAC") and not _is_acronym(f)]  # an airport's name too
    names_of_people = {w for f in forms if label[f] == "PERSON" and " " in bare[f] for w in _key(bare[f]).split()}
    mislabelled = [f for f in forms if label[f] == "PERSON" and " " not in bare[f] and _key(bare[f]) not in names_of_people]
    words = {f: [_singular(w) for w in _key(bare[f]).split()] for f in orgs + mislabelled}
    # A nationality word before a name is dropped only where that name never takes a different one.
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for f in orgs:
        if len(words[f]) > 2 and _key(bare[f]).split()[0] in demonyms:  # unsingular: "Illinois"
            qualifiers[" ".join(words[f][1:])].add(words[f][0])
    same: dict[tuple[str, ...], str] = {}
    for f in orgs:
        rest = " ".join(words[f][1:])
        if rest in qualifiers and len(qualifiers[rest]) == 1:
            words[f] = words[f][1:]
        groups.union(f, same.setdefault(tuple(words[f]), f))  # "Kestrian Statistical Office" / "Statistical Office"
    having: dict[str, list[str]] = defaultdict(list)  # word -> the names that have it, to compare fewer pairs
    for f in orgs:
        for w in set(words[f]):
            having[w].append(f)
    for f in sorted(orgs + mislabelled, key=lambda x: -len(words[x])):  # longest first: "Velmont Chemical" joins
        # "Velmont Chemical Co." before "Velmont" looks for the one name it is in
        short = words[f]
        targets = {
            groups.find(g)
            for g in having[short[0]]
            if len(words[g]) > len(short) and _inside(short, words[g]) and groups.find(g) != groups.find(f)
        }
        if len(targets) > 1:
            targets = _national([g for g in having[short[0]] if groups.find(g) in targets], bare, groups) or targets
        if len(short) == 1:  # one word joins only as the head ("Times" in "New York Times") or as the first word
            # of a company's name ("Merrick" in "Merrick Specialty Chemicals"), a name's word rather than a common one
            first = short[0] not in GENERIC_FIRST_WORDS and short[0] not in demonyms
            head = label[f] == "ORG"
            targets = {t for t in targets if any(
                head and words[g][-1] == short[0] or first and words[g][0] == short[0] and words[g][-1] in SHORTENED_NAME_ENDS
                for g in orgs if groups.find(g) == t)}
        if len(targets) == 1:
            groups.union(f, next(iter(targets)))


def _join_person_names(forms: dict[str, Counter[str]], bare: dict[str, str], label: dict[str, str], groups: _UnionFind) -> None:
    """A person's shorter name joins the one longer name it ends; equal-length names join word by word."""
    people = [f for f in forms if label[f] == "PERSON" or (label[f] == "NORP" and " " not in f)]
    words = {f: _name_words(bare[f]) for f in forms}
    full = [f for f in people if label[f] == "PERSON" and len(words[f]) > 1]
    # Full names with a slip join when every word is pairwise the same; one side may carry a wrong label
    # ("Hugh Heffner" tagged ORG beside "Hugh Hefner"), never a place's.
    others = [f for f in forms if label[f] not in ("PERSON", "GPE", "LOC") and len(words[f]) > 1]
    # same_word needs the same first letter, so only names with the same initials are compared, but for the
    # surname's: beside the same first name, a surname may be misspelt in its first letter ("Corvath").
    initials_of: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for f in full + others:
        initials_of[tuple(w[0].lower() for w in words[f][:-1])].append(f)
    for a in full:
        for b in initials_of[tuple(w[0].lower() for w in words[a][:-1])]:
            bar = MIN_SLIP_RATIO_BESIDE if _fold(words[a][0].lower()) == _fold(words[b][0].lower()) else MIN_SLIP_RATIO
            # and a first name may be misspelt beside the very same surname ("Viktor Halloran" / "Victor Halloran")
            first_bar = MIN_SLIP_RATIO_BESIDE if _fold(words[a][-1].lower()) == _fold(words[b][-1].lower()) else MIN_SLIP_RATIO
            if a != b and same_first(words[a][0], words[b][0], first_bar) and all(
                same_word(x, y, bar) for x, y in zip(words[a][1:-1], words[b][1:-1])
            ) and _same_surname(words[a][-1], words[b][-1], bar):
                groups.union(a, b)
    ending: dict[str, list[str]] = defaultdict(list)
    for g in full:
        ending[words[g][-1][0].lower()].append(g)
    for f in sorted(people, key=lambda x: -len(words[x])):  # longest first: "Sanjay Raghavan" joins "Boss Sanjay
        short = words[f]  # Raghvan" before "Raghavan" looks for the one longer name it ends
        targets = {
            groups.find(g)
            for g in ending[short[-1][0].lower()]
            if len(words[g]) > len(short) and all(map(same_word, short, words[g][-len(short) :]))
        }
        if len(targets) == 1:
            groups.union(f, next(iter(targets)))


def _same_surname(a: str, b: str, bar: float) -> bool:
    """`same_word`, or a long surname misspelt in its first letter only ("Corvath" / "Korvath"), or beside the same
    first name a short one misspelt in one inner letter ("Daniel Fyfe" / "Daniel Fife")."""
    if same_word(a, b, bar):
        return True
    a, b = _fold(a.lower()), _fold(b.lower())
    inner_slip = len(a) == len(b) >= 4 and a[0] == b[0] and a[-1] == b[-1] and sum(x != y for x, y in zip(a, b)) == 1
    return min(len(a), len(b)) >= MIN_SLIP_LEN and a[1:] == b[1:] or bar == MIN_SLIP_RATIO_BESIDE and inner_slip


def _short_forms(
    grouped: list[list[str]], kinds: list[str], bare: dict[str, str], demonyms: set[str], text: str
) -> list[set[str]]:
    """For each group, the shorter names its forms go by that the articles write, alone or inside the full
    name: a person's surname ("Sreedhar"), a name without its leading nationality word ("Chemical Safety Board")
    or its generic ending ("Kuala Namu", "Murang'a"). A short name another group has or could have is left out."""
    out: list[set[str]] = []
    for members, kind in zip(grouped, kinds):
        short = set()
        for f in members:
            words = bare[f].split()
            if len(words) < 2:
                continue
            if kind == "PERSON":
                short.add(words[-1])
                continue
            if len(words) > 2 and _key(words[0]) in demonyms:
                short.add(" ".join(words[1:]))
            k = len(_without_ending(_key(bare[f])).split())
            if k < len(words) and _key(words[0]) not in GENERIC_FIRST_WORDS | demonyms:
                short.add(" ".join(words[:k]))
        out.append({s for s in short if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)})
    owners = Counter(_key(s) for short in out for s in short)
    owners.update({_key(f) for members in grouped for f in members})
    taken = {k for k, n in owners.items() if n > 1}
    for members, short in zip(grouped, out):
        mine = {_key(f) for f in members}
        short -= {s for s in short if _key(s) in taken and _key(s) not in mine}
    return out


def _mistaken_labels(label: dict[str, str], demonyms: set[str]) -> dict[str, str]:
    """Forms the model labelled wrongly, as the story's other names show, with their right label:
    - a full name taken for an organisation, whose surname is a person alone elsewhere ("Leland Foust" beside
      "Mr. Foust");
    - a surname taken for a place the table does not know or an organisation ("Brenan" beside "Alastair Brenan"), or
      after a title ("Capt. Okafor" beside "Ruth Okafor");
    - a company taken for a person, by its generic ending ("Marrick Pharmaceuticals"); a company taken for a
      person or an unknown place, by its name without the generic ending ("Nusantara Sky" beside "Nusantara Sky
      Airlines", "Cumberland Valley" beside "Cumberland Valley Bank", "Marrick" beside "Marrick Pharmaceuticals"
      when no one is ever "Mr Marrick" or "John Marrick").
    """
    stripped = {f: strip_titles(f, demonyms) for f, lab in label.items() if lab == "PERSON"}
    people = [p.split() for p in stripped.values()]
    alone = {_key(p[0]) for p in people if len(p) == 1}
    surnames = {_key(p[-1]) for p in people if len(p) > 1}
    titled = {_key(p) for f, p in stripped.items() if p != f}
    out = {f: "ORG" for f, lab in label.items()
           if lab == "PERSON" and len(f.split()) > 1 and _singular(_key(f).split()[-1]) in SHORTENED_NAME_ENDS}
    companies = {_key(f) for f, lab in {**label, **out}.items() if lab in ("ORG", "FAC")}
    shortened = {k for c in companies if (k := _without_ending(c)) != c}
    first_words = {c.split()[0] for c in companies if " " in c}  # "marrick" of "marrick ltd"
    for f, lab in label.items():
        words = f.split()
        if lab == "ORG" and 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words) and (
                _key(words[0]) not in GENERIC_FIRST_WORDS | demonyms and any(same_word(_key(words[-1]), a) for a in alone)
                and _key(f) not in shortened):  # "Tarrant Civil" beside "Tarrant Civil Ltd" stays a company
            out[f] = "PERSON"
        elif lab in ("GPE", "LOC", "ORG") and len(bare := strip_titles(f, demonyms).split()) == 1 and (
                len(words) > 1 or lab == "ORG" or not geo.known(f)):  # "Brenan", or a title and a surname: "Capt. Okafor"
            named_body = lab == "ORG" and _key(f) in first_words
            if any(same_word(_key(bare[0]), s) for s in surnames) and not named_body:  # not "Marrick" of "Marrick Ltd"
                out[f] = "PERSON"
        mistakable = lab == "PERSON" or lab in ("GPE", "LOC") and not geo.known(f)
        if mistakable and _key(f) in shortened and (len(words) > 1 or _key(f) not in surnames | titled):
            out[f] = "ORG"
    return out


def _without_ending(key: str) -> str:
    """A name's key without its generic last words: "kuala namu international airport" → "kuala namu"."""
    words = key.split()
    k = len(words)
    while k > 1 and _singular(words[k - 1]) in SHORT_FORM_ENDS and words[k - 2] not in ACRONYM_SKIP:  # not "ministry of"
        k -= 1
    return " ".join(words[:k])


def _titled(text: str, start: int, name: str) -> list[str]:
    """The name with the office written right before it, from each of the office's capitalised words: title
    words in any case and the capitalised words of the office ("Mr.", "Deputy Governor", "Mwanza Regional Police
    Commander" and "Police Commander", "Opposition leader")."""
    if not text[start - 1 : start].isspace():
        return []
    window = text[max(0, start - TITLE_REACH) : start]
    words = window.split()
    if start > TITLE_REACH and not window[:1].isspace():
        words = words[1:]  # the window began inside a word
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().strip(".") in TITLE_WORDS:
        words.append(parts.pop(0))  # the model took the office's last word into the name: "[Clerk Margaret Osei]"
    name = " ".join(parts)
    office: list[str] = []
    while words and ((title := words[-1].lower().strip(".") in TITLE_WORDS) or words[-1][:1].isupper()):
        if words[-1].endswith(OFFICE_STOPS) or words[-1].endswith(".") and not title:
            break
        office.insert(0, words.pop())
    while office and office[0].lower() in OPENING_WORDS:
        office.pop(0)  # "the Regional Commissioner", "Yesterday Regional Commissioner"
    if not office or office[-1].lower().strip(".") not in TITLE_WORDS:
        return []  # an office ends in a title word right before the name
    return [" ".join([*office[k:], name]) for k in range(len(office)) if office[k][:1].isupper()]


def _titled_person(form: str) -> bool:
    """A title and a name of two words or more, whatever the model took it for: "[Superintendent Milan Hostek]"
    after "Chief" (not "Foreign Ministry")."""
    words = form.split()
    return len(words) >= 3 and words[0].lower().strip(".") in TITLE_WORDS and words[-1].lower() not in ORG_HEADS


def _name_words(name: str) -> list[str]:
    """A name's words without middle initials: "Douglas R. Whitcombe" → Douglas, Whitcombe."""
    words = name.split()
    return [w for k, w in enumerate(words) if k in (0, len(words) - 1) or len(w.rstrip(".")) > 1]


def same_first(a: str, b: str, bar: float = MIN_SLIP_RATIO) -> bool:
    """Two first names of one person: the same word, or one the short form of the other ("Doug", "Douglas";
    "Tom", "Thomas")."""
    a, b = a.lower(), b.lower()
    if b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ()):
        return True
    return same_word(a, b, bar) or min(len(a), len(b)) >= MIN_NICKNAME_LEN and (a.startswith(b) or b.startswith(a))


def _inside(short: list[str], long: list[str]) -> bool:
    """`short` is a run of consecutive words of `long`."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _canonical(members: list[str], bare: dict[str, str], forms: dict[str, Counter[str]], kind: str) -> str:
    """The longest form without a title, the most written among equals; mislabelled forms and possessives last."""

    def score(f: str) -> tuple[bool, bool, int, int, int, str]:
        b = bare[f]
        plain = "’" not in b and "'" not in b
        return (plain, _label(forms[f]) == kind, len(b.split()), sum(forms[f].values()), len(b), b)

    return bare[max(members, key=score)]


def _label(counts: Counter[str]) -> str:
    """The most common label, PERSON and ORG before the rest on a tie."""
    order = {"PERSON": 0, "ORG": 1, "GPE": 2}
    return min(counts, key=lambda lab: (-counts[lab], order.get(lab, 9), lab))


def _strip_the(name: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", name.strip())


def _key(name: str) -> str:
    """A form for comparison: lower case, no accents, no dots, straight apostrophes, "and" for "&", a plural's
    possessive apostrophe dropped, one space, a company suffix written out ("Corp." and "Corporation"; "Córdoba"
    and "Cordoba"; "Drivers' Union" and "Drivers Union")."""
    s = _fold(_strip_the(name).lower().replace("’", "'").replace(".", "").replace(" & ", " and "))
    return " ".join(SUFFIXES.get(w, w[:-1] if w.endswith("s'") else w) for w in s.split())


def _fold(s: str) -> str:
    """The text without accents: "Ortuño" → "Ortuno"."""
    if s.isascii():
        return s  # (most names: there is nothing to take off)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _singular(key: str) -> str:
    """The key with its last word's plural "s" dropped, where the word is long enough to be a plural slip."""
    head, _, last = key.rpartition(" ")
    if len(last) >= PLURAL_MIN_LEN and last.endswith("ies"):  # "Technologies", "Bakeries"
        return f"{head} {last[:-3]}y".strip()
    if len(last) >= PLURAL_MIN_LEN and last.endswith("s") and not last.endswith("ss"):
        return f"{head} {last[:-1]}".strip()
    return key


def _is_acronym(form: str) -> bool:
    letters = form.replace(".", "").replace("&", "")  # "U.S.", "C&F"
    return letters.isalpha() and letters.isupper() and MIN_ACRONYM_LEN <= len(letters) <= 8


class _UnionFind:
    """Groups of forms that name the same thing."""

    def __init__(self, items: list[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in sorted(self.parent):
            out[self.find(x)].append(x)
        return list(out.values())
