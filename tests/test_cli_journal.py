"""The journal commands as a person (or a script) runs them: the installed `reflect` binary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.journal.store import Journal
from reflect.models import EntryFile
from reflect.vault import Keys, Vault

from conftest import PASSPHRASE, Reflect, Template, assert_clean_failure, run_reflect
from helpers import make_entry, plant

MINIMAL = {
    "format": "reflect.entries/1",
    "entries": [
        {
            "created": "2026-11-20T21:14:00+00:00",
            "set": "imperfect-men",
            "answers": [
                {"step": "drink", "prompt": "Did I ever ...?", "kind": "yesno", "value": "yes"},
                {
                    "step": "drink-what",
                    "prompt": "What happened?",
                    "kind": "text",
                    "value": "It was at a party...",
                },
            ],
        }
    ],
}


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data))
    return path


def test_init_non_interactive_shows_recovery_key_once(
    reflect_home: Path, passphrase_file: Path
) -> None:
    result = run_reflect("vault", "init", "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    assert "AGE-SECRET-KEY-1" in result.stdout
    assert "only way back in" in result.stdout
    assert (reflect_home / "identity.recovery.age").exists()
    again = run_reflect("vault", "init", "--passphrase-file", str(passphrase_file))
    assert_clean_failure(again, 1)
    assert "already exists" in again.stderr


def test_init_without_recovery_key(reflect_home: Path, passphrase_file: Path) -> None:
    result = run_reflect(
        "vault", "init", "--no-recovery-key", "--passphrase-file", str(passphrase_file)
    )
    assert result.returncode == 0
    assert "AGE-SECRET-KEY" not in result.stdout
    assert not (reflect_home / "identity.recovery.age").exists()


def test_init_refuses_short_and_warns_on_weak(reflect_home: Path, tmp_path: Path) -> None:
    short = write_json(tmp_path / "short", "x")
    short.write_text("abc\n")
    assert_clean_failure(run_reflect("vault", "init", "--passphrase-file", str(short)), 1)
    assert not (reflect_home / "vault.json").exists()
    weak = tmp_path / "weak"
    weak.write_text("password1\n")
    result = run_reflect("vault", "init", "--passphrase-file", str(weak))
    assert result.returncode == 0 and "weak" in result.stderr


def test_no_vault_names_vault_init(reflect_home: Path) -> None:
    result = run_reflect("list")
    assert_clean_failure(result, 1)
    assert "reflect vault init" in result.stderr


def test_wrong_passphrase_exits_3_with_one_line(vault_home: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("definitely not it\n")
    result = run_reflect("list", "--passphrase-file", str(wrong))
    assert_clean_failure(result, 3)
    assert "Wrong passphrase" in result.stderr


def test_locked_without_terminal_or_source_exits_3(vault_home: Path) -> None:
    result = run_reflect("list")
    assert_clean_failure(result, 3)
    assert "REFLECT_PASSPHRASE_FILE" in result.stderr


def test_passphrase_command_source(vault_home: Path, tmp_path: Path) -> None:
    result = run_reflect(
        "list", env={"REFLECT_PASSPHRASE_COMMAND": f"printf '%s\\n' '{PASSPHRASE}'"}
    )
    assert result.returncode == 0, result.stderr


def test_import_list_show_search_json_contract(
    vault_home: Path, tmp_path: Path, reflect: Reflect
) -> None:
    imported = reflect("import", str(write_json(tmp_path / "in.json", MINIMAL)))
    assert imported.returncode == 0, imported.stderr
    listed = reflect("list", "--json")
    rows = json.loads(listed.stdout)  # stdout is only JSON: notices went to stderr
    assert len(rows) == 1
    assert {"id", "created", "set", "status", "title"} <= rows[0].keys()
    entry_id = rows[0]["id"]
    shown = json.loads(reflect("show", entry_id[:5], "--json").stdout)
    assert shown["answers"][1]["value"] == "It was at a party..."
    assert shown["id"] == entry_id
    hits = json.loads(reflect("search", "PARTY", "--json").stdout)
    assert hits[0]["id"] == entry_id and hits[0]["snippets"]
    assert json.loads(reflect("search", "nowhere", "--json").stdout) == []
    table = reflect("list")
    assert entry_id[:8] in table.stdout and "imperfect-men" in table.stdout


def test_export_import_round_trip_is_lossless(
    vault_home: Path, tmp_path: Path, reflect: Reflect, keys: Keys
) -> None:
    journal = Journal(Vault.open(vault_home))
    originals = [
        make_entry(f"story {i} — with ünïcode", days=i, title=f"t{i}", tags=["x"]) for i in range(3)
    ]
    for entry in originals:
        journal.add(entry)
    out = tmp_path / "export.json"
    result = reflect("export", "--format", "json", "-o", str(out), "--yes")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert (out.stat().st_mode & 0o777) == 0o600
    exported = EntryFile.model_validate_json(out.read_text()).entries
    assert sorted(exported, key=lambda e: e.id) == sorted(originals, key=lambda e: e.id)
    # Into a fresh vault, then out again: the same bytes.
    fresh = tmp_path / "fresh"
    env = {"REFLECT_HOME": str(fresh)}
    assert reflect("vault", "init", "--no-recovery-key", env=env).returncode == 0
    assert reflect("import", str(out), env=env).returncode == 0
    again = tmp_path / "again.json"
    assert reflect("export", "-o", str(again), "--yes", env=env).returncode == 0
    assert json.loads(again.read_text()) == json.loads(out.read_text())
    skipped = reflect("import", str(out), env=env)
    assert "Imported 0 entries; skipped 3" in skipped.stderr


@pytest.mark.parametrize("fmt, needle", [("md", "## What happened?"), ("txt", "What happened?")])
def test_export_markdown_and_text(
    vault_home: Path, reflect: Reflect, fmt: str, needle: str
) -> None:
    Journal(Vault.open(vault_home)).add(make_entry("the words"))
    result = reflect("export", "--format", fmt, "--yes")
    assert needle in result.stdout and "the words" in result.stdout


def test_export_without_yes_and_without_terminal_refuses(
    vault_home: Path, reflect: Reflect, tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    result = reflect("export", "-o", str(out))
    assert_clean_failure(result, 1)
    assert "--yes" in result.stderr and not out.exists()


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"\xff\xfe not utf-8 \x80", "not UTF-8"),
        (b'{"format": "reflect.entries/1", "entries": [', "not valid JSON"),
        (b'{"entries": []}', "reflect.entries/1"),
        (
            json.dumps({**MINIMAL, "entries": [*MINIMAL["entries"], {"set": "x"}]}).encode(),
            "entry 2",
        ),
    ],
)
def test_malformed_import_is_rejected_whole(
    vault_home: Path, tmp_path: Path, reflect: Reflect, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = reflect("import", str(path))
    assert_clean_failure(result, 1)
    assert reason in result.stderr and "nothing was imported" in result.stderr
    assert list((vault_home / "entries").iterdir()) == []


def test_delete_asks_or_takes_yes(vault_home: Path, reflect: Reflect) -> None:
    entry = make_entry()
    Journal(Vault.open(vault_home)).add(entry)
    refused = reflect("delete", entry.id[:6])
    assert_clean_failure(refused, 1)
    assert (vault_home / "entries" / f"{entry.id}.age").exists()
    done = reflect("delete", entry.id[:6], "--yes")
    assert done.returncode == 0 and not (vault_home / "entries" / f"{entry.id}.age").exists()


def test_edit_title_and_tags_without_a_terminal(vault_home: Path, reflect: Reflect) -> None:
    entry = make_entry()
    Journal(Vault.open(vault_home)).add(entry)
    assert (
        reflect("edit", entry.id[:6], "--title", "At the party", "--tag", "Drink").returncode == 0
    )
    shown = json.loads(reflect("show", entry.id, "--json").stdout)
    assert shown["title"] == "At the party" and shown["tags"] == ["drink"] and shown["updated"]
    interactive = reflect("edit", entry.id[:6])
    assert_clean_failure(interactive, 1)
    assert "--title" in interactive.stderr


def test_show_compare_sets_runs_side_by_side(vault_home: Path, reflect: Reflect) -> None:
    journal = Journal(Vault.open(vault_home))
    then, now = make_entry("I blamed her.", days=0), make_entry("I own it now.", days=30)
    journal.add(then)
    journal.add(now)
    result = reflect("--plain", "show", now.id[:6], "--compare", "previous")
    assert result.returncode == 0, result.stderr
    assert "then (2026-11-20): I blamed her." in result.stdout
    assert "now: I own it now." in result.stdout


def test_planted_entry_is_reported_on_stderr(vault_home: Path, reflect: Reflect) -> None:
    assert reflect("list").returncode == 0
    planted = make_entry("planted", title="Not mine")
    plant(vault_home, planted)
    result = reflect("list", "--json")
    assert "not written by any of your devices" in result.stderr and "Not mine" in result.stderr
    row = json.loads(result.stdout)[0]
    assert row["id"] == planted.id and row["verified"] is False


def test_vault_info_needs_no_passphrase_and_shows_no_secret(vault_home: Path) -> None:
    result = run_reflect("vault", "info", "--json")
    info = json.loads(result.stdout)
    assert info["format"] == 2 and info["entries"] == 0 and info["recovery_key"] is True
    assert "SECRET" not in result.stdout


def test_vault_check_names_damaged_file_and_exits_4(vault_home: Path, reflect: Reflect) -> None:
    good, bad = make_entry("ok"), make_entry("bad", days=1)
    journal = Journal(Vault.open(vault_home))
    journal.add(good)
    journal.add(bad)
    assert reflect("vault", "check").returncode == 0
    path = vault_home / "entries" / f"{bad.id}.age"
    path.write_bytes(path.read_bytes()[:-20])
    listed = reflect("list", "--json")
    assert listed.returncode == 0 and [r["id"] for r in json.loads(listed.stdout)] == [good.id]
    assert bad.id[:8] in listed.stderr or bad.id in listed.stderr
    checked = reflect("vault", "check")
    assert checked.returncode == 4
    assert bad.id in checked.stdout and good.id not in checked.stdout


def test_missing_identity_exits_4(vault_home: Path, reflect: Reflect) -> None:
    (vault_home / "identity.age").unlink()
    result = reflect("list")
    assert_clean_failure(result, 4)
    assert "identity.age" in result.stderr


def test_newer_vault_format_is_a_clear_error(vault_home: Path, reflect: Reflect) -> None:
    meta = json.loads((vault_home / "vault.json").read_text())
    (vault_home / "vault.json").write_text(json.dumps({**meta, "format": 9}))
    result = reflect("list")
    assert_clean_failure(result, 1)
    assert "newer reflect" in result.stderr


def test_passwd_and_recover(vault_home: Path, tmp_path: Path, template: Template) -> None:
    old, new, newer, key = tmp_path / "old", tmp_path / "new", tmp_path / "newer", tmp_path / "key"
    old.write_text(PASSPHRASE + "\n")
    new.write_text("a completely new passphrase\n")
    newer.write_text("yet another long passphrase\n")
    key.write_text(template.recovery_key + "\n")
    assert (
        run_reflect(
            "vault", "passwd", "--passphrase-file", str(old), "--new-passphrase-file", str(new)
        ).returncode
        == 0
    )
    assert_clean_failure(run_reflect("list", "--passphrase-file", str(old)), 3)
    assert run_reflect("list", "--passphrase-file", str(new)).returncode == 0
    recovered = run_reflect(
        "vault", "recover", "--recovery-key-file", str(key), "--new-passphrase-file", str(newer)
    )
    assert recovered.returncode == 0, recovered.stderr
    assert run_reflect("list", "--passphrase-file", str(newer)).returncode == 0
    wrong_key = tmp_path / "wrong-key"
    wrong_key.write_text(
        "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ\n"
    )
    result = run_reflect(
        "vault", "recover", "--recovery-key-file", str(wrong_key), "--new-passphrase-file", str(new)
    )
    assert_clean_failure(result, 3)


def test_usage_errors_exit_2(vault_home: Path, reflect: Reflect) -> None:
    assert reflect("list", "--since", "yesterday").returncode == 2
    assert reflect("export", "--format", "pdf", "--yes").returncode == 2


def _three_entries(vault_home: Path, keys: Keys) -> list[str]:
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    entries = [
        make_entry("I hung my coat on the coat rack.", days=0, title="oldest"),
        make_entry("A quiet evening at home, nothing about a coat.", days=2, title="newest"),
        make_entry("The rack in the hall fell over.", days=1, title="middle"),
    ]
    opened.save_all(entries)
    return [e.id for e in entries]


def test_show_and_edit_without_an_id_take_the_latest_entry(
    vault_home: Path, reflect: Reflect, keys: Keys
) -> None:
    ids = _three_entries(vault_home, keys)
    shown = json.loads(reflect("show", "--json").stdout)
    assert shown["id"] == ids[1] and shown["title"] == "newest"
    assert "newest" in reflect("show").stdout
    edited = reflect("edit", "--title", "renamed")
    assert edited.returncode == 0, edited.stderr
    assert json.loads(reflect("show", ids[1], "--json").stdout)["title"] == "renamed"


def test_show_without_an_id_in_an_empty_journal(vault_home: Path, reflect: Reflect) -> None:
    result = reflect("show")
    assert_clean_failure(result, 1)
    assert "no entries yet" in result.stderr


def test_search_takes_several_words_all_of_which_must_match(
    vault_home: Path, reflect: Reflect, keys: Keys
) -> None:
    ids = _three_entries(vault_home, keys)
    hits = json.loads(reflect("search", "coat", "RACK", "--json").stdout)
    assert [h["id"] for h in hits] == [ids[0]]
    # One snippet for the one place both words are, not one per word.
    assert hits[0]["snippets"] == ["I hung my coat on the coat rack."]
    assert [h["id"] for h in json.loads(reflect("search", "rack", "--json").stdout)] == [
        ids[2],
        ids[0],
    ]
    shown = reflect("search", "coat", "rack")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.count("oldest") == 1 and "What happened?" in shown.stdout


def test_search_without_words_and_without_a_terminal_says_how(
    vault_home: Path, reflect: Reflect
) -> None:
    result = reflect("search")
    assert_clean_failure(result, 2)
    assert "at a terminal to be asked" in result.stderr
    help_text = " ".join(reflect("search", "--help").stdout.split())
    assert "process list" in help_text and "shell's history" in help_text
