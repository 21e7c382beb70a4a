"""Protections that are easy to delete without noticing: each test here fails when the protection
it names is removed (checked by removing each once; see the closing note of issue 8)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reflect.errors import ReflectError, VaultLockedError
from reflect.journal.store import Journal
from reflect.vault import Keys, Vault, files
from reflect.vault.core import check_new_passphrase

from conftest import PASSPHRASE, Reflect, Template, assert_clean_failure, run_reflect
from helpers import make_entry


def test_an_in_place_replacement_with_size_and_mtime_restored_is_caught(
    vault_home: Path, keys: Keys
) -> None:
    """The ctime in the manifest's stat key: only root can set it back."""
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    entry = make_entry("the real answer")
    opened.save(entry)
    path = vault_home / "entries" / f"{entry.id}.age"
    before = path.stat()
    stored = opened.get(entry.id)  # the same entry, seal and all, one letter changed
    raw = stored.to_json_bytes().replace(b"the real answer", b"the fake answer")
    from reflect.vault import age

    recipient = Vault.open(vault_home).write_recipient
    # rage adds a random-length "grease" stanza to the header: try until the size matches.
    ciphertext = b""
    for _ in range(2000):
        ciphertext = age.encrypt_to([recipient], raw)
        if len(ciphertext) == before.st_size:
            break
    assert len(ciphertext) == before.st_size  # same length: size alone would not tell
    with path.open("r+b") as handle:  # same inode, same size
        handle.write(ciphertext)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old mtime
    assert (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ino) == (
        before.st_size, before.st_mtime_ns, before.st_ino
    )  # fmt: skip
    _, report = Journal(Vault.open(vault_home)).unlock(keys)
    assert [r["id"] for r in report.unverified] == [entry.id]


def test_an_atomic_write_fsyncs_the_file_renames_then_fsyncs_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Record the real calls (they still run): the order is what makes a write crash-safe."""
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, Path.replace

    def fsync(fd: int) -> None:
        calls.append("fsync-dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "fsync-file")
        real_fsync(fd)

    def replace(self: Path, target: Path) -> Path:
        calls.append("rename")
        return real_replace(self, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "replace", replace)
    files.atomic_write(tmp_path / "f", b"data")
    assert calls == ["fsync-file", "rename", "fsync-dir"]
    assert (tmp_path / "f").read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


@pytest.mark.parametrize(("passphrase", "ok"), [("1234567", False), ("12345678", True)])
def test_the_minimum_passphrase_length_is_exactly_eight(passphrase: str, ok: bool) -> None:
    if ok:
        assert check_new_passphrase(passphrase) == passphrase
    else:
        with pytest.raises(ReflectError, match="at least 8"):
            check_new_passphrase(passphrase)


def test_an_empty_passphrase_never_unlocks(vault_home: Path) -> None:
    with pytest.raises(VaultLockedError, match="No passphrase was given"):
        Vault.open(vault_home).unlock("")


def test_an_empty_passphrase_never_reaches_pyrage(vault_home: Path) -> None:
    from reflect.vault import age

    ciphertext = (vault_home / "identity.age").read_bytes()
    calls: list[Callable[[], bytes]] = [
        lambda: age.decrypt_with_passphrase(ciphertext, ""),
        lambda: age.encrypt_with_passphrase(b"x", ""),
    ]
    for call in calls:
        with pytest.raises(age.AgeError, match=r"^empty passphrase$"):
            call()


def test_parent_folders_of_a_new_vault_are_private_whatever_the_umask(tmp_path: Path) -> None:
    home = tmp_path / "a" / "b" / "vault"
    old = os.umask(0o022)
    try:
        Vault.create(home, PASSPHRASE, recovery=False, state_root=tmp_path / "state")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", home):
        assert (folder.stat().st_mode & 0o777) == 0o700, folder


def test_a_folder_named_like_a_temp_file_does_not_break_the_sweep(vault_home: Path) -> None:
    odd = vault_home / "entries" / ".someone.age.999999999.x.tmp"  # a pid no process has
    odd.mkdir()
    vault = Vault.open(vault_home)
    with vault.locked():
        pass
    assert odd.is_dir()  # not ours: left alone, and the sweep did not fail on it


def test_a_live_writers_temp_file_is_not_swept(vault_home: Path) -> None:
    live = vault_home / "drafts" / f".abc.age.{os.getppid()}.x.tmp"  # a running process's pid
    dead = vault_home / "drafts" / ".abc.age.999999999.y.tmp"
    live.write_bytes(b"ciphertext")
    dead.write_bytes(b"ciphertext")
    assert files.sweep_temp_files(vault_home / "drafts") == 1
    assert live.exists() and not dead.exists()


def test_a_draft_is_saved_while_another_process_holds_the_lock(vault_home: Path) -> None:
    journal = Journal(Vault.open(vault_home))
    draft = make_entry("answer typed while an import held the lock", status="draft")
    with files.write_lock(vault_home):
        journal.save_draft(draft)  # no wait, no "busy": each draft file is written on its own
    assert journal.has_drafts()


def test_a_garbled_recovery_key_is_told_about_the_key(vault_home: Path, template: Template) -> None:
    garbled = template.recovery_key[:-3] + "QQQ"
    with pytest.raises(VaultLockedError, match="mistyped") as caught:
        Vault.open(vault_home).unlock_with_recovery_key(garbled)
    assert "starts with" not in str(caught.value)


def test_passphrase_file_takes_the_first_line(vault_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "pass"
    path.write_text(PASSPHRASE + "\nsecond line a password manager added\n")
    assert run_reflect("list", "--passphrase-file", str(path)).returncode == 0


def test_export_never_writes_through_a_symlink(
    vault_home: Path,
    tmp_path: Path,
    reflect: Reflect,
) -> None:
    Journal(Vault.open(vault_home)).add(make_entry("private words"))
    target = tmp_path / "elsewhere.txt"
    target.write_text("untouched")
    link = tmp_path / "export.json"
    link.symlink_to(target)
    result = reflect("export", "--format", "json", "-o", str(link), "--yes")
    assert_clean_failure(result, 1)
    assert "symbolic link" in result.stderr
    assert target.read_text() == "untouched" and link.is_symlink()
