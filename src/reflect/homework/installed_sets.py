"""Question sets a person has added with `reflect prompts add` (homework from a counselor, say).

They live in the folder ``prompts/`` inside the reflect home, one file ``<set id>.toml`` each,
holding exactly the text that was added (after checking it). These files are questions, not
answers, so they are kept as plain text like the file the counselor sent; answers are always
encrypted in the vault. The folder is private (0700, files 0600) like the rest of the home.

Version rules for adding a set whose id is already installed:

* a higher ``version`` replaces the installed one, after the person agrees;
* the same version with the same questions changes nothing;
* the same version with the same questions but other homework details (a new due date, note,
  counselor name or contact, or key) is a homework update: the person sees what changed and
  accepts it;
* the same version with different questions, or a lower version, is refused: the counselor
  should raise the version when they change a set.

A set with homework can carry the counselor's key, so it steers where a hand-in goes, and the
folder may be synced or shared. So each such set is authenticated: ``<set id>.toml.mac`` beside
it holds a MAC of its text keyed from the unlocked vault identity (with a domain prefix), made
when the person adds it. A set whose MAC does not match is never used to hand in; a set with no
MAC (added by reflect 0.1, or before the journal existed) is used for a hand-in only after the
person confirms its key or adds the counselor's file again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.errors import ReflectError
from reflect.promptsets import Homework, PromptSet, load_set_text
from reflect.vault.files import atomic_write, ensure_private_dir

if TYPE_CHECKING:
    from reflect.vault import Keys

FOLDER = "prompts"
MAC_SUFFIX = ".mac"
_MAC_DOMAIN = b"reflect.installed-set/1 mac\n"
HOMEWORK_FIELDS = ("counselor", "contact", "recipient", "due", "note")


def folder(home: Path) -> Path:
    return home / FOLDER


@dataclass(frozen=True)
class InstalledSet:
    path: Path
    prompt_set: PromptSet
    text: str

    @property
    def id(self) -> str:
        return self.prompt_set.id

    @property
    def version(self) -> int:
        return self.prompt_set.info.version

    @property
    def homework(self) -> Homework | None:
        return self.prompt_set.info.homework

    @property
    def due(self) -> date | None:
        return self.homework.due if self.homework else None

    @property
    def source(self) -> str:
        """Where the set came from, in a few words for `reflect prompts list`."""
        homework = self.homework
        if homework and homework.counselor:
            return f"homework from {homework.counselor}"
        if homework:
            return "homework"
        return f"added (by {self.prompt_set.info.author})"

    @property
    def recipient(self) -> str | None:
        return self.homework.recipient if self.homework else None


@dataclass(frozen=True)
class Broken:
    """An installed file that no longer loads (edited by hand, or damaged)."""

    path: Path
    reason: str


def installed(home: Path) -> tuple[list[InstalledSet], list[Broken]]:
    """Every installed set, by id, and the files that could not be read."""
    where = folder(home)
    found: list[InstalledSet] = []
    broken: list[Broken] = []
    if not where.is_dir():
        return found, broken
    for path in sorted(where.glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
            found.append(InstalledSet(path, load_set_text(text, str(path)), text))
        except (OSError, UnicodeDecodeError) as exc:
            broken.append(Broken(path, str(exc)))
        except ReflectError as exc:
            broken.append(Broken(path, str(exc)))
    return found, broken


def prompt_sets(home: Path) -> list[PromptSet]:
    """The installed sets, for ``resolve_set(ref, extra=...)``; unreadable files are skipped."""
    return [s.prompt_set for s in installed(home)[0]]


def find(home: Path, set_id: str) -> InstalledSet | None:
    path = folder(home) / f"{set_id}.toml"
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
        return InstalledSet(path, load_set_text(text, str(path)), text)
    except (OSError, UnicodeDecodeError, ReflectError):
        return None


class Change(Enum):
    NEW = "new"
    UPGRADE = "upgrade"  # a newer version: ask first
    HOMEWORK = "homework"  # same questions, new homework details (due date, key...): ask first
    SAME = "same"  # already installed, identical: nothing to do
    REPAIR = "repair"  # the installed copy failed its check: put the counselor's file back


class VersionConflict(ReflectError):
    """The version rules refuse this file. ``plan`` replaces the installed copy anyway, for
    when that copy turns out not to be the one the person added (it failed its check)."""

    def __init__(self, plan: AddPlan, message: str) -> None:
        super().__init__(message)
        self.plan = plan


@dataclass(frozen=True)
class AddPlan:
    change: Change
    prompt_set: PromptSet
    text: str
    current: InstalledSet | None

    def homework_changes(self) -> list[tuple[str, object, object]]:
        """(field, old, new) for each homework detail this file changes."""
        old = self.current.homework if self.current else None
        new = self.prompt_set.info.homework
        changes = []
        for name in HOMEWORK_FIELDS:
            before = getattr(old, name) if old else None
            after = getattr(new, name) if new else None
            if (before or None) != (after or None):
                changes.append((name, before or None, after or None))
        return changes


def _questions(prompt_set: PromptSet) -> object:
    """The set without its homework table: what 'the same questions' compares."""
    data = prompt_set.model_dump(by_alias=True)
    data["set"].pop("homework", None)
    return data


def plan_add(home: Path, source: Path) -> AddPlan:
    """Check a set file and decide what adding it means, without writing anything.

    Raises :class:`PromptSetError` for a file with problems, and :class:`ReflectError` when
    the version rules forbid the change.
    """
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReflectError(f"There is no file {source}; nothing was added.") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror
        raise ReflectError(f"Cannot read {source}: {reason}; nothing was added.") from None
    new = load_set_text(text, str(source))
    current = find(home, new.id)
    if current is None:
        return AddPlan(Change.NEW, new, text, None)
    have, got = current.version, new.info.version
    if got > have:
        return AddPlan(Change.UPGRADE, new, text, current)
    if got == have and _digest(text) == _digest(current.text):
        return AddPlan(Change.SAME, new, text, current)
    if got == have and _questions(new) == _questions(current.prompt_set):
        plan = AddPlan(Change.HOMEWORK, new, text, current)
        return plan if plan.homework_changes() else AddPlan(Change.SAME, new, text, current)
    if got == have:
        raise VersionConflict(
            AddPlan(Change.REPAIR, new, text, current),
            f"You already have version {have} of '{new.id}', with different questions; "
            "nothing was changed. Ask for a copy with a higher version number.",
        )
    raise VersionConflict(
        AddPlan(Change.REPAIR, new, text, current),
        f"You already have version {have} of '{new.id}', newer than this file's version {got}; "
        "nothing was changed.",
    )


def install(home: Path, plan: AddPlan, keys: Keys | None = None) -> Path:
    """Write the set into the home's prompts folder (replacing an older version).

    With the unlocked vault's ``keys``, the set is authenticated (its MAC written beside it);
    without, any earlier MAC is removed, so the new text is never taken as checked.
    """
    where = folder(home)
    ensure_private_dir(home)  # mkdir(parents=True) would make a missing home world-readable
    ensure_private_dir(where)
    path = where / f"{plan.prompt_set.id}.toml"
    if plan.change is not Change.SAME:
        atomic_write(path, plan.text.encode("utf-8"))
    if keys is not None:
        authenticate(path, plan.text, keys)
    elif plan.change is not Change.SAME:
        mac_path(path).unlink(missing_ok=True)
    return path


# ---- authentication (docs/trust.md: what steers the program is authenticated) --------------


class Trust(Enum):
    CHECKED = "checked"  # the MAC matches: added by this person
    UNCHECKED = "unchecked"  # no MAC: reflect 0.1, or added before the journal existed
    TAMPERED = "tampered"  # a MAC that does not match: changed since it was added


def mac_path(path: Path) -> Path:
    return path.with_name(path.name + MAC_SUFFIX)


def _mac_payload(path: Path, text: str) -> bytes:
    # The set id (file name) is bound too, so one checked set cannot be copied over another.
    return _MAC_DOMAIN + path.name.encode("utf-8") + b"\n" + _digest(text).encode("ascii")


def authenticate(path: Path, text: str, keys: Keys) -> None:
    atomic_write(mac_path(path), (keys.mac(_mac_payload(path, text)) + "\n").encode("ascii"))


def trust(installed_set: InstalledSet, keys: Keys) -> Trust:
    try:
        tag = mac_path(installed_set.path).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return Trust.UNCHECKED
    except (OSError, UnicodeDecodeError):
        return Trust.TAMPERED
    if keys.verify(_mac_payload(installed_set.path, installed_set.text), tag):
        return Trust.CHECKED
    return Trust.TAMPERED


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
