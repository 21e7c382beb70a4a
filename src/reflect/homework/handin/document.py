"""The hand-in document: what a client hands in (see :mod:`reflect.homework.handin` for the
format), and how it is built from an entry."""

from __future__ import annotations

import secrets
from collections.abc import Collection
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from reflect.errors import ReflectError, UsageError
from reflect.models import SKIPPED, Answer, AnswerValue, Entry, Status, StepKind, now

if TYPE_CHECKING:
    from reflect.promptsets import PromptSet

HANDIN_FORMAT = "reflect.handin/2"


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class HandinSet(_Doc):
    id: str = Field(min_length=1)
    version: int | None = None
    title: str | None = None


class Scale(_Doc):
    min: int
    max: int
    labels: dict[str, str] = Field(default_factory=dict)

    def describe(self, value: int | None = None) -> str:
        """'on a scale of 1 to 5 (1 = not at all, 5 = very much)'."""
        ends = [
            f"{p} = {self.labels[str(p)]}" for p in (self.min, self.max) if str(p) in self.labels
        ]
        labelled = f" ({', '.join(ends)})" if ends else ""
        return f"on a scale of {self.min} to {self.max}{labelled}"


class HandinAnswer(_Doc):
    step: str = Field(min_length=1)
    prompt: str
    kind: StepKind
    value: AnswerValue = None
    skipped: bool = False
    scale: Scale | None = None
    earlier_version: bool = False

    def shown_value(self) -> str:
        """The answer as a person reads it: 'Yes', the text, '4 of 5 …' or '(skipped)'."""
        if self.skipped or self.value is None or self.value == "":
            return SKIPPED
        if self.kind == "yesno" and isinstance(self.value, str):
            return self.value.capitalize()
        if self.kind == "scale" and self.scale is not None and isinstance(self.value, int):
            label = self.scale.labels.get(str(self.value))
            named = (
                f" ({label})"
                if label and self.value not in (self.scale.min, self.scale.max)
                else ""
            )
            return f"{self.value}{named}, {self.scale.describe()}"
        return str(self.value)


class Withheld(_Doc):
    """An answer the client chose not to share: its question, or nothing if they preferred."""

    step: str | None = None
    prompt: str | None = None


class HandinHomework(_Doc):
    counselor: str | None = None
    due: date | None = None


class Handin(_Doc):
    format: Literal["reflect.handin/1", "reflect.handin/2"] = "reflect.handin/2"
    set_info: HandinSet = Field(alias="set")
    display_name: str | None = None
    to: str | None = None
    homework: HandinHomework | None = None
    created: AwareDatetime
    updated: AwareDatetime | None = None
    shared: AwareDatetime
    status: Status = "complete"
    answers: list[HandinAnswer]
    withheld: list[Withheld] = Field(default_factory=list)

    def to_json_bytes(self) -> bytes:
        return self.model_dump_json(by_alias=True, exclude_none=True, indent=2).encode("utf-8")

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    @property
    def title(self) -> str:
        return self.set_info.title or self.set_info.id

    @property
    def due(self) -> date | None:
        return self.homework.due if self.homework else None

    @property
    def answered(self) -> datetime:
        return self.updated or self.created


# ---- building ------------------------------------------------------------------------------


def step_ids(entry: Entry) -> list[str]:
    """The step ids of an entry's answers, in order, each once."""
    return list(dict.fromkeys(a.step for a in entry.answers))


def _scale_of(prompt_set: PromptSet | None, step_id: str) -> Scale | None:
    if prompt_set is None:
        return None
    step = next((s for s in prompt_set.steps if s.id == step_id), None)
    if step is None or step.kind != "scale":
        return None
    labels = {
        str(p): label
        for p in range(step.min, step.max + 1)
        if (label := step.scale_label(p)) is not None
    }
    return Scale(min=step.min, max=step.max, labels=labels)


def build(
    entry: Entry,
    *,
    omit: Collection[str] = (),
    display_name: str | None = None,
    set_title: str | None = None,
    shared: datetime | None = None,
    prompt_set: PromptSet | None = None,
    to: str | None = None,
    name_withheld: bool = True,
) -> Handin:
    """The hand-in for ``entry`` without the answers to the steps in ``omit``.

    With the set (``prompt_set``), answers come in the set's order, scale answers carry their
    range and labels, and an answer to a step the set no longer has is marked as from an
    earlier version. Each left-out answer leaves a marker, with its question when
    ``name_withheld`` (the client's choice). An unknown step id in ``omit`` is a usage error (a
    typo must not hand in an answer the person meant to leave out).
    """
    _refuse_unknown_steps(entry, omit)
    in_set, earlier = _in_set_order(entry, prompt_set)
    answers: list[HandinAnswer] = []
    withheld: list[Withheld] = []
    for answer in [*in_set, *earlier]:
        if answer.step in omit:
            withheld.append(
                Withheld(step=answer.step, prompt=answer.prompt) if name_withheld else Withheld()
            )
            continue
        answers.append(_handin_answer(answer, prompt_set, earlier=answer in earlier))
    if not answers:
        raise ReflectError("Every answer was left out, so there is nothing to hand in.")
    homework = prompt_set.info.homework if prompt_set else None
    return Handin(
        set_info=HandinSet(
            id=entry.set_id,
            version=entry.set_version,
            title=set_title or (prompt_set.title if prompt_set else None),
        ),
        display_name=(display_name or "").strip() or None,
        to=to,
        homework=(
            HandinHomework(counselor=homework.counselor or None, due=homework.due)
            if homework
            else None
        ),
        created=entry.created,
        updated=entry.updated,
        shared=shared or now(),
        status=entry.status,
        answers=answers,
        withheld=withheld,
    )


def _refuse_unknown_steps(entry: Entry, omit: Collection[str]) -> None:
    """A typo in ``omit`` must not hand in an answer the person meant to leave out."""
    known = step_ids(entry)
    unknown = [s for s in omit if s not in known]
    if unknown:
        listing = ", ".join(known) or "none"
        raise UsageError(
            f"This entry has no answer to a step called {unknown[0]!r}, so nothing was handed "
            f"in. Its steps are: {listing}."
        )


def _in_set_order(entry: Entry, prompt_set: PromptSet | None) -> tuple[list[Answer], list[Answer]]:
    """The answers to the set's steps in the set's order, and those to steps it no longer has."""
    order = {s.id: n for n, s in enumerate(prompt_set.steps)} if prompt_set else {}
    in_set = [a for a in entry.answers if not order or a.step in order]
    in_set.sort(key=lambda a: order.get(a.step, 0))  # stable: no set keeps the entry's order
    earlier = [a for a in entry.answers if order and a.step not in order]
    return in_set, earlier


def _handin_answer(answer: Answer, prompt_set: PromptSet | None, *, earlier: bool) -> HandinAnswer:
    return HandinAnswer(
        step=answer.step,
        prompt=answer.prompt,
        kind=answer.kind,
        value=answer.value,
        skipped=answer.skipped,
        scale=_scale_of(prompt_set, answer.step) if answer.kind == "scale" else None,
        earlier_version=earlier,
    )


def neutral_name() -> str:
    """A file name that says nothing about the person, the set or the answers."""
    return f"handin-{secrets.token_hex(8)}.age"
