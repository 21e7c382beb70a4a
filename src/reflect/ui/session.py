"""The guided reflection in the terminal: one question at a time.

Two adapters of :class:`reflect.guide.guided.SessionUI`:

* :class:`RichSessionUI`: rich text, questionary menus, and the writing area of
  :mod:`reflect.ui.writing` for text answers (wrapped at words; Esc then Enter finishes;
  Ctrl-B goes back; Ctrl-C stops and keeps what was written in the draft).
* :class:`reflect.ui.plain_session.PlainSessionUI` (``--plain`` or ``NO_COLOR``): plain lines
  read in order, for screen readers: no boxes, no colour, no redrawn menus.

The words both share (progress, the summary, what to do next) are here.

Everything that comes from the set file or the vault (titles, texts, help, answers, a
counselor's note) is passed through :func:`reflect.untrusted.clean` and printed as
``rich.text.Text``, never as markup: a title holding ``[/i]`` is just text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from reflect.guide.guided import Reply
from reflect.guide.session import Progress, Session
from reflect.models import AnswerValue, Entry
from reflect.promptsets import NO, YES, PromptSet, Step
from reflect.ui.interrupts import guard
from reflect.untrusted import clean, clean_line

if TYPE_CHECKING:
    from rich.console import Console

TEXT_KEYS = "Esc, Enter: done · empty: skip · Ctrl-B: back · Ctrl-C: stop"
_BACK, _SKIP = "\x00back", "\x00skip"


def progress_line(progress: Progress) -> str:
    """ "The article's questions · question 2 of 6 · follow-up 1 of 4": what is coming, in
    counts that do not grow as answers open follow-ups."""
    parts = []
    if progress.section:
        parts.append(clean_line(progress.section))
    if progress.questions > 1:
        word = "question" if parts else "Question"
        parts.append(f"{word} {progress.question} of {progress.questions}")
    if progress.follow_ups > 1:
        parts.append(f"follow-up {progress.follow_up} of {progress.follow_ups}")
    elif progress.follow_ups == 1:
        parts.append("follow-up")
    return " · ".join(parts) or "Question"


def homework_lines(prompt_set: PromptSet) -> list[str]:
    homework = prompt_set.info.homework
    if homework is None:
        return []
    from reflect.messages import command

    who = clean_line(homework.counselor or "") or "Your counselor"
    lines = [f"{who} gave you these questions."]
    if homework.due:
        due = homework.due
        lines.append(f"They would like your answers by {due:%A} {due.day} {due:%B %Y}.")
    if homework.note:
        lines.append(f"Their note: {clean(homework.note)}")
    lines.append(f"Your answers stay private unless you hand them in with `{command()} share`.")
    return lines


def handin_hint(prompt_set: PromptSet, entry: Entry) -> str | None:
    homework = prompt_set.info.homework
    if homework is None or not homework.recipient:
        return None
    from reflect.messages import command

    who = clean_line(homework.counselor or "") or "your counselor"
    return (
        f"When you are ready, `{command()} share {entry.id[:8]}` hands these answers in to "
        f"{who}, encrypted so only they can read them. You choose what to include."
    )


def next_steps(prompt_set: PromptSet, entry: Entry) -> list[tuple[str, str]]:
    """(command, what it does) for the end of a session, support last."""
    from reflect.messages import command

    cmd, short = command(), entry.id[:8]
    steps = [
        (f"{cmd} show {short}", "read it again"),
        (f"{cmd} list", "all your entries"),
    ]
    written = any(
        a.kind == "text" and not a.skipped and str(a.value or "").strip() for a in entry.answers
    )
    if written:  # a story needs something written: an all-"No" entry has nothing to tell
        steps.append((f"{cmd} story {short}", "turn it into an anonymized story"))
    return steps  # a hand-in, when there is one, has its own line above (handin_hint)


def saved_line(entry: Entry) -> str:
    title = clean_line(entry.title or "")
    named = f" (“{title}”)" if title else ""
    return f"Saved, encrypted, as entry {entry.id[:8]}{named}."


def support_line() -> str:
    from reflect.messages import command

    return f"Support is one command away: {command()} resources"


def summary_lines(session: Session) -> list[tuple[str, str]]:
    return [(a.prompt, spoken(a.shown())) for a in session.answers]


def spoken(value: str) -> str:
    """A yes/no answer as the session's buttons name it."""
    return {YES: "Yes", NO: "No"}.get(value, value)


def resumed_line(session: Session) -> str:
    done, total = session.answered_count
    title = clean_line(session.prompt_set.title)
    return (
        f"Picking up “{title}” where you left off, started {session.created.day} {session.created:%B %Y}: "
        f"{done} of {total} questions answered so far."
    )


def _asked(question: Any) -> Any:
    """Ask a questionary question, Ctrl-C propagating (the session saves and stops)."""
    return guard(question).unsafe_ask()


