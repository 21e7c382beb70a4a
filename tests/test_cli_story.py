"""`reflect anonymize`, `reflect redactions` and `reflect story`'s refusals, run as commands."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import assert_clean_failure, run_reflect

STORY = (
    "I was 19 when Jen Morales, my coworker at Deloitte in Portland, said no. Call 503-555-0142.\n"
)


def test_anonymize_stdin_to_stdout_needs_no_vault(reflect_home: Path) -> None:
    result = run_reflect("anonymize", input=STORY)
    assert result.returncode == 0, result.stderr
    for leaked in ("Jen", "Morales", "Deloitte", "Portland", "555", "19"):
        assert leaked not in result.stdout
    assert result.stderr == ""
    assert not reflect_home.exists()


def test_anonymize_is_deterministic_and_json_has_findings(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(STORY)
    first = run_reflect("anonymize", str(source), "--json")
    second = run_reflect("anonymize", str(source), "--json")
    assert first.stdout == second.stdout
    document = json.loads(first.stdout)
    assert set(document) == {"text", "findings", "residual_risks"}
    finding = document["findings"][0]
    assert set(finding) == {"kind", "start", "end", "original", "replacement", "detector"}
    assert STORY[finding["start"] : finding["end"]] == finding["original"]


def test_anonymize_extra_redactions(tmp_path: Path) -> None:
    result = run_reflect("anonymize", "--redact", "bluebird", input="The bluebird crew.\n")
    assert "bluebird" not in result.stdout


def test_anonymize_rejects_non_utf8(tmp_path: Path) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(b"caf\xe9\n")
    assert_clean_failure(run_reflect("anonymize", str(source)), 1)


def test_story_without_a_terminal_names_anonymize(vault_home: Path, reflect) -> None:  # type: ignore[no-untyped-def]
    result = reflect("story")
    assert_clean_failure(result, 1)
    assert "reflect anonymize" in result.stderr


def test_redactions_are_stored_encrypted(vault_home: Path, reflect) -> None:  # type: ignore[no-untyped-def]
    assert reflect("redactions", "add", "Jen Morales", "bluebird").returncode == 0
    assert json.loads(reflect("redactions", "list", "--json").stdout) == ["bluebird", "Jen Morales"]
    stored = (vault_home / "redactions.age").read_bytes()
    assert stored.startswith(b"age-encryption.org/v1") and b"Morales" not in stored
    assert reflect("redactions", "remove", "bluebird").returncode == 0
    assert json.loads(reflect("redactions", "list", "--json").stdout) == ["Jen Morales"]
