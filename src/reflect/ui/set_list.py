"""`reflect prompts list` and `reflect prompts show`: the sets, and every step of one.

Plain lines on stdout (easy to grep). Titles, counselor names and step texts come from files
anyone may have sent, so each line is shown cleaned.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reflect.untrusted import clean_line

if TYPE_CHECKING:
    from reflect.guide.catalog import SetListing
    from reflect.homework.installed_sets import Broken
    from reflect.promptsets import PromptSet
    from reflect.ui.console import Output


def show_set_list(
    output: Output,
    listings: Sequence[SetListing],
    broken: Sequence[Broken],
    *,
    status: bool,
    as_json: bool,
) -> None:
    for bad in broken:
        output.notice(f"Could not read {bad.path}: {bad.reason}")
    if as_json:
        output.json([listing.as_json() for listing in listings])
        return
    for s in listings:
        due = f"  due {s.due.isoformat()}" if s.due else ""
        done = f"  {s.progress}" if status else ""
        print(
            clean_line(f"{s.id}  v{s.version}  {s.steps} steps  {s.source}{due}{done}  {s.title}")
        )


def show_set(prompt_set: PromptSet) -> None:
    """Every step of a set, with its id, kind and when it is shown."""
    from reflect.promptsets import describe_when

    info = prompt_set.info
    print(f"{prompt_set.title} ({prompt_set.id}, version {info.version}) by {info.author}")
    if info.source:
        print(f"Source: {info.source}")
    if info.homework:
        hw = info.homework
        due = f", due {hw.due}" if hw.due else ""
        recipient = hw.recipient or "(no recipient)"
        print(f"Homework from {hw.counselor or 'a counselor'}{due}: hand in to {recipient}")
    for number, step in enumerate(prompt_set.steps, start=1):
        when = f"  ({describe_when(step.when, prompt_set)})" if step.when else ""
        print(f"\n{number:>2}. {step.id} ({step.kind}){when}")
        for line in step.text.splitlines():
            print(f"    {line}")
        if step.choices:
            print("    choices: " + " | ".join(step.choices))
        if step.kind == "scale":
            print(f"    scale: {step.min} to {step.max}")
