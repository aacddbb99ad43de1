"""Column widths of the portfolio report's tables: every column wide enough for its
longest word, so that a header or a cell wraps only between words, never inside one.

The report's designer gives each table preferred widths; a column whose longest word
(header in bold, cells in the regular face) needs more takes it from the columns with
room to spare, in proportion to their room.
"""

from __future__ import annotations

# Left and right cell padding of the house table style (points, together).
PADDING = 6.0
FONT_SIZE = 7.5
# A little room for rounding in reportlab's own measuring (points).
SLACK = 0.5


def longest_word(text: str, font: str, size: float = FONT_SIZE) -> float:
    """The width (points) of the widest word of a text (words split at spaces)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def needed_widths(heads: list[str], body: list[list[str]]) -> list[float]:
    """Per column, the width (points) its longest word needs with the padding."""
    from advisor.report.fonts import BOLD, FAMILY, register_fonts

    register_fonts()
    need = [longest_word(h, BOLD) for h in heads]
    for row in body:
        for n, cell in enumerate(row):
            need[n] = max(need[n], longest_word(cell, FAMILY))
    return [w + PADDING + SLACK for w in need]


def fitted_widths(preferred: list[float], need: list[float]) -> list[float]:
    """Widths (points) near `preferred` with the same total, each at least its `need`
    where the total allows: what the narrow columns lack comes from the others' room."""
    widths = [max(p, n) for p, n in zip(preferred, need, strict=True)]
    excess = sum(widths) - sum(preferred)
    room = [max(w - n, 0.0) for w, n in zip(widths, need, strict=True)]
    spare = sum(room)
    if excess <= 0 or spare <= 0:
        return widths
    take = min(excess / spare, 1.0)
    return [w - r * take for w, r in zip(widths, room, strict=True)]
