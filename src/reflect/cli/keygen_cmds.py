"""`reflect keygen`: the counselor's key, its recovery key and backup, and what to do when it
is lost or its passphrase forgotten (see docs/counselors.md, "Your key")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import NewPassphraseFile, PassphraseFile, confirm, confirm_weak, settings

if TYPE_CHECKING:
    from reflect.ui.console import Output
    from reflect.vault import age

NEW_KEY_MEANS = (
    "A new key would change two things. Hand-ins made for your current key do not open with "
    "the new one (reflect keeps the old key file, so they still open with --identity). And "
    "every set you have given out carries your current key: you would pack each one again and "
    "send it, and your clients add it again (reflect shows them that your key changed)."
)


def _can_ask() -> bool:
    import sys

    return sys.stdin.isatty()


def _protection(path: Path) -> str:
    from reflect.homework import counselor_key as counselor_keys

    try:
        protected = counselor_keys.is_protected(path.read_bytes())
    except OSError:
        return "unreadable"
    return "protected by your passphrase" if protected else "NOT protected by a passphrase"


def _new_secret(
    passphrase_file: Path | None,
    no_passphrase: bool,
    output: Output,
    option: str = "--passphrase-file",
) -> str | None:
    from reflect.errors import ReflectError
    from reflect.ui import passphrase

    if no_passphrase:
        return None
    if passphrase.non_interactive(passphrase_file) is None and not passphrase.can_prompt():
        raise ReflectError(
            f"No terminal to ask for a passphrase for your key: use {option}, "
            f"{passphrase.FILE_ENV}, or --no-passphrase."
        )
    output.notice(
        "Your key will be protected by a passphrase. You will type it each time you open hand-ins."
    )
    return passphrase.new_passphrase(passphrase_file, confirm_weak)


def _show_recovery(output: Output, secret: str, path: Path) -> None:
    import sys

    from reflect.homework import counselor_key as counselor_keys

    output.notice("")
    output.notice(
        "Your RECOVERY KEY is below. Write it on paper (or print it) and keep it away from "
        "this computer. It is shown only this once. If you forget your passphrase or lose the "
        "key file, `reflect keygen --recover` gives your key back with it, from "
        f"{counselor_keys.recovery_path(path)}."
    )
    print("\n" + grouped_recovery_key(secret) + "\n", file=sys.stderr, flush=True)
    output.notice("(Spaces and line breaks in it do not matter when you type it back.)")


def grouped_recovery_key(secret: str) -> str:
    """The recovery key in groups of five, to copy onto paper without losing your place; it
    fits a 60-column terminal, so the terminal never breaks it in the middle of a group."""
    prefix, body = secret[:16], secret[16:]
    groups = [body[i : i + 5] for i in range(0, len(body), 5)]
    lines = [" ".join(groups[i : i + 6]) for i in range(0, len(groups), 6)]
    return "\n".join("    " + line for line in [prefix, *lines])


def _offer_backup(output: Output, path: Path, backup: Path | None) -> None:
    from reflect.homework import counselor_key as counselor_keys

    if backup is None and _can_ask():
        from reflect.ui.ask import text

        output.notice(
            "Save a backup copy of your key now: type a folder (on a USB stick, say, or one "
            "that is backed up), or press Enter to skip."
        )
        answer = text("Backup folder:").strip()
        backup = Path(answer.strip("'\"")) if answer else None
    if backup is None:
        output.notice(
            f"No backup was made. Copy {path.name} (and {counselor_keys.recovery_path(path).name}) "
            "somewhere safe, or run `reflect keygen --backup FOLDER`."
        )
        return
    written = counselor_keys.backup(path, backup)
    output.notice(
        f"Backup saved in {backup.expanduser()}: " + ", ".join(p.name for p in written) + "."
    )


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


def register(app: typer.Typer) -> None:
    @app.command("keygen")
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
        existing = (
            output_file.expanduser() if output_file else counselor_keys.find_default_key(home)
        )
        path = existing or counselor_keys.default_key_path(home, protected=not no_passphrase)
        if recover:
            _recover(output, path, recovery_key_file, from_file, new_passphrase_file, no_passphrase)
            return
        if change_passphrase:
            _change_passphrase(output, path, passphrase_file, new_passphrase_file)
            return
        has_key = existing is not None and existing.exists()
        if has_key and not new and backup is not None:
            written = counselor_keys.backup(path, backup)
            output.notice(
                f"Backup saved in {backup.expanduser()}: "
                + ", ".join(p.name for p in written)
                + "."
            )
            return
        old_recipient = counselor_keys.read_public_key(path) if has_key else None
        lost = not has_key and counselor_keys.public_key_path(path).exists()
        if lost:
            old_recipient = counselor_keys.read_public_file(path)
            if not new:
                _lost_key(output, path)
                if not (_can_ask() and confirm("Make a new key now?", default=False)):
                    output.notice("Nothing was changed.")
                    return
        elif has_key:
            _remind(output, path, old_recipient)
            if not new:
                output.notice(NEW_KEY_MEANS)
                if not (_can_ask() and confirm("Make a new key anyway?", default=False)):
                    output.notice(
                        "Nothing was changed. (Also: --backup FOLDER, --change-passphrase, "
                        "--recover.)"
                    )
                    return
            elif not _can_ask():
                output.notice(NEW_KEY_MEANS)
            elif not confirm(NEW_KEY_MEANS + " Make a new key?", default=False):
                output.notice("Nothing was changed.")
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

        secret = _new_secret(passphrase_file, no_passphrase, output)
        identity = counselor_keys.create(path, secret)
        protection = "protected by your passphrase" if secret else "NOT protected by a passphrase"
        output.notice(f"Your key is saved in {path} ({protection}).")
        output.notice("Do not send this file to anyone: it is the only thing that opens hand-ins.")
        if not no_recovery_key:
            _show_recovery(output, counselor_keys.write_recovery(path, identity), path)
        else:
            output.notice(
                "You chose no recovery key: if you forget the passphrase or lose the file, "
                "no hand-in made for this key can be opened, by anyone."
            )
        _offer_backup(output, path, backup)
        output.notice("Your public key is below. It is safe to share: give it to your clients.")
        print(identity.recipient, flush=True)
        return identity

    def _recover(
        output: Output,
        path: Path,
        recovery_key_file: Path | None,
        from_file: Path | None,
        new_passphrase_file: Path | None,
        no_passphrase: bool,
    ) -> None:
        from reflect.errors import ReflectError
        from reflect.homework import counselor_key as counselor_keys
        from reflect.ui import passphrase
        from reflect.vault.files import atomic_write

        if recovery_key_file is not None:
            try:
                lines = recovery_key_file.expanduser().read_text(encoding="utf-8").split()
                # the key as written on paper: groups, line breaks, lower case are all fine
            except (OSError, UnicodeDecodeError) as exc:
                raise ReflectError(
                    f"Cannot read the recovery key file {recovery_key_file}: {exc}"
                ) from None
            secret = "".join(lines)
        elif passphrase.can_prompt():
            secret = passphrase.prompt_hidden("Recovery key (AGE-SECRET-KEY-1…): ")
        else:
            raise ReflectError(
                "No terminal to ask for your recovery key: use --recovery-key-file FILE."
            )
        secret = "".join(secret.split()).upper()
        identity = counselor_keys.recover(path, secret, source=from_file)
        listed = counselor_keys.read_public_file(path)
        if path.exists() and listed is not None and listed != identity.recipient:
            retired = counselor_keys.retire(path)
            output.notice(f"The key that was at {path} is another key; it is kept as {retired}.")
        secret_pass = _new_secret(
            new_passphrase_file, no_passphrase, output, "--new-passphrase-file"
        )
        counselor_keys.write_key(path, identity, secret_pass)
        if from_file is not None and not counselor_keys.recovery_path(path).exists():
            # Keep the recovery copy beside the key, so the same recovery key works next time.
            atomic_write(counselor_keys.recovery_path(path), from_file.expanduser().read_bytes())
        output.notice(
            f"Your key is back in {path}"
            + (", with its new passphrase." if secret_pass else ".")
            + " It is the same key, so every hand-in and every set you gave out works as before."
        )
        output.notice("Your public key (unchanged):")
        print(identity.recipient, flush=True)

    def _change_passphrase(
        output: Output, path: Path, passphrase_file: Path | None, new_passphrase_file: Path | None
    ) -> None:
        from reflect.errors import ReflectError
        from reflect.homework import counselor_key as counselor_keys
        from reflect.ui import passphrase

        identity = counselor_keys.load(path, passphrase_file)
        if passphrase.non_interactive(new_passphrase_file) is None and not passphrase.can_prompt():
            raise ReflectError(
                "No terminal to ask for the new passphrase: use --new-passphrase-file."
            )
        output.notice("Now choose the new passphrase for your key.")
        secret = passphrase.new_passphrase(new_passphrase_file, confirm_weak)
        counselor_keys.write_key(path, identity, secret)
        output.notice(
            f"The passphrase of {path} is changed. Your key itself is the same, and so is your "
            "recovery key. If you keep a backup copy, make a new one (`reflect keygen --backup "
            "FOLDER`): the old copy still opens with the old passphrase."
        )
