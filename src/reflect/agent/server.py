"""The unlock agent process: holds unlocked identities in memory until their deadline.

Started by `reflect unlock` as ``python -m reflect.agent.server FD`` with the listening socket
already bound (0600, in a 0700 folder) and passed as file descriptor FD. It reads nothing from
argv or the environment but that number, writes nothing to disk, refuses core dumps and
ptrace, answers only its own uid, and ends when nothing is held any more, at `reflect lock`,
or when its socket file is gone (the runtime directory is removed at logout).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reflect.agent import MAX_MINUTES
from reflect.agent.client import Held, peer_uid

CLIENT_TIMEOUT = 1.0  # a client that connects and says nothing must not stall the others
CHECK_EVERY = 1.0  # how often to look at the clock and at the socket file
MAX_REQUEST = 64 * 1024
FIRST_REQUEST_WAIT = 30.0


def harden() -> None:
    """No core dump and no ptrace by other processes of the user (Linux: not dumpable)."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)


class Agent:
    def __init__(self, *, allowed_uid: int, clock: Callable[[], float] = time.time) -> None:
        self.allowed_uid = allowed_uid
        self.clock = clock
        self.held: dict[str, Held] = {}
        self.ended = False

    def expire(self) -> None:
        now = self.clock()
        for vault in [v for v, held in self.held.items() if held.expires <= now]:
            del self.held[vault]

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        """One request, answered. The identity leaves only on ``get``, and only for its vault."""
        self.expire()
        op = request.get("op")
        vault = str(request.get("vault", ""))
        if op == "get":
            held = self.held.get(vault)
            if held is None:
                return {"ok": False}
            return {
                "ok": True,
                "recipient": held.recipient,
                "identity": held.secret,
                "expires": held.expires,
            }
        if op == "status":
            held = self.held.get(vault)
            return {"ok": True, "on": held is not None, "expires": held.expires if held else None}
        if op == "put":
            seconds = float(request["seconds"])
            if not 0 < seconds <= MAX_MINUTES * 60:
                return {"ok": False, "error": "seconds out of range"}
            expires = self.clock() + seconds
            self.held[vault] = Held(str(request["recipient"]), str(request["identity"]), expires)
            return {"ok": True, "expires": expires}
        if op == "lock":
            self.held.clear()
            self.ended = True
            return {"ok": True}
        return {"ok": False, "error": "unknown request"}

    def serve(self, conn: socket.socket) -> None:
        """Answer one connection, if the kernel says its peer is our own user."""
        with conn:
            if peer_uid(conn) != self.allowed_uid:
                return  # another user: not a word
            conn.settimeout(CLIENT_TIMEOUT)
            try:
                data = b""
                while not data.endswith(b"\n") and len(data) < MAX_REQUEST:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                request = json.loads(data)
                reply = self.answer(request if isinstance(request, dict) else {})
            except (OSError, ValueError, KeyError, TypeError):
                return
            with contextlib.suppress(OSError):
                conn.sendall(json.dumps(reply).encode() + b"\n")


def _same_file(path: Path, inode: int) -> bool:
    try:
        return path.lstat().st_ino == inode
    except FileNotFoundError:
        return False


def run(listener: socket.socket, agent: Agent) -> None:
    path = Path(listener.getsockname())
    inode = path.lstat().st_ino
    # The identity arrives right after start-up; an agent that never gets one goes away.
    started = time.monotonic()
    ever_held = False
    try:
        while True:
            ready, _, _ = select.select([listener], [], [], CHECK_EVERY)
            if ready:
                conn, _ = listener.accept()
                agent.serve(conn)
            agent.expire()
            ever_held = ever_held or bool(agent.held)
            if agent.ended or not _same_file(path, inode):
                break
            if not agent.held and (ever_held or time.monotonic() - started > FIRST_REQUEST_WAIT):
                break
    finally:
        agent.held.clear()
        if _same_file(path, inode):
            with contextlib.suppress(OSError):
                path.unlink()
        listener.close()


def main(argv: list[str]) -> int:
    harden()
    fd = int(argv[1])
    listener = socket.socket(fileno=fd)
    run(listener, Agent(allowed_uid=os.getuid()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
