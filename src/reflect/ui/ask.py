"""Small questions: questionary in a terminal, numbered lines with --plain.

questionary draws the question on the prompt's own line and cuts it at the last column, in
the middle of a word ("Use it anywa" / "y?"). So a question that does not fit beside its
prompt is printed first, wrapped at words, and questionary is given only a short prompt.

With --plain (or NO_COLOR) every question is a line to read and a line to type, in order:
no redrawn menus, no arrow keys, nothing a screen reader has to guess at.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from reflect.errors import Interrupted
from reflect.ui.console import plain_mode, wrap
from reflect.ui.interrupts import guard

INTERRUPTED = "Interrupted; nothing was changed."
# Room questionary needs beside the question: "? " in front, " (y/N) " and the answer after.
_ROOM = 14


def _fits(question: str) -> bool:
    import shutil

    return "\n" not in question and len(question) + _ROOM <= shutil.get_terminal_size().columns


def _lead(question: str) -> str:
    """Print a question that would not fit beside its prompt; return what questionary shows."""
    if _fits(question):
        return question
    print(wrap(question, sys.stdout), flush=True)
    return ""


def ask_and_echo(question: Any, message: str, shown: Callable[[Any], str] | None = None) -> Any:
    """Run a questionary question whose own echo would be cut at the edge; echo it wrapped.

    ``shown`` turns the answer into the words to echo (default: the answer itself).
    """
    application = getattr(question, "application", None)
    if application is not None:
        application.erase_when_done = True
    answer = guard(question).ask()
    if answer is not None:
        words = shown(answer) if shown is not None else str(answer)
        lead = f"? {message} " if message else "› "
        print(wrap(lead + words, sys.stdout), flush=True)
    return answer


def _say(text: str) -> None:
    print(wrap(text, sys.stdout), flush=True)


def _read_line(prompt: str) -> str:
    _say(prompt)
    try:
        line = sys.stdin.readline()
    except KeyboardInterrupt:
        raise Interrupted(INTERRUPTED) from None
    if not line:
        raise Interrupted(INTERRUPTED)
    return line.strip()


def plain_yes_no(question: str, *, default: bool) -> bool:
    hint = "Type yes or no, then Enter (Enter alone means " + ("yes" if default else "no") + ")."
    _say(question)
    while True:
        word = _read_line(hint).lower()
        if not word:
            return default
        if word in ("y", "yes"):
            return True
        if word in ("n", "no"):
            return False


def confirm(question: str, *, default: bool = False) -> bool:
    if plain_mode():
        return plain_yes_no(question, default=default)
    import questionary

    message = _lead(question)
    question_ = questionary.confirm(
        message, default=default, auto_enter=False, qmark="?" if message else "›"
    )
    answer = ask_and_echo(question_, message, lambda yes: "Yes" if yes else "No")
    if answer is None:  # Ctrl-C: questionary swallows it and returns None
        raise Interrupted(INTERRUPTED)
    return bool(answer)


def text(
    question: str, *, default: str = "", multiline: bool = False, instruction: str | None = None
) -> str:
    if plain_mode():
        if default:
            _say(f"Now: {default}")
        line = _read_line(question + (" Enter alone keeps it." if default else ""))
        return line or default
    import questionary

    message = _lead(question)
    answer = guard(
        questionary.text(
            message,
            default=default,
            multiline=multiline,
            instruction=instruction,
            qmark="?" if message else "›",
        )
    ).ask()
    if answer is None:
        raise Interrupted(INTERRUPTED)
    return str(answer)


def _plain_pick(question: str, labels: list[str], *, several: bool) -> list[int]:
    _say(question)
    for number, label in enumerate(labels, start=1):
        _say(f"{number}. {label}")
    hint = (
        "Type the numbers you want, separated by spaces, then Enter (Enter alone: none)."
        if several
        else "Type the number of your choice, then Enter."
    )
    while True:
        raw = _read_line(hint).replace(",", " ").split()
        if several and not raw:
            return []
        in_range = all(r.isdigit() and 1 <= int(r) <= len(labels) for r in raw)
        if raw and in_range and (several or len(raw) == 1):
            return sorted({int(r) - 1 for r in raw})
        _say(f"Please type {'numbers' if several else 'a number'} from 1 to {len(labels)}.")


def checkbox(question: str, choices: list[tuple[str, str]], *, checked: bool = False) -> list[str]:
    """Pick several: ``choices`` are (value, label) pairs; returns the chosen values.

    With ``checked``, every choice is picked to start with (Enter alone keeps them all).
    """
    labels = dict(choices)
    if plain_mode():
        names = [label for _, label in choices]
        if not checked:
            picked = _plain_pick(question, names, several=True)
            return [choices[i][0] for i in picked]
        _say("All of these are picked to start with.")
        picked = _plain_pick(question + " Enter alone keeps them all.", names, several=True)
        return [choices[i][0] for i in (picked or range(len(choices)))]
    import questionary

    message = _lead(question)
    options = [
        questionary.Choice(title=label, value=value, checked=checked) for value, label in choices
    ]
    # The unpicked list hides questionary's own instruction; the picked one keeps it.
    instruction = None if checked else " "
    answer = ask_and_echo(
        questionary.checkbox(
            message, choices=options, instruction=instruction, qmark="?" if message else "›"
        ),
        message,
        lambda picked: "; ".join(labels[v] for v in picked) or "(none)",
    )
    if answer is None:
        raise Interrupted(INTERRUPTED)
    return [str(v) for v in answer]


def select(question: str, choices: list[tuple[str, str]], default: str | None = None) -> str:
    if plain_mode():
        picked = _plain_pick(question, [label for _, label in choices], several=False)
        return choices[picked[0]][0]
    import questionary

    message = _lead(question)
    options = [questionary.Choice(title=label, value=value) for value, label in choices]
    labels = dict(choices)
    answer = ask_and_echo(
        questionary.select(
            message, choices=options, default=default, qmark="?" if message else "›"
        ),
        message,
        lambda value: labels.get(value, str(value)),
    )
    if answer is None:
        raise Interrupted(INTERRUPTED)
    return str(answer)
