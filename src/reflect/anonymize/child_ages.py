"""A young child's age in words after "she is" or "my son was": "Now I have a daughter, she
is four, and", "my son was six when". Small numbers in words are mostly counts ("we were four",
"it was four in the morning", "she was one of them"), so only a person's pronoun or a child
word before the verb, and a clause end after the number, make one an age."""

from __future__ import annotations

import re

from .spans import Span

_SMALL = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_CHILD_AGE_RE = re.compile(
    r"\b(?P<who>she|he|daughter|son|girl|boy|kid|baby|sister|brother|niece|nephew|grandson|"
    r"granddaughter)(?:['’]s|\s+(?:is|was))\s+(?:only\s+|just\s+|barely\s+)?"
    rf"(?P<n>{_SMALL})\b(?=\s*(?:[,.;!?)—–]|$)|\s+(?:now|then|and|when|at\s+the\s+time|years?\b))",
    re.IGNORECASE,
)
_YOUNG = {"two", "three", "four", "five"}


def find_child_ages(text: str) -> list[Span]:
    spans = []
    for m in _CHILD_AGE_RE.finditer(text):
        hint = "a toddler" if m["n"].lower() in _YOUNG else "a child"
        spans.append(Span("age", m.start("n"), m.end("n"), "child-age", hint))
    return spans
