"""The index against the files: load it, write it, and reconcile it with the entries on disk.

The index is only ever a cache: a file whose size, times and inode are what the manifest
recorded is not read again (replacing a file always changes its ctime, which only root can set
back); any other file is hashed, and decrypted (and its seal checked) if its hash is not the
recorded one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from reflect.journal.entry_file import Damage, EntryDamage, entry_sha256, location, open_entry
from reflect.journal.index import encode_index, parse_index
from reflect.journal.report import UnlockReport, unverified_record
from reflect.journal.rows import Row, is_older, stat_key
from reflect.journal.seals import verified_by
from reflect.journal.trust import remember_what_this_device_saw

if TYPE_CHECKING:
    from reflect.journal.store import OpenJournal

IndexStatus = Literal["ok", "missing", "corrupt", "old"]
UNKNOWN_STAT = (-1, -1, -1, -1)  # matches no file: the next reconcile reads it again


def load_index(journal: OpenJournal) -> IndexStatus:
    """Load the index into the journal's rows; how it went."""
    vault = journal.vault
    if not vault.index_exists():
        return "missing"
    payload = vault.read_index(journal.keys)
    if payload is None:
        return "corrupt"
    loaded = parse_index(payload, vault.meta.format)
    if isinstance(loaded, str):
        return loaded
    journal.rows.update(loaded.rows)
    journal.text_blob = loaded.blob
    journal.generation = loaded.generation
    journal.tombstones |= loaded.deleted
    if loaded.legacy:
        journal.legacy_vouched = set(journal.rows)
    return "ok"


def save_index_locked(journal: OpenJournal) -> None:
    """Write the index with a generation above any this device saw (the caller holds the lock)."""
    vault = journal.vault
    pin = vault.device.pin
    generation = max(journal.generation, pin.generation if pin else 0) + 1
    payload = encode_index(journal.sorted_by_id(), generation, journal.tombstones)
    vault.write_index_locked(journal.keys, payload)
    journal.generation = generation
    vault.device.saw_generation(generation)
    remember_what_this_device_saw(journal)
    journal.text_blob = None  # row order may differ from what was loaded
    journal.needs_saving = False


def reconcile_into(journal: OpenJournal, report: UnlockReport, *, late: bool) -> None:
    """Bring the rows in line with the entry files, and say what changed. ``late``: a re-read
    before a write, which names only new unverified entries (the unlock named the others)."""
    status = load_index(journal)
    _judge_the_index(journal, report, status)
    _recheck_cached_seals(journal)
    known = dict(journal.rows)
    on_disk = journal.vault.scan("entries")
    dirty = False
    for entry_id, stat in on_disk.items():
        dirty |= _reconcile_file(journal, report, entry_id, stat, known.get(entry_id), late=late)
    for entry_id in known:
        if entry_id not in on_disk:
            report.vanished.append(entry_id)
            dirty |= journal.forget(entry_id)
    journal.damaged = report.damaged
    journal.needs_saving = dirty or status != "ok" or report.index_problem is not None


def _judge_the_index(journal: OpenJournal, report: UnlockReport, status: IndexStatus) -> None:
    """An index older than the newest this device saw was put back; one gone or failing its
    check is named too (after a first unlock, a missing one is just not written yet)."""
    pin = journal.vault.device.pin
    seen = pin.generation if pin else 0
    report.index_generations = (seen, journal.generation)
    if status == "corrupt":
        report.index_problem = "corrupt"
    elif status == "missing" and seen > 0:
        report.index_problem = "missing"
    elif status == "old" or (status == "ok" and journal.generation < seen):
        report.index_problem = "rolled back"
    elif status == "ok":
        journal.vault.device.saw_generation(journal.generation)


def _recheck_cached_seals(journal: OpenJournal) -> None:
    for cached in journal.rows.values():
        if cached.sealed_by is not None and cached.sealed_by not in journal.device_keys:
            cached.sealed_by = None  # a seal from a device no longer listed counts for nothing
        elif cached.sealed_by is None and cached.seal_device in journal.device_keys:
            cached.sha256 = ""  # its device is listed (again): check its seal afresh
            cached.stat = UNKNOWN_STAT


def _reconcile_file(
    journal: OpenJournal,
    report: UnlockReport,
    entry_id: str,
    stat: os.stat_result,
    row: Row | None,
    *,
    late: bool,
) -> bool:
    """Bring one file's row up to date; whether the rows changed."""
    if row is not None and row.stat == stat_key(stat):
        return False
    try:
        ciphertext = journal.vault.read_ciphertext("entries", entry_id)
    except FileNotFoundError:  # deleted while we looked
        return False
    digest = entry_sha256(ciphertext)
    if row is not None and row.sha256 == digest:  # touched or copied, not changed
        journal.rows[entry_id] = row.with_stat(stat_key(stat))
        return True
    journal.legacy_vouched.discard(entry_id)
    try:
        entry = open_entry(journal.keys, "entries", entry_id, ciphertext)
    except EntryDamage as exc:
        report.damaged.append(Damage.of("entries", entry_id, exc))
        journal.forget(entry_id)
        return True
    new_row = Row.of(entry, digest, stat_key(stat), verified_by(entry, journal.device_keys))
    _note_a_changed_row(journal, report, new_row, row, late=late)
    journal.rows[entry_id] = new_row
    return True


def _note_a_changed_row(
    journal: OpenJournal, report: UnlockReport, new: Row, old: Row | None, *, late: bool
) -> None:
    """What a new or changed entry file means for the person: unverified, an older copy put
    back, or written by another of their devices."""
    pin = journal.vault.device.pin
    if new.sealed_by is None:
        if late:
            report.unverified.append(unverified_record(new.summary(), location("entries", new.id)))
    elif old is not None and is_older(new, old):
        report.rolled_back.append(new.summary())
    elif new.sealed_by != (pin.device_id if pin else None):
        names = {d.id: d.name for d in journal.devices.devices}
        report.from_devices[names.get(new.sealed_by, "another device")] += 1
