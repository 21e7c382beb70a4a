"""The journal: entries in the vault, an encrypted index for speed, and the manifest and seals
that make planted, vanished, swapped or rolled-back entries visible.

Adding an entry needs only the vault's public key (the one this device pinned). Everything
that reads needs ``Keys``, and every unlock reconciles the index with the files on disk (so the
index is only ever a cache: deleting it, or a crash while writing it, costs a rebuild, never an
entry).

The index payload is JSON, authenticated with a MAC keyed from the vault identity and then
age-encrypted to the vault. It carries a generation that grows with every write (so a device
can tell an old copy put back: it remembers the newest it saw), and maps each entry id to the
SHA-256 of its ciphertext (the manifest), the device whose seal it carries (``reflect.journal.seals``)
and the entry's JSON (the cache). Trust rests on the seals, not on the index: an entry without
a seal from one of the person's devices is unverified at every unlock, on every device, until
the person trusts it or deletes it.

This module is the face: :class:`Journal` (locked) and :class:`OpenJournal` (unlocked). The
rooms behind it: ``rows`` (what the index keeps per entry), ``index`` (its payload),
``sync`` (the index against the files), ``trust`` (devices and what this device saw),
``report`` (what an unlock tells), ``upgrade`` (format-1 vaults), ``entry_file`` (one file).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from reflect.errors import Hint, ReflectError
from reflect.journal import query, sync, trust, upgrade
from reflect.journal.entry_file import (
    Damage,
    EntryDamage,
    decode_entry,
    entry_sha256,
    location,
    read_entry,
)
from reflect.journal.report import UnlockReport, unverified_record
from reflect.journal.rows import (
    Record,
    Row,
    SearchHit,
    draft_summary,
    stat_key,
)
from reflect.journal.seals import sealed, sealed_json, verified_by
from reflect.models import Entry, new_id
from reflect.vault import Folder, Keys, Vault, devices
from reflect.vault.core import VAULT_FORMAT

# The names the rest of reflect (and its tests) import from here.
__all__ = [
    "Journal",
    "OpenJournal",
    "SearchHit",
    "UnlockReport",
    "UnverifiedEntryError",
    "decode_entry",
]


class UnverifiedEntryError(ReflectError):
    """The entry carries no seal from the person's devices, so it is not used for this."""


