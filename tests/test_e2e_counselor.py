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
from pathlib import Path

import pexpect
import pytest

from e2e import DONE, finish, spawn
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
    child.send(key + "\r")


def write(child: pexpect.spawn, text: str) -> None:
    """A multi-line text answer: type it, then Esc and Enter to finish."""
    child.expect("›")
    child.send(text + DONE)  # Esc then Enter, read together as the writing area's "finish"


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
    child.expect(r"AGE-SECRET-KEY-1\s+((?:[0-9A-Z]{1,5}\s+){12})")
    recovery_key = "AGE-SECRET-KEY-1" + "".join(child.match.group(1).split())
    assert age.Identity.parse(recovery_key)
    child.expect("Backup folder:")
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
    child.send(" ")
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


PRACTICE_SET = """\
[set]
id = "weekly"
title = "Weekly check-in"
version = 1
author = "Sam Rivera"

[[steps]]
id = "steady"
kind = "scale"
text = "How steady did you feel this week?"
labels = ["not at all", "very"]

[[steps]]
id = "moment"
kind = "text"
text = "One moment you handled differently"
"""


def _entry_file(folder: Path, name: str, steady: int, moment: str) -> Path:
    path = folder / f"{name}.json"
    path.write_text(
        json.dumps(
            {
                "format": "reflect.entries/1",
                "entries": [
                    {
                        "created": "2026-11-20T21:14:00+00:00",
                        "set": "weekly",
                        "set_version": 1,
                        "answers": [
                            {"step": "moment", "prompt": "One moment you handled differently",
                             "kind": "text", "value": moment},
                            {"step": "steady", "prompt": "How steady did you feel this week?",
                             "kind": "scale", "value": steady},
                        ],
                    }
                ],
            }
        )
    )  # fmt: skip
    return path


