"""What `reflect prompts validate` reports on a file, in one call."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reflect.errors import ReflectError
from reflect.promptsets.checks import Problem
from reflect.promptsets.loading import load_set, validate_file
from reflect.promptsets.model import PromptSet
from reflect.promptsets.placeholders import Placeholder, starter_placeholders


@dataclass(frozen=True)
class FileCheck:
    """Every problem in the file; or, when it has none, the set and the starter placeholders
    still in it (a valid set that says author = "Your name" is not ready to give out)."""

    problems: list[Problem]
    prompt_set: PromptSet | None = None
    placeholders: list[Placeholder] = field(default_factory=list)


def check_file(path: Path) -> FileCheck:
    if not path.is_file():
        raise ReflectError(f"There is no file {path}.")
    problems = validate_file(path)
    if problems:
        return FileCheck(problems)
    return FileCheck([], load_set(path), starter_placeholders(path.read_text(encoding="utf-8")))
