"""The unlocked vault's keys: the identity that decrypts, and the MACs keyed from it."""

from __future__ import annotations

import hashlib
import hmac

from reflect.errors import ReflectError
from reflect.vault import age

MIN_PASSPHRASE_LENGTH = 8


class Keys:
    """The unlocked vault: can decrypt, and can authenticate the manifest."""

    def __init__(self, identity: age.Identity) -> None:
        self._identity = identity
        # A key for the manifest's MAC, derived from (never equal to) the identity secret.
        self.mac_key = hmac.new(
            identity.secret.encode(), b"reflect manifest mac v1", hashlib.sha256
        ).digest()

    @property
    def identity(self) -> age.Identity:
        return self._identity

    def decrypt(self, ciphertext: bytes) -> bytes:
        return self._identity.decrypt(ciphertext)

    def mac(self, payload: bytes | memoryview) -> str:
        return hmac.new(self.mac_key, payload, hashlib.sha256).hexdigest()

    def verify(self, payload: bytes | memoryview, tag: str) -> bool:
        return hmac.compare_digest(self.mac(payload), tag)

    def file_mac(self, purpose: str, payload: bytes) -> str:
        """A MAC for one kind of small file (devices, redactions, question sets): a key per
        purpose, so a tag made for one kind of file never vouches for another."""
        key = hmac.new(
            self._identity.secret.encode(),
            b"reflect file mac v1 " + purpose.encode(),
            hashlib.sha256,
        ).digest()
        return hmac.new(key, payload, hashlib.sha256).hexdigest()


def check_new_passphrase(passphrase: str) -> str:
    """Refuse what cannot be used. Weakness warnings are the caller's (they need a UI)."""
    passphrase = age.normalise_passphrase(passphrase)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ReflectError(
            f"That passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few unrelated words work well)."
        )
    return passphrase
