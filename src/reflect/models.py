"""The journal's data: entries and their answers (the ``reflect.entries/1`` exchange format).

An answer keeps a snapshot of the question it answers, so an entry stays readable after its
question set changes or disappears.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1
EXCHANGE_FORMAT = "reflect.entries/1"

StepKind = Literal["info", "yesno", "text", "choice", "scale"]
Status = Literal["draft", "complete"]
AnswerValue = str | int | None

# How an answer left unanswered reads, wherever answers are shown or written out.
SKIPPED = "(skipped)"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_id() -> str:
    """A random id: file names must not reveal dates, titles or order."""
    return secrets.token_hex(8)


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    step: str = Field(min_length=1)
    prompt: str
    kind: StepKind
    value: AnswerValue = None
    skipped: bool = False
    answered: AwareDatetime | None = None

    def shown(self) -> str:
        """The answer as a person reads it: the value as given, or ``SKIPPED``. Not yet
        cleaned: it comes from a file, so pass it through ``reflect.untrusted`` on screen."""
        return SKIPPED if self.skipped or self.value is None else str(self.value)


class Seal(BaseModel):
    """Which of the person's devices wrote this, and its HMAC over the rest of the entry."""

    model_config = ConfigDict(extra="forbid")

    device: str = Field(pattern=r"^[0-9a-f]{1,64}$")
    mac: str = Field(pattern=r"^[0-9a-f]{64}$")


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_version: int = Field(default=SCHEMA_VERSION, alias="schema")
    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-f]{6,64}$")
    created: AwareDatetime
    updated: AwareDatetime | None = None
    set_id: str = Field(alias="set", min_length=1)
    set_version: int | None = None
    status: Status = "complete"
    title: str | None = None
    tags: list[str] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    # Where an unfinished session picks up again (a step id); drafts only.
    resume_at: str | None = None
    # Set by the journal when the entry is written; never part of what the seal covers.
    seal: Seal | None = None

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, tags: list[str]) -> list[str]:
        return sorted({t.strip().lower() for t in tags if t.strip()})

    def to_json_bytes(self) -> bytes:
        return self.model_dump_json(by_alias=True, exclude_none=True).encode("utf-8")

    def canonical_bytes(self) -> bytes:
        """What a seal covers: the entry's JSON without the seal, in one fixed form (sorted
        keys, no spaces), so the same entry always gives the same bytes after a round trip."""
        data = self.model_dump(mode="json", by_alias=True, exclude_none=True, exclude={"seal"})
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def without_seal(self) -> Entry:
        return self.model_copy(update={"seal": None})

    def display_title(self) -> str:
        return self.title or "(untitled)"


class EntryFile(BaseModel):
    """The ``reflect.entries/1`` exchange document written by export and read by import."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["reflect.entries/1"]
    entries: list[Entry]
