"""Colours for the R-ladder steps, shared by the BOM tree, the legend and the detail panel."""

from __future__ import annotations

from PySide6.QtGui import QColor

from advisor.model import ROUTE_ORDER

# The report charts' colours (advisor.report.charts.ROUTE_STYLE, a test keeps them equal):
# greens for keeping parts whole, blue for recycling, amber for energy, grey for landfill.
# Not imported from there: the window shows them before matplotlib's helpers are loaded.
ROUTE_COLOURS = {
    "R3": "#1b5e20", "R4": "#2e7d32", "R5": "#43a047", "R6": "#66bb6a", "R7": "#9ccc65",
    "R8": "#4f9fd0", "R9": "#f2b134", "landfill": "#707070",
}
UNKNOWN_COLOUR = "#bbbbbb"


_FILL = {code: QColor(colour) for code, colour in ROUTE_COLOURS.items()}
_UNKNOWN = QColor(UNKNOWN_COLOUR)
_WHITE = QColor("#ffffff")
_DARK = QColor("#111111")


def route_colour(code: str | None) -> QColor:
    return _FILL.get(code or "", _UNKNOWN)


def text_colour(code: str | None) -> QColor:
    """Black or white, whichever reads better on the route colour."""
    return _WHITE if code in ("R3", "R4", "R5", "landfill") else _DARK


def route_codes() -> tuple[str, ...]:
    return ROUTE_ORDER
