"""The story review screen in a pseudo-terminal: accept, edit one, add a missed name, confirm."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from e2e import finish, spawn
from reflect.store import Journal
from reflect.story import StoryDraft
from reflect.vault import Vault

from conftest import run_reflect
from helpers import make_entry

pytestmark = pytest.mark.e2e

DOWN = "\x1b[B"


def pick(child, key: str) -> None:  # type: ignore[no-untyped-def]
    child.send(key)
    time.sleep(0.05)
    child.send("\r")


def test_review_accept_edit_add_and_write(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    text = (
        "My coworker Jen Morales said no at the bluebird office party in Portland. "
        "Jen left bluebird soon after."
    )
    entry = make_entry(text)
    Journal(Vault.open(vault_home)).add(entry)
    out = tmp_path / "story.md"
    env = {"NO_COLOR": "", "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("story", entry.id[:8], "-o", str(out), home=vault_home, env=env)

    # The screen numbers decisions in the engine's order; find Portland's number the same way.
    groups = StoryDraft(text + "\n\n#ImperfectMen").groups()
    place_number = next(n for n, g in enumerate(groups, start=1) if "Portland" in g.originals)
    child.expect("Which answers go into the story")
    child.send("\r")
    child.expect("Portland")
    child.expect("What next")
    pick(child, "e")  # change a replacement
    child.expect("Which one")
    child.send(DOWN * (place_number - 1))
    child.send("\r")
    child.expect("with:")
    child.send("\x15")  # Ctrl-U clears the suggested replacement
    child.send("a town on the coast\r")
    child.expect("What next")
    pick(child, "a")  # add something that was missed
    child.expect("What was missed")
    child.send("bluebird\r")
    child.expect("Covered 2 more")
    child.expect("Always hide this")
    pick(child, "y")
    child.expect("What next")
    pick(child, "c")
    child.expect("Still worth a second look")
    child.expect(r"Hide any of these|No capitalised words")
    if "Hide any" in child.after:
        child.send("\r")
    child.expect("Final preview")
    child.expect("No tool can")
    child.expect("Write this story to")
    assert not out.exists()  # nothing before the explicit yes
    pick(child, "y")
    child.expect("Keep this draft in your journal")
    pick(child, "n")
    assert finish(child) == 0

    story = out.read_text()
    for leaked in ("Jen", "Morales", "Portland", "bluebird"):
        assert leaked not in story
    assert "a town on the coast" in story and "#ImperfectMen" in story
    remembered = run_reflect(
        "redactions", "list", "--json", env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    )
    assert json.loads(remembered.stdout) == ["bluebird"]


def test_saying_no_at_the_end_writes_nothing(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("My coworker Jen Morales said no.")
    Journal(Vault.open(vault_home)).add(entry)
    out = tmp_path / "story.md"
    env = {"NO_COLOR": "", "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("story", entry.id[:8], "-o", str(out), home=vault_home, env=env)
    child.expect("Which answers go into the story")
    child.send("\r")
    child.expect("What next")
    pick(child, "c")
    child.expect(r"Hide any of these|No capitalised words")
    if "Hide any" in child.after:
        child.send("\r")
    child.expect("Write this story to")
    pick(child, "n")
    child.expect("Nothing was written")
    assert finish(child) == 0
    assert not out.exists()
