"""Hand-ins: a client's chosen answers, encrypted to their counselor's key only.

A hand-in is one age file (age-encryption.org/v1, X25519) whose plaintext is UTF-8 JSON:

    {"format": "reflect.handin/1",
     "set": {"id": "week-three", "version": 2, "title": "Week three: after the party"},
     "display_name": "Alex",                      (optional; may be a pseudonym)
     "created": "...", "updated": "...",          (when the client answered)
     "shared": "...",                             (when the hand-in was made)
     "status": "complete",
     "answers": [{"step": "...", "prompt": "...", "kind": "text", "value": "...",
                  "skipped": false}, ...]}

It carries the question text with every answer, so the counselor can read it without the set.
Answers the client chose to leave out are not in it at all, not even as a gap. The file is
encrypted to one recipient, the counselor's, so the client's own vault key cannot open it, and
its name (:func:`neutral_name`) says nothing about what is inside. The stock ``age -d -i KEY``
opens it too.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Collection
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from reflect.errors import DamagedError, ReflectError, UsageError, VaultLockedError
from reflect.models import AnswerValue, Entry, Status, StepKind, now
from reflect.vault import age

HANDIN_FORMAT = "reflect.handin/1"
_FORMAT_NAME = "reflect.handin/"
SUPPORTED_VERSION = 1
_AGE_HEADER = b"age-encryption.org/v1\n"
_AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_NEWER = re.compile(r"^reflect\.handin/(\d+)$")


class HandinSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    version: int | None = None
    title: str | None = None


class HandinAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    step: str = Field(min_length=1)
    prompt: str
    kind: StepKind
    value: AnswerValue = None
    skipped: bool = False

    def shown_value(self) -> str:
        """The answer as a person reads it: 'Yes', the text, or '(skipped)'."""
        if self.skipped or self.value is None or self.value == "":
            return "(skipped)"
        if self.kind == "yesno" and isinstance(self.value, str):
            return self.value.capitalize()
        return str(self.value)


class Handin(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    format: Literal["reflect.handin/1"] = "reflect.handin/1"
    set_info: HandinSet = Field(alias="set")
    display_name: str | None = None
    created: AwareDatetime
    updated: AwareDatetime | None = None
    shared: AwareDatetime
    status: Status = "complete"
    answers: list[HandinAnswer]

    def to_json_bytes(self) -> bytes:
        return self.model_dump_json(by_alias=True, exclude_none=True, indent=2).encode("utf-8")

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    @property
    def title(self) -> str:
        return self.set_info.title or self.set_info.id


# ---- building ------------------------------------------------------------------------------


def step_ids(entry: Entry) -> list[str]:
    """The step ids of an entry's answers, in order, each once."""
    return list(dict.fromkeys(a.step for a in entry.answers))


def build(
    entry: Entry,
    *,
    omit: Collection[str] = (),
    display_name: str | None = None,
    set_title: str | None = None,
    shared: datetime | None = None,
) -> Handin:
    """The hand-in for ``entry`` without the answers to the steps in ``omit``.

    An unknown step id in ``omit`` is a usage error (a typo must not hand in an answer the
    person meant to leave out).
    """
    known = step_ids(entry)
    unknown = [s for s in omit if s not in known]
    if unknown:
        listing = ", ".join(known) or "none"
        raise UsageError(
            f"This entry has no answer to a step called {unknown[0]!r}, so nothing was handed "
            f"in. Its steps are: {listing}."
        )
    answers = [
        HandinAnswer(step=a.step, prompt=a.prompt, kind=a.kind, value=a.value, skipped=a.skipped)
        for a in entry.answers
        if a.step not in omit
    ]
    if not answers:
        raise ReflectError("Every answer was left out, so there is nothing to hand in.")
    name = (display_name or "").strip() or None
    return Handin(
        set=HandinSet(id=entry.set_id, version=entry.set_version, title=set_title),
        display_name=name,
        created=entry.created,
        updated=entry.updated,
        shared=shared or now(),
        status=entry.status,
        answers=answers,
    )


def neutral_name() -> str:
    """A file name that says nothing about the person, the set or the answers."""
    return f"handin-{secrets.token_hex(8)}.age"


# ---- sealing and opening -------------------------------------------------------------------


def check_recipient(recipient: str) -> str:
    recipient = recipient.strip()
    if not age.is_valid_recipient(recipient):
        raise UsageError(
            f"{recipient!r} is not a counselor's public key: it should be one long word "
            "starting with 'age1', as printed by `reflect keygen`."
        )
    return recipient


def seal(handin: Handin, recipient: str) -> bytes:
    """Encrypt the hand-in to ``recipient`` and nobody else."""
    return age.encrypt_to([check_recipient(recipient)], handin.to_json_bytes())


def check_looks_like_handin(data: bytes, name: str = "this file") -> None:
    """Refuse a file that is not age-encrypted at all, before anyone types a passphrase."""
    stripped = data.lstrip()
    if not (stripped.startswith(_AGE_HEADER) or stripped.startswith(_AGE_ARMOR)):
        what = "it is empty" if not stripped else "it is not an encrypted (age) file"
        raise DamagedError(
            f"{name} is not a hand-in: {what}. Hand-ins are the handin-….age files your "
            "clients send you."
        )


