"""The vault in a real pseudo-terminal: hidden passphrase prompts, Ctrl-C, and the stock age CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pexpect
import pytest

from e2e import finish, spawn
from reflect.journal.store import Journal
from reflect.vault import Vault

from conftest import PASSPHRASE
from helpers import make_entry

pytestmark = pytest.mark.e2e


def test_interactive_init_asks_twice_and_shows_the_recovery_key(reflect_home: Path) -> None:
    child = spawn("vault", "init", home=reflect_home)
    child.expect("New passphrase: ")
    child.sendline("short")
    child.expect("too short")
    child.expect("New passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect("Type it again: ")
    child.sendline(PASSPHRASE + " typo")
    child.expect("did not match")
    child.expect("New passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect("Type it again: ")
    child.sendline(PASSPHRASE)
    child.expect(r"AGE-SECRET-KEY-1\w+")
    child.expect("Press Enter")
    child.sendline("")
    assert finish(child) == 0
    assert PASSPHRASE not in (child.before or "")  # typing was hidden
    assert Vault.open(reflect_home).unlock(PASSPHRASE)


def test_weak_passphrase_asks_before_using_it(reflect_home: Path) -> None:
    child = spawn("vault", "init", "--no-recovery-key", home=reflect_home)
    for _ in range(2):
        child.expect(["New passphrase: ", "Type it again: "])
        child.sendline("password1")
    child.expect("weak")
    child.sendline("y")
    assert finish(child) == 0
    assert Vault.open(reflect_home).unlock("password1")


def test_three_wrong_passphrases_exit_3(vault_home: Path) -> None:
    child = spawn("list", home=vault_home)
    for _ in range(3):
        child.expect("Passphrase: ")
        child.sendline("nope nope nope")
    child.expect("Wrong passphrase")
    assert finish(child) == 3
    assert "Traceback" not in (child.before or "")


def test_ctrl_c_at_the_passphrase_prompt_exits_130_cleanly(vault_home: Path) -> None:
    child = spawn("list", home=vault_home)
    child.expect("Passphrase: ")
    child.sendintr()
    child.expect("(?i)interrupted")
    rest = child.read() if child.isalive() else ""
    assert finish(child) == 130
    assert "Traceback" not in (child.before or "") + rest


def test_second_try_unlocks(vault_home: Path) -> None:
    Journal(Vault.open(vault_home)).add(make_entry("at the party", title="Party"))
    child = spawn("list", home=vault_home)
    child.expect("Passphrase: ")
    child.sendline("wrong one")
    child.expect("2 tries left")
    child.expect("Passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect("Party")
    assert finish(child) == 0


@pytest.mark.skipif(shutil.which("age") is None, reason="the stock age CLI is not installed")
def test_stock_age_cli_decrypts_an_entry_with_the_passphrase(vault_home: Path) -> None:
    entry = make_entry("readable without reflect")
    Journal(Vault.open(vault_home)).add(entry)
    child = spawn(
        "-d",
        "-i",
        str(vault_home / "identity.age"),
        str(vault_home / "entries" / f"{entry.id}.age"),
        home=vault_home,
        command="age",
    )
    child.expect("(?i)passphrase")
    child.sendline(PASSPHRASE)
    child.expect(pexpect.EOF)
    output = child.before or ""
    child.close()
    assert child.exitstatus == 0, output
    document = json.loads(output[output.index("{") :])
    assert document["id"] == entry.id
    assert document["answers"][1]["value"] == "readable without reflect"
