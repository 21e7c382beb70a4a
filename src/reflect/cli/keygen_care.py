"""Looking after the counselor's key (`reflect keygen --recover`, `--change-passphrase`,
`--backup`): the parts of `keygen` that keep the same key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reflect.cli.common import confirm_weak

if TYPE_CHECKING:
    from reflect.ui.console import Output


def can_ask() -> bool:
    import sys

    return sys.stdin.isatty()


def new_secret(
    passphrase_file: Path | None,
    no_passphrase: bool,
    output: Output,
    option: str = "--passphrase-file",
) -> str | None:
    """The passphrase for a key being written (None: the key is left unprotected, as asked)."""
    from reflect.errors import ReflectError
    from reflect.ui import passphrase

    if no_passphrase:
        return None
    if not passphrase.PassphrasePrompt(passphrase_file).can_ask():
        raise ReflectError(
            f"No terminal to ask for a passphrase for your key: use {option}, "
            f"{passphrase.FILE_ENV}, or --no-passphrase."
        )
    output.notice(
        "Your key will be protected by a passphrase. You will type it each time you open hand-ins."
    )
    return passphrase.new_passphrase(passphrase_file, confirm_weak)


def show_recovery(output: Output, secret: str, path: Path) -> None:
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


def save_backup(output: Output, path: Path, folder: Path) -> None:
    from reflect.homework import counselor_key as counselor_keys

    written = counselor_keys.backup(path, folder)
    output.notice(
        f"Backup saved in {folder.expanduser()}: " + ", ".join(p.name for p in written) + "."
    )


def offer_backup(output: Output, path: Path, backup: Path | None) -> None:
    from reflect.homework import counselor_key as counselor_keys

    if backup is None and can_ask():
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
    save_backup(output, path, backup)


def _recovery_secret(recovery_key_file: Path | None) -> str:
    """The recovery key, from its file or typed (hidden), as one upper-case word."""
    from reflect.errors import ReflectError
    from reflect.ui import passphrase

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
    return "".join(secret.split()).upper()


def recover(
    output: Output,
    path: Path,
    recovery_key_file: Path | None,
    from_file: Path | None,
    new_passphrase_file: Path | None,
    no_passphrase: bool,
) -> None:
    from reflect.homework import counselor_key as counselor_keys
    from reflect.vault.files import atomic_write

    secret = _recovery_secret(recovery_key_file)
    identity = counselor_keys.recover(path, secret, source=from_file)
    listed = counselor_keys.read_public_file(path)
    if path.exists() and listed is not None and listed != identity.recipient:
        retired = counselor_keys.retire(path)
        output.notice(f"The key that was at {path} is another key; it is kept as {retired}.")
    secret_pass = new_secret(new_passphrase_file, no_passphrase, output, "--new-passphrase-file")
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


def change_passphrase(
    output: Output, path: Path, passphrase_file: Path | None, new_passphrase_file: Path | None
) -> None:
    from reflect.errors import ReflectError
    from reflect.homework import counselor_key as counselor_keys
    from reflect.ui import passphrase

    identity = counselor_keys.load(path, passphrase.PassphrasePrompt(passphrase_file))
    if not passphrase.PassphrasePrompt(new_passphrase_file).can_ask():
        raise ReflectError("No terminal to ask for the new passphrase: use --new-passphrase-file.")
    output.notice("Now choose the new passphrase for your key.")
    secret = passphrase.new_passphrase(new_passphrase_file, confirm_weak)
    counselor_keys.write_key(path, identity, secret)
    output.notice(
        f"The passphrase of {path} is changed. Your key itself is the same, and so is your "
        "recovery key. If you keep a backup copy, make a new one (`reflect keygen --backup "
        "FOLDER`): the old copy still opens with the old passphrase."
    )
