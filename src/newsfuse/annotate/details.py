"""Details of one article's sentences that another outlet can get wrong: counts, days and times, places,
fates, plans, votes, confirmations, negation and who holds a role.

Each sentence that may hold one (`worth_parsing`) is read off the article's spaCy parse: a place hung on
an event ("the assassination of Haniyeh ... in Gaza"), a count with what it counts and the verb that counts
it, a day or hour, a person's fate, a plan's status, a vote, a confirmation, a negated main verb, who holds
a role. Where spaCy split the text into sentences differently from newsfuse (a parse that crosses the
sentence's edges cannot be read on its own), that one sentence is parsed again by itself.

Per-article work, cached with the other annotations. Names stay as written: the story resolves them
(`analyze.details`) and decides which details describe the same thing (`analyze.contradictions`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Article, Detail, Mention, Sentence, Span
from ..text.sentences import TITLES
from . import geo, nlp
from .entities import ORG_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

MAX_SENTENCE_CHARS = 600  # longer "sentences" are run-ons or tables: their parse is too loose to read details

def _lexicon(table: dict[str, str]) -> dict[str, str]:
    return {w: cls for cls, words in table.items() for w in words.split()}


# event triggers: a lemma → the event class it names (verbs and their nouns); general news vocabulary
EVENTS = _lexicon({
    "kill": "kill killing assassinate assassination murder death die slay execution execute martyrdom",
    "attack": "attack strike airstrike bombing bomb raid shelling shooting assault",
    "arrest": "arrest detain detention capture",
    "explosion": "explode explosion blast",
    "earthquake": "earthquake quake tremor",
    "fire": "blaze wildfire bushfire inferno fire",  # "fire" the noun of a blaze only (_event_word: not "opened fire")
    "crash": "crash collide collision derail derailment accident wreck",
    "meeting": "meet meeting summit session",
    "briefing": "briefing conference",  # a press conference, where it was held
    "launch": "launch",  # and "lifted off" (_event_word)
    "recall": "recall",  # a product's (the verb only with a thing recalled: "recalled how" is memory, _event_word)
    "election": "elect election",
    "resign": "resign resignation",
    "evacuate": "evacuate evacuation flee displace",
    "injure": "injure wound injury hurt stab knife",
    "rescue": "rescue",
    "airlift": "airlift winch",  # lifted out by helicopter: a count of its own beside those rescued by boat
    "appoint": "appoint appointment nominate nomination",
    "dismiss": "dismissal sacking ouster",  # and a person "fired", "sacked", "axed", "lost his job" (_event_word)
    "acquire": "acquire acquisition takeover merger",
    "release": "release free handover",  # and "handed over" (_event_word)
    "ruling": "ruling judgment judgement annul overturn quash uphold",  # a court's; and "ruled" (_event_word)
    "closure": "closure shutdown",  # of a plant or of production (_event_word: "the factory will shut on ...")
    "ballot_close": "ballot_close",  # a vote's last day (_event_word: "the ballot closes on 27 March")
    "mourning": "mourning",  # a day of it, held or declared (_event_word); not mourners at a vigil
    "lift": "lift_order",  # an order lifted (_event_word: not "lifted the box"), which a story has one of
    "funeral": "funeral burial bury",
    "inauguration": "inauguration inaugurate",
    "visit": "visit",
    "win": "win victory",
    "convict": "convict conviction",  # and "found guilty" (_event_word)
    "sentence": "sentence sentencing",
    "hearing": "hearing arraign arraignment",  # and "appear in court", "the case will be heard" (_event_word)
    "vote": "vote ballot plenary referendum",
    "approve": "approve approval",  # a deal, a plan or a drug approved by a council, a board or a regulator
    "walkout": "walkout stoppage",  # and a strike by workers (_event_word)
    "discover": "discover detect spot",  # when a breach or a body was found
    "escape": "escape breakout jailbreak",  # from a prison; and "broke out of" (_event_word)
    "land": "land landing divert diversion",  # an aircraft's (the verb only, _event_word: "the land" is ground)
    "disaster": "landslide mudslide mudflow avalanche flood flooding deluge storm hurricane typhoon cyclone tornado "
                "collapse disaster catastrophe tragedy rockfall capsize capsizing overturn shipwreck landfall "
                "eruption crush stampede blackout outage grounding",  # one class:
    # outlets name one disaster many ways ("the ferry capsized" / "overturned"; "the collapse" / "the rockfall")
})
# first words of a place's name, whatever the model took it for ("capsized off Punta Selva")
LANDMARK_WORDS = {"cape", "punta", "point", "mount", "lake", "bay", "gulf", "isle", "fort", "glen", "loch", "cabo"}
VOLCANIC = {"volcano", "mountain", "mount", "crater", "peak", "cone"}  # what erupts as a disaster
ROCKS = {"rock", "reef", "ledge", "sandbank", "shoal", "iceberg"}  # what a ship that "struck" them ran aground on
POWER = {"power", "electricity", "light", "lights"}  # what "went out" in a blackout
# what a structure does as it collapses
COLLAPSE_VERBS = {"burst", "fall", "drop", "plunge", "crumble", "topple", "cave", "breach", "fail"}
STRUCTURES = {"bridge", "span", "deck", "roof", "ceiling", "building", "tower", "block", "wall", "stand", "crane",
              "dam", "embankment", "bank", "levee", "dyke", "dike", "bund", "barrage", "reservoir"}
DISMISS_VERBS = {"dismiss", "fire", "sack", "axe", "ax", "oust"}  # what a person is, put out of a job
REPLACE_VERBS = {"replace", "succeed", "depose", "topple", "overthrow", "remove"}  # the one put out, by another
ANIMALS = {"animal", "bird", "hen", "chicken", "broiler", "duck", "turkey", "goose", "cow", "cattle", "pig", "sheep",
           "goat", "horse", "deer", "fish", "calf", "lamb", "livestock"}  # culled or killed, or dead of a disease
SEVERELY = {"critically", "seriously", "severely", "badly", "gravely", "fatally", "grievously"}
HARMS = {"kill", "injure", "miss"}  # what befalls the people a toll counts
DONE_TO = {"treat", "hospitalise", "rescue", "evacuate", "arrest"}  # what is done to the people a count is object of
CREW_UNITS = {"crew", "crew member", "crewman", "crewmember"}  # a vessel's or aircraft's crew, however counted
CREW_VERBS = {"carry", "list", "account", "have", "include", "be", "board", "number"}
WORKFORCE_VERBS = {"employ", "work", "have"}  # "employs 640 people", "640 people work for it", "has 640 staff"
STATES = {"dead": "kill", "killed": "kill", "injured": "injure", "wounded": "injure", "missing": "miss",
          "unaccounted": "miss"}
LABOUR_WORDS = {  # a strike by workers, not a military one: "a 24-hour national strike", "nurses will strike"
    "hour", "day", "week", "national", "nationwide", "general", "indefinite", "rolling", "union", "industrial",
    "worker", "nurse", "teacher", "doctor", "staff", "employee", "driver", "pilot", "miner", "member", "action",
}
HELD_PEOPLE = {"detainee", "escapee", "lag", "fugitive"}  # and the condemned: who breaks out of a prison
CONDEMNED = {"prisoner", "inmate", "man", "woman", "convict", "activist", "dissident", "spy", "protester"}
AIRCRAFT = {"flight", "plane", "jet", "aircraft", "airliner", "airplane", "helicopter", "boeing", "airbus"}
GUNFIRE = {"open", "return", "exchange", "cease", "hold", "come", "draw"}  # "opened fire", "came under fire"
BURIED_THINGS = {"home", "house", "village", "building", "road", "car", "vehicle", "farm", "field", "school", "town"}
ONCE_EVENTS = {"kill", "convict", "sentence", "resign", "inauguration", "funeral", "election", "discover"}  # once
EVENT_NOUNS = {
    "kill": "killing", "attack": "attack", "arrest": "arrest", "explosion": "explosion", "earthquake": "earthquake",
    "fire": "fire", "crash": "crash", "meeting": "meeting", "launch": "launch", "election": "election",
    "resign": "resignation", "evacuate": "evacuation", "injure": "injury", "rescue": "rescue",
    "appoint": "appointment", "acquire": "acquisition", "release": "release", "funeral": "funeral",
    "inauguration": "inauguration", "visit": "visit", "win": "win", "convict": "conviction", "sentence": "sentencing",
    "land": "landing", "disaster": "disaster", "lift": "lifting of the order", "recall": "recall", "vote": "vote",
    "approve": "approval", "discover": "discovery", "walkout": "strike", "closure": "closure", "mourning": "day of mourning",
    "ruling": "ruling", "hearing": "hearing", "ballot_close": "close of the ballot",
}
# nouns a place is "of" on its way to the preposition that places the event ("in the US state of Ohio")
PLACE_NOUNS = geo.SETTLEMENTS | {"state", "province", "region", "county", "district", "side", "outskirts", "part",
                                 "edge", "centre", "center", "heart", "area"}
# things a story gives one place for besides its events: an organisation's home, a plant, a relief centre
SITES = _lexicon({
    "headquarters": "headquarters hq",
    "plant": "plant factory facility works mill refinery",
    "centre": "centre center shelter",
})
SITE_WORKS = {*SITES, "bakery", "mine", "site", "depot", "warehouse", "store", "shop", "office", "smelter", "yard",
              "shipyard"}  # a site whose staff are not the firm's
HOSPITALS = {"hospital", "infirmary"}
STUDIES = {"trial", "study"}  # what enrols patients or participants
ROUTE_VERBS = {"run", "stretch", "extend", "link", "connect", "serve"}  # what a line or road does to a place
CARE_WORDS = {"treat", "treatment", "hospitalize", "hospitalise"}  # "treated at X Hospital", "treatment in"
CARRY_VERBS = {"take", "rush", "fly", "airlift", "transfer", "transport", "ferry", "bring", "admit", "helicopter"}
COMPANY_NOUNS = {"company", "firm", "group", "business", "operator", "carrier", "bank", "maker", "insurer",
                 "retailer", "lender"}  # "the Sudbury company": where it is based
HOME_VERBS = {"base", "headquarter"}  # "Sudbury-based X", "X, headquartered in Sudbury"
SITE_WORDS = {*SITES, *COMPANY_NOUNS, *HOME_VERBS}  # what _sites reads
LATER_ONES = {"second", "third", "fourth", "fifth", "sixth", "seventh", "final", "last", "2nd", "3rd", "4th", "5th"}
ENDING = {"end", "finish", "conclude", "expire", "complete", "until", "till"}  # the end of what lasts, not its start
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
              "north-west", "south-east", "south-west"}  # a place told as lying off a town: "west of Carverton"
SITE_PREPS = {"in", "at", "near", "outside"}
NAMED_FOR_TOWNS = {"court", "airport", "hospital", "station", "prison"}  # buildings named for their town
FACILITY = "@"  # the key of a town a building is named for ends with "@court": one town's court is not the next's
FACILITY_WORDS = NAMED_FOR_TOWNS | {"crown", "magistrates", "magistrates’", "magistrates'", "district", "county",
                                   "supreme", "high", "international", "regional", "general", "central", "city"}
GENERIC_NAME_WORDS = {"royal", "national", "federal", "state", "st", "saint", "new", "old", "main", "union", "grand"}
OWNER_DEPS = {"poss", "compound", "nmod"}
# verbs a place or date may pass through on its way up to the event it belongs to ("took place in Gaza")
# verbs whose object event happened when they did ("survived a censure motion on Thursday"); not "ordered an
# execution on Tuesday", "called for a vote next week"
CARRIED_OUT = {"survive", "launch", "hold", "stage", "conduct", "carry", "win", "lose", "suffer", "mount", "join", "make"}
CHARGES = {"count", "charge"}  # what a verdict is counted in
SETTING = {"set", "schedule", "fix", "slate"}  # verbs that put an event on a day: "set sentencing for Sept. 16"
ORDERED_AT_ONCE = {"recall", "evacuate"}  # events that start when ordered: "ordered the recall on Tuesday"
TRANSPARENT_VERBS = {"take", "occur", "happen", "carry", "be", "come", "unfold", "go", "start", "begin", "set",
                     "break", "erupt",  # "the fire broke out late Friday"
                     "report",  # "the fire was first reported on Saturday": the fire's day
                     "tear", "rip", "sweep", "engulf", "gut", "destroy", "level", "hit",  # "a blast tore through"
                     "bury", "flatten", "wash", "inundate", "submerge",  # "a mudslide buried 40 homes on Sunday"
                     "schedule"}  # "the election, which had been scheduled for October 12"
MAX_HOPS = 6  # a place or date further from its event in the parse belongs to another clause
ONE_DAY_DISASTERS = {"disaster", "explosion", "fire", "crash"}  # whose toll verbs' days are theirs
MEANS_PREPS = {"in", "by"}  # "killed in an airstrike", "killed by a bomb": the attack is how the killing was done

# how outlets write a count's thing: groups of nouns that count the same kind of thing
UNIT_GROUPS = _lexicon({
    "people": "people person persons resident civilian individual inhabitant citizen villager passenger"
    " death fatality dead victim casualty life reveller visitor guest attendee festivalgoer spectator onlooker"
    " bystander pedestrian fan supporter survivor other",  # "Six died and 17 others were rescued"
    "worker": "worker employee staff staffer job role miner mineworker",
    "soldier": "soldier troop",
    "inmate": "inmate prisoner convict lag detainee escapee",
    "patient": "patient participant",
    "home": "home house building",
    "earthquake": "earthquake quake tremor",
    "tonne": "tonne ton",  # "2,300 metric tons" / "2,300 tonnes"
    "percent": "% percent per cent",
})
# game statistics: a story's articles give many counts of these for different players, halves and runs, so
# two of them cannot be compared without the game's structure
GAME_STATS = {"point", "rebound", "assist", "steal", "block", "shot", "yard", "pass", "touchdown", "goal", "run",
              "hit", "punch", "game", "inning", "lap", "stroke", "save", "tackle", "foul", "turnover", "basket",
              "throw", "play", "win", "loss"}
HOMES = {"home", "house"}  # leaving these is an evacuation
POWER_UNITS = {"customer", "household", "property", "premise", "home"}  # one count of a blackout, however told
DEATH_NOUNS = {"death", "fatality", "dead", "life"}  # a count of these is a count of people killed
# counts that are an event's toll, and how a summary or fact states them
PARTICIPLES = {"kill": "killed", "injure": "injured", "hospitalise": "taken to hospital", "evacuate": "evacuated",
               "arrest": "arrested", "rescue": "rescued", "enrol": "enrolled"}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
    "million": 1_000_000, "billion": 1_000_000_000,
}
SCALES = {"hundred", "thousand", "million", "billion"}
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
THOUSANDS_GROUP = re.compile(r"\d{3}")
VAGUE_COUNTS = {  # plural number nouns → the range they stand for
    "dozens": (24.0, 99.0), "hundreds": (100.0, 999.0), "thousands": (1000.0, 9999.0),
    "millions": (1e6, 9.99e8), "scores": (40.0, 200.0),
}
ABOUT = re.compile(r"\b(about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated)\s*$")
AT_LEAST = re.compile(r"\b(more than|over|at least|upwards of|in excess of|exceeding|as many as|\+)\s*$")
AT_MOST = re.compile(r"\b(up to|fewer than|less than|under|no more than|at most)\s*$")
# a running total is another count than one day's ("so far", "since the protests began", "this winter"); "a total of 41
# passengers", "in all, 14 batches" only stress the figure
TOTAL = re.compile(r"\b(?:so far|to date|cumulative|in total|since (?:the )?(?:start|beginning|outbreak)\b|"
                   r"this (?:winter|summer|season|year)\b|"
                   r"since (?:\w+ ){1,3}(?:began|started|erupted|broke out)|(?:across|over) (?:the|all) \w+ days|"
                   r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! \w+ (?:of|in)\b))\b", re.I)
WHOLE_OF = {"some", "most", "many", "several", "all", "none", "few", "half", "each", "both", "one"}  # "most of the 40"
MONEY = re.compile(  # a sum with its currency: "€840m", "$2.5 billion", "480 million euros", "half a billion euros"
    r"(?P<symbol>[$€£¥])\s*(?P<number>\d[\d,]*(?:\.\d+)?)(?![.,]?\d)(?:-|\s*)(?P<scale>bn|billion|b|mn|m|million|k|thousand|"
    r"trillion)?\b"
    r"|(?:(?P<half>half an? (?:million|billion))|(?P<number2>\d[\d,]*(?:\.\d+)?)(?:-|\s*)(?P<scale2>bn|billion|mn|m|"
    r"million|thousand|trillion)?)\s+(?P<word>euros?|dollars?|pounds?|shillings?|yen|yuan|rupees?|francs?|pesos?|"
    r"reais|rubles?|roubles?)\b"
    r"|(?<![\d,.])(?P<pence>\d+(?:\.\d+)?)(?:p(?!\.?\w)|\s*pence\b)", re.I)  # "412p a share", "412 pence": a pound's hundredths
CURRENCIES = {"$": "dollar", "dollar": "dollar", "€": "euro", "euro": "euro", "£": "pound", "pound": "pound",
              "¥": "yen", "yen": "yen", "yuan": "yuan", "rupee": "rupee", "shilling": "shilling", "franc": "franc",
              "peso": "peso", "reai": "real", "real": "real", "ruble": "rouble", "rouble": "rouble"}
SCALES_SHORT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
                "trillion": 1e12}
COST_VERBS = {"cost", "price", "value", "budget", "estimate"}  # and "at a cost of"
DEPTHS = {"mm", "millimetre", "millimeter", "cm", "centimetre", "centimeter", "inch"}  # of rain or snow
RAIN_PERIOD = re.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\w+\s+)?(?:hours|days)\b|"
                         r"\bbetween\s+\w+(?:\s+(?:night|morning|afternoon|evening))?\s+and\b|\bsince\s+[A-Z]\w+", re.I)
SPILLED = {"tonne", "barrel", "litre", "liter", "gallon"}  # what an oil spill is counted in
SPILL_VERBS = {"spill", "leak", "discharge", "escape", "pour", "gush", "spew", "seep", "release", "lose"}
UNITS_SOLD = {"share", "unit", "ticket", "barrel", "tonne"}
WORTH_NOUNS = {"value", "cap", "capitalisation", "capitalization"}  # not "a valuation of": what it was valued at
PER_UNIT = re.compile(r"\s*(?:a|per|for\s+each|for\s+every)\s+(?:[A-Z][\w’']*\s+){0,3}(?:share|unit|head|tonne|barrel|"
                      r"ticket)\b|\s*(?:each|apiece)\b")  # "$24 a share", "$19.50 for each Laurentian Shield share"
SUM_NOUNS = _lexicon({  # what a sum written before a noun is ("a £46m contract", "a $2 million fine"), one word each
    "deal": "deal contract agreement pact", "fine": "fine penalty", "grant": "grant subsidy", "loan": "loan bailout",
    "settlement": "settlement", "ransom": "ransom", "budget": "budget", "package": "package", "demand": "demand",
    "reward": "reward bounty", "compensation": "compensation damages payout",
})
PAID_WITH = {"cough": "up", "shell": "out", "fork": "out"}  # "coughed up £2.5m" is "paid £2.5m"
# a figure with a unit of measure: a share, a speed, an area. The unit says what is measured, so two outlets'
# figures pair however differently their sentences are built ("exploded to 14,000 hectares" / "covered about
# 4,300 hectares"); each is converted to one unit (km/h, hectares) to compare.
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0), "per cent": ("percent", 1.0), "percent": ("percent", 1.0), "pc": ("percent", 1.0),
    "km/h": ("speed", 1.0), "kmph": ("speed", 1.0), "km per hour": ("speed", 1.0), "kph": ("speed", 1.0),
    "kilometres per hour": ("speed", 1.0), "kilometers per hour": ("speed", 1.0), "kilometres an hour": ("speed", 1.0),
    "kilometers an hour": ("speed", 1.0), "mph": ("speed", 1.609), "miles per hour": ("speed", 1.609),
    "miles an hour": ("speed", 1.609), "knots": ("speed", 1.852),
    "hectares": ("area", 1.0), "hectare": ("area", 1.0), "ha": ("area", 1.0), "acres": ("area", 0.4047),
    "acre": ("area", 0.4047), "square kilometres": ("area", 100.0), "square kilometers": ("area", 100.0),
    "sq km": ("area", 100.0), "km2": ("area", 100.0), "square miles": ("area", 259.0),
}
MEASURE = re.compile(
    r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?= and a half))"
    r"(?P<half> and a half)?\s*(?P<unit>" + "|".join(sorted(map(re.escape, MEASURE_UNITS), key=len, reverse=True))
    + r")(?!\w)(?![\s-]+(?:feet|foot|ft|metres?|meters?)\b)", re.I)  # "18,500 acre-feet" is a volume, no area
DIGIT = re.compile(r"\d")
RATIO = re.compile(r"\b(?P<number>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out of)\s+(?P<whole>ten|10)\b"
                   r"\s+(?P<noun>\w+)", re.I)  # "nine in ten members": a share
SHARES_LISTED = 3  # a sentence with this many percentages lists them for several things
CONTRASTED = re.compile(r"\b(?:compared (?:with|to)|versus|as against)\b", re.I)
POLL = re.compile(r"\b(poll|polls|polled|survey|surveys|surveyed)\b", re.I)  # polls differ: each is its own
CAUSE_VERBS = {"spark", "cause", "start", "trigger", "ignite"}  # "was sparked by lightning"
YEARLY = re.compile(r"\s*(?:,\s*)?(?:a\s+year|per\s+year|per\s+annum|annually|each\s+year|in\s+each\s+of\s+"
                    r"(?:the\s+)?(?:next|coming|following|last|past)?\s*\w+\s+years)\b", re.I)  # a rate for each year
MEASURE_SIDE_WORDS = {"limit", "restriction", "cap", "threshold", "target", "caution", "maximum", "minimum"}
CHANGES = _lexicon({  # what a count or a percentage measures, in one word however it is named
    "increase": "increase rise raise hike offer award deal settlement increment boost",
    "recall": "recall withdraw pull",  # "24 batches recalled" / "14 batches withdrawn" / "pulled five batches"
    "spill": "spill leak discharge",  # oil: "2,300 tonnes leaked" / "had now spilled"
    "cut": "cut reduction decrease fall drop decline",
    "people": "member voter those respondent participant delegate people worker employee staff nurse teacher",
})
MOVE_VERBS = {"fall", "drop", "plunge", "slump", "tumble", "slide", "sink", "lose", "shed", "rise", "climb", "gain",
              "jump", "surge", "soar", "rally", "close", "end", "finish", "edge", "dip"}  # a market's day
# what makes a measure another ("core inflation" is not inflation, "monthly inflation" not the yearly rate)
OTHER_MEASURE = {"core", "underlying", "monthly", "quarterly", "weekly", "youth", "food", "services"}
MEASURE_ROUNDING = 0.01  # a converted figure ("10,000 acres", 4,047 ha) is read to 1%
TERM_MONTHS = {"year": 12.0, "month": 1.0, "week": 12 / 52, "day": 12 / 365}  # a prison term, in months
JAIL_VERBS = {"sentence", "jail", "imprison", "condemn"}
COURTS = {"court", "tribunal", "panel"}  # what a ruling is appealed to
MAGISTRATES = {"magistrate", "magistrates", "judge", "jury"}  # "appeared before magistrates"
HEARD = {"case", "appeal", "charge", "challenge", "application"}  # what a court hears on a day
APPEAL_VERBS = {"lodge", "file", "launch", "submit", "rule"}  # "lodged an appeal"; "ruled out an appeal"
BANS = {"ban", "suspension", "suspend"}  # a ban's length: "a four-year ban", "suspended for two years"
SERVE_VERBS = {"serve", "give", "receive", "get"}
SHOT_VERBS = {"shoot", "hit", "strike", "blast"}  # what a gun does to someone so many times (rounds "fired" are
# another count: "fired 30 rounds, hitting him four times")
SHOTS = {"time", "bullet", "round", "shot"}  # what such a verb counts
LATER = {"later", "subsequently", "afterwards", "afterward"}  # a count told as after the story's event
TOLL_TO_RISE = re.compile(r"\b(?:toll|number|figure)s?\b[^.;]*\b(?:will|would|could|may|might|is expected to|is likely to)\s+"
                          r"(?:rise|climb|increase|grow|go up)", re.I)
DAY_PARTS = {"morning", "afternoon", "evening", "night", "nightfall", "midday", "noon", "midnight", "dawn", "dusk"}
PARTIAL = {"other", "more", "additional", "further", "extra", "remaining", "another", "first", "last", "final"}
DAYS_IN = {"day": (1, 1), "week": (7, 7), "month": (28, 31)}  # a span of time in days, at least and at most
CAPTIVITY = ("captivity", "hostage", "captive", "detention", "custody")
CAPTIVITY_REACH = 3  # words after the span that may say it was spent held: "days held hostage", "day hostage ordeal"
AGE = "age"  # the slot of a named person's age
AGE_AFTER = re.compile(  # "Raymond Voss, 41," "Voss, aged 46." "Tomas Edvik, a (the) 46-year-old design engineer"
    r",\s+(?:aged\s+|(?:an?|the)\s+(?=\d{1,3}-year-old\b))?(?P<age>\d{1,3})(?=\s*(?:[,.;()]|and\b|$)|-year-old\b)")
AGE_BEFORE = re.compile(  # "the 46-year-old (fugitive) Voss"; not "a 16-year-old schoolgirl from Dunmore"
    r"\b(?P<age>\d{1,3})-year-old\s+(?:(?!(?:from|of|in|at|near|with|for|and|or)\s)[a-z]+\s+){0,2}$")
AGED_ROLE = re.compile(r"\b[Tt]he\s+(?P<age>\d{1,3})-year-old\s+(?P<role>[a-z]+)\b(?!\s+[A-Z])")  # "The 61-year-old governor"
MIN_AGE, MAX_AGE = 1, 110
ABOUT_WIDTH = 0.2  # "about 400" covers 320-480: how loosely editors read round figures...
ABOUT_MIN_WIDTH = 0.05  # ...but a figure given to more digits is rounded less: "about 4,200" covers 3,990-4,410

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
PARTS = {  # part-of-day words → the part they name
    "early": "morning", "morning": "morning", "dawn": "morning", "daybreak": "morning",
    "noon": "afternoon", "midday": "afternoon", "afternoon": "afternoon",
    "evening": "evening", "late": "late", "night": "night", "overnight": "night", "midnight": "night",
    "tonight": "night",
}
RELATIVE_DAYS = {"yesterday": "yesterday", "last night": "yesterday", "today": "today", "tonight": "today",
                 "this morning": "today", "this afternoon": "today", "this evening": "today", "tomorrow": "tomorrow"}
RELATIVE_DAY = re.compile(r"\b(?:" + "|".join(RELATIVE_DAYS) + r")\b")
MONTH_NAMES = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
               "nov", "dec"}
HABITUAL = re.compile(r"\b(typically|usually|normally|often|each|every|always)\b", re.I)  # not one event's day
CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\b\.?|p\.?m\b\.?)", re.I)  # "8.15am", "8:15 p.m."

FATE = {"kill": "killed", "murder": "killed", "assassinate": "killed", "die": "killed", "execute": "killed",
        "survive": "survived", "injure": "injured", "wound": "injured", "hurt": "injured"}
AMONG_FATES = {"dead": "killed", "victims": "killed", "killed": "killed", "fatalities": "killed", "injured": "injured",
               "wounded": "injured", "survivors": "survived"}  # "X was among the dead"
AMONG_COUNTS = {"dead": "kill", "killed": "kill", "victims": "kill", "fatalities": "kill", "injured": "injure",
                "wounded": "injure", "hurt": "injure", "arrested": "arrest"}  # "23 officers were among the injured"
NEGATIVE_WORDS = {"no", "not", "never", "neither", "nor", "none", "nobody", "nothing", "without", "n't"}
MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "'ll"}
POSSIBLE = {"can", "could", "may", "might"}
NOT_DONE_HEADS = {"license", "licence", "design", "build", "certify", "allow", "permit", "able", "expect", "plan",
                  "intend", "aim", "hope", "want", "seek", "try", "forecast", "project", "predict", "urge", "ask",
                  "call", "demand", "threaten", "vow", "promise", "propose", "consider", "recommend", "advise"}
TIMETABLED = {"flight", "train", "service", "sailing", "departure", "crossing", "class", "lesson"}  # run many times a day
MANY = {"many", "several", "hundreds", "thousands", "dozens", "scores", "some"}  # "hundreds of operations"
# verbs whose that-clause is only wished for: "recommending that members accept the deal" accepts nothing (where
# "vowed the tour will go on" tells a plan)
URGING = {"recommend", "advise", "urge", "ask", "demand", "propose"}
PLAN = _lexicon({
    "went ahead": "launch hold begin start open proceed continue",  # not "resume": it tells of a stop before
    "postponed": "postpone delay reschedule defer",  # and "pushed back", "put on hold" (_plans)
    "suspended": "suspend pause",  # for now: it may resume
    "halted": "halt stop",  # for now or for good ("stopped the trial for good" is ended: _plans)
    "cancelled": "cancel scrap abandon scrub axe ax",  # and "called off" (_plans)
    "ended": "end terminate discontinue",  # and "wound up" (_plans)
    "extended": "extend prolong",
    "completed": "complete finalise finalize",  # a sale or a deal done
})
PLAN_WORDS = {*PLAN, "go", "wind", "call", "decide", "push", "move", "put"}  # and the verbs of phrasal plans (_plans)
PLAN_PREPS = {"with", "against"}  # what a plan "went ahead with", was "decided against"
TOLD_AHEAD = {"went ahead", "postponed", "cancelled", "suspended"}  # plans a plain "will" tells ("the tour will go ahead
# as planned"); "will have completed production before a stoppage" is a forecast
ACCESS_VERBS = {"reopen": "open", "restore": "open", "close": "closed", "shut": "closed"}  # a road, school, airport or border
# what shuts or reopens as work, not as a way in: the plan slot's "halted" or "went ahead" ("production
# was shut down" / "production is continuing as normal")
OPERATIONS = {"production", "manufacturing", "assembly", "plant", "factory", "mine", "refinery", "smelter", "mill",
              "operation", "output"}
RUNNING = {"open": "went ahead", "closed": "halted"}
STAFF = {"head", "officer", "official", "manager", "employee", "worker", "staff", "member", "player", "steward",
         "referee", "guard", "agent", "doctor", "nurse", "teacher"}  # people a body suspends: no plan
CLOSING = OPERATIONS | set(SITES)  # what closes for good on a day: "the factory will shut on September 30"
BALLOTS = {"ballot", "vote", "voting", "poll", "consultation"}  # what closes on its last day
WAYS_THROUGH = {"gate", "door", "window", "hatch", "valve", "barrier", "turnstile", "exit", "entrance", "fire"}
HOLDINGS = {"brief", "portfolio", "post", "office", "position", "seat", "title", "record", "stake", "share",
            "majority", "lead", "view", "belief", "job", "role", "rank", "licence", "license", "power"}  # held, not staged
WORK_ONLY = {"stop"}  # plan verbs only of work ("production has stopped", "stopped the trial"; not "he stopped at
# the desk", "police stopped a car")
UNDERTAKINGS = {"trial", "study", "test", "programme", "program", "project", "scheme", "sale", "deal", "talks",
                "negotiation", "construction", "work", "search", "rescue", "service", "match", "campaign"}
ROUTES = _lexicon({  # one route however an outlet names it: "the line", "the section", "services on the stretch"
    "railway": "line railway rail track section stretch service",
    "road": "road highway motorway freeway interstate",
})
ACCESS_STATES = {"open": "open", "reopened": "open", "closed": "closed", "shut": "closed"}  # "remains closed"
ACCESS_WORDS = {*ACCESS_VERBS, *ACCESS_STATES}  # what _access reads
STATE_VERBS = {"remain", "stay", "be"}
KEPT_STATES = ("stay", "remain")  # "has stayed shut", "remained closed"
WHILE_WORDS = {"overnight", "briefly", "temporarily"}  # a closure over since: "was closed overnight"
SHORT_SPANS = {"minute", "hour"}  # "closed for two hours"
VERDICT_VERBS = {"convict": "guilty", "acquit": "not guilty", "clear": "not guilty"}  # "cleared him of fraud"
VERDICT_WORDS = {*VERDICT_VERBS, "guilty"}
CHARGE_NOUNS = {"charge", "count", "offence", "offense"}  # "of a single count of money laundering": what it is of
# official acts done or not yet done to a named thing: "declared a state of catastrophe", "certified the results"
DECLARED = {"state", "emergency", "disaster", "catastrophe"}
ORDERS = {"order", "curfew", "ban", "lockdown", "advisory", "warning", "notice", "restriction"}  # lifted once
ORDER_ENDS = {"lift", "rescind", "revoke"}  # an order lifted
ORDER_VERBS = {*ORDER_ENDS, "remain", "stay"}  # and an order that remains in force
IN_FORCE = {"force", "place", "effect"}  # an order that "remains in force"
TOPIC_PREPS = {"about", "into", "over", "regarding", "concerning"}  # what a meeting or an inquiry is about
SCHEDULED = {"due", "set", "schedule", "expect", "upcoming"}  # a hearing ahead: "is due to appear"
NEXT = "next"  # the slot of the next of a recurring event: "next meeting"
OWNING = {"own", "hold", "buy", "sell", "acquire", "control"}  # verbs of a share in a company: a stake
INQUIRIES = {"investigation", "inquiry", "probe", "review"}
# one body told two ways
INQUIRY_NAMES = {"review": "inquiry", "probe": "investigation", "force": "task force", "tribunal": "panel"}
# bodies one person chairs ("force": a task force; "team": one of a kind, "the outbreak control team")
PANELS = {"committee", "panel", "commission", "taskforce", "force", "team", "board", "tribunal"}
LEADS = {"lead", "chair", "head"}  # who leads an inquiry or a panel, however told
CHAIRS = {"chair", "chairman", "chairwoman", "head", "leader"}  # "appointed her as chair of the committee"
APPOINTING = {"ask", "invite"}  # "asked Mayor Beaudry to chair a task force": she chairs it
OFFICIAL_ACTS = {"declare": ("declared", DECLARED), "decree": ("declared", DECLARED),  # the act as done, and to what
                 "certify": ("certified", {"result", "election", "vote", "outcome", "count"}),
                 "open": ("opened", INQUIRIES), "launch": ("opened", INQUIRIES), "order": ("opened", INQUIRIES),
                 "commission": ("opened", INQUIRIES), "announce": ("opened", INQUIRIES),
                 "rule": ("opened", INQUIRIES),  # "ruled out an inquiry": not opened (_official_acts)
                 "issue": ("issued", {"warning", "alert", "advisory"})}  # "no weather warning had been issued"
# what a party does with an offer made to it, and what counts as one ("turned down", "took up": _responses)
RESPONSES = {"reject": "rejected", "decline": "rejected", "refuse": "rejected", "snub": "rejected",
             "rebuff": "rejected", "spurn": "rejected", "accept": "accepted", "consider": "under consideration",
             "weigh": "under consideration", "mull": "under consideration", "study": "under consideration"}
# what a vote did to a measure, however told ("passed the budget", "the motion was carried", "forced the amendment
# through" against "defeated the amendment", "voted the budget down", "threw out the bill"): _outcomes
OUTCOMES = {"pass": "passed", "approve": "passed", "adopt": "passed", "carry": "passed", "ratify": "passed",
            "reject": "rejected", "defeat": "rejected", "fail": "rejected", "sink": "rejected"}
OUTCOME_PARTICLES = {("vote", "through"): "passed", ("force", "through"): "passed", ("push", "through"): "passed",
                     ("wave", "through"): "passed", ("vote", "down"): "rejected", ("throw", "out"): "rejected",
                     ("turn", "down"): "rejected", ("shoot", "down"): "rejected"}
OUTCOME_VERBS = {*OUTCOMES, *(verb for verb, _ in OUTCOME_PARTICLES)}
MEASURES = {"motion", "amendment", "budget", "bill", "resolution", "measure", "ordinance", "legislation", "law",
            "plan", "scheme", "levy", "tax", "rezoning", "application"}
VOTERS = {"council", "councillor", "councilor", "parliament", "mp", "lawmaker", "legislator", "legislature", "senate",
          "senator", "assembly", "congress", "house", "chamber", "board", "committee", "cabinet", "shareholder",
          "member", "voter", "delegate", "majority", "they", "it"}  # who passes or throws out a measure
JOB_CUTS = {"axe", "ax", "cut", "shed", "slash", "lose", "loss", "eliminate", "go", "redundancy", "layoff"}  # of jobs only
OFFERS = {"offer", "bid", "proposal", "package", "bailout", "deal", "settlement"}
RESPONSE_VERBS = {*RESPONSES, "turn", "take"}  # and "turned down", "took up" (_responses)
RESIGN = {"resign", "quit"}  # and "step down"
RESIGN_WORDS = {*RESIGN, "step"}
CUSTODY_VERBS = dict.fromkeys(("arrest", "detain", "apprehend", "capture", "recapture", "rearrest"),
                              "arrested")  # "police arrested X"
EVADE_VERBS = {"evade", "escape", "elude", "dodge"}  # "evaded arrest": at large
RELEASE_VERBS = {"release": "released", "free": "released"}  # "Dravenia released X", "X was freed"
FREE_VERBS = {"remain", "stay", "walk", "be", "go", "set"}  # "remain free", "walked free", "was set free"
HELD_VERBS = {"be", "remain", "stay", "leave", "hold", "keep", "take", "remand"}  # "is being held in custody"
ARRESTEES = {"man", "woman", "suspect", "driver", "captain", "skipper", "master", "pilot", "owner", "teenager", "boy",
             "girl", "person"}
PRISONS = {"custody", "prison", "jail", "detention"}  # "remains in custody", "left behind in his prison cell"
AT_LARGE = {("on", "run"), ("on", "loose"), ("at", "large")}  # a named person not in custody: "is still on the run",
# "remains at large"
CUSTODY_WORDS = {*CUSTODY_VERBS, *RELEASE_VERBS, *EVADE_VERBS, *PRISONS, "hold", "free", "bars", *(w for _, w in AT_LARGE)}
DEFEATS = {"defeat", "election", "race", "vote", "contest", "loss"}  # what a candidate concedes
REFUSE = {"rule", "refuse", "decline", "reject", "deny"}  # "ruled out resigning", "refused to step down"
CONFIRM = {"confirm": "confirmed", "acknowledge": "confirmed", "admit": "confirmed",
           "deny": "denied", "reject": "denied"}
VOTE_SPLIT = re.compile(r"\b(dissent\w*|voted against|split vote|(\d+)\s*[-–]\s*([1-9]\d*) vote)\b", re.I)
UNANIMOUS = re.compile(r"\bunanimous(ly)?\b", re.I)
_COUNT = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
TALLIES = [re.compile(p, re.I) for p in (  # a vote's tally: "voted by seven to two", "ruled 6-3", "a 7-2 vote",
    # "six votes to three"
    rf"\b(?:vot(?:ed|es|ing)|ruled|decided|split)\s+(?:by\s+)?{_COUNT}\s*(?:-|–|to)\s*{_COUNT}\b",
    rf"\b{_COUNT}\s*[-–]\s*{_COUNT}\s+(?:vote|decision|ruling|majority)\b",
    rf"\b{_COUNT}\s+votes?\s+to\s+{_COUNT}\b",
    rf"\bvote of\s+{_COUNT}\s*(?:-|–|to)\s*{_COUNT}\b",
    rf"\b{_COUNT}\s+(?:votes?\s+)?(?:in\s+favou?r|for),?\s+(?:and\s+|with\s+|to\s+)?{_COUNT}\s+(?:votes?\s+)?against\b",
)]  # ... and "14 votes in favour and 15 against"
# a majority of a bench: "six of the nine judges" (six for, three against)
BENCH_MAJORITY = re.compile(rf"\b{_COUNT}\s+of\s+(?:the|its)\s+{_COUNT}\s+(?:judges|justices|jurors|members|directors)\b", re.I)
# a word one of the vote patterns above needs, in lower case: a sentence with none tells no vote
VOTE_CUES = ("vot", "ruled", "ruling", "decided", "decision", "split", "majority", "against", "dissent", "unanimous",
             "judges", "justices", "jurors", "members", "directors")
SPEECH = {"say", "tell", "report", "add", "state", "announce", "claim", "believe", "think", "know", "declare"}
REPORTING = SPEECH | {"insist", "confirm", "stress", "promise", "vow", "pledge"}  # "said it would go ahead"
# acts one person does for an event, with what they are done to ("announced the decision", "handed down the
# sentence", "led the motion")
SINGLE_AGENT_ACTS = {
    "announce": {"decision", "verdict", "ruling", "result", "recall", "ban", "closure", "suspension"},
    "hand": {"sentence", "verdict", "ruling"}, "impose": {"sentence"}, "deliver": {"verdict", "ruling", "sentence"},
    "lead": {"motion", "raid", "operation", "investigation", "inquiry", "review", *PANELS, "coup", "putsch", "mutiny",
             "uprising", "revolt", "rebellion", "manhunt", "hunt", "search", "rescue", "conference", "briefing"},
    "front": {"conference", "briefing"},  # "fronted a news conference": led it
    "table": {"motion", "offer"},
    "chair": {"meeting", "session", "summit", "inquiry", "review", *PANELS}, "head": {*INQUIRIES, *PANELS},
    "claim": {"responsibility"}, "sign": {"report", "order", "warrant", "decree"},  # "the report, signed by X"
    "oversee": {"restructuring", "overhaul", "inquiry", "investigation", "review", "operation"},
    "command": {"operation", "raid", "rescue", "search", "manhunt"},  # "X, who commanded the operation": led it
    "order": {"evacuation", "lockdown", "curfew"},  # "Mayor Helen Marsh ordered the evacuation of riverside streets"
    "make": {"offer"}, "put": {"offer"}, "submit": {"offer"}, "present": {"offer"},
}
TALK_LEADS = {"lead", "broker", "mediate", "head", "thrash"}  # who led talks, however told: one act
AGENT_WORDS = {*SINGLE_AGENT_ACTS, *TALK_LEADS, "sentence", "appoint", "name", "offer"}  # what _agents reads ("X's offer")
TALKS = {"talk", "talks", "negotiation", "mediation", "deal"}
MAKE_VERBS = {"table", "put", "submit", "present"}  # "tabled the offer", "put forward the offer": who made it
ISSUE_VERBS = {"hand", "impose", "deliver"}  # one act told three ways: who handed down the sentence
OWNED = "OWNED"  # the label of a role's owner named by a common noun ("the agency's"), which the story resolves
ROLES = {"president", "minister", "secretary", "chancellor", "ceo", "chairman", "chairwoman", "chair",
         "director", "executive", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "coach", "captain",
         "chief", "commander", "leader", "king", "queen", "premier", "ambassador", "editor", "founder", "boss",
         "officer"}
OFFICES = {"mayor", "governor", "president", "prime minister", "premier", "senator", "chancellor", "king", "queen"}
MAX_PORTFOLIO_WORDS = 3  # "Foreign Affairs Minister"
PEOPLE_BY_ROLE = ROLES | STAFF  # nouns that stand for a person: "the club's head of safety"
HELD = {"hostage", "captive", "prisoner"}  # "held hostage" is no event held
PEOPLE_NOUNS = {"man", "woman", "elder", "mp", "lawmaker", "cleric", "businessman", "businesswoman", "negotiator",
                "mediator", "veteran", "activist", "lawyer", "politician", "diplomat"}  # "X, a tribal elder"
KIDNAP_WORDS = {"ransom", "kidnap", "kidnapper", "kidnapping", "hostage", "captor", "abduction", "abductor", "captivity"}
PAY_VERBS = {"pay", "pocket", "receive", "collect", "accept"}  # a ransom handed over and taken
DENY_VERBS = {"deny", "dismiss", "reject"}  # "denied that any ransom had been paid"
ROLE_NAMES = {"ceo": "chief executive", "chief executive officer": "chief executive", "boss": "chief executive",
              "chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
NOT_CURRENT = {"former", "ex", "late", "deputy", "acting", "interim", "then", "outgoing", "incoming",
               "new", "previous", "vice", "assistant", "co"}
ONE_OFFICER = {"chief", "senior", "head", "principal", "executive", "commanding"}  # an officer one of a kind
ANCHOR_LABELS = ("PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART")
QUALIFIER_LABELS = ("GPE", "ORG", "NORP")  # what a role belongs to ("Apple CEO", "French president")
PLACE_LABELS = ("GPE", "LOC")
SOURCE = "SOURCE"  # the anchor label of a name that tells the count rather than takes part ("AFAD said")
OBJECT = "OBJECT"  # the anchor label of what a named subject's verb, told yes or no, is done to ("attend the hearing")


def _forms(lemmas: set[str]) -> set[str]:
    """Regular inflections of some lemmas ("evacuate" → evacuates, evacuated, evacuating)."""
    out = set()
    for w in lemmas:
        if w.endswith("e"):
            out |= {w, w + "s", w + "d", w[:-1] + "ing"}
        elif w.endswith("y"):  # "certify" → certifies, certified, certifying
            out |= {w, w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
        else:
            out |= {w, w + "s", w + "es", w + "ed", w + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


# words whose presence means a sentence may hold a detail; the others are not worth a parse
IRREGULAR = {"dead", "dying", "slain", "shot", "struck", "held", "began", "begun", "won", "met", "hurt", "led", "n't",
             "lost", "broke", "went", "ran", "gave", "fell", "flown", "brought",
             "not", "never", "no", "neither", "nor"}
CUES = (
    _forms(set(EVENTS) | set(FATE) | set(PLAN) | set(CONFIRM) | set(ACCESS_VERBS) | RESIGN | set(SINGLE_AGENT_ACTS)
           | CAUSE_VERBS | set(CUSTODY_VERBS) | set(RELEASE_VERBS) | PRISONS | set(SITES) | COMPANY_NOUNS
           | set(VERDICT_VERBS) | set(OFFICIAL_ACTS) | set(RESPONSES) | set(OUTCOMES) | {v for v, _ in OUTCOME_PARTICLES}
           | EVADE_VERBS
           | {"step", "survive", "escape", "run", "large", "wind", "wound", "lift", "cell", "turn", "take", "push", "call",
              "aground", "ground", "lose", "plunge", "break", "appeal", "lodge", "remain", "stay", "way", "burst",
              "drop", "fall", "crumble", "topple", "cave", "name", "hold", "bars"}
           | HOSPITALS | ORDER_ENDS | BANS | LEADS)
    | {"based", "headquartered"}
    | IRREGULAR | set(NUMBER_WORDS) | set(VAGUE_COUNTS) | set(WEEKDAYS) | set(PARTS) | ROLES
    | {"unanimous", "unanimously", "dissent", "dissented", "dissenting", "against", "guilty", "touched", "ahead",
       "charge"}  # and "investigator-in-charge"
)


def worth_parsing(text: str) -> bool:
    """Whether a sentence may hold a detail: a digit, or a cue word (event, status, day, role, negation)."""
    if any(ch.isdigit() for ch in text):
        return True
    words = re.findall(r"[a-z']+", text.lower().replace("’", "'"))
    return any(w in CUES or w in MONTH_NAMES for w in words)



Name = tuple[str, str]  # (text as written, spaCy label); label "" for a plain word


@dataclass(frozen=True)
class _Found:
    """A detail as read off a sentence's parse, offsets into that parse's text."""

    kind: str
    slot: str
    value: str
    start: int
    end: int
    key: tuple[str, ...]
    anchors: tuple[Name, ...]
    subject: str = ""
    slot_names: tuple[Name, ...] = ()


def find_details(
    article: Article,
    sentences: Sequence[Sentence],
    doc: SpacyDoc,
    mentions: Sequence[Mention] = (),
    *,
    model: str | None = None,
) -> tuple[Detail, ...]:
    """Every detail of the article's content sentences, read off its spaCy doc (`model` parses a sentence
    again where spaCy's sentence split differs from ours; by default the packaged pipeline)."""
    out: list[Detail] = []
    earlier: dict[str, tuple[Name, ...]] = {}  # event class → the people its last mention was about
    bodies = {m.span.text: m.label for m in mentions if m.label in QUALIFIER_LABELS}  # what a role may belong to
    towns = geo.towns(doc)  # the places the article itself says its unknown towns lie in
    holders = _role_holders(doc)  # who "the governor" is, where the article names one
    copies = nlp.SentenceDocs(doc)
    for sentence in sentences:
        text = sentence.span.text
        if sentence.boilerplate is not None or len(text) > MAX_SENTENCE_CHARS or not worth_parsing(text):
            continue
        parse, base = _sentence_parse(doc, sentence, model, copies)
        for f in extract(parse, earlier, bodies, towns, holders):
            start, end = base + f.start, base + f.end
            span = Span(article.id, start, end, article.text[start:end])
            out.append(Detail(sentence.index, f.kind, f.slot, f.value, span, f.key, f.anchors, f.slot_names,
                              f.subject))
    return tuple(out)


