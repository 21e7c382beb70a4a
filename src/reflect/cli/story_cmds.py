"""Sharing: `reflect story` (reviewed, anonymized draft), `reflect anonymize` (plain filter) and
`reflect redactions` (the encrypted always-redact list)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import JsonFlag, PassphraseFile, require_terminal, settings, unlock
from reflect.messages import STORY_INTERRUPTED

if TYPE_CHECKING:
    from reflect.journal.store import OpenJournal
    from reflect.story.draft import Part

STORY_FORMATS = ("md", "txt", "post", "json")
redactions_app = typer.Typer(
    help="Names and words to hide from every story (kept encrypted).", no_args_is_help=True
)


def _choose_parts(opened: OpenJournal, entry_ids: list[str], plain: bool) -> list[Part]:
    """The entries (named, or picked) and then the incidents and closing answers to tell."""
    from reflect.errors import ReflectError
    from reflect.story.draft import entry_parts
    from reflect.story.keep import STORY_SET
    from reflect.ui import story_picker
    from reflect.untrusted import clean_line

    if entry_ids:
        entries = opened.entries(entry_ids)
    else:
        # Only the person's own entries: an unverified (planted) one is never offered.
        # A kept story draft is already anonymized text, never a source for another story.
        records = [r for r in opened.list_entries(verified_only=True) if r["set"] != STORY_SET]
        if not records:
            raise ReflectError("Your journal is empty. Run `reflect` to write a reflection first.")
        labels = [
            clean_line(f"{r['created'][:10]}  {r['set']}  {r.get('title') or '(untitled)'}")
            for r in records
        ]
        chosen = story_picker.pick_entries(labels, plain=plain)
        entries = opened.entries([records[n]["id"] for n in chosen])
    parts = entry_parts(entries)
    if not parts:
        which = "That entry has" if len(entries) == 1 else "Those entries have"
        raise ReflectError(f"{which} no written answers to make a story from.")
    chosen = story_picker.pick_parts([p.label for p in parts], plain=plain)
    return [parts[n] for n in chosen]


def register(app: typer.Typer) -> None:
    app.add_typer(redactions_app, name="redactions")
    app.command("anonymize")(anonymize_cmd)
    app.command("story")(story)


def anonymize_cmd(
    source: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    json_output: JsonFlag = False,
    redact: Annotated[
        list[str] | None, typer.Option("--redact", help="Also hide this (repeat for more).")
    ] = None,
) -> None:
    """Print the text with names, places, dates, ages and contact details replaced.

    No vault, no questions: text in, anonymized text out. Nothing is written to disk.
    With --json, also what was replaced (findings) and what may still identify someone
    (residual_risks: rare words, numbers, and phrases such as "the only woman on the crew").
    """
    from reflect.anonymize_filter import run

    run(source, json_output, redact or ())


def story(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str] | None, typer.Argument(help="Entries to draw on (default: choose).")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="md, txt, post (fits 280 characters, or a thread) or json."
        ),
    ] = "md",
    output_file: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of the terminal.")
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help=(
                "First ask for names or words to hide in this and every later story "
                "(remembered, encrypted). They are asked for at a hidden prompt, never "
                "taken as arguments: words on the command line are visible to other users "
                "in the process list and stay in your shell history."
            ),
        ),
    ] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Turn chosen answers into an anonymized story you review before anything is written.

    Each "Did I ever" you answered yes to becomes one paragraph: what happened, what it
    cost her, what you learned, what you do now. You can edit the whole draft (in memory)
    before names are looked for, then decide on every replacement.
    """
    from reflect.errors import UsageError

    if fmt not in STORY_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(STORY_FORMATS)}.")
    from reflect.errors import Interrupted
    from reflect.vault.files import check_output_path

    if output_file is not None:
        check_output_path(output_file)  # before the review, so no review is done for nothing
    require_terminal("to anonymize text without questions, use `reflect anonymize FILE`.")
    opened = unlock(ctx, passphrase_file)
    try:
        text = _reviewed_story(ctx, opened, entry_ids or [], ask_words=redact)
        _share(ctx, opened, text, fmt, output_file)
    except KeyboardInterrupt:
        raise Interrupted(STORY_INTERRUPTED) from None


