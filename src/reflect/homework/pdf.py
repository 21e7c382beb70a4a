"""A hand-in as a printable PDF, for a counselor to file or print (fpdf2, imported lazily).

The text is laid out as the markdown view: a header (client, set, counselor, due and hand-in
dates, status), then each question in bold with its answer under it, then the marker for the
answers not shared. A Unicode font is used when the system has DejaVu (most Linux systems);
otherwise the PDF's built-in Helvetica, with the few characters it lacks replaced.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from reflect.homework.handin import Handin, details, withheld_summary
from reflect.untrusted import clean

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
_ASCII = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "*"}


def _unicode_font() -> tuple[Path, Path] | None:
    for folder in _FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


def _latin1(text: str) -> str:
    text = "".join(_ASCII.get(c, c) for c in unicodedata.normalize("NFC", text))
    return text.encode("latin-1", "replace").decode("latin-1")


def to_pdf(handin: Handin, sender: str) -> bytes:
    from fpdf import FPDF

    pdf: Any = FPDF(format="A4")
    pdf.set_title(clean(handin.title))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    font = _unicode_font()
    family = "Body" if font is not None else "Helvetica"
    if font is not None:
        pdf.add_font("Body", "", str(font[0]))
        pdf.add_font("Body", "B", str(font[1]))

    def fix(text: str) -> str:
        return clean(text) if font is not None else _latin1(clean(text))

    pdf.add_page()

    def para(text: str, size: float, style: str = "", space: float = 2) -> None:
        pdf.set_font(family, style, size)
        pdf.multi_cell(0, size * 0.5, fix(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(space)

    para(handin.title, 16, "B", 4)
    for label, value in details(handin, sender):
        pdf.set_font(family, "B", 10)
        pdf.cell(28, 5.5, fix(label))
        pdf.set_font(family, "", 10)
        pdf.multi_cell(0, 5.5, fix(value), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for answer in handin.answers:
        earlier = " (from an earlier version of the set)" if answer.earlier_version else ""
        para(answer.prompt + earlier, 11, "B", 1)
        para(answer.shown_value(), 11, "", 5)
    summary = withheld_summary(handin)
    if summary:
        para(summary + ".", 10, "", 1)
        for item in handin.withheld:
            if item.prompt:
                para(f"- {item.prompt}", 10, "", 1)
    data: bytes = bytes(pdf.output())
    return data