def _sentence_parse(
    doc: SpacyDoc, sentence: Sentence, model: str | None, copies: nlp.SentenceDocs
) -> tuple[SpacyDoc, int]:
    """The sentence's own parse and where its text starts in the article: cut from the article's parse when
    every token's head lies inside the sentence and it has one root, else parsed again on its own."""
    span = doc.char_span(sentence.span.start, sentence.span.end, alignment_mode="expand")
    if span is not None and len(span) > 0 and (copy := copies.of(span.start, span.end)) is not None:
        return copy, span.start_char
    if model is None:
        from ..settings import Settings

        model = Settings().spacy_model
    return nlp.parse_one(sentence.span.text, model), sentence.span.start


def extract(
    doc: SpacyDoc,
    earlier: dict[str, tuple[Name, ...]] | None = None,
    bodies: Mapping[str, str] | None = None,
    towns: Mapping[str, str] | None = None,
    holders: Mapping[str, str] | None = None,
) -> list[_Found]:
    """Every detail of one parsed sentence; a slot the sentence fills with two different values ("150 miles
    off Aden ... 13 miles away") is about two things, so the story stage keeps neither. `earlier` maps an
    event class to the people the article last named in it; it stands in for a pronoun ("its leader was
    killed") and is updated with this sentence's events. `bodies` are the organisations and places the article
    names elsewhere (name → label), for a role whose organisation spaCy did not tag here; `towns` the places the
    article says its unknown towns lie in (`geo.towns`); `holders` the one person the article names in a role
    (`_role_holders`)."""
    earlier = {} if earlier is None else earlier
    words = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}  # a reader that needs none of them is not run
    out: list[_Found] = []
    out += _locations(doc, earlier, towns or {})
    out += _sites(doc, towns or {}) if words & SITE_WORDS else []
    out += _hospitals(doc) if words & HOSPITALS else []
    out += _dates(doc, earlier)
    out += _numbers(doc)
    out += _tolls(doc)
    out += _captivity(doc) if any(w.startswith(CAPTIVITY) for w in words) else []
    out += _ages(doc, holders or {})
    out += _money(doc)
    out += _prison_terms(doc) if words & TERM_MONTHS.keys() else []
    out += _measures(doc)
    out += _causes(doc) if words & CAUSE_VERBS else []
    out += _fates(doc)
    out += _plans(doc) if words & PLAN_WORDS else []
    out += _orders(doc) if words & ORDER_VERBS and words & ORDERS else []
    out += _access(doc) if words & ACCESS_WORDS else []
    out += _resignations(doc) if words & RESIGN_WORDS else []
    out += _custody(doc, holders or {}) if words & CUSTODY_WORDS else []
    out += _arrests(doc) if words & CUSTODY_VERBS.keys() else []
    out += _ransoms(doc) if words & KIDNAP_WORDS else []
    out += _appeals(doc) if "appeal" in words else []
    out += _confirmations(doc) if words & CONFIRM.keys() else []
    out += _verdicts(doc) if words & VERDICT_WORDS else []
    out += _official_acts(doc) if words & OFFICIAL_ACTS.keys() else []
    out += _ruled_out(doc) if "rule" in words else []
    out += _responses(doc) if words & RESPONSE_VERBS and words & OFFERS else []
    out += _concessions(doc) if "concede" in words else []
    out += _outcomes(doc) if words & OUTCOME_VERBS and words & MEASURES else []
    out += _votes(doc)
    out += _roles(doc, bodies or {})
    out += _offices(doc)
    out += _agents(doc) if words & AGENT_WORDS else []
    neg = _negation(doc)
    if neg:
        out.append(neg)
    for tok in doc:
        if tok.pos_ in ("NOUN", "VERB", "PROPN") and _event_word(tok) in EVENTS:
            people, _ = _participants(tok)
            if people and people[0][1] == "PERSON":
                earlier[event_class(tok)] = people
    return out


