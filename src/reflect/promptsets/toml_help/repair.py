"""A repair and how it is checked: the file, changed, must read past the line."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reflect.promptsets.checks import Problem
from reflect.promptsets.positions import ScanState, scan_line
from reflect.untrusted import clean_line

POSITION = re.compile(r"\(at line (\d+), column (\d+)\)\s*$")


@dataclass
class Repair:
    """A diagnosis: what to say, and the lines that would fix it (checked before it is used)."""

    message: str
    changes: dict[int, str | None] = field(default_factory=dict)  # line -> new text (None: drop)
    column: int | None = None
    sure: bool = False  # true when no repair can be checked but the cause is certain


@dataclass(frozen=True)
class Context:
    lines: list[str]
    number: int  # the line tomllib stopped at, 1-based
    column: int
    reason: str  # tomllib's words: read here, never shown

    @property
    def line(self) -> str:
        return self.lines[self.number - 1] if 0 < self.number <= len(self.lines) else ""


Diagnosis = Callable[[Context], Iterator[Repair]]


def line_with_open_text(lines: list[str]) -> int | None:
    """The first line whose "..." or '...' text does not end on it, outside multi-line text."""
    state = ScanState()
    for number, line in enumerate(lines, start=1):
        if state.string is None:
            probe = line + "\x00"  # never a quote: what is open at the end stays open
            i, string = 0, None
            while i < len(probe):
                char = probe[i]
                if string is None:
                    if char == "#":
                        break
                    if probe.startswith(('"""', "'''"), i):
                        break  # multi-line text: scan_line follows it
                    if char in "\"'":
                        string = char
                elif string == '"' and char == "\\":
                    i += 1
                elif char == string:
                    string = None
                i += 1
            if string is not None:
                return number
        state = scan_line(line, state)
    return None


def problem(context: Context, repair: Repair) -> Problem:
    first = min(repair.changes) if repair.changes else context.number
    kept = [new for new in repair.changes.values() if new is not None]
    # One line to type; a repair that splits a line is told in words instead.
    fix = clean_line(kept[0].strip()) if len(kept) == 1 and "\n" not in kept[0] else ""
    where = f"line {first}" + (f", column {repair.column}" if repair.column else "")
    return Problem(where, "", repair.message, line=first, fix=fix)


def reads_past(lines: list[str], changes: dict[int, str | None]) -> bool:
    """Whether the file, with ``changes``, is valid TOML up to and past the changed lines."""
    repaired: list[str] = []
    last_changed = 0  # the last line of the repair, counted in the repaired text
    for number, line in enumerate(lines, start=1):
        if number in changes:
            new = changes[number]
            if new is not None:
                repaired += new.split("\n")
            last_changed = len(repaired)
        else:
            repaired.append(line)
    try:
        tomllib.loads("\n".join(repaired))
    except tomllib.TOMLDecodeError as exc:
        found = POSITION.search(str(exc))
        return found is not None and int(found.group(1)) > last_changed
    return True


def reads_alone(line: str) -> bool:
    """A quick first test for a repaired line: does it read on its own?"""
    try:
        tomllib.loads(line)
    except tomllib.TOMLDecodeError:
        return False
    return True
