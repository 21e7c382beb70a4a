"""The home screen's questions: what to do next, which entry, which words.

Every list of entries is shown a page at a time, so a journal of ten thousand entries draws as
fast as one of ten. Titles and answers are the person's text from files: cleaned, and given to
questionary as plain strings (never markup).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reflect.errors import Interrupted
from reflect.ui.console import Output

if TYPE_CHECKING:
    from reflect.journal.store import SearchHit

Record = dict[str, Any]
BACK = "\x00back"
OLDER = "\x00older"
NEWER = "\x00newer"


@dataclass(frozen=True)
class Summary:
    entries: int
    drafts: int
    latest: str | None = None  # the newest entry's date, once unlocked


def width() -> int:
    return shutil.get_terminal_size().columns


def page_size() -> int:
    return max(5, min(15, shutil.get_terminal_size().lines - 9))


def fit(text: str, room: int) -> str:
    """One line of at most ``room`` characters, cut at a space, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= room:
        return text
    cut = text.rfind(" ", 0, room - 1)
    return text[: cut if cut > room // 2 else room - 1].rstrip(" ,.;:") + "…"


def greet(output: Output, summary: Summary) -> None:
    entries = "1 entry" if summary.entries == 1 else f"{summary.entries} entries"
    facts = [f"Your journal holds {entries}"]
    if summary.latest:
        facts[0] += f", the latest from {long_date(summary.latest)}"
    if summary.drafts:
        facts.append(
            "1 reflection is unfinished"
            if summary.drafts == 1
            else f"{summary.drafts} reflections are unfinished"
        )
    text = ". ".join(facts) + "."
    if output.plain:
        print()
        print(text)
        return
    from rich.text import Text

    output.out.print()
    output.out.print(Text("reflect", style="bold"), Text("· your journal", style="dim"))
    output.out.print(Text(text))


def long_date(iso_day: str) -> str:
    from datetime import date

    day = date.fromisoformat(iso_day[:10])
    return f"{day.day} {day:%B %Y}"


def actions(summary: Summary) -> list[tuple[str, str]]:
    choices = []
    if summary.drafts:
        choices.append(
            (
                "continue",
                "Continue your unfinished reflection"
                if summary.drafts == 1
                else "Continue an unfinished reflection",
            )
        )
    choices += [
        ("start", "Start a new reflection"),
        ("read", "Read past entries"),
        ("search", "Search your entries"),
        ("compare", "Compare then and now"),
        ("story", "Write a story to share"),
        ("support", "Support and resources"),
        ("leave", "Leave"),
    ]
    return choices


_plain = [False]


def use_plain(plain: bool) -> None:
    """Plain mode (screen readers): every list is numbered lines and a typed number."""
    _plain[0] = plain


def choose(question: str, choices: list[tuple[str, str]], default: str | None = None) -> str:
    """One choice from a list that is erased once answered, so the screen keeps what matters
    (the greeting, what was read) instead of a trail of menus."""
    if _plain[0]:
        return _choose_plain(question, choices, default)
    import questionary

    from reflect.ui.interrupts import guard

    options = [questionary.Choice(title=label, value=value) for value, label in choices]
    question_ = questionary.select(question, choices=options, default=default)
    question_.application.erase_when_done = True
    answer = guard(question_).ask()
    if answer is None:  # Ctrl-C: questionary swallows it and returns None
        raise Interrupted("Interrupted; nothing was changed.")
    return str(answer)


def _choose_plain(question: str, choices: list[tuple[str, str]], default: str | None) -> str:
    values = [value for value, _ in choices]
    first = values.index(default) + 1 if default in values else 1
    print()
    print(question)
    for number, (_, label) in enumerate(choices, start=1):
        print(f"  {number}. {label}")
    while True:
        try:
            typed = input(f"Type a number from 1 to {len(choices)} (Enter for {first}): ")
        except (KeyboardInterrupt, EOFError):
            print()
            raise Interrupted("Interrupted; nothing was changed.") from None
        typed = typed.strip()
        if not typed:
            return values[first - 1]
        if typed.isdigit() and 1 <= int(typed) <= len(choices):
            return values[int(typed) - 1]
        print(f"That is not one of the numbers 1 to {len(choices)}.")


def ask_action(summary: Summary) -> str:
    """The home's question. Ctrl-C or Esc here means leave."""
    try:
        return choose("What would you like to do?", actions(summary))
    except Interrupted:
        return "leave"


def entry_label(record: Record, room: int, *, with_set: bool = True) -> str:
    from reflect.untrusted import clean_line

    title = clean_line(record.get("title") or "") or "(untitled)"
    draft = " (draft)" if record.get("status") == "draft" else ""
    if record.get("verified") is False:  # not sealed by any of the person's devices
        draft += " (unverified)"
    set_id = f" · {clean_line(record['set'])}" if with_set else ""
    return fit(f"{record['created'][:10]} · {title}{draft}{set_id}", room)


def pick_from_pages(
    question: str,
    count: int,
    label: Callable[[int], str],
    value: Callable[[int], str],
    *,
    start: int = 0,
    default: str | None = None,
) -> tuple[str | None, int]:
    """Pick one of ``count`` items a page at a time; (the value or None for back, the page).
    ``default`` is where the cursor starts, if it is on the first page shown."""
    size = page_size()
    first = start
    while True:
        last = min(count, first + size)
        choices = [(value(i), label(i)) for i in range(first, last)]
        if last < count:
            choices.append((OLDER, f"Older… ({count - last} more)"))
        if first > 0:
            choices.append((NEWER, "Newer…"))
        choices.append((BACK, "Back to the start"))
        shown = f"{question} ({first + 1}–{last} of {count})" if count > size else question
        values = [v for v, _ in choices]
        try:
            picked = choose(shown, choices, default=default if default in values else None)
        except Interrupted:
            return None, first
        if picked == OLDER:
            first = last
        elif picked == NEWER:
            first = max(0, first - size)
        elif picked == BACK:
            return None, first
        else:
            return picked, first


def pick_entry(
    question: str, records: Sequence[Record], *, start: int = 0, default: str | None = None
) -> tuple[str | None, int]:
    room = width() - 4
    return pick_from_pages(
        question,
        len(records),
        lambda i: entry_label(records[i], room),
        lambda i: str(records[i]["id"]),
        start=start,
        default=default,
    )


def pick_hit(
    hits: Sequence[SearchHit], *, start: int = 0, default: str | None = None
) -> tuple[str | None, int]:
    """A search result per line: the entry and the words around the first match. Labels come
    from the index (no entry is decrypted to draw the list); the entry opens with every match
    marked."""
    from reflect.untrusted import clean_line

    room = width() - 4

    def label(i: int) -> str:
        hit = hits[i]
        head = entry_label(hit.record, room, with_set=False)
        return fit(f"{head} · {clean_line(hit.snippets[0])}", room) if hit.snippets else head

    count = len(hits)
    noun = "entry matches" if count == 1 else "entries match"
    return pick_from_pages(
        f"{count} {noun}; open one?",
        count,
        label,
        lambda i: str(hits[i].record["id"]),
        start=start,
        default=default,
    )


def ask_words() -> str:
    """The search words ('' to go back)."""
    from reflect.ui import ask

    question = "Words to find (Enter alone goes back):"
    try:
        if _plain[0]:
            return input(question + " ").strip()
        return ask.text(question).strip()
    except (Interrupted, KeyboardInterrupt, EOFError):
        return ""


def say(output: Output, text: str) -> None:
    output.say(text)


def goodbye(output: Output, kept_until: str | None) -> None:
    if kept_until:  # `reflect unlock` is still on: say so rather than promise a lock
        output.say(
            f"Your journal stays unlocked on this computer until {kept_until} (from "
            "`reflect unlock`); `reflect lock` locks it now. Take care of yourself."
        )
    else:
        output.say("Your journal is locked. Take care of yourself.")


def wait_for_menu() -> None:
    """After a session: nothing new on screen until the person presses Enter."""
    import contextlib

    with contextlib.suppress(EOFError):  # no terminal left to read from: just go on
        input("Press Enter for the menu. ")
