"""One place that decides how output looks: colour or not, boxes or plain text."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


_plain = False


def plain_mode() -> bool:
    """True when this run asked for --plain (or NO_COLOR): questions are asked line by line.

    Set once by :class:`Output`, which the root command makes from the options, so that small
    questions asked deep inside a command (a confirmation, a pick from a list) follow it too.
    """
    return _plain


def wrap(text: str, stream: object) -> str:
    """Wrap each paragraph to the terminal (only when writing to one; pipes get long lines)."""
    isatty = getattr(stream, "isatty", None)
    if not (callable(isatty) and isatty()):
        return text
    import re
    import shutil
    import textwrap

    width = max(40, min(shutil.get_terminal_size().columns, 100) - 1)

    def fill(line: str) -> str:
        # A wrapped line keeps its indent, and a numbered item hangs under its text.
        hang = re.match(r"\s*(?:\d+\.\s|[-•]\s)?", line)
        indent = " " * (hang.end() if hang else 0)
        return textwrap.fill(
            line,
            width,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )

    return "\n".join(fill(line) if line else "" for line in text.split("\n"))


def clear_screen(stream: object) -> bool:
    """Clear the terminal and its scrollback (only when writing to one): used once the person
    has put the recovery key somewhere safe, so it is not left on screen or in the scrollback."""
    isatty = getattr(stream, "isatty", None)
    write = getattr(stream, "write", None)
    if not (callable(isatty) and isatty() and callable(write)):
        return False
    write("\033[H\033[2J\033[3J")
    flush = getattr(stream, "flush", None)
    if callable(flush):
        flush()
    return True


@dataclass
class Output:
    """Stdout carries content (and only JSON with --json); stderr carries notices."""

    plain: bool = False

    def __post_init__(self) -> None:
        # NO_COLOR (no-color.org) asks for the same calm output as --plain.
        self.plain = self.plain or bool(os.environ.get("NO_COLOR"))
        global _plain
        _plain = self.plain

    @cached_property
    def out(self) -> Console:
        from rich.console import Console

        return Console(no_color=self.plain, highlight=False, emoji=False, soft_wrap=self.plain)

    @cached_property
    def err(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, no_color=self.plain, highlight=False, emoji=False)

    def notice(self, text: str) -> None:
        """A short line on stderr, flushed at once (e.g. before scrypt blocks the process)."""
        print(wrap(text, sys.stderr), file=sys.stderr, flush=True)

    def say(self, text: str) -> None:
        """Paragraphs on stdout, wrapped at word boundaries to the terminal's width."""
        print(wrap(text, sys.stdout), flush=True)

    def json(self, data: object) -> None:
        import json

        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
