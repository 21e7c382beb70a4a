"""The counselor's inbox: many hand-ins opened with one unlock, listed, saved and charted.

Pure: it reads the files it is given and returns what it found; the CLI asks and draws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reflect.errors import ReflectError
from reflect.homework.clients import ClientBook, Sender, SenderKind
from reflect.homework.handin import Handin, Opened, open_checked
from reflect.untrusted import clean_line
from reflect.vault import age


@dataclass(frozen=True)
class InboxItem:
    path: Path
    opened: Opened | None = None
    sender: Sender | None = None
    error: str | None = None  # why this file could not be read (the others still are)
    failure: ReflectError | None = None  # the error itself, to raise when it is the only file

    @property
    def handin(self) -> Handin | None:
        return self.opened.handin if self.opened else None

    @property
    def handed_in(self) -> datetime | None:
        return self.opened.handin.shared if self.opened else None


def collect(paths: list[Path]) -> list[Path]:
    """The files named, with each folder replaced by the ``.age`` files in it (sorted)."""
    found: list[Path] = []
    for path in paths:
        path = path.expanduser()
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix == ".age" and p.is_file())
        elif not path.exists():
            raise ReflectError(
                f"There is no file {clean_line(str(path))}. If its name has spaces or brackets, "
                "put it in quotes, or drag the file into the terminal window."
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def open_all(
    paths: list[Path],
    identities: list[age.Identity],
    book: ClientBook,
    *,
    accept_new_key: bool = False,
) -> list[InboxItem]:
    """Open every file with the same keys; a file that fails is an item with its reason.

    Senders are identified in the order the hand-ins were made, so the first-seen key of a
    client is the one from their earliest hand-in, whatever the files are called.
    """
    opened: list[tuple[Path, Opened]] = []
    failed: list[InboxItem] = []
    for path in paths:
        try:
            opened.append(
                (path, open_checked(path.read_bytes(), identities, clean_line(path.name)))
            )
        except ReflectError as exc:
            failed.append(InboxItem(path, error=str(exc), failure=exc))
        except OSError as exc:
            failed.append(InboxItem(path, error=exc.strerror or str(exc)))
    opened.sort(key=lambda pair: pair[1].handin.shared)
    items = [
        InboxItem(path, item, book.identify(item, accept_new_key=accept_new_key))
        for path, item in opened
    ]
    return items + failed


def row(item: InboxItem) -> dict[str, object]:
    """One line of the inbox, as data (the --json form, and what the table shows)."""
    if item.opened is None or item.sender is None:
        return {"file": item.path.name, "error": item.error}
    doc = item.opened.handin
    return {
        "file": item.path.name,
        "client": item.sender.name,
        "sender": item.sender.to_dict(),
        "set": doc.set_info.id,
        "version": doc.set_info.version,
        "title": doc.title,
        "due": doc.due.isoformat() if doc.due else None,
        "handed_in": doc.shared.isoformat(),
        "complete": doc.status == "complete",
        "verified": item.sender.verified,
        "answers": len(doc.answers),
        "withheld": len(doc.withheld),
    }


_UNSAFE = re.compile(r"[^\w-]+")


def slug(text: str) -> str:
    """A file-name-safe form of a name or set id (letters, digits, dashes)."""
    cleaned = _UNSAFE.sub("-", clean_line(text).strip().lower()).strip("-")
    return cleaned[:60] or "unnamed"


def save_name(item: InboxItem, extension: str) -> Path:
    """Where a hand-in is saved in an inbox folder: ``<client>/<date>-<set>-<code>.<ext>``.

    The code is six characters of a hash of the hand-in, so two hand-ins of one set on one day
    never share a name, and saving the same folder again finds what it saved before. An
    unverified hand-in goes under ``unverified/``, never under the name it claims.
    """
    import hashlib

    assert item.opened is not None and item.sender is not None
    doc = item.opened.handin
    folder = slug(item.sender.name) if item.sender.verified else "unverified"
    code = hashlib.sha256(doc.to_json_bytes()).hexdigest()[:6]
    return Path(folder) / f"{doc.shared:%Y-%m-%d}-{slug(doc.set_info.id)}-{code}.{extension}"


def of_client(items: list[InboxItem], name: str) -> list[InboxItem]:
    """A client's verified hand-ins, oldest first."""
    wanted = name.casefold()
    return [
        i
        for i in items
        if i.sender is not None
        and i.sender.kind in (SenderKind.KNOWN, SenderKind.NEW)
        and i.sender.name.casefold() == wanted
    ]


@dataclass(frozen=True)
class Point:
    when: datetime
    value: int | None


@dataclass(frozen=True)
class Series:
    step: str
    prompt: str
    low: int
    high: int
    points: list[Point]


def scale_series(items: list[InboxItem]) -> list[Series]:
    """Each scale question's answers across hand-ins, in the order the questions first appear."""
    found: dict[str, Series] = {}
    for item in items:
        doc = item.handin
        if doc is None:
            continue
        for answer in doc.answers:
            if answer.kind != "scale":
                continue
            low = answer.scale.min if answer.scale else 1
            high = answer.scale.max if answer.scale else 5
            value = answer.value if isinstance(answer.value, int) and not answer.skipped else None
            series = found.setdefault(
                answer.step, Series(answer.step, answer.prompt, low, high, [])
            )
            series.points.append(Point(doc.shared, value))
    return list(found.values())


def chart_lines(series: Series, width: int = 20) -> list[str]:
    """A small bar chart, one line per hand-in: '2026-11-08  ████████░░░░  4 of 1-5'."""
    span = max(series.high - series.low, 1)
    lines = []
    for point in series.points:
        if point.value is None:
            lines.append(f"{point.when:%Y-%m-%d}  {'·' * 1:<{width}}  skipped")
            continue
        filled = round((point.value - series.low) / span * (width - 1)) + 1
        bar = "█" * filled + "░" * (width - filled)
        lines.append(f"{point.when:%Y-%m-%d}  {bar}  {point.value} ({series.low}-{series.high})")
    return lines
