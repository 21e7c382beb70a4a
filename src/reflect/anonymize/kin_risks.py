"""Phrases that single a woman out by who she is to someone, or by being first or youngest:
"the preacher's daughter", "the sister of a teammate", "the first woman our team had hired in
years", "our youngest alto". (Leaving with its month is `quasi`'s, with the other moves.)

Each is listed for the person to look at again, with a gentler wording; nothing is replaced.
"""

from __future__ import annotations

import re

from .scan import OnCue
from .words import Phrase, Words

_KIN = (
    r"(?:daughter|granddaughter|sister|niece|wife|girlfriend|cousin|stepdaughter|fiancée|fiancee)"
)
_KIN_OF_RE = OnCue(
    rf"\b(?:the|a)\s+(?P<whose>[a-z]+['’]s)\s+{_KIN}\b"  # "the preacher's daughter"
    rf"|\b(?:the|a)\s+{_KIN}\s+of\s+(?:a|an|the|my|our|his|her|one\s+of\s+(?:my|our|the))\s+"
    r"(?:[a-z]+\s+)?[a-z]+\b",  # "the sister of a teammate", "the cousin of my deckhand"
    _KIN[3:-1].split("|"),
    re.IGNORECASE,
)
# "the first woman our team had hired in years", "the first woman dock worker the terminal ever
# hired" (not "the first girl i ever kissed": his first, not theirs).
_FIRST_RE = OnCue(
    r"\bthe\s+first\s+(?:woman|female|girl|lady)(?:\s+[a-z]+){0,2}?\s+(?:our|the|their|that|this)\s+"
    r"[a-z]+\s+(?:had\s+)?(?:ever\s+)?(?:hired|had|sent|took\s+on|employed|signed|promoted)\b"
    r"|\bthe\s+first\s+(?:woman|female|girl|lady)\s+ever\b",
    ["first"],
    re.IGNORECASE,
)
_SUPERLATIVE_RE = OnCue(
    r"(?<!\bI was )(?<!\bI'm )(?<!\bi was )(?<!\bim )"
    r"\b(?:the|our|their|my|his)\s+(?:youngest|oldest|newest)\s+(?!(?:of|by|in|at|on|and|one|ones|there|here|to|for|than|but|so|too|i|we|me)\b|[a-z]+ly\b)"
    r"(?:[a-z]+\s+){0,1}[a-z]+(?:\s+(?:in|on|at)\s+the\s+[a-z]+)?",
    ["youngest", "oldest", "newest"],
    re.IGNORECASE,
)


def find(w: Words) -> list[Phrase]:
    text = w.text
    found = [
        Phrase(m.start(), m.end(), "who she is to someone: it narrows who it was", "a woman I knew")
        for m in _KIN_OF_RE.finditer(text)
    ]
    found += [
        Phrase(m.start(), m.end(), "the first woman there: people would know who it was", "a woman")
        for m in _FIRST_RE.finditer(text)
    ]
    found += [
        Phrase(m.start(), m.end(), "the youngest or newest: it narrows who it was", "one of them")
        for m in _SUPERLATIVE_RE.finditer(text)
    ]
    return found
