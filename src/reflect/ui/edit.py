"""Re-answering questions of a saved entry, in the terminal and in memory only.

There is deliberately no $EDITOR option: an editor needs a file, and a plaintext file of an
answer on disk (even briefly, even in /tmp) is exactly what this journal promises never to write.
"""

from __future__ import annotations

from reflect.models import Answer, Entry, now
from reflect.ui import ask

TEXT_INSTRUCTION = "(Esc then Enter to finish; an empty answer counts as skipped)"


def _label(answer: Answer) -> str:
    value = "(skipped)" if answer.skipped or answer.value is None else str(answer.value)
    value = " ".join(value.split())
    return f"{answer.prompt[:50]} — {value[:30]}{'…' if len(value) > 30 else ''}"


def _ask_again(answer: Answer) -> Answer:
    old = "" if answer.value is None else str(answer.value)
    if answer.kind == "yesno":
        value: str | int | None = ask.select(
            answer.prompt, [("yes", "Yes"), ("no", "No"), ("", "Skip")], default=old or None
        )
    elif answer.kind == "scale":
        raw = ask.text(answer.prompt + " (a number; empty to skip)", default=old)
        value = int(raw) if raw.strip().lstrip("-").isdigit() else ""
    else:
        value = ask.text(
            answer.prompt, default=old, multiline=True, instruction=TEXT_INSTRUCTION
        ).strip()
    skipped = value in ("", None)
    return answer.model_copy(
        update={"value": None if skipped else value, "skipped": skipped, "answered": now()}
    )


def reanswer(entry: Entry) -> Entry:
    editable = [(str(i), _label(a)) for i, a in enumerate(entry.answers) if a.kind != "info"]
    if not editable:
        return entry
    chosen = ask.checkbox(
        "Which answers do you want to change? (Space to pick, Enter to go on)", editable
    )
    answers = list(entry.answers)
    for index in chosen:
        answers[int(index)] = _ask_again(answers[int(index)])
    return entry.model_copy(update={"answers": answers})
