"""The guided reflection as a person does it: in a pseudo-terminal, from a fresh install."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from e2e import drive, finish, spawn
from reflect.promptsets import find_builtin

from conftest import PASSPHRASE, run_reflect

pytestmark = pytest.mark.e2e

SET = find_builtin("imperfect-men")
assert SET is not None
TEXTS = {s.id: s.text for s in SET.steps}
KINDS = {s.id: s.kind for s in SET.steps}
NO_COLOUR_PLEASE = {"NO_COLOR": ""}  # the rich UI, as most people see it


def create_vault_interactively(child) -> None:  # type: ignore[no-untyped-def]
    child.expect("Welcome to reflect")
    child.expect("New passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect("Type it again: ")
    child.sendline(PASSPHRASE)
    child.expect("Press Enter")
    child.sendline("")


def save_with_title(child, title: str) -> None:  # type: ignore[no-untyped-def]
    child.send("s")
    child.send("\r")
    child.expect("A title for this reflection")
    child.sendline(title)
    child.expect("Saved, encrypted, as entry")


def stored_answers(passphrase_file: Path) -> tuple[list[dict[str, object]], dict[str, object]]:
    env = {"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    listed = run_reflect("list", "--json", env=env)
    rows = json.loads(listed.stdout)
    shown = json.loads(run_reflect("show", rows[0]["id"], "--json", env=env).stdout)
    return rows, shown


def answer_map(entry: dict[str, Any]) -> dict[str, object]:
    return {
        a["step"]: ("(skipped)" if a.get("skipped") else a.get("value")) for a in entry["answers"]
    }


def test_first_run_yes_no_skip_and_multiline(
    reflect_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    child = spawn(home=reflect_home, env={**NO_COLOUR_PLEASE, "TMPDIR": str(private_tmp)})
    create_vault_interactively(child)
    plan = {
        "named": ["skip"],
        "drink": ["yes"],
        "drink-what": ["text:It was at a party in March.\nShe said no and I kept pushing."],
        "drink-her": ["text:She left early and stopped talking to me."],
        "drink-now": ["text:I stop at the first no."],
        "advantage": ["no"],
        "belittle": ["skip"],
        "tell-son": ["text:Listen the first time."],
        "statement": ["1"],
    }
    drive(child, TEXTS, plan, KINDS)
    save_with_title(child, "March")
    child.wait_for(r"Support is one command away: \S*reflect resources")
    assert finish(child) == 0

    rows, entry = stored_answers(passphrase_file)
    assert len(rows) == 1 and rows[0]["status"] == "complete" and rows[0]["title"] == "March"
    answers = answer_map(entry)
    assert answers == {
        "named": "(skipped)",
        "drink": "yes",
        "drink-what": "It was at a party in March.\nShe said no and I kept pushing.",
        "drink-her": "She left early and stopped talking to me.",
        "drink-learned": "(skipped)",
        "drink-now": "I stop at the first no.",
        "advantage": "no",
        "belittle": "(skipped)",
        "pretend": "no",
        "object": "no",
        "values": "no",
        "tell-son": "Listen the first time.",
        "statement": SET.step("statement").choices[0],  # type: ignore[union-attr]
        "anything-else": "(skipped)",
    }
    assert not list((reflect_home / "drafts").iterdir())
    # Drafts were written after every answer: none of it may exist as plaintext anywhere.
    needle = b"She said no and I kept pushing"
    for place in (reflect_home, private_tmp, Path("/dev/shm")):
        for path in place.rglob("*"):
            assert not (path.is_file() and needle in path.read_bytes()), path


def test_ctrl_c_half_way_then_resume_and_finish(vault_home: Path, passphrase_file: Path) -> None:
    child = spawn(home=vault_home, env=NO_COLOUR_PLEASE)
    plan = {
        "drink": ["yes"],
        "drink-what": ["text:Before the break."],
        "drink-her": ["ctrl-c"],
    }
    drive(child, TEXTS, plan, KINDS)
    child.expect("saved, encrypted, as a draft")
    assert finish(child) == 130
    assert len(list((vault_home / "drafts").iterdir())) == 1
    assert not list((vault_home / "entries").iterdir())

    child = spawn(home=vault_home, env=NO_COLOUR_PLEASE)
    child.expect("unfinished reflection")
    child.sendline("y")
    child.expect("Passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect("Which unfinished reflection")
    child.wait_for("None of these: start a new reflection")
    child.send("\r")  # the draft is first
    child.expect("where you left off")
    shown = drive(child, TEXTS, {"drink-her": ["text:After the break."]}, KINDS)
    assert shown[0] == "drink-her"
    save_with_title(child, "")
    assert finish(child) == 0

    _, entry = stored_answers(passphrase_file)
    answers = answer_map(entry)
    assert answers["drink-what"] == "Before the break."
    assert answers["drink-her"] == "After the break."
    assert not list((vault_home / "drafts").iterdir())


def test_back_to_change_an_answer_drops_its_follow_ups(
    vault_home: Path, passphrase_file: Path
) -> None:
    child = spawn(home=vault_home, env=NO_COLOUR_PLEASE)
    plan = {
        "drink": ["yes", "no"],
        "drink-what": ["ctrl-b"],
        "advantage": ["yes"],
        "advantage-what": ["text:first try", "text:"],  # the second time, keep what is there
        "advantage-her": ["ctrl-b"],
    }
    shown = drive(child, TEXTS, plan, KINDS)
    assert shown.count("drink") == 2 and shown.count("advantage-what") == 2
    save_with_title(child, "")
    assert finish(child) == 0
    _, entry = stored_answers(passphrase_file)
    answers = answer_map(entry)
    assert answers["drink"] == "no"
    assert "drink-what" not in answers
    assert answers["advantage-what"] == "first try"  # going back kept what was written


def test_plain_mode_reads_in_order(vault_home: Path, passphrase_file: Path) -> None:
    child = spawn("--plain", "start", home=vault_home)
    child.expect("How to answer")
    child.expect("Press Enter to continue")
    child.sendline("")
    child.expect("Do you recognise any of them")
    child.expect("Once counts")
    child.expect("Type yes or no.")
    child.sendline("help")
    child.expect("How to answer")
    child.expect("Once counts")  # the help is shown under the question, every time
    child.expect("Type yes or no.")
    child.sendline("no")
    for _ in range(6):  # the article's six questions
        child.expect("Type yes or no.")
        child.sendline("no")
    child.expect("End with a line holding only a full stop")
    child.sendline("Be kind.")
    child.sendline("Ask, and listen.")
    child.sendline(".")
    child.expect("Type the number of your choice.")
    child.sendline("1")
    child.expect("Press Enter to continue")
    child.sendline("")
    child.expect("End with a line holding only a full stop")
    child.sendline("skip")
    child.expect("Type save")
    child.sendline("save")
    child.expect("A title")
    child.sendline("plain")
    child.expect("Saved, encrypted")
    assert finish(child) == 0
    assert "\x1b[" not in (child.before or "")
    _, entry = stored_answers(passphrase_file)
    assert answer_map(entry)["tell-son"] == "Be kind.\nAsk, and listen."


def test_not_a_terminal_is_a_clear_error(vault_home: Path) -> None:
    result = run_reflect(input="")
    assert result.returncode == 1
    assert "needs a terminal" in result.stderr or "need a terminal" in result.stderr
    assert "reflect list --json" in result.stderr and "Traceback" not in result.stderr
