"""The counselor's own key pair: made by `reflect keygen`, used by `reflect open`.

The secret key is written in age-keygen's layout (``# created``, ``# public key``, then the
``AGE-SECRET-KEY-1...`` line), so the stock ``age -d -i KEYFILE`` reads it. By default the whole
file is encrypted with a passphrase (age's scrypt mode, which ``age -d -i`` also understands
and asks the passphrase for); ``--no-passphrase`` leaves it as plain text. Either way it is
created 0600 and never overwritten.

Default location: the reflect home (``$REFLECT_HOME``, ``--home``, else the user's data
folder), as ``counselor-key.age`` (passphrase-protected) or ``counselor-key.txt`` (plain). Next
to it:

* ``counselor-key.pub``: the public key (``age1...``), not secret. `keygen` shows it again
  from there. It is a convenience, not an authority: the folder may be synced or shared, so
  `prompts pack` never packs it unchecked; it derives the public key from the secret key (after
  the passphrase) and reports a ``.pub`` that disagrees.
* ``counselor-key.recovery.age``: the same secret key, encrypted to a recovery key shown once
  at `keygen` (the secret of a second age identity, to be written down). With it, `keygen
  --recover` gives the key back after a forgotten passphrase or a lost key file.
* ``counselor-key.retired-DATE.age``: a key replaced on purpose by `keygen --new`, kept so the
  hand-ins made for it still open.
* ``counselor-packed.json``: which sets `prompts pack` stamped with which key, so a new key
  comes with the list of sets to give out again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from reflect.errors import DamagedError, Hint, ReflectError, UsageError, VaultLockedError
from reflect.vault import age
from reflect.vault.files import atomic_write, ensure_private_dir

KEY_NAME = "counselor-key.age"
PLAIN_KEY_NAME = "counselor-key.txt"
PUBLIC_SUFFIX = ".pub"
RECOVERY_SUFFIX = ".recovery.age"
RETIRED_PART = ".retired-"
PACKED_NAME = "counselor-packed.json"

T = TypeVar("T")


class PassphraseAsker(Protocol):
    """Where the key's passphrase comes from; the core asks through this and never prompts
    itself (the terminal's is :class:`reflect.ui.passphrase.PassphrasePrompt`)."""

    def can_ask(self) -> bool:
        """Whether a passphrase can be had at all (given in a file, or a terminal to ask)."""
        ...

    def unlock(self, attempt: Callable[[str], T], *, label: str) -> T:
        """Call ``attempt`` with a passphrase until it returns (it raises
        :class:`VaultLockedError` for a wrong one; the asker decides how often to ask again)."""
        ...


def default_key_path(home: Path, *, protected: bool = True) -> Path:
    return home / (KEY_NAME if protected else PLAIN_KEY_NAME)


def find_default_key(home: Path) -> Path | None:
    """The counselor key in the reflect home, if `reflect keygen` made one there."""
    for name in (KEY_NAME, PLAIN_KEY_NAME):
        if (home / name).is_file():
            return home / name
    return None


def public_key_path(key_path: Path) -> Path:
    return key_path.with_suffix(PUBLIC_SUFFIX)


def recovery_path(key_path: Path) -> Path:
    return key_path.with_suffix(RECOVERY_SUFFIX)


def read_public_file(key_path: Path) -> str | None:
    """What ``.pub`` beside the key says (unchecked: anyone who can write the folder can edit it)."""
    try:
        text = public_key_path(key_path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if age.is_valid_recipient(text) else None


def read_public_key(key_path: Path) -> str | None:
    """The public key that belongs to ``key_path``, read without its passphrase."""
    candidates = [public_key_path(key_path)]
    for path in candidates:
        try:
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if age.is_valid_recipient(text):
            return text
    try:
        data = key_path.read_bytes()
    except OSError:
        return None
    if is_protected(data):
        return None
    try:
        return age.Identity.parse(data.decode("utf-8")).recipient
    except (age.AgeError, UnicodeDecodeError):
        return None


def is_protected(data: bytes) -> bool:
    """Whether a key file is passphrase-encrypted (an age file) rather than plain text."""
    return age.looks_encrypted(data)


def create(path: Path, passphrase: str | None) -> age.Identity:
    """Make a new key pair, write the secret to ``path`` (0600) and the public key beside it.

    Refuses to overwrite anything: a lost counselor key means hand-ins nobody can open.
    (:func:`write_recovery` adds the recovery copy.)
    """
    if path.suffix == PUBLIC_SUFFIX:
        raise UsageError(
            f"{path.name} ends in {PUBLIC_SUFFIX}, which is kept for the public key; "
            "choose another name for the secret key file."
        )
    refuse_existing(path)
    identity = age.Identity.generate()
    text = identity.to_file_text().encode("utf-8")
    data = age.encrypt_with_passphrase(text, passphrase) if passphrase is not None else text
    if not path.parent.exists():
        ensure_private_dir(path.parent)
    atomic_write(path, data)
    atomic_write(public_key_path(path), (identity.recipient + "\n").encode("utf-8"))
    return identity


def write_recovery(path: Path, identity: age.Identity) -> str:
    """Encrypt the key to a new recovery key beside it; return the recovery secret to show once."""
    recovery = age.Identity.generate()
    text = identity.to_file_text().encode("utf-8")
    atomic_write(recovery_path(path), age.encrypt_to([recovery.recipient], text))
    return recovery.secret


def write_key(path: Path, identity: age.Identity, passphrase: str | None) -> None:
    """(Re)write the secret key file for ``identity`` (a passphrase change or a recovery)."""
    text = identity.to_file_text().encode("utf-8")
    data = age.encrypt_with_passphrase(text, passphrase) if passphrase is not None else text
    atomic_write(path, data)
    atomic_write(public_key_path(path), (identity.recipient + "\n").encode("utf-8"))


def recover(path: Path, recovery_secret: str, *, source: Path | None = None) -> age.Identity:
    """The key, decrypted from its recovery copy with the recovery key."""
    source = source or recovery_path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise ReflectError(
            f"There is no recovery copy of your key at {source}, so the recovery key has "
            "nothing to open. If you kept a backup folder, name its copy with --from FILE."
        ) from None
    try:
        recovery = age.Identity.parse(recovery_secret)
    except age.AgeError:
        raise VaultLockedError(
            "That is not a recovery key: it is one long word starting AGE-SECRET-KEY-1, as "
            "shown when you made your key. Check for a missing or extra character."
        ) from None
    try:
        plaintext = recovery.decrypt(data)
    except age.AgeError:
        raise VaultLockedError(
            f"That recovery key does not open {source.name}: it belongs to another key."
        ) from None
    try:
        return age.Identity.parse(plaintext.decode("utf-8"))
    except (age.AgeError, UnicodeDecodeError):
        raise DamagedError(f"{source} is damaged: it holds no key.") from None


def backup(path: Path, folder: Path) -> list[Path]:
    """Copy the key, its public key and its recovery copy into ``folder``; never overwrite."""
    from reflect.vault.files import ensure_private_dir

    folder = folder.expanduser()
    ensure_private_dir(folder)
    written = []
    for source in (path, public_key_path(path), recovery_path(path)):
        if not source.exists():
            continue
        target = folder / source.name
        if target.exists() and target.read_bytes() != source.read_bytes():
            raise ReflectError(
                f"{target} already exists and is a different key, so no backup was written "
                "there. Choose another folder."
            )
        atomic_write(target, source.read_bytes())
        written.append(target)
    return written


def retire(path: Path) -> Path:
    """Move a key (and its public key and recovery copy) aside, dated, to make room for a new one.

    Kept, not deleted: hand-ins made for it open with ``--identity`` on the retired file.
    """
    stamp = date.today().isoformat()
    suffix = "".join(path.suffixes) or ".age"
    base = path.name.removesuffix(suffix)
    number = 0
    while True:
        tag = f"{RETIRED_PART}{stamp}" + (f"-{number}" if number else "")
        retired = path.with_name(f"{base}{tag}{suffix}")
        if not retired.exists():
            break
        number += 1
    for source, target in (
        (public_key_path(path), public_key_path(retired)),
        (recovery_path(path), recovery_path(retired)),
        (path, retired),
    ):
        if source.exists():
            source.rename(target)
    return retired


def retired_keys(home: Path) -> list[Path]:
    return sorted(
        p
        for p in home.glob(f"counselor-key{RETIRED_PART}*")
        if p.suffix in (".age", ".txt") and not p.name.endswith(RECOVERY_SUFFIX)
    )


def record_packed(home: Path, set_id: str, version: int, target: Path, recipient: str) -> None:
    """Remember which set went out with which key (to list what to re-issue after a new key)."""
    records = packed_sets(home)
    records = [r for r in records if r.get("file") != str(target)]
    records.append(
        {
            "set": set_id,
            "version": version,
            "file": str(target),
            "recipient": recipient,
            "packed": date.today().isoformat(),
        }
    )
    if not home.exists():
        ensure_private_dir(home)
    atomic_write(home / PACKED_NAME, (json.dumps(records, indent=2) + "\n").encode("utf-8"))


def packed_sets(home: Path, recipient: str | None = None) -> list[dict[str, object]]:
    """The sets packed in this folder (for ``recipient`` only, when given)."""
    try:
        records = json.loads((home / PACKED_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(records, list):
        return []
    found = [r for r in records if isinstance(r, dict)]
    return [r for r in found if recipient is None or r.get("recipient") == recipient]


def refuse_existing(path: Path) -> None:
    if not path.exists():
        return
    public = read_public_key(path)
    shown = f" (its public key is {public})" if public else ""
    raise ReflectError(
        f"There is already a counselor key at {path}{shown}, and reflect never replaces one "
        "without asking: hand-ins made for it could not be opened with a new one. Nothing was "
        "changed;",
        Hint.NEW_COUNSELOR_KEY_EXPLAINED,
    )


def load(path: Path, asker: PassphraseAsker | None = None) -> age.Identity:
    """Read a counselor key file, asking ``asker`` for its passphrase if it has one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise lost_key(path) from None
    except OSError as exc:
        raise ReflectError(f"Cannot read the key file {path}: {exc.strerror}.") from None
    if is_protected(data):
        data = _decrypt_key_file(path, data, asker)
    try:
        return age.Identity.parse(data.decode("utf-8"))
    except (age.AgeError, UnicodeDecodeError):
        raise DamagedError(
            f"{path} does not hold an age secret key (a line starting AGE-SECRET-KEY-1)."
        ) from None


def lost_key(path: Path) -> ReflectError:
    """What to do when the secret key file is not where it should be: never "make a new one"
    first, since a new key opens none of the hand-ins made for the old one."""
    if recovery_path(path).exists():
        return ReflectError(f"Your key file {path} is missing.", Hint.RESTORE_OR_RECOVER_KEY)
    if public_key_path(path).exists():
        return ReflectError(
            f"Your key file {path} is missing (its public key is still there).",
            Hint.RESTORE_OR_REPLACE_KEY,
        )
    return ReflectError(f"There is no key file at {path}.", Hint.NAME_OR_MAKE_KEY)


def _decrypt_key_file(path: Path, data: bytes, asker: PassphraseAsker | None) -> bytes:
    if asker is None or not asker.can_ask():
        raise VaultLockedError(
            f"Your key {path.name} is protected by a passphrase and there is no terminal to ask "
            "for it:",
            Hint.NO_TERMINAL_FOR_KEY,
        )

    def attempt(secret: str) -> bytes:
        try:
            return age.decrypt_with_passphrase(data, secret)
        except age.AgeError:
            forgot = Hint.RECOVER_COUNSELOR_KEY if recovery_path(path).exists() else None
            raise VaultLockedError(
                f"Wrong passphrase for your key {path.name}: it stays locked.", forgot
            ) from None

    return asker.unlock(attempt, label="Passphrase for your key: ")


def checked_public_key(path: Path, asker: PassphraseAsker | None = None) -> tuple[str, str | None]:
    """The public key proven by the secret key, and what ``.pub`` said if it disagreed.

    ``.pub`` is never packed unchecked: someone who can write to a synced folder could swap
    it for their own key, and every set packed after that would send hand-ins to them.
    """
    identity = load(path, asker)
    listed = read_public_file(path)
    if listed == identity.recipient:
        return identity.recipient, None
    atomic_write(public_key_path(path), (identity.recipient + "\n").encode("utf-8"))
    return identity.recipient, listed or "(missing or unreadable)"
