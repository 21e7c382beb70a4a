"""What an unlock found that the person must know, alarms first (the UI words and shows it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from reflect.journal.entry_file import Damage
from reflect.journal.rows import Record

IndexProblem = Literal["rolled back", "missing", "corrupt"]


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

    def merge(self, late: UnlockReport) -> None:
        """Fold a re-read made during the unlock into the unlock's own report."""
        self.rolled_back += late.rolled_back
        self.vanished += late.vanished
        self.damaged += late.damaged
        self.from_devices += late.from_devices


def unverified_record(summary: Record, location: str) -> Record:
    """How an unverified entry or draft is named: its summary and where its file is."""
    return {**summary, "location": location}
