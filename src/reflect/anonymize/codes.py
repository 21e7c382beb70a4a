"""Times and codes that pin down one event: clock times ("at 8:14", "around 11.30pm"),
weekdays tied to one event ("Last Tuesday", "on the Friday night"), business quarters ("Q3"),
and seat, gate, flight, room and bus numbers in mixed letter-digit shapes ("14C", "gate B22",
"UA 417", "the 39 bus", "cabin, C-12").

Each is replaced by a phrase that keeps the sentence ("in the small hours", "one day", "that
quarter", "a seat"). A weekday said of a habit ("every Tuesday", "on tuesdays") stays.
"""

from __future__ import annotations

import re

from . import quarters, seats
from .code_company import codes_again, codes_beside_their_noun
from .hour_words import hour_phrase
from .spans import Span
from .text import sentence_start_at

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART_OF_DAY = r"(?:night|morning|evening|afternoon|arvo)"
_AMPM = r"(?:\s?(?P<ampm>[ap]\.?m\.?)(?![\w]))"
_CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.h])(?P<m>[0-5]\d))" + _AMPM + r"?"
    r"|(?P<h2>1[0-2]|0?[1-9])"
    + _AMPM.replace("ampm", "ampm2").replace(
        "[ap]\\.?m\\.?", "[ap](?:\\.?m\\.?|(?=\\s+(?:to|till|until)\\s+\\d))"
    )
    + r"|(?P<mil>[01]\d|2[0-3])(?P<mil_m>[0-5]\d)(?:\s*(?:hours|hrs|h)\b|(?<=0\d\d\d)|(?=[,.;]|\s+(?:and|when|she|he|I)\b))"
)
_LEADS = r"(?P<lead>at|around|about|by|until|till|past|after|before|since)"
_CLOCK_RE = re.compile(
    rf"(?:\b{_LEADS}\s+(?:(?:about|around|roughly|exactly|like)\s+)?)?(?<![\w:.$£€])(?:{_CLOCK})"
    r"(?![\w:]|[.,]\d)",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(
    rf"(?:\b(?P<lead>last|this|next|that|on|one|a|the|until|till|by|since)\s+)?"
    rf"(?:(?P<the>the|a)\s+)?(?:(?P<adj>last|long|late|early|quiet|slow|busy)\s+)?"
    rf"\b(?P<day>{_WEEKDAY})\b(?!['’]?s\b)(?P<part>\s+{_PART_OF_DAY}\b)?",
    re.IGNORECASE,
)
# Words after a weekday that make it a habit or a name, not one day.
_RECURRING_AFTER = re.compile(
    r"\s+(?:service|services|mass|class|classes|league|club|school|shift|shifts|market|special|"
    r"meeting|meetings|group|practice|practices|night\s+league)\b",
    re.IGNORECASE,
)
_HABIT_BEFORE = re.compile(r"\b(?:every|each|most|some|any|other|usual|those)\s+$", re.IGNORECASE)
_FUNCTION_AFTER = re.compile(
    r"\s+(?:i|she|he|we|they|you|it|me|her|him|us|them|my|his|our|their|was|were|is|came|went|"
    r"of|before|after|at|in|on|to|and|but|when|that|the|a|around|about)\b",
    re.IGNORECASE,
)
# A word right after the weekday, so that "a Sunday red-eye" can lose the weekday alone (not
# "on a Friday." at a sentence end).
_NOUN_AFTER = re.compile(r"\s+(?!(?:out|off|up|down|over|from|into|for|with|by)\b)[a-z]")
# A clock time used as an adjective: "the 9am meeting", "her 7:15 train".
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|my|her|his|our|their|your|that)\s+$", re.IGNORECASE)
_ADJECTIVE_HOURS = {
    "in the small hours": "late-night",
    "in the morning": "morning",
    "in the afternoon": "afternoon",
    "in the evening": "evening",
    "late at night": "late-night",
}
# Seat, room, gate, flight and bus numbers: a noun, then a code with a digit in it.
# "3-142-2-L" (a ship's compartment) first: a longer shape before its own prefix.
_CODE = (
    r"(?:\d{1,3}(?:-[0-9A-Z]{1,3}){2,4}|[A-Z]{1,2}-?\d{1,5}[A-Za-z]?|\d{1,5}[A-Za-z]?(?:-\d{1,3})?"
    r"|\d{1,2}\.\d{1,3}(?=\s+(?:next|beside|by|near|across|opposite|on|in|at|and|with|where)\b))"
)
_CODE_NOUNS = (
    r"seat|row|gate|terminal|pier|berth|site|pitch|plot|campsite|locker|cabin|flat|unit|bed|desk|"
    r"stall|room|apartment|apt|suite|floor|door|bay|bunk|cell|trailer|dorm|hut|carriage|coach|"
    r"platform|compartment|berth|pod|cubicle|shaft|dock|ward|lab|hangar|office|booth|kiosk|chalet|"
    r"villa|caravan|tent|block|wing|rig|pad|studio|tower|slip|mooring|table|booth|pew|lane|pump|"
    r"lot|station|engine|truck|ladder|squad|precinct|checkpoint|hangar|van|cart|stand|kennel|"
    r"section|spot|register|till"
)
# A thing one person lives or works in: even one digit names it ("flat 3, very near", "Shaft 4
# had one woman"), unless a count follows ("the room 3 of us shared", "cabin 2 rows up").
_ONE_DIGIT_NOUNS = frozenset(
    "locker cabin flat unit desk stall room apartment apt suite bunk cell trailer dorm hut pod "
    "cubicle shaft dock ward lab hangar office booth kiosk chalet villa caravan tent "
    "rig studio gate bed platform bay tower slip mooring table booth pew pump lot station engine "
    "truck ladder squad precinct checkpoint hangar van cart stand kennel register till".split()
)
_UNIT_AFTER = re.compile(
    r"\s+(?:years?|yrs?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|times|miles|km|people|"
    r"guys|men|women|kids|percent)\b",
    re.I,
)
_COUNT_AFTER = re.compile(r"\s+(?:of|or|to|and\s+\d|[a-z]+s\b(?<!was)(?<!is)(?<!has))", re.I)
_NOUN_CODE_RE = re.compile(
    rf"(?:\b(?P<det>the|a|an|my|her|his|our|their|your)\s+)?(?:(?P<adj>motel|hotel|dorm|third|"
    r"second|first|fourth|fifth|top|bottom)\s+)?"
    rf"\b(?P<noun>{_CODE_NOUNS})(?:\s+number)?(?P<comma>,)?\s+(?:number\s+)?(?:#\s?)?(?P<code>{_CODE})\b"
    r"(?![.,:]\d)",
    re.IGNORECASE,
)
_FLIGHT_RE = re.compile(
    r"(?:\b(?P<det>the|a|our|my|her)\s+)?(?:\b(?P<flight>[Ff]light)\s+(?:number\s+)?(?:#\s?)?"
    r"(?P<code>(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])?\s?\d{1,4}[A-Z]?)"
    r"|\b(?:on|was|took|booked|boarded|is|caught|after|before|off)\s+(?P<code2>(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4})"
    r"(?=\s+(?:from|to|out|into|in|at|and|was|,)|[.,;]))\b"
)
_RANGE_END_RE = re.compile(
    r"\s*(?:to|till|until|-|–)\s*\d{1,2}(?::[0-5]\d)?\s?(?P<ap>[ap])(?:\.?m\.?)?\b", re.I
)
# "the 39 bus", "the 7 bus", "took the 24 home": a route number; one digit only before "bus".
_BUS_RE = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?:\d{1,3}[A-Z]?(?P<bus>\s+(?:night\s+)?(?:bus|tram|train|route|line))\b"
    r"|\d{2,3}[A-Z]?\b(?!\s*(?:%|percent|of|or|and|to|-))"
    r"(?=\s+(?:for|from|home|into|every|again)\b|[.,;!?]|\s*$))"
)
# "got on the 242 and", "caught the 9 to": boarding names a route whatever follows.
_BOARDED_RE = re.compile(
    r"\b(?:(?:got|get|gets|getting|jumped|hopped)\s+on|took|take|takes|caught|catch|rode|ride)\s+"
    r"(?P<the>the)\s+\d{1,3}[A-Z]?\b"
    r"(?=\s+(?:and|to|from|home|into|at|with|back|across|out|after|because|but|so|when|then|"
    r"every|again|that|this|in|downtown|uptown|over|up|down)\b|[,;!?]|\.(?!\d)|\s*$)"
)
_DOOR_NUMBER_RE = re.compile(
    r"\b(?P<lead>knocked|knocking|banged|banging)\s+on\s+(?P<code>\d{3,4})\b"
)
_NOUN_WORDS = {"apt": "apartment", "dorm": "dorm room", "pitch": "pitch", "door": "door"}


