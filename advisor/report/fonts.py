"""The report's embedded Unicode font (DejaVu Sans, shipped under resources/fonts)."""

from __future__ import annotations

from functools import lru_cache

from advisor.paths import resource_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu with reportlab once (regular, bold, italic); return the family.

    TrueType fonts registered this way are embedded (subset) in every PDF, so
    characters such as ü, é, € and ≥ print on any machine.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_dir("fonts", filename))))
    # <b> and <i> in paragraphs map to the bold and oblique faces.
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY
