"""`reflect share`: a client hands in an entry's answers, signed by them and readable only by
their counselor (see docs/counselors.md).

The command functions here are long because of their typer option declarations (one
``Annotated`` block per option, where its --help text lives); their bodies stay short."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import PassphraseFile, confirm, require_terminal, settings, unlock

if TYPE_CHECKING:
    from reflect.homework.handin import Handin
    from reflect.homework.installed_sets import InstalledSet
    from reflect.homework.sharing import SharePlan
    from reflect.journal.store import OpenJournal
    from reflect.models import Entry
    from reflect.ui.console import Output

YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def share(
    ctx: typer.Context,
    entry_id: Annotated[
        str | None, typer.Argument(help="The entry's id, or any unique start of it.")
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="The counselor's public key (age1…), if the question set does not carry one.",
        ),
    ] = None,
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the hand-in here (a file or a folder; default: a new handin-….age here).",
        ),
    ] = None,
    omit: Annotated[
        list[str] | None,
        typer.Option("--omit", help="Leave out the answer to this step (repeat for several)."),
    ] = None,
    omit_quietly: Annotated[
        bool,
        typer.Option(
            "--omit-quietly",
            help="Your counselor sees how many answers you left out, not which questions.",
        ),
    ] = False,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="The name your counselor sees (a pseudonym is fine). Left out, it is asked: "
            "words typed here show in the process list and your shell history.",
        ),
    ] = None,
    fingerprint: Annotated[
        bool,
        typer.Option(
            "--fingerprint",
            help="Show the code that identifies your hand-ins, to read to your counselor.",
        ),
    ] = False,
    yes: YesFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Hand in an entry's answers to your counselor: signed by you, readable by them only."""
    from reflect.errors import ReflectError, UsageError
    from reflect.homework import handin, signing
    from reflect.homework.installed_sets import find
    from reflect.homework.sharing import plan_share
    from reflect.vault.files import write_output_file

    output = settings(ctx).output
    if fingerprint:
        _show_fingerprint(ctx, passphrase_file)
        return
    if entry_id is None:
        raise UsageError("Which entry? Give its id (from `reflect list`): reflect share ID.")
    if to is not None:
        to = handin.check_recipient(to)
    if not yes:
        require_terminal(
            "add --yes to hand in without questions (and --omit STEP for each answer to leave out)."
        )
    target = _handin_path(output_file)
    if target.exists():
        raise ReflectError(f"{target} already exists; nothing was handed in.")
    journal = unlock(ctx, passphrase_file)
    entry = journal.get_verified(entry_id)  # a planted entry is never handed in as theirs
    # Before anything is shown: a signing key someone else put in the vault stops here.
    signer, created = signing.load_or_create(journal.vault, journal.keys)
    added = find(settings(ctx).home, entry.set_id)
    from_set = _checked_recipient(ctx, journal, added, yes=yes, given=to)
    plan = plan_share(
        entry.set_id, given=to, from_set=from_set, own_key=journal.vault.meta.recipient, added=added
    )
    if plan.overrides_set:
        output.notice(
            f"Note: the set names {plan.set_key} as {plan.counselor}'s key; handing in to {to} "
            "instead, as you asked with --to."
        )
    choices = _Choices(name, list(omit or []), named=not omit_quietly)
    doc = _build(entry, plan, choices)  # a typo in --omit stops here, before any question
    if not yes:
        _ask_choices(doc, plan.who, choices)
        doc = _build(entry, plan, choices)
    if not _confirmed(output, doc, plan.who, yes=yes):
        output.notice("Nothing was handed in.")
        return
    if target.exists():
        raise ReflectError(f"{target} already exists; nothing was handed in.")
    write_output_file(target, handin.seal(doc, plan.recipient, signer))
    output.notice(
        f"Handed in: {target}. Only {plan.whose_key} can open it, so you can send it any way "
        "you agreed (email, a USB stick, a shared folder). Your journal is unchanged."
    )
    first = " (made for your first hand-in)" if created else ""
    output.notice(
        f"It is signed with your key{first}, code {signer.fingerprint}, so {plan.who} can tell "
        "it is from you. If they ask, read them that code."
    )


def _show_fingerprint(ctx: typer.Context, passphrase_file: Path | None) -> None:
    from reflect.homework import signing

    journal = unlock(ctx, passphrase_file)
    signer, _ = signing.load_or_create(journal.vault, journal.keys)
    settings(ctx).output.notice(
        "Your hand-ins are signed with this code. Read it to your counselor (in person "
        "or by phone), so they can check it against what `reflect open` shows them:"
    )
    print(signer.fingerprint, flush=True)


