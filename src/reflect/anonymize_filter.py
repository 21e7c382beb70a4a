"""`reflect anonymize` as a filter, without building the command tree (no typer, no rich).

`reflect anonymize` is a filter people pipe text through, so its start-up is most of its cost
(docs/architecture.md budgets it at 2.5x `python -c "import typer"`). `entry.py` hands the plain forms
(`anonymize`, `anonymize FILE`, `anonymize -`, each with or without `--json`) straight to
:func:`run`; anything else (`--help`, `--redact`, a root option) goes through typer, whose
command calls the same :func:`run`. No typer, no rich, no pydantic here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def read_input(source: str) -> str:
    from reflect.errors import ReflectError

    try:
        if source == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as file:  # (no pathlib: start-up is this filter's cost)
                raw = file.read()
    except OSError as exc:
        raise ReflectError(f"Cannot read {source}: {exc.strerror}.") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReflectError(f"{source} is not UTF-8 text (byte offset {exc.start}).") from None


def _for_the_screen(text: str) -> str:
    """On a terminal (not a pipe) the text is read, not passed on: lines wrap at words, never
    mid-word at the edge (its control characters were removed before it was anonymized)."""
    from reflect.ui.console import wrap

    shown = wrap(text, sys.stdout)
    return shown if shown.endswith("\n") else shown + "\n"


def run(source: str, json_output: bool, redact: Sequence[str] = ()) -> None:
    """Anonymize ``source`` (a path or "-") to stdout, as text or as JSON."""
    from reflect.anonymize import anonymize

    text = read_input(source)
    on_screen = not json_output and sys.stdout.isatty()
    if on_screen:
        from reflect.untrusted import clean

        text = clean(text)  # before anonymizing: a sequence's digits are no "[number removed]"
    result = anonymize(text, always_redact=redact, risks=json_output)
    if not json_output:
        sys.stdout.write(_for_the_screen(result.text) if on_screen else result.text)
        return
    import json
    from dataclasses import asdict

    document = {
        "text": result.text,
        "findings": [asdict(f) for f in result.findings],
        # What may still identify someone: words, numbers, and phrases that single a person
        # out without naming her ("the only woman on the crew").
        "residual_risks": [
            {
                "text": risk.word,
                "kind": risk.kind,
                "reason": risk.reason,
                "suggestion": risk.suggestion,
            }
            for risk in result.residual_risks
        ],
    }
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def plain_form(args: Sequence[str]) -> tuple[str, bool] | None:
    """(source, --json) when ``args`` (after "anonymize") is a form handled here, else None."""
    json_output = "--json" in args
    rest = [a for a in args if a != "--json"]
    if len(rest) > 1 or args.count("--json") > 1:
        return None
    source = rest[0] if rest else "-"
    if source != "-" and source.startswith("-"):
        return None  # an option: typer parses it (and explains a wrong one)
    return source, json_output


def main(args: Sequence[str]) -> bool:
    """Run the plain forms; False when typer should handle ``args`` instead."""
    form = plain_form(args)
    if form is None:
        return False
    from reflect.errors import ReflectError

    try:
        run(*form)
    except ReflectError as error:
        from reflect.ui.console import wrap

        print(wrap(f"reflect: {error}", sys.stderr), file=sys.stderr)
        sys.exit(error.exit_code)
    except BrokenPipeError:  # `reflect anonymize story.txt | head`
        sys.stderr.close()
    return True
