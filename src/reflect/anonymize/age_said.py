"""Ages said the way men say them in a post: "36 now", "I 34 now", "28m", "by 21 i was"."""

from __future__ import annotations

import re

from .age_stages import life_stage, life_stage_at
from .context import PERSON_NOUNS, ROLES
from .numbers import parse_number
from .scan import Lazy, OnCue, WordAnchored
from .spans import Span

# "24 now, in a job": a sentence that opens with a number and "now" gives the writer's age.
_NOW_AGE_RE = WordAnchored.of(
    Lazy(
        r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=, )|(?<=\bI )|(?<=\bim )|(?<=\bi )|(?<=\bme )|(?<=\bI'm )"
        r"|(?<=\bi'm ))(?P<n>[1-9]\d)\s+now\b"
    ),
    [],
    digits=True,
)
# "28m", "33M, on the apps": the age and sex men give in a forum post, at a sentence's start or
# between commas (not "raised 28m", "a 28m yacht").
_FORUM_AGE_RE = WordAnchored.of(
    Lazy(
        r"(?:^|(?<=[.!?(]\s)|(?<=[.!?(\n])|(?<=, )|(?<=\bim )|(?<=\bi'm )|(?<=\bI'm ))"
        r"(?P<n>[1-9]\d)\s?[mfMF](?=\s*[,.;:!?)]|\s*$|\s+(?:here|and|with|who|on|from)\b)"
    ),
    [],
    digits=True,
)
# "by 21 i was doing baggage": the age by which he did something.
_BY_AGE_RE = WordAnchored.of(
    Lazy(r"\b(?P<lead>[Bb]y)\s+(?P<n>1[3-9]|[2-9]\d)\s+(?=(?:i|I|she|he|we)\s+(?:was|were|had)\b)"),
    ["by"],
)

