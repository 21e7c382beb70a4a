"""The words of a text, once, for detectors that anchor on a word-set lookup instead of trying a
regular expression at every position (a 2,000-word story has about 12,000 positions and a
few hundred anchors)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A word: letters and digits, with inner apostrophes and hyphens ("we'd", "third-best").
_WORD_RE = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A quasi-identifying stretch of the original text, why it is listed, and a gentler
    wording that can stand in its place."""

    start: int
    end: int
    reason: str
    suggestion: str


class Words:
    """Each word's span and lower-case form, an index from form to positions, and whether only
    spaces separate a word from the one before (a comma or full stop ends a phrase)."""

    __slots__ = ("covered", "ends", "index", "lows", "starts", "text")

    def __init__(self, text: str, covered: bytearray) -> None:
        self.text = text
        self.covered = covered
        # One pass of the pattern over the lower-cased text gives each word already folded;
        # the rare text whose length changes in lower case is folded word by word instead.
        folded = text.lower().replace("’", "'")
        same_length = len(folded) == len(text)
        matches = list(_WORD_RE.finditer(folded if same_length else text))
        self.starts: list[int] = [match.start() for match in matches]
        self.ends: list[int] = [match.end() for match in matches]
        if same_length:
            self.lows: list[str] = [match.group() for match in matches]
        else:
            self.lows = [match.group().lower().replace("’", "'") for match in matches]
        index: dict[str, list[int]] = {}
        for number, low in enumerate(self.lows):
            index.setdefault(low, []).append(number)
        for number, low in enumerate(self.lows):
            if "-" in low:  # "third-best" is found by "third" and by "best" too
                first, *_, last = low.split("-")
                index.setdefault(first, []).append(number)
                index.setdefault(last, []).append(number)
        self.index = index

    def __len__(self) -> int:
        return len(self.lows)

    def anchors(self, words: Iterable[str]) -> list[int]:
        """The positions of every word in ``words``, in text order."""
        found: list[int] = []
        for word in words:
            found += self.index.get(word, ())
        found.sort()
        return found

    def low(self, i: int) -> str:
        """The word at ``i`` in lower case, or "" past either end."""
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def follows(self, i: int) -> bool:
        """Word ``i`` exists and only spaces part it from word ``i - 1``."""
        return 0 < i < len(self.lows) and self.text[self.ends[i - 1] : self.starts[i]].isspace()

    def capitalised(self, i: int) -> bool:
        """A capital inside a phrase: a name ("in Alpha Phi"), not a sentence start or "I"."""
        word = self.text[self.starts[i] : self.ends[i]]
        return word[:1].isupper() and word != "I" and self.follows(i)

    def named(self, i: int) -> bool:
        """The word is a name: capitalised mid-phrase or hidden by a finding."""
        return self.capitalised(i) or self.hidden(i)

    def hidden(self, i: int) -> bool:
        """Some of word ``i`` is hidden by a finding (a name, a date, a number)."""
        return self.covered.find(1, self.starts[i], self.ends[i]) != -1

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.starts[first], self.ends[last]

    def phrase(self, first: int, last: int) -> str:
        return self.text[self.starts[first] : self.ends[last]]
