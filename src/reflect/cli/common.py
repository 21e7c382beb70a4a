"""What every command shares: settings from the root options, and unlocking the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.ui.console import Output

if TYPE_CHECKING:
    from reflect.journal.store import Journal, OpenJournal
    from reflect.vault import Keys, Vault

PassphraseFile = Annotated[
    Path | None,
    typer.Option(
        "--passphrase-file",
        help="Read the passphrase from this file instead of asking (first line).",
        dir_okay=False,
    ),
]
NewPassphraseFile = Annotated[
    Path | None,
    typer.Option("--new-passphrase-file", help="Read the new passphrase from this file."),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (and only JSON) on stdout.")]


@dataclass
class Settings:
    home: Path
    output: Output
    # The journal this process unlocked: one unlock serves the whole command (a first unlock
    # on a new device, then a draft to resume, must not ask twice).
    opened: OpenJournal | None = None


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    if found is None:  # a command invoked without the root callback (tests)
        from reflect.paths import default_home

        found = Settings(home=default_home(), output=Output())
    return found


def open_vault(ctx: typer.Context) -> Vault:
    from reflect.vault import Vault

    return Vault.open(settings(ctx).home)


def locked_journal(ctx: typer.Context, passphrase_file: Path | None = None) -> Journal:
    """The journal for writing without the passphrase (a session's answers).

    Locked writes go to the key this device pinned, so a device with no pin for this vault
    (a second device, a moved or copied folder, a vault from reflect 0.1) unlocks it first:
    the pin is made from the identity the passphrase opens, never from vault.json. When
    vault.json names another key than the pin, the person is told before the first question.
    """
    from reflect import messages
    from reflect.journal.store import Journal

    journal = Journal(open_vault(ctx))
    if journal.vault.device.pin is None:
        settings(ctx).output.notice(messages.FIRST_UNLOCK_ON_DEVICE)
        return Journal(unlock(ctx, passphrase_file).vault)
    if journal.recipient_mismatch:
        settings(ctx).output.notice(messages.RECIPIENT_MISMATCH)
    return journal


def unlock(ctx: typer.Context, passphrase_file: Path | None) -> OpenJournal:
    """Ask for the passphrase, unlock, reconcile the index and report what changed meanwhile."""
    from reflect.journal.store import Journal
    from reflect.ui import passphrase
    from reflect.ui.journal import show_unlock_report

    found = settings(ctx)
    if found.opened is not None:
        return found.opened
    journal = Journal(open_vault(ctx))
    output = found.output

    def attempt(secret: str) -> OpenJournal:
        # scrypt holds the GIL for a second or two: say so before, not with a spinner.
        output.notice("Unlocking...")
        return open_with(journal.vault.unlock(secret))

    def open_with(keys: Keys) -> OpenJournal:
        opened, report = journal.unlock(keys)
        show_unlock_report(output, report)
        return opened

    # An unlock already paid for (the home screen's, or `reflect unlock`'s) goes to open_with.
    found.opened = passphrase.unlock_with(
        passphrase_file, attempt, vault=journal.vault, with_keys=open_with
    )
    return found.opened


def report_late_changes(ctx: typer.Context, journal: OpenJournal) -> None:
    from reflect.ui.journal import show_unlock_report

    for report in journal.late_reports:
        show_unlock_report(settings(ctx).output, report)
    journal.late_reports.clear()


def require_terminal(alternative: str) -> None:
    import sys

    from reflect.errors import NotATerminalError

    if not sys.stdin.isatty():
        raise NotATerminalError(f"This command asks questions and needs a terminal; {alternative}")


def confirm(question: str, *, default: bool = False) -> bool:
    from reflect.ui.ask import confirm as ask

    return ask(question, default=default)


def iso_day(value: str | None, option: str) -> date | None:
    """A date option (YYYY-MM-DD), or a usage error (exit 2) that names the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"use a date like 2026-12-01, not {value!r}", param_hint=option
        ) from None


def confirm_weak(reason: str) -> bool:
    """Asked when a new passphrase is long enough but easy to guess."""
    return confirm(f"That passphrase is weak ({reason}). Use it anyway?", default=False)
