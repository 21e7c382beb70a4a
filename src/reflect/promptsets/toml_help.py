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

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reflect.promptsets.checks import Problem, did_you_mean
from reflect.promptsets.positions import (
    ScanState,
    key_parts,
    locate,
    logical_lines,
    scan_line,
)
from reflect.untrusted import clean_line

_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)\s*$")
_KEY = r"[A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*"
_ASSIGNMENT = re.compile(rf"^(\s*)({_KEY})(\s*)=(\s*)(.*?)\s*$")
_HEADER = re.compile(r"^\s*(\[+)\s*([A-Za-z0-9_.\- ]*?)\s*(\]*)\s*(#.*)?$")

OPENING_CURLY = "\u201c\u201e\u201f\u2018\u201a\u201b\u00ab\u2039\u2033"  # “ „ ‟ ‘ ‚ ‛ « ‹ ″
CLOSING_CURLY = "\u201d\u2019\u00bb\u203a\u2033\u201c\u2018"  # ” ’ » › ″ (and openers misused)
_CURLY = set(OPENING_CURLY + CLOSING_CURLY)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ODD_SPACES = "\u00a0\u2007\u202f\u2009\u2002\u2003\u200b\ufeff"

_BOOLEAN_FIELDS = {"optional"}
_NUMBER_FIELDS = {"version", "min", "max", "format"}
_DATE_FIELDS = {"due"}
_WORD_NUMBERS = {
    word: n
    for n, word in enumerate("zero one two three four five six seven eight nine ten".split())
}
# Every name a set may use, for "did you mean" on a name typed with spaces.
_FIELD_NAMES = """id title version author source intro closing description format homework
recipient counselor contact due note kind text help optional section when choices min max
labels after_yes after_no name region step is in not""".split()
_THREE = '"""'
_VALUE_EXAMPLES = {
    "optional": "optional = true",
    "version": "version = 1",
    "format": "format = 1",
    "min": "min = 1",
    "max": "max = 5",
    "due": "due = 2026-12-01",
    "choices": 'choices = ["Yes", "Not sure"]',
    "labels": 'labels = ["not at all", "completely"]',
    "when": 'when = { step = "drink", is = "yes" }',
}


@dataclass
class Repair:
    """A diagnosis: what to say, and the lines that would fix it (checked before it is used)."""

    message: str
    changes: dict[int, str | None] = field(default_factory=dict)  # line -> new text (None: drop)
    column: int | None = None
    sure: bool = False  # true when no repair can be checked but the cause is certain


@dataclass(frozen=True)
class _Context:
    lines: list[str]
    number: int  # the line tomllib stopped at, 1-based
    column: int
    reason: str  # tomllib's words: read here, never shown

    @property
    def line(self) -> str:
        return self.lines[self.number - 1] if 0 < self.number <= len(self.lines) else ""


def explain(text: str, error: tomllib.TOMLDecodeError) -> Problem:
    """One problem, in words a counselor can act on, for a file tomllib refused."""
    lines = text.split("\n")
    reason = str(error)
    found = _POSITION.search(reason)
    if found:
        number, column = int(found.group(1)), int(found.group(2))
    else:  # "at end of document": often a one-line text left open further up
        number = _line_with_open_text(lines) or len(lines)
        column = len(lines[number - 1]) + 1
    context = _Context(lines, number, column, reason)
    for diagnose in _DIAGNOSES:
        for repair in diagnose(context):
            if repair.sure or (repair.changes and _reads_past(lines, repair.changes)):
                return _problem(context, repair)
    return _problem(
        context,
        Repair(
            "reflect cannot read this line. Each line should be name = value with text in "
            'straight double quotes, like title = "Week three", or a section name in '
            "brackets, like [[steps]]",
            column=column,
        ),
    )


