"""Plaintext renderings of entries: the exchange JSON, Markdown and plain text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from reflect.models import EXCHANGE_FORMAT, Entry

ExportFormat = Literal["json", "md", "txt"]


def to_json(entries: Sequence[Entry]) -> str:
    document = {
        "format": EXCHANGE_FORMAT,
        # Seals stay in the vault: an export is a copy for the person, not a proof of authorship.
        "entries": [
            e.model_dump(mode="json", by_alias=True, exclude_none=True, exclude={"seal"})
            for e in entries
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_markdown(entries: Sequence[Entry]) -> str:
    parts = []
    for entry in entries:
        lines = [f"# {entry.display_title()}", ""]
        lines.append(
            f"*{entry.created:%Y-%m-%d %H:%M} · {entry.set_id} · {entry.status} · {entry.id}*"
        )
        if entry.tags:
            lines.append(f"*tags: {', '.join(entry.tags)}*")
        for answer in entry.answers:
            lines += ["", f"## {answer.prompt}", "", answer.shown()]
        parts.append("\n".join(lines))
    return "\n\n---\n\n".join(parts) + "\n"


def to_text(entries: Sequence[Entry]) -> str:
    parts = []
    for entry in entries:
        lines = [
            entry.display_title(),
            f"{entry.created:%Y-%m-%d %H:%M}  {entry.set_id}  {entry.status}  {entry.id}",
        ]
        for answer in entry.answers:
            lines += ["", answer.prompt, answer.shown()]
        parts.append("\n".join(lines))
    return ("\n\n" + "=" * 40 + "\n\n").join(parts) + "\n"


def render(entries: Sequence[Entry], fmt: ExportFormat) -> str:
    return {"json": to_json, "md": to_markdown, "txt": to_text}[fmt](entries)
