"""Reading prompt sets: files, text, the built-in sets and the starter template."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from reflect.errors import ReflectError
from reflect.promptsets.checks import (
    Problem,
    from_validation_error,
    resource_location,
    set_problems,
    step_location,
)
from reflect.promptsets.model import SUPPORTED_FORMAT, PromptSet, Resource, SetInfo, Step
from reflect.untrusted import clean_line

_TOP_LEVEL = {"set", "steps", "resources"}
_BOM = "\ufeff"  # Windows Notepad starts UTF-8 files with it; TOML does not allow it


def shell_quote(path: str) -> str:
    """A file name as it must be typed in a shell: quoted when it holds spaces and the like."""
    import shlex

    return shlex.quote(clean_line(path))


class PromptSetError(ReflectError):
    """A prompt set that cannot be used; ``problems`` holds every reason."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        first = problems[0]
        more = len(problems) - 1
        message = f"{clean_line(source)}, {first}"
        if more:
            command = f"reflect prompts validate {shell_quote(source)}"
            message += f" (and {more} more; `{command}` lists them all)"
        super().__init__(message)
        self.source = source
        self.problems = list(problems)


def validate_text(text: str) -> list[Problem]:
    """Every problem in a prompt-set document; [] when it is valid."""
    return _check(text)[1]


