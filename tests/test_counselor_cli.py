"""keygen, prompts pack/add, share and open as a person's shell runs them (no terminal).

Commands run in a fresh Python process through reflect's own `main()`, exactly like the
installed `reflect` script, so exit codes and stderr are the real ones.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pexpect
import pytest

from reflect.homework import counselor_key as counselor_keys
from reflect.homework import handin, signing
from reflect.journal.store import Journal
from reflect.ui.passphrase import PassphrasePrompt
from reflect.vault import Keys, Vault, age

from conftest import PASSPHRASE, Run, assert_clean_failure, run_reflect
from helpers import make_entry

SECRET = "At the staff party in March I kept refilling her glass"

SET_TEXT = """\
[set]
id = "week-three"
title = "Week three"
version = 1
author = "Sam Rivera"
intro = "Take your time."

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
id = "ready"
kind = "scale"
text = "How ready are you to talk about it?"
"""


def run(
    *args: str, home: Path | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Run:
    extra = {"REFLECT_HOME": str(home)} if home is not None else {}
    return run_reflect(*args, env={**(env or {}), **extra}, cwd=cwd)


@pytest.fixture
def counselor_home(tmp_path: Path) -> Path:
    return tmp_path / "counselor"


@pytest.fixture
def counselor_key(counselor_home: Path) -> age.Identity:
    """A key without a passphrase in the counselor's home (scrypt is slow; one test uses it)."""
    return counselor_keys.create(
        counselor_keys.default_key_path(counselor_home, protected=False), None
    )


@pytest.fixture
def set_file(tmp_path: Path) -> Path:
    path = tmp_path / "week-three.toml"
    path.write_text(SET_TEXT)
    return path


