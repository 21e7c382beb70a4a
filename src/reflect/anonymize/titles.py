"""People named by a title ("Dr. Okafor", "Coach Reyes") or by dotted initials ("D.J.", "A.J.")."""

from __future__ import annotations

import re

from .context import LOWERCASE_TITLES, NOT_NAMES, TITLES
from .lexicon import Lexicon, fold
from .name_words import REGION_CODES
from .scan import Lazy, WordAnchored, first_words
from .spans import Span

_TITLE_RE = WordAnchored.of(
    Lazy(
        rf"\b(?P<title>(?:{TITLES})\b\.?)\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z]\b\.?(?=\s+[a-z]|[,;:!?]|\.?\s*$))",
        re.IGNORECASE,
    ),
    first_words(TITLES),
)
_POSSESSIVE_TAIL_RE = re.compile(r"['’]s?$")


_DOTTED_INITIALS_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w.])")
_DOTTED_ABBREVIATIONS = frozenset(
    """U.S. U.K. D.C. L.A. N.Y. A.M. P.M. E.U. U.N. A.D. B.C. R.I.P. P.S. I.T. H.R. T.V. O.K.
    P.E. R.N. M.D. B.A. M.A. J.D. P.I. U.S.A. N.B. E.R. G.P. I.D. Q.C. V.P. S.A. P.O. A.A.
    R.E. B.S. M.S. U.A.E. N.Z. D.O. C.O.""".split()
)


def find_dotted_initials(text: str) -> list[Span]:
    """ "my best friend D.J.", "Her boyfriend, A.J.,": dotted initials that are no common
    abbreviation; a region code after a town ("Williston, N.D.") is left to the places."""
    spans = []
    for m in _DOTTED_INITIALS_RE.finditer(text):
        if m.group() in _DOTTED_ABBREVIATIONS:
            continue
        if text[max(0, m.start() - 2) : m.start()] == ", " and m.group().replace(".", "") in (
            REGION_CODES
        ):
            continue
        spans.append(Span("person", m.start(), m.end(), "initials", "u"))
    return spans


def find_titles(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for m in _TITLE_RE.finditer(text):
        title = m["title"]
        if title[0].islower() and title.lower().rstrip(".") not in LOWERCASE_TITLES:
            continue
        words = m["name"].split()
        keep: list[str] = []
        for word in words:
            if not word[0].isupper():
                break
            core = _POSSESSIVE_TAIL_RE.sub("", word)
            folded = fold(core)
            if folded in NOT_NAMES or folded in lex.safe_proper:
                break
            if keep and folded in lex.common_words and folded not in lex.surnames:
                break
            keep.append(core)
            if core != word:
                break
        if not keep:
            continue
        name_start = m.start("name")
        name_end = name_start + len(" ".join(keep))
        spans.append(Span("title", m.start(), name_end, "title", text[m.start() : name_start]))
    return spans
