"""Mistakes in values: no quotes, a missing =, a list or { ... } left open."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.promptsets.checks import did_you_mean
from reflect.promptsets.toml_help.lines import CURLY, assignment, escape, is_header
from reflect.promptsets.toml_help.repair import Context, Repair

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


def unquoted_value(context: Context) -> Iterator[Repair]:
    found = assignment(context.line)
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
    if value[0] in "\"'" or value[0] in CURLY:
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
        {context.number: found.with_value(f'"{escape(value)}"{comment}')},
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
        return f'{before}"{escape(word)}"{after}'

    return _BARE_RUN.sub(quote, value)


def missing_equals(context: Context) -> Iterator[Repair]:
    line = context.line
    if assignment(line) or is_header(line) or not line.strip():
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


def inline_table_over_lines(context: Context) -> Iterator[Repair]:
    found = assignment(context.line)
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


def unclosed_list(context: Context) -> Iterator[Repair]:
    if not context.reason.startswith(("Unclosed array", "Unclosed inline table")):
        return
    # tomllib stops where it noticed, often the next line: find the line that opened it.
    for number in range(context.number, 0, -1):
        found = assignment(context.lines[number - 1])
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
