"""Ctrl-C that is never lost and never shows a traceback.

Ctrl-C reaches reflect in two ways. While a question is on screen the terminal is in raw
mode, so it arrives as a key, which every question binds. Between questions (while an answer
is echoed or a draft saved) it arrives as SIGINT and Python raises KeyboardInterrupt wherever
the program happens to be. Two places would lose it:

- inside a finaliser (garbage collection running a ``__del__``): Python cannot raise there,
  so it prints "Exception ignored in ..." with a traceback and carries on as if nothing had
  been pressed;
- while a question's event loop is starting, before the terminal is in raw mode:
  prompt_toolkit turns the signal into a ``<sigint>`` key, which it ignores unless bound.

:func:`remember_lost_ones` catches the first kind and keeps it: it stops the question that is
up, or :func:`raise_if_lost` stops the session at the next question. :func:`bind` gives a
question's key bindings the second kind, as the Ctrl-C it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_lost = 0


def _is_interrupt(unraisable: Any) -> bool:
    kind = getattr(unraisable, "exc_type", None)
    return isinstance(kind, type) and issubclass(kind, KeyboardInterrupt)


def _stop_running_question() -> None:
    """Hand a lost Ctrl-C to the question on screen, if there is one; its ``<sigint>`` binding
    stops it as the person meant."""
    if "prompt_toolkit" not in sys.modules:
        return
    from prompt_toolkit.application.current import get_app_or_none

    app = get_app_or_none()
    if app is not None and app.is_running and app.loop is not None:
        app.loop.call_soon_threadsafe(app.key_processor.send_sigint)


@contextmanager
def remember_lost_ones() -> Iterator[None]:
    """While inside, a Ctrl-C swallowed by a finaliser is counted, never printed."""
    global _lost
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        global _lost
        if not _is_interrupt(unraisable):
            previous(unraisable)
            return
        _lost += 1
        _stop_running_question()

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous
        _lost = 0


def raise_if_lost() -> None:
    """Raise the KeyboardInterrupt a finaliser swallowed since the last call, if any."""
    global _lost
    if _lost:
        _lost = 0
        raise KeyboardInterrupt


def _interrupt(event: Any) -> None:
    event.app.exit(exception=KeyboardInterrupt, style="class:aborting")


def bind(keys: Any, action: Callable[[Any], None] = _interrupt) -> None:
    """Bind ``<sigint>`` (a Ctrl-C that came as a signal while the question was starting) to
    ``action``, by default what Ctrl-C does in a questionary prompt."""
    keys.add("<sigint>", eager=True)(action)


def guard(question: Any) -> Any:
    """A questionary question about to be asked, whose ``<sigint>`` is the Ctrl-C it stands
    for; returns it. A Ctrl-C lost before it raises here instead of letting it come up."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    raise_if_lost()
    extra = KeyBindings()
    bind(extra)
    application = getattr(question, "application", None)
    if application is None:  # not a prompt_toolkit question: nothing to bind
        return question
    own = application.key_bindings
    application.key_bindings = merge_key_bindings([own, extra]) if own is not None else extra
    return question
