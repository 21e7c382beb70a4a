"""Military, police and fire units ("the 1st Battalion, 9th Infantry", "Bravo Company", "the 4th
Precinct") and ships ("USS ...")."""

from __future__ import annotations

import re

from .orgs import clean_name
from .scan import OnCue
from .spans import Span

# Military, police and fire units: an ordinal (or a phonetic letter) and unit words, chained by
# commas or "of the": "the 1st Battalion, 68th Armor", "Bravo Company, 2nd Battalion",
# "the 4th Precinct", "the 82nd Airborne".
_UNIT_WORDS = (
    r"Battalion|Bn|Brigade|Bde|Division|Div|Regiment|Regt|Infantry|Armor|Armour|Armored|Armoured|"
    r"Cavalry|Cav|Artillery|Squadron|Sqn|Wing|Fleet|Airborne|Air\s+Assault|Marines|Marine|Company|"
    r"Co|Platoon|Plt|Corps|Precinct|Ward|Station|Battery|Troop|Group|Army|Engineers?|Signal|Rangers?|"
    r"Aviation|Sustainment|Support|Logistics|Medical|Military\s+Police|MP|Expeditionary|Mountain|"
    r"Fighter|Airlift|Bomb|Maintenance|Squad|Detachment|Flight|Commando|Parachute|Rifles|Guards|"
    r"Hussars|Dragoons|Lancers|Fusiliers|Stryker|BCT|SFG|Special\s+Forces|Air\s+Wing|District|"
    r"Ladder|Engine|Fire\s+Company|Recon|Reconnaissance|Intelligence|MI|Transportation|"
    r"Quartermaster|Ordnance|Chemical|Cyber|Security\s+Forces|Missile|Combat|Infantry\s+Division"
)
_UNIT_LEAD = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
    r"Eleventh|Twelfth|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Kilo|Lima|Mike|"
    r"Oscar|Papa|Sierra|Tango|Victor|Whiskey|Yankee|Zulu|Headquarters|HHC|HHB)"
)
_ONE_UNIT = (
    rf"{_UNIT_LEAD}(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?:{_UNIT_WORDS})\b"
    rf"(?:\s+(?:{_UNIT_WORDS})\b)*"
)
# Every unit starts with its lead, so a text without one is skipped without compiling the
# pattern (it is the costliest one to compile; see scan.OnCue).
_LEAD_CUES = [
    "1st",
    "2nd",
    "3rd",
    *(f"{d}th" for d in range(10)),
    *re.findall(r"[A-Z][A-Za-z]+", _UNIT_LEAD),
]
_UNIT_RE = OnCue(rf"\b{_ONE_UNIT}(?:(?:,\s+|\s+of\s+the\s+|\s*/\s*){_ONE_UNIT})*", _LEAD_CUES)
_LOWER_UNIT_RE = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:airborne|infantry|cavalry|battalion|brigade|regiment|"
    r"artillery|squadron|marines|platoon|precinct)\b",
    re.IGNORECASE,
)
# "i was in the 101st", "back with the 82nd": an ordinal past any day of a month, standing
# alone after "in/with/joined the", is a unit (not "the 100th time", "the 42nd floor").
_BARE_UNIT_RE = re.compile(
    r"\b(?:in|with|joined|left|from|to|served\s+in)\s+the\s+(?P<unit>(?:3[2-9]|[4-9]\d|\d{3})"
    r"(?:st|nd|rd|th))\b(?!\s+(?!when|and|but|for|in|at|until|till|then|so|because|where|with)[a-z])"
)
_SHIP_RE = re.compile(
    r"\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|RMS|MV|SS)\s+"
    r"(?!I\b)[A-Z][\w'’.-]*(?:\s+(?!I\b)[A-Z][\w'’.-]*){0,3}"
)
_WORDY_LETTERS = frozenset({"Hotel", "India", "Golf", "Mike", "Victor", "Papa", "Oscar"})
_LETTERED_UNITS = frozenset({"company", "troop", "battery", "platoon"})
_UNIT_NOUNS = {"precinct": "precinct", "ward": "ward", "station": "station", "district": "district"}


def find_units(text: str) -> list[Span]:
    spans = [
        Span("org", m.start(), m.start() + len(clean_name(m.group())), "ship", "ship")
        for m in _SHIP_RE.finditer(text)
    ]
    spans += [
        Span("org", m.start("unit"), m.end("unit"), "unit", "unit")
        for m in _BARE_UNIT_RE.finditer(text)
    ]
    for pattern in (_UNIT_RE, _LOWER_UNIT_RE):
        for m in pattern.finditer(text):
            last = m.group().split()[-1].lower()
            lead = m.group().split()[0]
            if lead in _WORDY_LETTERS and last not in _LETTERED_UNITS:
                continue  # "Hotel Group" is a firm; "Hotel Company" a lettered sub-unit
            spans.append(Span("org", m.start(), m.end(), "unit", _UNIT_NOUNS.get(last, "unit")))
    return spans