def _line_with_open_text(lines: list[str]) -> int | None:
    """The first line whose "..." or '...' text does not end on it, outside multi-line text."""
    state = ScanState()
    for number, line in enumerate(lines, start=1):
        if state.string is None:
            probe = line + "\x00"  # never a quote: what is open at the end stays open
            i, string = 0, None
            while i < len(probe):
                char = probe[i]
                if string is None:
                    if char == "#":
                        break
                    if probe.startswith(('"""', "'''"), i):
                        break  # multi-line text: scan_line follows it
                    if char in "\"'":
                        string = char
                elif string == '"' and char == "\\":
                    i += 1
                elif char == string:
                    string = None
                i += 1
            if string is not None:
                return number
        state = scan_line(line, state)
    return None


def _problem(context: _Context, repair: Repair) -> Problem:
    first = min(repair.changes) if repair.changes else context.number
    kept = [new for new in repair.changes.values() if new is not None]
    # One line to type; a repair that splits a line is told in words instead.
    fix = clean_line(kept[0].strip()) if len(kept) == 1 and "\n" not in kept[0] else ""
    where = f"line {first}" + (f", column {repair.column}" if repair.column else "")
    return Problem(where, "", repair.message, line=first, fix=fix)


def _reads_past(lines: list[str], changes: dict[int, str | None]) -> bool:
    """Whether the file, with ``changes``, is valid TOML up to and past the changed lines."""
    repaired: list[str] = []
    last_changed = 0  # the last line of the repair, counted in the repaired text
    for number, line in enumerate(lines, start=1):
        if number in changes:
            new = changes[number]
            if new is not None:
                repaired += new.split("\n")
            last_changed = len(repaired)
        else:
            repaired.append(line)
    try:
        tomllib.loads("\n".join(repaired))
    except tomllib.TOMLDecodeError as exc:
        found = _POSITION.search(str(exc))
        return found is not None and int(found.group(1)) > last_changed
    return True


def _reads_alone(line: str) -> bool:
    """A quick first test for a repaired line: does it read on its own?"""
    try:
        tomllib.loads(line)
    except tomllib.TOMLDecodeError:
        return False
    return True


# --- reading one line --------------------------------------------------------------------


@dataclass(frozen=True)
class _Assignment:
    indent: str
    key: str
    value: str  # everything after "=", trailing comment included, trailing spaces removed

    def with_value(self, value: str) -> str:
        return f"{self.indent}{self.key} = {value}"

    @property
    def name(self) -> str:
        return key_parts(self.key)[-1]


def _assignment(line: str) -> _Assignment | None:
    match = _ASSIGNMENT.match(line)
    if not match:
        return None
    indent, key, _, _, value = match.groups()
    return _Assignment(indent, key, value)


def _escape(text: str, quote: str = '"') -> str:
    """Text made safe between double quotes: each unescaped quote gets a backslash."""
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            out.append(text[i : i + 2])
            i += 2
            continue
        out.append("\\" + char if char == quote else char)
        i += 1
    return "".join(out)


def _unescaped_quotes(text: str, quote: str) -> list[int]:
    """Positions of ``quote`` in ``text`` that no backslash escapes (for " strings)."""
    found, i = [], 0
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            found.append(i)
        i += 1
    return found


def _split_comment(rest: str) -> tuple[str, str]:
    """``  # note`` after a value -> ("", "  # note"); anything else is not a comment."""
    stripped = rest.lstrip()
    if not stripped or stripped.startswith("#"):
        return "", rest
    return rest, ""


def _first_word(text: str) -> str:
    words = re.findall(r"[^\s\"'\\]+", text)
    return words[0] if words else ""


# --- the mistakes, most specific first ---------------------------------------------------

Diagnosis = Callable[[_Context], Iterator[Repair]]


def _control_character(context: _Context) -> Iterator[Repair]:
    at = context.column - 1
    if 0 <= at < len(context.line) and _CONTROL.match(context.line[at]):
        fixed = _CONTROL.sub("", context.line)
        message = (
            "there is an invisible control character here, probably copied along with the "
            "text; delete it (or retype the line)"
        )
        yield Repair(message, {context.number: fixed}, column=context.column)
        yield Repair(message, column=context.column, sure=True)


