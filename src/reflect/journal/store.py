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
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

from reflect.errors import DamagedError, Hint, ReflectError, TamperedError, UsageError
from reflect.journal.seals import sealed, sealed_json, verified_by
from reflect.models import Entry, new_id
from reflect.vault import Folder, Keys, Vault, devices
from reflect.vault.age import AgeError
from reflect.vault.core import LEGACY_PRIVATE_FILES, VAULT_FORMAT

INDEX_FORMAT = 4  # 4: a generation, and the device whose seal each entry carries
LEGACY_INDEX_FORMAT = 3  # reflect 0.1's index: read once, to upgrade a format-1 vault
Record = dict[str, Any]  # an entry as listed: the fields `--json` listings promise
IndexProblem = Literal["rolled back", "missing", "corrupt"]


class UnverifiedEntryError(ReflectError):
    """The entry carries no seal from the person's devices, so it is not used for this."""


@dataclass(frozen=True)
class Damage:
    folder: Folder
    entry_id: str
    reason: str

    @property
    def location(self) -> str:
        return f"{self.folder}/{self.entry_id}.age"


@dataclass
class UnlockReport:
    """What the person must know at an unlock, alarms first."""

    # Entries and drafts with no seal from the person's devices: named at every unlock.
    unverified: list[Record] = field(default_factory=list)
    # An older copy of an entry came back in place of the newer one.
    rolled_back: list[Record] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    damaged: list[Damage] = field(default_factory=list)
    # The index is older than this device saw, gone, or fails its check.
    index_problem: IndexProblem | None = None
    index_generations: tuple[int, int] = (0, 0)  # (newest this device saw, found)
    # A file that steers the program failed its check (e.g. devices.age); each one line.
    tampered: list[str] = field(default_factory=list)
    vault_json_repaired: str | None = None  # "missing" or "mismatch"
    # Not alarms: entries another of the person's devices wrote since the last unlock,
    # this device joining the list, and a format-1 vault upgraded.
    from_devices: Counter[str] = field(default_factory=Counter)
    new_device: str | None = None
    upgraded: int | None = None

    @property
    def alarming(self) -> bool:
        return bool(
            self.unverified
            or self.rolled_back
            or self.vanished
            or self.damaged
            or self.index_problem
            or self.tampered
            or self.vault_json_repaired
        )

    @property
    def quiet(self) -> bool:
        return not (
            self.alarming or self.from_devices or self.new_device or self.upgraded is not None
        )


@dataclass(frozen=True)
class SearchHit:
    record: Record
    snippets: list[str]


def entry_sha256(ciphertext: bytes) -> str:
    return hashlib.sha256(ciphertext).hexdigest()


def decode_entry(plaintext: bytes, expected_id: str) -> Entry:
    """Parse an entry and check it is the one its file name says (a swapped file is damage)."""
    try:
        entry = Entry.model_validate_json(plaintext)
    except ValueError as exc:
        raise DamagedError(f"entry {expected_id} does not hold a valid entry") from exc
    if entry.id != expected_id:
        raise SwappedEntryError(f"file {expected_id}.age holds entry {entry.id}: it was swapped")
    return entry


