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


def route_colour(code: str | None) -> QColor:
    return QColor(ROUTE_COLOURS.get(code or "", UNKNOWN_COLOUR))


def text_colour(code: str | None) -> QColor:
    """Black or white, whichever reads better on the route colour."""
    return QColor("#ffffff") if code in ("R3", "R4", "R8", "landfill") else QColor("#111111")


def route_codes() -> tuple[str, ...]:
    return ROUTE_ORDER
