"""How entries, lists, search hits and unlock reports look in the terminal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reflect.ui.console import Output
from reflect.untrusted import clean, clean_line

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from reflect.journal.matches import AnswerMatch
    from reflect.journal.store import SearchHit, UnlockReport
    from reflect.models import Answer, Entry

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


def print_plain(lines: Sequence[str]) -> None:
    """Lines for plain mode, each wrapped at words to the terminal (continuations keep the
    line's indent); a pipe gets them whole."""
    import sys

    if not sys.stdout.isatty():
        print("\n".join(lines))
        return
    import shutil
    import textwrap

    width = max(20, shutil.get_terminal_size().columns - 1)
    for line in lines:
        indent = line[: len(line) - len(line.lstrip())]
        print(
            textwrap.fill(
                line,
                width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            if line.strip()
            else ""
        )


def show_hits(
    output: Output,
    hits: Sequence[SearchHit],
    terms: Sequence[str],
    entry_of: Callable[[str], Entry | None],
) -> None:
    """Each matching entry once, with the questions whose answers matched and the matched words
    marked. ``entry_of`` decrypts an entry (None if it is gone): only the entry itself knows
    which question each answer belongs to."""
    if not hits:
        output.notice("Nothing matched. Search looks for every word you give, in any case.")
        return
    if output.plain:
        for number, hit in enumerate(hits):
            entry = entry_of(hit.record["id"]) if number < NAMED_HITS else None
            print_plain(_plain_hit(hit, terms, entry))
        return
    console = output.out
    for number, hit in enumerate(hits):
        if number:
            console.print()
        entry = entry_of(hit.record["id"]) if number < NAMED_HITS else None
        for renderable in hit_renderables(hit, terms, entry):
            console.print(renderable)


def _hit_head(record: Record) -> str:
    from reflect.untrusted import clean_line

    cells = [short_id(record["id"]), day(record["created"]), clean_line(record["set"])]
    if record.get("status") == "draft":
        cells.append("draft")
    if record.get("verified") is False:  # not sealed by any of the person's devices
        cells.append("UNVERIFIED")
    cells.append(clean_line(record.get("title") or "") or "(untitled)")
    return "  ".join(cells)


def _matches(hit: SearchHit, terms: Sequence[str], entry: Entry | None) -> list[AnswerMatch]:
    from reflect.journal.matches import AnswerMatch, Excerpt, in_entry
    from reflect.untrusted import clean

    if entry is not None:
        found = in_entry(entry, terms, clean)
        if found:
            return found
    # Beyond the newest NAMED_HITS, or an entry that could not be read a second time: the
    # index's snippets, matches marked, without the question.
    from reflect.journal.matches import excerpt_spans

    shown = [clean(s) for s in hit.snippets]
    return [AnswerMatch("", None, tuple(Excerpt(s, excerpt_spans(s, terms)) for s in shown))]


MAX_ANSWERS_SHOWN = 3
# The newest hits name their questions, which takes decrypting each entry; further down a long
# list of results, the index's snippets stand alone (search stays quick on a large journal).
NAMED_HITS = 25


def _plain_hit(hit: SearchHit, terms: Sequence[str], entry: Entry | None) -> list[str]:
    lines = [_hit_head(hit.record)]
    found = _matches(hit, terms, entry)
    for match in found[:MAX_ANSWERS_SHOWN]:
        if match.question:
            after = f" (after: {match.after})" if match.after else ""
            lines.append(f"  In {match.question}{after}")
        lines += [f"    {excerpt.text}" for excerpt in match.excerpts]
    if len(found) > MAX_ANSWERS_SHOWN:
        lines.append(f"  and {len(found) - MAX_ANSWERS_SHOWN} more answers")
    return lines


def hit_renderables(
    hit: SearchHit, terms: Sequence[str], entry: Entry | None
) -> list[RenderableType]:
    """One search hit for the screen: a heading, then each matching answer under its question,
    with the matched words marked (by offsets, never by markup: the text is the person's)."""
    from rich.padding import Padding
    from rich.text import Text

    shown: list[RenderableType] = [Text(_hit_head(hit.record), style="bold")]
    found = _matches(hit, terms, entry)
    for match in found[:MAX_ANSWERS_SHOWN]:
        if match.question:
            question = Text(match.question, style="cyan")
            if match.after:
                question.append(f" (after: {match.after})", style="dim")
            shown.append(Padding(question, (0, 0, 0, 2), expand=False))
        for excerpt in match.excerpts:
            text = Text(excerpt.text)
            for start, end in excerpt.spans:
                text.stylize(HIGHLIGHT, start, end)
            shown.append(Padding(text, (0, 0, 0, 4), expand=False))
    if len(found) > MAX_ANSWERS_SHOWN:
        more = len(found) - MAX_ANSWERS_SHOWN
        shown.append(
            Padding(Text(f"and {more} more answers", style="dim"), (0, 0, 0, 2), expand=False)
        )
    return shown


HIGHLIGHT = "reverse"


def shown_answer(answer: Answer | None) -> str:
    """An answer as the journal shows it; ``None`` is a question the earlier run never asked."""
    from reflect.untrusted import clean

    return "(not asked)" if answer is None else clean(answer.shown())


def plain_entry_lines(entry: Entry, earlier: Entry | None = None) -> list[str]:
    from reflect.untrusted import clean

    earlier_by_step = {a.step: a for a in earlier.answers} if earlier else {}
    lines = [_entry_header(entry)]
    if entry.tags:
        lines.append("tags: " + ", ".join(clean(t) for t in entry.tags))
    for answer in entry.answers:
        lines += ["", clean(answer.prompt)]
        if earlier:
            then = earlier_by_step.get(answer.step)
            then_text = shown_answer(then)
            lines.append(f"  then ({earlier.created:%Y-%m-%d}): {then_text}")
            lines.append(f"  now: {shown_answer(answer)}")
        else:
            lines.append(shown_answer(answer))
    return lines


def _entry_header(entry: Entry) -> str:
    from reflect.untrusted import clean_line

    when = entry.created.strftime("%Y-%m-%d %H:%M")
    title = clean_line(entry.display_title())
    return f"{title} · {clean_line(entry.set_id)} · {when} · {entry.status} · {entry.id}"


SIDE_BY_SIDE_WIDTH = 72  # narrower than this, then and now go one under the other


def marked(text: str, terms: Sequence[str]) -> Text:
    """``text`` as plain rich Text with every place a term appears marked (never markup)."""
    from rich.text import Text

    from reflect.journal.matches import excerpt_spans

    shown = Text(text)
    for start, end in excerpt_spans(text, terms):
        shown.stylize(HIGHLIGHT, start, end)
    return shown


def entry_renderables(
    entry: Entry, earlier: Entry | None = None, *, width: int = 80, terms: Sequence[str] = ()
) -> list[RenderableType]:
    """One entry; with ``earlier``, each answer beside the earlier run's ("then / now")."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from reflect.untrusted import clean

    earlier_by_step = {a.step: a for a in earlier.answers} if earlier else {}
    shown: list[RenderableType] = [Text(_entry_header(entry), style="bold")]
    if entry.tags:
        shown.append(Text("tags: " + ", ".join(clean(t) for t in entry.tags), style="dim"))
    for answer in entry.answers:
        shown.append(Text(""))
        shown.append(Text(clean(answer.prompt), style="bold cyan"))
        now_text = shown_answer(answer)
        if earlier is None:
            shown.append(Padding(marked(now_text, terms), (0, 0, 0, 2), expand=False))
            continue
        then = earlier_by_step.get(answer.step)
        then_text = shown_answer(then)
        then_label = f"then ({earlier.created:%Y-%m-%d})"
        now_label = f"now ({entry.created:%Y-%m-%d})"
        if width < SIDE_BY_SIDE_WIDTH:
            shown.append(Padding(Text(then_label, style="dim"), (0, 0, 0, 2), expand=False))
            shown.append(Padding(Text(then_text), (0, 0, 0, 4), expand=False))
            shown.append(Padding(Text(now_label, style="dim"), (0, 0, 0, 2), expand=False))
            shown.append(Padding(Text(now_text), (0, 0, 0, 4), expand=False))
            continue
        table = Table(box=None, show_header=True, expand=True, pad_edge=False)
        table.add_column(then_label, ratio=1)
        table.add_column(now_label, ratio=1)
        table.add_row(Text(then_text), Text(now_text))
        shown.append(Padding(table, (0, 0, 0, 2)))  # the full width: columns line up
    return shown


UNVERIFIED_NOTE = (
    "UNVERIFIED: none of your devices wrote this entry. If it is yours, "
    "`reflect vault trust {id}` keeps it; otherwise `reflect delete {id}`."
)


def show_entry(
    output: Output, entry: Entry, earlier: Entry | None = None, *, verified: bool = True
) -> None:
    """One entry; with ``earlier``, each answer beside the earlier run's ("then / now")."""
    if not verified:
        output.notice(UNVERIFIED_NOTE.format(id=short_id(entry.id)))
    if output.plain:
        print_plain(plain_entry_lines(entry, earlier))
        return
    console = output.out
    for renderable in entry_renderables(entry, earlier, width=console.width):
        console.print(renderable)


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
