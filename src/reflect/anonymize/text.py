"""Tokenisation shared by the detectors: words with offsets, and where sentences start."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?")
_POSSESSIVE_RE = re.compile(r"['’](?:s)?$", re.IGNORECASE)
# A sentence starts after these, once spaces and opening quotes/brackets are skipped.
_SENTENCE_BREAK = set(".!?:;\n…") | {"—", "-"}
_SKIPPABLE = set(" \t\"“”'‘’([*_")


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # the word as written, possessive included ("Kevin's")
    core: str  # the word without a possessive ending ("Kevin")
    start: int
    end: int  # end of `core`, so a span over the core leaves "'s" in place
    sentence_start: bool

    @property
    def capitalised(self) -> bool:
        return self.core[:1].isupper()

    @property
    def lower(self) -> str:
        return self.core.lower()


def sentence_start_at(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _SKIPPABLE:
        i -= 1
    if i < 0:
        return True
    if text[i] in _SENTENCE_BREAK:
        return text[i] != "-" or (i > 0 and text[i - 1] == " ")
    # An opening quote directly after a comma also starts speech: `she said, "Stop`, `I said,
    # 'See`.
    skipped = text[i + 1 : pos]
    return text[i] == "," and (any(q in skipped for q in '"“‘') or " '" in skipped)


_last: tuple[str, list[Token]] = ("", [])


def tokenize(text: str) -> list[Token]:
    """The words of ``text``; the last text's tokens are kept, since the detectors and the
    residual-risk check tokenize the same story one after the other."""
    global _last
    if _last[0] == text and text:
        return _last[1]
    tokens = _tokenize(text)
    _last = (text, tokens)
    return tokens


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in WORD_RE.finditer(text):
        word = match.group()
        core = _POSSESSIVE_RE.sub("", word) if len(word) > 2 else word
        core = core.rstrip("'’") or word
        tokens.append(
            Token(
                text=word,
                core=core,
                start=match.start(),
                end=match.start() + len(core),
                sentence_start=sentence_start_at(text, match.start()),
            )
        )
    return tokens


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens (including a possessive left on `left`)."""
    return text[left.end : right.start]
