"""`reflect prompts pack` (a counselor stamps a set as homework) and `reflect prompts add` (a
client adds it to their sets). See docs/counselors.md.

The command functions here are long because of their typer option declarations (one
``Annotated`` block per option, where its --help text lives); their bodies stay short."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import (
    PassphraseFile,
    confirm,
    iso_day,
    require_terminal,
    settings,
    unlock,
)

if TYPE_CHECKING:
    from reflect.homework import installed_sets
    from reflect.promptsets import Homework, PromptSet
    from reflect.ui.console import Output
    from reflect.vault import Keys

YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def pack(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The question set (.toml) to give as homework.")],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Your public key (age1…); default: the one `reflect keygen` made.",
        ),
    ] = None,
    due: Annotated[
        str | None, typer.Option("--due", help="When it is due, like 2026-12-01.")
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", help="A note your client sees first.")
    ] = None,
    counselor: Annotated[
        str | None, typer.Option("--counselor", help="Your name, as your client sees it.")
    ] = None,
    contact: Annotated[
        str | None, typer.Option("--contact", help="How your client can reach you.")
    ] = None,
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write the homework file (default: NAME-homework.toml beside it).",
            dir_okay=False,
        ),
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Counselors: stamp a question set with your key, a due date and a note, ready to give.

    Packing again keeps every detail you do not give again (due date, note, name, contact),
    so a new due date needs no new version.
    """
    from reflect.homework import counselor_key, handin, packing
    from reflect.promptsets import PromptSetError, load_set, validate_text
    from reflect.vault.files import write_output_file

    output = settings(ctx).output
    due_day = iso_day(due, "--due")
    prompt_set = load_set(file)
    target = (output_file or _packed_path(file)).expanduser()
    recipient = handin.check_recipient(to if to is not None else _own_key(ctx, passphrase_file))
    earlier = packing.earlier_packing(target, file)
    homework = packing.merged_homework(
        prompt_set.info.homework or (earlier.info.homework if earlier else None),
        recipient=recipient,
        counselor=counselor,
        contact=contact,
        due=due_day,
        note=note,
    )
    stamped = packing.stamp_homework(file.read_text(encoding="utf-8"), homework)
    problems = validate_text(stamped)
    if problems:
        raise PromptSetError(str(file), problems)
    _warn_placeholders(output, stamped)
    write_output_file(target, stamped.encode("utf-8"))
    counselor_key.record_packed(
        settings(ctx).home, prompt_set.id, prompt_set.info.version, target.absolute(), recipient
    )
    _after_pack(output, target, prompt_set, earlier, homework)


def _own_key(ctx: typer.Context, passphrase_file: Path | None) -> str:
    """The counselor's public key, proven by their secret key (never read from .pub alone)."""
    from reflect.errors import UsageError
    from reflect.homework import counselor_key
    from reflect.ui.passphrase import PassphrasePrompt

    key = counselor_key.find_default_key(settings(ctx).home)
    if key is None:
        raise UsageError(
            "Whose key should the answers go to? Add --to with your public key "
            "(age1…), or make one first with `reflect keygen`."
        )
    recipient, listed = counselor_key.checked_public_key(key, PassphrasePrompt(passphrase_file))
    if listed is not None:
        settings(ctx).output.notice(
            f"Warning: {counselor_key.public_key_path(key).name} named another key "
            f"({listed}), not the one your secret key belongs to: someone may have "
            "changed it. It was not used; this set carries your real key, and the file "
            "is repaired."
        )
    return recipient


def _after_pack(
    output: Output,
    target: Path,
    prompt_set: PromptSet,
    earlier: PromptSet | None,
    homework: Homework,
) -> None:
    import datetime as dt

    output.notice(
        f"Ready: {target}. Give this file to your client; they add it with "
        f"`reflect prompts add {target.name}` and start it with "
        f"`reflect start {prompt_set.id}`."
    )
    if earlier is not None and earlier.info.version == prompt_set.info.version:
        output.notice(
            "Same questions and version as before: your client's `prompts add` shows them "
            "what changed (due date, note, key...) and asks them to accept it."
        )
    if homework.due is not None and homework.due < dt.date.today():
        output.notice(f"Note: the due date {homework.due} is already past.")
    if not homework.counselor:
        output.notice(
            'Tip: add --counselor "Your name" (and --contact) so your client sees who '
            "the homework is from."
        )


