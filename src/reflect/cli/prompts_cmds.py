"""`reflect prompts ...`: see, check and write question sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reflect.cli.common import JsonFlag, PassphraseFile, settings, unlock

app = typer.Typer(help="See, check and write question sets.", no_args_is_help=True)


@app.command("list")
def list_sets(
    ctx: typer.Context,
    status: Annotated[
        bool,
        typer.Option(
            "--status",
            help="Also show, per set, whether you finished a run (asks for the passphrase).",
        ),
    ] = False,
    json_output: JsonFlag = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """The question sets you can start with `reflect start SET`: added ones, then built-in."""
    from reflect.guide.catalog import count_runs, set_listings
    from reflect.homework import installed_sets
    from reflect.promptsets import builtin_sets
    from reflect.ui.set_list import show_set_list

    added, broken = installed_sets.installed(settings(ctx).home)
    listings = set_listings(added, builtin_sets())
    if status:
        journal = unlock(ctx, passphrase_file)
        count_runs(listings, lambda set_id: journal.list_entries(set_id=set_id))
    output = settings(ctx).output
    show_set_list(output, listings, broken, status=status, as_json=json_output)


@app.command("show")
def show(
    ctx: typer.Context, set_ref: Annotated[str, typer.Argument(help="A set id or a .toml file.")]
) -> None:
    """Every step of a set, with its id, kind and when it is shown."""
    from reflect.cli.session_cmds import find_set
    from reflect.ui.set_list import show_set

    show_set(find_set(settings(ctx).home, set_ref))


@app.command("validate")
def validate(
    file: Annotated[Path, typer.Argument(help="The .toml file to check.", dir_okay=False)],
) -> None:
    """Check a question set and report every problem by step and field (exit 1 if any)."""
    from reflect.errors import ExitCode
    from reflect.promptsets import check_file
    from reflect.ui.authoring import show_validation

    checked = check_file(file)
    show_validation(str(file), checked.problems, checked.prompt_set, checked.placeholders)
    if checked.problems:
        raise typer.Exit(ExitCode.FAILED)


@app.command("new")
def new(
    file: Annotated[
        Path, typer.Argument(help="Where to write the starter file.", dir_okay=False)
    ] = Path("my-questions.toml"),
) -> None:
    """Write a commented starter question set to edit."""
    from reflect.errors import ReflectError
    from reflect.promptsets import shell_quote, starter_text

    if file.exists():
        raise ReflectError(f"{file} already exists; choose another name or move it first.")
    file.write_text(starter_text(), encoding="utf-8")
    name = shell_quote(str(file))
    print(f"Wrote {file}. Edit it, then check it with `reflect prompts validate {name}`")
    print(f"and try it with `reflect start {name}`.")
