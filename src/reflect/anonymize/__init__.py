"""Anonymizer for stories a user may share: finds names, places, dates, ages and contact
details, and replaces or generalises them consistently.

Importing this package loads no data: gazetteers load on the first call (see `lexicon.py`).

    result = anonymize(text, always_redact=["Jen Morales"])
    result.text, result.findings, result.residual_risks
    render(text, edited_findings)            # re-render after the user's review
    add_span(text, findings, "Morales")      # mark a missed string everywhere
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import KINDS, Finding, ResidualRisk, Result

__all__ = [
    "KINDS",
    "Finding",
    "ResidualRisk",
    "Result",
    "add_span",
    "anonymize",
    "reletter",
    "render",
    "residual_risks",
]


def anonymize(text: str, *, always_redact: Sequence[str] = (), risks: bool = True) -> Result:
    """Anonymize `text`; strings in `always_redact` are removed wherever they occur. With
    `risks=False` the residual risks are not looked for (the result's list is empty)."""
    from .engine import anonymize as run

    return run(text, always_redact=always_redact, risks=risks)


def render(text: str, findings: Sequence[Finding]) -> str:
    """Apply exactly these findings to `text` (the user may have edited or dropped some)."""
    from .engine import render as run

    return run(text, findings)


def add_span(
    text: str, findings: list[Finding], span_text: str, replacement: str | None = None
) -> list[Finding]:
    """Add a user-marked string: all its occurrences, case-insensitive, whole word."""
    from .engine import add_span as run

    return run(text, findings, span_text, replacement)


def residual_risks(text: str, findings: Sequence[Finding]) -> list[ResidualRisk]:
    """What may still identify someone once exactly these findings are applied (after review)."""
    from .lexicon import lexicon
    from .risk import residual_risks as run

    return run(text, findings, lexicon())


def reletter(text: str) -> str:
    """Placeholders renamed [A], [B], ... in the order they first appear: once a person has
    kept or hidden some, the letters left ("[C]", then "[E]") would hint at what was taken
    out."""
    import re

    from .policy import letter

    order: dict[str, str] = {}

    def renamed(match: re.Match[str]) -> str:
        return order.setdefault(match.group(), letter(len(order)))

    return re.sub(r"\[[A-Z]{1,3}\]", renamed, text)