@dataclass
class _Choices:
    """What the client chose: the name their counselor sees, the answers left out, and
    whether the questions of those may be named."""

    name: str | None
    omitted: list[str]
    named: bool


def _build(entry: Entry, plan: SharePlan, choices: _Choices) -> Handin:
    from reflect.homework import handin

    return handin.build(
        entry,
        omit=choices.omitted,
        display_name=choices.name,
        prompt_set=plan.prompt_set,
        to=plan.recipient,
        name_withheld=choices.named,
    )


def _ask_choices(doc: Handin, who: str, choices: _Choices) -> None:
    """At the terminal: the name to show, and which answers to leave out."""
    from reflect.ui.ask import checkbox, text
    from reflect.untrusted import clean_line

    if choices.name is None:
        choices.name = text(
            f"The name {who} will see (optional: a first name or a pseudonym is fine):"
        )
    remaining = list(doc.answers)
    if len(remaining) <= 1 or not confirm(
        f"There are {len(remaining)} answers to hand in. Leave any of them out?", default=False
    ):
        return
    options = [
        (a.step, f"{clean_line(a.prompt)[:60]}  [{clean_line(a.shown_value())[:20]}]")
        for a in remaining
    ]
    choices.omitted += checkbox("Choose the answers to leave out (space to mark):", options)
    if choices.omitted:
        count = len(choices.omitted)
        left_out = "1 answer was" if count == 1 else f"{count} answers were"
        choices.named = confirm(
            f"{who} will see that {left_out} not shared. May they also see which questions?",
            default=True,
        )


def _confirmed(output: Output, doc: Handin, who: str, *, yes: bool) -> bool:
    """Show exactly what will be handed in; at the terminal, ask before sealing it."""
    from reflect.ui.homework import show_handin

    output.notice(f"This is exactly what {who} will receive:")
    show_handin(output, doc)
    if yes:
        return True
    count = len(doc.answers)
    answers = "1 answer" if count == 1 else f"{count} answers"
    return confirm(
        f"Hand in these {answers}, encrypted so only {who} can read them?", default=False
    )


def _checked_recipient(
    ctx: typer.Context,
    journal: OpenJournal,
    added: InstalledSet | None,
    *,
    yes: bool,
    given: str | None,
) -> str | None:
    """The installed set's counselor key, if the set passes its check (docs/trust.md: everything that steers the program is authenticated)."""
    from reflect.errors import DamagedError, ReflectError
    from reflect.homework import installed_sets
    from reflect.homework.installed_sets import Trust

    if added is None or added.recipient is None:
        return None
    state = installed_sets.trust(added, journal.keys)
    if state is Trust.CHECKED:
        return added.recipient
    if given is not None:
        return None  # the key typed with --to is used; the set's is not trusted, so not shown
    where = added.path
    if state is Trust.TAMPERED:
        raise DamagedError(
            f"The set '{added.id}' in your reflect folder ({where}) was changed after you "
            "added it, so the counselor key in it cannot be trusted: nothing was handed in. "
            "Add the file your counselor gave you again (`reflect prompts add FILE`), or hand "
            "in with --to and the key your counselor gave you."
        )
    from reflect.untrusted import clean_line

    counselor = clean_line(added.homework.counselor if added.homework else "") or "your counselor"
    if yes:
        raise ReflectError(
            f"The counselor key in the set '{added.id}' has not been checked yet (it was added "
            "by an older reflect, or before your journal existed), so nothing was handed in. "
            "Add your counselor's file again with `reflect prompts add FILE`, or run this "
            "without --yes to confirm the key."
        )
    output = settings(ctx).output
    output.notice(
        f"The set '{added.id}' says to hand in to {counselor}, with this key:\n"
        f"    {added.recipient}\n"
        "reflect has not checked it yet (the set was added by an older reflect, or before "
        "your journal existed), and anyone who can write to your reflect folder could have "
        f"put their own key there. Compare it with the key {counselor} gave you."
    )
    if not confirm(f"Is this {counselor}'s key?", default=False):
        raise ReflectError(
            "Nothing was handed in. Add your counselor's file again with `reflect prompts add "
            "FILE`, or hand in with --to and the key they gave you."
        )
    installed_sets.authenticate(added.path, added.text, journal.keys)
    return added.recipient


def _handin_path(output_file: Path | None) -> Path:
    from reflect.homework.handin import neutral_name

    if output_file is None:
        return Path.cwd() / neutral_name()
    path = output_file.expanduser()
    if path.is_dir():
        return path.absolute() / neutral_name()
    return path.absolute()
