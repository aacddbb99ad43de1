"""Products and their variants as a two-level tree model (the project explorer)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from advisor.model import Project


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProjectModel", text)


KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "product" or "variant"
ID_ROLE = Qt.ItemDataRole.UserRole + 2

RenameHandler = Callable[[str, str, str], bool]  # kind, id, new name


_ROOT = QModelIndex()  # a shared default; Qt passes its own index


class ProjectModel(QAbstractItemModel):
    """Row cache: a list of (product id, name, [(variant id, name, n components)])."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, list[tuple[str, str, int]]]] = []
        self.current_variant_id = ""
        self.rename_handler: RenameHandler | None = None

    def set_project(self, project: Project) -> None:
        self.beginResetModel()
        self._rows = [(p.id, p.name, [(v.id, v.name, len(v.components)) for v in p.variants])
                      for p in project.products]
        self.endResetModel()

    def set_current(self, variant_id: str) -> None:
        old = self.variant_index(self.current_variant_id)
        self.current_variant_id = variant_id
        for idx in (old, self.variant_index(variant_id)):
            if idx.isValid():
                self.dataChanged.emit(idx, idx)

    def variant_index(self, variant_id: str) -> QModelIndex:
        for pi, (_pid, _name, variants) in enumerate(self._rows):
            for vi, (vid, _vname, _n) in enumerate(variants):
                if vid == variant_id:
                    return self.createIndex(vi, 0, pi + 1)
        return QModelIndex()

    def product_index(self, product_id: str) -> QModelIndex:
        for pi, (pid, _name, _variants) in enumerate(self._rows):
            if pid == product_id:
                return self.createIndex(pi, 0, 0)
        return QModelIndex()

    # internalId: 0 for a product row, product row + 1 for a variant row
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex
              = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._rows) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._rows[parent.row()][2]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT
               ) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rows[parent.row()][2])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and section == 0
                and role == Qt.ItemDataRole.DisplayRole):
            return QCoreApplication.translate("ProjectModel", "Products and variants")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def _entry(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str, str, int]:
        """(kind, id, name, component count) of a row."""
        if index.internalId() == 0:
            pid, name, variants = self._rows[index.row()]
            return "product", pid, name, len(variants)
        vid, name, n = self._rows[index.internalId() - 1][2][index.row()]
        return "variant", vid, name, n

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, key, name, n = self._entry(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "product":
                return (_tr("{n} variant") if n == 1 else _tr("{n} variants")).format(n=n)
            return (_tr("{n} row") if n == 1 else _tr("{n} rows")).format(n=n)
        if role == Qt.ItemDataRole.FontRole and kind == "variant" and (
                key == self.current_variant_id):
            font = QFont()
            font.setBold(True)
            return font
        if role == KIND_ROLE:
            return kind
        if role == ID_ROLE:
            return key
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.rename_handler:
            return False
        name = str(value or "").strip()
        kind, key, old, _n = self._entry(index)
        if not name or name == old:
            return False
        return self.rename_handler(kind, key, name)