# --------------------------------------------------------------------------- events and anchors


def _event_above(tok: Token) -> Token | None:
    """The event trigger a place or date token hangs from, walking up the parse within its clause."""
    cur = tok
    for _ in range(MAX_HOPS):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ in TOPIC_PREPS and cur.head.head.pos_ == "NOUN":
            continue  # "a meeting about the explosion on Thursday": the day is the meeting's, not the topic's
        if _event_word(cur) in EVENTS and cur.pos_ in ("NOUN", "VERB", "PROPN"):
            found = _event_subject(cur) if EVENTS[_event_word(cur)] == "discover" else None
            return found or cur  # "the wildfire was discovered Sunday": the fire's day; a breach's is a discovery
        if cur.pos_ in ("VERB", "AUX"):
            done_to = next((c for c in cur.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                            and _event_word(c) in EVENTS), None)
            if done_to is not None and (cur.lemma_.lower() in CARRIED_OUT | SETTING or cur.lemma_.lower() == "order"
                                        and EVENTS[_event_word(done_to)] in ORDERED_AT_ONCE):
                return done_to  # "survived a censure motion on Thursday", "launched an attack on Monday", "set
                # sentencing for September 16"
            if cur.lemma_ == "be" and any(c.lower_ == "it" for c in cur.children):
                cleft = next((c for c in cur.children if c.dep_ == "ccomp" and _event_word(c) in EVENTS), None)
                if cleft is not None:
                    return cleft  # "It was not until Wednesday that the authorities lifted the order"
            if cur.lemma_.lower() not in TRANSPARENT_VERBS:
                first = cur.head
                event_first = cur.dep_ == "conj" and first.pos_ == "VERB" and _event_word(first) in EVENTS and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)  # not "..., and families are demanding"
                return first if event_first else None  # "derailed and caught fire late Tuesday": the derailment's day
            # "the arrest ... took place in Caracas": the event is the subject of the light verb
            subject = _event_subject(cur)
            if subject is not None:
                return subject
    return None


def _event_subject(verb: Token) -> Token | None:
    """The verb's subject when it names an event ("the strike is set for Tuesday")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the election, which had been scheduled for October 12"
    return subject if subject is not None and subject.pos_ == "NOUN" and _event_word(subject) in EVENTS else None


def _mourning(noun: Token) -> bool:
    """"a national day of mourning", "a day of national mourning"."""
    return noun.lemma_.lower() == "day" and any(c.lower_ == "of" and any(p.lower_ == "mourning" for p in c.children)
                                                for c in noun.children)


def _event_word(tok: Token) -> str:
    """The word EVENTS knows a token by: its lemma, "convict" for "found guilty", "land" for "touched down", "crash"
    for an aircraft that "came down", "rescue" for "brought out alive",
    "launch" for "lifted off", "handover" for "handed over", "ruling" for "ruled" and "struck down"."""
    lemma = tok.lemma_.lower()
    if lemma == "find" and any(c.lower_ == "guilty" and c.dep_ in ("acomp", "oprd", "xcomp") or c.dep_ == "dobj" and any(
            g.lower_ == "guilty" and g.dep_ == "amod" for g in c.children) for c in tok.children):
        return "convict"  # "found Valdane guilty", the model may hang "guilty" on the name
    if lemma == "find" and any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "xcomp") for c in tok.children):
        return "discover"  # "was found dead in his suite on Tuesday": when the body was found
    if lemma == "touch" and any(c.lower_ == "down" for c in tok.children):
        return "land"
    if lemma == "come" and any(c.lower_ == "down" for c in tok.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in AIRCRAFT for c in tok.children):
        return "crash"  # "the helicopter came down on Harrow Fell"
    if lemma in ("close", "closing", "end") and any(w.lemma_.lower() in BALLOTS for w in _closed(tok)):
        return "ballot_close"  # "the ballot closes on 27 March", "a ballot closing on March 20"
    if lemma in ("close", "shut", "end", "cease") and any(  # what closes, or what the verb it joins says closes
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in CLOSING
            for c in [*tok.children, *(tok.head.children if tok.dep_ == "conj" else ())]):
        return "closure"  # "the factory will shut its gates on September 30", "production ... would end on 31 March"
    if lemma == "mourn" and tok.head.lower_ == "of" and _mourning(tok.head.head):
        return "mourning"  # "a national day of mourning on 18 March", where the model took "mourning" for a verb
    if lemma in ("hold", "declare", "observe") and any(_mourning(t) for t in tok.subtree):
        return "mourning"  # "a day of national mourning will be held on Wednesday", "declared Thursday a day of mourning"
    if lemma == "rule" and tok.pos_ == "VERB" and tok.dep_ != "amod" and not any(c.lower_ == "out" for c in tok.children):
        return "ruling"  # "the court ruled 6-3"; not "ruled out", "the ruling party"
    if lemma == "strike" and any(c.lower_ == "down" for c in tok.children):
        return "ruling"  # "struck down the law"
    if lemma == "kill" and any(c.lower_ == "off" for c in tok.children):
        return ""  # "the ruling kills off a deal" killed no one
    if lemma == "hand" and any(c.lower_ == "over" for c in tok.children):
        return "handover"  # hostages "handed over to mediators"
    if lemma == "erupt":  # a volcano "erupted on Sunday"; not "violence erupted", "the crowd erupted in cheers"
        return "eruption" if any(c.dep_ == "nsubj" and (c.lemma_.lower() in VOLCANIC or c.pos_ == "PROPN" or c.tag_ == "PRP")
                                 for c in tok.children) and not any(c.lower_ in ("in", "into") for c in tok.children) else ""
    if lemma in ("run", "go") and any(c.lower_ == "aground" for c in tok.children):
        return "grounding"  # a ship "ran aground"
    if lemma == "ground" and tok.pos_ == "VERB" and tok.dep_ != "amod":
        return "grounding"  # "grounded at 04:10"
    if lemma in ("strike", "hit") and any(c.dep_ == "dobj" and (c.lemma_.lower() in ROCKS or c.lower_.removesuffix("s") in ROCKS)
                                          for c in tok.children):
        return "grounding"  # "struck the Cribyn Ledges"
    if lemma in ("go", "lose") and any(c.lemma_.lower() in POWER and c.dep_ in ("nsubj", "dobj") for c in tok.children) and (
            lemma == "lose" or any(c.lower_ in ("out", "off") for c in tok.children)) or lemma == "plunge" and any(
            g.lower_ == "darkness" for c in tok.children if c.lower_ == "into" for g in c.children):
        return "blackout"  # "the lights went out", "the power went off", "homes lost power", "plunged ... into darkness"
    if lemma == "break" and any(c.lower_ == "out" and (c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].lower_ == "of" or any(
            s.dep_ == "nsubj" and (s.lemma_.lower() in CONDEMNED | HELD_PEOPLE or s.lower_ in ("he", "she", "they"))
            for s in tok.children)) for c in tok.children):
        return "escape"  # "broke out of the prison", "the inmates broke out" (not "a fire broke out in a flat of the block")
    if _collapsed(tok, lemma):
        return "collapse"  # a dam "burst", a bridge "gave way", its span "dropped into the river"
    if lemma == "make" and any(c.lower_ == "landfall" for c in tok.children) or any(
            c.lower_ == "ashore" for c in tok.children) and lemma in ("come", "roar", "sweep", "crash", "slam", "move"):
        return "landfall"  # a storm's "made landfall early Wednesday", "came ashore on Monday night"
    if lemma == "blow" and not any(c.dep_ == "prt" for c in tok.children) and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in VOLCANIC or c.lower_ == "mount" or any(
                g.lower_ == "mount" for g in c.children)) for c in tok.children):
        return "eruption"  # "when Mount Ardessa blew on Monday night" (not "blew up", not the wind)
    if lemma in ("lift", "blast") and any(c.lower_ == "off" for c in tok.children):
        return "launch"  # a rocket's "lifted off", "blasted off"
    if lemma == "lift" and (tok.dep_ == "acl" and tok.head.lemma_.lower() in ORDERS or any(
            c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in ORDERS for c in tok.children)):
        return "lift_order"  # "lifted the evacuation order", "the curfew was lifted", "Evacuation order lifted"
    if lemma == "bury" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BURIED_THINGS
                               for c in tok.children):
        return ""  # "a landslide buried 40 homes" is no funeral
    if lemma == "execute" and not any(c.dep_ in ("dobj", "nsubjpass") and (
            c.ent_type_ == "PERSON" or c.tag_ == "PRP" or c.lemma_.lower() in CONDEMNED
            or UNIT_GROUPS.get(c.lemma_.lower()) in ("people", "soldier"))
            for c in tok.children):
        return ""  # "an attack similar to that they executed in mid-April" killed no one
    if lemma == "strike" and _labour(tok):
        return "walkout"
    if lemma in ("bring", "pull", "haul", "carry", "dig", "lift") and any(c.lower_ == "alive" for c in tok.children):
        return "rescue"  # "17 survivors had been hauled out alive", "Seventeen were brought out alive"
    if _in_court(tok, lemma):
        return "hearing"  # "will appear at Truro Crown Court on 19 June", "the case will be heard on Friday"
    if _dismissed(tok, lemma):
        return "dismissal"  # "fired manager Graham Hollis on Monday", "Hollis was axed", "he had lost his job"
    if lemma == "fire" and (tok.pos_ != "NOUN" or tok.head.lemma_.lower() in GUNFIRE or tok.dep_ == "compound"):
        return ""  # "fired missiles", "opened fire", "came under fire", "fire crews"
    if lemma in ("divert", "diversion") and not any(t.lemma_.lower() in AIRCRAFT for t in tok.doc):
        return ""  # "trains cancelled or diverted" land nowhere
    if lemma == "recall" and tok.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return ""  # "she recalled how the fire spread" is memory
    return "" if lemma == "land" and tok.pos_ != "VERB" else lemma


def _closed(verb: Token) -> list[Token]:
    """What a closing verb closes: its subject, the verb's it joins ("will open on Monday and close on March 27"),
    or the noun it describes ("a ballot closing on March 20", which the model may read as a noun compound)."""
    joined = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    return [c for c in joined if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "compound" and verb.pos_ == "NOUN"] + (
        [verb.head] if verb.dep_ == "acl" else [])


def _dismissed(verb: Token, lemma: str) -> bool:
    """A person put out of a job: "fired the manager", "Hollis was sacked", "was axed", "had lost his job" (not
    "fired missiles", "axed 300 jobs", "dismissed the claims")."""
    if verb.pos_ != "VERB":
        return False
    if lemma == "lose":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "job" for c in verb.children)
    return lemma in DISMISS_VERBS and any(c.dep_ in ("dobj", "nsubjpass") and (
        c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and not c.ent_type_ or c.lemma_.lower() in PEOPLE_BY_ROLE)
        for c in verb.children)


def _in_court(tok: Token, lemma: str) -> bool:
    """A day in court: a person "appeared in court", "is due to appear before magistrates", "made a first
    appearance at Truro Crown Court", "the case will be heard". Not "appeared on television", "heard a bang"."""
    if lemma == "hear":
        return tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in HEARD for c in tok.children)
    if lemma not in ("appear", "appearance"):
        return False
    return any(c.lower_ in ("in", "at", "before") and any(g.lemma_.lower() in COURTS | MAGISTRATES for g in c.children)
               for c in tok.children)


def _labour(strike: Token) -> bool:
    """Whether a strike is workers' ("a 24-hour national strike", "strike action", "nurses will strike")."""
    if strike.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in LABOUR_WORDS for c in strike.children)
    if strike.head.lower_ == "on" or any(c.lower_ == "action" for c in strike.children):
        return True  # "went on strike", "strike action"
    return any(t.lemma_.lower() in LABOUR_WORDS for t in strike.subtree if t.i < strike.i)


def _collapsed(tok: Token, lemma: str) -> bool:
    """A structure's collapse told by a verb of its own: "the bridge gave way", "the dam burst", "breached" or
    "failed", "burst its embankment", "the span dropped into the river", "the roof fell in". Not "optimism gave way to despair",
    "shares fell", "burst into tears"."""
    if tok.pos_ != "VERB":
        return False
    if lemma == "give":
        return tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "way" and not any(
            c.lower_ == "to" for c in tok.children)
    if lemma not in COLLAPSE_VERBS:
        return False
    held = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") or lemma == "burst" and c.dep_ == "dobj"]
    held += [g for c in held for p in c.children if p.lower_ == "of" for g in p.children]  # "the middle of the bridge"
    if lemma == "fail":
        held = [c for c in held if c.lemma_.lower() != "bank"]  # "the bank failed" went bust
    return any(c.lemma_.lower() in STRUCTURES for c in held) and not any(
        g.lower_ in ("tears", "flames", "laughter") for c in tok.children if c.lower_ == "into" for g in c.children)


def event_class(trigger: Token) -> str:
    """The event class a trigger names. A strike whose subject is itself an event ("an earthquake struck the
    province") is that event, not an attack."""
    cls = EVENTS[_event_word(trigger)]
    if cls == "attack" and trigger.pos_ == "VERB":
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        for word in subject.subtree if subject is not None else ():  # "the magnitude 5.8 quake"
            if word.pos_ == "NOUN" and EVENTS.get(word.lemma_.lower(), "attack") != "attack":
                return EVENTS[word.lemma_.lower()]
    return cls


def _event_of(tok: Token) -> Token | None:
    """`_event_above`, where an attack that is the means of a killing ("was killed in an airstrike on his
    home in Tehran") gives the killing: the place or day of the means is the killing's. A toll verb of a disaster
    that happens once ("the crush that killed seven on Monday night", "were killed and 38 injured in a crush ...
    on Tuesday") gives the disaster: its day is the disaster's, which a story has one of."""
    trigger = _event_above(tok)
    if (trigger is not None and EVENTS[_event_word(trigger)] == "attack" and trigger.dep_ == "pobj"
            and trigger.head.lower_ in MEANS_PREPS and EVENTS.get(trigger.head.head.lemma_.lower()) == "kill"
            and trigger.head.head.pos_ == "VERB"):
        return trigger.head.head
    if trigger is not None and trigger.pos_ == "VERB" and EVENTS[_event_word(trigger)] in ("kill", "injure"):
        return _disaster_of(trigger) or trigger
    return trigger


def _disaster_of(verb: Token) -> Token | None:
    """The disaster a killing or injuring verb tells the toll of: its subject ("the crush that killed seven") or
    the means ("killed in a crush"), for a disaster that happens once (not an attack: a war has many)."""
    means = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS for g in c.children if g.dep_ == "pobj"]
    return next((t for t in [_event_subject(verb), *means] if t is not None and t.pos_ == "NOUN"
                 and EVENTS.get(_event_word(t)) in ONE_DAY_DISASTERS), None)


def _pronominal(trigger: Token) -> bool:
    """Whether the one an event befalls is written as a personal pronoun ("he was killed", "its leader was
    killed", "killed him", "his killing"); a relative pronoun ("an attack that killed ...") stands for a
    word of its own sentence, and a victim named by a noun ("killed several commanders") is not a pronoun."""
    who = [trigger]
    if trigger.pos_ == "VERB":
        for deps in (("nsubjpass",), ("dobj",), ("nsubj",)):
            who = [c for c in trigger.children if c.dep_ in deps]
            if who:
                break
    return any(w.tag_ == "PRP" or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in w.children) for w in who)


def _about(trigger: Token, earlier: dict[str, tuple[Name, ...]]) -> tuple[tuple[Name, ...], str]:
    """`_participants`, or for an event whose one is only a pronoun, the people the article last named in an
    event of its class."""
    anchors, shown = _participants(trigger)
    if not anchors and _pronominal(trigger):
        anchors = earlier.get(event_class(trigger), ())
        shown = max((t for t, _ in anchors), key=len, default="")
    return anchors, shown


def _event_about(tok: Token, earlier: dict[str, tuple[Name, ...]]) -> tuple[Token, tuple[Name, ...], str] | None:
    """The event a place or date token belongs to, with who it is about (`_about`: no one when it names no
    one, as in "a bomb exploded in Kyiv"); None outside an event."""
    trigger = _event_of(tok)
    if trigger is None:
        return None
    anchors, shown = _about(trigger, earlier)
    return trigger, anchors, shown


def _participants(trigger: Token) -> tuple[tuple[Name, ...], str]:
    """The named people (else organisations) an event trigger is about, and how to show them: the name in its
    subject, else the longest one written."""
    doc = trigger.doc
    scope = {t.i for t in trigger.subtree}
    subjects: set[int] = set()  # "X was sentenced by Judge Y" is the sentencing of X, shown first
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                subjects.update(t.i for t in child.subtree)
    elif event_class(trigger) == "briefing" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head  # a press conference is its speaker's: "Aldane told reporters at a press conference",
        # "Rupert Aldane, speaking at a press conference"
        speaker = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is not None:
            subjects.update(t.i for t in speaker.subtree if t.i < verb.i)
    scope |= subjects
    found: dict[str, list[str]] = {}
    first: dict[str, str] = {}
    for ent in nlp.ents_of(doc):
        if ent.label_ in ANCHOR_LABELS and ent.root.i in scope:
            found.setdefault(ent.label_, []).append(ent.text)
            if ent.root.i in subjects:
                first.setdefault(ent.label_, ent.text)
    for label in ANCHOR_LABELS:
        if found.get(label):
            return tuple((t, label) for t in found[label]), first.get(label) or max(found[label], key=len)
    return (), ""


def _subject(trigger: Token, shown: str) -> str:
    lemma = trigger.lemma_.lower()
    noun = "death" if lemma in ("die", "death") else EVENT_NOUNS.get(event_class(trigger), lemma)
    return f"the {noun} of {shown}" if shown and " of " not in noun else f"the {noun}"


def _in_ent(tok: Token, labels: tuple[str, ...]) -> bool:
    return tok.ent_type_ in labels


# --------------------------------------------------------------------------- places


def _locations(doc: SpacyDoc, earlier: dict[str, tuple[Name, ...]], towns: Mapping[str, str]) -> list[_Found]:
    """Places hung on an event: "in Tehran", "in Damascus, Syria", "in the US state of Ohio", "on the south side
    of Belpre", "in the Ohio town of Belpre". A town the table does not know keeps the place the article puts
    it in ("Belpre, Ohio"), so it can be compared by that."""
    out = []
    for ent in nlp.ents_of(doc):
        value, building = ent.text.removeprefix("the "), ""
        off_a_town = ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and ent.root.head.head.lower_ in DIRECTIONS
        if ent.label_ not in PLACE_LABELS and ent.label_ != "FAC" and value.split()[0].lower() not in LANDMARK_WORDS and (
                not off_a_town):  # "west of Carverton" is a place, whatever the model took "Carverton" for
            value = _named_for(ent)  # "at Leeds Crown Court": the court of a town, named for it
            if not value:
                continue
            building = FACILITY + ent.text.split()[-1].lower()
        root = ent.root
        # "in Tehran", and "in Damascus, Syria" (the second place in apposition to the first)
        while root.dep_ in ("appos", "conj", "compound") and root.head.ent_type_ in PLACE_LABELS:
            root = root.head
        if root.dep_ == "compound" and root.head.lemma_.lower() in geo.SETTLEMENTS:
            root = root.head  # "the Ohio town of Belpre"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
            root = root.head.head  # "the US state of Ohio", "the south side of Belpre"
        direction = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lower_ in DIRECTIONS) else None  # "two miles west of Carverton"
        if direction is None and (root.dep_ != "pobj" or root.head.lower_ not in geo.PLACE_PREPS | {"on", "to", "off"} or (
                root.head.lower_ == "on" and root.lemma_.lower() not in PLACE_NOUNS)):
            continue
        event = _event_about(direction or root.head, earlier)
        if event is None:
            continue
        trigger, anchors, shown = event
        if root.head.lower_ == "to" and event_class(trigger) != "land":
            continue  # only a flight diverted "to" a place lands there
        anchors = tuple(a for a in anchors if a[0] != ent.text)  # the place is the value, not what it is about
        start = ent.start_char + ent.text.index(value)
        if direction is not None:
            start, value = direction.idx, doc.text[direction.idx : start + len(value)]
        within = building or towns.get(value.lower())
        out.append(_Found("location", event_class(trigger), value, start, start + len(value),
                          (value, within) if within else (value,), anchors, _subject(trigger, shown)))
    return out


