"""The story review in a pseudo-terminal, read through a terminal emulator (pyte) as a person
sees it: the draft told per incident, the whole draft edited in place, every replacement
decided on, the residual-risk list, the final preview, and the plain line-by-line mode."""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from pathlib import Path

import pexpect
import pyte
import pytest

from e2e import finish, spawn
from reflect.journal.store import Journal
from reflect.models import Answer, Entry
from reflect.story.draft import StoryDraft
from reflect.vault import Vault

from conftest import REFLECT, run_reflect
from helpers import make_entry

pytestmark = pytest.mark.e2e

DOWN = "\x1b[B"
DRINK = "Did I ever have a little too much to drink and push a little too far with a woman?"
ADVANTAGE = "Did I ever take advantage of a situation to make a sexual advance?"
# How those incidents open in the draft: in the project's words, not the question and "Yes."
DRINK_OPENS = "There was a time I pushed a woman too far when I had been drinking."
ADVANTAGE_OPENS = "There was a time I took advantage of a situation to make a sexual advance."


def pick(child: Screen | pexpect.spawn, key: str) -> None:
    child.send(key)
    child.send("\r")


class Screen:
    """A `reflect` child process drawn on an emulated terminal of a given width."""

    def __init__(self, *args: str, home: Path, env: dict[str, str], columns: int) -> None:
        rows = 200  # tall, so nothing scrolls away before it is read
        full_env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("REFLECT_PASSPHRASE")},
            "REFLECT_HOME": str(home),
            "NO_COLOR": "",
            "TERM": "xterm-256color",
            "COLUMNS": str(columns),
            "LINES": str(rows),
            "PROMPT_TOOLKIT_NO_CPR": "1",
            **env,
        }
        self.child = pexpect.spawn(
            REFLECT,
            list(args),
            env=full_env,
            encoding="utf-8",
            timeout=30,
            dimensions=(rows, columns),
        )
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)

    def _pump(self) -> None:
        with contextlib.suppress(pexpect.TIMEOUT, pexpect.EOF):
            self.stream.feed(self.child.read_nonblocking(65536, timeout=0.1))

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait(self, pattern: str, timeout: float = 60) -> str:
        """Wait until the screen shows ``pattern`` (a regex); return the screen's text."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._pump()
            if re.search(pattern, self.text()):
                return self.text()
        raise AssertionError(f"never saw {pattern!r} on screen:\n{self.text()}")

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def clear(self) -> None:
        """Forget what is drawn, so the next wait sees only what comes after."""
        self._pump()
        self.screen.reset()

    def finish(self) -> int:
        return finish(self.child)


def story_screen(vault_home: Path, passphrase_file: Path, *args: str, columns: int = 80) -> Screen:
    """`reflect [--plain] story ...` on the test vault, the passphrase read from its file."""
    return Screen(
        *args,
        home=vault_home,
        env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)},
        columns=columns,
    )


def two_incident_entry() -> Entry:
    def text(step: str, value: str) -> Answer:
        return Answer(step=step, prompt="?", kind="text", value=value)

    return Entry.model_validate(
        {
            "created": "2026-11-20T21:14:00+00:00",
            "set": "imperfect-men",
            "set_version": 1,
            "answers": [
                Answer(step="drink", prompt=DRINK, kind="yesno", value="yes"),
                text(
                    "drink-what",
                    "At a bar in Galveston, Marisol Vega told me no twice and I kept buying "
                    "her drinks anyway.",
                ),
                text("drink-her", "She stopped coming out with our group after that night."),
                Answer(step="advantage", prompt=ADVANTAGE, kind="yesno", value="yes"),
                text(
                    "advantage-what",
                    "She was the only woman on the crew and I offered her a ride home.",
                ),
                text(
                    "advantage-her",
                    "She asked to move to another team in March to get away from me.",
                ),
                text("drink-learned", "That being drunk explains nothing and excuses nothing."),
                text("tell-son", "Listen the first time she says no."),
            ],
        }
    )


def paragraphs_on(screen_text: str) -> list[str]:
    """Paragraphs as drawn: wrapped lines joined, blank lines between paragraphs."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", screen_text) if p.strip()]


