"""The person's always-redact list: names and words that must never appear in a story.

Kept encrypted in the vault (``redactions.age``): the list itself is identifying. It is also
authenticated (a MAC keyed from the vault's identity): anyone can encrypt a file to the vault's
public key, and an emptied or swapped list would quietly let a name through into a story.
"""

from __future__ import annotations

import json

from reflect.vault import Keys, Vault

FILE_NAME = "redactions.age"
PURPOSE = "redactions"


def load(vault: Vault, keys: Keys) -> list[str]:
    raw = vault.read_authenticated(keys, FILE_NAME, PURPOSE)
    if raw is None:
        return []
    names = json.loads(raw).get("redact", [])
    return [str(n) for n in names]


def save(vault: Vault, keys: Keys, names: list[str]) -> None:
    unique = sorted({n.strip() for n in names if n.strip()}, key=str.lower)
    vault.write_authenticated(keys, FILE_NAME, PURPOSE, json.dumps({"redact": unique}).encode())
