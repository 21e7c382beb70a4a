"""Numbers in words and the coarse buckets the policy generalises them to."""

from __future__ import annotations

import re

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

WORD_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
for _t, _tens in enumerate(_TENS, start=2):
    WORD_NUMBERS[_tens] = _t * 10
    for _u in range(1, 10):
        WORD_NUMBERS[f"{_tens}-{_UNITS[_u]}"] = _t * 10 + _u
        WORD_NUMBERS[f"{_tens} {_UNITS[_u]}"] = _t * 10 + _u

# Factored rather than one alternative per number: the regex engine tries alternatives one by one
# at every position, and ninety-odd of them made the age patterns the slowest part of the
# anonymizer. Longest first within each group, so "twenty-two" wins over "twenty" and
# "seventeen" over "seven", exactly as a longest-first list of every word would.
_UNITS_LONGEST_FIRST = sorted(_UNITS, key=len, reverse=True)
NUMBER_WORDS_PATTERN = (
    rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(u for u in _UNITS_LONGEST_FIRST if 0 < WORD_NUMBERS[u] < 10)}))?"
    rf"|{'|'.join(_UNITS_LONGEST_FIRST)}"
)
# The words a number in words can begin with ("twenty" of "twenty-two").
NUMBER_FIRST_WORDS = frozenset([*_UNITS, *_TENS])
NUMBER_PATTERN = rf"(?:\d{{1,3}}|(?:{NUMBER_WORDS_PATTERN}))"
_DECADE_WORDS = {
    2: "twenties",
    3: "thirties",
    4: "forties",
    5: "fifties",
    6: "sixties",
    7: "seventies",
    8: "eighties",
    9: "nineties",
}


def parse_number(raw: str) -> int | None:
    cleaned = re.sub(r"\s+", " ", raw.strip().lower())
    if cleaned.isdigit():
        return int(cleaned)
    return WORD_NUMBERS.get(cleaned, WORD_NUMBERS.get(cleaned.replace(" ", "-")))


def age_bucket(age: int) -> str:
    """19 -> "late teens", 38 -> "late thirties"; children are not bucketed by year."""
    if age < 13:
        return "childhood"
    if age < 20:
        return "early teens" if age < 15 else "mid teens" if age < 17 else "late teens"
    part = "early" if age % 10 <= 3 else "mid" if age % 10 <= 6 else "late"
    return f"{part} {_DECADE_WORDS.get(age // 10, 'years')}" if age < 100 else "later years"


def age_adjective(age: int) -> str:
    """The attributive form for "a 22-year-old": "a twenty-something"."""
    if age < 13:
        return "young"
    if age < 20:
        return "teenage"
    return f"{_TENS[age // 10 - 2]}-something" if age < 100 else "elderly"


def age_words(decade: int) -> str:
    """30 -> "thirty": a round decade in words."""
    return _TENS[decade // 10 - 2] if 20 <= decade < 100 else "ten"


def year_phrase(year: int) -> str:
    """2009 -> "the late 2000s", 1998 -> "the late nineties"."""
    part = "early" if year % 10 <= 3 else "mid" if year % 10 <= 6 else "late"
    decade = year // 10 * 10
    name = _DECADE_WORDS[decade % 100 // 10] if 1920 <= decade < 2000 else f"{decade}s"
    return f"the {part} {name}"


_ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = (
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
)
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ORDINAL_UNITS)}
for _t, (_tens, _ord) in enumerate(zip(_TENS, _ORDINAL_TENS, strict=True), start=2):
    ORDINAL_WORDS[_ord] = _t * 10
    for _u in range(1, 10):
        ORDINAL_WORDS[f"{_tens}-{_ORDINAL_UNITS[_u]}"] = _t * 10 + _u
# Factored for speed as NUMBER_WORDS_PATTERN is; no ordinal word is a prefix of another, so the
# order of the alternatives does not change what matches.
ORDINAL_PATTERN = (
    rf"(?:{'|'.join(_TENS)})-(?:{'|'.join(_ORDINAL_UNITS[1:10])})"
    rf"|{'|'.join(_ORDINAL_TENS)}|{'|'.join(_ORDINAL_UNITS)}|\d{{1,2}}(?:st|nd|rd|th)"
)


def parse_ordinal(raw: str) -> int | None:
    cleaned = raw.strip().lower()
    digits = cleaned[:-2]
    if digits.isdigit():
        return int(digits)
    return ORDINAL_WORDS.get(cleaned)
