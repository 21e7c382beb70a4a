"""Exit codes and the errors that carry them.

Every failure a person can meet is one of these: the CLI prints ``str(error)`` as one line
on stderr and exits with ``error.exit_code``. Nothing else should reach the terminal as a
traceback.

The core never names a command in its messages (commands are the CLI's to name and rename):
an error that has a next step carries a :class:`Hint`, and :mod:`reflect.messages`, the one
place for user-facing wording, turns it into the sentence that ends the line.
"""

from __future__ import annotations

from enum import Enum, IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    LOCKED = 3  # wrong passphrase, or the vault could not be unlocked
    DAMAGED = 4  # damaged or tampered data found
    INTERRUPTED = 130  # Ctrl-C (after saving whatever could be saved)


class Hint(Enum):
    """The next step an error points to, by purpose; ``messages.HINTS`` words each one."""

    CREATE_VAULT = "create-vault"
    RECOVER_VAULT = "recover-vault"
    LIST_IDS = "list-ids"
    TRUST_ENTRY = "trust-entry"  # detail: entry (the id to trust)
    START_REFLECTION = "start-reflection"
    ADD_REDACTIONS_AGAIN = "add-redactions-again"
    NO_TERMINAL_FOR_KEY = "no-terminal-for-key"
    RECOVER_COUNSELOR_KEY = "recover-counselor-key"
    NEW_COUNSELOR_KEY_EXPLAINED = "new-counselor-key-explained"
    RESTORE_OR_RECOVER_KEY = "restore-or-recover-key"
    RESTORE_OR_REPLACE_KEY = "restore-or-replace-key"
    NAME_OR_MAKE_KEY = "name-or-make-key"
    COUNSELOR_KEY_FORM = "counselor-key-form"
    MADE_BY_KEYGEN = "made-by-keygen"  # a phrase inside a sentence, not a sentence
    COMPARE_FINGERPRINT = "compare-fingerprint"


class ReflectError(Exception):
    """A failure with a one-line, actionable message for the person at the terminal.

    ``hint`` (with ``details`` to fill it in) names the next step without naming a command;
    ``str(error)`` is the message followed by the hint's wording.
    """

    exit_code: ExitCode = ExitCode.FAILED

    def __init__(self, message: str, hint: Hint | None = None, **details: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details

    def __str__(self) -> str:
        if self.hint is None:
            return self.message
        from reflect.messages import hint_text

        return f"{self.message} {hint_text(self.hint, self.details)}"


class UsageError(ReflectError):
    exit_code = ExitCode.USAGE


class NoVaultError(ReflectError):
    """There is no vault at the resolved home yet."""


class VaultBusyError(ReflectError):
    """Another reflect process holds the vault's write lock."""


class VaultLockedError(ReflectError):
    """Wrong passphrase or recovery key, or no way to ask for one."""

    exit_code = ExitCode.LOCKED


class DamagedError(ReflectError):
    """A file is truncated, tampered with, swapped or otherwise unreadable."""

    exit_code = ExitCode.DAMAGED


class TamperedError(DamagedError):
    """A file that steers the program failed its authentication check, so it was not used."""


class NeedsUnlockError(ReflectError):
    """This device has no pin for the vault yet: it must be unlocked before anything is written."""

    exit_code = ExitCode.LOCKED


class NotATerminalError(ReflectError):
    """An interactive command was run with stdin that is not a terminal."""


class Interrupted(ReflectError):
    exit_code = ExitCode.INTERRUPTED
