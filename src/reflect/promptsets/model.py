"""The prompt-set file format (a public contract, see docs/prompt-sets.md) as pydantic models.

These models check one field at a time. Rules that need the whole set (duplicate ids, what a
``when`` may point at) live in :mod:`reflect.promptsets.checks`, so that a file with several
mistakes gets every one of them reported, in words, instead of pydantic stopping at the first.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
    model_validator,
)

from reflect.models import AnswerValue, StepKind

# The newest file-format version this code reads. A set declaring a higher `format` was written
# for a newer reflect and is refused with a clear message rather than half-understood.
SUPPORTED_FORMAT = 1

STEP_KINDS: tuple[StepKind, ...] = ("info", "yesno", "text", "choice", "scale")
YES, NO = "yes", "no"
# A select list longer than this is unusable in a terminal (0-10 is the longest common scale).
MAX_SCALE_POINTS = 11

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _check_id(value: Any) -> Any:
    if isinstance(value, str) and not _ID.match(value):
        raise ValueError(
            "must use only lowercase letters, digits and single dashes "
            f"(like 'drink-what'); got {value!r}"
        )
    return value


def _check_scalar(value: Any) -> Any:
    # TOML booleans would otherwise be read as 1/0; a condition compares with an answer, which
    # is always text ("yes", a choice) or a whole number (a scale point).
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f'must be text in quotes (like "yes") or a whole number; got {value!r}')
    return value


Id = Annotated[str, BeforeValidator(_check_id)]
ConditionValue = Annotated[str | int, BeforeValidator(_check_scalar)]
Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    # Unknown fields are refused so a typo ("optinal") is reported instead of silently ignored.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Homework(_Strict):
    """Stamped by a counselor (`reflect prompts pack`) when a set is given as homework."""

    recipient: str | None = None
    counselor: str = ""
    contact: str = ""
    due: date | None = None
    note: str = ""

    @field_validator("recipient")
    @classmethod
    def _valid_recipient(cls, value: str | None) -> str | None:
        if value is None:
            return value
        from reflect.errors import Hint
        from reflect.messages import hint_text
        from reflect.vault import age

        if not age.is_valid_recipient(value):
            made_by = hint_text(Hint.MADE_BY_KEYGEN, {})
            raise ValueError(
                "`recipient` must be an age public key: one word starting with 'age1' "
                f"({made_by}); got {value!r}"
            )
        return value.strip()


class SetInfo(_Strict):
    """The ``[set]`` table."""

    id: Id
    title: Text
    version: StrictInt = Field(ge=1)
    author: Text
    source: str = ""
    intro: str = ""
    closing: str = ""
    description: str = ""
    format: StrictInt = Field(default=SUPPORTED_FORMAT, ge=1)
    homework: Homework | None = None


class Condition(_Strict):
    """``when = { step = "drink", is = "yes" }``: show a step only after a matching answer.

    Exactly one of ``is`` (equals), ``in`` (any of a list) or ``not`` (anything but). A
    condition holds only on an answer that was actually given: if the step it names was
    skipped or not shown, the condition does not hold, whichever test it uses.
    """

    step: Id
    is_: ConditionValue | None = Field(default=None, alias="is")
    in_: list[ConditionValue] | None = Field(default=None, alias="in")
    not_: ConditionValue | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _exactly_one_test(self) -> Condition:
        given = [t for t in (self.is_, self.in_, self.not_) if t is not None]
        if len(given) != 1:
            raise ValueError(
                '`when` needs exactly one of `is`, `in` or `not`, like { step = "drink", '
                'is = "yes" }'
            )
        if self.in_ is not None and not self.in_:
            raise ValueError("`when.in` must list at least one value")
        return self

    @property
    def values(self) -> list[str | int]:
        """Every value the condition mentions (for checking them against the step it names)."""
        if self.in_ is not None:
            return list(self.in_)
        test = self.is_ if self.is_ is not None else self.not_
        return [] if test is None else [test]

    def holds(self, answer: AnswerValue) -> bool:
        if answer is None:  # skipped, hidden or not reached yet
            return False
        if self.is_ is not None:
            return answer == self.is_
        if self.in_ is not None:
            return answer in self.in_
        return answer != self.not_


class Step(_Strict):
    """One ``[[steps]]`` table. Kind-specific fields are checked in :mod:`.checks`."""

    id: Id
    kind: StepKind
    text: Text
    help: str = ""
    # Nothing is compulsory by default; a set may still mark a step `optional = false`.
    optional: StrictBool = True
    section: str | None = None
    when: Condition | None = None
    choices: list[Text] = Field(default_factory=list)
    min: StrictInt = 1
    max: StrictInt = 5
    labels: list[str] = Field(default_factory=list)
    after_yes: str | None = None
    after_no: str | None = None

    def scale_label(self, point: int) -> str | None:
        """The label for a scale point: one label per point, or two labels for the ends."""
        points = self.max - self.min + 1
        if len(self.labels) == points:
            return self.labels[point - self.min]
        if len(self.labels) == 2 and point in (self.min, self.max):
            return self.labels[0] if point == self.min else self.labels[1]
        return None


class Resource(_Strict):
    """A ``[[resources]]`` table: a support line or a counselor's contact."""

    name: Text
    contact: Text
    description: str = ""
    region: str | None = None


class PromptSet(_Strict):
    """A whole, checked set. Build it with :func:`reflect.promptsets.load_set` and friends,
    which report every problem; building it directly only raises on the first."""

    info: SetInfo = Field(alias="set")
    steps: list[Step]
    resources: list[Resource] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> PromptSet:
        from reflect.promptsets.checks import set_problems

        problems = set_problems(list(self.steps), [s.id for s in self.steps])
        if problems:
            raise ValueError(str(problems[0]))
        return self

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)
