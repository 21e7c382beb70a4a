"""`reflect unlock` and `reflect lock`: one passphrase per sitting on the command line (opt-in)."""

from __future__ import annotations

from typing import Annotated

import typer

from reflect.agent import DEFAULT_MINUTES, MAX_MINUTES
from reflect.cli.common import PassphraseFile, locked_journal, settings

UNLOCK_HELP = """Keep your journal unlocked for a while, so the next commands ask for no passphrase.

Off unless you run it. While it lasts, a small process of yours holds the unlocked key in
memory (never on disk) and answers only your own user; anyone who can run commands as you,
at this computer or through a program of yours, can read your journal without the
passphrase until it ends. It ends after --for minutes, at `reflect lock`, or when you log out.
"""


def unlock_cmd(
    ctx: typer.Context,
    minutes: Annotated[
        int,
        typer.Option(
            "--for",
            min=1,
            max=MAX_MINUTES,
            help="How many minutes to stay unlocked.",
            metavar="MINUTES",
        ),
    ] = DEFAULT_MINUTES,
    seconds: Annotated[
        int | None,
        typer.Option("--for-seconds", hidden=True, min=1, help="For tests only."),
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    from reflect.agent import client as agent
    from reflect.journal.store import OpenJournal
    from reflect.ui import passphrase
    from reflect.ui.journal import show_unlock_report
    from reflect.vault import Keys

    journal = locked_journal(ctx)
    output = settings(ctx).output

    def attempt(secret: str) -> tuple[OpenJournal, Keys]:
        # Always the passphrase here, never an earlier unlock: extending the time must
        # take what starting it took.
        output.notice("Unlocking...")
        keys = journal.vault.unlock(secret)
        opened, report = journal.unlock(keys)
        show_unlock_report(output, report)
        return opened, keys

    opened, keys = passphrase.unlock_with(passphrase_file, attempt)
    length = seconds if seconds is not None else minutes * 60
    expires = agent.hold(opened.vault.home, keys.identity.recipient, keys.identity.secret, length)
    span = f"{length} seconds" if seconds is not None else _minutes(minutes)
    output.notice(
        f"Unlocked for {span}, until {agent.until(expires)}: commands until then ask for no "
        "passphrase. `reflect lock` locks it now."
    )


def lock_cmd() -> None:
    """Lock now what `reflect unlock` kept unlocked: the next command asks for the passphrase."""
    from reflect.agent import client as agent
    from reflect.ui.console import Output

    output = Output()
    if agent.lock():
        output.notice("Locked. The next command asks for your passphrase.")
    else:
        output.notice("Nothing was kept unlocked, so there was nothing to lock.")


def register(app: typer.Typer) -> None:
    app.command("unlock", help=UNLOCK_HELP)(unlock_cmd)
    app.command("lock")(lock_cmd)


def _minutes(count: int) -> str:
    return "1 minute" if count == 1 else f"{count} minutes"
