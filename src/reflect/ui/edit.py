"""Re-answering questions of a saved entry, in the terminal and in memory only.

There is deliberately no $EDITOR option: an editor needs a file, and a plaintext file of an
answer on disk (even briefly, even in /tmp) is exactly what this journal promises never to write.

Text answers are rewritten in the same writing area as the guided session: the question is
printed above it (wrapped at words), so a long question can never push the box off screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.errors import Interrupted
from reflect.models import Answer, Entry, now
from reflect.ui import ask
from reflect.untrusted import clean, clean_line

if TYPE_CHECKING:
    from rich.console import Console

TEXT_KEYS = "Esc then Enter: done · empty: skip · Ctrl-C: stop without saving anything"


def _label(answer: Answer, width: int = 76) -> str:
    """One line per answer: the question, then the answer's start, cut at a word."""
    value = answer.shown()
    question = _cut(clean_line(answer.prompt), max(20, width * 3 // 5))
    return f"{question} — {_cut(clean_line(value), max(10, width - len(question) - 3))}"


def _cut(text: str, room: int) -> str:
    if len(text) <= room:
        return text
    cut = text[: room - 1].rsplit(" ", 1)[0] if " " in text[: room - 1] else text[: room - 1]
    return cut.rstrip(" ,.;:") + "…"


def _ask_again(answer: Answer, console: Console) -> Answer:
    from rich.text import Text

    old = "" if answer.value is None else str(answer.value)
    if answer.kind == "yesno":
        value: str | int | None = ask.select(
            clean_line(answer.prompt),
            [("yes", "Yes"), ("no", "No"), ("", "Skip")],
            default=old or None,
        )
    elif answer.kind == "scale":
        raw = ask.text(clean_line(answer.prompt) + " (a number; empty to skip)", default=old)
        value = int(raw) if raw.strip().lstrip("-").isdigit() else ""
    elif answer.kind == "text":
        from reflect.ui.console import plain_mode

        if plain_mode():
            import sys

            from reflect.ui.console import wrap

            print("\n" + wrap(clean(answer.prompt), sys.stdout), flush=True)
            value = _plain_rewrite(old)
        else:
            from reflect.ui.writing import StoppedWriting, write

            console.print()
            console.print(Text(clean(answer.prompt), style="bold"))
            console.print(Text(TEXT_KEYS, style="dim"))
            try:
                value = write(old, allow_back=False, echo=console).text.strip()
            except StoppedWriting:
                raise Interrupted("Interrupted; nothing was changed.") from None
    else:
        value = ask.text(clean_line(answer.prompt), default=old).strip()
    skipped = value in ("", None)
    return answer.model_copy(
        update={"value": None if skipped else value, "skipped": skipped, "answered": now()}
    )


def _plain_rewrite(old: str) -> str:
    """Line by line: the answer read out, Enter alone keeps it, a full stop ends a new one."""
    import sys

    from reflect.ui.console import wrap

    def say(text: str) -> None:
        print(wrap(text, sys.stdout), flush=True)

    def line() -> str:
        read = sys.stdin.readline()
        if not read:
            raise Interrupted("Interrupted; nothing was changed.")
        return read.rstrip("\n")

    if old:
        say("Your answer now:")
        for row in old.split("\n"):
            say("  " + clean(row))
    say(
        "Press Enter alone to keep it, or write the new answer and end it with a line holding "
        "only a full stop."
    )
    try:
        first = line()
        if not first.strip():
            return old
        rows = [first]
        while first.strip() != "." and (row := line()) != ".":
            rows.append(row)
    except KeyboardInterrupt:
        print(flush=True)
        raise Interrupted("Interrupted; nothing was changed.") from None
    return "\n".join(r for r in rows if r.strip() != ".").strip()


def reanswer(entry: Entry, console: Console | None = None) -> Entry:
    import shutil

    if console is None:
        from rich.console import Console

        console = Console(highlight=False, emoji=False)
    width = shutil.get_terminal_size().columns - 6
    editable = [(str(i), _label(a, width)) for i, a in enumerate(entry.answers) if a.kind != "info"]
    if not editable:
        return entry
    chosen = ask.checkbox(
        "Which answers do you want to change? (Space to pick, Enter to go on)", editable
    )
    answers = list(entry.answers)
    for index in chosen:
        answers[int(index)] = _ask_again(answers[int(index)], console)
    return entry.model_copy(update={"answers": answers})