def add(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The question set (.toml) to add.")],
    yes: YesFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Add a question set (for example homework from your counselor) to your sets.

    Homework carries your counselor's key; reflect asks your passphrase to remember it as
    checked, so nobody can swap it later in your reflect folder.
    """
    from reflect.homework import installed_sets
    from reflect.homework.installed_sets import Change
    from reflect.promptsets import find_builtin

    output = settings(ctx).output
    home = settings(ctx).home
    try:
        plan = installed_sets.plan_add(home, file)
    except installed_sets.VersionConflict as conflict:
        plan = _repair_plan(ctx, conflict, passphrase_file)
    info = plan.prompt_set.info
    label = f"'{_clean(info.title)}' ({info.id}, version {info.version})"
    if plan.change is Change.SAME:
        output.notice(f"You already have {label}; nothing changed.")
        return
    if not _accepted(output, plan, yes=yes):
        output.notice("Nothing was changed.")
        return
    keys = _keys_for_add(ctx, passphrase_file) if info.homework is not None else None
    installed_sets.install(home, plan, keys)
    verb = "Added" if plan.change is Change.NEW else "Updated"
    output.notice(f"{verb} {label}. Start it with: reflect start {info.id}")
    if find_builtin(info.id) is not None:
        output.notice(f"It is used instead of the built-in set called '{info.id}'.")
    if info.homework is not None:
        _about_homework(output, info.homework, checked=keys is not None)


def _accepted(output: Output, plan: installed_sets.AddPlan, *, yes: bool) -> bool:
    """Show what a new version or new homework details change, and ask to accept them."""
    from reflect.homework.installed_sets import Change

    if plan.current is None:
        return True
    changes = plan.homework_changes()
    if changes:
        _show_homework_changes(output, changes)
    if plan.change not in (Change.UPGRADE, Change.HOMEWORK):
        return True
    info = plan.prompt_set.info
    if plan.change is Change.UPGRADE:
        question = (
            f"Replace version {plan.current.version} of '{info.id}' with version "
            f"{info.version}? Answers you gave before stay in your journal."
        )
    else:
        question = "Accept these changes? Your questions and answers stay as they are."
    if yes:
        return True
    require_terminal("add --yes to accept it without being asked.")
    return confirm(question, default=True)


def _about_homework(output: Output, homework: Homework, *, checked: bool) -> None:
    who = _clean(homework.counselor) or "your counselor"
    due_text = f", due {homework.due:%Y-%m-%d}" if homework.due else ""
    output.notice(f"This is homework from {who}{due_text}.")
    if not homework.recipient:
        return
    output.notice(
        "When you are done, `reflect list` shows your entry's id and `reflect share "
        f"ID` hands your answers in, encrypted so only {who} can read them. You "
        "choose what to include."
    )
    if not checked:
        output.notice(
            "Your journal was not unlocked, so reflect will ask you to confirm "
            f"{who}'s key when you first hand in."
        )


# ---- helpers -------------------------------------------------------------------------------


def _clean(text: str) -> str:
    from reflect.untrusted import clean_line

    return clean_line(text)


def _repair_plan(
    ctx: typer.Context, conflict: installed_sets.VersionConflict, passphrase_file: Path | None
) -> installed_sets.AddPlan:
    """The version rules refuse this file; allow it only if the installed copy is not the one
    the person added (its check fails), so a planted edit cannot lock the real set out."""
    from reflect.homework.installed_sets import Trust, trust

    current = conflict.plan.current
    keys = _keys_for_add(ctx, passphrase_file) if current is not None else None
    if current is None or keys is None or trust(current, keys) is not Trust.TAMPERED:
        raise conflict
    settings(ctx).output.notice(
        f"The copy of '{current.id}' in your reflect folder was changed after you added it "
        "(not by reflect). It is replaced with this file."
    )
    return conflict.plan


def _keys_for_add(ctx: typer.Context, passphrase_file: Path | None) -> Keys | None:
    """The unlocked vault, to authenticate a homework set; None without a journal or a way to
    ask for its passphrase (the set is then confirmed at the first hand-in)."""
    from reflect.ui import passphrase
    from reflect.vault import Vault

    if not Vault.exists(settings(ctx).home):
        return None
    if passphrase.non_interactive(passphrase_file) is None and not passphrase.can_prompt():
        return None
    settings(ctx).output.notice(
        "This homework carries your counselor's key: unlock your journal so reflect can "
        "remember it as checked."
    )
    return unlock(ctx, passphrase_file).keys


def _show_homework_changes(output: Output, changes: list[tuple[str, object, object]]) -> None:
    names = {
        "counselor": "Counselor",
        "contact": "Contact",
        "recipient": "Counselor's key",
        "due": "Due date",
        "note": "Note",
    }
    output.notice("This file changes the homework details:")
    for field, before, after in changes:
        shown_before = _clean(str(before)) if before is not None else "(none)"
        shown_after = _clean(str(after)) if after is not None else "(none)"
        output.notice(f"  {names[field]}: {shown_before} -> {shown_after}")
    if any(field == "recipient" for field, _, _ in changes):
        output.notice(
            "Your counselor's KEY changes: accept only if they told you they have a new key. "
            "Hand-ins from now on go to the new key."
        )


def _warn_placeholders(output: Output, text: str) -> None:
    """Warn about the starter file's placeholders still in the set ("Your name", ...)."""
    from reflect.promptsets import starter_placeholders

    for item in starter_placeholders(text):
        output.notice(f"Warning: {_clean(str(item))}")


def _packed_path(source: Path) -> Path:
    stem = source.stem
    name = f"{stem}.toml" if stem.endswith("-homework") else f"{stem}-homework.toml"
    return source.with_name(name)
