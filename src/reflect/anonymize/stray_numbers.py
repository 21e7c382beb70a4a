"""Numbers no other detector explained: removed unless they plainly count or measure something.

Every other number detector reads a cue (a seat, a room, an age, a time). What none of them
explains is still, far more often than not, something that points somewhere: the number he
wore, two hotel rooms side by side, a flight code with no "flight" near it, a house number,
a 24-hour time, a year in another calendar. Across the project's corpora such a number is a
planted identifier several times as often as it is an ordinary word, and the ordinary ones
are few (a story holds two or three), so the balance is to remove a number unless its shape
says it counts or measures: "3 times", "40 messages", "$50", "out of 10", "2nd year", "the
90s", a list's "1." or "Question 2:", "under-16s".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .lexicon import Lexicon, fold
from .spans import Span

# A number token: letters and digits, joined by . : / , - when a digit follows the joint.
_NUMBERISH = re.compile(
    r"(?<![\w$£€#@])(?:[A-Za-z]+-)?(?P<core>[A-Za-z]*\d[A-Za-z\d]*(?:[.:/,-][A-Za-z\d]*\d[A-Za-z\d]*)*)"
)
_ORDINAL_OR_DECADE = re.compile(r"\d+(?:st|nd|rd|th|s)|'?\d0s", re.IGNORECASE)
_AGE_GROUP = re.compile(r"(?:under-?|u)\d{1,2}s?", re.IGNORECASE)
# A score or a band: "band 6.5", "Python 3.11"; a duration: "3h30". With two dots it is a
# date ("14.03.19") unless a version was spoken of just before ("version 3.11.12, then 1.2.10").
_DECIMAL = re.compile(r"\d+\.\d+|\d{1,2}h\d{0,2}")
_VERSION = re.compile(r"\d+(?:\.\d+){2,}")
_VERSION_BEFORE = re.compile(
    r"\b(?:version|release|build|update|patch|firmware|python|ios|android|v)\b", re.IGNORECASE
)
# Words that count or measure: "12 day trip", "5 dollar", "2km". Plural nouns count too.
_UNITS = frozenset(
    """sec secs second minute min mins hour hr hrs day week wk wks month mo mos year yr yrs
    time dollar buck grand k pound quid euro cent mile km kilometre kilometer metre meter m
    foot feet ft inch inches kg kilo kilos lb lbs percent per cent hundred thousand million
    billion more less extra other odd ish plus shot beer drink
    person people guy girl kid man men woman women""".split()
)
_COUNTED_OF = frozenset("us them you those these my our her his their".split())
# Words before a number that make it a rank, a part, a score or a rough count.
_BEFORE_KEPT = re.compile(
    r"(?:\b(?:out\s+of|top|year|yr|grade|form|level|standard|class|question|q|part|step|"
    r"chapter|page|line|item|point|verse|no\.|day|week|round|season|phase|"
    r"score\s+(?:was|of|is)|least|most|a|an)|\d\s*(?:to|-))\s*$",
    re.IGNORECASE,
)
# An amount of money said without its sign: "I paid over 30 for it", "it cost her 200".
_MONEY_BEFORE = re.compile(
    r"\b(?:paid|pay|cost|costs|spent|spend|owed|owe|charged|earned|tipped|lent|borrowed)"
    r"(?:\s+(?:her|him|me|them|us))?(?:\s+(?:over|about|around|almost|nearly|like|just|only))?\s*$",
    re.IGNORECASE,
)
# A rough count ends its clause: "I had almost 5, and then"; "about 2 and left" is an hour.
_ROUGHLY = re.compile(r"\b(?:about|around|almost|nearly|like|maybe|roughly|only|just)\s*$", re.I)
_EVERYDAY = frozenset(
    "24/7 9/11 4x4 3d 2d 4g 5g mp3 mp4 covid-19 covid19 b4 2day 2nite gr8 l8r 1st 2nd 3rd "
    "ps4 ps5 x2 x3 1v1 1on1 50/50 3g".split()
)


def _next_words(text: str, end: int) -> tuple[str, str]:
    """The two words after a number, folded to lowercase."""
    m = re.match(r"[\s-]*([A-Za-z%]+)(?:\s+([A-Za-z]+))?", text[end:])
    if not m:
        return "", ""
    return fold(m.group(1).lower()), fold((m.group(2) or "").lower())


def _plural(word: str, lex: Lexicon) -> bool:
    """A plural noun: "times", "messages", "ppl"."""
    if word == "ppl":
        return True
    return (
        len(word) > 2
        and word.endswith("s")
        and (word in lex.common_words or word[:-1] in lex.common_words)
    )


def _list_marker(text: str, start: int, end: int) -> bool:
    """ "1." or "2)" opening a line or following a slash: numbering the person typed."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    return before in ("", "/", "-", "*") and text[end : end + 1] in (".", ")", ":")


