"""Dates, years, apostrophe years and decades, with replacements that keep the sentence whole."""

from __future__ import annotations

import functools
import re

from .numbers import year_phrase
from .scan import Lazy, WordAnchored
from .spans import Span

_MONTH_CAP = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_LOWER = r"(?:january|february|april|june|july|august|september|october|november|december)"
_MONTH = rf"(?:{_MONTH_CAP}|{_MONTH_LOWER})"
# After "the 3rd of" even "may" and "march" are months.
_MONTH_AFTER_OF = rf"(?:{_MONTH}|may|march)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
_LEAD_WORDS = "on|from|since|until|till|by|before|after|of"
_LEAD = rf"(?:\b(?P<lead>{_LEAD_WORDS})\s+)?"
# Where each date pattern can begin: a lead word, a weekday, a month (by its first three
# letters, which every spelling above shares), a digit or "the".
_LEADS = _LEAD_WORDS.split("|")
_WEEKDAY_PREFIXES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH_PREFIXES = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)

_DATE_RES = (
    WordAnchored.of(
        Lazy(rf"{_LEAD}{_WEEKDAY}\b{_MONTH}\s+{_DAY}\b(?:,?\s+(?P<year>{_YEAR})\b)?"),
        _LEADS,
        prefixes=(*_WEEKDAY_PREFIXES, *_MONTH_PREFIXES),
    ),
    WordAnchored.of(
        Lazy(rf"{_LEAD}{_WEEKDAY}\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>{_YEAR})\b)?"),
        _LEADS,
        prefixes=_WEEKDAY_PREFIXES,
        digits=True,
    ),
    WordAnchored.of(
        Lazy(
            rf"{_LEAD}{_WEEKDAY}\b(?i:the)\s+{_DAY}\s+of\s+{_MONTH_AFTER_OF}\b(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
        [*_LEADS, "the"],
        prefixes=_WEEKDAY_PREFIXES,
    ),
    WordAnchored.of(
        Lazy(
            rf"{_LEAD}(?<![\d/.-])\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
            rf"(?P<year>{_YEAR}|\d\d)\b(?![/.-]\d)"
        ),
        _LEADS,
        digits=True,
    ),
    # "2010-06-30", "2010.06.30", "2010/6/30"
    WordAnchored.of(
        Lazy(
            rf"{_LEAD}(?<![\d/.-])\b(?P<year>{_YEAR})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
            rf"(?P<a>\d{{1,2}})\b(?![/.-]\d)"
        ),
        _LEADS,
        digits=True,
    ),
    WordAnchored.of(
        Lazy(r"(?:\b(?P<lead>(?i:on|since|until|by))\s+)\d{1,2}/\d{1,2}\b(?![/\d])"),
        ["on", "since", "until", "by"],
    ),
)
# "On the 17th she asked", "It was the 14th, payday": a day of the month without the month.
_DAY_ONLY_RE = WordAnchored.of(
    Lazy(
        r"(?:\b(?P<lead>on|by|since|until|before|after|from)\s+)?\bthe\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        r"(?=\s*[,.;!?—–]|\s+(?:she|he|i|we|they|it|was|is|and|when|at|in|of\s+(?:that|this|last|next)\s+month))",
        re.IGNORECASE,
    ),
    ["on", "by", "since", "until", "before", "after", "from", "the"],
)
# "Mar '19", "june '08": a month with an apostrophe year is a date.
_MONTH_APOSTROPHE_YEAR_RE = WordAnchored.of(
    Lazy(rf"\b{_MONTH}\s+['’](?P<yy>\d\d)\b(?!['’]?s\b)"), [], prefixes=_MONTH_PREFIXES
)
# "Tuesday 14th", "on Friday the 3rd": a weekday with its day of the month.
_WEEKDAY_DAY_RE = WordAnchored.of(
    Lazy(
        r"(?:\b(?P<lead>(?i:on|by|since|until|before|after|from))\s+)?"
        r"\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:the\s+)?"
        r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    ),
    _LEADS,
    prefixes=_WEEKDAY_PREFIXES,
)
_MONTH_YEAR_RE = WordAnchored.of(
    Lazy(rf"\b{_MONTH},?\s+(?:of\s+)?(?P<year>{_YEAR})\b"), [], prefixes=_MONTH_PREFIXES
)
_YEAR_RE = WordAnchored.of(
    Lazy(
        rf"(?<![\d$£€#.,/-])\b(?P<year>{_YEAR})(?:\s*[-–]\s*(?P<year2>{_YEAR}|\d\d))?\b(?![\d%,.]\d|\s*%)"
    ),
    [],
    digits=True,
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:dollars|bucks|pounds|euros|naira|rupees|miles|feet|foot|meters|metres|km|people|"
    r"calories|words|times|hours|minutes|messages|texts|likes|followers|views|pages|points|"
    r"square|sq|yards|students|employees|members|users|men|women)\b",
    re.IGNORECASE,
)
# "back in like 05", "the summer of 98": a bare two-digit year after a lead that only a year fits.
_BARE_YEAR_RE = re.compile(
    r"\b(?P<lead>back\s+in|(?:summer|winter|spring|fall|autumn|class)\s+of)\s+(?:like\s+|about\s+|around\s+)?"
    r"(?P<yy>\d\d)\b(?!\s*(?:%|percent|minutes|mins|seconds|people|degrees|of|or|to|-|\.\d))",
    re.IGNORECASE,
)
# "the third Thursday of June 2016": one day, placed by its year alone (without a year the
# weekday and the month are told apart: "the third day of June").
_NTH_WEEKDAY_RE = WordAnchored.of(
    Lazy(
        r"\b(?:(?i:the)\s+)?(?i:first|second|third|fourth|fifth|last|final)\s+"
        rf"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:of|in)\s+{_MONTH},?\s+"
        rf"(?P<year>{_YEAR})\b"
    ),
    ["the", "first", "second", "third", "fourth", "fifth", "last", "final"],
)
# "the summer of 2014" -> "the summer in the mid 2010s", not "the summer of the mid 2010s".
_SEASON_OF_BEFORE_RE = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\s+(of\s+)$", re.I)
_SEASON_OF_RE = re.compile(r"^(spring|summer|fall|autumn|winter)\s+of$", re.I)
_SEASON_BEFORE_RE = re.compile(
    r"\b(?:spring|summer|fall|autumn|winter|christmas|xmas|easter|thanksgiving|halloween|diwali|eid|"
    r"ramadan|eve|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+$",
    re.IGNORECASE,
)
_APOSTROPHE_YEAR_RE = re.compile(r"(?<![\w'’])['’](?P<yy>\d\d)\b(?!['’]?s\b)")
_DECADE_RE = WordAnchored.of(
    Lazy(
        r"(?:\b(?P<lead>back\s+in|in|during|through|since)\s+)?"
        r"(?:\b(?P<the>the)\s+(?:(?:early|mid|late)[\s-]+)?(?:['’]?\d0['’]?s\b|(?:1[89]|20)\d0['’]?s\b|"
        r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties|aughts)\b)"
        r"|\b(?:1[89]|20)\d0['’]?s\b)",
        re.IGNORECASE,
    ),
    ["back", "in", "during", "through", "since", "the"],
    digits=True,
)


