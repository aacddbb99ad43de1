"""Icons shipped as small SVG files under resources/icons (loaded via importlib.resources)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from advisor.paths import resource_dir


@cache
def icon(name: str) -> QIcon:
    """The named icon; an empty icon if the file is missing."""
    path = resource_dir("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
