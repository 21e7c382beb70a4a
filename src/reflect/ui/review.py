"""The story review screen: every finding shown, numbered and decided on before anything is written.

Two ways to ask, as for the guided session: arrow-key menus (questionary), and, with ``--plain``
or ``NO_COLOR``, lines read one at a time for a screen reader, with numbers set apart from the
words ("a company [1] in a city [2]"). The story text and the originals come from the journal:
they are cleaned and never read as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.errors import Interrupted
from reflect.untrusted import clean, clean_line

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from reflect.story.draft import Group, StoryDraft

CONSEQUENCES = (
    "Before you share: telling a story of your own misconduct can have personal, professional "
    "and legal consequences, for you and for the people in it, even without names. No tool can "
    "guarantee anonymity: details such as a workplace, a timeline or a turn of phrase can still "
    "point to someone. Share only what you are ready to stand behind."
)
PLAIN_ACTIONS = (
    "Type c to continue, e and a number to change a replacement (for example: e 2), o and a "
    "number to keep an original word, or a to add something that was missed."
)


def _ask(question: object) -> object:
    from reflect.ui.interrupts import guard

    return guard(question).unsafe_ask()


def _read(prompt: str) -> str:
    from reflect.ui.story_picker import read_line

    return read_line(prompt)


def _print(console: Console, text: str, style: str = "", *, plain: bool = False) -> None:
    """One paragraph of our own words (or cleaned text), never read as markup. Plain output
    is wrapped at word boundaries here, since rich leaves it unwrapped for screen readers."""
    if plain:
        from reflect.ui.console import wrap

        print(wrap(text, console.file), file=console.file, flush=True)
        return
    from rich.text import Text

    console.print(Text(text, style=style))


def _heading(console: Console, title: str, *, plain: bool) -> None:
    """A section's title: a line of its own in plain mode, a rule otherwise."""
    if plain:
        _print(console, f"{title}:", plain=True)
    else:
        console.rule(title, align="left")


def show_story(console: Console, draft: StoryDraft, *, plain: bool = False) -> None:
    """The text with each replacement highlighted and numbered, then the numbered list."""
    from rich.text import Text

    groups = draft.groups()
    number_of = {group.key: n for n, group in enumerate(groups, start=1)}
    text = Text()
    position = 0
    for finding in sorted(draft.findings, key=lambda f: f.start):
        text.append(clean(draft.text[position : finding.start]))
        number = number_of[draft.key_of(finding)]
        if plain:
            text.append(f"{clean(finding.replacement)} [{number}]")
        else:
            text.append(clean(finding.replacement), style="bold black on yellow")
            text.append(f"[{number}]", style="bold yellow")
        position = finding.end
    text.append(clean(draft.text[position:]))
    console.print()
    if plain:
        _print(console, "Your story, with what was replaced:", plain=True)
        _print(console, text.plain, plain=True)
    else:
        console.rule("Your story, with what was replaced", align="left")
        console.print(text)
    console.print()
    if not groups:
        _print(
            console,
            "Nothing was found to replace. Read it carefully for anything that could identify someone.",
            plain=plain,
        )
        return
    if plain:
        _print(console, "What was replaced:", plain=True)
    for number, group in enumerate(groups, start=1):
        line = Text(f"{number}. " if plain else f"{number:>3}. ")
        line.append(clean_line(group.label), style="" if plain else "bold")
        line.append(
            f", now {_replacement_words(group.replacement)} ({group.kind})"
            if plain
            else f" → {_replacement_words(group.replacement)}  "
        )
        if not plain:
            line.append(f"({group.kind})", style="dim")
        if plain:
            _print(console, line.plain, plain=True)
        else:
            console.print(line)


