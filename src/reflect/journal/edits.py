"""Changing an entry the person edits: a copy with the changes, each checked as the model
checks it (tags are normalised, answers validated), stamped with the time of the edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reflect.models import Answer, Entry, now


def edited(
    entry: Entry,
    *,
    title: str | None = None,
    tags: Sequence[str] | None = None,
    answers: Sequence[Answer] | None = None,
) -> Entry:
    """``entry`` with the changes given (None: unchanged) and ``updated`` set to now."""
    changes: dict[str, Any] = {"updated": now()}
    if title is not None:
        changes["title"] = title
    if tags is not None:
        changes["tags"] = list(tags)
    if answers is not None:
        changes["answers"] = list(answers)
    copy = entry.model_copy(deep=True)
    # model_copy(update=...) would skip validation: each change goes through the field's own.
    for name, value in changes.items():
        Entry.__pydantic_validator__.validate_assignment(copy, name, value)
    return copy
