"""What to type when a prompt-set file is not valid TOML.

tomllib says where it stopped ("line 14, column 18") and why in parser words ("Expected newline
or end of document after a statement", "Illegal character '\\n'") that a counselor cannot act on,
and that often point past the real mistake. So the words are never shown. Instead the line is
looked at for the mistakes people make when they write these files by hand or paste from a word
processor, each with its repair: a quote inside the text, curly quotes, a missing closing quote,
a missing `=`, a value without quotes, a name given twice... A repair is only offered when the
file, repaired, reads past that line; the message then says what to type, and ``fix`` holds the
line as it should be.
"""

from __future__ import annotations

import tomllib

from reflect.promptsets.checks import Problem, did_you_mean
from reflect.promptsets.toml_help import quotes, sections, typos, values
from reflect.promptsets.toml_help.repair import (
    POSITION,
    Context,
    Diagnosis,
    Repair,
    line_with_open_text,
    problem,
    reads_past,
)

# Most specific first: the first repair that checks out is the one shown.
DIAGNOSES: list[Diagnosis] = [
    quotes.control_character,
    sections.declared_twice,
    sections.given_twice,
    quotes.unclosed_triple,
    quotes.odd_spaces,
    quotes.curly_quotes,
    quotes.quote_inside,
    quotes.apostrophe_inside,
    quotes.missing_closing_quote,
    quotes.backslash,
    values.unclosed_list,
    values.inline_table_over_lines,
    values.unquoted_value,
    values.missing_equals,
    sections.header_with_more,
    sections.header,
    typos.cut_in_two,
    typos.one_character,
]


def explain(text: str, error: tomllib.TOMLDecodeError) -> Problem:
    """One problem, in words a counselor can act on, for a file tomllib refused."""
    lines = text.split("\n")
    reason = str(error)
    found = POSITION.search(reason)
    if found:
        number, column = int(found.group(1)), int(found.group(2))
    else:  # "at end of document": often a one-line text left open further up
        number = line_with_open_text(lines) or len(lines)
        column = len(lines[number - 1]) + 1
    context = Context(lines, number, column, reason)
    for diagnose in DIAGNOSES:
        for repair in diagnose(context):
            if repair.sure or (repair.changes and reads_past(lines, repair.changes)):
                return problem(context, repair)
    return problem(
        context,
        Repair(
            "reflect cannot read this line. Each line should be name = value with text in "
            'straight double quotes, like title = "Week three", or a section name in '
            "brackets, like [[steps]]",
            column=column,
        ),
    )


def section_suggestion(name: str) -> str | None:
    """The section a misspelled top-level name was probably meant to be, like [[steps]]."""
    guess = did_you_mean(name, ["set", "steps", "resources"])
    if guess is None:
        return None
    return f"[{guess}]" if guess == "set" else f"[[{guess}]]"
