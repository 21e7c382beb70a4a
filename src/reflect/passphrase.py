"""Where a passphrase comes from: a file, an environment variable, a command, or the terminal.

Order (documented in DESIGN.md): --passphrase-file, REFLECT_PASSPHRASE_FILE,
REFLECT_PASSPHRASE_COMMAND (its stdout), then a hidden prompt on the terminal.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reflect.errors import ReflectError, VaultLockedError
from reflect.vault.core import MIN_PASSPHRASE_LENGTH

FILE_ENV = "REFLECT_PASSPHRASE_FILE"
COMMAND_ENV = "REFLECT_PASSPHRASE_COMMAND"
PROMPT_TRIES = 3

T = TypeVar("T")

_COMMON = {
    "password", "password1", "password123", "passw0rd", "12345678", "123456789", "1234567890",
    "qwertyuiop", "qwerty123", "iloveyou", "letmein1", "sunshine", "princess", "football",
    "baseball", "welcome1", "abc12345", "11111111", "00000000", "trustno1", "superman",
    "starwars", "whatever", "changeme", "reflect1", "reflection", "imperfect", "imperfectmen",
}  # fmt: skip


def _strip_line_end(text: str) -> str:
    """The passphrase is the first line of a passphrase file or command's output, as the
    option's help says (a password manager may print more lines after it)."""
    return text.split("\n", 1)[0].removesuffix("\r")


def non_interactive(file_option: Path | None) -> str | None:
    """The passphrase from a file or command, if one is configured."""
    file_name = file_option or (Path(os.environ[FILE_ENV]) if os.environ.get(FILE_ENV) else None)
    if file_name is not None:
        try:
            return _strip_line_end(file_name.expanduser().read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ReflectError(f"Cannot read the passphrase file {file_name}: {exc}") from None
    command = os.environ.get(COMMAND_ENV)
    if command:
        try:
            done = subprocess.run(shlex.split(command), capture_output=True, text=True, check=False)
        except (OSError, ValueError) as exc:
            raise ReflectError(f"{COMMAND_ENV} could not be run: {exc}") from None
        if done.returncode != 0:
            raise ReflectError(f"{COMMAND_ENV} failed with exit code {done.returncode}.")
        return _strip_line_end(done.stdout)
    return None


def can_prompt() -> bool:
    return sys.stdin.isatty()


def prompt_hidden(label: str) -> str:
    import getpass

    from reflect.errors import Interrupted

    try:
        return getpass.getpass(label)
    except (KeyboardInterrupt, EOFError):
        raise Interrupted("Interrupted at the prompt; nothing was changed.") from None


def unlock_with(
    file_option: Path | None, attempt: Callable[[str], T], *, label: str = "Passphrase: "
) -> T:
    """Call ``attempt`` with the passphrase; at the terminal, allow three tries."""
    given = non_interactive(file_option)
    if given is not None:
        return attempt(given)
    if not can_prompt():
        raise VaultLockedError(
            f"The vault is locked and there is no terminal to ask for the passphrase: "
            f"use --passphrase-file, {FILE_ENV} or {COMMAND_ENV}."
        )
    for remaining in range(PROMPT_TRIES - 1, -1, -1):
        try:
            return attempt(prompt_hidden(label))
        except VaultLockedError:
            if remaining == 0:
                raise
            print(f"That passphrase did not work. {remaining} tries left.", file=sys.stderr)
    raise AssertionError("unreachable")


def weakness(passphrase: str) -> str | None:
    """Why a passphrase that is long enough is still easy to guess, or None."""
    lowered = passphrase.lower()
    if lowered in _COMMON or lowered.rstrip("0123456789!") in _COMMON:
        return "it is one of the most common passwords"
    if len(set(passphrase)) <= 3:
        return "it repeats the same few characters"
    if passphrase.isdigit():
        return "it is only digits"
    classes = sum(
        [
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        ]
    )
    if len(passphrase) < 12 and classes < 3:
        return "it is short and uses few kinds of characters"
    return None


def new_passphrase(file_option: Path | None, confirm_weak: Callable[[str], bool]) -> str:
    """Ask for a new passphrase twice (or read it), refusing short ones and warning on weak ones."""
    from reflect.vault import check_new_passphrase

    given = non_interactive(file_option)
    if given is not None:
        passphrase = check_new_passphrase(given)
        reason = weakness(passphrase)
        if reason:
            print(f"Warning: this passphrase is weak ({reason}).", file=sys.stderr)
        return passphrase
    if not can_prompt():
        raise ReflectError(
            f"No terminal to ask for a passphrase: use --passphrase-file or {FILE_ENV}."
        )
    from reflect.ui.console import wrap

    advice = (
        f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters. "
        "A few unrelated words are strong and easy to remember. Typing is hidden."
    )
    print(wrap(advice, sys.stderr), file=sys.stderr)
    for _ in range(PROMPT_TRIES):
        first = prompt_hidden("New passphrase: ")
        try:
            passphrase = check_new_passphrase(first)
        except ReflectError as exc:
            print(exc, file=sys.stderr)
            continue
        if prompt_hidden("Type it again: ") != first:
            print("The two did not match. Let's try again.", file=sys.stderr)
            continue
        reason = weakness(passphrase)
        if reason and not confirm_weak(reason):
            continue
        return passphrase
    raise ReflectError("No passphrase was set; nothing was changed.")
