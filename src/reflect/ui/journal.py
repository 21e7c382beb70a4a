"""How entries, lists, search hits and unlock reports look in the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reflect.ui.console import Output
from reflect.ui.untrusted import clean, clean_line

if TYPE_CHECKING:
    from reflect.models import Entry
    from reflect.store import SearchHit, UnlockReport

SHORT_ID = 8
Record = dict[str, Any]


def short_id(entry_id: str) -> str:
    return entry_id[:SHORT_ID]


def day(stamp: str) -> str:
    return stamp[:10]


UNVERIFIED_MARK = "UNVERIFIED"


def _line(record: Record) -> list[str]:
    """The columns of a listing. Every field came from a file: cleaned before it is shown."""
    title = clean_line(record.get("title") or "") or "(untitled)"
    if record.get("verified") is False:
        title = f"{UNVERIFIED_MARK} {title}"
    return [
        short_id(record["id"]),
        day(record["created"]),
        clean_line(record["set"]),
        record.get("status", "complete"),
        title,
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
                print(f"    {clean(snippet)}")
            continue
        from rich.text import Text

        output.out.print(Text(head, style="bold"))
        for snippet in hit.snippets:
            output.out.print(Text(f"    {clean(snippet)}"))


def format_value(kind: str, value: object, skipped: bool) -> str:
    if skipped or value is None:
        return "(skipped)"
    return clean(str(value))


UNVERIFIED_NOTE = (
    "UNVERIFIED: none of your devices wrote this entry. If it is yours, "
    "`reflect vault trust {id}` keeps it; otherwise `reflect delete {id}`."
)


def show_entry(
    output: Output, entry: Entry, earlier: Entry | None = None, *, verified: bool = True
) -> None:
    """One entry; with ``earlier``, each answer beside the earlier run's ("then / now")."""
    when = entry.created.strftime("%Y-%m-%d %H:%M")
    title = clean_line(entry.title or "") or "(untitled)"
    header = f"{title} · {clean_line(entry.set_id)} · {when} · {entry.status} · {entry.id}"
    if not verified:
        output.notice(UNVERIFIED_NOTE.format(id=short_id(entry.id)))
    earlier_by_step = {a.step: a for a in earlier.answers} if earlier else {}
    if output.plain:
        print(header)
        if entry.tags:
            print("tags: " + clean_line(", ".join(entry.tags)))
        for answer in entry.answers:
            print()
            print(clean(answer.prompt))
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
        console.print(Text("tags: " + clean_line(", ".join(entry.tags)), style="dim"))
    for answer in entry.answers:
        console.print()
        console.print(Text(clean(answer.prompt), style="bold cyan"))
        now_text = format_value(answer.kind, answer.value, answer.skipped)
        if earlier:
            then = earlier_by_step.get(answer.step)
            then_text = format_value(then.kind, then.value, then.skipped) if then else "(not asked)"
            table = Table(box=None, show_header=True, expand=True, pad_edge=False)
            table.add_column(f"then ({earlier.created:%Y-%m-%d})", ratio=1, overflow="fold")
            table.add_column(f"now ({entry.created:%Y-%m-%d})", ratio=1, overflow="fold")
            table.add_row(Text(then_text), Text(now_text))  # never parsed as markup
            console.print(Padding(table, (0, 0, 0, 2)))
        else:
            console.print(Padding(Text(now_text), (0, 0, 0, 2)))


def show_unlock_report(output: Output, report: UnlockReport) -> None:
    """Tell the person, on stderr and before anything else, what they must know: entries none
    of their devices wrote, an index put back or removed, files that failed their checks;
    then, in one neutral line each, what their other devices wrote."""
    for line in _alarm_lines(report):
        output.notice(line)
    if report.from_devices:
        parts = [
            f"{count} {'entry' if count == 1 else 'entries'} from {clean_line(name)}"
            for name, count in sorted(report.from_devices.items())
        ]
        output.notice(", ".join(parts) + ".")
    if report.new_device:
        output.notice(f"This device ({clean_line(report.new_device)}) is now one of your devices.")
    if report.upgraded is not None:
        output.notice(
            f"Your vault was upgraded for this version of reflect: {report.upgraded} "
            f"{'entry' if report.upgraded == 1 else 'entries'} sealed as yours."
        )


def _alarm_lines(report: UnlockReport) -> list[str]:
    lines = []
    if report.vault_json_repaired == "missing":
        lines.append("vault.json was missing, so it was made again from what this device knows.")
    elif report.vault_json_repaired:
        lines.append(
            "vault.json named a key that is not your vault's, so it was repaired from your "
            "key. Answers saved meanwhile went to your own key."
        )
    lines += [clean(text) for text in report.tampered]
    seen, found = report.index_generations
    problem = {
        "rolled back": (
            f"The journal's index is older than the one this device saw last (version {found}; "
            f"this device has seen {seen}): the folder may have been put back to an old copy. "
            "Every entry was checked by its seal."
        ),
        "missing": (
            "The journal's index is gone, though this device saw one before: it was rebuilt "
            "from the entry files, each checked by its seal."
        ),
        "corrupt": (
            "The journal's index was damaged or not written with your key: it was rebuilt "
            "from the entry files, each checked by its seal."
        ),
    }
    if report.index_problem:
        lines.append(problem[report.index_problem])
    if report.unverified:
        count = len(report.unverified)
        lines.append(
            f"{'This entry was' if count == 1 else f'These {count} were'} not written by any of "
            "your devices. Until you trust or delete "
            f"{'it, it is' if count == 1 else 'them, they are'} left out of stories, hand-ins, "
            "exports and resuming:"
        )
        for record in report.unverified:  # every one: a planted entry must not hide in "more"
            what = "draft" if record.get("status") == "draft" else "entry"
            title = clean_line(record.get("title") or "") or "untitled"
            lines.append(
                f"  {short_id(record['id'])}  {day(record['created'])}  "
                f"{clean_line(record['set'])}  {what}: {title}"
            )
            lines.append("    " + clean_line(record.get("location", "")))
        lines.append(
            "Read one with `reflect show ID`; keep it with `reflect vault trust ID`, or "
            "`reflect delete ID`."
        )
    if report.rolled_back:
        lines.append("An older copy of these entries came back in place of the newer one:")
        lines += ["  " + "  ".join(_line(record)) for record in report.rolled_back]
    if report.vanished:
        lines.append(
            "Missing since you last unlocked (deleted outside reflect): "
            + ", ".join(clean_line(short_id(i)) for i in report.vanished)
        )
    if report.damaged:
        names = ", ".join(clean_line(d.location) for d in report.damaged)  # file names: untrusted
        lines.append(f"Could not read {names}; the others are fine. Run `reflect vault check`.")
    return lines
