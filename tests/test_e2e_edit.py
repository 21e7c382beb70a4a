"""Re-answering a saved entry in a pseudo-terminal, in memory only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e import DONE, finish, spawn
from reflect.journal.store import Journal
from reflect.vault import Vault

from conftest import run_reflect
from helpers import make_entry

pytestmark = pytest.mark.e2e
MARKER = "QQV-EDIT-MARKER-4412"


def test_edit_reanswers_a_text_answer_without_temp_files(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("I pushed.")
    Journal(Vault.open(vault_home)).add(entry)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {
        "NO_COLOR": "",
        "REFLECT_PASSPHRASE_FILE": str(passphrase_file),
        "TMPDIR": str(private_tmp),
    }
    child = spawn("edit", entry.id[:6], home=vault_home, env=env)
    child.wait_for_words("Which answers do you want to change")
    child.send("\x1b[B")  # down to "What happened?"
    child.send(" \r")
    child.wait_for(r"^› I pushed\.$")  # the writing area shows the answer
    child.send(f" {MARKER}")
    child.wait_for(MARKER)
    child.send(DONE)
    child.expect("Saved")
    assert finish(child) == 0
    shown = json.loads(
        run_reflect(
            "show", entry.id, "--json", env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
        ).stdout
    )
    assert shown["answers"][1]["value"] == f"I pushed. {MARKER}"
    assert shown["answers"][0]["value"] == "yes"
    assert shown["updated"]
    leaks = [
        p
        for place in (vault_home, private_tmp, Path("/dev/shm"))
        for p in place.rglob("*")
        if p.is_file() and MARKER.encode() in p.read_bytes()
    ]
    assert leaks == []


def test_plain_edit_rewrites_a_text_answer_line_by_line(
    vault_home: Path, passphrase_file: Path
) -> None:
    entry = make_entry("I pushed.")
    Journal(Vault.open(vault_home)).add(entry)
    env = {"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("--plain", "edit", entry.id[:6], home=vault_home, env=env)
    child.expect(r"2\. What happened\?")
    child.expect("Type the numbers you want")
    child.sendline("2")
    child.expect("Your answer now:")
    child.expect("  I pushed.")
    child.expect("Press Enter alone to keep it")
    child.sendline("I pushed, and she left.")
    child.sendline("I stop now.")
    child.sendline(".")
    child.expect("Saved")
    assert finish(child) == 0
    shown = json.loads(
        run_reflect(
            "show", entry.id, "--json", env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
        ).stdout
    )
    assert shown["answers"][1]["value"] == "I pushed, and she left.\nI stop now."