@pytest.fixture
def packed(tmp_path: Path, set_file: Path, counselor_key: age.Identity) -> Path:
    out = tmp_path / "to-client.toml"
    result = run(
        "prompts", "pack", str(set_file), "--to", counselor_key.recipient,
        "--counselor", "Sam Rivera", "--due", "2030-12-01", "--note", "Bring what you can.",
        "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


def client_entry(vault_home: Path, keys: Keys) -> str:
    """An entry saved the way a finished session saves it (so no "added meanwhile" notice)."""
    entry = make_entry(SECRET).model_copy(update={"set_id": "week-three"})
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    opened.save(entry)
    return entry.id


def share(vault_home: Path, passphrase_file: Path, *args: str, cwd: Path | None = None) -> Run:
    return run(
        "share", *args, "--yes", "--passphrase-file", str(passphrase_file), home=vault_home, cwd=cwd
    )


def only_handin(folder: Path) -> Path:
    found = list(folder.glob("handin-*.age"))
    assert len(found) == 1, found
    return found[0]


# ---- keygen --------------------------------------------------------------------------------


def test_keygen_with_passphrase(counselor_home: Path, passphrase_file: Path) -> None:
    result = run("keygen", "--passphrase-file", str(passphrase_file), home=counselor_home)
    assert result.returncode == 0, result.stderr
    recipient = result.stdout.strip()
    assert age.is_valid_recipient(recipient)
    key = counselor_home / "counselor-key.age"
    assert key.stat().st_mode & 0o777 == 0o600
    assert b"AGE-SECRET-KEY" not in key.read_bytes()
    assert (counselor_home / "counselor-key.pub").read_text().strip() == recipient
    assert "safe to share" in result.stderr
    assert counselor_keys.load(key, PassphrasePrompt(passphrase_file)).recipient == recipient

    again = run("keygen", "--no-passphrase", home=counselor_home)
    assert again.returncode == 0, again.stderr  # a reminder, as the guide says
    assert again.stdout.strip() == recipient
    assert "already have a counselor key" in again.stderr
    assert "do not open with the new one" in again.stderr  # what a new key would break
    assert not (counselor_home / "counselor-key.txt").exists()
    assert counselor_keys.load(key, PassphrasePrompt(passphrase_file)).recipient == recipient


def test_keygen_without_passphrase_to_a_chosen_file(tmp_path: Path) -> None:
    key = tmp_path / "my-key.txt"
    result = run("keygen", "--no-passphrase", "-o", str(key))
    assert result.returncode == 0, result.stderr
    assert "NOT protected" in result.stderr
    assert key.stat().st_mode & 0o777 == 0o600
    assert f"# public key: {result.stdout.strip()}" in key.read_text()
    before = key.read_bytes()
    again = run("keygen", "--no-passphrase", "-o", str(key))
    assert again.returncode == 0 and again.stdout == result.stdout
    assert key.read_bytes() == before


def test_keygen_without_a_terminal_or_passphrase_file(counselor_home: Path) -> None:
    result = run("keygen", home=counselor_home)
    assert_clean_failure(result, 1)
    assert "--no-passphrase" in result.stderr
    assert not counselor_home.exists() or not any(counselor_home.iterdir())


# ---- prompts pack --------------------------------------------------------------------------


def test_pack_stamps_and_validates(
    tmp_path: Path, set_file: Path, counselor_key: age.Identity
) -> None:
    result = run(
        "prompts",
        "pack",
        str(set_file),
        "--counselor",
        "Sam Rivera",
        "--contact",
        "sam@example.org",
        "--due",
        "2030-12-01",
        "--note",
        "Take your time.",
        home=tmp_path / "counselor",
    )  # fmt: skip  (no --to: the key `keygen` made is used)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "week-three-homework.toml"
    assert str(out.name) in result.stderr
    text = out.read_text()
    assert f'recipient = "{counselor_key.recipient}"' in text
    assert "due = 2030-12-01" in text
    assert set_file.read_text() == SET_TEXT  # the original is left alone
    # packing the packed file again changes only what is given, in place
    again = run("prompts", "pack", str(out), "--to", counselor_key.recipient, "--due", "2031-01-02")
    assert again.returncode == 0, again.stderr
    text = out.read_text()
    assert "due = 2031-01-02" in text and 'counselor = "Sam Rivera"' in text
    assert text.count("[set.homework]") == 1


def test_pack_a_malformed_set(tmp_path: Path, counselor_key: age.Identity) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        SET_TEXT.replace('id = "week-three"', 'id = "Week 3"').replace(
            '[[steps]]\nid = "ready"', '[[steps]\nid = "ready"'
        )
    )
    result = run("prompts", "pack", str(bad), "--to", counselor_key.recipient)
    assert_clean_failure(result, 1)
    assert "brackets on both sides, like [[steps]]" in result.stderr
    assert not (tmp_path / "bad-homework.toml").exists()
    bad.write_text(SET_TEXT.replace('id = "week-three"', 'id = "Week 3"'))
    result = run("prompts", "pack", str(bad), "--to", counselor_key.recipient)
    assert_clean_failure(result, 1)
    assert "lowercase" in result.stderr


def test_pack_with_a_recipient_that_is_not_a_key(set_file: Path) -> None:
    result = run("prompts", "pack", str(set_file), "--to", "age1abc")
    assert_clean_failure(result, 2)
    assert "not a counselor's public key" in result.stderr


def test_pack_without_any_key(set_file: Path, tmp_path: Path) -> None:
    result = run("prompts", "pack", str(set_file), home=tmp_path / "nobody")
    assert_clean_failure(result, 2)
    assert "reflect keygen" in result.stderr


def test_pack_a_set_from_a_newer_reflect(set_file: Path, counselor_key: age.Identity) -> None:
    set_file.write_text(SET_TEXT.replace("version = 1", "version = 1\nformat = 2"))
    result = run("prompts", "pack", str(set_file), "--to", counselor_key.recipient)
    assert_clean_failure(result, 1)
    assert "needs a newer reflect" in result.stderr


# ---- prompts add ---------------------------------------------------------------------------