@pytest.mark.parametrize("columns", [80, 60])
def test_per_incident_draft_in_place_edit_and_residual_risks(
    vault_home: Path, passphrase_file: Path, tmp_path: Path, columns: int
) -> None:
    entry = two_incident_entry()
    Journal(Vault.open(vault_home)).add(entry)
    out = tmp_path / "story.md"
    screen = Screen(
        "story",
        entry.id[:8],
        "-o",
        str(out),
        home=vault_home,
        env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)},
        columns=columns,
    )
    shown = screen.wait(r"Which parts go into the story")
    assert "Space leaves one out" in " ".join(shown.split())
    assert not any(len(line) > columns for line in shown.splitlines())
    screen.send("\r")

    # The draft, before anything is replaced: one paragraph per incident, in the arc's order.
    shown = screen.wait(r"Edit the draft first")
    draft = paragraphs_on(shown.split("before anything is replaced:", 1)[1])
    incidents = [p for p in draft if p.startswith("There was a time I")]
    assert incidents[0].startswith(DRINK_OPENS) and incidents[1].startswith(ADVANTAGE_OPENS)
    assert "Did I ever" not in " ".join(draft) and "? Yes" not in " ".join(draft)
    assert incidents[0].index("Marisol") < incidents[0].index("stopped coming")
    assert incidents[0].index("stopped coming") < incidents[0].index("explains nothing")
    assert "ride home" not in incidents[0] and "ride home" in incidents[1]
    assert any(p.startswith("If a son or a younger brother asked me") for p in draft)
    assert not any(len(line) > columns for line in shown.splitlines())

    # Edit the whole draft in place: add a sentence that names someone else.
    screen.send("y")
    screen.send("\r")
    screen.wait(r"Edit the draft below")
    screen.send("\rLater I told Ramona Quist everything.")
    screen.wait(r"Ramona Quist everything")
    screen.send("\x1b\r")  # Esc then Enter finishes the writing area

    shown = screen.wait(r"What next\?")
    story_part = shown.split("Your story, with what was replaced", 1)[1].split("  1. ", 1)[0]
    assert "Later I told [" in " ".join(story_part.split())
    assert "Ramona Quist" in shown  # listed as a decision: "Ramona Quist → [C]"
    screen.clear()
    pick(screen, "c")

    # The residual-risk list names the phrases that single her out even without a name.
    shown = screen.wait(r"Hide any of these too")
    listed = " ".join(shown.split("Still worth a second look", 1)[1].split())
    assert "the only woman on the crew" in listed
    # The month is widened to its season, and the team change is still listed with it.
    assert "to another team in the spring" in listed
    # Hide the first phrase: the unique role, with its gentler wording.
    first = next(line for line in shown.splitlines() if "○" in line or "●" in line)
    assert "the only woman on the crew" in first
    screen.send(" ")
    screen.wait(r"●")
    screen.clear()
    screen.send("\r")

    shown = screen.wait(r"Write this story to")
    preview = " ".join(shown.split("Final preview", 1)[1].split())
    assert "a woman on the crew" in preview
    for name in ("Marisol", "Vega", "Galveston", "Ramona", "Quist", "the only woman"):
        assert name not in preview
    assert not out.exists()  # nothing before the explicit yes
    pick(screen, "y")
    screen.wait(r"Keep this draft in your journal")
    pick(screen, "n")
    assert screen.finish() == 0

    story = out.read_text()
    body = [p for p in story.split("\n\n") if p.strip()]
    assert body[1].startswith(DRINK_OPENS) and body[2].startswith(ADVANTAGE_OPENS)
    assert "Later I told [" in story and "#ImperfectMen" in story
    for name in ("Marisol", "Vega", "Galveston", "Ramona", "Quist"):
        assert name not in story


@pytest.mark.parametrize("columns", [80, 60])
def test_the_pickers_echo_their_answers_wrapped_at_words(
    vault_home: Path, passphrase_file: Path, columns: int
) -> None:
    """questionary's own echo of a pick is one long line the terminal cuts mid-word
    ("im" / "perfect-men"); the pickers echo it themselves, wrapped, and say "all 3" for parts."""
    Journal(Vault.open(vault_home)).add(two_incident_entry())
    screen = story_screen(vault_home, passphrase_file, "story", columns=columns)
    screen.wait(r"Which reflections should the story draw on")
    screen.send(" ")
    screen.wait(r"●")
    screen.send("\r")
    screen.wait(r"Which parts go into the story")
    screen.send("\r")
    shown = screen.wait(r"Edit the draft first")
    lines = shown.splitlines()
    echo = next(n for n, line in enumerate(lines) if "Which reflections should" in line)
    words = " ".join(lines[echo : echo + 2]).split()
    assert "imperfect-men" in words, lines[echo : echo + 2]
    assert re.search(r"^\? Which parts go into the story\? all 3$", shown, re.MULTILINE), shown
    screen.child.sendcontrol("c")
    screen.finish()