class SwappedEntryError(DamagedError):
    """An entry file holds another entry than its name says."""


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
        self._blob: bytes | memoryview | None = None  # every row's UTF-8 text, in row order
        self.needs_saving = False
        self.damaged: list[Damage] = []
        self.generation = 0  # of the index as loaded or last written
        # Entries deleted through reflect, on any device: the index's list and this device's.
        self.tombstones: set[str] = set()
        self.devices = devices.DeviceList()
        self.device_keys: dict[str, bytes] = {}
        # Rows a reflect 0.1 manifest vouched for, whose files have not changed since.
        self._legacy_vouched: set[str] = set()
        # Reports from re-reading the disk before a write; the CLI shows them like the first one.
        self.late_reports: list[UnlockReport] = []

    # ---- opening -----------------------------------------------------------------------------

    def open(self) -> UnlockReport:
        report = UnlockReport()
        listing = self._read_devices(report)
        recovery = listing.recovery_recipient if listing else self.vault.meta.recovery_recipient
        report.vault_json_repaired = self.vault.settle(self.keys, recovery)
        self._refuse_a_downgrade(report)
        self._enrol_this_device(listing, report)
        seen = self.vault.index_stamp()
        self._reconcile_into(report, late=False)
        self._compare_with_what_this_device_saw(report)
        if self.vault.meta.format < VAULT_FORMAT:
            report.upgraded = self._seal_vouched_entries()
        if self.needs_saving:
            with self.vault.locked():
                if self.vault.index_stamp() != seen:  # another process rewrote it: build on it
                    self._refresh_locked()
                    _merge(report, self.late_reports.pop())
                self._save_index_locked()
        if report.upgraded is not None:
            self._upgrade_private_files()
            self.vault.write_meta(replace(self.vault.meta, format=VAULT_FORMAT))
        self.vault.device.saw_format(self.vault.meta.format)
        report.unverified = [
            {**row.summary(), "location": f"entries/{row.id}.age"}
            for row in self._sorted_rows()
            if row.sealed_by is None
        ]
        report.unverified += [
            {**_draft_summary(draft), "location": f"drafts/{draft.id}.age"}
            for draft, verified in self._draft_states()
            if not verified
        ]
        return report

    def _compare_with_what_this_device_saw(self, report: UnlockReport) -> None:
        """The index can be forked: an old copy put back, then written on by another device until
        its generation is high again. So this device also remembers which entries it saw (and
        how new each was) and which were deleted: an entry it saw that is gone without a
        deletion on record, or older than it saw, is named; a deleted one back on disk is
        unverified until the person trusts it again."""
        seen, deleted = self.vault.device.load_seen()
        self.tombstones |= deleted
        accounted = set(report.vanished) | {d.entry_id for d in report.damaged}
        accounted |= set(self.rows) | self.tombstones
        report.vanished += [entry_id for entry_id in sorted(seen) if entry_id not in accounted]
        rolled_back = {r["id"] for r in report.rolled_back}
        for row in self.rows.values():
            if row.id in self.tombstones:
                row.sealed_by = None  # deleted, and back: not trusted again without asking
                self.needs_saving = True
            elif (
                row.id in seen
                and row.id not in rolled_back
                and _stamp(row.updated or row.created) < _stamp(seen[row.id])
            ):
                report.rolled_back.append(row.summary())
        if seen != self._what_this_device_sees():
            self._remember_what_this_device_saw()

    def _what_this_device_sees(self) -> dict[str, str]:
        return {row.id: row.updated or row.created for row in self.rows.values()}

    def _remember_what_this_device_saw(self) -> None:
        self.vault.device.save_seen(self._what_this_device_sees(), self.tombstones)

    def _refuse_a_downgrade(self, report: UnlockReport) -> None:
        """A vault.json turned back to format 1 on a vault this device saw upgraded would re-run
        the upgrade, which trusts what it finds: repair it instead, and say so."""
        pin = self.vault.device.pin
        if pin is None or self.vault.meta.format >= pin.vault_format:
            return
        report.tampered.append(
            "vault.json said this vault was never upgraded, but this device saw it upgraded: "
            "it was repaired, and nothing was upgraded again."
        )
        self.vault.write_meta(replace(self.vault.meta, format=pin.vault_format))

    def _read_devices(self, report: UnlockReport) -> devices.DeviceList | None:
        try:
            listing = devices.read(self.vault, self.keys)
        except TamperedError as exc:
            report.tampered.append(exc.message)
            return None
        if listing is None and self.vault.meta.format >= VAULT_FORMAT:
            report.tampered.append(
                f"{self.vault.home / devices.FILE_NAME} is missing, so only this device's "
                "entries could be verified; it was made again."
            )
        return listing

    def _enrol_this_device(self, listing: devices.DeviceList | None, report: UnlockReport) -> None:
        """Make sure this device is listed (the passphrase it was unlocked with is the
        authorisation), and collect every listed device's key for checking seals."""
        me = devices.this_device(self.vault)
        if listing is None:
            pin = self.vault.device.pin
            listing = devices.DeviceList([], pin.recovery_recipient if pin else None)
        # A removed device stays removed, even if an old copy of devices.age is put back: its
        # removal is on record in the list and on every device that saw it.
        removed = set(listing.removed) | self.vault.device.removed_devices()
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
            devices.save(self.vault, self.keys, listing)
            if known is None and len(listing.devices) > 1:
                report.new_device = me.name
        self.vault.device.remember_removed(removed)
        self.devices = listing
        self.device_keys = listing.keys_by_id()

    # ---- the index ---------------------------------------------------------------------------

    def _load_index(self) -> Literal["ok", "missing", "corrupt", "old"]:
        """Load the index into ``rows``; how it went."""
        if not self.vault.index_exists():
            return "missing"
        payload = self.vault.read_index(self.keys)
        if payload is None:
            return "corrupt"
        try:
            end_of_header = bytes(payload[:4096]).find(b"\n")
            if end_of_header < 0:  # a long header: look further (rare, so the slow way)
                end_of_header = payload.tobytes().index(b"\n")
            # Thousands of small lists and rows: the cyclic GC has nothing to find here and
            # would otherwise run many times over them.
            gc.disable()
            try:
                data = json.loads(payload[:end_of_header].tobytes())
                legacy = data.get("format") == LEGACY_INDEX_FORMAT
                if legacy and self.vault.meta.format >= VAULT_FORMAT:
                    return "old"  # a reflect 0.1 index in an upgraded vault: put back
                if not legacy and data.get("format") != INDEX_FORMAT:
                    return "corrupt"
                blob = payload[end_of_header + 1 :]
                offset = 0
                for fields in data["rows"]:
                    row = Row.from_fields(fields, blob, offset, legacy=legacy)
                    offset += len(row.raw)
                    self.rows[row.id] = row
            finally:
                gc.enable()
            self._blob = blob
            self.generation = int(data.get("generation", 0))
            self.tombstones |= {str(i) for i in data.get("deleted", [])}
            if legacy:
                self._legacy_vouched = set(self.rows)
        except (ValueError, KeyError, TypeError, IndexError):
            self.rows.clear()
            self._legacy_vouched.clear()
            return "corrupt"
        return "ok"

    def _save_index_locked(self) -> None:
        rows = self._sorted_by_id()
        pin = self.vault.device.pin
        generation = max(self.generation, pin.generation if pin else 0) + 1
        header = json.dumps(
            {
                "format": INDEX_FORMAT,
                "generation": generation,
                "deleted": sorted(self.tombstones),
                "rows": [r.fields() for r in rows],
            },
            separators=(",", ":"),
        )
        blob = b"".join(r.raw for r in rows)
        self.vault.write_index_locked(self.keys, header.encode() + b"\n" + blob)
        self.generation = generation
        self.vault.device.saw_generation(generation)
        self._remember_what_this_device_saw()
        self._blob = None  # row order may differ from what was loaded
        self.needs_saving = False

    def reconcile(self, *, save: bool = True) -> UnlockReport:
        """Bring the index in line with the entry files. With ``save``, also rewrite the index
        (the caller holds the lock); without, leave ``needs_saving`` for the caller."""
        report = UnlockReport()
        self._reconcile_into(report, late=True)
        if save and self.needs_saving:
            self._save_index_locked()
        return report

    def _reconcile_into(self, report: UnlockReport, *, late: bool) -> None:
        """A file whose size, times and inode are what the manifest recorded is not read
        again: replacing a file always changes its ctime, which only root can set back. Any
        other file is hashed, and decrypted (and its seal checked) if its hash is not the
        recorded one. ``late``: a re-read before a write, which names only new unverified
        entries (the unlock already named the others)."""
        status = self._load_index()
        pin = self.vault.device.pin
        seen = pin.generation if pin else 0
        report.index_generations = (seen, self.generation)
        if status == "corrupt":
            report.index_problem = "corrupt"
        elif status == "missing" and seen > 0:
            report.index_problem = "missing"
        elif status == "old" or (status == "ok" and self.generation < seen):
            report.index_problem = "rolled back"
        elif status == "ok":
            self.vault.device.saw_generation(self.generation)
        for cached in self.rows.values():
            if cached.sealed_by is not None and cached.sealed_by not in self.device_keys:
                cached.sealed_by = None  # a seal from a device no longer listed counts for nothing
            elif cached.sealed_by is None and cached.seal_device in self.device_keys:
                cached.sha256 = ""  # its device is listed (again): check its seal afresh
                cached.stat = (-1, -1, -1, -1)
        known = dict(self.rows)
        on_disk = self.vault.scan("entries")
        dirty = False
        me = self.vault.device.pin.device_id if self.vault.device.pin else None
        names = {d.id: d.name for d in self.devices.devices}
        for entry_id, stat in on_disk.items():
            row = known.get(entry_id)
            if row is not None and row.stat == stat_key(stat):
                continue
            try:
                ciphertext = self.vault.read_ciphertext("entries", entry_id)
            except FileNotFoundError:  # deleted while we looked
                continue
            digest = entry_sha256(ciphertext)
            dirty = True
            if row is not None and row.sha256 == digest:  # touched or copied, not changed
                self.rows[entry_id] = row.with_stat(stat_key(stat))
                continue
            self._legacy_vouched.discard(entry_id)
            try:
                entry = decode_entry(self.keys.decrypt(ciphertext), entry_id)
            except (AgeError, DamagedError) as exc:
                report.damaged.append(Damage("entries", entry_id, _damage_reason(exc)))
                self._forget(entry_id)
                continue
            sealed_by = verified_by(entry, self.device_keys)
            new_row = Row.of(entry, digest, stat_key(stat), sealed_by)
            if sealed_by is None:
                if late:
                    report.unverified.append(
                        {**new_row.summary(), "location": f"entries/{entry_id}.age"}
                    )
            elif row is not None and _is_older(new_row, row):
                report.rolled_back.append(new_row.summary())
            elif sealed_by != me:
                report.from_devices[names.get(sealed_by, "another device")] += 1
            self.rows[entry_id] = new_row
        for entry_id in known:
            if entry_id not in on_disk:
                report.vanished.append(entry_id)
                dirty |= self._forget(entry_id)
        self.damaged = report.damaged
        self.needs_saving = dirty or status != "ok" or report.index_problem is not None

    def _forget(self, entry_id: str) -> bool:
        self._legacy_vouched.discard(entry_id)
        return self.rows.pop(entry_id, None) is not None

    def _sorted_by_id(self) -> list[Row]:
        return [self.rows[entry_id] for entry_id in sorted(self.rows)]

    def _sorted_rows(self) -> list[Row]:
        return sorted(self.rows.values(), key=lambda r: (r.created_at, r.id), reverse=True)

    # ---- upgrading a format-1 vault ------------------------------------------------------------

    def _seal_vouched_entries(self) -> int:
        """Seal the entries reflect 0.1's manifest vouched for (their files unchanged since);
        any others stay unverified. Answers are not touched: the same entry gains a seal."""
        count = 0
        for entry_id in sorted(self._legacy_vouched):
            row = self.rows.get(entry_id)
            if row is None or row.sealed_by is not None:
                continue
            entry = self._read_entry("entries", entry_id)
            self._write_row(sealed(entry, self.vault.device))
            count += 1
        self._legacy_vouched.clear()
        self.needs_saving = True
        return count

    def _upgrade_private_files(self) -> None:
        """reflect 0.1 wrote the always-redact list without a tag: add one (trusting it as it
        was at the upgrade; there was nothing to check it against)."""
        for name, purpose in LEGACY_PRIVATE_FILES.items():
            try:
                self.vault.read_authenticated(self.keys, name, purpose)
                continue  # already tagged (an upgrade run again): leave it as it is
            except TamperedError:
                pass
            try:
                raw = self.vault.read_private(self.keys, name)
            except DamagedError:
                continue  # reported when it is next used
            if raw is not None:
                self.vault.write_authenticated(self.keys, name, purpose, raw)

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
        chosen = []
        for row in self.rows.values():
            if set_id and row.set_id != set_id:
                continue
            if tag and tag.lower() not in row.tags:
                continue
            if verified_only and row.sealed_by is None:
                continue
            if since or until:
                day = datetime.fromisoformat(row.created).date()
                if (since and day < since) or (until and day > until):
                    continue
            chosen.append(row)
        chosen.sort(key=lambda r: (r.created_at, r.id), reverse=True)
        return [r.summary() for r in chosen]

    def summary(self, entry_id: str) -> Record:
        return self.rows[entry_id].summary()

    def is_verified(self, entry_id: str) -> bool:
        row = self.rows.get(entry_id)
        return row is not None and row.sealed_by is not None

    def resolve(self, prefix: str) -> str:
        """The one entry id starting with ``prefix``."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise UsageError("Give an entry id (the first few characters are enough).")
        if prefix in self.rows:  # a whole id is never ambiguous, even if it starts another one
            return prefix
        matches = [entry_id for entry_id in self.rows if entry_id.startswith(prefix)]
        if not matches:
            raise ReflectError(f"No entry starts with '{prefix}'.", Hint.LIST_IDS)
        if len(matches) > 1:
            shown = ", ".join(sorted(matches)[:5])
            raise UsageError(
                f"'{prefix}' matches {len(matches)} entries ({shown}); type more of the id."
            )
        return matches[0]

    def get(self, prefix: str) -> Entry:
        """The entry itself, decrypted from its file (the index holds only what search needs).
        Unverified entries too: this is how the person looks at one before trusting it."""
        return self._read_entry("entries", self.resolve(prefix))

    def get_verified(self, prefix: str) -> Entry:
        """The entry, if it carries a seal from the person's devices (for story and share)."""
        entry_id = self.resolve(prefix)
        entry = self._read_entry("entries", entry_id)  # checks the seal of what it read
        if not self.is_verified(entry_id):
            raise UnverifiedEntryError(
                f"Entry {entry_id[:8]} is unverified: none of your devices wrote it, so it is "
                "not used.",
                Hint.TRUST_ENTRY,
                entry=entry_id[:8],
            )
        return entry

    def _read_entry(self, folder: Folder, entry_id: str) -> Entry:
        """Decrypt one file. An entry's seal is checked again on every read: the file may have
        been replaced since the unlock, even with its times put back."""
        try:
            ciphertext = self.vault.read_ciphertext(folder, entry_id)
            entry = decode_entry(self.keys.decrypt(ciphertext), entry_id)
            row = self.rows.get(entry_id) if folder == "entries" else None
            if row is not None:
                row.sealed_by = verified_by(entry, self.device_keys)
            return entry
        except FileNotFoundError:
            raise ReflectError(f"Entry {entry_id[:8]} was deleted a moment ago.") from None
        except AgeError as exc:
            raise DamagedError(f"{folder}/{entry_id}.age {_damage_reason(exc)}.") from None

    def search(self, query: str) -> list[SearchHit]:
        """Entries whose title or answers contain every word of the query, newest first."""
        terms = [t for t in query.lower().split() if t]
        if not terms:
            raise UsageError("Give something to search for.")
        rows = self._sorted_by_id()
        if all(term.isascii() for term in terms):
            # One pass over all the text as bytes: ASCII lowering keeps every offset in place.
            if self._blob is None:  # any change to the rows drops the loaded blob; rebuild it
                self._blob = b"".join(r.raw for r in rows)
            hits = _rows_containing(rows, bytes(self._blob).lower(), [t.encode() for t in terms])
        else:  # letters beyond ASCII need Unicode lowering, row by row
            hits = [r for r in rows if all(t in r.text.lower() for t in terms)]
        hits.sort(key=lambda r: (r.created_at, r.id), reverse=True)
        return [SearchHit(r.summary(), _snippets(r.text, terms)) for r in hits]

    def entries(self, ids: Sequence[str] = ()) -> list[Entry]:
        """Verified entries only (for export, story and share): the ids given (an unverified
        one is refused), or every verified entry, newest first."""
        if ids:
            return [self.get_verified(i) for i in ids]
        found = [self.get(r["id"]) for r in self.list_entries(verified_only=True)]
        return [entry for entry in found if self.is_verified(entry.id)]  # re-checked on read

    def unverified_count(self) -> int:
        return sum(1 for row in self.rows.values() if row.sealed_by is None)

    def _draft_states(self) -> list[tuple[Entry, bool]]:
        """Every readable draft, and whether it carries a seal from the person's devices."""
        found = []
        for entry_id in self.vault.ids_in("drafts"):
            try:
                draft = self._read_entry("drafts", entry_id)
            except (ReflectError, DamagedError):
                continue  # `reflect vault check` reports damaged drafts
            found.append((draft, verified_by(draft, self.device_keys, "drafts") is not None))
        return found

    def drafts(self) -> list[Entry]:
        """Drafts to offer for resume: sealed by the person's devices, and never one that
        shares an id with an entry (resuming it would overwrite the entry)."""
        found = [
            draft
            for draft, verified in self._draft_states()
            if verified and not self.is_verified(draft.id)
        ]
        found.sort(key=lambda e: e.updated or e.created, reverse=True)
        return found

    # ---- writing -----------------------------------------------------------------------------

    def save(self, entry: Entry) -> None:
        self.save_all([entry])

    def save_all(self, entries: Iterable[Entry]) -> None:
        """Write entries, sealed by this device, and record them in the manifest."""
        with self.vault.locked():
            self._refresh_locked()
            for entry in entries:
                self._write_row(sealed(entry, self.vault.device))
            self._save_index_locked()

    def _write_row(self, entry: Entry) -> None:
        self.tombstones.discard(entry.id)  # written again by the person: no longer deleted
        ciphertext = self.vault.write("entries", entry.id, entry.to_json_bytes())
        stat = self.vault.path_for("entries", entry.id).stat()
        sealed_by = verified_by(entry, self.device_keys)
        self.rows[entry.id] = Row.of(entry, entry_sha256(ciphertext), stat_key(stat), sealed_by)

    def trust(self, shown: Entry, folder: Folder) -> None:
        """Seal, with this device's key, exactly the entry or draft the person was shown and
        said is theirs (not whatever the file holds now: it could have been swapped while
        they read it). It is then verified on every device."""
        if folder == "entries":
            self.save(shown)
        else:
            self.vault.write("drafts", shown.id, sealed_json(shown, self.vault.device, "drafts"))

    def find_unverified(self, prefix: str) -> tuple[Entry, Folder]:
        entry_id = self._resolve_any(prefix)
        folder: Folder = "entries" if entry_id in self.rows else "drafts"
        return self._read_entry(folder, entry_id), folder

    def _resolve_any(self, prefix: str) -> str:
        """An entry or a draft id from a prefix (drafts are not in the index)."""
        prefix = prefix.strip().lower()
        drafts = [d for d in self.vault.ids_in("drafts") if d.startswith(prefix)]
        if prefix in drafts and prefix not in self.rows:
            return prefix
        if prefix and drafts and not any(e.startswith(prefix) for e in self.rows):
            if len(drafts) > 1:
                raise UsageError(f"'{prefix}' matches {len(drafts)} drafts; type more of the id.")
            return drafts[0]
        return self.resolve(prefix)

    def reseal_from(self, device_id: str) -> int:
        """Seal with this device's key every entry and draft another device sealed (before
        that device is removed from the list, so what it wrote stays verified)."""
        count = 0
        with self.vault.locked():
            self._refresh_locked()
            for row in list(self.rows.values()):
                if row.sealed_by == device_id:
                    self._write_row(sealed(self._read_entry("entries", row.id), self.vault.device))
                    count += 1
            self._save_index_locked()
        for draft, verified in self._draft_states():
            if verified and draft.seal is not None and draft.seal.device == device_id:
                self.vault.write(
                    "drafts", draft.id, sealed_json(draft, self.vault.device, "drafts")
                )
                count += 1
        return count

    def remove_device(self, device_id: str) -> int:
        """Take a device off the list; what it wrote until now stays verified (resealed here),
        what it writes afterwards is unverified."""
        pin = self.vault.device.pin
        if pin is not None and device_id == pin.device_id:
            raise UsageError("That is this device; remove it from another of your devices.")
        if self.devices.find(device_id) is None:
            raise ReflectError(f"No device {device_id} is listed.")
        count = self.reseal_from(device_id)
        self.devices.devices = [d for d in self.devices.devices if d.id != device_id]
        self.devices.removed = sorted({*self.devices.removed, device_id})
        devices.save(self.vault, self.keys, self.devices)
        self.vault.device.remember_removed({device_id})
        self.device_keys = self.devices.keys_by_id()
        return count

    def delete(self, entry_id: str) -> None:
        with self.vault.locked():
            self._refresh_locked()
            self.vault.remove("entries", entry_id)
            self._forget(entry_id)
            self.tombstones.add(entry_id)
            self._save_index_locked()

    def _refresh_locked(self) -> None:
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

    def check(self) -> list[Damage]:
        """Decrypt every file, ignoring the cache; return each damaged one."""
        problems = []
        for folder in ("entries", "drafts"):
            for entry_id in self.vault.ids_in(folder):
                try:
                    ciphertext = self.vault.read_ciphertext(folder, entry_id)
                    decode_entry(self.keys.decrypt(ciphertext), entry_id)
                except (AgeError, DamagedError) as exc:
                    problems.append(Damage(folder, entry_id, _damage_reason(exc)))
                except FileNotFoundError:
                    continue
        return problems


