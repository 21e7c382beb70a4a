"""Hand-ins on screen: one hand-in, the inbox list, a client's history with its charts.

Everything in a hand-in came from a file someone sent, so every field goes through
:func:`reflect.untrusted.clean` (or ``clean_line``) and is printed as ``rich.text.Text``,
never parsed as markup: a forged hand-in cannot restyle the counselor's terminal or hide the
line that says it is unverified.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.models import SKIPPED
from reflect.untrusted import clean, clean_line

if TYPE_CHECKING:
    from reflect.homework.clients import Sender
    from reflect.homework.handin import Handin
    from reflect.homework.inbox import InboxItem
    from reflect.ui.console import Output


def sender_style(sender: Sender | None) -> str:
    from reflect.homework.clients import SenderKind

    if sender is None or sender.kind in (SenderKind.UNVERIFIED, SenderKind.CHANGED):
        return "bold red"
    return "bold green" if sender.kind is SenderKind.KNOWN else "bold yellow"


def show_handin(output: Output, doc: Handin, sender: Sender | None = None) -> None:
    """The hand-in, answer by answer, under the line that says who sent it."""
    from rich.text import Text

    from reflect.homework.handin import details, withheld_summary

    out = output.out
    if sender is not None:
        out.print(Text(sender.line(), style=sender_style(sender)))
        out.print()
    out.print(Text(clean_line(doc.title), style="bold"))
    for label, value in details(doc, clean_line(sender.short()) if sender else _claimed(doc)):
        out.print(Text(f"{label}: ", style="dim") + Text(clean_line(value)))
    for answer in doc.answers:
        out.print()
        earlier = " (from an earlier version of the set)" if answer.earlier_version else ""
        out.print(Text(clean(answer.prompt), style="bold") + Text(earlier, style="dim"))
        value = answer.shown_value()
        out.print(Text(clean(value), style="dim italic" if value == SKIPPED else ""))
    summary = withheld_summary(doc)
    if summary:
        out.print()
        out.print(Text(summary + ".", style="italic"))
        for item in doc.withheld:
            if item.prompt:
                out.print(Text("  - " + clean_line(item.prompt), style="dim"))


def _claimed(doc: Handin) -> str:
    return clean_line(doc.display_name or "no name given")


def show_inbox(output: Output, items: list[InboxItem]) -> None:
    """One block per hand-in: who (and whether verified), the set, due and handed-in dates."""
    from rich.padding import Padding
    from rich.text import Text

    def indented(text: Text) -> Padding:
        return Padding(text, (0, 0, 0, 2))

    out = output.out
    opened = [i for i in items if i.opened is not None]
    verified = sum(1 for i in opened if i.sender and i.sender.verified)
    out.print(
        Text(
            f"{len(opened)} hand-ins ({verified} verified)"
            + (
                f", {len(items) - len(opened)} could not be opened"
                if len(opened) < len(items)
                else ""
            )
            + ":",
            style="bold",
        )
    )
    for item in items:
        out.print()
        name = clean_line(item.path.name)
        if item.opened is None or item.sender is None:
            out.print(Text(name, style="bold red"))
            out.print(indented(Text(clean(item.error or "could not be read"))))
            continue
        doc = item.opened.handin
        status = "complete" if doc.status == "complete" else "not finished"
        due = f" · due {doc.due:%Y-%m-%d}" if doc.due else ""
        mark = "verified" if item.sender.verified else "NOT verified"
        out.print(
            Text(clean_line(item.sender.short()), style=sender_style(item.sender))
            + Text(f"  ({mark})", style="dim")
        )
        version = f" v{doc.set_info.version}" if doc.set_info.version else ""
        answers = "1 answer" if len(doc.answers) == 1 else f"{len(doc.answers)} answers"
        out.print(
            indented(Text(f"{clean_line(doc.title)} ({clean_line(doc.set_info.id)}{version})"))
        )
        out.print(indented(Text(f"handed in {doc.shared:%Y-%m-%d}{due} · {status} · {answers}")))
        out.print(indented(Text(name, style="dim")))
        if item.sender.kind.value in ("changed", "unverified"):
            out.print(indented(Text(clean(item.sender.line()), style="red")))


def show_history(output: Output, name: str, items: list[InboxItem]) -> None:
    """A client's hand-ins over time, then each scale question as a small bar chart."""
    from rich.text import Text

    from reflect.homework.inbox import chart_lines, scale_series

    out = output.out
    count = "1 hand-in" if len(items) == 1 else f"{len(items)} hand-ins"
    out.print(Text(f"{clean_line(name)}: {count}, oldest first", style="bold"))
    for item in items:
        doc = item.handin
        assert doc is not None
        due = f", due {doc.due:%Y-%m-%d}" if doc.due else ""
        status = "" if doc.status == "complete" else ", not finished"
        out.print(Text(f"  {doc.shared:%Y-%m-%d}  {clean_line(doc.title)}{due}{status}"))
        out.print(Text(f"              {clean_line(item.path.name)}", style="dim"))
    for series in scale_series(items):
        out.print()
        out.print(Text(clean(series.prompt), style="bold"))
        for line in chart_lines(series):
            out.print(Text("  " + line))
