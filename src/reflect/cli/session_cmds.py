"""The guided reflection: `reflect` (no arguments), `reflect start`, `reflect drafts` and
`reflect resources`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import (
    PassphraseFile,
    locked_journal,
    open_vault,
    require_terminal,
    settings,
    unlock,
)

if TYPE_CHECKING:
    from reflect.guide.guided import SessionUI
    from reflect.journal.store import OpenJournal
    from reflect.models import Entry
    from reflect.promptsets import PromptSet

from reflect.guide.catalog import DEFAULT_SET as DEFAULT_SET  # cli/home.py reads it from here


def resume_question() -> str:
    from reflect.messages import command

    return (
        "You have an unfinished reflection. Unlock your journal to see it and pick it up? "
        "If you say no, a new reflection starts and the unfinished one stays saved, "
        f"encrypted, as a draft (`{command()} drafts` lists it)."
    )


def find_set(home: Path, ref: str) -> PromptSet:
    """A set by file path or id: sets the person added come before the built-in ones."""
    from reflect.homework import installed_sets
    from reflect.promptsets import resolve_set

    return resolve_set(ref, extra=installed_sets.prompt_sets(home))


def _ui(ctx: typer.Context) -> SessionUI:
    from reflect.ui.plain_session import PlainSessionUI
    from reflect.ui.session import RichSessionUI

    output = settings(ctx).output
    return PlainSessionUI() if output.plain else RichSessionUI(output.out)


def draft_label(home: Path, draft: Entry, width: int | None = None) -> str:
    """ "#ImperfectMen: an honest look back · started 1 Dec 2026 · 4 of 10 answered": enough
    to recognise a draft without opening it. With ``width``, the title is cut at a word so
    the whole line fits (a menu cuts lines at the edge)."""
    from reflect.errors import ReflectError
    from reflect.guide.session import Session
    from reflect.untrusted import clean_line

    started = f"started {draft.created.day} {draft.created:%b %Y}"
    try:
        prompt_set = find_set(home, draft.set_id)
    except ReflectError:
        title, how_far = clean_line(draft.set_id), f"{len(draft.answers)} answers"
    else:
        done, total = Session.from_entry(prompt_set, draft).answered_count
        title, how_far = clean_line(prompt_set.title), f"{done} of {total} answered"
    rest = f" · {started} · {how_far}"
    if width is not None and len(title) + len(rest) > width:
        room = max(width - len(rest) - 1, 8)
        title = title[:room].rsplit(" ", 1)[0].rstrip(" :,;") + "…"
    return title + rest


def _menu_width() -> int | None:
    """Room for a menu line (questionary cuts lines at the edge); None: plain lines wrap."""
    import shutil

    from reflect.ui.console import plain_mode

    return None if plain_mode() else shutil.get_terminal_size().columns - 6


def _pick_draft(home: Path, drafts: list[Entry], *, fresh_label: str | None) -> Entry | None:
    """One draft to resume, or None for a fresh start (when ``fresh_label`` offers one)."""
    from reflect.ui import ask

    if len(drafts) == 1 and fresh_label is None:
        return drafts[0]
    choices = [(d.id, draft_label(home, d, _menu_width())) for d in drafts]
    if fresh_label is not None:
        choices.append(("", fresh_label))
    chosen = ask.select("Which unfinished reflection?", choices)
    return next((d for d in drafts if d.id == chosen), None)


def _draft_to_resume(
    ctx: typer.Context, opened: OpenJournal, wanted: PromptSet | None, resume: bool
) -> Entry | None:
    """The draft the person picks (of the set they asked for, if any), or None: start anew."""
    from reflect import messages
    from reflect.errors import ReflectError

    drafts = opened.drafts()
    if wanted is not None:  # `reflect start SET`: that set's unfinished drafts
        drafts = [d for d in drafts if d.set_id == wanted.id]
    if drafts:
        fresh = None if resume else "None of these: start a new reflection"
        return _pick_draft(settings(ctx).home, drafts, fresh_label=fresh)
    if resume:
        raise ReflectError(
            f"There is no unfinished reflection to resume. Run `{messages.command()}` to start one."
        )
    settings(ctx).output.notice("There is no unfinished reflection of this set; starting anew.")
    return None


def start_session(
    ctx: typer.Context,
    set_ref: str | None,
    resume: bool,
    passphrase_file: Path | None,
    *,
    chosen_draft: Entry | None = None,
    opened: OpenJournal | None = None,
) -> None:
    from reflect import messages
    from reflect.cli.vault_cmds import create_vault
    from reflect.errors import Interrupted
    from reflect.guide import guided
    from reflect.guide.catalog import own_set
    from reflect.guide.session import Session
    from reflect.ui import ask
    from reflect.untrusted import clean_line
    from reflect.vault import Vault

    require_terminal(messages.NOT_A_TERMINAL)
    home = settings(ctx).home
    output = settings(ctx).output
    wanted = find_set(home, set_ref) if set_ref else None  # a typo fails before any question
    if not Vault.exists(home):
        chosen = own_set(wanted)
        title = clean_line(chosen.title) if chosen else None
        output.say(messages.welcome(title) + "\n")
        create_vault(ctx, passphrase_file, recovery=True)
    journal = locked_journal(ctx, passphrase_file)
    draft = chosen_draft
    offer = draft is None and not resume and journal.has_drafts()
    if resume or (offer and ask.confirm(resume_question(), default=True)):
        opened = unlock(ctx, passphrase_file)
        draft = _draft_to_resume(ctx, opened, wanted, resume)
    prompt_set = find_set(home, draft.set_id) if draft else wanted or find_set(home, DEFAULT_SET)
    session = Session.from_entry(prompt_set, draft) if draft else Session(prompt_set)
    ui = _ui(ctx)
    saved = [draft is not None]

    def save_draft(entry: Entry) -> None:
        journal.save_draft(entry)
        saved[0] = True

    try:
        entry = guided.run(session, ui, save_draft, resumed=draft is not None)
    except guided.Stopped as stopped:
        raise Interrupted(messages.stopped(saved[0], stopped.kept_unfinished)) from None
    except (KeyboardInterrupt, EOFError):
        raise Interrupted(messages.stopped(saved[0])) from None
    if opened is not None:  # unlocked to resume: record it as ours in the manifest
        opened.save(entry)
        journal.discard_draft(entry.id)
    else:
        entry = journal.finish_draft(entry)  # it may get a new id, never overwrite an entry
    ui.closing(prompt_set, entry)
    output.notice("")


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


def drafts(ctx: typer.Context, passphrase_file: PassphraseFile = None) -> None:
    """Unfinished reflections: pick one up where you left off, or discard one."""
    import sys

    from reflect.journal.store import Journal
    from reflect.messages import command
    from reflect.ui import ask

    home = settings(ctx).home
    output = settings(ctx).output
    # Reading drafts needs the passphrase anyway: one unlock, not a locked journal first
    # (which, on a device that never opened this vault, would ask for it too).
    journal = Journal(open_vault(ctx))
    if not journal.has_drafts():
        output.say(f"No unfinished reflections. `{command()}` starts a new one.")
        return
    opened = unlock(ctx, passphrase_file)
    drafts = opened.drafts()
    if not drafts:
        output.say(
            "No unfinished reflections you can pick up (one listed above as unverified comes "
            f"back once you trust it). `{command()}` starts a new one."
        )
        return
    if not sys.stdin.isatty():
        for draft in drafts:
            output.say(f"{draft.id[:8]}  {draft_label(home, draft)}")
        return
    output.say(f"{len(drafts)} unfinished {'reflection' if len(drafts) == 1 else 'reflections'}:")
    for number, draft in enumerate(drafts, start=1):
        output.say(f"  {number}. {draft_label(home, draft)}")
    choices = [("resume", "Pick one up where I left off"), ("discard", "Discard one")]
    choices.append(("leave", "Leave it for now" if len(drafts) == 1 else "Leave them for now"))
    what = ask.select("What would you like to do?", choices)
    if what == "leave":
        output.say("Nothing changed: unfinished reflections stay saved, encrypted, as drafts.")
        return
    picked = _pick_draft(home, drafts, fresh_label=None) if len(drafts) > 1 else drafts[0]
    draft = picked or drafts[0]
    if what == "resume":
        start_session(ctx, None, False, passphrase_file, chosen_draft=draft, opened=opened)
        return
    label = draft_label(home, draft)
    if ask.confirm(f"Discard {label}? Its answers are deleted for good.", default=False):
        journal.discard_draft(draft.id)
        output.say("Discarded.")
    else:
        output.say("Kept. It stays saved, encrypted, as a draft.")


def resources(
    ctx: typer.Context,
    country: Annotated[
        str | None,
        typer.Option(help="Only this country: us, uk, ie, ca, au or nz (default: all)."),
    ] = None,
    set_ref: Annotated[
        str | None,
        typer.Option("--set", help="Also list the contacts a question set names."),
    ] = None,
) -> None:
    """Where to find support: crisis lines, someone to talk to about your own behaviour,
    therapists, men's groups, and support for the women affected."""
    from reflect.guide.catalog import set_contacts
    from reflect.guide.resources import COUNTRIES, country_key
    from reflect.ui.resources import show_resources

    key = None
    if country:
        key = country_key(country)
        if key is None:
            raise typer.BadParameter(
                "choose one of " + ", ".join(COUNTRIES) + " (or leave it out for all)",
                param_hint="--country",
            )
    own = find_set(settings(ctx).home, set_ref) if set_ref else None
    show_resources(settings(ctx).output, key, set_contacts(own), own.title if own else None)


def register(app: typer.Typer) -> None:
    app.command("start")(start)
    app.command("drafts")(drafts)
    app.command("resources")(resources)
