"""Ages said the way men say them in a post: "36 now", "I 34 now", "28m", "by 21 i was"."""

from __future__ import annotations

import re

from .age_stages import life_stage, life_stage_at
from .numbers import NUMBER_WORDS_PATTERN, parse_number
from .scan import WordAnchored
from .spans import Span

# "24 now, in a job": a sentence that opens with a number and "now" gives the writer's age.
_NOW_AGE_RE = WordAnchored.of(
    re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=, )|(?<=\bI )|(?<=\bim )|(?<=\bi )|(?<=\bme )|(?<=\bI'm )"
        r"|(?<=\bi'm ))(?P<n>[1-9]\d)\s+now\b"
    ),
    [],
    digits=True,
)
# "28m", "33M, on the apps": the age and sex men give in a forum post, at a sentence's start or
# between commas (not "raised 28m", "a 28m yacht").
_FORUM_AGE_RE = WordAnchored.of(
    re.compile(
        r"(?:^|(?<=[.!?(]\s)|(?<=[.!?(\n])|(?<=, )|(?<=\bim )|(?<=\bi'm )|(?<=\bI'm ))"
        r"(?P<n>[1-9]\d)\s?[mfMF](?=\s*[,.;:!?)]|\s*$|\s+(?:here|and|with|who|on|from)\b)"
    ),
    [],
    digits=True,
)
# "by 21 i was doing baggage": the age by which he did something.
_BY_AGE_RE = WordAnchored.of(
    re.compile(
        r"\b(?P<lead>[Bb]y)\s+(?P<n>1[3-9]|[2-9]\d)\s+(?=(?:i|I|she|he|we)\s+(?:was|were|had)\b)"
    ),
    ["by"],
)

# ", new, like 22.", "youth pastor, twenty-eight when this started": an age set off after a
# person, hedged, or before "when" (not "about 40 of us", "like 22 people").
_ASIDE_AGE_RE = WordAnchored.of(
    re.compile(
        r"(?<=, )(?:(?P<hedge>like|maybe|about|around|prob|probably|barely|only|just)\s+"
        rf"(?P<n>1[3-9]|[2-6]\d|{NUMBER_WORDS_PATTERN})(?=\s*[.;!?)]|\s*$)"
        rf"|(?P<w>{NUMBER_WORDS_PATTERN}|1[3-9]|[2-6]\d)(?=\s+when\s+(?:this|it|that|i|we|she|he)\b))"
    ),
    ["like", "maybe", "about", "around", "prob", "probably", "barely", "only", "just"],
    digits=True,
    prefixes=(
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ),
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
    for m in _BY_AGE_RE.finditer(text):
        stage = life_stage_at(text, int(m["n"]), m.start())
        phrase = (
            "by " + stage.removeprefix("in ") if stage.startswith("in ") else f"by then, {stage},"
        )
        spans.append(
            Span("age", m.start(), m.end("n"), "age-by", phrase.replace("by ", m["lead"] + " ", 1))
        )
    return spans