def validate_file(path: str | Path) -> list[Problem]:
    """Every problem in a prompt-set file, including not being readable; [] when valid."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem("file", "", f"cannot read {path}: {_reason(exc)}")]
    return validate_text(text)


def load_set_text(text: str, source_name: str = "<text>") -> PromptSet:
    prompt_set, problems = _check(text)
    if prompt_set is None:
        raise PromptSetError(source_name, problems)
    return prompt_set


def load_set(path: str | Path) -> PromptSet:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReflectError(f"cannot read the question set {path}: {_reason(exc)}") from None
    return load_set_text(text, str(path))


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _check(text: str) -> tuple[PromptSet | None, list[Problem]]:
    text = text.removeprefix(_BOM)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from reflect.promptsets.toml_help import explain

        return None, [explain(text, exc)]
    problems = _newer_format(raw)
    if not problems:  # a newer format may use things this code cannot know about
        problems = _problems(raw)
    if problems:
        return None, _with_lines(problems, text)
    return PromptSet.model_validate(raw), []


def _problems(raw: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    problems += _part(
        SetInfo,
        raw.get("set"),
        "set",
        missing="there is no [set] section; start the file with a line [set] and the set's "
        'id = "...", title, version and author under it',
    )
    steps, ids = _steps(raw.get("steps", []), problems)
    resources_raw = raw.get("resources", [])
    if isinstance(resources_raw, list):
        for index, item in enumerate(resources_raw):
            problems += _part(Resource, item, resource_location(index, item), ("resources", index))
    else:
        problems.append(_two_brackets("resources"))
    if steps is not None:
        problems += set_problems(steps, ids)
    problems += [_unknown_section(key, raw[key]) for key in raw if key not in _TOP_LEVEL]
    return problems


def _with_lines(problems: list[Problem], text: str) -> list[Problem]:
    from dataclasses import replace

    from reflect.promptsets.positions import line_of, locate

    positions = locate(text)
    located = [
        p if p.line is not None else replace(p, line=line_of(positions, p.path)) for p in problems
    ]
    # In the order of the file: the first mistake is often the cause of the next ones.
    return sorted(located, key=lambda p: (p.line is None, p.line or 0))


def _two_brackets(name: str) -> Problem:
    return Problem(
        "file",
        name,
        f"write [[{name}]] with two brackets on each side; each one starts a new "
        f"{'question' if name == 'steps' else 'resource'}",
        path=(name,),
    )


def _unknown_section(key: str, value: Any) -> Problem:
    from reflect.promptsets.toml_help import section_suggestion

    if key == "homework":
        advice = "write it as [set.homework]"
    elif key in SetInfo.model_fields:
        advice = "it belongs in [set]: put a line [set] above it"
    elif key in Step.model_fields:
        advice = "it belongs to a question: put a line [[steps]] above it"
    elif key in Resource.model_fields:
        advice = "it belongs to a resource: put a line [[resources]] above it"
    elif guess := section_suggestion(key):
        advice = f"did you mean {guess}?"
    else:
        advice = "a file has only [set], [[steps]] and [[resources]]"
    if isinstance(value, dict):
        message = f"[{key}] is not a section reflect knows; {advice}"
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        message = f"[[{key}]] is not a section reflect knows; {advice}"
    else:
        message = f"`{key}` comes before any section; {advice}"
    return Problem("file", key, message, path=(key,))


def _newer_format(raw: dict[str, Any]) -> list[Problem]:
    info = raw.get("set")
    declared = info.get("format") if isinstance(info, dict) else None
    if isinstance(declared, int) and not isinstance(declared, bool) and declared > SUPPORTED_FORMAT:
        return [
            Problem(
                "set",
                "format",
                f"this set needs a newer reflect: it uses format {declared}, "
                f"and this reflect reads format {SUPPORTED_FORMAT}. Update reflect to use it.",
                path=("set", "format"),
            )
        ]
    return []


def _part(
    model: type[BaseModel],
    raw: Any,
    location: str,
    base: tuple[str | int, ...] | None = None,
    missing: str = "",
) -> list[Problem]:
    base = (location,) if base is None else base
    if raw is None and missing:
        return [Problem(location, "", missing, path=base)]
    try:
        model.model_validate(raw)
    except ValidationError as exc:
        return from_validation_error(exc, location, model, base)
    return []


def _steps(raw: Any, problems: list[Problem]) -> tuple[list[Step | None] | None, list[str | None]]:
    """Validate each step on its own, so one bad step does not hide problems in the others."""
    if not isinstance(raw, list):
        problems.append(_two_brackets("steps"))
        return None, []
    steps: list[Step | None] = []
    ids: list[str | None] = []
    for index, item in enumerate(raw):
        location = step_location(index, item)
        try:
            steps.append(Step.model_validate(item))
        except ValidationError as exc:
            steps.append(None)
            problems += from_validation_error(exc, location, Step, ("steps", index))
        step_id = item.get("id") if isinstance(item, dict) else None
        ids.append(step_id if isinstance(step_id, str) and step_id else None)
    return steps, ids


# --- built-in sets and the starter template ----------------------------------------------


def _builtin_dir() -> Traversable:
    # An installed wheel carries the top-level prompts/ folder as reflect/builtin_prompts
    # (hatch force-include in pyproject.toml). An editable or source checkout has no such
    # folder, so read prompts/ at the repository root: src/reflect/__init__.py -> parents[2].
    packaged = resources.files("reflect") / "builtin_prompts"
    if packaged.is_dir():
        return packaged
    import reflect

    return Path(reflect.__file__).parents[2] / "prompts"


@functools.cache
def _builtin_sets() -> tuple[PromptSet, ...]:
    folder = _builtin_dir()
    files = (
        sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
        if folder.is_dir()
        else []
    )
    return tuple(load_set_text(f.read_text(encoding="utf-8"), f"built-in {f.name}") for f in files)


def builtin_sets() -> list[PromptSet]:
    """The sets shipped with reflect, ordered by file name."""
    return list(_builtin_sets())


def find_builtin(set_id: str) -> PromptSet | None:
    return next((s for s in _builtin_sets() if s.id == set_id), None)


def resolve_set(ref: str, extra: Sequence[PromptSet] = ()) -> PromptSet:
    """What `reflect start REF` means: a file path if REF names a file (or ends in .toml),
    else a set id among ``extra`` (e.g. sets the user added) and then the built-in sets."""
    path = Path(ref)
    if ref.endswith(".toml") or path.is_file():
        return load_set(path)
    for candidate in (*extra, *_builtin_sets()):
        if candidate.id == ref:
            return candidate
    known = ", ".join(sorted({s.id for s in (*extra, *_builtin_sets())})) or "none"
    raise ReflectError(f"no question set called {ref!r}; known sets: {known}")


def starter_text() -> str:
    """The commented template `reflect prompts new` writes out for a counselor to edit."""
    template = resources.files("reflect") / "starter_prompt_set.toml"
    return template.read_text(encoding="utf-8")