def _merge(report: UnlockReport, late: UnlockReport) -> None:
    """Fold a re-read made during the unlock into the unlock's own report."""
    report.rolled_back += late.rolled_back
    report.vanished += late.vanished
    report.damaged += late.damaged
    report.from_devices += late.from_devices


def _draft_summary(draft: Entry) -> Record:
    return {
        "id": draft.id,
        "created": draft.created.isoformat(),
        "set": draft.set_id,
        "status": "draft",
        "title": draft.title,
        "tags": list(draft.tags),
        "verified": False,
    }


StatKey = tuple[int, int, int, int]


def stat_key(stat: os.stat_result) -> StatKey:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


@dataclass(slots=True)  # not frozen: a large journal builds thousands of these per unlock
class Row:
    """What the index keeps per entry: the manifest (hash and file stat), what `list` shows,
    and the text `search` looks through."""

    id: str
    sha256: str
    stat: StatKey
    created: str
    updated: str | None
    set_id: str
    status: str
    title: str | None
    tags: tuple[str, ...]
    raw: bytes | memoryview  # the searchable text, UTF-8; a slice of the loaded index
    sealed_by: str | None = None  # the listed device whose seal verified; None: unverified
    seal_device: str | None = None  # the device the seal names, verified or not

    @property
    def text(self) -> str:
        return str(self.raw, "utf-8")

    @classmethod
    def of(cls, entry: Entry, sha256: str, stat: StatKey, sealed_by: str | None) -> Row:
        texts = [entry.title or "", *(a.value for a in entry.answers if isinstance(a.value, str))]
        return cls(
            id=entry.id,
            sha256=sha256,
            stat=stat,
            created=entry.created.isoformat(),
            updated=entry.updated.isoformat() if entry.updated else None,
            set_id=entry.set_id,
            status=entry.status,
            title=entry.title,
            tags=tuple(entry.tags),
            raw=("\n".join(t for t in texts if t) + "\n").encode("utf-8"),
            sealed_by=sealed_by,
            seal_device=entry.seal.device if entry.seal else None,
        )

    def fields(self) -> list[object]:
        return [self.id, self.sha256, *self.stat, self.created, self.updated, self.set_id,
                self.status, self.title, list(self.tags), len(self.raw), self.sealed_by or "", self.seal_device or ""]  # fmt: skip

    @classmethod
    def from_fields(
        cls, fields: list[Any], blob: memoryview, offset: int, *, legacy: bool = False
    ) -> Row:
        """A row as the index stores it; ``legacy``: reflect 0.1's rows, which had no seals."""
        seal_device = None if legacy else (fields.pop() or None)
        sealed_by = None if legacy else (fields.pop() or None)
        (
            entry_id,
            sha,
            size,
            mtime,
            ctime,
            inode,
            created,
            updated,
            set_id,
            status,
            title,
            tags,
            length,
        ) = fields
        return cls(entry_id, sha, (size, mtime, ctime, inode), created, updated, set_id, status, title,
                   tuple(tags), blob[offset : offset + length], sealed_by, seal_device)  # fmt: skip

    def with_stat(self, stat: StatKey) -> Row:
        return replace(self, stat=stat)

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.created)

    def summary(self) -> Record:
        """The fields `--json` listings promise (a contract): id, created, set, status, title,
        verified (false for an entry none of the person's devices sealed)."""
        return {
            "id": self.id,
            "created": self.created,
            "set": self.set_id,
            "status": self.status,
            "title": self.title,
            "tags": list(self.tags),
            "verified": self.sealed_by is not None,
        }


