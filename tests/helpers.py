"""Small builders shared by tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reflect.models import Answer, Entry

BASE = datetime(2026, 11, 20, 21, 14, tzinfo=UTC)


def make_entry(
    text: str = "It was at a party.", *, days: int = 0, title: str | None = None, **extra: object
) -> Entry:
    return Entry.model_validate(
        {
            "created": BASE + timedelta(days=days),
            "set": "imperfect-men",
            "set_version": 1,
            "title": title,
            "answers": [
                Answer(step="drink", prompt="Did I ever ...?", kind="yesno", value="yes"),
                Answer(step="drink-what", prompt="What happened?", kind="text", value=text),
            ],
            **extra,
        }
    )
