"""The `reflect` command. Thin: parse arguments, call the core, show the result.

Only typer is imported at start-up; every command imports what it needs when it runs, so that
`reflect --help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from reflect import __version__
from reflect.cli import (
    agent_cmds,
    counselor_cmds,
    journal_cmds,
    prompts_cmds,
    session_cmds,
    story_cmds,
    vault_cmds,
)
from reflect.cli.common import Settings

app = typer.Typer(
    name="reflect",
    help=(
        "Guided, private self-reflection. Run `reflect` on its own to start the questions; "
        "your answers stay encrypted on this computer."
    ),
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(vault_cmds.app, name="vault")
app.add_typer(prompts_cmds.app, name="prompts")
session_cmds.register(app)
journal_cmds.register(app)
story_cmds.register(app)
counselor_cmds.register(app, prompts_cmds.app)
agent_cmds.register(app)


def _version(value: bool) -> None:
    if value:
        print(f"reflect {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    home: Annotated[
        Path | None,
        typer.Option(
            "--home",
            help="Use this vault folder (default: $REFLECT_HOME, else your data folder).",
            show_default=False,
        ),
    ] = None,
    plain: Annotated[
        bool, typer.Option("--plain", help="Plain output for screen readers: no colour, no boxes.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    from reflect.paths import default_home
    from reflect.ui.console import Output

    ctx.obj = Settings(
        home=(home.expanduser() if home else default_home()), output=Output(plain=plain)
    )
    if ctx.invoked_subcommand is None:
        from reflect.vault import Vault

        settings = ctx.obj
        if Vault.exists(settings.home) and Vault.open(settings.home).file_count("entries"):
            from reflect.cli.home import run_home

            run_home(ctx)  # a journal to come back to: the home screen
        else:  # a first visit: the guided reflection (it offers to create the vault)
            session_cmds.start_session(ctx, None, resume=False, passphrase_file=None)


def main() -> None:
    """Run the CLI; every failure becomes one line on stderr and a documented exit code."""
    from reflect.errors import ExitCode, ReflectError
    from reflect.ui.console import wrap
    from reflect.ui.interrupts import remember_lost_ones
    from reflect.untrusted import clean

    try:
        with remember_lost_ones():  # a Ctrl-C that lands in a finaliser still stops
            result = app(prog_name="reflect", standalone_mode=False)
    except ReflectError as error:
        # Messages can carry file names and text from files: never raw on the terminal.
        print(wrap(clean(f"reflect: {error}"), sys.stderr), file=sys.stderr)
        sys.exit(error.exit_code)
    except (KeyboardInterrupt, typer.Abort, EOFError):
        print("\nreflect: interrupted; nothing was lost.", file=sys.stderr)
        sys.exit(ExitCode.INTERRUPTED)
    except typer.TyperException as error:  # usage errors: typer prints them with a hint
        show = getattr(error, "show", None)
        if callable(show):
            show()
        else:
            print(f"reflect: {error.format_message()}", file=sys.stderr)
        sys.exit(error.exit_code)
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(clean(f"reflect: {error.strerror or error}{where}"), file=sys.stderr)
        sys.exit(ExitCode.FAILED)
    code = result if isinstance(result, int) else 0
    if code == ExitCode.INTERRUPTED:  # typer turns a stray Ctrl-C into a silent exit 130
        print("\nreflect: interrupted; nothing was lost.", file=sys.stderr)
    sys.exit(code)