def _named_for(ent: SpacySpan) -> str:
    """The town an organisation's building is named for: "Leeds" of "Leeds Crown Court", "Kamloops" of "Kamloops
    Airport"; "" for any other name ("the Royal Children's Hospital", "Calder & Finch")."""
    words = ent.text.removeprefix("the ").split()
    if len(words) < 2 or words[-1].lower() not in NAMED_FOR_TOWNS:
        return ""
    town = list(itertools.takewhile(lambda w: w.lower() not in FACILITY_WORDS, words))
    if not town or len(town) > geo.MAX_PLACE_TOKENS or not all(w[:1].isupper() and w.isalpha() for w in town):
        return ""
    return "" if town[0].lower() in GENERIC_NAME_WORDS else " ".join(town)


def _sites(doc: SpacyDoc, towns: Mapping[str, str]) -> list[_Found]:
    """Where a thing is, as a place of its own: "Marrick's facility in Geelong", "its Ballarat factory",
    "Sudbury-based Laurentian Shield", "X, headquartered in Sudbury", "the Sudbury company". The slot is the
    kind of thing (`SITES`); its anchors are who owns it, where the sentence says ("Marrick's", the organisation
    a company noun stands beside), else the sentence's organisations when it says "its". A site of no one named
    ("a California rehab facility") is left out: a story may have several."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and (lemma in SITES or lemma in COMPANY_NOUNS):
            kind = SITES.get(lemma, "headquarters")
            # "its Bergen factory": beside a possessive, a name before the noun is no owner but a place
            labels = ("", "NORP", "ORG") if any(c.dep_ == "poss" for c in tok.children) else ("", "NORP")
            places = [c for c in tok.children if c.dep_ == "compound" and _place_name(c, labels)]
            if lemma in SITES:  # "the plant in Ballarat", "the plant is in Ballarat"
                holders = [tok, tok.head] if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" else [tok]
                places += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS
                           for p in c.children if p.dep_ == "pobj" and _place_name(p, ("", "NORP", "ORG", "FAC"))]
            in_place = {t.i for p in places for t in _place_span(p)}
            owners = _owners(tok, doc, skip=in_place)
            start = min((c.left_edge.i for c in tok.lefts if c.dep_ in OWNER_DEPS | {"amod"}), default=tok.i)
            named = in_place | {c.i for c in tok.children if c.pos_ == "PRON"}
            subject = "".join(t.text_with_ws for t in doc[start : tok.i + 1] if t.i not in named)
        elif lemma in HOME_VERBS and tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl", "ROOT", "relcl"):
            kind = "headquarters"  # "Sudbury-based" (the place an npadvmod), "based in Sudbury"
            places = [c for c in tok.children if c.dep_ == "npadvmod" and _place_name(c, ("", "ORG"))]
            places += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj" and _place_name(p, ("", "ORG"))]
            owner = tok.head if tok.dep_ != "ROOT" else next(
                (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if owner is None:
                continue
            owners = _owners(owner, doc, itself=True)
            subject = owners[0][0] if owners else ""
        else:
            continue
        if len(places) != 1 or not owners:  # whose site it is: a story may tell of several rehab clinics
            continue
        place = _place_span(places[0])
        value = place.text.removeprefix("the ")
        within = _within_place(places[0]) or towns.get(value.lower(), "")
        out.append(_Found("location", f"site:{kind}", value, place.start_char, place.end_char,
                          (value, within) if within else (value,), owners, _the(subject)))
    return out


def _hospitals(doc: SpacyDoc) -> list[_Found]:
    """Where the hurt were taken: "were taken to Harwick Memorial Hospital", "flown to the hospital in Sion",
    "Harwick Memorial Hospital, which treated most of the injured", "were treated at Harwick Memorial Hospital",
    "needed treatment at". The value is the hospital's name, or the town of one the text does not name."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in HOSPITALS:
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else None
        if not (verb is not None and _taken_or_treated(tok, verb) or any(
                c.dep_ == "relcl" and c.lemma_.lower() in ("treat", "admit", "receive") for c in tok.children)):
            continue
        if tok.pos_ == "PROPN":  # the model tags a hospital's name any way, a person's too
            named = _entity(tok)
            if named is None or named.end != tok.i + 1:
                named = _place_span(tok)
            value = named.text.removeprefix("the ")
            words = [w for w in re.findall(r"[\w’']+", value.lower()) if w not in HOSPITALS | {"st", "saint"}]
            key: tuple[str, ...] = (" ".join(words), FACILITY + "hospital")
            start, end = named.start_char + named.text.index(value), named.end_char
        else:
            town = next((p for h in (tok, verb) if h is not None for c in h.children if c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
            if town is None:
                continue
            place = _place_span(town)
            value, key, start, end = place.text, (place.text,), place.start_char, place.end_char
        out.append(_Found("location", "hospital", value, start, end, key, (("hospital", ""),),
                          "the hospital the hurt were taken to"))
    return out


def _taken_or_treated(hospital: Token, verb: Token) -> bool:
    """Whether the verb over "to", "at" or "in" the hospital brought or cared for the hurt there: "rushed to",
    "treated at", "needed treatment in" (not "works at", "will run to")."""
    if _negated(verb):
        return False
    if hospital.head.lower_ == "to":
        return verb.lemma_.lower() in CARRY_VERBS
    return hospital.head.lower_ in ("at", "in") and any(t.lemma_.lower() in CARE_WORDS for t in (
        verb, *(c for c in verb.children if c.dep_ == "dobj")))


def _the(phrase: str) -> str:
    """A noun phrase as a summary names it: "the factory", "Marrick's factory", "Laurentian Shield"."""
    phrase = re.sub(r"^(?i:the) ", "", phrase.strip())
    return f"the {phrase}" if phrase[:1].islower() else phrase


def _place_name(tok: Token, other_labels: tuple[str, ...]) -> bool:
    """A place as spaCy tags it, or a name it tagged with one of `other_labels` ("" for none) that the
    geography table or gazetteer knows ("its Ballarat factory", "a plant in Clearwater" tagged an organisation);
    or a place noun holding one ("the Ballarat suburb of Wendouree")."""
    if tok.lemma_.lower() in PLACE_NOUNS:
        return any(_place_name(c, other_labels) for c in tok.children if c.dep_ == "compound") or any(
            _place_name(p, other_labels) for c in tok.children if c.lower_ == "of" for p in c.children)
    if tok.ent_type_ in PLACE_LABELS:
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ not in other_labels:
        return False
    name = _place_span(tok).text
    return geo.known(name) or bool(geo.located(name))


def _place_span(tok: Token) -> SpacySpan:
    """The place's name: its entity, or the capitalised words ending at it; the town in "the Ballarat suburb of
    Wendouree"."""
    if tok.lemma_.lower() in PLACE_NOUNS:
        inner = [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        tok = inner[0] if inner else next(c for c in tok.children if c.dep_ == "compound")
    ent = _entity(tok)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return ent
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start : tok.i + 1]


def _within_place(tok: Token) -> str:
    """The wider place the text puts a site's place in: "Geelong, Victoria", "the Ballarat suburb of Wendouree"."""
    if tok.lemma_.lower() in PLACE_NOUNS:
        wider = [c for c in tok.children if c.dep_ == "compound"]
        return _place_span(wider[0]).text if wider and any(c.lower_ == "of" for c in tok.children) else ""
    wider = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in PLACE_LABELS]
    return _place_span(wider[0]).text if wider else ""


def _owners(tok: Token, doc: SpacyDoc, itself: bool = False, skip: set[int] | None = None) -> tuple[Name, ...]:
    """Who a site or company belongs to: a name written with it ("Marrick's facility", the organisation a company
    noun is in apposition to, the organisation that is `itself` "Sudbury-based"), or, for "its" or "their", the
    sentence's organisations."""
    skip = skip or set()
    candidates = [tok] if itself else [c for c in tok.children if c.dep_ in OWNER_DEPS and c.i not in skip]
    if tok.dep_ == "appos":
        candidates.append(tok.head)
    names = []
    for c in candidates:
        ent = _entity(c)
        if ent is not None and ent.label_ in ANCHOR_LABELS:
            names.append(_first_word(ent))
    if not names and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        names = [_first_word(e) for e in nlp.ents_of(doc) if e.label_ in ("ORG", "PERSON") and e.start not in skip]
    return tuple(dict.fromkeys(n for n in names if n[0]))


def _entity(tok: Token) -> SpacySpan | None:
    """The named entity the token is part of, if any."""
    return next((e for e in nlp.ents_of(tok.doc) if e.start <= tok.i < e.end), None)


def _first_word(ent: SpacySpan) -> Name:
    """An organisation by the first word of its name, which outlets keep when they shorten it ("Marrick
    Pharmaceuticals" and "Marrick's")."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    return (words[0].text if words else "", "ORG")


# --------------------------------------------------------------------------- dates and times


def _dates(doc: SpacyDoc, earlier: dict[str, tuple[Name, ...]]) -> list[_Found]:
    out: list[_Found] = []
    if HABITUAL.search(nlp.text_of(doc)):
        return out
    for ent in [*nlp.ents_of(doc), *_days_missed(doc)]:
        if ent.label_ not in ("DATE", "TIME", "QUANTITY", "CARDINAL"):
            continue
        start, end = ent.start, ent.end  # "Tuesday" + "night", "early" + "Wednesday": spaCy may split them
        if start > 0 and doc[start - 1].lower_ in PARTS:
            start -= 1
        if end < len(doc) and doc[end].lower_ in PARTS:
            end += 1
        words = doc[start:end]
        key = time_key(words.text)
        if key is None or _as_of(doc, start):
            continue
        event = _event_about(ent.root, earlier)
        if event is None:
            continue
        trigger, anchors, shown = event
        if _negated(trigger) and trigger.pos_ == "VERB":
            continue  # "were not detected at the 2 a.m. count": the hour of what did not happen
        if _an_end(ent.root, trigger) or _a_later_day_of(trigger):
            continue  # "the stoppage is due to end at 7am on Thursday", "will run until Thursday": not its start
        if key[0] == "calendar" and len(key[1]) == 2 and event_class(trigger) not in ONCE_EVENTS:
            continue  # "met in November": a month dates one of many meetings; "convicted in April" one conviction
        kind = "time" if key[0] == "clock" else "date"  # "Friday night" is a day, to compare with "Sunday"
        slot = f"{NEXT} {event_class(trigger)}" if _next(trigger) else event_class(trigger)
        out.append(_Found(kind, slot, words.text, words.start_char, words.end_char, key, anchors,
                          _subject(trigger, shown)))
    return out


def _an_end(tok: Token, trigger: Token) -> bool:
    """A day or hour hung on the end of a lasting event, on the way up from it to the event: "due to end at 7am",
    "will run until Thursday", "completed the second day of the strike on Wednesday"."""
    cur = tok
    while cur.i != trigger.i and cur.head.i != cur.i:
        cur = cur.head
        if cur.i != trigger.i and cur.lemma_.lower() in ENDING and not (cur.i > 0 and cur.doc[cur.i - 1].lower_ == "not"):
            return True  # (but "it was not until Wednesday that ..." is when it happened)
    return False


def _a_later_day_of(trigger: Token) -> bool:
    """An event named as what a later day is of: "completed the second day of a 48-hour strike on Wednesday"."""
    part = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    return part is not None and part.lemma_.lower() in ("day", "night", "week") and any(
        c.dep_ == "amod" and c.lower_ in LATER_ONES for c in part.children)


def _days_missed(doc: SpacyDoc) -> list[SpacySpan]:
    """Days written out that the model took for no date: "in the early hours of [3 March]"."""
    from spacy.tokens import Span as SpacySpan  # spaCy is loaded: it made the doc

    out = []
    for tok in doc:
        if tok.text[:1].isupper() and tok.lower_ in MONTH_NAMES and not tok.ent_type_:
            day = next((i for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc) and re.fullmatch(r"\d{1,2}", doc[i].text)
                        and not doc[i].ent_type_), None)
            if day is not None:
                out.append(SpacySpan(doc, min(day, tok.i), max(day, tok.i) + 1, label="DATE"))
    return out


def _as_of(doc: SpacyDoc, start: int) -> bool:
    """A day or hour something stood at, not when it happened: "as of Tuesday evening, the fire was 20 percent
    contained"."""
    return [t.lower_ for t in doc[max(0, start - 2) : start]] == ["as", "of"]


def _next(trigger: Token) -> bool:
    """The next of a recurring event, which a story has one of: "the council's next meeting", "meets again", and
    a hearing to come ("is due to appear on 19 June", "the case will be heard"), not the one that was held."""
    if any(c.lower_ in ("next", "again") and c.dep_ in ("amod", "advmod") for c in trigger.children):
        return True
    return EVENTS.get(_event_word(trigger)) == "hearing" and _to_come(trigger)


def _to_come(trigger: Token) -> bool:
    """An event told as ahead: "will appear", "is due to appear", "the hearing is set for", "an upcoming hearing"."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") else trigger
    if trigger.dep_ == "xcomp" or verb.dep_ == "xcomp":
        verb = verb.head
    return verb.lemma_.lower() in SCHEDULED or any(
        c.dep_ in ("aux", "auxpass", "amod", "acomp") and (c.lower_ in ("will", "'ll", "shall") or c.lemma_.lower() in
                                                            SCHEDULED) for c in [*verb.children, *trigger.children])


def time_key(text: str) -> tuple[str, str, str] | None:
    """A day or hour normalised: ("clock", hour, ""), ("weekday", day, part of day), ("calendar", "MM-DD" or "MM",
    part), ("relative", "yesterday" / "today" / "tomorrow", part): the story's calendar puts the last on a day."""
    low = text.lower()
    clock = CLOCK.search(low)
    if clock:
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3).startswith("p") else 0)
        return ("clock", str(hour), "")
    words = re.findall(r"[a-z]+|\d+", low)
    part = next(("early" if w == "early" else PARTS[w] for w in words if w in PARTS), "")
    day = next((w for w in words if w in WEEKDAYS), None)
    number = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
    month = next((MONTHS[w[:3]] for w in words  # "may" is the month only beside a day: "22 May", not "may"
                  if w[:3] in MONTHS and len(w) >= 3 and (w != "may" or number is not None)), None)
    if month and number:  # "Sunday, February 1": the calendar says more than the weekday
        return ("calendar", f"{month:02d}-{number:02d}", part)
    if day:
        return ("weekday", day, part)
    relative = RELATIVE_DAY.search(" ".join(words))
    if relative:
        return ("relative", RELATIVE_DAYS[relative.group()], part)
    if month and len(words) <= 3 and not any(len(w) == 4 and w.isdigit() for w in words):
        return ("calendar", f"{month:02d}", part)  # "in April", "early February"; "December 2003" is background
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
        if child.lower_ == "dozen":  # "three dozen passengers"
            value *= 12
        if child.lower_ == "half" and text == "dozen":  # "half a dozen"
            value /= 2
        if child.dep_ == "compound" and child.i == tok.i - 2 and tok.nbor(-1).text == "-" and (
                value < 10 and child.lower_ in TENS):
            value += NUMBER_WORDS[child.lower_]  # "Thirty-one", "FORTY-ONE"
        elif child.dep_ == "compound" and child.i == tok.i - 1 and child.text.isdigit() and (
                THOUSANDS_GROUP.fullmatch(tok.text)):
            value += float(child.text) * 1000  # "150 000": thousands set apart by a space
    return value


def _numbers(doc: SpacyDoc) -> list[_Found]:
    """Counts with what they count and the verb that counts them; the slot also carries the year of a dated
    background count ("in December 2003", "in February") and the person who did it, so other events' counts
    stay apart. Anchors are the sentence's names and places, those that only tell the count ("AFAD said")
    marked SOURCE: two counts one source gives are about one thing, but the count is not about the source."""
    out: list[_Found] = []
    figures = [tok for tok in doc if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in VAGUE_COUNTS or tok.lower_ == "dozen"]
    if not figures:
        return out  # no figure, no count (most sentences)
    sources = _sources(doc)
    anchors = tuple((e.text, SOURCE if e.root.i in sources else e.label_) for e in nlp.ents_of(doc)
                    if e.label_ in ANCHOR_LABELS + PLACE_LABELS)
    dated = sorted({w for e in nlp.ents_of(doc) if e.label_ == "DATE" and _background(e)
                    for w in re.findall(r"[a-z]+|\d{4}", e.text.lower()) if w in MONTH_NAMES or w.isdigit()})
    split = _split_count(doc)
    text = nlp.text_of(doc)
    total, rising = bool(TOTAL.search(text)), bool(TOLL_TO_RISE.search(text))
    for tok in figures:
        if _in_range(tok) or split and tok.like_num:
            continue  # "Four people died at the scene and two more in hospital": parts of a count given elsewhere
        charges = _charges_of(tok)
        vague = VAGUE_COUNTS.get(tok.lower_)
        others = False
        if vague:
            of = next((c for c in tok.children if c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if noun is None:
                continue
            lo, hi = vague
        elif _counting(tok) and not _in_ent(tok, ("DATE", "TIME", "ORDINAL", "MONEY")):
            value = _number_value(tok)
            noun = tok.head
            if value is None or noun.pos_ not in ("NOUN", "PROPN", "ADJ") or noun.pos_ == "PROPN" and noun.i < tok.i or (
                    _after_a_name(tok)) or noun.lower_ in MONTH_NAMES:
                continue  # "State Route 7", "Local 644", "the Gate 7 turnstiles": a number in a name counts nothing;
                # "3 March" is a day
            if noun.pos_ == "ADJ" and noun.lower_ not in STATES and not _sized_thing(tok, noun):
                continue  # "41 dead" counts, and "the 612-patient trial" (the model may read "patient" as an
                # adjective); "41 new" does not
            partial = [*noun.children, *(c for c in tok.children if c.lower_ != "more")]  # not "more than 500"
            if any(c.lower_ in PARTIAL - {"other"} for c in partial) or CURRENCIES.get(noun.lemma_.lower()):
                continue  # "a further 61 birds", "the final four hostages": part of a count given elsewhere; a sum of
                # money is _money's
            others = any(c.lower_ == "other" for c in partial)  # "11 other runners": those besides the one a story
            # is about, a slot of their own, not all the runners
            if noun.lower_ in MEASURE_UNITS or noun.lower_ in ("cent", "km", "h") or noun.lemma_ in MEASURE_SIDE_WORDS:
                continue  # a share, speed or area is _measures'
            of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            if of is not None and (of.head.like_num or of.head.lower_ in WHOLE_OF or of.i < of.head.i and
                                   of.head.pos_ in ("VERB", "AUX") and not _told_with_participle(noun)
                                   or of.head.lemma_.lower() in geo.SETTLEMENTS):
                continue  # "two of the three victims died", "Of the 412 cases, 57 were confirmed": the whole (but
                # "Of the nine people injured, four ..." counts the injured); "a city of about 310,000 people"
            if noun.lower_ == "points" and any(c.lower_ == "basis" for c in noun.children):
                value /= 100  # 25 basis points are 0.25 percentage points
            lo, hi = _bounds(tok, value)
        elif _bare_toll(tok):
            value = _number_value(tok)
            if value is None:
                continue
            noun = tok
            lo, hi = _bounds(tok, value)
        elif (whole := _all_of(tok)) is not None:
            value = _number_value(tok)
            if value is None:
                continue
            noun, lo, hi = whole, value, value  # "all 460 of its employees": the whole, counted
        elif charges is not None:
            value = _number_value(tok)
            if value is None:
                continue
            noun, lo, hi = charges, value, value  # "guilty on nine of the 12 counts": the nine, counted
        else:
            continue
        sized = _sized_thing(tok, noun)
        if noun.i == tok.i:  # "killed 11 people and injured 64", "another 84 were hurt": people
            unit, predicate, agent = "people", _predicate_class(tok.head), ""
        elif noun.pos_ == "ADJ" and not sized:  # "leaving 41 dead"
            if noun.lower_ not in STATES:
                continue  # "thousands of federal were affected": a word missing, nothing said to be counted
            unit, predicate, agent = "people", STATES[noun.lower_], ""
        elif charges is not None:  # what befell the nine, not the 12 "he faced"
            unit, (_, predicate, agent) = charges.lemma_.lower(), _unit_and_predicate(tok)
        elif sized:
            unit, predicate, agent = noun.lemma_.lower(), f"size|{sized}", ""
        else:
            unit, predicate, agent = _unit_and_predicate(noun)
        if _in_a_study(noun, sized):  # "a trial of 621 patients", "a 612-patient trial": how many it enrolled
            predicate, agent = "enrol", ""
        every = any(c.lower_ == "all" for c in (*noun.children, *tok.children))  # "all 23 crew", "all five victims"
        if noun.lemma_.lower() == "passenger" and (predicate in CREW_VERBS or predicate not in PARTICIPLES and every):
            unit, predicate, agent = "people", "carry", ""  # "which had 2,870 passengers on board", "refunding all
            # 3,120 passengers": how many it carried
        elif _workforce(tok, noun, unit, predicate):
            unit, predicate, agent = "worker", "employ", ""
        if predicate == "cut" and (site := _cut_site(noun)):
            predicate = f"cut at {site}"  # "about 600 jobs will go at its Port Averly centre": that site's, not the firm's
        if unit in CREW_UNITS and (predicate in CREW_VERBS or every):
            # "carrying 18 crew", "its 21 crew members were accounted for", "all 23 crew were airlifted"
            unit, predicate = "crew", "carry"
        if predicate == "hospitalise" and every:
            continue  # "all five victims were taken to hospital" counts the victims; others may have been taken too
        if predicate == "lose power" and unit in POWER_UNITS:  # "412,000 customers" / "650,000 homes"
            unit = "home"
        if not predicate or unit in DEPTHS and RAIN_PERIOD.search(text):
            continue  # "112 mm of rain fell in the 24 hours to 9pm": rain over a window, each outlet's its own

        if unit == "percentage points":  # a change of what: "raised its rate by 75 basis points", "the yield rose 31"
            unit = f"{unit} ({_changed(noun)})"
        # a running total is another count than one day's or one operation's, and one told as later than the
        # story's ("nine people were later arrested for breaking the curfew") another than its own
        verb = next((t for t in tok.ancestors if t.pos_ == "VERB"), None)
        later = verb is not None and any(c.dep_ == "advmod" and c.lower_ in LATER for c in verb.children)
        if verb is not None and predicate != "miss" and (rising or _told_at_a_time(verb)):
            hi = float("inf")  # "had pulled 11 people alive by mid-morning": so many then, more by the end
        if verb is not None and verb.lemma_.lower() in SHOT_VERBS and unit in SHOTS:
            # "shot four times", "hit four times", "struck by four bullets": whoever the sentence names as doer;
            # but "two bullets struck from the front ... one bullet entered his side" are parts of a count
            if sum(t.like_num and t.head.lemma_ == noun.lemma_ for t in doc) > 1:
                continue
            unit, predicate, agent = "shot", "shoot", ""
        if unit in SPILLED and verb is not None and (predicate in SPILL_VERBS or any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in SPILL_VERBS for c in verb.children)):
            predicate, agent = "spill", ""  # "1,200 tonnes of oil escaped", "sending 3,000 tonnes of crude pouring
            # into the sea": whatever ship the model took for a person
        if predicate == "kill" and unit in ANIMALS and verb is not None and verb.lemma_.lower() == "die":
            predicate = "die"  # "several hundred hens died overnight" of the disease, not in the cull
        slot = "|".join([predicate, unit, *dated] + (["total"] if total else []) + (["later"] if later else [])
                        + (["others"] if others else []))
        first = tok.left_edge
        last = max([tok.i] + [c.i for c in tok.children if c.lower_ == "dozen"])  # "three dozen"
        shown = doc[first.i : last + 1].text if noun.i == tok.i else (
            f"{doc[first.i : last + 1].text} {noun.text}" if not vague else f"{tok.text} of {noun.text}")
        start, end = min(first.idx, noun.idx), max(tok.idx + len(tok), noun.idx + len(noun))
        doers = [verb, *(c for c in noun.children if c.dep_ == "amod")] if verb is not None else []
        told = next((v.lower_ for v in doers if v.pos_ == "VERB" and v.tag_ in ("VBN", "VBD")
                     and predicate not in PARTICIPLES and _predicate_class(v) == predicate), "")
        subject = f"the size of the {sized} ({unit})" if predicate.startswith("size|") else (
            f"the number of {_plural(unit)} {told}" if told else f"the number of {unit} {predicate_phrase(predicate)}")
        out.append(_Found("number", slot, shown, start, end, (repr(lo), repr(hi)), anchors, subject,
                          ((agent, "PERSON"),) if agent else ()))
    dead = next((f.key[0] for f in out if f.slot.startswith("kill|")), None)
    # the missing are counted against the dead found so far: "seven killed and four others missing" and "nine
    # deaths confirmed and two people remain missing" are one toll at two times
    return [replace(f, slot=f"{f.slot}|beside {float(dead):g} dead") if dead and f.slot.startswith("miss|") else f for f in out]


def _sized_thing(tok: Token, noun: Token) -> str:
    """What a hyphened count gives the size of ("the six-storey Hotel Arkana", "a 58-metre ferry", "the 240-seat
    National Assembly"): the words of the noun it qualifies, sorted, as either order names one hotel; "" when the
    count is no such size. The seats of an assembly are not seats anyone won."""
    doc = tok.doc
    if not (noun.i == tok.i + 2 and doc[tok.i + 1].text in ("-", "‐") and noun.dep_ in ("amod", "compound", "nmod")):
        return ""
    thing = noun.head
    if thing.pos_ not in ("NOUN", "PROPN") or thing.i < noun.i:
        return ""
    words = [t.lemma_.lower() for t in doc[noun.i + 1 : thing.i + 1] if t.pos_ in ("NOUN", "PROPN")]
    return " ".join(sorted(UNIT_GROUPS.get(w, INQUIRY_NAMES.get(w, w)) for w in words))  # a "6.1-magnitude quake"
    # is an earthquake's, a "three-member tribunal" a panel's


def _in_a_study(noun: Token, sized: str) -> bool:
    """Whether a count is of those a trial or study takes in: "a study of 612 patients", "the 612-patient trial"."""
    return bool(STUDIES & set(sized.split())) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in STUDIES)


