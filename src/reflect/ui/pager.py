"""Long views (an entry, then and now) in a pager that writes nothing to disk.

The text is rendered here, wrapped at words to the terminal's width, and piped to `less`, which
keeps a pipe's text in memory. The person's own pager settings are not used: $PAGER could name
a program that writes a swap or cache file, and `less` itself keeps a history file and can save
or log what it shows. So `less` runs with a clean set of options, no history file
(LESSHISTFILE=-), in secure mode (LESSSECURE=1: no saving, logging, editing or shell), and
without input preprocessors or key files of the person's. Without `less`, or without a terminal,
or in plain mode (screen readers), the text is simply printed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reflect.ui.console import Output

if TYPE_CHECKING:
    from rich.console import RenderableType

HINT = "Arrows, Space and b scroll; q goes back"
LESS_OPTIONS = [
    "-R",  # keep the colours rich wrote
    "-K",  # Ctrl-C leaves the pager
    "-~",  # no tildes below a short text
    "-c",  # paint from the top, so a short text starts at the top of the screen
    f"-Ps{HINT}$",
]
# Whatever the person's environment says, these hold while the pager runs.
LESS_ENV = {
    "LESSHISTFILE": "-",
    "LESSSECURE": "1",
    "LESS": "",
    "LESSKEYIN": os.devnull,
    "LESSKEYIN_SYSTEM": os.devnull,
    "LESSKEY": os.devnull,
    "LESSKEY_SYSTEM": os.devnull,
}
DROPPED_ENV = ("LESSOPEN", "LESSCLOSE", "LESSEDIT", "LESSSECURE_ALLOW", "VISUAL", "EDITOR")


def less_command() -> list[str] | None:
    found = shutil.which("less")
    return [found, *LESS_OPTIONS] if found else None


def less_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env.update(LESS_ENV)
    return env


def render(renderables: Sequence[RenderableType], *, width: int, colour: bool) -> str:
    """The views as terminal text, wrapped at words to ``width``."""
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        color_system="standard" if colour else None,
        highlight=False,
        emoji=False,
    )
    for renderable in renderables:
        console.print(renderable)
    return buffer.getvalue()


def page(output: Output, renderables: Sequence[RenderableType], plain_lines: Sequence[str]) -> None:
    """Show a long view: in `less` at a terminal, else printed (``plain_lines`` in plain mode)."""
    if output.plain:
        from reflect.ui.journal import print_plain

        print_plain(plain_lines)
        return
    command = less_command()
    if command is None or not sys.stdout.isatty():
        for renderable in renderables:
            output.out.print(renderable)
        return
    width = shutil.get_terminal_size().columns
    text = render(renderables, width=width, colour=not os.environ.get("NO_COLOR"))
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C in the pager means: back
        subprocess.run(command, input=text.encode("utf-8"), env=less_environment(), check=False)
