"""An age as a bound on a person ("the only soprano under twenty-five"), widened to the next
round decade."""

from __future__ import annotations

import dataclasses
import re

from .age_stages import OLDEST_IN_AN_ASIDE, YOUNGEST_ALONE
from .numbers import NUMBER_PATTERN, age_words, parse_number
from .scan import Lazy, WordAnchored
from .spans import Span

# "the only soprano under twenty-five", "women over 40 in the choir": an age as a bound on a
# person, widened to the next round decade ("under thirty", "over thirty"). Only after a word
# that can name a person and before the phrase ends, so "paid over 30 for it", "were over 20 of
# us" and "under 18 minutes" stay.
_AGE_BOUND_RE = WordAnchored.of(
    Lazy(
        rf"\b(?P<bound>under|over|below|above)\s+(?P<n>{NUMBER_PATTERN})\b"
        r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|or|but|who|when|then|at|in|on|with)\b)",
        re.IGNORECASE,
    ),
    ["under", "over", "below", "above"],
)
_NOT_A_PERSON_BEFORE = frozenset(
    """was were is are be been being had has have paid spent cost costs got scored took drove
    weighed lasted ran about for of with than just only well way far it that this there them us
    we you they when went go going get getting all back up down out in on at to from i she he
    me him her his my our your their its hands head""".split()
)


def age_bounds(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _AGE_BOUND_RE.finditer(text):
        age = parse_number(m["n"])
        before = text[max(0, m.start() - 24) : m.start()].split()
        if age is None or not YOUNGEST_ALONE <= age <= OLDEST_IN_AN_ASIDE or not before:
            continue
        if before[-1].lower().strip(",;:") in _NOT_A_PERSON_BEFORE or not before[-1].isalpha():
            continue
        bound = m["bound"].lower()
        if bound in {"under", "below"}:
            decade = min(90, (age // 10 + 1) * 10)
        elif age > 20:
            decade = (age - 1) // 10 * 10
        else:
            continue  # "everyone over 18" says no more than "adult"
        words = age_words(decade)
        spans.append(Span("age", m.start("n"), m.end("n"), "age-bound", words))
    return spans


_BOUND_BEFORE = re.compile(r"\b(?:under|over)\s+$", re.IGNORECASE)
_ROUND_OR_LEGAL = re.compile(
    r"\d0|\w+ty|1[68]|21|sixteen|eighteen|twenty-one|twenty one", re.IGNORECASE
)


def vague_already(text: str, span: Span) -> bool:
    """An age said as a decade ("twenty-something") names no one; rewriting it would read
    "in her early twenties-something"."""
    return span.kind == "age" and text[span.end : span.end + 10].lower() == "-something"


def ages_as_bounds(text: str, spans: list[Span]) -> list[Span]:
    """An age after "under" or "over" that the bound reading missed: rewritten as a life
    stage it would read "under in her early thirties"."""
    kept: list[Span] = []
    for span in spans:
        bound = _BOUND_BEFORE.search(text[max(0, span.start - 8) : span.start])
        if span.kind != "age" or span.detector == "age-bound" or not bound:
            kept.append(span)
        elif not _ROUND_OR_LEGAL.fullmatch(text[span.start : span.end]):
            kept.append(dataclasses.replace(span, hint="a certain age"))
        # else a round bound ("under thirty") or a legal one ("under 18") is as vague as any
        # rewrite, and says what the story needs said: kept as written
    return kept
