"""Driving the installed `reflect` in a pseudo-terminal, as a person at a keyboard would."""

from __future__ import annotations

import os
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
