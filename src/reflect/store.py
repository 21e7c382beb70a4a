"""The journal: entries in the vault, an encrypted index for speed, and the manifest that
makes planted, vanished, swapped or rolled-back entries visible.

Adding an entry needs only the vault's public key. Everything that reads needs ``Keys``, and
every unlock reconciles the index with the files on disk (so the index is only ever a cache:
deleting it, or a crash while writing it, costs a rebuild, never an entry).

The index payload is JSON, authenticated with a MAC keyed from the vault identity and then
age-encrypted to the vault. It maps each entry id to the SHA-256 of its ciphertext (the
manifest) and the entry's JSON (the cache). An entry file whose hash is not what the manifest
recorded was written, replaced or restored by someone who did not unlock the vault, so it is
reported before it joins the manifest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reflect.errors import DamagedError, ReflectError, UsageError
from reflect.models import Entry
from reflect.vault import Folder, Keys, Vault
from reflect.vault.age import AgeError

INDEX_FORMAT = 1
Record = dict[str, Any]  # an entry as stored: the JSON object of the Entry model


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
    """What changed behind the vault's back since it was last unlocked."""

    added: list[Record] = field(default_factory=list)
    changed: list[Record] = field(default_factory=list)
    rolled_back: list[Record] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    damaged: list[Damage] = field(default_factory=list)
    index_unverified: bool = False

    @property
    def quiet(self) -> bool:
        return not (self.added or self.changed or self.rolled_back or self.vanished or self.damaged)


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
        raise DamagedError(f"file {expected_id}.age holds entry {entry.id}: it was swapped")
    return entry


def record_of(entry: Entry) -> Record:
    return json.loads(entry.to_json_bytes())  # type: ignore[no-any-return]


