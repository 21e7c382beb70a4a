"""Streets and districts typed without capitals, read from where a place is said to be: "a bar
on pie-ix", "the same starbucks on elm", "outside [a bar] on lower broad", "a bar in bole",
"the spot on 3rd and main".

After a word for a place one goes to ("bar", "diner", "apartment", a business's "'s"), "on" and
one or two words is where it stands, unless the words say how or when ("on campus", "on
tap", "on friday", "on the corner"); "in" and a word no everyday English uses is its district.
"""

from __future__ import annotations

import re

from .context import MONTH_NAMES, NOT_NAMES
from .lexicon import Lexicon
from .names import mostly_lowercase
from .night_out import GENERIC, GENERIC_KINDS, PLACES_ANYONE_GOES
from .scan import OnCue
from .spans import Span
from .text import Token
from .venues import ORDINARY_NOUNS

_PLACE_NOUNS = (
    "bar|pub|club|diner|restaurant|cafe|café|caff|shop|store|spot|joint|dive|motel|hotel|"
    "apartment|flat|house|place|lounge|tavern|gym|salon|office|studio|bakery|bodega|deli|"
    "taqueria|pizzeria|church|warehouse|garage|laundromat|station|party"
)
_PLACE_NOUN_SET = frozenset(_PLACE_NOUNS.split("|"))
_STREET_TYPES = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|way|lane|ln|place|pl)"
# The word before "on" is any word, checked against _PLACE_NOUN_SET after the match: an
# alternation of every place noun made this pattern costly to compile.
_ON_A_STREET = OnCue(
    r"(?:\b(?P<lead>[a-zé]+)|['’]s)\s+(?:on|off)\s+"
    r"(?P<street>(?:(?:lower|upper|old|north|south|east|west)\s+)?"
    rf"[a-z][a-z'’]*(?:-[a-z'’]+)*(?:\s+{_STREET_TYPES}\b)?)(?![\w'’-])"
    r"(?!\s+(?:day|night|eve|weekend|morning|evening|birthday)\b)",  # "on valentine's day"
    ("on", "off"),
)
# "come out to mulligans on main": a lowercase name placed on a street is a venue.
_VENUE_ON_A_STREET = OnCue(
    r"\b(?:at|to|outside|from|into|near|inside|behind|leaving|left)\s+(?:the\s+)?"
    r"(?P<venue>[a-z][a-z'’]+(?:\s+[a-z][a-z'’]+)?)\s+on\s+(?P<street>[a-z][a-z'’]*(?:-[a-z'’]+)*)"
    r"(?![\w'’-]|\s+(?:day|night|eve|weekend|morning|evening|birthday)\b)",
    ("on",),
)
# "castle st", "ocean ave": a lowercase name before a street's short form (not "the high st",
# the name of no one street).
_SHORT_STREET = OnCue(
    r"\b(?P<street>[a-z][a-z'’]{2,}(?:\s+[a-z][a-z'’]{2,})?\s+(?:st|rd|ave|blvd)\.?)(?![\w'’-])",
    (" st", " rd", " ave", " blvd"),
)
# Words after "on" that say how, when or where in general, never a street's name.
_NOT_A_STREET = frozenset(
    """the a an my his her our their your its this that these those it me him them us you
    campus site tap draft draught fire top board sale call duty break shift time purpose foot
    foot weekends weekdays nights days mornings evenings payday repeat loop speaker mute
    tv television screen stage display paper file record hold ice credit tick account
    and or but so because when while where if then i we she he they who which what one
    end edge way side corner strip premises property location site grounds base earth
    line live air track call demand request arrival holiday vacation leave probation
    parole meds drugs something anything nothing everything there here each every both
    either all some any no""".split()
)
_STREET_LEADS = frozenset("off on onto along across down up past near by from to into at".split())
_HOMES = frozenset("place house flat home apartment room dorm yard".split())
_COMPASS = frozenset("lower upper old north south east west".split())
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays".split()
)
_IN_A_DISTRICT = OnCue(
    r"\b(?P<lead>[a-zé]+)\s+in\s+(?P<district>[a-z][a-z'’]*(?:-[a-z'’]+)*)"
    r"(?=\s*[,.;!?]|\s+(?:called|named|where|with|near|by|and|that|which|off|on)\b)",
    ("in",),
)
# "3rd and main", "8th & broadway": a corner of two streets, one of them numbered.
_CORNER = OnCue(
    r"\b(?:on|at|of)\s+(?P<corner>\d+(?:st|nd|rd|th)\s+(?:and|&)\s+[a-z]+"
    r"|[a-z]+\s+(?:and|&)\s+\d+(?:st|nd|rd|th))\b",
    ("and", "&"),
    re.IGNORECASE,
)


