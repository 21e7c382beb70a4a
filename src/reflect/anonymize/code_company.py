"""Codes known by the company they keep: a letter-digit code alone in a sentence that names a
seat or room ("next to mine, 14C"), a code named again without its noun ("about D22"), and a
lone number shaped like a code named in the same sentence ("room 1208 ... she had 1210")."""

from __future__ import annotations

import re

from .spans import Span

_SENTENCE_RE = re.compile(r"[^.!?\n]+")
_PLACE_CODE_NOUN_RE = re.compile(
    r"\b(seat|room|gate|flat|cabin|bunk|desk|locker|apartment|apt|unit|berth|suite|compartment|"
    r"hostel|hall|block|dorm|wing|ward|bay|pod)s?\b",
    re.IGNORECASE,
)
# "14C", "B7", and with a hyphen "B-204", "3-F"
_MIXED_CODE_RE = re.compile(r"(?<![\w-])(?:\d{1,4}-?[A-Z]{1,2}|[A-Z]{1,2}-?\d{1,4})(?![\w-])")
NOT_PLACE_CODES = frozenset(
    {"2D", "3D", "4D", "3G", "4G", "5G", "4K", "8K", "5K", "10K", "MP3"}
    # trucks, guns, planes and dogs named by a code
    | {"F-150", "F-250", "F-350", "AR-15", "AK-47", "B-52", "K-9", "K9", "C-130", "X-5"}
)


def codes_beside_their_noun(text: str, spans: list[Span]) -> list[Span]:
    """ "her seat to be next to mine, 14C": a letter-digit code alone in a sentence that names
    a seat, room or gate is one of those too. Which one is not known, so it reads "[number
    removed]" ("My desk was a desk" would be worse)."""
    found: list[Span] = []
    for sentence in _SENTENCE_RE.finditer(text):
        noun = _PLACE_CODE_NOUN_RE.search(sentence.group())
        if noun is None:
            continue
        for m in _MIXED_CODE_RE.finditer(text, sentence.start(), sentence.end()):
            if m.group() in NOT_PLACE_CODES or any(
                s.start < m.end() and m.start() < s.end for s in spans
            ):
                continue
            if re.match(rf"\s+{re.escape(noun[1])}\b", text[m.end() :], re.IGNORECASE):
                # "a 14C seat" -> "a seat": the code only narrowed its noun
                found.append(Span("number", m.start(), m.end() + 1, "code-beside-noun", ""))
            else:
                found.append(
                    Span("number", m.start(), m.end(), "code-beside-noun", "[number removed]")
                )
    return found


_CODE_DETECTORS = frozenset({"code", "numbered-place", "code-beside-noun", "seat", "code-again"})
_CODE_PIECE_RE = re.compile(r"\d{1,5}[A-Za-z]{0,2}|[A-Za-z]{1,2}-?\d{1,5}")
_LONE_CODE_RE = re.compile(
    r"(?<![\w$£€#.,:/-])(?:\d{1,5}[A-Za-z]{0,2}|[A-Za-z]{1,2}\d{1,5})(?![\w-]|[.,:/]\d)"
)
# After a sibling code the clause goes on or ends ("she had 1210.", "I was in 414 and"); a count
# is followed by what it counts ("10 towels").
_CODE_ENDS_RE = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:and|but|so|then|when|while|with|next|across|down|up|on|at|in|for|"
    r"that|which|where|was|is)\b"
)


