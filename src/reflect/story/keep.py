"""Keeping a reviewed story draft in the journal, as an entry of its own."""

from __future__ import annotations

from reflect.models import Answer, Entry, now

STORY_SET = "story"  # the set of a kept story draft: never offered as a source for a story


def draft_entry(text: str) -> Entry:
    """The anonymized story as a journal entry (set "story"), stamped now."""
    stamp = now()
    return Entry.model_validate(
        {
            "created": stamp,
            "set": STORY_SET,
            "title": "Story draft",
            "answers": [
                Answer(
                    step="story",
                    prompt="Anonymized story",
                    kind="text",
                    value=text,
                    answered=stamp,
                )
            ],
        }
    )
