"""Reading a ``reflect.entries/1`` file: all of it is valid, or none of it is imported."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.errors import ReflectError
from reflect.models import EXCHANGE_FORMAT, Entry


def _where(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc]
    if len(parts) >= 2 and parts[0] == "entries":
        rest = ".".join(parts[2:])
        return f"entry {int(parts[1]) + 1}" + (f", field '{rest}'" if rest else "")
    return "field '" + ".".join(parts) + "'" if parts else "the document"


def read_entries(path: Path) -> list[Entry]:
    """Parse and validate the whole file before anything is written."""
    from pydantic import ValidationError

    from reflect.models import EntryFile

    name = path.name
    nothing = "nothing was imported."
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReflectError(f"Cannot read {path}: {exc.strerror}; {nothing}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReflectError(
            f"{name} is not UTF-8 text (byte {raw[exc.start]:#04x} at offset {exc.start}); {nothing}"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReflectError(
            f"{name} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); {nothing}"
        ) from None
    if not isinstance(data, dict) or data.get("format") != EXCHANGE_FORMAT:
        raise ReflectError(
            f'{name} is not a reflect export: it needs "format": "{EXCHANGE_FORMAT}"; {nothing}'
        )
    try:
        document = EntryFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise ReflectError(
            f"{name}: {_where(first['loc'])}: {first['msg']}{more}; {nothing}"
        ) from None
    return document.entries
