"""Venues named by what people called them or set off after their kind: "we called it la 36",
"the hotel, sea crown, a room", "at club atelier", "at le Boulevard"."""

from __future__ import annotations

import re

from .context import NOT_NAMES
from .lexicon import Lexicon, fold
from .spans import Span
from .venues import NAME_STOPS, ORDINARY_NOUNS

# "we called it la 36", "the hotel, sea crown, a room", "at club atelier", "at le Boulevard":
# a venue named by what people called it, set off after its kind, or after its kind or article.
_CALLED_IT_RE = re.compile(
    r"\b(?:we|they|everyone|everybody|people|locals|the\s+lads)\s+(?:all\s+)?called\s+it\s+"
    r"(?P<name>(?:the\s+)?[\w'’]+(?:\s+[\w'’]+)?)(?=\s*[,.;:!?)]|\s+(?:and|because|bc|cos)\b)",
    re.IGNORECASE,
)
_VENUE_ASIDE_RE = re.compile(
    r"\bthe\s+(?P<kind>hotel|bar|club|pub|restaurant|resort|cafe|café|hostel|motel|diner|lounge),\s+"
    r"(?P<name>[a-z][a-z'’]+(?:\s+[a-z][a-z'’]+)?),"
)
_KIND_THEN_NAME_RE = re.compile(
    r"\b(?:at|to|from|outside|in)\s+(?P<name>(?P<kind>club|bar|cafe|café|hotel|restaurant|"
    r"le|la|el|les|los|las)\s+[^\W\d_][\w'’-]{2,}(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s*[,.;:!?)]|\s+(?:and|in|on|near|after|with|where|every|that|i|we|she|he)\b)"
)


def find_venues_by_their_name(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _CALLED_IT_RE.finditer(text):
        name = m["name"]
        namelike = any(c.isdigit() or c.isupper() for c in name) or any(
            fold(w) not in lex.common_words for w in name.split()
        )
        if namelike and not _plain_word(name.split()[-1], lex):  # not "we called it compliments"
            spans.append(Span("other", m.start("name"), m.end("name"), "venue-called-it"))
    for m in _VENUE_ASIDE_RE.finditer(text):
        if not any(_plain_word(w, lex) for w in m["name"].split()[:1]):
            kind = m["kind"].replace("café", "cafe")
            spans.append(Span("venue", m.start("name"), m.end("name"), "venue-aside", kind))
    for m in _KIND_THEN_NAME_RE.finditer(text):
        words = m["name"].split()
        if _plain_word(words[1], lex) or (m["kind"].islower() and words[1] in ORDINARY_NOUNS):
            continue
        kind = m["kind"].lower()
        noun = kind if kind in {"club", "bar", "cafe", "hotel", "restaurant"} else "bar"
        spans.append(Span("venue", m.start("name"), m.end("name"), "venue-kind-name", noun))
    return spans


def _plain_word(word: str, lex: Lexicon) -> bool:
    """A word that is a thing, not a name: "the hotel, which", "at club level"."""
    folded = fold(word.strip("'’"))
    return folded in NOT_NAMES or folded in NAME_STOPS or folded in _PLAIN_AFTER_KIND


_PLAIN_AFTER_KIND = frozenset(
    """level night nights staff room rooms door doors owner owners manager lobby pool bar bars
    music scene life kitchen floor toilet toilets bathroom car park lot entrance reception
    thing things one ones itself there here too again""".split()
)
