"""Small builders shared by tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reflect.models import Answer, Entry
from reflect.vault import age

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


def plant(home: Path, entry: Entry, folder: str = "entries") -> Path:
    """Write an entry the way an attacker with write access to the vault folder could: encrypted
    to the public key in vault.json, with no seal from any of the person's devices."""
    recipient = json.loads((home / "vault.json").read_text())["recipient"]
    path = home / folder / f"{entry.id}.age"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(age.encrypt_to([recipient], entry.without_seal().to_json_bytes()))
    return path


def anonymized(text: str) -> str:
    """The text the anonymizer writes for `text`."""
    from reflect.anonymize import anonymize

    return anonymize(text).text


def gone(text: str, *words: str) -> str:
    """The anonymized text, after checking that none of `words` is left in it as a whole word."""
    import re

    result = anonymized(text)
    for word in words:
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", result), (word, result)
    return result