def _after_a_name(tok: Token) -> bool:
    """A number right after a capitalised name word: "Gate 7", "Boeing 737" (not "Nearly 40" opening a sentence)."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "PROPN" and before.ent_type_ not in ("DATE", "TIME") or (
        before.pos_ == "NOUN" and before.is_title and before.i > before.sent.start)


def _workforce(tok: Token, noun: Token, unit: str, predicate: str) -> bool:
    """Whether a count is how many a firm employs: "employs 640 people", "has 640 staff", "the 640 people who work
    for it", "all 460 of its employees" (not the staff of one site: `_at_a_site`)."""
    whole = noun.i != tok.head.i and tok.lower_ not in VAGUE_COUNTS  # "all 460 of Alderwick's employees"
    staff = UNIT_GROUPS.get(noun.lemma_.lower()) == "worker"
    if not (staff and whole or (staff or unit == "people") and predicate in WORKFORCE_VERBS):
        return False
    return whole or not _at_a_site(noun)


def _cut_site(noun: Token) -> str:
    """The named site a count of jobs cut is at ("at its Port Averly customer support centre", "The Lisgar office
    ... loses about 300 roles"): its proper nouns, lower-cased; "" for the firm's own count. Counts at two sites
    are two slots, never compared; counts at one site are that site's toll."""
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return ""
    sites = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for p in c.children
             if p.dep_ == "pobj" and p.lemma_.lower() in SITE_WORKS]
    sites += [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in SITE_WORKS]  # "The
    # Lisgar office loses 300 roles", "will close its Hollinsford plant with the loss of 2,350 jobs"
    names = [" ".join(t.lower_ for t in site.subtree if t.pos_ == "PROPN") for site in sites]
    return next((n for n in names if n), "")


def _at_a_site(noun: Token) -> bool:
    """Whether the verb over a count of workers places them ("260 people work at its call centre", "employs 300
    at its Ballarat plant"): a site's staff, not the firm's."""
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    employer = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while employer is not None and employer.pos_ == "PROPN" and employer.dep_ in ("appos", "pobj"):
        employer = employer.head.head if employer.dep_ == "pobj" else employer.head  # "its bakery in Hexley, which"
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in") for c in verb.children) or (
        employer is not None and employer.lemma_.lower() in SITE_WORKS)  # "the bakery on Station Road employs 1,150"


