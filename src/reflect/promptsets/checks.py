"""Problems in a prompt-set file, in sentences a counselor can act on.

Two sources: pydantic's per-field errors, translated here (never shown raw), and the rules
that need the whole set, which run on whatever steps did validate so that one broken step
does not hide the problems of the others.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from reflect.promptsets.model import (
    MAX_SCALE_POINTS,
    NO,
    STEP_KINDS,
    YES,
    Condition,
    Homework,
    Step,
)

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file.

    ``location`` is "set", "step 'id'", "resource 2", "line 12" (a TOML syntax problem) or
    "file"; ``field`` is the field at fault, or "". ``path`` is where it sits in the parsed
    document (``("steps", 2, "when")``), from which the loader finds ``line``. ``fix``, when
    reflect can tell, is the line as it should be typed.
    """

    location: str
    field: str
    message: str
    line: int | None = None
    fix: str = ""
    path: KeyPath = ()

    @property
    def where(self) -> str:
        """ "line 14, step 'drink-what'": the line first, then the part of the set."""
        if self.location.startswith("line "):  # a TOML problem: the line (and column) is all
            return self.location
        parts = [f"line {self.line}"] if self.line else []
        part = _PART_NAMES.get(self.location, self.location)
        if part:
            parts.append(part)
        return ", ".join(parts) or "in the file"

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}"
        if self.fix:
            stop = " " if self.message.endswith(("?", ".")) else ". "
            text += f"{stop}Type it as: {self.fix}"
        return text


_PART_NAMES = {"set": "in [set]", "file": ""}


def step_location(index: int, raw: Any) -> str:
    """ "step 'drink-what'" when the step has a usable id, else its position ("step 3")."""
    step_id = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(step_id, str) and step_id:
        return f"step {step_id!r}"
    return f"step {index + 1}"


def resource_location(index: int, raw: Any) -> str:
    name = raw.get("name") if isinstance(raw, dict) else None
    return f"resource {name!r}" if isinstance(name, str) and name else f"resource {index + 1}"


# --- pydantic errors -> sentences -------------------------------------------------------

# Tables inside a step or the set, for "did you mean" suggestions on their fields.
_NESTED: dict[str, type[Any]] = {"when": Condition, "homework": Homework}

# What to type for a missing field, so the message shows the line to add.
_EXAMPLES = {
    "id": 'id = "a-short-name"',
    "title": 'title = "The title your client sees"',
    "version": "version = 1",
    "author": 'author = "Your name"',
    "kind": 'kind = "text"',
    "text": 'text = "The question, or the text to read"',
    "name": 'name = "Who or what this is"',
    "contact": 'contact = "A phone number, website or email"',
    "step": 'when = { step = "drink", is = "yes" }',
}
_WHEN_EXAMPLE = 'when = { step = "drink", is = "yes" }'

# Words a counselor might write for a kind, beyond what a spelling match finds.
_KIND_SYNONYMS = {
    "yes": "yesno",
    "boolean": "yesno",
    "bool": "yesno",
    "question": "text",
    "open": "text",
    "free": "text",
    "freetext": "text",
    "writing": "text",
    "multiplechoice": "choice",
    "select": "choice",
    "pick": "choice",
    "rating": "scale",
    "number": "scale",
    "range": "scale",
    "note": "info",
    "message": "info",
    "read": "info",
}


def from_validation_error(
    error: ValidationError,
    location: str,
    model: type[Any] | None = None,
    base: KeyPath = (),
) -> list[Problem]:
    return [_translate(e, location, model, base) for e in error.errors(include_url=False)]


