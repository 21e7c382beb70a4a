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

from reflect.promptsets.model import MAX_SCALE_POINTS, NO, YES, Condition, Homework, Step


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file. ``location`` is "set", "step 'id'", "resource 2",
    "line 12" (TOML syntax) or "file"; ``field`` is the field at fault, or ""."""

    location: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


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


def from_validation_error(
    error: ValidationError, location: str, model: type[Any] | None = None
) -> list[Problem]:
    return [_translate(e, location, model) for e in error.errors(include_url=False)]


def _field_name(loc: tuple[int | str, ...]) -> str:
    # Union members show up in `loc` as type names ("str", "int"); they mean nothing to a
    # counselor, so keep only real field names and list positions.
    parts = [str(p) for p in loc if isinstance(p, int) or p not in {"str", "int"}]
    return ".".join(parts)


def _translate(err: ErrorDetails, location: str, model: type[Any] | None) -> Problem:
    field = _field_name(err["loc"])
    name = f"`{field}`" if field else "it"
    given = err.get("input")
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if kind == "missing":
        text = f"{name} is required but missing"
    elif kind == "extra_forbidden":
        text = f"{name} is not a field reflect knows" + _suggest(field, model)
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
        text = f"{name} must be a whole number; got {given!r}"
    elif kind in {"bool_type", "bool_parsing"}:
        text = f"{name} must be true or false (no quotes); got {given!r}"
    elif kind == "list_type":
        text = f'{name} must be a list in square brackets, like ["one", "two"]; got {given!r}'
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        text = f"{name} must be a table; got {given!r}"
    elif kind == "greater_than_equal":
        text = f"{name} must be at least {ctx.get('ge')}; got {given!r}"
    elif kind == "string_too_short":
        text = f"{name} must not be empty"
    elif kind.startswith(("date_", "datetime_")):
        text = f"{name} must be a date like 2026-12-01; got {given!r}"
    else:  # rare; pydantic's own one-line message is still better than nothing
        text = f"{name}: {err['msg']}"
    return Problem(location, field, text)


def _suggest(field: str, model: type[Any] | None) -> str:
    parent, _, name = field.rpartition(".")
    model = _NESTED.get(parent, model if not parent else None)
    fields = getattr(model, "model_fields", None)
    if not fields:
        return "; check the spelling"
    known = [f.alias or name for name, f in fields.items()]
    close = difflib.get_close_matches(name, known, n=1)
    return f"; did you mean `{close[0]}`?" if close else f"; it may be one of {', '.join(known)}"


# --- rules that need the whole set ------------------------------------------------------


def set_problems(steps: Sequence[Step | None], ids: Sequence[str | None]) -> list[Problem]:
    """Whole-set rules. ``steps[i]`` is None when that step failed field validation (its own
    problems are already reported); ``ids[i]`` is its id if it had a usable one."""
    problems: list[Problem] = []
    if not steps:
        problems.append(Problem("set", "steps", "the set has no steps; add at least one [[steps]]"))
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
                )
            )
        else:
            seen[step_id] = index
    for index, step in enumerate(steps):
        if step is not None:
            problems += _kind_problems(step)
            problems += _when_problems(step, index, steps, seen)
    return problems


def _kind_problems(step: Step) -> list[Problem]:
    where = f"step {step.id!r}"
    out: list[Problem] = []
    given = step.model_fields_set

    def refuse(field: str, applies_to: str) -> None:
        if field in given:
            out.append(
                Problem(
                    where,
                    field,
                    f"`{field}` only applies to {applies_to} steps; this is a {step.kind} step",
                )
            )

    if step.kind == "choice":
        if len(step.choices) < 2:
            out.append(Problem(where, "choices", "a choice step needs at least two `choices`"))
        if len(set(step.choices)) != len(step.choices):
            out.append(Problem(where, "choices", "`choices` lists the same choice twice"))
    else:
        refuse("choices", "choice")
    if step.kind == "scale":
        out += _scale_problems(step, where)
    else:
        for field in ("min", "max", "labels"):
            refuse(field, "scale")
    if step.kind != "yesno":
        refuse("after_yes", "yesno")
        refuse("after_no", "yesno")
    return out


def _scale_problems(step: Step, where: str) -> list[Problem]:
    if step.min >= step.max:
        return [Problem(where, "min", f"`min` ({step.min}) must be less than `max` ({step.max})")]
    points = step.max - step.min + 1
    out = []
    if points > MAX_SCALE_POINTS:
        out.append(
            Problem(
                where,
                "max",
                f"a scale may have at most {MAX_SCALE_POINTS} points; "
                f"{step.min} to {step.max} has {points}",
            )
        )
    if step.labels and len(step.labels) not in (2, points):
        out.append(
            Problem(
                where,
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
    if target_id == step.id:
        return [
            Problem(where, "when.step", "`when` names this same step; it must name an earlier step")
        ]
    if target_id not in positions:
        return [
            Problem(
                where,
                "when.step",
                f"`when` names step {target_id!r}, and there is no step with that id",
            )
        ]
    if positions[target_id] > index:
        return [
            Problem(
                where,
                "when.step",
                f"`when` names step {target_id!r}, which comes "
                "later; a step can only depend on an answer given before it",
            )
        ]
    target = steps[positions[target_id]]
    if target is None:  # that step has its own problems; nothing sure to say about fit
        return []
    return _fit_problems(where, target, step.when.values)


def _fit_problems(where: str, target: Step, values: list[str | int]) -> list[Problem]:
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
            Problem(
                where,
                "when.step",
                f"`when` can only depend on a yesno, choice or "
                f"scale step; {name} is a {target.kind} step",
            )
        ]
    # bool is an int subclass; _check_scalar already refused booleans, so `in` is exact here.
    bad = [v for v in values if v not in allowed or type(v) is not type(allowed[0])]
    return [
        Problem(
            where,
            "when",
            f"`when` compares {name} with {v!r}, which that step can never answer; use {wording}",
        )
        for v in bad
    ]
