"""Trust on this device: attacks by someone who can write to the vault folder, through the CLI.

Each test plays the attacker with real files and real pyrage (no passphrase, only write access
to the folder: a sync folder, a backup, a shared disk), then checks what the person sees and
that no answer went to the attacker or was lost. docs/trust.md.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reflect.journal.store import Journal
from reflect.models import Entry
from reflect.vault import Keys, Vault, age
from reflect.vault.device import folder_for

from conftest import PASSPHRASE, Reflect, Run, Template, run_reflect
from helpers import make_entry, plant

MARKER = "zq-marker-coat-rack-7731"


def reflect_as(home: Path, state: Path, passphrase_file: Path, *args: str) -> Run:
    """`reflect` with a given vault folder and device state: one device's view of a vault."""
    env = {
        "REFLECT_HOME": str(home),
        "REFLECT_STATE_DIR": str(state),
        "REFLECT_PASSPHRASE_FILE": str(passphrase_file),
    }
    return run_reflect(*args, env=env)


def swap_recipient(home: Path, recipient: str) -> None:
    meta = json.loads((home / "vault.json").read_text())
    (home / "vault.json").write_text(json.dumps({**meta, "recipient": recipient}))


def readable_by(identity: age.Identity, path: Path) -> bool:
    try:
        identity.decrypt(path.read_bytes())
    except age.AgeError:
        return False
    return True


# ---- where locked writes go -------------------------------------------------------------------