def open_handin(ciphertext: bytes, identity: age.Identity, name: str = "this file") -> Handin:
    """Decrypt and read a hand-in, or raise an error that says plainly what went wrong.

    Not for this key: :class:`VaultLockedError` (exit 3). Cut short, altered, not an age file
    or not a hand-in: :class:`DamagedError` (exit 4). Made by a newer reflect: exit 1.
    """
    check_looks_like_handin(ciphertext, name)
    try:
        plaintext = identity.decrypt(ciphertext)
    except age.AgeError as exc:
        if "no matching keys" in str(exc).lower():
            raise VaultLockedError(
                f"{name} was not encrypted for your key ({identity.recipient}), so it cannot "
                "be opened. Check that your client used this key, or open it with the key it "
                "was made for (--identity)."
            ) from None
        raise DamagedError(
            f"{name} is damaged or incomplete: it may have been cut short or changed on the "
            "way, so none of it can be read. Ask your client to send it again."
        ) from None
    return parse(plaintext, name)


def parse(plaintext: bytes, name: str = "this file") -> Handin:
    """Read the decrypted JSON of a hand-in."""
    not_a_handin = f"{name} opened with your key, but it is not a reflect hand-in"
    try:
        data = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DamagedError(f"{not_a_handin}.") from None
    fmt = data.get("format") if isinstance(data, dict) else None
    if not isinstance(fmt, str) or not fmt.startswith(_FORMAT_NAME):
        raise DamagedError(f"{not_a_handin}.")
    newer = _NEWER.match(fmt)
    if newer and int(newer.group(1)) > SUPPORTED_VERSION:
        raise ReflectError(
            f"{name} was made by a newer reflect (hand-in format {newer.group(1)}; this one "
            f"reads format {SUPPORTED_VERSION}). Update reflect to read it."
        )
    try:
        return Handin.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the document"
        raise DamagedError(f"{not_a_handin} ({where}: {first['msg']}).") from None


# ---- rendering -----------------------------------------------------------------------------


def byline(handin: Handin) -> str:
    """One line saying who handed what in, and when."""
    who = handin.display_name or "your client (no name given)"
    version = f", version {handin.set_info.version}" if handin.set_info.version else ""
    answered = (handin.updated or handin.created).strftime("%Y-%m-%d")
    unfinished = " · not finished" if handin.status == "draft" else ""
    return (
        f"From {who} · set {handin.set_info.id}{version} · answered {answered} · "
        f"handed in {handin.shared:%Y-%m-%d}{unfinished}"
    )


def to_markdown(handin: Handin) -> str:
    lines = [f"# {handin.title}", "", f"*{byline(handin)}*"]
    for answer in handin.answers:
        value = answer.shown_value()
        lines += ["", f"## {answer.prompt}", "", f"*{value}*" if value == "(skipped)" else value]
    return "\n".join(lines) + "\n"


def to_json(handin: Handin) -> str:
    return json.dumps(handin.to_dict(), ensure_ascii=False, indent=2) + "\n"


# ---- packing a set as homework (`reflect prompts pack`) -------------------------------------

_SET_HEADER = re.compile(r"^\s*\[\s*set\s*\]\s*(#.*)?$")
_HOMEWORK_HEADER = re.compile(r"^\s*\[\s*set\s*\.\s*homework\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string, apart from DEL, which TOML wants escaped.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def homework_table(homework: dict[str, object]) -> str:
    lines = ["[set.homework]"]
    for key in ("counselor", "contact", "recipient", "due", "note"):
        value = homework.get(key)
        if value is None or value == "":
            continue
        shown = value.isoformat() if hasattr(value, "isoformat") else _toml_string(str(value))
        lines.append(f"{key} = {shown}")
    return "\n".join(lines) + "\n"


def stamp_homework(text: str, homework: dict[str, object]) -> str:
    """The set's TOML text with its ``[set.homework]`` table replaced by ``homework``.

    Everything else (comments, layout) is kept as written. The result is parsed again and
    compared with what was meant, so an unusual layout fails loudly instead of going wrong.
    """
    import tomllib

    original = tomllib.loads(text)
    # Split on "\n" only: str.splitlines() also splits on characters such as U+0085 and U+2028,
    # which TOML allows inside strings.
    lines = text.removesuffix("\n").split("\n")
    start = next((i for i, line in enumerate(lines) if _HOMEWORK_HEADER.match(line)), None)
    if start is not None:
        end = next(
            (j for j in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[j])), len(lines)
        )
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        del lines[start:end]
        insert_at = start
    else:
        set_line = next((i for i, line in enumerate(lines) if _SET_HEADER.match(line)), None)
        if set_line is None:
            insert_at = len(lines)
        else:
            insert_at = next(
                (j for j in range(set_line + 1, len(lines)) if _ANY_HEADER.match(lines[j])),
                len(lines),
            )
    block = homework_table(homework).removesuffix("\n").split("\n")
    before = lines[:insert_at]
    after = lines[insert_at:]
    if before and before[-1].strip():
        block = ["", *block]
    if after and after[0].strip():
        block = [*block, ""]
    stamped = "\n".join([*before, *block, *after]) + "\n"
    expected = dict(original)
    expected["set"] = {
        **original.get("set", {}),
        "homework": {k: v for k, v in homework.items() if v is not None and v != ""},
    }
    try:
        matches = tomllib.loads(stamped) == expected
    except tomllib.TOMLDecodeError:
        matches = False
    if not matches:
        raise ReflectError(
            "reflect could not add the homework details to this file by itself (its "
            "[set.homework] part is written in an unusual way). Delete that part and pack "
            "again; nothing was written."
        )
    return stamped
