"""Upgrading a format-1 vault (reflect 0.1) in place, at its first unlock.

reflect 0.1 sealed nothing: its authenticated manifest is what vouches for its entries. An
entry it vouched for whose file has not changed since gains this device's seal (its answers
are not touched); any other stays unverified.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.errors import DamagedError, TamperedError
from reflect.journal.seals import sealed
from reflect.vault import Keys, Vault
from reflect.vault.core import LEGACY_PRIVATE_FILES

if TYPE_CHECKING:
    from reflect.journal.store import OpenJournal


def seal_vouched_entries(journal: OpenJournal) -> int:
    """Seal the entries reflect 0.1's manifest vouched for (their files unchanged since);
    any others stay unverified. Answers are not touched: the same entry gains a seal."""
    count = 0
    for entry_id in sorted(journal.legacy_vouched):
        row = journal.rows.get(entry_id)
        if row is None or row.sealed_by is not None:
            continue
        entry = journal.read_entry("entries", entry_id)
        journal.write_row(sealed(entry, journal.vault.device))
        count += 1
    journal.legacy_vouched.clear()
    journal.needs_saving = True
    return count


def upgrade_private_files(vault: Vault, keys: Keys) -> None:
    """reflect 0.1 wrote the always-redact list without a tag: add one (trusting it as it
    was at the upgrade; there was nothing to check it against)."""
    for name, purpose in LEGACY_PRIVATE_FILES.items():
        try:
            vault.read_authenticated(keys, name, purpose)
            continue  # already tagged (an upgrade run again): leave it as it is
        except TamperedError:
            pass
        try:
            raw = vault.read_private(keys, name)
        except DamagedError:
            continue  # reported when it is next used
        if raw is not None:
            vault.write_authenticated(keys, name, purpose, raw)
