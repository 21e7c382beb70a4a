"""Where things are in a prompt-set file: the line of each section and each ``name = value``.

tomllib returns values without positions, so a problem found after parsing ("`author` is
missing", "`when` names no step") would have no line to point at. This scanner reads the same
text line by line, knowing just enough TOML to skip the inside of strings and of lists that run
over several lines, and records the line where each key path begins, like
``("steps", 2, "when", "step") -> 31``. It runs only on text tomllib has already accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

Path = tuple[str | int, ...]

_BARE_KEY = r"[A-Za-z0-9_-]+"
_QUOTED_KEY = r'"[^"\n]*"|\'[^\'\n]*\''
_KEY_PART = rf"(?:{_BARE_KEY}|{_QUOTED_KEY})"
_DOTTED_KEY = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_ARRAY_HEADER = re.compile(rf"^\s*\[\[\s*({_DOTTED_KEY})\s*\]\]")
_TABLE_HEADER = re.compile(rf"^\s*\[\s*({_DOTTED_KEY})\s*\]")
_ASSIGNMENT = re.compile(rf"^\s*({_DOTTED_KEY})\s*=")
_INLINE_KEY = re.compile(rf"[{{,]\s*({_DOTTED_KEY})\s*=")
_KEY_SPLIT = re.compile(rf"{_KEY_PART}")


def key_parts(dotted: str) -> list[str]:
    """``a . "b c"`` -> ["a", "b c"]."""
    return [p.strip("\"'") for p in _KEY_SPLIT.findall(dotted)]


@dataclass
class ScanState:
    """What carries over from one line to the next: an open multi-line string, open brackets."""

    string: str | None = None  # the delimiter of an open multi-line string: \"\"\" or '''
    depth: int = 0  # open [ and { outside strings


def scan_line(line: str, state: ScanState) -> ScanState:
    """Advance ``state`` over one line (without its newline), skipping strings and comments."""
    string, depth = state.string, state.depth
    i = 0
    while i < len(line):
        if string is not None:
            if string in ('"""', '"') and line[i] == "\\":
                i += 2
                continue
            if line.startswith(string, i):
                i += len(string)
                string = None
                continue
            i += 1
            continue
        char = line[i]
        if char == "#":
            break
        if line.startswith('"""', i) or line.startswith("'''", i):
            string = line[i : i + 3]
            i += 3
            continue
        if char in "\"'":
            string = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        i += 1
    if string in ('"', "'"):  # a one-line string cannot continue on the next line
        string = None
    return ScanState(string, depth)


def logical_lines(lines: Sequence[str]) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line that starts a statement: not inside a multi-line
    string, nor inside a list or table that runs over several lines."""
    state = ScanState()
    for number, line in enumerate(lines, start=1):
        if state.string is None and state.depth == 0:
            yield number, line
        state = scan_line(line, state)


def locate(text: str) -> dict[Path, int]:
    """The line where each section and each key begins (first occurrence wins)."""
    found: dict[Path, int] = {}
    counts: dict[tuple[str, ...], int] = {}
    table: Path = ()

    def resolve(names: list[str]) -> Path:
        path: list[str | int] = []
        for depth in range(len(names)):
            path.append(names[depth])
            prefix = tuple(names[: depth + 1])
            if prefix in counts:
                path.append(counts[prefix] - 1)
        return tuple(path)

    def record(path: Path, number: int) -> None:
        found.setdefault(path, number)

    for number, line in logical_lines(text.split("\n")):
        if match := _ARRAY_HEADER.match(line):
            names = key_parts(match.group(1))
            counts[tuple(names)] = counts.get(tuple(names), 0) + 1
            table = resolve(names)
            record(tuple(names), number)
            record(table, number)
        elif match := _TABLE_HEADER.match(line):
            table = resolve(key_parts(match.group(1)))
            record(table, number)
        elif match := _ASSIGNMENT.match(line):
            path = (*table, *key_parts(match.group(1)))
            record(path, number)
            # Keys of a one-line table, like when = { step = "drink", is = "yes" }.
            for inner in _INLINE_KEY.finditer(line, match.end()):
                record((*path, *key_parts(inner.group(1))), number)
    return found


def line_of(positions: dict[Path, int], path: Path) -> int | None:
    """The line of ``path``, or of the nearest enclosing thing that has one."""
    for end in range(len(path), 0, -1):
        if path[:end] in positions:
            return positions[path[:end]]
    return None