def _reviewed_story(
    ctx: typer.Context, opened: OpenJournal, entry_ids: list[str], *, ask_words: bool
) -> str:
    """Pick, edit in place and review: the anonymized text the person accepted."""
    from reflect.story import redactions
    from reflect.story.draft import StoryDraft, assemble_parts
    from reflect.ui import review, story_picker

    plain = settings(ctx).output.plain
    always = redactions.load(opened.vault, opened.keys)
    if ask_words:
        typed = story_picker.ask_private_words(plain=plain)
        if typed:
            always = redactions.add(opened.vault, opened.keys, typed, known=always)
    parts = _choose_parts(opened, entry_ids, plain)
    console = settings(ctx).output.out
    text = story_picker.edit_draft(console, assemble_parts(parts), plain=plain)
    draft = StoryDraft(text, always_redact=always)
    remember: list[str] = []
    review.review(console, draft, remember, plain=plain)
    review.residual(console, draft, plain=plain)
    if remember:
        redactions.add(opened.vault, opened.keys, remember, known=always)
    from reflect.anonymize import reletter

    return reletter(draft.rendered())


def _share(
    ctx: typer.Context, opened: OpenJournal, text: str, fmt: str, output_file: Path | None
) -> None:
    """The final preview, then the story written where asked, and kept if the person wants."""
    from reflect.story.keep import draft_entry
    from reflect.story.posts import render
    from reflect.ui import review

    plain = settings(ctx).output.plain
    console = settings(ctx).output.out
    final = render(text, fmt)
    where = str(output_file) if output_file else "the terminal"
    if not review.confirm_share(console, final, where, plain=plain):
        settings(ctx).output.notice("Nothing was written.")
        return
    if output_file is None:
        settings(ctx).output.say(final.rstrip("\n"))  # wrapped at words on a terminal
    else:
        from reflect.vault.files import write_output_file

        write_output_file(output_file, final.encode("utf-8"))
        settings(ctx).output.notice(f"Wrote the story to {output_file}.")
    if review.confirm_keep(plain=plain):
        kept = draft_entry(text)
        opened.save(kept)
        settings(ctx).output.notice(f"Saved the draft as entry {kept.id[:8]}.")


@redactions_app.command("list")
def list_redactions(
    ctx: typer.Context, json_output: JsonFlag = False, passphrase_file: PassphraseFile = None
) -> None:
    """Show the names and words hidden from every story."""
    from reflect.story import redactions

    opened = unlock(ctx, passphrase_file)
    names = redactions.load(opened.vault, opened.keys)
    if json_output:
        settings(ctx).output.json(names)
    else:
        print(
            "\n".join(names)
            if names
            else "The list is empty. Add to it with `reflect redactions add` (it asks)."
        )


@redactions_app.command("add")
def add_redactions(
    ctx: typer.Context,
    names: Annotated[
        list[str] | None,
        typer.Argument(
            help=(
                "Leave these out: you are asked for them at a hidden prompt (or they are "
                "read from standard input, one per line). Words given here are visible to "
                "other users in the process list and stay in your shell history."
            ),
            show_default=False,
        ),
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Hide names or words from every story from now on.

    Run it without arguments: it asks for them at a hidden prompt, so they never appear in
    the process list or your shell history.
    """
    from reflect.story import redactions

    opened = unlock(ctx, passphrase_file)
    if not names:
        from reflect.ui import story_picker

        if sys.stdin.isatty():
            names = story_picker.ask_private_words(plain=settings(ctx).output.plain)
        else:
            names = [line.strip() for line in sys.stdin if line.strip()]
    if not names:
        settings(ctx).output.notice("Nothing was added.")
        return
    redactions.add(opened.vault, opened.keys, names)
    settings(ctx).output.notice(f"Added {len(names)}.")


@redactions_app.command("remove")
def remove_redactions(
    ctx: typer.Context, names: list[str], passphrase_file: PassphraseFile = None
) -> None:
    """Stop hiding these."""
    from reflect.story import redactions

    opened = unlock(ctx, passphrase_file)
    redactions.remove(opened.vault, opened.keys, names)
    settings(ctx).output.notice("Removed.")
