"""The set-up a newcomer follows, and what the wheel carries."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    setup = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    run_command, test_command = commands
    assert run_command.startswith("python3 -m venv .venv") and run_command.endswith("reflect")
    assert "'.[test]'" in test_command and "pytest" in test_command
    ci = (ROOT / ".ci" / "run").read_text()
    assert test_command in ci.splitlines()


@pytest.mark.slow
def test_the_wheel_carries_the_builtin_question_sets(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("reflect-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("reflect/builtin_prompts/")}
    assert shipped == {p.name for p in (ROOT / "prompts").glob("*.toml")}
    assert "reflect/starter_prompt_set.toml" in names
    assert any(n.startswith("reflect/anonymize/data/") for n in names)


def test_version_is_answered_without_loading_the_cli() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import sys; sys.argv = ['reflect', '--version']; from reflect.entry import main; main()",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("reflect ")
    assert "typer" not in done.stderr  # -X importtime lists every module imported
