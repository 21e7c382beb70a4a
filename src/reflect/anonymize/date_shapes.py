"""Dates in shapes the English date finders do not read: a day and month set after the word
"day" or "night" ("that day, 8/11, at a rental"), and years and months in Chinese and Japanese
script ("2015年4月").

Public days everyone knows by their numbers ("9/11", "24/7") stay.
"""

from __future__ import annotations

import re

from .numbers import year_phrase
from .spans import Span

_AFTER_A_DAY_RE = re.compile(
    r"(?:(?<=day)|(?<=\bnight)|(?<=\bdate))(?P<gap>,?\s+)"  # "day", and "friday 8/11"
    r"(?P<date>(?!9/11\b|24/7\b)(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/\d{2,4})?)\b"
    r"(?![/\d])",
    re.IGNORECASE,
)
_CJK_DATE_RE = re.compile(r"(?P<year>(?:19|20)\d\d)\s?年(?:\s?\d{1,2}\s?月)?(?:\s?\d{1,2}\s?日)?")


def find_date_shapes(text: str) -> list[Span]:
    spans = [
        # "that day, 8/11, at a rental" -> "that day, at a rental": the day already says when
        Span("time", m.start("gap"), m.end("date"), "day-month-after-day", "")
        for m in _AFTER_A_DAY_RE.finditer(text)
    ]
    spans += [
        Span("date", m.start(), m.end(), "cjk-date", year_phrase(int(m["year"])))
        for m in _CJK_DATE_RE.finditer(text)
    ]
    return spans
