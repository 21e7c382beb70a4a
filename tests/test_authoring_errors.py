"""Authoring mistakes a counselor makes, through the real command: each broken file gets one
message that says where and what to type, and the documented exit code.

Every case is a copy of a small, valid set with one mistake typed the way a person would make
it (in a text editor, or pasted from a word processor). `reflect prompts validate` must list it
with its line and, where reflect can tell, the corrected line; every other command that loads a
set (`reflect prompts add` here) must refuse it in one line with the same words. The parser's
own wording never reaches the person.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Run, assert_clean_failure, run_reflect

BASE = """\
[set]
id = "week-three"
title = "Week three: after the party"
version = 1
author = "Sam Rivera"
intro = \"\"\"Take your time. Any question can be skipped.\"\"\"

[[steps]]
id = "noticed"
kind = "yesno"
text = "Did you push further than she wanted?"
optional = true

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

[[resources]]
name = "Sam Rivera"
contact = "sam@example.org"
"""

# What tomllib and pydantic say, which must never be shown.
PARSER_WORDS = (
    "Illegal character",
    "Invalid value",
    "Expected",
    "Unclosed",
    "Unterminated",
    "Cannot overwrite",
    "Cannot declare",
    "key part",
    "hex value",
    "validation error",
    "Input should",
    "Traceback",
)


@dataclass(frozen=True)
class Case:
    name: str
    old: str  # a piece of BASE ...
    new: str  # ... and the mistake typed in its place
    problem: str  # the line validate prints: where, then what is wrong and what to do
    fix: str | None  # the corrected line it shows under "Type it as:", if any


CASES = [
    Case(
        "quote-inside",
        'text = "What happened?"',
        'text = "What did she say when you said "just one more"?"',
        'line 17, column 40: the " before \'just\' ends the text too early. To put a quote inside the text, type a backslash before it (\\"), or put the whole text in single quotes \'...\' or in triple quotes """..."""',
        'text = "What did she say when you said \\"just one more\\"?"',
    ),
    Case(
        "curly-quotes",
        'title = "Week three: after the party"',
        "title = “Week three: after the party”",
        'line 3: the text is in curly quotes (“ ” or ‘ ’, the kind a word processor makes); use straight quotes " instead of curly ones',
        'title = "Week three: after the party"',
    ),
    Case(
        "curly-apostrophes",
        'author = "Sam Rivera"',
        "author = ‘Sam Rivera’",
        'line 5: the text is in curly quotes (“ ” or ‘ ’, the kind a word processor makes); use straight quotes " instead of curly ones',
        'author = "Sam Rivera"',
    ),
    Case(
        "missing-closing-quote",
        'text = "Did you push further than she wanted?"',
        'text = "Did you push further than she wanted?',
        "line 11: the text 'Did you push further than ...' has no closing quote; type \" at its end",
        'text = "Did you push further than she wanted?"',
    ),
    Case(
        "text-over-two-lines",
        'text = "Which comes closest to how you feel now?"',
        'text = "Which comes closest\nto how you feel now?"',
        'line 23: the text runs over more than one line (lines 23 to 24). Text on several lines needs three quotes at each end: start it with """ on line 23 and end it with """ on line 24',
        None,
    ),
    Case(
        "triple-never-closed",
        'intro = """Take your time. Any question can be skipped."""',
        'intro = """Take your time. Any question can be skipped.',
        'line 6: the text that starts with """ on line 6 never ends; type """ where the text ends',
        'intro = """Take your time. Any question can be skipped."""',
    ),
    Case(
        "missing-equals",
        'kind = "text"',
        'kind "text"',
        "line 16: put = between `kind` and its value",
        'kind = "text"',
    ),
    Case(
        "colon-for-equals",
        'author = "Sam Rivera"',
        'author: "Sam Rivera"',
        "line 5: use = between the name and its value, not :",
        'author = "Sam Rivera"',
    ),
    Case(
        "unquoted-text",
        'title = "Week three: after the party"',
        "title = Week three",
        'line 3: text must be in double quotes: type " before and after it',
        'title = "Week three"',
    ),
    Case(
        "unquoted-kind",
        'kind = "choice"',
        "kind = choice",
        'line 22: text must be in double quotes: type " before and after it',
        'kind = "choice"',
    ),
    Case(
        "unquoted-choices",
        'choices = ["Settled", "Uneasy", "Not sure yet"]',
        "choices = [Settled, Uneasy, Not sure yet]",
        'line 24: each piece of text must be in double quotes, like "yes"',
        'choices = ["Settled", "Uneasy", "Not sure yet"]',
    ),
    Case(
        "optional-yes",
        "optional = true",
        "optional = yes",
        "line 12: write true or false, in small letters and without quotes",
        "optional = true",
    ),
    Case(
        "duplicate-key",
        'text = "What happened?"',
        'text = "What happened?"\ntext = "And then?"',
        "line 18: step 2 already has `text` (line 17); each name may appear once there. Keep one of the two. If this starts a new question, put a line [[steps]] above it",
        None,
    ),
    Case(
        "second-set-section",
        "[[resources]]",
        '[set]\nnote = "x"\n\n[[resources]]',
        "line 26: there is already a [set] section on line 1, and a file has only one; move these lines into it. For another question, use [[steps]]",
        None,
    ),
    Case(
        "single-brackets-steps",
        '[[steps]]\nid = "feeling"',
        '[steps]\nid = "feeling"',
        "line 20: write [[steps]] with two brackets on each side: each one starts a new question",
        "[[steps]]",
    ),
    Case(
        "misspelled-section",
        '[[steps]]\nid = "feeling"',
        '[[step]]\nid = "feeling"',
        "line 20: [[step]] is not a section reflect knows; did you mean [[steps]]?",
        None,
    ),
    Case(
        "misspelled-resources",
        "[[resources]]",
        "[[resource]]",
        "line 26: [[resource]] is not a section reflect knows; did you mean [[resources]]?",
        None,
    ),
    Case(
        "unclosed-header",
        '[[steps]]\nid = "feeling"',
        '[[steps]\nid = "feeling"',
        "line 20: a section name needs its brackets on both sides, like [[steps]]",
        "[[steps]]",
    ),
    Case(
        "when-on-two-lines",
        'when = { step = "noticed", is = "yes" }',
        'when = {\n  step = "noticed", is = "yes"\n}',
        "line 18: keep { ... } on one line: write it all on this line",
        'when = { step = "noticed", is = "yes" }',
    ),
    Case(
        "unclosed-list",
        'choices = ["Settled", "Uneasy", "Not sure yet"]',
        'choices = ["Settled", "Uneasy", "Not sure yet"',
        "line 24: the list that starts on line 24 is never closed; type ] after its last item",
        'choices = ["Settled", "Uneasy", "Not sure yet"]',
    ),
    Case(
        "apostrophe-in-single-quotes",
        'text = "What happened?"',
        "text = 'What didn't you say?'",
        "line 17: the ' in \"didn't\" ends the text too early, because the text is in single quotes; put it in double quotes instead",
        'text = "What didn\'t you say?"',
    ),
    Case(
        "backslash",
        'text = "What happened?"',
        'text = "What happened \\ and why?"',
        "line 17: a backslash \\ inside \"...\" starts a special character; type \\\\ for a backslash itself, or put the text in single quotes '...'",
        'text = "What happened \\\\ and why?"',
    ),
    Case(
        "space-in-name",
        "optional = true",
        "opt ional = true",
        "line 12: a name cannot have spaces in it; did you mean `optional`?",
        "optional = true",
    ),
    Case(
        "nothing-after-equals",
        "optional = true",
        "optional =",
        "line 12: nothing comes after the = of `optional`; type the value, like optional = true, or delete the line",
        None,
    ),
    Case(
        "when-typo",
        'step = "noticed", is',
        'step = "notice", is',
        "line 18, step 'noticed-what': `when` names step 'notice', and there is no step with that id; did you mean 'noticed'?",
        None,
    ),
    Case(
        "when-yes-capital",
        'is = "yes"',
        'is = "Yes"',
        "line 18, step 'noticed-what': `when` compares step 'noticed' with 'Yes', which that step can never answer; did you mean 'yes'?",
        None,
    ),
    Case(
        "kind-typo",
        'kind = "choice"',
        'kind = "multiple choice"',
        "line 22, step 'feeling': `kind` must be one of info, yesno, text, choice or scale; got 'multiple choice'; did you mean kind = \"choice\"?",
        None,
    ),
    Case(
        "field-typo",
        "optional = true",
        "optinal = true",
        "line 12, step 'noticed': `optinal` is not a name reflect knows; did you mean `optional`?",
        None,
    ),
    Case(
        "missing-text",
        'text = "What happened?"\n',
        "",
        "line 14, step 'noticed-what': `text` is missing; add a line like text = \"The question, or the text to read\"",
        None,
    ),
    Case(
        "missing-author",
        'author = "Sam Rivera"\n',
        "",
        'line 1, in [set]: `author` is missing; add a line like author = "Your name"',
        None,
    ),
    Case(
        "field-before-set",
        '[set]\nid = "week-three"\n',
        'id = "week-three"\n[set]\n',
        "line 1: `id` comes before any section; it belongs in [set]: put a line [set] above it",
        None,
    ),
    Case(
        "date",
        'author = "Sam Rivera"',
        'author = "Sam Rivera"\n\n[set.homework]\ndue = 12/01/2026',
        "line 8: write the date as year-month-day with two-digit months and days, like due = 2026-12-01 (no quotes)",
        None,
    ),
    Case(
        "stray-character-in-a-name",
        'author = "Sam Rivera"',
        'aut,hor = "Sam Rivera"',
        "line 5, column 4: the , after 'aut' does not belong there; delete it",
        'author = "Sam Rivera"',
    ),
    Case(
        "missing-comma-in-a-list",
        'choices = ["Settled", "Uneasy", "Not sure yet"]',
        'choices = ["Settled", "Uneasy" "Not sure yet"]',
        "line 24, column 31: a comma seems to be missing after '\"Uneasy\"'; type , there",
        'choices = ["Settled", "Uneasy", "Not sure yet"]',
    ),
    Case(
        "line-cut-in-two",
        "optional = true",
        "opti\nonal = true",
        "line 12: this line seems to be cut in two, and the rest of it is on line 13; join the two lines",
        "optional = true",
    ),
    Case(
        "control-character",
        'title = "Week three: after the party"',
        'title = "Week three:\x0b after the party"',
        "line 3, column 21: there is an invisible control character here, probably copied along with the text; delete it (or retype the line)",
        'title = "Week three: after the party"',
    ),
    Case(
        "section-and-value-on-one-line",
        "[[resources]]\nname",
        "[[resources]]name",
        "line 26: [[resources]] must be on a line of its own; put 'name = \"Sam Rivera\"' on the next line",
        None,
    ),
    Case(
        "curly-closing-quote-only",
        'text = "What happened?"',
        'text = "What happened?”',
        'line 17: the text is in curly quotes (“ ” or ‘ ’, the kind a word processor makes); use straight quotes " instead of curly ones',
        'text = "What happened?"',
    ),
    Case(
        "curly-opening-quote-only",
        'text = "What happened?"',
        'text = “What happened?"',
        'line 17: the text is in curly quotes (“ ” or ‘ ’, the kind a word processor makes); use straight quotes " instead of curly ones',
        'text = "What happened?"',
    ),
    Case(
        "curly-quotes-in-when",
        'when = { step = "noticed", is = "yes" }',
        "when = { step = “noticed”, is = “yes” }",
        'line 18: the text is in curly quotes (“ ” or ‘ ’, the kind a word processor makes); use straight quotes " instead of curly ones',
        'when = { step = "noticed", is = "yes" }',
    ),
]


