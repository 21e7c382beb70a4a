"""`vault init` where part of a vault already is: refused before any passphrase is asked for
(it used to ask first, then refuse)."""

from __future__ import annotations

from pathlib import Path

from conftest import assert_clean_failure, run_reflect


def test_init_over_a_vault_missing_its_vault_json_is_refused_before_asking(
    vault_home: Path,
) -> None:
    (vault_home / "vault.json").unlink()
    identity = (vault_home / "identity.age").read_bytes()
    # No --passphrase-file and no terminal: asking would fail with another message.
    result = run_reflect("vault", "init")
    assert_clean_failure(result, 1)
    assert "A vault already exists at" in result.stderr
    assert "nothing was changed" in result.stderr
    assert (vault_home / "identity.age").read_bytes() == identity
