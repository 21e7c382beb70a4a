"""Homework between a counselor and a client: keygen, prompts pack/add, share, open.

Counselor: `reflect keygen` once, `reflect prompts pack SET.toml` for each assignment, and
`reflect open HANDIN.age...` (or a folder) for hand-ins. Client: `reflect prompts add SET.toml`,
`reflect start SET`, then `reflect share ENTRY`. See docs/counselors.md.

This module wires the group and holds `open`; `share` is in :mod:`reflect.cli.share_cmds`,
`prompts pack` and `prompts add` in :mod:`reflect.cli.homework_set_cmds`, `keygen` in
:mod:`reflect.cli.keygen_cmds`.

The command functions here are long because of their typer option declarations (one
``Annotated`` block per option, where its --help text lives); their bodies stay short.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from reflect import messages
from reflect.cli import homework_set_cmds, keygen_cmds, share_cmds
from reflect.cli.common import JsonFlag, PassphraseFile, confirm, settings

if TYPE_CHECKING:
    from reflect.homework.clients import ClientBook, Sender
    from reflect.homework.handin import Handin
    from reflect.homework.inbox import InboxItem
    from reflect.ui.console import Output
    from reflect.vault import age

FORMATS = ("md", "json", "pdf")


def register(app: typer.Typer, prompts_app: typer.Typer) -> None:
    keygen_cmds.register(app)
    app.command("open")(open_handins)
    app.command("share")(share_cmds.share)
    prompts_app.command("pack")(homework_set_cmds.pack)
    prompts_app.command("add")(homework_set_cmds.add)


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
    from reflect.homework import handin, inbox

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
        _show_client(output, items, client, fmt)
    elif output_file is not None:
        _save_all(output, items, fmt or "md", output_file)
    elif fmt == "json":
        output.json([inbox.row(i) for i in items])
    else:
        from reflect.ui.homework import show_inbox

        show_inbox(output, items)


def _show_client(output: Output, items: list[InboxItem], client: str, fmt: str | None) -> None:
    from reflect.errors import UsageError
    from reflect.homework import inbox
    from reflect.ui.homework import show_history

    mine = inbox.of_client(items, client)
    if not mine:
        raise UsageError(f"No verified hand-ins from {client!r} among these files.")
    if fmt == "json":
        output.json([inbox.row(i) for i in mine])
    else:
        show_history(output, mine[0].sender.name if mine[0].sender else client, mine)


def _counselor_keys(
    ctx: typer.Context, identity: Path | None, passphrase_file: Path | None
) -> tuple[list[age.Identity], ClientBook]:
    from reflect.homework import counselor_key as counselor_keys
    from reflect.homework.clients import ClientBook
    from reflect.ui.passphrase import PassphrasePrompt

    home = settings(ctx).home
    key_path = identity.expanduser() if identity else counselor_keys.find_default_key(home)
    if key_path is None:
        raise counselor_keys.lost_key(counselor_keys.default_key_path(home))
    key = counselor_keys.load(key_path, PassphrasePrompt(passphrase_file))
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
        output.notice(messages.PLAINTEXT_COPY_WARNING)
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
        output.notice(messages.PLAINTEXT_COPY_WARNING)


def _clean(text: str) -> str:
    from reflect.untrusted import clean_line

    return clean_line(text)