class Journal:
    """The journal while locked: it can add entries and drafts, nothing more."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, entry: Entry) -> None:
        self.vault.write("entries", entry.id, entry.to_json_bytes())

    def save_draft(self, entry: Entry) -> None:
        self.vault.write("drafts", entry.id, entry.to_json_bytes())

    def finish_draft(self, entry: Entry) -> None:
        """The complete entry is written before the draft goes, so a crash loses neither."""
        self.vault.write("entries", entry.id, entry.to_json_bytes())
        self.vault.remove("drafts", entry.id)

    def discard_draft(self, entry_id: str) -> None:
        self.vault.remove("drafts", entry_id)

    def has_drafts(self) -> bool:
        return bool(self.vault.ids_in("drafts"))

    def unlock(self, keys: Keys) -> tuple[OpenJournal, UnlockReport]:
        with self.vault.locked():
            journal = OpenJournal(self.vault, keys)
            report = journal.reconcile()
        return journal, report


class OpenJournal:
    """The unlocked journal: list, show, search, edit, delete, import, export."""

    def __init__(self, vault: Vault, keys: Keys) -> None:
        self.vault = vault
        self.keys = keys
        self.hashes: dict[str, str] = {}
        self.records: dict[str, Record] = {}
        self.damaged: list[Damage] = []
        # Reports from re-reading the disk before a write; the CLI shows them like the first one.
        self.late_reports: list[UnlockReport] = []

    # ---- the index ---------------------------------------------------------------------------

    def _load_index(self) -> bool:
        """Load the index; False if it is absent or fails authentication."""
        payload = self.vault.read_index(self.keys)
        if payload is None:
            return False
        try:
            data = json.loads(payload)
            if data.get("format") != INDEX_FORMAT:
                return False
            for entry_id, item in data["entries"].items():
                self.hashes[entry_id] = item["sha256"]
                self.records[entry_id] = item["entry"]
        except (ValueError, KeyError, TypeError, AttributeError):
            self.hashes.clear()
            self.records.clear()
            return False
        return True

    def _save_index_locked(self) -> None:
        entries = {
            entry_id: {"sha256": self.hashes[entry_id], "entry": self.records[entry_id]}
            for entry_id in sorted(self.records)
        }
        payload = json.dumps({"format": INDEX_FORMAT, "entries": entries}, separators=(",", ":"))
        self.vault.write_index_locked(self.keys, payload.encode("utf-8"))

    def reconcile(self) -> UnlockReport:
        """Bring the index in line with the entry files; call with the vault lock held."""
        report = UnlockReport()
        had_index = self.vault.index_exists()
        if not self._load_index() and had_index:
            report.index_unverified = True
        known_hashes = dict(self.hashes)
        on_disk = self.vault.ids_in("entries")
        dirty = False
        for entry_id in on_disk:
            try:
                ciphertext = self.vault.read_ciphertext("entries", entry_id)
            except FileNotFoundError:  # deleted while we looked
                continue
            digest = entry_sha256(ciphertext)
            if known_hashes.get(entry_id) == digest:
                continue
            try:
                entry = decode_entry(self.keys.decrypt(ciphertext), entry_id)
            except (AgeError, DamagedError) as exc:
                report.damaged.append(Damage("entries", entry_id, _damage_reason(exc)))
                dirty |= self._forget(entry_id)
                continue
            record = record_of(entry)
            if entry_id not in known_hashes:
                report.added.append(record)
            elif _is_older(record, self.records.get(entry_id)):
                report.rolled_back.append(record)
            else:
                report.changed.append(record)
            self.records[entry_id] = record
            self.hashes[entry_id] = digest
            dirty = True
        present = set(on_disk)
        for entry_id in list(known_hashes):
            if entry_id not in present:
                report.vanished.append(entry_id)
                dirty |= self._forget(entry_id)
        self.damaged = report.damaged
        if dirty or (report.index_unverified and not report.added):
            self._save_index_locked()
        return report

    def _forget(self, entry_id: str) -> bool:
        known = entry_id in self.records
        self.records.pop(entry_id, None)
        self.hashes.pop(entry_id, None)
        return known

    # ---- reading -----------------------------------------------------------------------------

    def list_entries(
        self,
        *,
        set_id: str | None = None,
        since: date | None = None,
        until: date | None = None,
        tag: str | None = None,
    ) -> list[Record]:
        """Entries newest first, filtered."""
        result = []
        for record in self.records.values():
            if set_id and record.get("set") != set_id:
                continue
            if tag and tag.lower() not in record.get("tags", []):
                continue
            day = _created(record).date()
            if since and day < since:
                continue
            if until and day > until:
                continue
            result.append(record)
        result.sort(key=lambda r: (r["created"], r["id"]), reverse=True)
        return result

    def resolve(self, prefix: str) -> str:
        """The one entry id starting with ``prefix``."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise UsageError("Give an entry id (the first few characters are enough).")
        matches = [entry_id for entry_id in self.records if entry_id.startswith(prefix)]
        if not matches:
            raise ReflectError(f"No entry starts with '{prefix}'. `reflect list` shows the ids.")
        if len(matches) > 1:
            shown = ", ".join(sorted(matches)[:5])
            raise UsageError(
                f"'{prefix}' matches {len(matches)} entries ({shown}); type more of the id."
            )
        return matches[0]

    def get(self, prefix: str) -> Entry:
        entry_id = self.resolve(prefix)
        return Entry.model_validate(self.records[entry_id])

    def search(self, query: str) -> list[SearchHit]:
        """Entries whose title or answers contain every word of the query, newest first."""
        terms = [t for t in query.lower().split() if t]
        if not terms:
            raise UsageError("Give something to search for.")
        hits = []
        for record in self.list_entries():
            texts = _texts(record)
            haystack = "\n".join(texts).lower()
            if all(term in haystack for term in terms):
                hits.append(SearchHit(record, _snippets(texts, terms)))
        return hits

    def entries(self, ids: Sequence[str] = ()) -> list[Entry]:
        chosen = [self.resolve(i) for i in ids] if ids else [r["id"] for r in self.list_entries()]
        return [Entry.model_validate(self.records[i]) for i in chosen]

    def drafts(self) -> list[Entry]:
        found = []
        for entry_id in self.vault.ids_in("drafts"):
            try:
                ciphertext = self.vault.read_ciphertext("drafts", entry_id)
                found.append(decode_entry(self.keys.decrypt(ciphertext), entry_id))
            except (AgeError, DamagedError, FileNotFoundError):
                continue  # `reflect vault check` reports damaged drafts
        found.sort(key=lambda e: e.updated or e.created, reverse=True)
        return found

    # ---- writing -----------------------------------------------------------------------------

    def save(self, entry: Entry) -> None:
        self.save_all([entry])

    def save_all(self, entries: Iterable[Entry]) -> None:
        """Write entries and record them in the manifest: this process unlocked, so they're ours."""
        with self.vault.locked():
            self._refresh_locked()
            for entry in entries:
                ciphertext = self.vault.write_locked("entries", entry.id, entry.to_json_bytes())
                self.records[entry.id] = record_of(entry)
                self.hashes[entry.id] = entry_sha256(ciphertext)
            self._save_index_locked()

    def delete(self, entry_id: str) -> None:
        with self.vault.locked():
            self._refresh_locked()
            self.vault.remove("entries", entry_id)
            self._forget(entry_id)
            self._save_index_locked()

    def _refresh_locked(self) -> None:
        """Pick up what other processes wrote since we unlocked, so our index write keeps it."""
        self.late_reports.append(self.reconcile())

    def import_entries(self, entries: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
        """Add entries whose id is new; return (added, skipped duplicates)."""
        seen: set[str] = set()
        added, skipped = [], []
        for entry in entries:
            if entry.id in self.records or entry.id in seen:
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


def _damage_reason(exc: Exception) -> str:
    if isinstance(exc, AgeError):
        return "cannot be decrypted (truncated, altered, or not encrypted to this vault)"
    text = str(exc)
    return (
        "swapped: it holds a different entry"
        if "swapped" in text
        else "does not hold a valid entry"
    )


def _created(record: Record) -> datetime:
    return datetime.fromisoformat(record["created"])


def _is_older(new: Record, old: Record | None) -> bool:
    if old is None:
        return False
    new_stamp = new.get("updated") or new["created"]
    old_stamp = old.get("updated") or old["created"]
    return datetime.fromisoformat(new_stamp) < datetime.fromisoformat(old_stamp)


def _texts(record: Record) -> list[str]:
    texts = [record.get("title") or ""]
    texts += [a["value"] for a in record.get("answers", []) if isinstance(a.get("value"), str)]
    return [t for t in texts if t]


SNIPPET_RADIUS = 40


def _snippets(texts: Iterable[str], terms: Sequence[str]) -> list[str]:
    found = []
    for text in texts:
        lowered = text.lower()
        for term in terms:
            at = lowered.find(term)
            if at < 0:
                continue
            start, end = (
                max(0, at - SNIPPET_RADIUS),
                min(len(text), at + len(term) + SNIPPET_RADIUS),
            )
            snippet = " ".join(text[start:end].split())
            found.append(("…" if start else "") + snippet + ("…" if end < len(text) else ""))
            break
    return found