def _all_of(tok: Token) -> Token | None:
    """The noun a figure counts whole: "all 460 of Alderwick's employees" (not "two of the three victims")."""
    if tok.pos_ != "NUM" or not any(c.lower_ == "all" for c in tok.children):
        return None
    of = next((c for c in tok.children if c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None


def _charges_of(tok: Token) -> Token | None:
    """The charges a number picks out of all those faced ("convicted on nine of the 12 counts"): what the verdict
    counts. Other parts of a whole ("two of the victims died in hospital") are parts of a count given elsewhere."""
    if not tok.like_num or tok.pos_ != "NUM":
        return None
    return next((g for c in tok.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in CHARGES), None)


def _bare_toll(tok: Token) -> bool:
    """A figure with no noun that a toll verb takes for the people it counts: "injured 64", "84 were hurt",
    "eleven died" (not "two of them were hurt": a part of a count given elsewhere)."""
    verb = tok.head
    if tok.pos_ != "NUM" or verb.pos_ != "VERB" or any(c.lower_ == "of" for c in tok.children):
        return False
    if _in_ent(tok, ("DATE", "TIME", "ORDINAL", "MONEY")) or _negated(verb) or _not_done(verb):
        return False
    role = tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children)
    return role and _predicate_class(verb) in PARTICIPLES


def _counting(tok: Token) -> bool:
    """A figure that counts the noun it stands before: its number modifier, or a figure the parser took for part
    of a compound noun right before it ("FORTY-ONE workers")."""
    if tok.lower_ == "dozen":  # "A dozen people were rushed to hospital" ("three dozen" counts by its "three")
        return tok.dep_ == "nummod" and not any(c.like_num for c in tok.children)
    if tok.pos_ != "NUM":
        return tok.dep_ == "nummod" and tok.like_num  # "Eleven people were injured": a number word the tagger took
        # for an adjective at the start of a sentence
    return tok.dep_ == "nummod" or tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1 and (
        not any(c.dep_ == "nummod" for c in tok.head.children))


def _bounds(tok: Token, value: float) -> tuple[float, float]:
    """The range a figure stands for, by the words before it: "about 400", "more than 70", "up to 20" (before
    the whole figure: "about 4.5 million")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].like_num:
        start -= 1
    before = tok.doc[max(0, start - 3) : start].text.lower()
    if ABOUT.search(before):
        width = min(ABOUT_WIDTH * value, max(ABOUT_MIN_WIDTH * value, _last_digit(value)))
        return value - width, value + width
    if AT_LEAST.search(before):
        return value, float("inf")
    if AT_MOST.search(before):
        return 0.0, value
    return value, value


def _last_digit(value: float) -> float:
    """What the last significant digit of a whole figure is worth: 4,200 -> 100, 4,213 -> 1, 4.5 million ->
    100,000 (0 for a fraction): how far a figure written so may have been rounded."""
    if value < 1 or value != int(value):
        return 0.0
    n, unit = int(value), 1
    while n % 10 == 0:
        n, unit = n // 10, unit * 10
    return float(unit)


def _names(doc: SpacyDoc) -> tuple[Name, ...]:
    """The sentence's names and places, what its figures may be about (read once per sentence)."""
    if "names" not in doc.user_data:
        doc.user_data["names"] = tuple((e.text, e.label_) for e in nlp.ents_of(doc) if e.label_ in ANCHOR_LABELS + PLACE_LABELS)
    names: tuple[Name, ...] = doc.user_data["names"]
    return names


def _captivity(doc: SpacyDoc) -> list[_Found]:
    """How long someone was held, in days: "after 48 days in captivity", "48 days held hostage", "a 58-day hostage
    ordeal", "nearly seven weeks in captivity" (about 49 days)."""
    out = []
    for tok in doc:
        if not tok.like_num or tok.i + 2 >= len(doc):
            continue
        unit = doc[tok.i + 2] if doc[tok.i + 1].text == "-" else doc[tok.i + 1]  # "58-day", "48 days"
        days = DAYS_IN.get(unit.lemma_.lower())
        after = doc[unit.i + 1 : unit.i + 1 + CAPTIVITY_REACH].text.lower().split()
        if days is None or after[:1] in (["before"], ["after"], ["ago"]) or not any(w.startswith(CAPTIVITY) for w in after):
            continue  # not "two weeks before the kidnapping"
        value = _number_value(tok)
        if value is None:
            continue
        lo, hi = _bounds(tok, value)
        first = tok.left_edge if tok.left_edge.i >= tok.i - 2 else tok
        out.append(_Found("number", "captivity|day", doc[first.i : unit.i + 1].text, first.idx, unit.idx + len(unit),
                          (repr(lo * days[0]), repr(hi * days[1])), _names(doc), "how long they were held"))
    return out


def _ages(doc: SpacyDoc, holders: Mapping[str, str]) -> list[_Found]:
    """A named person's age: "Raymond Voss, 41, who ...", "the 46-year-old Voss", "Voss, aged 46"; and the age of
    the one person the article names in a role ("The 61-year-old governor" where it names "Governor Teodor
    Vasquel")."""
    out = []
    text = nlp.text_of(doc)
    for described in AGED_ROLE.finditer(text):
        person = holders.get(described["role"].lower())
        if person and MIN_AGE <= int(described["age"]) <= MAX_AGE:
            out.append(_Found("number", AGE, f"{person}, {described['age']}", described.start(), described.end(),
                              (repr(float(described["age"])),) * 2, ((person, "PERSON"),), f"the age of {person}"))
    for ent in nlp.ents_of(doc):
        after, before = text[ent.end_char :], text[: ent.start_char]
        if ent.label_ != "PERSON" and not (_name_like(ent, 1) and AGE_AFTER.match(after)):
            continue  # "Moraghan, 44," is someone, whatever the model took the name for
        found = AGE_AFTER.match(after) or AGE_BEFORE.search(before)
        if found is None or not MIN_AGE <= int(found["age"]) <= MAX_AGE:
            continue
        age = found["age"]
        start, end = (ent.start_char, ent.end_char + found.end()) if found.re is AGE_AFTER else (found.start(), ent.end_char)
        out.append(_Found("number", AGE, f"{ent.text}, {age}", start, end, (repr(float(age)),) * 2,
                          ((ent.text, "PERSON"),), f"the age of {ent.text}"))
    return out


def _role_holders(doc: SpacyDoc) -> dict[str, str]:
    """Each role word, and each age, the article gives exactly one named person ("Governor Teodor Vasquel", "Teodor
    Vasquel, the governor", "Valdane, 58"): who "the governor" or "the 58-year-old" is in its other sentences."""
    held: dict[str, set[str]] = {}
    for ent in nlp.ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent.start > 1 and doc[ent.start - 2].lower_ in NOT_CURRENT:
            before = ""  # "Deputy Governor Ilse Brannok" is not the governor
        roles = {before} | {c.lower_ for c in ent.root.children if c.dep_ == "appos"}
        for role in roles & ROLES:
            held.setdefault(role, set()).add(ent.text.split()[-1])
        if aged := AGE_AFTER.match(nlp.text_of(doc)[ent.end_char :]):  # "Valdane, 58": "the 58-year-old"
            held.setdefault(f"{aged['age']}-year-old", set()).add(ent.text.split()[-1])
    return {role: next(iter(people)) for role, people in held.items() if len(people) == 1}


def _tolls(doc: SpacyDoc) -> list[_Found]:
    """A toll given without a noun to count: "the death toll rose to 27", "the toll stands at 40", "a death toll
    of 12" (the count of people killed; of the injured for an injury toll), "the number of people killed in the
    landslide has risen to 27"."""
    out = []
    anchors = _names(doc)
    for tok in doc:
        if not tok.like_num or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "at", "of"):
            continue
        prep = tok.head
        toll = prep.head if prep.lower_ == "of" else next(
            (c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        value = _number_value(tok)
        if toll is None or value is None:
            continue
        if toll.lemma_.lower() == "toll":
            kind = next((c.lemma_.lower() for c in toll.children if c.dep_ in ("compound", "amod")), "death")
            unit, predicate = "people", "injure" if kind in ("injury", "casualty") else "kill"
        elif toll.lemma_.lower() in ("number", "tally") and prep.lower_ != "of":  # "the number of people killed"
            of = next((c for c in toll.children if c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            unit, predicate, _ = _unit_and_predicate(noun) if noun is not None else ("", "", "")
            if predicate not in PARTICIPLES:
                continue
        else:
            continue
        lo, hi = _bounds(tok, value)
        slot = "|".join([predicate, unit] + (["total"] if TOTAL.search(nlp.text_of(doc)) else []))
        start = tok.left_edge.idx
        out.append(_Found("number", slot, f"{doc[tok.left_edge.i : tok.i + 1].text} {unit}", start, tok.idx + len(tok),
                          (repr(lo), repr(hi)), anchors, f"the number of {unit} {predicate_phrase(predicate)}"))
    return out


def _money(doc: SpacyDoc) -> list[_Found]:
    """What something costs, in its currency: "expected to cost €840m", "is budgeted at 480 million euros", "at a
    cost of nearly half a billion euros". Other sums a verb takes (fines, bids, loans) keep the verb as the slot."""
    out: list[_Found] = []
    text = nlp.text_of(doc)
    if not DIGIT.search(text) and "half a" not in text.lower():
        return out  # no sum MONEY could read
    anchors = _names(doc)
    for found in MONEY.finditer(text):
        named = (found["symbol"] or found["word"] or "").lower().removesuffix("s")
        currency = "pound" if found["pence"] else CURRENCIES.get(named)
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if currency is None or span is None:
            continue
        number, scale = found["number"] or found["number2"], found["scale"] or found["scale2"] or ""
        figure = 0.5 if found["half"] else float(found["pence"]) / 100 if found["pence"] else float(number.replace(",", ""))
        scale = scale or (found["half"].split()[-1] if found["half"] else "")
        value = figure * SCALES_SHORT.get(scale.lower(), 1.0)
        root = span.root
        head = root.head
        verb = head.lemma_.lower() if head.pos_ in ("VERB", "AUX") and root.dep_ in ("dobj", "attr", "npadvmod") else ""
        if verb in PAID_WITH and any(c.lower_ == PAID_WITH[verb] for c in head.children):
            verb = "pay"
        after = doc[span.end].lemma_.lower() if span.end < len(doc) else ""
        if after == "in" and span.end + 1 < len(doc) and doc[span.end + 1].lemma_.lower() in SUM_NOUNS:
            after = doc[span.end + 1].lemma_.lower()  # "paid £1.5m in compensation"
        priced = head.head if head.pos_ == "ADP" else head  # "priced its shares at $24"
        if PER_UNIT.match(text, found.end()) or priced.lemma_.lower() in COST_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in UNITS_SOLD for c in priced.children):
            predicate = "unit price"  # "$24 a share", "$24 each", "priced its shares at $24": what one costs
        elif head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() == "price":
            price = head.head  # "its closing price of 298.5 pence": what the share last traded at, not what it costs
            predicate = " ".join([*(c.lower_ for c in price.children if c.dep_ in ("amod", "compound")), "price"])
        elif head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in WORTH_NOUNS:
            predicate = "market value"  # "a market value of $7.1 billion", "a value of more than $7 billion": what it
            # is worth as traded, not what it was valued at ("valued the company at $5.1 billion")
        elif after in SUM_NOUNS:
            predicate = SUM_NOUNS[after]  # "under a £46 million contract", "dropped their $8m demand"
        elif head.lower_ == "of" and head.head.lemma_.lower() in SUM_NOUNS:
            predicate = SUM_NOUNS[head.head.lemma_.lower()]  # "a reward of up to $20,000", "a fine of £2m"
        elif verb in COST_VERBS:
            predicate = "cost"  # "will cost €840m" (not "a $200 million offer": whose offer is another matter)
        elif head.pos_ == "ADP" and head.head.lemma_.lower() in COST_VERBS:
            predicate = "cost"  # "budgeted at 480 million euros", "a cost of $2bn"
        elif verb:
            predicate = verb
        elif root.dep_ in ("nummod", "compound", "nmod", "quantmod") and head.i >= span.end and head.lemma_.lower() in SUM_NOUNS:
            predicate = SUM_NOUNS[head.lemma_.lower()]  # "a £64million cash deal"
        else:
            continue
        lo, hi = _bounds(span[0], value)
        out.append(_Found("number", f"{predicate}|{currency}", found.group(0).strip(), found.start(), found.end(),
                          (repr(lo), repr(hi)), anchors, "what it costs" if predicate == "cost" else f"the sum ({predicate})"))
    return out


def _measures(doc: SpacyDoc) -> list[_Found]:
    """Shares, speeds and areas with their unit: "a 5.4 per cent increase", "91pc of members", "nine in ten
    members", "running at 75 km/h", "has burned more than 4,000 hectares". A share's slot is what it is a share
    of ("members", an "increase"); a speed or an area is one slot (a limit, "a 30 km/h limit", is left out).
    A poll's shares, and a sentence's list of shares, are left out."""
    out = []
    anchors = _names(doc)
    text = nlp.text_of(doc)
    measured = _measured(text)
    shares = sum(dimension == "percent" for _, _, dimension in measured)
    # "55 percent in Saudi Arabia, 52 percent in Egypt and 82 percent in India"; each poll its own; "88 percent of
    # the sick ..., compared with under 5 percent of those who stayed well": two groups
    listed = shares >= SHARES_LISTED or bool(POLL.search(text)) or shares > 1 and bool(CONTRASTED.search(text))
    for found, value, dimension in measured:
        if dimension == "percent" and listed:
            continue
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is None:
            continue
        ratio = "noun" in found.re.groupindex  # "nine in ten members"
        if not ratio and _in_range(span[0]) or _unreal(span.root):
            continue  # "to 7.5 percent from 6.5 percent"; "had expected it to hold the rate at 6.50%"
        after = doc[span.end : span.end + 3]
        if any(t.lemma_.lower() in MEASURE_SIDE_WORDS for t in [*after, *doc[max(0, span.start - 3) : span.start]]):
            continue  # "a 30 kmph limit", "the speed limit of 30 km/h"
        topic = dimension
        if dimension == "speed" and any(t.lower_.startswith("gust") for t in doc[max(0, span.start - 5) : span.start]):
            topic = "gust"  # "sustained winds of 175 km/h and gusts of up to 215 km/h": two speeds of one storm
        if dimension == "percent":
            named = doc.char_span(found.start("noun"), found.end("noun")) if ratio else None
            noun = named.root.lemma_ if named is not None else "" if ratio else _share_of(span)
            if not noun:
                continue
            topic = CHANGES.get(noun.lower(), noun.lower())
        lo, hi = _bounds(span[0], value)
        if dimension != "percent":
            lo, hi = lo * (1 - MEASURE_ROUNDING), hi * (1 + MEASURE_ROUNDING)
        shown = found.group(0).strip()
        subject = "the share (people)" if topic == "people" else f"the {topic}"  # "the rate", "the speed"
        if dimension == "percent" and YEARLY.match(text, found.end()):
            topic += " a year"  # "1.75 per cent in each of the next two years" is not "3.5 per cent over two years"
        out.append(_Found("number", f"measure|{topic}", shown, found.start(), found.end(), (repr(lo), repr(hi)),
                          anchors, subject))
    return out


def _causes(doc: SpacyDoc) -> list[_Found]:
    """What set off the story's event: "the inferno was sparked by a cigarette butt", "it was started by
    lightning", "lists the cause as lightning". The value is the cause's nouns, so "lightning" and "a lightning
    strike" agree and "a cigarette butt" does not."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        if verb.lemma_.lower() in CAUSE_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
            holder = verb.head if verb.dep_ == "xcomp" else verb  # "it was believed to have been started by"
            subject = next((c for c in holder.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subject is None or not (subject.tag_ == "PRP" or _event_word(subject) in EVENTS):
                continue  # "the delay was caused by ..." is no event's cause
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            cause = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        elif any(c.dep_ == "dobj" and c.lemma_.lower() == "cause" for c in verb.children):
            as_ = next((c for c in verb.children if c.lower_ == "as"), None)  # "lists the cause as lightning"
            cause = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        else:
            continue
        if cause is None or cause.pos_ != "NOUN":
            continue
        nouns = sorted({t.lemma_.lower() for t in cause.subtree if t.pos_ == "NOUN" and t.i <= cause.i})
        shown = doc[cause.left_edge.i : cause.i + 1]
        out.append(_Found("attribute", "cause", shown.text, shown.start_char, shown.end_char, tuple(nouns), (),
                          "what caused it"))
    return out


def _measured(text: str) -> list[tuple[re.Match[str], float, str]]:
    """Each figure with a unit in the text, its value in the unit's dimension, and the dimension."""
    out: list[tuple[re.Match[str], float, str]] = []
    if not DIGIT.search(text) and not ("and a half" in (low := text.lower()) or "ten" in low):
        return out  # no figure MEASURE or RATIO could read
    for found in MEASURE.finditer(text):
        dimension, factor = MEASURE_UNITS[re.sub(r"\s+", " ", found["unit"].lower())]
        out.append((found, (_figure(found["number"]) + (0.5 if found["half"] else 0.0)) * factor, dimension))
    for found in RATIO.finditer(text):
        out.append((found, _figure(found["number"]) * 10, "percent"))
    return out


def _figure(number: str) -> float:
    """A figure written in digits ("4,300") or as a word ("nine")."""
    number = number.lower().replace(",", "")
    return float(NUMBER_WORDS[number]) if number in NUMBER_WORDS else float(number)


def _changed(tok: Token) -> str:
    """What a change in points is of: the object, else the subject, of the verb the figure hangs from."""
    return _verb_noun(next((t for t in tok.ancestors if t.pos_ == "VERB"), None), tok)


def _verb_noun(verb: Token | None, besides: Token) -> str:
    """The lemma of the verb's object, else of its subject (a common noun other than `besides`), with what makes
    it another measure ("core inflation"); "" if none."""
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        noun = next((c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN" and c.i != besides.i),
                    None) if verb is not None else None
        if noun is not None:
            kinds = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in OTHER_MEASURE]
            return " ".join([*kinds, noun.lemma_.lower()])
    return ""


def _unreal(tok: Token) -> bool:
    """Whether the verb a figure hangs from denies it or only expects it ("expected to hold it at 6.5%"); "would have
    given a 5.4 per cent increase" tells what an offer was."""
    verb = next((t for t in tok.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and (_negated(verb) or _not_done(verb) or (
        verb.dep_ == "ccomp" and verb.head.lemma_.lower() in NOT_DONE_HEADS))  # "expected the bank to hold it at"


def _share_of(span: SpacySpan) -> str:
    """What a percentage measures: its of-noun ("91pc of members"), the noun it qualifies ("a 4.5% pay offer",
    "an offer of 4.5pc", "increases worth 4.5 per cent"), or the subject or object of the verb that takes it
    ("raised its rate to 7.5%", "shares fell 6.4%"); "" when nothing says."""
    root = span.root
    if moved := _market_move(root):
        return moved
    of = next((c for c in root.children if c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None:  # "owns 15% of Tarrant Civil": a stake in a company, however the text names it
        return "stake" if pobj.pos_ == "PROPN" and root.head.lemma_.lower() in OWNING else pobj.lemma_
    head = root.head
    if head.lower_ == "worth":
        head = head.head
    if root.dep_ in ("compound", "amod", "nummod", "npadvmod", "prep") and head.pos_ == "NOUN" and head.i != root.i:
        return head.lemma_
    if root.dep_ == "pobj" and head.head.pos_ == "NOUN":
        return head.head.lemma_
    verb = head.head if root.dep_ == "pobj" else head
    return _verb_noun(verb if verb.pos_ == "VERB" else None, root)


def _market_move(root: Token) -> str:
    """What a named index, share or currency moved by: "the Halden Composite plunged 3.2%", "the benchmark Halden
    Composite index closed 2.3% lower", "lost 198 points, or 2.3%" all move the Halden Composite; "" if not so."""
    verb = next((t for t in root.ancestors if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in MOVE_VERBS:
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return ""
    name = [t.lower_ for t in subject.subtree if t.pos_ == "PROPN" and (t is subject or t.dep_ == "compound")]
    return f"move of {' '.join(name)}" if name else ""


def _prison_terms(doc: SpacyDoc) -> list[_Found]:
    """How long someone is sentenced to, in months: "sentenced to eight years in prison", "jailed for 96 months",
    "a 10-year prison sentence", "was given six months". spaCy reads such durations as dates, which the counts
    above leave out."""
    out = []
    anchors = _names(doc)
    for unit in doc:
        months = TERM_MONTHS.get(unit.lemma_.lower())
        number = next((c for c in unit.children if c.dep_ == "nummod"), None)
        if months is None or number is None:
            continue
        term, value = _term(unit), _number_value(number)
        if term is None or value is None:
            continue
        lo, hi = _bounds(number, value * months)
        shown = doc[number.i : unit.i + 1].text
        out.append(_Found("number", f"{term}|month", shown, number.idx, unit.idx + len(unit), (repr(lo), repr(hi)),
                          anchors, "the prison term" if term == "sentence" else "the length of the ban"))
    return out


def _term(unit: Token) -> str | None:
    """What a duration is the length of: a prison term ("sentence": it qualifies a sentence or term, or a jailing
    verb takes it) or a ban ("ban": "a four-year ban", "suspended for two years"); else None."""
    head = unit.head
    if head.lemma_.lower() in ("sentence", "term") and head.pos_ == "NOUN":
        return "sentence"  # "a 10-year prison sentence", "an eight-year term"
    if head.lemma_.lower() in BANS and head.pos_ == "NOUN":
        return "ban"  # "a four-year ban", "a 4-year suspension"
    if unit.dep_ == "pobj" and head.lower_ in ("to", "for"):  # "sentenced to eight years", "jailed for 96 months",
        verb = head.head.lemma_.lower()  # "banned from competition for two years"
        return "sentence" if verb in JAIL_VERBS else "ban" if verb in BANS and head.lower_ == "for" else None
    if any(c.lower_ == "of" for c in unit.children):
        return None  # "three years of supervised release" is no prison term
    return "sentence" if unit.dep_ == "dobj" and head.lemma_.lower() in SERVE_VERBS else None  # "was given six months"


def _background(date: SpacySpan) -> bool:
    """A date that may set a count in the past ("in December 2003", "has stood since August 2024"): one with no
    day of its own (a day is this story's: "on Thursday, October 9, 2025"), and not one that only dates a noun
    ("its first increase since January 2023", "the 2023 world championships")."""
    words = date.text.lower().split()
    if any(w in WEEKDAYS for w in words) or any(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?,?", w) for w in words):
        return False
    prep = date.root.head
    if date.root.dep_ in ("compound", "nummod", "nmod", "amod") and prep.pos_ in ("NOUN", "PROPN") and prep.i > date.root.i:
        return False  # "the 2023 world championships" names the championships
    return not (prep.lower_ == "since" and prep.head.pos_ == "NOUN")


def _sources(doc: SpacyDoc) -> set[int]:
    """Tokens that name who tells, not what is told: the subject of a speech verb ("AFAD said"), the object
    of "according to"."""
    out: set[int] = set()
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH:
            out.update(c.i for c in tok.children if c.dep_ == "nsubj")
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            out.add(tok.i)
    return out


def _told_at_a_time(verb: Token) -> bool:
    """The verb tells a running count at a time: "had pulled 11 people alive by mid-morning", "11 deaths had been
    confirmed by midday Wednesday", "as of Wednesday evening" (a count the sentence expects to grow is TOLL_TO_RISE's)."""
    def a_time(prep: Token) -> bool:
        return any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in DAY_PARTS)
                   for g in prep.children)

    return any(c.lower_ == "by" and a_time(c) or c.lower_ == "as" and any(o.lower_ == "of" and a_time(o) for o in c.children)
               for c in verb.children)


def _split_count(doc: SpacyDoc) -> bool:
    """The sentence tells one count in parts ("Four people died at the scene and two more in hospital"), not
    counts of two things: in "Six miners died and 17 others were rescued" the others have a verb of their own."""
    for t in doc:
        if t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("others", "more"):
            others = doc[t.i + 1]
            verbs = {n.head.head.lemma_ for n in doc if n.like_num and n.head.dep_ in ("nsubj", "nsubjpass")
                     and n.head != others}
            if others.dep_ not in ("nsubj", "nsubjpass") or others.head.lemma_ in verbs:
                return True
    return False


def _in_range(tok: Token) -> bool:
    """A bound of a range ("40 percent to 70 percent", "between 10 and 20") or a share ("28 of 41 passes"):
    not a count on its own."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].lower_ in ("of", "in") and doc[tok.i - 2].like_num:
        return True
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("of", "in") and doc[tok.i + 2].like_num:
        return True  # "28 of 41", "nine in ten" (a share: _measures)
    before = doc[max(0, tok.i - 2) : tok.i].text.lower()
    after = doc[tok.i + 1 : tok.i + 4]
    if re.search(r"\b(between|from)\b", before):
        return True
    bound = next((t for t in after if t.like_num), None)
    if bound is None or not any(t.lower_ in ("to", "-", "–", "and", "or") for t in after[:2]):
        return False
    return not (tok.dep_ == bound.dep_ == "nummod" and tok.head.lemma_ != bound.head.lemma_)  # "132 passengers and
    # five crew members": two counts of two things


def _agent(verb: Token) -> str:
    """The named person who does the counting verb ("Buckley fell 600 metres"), else ""."""
    cur = verb
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.text if subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" and not subj.ent_type_ else ""
        if cur.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


def _told_with_participle(noun: Token) -> bool:
    """A noun that says what befell it in a participle of its own: "the nine people injured"."""
    return any(c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBN" for c in noun.children)


def _unit_and_predicate(noun: Token) -> tuple[str, str, str]:
    lemma = noun.lemma_.lower()
    unit = UNIT_GROUPS.get(lemma, lemma)
    kinds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if kinds and unit not in ("people", "percent"):  # "career playoff games" are not all "career games"
        unit = " ".join([*kinds, unit])
    if lemma == "point" and any(c.lower_ in ("percentage", "basis") for c in noun.children):
        unit = "percentage points"
    if lemma in DEATH_NOUNS:  # but "the evacuation saved hundreds of lives"
        return ("people", "", "") if _saved(noun) else ("people", "kill", "")
    if lemma in GAME_STATS and unit != "percentage points":
        return unit, "", ""
    if unit == "percent":  # "99% of the incoming munitions": the percent counts its of-noun
        of = next((c for c in noun.children if c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            unit = f"% of {UNIT_GROUPS.get(pobj.lemma_.lower(), pobj.lemma_.lower())}"
    befell = noun.head.pos_ == "VERB" and (noun.dep_ in ("nsubj", "nsubjpass") and _predicate_class(noun.head) in HARMS
                                           or noun.dep_ == "dobj" and _predicate_class(noun.head) in DONE_TO)
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    verb = next((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "VERB" and count is not None
                 and c.i < count.i), None)
    if verb is not None:  # "after a rockfall trapped 23 workers", read by the model as "trapped" describing them (an
        # adjective comes after the number: "23 trapped workers")
        return unit, _predicate_class(verb), ""
    for child in () if befell else noun.children:  # "4,000 people evacuated", "people who were evacuated"; but
        # "41 patients given the drug died": what befell them is the verb they are the subject of, and "treated 19
        # people injured in the protests" the verb they are the object of
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and (not _describes(child) or child.lower_ in STATES):
            # "the 13 people still missing" is what befell them
            if noun.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "still" for c in noun.head.children):
                return unit, "", ""  # "six people wounded in the fighting were still being treated": the rest
            return (unit, "cut", "") if _cuts_jobs(child, unit) else (unit, _predicate_class(child), "")
    cur = noun
    for _ in range(MAX_HOPS):
        if cur.head.i == cur.i:
            return unit, "", ""
        cur = cur.head
        if unit == "worker" and cur.lemma_.lower() in JOB_CUTS and cur.pos_ == "NOUN" or _cuts_jobs(cur, unit):
            return "worker", "cut", ""  # "with the loss of 2,350 jobs", "putting 2,350 people out of work"
        among = next((AMONG_COUNTS[g.lower_] for c in cur.children if c.lower_ == "among" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in AMONG_COUNTS), "") if cur.lemma_.lower() == "be" else ""
        if among and noun.dep_ == "nsubj" and noun.head.i == cur.i:
            return unit, among, ""  # "23 police officers were among the injured": a count of the injured
        if cur.lower_ == "including" and cur.dep_ == "prep":
            continue  # "194 people were injured, including 23 police officers": injured too, some of them
        if cur.pos_ == "VERB":
            predicate = _predicate_class(cur)
            if _negated(cur) or predicate != "evacuate" and (cur.lemma_.lower() in SPEECH or _not_done(cur)):
                return unit, "", ""  # "we wouldn't have 355 damaged shops" counts nothing; "told to leave" does
            if _before_the_event(cur):
                return unit, "", ""  # "3,200 people had already left their homes before this week's eruption"
            return unit, predicate, _agent(cur)
    return unit, "", ""


def _saved(noun: Token) -> bool:
    """Lives counted as saved, spared or protected are not lost."""
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in ("save", "spare", "protect", "rescue")


def _before_the_event(verb: Token) -> bool:
    """A verb told as before an event ("had left their homes before the eruption", "ahead of the storm"): what it
    counts is an earlier stage, not the event's own figure."""
    return any(_event_word(g) in EVENTS for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ in (
        "before", "ahead") for g in c.subtree if g.dep_ == "pobj")


def _cuts_jobs(verb: Token, unit: str) -> bool:
    """Jobs cut, however told: "axe 3,250 jobs", "laid off 200 staff", "2,350 roles to go", "putting 2,350 people
    out of work"."""
    if verb.pos_ != "VERB" or _on_strike(verb):
        return False  # "900 staff went on strike" lost no jobs
    if unit == "worker" and (verb.lemma_.lower() in JOB_CUTS or verb.lemma_.lower() == "lay" and any(
            c.lower_ == "off" for c in verb.children)):
        return True
    return unit in ("worker", "people") and any(
        c.lower_ == "out" and any(g.lower_ == "of" and any(w.lemma_.lower() in ("work", "job") for w in g.children)
                                  for g in c.children) for c in verb.children)


def _not_done(verb: Token) -> bool:
    """What only may or is meant to happen, not what did or will: "could carry 150", "licensed to carry 150",
    "expected to reach 300", "urged them to cancel", "recommending that members accept the deal" (but "will send
    500 troops" is a count to compare)."""
    return any(c.lower_ in POSSIBLE for c in verb.children) or (
        verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in NOT_DONE_HEADS
        or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in URGING)


def _describes(verb: Token) -> bool:
    """A participle that says who the counted are, not what befell them ("4,000 people living near the plant
    were ordered out"): the count belongs to the verb above."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() not in EVENTS


def _predicate_class(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    if _on_strike(verb):
        return "walkout"  # "2,300 nurses began a 48-hour strike", "3,200 nurses downed tools", "900 staff went on strike"
    state = next((STATES[c.lower_] for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in STATES),
                 None)
    if state:
        return state  # "27 people are (confirmed) dead", "14 remain missing"
    if any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children):
        return "kill"  # "shot to death", "beaten to death"
    if lemma == "leave" and any(c.lower_ == "with" and any(g.lemma_.lower() in ("wound", "injury") for g in c.children)
                                for c in verb.children):
        return "injure"  # "left five people with stab wounds"
    if _loses_power(verb):
        return "lose power"
    if _leaves_home(verb) or _away_from_home(verb) or any(
            c.dep_ == "xcomp" and (_leaves_home(c) or EVENTS.get(c.lemma_.lower()) == "evacuate")
            for c in verb.children):
        # "forced 4,000 people to leave their homes", "ordered 400 to flee", "told to leave", "forced from
        # their homes", "ordered out of their homes", "spent the night away from their homes"
        return "evacuate"
    if lemma == "hospitalize" or _to_hospital(verb) and (_event_word(verb) not in EVENTS or lemma in CARRY_VERBS) and (
            not _still(verb) and lemma not in ROUTE_VERBS):
        return "hospitalise"  # "nine people were taken to hospital", "sent nine people to the hospital": a count of
        # its own, often fewer than the injured ("38 injured" / "17 taken to hospital"); "died in hospital" stays a
        # killing; "23 remain in hospital" are some of them, not all; "the 9km line will run to Kestle Park
        # Hospital" carries no one
    predicate = event_class(verb) if _event_word(verb) in EVENTS else CHANGES.get(lemma, lemma)
    if predicate == "injure" and any(c.lower_ in SEVERELY for c in verb.children):
        return "seriously injure"  # "two children were critically injured" are some of the 22 hurt
    if predicate == "kill" and any(c.lower_ == "at" and any(g.lower_ == "scene" for g in c.children) for c in verb.children):
        return "die at the scene"  # "six died at the scene and a seventh later in hospital" are some of the seven
    return predicate


def _on_strike(verb: Token) -> bool:
    """A verb that tells workers striking: "struck", "walked out", "downed tools", "went on strike", "began (joined,
    staged) a strike"."""
    lemma = verb.lemma_.lower()
    if lemma == "strike" and _labour(verb) or lemma == "walk" and any(c.lower_ == "out" for c in verb.children):
        return True
    if lemma == "down" and any(c.dep_ == "dobj" and c.lower_ == "tools" for c in verb.children):
        return True
    done = [c for c in verb.children if c.dep_ == "dobj"] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in (
        "on", "in") for g in c.children if g.dep_ == "pobj"]
    return any(EVENTS.get(_event_word(t)) == "walkout" and (t.lower_ != "strike" or _labour(t)) for t in done)


def _still(verb: Token) -> bool:
    """"remain", "stay", "are still", "are being treated", "was kept in hospital", "leaving 15 in hospital": a state
    that lasts, which some of those once in it have left."""
    lasting = verb.lemma_.lower() in ("remain", "stay", "be", "keep", "leave")
    return lasting or any(c.lower_ in ("still", "being") for c in verb.children)


def _to_hospital(verb: Token) -> bool:
    """"taken to hospital", "treated in hospital", "rushed to the hospital", "taken to Kelsworth Royal Infirmary"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "in", "at") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in HOSPITALS for g in c.children) for c in verb.children)


def _loses_power(verb: Token) -> bool:
    """"were left without power", "lost power": a blackout's count."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(g.lemma_.lower() in POWER for g in c.children)
               or verb.lemma_.lower() == "lose" and c.dep_ == "dobj" and c.lemma_.lower() in POWER for c in verb.children)


def _leaves_home(verb: Token) -> bool:
    """"leave their homes", or "leave" with no object ("were told to leave"); not what is left ("with ten matches
    left")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    remaining = verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "oprd", "ccomp")
    return verb.lemma_.lower() == "leave" and not remaining and all(c.lemma_.lower() in HOMES for c in objects)


def _away_from_home(verb: Token) -> bool:
    """A verb with "from their homes" / "out of their homes" / "away from their homes" hung on it."""
    todo = [c for c in verb.children if c.dep_ in ("prep", "advmod", "prt")]
    while todo:
        tok = todo.pop()
        if tok.dep_ == "pobj" and tok.lemma_.lower() in HOMES and tok.head.lower_ in ("from", "of"):
            return True
        if tok.pos_ != "VERB":
            todo += [c for c in tok.children if c.dep_ in ("prep", "pobj", "advmod", "pcomp")]
    return False


def _plural(noun: str) -> str:
    """A counted noun's plural, for a statement of the count: "workers", "batches", "people"."""
    if noun.endswith("s") or noun in ("people", "staff", "crew", "police", "personnel"):
        return noun
    if noun.endswith(("ch", "sh", "x")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def predicate_phrase(predicate: str) -> str:
    """The verb phrase a summary uses for a count's predicate."""
    return PARTICIPLES.get(predicate, f"({predicate})")


# --------------------------------------------------------------------------- status


def _fates(doc: SpacyDoc) -> list[_Found]:
    out = []
    for ent in nlp.ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        verb = root.head
        fate = FATE.get(verb.lemma_.lower())
        subject = root.head if root.dep_ == "appos" else root  # "The bus driver, Declan Farrow, was pulled alive"
        if subject.dep_ in ("nsubj", "nsubjpass") and not _negated(subject.head) and not _hedged(subject.head):
            head = subject.head
            among = [p.lower_ for c in head.children if c.lower_ == "among" for p in c.children if p.dep_ == "pobj"]
            told = "survived" if any(c.lower_ == "alive" for c in head.children) else (  # "was pulled alive"
                AMONG_FATES.get(among[0], "") if among and head.lemma_ == "be" else "")  # "was among the dead"
            if told:
                start, end = min(ent.start_char, head.idx), max(ent.end_char, head.idx + len(head))
                out.append(_Found("status", "fate", f"{ent.text} {told}", start, end, (told,), ((ent.text, "PERSON"),),
                                  f"the fate of {ent.text}"))
                continue
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
        start, end = min(ent.start_char, verb.idx), max(ent.end_char, verb.idx + len(verb))
        out.append(_Found("status", "fate", f"{ent.text} {fate}", start, end, (fate,), ((ent.text, "PERSON"),),
                          f"the fate of {ent.text}"))
    return out


def _plans(doc: SpacyDoc) -> list[_Found]:
    out = []
    for verb in doc:
        status = _phrasal_plan(verb) or PLAN.get(verb.lemma_.lower())
        if status is None or verb.pos_ != "VERB" or _negated(verb) or _not_done(verb) or any(
                c.lower_ == "through" for c in verb.children):
            continue  # "scraped the budget through" passed it
        if _hedged(verb) and not (status in TOLD_AHEAD and _will(verb)):
            continue  # "could be postponed"; but "the tour will go ahead as planned" is a plan told
        if status == "halted" and _for_good(verb):
            status = "ended"
        if status in ("cancelled", "halted") and any(
                t.lower_ == "until" for c in verb.children for t in (c, *(g for g in c.children if g.dep_ == "mark"))):
            status = "suspended"  # "the search had been called off until the volcano calms": for now
        begun = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if begun is not None and not (status == "went ahead" and begun.tag_ == "VBG"):
            continue  # "expectations had started to drift": a verb's aspect, not a plan that went ahead
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        role = ("nsubjpass",) if passive else ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else (
            "nsubj",)
        thing = next((c for c in verb.children if c.dep_ in role), None) or _object_said(verb)
        undertaken = begun or next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLAN_PREPS), None)
        by_someone = thing is None or thing.pos_ in ("PRON", "PROPN") or bool(thing.ent_type_) or (
            thing.lemma_.lower() in PEOPLE_BY_ROLE | PEOPLE_NOUNS)  # not "the tour will go on, with guest singers"
        if undertaken is not None and (begun is not None or by_someone or undertaken.lower_ == "against"):
            # "began pumping the oil", "officials went ahead with a controlled burn", "decided against it"
            target = next((g for g in undertaken.children if g.dep_ in ("dobj", "pobj")), None)
            if target is None and begun is not None:
                continue  # "crews began working": what they began is not said
            thing = target or thing
        if thing is None or thing.pos_ == "PRON" or verb.lemma_.lower() in WORK_ONLY and not (
                _work(thing) or thing.lemma_.lower() in UNDERTAKINGS):
            continue
        if thing.lemma_.lower() in INQUIRIES or _with_no(thing) or verb.lemma_.lower() == "hold" and (
                thing.lemma_.lower() in HOLDINGS):
            continue  # an inquiry opened is an official act (_official_acts); "no strike went ahead" is none;
            # "holds the transport brief" holds no event
        if thing.lemma_.lower() in PEOPLE_BY_ROLE | HELD or _named_person(thing) or (
                status == "went ahead" and thing.lemma_.lower() in WAYS_THROUGH):
            continue  # "suspended its head of safety" is a sanction; "opened Gate 7", "opened fire" no plan
        if thing.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" or c.lower_ in MANY for c in thing.children) or (
                thing.lower_ in MANY | {"total"}):
            continue  # "312 operations were postponed", "hundreds of operations cancelled", "a total of 380 flights": a
            # count, not one plan
        if status == "suspended" and thing.tag_ == "NNS" and thing.lemma_.lower() in TIMETABLED:
            status = "cancelled"  # "all flights were suspended" / "flights were axed": each flight suspended is one cancelled
        clause = {t.i for c in thing.subtree if c.dep_ == "relcl" for t in c.subtree}  # ", which means ..."
        inside = {t.i for t in thing.subtree} - clause
        words = sorted({"strike" if EVENTS.get(_event_word(t)) == "walkout" else t.lemma_.lower()  # "walkout"
                        for t in thing.subtree if t.i in inside and t.pos_ in ("NOUN", "PROPN")
                        and t.lemma_.lower() not in PLAN})
        named = [(e.text, e.label_) for e in nlp.ents_of(doc) if e.root.i in inside and e.label_ in ANCHOR_LABELS]
        anchors = tuple(named) + ((thing.lemma_.lower(), ""),) if named else tuple((w, "") for w in words)
        if not anchors:
            continue
        phrase = doc[begun.i if begun is not None else thing.left_edge.i : thing.right_edge.i + 1]  # "pumping the oil"
        start, end = min(phrase.start_char, verb.idx), max(phrase.end_char, verb.idx + len(verb))
        out.append(_Found("status", "plan", f"{phrase.text} {status}", start, end, (status,), anchors, phrase.text))
    return out


def _orders(doc: SpacyDoc) -> list[_Found]:
    """Whether an order, a curfew or a ban still holds: "officials lifted the evacuation order" against "the
    evacuation order remains in force", "would remain in place until the dam is inspected"."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ORDER_ENDS and lemma not in ("remain", "stay"):
            continue
        if _negated(verb) or _not_done(verb):
            continue
        if lemma in ORDER_ENDS and not _hedged(verb):
            value, role = "lifted", {"dobj", "nsubjpass"}
        elif lemma in ("remain", "stay") and any(c.lower_ == "in" and any(g.lower_ in IN_FORCE for g in c.children)
                                                 for c in verb.children):
            value, role = "in force", {"nsubj"}
        else:
            continue
        order = next((c for c in verb.children if c.dep_ in role and c.lemma_.lower() in ORDERS), None)
        if order is None:
            continue
        words = tuple((t.lemma_.lower(), "") for t in order.subtree if t.pos_ == "NOUN" and t.i <= order.i)
        phrase = doc[order.left_edge.i : order.i + 1]
        start, end = min(phrase.start_char, verb.idx), max(phrase.end_char, verb.idx + len(verb))
        out.append(_Found("status", "order", f"{phrase.text} {value}", start, end, (value,), words,
                          f"whether {phrase.text} still holds"))
    return out


def _object_said(verb: Token) -> Token | None:
    """The subject spaCy gave the reporting verb instead: "insisted the march will go ahead" parsed as "insisted
    the march" and a second verb, "will go ahead", with no subject of its own ("vowed [the tour] WILL go on")."""
    if not _reported(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _phrasal_plan(verb: Token) -> str | None:
    """A plan's status told by a verb and its particle: "the walkout is going ahead", "the bank wound up its
    scheme", "the match was called off", "has been pushed back", "has been put on hold"."""
    lemma, particles = verb.lemma_.lower(), {c.lower_ for c in verb.children}
    if lemma == "go" and ("ahead" in particles or "on" in particles):
        return "went ahead"  # "the tour will go on"
    if lemma == "wind" and "up" in particles:
        return "ended"
    if lemma == "call" and "off" in particles or lemma == "decide" and "against" in particles:
        return "cancelled"  # "decided against a controlled burn"
    if lemma in ("push", "move") and any(t.lower_ == "back" for c in verb.children for t in (c, *c.children)):
        return "postponed"  # "pushed back along with the other dates": "back" may hang on the next word
    if lemma == "put" and any(c.lower_ == "on" and any(g.lower_ == "hold" for g in c.children) for c in verb.children):
        return "postponed"
    return None


def _for_good(verb: Token) -> bool:
    """Whether a stop is final: "stopped the trial for good", "halted it permanently"."""
    return any(c.lower_ in ("permanently", "definitively") or c.lower_ == "for" and any(g.lower_ == "good" for g in c.children)
               for c in verb.children)


def _resignations(doc: SpacyDoc) -> list[_Found]:
    """Whether a named person resigns ("Voicu had resigned", "she stepped down") or stays ("she will not resign",
    "has ruled out resigning", "refused to step down"); a "she" is the person who says it ("Voicu said she
    will not resign"). Calls and demands to resign are not either."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in RESIGN or (lemma == "step" and any(c.lower_ == "down" for c in verb.children))):
            continue
        refused = verb.dep_ in ("xcomp", "pcomp", "dobj", "advcl") and verb.head.lemma_.lower() in REFUSE
        if not refused and (verb.dep_ == "xcomp" or _not_done(verb) or any(c.lower_ in POSSIBLE for c in verb.children)):
            continue  # "faced calls to step down", "was urged to resign", "could resign"
        person = _person(verb.head if refused else verb)
        if person is None:
            continue
        value = "stays" if refused or _negated(verb) else "resigns"
        start, end = min(person.start_char, verb.idx), max(person.end_char, verb.idx + len(verb))
        out.append(_Found("status", "resign", f"{person.text} {value}", start, end, (value,),
                          ((person.text, "PERSON"),), f"whether {person.text} resigned"))
    return out


def _custody(doc: SpacyDoc, holders: Mapping[str, str]) -> list[_Found]:
    """Whether a named person is held ("police arrested the captain, Juma Mfinanga", "X was taken into custody",
    "X was left behind in his prison cell"), free ("Dravenia released A, B and C", "Also freed were A and B") or
    on the run ("Mfinanga is still on the run", "X remains at large"). An arrest only wanted or planned ("police
    are trying to arrest X") is none of them, nor is a release from hospital."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        verb: Token | None
        if tok.pos_ == "VERB" and (lemma in CUSTODY_VERBS or lemma in RELEASE_VERBS):
            verb, value = tok, CUSTODY_VERBS.get(lemma) or RELEASE_VERBS[lemma]
            if any(c.lower_ == "from" and any(p.lemma_.lower() == "hospital" for p in c.children)
                   for c in tok.children):
                continue  # "was released from hospital"
            held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            among = verb.head.head if verb.dep_ in ("acl", "amod", "relcl") and verb.head.dep_ == "pobj" else None
            if not held and among is not None and among.lower_ == "among":  # "X was among the three recaptured"
                held = [c for c in among.head.children if c.dep_ == "nsubj"]
                verb = among.head
        elif tok.pos_ == "VERB" and (lemma == "hold" and tok.dep_ != "amod" or lemma in EVADE_VERBS):
            verb, value = tok, "held" if lemma == "hold" else "at large"
            placed = any(c.dep_ == "prep" and any(c.children) for c in tok.children)
            if lemma == "hold" and not placed or lemma in EVADE_VERBS and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in CUSTODY_VERBS for c in tok.children):
                continue  # "held without bail", "held at Camp Ferrand"; "evaded arrest", "escaped capture"
            who = ("nsubj",) if lemma in EVADE_VERBS else ("nsubjpass",)  # "X evaded arrest", "X was held"
            held = [c for c in tok.children if c.dep_ in who]
        elif tok.lower_ == "free" and tok.dep_ in ("acomp", "oprd", "advmod", "xcomp") and tok.head.lemma_.lower() in FREE_VERBS:
            verb, value = tok.head, "released"  # "allowed X to remain free on bond", "Teller walked free"
            held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif (tok.head.lower_, tok.lower_) == ("behind", "bars"):
            verb, value = _clause_verb(tok), "held"  # "is now behind bars"
            held = [] if verb is None else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif tok.head.lower_ in ("in", "into") and _prison(tok) or (tok.head.lower_, tok.lower_) in AT_LARGE:
            verb, value = _clause_verb(tok), "at large" if (tok.head.lower_, tok.lower_) in AT_LARGE else "held"
            if value == "held" and verb is not None and verb.lemma_.lower() not in HELD_VERBS:
                continue  # "was handed over after 20 months in prison": a time held, not where one is now
            held = [] if verb is None else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        else:
            continue
        if verb is None or _negated(verb) and lemma not in CUSTODY_VERBS:
            continue
        if _negated(verb):
            value = "not arrested"  # "Henshaw has not been arrested or charged"
        if _hedged(verb) or _not_done(verb) or verb.dep_ == "xcomp":
            continue
        if _pluperfect(verb):
            continue  # "had been released in late 2008 after serving time": an earlier spell, not now
        people = [(p.text, p.start_char, p.end_char) for h in held for p in map(_named_person, [h, *h.conjuncts])
                  if p is not None]
        people += [(name, h.left_edge.idx, h.idx + len(h)) for h in held if (name := _described(h, holders))]
        for name, first, last in dict.fromkeys(people):
            start, end = min(first, tok.idx), max(last, tok.idx + len(tok))
            out.append(_Found("status", "custody", f"{name} {value}", start, end, (value,),
                              ((name, "PERSON"),), f"whether {name} is held"))
    return out


def _described(tok: Token, holders: Mapping[str, str]) -> str:
    """The person "the mayor" or "the 58-year-old" stands for: the one the article names so (`_role_holders`)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or not (
            tok.pos_ == "NOUN" or tok.lower_ == "old"):
        return ""
    return holders.get(tok.doc[tok.left_edge.i + 1 : tok.i + 1].text.lower(), "")


def _arrests(doc: SpacyDoc) -> list[_Found]:
    """Whether anyone was arrested over the story: "No arrests have been made", "no one had been arrested",
    "Nobody has been detained" against "police arrested the club's head of safety", "two men were arrested".
    Only an arrest of a person (named, or a man, a suspect, an official) counts: "police detained 30 protesters"
    may be another matter than the one nobody was arrested for."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() == "arrest" and tok.pos_ == "NOUN" and _with_no(tok):
            value = "none"  # "No arrests have been made", "there have been no arrests"
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in CUSTODY_VERBS and tok.dep_ != "xcomp":
            who = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
            if who is None or _hedged(tok) or _not_done(tok):
                continue
            nobody = who.lower_ in ("nobody", "none") or who.lower_ == "one" and _with_no(who) or (
                _negated(tok) and who.lower_ in ("anyone", "anybody"))
            if nobody:
                value = "none"  # "no one had been arrested", "police have not arrested anyone"
            elif _negated(tok) or not (_named_person(who) or who.lemma_.lower() in ARRESTEES | PEOPLE_BY_ROLE):
                continue
            elif _pluperfect(tok):
                continue  # "had been arrested in 2019": an earlier matter
            else:
                value = "made"
        else:
            continue
        shown = "no one arrested" if value == "none" else "an arrest made"
        out.append(_Found("status", "arrests", shown, tok.idx, tok.idx + len(tok), (value,),
                          (("arrest", ""),), "whether anyone was arrested"))
    return out


def _ransoms(doc: SpacyDoc) -> list[_Found]:
    """Whether a ransom was paid: "no ransom was paid", "denied that any ransom had been paid", "did not pay a
    single cent for their freedom", "no payment to the kidnappers" against "after pocketing a ransom of £2m", "a
    ransom was paid". A ransom demanded, or one that may be paid, is neither."""
    out: list[_Found] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in ("ransom", "payment") and tok.pos_ == "NOUN" and _with_no(tok):
            value = "none"  # "no ransom was paid", "there had been no payment to the kidnappers"
        elif lemma in PAY_VERBS and tok.pos_ == "VERB" and not (_hedged(tok) or _not_done(tok)):
            paid = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if paid is None or lemma != "pay" and paid.lemma_.lower() != "ransom":
                continue  # "pocketed a ransom"; "paid" anything for their freedom
            denied = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DENY_VERBS
            value = "none" if _negated(tok) or denied or _with_no(paid) else "paid"
        else:
            continue
        if all(f.key != (value,) for f in out):  # "did not pay a cent ..., adding that no ransom was paid": once
            shown = "no ransom paid" if value == "none" else "a ransom paid"
            out.append(_Found("status", "ransom", shown, tok.idx, tok.idx + len(tok), (value,), (("ransom", ""),),
                              "whether a ransom was paid"))
    return out


def _appeals(doc: SpacyDoc) -> list[_Found]:
    """Whether a ruling is appealed: "has lodged an appeal", "has appealed to CAS", "will appeal" against "will
    not appeal against the ban", "ruled out an appeal". Who appeals, where named, keeps two parties apart."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma == "appeal" and tok.pos_ == "VERB" and tok.dep_ not in ("xcomp", "amod") and not _plea(tok):
            verb, value = tok, "none" if _negated(tok) else "appealed"
        elif lemma == "appeal" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in APPEAL_VERBS:
            verb = tok.head
            ruled_out = verb.lemma_.lower() == "rule"
            if ruled_out and not any(c.lower_ == "out" for c in verb.children):
                continue
            value = "none" if ruled_out or _negated(verb) else "appealed"
        else:
            continue
        if _not_done(verb) or any(c.lower_ in POSSIBLE or c.lower_ == "should" or c.lower_ == "would" and not _will(verb)
                                  for c in verb.children):
            continue  # "could appeal", "plans to lodge an appeal"; but "said it would appeal" is told as done
        person = _person(verb)
        people = ((person.text, "PERSON"),) if person is not None else ()
        shown = "no appeal" if value == "none" else "an appeal made"
        out.append(_Found("status", "appeal", shown, tok.idx, tok.idx + len(tok), (value,), (("appeal", ""), *people),
                          "whether the ruling is appealed"))
    return out


def _plea(verb: Token) -> bool:
    """"Appealed for calm", "appealed to the public": a plea, not an appeal to a court or a body."""
    return any(c.lower_ == "for" or c.lower_ == "to" and not any(g.ent_type_ == "ORG" or g.lemma_.lower() in COURTS
                                                                 for g in c.children) for c in verb.children)


def _pluperfect(verb: Token) -> bool:
    """"had been released", "had arrested": told as before the story's time."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def _prison(tok: Token) -> bool:
    """A place or state of being held: "custody", "jail", "his Dravenian prison cell"."""
    return tok.lemma_.lower() in PRISONS or tok.lemma_.lower() == "cell" and any(
        c.lemma_.lower() in PRISONS for c in tok.children if c.dep_ == "compound")


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause a phrase belongs to: "is" in "X is among three crew members now in custody"."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _named_person(tok: Token) -> SpacySpan | None:
    """The person a noun names: itself ("Juma Mfinanga"), in apposition ("the captain, Juma Mfinanga"), or the
    one a relative "who" stands for ("Mfinanga, who remains at large")."""
    if tok.tag_ == "WP" and tok.head.dep_ == "relcl":
        tok = tok.head.head
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        ent = _entity(t)
        if ent is not None and ent.label_ == "PERSON":
            return ent
    return None


def _person(verb: Token) -> SpacySpan | None:
    """The named person who is the verb's subject, or who says it of "he" or "she" ("Voicu said she ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "PRP" and verb.dep_ in ("ccomp", "xcomp", "conj"):
        return _person(verb.head)
    if subject is None:
        return _person(verb.head) if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return next((e for e in nlp.ents_of(subject.doc) if e.label_ == "PERSON" and e.start <= subject.i < e.end), None)


def _access(doc: SpacyDoc) -> list[_Found]:
    """Whether a road, school, airport or border is open or closed: "State Route 7 remains closed", "the
    airport has reopened", "police closed the bridge". A thing that closes of itself is left out ("shares
    closed higher")."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in ACCESS_VERBS and tok.dep_ != "acomp":
            verb, value = tok, ACCESS_VERBS[lemma]
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            kept = next((c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.lower_.startswith(KEPT_STATES)),
                        None)  # "has stayed shut": a state, as "remains closed" (the model makes "stayed" an auxiliary)
            roles = ("nsubj", "nsubjpass") if kept else ("nsubjpass",) if passive else (
                ("dobj",) if value == "closed" else ("dobj", "nsubj"))
        elif tok.dep_ == "acomp" and tok.lower_ in ACCESS_STATES and tok.head.lemma_.lower() in STATE_VERBS:
            verb, value, roles, kept = tok.head, ACCESS_STATES[tok.lower_], ("nsubj",), None
        else:
            continue
        if _negated(verb) or _hedged(verb) or _not_done(verb) or value == "closed" and _for_a_while(verb):
            continue
        thing = next((c for h in (verb, kept) if h is not None for c in h.children if c.dep_ in roles), None)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        named = [e for e in nlp.ents_of(doc) if e.start <= thing.i < e.end]
        words = [(t.lemma_.lower(), "") for t in thing.children if t.dep_ == "compound" or t.dep_ == "poss" and (
            t.pos_ == "PROPN")] + [(thing.lemma_.lower(), "")]  # "Tashkala's airport" is "Tashkala airport"
        phrase = named[0] if named else doc[thing.left_edge.i : thing.i + 1]
        start, end = min(phrase.start_char, tok.idx), max(phrase.end_char, tok.idx + len(tok))
        if not named and _work(thing):
            out.append(_Found("status", "plan", f"{phrase.text} {RUNNING[value]}", start, end, (RUNNING[value],),
                              tuple(words), phrase.text))  # "the production line has been shut down"
            continue
        words = [(ROUTES.get(w, w), label) for w, label in words]
        out.append(_Found("status", "access", f"{phrase.text} {value}", start, end, (value,),
                          tuple((e.text, e.label_) for e in named) or tuple(words), phrase.text))
    return out


def _for_a_while(verb: Token) -> bool:
    """A closure told as over: "was closed overnight", "briefly shut", "closed for two hours" (no state now, so no
    contradiction with "has reopened")."""
    return any(c.lower_ in WHILE_WORDS or c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in SHORT_SPANS for g in c.children) for c in verb.children)


def _work(thing: Token) -> bool:
    """Whether a noun names work that runs or stops: "production", "the assembly line", "the factory's line"."""
    return any(t.lemma_.lower() in OPERATIONS for t in [thing, *thing.children])


def _hedged(verb: Token) -> bool:
    """A fate, plan or state that is only expected, possible or asked about ("will likely die", "could be
    postponed", "check whether roads are open", "if the bridge is closed"), or supposed ("closing the course
    would have left runners stranded")."""
    return any(c.lower_ in MODALS or c.lower_ in ("likely", "reportedly") or (c.dep_ == "mark" and c.lower_ in
               ("whether", "if")) for c in verb.children) or verb.dep_ in ("csubj", "csubjpass") and _hedged(verb.head)


def _will(verb: Token) -> bool:
    """A plain future, "will go ahead", or one reported ("said the fair would go ahead"), that no condition hangs
    on ("will go ahead if ...", "will likely", "would have gone ahead")."""
    future = {"will", "'ll"} | ({"would"} if _reported(verb) else set())
    return any(c.lower_ in future for c in verb.children) and not any(
        c.lower_ in MODALS - future or c.lower_ in ("likely", "reportedly", "have") for c in verb.children) and not any(
        t.lower_ in ("if", "unless", "whether") for t in verb.doc)


def _reported(verb: Token) -> bool:
    """The verb of what someone said, insisted or confirmed: "He said [the fair would go ahead]"."""
    return verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() in REPORTING


def _with_no(noun: Token) -> bool:
    """A noun denied by its determiner: "No investigation has been opened"."""
    return any(c.lower_ == "no" for c in noun.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("neither", "never") for c in tok.children)


def _verdicts(doc: SpacyDoc) -> list[_Found]:
    """A jury's or a court's verdict on one charge: "convicted of fraud", "found him guilty of money laundering",
    "pleaded guilty to theft" against "acquitted of a single count of money laundering", "cleared him of a
    third charge, of money laundering", "found him not guilty of money laundering". The charge is what is
    compared; the defendant, where named, keeps two people's verdicts apart."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in VERDICT_VERBS and not _negated(tok):
            verdict = VERDICT_VERBS[lemma]
            if lemma == "clear" and not any(c.dep_ in ("dobj", "nsubjpass") and (c.pos_ == "PRON" or c.ent_type_ ==
                                                "PERSON") for c in tok.children):
                continue  # "cleared the road of debris": only a person is cleared of a charge
        elif tok.lower_ == "guilty" and tok.pos_ == "ADJ":
            verdict = "not guilty" if _negated(tok) or _negated(tok.head) else "guilty"
        else:
            continue
        if _hedged(tok) or _hedged(tok.head) or _not_done(tok):
            continue
        charges = [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "to")
                   for c in _charges(prep)]
        if not charges:
            continue
        holder = tok if tok.pos_ == "VERB" else tok.head
        people = tuple((e.text, "PERSON") for e in nlp.ents_of(doc) if e.label_ == "PERSON" and e.root.head.i in (
            holder.i, tok.i) and e.root.dep_ in ("dobj", "nsubjpass", "nsubj") and e.root.i != holder.i)
        for charge in charges:
            start, end = tok.idx, charge.idx + len(charge.text)
            name = " ".join([*(t.lemma_ for t in charge.lefts if t.dep_ == "compound"), charge.lemma_]).lower()
            out.append(_Found("status", "verdict", f"{verdict} of {name}", min(start, end), max(start, end),
                              (verdict,), people + ((name, ""),), f"the verdict on {name}"))
    return out


def _charges(prep: Token) -> list[Token]:
    """The charges a preposition of a verdict names: "of fraud and misconduct", "of a count of theft"."""
    out = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        for noun in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
            if noun.lemma_.lower() in CHARGE_NOUNS:  # "a third charge": the charge itself is named after it
                out += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in _charges(p)]
            elif noun.pos_ == "NOUN":
                out.append(noun)
    return out


def _official_acts(doc: SpacyDoc) -> list[_Found]:
    """Whether an official act was done to a named thing: "the government declared a state of catastrophe"
    against "the government still hasn't declared a state of catastrophe"; "the board certified the results"
    against "the results haven't even been certified yet"; "police launched an investigation" against "no
    investigation has been opened"."""
    out = []
    for verb in doc:
        done, things = OFFICIAL_ACTS.get(verb.lemma_.lower(), ("", set()))
        held_back = _held_back(verb)
        if not done or verb.pos_ != "VERB" or not held_back and (_hedged(verb) or _not_done(verb)):
            continue
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things),
                     None)
        if thing is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in things:
            thing = verb.head  # "a gale warning issued hours before it sailed"
        ruled_out = verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in verb.children)
        if thing is None or verb.lemma_.lower() == "rule" and not ruled_out:
            continue
        of = [p.lemma_.lower() for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
        if thing.lemma_.lower() in INQUIRIES:  # "an independent review of the failure" / "an independent inquiry"
            name = INQUIRY_NAMES.get(thing.lemma_.lower(), thing.lemma_.lower())
        else:
            name = thing.lemma_.lower() + (f" of {of[0]}" if of else "")
        value = f"not {done}" if _negated(verb) or _with_no(thing) or ruled_out or held_back else done
        start, end = min(verb.idx, thing.idx), max(verb.idx + len(verb), thing.right_edge.idx + len(thing.right_edge))
        out.append(_Found("status", "act", f"{name} {value}", start, end, (value,), ((name, ""),),
                          f"whether the {name} was {done}"))
    return out


def _held_back(verb: Token) -> bool:
    """An act not done yet: "stopped short of opening a formal investigation", "had not yet decided whether to launch
    one"."""
    short = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
    return short is not None and short.lower_ == "short" and short.head.lemma_.lower() in ("stop", "fall") or (
        verb.dep_ == "xcomp" and any(c.lower_ == "whether" for c in verb.children)
        and verb.head.lemma_.lower() == "decide" and _negated(verb.head))


def _ruled_out(doc: SpacyDoc) -> list[_Found]:
    """Whether a cause was ruled out: "ETSO ruled out a cyberattack" against "refused to rule out a cyber attack" or
    "has not ruled out foul play" (an inquiry ruled out is _official_acts')."""
    out = []
    for verb in doc:
        if verb.lemma_.lower() != "rule" or verb.pos_ != "VERB" or not any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        refused = verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in REFUSE or _negated(verb.head))
        if not (refused or _negated(verb)) and (_hedged(verb) or _not_done(verb)):
            continue  # "could rule out", "is expected to rule out"
        value = "not ruled out" if refused or _negated(verb) else "ruled out"
        things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for thing in [*things, *(g for t in things for g in t.conjuncts)]:
            if thing.lemma_.lower() in INQUIRIES or thing.pos_ != "NOUN":
                continue
            words = [c.lower_ for c in thing.children if c.dep_ in ("compound", "amod")] + [thing.lemma_.lower()]
            name = " ".join(words)
            start, end = min(verb.idx, thing.idx), max(verb.idx + len(verb), thing.idx + len(thing))
            out.append(_Found("status", "act", f"{name} {value}", start, end, (value,),
                              ((name.replace(" ", "").replace("-", ""), ""),), f"whether {name} was ruled out"))
    return out


