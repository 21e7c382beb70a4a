"""The session's screens without a terminal: text from files is never read as markup."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from reflect.guide.session import Session
from reflect.models import Entry
from reflect.promptsets import load_set_text
from reflect.ui.plain_session import PlainSessionUI
from reflect.ui.session import RichSessionUI, progress_line

HOSTILE = "Week [/i] three [bold red]\x1b[2J"
TOML_TITLE = HOSTILE.replace("\x1b", "\\u001b")
SET_TEXT = f'''
[set]
id = "week-three"
title = "{TOML_TITLE}"
version = 1
author = "A counselor [/]"
intro = "Hello [/i] there"
closing = "Bye [/bold]"

[[steps]]
id = "first"
kind = "text"
text = "What happened [/i] then?"
help = "Take your time [/]."
'''


@pytest.fixture
def session() -> Session:
    return Session(load_set_text(SET_TEXT))


def rendered(width: int = 80) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=width, no_color=True, highlight=False), out


def test_a_title_holding_markup_does_not_crash_or_restyle_the_session(session: Session) -> None:
    console, out = rendered()
    ui = RichSessionUI(console)
    ui.intro(session, resumed=False)
    ui.intro(session, resumed=True)
    step = session.current
    assert step is not None
    ui._heading(step, session.progress)
    ui.acknowledge("Thanks [/i]")
    ui.problem("Careful [/bold]")
    session.answer("It was [/i] hard.")
    entry = session.to_entry().model_copy(update={"title": "Mine [/i]"})
    ui.closing(session.prompt_set, entry)
    text = out.getvalue()
    assert "Week [/i] three [bold red]" in text
    assert "What happened [/i] then?" in text and "Take your time [/]." in text
    assert "Mine [/i]" in text and "Bye [/bold]" in text
    assert "\x1b[2J" not in text  # the escape sequence was removed, not passed on


def test_the_plain_screens_show_the_same_text_literally(session: Session) -> None:
    out = io.StringIO()
    ui = PlainSessionUI(out)
    ui.intro(session, resumed=False)
    entry: Entry = session.to_entry()
    ui.closing(session.prompt_set, entry)
    text = out.getvalue()
    assert "Week [/i] three [bold red]" in text and "\x1b" not in text
    assert text.rstrip().splitlines()[-1].startswith("Support is one command away")


def test_the_help_is_shown_under_the_question_without_asking(session: Session) -> None:
    console, out = rendered()
    step = session.current
    assert step is not None
    RichSessionUI(console)._heading(step, session.progress)
    lines = out.getvalue().splitlines()
    assert lines.index("What happened [/i] then?") + 1 == lines.index("Take your time [/].")


def test_the_end_says_what_was_saved_then_what_to_do_next(session: Session) -> None:
    console, out = rendered(60)
    session.answer("Something.")
    entry = session.to_entry()
    RichSessionUI(console).closing(session.prompt_set, entry)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    saved = next(i for i, line in enumerate(lines) if line.startswith("Saved, encrypted"))
    assert entry.id[:8] in lines[saved]
    assert "show " + entry.id[:8] in "\n".join(lines[saved:])
    assert lines[-1] == "Support is one command away: reflect resources"
    assert all(len(line) <= 60 for line in lines)


def test_progress_reads_as_what_is_coming() -> None:
    from reflect.guide.session import Progress

    assert progress_line(Progress(2, 6, 0, 0, "The article's questions")) == (
        "The article's questions · question 2 of 6"
    )
    assert progress_line(Progress(2, 6, 3, 4, "The article's questions")) == (
        "The article's questions · question 2 of 6 · follow-up 3 of 4"
    )
    assert progress_line(Progress(1, 1, 1, 1, "What the article names")) == (
        "What the article names · follow-up"
    )
    assert progress_line(Progress(3, 9)) == "Question 3 of 9"
