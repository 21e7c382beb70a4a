"""The `reflect` script's entry point: answer `--version`, and run `reflect anonymize`, before
typer and every command load."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from reflect import __version__

        print(f"reflect {__version__}")
        return
    if sys.argv[1:2] == ["anonymize"]:  # a filter: its start-up is most of its cost
        from reflect.anonymize_filter import main as anonymize

        if anonymize(sys.argv[2:]):
            return
    from reflect.cli import main as run

    run()
