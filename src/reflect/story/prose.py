"""Small sentence work for the story draft: answers joined into prose without form marks.

An answer is the person's own text, so it is changed as little as possible: lines become
sentences, a sentence gets its one full stop, and after a lead-in ("What I learned from it: ")
only a word that cannot be a name loses its capital. Lower-casing a name would hide it from the
anonymizer, which leans on capitals, so the list of words that may be lowered is closed.
"""

from __future__ import annotations

import re

_ENDS = ".!?…"
_CLOSERS = "\"”'’)»"
# Words that start an answer and are never a name, a place or a team: lowered after a lead-in.
# Words that are also names (Will, Hope, Grace, May, Joy, Rose, Faith, Mark...) are left out.
_LOWERABLE = frozenset(
    """
    a an the this that these those it its it's there there's here both same all none neither
    either nothing something everything not no yes never always just only still also too
    very so and but or because when after before while since until if though although as at in
    on by for from of to with without about into over under again then now today nowadays
    she she's she'd her hers he he's his him they they're their them we we're our us my me mine
    you your yours one some any every each many much more most less lots lot plenty
    what why how who which where being having feeling knowing thinking learning seeing
    listen listening ask asking respect stop stopping treat take wait remember think slow
    don't do never be keep let make give leave look see hear believe trust accept own
    probably maybe perhaps really honestly certainly sadly
    """.split()
)


def flatten(text: str) -> str:
    """One line: runs of white space become one space."""
    return " ".join(text.split())


def sentences_of(text: str) -> str:
    """An answer as running prose. A line break the person made where a sentence ends (the next
    line starts with a capital, or a blank line follows) keeps its sentence end: without it,
    "It was at a party" and "I kept pushing" would run together as one sentence."""
    lines = [line.strip() for line in text.splitlines()]
    out: list[str] = []
    for number, line in enumerate(lines):
        if not line:
            continue
        following = next((ln for ln in lines[number + 1 :] if ln), "")
        blank_after = number + 1 < len(lines) and not lines[number + 1]
        if out and out[-1][-1:] not in _ENDS + _CLOSERS + ",;:-–—" and _starts_anew(line):
            out[-1] += "."
        out.append(line)
        if following and blank_after and line[-1:] not in _ENDS + _CLOSERS:
            out[-1] += "."
    return flatten(" ".join(out))


def _starts_anew(line: str) -> bool:
    return line[:1].isupper() or line[:1] in "“\"'‘("


def sentence(text: str) -> str:
    """``text`` as one finished sentence: one full stop, never two, none after a "?" or "!"."""
    text = flatten(text).rstrip(" ,;:-–—")
    text = re.sub(r"(?<!\.)\.\.$", ".", text)
    if not text:
        return text
    core = text.rstrip(_CLOSERS)
    if core[-1:] in _ENDS:
        return text
    return text + "."


def after_lead(value: str) -> str:
    """An answer's first letter as it reads after a lead-in and a colon: lowered only when the
    first word is one that is never a name (see ``_LOWERABLE``)."""
    first = value.split(" ", 1)[0]
    word = first.rstrip(",.;:!?").lower()
    if word in _LOWERABLE and first[:1].isupper() and first[1:2] != first[1:2].upper():
        return value[0].lower() + value[1:]
    if first == "A":  # "A lot", never "A." (an initial standing for a person)
        return value[0].lower() + value[1:]
    return value


def quoted(text: str) -> str:
    """``text`` inside curly double quotes, its own double quotes turned single, so a quote
    inside a quote still reads as one."""
    inner = re.sub(r"“([^”]*)”", r"‘\1’", text)
    inner = re.sub(r'"([^"]*)"', r"‘\1’", inner)
    return f"“{inner.replace('“', '‘').replace('”', '’').replace(chr(34), '’')}”"
