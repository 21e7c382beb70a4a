"""Sharing: `reflect story` (reviewed, anonymized draft), `reflect anonymize` (plain filter) and
`reflect redactions` (the encrypted always-redact list)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import JsonFlag, PassphraseFile, require_terminal, settings, unlock

if TYPE_CHECKING:
    from reflect.models import Answer
    from reflect.store import OpenJournal

STORY_FORMATS = ("md", "txt", "post", "json")
redactions_app = typer.Typer(
    help="Names and words to hide from every story (kept encrypted).", no_args_is_help=True
)


def _read_input(source: str) -> str:
    from reflect.errors import ReflectError

    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise ReflectError(f"Cannot read {source}: {exc.strerror}.") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReflectError(f"{source} is not UTF-8 text (byte offset {exc.start}).") from None


def _choose_answers(opened: OpenJournal, entry_ids: list[str]) -> list[Answer]:
    from reflect.story import storyable
    from reflect.ui import ask

    entries = opened.entries(entry_ids) if entry_ids else []
    if not entries:
        records = opened.list_entries()
        if not records:
            from reflect.errors import ReflectError

            raise ReflectError("Your journal is empty. Run `reflect` to write a reflection first.")
        options = [
            (r["id"], f"{r['created'][:10]}  {r['set']}  {r.get('title') or '(untitled)'}")
            for r in records
        ]
        entries = opened.entries(
            ask.checkbox("Which reflections should the story draw on?", options)
        )
    candidates = [(entry, answer) for entry in entries for answer in storyable(entry.answers)]
    if not candidates:
        from reflect.errors import ReflectError

        raise ReflectError("Those entries have no written answers to make a story from.")
    labels = [
        (str(i), " ".join(str(a.value).split())[:60] + "…") for i, (_, a) in enumerate(candidates)
    ]
    chosen = ask.checkbox_checked(
        "Which answers go into the story? (all are picked; Space to drop one)", labels
    )
    return [candidates[int(i)][1] for i in chosen]


def register(app: typer.Typer) -> None:
    app.add_typer(redactions_app, name="redactions")

    @app.command("anonymize")
    def anonymize_cmd(
        source: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
        json_output: JsonFlag = False,
        redact: Annotated[
            list[str] | None, typer.Option("--redact", help="Also hide this (repeat for more).")
        ] = None,
    ) -> None:
        """Print the text with names, places, dates, ages and contact details replaced.

        No vault, no questions: text in, anonymized text out. Nothing is written to disk.
        """
        from dataclasses import asdict

        from reflect.anonymize import anonymize

        result = anonymize(_read_input(source), always_redact=redact or ())
        if json_output:
            settings_output = {
                "text": result.text,
                "findings": [asdict(f) for f in result.findings],
            }
            import json

            sys.stdout.write(json.dumps(settings_output, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(result.text)

    @app.command("story")
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
            list[str] | None,
            typer.Option(
                "--redact", help="Always hide this name in stories (remembered, encrypted)."
            ),
        ] = None,
        passphrase_file: PassphraseFile = None,
    ) -> None:
        """Turn chosen answers into an anonymized story you review before anything is written."""
        from reflect import redactions
        from reflect.errors import UsageError
        from reflect.models import Answer, Entry, now
        from reflect.story import StoryDraft, assemble, render
        from reflect.ui import review

        if fmt not in STORY_FORMATS:
            raise UsageError(f"--format must be one of {', '.join(STORY_FORMATS)}.")
        require_terminal("to anonymize text without questions, use `reflect anonymize FILE`.")
        opened = unlock(ctx, passphrase_file)
        always = redactions.load(opened.vault, opened.keys)
        if redact:
            always = sorted({*always, *redact})
            redactions.save(opened.vault, opened.keys, always)
        answers = _choose_answers(opened, entry_ids or [])
        draft = StoryDraft(assemble(answers), always_redact=always)
        console = settings(ctx).output.out
        remember: list[str] = []
        review.review(console, draft, remember)
        review.residual(console, draft)
        if remember:
            redactions.save(opened.vault, opened.keys, [*always, *remember])
        text = draft.rendered()
        final = render(text, fmt)
        where = str(output_file) if output_file else "the terminal"
        if not review.confirm_share(console, final, where):
            settings(ctx).output.notice("Nothing was written.")
            return
        if output_file is None:
            print(final, end="")
        else:
            from reflect.vault.files import atomic_write

            atomic_write(output_file.resolve(), final.encode("utf-8"))
            settings(ctx).output.notice(f"Wrote the story to {output_file}.")
        from reflect.ui.ask import confirm

        if confirm("Keep this draft in your journal too (encrypted)?", default=True):
            stamp = now()
            kept = Entry.model_validate(
                {
                    "created": stamp,
                    "set": "story",
                    "title": "Story draft",
                    "answers": [
                        Answer(
                            step="story",
                            prompt="Anonymized story",
                            kind="text",
                            value=text,
                            answered=stamp,
                        )
                    ],
                }
            )
            opened.save(kept)
            settings(ctx).output.notice(f"Saved the draft as entry {kept.id[:8]}.")

    @redactions_app.command("list")
    def list_redactions(
        ctx: typer.Context, json_output: JsonFlag = False, passphrase_file: PassphraseFile = None
    ) -> None:
        """Show the names and words hidden from every story."""
        from reflect import redactions

        opened = unlock(ctx, passphrase_file)
        names = redactions.load(opened.vault, opened.keys)
        if json_output:
            settings(ctx).output.json(names)
        else:
            print(
                "\n".join(names)
                if names
                else "The list is empty. Add with `reflect redactions add NAME`."
            )

    @redactions_app.command("add")
    def add_redactions(
        ctx: typer.Context, names: list[str], passphrase_file: PassphraseFile = None
    ) -> None:
        """Hide these from every story from now on."""
        from reflect import redactions

        opened = unlock(ctx, passphrase_file)
        redactions.save(
            opened.vault, opened.keys, [*redactions.load(opened.vault, opened.keys), *names]
        )
        settings(ctx).output.notice(f"Added {len(names)}.")

    @redactions_app.command("remove")
    def remove_redactions(
        ctx: typer.Context, names: list[str], passphrase_file: PassphraseFile = None
    ) -> None:
        """Stop hiding these."""
        from reflect import redactions

        opened = unlock(ctx, passphrase_file)
        drop = {n.lower() for n in names}
        redactions.save(
            opened.vault,
            opened.keys,
            [n for n in redactions.load(opened.vault, opened.keys) if n.lower() not in drop],
        )
        settings(ctx).output.notice("Removed.")
