"""`reflect prompts ...` and `reflect resources` as commands."""

from __future__ import annotations

import json
import re
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
    assert re.search(r"\(shown only when the answer to 'drink' \(step \d+\) is yes\)", shown.stdout)


def test_resources_lists_support_lines() -> None:
    result = run_reflect("--plain", "resources")
    assert result.returncode == 0 and "RAINN" in result.stdout and "Stop It Now" in result.stdout


def test_validate_warns_about_the_starter_placeholders_with_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "my set.toml"
    assert run_reflect("prompts", "new", str(path)).returncode == 0
    text = path.read_text()
    lines = text.split("\n")
    author_line = lines.index('author = "Your name"') + 1
    contact_line = lines.index('contact = "phone or email"') + 1

    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 0  # valid, only not finished: a warning, not a failure
    assert "is a valid question set" in result.stdout
    assert "still has the starter file's example text in 11 places" in result.stdout
    assert (
        f'  line {author_line}, [set] author still says "Your name". '
        "Write your name as your client should see it."
    ) in result.stdout.split("\n")
    assert (
        f'  line {contact_line}, resource 1 contact still says "phone or email". '
        "Write your phone number or email."
    ) in result.stdout.split("\n")

    path.write_text(text.replace('author = "Your name"', 'author = "Sam Rivera"'))
    again = run_reflect("prompts", "validate", str(path))
    assert "in 10 places" in again.stdout and "Your name" not in again.stdout


def test_new_tells_how_to_type_a_file_name_with_spaces(tmp_path: Path) -> None:
    path = tmp_path / "week three (Alex).toml"
    result = run_reflect("prompts", "new", str(path))
    assert result.returncode == 0
    assert f"`reflect prompts validate '{path}'`" in result.stdout


def test_text_from_the_file_cannot_steer_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    # A control character pasted into a line: named, and never printed.
    path.write_text('[set]\nid = "x"\ntitle = "Week \x1b[2J\x1b]0;owned\x07 three"\n')
    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 1
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "line 3, column 15: there is an invisible control character here" in result.stdout
    added = run_reflect("prompts", "add", str(path))
    assert_clean_failure(added, 1)
    assert "\x1b" not in added.stderr and "\x07" not in added.stderr
    # Markup in a line quoted back is shown as typed, not read as markup.
    path.write_text('[set]\nid = "x"\ntitle = "Week [/i][bold]three\nversion = 1\n')
    result = run_reflect("prompts", "validate", str(path))
    assert '      title = "Week [/i][bold]three"' in result.stdout.split("\n")
    assert_clean_failure(run_reflect("prompts", "add", str(path)), 1)


def test_a_file_saved_by_notepad_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    source = Path(__file__).resolve().parents[1] / "prompts" / "imperfect-men.toml"
    path.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 0, result.stdout
    assert "'imperfect-men'" in result.stdout


def test_a_file_name_with_an_escape_sequence_is_printed_clean(tmp_path: Path) -> None:
    path = tmp_path / "week\x1b[2J.toml"
    path.write_text('[set]\nid = "x"\ntitle = "Week three\n')
    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 1 and "\x1b" not in result.stdout
    assert "week.toml has 1 problem" in result.stdout
    added = run_reflect("prompts", "add", str(path))
    assert added.returncode == 1 and "\x1b" not in added.stderr
