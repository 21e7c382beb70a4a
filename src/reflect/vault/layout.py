"""The vault folder's layout: its file names, its formats and vault.json.

Layout (documented for users in the README; a contract):

    vault.json             {"format": 1, "recipient": "age1...", ...}   no secrets
    identity.age           the X25519 identity, age-encrypted with the passphrase (scrypt)
    identity.recovery.age  the same identity, encrypted to the recovery key (optional)
    entries/<id>.age       one entry each
    drafts/<id>.age        interrupted sessions
    index.age              encrypted, rebuildable cache with the authenticated manifest
    devices.age            the person's devices and their writer keys (authenticated)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reflect.errors import DamagedError, Hint, NoVaultError, ReflectError
from reflect.vault import age, files

# 2: entries and drafts carry a device seal, devices.age, the index carries a generation.
VAULT_FORMAT = 2
OLDEST_FORMAT = 1  # upgraded in place at the first unlock
META_NAME = "vault.json"
IDENTITY_NAME = "identity.age"
RECOVERY_NAME = "identity.recovery.age"
INDEX_NAME = "index.age"
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


def has_contents(home: Path) -> bool:
    """Whether ``home`` holds any part of a vault (then init must never write there)."""
    if any((home / name).exists() for name in (IDENTITY_NAME, RECOVERY_NAME, INDEX_NAME)):
        return True
    return any((home / folder).is_dir() and any((home / folder).iterdir()) for folder in FOLDERS)


def read_meta(home: Path) -> VaultMeta:
    """vault.json, checked: NoVaultError if there is none, DamagedError if it is not valid."""
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
