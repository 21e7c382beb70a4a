"""The vault folder: its layout, its keys, and every encrypted read and write.

Layout (documented for users in the README; a contract):

    vault.json             {"format": 1, "recipient": "age1...", ...}   no secrets
    identity.age           the X25519 identity, age-encrypted with the passphrase (scrypt)
    identity.recovery.age  the same identity, encrypted to the recovery key (optional)
    entries/<id>.age       one entry each
    drafts/<id>.age        interrupted sessions
    index.age              encrypted, rebuildable cache with the authenticated manifest
    devices.age            the person's devices and their writer keys (authenticated)

Writing needs only the public recipient; reading needs the unlocked identity. The recipient a
locked write goes to is the one this device pinned (``reflect.vault.device``), never whatever
vault.json says today: vault.json is in the folder, and anyone who can write there could
point new answers at their own key.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from reflect import paths
from reflect.errors import (
    DamagedError,
    Hint,
    NeedsUnlockError,
    NoVaultError,
    ReflectError,
    TamperedError,
    VaultLockedError,
)
from reflect.vault import age, files
from reflect.vault.device import NOT_PINNED, DeviceState
from reflect.vault.files import (
    FILE_MODE,
    atomic_write,
    ensure_private_dir,
    remove_durably,
    sweep_temp_files,
    write_lock,
)

# 2: entries and drafts carry a device seal, devices.age, the index carries a generation.
VAULT_FORMAT = 2
OLDEST_FORMAT = 1  # upgraded in place at the first unlock
META_NAME = "vault.json"
IDENTITY_NAME = "identity.age"
RECOVERY_NAME = "identity.recovery.age"
INDEX_NAME = "index.age"
MIN_PASSPHRASE_LENGTH = 8
# Small files reflect 0.1 wrote without a tag, and the purpose their tag has from format 2 on.
LEGACY_PRIVATE_FILES = {"redactions.age": "redactions"}

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

    def file_mac(self, purpose: str, payload: bytes) -> str:
        """A MAC for one kind of small file (devices, redactions, question sets): a key per
        purpose, so a tag made for one kind of file never vouches for another."""
        key = hmac.new(
            self._identity.secret.encode(),
            b"reflect file mac v1 " + purpose.encode(),
            hashlib.sha256,
        ).digest()
        return hmac.new(key, payload, hashlib.sha256).hexdigest()


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
    def __init__(self, home: Path, meta: VaultMeta, device: DeviceState) -> None:
        self.home = home
        self.meta = meta
        self.device = device
        self.meta_missing = False  # vault.json was gone; rebuilt from the pin at the next unlock
        self._swept = False

    # ---- locating and creating -------------------------------------------------------------

    @classmethod
    def open(cls, home: Path, state_root: Path | None = None) -> Vault:
        device = DeviceState.load(home, state_root or paths.state_root())
        if not (home / META_NAME).exists() and cls.has_contents(home):
            # Someone removed vault.json from a vault that exists: never treat it as new (init
            # would overwrite identity.age). This device's pin says what it held.
            pin = device.pin
            if pin is None:
                raise DamagedError(
                    f"{home / META_NAME} is missing, but the vault is there. Restore vault.json "
                    "from a backup or another of your devices; nothing was changed."
                )
            meta = VaultMeta(VAULT_FORMAT, pin.recipient, "", pin.recovery_recipient)
            vault = cls(home, meta, device)
            vault.meta_missing = True
            return vault
        return cls(home, cls._read_meta(home), device)

    @staticmethod
    def has_contents(home: Path) -> bool:
        """Whether ``home`` holds any part of a vault (then init must never write there)."""
        if any((home / name).exists() for name in (IDENTITY_NAME, RECOVERY_NAME, INDEX_NAME)):
            return True
        return any(
            (home / folder).is_dir() and any((home / folder).iterdir()) for folder in FOLDERS
        )

    @staticmethod
    def _read_meta(home: Path) -> VaultMeta:
        meta_path = home / META_NAME
        if not meta_path.exists():
            raise NoVaultError(f"No vault at {home} yet.", Hint.CREATE_VAULT)
        try:
            raw = json.loads(files.read_regular(meta_path))
            if type(raw["format"]) is not int:  # not a float, a bool or a string of digits
                raise TypeError("format is not an integer")
            fmt = raw["format"]
            recipient = str(raw["recipient"])
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise DamagedError(f"{meta_path} is damaged: it is not a valid vault.json.") from exc
        if fmt < OLDEST_FORMAT:
            raise DamagedError(f"{meta_path} is damaged: vault format {fmt} does not exist.")
        if fmt > VAULT_FORMAT:
            raise ReflectError(
                f"This vault was made by a newer reflect (vault format {fmt}; this one reads "
                f"{VAULT_FORMAT}). Upgrade reflect to open it; nothing was changed."
            )
        if not age.is_valid_recipient(recipient):
            raise DamagedError(f"{meta_path} is damaged: its recipient is not an age public key.")
        recovery = raw.get("recovery_recipient")
        return VaultMeta(
            format=fmt,
            recipient=recipient,
            created=str(raw.get("created", "")),
            recovery_recipient=str(recovery) if isinstance(recovery, str) else None,
        )

    @classmethod
    def exists(cls, home: Path) -> bool:
        return (home / META_NAME).exists()

    @classmethod
    def create(
        cls, home: Path, passphrase: str, *, recovery: bool = True, state_root: Path | None = None
    ) -> tuple[Vault, str | None]:
        """Create a vault and pin it on this device. Returns it and, if asked for, the
        recovery secret to show once."""
        from reflect.vault import devices

        passphrase = check_new_passphrase(passphrase)
        if cls.exists(home) or cls.has_contents(home):
            raise ReflectError(f"A vault already exists at {home}; nothing was changed.")
        ensure_private_dir(home)
        with write_lock(home):
            if cls.exists(home) or cls.has_contents(home):
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
            vault = cls(home, meta, DeviceState.load(home, state_root or paths.state_root()))
            vault.device.make_pin(home, identity.recipient, recovery_recipient)
            vault.device.saw_format(VAULT_FORMAT)
            devices.enrol_locked(vault, Keys(identity), recovery_recipient)
            # vault.json last: until it exists, there is no vault and init can be re-run.
            atomic_write(home / META_NAME, meta.to_json())
        return vault, recovery_secret

    # ---- keys ------------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> Keys:
        if not age.normalise_passphrase(passphrase):
            raise VaultLockedError("No passphrase was given, so the vault stays locked.")
        ciphertext = self._read_identity_file(IDENTITY_NAME)
        if not age.looks_like_age(ciphertext):
            raise DamagedError(
                f"{self.home / IDENTITY_NAME} is damaged: it is not an age file. Restore it from "
                "a backup, or use your recovery key."
            )
        try:
            plaintext = age.decrypt_with_passphrase(ciphertext, passphrase)
        except age.AgeError:
            raise VaultLockedError("Wrong passphrase: the vault stays locked.") from None
        return self._proven(self._parse_identity(plaintext, IDENTITY_NAME), IDENTITY_NAME)

    def unlock_with_recovery_key(self, recovery_secret: str) -> Keys:
        if not (self.home / RECOVERY_NAME).exists():
            raise ReflectError(
                "This vault has no recovery key (it was created with --no-recovery-key)."
            )
        try:
            recovery_identity = age.Identity.parse(recovery_secret)
        except age.AgeError:
            if age.SECRET_PREFIX in recovery_secret.upper():
                raise VaultLockedError(
                    "That recovery key is not valid: a character is missing or mistyped. "
                    "Copy it again exactly as it was shown (one line, no spaces)."
                ) from None
            raise VaultLockedError(
                f"That is not a recovery key: a recovery key is one line starting with "
                f"{age.SECRET_PREFIX}."
            ) from None
        ciphertext = self._read_identity_file(RECOVERY_NAME)
        try:
            plaintext = recovery_identity.decrypt(ciphertext)
        except age.AgeError:
            raise VaultLockedError("That recovery key does not open this vault.") from None
        # Checked against the pin before anything is re-encrypted: a replaced
        # identity.recovery.age could otherwise hand the vault to someone else's key for good.
        return self._proven(self._parse_identity(plaintext, RECOVERY_NAME), RECOVERY_NAME)

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
            return files.read_regular(path)
        except FileNotFoundError:
            hint = (
                " Run `reflect vault recover` with your recovery key to make a new one."
                if name == IDENTITY_NAME and (self.home / RECOVERY_NAME).exists()
                else " Restore it from a backup."
            )
            raise DamagedError(
                f"{path} is missing, so the vault cannot be unlocked.{hint}"
            ) from None

    def _parse_identity(self, plaintext: bytes, name: str) -> age.Identity:
        try:
            return age.Identity.parse(plaintext.decode("utf-8"))
        except (age.AgeError, UnicodeDecodeError):
            raise DamagedError(
                f"{self.home / name} is damaged: it holds no age identity."
            ) from None

    def _proven(self, identity: age.Identity, name: str) -> Keys:
        """The identity, if it is this vault's: the one this device pinned or, on a device
        that has no pin yet, the one vault.json names."""
        pin = self.device.pin
        expected = pin.recipient if pin is not None else self.meta.recipient
        if identity.recipient != expected:
            whose = "this device knows for this vault" if pin else "vault.json names"
            raise DamagedError(
                f"{self.home / name} holds a key that is not the one {whose}: it was replaced, "
                "so it was not used and nothing was changed."
            )
        return Keys(identity)

    # ---- the pin: what this device trusts -----------------------------------------------------

    @property
    def write_recipient(self) -> str:
        """Where a locked write goes: the pinned recipient, whatever vault.json says."""
        if self.device.pin is None:
            raise NeedsUnlockError(NOT_PINNED)
        return self.device.pin.recipient

    @property
    def recipient_mismatch(self) -> bool:
        """vault.json names another key than the pin (it was changed in the folder)."""
        pin = self.device.pin
        return pin is not None and pin.recipient != self.meta.recipient

    def settle(self, keys: Keys, recovery_recipient: str | None) -> str | None:
        """After an unlock: pin the proven key on a device that had no pin, and repair
        vault.json if it is gone or names another key. Returns what was repaired, if anything:
        "missing" or "mismatch"."""
        if self.device.pin is None:
            self.device.make_pin(self.home, keys.identity.recipient, recovery_recipient)
        pin = self.device.pin
        assert pin is not None
        if self.meta_missing:
            repaired = "missing"
        elif self.meta.recipient != pin.recipient or (
            pin.recovery_recipient is not None
            and self.meta.recovery_recipient != pin.recovery_recipient
        ):
            repaired = "mismatch"
        else:
            return None
        self.meta_missing = False
        self.write_meta(replace(self.meta, recipient=pin.recipient,
                                recovery_recipient=pin.recovery_recipient))  # fmt: skip
        return repaired

    def write_meta(self, meta: VaultMeta) -> None:
        with self.locked():
            atomic_write(self.home / META_NAME, meta.to_json())
        self.meta = meta

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
                            if not item.is_file(follow_symlinks=False):
                                continue  # a link, a pipe or a folder is no entry: never opened
                            found[name[:-4]] = item.stat(follow_symlinks=False)
                        except FileNotFoundError:  # removed while we listed
                            continue
        except FileNotFoundError:
            pass
        return found

    def write(self, folder: Folder, entry_id: str, plaintext: bytes) -> bytes:
        """Encrypt to the pinned recipient and save atomically; needs no passphrase.

        Takes no lock: each file is replaced whole by a rename, so it needs none, and a
        session's answer must never wait on (or be lost to) another process holding the
        lock to rewrite the index. Returns the ciphertext, for the manifest.
        """
        ciphertext = age.encrypt_to([self.write_recipient], plaintext)
        ensure_private_dir(self.home / folder)
        atomic_write(self.path_for(folder, entry_id), ciphertext)
        return ciphertext

    def read_ciphertext(self, folder: Folder, entry_id: str) -> bytes:
        return files.read_regular(self.path_for(folder, entry_id))

    def remove(self, folder: Folder, entry_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            remove_durably(self.path_for(folder, entry_id))

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writers' lock. The first time in a process, clear temp files a crashed
        writer left behind (only old ones: a live writer of a draft holds no lock)."""
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
            ciphertext = files.read_regular(self.home / INDEX_NAME)
            plaintext = keys.decrypt(ciphertext)
        except (OSError, age.AgeError):
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
        atomic_write(self.home / INDEX_NAME, age.encrypt_to([keys.identity.recipient], sealed))

    # ---- small authenticated files (devices, the always-redact list, question sets) ----------

    def write_authenticated(self, keys: Keys, name: str, purpose: str, payload: bytes) -> None:
        with self.locked():
            self.write_authenticated_locked(keys, name, purpose, payload)

    def write_authenticated_locked(
        self, keys: Keys, name: str, purpose: str, payload: bytes
    ) -> None:
        """Encrypted to the vault and tagged with a MAC keyed from its identity: anyone can
        encrypt to the public key, only the unlocked vault can make the tag."""
        tag = keys.file_mac(purpose, payload).encode("ascii")
        ciphertext = age.encrypt_to([keys.identity.recipient], tag + b"\n" + payload)
        ensure_private_dir((self.home / name).parent)
        atomic_write(self.home / name, ciphertext)

    def read_authenticated(self, keys: Keys, name: str, purpose: str) -> bytes | None:
        """The payload, None if the file does not exist, TamperedError if it fails its check."""
        try:
            ciphertext = files.read_regular(self.home / name)
        except FileNotFoundError:
            return None
        except OSError:
            raise TamperedError(f"{self.home / name} is not a file, so it was not used.") from None
        try:
            plaintext = keys.decrypt(ciphertext)
        except age.AgeError:
            raise TamperedError(
                f"{self.home / name} cannot be decrypted with this vault's key, so it was not used."
            ) from None
        tag, newline, payload = plaintext.partition(b"\n")
        if not newline or not hmac.compare_digest(
            keys.file_mac(purpose, payload).encode("ascii"), tag
        ):
            raise TamperedError(
                f"{self.home / name} failed its check: it was not written by this vault, "
                "so it was not used."
            )
        return payload

    # ---- small private files written by reflect 0.1 (no tag) --------------------------------

    def write_private(self, name: str, plaintext: bytes) -> None:
        ciphertext = age.encrypt_to([self.write_recipient], plaintext)
        with self.locked():
            atomic_write(self.home / name, ciphertext)

    def read_private(self, keys: Keys, name: str) -> bytes | None:
        try:
            ciphertext = files.read_regular(self.home / name)
        except FileNotFoundError:
            return None
        except OSError:
            raise DamagedError(f"{self.home / name} is not a file.") from None
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
