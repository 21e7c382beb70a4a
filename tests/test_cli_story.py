"""`reflect anonymize`, `reflect redactions` and `reflect story`'s refusals, run as commands."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.vault import Keys

from conftest import Reflect, assert_clean_failure, run_reflect

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


def test_story_without_a_terminal_names_anonymize(vault_home: Path, reflect: Reflect) -> None:
    result = reflect("story")
    assert_clean_failure(result, 1)
    assert "reflect anonymize" in result.stderr


def test_redactions_are_stored_encrypted(vault_home: Path, reflect: Reflect) -> None:
    assert reflect("redactions", "add", "Jen Morales", "bluebird").returncode == 0
    assert json.loads(reflect("redactions", "list", "--json").stdout) == ["bluebird", "Jen Morales"]
    stored = (vault_home / "redactions.age").read_bytes()
    assert stored.startswith(b"age-encryption.org/v1") and b"Morales" not in stored
    assert reflect("redactions", "remove", "bluebird").returncode == 0
    assert json.loads(reflect("redactions", "list", "--json").stdout) == ["Jen Morales"]


def test_redactions_add_reads_words_from_stdin_and_help_says_why(
    vault_home: Path, reflect: Reflect
) -> None:
    result = reflect("redactions", "add", input="Harborview Diner\nbluebird\n\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(reflect("redactions", "list", "--json").stdout) == [
        "bluebird",
        "Harborview Diner",
    ]
    helped = " ".join(run_reflect("redactions", "add", "--help").stdout.split())
    assert "process list" in helped and "shell history" in helped
    story_help = " ".join(run_reflect("story", "--help").stdout.split())
    assert "hidden prompt" in story_help and "process list" in story_help


def test_a_malformed_redactions_file_is_one_line_and_exit_4(
    vault_home: Path, reflect: Reflect, keys: Keys
) -> None:
    """Decrypts and passes its check, but is not the list (an old or hand-made file)."""
    from reflect.vault import Vault

    vault = Vault.open(vault_home)
    for content in (b"not json", b"[1, 2]", b'{"redact": "Jen"}', b'{"redact": [1]}', b"\xff"):
        vault.write_authenticated(keys, "redactions.age", "redactions", content)
        result = reflect("redactions", "list")
        assert_clean_failure(result, 4)
        assert "redactions.age" in result.stderr