# A number in digits or one word ("22", "twenty-eight"): what it says is read by parse_number
# after the match, which keeps these patterns cheap to compile (a pattern for every number
# word costs a millisecond or two each).
_AGE = r"(?:\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)"
# These patterns compile only for a story that holds their cue (see scan.OnCue).
# ", new, like 22.", "youth pastor, twenty-eight when this started": an age set off after a
# person, hedged, or before "when" (not "about 40 of us", "like 22 people").
_ASIDE_AGE_RE = OnCue(
    r"(?<=, )(?:(?P<hedge>like|maybe|about|around|prob|probably|barely|only|just)\s+"
    rf"(?P<n>{_AGE})(?=\s*[.;!?)]|\s*$)"
    rf"|(?P<w>{_AGE})(?=\s+when\s+(?:this|it|that|i|we|she|he)\b))",
    ["like", "maybe", "about", "around", "prob", "barely", "only", "just", "when"],
)
# "we were 19 and 20 which", "thirty to my forty-five": two ages side by side.
_TWO_AGES_RE = OnCue(
    rf"\b(?:we|they|i)\s+(?:were|was)\s+(?P<a>{_AGE})\s+and\s+(?P<b>{_AGE})\b(?![\w-])"
    r"(?!\s+(?:years?|months?|days?|hours?|minutes?|people|guys|girls|of|percent|times)\b)",
    ["were", "was"],
)
_TO_MY_AGE_RE = OnCue(rf"\b(?P<a>{_AGE})\s+to\s+my\s+(?P<b>{_AGE})\b(?![\w-])", ["to my"])
# "Seventy-five next month.", "19 this year": an age opening a line about when.
_AGE_SOON_RE = OnCue(
    rf"(?:^|(?<=[.!?/]\s)|(?<=\n))(?P<n>{_AGE})\s+(?=(?:next|this|last)\s+(?:month|year|week)\b)",
    ["next", "this", "last"],
)
# "who: Kim, a probationary officer, twenty-four /": an age set off after who she was.
_ROLE_AGE_RE = OnCue(
    rf"(?P<before>[A-Za-z]+),\s+(?P<n>{_AGE})(?=\s*(?:[/.;)]|,\s|$))",
    [","],
)
# "when I had 23 years", "she has 19 years", "I was having 30 years": an age said the way
# Spanish, French, Italian or Portuguese say it, read as the English "I was in my twenties".
_HAD_YEARS_RE = OnCue(
    r"\b(?P<who>I|i|she|he|we|they|you|She|He|We|They|You)\s+"
    r"(?P<verb>had|have|has|was\s+having|were\s+having|am\s+having|is\s+having|are\s+having|"
    r"was\s+with|were\s+with)\s+(?:only\s+|just\s+|about\s+|maybe\s+)?"
    rf"(?P<n>{_AGE})\s+years?(?:\s+old)?\b"
    # not a span of time: "had 20 years of experience", "had 3 years together"
    r"(?!\s+(?:of|together|left|ago|since|later|more|at|with|to|before|after|in\s+(?:the|a|prison|"
    r"jail|this|that)|married|experience|service)\b)",
    ["year"],
)
# "a girl of 20 years", "a man of fifty-two years": an age after "of", which the stage
# phrase replaces whole (not "a girl in her early twenties years").
_OF_YEARS_RE = OnCue(
    rf"\b(?P<noun>[a-z]+)\s+(?P<of>of\s+(?P<n>{_AGE})\s+years?(?:\s+(?:old|of\s+age))?)\b",
    ["year"],
)
# "She is 26, me 31.": the writer's age after hers.
_ME_AGE_RE = OnCue(rf"(?<=, )me\s+(?P<n>{_AGE})(?=\s*[.;!?)]|,|\s*$)", [", me"])
_HIS = frozenset("man guy boy lad husband gentleman son brother".split())
_HERS = frozenset("girl woman lady wife daughter sister".split())
_PEOPLE_OF_AN_AGE = PERSON_NOUNS | ROLES | _HIS | _HERS
_POSSESSIVE = {"i": "my", "she": "her", "he": "his", "we": "our", "they": "their", "you": "your"}
_BE = {"i": ("was", "am"), "we": ("were", "are"), "they": ("were", "are"), "you": ("were", "are")}
_SHE_RE = re.compile(r"\b(?:she|her|hers|herself|girl|woman)\b", re.IGNORECASE)
_HE_RE = re.compile(r"\b(?:he|him|his|guy|man|boy|lad|dude)\b", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|i|im|i'm|I'm|i’m|I’m|me|my|am)\b")
_CLAUSE_BREAK_RE = re.compile(r"[.!?/\n]")
# "my mate dave's 21st", "her 18th at the rugby club": a birthday by its ordinal.
_BIRTHDAY_RE = re.compile(
    r"(?:['’]s|\b(?:her|his|my|our|their))\s+(?P<o>(?:1[3-9]|[2-9]\d)(?:st|nd|rd|th))\b"
    r"(?!\s+(?:floor|street|st|avenue|ave|birthday|anniversary|century|place|time|grade|year|"
    r"round|pick|minute|lap|hole|game|match|week|day|draft|percentile)\b)"
)


