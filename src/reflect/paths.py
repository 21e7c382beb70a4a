"""Where the vault lives: ``REFLECT_HOME`` (or ``--home``) wins over the platform default."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "REFLECT_HOME"


def default_home() -> Path:
    """The vault folder for this user: $REFLECT_HOME, else the platform's user data dir."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("reflect", appauthor=False))
