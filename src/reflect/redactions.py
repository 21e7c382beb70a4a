"""The person's always-redact list: names and words that must never appear in a story.

Kept encrypted in the vault (``redactions.age``): the list itself is identifying.
"""

from __future__ import annotations

import json

from reflect.vault import Keys, Vault

FILE_NAME = "redactions.age"


def load(vault: Vault, keys: Keys) -> list[str]:
    raw = vault.read_private(keys, FILE_NAME)
    if raw is None:
        return []
    names = json.loads(raw).get("redact", [])
    return [str(n) for n in names]


def save(vault: Vault, names: list[str]) -> None:
    unique = sorted({n.strip() for n in names if n.strip()}, key=str.lower)
    vault.write_private(FILE_NAME, json.dumps({"redact": unique}).encode("utf-8"))
