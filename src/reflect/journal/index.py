"""The index payload: a JSON header (format, generation, deletions, one list of fields per
row) on one line, then every row's searchable text, UTF-8, in row order.

Pure: bytes in, rows out, and back. The vault encrypts it and checks its MAC
(``Vault.read_index``/``write_index_locked``); the store decides what a missing, old or corrupt
index means.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from reflect.journal.rows import Row
from reflect.vault.core import VAULT_FORMAT

INDEX_FORMAT = 4  # 4: a generation, and the device whose seal each entry carries
LEGACY_INDEX_FORMAT = 3  # reflect 0.1's index: read once, to upgrade a format-1 vault
HEADER_PEEK = 4096  # the header is usually found within this many bytes; else look further


@dataclass
class LoadedIndex:
    rows: dict[str, Row] = field(default_factory=dict)
    blob: memoryview = field(default_factory=lambda: memoryview(b""))  # every row's text
    generation: int = 0
    deleted: set[str] = field(default_factory=set)
    legacy: bool = False  # reflect 0.1's index: its rows carry no seals


def parse_index(payload: memoryview, vault_format: int) -> LoadedIndex | Literal["corrupt", "old"]:
    """The rows of an authenticated payload; "old" for a reflect 0.1 index in an upgraded vault
    (an old copy put back), "corrupt" for anything that does not parse."""
    try:
        end_of_header = bytes(payload[:HEADER_PEEK]).find(b"\n")
        if end_of_header < 0:  # a long header: look further (rare, so the slow way)
            end_of_header = payload.tobytes().index(b"\n")
        with _collector_paused():
            data = json.loads(payload[:end_of_header].tobytes())
            legacy = data.get("format") == LEGACY_INDEX_FORMAT
            if legacy and vault_format >= VAULT_FORMAT:
                return "old"
            if not legacy and data.get("format") != INDEX_FORMAT:
                return "corrupt"
            loaded = LoadedIndex(blob=payload[end_of_header + 1 :], legacy=legacy)
            offset = 0
            for fields in data["rows"]:
                row = Row.from_fields(fields, loaded.blob, offset, legacy=legacy)
                offset += len(row.raw)
                loaded.rows[row.id] = row
        loaded.generation = int(data.get("generation", 0))
        loaded.deleted = {str(i) for i in data.get("deleted", [])}
    except (ValueError, KeyError, TypeError, IndexError):
        return "corrupt"
    return loaded


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Thousands of small lists and rows, no cycles among them: the cyclic GC has nothing to
    find and would run many times over them. benchmarks/index_gc_bench.py (CPU time, 10,000
    rows of ~300 words): 76 ms paused against 102-109 ms running (x1.34-1.44; x1.46 at 30,000
    rows), on every unlock."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def encode_index(rows: Sequence[Row], generation: int, deleted: Iterable[str]) -> bytes:
    """The payload for ``rows`` (sorted by id by the caller, so the file is deterministic)."""
    header = json.dumps(
        {
            "format": INDEX_FORMAT,
            "generation": generation,
            "deleted": sorted(deleted),
            "rows": [r.fields() for r in rows],
        },
        separators=(",", ":"),
    )
    return header.encode() + b"\n" + b"".join(r.raw for r in rows)
