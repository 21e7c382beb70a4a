"""Costly patterns tried only where they can begin: at words from a known set.

A case-insensitive alternation of many words is slow in Python's regex engine: at every position
of the text it enters each alternative in turn. Most of the anonymizer's patterns can only begin
at one of a few dozen words ("was", "turned", "room", "Coach"), so a set lookup per word finds
the few places worth trying, and the pattern runs there alone. `WordAnchored.finditer` returns
what `pattern.finditer` would; `tests/test_anonymize_scan.py` checks that over every corpus, so a
word added to a pattern but not to its set fails a test rather than a story.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD_RE = re.compile(r"\w+")


class Lazy:
    """A pattern compiled the first time it is used: most patterns are anchored at words a
    story does not hold, and `reflect anonymize` as a process would otherwise pay to compile
    every one of them at import (a millisecond or more each)."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.compiled.finditer(text)


@dataclass(frozen=True)
class WordAnchored:
    """`pattern`, every match of which starts at the start of a word whose case-folded text is
    in `first_words` or begins with one of `prefixes` (or, with `digits`, at a run of digits).
    The sets may hold more than the pattern needs; never less."""

    pattern: re.Pattern[str] | Lazy
    first_words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    digits: bool = False

    @classmethod
    def of(
        cls,
        pattern: re.Pattern[str] | Lazy,
        first_words: Iterable[str],
        *,
        prefixes: Iterable[str] = (),
        digits: bool = False,
    ) -> WordAnchored:
        return cls(
            pattern,
            frozenset(word.casefold() for word in first_words),
            tuple(prefix.casefold() for prefix in prefixes),
            digits,
        )

    def finditer(self, text: str) -> list[re.Match[str]]:
        index = _word_starts(text)
        words = self.first_words & index.keys()
        if self.prefixes:
            words |= {word for word in index if word.startswith(self.prefixes)}
        starts = [start for word in words for start in index[word]]
        if self.digits:
            starts += index.get(_DIGITS, [])
        found: list[re.Match[str]] = []
        end = 0
        for start in sorted(starts):
            if start < end:
                continue  # inside the last match: finditer resumes after it
            match = self.pattern.match(text, start)
            if match is not None:
                found.append(match)
                end = match.end()
        return found


_DIGITS = "0"  # the index key of every word that begins with a digit


@functools.lru_cache(maxsize=4)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of `text` starts, by its case-folded form; built once per text and
    shared by every pattern run over it."""
    index: dict[str, list[int]] = {}
    for word in _WORD_RE.finditer(text):
        token = word.group()
        key = _DIGITS if token[0].isdigit() else token.casefold()
        index.setdefault(key, []).append(word.start())
    return index


def first_words(alternatives: str) -> list[str]:
    """The first word of each alternative of a plain word list ("Staff Sergeant|Dr|Coach")."""
    found = []
    for alternative in alternatives.split("|"):
        word = _WORD_RE.match(alternative)
        if word is None:
            raise ValueError(f"not a plain word alternative: {alternative!r}")
        found.append(word.group())
    return found


@functools.lru_cache(maxsize=16)
def _chunks(text: str, chunk: re.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span() for m in chunk.finditer(text)]


def chunks_holding(characters: str) -> re.Pattern[str]:
    """A pattern for the whole whitespace-free chunks of a text that hold one of `characters`
    (a character class body such as "_" or "\\d")."""
    return re.compile(rf"(?<!\S)[^\s{characters}]*[{characters}]\S*")


def finditer_in_chunks(
    pattern: re.Pattern[str], text: str, worth_trying: re.Pattern[str]
) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a shape pattern that never matches whitespace
    and whose lookarounds treat whitespace as they treat the end of the text: it runs only on
    the chunks of text between whitespace that `worth_trying` matches whole (from
    `chunks_holding`)."""
    found: list[re.Match[str]] = []
    for start, end in _chunks(text, worth_trying):
        found += pattern.finditer(text, start, end)
    return found


class OnCue:
    """A pattern compiled only for a text that holds one of its cue strings (case-sensitive
    substrings): compiling a long pattern costs milliseconds, and `reflect anonymize` as a
    process pays for every pattern a story could need. A text without a cue cannot match, so
    `finditer` returns nothing for it without compiling."""

    def __init__(
        self, source: str, cues: Iterable[str], flags: int = 0, *, any_case: bool = False
    ) -> None:
        self._source = source
        self._flags = flags
        # A case-insensitive pattern (or one with case-insensitive parts) is cued in any case.
        self._fold = any_case or bool(flags & re.IGNORECASE)
        self._cues = tuple(cue.lower() for cue in cues) if self._fold else tuple(cues)
        self._compiled: re.Pattern[str] | None = None

    def cued(self, text: str) -> bool:
        haystack = _lowered(text) if self._fold else text
        return any(cue in haystack for cue in self._cues)

    def finditer(self, text: str) -> list[re.Match[str]]:
        if not self.cued(text):
            return []
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return list(self._compiled.finditer(text))


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()
