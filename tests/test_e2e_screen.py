"""What a person sees, checked on the rendered screen (pyte) at 80x24 and 60x24.

The writing area and the transcript wrap at words; the edit box shows the answer; the last
screen of a session says it was saved and what to do next; Ctrl-C keeps the half-typed
answer and puts it back in the box; every prompt wraps at words.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from e2e import DONE, Terminal, drive, finish, spawn, split_words
from reflect.journal.store import Journal
from reflect.promptsets import find_builtin
from reflect.vault import Vault

from conftest import PASSPHRASE, run_reflect
from helpers import make_entry

pytestmark = pytest.mark.e2e

SET = find_builtin("imperfect-men")
assert SET is not None
TEXTS = {s.id: s.text for s in SET.steps}
KINDS = {s.id: s.kind for s in SET.steps}
RICH = {"NO_COLOR": ""}
WIDTHS = [80, 60]

# Long words near every edge: whatever the width, some word must cross it.
STORY = (
    "It was at a party in December 2016 after the conference dinner. She said no twice, "
    "quietly, and I kept pushing, talking over her, laughing it off, until she picked up "
    "her coat and left the room without saying goodbye to anybody there."
)
WORDS = STORY.split()
# What the screen must show, word for word (a word cut at the edge would not be among them).
TITLE_PROMPT = (
    "A title for this reflection, if you like. Only you will see it; Enter alone leaves it "
    "untitled. › Title: (y/N)"
)
WEAK = (
    "That passphrase is weak (it is short and uses few kinds of characters). Use it anyway? "
    "› (y/N) Yes"
)
RECOVERY_NOTICE = (
    "Write it on paper or keep it in a password manager, away from this computer. It is "
    "shown only this once. Anyone who has it can read your journal, so keep it as private as "
    "the journal itself. Without it and without your passphrase, nobody can recover your "
    "entries, including us."
)
STOPPED = (
    "reflect: Stopped. Your answers so far are saved, encrypted, as a draft. The answer you "
    "were writing is in it too, waiting for you when you come back. To pick up where "
    "you left off, run `reflect` (or `reflect drafts`)."
)


def rows_from(lines: list[str], start: str) -> list[str]:
    """The rows of one block: from the row starting with ``start`` to the next blank row."""
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    block = []
    for line in lines[first:]:
        if not line.strip():
            break
        block.append(line)
    return block


def open_drink_what(child: Terminal) -> None:
    """Drive to the first text question after saying yes to the first of the six."""
    ids = ("before", "named", "drink")
    for step_id, key in zip(ids, ("c", "n", "y"), strict=True):
        child.wait_for(re.escape(TEXTS[step_id].splitlines()[0][:20]))
        child.expect(r"b\) Go back")
        child.send(key + "\r")
    child.wait_for("What happened")
    child.wait_for(r"^›$")  # the empty writing area is drawn: it is reading keys now


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_writing_area_and_the_transcript_wrap_at_words(vault_home: Path, columns: int) -> None:
    child = spawn(home=vault_home, env=RICH, columns=columns, rows=24)
    open_drink_what(child)
    child.send(STORY)
    child.wait_for(r"anybody\s+there\.")
    box = rows_from(child.lines(), "› It was")
    assert len(box) >= 3, box  # it did wrap
    assert split_words(box, WORDS) == [], box
    assert all(len(row) <= columns for row in box)
    child.send(DONE)
    child.wait_for(r"follow-up 2 of 4")
    transcript = rows_from(child.all_lines(), "› It was")
    assert split_words(transcript, WORDS) == [], transcript
    child.wait_for(r"^›$")
    child.sendintr()
    assert finish(child) == 130


@pytest.mark.parametrize("columns", WIDTHS)
def test_ctrl_c_keeps_the_half_typed_answer_and_puts_it_back(
    vault_home: Path, passphrase_file: Path, columns: int
) -> None:
    child = spawn(home=vault_home, env=RICH, columns=columns, rows=24)
    open_drink_what(child)
    child.send("She said no and I kept")
    child.wait_for("I kept")
    child.send("\x03")
    child.wait_for_words("The answer you were writing is in it too")
    screen = child.text()
    assert "nothing was lost" not in screen
    said = rows_from(child.lines(), "reflect: Stopped")
    assert split_words(said, STOPPED.split()) == [], said
    assert finish(child) == 130

    child = spawn(home=vault_home, env=RICH, columns=columns, rows=24)
    child.wait_for_words("unfinished reflection")
    child.send("y\r")
    child.expect("Passphrase: ")
    child.sendline(PASSPHRASE)
    child.wait_for_words("None of these: start a new reflection")
    child.wait_for(r"started\s+\d+\s+\w+\s+\d{4}\s+·\s+\d\s+of\s+10\s+answered")
    child.send("\r")
    child.wait_for_words(r"where you left off")
    child.wait_for_words("› She said no and I kept")  # back in the box
    child.send(" pushing.")
    child.wait_for_words("I kept pushing.")
    child.send(DONE)
    child.wait_for(r"follow-up 2 of 4")
    child.wait_for(r"^›$")
    child.sendintr()
    assert finish(child) == 130
    assert not list((vault_home / "entries").iterdir())
    [draft_file] = (vault_home / "drafts").iterdir()
    keys = Vault.open(vault_home).unlock(PASSPHRASE)
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    [draft] = opened.drafts()
    assert draft.id == draft_file.stem
    assert {a.step: a.value for a in draft.answers}[
        "drink-what"
    ] == "She said no and I kept pushing."


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_last_screen_of_a_session_says_it_was_saved(vault_home: Path, columns: int) -> None:
    child = spawn(home=vault_home, env=RICH, columns=columns, rows=24)
    drive(child, TEXTS, {"tell-son": ["text:Listen the first time."]}, KINDS)
    child.send("s\r")
    child.wait_for_words("A title for this reflection")
    title_rows = rows_from(child.lines(), "A title for this reflection")
    assert split_words(title_rows, TITLE_PROMPT.split()) == [], title_rows
    assert all(len(r) <= columns for r in title_rows)
    child.sendline("First look")
    child.wait_for(r"Support is one command away:\s+\S*reflect resources")
    assert finish(child) == 0
    lines = [line for line in child.lines() if line.strip()]
    tail = "\n".join(lines[-8:])
    assert re.search(r"Saved, encrypted, as entry [0-9a-f]{8} \(“First look”\)\.", tail), tail
    assert "What you can do next" in tail and "read it again" in tail
    assert lines[-1].startswith("Support is one command away")
    everything = "\n".join(child.all_lines())
    assert "Stop It Now" not in everything and "child sexual abuse" not in everything


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_edit_box_shows_the_answer(
    vault_home: Path, passphrase_file: Path, columns: int
) -> None:
    entry = make_entry(STORY)
    entry.answers[
        1
    ].prompt = "What happened? Tell it plainly, as you remember it, in your own words."
    Journal(Vault.open(vault_home)).add(entry)
    env = {**RICH, "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("edit", entry.id[:6], home=vault_home, env=env, columns=columns, rows=24)
    child.wait_for_words("Which answers do you want to change")
    child.send("\x1b[B")  # down to "What happened?"
    child.send(" \r")
    child.wait_for(r"^› It was at a party")  # the answer is drawn, in the box
    box = rows_from(child.lines(), "› It was")
    assert split_words(box, WORDS) == [], box
    assert "What happened? Tell it plainly" in child.text()
    child.send(" EDITED-MARK")
    child.wait_for("EDITED-MARK")
    child.send(DONE)
    child.wait_for(r"Saved")
    assert finish(child) == 0
    shown = json.loads(
        run_reflect(
            "show", entry.id, "--json", env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
        ).stdout
    )
    assert shown["answers"][1]["value"] == f"{STORY} EDITED-MARK"


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_weak_passphrase_question_and_the_recovery_key_wrap_at_words(
    reflect_home: Path, columns: int
) -> None:
    child = spawn("vault", "init", home=reflect_home, env=RICH, columns=columns, rows=24)
    child.expect("New passphrase: ")
    child.sendline("abcdefghij")
    child.expect("Type it again: ")
    child.sendline("abcdefghij")
    child.wait_for(r"Use it\s+anyway\?")
    question = rows_from(child.lines(), "That passphrase is weak")
    assert split_words(question, WEAK.split()) == [], question
    assert "anyway?" in " ".join(question)
    child.send("y\r")
    child.wait_for_words("Press Enter when it is somewhere safe")
    notice = rows_from(child.lines(), "Write it on paper")
    assert len(notice) >= 3
    assert all(len(row) <= columns for row in notice)
    assert split_words(notice, RECOVERY_NOTICE.split()) == [], notice
    # each row ends in a whole word: the next row's first word was too long to fit
    for row, after in itertools.pairwise(notice):
        assert len(row) + 1 + len(after.split()[0]) > columns - 1
    child.sendline("")
    # Once it is somewhere safe, the key leaves the screen (and the scrollback).
    child.wait_for_words("The recovery key is off the screen now")
    assert "Write it on paper" not in "\n".join(child.lines())
    assert finish(child) == 0