def _odd_spaces(context: _Context) -> Iterator[Repair]:
    line = context.line
    if any(c in line for c in _ODD_SPACES):
        fixed = "".join(" " if c in _ODD_SPACES else c for c in line).replace("\u200b", "")
        yield Repair(
            "this line has an unusual space in it (copied from a document or a web page); "
            "delete the spaces around = and type them again",
            {context.number: fixed},
        )


def _curly_quotes(context: _Context) -> Iterator[Repair]:
    line = context.line
    if not any(c in _CURLY for c in line):
        return
    fixed = _straighten(line)
    stripped = line.rstrip()
    if fixed == line and stripped[-1:] in _CURLY and len(_unescaped_quotes(line, '"')) % 2:
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
            end = _string_end(line, i)
            out.append(line[i:end])
            i = end
            continue
        if char in _CURLY:
            close = next((j for j in range(i + 1, len(line)) if line[j] in _CURLY), None)
            if close is None:  # “text" (a straight quote closes it) or “text with no end
                rest = line[i + 1 :].rstrip()
                rest = rest[:-1] if rest.endswith('"') else rest
                out.append('"' + _escape(rest) + '"')
                break
            out.append('"' + _escape(line[i + 1 : close]) + '"')
            i = close + 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _string_end(line: str, start: int) -> int:
    quote = line[start]
    i = start + 1
    while i < len(line):
        if quote == '"' and line[i] == "\\":
            i += 2
            continue
        if line[i] == quote:
            return i + 1
        i += 1
    return len(line)


def _quote_inside(context: _Context) -> Iterator[Repair]:
    """text = "He said "no" and left"  ->  text = "He said \\"no\\" and left"."""
    found = _assignment(context.line)
    if not found or not found.value.startswith('"') or found.value.startswith(_THREE):
        return
    value = found.value
    quotes = _unescaped_quotes(value, '"')
    if len(quotes) < 3:
        return
    # The real end is the last quote after which only a comment (or nothing) follows.
    for end in reversed(quotes[1:]):
        inside, comment = value[1:end], value[end + 1 :]
        kept, trailing = _split_comment(comment)
        if kept:
            continue
        inner = _unescaped_quotes(inside, '"')
        if not inner:
            return
        word = _first_word(inside[inner[0] + 1 :]) or _first_word(inside[: inner[0]])
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
            {context.number: found.with_value(f'"{_escape(inside)}"{trailing}')},
            column=column if word else None,
        )
        return


def _apostrophe_inside(context: _Context) -> Iterator[Repair]:
    """text = 'Didn't I'  ->  text = "Didn't I"."""
    found = _assignment(context.line)
    if not found or not found.value.startswith("'") or found.value.startswith("'''"):
        return
    value = found.value
    quotes = [i for i, c in enumerate(value) if c == "'"]
    if len(quotes) < 3:
        return
    for end in reversed(quotes[1:]):
        inside, comment = value[1:end], value[end + 1 :]
        kept, trailing = _split_comment(comment)
        if kept:
            continue
        word = next((w for w in inside.split() if "'" in w), "'")
        fixed = '"' + _escape(inside.replace("\\", "\\\\")) + '"'
        yield Repair(
            f"the ' in {word!r} ends the text too early, because the text is in single "
            "quotes; put it in double quotes instead",
            {context.number: found.with_value(fixed + trailing)},
        )
        return


