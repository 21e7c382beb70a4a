"""What this device trusts about a vault, kept outside the vault folder.

The vault folder may be a sync folder, a backup or a shared disk: whoever can write to it can
change ``vault.json``, plant an entry or put an old copy back. So the facts the program relies
on live here, in one folder per vault under the state folder (``REFLECT_STATE_DIR``, else the
platform's user state dir):

- ``pin.json``: the vault's recipient and recovery recipient as first proven on this device
  (at ``vault init``, or at the first unlock here, once the passphrase has opened an identity
  whose recipient they are), this device's id and name, and the newest index generation this
  device has seen. Nothing secret.
- ``device.key``: this device's writer key, 32 random bytes. Every entry and draft written
  here carries a seal made with it, which is how a planted file is told from the person's own.

The folder for a vault is named by a hash of the vault folder's absolute path, so a vault moved
to a new path is, to this device, a vault it has not seen: it is unlocked before anything is
written to it, and the pin is made again from the proven identity.

Malware running as the person can read and change all of this; that is outside the threat
model (docs/trust.md), as it can read the screen too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from reflect.errors import DamagedError, NeedsUnlockError
from reflect.vault.files import atomic_write, ensure_private_dir

PIN_NAME = "pin.json"
SEEN_NAME = "seen.json"
REMOVED_NAME = "removed.json"  # devices this device knows were removed (old lists stay refused)  # which entries this device saw, how new, and which were deleted
KEY_NAME = "device.key"
KEY_BYTES = 32
SEAL_CONTEXT = b"reflect entry seal v1\n"
NOT_PINNED = (
    "This device has not unlocked this vault before, so it cannot yet be sure of the vault's "
    "key. Unlock it once with your passphrase; nothing was written."
)


@dataclass(frozen=True)
class Pin:
    recipient: str
    recovery_recipient: str | None
    device_id: str
    device_name: str
    home: str
    generation: int = 0  # the newest index generation this device has seen
    pinned: str = ""  # when the pin was made (ISO 8601)
    vault_format: int = 0  # the newest vault format this device has seen (no going back)


def seal_mac(key: bytes, payload: bytes) -> str:
    """The seal over an entry's canonical JSON: HMAC-SHA256 keyed with a device's writer key."""
    return hmac.new(key, SEAL_CONTEXT + payload, hashlib.sha256).hexdigest()


def folder_for(home: Path, root: Path) -> Path:
    """This device's state folder for the vault at ``home``."""
    digest = hashlib.sha256(str(home.expanduser().absolute()).encode("utf-8")).hexdigest()
    return root / "vaults" / digest[:24]


def default_device_name() -> str:
    return socket.gethostname().split(".")[0] or "this device"


class DeviceState:
    """The pin and the writer key for one vault on this device (either may not exist yet)."""

    def __init__(self, folder: Path, pin: Pin | None, key: bytes | None) -> None:
        self.folder = folder
        self.pin = pin
        self._key = key

    @classmethod
    def load(cls, home: Path, root: Path) -> DeviceState:
        folder = folder_for(home, root)
        pin = _read_pin(folder / PIN_NAME)
        key = _read_key(folder / KEY_NAME) if pin is not None else None
        if pin is not None and key is None:  # a pin without its key is no pin at all
            pin = None
        return cls(folder, pin, key)

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise NeedsUnlockError(NOT_PINNED)
        return self._key

    @property
    def device_id(self) -> str:
        if self.pin is None:
            raise NeedsUnlockError(NOT_PINNED)
        return self.pin.device_id

    def make_pin(self, home: Path, recipient: str, recovery_recipient: str | None) -> Pin:
        """Pin a proven recipient. Keeps this device's id and key if it had them."""
        ensure_private_dir(self.folder)
        if self._key is None:
            self._key = _read_key(self.folder / KEY_NAME)
        if self._key is None:
            self._key = secrets.token_bytes(KEY_BYTES)
            atomic_write(self.folder / KEY_NAME, self._key)
        old = self.pin
        pin = Pin(
            recipient=recipient,
            recovery_recipient=recovery_recipient,
            device_id=old.device_id if old else secrets.token_hex(8),
            device_name=old.device_name if old else default_device_name(),
            home=str(home.expanduser().absolute()),
            generation=old.generation if old and old.recipient == recipient else 0,
            vault_format=old.vault_format if old else 0,
            pinned=datetime.now(UTC).replace(microsecond=0).isoformat(),
        )
        self._save(pin)
        return pin

    def saw_generation(self, generation: int) -> None:
        if self.pin is not None and generation > self.pin.generation:
            self._save(replace(self.pin, generation=generation))

    def saw_format(self, vault_format: int) -> None:
        if self.pin is not None and vault_format > self.pin.vault_format:
            self._save(replace(self.pin, vault_format=vault_format))

    def seal(self, payload: bytes) -> tuple[str, str]:
        """(device id, mac) for an entry's canonical JSON."""
        return self.device_id, seal_mac(self.key, payload)

    def removed_devices(self) -> set[str]:
        try:
            raw = json.loads((self.folder / REMOVED_NAME).read_bytes())
            return {str(i) for i in raw}
        except (FileNotFoundError, ValueError, TypeError):
            return set()

    def remember_removed(self, device_ids: set[str]) -> None:
        known = self.removed_devices()
        if self.pin is None or device_ids <= known:
            return
        ensure_private_dir(self.folder)
        atomic_write(self.folder / REMOVED_NAME, json.dumps(sorted(known | device_ids)).encode())

    def load_seen(self) -> tuple[dict[str, str], set[str]]:
        """(entry id -> its newest updated/created stamp seen here, ids deleted)."""
        try:
            raw = json.loads((self.folder / SEEN_NAME).read_bytes())
            entries = {str(k): str(v) for k, v in raw["entries"].items()}
            return entries, {str(i) for i in raw["deleted"]}
        except FileNotFoundError:
            return {}, set()
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}, set()  # damaged by hand: start remembering again (no false alarm)

    def save_seen(self, entries: dict[str, str], deleted: set[str]) -> None:
        if self.pin is None:
            return
        payload = {"entries": entries, "deleted": sorted(deleted)}
        ensure_private_dir(self.folder)
        atomic_write(self.folder / SEEN_NAME, json.dumps(payload, separators=(",", ":")).encode())

    def _save(self, pin: Pin) -> None:
        ensure_private_dir(self.folder)
        atomic_write(self.folder / PIN_NAME, (json.dumps(asdict(pin), indent=2) + "\n").encode())
        self.pin = pin


def _read_pin(path: Path) -> Pin | None:
    try:
        raw = json.loads(path.read_bytes())
        return Pin(
            recipient=str(raw["recipient"]),
            recovery_recipient=raw.get("recovery_recipient"),
            device_id=str(raw["device_id"]),
            device_name=str(raw.get("device_name") or "this device"),
            home=str(raw.get("home", "")),
            generation=int(raw.get("generation", 0)),
            pinned=str(raw.get("pinned", "")),
            vault_format=int(raw.get("vault_format", 0)),
        )
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        raise DamagedError(
            f"This device's record of the vault ({path}) is damaged. Move it aside; the next "
            "unlock makes a new one from your passphrase."
        ) from exc


def _read_key(path: Path) -> bytes | None:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(key) != KEY_BYTES:
        raise DamagedError(
            f"This device's writer key ({path}) is damaged. Move its folder aside; the next "
            "unlock makes a new one from your passphrase."
        )
    return key
