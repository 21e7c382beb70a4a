"""The vault folder: its layout, its keys, and every encrypted read and write.

Layout (documented for users in the README; a contract):

    vault.json             {"format": 1, "recipient": "age1...", ...}   no secrets
    identity.age           the X25519 identity, age-encrypted with the passphrase (scrypt)
    identity.recovery.age  the same identity, encrypted to the recovery key (optional)
    entries/<id>.age       one entry each
    drafts/<id>.age        interrupted sessions
    index.age              encrypted, rebuildable cache with the authenticated manifest

Writing needs only the public recipient in vault.json; reading needs the unlocked identity.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from reflect.errors import DamagedError, NoVaultError, ReflectError, VaultLockedError
from reflect.vault import age
from reflect.vault.files import (
    FILE_MODE,
    atomic_write,
    ensure_private_dir,
    remove_durably,
    sweep_temp_files,
    write_lock,
)

VAULT_FORMAT = 1
META_NAME = "vault.json"
IDENTITY_NAME = "identity.age"
RECOVERY_NAME = "identity.recovery.age"
INDEX_NAME = "index.age"
MIN_PASSPHRASE_LENGTH = 8

Folder = Literal["entries", "drafts"]
FOLDERS: tuple[Folder, ...] = ("entries", "drafts")


@dataclass(frozen=True)
class VaultMeta:
    format: int
    recipient: str
    created: str
    recovery_recipient: str | None = None

    def to_json(self) -> bytes:
        payload = {
            "format": self.format,
            "app": "reflect",
            "recipient": self.recipient,
            "created": self.created,
            "recovery_recipient": self.recovery_recipient,
            "encryption": "age-encryption.org/v1 (X25519 recipient; identity under scrypt)",
        }
        return (json.dumps(payload, indent=2) + "\n").encode()


class Keys:
    """The unlocked vault: can decrypt, and can authenticate the manifest."""

    def __init__(self, identity: age.Identity) -> None:
        self._identity = identity
        # A key for the manifest's MAC, derived from (never equal to) the identity secret.
        self.mac_key = hmac.new(
            identity.secret.encode(), b"reflect manifest mac v1", hashlib.sha256
        ).digest()

    @property
    def identity(self) -> age.Identity:
        return self._identity

    def decrypt(self, ciphertext: bytes) -> bytes:
        return self._identity.decrypt(ciphertext)

    def mac(self, payload: bytes | memoryview) -> str:
        return hmac.new(self.mac_key, payload, hashlib.sha256).hexdigest()

    def verify(self, payload: bytes | memoryview, tag: str) -> bool:
        return hmac.compare_digest(self.mac(payload), tag)


def check_new_passphrase(passphrase: str) -> str:
    """Refuse what cannot be used. Weakness warnings are the caller's (they need a UI)."""
    passphrase = age.normalise_passphrase(passphrase)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ReflectError(
            f"That passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few unrelated words work well)."
        )
    return passphrase