def test_a_swapped_recipient_never_receives_an_answer_and_is_repaired(
    vault_home: Path,
    keys: Keys,
    reflect: Reflect,
) -> None:
    attacker = age.Identity.generate()
    swap_recipient(vault_home, attacker.recipient)
    journal = Journal(Vault.open(vault_home))
    assert journal.recipient_mismatch
    draft = make_entry(MARKER, status="draft")
    journal.save_draft(draft)
    journal.finish_draft(draft.model_copy(update={"status": "complete"}))
    written = vault_home / "entries" / f"{draft.id}.age"
    assert not readable_by(attacker, written)
    assert readable_by(keys.identity, written)
    listed = reflect("list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "vault.json named a key that is not your vault's" in listed.stderr
    assert (
        json.loads((vault_home / "vault.json").read_text())["recipient"] == keys.identity.recipient
    )
    assert [r["verified"] for r in json.loads(listed.stdout)] == [True]
    again = reflect("list")
    assert "vault.json" not in again.stderr  # repaired: said once, not for ever


def test_recovery_cannot_move_the_vault_to_another_key(
    vault_home: Path,
    template: Template,
    tmp_path: Path,
    keys: Keys,
) -> None:
    attacker = age.Identity.generate()
    meta = json.loads((vault_home / "vault.json").read_text())
    # The attacker's identity, encrypted to the person's recovery recipient (it is public).
    planted = age.encrypt_to([meta["recovery_recipient"]], attacker.to_file_text().encode())
    (vault_home / "identity.recovery.age").write_bytes(planted)
    swap_recipient(vault_home, attacker.recipient)
    identity_before = (vault_home / "identity.age").read_bytes()
    key_file, new_pass = tmp_path / "key", tmp_path / "new"
    key_file.write_text(template.recovery_key + "\n")
    new_pass.write_text("a brand new passphrase\n")
    result = run_reflect(
        "vault", "recover", "--recovery-key-file", str(key_file),
        "--new-passphrase-file", str(new_pass),
    )  # fmt: skip
    assert result.returncode == 4, result.stderr
    assert "identity.recovery.age" in result.stderr and "Traceback" not in result.stderr
    assert (vault_home / "identity.age").read_bytes() == identity_before
    assert Vault.open(vault_home).unlock(PASSPHRASE).identity.recipient == keys.identity.recipient


def test_a_device_without_a_pin_unlocks_before_it_writes(vault_home: Path, tmp_path: Path) -> None:
    vault = Vault.open(vault_home, state_root=tmp_path / "fresh-device")
    assert vault.device.pin is None
    with pytest.raises(Exception, match="Unlock it once"):
        Journal(vault).add(make_entry())
    assert list((vault_home / "entries").iterdir()) == []


# ---- planted entries and drafts -----------------------------------------------------------------


def test_planted_entry_is_flagged_everywhere_and_left_out_until_trusted(
    vault_home: Path,
    tmp_path: Path,
    reflect: Reflect,
) -> None:
    mine = make_entry("my own words", title="Mine")
    Journal(Vault.open(vault_home)).add(mine)
    planted = make_entry(f"words I never wrote {MARKER}", days=1, title="Planted")
    plant(vault_home, planted)
    for _ in range(2):  # every unlock, not once
        listed = reflect("list", "--json")
        first_line = listed.stderr.splitlines()[1]  # after "Unlocking..."
        assert "not written by any of your devices" in first_line
        assert f"entries/{planted.id}.age" in listed.stderr
        rows = {r["id"]: r["verified"] for r in json.loads(listed.stdout)}
        assert rows == {mine.id: True, planted.id: False}
    assert "UNVERIFIED" in reflect("list").stdout
    hits = json.loads(reflect("search", "words", "--json").stdout)
    assert {h["id"]: h["verified"] for h in hits} == {mine.id: True, planted.id: False}
    shown = reflect("show", planted.id[:6], "--json")
    assert json.loads(shown.stdout)["verified"] is False
    out = tmp_path / "export.json"
    exported = reflect("export", "--format", "json", "-o", str(out), "--yes")
    assert exported.returncode == 0 and "1 unverified entry is left out" in exported.stderr
    assert [e["id"] for e in json.loads(out.read_text())["entries"]] == [mine.id]
    refused = reflect("export", planted.id[:6], "--format", "json", "--yes")
    assert refused.returncode == 1 and "unverified" in refused.stderr
    out.unlink()
    trusted = reflect("vault", "trust", planted.id[:6], "--yes")
    assert trusted.returncode == 0, trusted.stderr
    after = reflect("list", "--json")
    assert "not written by" not in after.stderr
    assert all(r["verified"] for r in json.loads(after.stdout))


def test_trust_without_yes_shows_the_entry_and_needs_a_terminal(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    planted = make_entry("planted")
    plant(vault_home, planted)
    result = reflect("vault", "trust", planted.id[:6])
    assert result.returncode == 1 and "--yes" in result.stderr
    assert not json.loads(reflect("list", "--json").stdout)[0]["verified"]


def test_a_planted_draft_reusing_an_entry_id_never_replaces_the_entry(
    vault_home: Path,
    keys: Keys,
) -> None:
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    real = make_entry("the answers I really gave")
    opened.save(real)
    fake = real.model_copy(update={"status": "draft", "answers": real.answers[:1]})
    plant(vault_home, fake, folder="drafts")
    journal = Journal(Vault.open(vault_home))
    reopened, report = journal.unlock(keys)
    assert reopened.drafts() == []  # never offered for resume
    assert [r["location"] for r in report.unverified] == [f"drafts/{real.id}.age"]
    assert reopened.get(real.id).answers == real.answers


def test_escape_sequences_in_a_planted_title_cannot_hide_the_warning(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    erase = "\x1b[2K\x1b[1A\x1b[2K\r\x1b]0;owned\x07\x9b31m"
    planted = make_entry(f"answer {erase}", title=f"{erase}[bold red]x[/]")
    plant(vault_home, planted)
    for args in (("list",), ("search", "answer"), ("show", planted.id[:6])):
        result = reflect("--plain", *args)
        assert result.returncode == 0, result.stderr
        for stream in (result.stdout, result.stderr):
            assert "\x1b" not in stream and "\x9b" not in stream and "\x07" not in stream
        assert "[bold red]x[/]" in result.stdout + result.stderr  # shown as text, not markup
    assert "not written by any of your devices" in reflect("list").stderr


# ---- the index: deleted, corrupt, rolled back -----------------------------------------------------


def _journal_with_entries(vault_home: Path, reflect: Reflect, count: int) -> list[Entry]:
    entries = [make_entry(f"entry {i}", days=i) for i in range(count)]
    journal = Journal(Vault.open(vault_home))
    for entry in entries:
        journal.add(entry)
    assert reflect("list").returncode == 0  # recorded in the index; this device saw it
    return entries


@pytest.mark.parametrize("how", ["deleted", "corrupt"])
def test_a_lost_index_is_named_and_a_planted_entry_does_not_slip_in(
    vault_home: Path,
    reflect: Reflect,
    how: str,
) -> None:
    _journal_with_entries(vault_home, reflect, 12)
    planted = make_entry("planted among many", days=3, title="Planted")
    plant(vault_home, planted)
    index = vault_home / "index.age"
    if how == "deleted":
        index.unlink()
    else:
        index.write_bytes(index.read_bytes()[:-40])
    result = reflect("list", "--json")
    assert result.returncode == 0
    sentence = "index is gone" if how == "deleted" else "index was damaged"
    assert sentence in result.stderr
    assert f"entries/{planted.id}.age" in result.stderr and "more" not in result.stderr
    assert [r["id"] for r in json.loads(result.stdout) if not r["verified"]] == [planted.id]


def test_a_whole_folder_rolled_back_is_reported(
    vault_home: Path,
    tmp_path: Path,
    reflect: Reflect,
) -> None:
    _journal_with_entries(vault_home, reflect, 2)
    snapshot = tmp_path / "snapshot"
    shutil.copytree(vault_home, snapshot)
    Journal(Vault.open(vault_home)).add(make_entry("written after the snapshot", days=5))
    assert reflect("list").returncode == 0  # the device sees a newer index
    shutil.rmtree(vault_home)
    shutil.copytree(snapshot, vault_home)  # the attacker puts the old copy back
    result = reflect("list")
    assert "older than the one this device saw last" in result.stderr


# ---- the person's own devices ----------------------------------------------------------------------


def test_two_devices_over_one_folder_raise_no_alarm_but_both_flag_a_planted_entry(
    vault_home: Path, state_root: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    laptop, desktop = state_root, tmp_path / "desktop-state"
    first = reflect_as(vault_home, desktop, passphrase_file, "list")
    assert first.returncode == 0 and "is now one of your devices" in first.stderr
    # Each device writes while locked, then each unlocks: no alarm for the other's writes.
    Journal(Vault.open(vault_home, state_root=desktop)).add(make_entry("from the desktop"))
    Journal(Vault.open(vault_home, state_root=laptop)).add(make_entry("from the laptop", days=1))
    on_laptop = reflect_as(vault_home, laptop, passphrase_file, "list", "--json")
    assert "not written" not in on_laptop.stderr and "1 entry from" in on_laptop.stderr
    on_desktop = reflect_as(vault_home, desktop, passphrase_file, "list", "--json")
    assert "not written" not in on_desktop.stderr
    assert all(r["verified"] for r in json.loads(on_desktop.stdout))
    devices = json.loads(
        reflect_as(vault_home, desktop, passphrase_file, "vault", "devices", "--json").stdout
    )
    assert sorted(d["this"] for d in devices) == [False, True]
    planted = make_entry("planted", days=2)
    plant(vault_home, planted)
    for state in (laptop, desktop):
        seen = reflect_as(vault_home, state, passphrase_file, "list", "--json")
        assert f"entries/{planted.id}.age" in seen.stderr


def _rsync(source: Path, target: Path) -> None:
    if shutil.which("rsync"):
        subprocess.run(["rsync", "-a", "--delete", f"{source}/", f"{target}/"], check=True)
    else:  # the same effect: an exact copy, deletions included
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)


def test_a_folder_copied_back_and_forth_between_two_homes_raises_no_false_alarm(
    vault_home: Path, state_root: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    home_b, state_b = tmp_path / "home-b" / "vault", tmp_path / "state-b"
    home_b.parent.mkdir()
    Journal(Vault.open(vault_home)).add(make_entry("written at home A"))
    assert reflect_as(vault_home, state_root, passphrase_file, "list").returncode == 0
    _rsync(vault_home, home_b)
    at_b = reflect_as(home_b, state_b, passphrase_file, "list", "--json")
    assert at_b.returncode == 0 and "not written" not in at_b.stderr
    Journal(Vault.open(home_b, state_root=state_b)).add(make_entry("written at home B", days=1))
    assert reflect_as(home_b, state_b, passphrase_file, "list").returncode == 0
    _rsync(home_b, vault_home)
    at_a = reflect_as(vault_home, state_root, passphrase_file, "list", "--json")
    assert "not written" not in at_a.stderr and "older than" not in at_a.stderr
    assert len(json.loads(at_a.stdout)) == 2 and all(r["verified"] for r in json.loads(at_a.stdout))
    planted = make_entry("planted", days=2)
    plant(vault_home, planted)
    _rsync(vault_home, home_b)
    for home, state in ((vault_home, state_root), (home_b, state_b)):
        seen = reflect_as(home, state, passphrase_file, "list")
        assert f"entries/{planted.id}.age" in seen.stderr


def test_removing_a_device_keeps_what_it_wrote_and_distrusts_what_follows(
    vault_home: Path, state_root: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    lost = tmp_path / "lost-laptop"
    assert reflect_as(vault_home, lost, passphrase_file, "list").returncode == 0
    before = make_entry("written on the laptop before it was lost")
    Journal(Vault.open(vault_home, state_root=lost)).add(before)
    lost_id = Vault.open(vault_home, state_root=lost).device.device_id
    removed = reflect_as(
        vault_home, state_root, passphrase_file, "vault", "devices", "--remove", lost_id
    )
    assert removed.returncode == 0, removed.stderr
    after = make_entry("written on the lost laptop by whoever has it", days=1)
    Journal(Vault.open(vault_home, state_root=lost)).add(after)
    listed = json.loads(
        reflect_as(vault_home, state_root, passphrase_file, "list", "--json").stdout
    )
    assert {r["id"]: r["verified"] for r in listed} == {before.id: True, after.id: False}


# ---- files that steer the program ------------------------------------------------------------------


def test_a_forged_devices_file_cannot_vouch_for_a_planted_entry(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    from reflect.journal.seals import sealed
    from reflect.vault.device import DeviceState

    # The attacker makes a device of their own and a devices.age that lists it...
    fake_device = DeviceState(vault_home / "x", None, os.urandom(32))
    fake_device.pin = Vault.open(vault_home).device.pin
    planted = sealed(make_entry("planted with a forged seal"), fake_device)
    recipient = json.loads((vault_home / "vault.json").read_text())["recipient"]
    (vault_home / "entries" / f"{planted.id}.age").write_bytes(
        age.encrypt_to([recipient], planted.to_json_bytes())
    )
    listing = {"format": 1, "devices": [{"id": planted.seal.device, "name": "x",  # type: ignore[union-attr]
                "key": fake_device.key.hex(), "added": "2026-01-01"}]}  # fmt: skip
    forged = b"0" * 64 + b"\n" + json.dumps(listing).encode()
    (vault_home / "devices.age").write_bytes(age.encrypt_to([recipient], forged))
    result = reflect("list", "--json")
    assert "devices.age failed its check" in result.stderr
    assert [r["verified"] for r in json.loads(result.stdout)] == [False]


def test_a_swapped_always_redact_list_is_refused_not_used(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    assert reflect("redactions", "add", "Marguerite").returncode == 0
    recipient = json.loads((vault_home / "vault.json").read_text())["recipient"]
    emptied = json.dumps({"redact": []}).encode()
    (vault_home / "redactions.age").write_bytes(age.encrypt_to([recipient], emptied))
    result = reflect("redactions", "list")
    assert result.returncode == 4, result.stderr
    assert "redactions.age failed its check" in result.stderr and "Traceback" not in result.stderr


# ---- no plaintext left behind -------------------------------------------------------------------


def test_no_answer_is_left_in_plaintext_after_the_attacks(
    vault_home: Path,
    state_root: Path,
    tmp_path: Path,
    reflect: Reflect,
) -> None:
    import time

    started = time.time()
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    env = {"TMPDIR": str(private_tmp)}
    planted = make_entry(MARKER, days=2)
    plant(vault_home, planted)
    swap_recipient(vault_home, age.Identity.generate().recipient)
    journal = Journal(Vault.open(vault_home))
    journal.save_draft(make_entry(MARKER, status="draft"))
    journal.add(make_entry(MARKER, days=1))
    (vault_home / "index.age").unlink(missing_ok=True)
    assert reflect("list", env=env).returncode == 0
    assert reflect("search", MARKER, env=env).returncode == 0
    assert reflect("vault", "trust", "--yes", planted.id, env=env).returncode == 0
    needle = MARKER.encode()
    leaks = []
    for place in (vault_home, state_root, private_tmp, Path("/dev/shm")):
        for path in place.rglob("*") if place.exists() else []:
            if path.is_file() and needle in path.read_bytes():
                leaks.append(path)
    for path in Path("/tmp").glob("*"):  # the system temp folder, for files of this test's time
        if path.is_file() and path.stat().st_mtime >= started and needle in path.read_bytes():
            leaks.append(path)
    assert leaks == []


def test_state_folder_is_private_and_outside_the_vault(vault_home: Path, state_root: Path) -> None:
    folder = folder_for(vault_home, state_root)
    assert not folder.is_relative_to(vault_home)
    assert (folder.stat().st_mode & 0o777) == 0o700
    for name in ("pin.json", "device.key"):
        assert ((folder / name).stat().st_mode & 0o777) == 0o600


def test_a_file_name_holding_escape_sequences_is_shown_harmless(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    (vault_home / "entries" / "\x1b[2K\x1b]0;x\x07evil.age").write_bytes(b"not age")
    for args in (("list",), ("vault", "check")):
        result = reflect(*args)
        assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stderr
        assert "evil.age" in result.stdout + result.stderr


# ---- holes found by an attacker with write access to the folder --------------------------------


def test_removing_vault_json_never_lets_init_overwrite_the_vault(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    Journal(Vault.open(vault_home)).add(make_entry("keep me"))
    identity = (vault_home / "identity.age").read_bytes()
    (vault_home / "vault.json").unlink()
    init = reflect("vault", "init", "--no-recovery-key")
    assert init.returncode == 1 and "already exists" in init.stderr
    assert (vault_home / "identity.age").read_bytes() == identity
    listed = reflect("list", "--json")  # this device's pin rebuilds vault.json
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1
    assert json.loads((vault_home / "vault.json").read_text())["format"] == 2


def test_a_file_swapped_after_the_unlock_is_checked_again_when_read(
    vault_home: Path,
    keys: Keys,
) -> None:
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    real = make_entry("the real answer")
    opened.save(real)
    reopened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    plant(vault_home, real.model_copy(update={"title": "swapped in"}))
    assert reopened.entries() == []  # the export and the story see the seal fail on read
    with pytest.raises(Exception, match="unverified"):
        reopened.get_verified(real.id)


def test_trust_seals_what_was_shown_not_what_the_file_holds_now(
    vault_home: Path,
    keys: Keys,
) -> None:
    harmless = make_entry("shopping list: milk, eggs")
    plant(vault_home, harmless)
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    shown, folder = opened.find_unverified(harmless.id)
    plant(vault_home, harmless.model_copy(update={"title": "swapped while you read"}))
    opened.trust(shown, folder)
    again, report = Journal(Vault.open(vault_home)).unlock(keys)
    assert again.get(harmless.id).title is None and report.unverified == []


def test_a_planted_id_that_starts_a_real_one_can_still_be_named(
    vault_home: Path,
    keys: Keys,
) -> None:
    real = make_entry("mine").model_copy(update={"id": "aaaa1111aaaa1111"})
    Journal(Vault.open(vault_home)).add(real)
    plant(vault_home, make_entry("planted").model_copy(update={"id": "aaaa1111"}))
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    assert opened.resolve("aaaa1111") == "aaaa1111"


def test_a_planted_entry_with_a_drafts_id_does_not_hide_the_draft(
    vault_home: Path,
    keys: Keys,
) -> None:
    journal = Journal(Vault.open(vault_home))
    draft = make_entry("half way", status="draft")
    journal.save_draft(draft)
    plant(vault_home, draft.model_copy(update={"status": "complete"}))
    assert [d.id for d in journal.unlock(keys)[0].drafts()] == [draft.id]


def test_a_draft_copied_into_entries_is_no_entry_of_theirs(
    vault_home: Path,
    keys: Keys,
) -> None:
    journal = Journal(Vault.open(vault_home))
    draft = make_entry("half way", status="draft")
    journal.save_draft(draft)
    shutil.copy(vault_home / "drafts" / f"{draft.id}.age", vault_home / "entries")
    _, report = journal.unlock(keys)
    assert f"entries/{draft.id}.age" in [r["location"] for r in report.unverified]


def test_an_import_is_not_skipped_because_of_a_planted_entry_with_its_id(
    vault_home: Path,
    tmp_path: Path,
    reflect: Reflect,
) -> None:
    real = make_entry("what I really wrote")
    plant(vault_home, real.model_copy(update={"answers": real.answers[:1]}))
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "reflect.entries/1", "entries": [
        real.model_dump(mode="json", by_alias=True, exclude_none=True)]}))  # fmt: skip
    assert reflect("import", str(source)).returncode == 0
    shown = json.loads(reflect("show", real.id, "--json").stdout)
    assert shown["verified"] is True and shown["answers"][1]["value"] == "what I really wrote"


def test_turning_vault_json_back_to_format_1_does_not_rerun_the_upgrade(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    assert reflect("redactions", "add", "Marguerite").returncode == 0
    meta = json.loads((vault_home / "vault.json").read_text())
    (vault_home / "vault.json").write_text(json.dumps({**meta, "format": 1}))
    recipient = meta["recipient"]
    (vault_home / "redactions.age").write_bytes(
        age.encrypt_to([recipient], json.dumps({"redact": ["attacker-chosen"]}).encode())
    )
    listed = reflect("list")
    assert "this device saw it upgraded" in listed.stderr
    assert json.loads((vault_home / "vault.json").read_text())["format"] == 2
    redactions = reflect("redactions", "list")
    assert redactions.returncode == 4 and "failed its check" in redactions.stderr


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder"])
def test_a_link_a_pipe_or_a_folder_among_the_entries_is_not_opened(
    vault_home: Path,
    reflect: Reflect,
    kind: str,
) -> None:
    Journal(Vault.open(vault_home)).add(make_entry("mine"))
    odd = vault_home / "entries" / "0123456789abcdef.age"
    if kind == "symlink":
        odd.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(odd)
    else:
        odd.mkdir()
    result = reflect("list", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 1


@pytest.mark.parametrize("name", ["index.age", "devices.age", "vault.json"])
def test_a_folder_where_a_vault_file_belongs_is_damage_not_a_crash(
    vault_home: Path,
    reflect: Reflect,
    name: str,
) -> None:
    path = vault_home / name
    path.unlink(missing_ok=True)
    path.mkdir()
    result = reflect("list")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 4), result.stderr  # named, and the rest still opens


def test_a_garbled_identity_file_is_damage_not_a_wrong_passphrase(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    (vault_home / "identity.age").write_bytes(b"garbage")
    result = reflect("list")
    assert result.returncode == 4 and "not an age file" in result.stderr


def test_a_device_listed_again_has_its_entries_verified_again(
    vault_home: Path, state_root: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    desktop = tmp_path / "desktop"
    before_desktop = (vault_home / "devices.age").read_bytes()
    assert reflect_as(vault_home, desktop, passphrase_file, "list").returncode == 0
    Journal(Vault.open(vault_home, state_root=desktop)).add(make_entry("from the desktop"))
    (vault_home / "devices.age").write_bytes(before_desktop)  # an old copy, without the desktop
    assert "not written" in reflect_as(vault_home, state_root, passphrase_file, "list").stderr
    assert reflect_as(vault_home, desktop, passphrase_file, "list").returncode == 0  # re-adds
    after = reflect_as(vault_home, state_root, passphrase_file, "list", "--json")
    assert all(r["verified"] for r in json.loads(after.stdout)), after.stderr


def test_vault_info_shows_vault_json_fields_harmless(
    vault_home: Path,
    reflect: Reflect,
) -> None:
    meta = json.loads((vault_home / "vault.json").read_text())
    (vault_home / "vault.json").write_text(json.dumps({**meta, "created": "\x1b]0;x\x07\x1b[2J"}))
    result = reflect("vault", "info")
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_a_forked_index_counted_up_by_another_device_does_not_hide_a_lost_entry(
    vault_home: Path, state_root: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    other = tmp_path / "other-device"
    assert reflect_as(vault_home, other, passphrase_file, "list").returncode == 0
    snapshot = tmp_path / "snapshot"
    shutil.copytree(vault_home, snapshot)  # the attacker keeps an old copy
    newer = make_entry("written after the copy was made", days=4)
    Journal(Vault.open(vault_home)).add(newer)
    assert reflect_as(vault_home, state_root, passphrase_file, "list").returncode == 0
    shutil.rmtree(vault_home)
    shutil.copytree(snapshot, vault_home)
    for _ in range(3):  # the other device, which never saw the newer state, counts up
        for path in (vault_home / "entries").glob("*.age"):
            os.utime(path)
        (vault_home / "index.age").unlink(missing_ok=True)
        reflect_as(vault_home, other, passphrase_file, "list")
    seen = reflect_as(vault_home, state_root, passphrase_file, "list")
    assert newer.id[:8] in seen.stderr and "Missing since you last unlocked" in seen.stderr


def test_a_deleted_entry_put_back_is_unverified(
    vault_home: Path,
    tmp_path: Path,
    reflect: Reflect,
) -> None:
    entry = make_entry("I deleted this on purpose")
    Journal(Vault.open(vault_home)).add(entry)
    assert reflect("list").returncode == 0
    kept = tmp_path / "old.age"
    shutil.copy(vault_home / "entries" / f"{entry.id}.age", kept)
    assert reflect("delete", entry.id, "--yes").returncode == 0
    shutil.copy(kept, vault_home / "entries" / f"{entry.id}.age")
    listed = reflect("list", "--json")
    assert [r["verified"] for r in json.loads(listed.stdout)] == [False]
    assert f"entries/{entry.id}.age" in listed.stderr


def test_an_old_devices_file_put_back_cannot_bring_a_removed_device_back(
    vault_home: Path, state_root: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    lost = tmp_path / "lost-laptop"
    assert reflect_as(vault_home, lost, passphrase_file, "list").returncode == 0
    old_list = (vault_home / "devices.age").read_bytes()
    lost_id = Vault.open(vault_home, state_root=lost).device.device_id
    assert (
        reflect_as(
            vault_home, state_root, passphrase_file, "vault", "devices", "--remove", lost_id
        ).returncode
        == 0
    )
    (vault_home / "devices.age").write_bytes(old_list)  # the attacker replays the old list
    planted = make_entry("written with the stolen laptop's key")
    Journal(Vault.open(vault_home, state_root=lost)).add(planted)
    listed = reflect_as(vault_home, state_root, passphrase_file, "list", "--json")
    assert "a device you removed" in listed.stderr
    assert [r["verified"] for r in json.loads(listed.stdout)] == [False]
