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
from stat import S_ISREG

from reflect.errors import ReflectError, VaultBusyError

DIR_MODE = 0o700
FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"
LOCK_NAME = ".lock"
LOCK_TIMEOUT_SECONDS = 5.0
# Drafts are written without the lock, so a temp file younger than this may belong to a writer
# that is still alive; older ones were left by a crash. (They hold ciphertext only.)
STALE_TEMP_SECONDS = 15 * 60


class DiskFullError(ReflectError):
    pass


def ensure_private_dir(path: Path) -> None:
    """Make ``path`` 0700, and every parent it has to create 0700 too, whatever the umask
    (``mkdir(parents=True)`` would make the parents with the umask's mode)."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            folder.mkdir(mode=DIR_MODE)
        folder.chmod(DIR_MODE)  # mkdir's mode is filtered by the umask
    path.chmod(DIR_MODE)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a mix."""
    # mkstemp creates the file 0600 whatever the umask.
    # The writer's pid is in the name, so a sweep can tell a crashed writer's leftover from a
    # draft being written right now by a live one (drafts are written without the lock).
    fd, tmp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle.fileno(), data)
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, IsADirectoryError):  # someone put a folder where the file goes
            from reflect.errors import DamagedError

            raise DamagedError(
                f"{path} is a folder where a file belongs, so nothing was saved. Move it away "
                "(it is not reflect's) and try again."
            ) from exc
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
    path = check_output_path(path)
    atomic_write(path.absolute(), data)


def check_output_path(path: Path) -> Path:
    """Refuse an ``-o`` path that is a symlink or a folder; call it before asking anything, so
    the person is not taken through a passphrase and a warning for nothing."""
    path = path.expanduser()
    if path.is_symlink():
        raise SymlinkRefusedError(
            f"{path} is a symbolic link, so nothing was written there. "
            "Give the name of a plain file (or remove the link first)."
        )
    if path.is_dir():
        raise ReflectError(f"{path} is a folder; give a file name to write to.")
    if not path.absolute().parent.is_dir():
        raise ReflectError(
            f"The folder {path.absolute().parent} does not exist, so nothing was written there. "
            "Create it first, or give a path in a folder that exists."
        )
    return path


MAX_FILE_BYTES = 256 * 1024 * 1024  # far above any journal file; a bound against /dev/zero


def read_regular(path: Path) -> bytes:
    """Read a vault file, refusing what is not a regular file of sane size.

    Whoever can write to the vault folder can put a symlink to /dev/zero, a FIFO (which would
    block every unlock) or a folder where a file belongs: those raise OSError instead."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        stat = os.fstat(fd)
        if not S_ISREG(stat.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if stat.st_size > MAX_FILE_BYTES:
            raise OSError(errno.EFBIG, "file too large", str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def remove_durably(path: Path) -> None:
    path.unlink()
    fsync_dir(path.parent)


def sweep_temp_files(*folders: Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove temp files left by a writer that died mid-write. Call with the lock held.

    Only regular files, and only those whose writer is gone (its pid is not running) or that
    are old: a folder named like a temp file is someone's, not ours, and a young temp file of
    a live process may be a draft being written right now."""
    import time

    removed = 0
    cutoff = time.time() - older_than
    for folder in folders:
        if not folder.is_dir():
            continue
        for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
            try:
                stat = leftover.lstat()
                if not S_ISREG(stat.st_mode):
                    continue
                if stat.st_mtime > cutoff and _writer_alive(leftover.name):
                    continue
                leftover.unlink()
                removed += 1
            except FileNotFoundError:
                continue
    return removed


def _writer_alive(temp_name: str) -> bool:
    """Whether the process that named this temp file (``.NAME.PID.RANDOM.tmp``) still runs."""
    parts = temp_name.split(".")
    try:
        pid = int(parts[-3])
    except (IndexError, ValueError):
        return True  # not ours to judge: leave it until it is old
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a process of another user has that pid: alive
        return True
    return True


@contextlib.contextmanager
def write_lock(home: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Serialise writers. flock-based, so a crashed process never leaves a stale lock."""
    from filelock import FileLock, Timeout

    lock = FileLock(home / LOCK_NAME, timeout=timeout, mode=FILE_MODE)
    try:
        lock.acquire()
    except Timeout:
        raise VaultBusyError(
            "The vault is busy: another reflect is saving, so this was not saved. "
            "Try again in a moment."
        ) from None
    try:
        yield
    finally:
        lock.release()
