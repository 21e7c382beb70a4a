"""The whole homework round trip, with two people on two separate reflect homes.

Counselor: keygen -> writes and validates a set -> packs it. Client: adds it -> answers it in a
pseudo-terminal -> hands it in, leaving one answer out. Counselor: opens it and sees exactly the
shared answers. The hand-in must not open with the client's own vault key and must not contain
any answer's plaintext; the stock `age` CLI opens it with the counselor's key.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pexpect
import pytest

from e2e import finish, spawn
from reflect.vault import Keys, age

from conftest import PASSPHRASE, REFLECT, Run

pytestmark = pytest.mark.e2e

RICH_UI = {"NO_COLOR": ""}  # questionary prompts and rich text, as most people see them

SET_TEXT = """\
# Homework for week three. Written by hand, as a counselor would.
[set]
id = "week-three"
title = "Week three: after the party"
version = 1
author = "Sam Rivera"
intro = "Take your time. Any question can be skipped."
closing = "Thank you. Bring what you want to talk about."

[[steps]]
id = "pushed"
kind = "yesno"
text = "Did you push further than she wanted?"

[[steps]]
id = "pushed-what"
kind = "text"
text = "What happened?"
when = { step = "pushed", is = "yes" }

[[steps]]
id = "feeling"
kind = "choice"
text = "Which comes closest to how you feel about it now?"
choices = ["Settled", "Uneasy", "Not sure yet"]