def _responses(doc: SpacyDoc) -> list[_Found]:
    """What was done with an offer: "Corvane rejected the £180m rescue package", "turned down the offer",
    "snubbed the bid" against "is still considering the government's offer" or "accepted the deal". One slot
    for any offer, bid or package: an outlet may call one offer either."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        value = "rejected" if lemma == "turn" and "down" in particle else (
            "accepted" if lemma == "take" and "up" in particle else RESPONSES.get(lemma))
        if value is None or verb.pos_ != "VERB" or _negated(verb) or _hedged(verb) or _not_done(verb):
            continue
        offer = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OFFERS), None)
        if offer is None or _with_no(offer):
            continue
        start, end = min(verb.idx, offer.idx), max(verb.idx + len(verb), offer.idx + len(offer))
        out.append(_Found("status", "response", f"the {offer.lower_} {value}", start, end, (value,), (("offer", ""),),
                          "what was done with the offer"))
    return out


def _concessions(doc: SpacyDoc) -> list[_Found]:
    """Whether a named candidate conceded: "Velasko conceded on Tuesday", "conceded defeat", "conceded that his party
    had lost" against "refused to concede" or "has not conceded". A side conceding a goal concedes nothing here."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "concede" or _hedged(verb):
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if thing is not None and thing.lemma_.lower() not in DEFEATS or clause is not None and not any(
                t.lemma_.lower() in ("lose", "defeat") for t in clause.subtree):
            continue  # "conceded a penalty", "conceded that mistakes were made"
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSE
        doer = verb.head if refused else verb
        if verb.dep_ == "xcomp" and not refused or _not_done(verb) or _negated(verb) and any(
                c.dep_ in ("prep", "agent") and c.lower_ in ("by", "until", "as") for c in verb.children):
            continue  # "is expected to concede"; "had not conceded by mid-morning" (he may have since)
        person = next((p for c in doer.children if c.dep_ == "nsubj" and (p := _named_person(c)) is not None), None)
        if person is None:
            continue
        value = "did not concede" if refused or _negated(doer) else "conceded"
        start, end = min(person.start_char, verb.idx), max(person.end_char, verb.idx + len(verb))
        out.append(_Found("status", "concession", f"{person.text} {value}", start, end, (value,),
                          ((person.text, "PERSON"),), f"whether {person.text} conceded"))
    return out


