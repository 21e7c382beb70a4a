"""Business quarters that date one event: "in Q3", "the Q4 numbers", "Q1 2019"."""

from __future__ import annotations

import re

from .numbers import year_phrase
from .spans import Span

_QUARTER_RE = re.compile(
    r"(?:\b(?P<lead>(?i:in|by|after|before|during|until|for|of|since))\s+)?(?<![\w-])Q(?P<q>[1-4])\b"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?",
)
_QUARTER_WORD_RE = re.compile(r"Q[1-4]")
# "our FY21 numbers", "in FY 2019": a fiscal year dates an event as a year does.
_FISCAL_YEAR_RE = re.compile(r"(?<![\w-])FY\s?['’]?(?P<year>(?:19|20)?\d\d)\b")


def find_quarters(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _FISCAL_YEAR_RE.finditer(text) if "FY" in text else ():
        before = text[max(0, m.start() - 8) : m.start()].lower().split()
        determined = bool(before) and before[-1] in {"the", "her", "my", "our", "his", "their"}
        spans.append(
            Span("year", m.start(), m.end(), "fiscal-year", "yearly" if determined else "one year")
        )
    for m in _QUARTER_RE.finditer(text) if _QUARTER_WORD_RE.search(text) else ():
        before = text[max(0, m.start() - 12) : m.start()].lower().split()
        after = text[m.end() : m.end() + 20].split()
        next_word = after[0] if after else ""
        year = f" of {year_phrase(int(m['year']))}" if m["year"] else ""
        lead = m["lead"]
        if lead:
            replacement = f"{lead.lower()} one quarter{year}"
        elif (
            before
            and before[-1] in {"the", "her", "my", "our", "his", "their", "your", "a"}
            and (next_word[:1].islower())
        ):
            replacement = "quarterly"
        elif next_word[:1].islower() and not year and next_word.isalpha():
            replacement = "a quarterly"
        else:
            replacement = f"one quarter{year}"
        spans.append(Span("time", m.start(), m.end(), "quarter", replacement))
    return spans
