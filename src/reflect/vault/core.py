"""The vault: finding, creating and unlocking it, and repairing vault.json from the pin.

The folder's layout is in ``layout``; its encrypted files in ``folder`` (a :class:`Vault` is a
``VaultFolder``); the unlocked keys in ``keys``. The names other modules import from here stay
here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from reflect import paths
from reflect.errors import DamagedError, Hint, ReflectError, VaultLockedError
from reflect.vault import age, files
from reflect.vault.device import DeviceState
from reflect.vault.files import FILE_MODE, atomic_write, ensure_private_dir, write_lock
from reflect.vault.folder import VaultFolder
from reflect.vault.keys import MIN_PASSPHRASE_LENGTH, Keys, check_new_passphrase
from reflect.vault.layout import (
    FOLDERS,
    IDENTITY_NAME,
    INDEX_NAME,
    LEGACY_PRIVATE_FILES,
    META_NAME,
    OLDEST_FORMAT,
    RECOVERY_NAME,
    VAULT_FORMAT,
    Folder,
    VaultMeta,
    has_contents,
    read_meta,
)


class Vault(VaultFolder):
    # ---- locating and creating -------------------------------------------------------------

    @classmethod
    def open(cls, home: Path, state_root: Path | None = None) -> Vault:
        device = DeviceState.load(home, state_root or paths.state_root())
        if not (home / META_NAME).exists() and has_contents(home):
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
        return cls(home, read_meta(home), device)

    @classmethod
    def exists(cls, home: Path) -> bool:
        return (home / META_NAME).exists()

    @classmethod
    def refuse_to_overwrite(cls, home: Path) -> None:
        """Refuse to create a vault where any part of one is (init must never write there)."""
        if cls.exists(home) or has_contents(home):
            raise ReflectError(f"A vault already exists at {home}; nothing was changed.")

    @classmethod
    def create(
        cls, home: Path, passphrase: str, *, recovery: bool = True, state_root: Path | None = None
    ) -> tuple[Vault, str | None]:
        """Create a vault and pin it on this device. Returns it and, if asked for, the
        recovery secret to show once."""
        from reflect.vault import devices

        passphrase = check_new_passphrase(passphrase)
        cls.refuse_to_overwrite(home)
        ensure_private_dir(home)
        with write_lock(home):
            cls.refuse_to_overwrite(home)  # again, now that no other init can be half-way
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
            missing = f"{path} is missing, so the vault cannot be unlocked."
            if name == IDENTITY_NAME and (self.home / RECOVERY_NAME).exists():
                raise DamagedError(missing, Hint.RECOVER_VAULT) from None
            raise DamagedError(f"{missing} Restore it from a backup.") from None

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

    # ---- describing -----------------------------------------------------------------------

    def describe(self) -> dict[str, object]:
        """Where the vault is and what it holds, as `vault info` lists it (no secrets; the
        keys are the `--json` contract)."""
        pin = self.device.pin
        return {
            "location": str(self.home),
            "format": self.meta.format,
            "created": self.meta.created,
            "entries": self.file_count("entries"),
            "drafts": self.file_count("drafts"),
            "recovery_key": (self.home / RECOVERY_NAME).exists(),
            "public_key": self.meta.recipient,
            "private_permissions": not self.insecure_permissions(),
            # What this device trusts (kept outside the vault folder; see the README).
            "this_device": pin.device_name if pin else None,
            "pinned_key_matches": (not self.recipient_mismatch) if pin else None,
            "device_state": str(self.device.folder),
        }

    # ---- after an unlock ---------------------------------------------------------------------

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


__all__ = [
    "FILE_MODE",
    "FOLDERS",
    "IDENTITY_NAME",
    "INDEX_NAME",
    "LEGACY_PRIVATE_FILES",
    "META_NAME",
    "MIN_PASSPHRASE_LENGTH",
    "OLDEST_FORMAT",
    "RECOVERY_NAME",
    "VAULT_FORMAT",
    "Folder",
    "Keys",
    "Vault",
    "VaultMeta",
    "check_new_passphrase",
]
