"""Sealing a hand-in (signed, then encrypted to the counselor alone) and opening one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import ValidationError

from reflect.errors import DamagedError, Hint, ReflectError, UsageError, VaultLockedError
from reflect.homework.handin.document import HANDIN_FORMAT, Handin
from reflect.vault import age

if TYPE_CHECKING:
    from reflect.homework.signing import Signer

_FORMAT_NAME = "reflect.handin/"
SUPPORTED_VERSION = 2
_NEWER = re.compile(r"^reflect\.handin/(\d+)$")
SIGNATURE_COMMENT = "reflect hand-in"


def check_recipient(recipient: str) -> str:
    recipient = recipient.strip()
    if not age.is_valid_recipient(recipient):
        raise UsageError(f"{recipient!r} is not a counselor's public key:", Hint.COUNSELOR_KEY_FORM)
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
    if not age.looks_encrypted(data):
        what = "it is empty" if not data.strip() else "it is not an encrypted file"
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
        except age.NoMatchingKey:
            continue
        except age.AgeError:
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
