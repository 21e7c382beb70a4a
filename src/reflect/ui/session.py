"""The guided reflection in the terminal: one question at a time.

Two adapters of :class:`reflect.guide.guided.SessionUI`:

* :class:`RichSessionUI`: rich text, questionary menus, and the writing area of
  :mod:`reflect.ui.writing` for text answers (wrapped at words; Esc then Enter finishes;
  Ctrl-B goes back; Ctrl-C stops and keeps what was written in the draft).
* :class:`PlainSessionUI` (``--plain`` or ``NO_COLOR``): plain lines read in order, for screen
  readers: no boxes, no colour, no redrawn menus.

Everything that comes from the set file or the vault (titles, texts, help, answers, a
counselor's note) is passed through :func:`reflect.untrusted.clean` and printed as
``rich.text.Text``, never as markup: a title holding ``[/i]`` is just text.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Literal

from reflect.guide.guided import Reply
from reflect.guide.session import Progress, Session
from reflect.models import AnswerValue, Entry
from reflect.promptsets import NO, YES, PromptSet, Step
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


def _homework_lines(prompt_set: PromptSet) -> list[str]:
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
        (f"{cmd} story {short}", "turn it into an anonymized story"),
    ]
    return steps  # a hand-in, when there is one, has its own line above (handin_hint)


def saved_line(entry: Entry) -> str:
    title = clean_line(entry.title or "")
    named = f" (“{title}”)" if title else ""
    return f"Saved, encrypted, as entry {entry.id[:8]}{named}."


def support_line() -> str:
    from reflect.messages import command

    return f"Support is one command away: {command()} resources"


def summary_lines(session: Session) -> list[tuple[str, str]]:
    return [(a.prompt, _shown(a.value, a.skipped)) for a in session.answers]


def _shown(value: AnswerValue, skipped: bool) -> str:
    if skipped or value is None:
        return "(skipped)"
    return {YES: "Yes", NO: "No"}.get(str(value), str(value))


def resumed_line(session: Session) -> str:
    done, total = session.answered_count
    title = clean_line(session.prompt_set.title)
    return (
        f"Picking up “{title}” where you left off, started {session.created.day} {session.created:%B %Y}: "
        f"{done} of {total} questions answered so far."
    )


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
            for part in ["\n\n".join(_homework_lines(prompt_set)), clean(prompt_set.info.intro)]
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

        choice = questionary.select(
            "",
            choices=[
                questionary.Choice("Continue", value="go", shortcut_key="c"),
                questionary.Choice("Go back", value=_BACK, shortcut_key="b"),
            ],
            use_shortcuts=True,
            qmark="",
            instruction=" ",
        ).unsafe_ask()
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
        choice = questionary.select(
            "",
            choices=options,
            default=default,
            use_shortcuts=step.kind != "scale",
            qmark="",
            instruction=" ",
        ).unsafe_ask()
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
        choice = questionary.select(
            "Save this reflection?",
            choices=[
                questionary.Choice(
                    "Save it (encrypted, in your vault)", value="save", shortcut_key="s"
                ),
                questionary.Choice("Go back and change something", value="back", shortcut_key="b"),
            ],
            use_shortcuts=True,
            instruction=" ",
        ).unsafe_ask()
        return "back" if choice == "back" else "save"

    def title(self) -> str | None:
        import questionary

        self.console.print()
        self._print(
            "A title for this reflection, if you like. Only you will see it; "
            "Enter alone leaves it untitled."
        )
        answer = questionary.text("Title:", qmark="›", instruction=" ").unsafe_ask()
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


class PlainSessionUI:
    """Line by line, nothing redrawn: what a screen reader reads is what is on the screen."""

    def __init__(self, out: Any = None) -> None:
        self.out = out or sys.stdout

    def _say(self, text: str = "") -> None:
        from reflect.ui.console import wrap

        print(wrap(clean(text), self.out), file=self.out, flush=True)

    def _read(self, prompt: str) -> str:
        self._say(prompt)
        return self._read_more()

    def _read_more(self) -> str:
        try:
            line = sys.stdin.readline()
        except KeyboardInterrupt:
            print(file=self.out, flush=True)  # the terminal echoed ^C: start a fresh line
            raise
        if not line:
            raise EOFError
        return line.rstrip("\n")

    HOW_TO_ANSWER = (
        "How to answer: type your answer and press Enter. Text answers can have several lines; "
        "finish them with a line holding only a full stop. Instead of an answer you can type "
        "skip or back, or help to read this again. When you come back to a question you "
        "already answered, Enter alone keeps your answer. Ctrl-C stops; your answers so far, "
        "and the one you were writing, are kept."
    )

    def intro(self, session: Session, resumed: bool) -> None:
        prompt_set = session.prompt_set
        self._say()
        if resumed:
            self._say(resumed_line(session))
            self._say(self.HOW_TO_ANSWER)
            return
        self._say(prompt_set.title)
        for line in _homework_lines(prompt_set):
            self._say(line)
        if prompt_set.info.intro:
            self._say()
            self._say(prompt_set.info.intro)
        self._say()
        self._say(self.HOW_TO_ANSWER)

    def acknowledge(self, text: str) -> None:
        self._say(text)

    def problem(self, text: str) -> None:
        self._say(text)

    def ask(self, step: Step, progress: Progress, existing: AnswerValue, show_help: bool) -> Reply:
        self._say()
        if show_help:
            self._say(self.HOW_TO_ANSWER)
            self._say()
        self._say(progress_line(progress) + ".")
        if step.kind == "info":
            self._say(step.text)
            return _plain_command(self._read("Press Enter to continue, or type back.")) or Reply(
                "answer"
            )
        self._say(step.text)
        if step.help:
            self._say(step.help)
        if step.kind == "text":
            return self._text(existing)
        if step.kind == "yesno":
            hint = "Type yes or no."
        elif step.kind == "choice":
            for number, choice in enumerate(step.choices, start=1):
                self._say(f"{number}. {choice}")
            hint = "Type the number of your choice."
        else:
            ends = [step.scale_label(step.min), step.scale_label(step.max)]
            labels = f" ({step.min} is {ends[0]}, {step.max} is {ends[1]})" if all(ends) else ""
            hint = f"Type a number from {step.min} to {step.max}{labels}."
        if existing is not None:
            shown = _shown(existing, False)
            if step.kind == "choice" and existing in step.choices:
                shown = f"{step.choices.index(str(existing)) + 1}. {existing}"
            self._say(f"Your answer so far: {shown}. Press Enter alone to keep it.")
        raw = self._read(hint).strip()
        if command := _plain_command(raw):
            return command
        if not raw and existing is not None:
            return Reply("answer", existing)
        return Reply("answer", _plain_value(step, raw))

    def _text(self, existing: AnswerValue) -> Reply:
        if existing is not None:
            self._say("Your answer so far:")
            for line in str(existing).split("\n"):
                self._say("  " + line)
            prompt = (
                "Press Enter alone to keep it, or write a new answer and end it with a line "
                "holding only a full stop."
            )
        else:
            prompt = "Write your answer. End with a line holding only a full stop."
        lines: list[str] = []
        try:
            first = self._read(prompt)
            if command := _plain_command(first.strip()):
                return command
            if not first.strip() and existing is not None:
                return Reply("answer", existing)
            lines.append(first)
            while first.strip() != "." and (line := self._read_more()) != ".":
                lines.append(line)
        except KeyboardInterrupt:
            return Reply("stop", "\n".join(lines))
        text = "\n".join(line for line in lines if line.strip() != ".").strip()
        return Reply("answer", text) if text else Reply("skip")

    def review(self, session: Session) -> Literal["save", "back"]:
        self._say()
        self._say("Your answers:")
        for prompt, value in summary_lines(session):
            self._say(f"{prompt}")
            self._say(f"  {value}")
        while True:
            answer = self._read(
                "Type save to keep this reflection, or back to change something."
            ).strip()
            if answer.lower() in ("save", "back"):
                return "back" if answer.lower() == "back" else "save"
            self._say("Please type save or back.")

    def title(self) -> str | None:
        return (
            self._read(
                "A title for this reflection, if you like. Only you will see it; "
                "Enter alone leaves it untitled."
            ).strip()
            or None
        )

    def closing(self, prompt_set: PromptSet, entry: Entry) -> None:
        if prompt_set.info.closing:
            self._say()
            self._say(prompt_set.info.closing)
        self._say()
        self._say(saved_line(entry))
        if hint := handin_hint(prompt_set, entry):
            self._say(hint)
        self._say("What you can do next:")
        for command, what in next_steps(prompt_set, entry):
            self._say(f"  {what[0].upper() + what[1:]}: {command}")
        self._say(support_line())


def _plain_command(raw: str) -> Reply | None:
    word = raw.strip().lower()
    return Reply(word) if word in ("skip", "back", "help") else None  # type: ignore[arg-type]


def _plain_value(step: Step, raw: str) -> AnswerValue:
    if step.kind == "choice" and raw.isdigit() and 1 <= int(raw) <= len(step.choices):
        return step.choices[int(raw) - 1]
    if step.kind == "yesno" and raw.lower() in ("y", "n"):
        return YES if raw.lower() == "y" else NO
    return raw


def _reply(choice: object) -> Reply:
    if choice == _BACK:
        return Reply("back")
    if choice == _SKIP:
        return Reply("skip")
    if isinstance(choice, str) and not choice.strip():
        return Reply("skip")
    return Reply("answer", choice if isinstance(choice, (str, int)) else None)