def _missing_closing_quote(context: _Context) -> Iterator[Repair]:
    found = _assignment(context.line)
    if not found or not found.value.startswith('"') or found.value.startswith(_THREE):
        return
    if len(_unescaped_quotes(found.value, '"')) != 1:
        return
    number = context.number
    # Text that runs on over the next lines and ends with a quote there: it wanted to be a
    # multi-line text, which needs three quotes at each end.
    for later in range(number + 1, min(number + 40, len(context.lines) + 1)):
        candidate = context.lines[later - 1]
        if _assignment(candidate) or (_HEADER.match(candidate) and candidate.strip()):
            break
        stripped = candidate.rstrip()
        if stripped.endswith('"') and len(_unescaped_quotes(stripped, '"')) % 2 == 1:
            start = found.with_value(_THREE + found.value[1:])
            end = stripped[:-1] + _THREE
            yield Repair(
                f"the text runs over more than one line (lines {number} to {later}). Text on "
                'several lines needs three quotes at each end: start it with """ on line '
                f'{number} and end it with """ on line {later}',
                {number: start, later: end},
            )
            break
    text = found.value[1:]
    yield Repair(
        f'the text {_excerpt(text)} has no closing quote; type " at its end',
        {number: found.with_value(f'"{text}"')},
    )
    if " #" in text:  # the quote may belong before a comment
        before, _, comment = text.partition(" #")
        yield Repair(
            f'the text {_excerpt(before)} has no closing quote; type " at its end',
            {number: found.with_value(f'"{before.rstrip()}"  #{comment}')},
        )


def _excerpt(text: str) -> str:
    text = text.strip()
    words = text.split()
    return repr(" ".join(words[:5]) + (" ..." if len(words) > 5 else ""))


