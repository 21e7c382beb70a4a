"""The `reflect` script's entry point: answer `--version` before typer and every command load."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from reflect import __version__

        print(f"reflect {__version__}")
        return
    from reflect.cli import main as run

    run()
