"""`reflect vault ...`: create the vault, change or recover its passphrase, check and describe it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import (
    JsonFlag,
    NewPassphraseFile,
    PassphraseFile,
    confirm_weak,
    open_vault,
    settings,
    unlock,
)

if TYPE_CHECKING:
    from reflect.vault import Keys

app = typer.Typer(help="Create and look after your encrypted vault.", no_args_is_help=True)


def create_vault(ctx: typer.Context, passphrase_file: Path | None, *, recovery: bool) -> None:
    """Create the vault and show the recovery key once. Used by `vault init` and first run."""
    from reflect import messages
    from reflect.ui import passphrase
    from reflect.ui.console import clear_screen, wrap
    from reflect.vault import Vault

    home = settings(ctx).home
    output = settings(ctx).output
    Vault.refuse_to_overwrite(home)  # before the passphrase is asked for
    secret = passphrase.new_passphrase(passphrase_file, confirm_weak)
    output.notice("Creating your vault…")
    _, recovery_secret = Vault.create(home, secret, recovery=recovery)
    output.notice(f"Your vault is ready at {home}.")
    if recovery_secret:
        print(wrap(messages.recovery_key_shown_once(recovery_secret), sys.stdout))
        if passphrase.can_prompt() and passphrase_file is None:
            input("Press Enter when it is somewhere safe. ")
            if clear_screen(sys.stdout):
                output.notice(messages.RECOVERY_KEY_CLEARED)
    else:
        output.notice(messages.NO_RECOVERY_KEY)


@app.command("init")
def init(
    ctx: typer.Context,
    passphrase_file: PassphraseFile = None,
    no_recovery_key: Annotated[
        bool, typer.Option("--no-recovery-key", help="Do not create a recovery key.")
    ] = False,
) -> None:
    """Create your vault: a passphrase, an encryption key and (by default) a recovery key."""
    create_vault(ctx, passphrase_file, recovery=not no_recovery_key)


@app.command("passwd")
def passwd(
    ctx: typer.Context,
    passphrase_file: PassphraseFile = None,
    new_passphrase_file: NewPassphraseFile = None,
) -> None:
    """Change your passphrase. Entries stay as they are; only the key file is re-encrypted."""
    from reflect.ui import passphrase

    vault = open_vault(ctx)
    output = settings(ctx).output

    def attempt(secret: str) -> Keys:
        output.notice("Unlocking...")
        return vault.unlock(secret)

    keys = passphrase.unlock_with(passphrase_file, attempt, label="Current passphrase: ")
    new = passphrase.new_passphrase(new_passphrase_file, confirm_weak)
    output.notice("Saving...")
    vault.set_passphrase(keys, new)
    output.notice("Your passphrase is changed. Your recovery key still works.")


@app.command("recover")
def recover(
    ctx: typer.Context,
    recovery_key_file: Annotated[
        Path | None,
        typer.Option("--recovery-key-file", help="Read the recovery key from this file."),
    ] = None,
    new_passphrase_file: NewPassphraseFile = None,
) -> None:
    """Set a new passphrase using the recovery key you were shown when the vault was created."""
    from reflect.errors import ReflectError
    from reflect.ui import passphrase

    vault = open_vault(ctx)
    if recovery_key_file is not None:
        try:
            key = recovery_key_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ReflectError(f"Cannot read {recovery_key_file}: {exc}") from None
    elif passphrase.can_prompt():
        key = passphrase.prompt_hidden("Recovery key (AGE-SECRET-KEY-1…): ")
    else:
        raise ReflectError("No terminal to ask for the recovery key: use --recovery-key-file.")
    keys = vault.unlock_with_recovery_key(key)
    new = passphrase.new_passphrase(new_passphrase_file, confirm_weak)
    vault.set_passphrase(keys, new)
    settings(ctx).output.notice("Your vault has a new passphrase. The recovery key still works.")


@app.command("check")
def check(ctx: typer.Context, passphrase_file: PassphraseFile = None) -> None:
    """Decrypt every file in the vault and report each damaged one (exit 4 if any)."""
    from reflect.errors import ExitCode

    journal = unlock(ctx, passphrase_file)
    output = settings(ctx).output
    problems = journal.check()
    loose = journal.vault.insecure_permissions()
    from reflect.untrusted import clean_line

    for path in loose:
        shown = clean_line(str(path))
        output.notice(f"Others can access {shown}: run `chmod go-rwx {shown}`.")
    if not problems:
        counts = f"{journal.vault.file_count('entries')} entries, {journal.vault.file_count('drafts')} drafts"
        print(f"All files decrypt and match their names ({counts}).")
        return
    for damage in problems:  # the file names are whatever is in the folder: untrusted
        print(clean_line(f"damaged: {damage.location} ({damage.entry_id}): {damage.reason}"))
    output.notice(
        f"{len(problems)} damaged file(s). The rest of the journal is fine; restore these from "
        "a backup or delete them."
    )
    raise typer.Exit(ExitCode.DAMAGED)


@app.command("info")
def info(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """Where the vault is and what it holds (no secrets, no passphrase needed)."""
    vault = open_vault(ctx)
    details = vault.describe()
    from reflect.agent import client as agent  # `reflect unlock`: is the vault kept unlocked?

    held_until = agent.status(vault.home)
    details["kept_unlocked"] = f"until {agent.until(held_until)}" if held_until else False
    if json_output:
        settings(ctx).output.json(details)
        return
    from reflect.untrusted import clean_line

    for key, value in details.items():  # vault.json's fields are the folder's word: cleaned
        label = key.replace("_", " ")
        shown = ("yes" if value else "no") if isinstance(value, bool) else value
        if value is None:
            shown = "not yet (unlock once on this device)"
        print(f"{label + ':':<21}{clean_line(str(shown))}")


@app.command("devices")
def devices_cmd(
    ctx: typer.Context,
    remove: Annotated[
        str | None,
        typer.Option(
            "--remove",
            metavar="DEVICE_ID",
            help="Take a device off the list (a lost laptop, say). What it wrote so far stays "
            "yours; anything it writes afterwards shows as unverified.",
        ),
    ] = None,
    json_output: JsonFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Your devices: the ones whose answers, saved without the passphrase, count as yours.

    A device joins the list the first time it unlocks the vault with your passphrase.
    """
    from reflect.journal.trust import listed_devices
    from reflect.untrusted import clean_line

    journal = unlock(ctx, passphrase_file)
    output = settings(ctx).output
    if remove is not None:
        resealed = journal.remove_device(remove.strip())
        output.notice(
            f"Removed. {resealed} of its entries and drafts were sealed again by this device, "
            "so they stay verified."
        )
    rows = listed_devices(journal)
    if json_output:
        output.json(rows)
        return
    for row in rows:
        mark = "  (this device)" if row["this"] else ""
        print(f"{row['id']}  {str(row['added'])[:10]}  {clean_line(str(row['name']))}{mark}")


