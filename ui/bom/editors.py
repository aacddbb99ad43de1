"""Cell editors of the BOM tree: material with fuzzy completer, joint list, mass with unit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QWidget,
)

from advisor.i18n import fmt_percent
from ui.base.catalog import Catalog
from ui.bom.rows import COLUMNS

MASS_UNITS = ("g", "kg", "t", "lb", "oz")
_ROOT = QModelIndex()


class MaterialMatches(QAbstractListModel):
    """The knowledge-base materials that best match the typed text (fuzzy, NL and EN)."""

    def __init__(self, catalog: Catalog, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._lang = lang
        self._rows: list[tuple[str, str]] = []  # (name to insert, label shown)

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._rows = []
        if text.strip():
            kb = self._catalog.kb()
            for mid, score in self._catalog.search_materials(text):
                m = kb.materials.get(mid)
                if m is None:
                    continue
                other = m.name_en if self._lang == "nl" else m.name_nl
                label = f"{m.name(self._lang)}  ({other}) · {fmt_percent(score, self._lang)}"
                self._rows.append((m.name(self._lang), label))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self._rows[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1]
        return None


class MassEditor(QWidget):
    """A number field and a unit list; its value is text such as '165 g'."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.number = QLineEdit(self)
        self.unit = QComboBox(self)
        self.unit.addItems(MASS_UNITS)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.number)

    def set_text(self, text: str) -> None:
        parts = text.split()
        self.number.setText(parts[0] if parts else "")
        unit = parts[1] if len(parts) > 1 else "g"
        self.unit.setCurrentText(unit if unit in MASS_UNITS else "g")

    def text(self) -> str:
        number = self.number.text().strip()
        return f"{number} {self.unit.currentText()}" if number else ""


class BomDelegate(QStyledItemDelegate):
    """Chooses the editor by column and hands the typed text to the model."""

    def __init__(self, catalog: Catalog, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.lang = lang

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = COLUMNS[index.column()]
        if column == "material":
            return self._material_editor(parent)
        if column == "joint":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItem("", "")
            for jid, name in self._catalog.joint_choices(self.lang):
                combo.addItem(name, jid)
            return combo
        if column == "mass":
            return MassEditor(parent)
        return super().createEditor(parent, option, index)

    def _material_editor(self, parent: QWidget) -> QLineEdit:
        line = QLineEdit(parent)
        matches = MaterialMatches(self._catalog, self.lang, line)
        completer = QCompleter(matches, line)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        line.setCompleter(completer)

        def on_edit(text: str) -> None:
            matches.search(text)
            if matches.rowCount():
                completer.complete()

        line.textEdited.connect(on_edit)
        return line

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, MassEditor):
            editor.set_text(str(value))
        elif isinstance(editor, QComboBox):
            pos = editor.findData(value)
            if pos >= 0:
                editor.setCurrentIndex(pos)
            else:
                editor.setEditText(str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, MassEditor):
            model.setData(index, editor.text())
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
            pos = editor.findText(text)
            model.setData(index, editor.itemData(pos) if pos > 0 else text)
        else:
            super().setModelData(editor, model, index)

