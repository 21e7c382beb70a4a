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
    from reflect.homework import installed_sets
    from reflect.promptsets import builtin_sets
    from reflect.untrusted import clean_line

    home = settings(ctx).home
    added, broken = installed_sets.installed(home)
    rows: list[dict[str, object]] = [
        {
            "id": s.id,
            "title": s.prompt_set.title,
            "version": s.version,
            "steps": len(s.prompt_set.steps),
            "source": s.source,
            "due": s.due.isoformat() if s.due else None,
        }
        for s in added
    ]
    shadowed = {s.id for s in added}
    rows += [
        {
            "id": s.id,
            "title": s.title,
            "version": s.info.version,
            "steps": len(s.steps),
            "source": "built-in",
            "due": None,
        }
        for s in builtin_sets()
        if s.id not in shadowed
    ]
    if status:
        journal = unlock(ctx, passphrase_file)
        for row in rows:
            runs = journal.list_entries(set_id=str(row["id"]))
            row["runs"] = len(runs)
            row["complete"] = any(r.get("status") == "complete" for r in runs)
    for bad in broken:
        settings(ctx).output.notice(f"Could not read {bad.path}: {bad.reason}")
    if json_output:
        settings(ctx).output.json(rows)
        return
    for row in rows:
        due = f"  due {row['due']}" if row["due"] else ""
        done = ""
        if status:
            done = (
                "  done"
                if row["complete"]
                else "  not finished"
                if row["runs"]
                else "  not started"
            )
        # Titles and counselor names come from files anyone may have sent: shown cleaned.
        print(
            clean_line(
                f"{row['id']}  v{row['version']}  {row['steps']} steps  {row['source']}{due}{done}  {row['title']}"
            )
        )


@app.command("show")
def show(
    ctx: typer.Context, set_ref: Annotated[str, typer.Argument(help="A set id or a .toml file.")]
) -> None:
    """Every step of a set, with its id, kind and when it is shown."""
    from reflect.cli.session_cmds import find_set
    from reflect.promptsets import describe_when

    prompt_set = find_set(settings(ctx).home, set_ref)
    info = prompt_set.info
    print(f"{prompt_set.title} ({prompt_set.id}, version {info.version}) by {info.author}")
    if info.source:
        print(f"Source: {info.source}")
    if info.homework:
        hw = info.homework
        due = f", due {hw.due}" if hw.due else ""
        print(
            f"Homework from {hw.counselor or 'a counselor'}{due}: hand in to {hw.recipient or '(no recipient)'}"
        )
    for number, step in enumerate(prompt_set.steps, start=1):
        when = f"  ({describe_when(step.when, prompt_set)})" if step.when else ""
        print(f"\n{number:>2}. {step.id} ({step.kind}){when}")
        for line in step.text.splitlines():
            print(f"    {line}")
        if step.choices:
            print("    choices: " + " | ".join(step.choices))
        if step.kind == "scale":
            print(f"    scale: {step.min} to {step.max}")


@app.command("validate")
def validate(
    file: Annotated[Path, typer.Argument(help="The .toml file to check.", dir_okay=False)],
) -> None:
    """Check a question set and report every problem by step and field (exit 1 if any)."""
    from reflect.errors import ExitCode, ReflectError
    from reflect.promptsets import load_set, starter_placeholders, validate_file
    from reflect.ui.authoring import show_validation

    if not file.is_file():
        raise ReflectError(f"There is no file {file}.")
    problems = validate_file(file)
    prompt_set = None if problems else load_set(file)
    placeholders = [] if problems else starter_placeholders(file.read_text(encoding="utf-8"))
    show_validation(str(file), problems, prompt_set, placeholders)
    if problems:
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
