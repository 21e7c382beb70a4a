"""Small questions asked with questionary (imported only when a question is actually asked)."""

from __future__ import annotations

from reflect.errors import Interrupted


def confirm(question: str, *, default: bool = False) -> bool:
    import questionary

    answer = questionary.confirm(question, default=default, auto_enter=False).ask()
    if answer is None:  # Ctrl-C: questionary swallows it and returns None
        raise Interrupted("Interrupted; nothing was changed.")
    return bool(answer)


def text(
    question: str, *, default: str = "", multiline: bool = False, instruction: str | None = None
) -> str:
    import questionary

    answer = questionary.text(
        question, default=default, multiline=multiline, instruction=instruction
    ).ask()
    if answer is None:
        raise Interrupted("Interrupted; nothing was changed.")
    return str(answer)


def checkbox(question: str, choices: list[tuple[str, str]]) -> list[str]:
    """Pick several: ``choices`` are (value, label) pairs; returns the chosen values."""
    import questionary

    answer = questionary.checkbox(
        question,
        choices=[questionary.Choice(title=label, value=value) for value, label in choices],
        instruction=" ",
    ).ask()
    if answer is None:
        raise Interrupted("Interrupted; nothing was changed.")
    return [str(v) for v in answer]


def select(question: str, choices: list[tuple[str, str]], default: str | None = None) -> str:
    import questionary

    options = [questionary.Choice(title=label, value=value) for value, label in choices]
    answer = questionary.select(question, choices=options, default=default).ask()
    if answer is None:
        raise Interrupted("Interrupted; nothing was changed.")
    return str(answer)


def checkbox_checked(question: str, choices: list[tuple[str, str]]) -> list[str]:
    """As :func:`checkbox`, with every choice picked to start with."""
    import questionary

    answer = questionary.checkbox(
        question,
        choices=[
            questionary.Choice(title=label, value=value, checked=True) for value, label in choices
        ],
    ).ask()
    if answer is None:
        raise Interrupted("Interrupted; nothing was changed.")
    return [str(v) for v in answer]
