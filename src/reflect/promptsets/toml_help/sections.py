"""Mistakes with sections: brackets, a section given twice, a name given twice in one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.promptsets.checks import did_you_mean
from reflect.promptsets.positions import key_parts, locate, logical_lines
from reflect.promptsets.toml_help.lines import HEADER, assignment, excerpt
from reflect.promptsets.toml_help.repair import Context, Repair


def header(context: Context) -> Iterator[Repair]:
    match = HEADER.match(context.line)
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


def given_twice(context: Context) -> Iterator[Repair]:
    if not context.reason.startswith("Cannot overwrite a value"):
        return
    found = assignment(context.line)
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


def declared_twice(context: Context) -> Iterator[Repair]:
    if not context.reason.startswith("Cannot declare"):
        return
    match = HEADER.match(context.line)
    if not match:
        return
    opening, name, _, _ = match.groups()
    name = name.strip()
    earlier = next(
        (
            n
            for n, line in logical_lines(context.lines[: context.number - 1])
            if (m := HEADER.match(line)) and m.group(2).strip() == name
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


def header_with_more(context: Context) -> Iterator[Repair]:
    """[set]id = "x": a section name and a value on one line."""
    match = re.match(r"^(\s*\[\[?[A-Za-z0-9_.-]+\]\]?)\s*(\S.*)$", context.line)
    if match and not match.group(2).startswith("#"):
        header, rest = match.groups()
        yield Repair(
            f"{header.strip()} must be on a line of its own; put {excerpt(rest)} on the next line",
            {context.number: f"{header}\n{rest}"},
        )
