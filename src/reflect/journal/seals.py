"""Seals: how an entry or draft shows which of the person's devices wrote it.

Anyone who can read the vault's public key can encrypt a file to it, so age alone cannot say
who wrote an entry. Each device keeps a writer key outside the vault folder
(``reflect.vault.device``) and lists it in the authenticated ``devices.age``; every entry and
draft it writes carries ``"seal": {"device": ID, "mac": HEX}``, an HMAC-SHA256 with that key
over the entry's canonical JSON without the seal. An entry whose seal is missing, or does not
verify with a listed device's key, was not written by the person: it is unverified until they
trust it (which seals it with this device's key) or delete it.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from reflect.models import Entry, Seal
from reflect.vault import Folder
from reflect.vault.device import DeviceState, seal_mac


def _covered(entry: Entry, folder: Folder) -> bytes:
    """What the seal covers: the folder (a draft copied into entries/ is no entry) and the
    entry's canonical JSON without the seal, its id included."""
    return folder.encode() + b"\n" + entry.canonical_bytes()


def sealed(entry: Entry, device: DeviceState, folder: Folder = "entries") -> Entry:
    """The entry with this device's seal over its current content."""
    device_id, mac = device.seal(_covered(entry, folder))
    return entry.model_copy(update={"seal": Seal(device=device_id, mac=mac)})


def sealed_json(entry: Entry, device: DeviceState, folder: Folder = "entries") -> bytes:
    return sealed(entry, device, folder).to_json_bytes()


def verified_by(
    entry: Entry, device_keys: Mapping[str, bytes], folder: Folder = "entries"
) -> str | None:
    """The id of the listed device whose seal this entry carries, or None if it has none
    that verifies (planted, altered, moved from drafts/, or from a removed device)."""
    seal = entry.seal
    if seal is None:
        return None
    key = device_keys.get(seal.device)
    if key is None:
        return None
    expected = seal_mac(key, _covered(entry, folder))
    return seal.device if hmac.compare_digest(expected, seal.mac) else None
