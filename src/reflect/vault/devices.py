"""``devices.age``: the person's devices and their writer keys.

A seal is only as good as the list of keys it is checked against, so the list is encrypted to
the vault (the keys are secret) and tagged with a MAC keyed from the vault's identity (anyone
can encrypt to the public key; only the unlocked vault can make the tag). The first unlock on a
device adds it: typing the passphrase there is the authorisation. The list also carries the
recovery recipient, so a second device can pin it from an authenticated source rather than
from vault.json.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reflect.errors import TamperedError

if TYPE_CHECKING:
    from reflect.vault.core import Keys, Vault

FILE_NAME = "devices.age"
PURPOSE = "devices"
FORMAT = 1


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    key: bytes
    added: str


@dataclass
class DeviceList:
    devices: list[Device] = field(default_factory=list)
    recovery_recipient: str | None = None
    removed: list[str] = field(default_factory=list)  # ids of devices taken off the list

    def keys_by_id(self) -> dict[str, bytes]:
        return {d.id: d.key for d in self.devices}

    def find(self, device_id: str) -> Device | None:
        return next((d for d in self.devices if d.id == device_id), None)

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "recovery_recipient": self.recovery_recipient,
                "removed": self.removed,
                "devices": [
                    {"id": d.id, "name": d.name, "key": d.key.hex(), "added": d.added}
                    for d in self.devices
                ],
            },
            indent=1,
        ).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> DeviceList:
        data = json.loads(raw)
        devices = [
            Device(str(d["id"]), str(d["name"]), bytes.fromhex(d["key"]), str(d["added"]))
            for d in data["devices"]
        ]
        recovery = data.get("recovery_recipient")
        removed = [str(i) for i in data.get("removed", [])]
        return cls(devices, str(recovery) if isinstance(recovery, str) else None, removed)


def read(vault: Vault, keys: Keys) -> DeviceList | None:
    """The list, or None if there is none yet. TamperedError if it fails its check."""
    raw = vault.read_authenticated(keys, FILE_NAME, PURPOSE)
    if raw is None:
        return None
    try:
        return DeviceList.from_bytes(raw)
    except (ValueError, KeyError, TypeError) as exc:
        raise TamperedError(f"{vault.home / FILE_NAME} does not hold a list of devices.") from exc


def this_device(vault: Vault) -> Device:
    pin = vault.device.pin
    assert pin is not None, "pin the vault before listing this device"
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    return Device(pin.device_id, pin.device_name, vault.device.key, now)


def enrol_locked(vault: Vault, keys: Keys, recovery_recipient: str | None) -> DeviceList:
    """Start the list with this device (at init; the caller holds the lock)."""
    listing = DeviceList([this_device(vault)], recovery_recipient)
    vault.write_authenticated_locked(keys, FILE_NAME, PURPOSE, listing.to_bytes())
    return listing


def save(vault: Vault, keys: Keys, listing: DeviceList) -> None:
    vault.write_authenticated(keys, FILE_NAME, PURPOSE, listing.to_bytes())