_DIGIT_RE = re.compile(r"\d+")
_WEEKDAY_WORD_RE = re.compile(_WEEKDAY, re.IGNORECASE)


def _around(
    text: str, anchors: re.Pattern[str], pattern: re.Pattern[str], before: int = 48, after: int = 24
) -> list[re.Match[str]]:
    """Matches of ``pattern`` only near matches of a cheap ``anchors`` pattern (a digit, a
    weekday): the full patterns are costly to try at every position of a long story."""
    windows: list[list[int]] = []
    for anchor in anchors.finditer(text):
        start, end = max(0, anchor.start() - before), anchor.end() + after
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    found: list[re.Match[str]] = []
    for start, end in windows:
        found += pattern.finditer(text, start, min(len(text), end))
    return found


_LEAD_PHRASES = {
    "by": "by then",
    "until": "until late",
    "till": "until late",
    "past": "late",
    "after": "later",
    "before": "before then",
    "since": "since then",
}


def find_clock_times(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _around(text, _DIGIT_RE, _CLOCK_RE, 24, 12):
        if m["sep"] in {".", "h"} and m["ampm"] is None and m["lead"] is None:
            continue  # "7.52" alone is more often a decimal than a time
        if m["h2"] is not None and m["ampm2"] is None:
            continue
        if m["mil"] is not None and (m["lead"] is None or not m["mil"].startswith(("0", "1", "2"))):
            continue  # "0200" only after "at": a year or a count reads the same
        hour = int(m["h"] or m["h2"] or m["mil"])
        ampm = m["ampm"] or m["ampm2"]
        if m["mil"] is not None:
            ampm = "pm" if hour >= 12 else "am"
        lead = (m["lead"] or "").lower()
        phrase = hour_phrase(hour, ampm)
        if ampm and (until := _RANGE_END_RE.match(text, m.end())):
            # "11p to 7a", "9am till 5pm": a shift, said as when in the day it falls
            overnight = ampm.lower().startswith("p") and until["ap"].lower() == "a"
            spans.append(
                Span(
                    "time",
                    m.start(),
                    until.end(),
                    "clock-range",
                    "overnight" if overnight else "during the day",
                )
            )
            continue
        if not lead and _modifies_a_noun(text, m.start(), m.end()):
            spans.append(_adjective_time(text, m.start(), m.end(), phrase))
            continue
        if lead in _LEAD_PHRASES:
            replacement = _LEAD_PHRASES[lead]
        elif phrase is not None:
            replacement = phrase
        elif not lead and _ADJECTIVE_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            replacement = "one"  # "on the 6:05 out of town": the time names a train
        elif (
            lead
            and text[m.start() - 1 : m.start()] == " "
            and _HABIT_IN_CLAUSE.search(text[max(0, m.start() - 30) : m.start()])
        ):
            # "every morning at 7:40 for the bus" -> "every morning for the bus"
            spans.append(Span("time", m.start() - 1, m.end(), "clock-time", ""))
            continue
        else:
            replacement = "at one point" if lead else "that hour"
        spans.append(Span("time", m.start(), m.end(), "clock-time", replacement))
    return spans


_AIRLINE_BEFORE = re.compile(
    r"(?:\b(?P<det>the|a|an|our|my|her)\s+)?"
    r"\b(?!(?:The|A|An|My|Her|Our|That|This|Last|Next|First|Same|Early|Late|Morning|Night)\b)"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?\s+$"
)
_HABIT_IN_CLAUSE = re.compile(
    r"\b(?:every|each)\s+(?:morning|night|evening|afternoon|day|weekday|shift|time)\s*$", re.I
)


def _modifies_a_noun(text: str, start: int, end: int) -> bool:
    return bool(
        _ADJECTIVE_BEFORE.search(text[max(0, start - 8) : start])
        and _NOUN_AFTER.match(text, end)
        and not _FUNCTION_AFTER.match(text, end)
    )


def _adjective_time(text: str, start: int, end: int, phrase: str | None) -> Span:
    """ "the 9am meeting" -> "the morning meeting"; "the 7:15 train" -> "the train" (the time
    and the space after it go)."""
    if phrase is not None:
        return Span("time", start, end, "clock-time", _ADJECTIVE_HOURS[phrase])
    return Span("time", start, end + 1, "clock-time", "")


def find_weekdays(text: str) -> list[Span]:
    """A weekday tied to one event; not "every Tuesday", "on tuesdays" or "the Sunday service"."""
    spans: list[Span] = []
    for m in _around(text, _WEEKDAY_WORD_RE, _WEEKDAY_RE, 24, 16):
        if _RECURRING_AFTER.match(text, m.end()):
            continue
        if _HABIT_BEFORE.search(text[max(0, m.start() - 12) : m.start("day")]):
            continue
        lead = (m["lead"] or "").lower()
        the = (m["the"] or "").lower() or (lead if lead in {"the", "a"} else "")
        adjective = f"{m['adj'].lower()} " if m["adj"] else ""
        part = (m["part"] or "").strip().lower().replace("arvo", "afternoon")
        unit = part or "day"
        start, end = m.start(), m.end()
        if (
            the == "a"
            and not part
            and _NOUN_AFTER.match(text, end)
            and not _FUNCTION_AFTER.match(text, end)
        ):
            # "a Sunday red-eye", "a long Thursday close": the weekday only narrows the noun.
            start = m.start("the") if m["the"] else m.start("lead")
            replacement = text[start] + (f" {adjective.strip()}" if adjective else "")
        elif lead == "next" and re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.I):
            # "the next Monday Kasia moved seats" -> "the next week Kasia moved seats"
            start = m.start("day")
            replacement = "week"
        elif lead in {"last", "this", "next", "that", "one"} or (lead == "on" and the != "the"):
            replacement = f"one {adjective}{unit}"
        elif lead in {"until", "till", "by", "since"} and not the:
            replacement = {"until": "until later", "till": "until later", "by": "by then"}.get(
                lead, "since then"
            )
        elif the == "the":
            # "On the Friday night in the camp" -> "On the night in the camp".
            start = m.start("day")
            replacement = unit
        elif the == "a":
            replacement = f"a {adjective}{unit}"
        else:
            start = m.start("day")
            replacement = f"that {unit}"
        spans.append(Span("time", start, end, "weekday", replacement))
    return spans