def review(
    console: Console, draft: StoryDraft, remember: list[str], *, plain: bool = False
) -> None:
    """Loop until the person accepts the replacements. ``remember`` collects names to add to
    the always-redact list."""
    while True:
        show_story(console, draft, plain=plain)
        groups = draft.groups()
        action, picked = _plain_action(groups) if plain else _rich_action(groups)
        if action == "done":
            return
        if action == "add":
            _add_missed(console, draft, remember, plain=plain)
            continue
        if picked is None:
            continue
        group = groups[picked]
        if action == "edit":
            _change(draft, group, plain=plain)
        else:
            _keep(console, draft, group, plain=plain)


def _rich_action(groups: list[Group]) -> tuple[str, int | None]:
    import questionary

    choices = [questionary.Choice("These look right: continue", value="done", shortcut_key="c")]
    if groups:
        choices += [
            questionary.Choice("Change a replacement", value="edit", shortcut_key="e"),
            questionary.Choice(
                "Keep an original word (not recommended)", value="keep", shortcut_key="o"
            ),
        ]
    choices.append(
        questionary.Choice("Add something that was missed", value="add", shortcut_key="a")
    )
    action = str(
        _ask(
            questionary.select(
                "What next?",
                choices=choices,
                use_shortcuts=True,
                use_jk_keys=False,
                # A letter only moves the pointer in questionary: say that Enter is needed.
                instruction="(a letter or the arrows, then Enter)",
            )
        )
    )
    return action, (_pick(groups) if action in {"edit", "keep"} else None)


def _plain_action(groups: list[Group]) -> tuple[str, int | None]:
    while True:
        words = _read("What next? " + PLAIN_ACTIONS).strip().lower().split()
        if not words:
            continue
        key = {"c": "done", "continue": "done", "a": "add", "add": "add"}.get(words[0])
        if key:
            return key, None
        key = {"e": "edit", "change": "edit", "o": "keep", "keep": "keep"}.get(words[0])
        if key and groups:
            number = words[1] if len(words) > 1 else _read("Which number?").strip()
            if number.isdigit() and 1 <= int(number) <= len(groups):
                return key, int(number) - 1
            print(f"Use a number from 1 to {len(groups)}.", flush=True)
            continue
        print("That is not one of the choices.", flush=True)


def _add_missed(console: Console, draft: StoryDraft, remember: list[str], *, plain: bool) -> None:
    import questionary

    question = "What was missed? (a name, place or detail, as written):"
    missed = (_read(question) if plain else str(_ask(questionary.text(question)))).strip()
    if not missed:
        return
    covered = draft.add(missed)
    shown = clean_line(missed)
    _print(
        console,
        f"Covered {covered} more place(s) where '{shown}' appears."
        if covered
        else f"'{shown}' was not found as a whole word.",
        plain=plain,
    )
    if covered and _yes_no("Always hide this in future stories? (kept encrypted)", True, plain):
        remember.append(missed)


def _change(draft: StoryDraft, group: Group, *, plain: bool) -> None:
    import questionary

    label = clean_line(group.label)
    if plain:
        new = _read(
            f"Replace '{label}' with what? (now: {clean_line(group.replacement)}; Enter keeps it)"
        ).strip()
    else:
        new = str(
            _ask(questionary.text(f"Replace '{label}' with:", default=group.replacement))
        ).strip()
    if new:
        draft.replace(group, new)


def _keep(console: Console, draft: StoryDraft, group: Group, *, plain: bool) -> None:
    label = clean_line(group.label)
    _print(
        console,
        f"'{label}' will appear in the story as written. "
        "Anyone who knows it may recognise the people in it.",
        style="yellow",
        plain=plain,
    )
    if _yes_no(f"Keep '{label}' anyway?", False, plain):
        draft.keep(group)


def _yes_no(question: str, default: bool, plain: bool) -> bool:
    import questionary

    if plain:
        hint = "yes or no; Enter means " + ("yes" if default else "no")
        answer = _read(f"{question} ({hint})").strip().lower()
        return default if not answer else answer in {"y", "yes"}
    return bool(_ask(questionary.confirm(question, default=default, auto_enter=False)))


def _hanging(line: Text) -> Table:
    """A listed risk whose wrapped lines stay under its first word, not at the left edge."""
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(width=2)  # the two leading spaces of the line become this column
    grid.add_column()
    grid.add_row("", line[2:] if line.plain.startswith("  ") else line)
    return grid


