"""Where things live.

The vault folder: ``REFLECT_HOME`` (or ``--home``) wins over the platform's data folder. It may
be synced, backed up or shared, so it holds nothing the program trusts on its own.

This device's trust state: ``REFLECT_STATE_DIR`` wins over the platform's state folder. It
is never inside the vault folder: it is what lets this device tell the person's own writes
from planted ones (see ``reflect.vault.device``).
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "REFLECT_HOME"
STATE_ENV = "REFLECT_STATE_DIR"


def default_home() -> Path:
    """The vault folder for this user: $REFLECT_HOME, else the platform's user data dir."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("reflect", appauthor=False))


def state_root() -> Path:
    """This device's trust state for every vault: $REFLECT_STATE_DIR, else the state dir."""
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_state_dir

    return Path(user_state_dir("reflect", appauthor=False))