class Journal:
    """The journal while locked: it can add entries and drafts, nothing more. Everything it
    writes is sealed by this device and encrypted to the key this device pinned."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def recipient_mismatch(self) -> bool:
        """vault.json names another key than this device pinned (answers still go to the pin)."""
        return self.vault.recipient_mismatch

    def add(self, entry: Entry) -> None:
        self.vault.write("entries", entry.id, sealed_json(entry, self.vault.device))

    def save_draft(self, entry: Entry) -> None:
        self.vault.write("drafts", entry.id, sealed_json(entry, self.vault.device, "drafts"))

    def finish_draft(self, entry: Entry) -> Entry:
        """The complete entry is written before the draft goes, so a crash loses neither.
        A draft never replaces an entry: if one has its id, the answers get a new id."""
        draft_id = entry.id
        if self.vault.path_for("entries", entry.id).exists():
            entry = entry.model_copy(update={"id": new_id()})
        self.add(entry)
        self.vault.remove("drafts", draft_id)
        return entry

    def discard_draft(self, entry_id: str) -> None:
        self.vault.remove("drafts", entry_id)

    def has_drafts(self) -> bool:
        return bool(self.vault.ids_in("drafts"))

    def unlock(self, keys: Keys) -> tuple[OpenJournal, UnlockReport]:
        """Open the journal: check the devices, pin and repair what needs it, reconcile the
        index with the files, upgrade a format-1 vault. The lock is only taken to write."""
        journal = OpenJournal(self.vault, keys)
        return journal, journal.open()


class OpenJournal:
    """The unlocked journal: list, show, search, edit, delete, import, export, trust."""

    def __init__(self, vault: Vault, keys: Keys) -> None:
        self.vault = vault
        self.keys = keys
        self.rows: dict[str, Row] = {}
        # Every row's UTF-8 text in row order, as loaded (None: built again when searched).
        self.text_blob: bytes | memoryview | None = None
        self.needs_saving = False
        self.damaged: list[Damage] = []
        self.generation = 0  # of the index as loaded or last written
        # Entries deleted through reflect, on any device: the index's list and this device's.
        self.tombstones: set[str] = set()
        self.devices = devices.DeviceList()
        self.device_keys: dict[str, bytes] = {}
        # Rows a reflect 0.1 manifest vouched for, whose files have not changed since.
        self.legacy_vouched: set[str] = set()
        # Reports from re-reading the disk before a write; the CLI shows them like the first one.
        self.late_reports: list[UnlockReport] = []

    # ---- opening -----------------------------------------------------------------------------

    def open(self) -> UnlockReport:
        report = UnlockReport()
        listing = trust.read_devices(self, report)
        recovery = listing.recovery_recipient if listing else self.vault.meta.recovery_recipient
        report.vault_json_repaired = self.vault.settle(self.keys, recovery)
        trust.refuse_a_downgrade(self, report)
        trust.enrol_this_device(self, listing, report)
        seen = self.vault.index_stamp()
        sync.reconcile_into(self, report, late=False)
        trust.compare_with_what_this_device_saw(self, report)
        if self.vault.meta.format < VAULT_FORMAT:
            report.upgraded = upgrade.seal_vouched_entries(self)
        if self.needs_saving:
            with self.vault.locked():
                if self.vault.index_stamp() != seen:  # another process rewrote it: build on it
                    self.refresh_locked()
                    report.merge(self.late_reports.pop())
                sync.save_index_locked(self)
        if report.upgraded is not None:
            upgrade.upgrade_private_files(self.vault, self.keys)
            self.vault.write_meta(replace(self.vault.meta, format=VAULT_FORMAT))
        self.vault.device.saw_format(self.vault.meta.format)
        report.unverified = self._unverified_records()
        return report

    def _unverified_records(self) -> list[Record]:
        """Every entry and draft no device of the person's sealed, for the unlock to name."""
        entries = [
            unverified_record(row.summary(), location("entries", row.id))
            for row in query.newest_first(self.rows.values())
            if row.sealed_by is None
        ]
        return entries + [
            unverified_record(draft_summary(draft), location("drafts", draft.id))
            for draft, verified in self.draft_states()
            if not verified
        ]

    def reconcile(self, *, save: bool = True) -> UnlockReport:
        """Bring the index in line with the entry files. With ``save``, also rewrite the index
        (the caller holds the lock); without, leave ``needs_saving`` for the caller."""
        report = UnlockReport()
        sync.reconcile_into(self, report, late=True)
        if save and self.needs_saving:
            sync.save_index_locked(self)
        return report

    def forget(self, entry_id: str) -> bool:
        """Drop an entry's row; whether there was one."""
        self.legacy_vouched.discard(entry_id)
        return self.rows.pop(entry_id, None) is not None

    def sorted_by_id(self) -> list[Row]:
        return query.by_id(self.rows)

    # ---- reading -----------------------------------------------------------------------------

    def list_entries(
        self,
        *,
        set_id: str | None = None,
        since: date | None = None,
        until: date | None = None,
        tag: str | None = None,
        verified_only: bool = False,
    ) -> list[Record]:
        """Entries newest first, filtered."""
        chosen = query.select(
            self.rows.values(),
            set_id=set_id,
            since=since,
            until=until,
            tag=tag,
            verified_only=verified_only,
        )
        return [r.summary() for r in chosen]

    def summary(self, entry_id: str) -> Record:
        return self.rows[entry_id].summary()

    def is_verified(self, entry_id: str) -> bool:
        row = self.rows.get(entry_id)
        return row is not None and row.sealed_by is not None

    def resolve(self, prefix: str) -> str:
        """The one entry id starting with ``prefix``."""
        return query.resolve(self.rows, prefix)

    def latest_or(self, prefix: str | None) -> str:
        """The entry id ``prefix`` starts (as given, resolved when read), or the newest entry's."""
        if prefix is not None:
            return prefix
        newest = self.list_entries()
        if not newest:
            raise ReflectError("There are no entries yet.", Hint.START_REFLECTION)
        return str(newest[0]["id"])

    def previous_run(self, entry: Entry) -> Entry:
        """The newest entry of the same question set made before ``entry`` (to compare with)."""
        return self.get(query.previous_run(self.rows.values(), entry).id)

    def runs_to_compare(self, entry_id: str) -> list[Record]:
        """The runs of the entry's question set the person can set beside it, newest first."""
        return [r.summary() for r in query.runs_to_compare(self.rows.values(), self.rows[entry_id])]

    def get(self, prefix: str) -> Entry:
        """The entry itself, decrypted from its file (the index holds only what search needs).
        Unverified entries too: this is how the person looks at one before trusting it."""
        return self.read_entry("entries", self.resolve(prefix))

    def get_verified(self, prefix: str) -> Entry:
        """The entry, if it carries a seal from the person's devices (for story and share)."""
        entry_id = self.resolve(prefix)
        entry = self.read_entry("entries", entry_id)  # checks the seal of what it read
        if not self.is_verified(entry_id):
            raise UnverifiedEntryError(
                f"Entry {entry_id[:8]} is unverified: none of your devices wrote it, so it is "
                "not used.",
                Hint.TRUST_ENTRY,
                entry=entry_id[:8],
            )
        return entry

    def read_entry(self, folder: Folder, entry_id: str) -> Entry:
        """Decrypt one file. An entry's seal is checked again on every read: the file may have
        been replaced since the unlock, even with its times put back."""
        try:
            entry = read_entry(self.vault, self.keys, folder, entry_id)
        except FileNotFoundError:
            raise ReflectError(f"Entry {entry_id[:8]} was deleted a moment ago.") from None
        row = self.rows.get(entry_id) if folder == "entries" else None
        if row is not None:
            row.sealed_by = verified_by(entry, self.device_keys)
        return entry

    def search(self, words: str) -> list[SearchHit]:
        """Entries whose title or answers contain every word of the query, newest first."""
        hits, self.text_blob = query.search(self.sorted_by_id(), self.text_blob, words)
        return hits

    def entries(self, ids: Sequence[str] = ()) -> list[Entry]:
        """Verified entries only (for export, story and share): the ids given (an unverified
        one is refused), or every verified entry, newest first."""
        if ids:
            return [self.get_verified(i) for i in ids]
        found = [self.get(r["id"]) for r in self.list_entries(verified_only=True)]
        return [entry for entry in found if self.is_verified(entry.id)]  # re-checked on read

    def unverified_count(self) -> int:
        return sum(1 for row in self.rows.values() if row.sealed_by is None)

    def draft_states(self) -> list[tuple[Entry, bool]]:
        """Every readable draft, and whether it carries a seal from the person's devices."""
        found = []
        for entry_id in self.vault.ids_in("drafts"):
            try:
                draft = self.read_entry("drafts", entry_id)
            except ReflectError:
                continue  # the vault check reports damaged drafts
            found.append((draft, verified_by(draft, self.device_keys, "drafts") is not None))
        return found

    def drafts(self) -> list[Entry]:
        """Drafts to offer for resume: sealed by the person's devices, and never one that
        shares an id with an entry (resuming it would overwrite the entry)."""
        found = [
            draft
            for draft, verified in self.draft_states()
            if verified and not self.is_verified(draft.id)
        ]
        found.sort(key=lambda e: e.updated or e.created, reverse=True)
        return found

    def check(self) -> list[Damage]:
        """Decrypt every file, ignoring the cache; return each damaged one."""
        problems = []
        for folder in ("entries", "drafts"):
            for entry_id in self.vault.ids_in(folder):
                try:
                    read_entry(self.vault, self.keys, folder, entry_id)
                except EntryDamage as exc:
                    problems.append(Damage.of(folder, entry_id, exc))
                except FileNotFoundError:
                    continue
        return problems

    # ---- writing -----------------------------------------------------------------------------

    def save(self, entry: Entry) -> None:
        self.save_all([entry])

    def save_all(self, entries: Iterable[Entry]) -> None:
        """Write entries, sealed by this device, and record them in the manifest."""
        with self.vault.locked():
            self.refresh_locked()
            for entry in entries:
                self.write_row(sealed(entry, self.vault.device))
            sync.save_index_locked(self)

    def write_row(self, entry: Entry) -> None:
        """Write an entry (already sealed) and its row; the caller saves the index."""
        self.tombstones.discard(entry.id)  # written again by the person: no longer deleted
        ciphertext = self.vault.write("entries", entry.id, entry.to_json_bytes())
        stat = self.vault.path_for("entries", entry.id).stat()
        sealed_by = verified_by(entry, self.device_keys)
        self.rows[entry.id] = Row.of(entry, entry_sha256(ciphertext), stat_key(stat), sealed_by)

    def delete(self, entry_id: str) -> None:
        with self.vault.locked():
            self.refresh_locked()
            self.vault.remove("entries", entry_id)
            self.forget(entry_id)
            self.tombstones.add(entry_id)
            sync.save_index_locked(self)

    def refresh_locked(self) -> None:
        """Pick up what other processes wrote since we unlocked, so our index write keeps it."""
        self.rows.clear()
        self.late_reports.append(self.reconcile(save=False))

    def import_entries(self, entries: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
        """Add entries whose id is new; return (added, skipped duplicates). The person chose
        the file, so what is imported is theirs: it is sealed by this device."""
        seen: set[str] = set()
        added, skipped = [], []
        for entry in entries:
            # Only the person's own entry makes an import a duplicate: an unverified file with
            # the same id (planted to make the import skip the real one) is replaced by it.
            if self.is_verified(entry.id) or entry.id in seen:
                skipped.append(entry)
            else:
                seen.add(entry.id)
                added.append(entry)
        if added:
            self.save_all(added)
        return added, skipped

    # ---- trusting ----------------------------------------------------------------------------

    def trust(self, shown: Entry, folder: Folder) -> None:
        """Seal, with this device's key, exactly the entry or draft the person was shown and
        said is theirs (not whatever the file holds now: it could have been swapped while
        they read it). It is then verified on every device."""
        if folder == "entries":
            self.save(shown)
        else:
            self.seal_draft(shown)

    def seal_draft(self, draft: Entry) -> None:
        self.vault.write("drafts", draft.id, sealed_json(draft, self.vault.device, "drafts"))

    def find_unverified(self, prefix: str) -> tuple[Entry, Folder]:
        entry_id = query.resolve_any(self.rows, self.vault.ids_in("drafts"), prefix)
        folder: Folder = "entries" if entry_id in self.rows else "drafts"
        return self.read_entry(folder, entry_id), folder

    def is_sealed_by_a_device(self, entry: Entry, folder: Folder) -> bool:
        """Whether the entry or draft carries a seal from one of the person's devices."""
        return verified_by(entry, self.device_keys, folder) is not None

    def remove_device(self, device_id: str) -> int:
        """Take a device off the list; what it wrote until now stays verified (resealed here),
        what it writes afterwards is unverified. Returns how many files were resealed."""
        return trust.remove_device(self, device_id)
