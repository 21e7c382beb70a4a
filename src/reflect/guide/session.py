"""The guided session: a pure state machine over a prompt set and the answers given so far.

No terminal here. The UI asks for :attr:`Session.current`, shows it, and reports back with
:meth:`~Session.answer`, :meth:`~Session.skip` or :meth:`~Session.back`; the CLI saves
:meth:`~Session.to_entry` (a draft until the last step) and resumes with
:meth:`Session.from_entry`.

Rules (see docs/prompt-sets.md):

* A step is *reachable* when it has no ``when`` or its condition holds on the reachable
  answers before it. A condition never holds on a skipped or hidden answer.
* Info steps are read, not answered: continuing past one records nothing.
* Changing an earlier answer can hide later steps. Their answers stay in memory (flip the
  answer back and they return) but are left out of :attr:`answers` and of every saved entry.
* An empty text answer is a skip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from reflect.errors import ReflectError
from reflect.models import Answer, AnswerValue, Entry, new_id, now
from reflect.promptsets import NO, YES, PromptSet, Step


class SessionError(ReflectError, ValueError):
    """A request the session cannot carry out, with a message fit to show as is."""


class AnswerError(SessionError):
    """An answer that does not fit its step (wrong kind of value, out of range, ...)."""


@dataclass(frozen=True)
class Progress:
    """How far along the person is, counted in what they can see coming.

    ``question`` of ``questions``: the steps of the current section that are always asked
    (no ``when``, not info), so the total never grows as answers open follow-ups. A follow-up
    (a step with a ``when``) belongs to the question before it: ``follow_up`` of
    ``follow_ups`` counts the follow-ups currently open under that question (0 of 0 on the
    question itself). ``section`` is the current section's name; ``part`` of ``parts``
    counts sections. When the session is finished everything is at its end and ``section``
    is None.
    """

    question: int
    questions: int
    follow_up: int = 0
    follow_ups: int = 0
    section: str | None = None
    part: int = 0
    parts: int = 0


class Session:
    def __init__(
        self,
        prompt_set: PromptSet,
        answers: Iterable[Answer] = (),
        resume_at: str | None = None,
        *,
        entry_id: str | None = None,
        created: datetime | None = None,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.prompt_set = prompt_set
        self._clock = clock
        self.entry_id = entry_id or new_id()
        self.created = created or clock()
        self._origin: Entry | None = None
        self._steps = list(prompt_set.steps)
        self._position = {step.id: i for i, step in enumerate(self._steps)}
        self._sections = _carried_sections(self._steps)
        self._given: dict[str, Answer] = {}
        # Answers that no longer fit the set (a step removed or changed since they were
        # written). Kept, at the end of the entry, so resuming never throws writing away.
        self._unmatched: list[Answer] = []
        for answer in answers:
            self._restore(answer)
        self._acknowledgement: str | None = None
        self._at: int | None = self._resume_index(resume_at)

    @classmethod
    def from_entry(
        cls, prompt_set: PromptSet, entry: Entry, *, clock: Callable[[], datetime] = now
    ) -> Session:
        """Pick up a saved entry (usually a draft) where it stopped."""
        if entry.set_id != prompt_set.id:
            raise SessionError(
                f"this entry was written with the question set {entry.set_id!r}, "
                f"not {prompt_set.id!r}"
            )
        session = cls(
            prompt_set,
            entry.answers,
            entry.resume_at,
            entry_id=entry.id,
            created=entry.created,
            clock=clock,
        )
        session._origin = entry
        return session

    # --- where we are ---------------------------------------------------------------

    @property
    def current(self) -> Step | None:
        """The step to show now; None when the session is finished."""
        return None if self._at is None else self._steps[self._at]

    @property
    def finished(self) -> bool:
        return self._at is None

    @property
    def progress(self) -> Progress:
        step = self.current
        sections = list(dict.fromkeys(self._sections.values()))
        if step is None:
            return Progress(0, 0, section=None, part=len(sections), parts=len(sections))
        section = self._sections[step.id]
        in_section = [s for s in self._steps if self._sections[s.id] == section]
        asked = [s for s in in_section if _is_question(s)]
        here = in_section.index(step)
        # The question this step belongs to: itself, or the last one always asked before it.
        owner = next((s for s in reversed(in_section[: here + 1]) if _is_question(s)), None)
        question = asked.index(owner) + 1 if owner is not None else 0
        follow_up = follow_ups = 0
        if owner is not None and step is not owner:
            start = in_section.index(owner) + 1
            end = next(
                (i for i in range(start, len(in_section)) if _is_question(in_section[i])),
                len(in_section),
            )
            reachable = {s.id for s in self._reachable()}
            opened = [s for s in in_section[start:end] if s.id in reachable and s.kind != "info"]
            follow_ups = len(opened)
            follow_up = opened.index(step) + 1 if step in opened else 0
        return Progress(
            question,
            len(asked),
            follow_up,
            follow_ups,
            section,
            sections.index(section) + 1,
            len(sections),
        )

    @property
    def answered_count(self) -> tuple[int, int]:
        """Questions answered or skipped so far, of those always asked (for "how far")."""
        asked = [s for s in self._steps if _is_question(s)]
        return sum(1 for s in asked if s.id in self._given), len(asked)

    @property
    def acknowledgement(self) -> str | None:
        """Text to show after the answer just given (a yesno step's after_yes/after_no)."""
        return self._acknowledgement

    @property
    def existing(self) -> Answer | None:
        """The answer already given to the current step (after going back), to prefill."""
        step = self.current
        return None if step is None else self._given.get(step.id)

    @property
    def answers(self) -> list[Answer]:
        """Answers (and skips) to reachable steps, in the set's order."""
        return [self._given[s.id] for s in self._reachable() if s.id in self._given]

    # --- moving -----------------------------------------------------------------------

    def answer(self, value: AnswerValue = None) -> None:
        """Answer the current step and move on. Info steps take no value (just continue)."""
        step = self._require_current()
        if step.kind == "info":
            if value not in (None, ""):
                raise AnswerError("This step is for reading; there is nothing to answer.")
            self._move_past(step)
            return
        clean = _clean(step, value)
        if clean is None:  # an empty text answer
            self.skip()
            return
        previous = self._given.get(step.id)
        if previous is None or previous.skipped or previous.value != clean:
            self._given[step.id] = Answer(
                step=step.id, prompt=step.text, kind=step.kind, value=clean, answered=self._clock()
            )
        self._move_past(step)
        if step.kind == "yesno":
            self._acknowledgement = step.after_yes if clean == YES else step.after_no

    def skip(self) -> None:
        """Leave the current step unanswered (recorded as skipped) and move on."""
        step = self._require_current()
        if step.kind != "info":
            if not step.optional:
                raise AnswerError(
                    "This question needs an answer before the next one. You can stop here "
                    "and come back to it later."
                )
            self._given[step.id] = Answer(
                step=step.id, prompt=step.text, kind=step.kind, skipped=True, answered=self._clock()
            )
        self._move_past(step)

    def back(self) -> bool:
        """Return to the previous reachable step; False (and no change) at the first one."""
        limit = len(self._steps) if self._at is None else self._at
        earlier = [s for s in self._reachable() if self._position[s.id] < limit]
        if not earlier:
            return False
        self._acknowledgement = None
        self._at = self._position[earlier[-1].id]
        return True

    def keep_unfinished(self, text: str) -> None:
        """Hold half-written text for the current text step without moving on (Ctrl-C).

        It is saved in the draft like any answer and offered back in the box on resume; an
        answer given earlier is only replaced when something was typed.
        """
        step = self.current
        if step is None or step.kind != "text" or not text.strip():
            return
        self._given[step.id] = Answer(
            step=step.id, prompt=step.text, kind="text", value=text.strip(), answered=self._clock()
        )

    # --- saving -------------------------------------------------------------------------

    def to_entry(self, entry_id: str | None = None, created: datetime | None = None) -> Entry:
        """The session as an entry: "complete" when finished, else a "draft" that resumes at
        the current step. Repeated calls keep the same id, so each save replaces the last."""
        step = self.current
        data = self._origin.model_dump(by_alias=True) if self._origin is not None else {}
        data.update(
            {
                "id": entry_id or self.entry_id,
                "created": created or self.created,
                "set": self.prompt_set.id,
                "set_version": self.prompt_set.info.version,
                "status": "complete" if step is None else "draft",
                "answers": [*self.answers, *self._unmatched],
                "resume_at": None if step is None else step.id,
            }
        )
        if self._origin is not None:
            data["updated"] = self._clock()
        return Entry.model_validate(data)

    # --- internals ----------------------------------------------------------------------

    def _require_current(self) -> Step:
        step = self.current
        if step is None:
            raise SessionError("The questions are finished; there is no current step.")
        self._acknowledgement = None
        return step

    def _reachable(self) -> list[Step]:
        # Conditions only look backwards (checked when the set is loaded), so one pass in
        # order settles every step.
        reachable: list[Step] = []
        values: dict[str, AnswerValue] = {}
        for step in self._steps:
            if step.when is not None and not step.when.holds(values.get(step.when.step)):
                continue
            reachable.append(step)
            given = self._given.get(step.id)
            if given is not None and not given.skipped:
                values[step.id] = given.value
        return reachable

    def _move_past(self, step: Step) -> None:
        here = self._position[step.id]
        later = (s for s in self._reachable() if self._position[s.id] > here)
        following = next(later, None)
        self._at = None if following is None else self._position[following.id]

    def _resume_index(self, resume_at: str | None) -> int | None:
        reachable = self._reachable()
        ids = [s.id for s in reachable]
        if resume_at in ids:
            return self._position[str(resume_at)]
        if not self._given:
            return self._position[ids[0]] if ids else None
        # No usable resume point: the first question still open, else finished.
        for step in reachable:
            if step.kind != "info" and step.id not in self._given:
                return self._position[step.id]
        return None

    def _restore(self, answer: Answer) -> None:
        step = self.prompt_set.step(answer.step)
        if step is None or step.kind != answer.kind or step.kind == "info":
            self._unmatched.append(answer)
            return
        if answer.skipped:
            self._given[step.id] = answer
            return
        try:
            clean = _clean(step, answer.value)
        except AnswerError:  # e.g. a choice that was renamed since
            self._unmatched.append(answer)
            return
        if clean is None:
            self._given[step.id] = answer.model_copy(update={"value": None, "skipped": True})
        else:
            self._given[step.id] = answer.model_copy(update={"value": clean})


def _is_question(step: Step) -> bool:
    return step.when is None and step.kind != "info"


def _clean(step: Step, value: AnswerValue) -> AnswerValue:
    """The value to store for ``step``, None for an empty text answer; AnswerError if unfit."""
    if step.kind == "yesno":
        word = value.strip().lower() if isinstance(value, str) else None
        if word not in (YES, NO):
            raise AnswerError("Please answer yes or no, or skip this one.")
        return word
    if step.kind == "choice":
        wanted = value.strip().casefold() if isinstance(value, str) else None
        for choice in step.choices:
            if choice.casefold() == wanted:
                return choice
        raise AnswerError("Please pick one of: " + "; ".join(step.choices) + ".")
    if step.kind == "scale":
        number = _whole_number(value)
        if number is None or not step.min <= number <= step.max:
            raise AnswerError(f"Please pick a whole number from {step.min} to {step.max}.")
        return number
    if not isinstance(value, str):
        raise AnswerError("Please write your answer as text.")
    return value.strip() or None


def _whole_number(value: AnswerValue) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _carried_sections(steps: list[Step]) -> dict[str, str | None]:
    # A section name carries on to the following steps until another step names one, so a
    # set only writes `section` where a new part begins.
    sections: dict[str, str | None] = {}
    current: str | None = None
    for step in steps:
        current = step.section or current
        sections[step.id] = current
    return sections