def test_plain_picker_and_review_read_line_by_line(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("My coworker Jen Morales said no at the office party in Portland.")
    Journal(Vault.open(vault_home)).add(entry)
    screen = Screen(
        "--plain",
        "story",
        home=vault_home,
        env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)},
        columns=80,
    )
    shown = screen.wait(r"Type the numbers to use")
    assert re.search(r"^1\. 2026-", shown, re.MULTILINE)
    screen.send("\r")  # Enter with nothing chosen takes nothing, and says so
    shown = screen.wait(r"Nothing is picked yet")
    screen.send("1\r")
    screen.wait(r"Press Enter to use all of them")
    screen.send("\r")
    screen.wait(r"Type edit to write the draft again")
    screen.send("\r")
    shown = screen.wait(r"What next\? Type c to continue")
    # Numbers stand apart from the words: "a city [2]", never "a city2".
    flat = " ".join(shown.split())
    assert re.search(r"a city \[\d\]", flat), shown
    story = flat.split("Your story, with what was replaced:")[1].split("What was replaced:")[0]
    assert "[A] [1]" in story and not re.search(r"(?:\]|[a-z])\d", story)
    assert re.search(r"^1\. Jen Morales, now \[A\] \(person\)$", shown, re.MULTILINE)
    screen.send("e 1\r")
    screen.wait(r"Replace 'Jen Morales' with what\?")
    screen.send("my coworker's friend\r")
    shown = screen.wait(r"What next\? Type c")
    screen.send("c\r")
    screen.wait(r"Still worth a second look:")
    shown = screen.wait(r"Type the numbers of any to hide|Nothing else stands out.*left\.")
    # Our words are wrapped at words in plain mode too: the terminal's edge never leaves a line
    # starting " you write the story." (it did, at exactly 80 columns).
    assert not re.search(r"^ \S", shown, re.MULTILINE), shown
    if "Type the numbers of any to hide" in screen.text():
        screen.send("\r")
    shown = screen.wait(r"Write this story to the terminal\? \(yes or no; Enter means no\)")
    assert "my coworker's friend" in shown and "Jen" not in shown.split("Final preview:")[1]
    for glyph in ("●", "○", "─", "╭", "│"):
        assert glyph not in shown
    screen.send("no\r")
    screen.wait(r"Nothing was written")
    assert screen.finish() == 0


