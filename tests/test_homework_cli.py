"""Issue 12 and rule 6 of "Trust on this device", through the real `reflect` command with real
files: swapped or emptied homework recipients, a swapped counselor public key, forged, altered
and re-addressed hand-ins, a replaced signing key or client list, the inbox, the counselor's
key kept safe, and each bad input as one line with its exit code."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from reflect.homework import counselor_key as counselor_keys
from reflect.homework import handin, signing
from reflect.ui.passphrase import PassphrasePrompt
from reflect.vault import Keys, Vault, age
from test_counselor_cli import (  # the same homes, set and fixtures as the first round
    SECRET,
    client_entry,
    counselor_home,
    counselor_key,
    only_handin,
    packed,
    run,
    set_file,
    share,
)

from conftest import assert_clean_failure
from helpers import make_entry

__all__ = ["counselor_home", "counselor_key", "packed", "set_file"]  # fixtures, used by name

ATTACKER = age.Identity.generate()


@pytest.fixture
def installed(vault_home: Path, passphrase_file: Path, packed: Path) -> Path:
    """The counselor's set, added (and so authenticated) by the client."""
    added = run("prompts", "add", str(packed), "--passphrase-file", str(passphrase_file))
    assert added.returncode == 0, added.stderr
    path = vault_home / "prompts" / "week-three.toml"
    assert (vault_home / "prompts" / "week-three.toml.mac").exists()
    return path


