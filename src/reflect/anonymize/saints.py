"""Places named for a saint: "St. Jude's", "st mark's presbyterian", "Saint Agnes School".

The saint's name is not a person in the story: the whole name is a church, a hospital or a
school, by the noun after it (a church when there is none), and it goes as one.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .spans import Span

_SAINT_RE = re.compile(
    r"\b(?:[Ss]t\.?|[Ss]aint|[Ss]te\.?)\s+(?P<name>[A-Za-z][a-z]+(?:['’]s)?)"
    r"(?P<noun>\s+(?:[A-Za-z]+\s+)?(?i:church|parish|cathedral|chapel|presbyterian|catholic|"
    r"anglican|methodist|baptist|lutheran|episcopal|hospital|infirmary|school|academy|college|"
    r"prep|high|primary|elementary|university|hall|club)\b)?"
    r"(?!\s+(?i:day|eve|night)\b)",  # "St Patrick's Day": a day, not a place
)
_KIND_BY_NOUN = {
    "hospital": "hospital",
    "infirmary": "hospital",
    "school": "school",
    "academy": "school",
    "prep": "school",
    "high": "school",
    "primary": "school",
    "elementary": "school",
    "college": "college",
    "university": "university",
    "club": "club",
    "hall": "hall",
}
# Saints' names that are also ordinary words after "st" ("st louis" is a city the gazetteer
# knows; "st paddy's" is a day).
_NOT_A_SAINT = frozenset({"louis", "paul", "petersburg", "paddy's", "patrick's", "helens", "kilda"})


_TYPED_PLAINLY_RE = re.compile(r"\b(?:at|to|from|in|into|outside|near|of)\s+$")
_SCHOOL_NEAR_RE = re.compile(r"\b(?:year|school|class|form|pupils?|teachers?|maths|lessons?)\b")


def find_saints(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _SAINT_RE.finditer(text):
        name = m["name"].lower()
        if name in _NOT_A_SAINT and not m["noun"]:
            continue
        if not m["noun"] and not re.search(r"['’]s$", m["name"]):
            if (
                not _TYPED_PLAINLY_RE.search(text, max(0, m.start() - 8), m.start())
                or not (m["name"].islower() and m["name"].endswith("s"))
                or name in _NOT_A_SAINT
                or f"st {name}" in lex.places
            ):
                continue  # "St Albans", "Saint John": a town the gazetteer reads
            # "fourth year at st ninians": a saint's "'s" typed without its apostrophe
            kind = (
                "school"
                if _SCHOOL_NEAR_RE.search(text, max(0, m.start() - 80), m.end() + 80)
                else "church"
            )
            spans.append(Span("org", m.start(), m.end(), "saint", kind))
            continue
        noun = (m["noun"] or "").split()[-1:] or ["church"]
        kind = _KIND_BY_NOUN.get(noun[0].lower(), "church")
        spans.append(Span("org", m.start(), m.end(), "saint", kind))
    return spans
