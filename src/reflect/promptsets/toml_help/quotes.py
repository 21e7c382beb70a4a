"""Mistakes with quotes and odd characters: the most common in a hand-written file."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.promptsets.positions import ScanState, scan_line
from reflect.promptsets.toml_help.lines import (
    CURLY,
    HEADER,
    THREE,
    assignment,
    escape,
    excerpt,
    first_word,
    is_header,
    quoted_value,
    string_end,
    text_with_stray_quote,
    unescaped_quotes,
)
from reflect.promptsets.toml_help.repair import Context, Repair

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ODD_SPACES = "\u00a0\u2007\u202f\u2009\u2002\u2003\u200b\ufeff"


def control_character(context: Context) -> Iterator[Repair]:
    at = context.column - 1
    if 0 <= at < len(context.line) and _CONTROL.match(context.line[at]):
        fixed = _CONTROL.sub("", context.line)
        message = (
            "there is an invisible control character here, probably copied along with the "
            "text; delete it (or retype the line)"
        )
        yield Repair(message, {context.number: fixed}, column=context.column)
        yield Repair(message, column=context.column, sure=True)


def odd_spaces(context: Context) -> Iterator[Repair]:
    line = context.line
    if any(c in line for c in _ODD_SPACES):
        fixed = "".join(" " if c in _ODD_SPACES else c for c in line).replace("\u200b", "")
        yield Repair(
            "this line has an unusual space in it (copied from a document or a web page); "
            "delete the spaces around = and type them again",
            {context.number: fixed},
        )


def curly_quotes(context: Context) -> Iterator[Repair]:
    line = context.line
    if not any(c in CURLY for c in line):
        return
    fixed = _straighten(line)
    stripped = line.rstrip()
    if fixed == line and stripped[-1:] in CURLY and len(unescaped_quotes(line, '"')) % 2:
        fixed = stripped[:-1] + '"'  # "text” : a straight quote opens it, a curly one closes
    if fixed != line:
        yield Repair(
            "the text is in curly quotes (\u201c \u201d or \u2018 \u2019, the kind a word processor "
            'makes); use straight quotes " instead of curly ones',
            {context.number: fixed},
        )


def _straighten(line: str) -> str:
    """Curly quotes used as string delimiters become straight ones; curly quotes inside a
    straight-quoted string are ordinary characters and stay."""
    out, i = [], 0
    while i < len(line):
        char = line[i]
        if char == "#":
            out.append(line[i:])
            break
        if char in "\"'":  # a straight string: copy it as it is
            end = string_end(line, i)
            out.append(line[i:end])
            i = end
            continue
        if char in CURLY:
            close = next((j for j in range(i + 1, len(line)) if line[j] in CURLY), None)
            if close is None:  # “text" (a straight quote closes it) or “text with no end
                rest = line[i + 1 :].rstrip()
                rest = rest[:-1] if rest.endswith('"') else rest
                out.append('"' + escape(rest) + '"')
                break
            out.append('"' + escape(line[i + 1 : close]) + '"')
            i = close + 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def quote_inside(context: Context) -> Iterator[Repair]:
    """text = "He said "no" and left"  ->  text = "He said \\"no\\" and left"."""
    found = quoted_value(context.line, '"')
    text = found and text_with_stray_quote(found.value, '"')
    if not found or not text:
        return
    inside, trailing = text
    inner = unescaped_quotes(inside, '"')
    if not inner:
        return
    word = first_word(inside[inner[0] + 1 :]) or first_word(inside[: inner[0]])
    others = []
    if "'" not in inside:
        others.append("put the whole text in single quotes '...'")
    if not inside.endswith('"'):
        others.append('in triple quotes """..."""')
    alternative = f", or {' or '.join(others)}" if others else ""
    column = len(found.indent) + len(found.key) + 3 + 1 + inner[0] + 1
    yield Repair(
        f'the " before {word!r} ends the text too early. To put a quote inside the text, '
        f'type a backslash before it (\\"){alternative}',
        {context.number: found.with_value(f'"{escape(inside)}"{trailing}')},
        column=column if word else None,
    )


def apostrophe_inside(context: Context) -> Iterator[Repair]:
    """text = 'Didn't I'  ->  text = "Didn't I"."""
    found = quoted_value(context.line, "'")
    text = found and text_with_stray_quote(found.value, "'")
    if not found or not text:
        return
    inside, trailing = text
    word = next((w for w in inside.split() if "'" in w), "'")
    fixed = '"' + escape(inside.replace("\\", "\\\\")) + '"'
    yield Repair(
        f"the ' in {word!r} ends the text too early, because the text is in single "
        "quotes; put it in double quotes instead",
        {context.number: found.with_value(fixed + trailing)},
    )


