"""Trust at an unlock: which devices are the person's, what this device saw before, and a
vault.json turned back. Each step reads and repairs the open journal's state and adds what the
person must know to the unlock's report.

The index can be forked and devices.age put back, so none of this rests on the vault folder
alone: this device remembers the entries it saw, the deletions, the removed devices and the
newest format (``reflect.vault.device``), and every step checks the folder against that.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from reflect.errors import ReflectError, TamperedError, UsageError
from reflect.journal.report import UnlockReport
from reflect.journal.seals import sealed
from reflect.vault import devices
from reflect.vault.core import VAULT_FORMAT

if TYPE_CHECKING:
    from reflect.journal.store import OpenJournal


def read_devices(journal: OpenJournal, report: UnlockReport) -> devices.DeviceList | None:
    """The authenticated list of devices, or None (gone, or failed its check: reported)."""
    vault = journal.vault
    try:
        listing = devices.read(vault, journal.keys)
    except TamperedError as exc:
        report.tampered.append(exc.message)
        return None
    if listing is None and vault.meta.format >= VAULT_FORMAT:
        report.tampered.append(
            f"{vault.home / devices.FILE_NAME} is missing, so only this device's "
            "entries could be verified; it was made again."
        )
    return listing


def refuse_a_downgrade(journal: OpenJournal, report: UnlockReport) -> None:
    """A vault.json turned back to format 1 on a vault this device saw upgraded would re-run
    the upgrade, which trusts what it finds: repair it instead, and say so."""
    vault = journal.vault
    pin = vault.device.pin
    if pin is None or vault.meta.format >= pin.vault_format:
        return
    report.tampered.append(
        "vault.json said this vault was never upgraded, but this device saw it upgraded: "
        "it was repaired, and nothing was upgraded again."
    )
    vault.write_meta(replace(vault.meta, format=pin.vault_format))


def enrol_this_device(
    journal: OpenJournal, listing: devices.DeviceList | None, report: UnlockReport
) -> None:
    """Make sure this device is listed (the passphrase it was unlocked with is the
    authorisation), and collect every listed device's key for checking seals."""
    vault = journal.vault
    me = devices.this_device(vault)
    if listing is None:
        pin = vault.device.pin
        listing = devices.DeviceList([], pin.recovery_recipient if pin else None)
    # A removed device stays removed, even if an old copy of devices.age is put back: its
    # removal is on record in the list and on every device that saw it.
    removed = set(listing.removed) | vault.device.removed_devices()
    back = [d for d in listing.devices if d.id in removed]
    for device in back:
        report.tampered.append(
            f"devices.age listed {clean_name(device.name)} again, a device you removed: it "
            "was left out, and what it writes stays unverified."
        )
    listing.devices = [d for d in listing.devices if d.id not in removed]
    listing.removed = sorted(removed)
    known = listing.find(me.id)
    if known is None or known.key != me.key or back:
        listing.devices = [d for d in listing.devices if d.id != me.id] + [me]
        devices.save(vault, journal.keys, listing)
        if known is None and len(listing.devices) > 1:
            report.new_device = me.name
    vault.device.remember_removed(removed)
    journal.devices = listing
    journal.device_keys = listing.keys_by_id()


def compare_with_what_this_device_saw(journal: OpenJournal, report: UnlockReport) -> None:
    """The index can be forked: an old copy put back, then written on by another device until
    its generation is high again. So this device also remembers which entries it saw (and
    how new each was) and which were deleted: an entry it saw that is gone without a
    deletion on record, or older than it saw, is named; a deleted one back on disk is
    unverified until the person trusts it again."""
    seen, deleted = journal.vault.device.load_seen()
    journal.tombstones |= deleted
    accounted = set(report.vanished) | {d.entry_id for d in report.damaged}
    accounted |= set(journal.rows) | journal.tombstones
    report.vanished += [entry_id for entry_id in sorted(seen) if entry_id not in accounted]
    rolled_back = {r["id"] for r in report.rolled_back}
    for row in journal.rows.values():
        if row.id in journal.tombstones:
            row.sealed_by = None  # deleted, and back: not trusted again without asking
            journal.needs_saving = True
        elif (
            row.id in seen
            and row.id not in rolled_back
            and row.changed_at < datetime.fromisoformat(seen[row.id])
        ):
            report.rolled_back.append(row.summary())
    if seen != what_this_device_sees(journal):
        remember_what_this_device_saw(journal)


def what_this_device_sees(journal: OpenJournal) -> dict[str, str]:
    return {row.id: row.updated or row.created for row in journal.rows.values()}


def remember_what_this_device_saw(journal: OpenJournal) -> None:
    journal.vault.device.save_seen(what_this_device_sees(journal), journal.tombstones)


def remove_device(journal: OpenJournal, device_id: str) -> int:
    """Take a device off the list; what it wrote until now stays verified (resealed here),
    what it writes afterwards is unverified."""
    vault = journal.vault
    pin = vault.device.pin
    if pin is not None and device_id == pin.device_id:
        raise UsageError("That is this device; remove it from another of your devices.")
    if journal.devices.find(device_id) is None:
        raise ReflectError(f"No device {device_id} is listed.")
    count = _reseal_from(journal, device_id)
    journal.devices.devices = [d for d in journal.devices.devices if d.id != device_id]
    journal.devices.removed = sorted({*journal.devices.removed, device_id})
    devices.save(vault, journal.keys, journal.devices)
    vault.device.remember_removed({device_id})
    journal.device_keys = journal.devices.keys_by_id()
    return count


def _reseal_from(journal: OpenJournal, device_id: str) -> int:
    """Seal with this device's key every entry and draft another device sealed (before
    that device is removed from the list, so what it wrote stays verified)."""
    from reflect.journal.sync import save_index_locked  # sync imports this module

    this_device = journal.vault.device
    count = 0
    with journal.vault.locked():
        journal.refresh_locked()
        for row in list(journal.rows.values()):
            if row.sealed_by == device_id:
                journal.write_row(sealed(journal.read_entry("entries", row.id), this_device))
                count += 1
        save_index_locked(journal)
    for draft, verified in journal.draft_states():
        if verified and draft.seal is not None and draft.seal.device == device_id:
            journal.seal_draft(draft)
            count += 1
    return count


def listed_devices(journal: OpenJournal) -> list[dict[str, str | bool]]:
    """The person's devices as `vault devices` lists them: id, name, added, and which one
    is this device."""
    pin = journal.vault.device.pin
    return [
        {
            "id": d.id,
            "name": d.name,
            "added": d.added,
            "this": pin is not None and d.id == pin.device_id,
        }
        for d in journal.devices.devices
    ]


def clean_name(name: str) -> str:
    """A device name for a message (it came from a file; the UI cleans again, this is cheap)."""
    return " ".join("".join(c for c in name if c.isprintable()).split())
