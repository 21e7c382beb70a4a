"""Whose age it is and the life stage it is told as ("in her late teens"), with the bounds on
what a number can be as an age: shared by the age detectors."""

from __future__ import annotations

import re

from .numbers import age_bucket
from .spans import Span

_SUBJECT_RE = re.compile(
    r"\b(I|me|my|she|her|he|him|his|we|us|our|they|them|their|you|your|girl|woman|lady|wife|"
    r"girlfriend|daughter|sister|mother|mom|boy|man|guy|husband|boyfriend|son|brother|father|dad)\b",
    re.IGNORECASE,
)
_POSSESSIVE = {
    "i": "my",
    "me": "my",
    "my": "my",
    "we": "our",
    "us": "our",
    "our": "our",
    "they": "their",
    "them": "their",
    "their": "their",
    "you": "your",
    "your": "your",
}
_FEMININE = {
    "she",
    "her",
    "girl",
    "woman",
    "lady",
    "wife",
    "girlfriend",
    "daughter",
    "sister",
    "mother",
    "mom",
}


_WHO_BEFORE_RE = re.compile(
    r"\bwho\s+(?:(?:was|is|were|had\s+been|was\s+only|was\s+just|looked|seemed)\s+)?"
    r"(?:(?:maybe|about|around|probably|only|just|barely|like)\s+)*$",
    re.IGNORECASE,
)


def possessive_before(text: str, pos: int) -> str:
    """Whose age it is, read from the nearest pronoun or person noun before `pos` in the clause."""
    before = re.split(r"[.!?;\n]", text[max(0, pos - 80) : pos])[-1]
    after = re.split(r"[.!?;\n]", text[pos : pos + 80])[0]
    if who := _WHO_BEFORE_RE.search(before):
        # "[A], who was 23", "ruby the redhead who was 20": the age is of whoever "who" is,
        # never the writer's "my" earlier in the sentence.
        return _whose(before[: who.start()], after)
    subjects = _SUBJECT_RE.findall(before) or _SUBJECT_RE.findall(after)[:1]
    if not subjects:
        return "their"
    word = subjects[-1].lower()
    if word in _POSSESSIVE:
        return _POSSESSIVE[word]
    return "her" if word in _FEMININE else "his"


_MASCULINE = frozenset("he him boy man guy husband boyfriend son brother father dad".split())


def _whose(before_who: str, after: str) -> str:
    """Whose age "who was 23" tells: the word just before "who" ("a girl who", "Dave, who"),
    else the first he or she after it ("..., who was 19, complained to her father")."""
    words = before_who.replace(",", " ").split()
    word = words[-1].lower() if words else ""
    if word not in _FEMININE and word not in _MASCULINE:
        later = _SUBJECT_RE.findall(after)[:1]
        word = later[0].lower() if later else ""
    if word in _FEMININE:
        return "her"
    return "his" if word in _MASCULINE or word == "his" else "their"


def life_stage(age: int, possessive: str) -> str:
    bucket = age_bucket(age)
    return "a child" if bucket == "childhood" else f"in {possessive} {bucket}"


# Bounds on what a number can be as an age.
OLDEST = 110  # past this a number is a count or a year, never an age
OLDEST_IN_AN_ASIDE = 99  # "a woman of forty", "maybe 23 at the time": two digits at most
YOUNGEST_ALONE = (
    13  # under this a bare number counts things ("at 5" is a time) unless a cue says age
)
YOUNGEST_IN_WORDS = 5  # the youngest age the years-old, child and hedged patterns take
DECADE_WORDS_FROM = 20  # from here an age reads as a decade ("in her early thirties")


def life_stage_at(text: str, age: int, pos: int) -> str:
    return life_stage(age, possessive_before(text, pos))


_STAGE_DECADE_RE = re.compile(
    r"\bin (?:my|her|his|their|your|our) (?:early |mid |late )?(?P<tens>\w+t)ies\b"
)


_DECADE_WORD_RE = re.compile(r"(?<!\w)(?P<tens>\w+t)ies(?!\w)", re.IGNORECASE)


def spare_named_decades(text: str, spans: list[Span]) -> list[Span]:
    """An age's life stage never repeats a decade the writer named for something else: where
    "the seventies" is in the text, "seventy-one" reads "past seventy", not "in my early
    seventies", which would hand back the word the decade's replacement took out."""
    named: list[tuple[int, int, str]] | None = None  # every "-ties" word, found once
    found: list[Span] = []
    for span in spans:
        stage = _STAGE_DECADE_RE.search(span.hint) if span.kind == "age" else None
        if stage is not None:
            if named is None:
                named = [
                    (m.start(), m.end(), m["tens"].casefold())
                    for m in _DECADE_WORD_RE.finditer(text)
                ]
            tens = stage["tens"].casefold()
            if any(
                word == tens and (end <= span.start or start >= span.end)
                for start, end, word in named
            ):
                hint = span.hint.replace(stage.group(), f"past {stage['tens']}y")
                span = Span(span.kind, span.start, span.end, span.detector, hint)
        found.append(span)
    return found
