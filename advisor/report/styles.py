"""Paragraph and table styles of the report: one font family, a sober palette."""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from advisor.report.fonts import BOLD, register_fonts

GREEN = "#1f5c3a"  # the house colour: headings, rules, table headers
PALE = "#eef3ef"  # zebra rows and boxes
LINE = "#b8c4bc"
MUTED = "#5a5a5a"
BETTER = "#1b7a3a"  # a difference that improves a figure (as in the app: green)
WORSE = "#c0392b"  # one that worsens it (red)


@lru_cache(maxsize=1)
def styles() -> SimpleNamespace:
    """The paragraph styles, built once (after the fonts are registered)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    base = ParagraphStyle("body", fontName=family, fontSize=9.5, leading=13,
                          textColor=colors.HexColor("#222222"), spaceAfter=5)
    green = colors.HexColor(GREEN)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return SimpleNamespace(
        body=base,
        small=derive("small", fontSize=8, leading=10.5),
        keep=derive("keep", keepWithNext=1),
        muted=derive("muted", fontSize=8, leading=10.5, textColor=colors.HexColor(MUTED)),
        caption=derive("caption", fontSize=8, leading=10.5, spaceBefore=2, spaceAfter=12,
                       textColor=colors.HexColor(MUTED)),
        h1=derive("h1", fontName=BOLD, fontSize=17, leading=21, textColor=green,
                  spaceBefore=18, spaceAfter=10),
        h2=derive("h2", fontName=BOLD, fontSize=12, leading=15, textColor=green,
                  spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=derive("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6,
                  spaceAfter=3, keepWithNext=1),
        title=derive("title", fontName=BOLD, fontSize=28, leading=34, textColor=green,
                     spaceAfter=6),
        subtitle=derive("subtitle", fontSize=13, leading=17,
                        textColor=colors.HexColor(MUTED), spaceAfter=28),
        product=derive("product", fontName=BOLD, fontSize=20, leading=25, spaceAfter=4),
        **_cell_styles(derive, colors),
        figure=derive("figure", fontName=BOLD, fontSize=15, leading=18, textColor=green,
                      spaceAfter=0),
        rec_title=derive("rec_title", fontName=BOLD, fontSize=10, leading=13,
                         spaceAfter=2),
        lead=derive("lead", fontSize=11, leading=15, spaceAfter=8),
        item=derive("item", fontSize=9, leading=12, spaceAfter=4, leftIndent=10,
                    firstLineIndent=-10),
        box=derive("box", fontSize=9, leading=12, spaceAfter=3),
    )


def _cell_styles(derive, colors) -> dict:
    """The small styles of table cells."""
    from reportlab.lib.enums import TA_RIGHT

    return dict(
        cell=derive("cell", fontSize=7.5, leading=9.5, spaceAfter=0),
        cell_bold=derive("cell_bold", fontName=BOLD, fontSize=7.5, leading=9.5,
                         spaceAfter=0),
        cell_head=derive("cell_head", fontName=BOLD, fontSize=7.5, leading=9.5,
                         spaceAfter=0, textColor=colors.white),
        cell_head_right=derive("cell_head_right", fontName=BOLD, fontSize=7.5, leading=9.5,
                               spaceAfter=0, textColor=colors.white, alignment=TA_RIGHT),
        cell_right=derive("cell_right", fontSize=7.5, leading=9.5, spaceAfter=0,
                          alignment=TA_RIGHT),
        better=derive("better", fontSize=7.5, leading=9.5, spaceAfter=0, alignment=TA_RIGHT,
                      textColor=colors.HexColor(BETTER)),
        worse=derive("worse", fontSize=7.5, leading=9.5, spaceAfter=0, alignment=TA_RIGHT,
                     textColor=colors.HexColor(WORSE)),
        figure_value=derive("figure_value", fontName=BOLD, fontSize=10, leading=12.5,
                            spaceAfter=0, textColor=colors.HexColor(GREEN)),
        cell_muted=derive("cell_muted", fontSize=7, leading=9, spaceAfter=0,
                          textColor=colors.HexColor(MUTED)),
    )


def table_style(header_rows: int = 1, zebra: bool = True, extra: list | None = None):
    """The house table style: green header, thin rules, optional zebra rows."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands = [
        ("FONT", (0, 0), (-1, -1), register_fonts(), 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(LINE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(GREEN)),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 7.5),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1),
                         [colors.white, colors.HexColor(PALE)]))
    return TableStyle(commands + (extra or []))


HEAD_FONT_SIZE = 7.5
HEAD_PADDING = 6.0  # points, left and right together


def header_word_width(text: str) -> float:
    """The width (points) a header cell needs so that none of its words is broken."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    words = text.split() or [""]
    return max(stringWidth(w, BOLD, HEAD_FONT_SIZE) for w in words) + HEAD_PADDING


def fitted_widths(heads: list[str], total: float, first: float) -> list[float]:
    """Column widths (points): the first fixed, the others sharing the rest, each wide
    enough for its longest header word."""
    need = [header_word_width(h) for h in heads[1:]]
    share = (total - first) / max(len(need), 1)
    widths = [max(n, share) for n in need]
    spare = total - first - sum(widths)
    if spare < 0:  # take what the wide columns need from the narrow ones
        narrow = [i for i, n in enumerate(need) if widths[i] > n]
        room = sum(widths[i] - need[i] for i in narrow) or 1.0
        widths = [w + spare * (w - need[i]) / room if i in narrow else w
                  for i, w in enumerate(widths)]
    return [first, *widths]
