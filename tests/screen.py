"""The real `reflect` in a pseudo-terminal, read through a terminal emulator (pyte).

What a test checks is what a person would see on a screen of the given size, not the bytes
the program wrote: wrapping, overwritten lines and erased menus included. Every wait is for
something on the screen, never a fixed sleep.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pexpect
import pyte

from e2e import no_fixed_delays

from conftest import REFLECT

TIMEOUT = 30.0


class Screen:
    def __init__(
        self,
        *args: str,
        home: Path,
        columns: int = 80,
        rows: int = 24,
        env: dict[str, str] | None = None,
    ) -> None:
        full_env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("REFLECT_PASSPHRASE")},
            "REFLECT_HOME": str(home),
            "TERM": "xterm-256color",
            "COLUMNS": str(columns),
            "LINES": str(rows),
            "NO_COLOR": "1",
            "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect answers no cursor-position requests
            **(env or {}),
        }
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)
        self.transcript = ""  # everything written, for counting what scrolled away
        self.child = pexpect.spawn(
            REFLECT, list(args), env=full_env, encoding="utf-8", dimensions=(rows, columns)
        )
        no_fixed_delays(self.child)

    # ---- reading ----------------------------------------------------------------------------

    def _pump(self, wait: float) -> bool:
        """Feed what the program wrote to the emulator; False once it has ended."""
        try:
            data = self.child.read_nonblocking(65536, timeout=wait)
        except pexpect.TIMEOUT:
            return True
        except pexpect.EOF:
            return False
        self.transcript += data
        self.stream.feed(data)
        return True

    @property
    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, pattern: str, *, timeout: float = TIMEOUT, count: int = 1) -> str:
        """Until the screen shows ``pattern`` (a regex), ``count`` times; the last match."""
        deadline = time.monotonic() + timeout
        alive = True
        while True:
            found = re.findall(pattern, self.text, re.MULTILINE)
            if len(found) >= count:
                return str(found[-1])
            if not alive or time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} never appeared. Screen:\n{self.text}")
            alive = self._pump(0.1)

    def settle(self, pattern: str, *, timeout: float = TIMEOUT) -> None:
        """Wait for ``pattern``, then for the program to stop drawing for a moment."""
        self.wait_for(pattern, timeout=timeout)
        while True:
            before = self.text
            self._pump(0.2)
            if self.text == before:
                return

    # ---- typing -----------------------------------------------------------------------------

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def line(self, text: str) -> None:
        self.child.send(text + "\r")

    def down(self, times: int = 1) -> None:
        self.child.send("\x1b[B" * times)

    def finish(self, *, timeout: float = TIMEOUT) -> int:
        deadline = time.monotonic() + timeout
        while self._pump(0.1):
            if time.monotonic() > deadline:
                raise AssertionError(f"still running. Screen:\n{self.text}")
        self.child.wait()  # reaped before close, which would signal a program still exiting
        self.child.close()
        assert self.child.exitstatus is not None, "killed by a signal"
        return int(self.child.exitstatus)


def no_split_words(lines: list[str], phrase: str) -> bool:
    """Is ``phrase`` on the screen with each of its words whole (wrapping only at spaces)?"""
    joined = " ".join(line.strip() for line in lines)
    return " ".join(phrase.split()) in " ".join(joined.split())
