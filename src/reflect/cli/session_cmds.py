"""The guided reflection: `reflect` (no arguments), `reflect start` and `reflect resources`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import PassphraseFile, locked_journal, require_terminal, settings, unlock

if TYPE_CHECKING:
    from reflect.guided import SessionUI
    from reflect.models import Entry
    from reflect.prompts import PromptSet
    from reflect.store import OpenJournal

DEFAULT_SET = "imperfect-men"
RESUME_QUESTION = "You have an unfinished reflection. Pick it up where you left off?"


def find_set(home: Path, ref: str) -> PromptSet:
    """A set by file path or id: sets the person added come before the built-in ones."""
    from reflect import installed_sets
    from reflect.prompts import resolve_set

    return resolve_set(ref, extra=installed_sets.prompt_sets(home))


def _ui(ctx: typer.Context) -> SessionUI:
    from reflect.ui.session import PlainSessionUI, RichSessionUI

    output = settings(ctx).output
    return PlainSessionUI() if output.plain else RichSessionUI(output.out)


def _pick_draft(opened: OpenJournal) -> Entry | None:
    from reflect.ui import ask

    drafts = opened.drafts()
    if len(drafts) <= 1:
        return drafts[0] if drafts else None
    choices = [
        (d.id, f"{d.set_id}, started {d.created:%Y-%m-%d %H:%M}, {len(d.answers)} answers")
        for d in drafts
    ]
    chosen = ask.select("Which unfinished reflection?", choices)
    return next(d for d in drafts if d.id == chosen)


def start_session(
    ctx: typer.Context, set_ref: str | None, resume: bool, passphrase_file: Path | None
) -> None:
    from reflect import guided, messages
    from reflect.cli.vault_cmds import create_vault
    from reflect.errors import Interrupted, ReflectError
    from reflect.session import Session
    from reflect.ui import ask
    from reflect.vault import Vault

    require_terminal(messages.NOT_A_TERMINAL)
    home = settings(ctx).home
    output = settings(ctx).output
    if not Vault.exists(home):
        output.say(messages.WELCOME + "\n")
        create_vault(ctx, passphrase_file, recovery=True)
    journal = locked_journal(ctx)
    opened: OpenJournal | None = None
    draft = None
    offer = set_ref is None and not resume and journal.has_drafts()
    if resume or (offer and ask.confirm(RESUME_QUESTION, default=True)):
        opened = unlock(ctx, passphrase_file)
        draft = _pick_draft(opened)
        if draft is None and resume:
            raise ReflectError(
                "There is no unfinished reflection to resume. Run `reflect` to start one."
            )
    prompt_set = find_set(home, draft.set_id if draft else set_ref or DEFAULT_SET)
    session = Session.from_entry(prompt_set, draft) if draft else Session(prompt_set)
    ui = _ui(ctx)
    saved = [draft is not None]

    def save_draft(entry: Entry) -> None:
        journal.save_draft(entry)
        saved[0] = True

    try:
        entry = guided.run(session, ui, save_draft, resumed=draft is not None)
    except (KeyboardInterrupt, EOFError):
        raise Interrupted(messages.stopped(saved[0])) from None
    if opened is not None:  # unlocked to resume: record it as ours in the manifest
        opened.save(entry)
        journal.discard_draft(entry.id)
    else:
        journal.finish_draft(entry)
    ui.closing(prompt_set, entry)
    output.notice("")


def register(app: typer.Typer) -> None:
    @app.command("start")
    def start(
        ctx: typer.Context,
        set_ref: Annotated[
            str | None,
            typer.Argument(help="A question set id or a .toml file (default: imperfect-men)."),
        ] = None,
        resume: Annotated[
            bool, typer.Option("--resume", help="Continue an unfinished reflection.")
        ] = False,
        passphrase_file: PassphraseFile = None,
    ) -> None:
        """Start a guided reflection, or continue one with --resume."""
        start_session(ctx, set_ref, resume, passphrase_file)

    @app.command("resources")
    def resources(ctx: typer.Context) -> None:
        """Where to find support: for men worried about their behaviour, and for survivors."""
        from reflect.prompts import find_builtin
        from reflect.ui.session import resource_lines, show_resources

        prompt_set = find_builtin(DEFAULT_SET)
        output = settings(ctx).output
        if prompt_set is None or not prompt_set.resources:
            print("No resources are listed.")
        elif output.plain:
            print("\n".join(resource_lines(prompt_set)))
        else:
            show_resources(output.out, prompt_set)