_DECADE_WORDS = {
    "twenties": 1920,
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
    "noughties": 2000,
    "aughts": 2000,
}
_DECADE_DIGITS_RE = re.compile(r"(\d+)0['’]?s$")


def _decade_of(raw: str) -> int | None:
    """ "the early 2010s" -> 2010, "'90s" -> 1990, "the nineties" -> 1990."""
    word = raw.lower().split()[-1].strip("'’")
    if word in _DECADE_WORDS:
        return _DECADE_WORDS[word]
    m = _DECADE_DIGITS_RE.search(word)
    if m is None:
        return None
    digits = m.group(1)
    return int(digits) * 10 if len(digits) == 3 else _year_of(digits + "0")


@functools.lru_cache(maxsize=4)
def hidden_decades(text: str) -> frozenset[int]:
    """Decades the writer named ("in the 2000s"): they are removed, so a year in the same decade
    must not name it again ("2004" -> "the mid 2000s" would undo it)."""
    found = (_decade_of(m.group()) for m in _DECADE_RE.finditer(text))
    return frozenset(d for d in found if d is not None)


def _phrase(year: int, hidden: frozenset[int]) -> str:
    return "that year" if year // 10 * 10 in hidden else year_phrase(year)


def _year_of(raw: str) -> int:
    value = int(raw)
    if value < 100:
        value += 1900 if value >= 30 else 2000
    return value


def _plausible_numeric_date(m: re.Match[str]) -> bool:
    """A numeric date has a day and a month in range ("2.0.1" and "3.11.45" are versions). A
    dotted one with a two-digit year also needs a day above 12 or a lead word ("on 30.6.10"), since
    "version 1.2.10" reads the same."""
    groups = m.groupdict()
    if groups.get("sep") is None:
        return True
    a, b = int(groups["a"]), int(groups["b"])
    if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
        return False
    if groups["sep"] == "." and len(groups["year"]) == 2:
        return a > 12 or groups.get("lead") is not None
    return True


