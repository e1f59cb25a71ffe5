"""A small place-containment table: which country or region a capital or major city lies in.

Two place names agree when one lies within the other ("in Iran" and "in Tehran"); they disagree only
when both are known here and neither contains the other ("in Gaza" and "in Tehran"). Places this table
does not know are never judged: a missing town must not turn into a false contradiction.

The table also mends spaCy's small model, which tags some places as people or organisations, or not at
all ("in Kyiv"): `mark_places` makes a known place written after a place preposition a GPE entity.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
MAX_PLACE_TOKENS = 3  # "Rio de Janeiro"
MISTAKEN_LABELS = frozenset({"PERSON", "ORG"})  # what the small model calls some places

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
        " california, texas, florida, new york state, illinois, ohio, washington state, pennsylvania,"
        " hawaii, alaska, nevada, arizona, michigan, massachusetts, louisiana, colorado"
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

_SUFFIX = re.compile(r"\s+(province|region|district|governorate|county|prefecture|strip|state|oblast)$")


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


def compatible(a: str, b: str) -> bool:
    """True unless both places are known and neither lies within the other."""
    if not (known(a) and known(b)):
        return True
    ca, cb = canonical(a), canonical(b)
    return ca in ancestors(b) or cb in ancestors(a)


def mark_places(doc: SpacyDoc) -> SpacyDoc:
    """The doc, with each known place right after a place preposition as a GPE entity, where spaCy tagged
    exactly that name a person or organisation, or tagged nothing there. A longer entity around it ("at
    Washington Post") stays; so does "Jordan" the player, who is not written after "in"."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for tok in doc:
        if tok.lower_ not in PLACE_PREPS:
            continue
        for n in range(MAX_PLACE_TOKENS, 0, -1):
            span = doc[tok.i + 1 : tok.i + 1 + n]
            if len(span) < n or not span.text[:1].isupper() or not known(span.text):
                continue
            overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
            if all((e.start, e.end) == (span.start, span.end) and e.label_ in MISTAKEN_LABELS for e in overlapping):
                ents = [e for e in ents if e not in overlapping] + [Span(doc, span.start, span.end, label="GPE")]
                changed = True
            break
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc
