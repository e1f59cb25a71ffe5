"""Upstream sources an article credits: newspapers, wires, broadcasters, state media, and the bodies whose word
it relays.

A name counts as a source when it reads as an outlet (a well-known outlet or wire from a small table, a
named organisation ending in an outlet word such as "Times" or "News", an agency acronym, a station ("WTAP-TV",
"told WTAP"), or "state media") and stands in a crediting construction: "according to X", "X reported", "told
X", "quoted by X", "polled by X", "X, citing ...", "(X) —" at the head of a story, or a wire credit line ("With
Post wires", "Source: agencies"). After "according to", a named organisation or an acronym counts too: the body the
article takes its facts from ("according to the Kenya Red Cross", "according to ANI"); so does a body's published word
("Corvane Motors said in a statement", "a DBT spokesperson said") and any word of a public body named as one ("the
Philippine Coast Guard said", "CAAP said"). Short forms ("the Times", "the newspaper") resolve to the full outlet the
article names elsewhere. Boilerplate lines are read too: that is where wire credits sit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Article, CitationMention, Mention, Sentence, Span
from . import geo

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

# well-known outlets and wires: lower-cased alias -> canonical name (general knowledge, not tied to any data set)
OUTLET_ALIASES: dict[str, list[str]] = {
    "The New York Times": ["new york times", "nyt", "nytimes"],
    "The Washington Post": ["washington post"],
    "The Wall Street Journal": ["wall street journal", "wsj"],
    "New York Post": ["new york post"],
    "Los Angeles Times": ["los angeles times", "la times"],
    "Financial Times": ["financial times"],
    "USA Today": ["usa today"],
    "Reuters": ["reuters", "thomson reuters"],
    "Associated Press": ["associated press", "ap"],
    "AFP": ["agence france-presse", "agence france presse"],
    "Bloomberg": ["bloomberg", "bloomberg news"],
    "BBC": ["bbc", "bbc news"],
    "CNN": ["cnn"],
    "Fox News": ["fox news"],
    "NBC News": ["nbc news", "nbc"],
    "ABC": ["abc news"],  # the US network and the Australian broadcaster alike
    "CBS News": ["cbs news", "cbs"],
    "NPR": ["npr"],
    "Politico": ["politico"],
    "Axios": ["axios"],
    "The Hill": ["the hill"],
    "The Guardian": ["guardian"],
    "The Telegraph": ["telegraph", "daily telegraph"],
    "The Independent": ["independent"],
    "Daily Mail": ["daily mail"],
    "Sky News": ["sky news"],
    "Al Jazeera": ["al jazeera"],
    "Al Arabiya": ["al arabiya"],
    "Haaretz": ["haaretz"],
    "The Times of Israel": ["times of israel"],
    "The Jerusalem Post": ["jerusalem post"],
    "Jewish News Syndicate": ["jewish news syndicate", "jns"],
    "Ynet": ["ynet", "ynetnews"],
    "IRNA": ["irna", "islamic republic news agency"],
    "Tasnim": ["tasnim"],
    "Fars": ["fars"],
    "Xinhua": ["xinhua"],
    "TASS": ["tass"],
    "RIA Novosti": ["ria novosti"],
    "Interfax": ["interfax"],
    "Kyodo": ["kyodo"],
    "Yonhap": ["yonhap"],
    "Anadolu": ["anadolu"],
    "dpa": ["dpa", "deutsche presse-agentur"],
    # national news agencies, which wires and papers credit by name (names that are also common words left out)
    "ANSA": ["ansa"], "EFE": ["efe"], "Europa Press": ["europa press"], "Lusa": ["lusa"], "Belga": ["belga"],
    "ANP": ["anp"], "Austria Presse Agentur": ["austria presse agentur"], "Keystone-SDA": ["keystone-sda"],
    "PAP": ["polish press agency"], "CTK": ["čtk"], "TASR": ["tasr"], "MTI": ["mti"], "Agerpres": ["agerpres"],
    "BTA": ["bta"], "Tanjug": ["tanjug"], "HINA": ["hina"], "ANA-MPA": ["athens news agency"],
    "Ukrinform": ["ukrinform"], "BelTA": ["belta"], "Ritzau": ["ritzau"], "NTB": ["ntb"], "STT": ["stt"],
    "PTI": ["press trust of india"], "IANS": ["ians"], "United News of India": [], "Antara": ["antara"],
    "Bernama": ["bernama"], "Vietnam News Agency": ["vna"], "Jiji Press": ["jiji"], "KCNA": ["kcna"],
    "WAFA": ["wafa"], "KUNA": ["kuna"], "Saudi Press Agency": [], "Middle East News Agency": [],
    "News Agency of Nigeria": [], "Agência Brasil": ["agencia brasil"], "Notimex": ["notimex"],
    "AAP": ["australian associated press"], "The Canadian Press": ["canadian press"],
    "PA Media": ["press association"], "UPI": ["united press international"], "Sputnik": ["sputnik"],
    "ISNA": ["isna"],
    # national broadcasters and papers, credited by name as wires are
    "CBC": ["cbc news", "canadian broadcasting corporation"], "CTV News": ["ctv"], "Global News": [],
    "The Globe and Mail": ["globe and mail"], "Toronto Star": [], "RTÉ": ["rte"], "Irish Times": [],
    "ITV News": ["itv"], "Channel 4 News": [], "RNZ": ["radio new zealand"], "TVNZ": [], "SBS": [],
    "The Age": [], "Sydney Morning Herald": [], "NHK": [], "Asahi Shimbun": ["asahi"], "KBS": [],
    "South China Morning Post": ["scmp"], "The Straits Times": ["straits times"], "NDTV": [], "ANI": ["asian news international"],
    "The Hindu": [], "Times of India": [], "Dawn": [], "Deutsche Welle": ["dw"], "France 24": [], "RFI": [],
    "Euronews": [], "Le Monde": [], "El País": ["el pais"], "Der Spiegel": ["spiegel"], "CCTV": [], "CGTN": [],
    "RT": [], "TVN": [], "Folha de S.Paulo": ["folha"], "O Globo": [], "Clarín": ["clarin"], "News24": [],
    "The Economist": ["economist"],
    "Axel Springer": ["axel springer"],
    "news agencies": ["agencies", "wires", "wire services", "news agencies"],
}
OUTLETS = {alias: name for name, aliases in OUTLET_ALIASES.items() for alias in [name.lower(), *aliases]}

# last words that make a named organisation read as an outlet ("The Boston Globe", "Channel 12 News")
OUTLET_WORDS = frozenset(
    """times post journal news press agency herald tribune telegraph guardian gazette radio tv television network
    broadcasting wire media daily observer independent review magazine chronicle examiner reporter standard
    mirror express sun star monitor insider beast globe newspaper channel reporting courier ledger sentinel echo
    dispatch register inquirer enquirer advertiser mercury bulletin courant argus clarion beacon weekly""".split()
)
# descriptors stripped from a credited name: "the state-run IRNA news agency" -> "IRNA"
# (in lower case only, but for a leading "The": "the National Crime Agency" keeps its "National")
# what a name is, in lower case before it: "flight-tracking service SkyTrace", "the newsletter Drug Safety Monitor",
# "local station WKTN-TV"
KIND_OF_SOURCE = r"(?:[a-z][\w-]*\s+){0,2}(?:service|tracker|site|website|observatory|newsletter|station|channel)\s+(?=[A-Z])"
LEAD_DESCRIPTORS = re.compile(
    r"^(?:[Tt]he[\s-]+)*(?:(?:state-run|state-owned|state|official|semi-official|semiofficial|government-run|"
    r"independent|local|regional|national|public|private)[\s-]+)*"
    rf"(?:(?:news\s+agency|agency|broadcaster|newspaper|daily|television)\s+(?=[A-Z])|{KIND_OF_SOURCE})?"
)
# and after it: "the IRNA news agency" -> "IRNA" (in lower case only: "Kenya News Agency" is a name)
TRAIL_DESCRIPTORS = re.compile(r"\s+(?:news agency|agency|newspaper|daily|broadcaster|news outlet|outlet|website|wire service)$")
TRAIL_ANY_CASE = re.compile(TRAIL_DESCRIPTORS.pattern, re.I)  # for the table only: "Xinhua News Agency" is "Xinhua"
# first words that make a name read as an outlet in other languages ("Diario Córdoba", "Canal Sur", "Radio Free")
OUTLET_FIRST_WORDS = frozenset({"diario", "canal", "radio", "agencia", "agence", "agenzia", "rádio", "tv"})
# generic words that stand for the last credited outlet ("the newspaper reported")
BACK_REFERENCES = frozenset({"newspaper", "paper", "agency", "outlet", "broadcaster", "network", "daily"})
MEDIA_HEADS = frozenset({"media", "television", "tv", "radio"})  # "Iranian government media reported"

NAME = r"(?:[A-Z][\w.&'’-]*|[a-z][A-Z][\w.&'’-]*|of|the|de|al)" \
    r"(?:\s+(?:[A-Z][\w.&'’-]*|of|(?:for|and)(?=\s+[A-Z])|the|de|al|\d+))*" \
    r"(?:\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|news\s+outlet|website))?"
CUE_AFTER = r"(?:also\s+|first\s+|later\s+|earlier\s+|has\s+|had\s+|previously\s+)*(?:reported|reports|understands|" \
    r"wrote|writes|said|says|revealed|published|quoted|cited|learned|has learned|confirmed|broke the news)\b|,\s+citing\b"
DATA = r"(?i:data|figures|records|statistics|tracking\s+data|an?\s+(?:[\w-]+\s+)?(?:poll|survey|study|analysis|statement))\s+" \
    r"(?:from|by|(?:compiled|published|posted|released)\s+by)"  # the body whose figures an article gives
CREDIT_BEFORE = rf"(?:[Aa]ccording\s+to\s+{DATA}|(?i:flight-tracking\s+)?{DATA}|[Aa]ccording\s+to|per(?=\s+[A-Z])|" \
    r"told|tells|telling|quoted\s+by|cited\s+by|(?:reported|revealed|disclosed|named|identified)\s+by|via|" \
    r"(?:polled|surveyed|compiled|tallied|reviewed|seen|obtained|spotted)\s+by|" \
    r"(?:a\s+|the\s+)?report(?:s|ed|ing)?\s+(?:by|in|from)|in\s+an\s+interview\s+with|interview\s+with|" \
    r"[Ss]peaking\s+to|spoke\s+to|said\s+to|confirmed\s+to|(?:broadcast|aired)\s+by)"
DESCRIBED = r"(?:(?:the|state-run|state-owned|state|official|semi-official|government-run|local|regional|national|" \
    rf"public|private)[\s-]+)*(?:(?:news\s+agency|agency|broadcaster|newspaper|daily|television)\s+(?=[A-Z])|{KIND_OF_SOURCE})?"
# what it says of a name before it: "the regional broadcaster Canal Sur", "the state news agency Antara"
DESCRIPTOR = re.compile(r"(?:news\s+agency|agency|broadcaster|newspaper|daily|television)\s+[A-Z]")
BODY_CUE = re.compile(rf"(?i:according|{DATA}|flight|spotted|per\b)")  # credits that name the body facts come from
DATA_RE = re.compile(rf"(?i:according\s+to\s+|flight-tracking\s+)?{DATA}|per\b")  # "per Michigan Secretary of State data"
DATA_SHOW_RE = re.compile(  # "ZNPHI data show 412 cases", "EPA figures showed", "ClinicalTrials.gov records show",
    # "IMF documents show", "the Aid Worker Security Database (AWSD) data show": the body named before its figures
    rf"\b(?P<name>{NAME})(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?\s+(?:data|figures|statistics|records|documents)\s+"
    r"(?:show|shows|showed|suggest|suggests|indicate|indicates)\b")
# a ministry named in lower case, credited: "according to the interior ministry", "the health ministry said"
LOWER_BODY = r"(?P<name>(?:[A-Z][a-z]+\s+)?(?!(?:same|other|relevant|new|former|whole|respective)\s)(?:[a-z]+\s+){1,2}" \
    r"(?:ministry|department))"
LOWER_BODY_RES = (re.compile(rf"\b[Aa]ccording\s+to\s+the\s+{LOWER_BODY}\b"),
                  re.compile(rf"\b[Tt]he\s+{LOWER_BODY}\s+(?:said|says|confirmed)\b"))
BEFORE_RE = re.compile(rf"\b{CREDIT_BEFORE}\s+(?P<name>{DESCRIBED}{NAME})", re.S)
# a body's own published word, which an article relays as it would a wire's: "said in a statement", "said in its
# landfall bulletin"; and a public body's word however given ("the Coast Guard said", "CAAP said")
STATEMENT = re.compile(r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?:said|says|confirmed)\s+in\s+(?:a|an|its|their)\s+"
                       r"(?:[\w-]+\s+){0,2}(?:statement|bulletin|release|update|advisory|notice)\b")
OUTLET_APPOSITION = re.compile(r",\s+(?:the\s+|[A-Z]\w+[’']s\s+)?(?:[\w-]+\s+){0,2}(?:news\s+agency|newspaper|"
                               r"broadcaster|news\s+outlet|news\s+site|tabloid)\b")
PARTY_WORDS = frozenset({"party", "alliance", "league", "coalition", "front", "movement"})  # whose polls are no credit
OUTLET_AFTER = re.compile(r"\s+(?:newspaper|daily|broadcaster|website|tabloid|magazine|news\s+agency)\b")  # what it is
BODY_WORDS = frozenset("""agency authority department ministry council service guard federation administration office
    commission institute bureau board fund organisation organization association society centre center""".split())
SPOKESPERSON_RE = re.compile(rf"\b[Aa]n?\s+(?P<name>{NAME})\s+(?:spokesperson|spokesman|spokeswoman|representative)\s+"
                             r"(?:said|says|told|confirmed)\b")
AFTER_RE = re.compile(  # "the Kenya News Agency (KNA) reported", "Orbital Ledger, a trade website, reported"
    rf"\b(?P<name>{DESCRIBED}{NAME}|(?:\w+\s+){{0,2}}media)(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?"
    r"(?P<outlet>,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:website|site|newspaper|paper|broadcaster|station|magazine|"
    r"observatory|newsletter|tracker),)?"
    rf"\s+(?:{CUE_AFTER})", re.S)
# "as first reported by the Echo", "as first revealed by the Sunday Courier", "footage broadcast by Channel 6 News"
MEDIA_BEFORE = re.compile(r"(?:report(?:ed|ing)|revealed|disclosed|broadcast|aired)\s+by\b|(?:a|the)\s+report\s+in\b")
# a poll an outlet or a pollster ran, credited by its name: "a Reuters poll of 22 economists", "Halcyon Research's exit poll"
# (not a party's "poll lead")
POLL_RE = re.compile(rf"\b(?:[Aa]n?\s+|[Tt]he\s+)?(?P<name>{NAME})(?:[’']s)?\s+(?:(?:exit|opinion|snap|latest|new)\s+)?"
                     r"(?:poll|survey)s?\b(?!\s+(?:lead|ratings?|numbers|standing|position))")
TOLD_TO = r"\b(?:confirmed|said|spoke|talked|described|explained|revealed|leaked|gave)\b[^.;]{0,40}?\bto"
TO_RE = re.compile(rf"{TOLD_TO}\s+(?P<name>{DESCRIBED}{NAME})")
DATELINE_RE = re.compile(r"\((?P<name>[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][A-Za-z.]+){0,2})\)\s*(?:[—–-]|:)")
WIRE_LINE_RE = re.compile(
    r"^\s*(?:with\s+(?P<with>[\w ]+?\s+)?(?P<wires>wires?|wire services)|"
    r"source\s*:?\s*(?P<source>[\w ,&]+?)|(?:additional\s+)?reporting\s+by\s+(?P<by>[\w ,&]+?)|"
    r"(?P<contrib>[\w ,&]+?)\s+contributed\s+to\s+this\s+report)\s*\.?\s*$",
    re.I,
)
BACK_RE = re.compile(r"\b[Tt]he\s+(?P<name>newspaper|paper|agency|outlet|broadcaster|network|daily)\s+(?:" + CUE_AFTER + ")")
BROADCAST = re.compile(r"[A-Z][\w.]*(?:-|\s)(?:TV|FM)$")  # "WTAP-TV", "Rustavi 2 TV": a station
CALL_SIGN = re.compile(r"[KW][A-Z]{3}$")  # a US station told something ("told WTAP"); elsewhere too often not one
# how only media are credited: "NDTV reported that" (anyone "says", and a columnist "wrote")
MEDIA_CUE = re.compile(r"\s+(?:also\s+|first\s+|later\s+|earlier\s+|has\s+|had\s+)*(?:reported|reports|understands|"
                       r"broke the news)\b")
FIRST_REVEALED = re.compile(r"\s+first\s+revealed\b")  # "the Sunday Ledger first revealed the claims": an outlet's
# scoop, where the name has an outlet word ("Apple first revealed the plan" is no credit)
NOT_OUTLETS = frozenset("""he she they it we i you police officials authorities witnesses sources investigators
    prosecutors parliament congress senate court reporters journalists lawmakers residents company government
    as media""".split())
BRAND = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z]+|\d+)+(?:\.[a-z]{2,4})?")  # "BleepingComputer", "Flightradar24",
# "ClinicalTrials.gov"; not "McDonald"
AS_OPENING = re.compile(r"^As\s+")  # "As the ABC reported", "As RTÉ reported": the credit's opening, no name
SHORT_FORMS = re.compile(r"^(?:the\s+)?(?P<word>Times|Post|Journal|Globe|Telegraph|Herald|Tribune|News)$", re.I)


def find_citations(
    article: Article, sentences: tuple[Sentence, ...], doc: SpacyDoc, mentions: tuple[Mention, ...]
) -> tuple[CitationMention, ...]:
    """Every credited upstream source, with the words that credit it."""
    text = article.text
    orgs = {text[m.span.start : m.span.end] for m in mentions if m.label == "ORG"}
    orgs |= {_owner(e.text) for e in doc.ents if e.label_ == "ORG"}  # "Halcyon Research's exit poll"
    people = {e.text for e in doc.ents if e.label_ in ("PERSON", "NORP")} | {
        text[m.span.start : m.span.end] for m in mentions if m.label == "PERSON"}  # and "told Iranian state TV"
    full_names = _full_names(text)
    found: list[tuple[int, int, str, int]] = []
    for sent in sentences:
        s = sent.span
        if sent.boilerplate == "wire" or sent.boilerplate == "credit":
            wire = _wire_line(s.text)
            if wire:
                found.append((s.start, s.end, wire, sent.index))
                continue
        for m in DATELINE_RE.finditer(s.text):
            name = _canonical(m.group("name"), orgs, full_names, dateline=True)
            if name:
                found.append((s.start + m.start(), s.start + m.end(), name, sent.index))
        for rx in (BEFORE_RE, AFTER_RE, TO_RE):
            for m in rx.finditer(s.text):
                told = rx is BEFORE_RE and m.group(0).startswith("told")
                cut = _cut(m.group("name"), rx is not AFTER_RE)
                employer = cut.rsplit(" of ", 1)[-1]  # "according to Michael Silverman of the Boston Herald"
                if employer != cut and _canonical(employer, orgs, full_names):
                    cut = employer
                name = _canonical(cut, orgs, full_names, known_only=rx is TO_RE, told=told)
                media = told or rx is BEFORE_RE and MEDIA_BEFORE.match(m.group(0)) or rx is AFTER_RE and (
                    MEDIA_CUE.match(s.text, m.end("name")) or m.group("outlet") or " " in cut.strip() and (
                        FIRST_REVEALED.match(s.text, m.end("name"))))
                if name is None and media:
                    name = _unlisted_outlet(cut, orgs, people, first=not s.text[: m.start("name")].strip(), told=told)
                if name is None and rx is AFTER_RE and (STATEMENT.match(s.text, m.end("name")) or _body_word(cut)):
                    name = _credited_body(cut, orgs, people)  # "the Coast Guard said in a statement", "CAAP said"
                if name is None and cut[:1].isupper() and OUTLET_APPOSITION.match(s.text, m.end("name")):
                    name = cut  # "according to Dravpress, the state news agency"
                bare = LEAD_DESCRIPTORS.sub("", cut)
                if name is None and media and bare[:1].isupper() and OUTLET_AFTER.match(m.group("name").strip()[len(cut):]):
                    name = bare  # "first reported by the Halvik Dagblad newspaper"
                if name is None and rx is BEFORE_RE and BODY_CUE.match(m.group(0)):
                    name = _credited_body(cut, orgs, people, data=bool(DATA_RE.match(m.group(0))))
                if name:
                    found.append((s.start + m.start(), s.start + m.end(), name, sent.index))
        for m in POLL_RE.finditer(s.text):
            said = m.group("name").strip()  # several words not a party's, or a brand or an acronym ("YouGov", "ORB")
            several = " " in said
            pollster = said.split()[-1].lower() not in PARTY_WORDS if several else bool(BRAND.fullmatch(said)) or said.isupper()
            name = _canonical(said, orgs, full_names) or (_credited_body(said, orgs, people) if pollster else None)
            if name:
                found.append((s.start + m.start(), s.start + m.end(), name, sent.index))
        for m in SPOKESPERSON_RE.finditer(s.text):  # "A DBT spokesperson said": the body's word
            name = _canonical(m.group("name"), orgs, full_names) or _credited_body(m.group("name"), orgs, people)
            if name:
                found.append((s.start + m.start(), s.start + m.end(), name, sent.index))
        for m in DATA_SHOW_RE.finditer(s.text):
            name = _canonical(m.group("name"), orgs, full_names) or _credited_body(m.group("name"), orgs, people, True)
            if name:
                found.append((s.start + m.start(), s.start + m.end(), name, sent.index))
        for rx in LOWER_BODY_RES:
            for m in rx.finditer(s.text):
                name = m.group("name")
                found.append((s.start + m.start(), s.start + m.end(), name[:1].upper() + name[1:], sent.index))
        for m in BACK_RE.finditer(s.text):
            earlier = [f for f in found if f[0] < s.start + m.start() and f[2] != "news agencies"]
            if earlier:
                found.append((s.start + m.start(), s.start + m.end(), earlier[-1][2], sent.index))
    out: dict[tuple[int, int], CitationMention] = {}
    for start, end, name, index in sorted(found):
        start, end = _strip_span(text, start, end)
        out.setdefault((start, end), CitationMention(name, Span(article.id, start, end, text[start:end]), index))
    return tuple(out.values())


def _cut(name: str, before: bool) -> str:
    """The name alone: a credit like "according to the Times, citing" keeps only "the Times"."""
    name = name.strip()
    if before:
        words = name.split()
        # "told The New York Times journalist Farnaz Fassihi": stop at a lower-case word after the name
        seen_capital = False
        for i, w in enumerate(words):
            if seen_capital and w[:1].islower() and w.lower() not in ("of", "for", "and", "the", "de", "al"):
                words = words[:i]
                break
            seen_capital = seen_capital or w[:1].isupper()
        while len(words) > 1 and words[-1].lower() in ("of", "for", "and", "the", "de", "al"):  # "told WTAP-TV the windows"
            words.pop()
        return " ".join(words)
    return name


def _full_names(text: str) -> list[str]:
    """Full outlet names from the table written anywhere in the article, for resolving "the Times"."""
    low = text.lower()
    return sorted({
        c for a, c in OUTLETS.items() if len(a) > 4 and a in low and re.search(rf"\b{re.escape(a)}\b", low)
    })  # (the plain `in` first: a regex search per name took a third of the time spent finding credits)


def _canonical(
    raw: str, orgs: set[str], full_names: list[str], dateline: bool = False, known_only: bool = False,
    told: bool = False,
) -> str | None:
    """The canonical source name for what a credit names, or None when it does not read as an outlet (`told`:
    someone told it something)."""
    name = AS_OPENING.sub("", raw.strip().rstrip(".,;:’'"))
    for cut in (" journalist", " reporter", " correspondent", " columnist", " editor"):
        name = name.split(cut)[0]
    if name.lower().endswith(("’s", "'s")):
        name = name[:-2]
    bare = TRAIL_DESCRIPTORS.sub("", LEAD_DESCRIPTORS.sub("", name)).strip() or name
    loose = TRAIL_ANY_CASE.sub("", bare)
    for key in (name.lower().removeprefix("the "), bare.lower(), loose.lower(), name.lower()):  # "The Age"
        if key in OUTLETS:
            return OUTLETS[key]
    words = bare.split()
    for k in range(len(words) - 1, 0, -1):  # a table outlet's regional or radio arm: "BBC Scotland", "ABC Radio
        # Melbourne", "Fox News Digital"; an acronym or a name of several words (not "Independent Electoral ...")
        head = " ".join(words[:k])
        if head.lower() in OUTLETS and (head.isupper() or k > 1):
            return OUTLETS[head.lower()]
    if known_only:
        return None
    if BROADCAST.match(bare):
        return bare[:-3] if CALL_SIGN.match(bare[:-3]) else bare  # "WTAP-TV" is "WTAP"
    if told and CALL_SIGN.match(bare):
        return bare
    short = SHORT_FORMS.match(name)
    if short:
        word = short.group("word").lower()
        for full in full_names:
            if full.lower().split()[-1] == word:
                return full
        return f"The {short.group('word').capitalize()}"
    words = name.split()
    if not words:
        return None
    last = words[-1].lower()
    if last in MEDIA_HEADS and len(words) > 1 and not dateline:
        media = re.sub(r"^the\s+", "", name, flags=re.I)
        return media[0].upper() + media[1:]
    if dateline:
        return bare if bare.isupper() and 2 <= len(bare) <= 6 else None
    government_agency = last == "agency" and words[-2:-1] not in (["News"], ["Press"])  # "National Crime Agency"
    if last in OUTLET_WORDS and not government_agency and (name in orgs or any(name in o or o in name for o in orgs)) \
            and len(words) > 1:
        return bare if bare and bare[0].isupper() else name
    if bare[:1].isupper() and (DESCRIPTOR.search(raw) or bare.split()[0].lower() in OUTLET_FIRST_WORDS):
        return bare  # "the regional broadcaster Canal Sur", "Diario Córdoba reported"
    if bare.isupper() and 2 <= len(bare) <= 6 and raw.strip() != bare and re.search(r"agency|media|news", raw, re.I):
        return bare
    return None


def _unlisted_outlet(name: str, orgs: set[str], people: set[str], first: bool, told: bool) -> str | None:
    """A name the table does not know, credited the way only media are ("NDTV reported that ...", "as RTÉ
    reported", "told Newstalk", "the Local Democracy Reporting Service understands"): a named body with an outlet
    word is an outlet; one word is an outlet, unless it is a person or a place, a common word capitalised at the
    head of its sentence ("Police reported"), or a body people report to ("told Parliament", "told WHO": an
    acronym someone is told something is most often a body)."""
    programme = re.search(r"[’']s\s+[A-Z]", name)  # "told RTÉ’s Morning Ireland": a station's programme
    name = AS_OPENING.sub("", _owner(name))
    bare = LEAD_DESCRIPTORS.sub("", name).strip()
    if len(bare.split()) > 1:  # a named body with an outlet word anywhere: "the Local Democracy Reporting Service",
        # or last, whatever the model took it for: "told the NZ Herald"
        words = {w.lower() for w in bare.split()} & OUTLET_WORDS - {"agency"}  # a government agency is told things
        last = next(w for w in reversed(bare.split()) if not w.isdigit()).lower()  # "KRDV News 9"
        known = bare in orgs or name in orgs or last in words
        return bare if known and words else None
    camel = bare[:1].islower() and bare[1:2].isupper()  # "eNCA": a name, whatever word it opens
    station = bare.isupper() and bare.endswith(("TV", "FM"))  # "told ETV": a broadcaster, not a body
    if len(bare.split()) != 1 or not (bare[:1].isupper() or camel) or bare.lower() in NOT_OUTLETS or (
            bare in people or geo.known(bare) or told and bare.isupper() and not programme and not station):
        return None
    return bare if bare in orgs or not first or camel else None  # "The SABC reported", "eNCA reported"


def _body_word(name: str) -> bool:
    """A public body by its name's first or last word ("the Philippine Coast Guard", "the Department for
    Business and Trade"), or an acronym ("CAAP")."""
    bare = LEAD_DESCRIPTORS.sub("", name).strip().rstrip(".,;:")
    words = bare.lower().split()
    return bool({words[0], words[-1]} & BODY_WORDS) if len(words) > 1 else bare.isupper() and 2 <= len(bare) <= 7


def _credited_body(name: str, orgs: set[str], people: set[str], data: bool = False) -> str | None:
    """A named organisation an article takes its facts from ("according to the Kenya Red Cross", "according to
    ANI", "data from Flightradar24"): a name the model took for an organisation, an acronym or a brand, and no
    person or known place; whose `data` the article gives, any name of several words ("according to data from
    the Michigan Secretary of State", where the model took "Michigan" for a place)."""
    name = _owner(name)
    bare = LEAD_DESCRIPTORS.sub("", name).strip()
    person = (bare in people or name in people) and not bare.isupper()  # an acronym is no person ("LSEG")
    if not bare[:1].isupper() or person or geo.known(bare) or bare.lower() in NOT_OUTLETS:
        return None
    if " " not in bare:  # one capitalised word is too often a surname or a town the model took for a body, unless
        # it is an acronym or a brand with figures or capitals inside ("Flightradar24", "BleepingComputer")
        acronym = bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 6
        return bare if acronym or BRAND.fullmatch(bare) else None
    return bare if data or bare in orgs or name in orgs or _body_word(bare) else None


def _owner(name: str) -> str:
    """A credited name without what follows its possessive: "RTÉ’s Morning Ireland" → "RTÉ"."""
    return re.split(r"[’']s\b", name.strip().rstrip(".,;:’'"))[0]


def _wire_line(line: str) -> str | None:
    """The credit of a wire line: "With Post wires", "Source: agencies", "Reuters contributed to this report"."""
    m = WIRE_LINE_RE.match(line)
    if not m:
        return None
    if m.group("wires"):
        return "news agencies"
    said = (m.group("source") or m.group("by") or m.group("contrib") or "").strip()
    key = said.lower().removeprefix("the ")
    return OUTLETS.get(key, said if said[:1].isupper() else None)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:—–-\t":
        start += 1
    while end > start and text[end - 1] in " ,;:.—–-\t":
        end -= 1
    return start, end
