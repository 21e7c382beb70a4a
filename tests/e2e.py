"""Driving the installed `reflect` in a pseudo-terminal, as a person at a keyboard would.

Everything the program writes goes through a terminal emulator (pyte) as it is read, so a
test can check what a person sees on the screen (what is drawn, where lines wrap) at a given
size, not the escape codes that drew it. Tests wait for what the screen shows; nothing
sleeps for a fixed time.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping
from pathlib import Path

import pexpect
import pyte

from conftest import REFLECT

TIMEOUT = 30


class Terminal(pexpect.spawn):  # type: ignore[misc]
    """A pexpect child whose output is also fed to a pyte screen of the same size."""

    buffer: str  # pexpect's, untyped: what was read and not yet matched

    def __init__(self, *args: object, columns: int, rows: int, **kwargs: object) -> None:
        self.screen = pyte.HistoryScreen(columns, rows, history=5000)
        self.stream = pyte.Stream(self.screen)
        super().__init__(*args, dimensions=(rows, columns), **kwargs)

    def read_nonblocking(self, size: int = 1, timeout: float | None = -1) -> str:
        data: str = super().read_nonblocking(size, timeout)
        if isinstance(data, str):
            self.stream.feed(data)
        return data

    # ---- the screen ----------------------------------------------------------------------

    def lines(self) -> list[str]:
        """The visible screen, one string per row, trailing blanks removed."""
        return [row.rstrip() for row in self.screen.display]

    def all_lines(self) -> list[str]:
        """Every row since the start: what scrolled off the top, then the visible screen."""
        width = self.screen.columns
        scrolled = [
            "".join(line[x].data for x in range(width)).rstrip() for line in self.screen.history.top
        ]
        return scrolled + self.lines()

    def text(self) -> str:
        return "\n".join(self.lines())

    def wait_for_words(self, text: str, timeout: float = TIMEOUT) -> re.Match[str]:
        """Wait until the screen shows ``text``, wherever its lines happen to wrap."""
        return self.wait_for(words(text), timeout)

    def wait_for(self, pattern: str, timeout: float = TIMEOUT) -> re.Match[str]:
        """Wait until the visible screen matches ``pattern`` (a regex); return the match.

        What is read meanwhile stays in pexpect's buffer, so a later ``expect`` sees it too.
        """
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.text(), re.MULTILINE)
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never showed {pattern!r}:\n{self.text()}")
            try:
                data = self.read_nonblocking(65536, 0.05)
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                found = re.search(pattern, self.text(), re.MULTILINE)
                if found:
                    return found
                raise AssertionError(
                    f"the program ended before the screen showed {pattern!r}:\n{self.text()}"
                ) from None
            self.buffer = self.buffer + data


def spawn(
    *args: str,
    home: Path,
    env: dict[str, str] | None = None,
    command: str = REFLECT,
    columns: int = 80,
    rows: int = 40,
) -> Terminal:
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REFLECT_PASSPHRASE")},
        "REFLECT_HOME": str(home),
        "NO_COLOR": "1",
        "TERM": "xterm-256color",
        "COLUMNS": str(columns),
        "LINES": str(rows),
        "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect does not answer cursor-position requests
        **(env or {}),
    }
    child = Terminal(
        command,
        list(args),
        env=full_env,
        encoding="utf-8",
        timeout=TIMEOUT,
        columns=columns,
        rows=rows,
    )
    no_fixed_delays(child)
    return child


def no_fixed_delays(child: pexpect.spawn) -> None:
    """Turn off pexpect's own sleeps: 50 ms before every send (for programs that turn echo
    off after their prompt; a test here sends only once the screen shows the prompt) and
    100 ms on close (``finish`` reaps the program first, so there is nothing to wait for)."""
    child.delaybeforesend = None
    child.ptyproc.delayafterclose = 0


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.wait()  # reaped before close, which would otherwise signal a program still exiting
    child.close()
    assert child.exitstatus is not None, "killed by a signal"
    return int(child.exitstatus)


ANSI = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"
# The progress line above every question is dim; the review's list of questions is not.
PROGRESS = r"\x1b\[2m[^\r\n]*\r\n"

# Keys of the writing area: Esc then Enter finishes (sent together, as one key sequence).
DONE = "\x1b\r"


def step_patterns(step_texts: dict[str, str]) -> tuple[list[str], list[str]]:
    """A regex per step: its progress line, then the start of its question."""
    ids = list(step_texts)
    patterns = [
        PROGRESS + ANSI + re.escape(text.strip().splitlines()[0][:36])
        for text in step_texts.values()
    ]
    return ids, patterns


def send_text(child: Terminal, text: str) -> None:
    """Type a multi-line answer into the writing area, then Esc, Enter to finish it."""
    child.expect("Ctrl-C: stop")
    child.expect("›")
    for number, line in enumerate(text.split("\n")):
        if number:
            child.send("\r")  # Enter makes a new line in a multi-line answer
        child.send(line)
    child.send(DONE)


def choose(child: Terminal, key: str) -> None:
    child.expect(r"b\) Go back")
    child.send(key + "\r")


QUICKEST = {"info": "continue", "yesno": "no", "choice": "skip", "scale": "skip", "text": "text:"}


def drive(
    child: Terminal,
    step_texts: dict[str, str],
    plan: dict[str, list[str]],
    kinds: Mapping[str, str],
) -> list[str]:
    """Answer each step as it appears, following ``plan`` (step id -> actions, one per visit).

    Unplanned steps get the quickest answer: continue, no, or an empty (skipped) text.
    Returns the step ids in the order they were shown. Stops at the review screen.
    """
    ids, patterns = step_patterns(step_texts)
    seen: list[str] = []
    while True:
        index = child.expect([*patterns, "Save this reflection"])
        if index == len(patterns):
            return seen
        step_id = ids[index]
        seen.append(step_id)
        actions = plan.get(step_id, [])
        action = actions.pop(0) if actions else QUICKEST[kinds[step_id]]
        if action == "ctrl-c":
            child.sendintr()
            return seen
        if action == "ctrl-b" and kinds[step_id] == "text":
            child.expect("Ctrl-C: stop")
            child.expect("›")
            child.send("\x02")
        elif action.startswith("type-then-ctrl-c:"):
            child.expect("Ctrl-C: stop")
            child.expect("›")
            child.send(action.removeprefix("type-then-ctrl-c:"))
            child.wait_for(re.escape(action.removeprefix("type-then-ctrl-c:")[-12:]))
            child.send("\x03")
            return seen
        elif action.startswith("text:"):
            send_text(child, action.removeprefix("text:"))
        else:
            key = {
                "continue": "c",
                "yes": "y",
                "no": "n",
                "skip": "s",
                "back": "b",
                "ctrl-b": "b",
            }.get(action, action)
            choose(child, key)


def words(text: str) -> str:
    """A regex for ``text`` however its lines wrap (for ``expect`` on the raw output)."""
    return r"\s+".join(re.escape(word) for word in text.split())


def split_words(screen_lines: list[str], words: list[str]) -> list[str]:
    """Tokens on the screen that are not whole words of ``words``: a word cut at the edge
    shows up as two such pieces ("Dece", "mber")."""
    wanted = set(words)
    tokens = [t for line in screen_lines for t in line.replace("›", " ").split()]
    # The command's name depends on how it was installed (`reflect`, `.venv/bin/reflect`).
    return [t for t in tokens if t not in wanted and "reflect" not in t]
