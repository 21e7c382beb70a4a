"""The counselor's list of known clients: whose signing key is whose (trust on first use).

The first signed hand-in from a key the counselor has not seen before records that key under
the name the client gave (or "client ABCD" when none), and shows it as a new client with the
key's fingerprint, which both can read aloud to compare. From then on a hand-in signed by that
key is from that known client; a hand-in that gives a known client's name but is signed by
another key is shown as a changed key, and is not recorded until the counselor accepts it.

The list lives beside the counselor's key as ``counselor-clients-<key>.age`` (one per counselor
key, named by the start of its public key): encrypted to that key (client names are private)
and carrying a MAC keyed from it, so nobody who can write to the folder can add a key as if it
were a known client's. A list that fails its check is reported and not used. A new counselor
key starts a new list (the old one stays, for the old key).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from reflect.errors import Hint
from reflect.homework.handin import Opened
from reflect.homework.signing import fingerprint
from reflect.messages import hint_text
from reflect.models import now
from reflect.untrusted import clean_line
from reflect.vault import Keys, age
from reflect.vault.files import atomic_write

CLIENTS_PREFIX = "counselor-clients-"
_FORMAT = "reflect.counselor-clients/1"
_MAC_DOMAIN = b"reflect.counselor-clients/1 mac\n"


class SenderKind(Enum):
    KNOWN = "known"  # signed by a key recorded for this client
    NEW = "new"  # signed by a key seen for the first time (now recorded)
    CHANGED = "changed"  # signed, gives a known client's name, but with another key
    UNVERIFIED = "unverified"  # unsigned, forged, altered or meant for another counselor


@dataclass
class Client:
    name: str
    key: str
    first_seen: str
    last_seen: str
    earlier_keys: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


@dataclass(frozen=True)
class Sender:
    kind: SenderKind
    name: str  # the known client's name, or the name the hand-in gives (untrusted, cleaned)
    fingerprint: str | None = None
    known_fingerprint: str | None = None  # for CHANGED: the key on record
    problem: str | None = None  # for UNVERIFIED: why

    @property
    def verified(self) -> bool:
        return self.kind in (SenderKind.KNOWN, SenderKind.NEW)

    def short(self) -> str:
        """For a list: 'Alex', 'Alex (new)', 'unverified: "Alex"'."""
        if self.kind is SenderKind.KNOWN:
            return self.name
        if self.kind is SenderKind.NEW:
            return f"{self.name} (new client)"
        if self.kind is SenderKind.CHANGED:
            return f"{self.name}? (key changed)"
        return f'unverified: "{self.name}"'

    def label(self) -> str:
        """For a saved copy: the same whether the key was new or known when it was saved."""
        if self.verified:
            return f"{self.name} (verified, key {self.fingerprint})"
        if self.kind is SenderKind.CHANGED:
            return f"{self.name}? (NOT verified: signed with another key, {self.fingerprint})"
        return f'"{self.name}" (NOT verified: {self.problem})'

    def line(self) -> str:
        """One plain sentence about who sent it."""
        if self.kind is SenderKind.KNOWN:
            return (
                f"From {self.name}: verified, signed with {self.name}'s key ({self.fingerprint})."
            )
        if self.kind is SenderKind.NEW:
            return (
                f"From a new client, who calls themselves {self.name}: signed with a key you "
                f"have not seen before ({self.fingerprint}). reflect will recognise it from "
                f"now on. {hint_text(Hint.COMPARE_FINGERPRINT, {})}"
            )
        if self.kind is SenderKind.CHANGED:
            return (
                f"Key changed: this hand-in says it is from {self.name}, but it is signed with "
                f"another key ({self.fingerprint}; {self.name}'s is {self.known_fingerprint}). "
                f"Ask {self.name} in person or by phone whether they made a new key before you "
                "trust it; if they did, open it again with --accept-new-key."
            )
        return (
            f'Unverified: this hand-in says it is from "{self.name}", but {self.problem}, so '
            "it cannot be told apart from one made by someone else. Check with your client "
            "before relying on it."
        )

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "status": self.kind.value,
            "verified": self.verified,
            "name": self.name,
        }
        if self.fingerprint:
            data["fingerprint"] = self.fingerprint
        if self.known_fingerprint:
            data["known_fingerprint"] = self.known_fingerprint
        if self.problem:
            data["problem"] = self.problem
        return data


class ClientBook:
    """The known clients, read from and saved to the counselor's folder."""

    def __init__(self, home: Path, identity: age.Identity) -> None:
        self.home = home
        self._identity = identity
        self._keys = Keys(identity)
        self.clients: list[Client] = []
        self.damaged = False  # the file failed its check: not used, never overwritten
        self.changed = False

    @property
    def path(self) -> Path:
        return self.home / f"{CLIENTS_PREFIX}{self._identity.recipient[4:16]}.age"

    @classmethod
    def load(cls, home: Path, identity: age.Identity) -> ClientBook:
        book = cls(home, identity)
        try:
            ciphertext = book.path.read_bytes()
        except FileNotFoundError:
            return book
        try:
            data = json.loads(identity.decrypt(ciphertext))
            payload, tag = data["clients"], data["mac"]
            if not book._keys.verify(book._mac_payload(payload), tag):
                raise ValueError("mac")
            book.clients = [Client(**c) for c in payload]
        except (age.AgeError, ValueError, KeyError, TypeError):
            book.damaged = True
            book.clients = []
        return book

    @staticmethod
    def _mac_payload(payload: object) -> bytes:
        return _MAC_DOMAIN + json.dumps(payload, sort_keys=True).encode("utf-8")

    def save(self) -> None:
        if self.damaged or not self.changed:
            return
        payload = [vars(c) for c in self.clients]
        data = {
            "format": _FORMAT,
            "clients": payload,
            "mac": self._keys.mac(self._mac_payload(payload)),
        }
        sealed = age.encrypt_to([self._identity.recipient], json.dumps(data).encode("utf-8"))
        self.home.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, sealed)
        self.changed = False

    def by_key(self, key: str) -> Client | None:
        """The client with this key, now or earlier (hand-ins made before a key change)."""
        return next((c for c in self.clients if key == c.key or key in c.earlier_keys), None)

    def by_name(self, name: str) -> Client | None:
        wanted = name.casefold()
        return next((c for c in self.clients if c.name.casefold() == wanted), None)

    def identify(self, opened: Opened, *, accept_new_key: bool = False) -> Sender:
        """Who sent this hand-in, recording a first-seen key (and, if asked, a changed one)."""
        claimed = clean_line(opened.handin.display_name or "") or None
        if opened.problem is not None or opened.signer is None:
            return Sender(SenderKind.UNVERIFIED, claimed or "no name given", problem=opened.problem)
        key = opened.signer
        stamp = now().isoformat()
        known = self.by_key(key)
        if known is not None:
            if key == known.key:
                known.last_seen = stamp
                self.changed = True
            return Sender(SenderKind.KNOWN, known.name, fingerprint(key))
        named = self.by_name(claimed) if claimed else None
        if named is not None and not accept_new_key:
            return Sender(SenderKind.CHANGED, named.name, fingerprint(key), named.fingerprint)
        if named is not None:
            named.earlier_keys.append(named.key)
            named.key, named.last_seen = key, stamp
            self.changed = True
            return Sender(SenderKind.KNOWN, named.name, fingerprint(key))
        name = claimed or f"client {fingerprint(key)[:4]}"
        self.clients.append(Client(name=name, key=key, first_seen=stamp, last_seen=stamp))
        self.changed = True
        return Sender(SenderKind.NEW, name, fingerprint(key))
