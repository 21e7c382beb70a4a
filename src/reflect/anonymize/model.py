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
    "time",
    "number",
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
    """Something left in the output that may still identify someone, and why it was flagged.

    ``kind`` is "word" (a capitalised or rare word), "number", or "phrase" (a quasi-identifier:
    a unique role, a rank at a named place, a team change with its month, a named event). For a
    phrase, ``word`` is the phrase as it reads in the output, ``original`` the same stretch of
    the original text (what to mark to hide it) and ``suggestion`` a gentler wording."""

    word: str
    reason: str
    kind: str = "word"
    original: str = ""
    suggestion: str = ""


@dataclass(frozen=True, slots=True)
class Result:
    text: str
    findings: list[Finding] = field(default_factory=list)
    residual_risks: list[ResidualRisk] = field(default_factory=list)