def _rows_containing(rows: Sequence[Row], lowered: bytes, terms: Sequence[bytes]) -> list[Row]:
    """Rows whose text holds every term, found by scanning the lowered blob once per term."""
    import bisect

    starts = []
    offset = 0
    for row in rows:
        starts.append(offset)
        offset += len(row.raw)
    matching: set[int] | None = None
    for term in terms:
        found: set[int] = set()
        at = lowered.find(term)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            next_row = starts[index + 1] if index + 1 < len(starts) else len(lowered)
            at = lowered.find(term, next_row)
        matching = found if matching is None else matching & found
    return [rows[i] for i in sorted(matching or ())]


def _damage_reason(exc: Exception) -> str:
    if isinstance(exc, AgeError):
        return "cannot be decrypted (truncated, altered, or not encrypted to this vault)"
    if isinstance(exc, SwappedEntryError):
        return "swapped: it holds a different entry"
    return "does not hold a valid entry"


def clean_name(name: str) -> str:
    """A device name for a message (it came from a file; the UI cleans again, this is cheap)."""
    return " ".join("".join(c for c in name if c.isprintable()).split())


def _stamp(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _is_older(new: Row, old: Row) -> bool:
    return datetime.fromisoformat(new.updated or new.created) < datetime.fromisoformat(
        old.updated or old.created
    )


def _snippets(text: str, terms: Sequence[str]) -> list[str]:
    """Short windows of the text around the matches, each place once (see reflect.journal.matches)."""
    from reflect.journal.matches import excerpts

    return [excerpt.text for excerpt in excerpts(text, terms)]
