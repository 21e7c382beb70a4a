"""A month named alone ("in October", "last january") becomes its season ("in the autumn",
"last winter").

A month with a day or a year is a date, and the date detectors rewrite it. Said alone, a month
still ties an event to a time that people around her remember ("She left the team in
October"), so it is widened to the season, the way a weekday becomes "one day". Seasons are
the northern hemisphere's: a widening, never meant as a fact. A month is read only after a
word that makes it one, so "may" the verb and "march" the noun stay.
"""

from __future__ import annotations

import re

from .spans import Span

_SEASONS = {
    **dict.fromkeys(["december", "dec", "january", "jan", "february", "feb"], "winter"),
    **dict.fromkeys(["march", "april", "apr", "may"], "spring"),
    **dict.fromkeys(["june", "jun", "july", "jul", "august", "aug"], "summer"),
    **dict.fromkeys(["september", "sept", "sep", "october", "oct", "november", "nov"], "autumn"),
}
# After these the month takes "the": "in the autumn", "by the spring", "the end of the winter".
_PREPOSITIONS = frozenset("in during by since until till through before after of".split())
# "may" and "march" are words too; lowercase, they are months only after these.
_SURE_CUES = frozenset("in during by since until till of last next early late mid".split())
_MONTH_RE = re.compile(
    r"\b(?P<cue>in|during|by|since|until|till|through|before|after|of|last|next|this|that|"
    r"every|early|late|mid)(?P<gap>\s+|-)"
    r"(?P<month>(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b)"
    r"(?!\s*(?:\d|the\s+\d|'\d|’\d))",
    re.IGNORECASE,
)


def find_bare_months(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _MONTH_RE.finditer(text):
        month, cue = m["month"], m["cue"].lower()
        if month.lower() in ("may", "march") and cue not in _SURE_CUES:
            continue
        season = _SEASONS[month.lower()]
        wording = f"the {season}" if cue in _PREPOSITIONS and m["gap"] != "-" else season
        spans.append(Span("date", m.start("month"), m.end("month"), "bare-month", wording))
    return spans