def _replacement_words(replacement: str) -> str:
    """A replacement as the review lists it: a time left out altogether reads "(left out)"."""
    return clean_line(replacement) if replacement.strip() else "(left out)"


def _pick(groups: list[Group]) -> int | None:
    import questionary

    options = [
        questionary.Choice(
            f"{n}. {clean_line(g.label)} → {_replacement_words(g.replacement)}", value=n - 1
        )
        for n, g in enumerate(groups, start=1)
    ]
    options.append(questionary.Choice("(never mind)", value=-1))
    chosen = _ask(questionary.select("Which one?", choices=options, instruction=" "))
    return None if chosen == -1 or chosen is None else int(str(chosen))


def residual(console: Console, draft: StoryDraft, *, plain: bool = False) -> None:
    """What may still single someone out: words, and phrases (a unique role, a school year at
    a school, a team change in a named month, a named event). Offer to hide any of them."""
    from rich.text import Text

    risks = draft.risks()
    console.print()
    _heading(console, "Still worth a second look", plain=plain)
    if not risks:
        _print(
            console,
            "Nothing else stands out: no capitalised or rare words, numbers or telling phrases are left.",
            plain=plain,
        )
        return
    _print(
        console,
        "Even without a name, these can point to someone. Hide them, or reword them after "
        "you write the story.",
        plain=plain,
    )
    for number, risk in enumerate(risks, start=1):
        line = Text(f"{number}. " if plain else "  ")
        line.append(clean_line(risk.word))
        why = risk.reason
        if risk.kind == "phrase" and risk.suggestion:
            why += f"; hiding it reads “{clean_line(risk.suggestion)}”"
        line.append(f" ({why})" if plain else f"  ({why})", style="" if plain else "dim")
        if plain:
            _print(console, line.plain, plain=True)
        else:
            console.print(_hanging(line))
    if plain:
        from reflect.ui.story_picker import _numbers

        while True:
            raw = _read(
                "Type the numbers of any to hide, separated by spaces, or press Enter to go on."
            ).strip()
            picked = _numbers(raw, len(risks)) if raw else []
            if picked is not None:
                break
            print(f"Use numbers from 1 to {len(risks)}.", flush=True)
    else:
        import questionary

        answer = _ask(
            questionary.checkbox(
                "Hide any of these too? Space picks, Enter goes on.",
                instruction=" ",
                choices=[
                    questionary.Choice(clean_line(risk.word), value=n)
                    for n, risk in enumerate(risks)
                ],
            )
        )
        picked = [int(str(n)) for n in answer or []]  # type: ignore[attr-defined]
    for n in picked:
        draft.hide(risks[n])


def confirm_share(console: Console, preview: str, where: str, *, plain: bool = False) -> bool:
    from rich.panel import Panel
    from rich.text import Text

    console.print()
    if plain:
        _print(console, "Final preview:", plain=True)
        _print(console, clean(preview), plain=True)
        _print(console, "End of the preview.", plain=True)
        _print(console, CONSEQUENCES, plain=True)
    else:
        console.print(
            Panel(Text(clean(preview)), title="Final preview", title_align="left", padding=(1, 2))
        )
        _print(console, CONSEQUENCES, style="yellow")
    import shutil

    question = f"Write this story to {clean_line(where)}?"
    if len(question) + len(" (y/N)") > shutil.get_terminal_size().columns - 2:
        # A long path would split the question's "(y/N)" at the edge: name it on its own line.
        _print(console, f"The story is to be written to {clean_line(where)}", plain=plain)
        question = "Write this story to that file?"
    try:
        return _yes_no(question, False, plain)
    except KeyboardInterrupt:
        raise Interrupted("Interrupted; nothing was written.") from None


def confirm_keep(*, plain: bool = False) -> bool:
    return _yes_no("Keep this draft in your journal too (encrypted)?", True, plain)
