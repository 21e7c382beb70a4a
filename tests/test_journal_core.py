"""Rules that live in the journal core (issue 9), reached without the CLI: the previous run of
an entry, an edit, errors as classes and hints; and a command imported and called directly."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import typer
from pydantic import ValidationError
from typer.testing import CliRunner

from reflect.errors import DamagedError, Hint, ReflectError
from reflect.journal.edits import edited
from reflect.journal.entry_file import SwappedEntry
from reflect.journal.store import Journal, OpenJournal
from reflect.models import Entry
from reflect.vault import Keys, Vault

from helpers import make_entry


def opened(home: Path, keys: Keys) -> OpenJournal:
    return Journal(Vault.open(home)).unlock(keys)[0]


def at(iso: str, **extra: object) -> Entry:
    return make_entry(created=datetime.fromisoformat(iso), **extra)  # type: ignore[arg-type]


def test_the_previous_run_is_the_newest_earlier_entry_of_the_same_set(
    vault_home: Path, keys: Keys
) -> None:
    first = at("2026-11-01T10:00:00+00:00")
    second = at("2026-11-10T10:00:00+00:00")
    other_set = at("2026-11-12T10:00:00+00:00", set="someone-elses")
    latest = at("2026-11-20T10:00:00+00:00")
    journal = opened(vault_home, keys)
    journal.save_all([first, second, other_set, latest])
    assert journal.previous_run(latest).id == second.id
    assert journal.previous_run(second).id == first.id
    with pytest.raises(ReflectError, match="There is no earlier run of 'imperfect-men'"):
        journal.previous_run(first)


def test_the_previous_run_compares_moments_not_strings(vault_home: Path, keys: Keys) -> None:
    # 23:00 at UTC-5 is 04:00 UTC the next day: after `now`, though its ISO string sorts before.
    early = at("2026-11-01T10:00:00+00:00")
    late_in_new_york = at("2026-11-22T23:00:00-05:00")
    now = at("2026-11-23T01:00:00+00:00")
    journal = opened(vault_home, keys)
    journal.save_all([early, late_in_new_york, now])
    assert journal.previous_run(now).id == early.id
    assert journal.previous_run(late_in_new_york).id == now.id


def test_runs_to_compare_are_the_earlier_ones_or_for_the_earliest_the_later_ones(
    vault_home: Path, keys: Keys
) -> None:
    first = at("2026-11-01T10:00:00+00:00")
    second = at("2026-11-10T10:00:00+00:00")
    third = at("2026-11-20T10:00:00+00:00")
    other_set = at("2026-11-05T10:00:00+00:00", set="someone-elses")
    journal = opened(vault_home, keys)
    journal.save_all([first, second, third, other_set])
    assert [r["id"] for r in journal.runs_to_compare(third.id)] == [second.id, first.id]
    assert [r["id"] for r in journal.runs_to_compare(first.id)] == [third.id, second.id]
    assert journal.runs_to_compare(other_set.id) == []


def test_the_latest_entry_stands_in_for_a_missing_id_and_an_empty_journal_says_how_to_start(
    vault_home: Path, keys: Keys
) -> None:
    journal = opened(vault_home, keys)
    with pytest.raises(ReflectError) as raised:
        journal.latest_or(None)
    assert raised.value.hint is Hint.START_REFLECTION
    assert str(raised.value) == "There are no entries yet. Run `reflect` to start a reflection."
    older, newer = make_entry(days=1), make_entry(days=3)
    journal.save_all([older, newer])
    assert journal.latest_or(None) == newer.id
    assert journal.latest_or("abc") == "abc"


def test_an_edit_is_a_validated_copy_stamped_now() -> None:
    entry = make_entry(tags=["Work"])
    changed = edited(entry, title="A new title", tags=[" Family ", "family", "WORK"])
    assert (changed.title, changed.tags) == ("A new title", ["family", "work"])
    assert changed.updated is not None
    assert (entry.title, entry.tags, entry.updated) == (None, ["work"], None)  # untouched
    assert edited(entry, title="").title == ""  # an empty title is a title
    with pytest.raises(ValidationError):
        edited(entry, answers=["not an answer"])  # type: ignore[list-item]


def test_a_swapped_entry_is_an_error_class_not_a_message(vault_home: Path, keys: Keys) -> None:
    mine, other = make_entry("mine"), make_entry("another")
    journal = opened(vault_home, keys)
    journal.save_all([mine, other])
    (vault_home / "entries" / f"{mine.id}.age").write_bytes(
        (vault_home / "entries" / f"{other.id}.age").read_bytes()
    )
    with pytest.raises(SwappedEntry) as raised:
        journal.get(mine.id)
    assert isinstance(raised.value, DamagedError)
    assert [d.reason for d in journal.check()] == ["swapped: it holds a different entry"]


def test_a_missing_identity_points_to_recovery_with_a_hint(vault_home: Path) -> None:
    (vault_home / "identity.age").unlink()
    with pytest.raises(DamagedError) as raised:
        Vault.open(vault_home).unlock("correct horse battery staple")
    assert raised.value.hint is Hint.RECOVER_VAULT
    assert str(raised.value) == (
        f"{vault_home / 'identity.age'} is missing, so the vault cannot be unlocked. "
        "Run `reflect vault recover` with your recovery key to make a new one."
    )


def test_a_command_can_be_imported_and_called(
    vault_home: Path, keys: Keys, passphrase_file: Path
) -> None:
    from reflect.cli.journal_cmds import list_entries, show

    entry = make_entry("called directly", title="direct")
    Journal(Vault.open(vault_home)).add(entry)
    app = typer.Typer()
    app.command("list")(list_entries)
    app.command("show")(show)
    runner = CliRunner()
    listed = runner.invoke(app, ["list", "--json", "--passphrase-file", str(passphrase_file)])
    assert listed.exit_code == 0, listed.output
    assert [r["id"] for r in json.loads(listed.stdout)] == [entry.id]
    shown = runner.invoke(app, ["show", "--json", "--passphrase-file", str(passphrase_file)])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["answers"][1]["value"] == "called directly"


def test_the_index_payload_round_trips_and_leaves_the_collector_as_it_found_it() -> None:
    import gc

    from reflect.journal.index import LEGACY_INDEX_FORMAT, encode_index, parse_index
    from reflect.journal.rows import Row

    rows = [
        Row.of(make_entry(f"text {n}", days=n), f"{n:064x}", (n, n, n, n), None) for n in range(3)
    ]
    rows.sort(key=lambda r: r.id)
    payload = memoryview(encode_index(rows, generation=7, deleted={"dead"}))
    loaded = parse_index(payload, vault_format=2)
    assert not isinstance(loaded, str)
    assert [(r.id, r.text) for r in loaded.rows.values()] == [(r.id, r.text) for r in rows]
    assert (loaded.generation, loaded.deleted) == (7, {"dead"})
    assert parse_index(memoryview(b"not json\n"), vault_format=2) == "corrupt"
    legacy = json.dumps({"format": LEGACY_INDEX_FORMAT, "rows": []}).encode() + b"\n"
    assert parse_index(memoryview(legacy), vault_format=2) == "old"
    assert gc.isenabled()
    gc.disable()
    try:
        parse_index(payload, vault_format=2)
        assert not gc.isenabled()  # a caller's own pause is not ended by the loader
    finally:
        gc.enable()
