"""docs/cli.md is generated from `--help`, so it cannot drift from the real commands.

Regenerate with: REFLECT_UPDATE_DOCS=1 python -m pytest tests/test_cli_docs.py
"""

from __future__ import annotations

import os
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from reflect.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
HEADER = """# Command reference

Generated from `reflect --help` and each command's `--help`; do not edit by hand
(`REFLECT_UPDATE_DOCS=1 python -m pytest tests/test_cli_docs.py` rewrites it).
"""


def _paths(command: object, prefix: list[str]) -> list[list[str]]:
    paths = [prefix]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        paths += _paths(sub, [*prefix, name])
    return paths


def generate() -> str:
    runner = CliRunner()
    parts = [HEADER]
    for path in _paths(typer.main.get_command(app), []):
        result = runner.invoke(
            app, [*path, "--help"], prog_name="reflect", env={"COLUMNS": "80", "NO_COLOR": "1"}
        )
        assert result.exit_code == 0, result.output
        title = " ".join(["reflect", *path])
        parts.append(f"## {title}\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


def test_cli_docs_are_current() -> None:
    fresh = generate()
    if os.environ.get("REFLECT_UPDATE_DOCS"):
        DOCS.write_text(fresh)
    assert DOCS.exists(), "run with REFLECT_UPDATE_DOCS=1 to create docs/cli.md"
    assert DOCS.read_text() == fresh, (
        "docs/cli.md is out of date: regenerate it (see this file's docstring)"
    )