def _shape(code: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", code.replace("-", "")))


def sibling_codes(text: str, spans: list[Span]) -> list[Span]:
    """ "I had room 1208 and she had 1210", "her flat was 2B and mine was 2D": a lone number
    of the same shape as a seat, room or flat number named in the same sentence is another
    one. Run over the merged spans of every detector; a year or a count stays."""
    found: list[Span] = []
    codes = [s for s in spans if s.detector in _CODE_DETECTORS]
    if not codes:
        return found
    for sentence in _SENTENCE_RE.finditer(text):
        shapes = {
            _shape(piece)
            for s in codes
            if sentence.start() <= s.start < sentence.end()
            for piece in _CODE_PIECE_RE.findall(text[s.start : s.end])
            if any(c.isdigit() for c in piece)
        }
        if not shapes:
            continue
        for m in _LONE_CODE_RE.finditer(text, sentence.start(), sentence.end()):
            code = m.group()
            if _shape(code) not in shapes or not _CODE_ENDS_RE.match(text, m.end()):
                continue
            if code.isdigit() and len(code) == 4 and 1900 <= int(code) <= 2099:
                continue  # a year
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            found.append(Span("number", m.start(), m.end(), "code-sibling", "[number removed]"))
    return found


def codes_again(text: str, spans: list[Span]) -> list[Span]:
    """A code named once with its noun ("room D22") and later alone ("about D22") goes there
    too; only codes with a letter in them, so a plain number elsewhere stays."""
    found: list[Span] = []
    codes = {
        m.group(): span.hint.split()[-1] if span.hint else "one"
        for span in spans
        for m in re.finditer(
            r"[A-Z]{1,2}-?\d{1,5}[A-Za-z]?|\d{1,5}[A-Z]", text[span.start : span.end]
        )
    }
    for code, noun in codes.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
            if not any(s.start <= m.start() < s.end for s in spans):
                found.append(Span("number", m.start(), m.end(), "code-again", f"that {noun}"))
    return found


# "her jersey was 23", "wore number 23", "a walk-on, number 52,", "my badge number was 4471", "employee ID 55321": numbers
# that name one person's kit or file.
_KIT_NUMBER_RE = re.compile(
    r"\b(?:(?P<kit>jersey|shirt|kit)(?:\s+(?:number|no\.?))?(?:\s+(?:was|is))?\s+#?"
    r"|wore\s+(?:(?:the|a|her|his|my)\s+)?(?:number\s+|no\.?\s*|#)"
    r"|(?<=, )(?P<appositive>number\s+)(?=\d{1,2}(?:[,.;]|\s+(?:and|for|at|with)\b)))"
    r"(?P<code>\d{1,2})\b"
    r"(?![.,:]\d|\s*(?:%|percent))",
    re.IGNORECASE,
)
_FILE_NUMBER_RE = re.compile(
    r"\b(?:badge|employee|student|staff|service|member|membership|case|order|ticket|account|"
    r"licen[cs]e|registration|serial|id|plate|reg)\s+(?:(?:number|no\.?|#|id)\s*)?(?:(?:was|is)\s+|:\s*)?"
    r"(?P<code>#?[A-Z0-9]*\d[A-Z0-9-]{2,})\b",
    re.IGNORECASE,
)
# "her plate was ABC 1234", "his reg was KX19 ABC": a number plate, spaces and all.
_PLATE_RE = re.compile(
    r"\b(?:plate|plates|reg|registration)\s+(?:number\s+)?(?:was\s+|is\s+|:\s*)?"
    r"(?P<code>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[ -][A-Z0-9]{1,4})\b(?![ -][A-Z0-9])",
)


# "her locker was 118", "the room number was 212", "she was number 8 on the team", "lived at
# number 12": the number of one thing said after it, not before.
_NUMBER_SAID_AFTER_RE = re.compile(
    r"\b(?P<noun>locker|room|seat|desk|apartment|apt|flat|cabin|dorm|bunk|unit|suite|cell|"
    r"jersey|shirt|table|gate|bay)\s+(?:number\s+|no\.?\s*)?(?:was|is)\s+(?P<code>#?\d{1,5}[A-Z]?)\b"
    r"(?![.,:]\d|\s*(?:%|percent|years?|minutes?|feet|ft|degrees|of\b))"
    r"|\b(?:was|is|played)\s+(?P<kit>number\s+\d{1,2})(?=\s+(?:on|for|in)\s+(?:the|our|their|"
    r"her|his|my)\s+(?:team|squad|side|roster|club)\b)"
    r"|\b(?:at|lived\s+at|live\s+at|living\s+at)\s+(?P<house>number\s+\d{1,4})\b(?!\s*(?:%|of\b))",
    re.IGNORECASE,
)


# "Her badge, BHX4-0913,", "ticket SR-20419": an identifier of letters, digits and a hyphen.
_HYPHENED_ID_RE = re.compile(r"(?<![\w-])[A-Z]{2,4}\d{0,3}-\d{3,7}(?![\w-])")
# "I walked her up to 1217": a hotel room by its number, in a sentence about a hotel.
_ROOM_BY_NUMBER_RE = re.compile(
    r"\b(?:up\s+to|back\s+to|into|outside|to)\s+(?!(?:19|20)\d\d\b)(?P<code>\d{3,4})\b"
    r"(?=\s*[,.;!?]|\s+(?:and|with|where|at|that|to)\b)"
)
_HOTEL_RE = re.compile(r"\b(?:hotel|motel|lobby|suite|floor|lift|elevator|room|key ?card)\b", re.I)


def find_kit_and_file_numbers(text: str) -> list[Span]:
    spans = [
        Span("number", m.start(g), m.end(g), "number-said-after", said)
        for m in _NUMBER_SAID_AFTER_RE.finditer(text)
        for g, said in (
            ("code", "[number removed]"),
            ("kit", "[number removed]"),
            ("house", "a house"),
        )
        if m[g]
    ]
    spans += [
        Span(
            "number",
            m.start("appositive") if m["appositive"] else m.start("code"),
            m.end("code"),
            "kit-number",
            "[number removed]",
        )
        for m in _KIT_NUMBER_RE.finditer(text)
    ]
    spans += [
        Span("number", m.start("code"), m.end("code"), "file-number", "[number removed]")
        for m in _FILE_NUMBER_RE.finditer(text)
        if sum(c.isdigit() for c in m["code"]) >= 3
    ]
    spans += [
        Span("number", m.start("code"), m.end("code"), "plate", "[number removed]")
        for m in _PLATE_RE.finditer(text)
    ]
    spans += [
        Span("number", m.start(), m.end(), "hyphened-id", "[number removed]")
        for m in _HYPHENED_ID_RE.finditer(text)
        if m.group() not in NOT_PLACE_CODES
    ]
    for m in _ROOM_BY_NUMBER_RE.finditer(text):
        if _HOTEL_RE.search(text, max(0, m.start() - 200), m.end() + 200):
            spans.append(Span("number", m.start("code"), m.end("code"), "room-number", "her room"))
    return spans


# "waited at the bus stop for the 52", "the 7 was late": a route number in a sentence about buses.
_BUS_WORDS_RE = re.compile(r"\b(?:bus|buses|tram|trams|bus\s+stop|matatu|jeepney|trolley)\b", re.I)
_ROUTE_RE = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?:\d{1,3}[A-Z]?|(?![Qq][1-4]\b)[A-Za-z]\d{1,3})\b(?![.,:/]\d|\s*(?:%|percent|of\b|minutes?|mins?|hours?|"
    r"people|times|years?|days?|[ap]\.?m\b|o['’]?clock|-))"
)


def find_routes_in_bus_sentences(text: str) -> list[Span]:
    found: list[Span] = []
    for sentence in _SENTENCE_RE.finditer(text):
        if not _BUS_WORDS_RE.search(sentence.group()):
            continue
        for m in _ROUTE_RE.finditer(text, sentence.start(), sentence.end()):
            replacement = "the bus" if m["the"][0] == "t" else "The bus"
            found.append(Span("number", m.start(), m.end(), "bus-route", replacement))
    return found
