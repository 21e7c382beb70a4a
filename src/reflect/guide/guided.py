"""The guided reflection loop: the session machine, a UI, and saving after every answer.

The UI is a Protocol so the loop runs the same with the rich terminal UI, the plain one for
screen readers, or a scripted one in tests. Every answer, skip or step back is saved at once
as an encrypted draft (public-key encryption: no passphrase needed), so Ctrl-C or a closed
terminal loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from reflect.guide.session import AnswerError, Progress, Session
from reflect.models import AnswerValue, Entry
from reflect.promptsets import PromptSet, Step


@dataclass(frozen=True)
class Reply:
    """What the person did at a step: answered (with a value), skipped, went back, asked for
    help, or stopped (Ctrl-C; ``value`` holds what was half-written, to keep in the draft).
    Going back may carry text too: what was typed before going back is kept."""

    action: Literal["answer", "skip", "back", "help", "stop"]
    value: AnswerValue = None


class Stopped(KeyboardInterrupt):
    """The person stopped the session; the draft is saved. ``kept_unfinished`` says whether
    a half-written answer went into it."""

    def __init__(self, kept_unfinished: bool) -> None:
        super().__init__()
        self.kept_unfinished = kept_unfinished


class SessionUI(Protocol):
    def intro(self, session: Session, resumed: bool) -> None: ...

    def ask(
        self, step: Step, progress: Progress, existing: AnswerValue, show_help: bool
    ) -> Reply: ...

    def acknowledge(self, text: str) -> None: ...

    def problem(self, text: str) -> None: ...

    def review(self, session: Session) -> Literal["save", "back"]: ...

    def title(self) -> str | None: ...

    def closing(self, prompt_set: PromptSet, entry: Entry) -> None: ...


SaveDraft = Callable[[Entry], None]


def run(session: Session, ui: SessionUI, save_draft: SaveDraft, *, resumed: bool = False) -> Entry:
    """Take the person through the remaining steps; returns the completed entry (not yet saved
    as complete: the caller turns the draft into an entry).

    Ctrl-C while writing raises :class:`Stopped` after saving the half-written answer in the
    draft; Ctrl-C anywhere else propagates as KeyboardInterrupt (every answer before it is
    saved already)."""
    ui.intro(session, resumed)
    while True:
        while (step := session.current) is not None:
            existing = session.existing
            show_help = False
            while True:
                reply = ui.ask(
                    step, session.progress, existing.value if existing else None, show_help
                )
                if reply.action != "help":
                    break
                show_help = True
            try:
                if reply.action == "stop":
                    kept = isinstance(reply.value, str) and bool(reply.value.strip())
                    if kept:
                        session.keep_unfinished(str(reply.value))
                        save_draft(session.to_entry())
                    raise Stopped(kept)
                if reply.action == "back":
                    if isinstance(reply.value, str):
                        session.keep_unfinished(reply.value)
                    if not session.back():
                        ui.problem("This is the first question; there is nothing before it.")
                        continue
                elif reply.action == "skip":
                    session.skip()
                else:
                    session.answer(reply.value)
            except AnswerError as error:
                ui.problem(str(error))
                continue
            save_draft(session.to_entry())
            if reply.action == "answer" and session.acknowledgement:
                ui.acknowledge(session.acknowledgement)
        if ui.review(session) == "save":
            break
        session.back()
        save_draft(session.to_entry())
    entry = session.to_entry()
    title = ui.title()
    if title:
        entry = entry.model_copy(update={"title": title})
    return entry
