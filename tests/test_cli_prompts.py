"""`reflect prompts ...` and `reflect resources` as commands."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import assert_clean_failure, run_reflect

BAD = """\
[set]
id = "Bad Id"
title = "t"
version = 1
author = "a"

[[steps]]
id = "one"
kind = "yes-no"
text = "Did I?"

[[steps]]
id = "one"
kind = "text"
text = "What?"
when = { step = "later", is = "yes" }
"""


def test_validate_reports_every_problem_by_step_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(BAD)
    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 1
    out = result.stdout
    assert "Traceback" not in out + result.stderr and "validation error" not in out
    assert "kind" in out and "yes-no" in out
    assert "is used by steps 1 and 2" in out
    assert "later" in out
    assert "problems" in out


def test_validate_bad_toml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[set]\nid = "x"\ntitle = \n')
    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 1 and "line 3" in result.stdout


def test_validate_missing_file_is_one_line(tmp_path: Path) -> None:
    assert_clean_failure(run_reflect("prompts", "validate", str(tmp_path / "nope.toml")), 1)


def test_new_writes_a_starter_that_validates_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    assert run_reflect("prompts", "new", str(path)).returncode == 0
    assert "#" in path.read_text()  # commented for a counselor to edit
    checked = run_reflect("prompts", "validate", str(path))
    assert checked.returncode == 0 and "valid question set" in checked.stdout
    assert_clean_failure(run_reflect("prompts", "new", str(path)), 1)


def test_list_and_show_the_builtin_set(reflect_home: Path) -> None:
    rows = json.loads(run_reflect("prompts", "list", "--json").stdout)
    assert any(r["id"] == "imperfect-men" and r["source"] == "built-in" for r in rows)
    shown = run_reflect("prompts", "show", "imperfect-men")
    assert "Did I ever have a little too much to drink" in shown.stdout
    assert "(shown only when the answer to 'drink' (step 4) is yes)" in shown.stdout


def test_resources_lists_support_lines() -> None:
    result = run_reflect("--plain", "resources")
    assert result.returncode == 0 and "RAINN" in result.stdout and "Stop It Now" in result.stdout
