"""Times of one event written without a clock: a bare hour ("friday night around 11", "kicked
us out about 1") and a weekday cut short ("sat nite").

A bare hour is only a time when the sentence says it is one (a weekday or a part of the day
nearby), so "around 11 of us" and "at 7 she could read" stay. The hour goes with its lead word
and the sentence reads on without it ("one night she asked" for "one Friday night around 11
she asked"); at the start of a sentence it becomes "Later".
"""

from __future__ import annotations

import re

from .hour_words import hour_phrase
from .scan import Lazy, OnCue, WordAnchored
from .spans import Span

_HOUR_LEADS = "at|around|round|about|bout|till|until|by|after|past|before"
_BARE_HOUR_RE = WordAnchored.of(
    Lazy(
        rf"\b(?P<lead>{_HOUR_LEADS})\s+(?:like\s+|maybe\s+|about\s+)?(?P<half>half\s+(?:past\s+)?)?"
        r"(?P<h>1[0-2]|0?[1-9])"
        r"(?![\w:.,/]?\d|\w|['’]|\s*(?:%|percent|[-–]|\+|or\s+\d|to\s+\d|and\s+\d|of\b|in\s+a\b|"
        r"people|years?|yrs?|y/o|yo\b|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|"
        r"dollars|bucks|quid|euros|pounds|rand|naira|k\b|grand|miles|km|feet|ft|beers|drinks|shots|"
        r"pints|guys|girls|women|men|others|blocks|stops|doors|tables|seats|rows|floors|kids|"
        r"of\s+us|of\s+them|[ap]\.?m\b|o['’]?clock|th\b|st\b|nd\b|rd\b|out\s+of|points?|goals?))",
        re.IGNORECASE,
    ),
    _HOUR_LEADS.split("|"),
)
# Words that make a bare hour a time of day, in the same sentence before it or just after it.
_CUE_BEFORE_RE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    r"night|nite|tonight|evening|morning|afternoon|arvo|shift|closing|last\s+call|taxi|cab|uber|"
    r"lyft|drank|drinking|line|bar|club|party|shots|drinks|pints|beers)\b",
    re.IGNORECASE,
)
# "at 3 in the morning", "about 11 at night": the hour and its part of the day, read as one.
_PART_AFTER_RE = re.compile(
    r"\s+(?:(?P<night>at\s+night)|in\s+the\s+(?P<part>morning|evening|afternoon|night))\b",
    re.IGNORECASE,
)
_CUE_AFTER_RE = re.compile(
    r"\s*(?:that\s+night|tonight|"
    r"(?:on\s+|that\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"when\s+the\s+(?:bar|club|pub|party|place)\b|"
    r"when\s+(?:the|she|he|we|they|everyone|everybody|her|his|my|our)\s+(?!was\s+(?:born|little|young|a\b)|"
    r"were\s+(?:born|little|young|kids)\b)[a-z]+(?<!years)(?<!old)\b)",
    re.IGNORECASE,
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n]")
_AGE_BEFORE_RE = re.compile(r"\b(?:was|were|i['’]?m|am|is|aged|age|only|just)\s+$", re.IGNORECASE)
_CUE_REACH = 60  # characters before the lead a cue may stand

_WORD_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "about quarter past three", "at half eleven", "around ten to nine": an hour in words with a
# part of it is always a clock time; an hour in words alone ("around eleven") only with a cue,
# like a bare hour in digits.
_WORD_HOUR_RE = WordAnchored.of(
    Lazy(
        rf"\b(?P<lead>{_HOUR_LEADS})\s+(?:like\s+|maybe\s+|about\s+|roughly\s+)?"
        r"(?P<part>(?:a\s+)?(?:half|quarter)\s+(?:past|to|after|til|till)\s+|half\s+"
        r"|(?:five|ten|twenty|twenty-five)\s+(?:past|to|after|til|till)\s+)?"
        rf"(?P<h>{_WORD_HOURS}|(?<=to\s)midnight|(?<=to\s)noon|(?<=past\s)midnight)\b"
        # "eleven fifteen", "six thirty": the minutes in words
        r"(?:(?P<minutes>\s+(?:o['’]clock|oh\s+(?:one|two|three|four|five|six|seven|eight|nine)|"
        r"fifteen|thirty|forty-five|forty|twenty-five|thirty-five|fifty-five|twenty|ten|five|"
        r"fifty))(?![\w'’-]|\s+(?:people|years?|days?|minutes?|hours?|guys|girls|of)\b)"
        r"|(?![\w'’-]))",
        re.IGNORECASE,
    ),
    _HOUR_LEADS.split("|"),
)
# What follows a bare hour in words when it counts something ("around eleven of us", "by two
# people"); an hour with its part or its minutes ("quarter to midnight and") is a time anyway.
_COUNTED_AFTER_RE = re.compile(
    r"\s+(?:of|or|and|to|in\s+a|people|years?|days?|weeks?|months?|times|hours?|minutes?|guys|"
    r"girls|women|men|kids|drinks|beers|shots|pints|more|others|miles|blocks)\b",
    re.IGNORECASE,
)
# "by eleven she was sitting on the stairs": the hour by which something had happened.
_BY_HOUR_THEN_RE = re.compile(r"\s+(?:she|he|i|we|they|everyone|everybody)\s+(?:was|were|had|'d)\b")
_SHORT_WEEKDAY_RE = WordAnchored.of(
    Lazy(
        r"\b(?:(?P<lead>last|this|next|that|on|one)\s+)?(?P<day>mon|tues?|wed|thurs?|fri|sat|sun)"
        r"\.?\s+(?P<part>nite|night|morning|arvo|afternoon|evening)\b",
        re.IGNORECASE,
    ),
    "last this next that on one mon tue tues wed thu thurs fri sat sun".split(),
)
_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:i|she|he|we|they|you|and|just|then|who|had|have|has|was|were|sun\s+and)\s+$", re.I
)
_PARTS = {"nite": "night", "arvo": "afternoon"}