def _real_parts(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    # Union members show up in `loc` as type names ("str", "int"); they mean nothing to a
    # counselor, so keep only real field names and list positions.
    return tuple(p for p in loc if isinstance(p, int) or p not in {"str", "int"})


def _translate(err: ErrorDetails, location: str, model: type[Any] | None, base: KeyPath) -> Problem:
    parts = _real_parts(err["loc"])
    field = ".".join(str(p) for p in parts)
    last = str(parts[-1]) if parts else ""
    name = f"`{field}`" if field else "it"
    given = err.get("input")
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if kind == "missing":
        example = _EXAMPLES.get(last)
        text = f"{name} is missing; add a line like {example}" if example else f"{name} is missing"
    elif kind == "extra_forbidden":
        text = f"{name} is not a name reflect knows" + _suggest(field, model)
    elif kind == "literal_error" and last == "kind":
        text = f"{name} must be one of info, yesno, text, choice or scale; got {given!r}"
        text += _suggest_kind(given)
    elif kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "")
        text = f"{name} must be one of {expected}; got {given!r}"
    elif kind == "value_error":
        # Our own validators speak in full sentences; a few start with "must" and need the
        # field's name in front.
        message = str(ctx.get("error", err["msg"]))
        text = f"{name} {message}" if message.startswith("must") else message
    elif kind in {"string_type", "str_type"}:
        text = f"{name} must be text in quotes; got {given!r}"
    elif kind in {"int_type", "int_parsing", "int_from_float"}:
        text = f"{name} must be a whole number written in digits, without quotes; got {given!r}"
    elif kind in {"bool_type", "bool_parsing"}:
        text = f"{name} must be true or false (small letters, no quotes); got {given!r}"
    elif kind == "list_type":
        text = f'{name} must be a list in square brackets, like ["one", "two"]; got {given!r}'
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        text = _not_a_table(field, given)
    elif kind == "greater_than_equal":
        text = f"{name} must be at least {ctx.get('ge')}; got {given!r}"
    elif kind == "string_too_short":
        text = f"{name} is empty; write the text between the quotes"
    elif kind.startswith(("date_", "datetime_")):
        text = f"{name} must be a date written like 2026-12-01, without quotes; got {given!r}"
    else:  # rare; pydantic's own one-line message is still better than nothing
        text = f"{name}: {err['msg']}"
    return Problem(location, field, text, path=(*base, *parts))


def _not_a_table(field: str, given: object) -> str:
    if field.endswith("when"):
        return f"`when` must be written like {_WHEN_EXAMPLE}; got {given!r}"
    if field.endswith("homework"):
        return f"`homework` must be its own part of the file, starting with [set.homework]; got {given!r}"
    if not field and isinstance(given, list):
        return "write this section's name with one bracket on each side, like [set]"
    if not field:
        return (
            "this must be a section of its own: a line [set] with lines like "
            f'id = "..." under it; got {given!r}'
        )
    return f"`{field}` must be written like {{ name = value }}; got {given!r}"


def _suggest(field: str, model: type[Any] | None) -> str:
    parent, _, name = field.rpartition(".")
    model = _NESTED.get(parent.rpartition(".")[2], model if not parent else None)
    fields = getattr(model, "model_fields", None)
    if not fields:
        return "; check the spelling"
    known = [f.alias or key for key, f in fields.items()]
    close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
    if close:
        return f"; did you mean `{close[0]}`?"
    return f"; the names it may use are {', '.join(known)}"


def _suggest_kind(given: object) -> str:
    if not isinstance(given, str):
        return ""
    squashed = "".join(c for c in given.lower() if c.isalpha())
    guess = _KIND_SYNONYMS.get(squashed)
    if guess is None:
        close = difflib.get_close_matches(squashed, STEP_KINDS, n=1, cutoff=0.6)
        guess = close[0] if close else None
    return f'; did you mean kind = "{guess}"?' if guess else ""


def did_you_mean(word: str, candidates: Sequence[str]) -> str | None:
    """The closest spelling among ``candidates`` (ignoring case), or None."""
    lowered = {c.lower(): c for c in candidates}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


# --- rules that need the whole set ------------------------------------------------------


def set_problems(steps: Sequence[Step | None], ids: Sequence[str | None]) -> list[Problem]:
    """Whole-set rules. ``steps[i]`` is None when that step failed field validation (its own
    problems are already reported); ``ids[i]`` is its id if it had a usable one."""
    problems: list[Problem] = []
    if not steps:
        problems.append(
            Problem(
                "set",
                "steps",
                "the set has no steps; add at least one question, starting with a line [[steps]]",
            )
        )
    seen: dict[str, int] = {}
    for index, step_id in enumerate(ids):
        if step_id is None:
            continue
        if step_id in seen:
            problems.append(
                Problem(
                    f"step {step_id!r}",
                    "id",
                    f"the id {step_id!r} is used by steps {seen[step_id] + 1} and {index + 1}; "
                    "each step needs its own id",
                    path=("steps", index, "id"),
                )
            )
        else:
            seen[step_id] = index
    for index, step in enumerate(steps):
        if step is not None:
            problems += _kind_problems(step, index)
            problems += _when_problems(step, index, steps, seen)
    return problems


