"""Cell editors of the BOM tree: one line per cell, a completer over the knowledge base's
materials, joints and finishes (Dutch and English names and their synonyms), and the keys
of a spreadsheet: Tab and Shift+Tab to the next or previous cell, Enter stores and moves
down, Escape leaves the cell as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QToolTip,
    QWidget,
)

from advisor.i18n import fmt_percent
from ui.base.catalog import Catalog
from ui.bom.rows import COLUMNS

_ROOT = QModelIndex()
VOCABULARY = {"material": "material", "joint": "joint", "finish": "finish"}
CURSOR_PEN = QPen(QColor("#1f4e8c"), 2)
FINISH_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class VocabularyMatches(QAbstractListModel):
    """The knowledge-base entries that best match the typed text (fuzzy, NL and EN)."""

    def __init__(self, catalog: Catalog, kind: str, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._kind = kind
        self._lang = lang
        self._rows: list[tuple[str, str]] = []  # (name to insert, label shown)

    def _names(self, entry_id: str) -> tuple[str, str] | None:
        """(name in the language, name in the other language) of an entry."""
        kb = self._catalog.kb()
        if self._kind == "material":
            entry = kb.materials.get(entry_id)
        elif self._kind == "joint":
            entry = kb.joints.get(entry_id)
        else:
            name = self._catalog.finish_name(entry_id, self._lang)
            other = self._catalog.finish_name(entry_id, "en" if self._lang == "nl" else "nl")
            return name, other
        if entry is None:
            return None
        return entry.name(self._lang), entry.name("en" if self._lang == "nl" else "nl")

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._rows = []
        if text.strip():
            for entry_id, score in self._catalog.search(text, self._kind):
                names = self._names(entry_id)
                if names is None:
                    continue
                name, other = names
                shown = f"{name}  ({other})" if other and other != name else name
                self._rows.append((name, f"{shown} · {fmt_percent(score, self._lang)}"))
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


class CellLineEdit(QLineEdit):
    """A cell's editor. Keys a completer's popup forwards (it bypasses event filters)
    come back to the delegate as `finish_key`, so Tab and Enter work with the list open."""

    finish_key = Signal(int)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in FINISH_KEYS:
            self.finish_key.emit(event.key())
            return True
        return super().event(event)


class BomDelegate(QStyledItemDelegate):
    """Creates the cell editors, hands the typed text to the model, draws the cursor."""

    enter_committed = Signal()  # Enter stored a cell: the view moves one row down

    def __init__(self, catalog: Catalog, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.lang = lang
        self.check: Callable[[int, str], str] = lambda _column, _text: ""
        self.rejected: Callable[[str], None] = lambda _message: None

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = COLUMNS[index.column()]
        line = CellLineEdit(parent)
        line.setFrame(False)
        line.setProperty("column", index.column())
        line.finish_key.connect(lambda key, e=line: self._finish(e, key))
        if column in VOCABULARY:
            self._add_completer(line, VOCABULARY[column])
        return line

    def _add_completer(self, line: QLineEdit, kind: str) -> None:
        matches = VocabularyMatches(self._catalog, kind, self.lang, line)
        completer = QCompleter(matches, line)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.setCompleter(completer)

        def on_edit(text: str) -> None:
            matches.search(text)
            if matches.rowCount():
                completer.complete()
            else:
                completer.popup().hide()

        line.textEdited.connect(on_edit)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, CellLineEdit) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in FINISH_KEYS:
            self._finish(editor, event.key())
            return True
        return super().eventFilter(editor, event)

    def _finish(self, editor: CellLineEdit, key: int) -> None:
        """Store the cell and move on; an unreadable value keeps the editor open."""
        popup = editor.completer().popup() if editor.completer() else None
        if popup is not None and popup.isVisible():
            popup.hide()
        problem = self.check(editor.property("column"), editor.text())
        if problem:
            self.rejected(problem)
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), problem, editor)
            return
        self.commitData.emit(editor)
        if key == Qt.Key.Key_Tab:
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
        elif key == Qt.Key.Key_Backtab:
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        else:
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enter_committed.emit()

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        view = option.widget
        if view is not None and hasattr(view, "currentIndex") and view.currentIndex() == index:
            painter.save()  # the spreadsheet cursor: which cell F2 or typing edits
            painter.setPen(CURSOR_PEN)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
