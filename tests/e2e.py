"""Driving the installed `reflect` in a pseudo-terminal, as a person at a keyboard would."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pexpect

from conftest import REFLECT

TIMEOUT = 30


def spawn(
    *args: str, home: Path, env: dict[str, str] | None = None, command: str = REFLECT
) -> pexpect.spawn:
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REFLECT_PASSPHRASE")},
        "REFLECT_HOME": str(home),
        "NO_COLOR": "1",
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "40",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect does not answer cursor-position requests
        **(env or {}),
    }
    child = pexpect.spawn(
        command, list(args), env=full_env, encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 80)
    )
    return child


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None, "killed by a signal"
    return int(child.exitstatus)


ANSI = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"


def step_patterns(step_texts: dict[str, str]) -> tuple[list[str], list[str]]:
    """A regex per step: its progress line, then the start of its question."""
    import re

    ids = list(step_texts)
    patterns = [
        r"Step \d+ of \d+[^\r\n]*\r\n" + ANSI + re.escape(text.strip().splitlines()[0][:36])
        for text in step_texts.values()
    ]
    return ids, patterns


def send_text(child: pexpect.spawn, text: str) -> None:
    """Type a multi-line answer into the text prompt, then Esc, Enter to finish it."""
    child.expect("›")
    for number, line in enumerate(text.split("\n")):
        if number:
            child.send("\r")  # Enter makes a new line in a multi-line answer
        child.send(line)
    time.sleep(0.1)
    child.send("\x1b")
    time.sleep(0.15)
    child.send("\r")


def choose(child: pexpect.spawn, key: str) -> None:
    child.expect(r"h\) Help|b\) Go back")
    child.send(key)
    time.sleep(0.05)
    child.send("\r")


QUICKEST = {"info": "continue", "yesno": "no", "choice": "skip", "scale": "skip", "text": "text:"}


def drive(
    child: pexpect.spawn,
    step_texts: dict[str, str],
    plan: dict[str, list[str]],
    kinds: dict[str, str],
) -> list[str]:
    """Answer each step as it appears, following ``plan`` (step id -> actions, one per visit).

    Unplanned steps get the quickest answer: continue, no, or an empty (skipped) text.
    Returns the step ids in the order they were shown. Stops at the review screen.
    """
    ids, patterns = step_patterns(step_texts)
    seen = []
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
            child.expect("›")
            child.send("\x02")
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
