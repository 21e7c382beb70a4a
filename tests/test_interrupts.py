"""A Ctrl-C is never lost: not in a finaliser, not while a question is coming up.

Each test here fails when its protection is removed: without the unraisable hook the
finaliser's KeyboardInterrupt is printed and forgotten; without the ``<sigint>`` binding a
signal that lands while a menu starts is ignored and the menu answers Enter instead.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import DummyOutput

from reflect.ui import interrupts


class _InterruptedFinaliser:
    """Stands for any object whose ``__del__`` is running when the person presses Ctrl-C."""

    def __del__(self) -> None:
        raise KeyboardInterrupt


def _finalise_one() -> None:
    thing = _InterruptedFinaliser()
    del thing
    gc.collect()


def test_a_ctrl_c_inside_a_finaliser_is_kept_and_not_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with interrupts.remember_lost_ones():
        _finalise_one()
        with pytest.raises(KeyboardInterrupt):
            interrupts.raise_if_lost()
        interrupts.raise_if_lost()  # once only: it was acted on
    assert "KeyboardInterrupt" not in capsys.readouterr().err


def test_the_next_question_raises_the_lost_ctrl_c() -> None:
    import questionary

    with interrupts.remember_lost_ones():
        _finalise_one()
        with pytest.raises(KeyboardInterrupt):
            interrupts.guard(questionary.confirm("Go on?"))


def test_other_unraisable_errors_still_reach_the_previous_hook() -> None:
    seen: list[Any] = []
    previous = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        with interrupts.remember_lost_ones():

            class Broken:
                def __del__(self) -> None:
                    raise ValueError("not an interrupt")

            broken = Broken()
            del broken
            gc.collect()
            interrupts.raise_if_lost()  # nothing was lost
    finally:
        sys.unraisablehook = previous
    assert [type(u.exc_value) for u in seen] == [ValueError]


def test_leaving_forgets_what_was_lost_and_restores_the_hook() -> None:
    before = sys.unraisablehook
    with interrupts.remember_lost_ones():
        _finalise_one()
    assert sys.unraisablehook is before
    interrupts.raise_if_lost()  # nothing carried over to the next command


@pytest.fixture
def typed() -> Iterator[Any]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


def _sigint_as_it_starts(question: Any) -> Any:
    """Deliver a Ctrl-C the way prompt_toolkit does when SIGINT arrives before raw mode."""
    app = question.application
    app.pre_run_callables.append(app.key_processor.send_sigint)
    return question


def test_a_ctrl_c_signal_as_a_menu_starts_stops_it(typed: Any) -> None:
    import questionary

    typed.send_text("\r")  # had the signal been ignored, Enter would pick the first choice
    question = interrupts.guard(questionary.select("Pick", choices=["a", "b"]))
    with pytest.raises(KeyboardInterrupt):
        _sigint_as_it_starts(question).unsafe_ask()


def test_a_ctrl_c_signal_as_a_checkbox_starts_is_a_cancel(typed: Any) -> None:
    import questionary

    typed.send_text(" \r")  # had the signal been ignored: pick the first, then Enter
    question = interrupts.guard(questionary.checkbox("Which?", choices=["a", "b"]))
    assert _sigint_as_it_starts(question).ask() is None  # .ask() turns Ctrl-C into None


def test_the_writing_box_stops_with_its_text_on_a_ctrl_c_signal() -> None:
    from prompt_toolkit.buffer import Buffer

    from reflect.ui.writing import StoppedWriting, _writing_keys

    buffer = Buffer(multiline=True)
    buffer.text = "half of it"
    keys = _writing_keys(buffer, allow_back=True, allow_help=False)
    bindings = keys.get_bindings_for_keys((Keys.SIGINT,))
    assert bindings, "the box must bind <sigint>"

    class Event:
        class app:  # stands in for the running Application
            @staticmethod
            def exit(exception: BaseException) -> None:
                raise exception

    with pytest.raises(StoppedWriting) as stopped:
        bindings[-1].handler(Event())
    assert stopped.value.text == "half of it"
