"""The writing area: a multi-line text box that wraps at word boundaries, in memory only.

prompt_toolkit wraps long lines at the last column, in the middle of a word ("Dece" /
"mber 2016"), and has no word wrap of its own (prompt-toolkit issue #1648). :class:`WordWrap`
is an input processor that pads a row with spaces before a word that would cross the edge,
so the character wrap falls between words; the text itself is never changed, and the cursor
mapping accounts for the padding. The question is printed above the box by rich (which wraps
it at words too), so nothing in the box's own line can push the text off screen.

When the person is done the box is erased and their answer is printed again by rich,
wrapped at words at the terminal's width, so the transcript reads as cleanly as the box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from reflect.ui import interrupts

if TYPE_CHECKING:
    from prompt_toolkit.layout.processors import Transformation, TransformationInput
    from rich.console import Console

GUTTER = "› "


@dataclass(frozen=True)
class Written:
    """How the person left the box: done, back or help, and the text as it stood."""

    action: Literal["done", "back", "help"]
    text: str


class StoppedWriting(KeyboardInterrupt):
    """Ctrl-C in the box; carries what was typed so far so it can be kept in the draft."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


def wrap_points(cells: list[int], width: int) -> dict[int, int]:
    """Where to pad one line of text so it wraps between words: {char index: spaces before it}.

    ``cells`` holds each character's display width, with 0 standing for a space (a break
    opportunity; it still takes one column). A word longer than the row is left to the
    character wrap: nothing can be done for it.
    """
    pads: dict[int, int] = {}
    col = 0
    i = 0
    n = len(cells)
    while i < n:
        if cells[i] == 0:  # a space
            col = 1 if col + 1 > width else col + 1
            i += 1
            continue
        end = i
        while end < n and cells[end] != 0:
            end += 1
        word = sum(cells[i:end])
        # A space after the word must fit on the row too, or it would open the next row.
        need = word + 1 if end < n else word
        if col > 0 and col + need > width and need <= width:
            pads[i] = width - col
            col = 0
        for cell in cells[i:end]:
            col = cell if col + cell > width else col + cell
        i = end
    return pads


def _word_wrap_processor() -> Any:
    from prompt_toolkit.formatted_text.utils import fragment_list_to_text
    from prompt_toolkit.layout.processors import Processor, Transformation
    from prompt_toolkit.utils import get_cwidth

    class WordWrap(Processor):
        def apply_transformation(self, ti: TransformationInput) -> Transformation:
            from prompt_toolkit.layout.utils import explode_text_fragments

            width = ti.width
            fragments = explode_text_fragments(ti.fragments)
            text = fragment_list_to_text(fragments)
            if width < 2 or get_cwidth(text) <= width:
                return Transformation(ti.fragments)
            cells = [0 if c == " " else max(get_cwidth(c), 1) for c in text]
            pads = wrap_points(cells, width)
            if not pads:
                return Transformation(ti.fragments)
            result: list[Any] = []
            for index, fragment in enumerate(fragments):
                if index in pads:
                    result.append((fragment[0], " " * pads[index]))
                result.append(fragment)
            starts = sorted(pads)

            def to_display(i: int) -> int:
                return i + sum(pads[s] for s in starts if s <= i)

            def to_source(d: int) -> int:
                shift = 0
                for s in starts:
                    if d < s + shift:
                        break
                    if d < s + shift + pads[s]:
                        return s  # inside the padding: the word it makes room for
                    shift += pads[s]
                return d - shift

            return Transformation(result, to_display, to_source)

    return WordWrap()


def _gutter_margin() -> Any:
    from prompt_toolkit.layout.margins import Margin

    class Gutter(Margin):
        """ "› " on the first row of the answer, two spaces beside every other row."""

        def get_width(self, get_ui_content: Any) -> int:
            return len(GUTTER)

        def create_margin(self, window_render_info: Any, width: int, height: int) -> Any:
            rows = window_render_info.displayed_lines
            result: list[tuple[str, str]] = []
            for number, line in enumerate(rows):
                first = line == 0 and (number == 0 or rows[number - 1] != 0)
                result.append(("class:gutter", GUTTER if first else " " * len(GUTTER)))
                result.append(("", "\n"))
            return result

    return Gutter()


def _writing_keys(buffer: Any, *, allow_back: bool, allow_help: bool) -> Any:
    """Esc then Enter finishes; Ctrl-B goes back, Ctrl-T asks for help (when allowed); Ctrl-C
    stops with the text so far; Ctrl-D on an empty box is the end of input."""
    from prompt_toolkit.key_binding import KeyBindings

    keys = KeyBindings()

    @keys.add("escape", "enter")
    @keys.add("escape", "c-j")
    def _done(event: Any) -> None:
        event.app.exit(result=Written("done", buffer.text))

    if allow_back:

        @keys.add("c-b")
        def _back(event: Any) -> None:
            event.app.exit(result=Written("back", buffer.text))

    if allow_help:

        @keys.add("c-t")
        def _help(event: Any) -> None:
            event.app.exit(result=Written("help", buffer.text))

    @keys.add("c-c")
    def _stop(event: Any) -> None:
        event.app.exit(exception=StoppedWriting(buffer.text))

    interrupts.bind(keys, _stop)  # Ctrl-C pressed as the box was coming up

    @keys.add("c-d")
    def _eof(event: Any) -> None:
        if not buffer.text:  # as in a shell: Ctrl-D on an empty box is the end of input
            event.app.exit(exception=StoppedWriting(""))
        else:
            buffer.delete()

    return keys


def write(
    default: str = "", *, allow_back: bool = True, allow_help: bool = False, echo: Console
) -> Written:
    """Let the person write; returns when they finish (Esc then Enter) or go back (Ctrl-B).

    Raises :class:`StoppedWriting` (a KeyboardInterrupt) on Ctrl-C with the text so far.
    """
    from prompt_toolkit.application import Application
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.layout import HSplit, Layout, Window
    from prompt_toolkit.layout.controls import BufferControl

    interrupts.raise_if_lost()
    buffer = Buffer(multiline=True, document=None)
    buffer.text = default
    buffer.cursor_position = len(default)
    box = Window(
        BufferControl(buffer, input_processors=[_word_wrap_processor()]),
        wrap_lines=True,
        left_margins=[_gutter_margin()],
        dont_extend_height=True,
    )
    app: Application[Written] = Application(
        layout=Layout(HSplit([box])),
        key_bindings=_writing_keys(buffer, allow_back=allow_back, allow_help=allow_help),
        erase_when_done=True,
        mouse_support=False,
    )
    try:
        result = app.run()
    except StoppedWriting as stopped:
        show_written(echo, stopped.text)
        raise
    show_written(echo, result.text if result.action == "done" else buffer.text)
    return result


def show_written(console: Console, text: str) -> None:
    """The answer as it stays on screen: wrapped at words, beside the same "› " gutter."""
    from rich.table import Table
    from rich.text import Text

    from reflect.untrusted import clean

    grid = Table.grid()
    grid.add_column(width=len(GUTTER), no_wrap=True)
    grid.add_column(overflow="fold")
    if text.strip():
        grid.add_row(Text(GUTTER, style="bold"), Text(clean(text).strip("\n")))
    else:
        grid.add_row(Text(GUTTER, style="bold"), Text("(nothing written)", style="dim"))
    # One column less than the box's row: the same breaks as the box (a word there must leave
    # room for the space after it).
    console.print(grid, width=max(console.width - 1, 20))