def said_ages(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _NOW_AGE_RE.finditer(text):
        stage = life_stage(int(m["n"]), "my")
        spans.append(Span("age", m.start("n"), m.end("n"), "age-now", stage))
    for m in _FORUM_AGE_RE.finditer(text):
        stage = life_stage(int(m["n"]), "my")
        spans.append(Span("age", m.start("n"), m.end(), "age-forum", stage))
    for m in _ASIDE_AGE_RE.finditer(text):
        raw = m["n"] or m["w"]
        age = parse_number(raw)
        if age is None or not 13 <= age <= 69:
            continue
        start = m.start("hedge") if m["hedge"] else m.start("w")
        stage = life_stage_at(text, age, start)
        spans.append(Span("age", start, m.end("n") if m["n"] else m.end("w"), "age-aside", stage))
    spans += _ages_beside_people(text)
    for m in _BY_AGE_RE.finditer(text):
        stage = life_stage_at(text, int(m["n"]), m.start())
        phrase = (
            "by " + stage.removeprefix("in ") if stage.startswith("in ") else f"by then, {stage},"
        )
        spans.append(
            Span("age", m.start(), m.end("n"), "age-by", phrase.replace("by ", m["lead"] + " ", 1))
        )
    return spans


def _ages_beside_people(text: str) -> list[Span]:
    """Ages said beside the people they belong to: two side by side, "thirty to my
    forty-five", an age opening a line, set off after who she was, a birthday's ordinal."""
    spans: list[Span] = []
    for m in _TWO_AGES_RE.finditer(text):
        young = min(parse_number(m["a"]) or 0, parse_number(m["b"]) or 0)
        if 13 <= young <= 89:
            stage = life_stage(young, "our")
            spans.append(Span("age", m.start("a"), m.end("b"), "two-ages", stage))
    for m in _TO_MY_AGE_RE.finditer(text):
        mine, hers = parse_number(m["b"]), parse_number(m["a"])
        if hers is not None and 13 <= hers <= 89:
            whose = (
                "her" if _SHE_RE.search(text, max(0, m.start() - 120), m.end() + 80) else "their"
            )
            spans.append(
                Span("age", m.start("a"), m.end("a"), "to-my-age", life_stage(hers, whose))
            )
        if mine is not None and 13 <= mine <= 89:
            stage = life_stage(mine, "my").removeprefix("in my ")
            spans.append(Span("age", m.start("b"), m.end("b"), "to-my-age", stage))
    for m in _AGE_SOON_RE.finditer(text):
        age = parse_number(m["n"])
        if age is not None and 13 <= age <= 99:
            stage = life_stage(age, "my")
            stage = stage[0].upper() + stage[1:] if m["n"][0].isupper() else stage
            spans.append(Span("age", m.start("n"), m.end("n"), "age-soon", stage))
    for m in _ROLE_AGE_RE.finditer(text):
        before = m["before"]
        if not (before.lower() in PERSON_NOUNS or before.lower() in ROLES or before[0].isupper()):
            continue  # "at the bar, twenty" counts something; "an intern, nineteen," is her age
        age = parse_number(m["n"])
        clause = _CLAUSE_BREAK_RE.split(text[max(0, m.start() - 120) : m.end("before")])[-1]
        if age is None or not 13 <= age <= 89 or _FIRST_PERSON_RE.search(clause):
            continue  # "I was a senior manager, 38": the writer's, read by the age finders
        # the age of the one just named: hers, his, or theirs when the text does not say
        near = clause + text[m.end() : m.end() + 80]
        whose = "her" if _SHE_RE.search(near) else "his" if _HE_RE.search(clause) else "their"
        stage = life_stage(age, whose)
        spans.append(Span("age", m.start("n"), m.end("n"), "age-after-role", stage))
    spans += _ages_said_with_years(text)
    for m in _BIRTHDAY_RE.finditer(text):
        spans.append(Span("age", m.start("o"), m.end("o"), "birthday-ordinal", "birthday"))
    return spans


def _ages_said_with_years(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _HAD_YEARS_RE.finditer(text):
        age, who = parse_number(m["n"]), m["who"].lower()
        if age is None or not 13 <= age <= 99:
            continue
        past = m["verb"] == "had" or m["verb"].startswith(("was", "were"))
        be = _BE.get(who, ("was", "is"))[0 if past else 1]
        stage = f"{be} {life_stage(age, _POSSESSIVE[who])}"
        spans.append(Span("age", m.start("verb"), m.end(), "had-years", stage))
    for m in _OF_YEARS_RE.finditer(text):
        age, noun = parse_number(m["n"]), m["noun"]
        if age is None or not 13 <= age <= 99 or noun not in _PEOPLE_OF_AN_AGE:
            continue  # "a period of 20 years": a span of time
        whose = "his" if noun in _HIS else "her" if noun in _HERS else "their"
        spans.append(Span("age", m.start("of"), m.end("of"), "of-years", life_stage(age, whose)))
    for m in _ME_AGE_RE.finditer(text):
        age = parse_number(m["n"])
        if age is not None and 13 <= age <= 99:
            spans.append(Span("age", m.start("n"), m.end("n"), "me-age", life_stage(age, "my")))
    return spans