def find_bare_hours(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _BARE_HOUR_RE.finditer(text):
        if part := _PART_AFTER_RE.match(text, m.end()):
            pm = part["night"] or part["part"].lower() != "morning"
            phrase = hour_phrase(int(m["h"]), "pm" if pm else "am") or "at one point"
            if m["lead"][0].isupper():
                phrase = phrase.capitalize()
            spans.append(Span("time", m.start(), part.end(), "bare-hour", phrase))
            continue
        before = _SENTENCE_BREAK_RE.split(text[max(0, m.start() - _CUE_REACH) : m.start()])[-1]
        if not (m["half"] or _CUE_BEFORE_RE.search(before) or _CUE_AFTER_RE.match(text, m.end())):
            continue
        if _AGE_BEFORE_RE.search(before):
            continue  # "I was about 2 when my dad left": an age (the age finders' to word)
        if m["lead"][0].isupper():
            spans.append(Span("time", m.start(), m.end(), "bare-hour", "Later"))
        elif m.start() > 0 and text[m.start() - 1] == " ":
            spans.append(Span("time", m.start() - 1, m.end(), "bare-hour", ""))
        else:
            spans.append(Span("time", m.start(), m.end(), "bare-hour", "later"))
    return spans


# "arrived at 4 o'clock", "the 2.40 flight": an hour of one event, said whole.
_OCLOCK_RE = OnCue(
    r"\b(?P<lead>at|around|about|by|till|until|after|before|gone)\s+(?P<h>1[0-2]|0?[1-9])\s*o['’]\s?clock\b"
    r"|\b(?P<the>the)\s+(?P<dotted>(?:[01]?\d|2[0-3])[.:][0-5]\d)\s+(?=(?:flight|train|bus|ferry|"
    r"coach|boat|show|class|lecture|shift|service|sailing)\b)",
    "clock flight train bus ferry coach boat show class lecture shift service sailing".split(),
    re.IGNORECASE,
)


def find_oclock_hours(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _OCLOCK_RE.finditer(text):
        if m["dotted"]:
            # "the 9.10 bus" reads "the bus": the whole stretch goes, so no route reading of
            # "the 9" is left to split it
            spans.append(
                Span("time", m.start("the"), m.end("dotted") + 1, "dotted-hour", m["the"] + " ")
            )
        elif m["lead"][0].isupper():
            spans.append(Span("time", m.start(), m.end(), "oclock", "Later"))
        else:
            start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == " " else m.start()
            spans.append(
                Span("time", start, m.end(), "oclock", "" if start < m.start() else "later")
            )
    return spans


def find_word_hours(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _WORD_HOUR_RE.finditer(text):
        before = _SENTENCE_BREAK_RE.split(text[max(0, m.start() - _CUE_REACH) : m.start()])[-1]
        if not m["part"] and m["lead"].lower() in {"after", "past", "before"}:
            continue  # "one after one", "past two of them": a count
        if not m["part"] and not m["minutes"] and _COUNTED_AFTER_RE.match(text, m.end()):
            continue
        by_then = m["lead"].lower() == "by" and _BY_HOUR_THEN_RE.match(text, m.end())
        if (
            not m["part"]
            and not m["minutes"]
            and not by_then
            and not (
                _CUE_BEFORE_RE.search(before)
                or _CUE_AFTER_RE.match(text, m.end())
                or _PART_AFTER_RE.match(text, m.end())
            )
        ):
            continue  # "around eleven of us", "by two she had left"
        if _AGE_BEFORE_RE.search(before):
            continue
        if part := _PART_AFTER_RE.match(text, m.end()):
            # "around one in the morning" reads "in the small hours", as "around 1" does
            hour = (
                (_WORD_HOURS.split("|").index(m["h"].lower()) + 1)
                if m["h"].lower() in _WORD_HOURS.split("|")
                else 12
            )
            pm = part["night"] or part["part"].lower() != "morning"
            phrase = hour_phrase(hour, "pm" if pm else "am") or "at one point"
            phrase = phrase.capitalize() if m["lead"][0].isupper() else phrase
            spans.append(Span("time", m.start(), part.end(), "word-hour", phrase))
            continue
        end = m.end()
        if m["lead"][0].isupper():
            spans.append(Span("time", m.start(), end, "word-hour", "Later"))
        elif m.start() > 0 and text[m.start() - 1] == " ":
            spans.append(Span("time", m.start() - 1, end, "word-hour", ""))
        else:
            spans.append(Span("time", m.start(), end, "word-hour", "later"))
    return spans


def find_short_weekdays(text: str) -> list[Span]:
    """ "sat nite", "last fri night": a weekday cut short, tied to a part of the day."""
    spans: list[Span] = []
    for m in _SHORT_WEEKDAY_RE.finditer(text):
        if not m["lead"] and _SUBJECT_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "I sat night after night": the verb
        part = m["part"].lower()
        replacement = f"one {_PARTS.get(part, part)}"
        if m.group()[0].isupper():
            replacement = replacement.capitalize()
        spans.append(Span("time", m.start(), m.end(), "short-weekday", replacement))
    return spans