def missing_closing_quote(context: Context) -> Iterator[Repair]:
    found = quoted_value(context.line, '"')
    if not found or len(unescaped_quotes(found.value, '"')) != 1:
        return
    number = context.number
    # Text that runs on over the next lines and ends with a quote there: it wanted to be a
    # multi-line text, which needs three quotes at each end.
    for later in range(number + 1, min(number + 40, len(context.lines) + 1)):
        candidate = context.lines[later - 1]
        if assignment(candidate) or (HEADER.match(candidate) and candidate.strip()):
            break
        stripped = candidate.rstrip()
        if stripped.endswith('"') and len(unescaped_quotes(stripped, '"')) % 2 == 1:
            start = found.with_value(THREE + found.value[1:])
            end = stripped[:-1] + THREE
            yield Repair(
                f"the text runs over more than one line (lines {number} to {later}). Text on "
                'several lines needs three quotes at each end: start it with """ on line '
                f'{number} and end it with """ on line {later}',
                {number: start, later: end},
            )
            break
    text = found.value[1:]
    yield Repair(
        f'the text {excerpt(text)} has no closing quote; type " at its end',
        {number: found.with_value(f'"{text}"')},
    )
    if " #" in text:  # the quote may belong before a comment
        before, _, comment = text.partition(" #")
        yield Repair(
            f'the text {excerpt(before)} has no closing quote; type " at its end',
            {number: found.with_value(f'"{before.rstrip()}"  #{comment}')},
        )


def unclosed_triple(context: Context) -> Iterator[Repair]:
    """intro = \"\"\"Some text ... never closed: the rest of the file is inside the text."""
    if "(at end of document)" not in context.reason:
        return
    state = ScanState()
    opened = 0
    for number, line in enumerate(context.lines, start=1):
        before = state.string
        state = scan_line(line, state)
        if before is None and state.string is not None:
            opened = number
    if not opened or state.string is None:
        return
    delimiter = state.string or THREE
    # Guess where it was meant to end: just before the next line that starts a new part.
    end = next(
        (
            n - 1
            for n in range(opened + 1, len(context.lines) + 1)
            if assignment(context.lines[n - 1]) or is_header(context.lines[n - 1])
        ),
        None,
    )
    while end is not None and end > opened and not context.lines[end - 1].strip():
        end -= 1
    message = (
        f"the text that starts with {delimiter} on line {opened} never ends; type {delimiter} "
        "where the text ends"
    )
    if end is not None and end > opened:
        yield Repair(
            message + f" (probably at the end of line {end})",
            {end: context.lines[end - 1].rstrip() + delimiter},
        )
    elif end == opened:
        yield Repair(message, {opened: context.lines[opened - 1].rstrip() + delimiter})
    yield Repair(message, {opened: context.lines[opened - 1]}, sure=True)


def backslash(context: Context) -> Iterator[Repair]:
    found = assignment(context.line)
    if not found or "\\" not in found.value or not found.value.startswith('"'):
        return
    fixed = re.sub(r'\\(?![\\"btnfru])', r"\\\\", found.value)
    yield Repair(
        'a backslash \\ inside "..." starts a special character; type \\\\ for a backslash '
        "itself, or put the text in single quotes '...'",
        {context.number: found.with_value(fixed)},
    )