def test_add_installs_and_tells_what_it_is(reflect_home: Path, packed: Path) -> None:
    result = run("prompts", "add", str(packed))
    assert result.returncode == 0, result.stderr
    assert "homework from Sam Rivera, due 2030-12-01" in result.stderr
    assert "reflect start week-three" in result.stderr
    installed = reflect_home / "prompts" / "week-three.toml"
    assert installed.read_text() == packed.read_text()
    same = run("prompts", "add", str(packed))
    assert same.returncode == 0
    assert "nothing changed" in same.stderr


def test_add_a_newer_version_asks_first(reflect_home: Path, packed: Path, tmp_path: Path) -> None:
    assert run("prompts", "add", str(packed)).returncode == 0
    v2 = tmp_path / "v2.toml"
    v2.write_text(packed.read_text().replace("version = 1", "version = 2"))
    refused = run("prompts", "add", str(v2))  # no terminal to ask on
    assert_clean_failure(refused, 1)
    assert "--yes" in refused.stderr
    assert "version = 1" in (reflect_home / "prompts" / "week-three.toml").read_text()
    result = run("prompts", "add", str(v2), "--yes")
    assert result.returncode == 0, result.stderr
    assert "Updated" in result.stderr
    assert "version = 2" in (reflect_home / "prompts" / "week-three.toml").read_text()
    older = run("prompts", "add", str(packed))
    assert_clean_failure(older, 1)
    assert "newer than this file's version 1" in older.stderr


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('kind = "yesno"', 'kind = "yes-no"'), "`kind` must be one of"),
        (("[[steps]]", "[[steps]"), "brackets on both sides, like [[steps]]"),
        (("version = 1", "version = 1\nformat = 3"), "needs a newer reflect"),
        (
            ('author = "Sam Rivera"', 'author = "Sam"\n\n[set.homework]\nrecipient = "age1qwerty"'),
            "`recipient` must be an age public key",
        ),
    ],
    ids=["malformed", "not-toml", "newer-format", "bad-recipient"],
)
def test_add_refuses_a_bad_set(
    reflect_home: Path, tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(SET_TEXT.replace(*change, 1))
    result = run("prompts", "add", str(bad))
    assert_clean_failure(result, 1)
    assert expected in result.stderr
    assert not (reflect_home / "prompts").exists()


# ---- share ---------------------------------------------------------------------------------


def test_share_hands_in_to_the_counselor_only(
    vault_home: Path, passphrase_file: Path, packed: Path, counselor_key: age.Identity,
    keys: Keys, tmp_path: Path,
) -> None:  # fmt: skip
    added = run("prompts", "add", str(packed), "--passphrase-file", str(passphrase_file))
    assert added.returncode == 0, added.stderr
    entry_id = client_entry(vault_home, keys)
    out = tmp_path / "outbox"
    out.mkdir()
    result = share(
        vault_home,
        passphrase_file,
        entry_id[:6],
        "--omit",
        "drink",
        "--name",
        "Alex",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert SECRET in result.stdout  # shown before it is handed in
    assert "1 answer was not shared" in result.stdout  # the left-out answer leaves a marker
    assert "Yes" not in result.stdout  # but not its value
    assert "Only Sam Rivera's key can open it" in result.stderr
    sealed_path = only_handin(out)
    sealed = sealed_path.read_bytes()
    assert SECRET.encode() not in sealed and b"Alex" not in sealed
    with pytest.raises(age.AgeError):
        keys.identity.decrypt(sealed)  # not readable with the client's own vault key
    opened = handin.open_checked(sealed, [counselor_key])
    assert opened.signed and opened.problem is None  # signed by the client's vault
    doc = opened.handin
    assert doc.to == counselor_key.recipient
    assert doc.display_name == "Alex"
    assert [(a.step, a.value) for a in doc.answers] == [("drink-what", SECRET)]
    assert doc.set_info.title == "Week three"


def test_share_needs_a_recipient(
    vault_home: Path, passphrase_file: Path, tmp_path: Path, keys: Keys
) -> None:
    entry_id = client_entry(vault_home, keys)
    result = share(vault_home, passphrase_file, entry_id, cwd=tmp_path)
    assert_clean_failure(result, 2)
    assert "--to" in result.stderr
    assert not list(tmp_path.glob("handin-*"))


def test_share_to_a_key_given_on_the_command_line(
    vault_home: Path, passphrase_file: Path, tmp_path: Path, keys: Keys
) -> None:
    other = age.Identity.generate()
    entry_id = client_entry(vault_home, keys)
    result = share(vault_home, passphrase_file, entry_id, "--to", other.recipient, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = handin.open_handin(only_handin(tmp_path).read_bytes(), other)
    assert len(doc.answers) == 2 and doc.display_name is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--to", "age1nope"], "not a counselor's public key"),
        (["--to", age.Identity.generate().recipient, "--omit", "drinks"], "no answer to a step called 'drinks'"),
    ],
    ids=["bad-recipient", "unknown-step"],
)  # fmt: skip
def test_share_refuses_bad_options(
    vault_home: Path, passphrase_file: Path, tmp_path: Path, keys: Keys, args: list[str],
    expected: str,
) -> None:  # fmt: skip
    entry_id = client_entry(vault_home, keys)
    result = share(vault_home, passphrase_file, entry_id, *args, cwd=tmp_path)
    assert_clean_failure(result, 2)
    assert expected in result.stderr
    assert not list(tmp_path.glob("handin-*"))


def test_share_never_to_the_clients_own_key(
    vault_home: Path, passphrase_file: Path, tmp_path: Path, keys: Keys
) -> None:
    entry_id = client_entry(vault_home, keys)
    own = Vault.open(vault_home).meta.recipient
    result = share(vault_home, passphrase_file, entry_id, "--to", own, cwd=tmp_path)
    assert_clean_failure(result, 2)
    assert "your own journal's key" in result.stderr


def test_share_without_a_terminal_needs_yes(
    vault_home: Path, passphrase_file: Path, keys: Keys
) -> None:
    entry_id = client_entry(vault_home, keys)
    result = run("share", entry_id, "--passphrase-file", str(passphrase_file), home=vault_home)
    assert_clean_failure(result, 1)
    assert "--yes" in result.stderr


# ---- open ----------------------------------------------------------------------------------


@pytest.fixture
def sealed(counselor_key: age.Identity, tmp_path: Path) -> Path:
    doc = handin.build(make_entry(SECRET), display_name="Alex", set_title="Week three")
    path = tmp_path / handin.neutral_name()
    path.write_bytes(handin.seal(doc, counselor_key.recipient, signing.generate()))
    return path


def test_open_shows_the_hand_in(counselor_home: Path, sealed: Path) -> None:
    result = run("open", str(sealed), home=counselor_home)
    assert result.returncode == 0, result.stderr
    assert "Week three" in result.stdout
    assert "From a new client, who calls themselves Alex" in result.stdout
    assert SECRET in result.stdout.replace("\n", " ")
    again = run("open", str(sealed), home=counselor_home)
    assert "From Alex: verified" in again.stdout  # remembered at the first hand-in


def test_open_as_json_and_markdown(counselor_home: Path, sealed: Path, tmp_path: Path) -> None:
    as_json = run("open", str(sealed), "--json", home=counselor_home)
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["format"] == "reflect.handin/2"
    assert data["sender"]["status"] == "new" and data["sender"]["verified"] is True
    assert data["answers"][1]["value"] == SECRET
    saved = tmp_path / "alex.md"
    as_md = run("open", str(sealed), "--format", "md", "-o", str(saved), home=counselor_home)
    assert as_md.returncode == 0, as_md.stderr
    assert as_md.stdout == ""
    assert "NOT encrypted" in as_md.stderr
    assert f"**What happened?**\n\n{SECRET}\n" in saved.read_text()
    assert saved.stat().st_mode & 0o777 == 0o600


def test_open_a_hand_in_for_another_key(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    other = age.Identity.generate()
    path = tmp_path / "handin-other.age"
    path.write_bytes(handin.seal(handin.build(make_entry()), other.recipient))
    result = run("open", str(path), home=counselor_home)
    assert_clean_failure(result, 3)
    assert "was not encrypted for your key" in result.stderr


@pytest.mark.parametrize("keep", [0.5, 0.95])
def test_open_a_truncated_hand_in(counselor_home: Path, sealed: Path, keep: float) -> None:
    data = sealed.read_bytes()
    sealed.write_bytes(data[: int(len(data) * keep)])
    result = run("open", str(sealed), home=counselor_home)
    assert_clean_failure(result, 4)
    assert "damaged or incomplete" in result.stderr


def test_open_a_tampered_hand_in(counselor_home: Path, sealed: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[-20] ^= 0x40
    sealed.write_bytes(bytes(data))
    assert_clean_failure(run("open", str(sealed), home=counselor_home), 4)


def test_open_something_that_is_not_a_hand_in(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("session notes")
    result = run("open", str(notes), home=counselor_home)
    assert_clean_failure(result, 4)
    assert "not a hand-in" in result.stderr
    missing = run("open", str(tmp_path / "missing.age"), home=counselor_home)
    assert_clean_failure(missing, 1)


def test_open_a_hand_in_from_a_newer_reflect(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    data = json.loads(handin.build(make_entry()).to_json_bytes())
    data["format"] = "reflect.handin/3"
    path = tmp_path / "handin-new.age"
    path.write_bytes(age.encrypt_to([counselor_key.recipient], json.dumps(data).encode()))
    result = run("open", str(path), home=counselor_home)
    assert_clean_failure(result, 1)
    assert "newer reflect" in result.stderr


def test_open_without_a_key(sealed: Path, tmp_path: Path) -> None:
    result = run("open", str(sealed), home=tmp_path / "empty")
    assert_clean_failure(result, 1)
    assert "reflect keygen" in result.stderr


def test_open_with_a_protected_key(
    tmp_path: Path, passphrase_file: Path, counselor_home: Path
) -> None:
    key = tmp_path / "protected.age"
    identity = counselor_keys.create(key, PASSPHRASE)
    path = tmp_path / "handin-x.age"
    path.write_bytes(handin.seal(handin.build(make_entry(SECRET)), identity.recipient))
    no_tty = run("open", str(path), "--identity", str(key), home=counselor_home)
    assert_clean_failure(no_tty, 3)
    assert "--passphrase-file" in no_tty.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it at all\n")
    bad = run(
        "open", str(path), "-i", str(key), "--passphrase-file", str(wrong), home=counselor_home
    )
    assert_clean_failure(bad, 3)
    assert "Wrong passphrase" in bad.stderr
    good = run(
        "open", str(path), "-i", str(key), "--json", "--passphrase-file", str(passphrase_file)
    )
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["answers"][1]["value"] == SECRET


# ---- the stock age CLI ---------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not installed")
def test_stock_age_opens_a_hand_in_with_a_protected_key(tmp_path: Path) -> None:
    key = tmp_path / "counselor-key.age"
    identity = counselor_keys.create(key, PASSPHRASE)
    sealed = tmp_path / handin.neutral_name()
    sealed.write_bytes(handin.seal(handin.build(make_entry(SECRET)), identity.recipient))
    child = pexpect.spawn("age", ["-d", "-i", str(key), str(sealed)], encoding="utf-8", timeout=60)
    child.expect("(?i)passphrase")
    child.sendline(PASSPHRASE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert SECRET in (child.before or "")
    assert '"format": "reflect.handin/2"' in (child.before or "")


@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not installed")
def test_stock_age_opens_a_hand_in_with_a_plain_key(tmp_path: Path) -> None:
    key = tmp_path / "counselor-key.txt"
    identity = counselor_keys.create(key, None)
    sealed = tmp_path / handin.neutral_name()
    sealed.write_bytes(handin.seal(handin.build(make_entry(SECRET)), identity.recipient))
    done = subprocess.run(
        ["age", "-d", "-i", str(key), str(sealed)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["answers"][1]["value"] == SECRET
