"""The part of the day an hour falls in, as words that keep a sentence ("in the small hours")."""

from __future__ import annotations


def hour_phrase(hour: int, ampm: str | None) -> str | None:
    if ampm is None:
        return None
    pm = ampm.lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    if hour < 5:
        return "in the small hours"
    if hour < 12:
        return "in the morning"
    if hour < 17:
        return "in the afternoon"
    if hour < 21:
        return "in the evening"
    return "late at night"
