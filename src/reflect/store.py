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

import gc
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reflect.errors import DamagedError, ReflectError, UsageError
from reflect.models import Entry
from reflect.vault import Folder, Keys, Vault
from reflect.vault.age import AgeError

INDEX_FORMAT = 3  # 3: text lengths in bytes
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
        """Open the journal and reconcile it with the files. The lock is only taken when the
        index must be rewritten: reading needs none, since every write is atomic."""
        journal = OpenJournal(self.vault, keys)
        seen = self.vault.index_stamp()
        report = journal.reconcile(save=False)
        if journal.needs_saving:
            with self.vault.locked():
                if self.vault.index_stamp() == seen:
                    journal._save_index_locked()
                else:  # another process rewrote the index meanwhile: build on its version
                    journal._refresh_locked()
                    journal._save_index_locked()
        return journal, report


class OpenJournal:
    """The unlocked journal: list, show, search, edit, delete, import, export."""

    def __init__(self, vault: Vault, keys: Keys) -> None:
        self.vault = vault
        self.keys = keys
        self.rows: dict[str, Row] = {}
        self._blob: bytes | memoryview | None = None  # every row's UTF-8 text, in row order
        self.needs_saving = False
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
            end_of_header = bytes(payload[:4096]).find(b"\n")
            if end_of_header < 0:  # a long header: look further (rare, so the slow way)
                end_of_header = payload.tobytes().index(b"\n")
            # Thousands of small lists and rows: the cyclic GC has nothing to find here and
            # would otherwise run many times over them.
            gc.disable()
            try:
                data = json.loads(payload[:end_of_header].tobytes())
                if data.get("format") != INDEX_FORMAT:
                    return False
                blob = payload[end_of_header + 1 :]
                offset = 0
                for fields in data["rows"]:
                    row = Row.from_fields(fields, blob, offset)
                    offset += len(row.raw)
                    self.rows[row.id] = row
            finally:
                gc.enable()
            self._blob = blob
        except (ValueError, KeyError, TypeError, IndexError):
            self.rows.clear()
            return False
        return True

    def _save_index_locked(self) -> None:
        rows = [self.rows[entry_id] for entry_id in sorted(self.rows)]
        header = json.dumps(
            {"format": INDEX_FORMAT, "rows": [r.fields() for r in rows]}, separators=(",", ":")
        )
        blob = b"".join(r.raw for r in rows)
        self.vault.write_index_locked(self.keys, header.encode() + b"\n" + blob)
        self._blob = None  # row order may differ from what was loaded
        self.needs_saving = False

    def reconcile(self, *, save: bool = True) -> UnlockReport:
        """Bring the index in line with the entry files. With ``save``, also rewrite the index
        (the caller holds the lock); without, leave ``needs_saving`` for the caller.

        A file whose size, times and inode are what the manifest recorded is not read again:
        replacing a file always changes its ctime, which only root can set back. Any other
        file is hashed, and decrypted if its hash is not the recorded one.
        """
        report = UnlockReport()
        had_index = self.vault.index_exists()
        if not self._load_index() and had_index:
            report.index_unverified = True
        known = dict(self.rows)
        on_disk = self.vault.scan("entries")
        dirty = False
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
            try:
                entry = decode_entry(self.keys.decrypt(ciphertext), entry_id)
            except (AgeError, DamagedError) as exc:
                report.damaged.append(Damage("entries", entry_id, _damage_reason(exc)))
                self._forget(entry_id)
                continue
            new_row = Row.of(entry, digest, stat_key(stat))
            if row is None:
                report.added.append(new_row.summary())
            elif _is_older(new_row, row):
                report.rolled_back.append(new_row.summary())
            else:
                report.changed.append(new_row.summary())
            self.rows[entry_id] = new_row
        for entry_id in known:
            if entry_id not in on_disk:
                report.vanished.append(entry_id)
                dirty |= self._forget(entry_id)
        self.damaged = report.damaged
        self.needs_saving = dirty or report.index_unverified
        if save and self.needs_saving:
            self._save_index_locked()
        return report

    def _forget(self, entry_id: str) -> bool:
        return self.rows.pop(entry_id, None) is not None

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
        chosen = []
        for row in self.rows.values():
            if set_id and row.set_id != set_id:
                continue
            if tag and tag.lower() not in row.tags:
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

    def resolve(self, prefix: str) -> str:
        """The one entry id starting with ``prefix``."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise UsageError("Give an entry id (the first few characters are enough).")
        matches = [entry_id for entry_id in self.rows if entry_id.startswith(prefix)]
        if not matches:
            raise ReflectError(f"No entry starts with '{prefix}'. `reflect list` shows the ids.")
        if len(matches) > 1:
            shown = ", ".join(sorted(matches)[:5])
            raise UsageError(
                f"'{prefix}' matches {len(matches)} entries ({shown}); type more of the id."
            )
        return matches[0]

    def get(self, prefix: str) -> Entry:
        """The entry itself, decrypted from its file (the index holds only what search needs)."""
        entry_id = self.resolve(prefix)
        try:
            ciphertext = self.vault.read_ciphertext("entries", entry_id)
            return decode_entry(self.keys.decrypt(ciphertext), entry_id)
        except FileNotFoundError:
            raise ReflectError(f"Entry {entry_id[:8]} was deleted a moment ago.") from None
        except AgeError as exc:
            raise DamagedError(f"entries/{entry_id}.age {_damage_reason(exc)}.") from None

    def search(self, query: str) -> list[SearchHit]:
        """Entries whose title or answers contain every word of the query, newest first."""
        terms = [t for t in query.lower().split() if t]
        if not terms:
            raise UsageError("Give something to search for.")
        rows = list(self.rows.values())
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
        chosen = [self.resolve(i) for i in ids] if ids else [r["id"] for r in self.list_entries()]
        return [self.get(entry_id) for entry_id in chosen]

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
                stat = self.vault.path_for("entries", entry.id).stat()
                self.rows[entry.id] = Row.of(entry, entry_sha256(ciphertext), stat_key(stat))
            self._save_index_locked()

    def delete(self, entry_id: str) -> None:
        with self.vault.locked():
            self._refresh_locked()
            self.vault.remove("entries", entry_id)
            self._forget(entry_id)
            self._save_index_locked()

    def _refresh_locked(self) -> None:
        """Pick up what other processes wrote since we unlocked, so our index write keeps it."""
        self.rows.clear()
        self.late_reports.append(self.reconcile())

    def import_entries(self, entries: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
        """Add entries whose id is new; return (added, skipped duplicates)."""
        seen: set[str] = set()
        added, skipped = [], []
        for entry in entries:
            if entry.id in self.rows or entry.id in seen:
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

    @property
    def text(self) -> str:
        return str(self.raw, "utf-8")

    @classmethod
    def of(cls, entry: Entry, sha256: str, stat: StatKey) -> Row:
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
        )

    def fields(self) -> list[object]:
        return [self.id, self.sha256, *self.stat, self.created, self.updated, self.set_id,
                self.status, self.title, list(self.tags), len(self.raw)]  # fmt: skip

    @classmethod
    def from_fields(cls, fields: list[Any], blob: memoryview, offset: int) -> Row:
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
                   tuple(tags), blob[offset : offset + length])  # fmt: skip

    def with_stat(self, stat: StatKey) -> Row:
        from dataclasses import replace

        return replace(self, stat=stat)

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.created)

    def summary(self) -> Record:
        """The fields `--json` listings promise (a contract): id, created, set, status, title."""
        return {
            "id": self.id,
            "created": self.created,
            "set": self.set_id,
            "status": self.status,
            "title": self.title,
            "tags": list(self.tags),
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
    text = str(exc)
    return (
        "swapped: it holds a different entry"
        if "swapped" in text
        else "does not hold a valid entry"
    )


def _is_older(new: Row, old: Row) -> bool:
    return datetime.fromisoformat(new.updated or new.created) < datetime.fromisoformat(
        old.updated or old.created
    )


SNIPPET_RADIUS = 40


def _snippets(text: str, terms: Sequence[str]) -> list[str]:
    """A short window of the text around the first place each term appears."""
    lowered = text.lower()
    found = []
    for term in terms:
        at = lowered.find(term)
        if at < 0:
            continue
        start, end = max(0, at - SNIPPET_RADIUS), min(len(text), at + len(term) + SNIPPET_RADIUS)
        snippet = " ".join(text[start:end].split())
        found.append(("…" if start else "") + snippet + ("…" if end < len(text.rstrip()) else ""))
    return found
