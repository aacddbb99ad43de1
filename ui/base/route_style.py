"""Colours for the R-ladder steps, shared by the BOM tree, the legend and the detail panel."""

from __future__ import annotations

from PySide6.QtGui import QColor

from advisor.model import ROUTE_ORDER

# Greens for keeping parts whole, blue for recycling, amber for energy, red for landfill.
ROUTE_COLOURS = {
    "R3": "#1b7837", "R4": "#3a9a4f", "R5": "#5aae61", "R6": "#7fbf7b", "R7": "#a6dba0",
    "R8": "#4a90d9", "R9": "#f0a742", "landfill": "#d6604d",
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
    return _WHITE if code in ("R3", "R4", "R8", "landfill") else _DARK


def route_codes() -> tuple[str, ...]:
    return ROUTE_ORDER
