"""Reading one line of a prompt-set file: its name and value, its quotes, its words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reflect.promptsets.positions import key_parts

_KEY = r"[A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*"


_ASSIGNMENT = re.compile(rf"^(\s*)({_KEY})(\s*)=(\s*)(.*?)\s*$")


HEADER = re.compile(r"^\s*(\[+)\s*([A-Za-z0-9_.\- ]*?)\s*(\]*)\s*(#.*)?$")

OPENING_CURLY = "\u201c\u201e\u201f\u2018\u201a\u201b\u00ab\u2039\u2033"  # “ „ ‟ ‘ ‚ ‛ « ‹ ″
CLOSING_CURLY = "\u201d\u2019\u00bb\u203a\u2033\u201c\u2018"  # ” ’ » › ″ (and openers misused)
CURLY = set(OPENING_CURLY + CLOSING_CURLY)
THREE = '"""'


@dataclass(frozen=True)
class Assignment:
    indent: str
    key: str
    value: str  # everything after "=", trailing comment included, trailing spaces removed

    def with_value(self, value: str) -> str:
        return f"{self.indent}{self.key} = {value}"

    @property
    def name(self) -> str:
        return key_parts(self.key)[-1]


def assignment(line: str) -> Assignment | None:
    match = _ASSIGNMENT.match(line)
    if not match:
        return None
    indent, key, _, _, value = match.groups()
    return Assignment(indent, key, value)


def quoted_value(line: str, quote: str) -> Assignment | None:
    """The line's name = value, when the value is a one-line text in ``quote`` marks."""
    found = assignment(line)
    if not found or not found.value.startswith(quote) or found.value.startswith(quote * 3):
        return None
    return found


def text_with_stray_quote(value: str, quote: str) -> tuple[str, str] | None:
    """For a value like "He said "no" and left": the text from after its first quote to its
    real end (the last quote after which only a comment, or nothing, follows), and that
    comment. None unless at least one more quote is left inside."""
    quotes = unescaped_quotes(value, quote)
    if len(quotes) < 3:
        return None
    for end in reversed(quotes[1:]):
        kept, trailing = split_comment(value[end + 1 :])
        if not kept:
            return value[1:end], trailing
    return None


def escape(text: str, quote: str = '"') -> str:
    """Text made safe between double quotes: each unescaped quote gets a backslash."""
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            out.append(text[i : i + 2])
            i += 2
            continue
        out.append("\\" + char if char == quote else char)
        i += 1
    return "".join(out)


def unescaped_quotes(text: str, quote: str) -> list[int]:
    """Positions of ``quote`` in ``text`` that no backslash escapes (for " strings)."""
    found, i = [], 0
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            found.append(i)
        i += 1
    return found


def split_comment(rest: str) -> tuple[str, str]:
    """``  # note`` after a value -> ("", "  # note"); anything else is not a comment."""
    stripped = rest.lstrip()
    if not stripped or stripped.startswith("#"):
        return "", rest
    return rest, ""


def first_word(text: str) -> str:
    words = re.findall(r"[^\s\"'\\]+", text)
    return words[0] if words else ""


def excerpt(text: str) -> str:
    text = text.strip()
    words = text.split()
    return repr(" ".join(words[:5]) + (" ..." if len(words) > 5 else ""))


def is_header(line: str) -> bool:
    return bool(re.match(r"^\s*\[", line))


def place(line: str, at: int, after: bool = False) -> str:
    """ "after 'nam'" or "at the start of the line": where a character is, in words."""
    before = line[:at].rstrip()
    if not before.strip():
        return "at the start of the line"
    word = before.split()[-1][-12:]
    return f"after {word!r}" if after or at else f"before {line[at + 1 :].split()[0]!r}"


def string_end(line: str, start: int) -> int:
    quote = line[start]
    i = start + 1
    while i < len(line):
        if quote == '"' and line[i] == "\\":
            i += 2
            continue
        if line[i] == quote:
            return i + 1
        i += 1
    return len(line)