@app.command("trust")
def trust(
    ctx: typer.Context,
    entry_id: Annotated[
        str, typer.Argument(help="The unverified entry or draft (its id or start).")
    ],
    yes: Annotated[bool, typer.Option("--yes", help="Trust it without showing it first.")] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Keep an unverified entry or draft as yours: shows it, asks, then seals it.

    Unverified means none of your devices wrote it: it may have been planted by someone who can
    write to the vault folder. Once trusted, it is verified on all your devices.
    """
    from reflect.cli.common import confirm, require_terminal
    from reflect.ui.journal import show_entry

    journal = unlock(ctx, passphrase_file)
    output = settings(ctx).output
    entry, folder = journal.find_unverified(entry_id)
    if journal.is_sealed_by_a_device(entry, folder):
        output.notice(f"{entry.id[:8]} is already verified: one of your devices wrote it.")
        return
    if not yes:
        require_terminal("add --yes to trust it without being asked.")
        show_entry(output, entry)  # the question below says what is at stake
        kind = "entry" if folder == "entries" else "draft"
        if not confirm(f"Did you write this {kind}? Trust it as yours?", default=False):
            output.notice("Nothing was changed; it stays unverified.")
            return
    journal.trust(entry, folder)
    output.notice(f"Trusted {entry.id[:8]}: it is now verified on all your devices.")