class Vault:
    def __init__(self, home: Path, meta: VaultMeta) -> None:
        self.home = home
        self.meta = meta
        self._swept = False

    # ---- locating and creating -------------------------------------------------------------

    @classmethod
    def open(cls, home: Path) -> Vault:
        meta_path = home / META_NAME
        if not meta_path.exists():
            raise NoVaultError(
                f"No vault at {home} yet. Run `reflect vault init` (or just `reflect`) to create one."
            )
        try:
            raw = json.loads(meta_path.read_bytes())
            fmt = int(raw["format"])
            recipient = str(raw["recipient"])
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedError(f"{meta_path} is damaged: it is not a valid vault.json.") from exc
        if fmt > VAULT_FORMAT:
            raise ReflectError(
                f"This vault was made by a newer reflect (vault format {fmt}; this one reads "
                f"{VAULT_FORMAT}). Upgrade reflect to open it; nothing was changed."
            )
        if not age.is_valid_recipient(recipient):
            raise DamagedError(f"{meta_path} is damaged: its recipient is not an age public key.")
        meta = VaultMeta(
            format=fmt,
            recipient=recipient,
            created=str(raw.get("created", "")),
            recovery_recipient=raw.get("recovery_recipient"),
        )
        return cls(home, meta)

    @classmethod
    def exists(cls, home: Path) -> bool:
        return (home / META_NAME).exists()

    @classmethod
    def create(
        cls, home: Path, passphrase: str, *, recovery: bool = True
    ) -> tuple[Vault, str | None]:
        """Create a vault. Returns it and, if asked for, the recovery secret to show once."""
        passphrase = check_new_passphrase(passphrase)
        if cls.exists(home):
            raise ReflectError(f"A vault already exists at {home}; nothing was changed.")
        ensure_private_dir(home)
        with write_lock(home):
            if cls.exists(home):
                raise ReflectError(f"A vault already exists at {home}; nothing was changed.")
            for folder in FOLDERS:
                ensure_private_dir(home / folder)
            created = datetime.now(UTC).replace(microsecond=0)
            identity = age.Identity.generate()
            identity_text = identity.to_file_text(created).encode()
            recovery_secret: str | None = None
            recovery_recipient: str | None = None
            if recovery:
                recovery_identity = age.Identity.generate()
                recovery_secret = recovery_identity.secret
                recovery_recipient = recovery_identity.recipient
                atomic_write(
                    home / RECOVERY_NAME, age.encrypt_to([recovery_recipient], identity_text)
                )
            atomic_write(
                home / IDENTITY_NAME, age.encrypt_with_passphrase(identity_text, passphrase)
            )
            meta = VaultMeta(
                format=VAULT_FORMAT,
                recipient=identity.recipient,
                created=created.isoformat(),
                recovery_recipient=recovery_recipient,
            )
            # vault.json last: until it exists, there is no vault and init can be re-run.
            atomic_write(home / META_NAME, meta.to_json())
        return cls(home, meta), recovery_secret

    # ---- keys ------------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> Keys:
        ciphertext = self._read_identity_file(IDENTITY_NAME)
        try:
            plaintext = age.decrypt_with_passphrase(ciphertext, passphrase)
        except age.AgeError:
            raise VaultLockedError("Wrong passphrase: the vault stays locked.") from None
        return Keys(self._checked_identity(plaintext, IDENTITY_NAME))

    def unlock_with_recovery_key(self, recovery_secret: str) -> Keys:
        if not (self.home / RECOVERY_NAME).exists():
            raise ReflectError(
                "This vault has no recovery key (it was created with --no-recovery-key)."
            )
        try:
            recovery_identity = age.Identity.parse(recovery_secret)
        except age.AgeError:
            raise VaultLockedError(
                "That is not a recovery key: it starts with AGE-SECRET-KEY-1."
            ) from None
        ciphertext = self._read_identity_file(RECOVERY_NAME)
        try:
            plaintext = recovery_identity.decrypt(ciphertext)
        except age.AgeError:
            raise VaultLockedError("That recovery key does not open this vault.") from None
        return Keys(self._checked_identity(plaintext, RECOVERY_NAME))

    def set_passphrase(self, keys: Keys, new_passphrase: str) -> None:
        """Re-encrypt identity.age only: entries are encrypted to the key, not the passphrase."""
        new_passphrase = check_new_passphrase(new_passphrase)
        text = keys.identity.to_file_text().encode()
        with write_lock(self.home):
            atomic_write(
                self.home / IDENTITY_NAME, age.encrypt_with_passphrase(text, new_passphrase)
            )

    def _read_identity_file(self, name: str) -> bytes:
        path = self.home / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            hint = (
                " Run `reflect vault recover` with your recovery key to make a new one."
                if name == IDENTITY_NAME and (self.home / RECOVERY_NAME).exists()
                else " Restore it from a backup."
            )
            raise DamagedError(
                f"{path} is missing, so the vault cannot be unlocked.{hint}"
            ) from None

    def _checked_identity(self, plaintext: bytes, name: str) -> age.Identity:
        try:
            identity = age.Identity.parse(plaintext.decode("utf-8"))
        except (age.AgeError, UnicodeDecodeError):
            raise DamagedError(
                f"{self.home / name} is damaged: it holds no age identity."
            ) from None
        if identity.recipient != self.meta.recipient:
            raise DamagedError(
                f"{self.home / name} holds a key that does not belong to this vault's vault.json."
            )
        return identity

    # ---- encrypted files -------------------------------------------------------------------

    def path_for(self, folder: Folder, entry_id: str) -> Path:
        return self.home / folder / f"{entry_id}.age"

    def ids_in(self, folder: Folder) -> list[str]:
        return sorted(self.scan(folder))

    def scan(self, folder: Folder) -> dict[str, os.stat_result]:
        """Each file's id and stat, in one directory pass (the unlock's hot path)."""
        found: dict[str, os.stat_result] = {}
        try:
            with os.scandir(self.home / folder) as listing:
                for item in listing:
                    name = item.name
                    if name.endswith(".age") and not name.startswith("."):
                        try:
                            found[name[:-4]] = item.stat()
                        except FileNotFoundError:  # removed while we listed
                            continue
        except FileNotFoundError:
            pass
        return found

    def write(self, folder: Folder, entry_id: str, plaintext: bytes) -> bytes:
        """Encrypt to the vault's public key and save atomically; needs no passphrase.

        Returns the ciphertext so callers can record its hash in the manifest.
        """
        ciphertext = age.encrypt_to([self.meta.recipient], plaintext)
        with self.locked():
            ensure_private_dir(self.home / folder)
            atomic_write(self.path_for(folder, entry_id), ciphertext)
        return ciphertext

    def write_locked(self, folder: Folder, entry_id: str, plaintext: bytes) -> bytes:
        """As ``write``, for callers that already hold the lock."""
        ciphertext = age.encrypt_to([self.meta.recipient], plaintext)
        ensure_private_dir(self.home / folder)
        atomic_write(self.path_for(folder, entry_id), ciphertext)
        return ciphertext

    def read_ciphertext(self, folder: Folder, entry_id: str) -> bytes:
        return self.path_for(folder, entry_id).read_bytes()

    def remove(self, folder: Folder, entry_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            remove_durably(self.path_for(folder, entry_id))

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writers' lock. The first time in a process, clear temp files a crashed
        writer left behind (once is enough: while we hold the lock nobody else leaves any)."""
        with write_lock(self.home):
            if not self._swept:
                sweep_temp_files(self.home, *(self.home / f for f in FOLDERS))
                self._swept = True
            yield

    # ---- the index (encrypted cache + authenticated manifest) -------------------------------

    def read_index(self, keys: Keys) -> memoryview | None:
        """The index payload, or None if it is missing, damaged or not written by this key.

        A view, not a copy: the payload is tens of megabytes in a large journal."""
        try:
            ciphertext = (self.home / INDEX_NAME).read_bytes()
            plaintext = keys.decrypt(ciphertext)
        except (FileNotFoundError, age.AgeError):
            return None
        end_of_tag = plaintext.find(b"\n")
        payload = memoryview(plaintext)[end_of_tag + 1 :]
        if end_of_tag < 0 or not keys.verify(
            payload, plaintext[:end_of_tag].decode("ascii", "replace")
        ):
            return None
        return payload

    def index_exists(self) -> bool:
        return (self.home / INDEX_NAME).exists()

    def index_stamp(self) -> tuple[int, int, int] | None:
        """Identifies the index file's current version (it is replaced, never edited)."""
        try:
            stat = (self.home / INDEX_NAME).stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_size, stat.st_ctime_ns)

    def write_index_locked(self, keys: Keys, payload: bytes) -> None:
        """Save the index; the caller holds the lock (it read the state it is writing)."""
        sealed = keys.mac(payload).encode("ascii") + b"\n" + payload
        atomic_write(self.home / INDEX_NAME, age.encrypt_to([self.meta.recipient], sealed))

    # ---- small private files (e.g. the always-redact list) --------------------------------------

    def write_private(self, name: str, plaintext: bytes) -> None:
        ciphertext = age.encrypt_to([self.meta.recipient], plaintext)
        with self.locked():
            atomic_write(self.home / name, ciphertext)

    def read_private(self, keys: Keys, name: str) -> bytes | None:
        try:
            ciphertext = (self.home / name).read_bytes()
        except FileNotFoundError:
            return None
        try:
            return keys.decrypt(ciphertext)
        except age.AgeError:
            raise DamagedError(f"{self.home / name} is damaged and cannot be decrypted.") from None

    # ---- reporting -------------------------------------------------------------------------

    def file_count(self, folder: Folder) -> int:
        return len(self.ids_in(folder))

    def insecure_permissions(self) -> list[Path]:
        """Vault files readable or writable by others (a copied or restored vault, say)."""
        found = []
        for path in [self.home, *self.home.rglob("*")]:
            mode = path.stat().st_mode & 0o777
            if mode & 0o077:
                found.append(path)
        return found


__all__ = ["FILE_MODE", "FOLDERS", "Folder", "Keys", "Vault", "VaultMeta", "check_new_passphrase"]
