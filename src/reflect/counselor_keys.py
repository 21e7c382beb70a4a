"""The counselor's own key pair: made by `reflect keygen`, used by `reflect open`.

The secret key is written in age-keygen's layout (``# created``, ``# public key``, then the
``AGE-SECRET-KEY-1...`` line), so the stock ``age -d -i KEYFILE`` reads it. By default the whole
file is encrypted with a passphrase (age's scrypt mode, which ``age -d -i`` also understands
and asks the passphrase for); ``--no-passphrase`` leaves it as plain text. Either way it is
created 0600 and never overwritten.

Default location: the reflect home (``$REFLECT_HOME``, ``--home``, else the user's data
folder), as ``counselor-key.age`` (passphrase-protected) or ``counselor-key.txt`` (plain). Next
to it, ``counselor-key.pub`` holds the public key (``age1...``), which is not secret: `keygen`
shows it again from there, and `prompts pack` uses it when no ``--to`` is given.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reflect.errors import DamagedError, ReflectError, UsageError, VaultLockedError
from reflect.vault import age
from reflect.vault.files import atomic_write, ensure_private_dir

KEY_NAME = "counselor-key.age"
PLAIN_KEY_NAME = "counselor-key.txt"
PUBLIC_SUFFIX = ".pub"
_ENCRYPTED_STARTS = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")


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
    return data.lstrip().startswith(_ENCRYPTED_STARTS)


def create(path: Path, passphrase: str | None) -> age.Identity:
    """Make a new key pair, write the secret to ``path`` (0600) and the public key beside it.

    Refuses to overwrite anything: a lost counselor key means hand-ins nobody can open.
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


def refuse_existing(path: Path) -> None:
    if not path.exists():
        return
    public = read_public_key(path)
    shown = f" (its public key is {public})" if public else ""
    raise ReflectError(
        f"There is already a counselor key at {path}{shown}, and reflect never replaces one: "
        "hand-ins made for it could not be opened any more. Nothing was changed; to make "
        "another key, choose a new file with -o."
    )


def load(path: Path, passphrase_file: Path | None = None) -> age.Identity:
    """Read a counselor key file, asking for its passphrase if it has one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReflectError(
            f"There is no key file at {path}. Make your key with `reflect keygen`, or name "
            "yours with --identity FILE."
        ) from None
    except OSError as exc:
        raise ReflectError(f"Cannot read the key file {path}: {exc.strerror}.") from None
    if is_protected(data):
        data = _decrypt_key_file(path, data, passphrase_file)
    try:
        return age.Identity.parse(data.decode("utf-8"))
    except (age.AgeError, UnicodeDecodeError):
        raise DamagedError(
            f"{path} does not hold an age secret key (a line starting AGE-SECRET-KEY-1)."
        ) from None


def _decrypt_key_file(path: Path, data: bytes, passphrase_file: Path | None) -> bytes:
    from reflect import passphrase

    if passphrase.non_interactive(passphrase_file) is None and not passphrase.can_prompt():
        raise VaultLockedError(
            f"Your key {path.name} is protected by a passphrase and there is no terminal to ask "
            f"for it: use --passphrase-file or {passphrase.FILE_ENV}."
        )

    def attempt(secret: str) -> bytes:
        # scrypt holds the process for a second or two: say so first.
        print("Unlocking...", file=sys.stderr, flush=True)
        try:
            return age.decrypt_with_passphrase(data, secret)
        except age.AgeError:
            raise VaultLockedError(
                f"Wrong passphrase for your key {path.name}: it stays locked."
            ) from None

    return passphrase.unlock_with(passphrase_file, attempt, label="Passphrase for your key: ")
