"""`reflect resources` on screen: by need, then by country, crisis lines marked in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.guide.resources import COUNTRIES, NEEDS, REVIEWED, Line, lines_for
from reflect.untrusted import clean_line

if TYPE_CHECKING:
    from reflect.promptsets import Resource
    from reflect.ui.console import Output

CRISIS_MARK = "CRISIS LINE, any hour"
# Kept on one row on screen: a mark split over two rows is easy to miss.
_CRISIS_MARK_ROW = CRISIS_MARK.replace(" ", "\u00a0")


def _groups(lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    order = [None, *COUNTRIES]
    groups: list[tuple[str | None, list[Line]]] = []
    for key in order:
        chosen = [
            line for line in lines if (line.country == "all" and key is None) or line.country == key
        ]
        if chosen:
            groups.append((None if key is None else COUNTRIES[key], chosen))
    return groups


def plain_lines(
    country: str | None, set_resources: list[Resource], set_title: str | None
) -> list[str]:
    """The same content as line after line of text, for --plain and for pipes."""
    out: list[str] = []
    if set_resources:
        out.append(f"From your question set, {clean_line(set_title or '')}:")
        for resource in set_resources:
            out.append(f"  {clean_line(resource.name)}: {clean_line(resource.contact)}")
            if resource.description:
                out.append(f"    {clean_line(resource.description)}")
        out.append("")
    for need in NEEDS:
        chosen = lines_for(need, country)
        if not chosen:
            continue
        out.append(need.heading.upper())
        out.append(need.intro)
        for where, group in _groups(chosen):
            if where:
                out.append(f"  {where}:")
            for line in group:
                mark = f" ({CRISIS_MARK})" if line.crisis else ""
                out.append(f"    {line.name}{mark}: {line.contact}. {line.about}")
        out.append("")
    out.append(footer(country))
    return out


def footer(country: str | None) -> str:
    from reflect.messages import command

    narrow = (
        ""
        if country
        else f" Only one country: `{command()} resources --country uk` (us, uk, ie, ca, au, nz)."
    )
    return (
        f"Last reviewed {REVIEWED}. Numbers change: each organisation's website has the current "
        f"one. Elsewhere, a doctor or your local emergency number can point you to help.{narrow}"
    )


def show_resources(
    output: Output, country: str | None, set_resources: list[Resource], set_title: str | None
) -> None:
    if output.plain:
        for line in plain_lines(country, set_resources, set_title):
            output.say(line)
        return
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    console = output.out
    if set_resources:
        console.print(Text(f"From your question set, {clean_line(set_title or '')}", style="bold"))
        for resource in set_resources:
            console.print(
                Padding(
                    Text(f"{clean_line(resource.name)}: {clean_line(resource.contact)}"),
                    (0, 0, 0, 2),
                )
            )
            if resource.description:
                console.print(
                    Padding(Text(clean_line(resource.description), style="dim"), (0, 0, 0, 4))
                )
        console.print()
    for need in NEEDS:
        chosen = lines_for(need, country)
        if not chosen:
            continue
        console.print(Text(need.heading, style="bold underline"))
        console.print(Text(need.intro, style="dim"))
        for where, group in _groups(chosen):
            if where:
                console.print(Padding(Text(where, style="bold"), (0, 0, 0, 2)))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column()
            for entry in group:
                body = Text()
                body.append(entry.name, style="bold")
                if entry.crisis:
                    body.append(f"  {_CRISIS_MARK_ROW}", style="bold red")
                body.append("\n" + entry.contact)
                body.append("\n" + entry.about, style="dim")
                grid.add_row(Text("•"), body)
            console.print(Padding(grid, (0, 0, 0, 4)))
        console.print()
    console.print(Text(footer(country), style="dim"))
