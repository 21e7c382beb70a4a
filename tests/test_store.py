"""The journal store: entries, the encrypted index and the authenticated manifest."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.errors import ReflectError, UsageError
from reflect.journal.store import Journal, OpenJournal, UnlockReport
from reflect.vault import Keys, Vault, age

from helpers import make_entry, plant


def open_journal(home: Path, keys: Keys) -> tuple[OpenJournal, UnlockReport]:
    return Journal(Vault.open(home)).unlock(keys)


def test_entries_this_device_saved_while_locked_raise_no_alarm(
    vault_home: Path, keys: Keys
) -> None:
    journal = Journal(Vault.open(vault_home))
    entry = make_entry("mine, written without the passphrase", title="first")
    journal.add(entry)
    opened, report = journal.unlock(keys)
    assert report.quiet
    assert opened.get(entry.id[:6]).answers[1].value == "mine, written without the passphrase"
    assert opened.summary(entry.id)["verified"] is True


def test_a_planted_entry_is_unverified_at_every_unlock_until_trusted(
    vault_home: Path, keys: Keys
) -> None:
    planted = make_entry("not mine", title="planted")
    plant(vault_home, planted)
    for _ in range(2):  # not a one-time notice: named again at the next unlock
        opened, report = open_journal(vault_home, keys)
        assert [r["id"] for r in report.unverified] == [planted.id]
        assert report.unverified[0]["location"] == f"entries/{planted.id}.age"
        assert opened.summary(planted.id)["verified"] is False
        assert opened.entries() == []  # left out of story, share and export
    opened.trust(*opened.find_unverified(planted.id[:6]))
    _, report = open_journal(vault_home, keys)
    assert report.quiet


def test_entries_saved_while_unlocked_are_not_reported(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    opened.save(make_entry("mine"))
    _, report = open_journal(vault_home, keys)
    assert report.quiet


def test_vanished_entry_is_reported(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry()
    opened.save(entry)
    (vault_home / "entries" / f"{entry.id}.age").unlink()
    reopened, report = open_journal(vault_home, keys)
    assert report.vanished == [entry.id]
    assert reopened.list_entries() == []


def test_replaced_entry_is_unverified(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry("what I wrote")
    opened.save(entry)
    forged = entry.model_copy(update={"title": "not mine"})
    forged.updated = entry.created.replace(year=2027)
    plant(vault_home, forged)
    reopened, report = open_journal(vault_home, keys)
    assert [r["id"] for r in report.unverified] == [entry.id]
    assert reopened.get(entry.id).title == "not mine"
    assert not reopened.is_verified(entry.id)


def test_a_seal_copied_onto_changed_answers_does_not_verify(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry("what I wrote")
    opened.save(entry)
    stored = opened.get(entry.id)
    assert stored.seal is not None
    altered = stored.model_copy(update={"title": "altered"})  # the seal kept, the content not
    recipient = Vault.open(vault_home).meta.recipient
    (vault_home / "entries" / f"{entry.id}.age").write_bytes(
        age.encrypt_to([recipient], altered.to_json_bytes())
    )
    _, report = open_journal(vault_home, keys)
    assert [r["id"] for r in report.unverified] == [entry.id]


def test_rolled_back_entry_is_reported(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry("first version")
    opened.save(entry)
    old_file = (vault_home / "entries" / f"{entry.id}.age").read_bytes()
    newer = entry.model_copy(update={"updated": entry.created.replace(year=2027)})
    opened.save(newer)
    (vault_home / "entries" / f"{entry.id}.age").write_bytes(old_file)
    _, report = open_journal(vault_home, keys)
    assert [r["id"] for r in report.rolled_back] == [entry.id]


def test_swapped_file_is_damaged_and_others_still_list(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    first, second = make_entry("one"), make_entry("two", days=1)
    opened.save_all([first, second])
    entries = vault_home / "entries"
    a, b = entries / f"{first.id}.age", entries / f"{second.id}.age"
    a_bytes = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(a_bytes)
    reopened, report = open_journal(vault_home, keys)
    assert {d.entry_id for d in report.damaged} == {first.id, second.id}
    assert all("swapped" in d.reason for d in report.damaged)
    assert reopened.list_entries() == []
    assert {d.entry_id for d in reopened.check()} == {first.id, second.id}


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_truncated_or_tampered_file_is_named_and_others_still_list(
    vault_home: Path, keys: Keys, damage: str
) -> None:
    opened, _ = open_journal(vault_home, keys)
    good, bad = make_entry("fine"), make_entry("to be damaged", days=1)
    opened.save_all([good, bad])
    path = vault_home / "entries" / f"{bad.id}.age"
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        del data[len(data) // 2 :]
    else:
        data[-10] ^= 0x01
    path.write_bytes(bytes(data))
    reopened, report = open_journal(vault_home, keys)
    assert [d.entry_id for d in report.damaged] == [bad.id]
    assert [r["id"] for r in reopened.list_entries()] == [good.id]
    assert [d.entry_id for d in reopened.check()] == [bad.id]


def test_forged_index_is_not_trusted(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry("real")
    opened.save(entry)
    vault = Vault.open(vault_home)
    # Anyone can encrypt to the public key, but cannot produce the MAC.
    fake = b"0" * 64 + b"\n" + json.dumps({"format": 1, "entries": {}}).encode()
    (vault_home / "index.age").write_bytes(age.encrypt_to([vault.meta.recipient], fake))
    _, report = open_journal(vault_home, keys)
    assert report.index_problem == "corrupt"
    assert report.unverified == []  # the entry rests on its seal


def test_forged_current_format_index_cannot_vouch_for_a_planted_entry(
    vault_home: Path, keys: Keys
) -> None:
    opened, _ = open_journal(vault_home, keys)
    opened.save(make_entry("real"))
    planted = make_entry("planted", days=1)
    path = plant(vault_home, planted)
    stat = path.stat()
    me = Vault.open(vault_home).device.device_id
    row = [planted.id, "0" * 64, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino,
           planted.created.isoformat(), None, "imperfect-men", "complete", None, [], 0, me]  # fmt: skip
    header = json.dumps({"format": 4, "generation": 99, "rows": [row]}).encode()
    recipient = Vault.open(vault_home).meta.recipient
    forged = b"f" * 64 + b"\n" + header + b"\n"
    (vault_home / "index.age").write_bytes(age.encrypt_to([recipient], forged))
    _, report = open_journal(vault_home, keys)
    assert report.index_problem == "corrupt"
    assert [r["id"] for r in report.unverified] == [planted.id]


def test_deleted_index_is_rebuilt_from_the_files(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entries = [make_entry(f"entry {i}", days=i) for i in range(5)]
    opened.save_all(entries)
    (vault_home / "index.age").unlink()
    reopened, report = open_journal(vault_home, keys)
    assert report.index_problem == "missing"
    assert report.unverified == []
    assert {r["id"] for r in reopened.list_entries()} == {e.id for e in entries}
    _, again = open_journal(vault_home, keys)
    assert again.quiet


def test_list_is_newest_first_and_filters(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    old = make_entry("old", days=0, tags=["Work"])
    new = make_entry("new", days=3)
    other = make_entry("other", days=1).model_copy(update={"set_id": "homework"})
    opened.save_all([old, new, other])
    assert [r["id"] for r in opened.list_entries()] == [new.id, other.id, old.id]
    assert [r["id"] for r in opened.list_entries(set_id="homework")] == [other.id]
    assert [r["id"] for r in opened.list_entries(tag="work")] == [old.id]
    assert [r["id"] for r in opened.list_entries(since=date(2026, 11, 21))] == [new.id, other.id]
    assert [r["id"] for r in opened.list_entries(until=date(2026, 11, 20))] == [old.id]


def test_search_is_case_insensitive_over_answers_and_titles(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    party = make_entry("At the office PARTY I kept pushing.", title="The party")
    other = make_entry("Nothing to see.", title="Quiet")
    opened.save_all([party, other])
    hits = opened.search("party pushing")
    assert [h.record["id"] for h in hits] == [party.id]
    assert any("PARTY" in s for s in hits[0].snippets)
    assert [h.record["id"] for h in opened.search("quiet")] == [other.id]
    with pytest.raises(UsageError):
        opened.search("   ")


def test_id_prefixes_must_be_unique(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    a = make_entry("a").model_copy(update={"id": "abc111"})
    b = make_entry("b").model_copy(update={"id": "abc222"})
    opened.save_all([a, b])
    assert opened.resolve("abc1") == "abc111"
    with pytest.raises(UsageError, match="matches 2"):
        opened.resolve("abc")
    with pytest.raises(ReflectError, match="No entry"):
        opened.resolve("fff")


def test_import_skips_duplicates_and_keeps_ids(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry()
    added, skipped = opened.import_entries([entry, entry])
    assert [e.id for e in added] == [entry.id] and [e.id for e in skipped] == [entry.id]
    added, skipped = opened.import_entries([entry])
    assert added == [] and len(skipped) == 1


def test_delete_removes_file_and_index_entry(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    entry = make_entry()
    opened.save(entry)
    opened.delete(entry.id)
    assert not (vault_home / "entries" / f"{entry.id}.age").exists()
    _, report = open_journal(vault_home, keys)
    assert report.quiet


def test_writes_by_another_process_while_unlocked_are_reported_late(
    vault_home: Path, keys: Keys
) -> None:
    opened, _ = open_journal(vault_home, keys)
    planted = make_entry("slipped in")
    plant(vault_home, planted)
    opened.save(make_entry("mine"))
    assert [r["id"] for r in opened.late_reports[0].unverified] == [planted.id]


def test_drafts_are_separate_and_finish_into_entries(vault_home: Path, keys: Keys) -> None:
    journal = Journal(Vault.open(vault_home))
    draft = make_entry("half way", status="draft", resume_at="drink-what")
    journal.save_draft(draft)
    opened, _ = journal.unlock(keys)
    assert [d.id for d in opened.drafts()] == [draft.id]
    assert opened.list_entries() == []
    journal.finish_draft(draft.model_copy(update={"status": "complete", "resume_at": None}))
    assert not journal.has_drafts()
    opened, report = journal.unlock(keys)
    assert report.quiet
    assert [r["id"] for r in opened.list_entries()] == [draft.id]


def test_a_planted_draft_is_never_offered_and_never_overwrites_an_entry(
    vault_home: Path, keys: Keys
) -> None:
    opened, _ = open_journal(vault_home, keys)
    real = make_entry("my real answers")
    opened.save(real)
    planted = real.model_copy(update={"status": "draft", "title": "planted"})
    plant(vault_home, planted, folder="drafts")
    journal = Journal(Vault.open(vault_home))
    reopened, report = journal.unlock(keys)
    assert [r["location"] for r in report.unverified] == [f"drafts/{real.id}.age"]
    assert reopened.drafts() == []
    # Even a draft of the person's own that shares an entry's id finishes under a new id.
    own = real.model_copy(update={"status": "draft"})
    journal.save_draft(own)
    assert journal.unlock(keys)[0].drafts() == []
    finished = journal.finish_draft(own.model_copy(update={"status": "complete"}))
    assert finished.id != real.id
    assert journal.unlock(keys)[0].get(real.id).answers == real.answers


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=300), title=st.one_of(st.none(), st.text(max_size=40)))
def test_entries_round_trip_through_the_vault(
    vault_home: Path, keys: Keys, text: str, title: str | None
) -> None:
    journal = Journal(Vault.open(vault_home))
    entry = make_entry(text, title=title)
    journal.add(entry)
    opened, _ = journal.unlock(keys)
    assert opened.get(entry.id).without_seal() == entry


def test_an_index_rewritten_during_unlock_is_built_on_not_overwritten(
    vault_home: Path, keys: Keys
) -> None:
    other, _ = open_journal(vault_home, keys)  # another process, already unlocked
    planted = make_entry("added while locked", days=1)
    plant(vault_home, planted)
    mine = make_entry("saved by the other process", days=2)
    journal = Journal(Vault.open(vault_home))
    real_locked = journal.vault.locked

    def other_process_saves_first() -> AbstractContextManager[None]:
        other.save(mine)  # after our reconcile, just before we take the lock to save
        return real_locked()

    journal.vault.locked = other_process_saves_first  # type: ignore[method-assign,assignment]
    reopened, report = journal.unlock(keys)
    assert [r["id"] for r in report.unverified] == [planted.id]
    assert {r["id"] for r in reopened.list_entries()} == {mine.id, planted.id}
    _, after = open_journal(vault_home, keys)
    assert [r["id"] for r in after.unverified] == [planted.id]  # still, until trusted
    assert not after.vanished and not after.rolled_back


def test_search_ignores_case_beyond_ascii_too(vault_home: Path, keys: Keys) -> None:
    opened, _ = open_journal(vault_home, keys)
    cafe = make_entry("We met at the CAFÉ on the corner. ÉTÉ was over.")
    other = make_entry("Nothing here.")
    opened.save_all([cafe, other])
    reopened, _ = open_journal(vault_home, keys)  # from the index as loaded, not as written
    assert [h.record["id"] for h in reopened.search("café")] == [cafe.id]
    assert [h.record["id"] for h in reopened.search("été corner")] == [cafe.id]
    assert [h.record["id"] for h in reopened.search("CORNER")] == [cafe.id]
    assert "CAFÉ" in reopened.search("cafÉ")[0].snippets[0]