def test_the_base_set_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "week three.toml"
    path.write_text(BASE, encoding="utf-8")
    result = run_reflect("prompts", "validate", str(path))
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith(f"{path} is a valid question set: 'week-three'")
    assert "starter file" not in result.stdout


def run_in_process(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    """The `reflect` entry point, run in this process: the same code as the installed command
    without half a second of start-up per case (a few cases below run the real process)."""
    from reflect.cli import main

    saved = sys.argv
    sys.argv = ["reflect", *args]
    try:
        main()
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        sys.argv = saved
    out, err = capsys.readouterr()
    return Run(code, out, err)


IN_A_REAL_PROCESS = {"quote-inside", "curly-quotes", "missing-closing-quote"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_mistake_gets_its_line_and_what_to_type(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert case.old in BASE
    path = tmp_path / "week three.toml"  # a name with a space, as counselors write them
    path.write_text(BASE.replace(case.old, case.new, 1), encoding="utf-8")

    def reflect(*args: str) -> Run:
        if case.name in IN_A_REAL_PROCESS:
            return run_reflect(*args)
        return run_in_process(capsys, *args)

    checked = reflect("prompts", "validate", str(path))
    assert checked.returncode == 1
    assert checked.stderr == ""
    paragraphs = checked.stdout.rstrip("\n").split("\n\n")
    assert paragraphs[0].startswith(f"{path} has ")
    shown = [f"  {case.problem}"]
    if case.fix is not None:
        shown += ["  Type it as:", f"      {case.fix}"]
    assert paragraphs[1] == "\n".join(shown)
    again = f"reflect prompts validate {shlex.quote(str(path))}"
    assert paragraphs[-1].endswith(f"check again:\n  {again}")
    assert "'" in again  # the name with a space is quoted, ready to paste

    added = reflect("prompts", "add", str(path))
    assert_clean_failure(added, 1)
    one_line = f"reflect: {path}, {case.problem}"
    if case.fix is not None:
        one_line += (" " if case.problem.endswith("?") else ". ") + f"Type it as: {case.fix}"
    assert added.stderr.strip().startswith(one_line)
    for words in PARSER_WORDS:
        assert words not in checked.stdout + added.stderr, words


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.fix and "\n" not in c.new], ids=lambda c: c.name
)
def test_typing_the_suggested_line_mends_the_file(case: Case) -> None:
    """The line shown under "Type it as:" is a real repair, not a guess: put in place of the
    mistake, the file reads."""
    from reflect.promptsets import validate_text

    broken = BASE.replace(case.old, case.new, 1)
    lines = broken.split("\n")
    number = int(case.problem.split(",")[0].split(":")[0].removeprefix("line "))
    assert case.fix is not None
    lines[number - 1] = case.fix
    assert validate_text("\n".join(lines)) == []


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(BASE)),
            st.sampled_from(
                ['"', "'", "[", "]", "{", "}", "=", "\n", "#", "\\", ",", ":", "“", "”", " ", ""]
            ),
            st.booleans(),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_typing_slip_gets_a_sentence_never_a_crash(edits: list[tuple[int, str, bool]]) -> None:
    """Characters typed, or deleted, anywhere in a valid set: the check always answers with
    sentences that carry a line, never the parser's words, and never fails itself."""
    from reflect.promptsets import validate_text

    text = BASE
    for at, char, delete in edits:
        at = min(at, len(text))
        text = text[:at] + text[at + 1 :] if delete else text[:at] + char + text[at:]
    for problem in validate_text(text):
        shown = str(problem)
        assert "\n" not in shown
        for words in PARSER_WORDS:
            assert words not in shown, (words, shown)
        if problem.location.startswith("line "):
            assert problem.line is not None
