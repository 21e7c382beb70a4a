"""Choosing what goes into a story, and editing the whole draft before the review.

Two ways to ask, like the guided session: arrow-key checkboxes (questionary), and, with
``--plain`` or ``NO_COLOR``, numbered lines read one at a time for a screen reader. Every label
comes from the journal, so it is cleaned before it reaches the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reflect.errors import Interrupted
from reflect.untrusted import clean, clean_line

from .ask import ask_and_echo

if TYPE_CHECKING:
    from rich.console import Console

ENTRIES_HINT = "Space marks a reflection, Enter goes on. Pick at least one."
PARTS_HINT = (
    "Each incident you chose to tell becomes one paragraph. Every part is picked to start "
    "with: Space leaves one out, Enter goes on."
)
NOTHING_CHOSEN = "Nothing is picked yet. Pick at least one, then go on."


def _say(text: str = "") -> None:
    from reflect.ui.console import wrap

    print(wrap(text, sys.stdout), flush=True)


def read_line(prompt: str) -> str:
    """One line from standard input, after saying what to type; end of input stops cleanly."""
    _say(prompt)
    line = sys.stdin.readline()
    if not line:
        raise Interrupted("Interrupted; nothing was written.")
    return line.rstrip("\n")


def _numbers(raw: str, count: int) -> list[int] | None:
    """ "1 3", "1,3", "2-4" or "all" as indexes; None when something is not a number in range."""
    words = raw.replace(",", " ").split()
    if [w.lower() for w in words] == ["all"]:
        return list(range(count))
    chosen: list[int] = []
    for word in words:
        low, _, high = word.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            return None
        first, last = int(low), int(high or low)
        if not 1 <= first <= last <= count:
            return None
        chosen += [n - 1 for n in range(first, last + 1) if n - 1 not in chosen]
    return chosen


def _plain_pick(question: str, labels: Sequence[str], *, empty_means_all: bool) -> list[int]:
    _say()
    _say(question)
    for number, label in enumerate(labels, start=1):
        _say(f"{number}. {clean_line(label)}")
    if empty_means_all:
        how = "Press Enter to use all of them, or type the numbers to use, separated by spaces (for example: 1 3)."
    else:
        how = "Type the numbers to use, separated by spaces (for example: 1 3), or type all."
    while True:
        raw = read_line(how).strip()
        if not raw and empty_means_all:
            return list(range(len(labels)))
        chosen = _numbers(raw, len(labels))
        if chosen:
            return chosen
        _say(NOTHING_CHOSEN if not raw else f"Use numbers from 1 to {len(labels)}.")


def _cut(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    text = text.rstrip("…")
    cut = text.rfind(" ", 0, width - 1)
    return text[: cut if cut > width // 2 else width - 1].rstrip(" —,") + "…"


def _fit(label: str, width: int) -> str:
    """One line of a menu, cut at word boundaries to fit the terminal. A "question — answer"
    label shares the room, so the start of the answer always shows."""
    label = clean_line(label)
    if len(label) <= width:
        return label
    question, dash, answer = label.partition(" — ")
    if not dash:
        return _cut(label, width)
    room = max(12, (width - 3) * 2 // 5)
    question = _cut(question, room)
    return f"{question} — {_cut(answer, width - len(question) - 3)}"


def _picked_words(picked: Sequence[int], labels: Sequence[str]) -> str:
    """The echo after the menu: the picks by name when they are few, else how many."""
    if len(picked) == 1:
        return labels[picked[0]]
    if len(picked) == len(labels):
        return f"all {len(labels)}"
    return f"{len(picked)} of {len(labels)}"


def _rich_pick(question: str, hint: str, labels: Sequence[str], *, checked: bool) -> list[int]:
    import shutil

    import questionary

    def at_least_one(chosen: list[str]) -> bool | str:
        return True if chosen else NOTHING_CHOSEN

    width = shutil.get_terminal_size().columns - 6  # room for the pointer and the mark
    _say(hint)  # on its own lines, wrapped at words, before the menu
    fitted = [_fit(label, width) for label in labels]
    # Asked through ask_and_echo: questionary's own echo of the picks is one long line that the
    # terminal would cut mid-word; this one is wrapped at words.
    answer = ask_and_echo(
        questionary.checkbox(
            question,
            choices=[
                questionary.Choice(title=title, value=n, checked=checked)
                for n, title in enumerate(fitted)
            ],
            instruction=" ",
            validate=at_least_one,
        ),
        question,
        lambda picked: _picked_words(picked, fitted),
    )
    if answer is None:
        raise Interrupted("Interrupted; nothing was written.")
    return [int(n) for n in answer]


def pick_entries(labels: Sequence[str], *, plain: bool) -> list[int]:
    """Which reflections the story draws on; never silently all of them."""
    question = "Which reflections should the story draw on?"
    if plain:
        return _plain_pick(question, labels, empty_means_all=False)
    return _rich_pick(question, ENTRIES_HINT, labels, checked=False)


def pick_parts(labels: Sequence[str], *, plain: bool) -> list[int]:
    """Which incidents and closing answers go into the story (all, to start with)."""
    question = "Which parts go into the story?"
    if plain:
        return _plain_pick(question, labels, empty_means_all=True)
    return _rich_pick(question, PARTS_HINT, labels, checked=True)


EDIT_OFFER = (
    "Before names are looked for, you can read and change the whole draft here. It stays in "
    "memory; nothing is written."
)


def edit_draft(console: Console, text: str, *, plain: bool) -> str:
    """Offer to edit the assembled draft in place, in memory; returns the (maybe new) text."""
    from rich.text import Text

    if plain:
        _say()
        _say("Your draft, before anything is replaced:")
        _say(clean(text))
        _say()
    else:
        console.print()
        console.print(Text("Your draft, before anything is replaced:", style="bold"))
        console.print(Text(clean(text)))
        console.print()
    if plain:
        _say(EDIT_OFFER)
        answer = read_line("Type edit to write the draft again, or press Enter to go on.")
        if answer.strip().lower() != "edit":
            return text
        _say(
            "Type the whole draft. Leave an empty line between paragraphs. End with a line holding only a full stop."
        )
        lines: list[str] = []
        while (line := _next_line()) != ".":
            lines.append(line)
        return _kept_unless_emptied("\n".join(lines).strip(), text)
    import questionary

    console.print(Text(EDIT_OFFER))
    from reflect.ui.interrupts import guard

    wants = guard(
        questionary.confirm("Edit the draft first?", default=False, auto_enter=False)
    ).ask()
    if wants is None:
        raise Interrupted("Interrupted; nothing was written.")
    if not wants:
        return text
    _say("Edit the draft below. Esc then Enter when you are done; it stays in memory.")
    # The session's writing area: it wraps between words (prompt_toolkit alone wraps mid-word).
    from reflect.ui.writing import StoppedWriting, write

    try:
        edited = write(clean(text), allow_back=False, echo=console).text
    except StoppedWriting:
        raise Interrupted("Interrupted; nothing was written.") from None
    return _kept_unless_emptied(edited.strip(), text)


def _kept_unless_emptied(edited: str, text: str) -> str:
    """An emptied draft is no story: say so, and go on with the draft as it was."""
    if edited:
        return edited
    _say("The draft was left empty, so the story goes on with the draft as it was.")
    return text


def _next_line() -> str:
    line = sys.stdin.readline()
    if not line:
        raise Interrupted("Interrupted; nothing was written.")
    return line.rstrip("\n")


PRIVATE_WORDS_HINT = (
    "Type each name or word to hide, then Enter; what you type is not shown. An empty line "
    "finishes. They are kept encrypted in your vault."
)


def ask_private_words(*, plain: bool) -> list[str]:
    """Names to hide, typed at a hidden prompt (never taken from the command line)."""
    import getpass

    _say(PRIVATE_WORDS_HINT)
    words: list[str] = []
    while True:
        try:
            word = getpass.getpass(f"Name or word {len(words) + 1} (empty to finish): ")
        except (EOFError, KeyboardInterrupt):
            raise Interrupted("Interrupted; nothing was added.") from None
        if not word.strip():
            return words
        words.append(word.strip())
