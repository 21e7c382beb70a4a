"""Where a passphrase comes from: a file, an environment variable, a command, or the terminal.

Order (docs/architecture.md, "The vault"): --passphrase-file, REFLECT_PASSPHRASE_FILE,
REFLECT_PASSPHRASE_COMMAND (its stdout), then a hidden prompt on the terminal.

Before any of those, an unlock already paid for is used: the home screen's, inside this
process (one unlock per visit), then the opt-in agent's (`reflect unlock`). Either hands back
the vault's identity itself, so no scrypt runs; neither is ever written to disk.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reflect.errors import Interrupted, ReflectError, VaultLockedError
from reflect.vault.core import MIN_PASSPHRASE_LENGTH

if TYPE_CHECKING:
    from reflect.vault import Keys, Vault

FILE_ENV = "REFLECT_PASSPHRASE_FILE"
COMMAND_ENV = "REFLECT_PASSPHRASE_COMMAND"
PROMPT_TRIES = 3
THREE_WRONG = (
    "Wrong passphrase three times: the vault stays locked. If you have forgotten it, "
    "`reflect vault recover` sets a new one with your recovery key."
)

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

    try:
        return getpass.getpass(label)
    except (KeyboardInterrupt, EOFError):
        # getpass leaves the cursor after the label: end that line before anything is said.
        print(file=sys.stderr, flush=True)
        raise Interrupted("Interrupted at the prompt; nothing was changed.") from None


# ---- an unlock already paid for -------------------------------------------------------------

_sitting: dict[Path, Keys] = {}


def remember_for_this_visit(vault: Vault, keys: Keys) -> None:
    """Keep ``keys`` in this process's memory so later unlocks in it cost nothing (the home)."""
    _sitting[vault.home.resolve()] = keys


def forget_this_visit() -> None:
    _sitting.clear()


def _unlocked_already(vault: Vault) -> Keys | None:
    """The keys of an earlier unlock: this visit's, else the agent's. None means ask."""
    home = vault.home.resolve()
    if home in _sitting:
        return _sitting[home]
    from reflect.agent import client as agent

    held = agent.held_for(home)
    if held is None:
        return None
    from reflect.vault import Keys
    from reflect.vault.age import AgeError, Identity

    try:
        identity = Identity.parse(held.secret)
    except AgeError:
        return None
    # The agent is keyed by folder, and its key is used only where nothing is in question: it
    # is the key vault.json names and the one this device pinned. A vault swapped in at that
    # folder, or a vault.json that disagrees with the pin, goes the passphrase's way, whose
    # checks (and repairs) start from the folder's own identity.age.
    pin = vault.device.pin
    expected = {vault.meta.recipient} | ({pin.recipient} if pin is not None else set())
    if {identity.recipient, held.recipient} != expected:
        return None
    from reflect.ui.console import wrap

    note = f"Unlocked by `reflect unlock` until {agent.until(held.expires)} (`reflect lock` locks now)."
    print(wrap(note, sys.stderr), file=sys.stderr, flush=True)
    return Keys(identity)


def unlock_with(
    file_option: Path | None,
    attempt: Callable[[str], T],
    *,
    label: str = "Passphrase: ",
    vault: Vault | None = None,
    with_keys: Callable[[Keys], T] | None = None,
    after_last_try: str | None = THREE_WRONG,
) -> T:
    """Call ``attempt`` with the passphrase; at the terminal, allow three tries.

    Given the ``vault`` and ``with_keys``, an unlock already paid for (this visit's, or the
    agent's) goes to ``with_keys`` instead, and no passphrase is asked for. After the third
    wrong try, ``after_last_try`` is the message (the vault's by default); None re-raises the
    attempt's own error, which knows what it was unlocking."""
    if vault is not None and with_keys is not None:
        keys = _unlocked_already(vault)
        if keys is not None:
            return with_keys(keys)
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
                if after_last_try is None:
                    raise
                raise VaultLockedError(after_last_try) from None
            tries = "1 try" if remaining == 1 else f"{remaining} tries"
            print(f"That passphrase did not work. {tries} left.", file=sys.stderr)
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


class PassphrasePrompt:
    """A :class:`reflect.homework.counselor_key.PassphraseAsker` for the terminal: the
    passphrase from ``--passphrase-file`` (or the environment), else asked up to three times."""

    def __init__(self, file_option: Path | None) -> None:
        self.file_option = file_option

    def can_ask(self) -> bool:
        return non_interactive(self.file_option) is not None or can_prompt()

    def unlock(self, attempt: Callable[[str], T], *, label: str) -> T:
        def announced(secret: str) -> T:
            # scrypt holds the process for a second or two: say so first.
            print("Unlocking...", file=sys.stderr, flush=True)
            return attempt(secret)

        # Three wrong tries end with the key's own message, not the vault's (which would send
        # a counselor to `vault recover`, for a journal that is not the key's).
        return unlock_with(self.file_option, announced, label=label, after_last_try=None)
