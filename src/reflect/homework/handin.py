"""Hand-ins: a client's chosen answers, signed by their vault and encrypted to their counselor.

A hand-in is one age file (age-encryption.org/v1, X25519, one recipient: the counselor). Since
reflect 0.2 its plaintext is a signed envelope, UTF-8 JSON:

    {"format": "reflect.handin/2",
     "document": "<the hand-in document below, as JSON text>",
     "signature": "<a minisign signature of exactly those bytes (a .minisig file's text)>",
     "signer": "RW..."}                            (the client's minisign public key)

and the document is

    {"format": "reflect.handin/2",
     "set": {"id": "week-three", "version": 2, "title": "Week three: after the party"},
     "display_name": "Alex",                      (optional; may be a pseudonym)
     "to": "age1...",                              (the counselor key it was made for)
     "homework": {"counselor": "Sam", "due": "2026-12-01"},   (when the set was homework)
     "created": "...", "updated": "...",          (when the client answered)
     "shared": "...",                             (when the hand-in was made)
     "status": "complete",
     "answers": [{"step": "...", "prompt": "...", "kind": "scale", "value": 4,
                  "skipped": false, "scale": {"min": 1, "max": 5, "labels": {"1": "..."}},
                  "earlier_version": false}, ...],
     "withheld": [{"step": "...", "prompt": "..."}, {}]}   (one per answer not shared)

The signature makes a hand-in from anyone else (the stock ``age`` tool can encrypt to the
counselor's public key) show as unverified instead of as the client's; ``to`` inside the signed
document stops a hand-in meant for one counselor from being passed on to another as if it were
meant for them. A ``reflect.handin/1`` file (reflect 0.1: the document alone, unsigned) still
opens, as unverified. The file's name (:func:`neutral_name`) says nothing about what is inside.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from reflect.errors import DamagedError, ReflectError, UsageError, VaultLockedError
from reflect.models import AnswerValue, Entry, Status, StepKind, now
from reflect.vault import age

if TYPE_CHECKING:
    from reflect.homework.signing import Signer
    from reflect.promptsets import PromptSet

HANDIN_FORMAT = "reflect.handin/2"
_FORMAT_NAME = "reflect.handin/"
SUPPORTED_VERSION = 2
_AGE_HEADER = b"age-encryption.org/v1\n"
_AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_NEWER = re.compile(r"^reflect\.handin/(\d+)$")
SIGNATURE_COMMENT = "reflect hand-in"


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
            return "(skipped)"
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
    known = step_ids(entry)
    unknown = [s for s in omit if s not in known]
    if unknown:
        listing = ", ".join(known) or "none"
        raise UsageError(
            f"This entry has no answer to a step called {unknown[0]!r}, so nothing was handed "
            f"in. Its steps are: {listing}."
        )
    order = {s.id: n for n, s in enumerate(prompt_set.steps)} if prompt_set else {}
    in_set = [a for a in entry.answers if not order or a.step in order]
    in_set.sort(key=lambda a: order.get(a.step, 0))  # stable: no set keeps the entry's order
    earlier = [a for a in entry.answers if order and a.step not in order]
    answers: list[HandinAnswer] = []
    withheld: list[Withheld] = []
    for answer in [*in_set, *earlier]:
        if answer.step in omit:
            withheld.append(
                Withheld(step=answer.step, prompt=answer.prompt) if name_withheld else Withheld()
            )
            continue
        answers.append(
            HandinAnswer(
                step=answer.step,
                prompt=answer.prompt,
                kind=answer.kind,
                value=answer.value,
                skipped=answer.skipped,
                scale=_scale_of(prompt_set, answer.step) if answer.kind == "scale" else None,
                earlier_version=answer in earlier,
            )
        )
    if not answers:
        raise ReflectError("Every answer was left out, so there is nothing to hand in.")
    name = (display_name or "").strip() or None
    homework = prompt_set.info.homework if prompt_set else None
    return Handin(
        set=HandinSet(
            id=entry.set_id,
            version=entry.set_version,
            title=set_title or (prompt_set.title if prompt_set else None),
        ),
        display_name=name,
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


def seal(handin: Handin, recipient: str, signer: Signer | None = None) -> bytes:
    """Sign the hand-in (when a signer is given) and encrypt it to ``recipient`` and nobody else."""
    recipient = check_recipient(recipient)
    if signer is None:
        return age.encrypt_to([recipient], handin.to_json_bytes())
    document = handin.model_copy(update={"to": recipient, "format": HANDIN_FORMAT})
    text = document.to_json_bytes()
    envelope = {
        "format": HANDIN_FORMAT,
        "document": text.decode("utf-8"),
        "signature": signer.sign(text, SIGNATURE_COMMENT),
        "signer": signer.public,
    }
    return age.encrypt_to([recipient], json.dumps(envelope, ensure_ascii=False).encode("utf-8"))


@dataclass(frozen=True)
class Opened:
    """A decrypted hand-in and what its signature says (nothing yet about who the signer is)."""

    handin: Handin
    signer: str | None  # the minisign public key, when the signature checked out
    problem: str | None  # why it is unverified: unsigned, a bad signature, meant for another key

    @property
    def signed(self) -> bool:
        return self.signer is not None and self.problem is None


def check_looks_like_handin(data: bytes, name: str = "this file") -> None:
    """Refuse a file that is not age-encrypted at all, before anyone types a passphrase."""
    stripped = data.lstrip()
    if not (stripped.startswith(_AGE_HEADER) or stripped.startswith(_AGE_ARMOR)):
        what = "it is empty" if not stripped else "it is not an encrypted file"
        raise DamagedError(
            f"{name} is not a hand-in: {what}. Hand-ins are the handin-….age files your "
            "clients send you."
        )


def decrypt(
    ciphertext: bytes, identities: list[age.Identity], name: str = "this file"
) -> tuple[bytes, str]:
    """The plaintext and the recipient of the first of ``identities`` that opens it."""
    check_looks_like_handin(ciphertext, name)
    damaged = False
    for identity in identities:
        try:
            return identity.decrypt(ciphertext), identity.recipient
        except age.AgeError as exc:
            if "no matching keys" not in str(exc).lower():
                damaged = True
    if damaged:
        raise DamagedError(
            f"{name} is damaged or incomplete: it may have been cut short or changed on the "
            "way, so none of it can be read. Ask your client to send it again."
        )
    keys = ", ".join(i.recipient for i in identities)
    raise VaultLockedError(
        f"{name} was not encrypted for your key ({keys}), so it cannot be opened. Check that "
        "your client used this key, or open it with the key file it was made for "
        "(--identity FILE)."
    )


def open_handin(ciphertext: bytes, identity: age.Identity, name: str = "this file") -> Handin:
    """Decrypt and read a hand-in (see :func:`open_checked` for its signature)."""
    return open_checked(ciphertext, [identity], name).handin


def open_checked(
    ciphertext: bytes, identities: list[age.Identity], name: str = "this file"
) -> Opened:
    """Decrypt a hand-in, read it and check its signature, or raise an error that says plainly
    what went wrong.

    Not for these keys: :class:`VaultLockedError` (exit 3). Cut short, altered, not an age file
    or not a hand-in: :class:`DamagedError` (exit 4). Made by a newer reflect: exit 1.
    """
    plaintext, opened_with = decrypt(ciphertext, identities, name)
    return parse_checked(plaintext, opened_with, name)


def _load_json(plaintext: bytes, name: str) -> dict[str, object]:
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
    assert isinstance(data, dict)
    return data


def _document(data: dict[str, object], name: str) -> Handin:
    try:
        return Handin.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the document"
        raise DamagedError(
            f"{name} opened with your key, but it is not a reflect hand-in "
            f"({where}: {first['msg']})."
        ) from None


def parse(plaintext: bytes, name: str = "this file") -> Handin:
    """Read the decrypted JSON of a hand-in (signed or not), without checking the signature."""
    data = _load_json(plaintext, name)
    if "document" in data:
        inner = data.get("document")
        if not isinstance(inner, str):
            raise DamagedError(f"{name} opened with your key, but its document is missing.")
        return _document(_load_json(inner.encode("utf-8"), name), name)
    return _document(data, name)


def parse_checked(plaintext: bytes, opened_with: str, name: str = "this file") -> Opened:
    """Read a decrypted hand-in and check its signature and the key it was meant for."""
    from reflect.homework import signing

    data = _load_json(plaintext, name)
    if "document" not in data:
        return Opened(_document(data, name), None, "it is not signed")
    inner, signature, signer = data.get("document"), data.get("signature"), data.get("signer")
    if not isinstance(inner, str):
        raise DamagedError(f"{name} opened with your key, but its document is missing.")
    doc = _document(_load_json(inner.encode("utf-8"), name), name)
    if not (isinstance(signature, str) and isinstance(signer, str)):
        return Opened(doc, None, "it is not signed")
    if not signing.verify(signer, inner.encode("utf-8"), signature):
        return Opened(doc, None, "its signature does not match its contents (forged or altered)")
    if doc.to != opened_with:
        return Opened(
            doc,
            None,
            "it was signed for another counselor's key and passed on to you",
        )
    return Opened(doc, signer, None)


# ---- rendering -----------------------------------------------------------------------------


def withheld_summary(handin: Handin) -> str | None:
    """'1 answer not shared' (with the questions, when the client let them be named)."""
    count = len(handin.withheld)
    if not count:
        return None
    noun = "1 answer was" if count == 1 else f"{count} answers were"
    return f"{noun} not shared"


def details(handin: Handin, sender: str) -> list[tuple[str, str]]:
    """The header of a hand-in, as (label, value) pairs, in the order a counselor reads them."""
    version = f", version {handin.set_info.version}" if handin.set_info.version else ""
    rows = [("Client", sender), ("Set", f"{handin.set_info.id}{version}")]
    if handin.homework and handin.homework.counselor:
        rows.append(("Counselor", handin.homework.counselor))
    if handin.due:
        rows.append(("Due", f"{handin.due:%Y-%m-%d}"))
    rows.append(("Answered", f"{handin.answered:%Y-%m-%d}"))
    rows.append(("Handed in", f"{handin.shared:%Y-%m-%d}"))
    rows.append(("Status", "not finished" if handin.status == "draft" else "complete"))
    return rows


def byline(handin: Handin, sender: str | None = None) -> str:
    """One line saying who handed what in, and when."""
    who = sender or (handin.display_name or "your client (no name given)")
    version = f", version {handin.set_info.version}" if handin.set_info.version else ""
    due = f" · due {handin.due:%Y-%m-%d}" if handin.due else ""
    unfinished = " · not finished" if handin.status == "draft" else ""
    return (
        f"From {who} · set {handin.set_info.id}{version}{due} · answered "
        f"{handin.answered:%Y-%m-%d} · handed in {handin.shared:%Y-%m-%d}{unfinished}"
    )


def _md_line(text: str) -> str:
    from reflect.untrusted import clean_line

    return clean_line(text).replace("*", "\\*")


def to_markdown(handin: Handin, sender: str | None = None) -> str:
    from reflect.untrusted import clean

    sender = sender or (handin.display_name or "no name given") + " (not verified)"
    lines = [f"# {_md_line(handin.title)}", ""]
    lines += [f"- **{label}:** {_md_line(value)}" for label, value in details(handin, sender)]
    for answer in handin.answers:
        value = answer.shown_value()
        earlier = " *(from an earlier version of the set)*" if answer.earlier_version else ""
        lines += ["", f"**{_md_line(answer.prompt)}**{earlier}", ""]
        # A saved copy is read with `cat` too: no escape sequences in it either.
        lines.append(f"*{value}*" if value == "(skipped)" else clean(value))
    summary = withheld_summary(handin)
    if summary:
        lines += ["", "---", "", f"*{summary}.*"]
        lines += [f"- *{_md_line(w.prompt)}*" for w in handin.withheld if w.prompt]
    return "\n".join(lines) + "\n"


def to_json(handin: Handin, sender: dict[str, object] | None = None) -> str:
    data = handin.to_dict()
    if sender is not None:
        data = {"sender": sender, **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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