def _unclosed_triple(context: _Context) -> Iterator[Repair]:
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
    delimiter = state.string or _THREE
    # Guess where it was meant to end: just before the next line that starts a new part.
    end = next(
        (
            n - 1
            for n in range(opened + 1, len(context.lines) + 1)
            if _assignment(context.lines[n - 1]) or _is_header(context.lines[n - 1])
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


def _is_header(line: str) -> bool:
    return bool(re.match(r"^\s*\[", line))


def _unquoted_value(context: _Context) -> Iterator[Repair]:
    found = _assignment(context.line)
    if not found:
        return
    value, comment = _value_and_comment(found.value)
    name = found.name
    if not value:
        example = _VALUE_EXAMPLES.get(name, f'{name} = "..."')
        yield Repair(
            f"nothing comes after the = of `{name}`; type the value, like {example}, "
            "or delete the line",
            sure=True,
        )
        return
    if value[0] in "\"'" or value[0] in _CURLY:
        return
    if name in _BOOLEAN_FIELDS:
        word = {"yes": "true", "no": "false"}.get(value.lower(), value.lower())
        word = did_you_mean(word, ["true", "false"]) or word
        yield Repair(
            "write true or false, in small letters and without quotes",
            {context.number: found.with_value(word + comment)},
        )
        return
    if name in _NUMBER_FIELDS and value.lower() in _WORD_NUMBERS:
        yield Repair(
            "write the number in digits, without quotes",
            {context.number: found.with_value(str(_WORD_NUMBERS[value.lower()]) + comment)},
        )
        return
    if name in _DATE_FIELDS:
        yield Repair(
            "write the date as year-month-day with two-digit months and days, "
            "like due = 2026-12-01 (no quotes)",
            sure=True,
        )
        return
    if value[0] in "[{":
        fixed = _quote_bare_words(value)
        if fixed != value:
            yield Repair(
                'each piece of text must be in double quotes, like "yes"',
                {context.number: found.with_value(fixed + comment)},
            )
        return
    if value.lower() in {"true", "false"} and value not in {"true", "false"}:
        yield Repair(
            "write true or false in small letters",
            {context.number: found.with_value(value.lower() + comment)},
        )
    yield Repair(
        'text must be in double quotes: type " before and after it',
        {context.number: found.with_value(f'"{_escape(value)}"{comment}')},
    )


def _value_and_comment(value: str) -> tuple[str, str]:
    """Split a value that has no strings in it from a trailing comment."""
    if "#" in value and not any(q in value for q in "\"'"):
        before, _, after = value.partition("#")
        return before.strip(), f"  #{after}"
    return value.strip(), ""


_BARE_RUN = re.compile(r"(?<=[\[{,=])(\s*)([^\[\]{},=\"'#]+?)(\s*)(?=[\]},]|$)")


def _quote_bare_words(value: str) -> str:
    """[a, b] -> ["a", "b"]; { step = drink, is = yes } -> { step = "drink", is = "yes" }."""

    def quote(match: re.Match[str]) -> str:
        before, word, after = match.groups()
        if re.fullmatch(r"[+-]?\d+|true|false", word):
            return match.group(0)
        return f'{before}"{_escape(word)}"{after}'

    return _BARE_RUN.sub(quote, value)


def _missing_equals(context: _Context) -> Iterator[Repair]:
    line = context.line
    if _assignment(line) or _is_header(line) or not line.strip():
        return
    match = re.match(r"^(\s*)([A-Za-z0-9_-]+)\s*:\s*(.+)$", line)
    if match:
        indent, key, value = match.groups()
        yield Repair(
            "use = between the name and its value, not :",
            {context.number: f"{indent}{key} = {value}"},
        )
    match = re.match(r"^(\s*)([A-Za-z0-9_-]+)\s+([\"'\[{0-9].*|true|false)$", line)
    if match:
        indent, key, value = match.groups()
        yield Repair(
            f"put = between `{key}` and its value",
            {context.number: f"{indent}{key} = {value}"},
        )
    match = re.match(r"^(\s*)([A-Za-z][A-Za-z ]*[A-Za-z])\s*=(.*)$", line)
    if match:
        indent, words, value = match.groups()
        joined = "_".join(words.split())
        guess = did_you_mean(joined, _FIELD_NAMES) or joined
        yield Repair(
            f"a name cannot have spaces in it; did you mean `{guess}`?",
            {context.number: f"{indent}{guess} ={value}"},
        )
    if "=" not in line and len(line.split()) >= 2:
        yield Repair(
            "this line is not name = value. If it belongs to the text above, that text needs "
            'three quotes at each end ("""...""") to run over several lines; if it is a note to '
            "yourself, start the line with #",
            {context.number: "# " + line.strip()},
        )


def _inline_table_over_lines(context: _Context) -> Iterator[Repair]:
    found = _assignment(context.line)
    if not found or "{" not in found.value:
        return
    value = found.value
    if re.search(r",\s*}", value):
        fixed = re.sub(r",\s*}", " }", value)
        yield Repair("remove the comma before }", {context.number: found.with_value(fixed)})
    if "}" not in value:
        parts = [value.rstrip()]
        changes: dict[int, str | None] = {}
        for later in range(context.number + 1, min(context.number + 10, len(context.lines) + 1)):
            piece = context.lines[later - 1].strip()
            parts.append(piece)
            changes[later] = None
            if "}" in piece:
                joined = " ".join(p for p in parts if p).replace("{ ", "{").replace("{", "{ ")
                changes[context.number] = found.with_value(joined)
                yield Repair(
                    "keep { ... } on one line: write it all on this line",
                    dict(sorted(changes.items())),
                )
                break
        yield Repair(
            "type } at the end of the line to close the { ... }",
            {context.number: found.with_value(value.rstrip() + " }")},
        )


def _unclosed_list(context: _Context) -> Iterator[Repair]:
    if not context.reason.startswith(("Unclosed array", "Unclosed inline table")):
        return
    # tomllib stops where it noticed, often the next line: find the line that opened it.
    for number in range(context.number, 0, -1):
        found = _assignment(context.lines[number - 1])
        if found and ("[" in found.value or "{" in found.value):
            closer = "]" if "[" in found.value else "}"
            last = number
            for later in range(number + 1, context.number):
                if context.lines[later - 1].strip():
                    last = later
            line = context.lines[last - 1].rstrip().rstrip(",")
            kind = "list" if closer == "]" else "{ ... }"
            yield Repair(
                f"the {kind} that starts on line {number} is never closed; type {closer} "
                "after its last item",
                {last: line + closer},
            )
            return


def _header(context: _Context) -> Iterator[Repair]:
    match = _HEADER.match(context.line)
    if not match:
        return
    opening, name, closing, _ = match.groups()
    name = "".join(name.split())
    guess = did_you_mean(name, ["set", "steps", "resources", "set.homework"]) or name
    double = len(opening) >= 2 or len(closing) >= 2 or guess in {"steps", "resources"}
    fixed = f"[[{guess}]]" if double else f"[{guess}]"
    yield Repair(
        f"a section name needs its brackets on both sides, like {fixed}",
        {context.number: fixed},
    )


def _backslash(context: _Context) -> Iterator[Repair]:
    found = _assignment(context.line)
    if not found or "\\" not in found.value or not found.value.startswith('"'):
        return
    fixed = re.sub(r'\\(?![\\"btnfru])', r"\\\\", found.value)
    yield Repair(
        'a backslash \\ inside "..." starts a special character; type \\\\ for a backslash '
        "itself, or put the text in single quotes '...'",
        {context.number: found.with_value(fixed)},
    )


def _given_twice(context: _Context) -> Iterator[Repair]:
    if not context.reason.startswith("Cannot overwrite a value"):
        return
    found = _assignment(context.line)
    if not found:
        return
    before = "\n".join(context.lines[: context.number - 1])
    positions = locate(before)
    table = _table_at(context.lines, context.number)
    earlier = positions.get((*table, *key_parts(found.key)))
    part = _describe_table(table)
    where = f" (line {earlier})" if earlier else ""
    advice = ""
    if table and table[0] == "steps":
        advice = ". If this starts a new question, put a line [[steps]] above it"
    yield Repair(
        f"{part} already has `{found.key}`{where}; each name may appear once there. Keep one "
        f"of the two{advice}",
        sure=True,
    )


def _table_at(lines: list[str], number: int) -> tuple[str | int, ...]:
    """The section the line ``number`` belongs to, as a key path."""
    text = "\n".join(lines[: number - 1])
    headers = [
        path
        for path, _ in sorted(locate(text).items(), key=lambda item: item[1])
        if path and (isinstance(path[-1], int) or path in {("set",), ("set", "homework")})
    ]
    return headers[-1] if headers else ()


def _describe_table(table: tuple[str | int, ...]) -> str:
    if not table:
        return "the top of the file"
    if table[0] == "steps" and len(table) > 1 and isinstance(table[1], int):
        return f"step {table[1] + 1}"
    if table[0] == "resources" and len(table) > 1 and isinstance(table[1], int):
        return f"resource {table[1] + 1}"
    return "[" + ".".join(str(p) for p in table) + "]"


def _declared_twice(context: _Context) -> Iterator[Repair]:
    if not context.reason.startswith("Cannot declare"):
        return
    match = _HEADER.match(context.line)
    if not match:
        return
    opening, name, _, _ = match.groups()
    name = name.strip()
    earlier = next(
        (
            n
            for n, line in logical_lines(context.lines[: context.number - 1])
            if (m := _HEADER.match(line)) and m.group(2).strip() == name
        ),
        None,
    )
    where = f" on line {earlier}" if earlier else ""
    if name in {"steps", "resources"} and len(opening) == 1:
        yield Repair(
            f"write [[{name}]] with two brackets on each side: each one starts a new "
            f"{'question' if name == 'steps' else 'resource'}",
            {context.number: context.line.replace(f"[{name}]", f"[[{name}]]", 1)},
        )
        return
    yield Repair(
        f"there is already a [{name}] section{where}, and a file has only one; move these "
        f"lines into it. For another question, use [[steps]]",
        sure=True,
    )


def _header_with_more(context: _Context) -> Iterator[Repair]:
    """[set]id = "x": a section name and a value on one line."""
    match = re.match(r"^(\s*\[\[?[A-Za-z0-9_.-]+\]\]?)\s*(\S.*)$", context.line)
    if match and not match.group(2).startswith("#"):
        header, rest = match.groups()
        yield Repair(
            f"{header.strip()} must be on a line of its own; put {_excerpt(rest)} on the next line",
            {context.number: f"{header}\n{rest}"},
        )


# One character typed by mistake, or left out: tried only when nothing above explains the line,
# and only on lines short enough to try every place in a moment.
_LONGEST_GUESS = 300
_MISSING = {
    '"': "a closing quote",
    ",": "a comma",
    "=": "an =",
    "]": "a ]",
    "}": "a }",
    "[": "a [",
    "\n": "",
}


def _one_character(context: _Context) -> Iterator[Repair]:
    line, number = context.line, context.number
    if len(line.strip()) == 1 and not line.strip().isalnum():
        yield Repair(f"this line holds only {line.strip()}; delete it", {number: ""})
        return
    if len(line) > _LONGEST_GUESS:
        return
    yield from _deletion(context, quotes=False)
    for char, missing in _MISSING.items():
        # A comma belongs right after the item before it; a closing mark, as late as it fits.
        places = range(1, len(line) + 1) if char == "," else range(len(line), 0, -1)
        for at in places:
            fixed = line[:at] + char + line[at:]
            if _reads_alone(fixed) and _reads_past(context.lines, {number: fixed}):
                if char == "\n":
                    message = f"put {_excerpt(line[at:])} on a line of its own"
                else:
                    where = _place(line, at, after=True)
                    message = f"{missing} seems to be missing {where}; type {char} there"
                yield Repair(message, {number: fixed}, column=at + 1)
                return
    yield from _deletion(context, quotes=True)


def _deletion(context: _Context, quotes: bool) -> Iterator[Repair]:
    line, number = context.line, context.number
    for at, char in enumerate(line):
        if char.isalnum() or (char in "\"'") != quotes:
            continue
        fixed = line[:at] + line[at + 1 :]
        if _reads_alone(fixed) and _reads_past(context.lines, {number: fixed}):
            yield Repair(
                f"the {char} {_place(line, at)} does not belong there; delete it",
                {number: fixed},
                column=at + 1,
            )
            return


def _cut_in_two(context: _Context) -> Iterator[Repair]:
    """A line break typed in the middle of a line: "opti" / "onal = true"."""
    for first in (context.number, context.number - 1):
        if not 0 < first < len(context.lines) or _assignment(context.lines[first - 1]):
            continue
        for glue in ("", " "):
            joined = context.lines[first - 1].rstrip() + glue + context.lines[first].lstrip()
            if _reads_past(context.lines, {first: joined, first + 1: None}):
                yield Repair(
                    f"this line seems to be cut in two, and the rest of it is on line "
                    f"{first + 1}; join the two lines",
                    {first: joined, first + 1: None},
                )
                return


def _place(line: str, at: int, after: bool = False) -> str:
    """ "after 'nam'" or "at the start of the line": where a character is, in words."""
    before = line[:at].rstrip()
    if not before.strip():
        return "at the start of the line"
    word = before.split()[-1][-12:]
    return f"after {word!r}" if after or at else f"before {line[at + 1 :].split()[0]!r}"


_DIAGNOSES: list[Diagnosis] = [
    _control_character,
    _declared_twice,
    _given_twice,
    _unclosed_triple,
    _odd_spaces,
    _curly_quotes,
    _quote_inside,
    _apostrophe_inside,
    _missing_closing_quote,
    _backslash,
    _unclosed_list,
    _inline_table_over_lines,
    _unquoted_value,
    _missing_equals,
    _header_with_more,
    _header,
    _cut_in_two,
    _one_character,
]


def section_suggestion(name: str) -> str | None:
    """The section a misspelled top-level name was probably meant to be, like [[steps]]."""
    guess = did_you_mean(name, ["set", "steps", "resources"])
    if guess is None:
        return None
    return f"[{guess}]" if guess == "set" else f"[[{guess}]]"
