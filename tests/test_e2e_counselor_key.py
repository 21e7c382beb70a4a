"""The counselor's key asked for at a real terminal: three wrong passphrases end with the key's
own advice (keygen --recover), not the journal's (vault recover)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from e2e import finish, spawn, words
from reflect.homework import counselor_key
from test_handin import SET_TEXT

ADVICE = (
    "Wrong passphrase for your key counselor-key.age: it stays locked. If you have forgotten "
    "it, `reflect keygen --recover` sets a new one with your recovery key."
)


@pytest.mark.parametrize("columns", [80, 60])
def test_three_wrong_passphrases_for_the_key(tmp_path: Path, columns: int) -> None:
    home = tmp_path / "counselor"
    path = counselor_key.default_key_path(home)
    counselor_key.write_recovery(path, counselor_key.create(path, "a long enough passphrase"))
    source = tmp_path / "week-three.toml"
    source.write_text(SET_TEXT)
    child = spawn("prompts", "pack", str(source), home=home, columns=columns)
    for tries_left in ("2 tries left", "1 try left", None):
        child.expect_exact("Passphrase for your key: ")  # each prompt in turn, as it comes
        child.sendline("not the passphrase")
        if tries_left:
            child.expect_exact(f"That passphrase did not work. {tries_left}.")
    assert finish(child) == 3
    child.wait_for_words(ADVICE)
    assert not re.search(words("vault recover"), child.text())
    assert not (tmp_path / "week-three-homework.toml").exists()
