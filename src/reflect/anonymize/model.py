"""Value types of the anonymizer's public API (kept free of data so importing them is cheap)."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = (
    "person",
    "place",
    "org",
    "venue",
    "handle",
    "email",
    "phone",
    "url",
    "address",
    "date",
    "year",
    "age",
    "title",
    "custom",
    "other",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of the ORIGINAL text and what replaces it."""

    kind: str
    start: int
    end: int
    original: str
    replacement: str
    detector: str


@dataclass(frozen=True, slots=True)
class ResidualRisk:
    """A word left in the output that may still identify someone, and why it was flagged."""

    word: str
    reason: str


@dataclass(frozen=True, slots=True)
class Result:
    text: str
    findings: list[Finding] = field(default_factory=list)
    residual_risks: list[ResidualRisk] = field(default_factory=list)
