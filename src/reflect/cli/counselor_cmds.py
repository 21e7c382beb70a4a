"""Homework between a counselor and a client: keygen, prompts pack/add, share, open.

Counselor: `reflect keygen` once, `reflect prompts pack SET.toml` for each assignment, and
`reflect open HANDIN.age...` (or a folder) for hand-ins. Client: `reflect prompts add SET.toml`,
`reflect start SET`, then `reflect share ENTRY`. See docs/counselors.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli import keygen_cmds
from reflect.cli.common import (
    JsonFlag,
    PassphraseFile,
    confirm,
    iso_day,
    require_terminal,
    settings,
    unlock,
)

if TYPE_CHECKING:
    from reflect.homework import installed_sets
    from reflect.homework.clients import ClientBook, Sender
    from reflect.homework.handin import Handin
    from reflect.homework.inbox import InboxItem
    from reflect.homework.installed_sets import InstalledSet
    from reflect.journal.store import OpenJournal
    from reflect.promptsets import PromptSet
    from reflect.ui.console import Output
    from reflect.vault import Keys, age

YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]

PLAINTEXT_COPY_WARNING = (
    "This copy is NOT encrypted: anyone who can open the file can read the answers. "
    "Keep it somewhere private and delete it when you no longer need it."
)
FORMATS = ("md", "json", "pdf")


def register(app: typer.Typer, prompts_app: typer.Typer) -> None:
    keygen_cmds.register(app)

    @app.command("open")
    def open_handins(
        ctx: typer.Context,
        files: Annotated[
            list[Path],
            typer.Argument(
                help="Hand-in files (handin-….age), or a folder of them. A name with spaces: "
                "put it in quotes, or drag the file into the terminal.",
                show_default=False,
            ),
        ],
        identity: Annotated[
            Path | None,
            typer.Option(
                "--identity",
                "-i",
                help="Your key file, if not the one `reflect keygen` made (say, an older key).",
                dir_okay=False,
            ),
        ] = None,
        fmt: Annotated[
            str | None,
            typer.Option("--format", "-f", help="md, json or pdf (pdf needs -o)."),
        ] = None,
        json_output: JsonFlag = False,
        output_file: Annotated[
            Path | None,
            typer.Option(
                "--output",
                "-o",
                help="Save (not encrypted) to this file; with several hand-ins, into this "
                "folder, one file per client and date.",
            ),
        ] = None,
        client: Annotated[
            str | None,
            typer.Option(
                "--client",
                help="List this client's hand-ins over time, with charts of scale answers.",
            ),
        ] = None,
        accept_new_key: Annotated[
            bool,
            typer.Option(
                "--accept-new-key",
                help="Accept a known client's changed signing key (after asking them).",
            ),
        ] = False,
        passphrase_file: PassphraseFile = None,
    ) -> None:
        """Counselors: read hand-ins. One file shows it; several (or a folder) list them."""
        from reflect.errors import UsageError
        from reflect.homework import inbox

        if json_output:
            fmt = "json"
        if fmt not in (None, *FORMATS):
            raise typer.BadParameter("choose md, json or pdf", param_hint="--format")
        paths = inbox.collect(files)
        if not paths:
            raise UsageError("There are no hand-in files (….age) in that folder.")
        single = len(paths) == 1 and client is None and not any(f.is_dir() for f in files)
        if fmt == "pdf" and output_file is None:
            raise UsageError("A PDF is written to a file: add -o FILE.pdf.")
        output = settings(ctx).output
        if single:
            from reflect.homework import handin

            handin.check_looks_like_handin(paths[0].read_bytes(), paths[0].name)
        keys, book = _counselor_keys(ctx, identity, passphrase_file)
        items = inbox.open_all(paths, keys, book, accept_new_key=accept_new_key)
        book.save()
        if book.damaged:
            output.notice(
                f"Your list of known clients ({book.path.name}) failed its check: someone may "
                "have changed it. It was not used (every sender shows as new) and was left as "
                "it is."
            )
        if single:
            _open_one(output, items[0], fmt, output_file)
        elif client is not None:
            from reflect.ui.homework import show_history

            mine = inbox.of_client(items, client)
            if not mine:
                raise UsageError(f"No verified hand-ins from {client!r} among these files.")
            if fmt == "json":
                output.json([inbox.row(i) for i in mine])
            else:
                show_history(output, mine[0].sender.name if mine[0].sender else client, mine)
        elif output_file is not None:
            _save_all(output, items, fmt or "md", output_file)
        elif fmt == "json":
            output.json([inbox.row(i) for i in items])
        else:
            from reflect.ui.homework import show_inbox

            show_inbox(output, items)

    @app.command("share")
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
        from reflect.vault.files import write_output_file

        output = settings(ctx).output
        if fingerprint:
            journal = unlock(ctx, passphrase_file)
            signer, _ = signing.load_or_create(journal.vault, journal.keys)
            output.notice(
                "Your hand-ins are signed with this code. Read it to your counselor (in person "
                "or by phone), so they can check it against what `reflect open` shows them:"
            )
            print(signer.fingerprint, flush=True)
            return
        if entry_id is None:
            raise UsageError("Which entry? Give its id (from `reflect list`): reflect share ID.")
        if to is not None:
            to = handin.check_recipient(to)
        if not yes:
            require_terminal(
                "add --yes to hand in without questions (and --omit STEP for each answer to "
                "leave out)."
            )
        target = _handin_path(output_file)
        if target.exists():
            raise ReflectError(f"{target} already exists; nothing was handed in.")
        journal = unlock(ctx, passphrase_file)
        entry = journal.get_verified(entry_id)  # a planted entry is never handed in as theirs
        # Before anything is shown: a signing key someone else put in the vault stops here.
        signer, created = signing.load_or_create(journal.vault, journal.keys)
        added = _installed(ctx, entry.set_id)
        from_set = _checked_recipient(ctx, journal, added, yes=yes, given=to)
        recipient = to or from_set
        if recipient is None:
            raise UsageError(
                f"The set '{entry.set_id}' does not say whose key to hand in to: add "
                "--to age1… with your counselor's public key."
            )
        if recipient == journal.vault.meta.recipient:
            raise UsageError(
                "That is your own journal's key, not your counselor's: nothing was handed in."
            )
        counselor = (added.homework.counselor if added and added.homework else "") or ""
        who = _clean(counselor) or "your counselor"
        whose_key = f"{who}'s key"
        if to and from_set and to != from_set:
            output.notice(
                f"Note: the set names {from_set} as {who}'s key; handing in to {to} instead, "
                "as you asked with --to."
            )
            who, whose_key = "the owner of that key", "that key"
        prompt_set = _set_for(added, entry.set_id)
        omitted = list(omit or [])
        named = not omit_quietly

        def make() -> handin.Handin:
            return handin.build(
                entry,
                omit=omitted,
                display_name=name,
                prompt_set=prompt_set,
                to=recipient,
                name_withheld=named,
            )

        doc = make()
        if not yes:
            from reflect.ui.ask import checkbox, text

            if name is None:
                name = text(
                    f"The name {who} will see (optional: a first name or a pseudonym is fine):"
                )
            remaining = list(doc.answers)
            if len(remaining) > 1 and confirm(
                f"There are {len(remaining)} answers to hand in. Leave any of them out?",
                default=False,
            ):
                choices = [
                    (a.step, f"{_clean(a.prompt)[:60]}  [{_clean(a.shown_value())[:20]}]")
                    for a in remaining
                ]
                omitted += checkbox("Choose the answers to leave out (space to mark):", choices)
                if omitted:
                    left_out = (
                        "1 answer was" if len(omitted) == 1 else f"{len(omitted)} answers were"
                    )
                    named = confirm(
                        f"{who} will see that {left_out} not shared. May they also see "
                        "which questions?",
                        default=True,
                    )
            doc = make()
        from reflect.ui.homework import show_handin

        output.notice(f"This is exactly what {who} will receive:")
        show_handin(output, doc)
        count = len(doc.answers)
        answers = "1 answer" if count == 1 else f"{count} answers"
        if not yes and not confirm(
            f"Hand in these {answers}, encrypted so only {who} can read them?", default=False
        ):
            output.notice("Nothing was handed in.")
            return
        if target.exists():
            raise ReflectError(f"{target} already exists; nothing was handed in.")
        write_output_file(target, handin.seal(doc, recipient, signer))
        output.notice(
            f"Handed in: {target}. Only {whose_key} can open it, so you can send it any way "
            "you agreed (email, a USB stick, a shared folder). Your journal is unchanged."
        )
        first = " (made for your first hand-in)" if created else ""
        output.notice(
            f"It is signed with your key{first}, code {signer.fingerprint}, so {who} can tell "
            "it is from you. If they ask, read them that code."
        )

    @prompts_app.command("pack")
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
        import datetime as dt

        from reflect.errors import UsageError
        from reflect.homework import counselor_key as counselor_keys
        from reflect.homework import handin
        from reflect.promptsets import PromptSetError, load_set, load_set_text, validate_text
        from reflect.vault.files import write_output_file

        output = settings(ctx).output
        home = settings(ctx).home
        due_day = iso_day(due, "--due")
        prompt_set = load_set(file)
        target = (output_file or _packed_path(file)).expanduser()
        if to is None:
            key = counselor_keys.find_default_key(home)
            if key is None:
                raise UsageError(
                    "Whose key should the answers go to? Add --to with your public key "
                    "(age1…), or make one first with `reflect keygen`."
                )
            to, listed = counselor_keys.checked_public_key(key, passphrase_file)
            if listed is not None:
                output.notice(
                    f"Warning: {counselor_keys.public_key_path(key).name} named another key "
                    f"({listed}), not the one your secret key belongs to: someone may have "
                    "changed it. It was not used; this set carries your real key, and the file "
                    "is repaired."
                )
        recipient = handin.check_recipient(to)
        earlier = None
        if target.exists() and target.resolve() != file.resolve():
            try:
                earlier = load_set_text(target.read_text(encoding="utf-8"), str(target))
            except Exception:  # an unreadable earlier copy only adds nothing
                earlier = None
        old = prompt_set.info.homework or (earlier.info.homework if earlier else None)

        def keep(given: str | None, field: str) -> str:
            if given is not None:
                return given
            return str(getattr(old, field) or "") if old else ""

        homework: dict[str, object] = {
            "counselor": keep(counselor, "counselor"),
            "contact": keep(contact, "contact"),
            "recipient": recipient,
            "due": due_day if due is not None else (old.due if old else None),
            "note": keep(note, "note"),
        }
        text = file.read_text(encoding="utf-8")
        stamped = handin.stamp_homework(text, homework)
        problems = validate_text(stamped)
        if problems:
            raise PromptSetError(str(file), problems)
        _warn_placeholders(output, stamped)
        write_output_file(target, stamped.encode("utf-8"))
        counselor_keys.record_packed(
            home, prompt_set.id, prompt_set.info.version, target.absolute(), recipient
        )
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
        stamped_due = homework["due"]
        if isinstance(stamped_due, dt.date) and stamped_due < dt.date.today():
            output.notice(f"Note: the due date {stamped_due} is already past.")
        if not homework["counselor"]:
            output.notice(
                'Tip: add --counselor "Your name" (and --contact) so your client sees who '
                "the homework is from."
            )

    @prompts_app.command("add")
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
        changes = plan.homework_changes() if plan.current is not None else []
        if plan.current is not None and changes:
            _show_homework_changes(output, changes)
        if plan.change in (Change.UPGRADE, Change.HOMEWORK) and plan.current is not None:
            if plan.change is Change.UPGRADE:
                question = (
                    f"Replace version {plan.current.version} of '{info.id}' with version "
                    f"{info.version}? Answers you gave before stay in your journal."
                )
            else:
                question = "Accept these changes? Your questions and answers stay as they are."
            if not yes:
                require_terminal("add --yes to accept it without being asked.")
                if not confirm(question, default=True):
                    output.notice("Nothing was changed.")
                    return
        keys = _keys_for_add(ctx, passphrase_file) if info.homework is not None else None
        installed_sets.install(home, plan, keys)
        verb = "Added" if plan.change is Change.NEW else "Updated"
        output.notice(f"{verb} {label}. Start it with: reflect start {info.id}")
        if find_builtin(info.id) is not None:
            output.notice(f"It is used instead of the built-in set called '{info.id}'.")
        homework = info.homework
        if homework is not None:
            who = _clean(homework.counselor) or "your counselor"
            due_text = f", due {homework.due:%Y-%m-%d}" if homework.due else ""
            output.notice(f"This is homework from {who}{due_text}.")
            if homework.recipient:
                output.notice(
                    "When you are done, `reflect list` shows your entry's id and `reflect share "
                    f"ID` hands your answers in, encrypted so only {who} can read them. You "
                    "choose what to include."
                )
                if keys is None:
                    output.notice(
                        "Your journal was not unlocked, so reflect will ask you to confirm "
                        f"{who}'s key when you first hand in."
                    )


# ---- helpers -------------------------------------------------------------------------------


def _clean(text: str) -> str:
    from reflect.untrusted import clean_line

    return clean_line(text)


def _counselor_keys(
    ctx: typer.Context, identity: Path | None, passphrase_file: Path | None
) -> tuple[list[age.Identity], ClientBook]:
    from reflect.homework import counselor_key as counselor_keys
    from reflect.homework.clients import ClientBook

    home = settings(ctx).home
    key_path = identity.expanduser() if identity else counselor_keys.find_default_key(home)
    if key_path is None:
        from reflect.errors import ReflectError

        raise ReflectError(counselor_keys.lost_key_message(counselor_keys.default_key_path(home)))
    key = counselor_keys.load(key_path, passphrase_file)
    # The list of clients stays with the key it belongs to (an older key has its own, if any).
    return [key], ClientBook.load(key_path.parent if identity else home, key)


def _open_one(output: Output, item: InboxItem, fmt: str | None, output_file: Path | None) -> None:
    from reflect.homework import handin
    from reflect.ui.homework import show_handin

    if item.opened is None or item.sender is None:
        from reflect.errors import ReflectError

        raise item.failure or ReflectError(f"{_clean(item.path.name)}: {item.error}")
    doc, sender = item.opened.handin, item.sender
    if output_file is not None:
        data = _render(doc, sender, fmt or "md")
        _write_new(output, output_file.expanduser(), data)
        output.notice(f"Saved the hand-in to {output_file}.")
        if not sender.verified:
            output.notice(sender.line())
        output.notice(PLAINTEXT_COPY_WARNING)
    elif fmt == "json":
        output.json({"sender": sender.to_dict(), **doc.to_dict()})
    elif fmt == "md":
        print(handin.to_markdown(doc, _clean(sender.label())), end="")
    else:
        show_handin(output, doc, sender)


def _render(doc: Handin, sender: Sender, fmt: str) -> bytes:
    from reflect.homework import handin

    label = _clean(sender.label())
    if fmt == "json":
        return handin.to_json(doc, sender.to_dict()).encode("utf-8")
    if fmt == "pdf":
        from reflect.homework.pdf import to_pdf

        return to_pdf(doc, label)
    return handin.to_markdown(doc, label).encode("utf-8")


def _write_new(output: Output, path: Path, data: bytes) -> bool:
    """Write ``path`` unless it holds something else; then ask (or, with no terminal, refuse)."""
    import sys

    from reflect.errors import ReflectError
    from reflect.vault.files import write_output_file

    if path.is_file() and not path.is_symlink():
        if path.read_bytes() == data:
            return False
        if not sys.stdin.isatty():
            raise ReflectError(
                f"{path} already exists, so nothing was written there. Choose another name, "
                "or run this at a terminal to be asked whether to replace it."
            )
        if not confirm(f"{path} already exists. Replace it?", default=False):
            output.notice(f"Kept {path} as it was.")
            return False
    write_output_file(path, data)
    return True


def _save_all(output: Output, items: list[InboxItem], fmt: str, folder: Path) -> None:
    import sys

    from reflect.errors import ReflectError
    from reflect.homework.inbox import save_name
    from reflect.vault.files import ensure_private_dir, write_output_file

    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise ReflectError(f"{folder} is a file; with several hand-ins, -o names a folder.")
    saved, kept, failed = 0, 0, 0
    for item in items:
        if item.opened is None or item.sender is None:
            failed += 1
            output.notice(f"Not saved: {_clean(item.path.name)}: {item.error}")
            continue
        path = folder / save_name(item, fmt)
        data = _render(item.opened.handin, item.sender, fmt)
        ensure_private_dir(path.parent)
        if path.is_file() and not path.is_symlink():
            if path.read_bytes() == data:
                kept += 1
                continue
            if not (
                sys.stdin.isatty()
                and confirm(f"{path} already exists with other content. Replace it?", default=False)
            ):
                kept += 1
                output.notice(f"Kept {path} as it was (not replaced).")
                continue
        write_output_file(path, data)
        saved += 1
        output.notice(f"Saved {path}" + ("" if item.sender.verified else " (NOT verified)"))
    output.notice(f"{saved} saved, {kept} already there, {failed} could not be opened.")
    if saved:
        output.notice(PLAINTEXT_COPY_WARNING)


def _installed(ctx: typer.Context, set_id: str) -> InstalledSet | None:
    from reflect.homework import installed_sets

    return installed_sets.find(settings(ctx).home, set_id)


def _set_for(added: InstalledSet | None, set_id: str) -> PromptSet | None:
    from reflect.promptsets import find_builtin

    return added.prompt_set if added else find_builtin(set_id)


def _checked_recipient(
    ctx: typer.Context,
    journal: OpenJournal,
    added: InstalledSet | None,
    *,
    yes: bool,
    given: str | None,
) -> str | None:
    """The installed set's counselor key, if the set passes its check (rule 6 of DESIGN.md)."""
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
    counselor = _clean(added.homework.counselor if added.homework else "") or "your counselor"
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


def _handin_path(output_file: Path | None) -> Path:
    from reflect.homework.handin import neutral_name

    if output_file is None:
        return Path.cwd() / neutral_name()
    path = output_file.expanduser()
    if path.is_dir():
        return path.absolute() / neutral_name()
    return path.absolute()