def find_codes(text: str) -> list[Span]:
    spans = _codes_after_their_noun(text)
    for m in _around(text, _DIGIT_RE, _FLIGHT_RE, 24, 8):
        if m["flight"]:
            replacement = "a flight" if not m["det"] else f"{m['det']} flight"
            if m["det"] is None and m["flight"][0] == "F":
                replacement = "A flight"
            start = m.start()
            if not m["det"] and (
                airline := _AIRLINE_BEFORE.search(text[max(0, start - 40) : start])
            ):
                # "on United flight 417" -> "on a flight": the airline goes with its flight
                start -= len(airline.group())
                replacement = (
                    "A flight"
                    if airline.group()[0].isupper() and sentence_start_at(text, start)
                    else "a flight"
                )
                if airline["det"]:
                    replacement = f"{airline['det']} flight"
            spans.append(Span("number", start, m.end(), "flight", replacement))
        else:
            spans.append(Span("number", m.start("code2"), m.end("code2"), "flight", "a flight"))
    spans += seats.find_seats(text)
    for m in _around(text, _DIGIT_RE, _BUS_RE, 8, 24):
        replacement = "the bus" if m["the"][0] == "t" else "The bus"
        spans.append(Span("number", m.start(), m.end(), "bus", replacement))
    for m in _around(text, _DIGIT_RE, _BOARDED_RE, 24, 24):
        spans.append(Span("number", m.start("the"), m.end(), "bus", "the bus"))
    for m in _DOOR_NUMBER_RE.finditer(text):
        spans.append(Span("number", m.start("code"), m.end("code"), "door", "her door"))
    spans += codes_again(text, spans)
    return spans + codes_beside_their_noun(text, spans)


