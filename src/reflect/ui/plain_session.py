"""The guided reflection as plain lines (``--plain`` or ``NO_COLOR``), for screen readers.

No boxes, no colour, no redrawn menus: each question is a line to read and a line to type, in
order. The words it shares with the rich screen come from :mod:`reflect.ui.session`.
"""

from __future__ import annotations

import sys
from typing import Any, Literal

from reflect.guide.guided import Reply
from reflect.guide.session import Progress, Session
from reflect.models import AnswerValue, Entry
from reflect.promptsets import NO, YES, PromptSet, Step
from reflect.ui.session import (
    handin_hint,
    homework_lines,
    next_steps,
    progress_line,
    resumed_line,
    saved_line,
    spoken,
    summary_lines,
    support_line,
)
from reflect.untrusted import clean


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
        for line in homework_lines(prompt_set):
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
            shown = spoken(str(existing))
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
