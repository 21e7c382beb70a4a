"""The story review screen: every finding shown, numbered and decided on before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.errors import Interrupted

if TYPE_CHECKING:
    from rich.console import Console

    from reflect.story import Group, StoryDraft

CONSEQUENCES = (
    "Before you share: telling a story of your own misconduct can have personal, professional "
    "and legal consequences, for you and for the people in it, even without names. No tool can "
    "guarantee anonymity: details such as a workplace, a timeline or a turn of phrase can still "
    "point to someone. Share only what you are ready to stand behind."
)


def _ask(question: object) -> object:
    answer = question.unsafe_ask()  # type: ignore[attr-defined]
    return answer


def show_story(console: Console, draft: StoryDraft) -> None:
    """The text with each replacement highlighted and numbered, then the numbered list."""
    from rich.text import Text

    groups = draft.groups()
    number_of = {group.key: n for n, group in enumerate(groups, start=1)}
    text = Text()
    position = 0
    for finding in sorted(draft.findings, key=lambda f: f.start):
        text.append(draft.text[position : finding.start])
        number = number_of[draft.key_of(finding)]
        text.append(f"{finding.replacement}", style="bold black on yellow")
        text.append(f"{number}", style="bold yellow")
        position = finding.end
    text.append(draft.text[position:])
    console.print()
    console.rule("Your story, with what was replaced", align="left")
    console.print(text)
    console.print()
    if not groups:
        console.print(
            "Nothing was found to replace. Read it carefully for anything that could identify someone."
        )
        return
    for number, group in enumerate(groups, start=1):
        line = Text(f"{number:>3}. ")
        line.append(group.label, style="bold")
        line.append(f" → {group.replacement}  ")
        line.append(f"({group.kind})", style="dim")
        console.print(line)


def review(console: Console, draft: StoryDraft, remember: list[str]) -> None:
    """Loop until the person accepts the replacements. ``remember`` collects names to add to
    the always-redact list."""
    import questionary

    while True:
        show_story(console, draft)
        groups = draft.groups()
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
        action = _ask(
            questionary.select(
                "What next?",
                choices=choices,
                use_shortcuts=True,
                use_jk_keys=False,
                instruction=" ",
            )
        )
        if action == "done":
            return
        if action == "add":
            missed = str(
                _ask(questionary.text("What was missed? (a name, place or detail, as written):"))
            ).strip()
            if not missed:
                continue
            covered = draft.add(missed)
            console.print(
                f"Covered {covered} more place(s) where '{missed}' appears."
                if covered
                else f"'{missed}' was not found as a whole word."
            )
            if covered and _ask(
                questionary.confirm(
                    "Always hide this in future stories? (kept encrypted)",
                    default=True,
                    auto_enter=False,
                )
            ):
                remember.append(missed)
            continue
        picked = _pick(groups)
        if picked is None:
            continue
        group = groups[picked]
        if action == "edit":
            question = questionary.text(f"Replace '{group.label}' with:", default=group.replacement)
            new = str(_ask(question)).strip()
            if new:
                draft.replace(group, new)
        else:
            console.print(
                f"[yellow]'{group.label}' will appear in the story as written. "
                "Anyone who knows it may recognise the people in it.[/yellow]"
            )
            if _ask(
                questionary.confirm(
                    f"Keep '{group.label}' anyway?", default=False, auto_enter=False
                )
            ):
                draft.keep(group)


def _pick(groups: list[Group]) -> int | None:
    import questionary

    options = [
        questionary.Choice(f"{n}. {g.label} → {g.replacement}", value=n - 1)
        for n, g in enumerate(groups, start=1)
    ]
    options.append(questionary.Choice("(never mind)", value=-1))
    chosen = _ask(questionary.select("Which one?", choices=options, instruction=" "))
    return None if chosen == -1 or chosen is None else int(str(chosen))


def residual(console: Console, draft: StoryDraft) -> None:
    """Words left that may still identify someone: offer to hide any of them."""
    import questionary

    risks = draft.risks()
    console.print()
    console.rule("Still worth a second look", align="left")
    if not risks:
        console.print("No capitalised words, numbers or rare words are left.")
        return
    for word, reason in risks:
        console.print(f"  {word}  [dim]({reason})[/dim]")
    chosen = _ask(
        questionary.checkbox(
            "Hide any of these too? (Space to pick, Enter to go on)",
            choices=[questionary.Choice(word, value=word) for word, _ in risks],
        )
    )
    for word in chosen or []:  # type: ignore[attr-defined]
        draft.add(str(word))


def confirm_share(console: Console, preview: str, where: str) -> bool:
    import questionary
    from rich.panel import Panel
    from rich.text import Text

    console.print()
    console.print(Panel(Text(preview), title="Final preview", title_align="left", padding=(1, 2)))
    console.print(f"[yellow]{CONSEQUENCES}[/yellow]")
    answer = _ask(
        questionary.confirm(f"Write this story to {where}?", default=False, auto_enter=False)
    )
    if answer is None:
        raise Interrupted("Interrupted; nothing was written.")
    return bool(answer)
