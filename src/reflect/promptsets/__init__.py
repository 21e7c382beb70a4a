"""Prompt sets: the public face of the question-set format (docs/prompt-sets.md).

A prompt set is a TOML file: a ``[set]`` table, ordered ``[[steps]]`` and optional
``[[resources]]``. Load one with :func:`load_set` (raises :class:`PromptSetError`, which holds
every problem), or ask :func:`validate_file` for the list of problems without raising.
The implementation lives in the modules beside this one; import from here.
"""

from __future__ import annotations

from reflect.promptsets.checkfile import FileCheck, check_file
from reflect.promptsets.checks import Problem
from reflect.promptsets.loading import (
    PromptSetError,
    builtin_sets,
    find_builtin,
    load_set,
    load_set_text,
    resolve_set,
    shell_quote,
    starter_text,
    validate_file,
    validate_text,
)
from reflect.promptsets.model import (
    MAX_SCALE_POINTS,
    NO,
    STEP_KINDS,
    SUPPORTED_FORMAT,
    YES,
    Condition,
    Homework,
    PromptSet,
    Resource,
    SetInfo,
    Step,
)
from reflect.promptsets.placeholders import Placeholder, starter_placeholders
from reflect.promptsets.wording import describe_when

__all__ = [
    "MAX_SCALE_POINTS",
    "NO",
    "STEP_KINDS",
    "SUPPORTED_FORMAT",
    "YES",
    "Condition",
    "FileCheck",
    "Homework",
    "Placeholder",
    "Problem",
    "PromptSet",
    "PromptSetError",
    "Resource",
    "SetInfo",
    "Step",
    "builtin_sets",
    "check_file",
    "describe_when",
    "find_builtin",
    "load_set",
    "load_set_text",
    "resolve_set",
    "shell_quote",
    "starter_placeholders",
    "starter_text",
    "validate_file",
    "validate_text",
]