[[steps]]
id = "learned"
kind = "text"
text = "What did you learn?"
"""
NOTE = "Bring whatever you are ready to talk about."
WHAT_HAPPENED = "Kept refilling Dana's glass at the Elm Street party"
LEARNED = "A quiet no is still a no"


def reflect(*args: str, home: Path, env: dict[str, str] | None = None) -> Run:
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REFLECT_PASSPHRASE")},
        "REFLECT_HOME": str(home),
        **(env or {}),
    }
    done = subprocess.run(
        [REFLECT, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def pty(*args: str, home: Path, env: dict[str, str] | None = None) -> pexpect.spawn:
    return spawn(*args, home=home, env=env)


def pick(child: pexpect.spawn, key: str) -> None:
    """Answer a questionary select by its shortcut key."""
    child.expect(r"b\) Go back")  # help is shown under the question now, not a menu item
    child.send(key)
    time.sleep(0.05)
    child.send("\r")


def write(child: pexpect.spawn, text: str) -> None:
    """A multi-line text answer: type it, then Esc and Enter to finish."""
    child.expect("›")
    child.send(text)
    time.sleep(0.1)
    child.send("\x1b")
    time.sleep(0.15)
    child.send("\r")


def test_homework_round_trip(
    tmp_path: Path, vault_home: Path, keys: Keys, passphrase_file: Path
) -> None:
    counselor_home = tmp_path / "counselor"
    client_home = vault_home
    desk = tmp_path / "desk"  # the counselor's working folder
    outbox = tmp_path / "outbox"  # where the client saves the hand-in before sending it
    desk.mkdir()
    outbox.mkdir()

    # -- counselor: a key pair, protected by a passphrase typed at the terminal ---------------
    child = pty("keygen", home=counselor_home)
    child.expect("New passphrase: ")
    child.sendline(PASSPHRASE)
    child.expect("Type it again: ")
    child.sendline(PASSPHRASE)
    child.expect(r"RECOVERY KEY")
    child.expect(r"(AGE-SECRET-KEY-1[0-9A-Z]{58})")
    recovery_key = child.match.group(1)
    child.expect("Save a backup copy of your key now")
    child.sendline(str(tmp_path / "usb stick"))  # a folder name with a space, as typed
    child.expect(r"(age1[0-9a-z]{58})")
    recipient = child.match.group(1)
    assert finish(child) == 0
    key_file = counselor_home / "counselor-key.age"
    assert (tmp_path / "usb stick" / "counselor-key.age").read_bytes() == key_file.read_bytes()
    assert (counselor_home / "counselor-key.recovery.age").exists()
    assert recovery_key not in key_file.read_text(errors="replace")
    assert key_file.stat().st_mode & 0o777 == 0o600

    # -- counselor: write the set, validate it, pack it ----------------------------------------
    source = desk / "week-three.toml"
    source.write_text(SET_TEXT)
    checked = reflect("prompts", "validate", str(source), home=counselor_home)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    packed = reflect(
        "prompts", "pack", str(source), "--to", recipient, "--counselor", "Sam Rivera",
        "--contact", "sam@example.org", "--due", "2030-12-01", "--note", NOTE,
        home=counselor_home,
    )  # fmt: skip
    assert packed.returncode == 0, packed.stderr
    homework = desk / "week-three-homework.toml"
    assert reflect("prompts", "validate", str(homework), home=counselor_home).returncode == 0

    # -- client: add the set (it travelled by email, say) ---------------------------------------
    received = tmp_path / "Downloads" / "week-three-homework.toml"
    received.parent.mkdir()
    shutil.copy(homework, received)
    added = reflect("prompts", "add", str(received), home=client_home)
    assert added.returncode == 0, added.stderr
    assert "homework from Sam Rivera" in added.stderr

    # -- client: answer it in a pseudo-terminal --------------------------------------------------
    child = pty("start", "week-three", home=client_home, env=RICH_UI)
    child.expect("Sam Rivera gave you these questions")
    child.expect(NOTE[:30])  # the counselor's note comes first
    child.expect("Did you push further")
    pick(child, "y")
    child.expect("What happened")
    write(child, WHAT_HAPPENED)
    child.expect("Which comes closest")
    pick(child, "2")
    child.expect("What did you learn")
    write(child, LEARNED)
    child.expect("Save this reflection")
    child.send("s")
    child.send("\r")
    child.expect("A title for this reflection")
    child.sendline("")
    child.expect(r"Saved, encrypted, as entry ([0-9a-f]{8})")
    entry_id = child.match.group(1)
    assert finish(child) == 0

    # -- client: hand it in, leaving "What happened?" out --------------------------------------
    child = pty("share", entry_id, "-o", str(outbox), home=client_home, env=RICH_UI)
    child.expect("Passphrase: ")
    child.sendline(PASSPHRASE)
    # added without unlocking (no terminal), so the key in the set is confirmed once here
    child.expect("says to hand in to Sam Rivera, with this key")
    child.expect(re.escape(recipient))  # shown whole, to compare with the one Sam gave
    child.expect("has not checked it yet")
    child.expect(r"Is this Sam Rivera's key\?")
    child.send("y")
    child.send("\r")
    child.expect("The name Sam Rivera will see")
    child.sendline("Alex")
    child.expect("Leave any of them out")
    child.send("y")
    child.send("\r")
    child.expect("Choose the answers to leave out")
    child.expect("What did you learn")  # the whole list is drawn
    child.send("\x1b[B")  # down to the second answer, "What happened?"
    time.sleep(0.1)
    child.send(" ")
    time.sleep(0.1)
    child.send("\r")
    child.expect("May they also see which")
    child.send("y")
    child.send("\r")
    child.expect("This is exactly what Sam Rivera will receive")
    child.expect("Hand in these 3 answers")
    preview = child.before or ""
    assert LEARNED in preview
    assert WHAT_HAPPENED not in preview
    child.send("y")
    child.send("\r")
    child.expect(r"Handed in:\s+(\S+\.age)\.")
    handed_in = Path(child.match.group(1))
    assert finish(child) == 0

    assert handed_in.parent == outbox
    assert re.fullmatch(r"handin-[0-9a-f]{16}\.age", handed_in.name)  # says nothing
    sealed = handed_in.read_bytes()
    for plaintext in (WHAT_HAPPENED, LEARNED, "Uneasy", "Alex", "week-three", "push further"):
        assert plaintext.encode() not in sealed, plaintext
    with pytest.raises(age.AgeError):
        keys.identity.decrypt(sealed)  # the client's own vault key cannot open it

    # -- counselor: open it, at the terminal and as JSON -----------------------------------------
    child = pty("open", str(handed_in), home=counselor_home, env=RICH_UI)
    child.expect("Passphrase for your key: ")
    child.sendline(PASSPHRASE)
    child.expect("From a new client, who calls themselves Alex")
    child.expect("Week three: after the party")
    assert finish(child) == 0
    shown = child.before or ""
    assert LEARNED in shown
    assert WHAT_HAPPENED not in shown

    opened = reflect(
        "open", str(handed_in), "--json", "--passphrase-file", str(passphrase_file),
        home=counselor_home,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    doc = json.loads(opened.stdout)
    assert doc["format"] == "reflect.handin/2"
    assert doc["sender"]["status"] == "known"  # remembered when it was first opened
    assert doc["withheld"] == [{"step": "pushed-what", "prompt": "What happened?"}]
    assert doc["set"] == {"id": "week-three", "version": 1, "title": "Week three: after the party"}
    assert doc["display_name"] == "Alex"
    assert doc["status"] == "complete"
    assert [(a["step"], a["prompt"], a["value"]) for a in doc["answers"]] == [
        ("pushed", "Did you push further than she wanted?", "yes"),
        ("feeling", "Which comes closest to how you feel about it now?", "Uneasy"),
        ("learned", "What did you learn?", LEARNED),
    ]

    # -- and the stock age CLI, with the same key and passphrase ---------------------------------
    if shutil.which("age") is None:
        return
    child = pexpect.spawn(
        "age", ["-d", "-i", str(key_file), str(handed_in)], encoding="utf-8", timeout=60
    )
    child.expect("(?i)passphrase")
    child.sendline(PASSPHRASE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert LEARNED in (child.before or "")
