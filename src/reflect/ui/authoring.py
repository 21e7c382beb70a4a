"""The report of `reflect prompts validate`: each problem, where it is and what to type.

Plain text on stdout, wrapped at word boundaries to the terminal with a hanging indent, so a
problem's second line does not look like a new problem. Everything quoted from the file (its
name, its lines, its texts) is cleaned of control characters and never read as markup.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Sequence

from reflect.promptsets import Placeholder, Problem, PromptSet, shell_quote
from reflect.untrusted import clean_line


def _width() -> int | None:
    if not sys.stdout.isatty():  # pipes and files get whole lines, easy to grep
        return None
    return max(40, min(shutil.get_terminal_size().columns, 100) - 1)


def _item(text: str, indent: str = "  ", hanging: str = "  ") -> str:
    width = _width()
    if width is None:
        return indent + text
    return textwrap.fill(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent + hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _paragraph(text: str) -> str:
    return _item(text, indent="", hanging="")


def _problem(problem: Problem) -> str:
    lines = [_item(clean_line(f"{problem.where}: {problem.message}"))]
    if problem.fix:
        lines.append(_item("Type it as:"))
        lines.append(_item(clean_line(problem.fix), indent="      "))
    return "\n".join(lines)


def validation_report(
    file_name: str,
    problems: Sequence[Problem],
    prompt_set: PromptSet | None,
    placeholders: Sequence[Placeholder],
) -> str:
    name = clean_line(file_name)
    again = f"reflect prompts validate {shell_quote(file_name)}"
    parts: list[str] = []
    if problems:
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        parts.append(_paragraph(f"{name} has {count}:"))
        parts += [_problem(p) for p in problems]
        parts.append(
            _paragraph(f"Fix {'it' if len(problems) == 1 else 'them'}, then check again:")
            + "\n"
            + f"  {again}"  # a command to copy: never split
        )
    elif prompt_set is not None:
        steps = len(prompt_set.steps)
        parts.append(
            _paragraph(
                f"{name} is a valid question set: '{clean_line(prompt_set.id)}', "
                f"version {prompt_set.info.version}, {steps} step{'s' if steps != 1 else ''}."
            )
        )
    if placeholders and not problems:
        places = "1 place" if len(placeholders) == 1 else f"{len(placeholders)} places"
        parts.append(
            _paragraph(
                f"It still has the starter file's example text in {places}. "
                "Replace it before you give the set out:"
            )
        )
        parts.append("\n".join(_item(clean_line(str(p))) for p in placeholders))
    return "\n\n".join(parts)


def show_validation(
    file_name: str,
    problems: Sequence[Problem],
    prompt_set: PromptSet | None,
    placeholders: Sequence[Placeholder],
) -> None:
    print(validation_report(file_name, problems, prompt_set, placeholders), flush=True)
