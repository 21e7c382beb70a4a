"""Which question sets a person can start, and which one a reference means.

Sets the person added (homework from a counselor, or their own files) come first and replace a
built-in set of the same id. The added sets are passed in, already read, as anything with the
fields below: so this module does not reach into the homework package that installs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from reflect.promptsets import PromptSet, Resource

DEFAULT_SET = "imperfect-men"


class AddedSet(Protocol):
    """A set the person added (``reflect.homework.installed_sets.InstalledSet``)."""

    @property
    def prompt_set(self) -> PromptSet: ...
    @property
    def id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def source(self) -> str: ...
    @property
    def due(self) -> date | None: ...


@dataclass
class SetListing:
    """One line of `reflect prompts list`. Titles come from files: clean them to show them."""

    id: str
    title: str
    version: int
    steps: int
    source: str
    due: date | None = None
    runs: int | None = None  # counted only when asked for (it needs the journal unlocked)
    complete: bool = False

    @property
    def progress(self) -> str:
        """How far the person got with this set: done, not finished or not started."""
        if self.complete:
            return "done"
        return "not finished" if self.runs else "not started"

    def as_json(self) -> dict[str, object]:
        row: dict[str, object] = {
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "steps": self.steps,
            "source": self.source,
            "due": self.due.isoformat() if self.due else None,
        }
        if self.runs is not None:
            row |= {"runs": self.runs, "complete": self.complete}
        return row


def set_listings(added: Sequence[AddedSet], builtin: Iterable[PromptSet]) -> list[SetListing]:
    """The added sets, then the built-in ones that no added set replaces."""
    listings = [
        SetListing(s.id, s.prompt_set.title, s.version, len(s.prompt_set.steps), s.source, s.due)
        for s in added
    ]
    replaced = {s.id for s in added}
    listings += [
        SetListing(s.id, s.title, s.info.version, len(s.steps), "built-in")
        for s in builtin
        if s.id not in replaced
    ]
    return listings


def count_runs(
    listings: Sequence[SetListing], runs_of: Callable[[str], Sequence[Mapping[str, object]]]
) -> None:
    """Fill in, per set, how many runs the journal holds and whether one was finished.

    ``runs_of(set_id)`` lists a set's entries as the journal lists them (with a ``status``).
    """
    for listing in listings:
        runs = runs_of(listing.id)
        listing.runs = len(runs)
        listing.complete = any(r.get("status") == "complete" for r in runs)


def own_set(prompt_set: PromptSet | None) -> PromptSet | None:
    """The set, unless it is the built-in default: a set the person chose or was given."""
    return prompt_set if prompt_set is not None and prompt_set.id != DEFAULT_SET else None


def set_contacts(prompt_set: PromptSet | None) -> list[Resource]:
    """The support contacts a set adds to the built-in list (the default set adds none)."""
    chosen = own_set(prompt_set)
    return list(chosen.resources) if chosen is not None else []
