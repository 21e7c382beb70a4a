"""Street addresses, roads, postcodes and numbered places ("store #4471", "Room 214")."""

from __future__ import annotations

import re

from .scan import Lazy, WordAnchored
from .spans import Span
from .text import sentence_start_at

_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Crescent|Close|Square|Sq|Row|Trail|Trl|"
    r"Pike|Alley|Grove|Gardens|Mews|Walk|Expressway|Freeway|Turnpike|Plaza)\b\.?"
)
_UNIT = r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\.?\s*#?\s*\w{1,5})?"
_NUMBERED_ADDRESS_RE = WordAnchored.of(
    Lazy(
        rf"\b\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'’.-]*\s+){{1,3}}{_SUFFIX}{_UNIT}"
    ),
    [],
    digits=True,
)
_ORDINAL_STREET_RE = WordAnchored.of(
    Lazy(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:Street|St|Avenue|Ave|Road|Rd)\b\.?", re.IGNORECASE),
    [],
    digits=True,
)
_NAMED_STREET_RE = re.compile(
    r"\b(?!(?:The|A|An|My|This|That|Our|Your|His|Her|Their|In|On|At|No|Any|Every|Each|One|By|"
    r"Of|And|Or|But|So|To|From|Supreme|Family|High|Inner)\b)"
    rf"(?:[A-Z][\w'’-]+\s+){{1,2}}(?!Dr\b\.?\s+[A-Z]|St\b\.?\s+[A-Z]){_SUFFIX}"
)
# Chat-style streets, all lowercase: "the chai stall on fc road", "walked her down nostrand
# ave". Only after a preposition of place and never after a determiner ("down the road",
# "on a back street", "down memory lane" stay).
_LOWER_STREET_PREPOSITIONS = "on|off|down|along|up|near|onto|past|at"
_LOWER_STREET_RE = WordAnchored.of(
    Lazy(
        rf"\b(?:{_LOWER_STREET_PREPOSITIONS})\s+(?P<street>"
        r"(?!(?:the|a|an|that|this|my|her|his|our|their|your|its|memory|one|every|each|some|any|no|"
        r"same|other|next|main|dirt|back|side|open|country|gravel|paved|wrong|right|long|empty)\b)"
        r"[a-z][a-z0-9'’-]*(?:\s+[a-z][a-z0-9'’-]*){0,2}?\s+"
        r"(?:road|rd|street|st|avenue|ave|lane|ln|boulevard|blvd|highway|hwy|way|parkway|"
        r"pkwy|crescent|terrace)\b)"
    ),
    _LOWER_STREET_PREPOSITIONS.split("|"),
)
_FUNCTION_WORDS = frozenset(
    "to the a an in on at for from and of by with into my her his their our your".split()
)
# Lettered streets: "U Street", "K St.", "Avenue B". "A" and "I" only mid-sentence ("A Street"
# opening a sentence is an article, and so is "Ave. A girl": the street's full stop ends it).
_LETTER_STREET_RE = re.compile(
    r"(?:(?<![\w.'’-])(?P<letter>[A-Z])\s+(?:Street|St\b\.?|Road|Rd\b\.?)"
    r"|\b(?:Avenue|Ave(?!\.\s+A\s+[a-z])\.?)\s+[A-HJ-Z](?![\w'’-]|\.\w))"
)
_ROUTE_RE = re.compile(
    r"\b(?:(?:State\s+|County\s+|US\s+)?(?:Route|Rte|Highway|Hwy|Interstate)[\s-]*\d{1,4}[A-Z]?"
    r"|(?:I|US|SR|A|M|N)-?\d{1,4})\b(?![.,:/]\d)",
)
_ROUTE_LOWER_RE = WordAnchored.of(
    Lazy(
        r"\b(?:route|highway|interstate|exit)\s+\d{1,4}[a-z]?\b"
        r"|(?<![\w-])i-\d{1,3}\b(?![.,:/]\d)",  # "a diner off i-40"
        re.IGNORECASE,
    ),
    ["route", "highway", "interstate", "exit", "i"],  # the index splits "i-40" at the hyphen
)
# "my uncle's house on 117th": a numbered street named by its number alone.
_BARE_ORDINAL_STREET_RE = WordAnchored.of(
    Lazy(
        r"\b(?:on|off|at|near|past|down|up|and)\s+(?P<street>\d{1,3}(?:st|nd|rd|th))\b"
        r"(?!\s+(?:floor|birthday|anniversary|day|time|try|date|place|grade|year|round|street|st|"
        r"avenue|ave|road|rd|of|percentile|minute|hole|inning|lap|week|month|century|pick|draft|"
        r"attempt|shot|drink|beer|pint|date|period|class|row|seat|base))"
        r"(?=\s*[,.;:!?)]|\s+(?:and|with|where|when|in|by|near|i|she|he|we|they|was|were)\b)"
    ),
    ["on", "off", "at", "near", "past", "down", "up", "and"],
)
_ZIP_RE = WordAnchored.of(
    Lazy(
        r"(?<![\d$£€#.,-])\b\d{5}(?:-\d{4})?\b(?![\d,.]\d)"
        r"(?!\s*(?:steps|people|dollars|bucks|pounds|euros|naira|rupees|miles|feet|calories|words|"
        r"times|students|employees|followers|views|likes|points|members)\b)"
    ),
    [],
    digits=True,
)
_UK_POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_IRISH_EIRCODE_RE = re.compile(r"\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}\b")
_PLACE_DETERMINERS = "the|a|an|our|my|his|her|their"
_PLACE_NOUNS = (
    "store|shop|branch|location|unit|"
    "apt|apartment|room|suite|dorm|building|bldg|floor|platoon|squad|battalion|company|flight|bus|"
    "locker|badge|employee|station|precinct|ward|bay|gate|lot|office|cabin|house|lodge|post|"
    "chapter|troop|local|district|site|warehouse|plant|hall|table|seat|bunk|cell|block|zone|sector|"
    "phase|area|line|counter|checkout|dock|pump|aisle|register|till|booth|stall|pew|berth|"
    "kiosk|desk|bed|row|form|hostel"
)
_NUMBERED_PLACE_RE = WordAnchored.of(
    Lazy(
        rf"(?:\b(?P<det>{_PLACE_DETERMINERS})\s+)?\b(?P<noun>{_PLACE_NOUNS})"
        # "apt 3-F", "room B-204": a letter may lead or follow the digits, after a hyphen
        r"\s*(?:#|no\.?|number|num\.?)?\s*(?P<num>#?(?:[A-Za-z]-)?\d{1,6}(?:-?[A-Za-z])?)\b(?!-\w)",
        re.IGNORECASE,
    ),
    [*_PLACE_DETERMINERS.split("|"), *_PLACE_NOUNS.split("|")],
)
_COUNTED_AFTER_RE = re.compile(
    r"\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|times|people|of)\b",
    re.IGNORECASE,
)
_HASH_NUMBER_RE = re.compile(r"(?<![\w&])#\d{2,}\b")
_NOUNS = {"apt": "apartment", "bldg": "building"}
# These nouns take a bare one-digit number ("Room 9"); the others need "#", "no." or two digits,
# so that "the house 2 doors down" stays as written.
_SHORT_NUMBER_NOUNS = frozenset(
    {
        "apt",
        "apartment",
        "room",
        "suite",
        "unit",
        "dorm",
        "hostel",
        "platoon",
        "squad",
        "flight",
        "precinct",
        "ward",
        "station",
        "store",
        "cabin",
        "bunk",
        "cell",
        "troop",
        "chapter",
        "district",
        "sector",
        "building",
        "bldg",
        # A workplace's numbered spot: "the youngest machinist on line 7", "till at counter 3".
        "line",
        "counter",
        "checkout",
        "dock",
        "pump",
    }
)
# Parts of a city named by number take one digit when written as a name: "from District 7",
# "in Zone 4", "Phase 2" (a lowercase "phase 2 of the plan" or "block 3" stays).
_CAPITALISED_NUMBER_NOUNS = frozenset(
    {"block", "zone", "phase", "area", "hall", "house", "building", "wing", "tower", "hostel"}
)


