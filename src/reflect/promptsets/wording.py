"""A set's rules in plain words, for the screens a counselor reads (`reflect prompts show`)."""

from __future__ import annotations

from reflect.promptsets.model import Condition, PromptSet


def describe_when(condition: Condition, prompt_set: PromptSet | None = None) -> str:
    """ "shown only when the answer to 'noticed' (step 3) is yes": a `when` rule in words."""
    target = repr(condition.step)
    if prompt_set is not None:
        number = next(
            (n for n, s in enumerate(prompt_set.steps, start=1) if s.id == condition.step), None
        )
        if number is not None:
            target += f" (step {number})"
    if condition.is_ is not None:
        return f"shown only when the answer to {target} is {condition.is_}"
    if condition.in_ is not None:
        values = [str(v) for v in condition.in_]
        either = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]
        return f"shown only when the answer to {target} is {either}"
    return f"shown only when {target} was answered, with anything but {condition.not_}"