def find_plain_streets(text: str, tokens: list[Token], lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    # Someone who types capitals writes "on Elm"; a lowercase everyday word after "on" is then
    # a word ("ran that office on fear"), and only a word no everyday English uses is a street.
    chat = mostly_lowercase(text, tokens)
    for m in _ON_A_STREET.finditer(text):
        if m["lead"] is not None and m["lead"] not in _PLACE_NOUN_SET:
            continue
        words = m["street"].split()
        first = words[0].strip("'’")
        if first in _NOT_A_STREET or first in _WEEKDAYS or first in MONTH_NAMES:
            continue
        if not chat and len(words) == 1 and first in lex.common_words:
            continue
        if len(words) == 1 and first in _COMPASS:
            continue  # "on east Grand": the name after it is read as a street elsewhere
        if len(words) == 1 and first.endswith(("ing", "ly")):
            continue  # "a bar on fire", "the flat on purpose": a manner, not a street
        spans.append(
            Span("address", m.start("street"), m.end("street"), "plain-street", "a street")
        )
    for m in _VENUE_ON_A_STREET.finditer(text) if chat else ():
        words = m["venue"].split()
        street = m["street"]
        if street in _NOT_A_STREET or street in _WEEKDAYS or street in MONTH_NAMES:
            continue
        if street in _COMPASS:
            continue
        if _everyday(words[0]) or (len(words) == 1 and _everyday(words[-1])):
            continue  # "at the bar on main", "to work on time", "the back door on main"
        if any(word in NOT_NAMES for word in words) or words[-1] in _HOMES:
            continue  # "to add me on messenger", "at sam's place on valentine's day"
        spans.append(Span("venue", m.start("venue"), m.end("venue"), "venue-on-street", "place"))
        spans.append(
            Span("address", m.start("street"), m.end("street"), "plain-street", "a street")
        )
    for m in _SHORT_STREET.finditer(text):
        words = m["street"].split()
        start = m.start("street")
        if words[0] in _NOT_A_STREET or words[0] in _STREET_LEADS:
            if len(words) < 3:
                continue  # "the first st", "on main st": no name left but the kind
            start += len(words[0]) + 1  # "off bandera rd": the street, not the way there
            words = words[1:]
        if words[0] in {"high", "main"}:
            continue  # "the high st": the name of no one street
        spans.append(Span("address", start, m.end("street"), "plain-street", "a street"))
    for m in _IN_A_DISTRICT.finditer(text):
        if m["lead"] not in _PLACE_NOUN_SET:
            continue
        word = m["district"]
        if word in lex.common_words or word in _NOT_A_STREET or word in MONTH_NAMES:
            continue  # "a bar in town", "a flat in december"
        spans.append(
            Span("place", m.start("district"), m.end("district"), "plain-district", "city")
        )
    for m in _CORNER.finditer(text):
        if any(word.lower() in _NOT_A_STREET for word in m["corner"].split()[::2]):
            continue  # "on 3rd and i kept": the second word is not a street
        spans.append(Span("address", m.start("corner"), m.end("corner"), "corner", "a corner"))
    return spans


def _everyday(word: str) -> bool:
    word = word.strip("'’")
    return (
        word in _NOT_A_STREET
        or word in GENERIC
        or word in GENERIC_KINDS
        or word in PLACES_ANYONE_GOES
        or word in ORDINARY_NOUNS
        or word.endswith(("ing", "ly"))
    )
