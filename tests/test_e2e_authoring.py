"""The validate report in a real terminal: wrapped at word boundaries, at 80 and 60 columns."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from e2e import spawn

from conftest import run_reflect

pytestmark = pytest.mark.e2e

BASE = """\
[set]
id = "week-three"
title = "Week three: after the party"
version = 1
author = "Sam Rivera"

[[steps]]
id = "noticed"
kind = "yesno"
text = "Did you push further than she wanted?"

[[steps]]
id = "noticed-what"
kind = "text"
text = "What happened?"
when = { step = "noticed", is = "yes" }

[[steps]]
id = "feeling"
kind = "choice"
text = "Which comes closest to how you feel now?"
choices = ["Settled", "Uneasy", "Not sure yet"]
"""

QUOTE_INSIDE = BASE.replace(
    'text = "What happened?"', 'text = "What did she say when you said "just one more"?"'
)
TWO_PROBLEMS = BASE.replace('kind = "choice"', 'kind = "multiple choice"').replace(
    'step = "noticed"', 'step = "notice"'
)


@pytest.mark.parametrize("columns", [80, 60])
@pytest.mark.parametrize("text", [QUOTE_INSIDE, TWO_PROBLEMS], ids=["toml", "checks"])
def test_the_report_wraps_at_word_boundaries(
    columns: int, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the file named as a counselor would, in the folder they are in
    path = Path("week three.toml")
    path.write_text(text, encoding="utf-8")
    child = spawn(
        "prompts", "validate", str(path), home=tmp_path / "home", env={"COLUMNS": str(columns)}
    )
    child.setwinsize(40, columns)
    child.expect(pexpect.EOF)
    screen = (child.before or "").replace("\r\n", "\n")
    child.close()
    assert child.exitstatus == 1
    lines = screen.rstrip("\n").split("\n")
    assert all(len(line) < columns for line in lines), lines
    # Nothing lost or split by the wrapping: the same words as the report sent to a pipe.
    whole = run_reflect("prompts", "validate", str(path), cwd=tmp_path).stdout
    assert screen.split() == whole.split()
    # A problem that runs over several lines is indented under its first line.
    first = next(i for i, line in enumerate(lines) if line.startswith("  line "))
    assert lines[first + 1].startswith("    ") and lines[first + 1][4] != " "
