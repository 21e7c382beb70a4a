"""Seat and room codes after a preposition: "in 14C", "outside 4C", "new on 5B", and the end of
a shift typed the same way ("11p to 7a")."""

from __future__ import annotations

import re

from .code_company import NOT_PLACE_CODES
from .hour_words import hour_phrase
from .scan import OnCue
from .spans import Span

_DIGIT_RE = re.compile(r"\d")
_SEAT_RE = re.compile(
    r"\b(?P<lead>in|to|from|into|at|and|outside|past|on)\s+"
    r"(?P<code>\d{1,2}[A-HJ-K]|[A-HJ-Z]\d{1,3}|(?![234]d)\d{1,2}[a-hj])"
    r"\b(?![\w-])"
)
_SHIFT_START_BEFORE = re.compile(r"\d[ap]\s+(?:to|till|until)\s+$")
_TRAVEL_RE = re.compile(
    r"\b(?:seats?|flights?|plane|bus|train|rows?|aisle|window|cabin|boarding|boarded|flew|flying|"
    r"coach|carriage|gate|terminal|ticket|airline|stadium|theater|theatre|cinema|game|concert|"
    r"lecture|class|swapped|swap|sat|sit|sitting)\b",
    re.IGNORECASE,
)
_CODE_BY_LEAD = {"outside": "a door", "past": "a door", "on": "a unit"}
_NUMBER_WORDS = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# "at table six", "in cabin four", "bunk twelve": a numbered place, the number in words (not "a
# table of six", "room two more", "the bed two nights").
_WORDED_NOUNS = (
    "table room seat cabin bunk bed booth locker pew gate platform berth stall bay dock truck "
    "pump ward suite apartment flat lane row hut tent bus car carriage coach"
).split()
_WORDED_NOUN_SET = frozenset(_WORDED_NOUNS)
_WORDED_PLACE_RE = OnCue(
    r"\b(?P<noun>[A-Za-z]+)"
    rf"\s+(?P<num>{_NUMBER_WORDS})\b"
    r"(?!-|\s+(?:of|more|times|years?|days?|nights?|weeks?|months?|hours?|minutes?|people|guys|"
    r"girls|women|men|of|or|to|and\s+(?:a|an)\b)|\s+(?!was\b|has\b|does\b)[a-z]+[^s\W]s\b)",  # "two doors down"
    # every match holds a number word (the noun before it is checked after the match)
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety".split(),
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|our|my|his|her|their|that|this)\s+$", re.IGNORECASE)


def find_seats(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _SEAT_RE.finditer(text) if _DIGIT_RE.search(text) else ():
        if m["code"].upper() in NOT_PLACE_CODES:
            continue  # "watched it in 3D"
        if _SHIFT_START_BEFORE.search(text[max(0, m.start() - 8) : m.start("code")]):
            # "11p to 7a": the end of a shift, not a seat
            hour = int(m["code"][:-1])
            phrase = hour_phrase(hour, m["code"][-1] + "m") or "later"
            spans.append(Span("time", m.start("code"), m.end("code"), "clock-time", phrase))
            continue
        # "outside 4C": a door; "in 14C" on a plane: a seat; "lived in 4B": a room
        travel = _TRAVEL_RE.search(text, max(0, m.start() - 160), m.end() + 80)
        where = _CODE_BY_LEAD.get(m["lead"].lower(), "a seat" if travel else "a room")
        spans.append(Span("number", m.start("code"), m.end("code"), "seat", where))
    for m in _WORDED_PLACE_RE.finditer(text):
        noun = m["noun"]
        if noun.lower() not in _WORDED_NOUN_SET:
            continue
        if _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            spans.append(Span("number", m.start("num") - 1, m.end("num"), "worded-seat", ""))
        else:
            article = "an" if noun[0].lower() in "aeiou" else "a"
            article = article.capitalize() if noun[0].isupper() else article
            spans.append(
                Span("number", m.start(), m.end(), "worded-seat", f"{article} {noun.lower()}")
            )
    return spans
