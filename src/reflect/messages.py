"""Longer texts shown to people, kept in one place so their wording can be read and tuned together.

Paragraphs are written as single lines: whatever prints them wraps them at words to the
terminal's width (a hard line break at 76 columns is cut mid-word in a 60-column terminal).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from reflect.errors import Hint

NO_RECOVERY_KEY = (
    "No recovery key was made. If you forget your passphrase, nobody can open this vault, "
    "including us."
)


@functools.cache
def command() -> str:
    """The command to tell people to type: `reflect` when that is on PATH and is this one,
    else the path it was started by (the README's install leaves `.venv/bin/reflect`)."""
    import os
    import shlex
    import shutil
    import sys
    from pathlib import Path

    invoked = sys.argv[0] if sys.argv and sys.argv[0] else "reflect"
    path = Path(invoked)
    if path.name != "reflect":  # python -m, a test runner: say the usual name
        return "reflect"
    found = shutil.which("reflect")
    try:
        if found and Path(found).samefile(path):
            return "reflect"
    except OSError:
        pass
    if path.is_absolute():
        try:
            relative = os.path.relpath(path)
        except ValueError:
            relative = invoked
        if not relative.startswith(".."):
            invoked = relative if relative.startswith(".") else "./" + relative
    return shlex.quote(invoked)


def recovery_key_shown_once(secret: str) -> str:
    return (
        "\nYour recovery key is the only way back in if you forget your passphrase:\n\n"
        f"{secret}\n\n"
        "Write it on paper or keep it in a password manager, away from this computer. "
        "It is shown only this once. Anyone who has it can read your journal, so keep it as "
        "private as the journal itself. Without it and without your passphrase, nobody can "
        "recover your entries, including us.\n"
    )


PLAINTEXT_EXPORT_WARNING = (
    "An export is NOT encrypted: anyone who can read the file can read every answer in it. "
    "Keep it somewhere safe and delete it when you are done."
)

_PRIVACY = "Your answers are encrypted and kept only on this computer. Nothing is sent anywhere."
_FIRST_STEP = (
    "First, choose a passphrase for your journal. You need it to read your answers later, "
    "not to write them."
)

WELCOME = f"""Welcome to reflect.

This is a private place to look honestly at times you may have pushed, pressured or \
disrespected a woman, and at what you have learned since. It asks one question at a time. \
You can skip any question, go back, or stop and continue later.

{_PRIVACY}

{_FIRST_STEP}"""


def welcome(set_title: str | None) -> str:
    """The first-run welcome. For a set the person was given (a counselor's), it names that
    set and says nothing about the built-in topic."""
    if set_title is None:
        return WELCOME
    return f"""Welcome to reflect.

This is a private place to answer "{set_title}" one question at a time. You can skip any \
question, go back, or stop and continue later.

{_PRIVACY}

{_FIRST_STEP}"""


NOT_A_TERMINAL = (
    "the guided questions need a terminal. From a script, use `reflect list --json`, "
    "`reflect export` or `reflect anonymize`."
)


def stopped(saved: bool, kept_unfinished: bool = False) -> str:
    """What Ctrl-C in a session says: exactly what was kept, and how to go on."""
    if not saved:
        return "Stopped before any answer; nothing was saved."
    unfinished = (
        " The answer you were writing is in it too, waiting for you when you come back."
        if kept_unfinished
        else ""
    )
    return (
        f"Stopped. Your answers so far are saved, encrypted, as a draft.{unfinished} "
        f"To pick up where you left off, run `{command()}` (or `{command()} drafts`)."
    )


# ---- trust on this device (issue 8) -------------------------------------------------------

FIRST_UNLOCK_ON_DEVICE = (
    "This device has not opened this vault before. Unlock it once, so that your answers go "
    "to your vault's own key and nobody else's."
)

RECIPIENT_MISMATCH = (
    "Note: vault.json names a key that is not your vault's (it was changed in the folder). "
    "Your answers still go to your own key; the next unlock repairs vault.json."
)


# The sentence that ends an error carrying a hint; {command} is how this reflect was started.
HINTS: dict[Hint, str] = {
    Hint.CREATE_VAULT: "Run `{command} vault init` (or just `{command}`) to create one.",
    Hint.RECOVER_VAULT: "Run `{command} vault recover` with your recovery key to make a new one.",
    Hint.LIST_IDS: "`{command} list` shows the ids.",
    Hint.TRUST_ENTRY: "If it is yours, `{command} vault trust {entry}` first.",
    Hint.START_REFLECTION: "Run `{command}` to start a reflection.",
    Hint.ADD_REDACTIONS_AGAIN: (
        "Restore it from a backup, or move it aside and add the words again with "
        "`{command} redactions add`."
    ),
    Hint.NO_TERMINAL_FOR_KEY: "use --passphrase-file or REFLECT_PASSPHRASE_FILE.",
    Hint.RECOVER_COUNSELOR_KEY: (
        "If you have forgotten it, `{command} keygen --recover` sets a new one with your "
        "recovery key."
    ),
    Hint.NEW_COUNSELOR_KEY_EXPLAINED: (
        "`{command} keygen --new` explains what a new key means and asks."
    ),
    Hint.RESTORE_OR_RECOVER_KEY: (
        "Copy it back from your backup if you have one; otherwise `{command} keygen --recover` "
        "brings it back with your recovery key."
    ),
    Hint.RESTORE_OR_REPLACE_KEY: (
        "Copy it back from your backup if you have one; if it is lost for good, "
        "`{command} keygen --new` makes a new key and lists what to give out again."
    ),
    Hint.NAME_OR_MAKE_KEY: (
        "If you have one elsewhere, name it with --identity FILE; if you never made one, "
        "`{command} keygen` makes it."
    ),
    Hint.COUNSELOR_KEY_FORM: (
        "it should be one long word starting with 'age1', as printed by `{command} keygen`."
    ),
    Hint.MADE_BY_KEYGEN: "from `{command} keygen`",
    Hint.COMPARE_FINGERPRINT: (
        "To be sure it is theirs, ask them to read you the code that "
        "`{command} share --fingerprint` shows, and compare."
    ),
}


def hint_text(hint: Hint, details: Mapping[str, str]) -> str:
    return HINTS[hint].format(command="reflect", **details)


# A hand-in saved as plain text (`reflect open FILE -o`): the sibling of PLAINTEXT_EXPORT_WARNING,
# worded for one copy of someone's answers. Both plaintext warnings live here, in one place.
PLAINTEXT_COPY_WARNING = (
    "This copy is NOT encrypted: anyone who can open the file can read the answers. "
    "Keep it somewhere private and delete it when you no longer need it."
)

# Ctrl-C during the story review: the decisions made so far are gone, nothing was written, and
# the journal is as it was.
STORY_INTERRUPTED = (
    "Interrupted: no story was written, and your journal is as it was. "
    "The review starts afresh next time."
)

# After the person pressed Enter: the key is no longer on screen or in the terminal's scrollback.
RECOVERY_KEY_CLEARED = "The recovery key is off the screen now. Your vault is ready."
