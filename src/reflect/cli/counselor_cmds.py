"""Homework between a counselor and a client: keygen, prompts pack/add, share, open.

Counselor: `reflect keygen` once, `reflect prompts pack SET.toml` for each assignment, and
`reflect open HANDIN.age` for each hand-in. Client: `reflect prompts add SET.toml`, `reflect
start SET`, then `reflect share ENTRY`. See docs/counselors.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect.cli.common import (
    JsonFlag,
    PassphraseFile,
    confirm,
    confirm_weak,
    iso_day,
    require_terminal,
    settings,
    unlock,
)

if TYPE_CHECKING:
    from reflect.handin import Handin
    from reflect.ui.console import Output

YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]

PLAINTEXT_COPY_WARNING = (
    "This copy is NOT encrypted: anyone who can open the file can read the answers. "
    "Keep it somewhere private and delete it when you no longer need it."
)


def show_handin(output: Output, doc: Handin) -> None:
    """The hand-in on screen, answer by answer. Answer text is shown as text, never markup."""
    from rich.text import Text

    from reflect.handin import byline

    out = output.out
    out.print(Text(doc.title, style="bold"))
    out.print(Text(byline(doc), style="dim"))
    for answer in doc.answers:
        out.print()
        out.print(Text(answer.prompt, style="bold"))
        value = answer.shown_value()
        out.print(Text(value, style="dim italic" if value == "(skipped)" else ""))


def register(app: typer.Typer, prompts_app: typer.Typer) -> None:
    @app.command("keygen")
    def keygen(
        ctx: typer.Context,
        output_file: Annotated[
            Path | None,
            typer.Option(
                "--output",
                "-o",
                help="Where to keep the key (default: counselor-key.age in your reflect folder).",
                dir_okay=False,
            ),
        ] = None,
        no_passphrase: Annotated[
            bool,
            typer.Option(
                "--no-passphrase",
                help="Do not protect the key with a passphrase (anyone who copies it can read hand-ins).",
            ),
        ] = False,
        passphrase_file: PassphraseFile = None,
    ) -> None:
        """Counselors: make your key pair for receiving homework. Prints the public key to give clients."""
        from reflect import counselor_keys, passphrase
        from reflect.errors import ReflectError

        home = settings(ctx).home
        output = settings(ctx).output
        if output_file is None:
            for candidate in (counselor_keys.KEY_NAME, counselor_keys.PLAIN_KEY_NAME):
                counselor_keys.refuse_existing(home / candidate)
            path = counselor_keys.default_key_path(home, protected=not no_passphrase)
        else:
            path = output_file.expanduser()
            counselor_keys.refuse_existing(path)
        secret: str | None = None
        if not no_passphrase:
            if passphrase.non_interactive(passphrase_file) is None and not passphrase.can_prompt():
                raise ReflectError(
                    "No terminal to ask for a passphrase for your key: use --passphrase-file, "
                    f"{passphrase.FILE_ENV}, or --no-passphrase."
                )
            output.notice(
                "Your key will be protected by a passphrase. You will type it each time you "
                "open a hand-in."
            )
            secret = passphrase.new_passphrase(passphrase_file, confirm_weak)
        identity = counselor_keys.create(path, secret)
        protection = "protected by your passphrase" if secret else "NOT protected by a passphrase"
        output.notice(f"Your key is saved in {path} ({protection}).")
        output.notice(
            "Keep it, and its passphrase, safe: without them no hand-in can be opened, and "
            "nobody can recover them. Do not send this file to anyone."
        )
        output.notice("Your public key is below. It is safe to share: give it to your clients.")
        print(identity.recipient)

    @app.command("open")
    def open_handin(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(help="The hand-in file (handin-….age).")],
        identity: Annotated[
            Path | None,
            typer.Option(
                "--identity",
                "-i",
                help="Your key file (default: the one `reflect keygen` made).",
                dir_okay=False,
            ),
        ] = None,
        fmt: Annotated[
            str | None,
            typer.Option("--format", "-f", help="md or json: print (or save) in this format."),
        ] = None,
        json_output: JsonFlag = False,
        output_file: Annotated[
            Path | None,
            typer.Option("--output", "-o", help="Save to this file (not encrypted) instead."),
        ] = None,
        passphrase_file: PassphraseFile = None,
    ) -> None:
        """Counselors: read a client's hand-in."""
        from reflect import counselor_keys, handin
        from reflect.errors import ReflectError
        from reflect.vault.files import atomic_write

        if json_output:
            fmt = "json"
        if fmt not in (None, "md", "json"):
            raise typer.BadParameter("choose md or json", param_hint="--format")
        output = settings(ctx).output
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise ReflectError(f"There is no file {file}.") from None
        except IsADirectoryError:
            raise ReflectError(f"{file} is a folder; name a hand-in file inside it.") from None
        handin.check_looks_like_handin(data, file.name)
        key_path = identity.expanduser() if identity else None
        if key_path is None:
            key_path = counselor_keys.find_default_key(settings(ctx).home)
        if key_path is None:
            raise ReflectError(
                f"No counselor key in {settings(ctx).home}. Make one with `reflect keygen`, or "
                "name yours with --identity FILE."
            )
        key = counselor_keys.load(key_path, passphrase_file)
        doc = handin.open_handin(data, key, file.name)
        if output_file is not None:
            text = handin.to_json(doc) if fmt == "json" else handin.to_markdown(doc)
            atomic_write(output_file.expanduser().resolve(), text.encode("utf-8"))
            output.notice(f"Saved the hand-in to {output_file}.")
            output.notice(PLAINTEXT_COPY_WARNING)
        elif fmt == "json":
            output.json(doc.to_dict())
        elif fmt == "md":
            print(handin.to_markdown(doc), end="")
        else:
            show_handin(output, doc)

    @app.command("share")
    def share(
        ctx: typer.Context,
        entry_id: Annotated[str, typer.Argument(help="The entry's id, or any unique start of it.")],
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
        name: Annotated[
            str | None,
            typer.Option("--name", help="The name your counselor sees (a pseudonym is fine)."),
        ] = None,
        yes: YesFlag = False,
        passphrase_file: PassphraseFile = None,
    ) -> None:
        """Hand in an entry's answers to your counselor, encrypted so only they can read them."""
        from reflect import handin, installed_sets
        from reflect.errors import ReflectError, UsageError
        from reflect.prompts import find_builtin
        from reflect.vault.files import atomic_write

        output = settings(ctx).output
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
        entry = journal.get(entry_id)
        added = installed_sets.find(settings(ctx).home, entry.set_id)
        from_set = added.recipient if added else None
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
        who = counselor or "your counselor"
        whose_key = f"{who}'s key"
        if to and from_set and to != from_set:
            output.notice(
                f"Note: the set names {from_set} as {who}'s key; handing in to {to} instead, "
                "as you asked with --to."
            )
            who, whose_key = "the owner of that key", "that key"
        builtin = find_builtin(entry.set_id)
        title = added.prompt_set.title if added else (builtin.title if builtin else None)
        omitted = list(omit or [])
        doc = handin.build(entry, omit=omitted, display_name=name, set_title=title)
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
                    (a.step, f"{a.prompt[:60]}  [{a.shown_value()[:20]}]") for a in remaining
                ]
                omitted += checkbox("Choose the answers to leave out (space to mark):", choices)
            doc = handin.build(entry, omit=omitted, display_name=name, set_title=title)
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
        atomic_write(target, handin.seal(doc, recipient))
        output.notice(
            f"Handed in: {target}. Only {whose_key} can open it, so you can send it any way "
            "you agreed (email, a USB stick, a shared folder). Your journal is unchanged."
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
    ) -> None:
        """Counselors: stamp a question set with your key, a due date and a note, ready to give."""
        import datetime as dt

        from reflect import counselor_keys, handin
        from reflect.errors import UsageError
        from reflect.prompts import PromptSetError, load_set, validate_text
        from reflect.vault.files import atomic_write

        output = settings(ctx).output
        due_day = iso_day(due, "--due")
        prompt_set = load_set(file)
        if to is None:
            key = counselor_keys.find_default_key(settings(ctx).home)
            to = counselor_keys.read_public_key(key) if key else None
            if to is None:
                raise UsageError(
                    "Whose key should the answers go to? Add --to with your public key "
                    "(age1…), or make one first with `reflect keygen`."
                )
        recipient = handin.check_recipient(to)
        old = prompt_set.info.homework
        homework: dict[str, object] = {
            "counselor": counselor if counselor is not None else (old.counselor if old else ""),
            "contact": contact if contact is not None else (old.contact if old else ""),
            "recipient": recipient,
            "due": due_day if due is not None else (old.due if old else None),
            "note": note if note is not None else (old.note if old else ""),
        }
        text = file.read_text(encoding="utf-8")
        stamped = handin.stamp_homework(text, homework)
        problems = validate_text(stamped)
        if problems:
            raise PromptSetError(str(file), problems)
        target = (output_file or _packed_path(file)).expanduser()
        atomic_write(target.resolve(), stamped.encode("utf-8"))
        output.notice(
            f"Ready: {target}. Give this file to your client; they add it with "
            f"`reflect prompts add {target.name}` and start it with "
            f"`reflect start {prompt_set.id}`."
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
    ) -> None:
        """Add a question set (for example homework from your counselor) to your sets."""
        from reflect import installed_sets
        from reflect.installed_sets import Change
        from reflect.prompts import find_builtin

        output = settings(ctx).output
        home = settings(ctx).home
        plan = installed_sets.plan_add(home, file)
        info = plan.prompt_set.info
        label = f"'{info.title}' ({info.id}, version {info.version})"
        if plan.change is Change.SAME:
            output.notice(f"You already have {label}; nothing changed.")
            return
        if plan.change is Change.UPGRADE and plan.current is not None:
            question = (
                f"Replace version {plan.current.version} of '{info.id}' with version "
                f"{info.version}? Answers you gave before stay in your journal."
            )
            if not yes:
                require_terminal("add --yes to replace it without being asked.")
                if not confirm(question, default=True):
                    output.notice("Nothing was changed.")
                    return
        installed_sets.install(home, plan)
        verb = "Updated" if plan.change is Change.UPGRADE else "Added"
        output.notice(f"{verb} {label}. Start it with: reflect start {info.id}")
        if find_builtin(info.id) is not None:
            output.notice(f"It is used instead of the built-in set called '{info.id}'.")
        homework = info.homework
        if homework is not None:
            who = homework.counselor or "your counselor"
            due_text = f", due {homework.due:%Y-%m-%d}" if homework.due else ""
            output.notice(f"This is homework from {who}{due_text}.")
            if homework.recipient:
                output.notice(
                    f"When you are done, `reflect share ENTRY` hands your answers in, encrypted "
                    f"so only {who} can read them. You choose what to include."
                )


def _packed_path(source: Path) -> Path:
    stem = source.stem
    name = f"{stem}.toml" if stem.endswith("-homework") else f"{stem}-homework.toml"
    return source.with_name(name)


def _handin_path(output_file: Path | None) -> Path:
    from reflect.handin import neutral_name

    if output_file is None:
        return Path.cwd() / neutral_name()
    path = output_file.expanduser()
    if path.is_dir():
        return path.resolve() / neutral_name()
    return path.resolve()