def _outcomes(doc: SpacyDoc) -> list[_Found]:
    """What a vote did to a measure: "councillors passed the budget", "the amendment was carried", "forced the
    amendment through" against "the amendment was defeated", "voted the budget down", "the motion failed". One
    slot per measure (the budget, the amendment): a story may tell two votes with two outcomes."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")
                         and (lemma, c.lower_) in OUTCOME_PARTICLES), "")
        value = OUTCOME_PARTICLES.get((lemma, particle)) or OUTCOMES.get(lemma)
        if value is None or verb.pos_ != "VERB" or _negated(verb) or _hedged(verb) or _not_done(verb) or _will(verb):
            continue
        deps = {"pass": ("nsubj", "dobj", "nsubjpass"), "fail": ("nsubj",)}.get(lemma, ("dobj", "nsubjpass"))
        measure = next((c for c in verb.children if c.dep_ in deps and c.lemma_.lower() in MEASURES), None)
        if measure is None or lemma == "fail" and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "the motion failed to win a majority" tells no more than the vote
        voter = next((c for c in verb.children if c.dep_ == "nsubj" and c is not measure), None)
        if voter is not None and not (voter.lemma_.lower() in VOTERS or voter.ent_type_ in ("ORG", "NORP")):
            continue  # "unions rejected the plan": a stance, not a vote
        name = measure.lemma_.lower()
        start, end = min(verb.idx, measure.idx), max(verb.idx + len(verb), measure.idx + len(measure))
        out.append(_Found("status", "outcome", f"the {name} {value}", start, end, (value,), ((name, ""),),
                          f"whether the {name} passed"))
    return out


# --------------------------------------------------------------------------- attributes and polarity


def _confirmations(doc: SpacyDoc) -> list[_Found]:
    verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in CONFIRM]
    values = {CONFIRM[t.lemma_.lower()] for t in verbs}
    if len(values) != 1 or any(_negated(t) for t in verbs) or re.search(r"\b(neither|nor)\b", nlp.text_of(doc), re.I):
        return []  # "neither confirmed nor denied", "has not confirmed": no stance taken
    verb = verbs[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    ents = [e for e in nlp.ents_of(doc) if e.root.i in {t.i for t in subj.subtree}]
    if not ents:
        return []
    value = values.pop()
    start, end = min(ents[0].start_char, verb.idx), max(ents[0].end_char, verb.idx + len(verb))
    return [_Found("attribute", "confirm", f"{ents[0].text} {value}", start, end, (value,),
                   tuple((e.text, e.label_) for e in ents), f"whether {ents[0].text} confirmed it")]


def _votes(doc: SpacyDoc) -> list[_Found]:
    """A vote: unanimous, split, or split with its tally ("voted seven to two", "a 7-2 vote", "by six votes to
    three", "six of the nine judges"), the tally as (for, against)."""
    low = nlp.text_of(doc).lower()
    if not any(cue in low for cue in VOTE_CUES):
        return []
    tally = next((m for m in (p.search(nlp.text_of(doc)) for p in TALLIES) if m), None)
    bench = BENCH_MAJORITY.search(nlp.text_of(doc))
    split = VOTE_SPLIT.search(nlp.text_of(doc))
    unanimous = UNANIMOUS.search(nlp.text_of(doc))
    anchors = (("vote", ""), *((e.text, e.label_) for e in nlp.ents_of(doc) if e.label_ in ("ORG", "NORP")))
    if tally is None and bench and _tally_count(bench.group(1)) < _tally_count(bench.group(2)):
        majority, seats = _tally_count(bench.group(1)), _tally_count(bench.group(2))
        return [_Found("attribute", "vote", f"{majority}-{seats - majority}", bench.start(), bench.end(),
                       ("split", str(majority), str(seats - majority)), anchors, "the vote")]
    if tally and not unanimous:
        votes = sorted((_tally_count(tally.group(1)), _tally_count(tally.group(2))), reverse=True)
        return [_Found("attribute", "vote", f"{votes[0]}-{votes[1]}", tally.start(), tally.end(),
                       ("split", str(votes[0]), str(votes[1])), anchors, "the vote")]
    found = unanimous or split
    if bool(split) == bool(unanimous) or found is None:
        return []
    value = "unanimous" if unanimous else "split"
    return [_Found("attribute", "vote", found.group(0), found.start(), found.end(), (value,), anchors, "the vote")]


def _tally_count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _negation(doc: SpacyDoc) -> _Found | None:
    """The sentence's main verb told yes or no, keyed by the verb and its subject; what someone said or confirmed
    is the verb said ("Police said they had not received a referral"), its pronoun the speaker, unless hedged.
    Where the subject is named (or "he", "she") and the verb's object (in the passive its subject, else where it
    was done: "admitted to hospital") is a noun, that noun is an anchor marked OBJECT: two sentences with it tell
    one proposition ("Castellane did not attend the hearing"). Arrests and releases are custody's."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    speaker = None
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if root.lemma_.lower() in SPEECH | set(CONFIRM) and (said or not any(c.dep_ == "nsubjpass" for c in root.children)):
        # (but "he was admitted to hospital" is no admission)
        if said is None or CONFIRM.get(root.lemma_.lower()) == "denied" or _negated(root):
            return None
        speaker, root = next((c for c in root.children if c.dep_ == "nsubj"), None), said
    if root.lemma_.lower() in CUSTODY_VERBS.keys() | RELEASE_VERBS.keys():
        return None  # whether one was arrested or freed is custody's (_custody)
    if speaker is not None and _hedged(root):
        return None  # "Payton said the Saints would not have placed Bush on injured reserve if ...": no fact told
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON" and speaker is not None and speaker.pos_ != "PRON":
        subj = speaker  # "police said they had ...": the police had
    words = sorted({t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ")
                    and t.dep_ != "neg"})
    value = "not" if _negated(root) or _with_no(subj) else "yes"
    if value == "not" and any(c.lower_ in ("until", "till") for c in root.children):
        return None  # "were not missed until the 6 a.m. roll call": when they were, not whether
    if value == "yes" and any(t.dep_ == "neg" or t.lower_ in NEGATIVE_WORDS for t in doc):
        return None  # the negation sits elsewhere ("I feel we weren't ..." = "I didn't feel we were ...")
    thing = subj if subj.dep_ == "nsubjpass" else next((c for c in root.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ == "PRON":  # "He was not admitted to hospital": where, if not what
        thing = next((g for c in root.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "into", "from")
                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
    named = subj.pos_ != "PRON" or subj.lower_ in ("he", "she")  # one person, as the story goes on
    things = [thing] if thing is not None and named else []
    things += [g for t in things for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    core = tuple((" ".join([*(c.lemma_.lower() for c in t.children if c.dep_ == "compound" and t.pos_ == "NOUN"),
                            t.lemma_.lower()]), OBJECT)
                 for t in things if t.pos_ in ("NOUN", "PROPN"))  # "both days of the hearing": the days and the
    # hearing; "Eldham General Hospital" is a hospital
    return _Found("negation", f"neg:{root.lemma_.lower()}:{subj.lemma_.lower()}",
                  f"{'not ' if value == 'not' else ''}{root.text}", root.idx, root.idx + len(root), (value,),
                  tuple((w, "") for w in words) + core, nlp.text_of(doc))


def _agents(doc: SpacyDoc) -> list[_Found]:
    """Who did an act that one person does for an event: "Governor Mihai Dragomir announced the decision",
    "Judge Thomas Varner handed down the sentence", "the motion was led by Carmen Requena". The slot is the act,
    the value the person, so that two outlets naming two people for it disagree."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb) or _not_done(verb) and not (
                lemma in LEADS and verb.head.lemma_.lower() in APPOINTING):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ != "VBG"
        thing = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if thing is None and passive and verb.dep_ == "conj":  # "the board was convened ... and is chaired by X"
            thing = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ in ("acl", "relcl") and (thing is None or thing.tag_ == "WDT"):
            thing = verb.head  # "the offer, made by Aoife Brennock", "the offer, which Aoife Brennock made"
        elif verb.dep_ == "xcomp" and passive and thing is None:  # "ordered an inquiry, to be led by X"
            thing = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if (chaired := _chair_of(verb)) is not None:  # "appointed Helen Carver as chair of a task force"
            act = f"lead the {INQUIRY_NAMES.get(chaired, chaired)}"
        elif lemma == "sentence":
            act = "issue the sentence"  # "Judge Ellery sentenced him", "he was sentenced by Judge Ellery"
        elif lemma in TALK_LEADS and thing is not None and thing.lemma_.lower() in TALKS and (
                lemma != "thrash" or any(c.lower_ == "out" for c in verb.children)):
            act = "lead the talks"  # "talks brokered by X", "mediation was led by X", "the deal was thrashed out by X"
        elif thing is not None and thing.lemma_.lower() in SINGLE_AGENT_ACTS.get(lemma, ()):
            verb_name = "issue" if lemma in ISSUE_VERBS else "make" if lemma in MAKE_VERBS else (
                "lead" if lemma in ("command", "front") else lemma)
            if thing.lemma_.lower() in INQUIRIES | PANELS:  # "chaired by X" / "headed by X": who leads the inquiry
                verb_name = "lead"
            if thing.lemma_.lower() == "force" and not any(c.lower_ == "task" for c in thing.children):
                continue  # a police force is led by many
            name = thing.lemma_.lower()
            if name == "operation" and any(c.lower_ == "rescue" for c in thing.children):
                name = "rescue"  # "the rescue operation was led by X" and "the rescue was led by Y": one act
            if name == "team":  # "the team" may be a side in a game; "the outbreak control team" is a panel, named
                # by the word before "team" (the parser joins "outbreak" to "control" or to "team"); "Meridian's
                # (negotiating) team" is the one a body sent, named by the body
                kind = [c.lemma_.lower() for c in thing.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                owner = next((_entity(c) or c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if owner is None and not kind:
                    continue
                name = f"{owner.text if owner is not None else kind[-1]} team"
            act = f"{verb_name} the {INQUIRY_NAMES.get(name, name)}"
        else:
            continue
        if chaired is not None and thing is not None:
            doer: Token | None = thing  # the one appointed
        elif passive:
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        else:
            doer = _doer(verb)
        labels = ("PERSON", "ORG") if lemma == "claim" else ("PERSON",)  # a group claims an attack
        appos = next((c for c in doer.children if c.dep_ == "appos"), None) if doer is not None else None
        if doer is not None and doer.ent_type_ == "" and appos is not None:
            doer = appos  # "led by Korvane's group safety manager, Johannes Pretorius": the manager, not Korvane
        named = next((e for e in nlp.ents_of(doc) if doer is not None and e.start <= doer.i < e.end), None)
        if named is not None and named.label_ == "ORG" and _name_like(named) and (appos is not None or any(
                c.dep_ == "appos" and c.lemma_.lower() in PEOPLE_BY_ROLE | PEOPLE_NOUNS for c in named.root.children)):
            labels = ("PERSON", "ORG")  # "brokered by [Abdou Kerimane], a tribal elder", the name tagged an organisation
        if doer is not None and doer.ent_type_ not in labels:  # "the bank's governor, Mihai Dragomir, announced",
            # "a group calling itself Obsidian Moth claimed responsibility"
            # a clause on the doer ("Mitchell, the attorney general who headed Nixon's committee") names no doer
            inside = {t.i for t in verb.subtree} if verb.dep_ in ("relcl", "acl") else set()
            doer = doer.head if doer.dep_ == "appos" and doer.head.ent_type_ in labels else next(
                (t for t in doer.subtree if t.ent_type_ in labels and t.i not in inside), None)
        person = next((e for e in nlp.ents_of(doc) if doer is not None and e.label_ in labels and e.start <= doer.i < e.end),
                      None)
        if person is None:
            continue
        start, end = min(person.start_char, verb.idx), max(person.end_char, verb.idx + len(verb))
        out.append(_Found("person", f"agent:{act}", person.text, start, end, (person.text,), (), f"who did {act}"))
    for noun in doc:  # "Cathal Moran's offer": whose offer it is
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
        person = _entity(owner) if owner is not None and noun.lemma_.lower() == "offer" else None
        if person is None:
            continue
        out.append(_Found("person", "agent:make the offer", person.text, person.start_char, noun.idx + len(noun),
                          (person.text,), (), "who did make the offer"))
    return out


def _chair_of(verb: Token) -> str | None:
    """The inquiry or panel an appointing verb makes its object the head of ("appointed X as chair of a task
    force", "X was named head of the inquiry"), else None."""
    if verb.lemma_.lower() not in ("appoint", "name"):
        return None
    for role in (g for c in verb.children for g in ([c] if c.dep_ == "oprd" else c.children if c.lower_ == "as" else ())):
        body = next((g for c in role.children if c.lower_ == "of" for g in c.children), None)
        if role.lemma_.lower() in CHAIRS and body is not None and body.lemma_.lower() in INQUIRIES | PANELS:
            return body.lemma_.lower()
    return None


def _doer(verb: Token) -> Token | None:
    """Who does an active verb: its subject; the noun a relative clause or a participle hangs on ("Dr Achterberg,
    who announced the recall", "Dr Achterberg, announcing the recall, sought"); the subject of the verb an
    opening participle leads to ("Announcing the recall, Dr Achterberg said")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WP", "WDT")) or verb.dep_ == "acl":
        return verb.head
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "named Helen Carver to chair", "she agreed to chair"
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None) or next(
            (c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("he", "she") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)  # "X said he would chair it": X
    return subject


def _roles(doc: SpacyDoc, bodies: Mapping[str, str]) -> list[_Found]:
    out = []
    for ent in nlp.ents_of(doc):
        start = ent.start  # the role ends before a title: "Regional Director Eng. Sarath Welikala"
        while start > 0 and doc[start - 1].lower_.endswith(".") and doc[start - 1].lower_[:-1] in TITLES:
            start -= 1
        in_charge = _in_charge_before(doc, start)  # "FRSB investigator-in-charge Martin Delacroix"
        start = in_charge if in_charge is not None else start
        role_words = [t.lower_ for t in doc[max(0, start - 4) : start]]
        if not role_words or role_words[-1] not in ROLES and in_charge is None or any(w in NOT_CURRENT for w in role_words):
            continue
        if not _person_name(ent) or _put_out(ent.root):
            continue
        qualifier = next((e for e in nlp.ents_of(doc) if start - 4 <= e.end <= start and _words_only(doc[e.end : start])
                          and (e.label_ in QUALIFIER_LABELS or _just_roles(doc[e.end : start]))), None)
        if qualifier is None:  # "Acme chief executive Mark Davis", where spaCy tagged "Acme Corp" elsewhere only
            qualifier = _named_body(doc[max(0, start - 4) : start], bodies)
        if qualifier is None:
            portfolio = _portfolio(doc, start)
            if portfolio:  # "Infrastructure Minister Lidia Sarkany": the story's own, as "the infrastructure minister"
                out.append(_role(ent, portfolio, "", ""))
            continue
        words = [t for t in doc[qualifier.end : start] if t.lower_.isalpha()]
        name = qualifier.text
        while words and words[0].lower_ not in ROLES and any(b.startswith(f"{name} {words[0].text}") for b in bodies):
            name = f"{name} {words.pop(0).text}"  # the rest of a name the model cut short: "Laurentian [Shield] Chief
            # Executive"; other words are the role's own: "Defense Minister" is not "Prime Minister"
        role = " ".join(t.lower_ for t in words)
        role = ROLE_NAMES.get(role, role)
        if not role:
            continue
        out.append(_role(ent, f"{role} in charge" if in_charge is not None else role, qualifier.text, qualifier.label_))
    return [f for f in dict.fromkeys(out + _appositive_roles(doc)) if not _rank(f.slot.removeprefix("role:"))]


def _in_charge_before(doc: SpacyDoc, start: int) -> int | None:
    """Where the noun of an "X-in-charge" office written right before a name ends ("investigator-in-charge Martin
    Delacroix", "officer in charge Ann Lee"), else None."""
    words = [t for t in doc[max(0, start - 5) : start] if t.text not in ("-", "‐")]
    if len(words) < 3 or [t.lower_ for t in words[-2:]] != ["in", "charge"] or words[-3].pos_ != "NOUN":
        return None
    return words[-3].i + 1


def _in_charge(noun: Token) -> bool:
    """A noun of an "X-in-charge" office: "the board's investigator-in-charge"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "charge" for g in c.children)
               for c in noun.children)


def _rank(role: str) -> bool:
    """A rank a force has many of ("California Highway Patrol Officer Brad Baehr"), not the one chief or senior
    officer of something ("the chief veterinary officer", "the senior investigating officer")."""
    words = role.split()
    return words[-1] == "officer" and not set(words) & ONE_OFFICER


def _put_out(holder: Token) -> bool:
    """A role's holder as the one sacked, ousted or replaced ("sacked her army chief, General Dorin Kessler"):
    who held it before."""
    return holder.dep_ in ("dobj", "nsubjpass") and holder.head.lemma_.lower() in DISMISS_VERBS | REPLACE_VERBS


def _person_name(ent: SpacySpan) -> bool:
    """A person's name, or one the model tagged an organisation that reads as one beside a role ("Infrastructure
    Minister [Lidia Sarkany]", "[Lidia Sarkany], the infrastructure minister")."""
    return ent.label_ == "PERSON" or ent.label_ == "ORG" and _name_like(ent)


def _name_like(ent: SpacySpan, least: int = 2) -> bool:
    """`least` (two) to three capitalised words that end in no organisation's noun: a person's name as written."""
    return least <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) and ent[-1].lower_ not in ORG_HEADS


def _portfolio(doc: SpacyDoc, start: int) -> str:
    """The capitalised role right before a name, with the portfolio that makes it one person's ("Infrastructure
    Minister", "Health Secretary"), lower-cased; "" for a bare title ("Minister", "Chief Executive")."""
    first = start
    while first > 0 and start - first < MAX_PORTFOLIO_WORDS and doc[first - 1].is_title and doc[first - 1].is_alpha and (
            doc[first - 1].pos_ in ("PROPN", "NOUN")):  # not "Fuming Infrastructure Minister"
        first -= 1
    words = [t.lower_ for t in doc[first:start]]
    if not words or words[-1] not in ROLES or all(w in ROLES for w in words):
        return ""
    return " ".join(words)


def _role(person: SpacySpan, role: str, qualifier: str, label: str) -> _Found:
    """Who holds a role: the value is the person; the slot is the role, its qualifier resolved by the story (by
    its whole name, as a body's: a person's would be folded to a surname, "Laurentian Shield" to "Shield").
    Without a qualifier the role is the story's own ("the district health director")."""
    label = label if label in (*QUALIFIER_LABELS, OWNED) else "ORG"
    return _Found("person", f"role:{role}", person.text, person.start_char, person.end_char, (person.text,), (),
                  f"who is {qualifier or 'the'} {role}", ((qualifier, label),) if qualifier else ())


def _appositive_roles(doc: SpacyDoc) -> list[_Found]:
    """A role set beside a name: "Maule’s regional governor, Rodrigo Fuenzalida", "Cristián Valdebenito, the
    regional governor of Maule", "Denise Marchand, Laurentian Shield’s chief executive"."""
    out = []
    for ent in nlp.ents_of(doc):
        if not _person_name(ent):
            continue
        for noun in _appositives(ent.root):
            words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not c.ent_type_]
            if noun.lower_ not in ROLES and not _in_charge(noun) or any(w.lower_ in NOT_CURRENT for w in words) or (
                    _put_out(noun) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
                    or _held_then(noun, ent.root)):
                continue  # "John Smith, a police officer": one of many
            owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") and _proper(c) or (
                c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))), None)  # "the Teravian foreign minister"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if owner is None and of is not None:
                owner = next((c for c in of.children if c.dep_ == "pobj" and _proper(c)), None)
            if owner is None:  # "Natasha Chisenga, the district health director": the story's, if so particular
                body = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
                if body is not None:  # "Tomas Berglund, the agency's chief executive": the story decides whose
                    role = " ".join(t.lower_ for t in [*words, noun]) + " in charge" * _in_charge(noun)
                    out.append(_role(ent, ROLE_NAMES.get(role, role), body.lemma_.lower(), OWNED))
                    continue
                if all(w.lower_ in ROLES for w in words):  # "the chief executive" may be any company's
                    continue
                role = " ".join(t.lower_ for t in [*words, noun]) + " in charge" * _in_charge(noun)
                out.append(_role(ent, ROLE_NAMES.get(role, role), "", ""))
                continue
            name = _entity(owner)
            qualifier, label = (name.text, name.label_) if name is not None else (owner.text, "ORG")
            role = " ".join(t.lower_ for t in [*words, noun]) + " in charge" * _in_charge(noun)
            out.append(_role(ent, ROLE_NAMES.get(role, role), qualifier.removesuffix("’s").removesuffix("'s"), label))
    return out


def _held_then(role: Token, name: Token) -> bool:
    """A role told as held at another time: "Gustav Renn, the federation's president when Castellane won her
    silver", "..., its chairman until 2019"."""
    return any(c.i > role.i and (c.dep_ in ("relcl", "acl", "advcl") and any(
        g.dep_ == "advmod" and g.lower_ in ("when", "while") for g in c.children) or c.dep_ == "prep" and c.lower_ in (
        "until", "till")) for c in (*role.children, *name.children))


def _offices(doc: SpacyDoc) -> list[_Found]:
    """The office a named person holds, of those one holds one at a time: "Governor Ramon Villaluz", "Ramon
    Villaluz, the mayor of Santo Rosendo". Two articles giving one person two of them disagree."""
    out = []
    for ent in nlp.ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
        titles = [" ".join(before[-2:])] if before[-2:] == ["prime", "minister"] else before[-1:]
        for noun in _appositives(ent.root):
            words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
            if not any(w in NOT_CURRENT for w in words):
                titles.append(f"prime {noun.lower_}" if words[-1:] == ["prime"] else noun.lower_)
        office = next((t for t in titles if t in OFFICES), None)
        if office is None or any(w in NOT_CURRENT for w in before[-3:-1]):
            continue
        out.append(_Found("attribute", "office", office, ent.start_char, ent.end_char, (office,),
                          ((ent.text, "PERSON"),), f"what office {ent.text} holds"))
    return out


def _appositives(head: Token) -> list[Token]:
    """The nouns set beside a name: "Rodrigo Fuenzalida, the governor", "the governor, Rodrigo Fuenzalida"."""
    return [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])


def _words_only(between: SpacySpan) -> bool:
    """Nothing but words (and a possessive) between a name and the role after it: "TGA ,” Marrick boss" is not."""
    return all(t.is_alpha or t.tag_ == "POS" for t in between)


def _just_roles(words: SpacySpan) -> bool:
    """Words that are a role and nothing else ("boss", "chief executive"): a name right before them is whose role
    it is, whatever spaCy took it for ("Laurentian Shield boss Paul Lafrenière", the company tagged a person)."""
    return len(words) > 0 and all(t.lower_ in ROLES for t in words)


def _proper(tok: Token) -> bool:
    """A name's word, also where the tagger took a capitalised name opening a sentence for a noun ("Maule’s")."""
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_title


def _named_body(before: SpacySpan, bodies: Mapping[str, str]) -> SpacySpan | None:
    """A capitalised word before a role that is, or begins, an organisation or place the article names
    elsewhere, as a span labelled like that name."""
    from spacy.tokens import Span as Labelled

    for tok in before:
        if (tok.is_title or tok.is_upper and len(tok) > 1) and tok.lower_ not in ROLES:  # "FRSB" too
            label = next((lbl for name, lbl in bodies.items() if name == tok.text or name.startswith(tok.text + " ")), None)
            if label:
                return Labelled(tok.doc, tok.i, tok.i + 1, label=label)
    return None
