"""One character typed by mistake or left out, and a line cut in two: the last guesses."""

from __future__ import annotations

from collections.abc import Iterator

from reflect.promptsets.toml_help.lines import assignment, excerpt, place
from reflect.promptsets.toml_help.repair import Context, Repair, reads_alone, reads_past

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


def one_character(context: Context) -> Iterator[Repair]:
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
            if reads_alone(fixed) and reads_past(context.lines, {number: fixed}):
                if char == "\n":
                    message = f"put {excerpt(line[at:])} on a line of its own"
                else:
                    where = place(line, at, after=True)
                    message = f"{missing} seems to be missing {where}; type {char} there"
                yield Repair(message, {number: fixed}, column=at + 1)
                return
    yield from _deletion(context, quotes=True)


def _deletion(context: Context, quotes: bool) -> Iterator[Repair]:
    line, number = context.line, context.number
    for at, char in enumerate(line):
        if char.isalnum() or (char in "\"'") != quotes:
            continue
        fixed = line[:at] + line[at + 1 :]
        if reads_alone(fixed) and reads_past(context.lines, {number: fixed}):
            yield Repair(
                f"the {char} {place(line, at)} does not belong there; delete it",
                {number: fixed},
                column=at + 1,
            )
            return


def cut_in_two(context: Context) -> Iterator[Repair]:
    """A line break typed in the middle of a line: "opti" / "onal = true"."""
    for first in (context.number, context.number - 1):
        if not 0 < first < len(context.lines) or assignment(context.lines[first - 1]):
            continue
        for glue in ("", " "):
            joined = context.lines[first - 1].rstrip() + glue + context.lines[first].lstrip()
            if reads_past(context.lines, {first: joined, first + 1: None}):
                yield Repair(
                    f"this line seems to be cut in two, and the rest of it is on line "
                    f"{first + 1}; join the two lines",
                    {first: joined, first + 1: None},
                )
                return