class RichSessionUI:
    def __init__(self, console: Console) -> None:
        self.console = console

    def _print(self, text: str, style: str = "") -> None:
        from rich.text import Text

        self.console.print(Text(clean(text), style=style))

    # ---- showing ---------------------------------------------------------------------------

    def intro(self, session: Session, resumed: bool) -> None:
        from rich.markdown import Markdown
        from rich.panel import Panel
        from rich.text import Text

        prompt_set = session.prompt_set
        self.console.print()
        if resumed:
            self._print(resumed_line(session), "bold")
            return
        body = "\n\n".join(
            part
            for part in ["\n\n".join(homework_lines(prompt_set)), clean(prompt_set.info.intro)]
            if part
        )
        self.console.print(
            Panel(
                Markdown(body),
                title=Text(clean_line(prompt_set.title)),
                title_align="left",
                border_style="cyan",
                padding=(1, 2),
            )
        )

    def acknowledge(self, text: str) -> None:
        self._print(text, "green")

    def problem(self, text: str) -> None:
        self._print(text, "yellow")

    def _heading(self, step: Step, progress: Progress) -> None:
        self.console.print()
        self._print(progress_line(progress), "dim")
        if step.kind == "info":
            self._print(step.text)
            return
        # The question is printed by rich, which wraps it at words; questionary would cut it.
        self._print(step.text, "bold")
        if step.help:  # shown under the question, as the set's author wrote it to be
            self._print(step.help, "italic dim")

    # ---- asking ----------------------------------------------------------------------------

    def ask(self, step: Step, progress: Progress, existing: AnswerValue, show_help: bool) -> Reply:
        self._heading(step, progress)
        if step.kind == "info":
            return self._continue()
        if step.kind == "text":
            return self._text(existing)
        return self._select(step, existing)

    def _continue(self) -> Reply:
        import questionary

        choice = _asked(
            questionary.select(
                "",
                choices=[
                    questionary.Choice("Continue", value="go", shortcut_key="c"),
                    questionary.Choice("Go back", value=_BACK, shortcut_key="b"),
                ],
                use_shortcuts=True,
                qmark="",
                instruction=" ",
            )
        )
        return Reply("back") if choice == _BACK else Reply("answer")

    def _select(self, step: Step, existing: AnswerValue) -> Reply:
        import questionary

        options: list[Any] = []
        if step.kind == "yesno":
            options = [
                questionary.Choice("Yes", value=YES, shortcut_key="y"),
                questionary.Choice("No", value=NO, shortcut_key="n"),
            ]
        elif step.kind == "choice":
            options = [
                questionary.Choice(
                    clean_line(c), value=c, shortcut_key=str(i + 1) if i < 9 else True
                )
                for i, c in enumerate(step.choices)
            ]
        else:  # scale
            for point in range(step.min, step.max + 1):
                label = clean_line(step.scale_label(point) or "")
                options.append(
                    questionary.Choice(f"{point}" + (f"  {label}" if label else ""), value=point)
                )
        options.append(questionary.Separator())
        if step.optional:
            options.append(questionary.Choice("Skip this question", value=_SKIP, shortcut_key="s"))
        options.append(questionary.Choice("Go back", value=_BACK, shortcut_key="b"))
        default = next(
            (o for o in options if isinstance(o, questionary.Choice) and o.value == existing), None
        )
        choice = _asked(
            questionary.select(
                "",
                choices=options,
                default=default,
                use_shortcuts=step.kind != "scale",
                qmark="",
                instruction=" ",
            )
        )
        return _reply(choice)

    def _text(self, existing: AnswerValue) -> Reply:
        from reflect.ui.writing import StoppedWriting, write

        self.console.print()
        self._print(TEXT_KEYS, "dim")
        try:
            written = write("" if existing is None else str(existing), echo=self.console)
        except StoppedWriting as stopped:
            return Reply("stop", stopped.text)
        if written.action == "back":
            return Reply("back", written.text)
        return _reply(written.text)

    # ---- the end ---------------------------------------------------------------------------

    def review(self, session: Session) -> Literal["save", "back"]:
        import questionary
        from rich.padding import Padding
        from rich.rule import Rule
        from rich.text import Text

        self.console.print()
        self.console.print(Rule("Your answers", align="left"))
        for prompt, value in summary_lines(session):
            self.console.print(Text(clean(prompt), style="bold"))
            self.console.print(Padding(Text(clean(value)), (0, 0, 0, 2)))
        self.console.print()
        choice = _asked(
            questionary.select(
                "Save this reflection?",
                choices=[
                    questionary.Choice(
                        "Save it (encrypted, in your vault)", value="save", shortcut_key="s"
                    ),
                    questionary.Choice(
                        "Go back and change something", value="back", shortcut_key="b"
                    ),
                ],
                use_shortcuts=True,
                instruction=" ",
            )
        )
        return "back" if choice == "back" else "save"

    def title(self) -> str | None:
        import questionary

        self.console.print()
        self._print(
            "A title for this reflection, if you like. Only you will see it; "
            "Enter alone leaves it untitled."
        )
        answer = _asked(questionary.text("Title:", qmark="›", instruction=" "))
        return str(answer).strip() or None

    def closing(self, prompt_set: PromptSet, entry: Entry) -> None:
        from rich.markdown import Markdown
        from rich.padding import Padding
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        if prompt_set.info.closing:
            self.console.print()
            self.console.print(
                Panel(Markdown(clean(prompt_set.info.closing)), border_style="cyan", padding=(1, 2))
            )
        # What was saved, and what can be done next, is the last thing on the screen.
        self.console.print()
        self._print(saved_line(entry), "bold green")
        if hint := handin_hint(prompt_set, entry):
            self._print(hint)
        self._print("What you can do next:")
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column()
        for command, what in next_steps(prompt_set, entry):
            grid.add_row(Text(command), Text(what))
        self.console.print(Padding(grid, (0, 0, 0, 2)))
        self._print(support_line())


def _reply(choice: object) -> Reply:
    if choice == _BACK:
        return Reply("back")
    if choice == _SKIP:
        return Reply("skip")
    if isinstance(choice, str) and not choice.strip():
        return Reply("skip")
    return Reply("answer", choice if isinstance(choice, (str, int)) else None)
