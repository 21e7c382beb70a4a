"""`reflect unlock` / `reflect lock`: the opt-in agent that keeps the identity in memory.

Real processes, real sockets, real pyrage. Each test gets its own runtime folder (the
agent's socket lives there) and locks the agent again at the end.
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.agent import client
from reflect.agent.server import Agent
from screen import Screen, no_split_words

from conftest import PASSPHRASE, assert_clean_failure, run_reflect

pytestmark = pytest.mark.skipif(not client.supported(), reason="the agent needs SO_PEERCRED")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A private runtime folder (short: a unix socket path has a length limit)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp"))
    folder.chmod(0o700)
    env = {"XDG_RUNTIME_DIR": str(folder)}
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield env
    run_reflect("lock", env=env)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def wait_until(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def test_off_by_default(vault_home: Path, runtime: dict[str, str]) -> None:
    info = run_reflect("vault", "info", env=runtime)
    assert (
        "kept unlocked:" in info.stdout
        and info.stdout.split("kept unlocked:")[1].split()[0] == "no"
    )
    result = run_reflect("list", env=runtime)
    assert_clean_failure(result, 3)


def test_unlock_then_commands_need_no_passphrase_until_lock(
    vault_home: Path, passphrase_file: Path, runtime: dict[str, str]
) -> None:
    started = run_reflect("unlock", "--passphrase-file", str(passphrase_file), env=runtime)
    assert started.returncode == 0, started.stderr
    assert "Unlocked for 10 minutes, until" in started.stderr
    folder = Path(runtime["XDG_RUNTIME_DIR"]) / "reflect"
    sock = folder / "agent.sock"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_ISSOCK(sock.stat().st_mode) and stat.S_IMODE(sock.stat().st_mode) == 0o600
    # No passphrase source at all, and no terminal: the agent answers.
    listed = run_reflect("list", "--json", env=runtime)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    assert "Unlocking..." not in listed.stderr
    assert "Unlocked by `reflect unlock` until" in listed.stderr
    info = run_reflect("vault", "info", "--json", env=runtime)
    assert json.loads(info.stdout)["kept_unlocked"].startswith("until ")
    locked = run_reflect("lock", env=runtime)
    assert "Locked." in locked.stderr
    wait_until(lambda: not sock.exists())
    assert_clean_failure(run_reflect("list", env=runtime), 3)
    assert (
        json.loads(run_reflect("vault", "info", "--json", env=runtime).stdout)["kept_unlocked"]
        is False
    )
    again = run_reflect("lock", env=runtime)
    assert again.returncode == 0 and "Nothing was kept unlocked" in again.stderr


def test_it_ends_by_itself_after_its_time(
    vault_home: Path, passphrase_file: Path, runtime: dict[str, str]
) -> None:
    # --for-seconds is hidden and for tests only; people give --for MINUTES. Long enough for the
    # `reflect list` below to start on a loaded machine, short enough to wait for.
    started = run_reflect(
        "unlock", "--for-seconds", "8", "--passphrase-file", str(passphrase_file), env=runtime
    )
    assert started.returncode == 0, started.stderr
    assert run_reflect("list", env=runtime).returncode == 0
    sock = Path(runtime["XDG_RUNTIME_DIR"]) / "reflect" / "agent.sock"
    wait_until(lambda: not sock.exists())  # the agent went away at its deadline
    assert_clean_failure(run_reflect("list", env=runtime), 3)


def test_unlock_always_takes_the_passphrase(
    vault_home: Path, passphrase_file: Path, runtime: dict[str, str], tmp_path: Path
) -> None:
    """Extending the time must take what starting it took: a wrong passphrase is refused even
    while the agent holds the key."""
    assert (
        run_reflect("unlock", "--passphrase-file", str(passphrase_file), env=runtime).returncode
        == 0
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert_clean_failure(run_reflect("unlock", "--passphrase-file", str(wrong), env=runtime), 3)


def test_an_identity_for_another_vault_is_not_used(
    vault_home: Path, passphrase_file: Path, runtime: dict[str, str], tmp_path: Path
) -> None:
    """The agent is asked by folder; a different vault put at that folder is not unlocked by
    the key held for the old one."""
    assert (
        run_reflect("unlock", "--passphrase-file", str(passphrase_file), env=runtime).returncode
        == 0
    )
    other = tmp_path / "other"
    made = run_reflect(
        "vault", "init", "--no-recovery-key", "--passphrase-file", str(passphrase_file),
        env={**runtime, "REFLECT_HOME": str(other)},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    vault_home.rename(tmp_path / "moved")
    other.rename(vault_home)
    assert_clean_failure(run_reflect("list", env=runtime), 3)


def test_unusable_runtime_folder_is_refused(
    vault_home: Path, passphrase_file: Path, runtime: dict[str, str]
) -> None:
    folder = Path(runtime["XDG_RUNTIME_DIR"]) / "reflect"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    result = run_reflect("unlock", "--passphrase-file", str(passphrase_file), env=runtime)
    assert_clean_failure(result, 1)
    assert "not a private folder" in result.stderr
    assert not (folder / "agent.sock").exists()


# ---- the peer check, in process ------------------------------------------------------------


def _serve_once(agent: Agent, listener: socket.socket) -> threading.Thread:
    def run() -> None:
        conn, _ = listener.accept()
        agent.serve(conn)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _ask(path: Path, message: dict[str, object]) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(5)
        conn.connect(str(path))
        try:
            conn.sendall(json.dumps(message).encode() + b"\n")
            return conn.recv(65536)
        except (BrokenPipeError, ConnectionResetError):  # hung up on us: not a word
            return b""


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, Path]]:
    path = Path("/tmp") / f"t-{os.getpid()}-{time.monotonic_ns()}.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen(1)
    yield sock, path
    sock.close()
    path.unlink(missing_ok=True)


def test_agent_answers_its_own_user(listener: tuple[socket.socket, Path]) -> None:
    sock, path = listener
    agent = Agent(allowed_uid=os.getuid())
    agent.held["/v"] = client.Held("age1x", "AGE-SECRET-KEY-1X", time.time() + 60)
    thread = _serve_once(agent, sock)
    reply = json.loads(_ask(path, {"op": "get", "vault": "/v"}))
    thread.join(5)
    assert reply["identity"] == "AGE-SECRET-KEY-1X"


def test_agent_says_nothing_to_another_uid(listener: tuple[socket.socket, Path]) -> None:
    """The kernel's word on who connected (SO_PEERCRED) decides: here the agent believes it
    belongs to another uid, so we are the stranger."""
    sock, path = listener
    agent = Agent(allowed_uid=os.getuid() + 1)
    agent.held["/v"] = client.Held("age1x", "AGE-SECRET-KEY-1X", time.time() + 60)
    thread = _serve_once(agent, sock)
    assert _ask(path, {"op": "get", "vault": "/v"}) == b""
    thread.join(5)


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to act as another user")
def test_another_user_really_gets_nothing(listener: tuple[socket.socket, Path]) -> None:
    sock, path = listener
    path.chmod(0o777)  # only the peer check stands between them and the key
    agent = Agent(allowed_uid=os.getuid())
    agent.held["/v"] = client.Held("age1x", "AGE-SECRET-KEY-1X", time.time() + 60)
    thread = _serve_once(agent, sock)
    code = (
        "import os, socket, sys\n"
        "os.setgid(65534); os.setuid(65534)\n"
        "s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1])\n"
        "try:\n"
        '    s.sendall(b\'{"op": "get", "vault": "/v"}\\n\')\n'
        "    got = s.recv(65536)\n"
        "except (BrokenPipeError, ConnectionResetError):\n"
        "    got = b''\n"
        "sys.stdout.write(repr(got))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    thread.join(5)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "b''"


def test_agent_forgets_at_its_deadline() -> None:
    now = [1000.0]
    agent = Agent(allowed_uid=os.getuid(), clock=lambda: now[0])
    put = agent.answer(
        {
            "op": "put",
            "vault": "/v",
            "recipient": "r",
            "identity": "AGE-SECRET-KEY-1X",
            "seconds": 5,
        }
    )
    assert put["ok"] and agent.answer({"op": "get", "vault": "/v"})["ok"]
    assert not agent.answer({"op": "get", "vault": "/other"})["ok"]
    now[0] += 5
    assert not agent.answer({"op": "get", "vault": "/v"})["ok"]
    assert not agent.held
    too_long = agent.answer(
        {"op": "put", "vault": "/v", "recipient": "r", "identity": "x", "seconds": 10**6}
    )
    assert not too_long["ok"]


@pytest.mark.e2e
@pytest.mark.parametrize("columns", [80, 60])
def test_unlock_and_lock_at_the_terminal(
    vault_home: Path, runtime: dict[str, str], columns: int
) -> None:
    unlocking = Screen("unlock", "--for", "5", home=vault_home, columns=columns, env=runtime)
    unlocking.wait_for(r"Passphrase:")
    unlocking.line(PASSPHRASE)
    assert unlocking.finish() == 0, unlocking.text
    assert no_split_words(unlocking.lines, "Unlocked for 5 minutes, until") and no_split_words(
        unlocking.lines, "`reflect lock` locks it now."
    )
    listing = Screen("list", home=vault_home, columns=columns, env=runtime)
    assert listing.finish() == 0, listing.text
    assert "Passphrase:" not in listing.transcript and "No entries yet" in listing.text
    assert no_split_words(listing.lines, "(`reflect lock` locks now)")
    info = Screen("vault", "info", home=vault_home, columns=columns, env=runtime)
    assert info.finish() == 0
    assert re.search(r"kept unlocked:\s+until \d\d:\d\d", info.text)
    locking = Screen("lock", home=vault_home, columns=columns, env=runtime)
    assert locking.finish() == 0
    assert "Locked. The next command asks for your passphrase." in locking.text
    again = Screen("list", home=vault_home, columns=columns, env=runtime)
    again.wait_for(r"Passphrase:")
    again.send("\x03")
    assert again.finish() == 130
