"""The person's always-redact list: names and words that must never appear in a story.

Kept encrypted in the vault (``redactions.age``): the list itself is identifying. It is also
authenticated (a MAC keyed from the vault's identity): anyone can encrypt a file to the vault's
public key, and an emptied or swapped list would quietly let a name through into a story.
"""

from __future__ import annotations

import json

from reflect.errors import DamagedError, Hint
from reflect.vault import Keys, Vault

FILE_NAME = "redactions.age"
PURPOSE = "redactions"


def load(vault: Vault, keys: Keys) -> list[str]:
    """The list, or a one-line DamagedError (exit 4) when the file decrypts and authenticates
    but is not the list: a story must never go ahead without the words the person asked to
    hide."""
    raw = vault.read_authenticated(keys, FILE_NAME, PURPOSE)
    if raw is None:
        return []
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        document = None
    names = document.get("redact") if isinstance(document, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise DamagedError(
            f"{vault.home / FILE_NAME} does not hold a list of words to hide, so no story was "
            "made.",
            Hint.ADD_REDACTIONS_AGAIN,
        )
    return list(names)


def save(vault: Vault, keys: Keys, names: list[str]) -> None:
    unique = sorted({n.strip() for n in names if n.strip()}, key=str.lower)
    vault.write_authenticated(keys, FILE_NAME, PURPOSE, json.dumps({"redact": unique}).encode())


def add(vault: Vault, keys: Keys, names: list[str], known: list[str] | None = None) -> list[str]:
    """Hide ``names`` from every story from now on; returns the words now hidden. ``known`` is
    the list as already loaded (read again when not given)."""
    words = sorted({*(load(vault, keys) if known is None else known), *names})
    save(vault, keys, words)
    return words


def remove(vault: Vault, keys: Keys, names: list[str]) -> None:
    """Stop hiding ``names`` (matched regardless of case)."""
    drop = {n.lower() for n in names}
    save(vault, keys, [n for n in load(vault, keys) if n.lower() not in drop])
