"""The results side of the window: live assessment, metrics, charts, detail and advice."""

from __future__ import annotations

from PySide6.QtCore import QObject

from advisor.model import Variant


class Results(QObject):
    """Owns the result docks and the live assessment of the shown variant."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._w = window

    def name_of(self, kind: str, key: str | None) -> str:
        if not key:
            return ""
        if kind == "material" and self._w.catalog.loaded:
            return self._w.catalog.material_name(key, self._w.lang)
        if kind == "joint" and self._w.catalog.loaded:
            return self._w.catalog.joint_name(key, self._w.lang)
        return key

    def variant_shown(self, variant: Variant | None) -> None:
        pass

    def shutdown(self) -> None:
        pass
