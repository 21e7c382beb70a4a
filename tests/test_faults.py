"""Faults a journal must survive: concurrent writers, SIGKILL mid-save, a full disk, huge
answers; and afterwards, no plaintext anywhere it should not be."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reflect.errors import VaultBusyError
from reflect.journal.store import Journal, decode_entry
from reflect.vault import Keys, Vault, files

from conftest import Reflect, Run, assert_clean_failure
from helpers import make_entry

MARKER = "ZQX-MARKER-7731"

WRITER = textwrap.dedent(
    """
    import sys
    from helpers import make_entry
    from reflect.journal.store import Journal
    from reflect.vault import Vault

    journal = Journal(Vault.open(__import__("pathlib").Path(sys.argv[1])))
    count, size = int(sys.argv[2]), int(sys.argv[3])
    for i in range(count):
        journal.add(make_entry(sys.argv[4] + " " + "x" * size, days=i))
    print("done", flush=True)
    """
)


def start_writer(
    home: Path, count: int, size: int, text: str, tmpdir: Path | None = None
) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home), str(count), str(size), text],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def all_entries_whole(home: Path, keys: Keys) -> int:
    vault = Vault.open(home)
    for entry_id in vault.ids_in("entries"):
        decode_entry(keys.decrypt(vault.read_ciphertext("entries", entry_id)), entry_id)
    return len(vault.ids_in("entries"))


def test_two_processes_writing_at_once_lose_nothing(vault_home: Path, keys: Keys) -> None:
    writers = [start_writer(vault_home, 15, 2000, f"writer {n}") for n in range(2)]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    assert all_entries_whole(vault_home, keys) == 30


def test_a_writer_waits_then_says_busy(vault_home: Path, reflect: Reflect, tmp_path: Path) -> None:
    with (
        pytest.raises(VaultBusyError, match="busy"),
        files.write_lock(vault_home, timeout=5),
        files.write_lock(vault_home, timeout=0.2),
    ):
        pass
    source = tmp_path / "in.json"
    Path(source).write_text(
        '{"format": "reflect.entries/1", "entries": [{"created": "2026-01-01T00:00:00Z", "set": "s", "answers": []}]}'
    )
    with files.write_lock(vault_home):
        result = reflect("import", str(source))
    assert_clean_failure(result, 1)
    assert "busy" in result.stderr
    assert reflect("import", str(source)).returncode == 0  # and nothing was lost


def test_sigkill_while_saving_never_leaves_a_partial_entry(vault_home: Path, keys: Keys) -> None:
    rng = random.Random(7)
    entries = vault_home / "entries"
    for _round in range(8):
        before = len(list(entries.glob("*.age")))
        writer = start_writer(vault_home, 50, 400_000, "killed mid-write")
        deadline = time.monotonic() + 60
        # Past start-up and into the writes, whatever the machine's load: wait for a new entry.
        while len(list(entries.glob("*.age"))) <= before and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.random() * 0.3)  # then kill at a random point of a later write
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        all_entries_whole(vault_home, keys)  # every file on disk decrypts completely
    vault = Vault.open(vault_home)
    with vault.locked():  # the next writer sweeps what the killed ones left
        pass
    leftovers = [p for p in vault_home.rglob("*") if p.name.endswith(files.TEMP_SUFFIX)]
    assert leftovers == []
    assert all_entries_whole(vault_home, keys) > 0


def test_disk_full_leaves_the_old_entry_intact(
    vault_home: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(Vault.open(vault_home))
    entry = make_entry("version one")
    journal.add(entry)
    before = (vault_home / "entries" / f"{entry.id}.age").read_bytes()

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_write_all", full)
    with pytest.raises(files.DiskFullError, match="disk is full"):
        journal.add(entry.model_copy(update={"title": "version two"}))
    assert (vault_home / "entries" / f"{entry.id}.age").read_bytes() == before
    assert [p.name for p in (vault_home / "entries").iterdir()] == [f"{entry.id}.age"]


def test_disk_full_is_one_line_and_exit_1(
    vault_home: Path,
    passphrase_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reflect.cli import main

    source = tmp_path / "in.json"
    source.write_text(
        '{"format": "reflect.entries/1", "entries": [{"created": "2026-01-01T00:00:00Z", "set": "s", "answers": []}]}'
    )

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_write_all", full)
    monkeypatch.setattr(
        sys, "argv", ["reflect", "import", str(source), "--passphrase-file", str(passphrase_file)]
    )
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    assert list((vault_home / "entries").iterdir()) == []


def test_a_ten_megabyte_answer(vault_home: Path, keys: Keys, reflect: Reflect) -> None:
    huge = ("I keep writing because it matters. " * 300_000)[:10_000_000]
    journal = Journal(Vault.open(vault_home))
    entry = make_entry(huge)
    journal.add(entry)
    opened, _ = journal.unlock(keys)
    assert opened.get(entry.id).answers[1].value == huge
    result = reflect("search", "because it matters", "--json")
    assert result.returncode == 0 and entry.id in result.stdout


def test_no_plaintext_reaches_vault_or_temp_folder(
    vault_home: Path,
    keys: Keys,
    reflect: Callable[..., Run],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After writes, edits, a killed writer and a failed write, the marker is only ciphertext."""
    private_tmp = tmp_path / "process-tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    started = time.time()
    journal = Journal(Vault.open(vault_home))
    entry = make_entry(f"{MARKER} what happened", title=f"{MARKER} title")
    journal.add(entry)
    journal.save_draft(make_entry(f"{MARKER} unfinished", status="draft"))
    env = {"TMPDIR": str(private_tmp)}
    assert reflect("search", MARKER, env=env).returncode == 0
    assert reflect("edit", entry.id[:6], "--title", f"{MARKER} new title", env=env).returncode == 0
    assert reflect("vault", "check", env=env).returncode == 0
    writer = start_writer(vault_home, 20, 300_000, MARKER, tmpdir=private_tmp)
    time.sleep(1.0)
    writer.send_signal(signal.SIGKILL)
    writer.wait()

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_write_all", full)
    with pytest.raises(files.DiskFullError):
        journal.add(make_entry(MARKER))

    needle = MARKER.encode()
    places = [vault_home, private_tmp, Path("/dev/shm")]
    system_tmp = Path(os.environ.get("TMPDIR_SYSTEM", "/tmp"))
    leaks = []
    for place in places:
        for path in place.rglob("*") if place.exists() else []:
            if path.is_file() and needle in path.read_bytes():
                leaks.append(path)
    # Also anything in the system temp folder written during this test, outside pytest's own.
    for path in system_tmp.glob("*"):
        if path.is_file() and path.stat().st_mtime >= started and needle in path.read_bytes():
            leaks.append(path)
    assert leaks == []