def _kind_problems(step: Step, index: int) -> list[Problem]:
    where = f"step {step.id!r}"
    out: list[Problem] = []
    given = step.model_fields_set

    def problem(field: str, message: str) -> Problem:
        return Problem(where, field, message, path=("steps", index, field))

    def refuse(field: str, applies_to: str) -> None:
        if field in given:
            out.append(
                problem(
                    field,
                    f"`{field}` only applies to {applies_to} steps; this is a {step.kind} step. "
                    f"Remove the line, or change the kind",
                )
            )

    if step.kind == "choice":
        if len(step.choices) < 2:
            out.append(
                problem(
                    "choices",
                    'a choice step needs at least two `choices`, like choices = ["Yes", "Not sure"]',
                )
            )
        if len(set(step.choices)) != len(step.choices):
            out.append(problem("choices", "`choices` lists the same choice twice"))
    else:
        refuse("choices", "choice")
    if step.kind == "scale":
        out += [
            Problem(where, field, message, path=("steps", index, field))
            for field, message in _scale_problems(step)
        ]
    else:
        for field in ("min", "max", "labels"):
            refuse(field, "scale")
    if step.kind != "yesno":
        refuse("after_yes", "yesno")
        refuse("after_no", "yesno")
    return out


def _scale_problems(step: Step) -> list[tuple[str, str]]:
    if step.min >= step.max:
        return [("min", f"`min` ({step.min}) must be less than `max` ({step.max})")]
    points = step.max - step.min + 1
    out = []
    if points > MAX_SCALE_POINTS:
        out.append(
            (
                "max",
                f"a scale may have at most {MAX_SCALE_POINTS} points; "
                f"{step.min} to {step.max} has {points}",
            )
        )
    if step.labels and len(step.labels) not in (2, points):
        out.append(
            (
                "labels",
                f"`labels` needs 2 labels (for the ends) or {points} "
                f"(one per point); got {len(step.labels)}",
            )
        )
    return out


def _when_problems(
    step: Step, index: int, steps: Sequence[Step | None], positions: dict[str, int]
) -> list[Problem]:
    if step.when is None:
        return []
    where, target_id = f"step {step.id!r}", step.when.step

    def problem(field: str, message: str) -> list[Problem]:
        return [Problem(where, field, message, path=("steps", index, *field.split(".")))]

    if target_id == step.id:
        return problem("when.step", "`when` names this same step; it must name an earlier step")
    if target_id not in positions:
        earlier = [s for s, at in positions.items() if at < index]
        guess = did_you_mean(target_id, earlier) or did_you_mean(target_id, list(positions))
        hint = f"; did you mean {guess!r}?" if guess else "; check the spelling of the id"
        return problem(
            "when.step", f"`when` names step {target_id!r}, and there is no step with that id{hint}"
        )
    if positions[target_id] > index:
        return problem(
            "when.step",
            f"`when` names step {target_id!r}, which comes "
            "later; a step can only depend on an answer given before it",
        )
    target = steps[positions[target_id]]
    if target is None:  # that step has its own problems; nothing sure to say about fit
        return []
    return [
        Problem(where, "when", message, path=("steps", index, "when"))
        for message in _fit_problems(target, step.when.values)
    ]


def _fit_problems(target: Step, values: list[str | int]) -> list[str]:
    name = f"step {target.id!r}"
    if target.kind == "yesno":
        allowed: list[str | int] = [YES, NO]
        wording = '"yes" or "no"'
    elif target.kind == "choice":
        allowed = list(target.choices)
        wording = "one of its choices: " + ", ".join(repr(c) for c in target.choices)
    elif target.kind == "scale":
        allowed = list(range(target.min, target.max + 1))
        wording = f"a number from {target.min} to {target.max}, without quotes"
    else:
        return [
            f"`when` can only depend on a yesno, choice or "
            f"scale step; {name} is a {target.kind} step"
        ]
    # bool is an int subclass; _check_scalar already refused booleans, so `in` is exact here.
    bad = [v for v in values if v not in allowed or type(v) is not type(allowed[0])]
    out = []
    for value in bad:
        message = f"`when` compares {name} with {value!r}, which that step can never answer"
        guess = (
            did_you_mean(value, [a for a in allowed if isinstance(a, str)])
            if isinstance(value, str)
            else None
        )
        out.append(message + (f"; did you mean {guess!r}?" if guess else f"; use {wording}"))
    return out
