"""The guided reflection in the terminal: one question at a time.

Two adapters of :class:`reflect.guided.SessionUI`:

* :class:`RichSessionUI`: questionary prompts and rich text. Text answers are multi-line
  (Esc then Enter finishes); Ctrl-B goes back, Ctrl-T shows help, Ctrl-C stops and keeps a draft.
* :class:`PlainSessionUI` (``--plain`` or ``NO_COLOR``): plain lines read in order, for screen
  readers: no boxes, no colour, no redrawn menus.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Literal

from reflect.guided import Reply
from reflect.models import AnswerValue, Entry
from reflect.prompts import NO, YES, PromptSet, Step
from reflect.session import Progress, Session

if TYPE_CHECKING:
    from rich.console import Console

TEXT_KEYS = "Esc then Enter: done · empty: skip · Ctrl-B back · Ctrl-T help · Ctrl-C stop"
_BACK, _HELP, _SKIP = "\x00back", "\x00help", "\x00skip"


def _progress_line(progress: Progress) -> str:
    section = f" · {progress.section}" if progress.section else ""
    return f"Step {progress.index} of {progress.total}{section}"


def _homework_lines(prompt_set: PromptSet) -> list[str]:
    homework = prompt_set.info.homework
    if homework is None:
        return []
    who = homework.counselor or "Your counselor"
    lines = [f"{who} gave you these questions."]
    if homework.due:
        due = homework.due
        lines.append(f"They would like your answers by {due:%A} {due.day} {due:%B %Y}.")
    if homework.note:
        lines.append(f"Their note: {homework.note}")
    lines.append("Your answers stay private unless you hand them in with `reflect share`.")
    return lines


def handin_hint(prompt_set: PromptSet, entry: Entry) -> str | None:
    homework = prompt_set.info.homework
    if homework is None or not homework.recipient:
        return None
    who = homework.counselor or "your counselor"
    return (
        f"When you are ready, `reflect share {entry.id[:8]}` hands these answers in to {who}, "
        "encrypted so only they can read them. You choose what to include."
    )


def summary_lines(session: Session) -> list[tuple[str, str]]:
    return [(a.prompt, _shown(a.value, a.skipped)) for a in session.answers]


def _shown(value: AnswerValue, skipped: bool) -> str:
    if skipped or value is None:
        return "(skipped)"
    return {YES: "Yes", NO: "No"}.get(str(value), str(value))


class RichSessionUI:
    def __init__(self, console: Console) -> None:
        self.console = console

    # ---- showing ---------------------------------------------------------------------------

    def intro(self, prompt_set: PromptSet, resumed: bool) -> None:
        from rich.markdown import Markdown
        from rich.panel import Panel

        self.console.print()
        if resumed:
            self.console.print(f"[bold]Picking up {prompt_set.title} where you left off.[/bold]")
            return
        body = "\n\n".join(
            part
            for part in ["\n\n".join(_homework_lines(prompt_set)), prompt_set.info.intro]
            if part
        )
        self.console.print(
            Panel(
                Markdown(body),
                title=prompt_set.title,
                title_align="left",
                border_style="cyan",
                padding=(1, 2),
            )
        )

    def acknowledge(self, text: str) -> None:
        self.console.print(f"[green]{_escape(text)}[/green]")

    def problem(self, text: str) -> None:
        self.console.print(f"[yellow]{_escape(text)}[/yellow]")

    def _heading(self, step: Step, progress: Progress, show_help: bool) -> None:
        self.console.print()
        self.console.print(f"[dim]{_escape(_progress_line(progress))}[/dim]")
        if step.kind == "info":
            self.console.print(_escape(step.text))
            return
        # The question is printed by rich, which wraps it; questionary would cut it at the edge.
        self.console.print(f"[bold]{_escape(step.text)}[/bold]")
        if show_help and step.help:
            self.console.print(f"[italic]{_escape(step.help)}[/italic]")
        elif show_help:
            self.console.print("[italic]There is no extra help for this question.[/italic]")

    # ---- asking ----------------------------------------------------------------------------

    def ask(self, step: Step, progress: Progress, existing: AnswerValue, show_help: bool) -> Reply:
        self._heading(step, progress, show_help)
        if step.kind == "info":
            return self._continue()
        if step.kind == "text":
            return self._text(step, existing)
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
                questionary.Choice(c, value=c, shortcut_key=str(i + 1) if i < 9 else True)
                for i, c in enumerate(step.choices)
            ]
        else:  # scale
            for point in range(step.min, step.max + 1):
                label = step.scale_label(point)
                options.append(
                    questionary.Choice(f"{point}" + (f"  {label}" if label else ""), value=point)
                )
        options += [
            questionary.Separator(),
            questionary.Choice("Skip this question", value=_SKIP, shortcut_key="s"),
            questionary.Choice("Go back", value=_BACK, shortcut_key="b"),
            questionary.Choice("Help", value=_HELP, shortcut_key="h"),
        ]
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

    def _text(self, step: Step, existing: AnswerValue) -> Reply:
        import questionary
        from prompt_toolkit.key_binding import KeyBindings

        keys = KeyBindings()

        @keys.add("c-b")
        def _back(event: Any) -> None:
            event.app.exit(result=_BACK)

        @keys.add("c-t")
        def _help(event: Any) -> None:
            event.app.exit(result=_HELP)

        self.console.print(f"[dim]{_escape(TEXT_KEYS)}[/dim]")
        answer = questionary.text(
            "",
            default="" if existing is None else str(existing),
            multiline=True,
            qmark="›",
            instruction=" ",
            key_bindings=keys,
        ).unsafe_ask()
        return _reply(answer)

    # ---- the end ---------------------------------------------------------------------------

    def review(self, session: Session) -> Literal["save", "back"]:
        import questionary
        from rich.rule import Rule

        self.console.print()
        self.console.print(Rule("Your answers", align="left"))
        from rich.padding import Padding
        from rich.text import Text

        for prompt, value in summary_lines(session):
            self.console.print(Text(prompt, style="bold"))
            self.console.print(Padding(Text(value), (0, 0, 0, 2)))
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

        answer = questionary.text(
            "A title for this reflection, if you like (only you will see it):", instruction=" "
        ).unsafe_ask()
        return str(answer).strip() or None

    def closing(self, prompt_set: PromptSet, entry: Entry) -> None:
        from rich.markdown import Markdown
        from rich.panel import Panel

        self.console.print()
        self.console.print(f"[green]Saved, encrypted, as entry {entry.id[:8]}.[/green]")
        if hint := handin_hint(prompt_set, entry):
            self.console.print(_escape(hint))
        if prompt_set.info.closing:
            self.console.print(
                Panel(Markdown(prompt_set.info.closing), border_style="cyan", padding=(1, 2))
            )
        show_resources(self.console, prompt_set)


class PlainSessionUI:
    """Line by line, nothing redrawn: what a screen reader reads is what is on the screen."""

    def __init__(self, out: Any = None) -> None:
        self.out = out or sys.stdout

    def _say(self, text: str = "") -> None:
        from reflect.ui.console import wrap

        print(wrap(text, self.out), file=self.out, flush=True)

    def _read(self, prompt: str) -> str:
        self._say(prompt)
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    def intro(self, prompt_set: PromptSet, resumed: bool) -> None:
        self._say()
        if resumed:
            self._say(f"Picking up {prompt_set.title} where you left off.")
            return
        self._say(prompt_set.title)
        for line in _homework_lines(prompt_set):
            self._say(line)
        if prompt_set.info.intro:
            self._say()
            self._say(prompt_set.info.intro)
        self._say()
        self._say(
            "How to answer: type your answer and press Enter. Text answers can have several lines; "
            "finish them with a line holding only a full stop. Instead of an answer you can type "
            "skip, back or help. Ctrl-C stops; your answers so far are kept."
        )

    def acknowledge(self, text: str) -> None:
        self._say(text)

    def problem(self, text: str) -> None:
        self._say(text)

    def ask(self, step: Step, progress: Progress, existing: AnswerValue, show_help: bool) -> Reply:
        self._say()
        self._say(_progress_line(progress) + ".")
        if step.kind == "info":
            self._say(step.text)
            return _plain_command(self._read("Press Enter to continue, or type back.")) or Reply(
                "answer"
            )
        if show_help:
            self._say(step.help or "There is no extra help for this question.")
        self._say(step.text)
        if existing is not None:
            self._say(f"Your answer so far: {existing}. Press Enter alone to keep it.")
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
        raw = self._read(hint).strip()
        if command := _plain_command(raw):
            return command
        if not raw and existing is not None:
            return Reply("answer", existing)
        return Reply("answer", _plain_value(step, raw))

    def _text(self, existing: AnswerValue) -> Reply:
        first = self._read("Write your answer. End with a line holding only a full stop.")
        if command := _plain_command(first.strip()):
            return command
        if not first.strip() and existing is not None:
            return Reply("answer", existing)
        lines = [first]
        while first.strip() != "." and (line := self._read_more()) != ".":
            lines.append(line)
        text = "\n".join(line for line in lines if line.strip() != ".").strip()
        return Reply("answer", text) if text else Reply("skip")

    def _read_more(self) -> str:
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    def review(self, session: Session) -> Literal["save", "back"]:
        self._say()
        self._say("Your answers:")
        for prompt, value in summary_lines(session):
            self._say(f"{prompt}")
            self._say(f"  {value}")
        answer = self._read("Type save to keep this reflection, or back to change something.")
        return "back" if answer.strip().lower() == "back" else "save"

    def title(self) -> str | None:
        return (
            self._read("A title for this reflection, if you like (only you will see it):").strip()
            or None
        )

    def closing(self, prompt_set: PromptSet, entry: Entry) -> None:
        self._say()
        self._say(f"Saved, encrypted, as entry {entry.id[:8]}.")
        if hint := handin_hint(prompt_set, entry):
            self._say(hint)
        if prompt_set.info.closing:
            self._say()
            self._say(prompt_set.info.closing)
        self._say()
        for line in resource_lines(prompt_set):
            self._say(line)


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
    if choice == _HELP:
        return Reply("help")
    if choice == _SKIP:
        return Reply("skip")
    if isinstance(choice, str) and not choice.strip():
        return Reply("skip")
    return Reply("answer", choice if isinstance(choice, (str, int)) else None)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def resource_lines(prompt_set: PromptSet) -> list[str]:
    if not prompt_set.resources:
        return []
    lines = ["If you want to talk to someone:"]
    for resource in prompt_set.resources:
        region = f" ({resource.region})" if resource.region else ""
        lines.append(f"  {resource.name}{region}: {resource.contact}")
        if resource.description:
            lines.append(f"    {resource.description}")
    return lines


def show_resources(console: Console, prompt_set: PromptSet) -> None:
    from rich.padding import Padding
    from rich.text import Text

    if not prompt_set.resources:
        return
    console.print()
    console.print(Text("If you want to talk to someone:", style="bold"))
    for resource in prompt_set.resources:
        region = f" ({resource.region})" if resource.region else ""
        console.print(Padding(Text(f"{resource.name}{region}: {resource.contact}"), (0, 0, 0, 2)))
        if resource.description:
            console.print(Padding(Text(resource.description, style="dim"), (0, 0, 0, 4)))