def test_review_accept_edit_add_and_write(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    text = (
        "My coworker Jen Morales said no at the bluebird office party in Portland. "
        "Jen left bluebird soon after."
    )
    entry = make_entry(text)
    Journal(Vault.open(vault_home)).add(entry)
    out = tmp_path / "story.md"
    env = {"NO_COLOR": "", "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("story", entry.id[:8], "-o", str(out), home=vault_home, env=env)

    # The screen numbers decisions in the engine's order; find Portland's number the same way.
    from reflect.story.draft import assemble

    groups = StoryDraft(assemble(entry.answers)).groups()
    place_number = next(n for n, g in enumerate(groups, start=1) if "Portland" in g.originals)
    child.expect("Which parts go into the story")
    child.send("\r")
    child.expect("Edit the draft first")
    pick(child, "n")
    child.expect("Portland")
    child.expect("What next")
    pick(child, "e")  # change a replacement
    child.expect("Which one")
    child.send(DOWN * (place_number - 1))
    child.send("\r")
    child.expect("with:")
    child.send("\x15")  # Ctrl-U clears the suggested replacement
    child.send("a town on the coast\r")
    child.expect("What next")
    pick(child, "a")  # add something that was missed
    child.expect("What was missed")
    child.send("bluebird\r")
    child.expect("Covered 2 more")
    child.expect("Always hide this")
    pick(child, "y")
    child.expect("What next")
    pick(child, "c")
    child.expect("Still worth a second look")
    child.expect(r"Hide any of these|Nothing else stands out")
    if "Hide any" in child.after:
        child.send("\r")
    child.expect("Final preview")
    child.expect("No tool can")
    child.expect("Write this story to")
    assert not out.exists()  # nothing before the explicit yes
    pick(child, "y")
    child.expect("Keep this draft in your journal")
    pick(child, "n")
    assert finish(child) == 0

    story = out.read_text()
    for leaked in ("Jen", "Morales", "Portland", "bluebird"):
        assert leaked not in story
    assert "a town on the coast" in story and "#ImperfectMen" in story
    remembered = run_reflect(
        "redactions", "list", "--json", env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    )
    assert json.loads(remembered.stdout) == ["bluebird"]


def test_saying_no_at_the_end_writes_nothing(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("My coworker Jen Morales said no.")
    Journal(Vault.open(vault_home)).add(entry)
    out = tmp_path / "story.md"
    env = {"NO_COLOR": "", "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("story", entry.id[:8], "-o", str(out), home=vault_home, env=env)
    child.expect("Which parts go into the story")
    child.send("\r")
    child.expect("Edit the draft first")
    pick(child, "n")
    child.expect("What next")
    pick(child, "c")
    child.expect(r"Hide any of these|Nothing else stands out")
    if "Hide any" in child.after:
        child.send("\r")
    child.expect("Write this story to")
    pick(child, "n")
    child.expect("Nothing was written")
    assert finish(child) == 0
    assert not out.exists()


def test_story_redact_asks_at_a_hidden_prompt(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("We met at the Harborview Diner, where she worked.")
    Journal(Vault.open(vault_home)).add(entry)
    screen = Screen(
        "story",
        "--redact",
        entry.id[:8],
        home=vault_home,
        env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)},
        columns=80,
    )
    screen.wait(r"Name or word 1 \(empty to finish\):")
    screen.send("Harborview\r")
    screen.wait(r"Name or word 2")
    screen.send("\r")
    shown = screen.wait(r"Which parts go into the story")
    prompts = [line for line in shown.splitlines() if "Name or word" in line]
    assert prompts and not any("Harborview" in line for line in prompts)  # never echoed
    screen.send("\r")
    screen.wait(r"Edit the draft first")
    pick(screen, "n")
    shown = screen.wait(r"What next\?")
    story_part = shown.split("Your story, with what was replaced", 1)[1].split("  1. ", 1)[0]
    assert "Harborview" not in story_part
    pick(screen, "c")
    screen.wait(r"Hide any of these|Nothing else stands out")
    if "Hide any" in screen.text():
        screen.send("\r")
    screen.wait(r"Write this story to")
    pick(screen, "n")
    screen.wait(r"Nothing was written")
    assert screen.finish() == 0
    remembered = run_reflect(
        "redactions", "list", "--json", env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    )
    assert json.loads(remembered.stdout) == ["Harborview"]


LONG_ANSWER = (
    "Afterwards I kept replaying the conversation, convincing myself that misunderstanding "
    "explained everything, though honestly nothing about my persistence was accidental or "
    "unintentional, and her uncomfortable silence communicated everything I refused to hear."
)


@pytest.mark.parametrize("columns", [80, 60])
def test_in_place_editor_wraps_between_words(
    vault_home: Path, passphrase_file: Path, tmp_path: Path, columns: int
) -> None:
    entry = make_entry(LONG_ANSWER)
    Journal(Vault.open(vault_home)).add(entry)
    screen = Screen(
        "story",
        entry.id[:8],
        "-o",
        str(tmp_path / "story.md"),
        home=vault_home,
        env={"REFLECT_PASSPHRASE_FILE": str(passphrase_file)},
        columns=columns,
    )
    screen.wait(r"Which parts go into the story")
    screen.send("\r")
    screen.wait(r"Edit the draft first")
    screen.send("y")
    screen.send("\r")
    # The editing box, below its instruction, holds the whole draft with every word whole.
    shown = screen.wait(r"Edit the draft below(?:.|\n)*#ImperfectMen")
    box = shown.split("Edit the draft below", 1)[1].split("in memory.\n", 1)[1]
    rows = [line for line in box.splitlines() if line.strip()]
    assert not any(len(line) > columns for line in rows)
    on_screen = " ".join(" ".join(line.lstrip("?› ").split()) for line in rows)
    for word in re.findall(r"[\w']+", LONG_ANSWER):
        assert re.search(rf"(?<![\w']){word}(?![\w'])", on_screen), (word, box)
    screen.send(" Amends.")
    screen.wait(r"Amends\.")
    screen.send("\x1b\r")
    shown = screen.wait(r"What next\?")
    assert "Amends." in shown.split("Edit the draft below", 1)[1]
    screen.send("\x03")
    finish(screen.child)


def test_an_output_folder_that_does_not_exist_is_refused_before_anything_is_asked(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "story.md"
    result = run_reflect(
        "story",
        "-o",
        str(missing),
        env={"REFLECT_HOME": str(vault_home), "REFLECT_PASSPHRASE_FILE": str(passphrase_file)},
    )
    assert result.returncode != 0
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert ".tmp" not in result.stderr  # no internal temp-file name
    assert not missing.parent.exists()


def test_ctrl_c_in_the_review_says_no_story_was_written(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("My coworker Jen Morales said no.")
    Journal(Vault.open(vault_home)).add(entry)
    env = {"NO_COLOR": "", "REFLECT_PASSPHRASE_FILE": str(passphrase_file)}
    child = spawn("story", entry.id[:8], home=vault_home, env=env)
    child.expect("Which parts go into the story")
    child.send("\r")
    child.expect("Edit the draft first")
    pick(child, "n")
    child.expect("What next")
    child.sendcontrol("c")
    child.expect("no story was written")
    assert finish(child) == 130


def test_a_kept_story_draft_is_not_offered_as_a_source(
    vault_home: Path, passphrase_file: Path
) -> None:
    from reflect.story.keep import draft_entry

    journal = Journal(Vault.open(vault_home))
    journal.add(make_entry("My coworker Jen Morales said no."))
    journal.add(draft_entry("A story already told."))
    screen = story_screen(vault_home, passphrase_file, "--plain", "story")
    shown = screen.wait(r"Type the numbers to use")
    assert re.search(r"^1\. 2026-", shown, re.MULTILINE)
    assert not re.search(r"^2\. ", shown, re.MULTILINE) and "Story draft" not in shown
    screen.child.sendcontrol("c")
    screen.finish()


def test_an_emptied_draft_is_said_and_the_draft_kept(
    vault_home: Path, passphrase_file: Path
) -> None:
    entry = make_entry("My coworker Jen Morales said no.")
    Journal(Vault.open(vault_home)).add(entry)
    screen = story_screen(vault_home, passphrase_file, "--plain", "story", entry.id[:8])
    screen.wait(r"Press Enter to use all of them")
    screen.send("\r")
    screen.wait(r"Type edit to write the draft again")
    screen.send("edit\r")
    screen.wait(r"Type the whole draft")
    screen.send(".\r")
    shown = screen.wait(r"What next\?")
    assert "The draft was left empty" in " ".join(shown.split())
    assert "[A]" in shown  # the draft as it was, reviewed
    screen.child.sendcontrol("c")
    screen.finish()


@pytest.mark.parametrize("columns", [60])
def test_a_story_shown_on_the_terminal_wraps_at_words(
    vault_home: Path, passphrase_file: Path, columns: int
) -> None:
    long_answer = " ".join(["I kept talking over her in every single meeting"] * 6) + "."
    entry = make_entry(long_answer)
    Journal(Vault.open(vault_home)).add(entry)
    screen = story_screen(
        vault_home, passphrase_file, "--plain", "story", entry.id[:8], columns=columns
    )
    screen.wait(r"Press Enter to use all of them")
    screen.send("\r")
    screen.wait(r"Type edit to write the draft again")
    screen.send("\r")
    screen.wait(r"What next\? Type c")
    screen.send("c\r")
    screen.wait(r"Type the numbers of any to hide|Nothing else stands out")
    if "Type the numbers of any to hide" in screen.text():
        screen.send("\r")
    screen.wait(r"Write this story to the terminal\?")
    screen.clear()
    screen.send("yes\r")
    shown = screen.wait(r"Keep this draft in your journal")
    lines = [line for line in shown.splitlines() if "meeting" in line or "talking" in line]
    assert lines
    # Wrapped at words by reflect, every line stops short of the edge; a long line that the
    # terminal broke would fill it exactly, cut wherever the edge fell ("conv" / "incing").
    for line in lines:
        assert len(line) < columns, line
    screen.send("no\r")
    assert screen.finish() == 0


def test_a_long_output_path_is_named_on_its_own_line_so_the_question_never_splits(
    vault_home: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    entry = make_entry("My coworker Jen Morales said no.")
    Journal(Vault.open(vault_home)).add(entry)
    out = tmp_path / ("a-long-folder-name-" * 3) / "story.md"
    out.parent.mkdir()
    screen = story_screen(
        vault_home, passphrase_file, "story", entry.id[:8], "-o", str(out), columns=60
    )
    screen.wait(r"Which parts go into the story")
    screen.send("\r")
    screen.wait(r"Edit the draft first")
    pick(screen, "n")
    screen.wait(r"What next\?")
    screen.clear()
    pick(screen, "c")
    screen.wait(r"Hide any of these too|Nothing else stands out")
    if "Hide any of these too" in screen.text():
        screen.send("\r")
    shown = screen.wait(r"Write this story to that file\?")
    question = next(line for line in shown.splitlines() if "Write this story to" in line)
    assert question.rstrip().endswith("(y/N)"), question
    pick(screen, "n")
    screen.wait(r"Nothing was written")
    assert screen.finish() == 0
