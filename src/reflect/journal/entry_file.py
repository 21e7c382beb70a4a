"""One entry or draft file: decrypted, decoded and checked against its name, or the damage it
has. Every read of an entry file goes through :func:`open_entry`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from reflect.errors import DamagedError
from reflect.models import Entry
from reflect.vault import Folder, Keys, Vault
from reflect.vault.age import AgeError


class EntryDamage(DamagedError):
    """An entry or draft file that cannot be used; ``reason`` words it for a list of damage."""

    reason = "does not hold a valid entry"


class InvalidEntry(EntryDamage):
    """The file decrypts, but not to an entry."""


class SwappedEntry(EntryDamage):
    """An entry file holds another entry than its name says."""

    reason = "swapped: it holds a different entry"


class UndecryptableEntry(EntryDamage):
    """The file is truncated, altered, or not encrypted to this vault."""

    reason = "cannot be decrypted (truncated, altered, or not encrypted to this vault)"


def location(folder: Folder, entry_id: str) -> str:
    """Where an entry or draft file is, as messages and reports name it."""
    return f"{folder}/{entry_id}.age"


@dataclass(frozen=True)
class Damage:
    folder: Folder
    entry_id: str
    reason: str

    @property
    def location(self) -> str:
        return location(self.folder, self.entry_id)

    @classmethod
    def of(cls, folder: Folder, entry_id: str, error: EntryDamage) -> Damage:
        return cls(folder, entry_id, error.reason)


def entry_sha256(ciphertext: bytes) -> str:
    return hashlib.sha256(ciphertext).hexdigest()


def decode_entry(plaintext: bytes, expected_id: str) -> Entry:
    """Parse an entry and check it is the one its file name says (a swapped file is damage)."""
    try:
        entry = Entry.model_validate_json(plaintext)
    except ValueError as exc:
        raise InvalidEntry(f"entry {expected_id} does not hold a valid entry") from exc
    if entry.id != expected_id:
        raise SwappedEntry(f"file {expected_id}.age holds entry {entry.id}: it was swapped")
    return entry


def open_entry(keys: Keys, folder: Folder, entry_id: str, ciphertext: bytes) -> Entry:
    """Decrypt and decode one file's bytes; an :class:`EntryDamage` says what is wrong."""
    try:
        plaintext = keys.decrypt(ciphertext)
    except AgeError:
        raise UndecryptableEntry(f"{folder}/{entry_id}.age {UndecryptableEntry.reason}.") from None
    return decode_entry(plaintext, entry_id)


def read_entry(vault: Vault, keys: Keys, folder: Folder, entry_id: str) -> Entry:
    """Read, decrypt and decode one file (FileNotFoundError if it is gone)."""
    return open_entry(keys, folder, entry_id, vault.read_ciphertext(folder, entry_id))