def find_addresses(text: str) -> list[Span]:
    spans = [
        Span("address", m.start(), m.end(), "street-address", "[address removed]")
        for m in _NUMBERED_ADDRESS_RE.finditer(text)
    ]
    for pattern in (_ORDINAL_STREET_RE, _NAMED_STREET_RE):
        spans += [
            Span("address", m.start(), m.end(), "street", "a street")
            for m in pattern.finditer(text)
        ]
    spans += [
        Span("address", m.start("street"), m.end("street"), "street", "a street")
        for m in _LOWER_STREET_RE.finditer(text)
        if not _FUNCTION_WORDS.intersection(m["street"].split()[:-1])
    ]
    for m in _LETTER_STREET_RE.finditer(text):
        if m["letter"] in {"A", "I"} and sentence_start_at(text, m.start()):
            continue
        spans.append(Span("address", m.start(), m.end(), "street", "a street"))
    spans += [
        Span("address", m.start("street"), m.end("street"), "street", "a street")
        for m in _BARE_ORDINAL_STREET_RE.finditer(text)
    ]
    for pattern in (_ROUTE_RE, _ROUTE_LOWER_RE):
        spans += [
            Span("address", m.start(), m.end(), "road", "a highway") for m in pattern.finditer(text)
        ]
    for pattern in (_ZIP_RE, _UK_POSTCODE_RE, _IRISH_EIRCODE_RE):
        spans += [
            Span("address", m.start(), m.end(), "postcode", "[removed]")
            for m in pattern.finditer(text)
        ]
    for m in _NUMBERED_PLACE_RE.finditer(text):
        if _COUNTED_AFTER_RE.match(text, m.end()):
            continue  # "waited in line 2 hours", "line 3 of the form": a count or a part
        noun = m["noun"].lower()
        noun = _NOUNS.get(noun, noun)
        marked = (
            m["num"].startswith("#") or any(c in m.group() for c in "#.") or "umber" in m.group()
        )
        digits = sum(c.isdigit() for c in m["num"])
        short = m["noun"].lower() in _SHORT_NUMBER_NOUNS or (
            m["noun"].lower() in _CAPITALISED_NUMBER_NOUNS and m["noun"][0].isupper()
        )
        if not (marked or digits >= 2 or short):
            continue
        det = m["det"]
        if det and det.lower() in {"our", "my", "his", "her", "their"}:
            spans.append(Span("address", m.start("noun"), m.end(), "numbered-place", noun))
        else:
            article = "an" if noun[0] in "aeiou" and not noun.startswith(("uni", "use")) else "a"
            if det and det[0].isupper():
                article = article.capitalize()
            spans.append(Span("address", m.start(), m.end(), "numbered-place", f"{article} {noun}"))
    spans += [
        Span("number", m.start(), m.end(), "hash-number", "[number removed]")
        for m in _HASH_NUMBER_RE.finditer(text)
    ]
    return spans
