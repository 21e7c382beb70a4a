"""`reflect keygen`: the counselor's key, its recovery key and backup, and what to do when it
is lost or its passphrase forgotten (see docs/counselors.md, "Your key").

This module makes keys (a first one, or a new one on purpose or after a loss);
:mod:`reflect.cli.keygen_care` looks after the one there is.

The command functions here are long because of their typer option declarations (one
``Annotated`` block per option, where its --help text lives); their bodies stay short.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import NewPassphraseFile, PassphraseFile, confirm, settings
from reflect.cli.keygen_care import (
    can_ask,
    new_secret,
    offer_backup,
    save_backup,
    show_recovery,
)
from reflect.cli.keygen_care import change_passphrase as change_key_passphrase
from reflect.cli.keygen_care import recover as recover_key

if TYPE_CHECKING:
    from reflect.ui.console import Output
    from reflect.vault import age

NEW_KEY_MEANS = (
    "A new key would change two things. Hand-ins made for your current key do not open with "
    "the new one (reflect keeps the old key file, so they still open with --identity). And "
    "every set you have given out carries your current key: you would pack each one again and "
    "send it, and your clients add it again (reflect shows them that your key changed)."
)


def register(app: typer.Typer) -> None:
    app.command("keygen")(keygen)


def keygen(
    ctx: typer.Context,
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where the key is kept (default: counselor-key.age in your reflect folder).",
            dir_okay=False,
        ),
    ] = None,
    no_passphrase: Annotated[
        bool,
        typer.Option(
            "--no-passphrase",
            help="Do not protect the key with a passphrase (anyone who copies it can read hand-ins).",
        ),
    ] = False,
    new: Annotated[
        bool,
        typer.Option(
            "--new",
            help="Make a new key although you have one, or after losing it (explains what it changes).",
        ),
    ] = False,
    recover: Annotated[
        bool,
        typer.Option(
            "--recover",
            help="Forgot the passphrase or lost the key file: get the key back with your recovery key.",
        ),
    ] = False,
    change_passphrase: Annotated[
        bool, typer.Option("--change-passphrase", help="Choose a new passphrase for your key.")
    ] = False,
    backup: Annotated[
        Path | None,
        typer.Option(
            "--backup",
            help="Copy your key (and its recovery copy) into this folder, say a USB stick.",
            file_okay=False,
        ),
    ] = None,
    no_recovery_key: Annotated[
        bool, typer.Option("--no-recovery-key", help="Make no recovery key (not advised).")
    ] = False,
    recovery_key_file: Annotated[
        Path | None,
        typer.Option(
            "--recovery-key-file",
            help="With --recover: read the recovery key from this file instead of asking.",
            dir_okay=False,
        ),
    ] = None,
    from_file: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="With --recover: the recovery copy to use (default: the one beside your key).",
            dir_okay=False,
        ),
    ] = None,
    passphrase_file: PassphraseFile = None,
    new_passphrase_file: NewPassphraseFile = None,
) -> None:
    """Counselors: make your key for receiving homework (once), or look after it.

    Run again, it reminds you of your public key. Also: --backup, --change-passphrase,
    --recover (forgotten passphrase, lost key file) and --new (a new key).
    """
    from reflect.errors import UsageError
    from reflect.homework import counselor_key as counselor_keys

    home = settings(ctx).home
    output = settings(ctx).output
    if sum([new, recover, change_passphrase]) > 1:
        raise UsageError("Choose one of --new, --recover and --change-passphrase.")
    existing = output_file.expanduser() if output_file else counselor_keys.find_default_key(home)
    path = existing or counselor_keys.default_key_path(home, protected=not no_passphrase)
    if recover:
        recover_key(output, path, recovery_key_file, from_file, new_passphrase_file, no_passphrase)
        return
    if change_passphrase:
        change_key_passphrase(output, path, passphrase_file, new_passphrase_file)
        return
    has_key = existing is not None and existing.exists()
    if has_key and not new and backup is not None:
        save_backup(output, path, backup)
        return
    old_recipient = counselor_keys.read_public_key(path) if has_key else None
    lost = not has_key and counselor_keys.public_key_path(path).exists()
    if lost:
        old_recipient = counselor_keys.read_public_file(path)
        if not new and not _after_loss_make_new(output, path):
            return
    elif has_key:
        if not _replace_on_purpose(output, path, old_recipient, new=new):
            return
        retired = counselor_keys.retire(path)
        output.notice(
            f"Your old key is kept as {retired}: hand-ins made for it open with "
            f"`reflect open FILE --identity {retired}`."
        )
        if not output_file:
            path = counselor_keys.default_key_path(home, protected=not no_passphrase)
    elif not output_file:
        counselor_keys.refuse_existing(path)
    _make_key(output, path, passphrase_file, no_passphrase, no_recovery_key, backup)
    _after_new_key(output, home, old_recipient, lost)


def _after_loss_make_new(output: Output, path: Path) -> bool:
    """The key file is gone but its public key is there: say what to try first, then ask."""
    _lost_key(output, path)
    if can_ask() and confirm("Make a new key now?", default=False):
        return True
    output.notice("Nothing was changed.")
    return False


def _replace_on_purpose(output: Output, path: Path, public: str | None, *, new: bool) -> bool:
    """There is a key: remind of it, and make a new one only when asked to and confirmed (or
    with --new and no terminal to confirm at)."""
    _remind(output, path, public)
    if not new:
        output.notice(NEW_KEY_MEANS)
        if can_ask() and confirm("Make a new key anyway?", default=False):
            return True
        output.notice(
            "Nothing was changed. (Also: --backup FOLDER, --change-passphrase, --recover.)"
        )
        return False
    if not can_ask():
        output.notice(NEW_KEY_MEANS)
        return True
    if confirm(NEW_KEY_MEANS + " Make a new key?", default=False):
        return True
    output.notice("Nothing was changed.")
    return False


def _protection(path: Path) -> str:
    from reflect.homework import counselor_key as counselor_keys

    try:
        protected = counselor_keys.is_protected(path.read_bytes())
    except OSError:
        return "unreadable"
    return "protected by your passphrase" if protected else "NOT protected by a passphrase"


def _remind(output: Output, path: Path, public: str | None) -> None:
    from reflect.homework import counselor_key as counselor_keys

    output.notice(f"You already have a counselor key: {path} ({_protection(path)}).")
    if public is None:
        output.notice(
            f"Its public key file {counselor_keys.public_key_path(path).name} is missing or unreadable."
        )
        return
    output.notice(
        "Your public key is below; give it to your clients. (It is read from "
        f"{counselor_keys.public_key_path(path).name}; `prompts pack` checks it against "
        "your key every time.)"
    )
    print(public, flush=True)


def _lost_key(output: Output, path: Path) -> None:
    from reflect.homework import counselor_key as counselor_keys

    output.notice(f"Your key file {path} is missing; its public key is still there.")
    if counselor_keys.recovery_path(path).exists():
        output.notice(
            "First: if you have your recovery key, `reflect keygen --recover` brings the "
            "same key back, and nothing else needs to change."
        )
    output.notice(
        "If you have a backup copy (a USB stick, another computer), copy it back to "
        f"{path}: that is the same key, and nothing else needs to change."
    )
    output.notice(
        "Only if the key is lost for good, make a new one. "
        + NEW_KEY_MEANS.replace(
            "(reflect keeps the old key file, so they still open with --identity)",
            "(nobody can open those now)",
        )
    )


def _make_key(
    output: Output,
    path: Path,
    passphrase_file: Path | None,
    no_passphrase: bool,
    no_recovery_key: bool,
    backup: Path | None,
) -> age.Identity:
    from reflect.homework import counselor_key as counselor_keys

    secret = new_secret(passphrase_file, no_passphrase, output)
    identity = counselor_keys.create(path, secret)
    output.notice(f"Your key is saved in {path} ({_protection(path)}).")
    output.notice("Do not send this file to anyone: it is the only thing that opens hand-ins.")
    if not no_recovery_key:
        show_recovery(output, counselor_keys.write_recovery(path, identity), path)
    else:
        output.notice(
            "You chose no recovery key: if you forget the passphrase or lose the file, "
            "no hand-in made for this key can be opened, by anyone."
        )
    offer_backup(output, path, backup)
    output.notice("Your public key is below. It is safe to share: give it to your clients.")
    print(identity.recipient, flush=True)
    return identity


def _after_new_key(output: Output, home: Path, old_recipient: str | None, lost: bool) -> None:
    from reflect.homework import counselor_key as counselor_keys

    if old_recipient is None:
        return
    packed = counselor_keys.packed_sets(home, old_recipient)
    if packed:
        output.notice("These sets you packed carry your old key. Pack each again and send it:")
        for record in packed:
            output.notice(
                f"  reflect prompts pack {record.get('file')}   ({record.get('set')}, "
                f"version {record.get('version')}, packed {record.get('packed')})"
            )
    else:
        output.notice(
            "Pack again every set you gave out with your old key (`reflect prompts pack "
            "FILE`), and send the new files."
        )
    output.notice(
        "Your clients add the new file with `reflect prompts add FILE`; reflect shows them "
        "that your key changed and asks them to accept it. Tell them to expect it."
    )
    if lost:
        output.notice(
            "Hand-ins made for the lost key cannot be opened by anyone. Ask those clients to "
            "hand in again with `reflect share`: their answers are still in their own journal."
        )