def _counts_or_measures(text: str, start: int, end: int, lex: Lexicon) -> bool:
    token = text[start:end]
    if token.lower() in _EVERYDAY or _ORDINAL_OR_DECADE.fullmatch(token):
        return True
    if _AGE_GROUP.fullmatch(token) or _DECIMAL.fullmatch(token):
        return True
    if _VERSION.fullmatch(token) and _VERSION_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if re.fullmatch(r"\d+[a-z]{1,2}", token, re.IGNORECASE) and token[-1] in "kKmM":
        return True  # "3k followers", "200m down the road"
    if (start > 0 and text[start - 1] in "$£€") or text[end : end + 1] == "%":
        return True
    if _list_marker(text, start, end):
        return True
    before = text[max(0, start - 16) : start]
    if _BEFORE_KEPT.search(before):
        return True
    if _ROUGHLY.search(before) and text[end : end + 1] in (",", ";"):
        return True
    if _MONEY_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    if re.search(r"\bnumber\s*$", before) and re.match(r"\s+in\b", text[end:]):
        return True  # a rank: "number 2 in the league"; "room number 12" points somewhere
    if re.match(r"\s*out\s+of\b", text[end:]):  # "8 out of 10"
        return True
    if re.match(r"\s*(?:to|-)\s*\d|\s*or\s+so\b", text[end:]):  # "21 to 3", "20 or so"
        return True
    range_to = re.match(r"\s*(?:or|and)\s*\d+", text[end:])  # "2 or 3 times", "3 and 4 miles"
    word, then = _next_words(text, end + range_to.end() if range_to else end)
    if word in _UNITS or word == "%" or _plural(word, lex):
        return True
    if word == "of":  # "2 of us", "5 of my friends"
        return then in _COUNTED_OF
    # One word between the number and what it counts: "4 old fashioneds", "3 long weeks".
    return word in lex.common_words and _plural(then, lex)


@cache
def _number_words() -> re.Pattern[str]:
    """Thirteen to ninety-nine in words: an age as often as not ("she said eighteen"); the
    numbers below are too often plain counts to remove ("two of them", "at eleven")."""
    units = "one|two|three|four|five|six|seven|eight|nine"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    return re.compile(
        rf"(?<![\w-])(?:(?:thir|four|fif|six|seven|eigh|nine)teen|(?:{tens})(?:[- ](?:{units}))?)"
        r"(?![\w-])",
        re.IGNORECASE,
    )


def find_stray_numbers(text: str, found: Sequence[Span], lex: Lexicon) -> list[Span]:
    """Spans for every number that no span covers and that does not count or measure."""
    matches = list(_NUMBERISH.finditer(text)) if any(ch.isdigit() for ch in text) else []
    lowered = text.lower()
    if "teen" in lowered or "ty" in lowered:
        matches += _number_words().finditer(text)
    covered = sorted((s.start, s.end) for s in found)
    spans: list[Span] = []
    for m in matches:
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in covered):
            # "14-[Mar]-2016": the word joined to the number was found; the number was not.
            start = m.start("core") if "core" in m.re.groupindex else end
            if any(a < end and start < b for a, b in covered):
                continue
        if not _counts_or_measures(text, start, end, lex):
            spans.append(Span("number", start, end, "stray-number", "[number removed]"))
    return spans
