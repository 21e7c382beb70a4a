"""Reading and managing the journal: list, show, search, edit, delete, export, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import (
    JsonFlag,
    PassphraseFile,
    confirm,
    iso_day,
    report_late_changes,
    require_terminal,
    settings,
    unlock,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from reflect.journal.store import OpenJournal
    from reflect.models import Entry

EntryId = Annotated[str, typer.Argument(help="The entry's id, or any unique start of it.")]
LatestOrId = Annotated[
    str | None,
    typer.Argument(
        help="The entry's id, or any unique start of it (default: your latest entry).",
        show_default=False,
    ),
]
SEARCH_PROMPT = "Words to find (all of them, any case):"


YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def list_entries(
    ctx: typer.Context,
    set_id: Annotated[
        str | None, typer.Option("--set", help="Only entries of this question set.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only entries on or after this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only entries on or before this date (YYYY-MM-DD).")
    ] = None,
    tag: Annotated[str | None, typer.Option(help="Only entries with this tag.")] = None,
    json_output: JsonFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """List your entries, newest first."""
    from reflect.ui.journal import show_list

    since_day, until_day = iso_day(since, "--since"), iso_day(until, "--until")
    journal = unlock(ctx, passphrase_file)
    records = journal.list_entries(set_id=set_id, since=since_day, until=until_day, tag=tag)
    if json_output:
        settings(ctx).output.json(records)  # already the --json contract's fields
    else:
        show_list(settings(ctx).output, records)


def show(
    ctx: typer.Context,
    entry_id: LatestOrId = None,
    compare: Annotated[
        str | None,
        typer.Option(
            "--compare",
            help="Set the answers beside an earlier run of the same set: an entry id, or 'previous'.",
        ),
    ] = None,
    json_output: JsonFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Show one entry (your latest, unless you give an id). With --compare, see then and now
    side by side."""
    from reflect.ui.journal import show_entry

    journal = unlock(ctx, passphrase_file)
    entry = journal.get(journal.latest_or(entry_id))
    verified = journal.is_verified(entry.id)
    if json_output:
        settings(ctx).output.json(
            {
                **entry.model_dump(mode="json", by_alias=True, exclude_none=True),
                "verified": verified,
            }
        )
        return
    earlier = None
    if compare == "previous":
        earlier = journal.previous_run(entry)
    elif compare:
        earlier = journal.get(compare)
    show_entry(settings(ctx).output, entry, earlier, verified=verified)


def search(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        typer.Argument(
            help="Words to find (all of them, any case). Leave them out to be asked.",
            show_default=False,
        ),
    ] = None,
    json_output: JsonFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Find entries whose answers or title contain every word you give.

    Run it without words to be asked for them: words typed on the command line can be
    seen by other users of this computer in the process list, and stay in your shell's
    history.
    """
    from reflect.ui.journal import show_hits

    query = " ".join(words or [])
    if not query.strip():
        query = _ask_words()
    journal = unlock(ctx, passphrase_file)
    hits = journal.search(query)
    if json_output:
        settings(ctx).output.json([{**h.record, "snippets": h.snippets} for h in hits])
    else:
        show_hits(settings(ctx).output, hits, query.lower().split(), _reader(journal))


def edit(
    ctx: typer.Context,
    entry_id: LatestOrId = None,
    title: Annotated[str | None, typer.Option(help="Set the entry's title.")] = None,
    tag: Annotated[
        list[str] | None, typer.Option(help="Set the entry's tags (repeat for several).")
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Re-answer questions of an entry (your latest, unless you give an id), or set its title
    and tags.

    Answers are edited in the terminal, in memory: no temporary file is written.
    """
    from reflect.journal.edits import edited
    from reflect.ui.edit import reanswer

    if title is None and tag is None:
        require_terminal("use --title or --tag to change an entry without questions.")
    journal = unlock(ctx, passphrase_file)
    # Saving an edit seals the entry as the person's: an unverified one is trusted first.
    entry = journal.get_verified(journal.latest_or(entry_id))
    if title is not None or tag is not None:
        entry = edited(entry, title=title, tags=tag)
    else:
        entry = edited(entry, answers=reanswer(entry).answers)
    journal.save(entry)
    report_late_changes(ctx, journal)
    settings(ctx).output.notice(f"Saved {entry.id[:8]}.")


