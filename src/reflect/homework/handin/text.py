"""A hand-in as a counselor reads it: its header lines, Markdown and JSON."""

from __future__ import annotations

import json

from reflect.homework.handin.document import Handin
from reflect.models import SKIPPED


def withheld_summary(handin: Handin) -> str | None:
    """'1 answer not shared' (with the questions, when the client let them be named)."""
    count = len(handin.withheld)
    if not count:
        return None
    noun = "1 answer was" if count == 1 else f"{count} answers were"
    return f"{noun} not shared"


def details(handin: Handin, sender: str) -> list[tuple[str, str]]:
    """The header of a hand-in, as (label, value) pairs, in the order a counselor reads them."""
    version = f", version {handin.set_info.version}" if handin.set_info.version else ""
    rows = [("Client", sender), ("Set", f"{handin.set_info.id}{version}")]
    if handin.homework and handin.homework.counselor:
        rows.append(("Counselor", handin.homework.counselor))
    if handin.due:
        rows.append(("Due", f"{handin.due:%Y-%m-%d}"))
    rows.append(("Answered", f"{handin.answered:%Y-%m-%d}"))
    rows.append(("Handed in", f"{handin.shared:%Y-%m-%d}"))
    rows.append(("Status", "not finished" if handin.status == "draft" else "complete"))
    return rows


def byline(handin: Handin, sender: str | None = None) -> str:
    """One line saying who handed what in, and when."""
    who = sender or (handin.display_name or "your client (no name given)")
    version = f", version {handin.set_info.version}" if handin.set_info.version else ""
    due = f" · due {handin.due:%Y-%m-%d}" if handin.due else ""
    unfinished = " · not finished" if handin.status == "draft" else ""
    return (
        f"From {who} · set {handin.set_info.id}{version}{due} · answered "
        f"{handin.answered:%Y-%m-%d} · handed in {handin.shared:%Y-%m-%d}{unfinished}"
    )


def _md_line(text: str) -> str:
    from reflect.untrusted import clean_line

    return clean_line(text).replace("*", "\\*")


def to_markdown(handin: Handin, sender: str | None = None) -> str:
    from reflect.untrusted import clean

    sender = sender or (handin.display_name or "no name given") + " (not verified)"
    lines = [f"# {_md_line(handin.title)}", ""]
    lines += [f"- **{label}:** {_md_line(value)}" for label, value in details(handin, sender)]
    for answer in handin.answers:
        value = answer.shown_value()
        earlier = " *(from an earlier version of the set)*" if answer.earlier_version else ""
        lines += ["", f"**{_md_line(answer.prompt)}**{earlier}", ""]
        # A saved copy is read with `cat` too: no escape sequences in it either.
        lines.append(f"*{value}*" if value == SKIPPED else clean(value))
    summary = withheld_summary(handin)
    if summary:
        lines += ["", "---", "", f"*{summary}.*"]
        lines += [f"- *{_md_line(w.prompt)}*" for w in handin.withheld if w.prompt]
    return "\n".join(lines) + "\n"


def to_json(handin: Handin, sender: dict[str, object] | None = None) -> str:
    data = handin.to_dict()
    if sender is not None:
        data = {"sender": sender, **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
