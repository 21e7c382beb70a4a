"""What the index keeps per entry (a :class:`Row`), as `list` shows it and `search` finds it.

Rows are built from entries at a write or a reconcile, and from the index's fields at an
unlock; the searchable text of every row is one slice of the loaded index (no copies).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from reflect.models import Entry

Record = dict[str, Any]  # an entry as listed: the fields `--json` listings promise


@dataclass(frozen=True)
class SearchHit:
    record: Record
    snippets: list[str]


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

    @property
    def changed_at(self) -> datetime:
        """When the entry was last written: its update, else its creation."""
        return datetime.fromisoformat(self.updated or self.created)

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


def rows_containing(rows: Sequence[Row], lowered: bytes, terms: Sequence[bytes]) -> list[Row]:
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


def draft_summary(draft: Entry) -> Record:
    return {
        "id": draft.id,
        "created": draft.created.isoformat(),
        "set": draft.set_id,
        "status": "draft",
        "title": draft.title,
        "tags": list(draft.tags),
        "verified": False,
    }


def is_older(new: Row, old: Row) -> bool:
    return new.changed_at < old.changed_at


def snippets(text: str, terms: Sequence[str]) -> list[str]:
    """Short windows of the text around the matches, each place once (see reflect.journal.matches)."""
    from reflect.journal.matches import excerpts

    return [excerpt.text for excerpt in excerpts(text, terms)]
