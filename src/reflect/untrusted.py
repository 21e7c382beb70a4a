"""Text that came from a file, made safe to put on a terminal.

Answers, titles, set texts, hand-ins, names and file names can be written by anyone who can
write to the vault folder or send a file. Printed raw, an escape sequence in them could erase a
warning, move the cursor over it, retitle the window or restyle the screen. Everything such
text goes through here first: control characters are removed (C0 except newline and tab, DEL,
C1), whole escape sequences with them, and the Unicode controls that reorder or hide text
(bidirectional overrides and isolates). The result is plain text: print it with rich's
``markup=False`` or inside a ``Text``, never as markup.
"""

from __future__ import annotations

import re

# ESC-initiated sequences first, so their parameters go with them: CSI (ESC [ ... final),
# OSC/DCS/APC/PM/SOS strings (ESC ] ... BEL or ST), then any other two-character escape.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                 # CSI
    | \x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC, DCS, SOS, PM, APC
    | \x9b[0-?]*[ -/]*[@-~]                 # 8-bit CSI
    | \x1b[ -/]*[0-~]?                      # any other escape
    """,
    re.VERBOSE,
)
# C0 controls but tab and newline; DEL; C1 controls; bidi marks, embeddings, overrides and
# isolates; invisible characters that can hide or join text (zero-width space, word joiner,
# byte-order mark, soft hyphen; ZWJ/ZWNJ stay: scripts and emoji need them); the line and
# paragraph separators (a terminal may treat them as line ends).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]"
)


def clean(text: str) -> str:
    """``text`` without escape sequences and control characters; newlines and tabs stay."""
    if text.isprintable():  # the common case: nothing to do
        return text
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def clean_line(text: str) -> str:
    """As ``clean``, and on one line: for a title, a name or a file name in a list."""
    return " ".join(clean(text).split()) if text else text
