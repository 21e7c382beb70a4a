"""Crash-safe file IO for the vault: atomic writes, private permissions, one writer at a time.

An entry on disk is always either its old bytes or its new bytes: we write a temp file in the
same directory, fsync it, rename it over the target and fsync the directory, so a crash, a
SIGKILL or a full disk never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reflect.errors import ReflectError, VaultBusyError

DIR_MODE = 0o700
FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"
LOCK_NAME = ".lock"
LOCK_TIMEOUT_SECONDS = 5.0


class DiskFullError(ReflectError):
    pass


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    path.chmod(DIR_MODE)  # mkdir's mode is filtered by the umask


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a mix."""
    # mkstemp creates the file 0600 whatever the umask.
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle.fileno(), data)
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(
                f"The disk is full, so {path.name} was not saved and nothing was changed. "
                "Free some space and try again."
            ) from exc
        raise
    fsync_dir(path.parent)


class SymlinkRefusedError(ReflectError):
    """An output path is a symbolic link: writing through it could land anywhere."""


def write_output_file(path: Path, data: bytes) -> None:
    """Write a file the person asked for with ``-o`` (an export, a story, a hand-in).

    Atomic like every vault write, created 0600, and never through a symbolic link: someone
    who can write to the folder could point ``story.md`` at a synced folder or another user's
    file, so a link at the path is refused rather than followed or replaced.
    """
    path = path.expanduser()
    if path.is_symlink():
        raise SymlinkRefusedError(
            f"{path} is a symbolic link, so nothing was written there. "
            "Give the name of a plain file (or remove the link first)."
        )
    if path.is_dir():
        raise ReflectError(f"{path} is a folder; give a file name to write to.")
    atomic_write(path.absolute(), data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def remove_durably(path: Path) -> None:
    path.unlink()
    fsync_dir(path.parent)


def sweep_temp_files(*folders: Path) -> int:
    """Remove temp files left by a writer that died mid-write. Call with the lock held."""
    removed = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
                removed += 1
    return removed


@contextlib.contextmanager
def write_lock(home: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Serialise writers. flock-based, so a crashed process never leaves a stale lock."""
    from filelock import FileLock, Timeout

    lock = FileLock(home / LOCK_NAME, timeout=timeout, mode=FILE_MODE)
    try:
        lock.acquire()
    except Timeout:
        raise VaultBusyError(
            "The vault is busy: another reflect is saving. Nothing was lost; try again in a moment."
        ) from None
    try:
        yield
    finally:
        lock.release()
