"""Finding entries among the index's rows: by id prefix, by filters, by words. Pure: rows in,
rows (or ids) out; nothing is decrypted here."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date

from reflect.errors import Hint, ReflectError, UsageError
from reflect.journal.rows import Row, SearchHit, rows_containing, snippets
from reflect.models import Entry


def newest_first(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (r.created_at, r.id), reverse=True)


def select(
    rows: Iterable[Row],
    *,
    set_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
    tag: str | None = None,
    verified_only: bool = False,
) -> list[Row]:
    """The rows that pass every filter given, newest first."""
    chosen = []
    for row in rows:
        if set_id and row.set_id != set_id:
            continue
        if tag and tag.lower() not in row.tags:
            continue
        if verified_only and row.sealed_by is None:
            continue
        if since or until:
            day = row.created_at.date()
            if (since and day < since) or (until and day > until):
                continue
        chosen.append(row)
    return newest_first(chosen)


def resolve(ids: Collection[str], prefix: str) -> str:
    """The one entry id starting with ``prefix``."""
    prefix = prefix.strip().lower()
    if not prefix:
        raise UsageError("Give an entry id (the first few characters are enough).")
    if prefix in ids:  # a whole id is never ambiguous, even if it starts another one
        return prefix
    matches = [entry_id for entry_id in ids if entry_id.startswith(prefix)]
    if not matches:
        raise ReflectError(f"No entry starts with '{prefix}'.", Hint.LIST_IDS)
    if len(matches) > 1:
        shown = ", ".join(sorted(matches)[:5])
        raise UsageError(
            f"'{prefix}' matches {len(matches)} entries ({shown}); type more of the id."
        )
    return matches[0]


def resolve_any(entry_ids: Collection[str], draft_ids: Iterable[str], prefix: str) -> str:
    """An entry or a draft id from a prefix (drafts are not in the index)."""
    prefix = prefix.strip().lower()
    drafts = [d for d in draft_ids if d.startswith(prefix)]
    if prefix in drafts and prefix not in entry_ids:
        return prefix
    if prefix and drafts and not any(e.startswith(prefix) for e in entry_ids):
        if len(drafts) > 1:
            raise UsageError(f"'{prefix}' matches {len(drafts)} drafts; type more of the id.")
        return drafts[0]
    return resolve(entry_ids, prefix)


def previous_run(rows: Iterable[Row], entry: Entry) -> Row:
    """The newest row of the same question set made before ``entry``: what
    `show --compare previous` sets beside it. Times are compared as times (two ISO strings
    with different UTC offsets do not sort as the moments they name)."""
    earlier = [
        r
        for r in rows
        if r.set_id == entry.set_id and r.id != entry.id and r.created_at < entry.created
    ]
    if not earlier:
        raise ReflectError(f"There is no earlier run of '{entry.set_id}' to compare with.")
    return max(earlier, key=lambda r: (r.created_at, r.id))


def runs_to_compare(rows: Iterable[Row], now: Row) -> list[Row]:
    """The other runs of ``now``'s question set to set beside it, newest first: those made at
    or before it, or, when it is the earliest, the later ones."""
    same_set = [r for r in rows if r.set_id == now.set_id and r.id != now.id]
    older = [r for r in same_set if r.created_at <= now.created_at]
    return newest_first(older or same_set)


def search(
    rows_by_id: Sequence[Row], blob: bytes | memoryview | None, query: str
) -> tuple[list[SearchHit], bytes | memoryview | None]:
    """Rows whose title or answers contain every word of the query, newest first; ``blob`` is
    every row's text in the order of ``rows_by_id`` (None: built here if needed, and returned
    for the caller to keep)."""
    terms = [t for t in query.lower().split() if t]
    if not terms:
        raise UsageError("Give something to search for.")
    if all(term.isascii() for term in terms):
        # One pass over all the text as bytes: ASCII lowering keeps every offset in place.
        if blob is None:
            blob = b"".join(r.raw for r in rows_by_id)
        hits = rows_containing(rows_by_id, bytes(blob).lower(), [t.encode() for t in terms])
    else:  # letters beyond ASCII need Unicode lowering, row by row
        hits = [r for r in rows_by_id if all(t in r.text.lower() for t in terms)]
    return [SearchHit(r.summary(), snippets(r.text, terms)) for r in newest_first(hits)], blob


def by_id(rows: Mapping[str, Row]) -> list[Row]:
    return [rows[entry_id] for entry_id in sorted(rows)]
