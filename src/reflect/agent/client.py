"""The unlock agent's client: ask it for an identity, give it one, or end it (see
``reflect.agent``)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reflect.errors import ReflectError

SOCKET_NAME = "agent.sock"
CONNECT_TIMEOUT = 2.0
RUNTIME_ENV = "XDG_RUNTIME_DIR"


class AgentUnavailable(ReflectError):
    """The agent cannot be started or reached safely here."""


@dataclass(frozen=True)
class Held:
    """What the agent holds for one vault."""

    recipient: str
    secret: str
    expires: float  # seconds since the epoch


def runtime_folder() -> Path:
    """This user's folder for the agent: ``<runtime dir>/reflect``."""
    import warnings

    import platformdirs

    with warnings.catch_warnings():  # without XDG_RUNTIME_DIR platformdirs warns, then falls back
        warnings.simplefilter("ignore")
        return Path(platformdirs.user_runtime_dir("reflect"))


def _is_private_folder(path: Path) -> bool:
    info = path.lstat()
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def private_folder(*, create: bool) -> Path | None:
    """The agent's folder, checked: a directory of ours that nobody else can enter.

    None if it does not exist (and ``create`` is false). A folder someone else made or opened
    up (``/tmp/runtime-UID`` can be made by anyone when there is no XDG_RUNTIME_DIR) is refused.
    """
    folder = runtime_folder()
    if create:
        try:
            folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise AgentUnavailable(
                f"Cannot make a private folder for the unlock agent at {folder}: "
                f"{exc.strerror or exc}."
            ) from None
    for path in (folder.parent, folder):
        try:
            private = _is_private_folder(path) if path == folder else _owned_by_us(path)
        except FileNotFoundError:
            return None
        if not private:
            raise AgentUnavailable(
                f"{path} is not a private folder of yours (it must be yours and mode 0700), "
                "so the unlock agent will not use it. Set XDG_RUNTIME_DIR to a private folder."
            )
    return folder


def _owned_by_us(path: Path) -> bool:
    info = path.lstat()
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


def peer_uid(conn: socket.socket) -> int | None:
    """The uid of the process at the other end of a unix socket, from the kernel."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    raw = conn.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", raw)
    return int(uid)


def supported() -> bool:
    return sys.platform.startswith("linux") and hasattr(socket, "SO_PEERCRED")


def vault_key(home: Path) -> str:
    return str(home.expanduser().resolve())


def _request(message: dict[str, Any], *, folder: Path | None = None) -> dict[str, Any] | None:
    """Send one request; None when no agent is listening."""
    if not supported():
        return None
    folder = folder or private_folder(create=False)
    if folder is None:
        return None
    path = folder / SOCKET_NAME
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        raise AgentUnavailable(f"{path} is not the unlock agent's socket; remove it.")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(CONNECT_TIMEOUT)
        try:
            conn.connect(str(path))
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a socket left by an agent that died: nobody holds anything
        if peer_uid(conn) != os.getuid():
            raise AgentUnavailable("The unlock agent's socket is held by another user; ignored.")
        try:
            conn.sendall(json.dumps(message).encode() + b"\n")
            reply = _read_line(conn)
        except OSError:
            return None
    try:
        answer = json.loads(reply)
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def _read_line(conn: socket.socket) -> bytes:
    chunks = []
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks)


def held_for(home: Path) -> Held | None:
    """What the agent holds for the vault at ``home``, or None (no agent, or not this vault).

    Never raises for an agent that is absent or misbehaving: unlocking then asks for the
    passphrase as usual."""
    try:
        answer = _request({"op": "get", "vault": vault_key(home)})
    except (AgentUnavailable, OSError):
        return None
    if not answer or not answer.get("ok"):
        return None
    try:
        return Held(str(answer["recipient"]), str(answer["identity"]), float(answer["expires"]))
    except (KeyError, TypeError, ValueError):
        return None


def status(home: Path) -> float | None:
    """When the agent's hold on this vault ends (epoch seconds), or None if it holds nothing."""
    try:
        answer = _request({"op": "status", "vault": vault_key(home)})
    except (AgentUnavailable, OSError):
        return None
    if not answer or not answer.get("on"):
        return None
    return float(answer["expires"])


def lock() -> bool:
    """End the agent, forgetting every identity it holds. False if none was running."""
    answer = _request({"op": "lock"})
    return bool(answer and answer.get("ok"))


def hold(home: Path, recipient: str, secret: str, seconds: float) -> float:
    """Give the agent this vault's identity for ``seconds``, starting it if need be.

    Returns the deadline (epoch seconds)."""
    if not supported():
        raise AgentUnavailable(
            "`reflect unlock` needs Linux (it checks who connects with SO_PEERCRED); "
            "every command asks for the passphrase instead."
        )
    folder = private_folder(create=True)
    assert folder is not None
    message = {
        "op": "put",
        "vault": vault_key(home),
        "recipient": recipient,
        "identity": secret,
        "seconds": seconds,
    }
    answer = _request(message, folder=folder)
    if answer is None:
        _start(folder)
        answer = _request(message, folder=folder)
    if not answer or not answer.get("ok"):
        raise AgentUnavailable("The unlock agent did not start; nothing was kept unlocked.")
    return float(answer["expires"])


def _start(folder: Path) -> None:
    """Bind the socket here (0600, in the 0700 folder), then hand it to a new agent process.

    Binding before the agent starts means the first request cannot race its start-up. The
    identity is sent afterwards over the socket: it never goes on argv or into the
    environment."""
    import subprocess

    path = folder / SOCKET_NAME
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISSOCK(path.lstat().st_mode):
            path.unlink()  # left by an agent that is gone (the connect above was refused)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o177)
    try:
        listener.bind(str(path))
    except OSError as exc:
        listener.close()
        raise AgentUnavailable(f"Cannot start the unlock agent: {exc.strerror or exc}.") from None
    finally:
        os.umask(old_umask)
    try:
        path.chmod(0o600)
        listener.listen(8)
        env = {k: v for k, v in os.environ.items() if not k.startswith("REFLECT_PASSPHRASE")}
        subprocess.Popen(
            [sys.executable, "-m", "reflect.agent.server", str(listener.fileno())],
            pass_fds=[listener.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not ended by the terminal's hang-up; ends on its own
            cwd="/",
            env=env,
        )
    finally:
        listener.close()


def until(expires: float) -> str:
    """A deadline as the person reads it: the local time."""
    return time.strftime("%H:%M", time.localtime(expires))
