"""Seat and room codes after a preposition: "in 14C", "outside 4C", "new on 5B", and the end of
a shift typed the same way ("11p to 7a")."""

from __future__ import annotations

import re

from .code_company import NOT_PLACE_CODES
from .hour_words import hour_phrase
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
    return spans
