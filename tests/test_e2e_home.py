"""The sitting, as a person sees it: the home screen, search, the pager, and the passphrase
prompt, driven in a pseudo-terminal and read through a terminal emulator at 80 and 60 columns."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from reflect.journal.store import Journal
from reflect.models import Answer, Entry
from reflect.vault import Keys, Vault
from screen import Screen, no_split_words

from conftest import PASSPHRASE
from helpers import BASE

pytestmark = pytest.mark.e2e

COAT = (
    "I hung my coat on the coat rack and she said nothing, which I took as a yes. It was not "
    "a yes; I know that now and I think about it often."
)
PARTY = "At the party I kept refilling her glass after she said she was fine."
JOKE = "I made a joke about her outfit in front of the team and everybody laughed but her."
DRINK = "Did I ever have a little too much to drink and push a little too far with a woman?"
BELITTLE = "Did I ever belittle a woman in front of others?"
COLOUR = {"NO_COLOR": ""}  # NO_COLOR means plain output, which prints instead of paging


def entry(days: int, drink_what: str, belittle_what: str, title: str | None = None) -> Entry:
    return Entry(
        created=BASE + timedelta(days=days),
        set_id="imperfect-men",
        title=title,
        answers=[
            Answer(step="drink", prompt=DRINK, kind="yesno", value="yes"),
            Answer(step="drink-what", prompt="What happened?", kind="text", value=drink_what),
            Answer(step="belittle", prompt=BELITTLE, kind="yesno", value="yes"),
            Answer(step="belittle-what", prompt="What happened?", kind="text", value=belittle_what),
        ],
    )


@pytest.fixture
def journal_home(vault_home: Path, keys: Keys) -> Path:
    """A journal with three entries, written as an unlocked reflect writes them."""
    opened, _ = Journal(Vault.open(vault_home)).unlock(keys)
    opened.save_all(
        [
            entry(0, PARTY, JOKE, title="First evening"),
            entry(1, COAT, JOKE),
            entry(2, PARTY, COAT, title="Third evening"),
        ]
    )
    return vault_home


@pytest.mark.parametrize("columns", [80, 60])
def test_search_takes_several_words_and_names_the_question(
    journal_home: Path, passphrase_file: Path, columns: int
) -> None:
    screen = Screen(
        "search", "coat", "rack", "--passphrase-file", str(passphrase_file),
        home=journal_home, columns=columns,
    )  # fmt: skip
    assert screen.finish() == 0, screen.text
    text = screen.text
    # Each matching entry once, the matching question named (with the one it follows, since
    # two questions read "What happened?"), and the answer wrapped at words.
    assert text.count("Third evening") == 1
    assert text.count("(untitled)") == 1
    assert "First evening" not in text
    assert no_split_words(screen.lines, f"What happened? (after: {BELITTLE})")
    assert no_split_words(screen.lines, f"What happened? (after: {DRINK})")
    assert no_split_words(screen.lines, "I hung my coat on the coat rack and she said nothing")
    assert text.count("I hung my coat") == 2  # once per entry, not once per word


def test_search_without_words_asks_for_them(journal_home: Path, passphrase_file: Path) -> None:
    screen = Screen("search", "--passphrase-file", str(passphrase_file), home=journal_home)
    screen.wait_for(r"Words to find")
    screen.line("COAT rack")
    screen.wait_for(r"Third evening")
    assert screen.finish() == 0
    assert no_split_words(screen.lines, "I hung my coat on the coat rack")


@pytest.mark.parametrize("columns", [80, 60])
def test_home_one_unlock_serves_reading_searching_and_comparing(
    journal_home: Path, columns: int
) -> None:
    screen = Screen(home=journal_home, env=COLOUR, columns=columns)
    screen.settle(r"What would you like to do\?")
    assert "Your journal holds 3 entries" in screen.text
    # Read: the first read asks for the passphrase, once.
    screen.down(1)
    screen.send("\r")
    screen.wait_for(r"Passphrase:")
    screen.line(PASSPHRASE)
    screen.settle(r"Which entry\?")
    assert "Third evening" in screen.text
    screen.send("\r")  # the newest entry, in the pager
    screen.settle(r"q goes back")
    assert no_split_words(screen.lines, "I hung my coat on the coat rack and she said nothing")
    screen.send("q")
    screen.settle(r"Which entry\?")
    screen.down(3)  # Back to the start
    screen.send("\r")
    # Search: no passphrase this time.
    screen.settle(r"What would you like to do\?")
    screen.down(2)
    screen.send("\r")
    screen.wait_for(r"Words to find")
    screen.line("party")
    screen.settle(r"2 entries match")
    assert no_split_words(screen.lines, "Third evening · At the party I")
    screen.send("\r")
    screen.settle(r"q goes back")
    assert "refilling her glass" in screen.text
    screen.send("q")
    screen.settle(r"2 entries match")
    screen.down(2)  # Back to the start
    screen.send("\r")
    # Compare then and now: the newest against the one before it.
    screen.settle(r"What would you like to do\?")
    screen.down(3)
    screen.send("\r")
    screen.settle(r"Which entry is “now”\?")
    screen.send("\r")
    screen.settle(r"Compare it with which one\?")
    screen.send("\r")
    screen.settle(r"q goes back")
    assert "then (2026-11-21)" in screen.text and "now (2026-11-22)" in screen.text
    screen.send("q")
    screen.settle(r"What would you like to do\?")
    screen.down(6)  # Leave
    screen.send("\r")
    assert screen.finish() == 0
    assert screen.transcript.count("Unlocking...") == 1
    assert screen.transcript.count("Passphrase:") == 1


def test_home_pager_writes_no_history_or_temp_file(journal_home: Path, tmp_path: Path) -> None:
    """less keeps a history file of searches made in it unless told not to; the home's pager
    is told (a person's own LESSHISTFILE or LESS options are overridden)."""
    user_home, private_tmp = tmp_path / "user", tmp_path / "tmp"
    user_home.mkdir()
    private_tmp.mkdir()
    env = {
        "HOME": str(user_home),
        "TMPDIR": str(private_tmp),
        "XDG_STATE_HOME": str(user_home / "state"),
        "XDG_DATA_HOME": str(user_home / "data"),
        "XDG_CONFIG_HOME": str(user_home / "config"),
        "LESS": "-o" + str(user_home / "less.log"),  # a log file, if less were to honour it
    }
    before = sorted(p.relative_to(journal_home) for p in journal_home.rglob("*"))
    screen = Screen(home=journal_home, env={**COLOUR, **env})
    screen.settle(r"What would you like to do\?")
    screen.down(1)
    screen.send("\r")
    screen.wait_for(r"Passphrase:")
    screen.line(PASSPHRASE)
    screen.settle(r"Which entry\?")
    screen.send("\r")
    screen.settle(r"q goes back")
    screen.line("/coat")  # a search inside less: what would go into its history file
    screen.settle(r"q goes back")
    screen.send("q")
    screen.settle(r"Which entry\?")
    screen.down(3)
    screen.send("\r")
    screen.settle(r"What would you like to do\?")
    screen.down(6)
    screen.send("\r")
    assert screen.finish() == 0
    assert list(user_home.rglob("*")) == []
    assert list(private_tmp.rglob("*")) == []
    after = sorted(p.relative_to(journal_home) for p in journal_home.rglob("*"))
    assert [p for p in after if p not in before] == []


@pytest.mark.parametrize("columns", [80, 60])
def test_wrong_passphrase_counts_down_and_points_to_recovery(
    journal_home: Path, columns: int
) -> None:
    screen = Screen("list", home=journal_home, columns=columns)
    for attempt in range(1, 4):
        screen.wait_for(r"^Passphrase:$", count=attempt)
        screen.line("not the passphrase")
        screen.wait_for(r"(?:tries|try) left|vault recover", count=attempt)
    assert screen.finish() == 3
    text = " ".join(screen.text.split())
    assert "2 tries left" in text and "1 try left" in text and "1 tries" not in text
    assert "`reflect vault recover`" in text
    assert no_split_words(screen.lines, "If you have forgotten it, `reflect vault recover` sets")


def test_ctrl_c_at_the_passphrase_prompt_ends_its_line(journal_home: Path) -> None:
    screen = Screen("list", home=journal_home)
    screen.wait_for(r"Passphrase:")
    screen.send("\x03")
    assert screen.finish() == 130
    lines = [line for line in screen.lines if line]
    prompt = next(i for i, line in enumerate(lines) if line.startswith("Passphrase:"))
    assert lines[prompt] == "Passphrase:"
    assert lines[prompt + 1].startswith("reflect: Interrupted")


def test_home_continues_a_draft_with_the_visits_one_unlock(journal_home: Path) -> None:
    """Continuing needs the journal unlocked; the session it starts asks for nothing more."""
    draft = Entry(
        created=BASE,
        set_id="imperfect-men",
        status="draft",
        answers=[Answer(step="drink", prompt=DRINK, kind="yesno", value="yes")],
        resume_at="drink-what",
    )
    Journal(Vault.open(journal_home)).save_draft(draft)
    screen = Screen(home=journal_home, env=COLOUR)
    screen.settle(r"What would you like to do\?")
    assert "1 reflection is unfinished" in screen.text
    assert "Continue your unfinished reflection" in screen.text
    screen.send("\r")
    screen.wait_for(r"Passphrase:")
    screen.line(PASSPHRASE)
    screen.settle(r"What happened\?")  # the draft picks up at its next question
    screen.send("\x03")  # Ctrl-C in the session: the draft is kept and the visit ends
    assert screen.finish() == 130
    assert screen.transcript.count("Passphrase:") == 1
    assert "saved" in " ".join(screen.text.split())
