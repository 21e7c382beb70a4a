"""What the person sees at the start of a session when the vault folder was tampered with."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect
import pytest

from e2e import finish, spawn
from reflect.vault import age

from conftest import PASSPHRASE

pytestmark = pytest.mark.e2e


def first_question_start() -> str:
    from reflect.promptsets import find_builtin

    prompt_set = find_builtin("imperfect-men")
    assert prompt_set is not None
    first = next(s for s in prompt_set.steps if s.kind != "info")
    return first.text.split()[0]  # the first word: robust to wrapping


def test_a_changed_recipient_is_named_before_the_first_question(vault_home: Path) -> None:
    meta = json.loads((vault_home / "vault.json").read_text())
    attacker = age.Identity.generate().recipient
    (vault_home / "vault.json").write_text(json.dumps({**meta, "recipient": attacker}))
    child = spawn("--plain", "start", home=vault_home)
    child.expect("vault.json names a key that is not your vault's")
    child.expect("Your answers still go to your own key")
    child.expect(first_question_start())
    child.sendintr()
    assert finish(child) == 130


def test_a_device_that_never_opened_the_vault_unlocks_before_the_questions(
    vault_home: Path, tmp_path: Path
) -> None:
    child = spawn(
        "--plain", "start", home=vault_home, env={"REFLECT_STATE_DIR": str(tmp_path / "new")}
    )
    child.expect("has not opened this vault before")
    child.expect("Passphrase: ")
    child.sendline(PASSPHRASE)
    index = child.expect(["is now one of your devices", pexpect.TIMEOUT], timeout=30)
    assert index == 0
    child.expect(first_question_start())
    child.sendintr()
    assert finish(child) == 130
