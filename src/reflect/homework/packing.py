"""Packing a set as homework (`reflect prompts pack`): the counselor's details stamped into
the set's own TOML text, and what a new packing keeps from the last one."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.errors import ReflectError
from reflect.promptsets.model import Homework

if TYPE_CHECKING:
    from reflect.promptsets import PromptSet

_SET_HEADER = re.compile(r"^\s*\[\s*set\s*\]\s*(#.*)?$")
_HOMEWORK_HEADER = re.compile(r"^\s*\[\s*set\s*\.\s*homework\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_TABLE_ORDER = ("counselor", "contact", "recipient", "due", "note")


def earlier_packing(target: Path, source: Path) -> PromptSet | None:
    """The set packed at ``target`` last time, if there is one (and it is not the source)."""
    from reflect.promptsets import load_set_text

    if not target.exists() or target.resolve() == source.resolve():
        return None
    try:
        return load_set_text(target.read_text(encoding="utf-8"), str(target))
    except Exception:  # an unreadable earlier copy only adds nothing
        return None


def merged_homework(
    earlier: Homework | None,
    *,
    recipient: str,
    counselor: str | None = None,
    contact: str | None = None,
    due: date | None = None,
    note: str | None = None,
) -> Homework:
    """The homework to stamp: each detail given now (None: not given), else the one packed
    before, so a new due date needs no new version. The key is always the one given."""

    def keep(given: str | None, packed: str | None) -> str:
        return given if given is not None else (packed or "")

    return Homework(
        recipient=recipient,
        counselor=keep(counselor, earlier.counselor if earlier else None),
        contact=keep(contact, earlier.contact if earlier else None),
        due=due if due is not None else (earlier.due if earlier else None),
        note=keep(note, earlier.note if earlier else None),
    )


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string, apart from DEL, which TOML wants escaped.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def _given(homework: Homework) -> dict[str, object]:
    """The details that are set (an empty one is left out of the file)."""
    values = homework.model_dump()
    return {key: values[key] for key in _TABLE_ORDER if values[key] not in (None, "")}


def homework_table(homework: Homework) -> str:
    lines = ["[set.homework]"]
    for key, value in _given(homework).items():
        shown = value.isoformat() if isinstance(value, date) else _toml_string(str(value))
        lines.append(f"{key} = {shown}")
    return "\n".join(lines) + "\n"


def _table_place(lines: list[str]) -> int:
    """Where the ``[set.homework]`` table goes, after removing any earlier one from ``lines``."""
    start = next((i for i, line in enumerate(lines) if _HOMEWORK_HEADER.match(line)), None)
    if start is not None:
        end = next(
            (j for j in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[j])), len(lines)
        )
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        del lines[start:end]
        return start
    set_line = next((i for i, line in enumerate(lines) if _SET_HEADER.match(line)), None)
    if set_line is None:
        return len(lines)
    return next(
        (j for j in range(set_line + 1, len(lines)) if _ANY_HEADER.match(lines[j])), len(lines)
    )


def stamp_homework(text: str, homework: Homework) -> str:
    """The set's TOML text with its ``[set.homework]`` table replaced by ``homework``.

    Everything else (comments, layout) is kept as written. The result is parsed again and
    compared with what was meant, so an unusual layout fails loudly instead of going wrong.
    """
    import tomllib

    original = tomllib.loads(text)
    # Split on "\n" only: str.splitlines() also splits on characters such as U+0085 and U+2028,
    # which TOML allows inside strings.
    lines = text.removesuffix("\n").split("\n")
    insert_at = _table_place(lines)
    block = homework_table(homework).removesuffix("\n").split("\n")
    before = lines[:insert_at]
    after = lines[insert_at:]
    if before and before[-1].strip():
        block = ["", *block]
    if after and after[0].strip():
        block = [*block, ""]
    stamped = "\n".join([*before, *block, *after]) + "\n"
    expected = dict(original)
    expected["set"] = {**original.get("set", {}), "homework": _given(homework)}
    try:
        matches = tomllib.loads(stamped) == expected
    except tomllib.TOMLDecodeError:
        matches = False
    if not matches:
        raise ReflectError(
            "reflect could not add the homework details to this file by itself (its "
            "[set.homework] part is written in an unusual way). Delete that part and pack "
            "again; nothing was written."
        )
    return stamped
