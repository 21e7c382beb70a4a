"""The only module that calls pyrage: typed wrappers around the age format.

pyrage ships no type information, so every call into it goes through here. Facts checked on
this project's pinned pyrage (see the vault issue): identities parse from the bare
``AGE-SECRET-KEY-1...`` line; passphrase decryption detects armour itself; an empty passphrase
is accepted by pyrage, so we refuse it ourselves; ``decrypt_file``/``decrypt_io`` emit partial
plaintext before failing, so everything is decrypted in memory with ``decrypt()``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

# Go age refuses scrypt work factors above 22 when decrypting; rage calibrates its factor to
# the machine, so a fast machine could write a file the stock CLI will not open.
MAX_SCRYPT_WORK_FACTOR = 22
_SCRYPT_STANZA = re.compile(rb"^-> scrypt \S+ (\d+)$", re.MULTILINE)
SECRET_PREFIX = "AGE-SECRET-KEY-1"  # noqa: S105 - a format marker, not a secret
BINARY_HEADER = b"age-encryption.org/v1\n"
ARMOR_HEADER = b"-----BEGIN AGE ENCRYPTED FILE-----"


class AgeError(Exception):
    """Decryption or parsing failed; the caller decides what that means to the user."""


class NoMatchingKey(AgeError):
    """The file is a sound age file, but made for other keys than the ones given."""


# pyrage raises the same DecryptError for a file made for another key and for a damaged one;
# only its message tells them apart, so that is read here and nowhere else.
_NO_MATCHING_KEYS = "no matching keys"


def _pyrage() -> Any:
    import pyrage  # imported on first use to keep start-up light

    return pyrage


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on different keyboards or systems matches."""
    return unicodedata.normalize("NFC", passphrase)


@dataclass(frozen=True)
class Identity:
    """An X25519 age identity: the secret key and its public recipient string."""

    secret: str
    recipient: str

    @classmethod
    def generate(cls) -> Identity:
        identity = _pyrage().x25519.Identity.generate()
        return cls(secret=str(identity), recipient=str(identity.to_public()))

    @classmethod
    def parse(cls, text: str) -> Identity:
        """Read an identity in age-keygen's file format (comment lines and whitespace allowed)."""
        lines = [line.strip() for line in text.splitlines()]
        secrets_found = [line for line in lines if line.startswith(SECRET_PREFIX)]
        if len(secrets_found) != 1:
            raise AgeError("expected exactly one AGE-SECRET-KEY-1 line")
        try:
            identity = _pyrage().x25519.Identity.from_str(secrets_found[0])
        except Exception as exc:
            raise AgeError("not a valid age secret key") from exc
        return cls(secret=secrets_found[0], recipient=str(identity.to_public()))

    def to_file_text(self, created: datetime | None = None) -> str:
        """The same layout as ``age-keygen`` writes, so the stock ``age -i`` reads it."""
        stamp = (created or datetime.now(UTC)).replace(microsecond=0).isoformat()
        return f"# created: {stamp}\n# public key: {self.recipient}\n{self.secret}\n"

    def decrypt(self, ciphertext: bytes) -> bytes:
        pyrage = _pyrage()
        try:
            native = pyrage.x25519.Identity.from_str(self.secret)
            result: bytes = pyrage.decrypt(ciphertext, [native])
        except Exception as exc:
            if _NO_MATCHING_KEYS in str(exc).lower():
                raise NoMatchingKey(str(exc)) from exc
            raise AgeError(str(exc) or type(exc).__name__) from exc
        return result

    def __repr__(self) -> str:  # never print the secret by accident
        return f"Identity(recipient={self.recipient!r})"


def is_valid_recipient(recipient: str) -> bool:
    """Whether ``recipient`` (surrounding whitespace aside) is an X25519 age public key."""
    try:
        _pyrage().x25519.Recipient.from_str(recipient.strip())
    except Exception:  # pyrage raises a bare exception type for every kind of bad key
        return False
    return True


def encrypt_to(recipients: list[str], plaintext: bytes) -> bytes:
    pyrage = _pyrage()
    try:
        natives = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    except Exception as exc:
        raise AgeError("not a valid age recipient") from exc
    result: bytes = pyrage.encrypt(plaintext, natives)
    return result


def encrypt_with_passphrase(plaintext: bytes, passphrase: str) -> bytes:
    passphrase = normalise_passphrase(passphrase)
    if not passphrase:
        raise AgeError("empty passphrase")
    ciphertext: bytes = _pyrage().passphrase.encrypt(plaintext, passphrase)
    factor = scrypt_work_factor(ciphertext)
    if factor is None or factor > MAX_SCRYPT_WORK_FACTOR:
        raise AgeError(
            f"scrypt work factor {factor} is above {MAX_SCRYPT_WORK_FACTOR}, "
            "which the stock age tool cannot open"
        )
    return ciphertext


def decrypt_with_passphrase(ciphertext: bytes, passphrase: str) -> bytes:
    passphrase = normalise_passphrase(passphrase)
    if not passphrase:
        raise AgeError("empty passphrase")
    try:
        result: bytes = _pyrage().passphrase.decrypt(ciphertext, passphrase)
    except Exception as exc:
        raise AgeError(str(exc) or type(exc).__name__) from exc
    return result


def looks_like_age(data: bytes) -> bool:
    """Whether ``data`` starts like an age file (binary or armoured)."""
    return data.startswith(BINARY_HEADER) or data.lstrip().startswith(ARMOR_HEADER)


def looks_encrypted(data: bytes) -> bool:
    """Whether ``data`` is an age file, allowing whitespace before either header (a key file or
    hand-in that went through an editor or an email may have gained a blank line)."""
    return data.lstrip().startswith((BINARY_HEADER, ARMOR_HEADER))


def scrypt_work_factor(ciphertext: bytes) -> int | None:
    """The log2 scrypt work factor written in a passphrase-encrypted file's header."""
    header = ciphertext.split(b"\n---", 1)[0]
    match = _SCRYPT_STANZA.search(header)
    return int(match.group(1)) if match else None