def _codes_after_their_noun(text: str) -> list[Span]:
    """ "seat 14C", "room 1208", "flat 3": a noun, then the code that names one of them."""
    spans: list[Span] = []
    for m in _around(text, _DIGIT_RE, _NOUN_CODE_RE, 40, 8):
        code = m["code"]
        digits = sum(c.isdigit() for c in code)
        mixed = any(c.isalpha() for c in code)
        one_digit_names_it = m["noun"].lower() in _ONE_DIGIT_NOUNS and not _COUNT_AFTER.match(
            text, m.end()
        )
        if not (mixed or digits >= 2 or m["comma"] or one_digit_names_it):
            continue  # "seat 2 rows up", "the room 3 of us shared": a count, not a code
        if not mixed and _UNIT_AFTER.match(text, m.end()):
            continue  # "drove truck 40 yrs": a count of years
        if m["noun"].lower() in {"floor", "row", "door", "coach"} and not mixed:
            continue  # "floor 12" and "row 3" are seldom identifying on their own
        noun = m["noun"].lower()
        noun = _NOUN_WORDS.get(noun, noun)
        det = m["det"]
        if m["comma"]:
            # "her cabin, C-12, and": the code after the comma goes, the noun stays.
            spans.append(Span("number", m.start("comma"), m.end("code"), "code", ""))
            continue
        words = f"{m['adj'].lower()} {noun}" if m["adj"] else noun
        if det and det.lower() in {"my", "her", "his", "our", "their", "your"}:
            start = m.start("adj") if m["adj"] else m.start("noun")
            spans.append(Span("number", start, m.end(), "code", words))
        else:
            article = "an" if words[0] in "aeiou" and not words.startswith("uni") else "a"
            if (det or m["adj"] or m["noun"])[0].isupper():
                article = article.capitalize()
            spans.append(Span("number", m.start(), m.end(), "code", f"{article} {words}"))
    return spans


def find_all(text: str) -> list[Span]:
    clocks = find_clock_times(text)
    days = find_weekdays(text)
    # "Last Tuesday at 8:14" is one moment: the weekday's wording covers the time after it.
    starts = {clock.start: clock for clock in clocks}
    joined = []
    for day in days:
        clock = starts.get(day.end + 1) if text[day.end : day.end + 1] == " " else None
        if clock is not None and text[clock.start : clock.start + 2].lower() in {"at", "ar", "ab"}:
            clocks.remove(clock)
            day = Span("time", day.start, clock.end, day.detector, day.hint)
        joined.append(day)
    return clocks + joined + quarters.find_quarters(text) + find_codes(text)
