"""Shared fixtures. Every test gets its own REFLECT_HOME; nothing touches the real vault.

scrypt makes creating and unlocking a vault cost about a second each, so one vault is created
per test run and copied into each test's home (same identity, same passphrase).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reflect.vault import Keys, Vault

PASSPHRASE = "correct horse battery staple"
BIN_DIR = Path(sys.executable).parent
REFLECT = str(BIN_DIR / "reflect")

# A suite started in the background (`pytest &` from a script, nohup) inherits SIGINT ignored, and
# an ignored signal stays ignored across exec: every `reflect` the tests start would then shrug
# off Ctrl-C, which no person's terminal does. Give the children the terminal's default back.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def reflect_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("REFLECT_HOME", str(home))
    # This device's trust state, per test (never the real one; never inside the vault folder).
    monkeypatch.setenv("REFLECT_STATE_DIR", str(tmp_path / "state"))
    for name in ("REFLECT_PASSPHRASE_FILE", "REFLECT_PASSPHRASE_COMMAND"):
        monkeypatch.delenv(name, raising=False)
    return home


@dataclass(frozen=True)
class Template:
    home: Path
    state: Path
    recovery_key: str
    keys: Keys


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    base = tmp_path_factory.mktemp("template")
    home, state = base / "vault", base / "state"
    vault, recovery = Vault.create(home, PASSPHRASE, state_root=state)
    assert recovery is not None
    return Template(home, state, recovery, vault.unlock(PASSPHRASE))


def copy_vault(template: Template, home: Path, state_root: Path) -> None:
    """The template vault at ``home``, with this device's trust state for it, as if this
    device had made it (the state folder is named after the vault's path)."""
    from reflect.vault.device import folder_for

    shutil.copytree(template.home, home)  # copy2 keeps the 0600/0700 modes
    shutil.copytree(folder_for(template.home, template.state), folder_for(home, state_root))


@pytest.fixture
def state_root(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def vault_home(reflect_home: Path, template: Template, state_root: Path) -> Path:
    copy_vault(template, reflect_home, state_root)
    return reflect_home


@pytest.fixture
def keys(template: Template) -> Keys:
    return template.keys


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_reflect(
    *args: str, env: dict[str, str] | None = None, input: str | None = None, cwd: Path | None = None
) -> Run:
    """Run the installed `reflect` command the way a person's shell would (no terminal)."""
    full_env = {**os.environ, **(env or {})}
    done = subprocess.run(
        [REFLECT, *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


Reflect = Callable[..., Run]  # the `reflect` fixture: run the command with the test passphrase


@pytest.fixture
def reflect(passphrase_file: Path) -> Iterator[Reflect]:
    """`reflect(...)` with the test passphrase supplied through REFLECT_PASSPHRASE_FILE."""

    def call(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Run:
        merged = {"REFLECT_PASSPHRASE_FILE": str(passphrase_file), **(env or {})}
        return run_reflect(*args, env=merged, input=input)

    yield call


def assert_clean_failure(result: Run, code: int) -> None:
    """One line on stderr, the documented exit code, and no traceback."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip() and line != "Unlocking..."]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reflect: ")
