"""A format-1 vault made by reflect 0.1 is upgraded in place at its first unlock, losing and
changing nothing the person wrote (tests/fixtures/vault-format1, made by the 0.1 code)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reflect.journal.store import Journal
from reflect.models import Entry
from reflect.vault import Vault

from conftest import run_reflect

FIXTURE = Path(__file__).parent / "fixtures" / "vault-format1"
VOUCHED = {"a1b2c3d4e5f60718", "0f1e2d3c4b5a6978", "5566778899aabbcc", "99887766554433aa"}
NOT_VOUCHED = "77aa77aa77aa77aa"  # written while locked after 0.1's last unlock
DRAFT = "d1d2d3d4d5d6d7d8"


@pytest.fixture
def old_vault(reflect_home: Path) -> Path:
    shutil.copytree(FIXTURE / "vault", reflect_home)
    for path in [reflect_home, *reflect_home.rglob("*")]:  # git does not keep 0600/0700
        path.chmod(0o700 if path.is_dir() else 0o600)
    return reflect_home


def expected() -> dict[str, dict[str, object]]:
    data = json.loads((FIXTURE / "expected.json").read_text())
    return {e["id"]: e for e in data["entries"] + data["drafts"]}


def test_the_first_unlock_upgrades_in_place_and_every_answer_is_intact(old_vault: Path) -> None:
    assert json.loads((old_vault / "vault.json").read_text())["format"] == 1
    passphrase = (FIXTURE / "pass.txt").read_text().strip()
    journal = Journal(Vault.open(old_vault))
    opened, report = journal.unlock(Vault.open(old_vault).unlock(passphrase))
    assert report.upgraded == len(VOUCHED)
    assert {r["id"] for r in report.unverified} == {NOT_VOUCHED, DRAFT}
    assert json.loads((old_vault / "vault.json").read_text())["format"] == 2
    want = expected()
    for entry_id in [*VOUCHED, NOT_VOUCHED]:
        got = opened.get(entry_id).model_dump(mode="json", by_alias=True, exclude_none=True)
        got.pop("seal", None)
        assert got == want[entry_id], entry_id
        assert opened.is_verified(entry_id) == (entry_id in VOUCHED)
    draft = opened.find_unverified(DRAFT)[0]
    assert draft.model_dump(mode="json", by_alias=True, exclude_none=True) == want[DRAFT]
    assert opened.drafts() == []  # unverified: not offered for resume until trusted


def test_the_upgrade_through_the_cli_then_a_quiet_second_unlock(old_vault: Path) -> None:
    pass_file = str(FIXTURE / "pass.txt")
    first = run_reflect("list", "--json", "--passphrase-file", pass_file)
    assert first.returncode == 0, first.stderr
    assert "upgraded for this version of reflect: 4 entries sealed as yours" in first.stderr
    assert f"entries/{NOT_VOUCHED}.age" in first.stderr and f"drafts/{DRAFT}.age" in first.stderr
    rows = {r["id"]: r["verified"] for r in json.loads(first.stdout)}
    assert rows == {**dict.fromkeys(VOUCHED, True), NOT_VOUCHED: False}
    listed = run_reflect("redactions", "list", "--passphrase-file", pass_file)
    assert listed.returncode == 0 and "Marguerite" in listed.stdout  # now authenticated
    assert (
        run_reflect(
            "vault", "trust", NOT_VOUCHED[:6], "--yes", "--passphrase-file", pass_file
        ).returncode
        == 0
    )
    assert (
        run_reflect("vault", "trust", DRAFT[:6], "--yes", "--passphrase-file", pass_file).returncode
        == 0
    )
    second = run_reflect("list", "--json", "--passphrase-file", pass_file)
    assert second.stderr.strip() == "Unlocking..."
    assert all(r["verified"] for r in json.loads(second.stdout))
    out = old_vault.parent / "all.json"
    exported = run_reflect(
        "export", "--format", "json", "--yes", "-o", str(out), "--passphrase-file", pass_file
    )
    assert exported.returncode == 0
    entries = {e["id"]: e for e in json.loads(out.read_text())["entries"]}
    want = expected()
    assert entries == {k: v for k, v in want.items() if k != DRAFT}
    out.unlink()


def test_an_entry_sealed_on_upgrade_reads_with_the_stock_age_model(old_vault: Path) -> None:
    passphrase = (FIXTURE / "pass.txt").read_text().strip()
    keys = Vault.open(old_vault).unlock(passphrase)
    Journal(Vault.open(old_vault)).unlock(keys)
    raw = json.loads(keys.decrypt((old_vault / "entries" / "a1b2c3d4e5f60718.age").read_bytes()))
    assert set(raw["seal"]) == {"device", "mac"}
    assert Entry.model_validate(raw).answers[1].value.startswith("It was at a friend's party.")  # type: ignore[union-attr]
