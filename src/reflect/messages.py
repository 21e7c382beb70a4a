"""Longer texts shown to people, kept in one place so their wording can be read and tuned together."""

from __future__ import annotations

NO_RECOVERY_KEY = (
    "No recovery key was made. If you forget your passphrase, nobody can open this vault, "
    "including us."
)


def recovery_key_shown_once(secret: str) -> str:
    return f"""
Your recovery key is the only way back in if you forget your passphrase:

    {secret}

Write it on paper or keep it in a password manager, away from this computer.
It is shown only this once. Anyone who has it can read your journal, so keep
it as private as the journal itself. Without it and without your passphrase,
nobody can recover your entries, including us.
"""


PLAINTEXT_EXPORT_WARNING = (
    "An export is NOT encrypted: anyone who can read the file can read every answer in it. "
    "Keep it somewhere safe and delete it when you are done."
)

WELCOME = """Welcome to reflect.

This is a private place to look honestly at times you may have pushed, pressured or \
disrespected a woman, and at what you have learned since. It asks one question at a time. \
You can skip any question, go back, or stop and continue later.

Your answers are encrypted and kept only on this computer. Nothing is sent anywhere.

First, choose a passphrase for your journal. You need it to read your answers later, not to \
write them."""

NOT_A_TERMINAL = (
    "the guided questions need a terminal. From a script, use `reflect list --json`, "
    "`reflect export` or `reflect anonymize`."
)


def stopped(saved: bool) -> str:
    if saved:
        return (
            "Stopped. Your answers so far are saved, encrypted, as a draft. "
            "Run `reflect` (or `reflect start --resume`) to pick up where you left off."
        )
    return "Stopped before any answer; nothing was saved."


# ---- trust on this device (issue 8) -------------------------------------------------------

FIRST_UNLOCK_ON_DEVICE = (
    "This device has not opened this vault before. Unlock it once, so that your answers go "
    "to your vault's own key and nobody else's."
)

RECIPIENT_MISMATCH = (
    "Note: vault.json names a key that is not your vault's (it was changed in the folder). "
    "Your answers still go to your own key; the next unlock repairs vault.json."
)
