"""Where search words appear: short excerpts around them, and which question each is in.

Pure: no terminal, no vault. The store uses :func:`excerpts` for the snippets of `search
--json`; the screen uses :func:`in_entry`, which names the question of each match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.models import Entry

RADIUS = 40  # characters of context either side of a match, about half a line
LONGEST = 6 * RADIUS  # many matches close together: keep the first stretch
ELLIPSIS = "…"


@dataclass(frozen=True)
class Excerpt:
    """A window of text with the places the words matched (offsets into ``text``)."""

    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class AnswerMatch:
    """The matches in one answer (or the title): the question, and excerpts of the answer."""

    question: str
    after: str | None  # the question this one follows, when its own wording is not unique
    excerpts: tuple[Excerpt, ...]


MATCHES_PER_TERM = 20  # enough to find the first few places; a 10 MB answer has millions


def excerpts(text: str, terms: Sequence[str], *, limit: int = 3) -> list[Excerpt]:
    """Short windows of ``text`` around the first matches of the lowered ``terms``, each place
    once.

    A window stays within one line (one answer, or a paragraph of it), starts and ends at a
    space so no word is split, and windows that overlap become one: "coat rack" found in one
    sentence gives that sentence once, not once per word."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lowers to two: search the text as it is
        lowered = text
    lines = _Lines(text)
    windows = []
    for term in terms:
        if not term:
            continue
        at = lowered.find(term)
        for _ in range(MATCHES_PER_TERM):
            if at < 0:
                break
            windows.append(_window(text, lines, at, at + len(term)))
            at = lowered.find(term, at + len(term))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [_excerpt(text, lines, start, end, terms) for start, end in merged[:limit]]


class _Lines:
    """Where each line of a text starts and ends, found once (a long answer is one line)."""

    def __init__(self, text: str) -> None:
        self.ends: list[int] = []
        at = text.find("\n")
        while at >= 0:
            self.ends.append(at)
            at = text.find("\n", at + 1)
        self.length = len(text)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        import bisect

        before = bisect.bisect_left(self.ends, start)
        line_start = self.ends[before - 1] + 1 if before else 0
        after = bisect.bisect_left(self.ends, end)
        line_end = self.ends[after] if after < len(self.ends) else self.length
        return line_start, line_end


def _window(text: str, lines: _Lines, start: int, end: int) -> tuple[int, int]:
    line_start, line_end = lines.bounds(start, end)
    left = max(line_start, start - RADIUS)
    if left > line_start:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else start
    right = min(line_end, end + RADIUS)
    if right < line_end:
        space = text.rfind(" ", end, right + 1)
        right = space if space >= 0 else end
    return left, right


def _excerpt(text: str, lines: _Lines, start: int, end: int, terms: Sequence[str]) -> Excerpt:
    if end - start > LONGEST:
        space = text.rfind(" ", start, start + LONGEST)
        end = space if space > start else start + LONGEST
    line_start, line_end = lines.bounds(start, end)
    before = ELLIPSIS if text[line_start:start].strip() else ""
    after = ELLIPSIS if text[end:line_end].strip() else ""
    shown = before + " ".join(text[start:end].split()) + after
    return Excerpt(shown, _spans(shown, terms))


def excerpt_spans(shown: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Where each lowered term appears in ``shown`` (offsets into it)."""
    return _spans(shown, [t.lower() for t in terms])


def _spans(shown: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    lowered = shown.lower()
    if len(lowered) != len(shown):
        lowered = shown
    spans = []
    for term in terms:
        at = lowered.find(term) if term else -1
        while at >= 0:
            spans.append((at, at + len(term)))
            at = lowered.find(term, at + len(term))
    return tuple(sorted(spans))


def in_entry(entry: Entry, terms: Sequence[str], clean: Callable[[str], str]) -> list[AnswerMatch]:
    """Each answer (and the title) where a term appears, in the entry's order.

    ``clean`` makes text from the file safe for the screen (the UI's), before offsets are
    taken. Several follow-ups share a wording ("What happened?"); such a question is named
    with the yes/no question it follows, so the matches can be told apart."""
    terms = [t.lower() for t in terms if t]
    found = []
    if entry.title:
        title = excerpts(clean(entry.title), terms)
        if title:
            found.append(AnswerMatch("Title", None, tuple(title)))
    prompts = [a.prompt for a in entry.answers]
    last_yesno: str | None = None
    for answer in entry.answers:
        if answer.kind == "yesno":
            last_yesno = answer.prompt
        if not isinstance(answer.value, str) or answer.skipped:
            continue
        shown = excerpts(clean(answer.value), terms)
        if not shown:
            continue
        repeated = prompts.count(answer.prompt) > 1
        after = last_yesno if repeated and last_yesno != answer.prompt else None
        found.append(
            AnswerMatch(
                " ".join(clean(answer.prompt).split()),
                " ".join(clean(after).split()) if after else None,
                tuple(shown),
            )
        )
    return found