def test_a_small_practice(tmp_path: Path, vault_home: Path, passphrase_file: Path) -> None:
    """Two clients, five hand-ins in one inbox (one forged with the stock tools, one with a
    changed key), a due date moved without a new version, the counselor's key lost and
    recovered, and a PDF."""
    pw = ["--passphrase-file", str(passphrase_file)]
    counselor = tmp_path / "counselor"
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    made = reflect("keygen", *pw, "--backup", str(tmp_path / "usb"), home=counselor)
    assert made.returncode == 0, made.stderr
    recipient = made.stdout.strip()
    found = re.search(r"AGE-SECRET-KEY-1\s+((?:[0-9A-Z]{1,5}\s+){12})", made.stderr)
    assert found, made.stderr
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(found.group(0))  # copied as shown, in groups
    assert "Backup saved in" in made.stderr

    source = tmp_path / "weekly.toml"
    source.write_text(PRACTICE_SET)
    packed = reflect("prompts", "pack", str(source), *pw, "--counselor", "Sam Rivera",
                     "--due", "2030-12-01", home=counselor)  # fmt: skip
    assert packed.returncode == 0, packed.stderr
    homework = tmp_path / "weekly-homework.toml"

    # -- two clients, each with their own journal -------------------------------------------------
    alex = vault_home
    blake = tmp_path / "blake"
    assert reflect("vault", "init", *pw, home=blake).returncode == 0

    def hand_in(home: Path, name: str, steady: int, moment: str) -> Path:
        added = reflect("prompts", "add", str(homework), "--yes", *pw, home=home)
        assert added.returncode == 0, added.stderr
        imported = reflect(
            "import", str(_entry_file(tmp_path, name, steady, moment)), *pw, home=home
        )
        assert imported.returncode == 0, imported.stderr
        listed = json.loads(reflect("list", "--json", *pw, home=home).stdout)
        newest = max(listed, key=lambda e: e["id"] if e["set"] == "weekly" else "")
        before = set(inbox.iterdir())
        shared = reflect("share", newest["id"], "--yes", "--name", name, "-o", str(inbox), *pw,
                         home=home)  # fmt: skip
        assert shared.returncode == 0, shared.stderr
        assert "signed with your key" in shared.stderr
        (new,) = set(inbox.iterdir()) - before
        # an entry shared once is deleted, so the next import is the only weekly entry
        assert reflect("delete", newest["id"], "--yes", *pw, home=home).returncode == 0
        return new

    hand_in(alex, "Alex", 2, "I asked before refilling a glass")
    hand_in(blake, "Blake", 3, "I let the silence be")

    # -- the due date moves; same questions, same version ------------------------------------------
    moved = reflect("prompts", "pack", str(homework), *pw, "--due", "2030-12-08", home=counselor)
    assert moved.returncode == 0, moved.stderr
    assert "version = 1" in homework.read_text() and "Sam Rivera" in homework.read_text()
    updated = reflect("prompts", "add", str(homework), "--yes", *pw, home=alex)
    assert updated.returncode == 0, updated.stderr
    assert "Due date: 2030-12-01 -> 2030-12-08" in updated.stderr
    hand_in(alex, "Alex", 4, "I said sorry and meant it")

    # -- a forgery made with the stock tools from the public key alone ------------------------------
    forged_doc = {
        "format": "reflect.handin/1",
        "set": {"id": "weekly", "version": 1, "title": "Weekly check-in\x1b[2J"},
        "display_name": "Alex",
        "created": "2026-11-21T10:00:00Z",
        "shared": "2026-11-22T10:00:00Z",
        "answers": [{"step": "moment", "prompt": "One moment", "kind": "text",
                     "value": "[bold red]Call me on this new number[/bold red]"}],
    }  # fmt: skip
    forged = inbox / "handin-forged.age"
    plain = tmp_path / "forged.json"
    plain.write_text(json.dumps(forged_doc))
    if shutil.which("age"):
        subprocess.run(["age", "-r", recipient, "-o", str(forged), str(plain)], check=True)
    else:
        forged.write_bytes(age.encrypt_to([recipient], plain.read_bytes()))

    # -- Alex's signing key changes (a new computer, say) --------------------------------------------
    (alex / "signing-key.age").unlink()
    changed = hand_in(alex, "Alex", 5, "I told my friend what I had learned")
    assert len(list(inbox.iterdir())) == 5

    # -- the inbox: one unlock for all five ------------------------------------------------------
    listing = reflect("open", str(inbox), "--json", *pw, home=counselor)
    assert listing.returncode == 0, listing.stderr
    assert listing.stderr.count("Unlocking...") == 1
    rows = json.loads(listing.stdout)
    assert len(rows) == 5
    by_file = {r["file"]: r for r in rows}
    assert by_file[forged.name]["sender"]["status"] == "unverified"
    assert by_file[forged.name]["verified"] is False
    assert by_file[changed.name]["sender"]["status"] == "changed"
    statuses = sorted((r["client"], r["sender"]["status"]) for r in rows)
    assert statuses == [("Alex", "changed"), ("Alex", "known"), ("Alex", "new"),
                        ("Alex", "unverified"), ("Blake", "new")]  # fmt: skip
    dues = {r["due"] for r in rows if r["verified"]}
    assert dues == {"2030-12-01", "2030-12-08"}

    screen = reflect("open", str(inbox), *pw, home=counselor)
    assert screen.returncode == 0, screen.stderr
    assert "\x1b" not in screen.stdout  # the forged title cannot clear the screen
    assert "[bold red]Call me" not in screen.stdout  # not shown in a list at all
    assert 'unverified: "Alex"' in screen.stdout and "Key changed" in screen.stdout.replace(
        "\n", " "
    )

    # the counselor checks with Alex by phone, then accepts the new key
    accepted = reflect("open", str(changed), "--accept-new-key", *pw, home=counselor)
    assert "From Alex: verified" in accepted.stdout

    # -- saving files each hand-in under the client and date, never overwriting -------------------
    saved = tmp_path / "records"
    first = reflect("open", str(inbox), "-o", str(saved), *pw, home=counselor)
    assert first.returncode == 0, first.stderr
    files = sorted(p.relative_to(saved).as_posix() for p in saved.rglob("*.md"))
    assert len(files) == 5
    assert sum(f.startswith("alex/") for f in files) == 3
    assert sum(f.startswith("blake/") for f in files) == 1
    assert sum(f.startswith("unverified/") for f in files) == 1
    mine = saved / files[0]
    mine.write_text("my own notes\n")
    again = reflect("open", str(inbox), "-o", str(saved), *pw, home=counselor)
    assert again.returncode == 0, again.stderr
    assert mine.read_text() == "my own notes\n"  # kept: no terminal to ask
    assert "0 saved" in again.stderr

    # -- Alex over time, with the scale answers as a chart ---------------------------------------
    history = reflect("open", str(inbox), "--client", "alex", *pw, home=counselor)
    assert history.returncode == 0, history.stderr
    assert "Alex: 3 hand-ins" in history.stdout
    assert "How steady did you feel this week?" in history.stdout
    assert re.search(r"█+░*\s+2 \(1-5\)", history.stdout)
    assert re.search(r"█+░*\s+5 \(1-5\)", history.stdout)

    # -- the PDF, to a file name with spaces ---------------------------------------------------------
    pdf = tmp_path / "Alex week one.pdf"
    printed = reflect("open", str(changed), "--format", "pdf", "-o", str(pdf), *pw, home=counselor)
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "I told my friend what I had learned" in text
        assert "5, on a scale of 1 to 5 (1 = not at all, 5 = very)" in text

    # -- the key is lost, then recovered with the recovery key ----------------------------------------
    (counselor / "counselor-key.age").unlink()
    lost = reflect("open", str(changed), *pw, home=counselor)
    assert lost.returncode == 1
    assert "keygen --recover" in lost.stderr and "keygen`" not in lost.stderr
    new_pass = tmp_path / "new-pass.txt"
    new_pass.write_text("a brand new passphrase\n")
    back = reflect("keygen", "--recover", "--recovery-key-file", str(recovery_file),
                   "--new-passphrase-file", str(new_pass), home=counselor)  # fmt: skip
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == recipient  # the same key: every set given out still works
    reopened = reflect("open", str(changed), "--passphrase-file", str(new_pass), home=counselor)
    assert reopened.returncode == 0, reopened.stderr
    assert "From Alex: verified" in reopened.stdout  # the known clients came back with it
