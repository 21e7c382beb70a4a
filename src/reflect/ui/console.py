"""One place that decides how output looks: colour or not, boxes or plain text."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


@dataclass
class Output:
    """Stdout carries content (and only JSON with --json); stderr carries notices."""

    plain: bool = False

    def __post_init__(self) -> None:
        # NO_COLOR (no-color.org) asks for the same calm output as --plain.
        self.plain = self.plain or bool(os.environ.get("NO_COLOR"))

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
        print(text, file=sys.stderr, flush=True)

    def json(self, data: object) -> None:
        import json

        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
