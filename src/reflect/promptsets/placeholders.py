"""Text the starter file holds until the counselor writes their own.

`reflect prompts new` writes a set full of instructions where the content goes ("Your name",
"phone or email"). Such a set is valid, and would reach a client as it is; `reflect prompts
validate` and `reflect prompts pack` name each leftover with its line and what to write.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from reflect.promptsets.checks import KeyPath, step_location


@dataclass(frozen=True)
class Placeholder:
    """A value still as `reflect prompts new` wrote it, like author = "Your name"."""

    line: int | None
    where: str  # "[set] author", "step 'welcome' text", "resource 1 contact"
    text: str
    advice: str

    def __str__(self) -> str:
        at = f"line {self.line}, " if self.line else ""
        words = self.text.split()
        shown = " ".join(words[:8]).rstrip(".") + (" ..." if len(words) > 8 else "")
        return f'{at}{self.where} still says "{shown}". {self.advice}'


# Where the starter holds instructions rather than content, and what to write instead. The
# sample questions are not here: a counselor may well keep them.
_STARTER_PLACEHOLDERS: dict[KeyPath, str] = {
    (
        "set",
        "id",
    ): "Give the set its own id, like week-three: your client's sets are told apart by it.",
    ("set", "title"): "Give the set the title your client should see.",
    ("set", "author"): "Write your name as your client should see it.",
    ("set", "description"): "Say in a sentence or two what the set is about.",
    ("set", "intro"): "Write what your client reads before the first question.",
    ("set", "closing"): "Write what your client reads after the last question.",
    ("steps", 0, "text"): "Write the text your client reads first, or delete this step.",
    ("steps", 1, "help"): "Write help for this question, or delete the line.",
    ("resources", 0, "name"): "Write your name, or the service's.",
    ("resources", 0, "contact"): "Write your phone number or email.",
    ("resources", 0, "description"): "Say when to use this contact.",
}
# Lines of the starter that are commented out (the homework part), with their advice.
_COMMENTED = re.compile(r'^#\s*(counselor|contact)\s*=\s*"([^"]+)"', re.MULTILINE)
_COMMENTED_ADVICE = {
    "counselor": "Write your name as your client should see it.",
    "contact": "Write how your client can reach you about the homework.",
}


def _normal(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def _starter_wording() -> dict[str, str]:
    """Each placeholder text of the starter file -> what to write instead."""
    from reflect.promptsets.loading import starter_text

    starter = starter_text()
    raw: Any = tomllib.loads(starter)
    wording: dict[str, str] = {}
    for path, advice in _STARTER_PLACEHOLDERS.items():
        value = raw
        for part in path:
            value = value[part]
        wording[_normal(str(value))] = advice
    for field, value in _COMMENTED.findall(starter):
        wording.setdefault(_normal(value), _COMMENTED_ADVICE[field])
    return wording


def starter_placeholders(text: str) -> list[Placeholder]:
    """Every value in a set's text that is still the starter file's placeholder, with its line.

    For `reflect prompts validate` and `reflect prompts pack`: a set given out with
    author = "Your name" or contact = "phone or email" is valid, and useless. Returns [] for
    text that is not valid TOML (its problems are reported elsewhere).
    """
    from reflect.promptsets.positions import line_of, locate

    try:
        raw = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError:
        return []
    wording = _starter_wording()
    positions = locate(text.removeprefix("\ufeff"))
    found = []
    for path, value in _strings(raw, ()):
        advice = wording.get(_normal(value))
        if advice:
            found.append(
                Placeholder(line_of(positions, path), _describe(raw, path), _normal(value), advice)
            )
    return sorted(found, key=lambda p: p.line or 0)


def _strings(value: Any, path: KeyPath) -> list[tuple[KeyPath, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _strings(item, (*path, key))]
    if isinstance(value, list):
        return [found for i, item in enumerate(value) for found in _strings(item, (*path, i))]
    return []


def _describe(raw: dict[str, Any], path: KeyPath) -> str:
    """("steps", 0, "text") -> "step 'welcome' text"; ("set", "author") -> "[set] author"."""
    field = ".".join(str(p) for p in path[2:] if isinstance(path[0], str))
    if path[:1] in {("steps",), ("resources",)} and len(path) > 2 and isinstance(path[1], int):
        items = raw.get(str(path[0]), [])
        item = items[path[1]] if isinstance(items, list) and path[1] < len(items) else {}
        if path[0] == "steps":
            return f"{step_location(path[1], item)} {field}"
        return f"resource {path[1] + 1} {field}"
    return "[" + ".".join(str(p) for p in path[:-1]) + "] " + str(path[-1])
