"""Commands are plain functions: imported and called from a test, without the typer app."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.core import TyperCommand

from reflect.cli.common import Settings
from reflect.cli.prompts_cmds import list_sets, show, validate
from reflect.cli.session_cmds import drafts, resources
from reflect.guide.catalog import DEFAULT_SET, count_runs, set_contacts, set_listings
from reflect.models import SKIPPED, Answer
from reflect.promptsets import PromptSet, builtin_sets, load_set_text
from reflect.ui.console import Output

OWN_SET = """\
[set]
id = "imperfect-men"
title = "My own take"
version = 3
author = "me"

[[steps]]
id = "one"
kind = "text"
text = "What happened?"

[[resources]]
name = "My counselor"
contact = "555 0100"
"""


def _context(home: Path) -> typer.Context:
    return typer.Context(TyperCommand("reflect"), obj=Settings(home=home, output=Output()))


def test_prompts_list_called_directly_lists_the_built_in_sets_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    list_sets(_context(tmp_path), status=False, json_output=True, passphrase_file=None)
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == [s.id for s in builtin_sets()]
    assert all(row["source"] == "built-in" and "runs" not in row for row in rows)


def test_prompts_show_called_directly_prints_every_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show(_context(tmp_path), DEFAULT_SET)
    out = capsys.readouterr().out
    steps = next(s for s in builtin_sets() if s.id == DEFAULT_SET).steps
    assert all(f" {step.id} ({step.kind})" in out for step in steps)


def test_prompts_validate_called_directly_fails_with_exit_1_on_a_bad_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(OWN_SET.replace('kind = "text"', 'kind = "yes-no"'))
    with pytest.raises(typer.Exit) as failed:
        validate(path)
    assert failed.value.exit_code == 1
    assert "yes-no" in capsys.readouterr().out
    path.write_text(OWN_SET)
    validate(path)
    assert "is a valid question set" in capsys.readouterr().out


def test_resources_called_directly_refuses_an_unknown_country(tmp_path: Path) -> None:
    with pytest.raises(typer.BadParameter, match="choose one of"):
        resources(_context(tmp_path), country="atlantis", set_ref=None)


def test_drafts_called_directly_says_there_are_none_in_a_new_vault(
    vault_home: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts(_context(vault_home), passphrase_file)
    assert "No unfinished reflections." in capsys.readouterr().out


@dataclass
class _Added:
    prompt_set: PromptSet
    source: str = "homework from Sam"
    due: date | None = date(2026, 12, 1)

    @property
    def id(self) -> str:
        return self.prompt_set.id

    @property
    def version(self) -> int:
        return self.prompt_set.info.version


def test_an_added_set_replaces_the_built_in_one_of_the_same_id() -> None:
    added = _Added(load_set_text(OWN_SET))
    listings = set_listings([added], builtin_sets())
    ids = [listing.id for listing in listings]
    assert ids.count(DEFAULT_SET) == 1
    first = listings[0]
    assert (first.title, first.version, first.steps, first.source) == (
        "My own take",
        3,
        1,
        "homework from Sam",
    )
    assert first.as_json()["due"] == "2026-12-01"


def test_runs_are_counted_per_set_and_a_finished_one_is_done() -> None:
    listings = set_listings([], builtin_sets())
    runs = {DEFAULT_SET: [{"status": "draft"}, {"status": "complete"}]}
    count_runs(listings, lambda set_id: runs.get(set_id, []))
    by_id = {listing.id: listing for listing in listings}
    assert by_id[DEFAULT_SET].progress == "done"
    row = by_id[DEFAULT_SET].as_json()
    assert (row["runs"], row["complete"]) == (2, True)
    others = [listing for listing in listings if listing.id != DEFAULT_SET]
    assert all(listing.progress == "not started" for listing in others)


def test_only_a_set_other_than_the_default_adds_contacts() -> None:
    default = next(s for s in builtin_sets() if s.id == DEFAULT_SET)
    assert set_contacts(None) == []
    assert set_contacts(default) == []
    own = load_set_text(OWN_SET.replace('id = "imperfect-men"', 'id = "mine"'))
    assert [r.name for r in set_contacts(own)] == ["My counselor"]


def test_an_answer_shows_its_value_or_that_it_was_skipped() -> None:
    def answer(**fields: object) -> Answer:
        return Answer.model_validate({"step": "s", "prompt": "p", "kind": "text", **fields})

    assert answer(value="It was me.").shown() == "It was me."
    assert answer(value=4, kind="scale").shown() == "4"
    assert answer(value=None).shown() == SKIPPED
    assert answer(value="kept", skipped=True).shown() == SKIPPED
