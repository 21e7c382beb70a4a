"""Signed hand-ins: each client vault has a minisign key, so the counselor can tell who sent one.

age authenticates what was encrypted, not who encrypted it: anyone holding the counselor's
public key can make a file that opens as a hand-in. So the hand-in inside the encryption is
signed with a key only the client's vault holds, in the standard minisign format (Ed25519,
via py-minisign, whose co-author wrote minisign itself), which the stock ``minisign -V`` tool
checks too.

The secret key lives in the vault as ``signing-key.age``, encrypted to the vault like every
private file, and carries a MAC keyed from the vault identity: someone who can write to the
vault folder but has no passphrase cannot slip their own signing key in (it would let them
sign as the client), because they cannot make the MAC.

This module is to minisign what :mod:`reflect.vault.age` is to pyrage: the only one that calls
it, and (minisign ships no types either) nothing untyped leaves it: every function returns a
str, a bool or a :class:`Signer`. minisign is imported inside each function that uses it (it
takes about half a second to import, and `reflect --help` must stay fast). age.py's
``_pyrage()`` accessor is not shared on purpose: a helper common to both would tie the vault
layer to homework signing to save one import line per function.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.errors import DamagedError
from reflect.models import now

if TYPE_CHECKING:
    from reflect.vault import Keys, Vault

SIGNING_KEY_NAME = "signing-key.age"
_KEY_FORMAT = "reflect.signing-key/1"
_MAC_DOMAIN = b"reflect.signing-key/1 mac\n"


class SigningKeyDamaged(DamagedError):
    """The vault's signing key file failed its check: someone else may have replaced it."""


@dataclass(frozen=True)
class Signer:
    """The client's signing key: the minisign secret key file (unencrypted) and its public key."""

    secret_file: str
    public: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes, trusted_comment: str) -> str:
        """A minisign signature (the text of a ``.minisig`` file) over ``data``."""
        import minisign

        secret = minisign.SecretKey.from_bytes(self.secret_file.encode("ascii"))
        signature = secret.sign(data, trusted_comment=trusted_comment)
        return bytes(signature).decode("ascii")


def generate() -> Signer:
    import minisign

    pair = minisign.KeyPair.generate()
    return Signer(
        secret_file=bytes(pair.secret_key).decode("ascii"),
        public=pair.public_key.to_base64().decode("ascii"),
    )


def _mac_payload(secret_file: str, public: str, created: str) -> bytes:
    return _MAC_DOMAIN + json.dumps([secret_file, public, created]).encode("utf-8")


def load_or_create(vault: Vault, keys: Keys) -> tuple[Signer, bool]:
    """The vault's signing key, made (and saved) the first time. Returns it and whether it is new.

    Raises :class:`SigningKeyDamaged` when the file is there but is not the vault's own.
    """
    raw = vault.read_private(keys, SIGNING_KEY_NAME)
    if raw is None:
        signer = generate()
        created = now().isoformat()
        record = {
            "format": _KEY_FORMAT,
            "secret": signer.secret_file,
            "public": signer.public,
            "created": created,
            "mac": keys.mac(_mac_payload(signer.secret_file, signer.public, created)),
        }
        vault.write_private(SIGNING_KEY_NAME, json.dumps(record).encode("utf-8"))
        return signer, True
    damaged = SigningKeyDamaged(
        f"{vault.home / SIGNING_KEY_NAME} (the key that signs your hand-ins) does not belong to "
        "this journal: someone may have replaced it. Nothing was handed in. Move that file "
        "away and hand in again to make a new key; tell your counselor your key changed."
    )
    try:
        record = json.loads(raw)
        secret, public, created = record["secret"], record["public"], record["created"]
        tag = record["mac"]
    except (ValueError, KeyError, TypeError):
        raise damaged from None
    if not all(isinstance(v, str) for v in (secret, public, created, tag)):
        raise damaged
    if not keys.verify(_mac_payload(secret, public, created), tag):
        raise damaged
    return Signer(secret_file=secret, public=public), False


def verify(public: str, data: bytes, signature_text: str) -> bool:
    """Whether ``signature_text`` (minisign) is a valid signature of ``data`` by ``public``."""
    import minisign

    try:
        key = minisign.PublicKey.from_base64(public)
        signature = minisign.Signature.from_bytes(signature_text.encode("ascii"))
        key.verify(data, signature)
    except (minisign.Error, UnicodeEncodeError, ValueError):
        return False
    return True


def is_public_key(public: str) -> bool:
    import minisign

    try:
        minisign.PublicKey.from_base64(public)
    except (minisign.Error, ValueError):
        return False
    return True


def fingerprint(public: str) -> str:
    """A short code for a signing key that two people can read aloud and compare.

    16 characters of base32 (letters and the digits 2-7, so no 0/O or 1/I mix-ups) from a
    SHA-256 of the key: 80 bits, far more than anyone could match by trying keys.
    """
    digest = hashlib.sha256(public.strip().encode("ascii")).digest()
    code = base64.b32encode(digest)[:16].decode("ascii")
    return " ".join(code[i : i + 4] for i in range(0, 16, 4))
