"""The vault: creation, keys, passphrases, recovery and the on-disk layout."""

from __future__ import annotations

import json
import stat
import unicodedata
from pathlib import Path

import pytest

from reflect.errors import DamagedError, NoVaultError, ReflectError, VaultLockedError
from reflect.vault import Vault, age
from reflect.vault.core import IDENTITY_NAME, RECOVERY_NAME

from conftest import PASSPHRASE, Template


def test_create_lays_out_a_private_vault(template: Template) -> None:
    home = template.home
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for name in ("entries", "drafts"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o700
    for name in ("vault.json", IDENTITY_NAME, RECOVERY_NAME):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600
    meta = json.loads((home / "vault.json").read_text())
    assert meta["format"] == 2
    assert meta["recipient"].startswith("age1")
    assert "AGE-SECRET-KEY" not in (home / "vault.json").read_text()


def test_identity_file_is_passphrase_encrypted_age_that_go_age_accepts(template: Template) -> None:
    ciphertext = (template.home / IDENTITY_NAME).read_bytes()
    assert ciphertext.startswith(b"age-encryption.org/v1\n-> scrypt ")
    factor = age.scrypt_work_factor(ciphertext)
    assert factor is not None and factor <= age.MAX_SCRYPT_WORK_FACTOR
    plaintext = age.decrypt_with_passphrase(ciphertext, PASSPHRASE).decode()
    assert plaintext.startswith("# created: ")  # age-keygen's layout
    assert age.Identity.parse(plaintext).recipient == template.keys.identity.recipient


def test_unlock_with_wrong_passphrase_is_locked_error(vault_home: Path) -> None:
    with pytest.raises(VaultLockedError, match="Wrong passphrase"):
        Vault.open(vault_home).unlock("not the passphrase")


def test_empty_passphrase_is_refused_not_passed_to_pyrage(vault_home: Path) -> None:
    with pytest.raises(VaultLockedError):
        Vault.open(vault_home).unlock("")


def test_passphrases_are_compared_after_nfc_normalisation(tmp_path: Path) -> None:
    composed = "café au lait, s'il vous plaît"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(tmp_path / "v", decomposed, recovery=False)
    assert vault.unlock(composed).identity.recipient == vault.meta.recipient


def test_short_passphrase_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(ReflectError, match="at least 8"):
        Vault.create(tmp_path / "v", "short", recovery=False)
    assert not (tmp_path / "v").exists()


def test_open_without_vault_names_vault_init(tmp_path: Path) -> None:
    with pytest.raises(NoVaultError, match="reflect vault init"):
        Vault.open(tmp_path / "nothing")


def test_vault_json_from_newer_format_is_refused(vault_home: Path) -> None:
    meta_path = vault_home / "vault.json"
    meta = json.loads(meta_path.read_text())
    meta["format"] = 3
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ReflectError, match="newer reflect"):
        Vault.open(vault_home)


def test_missing_identity_is_damage_and_points_to_recovery(vault_home: Path) -> None:
    (vault_home / IDENTITY_NAME).unlink()
    with pytest.raises(DamagedError, match="vault recover"):
        Vault.open(vault_home).unlock(PASSPHRASE)


def test_identity_of_another_vault_is_refused(vault_home: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, recovery=False)
    (vault_home / IDENTITY_NAME).write_bytes((other.home / IDENTITY_NAME).read_bytes())
    with pytest.raises(DamagedError, match="not the one this device knows"):
        Vault.open(vault_home).unlock(PASSPHRASE)


def test_passphrase_change_reencrypts_identity_only(vault_home: Path, keys: object) -> None:
    vault = Vault.open(vault_home)
    entries_before = sorted(p.read_bytes() for p in (vault_home / "entries").glob("*"))
    recovery_before = (vault_home / RECOVERY_NAME).read_bytes()
    vault.set_passphrase(vault.unlock(PASSPHRASE), "a new and different passphrase")
    with pytest.raises(VaultLockedError):
        vault.unlock(PASSPHRASE)
    assert vault.unlock("a new and different passphrase").identity.recipient == vault.meta.recipient
    assert (vault_home / RECOVERY_NAME).read_bytes() == recovery_before
    assert sorted(p.read_bytes() for p in (vault_home / "entries").glob("*")) == entries_before


def test_recovery_key_opens_the_vault(vault_home: Path, template: Template) -> None:
    vault = Vault.open(vault_home)
    keys = vault.unlock_with_recovery_key("# comment line\n" + template.recovery_key + "\n")
    assert keys.identity.recipient == vault.meta.recipient


def test_wrong_recovery_key_is_locked_error(vault_home: Path) -> None:
    vault = Vault.open(vault_home)
    with pytest.raises(VaultLockedError, match="does not open"):
        vault.unlock_with_recovery_key(age.Identity.generate().secret)
    with pytest.raises(VaultLockedError, match="not a recovery key"):
        vault.unlock_with_recovery_key("hunter2")


def test_writing_needs_only_the_public_key(vault_home: Path) -> None:
    # Make the identity unreadable to prove write() never touches it.
    (vault_home / IDENTITY_NAME).chmod(0)
    try:
        vault = Vault.open(vault_home)
        ciphertext = vault.write("entries", "0123456789abcdef", b'{"hello": 1}')
        assert (vault_home / "entries" / "0123456789abcdef.age").read_bytes() == ciphertext
    finally:
        (vault_home / IDENTITY_NAME).chmod(0o600)
    assert stat.S_IMODE((vault_home / "entries" / "0123456789abcdef.age").stat().st_mode) == 0o600


def test_identity_repr_never_shows_the_secret() -> None:
    identity = age.Identity.generate()
    assert identity.secret not in repr(identity)
