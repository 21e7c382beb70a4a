"""Unfinished sessions: the resume question gives context, `reflect drafts` resumes or
discards, `reflect start SET` offers that set's draft, and --plain asks all of it line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from e2e import finish, spawn, words
from reflect.journal.store import Journal
from reflect.models import Answer
from reflect.vault import Vault

from conftest import PASSPHRASE, run_reflect
from helpers import make_entry

pytestmark = pytest.mark.e2e
RICH = {"NO_COLOR": ""}


def plant_draft(home: Path, text: str = "Half of it.") -> str:
    draft = make_entry(text, status="draft", resume_at="drink-her").model_copy(
        update={"set_version": 2}
    )
    draft.answers.insert(
        0, Answer(step="named", prompt="Do you recognise...", kind="yesno", value="no")
    )
    Journal(Vault.open(home)).save_draft(draft)
    return draft.id


def test_plain_resume_question_and_picker_are_lines_to_read(vault_home: Path) -> None:
    plant_draft(vault_home)
    child = spawn("--plain", home=vault_home)
    child.expect(words("You have an unfinished reflection"))
    child.expect(words("stays saved, encrypted, as a draft"))
    child.expect(words("Type yes or no, then Enter (Enter alone means yes)."))
    child.sendline("yes")
    child.expect("Passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect(words("Which unfinished reflection?"))
    child.expect(
        words("1. #ImperfectMen: an honest look back · started 20 Nov 2026 · 2 of 10 answered")
    )
    child.expect(words("2. None of these: start a new reflection"))
    child.expect(words("Type the number of your choice"))
    child.sendline("1")
    child.expect(words("where you left off, started 20 November 2026: 2 of 10 questions answered"))
    child.expect(r"What do you think it was for her|How do you think it was for her")
    child.expect(words("Write your answer"))
    child.sendline("back")  # back to the question before, as the instructions said
    child.expect(words("Your answer so far:"))
    child.expect(words("Half of it."))
    child.expect(words("Press Enter alone to keep it"))
    child.sendline("")
    child.expect(words("How do you think it was for her"))
    child.sendintr()
    assert finish(child) == 130
    assert "\x1b[" not in (child.before or "")


def test_drafts_lists_and_discards(vault_home: Path, passphrase_file: Path) -> None:
    draft_id = plant_draft(vault_home)
    env = {"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    listed = run_reflect("drafts", env=env)
    assert listed.returncode == 0
    assert draft_id[:8] in listed.stdout and "2 of 10 answered" in listed.stdout

    child = spawn("--plain", "drafts", home=vault_home, env=env)
    child.expect(words("1 unfinished reflection:"))
    child.expect(words("What would you like to do?"))
    child.expect(words("2. Discard one"))
    child.sendline("2")
    child.expect(words("Its answers are deleted for good"))
    child.expect(words("Enter alone means no"))
    child.sendline("")
    child.expect(words("Kept. It stays saved, encrypted, as a draft."))
    assert finish(child) == 0
    assert len(list((vault_home / "drafts").iterdir())) == 1

    child = spawn("--plain", "drafts", home=vault_home, env=env)
    child.expect(words("What would you like to do?"))
    child.sendline("2")
    child.expect(words("Enter alone means no"))
    child.sendline("yes")
    child.expect("Discarded.")
    assert finish(child) == 0
    assert not list((vault_home / "drafts").iterdir())
    assert "No unfinished reflections" in run_reflect("drafts", env=env).stdout


def test_start_set_offers_that_sets_draft(vault_home: Path, passphrase_file: Path) -> None:
    plant_draft(vault_home)
    env = {**RICH, "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("start", "imperfect-men", home=vault_home, env=env, columns=60, rows=24)
    child.wait_for_words("You have an unfinished reflection")
    child.send("y\r")
    child.wait_for_words("None of these: start a new reflection")
    child.send("\r")
    child.wait_for_words("where you left off")
    child.wait_for(r"^›$")  # the writing area of the question it stopped at
    child.sendintr()
    assert finish(child) == 130


COUNSELOR_SET = """
[set]
id = "week-three"
title = "Week three: after the party"
version = 1
author = "Sam Rivera"
intro = "Take your time."

[[steps]]
id = "what"
kind = "text"
text = "What happened?"
"""


def test_the_first_run_welcome_names_a_counselors_set_not_the_builtin_topic(
    reflect_home: Path, tmp_path: Path
) -> None:
    set_file = tmp_path / "week-three.toml"
    set_file.write_text(COUNSELOR_SET)
    child = spawn("start", str(set_file), home=reflect_home)
    child.expect("Welcome to reflect")
    child.expect(words('a private place to answer "Week three: after the party"'))
    child.expect("New passphrase: ")
    assert "pushed, pressured" not in (child.before or "")
    child.terminate(force=True)
