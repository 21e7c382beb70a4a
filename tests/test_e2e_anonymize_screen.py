"""`reflect anonymize FILE` read on a terminal: wrapped at words at 80 and 60 columns, and the
file's control sequences shown harmless. Piped, the same command passes the text on untouched
(its own tests elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from screen import Screen, no_split_words

pytestmark = pytest.mark.e2e

STORY = (
    "That autumn I was on the late shift with her, and I kept pushing drinks on her long "
    "after she said she was done for the night. I told myself it was friendly. It was not, "
    "and I know now what it cost her: she moved to the day shift to get away from me.\n"
    "\x1b[2J\x1b]0;pwned\x07I learned to stop when a woman says she is done."
)


@pytest.mark.parametrize("columns", [80, 60])
def test_anonymized_text_on_a_terminal_wraps_at_words_and_stays_harmless(
    tmp_path: Path, columns: int
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    screen = Screen("anonymize", str(story), home=tmp_path / "home", columns=columns)
    assert screen.finish() == 0
    lines = screen.lines
    # The clear-screen sequence did nothing: the first sentence is still there, whole.
    assert no_split_words(lines, "I kept pushing drinks on her long after she said")
    assert no_split_words(lines, "she moved to the day shift to get away from me.")
    assert no_split_words(lines, "I learned to stop when a woman says she is done.")
    assert "number removed" not in screen.text  # the sequence's digits were never read
    assert all(len(line.rstrip()) < columns for line in lines)  # no line ran to the edge
