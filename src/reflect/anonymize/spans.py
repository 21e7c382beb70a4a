"""Candidate spans produced by detectors, before the policy decides what replaces them."""

from __future__ import annotations

from dataclasses import dataclass

# When two overlapping candidates are equally long, the earlier kind in this list wins: contact
# details first (they must be removed outright), then what a gazetteer or a suffix recognised
# ("Lincoln High" is a school, not a person), then people, then the vaguer kinds.
KIND_PRIORITY = (
    "email",
    "url",
    "phone",
    "handle",
    "address",
    "custom",
    "title",
    "venue",
    "org",
    "place",
    "person",
    "date",
    "time",
    "number",
    "age",
    "year",
    "other",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A detected identifier. `hint` carries what the detector knows that the policy needs:
    the generic noun for places and organisations ("hotel"), or the full replacement for
    detectors that rewrite grammar themselves (ages, dates)."""

    kind: str
    start: int
    end: int
    detector: str
    hint: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start

    def rank(self) -> tuple[int, int]:
        return (-self.length, KIND_PRIORITY.index(self.kind))