def nothing_for_the_attacker(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with pytest.raises(age.AgeError):
                ATTACKER.decrypt(path.read_bytes())
    assert not list(folder.glob("handin-*"))


# ---- rule 6: an installed set's recipient ----------------------------------------------------


def test_a_swapped_recipient_never_receives_a_hand_in(
    vault_home: Path, passphrase_file: Path, installed: Path, counselor_key: age.Identity,
    keys: Keys, tmp_path: Path,
) -> None:  # fmt: skip
    entry_id = client_entry(vault_home, keys)
    text = installed.read_text()
    installed.write_text(text.replace(counselor_key.recipient, ATTACKER.recipient))
    result = share(vault_home, passphrase_file, entry_id, cwd=tmp_path)
    assert_clean_failure(result, 4)
    assert "was changed after you added it" in result.stderr
    nothing_for_the_attacker(tmp_path)
    # the real set, added again, works again
    installed.write_text(text)
    assert share(vault_home, passphrase_file, entry_id, cwd=tmp_path).returncode == 0


def test_an_emptied_recipient_hands_in_nothing(
    vault_home: Path, passphrase_file: Path, installed: Path, keys: Keys, tmp_path: Path
) -> None:
    entry_id = client_entry(vault_home, keys)
    lines = [ln for ln in installed.read_text().splitlines() if not ln.startswith("recipient")]
    installed.write_text("\n".join(lines) + "\n")
    result = share(vault_home, passphrase_file, entry_id, cwd=tmp_path)
    assert_clean_failure(result, 2)
    assert not list(tmp_path.glob("handin-*"))


def test_a_swapped_recipient_without_its_mac_is_not_used_with_yes(
    vault_home: Path, passphrase_file: Path, installed: Path, counselor_key: age.Identity,
    keys: Keys, tmp_path: Path,
) -> None:  # fmt: skip
    entry_id = client_entry(vault_home, keys)
    installed.write_text(installed.read_text().replace(counselor_key.recipient, ATTACKER.recipient))
    (installed.parent / "week-three.toml.mac").unlink()
    result = share(vault_home, passphrase_file, entry_id, cwd=tmp_path)
    assert_clean_failure(result, 1)
    assert "has not been checked yet" in result.stderr
    nothing_for_the_attacker(tmp_path)


def test_a_planted_set_shadowing_the_built_in_one_is_not_trusted(
    vault_home: Path, passphrase_file: Path, keys: Keys, tmp_path: Path
) -> None:
    from reflect.promptsets import find_builtin

    entry = make_entry(SECRET)  # an answer to the built-in set, which carries no recipient
    opened, _ = (
        __import__("reflect.journal.store", fromlist=["Journal"])
        .Journal(Vault.open(vault_home))
        .unlock(keys)
    )
    opened.save(entry)
    builtin = find_builtin("imperfect-men")
    assert builtin is not None
    planted = vault_home / "prompts" / "imperfect-men.toml"
    planted.parent.mkdir(mode=0o700, exist_ok=True)
    planted.write_text(
        '[set]\nid = "imperfect-men"\ntitle = "x"\nversion = 9\nauthor = "x"\n'
        f'[set.homework]\nrecipient = "{ATTACKER.recipient}"\n'
        '[[steps]]\nid = "drink"\nkind = "yesno"\ntext = "Did I?"\n'
    )
    result = share(vault_home, passphrase_file, entry.id, cwd=tmp_path)
    assert_clean_failure(result, 1)
    nothing_for_the_attacker(tmp_path)


def test_a_set_added_before_the_journal_existed_is_confirmed_once(
    reflect_home: Path, packed: Path
) -> None:
    result = run("prompts", "add", str(packed))
    assert result.returncode == 0, result.stderr
    assert "confirm" in result.stderr and "first hand in" in result.stderr
    assert not (reflect_home / "prompts" / "week-three.toml.mac").exists()


# ---- rule 6: the counselor's public key file ---------------------------------------------------


def test_a_swapped_public_key_file_is_never_packed(
    tmp_path: Path, set_file: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "counselor"
    made = run("keygen", "--passphrase-file", str(passphrase_file), home=home)
    real = made.stdout.strip()
    (home / "counselor-key.pub").write_text(ATTACKER.recipient + "\n")
    packed = run("prompts", "pack", str(set_file), "--passphrase-file", str(passphrase_file),
                 home=home)  # fmt: skip
    assert packed.returncode == 0, packed.stderr
    text = (tmp_path / "week-three-homework.toml").read_text()
    assert ATTACKER.recipient not in text and real in text
    assert "someone may have changed it" in packed.stderr
    assert (home / "counselor-key.pub").read_text().strip() == real  # repaired
    # without the passphrase, nothing is packed at all
    bare = run("prompts", "pack", str(set_file), home=home)
    assert_clean_failure(bare, 3)


# ---- hand-ins: who sent it -------------------------------------------------------------------


def doc_from(name: str | None = "Alex", **extra: object) -> handin.Handin:
    return handin.build(make_entry(SECRET), display_name=name, set_title="Week three").model_copy(
        update=extra
    )


def open_json(counselor_home: Path, path: Path, *args: str) -> dict[str, object]:
    result = run("open", str(path), "--json", *args, home=counselor_home)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_known_new_changed_and_unverified(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    alex = signing.generate()
    first = tmp_path / "first.age"
    first.write_bytes(handin.seal(doc_from(), counselor_key.recipient, alex))
    assert open_json(counselor_home, first)["sender"] == {
        "status": "new", "verified": True, "name": "Alex", "fingerprint": alex.fingerprint,
    }  # fmt: skip
    assert open_json(counselor_home, first)["sender"]["status"] == "known"  # type: ignore[index]

    other = tmp_path / "other.age"
    other.write_bytes(handin.seal(doc_from(), counselor_key.recipient, signing.generate()))
    changed = open_json(counselor_home, other)["sender"]
    assert changed["status"] == "changed" and changed["verified"] is False  # type: ignore[index]
    shown = run("open", str(other), home=counselor_home).stdout
    assert "From Alex" not in shown and "Key changed" in shown

    unsigned = tmp_path / "unsigned.age"
    unsigned.write_bytes(handin.seal(doc_from(), counselor_key.recipient))
    shown = run("open", str(unsigned), home=counselor_home).stdout
    assert shown.startswith("Unverified:") and "From Alex" not in shown


def test_an_altered_signed_document_is_unverified(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    sealed = handin.seal(doc_from(), counselor_key.recipient, signing.generate())
    envelope = json.loads(counselor_key.decrypt(sealed))
    envelope["document"] = envelope["document"].replace(SECRET, "Something else entirely")
    path = tmp_path / "altered.age"
    path.write_bytes(age.encrypt_to([counselor_key.recipient], json.dumps(envelope).encode()))
    sender = open_json(counselor_home, path)["sender"]
    assert sender["status"] == "unverified"  # type: ignore[index]
    assert "signature does not match" in sender["problem"]  # type: ignore[index]


def test_a_hand_in_passed_on_from_another_counselor_is_unverified(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    elsewhere = age.Identity.generate()
    sealed = handin.seal(doc_from(), elsewhere.recipient, signing.generate())
    path = tmp_path / "passed-on.age"
    path.write_bytes(age.encrypt_to([counselor_key.recipient], elsewhere.decrypt(sealed)))
    sender = open_json(counselor_home, path)["sender"]
    assert sender["status"] == "unverified"  # type: ignore[index]
    assert "another counselor" in sender["problem"]  # type: ignore[index]


def test_a_forged_hand_in_cannot_restyle_the_terminal(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    doc = doc_from("Alex\x1b[2J\x1b]0;owned\x07", set_info=handin.HandinSet(
        id="week-three", title="[/i]Week \x1b[31mthree[bold]"))  # fmt: skip
    doc.answers[1].value = "\x1b[1A\x1b[2K[red]erased[/red]"
    path = tmp_path / "forged.age"
    path.write_bytes(handin.seal(doc, counselor_key.recipient))
    for args in ([], ["--format", "md"]):
        result = run("open", str(path), *args, home=counselor_home)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "[red]erased[/red]" in result.stdout  # markup shown as typed, never parsed
    saved = tmp_path / "saved.md"
    assert run("open", str(path), "-o", str(saved), home=counselor_home).returncode == 0
    assert "\x1b" not in saved.read_text()


def test_a_replaced_client_list_is_reported_and_not_used(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    alex = signing.generate()
    first = tmp_path / "first.age"
    first.write_bytes(handin.seal(doc_from(), counselor_key.recipient, alex))
    open_json(counselor_home, first)
    (book,) = counselor_home.glob("counselor-clients-*.age")
    # someone who knows only the public key writes a list that names their key as Alex's
    forger = signing.generate()
    payload = [{"name": "Alex", "key": forger.public, "first_seen": "x", "last_seen": "x"}]
    fake = {"format": "reflect.counselor-clients/1", "clients": payload, "mac": "00" * 32}
    book.write_bytes(age.encrypt_to([counselor_key.recipient], json.dumps(fake).encode()))
    before = book.read_bytes()
    forged = tmp_path / "forged.age"
    forged.write_bytes(handin.seal(doc_from(), counselor_key.recipient, forger))
    result = run("open", str(forged), "--json", home=counselor_home)
    assert "failed its check" in result.stderr
    assert json.loads(result.stdout)["sender"]["status"] == "new"  # not "known"
    assert book.read_bytes() == before  # left as it was, for a look


def test_a_replaced_signing_key_in_the_clients_vault_is_refused(
    vault_home: Path, passphrase_file: Path, keys: Keys, tmp_path: Path
) -> None:
    entry_id = client_entry(vault_home, keys)
    to = ["--to", age.Identity.generate().recipient]
    assert share(vault_home, passphrase_file, entry_id, *to, cwd=tmp_path).returncode == 0
    forger = signing.generate()
    record = {"format": "reflect.signing-key/1", "secret": forger.secret_file,
              "public": forger.public, "created": "x", "mac": "00" * 32}  # fmt: skip
    vault = Vault.open(vault_home)
    (vault_home / signing.SIGNING_KEY_NAME).write_bytes(
        age.encrypt_to([vault.meta.recipient], json.dumps(record).encode())
    )
    out = tmp_path / "again"
    out.mkdir()
    result = share(vault_home, passphrase_file, entry_id, *to, "-o", str(out))
    assert_clean_failure(result, 4)
    assert "does not belong to this journal" in result.stderr
    assert not list(out.iterdir())


def test_share_fingerprint_matches_what_the_counselor_sees(
    vault_home: Path, passphrase_file: Path, keys: Keys, tmp_path: Path,
    counselor_home: Path, counselor_key: age.Identity,
) -> None:  # fmt: skip
    entry_id = client_entry(vault_home, keys)
    to = ["--to", counselor_key.recipient]
    assert share(vault_home, passphrase_file, entry_id, *to, cwd=tmp_path).returncode == 0
    code = run("share", "--fingerprint", "--passphrase-file", str(passphrase_file))
    assert code.returncode == 0, code.stderr
    assert re.fullmatch(r"([A-Z2-7]{4} ){3}[A-Z2-7]{4}\n", code.stdout)
    seen = open_json(counselor_home, only_handin(tmp_path))["sender"]
    assert seen["fingerprint"] == code.stdout.strip()  # type: ignore[index]


# ---- the inbox ---------------------------------------------------------------------------------


def test_open_refuses_to_overwrite_and_symlinks(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    path = tmp_path / "a.age"
    path.write_bytes(handin.seal(doc_from(), counselor_key.recipient, signing.generate()))
    target = tmp_path / "notes.md"
    target.write_text("my session notes\n")
    result = run("open", str(path), "-o", str(target), home=counselor_home)
    assert_clean_failure(result, 1)
    assert "already exists" in result.stderr
    assert target.read_text() == "my session notes\n"
    link = tmp_path / "link.md"
    os.symlink(tmp_path / "elsewhere.md", link)
    result = run("open", str(path), "-o", str(link), home=counselor_home)
    assert_clean_failure(result, 1)
    assert not (tmp_path / "elsewhere.md").exists()


def test_file_names_with_spaces_and_brackets(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    path = tmp_path / "handin from Alex (1).age"
    path.write_bytes(handin.seal(doc_from(), counselor_key.recipient, signing.generate()))
    assert run("open", str(path), home=counselor_home).returncode == 0
    missing = run("open", str(tmp_path / "handin from"), home=counselor_home)
    assert_clean_failure(missing, 1)
    assert "quotes" in missing.stderr


def test_an_inbox_lists_what_it_could_not_open(
    counselor_home: Path, counselor_key: age.Identity, tmp_path: Path
) -> None:
    box = tmp_path / "box"
    box.mkdir()
    (box / "good.age").write_bytes(
        handin.seal(doc_from(), counselor_key.recipient, signing.generate())
    )
    (box / "other.age").write_bytes(
        handin.seal(doc_from(), age.Identity.generate().recipient, signing.generate())
    )
    (box / "cut.age").write_bytes((box / "good.age").read_bytes()[:200])
    rows = json.loads(run("open", str(box), "--json", home=counselor_home).stdout)
    assert rows[0]["file"] == "good.age"
    errors = {r["file"]: r["error"] for r in rows if "error" in r}
    assert set(errors) == {"other.age", "cut.age"}
    assert "not encrypted for your key" in errors["other.age"]


# ---- the counselor's key -------------------------------------------------------------------------


def test_keygen_recovery_backup_and_passphrase_change(
    tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "counselor"
    made = run("keygen", "--passphrase-file", str(passphrase_file), home=home)
    recipient = made.stdout.strip()
    recovery = re.search(r"AGE-SECRET-KEY-1\s+((?:[0-9A-Z]{1,5}\s+){12})", made.stderr)
    assert recovery and "shown only this once" in made.stderr
    assert "No backup was made" in made.stderr
    backup = run("keygen", "--backup", str(tmp_path / "usb"), home=home)
    assert backup.returncode == 0, backup.stderr
    assert (tmp_path / "usb" / "counselor-key.age").read_bytes() == (
        home / "counselor-key.age"
    ).read_bytes()

    new_pass = tmp_path / "new.txt"
    new_pass.write_text("another long passphrase\n")
    changed = run("keygen", "--change-passphrase", "--passphrase-file", str(passphrase_file),
                  "--new-passphrase-file", str(new_pass), home=home)  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert (
        counselor_keys.load(home / "counselor-key.age", PassphrasePrompt(new_pass)).recipient
        == recipient
    )

    # forgotten passphrase: the recovery key sets a new one; the key stays the same
    key_file = tmp_path / "recovery.txt"
    typed = "AGE-SECRET-KEY-1" + "".join(recovery.group(1).split())
    assert age.Identity.parse(typed)
    key_file.write_text(typed.lower() + "\n")  # typed in lower case, say
    back = run("keygen", "--recover", "--recovery-key-file", str(key_file),
               "--new-passphrase-file", str(passphrase_file), home=home)  # fmt: skip
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == recipient
    assert (
        counselor_keys.load(home / "counselor-key.age", PassphrasePrompt(passphrase_file)).recipient
        == recipient
    )


def test_a_new_key_keeps_the_old_one_and_lists_what_to_reissue(
    tmp_path: Path, set_file: Path
) -> None:
    home = tmp_path / "counselor"
    old = run("keygen", "--no-passphrase", home=home).stdout.strip()
    assert run("prompts", "pack", str(set_file), home=home).returncode == 0
    sealed = tmp_path / "old-handin.age"
    sealed.write_bytes(handin.seal(doc_from(), old, signing.generate()))
    new = run("keygen", "--new", "--no-passphrase", home=home)
    assert new.returncode == 0, new.stderr
    assert new.stdout.strip() != old
    assert "week-three-homework.toml" in new.stderr  # the set to pack again
    (retired,) = home.glob("counselor-key.retired-*.txt")
    assert counselor_keys.load(retired).recipient == old
    assert_clean_failure(run("open", str(sealed), home=home), 3)
    assert run("open", str(sealed), "--identity", str(retired), home=home).returncode == 0


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["keygen", "--new", "--recover"], 2, "Choose one of"),
        (["keygen", "--recover"], 1, "--recovery-key-file"),
        (["open", "x.age", "--format", "pdf"], 2, "-o FILE.pdf"),
        (["open", "x.age", "--format", "doc"], 2, "choose md, json or pdf"),
        (["share"], 2, "Which entry?"),
    ],
    ids=["two-modes", "recover-no-terminal", "pdf-needs-o", "bad-format", "share-no-id"],
)
def test_bad_input_is_one_line(tmp_path: Path, args: list[str], code: int, words: str) -> None:
    (tmp_path / "x.age").write_bytes(b"age-encryption.org/v1\n")
    result = run(*args, home=tmp_path / "home", cwd=tmp_path)
    if code == 2 and "Choose one of" not in words and "Which entry" not in words:
        assert result.returncode == 2 and words in result.stderr  # typer's usage block
        return
    assert_clean_failure(result, code)
    assert words in result.stderr


def test_recover_with_the_wrong_recovery_key(tmp_path: Path) -> None:
    home = tmp_path / "counselor"
    assert run("keygen", "--no-passphrase", home=home).returncode == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(age.Identity.generate().secret + "\n")
    result = run("keygen", "--recover", "--recovery-key-file", str(wrong), "--no-passphrase",
                 home=home)  # fmt: skip
    assert_clean_failure(result, 3)
    assert "does not open" in result.stderr
    garbled = tmp_path / "garbled.txt"
    garbled.write_text("AGE-SECRET-KEY-1QQQ\n")
    result = run("keygen", "--recover", "--recovery-key-file", str(garbled), home=home)
    assert_clean_failure(result, 3)
    assert "not a recovery key" in result.stderr


def test_open_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert_clean_failure(run("open", str(tmp_path / "empty"), home=tmp_path), 2)


def test_a_set_edited_in_the_folder_can_be_put_back(
    vault_home: Path, passphrase_file: Path, installed: Path, packed: Path
) -> None:
    installed.write_text(installed.read_text().replace("What happened?", "Call this number"))
    again = run("prompts", "add", str(packed), "--yes", "--passphrase-file", str(passphrase_file))
    assert again.returncode == 0, again.stderr
    assert "was changed after you added it" in again.stderr
    assert installed.read_text() == packed.read_text()
    # an honest edit of the person's own copy is still refused without a new version
    other = packed.with_name("other.toml")
    other.write_text(packed.read_text().replace("What happened?", "What went on?"))
    refused = run("prompts", "add", str(other), "--yes", "--passphrase-file", str(passphrase_file))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.splitlines()[-1].startswith("reflect: You already have version 1")
    assert installed.read_text() == packed.read_text()


def test_a_planted_entry_is_never_handed_in(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    planted = make_entry("Words the person never wrote")
    vault = Vault.open(vault_home)
    # written with the public key alone, as anyone with write access could: no seal
    (vault_home / "entries" / f"{planted.id}.age").write_bytes(
        age.encrypt_to([vault.meta.recipient], planted.to_json_bytes())
    )
    to = ["--to", age.Identity.generate().recipient]
    result = share(vault_home, passphrase_file, planted.id, *to, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "unverified" in result.stderr.splitlines()[-1]
    assert not list(tmp_path.glob("handin-*"))