def find_dates(text: str) -> list[Span]:
    hidden = hidden_decades(text)
    spans: list[Span] = []
    for pattern in _DATE_RES:
        for m in pattern.finditer(text):
            if not _plausible_numeric_date(m):
                continue
            lead = m.group("lead")
            year = m.groupdict().get("year")
            day = "one day" if lead and lead.lower() == "on" else "that day"
            if lead and lead.lower() != "on":
                day = f"{lead} that day"
            replacement = f"{day} in {_phrase(_year_of(year), hidden)}" if year else day
            spans.append(Span("date", m.start(), m.end(), "date", replacement))
    for m in _NTH_WEEKDAY_RE.finditer(text):
        replacement = f"one day in {_phrase(int(m['year']), hidden)}"
        if m.group()[0].isupper():
            replacement = replacement.capitalize()
        spans.append(Span("date", m.start(), m.end(), "nth-weekday", replacement))
    for m in _DAY_ONLY_RE.finditer(text):
        lead = (m.group("lead") or "").lower()
        replacement = "one day" if lead == "on" else f"{lead} that day".strip()
        spans.append(Span("date", m.start(), m.end(), "day-of-month", replacement))
    for m in _MONTH_APOSTROPHE_YEAR_RE.finditer(text):
        phrase = _phrase(_year_of(m["yy"]), hidden)
        spans.append(Span("date", m.start(), m.end(), "month-year", phrase))
    for m in _WEEKDAY_DAY_RE.finditer(text):
        lead = (m["lead"] or "").lower()
        replacement = "one day" if lead in {"", "on"} else f"{lead} that day"
        if m["lead"] and m["lead"][0].isupper():
            replacement = replacement.capitalize()
        spans.append(Span("date", m.start(), m.end(), "weekday-day", replacement))
    for m in _MONTH_YEAR_RE.finditer(text):
        spans.append(
            Span("date", m.start(), m.end(), "month-year", _phrase(int(m["year"]), hidden))
        )
    return spans


def find_years(text: str) -> list[Span]:
    hidden = hidden_decades(text)
    spans: list[Span] = []
    for m in _YEAR_RE.finditer(text):
        if _NOT_A_YEAR_AFTER.match(text, m.end()):
            continue
        first = _phrase(int(m["year"]), hidden)
        replacement = first
        start, lead = m.start(), ""
        season_of = _SEASON_OF_BEFORE_RE.search(text[max(0, start - 16) : start])
        if season_of and first.startswith("the "):  # "of that year" stays as it is
            start -= len(season_of[1])  # the "of " goes with the year
            lead = "in "
        elif _SEASON_BEFORE_RE.search(text[max(0, start - 12) : start]) and first.startswith(
            "the "
        ):
            lead = "in "  # "spring 2009" -> "spring in the late 2000s"
        if m["year2"]:
            second = _phrase(
                _year_of(m["year2"][-2:]) if len(m["year2"]) == 2 else int(m["year2"]), hidden
            )
            if second != first:
                replacement = f"{first} and {second.removeprefix('the ')}"
        replacement = lead + replacement
        spans.append(Span("year", start, m.end(), "year", replacement))
    for m in _APOSTROPHE_YEAR_RE.finditer(text):
        phrase = _phrase(_year_of(m["yy"]), hidden)
        if _SEASON_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]) and phrase.startswith(
            "the "
        ):
            phrase = "in " + phrase  # "summer '08" -> "summer in the late 2000s"
        spans.append(Span("year", m.start(), m.end(), "apostrophe-year", phrase))
    for m in _BARE_YEAR_RE.finditer(text):
        lead = _SEASON_OF_RE.sub(r"\1 in", " ".join(m["lead"].split()))  # "summer in the..."
        phrase = (
            "back then"
            if lead.lower().startswith("back")
            else f"{lead} {_phrase(_year_of(m['yy']), hidden)}"
        )
        spans.append(Span("year", m.start(), m.end(), "bare-year", phrase))
    for m in _DECADE_RE.finditer(text):
        lead = (m.group("lead") or "").lower()
        if lead.startswith("back"):
            replacement = "back then"
        elif lead:
            replacement = f"{lead} those years"
        else:
            replacement = "those years"
        spans.append(Span("year", m.start(), m.end(), "decade", replacement))
    return spans