def delete(
    ctx: typer.Context,
    entry_id: EntryId,
    yes: YesFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Delete an entry for good."""
    if not yes:
        require_terminal("add --yes to delete without being asked.")
    journal = unlock(ctx, passphrase_file)
    full_id = journal.resolve(entry_id)
    record = journal.summary(full_id)
    label = f"{full_id[:8]} ({record['created'][:10]}, {record.get('title') or 'untitled'})"
    if not yes and not confirm(f"Delete entry {label}? This cannot be undone.", default=False):
        settings(ctx).output.notice("Nothing was deleted.")
        return
    journal.delete(full_id)
    report_late_changes(ctx, journal)
    settings(ctx).output.notice(f"Deleted {label}.")


def export(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str] | None, typer.Argument(help="Entries to export (default: all).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, md or txt.")] = "json",
    output_file: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    yes: YesFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Write a PLAINTEXT copy of entries (json can be imported again)."""
    from reflect import messages
    from reflect.journal import export as exporters
    from reflect.vault.files import check_output_path, write_output_file

    if fmt not in ("json", "md", "txt"):
        raise typer.BadParameter("choose json, md or txt", param_hint="--format")
    output = settings(ctx).output
    if output_file is not None:
        check_output_path(output_file)
    if not yes:
        require_terminal("add --yes to export without being asked.")
    journal = unlock(ctx, passphrase_file)
    entries = journal.entries(entry_ids or [])
    if not entry_ids and (left_out := journal.unverified_count()):
        output.notice(
            f"{left_out} unverified {'entry is' if left_out == 1 else 'entries are'} left out."
        )
    where = str(output_file) if output_file else "the terminal (stdout)"
    output.notice(messages.PLAINTEXT_EXPORT_WARNING)
    question = f"Write {len(entries)} entries as plaintext to {where}?"
    if not yes and not confirm(question, default=False):
        output.notice("Nothing was written.")
        return
    text = exporters.render(entries, fmt)  # type: ignore[arg-type]
    if output_file is None:
        print(text, end="")
    else:
        write_output_file(output_file, text.encode("utf-8"))
        output.notice(f"Wrote {len(entries)} entries to {output_file}.")


def import_(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A reflect.entries/1 JSON file.", dir_okay=False)],
    passphrase_file: PassphraseFile = None,
) -> None:
    """Import entries from a reflect.entries/1 JSON file (entries already present are skipped)."""
    from reflect.journal.importer import read_entries

    entries = read_entries(file)
    journal = unlock(ctx, passphrase_file)
    added, skipped = journal.import_entries(entries)
    report_late_changes(ctx, journal)
    note = f"; skipped {len(skipped)} already in your journal" if skipped else ""
    settings(ctx).output.notice(
        f"Imported {len(added)} {'entry' if len(added) == 1 else 'entries'}{note}."
    )


def register(app: typer.Typer) -> None:
    app.command("list")(list_entries)
    app.command("show")(show)
    app.command("search")(search)
    app.command("edit")(edit)
    app.command("delete")(delete)
    app.command("export")(export)
    app.command("import")(import_)


def _ask_words() -> str:
    """The search words, asked at the terminal (so they stay out of ps and shell history)."""
    import sys

    from reflect.errors import UsageError
    from reflect.ui import ask

    if not sys.stdin.isatty():
        raise UsageError(
            "Give the words to search for, or run `reflect search` at a terminal to be asked."
        )
    query = ask.text(SEARCH_PROMPT)
    if not query.strip():
        raise UsageError("Nothing to search for; nothing was searched.")
    return query


def _reader(journal: OpenJournal) -> Callable[[str], Entry | None]:
    """Decrypt an entry for display, or None if it went away or is damaged meanwhile."""
    from reflect.errors import ReflectError

    def read(entry_id: str) -> Entry | None:
        try:
            return journal.get(entry_id)
        except ReflectError:
            return None

    return read
