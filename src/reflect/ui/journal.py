"""How entries, lists, search hits and unlock reports look in the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reflect.ui.console import Output

if TYPE_CHECKING:
    from reflect.models import Entry
    from reflect.store import SearchHit, UnlockReport

SHORT_ID = 8
Record = dict[str, Any]


def short_id(entry_id: str) -> str:
    return entry_id[:SHORT_ID]


def day(stamp: str) -> str:
    return stamp[:10]


def _line(record: Record) -> list[str]:
    return [
        short_id(record["id"]),
        day(record["created"]),
        record["set"],
        record.get("status", "complete"),
        record.get("title") or "(untitled)",
    ]


def show_list(output: Output, records: Sequence[Record]) -> None:
    """Aligned columns, printed line by line: a rich Table of ten thousand rows takes seconds."""
    if not records:
        output.notice("No entries yet. Run `reflect` to start a reflection.")
        return
    import shutil
    import sys

    lines = [_line(record) for record in records]
    headings = ["id", "date", "set", "status", "title"]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headings[:-1])]
    room = (
        shutil.get_terminal_size().columns - sum(widths) - 2 * len(widths)
        if sys.stdout.isatty()
        else 0
    )

    def row(cells: list[str]) -> str:
        title = cells[-1] if room <= 1 or len(cells[-1]) <= room else cells[-1][: room - 1] + "…"
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)) + "  " + title

    header = row(headings)
    if output.plain:
        print(header)
    else:
        output.out.print(header, style="bold", markup=False)
    sys.stdout.write("\n".join(row(line) for line in lines) + "\n")


def show_hits(output: Output, hits: Sequence[SearchHit]) -> None:
    if not hits:
        output.notice("Nothing matched.")
        return
    for hit in hits:
        head = "  ".join(_line(hit.record))
        if output.plain:
            print(head)
            for snippet in hit.snippets:
                print(f"    {snippet}")
            continue
        from rich.text import Text

        output.out.print(Text(head, style="bold"))
        for snippet in hit.snippets:
            output.out.print(Text(f"    {snippet}"))


def format_value(kind: str, value: object, skipped: bool) -> str:
    if skipped or value is None:
        return "(skipped)"
    return str(value)


def show_entry(output: Output, entry: Entry, earlier: Entry | None = None) -> None:
    """One entry; with ``earlier``, each answer beside the earlier run's ("then / now")."""
    when = entry.created.strftime("%Y-%m-%d %H:%M")
    header = f"{entry.display_title()} · {entry.set_id} · {when} · {entry.status} · {entry.id}"
    earlier_by_step = {a.step: a for a in earlier.answers} if earlier else {}
    if output.plain:
        print(header)
        if entry.tags:
            print("tags: " + ", ".join(entry.tags))
        for answer in entry.answers:
            print()
            print(answer.prompt)
            if earlier:
                then = earlier_by_step.get(answer.step)
                then_text = (
                    format_value(then.kind, then.value, then.skipped) if then else "(not asked)"
                )
                print(f"  then ({earlier.created:%Y-%m-%d}): {then_text}")
                print(f"  now: {format_value(answer.kind, answer.value, answer.skipped)}")
            else:
                print(format_value(answer.kind, answer.value, answer.skipped))
        return
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    console = output.out
    console.print(Text(header, style="bold"))
    if entry.tags:
        console.print(Text("tags: " + ", ".join(entry.tags), style="dim"))
    for answer in entry.answers:
        console.print()
        console.print(Text(answer.prompt, style="bold cyan"))
        now_text = format_value(answer.kind, answer.value, answer.skipped)
        if earlier:
            then = earlier_by_step.get(answer.step)
            then_text = format_value(then.kind, then.value, then.skipped) if then else "(not asked)"
            table = Table(box=None, show_header=True, expand=True, pad_edge=False)
            table.add_column(f"then ({earlier.created:%Y-%m-%d})", ratio=1, overflow="fold")
            table.add_column(f"now ({entry.created:%Y-%m-%d})", ratio=1, overflow="fold")
            table.add_row(then_text, now_text)
            console.print(Padding(table, (0, 0, 0, 2)))
        else:
            console.print(Padding(Text(now_text), (0, 0, 0, 2)))


def show_unlock_report(output: Output, report: UnlockReport) -> None:
    """Tell the person, on stderr, about every entry that changed while the vault was locked."""
    if report.index_unverified:
        output.notice(
            "The journal's index was damaged or not written with your key, so it was rebuilt "
            "from the entry files. Check the entries below are yours."
        )
    sections: list[tuple[str, Sequence[Record]]] = [
        (
            "Added since you last unlocked (saved without your passphrase; check each is yours):",
            report.added,
        ),
        ("Changed since you last unlocked, outside reflect:", report.changed),
        ("Put back to an older version since you last unlocked:", report.rolled_back),
    ]
    for title, records in sections:
        if not records:
            continue
        output.notice(title)
        for record in records[:20]:
            output.notice("  " + "  ".join(_line(record)))
        if len(records) > 20:
            output.notice(f"  … and {len(records) - 20} more")
    if report.vanished:
        output.notice(
            "Missing since you last unlocked (deleted outside reflect): "
            + ", ".join(short_id(i) for i in report.vanished)
        )
    if report.damaged:
        names = ", ".join(d.location for d in report.damaged)
        output.notice(f"Could not read {names}; the others are fine. Run `reflect vault check`.")
